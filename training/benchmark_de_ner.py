"""Throughput of Chronik's German NER in words per second (a benchmark, not a test).

    python training/benchmark_de_ner.py [FILE ...] [--model DIR] [--repeat 3] [--article 25]

FILE is any NER file ``chronik eval ner`` reads (GermEval 2014 or token-TAB-tag); by default GermEval 2014 dev and
ner-d from ../shared/data/ner-de/ (the first 10,000 sentences), or a built-in German paragraph repeated when
../shared is absent. Only the
model is timed (tok2vec + ner over ``Doc(vocab, words=...)``): tokenisation by SoMaJo, which Chronik does first,
is not included. Three modes are timed:

- ``batch``: :func:`chronik.evaluation.ner.tag_batch` over all sentences (``nlp.pipe``, 256 sentences a batch);
- ``per-sentence``: one :func:`chronik.evaluation.ner.tag` call per sentence (the first 2,000 sentences);
- ``per-article``: one ``tag_batch`` call per 25 sentences, about one news article: how Chronik should call it.

The thread count of the numeric libraries is left as the environment sets it; run with ``OMP_NUM_THREADS=1`` to
time one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronik.evaluation import ner  # noqa: E402

DEFAULT_FILES = [
    ROOT.parent / "shared" / "data" / "ner-de" / "germeval2014-dev.tsv",
    ROOT.parent / "shared" / "data" / "ner-de" / "ner-d.dev.filtered.tsv",
]

FALLBACK = (
    "Bundeskanzler Olaf Scholz hat am Dienstag in Moskau mit dem russischen Präsidenten Wladimir Putin über die "
    "Lage an der ukrainischen Grenze gesprochen . Die Nato verlegte weitere Truppen nach Polen und Litauen , "
    "teilte ein Sprecher in Brüssel mit . Außenministerin Annalena Baerbock traf ihren Amtskollegen Sergej "
    "Lawrow zu einem Gespräch über die Minsker Vereinbarungen . Der Kreml kündigte danach weitere Gespräche an ."
)


def sentences(files: list[Path]) -> list[list[str]]:
    out: list[list[str]] = []
    for f in files:
        if f.is_file():
            out += [s.tokens for s in ner.read_ner_file(f)]
    if not out:
        words = FALLBACK.split()
        sents, cur = [], []
        for w in words:
            cur.append(w)
            if w == ".":
                sents.append(cur)
                cur = []
        out = sents * 2000
    return out


def timed(fn, n_words: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return n_words / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--article", type=int, default=25, help="sentences per call in the per-article mode")
    ap.add_argument("--limit", type=int, default=10_000, help="at most this many sentences")
    args = ap.parse_args(argv)

    sents = sentences(args.files or DEFAULT_FILES)[: args.limit]
    n_words = sum(len(s) for s in sents)
    ner.load_model(args.model)
    ner.tag_batch(sents[:200], model=args.model)  # warm-up
    path = Path(args.model) if args.model else ner.model_path()
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    print(f"model {path} ({size / 1e6:.1f} MB); {len(sents)} sentences, {n_words} words")

    wps = timed(lambda: ner.tag_batch(sents, model=args.model), n_words, args.repeat)
    print(f"batch          {wps:10,.0f} words/s")
    k = min(len(sents), 2000)
    k_words = sum(len(s) for s in sents[:k])
    wps1 = timed(lambda: [ner.tag(s, model=args.model) for s in sents[:k]], k_words, args.repeat)
    print(f"per-sentence   {wps1:10,.0f} words/s")
    art = args.article
    wpsa = timed(
        lambda: [ner.tag_batch(sents[i : i + art], model=args.model) for i in range(0, len(sents), art)],
        n_words,
        args.repeat,
    )
    print(f"per-article    {wpsa:10,.0f} words/s  (tag_batch over {art} sentences at a time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
