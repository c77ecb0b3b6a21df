"""``chronik eval plover``: Chronik on the PLOVER gold-standard records (English sentences with source, target and
event type).

The file uses older PLOVER labels; they are mapped as the PLOVER manual does: DEMAND → REQUEST, DISAPPROVE and
INVESTIGATE → ACCUSE, FIGHT → ASSAULT, YIELD → CONCEDE or RETREAT. Actor codes are CAMEO's; the few that differ
from ISO 3166 (JAP, ROM, …) are mapped, and any international organisation counts as CAMEO's generic IGO.

Figures:
- *pair found*: records where some predicted event has the gold source and target (target none where the gold
  has none); *type accuracy* is the share of those whose type is right too (the issue's bar: ≥ 0.75);
- *source / target accuracy*: on records with at least one prediction, whether the first event's source (target)
  country is the gold one;
- *event P/R/F1*: a predicted event is correct when type, source and target all agree with the record; recall
  counts records with at least one correct event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.actors import knowledge_base
from chronik.model import Event

LABELS = {
    "DEMAND": {"REQUEST"},
    "DISAPPROVE": {"ACCUSE"},
    "INVESTIGATE": {"ACCUSE"},
    "FIGHT": {"ASSAULT"},
    "YIELD": {"CONCEDE", "RETREAT"},
}
#: CAMEO country codes that are not ISO 3166 alpha-3.
CAMEO_TO_ISO = {
    "JAP": "JPN",
    "ROM": "ROU",
    "DRC": "COD",
    "UK": "GBR",
    "TMP": "TLS",
    "ZAR": "COD",
    "KOS": "XKX",
}


def _actors(v: Any) -> list[dict[str, Any]]:
    if isinstance(v, dict):
        return [v]
    if isinstance(v, list):
        return [a for a in v if isinstance(a, dict)]
    return []


def _norm(code: str | None) -> str | None:
    if not code:
        return None
    code = CAMEO_TO_ISO.get(code, code)
    if code in knowledge_base().organisations:
        return "IGO"
    return code


@dataclass(slots=True)
class Record:
    id: str
    text: str
    date: str | None
    types: set[str]
    sources: set[str | None]
    targets: set[str | None]

    def pair(self, e: Event) -> bool:
        src = _norm(e.source.country) if e.source else None
        tgt = _norm(e.target.country) if e.target else None
        if src in self.sources and tgt in self.targets:
            return True
        return e.symmetric and tgt in self.sources and src in self.targets


@dataclass(slots=True)
class Report:
    records: int = 0
    predicted: int = 0
    correct_predictions: int = 0
    records_correct: int = 0
    pair_found: int = 0
    pair_and_type: int = 0
    with_prediction: int = 0
    source_ok: int = 0
    target_ok: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  #: gold type → [records, correct]
    part: str = "all"

    def lines(self) -> list[str]:
        out = [f"{t:10} {c}/{n} records with a correct event" for t, (n, c) in sorted(self.by_type.items())]
        p = self.correct_predictions / self.predicted if self.predicted else 0.0
        r = self.records_correct / self.records if self.records else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        type_acc = self.pair_and_type / self.pair_found if self.pair_found else 0.0
        src = self.source_ok / self.with_prediction if self.with_prediction else 0.0
        tgt = self.target_ok / self.with_prediction if self.with_prediction else 0.0
        out.append(
            f"plover ({self.part}): type accuracy {type_acc:.3f} when the actor pair is found ({self.pair_and_type}/{self.pair_found}); "
            f"source {src:.3f} target {tgt:.3f} (of {self.with_prediction} records with events); "
            f"event P {p:.3f} R {r:.3f} F1 {f1:.3f} on {self.records} records"
        )
        return out


def load(path: Path) -> list[Record]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    out = []
    for d in data:
        if d.get("event") == "DOCUMENT" or not d.get("text"):
            continue
        label = str(d["event"])
        targets = {_norm(a.get("code")) for a in _actors(d.get("target"))} or {None}
        out.append(
            Record(
                id=str(d.get("id")),
                text=str(d["text"]),
                date=d.get("date"),
                types=LABELS.get(label, {label}),
                sources={_norm(a.get("code")) for a in _actors(d.get("source"))} or {None},
                targets=targets,
            )
        )
    return out


PARTS = ("all", "dev", "heldout")


def evaluate(path: Path, limit: int | None = None, part: str = "all") -> Report:
    """Code every record's sentence (English, dated by the record) and score it.

    ``part`` splits the records in two halves by position: ``dev`` (even positions) is what the coder's English
    rules were developed on, ``heldout`` (odd positions) was not looked at, so its figure is the honest one.
    """
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: not found (PLOVER_GSR_CAMEO.txt lives in ../shared/data/events/plover)"
        )
    from chronik.api import extract

    rep = Report(part=part)
    records = load(path)
    if part != "all":
        records = records[part == "heldout" :: 2]
    for rec in records[:limit]:
        events = extract(rec.text, language="en", published=rec.date)
        rep.records += 1
        rep.predicted += len(events)
        correct = [e for e in events if rec.pair(e) and e.event_type in rec.types]
        rep.correct_predictions += len(correct)
        rep.records_correct += bool(correct)
        key = "/".join(sorted(rec.types))
        n, c = rep.by_type.get(key, [0, 0])
        rep.by_type[key] = [n + 1, c + bool(correct)]
        paired = [e for e in events if rec.pair(e)]
        if paired:
            rep.pair_found += 1
            rep.pair_and_type += any(e.event_type in rec.types for e in paired)
        if events:
            rep.with_prediction += 1
            first = events[0]
            rep.source_ok += (_norm(first.source.country) if first.source else None) in rec.sources
            rep.target_ok += (_norm(first.target.country) if first.target else None) in rec.targets
    return rep
