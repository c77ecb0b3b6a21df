"""``chronik eval events``: Chronik's events on articles against events coded by hand.

The default gold (``gold/seeds.yaml``) codes the five seed articles of ``../shared/data/seeds`` as a careful
analyst would; ``gold/examples.yaml`` codes the articles in ``examples/`` (records of a JSONL file are named
``file.jsonl#N``). A predicted event matches a gold event when the PLOVER type, the source's country (or
organisation) and the target's agree (either order for symmetric events); each gold event matches at most one
prediction. Gold events marked ``optional`` are neither required nor counted against a system that codes them.

    precision = matched required / (matched required + predictions matching no gold event)
    recall    = matched required / required
    modality and date accuracy are measured on the matched required events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.ingest import expand, read
from chronik.model import Article, Event
from chronik.resources import load_yaml

GOLD = Path(__file__).parent / "gold" / "seeds.yaml"
EXAMPLES_GOLD = Path(__file__).parent / "gold" / "examples.yaml"


def _as_set(value: Any) -> set[Any]:
    if isinstance(value, list):
        return {None if v is None else str(v) for v in value}
    return {None if value is None else str(value)}


@dataclass(slots=True)
class Gold:
    types: set[str]
    sources: set[str | None]
    targets: set[str | None]
    modality: set[str | None] | None
    date: set[str | None] | None
    optional: bool
    note: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Gold:
        return cls(
            types=_as_set(d["type"]),  # type: ignore[arg-type]
            sources=_as_set(d.get("source")),
            targets=_as_set(d.get("target")),
            modality=_as_set(d["modality"]) if "modality" in d else None,
            date=_as_set(d["date"]) if "date" in d else None,
            optional=bool(d.get("optional")),
            note=str(d.get("note", "")),
        )

    def matches(self, e: Event) -> bool:
        if e.event_type not in self.types:
            return False
        src = e.source.country if e.source else None
        tgt = e.target.country if e.target else None
        if src in self.sources and tgt in self.targets:
            return True
        return e.symmetric and tgt in self.sources and src in self.targets


@dataclass(slots=True)
class ArticleResult:
    name: str
    matched: list[tuple[Gold, Event]] = field(default_factory=list)
    missed: list[Gold] = field(default_factory=list)
    extra: list[Event] = field(default_factory=list)
    optional_hits: int = 0


@dataclass(slots=True)
class Report:
    articles: list[ArticleResult]

    def _sum(self, attr: str) -> int:
        return sum(len(getattr(a, attr)) for a in self.articles)

    @property
    def precision(self) -> float:
        tp, fp = self._sum("matched"), self._sum("extra")
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        tp, fn = self._sum("matched"), self._sum("missed")
        return tp / (tp + fn) if tp + fn else 0.0

    def _accuracy(self, attr: str) -> tuple[float, int]:
        pairs = [(g, e) for a in self.articles for g, e in a.matched if getattr(g, attr) is not None]
        if not pairs:
            return 0.0, 0
        ok = sum(1 for g, e in pairs if getattr(e, attr) in getattr(g, attr))
        return ok / len(pairs), len(pairs)

    def lines(self) -> list[str]:
        out = []
        for a in self.articles:
            out.append(
                f"{a.name}: {len(a.matched)} matched, {len(a.missed)} missed, {len(a.extra)} extra, "
                f"{a.optional_hits} optional"
            )
            for g in a.missed:
                out.append(f"  missed: {'/'.join(sorted(g.types))} {g.note}")
            for e in a.extra:
                src = e.source.name if e.source else None
                tgt = e.target.name if e.target else None
                out.append(
                    f"  extra:  {e.event_type} {src} → {tgt} ({e.modality}, {e.date}): {e.evidence[0].sentence[:70]}"
                )
            for g, e in a.matched:
                if g.modality is not None and e.modality not in g.modality:
                    out.append(
                        f"  modality: {g.note}: got {e.modality}, want {'/'.join(sorted(map(str, g.modality)))}"
                    )
                if g.date is not None and e.date not in g.date:
                    out.append(f"  date: {g.note}: got {e.date}, want {'/'.join(sorted(map(str, g.date)))}")
        p, r = self.precision, self.recall
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mod, n_mod = self._accuracy("modality")
        date, n_date = self._accuracy("date")
        out.append(
            f"events: precision {p:.3f} recall {r:.3f} F1 {f1:.3f} ({self._sum('matched')} matched, "
            f"{self._sum('missed')} missed, {self._sum('extra')} extra); modality {mod:.3f} of {n_mod}; "
            f"date {date:.3f} of {n_date}"
        )
        return out


def score(name: str, events: list[Event], gold: list[Gold]) -> ArticleResult:
    """Match one article's events to its gold events, one to one, as many required ones as possible.

    Why not greedy: one event can fit two gold entries ("Jordan calls off the summit with Sisi" accepts the
    Biden–Sisi call the article also reports), and taking the first fit would then miss the other entry although
    the coder found both. A maximum matching (augmenting paths, Kuhn's algorithm) of the required entries comes
    first, then optional entries take what is left, by a maximum matching of their own (an optional hit is neither
    credit nor an extra). The matching is built from pairs that agree on modality and date before the others join
    it, so those figures are not understated.
    """
    res = ArticleResult(name)
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    owner: dict[int, Gold] = {}  # event index -> the gold entry it is matched to

    def fits(g: Gold, strict: bool = False) -> list[int]:
        cands = [i for i, e in enumerate(events) if g.matches(e) and (not strict or _agrees(g, events[i]))]
        return sorted(cands, key=lambda i: not _agrees(g, events[i]))

    def place(g: Gold, seen: set[int], strict: bool, holders: dict[int, Gold]) -> bool:
        """An augmenting path for ``g`` among ``holders`` (event index -> entry), skipping the events in ``seen``."""
        for i in fits(g, strict):
            if i in seen:
                continue
            seen.add(i)
            if i not in holders or place(holders[i], seen, strict, holders):
                holders[i] = g
                return True
        return False

    # pairs that agree on everything first, then any pair that agrees on type and actors
    for strict in (True, False):
        for g in required:
            if id(g) not in {id(o) for o in owner.values()}:  # by identity: two entries may be equal
                place(g, set(), strict, owner)
    # optional entries by a maximum matching too, over the events the required ones left (they start out seen):
    # taken greedily, an event that fits two optional entries could take the only one another event fits, and
    # that one would then count as an extra although an entry accepts it
    taken: dict[int, Gold] = {}
    for g in optional:
        place(g, set(owner), False, taken)
    owner.update(taken)
    res.optional_hits = len(taken)
    by_gold = {id(g): i for i, g in owner.items()}
    res.matched = [(g, events[by_gold[id(g)]]) for g in required if id(g) in by_gold]
    res.missed = [g for g in required if id(g) not in by_gold]
    res.extra = [e for i, e in enumerate(events) if i not in owner]
    return res


def _agrees(g: Gold, e: Event) -> bool:
    return (g.modality is None or e.modality in g.modality) and (g.date is None or e.date in g.date)


def evaluate(folder: Path, gold_path: Path = GOLD) -> Report:
    """Code every article in ``folder`` that the gold file covers and score it."""
    if not folder.exists():
        raise FileNotFoundError(f"{folder}: not found (the seed articles live in ../shared/data/seeds)")
    from chronik.pipeline import analyse

    doc = load_yaml(gold_path, "chronik-gold-events/1")
    gold = {name: [Gold.from_dict(d) for d in items] for name, items in (doc.get("articles") or {}).items()}
    results = []
    for label, path in expand([folder]):
        if not any(name.split("#")[0] == Path(label).name for name in gold):
            continue
        for item in read(label, path):
            name = Path(item.path).name  # "file.txt", or "file.jsonl#2" for a record
            if isinstance(item, Article) and name in gold:
                results.append(score(name, analyse(item).events, gold[name]))
    missing = sorted(set(gold) - {r.name for r in results})
    if missing:
        raise FileNotFoundError(f"{folder}: gold articles not found: {', '.join(missing)}")
    return Report(sorted(results, key=lambda r: r.name))
