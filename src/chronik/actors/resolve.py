"""Resolving what a sentence refers to: names, surnames, titles, counterparts, institutions, metonyms.

The resolver works on tokens (with POS tags) of one sentence at a time and keeps a :class:`Context` per article,
so that "Putin" after "Wladimir Putin", or "sein belarussischer Amtskollege" after "der ukrainische
Verteidigungsminister", resolve as a reader would resolve them. Offices are looked up as of the article's date:
"der russische Präsident" is Putin in 2021 and "US-Präsident" is Biden in 2021–2024.

Every resolution carries an ``explanation`` in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.actors.kb import Actor, KnowledgeBase, Target, comma_below, knowledge_base
from chronik.dates import PartialDate
from chronik.model import Token


def _agent_of_act(words: list[str], k: int, before: str) -> bool:
    """Is the "durch" at ``k`` the "by" of an act named by a noun before it ("Einschüchterung durch Russland",
    "die Annexion der Krim durch Russland"), not the "through" of a way ("reiste durch Polen")?"""
    if before != "durch":
        return False
    j = k - 1
    while j >= 0 and words[j] in _QUOTE_MARKS:
        j -= 1
    return j >= 0 and words[j][:1].isupper() and words[j].endswith(_ACT_ENDINGS)


#: Quotation marks between a noun and the "durch" after it.
_QUOTE_MARKS = {"\u201c", "\u201d", "\u201e", '"', "\u00ab", "\u00bb"}
#: Endings of German nouns of acts, after which "durch" names who acts.
_ACT_ENDINGS = ("ung", "ion", "nahme", "griff", "griffe", "schlag", "schläge", "mord", "morde")


#: Prepositions after which a place name is a location, not an actor: "in Moskau", "im Kreml", "to Washington".
LOCATIVE = {
    "de": {"in", "im", "nach", "aus", "bei", "beim", "durch", "vom", "ins", "innerhalb", "nahe"},
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
        "through",
        "toward",
        "towards",
    },
}
#: Counting words before a German country name that is also its people's plural ("tausende Ungarn").
_CROWD_WORDS = {"tausende", "hunderte", "zehntausende", "hunderttausende", "dutzende", "tausenden", "hunderten",
                "zehntausenden", "viele", "vielen", "einige", "zahlreiche", "mehrere", "junge", "wütende"}  # fmt: skip
#: German numbers that count people ("fünf Deutsche").
_DE_COUNTS = {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
              "zwanzig"}  # fmt: skip
#: Tokens allowed inside a title phrase before the title word.
_DE_NP = {"ART", "PPOSAT", "ADJA", "PIAT", "PDAT", "CARD", "TRUNC"}
_EN_NP = {"DT", "PRP$", "JJ", "NNP", "NNPS", "HYPH"}
#: Possessives that may open a title phrase ("sein belarussischer Amtskollege", "his counterpart").
_POSSESSIVES = {"sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "his", "her",
                "their"}  # fmt: skip
_PRIORITY = {
    "person": 0, "role": 1, "spokesperson": 1, "counterpart": 1, "institution": 2, "organisation": 3,
    "metonym": 4, "country": 5, "surname": 6, "people": 6, "adjective": 7, "modifier": 8, "media": 3,
}  # fmt: skip
_HEADS = {"role", "institution", "spokesperson", "counterpart"}
#: Lower-case words before a name that are no adjectives (articles, prepositions, pronouns).
_NOT_ADJECTIVES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "ohne", "gegen",
    "über", "unter", "hinter", "neben", "zwischen", "wegen", "seine", "seinen", "seinem", "seiner", "ihre", "ihren",
    "ihrem", "ihrer", "unsere", "unseren", "unserem", "unserer", "diese", "diesen", "diesem", "dieser", "jene",
    "welche", "alle", "beide", "beiden", "sowie", "sondern", "aber", "oder",
}  # fmt: skip

#: The nouns after a state's adjective that name its capital ("die ukrainische Hauptstadt", "the Russian capital").
_CAPITAL_WORDS = {"de": {"hauptstadt"}, "en": {"capital"}}
#: Plural nouns of settlements and regions that a country adjective places in that country ("in dozens of Russian
#: cities", "in mehreren türkischen Städten"): a place, not a party. (One city is named: "die syrische Stadt
#: Kobane" is Kobane.)
_REGION_WORDS = {
    "de": {"städte", "städten", "großstädte", "großstädten", "dörfer", "dörfern", "regionen", "provinzen"},
    "en": {"cities", "towns", "villages", "regions", "provinces"},
}
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
    #: the state of the last ambassador the article named with one ("the U.S. ambassador"), for a later
    #: "Ambassador Matthew Tueller" who is the same
    ambassador_of: str | None = None


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


@dataclass(slots=True)
class _Phrase:
    """A title phrase being assembled: its token span, what it says so far, and the matches it has taken in."""

    start: int
    end: int
    consumed: set[int]
    role: str | None = None
    country: str | None = None
    modifier: str | None = None  #: elected | former | acting
    sector_from: Target | None = None  #: the institution a spokesperson speaks for
    how: str = ""
    plural: bool = False  #: "die Außenminister", "zwei Minister": several holders of the office
    country_before: bool = False  #: the country stands before the title word ("US allies", "Nato-Verbündete")


#: Words allowed between a title and its genitive complement: "Präsident der Ukraine", "Secretary General of NATO".
_GENITIVE_GAP = {"der", "des", "von", "vom", "of", "the"}


#: Indefinite articles: a common noun after one is some thing of its kind, not the one the domain knows.
_INDEFINITE = {"a", "an", "ein", "eine", "einen", "einem", "einer", "eines"}


def _first_name(
    m: _Match, words: list[str], pos: list[str], matches: list[_Match], k: int, lang: str
) -> bool:
    """Is the capital's name followed by a proper noun the gazetteer does not know ("Sofia Sapega", "Victoria
    Nuland"), so that it is a person's first name? Not where the tagger took a common noun for a name ("wirft
    Moskau Kriegsverbrechen vor"): a word the dictionary knows, or a compound ending in one."""
    j = m.end
    if j >= len(words) or pos[j] not in ("NE", "NNP") or not words[j][:1].isupper():
        return False
    if _common_word(words[j], lang):
        return False
    return not any(x.start == j for x in matches[k + 1 :])


def _common_word(word: str, lang: str) -> bool:
    """Does simplemma's dictionary know the word, or (German) the last part of it as a compound, five letters or
    more ("Kriegsverbrechen", "Cyberangriffe")?"""
    from simplemma import is_known

    if lang not in ("de", "en") or "-" in word:
        return False
    if is_known(word, lang=lang):
        return True
    return lang == "de" and any(is_known(word[i:].capitalize(), lang="de") for i in range(3, len(word) - 4))


#: Tags of the words that may stand between an article and its noun: adjectives, adverbs and foreign words ("a
#: de facto alliance"), participles and hyphens ("a newly-formed alliance").
_MODIFIERS = {"JJ", "ADJA", "ADJD", "RB", "ADV", "FW", "VBN", "HYPH"}


def _indefinite_common_noun(m: _Match, words: list[str], pos: list[str]) -> bool:
    """Is the match a common noun ("alliance", "Militärbündnis") after an indefinite article and the adjectives
    between ("a new military alliance", "a de facto alliance")?"""
    if not (words[m.start][:1].islower() or pos[m.start] == "NN"):
        return False
    k = m.start - 1
    while k >= 0 and pos[k] in _MODIFIERS:
        k -= 1
    return k >= 0 and words[k].lower() in _INDEFINITE


def _adjective_as_noun(m: _Match, words: list[str], pos: list[str], lang: str) -> bool:
    """ "A Palestinian stabbed an Israeli", "shot a Palestinian": an English country adjective after "a" or
    "an" with no noun after it is one of that country's people (the loader leaves such singulars out of the
    demonyms because they are adjectives too: "an Israeli soldier"). German capitalises such a noun and counts
    it: "fünf Deutsche", "mehrere Deutsche" (the demonyms leave "Deutsche" out for "Deutsche Bank")."""
    if m.start == 0:
        return False
    prev = words[m.start - 1].lower()
    if lang == "de":
        counted = prev in _CROWD_WORDS or prev in _DE_COUNTS or prev.isdigit()
        if not (counted and words[m.start][:1].isupper()):
            return False
    elif prev not in ("a", "an"):
        return False
    return m.end >= len(words) or not pos[m.end].startswith(("NN", "NE", "ADJ", "JJ", "CD"))


def _plural(tokens: list[Token], pos: list[str], start: int, end: int, lang: str) -> bool:
    """Whether the title phrase ``tokens[start:end]`` names several office holders: a number, a coordination
    ("Staats- und Regierungschefs", also before the phrase), German "die" before a title that is not feminine
    ("die Außenminister", not "die Präsidentin"), an English plural ("the foreign ministers")."""
    head = tokens[end - 1].text
    if any(
        p == "CARD" or t.text.lower() in ("und", "and")
        for t, p in zip(tokens[start:end], pos[start:end], strict=True)
    ):
        return True
    if start >= 2 and pos[start - 2] == "TRUNC" and tokens[start - 1].text.lower() in ("und", "oder"):
        return True
    if lang == "de":
        first = tokens[start - 2] if start >= 2 and pos[start - 2] == "TRUNC" else tokens[start]
        article = tokens[start - 3] if first is not tokens[start] and start >= 3 else first
        return article.text.lower() == "die" and not head.endswith(("in", "innen"))
    return head.endswith("s") and tokens[end - 1].lemma.lower() != head.lower()


class Resolver:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or knowledge_base()

    # -- matching ----------------------------------------------------------------------------------------------

    def _lookup(self, words: tuple[str, ...], lang: str) -> list[Target]:
        found = self.kb.targets(words, lang)
        if not found and any(comma_below(w) != w for w in words):
            found = self.kb.targets(tuple(comma_below(w) for w in words), lang)  # "Chişinău" is "Chișinău"
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
            reach = max(longest.get(words[i].lower(), 0), longest.get(comma_below(words[i]).lower(), 0))
            for size in range(min(reach, n - i), 0, -1):
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
        """ "US-Präsident", "Kreml-Sprecher", "Nato-Generalsekretär": a known head with a country/organisation;
        "PKK-Kämpfer", "Hamas-Führung": an armed group or movement by its members or organs."""
        prefix, _, head = word.rpartition("-")
        if head in self.kb.group_members.get(lang, ()):
            groups = [t for t in self._lookup((prefix,), lang) if t.kind == "person" and t.sector == "rebel"]
            if groups:
                return _Match(i, i + 1, groups)
        heads = [t for t in self._lookup((head,), lang) if t.kind in _HEADS]
        if not heads:
            heads = [t for t in self._lookup((head[:1].upper() + head[1:],), lang) if t.kind in _HEADS]
        if not heads:
            return None
        first = prefix.split("-")[0]
        pre = self.kb.prefix_target(prefix, lang) or self.kb.prefix_target(first, lang)
        if pre is None and any(c.isdigit() for c in prefix) and heads[0].kind == "institution":
            # "türkische F-16-Kampfjets", "Su-24-Bomber": a type name before the head says nothing of the owner
            return _Match(i, i + 1, heads)
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
            if m.end < len(words) and words[m.end].lower() in m.best.not_before:
                continue  # "den Westen der Stadt": a direction, not the West
            if m.best.kind == "metonym" and _first_name(m, words, pos, matches, k, lang):
                continue  # "seine Freundin Sofia Sapega": a person's first name, not Bulgaria's government
            if (
                m.has("surname")
                and not m.has("person", *_HEADS)
                and (
                    _first_name(m, words, pos, matches, k, lang)
                    or self._other_first_name(m, words, pos, matches, lang)
                )
            ):
                continue  # "Scher Mohammad Abbas Staneksai", "Sung Kim": a name of someone else
            if m.best.kind == "organisation" and _indefinite_common_noun(m, words, pos):
                continue  # "formed a military alliance", "ein Militärbündnis geschmiedet": some alliance, not NATO
            head = m.has(*_HEADS)
            if m.has("person") or (m.has("surname") and not head):
                res, consumed = self._person_phrase(matches, k, tokens, lang, ctx)
            elif head:
                # A title takes in what stands before it ("Russlands Präsident"), which may have been emitted
                # on its own a moment ago: the title phrase replaces it.
                res, consumed = self._title_phrase(matches, k, tokens, pos, lang, ctx)
                org = m.has("organisation")
                if res is None and org is not None and consumed == {k}:
                    # "Der Sicherheitsrat ruft die Taliban auf": an institution word no country claims that also
                    # names an organisation is that organisation (a national one has its country: "der
                    # russische Sicherheitsrat")
                    res = self._place_or_actor(m, org, words, lang)
            else:
                best = m.best
                if best.kind == "media":
                    res = Resolved(m.start, m.end, "actor", "ORG", "media", f"{best.key!r} is a news outlet",
                                   None, best.key, None, "media")  # fmt: skip
                elif best.kind in ("country", "metonym", "organisation"):
                    res = self._place_or_actor(m, best, words, lang)
                elif best.kind == "adjective" and self._capital_after(m, words, lang):
                    res = self._capital(m, best, words, lang)
                elif (
                    best.kind == "adjective"
                    and m.end < len(words)
                    and words[m.end].lower() in _REGION_WORDS[lang]
                ):
                    country = best.country or best.key
                    text = " ".join(words[m.start : m.end + 1])
                    res = Resolved(m.start, m.end + 1, "place", "LOC", "region",
                                   f"{text!r}: places in {self.kb.country_name(country)}", None,
                                   self.kb.country_name(country), country)  # fmt: skip
                elif best.kind == "adjective" and _adjective_as_noun(m, words, pos, lang):
                    name = self.kb.country_name(best.country or best.key) or best.key
                    text = " ".join(words[m.start : m.end])
                    res = Resolved(m.start, m.end, "actor", "NORP", "demonym",
                                   f"{text!r} after {words[m.start - 1]!r} with no noun after it: a person of {name}",
                                   best.country or best.key, name, best.country or best.key)  # fmt: skip
                elif best.kind == "people":
                    name = self.kb.country_name(best.key) or best.key
                    text = " ".join(words[m.start : m.end])
                    res = Resolved(m.start, m.end, "actor", "NORP", "demonym", f"{text!r}: people of {name}",
                                   best.key, name, best.key)  # fmt: skip
                else:
                    res = None
                consumed = {k}
            for j in consumed:
                out.pop(j, None)
            used |= consumed
            if res:
                out[k] = res
        found = sorted(out.values(), key=lambda r: r.start)
        return sorted(found + self._coordinated(found, matches, tokens), key=lambda r: r.start)

    def _other_first_name(
        self, m: _Match, words: list[str], pos: list[str], matches: list[_Match], lang: str
    ) -> bool:
        """Does an unknown proper noun stand right before the surname ("Sung Kim", "Margarita Simonjan", "Ain
        al-Asad"), so that it is someone else's first name (or a place's)? Not a form of address ("Mr Putin",
        ``honorifics`` in roles.yaml), nor a name the domain knows ("empfing Orbán Kristersson")."""
        j = m.start - 1
        if j < 0 or pos[j] not in ("NE", "NNP") or not words[j][:1].isupper():
            return False
        if words[j] in self.kb.honorifics.get(lang, frozenset()):
            return False
        if j > 0 and words[j - 1] in ('"', "“", "„", "‘", "'"):
            return False  # (chanting "Stop Putin": a verb the tagger took for a name, opening a quote)
        return not any(x.start <= j < x.end for x in matches)

    def _coordinated(
        self, found: list[Resolved], matches: list[_Match], tokens: list[Token]
    ) -> list[Resolved]:
        """The parties of coordinated country adjectives before one group or office: "Ukrainische und britische
        Ermittler", "Russian and Ukrainian delegations", "US-, britische und französische Truppen" name one
        party per adjective. The phrase resolved only the last adjective; each one before it joined by "und",
        "and" or a comma gets a mention of its own (its span is the adjective) with the phrase's sector."""
        adjectives = {m.start: m for m in matches if m.end - m.start == 1 and m.has("adjective")}
        taken = {i for r in found for i in range(r.start, r.end)}
        extra: list[Resolved] = []
        for r in found:
            if r.kind != "actor" or r.label != "ORG" or r.country is None or r.start not in adjectives:
                continue
            head = " ".join(t.text for t in tokens[r.start : r.end])
            i = r.start - 1
            while i >= 1 and tokens[i].text.lower() in ("und", "and", "sowie", ",") and i - 1 in adjectives:
                m = adjectives[i - 1]
                if i - 1 in taken:
                    break
                t = m.has("adjective")
                assert t is not None
                country = t.country or t.key
                aid, name = self.kb.state_actor(country, r.sector)
                why = f"{tokens[i - 1].text!r} coordinated with {head!r} → {name}"
                extra.append(
                    Resolved(i - 1, i, "actor", "ORG", r.method, why, aid, name, country, r.sector, r.role)
                )
                i -= 2
        return extra

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
                "PER" if actor.kind == "person" else "ORG",  # "die Hamas", "der IS" are no persons
                "name" if full else "surname",
                f"{'name' if full else 'surname'} {span!r} → {actor.name}{how}{roles}",
                actor.id,
                actor.name,
                *affiliation(actor, ctx.date, self.kb),
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
        """A title or institution word with what belongs to it, resolved as of the article's date."""
        m = matches[k]
        head = m.has(*_HEADS)
        assert head is not None
        ph = _Phrase(start=m.start, end=m.end, consumed={k}, role=head.key if head.kind == "role" else None)
        ph.how = f"title {' '.join(t.text for t in tokens[m.start : m.end])!r}"
        ph.country = head.country
        if ph.country:
            ph.how += f" implies {ph.country}"
        elif m.prefix is not None:
            ph.country = m.prefix.country
            ph.how += f" with prefix → {ph.country}"
        self._scan_left(ph, matches, k, tokens, pos, lang)
        ph.country_before = ph.country is not None
        j = self._scan_right(ph, matches, k, head, tokens)
        if ph.country is None and head.kind == "institution":
            self._seat_before(ph, matches, k, tokens)
        if head.kind == "spokesperson" and ph.role is None:
            metonym_prefix = m.prefix is not None and m.prefix.kind == "metonym"
            ph.role = "government_spokesperson" if metonym_prefix else "spokesperson"
        if head.kind == "counterpart":
            named = self._apposition(ph, matches, j, tokens, [], ctx)
            if named is not None and named.country not in (None, ctx.last_person and ctx.last_person.country):
                # "Ihr ukrainischer Amtskollege Dmytro Kuleba": the name after the counterpart says who it is
                return named, ph.consumed
            # (a name not taken as the counterpart stays part of the title phrase: ``_apposition`` has consumed
            # it, so "Ihre schwedische Amtskollegin Magdalena Andersson" is one mention however it resolves)
            if (ctx.last_person is None or ctx.last_role is None) and ph.country is not None:
                # "telefonierte mit seinem chinesischen Kollegen" where no office of the person before is known
                # (no article date, or none on it): whoever it is, an official of that state's government
                aid, name = self.kb.state_actor(ph.country, "government")
                why = f"{ph.how}: counterpart of no known office → {name}"
                return Resolved(ph.start, ph.end, "actor", "PER", "counterpart", why, aid, name, ph.country,
                                "government"), ph.consumed  # fmt: skip
            if ctx.last_person is None or ctx.last_role is None:
                return None, ph.consumed
            ph.role = ctx.last_role
            ph.how = f"counterpart of {ctx.last_person.name} ({ph.role})" + (
                f" in {ph.country}" if ph.country else ""
            )
        if ph.country is None and head.default_country:
            ph.country = head.default_country
            ph.how += f", no country named → {ph.country} assumed"
        if ph.role == _AMBASSADOR and ph.country is not None:
            ctx.ambassador_of = ph.country
        elif ph.role == _AMBASSADOR and ctx.ambassador_of is not None and not _owned(tokens, ph.start):
            # "told the U.S. ambassador …. Abdul Mahdi received Ambassador Matthew Tueller": the one named before
            ph.country = ctx.ambassador_of
            ph.how += f", no country named → the ambassador of {ph.country} named before"
        holders = self._holders(ph, ctx)
        # a crowd is no title of a person: "forderten Demonstranten Paschinjans Rücktritt"
        crowd = head.local and head.sector == "civil_society"
        appositive = None if crowd else self._apposition(ph, matches, j, tokens, holders, ctx)
        if appositive is not None:
            return appositive, ph.consumed
        if head.kind == "role" and _plural(tokens, pos, ph.start, m.end, lang):
            ph.plural = True
        return self._title_only(ph, head, holders, ctx), ph.consumed

    def _scan_left(
        self, ph: _Phrase, matches: list[_Match], k: int, tokens: list[Token], pos: list[str], lang: str
    ) -> None:
        """Take in adjectives, modifiers, possessives, articles and a genitive country before the title
        ("der designierte US-Präsident", "Russlands Präsident", "his Belarusian counterpart")."""
        np_tags = _DE_NP if lang == "de" else _EN_NP
        j = k - 1
        pos_i = ph.start - 1
        determiner = False  # once past "der"/"the", a name on the left is no longer a genitive of the title
        while pos_i >= 0:
            prev = matches[j] if j >= 0 and matches[j].end == pos_i + 1 else None
            if prev is not None:
                t = prev.has("adjective", "modifier", "country", "organisation", "metonym")
                if t is None:
                    return
                if t.kind in ("country", "organisation", "metonym") and not self._genitive_left(
                    tokens, prev, determiner, lang
                ):
                    return
                if t.kind == "modifier":
                    ph.modifier = ph.modifier or t.key
                elif ph.country is None:
                    ph.country = t.country
                    ph.how += f", {tokens[prev.start].text!r} → {ph.country}"
                ph.consumed.add(j)
                ph.start = prev.start
                pos_i = prev.start - 1
                j -= 1
                continue
            tag = pos[pos_i]
            word = tokens[pos_i].text.lower()
            if tag == "POS" or word in ("'s", "'", "’s"):
                # English possessive: part of the phrase only after a country ("Russia's president")
                before = matches[j] if j >= 0 and matches[j].end == pos_i else None
                owners = {self.kb.actors[t.key].country for t in (before.targets if before else [])
                          if t.kind in ("person", "surname") and t.key in self.kb.actors}  # fmt: skip
                if len(owners) == 1 and ph.country is None:
                    # "Biden's envoy for North Korea": the owner's state, the owner not part of the phrase
                    ph.country = owners.pop()
                    ph.how += f", {tokens[pos_i - 1].text}'s → {ph.country}"
                    return
                if before is None or before.has("country", "organisation", "metonym") is None:
                    return
                pos_i -= 1
                continue
            if tag in ("ART", "DT", "PDAT"):
                determiner = True
            # "Chinese corps commanders", "Kyrgyz border troops": a noun that modifies the title is part of it
            compound = (
                lang == "en" and tag in ("NN", "NNS") and getattr(tokens[pos_i], "dep", "") == "compound"
            )
            if (
                tag not in np_tags
                and tag not in ("PPOSAT", "PRP$")
                and word not in _POSSESSIVES
                and not compound
            ):
                return
            ph.start = pos_i
            pos_i -= 1

    def _seat_before(self, ph: _Phrase, matches: list[_Match], k: int, tokens: list[Token]) -> None:
        """ "In Tehran, the foreign ministry summoned …", "In Moskau teilte das Außenministerium mit": a sentence
        that opens with a capital or country places the institution there."""
        if k == 0 or tokens[0].text.lower() not in ("in", "im"):
            return
        seat = matches[0]
        t = seat.has("country", "metonym")
        if seat.start != 1 or t is None or not t.country or ph.start - seat.end > 4:
            return
        between = [x for x in tokens[seat.end : ph.start]]
        if not all(
            x.text.lower() in (",", "the") or x.pos in ("ART", "VVFIN", "VAFIN", "VMFIN") for x in between
        ):
            return  # "In Moskau bestellte das Außenministerium …": only the verb and an article between
        ph.country = t.country
        ph.how += f", in {tokens[seat.start].text!r} → {t.country}"

    def _scan_right(
        self, ph: _Phrase, matches: list[_Match], k: int, head: Target, tokens: list[Token]
    ) -> int:
        """Take in a genitive complement after the title ("Präsident Russlands", "Sprecher des
        Verteidigungsministeriums", "Secretary General of NATO"). Returns the index of the next match."""
        j = k + 1
        while j < len(matches):
            nxt = matches[j]
            between = [t.text.lower() for t in tokens[ph.end : nxt.start]]
            # "die Führung in Peking", "the government in Kabul": an institution placed in a country or capital
            # (not troops: "station a brigade of 5,000 soldiers in Lithuania" are Germany's, stationed there)
            seat = (
                between == ["in"]
                and head.kind == "institution"
                and head.key != "military"
                and ph.country is None
            )
            # "sein Kollege aus Frankreich", "his counterpart from Paris": where a person comes from
            # "Unterhändler aus Kiew", "diplomats from the United States": a group sent by a state (not troops:
            # "zieht Truppen aus Syrien ab" leaves Syria)
            seat = seat or (
                between in (["aus"], ["from"], ["from", "the"])
                and head.kind in ("counterpart", "role", "institution")
                and head.sector != "military"
                and ph.country is None
            )
            # "seine Kollegen aus der G7", "his counterparts from the EU": the members of an organisation
            members = (
                between in (["aus", "der"], ["aus", "dem"], ["from", "the"])
                and head.kind == "counterpart"
                and ph.country is None
                and nxt.has("organisation") is not None
            )
            seat = seat or members
            # "a spokesman for the Kremlin", "a spokesperson for U.N. Secretary-General Antonio Guterres": whom
            # a spokesperson speaks for
            gap = _GENITIVE_GAP | {"for"} if head.kind == "spokesperson" else _GENITIVE_GAP
            if not seat and (len(between) > 2 or any(w not in gap and not w.isdigit() for w in between)):
                break
            if tokens[nxt.start].text.lower() in ("den", "dem"):
                break  # "griff der Kremlchef den Westen an": an object, never a genitive
            if (
                head.kind == "spokesperson" and ph.country is None and between in (["von"], ["for"])
                and nxt.prefix is not None and nxt.prefix.country and nxt.has("role")
            ):  # fmt: skip
                # "ein Sprecher von UN-Generalsekretär Antonio Guterres": the office's organisation or state
                ph.country = nxt.prefix.country
                ph.how += f", speaks for the {tokens[nxt.start].text!r} → {ph.country}"
                break
            comp = nxt.has("country", "organisation", "institution", "metonym")
            if comp is not None and comp.kind == "organisation" and not between \
                    and tokens[nxt.start].text[:1].islower():  # fmt: skip
                break  # "a military alliance": a noun the title describes, not an organisation it belongs to
            adj = nxt.has("adjective")
            after = matches[j + 1] if j + 1 < len(matches) else None
            if comp is None and adj is not None and not seat and after is not None and after.start == nxt.end \
                    and after.has("institution") and not after.has("person"):  # fmt: skip
                # "Sprecherin des russischen Außenministeriums": the adjective says whose ministry it is
                ph.country = ph.country or adj.country
                ph.how += f", {tokens[nxt.start].text!r} → {adj.country}"
                ph.consumed.add(j)
                ph.end = nxt.end
                j += 1
                continue
            if (
                comp is None
                or nxt.has("person")
                or (seat and not members and comp.kind not in ("country", "metonym"))
            ):
                break
            if comp.kind == "institution" and head.kind == "spokesperson":
                ph.role = self.kb.spokesperson_of.get(comp.key, "spokesperson")
                ph.sector_from = comp
                ph.country = ph.country or comp.country or comp.default_country
                ph.how += f", speaks for {comp.key}"
            elif comp.kind == "institution":
                if nxt.prefix is None or not nxt.prefix.country or ph.country is not None:
                    break
                # "die Botschafter der 28 Nato-Staaten": whose institution the compound says
                ph.country = nxt.prefix.country
                ph.how += f", of {tokens[nxt.start].text!r} → {ph.country}"
            elif ph.country is None:
                ph.country = comp.country
                ph.how += f", of {tokens[nxt.start].text!r} → {ph.country}"
            elif comp.kind == "metonym" and head.kind == "spokesperson":
                ph.role = "government_spokesperson"
            ph.consumed.add(j)
            ph.end = nxt.end
            j += 1
        return j

    def _holders(self, ph: _Phrase, ctx: Context) -> list[Actor]:
        """Who held the phrase's office in its country on the article's date."""
        # An ambassador is identified by where they serve, which the title alone does not say.
        if not ph.role or ph.role == _AMBASSADOR or not ph.country or ctx.date is None:
            return []
        holders = [a for a, _ in self.kb.holders(ph.role, ph.country, ctx.date, ph.modifier)]
        if not holders and ph.role == "head_of_government":
            # presidential systems: the president heads the government ("Mexikos Regierungschef")
            holders = [a for a, _ in self.kb.holders("head_of_state", ph.country, ctx.date, ph.modifier)]
            if holders:
                ph.how += ", no separate head of government → head_of_state"
        return holders

    def _apposition(
        self,
        ph: _Phrase,
        matches: list[_Match],
        j: int,
        tokens: list[Token],
        holders: list[Actor],
        ctx: Context,
    ) -> Resolved | None:
        """A person named right after the title (optionally after a comma): "Präsident Wladimir Putin"."""
        if j >= len(matches):
            return None
        nxt = matches[j]
        if [t.text for t in tokens[ph.end : nxt.start]] not in ([], [","]):
            return None
        if not (nxt.has("person") or nxt.has("surname")):
            return None
        actor, phow = self._person(nxt, ctx, prefer=holders)
        # "der russische Staatschef Biden ein Gespräch angeboten": a name that is not the title's holder is not
        # an apposition but the next noun phrase, so title and name stay two mentions; unless the name is of the
        # title's country ("China's top diplomat Wang Yi", who was no longer foreign minister): then the title
        # describes the person loosely, and the name decides
        if actor is None:
            return None
        loose = bool(holders) and actor not in holders
        if loose and (ph.country is None or actor.country != ph.country):
            return None
        ph.consumed.add(j)
        if nxt.has("person"):
            ctx.named[actor.id] = actor
        self._remember(actor, ctx, ph.role)
        agree = (
            " (does not hold it: the name decides)"
            if loose
            else " (agrees with the title)"
            if holders
            else ""
        )
        name = " ".join(t.text for t in tokens[nxt.start : nxt.end])
        role = self._role_on(actor, ctx) if loose else ph.role or self._role_on(actor, ctx)
        return Resolved(
            ph.start, nxt.end, "actor", "PER", "name", f"name {name!r}{phow} with {ph.how}{agree} → {actor.name}",
            actor.id, actor.name, *affiliation(actor, ctx.date, self.kb), role,
        )  # fmt: skip

    def _title_only(self, ph: _Phrase, head: Target, holders: list[Actor], ctx: Context) -> Resolved | None:
        """A title without a name: the holder on the date, else the state actor, never a guessed person."""
        kb = self.kb
        label = "PER" if head.kind in ("role", "spokesperson", "counterpart") else "ORG"
        method = "counterpart" if head.kind == "counterpart" else "title" if label == "PER" else "institution"
        role, country, how = ph.role, ph.country, ph.how
        if head.kind == "institution" and role is None:
            if country is None and head.local:
                # "Police fired tear gas", "die Staatsanwaltschaft ermittelt": the state where they act, which
                # the sentence or the article names (mentions._place_local_forces); until then no country
                why = f"{how}: no country named; {head.key} act at home, so the state where they act"
                return Resolved(ph.start, ph.end, "actor", "ORG", "local", why, sector=head.sector)
            if country is None:
                return None
            if head.key == "members" and country in kb.countries and ph.country_before:
                # "NATO allies" are NATO acting together; "Some US allies", "die US-Verbündeten" are other states,
                # which the phrase does not name ("seinen Verbündeten Tschechien" names one)
                return None
            aid, name = kb.state_actor(country, head.sector)
            return Resolved(ph.start, ph.end, "actor", "ORG", method, f"{how} → {name}", aid, name, country,
                            head.sector)  # fmt: skip
        if ph.plural:
            # "die Staats- und Regierungschefs der 30 Mitgliedstaaten", "the foreign ministers": several holders,
            # so never one person; with a country, its state actor
            if country is None:
                return Resolved(ph.start, ph.end, "actor", "PER", method, f"{how}: several, no country named",
                                role=role)  # fmt: skip
            sector = _role_sector(role, head)
            aid, name = kb.state_actor(country, sector)
            return Resolved(ph.start, ph.end, "actor", "ORG", method, f"{how}: several of {country} → {name}", aid,
                            name, country, sector, role)  # fmt: skip
        if country is None:
            # "Der Machthaber drohte …", "der Präsident": the person the article last named in that office
            named = [a for a in reversed(list(ctx.named.values())) if role and ctx.date and head.kind != "counterpart"
                     and any(
                r.role == role for r in a.roles_on(ctx.date.start(), ctx.date.end()))]  # fmt: skip
            # only when the article named exactly one, or when the person spoken of last is one of them: "der
            # Machthaber" after Putin and Lukaschenko could be either, but right after "Lukaschenko" is he
            last = [a for a in named if ctx.last_person is not None and a.id == ctx.last_person.id]
            if len(named) == 1 or last:
                actor = (last or named)[0]
                self._remember(actor, ctx, role)
                why = f"{how}: no country named; the last {role} the article named → {actor.name}"
                return Resolved(ph.start, ph.end, "actor", "PER", method, why, actor.id, actor.name,
                                *affiliation(actor, ctx.date, self.kb), role)  # fmt: skip
            return Resolved(ph.start, ph.end, "actor", "PER", method, f"{how}: no country named", role=role)
        sector = _role_sector(role, ph.sector_from or head)
        if ctx.date is None:
            aid, name = kb.state_actor(country, sector)
            why = f"{how}: no article date, so the holder of {role} cannot be told → {name}"
            return Resolved(ph.start, ph.end, "actor", label, method, why, aid, name, country, sector, role)
        if holders:
            actor = holders[0]
            self._remember(actor, ctx, role)
            when = {"elected": "designated", "former": "former"}.get(ph.modifier or "", "holder")
            others = ", ".join(a.name for a in holders[1:])
            alt = f" (also {others} in part of {ctx.date})" if others else ""
            why = f"{how} → {role} of {country}; {when} in {ctx.date}: {actor.name}{alt}"
            return Resolved(ph.start, ph.end, "actor", "PER", method, why, actor.id, actor.name,
                            *affiliation(actor, ctx.date, self.kb), role)  # fmt: skip
        aid, name = kb.state_actor(country, sector)
        why = f"{how} → {role} of {country}; no holder known for {ctx.date} → {name}"
        return Resolved(ph.start, ph.end, "actor", label, method, why, aid, name, country, sector, role)

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
        # "im kommunistischen Kuba", "in der umkämpften Ukraine": the adjectives before the name are passed over
        k = m.start
        while lang == "de" and k > 0 and m.start - k < 2 and words[k - 1].isalpha() and words[k - 1].islower() \
                and words[k - 1].endswith(("en", "er", "es", "em", "e")) and words[k - 1] not in _NOT_ADJECTIVES:  # fmt: skip
            k -= 1
        before = words[k - 1].lower() if k > 0 else ""
        before2 = words[k - 2].lower() if k > 1 else ""
        prev = words[m.start - 1].lower() if m.start > 0 else ""
        text = " ".join(words[m.start : m.end])
        locative = (before in LOCATIVE[lang] and not _agent_of_act(words, k - 1, before)) or (
            before in ("der", "dem", "den", "the") and before2 in LOCATIVE[lang]
        )
        if locative and t.kind in ("country", "metonym"):
            # "in Brüssel" is a place in Belgium even where "Brüssel" alone stands for the EU
            t = next(
                (x for x in m.targets if x.kind in ("country", "metonym") and x.country in kb.countries), t
            )
            name = kb.country_name(t.country)
            return Resolved(
                m.start, m.end, "place", "LOC", "place", f"{text!r} after {before!r} is a place in {name}",
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
            # a body of an organisation keeps its id and is coded as its parent ("UNSC" acts for the UN)
            return Resolved(m.start, m.end, "actor", "ORG", "organisation", f"{text!r} → {name}", t.key, name,
                            t.country or t.key, t.sector)  # fmt: skip
        name = kb.country_name(t.key) or t.key
        if lang == "de" and (prev in _CROWD_WORDS or prev.isdigit() or prev.replace(".", "").isdigit()):
            # "tausende Ungarn", "Zehntausende Polen": a German country name that is also its people's plural,
            # counted, is people
            return Resolved(m.start, m.end, "actor", "NORP", "demonym", f"{text!r} after {prev!r}: people of {name}",
                            t.key, name, t.key)  # fmt: skip
        return Resolved(
            m.start, m.end, "actor", "GPE", "country", f"{text!r} → the state {name}", t.key, name, t.key
        )

    @staticmethod
    def _capital_after(m: _Match, words: list[str], lang: str) -> bool:
        return m.end < len(words) and words[m.end].lower() in _CAPITAL_WORDS[lang]

    def _capital(self, m: _Match, t: Target, words: list[str], lang: str) -> Resolved:
        """ "in der polnischen Hauptstadt", "the Ukrainian capital": the capital of the state the adjective names,
        a place (news names the capital this way as often as by name)."""
        country = t.country or t.key
        info = self.kb.countries.get(country)
        capital = (info.capital.get(lang) or info.capital.get("en")) if info else None
        text = " ".join(words[m.start : m.end + 1])
        return Resolved(
            m.start, m.end + 1, "place", "LOC", "capital", f"{text!r} is the capital of {self.kb.country_name(country)}",
            None, capital or text, country,
        )  # fmt: skip

    # -- helpers -----------------------------------------------------------------------------------------------

    def _remember(self, actor: Actor, ctx: Context, role: str | None = None) -> None:
        if actor.kind != "person":
            return  # "Wadephul (CDU) … seinen Kollegen": the colleague is the minister's, not the party's
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


def _owned(tokens: list[Token], k: int) -> bool:
    """Does a possessive stand right before the phrase at ``k`` ("Biden's envoy", "his envoy", "seine
    Botschafterin")? The owner decides whose envoy it is, not the one named before."""
    return k > 0 and (tokens[k - 1].text in ("'s", "’s") or tokens[k - 1].pos in ("PRP$", "PPOSAT"))


#: The role of ambassadors and envoys, which no holder list identifies (see ``Resolver._holders``).
_AMBASSADOR = "ambassador"


def affiliation(actor: Actor, date: PartialDate | None, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """The country and sector a person acts for on ``date``: those of their most senior office then (Kaja Kallas
    for Estonia in July 2024, for the EU from December 2024), else the knowledge base's."""
    if actor.kind != "person" or date is None:
        return actor.country, actor.sector
    roles = actor.roles_on(date.start(), date.end())
    if not roles:
        return actor.country, actor.sector
    top = min(roles, key=lambda r: _SENIORITY.get(r.role, len(_SENIORITY)))
    if top.country == actor.country or top.country is None:
        return actor.country, actor.sector
    if top.country in kb.organisations:
        return top.country, "igo"
    return top.country, "military" if top.role == "chief_of_general_staff" else "government"


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
