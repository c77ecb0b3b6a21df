"""Write the 10kGNAD test articles of one section as text files, for `chronik eval events` against gold/gnad.yaml.

    python scripts/gnad_articles.py ../shared/data/news-de/10kgnad-test.csv /tmp/gnad [--section International]
    chronik eval events /tmp/gnad --gold src/chronik/evaluation/gold/gnad.yaml

10kGNAD (Austrian news from derStandard.at, 2015–2016) is not ours to publish, so the articles stay under
``../shared`` and this script writes them where you ask, never into the repository. The files are named by their
position among the section's rows (``gnad_000.txt``, ``gnad_001.txt``, …), which is what the gold file refers to.
The corpus gives no publication dates, so the gold scores no relative dates.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", type=Path, help="10kgnad-test.csv (label;'text' per line)")
    ap.add_argument("out", type=Path, help="folder to write the articles to")
    ap.add_argument("--section", default="International", help="the label to keep (default International)")
    args = ap.parse_args()
    if not args.csv.exists():
        print(f"{args.csv}: not found (10kGNAD lives under ../shared/data/news-de/); nothing written")
        return 0
    with args.csv.open(encoding="utf-8") as fh:
        rows = [
            r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2 and r[0] == args.section
        ]
    args.out.mkdir(parents=True, exist_ok=True)
    for i, row in enumerate(rows):
        (args.out / f"gnad_{i:03d}.txt").write_text(row[-1].strip() + "\n", encoding="utf-8")
    print(f"{len(rows)} articles of {args.section!r} written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
