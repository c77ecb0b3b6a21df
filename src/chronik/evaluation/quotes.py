"""Quotation attribution scored on the German Wikinews quotation corpus (Petersen-Frey & Biemann 2024).

The gold file is JSONL, one article per line, with ``originalText`` and ``annotations``; each annotation has
``speaker``, ``cue``, ``quote``, ``addressee`` (and ``frame``) as ``{"spans": [{"charBegin", "charEnd", …}], "text"}``
with character offsets into ``originalText`` (see wikinews-quotes.README.md).

Scoring, per article, over the *distinct* spans of each role (a speaker quoted three times is one speaker span;
a cue or quotation of several pieces — *teilte … mit*, a quotation interrupted by "sagte er" — is one unit made of
its pieces):

- **exact**: a predicted unit is correct when its pieces are exactly a gold unit's pieces;
- **lenient**: a predicted unit is correct when it overlaps a gold unit by at least one character; matching is
  one-to-one (each gold unit is matched once), so overlap cannot inflate recall.

Speakers are compared as single spans, the way :func:`chronik.attribution.quotes` returns them (gold speakers of two
pieces are joined from first to last character). Gold annotations without a speaker (or cue) contribute nothing to
that role. P, R and F1 are micro-averaged over all articles.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Unit = tuple[tuple[int, int], ...]  #: the pieces of one span, as (start, end) character offsets

ROLES: tuple[str, ...] = ("speaker", "cue", "quote", "addressee")


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    units: dict[str, set[Unit]]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return f"P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass(slots=True)
class Report:
    path: str
    docs: int = 0
    gold_quotes: int = 0
    predicted_quotes: int = 0
    seconds: float = 0.0
    exact: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    lenient: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})

    def lines(self) -> list[str]:
        out = [
            f"{self.path}: {self.docs} articles, {self.gold_quotes} gold quotations, "
            f"{self.predicted_quotes} predicted ({self.seconds:.0f} s)"
        ]
        for role in ROLES:
            out.append(f"  {role:<9} exact    {self.exact[role].line()}")
            out.append(f"  {role:<9} lenient  {self.lenient[role].line()}")
        out.append(self.summary())
        return out

    def summary(self) -> str:
        ex, le = self.exact, self.lenient
        return (
            f"quotes: speaker F1 {ex['speaker'].f1:.3f} exact / {le['speaker'].f1:.3f} lenient "
            f"(P {ex['speaker'].p:.3f} R {ex['speaker'].r:.3f} exact), "
            f"cue F1 {ex['cue'].f1:.3f}/{le['cue'].f1:.3f}, quote F1 {ex['quote'].f1:.3f}/{le['quote'].f1:.3f} "
            f"on {self.docs} articles"
        )


# ----------------------------------------------------------------------------------------------------------------
# reading


def _unit(ann: dict[str, Any] | None, *, join: bool = False) -> Unit | None:
    if not ann:
        return None
    spans = sorted((int(s["charBegin"]), int(s["charEnd"])) for s in ann.get("spans") or [])
    spans = [s for s in spans if s[1] > s[0]]
    if not spans:
        return None
    if join:
        return ((spans[0][0], spans[-1][1]),)
    return tuple(spans)


def read_gold(path: str | Path) -> list[GoldDoc]:
    """The articles of a Wikinews quotation JSONL file with their gold units per role."""
    docs: list[GoldDoc] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON: {exc.msg}") from exc
            if "originalText" not in rec or "annotations" not in rec:
                raise ValueError(
                    f"{path}:{n}: expected 'originalText' and 'annotations' (Wikinews quotation format)"
                )
            units: dict[str, set[Unit]] = {r: set() for r in ROLES}
            for ann in rec["annotations"]:
                for role in ROLES:
                    u = _unit(ann.get(role), join=role == "speaker")
                    if u is not None:
                        units[role].add(u)
            docs.append(
                GoldDoc(rec.get("documentName") or rec.get("file") or f"line {n}", rec["originalText"], units)
            )
    return docs


def predicted_units(qs: Iterable[Any]) -> dict[str, set[Unit]]:
    """Units per role from :class:`chronik.attribution.Quote` objects."""
    units: dict[str, set[Unit]] = {r: set() for r in ROLES}
    for q in qs:
        if q.speaker is not None:
            units["speaker"].add(((q.speaker.start, q.speaker.end),))
        if q.cue is not None:
            parts = q.cue_parts or (q.cue,)
            units["cue"].add(tuple(sorted((s.start, s.end) for s in parts)))
        parts = q.quote_parts or (q.quote,)
        units["quote"].add(tuple(sorted((s.start, s.end) for s in parts)))
        if q.addressee is not None:
            units["addressee"].add(((q.addressee.start, q.addressee.end),))
    return units


# ----------------------------------------------------------------------------------------------------------------
# scoring


def _overlaps(a: Unit, b: Unit) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def match(gold: set[Unit], pred: set[Unit], *, lenient: bool) -> tuple[int, int, int]:
    """(tp, fp, fn) of predicted against gold units; lenient matching is one-to-one by overlap."""
    if not lenient:
        tp = len(gold & pred)
        return tp, len(pred) - tp, len(gold) - tp
    free = set(gold)
    tp = 0
    # exact matches first, then overlaps in text order
    for u in sorted(pred):
        if u in free:
            free.discard(u)
            tp += 1
    rest = [u for u in sorted(pred) if u not in gold]
    for u in rest:
        hit = next((g for g in sorted(free) if _overlaps(u, g)), None)
        if hit is not None:
            free.discard(hit)
            tp += 1
    return tp, len(pred) - tp, len(gold) - tp


Predictor = Callable[[str], list[Any]]


def evaluate(path: str | Path, predict: Predictor | None = None, *, limit: int | None = None) -> Report:
    """Run quotation attribution on every article of ``path`` and score it against the gold annotations."""
    if predict is None:
        from chronik.attribution import quotes

        def predict(text: str) -> list[Any]:
            return quotes(text, language="de")

    docs = read_gold(path)
    if limit is not None:
        docs = docs[:limit]
    report = Report(str(path))
    t0 = time.monotonic()
    for doc in docs:
        qs = predict(doc.text)
        pred = predicted_units(qs)
        report.docs += 1
        report.predicted_quotes += len(qs)
        report.gold_quotes += len(doc.units["quote"])
        for role in ROLES:
            report.exact[role].add(*match(doc.units[role], pred[role], lenient=False))
            report.lenient[role].add(*match(doc.units[role], pred[role], lenient=True))
    report.seconds = time.monotonic() - t0
    return report


def main(path: str, limit: int | None = None) -> int:  # pragma: no cover - used by the CLI
    report = evaluate(path, limit=limit)
    for line in report.lines():
        print(line)
    return 0


# ``python -m chronik.evaluation.quotes FILE`` works without the CLI
if __name__ == "__main__":  # pragma: no cover
    import sys

    raise SystemExit(main(sys.argv[1]))
