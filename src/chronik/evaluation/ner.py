"""German NER: reading the evaluation formats, exact-match scoring, and Chronik's shipped model.

Formats read by :func:`read_ner_file` (detected from the first data line):

- **GermEval 2014 / NoSta-D**: ``idx TAB token TAB outer TAB inner``; lines starting with ``#`` are comments (the
  source URL and date); a blank line ends a sentence. Only the *outer* column is scored.
- **token TAB tag** (ner-d, CoNLL-like): the tag is the last column; a blank line ends a sentence. WikiANN writes a
  language prefix on every token (``de:Berlin``); it is removed when the whole file has it.

Every tag is mapped to the four classes PER, LOC, ORG, MISC: GermEval's OTH becomes MISC, and the ``deriv`` and
``part`` variants (``B-LOCderiv``, ``I-PERpart``, …) become O, as in GermEval's and CoNLL's convention that only
whole names are entities. IOB1 input (an entity opening with ``I-``) is rewritten as IOB2.

Scoring is exact entity match (CoNLL / GermEval "outer" style): an entity counts as correct only when its first
token, last token and class all agree with the gold entity. A predicted entity that only overlaps a gold one is one
false positive *and* one false negative.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.nlp.base import spans

#: The classes Chronik's German NER predicts, in report order.
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG", "MISC")

#: GermEval 2014 / NoSta-D class names → Chronik's classes.
CLASS_MAP: dict[str, str] = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "OTH": "MISC"}

_DERIV_PART = re.compile(r"(deriv|part)$")
_LANG_PREFIX = re.compile(r"^[a-z]{2,3}:(?=.)")

Tagger = Callable[[list[str]], list[str]]
BatchTagger = Callable[[list[list[str]]], list[list[str]]]


@dataclass(slots=True)
class TaggedSentence:
    tokens: list[str]
    tags: list[str]  #: IOB2 over PER, LOC, ORG, MISC


# ----------------------------------------------------------------------------------------------------------------
# tags


def map_tag(tag: str) -> str:
    """One source tag in Chronik's classes: OTH → MISC, ``…deriv``/``…part`` → O, unknown classes → O.

    >>> [map_tag(t) for t in ["B-OTH", "I-LOC", "B-LOCderiv", "I-PERpart", "O"]]
    ['B-MISC', 'I-LOC', 'O', 'O', 'O']
    """
    tag = tag.strip()
    if not tag or tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BIES":
        return "O"
    prefix, cls = tag[0], tag[2:]
    if _DERIV_PART.search(cls):
        return "O"
    cls = CLASS_MAP.get(cls.upper())
    if cls is None:
        return "O"
    if prefix == "S":
        prefix = "B"
    elif prefix == "E":
        prefix = "I"
    return f"{prefix}-{cls}"


def to_iob2(tags: Sequence[str]) -> list[str]:
    """Rewrite IOB1 (or broken IOB2) as IOB2: an ``I-X`` that does not continue an X entity opens one (``B-X``)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def spans_to_iob(entities: Iterable[tuple[int, int, str]], n: int) -> list[str]:
    tags = ["O"] * n
    for start, end, label in entities:
        for i in range(start, min(end, n)):
            tags[i] = ("B-" if i == start else "I-") + label
    return tags


# ----------------------------------------------------------------------------------------------------------------
# readers


def _blocks(lines: Iterable[str], *, comments: bool) -> Iterable[list[list[str]]]:
    cur: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if (comments and line.startswith("#")) or line.startswith("-DOCSTART-"):
            continue
        if not line.strip():
            if cur:
                yield cur
                cur = []
            continue
        cur.append(line.split("\t"))
    if cur:
        yield cur


def _sentence(tokens: list[str], raw_tags: list[str]) -> TaggedSentence:
    return TaggedSentence(tokens, to_iob2([map_tag(t) for t in raw_tags]))


def read_germeval(path: str | Path) -> list[TaggedSentence]:
    """A GermEval 2014 (NoSta-D) file: ``#`` comments, ``idx token outer inner``, blank line between sentences."""
    out: list[TaggedSentence] = []
    with open(path, encoding="utf-8") as fh:
        for n, block in enumerate(_blocks(fh, comments=True), 1):
            for cols in block:
                if len(cols) < 3:
                    raise ValueError(
                        f"{path}: sentence {n}: expected 'idx TAB token TAB outer [TAB inner]', got {cols!r}"
                    )
            out.append(_sentence([c[1] for c in block], [c[2] for c in block]))
    return out


def read_token_tag(path: str | Path) -> list[TaggedSentence]:
    """A token-TAB-tag file (ner-d, CoNLL-like, WikiANN); a ``de:``-style prefix on every token is removed."""
    with open(path, encoding="utf-8") as fh:
        blocks = list(_blocks(fh, comments=False))
    for n, block in enumerate(blocks, 1):
        for cols in block:
            if len(cols) < 2:
                raise ValueError(f"{path}: sentence {n}: expected 'token TAB tag', got {cols!r}")
    words = [cols[0] for block in blocks for cols in block]
    strip = bool(words) and all(_LANG_PREFIX.match(w) for w in words)
    out = []
    for block in blocks:
        toks = [_LANG_PREFIX.sub("", c[0]) if strip else c[0] for c in block]
        out.append(_sentence(toks, [c[-1] for c in block]))
    return out


def detect_format(path: str | Path) -> str:
    """``"germeval"`` or ``"token-tag"``, from the first data line of the file."""
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if line.startswith("#") and len(cols) != 2:  # GermEval comment ('#' TAB url TAB [date])
                return "germeval"
            if len(cols) >= 3 and cols[0].isdigit():
                return "germeval"
            if len(cols) >= 2:
                return "token-tag"
            raise ValueError(
                f"{path}: not a NER file: the first line has no tab-separated tag: {line[:80]!r}"
            )
    raise ValueError(f"{path}: the file is empty")


def read_ner_file(path: str | Path) -> list[TaggedSentence]:
    """Read either format (see :func:`detect_format`), with tags mapped to PER/LOC/ORG/MISC in IOB2."""
    if detect_format(path) == "germeval":
        return read_germeval(path)
    return read_token_tag(path)


# ----------------------------------------------------------------------------------------------------------------
# scoring


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Gold entities."""
        return self.tp + self.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
        }


@dataclass
class NerReport:
    per_class: dict[str, PRF] = field(default_factory=dict)
    micro: PRF = field(default_factory=PRF)
    sentences: int = 0
    tokens: int = 0
    source: str = ""

    def rows(self) -> list[tuple[str, float, float, float, int]]:
        """(class, P, R, F1, gold entities) per class in report order, then ``micro``."""
        order = [c for c in LABELS if c in self.per_class] + sorted(set(self.per_class) - set(LABELS))
        rows = [
            (c, s.precision, s.recall, s.f1, s.support) for c, s in ((c, self.per_class[c]) for c in order)
        ]
        m = self.micro
        rows.append(("micro", m.precision, m.recall, m.f1, m.support))
        return rows

    def table(self) -> str:
        lines = [f"{'class':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
        lines += [f"{c:<6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}" for c, p, r, f, n in self.rows()]
        return "\n".join(lines)

    def summary(self) -> str:
        m = self.micro
        where = f"; {self.source}" if self.source else ""
        return (
            f"ner: precision {m.precision:.3f} recall {m.recall:.3f} F1 {m.f1:.3f} (micro, exact entity match; "
            f"{m.support} gold entities, {self.sentences} sentences{where})"
        )

    def lines(self) -> list[str]:
        """The per-class table, then one summary line: what ``chronik eval ner`` prints."""
        return [*self.table().splitlines(), self.summary()]

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sentences": self.sentences,
            "tokens": self.tokens,
            "per_class": {c: self.per_class[c].as_dict() for c, *_ in self.rows()[:-1]},
            "micro": self.micro.as_dict(),
        }


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> NerReport:
    """Exact-match P/R/F1 per class and micro over sentences of IOB tags (IOB1 and IOB2 are both read)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    report = NerReport()
    for c in LABELS:
        report.per_class[c] = PRF()
    for i, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        if len(g) != len(p):
            raise ValueError(f"sentence {i}: {len(g)} gold tags but {len(p)} predicted")
        report.sentences += 1
        report.tokens += len(g)
        gs, ps = set(spans(g)), set(spans(p))
        for _, _, label in gs & ps:
            report.per_class.setdefault(label, PRF()).tp += 1
        for _, _, label in ps - gs:
            report.per_class.setdefault(label, PRF()).fp += 1
        for _, _, label in gs - ps:
            report.per_class.setdefault(label, PRF()).fn += 1
    for s in report.per_class.values():
        report.micro.tp += s.tp
        report.micro.fp += s.fp
        report.micro.fn += s.fn
    return report


def evaluate(
    path: str | Path,
    tagger: Tagger | None = None,
    *,
    batch_tagger: BatchTagger | None = None,
) -> NerReport:
    """Score a tagger on a NER file in either format.

    ``tagger(tokens) -> IOB2 tags`` is called once per sentence; ``batch_tagger(list of token lists)`` is called
    once for the whole file (faster for spaCy). With neither, Chronik's shipped German model is scored.
    """
    sents = read_ner_file(path)
    tokens = [s.tokens for s in sents]
    if tagger is not None:
        predicted = [tagger(list(t)) for t in tokens]
    else:
        predicted = (batch_tagger or tag_batch)(tokens)
    report = score([s.tags for s in sents], predicted)
    report.source = str(path)
    return report


# the shipped model lives in the linguistic layer; re-exported here for the evaluation
from chronik.nlp.german_ner import entities, load_model, model_path, tag, tag_batch  # noqa: E402

__all__ = [
    "CLASS_MAP",
    "LABELS",
    "PRF",
    "NerReport",
    "TaggedSentence",
    "detect_format",
    "entities",
    "evaluate",
    "load_model",
    "map_tag",
    "model_path",
    "read_germeval",
    "read_ner_file",
    "read_token_tag",
    "score",
    "spans",
    "spans_to_iob",
    "tag",
    "tag_batch",
    "to_iob2",
]
