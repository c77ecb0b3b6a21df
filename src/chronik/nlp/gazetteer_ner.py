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
    """The knowledge base's actors and places in ``words``, and the one-word regions of ``regions.yaml``, listed
    ("Gazastreifen") or a compass part of a country ("Westukraine", "Nordirak"), which no statistical model
    reliably finds."""
    from chronik.places import region  # (places loads geonames: only when entities are wanted)

    out = []
    for m in _resolver().match(words, language):
        label = _LABEL.get(m.best.kind)
        if label and not (m.best.kind == "institution" and m.best.country is None):
            out.append(Entity(m.start, m.end, label, "gazetteer"))
    taken = {i for e in out for i in range(e.start_token, e.end_token)}
    for i, w in enumerate(words):
        if i not in taken and w[:1].isupper() and len(w) > 3 and region(w) is not None:
            out.append(Entity(i, i + 1, "LOC", "gazetteer"))
    return sorted(out, key=lambda e: e.start_token)


_RESOLVER = None


def _resolver():
    global _RESOLVER
    if _RESOLVER is None:
        from chronik.actors.resolve import Resolver

        _RESOLVER = Resolver()
    return _RESOLVER
