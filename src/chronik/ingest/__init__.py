"""Reading news from files: the user's text format, HTML, JSONL and CSV, gzipped or not, folders, stdin.

``read(path)`` yields :class:`~chronik.model.Article` objects and :class:`~chronik.model.Problem` reports; it never
raises for bad input. Each problem names the file and says what is wrong with it and, where it helps, what to do.
"""

from __future__ import annotations

from chronik.ingest.readers import IngestOptions, expand, read, read_text

__all__ = ["IngestOptions", "expand", "read", "read_text"]
