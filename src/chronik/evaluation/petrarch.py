"""``chronik eval petrarch``: the share of PETRARCH2's expected codings that Chronik reproduces from raw sentences.

PETRARCH's validation suite (``PETR.UnitTest.records.xml``) codes English sentences about fictional states (Arnor,
Gondor, …) defined in its own dictionaries. We import its actor dictionary with Chronik's PETRARCH importer, code
each sentence's *text* (PETRARCH reads a given parse; we parse ourselves) and count an expected coding as
reproduced when Chronik finds an event with the same source and target country (the first three letters of the
codes) whose PLOVER type is the one the official CAMEO→PLOVER table gives for the expected CAMEO code.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from chronik.actors import KnowledgeBase, Resolver
from chronik.actors.petrarch import convert

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(slots=True)
class Report:
    sentences: int = 0
    expected: int = 0
    reproduced: int = 0
    predicted: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)  #: category → [expected, reproduced]

    def lines(self) -> list[str]:
        out = [f"{c:10} {r}/{n}" for c, (n, r) in sorted(self.by_category.items())]
        share = self.reproduced / self.expected if self.expected else 0.0
        out.append(
            f"petrarch: {self.reproduced}/{self.expected} expected codings reproduced ({share:.3f}) from "
            f"{self.sentences} sentences; {self.predicted} events coded"
        )
        return out


def cameo_to_plover(table: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from the official table (``CAMEO2PLOVER-2021.txt``)."""
    out: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m[1]] = m[2]
    return out


def _plover(code: str, table: dict[str, str]) -> str | None:
    for k in (code, code[:3], code[:2] + "0", code[:2]):
        if k in table:
            return table[k]
    return None


def evaluate(records: Path, dictionaries: Path | None = None, table: Path | None = None) -> Report:
    """Score Chronik on the PETRARCH unit-test records (dictionaries default to ``../dictionaries`` beside them)."""
    if not records.exists():
        raise FileNotFoundError(
            f"{records}: not found (PETR.UnitTest.records.xml lives in ../shared/data/events/petrarch2/text)"
        )
    from chronik.api import _article
    from chronik.pipeline import analyse

    dictionaries = dictionaries or records.parent.parent / "dictionaries"
    table = table or records.parent.parent.parent / "plover" / "CAMEO2PLOVER-2021.txt"
    mapping = cameo_to_plover(table)
    with tempfile.TemporaryDirectory() as tmp:
        actors = Path(tmp) / "petr-actors.yaml"
        convert(dictionaries / "PETR.Validate.actors.txt", actors, language="en")
        resolver = Resolver(KnowledgeBase([actors]))
    rep = Report()
    text = _COMMENT.sub("", records.read_text(encoding="utf-8", errors="replace"))
    for m in _SENTENCE.finditer(text):
        attrs = dict(_ATTR.findall(m[1]))
        body = m[2]
        tm = _TEXT.search(body)
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(body)]
        if not tm or not codings:
            continue
        sentence = " ".join(tm[1].split())
        date = attrs.get("date", "")
        published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        events = analyse(_article(sentence, language="en", published=published), resolver).events
        rep.sentences += 1
        rep.predicted += len(events)
        category = attrs.get("category", "?")
        for c in codings:
            src, tgt, code = c.get("sourcecode", "")[:3], c.get("targetcode", "")[:3], c.get("eventcode", "")
            want = _plover(code, mapping)
            if not want or not src:
                continue
            rep.expected += 1
            ok = any(
                e.event_type == want
                and e.source is not None and (e.source.country or "")[:3] == src
                and ((e.target.country or "")[:3] if e.target else "") == tgt
                for e in events
            )  # fmt: skip
            rep.reproduced += ok
            n, r = rep.by_category.get(category, [0, 0])
            rep.by_category[category] = [n + 1, r + ok]
    return rep
