"""Named entities from the actor knowledge base: the stand-in NER for languages without a statistical model.

Until Chronik ships its own German NER, German entities are the gazetteer's matches: people (PER), countries and
places (LOC), organisations and institutions (ORG). It finds only what the knowledge base knows.
"""

from __future__ import annotations

from chronik.model import Entity

_LABEL = {
    "person": "PER",
    "surname": "PER",
    "country": "LOC",
    "metonym": "LOC",
    "organisation": "ORG",
    "institution": "ORG",
}


def gazetteer_entities(words: list[str], language: str) -> list[Entity]:
    out = []
    for m in _resolver().match(words, language):
        label = _LABEL.get(m.best.kind)
        if label and not (m.best.kind == "institution" and m.best.country is None):
            out.append(Entity(m.start, m.end, label, "gazetteer"))
    return out


_RESOLVER = None


def _resolver():
    global _RESOLVER
    if _RESOLVER is None:
        from chronik.actors.resolve import Resolver

        _RESOLVER = Resolver()
    return _RESOLVER
