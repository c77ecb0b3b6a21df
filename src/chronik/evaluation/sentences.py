"""Event coding scored sentence by sentence, on single labelled sentences (``sentences/*.jsonl``).

The article gold files (``gold/*.yaml``) say which events an article reports, not where, so they cannot tell a
missing trigger from a wrong role or a merge. The sentence files can: each line is one sentence with every event it
expresses, ``{"lang", "text", "events": [{"type", "trigger", "source", "target"}]}`` (source and target as country
or organisation codes, null when the sentence names none). See ``sentences/README.md``.

Each sentence is coded alone (``chronik.extract``, no publication date, no article around it) and compared twice:

- **types**: the set of PLOVER types coded in the sentence against the labelled set (micro P/R/F1, and per type);
- **events**: (type, source, target) triples, matched one to one; the parties of a symmetric event (a meeting, a
  call) may come in either order, and a coded party matches when its ``country`` equals the label's.

Every event the labels name counts, also planned, denied and hypothetical ones (the label is the kind of
interaction; modality is scored by the article evaluation).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chronik.model import Event

Triple = tuple[str, str | None, str | None]


@dataclass(slots=True)
class SentenceResult:
    text: str
    lang: str
    gold: list[Triple]
    coded: list[tuple[Triple, bool]]  #: each coded event, and whether it is symmetric
    matched: list[Triple] = field(default_factory=list)
    missed: list[Triple] = field(default_factory=list)
    extra: list[Triple] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    name: str
    results: list[SentenceResult]
    seconds: float

    def _types(self) -> tuple[Counter[str], Counter[str], Counter[str]]:
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        for r in self.results:
            gold = {t for t, _, _ in r.gold}
            coded = {t for (t, _, _), _ in r.coded}
            tp.update(gold & coded)
            fp.update(coded - gold)
            fn.update(gold - coded)
        return tp, fp, fn

    def lines(self, errors: bool = True) -> list[str]:
        out = []
        if errors:
            for r in self.results:
                if r.missed or r.extra:
                    out.append(f"[{r.lang}] {r.text}")
                    out += [f"  missed: {_show(t)}" for t in r.missed]
                    out += [f"  extra:  {_show(t)}" for t in r.extra]
        tp, fp, fn = self._types()
        out.append(f"{'type':10} {'gold':>5} {'type P':>7} {'type R':>7} {'event R':>8}")
        ev_tp = Counter(t for r in self.results for t, _, _ in r.matched)
        for t in sorted(set(tp) | set(fn) | set(fp)):
            gold = tp[t] + fn[t]
            n_gold_events = sum(1 for r in self.results for g in r.gold if g[0] == t)
            out.append(
                f"{t:10} {gold:5d} {_ratio(tp[t], tp[t] + fp[t]):>7} {_ratio(tp[t], gold):>7} "
                f"{_ratio(ev_tp[t], n_gold_events):>8}"
            )
        tp_n, fp_n, fn_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        m = sum(len(r.matched) for r in self.results)
        x = sum(len(r.extra) for r in self.results)
        g = sum(len(r.gold) for r in self.results)
        tprec, trec = _div(tp_n, tp_n + fp_n), _div(tp_n, tp_n + fn_n)
        eprec, erec = _div(m, m + x), _div(m, g)
        out.append(
            f"sentences ({self.name}, {len(self.results)} in {self.seconds:.0f} s): "
            f"types precision {tprec:.3f} recall {trec:.3f} F1 {_f1(tprec, trec):.3f}; "
            f"events precision {eprec:.3f} recall {erec:.3f} F1 {_f1(eprec, erec):.3f} "
            f"({m} matched, {g - m} missed, {x} extra)"
        )
        return out


def evaluate(path: Path, limit: int | None = None) -> Report:
    """Code every sentence of a sentence file (JSONL, see the module) and score it; ``limit`` keeps the first N."""
    from chronik.api import extract

    if not path.is_file():
        raise OSError(f"{path}: no such file; sentence files are JSONL, see sentences/README.md")
    started = time.perf_counter()
    results = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if limit is not None and len(results) >= limit:
            break
        try:
            row = json.loads(line)
            gold = [(e["type"], e.get("source"), e.get("target")) for e in row["events"]]
            text, lang = row["text"], row["lang"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a labelled sentence ({exc})") from exc
        coded = [(_triple(e), e.symmetric) for e in extract(text, language=lang)]
        results.append(_score(text, lang, gold, coded))
    return Report(path.name, results, time.perf_counter() - started)


def _triple(e: Event) -> Triple:
    return (e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)


def _score(text: str, lang: str, gold: list[Triple], coded: list[tuple[Triple, bool]]) -> SentenceResult:
    res = SentenceResult(text, lang, gold, coded)
    left = list(coded)
    for g in gold:
        hit = next((c for c in left if _same(g, *c)), None)
        if hit is None:
            res.missed.append(g)
        else:
            left.remove(hit)
            res.matched.append(g)
    res.extra = [t for t, _ in left]
    return res


def _same(gold: Triple, coded: Triple, symmetric: bool) -> bool:
    if gold[0] != coded[0]:
        return False
    return gold[1:] == coded[1:] or (symmetric and gold[1:] == coded[:0:-1])


def _show(t: Triple) -> str:
    return f"{t[0]} {t[1]} → {t[2]}"


def _div(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"
