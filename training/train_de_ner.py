"""Rebuild Chronik's German NER model (spaCy tok2vec + ner, CPU, no downloads) from ../shared/data/ner-de/.

    python training/train_de_ner.py                 # prepare + train + evaluate + export (the whole rebuild)
    python training/train_de_ner.py prepare         # only convert the data to DocBin under training/build/
    python training/train_de_ner.py train --run NAME --config training/configs/de_ner.cfg [-o key=value ...]
    python training/train_de_ner.py evaluate --run NAME    # held-out scores of training/build/runs/NAME
    python training/train_de_ner.py export --run NAME      # copy that model to src/chronik/models/de_ner

Data and splits (all deterministic; nothing random depends on the machine):

- ``germeval2014-dev.tsv`` (GermEval 2014 dev, 2,200 sentences) is **held out entirely**. ner-d contains 2,004 of
  these sentences; every ner-d or WikiANN sentence whose token sequence equals a GermEval dev sentence is dropped.
- ``ner-d.dev.filtered.tsv``, deduplicated: bucket = first 8 hex digits of SHA-1 of the space-joined tokens,
  modulo 100. Buckets 0–9 are **held out** (10 %), 10–14 are the dev split that picks the best checkpoint during
  training (5 %), the rest is training data.
- ``wikiann-de.{train,dev}.txt`` (silver, no MISC class) only with ``--wikiann silver|partial``.

The training data only (never the held-out gold) is made consistent with the GermEval mapping: single lowercase
nationality/language adjectives (*deutscher*, *französischen*, *engl.*), which ner-d's WikiNER part marks MISC and
GermEval marks ``LOCderiv`` (→ O), become O.

Training runs in one process and one BLAS thread: the machine has two cores and the other one is someone's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ner-de"
BUILD = ROOT / "training" / "build"
CONFIG = ROOT / "training" / "configs" / "de_ner.cfg"
MODEL_OUT = ROOT / "src" / "chronik" / "models" / "de_ner"

sys.path.insert(0, str(ROOT / "src"))  # the readers and the scorer are Chronik's own

from chronik.evaluation.ner import (  # noqa: E402
    TaggedSentence,
    evaluate,
    read_germeval,
    read_token_tag,
    spans,
    spans_to_iob,
    tag_batch,
)

HOLDOUT_BUCKETS = range(0, 10)
DEV_BUCKETS = range(10, 15)

_ADJ = re.compile(
    r"^(?=[a-zäöü])[\w-]*(isch|deutsch)(e|en|er|es|em)?$"
    r"|^(engl|ital|frz|franz|lat|griech|span|russ|niederl|poln|dt|amerik|österr|schwed|dän|norw|port)\.$"
)


def key(tokens: list[str]) -> str:
    return " ".join(tokens)


def bucket(tokens: list[str]) -> int:
    return int(hashlib.sha1(key(tokens).encode("utf-8")).hexdigest()[:8], 16) % 100


def clean(sent: TaggedSentence) -> TaggedSentence:
    """Training-side relabelling to the GermEval convention: a lone lowercase derived adjective is not an entity."""
    ents = [
        (s, e, label)
        for s, e, label in spans(sent.tags)
        if not (e - s == 1 and _ADJ.match(sent.tokens[s]))
    ]
    return TaggedSentence(sent.tokens, spans_to_iob(ents, len(sent.tokens)))


def write_token_tag(path: Path, sents: list[TaggedSentence]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for s in sents:
            for t, g in zip(s.tokens, s.tags, strict=True):
                fh.write(f"{t}\t{g}\n")
            fh.write("\n")


def to_docbin(path: Path, sents: list[TaggedSentence], *, o_missing: bool = False) -> int:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab
    db = DocBin(store_user_data=False)
    n = 0
    for s in sents:
        tags = [None if (o_missing and t == "O") else t for t in s.tags]
        db.add(Doc(vocab, words=s.tokens, ents=tags))
        n += len(s.tokens)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def prepare(data: Path, build: Path, wikiann: str) -> dict:
    germeval = read_germeval(data / "germeval2014-dev.tsv")
    banned = {key(s.tokens) for s in germeval}
    nerd = read_token_tag(data / "ner-d.dev.filtered.tsv")
    splits: dict[str, list[TaggedSentence]] = {"train": [], "dev": [], "heldout": []}
    seen: set[str] = set()
    dropped_germeval = dropped_dup = 0
    for s in nerd:
        k = key(s.tokens)
        if k in banned:
            dropped_germeval += 1
            continue
        if k in seen:
            dropped_dup += 1
            continue
        seen.add(k)
        b = bucket(s.tokens)
        splits["heldout" if b in HOLDOUT_BUCKETS else "dev" if b in DEV_BUCKETS else "train"].append(s)
    held_keys = {key(s.tokens) for s in splits["heldout"]} | banned
    silver: list[TaggedSentence] = []
    if wikiann != "none":
        for name in ("wikiann-de.train.txt", "wikiann-de.dev.txt"):
            for s in read_token_tag(data / name):
                k = key(s.tokens)
                if k in held_keys or k in seen or "WEITERLEITUNG" in s.tokens or len(s.tokens) < 3:
                    continue
                seen.add(k)
                silver.append(clean(s))
    corpus = build / "corpus"
    stats = {
        "ner-d sentences": len(nerd),
        "dropped: also in GermEval dev": dropped_germeval,
        "dropped: duplicates": dropped_dup,
        "germeval held-out sentences": len(germeval),
    }
    for name, sents in splits.items():
        stats[f"ner-d {name} sentences"] = len(sents)
    train = [clean(s) for s in splits["train"]]
    stats["train tokens (ner-d)"] = to_docbin(corpus / "train" / "ner-d.spacy", train)
    stats["dev tokens"] = to_docbin(corpus / "dev.spacy", [clean(s) for s in splits["dev"]])
    if silver:
        stats[f"wikiann silver sentences ({wikiann})"] = len(silver)
        stats["wikiann tokens"] = to_docbin(
            corpus / "train" / "wikiann.spacy", silver, o_missing=wikiann == "partial"
        )
    elif (corpus / "train" / "wikiann.spacy").exists():
        (corpus / "train" / "wikiann.spacy").unlink()
    write_token_tag(build / "heldout" / "ner-d.heldout.tsv", splits["heldout"])  # gold as given (mapped)
    shutil.copyfile(data / "germeval2014-dev.tsv", build / "heldout" / "germeval2014-dev.tsv")
    (build / "corpus" / "stats.json").write_text(json.dumps(stats, indent=2))
    for k, v in stats.items():
        print(f"  {k}: {v}")
    return stats


def train(config: Path, build: Path, run: str, overrides: list[str]) -> Path:
    from spacy.cli.train import train as spacy_train

    out = build / "runs" / run
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    ov = {
        "paths.train": str(build / "corpus" / "train"),  # every .spacy file in it: ner-d (+ WikiANN)
        "paths.dev": str(build / "corpus" / "dev.spacy"),
    }
    for item in overrides:
        k, _, v = item.partition("=")
        try:
            ov[k] = json.loads(v)
        except ValueError:
            ov[k] = v
    shutil.copyfile(config, out / "config.cfg")
    (out / "overrides.json").write_text(json.dumps(ov, indent=2))
    t0 = time.time()
    spacy_train(config, out, use_gpu=-1, overrides=ov)
    (out / "train_seconds.txt").write_text(f"{time.time() - t0:.0f}\n")
    print(f"trained {run} in {time.time() - t0:.0f} s")
    return out


def heldout_scores(model: Path, build: Path) -> dict:
    results = {}
    for name in ("germeval2014-dev.tsv", "ner-d.heldout.tsv"):
        path = build / "heldout" / name
        t0 = time.time()
        rep = evaluate(path, batch_tagger=lambda s: tag_batch(s, model=str(model)))
        secs = time.time() - t0
        print(f"\n== {name}\n{rep.table()}\n{rep.summary()}  [{secs:.1f} s]")
        results[name] = rep.as_dict()
    return results


def evaluate_run(build: Path, run: str, which: str = "model-best") -> dict:
    model = build / "runs" / run / which
    results = heldout_scores(model, build)
    (build / "runs" / run / f"heldout-{which}.json").write_text(json.dumps(results, indent=2))
    return results


def export(build: Path, run: str, dest: Path, which: str = "model-best") -> None:
    import spacy

    src = build / "runs" / run / which
    nlp = spacy.load(src)
    keep = {"tok2vec", "ner"}
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    scores_file = build / "runs" / run / f"heldout-{which}.json"
    heldout = json.loads(scores_file.read_text()) if scores_file.exists() else {}
    nlp.meta.update(
        {
            "name": "de_ner",
            "version": "1.0.0",
            "description": "Chronik's German NER (PER, LOC, ORG, MISC): spaCy tok2vec (hash embeddings, CNN) + "
            "transition-based NER, trained on ner-d without GermEval 2014 dev and a 10 % held-out split. "
            "Input: pre-tokenised sentences. See chronik/models/MODEL_CARD.md.",
            "author": "Chronik developers",
            "license": "CC BY 4.0 / ODC-BY / research (training data, see MODEL_CARD.md); code Apache-2.0",
            "sources": [
                {"name": "ner-d (dev.filtered)", "license": "mixed research licences"},
                {"name": "GermEval 2014 (held out, dev)", "license": "CC BY 4.0"},
            ],
            "chronik_heldout": {
                k: {"micro": v["micro"], "per_class": v["per_class"]} for k, v in heldout.items()
            },
        }
    )
    nlp.meta.pop("performance", None)  # dev-split scores; the held-out ones are above
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"exported {src} → {dest} ({size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", nargs="?", default="all", choices=["all", "prepare", "train", "evaluate", "export"])
    ap.add_argument("--data", type=Path, default=DATA, help="folder with ner-d, GermEval 2014 dev, WikiANN")
    ap.add_argument("--build", type=Path, default=BUILD, help="scratch folder (not committed)")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--run", default="final", help="name of the training run under BUILD/runs/")
    ap.add_argument("--wikiann", choices=["none", "silver", "partial"], default="none",
                    help="add WikiANN train+dev as silver data (partial: its O tokens count as unknown)")  # fmt: skip
    ap.add_argument("--which", default="model-best", choices=["model-best", "model-last"])
    ap.add_argument("--out", type=Path, default=MODEL_OUT, help="where the shipped model goes")
    ap.add_argument("-o", "--override", action="append", default=[], help="spaCy config override key=value")
    args = ap.parse_args(argv)

    if args.step in ("all", "prepare"):
        if not (args.data / "ner-d.dev.filtered.tsv").is_file():
            print(f"no training data at {args.data} (expected ner-d.dev.filtered.tsv there)", file=sys.stderr)
            return 2
        prepare(args.data, args.build, args.wikiann)
    if args.step in ("all", "train"):
        train(args.config, args.build, args.run, args.override)
    if args.step in ("all", "evaluate"):
        evaluate_run(args.build, args.run, args.which)
    if args.step in ("all", "export"):
        export(args.build, args.run, args.out, args.which)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
