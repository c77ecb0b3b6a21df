"""Recognising the lines of a page that are not the article: paywall offers, consent notices, teasers, credits.

The patterns live in ``data/boilerplate.yaml`` (plus any files named by ``CHRONIK_BOILERPLATE``). Matching is done
line by line; ``spans`` patterns cut only the matched tail of a line (a photo credit after a caption).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronik.resources import KnowledgeError, data_dir, load_yaml, user_paths


@dataclass(frozen=True, slots=True)
class Rules:
    lines: tuple[tuple[re.Pattern[str], str], ...]
    spans: tuple[tuple[re.Pattern[str], str], ...]


def _compile(entries: list[dict], path: str) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for entry in entries or []:
        reason = entry.get("reason", "boilerplate")
        for pat in entry.get("patterns", []):
            try:
                out.append((re.compile(pat), reason))
            except re.error as exc:
                raise KnowledgeError(
                    f"{path}: pattern {pat!r} ({reason}) is not a valid regex: {exc}"
                ) from exc
    return out


@lru_cache(maxsize=1)
def rules() -> Rules:
    lines: list[tuple[re.Pattern[str], str]] = []
    spans: list[tuple[re.Pattern[str], str]] = []
    for path in [data_dir() / "boilerplate.yaml", *user_paths("CHRONIK_BOILERPLATE")]:
        doc = load_yaml(path, "chronik-boilerplate/1")
        lines += _compile(doc.get("lines", []), str(path))
        spans += _compile(doc.get("spans", []), str(path))
    return Rules(tuple(lines), tuple(spans))


def line_reason(line: str) -> str | None:
    """The reason a whole line is boilerplate, or None if it is article text."""
    for pat, reason in rules().lines:
        if pat.search(line):
            return reason
    return None


def credit_span(line: str) -> tuple[int, int, str] | None:
    """If the line carries a credit (photo credit, ©), return (start, end, reason) of it within the line."""
    for pat, reason in rules().spans:
        m = pat.search(line)
        if m:
            return m.start(), m.end(), reason
    return None
