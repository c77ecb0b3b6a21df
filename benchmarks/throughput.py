"""Throughput of Chronik's analysis (sentences, tokens, tags, mentions) and of a full `chronik run`.

    python benchmarks/throughput.py [--articles N] [--corpus ../shared/data/news-de/10kgnad-test.csv]

Reads real German news (the 10kGNAD test articles from ../shared when present, otherwise the bundled examples),
analyses N articles in one process and prints tokens per second; then times `chronik run` over the same articles
written as text files, including storage. Nothing here is a test: speed is measured, not asserted.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

import chronik
from chronik.actors import Resolver
from chronik.ingest import expand, read

ROOT = Path(__file__).resolve().parent.parent
GNAD = ROOT.parent / "shared" / "data" / "news-de" / "10kgnad-test.csv"


def load(corpus: Path, n: int) -> list[str]:
    if corpus.exists():
        with open(corpus, encoding="utf-8") as fh:
            rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
        texts = [f" date 2016-05 {r[1]}" for r in rows if len(r) > 1]
        print(f"corpus: {corpus} ({len(texts)} articles)")
    else:
        texts = [
            a.text for label, p in expand([ROOT / "examples"]) for a in read(label, p) if hasattr(a, "text")
        ]
        print(f"corpus: examples/ ({len(texts)} articles; ../shared not found)")
    return (texts * (n // max(len(texts), 1) + 1))[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=GNAD)
    ap.add_argument("--workers", type=int, default=1, help="also time `chronik run --workers N` (N > 1)")
    args = ap.parse_args()
    texts = load(args.corpus, args.articles)

    t0 = time.perf_counter()
    resolver = Resolver()
    chronik.analyse(chronik.read_text(texts[0]), resolver)
    startup = time.perf_counter() - t0

    t0 = time.perf_counter()
    tokens = mentions = 0
    for i, text in enumerate(texts):
        an = chronik.analyse(chronik.read_text(text, f"a{i}"), resolver)
        tokens += sum(len(s.tokens) for s in an.sentences)
        mentions += len(an.mentions)
    dt = time.perf_counter() - t0
    print(
        f"analyse: {len(texts)} articles, {tokens} tokens, {mentions} mentions in {dt:.1f} s "
        f"= {tokens / dt:,.0f} tokens/s, {len(texts) / dt:.1f} articles/s (start-up {startup:.1f} s)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(f"{text} ({i})", encoding="utf-8")
        for workers in sorted({1, args.workers}):
            db = Path(tmp) / f"bench{workers}.duckdb"
            t0 = time.perf_counter()
            with chronik.Store(db) as store:
                report = chronik.run([folder], store, workers=workers)
            dt = time.perf_counter() - t0
            print(
                f"chronik run --workers {workers}: {report.summary()}; {report.stats.articles / dt:.1f} articles/s, "
                f"{tokens / dt:,.0f} tokens/s end to end (worker start-up included)"
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
