import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik.ingest import IngestOptions, expand, read, read_text
from chronik.ingest.readers import article_id
from chronik.model import Article, Problem
from tests.conftest import DATED_TEXT, EXAMPLES, UNDATED_TEXT


def read_all(path: Path, **opts):
    items = list(read(str(path), path, IngestOptions(**opts)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_text_file_dates_and_precision(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(DATED_TEXT, encoding="utf-8")
    (art,), problems = read_all(p)
    assert not problems
    assert art.published == "2022-03-15" and art.date_precision == "day" and art.date_source == "byline"
    assert art.language == "de" and art.status == "ok"
    assert art.text == DATED_TEXT  # stored unchanged
    assert "ePaper" not in art.analysed_text()


def test_undated_article_gets_no_date_and_a_warning(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text(UNDATED_TEXT, encoding="utf-8")
    (art,), _ = read_all(p)
    assert art.published is None and art.date_precision is None
    assert any("no publication date" in w for w in art.warnings)
    assert art.title == "Putin empfängt Macron im Kreml" and art.outlet == "Testblatt"


def test_article_id_is_a_content_hash(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "copy.txt"
    a.write_text(DATED_TEXT, encoding="utf-8")
    b.write_text(DATED_TEXT, encoding="utf-8")
    assert read_all(a)[0][0].article_id == read_all(b)[0][0].article_id == article_id(DATED_TEXT)


def test_html_page(tmp_path):
    html = (
        "<html><head><title>Seite</title><meta property='og:title' content='Lawrow trifft Blinken in Genf'>"
        "<meta property='article:published_time' content='2022-01-21T10:00:00+01:00'>"
        "<link rel='canonical' href='https://example.org/lawrow-blinken'></head><body><nav>Start | Politik</nav>"
        "<article><h1>Lawrow trifft Blinken in Genf</h1>"
        + "".join(
            f"<p>Absatz {i}: Der russische Außenminister Sergej Lawrow sprach in Genf mit US-Außenminister "
            f"Antony Blinken über die Lage an der ukrainischen Grenze.</p>"
            for i in range(4)
        )
        + "</article><footer>Impressum</footer></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (art,), problems = read_all(p)
    assert not problems
    assert art.format == "html" and art.title == "Lawrow trifft Blinken in Genf"
    assert art.published == "2022-01-21" and art.url == "https://example.org/lawrow-blinken"
    assert "Impressum" not in art.text and "Absatz 3" in art.text


def test_jsonl_with_bad_lines(tmp_path):
    p = tmp_path / "x.jsonl"
    good = {
        "title": "Biden ruft Putin an",
        "text": "US-Präsident Joe Biden hat mit Wladimir Putin telefoniert.",
        "date": "2021-12-30",
        "url": "https://example.org/1",
        "source": "Testblatt",
    }
    p.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({"text": ""}) + "\n[1,2]\n", encoding="utf-8"
    )
    arts, problems = read_all(p)
    assert len(arts) == 1 and arts[0].published == "2021-12-30" and arts[0].outlet == "Testblatt"
    assert arts[0].path == f"{p}#1" and arts[0].text.startswith("Biden ruft Putin an\n\n")
    (prob,) = problems
    assert prob.problem == "invalid_record" and "3 of 4 lines" in prob.message and str(p) in prob.message
    assert not prob.fatal


def test_jsonl_custom_field_names(tmp_path):
    p = tmp_path / "y.jsonl"
    p.write_text(
        json.dumps(
            {"body": "Die Nato verlegt Truppen nach Litauen, teilte das Bündnis mit.", "day": "2023-05"}
        )
        + "\n"
    )
    (art,), _ = read_all(p, text_field="body", date_field="day")
    assert art.published == "2023-05" and art.date_precision == "month"


def test_csv_and_gzip(tmp_path):
    p = tmp_path / "x.csv.gz"
    rows = 'text,title,date,source\n"Russland zieht Truppen ab, sagte ein Sprecher in Moskau.",Abzug,2022-02-15,Blatt\n'
    p.write_bytes(gzip.compress(rows.encode("utf-8")))
    (art,), problems = read_all(p)
    assert not problems and art.format == "csv" and art.published == "2022-02-15" and art.title == "Abzug"


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("a,b\n1,2\n")
    arts, (prob,) = read_all(p)
    assert not arts and prob.problem == "no_text_column" and "--text-field" in prob.message


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "binary"),
        ("fake.txt.gz", b"this is not gzip at all", "not_gzip"),
        ("truncated.txt.gz", gzip.compress(b"Die Nato und Russland." * 50)[:30], "corrupt_gzip"),
    ],
)
def test_bad_files_get_one_clear_problem(tmp_path, name, content, problem):
    p = tmp_path / name
    p.write_bytes(content)
    arts, problems = read_all(p)
    assert not arts
    assert [x.problem for x in problems] == [problem]
    assert str(p) in problems[0].message


def test_too_large_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.seek(12_000_000)
        fh.write(b"x")
    _, (prob,) = read_all(p)
    assert prob.problem == "too_large" and "JSONL" in prob.message


def test_latin1_file_is_read_with_a_warning(tmp_path):
    p = tmp_path / "alt.txt"
    p.write_bytes(
        " date 2019-05 Der österreichische Außenminister äußerte sich in Wien über Gespräche.".encode(
            "cp1252"
        )
    )
    (art,), _ = read_all(p)
    assert "österreichische Außenminister" in art.text
    assert any("not UTF-8" in w for w in art.warnings)


def test_unreadable_file(tmp_path, monkeypatch):
    # chmod 0 does not stop root (CI runs as root), so the permission error is raised where the file is opened.
    import builtins

    p = tmp_path / "secret.txt"
    p.write_text("Text")
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    _, (prob,) = read_all(p)
    assert prob.problem == "unreadable" and "permission" in prob.message


def test_unsupported_language_is_stored_not_coded():
    art = read_text(
        " date 2022-02 Le président français a rencontré son homologue russe au Kremlin lundi soir."
    )
    assert art.language == "fr" and art.status == "unsupported_language"


def test_expand_walks_folders_and_skips_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.jsonl", "sub/c.html.gz", "notes.md", ".hidden.txt", "img.png"):
        (tmp_path / name).write_text("x")
    got = [Path(label).relative_to(tmp_path).as_posix() for label, _ in expand([tmp_path])]
    assert got == ["a.txt", "sub/b.jsonl", "sub/c.html.gz"]


def test_examples_folder_reads_without_problems():
    items = [i for label, p in expand([EXAMPLES]) for i in read(label, p)]
    problems = [i for i in items if isinstance(i, Problem)]
    arts = [i for i in items if isinstance(i, Article)]
    assert not problems
    assert len(arts) >= 8
    assert {a.language for a in arts} == {"de", "en"}
    assert {a.format for a in arts} >= {"text", "html", "jsonl"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_articles_or_problems_never_exceptions(tmp_path, data):
    p = tmp_path / "fuzz.txt"
    p.write_bytes(data)
    for item in read(str(p), p):
        assert isinstance(item, Article | Problem)
        if isinstance(item, Article):
            for s in item.segments:
                assert 0 <= s.start <= s.end <= len(item.text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.one_of(
            st.text(max_size=80),
            st.dictionaries(
                st.sampled_from(["text", "title", "date", "url"]),
                st.one_of(st.text(max_size=60), st.integers(), st.none()),
            ),
        ),
        max_size=8,
    )
)
def test_jsonl_fuzz(tmp_path, lines):
    p = tmp_path / "fuzz.jsonl"
    p.write_text(
        "\n".join(json.dumps(x) if isinstance(x, dict) else x.replace("\n", " ") for x in lines),
        encoding="utf-8",
    )
    for item in read(str(p), p):
        assert isinstance(item, Article | Problem)
