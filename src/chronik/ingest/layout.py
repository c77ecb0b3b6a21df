"""The layout of an article's text: which lines are title, outlet, body, headings, captions, bylines, boilerplate.

Our users' text files look like this (see ``examples/``)::

    ![alt text](https://…/image.jpg)        optional image line
    Title line                              optional, always present after an image line
    Outlet                                  optional ("DW")
     date 2022-02 First paragraph …         optional date header, glued to the first paragraph
    …
    Last paragraph. (Reuters, APA, red, 29.12.2021)   optional agency byline with the day of publication

Nothing is removed: every part becomes a :class:`~chronik.model.Segment`, and only title, body, headings and
captions are analysed. Offsets always refer to the text exactly as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from chronik.dates import PartialDate
from chronik.ingest.boilerplate import credit_span, line_reason
from chronik.model import Segment
from chronik.resources import data_dir, load_yaml, user_paths

IMAGE_LINE = re.compile(r"^\s*!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]*)[^)]*\)\s*$")
DATE_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*")
_BYLINE = re.compile(r"\((?P<inner>[^()\n]{2,160})\)\s*$")
_DAY_DMY = re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})\b")
_MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "january": 1, "februar": 2, "feber": 2, "february": 2, "märz": 3,
    "maerz": 3, "march": 3, "april": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7,
    "august": 8, "september": 9, "oktober": 10, "october": 10, "november": 11, "dezember": 12, "december": 12,
}  # fmt: skip
_DAY_DMONY = re.compile(r"\b(?P<d>\d{1,2})\.?\s+(?P<m>[A-Za-zäÄ]+)\s+(?P<y>(?:19|20)\d{2})\b")
#: "July 12, 2023"
_DAY_MONDY = re.compile(r"\b(?P<m>[A-Z][a-z]+)\.?\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d{2})\b")
#: A byline line under the title that dates the article: "Von unserem Korrespondenten, Kiew, 16.06.2022",
#: "By Jane Doe | Vilnius | July 12, 2023", "Stand: 16.06.2022 14:05 Uhr".
_TOP_BYLINE = re.compile(r"^(?:von|by|stand|aktualisiert|updated|published|veröffentlicht)\b", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.'’/]*(?:[ -][A-ZÄÖÜ][\w.'’/]*){0,3})\s?(?:\([^)]{1,30}\))?\s+[–—-]\s+"
)
_END_PUNCT = tuple(".!?:;\"“”»«)'’…")


@lru_cache(maxsize=1)
def known_outlets() -> tuple[frozenset[str], frozenset[str]]:
    outlets: set[str] = set()
    agencies: set[str] = set()
    for path in [data_dir() / "outlets.yaml", *user_paths("CHRONIK_OUTLETS")]:
        doc = load_yaml(path, "chronik-outlets/1")
        outlets.update(str(o) for o in doc.get("outlets", []))
        agencies.update(str(a) for a in doc.get("agencies", []))
    return frozenset(outlets), frozenset(a.lower() for a in agencies)


@dataclass(slots=True)
class Layout:
    segments: list[Segment] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    header_date: str | None = None
    byline_date: PartialDate | None = None
    byline: str | None = None
    dateline: str | None = None
    image_url: str | None = None
    image_alt: str | None = None


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of every line from ``start`` on, without the newline (and without a trailing CR)."""
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        yield pos, stop
        pos = end + 1


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_outlet_line(line: str, after_image: bool) -> bool:
    outlets, _ = known_outlets()
    s = line.strip()
    if s in outlets:
        return True
    return after_image and 0 < len(s) <= 40 and len(s.split()) <= 4 and not s.endswith(_END_PUNCT)


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 120 and len(s.split()) <= 14 and not s.endswith(_END_PUNCT) and not s.endswith(",")


def parse_byline_date(inner: str) -> PartialDate | None:
    """The date in a byline such as ``Reuters, APA, red, 29.12.2021`` (day precision), if any."""
    m = _DAY_DMY.search(inner)
    if m:
        try:
            return PartialDate.parse(f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}")
        except ValueError:
            return None
    for pattern in (_DAY_DMONY, _DAY_MONDY):
        m = pattern.search(inner)
        if m and m["m"].lower() in _MONTHS:
            try:
                return PartialDate.parse(f"{m['y']}-{_MONTHS[m['m'].lower()]:02d}-{int(m['d']):02d}")
            except ValueError:
                return None
    return None


def _top_byline(line: str) -> PartialDate | None:
    """The date of a byline line near the top ("Von unserem Korrespondenten, Kiew, 16.06.2022", "By our
    correspondent | Vilnius | July 12, 2023"): a short line that opens like a byline or ends with its date. A
    sentence that names a date ("Am 16.06.2022 reiste Scholz …") is body text, not a byline."""
    s = line.strip()
    if len(s) > 100 or len(s.split()) > 12:
        return None
    date = parse_byline_date(s)
    if date is None:
        return None
    ends_with_date = re.search(r"(?:\d{4}|\d{1,2}:\d{2}(?:\s*Uhr)?)$", s) is not None
    return date if _TOP_BYLINE.match(s) or ends_with_date else None


def _byline(line: str) -> tuple[int, str] | None:
    """If the line ends with an agency byline "(dpa/afp/red)" or "(Reuters, APA, red, 29.12.2021)", where it starts."""
    m = _BYLINE.search(line)
    if not m:
        return None
    inner = m["inner"]
    parts = [p.strip() for p in re.split(r"[,/;]| und | and ", inner) if p.strip()]
    _, agencies = known_outlets()
    if not parts or len(parts) > 8:
        return None
    known = sum(1 for p in parts if p.lower() in agencies)
    dated = parse_byline_date(inner) is not None
    short = all(len(p) <= 25 for p in parts)
    if short and ((known >= 1 and known + dated >= len(parts) - 1) or (dated and len(parts) >= 2)):
        return m.start(), inner
    return None


def parse_text(text: str) -> Layout:
    """Lay out a text in our users' format (image, title, outlet, ``date`` header, body, byline)."""
    lay = Layout()
    lines = [(a, b) for a, b in iter_lines(text) if text[a:b].strip()]
    i = 0
    after_image = False
    if i < len(lines):
        a, b = lines[i]
        m = IMAGE_LINE.match(text[a:b])
        if m:
            lay.segments.append(Segment(*_strip(text, a, b), "image"))
            lay.image_url, lay.image_alt = m["url"] or None, m["alt"].strip() or None
            after_image = True
            i += 1
    body_start_line = i
    if i < len(lines):
        a, b = lines[i]
        if not DATE_HEADER.match(text[a:b]):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and (after_image or _looks_like_heading(text[a:b])):
                # A title is certain after an image line; otherwise only when an outlet line follows, or when it is
                # a short unpunctuated line over a paragraph.
                is_outlet_next = _is_outlet_line(text[nxt[0] : nxt[1]], after_image)
                if after_image or is_outlet_next or len(text[nxt[0] : nxt[1]]) > 2 * (b - a):
                    lay.segments.append(Segment(*_strip(text, a, b), "title"))
                    lay.title = text[slice(*_strip(text, a, b))]
                    i += 1
                    if is_outlet_next:
                        oa, ob = _strip(text, *nxt)
                        lay.segments.append(Segment(oa, ob, "outlet"))
                        lay.outlet = text[oa:ob]
                        i += 1
        body_start_line = i
    _layout_body(text, lines[body_start_line:], lay)
    return lay


def layout_body(text: str, start: int = 0) -> Layout:
    """Lay out running text (HTML main text, a JSONL ``text`` field) from offset ``start`` on."""
    lay = Layout()
    lines = [(a, b) for a, b in iter_lines(text, start) if text[a:b].strip()]
    _layout_body(text, lines, lay)
    return lay


def _layout_body(text: str, lines: list[tuple[int, int]], lay: Layout) -> None:
    segs = lay.segments
    for n, (a, b) in enumerate(lines):
        a, b = _strip(text, a, b)
        if n == 0:
            m = DATE_HEADER.match(text[a:b])
            if m:
                lay.header_date = m["date"]
                segs.append(Segment(a, a + len(m.group(0).rstrip()), "date_header"))
                a = a + m.end()
                if a >= b:
                    continue
        line = text[a:b]
        reason = line_reason(line)
        if reason:
            segs.append(Segment(a, b, "boilerplate", reason))
            continue
        if n <= 3 and lay.byline_date is None and (top := _top_byline(line)) is not None:
            lay.byline, lay.byline_date = line.strip(), top
            segs.append(Segment(a, b, "byline"))
            continue
        last = n == len(lines) - 1
        if last:
            by = _byline(line)
            if by:
                bs = a + by[0]
                lay.byline = line[by[0] :].strip()[1:-1]
                lay.byline_date = parse_byline_date(lay.byline) or lay.byline_date
                if text[a:bs].strip():
                    _body_line(text, a, bs, lay, n, last)
                segs.append(Segment(bs, b, "byline"))
                continue
        _body_line(text, a, b, lay, n, last)


def _body_line(text: str, a: int, b: int, lay: Layout, n: int, last: bool) -> None:
    a, b = _strip(text, a, b)
    line = text[a:b]
    credit = credit_span(line)
    if credit:
        ca, cb, reason = credit
        if ca == 0 and cb >= len(line.rstrip()):
            lay.segments.append(Segment(a, b, "boilerplate", reason))
            return
        if text[a : a + ca].strip():
            pa, pb = _strip(text, a, a + ca)
            lay.segments.append(Segment(pa, pb, "caption"))
        lay.segments.append(Segment(*_strip(text, a + ca, a + cb), "boilerplate", reason))
        rest_a = a + cb
        if text[rest_a:b].strip():
            lay.segments.append(Segment(*_strip(text, rest_a, b), "body"))
        return
    m = _DATELINE.match(line)
    if m and len(line) > m.end() + 20:
        place_end = a + len(m["place"])
        lay.segments.append(Segment(a, a + m.end(), "dateline"))
        if lay.dateline is None:
            lay.dateline = text[a:place_end]
        a = a + m.end()
        line = text[a:b]
    kind = "heading" if (not last and _looks_like_heading(line)) else "body"
    lay.segments.append(Segment(a, b, kind))
