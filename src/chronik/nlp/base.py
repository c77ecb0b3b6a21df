"""The interface every language's analyzer implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chronik.model import Entity, Sentence


class UnsupportedLanguage(ValueError):
    pass


class Analyzer(ABC):
    language: str

    @abstractmethod
    def sentences(self, text: str, start: int, end: int) -> list[Sentence]:
        """Split ``text[start:end]`` into sentences whose tokens carry offsets into ``text``.

        Entities found by the analyzer's own NER (if it has one) are attached to each sentence.
        """

    @abstractmethod
    def tag_tokens(self, words: list[str]) -> list[tuple[str, str]]:
        """(lemma, POS) for each word of a pre-tokenised sentence."""

    def ner_tags(self, words: list[str]) -> list[str]:
        """IOB2 NER tags over a pre-tokenised sentence."""
        return entities_to_iob(self.entities(words), len(words))

    def entities(self, words: list[str]) -> list[Entity]:
        """Named entities over a pre-tokenised sentence (override where the analyzer has an NER)."""
        from chronik.nlp.gazetteer_ner import gazetteer_entities

        return gazetteer_entities(words, self.language)


def entities_to_iob(entities: list[Entity], n: int) -> list[str]:
    tags = ["O"] * n
    for e in entities:
        for i in range(e.start_token, min(e.end_token, n)):
            tags[i] = ("B-" if i == e.start_token else "I-") + e.label
    return tags


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities of an IOB1/IOB2 tag sequence as ``(start, end_exclusive, label)``, conlleval-style.

    An entity opens at ``B-X``, or at ``I-X`` not preceded by X; it goes on over following ``I-X``.
    """
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, t in enumerate(tags):
        if t.startswith("I-") and label == t[2:]:
            continue
        if label:
            out.append((start, i, label))
            start, label = -1, ""
        if t.startswith(("B-", "I-")):
            start, label = i, t[2:]
    if label:
        out.append((start, len(tags), label))
    return out


def shipped_model(name: str) -> Path:
    """The directory of a model that ships in ``chronik/models/<name>`` (spaCy's ``to_disk`` output)."""
    from importlib import resources

    return Path(str(resources.files("chronik") / "models" / name))


def load_spacy_model(path: Path, what: str) -> Any:
    """Load one of Chronik's own spaCy models from ``path``; nothing is downloaded.

    The model runs on numpy's matrix product (OpenBLAS) instead of thinc's default blis kernels: the same output
    at 2-3 times the words per second on our machines (MODEL_CARD.md). Only this model's layers get these ops.
    """
    import spacy
    from thinc.api import use_ops

    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no {what} at {path}: rebuild it with `make train-de`")
    with use_ops("numpy", use_blis=False):
        return spacy.load(path)
