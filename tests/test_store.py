import json

import duckdb
import pytest

from chronik.ingest import read_text
from chronik.model import Mention
from chronik.store import SCHEMA_VERSION, Analysis, RunStats, Store, StoreError
from tests.conftest import DATED_TEXT, UNDATED_TEXT


def analysis(text, path="a.txt"):
    art = read_text(text, path)
    m = Mention(art.article_id, 0, 0, 5, text[:5], "actor", "PER", "x", "X")
    return Analysis(art, mentions=[m])


def test_schema_is_versioned_and_reopens(tmp_db):
    with Store(tmp_db) as s:
        assert s.schema_version == SCHEMA_VERSION
    with Store(tmp_db, read_only=True) as s:
        assert s.count("articles") == 0


def test_write_is_idempotent(tmp_db):
    with Store(tmp_db) as s:
        run = s.begin_run("test")
        assert s.write([analysis(DATED_TEXT)], run) == 1
        assert s.write([analysis(DATED_TEXT, "again.txt")], run) == 0
        assert s.count("articles") == 1 and s.count("mentions") == 1
        s.finish_run(run, RunStats(files=1), "done")
        (row,) = s.query("SELECT status, files FROM runs")
        assert row == {"status": "done", "files": 1}


def test_failed_batch_leaves_database_as_it_was(tmp_db, monkeypatch):
    with Store(tmp_db) as s:
        run = s.begin_run("test")
        s.write([analysis(DATED_TEXT)], run)
        real = s._insert

        def boom(table, rows):
            if table == "mentions":
                raise KeyboardInterrupt  # as if Ctrl-C arrived mid-batch
            real(table, rows)

        monkeypatch.setattr(s, "_insert", boom)
        with pytest.raises(KeyboardInterrupt):
            s.write([analysis(UNDATED_TEXT)], run)
        assert s.count("articles") == 1 and s.count("mentions") == 1  # the half-written batch is gone


def test_refuses_a_newer_schema(tmp_db):
    with Store(tmp_db) as s:
        s.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer Chronik"):
        Store(tmp_db)


def test_not_a_database(tmp_path):
    p = tmp_path / "x.duckdb"
    p.write_text("hello, I am not a database")
    with pytest.raises(StoreError):
        Store(p)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(tmp_db, tmp_path, fmt):
    with Store(tmp_db) as s:
        s.write([analysis(DATED_TEXT), analysis(UNDATED_TEXT)], s.begin_run("t"))
        out = tmp_path / f"articles.{fmt}"
        assert s.export("articles", fmt, str(out)) == 2
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert {r["published"] for r in rows} == {"2022-03-15", None}
        assert all(isinstance(r["segments"], list) and isinstance(r["meta"], dict) for r in rows)
    elif fmt == "parquet":
        assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchall() == [(2,)]
    else:
        assert out.read_text().splitlines()[0].startswith("article_id,path")


def test_export_rejects_unknown_table(tmp_db):
    with Store(tmp_db) as s, pytest.raises(StoreError, match="unknown table"):
        s.export("nope", "jsonl", None)
