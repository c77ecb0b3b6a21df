"""Targets in the act's own words: who an event is aimed at when no party stands in a target's place.

The role rules (``roles.py``) take targets from syntax: objects, "gegen"/"against", "mit"/"with" partners. Many
acts name whom they hit only by where they happen or by what they are done to: an attack "auf Charkiw", a
withdrawal "aus Afghanistan", troops "an der ukrainischen Grenze", sanctions on "die russischen Ölkonzerne",
protesters "vor der russischen Botschaft", the arrest of "den US-Reporter", an application for "Nato-Beitritt".
``fill_targets`` gives such an event, when it has no target yet, the state or organisation those words name. It
runs per sentence, before ``implied_targets`` (``merge.py``) falls back on the party the article names most,
because the sentence's own words are the better evidence. ``hosts_by_place`` does the same for the host of a
visit told in the passive ("im Kreml empfangen").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from chronik.actors import knowledge_base
from chronik.coding.clauses import (
    Clause,
    MentionRef,
    passive_auxiliary,
    state_of_place,
    subtree,
    word_before_phrase,
)
from chronik.coding.lexicon import EventType, lexicon
from chronik.coding.roles import Draft, adjective_actor, noun_actor
from chronik.coding.triggers import Trigger
from chronik.model import Token
from chronik.places import country_of_place, locate


def fill_targets(
    drafts: list[Draft], actors: list[MentionRef], place_refs: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """Give the sentence's events without a target the state their words name (see the module), in this order:
    the states of the people a release lists; the organisation in whose body a rejection is made; the place of an
    attack, seizure or withdrawal; the protesters' foreign or own state; the state whose border troops are massed
    at; the state a deployment protects; a country adjective (or a prefixed compound) in the object; the owner of
    what a refusal blocks; what a membership is of."""
    _targets_among_released(drafts, actors, toks, lang)
    _targets_in_bodies(drafts, actors)
    _targets_at_places(drafts, place_refs, actors, toks, lang)
    _targets_of_threatened_attacks(drafts, place_refs, toks, lang)
    _targets_of_protests(drafts, actors)
    _targets_of_blamed_home_acts(drafts, actors, place_refs, toks, lang)
    _targets_at_borders(drafts, sorted(actors + place_refs, key=lambda r: r.start), toks, lang)
    _targets_protected(drafts, sorted(actors + place_refs, key=lambda r: r.start), toks, lang)
    _targets_by_adjective(drafts, actors + place_refs, toks, lang)
    _targets_owning_the_object(drafts, actors, toks, lang)
    _targets_of_membership(drafts, actors, toks, lang)


def _targets_among_released(
    drafts: list[Draft], actors: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """ "Russland und Belarus ließen 16 Häftlinge gehen, darunter den Reporter Evan Gershkovich, den früheren
    US-Marineinfanteristen Paul Whelan … und fünf Deutsche", "released 16 prisoners, including five Germans": a
    release of a group is aimed at the states whose people the list after "darunter"/"including" (``among`` in
    events.yaml) names, one target for each state; people the knowledge base cannot place add none."""
    among = lexicon().among[lang]
    for d in drafts:
        if d.etype.type != "RETREAT" or d.etype.cameo != "084":
            continue
        k = next((k for k in range(d.trigger + 1, len(toks)) if _opens(toks, k, among)), None)
        if k is None:
            continue
        # the list runs to the next verb: "…, darunter zwei Deutsche, die seit 2022 in Haft waren"
        end = next(
            (j for j in range(k + 1, len(toks)) if toks[j].pos.startswith(("VV", "VA", "VM", "VB"))),
            len(toks),
        )
        mine = d.source.mention.country
        targets = [t for t in d.targets if t.known]
        for r in actors:
            country = r.mention.country
            if (
                k < r.start < end
                and country
                and country != mine
                and country not in {t.country for t in targets}
            ):
                targets.append(r)
        d.targets = targets or d.targets


def _opens(toks: list[Token], k: int, among: set[str]) -> bool:
    """Does a phrase of ``among`` begin at token ``k`` (one word, or two: "unter ihnen", "among them")?"""
    word = toks[k].text.lower()
    return word in among or (k + 1 < len(toks) and f"{word} {toks[k + 1].text.lower()}" in among)


#: Prepositions that say in which body something is done ("im UN-Sicherheitsrat", "in the Security Council").
_IN_BODY = {"in", "im", "at"}


def _targets_in_bodies(drafts: list[Draft], actors: list[MentionRef]) -> None:
    """ "Russland legte im UN-Sicherheitsrat sein Veto gegen die Resolution ein", "Russia vetoed the resolution in
    the UN Security Council": a rejection made in an international organisation's body, naming no one else, is
    aimed at that organisation (whose proposal it blocks)."""
    kb = knowledge_base()
    for d in drafts:
        if d.targets or d.etype.type != "REJECT":
            continue
        body = next((r for r in actors if r.gov in _IN_BODY and d.clause.start <= r.start < d.clause.end
                     and r.mention.actor_id in kb.organisations), None)  # fmt: skip
        if body is not None:
            d.targets = [body]


#: Acts done at a place: an attack, a seizure, a withdrawal or a deployment that names no party as its target is
#: aimed at the state where it happens ("Israel greift Ziele in Iran an", "zogen sich aus Teilen von Chan Junis
#: zurück", "Russische Soldaten trafen in Kasachstan ein").
_AT_PLACE = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE"}
#: How a withdrawal names the place it leaves: "aus Cherson", "out of Kherson", "verließen die Stadt" (no
#: preposition); "den Krieg in der Ukraine beenden" names where the war is, not a place left.
_LEFT_PLACE = {None, "aus", "von", "from", "of"}


#: How a deployment names the state it goes to or acts around: "deployed troops in eastern Congo", "staged drills
#: around Taiwan", "warships off Taiwan".
_DEPLOYED_AT = {"in", "im", "into", "around", "off", "um"}


def _targets_at_places(
    drafts: list[Draft], place_refs: list[MentionRef], actors: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """Give an act done at a place of another state (``_AT_PLACE``) without a target that state as its target:
    the first place in the act's clause whose country is not the source's. A city counts by the country
    geonames puts it in ("Charkiw", "Krasnodar"), also where the German or English tagger took it for an actor
    it could not resolve ("pulled out of Kherson")."""
    # (a target the knowledge base cannot place is none: "had withdrawn its 98th Division from Khan Younis")
    if not any(not _placed(d) and d.etype.type in _AT_PLACE for d in drafts):
        return
    place_refs = [_in_part_of(r, toks) for r in place_refs]
    actors = [_in_part_of(r, toks) for r in actors]
    # (not a news outlet: geonames knows a place "CNN" in India)
    unresolved = [r for r in actors if not r.known and r.mention.sector != "media"]
    located = []
    for r in sorted(place_refs + unresolved, key=lambda r: r.start):
        # (an unresolved name only as a large city or a listed region: "Iskander" missiles are no town in
        # Uzbekistan)
        country = r.mention.country or (
            locate(r.mention)["country"] if r.mention.kind == "place" else country_of_place(r.mention.text)
        )
        if country:
            located.append(MentionRef(replace(r.mention, country=country), r.start, r.end, r.gov))
    deployments = lexicon().deployments[lang]
    for d in drafts:
        if _placed(d) or d.etype.type not in _AT_PLACE:
            continue
        mine, cl, retreat = d.source.mention.country, d.clause, d.etype.type == "RETREAT"
        # "Baerbock verurteilte den russischen Angriff auf Odessa": who speaks of an attack that is not theirs
        # (the active clause's subject) is no party to it; the victim a passive makes its subject is
        speaker = cl.subject if cl.subject is not None and cl.subject.key != d.source.key \
            and not passive_auxiliary(toks, cl) else None  # fmt: skip
        named = [r for r in actors if cl.start <= r.start < cl.end and r.mention.country not in (None, mine)
                 and not (speaker is not None and r.start == speaker.start)]  # fmt: skip
        # "deployed thousands of troops in eastern Congo": a state named as the place of a deployment
        host = next((r for r in named if d.etype.type == "MOBILIZE" and r.gov in _DEPLOYED_AT
                     and r.mention.method == "country" and not _noun_after(toks, r)), None)  # fmt: skip
        if host is not None:
            d.targets = [host]
            continue
        if named and not retreat:
            continue  # "Soleimani … was killed in a US drone strike at Baghdad airport": a party is named
        # a withdrawal leaves a state named as such too ("zogen ihre Soldaten aus Afghanistan ab"), and a
        # deployment ended "in" a place ("beendete ihren Einsatz in Mali"), but "den Krieg in der Ukraine beenden"
        # names where the war is
        pool = sorted(located + ([r for r in named if r.gov in _LEFT_PLACE - {None}] if retreat else []),
                      key=lambda r: r.start)  # fmt: skip
        where = next((r for r in pool if cl.start <= r.start < cl.end and r.mention.country != mine
                      and (not retreat or r.gov in _LEFT_PLACE
                           or (r.gov in ("in", "im") and _after_word(toks, r, deployments)))), None)  # fmt: skip
        if where is not None:
            d.targets = [state_of_place(where, None, "the state where it happens → {name}")]


def _targets_of_blamed_home_acts(
    drafts: list[Draft], actors: list[MentionRef], place_refs: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """ "denounced the election in Belarus as neither free nor fair", "verurteilte die Festnahmen in Minsk": blame
    of what a state does at home (``home_acts`` in events.yaml), told as happening in a place of another state
    and naming no one, is aimed at the state of that place. The act noun must stand right before the place's
    preposition, after the blaming word and in its clause."""
    home = lexicon().home_acts[lang]
    endings = tuple(home) if lang == "de" else ()  # (German compounds by their last part: "Präsidentenwahl")
    states = [r for r in actors if r.mention.method == "country"]
    for d in drafts:
        if d.etype.type != "ACCUSE" or _placed(d):
            continue
        cl, mine = d.clause, d.source.mention.country
        for r in sorted(place_refs + states, key=lambda r: r.start):
            if (
                r.gov not in ("in", "im")
                or not (d.trigger < r.start < cl.end)
                or r.mention.country in (None, mine)
            ):
                continue
            k = _word_before_preposition(toks, r)
            word, text = (toks[k].lemma.lower(), toks[k].text.lower()) if k > d.trigger else ("", "")
            if word in home or text in home or (endings and word.endswith(endings)):
                d.targets = [state_of_place(r, None, "the state whose act at home is blamed → {name}")]
            break


def _in_part_of(r: MentionRef, toks: list[Token]) -> MentionRef:
    """A land named as the genitive of a part of it (``parts`` in events.yaml) stands under the part's preposition
    ("aus dem Süden des Libanon" leaves Lebanon, as "aus dem Libanon" does)."""
    if r.gov != "gen" or r.start < 2:
        return r
    j = word_before_phrase(toks, r.start)  # the part noun
    k = word_before_phrase(toks, j) if j > 0 and toks[j].text.lower() in lexicon().parts["de"] else -1
    if k >= 0 and toks[k].pos in ("APPR", "APPRART"):
        prep = toks[k].text.lower()
        return MentionRef(r.mention, r.start, r.end, {"im": "in", "ins": "in", "vom": "von"}.get(prep, prep))
    return r


def _targets_of_threatened_attacks(
    drafts: list[Draft], place_refs: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """A threat of an attack somewhere is aimed at the state where it would strike: "Ankara droht mit einer neuen
    Militäroffensive in Nordsyrien" (the attack noun after the threat, then a place of another state after it)."""
    if not any(d.etype.type == "THREATEN" and not _placed(d) for d in drafts):
        return
    attacks = _attack_nouns(lang)
    for d in drafts:
        if d.etype.type != "THREATEN" or _placed(d):
            continue
        cl, mine = d.clause, d.source.mention.country
        # (a German compound ends in its attack noun: "Militäroffensive"; English nouns stand alone)
        noun = next((k for k in range(d.trigger + 1, cl.end) if toks[k].pos in ("NN", "NNS")
                     and (toks[k].lemma.lower().endswith(attacks) if lang == "de"
                          else toks[k].lemma.lower() in attacks)), None)  # fmt: skip
        if noun is None:
            continue
        where = next((r for r in place_refs if noun < r.start < cl.end and r.mention.country
                      and r.mention.country != mine), None)  # fmt: skip
        if where is not None:
            d.targets = [state_of_place(where, None, "where the threatened attack would strike → {name}")]


@cache
def _attack_nouns(lang: str) -> tuple[str, ...]:
    """The lexicon's nouns of attacks in ``lang`` (lower case)."""
    return tuple(w for w, types in lexicon().nouns[lang].items() if any(t.type == "ASSAULT" for t in types))


def _placed(d: Draft) -> bool:
    """Has the draft a target the knowledge base places?"""
    return any(t.known for t in d.targets)


def _noun_after(toks: list[Token], r: MentionRef) -> bool:
    """Does a noun follow the mention, so that it modifies it ("in a US drone strike", "in US-Stützpunkten")?"""
    return r.end < len(toks) and toks[r.end].pos in ("NN", "NNS", "NNP", "NE")


def _after_word(toks: list[Token], r: MentionRef, words: set[str]) -> bool:
    """Does the phrase of ``r`` (with its preposition) follow one of ``words`` ("Einsatz in Mali")?"""
    k = _word_before_preposition(toks, r)
    return k >= 0 and toks[k].text.lower() in words


def _word_before_preposition(toks: list[Token], r: MentionRef) -> int:
    """The index of the word before the preposition of ``r``'s phrase ("Einsatz" in "Einsatz in Mali"), -1 if
    none."""
    j = word_before_phrase(toks, r.start)  # the preposition
    return j - 1 if j > 0 else -1


def _targets_at_borders(drafts: list[Draft], refs: list[MentionRef], toks: list[Token], lang: str) -> None:
    """Troops massed or sent to a border are aimed at the state whose border it is: "an der ukrainischen Grenze"
    (an adjective), "near Ukraine's border", "to the border with Belarus", "an der Grenze zu Polen"."""
    borders = lexicon().borders[lang]
    for d in drafts:
        if d.targets or d.etype.type != "MOBILIZE":
            continue
        mine = d.source.mention.country
        for k in range(d.clause.start, d.clause.end):
            if toks[k].text.lower() not in borders:
                continue
            owner = noun_actor(k, refs, toks) or _possessor(k, refs, toks)
            beyond = next((r for r in refs if r.start == k + 2 and toks[k + 1].text.lower() in ("zu", "with", "to")),
                          None)  # fmt: skip
            state = next(
                (r for r in (owner, beyond) if r is not None and r.mention.country not in (None, mine)), None
            )
            if state is not None:
                d.targets = [state]
                break


def _possessor(k: int, refs: list[MentionRef], toks: list[Token]) -> MentionRef | None:
    """The party whose "'s" stands right before the noun at ``k`` ("Ukraine's border", "Poland's airspace")."""
    return next((r for r in refs if r.end == k - 1 and toks[k - 1].text in ("'s", "’s")), None)


#: Acts that forces sent to protect a state's airspace or land are for: the deployment, the aid.
_PROTECTING_ACTS = {"MOBILIZE", "AID"}


def _targets_protected(drafts: list[Draft], refs: list[MentionRef], toks: list[Token], lang: str) -> None:
    """Forces deployed or aid given to protect a state's airspace, territory or border (``protecting`` and
    ``infringed`` in events.yaml) are for that state: "would deploy three Rafale fighter jets to help protect Polish
    airspace", "die Überwachung des polnischen Luftraums zu unterstützen". The state is an adjective, a genitive
    or a possessive of the protected noun, within a few words after the word of protecting (anywhere in the
    clause: German verbs close it)."""
    lex = lexicon()
    protecting, protected = lex.protecting[lang], {w.lower() for w in lex.infringed[lang]}
    for d in drafts:
        if d.targets or d.etype.type not in _PROTECTING_ACTS:
            continue
        mine = d.source.mention.country
        for k in range(d.clause.start, d.clause.end):
            if toks[k].lemma.lower() not in protecting and toks[k].text.lower() not in protecting:
                continue
            noun = next((j for j in range(k + 1, min(k + 6, d.clause.end)) if toks[j].text.lower() in protected),
                        None)  # fmt: skip
            if noun is None:
                continue
            owner = (
                noun_actor(noun, refs, toks)
                or adjective_actor(toks, noun - 1)
                or _possessor(noun, refs, toks)
            )
            if owner is not None and owner.mention.country not in (None, mine):
                d.targets = [owner]
                break


#: Acts whose object an adjective of origin makes a state's: sanctions on "die russischen Ölkonzerne", a condemned
#: "russischer Raketenangriff", aid for "Ukrainian reconstruction", the arrest of "einen japanischen Mitarbeiter", an
#: attack that "sank the Russian flagship".
_OBJECT_OF_A_STATE = {"ACCUSE", "SANCTION", "REJECT", "AID", "COERCE", "ASSAULT"}


#: Acts whose object a country's prefix makes a state's ("nahmen den US-Reporter fest"); not an accusation, whose
#: "im US-Exil lebenden Prediger" is no American.
_PREFIXED_OBJECTS = {"COERCE", "SANCTION"}


def _targets_by_adjective(drafts: list[Draft], refs: list[MentionRef], toks: list[Token], lang: str) -> None:
    """Give an act of ``_OBJECT_OF_A_STATE`` that names no party the state of the first country adjective in its
    clause outside the named parties ("Großbritannien fror die Vermögen von zwölf russischen Oligarchen ein",
    "pledged support for Ukrainian reconstruction"), or for an arrest or sanction of a German compound with a
    country's prefix ("nahmen den US-Reporter fest"), after the trigger first, then before it (German verb-final
    clauses)."""
    # a lone adjective the English tagger took for a name it could not resolve ("Ukrainian") is still free
    inside = {i for r in refs if r.mention.country or r.end - r.start > 1 for i in range(r.start, r.end)}
    for d in drafts:
        # easing sanctions is aimed at the state whose goods they hit ("hob die Importsperre für serbische Waren
        # auf"); a withdrawal from "der ukrainischen Grenze" is aimed at no one
        eased = d.etype.type == "RETREAT" and d.etype.cameo == "085"
        if d.targets or (d.etype.type not in _OBJECT_OF_A_STATE and not eased) or d.modality == "negated":
            continue
        mine, cl = d.source.mention.country, d.clause
        order = [*range(d.trigger + 1, cl.end), *range(d.trigger - 1, cl.start - 1, -1)]
        for j in order:
            if j in inside:
                continue
            if toks[j].pos in ("ADJA", "JJ"):
                if _at_a_place(toks, j):
                    continue
                state = adjective_actor(toks, j)
            elif toks[j].pos == "NN" and d.etype.type in _PREFIXED_OBJECTS:
                state = _prefixed(d, toks, j, lang, ("country",), "{word!r}: of {name}")
            else:
                continue
            if state is not None and state.mention.country != mine:
                d.targets = [state]
                break


#: German prepositions that, with a dative, tell where something happens ("auf dem estnischen Stützpunkt").
_WHERE = {"auf", "in", "an", "bei"}
_WHERE_CONTRACTED = {"im", "am", "beim"}


def _at_a_place(toks: list[Token], j: int) -> bool:
    """Is the German adjective at ``j`` in a phrase that says where ("hatten auf dem estnischen Stützpunkt Tapa
    Hilfen zugesagt", "im polnischen Rzeszów")? That names the place of the act, not the party it is aimed at (a
    destination, "in die Ukraine", is an accusative and still counts)."""
    k = j - 1
    while k >= 0 and toks[k].pos in ("ADJA", "ADV", "CARD"):
        k -= 1
    if k >= 0 and toks[k].text.lower() in _WHERE_CONTRACTED:
        return True
    return k >= 1 and toks[k].text.lower() in ("dem", "einem") and toks[k - 1].text.lower() in _WHERE


#: Refusals whose object's owner is whom they are aimed at.
_BLOCKED = {"REJECT"}


def _targets_owning_the_object(
    drafts: list[Draft], refs: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """Give an English refusal that names no party the owner its object names with a possessive: "Hungary blocked
    the revision of the EU's long-term budget" is aimed at the EU."""
    if lang != "en":
        return
    for d in drafts:
        if d.targets or d.etype.type not in _BLOCKED or d.modality == "negated":
            continue
        objects = [
            k for k, t in enumerate(toks) if t.head == d.trigger and t.dep == "dobj" and k != d.trigger
        ]
        under = set().union(*(subtree(toks, k) for k in objects)) if objects else set()
        owner = next((r for r in refs if r.end - 1 in under and toks[r.end - 1].dep == "poss"
                      and r.mention.country not in (None, d.source.mention.country)), None)  # fmt: skip
        if owner is not None:
            d.targets = [owner]


#: Acts aimed at an organisation by asking for, backing or approving membership of it.
_MEMBERSHIP_ACTS = {"REQUEST", "SUPPORT", "AGREE"}


def _targets_of_membership(
    drafts: list[Draft], actors: list[MentionRef], toks: list[Token], lang: str
) -> None:
    """ "Kiew beantragt Nato-Beitritt", "unterstützt den EU-Beitritt der Ukraine", "applications to join NATO",
    "der EU beizutreten": a request for, or support of, membership is aimed at the organisation (or state) that
    the compound's first element names or that one asks to join. The membership words are ``memberships`` in
    ``events.yaml``."""
    words = lexicon().memberships[lang]
    for d in drafts:
        if d.targets or d.etype.type not in _MEMBERSHIP_ACTS:
            continue
        joined = next((r for r in actors if r.mention.country not in (None, d.source.mention.country)
                       and _joined(r, toks, lang)), None)  # fmt: skip
        if joined is not None:
            d.targets = [joined]
            continue
        for k in range(d.clause.start, d.clause.end):
            if toks[k].text.rpartition("-")[2].lower() not in words:
                continue
            member = _prefixed(
                d, toks, k, lang, ("country", "organisation"), "{word!r}: membership of {name}"
            )
            if member is not None and member.mention.country != d.source.mention.country:
                d.targets = [member]
                break


def membership_of_named(
    drafts: list[Draft], toks: list[Token], recent: list[tuple[int, MentionRef]], lang: str
) -> None:
    """ "Stockholm hatte den Beitritt im Mai 2022 beantragt", "backed the accession": a membership word that names
    no organisation (no "Nato-" before it, none in the sentence) is membership of the organisation the article
    named last (of ``recent``, the actors named lately: ``State.recent``). The words are ``memberships`` in
    events.yaml, as for :func:`_targets_of_membership`."""
    words = lexicon().memberships[lang]
    orgs = _joinable()
    for d in drafts:
        if d.targets or d.etype.type not in _MEMBERSHIP_ACTS:
            continue
        if not any(t.text.lower() in words for t in toks[d.clause.start : d.clause.end]):
            continue
        _to_last_named(d, [r for _, r in recent], orgs)


def applications_to_named(
    drafts: list[Draft], toks: list[Token], named_orgs: list[MentionRef], lang: str
) -> None:
    """ "Finnland und Schweden hatten ihre Anträge am 18. Mai eingereicht", "Sweden applied together with
    Finland", "Helsinki hatte den Beitritt beantragt, knapp drei Monate nach dem russischen Überfall auf die
    Ukraine": an application (``applications`` in events.yaml) that names no one it is made to, or only a state
    while asking for "den Beitritt", is one for membership of the organisation the article named last (of
    ``named_orgs``: ``State.organisations``), however long ago. An application to a state stays ("die Türkei
    werde die Auslieferung von 12 Verdächtigen aus Finnland beantragen")."""
    orgs = _joinable()
    words = lexicon().applications[lang]
    members = lexicon().memberships[lang]
    for d in drafts:
        if d.etype.type != "REQUEST" or any(r.mention.actor_id in orgs for r in d.targets):
            continue
        a, b = (d.clause.start, d.clause.end) if d.clause is not None else (d.trigger, d.trigger + 1)
        span = toks[a:b]
        applying = any(k.text.lower() in members for k in span) or any(
            _bare_application(toks, i, words) for i in range(a, b)
        )
        if not applying:
            continue
        if d.targets and not any(k.text.lower() in members for k in span):
            continue  # an application to the state it names
        if toks[d.trigger].pos.startswith("V") and any(t.gov is None for t in d.targets):
            continue  # "pressed Ankara to ratify Sweden's NATO bid": whom the verb presses, not the alliance
        if not d.targets and any(k.text.rpartition("-")[2].lower() in members for k in span if "-" in k.text):
            continue  # "Kiew beantragt Nato-Beitritt": the compound names it (``_targets_of_membership``)
        _to_last_named(d, named_orgs, orgs)


def _to_last_named(d: Draft, named: list[MentionRef], orgs: set[str]) -> None:
    """Aim the draft at the last of ``named`` that is one of ``orgs`` and not of the source's own country."""
    found = [r for r in named if r.mention.actor_id in orgs and r.country != d.source.country]
    if found:
        d.targets = [found[-1]]


def _bare_application(toks: list[Token], i: int, words: set[str]) -> bool:
    """Is token ``i`` an application that says nothing of what it applies for: no "auf"/"for" after the noun
    ("Antrag auf Konsultationen"), no object or "for" under the English verb ("applied for asylum")?"""
    t = toks[i]
    if t.lemma.lower() not in words and t.text.lower() not in words:
        return False
    if t.pos.startswith("V"):
        return not any(x.head == i and (x.dep == "dobj" or x.text.lower() == "for") for x in toks)
    return not (i + 1 < len(toks) and toks[i + 1].text.lower() in ("auf", "for", "um"))


def _joinable() -> set[str]:
    """The codes of the organisations states join: international organisations (not the West, not an NGO)."""
    return {code for code, o in knowledge_base().organisations.items() if o.sector == "igo"}


def _prefixed(
    d: Draft, toks: list[Token], k: int, lang: str, kinds: tuple[str, ...], why: str
) -> MentionRef | None:
    """The state or organisation that the first element of the compound at ``k`` names ("US-Reporter",
    "Nato-Beitritt"), of one of ``kinds``, as a mention (``why`` explains it, with ``word`` and ``name``)."""
    prefix, _, rest = toks[k].text.rpartition("-")
    if not prefix or not rest:
        return None
    return _named_by(d, toks, k, prefix, lang, kinds, why)


def _named_by(
    d: Draft, toks: list[Token], k: int, word: str, lang: str, kinds: tuple[str, ...], why: str
) -> MentionRef | None:
    """The state or organisation that ``word`` (the token at ``k`` or its first element) names, of one of
    ``kinds``, as a mention at token ``k`` made from the draft's source mention."""
    kb = knowledge_base()
    found = kb.prefix_target(word, lang)
    if found is None or found.country is None or found.kind not in kinds:
        return None
    aid, name = kb.state_actor(found.country, None)
    m = replace(d.source.mention, start=toks[k].start, end=toks[k].end, text=toks[k].text, actor_id=aid, name=name,
                country=found.country, sector=found.sector, role=None, method="prefix", label="ORG",
                explanation=why.format(word=toks[k].text, name=name))  # fmt: skip
    return MentionRef(m, k, k + 1, None)


def _joined(r: MentionRef, toks: list[Token], lang: str) -> bool:
    """Is ``r`` what someone joins: the object of English "join", the dative right before German "beitreten"?"""
    if lang == "en":
        return any(
            toks[k].dep == "dobj" and toks[toks[k].head].lemma.lower() == "join"
            for k in range(r.start, r.end)
        )
    return r.end < len(toks) and toks[r.end].lemma.lower() in ("beitreten", "beizutreten")


#: What governs a foreign actor that a protest is not aimed at: nothing (a subject or an object of another verb)
#: or an agent ("by Obama"). A state "in" which foreigners protest stays one ("rioted at this jail in Israel").
_NO_PROTEST_TARGET = {None, "by"}


#: How a protest names whom it is against.
_PROTESTED = {"against", "gegen"}


def _targets_of_protests(drafts: list[Draft], actors: list[MentionRef]) -> None:
    """Protesters who name no target protest against the foreign state their clause names in a phrase
    ("vor der russischen Botschaft", "near the US embassy", "against Mubarak"), or else against their own
    government ("Zehntausende gingen in Tiflis gegen das Agentengesetz auf die Straße"), as analysts code a
    domestic protest. A foreign state the clause names bare or as an agent is no target: "rallies inspired by
    protests that rocked Tunisia", "said Gibbs", "condemned by Obama" (in real news, every such target was
    wrong)."""
    for d in drafts:
        if d.targets or d.etype.type != "PROTEST" or not d.source.mention.country:
            continue
        mine = d.source.mention.country
        foreign = next((r for r in actors if d.clause.start <= r.start < d.clause.end
                        and r.mention.country not in (None, mine) and r.gov not in _NO_PROTEST_TARGET),
                       None)  # fmt: skip
        # "rallied in Sanaa …, chanting slogans against the United States and Israel": a foreign state protested
        # "against" in a clause after the protest's own
        foreign = foreign or next((r for r in actors if r.start > d.trigger and r.gov in _PROTESTED
                                   and r.mention.country not in (None, mine)), None)  # fmt: skip
        d.targets = [foreign or state_of_place(d.source, "government", "protesters' own state → {name}")]


#: The CAMEO code of hosting a visit ("empfangen", "receive", "host").
_HOSTING = "043"


def hosts_by_place(
    trigs: list[Trigger], refs: list[MentionRef], place_refs: list[MentionRef], toks: list[Token], cl: Clause,
    drafts: list[Draft],
) -> list[Draft]:  # fmt: skip
    """ "Macron war im Kreml empfangen worden", "was received at the White House": a guest received in the
    passive, with no "von"/"by" naming the host, was received by the state of the place, where that is another
    state than the guest's. The role rules find no source in such a clause, so nothing else codes it."""
    if not passive_auxiliary(toks, cl) or any(r.gov in ("von", "by") for r in refs):
        return []
    coded = {d.trigger for d in drafts}
    out = []
    for t in trigs:
        et = next((e for e in t.types if e.cameo == _HOSTING), None)
        if et is None or t.kind == "noun" or t.index in coded or toks[t.index].pos not in ("VVPP", "VBN"):
            continue
        guest = next((r for r in refs if r.gov is None and r.mention.country), None)
        if guest is None:
            continue
        place = next((r for r in place_refs if cl.start <= r.start < cl.end
                      and r.mention.country not in (None, guest.mention.country)), None)  # fmt: skip
        if place is None:
            continue
        host = state_of_place(place, "government", "host of a visit there → {name}")
        d = Draft(et, host, [guest], t.index, cl)
        d.extra["anchored"] = True
        out.append(d)
    return out


#: A visit still to come (CAMEO 042, planned by its nature): the guest awaited at a place.
_AWAITED = EventType("CONSULT", "visit", "042", 1.9, False, ("diplomatic",), planned=True)


def expected_visits(
    refs: list[MentionRef], place_refs: list[MentionRef], toks: list[Token], cl: Clause, lang: str,
    drafts: list[Draft],
) -> list[Draft]:  # fmt: skip
    """ "Selenskyj wird am Donnerstag im Weißen Haus erwartet", "Trump's envoy Kellogg was expected in Kyiv on
    Wednesday": a guest awaited at a place of another state is a visit to come there. News announce trips so, and
    no trigger word names the visit. Only the passive participle (``expected`` in ``events.yaml``) with a party as
    its subject and a place of another state in the clause: "Für den Abend werden in Washington heftige Gewitter
    erwartet" awaits no party, and "is expected to meet" leaves the meeting to its own verb."""
    if drafts:
        return []
    words = lexicon().expected[lang]
    awaited = next((i for i in range(cl.start, cl.end)
                    if toks[i].pos in ("VVPP", "VBN") and toks[i].lemma.lower() in words), None)  # fmt: skip
    if awaited is None or (awaited + 1 < len(toks) and toks[awaited + 1].text.lower() == "to"):
        return []
    if not passive_auxiliary(toks, cl):
        return []
    guest = next((r for r in refs if r.gov is None and r.mention.country and r.mention.kind == "actor"
                  and not (r.end < len(toks) and toks[r.end].text in ("'s", "’s"))), None)  # fmt: skip
    if guest is None:
        return []
    place = next((r for r in place_refs if cl.start <= r.start < cl.end
                  and r.mention.country not in (None, guest.mention.country)), None)  # fmt: skip
    if place is None:
        return []
    host = state_of_place(place, "government", "host of a visit there → {name}")
    d = Draft(_AWAITED, guest, [host], awaited, cl)
    d.extra["anchored"] = True
    return [d]


#: The verbs of joining in events.yaml, whose reading a state told as a new member takes.
_JOIN_VERBS = {"de": "beitreten", "en": "join"}
#: An ordinal number: "32." (German), "32nd" (English).
_ORDINAL = re.compile(r"^\d+(\.|st|nd|rd|th)$")


def new_members(
    refs: list[MentionRef], toks: list[Token], cl: Clause, lang: str, drafts: list[Draft]
) -> list[Draft]:
    """ "Schweden ist 32. Mitglied der Nato", "Sweden became NATO's 32nd member", "Finnland ist nun offiziell
    Nato-Mitglied": a state that is or becomes a member of an organisation, told with an ordinal or a word of
    joining (``members`` and ``joining`` in events.yaml), has joined it. No trigger word names the act. A membership
    held ("Finnland ist seit April Mitglied") or a member named ("das Nato-Mitglied Türkei") is no news."""
    state = cl.subject
    if state is None or state.mention.country is None or any(d.etype.type == "AGREE" for d in drafts):
        return []
    lex = lexicon()
    words = lex.members[lang]
    span = range(cl.start, cl.end)
    member = next((k for k in span if toks[k].text.rpartition("-")[2].lower() in words), None)
    if member is None:
        return []
    if lang == "en":  # the copula, by the parse
        head = toks[member].head
        if toks[member].dep not in ("attr", "oprd") or toks[head].lemma.lower() not in ("be", "become"):
            return []
    elif not any(toks[k].lemma.lower() in ("sein", "werden") and toks[k].pos == "VAFIN" for k in span):
        return []
    told = toks[cl.start : member + 1]
    cues = {t.text.lower() for t in told} | {t.lemma.lower() for t in told}
    if not (cues & lex.joining[lang] or any(_ORDINAL.match(t.text) for t in told)):
        return []
    orgs = _joinable()
    if state.mention.actor_id in orgs:
        return []
    joined = next(et for et in lex.verbs[lang][_JOIN_VERBS[lang]] if et.type == "AGREE")
    d = Draft(joined, state, [], member, cl)
    org = next((r for r in refs if cl.start <= r.start < cl.end and r.mention.actor_id in orgs), None)
    org = org or _prefixed(d, toks, member, lang, ("organisation",), "{word!r}: member of {name}")
    # (the mention finder drops an organisation named as what one member belongs to: "Mitglied der Nato",
    # "NATO's 32nd member"; here it is what is joined)
    near = [
        *range(member + 1, min(member + 3, cl.end)),
        *range(member - 1, max(member - 4, cl.start - 1), -1),
    ]
    for k in near if org is None else ():
        org = _named_by(d, toks, k, toks[k].text, lang, ("organisation",), "{word!r}: member of {name}")
        if org is not None:
            break
    if org is None or org.mention.actor_id not in orgs or org.mention.country == state.mention.country:
        return []
    d.targets = [org]
    d.extra["anchored"] = True
    return [d]


def assents_to_accession(drafts: list[Draft]) -> None:
    """ "Schweden ist 32. Mitglied der Nato … Drei Tage später ratifizierte das Parlament in Budapest den Beitritt":
    in an article about one state joining an organisation,
    an assent (``assent`` in events.yaml) that names no one, or only the organisation, is given to the state
    that joins, by a member that lets it in. The joining state is the first the article tells joining or
    applying to join (an application is a request to an organisation with a membership word in its clause):
    the one its title and lead are about ("Schweden ist 32. Mitglied der Nato", though "Stockholm hatte den
    Beitritt gemeinsam mit Finnland beantragt")."""
    lex = lexicon()
    orgs = _joinable()
    words = lex.memberships["de"] | lex.memberships["en"]

    def joins(d: Draft) -> bool:
        if not d.targets or not all(t.mention.actor_id in orgs for t in d.targets) or d.sentence is None:
            return False
        if not d.source.mention.country or d.source.mention.actor_id in orgs:
            return False
        toks = d.sentence.tokens
        if d.etype.type == "AGREE":
            return d.etype.cameo == "057" and toks[d.trigger].lemma.lower() not in lex.assent
        return d.etype.type == "REQUEST" and any(
            t.text.rpartition("-")[2].lower() in words for t in toks[d.clause.start : d.clause.end]
        )

    joiner = next((d.source for d in drafts if joins(d)), None)
    if joiner is None:
        return
    country = joiner.mention.country
    for d in drafts:
        if (
            d.etype.type == "AGREE"
            and d.sentence is not None
            and d.sentence.tokens[d.trigger].lemma.lower() in lex.assent
            and all(t.mention.actor_id in orgs for t in d.targets)
            and d.source.mention.country not in (None, country)
            and d.source.mention.actor_id not in orgs
        ):
            d.targets = [joiner]
