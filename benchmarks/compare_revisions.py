"""What a change to the coder does on news nobody labelled: the events two revisions code on the same articles.

    python benchmarks/compare_revisions.py BASE [OTHER] [--corpus ../shared/data/news-de/10kgnad-test.csv]
                                           [--section International] [--limit 200] [--skip 40]

BASE and OTHER are git revisions (a commit, a tag, ``HEAD~3``); without OTHER the working tree is compared with
BASE. Each revision's ``src/`` is exported with ``git archive`` and run in a child process of this interpreter, so
both code the same articles with the same libraries. The corpus is the 10kGNAD test file (Austrian news,
``label;'text'`` per line) by default; any CSV in that shape, or a folder of ``.txt`` files, works too.

The first 40 rows of the section are left out by default: they are the held-out gold set gold/gnad.yaml, whose
events must not be looked at one by one. The report lists, article by article, the events only one revision
codes, and ends with one summary line. No gold is involved: it shows how often new rules fire on fresh text and what they do there, which the labelled sets
(tuned on) cannot show. Read the differences; a rule that changes many events on general news needs a look.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news-de" / "10kgnad-test.csv"


def read_corpus(path: Path, section: str | None, limit: int, skip: int = 0) -> list[tuple[str, str]]:
    """(name, text) of the articles to code: the CSV rows of ``section`` (all when None), or the ``.txt`` files,
    leaving out the first ``skip`` (the rows of gold/gnad.yaml are 0–39 of the section International)."""
    if path.is_dir():
        files = sorted(path.glob("*.txt"))[skip : skip + limit]
        return [(f.name, f.read_text(encoding="utf-8", errors="replace")) for f in files]
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
    picked = [r for r in rows if len(r) >= 2 and (section is None or r[0] == section)]
    return [(f"{path.name}#{i}", picked[i][-1]) for i in range(skip, min(len(picked), skip + limit))]


def dump(corpus: Path, section: str | None, limit: int, skip: int, language: str, published: str) -> None:
    """Child mode: code the corpus with the ``chronik`` on ``PYTHONPATH`` and print one JSON line per event."""
    import chronik

    for name, text in read_corpus(corpus, section, limit, skip):
        try:
            events = chronik.extract(text, language=language, published=published)
        except Exception as exc:  # a crash is a finding too, reported in the diff
            print(json.dumps({"article": name, "event": f"ERROR {type(exc).__name__}: {exc}"}))
            continue
        for e in events:
            src = e.source.country if e.source else None
            tgt = e.target.country if e.target else None
            sentence = " ".join(e.evidence[0].sentence.split())[:160] if e.evidence else ""
            line = f"{e.event_type} {src} → {tgt} ({e.modality}, {e.date}) | {sentence}"
            print(json.dumps({"article": name, "event": line}, ensure_ascii=False))


def export(revision: str, into: Path) -> Path:
    """The ``src/`` tree of ``revision`` unpacked under ``into``."""
    data = subprocess.run(
        ["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def code_with(src: Path, args: argparse.Namespace) -> dict[str, list[str]]:
    """The events the ``chronik`` under ``src`` codes, by article."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, __file__, "--dump", "--corpus", str(args.corpus), "--limit", str(args.limit), "--skip", str(args.skip),
           "--language", args.language, "--published", args.published]  # fmt: skip
    if args.section:
        cmd += ["--section", args.section]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    events: dict[str, list[str]] = defaultdict(list)
    for line in out.splitlines():
        rec = json.loads(line)
        events[rec["article"]].append(rec["event"])
    return events


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", nargs="?", help="git revision to compare against")
    ap.add_argument("other", nargs="?", help="git revision to compare (default: the working tree)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--section", default="International", help="CSV label to keep (default International)")
    ap.add_argument("--limit", type=int, default=200, help="articles to code (default 200)")
    ap.add_argument(
        "--skip", type=int, default=40, help="leave out the first N (default 40: gold/gnad.yaml's rows)"
    )
    ap.add_argument("--language", default="de")
    ap.add_argument("--published", default="2016-05-01", help="publication date given to every article")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.corpus, args.section or None, args.limit, args.skip, args.language, args.published)
        return 0
    if args.base is None:
        ap.error("name the revision to compare against, e.g. HEAD~1")
    if not args.corpus.exists():
        print(f"{args.corpus}: not found; pass --corpus (a 10kGNAD-style CSV or a folder of .txt files)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        before = code_with(export(args.base, Path(tmp) / "base"), args)
        if args.other:
            after = code_with(export(args.other, Path(tmp) / "other"), args)
        else:
            after = code_with(ROOT / "src", args)
    gone = new = same = 0
    for name in sorted(set(before) | set(after), key=lambda n: (len(n), n)):
        old, cur = before.get(name, []), after.get(name, [])
        only_old = [e for e in old if e not in cur]
        only_new = [e for e in cur if e not in old]
        same += len(old) - len(only_old)
        gone, new = gone + len(only_old), new + len(only_new)
        if only_old or only_new:
            print(name)
            print(*(f"  - {e}" for e in only_old), *(f"  + {e}" for e in only_new), sep="\n")
    n = len(read_corpus(args.corpus, args.section or None, args.limit, args.skip))
    print(f"compare {args.base} → {args.other or 'working tree'} on {n} articles: "
          f"{same} events the same, {gone} gone, {new} new")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
