"""Chronik's own German NER model (``chronik/models/de_ner``, see its MODEL_CARD.md): loading and tagging.

The model is a small spaCy pipeline (tok2vec + ner) trained by ``training/train_de_ner.py`` on German NER data; it
tags pre-tokenised sentences (SoMaJo's tokens) with PER, LOC, ORG and MISC. In Chronik it complements the actor
gazetteer: known actors from the knowledge base win, the model adds the entities they do not cover.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronik.nlp.base import load_spacy_model, shipped_model, spans


def model_path() -> Path:
    """The directory of the German NER model that ships in ``chronik/models/de_ner``."""
    return shipped_model("de_ner")


@lru_cache(maxsize=1)
def model_available() -> bool:
    """Is the German NER model installed (it ships with the package; a source checkout may lack it)?"""
    return (model_path() / "config.cfg").is_file()


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Any:
    """The spaCy pipeline (tok2vec + ner) of the German model, loaded once per process. Nothing is downloaded."""
    return load_spacy_model(Path(path) if path else model_path(), "German NER model")


def _docs(nlp: Any, sentences: Iterable[Sequence[str]]) -> Iterable[Any]:
    from spacy.tokens import Doc

    for words in sentences:
        # spaCy refuses empty words; a placeholder keeps the alignment with the caller's tokens
        yield Doc(nlp.vocab, words=[w if w else "_" for w in words])


def _iob(doc: Any) -> list[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def tag_batch(
    sentences: Iterable[Sequence[str]], *, batch_size: int = 256, model: str | None = None
) -> list[list[str]]:
    """IOB2 tags for many pre-tokenised sentences at once (much faster than one :func:`tag` call each)."""
    nlp = load_model(model)
    out = []
    for doc in nlp.pipe(_docs(nlp, sentences), batch_size=batch_size):
        out.append(_iob(doc))
    return out


def tag(tokens: Sequence[str], *, model: str | None = None) -> list[str]:
    """IOB2 tags (PER, LOC, ORG, MISC) for one pre-tokenised sentence, e.g. SoMaJo's tokens."""
    if not tokens:
        return []
    nlp = load_model(model)
    return _iob(nlp(next(iter(_docs(nlp, [tokens])))))


def entities(tokens: Sequence[str], *, model: str | None = None) -> list[tuple[int, int, str]]:
    """Entities of one pre-tokenised sentence as ``(start_token, end_token_exclusive, label)``."""
    return spans(tag(tokens, model=model))
