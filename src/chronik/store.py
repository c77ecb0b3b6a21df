"""The Chronik database: one DuckDB file holding articles, sentences, mentions, events and the log of runs.

Every write of a batch of articles happens in one transaction, so an interrupted or failed run leaves the database
exactly as it was before that batch. Articles are keyed by a hash of their text: storing the same article again is
a no-op (the new path is only recorded as another sighting in ``article_sources``).

The schema is versioned (``meta.schema_version``); see README, "The stored schema".
"""

from __future__ import annotations

import csv
import json
import sys
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa

from chronik import __version__
from chronik.model import Article, Event, Mention, Problem, Sentence

SCHEMA_VERSION = 1
DEFAULT_DB = "chronik.duckdb"

_ACTOR = "STRUCT(text VARCHAR, name VARCHAR, actor_id VARCHAR, country VARCHAR, sector VARCHAR)"

DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, status VARCHAR, command VARCHAR,
        chronik_version VARCHAR, files INTEGER, articles INTEGER, new_articles INTEGER, skipped INTEGER,
        problems INTEGER)""",
    """CREATE TABLE IF NOT EXISTS run_problems (
        run_id VARCHAR, path VARCHAR, problem VARCHAR, message VARCHAR, fatal BOOLEAN)""",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY, path VARCHAR, format VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR,
        published VARCHAR, date_precision VARCHAR, date_source VARCHAR, language VARCHAR,
        language_confidence DOUBLE, status VARCHAR, text VARCHAR,
        segments STRUCT(start INTEGER, "end" INTEGER, kind VARCHAR, reason VARCHAR)[],
        warnings VARCHAR[], meta VARCHAR, run_id VARCHAR, ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS article_sources (
        article_id VARCHAR, path VARCHAR, run_id VARCHAR, seen_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        article_id VARCHAR, sentence INTEGER, start INTEGER, "end" INTEGER, segment VARCHAR, text VARCHAR,
        PRIMARY KEY (article_id, sentence))""",
    """CREATE TABLE IF NOT EXISTS mentions (
        mention_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, start INTEGER, "end" INTEGER,
        text VARCHAR, kind VARCHAR, label VARCHAR, actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR,
        role VARCHAR, value VARCHAR, method VARCHAR, explanation VARCHAR)""",
    f"""CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY, article_id VARCHAR, article_path VARCHAR, language VARCHAR,
        event_type VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR, intensity DOUBLE,
        source {_ACTOR}, target {_ACTOR}, "symmetric" BOOLEAN, "date" VARCHAR, date_precision VARCHAR,
        date_basis VARCHAR,
        location STRUCT(text VARCHAR, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE),
        modality VARCHAR, attribution STRUCT(text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR),
        evidence STRUCT(article_id VARCHAR, sentence VARCHAR, start INTEGER, "end" INTEGER)[])""",
]

#: Columns of each exportable table, in export order.
TABLES = ("articles", "sentences", "mentions", "events", "runs", "run_problems", "article_sources")


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says what to do."""


@dataclass(slots=True)
class Analysis:
    """Everything Chronik derived from one article, written together or not at all."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class RunStats:
    files: int = 0
    articles: int = 0  #: articles read
    new_articles: int = 0  #: articles stored by this run
    skipped: int = 0  #: articles already stored, and files not read because of their type
    problems: int = 0  #: inputs (files or records) with a problem


class Store:
    """A Chronik database file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database — run `chronik run PATH --db {self.path}` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(
                f"{self.path}: cannot open the database ({exc}); is another chronik using it?"
            ) from exc
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a Chronik/DuckDB database ({exc})") from exc
        if not read_only:
            self._migrate()
        else:
            self._check_version()

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        self.con.execute("BEGIN")
        try:
            for ddl in DDL:
                self.con.execute(ddl)
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written by a newer Chronik (schema {row[0]} > {SCHEMA_VERSION}); upgrade chronik"
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path}: not a Chronik database (no meta table)") from exc
        if row is None or int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: unsupported schema version {row and row[0]}")

    @property
    def schema_version(self) -> int:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- runs --------------------------------------------------------------------------------------------------

    def begin_run(self, command: str) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO runs (run_id, started, status, command, chronik_version) VALUES (?, ?, 'running', ?, ?)",
            [run_id, _now(), command, __version__],
        )
        return run_id

    def finish_run(self, run_id: str, stats: RunStats, status: str) -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ?, files = ?, articles = ?, new_articles = ?, skipped = ?, "
            "problems = ? WHERE run_id = ?",
            [
                _now(),
                status,
                stats.files,
                stats.articles,
                stats.new_articles,
                stats.skipped,
                stats.problems,
                run_id,
            ],
        )

    def add_problems(self, run_id: str, problems: Sequence[Problem]) -> None:
        if problems:
            self.con.executemany(
                "INSERT INTO run_problems VALUES (?, ?, ?, ?, ?)",
                [[run_id, p.path, p.problem, p.message, p.fatal] for p in problems],
            )

    # -- articles ----------------------------------------------------------------------------------------------

    def known(self, article_ids: Iterable[str]) -> set[str]:
        """The subset of ``article_ids`` already stored, leaving out those whose analysis failed.

        An article stored unanalysed (a bug, a broken knowledge file) counts as unknown, so the next run analyses
        it again and :meth:`write` replaces it.
        """
        return self._stored(article_ids, "AND status <> 'analysis_failed'")

    def _stored(self, article_ids: Iterable[str], condition: str = "") -> set[str]:
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return set()
        rows = self.con.execute(
            f"SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?)) {condition}", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write(
        self, analyses: Sequence[Analysis], run_id: str, sightings: Sequence[tuple[str, str]] = ()
    ) -> int:
        """Store analysed articles in one transaction; articles already stored are left alone, except those stored
        unanalysed before, which the new analysis replaces.

        ``sightings`` are (article_id, path) pairs of articles seen again under another path. Returns the number of
        articles added.
        """
        now = _now()
        self.con.execute("BEGIN")
        try:
            known = self.known(a.article.article_id for a in analyses)
            fresh: dict[str, Analysis] = {}
            for a in analyses:
                if a.article.article_id not in known:
                    fresh.setdefault(a.article.article_id, a)
            batch = list(fresh.values())
            failed = list(self._stored(fresh, "AND status = 'analysis_failed'"))
            if failed:
                for table in ("events", "mentions", "sentences", "articles"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [failed])
            if batch:
                self._insert("articles", _article_rows(batch, run_id, now))
                self._insert("sentences", _sentence_rows(batch))
                self._insert("mentions", _mention_rows(batch))
                self._insert("events", _event_rows(batch))
            seen = [(a.article.article_id, a.article.path) for a in batch] + list(sightings)
            if seen:
                self.con.executemany(
                    "INSERT INTO article_sources SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                    "(SELECT 1 FROM article_sources WHERE article_id = ? AND path = ?)",
                    [[aid, path, run_id, now, aid, path] for aid, path in dict.fromkeys(seen)],
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(batch)

    def _insert(self, table: str, rows: dict[str, list[Any]]) -> None:
        if not rows or not next(iter(rows.values())):
            return
        types = {f.name: f.type for f in self._arrow_schema(table)}
        tbl = pa.table({k: pa.array(v, type=types.get(k)) for k, v in rows.items()})  # noqa: F841 - read by SQL
        cols = ", ".join(f'"{c}"' for c in rows)
        self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM tbl")

    def _arrow_schema(self, table: str) -> pa.Schema:
        cache = self.__dict__.setdefault("_schemas", {})
        if table not in cache:
            cache[table] = _fetch_arrow(self.con.sql(f"SELECT * FROM {table} LIMIT 0")).schema
        return cache[table]

    # -- reading -----------------------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM articles WHERE article_id = ?", [article_id])
        return rows[0] if rows else None

    def iter_rows(self, table: str, *, batch: int = 2000) -> Iterator[dict[str, Any]]:
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
        cur = self.con.execute(f"SELECT * FROM {table} ORDER BY ALL")
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(batch):
            for row in rows:
                yield dict(zip(names, row, strict=True))

    def export(self, table: str, fmt: str, out: str | None) -> int:
        """Write a table as jsonl, csv or parquet to ``out`` (a path, or None/'-' for stdout). Returns rows written."""
        if fmt == "parquet":
            if not out or out == "-":
                raise StoreError("parquet cannot go to the terminal: give --out FILE.parquet")
            if table not in TABLES:
                raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
            self.con.execute(
                f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{_sql_str(out)}' (FORMAT parquet)"
            )
            return self.count(table)
        if fmt not in ("jsonl", "csv"):
            raise StoreError(f"unknown format {fmt!r}; choose jsonl, csv or parquet")
        with _open_out(out) as fh:
            n = 0
            writer = None
            for row in self.iter_rows(table):
                row = {k: _jsonable(v) for k, v in row.items()}
                if table == "articles" and isinstance(row.get("meta"), str):
                    row["meta"] = json.loads(row["meta"])
                if fmt == "jsonl":
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    if writer is None:
                        writer = csv.DictWriter(fh, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow(
                        {
                            k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                            for k, v in row.items()
                        }
                    )
                n += 1
        return n


def _fetch_arrow(relation: Any) -> pa.Table:
    for name in ("to_arrow_table", "arrow"):  # DuckDB 2 renamed arrow() to to_arrow_table()
        fn = getattr(relation, name, None)
        if fn is not None:
            return fn()
    raise StoreError("this DuckDB version cannot hand results to Arrow")  # pragma: no cover


@contextmanager
def _open_out(out: str | None) -> Iterator[IO[str]]:
    if not out or out == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _sql_str(s: str) -> str:
    return s.replace("'", "''")


def _jsonable(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat()
    if isinstance(v, list):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    if not rows:
        return {}
    return {k: [r[k] for r in rows] for k in rows[0]}


def _article_rows(batch: list[Analysis], run_id: str, now: datetime) -> dict[str, list[Any]]:
    rows = []
    for an in batch:
        a = an.article
        rows.append(
            {
                "article_id": a.article_id,
                "path": a.path,
                "format": a.format,
                "title": a.title,
                "outlet": a.outlet,
                "url": a.url,
                "published": a.published,
                "date_precision": a.date_precision,
                "date_source": a.date_source,
                "language": a.language,
                "language_confidence": a.language_confidence,
                "status": a.status,
                "text": a.text,
                "segments": [
                    {"start": s.start, "end": s.end, "kind": s.kind, "reason": s.reason} for s in a.segments
                ],
                "warnings": list(a.warnings),
                "meta": json.dumps(a.meta, ensure_ascii=False),
                "run_id": run_id,
                "ingested_at": now,
            }
        )
    return _columns(rows)


def _sentence_rows(batch: list[Analysis]) -> dict[str, list[Any]]:
    rows = [
        {
            "article_id": an.article.article_id,
            "sentence": s.index,
            "start": s.start,
            "end": s.end,
            "segment": s.segment,
            "text": s.text,
        }
        for an in batch
        for s in an.sentences
    ]
    return _columns(rows)


def _mention_rows(batch: list[Analysis]) -> dict[str, list[Any]]:
    rows = []
    for an in batch:
        for m in an.mentions:
            row = asdict(m)
            row["mention_id"] = f"{m.article_id}:{m.start}-{m.end}:{m.kind}"
            rows.append(row)
    order = [
        "mention_id",
        "article_id",
        "sentence",
        "start",
        "end",
        "text",
        "kind",
        "label",
        "actor_id",
        "name",
    ]
    order += ["country", "sector", "role", "value", "method", "explanation"]
    return _columns([{k: r[k] for k in order} for r in rows])


def _event_rows(batch: list[Analysis]) -> dict[str, list[Any]]:
    return _columns([asdict(e) for an in batch for e in an.events])
