"""The ``chronik`` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from chronik import __version__
from chronik.ingest import IngestOptions
from chronik.store import DEFAULT_DB, TABLES, Store, StoreError

app = typer.Typer(
    help="Chronik: who did what to whom, when and where — political event data from German and English news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
actors_app = typer.Typer(
    help="The actor knowledge base: look up, list and import actors.", no_args_is_help=True
)
app.add_typer(actors_app, name="actors")
eval_app = typer.Typer(
    help="Measure Chronik on gold data (each command ends with one summary line of figures).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

out = Console(width=None if sys.stdout.isatty() else 160)  # piped output: do not squeeze tables to 80
err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[Path, typer.Option("--db", help="The Chronik database file.", envvar="CHRONIK_DB")]
MAX_WARNINGS_SHOWN = 20


def _version(value: bool) -> None:
    if value:
        out.print(f"chronik {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Chronik reads news articles and records political events with the evidence for each."""


def _open(db: Path, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read ('-' reads stdin).")],
    db: DbOpt = Path(DEFAULT_DB),
    text_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the article text.")] = "text",
    title_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the title.")] = "title",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the publication date.")] = "date",
    url_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the URL.")] = "url",
    source_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the outlet.")] = "source",
    input_format: Annotated[
        str | None, typer.Option("--format", help="Force a format for all inputs: text, html, jsonl or csv.")
    ] = None,
    max_article_mb: Annotated[
        float, typer.Option(help="Refuse single-article files larger than this.")
    ] = 5.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only print problems and the summary.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Analyse in this many processes (one per core; each loads the models, about 4 s). "
            "The store is written by this process alone.",
        ),
    ] = 1,
) -> None:
    """Read articles, analyse them and store everything in the database.

    Folders are read recursively (.txt, .html, .jsonl, .csv and their .gz). Articles already stored are skipped,
    so running again is harmless. Exits with status 1 if any input had a problem (after reading all the others).
    """
    from chronik.pipeline import run as run_pipeline
    from chronik.resources import KnowledgeError

    if input_format not in (None, "text", "html", "jsonl", "csv"):
        err.print(f"[red]error:[/red] unknown --format {input_format!r}; use text, html, jsonl or csv")
        raise typer.Exit(2)
    opts = IngestOptions(
        text_field=text_field,
        title_field=title_field,
        date_field=date_field,
        url_field=url_field,
        source_field=source_field,
        max_article_bytes=int(max_article_mb * 1_000_000),
        format=input_format,
    )
    shown = {"warnings": 0}

    def on_problem(p) -> None:
        err.print(f"[red]problem:[/red] {escape(p.message)}", highlight=False, soft_wrap=True)

    def on_warning(path: str, w: str) -> None:
        shown["warnings"] += 1
        if not quiet and shown["warnings"] <= MAX_WARNINGS_SHOWN:
            err.print(
                f"[yellow]warning:[/yellow] {escape(path)}: {escape(w)}", highlight=False, soft_wrap=True
            )

    store = _open(db)
    progress = Progress(
        TextColumn("[bold]reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    )
    task = progress.add_task("", total=None)

    def on_progress(n: int, total: int, label: str) -> None:
        progress.update(task, completed=n, total=total, description=Path(label).name[-40:] if label else "")

    try:
        with progress:
            report = run_pipeline(
                paths,
                store,
                options=opts,
                command=" ".join(["chronik", *sys.argv[1:]]),
                on_problem=on_problem,
                on_warning=on_warning,
                progress=on_progress,
                workers=workers,
            )
    except KeyboardInterrupt:
        err.print("[red]interrupted:[/red] the batch in progress was rolled back; stored articles are intact")
        store.close()
        raise typer.Exit(130) from None
    except KnowledgeError as exc:
        store.close()
        err.print(
            f"[red]error:[/red] {escape(str(exc))}\nFix that file, or leave it out of CHRONIK_ACTORS, "
            "CHRONIK_PLACES, CHRONIK_OUTLETS or CHRONIK_BOILERPLATE. Nothing was read and the store is unchanged.",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(2) from None
    store.close()
    if shown["warnings"] > MAX_WARNINGS_SHOWN:
        err.print(
            f"… and {shown['warnings'] - MAX_WARNINGS_SHOWN} more warnings (see `chronik articles --warnings`)"
        )
    colour = "green" if report.ok else "red"
    err.print(f"[{colour}]{report.summary()}[/{colour}] → {db}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOpt = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    warnings: Annotated[bool, typer.Option("--warnings", help="Show each article's warnings.")] = False,
) -> None:
    """List stored articles: date and its precision, language, outlet, title, mentions."""
    with _open(db, read_only=True) as store:
        rows = store.query(
            "SELECT a.article_id, a.path, a.published, a.date_precision, a.language, a.status, a.outlet, a.title, "
            "a.warnings, (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id) AS mentions, "
            "(SELECT count(*) FROM sentences s WHERE s.article_id = a.article_id) AS sentences "
            "FROM articles a ORDER BY a.published NULLS LAST, a.path LIMIT ?",
            [limit],
        )
        total = store.count("articles")
    table = Table(title=f"{len(rows)} of {total} articles in {db}", show_lines=False)
    for col in ("id", "date", "prec.", "lang", "status", "outlet", "title / path", "sent.", "ment."):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            *(escape(str(x)) for x in (r["article_id"][:10], r["published"] or "—", r["date_precision"] or "—",
                                       r["language"] or "—", r["status"], r["outlet"] or "",
                                       r["title"] or Path(r["path"]).name, r["sentences"], r["mentions"]))
        )  # fmt: skip
    out.print(table)
    if warnings:
        for r in rows:
            for w in r["warnings"] or []:
                out.print(f"[yellow]{escape(r['path'])}[/yellow]: {escape(w)}", highlight=False)


@app.command()
def mentions(
    db: DbOpt = Path(DEFAULT_DB),
    article: Annotated[str | None, typer.Option(help="Only this article (id or id prefix).")] = None,
    kind: Annotated[str | None, typer.Option(help="actor, place or time.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
) -> None:
    """List resolved mentions with the reason for each resolution."""
    sql = "SELECT * FROM mentions WHERE 1=1"
    params: list = []
    if article:
        sql += " AND article_id LIKE ?"
        params.append(article + "%")
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    sql += " ORDER BY article_id, start LIMIT ?"
    params.append(limit)
    with _open(db, read_only=True) as store:
        rows = store.query(sql, params)
    table = Table(title=f"{len(rows)} mentions")
    for col in ("article", "text", "kind", "resolved to", "country", "sector", "how"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            *(escape(str(x)) for x in (r["article_id"][:8], r["text"], r["kind"], r["name"] or r["value"] or "—",
                                       r["country"] or "", r["sector"] or "", r["explanation"]))
        )  # fmt: skip
    out.print(table)


@app.command()
def events(
    db: DbOpt = Path(DEFAULT_DB),
    article: Annotated[str | None, typer.Option(help="Only this article (id or id prefix).")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="Only this PLOVER type, e.g. CONSULT.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
) -> None:
    """List coded events: who did what to whom, when, how sure, and the sentence it came from."""
    sql = "SELECT * FROM events WHERE 1=1"
    params: list = []
    if article:
        sql += " AND article_id LIKE ?"
        params.append(article + "%")
    if event_type:
        sql += " AND event_type = ?"
        params.append(event_type.upper())
    sql += " ORDER BY date NULLS LAST, article_id LIMIT ?"
    params.append(limit)
    with _open(db, read_only=True) as store:
        rows = store.query(sql, params)
        total = store.count("events")
    table = Table(title=f"{len(rows)} of {total} events")
    for col in ("date", "type", "source → target", "modality", "cited", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        src = (r["source"] or {}).get("name") or "—"
        tgt = (r["target"] or {}).get("name") or "—"
        kind = r["event_type"] + (f"/{r['mode']}" if r["mode"] else "")
        cited = (r["attribution"] or {}).get("name") or ""
        ev = r["evidence"][0]["sentence"] if r["evidence"] else ""
        table.add_row(*(escape(str(x)) for x in (r["date"] or "—", kind, f"{src} → {tgt}", r["modality"], cited,
                                                 ev[:90] + ("…" if len(ev) > 90 else ""))))  # fmt: skip
    out.print(table)


@app.command()
def export(
    table: Annotated[str, typer.Option("--table", "-t", help=f"One of: {', '.join(TABLES)}.")] = "events",
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
    db: DbOpt = Path(DEFAULT_DB),
) -> None:
    """Export a table as JSONL, CSV or Parquet."""
    with _open(db, read_only=True) as store:
        try:
            n = store.export(table, fmt, output)
        except StoreError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    if output and output != "-":
        err.print(f"{n} rows of {table} → {output}")


def _print_report(make: Callable[[], Any], **line_options: Any) -> None:
    """Run an evaluation and print its report, one line of figures at the end; a missing input exits with 2."""
    try:
        report = make()
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    for line in report.lines(**line_options):
        out.print(escape(line), highlight=False, soft_wrap=True)


@app.command()
def extract(
    text: Annotated[
        str | None, typer.Option("--text", "-t", help="The text to code (default: read stdin).")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) that dates resolve against."),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="de or en (default: detected).")] = None,
    title: Annotated[str | None, typer.Option(help="A title, coded with the text.")] = None,
) -> None:
    """Code one text and print its events as JSONL (the export contract), without a database."""
    from dataclasses import asdict

    from chronik.api import extract as run_extract
    from chronik.dates import parse_date

    if date and parse_date(date) is None:
        err.print(f"[red]error:[/red] --date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        raise typer.Exit(2)
    body = text if text is not None else sys.stdin.read()
    if not body.strip():
        err.print("[red]error:[/red] no text: give --text or pipe the text in")
        raise typer.Exit(2)
    for ev in run_extract(body, language=lang, published=date, title=title):
        sys.stdout.write(json.dumps(asdict(ev), ensure_ascii=False) + "\n")


@eval_app.command("events")
def eval_events(
    folder: Annotated[Path, typer.Argument(help="The seed articles, e.g. ../shared/data/seeds.")],
    gold: Annotated[
        Path | None,
        typer.Option(help="A gold file (schema chronik-gold-events/1); default: the seeds' gold."),
    ] = None,
) -> None:
    """Events against hand-coded gold: precision, recall, modality and date accuracy; misses and extras listed."""
    from chronik.evaluation.events import GOLD, evaluate

    _print_report(lambda: evaluate(folder, gold or GOLD))


@eval_app.command("sentences")
def eval_sentences(
    file: Annotated[
        Path, typer.Argument(help="A labelled sentence file (JSONL), e.g. sentences/synthetic_de.jsonl.")
    ],
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N sentences.")] = None,
    errors: Annotated[bool, typer.Option(help="List each sentence's missed and extra events.")] = True,
) -> None:
    """Events sentence by sentence: type and (type, source, target) P/R/F1 on single labelled sentences."""
    from chronik.evaluation.sentences import evaluate

    _print_report(lambda: evaluate(file, limit=limit), errors=errors)


@eval_app.command("plover")
def eval_plover(
    file: Annotated[
        Path,
        typer.Argument(help="PLOVER gold records, e.g. ../shared/data/events/plover/PLOVER_GSR_CAMEO.txt."),
    ],
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N records.")] = None,
    part: Annotated[
        str,
        typer.Option(
            "--part",
            help="all, dev (records 0, 2, 4, …: the ones we looked at while building the coder) or heldout "
            "(records 1, 3, 5, …: the honest figure).",
        ),
    ] = "all",
) -> None:
    """English PLOVER records: type accuracy when the actor pair is found, source/target accuracy, event P/R/F1."""
    from chronik.evaluation.plover import evaluate

    _print_report(lambda: evaluate(file, limit=limit, part=part))


@eval_app.command("timex")
def eval_timex(
    path: Annotated[
        Path,
        typer.Argument(
            help="A TIMEX2 corpus (in/, key/, keyinline/), e.g. ../shared/data/temporal/wikiwarsde."
        ),
    ],
    errors: Annotated[
        int, typer.Option("--errors", help="Also print the first N errors on the development documents.")
    ] = 0,
    dct: Annotated[
        bool,
        typer.Option(
            "--dct", help="Resolve against each document's creation time instead of narrative mode."
        ),
    ] = False,
) -> None:
    """Time expressions: extraction P/R/F1 (relaxed, strict) and value accuracy; per document, dev/held-out, all."""
    from chronik.evaluation.timex import evaluate

    _print_report(lambda: evaluate(path, use_dct=dct), errors=errors)


@eval_app.command("petrarch")
def eval_petrarch(
    records: Annotated[
        Path,
        typer.Argument(
            help="PETRARCH2 unit-test records, e.g. ../shared/data/events/petrarch2/text/PETR.UnitTest.records.xml."
        ),
    ],
) -> None:
    """PETRARCH2's validation suite: the share of its expected codings Chronik reproduces from the raw sentences."""
    from chronik.evaluation.petrarch import evaluate

    _print_report(lambda: evaluate(records))


@eval_app.command("ner")
def eval_ner(
    file: Annotated[
        Path,
        typer.Argument(
            help="German NER gold: GermEval 2014 (idx token outer inner) or token-TAB-tag (ner-d, WikiANN), "
            "e.g. ../shared/data/ner-de/germeval2014-dev.tsv."
        ),
    ],
) -> None:
    """German NER through chronik.nlp.ner_tags: P/R/F1 per class (PER, LOC, ORG, MISC) and micro, exact match."""
    from chronik.evaluation.ner import evaluate
    from chronik.nlp import ner_tags

    _print_report(lambda: evaluate(file, lambda tokens: ner_tags(tokens, language="de")))


@eval_app.command("quotes")
def eval_quotes(
    file: Annotated[
        Path, typer.Argument(help="Wikinews quotation gold (JSONL), e.g. wikinews-quotes.dev.jsonl.")
    ],
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N articles.")] = None,
) -> None:
    """Quotation attribution: speaker, cue and quotation spans, P/R/F1 (exact and lenient overlap)."""
    from chronik.evaluation.quotes import evaluate

    _print_report(lambda: evaluate(file, limit=limit))


@actors_app.command("lookup")
def actors_lookup(
    text: Annotated[
        str, typer.Argument(help='A mention, e.g. "Kremlchef" or "der designierte US-Präsident".')
    ],
    date: Annotated[str | None, typer.Option(help="As of this date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="de or en.")] = "de",
    context: Annotated[
        str | None, typer.Option(help="Text read before, as earlier in the same article (for counterparts).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show how a mention resolves on a date, and why."""
    from chronik.actors import lookup
    from chronik.dates import parse_date

    if date and parse_date(date) is None:
        err.print(f"[red]error:[/red] --date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        raise typer.Exit(2)
    if lang not in ("de", "en"):
        err.print("[red]error:[/red] --lang must be de or en")
        raise typer.Exit(2)
    found = lookup(text, date=date, language=lang, context=context)
    if as_json:
        from dataclasses import asdict

        out.print_json(json.dumps([asdict(r) for r in found], ensure_ascii=False))
        return
    if not found:
        out.print(f"{text!r}: nothing in the knowledge base matches" + (f" on {date}" if date else ""))
        raise typer.Exit(1)
    for r in found:
        who = r.name or "unresolved"
        ident = f" [{r.actor_id}]" if r.actor_id else ""
        extra = ", ".join(x for x in (r.country, r.sector, r.role) if x)
        out.print(
            f"[bold]{escape(who)}[/bold]{escape(ident)} ({r.kind}{', ' + extra if extra else ''})",
            highlight=False,
        )
        out.print(f"  {escape(r.explanation)}", highlight=False)


@actors_app.command("list")
def actors_list(
    search: Annotated[
        str | None, typer.Argument(help="Only actors whose name or alias contains this.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Only this country or organisation code.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
) -> None:
    """List actors in the knowledge base with their offices."""
    from chronik.actors import knowledge_base

    kb = knowledge_base()
    rows = []
    for a in kb.actors.values():
        names = [a.name, *(n for ns in a.aliases.values() for n in ns)]
        if search and not any(search.lower() in n.lower() for n in names):
            continue
        if country and a.country != country and not any(r.country == country for r in a.roles):
            continue
        rows.append(a)
    table = Table(
        title=f"{len(rows)} actors ({len(kb.countries)} countries, {len(kb.organisations)} organisations)"
    )
    for col in ("id", "name", "country", "sector", "offices"):
        table.add_column(col, overflow="fold")
    for a in rows[:limit]:
        offices = "; ".join(f"{r.role} {r.country} {r.start or '?'}–{r.end or ''}" for r in a.roles)
        table.add_row(*(escape(x) for x in (a.id, a.name, a.country or "", a.sector or "", offices)))
    out.print(table)


@actors_app.command("check")
def actors_check(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Your own actor files to check with the shipped ones.")
    ] = None,
) -> None:
    """Load and validate the knowledge base (and your files); report counts and problems."""
    from chronik.actors import KnowledgeBase
    from chronik.resources import KnowledgeError

    try:
        kb = KnowledgeBase(files or [])
    except KnowledgeError as exc:
        err.print(f"[red]invalid:[/red] {exc}")
        raise typer.Exit(1) from exc
    for aid, first, later in kb.redefined:
        out.print(
            f"[yellow]redefined:[/yellow] {escape(aid)} in {escape(later)} replaces the entry in {escape(first)}"
        )
    out.print(
        f"{len(kb.actors)} actors, {sum(len(a.roles) for a in kb.actors.values())} offices, "
        f"{len(kb.countries)} countries, {len(kb.organisations)} organisations from {len(kb.files)} files: OK"
    )


@actors_app.command("import-petrarch")
def actors_import_petrarch(
    source: Annotated[Path, typer.Argument(help="A PETRARCH/Phoenix .actors.txt dictionary.")],
    output: Annotated[Path, typer.Option("--out", "-o", help="The chronik actor file (YAML) to write.")],
    language: Annotated[str, typer.Option("--lang", help="Language of the dictionary's phrases.")] = "en",
) -> None:
    """Convert a PETRARCH/Phoenix actor dictionary (with date-ranged codes) into a Chronik actor file.

    Use the result with CHRONIK_ACTORS=FILE or `chronik actors check FILE`.
    """
    from chronik.actors.petrarch import convert

    try:
        n, skipped = convert(source, output, language=language)
    except OSError as exc:
        err.print(f"[red]error:[/red] {source}: {exc.strerror or exc}")
        raise typer.Exit(2) from exc
    err.print(f"{n} actors → {output} ({skipped} entries without a usable code skipped)")


if __name__ == "__main__":  # pragma: no cover
    app()
