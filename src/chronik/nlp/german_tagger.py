"""Chronik's own German STTS tagger (``chronik/models/de_tagger``, see MODEL_CARD.md): loading and tagging.

A small spaCy pipeline (tok2vec + tagger) trained by ``training/train_de_tagger.py`` on UD German (gold STTS) and
HanTa's tags over news-like sentences. It tags pre-tokenised sentences (SoMaJo's tokens) with STTS tags as TIGER
writes them (PROAV, ``$(``), the tags Chronik's coder reads. All sentences of an article go through one
``nlp.pipe`` call: the fixed cost per call is what makes one call per sentence slow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronik.nlp.base import load_spacy_model, shipped_model

# --- lexical features ---------------------------------------------------------------------------------------------
# The tagger's embeddings hash five strings per word. Besides the lower-case form (LOWER) and its last three letters
# (SUFFIX), three come from simplemma's German dictionary, which knows far more words than the training data:
# NORM is the word's dictionary lemma ("drohe" → drohen), SHAPE adds to spaCy's word shape what the dictionary
# says about the word (known or not, lemma capitalised or not, lemma ending in -n, lemma = word), and PREFIX marks
# the morphology of participles and zu-infinitives ("abgezogen", "anzugreifen"). They are functions of the word
# alone, so spaCy computes them once per word type. The model's config names them (``[nlp] after_creation``), so
# the same functions run in training and in Chronik.

#: Separable particles before a participle's "ge" or an infinitive's "zu".
_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "entgegen", "fest", "fort", "frei", "gegenüber", "her",
    "heran", "herauf", "heraus", "herbei", "herein", "herum", "herunter", "hervor", "hin", "hinauf", "hinaus",
    "hinein", "hinzu", "los", "mit", "nach", "nieder", "teil", "um", "vor", "voran", "voraus", "vorbei", "weg",
    "weiter", "wieder", "zu", "zurück", "zusammen",
)  # fmt: skip


def _lookup(word: str) -> str:
    from simplemma import lemmatize

    return lemmatize(word, lang="de")


def _known(word: str) -> bool:
    from simplemma import is_known

    return is_known(word, lang="de")


def norm_feature(word: str) -> str:
    """NORM: the dictionary lemma, lower case ("Wahlen" → wahl, "drohe" → drohen)."""
    return _lookup(word).lower() if any(c.isalpha() for c in word) else word


def shape_feature(word: str) -> str:
    """SHAPE: spaCy's word shape plus what the dictionary says: known (K/U), lemma capitalised (C/l), lemma ending
    in -n (n/x), lemma = word (=/~)."""
    from spacy.lang.lex_attrs import word_shape

    shape = word_shape(word)
    if not any(c.isalpha() for c in word):
        return shape
    lem = _lookup(word)
    return (
        f"{shape}|{'K' if _known(word) else 'U'}{'C' if lem[:1].isupper() else 'l'}"
        f"{'n' if lem.endswith('n') else 'x'}{'=' if lem == word else '~'}"
    )


def prefix_feature(word: str) -> str:
    """PREFIX: "IZU" for a zu-infinitive of a known verb ("anzugreifen"), "GE" for a word that opens with "ge"
    after an optional particle ("gesagt", "abgezogen"), else the first letter (spaCy's default)."""
    low = word.lower()
    for p in _PARTICLES:
        if low.startswith(p + "zu") and len(low) > len(p) + 5 and _lookup(low) == p + low[len(p) + 2 :]:
            return "IZU"
    if low.startswith("ge") or any(low.startswith(p + "ge") for p in _PARTICLES):
        return "GE"
    return word[:1]


def _features(nlp: Any) -> Any:
    from spacy.attrs import NORM, PREFIX, SHAPE

    getters = nlp.vocab.lex_attr_getters
    getters[NORM], getters[SHAPE], getters[PREFIX] = norm_feature, shape_feature, prefix_feature
    return nlp


def register() -> None:
    """Register the feature callback the model's config names (``chronik.de_tagger_features.v1``)."""
    from spacy.util import registry

    if "chronik.de_tagger_features.v1" not in registry.callbacks:
        registry.callbacks.register("chronik.de_tagger_features.v1", func=lambda: _features)


def model_path() -> Path:
    """The directory of the German tagger that ships in ``chronik/models/de_tagger``."""
    return shipped_model("de_tagger")


@lru_cache(maxsize=1)
def model_available() -> bool:
    """Is the German tagger installed (it ships with the package; a source checkout may lack it)?"""
    return (model_path() / "config.cfg").is_file()


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Any:
    """The spaCy pipeline (tok2vec + tagger), loaded once per process. Nothing is downloaded."""
    register()
    return load_spacy_model(Path(path) if path else model_path(), "German tagger")


def tag_batch(
    sentences: Iterable[Sequence[str]], *, batch_size: int = 256, model: str | None = None
) -> list[list[str]]:
    """STTS tags for many pre-tokenised sentences at once (one ``nlp.pipe`` call)."""
    from spacy.tokens import Doc

    nlp = load_model(model)
    # spaCy refuses empty words; a placeholder keeps the alignment with the caller's tokens
    docs = (Doc(nlp.vocab, words=[w if w else "_" for w in words]) for words in sentences)
    return [[t.tag_ for t in doc] for doc in nlp.pipe(docs, batch_size=batch_size)]
