"""Rebuild Chronik's German STTS tagger (spaCy tok2vec + tagger, CPU, no downloads) from ../shared/data/ud-german/.

    python training/train_de_tagger.py              # the whole rebuild (part of make train-de): prepare, train,
                                                    # held-out scores, export to src/chronik/models/de_tagger
    python training/train_de_tagger.py evaluate     # held-out POS and lemma accuracy: HanTa vs model + lemmatiser
    python training/train_de_tagger.py export       # export the trained model again

    # experiments
    python training/train_de_tagger.py prepare --build training/build/tagger-x --no-lit --silver none
    python training/train_de_tagger.py train --build training/build/tagger-x --run r1 -o training.max_steps=2000
    python training/train_de_tagger.py evaluate --model training/build/tagger-x/runs/r1/model-best
    python training/train_de_tagger.py parser       # experiment: tagger + parser on the UD data, LAS/UAS

Data (``../shared/data/ud-german``, CoNLL-U; there is no GSD train file):

- ``de_gsd-ud-test.conllu`` is **held out** (977 sentences): nothing from it is trained on, and silver sentences
  equal to one of its sentences are dropped.
- ``de_gsd-ud-dev.conllu``: gold STTS (the XPOS column); buckets 0–14 (bucket = first 8 hex digits of the SHA-1 of
  the space-joined tokens, modulo 100) pick the checkpoint, the rest is training data (four copies).
- ``de_lit-ud-test.conllu`` (with ``--lit``; the shipped model does not use it, see MODEL_CARD.md): gold STTS,
  18th/19th-century essays. Its licence is CC BY-NC-SA 4.0.
- ``de_pud-ud-test.conllu``: its XPOS column is not STTS (Penn-style tags), so its sentences are tagged with HanTa
  (silver), like the raw sentences below.
- Silver (``--silver hanta``, the default): HanTa's STTS tags over PUD's sentences and the German sentences of
  ``../shared/data/ner-de`` (GermEval 2014 dev and ner-d; the same text the NER model trains on). HanTa is the
  tagger the coder was written against; the silver data teaches the small model its conventions on news-like text.

Tokens are surface tokens, as SoMaJo gives them: a UD multiword token ("im" = "in dem") is one token tagged APPRART.
GSD's ``PAV`` is written ``PROAV`` (the TIGER name HanTa uses); XPOS values that are not STTS are left unset.
Training runs in one process and one BLAS thread. Corpora, runs and scores go to ``training/build/`` (not committed).
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
from dataclasses import dataclass, field
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "data" / "ud-german"
NER_DATA = ROOT.parent / "shared" / "data" / "ner-de"
BUILD = ROOT / "training" / "build" / "de_tagger"
CONFIG = ROOT / "training" / "configs" / "de_tagger.cfg"
PARSER_CONFIG = ROOT / "training" / "configs" / "de_parser.cfg"
MODEL_OUT = ROOT / "src" / "chronik" / "models" / "de_tagger"
RUN = "tagger"

sys.path.insert(0, str(ROOT / "src"))

HELDOUT = "de_gsd-ud-test.conllu"
DEV_BUCKETS = range(0, 15)
GOLD_REPEAT = 4
#: HanTa does not know typographic quotes and dashes („ → XY, “ → FM, and the next word becomes FM too): for the
#: silver tags it reads them as the ASCII characters it knows. The training data keep the original tokens.
_ASCII = str.maketrans({"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "«": '"', "»": '"',
                        "‹": "'", "›": "'", "–": "-", "—": "-"})  # fmt: skip

#: The STTS tags the model predicts (TIGER's STTS: PROAV, no PIDAT), the tags HanTa gives.
STTS = frozenset({
    "$(", "$,", "$.", "ADJA", "ADJD", "ADV", "APPO", "APPR", "APPRART", "APZR", "ART", "CARD", "FM", "ITJ", "KOKOM",
    "KON", "KOUI", "KOUS", "NE", "NN", "PDAT", "PDS", "PIAT", "PIS", "PPER", "PPOSAT", "PPOSS", "PRELAT", "PRELS",
    "PRF", "PROAV", "PTKA", "PTKANT", "PTKNEG", "PTKVZ", "PTKZU", "PWAT", "PWAV", "PWS", "TRUNC", "VAFIN", "VAIMP",
    "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP", "VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "XY",
})  # fmt: skip
_FIX = {"PAV": "PROAV", "$;": "$.", ",": "$,", "VVINZU": "VVIZU", "KOKON": "KON"}


def stts(tag: str) -> str | None:
    """A treebank's XPOS as the STTS tag Chronik uses, or None when it is not one."""
    tag = _FIX.get(tag, tag)
    return tag if tag in STTS else None


@dataclass
class Sent:
    """One UD sentence, as surface tokens (for tagging) and as syntactic words (for parsing)."""

    tokens: list[str]
    tags: list[str | None]  #: STTS per surface token (None: unknown)
    lemmas: list[str | None]  #: gold lemma per surface token (None: a multiword token)
    upos: list[str]
    words: list[str] = field(default_factory=list)  #: syntactic words
    word_tags: list[str | None] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  #: 0-based head per word, -1 for the root
    deps: list[str] = field(default_factory=list)


def read_conllu(path: Path) -> list[Sent]:
    out: list[Sent] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        s = Sent([], [], [], [])
        mwt_end = 0
        words = [r for r in rows if r[0].isdigit()]
        by_id = {int(r[0]): r for r in words}
        for r in rows:
            if "." in r[0]:
                continue
            if "-" in r[0]:
                a, b = (int(x) for x in r[0].split("-"))
                parts = [by_id[i] for i in range(a, b + 1)]
                xs = [p[4] for p in parts]
                s.tokens.append(r[1])
                s.tags.append("APPRART" if xs == ["APPR", "ART"] else None)
                s.lemmas.append(None)
                s.upos.append("ADP" if xs == ["APPR", "ART"] else "X")
                mwt_end = b
                continue
            if int(r[0]) > mwt_end:
                s.tokens.append(r[1])
                s.tags.append(stts(r[4]))
                s.lemmas.append(r[2])
                s.upos.append(r[3])
        for r in words:
            s.words.append(r[1])
            s.word_tags.append(stts(r[4]))
            s.heads.append(int(r[6]) - 1)
            s.deps.append(r[7])
        out.append(s)
        rows.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    flush()
    return out


def key(tokens: list[str]) -> str:
    return " ".join(tokens)


def bucket(tokens: list[str]) -> int:
    return int(hashlib.sha1(key(tokens).encode("utf-8")).hexdigest()[:8], 16) % 100


def _norm(tokens: list[str]) -> str:
    return re.sub(r"\W+", "", "".join(tokens).lower())


# ---------------------------------------------------------------------------------------------------------- HanTa


class Hanta:
    """HanTa's STTS tags and lemmas, memoised as Chronik used them (the reference the model is compared with)."""

    def __init__(self) -> None:
        from functools import lru_cache

        from HanTa import HanoverTagger

        self.t = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
        self.t.analyze_forward = lru_cache(maxsize=200_000)(self.t.analyze_forward)
        self.t._analyze = lru_cache(maxsize=200_000)(self.t._analyze)

    def tag(self, tokens: list[str], ascii_quotes: bool = False) -> list[tuple[str, str]]:
        """(lemma, STTS) per token; with ``ascii_quotes`` HanTa reads typographic quotes and dashes as ASCII."""
        from chronik.nlp.german import hanta_stts

        if ascii_quotes:
            tokens = [t.translate(_ASCII) if not any(c.isalnum() for c in t) else t for t in tokens]
        return [(lemma, hanta_stts(pos)) for _, lemma, pos in self.t.tag_sent(tokens, taglevel=1)]


def read_tokens(path: Path) -> list[list[str]]:
    """The sentences of a GermEval 2014 or token-TAB-tag file, as token lists."""
    from chronik.evaluation.ner import read_ner_file

    return [s.tokens for s in read_ner_file(path)]


def silver_sentences(pud: list[Sent], banned: set[str]) -> list[list[str]]:
    """Raw German sentences for HanTa silver tags: PUD + GermEval 2014 dev + ner-d (deduplicated, German only)."""
    from chronik.language import detect

    out: list[list[str]] = [s.tokens for s in pud]
    seen = {_norm(t) for t in out} | banned
    raw: list[list[str]] = []
    for name in ("germeval2014-dev.tsv", "ner-d.dev.filtered.tsv"):
        p = NER_DATA / name
        if p.is_file():
            raw += read_tokens(p)
    dropped = {"duplicate or held out": 0, "short": 0, "not German": 0}
    for toks in raw:
        k = _norm(toks)
        if k in seen:
            dropped["duplicate or held out"] += 1
            continue
        seen.add(k)
        if len(toks) < 4:
            dropped["short"] += 1
            continue
        lang, _ = detect(" ".join(toks))
        if lang != "de":
            dropped["not German"] += 1
            continue
        out.append(toks)
    print(f"  silver sentences: {len(out)} (PUD {len(pud)}; dropped {dropped})")
    return out


# ------------------------------------------------------------------------------------------------------- prepare


def to_docbin(path: Path, items: list[tuple[list[str], list[str | None]]]) -> int:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab
    db = DocBin(attrs=["TAG"], store_user_data=False)
    n = 0
    for words, tags in items:
        db.add(Doc(vocab, words=words, tags=tags))
        n += len(words)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def prepare(build: Path, lit: bool = False, silver: str = "hanta") -> dict:
    gsd_dev = read_conllu(UD / "de_gsd-ud-dev.conllu")
    held = read_conllu(UD / HELDOUT)
    banned = {_norm(s.tokens) for s in held}
    train_gold = [s for s in gsd_dev if bucket(s.tokens) not in DEV_BUCKETS]
    dev = [s for s in gsd_dev if bucket(s.tokens) in DEV_BUCKETS]
    if lit:
        train_gold += read_conllu(UD / "de_lit-ud-test.conllu")
    corpus = build / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    stats: dict = {"lit": lit, "silver": silver}
    stats["gold train tokens (x1)"] = (
        to_docbin(corpus / "train" / "gold.spacy", [(s.tokens, s.tags) for s in train_gold] * GOLD_REPEAT)
        // GOLD_REPEAT
    )
    stats["dev tokens"] = to_docbin(corpus / "dev.spacy", [(s.tokens, s.tags) for s in dev])
    if silver == "hanta":
        pud = [s for s in read_conllu(UD / "de_pud-ud-test.conllu") if _norm(s.tokens) not in banned]
        cache = build / "silver-hanta.jsonl"
        if not cache.is_file():
            sents = silver_sentences(pud, banned)
            t0 = time.time()
            h = Hanta()
            with open(cache, "w", encoding="utf-8") as fh:
                for toks in sents:
                    fh.write(
                        json.dumps([toks, [p for _, p in h.tag(toks, ascii_quotes=True)]], ensure_ascii=False)
                        + "\n"
                    )
            print(f"  HanTa tagged the silver sentences in {time.time() - t0:.0f} s")
        with open(cache, encoding="utf-8") as fh:
            items = [tuple(json.loads(line)) for line in fh]
        stats["silver sentences"] = len(items)
        stats["silver tokens"] = to_docbin(corpus / "train" / "silver.spacy", items)  # type: ignore[arg-type]
    stats["held-out sentences"] = len(held)
    stats["held-out tokens"] = sum(len(s.tokens) for s in held)
    (build / "stats.json").write_text(json.dumps(stats, indent=2))
    for k, v in stats.items():
        print(f"  {k}: {v}")
    return stats


# --------------------------------------------------------------------------------------------------------- train


def train(config: Path, build: Path, run: str, overrides: list[str], *, corpus: str = "corpus") -> Path:
    from spacy.cli.train import train as spacy_train

    from chronik.nlp.german_tagger import register

    register()  # the lexical features the config names
    out = build / "runs" / run
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    ov: dict = {"paths.train": str(build / corpus / "train"), "paths.dev": str(build / corpus / "dev.spacy")}
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


# ------------------------------------------------------------------------------------------------------ evaluate


def evaluate(model: Path | None, out: Path | None = None, hanta: bool = True) -> dict:
    """POS (STTS) accuracy and lemma accuracy on the held-out GSD test split: HanTa vs the model + lemmatiser.

    POS is scored over surface tokens with a gold STTS tag (GSD's PAV counted as PROAV). Lemmas are scored against
    the UD LEMMA column over the tokens that are one syntactic word (multiword tokens such as "im" are left out),
    as given (case-sensitive), and also on the content words (UD NOUN, PROPN, VERB, ADJ) that the coder matches.
    """
    from chronik.nlp.german import GermanAnalyzer

    held = read_conllu(UD / HELDOUT)
    systems: dict[str, list[list[tuple[str, str]]]] = {}
    timing: dict[str, float] = {}
    if hanta:
        an = GermanAnalyzer(tagger="hanta")
        t0 = time.perf_counter()
        systems["HanTa"] = an.tag_sentences([s.tokens for s in held], particles=False)
        timing["HanTa"] = time.perf_counter() - t0
    if model is not None:
        an = GermanAnalyzer(tagger="model", model=str(model))
        an.tag_sentences([held[0].tokens])
        t0 = time.perf_counter()
        systems["model"] = an.tag_sentences([s.tokens for s in held], particles=False)
        timing["model"] = time.perf_counter() - t0
        # the new lemmatiser given the gold tags: how much of its error is the tagger's
        systems["lemmatiser on gold tags"] = [
            an.lemmatise(s.tokens, [t or "XY" for t in s.tags]) for s in held
        ]
    content = {"NOUN", "PROPN", "VERB", "ADJ"}
    results: dict = {}
    n_tokens = sum(len(s.tokens) for s in held)
    for name, pred in systems.items():
        pos_ok = pos_n = lem_ok = lem_n = lemc_ok = lemc_n = lemi_ok = 0
        for s, p in zip(held, pred, strict=True):
            for tag, lemma, upos, (plemma, ptag) in zip(s.tags, s.lemmas, s.upos, p, strict=True):
                if tag is not None:
                    pos_n += 1
                    pos_ok += ptag == tag
                if lemma is not None:
                    lem_n += 1
                    lem_ok += plemma == lemma
                    lemi_ok += plemma.lower() == lemma.lower()
                    if upos in content:
                        lemc_n += 1
                        lemc_ok += plemma == lemma
        r = {
            "pos_acc": round(pos_ok / pos_n, 4),
            "pos_tokens": pos_n,
            "lemma_acc": round(lem_ok / lem_n, 4),
            "lemma_acc_ignore_case": round(lemi_ok / lem_n, 4),
            "lemma_tokens": lem_n,
            "lemma_acc_content": round(lemc_ok / lemc_n, 4),
            "content_tokens": lemc_n,
        }
        if name in timing:
            r["words_per_s"] = round(n_tokens / timing[name])
        results[name] = r
        print(
            f"{name:<26} POS {r['pos_acc']:.4f} ({pos_n})  lemma {r['lemma_acc']:.4f} "
            f"(ignoring case {r['lemma_acc_ignore_case']:.4f}; content words {r['lemma_acc_content']:.4f})"
            + (f"  {r['words_per_s']:,} words/s" if "words_per_s" in r else "")
        )
    if out is not None:
        out.write_text(json.dumps(results, indent=2))
    return results


# -------------------------------------------------------------------------------------------------------- export


def export(src: Path, dest: Path, heldout: dict | None = None) -> None:
    import spacy
    from spacy.tokens import Doc

    from chronik.nlp.german_tagger import register

    register()
    nlp = spacy.load(src)
    for name in list(nlp.pipe_names):
        if name not in ("tok2vec", "tagger"):
            nlp.remove_pipe(name)
    stats_file = src.parent.parent.parent / "stats.json"
    stats = json.loads(stats_file.read_text()) if stats_file.is_file() else {}
    nlp.meta.update(
        {
            "name": "de_tagger",
            "version": "1.0.0",
            "description": "Chronik's German STTS part-of-speech tagger: spaCy tok2vec (hash embeddings + CNN) and "
            "tagger, for pre-tokenised sentences. See chronik/models/MODEL_CARD.md.",
            "author": "Chronik developers",
            "license": "weights derived from UD German GSD (CC BY-SA 4.0), and HanTa tags over UD German PUD "
            "(CC BY-SA 3.0), GermEval 2014 (CC BY 4.0) and ner-d (mixed research licences): see MODEL_CARD.md",
            "sources": [
                {"name": "UD German GSD 2.x, dev split (gold STTS)", "license": "CC BY-SA 4.0"},
                {"name": "UD German PUD, test split (text; HanTa tags)", "license": "CC BY-SA 3.0"},
                {"name": "GermEval 2014 NER dev (text; HanTa tags)", "license": "CC BY 4.0"},
                {"name": "ner-d (text; HanTa tags)", "license": "mixed research licences, see MODEL_CARD.md"},
            ],
            "chronik_training": stats,
            "chronik_heldout": heldout or {},
        }
    )
    for k in nlp.config["paths"]:  # build folders of the machine that trained it: meaningless elsewhere
        nlp.config["paths"][k] = None
    nlp.meta.pop("performance", None)
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(dest)
    labels = sorted(nlp.get_pipe("tagger").labels)
    # The string store would list every token of the training data. The hash embeddings do not need it (they hash
    # each word's NORM/PREFIX/SUFFIX/SHAPE from its text); the tagger needs its labels.
    (dest / "vocab" / "strings.json").write_text(json.dumps(labels, ensure_ascii=False))
    # check: the exported model tags the held-out split exactly as the trained one
    full, small = spacy.load(src), spacy.load(dest)
    held = read_conllu(UD / HELDOUT)
    a = [[t.tag_ for t in d] for d in full.pipe(Doc(full.vocab, words=s.tokens) for s in held)]
    b = [[t.tag_ for t in d] for d in small.pipe(Doc(small.vocab, words=s.tokens) for s in held)]
    if a != b:
        raise SystemExit("the exported model tags differently from the trained one: keep the string store")
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"exported {src} → {dest} ({size / 1e6:.1f} MB; held-out tags identical to the trained model's)")


# -------------------------------------------------------------------------------------------------------- parser


def prepare_parser(build: Path) -> dict:
    """Syntactic words with gold heads and labels: GSD dev (minus the dev buckets) + LIT + PUD; dev = GSD dev
    buckets 0–14. PUD has no STTS tags (its tags are left unset)."""
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab

    def docbin(path: Path, sents: list[Sent]) -> int:
        db = DocBin(attrs=["TAG", "HEAD", "DEP", "SENT_START"], store_user_data=False)
        for s in sents:
            heads = [h if h >= 0 else i for i, h in enumerate(s.heads)]
            deps = ["ROOT" if h < 0 else d for h, d in zip(s.heads, s.deps, strict=True)]
            # with heads, spaCy wants no None tags: "" is an unset tag, which the tagger's loss skips
            tags = [t or "" for t in s.word_tags] if any(s.word_tags) else None
            db.add(Doc(vocab, words=s.words, tags=tags, heads=heads, deps=deps))
        path.parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
        return sum(len(s.words) for s in sents)

    gsd_dev = read_conllu(UD / "de_gsd-ud-dev.conllu")
    train_s = [s for s in gsd_dev if bucket(s.tokens) not in DEV_BUCKETS]
    train_s += read_conllu(UD / "de_lit-ud-test.conllu") + read_conllu(UD / "de_pud-ud-test.conllu")
    dev_s = [s for s in gsd_dev if bucket(s.tokens) in DEV_BUCKETS]
    corpus = build / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    stats = {
        "train words": docbin(corpus / "train" / "ud.spacy", train_s),
        "dev words": docbin(corpus / "dev.spacy", dev_s),
    }
    print(stats)
    return stats


def evaluate_parser(model: Path) -> dict:
    """UAS/LAS (punctuation included, full UD labels) and STTS accuracy on GSD test's syntactic words."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model)
    held = read_conllu(UD / HELDOUT)
    nlp(Doc(nlp.vocab, words=held[0].words))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(Doc(nlp.vocab, words=s.words) for s in held))
    dt = time.perf_counter() - t0
    n = uas = las = tag_ok = tag_n = 0
    for s, d in zip(held, docs, strict=True):
        for i, t in enumerate(d):
            gh = s.heads[i]
            ph = -1 if t.head.i == t.i else t.head.i
            n += 1
            if ph == gh:
                uas += 1
                pd = "root" if t.dep_ == "ROOT" else t.dep_
                las += pd == s.deps[i]
            if s.word_tags[i] is not None:
                tag_n += 1
                tag_ok += t.tag_ == s.word_tags[i]
    r = {
        "UAS": round(uas / n, 4),
        "LAS": round(las / n, 4),
        "tag_acc": round(tag_ok / tag_n, 4),
        "words": n,
        "words_per_s": round(n / dt),
    }
    print(json.dumps(r))
    (model.parent / f"heldout-{model.name}.json").write_text(json.dumps(r, indent=2))
    return r


# ---------------------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", nargs="?", default="all",
                    choices=["all", "prepare", "train", "evaluate", "export", "parser"])  # fmt: skip
    ap.add_argument(
        "--build", type=Path, default=BUILD, help="scratch folder (default: training/build/de_tagger)"
    )
    ap.add_argument("--config", type=Path, default=None, help="for 'train' and 'parser'")
    ap.add_argument("--run", default=RUN, help="run name under BUILD/runs/")
    ap.add_argument("--lit", action="store_true", help="for 'prepare': add LIT (gold STTS, CC BY-NC-SA 4.0)")
    ap.add_argument("--silver", choices=["hanta", "none"], default="hanta", help="for 'prepare'")
    ap.add_argument(
        "--model", type=Path, default=None, help="for 'evaluate' (default: BUILD/runs/RUN/model-best)"
    )
    ap.add_argument("--which", default="model-best", choices=["model-best", "model-last"])
    ap.add_argument("--out", type=Path, default=MODEL_OUT, help="where the shipped model goes")
    ap.add_argument("-o", "--override", action="append", default=[], help="spaCy config override key=value")
    args = ap.parse_args(argv)

    if args.step in ("all", "prepare", "parser") and not (UD / HELDOUT).is_file():
        print(f"no UD German data at {UD}", file=sys.stderr)
        return 2
    model = args.model or args.build / "runs" / args.run / args.which
    if args.step == "all":
        t0 = time.time()
        prepare(args.build, args.lit, args.silver)
        train(args.config or CONFIG, args.build, args.run, args.override)
        scores = evaluate(model, args.build / "runs" / args.run / f"heldout-{args.which}.json")
        export(model, args.out, scores)
        print(f"rebuilt in {(time.time() - t0) / 60:.0f} min")
    elif args.step == "prepare":
        prepare(args.build, args.lit, args.silver)
    elif args.step == "train":
        train(args.config or CONFIG, args.build, args.run, args.override)
    elif args.step == "evaluate":
        evaluate(model, model.parent / f"heldout-{model.name}.json" if model.is_dir() else None)
    elif args.step == "export":
        f = model.parent / f"heldout-{model.name}.json"
        export(model, args.out, json.loads(f.read_text()) if f.is_file() else None)
    elif args.step == "parser":
        build = args.build if args.build != BUILD else BUILD.parent / "de_parser"
        prepare_parser(build)
        train(args.config or PARSER_CONFIG, build, "parser", args.override)
        evaluate_parser(build / "runs" / "parser" / "model-best")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
