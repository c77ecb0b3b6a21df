"""The data model that flows through Chronik.

Article → Sentence → Token / Mention (actor, time, place) → Event. Every object that points into an article does so
with character offsets into ``Article.text``, the original text exactly as it was read, so that any record can be
traced back to the words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Segment kinds that belong to the article and are analysed.
ANALYSED_KINDS = frozenset({"title", "body", "heading", "caption"})


@dataclass(slots=True)
class Segment:
    """A labelled stretch of an article's original text.

    Ingest does not delete what is not article text (paywall offers, consent notices, photo credits, teasers, the
    date header, the byline): it labels it, so that analysis skips it while an auditor can still see it.
    """

    start: int
    end: int
    kind: str  #: title | body | heading | caption | image | outlet | date_header | byline | dateline | boilerplate
    reason: str | None = None  #: for boilerplate: paywall, video_consent, teaser, photo_credit, credit, …

    @property
    def analysed(self) -> bool:
        return self.kind in ANALYSED_KINDS


@dataclass(slots=True)
class Article:
    """One news article as read from a file, a record of a JSONL/CSV file, or an HTML page."""

    article_id: str  #: content hash of ``text`` (stable: the same text always gets the same id)
    text: str  #: the original text, unchanged; all offsets refer to it
    path: (
        str  #: the path as given on the command line (plus ``#N`` for record N of a JSONL/CSV file), or a URL
    )
    format: str  #: text | html | jsonl | csv
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  #: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when no date is known
    date_precision: str | None = None  #: year | month | day | None
    date_source: str | None = None  #: header | byline | html | field | None
    language: str | None = None  #: ISO 639-1 code
    language_confidence: float | None = None
    status: str = "ok"  #: ok | unsupported_language | no_text
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  #: image url, dateline, agencies, encoding, …

    def regions(self) -> list[tuple[int, int]]:
        """The (start, end) ranges of the text that are analysed, in order."""
        return [(s.start, s.end) for s in self.segments if s.analysed and s.end > s.start]

    def analysed_text(self) -> str:
        return "\n".join(self.text[a:b] for a, b in self.regions())


@dataclass(slots=True)
class Token:
    text: str
    start: int  #: offset into Article.text
    end: int
    lemma: str
    pos: str  #: STTS for German, Penn Treebank for English
    upos: str = ""  #: coarse universal POS where known
    head: int = -1  #: index (within the sentence) of the syntactic head, where a parser ran; -1 otherwise
    dep: str = ""  #: dependency label from the parser (English), "" where none ran


@dataclass(slots=True)
class Entity:
    """A named-entity span (PER, LOC, ORG, MISC) over the tokens of a sentence."""

    start_token: int
    end_token: int  #: exclusive
    label: str
    #: ner (a trusted statistical model) | model (Chronik's German NER, not trusted alone) | gazetteer
    source: str


@dataclass(slots=True)
class Sentence:
    index: int  #: position of the sentence in its article
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    segment: str = "body"  #: kind of the segment the sentence comes from


@dataclass(slots=True)
class Mention:
    """Something a sentence refers to: an actor, a time or a place, resolved where possible.

    ``explanation`` says in words how the resolution came about ("title 'Kremlchef' → head_of_state of RUS;
    holder on 2021-04-13: Vladimir Putin"), because a user must be able to check every resolution.
    """

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    kind: str  #: actor | time | place
    #: PER | ORG | LOC | GPE | MISC for actors and places; DATE for times, TIME for a time of day on the day told
    #: before ("am Abend", "um 10 Uhr"), as in TIMEX3
    label: str = ""
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None  #: ISO 3166 alpha-3, or an organisation code (NATO, EU, …)
    sector: str | None = None
    role: str | None = None
    value: str | None = None  #: for times: YYYY, YYYY-MM or YYYY-MM-DD when known
    method: str = ""  #: name | surname | title | counterpart | metonym | country | institution | ner | timex
    explanation: str = ""


@dataclass(slots=True)
class ActorRef:
    """An actor as it appears in an event record."""

    text: str
    name: str | None
    actor_id: str | None
    country: str | None
    sector: str | None


@dataclass(slots=True)
class Evidence:
    article_id: str
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """One coded event, in the shape of the export contract (see README, "The event record")."""

    event_id: str
    article_id: str
    article_path: str
    language: str
    event_type: str
    mode: str | None
    context: list[str]
    cameo: str
    intensity: float
    source: ActorRef | None
    target: ActorRef | None
    symmetric: bool
    date: str | None
    date_precision: str | None
    date_basis: str  #: text | publication | none
    location: dict[str, Any] | None
    modality: str  #: asserted | reported | planned | hypothetical | negated
    attribution: dict[str, Any] | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Problem:
    """A file (or part of one) that could not be read, with a message a user can act on."""

    path: str
    problem: (
        str  #: short code: binary | empty | too_large | encoding | not_gzip | unreadable | invalid_record | …
    )
    message: str
    fatal: bool = True  #: False when the rest of the file was still read (e.g. some invalid JSONL lines)
