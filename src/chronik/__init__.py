"""Chronik: political event data from German and English news — who did what to whom, when and where.

The public API is small: :func:`ingest.read` turns files into :class:`Article` objects, :func:`analyse` runs the
linguistic layer and the coding stages over an article, :class:`Store` keeps everything in a DuckDB file, and
:func:`run` does all three for a list of paths (it is what ``chronik run`` calls).
"""

__version__ = "0.1.0"

from chronik.model import Article, Event, Mention, Problem, Segment, Sentence, Token  # noqa: E402

__all__ = ["Article", "Event", "Mention", "Problem", "Segment", "Sentence", "Token", "__version__"]
