"""The actor knowledge base: countries, international organisations, people with date-ranged offices, and the words
that describe offices and institutions. See ``docs/actor-schema.md`` for the file formats.

``knowledge_base()`` returns the shared, cached knowledge base (shipped files plus the user's files named by
``CHRONIK_ACTORS``); ``lookup(text, date=...)`` resolves one mention and explains how.
"""

from chronik.actors.kb import Actor, Country, KnowledgeBase, Organisation, Role, knowledge_base
from chronik.actors.resolve import Context, Resolver, lookup

__all__ = [
    "Actor",
    "Context",
    "Country",
    "KnowledgeBase",
    "Organisation",
    "Resolver",
    "Role",
    "knowledge_base",
    "lookup",
]
