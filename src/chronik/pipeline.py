"""Running Chronik over inputs: read → analyse (sentences, mentions, events) → store, with a report.

The coding stages are pluggable: :data:`CODERS` holds callables ``(article, sentences, mentions) -> list[Event]``
that turn mentions into events; the default is Chronik's event coder (:func:`chronik.coding.code`).
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronik.actors import Resolver
from chronik.ingest import IngestOptions, expand, read
from chronik.mentions import find_mentions
from chronik.model import Article, Event, Mention, Problem, Sentence
from chronik.nlp import analyse_article
from chronik.store import Analysis, RunStats, Store

Coder = Callable[[Article, list[Sentence], list[Mention]], list[Event]]


def _default_coders() -> list[Coder]:
    from chronik.coding import code

    return [code]


#: The coding stages run after the mention stage, in order.
CODERS: list[Coder] = _default_coders()

BATCH = 50  #: articles per transaction


def analyse(
    article: Article, resolver: Resolver | None = None, coders: Sequence[Coder] | None = None
) -> Analysis:
    """Sentences, mentions and events of one article (nothing for articles that are not coded)."""
    an = Analysis(article)
    if article.status != "ok":
        return an
    an.sentences = analyse_article(article)
    an.mentions = find_mentions(article, an.sentences, resolver)
    for coder in CODERS if coders is None else coders:
        an.events.extend(coder(article, an.sentences, an.mentions))
    return an


@dataclass(slots=True)
class RunReport:
    run_id: str
    stats: RunStats
    problems: list[Problem] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  #: (path, warning)
    seconds: float = 0.0
    status: str = "done"
    events: int = 0  #: events coded in the articles this run stored

    @property
    def ok(self) -> bool:
        return not self.problems and self.status == "done"

    def summary(self) -> str:
        s = self.stats
        return (
            f"{s.files} files, {s.articles} articles ({s.new_articles} new, {s.skipped} already stored), "
            f"{self.events} events, {s.problems} with problems, {len(self.warnings)} warnings in {self.seconds:.1f} s"
        )


@lru_cache(maxsize=1)
def _resolver() -> Resolver:
    """The resolver this process shares across articles (one per worker process)."""
    return Resolver()


def load_knowledge() -> None:
    """Load every knowledge file a run needs (the shipped ones and the user's ``CHRONIK_*`` files).

    Why up front: a broken user file is a configuration error, not bad input. Found in the middle of a run, it
    would leave every article stored unanalysed; found here, it stops the run before anything is read or written.
    Raises :class:`chronik.resources.KnowledgeError` naming the file and the problem.
    """
    from chronik.ingest.boilerplate import rules
    from chronik.ingest.layout import known_outlets
    from chronik.places import regions

    rules()
    known_outlets()
    regions()
    _resolver()


def _analyse_safely(item: Article) -> tuple[Analysis, str | None]:
    """One article's analysis, or the article unanalysed and why: a bug must not lose the article."""
    resolver = _resolver()
    try:
        return analyse(item, resolver), None
    except Exception as exc:
        item.status = "analysis_failed"
        item.warnings.append(f"analysis failed: {type(exc).__name__}: {exc}")
        return Analysis(item), str(exc)


def _pool(workers: int) -> Any:
    if workers <= 1:
        return None
    # spawn, not fork: every worker loads its own models; numpy's thread pools do not survive a fork well
    return multiprocessing.get_context("spawn").Pool(workers)


def run(
    paths: Iterable[str | Path],
    store: Store,
    *,
    options: IngestOptions | None = None,
    command: str = "run",
    on_problem: Callable[[Problem], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int = 1,
) -> RunReport:
    """Read every input, analyse new articles and store them in batches of :data:`BATCH` per transaction.

    Bad inputs are reported (``on_problem``) and skipped; the run goes on. A broken knowledge file stops the run
    before it starts (:func:`load_knowledge`). Articles whose analysis failed before are analysed again. On Ctrl-C
    the batch in progress is rolled back, the run is recorded as interrupted, and ``KeyboardInterrupt`` propagates.

    ``workers`` > 1 analyses each batch in that many processes (one core each; the analysis is pure per article),
    while this process alone reads and writes the store, so the store sees the same transactions either way.
    """
    t0 = time.monotonic()
    load_knowledge()
    run_id = store.begin_run(command)
    report = RunReport(run_id, RunStats())
    stats = report.stats
    inputs = list(expand(paths))
    stats.files = len(inputs)
    todo: list[Article] = []
    sightings: list[tuple[str, str]] = []
    pending: set[str] = set()
    pool = _pool(workers)
    # batches handed to the workers and not yet written: with workers, the next batch is analysed while this
    # process writes the one before
    inflight: list[tuple[list[Article], list[tuple[str, str]], Any]] = []

    def write_oldest() -> None:
        items, seen, job = inflight.pop(0)
        results = job.get() if job is not None else map(_analyse_safely, items)
        batch = []
        for an, error in results:
            if error:
                problem(Problem(an.article.path, "analysis_failed", f"{an.article.path}: analysis failed ({error}); "
                                "stored unanalysed — please report this", fatal=False))  # fmt: skip
            batch.append(an)
            report.events += len(an.events)
        stats.new_articles += store.write(batch, run_id, seen)
        pending.difference_update(a.article_id for a in items)

    def flush(final: bool = False) -> None:
        if todo or sightings:
            job = pool.map_async(_analyse_safely, list(todo), chunksize=5) if pool is not None else None
            inflight.append((list(todo), list(sightings), job))
            todo.clear()
            sightings.clear()
        while len(inflight) > (1 if pool is not None and not final else 0):
            write_oldest()

    def problem(p: Problem) -> None:
        report.problems.append(p)
        stats.problems += 1
        if on_problem:
            on_problem(p)

    try:
        for n, (label, path) in enumerate(inputs):
            if progress:
                progress(n, len(inputs), label)
            for item in read(label, path, options):
                if isinstance(item, Problem):
                    problem(item)
                    continue
                stats.articles += 1
                aid = item.article_id
                if aid in pending or store.known([aid]):
                    stats.skipped += 1
                    sightings.append((aid, item.path))
                    continue
                for w in item.warnings:
                    report.warnings.append((item.path, w))
                    if on_warning:
                        on_warning(item.path, w)
                todo.append(item)
                pending.add(aid)
                if len(todo) >= BATCH:
                    flush()
        flush(final=True)
        if progress:
            progress(len(inputs), len(inputs), "")
    except KeyboardInterrupt:
        report.status = "interrupted"
        raise
    finally:
        if pool is not None:
            pool.terminate()
        report.seconds = time.monotonic() - t0
        store.add_problems(run_id, report.problems)
        store.finish_run(run_id, stats, report.status)
    return report
