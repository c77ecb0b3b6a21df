"""Resolving what a sentence refers to: names, surnames, titles, counterparts, institutions, metonyms.

The resolver works on tokens (with POS tags) of one sentence at a time and keeps a :class:`Context` per article,
so that "Putin" after "Wladimir Putin", or "sein belarussischer Amtskollege" after "der ukrainische
Verteidigungsminister", resolve as a reader would resolve them. Offices are looked up as of the article's date:
"der russische Präsident" is Putin in 2021 and "US-Präsident" is Biden in 2021–2024.

Every resolution carries an ``explanation`` in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.actors.kb import Actor, KnowledgeBase, Target, knowledge_base
from chronik.dates import PartialDate
from chronik.model import Token

#: Prepositions after which a place name is a location, not an actor: "in Moskau", "im Kreml", "to Washington".
LOCATIVE = {
    "de": {"in", "im", "nach", "aus", "bei", "beim", "durch", "vom", "ins", "zwischen", "innerhalb", "nahe"},
    "en": {
        "in",
        "to",
        "from",
        "at",
        "across",
        "inside",
        "into",
        "near",
        "within",
        "throughout",
        "toward",
        "towards",
    },
}
#: Tokens allowed inside a title phrase before the title word.
_DE_NP = {"ART", "PPOSAT", "ADJA", "PIAT", "PDAT", "CARD", "TRUNC"}
_EN_NP = {"DT", "PRP$", "JJ", "NNP", "NNPS", "HYPH"}
#: Possessives that may open a title phrase ("sein belarussischer Amtskollege", "his counterpart").
_POSSESSIVES = {"sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "his", "her",
                "their"}  # fmt: skip
_PRIORITY = {
    "person": 0, "role": 1, "spokesperson": 1, "counterpart": 1, "institution": 2, "organisation": 3,
    "metonym": 4, "country": 5, "surname": 6, "adjective": 7, "modifier": 8,
}  # fmt: skip
_HEADS = {"role", "institution", "spokesperson", "counterpart"}
_SENIORITY = {r: i for i, r in enumerate(
    ["head_of_state", "head_of_government", "vice_president", "secretary_general", "commission_president", "council_president", "foreign_minister", "defence_minister"]
)}  # fmt: skip


@dataclass(slots=True)
class Resolved:
    """One mention found in a sentence: token span, what it is, and how it was resolved."""

    start: int  #: first token
    end: int  #: token after the last
    kind: str  #: actor | place
    label: str  #: PER | ORG | GPE | LOC
    method: str
    explanation: str
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Context:
    """What an article has said so far: the people it has named, the last person mentioned."""

    date: PartialDate | None = None
    named: dict[str, Actor] = field(default_factory=dict)  #: people named in full so far
    last_person: Actor | None = None
    last_role: str | None = None


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    targets: list[Target]
    prefix: Target | None = None  #: for compounds: what the first element stands for

    @property
    def best(self) -> Target:
        return min(self.targets, key=lambda t: _PRIORITY.get(t.kind, 9))

    def has(self, *kinds: str) -> Target | None:
        for t in sorted(self.targets, key=lambda t: _PRIORITY.get(t.kind, 9)):
            if t.kind in kinds:
                return t
        return None


class Resolver:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or knowledge_base()

    # -- matching ----------------------------------------------------------------------------------------------

    def _lookup(self, words: tuple[str, ...], lang: str) -> list[Target]:
        found = list(self.kb.surface[lang].get(words, []))
        folded = tuple(w.lower() for w in words)
        found += self.kb.folded[lang].get(folded, [])
        if not found and words[0][:1].isupper() and len(words) == 1 and lang == "de":
            # sentence-initial adjective or modifier: "Russische Truppen", "Designierter Präsident"
            low = (words[0][:1].lower() + words[0][1:],)
            found = [t for t in self.kb.surface[lang].get(low, []) if t.kind in ("adjective", "modifier")]
        return found

    def match(self, words: list[str], lang: str) -> list[_Match]:
        out: list[_Match] = []
        i = 0
        n = len(words)
        longest = self.kb.longest[lang]
        while i < n:
            hit = None
            for size in range(min(longest.get(words[i].lower(), 0), n - i), 0, -1):
                targets = self._lookup(tuple(words[i : i + size]), lang)
                if targets:
                    hit = _Match(i, i + size, targets)
                    break
            if hit is None and "-" in words[i].strip("-"):
                hit = self._compound(words[i], i, lang)
            if hit is not None:
                out.append(hit)
                i = hit.end
            else:
                i += 1
        return out

    def _compound(self, word: str, i: int, lang: str) -> _Match | None:
        """ "US-Präsident", "Kreml-Sprecher", "Nato-Generalsekretär": a known head with a country/organisation."""
        prefix, _, head = word.rpartition("-")
        heads = [t for t in self._lookup((head,), lang) if t.kind in _HEADS]
        if not heads:
            heads = [t for t in self._lookup((head[:1].upper() + head[1:],), lang) if t.kind in _HEADS]
        if not heads:
            return None
        first = prefix.split("-")[0]
        pre = self.kb.prefix_target(prefix, lang) or self.kb.prefix_target(first, lang)
        if pre is None:
            return None
        return _Match(i, i + 1, heads, prefix=pre)

    # -- resolving ---------------------------------------------------------------------------------------------

    def resolve(self, tokens: list[Token], lang: str, ctx: Context) -> list[Resolved]:
        words = [t.text for t in tokens]
        pos = [t.pos for t in tokens]
        matches = self.match(words, lang)
        used: set[int] = set()
        out: dict[int, Resolved] = {}  # by index of the match that produced it
        for k, m in enumerate(matches):
            if k in used:
                continue
            head = m.has(*_HEADS)
            if m.has("person") or (m.has("surname") and not head):
                res, consumed = self._person_phrase(matches, k, tokens, lang, ctx)
            elif head:
                # A title takes in what stands before it ("Russlands Präsident"), which may have been emitted
                # on its own a moment ago: the title phrase replaces it.
                res, consumed = self._title_phrase(matches, k, tokens, pos, lang, ctx)
            else:
                best = m.best
                res = (
                    self._place_or_actor(m, best, words, lang)
                    if best.kind in ("country", "metonym", "organisation")
                    else None
                )
                consumed = {k}
            for j in consumed:
                out.pop(j, None)
            used |= consumed
            if res:
                out[k] = res
        return sorted(out.values(), key=lambda r: r.start)

    def _person_phrase(
        self, matches: list[_Match], k: int, tokens: list[Token], lang: str, ctx: Context
    ) -> tuple[Resolved | None, set[int]]:
        m = matches[k]
        actor, how = self._person(m, ctx)
        span = " ".join(t.text for t in tokens[m.start : m.end])
        if actor is None:
            return Resolved(m.start, m.end, "actor", "PER", "surname", how), {k}
        full = m.has("person") is not None
        if full:
            ctx.named[actor.id] = actor
        self._remember(actor, ctx)
        roles = self._roles_text(actor, ctx)
        return (
            Resolved(
                m.start,
                m.end,
                "actor",
                "PER",
                "name" if full else "surname",
                f"{'name' if full else 'surname'} {span!r} → {actor.name}{how}{roles}",
                actor.id,
                actor.name,
                actor.country,
                actor.sector,
                self._role_on(actor, ctx),
            ),
            {k},
        )

    def _person(self, m: _Match, ctx: Context, prefer: list[Actor] | None = None) -> tuple[Actor | None, str]:
        kb = self.kb
        t = m.has("person")
        if t:
            cands = [kb.actors[x.key] for x in m.targets if x.kind == "person" and x.key in kb.actors]
        else:
            cands = [kb.actors[x.key] for x in m.targets if x.kind == "surname" and x.key in kb.actors]
        cands = list({a.id: a for a in cands}.values())
        if len(cands) == 1:
            return cands[0], ""
        if prefer:
            both = [a for a in cands if a.id in {p.id for p in prefer}]
            if len(both) == 1:
                return both[0], " (the one holding the title)"
        named = [a for a in cands if a.id in ctx.named]
        if len(named) == 1:
            return named[0], " (named in full earlier in the article)"
        if ctx.date is not None:
            a, b = ctx.date.start(), ctx.date.end()
            active = [x for x in cands if x.roles_on(a, b)]
            if len(active) == 1:
                return active[0], f" (the only one in office in {ctx.date})"
        names = ", ".join(sorted(a.name for a in cands))
        return None, f"ambiguous: could be {names}"

    def _title_phrase(
        self, matches: list[_Match], k: int, tokens: list[Token], pos: list[str], lang: str, ctx: Context
    ) -> tuple[Resolved | None, set[int]]:
        kb = self.kb
        m = matches[k]
        head = m.has(*_HEADS)
        assert head is not None
        consumed = {k}
        np_tags = _DE_NP if lang == "de" else _EN_NP
        start = m.start
        country: str | None = head.country
        how = f"title {tokens[m.start].text!r}" if m.end - m.start == 1 else "title"
        if country:
            how += f" implies {country}"
        elif m.prefix is not None:
            country = m.prefix.country
            how += f" with prefix → {country}"
        modifier: str | None = None
        # look left: adjectives, modifiers, possessives, a genitive country ("Russlands Präsident", "US President")
        j = k - 1
        pos_i = m.start - 1
        determiner = False  # once past "der"/"the", a name on the left is no longer a genitive of the title
        while pos_i >= 0:
            prev = matches[j] if j >= 0 and matches[j].end == pos_i + 1 else None
            if prev is not None:
                t = prev.has("adjective", "modifier", "country", "organisation", "metonym")
                if t is None:
                    break
                if t.kind in ("country", "organisation", "metonym") and not self._genitive_left(
                    tokens, prev, determiner, lang
                ):
                    break
                if t.kind == "modifier":
                    modifier = modifier or t.key
                elif country is None:
                    country = t.country
                    how += f", {tokens[prev.start].text!r} → {country}"
                consumed.add(j)
                start = prev.start
                pos_i = prev.start - 1
                j -= 1
                continue
            tag = pos[pos_i]
            word = tokens[pos_i].text.lower()
            if tag == "POS" or word in ("'s", "'", "’s"):
                # English possessive: part of the phrase only after a country ("Russia's president")
                before = matches[j] if j >= 0 and matches[j].end == pos_i else None
                if before is None or before.has("country", "organisation", "metonym") is None:
                    break
                pos_i -= 1
                continue
            if tag in ("ART", "DT", "PDAT"):
                determiner = True
            if tag not in np_tags and tag not in ("PPOSAT", "PRP$") and word not in _POSSESSIVES:
                break
            start = pos_i
            pos_i -= 1
        end = m.end
        # look right: a genitive complement ("Präsident Russlands", "Sprecher des Verteidigungsministeriums",
        # "Secretary General of NATO"), then a name in apposition ("Präsident Wladimir Putin").
        role = head.key if head.kind == "role" else None
        sector_from = head
        j = k + 1
        gap_ok = {"der", "des", "von", "of", "the", "vom"}
        while j < len(matches):
            nxt = matches[j]
            between = [t.text.lower() for t in tokens[end : nxt.start]]
            if any(w not in gap_ok for w in between) or len(between) > 2:
                break
            comp = nxt.has("country", "organisation", "institution", "metonym")
            if comp is None or nxt.has("person"):
                break
            if comp.kind == "institution" and head.kind == "spokesperson":
                role = kb.spokesperson_of.get(comp.key, "spokesperson")
                sector_from = comp
                country = country or comp.country or comp.default_country
                how += f", speaks for {comp.key}"
            elif comp.kind == "institution":
                break
            elif country is None:
                country = comp.country
                how += f", of {tokens[nxt.start].text!r} → {country}"
            elif comp.kind == "metonym" and head.kind == "spokesperson":
                role = "government_spokesperson"
            consumed.add(j)
            end = nxt.end
            j += 1
        if head.kind == "spokesperson" and role is None:
            role = (
                "government_spokesperson"
                if m.prefix is not None and m.prefix.kind == "metonym"
                else "spokesperson"
            )
        if head.kind == "counterpart":
            anchor = ctx.last_person
            role = ctx.last_role
            if anchor is None or role is None:
                return None, consumed
            how = f"counterpart of {anchor.name} ({role})" + (f" in {country}" if country else "")
        if country is None and head.default_country:
            country = head.default_country
            how += f", no country named → {country} assumed"
        # apposition: a person right after the title (optionally after a comma)
        person_match = None
        if j < len(matches):
            nxt = matches[j]
            between = [t.text for t in tokens[end : nxt.start]]
            if between in ([], [","]) and (nxt.has("person") or nxt.has("surname")):
                person_match = (j, nxt)
        holders: list[Actor] = []
        # An ambassador is only identified by where they serve, which the title alone does not say.
        if role and role != "ambassador" and country and ctx.date is not None:
            holders = [a for a, _ in kb.holders(role, country, ctx.date, modifier)]
            if not holders and role == "head_of_government":
                # presidential systems: the president heads the government ("Mexikos Regierungschef")
                holders = [a for a, _ in kb.holders("head_of_state", country, ctx.date, modifier)]
                if holders:
                    how += ", no separate head of government → head_of_state"
        if person_match is not None:
            j, nxt = person_match
            actor, phow = self._person(nxt, ctx, prefer=holders)
            # "der russische Staatschef Biden ein Gespräch angeboten": a name that is not the title's holder is
            # not an apposition but the next noun phrase, so title and name stay two mentions.
            if actor is not None and (not holders or actor in holders):
                consumed.add(j)
                if nxt.has("person"):
                    ctx.named[actor.id] = actor
                self._remember(actor, ctx, role)
                agree = ""
                if holders:
                    agree = (
                        " (agrees with the title)" if actor in holders else " (the title points elsewhere)"
                    )
                name = " ".join(t.text for t in tokens[nxt.start : nxt.end])
                return (
                    Resolved(
                        start, nxt.end, "actor", "PER", "name",
                        f"name {name!r}{phow} with {how}{agree} → {actor.name}",
                        actor.id, actor.name, actor.country, actor.sector, role or self._role_on(actor, ctx),
                    ),
                    consumed,
                )  # fmt: skip
        label = "PER" if head.kind in ("role", "spokesperson", "counterpart") else "ORG"
        method = "counterpart" if head.kind == "counterpart" else "title" if label == "PER" else "institution"
        if head.kind == "institution" and role is None:
            if country is None:
                return None, consumed
            aid, name = kb.state_actor(country, head.sector)
            return (
                Resolved(
                    start, end, "actor", "ORG", method, f"{how} → {name}", aid, name, country, head.sector
                ),
                consumed,
            )
        if country is None:
            return (
                Resolved(start, end, "actor", "PER", method, f"{how}: no country named", role=role),
                consumed,
            )
        if ctx.date is None:
            aid, name = kb.state_actor(country, _role_sector(role, sector_from))
            return (
                Resolved(
                    start, end, "actor", label, method,
                    f"{how}: no article date, so the holder of {role} cannot be told → {name}",
                    aid, name, country, _role_sector(role, sector_from), role,
                ),
                consumed,
            )  # fmt: skip
        if holders:
            actor = holders[0]
            self._remember(actor, ctx, role)
            when = {"elected": "designated", "former": "former"}.get(modifier or "", "holder")
            alt = (
                f" (also {', '.join(a.name for a in holders[1:])} in part of {ctx.date})"
                if len(holders) > 1
                else ""
            )
            return (
                Resolved(
                    start, end, "actor", "PER", method,
                    f"{how} → {role} of {country}; {when} in {ctx.date}: {actor.name}{alt}",
                    actor.id, actor.name, actor.country, actor.sector, role,
                ),
                consumed,
            )  # fmt: skip
        sector = _role_sector(role, sector_from)
        aid, name = kb.state_actor(country, sector)
        return (
            Resolved(
                start, end, "actor", label, method,
                f"{how} → {role} of {country}; no holder known for {ctx.date} → {name}",
                aid, name, country, sector, role,
            ),
            consumed,
        )  # fmt: skip

    @staticmethod
    def _genitive_left(tokens: list[Token], prev: _Match, determiner: bool, lang: str) -> bool:
        """Is a name just left of a title its genitive ("Russlands Präsident", "US President", "Russia's")?"""
        if determiner:
            return False
        word = tokens[prev.end - 1].text
        if lang == "en":
            return True
        return word.endswith(("s", "'", "’")) or word.isupper()

    def _place_or_actor(self, m: _Match, t: Target, words: list[str], lang: str) -> Resolved:
        kb = self.kb
        prev = words[m.start - 1].lower() if m.start > 0 else ""
        prev2 = words[m.start - 2].lower() if m.start > 1 else ""
        text = " ".join(words[m.start : m.end])
        locative = prev in LOCATIVE[lang] or (
            prev in ("der", "dem", "den", "the") and prev2 in LOCATIVE[lang]
        )
        if locative and t.kind in ("country", "metonym"):
            name = kb.country_name(t.country)
            return Resolved(
                m.start, m.end, "place", "LOC", "place", f"{text!r} after {prev!r} is a place in {name}",
                None, text, t.country,
            )  # fmt: skip
        if t.kind == "metonym":
            aid, name = kb.state_actor(t.key, t.sector)
            return Resolved(
                m.start,
                m.end,
                "actor",
                "ORG",
                "metonym",
                f"{text!r} stands for {name}",
                aid,
                name,
                t.key,
                t.sector,
            )
        if t.kind == "organisation":
            name = kb.country_name(t.key) or t.key
            return Resolved(m.start, m.end, "actor", "ORG", "organisation", f"{text!r} → {name}", t.key, name,
                            t.key, t.sector)  # fmt: skip
        name = kb.country_name(t.key) or t.key
        return Resolved(
            m.start, m.end, "actor", "GPE", "country", f"{text!r} → the state {name}", t.key, name, t.key
        )

    # -- helpers -----------------------------------------------------------------------------------------------

    def _remember(self, actor: Actor, ctx: Context, role: str | None = None) -> None:
        ctx.last_person = actor
        ctx.last_role = role or self._role_on(actor, ctx)

    def _role_on(self, actor: Actor, ctx: Context) -> str | None:
        """The person's most senior office on the article's date (head of state before head of government …)."""
        if ctx.date is None:
            return None
        roles = actor.roles_on(ctx.date.start(), ctx.date.end())
        return min(roles, key=lambda r: _SENIORITY.get(r.role, len(_SENIORITY))).role if roles else None

    def _roles_text(self, actor: Actor, ctx: Context) -> str:
        if ctx.date is None:
            return ""
        a, b = ctx.date.start(), ctx.date.end()
        now = [f"{r.role} of {r.country}" for r in actor.roles_on(a, b)]
        soon = [f"designated {r.role} of {r.country} (elected {r.elected}, takes office {r.start})"
                for r in actor.roles if r.elected and r.start and r.elected <= b and a < r.start]  # fmt: skip
        parts = now + soon
        return f"; in {ctx.date}: {', '.join(parts)}" if parts else ""


def _role_sector(role: str | None, target: Target) -> str:
    if target.sector:
        return target.sector
    if role in ("chief_of_general_staff", "defence_ministry_spokesperson"):
        return "military"
    return "government"


def lookup(
    text: str,
    *,
    date: str | None = None,
    language: str = "de",
    context: str | None = None,
    kb: KnowledgeBase | None = None,
) -> list[Resolved]:
    """Resolve the mentions in ``text`` as of ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

    ``context`` is text read first, as if it came earlier in the same article ("Der ukrainische
    Verteidigungsminister Oleksij Resnikow telefonierte …" before "sein belarussischer Amtskollege").
    """
    from chronik.nlp import analyzer

    resolver = Resolver(kb)
    ctx = Context(date=PartialDate.parse(date) if date else None)
    an = analyzer(language)
    if context:
        for s in an.sentences(context, 0, len(context)):
            resolver.resolve(s.tokens, language, ctx)
    out: list[Resolved] = []
    for s in an.sentences(text, 0, len(text)):
        out.extend(resolver.resolve(s.tokens, language, ctx))
    return out
