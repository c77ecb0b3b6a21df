"""The mention stage: actors, places and times in each sentence, resolved against the knowledge base.

Actors come from the gazetteer (names, surnames, titles, institutions, metonyms — see :mod:`chronik.actors`) and,
where the language has one, from the statistical NER; entities the NER finds that the knowledge base does not know
are kept as unresolved mentions, so that nothing the text names is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from chronik.actors import Context, Resolver, knowledge_base
from chronik.actors.kb import Actor, KnowledgeBase
from chronik.actors.resolve import Resolved, affiliation
from chronik.dates import parse_date
from chronik.model import Article, Mention, Sentence, Token
from chronik.places import country_of_place, locate, region
from chronik.timex import resolve as resolve_times


def find_mentions(
    article: Article, sentences: list[Sentence], resolver: Resolver | None = None
) -> list[Mention]:
    """All actor, place and time mentions of an article's sentences, in text order."""
    resolver = resolver or Resolver()
    lang = article.language or "de"
    when = parse_date(article.published)
    ctx = Context(date=when)
    out: list[Mention] = []
    for s in sentences:
        toks = s.tokens
        resolved = _titled_names(_joint_titles(resolver.resolve(toks, lang, ctx), toks), s)
        covered: set[int] = set()
        for r in resolved:
            covered.update(range(r.start, r.end))
            a, b = toks[r.start].start, toks[r.end - 1].end
            out.append(
                Mention(
                    article.article_id, s.index, a, b, article.text[a:b], r.kind, r.label, r.actor_id, r.name,
                    r.country, r.sector, r.role, None, r.method, r.explanation,
                )
            )  # fmt: skip
        # a surname the NER missed ("Dasselbe sagte er in einem Gespräch mit Michel"): a proper noun that names the
        # person the article named in full before is that person
        spans = [(e.start_token, e.end_token) for e in s.entities]
        for i, t in enumerate(toks):
            if t.pos not in ("NE", "NNP") or i in covered or any(a <= i < b for a, b in spans):
                continue
            earlier = _person_named_before(article, s, t.start, t.end, ctx, out)
            if earlier is not None:
                covered.add(i)
                out.append(earlier)
        for e in s.entities:
            if covered.intersection(range(e.start_token, e.end_token)):
                continue
            a, b = toks[e.start_token].start, toks[e.end_token - 1].end
            if _country_adjective(article.text[a:b], lang):
                # "North Korean entities", "Russian positions": an adjective the tagger took for a name is no
                # actor of its own; the coder reads the state it names from the noun it modifies
                continue
            # (an organisation to the NER that the gazetteer knows as a town is a place: "an attack on Kharkiv";
            # so is a person that is a listed region or town: "Russia attacked Kherson")
            listed = e.label == "PER" and region(article.text[a:b]) is not None
            country = country_of_place(article.text[a:b]) if e.label in ("LOC", "ORG") or listed else None
            kind = "place" if e.label == "LOC" or country is not None else "actor"
            # (a person's surname taken up is the person, even where it is also a town: "Austin nannte
            # Deutschland …" after "US-Kollegen Lloyd Austin")
            person = kind == "actor" or e.label in ("PER", "ORG")
            earlier = _person_named_before(article, s, a, b, ctx, out) if person else None
            if earlier is not None:
                # "during Wang's visit" after "Chinese Foreign Minister Wang Yi": the person named before
                out.append(earlier)
                continue
            why = f"{e.label} entity found by {e.source}, not in the knowledge base"
            if country is not None:
                why += f"; a place in {country} (gazetteer)"
            out.append(
                Mention(article.article_id, s.index, a, b, article.text[a:b], kind, e.label, country=country,
                        method=e.source, explanation=why)
            )  # fmt: skip
    out = _nationals(out, sentences, lang)
    out = _organisations_taken_up(out, sentences, lang)
    out = _institutions_taken_up(out, sentences, lang)
    out = _members_of_organisations(out, sentences, lang)
    out = _organisations_of_one_member(out, sentences, lang)
    out = _affiliations_in_brackets(out, article.text)
    _place_stateless_groups(out)
    out = _place_local_forces(out, article.text)
    out = [m for m in out if not _names_a_side(m, article.text)]
    out.extend(_time_mentions(article, sentences, lang))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _country_adjective(text: str, lang: str) -> bool:
    """Is ``text`` a country adjective of the knowledge base and nothing else ("North Korean", "Russian")?"""
    found = knowledge_base().surface[lang].get(tuple(text.split()), [])
    return bool(found) and all(t.kind == "adjective" for t in found)


#: Definite articles before a noun that takes up an organisation (``taken_up`` in organisations.yaml).
_DEFINITE = {"der", "die", "das", "des", "dem", "den", "the"}


def _nationals(mentions: list[Mention], sentences: list[Sentence], lang: str) -> list[Mention]:
    """ "the Australian writer Yang Hengjun", "U.S. journalist Evan Gershkovich", "den US-Reporter Evan
    Gershkovich": a person the knowledge base does not know, introduced by a noun saying what they are and a country
    adjective (or a country as the noun's first element or modifier), is a national of that country, as an analyst
    codes a detained or released citizen. The adjective and the person become one mention (alone the adjective
    is no actor: "Australian" is no one the writer was sentenced with). Nouns only: "ein russischer Angriff auf
    Oleksandr" has a preposition between them."""
    kb = knowledge_base()
    by_index = {s.index: s for s in sentences}
    out = list(mentions)
    taken: list[tuple[int, int, int]] = []  # (sentence, start, end) of the introducing words
    for k, m in enumerate(mentions):
        if m.kind != "actor" or m.label != "PER" or m.country or m.actor_id:
            continue
        s = by_index[m.sentence]
        toks = s.tokens
        first = next((i for i, t in enumerate(toks) if t.start == m.start), None)
        if first is None:
            continue
        j, nouns, country = first - 1, 0, None
        while j >= 0 and nouns < 3 and _role_noun(toks[j], lang):
            nouns += 1
            if lang == "de" and "-" in toks[j].text.strip("-"):
                # "US-Reporter", "Russland-Experte": the compound's first element names the country
                t = kb.prefix_target(toks[j].text.split("-")[0], lang)
                country = t.country if t is not None and t.kind in ("country", "adjective") else None
                break
            j -= 1
        if country is None and nouns and j >= 0:
            before = next((b for b in mentions if b.kind == "actor" and b.sentence == m.sentence
                           and b.end == toks[j].end and b.method == "country"), None)  # fmt: skip
            if before is not None:
                country = before.country  # "U.S. journalist Evan Gershkovich"
                j = next(i for i, t in enumerate(toks) if t.start == before.start)
            else:
                country = next((t.key for t in kb.surface[lang].get((toks[j].text,), []) if t.kind == "adjective"),
                               None)  # fmt: skip
        if country is None:
            continue
        a = toks[j].start
        intro = s.text[a - s.start : m.start - s.start].strip()
        out[k] = replace(
            m,
            start=a,
            text=s.text[a - s.start : m.end - s.start],
            country=country,
            method="nationality",
            explanation=f"{m.text!r}, not in the knowledge base, introduced as {intro!r} → {country}",
        )
        taken.append((m.sentence, a, m.start))
    # the words taken into a person's mention are no mentions of their own ("Australian", "the American pastor")
    return [n for n in out if not any(n.sentence == si and a < n.end <= b for si, a, b in taken)]


def _role_noun(t: Token, lang: str) -> bool:
    """A common noun that says what someone is ("writer", "Journalistin", "US-Reporter")."""
    if lang == "en":
        return t.pos in ("NN", "NNS") and t.text[:1].islower()
    return t.pos == "NN"


def _organisations_taken_up(mentions: list[Mention], sentences: list[Sentence], lang: str) -> list[Mention]:
    """ "Der IStGH erließ Haftbefehl … Russland erkenne das Gericht nicht an", "the IAEA … the agency said": a
    noun the knowledge base lists as taking up an organisation (``taken_up``), after a definite article, is the
    organisation the article named last of those it can stand for, not whatever the noun means alone (a court
    is otherwise the judiciary of the state where it sits). Only once the article has named the organisation."""
    kb = knowledge_base()
    words: dict[str, set[str]] = {}  # word → organisation codes it can take up
    for o in kb.organisations.values():
        for w in o.taken_up.get(lang, []):
            words.setdefault(w.lower(), set()).add(o.code)
    if not words:
        return mentions
    named: dict[str, Mention] = {}  # code → the organisation's last mention
    out = list(mentions)
    orgs = sorted(
        (m for m in mentions if m.kind == "actor" and m.actor_id in kb.organisations), key=lambda m: m.start
    )
    for s in sentences:
        for i, t in enumerate(s.tokens):
            while orgs and orgs[0].start < t.start:
                m = orgs.pop(0)
                named[str(m.actor_id)] = m
            codes = words.get(t.text.lower()) or words.get(t.lemma.lower())  # "des Gerichts"
            if not codes or i == 0 or s.tokens[i - 1].text.lower() not in _DEFINITE:
                continue
            if (
                t.text.isdigit()
                and i + 1 < len(s.tokens)
                and s.tokens[i + 1].pos in ("NN", "NNS", "ADJA", "JJ")
            ):
                continue  # "die 27 Toten": a number counting something, not the members standing for the bloc
            last = max((named[c] for c in codes if c in named), key=lambda m: m.start, default=None)
            if last is None:
                continue
            a = s.tokens[i - 1].start
            over = [m for m in out if m.kind == "actor" and m.start < t.end and a < m.end]
            if any(m.actor_id in kb.organisations for m in over):
                continue
            out = [m for m in out if m not in over]
            out.append(
                _taken_up(last, s, a, t.end, f"'{t.text}' takes up {last.name} named before ({last.text!r})")
            )
    return out


#: Heads of a ministry named without its state, which take up the ministry named before ("the ministry",
#: "das Ministerium", "the foreign ministry", "das Außenministerium"), with the word the earlier mention must hold.
_MINISTRY_WORDS = {"ministry": "ministry", "ministerium": "ministerium", "ministeriums": "ministerium",
                   "außenministerium": "außenministerium", "außenministeriums": "außenministerium",
                   "verteidigungsministerium": "verteidigungsministerium",
                   "verteidigungsministeriums": "verteidigungsministerium"}  # fmt: skip
#: Words that say which ministry an English head names ("the foreign ministry").
_MINISTRY_KINDS = {"foreign", "defence", "defense", "interior"}
#: The minister whose office a ministry word names, with the sector the ministry acts for.
_MINISTERS = {"foreign": ("foreign_minister", "government"), "außenministerium": ("foreign_minister", "government"),
              "defence": ("defence_minister", "military"), "defense": ("defence_minister", "military"),
              "verteidigungsministerium": ("defence_minister", "military"),
              "interior": ("interior_minister", "government")}  # fmt: skip


def _institutions_taken_up(mentions: list[Mention], sentences: list[Sentence], lang: str) -> list[Mention]:
    """ "Russia's foreign ministry summoned the ambassador … The ministry also said it would expel five Polish
    diplomats", "Das russische Außenministerium … Das Ministerium kündigte an": a ministry named with a definite
    article and no state is the ministry the article named last with its state (one of the same kind where the
    words say which: "das Außenministerium" takes up a foreign ministry only)."""
    named = sorted((m for m in mentions if m.kind == "actor" and m.method == "institution" and m.country),
                   key=lambda m: m.start)  # fmt: skip
    ministers = sorted((m for m in mentions if m.kind == "actor" and m.label == "PER" and m.role and m.country),
                       key=lambda m: m.start)  # fmt: skip
    if not named and not ministers:
        return mentions
    out = list(mentions)
    for s in sentences:
        for i, t in enumerate(s.tokens):
            word = t.text.lower()
            if word not in _MINISTRY_WORDS:
                continue
            k = i - 1
            kind = ""
            if k >= 0 and s.tokens[k].text.lower() in _MINISTRY_KINDS:
                kind, k = s.tokens[k].text.lower(), k - 1
            if k < 0 or s.tokens[k].text.lower() not in _DEFINITE:
                continue
            a = s.tokens[k].start
            if any(m.kind == "actor" and m.start < t.end and a < m.end for m in out):
                continue
            # (a ministry: "the ministry" is not the Treasury; "das Außenministerium" not the defence ministry)
            head = _MINISTRY_WORDS[word]
            last = next((m for m in reversed(named) if m.start < a
                         and (not kind or kind in m.text.lower()) and head in m.text.lower()), None)  # fmt: skip
            if last is not None:
                why = f"'{t.text}' takes up {last.name} named before ({last.text!r})"
                out.append(_taken_up(last, s, a, t.end, why))
            elif (office := _MINISTERS.get(kind or word)) is not None:
                # "Russia will expel 10 U.S. diplomats, Foreign Minister Sergei Lavrov said … the foreign ministry
                # said": with no such ministry named before, the ministry of the minister named last
                minister = next((m for m in reversed(ministers) if m.start < a and m.role == office[0]), None)
                if minister is not None:
                    # (and "the ministry" after it takes up this one)
                    named.append(_ministry_of(minister, office[1], s, a, t.end, t.text))
                    out.append(named[-1])
    return out


def _ministry_of(minister: Mention, sector: str, s: Sentence, a: int, b: int, word: str) -> Mention:
    """The mention of characters ``a``–``b`` of ``s`` as the ministry that ``minister`` heads (its state's
    ``sector``)."""
    assert minister.country is not None
    aid, name = knowledge_base().state_actor(minister.country, sector)
    why = f"'{word}' with no ministry named before: the ministry of {minister.name} ({minister.text!r})"
    return replace(minister, sentence=s.index, start=a, end=b, text=s.text[a - s.start : b - s.start],
                   label="ORG", actor_id=aid, name=name, sector=sector, role=None, method="taken up",
                   explanation=why)  # fmt: skip


def _taken_up(earlier: Mention, s: Sentence, a: int, b: int, why: str) -> Mention:
    """The mention of characters ``a``–``b`` of sentence ``s`` as a new mention of the actor ``earlier`` names."""
    return replace(earlier, sentence=s.index, start=a, end=b, text=s.text[a - s.start : b - s.start],
                   method="taken up", explanation=why)  # fmt: skip


#: German determiners that make a member noun that is plural too ("Partner", "Verbündeten") one member.
_SINGULAR_DE = {"dem", "des", "ein", "einem", "einen", "eines", "seinem", "seines", "ihrem", "ihres", "unserem",
                "unseres"}  # fmt: skip
#: Member nouns whose singular and plural look alike in some case.
_PLURAL_TOO_DE = {"Partner", "Bündnispartner", "Verbündeten"}
#: Determiners that take up a state named before: definite articles and possessives.
_TAKING_UP = _DEFINITE | {"its", "their", "our", "his", "her", "sein", "seinem", "seinen", "seines", "ihr", "ihrem",
                          "ihren", "ihres", "unser", "unserem", "unseren", "unseres"}  # fmt: skip


def _member_phrase(
    toks: list[Token], i: int, lang: str, actors: list[Mention]
) -> tuple[str, int, int] | None:
    """The organisation and the token span (determiner included) of "dem Nato-Partner" or "its NATO ally" whose
    member noun is token ``i``; None if token ``i`` is no such noun."""
    kb = knowledge_base()
    nouns = kb.member_nouns.get(lang, ())
    t = toks[i]
    if lang == "de":
        prefix, _, head = t.text.rpartition("-")
        pre = kb.prefix_target(prefix, lang) if prefix and head in nouns else None
        if pre is None or pre.kind != "organisation":
            return None
        code, first = pre.key, i
    else:
        two = i + 1 < len(toks) and f"{t.text} {toks[i + 1].text}".lower() in nouns
        if not two and t.text.lower() not in nouns:
            return None
        org = next((m for m in actors if m.end == toks[i - 1].end and m.actor_id in kb.organisations), None) \
            if i > 0 else None  # fmt: skip
        if org is None:
            return None
        first = next((k for k, x in enumerate(toks) if x.start == org.start), None)
        if first is None:
            return None
        code = str(org.actor_id)
        i += two
    if not kb.organisations[code].members:
        return None
    k = first - 1
    while k >= 0 and toks[k].pos in ("ADJA", "JJ"):
        k -= 1  # "dem wichtigen Nato-Partner"
    det = toks[k].text.lower() if k >= 0 and toks[k].pos in ("ART", "PPOSAT", "DT", "PRP$") else None
    if lang == "de" and t.text.rpartition("-")[2] in _PLURAL_TOO_DE and det not in _SINGULAR_DE:
        return None  # "die Nato-Partner": the members acting together
    return code, k if det is not None else first, i + 1


def _members_of_organisations(mentions: list[Mention], sentences: list[Sentence], lang: str) -> list[Mention]:
    """ "Die US-Regierung sicherte dem Nato-Partner ihre Solidarität zu", "We stand by our NATO ally Turkey": one
    member of an organisation (``member_nouns`` in roles.yaml) is not the organisation. With a state named right
    after the phrase, that state is meant; after a definite article or a possessive, the member state the article
    named last before the sentence (not one the sentence names: "the United States stood by its NATO ally");
    otherwise ("ein Nato-Staat", "a NATO member") a state no one names, so no actor at all."""
    kb = knowledge_base()
    if not kb.member_nouns.get(lang):
        return mentions
    out = list(mentions)
    for s in sentences:
        toks = s.tokens
        actors = [m for m in out if m.kind == "actor"]
        for i in range(len(toks)):
            found = _member_phrase(toks, i, lang, actors)
            if found is None:
                continue
            code, first, end = found
            members = set(kb.organisations[code].members)
            a, b = toks[first].start, toks[end - 1].end
            over = [m for m in actors if m.start < b and a < m.end]
            out = [m for m in out if m not in over]
            after = toks[end].start if end < len(toks) else None
            if any(m.start == after and m.country in members for m in actors):
                continue  # "NATO ally Turkey": Turkey is the actor
            if toks[first].text.lower() not in _TAKING_UP:
                continue
            here = {m.country for m in actors if m.sentence == s.index}
            last = max((m for m in actors if m.start < s.start and m.country in members - here
                        and m.actor_id == m.country), key=lambda m: m.start, default=None)  # fmt: skip
            if last is not None:
                why = f"'{s.text[a - s.start : b - s.start]}' takes up {last.name}, a member of {code} named before"
                out.append(_taken_up(last, s, a, b, why))
            actors = [m for m in out if m.kind == "actor"]
    return out


def _organisations_of_one_member(
    mentions: list[Mention], sentences: list[Sentence], lang: str
) -> list[Mention]:
    """ "Haftbefehl gegen den Staatschef eines ständigen Mitglieds des UN-Sicherheitsrats", "Ungarn, ebenfalls
    Mitglied des Strafgerichtshofs", "a permanent member of the Security Council": an organisation named as what
    one member (``member_nouns`` in roles.yaml, in the singular) belongs to is not the party spoken of, which is
    the member; the organisation is no actor there. The plural stays: "die Mitgliedstaaten der EU einigten sich"
    is the EU acting."""
    kb = knowledge_base()
    nouns = {w.lower() for w in kb.member_nouns.get(lang, ())}
    by_index = {s.index: s for s in sentences}

    def of_one_member(m: Mention) -> bool:
        if m.kind != "actor" or m.actor_id not in kb.organisations:
            return False
        toks = by_index[m.sentence].tokens
        first = next((i for i, t in enumerate(toks) if t.start == m.start), 0)
        j = first - 1
        if j >= 0 and toks[j].text.lower() in ("der", "des", "the"):
            j -= 1
        if lang == "en":
            if j < 1 or toks[j].text.lower() != "of":
                return False
            noun = toks[j - 1].text.lower()
            two = f"{toks[j - 2].text.lower()} {noun}" if j >= 2 else noun  # "a member state of the EU"
            return noun in nouns or two in nouns
        if j < 0 or j == first - 1 or toks[j].lemma.lower() not in nouns:
            return False  # (the article is needed: "Mitglied Nato" is no genitive)
        k = j - 1
        while k >= 0 and toks[k].pos == "ADJA":
            k -= 1  # "eines ständigen Mitglieds"
        if k >= 0 and toks[k].pos == "ART":
            return toks[k].text.lower() in _SINGULAR_DE  # "eines Mitglieds", not "die Mitglieder der EU"
        # "Mitglied des Strafgerichtshofs" (no article): the singular form itself
        return toks[j].text.lower() == toks[j].lemma.lower() and toks[j].lemma not in _PLURAL_TOO_DE

    return [m for m in mentions if not of_one_member(m)]


def _affiliations_in_brackets(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a party named in brackets right after a person ("Angela Merkel (CDU)", "Wadephul (CDU)"): German news
    give the affiliation so, and it is neither a party to the event nor a partner. The person's explanation keeps
    it."""
    actors = sorted((m for m in mentions if m.kind == "actor"), key=lambda m: m.start)
    drop: set[int] = set()
    for before, m in pairwise(actors):
        if m.sector != "party" or before.label != "PER" or before.sentence != m.sentence:
            continue
        if text[before.end : m.start].strip() == "(" and text[m.end : m.end + 1] == ")":
            drop.add(id(m))
            before.explanation = f"{before.explanation}; affiliation {m.text} ({m.name})"
    return [m for m in mentions if id(m) not in drop]


def _place_stateless_groups(mentions: list[Mention]) -> None:
    """Give an armed group without a home state (Islamic State, al-Qaeda) the country where the text has it act.

    Why: event data code a group by the state it fights in, as ICEWS does with its sector actors ("Militant
    (Syria)"); a record whose source is only "Islamic State" with no country drops out of every country-pair
    count. The candidates are the states the knowledge base says the group holds ground in (``operates_in``):
    the one named as a place in the same sentence decides ("IS-Stellungen in Nordsyrien"); without one, the one
    the article names most as a place. A bombing in Kerman or Paris does not make the group Iranian or French:
    with none of its states in the text, the country stays unknown.
    """
    kb = knowledge_base()
    groups = [m for m in mentions if m.kind == "actor" and m.actor_id and not m.country]
    groups = [m for m in groups if m.actor_id in kb.actors and kb.actors[m.actor_id].operates_in]
    if not groups:
        return
    where = [(m, locate(m).get("country")) for m in mentions if m.kind == "place"]
    counts = Counter(c for _, c in where if c)
    for g in groups:
        states = kb.actors[g.actor_id].operates_in
        near = sorted(
            (abs(m.start - g.start), c) for m, c in where if m.sentence == g.sentence and c in states
        )
        ranked = sorted((c for c in states if counts[c]), key=lambda c: -counts[c])
        country, why = (near[0][1], "a place in the same sentence") if near else (
            (ranked[0], "the article's places") if ranked else (None, ""))  # fmt: skip
        if country:
            g.country = country
            g.explanation = f"{g.explanation}; acts in {country} ({why})"


#: What stands before a state or capital that the resolver read as an actor but the text names as a place.
_LOCATIVE = re.compile(r"\b(?:in|im|at|near|bei|nahe)\s+(?:\w+\s+)?$|\w,\s*$", re.I)
#: Words that make a place the seat of an organisation, not where anything happens ("die in Großbritannien
#: ansässige Beobachtungsstelle", "mit Sitz in London", "the London-based monitor", "headquartered in").
_SEAT_BEFORE = re.compile(r"\b(?:Sitz|based|headquartered)\s+in\s+(?:\w+\s+)?$", re.I)
_SEAT_AFTER = re.compile(r"^(?:\s+|-)(?:ansässig|beheimatet|based)", re.I)
#: A place named for comparison is not where anything happens ("change like in Tunisia", "wie in Tunesien").
_COMPARISON = re.compile(r"\b(?:like|as|wie)\s+(?:in|im|at)\s+(?:\w+\s+)?$", re.I)


def _place_local_forces(mentions: list[Mention], text: str) -> list[Mention]:
    """Give police, prosecutors, courts, authorities, crowds and rebels named without a state the state where they
    act (the words marked ``local`` in ``roles.yaml``).

    Why: "Police fired tear gas at protesters in Cairo", "Die Staatsanwaltschaft erhob Anklage" name no country, yet
    such forces act only at home, so the reader knows whose they are from where the story happens. That is where
    the sentence says something happens ("in Beirut", not the destination in "nach Katar auszureisen"), or the
    home of the crowd they face ("protesters in Cairo"); without one, the place the article names most, if one
    leads. Where the article names no place, or two tie, the mention is dropped, as an
    institution without a country always was: a record with a guessed state is worse than none.
    """
    local = [m for m in mentions if m.kind == "actor" and m.method == "local" and not m.country]
    if not local:
        return mentions
    kb = knowledge_base()
    places = [(m, locate(m).get("country")) for m in mentions if m.kind == "place"]
    ranked = Counter(c for _, c in places if c).most_common(2)
    lead = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    # in the same sentence: where something happens ("in Beirut", not "nach Katar auszureisen"), also a capital or
    # a state the resolver read as its government ("protest in central Cairo, Egypt"), and the crowd they face
    def located(m: Mention) -> bool:
        before = text[max(0, m.start - 30) : m.start]
        elsewhere = (
            _SEAT_BEFORE.search(before)
            or _SEAT_AFTER.match(text[m.end : m.end + 12])
            or _COMPARISON.search(before)
        )
        return bool(_LOCATIVE.search(before)) and not elsewhere

    where = [(m, c) for m, c in places if located(m)]
    where += [(m, m.country) for m in mentions if m.kind == "actor" and m.country
              and (m.sector == "civil_society" or (m.method in ("metonym", "country") and located(m)))]  # fmt: skip
    drop: set[int] = set()
    for f in local:
        near = sorted((abs(m.start - f.start), c) for m, c in where if c and m.sentence == f.sentence)
        side = _side(text[max(0, f.start - 60) : f.start], kb)
        country, why = (side, "the side of the border the sentence names") if side else (
            (near[0][1], "a place in the same sentence") if near else (lead, "the place the article names most"))  # fmt: skip
        if country is None:
            drop.add(id(f))
            continue
        f.actor_id, f.name = kb.state_actor(country, f.sector)
        f.country = country
        f.explanation = f"{f.explanation}; acts in {country} ({why}) → {f.name}"
    return [m for m in mentions if id(m) not in drop]


#: "On the Greek side, police fired tear gas", "Auf der griechischen Seite setzte die Polizei Tränengas ein".
_SIDE = re.compile(r"\b(?:on|auf)\s+(?:the|der)\s+(\w+)\s+(?:side|Seite)\b[^.!?]*$", re.I)


def _names_a_side(m: Mention, text: str) -> bool:
    """ "On the Greek side, police …": the adjective of a side of a border says where, not who."""
    return (
        m.kind == "actor"
        and re.search(r"\b(?:on|auf)\s+(?:the|der)\s+$", text[max(0, m.start - 12) : m.start], re.I)
        is not None
        and re.match(r"\s+(?:side|Seite)\b", text[m.end : m.end + 8]) is not None
    )


def _side(before: str, kb: KnowledgeBase) -> str | None:
    """The state whose side of a border the text just before a local force names ("On the Greek side, police
    …"): the forces there are that state's, whatever place the sentence or article names most."""
    m = _SIDE.search(before)
    if m is None:
        return None
    word = m.group(1)
    found = {t.country for lang in ("en", "de") for t in kb.targets((word,), lang) if t.kind == "adjective"}
    return found.pop() if len(found) == 1 else None


def _person_named_before(
    article: Article, s: Sentence, a: int, b: int, ctx: Context, before: list[Mention]
) -> Mention | None:
    """The person the article named before whom the text at ``a:b`` takes up by surname: one the knowledge base
    knows (``_named_before``), else one a title introduced (``_titled_before``)."""
    known = _named_before(article.text[a:b], ctx)
    if known is not None:
        return _surname_mention(article, s, a, b, known, ctx)
    return _titled_before(article, s, a, b, before)


def _titled_before(article: Article, s: Sentence, a: int, b: int, before: list[Mention]) -> Mention | None:
    """ "Trump had met Trong on Wednesday" after "Vietnamese President Nguyen Phu Trong": a surname that ends the
    one person mention before it that a title gave a country (a person the knowledge base does not know). None
    when no one, or more than one, fits."""
    word = article.text[a:b].strip()
    if len(word) < 3 or " " in word:
        return None
    fits = {m.text: m for m in before
            if m.kind == "actor" and m.label == "PER" and m.country and m.text.split()[-1] == word
            and len(m.text.split()) > 1}  # fmt: skip
    if len(fits) != 1:
        return None
    m = next(iter(fits.values()))
    return replace(m, sentence=s.index, start=a, end=b, text=word, method="surname",
                   explanation=f"{word!r} → {m.text}, named before in the article")  # fmt: skip


def _surname_mention(article: Article, s: Sentence, a: int, b: int, known: Actor, ctx: Context) -> Mention:
    """The mention of a person by the surname of the full name the article gave before, for the office the person
    holds on the article's date (as the full name was resolved)."""
    text = article.text[a:b]
    country, sector = affiliation(known, ctx.date, knowledge_base())
    return Mention(article.article_id, s.index, a, b, text, "actor", "PER", known.id, known.name, country, sector,
                   None, None, "surname", f"{text!r} → {known.name}, named in full before in the article")  # fmt: skip


def _named_before(text: str, ctx: Context) -> Actor | None:
    """The one person named in full earlier in the article whose name has ``text`` as a part ("Wang" for Wang
    Yi, "Milley" for Mark Milley): a name the knowledge base cannot resolve alone (too common a surname) is the
    person the article introduced. None when no one, or more than one, fits."""
    word = text.strip()
    if len(word) < 3 or " " in word:
        return None
    fits = [a for a in ctx.named.values()
            if any(word in name.split() for names in a.aliases.values() for name in names)]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


def _titled_names(resolved: list[Resolved], s: Sentence) -> list[Resolved]:
    """A title followed by a name the knowledge base does not know is one actor: "Zimbabwean Prime Minister
    Robert Mugabe" is Mugabe, of Zimbabwe's government, not whoever held the title on the article's date.

    The resolver sees the title; only the NER sees that the next words are a person's name. So the two are joined
    here: the title gives country, sector and role, the name names the actor (no knowledge-base id)."""
    taken = {i for r in resolved for i in range(r.start, r.end)}
    out = []
    for r in resolved:
        e = next(
            (e for e in s.entities if e.label == "PER" and e.start_token == r.end and r.label == "PER"
             and r.method in ("title", "counterpart") and r.country
             and not taken.intersection(range(e.start_token, e.end_token))),
            None,
        )  # fmt: skip
        if e is None:
            out.append(r)
            continue
        toks = s.tokens
        name = " ".join(t.text for t in toks[e.start_token : e.end_token])
        why = (
            f"{r.explanation}; but the name {name!r} follows, which the knowledge base does not know → {name}"
        )
        out.append(
            replace(r, end=e.end_token, actor_id=None, name=name, method="title+name", explanation=why)
        )
        taken.update(range(e.start_token, e.end_token))
    return out


def _joint_titles(resolved: list[Resolved], toks: list[Token]) -> list[Resolved]:
    """ "den Revolutionsführer und Ex-Machthaber Fidel Castro": two titles joined by "und" before one name are the
    titles of that person, so the first is no actor of its own (on its own "Revolutionsführer" would be Iran's
    leader). Two people have an article or a name each ("den Präsidenten und den Außenminister", "Präsident
    Putin und Außenminister Lawrow"); here only bare nouns stand between "und" and the name. A title right before
    a known person's name is that person's, whoever held it on the article's date ("mit Kanzler Werner Faymann"
    in 2016 news read in 2024 is Faymann, not Scholz); with an article it is a person of its own ("empfing der
    Kremlchef Bundeskanzler Olaf Scholz")."""
    resolved = list(resolved)  # a title taken into the name after it widens that name's entry
    out: list[Resolved] = []
    for k, r in enumerate(resolved):
        nxt = resolved[k + 1] if k + 1 < len(resolved) else None
        if (
            nxt is not None and r.method == "title" and r.label == "PER" and r.end - r.start == 1
            and nxt.label == "PER" and nxt.method in ("name", "surname") and nxt.start == r.end
            and not (r.start > 0 and toks[r.start - 1].pos in ("ART", "DT", "PDAT", "PPOSAT"))
        ):  # fmt: skip
            resolved[k + 1] = replace(nxt, start=r.start)
            continue
        if (
            nxt is not None and r.method == "title" and r.label == "PER" and nxt.label == "PER"
            and nxt.method in ("name", "surname") and nxt.start - r.end >= 2
            and toks[r.end].text.lower() in ("und", "and")
            and all(t.pos in ("NN", "NNP", "NNS", "ADJA", "JJ") for t in toks[r.end + 1 : nxt.start])
            and r.country != nxt.country
        ):  # fmt: skip
            continue
        out.append(r)
    return out


def _time_mentions(article: Article, sentences: list[Sentence], lang: str) -> list[Mention]:
    """Time expressions resolved against the publication date, region by region (so that an expression can
    anchor on the dates before it)."""
    out: list[Mention] = []
    for a, b in article.regions():
        try:
            found = resolve_times(article.text[a:b], language=lang, reference=article.published)
        except Exception as exc:  # a time expression we cannot read must not cost the article its actors
            article.warnings.append(f"times of characters {a}–{b} not read: {type(exc).__name__}: {exc}")
            continue
        for t in found:
            start = a + t.start
            prep = getattr(t, "prep", None)
            before = article.text[a:start].rstrip()
            if prep and before.lower().endswith(prep.lower()):
                start = (
                    a + len(before) - len(prep)
                )  # "seit Februar 2022": the preposition belongs to the mention
            s = next((s for s in sentences if s.start <= start < s.end), None)
            if s is not None:
                out.append(
                    Mention(article.article_id, s.index, start, a + t.end, article.text[start : a + t.end], "time",
                            "TIME" if t.kind == "time" else "DATE", value=t.value,
                            method="timex", explanation=t.explanation or t.kind)
                )  # fmt: skip
    return out
