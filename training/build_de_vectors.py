"""Static German subword vectors (floret) for Chronik's German NER, trained on the German text in ../shared/data.

    python training/build_de_vectors.py                   # corpus + floret + spaCy vectors, all sources
    python training/build_de_vectors.py --no-nc           # only sources whose licence allows commercial use
    python training/build_de_vectors.py corpus            # only the corpus (one tokenised sentence a line)
    python training/build_de_vectors.py vectors --dim 64 --bucket 50000 --epoch 10

Output (``training/build/``, not committed): ``de_vectors[-nonc]/corpus.txt`` and ``corpus-stats.json``, the floret
model's table ``vectors.floret`` and the spaCy vectors folder ``spacy/`` (``spacy init vectors de vectors.floret
spacy --mode floret``), which ``training/train_de_ner.py --vectors DIR`` trains the NER with.

Sources (per ``SOURCES``; ``--no-nc`` drops the CC BY-NC-SA ones):

- ``news-de/10kgnad-test.csv`` (title + text), ``news-de/migration-news-meta.csv`` (German headlines),
  ``news-de/wikinews-quotes.{train,dev}.jsonl`` (the dataset's own sentence tokens, plus the title); the test split of
  the Wikinews set is not used;
- ``timelines/articles/*``: only documents that look German (stopword ratio); Timeline17/Crisis is English, so this
  is normally nothing;
- ``ner-de/``: the tokens of the NER *training* sentences only, split exactly as ``train_de_ner.py`` splits them
  (ner-d train + dev split, GermEval 2014 dev half A, WikiANN train + dev); WikiANN test is not used;
- ``ud-german/*.conllu``: the surface tokens (FORM; a multi-word token's surface form, not its parts).

Clean evaluation: the held-out sentences of ``train_de_ner.py`` (GermEval 2014 dev half B, ner-d held-out 10 %) must
not be in the vector corpus either. A corpus sentence is dropped when it shares any 8-gram of lowercased words
(``\\w+``, so independent of the tokeniser) with a held-out sentence, or when its words equal a whole held-out
sentence. Exact duplicate sentences are kept once. Free text is tokenised with SoMaJo (``de_CMC``), as in Chronik.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
BUILD = ROOT / "training" / "build"

sys.path.insert(0, str(ROOT / "training"))
import train_de_ner  # noqa: E402  (its splits define what is held out)

#: name → (licence, non-commercial?)
SOURCES: dict[str, tuple[str, bool]] = {
    "10kgnad": ("CC BY-NC-SA 4.0", True),
    "migration-news-meta": ("CC BY-NC-SA 4.0", True),
    "wikinews-quotes": ("CC BY-NC-SA 4.0", True),
    "timelines": ("research only (no licence stated)", True),
    "ner-d": ("mixed research licences (no LICENSE file)", False),
    "germeval2014-dev-half-A": ("CC BY 4.0", False),
    "wikiann-de": ("ODC-BY 1.0", False),
    "ud-de_gsd": ("CC BY-SA 4.0", False),
    "ud-de_pud": ("CC BY-SA 3.0", False),
    "ud-de_lit": ("CC BY-NC-SA 4.0", True),
}

NGRAM = 8
_WORD = re.compile(r"\w+")
_DE_WORDS = (
    "der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch es sie wird wurde "
    "werden hat haben bei nach aus dass noch wie über nur oder aber vor zur zum sind war"
)
_EN_WORDS = (
    "the and is not a an of to in for on with that this was were are be by from it as at have has had "
    "but or which their they he she said"
)
_DE = set(_DE_WORDS.split())
_EN = set(_EN_WORDS.split())


def words(tokens: Iterable[str]) -> tuple[str, ...]:
    """Lowercased ``\\w+`` words: the same for any tokenisation of the same text."""
    return tuple(w for t in tokens for w in _WORD.findall(t.lower()))


def ngrams(ws: tuple[str, ...], n: int = NGRAM) -> Iterator[tuple[str, ...]]:
    for i in range(len(ws) - n + 1):
        yield ws[i : i + n]


def looks_german(text: str) -> bool:
    toks = re.findall(r"[a-zäöüß]+", text.lower())
    if len(toks) < 5:
        return False
    de = sum(t in _DE for t in toks)
    en = sum(t in _EN for t in toks)
    return de >= 0.1 * len(toks) and de > 2 * en


class Tokenizer:
    def __init__(self) -> None:
        from somajo import SoMaJo

        self._t = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)

    def __call__(self, paragraphs: list[str]) -> Iterator[list[str]]:
        paragraphs = [p for p in paragraphs if p.strip()]
        for sent in self._t.tokenize_text(paragraphs):
            yield [t.text for t in sent]


# ----------------------------------------------------------------------------------------------------------------
# readers: each yields sentences as token lists


def read_10kgnad(tok: Tokenizer) -> Iterator[list[str]]:
    texts = []
    with open(SHARED / "news-de" / "10kgnad-test.csv", encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2 and looks_german(row[1]):
                texts.append(row[1])
    yield from tok(texts)


def read_migration(tok: Tokenizer) -> Iterator[list[str]]:
    titles = []
    with open(SHARED / "news-de" / "migration-news-meta.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("language", "de") == "de" and row.get("title"):
                titles.append(row["title"])
    yield from tok(titles)


def read_wikinews(tok: Tokenizer) -> Iterator[list[str]]:
    titles = []
    for split in ("train", "dev"):
        with open(SHARED / "news-de" / f"wikinews-quotes.{split}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if not looks_german(doc.get("originalText", "")):
                    continue
                titles.append(doc.get("title", ""))
                for s in doc["sentences"]:
                    yield [t for t in s["tokens"] if t.strip()]
    yield from tok(titles)


def read_timelines(tok: Tokenizer) -> Iterator[list[str]]:
    texts = []
    csv.field_size_limit(1 << 30)
    for path in sorted((SHARED / "timelines" / "articles").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if "text" in row:
                    text = row["text"] or ""
                else:
                    try:
                        text = " ".join(ast.literal_eval(row.get("Sentences") or "[]"))
                    except (ValueError, SyntaxError):
                        text = row.get("Sentences") or ""
                if looks_german(text):
                    texts.append(text)
    yield from tok(texts)


def read_conllu(path: Path) -> Iterator[list[str]]:
    toks: list[str] = []
    skip_to = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    yield toks
                toks, skip_to = [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:  # empty nodes
                continue
            if "-" in cols[0]:  # multi-word token: keep the surface form, skip its parts
                toks.append(cols[1])
                skip_to = int(cols[0].split("-")[1])
                continue
            if int(cols[0]) <= skip_to:
                continue
            toks.append(cols[1])
    if toks:
        yield toks


def ner_training_sentences(data: Path) -> dict[str, list[list[str]]]:
    """The NER training sentences (tokens) and the held-out ones, split exactly as train_de_ner.py splits them."""
    sp = train_de_ner.split(data, germeval_train_pct=50)
    heldout = [s.tokens for s in sp["germeval_heldout"]] + [s.tokens for s in sp["nerd"]["heldout"]]
    held_keys = {train_de_ner.key(t) for t in heldout} | sp["banned"]
    wikiann = []
    for name in ("wikiann-de.train.txt", "wikiann-de.dev.txt"):
        for s in train_de_ner.read_token_tag(data / name):
            if train_de_ner.key(s.tokens) in held_keys or "WEITERLEITUNG" in s.tokens or len(s.tokens) < 3:
                continue
            wikiann.append(s.tokens)
    return {
        "heldout": heldout,
        "ner-d": [s.tokens for s in sp["nerd"]["train"] + sp["nerd"]["dev"]],
        "germeval2014-dev-half-A": [s.tokens for s in sp["germeval_train"]],
        "wikiann-de": wikiann,
    }


# ----------------------------------------------------------------------------------------------------------------


def build_corpus(out: Path, data: Path, no_nc: bool) -> dict:
    t0 = time.time()
    ner = ner_training_sentences(data)
    held_grams: set[tuple[str, ...]] = set()
    held_whole: set[tuple[str, ...]] = set()
    for toks in ner["heldout"]:
        ws = words(toks)
        held_whole.add(ws)
        held_grams.update(ngrams(ws))
    held_whole.discard(())
    tok = Tokenizer()
    readers = {
        "10kgnad": lambda: read_10kgnad(tok),
        "migration-news-meta": lambda: read_migration(tok),
        "wikinews-quotes": lambda: read_wikinews(tok),
        "timelines": lambda: read_timelines(tok),
        "ner-d": lambda: iter(ner["ner-d"]),
        "germeval2014-dev-half-A": lambda: iter(ner["germeval2014-dev-half-A"]),
        "wikiann-de": lambda: iter(ner["wikiann-de"]),
        "ud-de_gsd": lambda: (
            s
            for f in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu")
            for s in read_conllu(SHARED / "ud-german" / f)
        ),
        "ud-de_pud": lambda: read_conllu(SHARED / "ud-german" / "de_pud-ud-test.conllu"),
        "ud-de_lit": lambda: read_conllu(SHARED / "ud-german" / "de_lit-ud-test.conllu"),
    }
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    stats: dict = {"sources": {}, "held-out sentences": len(ner["heldout"])}
    total = Counter()
    with open(out / "corpus.txt", "w", encoding="utf-8") as fh:
        for name, read in readers.items():
            licence, nc = SOURCES[name]
            if no_nc and nc:
                continue
            c = Counter()
            for toks in read():
                toks = [t.replace(" ", "").replace("\u00a0", "") for t in toks]
                toks = [t for t in toks if t]
                if not toks:
                    continue
                ws = words(toks)
                if ws in held_whole or any(g in held_grams for g in ngrams(ws)):
                    c["dropped: overlaps a held-out sentence"] += 1
                    continue
                line = " ".join(toks)
                if line in seen:
                    c["dropped: duplicate"] += 1
                    continue
                seen.add(line)
                fh.write(line + "\n")
                c["sentences"] += 1
                c["tokens"] += len(toks)
            stats["sources"][name] = {"licence": licence, **c}
            total.update({k: v for k, v in c.items() if k in ("sentences", "tokens")})
            print(
                f"  {name:24} {c['sentences']:8,} sentences {c['tokens']:10,} tokens  ({dict(c)})", flush=True
            )
    stats.update(total)
    stats["types"] = len({t for line in seen for t in line.split(" ")})
    stats["no_nc"] = no_nc
    stats["seconds"] = round(time.time() - t0)
    (out / "corpus-stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False))
    print(
        f"corpus: {total['sentences']:,} sentences, {total['tokens']:,} tokens, {stats['types']:,} types → {out}"
    )
    return stats


def train_vectors(out: Path, args: argparse.Namespace) -> Path:
    import floret

    t0 = time.time()
    model = floret.train_unsupervised(
        str(out / "corpus.txt"),
        model=args.model,
        mode="floret",
        hashCount=2,
        bucket=args.bucket,
        dim=args.dim,
        minn=4,
        maxn=5,
        epoch=args.epoch,
        minCount=args.min_count,
        neg=10,
        thread=args.threads,
        verbose=1,
    )
    model.save_floret_vectors(str(out / "vectors.floret"))
    secs = time.time() - t0
    print(f"floret {args.model} dim {args.dim} bucket {args.bucket} epoch {args.epoch}: {secs:.0f} s")
    dest = out / "spacy"
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "de", str(out / "vectors.floret"), str(dest)]
    subprocess.run([*cmd, "--mode", "floret"], check=True)
    settings = {k: getattr(args, k) for k in ("model", "dim", "bucket", "epoch", "min_count")}
    settings.update(
        {"mode": "floret", "hash_count": 2, "minn": 4, "maxn": 5, "neg": 10, "seconds": round(secs)}
    )
    (out / "vectors-settings.json").write_text(json.dumps(settings, indent=2))
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"spaCy vectors → {dest} ({size / 1e6:.1f} MB)")
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", nargs="?", default="all", choices=["all", "corpus", "vectors"])
    ap.add_argument("--no-nc", action="store_true", help="leave out non-commercial / research-only sources")
    ap.add_argument("--out", type=Path, default=None,
                    help="output folder (default training/build/de_vectors, or de_vectors-nonc with --no-nc)")  # fmt: skip
    ap.add_argument(
        "--data", type=Path, default=train_de_ner.DATA, help="the NER data folder (for the splits)"
    )
    ap.add_argument("--model", choices=["cbow", "skipgram"], default="cbow")
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--bucket", type=int, default=50_000)
    ap.add_argument("--epoch", type=int, default=10)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    out = args.out or BUILD / ("de_vectors-nonc" if args.no_nc else "de_vectors")
    if args.step in ("all", "corpus"):
        if not (SHARED / "news-de").is_dir() or not (args.data / "ner-d.dev.filtered.tsv").is_file():
            print(f"no data at {SHARED}", file=sys.stderr)
            return 2
        build_corpus(out, args.data, args.no_nc)
    if args.step in ("all", "vectors"):
        train_vectors(out, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
