"""Time expressions in German and English: finding them and resolving them to calendar dates.

Two entry points:

- :func:`find` (used by the mention stage) finds the spans ("am Dienstag", "Mitte Oktober", "im Dezember 2022",
  "29.12.2021", "gestern", "vor einigen Wochen", "on Tuesday") and gives the value only of those that are absolute on
  their own ("im Dezember 2022" → ``2022-12``; "am 20. Januar" with a known ``year`` → ``YYYY-01-20``).
- :func:`resolve` also resolves the relative ones against a ``reference`` date (the publication date), or — with
  ``reference=None`` — against the dates the text mentioned before them (HeidelTime's *narrative* mode).

Every :class:`Timex` carries two values:

- ``value``: the calendar date the expression falls in, as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (always
  parseable by :meth:`chronik.dates.PartialDate.parse`), or None. This is what events are dated with. A season,
  half-year or clock time gives the date that contains it ("Sommer 1943" → ``1943``, "4:45 Uhr" → the day).
- ``timex_value``: the TIMEX2/TIMEX3-style value, a superset used for evaluation against TimeML-style gold data:
  seasons (``1943-SU``), halves (``1863-H1``), parts of the day (``1944-06-06TMO``), clock times
  (``1939-09-01T04:45``), decades (``193``) and centuries (``19``), years before Christ (``BC0490``), durations
  (``P3D``, ``PXW``) and references (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``).

``mod`` says where in the period ("Anfang Mai" → ``START``, "Mitte Oktober" → ``MID``, "Ende 2002" → ``END``,
"gegen Abend" → ``APPROX``); ``prep`` is the preposition before the expression ("seit", "am", "bis", "since"), which
is outside the span as in TIMEX2 and tells a reader "seit Februar 2022" from "im Februar 2022".

How relative expressions are resolved (the rules are simple on purpose, so that each value can be explained —
``explanation`` says which rule gave it):

1. **Anaphoric** expressions ("am selben Tag", "zwei Tage später", "des folgenden Jahres", "im Sommer",
   "im Juni" in a narrative) take the most recent date mentioned before them, like HeidelTime's narrative mode:
   the last one precise enough (a day for "am Tag darauf", a year for "im Juni") if it agrees with the very last
   date mentioned, else that last date at its own precision ("mid-October … two days later" → October); the
   reference only when the text has mentioned no date yet. Background dates do not become anchors: those after
   "seit"/"ab"/"since", in parentheses, and the end of a range in a heading ("Westfront 1944/1945").
2. **Deictic** expressions ("gestern", "heute", "vor einigen Wochen", "letzte Woche") count from the reference
   (the publication date); without a reference, from the last date mentioned.
3. **Underspecified** dates — a weekday, a bare month, a day and month without year — take the occurrence nearest
   the reference in the direction of the clause's **tense**: past for perfect and preterite ("hat … getroffen",
   "traf", "hatte … telefoniert"), future for "werden", intention modals ("wollen … telefonieren", "soll …
   stattfinden") and present tense with a future adverb ("kommende", "morgen"); "seit" looks back, "vergangenen"/
   "letzten" and "kommenden"/"nächsten" decide by themselves. With no cue the nearest occurrence wins. The tense is
   read from the finite verbs of the expression's clause with Chronik's analyzer (STTS tags and HanTa lemmas for
   German, Penn tags for English); see :func:`clause_direction`. In a narrative (no reference) they take the year
   (or day) of the last date mentioned instead.
4. **Precision is never invented**: when the reference is known only to the month, "am Dienstag" or "gestern"
   yields that month (``YYYY-MM``), not a guessed day; vague offsets ("vor einigen Wochen") give the month, one step
   coarser than their unit.

The vocabulary (months incl. "Jänner", weekdays, parts of the day, seasons, number words, relative and
reference words, tense cues) lives in ``data/lexicon/time.yaml``; this module holds the grammar.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from chronik.dates import PartialDate
from chronik.resources import data_dir, load_yaml

__all__ = ["TimeLexicon", "Timex", "clause_direction", "find", "lexicon", "resolve", "tense_of_tokens"]


@dataclass(slots=True)
class Timex:
    start: int  #: offset into the text given
    end: int
    text: str
    kind: str  #: date | month | weekday | relative | year | season | decade | century | duration | time | ref
    value: str | None  #: YYYY, YYYY-MM or YYYY-MM-DD (see the module docstring), or None
    mod: str | None = None  #: START | MID | END | APPROX | MORE_THAN | LESS_THAN (TIMEX2 mod)
    timex_value: str | None = None  #: TIMEX2/3-style value (also seasons, decades, durations, …)
    prep: str | None = None  #: the preposition in front ("seit", "am", "bis", "since"), outside the span
    explanation: str = ""  #: how the value was obtained


# ================================================================================================================
# the lexicon


@dataclass(frozen=True)
class TimeLexicon:
    """The time words of one language, from ``data/lexicon/time.yaml``."""

    language: str
    raw: dict[str, Any]

    def words(self, key: str) -> list[str]:
        v = self.raw.get(key) or []
        return [str(w) for w in (v.keys() if isinstance(v, dict) else v)]

    def table(self, key: str) -> dict[str, Any]:
        return {str(k).lower(): v for k, v in (self.raw.get(key) or {}).items()}

    def set(self, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in self.words(key))

    def tense(self, key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in (self.raw.get("tense") or {}).get(key) or [])


@lru_cache(maxsize=4)
def lexicon(language: str) -> TimeLexicon:
    """The time vocabulary of ``language`` ("de" or "en")."""
    doc = load_yaml(data_dir() / "lexicon" / "time.yaml", "chronik-time/1")
    if language not in doc:
        raise ValueError(f"no time lexicon for language {language!r}; Chronik has de and en")
    return TimeLexicon(language, doc[language])


# ================================================================================================================
# the grammar: candidates found by regular expressions built from the lexicon


@dataclass(slots=True)
class _X:
    """A time expression as found, before resolution (what the words say, not yet what date they mean)."""

    start: int
    end: int
    kind: str
    rule: str
    y: int | None = None  #: signed year (TIMEX numbering: 490 BC = -490)
    yy: int | None = None  #: a two-digit year whose century comes from context
    y_off: int | None = None  #: year relative to the last year mentioned ("des folgenden Jahres" → +1)
    m: int | None = None
    d: int | None = None
    season: str | None = None
    half: str | None = None  #: H1, H2, Q1 …
    century: int | None = None  #: TIMEX century digits: 19 for the 20th century
    decade: int | None = None  #: 193 for the 1930s; with decade_century: 3 for "die dreißiger Jahre"
    decade_short: bool = False
    bc: bool = False
    era: bool = False  #: era written ("v. Chr.", "n. Chr.")
    part: str | None = None  #: MO MI AF EV NI
    clock: str | None = None  #: "04:45", with zone "+01" appended as "04:45+01"
    mod: str | None = None
    rel: tuple[str, float] | None = None  #: (unit, offset) from the base
    base: str | None = None  #: anchor (last date mentioned) | now (reference)
    weekday: int | None = None
    wdir: int | None = None  #: direction said by the expression itself (-1 past, +1 future)
    #: the week a weekday is named in, counted from the reference's ("Montag vergangener Woche": -1)
    week: int | None = None
    vague: bool = False
    duration: str | None = None
    ref: str | None = None
    holiday: str | None = None
    prep: str | None = None
    pstart: int = -1  #: start including the preposition (for find)


def _alt(words: list[str] | frozenset[str] | set[str]) -> str:
    """A regex alternation of literal words, longest first, spaces matching any whitespace."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_L = r"(?<![\w])"  # left word boundary that knows umlauts
_R = r"(?![\w])"


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    make: Callable[[re.Match[str], _Grammar], _X | None]
    priority: int = 5


@dataclass
class _Grammar:
    lex: TimeLexicon
    rules: list[_Rule] = field(default_factory=list)
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    vague: frozenset[str] = frozenset()
    units: dict[str, str] = field(default_factory=dict)
    mods: dict[str, str | None] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)
    anaphoric: frozenset[str] = frozenset()
    parts: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    season_mods: dict[str, str] = field(default_factory=dict)
    era_bc: frozenset[str] = frozenset()
    prepositions: re.Pattern[str] | None = None
    quantity_nouns: frozenset[str] = frozenset()
    quantity_cues: re.Pattern[str] | None = None

    # ---- helpers used by the rule makers

    def month(self, s: str | None) -> int | None:
        return self.months.get(s.lower()) if s else None

    def number(self, s: str | None) -> float | None:
        if not s:
            return None
        s = " ".join(s.lower().split())
        if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
            return float(s.replace(",", "."))
        if s in self.numbers:
            return float(self.numbers[s])
        total = 0.0
        for w in s.split():  # "ein halbes", "drei dreiviertel"
            if w not in self.numbers:
                return None
            total = float(self.numbers[w]) if total == 0 else (total * float(self.numbers[w]))
        return total or None

    def unit(self, s: str) -> str | None:
        return self.units.get(s.lower())

    def offset(self, adj: str | None) -> tuple[int | None, bool]:
        """(offset, anaphoric) of an adjective like "folgenden", "letzten", "next"."""
        if not adj:
            return None, False
        a = adj.lower()
        for stem, off in sorted(self.offsets.items(), key=lambda kv: -len(kv[0])):
            if a == stem or (a.startswith(stem) and len(a) - len(stem) <= 2):
                return off, stem in self.anaphoric
        return None, False

    def is_bc(self, era: str | None) -> bool:
        return bool(era) and " ".join(era.lower().split()).replace(" ", "") in self.era_bc


def _stem_alt(stems: list[str], language: str) -> str:
    """Adjective stems with their German endings ("folgend" → folgende, folgenden, …)."""
    if language == "de":
        return (
            "(?:"
            + "|".join(re.escape(s) + r"(?:e[nmrs]?)?" for s in sorted(stems, key=len, reverse=True))
            + ")"
        )
    return _alt(stems)


@lru_cache(maxsize=4)
def _grammar(language: str) -> _Grammar:
    lex = lexicon(language)
    g = _Grammar(lex)
    g.months = {k: int(v) for k, v in lex.table("months").items()}
    g.weekdays = {k: int(v) for k, v in lex.table("weekdays").items()}
    g.numbers = {k: float(v) for k, v in lex.table("numbers").items()}
    g.vague = lex.set("vague_numbers")
    g.units = {k: str(v) for k, v in lex.table("units").items()}
    g.mods = {k: (str(v) if v else None) for k, v in lex.table("mods").items()}
    g.offsets = {k: int(v) for k, v in lex.table("unit_offsets").items()}
    g.anaphoric = lex.set("anaphoric_offsets")
    g.parts = {k: str(v) for k, v in lex.table("day_parts").items()}
    g.seasons = {k: str(v) for k, v in lex.table("seasons").items()}
    g.season_mods = {k: str(v) for k, v in lex.table("season_mods").items()}
    g.era_bc = frozenset(w.replace(" ", "") for w in lex.set("era_bc"))
    g.prepositions = re.compile(r"(?:^|(?<=\s))(" + _alt(lex.words("prepositions")) + r")\s+$", re.I)
    g.quantity_nouns = lex.set("quantity_nouns")
    g.quantity_cues = re.compile(_L + _alt(lex.words("quantity_cues")) + r"\s+$", re.I)
    g.rules = _rules_de(g) if language == "de" else _rules_en(g)
    return g


def _year_of(m: re.Match[str], g: _Grammar, grp: str = "y", era_grp: str = "era") -> tuple[int | None, bool]:
    y = m.groupdict().get(grp)
    if not y:
        return None, False
    era = m.groupdict().get(era_grp)
    bc = g.is_bc(era)
    return (-int(y) if bc else int(y)), bool(era)


def _common(g: _Grammar) -> dict[str, str]:
    lex = g.lex
    months = lex.words("months")
    num_words = [w for w in lex.words("numbers")]
    return {
        "MON": _alt(months),
        "WD": _alt(lex.words("weekdays")),
        "Y4": r"(?<![\d.,])(?:1\d{3}|20\d{2})(?![\d])",
        "ERA": _alt(lex.words("era_bc") + lex.words("era_ad")),
        "BCERA": _alt(lex.words("era_bc")),
        "NUMW": _alt(num_words),
        "VAGUE": _alt(lex.words("vague_numbers")),
        "UNIT": _alt(lex.words("units")),
        "MODS": _alt(lex.words("mods")),
        "PART": _alt(lex.words("day_parts")),
        "SEASON": _alt(lex.words("seasons")),
        "DEICTIC": _alt(lex.words("deictic_days")),
        "REFS": _alt(lex.words("references")),
        "HOLI": _alt(lex.words("holidays")),
        "AFTER": _alt(lex.words("after_words")),
        "BEFORE": _alt(lex.words("before_words")),
        "DECW": _alt(lex.words("decade_words")),
        "ADJ": _stem_alt(lex.words("unit_offsets"), lex.language),
        "APPROX": _alt(lex.words("approx_words")),
        "MORE": _alt(lex.words("more_than_words")),
        "LESS": _alt(lex.words("less_than_words")),
        "HALF": _alt(lex.words("halves")),
        "ORD": _stem_alt(lex.words("ordinals"), lex.language),
    }


def _year_pat(c: dict[str, str], y: str = "y", era: str = "era") -> str:
    """A year: four digits 1000–2099 (maybe with an era), or 1–4 digits with "v. Chr." (also "478/477 v. Chr.")."""
    return (
        rf"(?:(?<![\d.,])(?P<{y}z>\d{{1,4}})(?=\s*[/–-]\s*\d{{1,4}}\s*{c['BCERA']})"
        rf"|(?P<{y}>{c['Y4']})(?:\s*(?P<{era}>{c['ERA']})(?!\w))?"
        rf"|(?<![\d.,])(?P<{y}x>\d{{1,4}})\s*(?P<{era}x>{c['BCERA']})(?!\w))"
    )


def _get_year(m: re.Match[str], g: _Grammar, y: str = "y", era: str = "era") -> tuple[int | None, bool]:
    gd = m.groupdict()
    for yg, eg in ((y, era), ("y3", "era3")):
        if gd.get(yg):
            return _year_of(m, g, yg, eg)
        for alt in ("x", "z"):
            if gd.get(yg + alt):
                return -int(gd[yg + alt]), True
    return None, False


def _mod_of(g: _Grammar, s: str | None, approx: str | None = None) -> str | None:
    if s:
        key = " ".join(s.lower().split())
        if key in g.mods:
            return g.mods[key]
    return "APPROX" if approx else None


def _rel_year(g: _Grammar, adj: str | None) -> int:
    off, _ = g.offset(adj)
    return off or 0


# ---------------------------------------------------------------------------------------------------------------
# German


def _holiday_maker(g: _Grammar) -> Callable[[re.Match[str]], _X | None]:
    """Named days ("Weihnachten 1966", "Easter"), the same in every language: the lexicon says which day."""

    def holiday(m: re.Match[str]) -> _X | None:
        y, era = _get_year(m, g)
        spec = str(g.lex.table("holidays")[" ".join(m["h"].lower().split())])
        return _X(m.start(), m.end(), "date", "holiday", y=y, era=era, holiday=spec)

    return holiday


def _reference_maker(g: _Grammar) -> Callable[[re.Match[str]], _X | None]:
    """References ("wenig später", "in der Folge", "shortly after"); weak ones are not expressions by themselves."""

    def reference(m: re.Match[str]) -> _X | None:
        w = " ".join(m["w"].lower().split())
        if w in g.lex.set("weak_references"):
            return None
        return _X(m.start(), m.end(), "ref", "reference", ref=str(g.lex.table("references").get(w)))

    return reference


def _rules_de(g: _Grammar) -> list[_Rule]:
    c = _common(g)
    D = r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\."
    Dg = r"(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\."
    YEAR = _year_pat(c)
    # "des folgenden Jahres", "des Jahres", and without the article "vergangenen Jahres" ("im September
    # vergangenen Jahres")
    RELY = rf"(?:(?P<rely>des)\s+(?:(?P<yadj>{c['ADJ']})\s+)?|(?P<yadj0>{c['ADJ']})\s+)Jahres"
    YEAR3 = _year_pat(c, "y3", "era3")
    NUM = rf"(?:(?:ein(?:e[nmrs]?)?\s+)?(?:halbe[nmrs]?)|{c['NUMW']}|\d+(?:,5)?)"

    def date_x(m: re.Match[str], kind: str = "date", rule: str = "") -> _X:
        y, era = _get_year(m, g)
        gd = m.groupdict()
        x = _X(m.start(), m.end(), kind, rule, y=y, era=era, bc=bool(y and y < 0))
        x.m = g.month(gd.get("m")) or (g.month(gd.get("m2")) if gd.get("m2") else None)
        if gd.get("d"):
            x.d = int(gd["d"])
        if gd.get("y2") and x.y is None:
            x.y = int(gd["y2"])
        if (gd.get("rely") or gd.get("yadj0")) and x.y is None:
            x.y_off = _rel_year(g, gd.get("yadj") or gd.get("yadj0"))
        return x

    r: list[tuple[str, str, Callable[[re.Match[str]], _X | None], int]] = []

    # 29.12.2021, 1.9.39
    def num_date(m: re.Match[str]) -> _X | None:
        x = _X(m.start(), m.end(), "date", "num_date", m=int(m["mo"]), d=int(m["d"]))
        if len(m["y"]) == 4:
            x.y = int(m["y"])
        else:
            x.yy = int(m["y"])
        return x

    r.append(
        (
            "num_date",
            rf"{_L}(?P<d>[12]\d|3[01]|0?[1-9])\.\s?(?P<mo>1[0-2]|0?[1-9])\.\s?(?P<y>\d{{4}}|\d{{2}})(?![\d])",
            num_date,
            1,
        )
    )
    r.append(
        (
            "iso_date",
            r"(?<![\d-])(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])",
            lambda m: _X(m.start(), m.end(), "date", "iso", y=int(m["y"]), m=int(m["mo"]), d=int(m["d"])),
            1,
        )
    )

    # "Morgen des 22. Juni 1941", "frühen Morgen des 6. Juni", "gegen Abend des 22. Juni", "Nacht vom 16. auf den 17."
    def part_date(m: re.Match[str]) -> _X | None:
        x = date_x(m, "date", "part_date")
        x.part = g.parts.get(m["part"].lower())
        adj = (m["padj"] or "").lower()
        x.mod = "START" if adj.startswith("früh") else "END" if adj.startswith("spät") else None
        if m["approx"]:
            x.mod = "APPROX"
        return x

    PARTD = rf"(?:(?P<approx>gegen)\s+)?(?:(?P<padj>frühe[nmrs]?|späte[nmrs]?)\s+)?(?P<part>{c['PART']})\s+(?:des|vom)\s+"
    r.append(("part_date", rf"{_L}{PARTD}{Dg}\s*(?P<m>{c['MON']})(?:\s+{YEAR}|\s+{RELY})?{_R}", part_date, 2))
    r.append(
        (
            "part_date_next",
            rf"{_L}{PARTD}{Dg}(?=\s*(?:auf|zum|zu|bis|und)\s+(?:den\s+|dem\s+)?{D}\s*"
            rf"(?P<m2>{c['MON']})(?:\s+(?P<y2>(?:1\d{{3}}|20\d{{2}})))?)",
            part_date,
            2,
        )
    )

    # "im Laufe des 18. April", "1. September 1939", "28. September", "Dienstag, den 1. März", "10. Jänner"
    def day_month(m: re.Match[str]) -> _X | None:
        x = date_x(m, "date", "day_month")
        if m.groupdict().get("wd"):
            x.weekday = g.weekdays.get(m["wd"].lower())
        return x

    r.append(
        (
            "day_month",
            rf"{_L}(?:(?:im\s+)?Laufe\s+des\s+)?(?:(?P<wd>{c['WD']}),?\s+(?:de[nm]\s+)?)?{Dg}\s*"
            rf"(?P<m>{c['MON']})(?:\s+{YEAR}|\s+{RELY})?{_R}",
            day_month,
            3,
        )
    )
    # "27./28. September", "zwischen dem 15. und 21. Mai": the first day takes the month of the second
    r.append(
        (
            "day_next",
            rf"{Dg}(?=\s*(?:/|–|-|und|oder|bis|auf)\s*(?:(?:den|dem|zum)\s+)?{D}\s*(?P<m2>{c['MON']})"
            rf"(?:\s+(?P<y2>(?:1\d{{3}}|20\d{{2}}))(?!\d))?)",
            lambda m: date_x(m, "date", "day_next"),
            4,
        )
    )

    # "Anfang August 1964", "Mitte Oktober", "Ende Januar 1945", "März des folgenden Jahres", "Dezember 2022"
    def month(m: re.Match[str]) -> _X | None:
        x = date_x(m, "month", "month")
        x.mod = _mod_of(g, m.groupdict().get("mod"))
        return x

    r.append(
        (
            "month",
            rf"{_L}(?:(?P<mod>{c['MODS']})\s+)?(?P<m>{c['MON']})(?:\s+{YEAR}|\s+{RELY}(?:\s+{YEAR3})?)?{_R}",
            month,
            5,
        )
    )
    r.append(
        (
            "month_next",
            rf"{_L}(?P<m>{c['MON']})(?=\s*(?:/|–|-|und|oder|bis)\s*(?:(?:{c['MODS']})\s+)?"
            rf"{c['MON']}\s+(?P<y2>(?:1\d{{3}}|20\d{{2}}))(?!\d))",
            month,
            4,
        )
    )

    # seasons: "Sommer 1940", "Spätsommer", "des Sommers", "Frühjahr des nächsten Jahres", "Frühsommers 1919"
    def season(m: re.Match[str]) -> _X | None:
        head = m["pre"] or m["s"]
        if head[0].islower():
            return None  # German nouns are capitalised: "winter" is not the season
        x = date_x(m, "season", "season")
        x.season = g.seasons.get(m["s"].lower())
        pre = (m["pre"] or m["sadj"] or "").lower()
        for stem, mod in g.season_mods.items():
            if pre.startswith(stem):
                x.mod = mod
        x.mod = _mod_of(g, m.groupdict().get("mod")) or x.mod
        return x

    r.append(
        (
            "season",
            rf"{_L}(?:(?P<mod>{c['MODS']})\s+(?:des|der)\s+)?(?:(?:des|der|den|dem)\s+)?"
            rf"(?:(?P<sadj>frühe[nmrs]?|späte[nmrs]?)\s+)?(?P<pre>spät|früh)?(?P<s>{c['SEASON']})(?:es|s)?"
            rf"(?:\s+{YEAR}|\s+{RELY}(?:\s+{YEAR3})?)?{_R}",
            season,
            5,
        )
    )

    # halves: "1. Halbjahr", "zweiten Jahreshälfte 1863"
    def half(m: re.Match[str]) -> _X | None:
        x = date_x(m, "season", "half")
        n = (
            int(m["on"])
            if m["on"]
            else int(g.lex.table("ordinals").get(re.sub(r"(e[nmrs]?)$", "", m["ow"].lower()), 0))
        )
        h = g.lex.table("halves").get(m["h"].lower().replace(" ", ""), "H")
        x.half = f"{h}{n}"
        return x

    r.append(
        (
            "half",
            rf"{_L}(?:(?P<on>[1-4])\.\s*|(?P<ow>{c['ORD']})\s+)(?P<h>{c['HALF']})(?:\s+{YEAR}|\s+{RELY})?{_R}",
            half,
            5,
        )
    )

    # years: "Jahr 492 v. Chr.", "um das Jahr 500 v. Chr.", "Ende 2002", "gegen Ende des Jahres 1939", "1939"
    def year_phrase(m: re.Match[str]) -> _X | None:
        y, era = _get_year(m, g)
        x = _X(m.start(), m.end(), "year", "year_phrase", y=y, era=era, bc=bool(y and y < 0))
        x.mod = _mod_of(g, m.groupdict().get("mod"), m.groupdict().get("approx"))
        return x

    r.append(
        (
            "year_phrase",
            rf"{_L}(?:(?P<approx>um|gegen)\s+)?(?:(?:das|dem|des)\s+)?Jahr(?:en|es|e)?\s+{YEAR}",
            year_phrase,
            4,
        )
    )
    r.append(
        (
            "mod_year",
            rf"{_L}(?:(?P<approx>gegen)\s+)?(?P<mod>{c['MODS']})\s+(?:des\s+Jahres\s+)?{YEAR}",
            year_phrase,
            4,
        )
    )

    def mod_rel_year(m: re.Match[str]) -> _X | None:
        x = _X(m.start(), m.end(), "year", "mod_rel_year", y_off=_rel_year(g, m["yadj"]))
        x.mod = _mod_of(g, m["mod"]) or ("APPROX" if m["approx"] else None)
        return x

    r.append(
        (
            "mod_rel_year",
            rf"{_L}(?:(?P<approx>gegen)\s+)?(?P<mod>{c['MODS']})\s+(?:des|dieses)\s+"
            rf"(?:(?P<yadj>{c['ADJ']})\s+)?Jahres(?!\s+\d){_R}",
            mod_rel_year,
            5,
        )
    )

    # "Ende des Monats", "Anfang nächsten Monats": a part of the month of the reference, or of the next
    def mod_rel_month(m: re.Match[str]) -> _X | None:
        off = _rel_year(g, m["madj"]) if m["madj"] else 0
        x = _X(m.start(), m.end(), "relative", "mod_rel_month", rel=("M", off), base="anchor")
        x.mod = _mod_of(g, m["mod"])
        return x

    r.append(
        (
            "mod_rel_month",
            rf"{_L}(?P<mod>{c['MODS']})\s+(?:des|dieses|(?=(?:{c['ADJ']})\s))\s*(?:(?P<madj>{c['ADJ']})\s+)?Monats{_R}",
            mod_rel_month,
            4,
        )
    )

    def year_word(m: re.Match[str]) -> _X | None:
        w = m["w"].lower()
        y, era = _get_year(m, g)
        if w in g.lex.set("year_turn_words") and not y:  # "zum Jahreswechsel": the first day of the next year
            return _X(m.start(), m.end(), "date", "year_word", y_off=1, m=1, d=1)
        if w in g.lex.set("year_start_words"):
            return _X(
                m.start(), m.end(), "year", "year_word", y=y, era=era, y_off=None if y else 0, mod="START"
            )
        return _X(m.start(), m.end(), "year", "year_word", y=y, era=era, y_off=None if y else 0, mod="END")

    r.append(
        (
            "year_word",
            rf"{_L}(?P<w>{_alt(g.lex.words('year_start_words') + g.lex.words('year_end_words') + g.lex.words('year_turn_words'))})"
            rf"(?:\s+{YEAR})?{_R}",
            year_word,
            6,
        )
    )

    def approx_year(m: re.Match[str]) -> _X | None:
        y, era = _get_year(m, g)
        if not era:
            return None  # "etwa 1500" is a quantity unless an era says otherwise
        return _X(m.start(), m.end(), "year", "approx_year", y=y, era=era, bc=bool(y and y < 0), mod="APPROX")

    r.append(("approx_year", rf"{_L}(?:{c['APPROX']})\s+{YEAR}", approx_year, 4))

    def bare_day(m: re.Match[str]) -> _X | None:
        if re.match(r"\s+[A-ZÄÖÜ]", m.string[m.end() : m.end() + 3]):
            return None  # "am 24. Parteitag": an ordinal
        return _X(m.start("d"), m.end(), "date", "bare_day", d=int(m["d"]))

    r.append(
        (
            "bare_day",
            rf"{_L}am\s+(?P<d>[12]\d|3[01]|0?[1-9])\.(?![\d])(?!\s*(?:{c['MON']}|\d|/|und|bis|–|-))",
            bare_day,
            6,
        )
    )
    r.append(
        (
            "this_date",
            rf"{_L}(?:dieses|diesem|demselben|dem\s+selben|dem\s+gleichen)\s+Datums?{_R}",
            lambda m: _X(m.start(), m.end(), "relative", "this_date", rel=("D", 0), base="anchor"),
            5,
        )
    )
    r.append(
        (
            "in_course",
            rf"{_L}Laufe\s+(?:des|dieses)\s+(?P<u>Tages|Monats){_R}",
            lambda m: _X(
                m.start(), m.end(), "relative", "in_course", rel=(g.unit(m["u"]) or "D", 0), base="anchor"
            ),
            5,
        )
    )

    def bare_year(m: re.Match[str]) -> _X | None:
        y, era = _get_year(m, g)
        return _X(m.start(), m.end(), "year", "bare_year", y=y, era=era, bc=bool(y and y < 0))

    r.append(("bare_year", YEAR, bare_year, 7))

    # "1911/12": the second year takes the century of the first
    r.append(
        (
            "short_year",
            r"(?<=\d{4}/)(?P<yy>\d{2})(?![\d])",
            lambda m: _X(m.start(), m.end(), "year", "short_year", yy=int(m["yy"])),
            7,
        )
    )

    # decades and centuries: "den 1930er-Jahren", "die zwanziger Jahre", "Anfang der 460er Jahre", "20. Jahrhunderts"
    def decade(m: re.Match[str]) -> _X | None:
        x = _X(m.start(), m.end(), "decade", "decade", mod=_mod_of(g, m["mod"]))
        if m["dec"]:
            x.decade = int(m["dec"]) // 10
            x.decade_short = len(m["dec"]) < 4
            x.era = False
        else:
            x.decade = int(g.lex.table("decade_words")[m["decw"].lower()])
            x.decade_short = True
        return x

    r.append(
        (
            "decade",
            rf"{_L}(?:(?:den|die|der|des)\s+)?(?:(?P<mod>{c['MODS']})\s+der\s+)?"
            rf"(?:(?P<dec>\d{{2,3}}0)er(?:n|[-\s]?Jahre[n]?)?|(?P<decw>{c['DECW']})\s+Jahre[n]?){_R}",
            decade,
            3,
        )
    )

    def century(m: re.Match[str]) -> _X | None:
        bc = g.is_bc(m["era"])
        return _X(
            m.start(),
            m.end(),
            "century",
            "century",
            century=int(m["c"]) - 1,
            bc=bc,
            era=bool(m["era"]),
            mod=_mod_of(g, m["mod"]),
        )

    r.append(
        (
            "century",
            rf"{_L}(?:(?P<mod>{c['MODS']})\s+des\s+)?(?P<c>\d{{1,2}})\.\s*(?:Jahrhunderts?|Jh\.)"
            rf"(?:\s*(?P<era>{c['ERA']}))?",
            century,
            3,
        )
    )

    # relative to the last date mentioned: "am selben Tag", "im selben Monat", "nächsten Jahr", "des neuen Jahres"
    def adj_unit(m: re.Match[str]) -> _X | None:
        off, anaphoric = g.offset(m["adj"])
        if off is None:
            return None
        u = m["u"].lower()
        unit = g.unit(u) or ("D" if u in g.parts or u == "wochenende" else None)
        if unit is None:
            return None
        start = m.start() if (m["prep"] and off == 0) else m.start("adj")
        x = _X(start, m.end(), "relative", "adj_unit", rel=(unit, off), base="anchor" if anaphoric else "now")
        if u in g.parts:
            x.part = g.parts[u]
        if u == "wochenende":
            x.rel, x.weekday, x.wdir = None, 6, off if off else None
            x.kind = "weekday"
        return x

    r.append(
        (
            "adj_unit",
            rf"{_L}(?:(?P<prep>am|an|im|in)\s+)?(?P<adj>{c['ADJ']})\s+"
            rf"(?P<u>Tag|Tage|Tages|Woche|Wochenende|Monat|Monats|Jahr|Jahres|Abend|Morgen){_R}",
            adj_unit,
            5,
        )
    )

    def fixed_rel(m: re.Match[str]) -> _X | None:
        w = " ".join(m["w"].lower().split())
        table = {"tag darauf": ("D", 1), "tag danach": ("D", 1), "tags darauf": ("D", 1), "folgetag": ("D", 1),
                 "vortag": ("D", -1), "vorabend": ("D", -1), "folgejahr": ("Y", 1), "vorjahr": ("Y", -1),
                 "folgemonat": ("M", 1), "vormonat": ("M", -1), "vorwoche": ("W", -1)}  # fmt: skip
        unit, off = table[w]
        x = _X(m.start(), m.end(), "relative", "fixed_rel", rel=(unit, off), base="anchor")
        if w == "vorabend":
            x.part = "EV"
        return x

    r.append(
        (
            "fixed_rel",
            rf"{_L}(?:am\s+)?(?P<w>Tag\s+darauf|Tag\s+danach|tags\s+darauf|Folgetag|Vortag|Vorabend|"
            rf"Folgejahr|Vorjahr|Folgemonat|Vormonat|Vorwoche)(?:es|s)?{_R}",
            fixed_rel,
            4,
        )
    )

    # "einen Tag später", "zwei Tage später", "ein halbes Jahr später", "drei Monate zuvor", "wenige Tage später"
    def n_unit_dir(m: re.Match[str]) -> _X | None:
        unit = g.unit(m["u"])
        sign = 1 if re.fullmatch(c["AFTER"], m["dir"], re.I) else -1
        if unit is None:
            return None
        n = g.number(m["n"]) if m["n"] else None
        x = _X(m.start(), m.end(), "relative", "n_unit_dir", base="anchor")
        if n is None:
            x.kind, x.ref = "ref", ("FUTURE_REF" if sign > 0 else "PAST_REF")
            x.vague = True
            if not m["n"]:  # "Jahre zuvor": a vague duration in TIMEX2
                x.kind, x.ref, x.duration = "duration", None, f"PX{unit}"
            return x
        x.rel = (unit, sign * n)
        return x

    r.append(
        (
            "n_unit_dir",
            rf"{_L}(?:(?P<n>{NUM}|{c['VAGUE']})\s+)?(?P<u>{c['UNIT']})\s+(?P<dir>{c['AFTER']}|{c['BEFORE']}){_R}",
            n_unit_dir,
            3,
        )
    )

    # "nach zwei Tagen" (a point after the last date); "fünf Tage nach der Landung"
    def after_n_days(m: re.Match[str]) -> _X | None:
        n = g.number(m["n"])
        if n is None or re.match(r"\s+[A-ZÄÖÜ]", m.string[m.end() : m.end() + 3]):
            return None  # "nach 77 Tagen Belagerung": a duration
        return _X(m.start(), m.end(), "relative", "after_n_days", rel=("D", n), base="anchor")

    r.append(("after_n_days", rf"{_L}nach\s+(?P<n>{NUM})\s+Tagen{_R}", after_n_days, 4))

    # deictic: "gestern", "heute", "morgen", "gestern Abend", "vorgestern"
    def deictic(m: re.Match[str]) -> _X | None:
        w = m["w"]
        if (
            w.lower() == "morgen" and w[0].isupper()
        ):  # "am Morgen" is the noun; "Morgen reist Scholz …" the adverb
            before = m.string[max(0, m.start() - 3) : m.start()]
            opens = not before.strip() or before.rstrip()[-1:] in '.!?:"„“»'
            if not opens or not re.match(r"\s+[a-zäöü]", m.string[m.end() : m.end() + 3]):
                return None
        n = int(g.lex.table("deictic_days")[w.lower()])
        x = _X(m.start(), m.end(), "relative", "deictic", rel=("D", n), base="now")
        if m["part"]:
            x.part = g.parts.get(m["part"].lower().strip())
        return x

    r.append(
        (
            "deictic",
            rf"{_L}(?P<w>{c['DEICTIC']})(?:\s*(?P<part>abend|früh|nachmittag|vormittag|mittag|nacht)"
            rf"|(?P<part2>abend|früh|nachmittag|vormittag|mittag|nacht))?{_R}",
            lambda m: _fix_part(deictic(m), m, g),
            4,
        )
    )

    # "vor einigen Wochen", "vor drei Tagen", "vor zwei Jahren"
    def ago(m: re.Match[str]) -> _X | None:
        unit = g.unit(m["u"])
        if unit is None:
            return None
        n = g.number(m["n"])
        x = _X(m.start(), m.end(), "relative", "ago", base="now")
        if n is None:
            x.rel, x.vague, x.mod = (unit, -3), True, "APPROX"
        else:
            x.rel = (unit, -n)
        return x

    r.append(
        (
            "ago",
            rf"{_L}vor\s+(?:(?:rund|etwa|knapp|fast|gut|über)\s+)?(?P<n>{NUM}|{c['VAGUE']})\s+"
            rf"(?P<u>Tagen|Wochen|Monaten|Jahren|Jahrzehnten){_R}",
            ago,
            3,
        )
    )

    # weekdays: "am Dienstag", "Donnerstagabend", "vergangenen Freitag", "in der Nacht zu Dienstag"
    def weekday(m: re.Match[str]) -> _X | None:
        x = _X(m.start(), m.end(), "weekday", "weekday", weekday=g.weekdays[m["wd"].lower()])
        if m["part"]:
            x.part = g.parts.get(m["part"].lower())
        if m["night"]:
            x.part = "NI"
        off, _ = g.offset(m["adj"])
        x.wdir = off if off else None
        if m["wk"]:
            # "am Montag vergangener Woche", "Dienstag dieser Woche": the weekday of that calendar week
            x.week, _ = g.offset(m["wk"])
        return x

    r.append(
        (
            "weekday",
            rf"{_L}(?:(?P<night>in\s+der\s+Nacht\s+(?:zu|zum|auf)(?:\s+den)?)\s+)?(?:(?P<adj>{c['ADJ']})\s+)?"
            rf"(?P<wd>{c['WD']})(?P<part>{c['PART']})?(?:\s+(?:der\s+)?(?P<wk>{c['ADJ']})\s+Woche)?{_R}",
            weekday,
            5,
        )
    )

    # durations: "15 Tage", "drei Jahre", "mehr als drei Tagen", "etwa zwanzig Tagen", "wenige Tage", "48 Stunden"
    def duration(m: re.Match[str]) -> _X | None:
        unit = g.unit(m["u"])
        if unit is None:
            return None
        n = g.number(m["n"]) if m["n"] else None
        x = _X(m.start(), m.end(), "duration", "duration")
        if m["q"]:
            q = " ".join(m["q"].lower().split())
            x.mod = ("MORE_THAN" if q in g.lex.set("more_than_words") else
                     "LESS_THAN" if q in g.lex.set("less_than_words") else "APPROX")  # fmt: skip
        x.duration = _duration_value(unit, n)
        x.vague = n is None
        return x

    r.append(
        (
            "duration",
            rf"{_L}(?:(?P<q>{c['MORE']}|{c['LESS']}|{c['APPROX']})\s+)?"
            rf"(?:(?P<adj>(?:erste|letzte|nächste|folgende|vergangene|kommende)[nmrs]?)\s+)?"
            rf"(?P<n>{NUM}|{c['VAGUE']})\s+(?:(?:ganze[nmrs]?|volle[nmrs]?)\s+)?(?P<u>{c['UNIT']}){_R}",
            duration,
            6,
        )
    )
    r.append(
        (
            "duration_adj",
            rf"{_L}(?:(?:den|die|der)\s+)?(?P<adj>(?:folgende|nächste|erste|letzte|frühe|"
            rf"kommende|vergangene|ersten)[nr]?)\s+(?P<u>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|"
            rf"Jahrzehnte|Jahrzehnten){_R}",
            lambda m: _X(
                m.start(), m.end(), "duration", "duration_adj", duration=f"PX{g.unit(m['u'])}", vague=True
            ),
            6,
        )
    )

    def unit_adjective(m: re.Match[str]) -> _X | None:
        stem = m["u"].lower()
        unit = g.lex.table("unit_adjectives").get(stem)
        n = g.number(m["n"]) if m["n"] else None
        if m["n"] and n is None:
            return None
        return _X(
            m.start(),
            m.end(),
            "duration",
            "unit_adjective",
            duration=_duration_value(unit, n),
            vague=n is None,
        )

    r.append(
        (
            "unit_adjective",
            rf"{_L}(?P<n>\d+|{c['NUMW']})-?(?P<u>{_alt(g.lex.words('unit_adjectives'))})"
            rf"(?:e[nmrs]?)?{_R}",
            unit_adjective,
            5,
        )
    )
    r.append(
        (
            "unit_compound",
            rf"{_L}(?P<n>\d+|{c['NUMW']})-(?P<u>Tage|Wochen|Monate|Jahre)(?=[-\s])",
            lambda m: _X(
                m.start(),
                m.end(),
                "duration",
                "unit_compound",
                duration=_duration_value(g.unit(m["u"]), g.number(m["n"])),
            ),
            5,
        )
    )
    r.append(
        (
            "vague_adjective",
            rf"{_L}(?P<u>{_alt(g.lex.words('vague_unit_adjectives'))})(?:e[nmrs]?)?{_R}",
            lambda m: _X(
                m.start(),
                m.end(),
                "duration",
                "vague_adjective",
                vague=True,
                duration="PX" + str(g.lex.table("vague_unit_adjectives")[m["u"].lower()]),
            ),
            5,
        )
    )
    r.append(
        (
            "whole_year",
            rf"{_L}ganzjährig(?:e[nmrs]?)?{_R}",
            lambda m: _X(m.start(), m.end(), "duration", "whole_year", duration="P1Y"),
            5,
        )
    )
    r.append(
        (
            "decades",
            rf"{_L}(?:seit\s+)?(?P<u>Jahrzehnte[n]?|Folgejahre[n]?){_R}",
            lambda m: _X(
                m.start(),
                m.end(),
                "duration",
                "decades",
                vague=True,
                duration="PXDE" if m["u"].lower().startswith("jahrz") else "PXY",
            ),
            6,
        )
    )

    # clock times: "4:45 Uhr", "4 Uhr 45", "23:00 Uhr mitteleuropäischer Zeit", "7 Uhr"
    def clock(m: re.Match[str]) -> _X | None:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        tz = (m["tz"] or "").lower()
        zone = (
            "+02"
            if ("sommer" in tz or "mesz" in tz)
            else "+01"
            if tz and ("mitteleurop" in tz or "mez" in tz)
            else ""
        )
        return _X(
            m.start(),
            m.end(),
            "time",
            "clock",
            clock=f"{h:02d}:{mi:02d}{zone}",
            mod="APPROX" if m["approx"] else None,
        )

    TZ = r"(?:\s+(?P<tz>mitteleuropäischer\s+(?:Sommer)?zeit|MEZ|MESZ|Ortszeit))?"
    r.append(
        (
            "clock",
            rf"{_L}(?:(?P<approx>gegen)\s+)?(?P<h>[01]?\d|2[0-4])[:.](?P<mi>[0-5]\d)\s*Uhr{TZ}",
            clock,
            3,
        )
    )
    r.append(
        (
            "clock_h",
            rf"{_L}(?:(?P<approx>gegen)\s+)?(?P<h>[01]?\d|2[0-4])\s+Uhr(?:\s+(?P<mi>[0-5]\d)(?![\d.]))?{TZ}",
            clock,
            4,
        )
    )

    # parts of the day on their own: "am Abend", "gegen Abend", "gleichen Abend", "nachts", "in der Nacht"
    def part_alone(m: re.Match[str]) -> _X | None:
        p = m["part"]
        if p[0].islower() and p.lower() not in g.lex.table("day_part_adverbs"):
            return None
        part = g.parts.get(p.lower()) or g.lex.table("day_part_adverbs").get(p.lower())
        x = _X(
            m.start(),
            m.end(),
            "time",
            "part_alone",
            rel=("D", 0),
            base="anchor",
            part=part,
            mod="APPROX" if m["approx"] else None,
        )
        return x

    r.append(
        (
            "part_alone",
            rf"{_L}(?:(?P<approx>gegen)\s+|am\s+|in\s+der\s+)?(?P<part>Abend|Nacht|"
            rf"{_alt(g.lex.words('day_part_adverbs'))}){_R}",
            part_alone,
            7,
        )
    )

    # named days: "Weihnachten 1966", "Ostern"
    r.append(("holiday", rf"{_L}(?P<h>{c['HOLI']})(?:\s+{YEAR})?{_R}", _holiday_maker(g), 5))

    # references: "heute" (narratives), "wenig später", "kurz zuvor", "in der Folge", "ab diesem Zeitpunkt"
    r.append(("reference", rf"{_L}(?:(?:ab|von|zu|seit)\s+)?(?P<w>{c['REFS']}){_R}", _reference_maker(g), 8))

    return [_Rule(name, re.compile(p, re.I), make, prio) for name, p, make, prio in r]


def _fix_part(x: _X | None, m: re.Match[str], g: _Grammar) -> _X | None:
    if x is not None and not x.part and m.groupdict().get("part2"):
        x.part = g.parts.get(m["part2"].lower())
    return x


def _duration_value(unit: str | None, n: float | None) -> str | None:
    if unit is None:
        return None
    if n is None:
        return "PTXH" if unit == "H" else "PTXM" if unit == "MIN" else f"PX{unit}"
    if unit in ("H", "MIN"):
        if unit == "H" and n >= 24 and n % 24 == 0:
            return f"P{int(n // 24)}D"
        return f"PT{_num(n)}{'H' if unit == 'H' else 'M'}"
    if n != int(n):  # "anderthalb Jahre" → P1Y6M, "ein halbes Jahr" → P6M
        if unit == "Y":
            months = round(n * 12)
            return f"P{months // 12}Y{months % 12}M" if months >= 12 else f"P{months}M"
        if unit == "M":
            return f"P{round(n * 30)}D"
    return f"P{_num(n)}{unit}"


def _num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


# ---------------------------------------------------------------------------------------------------------------
# English


def _rules_en(g: _Grammar) -> list[_Rule]:
    c = _common(g)
    YEAR = _year_pat(c)
    DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    NUM = rf"(?:{c['NUMW']}|\d+)"
    r: list[tuple[str, str, Callable[[re.Match[str]], _X | None], int]] = []

    def date_x(m: re.Match[str], kind: str, rule: str) -> _X:
        y, era = _get_year(m, g)
        gd = m.groupdict()
        x = _X(m.start(), m.end(), kind, rule, y=y, era=era, bc=bool(y and y < 0))
        x.m = g.month(gd.get("m"))
        if gd.get("d"):
            x.d = int(gd["d"])
        if gd.get("wd"):
            x.weekday = g.weekdays.get(gd["wd"].lower())
        x.mod = _mod_of(g, gd.get("mod"))
        return x

    r.append(
        (
            "iso_date",
            r"(?<![\d-])(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])",
            lambda m: _X(m.start(), m.end(), "date", "iso", y=int(m["y"]), m=int(m["mo"]), d=int(m["d"])),
            1,
        )
    )
    WDP = rf"(?:(?P<wd>{c['WD']}),?\s+)?"
    r.append(
        (
            "month_day",
            rf"{_L}{WDP}(?P<m>{c['MON']})\s+{DAY}(?:,?\s+{YEAR})?{_R}",
            lambda m: date_x(m, "date", "month_day"),
            3,
        )
    )
    r.append(
        (
            "day_month",
            rf"{_L}{WDP}(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<m>{c['MON']})(?:,?\s+{YEAR})?{_R}",
            lambda m: date_x(m, "date", "day_month"),
            3,
        )
    )
    r.append(
        (
            "month",
            rf"{_L}(?:(?:the\s+)?(?P<mod>{c['MODS']})[\s-]*)?(?P<m>{c['MON']})(?:,?\s+(?:of\s+)?{YEAR})?{_R}",
            lambda m: date_x(m, "month", "month"),
            5,
        )
    )

    def season(m: re.Match[str]) -> _X | None:
        # "fall" is a verb or a downfall unless something makes it the season: "in the fall", "last fall",
        # "fall 2023", "late fall" (any English season word used to end in an error here, which cost its whole
        # paragraph its times)
        bare = not (m["smod"] or m["sadj"] or m.groupdict().get("y"))
        if (
            m["s"].lower() == "fall"
            and bare
            and (
                not re.search(r"\b(?:the|in|this|of)\s+$", m.string[: m.start()])
                or re.match(r"\s+of\s+\D", m.string[m.end() :])  # "the fall of Kabul"
            )
        ):
            return None
        x = date_x(m, "season", "season")
        x.season = g.seasons.get(m["s"].lower())
        if m["smod"]:
            x.mod = g.season_mods.get(m["smod"].lower()) or _mod_of(g, m["smod"])
        adj = m["sadj"]
        if adj:
            x.y_off, _ = g.offset(adj)
        return x

    r.append(
        (
            "season",
            rf"{_L}(?:(?:the\s+)?(?P<smod>{c['MODS']})[\s-]*)?(?:(?P<sadj>last|next|this|that|the\s+following)\s+)?"
            rf"(?P<s>{c['SEASON']})(?:\s+(?:of\s+)?{YEAR})?{_R}",
            season,
            5,
        )
    )

    def year_phrase(m: re.Match[str]) -> _X | None:
        y, era = _get_year(m, g)
        return _X(
            m.start(),
            m.end(),
            "year",
            "year",
            y=y,
            era=era,
            bc=bool(y and y < 0),
            mod=_mod_of(g, m.groupdict().get("mod")),
        )

    r.append(("mod_year", rf"{_L}(?:the\s+)?(?P<mod>{c['MODS']})[\s-]*{YEAR}", year_phrase, 4))
    r.append(("year_phrase", rf"{_L}(?:the\s+)?year\s+{YEAR}", year_phrase, 4))
    r.append(("bare_year", YEAR, year_phrase, 7))

    def decade(m: re.Match[str]) -> _X | None:
        x = _X(m.start(), m.end(), "decade", "decade", mod=_mod_of(g, m["mod"]))
        if m["dec"]:
            x.decade = int(m["dec"]) // 10
            x.decade_short = len(m["dec"]) < 4
        else:
            x.decade = int(g.lex.table("decade_words")[m["decw"].lower()])
            x.decade_short = True
        return x

    r.append(
        (
            "decade",
            rf"{_L}(?:the\s+)?(?:(?P<mod>{c['MODS']})[\s-]*)?(?:(?P<dec>\d{{2,3}}0)'?s|'?(?P<decw>{c['DECW']})){_R}",
            decade,
            3,
        )
    )
    r.append(
        (
            "century",
            rf"{_L}(?:the\s+)?(?:(?P<mod>{c['MODS']})[\s-]*)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century"
            rf"(?:\s*(?P<era>{c['ERA']}))?",
            lambda m: _X(
                m.start(),
                m.end(),
                "century",
                "century",
                century=int(m["c"]) - 1,
                bc=g.is_bc(m["era"]),
                era=bool(m["era"]),
                mod=_mod_of(g, m["mod"]),
            ),
            3,
        )
    )

    def adj_unit(m: re.Match[str]) -> _X | None:
        off, anaphoric = g.offset(m["adj"])
        if off is None:
            return None
        u = m["u"].lower()
        if u == "weekend":
            return _X(m.start(), m.end(), "weekday", "adj_unit", weekday=6, wdir=off or None)
        unit = g.unit(u) or ("D" if u in g.parts else None)
        if unit is None:
            return None
        x = _X(
            m.start(), m.end(), "relative", "adj_unit", rel=(unit, off), base="anchor" if anaphoric else "now"
        )
        if u in g.parts:
            x.part = g.parts[u]
        return x

    r.append(
        (
            "adj_unit",
            rf"{_L}(?:the\s+)?(?P<adj>{c['ADJ']}|that)\s+(?P<u>day|week|weekend|month|year|morning|evening|night){_R}",
            adj_unit,
            5,
        )
    )

    # "at the end of the month", "by the end of next year": a part of the reference's month or year (or the next)
    def mod_rel_unit(m: re.Match[str]) -> _X | None:
        off = _rel_year(g, m["madj"]) if m["madj"] else 0
        x = _X(
            m.start(), m.end(), "relative", "mod_rel_unit", rel=(g.unit(m["u"]) or "M", off), base="anchor"
        )
        x.mod = _mod_of(g, m["mod"])
        return x

    r.append(
        (
            "mod_rel_unit",
            rf"{_L}(?:the\s+)?(?P<mod>beginning\s+of|start\s+of|middle\s+of|end\s+of)\s+"
            rf"(?:the\s+|this\s+|(?P<madj>next|last)\s+)(?P<u>month|year){_R}",
            mod_rel_unit,
            4,
        )
    )
    r.append(
        (
            "that_unit",
            rf"{_L}(?P<adj>that)\s+(?P<u>day|month|year){_R}",
            lambda m: _X(
                m.start(), m.end(), "relative", "that_unit", rel=(g.unit(m["u"]) or "D", 0), base="anchor"
            ),
            4,
        )
    )

    def n_unit_dir(m: re.Match[str]) -> _X | None:
        unit = g.unit(m["u"])
        if unit is None:
            return None
        later = re.fullmatch(c["AFTER"], m["dir"], re.I) is not None
        n = g.number(m["n"])
        base = "now" if m["dir"].lower() == "ago" else "anchor"
        x = _X(m.start(), m.end(), "relative", "n_unit_dir", base=base)
        if n is None:
            if base == "now":
                x.rel, x.vague, x.mod = (unit, -3), True, "APPROX"
            else:
                x.kind, x.ref, x.vague = "ref", ("FUTURE_REF" if later else "PAST_REF"), True
            return x
        x.rel = (unit, n if later else -n)
        return x

    r.append(
        (
            "n_unit_dir",
            rf"{_L}(?P<n>{NUM}|{c['VAGUE']})\s+(?P<u>{c['UNIT']})\s+(?P<dir>ago|{c['AFTER']}|{c['BEFORE']}){_R}",
            n_unit_dir,
            3,
        )
    )

    def deictic(m: re.Match[str]) -> _X | None:
        w = m["w"].lower()
        n = int(g.lex.table("deictic_days")[w])
        x = _X(m.start(), m.end(), "relative", "deictic", rel=("D", n), base="now")
        if w == "tonight":
            x.part = "NI"
        if m["part"]:
            x.part = g.parts.get(m["part"].lower())
        return x

    r.append(
        (
            "deictic",
            rf"{_L}(?P<w>{c['DEICTIC']})(?:\s+(?P<part>morning|afternoon|evening|night))?{_R}",
            deictic,
            4,
        )
    )

    def weekday(m: re.Match[str]) -> _X | None:
        x = _X(m.start(), m.end(), "weekday", "weekday", weekday=g.weekdays[m["wd"].lower()])
        if m["part"]:
            x.part = g.parts.get(m["part"].lower())
        off, _ = g.offset(m["adj"])
        x.wdir = off if off else None
        return x

    r.append(
        (
            "weekday",
            rf"{_L}(?:(?P<adj>last|next|this|coming|past)\s+)?(?P<wd>{c['WD']})(?:\s+(?P<part>{c['PART']}))?{_R}",
            weekday,
            5,
        )
    )

    def duration(m: re.Match[str]) -> _X | None:
        unit = g.unit(m["u"])
        n = g.number(m["n"])
        x = _X(m.start(), m.end(), "duration", "duration", duration=_duration_value(unit, n), vague=n is None)
        if m["q"]:
            q = " ".join(m["q"].lower().split())
            x.mod = ("MORE_THAN" if q in g.lex.set("more_than_words") else
                     "LESS_THAN" if q in g.lex.set("less_than_words") else "APPROX")  # fmt: skip
        return x

    r.append(
        (
            "duration",
            rf"{_L}(?:(?P<q>{c['MORE']}|{c['LESS']}|{c['APPROX']})\s+)?(?P<n>{NUM}|{c['VAGUE']})\s+"
            rf"(?P<u>{c['UNIT']}){_R}",
            duration,
            6,
        )
    )

    def clock(m: re.Match[str]) -> _X | None:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        if m["ap"] and m["ap"].lower().startswith("p") and h < 12:
            h += 12
        return _X(m.start(), m.end(), "time", "clock", clock=f"{h:02d}:{mi:02d}")

    r.append(
        (
            "clock",
            rf"{_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![\w])",
            clock,
            3,
        )
    )

    r.append(("holiday", rf"{_L}(?P<h>{c['HOLI']})(?:\s+{YEAR})?{_R}", _holiday_maker(g), 5))

    r.append(("reference", rf"{_L}(?P<w>{c['REFS']}){_R}", _reference_maker(g), 8))
    return [_Rule(name, re.compile(p, re.I), make, prio) for name, p, make, prio in r]


# ================================================================================================================
# scanning: all rules, longest match first, then filters


def _scan(text: str, language: str) -> list[_X]:
    g = _grammar(language)
    cands: list[tuple[int, int, int, _X]] = []
    for rule in g.rules:
        for m in rule.pattern.finditer(text):
            if m.end() - m.start() < 2:
                continue
            x = rule.make(m)
            if x is None or x.end - x.start < 2:
                continue
            cands.append((-(x.end - x.start), rule.priority, x.start, x))
    cands.sort(key=lambda t: t[:3])
    taken: list[tuple[int, int]] = []
    out: list[_X] = []
    for _, _, _, x in cands:
        i = bisect.bisect_left(taken, (x.start, x.start))
        if (i > 0 and taken[i - 1][1] > x.start) or (i < len(taken) and taken[i][0] < x.end):
            continue
        if not _plausible(text, x, g):
            continue
        _attach_preposition(text, x, g)
        bisect.insort(taken, (x.start, x.end))
        out.append(x)
    out.sort(key=lambda x: x.start)
    return out


#: Capitalised English words that can stand right before a year that is a year ("In 2000 troops …").
_EN_FUNCTION_WORDS = {"in", "by", "since", "from", "until", "till", "after", "before", "during", "of", "at", "on",
                      "through", "around", "about", "and", "but", "or", "the", "to", "for", "as", "then",
                      "early", "late", "mid", "fiscal", "summer", "winter", "spring", "autumn", "fall"}  # fmt: skip


def _year_after_preposition(text: str, x: _X) -> bool:
    """ "In 2014 troops entered Crimea": a year of our era after an English preposition of time is a year, even
    before a noun that numbers usually count."""
    if not re.fullmatch(r"(?:19|20)\d\d", text[x.start : x.end]):
        return False
    before = text[max(0, x.start - 8) : x.start]
    return re.search(r"(?:^|\s)(?:in|since|by|until|from|after|before|during)\s+$", before, re.I) is not None


def _plausible(text: str, x: _X, g: _Grammar) -> bool:
    """Filters that need context: numbers that are quantities, month names that are ordinary words."""
    # (English bare years carry the rule "year", as "early 2022" does)
    bare = x.rule in ("bare_year", "short_year") or (x.rule == "year" and text[x.start : x.end].isdigit())
    if bare and not x.era:
        after = text[x.end : x.end + 2]
        if after[:1] in (".", ",") and after not in (". ", ", ", ".", ",") and not after[1:2].isspace():
            return False  # "10.000", "2015,5"
        nxt = re.match(r"[ \t]*([\w%€$]+)", text[x.end : x.end + 30])
        en_year = g.lex.language == "en" and _year_after_preposition(text, x)
        if nxt and nxt.group(1).lower() in g.quantity_nouns and not en_year:
            return False  # "1200 Soldaten"
        time_prep = re.search(r"(?:^|\s)(?:bis|seit|ab)\s+$", text[max(0, x.start - 8) : x.start], re.I)
        if (
            nxt
            and g.lex.language == "de"
            and not time_prep
            and nxt.group(1)[0].isupper()
            and _common_noun(nxt.group(1))
        ):
            return False  # "1370 Landungsboote": a number before a common noun counts it ("1940 Frankreich" is fine)
        if g.quantity_cues and g.quantity_cues.search(text[max(0, x.start - 25) : x.start]):
            return False  # "rund 1500", "etwa 1200"
        before = text[max(0, x.start - 6) : x.start]
        if re.search(r"(Nr\.|No\.|§|Art\.)\s*$", before):
            return False
        if g.lex.language == "en" and nxt and nxt.group(1).isalpha() and nxt.group(1).islower():
            name = re.search(r"(?:^|\s)([A-Z][\w-]*) $", text[max(0, x.start - 30) : x.start])
            if name and name.group(1).lower() not in _EN_FUNCTION_WORDS:
                # "Mirage 2000 jets", "Euro 2024 tournament": a name's number (a month would have taken the year
                # into a longer expression: "March 2022 talks")
                return False
    if x.kind == "month" and x.y is None and x.d is None and x.mod is None:
        word = text[x.start : x.end]
        ambiguous = g.lex.set("ambiguous_months")
        prep = g.prepositions.search(text[max(0, x.start - 20) : x.start]) if g.prepositions else None
        if word.lower() in ambiguous and not prep and x.rule != "month_next":
            return False
        if g.lex.language == "en" and word.lower() in ambiguous and word[0].islower():
            return False
        if g.lex.language == "de" and word[0].islower():
            return False
    return not (
        x.kind == "weekday" and g.lex.language == "de" and text[x.start : x.end].split()[-1][0].islower()
    )


@lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    """Whether a capitalised German word is a common noun (STTS NN), not a name, by Chronik's tagger."""
    if word.lower() in lexicon("de").set("months") | lexicon("de").set("seasons") | lexicon("de").set(
        "weekdays"
    ):
        return False
    try:
        from chronik.nlp import analyzer

        (_, pos), *_ = analyzer("de").tag_tokens([word])
    except Exception:  # no tagger: keep the year
        return False
    return pos == "NN"


def _attach_preposition(text: str, x: _X, g: _Grammar) -> None:
    x.pstart = x.start
    if g.prepositions is None:
        return
    m = g.prepositions.search(text[max(0, x.start - 16) : x.start])
    if m:
        x.prep = " ".join(m.group(1).lower().split())
        x.pstart = x.start - (len(text[max(0, x.start - 16) : x.start]) - m.start(1))


# ================================================================================================================
# find(): the spans, with the values they give by themselves


_FIND_KINDS = {"date", "month", "weekday", "relative", "year", "season", "decade", "century"}


def find(text: str, *, language: str, year: int | None = None) -> list[Timex]:
    """Time expressions in ``text``, longest first where they overlap, in text order.

    Spans include the preposition in front ("am Dienstag", "seit 2014"). ``year`` (the publication year) completes
    day-and-month dates ("am 20. Januar") when they give no year. Relative expressions keep ``value=None``: use
    :func:`resolve` for them.
    """
    if language not in ("de", "en"):
        return []
    out: list[Timex] = []
    for x in _scan(text, language):
        if x.kind not in _FIND_KINDS or x.ref:
            continue
        kind = "date" if x.kind == "date" else "month" if x.kind == "season" else x.kind
        value: str | None = None
        if x.rel is None and x.y_off is None and x.weekday is None and not x.holiday:
            value = _absolute_value(x, year)
        elif x.holiday and (x.y is not None or year):
            value = _holiday_value(x.holiday, x.y if x.y is not None else year)
        a = x.pstart if x.pstart >= 0 else x.start
        out.append(Timex(a, x.end, text[a : x.end], kind, value, x.mod, value, x.prep))
    return out


def _absolute_value(x: _X, year: int | None) -> str | None:
    y = x.y if x.y is not None else None
    if x.yy is not None:
        return None
    try:
        if x.kind == "date" and x.m and x.d:
            yy = y if y is not None else year
            return str(PartialDate.parse(f"{yy:04d}-{x.m:02d}-{x.d:02d}")) if yy and yy > 0 else None
        if x.kind in ("month",) and x.m and y and y > 0:
            return f"{y:04d}-{x.m:02d}"
        if x.kind in ("year", "season") and y and y > 0:
            return f"{y:04d}"
    except ValueError:
        return None
    return None


def _holiday_value(spec: str, year: int | None) -> str | None:
    if year is None or year <= 0:
        return None
    if spec.startswith("easter"):
        off = int(spec[6:] or 0)
        return (_easter(year) + timedelta(days=off)).isoformat()
    return f"{year:04d}-{spec}"


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lx) // 451
    month = (h + lx - 7 * m + 114) // 31
    day = (h + lx - 7 * m + 114) % 31 + 1
    return date(y, month, day)


# ================================================================================================================
# resolve(): values against a reference date or the dates mentioned before


@dataclass(frozen=True, slots=True)
class _Point:
    """A resolved calendar point: a signed year, maybe a month, maybe a day."""

    y: int
    m: int | None = None
    d: int | None = None

    @property
    def gran(self) -> int:
        return 3 if self.d else 2 if self.m else 1

    def iso(self) -> str:
        ys = f"BC{-self.y:04d}" if self.y < 0 else f"{self.y:04d}"
        if self.d:
            return f"{ys}-{self.m:02d}-{self.d:02d}"
        if self.m:
            return f"{ys}-{self.m:02d}"
        return ys

    def calendar(self) -> str | None:
        """The value for ``Timex.value``: only years 1–9999 (PartialDate cannot hold BC years)."""
        return self.iso() if 0 < self.y <= 9999 else None

    def as_date(self) -> date:
        return date(self.y, self.m or 1, self.d or 1)


def _to_point(ref: PartialDate | str | None) -> _Point | None:
    if ref is None:
        return None
    if isinstance(ref, str):
        ref = PartialDate.parse(ref)
    return _Point(ref.year, ref.month, ref.day)


def _add(p: _Point, unit: str, n: float) -> _Point | None:
    """``p`` shifted by ``n`` units, keeping a sensible precision (weeks and days need a day; months a month)."""
    try:
        if unit in ("D", "W", "H", "MIN"):
            if p.d is None or p.y <= 0:
                return None
            days = n * 7 if unit == "W" else n if unit == "D" else 0
            q = p.as_date() + timedelta(days=round(days))
            return _Point(q.year, q.month, q.day)
        if unit == "M":
            if n != int(n):
                return _add(p, "D", n * 30)
            if p.m is None:
                return None
            k = p.y * 12 + (p.m - 1) + int(n)
            y, m = divmod(k, 12)
            if p.d is not None and n == int(n) and abs(n) < 1:
                return _Point(y, m + 1, p.d)
            return _Point(y, m + 1)
        if unit == "Y":
            if n != int(n):
                return _add(_Point(p.y, p.m or 6, p.d), "M", round(n * 12)) if p.m else None
            return _Point(p.y + int(n))
        if unit == "DE":
            return _Point(p.y + int(n) * 10)
    except (ValueError, OverflowError):
        return None
    return None


class _History:
    """The calendar points mentioned so far, to anchor anaphoric expressions on (HeidelTime's "last mentioned")."""

    def __init__(self) -> None:
        self.points: list[_Point] = []

    def add(self, p: _Point | None) -> None:
        if p is not None:
            self.points.append(p)

    def last(self, gran: int = 1) -> _Point | None:
        """The most recent point at least as precise as ``gran`` (1 year, 2 month, 3 day) that agrees with the most
        recent point of all: after "22. Juni 1941 … im Sommer 1943", "am selben Tag" has no day to refer to."""
        if not self.points:
            return None
        latest = self.points[-1]
        for p in reversed(self.points):
            if p.gran >= gran:
                if p.y == latest.y and (latest.m is None or p.m == latest.m):
                    return p
                return None
        return None

    def last_precise(self, gran: int) -> _Point | None:
        """The most recent point at least as precise as ``gran``, whatever came after it."""
        return next((p for p in reversed(self.points) if p.gran >= gran), None)


_UNIT_GRAN = {"D": 3, "W": 3, "H": 3, "MIN": 3, "M": 2, "Y": 1, "DE": 1}


def resolve(
    text: str, *, language: str, reference: PartialDate | str | None = None, tense: bool = True
) -> list[Timex]:
    """Time expressions of ``text`` with their values resolved against ``reference`` (see the module docstring).

    ``reference`` is the publication date (a :class:`~chronik.dates.PartialDate` or ``YYYY[-MM[-DD]]``), or None
    for a narrative: then relative expressions anchor on the most recent date mentioned before them. ``tense=False``
    skips the linguistic analysis of tense (no analyzer is loaded; underspecified dates take the nearest
    occurrence).
    """
    if language not in ("de", "en"):
        return []
    ref = _to_point(reference)
    xs = _scan(text, language)
    _share_years(text, xs)
    hist = _History()
    out: list[Timex] = []
    tense_of = _TenseCache(text, language) if (tense and ref is not None) else None
    for i, x in enumerate(xs):
        last = hist.last(1)
        if x.rule == "bare_year" and not x.era and last is not None and last.y < 0 < (x.y or 0):
            continue  # a four-digit number in a text about years before Christ is a quantity ("1207 Schiffe")
        t = _resolve_one(text, x, xs, i, ref, hist, tense_of, language)
        out.append(t)
    return out


_COORD = re.compile(
    r"^\s*(?:und|oder|bis|sowie|/|–|-|and|or|to|through)\s*(?:(?:zum|zur|den|dem|the)\s+)?$", re.I
)


def _share_years(text: str, xs: list[_X]) -> None:
    """A month or season without a year takes the year of the expression it is coordinated with ("im Spätsommer
    und Herbst 1940", "Im März und April 1943")."""
    for i in range(len(xs) - 2, -1, -1):
        x, nx = xs[i], xs[i + 1]
        if x.y is not None or x.y_off is not None or x.yy is not None or not (x.m or x.season or x.half):
            continue
        if nx.y is None or nx.kind not in ("date", "month", "season", "year"):
            continue
        if _COORD.match(text[x.end : nx.start]):
            x.y, x.bc, x.era = nx.y, nx.bc, nx.era


_RANGE = re.compile(r"^\s*(?:/|–|-|bis(?:\s+zu[mr])?|to|until|through)\s*$", re.I)


def _anchors(text: str, x: _X, prev: _X | None = None) -> bool:
    """Whether a resolved expression becomes the anchor of what follows. Not so a background date: one after
    "seit"/"ab"/"since" ("von dem seit 1939 okkupierten Albanien"), in parentheses ("de Gaulle (1890–1970)"), or
    the end of a range in a heading ("Westfront 1944/1945", "Juni 1940 bis Juni 1941": the section starts at its
    beginning)."""
    if x.prep and x.prep in (lexicon_set("since_words", "de") | lexicon_set("since_words", "en")):
        return False
    if (
        prev is not None
        and prev.kind in ("date", "month", "year", "season")
        and _RANGE.match(text[prev.end : x.start])
    ):
        line_end = text.find("\n", x.end)
        rest = text[x.end : line_end if line_end >= 0 else len(text)]
        line_start = text.rfind("\n", 0, x.start) + 1
        if not rest.strip() and x.end - line_start < 80 and "." not in text[line_start : x.start]:
            return False  # a heading's range: the section starts at its beginning
    opened = text.rfind("(", max(0, x.start - 80), x.start)
    return not (opened >= 0 and text.rfind(")", opened, x.start) < 0 and ")" in text[x.end : x.end + 80])


class _TenseCache:
    """Clause directions, computed only for the expressions that need one (the analyzer is loaded lazily)."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        self.cache: dict[int, int] = {}

    def __call__(self, start: int, end: int) -> int:
        if start not in self.cache:
            self.cache[start] = clause_direction(self.text, start, end, language=self.language)
        return self.cache[start]


def _resolve_one(
    text: str,
    x: _X,
    xs: list[_X],
    i: int,
    ref: _Point | None,
    hist: _History,
    tense_of: Callable[[int, int], int] | None,
    language: str,
) -> Timex:
    span = text[x.start : x.end]

    def done(
        point: _Point | None,
        how: str,
        tv: str | None = None,
        value: str | None = None,
        kind: str | None = None,
    ) -> Timex:
        if point is not None and _anchors(text, x, xs[i - 1] if i > 0 else None):
            hist.add(point)
        v = value if value is not None else (point.calendar() if point else None)
        tvalue = tv if tv is not None else (point.iso() if point else None)
        return Timex(x.start, x.end, span, kind or x.kind, v, x.mod, tvalue, x.prep, how)

    # ---- durations and references carry no date
    if x.duration:
        return done(None, "duration", x.duration)
    if x.ref:
        if x.ref == "PRESENT_REF" and ref is not None and x.rule != "reference":
            return done(None, "present = the reference date", "PRESENT_REF", ref.calendar())
        return done(None, "reference word (no date)", x.ref)

    # ---- decades and centuries
    if x.kind == "decade":
        last = hist.last(1)
        bc = x.bc or (x.decade_short and last is not None and last.y < 0)
        dec = x.decade or 0
        if x.decade_short and dec < 10 and not bc:  # "die zwanziger Jahre": the century from context
            cent = (abs(last.y) // 100) if last else (ref.y // 100 if ref else 19)
            dec = cent * 10 + dec
        tv = f"BC{dec:03d}" if bc else f"{dec:03d}"
        return done(None, "decade", tv)
    if x.kind == "century":
        last = hist.last(1)
        bc = x.bc or (not x.era and last is not None and last.y < 0)
        tv = f"BC{x.century:02d}" if bc else f"{x.century:02d}"
        return done(None, "century", tv)

    # ---- clock times and parts of a day anchored on the last day mentioned
    if x.kind == "time":
        base = hist.last(3) or (ref if ref and ref.d else None)
        if base is None:
            return done(None, "no day to anchor on", None)
        suffix = f"T{x.clock}" if x.clock else f"T{x.part}" if x.part else ""
        p = _Point(base.y, base.m, base.d)
        return done(p, f"on the last day mentioned ({base.iso()})", p.iso() + suffix)

    # ---- explicit years, months, days (maybe with the year from context)
    if x.kind in ("date", "month", "year", "season") and x.rel is None:
        return _resolve_calendar(text, x, span, ref, hist, tense_of, done)

    # ---- weekdays
    if x.kind == "weekday" and x.d is None:
        return _resolve_weekday(x, ref, hist, tense_of, done)

    # ---- relative: deictic (now) or anaphoric (last mentioned)
    if x.rel is not None:
        unit, n = x.rel
        gran = _UNIT_GRAN.get(unit, 1)
        if n != int(n) and unit in ("Y", "M"):  # "ein halbes Jahr später" is a month
            gran += 1
        if x.base == "now":
            base, how = (
                (ref, "reference")
                if ref is not None
                else (hist.last(gran) or hist.last(1), "last date mentioned")
            )
            if ref is None and x.rule == "deictic" and n == 0:
                return done(None, "'today' in a narrative: the present", "PRESENT_REF", kind="ref")
        else:  # anaphoric: the last date mentioned, at its own precision when it is coarser ("mid-October … two
            # days later" → October), the reference only when the text has mentioned no date yet
            base, how = (hist.last(gran) or hist.last(1), "last date mentioned")
            if ref is not None and (base is None or base.gran < gran):
                # news: "am Dienstag in Moskau … seit ihrem Amtsantritt im Dezember. Am Vortag …" is the day before
                # the last day told, not a day in December; with no such day, the publication date
                precise = hist.last_precise(gran)
                base, how = (precise, "last day mentioned") if precise is not None else (ref, "reference")
        if base is None:
            return done(None, "nothing to anchor on")
        if base.gran < gran:  # the base is coarser than the unit: keep its precision ("gestern" in a month)
            if (abs(n) <= 2 and unit == "D") or (unit == "W" and abs(n) <= 1):
                p = base
                return done(
                    p,
                    f"{how} {base.iso()} known only to the {_GRAN_NAME[base.gran]}",
                    p.iso(),
                    kind="relative",
                )
            coarse = _add(_Point(base.y, base.m, 15 if base.m else None), unit, n) if base.m else None
            if coarse is not None:
                p = _Point(coarse.y, coarse.m) if base.gran == 2 else _Point(coarse.y)
                return done(p, f"{how} {base.iso()} {_fmt_shift(unit, n)}, at the reference's precision")
            return done(None, f"{how} {base.iso()} too coarse for {_fmt_shift(unit, n)}")
        p = _add(base, unit, n)
        if p is None:
            return done(None, f"cannot shift {base.iso()} by {_fmt_shift(unit, n)}")
        if (
            unit == "W" and x.rule == "adj_unit" and p.d
        ):  # "letzte Woche": a week, so its month (TIMEX: the week)
            day = p.as_date()
            iso = day.isocalendar()
            # (a week across two months is in the one that holds most of it, its Thursday's: "last week" said on
            # Monday 6 January 2020 is the week of 30 December to 5 January, January's)
            thursday = day + timedelta(days=3 - day.weekday())
            return done(
                _Point(thursday.year, thursday.month),
                f"{how} {base.iso()} {_fmt_shift(unit, n)}: the week's month",
                f"{iso[0]:04d}-W{iso[1]:02d}",
            )
        p = _Point(p.y, p.m if gran >= 2 else None, p.d if gran >= 3 else None)
        if x.vague:  # "vor einigen Wochen": one step coarser than the unit
            p = _Point(p.y, p.m) if gran == 3 else _Point(p.y)
        suffix = f"T{x.part}" if x.part and p.d else ""
        return done(p, f"{how} {base.iso()} {_fmt_shift(unit, n)}", p.iso() + suffix)

    return done(None, "unresolved")


_GRAN_NAME = {1: "year", 2: "month", 3: "day"}


def _fmt_shift(unit: str, n: float) -> str:
    names = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "H": "hour", "MIN": "minute"}
    return f"{'+' if n >= 0 else '−'}{_num(abs(n))} {names.get(unit, unit)}"


def _resolve_calendar(
    text: str,
    x: _X,
    span: str,
    ref: _Point | None,
    hist: _History,
    tense_of: Callable[[int, int], int] | None,
    done: Callable[..., Timex],
) -> Timex:
    y = x.y
    how = "explicit"
    if x.yy is not None:  # two-digit year: the century of context ("1.9.39" in a text about 1939)
        ctx = hist.last(1) or ref
        century = (ctx.y // 100) * 100 if ctx and ctx.y > 0 else 1900
        y = century + x.yy
        if ctx and x.rule == "short_year" and y < ctx.y:
            y += 100
        how = "two-digit year, century from context"
    if x.y_off is not None:  # "des folgenden Jahres", "Ende des Jahres"
        base = hist.last(1) or ref
        if base is None:
            return done(None, "no year to anchor on")
        y = base.y + x.y_off
        how = (
            f"year of the last date mentioned ({base.iso()}) {x.y_off:+d}"
            if x.y_off
            else f"year of {base.iso()}"
        )
    if x.d and not x.m:  # "am 24.": the month of the last date mentioned
        base = hist.last(2) or (ref if ref and ref.m else None)
        if base is None or base.m is None:
            return done(None, "a day without a month to anchor on")
        y, x.m = base.y, base.m
        how = f"month of {base.iso()}"
    if y is None and (x.m or x.season or x.half or x.holiday or x.kind == "year"):
        if ref is not None:
            direction = _direction(x, text, tense_of)
            y, how = _year_for(x, ref, direction)
        else:
            base = hist.last(1)
            if base is None:
                return done(None, "no year given and nothing to anchor on")
            # HeidelTime's narrative rule: the year of the last date mentioned. (Taking the occurrence nearest to
            # it instead — "Anfang Januar" after "Dezember 1919" → 1920 — helped the development documents but
            # hurt the held-out ones: narratives jump back as often as they roll over into a new year.)
            y, how = base.y, f"year of the last date mentioned ({base.iso()})"
    if y is None:
        return done(None, "unresolved")
    if x.holiday:
        v = _holiday_value(x.holiday, y)
        if v is None:
            return done(None, "holiday before year 1")
        p = _Point(y, int(v[5:7]), int(v[8:10]))
        return done(p, how)
    if x.season or x.half:
        p = _Point(y)
        ys = p.iso()
        return done(p, how, f"{ys}-{x.season or x.half}")
    if x.d and x.m:
        try:
            date(abs(y) if y != 0 else 1, x.m, x.d)
        except ValueError:
            return done(None, "not a calendar date")
        p = _Point(y, x.m, x.d)
        suffix = f"T{x.part}" if x.part else ""
        return done(p, how, p.iso() + suffix)
    if x.m:
        return done(_Point(y, x.m), how)
    return done(_Point(y), how)


def _direction(x: _X, text: str, tense_of: Callable[[int, int], int] | None) -> int:
    if x.wdir:
        return x.wdir
    if x.prep in lexicon_set("since_words", "de") | lexicon_set("since_words", "en"):
        return -1
    if tense_of is None:
        return 0
    return tense_of(x.start, x.end)


@lru_cache(maxsize=64)
def lexicon_set(key: str, language: str) -> frozenset[str]:
    return lexicon(language).set(key)


def _year_for(x: _X, ref: _Point, direction: int) -> tuple[int, str]:
    """The year of a month / day-month / season without a year, nearest ``ref`` in ``direction``."""
    if ref.m is None or x.m is None:
        return ref.y, f"year of the reference ({ref.iso()})"
    best: tuple[int, int] | None = None
    for y in (ref.y - 1, ref.y, ref.y + 1):
        cand = (y, x.m, x.d or 0)
        r = (ref.y, ref.m, ref.d or 0) if (x.d and ref.d) else (ref.y, ref.m, 0)
        c = cand if (x.d and ref.d) else (y, x.m, 0)
        if direction < 0 and c > r:
            continue
        if direction > 0 and c < r:
            continue
        dist = abs((c[0] * 12 + c[1]) * 31 + c[2] - ((r[0] * 12 + r[1]) * 31 + r[2]))
        if best is None or dist < best[0] or (dist == best[0] and y == ref.y):
            best = (dist, y)
    y = best[1] if best else ref.y
    word = {-1: "past", 1: "future", 0: "nearest"}[direction]
    return y, f"{word} occurrence relative to the reference ({ref.iso()})"


def _resolve_weekday(
    x: _X,
    ref: _Point | None,
    hist: _History,
    tense_of: Callable[[int, int], int] | None,
    done: Callable[..., Timex],
) -> Timex:
    wd = x.weekday or 1
    if ref is not None:
        if ref.d is None:  # known only to the month or year: never guess the day
            return done(
                ref,
                f"weekday in a reference known only to the {_GRAN_NAME[ref.gran]} ({ref.iso()})",
                ref.iso(),
            )
        base = ref.as_date()
        if x.week is not None:
            monday = base - timedelta(days=base.isoweekday() - 1) + timedelta(weeks=x.week)
            q = monday + timedelta(days=wd - 1)
            p = _Point(q.year, q.month, q.day)
            how = f"{calendar.day_name[wd - 1]} of the week {x.week:+d} from the reference's ({ref.iso()})"
            return done(p, how, p.iso() + (f"T{x.part}" if x.part else ""))
        direction = x.wdir or (tense_of(x.start, x.end) if tense_of else 0)
        if x.prep in ("seit", "since"):
            direction = -1
        word = {-1: "past", 1: "future", 0: "nearest"}[direction]
        how = f"{word} {calendar.day_name[wd - 1]} relative to the reference ({ref.iso()})"
    else:
        last = hist.last(3)
        if last is None or last.y <= 0:
            return done(None, "weekday with no day to anchor on")
        direction = x.wdir or 1  # narratives move forward
        base = last.as_date()
        how = f"{calendar.day_name[wd - 1]} after the last day mentioned ({last.iso()})"
    delta = (wd - base.isoweekday()) % 7  # days forward to the weekday (0 = the same day)
    if delta == 0 and x.wdir and ref is not None:
        # "last Saturday" said on a Saturday is a week ago, "kommenden Dienstag" said on a Tuesday a week ahead
        q = base + timedelta(days=7 * x.wdir)
    elif direction > 0:
        q = base + timedelta(days=delta)
    elif direction < 0:
        q = base - timedelta(days=(7 - delta) % 7)
    else:
        q = base + timedelta(days=delta if delta <= 3 else delta - 7)
    p = _Point(q.year, q.month, q.day)
    suffix = f"T{x.part}" if x.part else ""
    return done(p, how, p.iso() + suffix)


# ================================================================================================================
# tense: the direction of the clause an expression stands in


_SENT_END = re.compile(r"(?<!\d)[.!?]+[\"“”»]?\s+(?=[A-ZÄÖÜ„\"»“])")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """A cheap sentence window around ``pos``: from the last sentence end before it to the next one after it."""
    left = text.rfind("\n", 0, pos) + 1
    for m in _SENT_END.finditer(text, left, pos):
        left = m.end()
    nl = text.find("\n", pos)
    stop = nl if nl >= 0 else len(text)
    m = _SENT_END.search(text, pos, stop)
    return left, (m.start() + 1 if m else stop)


def clause_direction(text: str, start: int, end: int, *, language: str) -> int:
    """The direction the clause around ``text[start:end]`` points to: -1 past, +1 future, 0 present/unknown.

    German: read from the finite verbs (STTS ``V?FIN``) of the clause (the sentence cut at commas, semicolons and
    dashes, widened to the sentence when that part has no finite verb):

    - a finite *werden* (wird, werden; not *wurde*) or an intention modal (wollen, sollen, planen) with an
      infinitive → future, unless the clause has a past participle with an infinitive auxiliary
      ("soll … telefoniert haben" → past);
    - a finite *haben*/*sein* with a past participle (perfect, pluperfect) or a preterite auxiliary/modal
      (hatte, war, wurde, wollte) → past;
    - a preterite full verb → past: a weak verb's ending ``-te``/``-ten``/``-test`` on the lemma's stem
      ("kündigte" ← *kündigen*), or a strong verb's changed stem vowel that is not a present-tense change
      ("traf" ← *treffen* is past, "trifft" is present);
    - present tense → future when a future adverb stands in the clause ("kommenden", "morgen", "demnächst"),
      otherwise 0.

    English uses the Penn tags the same way (will/shall, going/plan/want to → future; VBD, have + VBN → past).
    """
    lex = lexicon(language)
    a, b = _sentence_bounds(text, start)
    try:
        from chronik.nlp import analyzer

        sents = analyzer(language).sentences(text, a, b)
    except Exception:  # the analyzer is optional for this heuristic: fall back to the closed-class words
        sents = []
    here = [s for s in sents if s.start <= start < s.end + 1] or sents
    tokens = [t for s in here for t in s.tokens]
    if not tokens:
        return _direction_words(text[a:b], lex)
    clause = _clause(tokens, start, end, language)
    d = _direction_tokens(clause, lex, language, start)
    if d is None and len(clause) < len(tokens):
        d = _direction_tokens(tokens, lex, language, start)
    if not d:  # present tense (or no verb): adverbs anywhere in the sentence decide ("…, kommende Woche")
        outside = [t.text.lower() for t in tokens if t.end <= start or t.start >= end]
        if any(w in lex.tense("future_adverbs") for w in outside):
            return 1
        if any(w in lex.tense("past_adverbs") for w in outside):
            return -1
    return d or 0


def tense_of_tokens(tokens: list[Any], *, language: str) -> int:
    """The direction the tagged tokens of one clause point to by their verbs alone (-1 past, +1 future, 0 present
    or no verb), as :func:`clause_direction` reads them, for a caller that has the clause already."""
    return _direction_tokens(tokens, lexicon(language), language) or 0


def _clause(tokens: list[Any], start: int, end: int, language: str) -> list[Any]:
    cuts = [i for i, t in enumerate(tokens) if t.text in (",", ";", ":", "–", "—", "(", ")")]
    lo, hi = 0, len(tokens)
    for i in cuts:
        if tokens[i].end <= start:
            lo = i + 1
        elif tokens[i].start >= end:
            hi = i
            break
    return tokens[lo:hi]


def _direction_words(s: str, lex: TimeLexicon) -> int:
    words = [w.lower() for w in re.findall(r"\w+", s)]
    fut = lex.tense("future_auxiliaries") | lex.tense("intention_verbs")
    past = lex.tense("past_auxiliaries")
    if any(w in past for w in words):
        return -1
    if any(w in fut for w in words):
        return 1
    if any(w in lex.tense("future_adverbs") for w in words):
        return 1
    return 0


def _direction_tokens(tokens: list[Any], lex: TimeLexicon, language: str, at: int = -1) -> int | None:
    low = [t.text.lower() for t in tokens]
    tags = [t.pos for t in tokens]
    fut_aux = lex.tense("future_auxiliaries")
    past_aux = lex.tense("past_auxiliaries")
    perf_aux = lex.tense("perfect_auxiliaries")
    intent = lex.tense("intention_verbs")
    if language == "de":
        finite = [i for i, p in enumerate(tags) if p.endswith("FIN")]
        verbs = [i for i, p in enumerate(tags) if p.startswith("V")]
        if not finite and len(verbs) > 1 and tags[verbs[-1]] in ("VMINF", "VAINF"):
            # "dass … beraten wollen": a subordinate clause ends in its finite verb, whatever the tagger says
            finite = [verbs[-1]]
        participle = any(p in ("VVPP", "VAPP", "VMPP") for p in tags)
        perfect_inf = participle and any(
            p == "VAINF" and low[i] in ("haben", "sein") for i, p in enumerate(tags)
        )
        # "beraten", "vertreten": a form that looks like the infinitive is one before a modal ("beraten wollen"),
        # whatever the tagger made of it
        infinitive = any(
            p in ("VVINF", "VAINF", "VVIZU")
            or (
                p in ("VVPP", "VVFIN")
                and low[i] == (tokens[i].lemma or "").lower()
                and i + 1 < len(tags)
                and tags[i + 1] == "VMFIN"
            )
            for i, p in enumerate(tags)
        )
        if not finite:
            return None
        words = {low[i] for i in finite}
        planned = {low[i] for i, p in enumerate(tags) if p == "VVPP"} & lex.tense("intention_participles")
        if planned and words & (lex.tense("perfect_auxiliaries") | {"wird", "werden"}):
            return 1  # "sind für Jänner geplant", "ist für Dienstag angesetzt"
        if words & fut_aux:  # "wird … treffen", also the present passive "wird … unterzeichnet"
            return -1 if perfect_inf and not words & {"würde", "würden"} else 1
        if words & intent and (infinitive or "vor" in low):
            # "hatte … nicht ausschließen wollen": a past perfect whose participle is the modal's infinitive
            return -1 if perfect_inf or words & {"hatte", "hatten", "hattest", "hattet"} else 1
        if words & past_aux:
            return -1
        if words & perf_aux and participle:
            return -1
        for i in finite:
            if tags[i] == "VVFIN" and _preterite_de(low[i], tokens[i].lemma.lower(), lex):
                return -1
        if any(w in lex.tense("future_adverbs") for w in low):
            return 1
        return 0
    # English (Penn tags)
    if not any(p.startswith("VB") or p == "MD" for p in tags):
        return None
    planned = {low[i] for i, p in enumerate(tags) if p == "VBN"} & lex.tense("intention_participles")
    if planned and {"is", "are", "'s", "'re"} & set(low):
        return 1  # "the talks are scheduled for January 10"
    for i, w in enumerate(low):
        if (
            w in ("could", "might", "may")
            and tags[i] == "MD"
            and i + 1 < len(tags)
            and tags[i + 1] == "VB"
            and low[i + 1] != "have"
            and at > tokens[i].start
        ):
            # "the Kremlin said they could meet in Moscow on March 5": a possibility still ahead, whatever tense
            # tells it (not "could have met", nor "could not attend", which is as often a past inability)
            return 1
        if w in fut_aux and tags[i] == "MD":
            # "On Wednesday, May told parliament that Britain would expel …": a future seen from the past, dated
            # by the telling; "He said he would travel to Washington on Monday": the date is the travel's
            # (but a past verb between the "would" and the time is the time's own: "would carry out the
            # understanding their commanders reached on June 6")
            # (a participle counts unless "be" makes it a passive still to come: "would be held on June 6")
            if (
                w == "would"
                and at > tokens[i].start
                and any(
                    tokens[k].start < at
                    and (
                        tags[k] == "VBD"
                        or (tags[k] == "VBN" and low[k - 1] not in ("be", "been", "being", "have"))
                    )
                    for k in range(i + 2, len(tokens))
                )
            ):
                return -1
            return -1 if w == "would" and "VBD" in tags[:i] and at < tokens[i].start else 1
        if w == "going" and i + 1 < len(low) and low[i + 1] == "to":
            return 1
        if w in intent and i + 1 < len(low) and low[i + 1] == "to":
            if tags[i].startswith("NN") and "VBD" in tags[:i]:
                return -1  # the noun after a past verb: "said on Tuesday that it had no plans to …"
            return (
                -1 if tags[i] == "VBD" and w not in ("scheduled", "set", "expected", "due", "planned") else 1
            )
    if any(p == "VBD" for p in tags):
        return -1
    if any(w in perf_aux for w in low) and any(p == "VBN" for p in tags):
        return -1
    # "Trump also called Zelensky on Tuesday": a participle heading the sentence with no auxiliary is a preterite
    # the tagger misread (not "Talks scheduled for Tuesday", an intention)
    root_participle = any(
        p == "VBN"
        and getattr(tokens[i], "dep", "") == "ROOT"
        and low[i] not in lex.tense("intention_participles")
        for i, p in enumerate(tags)
    )
    if root_participle and not any(t.startswith(("VB", "MD")) and t != "VBN" for t in tags):
        return -1
    if any(w in lex.tense("future_adverbs") for w in low):
        return 1
    return 0


_PRESENT_VOWEL = {"e": ("i", "ie"), "a": ("ä",), "o": ("ö",), "au": ("äu",), "u": ("ü",)}


def _preterite_de(form: str, lemma: str, lex: TimeLexicon) -> bool:
    """Whether a German finite full verb ``form`` of ``lemma`` is a preterite (see :func:`clause_direction`)."""
    if not lemma or not form or not form.isalpha():
        return False
    stems = []
    base = lemma
    particles = sorted(lex.set("verb_particles"), key=len, reverse=True)
    for p in particles:
        if base.startswith(p) and len(base) - len(p) >= 3 and not form.startswith(p):
            base = base[len(p) :]
            break
    for suf in ("en", "n"):
        if base.endswith(suf):
            stems.append(base[: -len(suf)])
            break
    if not stems:
        return False
    stem = stems[0]
    present = {stem + e for e in ("e", "st", "est", "t", "et", "en", "n", "")} | {base}
    if form in present:
        return False
    weak = {stem + e for e in ("te", "test", "ten", "tet", "ete", "etest", "eten", "etet")}
    if form in weak:
        return True
    # strong verbs: the same consonants before the stem's last vowel, and that vowel changed ("traf" ← treffen,
    # "begann" ← beginnen); a present-tense change (e → i/ie, a → ä, o → ö, au → äu) is not a preterite
    vs = list(re.finditer(r"[aeiouäöü]+", stem))
    vf = re.search(r"[aeiouäöü]+", form[vs[-1].start() :]) if vs else None
    if not vs or not vf:
        return False
    v_stem, v_form = vs[-1].group(0), vf.group(0)
    onset = stem[: vs[-1].start()]
    if not onset or not form.startswith(onset) or vf.start() != 0 or v_stem == v_form:
        return False
    present_change = v_form in _PRESENT_VOWEL.get(v_stem, ())
    after_s, after_f = stem[vs[-1].end() :], form[vs[-1].start() + vf.end() :]
    return not (present_change and (form.endswith(("t", "st")) or after_f[:3] == after_s[:3]))
