"""The one-call API: ``chronik.extract(text, …)`` codes a text and returns its events."""

from __future__ import annotations

from chronik.dates import PartialDate, parse_date
from chronik.ingest.layout import layout_body
from chronik.ingest.readers import _finish
from chronik.model import Article, Event, Segment


def extract(
    text: str,
    *,
    language: str | None = None,
    published: str | PartialDate | None = None,
    title: str | None = None,
) -> list[Event]:
    """Code ``text`` (and ``title``) and return its events, dates resolved against ``published``.

    The text is laid out as running text (no header parsing); ``language`` None means detected. Offsets in the
    events' evidence refer to ``title + "\\n\\n" + text`` when a title is given, else to ``text``.
    """
    from chronik.pipeline import analyse

    return analyse(_article(text, language=language, published=published, title=title)).events


def _article(
    text: str,
    *,
    language: str | None = None,
    published: str | PartialDate | None = None,
    title: str | None = None,
) -> Article:
    """An article built from a bare text (what :func:`extract` codes)."""
    body = f"{title}\n\n{text}" if title else text
    offset = len(title) + 2 if title else 0
    lay = layout_body(body, offset)
    if title:
        lay.segments.insert(0, Segment(0, len(title), "title"))
    when = published if isinstance(published, str) or published is None else str(published)
    if when is not None and parse_date(when) is None:
        raise ValueError(f"published must be YYYY, YYYY-MM or YYYY-MM-DD, got {published!r}")
    art = _finish(body, "<text>", "text", lay, date=when, date_source="field" if when else None)
    if language is not None:
        art.language, art.status = language, "ok" if language in ("de", "en") else "unsupported_language"
    return art
