"""Write the English Egypt-crisis news articles of the timeline corpus as text files, for `chronik eval events`.

    python scripts/timeline_articles.py ../shared/data/timelines/articles/t17_egypt_articles.csv /tmp/egypt
    chronik eval events /tmp/egypt --gold src/chronik/evaluation/gold/egypt_dev.yaml

The corpus (Timeline17: CNN, BBC, Guardian, … articles of 2011, one ``date,text`` row each) is not ours to publish, so
the articles stay under ``../shared`` and this script writes them where you ask, never into the repository. Its text
is tokenised the Penn-Treebank way ("Egypt 's president , Hosni Mubarak ,"), so the script joins the tokens back into
ordinary prose, drops the lines of page furniture that recur in several articles (teasers of unrelated stories,
edition pickers), and keeps the articles of 1,500 to 7,000 characters: shorter ones are captions, longer ones are
transcripts of whole broadcasts. Each file starts with the ``date`` header our readers take as the publication date,
then the first line as the title. Files are named by position among the kept articles, in date order
(``egypt_000.txt``, ``egypt_001.txt``, …), which is what the gold files refer to.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

#: A line found in this many articles or more is page furniture, not the article's own text.
_FURNITURE = 3
_MIN_CHARS, _MAX_CHARS = 1500, 7000

_REPLACE = [
    (re.compile(r"-LRB-"), "("),
    (re.compile(r"-RRB-"), ")"),
    (re.compile(r"\\/"), "/"),
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r"(?<=\s)`\s*"), "'"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
    (re.compile(r" ([.,;:!?%)])"), r"\1"),
    (re.compile(r"([($]) "), r"\1"),
    (re.compile(r"\s{2,}"), " "),
]


def detokenize(line: str) -> str:
    """Undo Penn-Treebank tokenisation well enough for reading: "Egypt 's capital ," → "Egypt's capital,"."""
    for pattern, repl in _REPLACE:
        line = pattern.sub(repl, line)
    return line.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", type=Path, help="t17_egypt_articles.csv (date,text per row)")
    ap.add_argument("out", type=Path, help="folder to write the articles to")
    args = ap.parse_args()
    if not args.csv.exists():
        print(
            f"{args.csv}: not found (the timeline corpus lives under ../shared/data/timelines/); nothing written"
        )
        return 0
    csv.field_size_limit(1 << 30)
    with args.csv.open(encoding="utf-8", newline="") as fh:
        rows = [
            (r["date"], [ln.strip() for ln in r["text"].splitlines() if ln.strip()])
            for r in csv.DictReader(fh)
        ]
    seen = Counter(line for _, lines in rows for line in set(lines))
    kept = []
    for date, lines in sorted(rows, key=lambda r: r[0]):  # stable: rows of one day keep the corpus order
        lines = [detokenize(ln) for ln in lines if seen[ln] < _FURNITURE]
        if len(lines) < 3:
            continue
        body = [" ".join(lines[i : i + 4]) for i in range(1, len(lines), 4)]
        text = f"date {date} {lines[0]}\n\n" + "\n\n".join(body) + "\n"
        if _MIN_CHARS <= len(text) <= _MAX_CHARS:
            kept.append(text)
    args.out.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(kept):
        (args.out / f"egypt_{i:03d}.txt").write_text(text, encoding="utf-8")
    print(f"{len(kept)} articles written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
