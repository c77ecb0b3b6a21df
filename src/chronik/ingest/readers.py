"""File readers. Each turns one input (file, gzip, stdin) into Articles and Problems."""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from chronik import language
from chronik.dates import parse_date
from chronik.ingest.decode import NotText, decode, describe_binary
from chronik.ingest.layout import Layout, layout_body, parse_text
from chronik.model import Article, Problem, Segment

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES


@dataclass(slots=True)
class IngestOptions:
    """How to read inputs. Field names map the columns of JSONL/CSV records onto article fields."""

    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "date"
    url_field: str = "url"
    source_field: str = "source"
    #: A single article (text or HTML file) larger than this is refused: it is not one news article.
    max_article_bytes: int = 5_000_000
    #: Records of JSONL/CSV files larger than this are refused one by one; the rest of the file is read.
    max_record_bytes: int = 5_000_000
    #: Formats forced for every input ("text", "html", "jsonl", "csv"); None = decide by suffix and content.
    format: str | None = None


def article_id(text: str) -> str:
    """The stable id of an article: a hash of its text, so the same text is never stored twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def expand(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """Expand inputs into ``(label, path)``: folders recursively (sorted, hidden files skipped), ``-`` → stdin.

    Files in folders are taken when their suffix is one we read (``.txt``, ``.html``, ``.jsonl``, ``.csv``, … and
    their ``.gz``); a file named explicitly is always tried.
    """
    for raw in paths:
        label = str(raw)
        if label == "-":
            yield "-", None
            continue
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    q = Path(root) / name
                    if _suffix(q) in KNOWN_SUFFIXES:
                        yield str(q), q
        else:
            yield label, p


def _suffix(p: Path) -> str:
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read(
    label: str, path: Path | None = None, options: IngestOptions | None = None
) -> Iterator[Article | Problem]:
    """Read one input. ``path`` None means stdin. Yields articles and problems; never raises for bad input."""
    opts = options or IngestOptions()
    try:
        if path is None:
            yield from _read_stream(label, sys.stdin.buffer, opts, fmt=opts.format)
            return
        if not path.exists():
            yield Problem(label, "missing", f"{label}: no such file or folder")
            return
        if not path.is_file():
            yield Problem(label, "not_a_file", f"{label}: not a regular file")
            return
        gz = path.suffix.lower() == ".gz"
        if not gz and path.stat().st_size == 0:
            yield Problem(label, "empty", f"{label}: the file is empty")
            return
        fmt = opts.format or _format_from_suffix(path)
        with open(path, "rb") as raw, gzip.open(raw) if gz else nullcontext(raw) as fh:
            yield from _read_stream(label, fh, opts, fmt=fmt, size=None if gz else path.stat().st_size)
    except PermissionError:
        yield Problem(label, "unreadable", f"{label}: permission denied — check the file's permissions")
    except gzip.BadGzipFile:
        yield Problem(
            label, "not_gzip", f"{label}: named .gz but it is not gzip data — rename or re-compress it"
        )
    except (EOFError, zlib.error) as exc:
        yield Problem(label, "corrupt_gzip", f"{label}: the gzip data is truncated or corrupt ({exc})")
    except IsADirectoryError:
        yield Problem(label, "not_a_file", f"{label}: is a folder")
    except OSError as exc:
        yield Problem(label, "unreadable", f"{label}: cannot read it: {exc.strerror or exc}")


def _format_from_suffix(path: Path) -> str | None:
    s = _suffix(path)
    if s in TEXT_SUFFIXES:
        return "text"
    if s in HTML_SUFFIXES:
        return "html"
    if s in JSONL_SUFFIXES:
        return "jsonl"
    if s in CSV_SUFFIXES:
        return "csv"
    return None


def _sniff(head: bytes) -> str:
    h = head.lstrip(codecs.BOM_UTF8).lstrip()[:2000].lower()
    if h.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in h or b"<html" in h:
        return "html"
    if h.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_stream(
    label: str, fh: BinaryIO, opts: IngestOptions, *, fmt: str | None, size: int | None = None
) -> Iterator[Article | Problem]:
    if fmt in ("jsonl", "csv"):
        yield from (_read_jsonl if fmt == "jsonl" else _read_csv)(label, fh, opts)
        return
    limit = opts.max_article_bytes
    if size is not None and size > limit:
        yield Problem(
            label,
            "too_large",
            f"{label}: {size / 1e6:.1f} MB is too large for one article (limit {limit / 1e6:.0f} MB); "
            "if it holds many articles, convert it to JSONL (one article per line), or raise --max-article-mb",
        )
        return
    data = fh.read(limit + 1)
    if len(data) > limit:
        yield Problem(label, "too_large", f"{label}: more than {limit / 1e6:.0f} MB of text for one article")
        return
    if not data.strip():
        yield Problem(
            label, "empty", f"{label}: the file is empty" if not data else f"{label}: only whitespace"
        )
        return
    fmt = fmt or _sniff(data)
    if fmt == "jsonl":
        yield from _read_jsonl(label, io.BytesIO(data), opts)
        return
    try:
        text, encoding = decode(data)
    except NotText as exc:
        yield Problem(label, "binary", f"{label}: {exc}; skipped")
        return
    if fmt == "html":
        yield from _from_html(label, text, encoding)
    else:
        yield from _article_or_problem(read_text(text, label), encoding)


def _article_or_problem(article: Article, encoding: str) -> Iterator[Article | Problem]:
    if encoding not in ("utf-8", "utf-8-sig"):
        article.warnings.append(f"not UTF-8: decoded as {encoding}")
        article.meta["encoding"] = encoding
    yield article


def read_text(text: str, label: str = "<text>") -> Article:
    """Build an article from text in our users' format (see :mod:`chronik.ingest.layout`)."""
    lay = parse_text(text)
    return _finish(text, label, "text", lay)


def _finish(
    text: str,
    label: str,
    fmt: str,
    lay: Layout,
    *,
    title: str | None = None,
    date: str | None = None,
    date_source: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    art = Article(article_id=article_id(text), text=text, path=label, format=fmt)
    art.segments = lay.segments
    art.title = title or lay.title
    art.outlet = outlet or lay.outlet
    art.url = url
    for key in ("image_url", "image_alt", "byline", "dateline"):
        if getattr(lay, key):
            art.meta[key] = getattr(lay, key)
    _set_date(art, lay, date, date_source)
    analysed = art.analysed_text()
    if not analysed.strip():
        art.status = "no_text"
        art.warnings.append("no article text left after removing boilerplate")
        return art
    art.language, art.language_confidence = language.detect(analysed)
    if art.language is None:
        art.status = "no_text"
        art.warnings.append("too little text to tell the language")
    elif art.language not in language.SUPPORTED:
        art.status = "unsupported_language"
        art.warnings.append(
            f"language {art.language!r} is not supported (Chronik codes de, en): stored, not coded"
        )
    return art


def _set_date(art: Article, lay: Layout, date: str | None, date_source: str | None) -> None:
    header = parse_date(lay.header_date) if lay.header_date else None
    given = parse_date(date) if date else None
    if date and given is None:
        art.warnings.append(f"could not read the date {date!r}: it is ignored")
    best, source = (given, date_source) if given else (header, "header") if header else (None, None)
    by = lay.byline_date
    if by is not None:
        if best is None or (best.precision != "day" and best.start() <= by.start() <= best.end()):
            best, source = by, "byline"
        elif not (best.start() <= by.start() <= best.end()):
            art.warnings.append(
                f"the byline date {by} does not agree with the {source} date {best}; kept {best}"
            )
    if best is None:
        art.warnings.append("no publication date found: the date is left empty (never guessed)")
        return
    art.published, art.date_precision, art.date_source = str(best), best.precision, source


# --- HTML --------------------------------------------------------------------------------------------------------


def _from_html(label: str, html: str, encoding: str) -> Iterator[Article | Problem]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted errors on pathological markup
        yield Problem(
            label, "bad_html", f"{label}: the HTML could not be parsed ({type(exc).__name__}: {exc})"
        )
        return
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        yield Problem(label, "no_text", f"{label}: no article text found in the HTML page")
        return
    title = (getattr(doc, "title", None) or "").strip() or None
    text, offset = _with_title(title, body)
    lay = layout_body(text, offset)
    if offset:
        lay.segments.insert(0, Segment(0, len(title or ""), "title"))
    art = _finish(
        text,
        label,
        "html",
        lay,
        title=title,
        date=getattr(doc, "date", None),
        date_source="html",
        url=getattr(doc, "url", None),
        outlet=getattr(doc, "sitename", None),
    )
    yield from _article_or_problem(art, encoding)


def _with_title(title: str | None, body: str) -> tuple[str, int]:
    """The stored text of a record: the title, a blank line and the body — unless the body already opens with it."""
    if not title or body.lstrip().startswith(title):
        return body, 0
    return f"{title}\n\n{body}", len(title) + 2


# --- JSONL and CSV -----------------------------------------------------------------------------------------------


def _record(label: str, n: int, rec: Any, opts: IngestOptions, fmt: str) -> Article | Problem:
    where = f"{label}#{n}"
    if not isinstance(rec, dict):
        return Problem(
            where, "invalid_record", f"{where}: expected an object, got {type(rec).__name__}", False
        )
    body = rec.get(opts.text_field)
    if not isinstance(body, str) or not body.strip():
        return Problem(where, "invalid_record", f"{where}: no text in field {opts.text_field!r}", False)
    if describe_binary(body.encode("utf-8", "replace")[:8192]):
        return Problem(where, "invalid_record", f"{where}: the text field holds binary data", False)
    title = _str(rec.get(opts.title_field))
    text, offset = _with_title(title, body)
    lay = layout_body(text, offset)
    if offset:
        lay.segments.insert(0, Segment(0, len(title or ""), "title"))
    return _finish(
        text,
        where,
        fmt,
        lay,
        title=title,
        date=_str(rec.get(opts.date_field)),
        date_source="field",
        url=_str(rec.get(opts.url_field)),
        outlet=_str(rec.get(opts.source_field)),
    )


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _summarise_bad(label: str, bad: list[tuple[int, str]], total: int, what: str) -> Problem:
    lines = ", ".join(str(n) for n, _ in bad[:10]) + (" …" if len(bad) > 10 else "")
    first = bad[0][1]
    return Problem(
        label,
        "invalid_record",
        f"{label}: {len(bad)} of {total} {what} could not be read (at {lines}; first: {first}); the others were read",
        fatal=len(bad) == total,
    )


def _read_jsonl(label: str, fh: BinaryIO, opts: IngestOptions) -> Iterator[Article | Problem]:
    bad: list[tuple[int, str]] = []
    total = 0
    for n, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        total += 1
        if len(raw) > opts.max_record_bytes:
            bad.append((n, f"line of {len(raw) / 1e6:.1f} MB is over the record limit"))
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("cp1252", errors="replace")
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append((n, f"invalid JSON ({exc.msg})"))
            continue
        item = _record(label, n, rec, opts, "jsonl")
        if isinstance(item, Problem):
            bad.append((n, item.message.split(": ", 1)[-1]))
        else:
            yield item
    if total == 0:
        yield Problem(label, "empty", f"{label}: no records in the file")
    elif bad:
        yield _summarise_bad(label, bad, total, "lines")


def _read_csv(label: str, fh: BinaryIO, opts: IngestOptions) -> Iterator[Article | Problem]:
    head = fh.read(65536)
    if describe_binary(head):
        yield Problem(label, "binary", f"{label}: this is {describe_binary(head)}, not CSV; skipped")
        return
    try:
        head.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as exc:
        encoding = "utf-8-sig" if exc.start > len(head) - 4 else "cp1252"
    stream = io.TextIOWrapper(_Prepend(head, fh), encoding=encoding, errors="replace", newline="")
    sample = head.decode(encoding, errors="replace")
    try:
        dialect = csv.Sniffer().sniff(sample[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if label.lower().rstrip(".gz").endswith(".tsv") else csv.excel
    csv.field_size_limit(max(opts.max_record_bytes, 131072))
    reader = csv.DictReader(stream, dialect=dialect)
    if not reader.fieldnames or opts.text_field not in reader.fieldnames:
        cols = ", ".join(reader.fieldnames or []) or "none"
        yield Problem(
            label,
            "no_text_column",
            f"{label}: no {opts.text_field!r} column (columns: {cols}); use --text-field",
        )
        return
    bad: list[tuple[int, str]] = []
    total = 0
    try:
        for n, row in enumerate(reader, start=1):
            total += 1
            item = _record(label, n, row, opts, "csv")
            if isinstance(item, Problem):
                bad.append((n, item.message.split(": ", 1)[-1]))
            else:
                yield item
    except csv.Error as exc:
        bad.append((total + 1, f"CSV error: {exc}"))
    if total == 0:
        yield Problem(label, "empty", f"{label}: no rows in the file")
    elif bad:
        yield _summarise_bad(label, bad, total, "rows")


class _Prepend(io.RawIOBase):
    """A binary stream that replays ``head`` before the rest of ``fh``."""

    def __init__(self, head: bytes, fh: BinaryIO) -> None:
        self._head = head
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._fh.read(len(b))
        b[: len(data)] = data
        return len(data)
