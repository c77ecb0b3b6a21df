"""Chronik: political event data from German and English news — who did what to whom, when and where.

The public API is small::

    import chronik

    with chronik.Store("chronik.duckdb") as store:
        report = chronik.run(["examples/"], store)          # read, analyse, store (what `chronik run` does)

    article = chronik.read_text(" date 2022-02 Der Kreml kündigte den Abzug an.")
    analysis = chronik.analyse(article)                      # sentences, mentions, events
    chronik.extract("Biden telefonierte am Dienstag mit Putin.", published="2021-04-14")  # just the events
    chronik.lookup("Kremlchef", date="2021-04-13")           # how a mention resolves, and why
"""

__version__ = "0.1.0"

from chronik.actors import knowledge_base, lookup
from chronik.api import extract
from chronik.ingest import IngestOptions, read, read_text
from chronik.model import Article, Event, Mention, Problem, Segment, Sentence, Token
from chronik.pipeline import analyse, run
from chronik.store import Store

__all__ = [
    "Article",
    "Event",
    "IngestOptions",
    "Mention",
    "Problem",
    "Segment",
    "Sentence",
    "Store",
    "Token",
    "__version__",
    "analyse",
    "extract",
    "knowledge_base",
    "lookup",
    "read",
    "read_text",
    "run",
]
