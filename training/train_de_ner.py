"""Rebuild Chronik's German NER model (spaCy tok2vec + ner, CPU, no downloads) from ../shared/data/ner-de/.

    python training/train_de_ner.py              # the whole rebuild (make train-de): both stages, held-out
                                                 # scores, export to src/chronik/models/de_ner
    python training/train_de_ner.py evaluate     # held-out scores of the last stage's model again
    python training/train_de_ner.py export       # export it again

    # experiments: prepare one data mix into a build folder, train one run on it
    python training/train_de_ner.py prepare --build training/build/x --wikiann silver --germeval-train-pct 50
    python training/train_de_ner.py train --build training/build/x --run r1 --config training/configs/de_ner.cfg \
        -o training.max_steps=2000

    # the same recipe with static floret vectors (training/build_de_vectors.py; not the shipped model, see
    # MODEL_CARD.md "Tried: static vectors"): stage 1 uses configs/de_ner_vectors.cfg, build in training/build/vectors
    python training/train_de_ner.py --vectors training/build/de_vectors/spacy --out training/build/vectors/export/de_ner

The recipe has two stages (see ``STAGES``), because that is how the shipped model was trained within its time box:

1. ``configs/de_ner.cfg`` from scratch on ner-d's training split, 3,500 steps (about 6 epochs);
2. ``configs/de_ner_continue.cfg``, continuing from stage 1's best weights for 2,500 steps on ner-d's training
   split + half of GermEval 2014 dev (three copies) + WikiANN train and dev (silver; WikiANN has no MISC class).
   Its last weights are the model.

Data and splits (all deterministic, by hash: bucket = first 8 hex digits of the SHA-1 of the space-joined tokens,
modulo 100):

- ``germeval2014-dev.tsv`` (GermEval 2014 dev, 2,200 sentences): buckets 50–99 (1,124 sentences) are **held
  out**; buckets 0–49 (1,076) are training data in stage 2. ner-d contains 2,004 GermEval dev sentences: every
  ner-d or WikiANN sentence whose tokens equal *any* GermEval dev sentence is dropped, so the held-out half is
  never seen, not even as a duplicate.
- ``ner-d.dev.filtered.tsv``, deduplicated: buckets 0–9 are **held out** (10 %), 10–14 are the dev split that
  picks the best checkpoint during training (5 %), the rest is training data.
- ``wikiann-de.{train,dev}.txt`` minus sentences equal to held-out ones, redirects (``WEITERLEITUNG``) and
  fragments under 3 tokens. WikiANN's test file is not used.

The training data only (never the held-out gold) is made consistent with the GermEval mapping: single lowercase
nationality/language adjectives (*deutscher*, *französischen*, *engl.*), which ner-d's WikiNER part marks MISC and
GermEval marks ``LOCderiv`` (→ O), become O.

Training runs in one process and one BLAS thread: the machine has two cores, shared with other work.
The converted corpora, runs and scores go to ``training/build/`` (not committed).
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
CONTINUE = ROOT / "training" / "configs" / "de_ner_continue.cfg"
VECTORS_CONFIG = ROOT / "training" / "configs" / "de_ner_vectors.cfg"
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

#: The recipe of the shipped model. Each stage prepares its data mix in BUILD/<name>/ and trains
#: BUILD/<name>/runs/<name>.
STAGES: list[dict] = [
    {
        "name": "stage1",
        "config": CONFIG,
        "data": {"wikiann": "none", "germeval_train_pct": 0, "germeval_repeat": 1},
        "overrides": ["training.max_steps=3500"],
    },
    {
        "name": "stage2",
        "config": CONTINUE,
        "base": "stage1",  # continue from stage 1's model-best
        "data": {"wikiann": "silver", "germeval_train_pct": 50, "germeval_repeat": 3},
        "overrides": ["training.max_steps=2500"],
    },
]
FINAL = "stage2"
#: Stage 2's last weights ship. Its checkpoint-picking dev split is ner-d's, whose conventions stage 2 moves away
#: from on purpose (towards GermEval's), so "best on that dev split" would pick stage 2's first step.
FINAL_WHICH = "model-last"

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
        (s, e, label) for s, e, label in spans(sent.tags) if not (e - s == 1 and _ADJ.match(sent.tokens[s]))
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


def germeval_blocks(path: Path) -> list[tuple[list[str], str]]:
    """The raw sentences of a GermEval file: (tokens, the sentence's lines with its comment) in file order."""
    out: list[tuple[list[str], str]] = []
    lines: list[str] = []
    toks: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in [*fh, "\n"]:
            if line.strip():
                lines.append(line)
                if not line.startswith("#"):
                    toks.append(line.split("\t")[1])
            elif toks:
                out.append((toks, "".join(lines) + "\n"))
                lines, toks = [], []
    return out


def split(data: Path, germeval_train_pct: int = 0) -> dict:
    """The deterministic splits of ``data`` (see the module docstring), without writing anything.

    Returns a dict with ``germeval`` (all GermEval 2014 dev sentences), ``germeval_train`` (buckets <
    ``germeval_train_pct``), ``germeval_heldout`` (the rest), ``nerd`` (``{"train", "dev", "heldout"}`` lists of
    deduplicated ner-d sentences, minus every GermEval dev sentence), ``banned`` (the keys of all GermEval dev
    sentences), ``seen`` (the keys of the kept ner-d sentences) and the drop counts. ``build_de_vectors.py`` uses it
    to keep the held-out sentences out of the vector corpus too.
    """
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
    return {
        "germeval": germeval,
        "germeval_train": [s for s in germeval if bucket(s.tokens) < germeval_train_pct],
        "germeval_heldout": [s for s in germeval if bucket(s.tokens) >= germeval_train_pct],
        "nerd": splits,
        "nerd_total": len(nerd),
        "banned": banned,
        "seen": seen,
        "dropped_germeval": dropped_germeval,
        "dropped_dup": dropped_dup,
    }


def prepare(
    data: Path, build: Path, wikiann: str, germeval_train_pct: int = 0, germeval_repeat: int = 1
) -> dict:
    sp = split(data, germeval_train_pct)
    germeval, banned, seen = sp["germeval"], sp["banned"], sp["seen"]
    # GermEval 2014 dev: buckets < germeval_train_pct go to training (0: none), the rest is held out.
    # The half with buckets >= 50 is always written too, so that runs with and without GermEval compare.
    raw = germeval_blocks(data / "germeval2014-dev.tsv")
    assert [t for t, _ in raw] == [s.tokens for s in germeval]
    ge_train = sp["germeval_train"]
    (build / "heldout").mkdir(parents=True, exist_ok=True)
    with open(build / "heldout" / "germeval2014-dev.heldout.tsv", "w", encoding="utf-8") as fh:
        fh.writelines(text for toks, text in raw if bucket(toks) >= germeval_train_pct)
    with open(build / "heldout" / "germeval2014-dev.half-B.tsv", "w", encoding="utf-8") as fh:
        fh.writelines(text for toks, text in raw if bucket(toks) >= 50)
    splits = sp["nerd"]
    dropped_germeval, dropped_dup = sp["dropped_germeval"], sp["dropped_dup"]
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
        "ner-d sentences": sp["nerd_total"],
        "dropped: also in GermEval dev": dropped_germeval,
        "dropped: duplicates": dropped_dup,
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
    ge_file = corpus / "train" / "germeval.spacy"
    if ge_train:
        stats[f"germeval dev sentences in training (buckets < {germeval_train_pct}, x{germeval_repeat})"] = (
            len(ge_train)
        )
        to_docbin(ge_file, ge_train * germeval_repeat)
    elif ge_file.exists():
        ge_file.unlink()
    stats["germeval held-out sentences"] = len(germeval) - len(ge_train)
    write_token_tag(build / "heldout" / "ner-d.heldout.tsv", splits["heldout"])  # gold as given (mapped)
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


def heldout_scores(model: Path, heldout: Path) -> dict:
    names = ["germeval2014-dev.heldout.tsv", "ner-d.heldout.tsv"]
    half_b = heldout / "germeval2014-dev.half-B.tsv"
    if half_b.read_bytes() != (heldout / names[0]).read_bytes():
        names.append(half_b.name)
    results = {}
    for name in names:
        t0 = time.time()
        rep = evaluate(heldout / name, batch_tagger=lambda s: tag_batch(s, model=str(model)))
        print(f"\n== {name}\n{rep.table()}\n{rep.summary()}  [{time.time() - t0:.1f} s]")
        results[name] = rep.as_dict()
    return results


def evaluate_run(build: Path, run: str, which: str = "model-best") -> dict:
    model = build / "runs" / run / which
    results = heldout_scores(model, build / "heldout")
    (build / "runs" / run / f"heldout-{which}.json").write_text(json.dumps(results, indent=2))
    return results


def export(build: Path, run: str, dest: Path, which: str = "model-best", vectors: Path | None = None) -> None:
    import spacy

    src = build / "runs" / run / which
    nlp = spacy.load(src)
    for name in list(nlp.pipe_names):
        if name not in ("tok2vec", "ner"):
            nlp.remove_pipe(name)
    scores_file = build / "runs" / run / f"heldout-{which}.json"
    heldout = json.loads(scores_file.read_text()) if scores_file.exists() else {}
    nlp.meta.update(
        {
            "name": "de_ner",
            "version": "1.0.0",
            "description": "Chronik's German NER (PER, LOC, ORG, MISC): spaCy tok2vec (hash embeddings + CNN) and "
            "transition-based NER, for pre-tokenised sentences. See chronik/models/MODEL_CARD.md.",
            "author": "Chronik developers",
            "license": "weights derived from GermEval 2014 (CC BY 4.0), WikiANN (ODC-BY 1.0) and ner-d (mixed "
            "research licences): see MODEL_CARD.md",
            "sources": [
                {
                    "name": "ner-d (ner-d.dev.filtered)",
                    "license": "mixed research licences, see MODEL_CARD.md",
                },
                {"name": "GermEval 2014 NER, dev (half)", "license": "CC BY 4.0"},
                {"name": "WikiANN (de, train+dev)", "license": "ODC-BY 1.0"},
            ],
            "chronik_heldout": {
                k: {"micro": v["micro"], "per_class": v["per_class"]} for k, v in heldout.items()
            },
        }
    )
    if nlp.vocab.vectors.shape[0]:
        # the static vectors' own provenance, from build_de_vectors.py's files next to the spaCy vectors folder
        info: dict = {"mode": nlp.vocab.vectors.mode, "shape": list(nlp.vocab.vectors.shape)}
        vdir = vectors.parent if vectors is not None else None
        if vdir is not None and (vdir / "corpus-stats.json").is_file():
            cs = json.loads((vdir / "corpus-stats.json").read_text())
            info["corpus_tokens"] = cs.get("tokens")
            info["sources"] = [
                {"name": k, "license": v["licence"], "tokens": v.get("tokens", 0)}
                for k, v in cs["sources"].items()
                if v.get("tokens")
            ]
        if vdir is not None and (vdir / "vectors-settings.json").is_file():
            info["settings"] = json.loads((vdir / "vectors-settings.json").read_text())
        nlp.meta["chronik_vectors"] = info  # spaCy rewrites meta["vectors"] itself on to_disk
        nlp.meta["license"] += "; static vectors trained on the corpus in chronik_vectors (licences there)"
    for k in nlp.config["paths"]:  # build folders of the machine that trained it: meaningless elsewhere
        nlp.config["paths"][k] = None
    # the scores of the dev split that picked the checkpoint; the held-out ones are in chronik_heldout
    nlp.meta.pop("performance", None)
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(dest)
    # The string store would list every token of the training data (about 3 MB). Inference does not need it: the
    # hash embeddings hash each word's NORM/PREFIX/SUFFIX/SHAPE from the text, and the labels are in ner/moves.
    (dest / "vocab" / "strings.json").write_text(json.dumps(sorted(nlp.get_pipe("ner").labels)))
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"exported {src} → {dest} ({size / 1e6:.1f} MB)")


def rebuild(data: Path, build: Path, out: Path, which: str, vectors: Path | None = None) -> None:
    """Train ``STAGES`` and export. With ``vectors`` (a spaCy vectors folder from build_de_vectors.py), stage 1
    uses ``de_ner_vectors.cfg`` instead of ``de_ner.cfg`` and every stage gets ``paths.vectors``: stage 2 sources
    stage 1's components, whose static-vector layer needs the same table."""
    t0 = time.time()
    for stage in STAGES:
        name = stage["name"]
        print(f"\n######## {name}")
        prepare(data, build / name, **stage["data"])
        overrides = list(stage["overrides"])
        config = stage["config"]
        if vectors is not None:
            overrides.append(f"paths.vectors={vectors}")
            if config == CONFIG:
                config = VECTORS_CONFIG
        if "base" in stage:
            overrides.append(
                f"paths.base_model={build / stage['base'] / 'runs' / stage['base'] / 'model-best'}"
            )
        train(config, build / name, name, overrides)
    evaluate_run(build / FINAL, FINAL, which)
    export(build / FINAL, FINAL, out, which, vectors)
    print(f"rebuilt in {(time.time() - t0) / 60:.0f} min")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "step", nargs="?", default="all", choices=["all", "prepare", "train", "evaluate", "export"]
    )
    ap.add_argument("--data", type=Path, default=DATA, help="folder with ner-d, GermEval 2014 dev, WikiANN")
    ap.add_argument("--build", type=Path, default=None,
                    help="scratch folder (default: training/build/stage2 for evaluate/export, training/build else)")  # fmt: skip
    ap.add_argument("--config", type=Path, default=CONFIG, help="for 'train'")
    ap.add_argument("--run", default=None, help="run name under BUILD/runs/ (default: stage2)")
    ap.add_argument("--wikiann", choices=["none", "silver", "partial"], default="none",
                    help="for 'prepare': add WikiANN train+dev as silver data (partial: its O tokens count as unknown)")  # fmt: skip
    ap.add_argument("--germeval-train-pct", type=int, default=0,
                    help="for 'prepare': train on this %% of GermEval 2014 dev (by sentence hash); the rest is held out")  # fmt: skip
    ap.add_argument("--germeval-repeat", type=int, default=1, help="for 'prepare': copies of those sentences")
    ap.add_argument("--which", default=FINAL_WHICH, choices=["model-best", "model-last"])
    ap.add_argument("--out", type=Path, default=MODEL_OUT, help="where the shipped model goes")
    ap.add_argument("-o", "--override", action="append", default=[], help="spaCy config override key=value")
    ap.add_argument("--vectors", type=Path, default=None,
                    help="a spaCy floret vectors folder (build_de_vectors.py: training/build/de_vectors/spacy): "
                    "train with static vectors (de_ner_vectors.cfg); the default build folder becomes "
                    "training/build/vectors")  # fmt: skip
    args = ap.parse_args(argv)

    if args.step in ("all", "prepare") and not (args.data / "ner-d.dev.filtered.tsv").is_file():
        print(f"no training data at {args.data} (expected ner-d.dev.filtered.tsv there)", file=sys.stderr)
        return 2
    run = args.run or FINAL
    vectors = args.vectors.resolve() if args.vectors else None
    if vectors is not None and not (vectors / "vocab" / "vectors").is_file():
        print(f"no spaCy vectors at {vectors}: run training/build_de_vectors.py first", file=sys.stderr)
        return 2
    build = args.build or (BUILD / "vectors" if vectors else BUILD)
    if args.step == "all":
        rebuild(args.data, build, args.out, args.which, vectors)
    elif args.step == "prepare":
        prepare(args.data, build, args.wikiann, args.germeval_train_pct, args.germeval_repeat)
    elif args.step == "train":
        overrides = [*args.override, f"paths.vectors={vectors}"] if vectors else args.override
        config = VECTORS_CONFIG if vectors and args.config == CONFIG else args.config
        train(config, build, run, overrides)
    elif args.step == "evaluate":
        evaluate_run(args.build or build / FINAL, run, args.which)
    elif args.step == "export":
        export(args.build or build / FINAL, run, args.out, args.which, vectors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
