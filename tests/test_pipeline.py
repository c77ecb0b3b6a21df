"""End to end: the bundled examples through `chronik run`, and the CLI's promises about bad input."""

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from chronik.cli import app
from chronik.store import Store
from tests.conftest import DATED_TEXT, EXAMPLES

runner = CliRunner()


def cli(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_examples_end_to_end(tmp_db):
    res = cli("run", EXAMPLES, "--db", tmp_db)
    assert res.exit_code == 0, res.output
    with Store(tmp_db, read_only=True) as s:
        arts = s.query("SELECT * FROM articles")
        assert len(arts) == 10
        assert all(a["status"] == "ok" for a in arts)
        undated = [a for a in arts if a["published"] is None]
        assert len(undated) == 1 and undated[0]["title"]
        by_source = {a["date_source"] for a in arts}
        assert {"header", "byline", "html", "field"} <= by_source
        # every sentence and mention points into its article's stored text
        texts = {a["article_id"]: a["text"] for a in arts}
        for m in s.query("SELECT * FROM mentions"):
            assert texts[m["article_id"]][m["start"] : m["end"]] == m["text"]
        for sent in s.query("SELECT * FROM sentences"):
            assert texts[sent["article_id"]][sent["start"] : sent["end"]] == sent["text"]
        people = {r["name"] for r in s.query("SELECT DISTINCT name FROM mentions WHERE label = 'PER'")}
        assert {"Vladimir Putin", "Olaf Scholz", "Sergey Lavrov"} <= people
        # boilerplate is kept in the text but never analysed
        for a in arts:
            excluded = [(g["start"], g["end"]) for g in a["segments"] if g["kind"] == "boilerplate"]
            for sent in s.query('SELECT start, "end" FROM sentences WHERE article_id = ?', [a["article_id"]]):
                assert not any(x < sent["end"] and sent["start"] < y for x, y in excluded)


def test_rerun_is_idempotent(tmp_db):
    cli("run", EXAMPLES, "--db", tmp_db)
    with Store(tmp_db, read_only=True) as s:
        before = {t: s.count(t) for t in ("articles", "sentences", "mentions")}
    res = cli("run", EXAMPLES, "--db", tmp_db)
    assert res.exit_code == 0 and "0 new, 10 already stored" in res.output.replace("\n", " ")
    with Store(tmp_db, read_only=True) as s:
        assert {t: s.count(t) for t in before} == before
        assert s.count("runs") == 2


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path, tmp_db):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(DATED_TEXT, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (d / "notgzip.txt.gz").write_bytes(b"plain text")
    (d / "broken.html").write_text("<html><body><p>Nur ein kaputtes <b>Fragment", encoding="utf-8")
    (d / "lines.jsonl").write_text(
        '{"text": "Die Nato tagt in Brüssel, sagte der Generalsekretär."}\n{oops\n'
    )
    (d / "latin1.txt").write_bytes(" date 2020-01 Der Außenminister äußerte sich in Wien.".encode("cp1252"))
    res = cli("run", d, "--db", tmp_db)
    assert res.exit_code == 1
    out = res.output.replace("\n", " ")
    for name in ("empty.txt", "binary.txt", "notgzip.txt.gz", "broken.html", "lines.jsonl"):
        assert name in out
    with Store(tmp_db, read_only=True) as s:
        paths = {Path(r["path"]).name for r in s.query("SELECT path FROM articles")}
        assert {"good.txt", "latin1.txt", "lines.jsonl#1"} <= paths
        problems = {Path(r["path"]).name: r["problem"] for r in s.query("SELECT * FROM run_problems")}
        assert problems["empty.txt"] == "empty" and problems["binary.txt"] == "binary"
        assert problems["notgzip.txt.gz"] == "not_gzip" and problems["lines.jsonl"] == "invalid_record"


def test_many_small_files(tmp_path, tmp_db):
    d = tmp_path / "many"
    d.mkdir()
    for i in range(300):
        (d / f"{i:05d}.txt").write_text(
            f" date 2022-02 Meldung {i}: Die Nato beobachtet russische Truppen.\n"
        )
    res = cli("run", d, "--db", tmp_db, "--quiet")
    assert res.exit_code == 0
    with Store(tmp_db, read_only=True) as s:
        assert s.count("articles") == 300


def test_stdin_and_gz(tmp_path, tmp_db):
    res = runner.invoke(app, ["run", "-", "--db", str(tmp_db)], input=DATED_TEXT)
    assert res.exit_code == 0, res.output
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress(DATED_TEXT.replace("Polen", "Litauen").encode()))
    assert cli("run", p, "--db", tmp_db).exit_code == 0
    with Store(tmp_db, read_only=True) as s:
        assert s.count("articles") == 2


def test_export_and_articles_and_lookup_commands(tmp_db, tmp_path):
    cli("run", EXAMPLES, "--db", tmp_db)
    out = tmp_path / "a.jsonl"
    assert (
        cli("export", "--table", "articles", "--format", "jsonl", "--out", out, "--db", tmp_db).exit_code == 0
    )
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 10 and all("published" in r and "date_precision" in r for r in rows)
    assert (
        cli(
            "export",
            "--table",
            "mentions",
            "--format",
            "parquet",
            "--out",
            tmp_path / "m.parquet",
            "--db",
            tmp_db,
        ).exit_code
        == 0
    )
    res = cli("articles", "--db", tmp_db)
    assert res.exit_code == 0 and "10 of 10 articles" in res.output
    res = cli("actors", "lookup", "Kremlchef", "--date", "2021-04-13")
    assert res.exit_code == 0 and "Vladimir Putin" in res.output and "head_of_state" in res.output
    assert cli("actors", "lookup", "Kremlchef", "--date", "gestern").exit_code == 2
    assert cli("actors", "check").exit_code == 0


def test_missing_database_is_a_clear_error(tmp_path):
    res = cli("articles", "--db", tmp_path / "nope.duckdb")
    assert res.exit_code == 2 and "no such database" in res.output


def test_interrupted_run_keeps_whole_batches_only(tmp_path, tmp_db, monkeypatch):
    import pytest

    import chronik.pipeline as pipeline

    d = tmp_path / "many"
    d.mkdir()
    for i in range(7):
        (d / f"{i}.txt").write_text(f" date 2022-02 Meldung {i}: Die Nato beobachtet russische Truppen.\n")
    monkeypatch.setattr(pipeline, "BATCH", 3)
    real = pipeline.analyse
    calls = {"n": 0}

    def analyse(article, resolver=None, coders=None):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt  # Ctrl-C while the second batch is being prepared
        return real(article, resolver, coders)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    with Store(tmp_db) as store, pytest.raises(KeyboardInterrupt):
        pipeline.run([d], store)
    with Store(tmp_db, read_only=True) as s:
        assert s.count("articles") == 3  # the first batch, whole; nothing of the second
        assert s.query("SELECT status FROM runs") == [{"status": "interrupted"}]
        assert s.query(
            "SELECT count(*) AS n FROM mentions WHERE article_id NOT IN (SELECT article_id FROM articles)"
        ) == [{"n": 0}]
    monkeypatch.setattr(pipeline, "analyse", real)
    res = cli("run", d, "--db", tmp_db)  # running again completes the job
    assert res.exit_code == 0
    with Store(tmp_db, read_only=True) as s:
        assert s.count("articles") == 7


def test_workers_store_the_same_as_one_process(tmp_path):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert cli("run", EXAMPLES, "--db", one, "-q").exit_code == 0
    res = cli("run", EXAMPLES, "--db", two, "-q", "--workers", "2")
    assert res.exit_code == 0, res.output
    rows = []
    for db in (one, two):
        with Store(db, read_only=True) as s:
            rows.append(
                sorted((e["event_id"], e["event_type"], e["date"]) for e in s.query("SELECT * FROM events"))
            )
    assert rows[0] == rows[1] and len(rows[0]) > 50


def test_an_article_whose_analysis_failed_is_analysed_again_on_the_next_run(tmp_path, tmp_db, monkeypatch):
    import chronik.pipeline as pipeline

    f = tmp_path / "a.txt"
    f.write_text(DATED_TEXT)
    real = pipeline.analyse

    def broken(article, resolver=None, coders=None):
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr(pipeline, "analyse", broken)
    res = cli("run", f, "--db", tmp_db)
    assert res.exit_code == 1 and "a.txt: analysis failed (a bug in a stage)" in res.output
    with Store(tmp_db, read_only=True) as s:
        assert s.query("SELECT status FROM articles") == [{"status": "analysis_failed"}]
        assert s.count("events") == 0
    monkeypatch.setattr(pipeline, "analyse", real)
    res = cli("run", f, "--db", tmp_db)  # the bug fixed: the stored article is analysed, not skipped
    assert res.exit_code == 0 and "(1 new, 0 already stored)" in res.output
    with Store(tmp_db, read_only=True) as s:
        assert s.query("SELECT status FROM articles") == [{"status": "ok"}]
        assert s.count("events") > 0 and s.count("sentences") > 0
        assert s.query("SELECT count(DISTINCT path) AS n FROM article_sources") == [{"n": 1}]
    res = cli("run", f, "--db", tmp_db)
    assert "(0 new, 1 already stored)" in res.output


def test_a_broken_knowledge_file_stops_the_run_before_it_reads_anything(tmp_path, tmp_db, monkeypatch):
    from chronik.places import regions

    f = tmp_path / "a.txt"
    f.write_text(DATED_TEXT)
    assert cli("run", f, "--db", tmp_db).exit_code == 0
    bad = tmp_path / "mine.yaml"
    bad.write_text("schema: chronik-regions/1\nregions: [ {name: 3 \n")
    monkeypatch.setenv("CHRONIK_PLACES", str(bad))
    regions.cache_clear()
    try:
        res = cli("run", EXAMPLES, "--db", tmp_db)
    finally:
        monkeypatch.delenv("CHRONIK_PLACES")
        regions.cache_clear()
    assert res.exit_code == 2
    assert "mine.yaml: not valid YAML" in res.output and "the store is unchanged" in res.output
    with Store(tmp_db, read_only=True) as s:
        assert s.count("articles") == 1 and s.count("runs") == 1


def test_times_that_cannot_be_read_leave_a_warning_and_keep_the_actors(monkeypatch):
    import chronik.mentions
    from chronik.api import _article
    from chronik.pipeline import analyse

    def broken(*args, **kwargs):
        raise IndexError("no such group")

    monkeypatch.setattr(chronik.mentions, "resolve_times", broken)
    article = _article("Scholz telefonierte am Dienstag mit Putin.", language="de", published="2022-12-02")
    an = analyse(article)
    assert any("times of characters" in w and "IndexError" in w for w in article.warnings)
    assert {m.country for m in an.mentions if m.kind == "actor"} == {"DEU", "RUS"}
