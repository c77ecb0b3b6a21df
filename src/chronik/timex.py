"""Finding time expressions in German and English sentences.

This module finds the spans ("am Dienstag", "Mitte Oktober", "im Dezember 2022", "29.12.2021", "gestern",
"vor einigen Wochen", "on Tuesday") and gives the value of those that are absolute on their own
("im Dezember 2022" → ``2022-12``, "am 20. Januar" with a known year → ``YYYY-01-20``). Resolving relative
expressions against the publication date is the job of :func:`resolve` (event-coding issue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.dates import PartialDate

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "january": 1, "februar": 2, "feber": 2, "feb": 2, "february": 2,
    "märz": 3, "maerz": 3, "march": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6,
    "juli": 7, "july": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)"
_WEEKDAY_DE = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?"
_WEEKDAY_EN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
)
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"

PATTERNS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "de": [
        ("date", re.compile(r"\b(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?" + _YEAR + r"\b")),
        ("date", re.compile(r"\b(?:am |vom |bis |seit dem )?(?P<day>\d{1,2})\.(?: und \d{1,2}\.)? " + _MONTH
                            + r"(?: " + _YEAR + r")?\b")),
        ("month", re.compile(r"\b(?:(?:im|seit|ab|bis|Anfang|Mitte|Ende) )*(?:(?:Anfang|Mitte|Ende) )?" + _MONTH
                             + r"(?: " + _YEAR + r")?\b")),
        ("weekday", re.compile(r"\b(?:(?:am|seit|ab|bis|vergangenen|kommenden|nächsten|letzten) )*"
                               + _WEEKDAY_DE + r"\b")),
        ("relative", re.compile(r"\b(?:vorgestern|gestern|heute|morgen|übermorgen)(?:abend|morgen|nachmittag)?\b"
                                r"|\bin der Nacht (?:auf|zu|zum) " + _WEEKDAY_DE + r"\b"
                                r"|\bam Wochenende\b|\bvor (?:einigen|wenigen|zwei|drei|vier|mehreren) "
                                r"(?:Tagen|Wochen|Monaten|Jahren)\b|\b(?:vergangene|letzte|nächste|kommende)[nr]? "
                                r"(?:Woche|Monat|Jahr)\b|\bin naher Zukunft\b|\bdemnächst\b")),
        ("year", re.compile(r"\b(?:(?:im Jahr|seit|von|bis|ab|Anfang|Ende|Mitte) )?" + _YEAR + r"\b")),
    ],
    "en": [
        ("date", re.compile(r"\b(?:on )?" + _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:, " + _YEAR + r")?\b")),
        ("date", re.compile(r"\b(?:on )?(?P<day>\d{1,2})(?:st|nd|rd|th)? " + _MONTH + r"(?: " + _YEAR + r")?\b")),
        ("month", re.compile(r"\b(?:(?:in|since|by|early|mid|late|mid-) ?)*" + _MONTH + r"(?: " + _YEAR + r")?\b")),
        ("weekday", re.compile(r"\b(?:(?:on|last|next|this|since) )*" + _WEEKDAY_EN + r"\b")),
        ("relative", re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:last|next|this) "
                                r"(?:week|month|year|weekend)\b|\b(?:a few|several|two|three) "
                                r"(?:days|weeks|months|years) ago\b")),
        ("year", re.compile(r"\b(?:(?:in|since|by|until) )?" + _YEAR + r"\b")),
    ],
}  # fmt: skip


@dataclass(slots=True)
class Timex:
    start: int  #: offset into the text given
    end: int
    text: str
    kind: str  #: date | month | weekday | relative | year
    value: (
        str | None
    )  #: YYYY, YYYY-MM or YYYY-MM-DD when the expression fixes it by itself (or with ``year``)


def find(text: str, *, language: str, year: int | None = None) -> list[Timex]:
    """Time expressions in ``text``, longest first where they overlap, in text order.

    ``year`` (the publication year) completes day-and-month dates ("am 20. Januar") when they give no year.
    """
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in PATTERNS.get(language, []):
        for m in pat.finditer(text):
            a, b = m.span()
            if b - a < 3 or any(a < y and x < b for x, y in taken):
                continue
            if kind == "year" and not _plausible_year(text, a, b):
                continue
            found.append(Timex(a, b, m.group(0), kind, _value(m, kind, year)))
            taken.append((a, b))
    return sorted(found, key=lambda t: t.start)


def _plausible_year(text: str, a: int, b: int) -> bool:
    # "10.000 Soldaten", "2015 Menschen": a year stands alone, not before a dot-thousand or a plural noun.
    after = text[b : b + 2]
    return not after.startswith((".", ",")) or after in (". ", ", ", ".", ",")


def _value(m: re.Match[str], kind: str, year: int | None) -> str | None:
    g = m.groupdict()
    y = int(g["year"]) if g.get("year") else None
    month = MONTHS.get((g.get("month") or "").lower()) or (int(g["mnum"]) if g.get("mnum") else None)
    try:
        if kind == "date" and month and g.get("day"):
            yy = y or year
            return str(PartialDate.parse(f"{yy:04d}-{month:02d}-{int(g['day']):02d}")) if yy else None
        if kind == "month" and month and y:
            return f"{y:04d}-{month:02d}"
        if kind == "year" and y:
            return f"{y:04d}"
    except ValueError:
        return None
    return None
