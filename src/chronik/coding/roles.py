"""Source and target of an event: German by word order and prepositions, English by dependencies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from chronik.actors import knowledge_base
from chronik.coding.clauses import (
    CONJ,
    OCCASIONS,
    PREPOSITION_TAGS,
    Clause,
    MentionRef,
    plural_possessive,
    relative_teller,
    state_of_place,
    subtree,
    word_before_phrase,
)
from chronik.coding.lexicon import EventType, lexicon
from chronik.coding.triggers import DESTINATION_GOVERNORS, noun_types
from chronik.model import Mention, Sentence, Token

TARGET_PREPS = {
    "de": {"gegen", "an", "auf", "gegenüber", "zu", "zur", "zum", "nach", "für", "bei", "beim", "um"},
    "en": {"against", "to", "on", "at", "for", "toward", "towards", "into", "from"},
}


PARTNER_PREPS = {"de": {"mit"}, "en": {"with"}}


AGENT_PREPS = {"de": {"von", "vom", "durch"}, "en": {"by"}}


@dataclass(slots=True)
class Draft:
    etype: EventType
    source: MentionRef
    targets: list[MentionRef]
    trigger: int
    clause: Clause
    sentence: Sentence | None = None
    modality: str = "asserted"
    attribution: Mention | None = None
    content: str = ""  #: what a verbal event is about (the noun it governs), to tell two denials apart
    places: list[Mention] = field(default_factory=list)
    times: list[Mention] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def assign_roles(
    et: EventType,
    ti: int,
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    lang: str,
    *,
    noun: bool,
    light: int | None = None,
    speaker: MentionRef | None = None,
    crowd: MentionRef | None = None,
) -> Draft | None:
    announced = False  # the speaker's measure (see below)
    parties = between_parties(ti, refs, toks, cl) if noun else None
    if parties is not None:
        # "ein Treffen zwischen Putin und Selenskyj", "talks between Russia and Ukraine"
        source, targets, anchored = parties[0], parties[1], True
    elif lang == "en":
        source, targets, anchored = _roles_en(et, ti, refs, toks, cl, noun, light)
        if source is None and not noun and speaker is not None and _relative_on(ti, speaker, toks):
            # "…, according to the Hamas-run health ministry, which blamed an Israeli air strike": the cited
            # speaker acts in the relative clause hung on it
            source = speaker
        if noun and light is None and speaker is not None and _own_noun(ti, toks):
            # "A day after his surprise visit to Kyiv, Biden told a crowd …": "his" is the one who speaks
            source, anchored = speaker, True
        if not noun and speaker is not None and _speaker_goes_on(ti, speaker, toks, refs, et.type in _SAYING):
            # "Scholz said the attack could not be justified and warned Iran": the speaker warns
            source = speaker
        if (
            source is None
            and not noun
            and speaker is not None
            and et.type in _WEAPON_ACTS
            and _weapon_subject(ti, toks)
        ):
            # "Konashenkov said Kalibr missiles had destroyed the vessel": the speaker's side fired them
            source = speaker
        if source is None and not noun and et.type == "ACCUSE":
            # "Blinken said the attack cast serious doubt on Russia's commitment": a thing that accuses speaks
            # for whoever says so
            source = _reporter_of(ti, refs, toks) or speaker
        if source is None and not noun and speaker is not None and et.needs == "infinitive" \
                and _subject_of(speaker, ti, toks):  # fmt: skip
            # "Erdogan told Putin to step aside": the verb of speech that made Erdogan the speaker is the demand
            source = speaker
        if source is None and light is not None and speaker is not None and _subject_of(speaker, light, toks):
            # "Biden announced $500 million in military aid, and said …": the speaker is the light verb's subject
            source, anchored = speaker, True
    else:
        source, targets, anchored = _roles_de(et, ti, refs, toks, cl, noun, light)
    if source is None and noun and light is None and speaker is not None and et.type in _ANNOUNCED \
            and not any(r.gov is None for r in refs):  # fmt: skip
        # "Biden said new sanctions against Russian elites would follow": a measure the speaker announces with
        # no one else named to take it is the speaker's side's
        source, anchored, announced = speaker, True, True
    if source is None and noun and speaker is not None and any(r.gov in PARTNER_PREPS[lang] for r in refs):
        # "erklärte Stoltenberg am Rande eines Treffens mit Kuleba": the speaker took part
        source, anchored = speaker, True
    if source is None and et.type == "PROTEST" and crowd is not None:
        source, anchored = crowd, True  # "Tausende demonstrierten in Kiew"
    if source is None and et.mode == "arrest" and not noun and crowd is not None:
        source = _local_authorities(ti, toks, crowd)
    if source is None or (et.type not in _WEAPON_ACTS and _weapon(source.mention)):
        return None  # "russische Raketen seien nach Polen geflogen": missiles strike, they do not visit
    # no actor acts on itself, nor an organisation's officer on the organisation ("Stoltenberg sicherte die
    # Unterstützung des Bündnisses zu")
    orgs = knowledge_base().organisations
    # and troops put on alert or sent are the instrument, not the target ("put Russia's forces on alert")
    own = source.mention.country in orgs or et.type == "MOBILIZE"
    # nor is a state's own envoy the target of its measure ("recalled its ambassador, Anatoly Antonov, from
    # Washington": the measure is aimed at the United States), nor the envoy it sends ("seinen Sonderbeauftragten
    # Li Hui in die Ukraine zu entsenden": the visit is to Ukraine)
    envoy = et.type == "SANCTION" or (et.type == "CONSULT" and bool(et.objects))
    said = et.type in _SAYING | {"SUPPORT"}
    targets = [t for t in targets if t.key != source.key and not (said and _apposition_of(source, t, toks))
               and not (own and t.mention.country == source.mention.country)
               and not (envoy and t.mention.label == "PER" and t.mention.country == source.mention.country
                        and source.mention.label != "PER")]  # fmt: skip
    if not targets and et.type == "CONSULT" and et.objects:
        # the envoy's destination, then: "in die Ukraine"
        targets = [
            r for r in refs if r.gov in DESTINATION_GOVERNORS and r.mention.country != source.mention.country
        ]
    d = Draft(et, source, targets, ti, cl)
    d.extra["anchored"] = anchored
    if announced:
        d.extra["announced"] = True
    return d


def _apposition_of(source: MentionRef, r: MentionRef, toks: list[Token]) -> bool:
    """Is ``r`` a person's name set off by commas right after the source's title, of the source's state ("Russlands
    Botschafter in Berlin, Sergej Netschajew, nannte …"): the same person named twice?"""
    k = r.start - 1
    return (
        r.mention.label == "PER"
        and r.mention.country == source.mention.country
        and source.start < r.start
        and k >= 0
        and toks[k].text == ","
        and r.end < len(toks)
        and toks[r.end].text == ","
        and all(t.text not in (",", ";") for t in toks[source.end : k])
        and k - source.end <= 3
    )


#: Prepositions that name the giver of what one receives ("erhielt Rückendeckung aus Brüssel", "from the EU").
_GIVERS = {"von", "vom", "aus", "from", "by"}


def places_as_givers(place_refs: list[MentionRef], lang: str) -> list[MentionRef]:
    """Places under "von", "aus", "from" that a capital or country name makes an actor ("aus Brüssel" → the EU,
    "from the United States"): who gave what a subject received."""
    kb = knowledge_base()
    out = []
    for r in place_refs:
        if r.gov not in _GIVERS:
            continue
        t = next((t for t in kb.surface[lang].get(tuple(r.mention.text.split()), [])
                  if t.kind in ("metonym", "country")), None)  # fmt: skip
        if t is None or t.country is None:
            continue
        aid, name = kb.state_actor(t.country, t.sector)
        m = replace(r.mention, kind="actor", actor_id=aid, name=name, country=t.country, sector=t.sector,
                    explanation=f"{r.mention.explanation}; {r.mention.text!r} gives → {name}")  # fmt: skip
        out.append(MentionRef(m, r.start, r.end, r.gov))
    return out


def received(d: Draft, refs: list[MentionRef], cl: Clause) -> Draft | None:
    """ "Aus Brüssel erhielt Chișinău Rückendeckung", "Ukraine received military aid from the United States": the
    subject of a verb of receiving is the target and the giver (under "von", "aus", "from") the source; with no
    giver named, there is no event (the subject gave nothing)."""
    giver = min((r for r in refs if r.gov in _GIVERS and cl.start <= r.start < cl.end), key=lambda r: r.start,
                default=None)  # fmt: skip
    if giver is None or cl.subject is None or giver.key == cl.subject.key:
        return None
    d.source, d.targets = giver, [cl.subject]
    return d


#: Measures a speaker announces for their own side: sanctions and aid.
_ANNOUNCED = {"SANCTION", "AID"}

#: What weapons do when they stand for the force that fires them.
_WEAPON_ACTS = {"ASSAULT", "COERCE"}


def _bare_relative(toks: list[Token], verb: int, passive: bool) -> bool:
    """Is the English verb at ``verb`` an active relative clause without a relative pronoun, with a subject and no
    object of its own ("the fishermen | it had detained")? Then the noun it describes is its object."""
    if passive or toks[verb].dep != "relcl" or not 0 <= toks[verb].head < len(toks):
        return False
    deps = {t.dep for t in toks if t.head == verb}
    pronoun = any(t.head == verb and t.pos in ("WDT", "WP", "WP$", "WRB") for t in toks)
    return "nsubj" in deps and not deps & {"dobj", "ccomp", "xcomp"} and not pronoun


def _weapon(m: Mention) -> bool:
    """Is the mention a weapon standing for its force ("Iranische Raketen", "Russian drones")?"""
    head = re.split(r"[\s-]", m.text)[-1].lower()
    return head in lexicon().weapons


def _relative_on(ti: int, speaker: MentionRef, toks: list[Token]) -> bool:
    """Is the English verb at ``ti`` a relative clause on the speaker's words ("Hamas, which blamed …")?"""
    if toks[ti].dep != "relcl" or not any(t.head == ti and t.pos in ("WDT", "WP") for t in toks):
        return False
    h = toks[ti].head
    # "the Hamas-run health ministry": the speaker may modify the antecedent's modifier
    for k in range(speaker.start, speaker.end):
        for _ in range(3):
            if k == h:
                return True
            k = toks[k].head
    return False


def _own_noun(ti: int, toks: list[Token]) -> bool:
    """An English event noun owned by a personal pronoun: "his visit", "her talks"."""
    return any(t.head == ti and t.dep == "poss" and t.text.lower() in ("his", "her") for t in toks)


def _reporter_of(ti: int, refs: list[MentionRef], toks: list[Token]) -> MentionRef | None:
    """The subject of the English reporting verb that governs the trigger at ``ti`` ("…, and Blinken said the
    attack cast doubt on …"), if it is an actor."""
    verbs = lexicon().reporting["en"]
    k = ti
    for _ in range(6):
        h = toks[k].head
        if not 0 <= h < len(toks) or h == k:
            return None
        if toks[h].lemma.lower() in verbs:
            return next((r for r in refs for j in range(r.start, r.end)
                         if toks[j].head == h and toks[j].dep == "nsubj"), None)  # fmt: skip
        k = h
    return None


def _weapon_subject(verb: int, toks: list[Token], dep: str = "nsubj") -> bool:
    """Is the English subject (``dep``) of the verb at ``verb`` a weapon ("missiles", "drones")?"""
    return any(toks[k].head == verb and toks[k].dep == dep and toks[k].lemma.lower() in lexicon().weapons
               for k in range(len(toks)))  # fmt: skip


def _subject_of(r: MentionRef, verb: int, toks: list[Token]) -> bool:
    """Is ``r`` the English subject of the verb at ``verb``?"""
    return any(toks[k].head == verb and toks[k].dep in ("nsubj", "nsubjpass") for k in range(r.start, r.end))


#: Acts done by saying: only someone can do them, never a thing.
_SAYING = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def _speaker_goes_on(
    ti: int,
    speaker: MentionRef,
    toks: list[Token],
    refs: list[MentionRef],
    speech: bool,
) -> bool:
    """The verb at ``ti`` is joined by "and" to a verb whose subject is the speaker."""
    if any(toks[k].head == ti and toks[k].dep == "auxpass" for k in range(len(toks))):
        return False  # "must never be fought": a passive's agent is not the speaker
    h, steps = ti, 0
    while toks[h].dep == "conj" and 0 <= toks[h].head != h and steps < 4:
        h, steps = toks[h].head, steps + 1
    # ("…, and Kremlin spokesman Dmitry Peskov called them illegitimate": a verb with a subject of its own)
    if h == ti or any(toks[k].head == ti and toks[k].dep == "nsubj" for k in range(len(toks))):
        return False
    subjects = [k for k in range(len(toks)) if toks[k].head == h and toks[k].dep == "nsubj"]
    # "a missile was fired … but did not hit any vessel, an official said": the missile missed, not the speaker
    if _weapon_subject(h, toks, "nsubjpass"):
        return False
    # "said the adoption of the law negatively impacts Georgia's progress and urged the authorities …": a thing
    # urges no one; the parser hung the speaker's second verb on what was said
    thing = speech and all(
        toks[k].pos in ("NN", "NNS") and not any(r.start <= k < r.end for r in refs) for k in subjects
    )
    if toks[h].dep == "ccomp" and (not subjects or thing):
        # "said the attack could not be justified and warned Iran": the parser hangs "warned" on the passive
        # that has no agent; the one who warns is still the one who said it
        h = toks[h].head
    return any(toks[k].head == h and toks[k].dep == "nsubj" for k in range(speaker.start, speaker.end))


def _object_adjective(toks: list[Token], start: int, end: int, refs: list[MentionRef]) -> MentionRef | None:
    """A country adjective in a noun phrase that no preposition governs ("den chinesischen Ballon"), or the
    abbreviated first element of an event noun ("die EU-Sanktionen"), as actor; not an adjective inside an actor's
    mention ("der französische Präsident Emmanuel Macron" is Macron)."""
    for k in range(start, end):
        r = prefix_actor(toks, k) if toks[k].pos == "NN" else None
        if r is not None:
            return r  # "kritisierte die EU-Sanktionen": whose act it is
        if toks[k].pos != "ADJA" or any(r.start <= k < r.end for r in refs):
            continue
        j = k - 1
        while j >= start and toks[j].pos in ("ADJA", "ART", "PDAT", "PIAT", "PPOSAT", "ADV", "CARD"):
            j -= 1
        if j >= 0 and toks[j].pos in ("APPR", "APPRART"):
            continue
        r = adjective_actor(toks, k)
        if r is not None:
            return r
    return None


#: Prepositions under which a contact is the occasion of what a group says or does there ("In Tuesday's call, the
#: two leaders discussed …", "Bei dem Treffen am Montag vereinbarten die beiden …").
_OCCASION_PREPS = OCCASIONS | {"in", "im"}
#: Tags of the words between such a preposition and its noun ("In Tuesday's call", "Bei dem Telefonat").
_NOUN_PHRASE_TAGS = {"DT", "ART", "PRP$", "PPOSAT", "JJ", "ADJA", "POS", "NNP", "NN", "CD"}


def _occasion(toks: list[Token], i: int) -> bool:
    """Is the word at ``i`` a meeting under a preposition of occasion ("at the NATO summit", "during the call")?"""
    h = toks[i].head
    return (
        toks[i].dep == "pobj" and 0 <= h < len(toks) and toks[h].text.lower() in _OCCASION_PREPS
        and any(et.type == "CONSULT" for et in lexicon().nouns["en"].get(toks[i].lemma.lower(), []))
    )  # fmt: skip


def _group_in_contact(
    et: EventType, ti: int, toks: list[Token], cl: Clause, refs: list[MentionRef], lang: str
) -> bool:
    """Is the contact noun at ``ti`` the occasion of a clause whose subject is a group ("In Tuesday's call, the
    two leaders discussed …"), or parties joined by "und" whose own contact it is ("Bei ihren ersten Gesprächen
    haben Russland und die Ukraine … gemeldet")? Then they had that contact with each other."""
    if not (et.symmetric and ti > 0 and cl.subject is not None):
        return False
    if not cl.group and not (plural_possessive(toks, ti, lang) and co_sources(cl.subject, refs, toks)):
        return False
    j = ti - 1
    while j > cl.start and toks[j].pos in _NOUN_PHRASE_TAGS:
        j -= 1
    return toks[j].text.lower() in _OCCASION_PREPS


def _words(span: list[Token]) -> set[str]:
    return {t.text.lower() for t in span}


def _own_visit(ti: int, toks: list[Token]) -> bool:
    """ "seinem Besuch", "ihrer Reise", "bei Besuchen in Washington": the visit is the subject's own (a possessive,
    or "bei"/"während" with no other owner named)."""
    k = ti - 1
    while k >= 0 and toks[k].pos in ("ADJA", "ART"):
        k -= 1
    return k >= 0 and (toks[k].pos == "PPOSAT" or toks[k].text.lower() in ("bei", "beim", "während"))


#: Verbs of summoning an envoy, whose passive names the summoner as the place one is summoned to.
_SUMMONING = {"einbestellen", "zitieren"}

#: How far (in tokens) from an event noun its "mit" partner may stand.
_NOUN_REACH = 6


#: German tags of a verb that closes a clause: a participle or an infinitive (with or without "zu").
_CLOSING_VERBS = {"VVPP", "VVINF", "VVIZU"}


def _after_next_verb(ti: int, r: MentionRef, toks: list[Token], cl: Clause) -> bool:
    """Does ``r`` stand after an "und"/"oder" that follows the closing verb at ``ti`` and leads to another closing
    verb of the same clause ("… begrüßt und Berlin aufgefordert")?"""
    if toks[ti].pos not in _CLOSING_VERBS:
        return False
    conj = next((k for k in range(ti + 1, cl.end) if toks[k].pos == "KON"), None)
    return (
        conj is not None
        and conj < r.start
        and any(toks[k].pos in _CLOSING_VERBS for k in range(r.end, cl.end))
    )


def _before_last_verb(ti: int, r: MentionRef, refs: list[MentionRef], toks: list[Token], cl: Clause) -> bool:
    """Does ``r`` (not the clause's subject) stand before a closing verb that an "und"/"oder" joins to the
    closing verb at ``ti`` under a preposition, or when that verb has an object of its own after the "und" ("Scholz
    hat Macron getroffen und Putin angerufen": Macron was met, not called; but "hat Erdoğan informiert und um Hilfe
    gebeten" asked Erdoğan)?"""
    if toks[ti].pos not in _CLOSING_VERBS or r is cl.subject:
        return False
    conj = next((k for k in range(ti - 1, cl.start, -1) if toks[k].pos == "KON"), None)
    return (
        conj is not None
        and any(toks[k].pos in _CLOSING_VERBS for k in range(r.end, conj))
        # (a phrase under a preposition is the first verb's own: "an russische Truppen übergeben und sich
        # zurückgezogen")
        and (r.gov is not None or any(conj < x.start < ti for x in refs))
    )


def _roles_de(
    et: EventType,
    ti: int,
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    noun: bool,
    light: int | None,
) -> tuple[MentionRef | None, list[MentionRef], bool]:
    span = toks[cl.start : cl.end]
    if not noun:
        # "Kuleba hatte die polnische Idee begrüßt und Berlin aufgefordert": what follows "und" belongs to the
        # participle after it, what precedes the first participle to that one
        refs = [r for r in refs if not _after_next_verb(ti, r, toks, cl)
                and not _before_last_verb(ti, r, refs, toks, cl)]  # fmt: skip
    # where the clause begins: a stretch that resumes a clause after one embedded in it began with that clause
    first = cl.resumes.start if cl.resumes is not None else cl.start
    # "Zwei Palästinenser erschossen", "Journalist in Moskau festgenommen": a headline that ends in a participle
    # and has no finite verb is a passive whose auxiliary is left out ("In Hebron erschossen Soldaten eine Frau"
    # and "Die Marine verstärkt ihre Präsenz" are verbs the tagger took for participles)
    words = [k for k in range(cl.start, cl.end) if toks[k].pos not in ("$.", "$,", "$(")]
    passive = toks[ti].pos == "VVPP" and (
        any(t.lemma == "werden" for t in span)
        or (words[-1:] == [ti] and not any(t.pos.endswith("FIN") for t in toks))
        or _auxiliary_before(toks, ti)
    )
    partners = [r for r in refs if r.gov in PARTNER_PREPS["de"] and not _companion(r, toks)]
    if noun and light is None:
        # "beim Telefonat …, darunter die Rettung des Atomabkommens mit dem Iran": a noun's partner stands by it,
        # or by the genitive that names its actor ("das Treffen der deutschen Kanzlerin Angela Merkel mit …")
        owner = next((r for r in refs if r.gov == "gen" and ti < r.start <= ti + 2), None)
        reach_from = owner.end if owner is not None else ti
        partners = [r for r in partners if abs(r.start - ti) <= _NOUN_REACH or 0 <= r.start - reach_from <= 2]
    # not the cities that name an event after its place ("die Verantwortlichen der Anschläge von Brüssel und Paris")
    places: list[MentionRef] = []
    for r in refs:
        joined = bool(places) and {t.text.lower() for t in toks[places[-1].end : r.start]} <= CONJ
        if (r.start >= 2 and _named_after_place(r.start - 2, r, toks)) or (
            joined and r.gov == places[-1].gov
        ):
            places.append(r)
    agents = [
        r for r in refs if r.gov in AGENT_PREPS["de"] and r not in places and not _noun_attribute(r, toks)
    ]
    free = [r for r in refs if r.gov is None]
    source: MentionRef | None = None
    anchored = False
    if noun:
        # who acts in an event noun: an adjective or genitive before it, a genitive after it, "von X"
        source = noun_actor(ti, refs, toks)
        anchored = source is not None or bool(partners)
        if source is None and (
            light is not None
            or partners
            or (et.mode == "visit" and _own_visit(ti, toks))
            or _group_in_contact(et, ti, toks, cl, refs, "de")
        ):
            # "hat mit Scholz ein Telefonat geführt"; "bei seinem Besuch in Kiew sagte Scholz": the subject
            source = cl.subject
            anchored = True
    elif passive and agents:
        source = agents[0]
    elif passive and toks[ti].lemma.lower() in _SUMMONING:
        # "wurde der russische Botschafter ins Auswärtige Amt zitiert": the ministry one is summoned to summons
        source = next((r for r in refs if r.gov == "in+acc"), None)
    elif passive and (et.mode == "withdraw" or et.cameo.startswith("15")):
        # "die russischen Truppen seien aus Lyman abgezogen worden": troops withdrawn or sent move for their own
        # state, and "die eigenen Truppen" for whoever tells it
        source = next((r for r in free if r.start < ti and r.mention.sector == "military"), None)
        if source is None and any(t.lemma == "eigen" for t in toks[first:ti]):
            source = cl.subject
    elif passive:
        source = None  # "sollte einer der Staaten angegriffen werden": a passive without "von" names no agent
    else:
        source = cl.subject
    targets: list[MentionRef] = []
    if et.symmetric:
        targets = [r for r in partners if source is None or r.key != source.key]
        if not targets and not noun and source is not None and not {"sich", "einander"} & _words(span):
            # "Merkel und Macron trafen Putin": the object, not the partner in the subject
            with_source = co_sources(source, refs, toks)
            targets = [r for r in free if r.start >= source.end and r is not source and r not in with_source][
                :1
            ]
        if not targets:
            # "Scholz und Putin trafen sich": a coordinated subject
            targets = [r for r in free if source is not None and r is not source and r.start < ti][:1]
        if not targets and source is not None and source.start >= first:
            # "Vertreter der Ukraine, Russlands und der OSZE hatten sich verständigt": the subject's partners
            targets = co_sources(source, refs, toks)[:1]
    if not targets:
        if passive:
            targets = [r for r in free if r is not source][:1]
        else:
            after = source.end if source is not None and source.start >= first else first
            preps = TARGET_PREPS["de"] | {"dat"} | ({"über", "gen"} if et.type == "ACCUSE" else set())
            if et.type in ("AID", "MOBILIZE", "ASSAULT", "COERCE", "CONSULT"):
                preps = preps | {"in+acc"}  # "schickt Panzer in die Ukraine", "Einmarsch in die Ukraine"
            if et.type == "SUPPORT":
                preps = preps | {"hinter"}  # "stellte sich hinter Tschechien"
            if et.opponent:
                preps = preps | PARTNER_PREPS["de"]  # "lieferten sich Straßenschlachten mit der Polizei"
            if et.type == "REQUEST" and not noun:
                preps = preps | {"von"}  # "verlangten von Russland, … zuzustimmen": whom the demand addresses
            # "Merz, Macron, Starmer und Tusk verlangten von Russland": the subject's partners are no targets
            with_source = (
                co_sources(source, refs, toks)
                if source is not None and source.start >= first and not et.symmetric
                else []
            )
            # "Am Rande des Besuchs von Obama in Kuba haben die USA versucht …": an event noun with an actor of
            # its own is not aimed at the subject of the clause it stands in
            # (nor at anyone named further on in the sentence: "Als Reaktion auf den Taiwan-Besuch von Pelosi hat
            # China Sanktionen gegen … verhängt")
            own = noun and light is None and source is not None and source is not cl.subject
            if own and cl.subject is not None:
                with_source = [*with_source, cl.subject]
            # a genitive in the object names whose act it is ("verlangte den Abzug Russlands"); in a demand, also
            # one that is asked about ("verlangte Klarheit über die Rolle Ankaras")
            outer = {None, "über"} if et.type == "REQUEST" else {None}
            # (the source named again, "Die PKK (Arbeiterpartei Kurdistans)", is not its own target either)
            # ("mit seinen Amtskollegen … in die Ukraine reisen": who travels along is no destination)
            along = _along(refs, toks)
            if source is not None and not noun:
                along = along + [r for r in refs if _of_the_subject(source, r, ti, toks)]
            targets = [r for r in refs if r is not source and (source is None or r.key != source.key)
                       and r not in along and (r.start >= after or r.gov == "dat")
                       and r not in with_source and not (own and r.start - ti > _NOUN_REACH)
                       and (r.gov is None or r.gov in preps or _outer_gov(r, toks) in preps
                            or (r.gov == "gen" and not noun and _outer_gov(r, toks) in outer))]  # fmt: skip
            if not noun:
                # "schossen an der Grenze zu Syrien einen russischen Bomber ab": a verb's bare object before a
                # party inside a prepositional phrase
                targets.sort(key=lambda r: r.gov is not None or _outer_gov(r, toks) is not None)
            if et.type in _AGAINST_ACTS:
                # "reichte bei der Welthandelsorganisation Klage gegen alle drei Staaten ein": "gegen" names whom
                # a hostile act is against, before the forum it is brought to
                targets.sort(key=lambda r: r.gov != "gegen")
            targets = targets[:1]
            if targets and not noun and et.type in _OF_AN_ACT:
                # "verurteilte den russischen Angriff auf die Ukraine": the act's author, not its victim
                targets = _author_of_act(toks, after, targets[0], source, refs)
            if not targets and not noun and source is not None and source.start > ti:
                # "Argentinien besucht der Papst": the object put first, before the verb and its subject
                targets = [r for r in free if r.start < ti and r is not source][:1]
            if not targets and et.type in ("SANCTION", "REJECT", "SUPPORT"):
                # "setzte die Zusammenarbeit mit Washington aus", "bekundete Solidarität mit der Ukraine"
                targets = partners[:1]
            if not targets and not noun:
                # "schoss den chinesischen Ballon ab": the object's country adjective
                r = _object_adjective(toks, max(after, ti + 1 if ti < cl.end else cl.start), cl.end, refs)
                targets = [r] if r is not None and (source is None or r.country != source.country) else []
    return source, _with_coordinated(targets, refs, toks), anchored


#: Hostile acts whose "gegen" names their target before any other party in the clause.
_AGAINST_ACTS = {"ACCUSE", "SANCTION", "THREATEN", "COERCE", "ASSAULT", "PROTEST", "REJECT"}


#: Acts aimed at the author of the act they are about ("verurteilte den russischen Angriff auf die Ukraine").
_OF_AN_ACT = {"ACCUSE"}


def _author_of_act(
    toks: list[Token], after: int, target: MentionRef, source: MentionRef | None, refs: list[MentionRef]
) -> list[MentionRef]:
    """The target of blame whose first candidate is ``target``: the author of an event noun that stands between the
    clause's start (``after``) and a prepositional ``target`` that belongs to it ("den russischen Angriff auf die
    Ukraine", "den Angriff Russlands auf Kiew"), whose act is condemned. Where that noun names no author of its own
    ("verurteilte den Angriff auf die Ukraine"), none: the victim is not whom the blame is aimed at (``answers``
    looks for the author among the acts told before). So is a genitive that names what the act is done to ("den
    Abschuss des russischen Kampfjets", ``patient_genitive`` in events.yaml). Without such a noun, ``target``
    itself."""
    if target.gov in (None, "dat"):
        return [target]
    if target.gov == "gen":
        k = target.start - 1
        while k > after and toks[k].pos in ("ART", "ADJA"):
            k -= 1
        if toks[k].lemma.lower() not in lexicon().patient_genitive or not noun_types(toks, k, "de"):
            return [target]
        nouns = [k]
    else:
        first = next(
            (k for k in range(after, target.start) if toks[k].pos == "NN" and noun_types(toks, k, "de")), None
        )
        nouns = [] if first is None else [first]
    for k in nouns:
        author = noun_actor(k, refs, toks)
        if (
            author is not None
            and author is not target
            and author.mention.country
            not in (None, source.mention.country if source is not None else None, target.mention.country)
        ):
            return [author]
        return []
    return [target]


#: Prepositions that say where something happened ("in Moskau", "im Kreml", "in Moscow").
_AT = {"in", "im", "at", "bei", "beim"}


def _local_authorities(ti: int, toks: list[Token], local: MentionRef) -> MentionRef | None:
    """ "In Moskau wurde ein französischer Forscher festgenommen", "sind in Kuba 50 Dissidenten festgenommen
    worden": an arrest in the passive that names no one who made it was made by the police of the state where it
    happened (``local``: the people of the place named in the clause, as for protesters)."""
    if toks[ti].pos not in ("VVPP", "VBN") or not local.mention.country or local.gov not in _AT:
        return None  # "bei der Ausreise nach Peking festgenommen": not where it happened
    police = state_of_place(
        local, "police", "an arrest made there, by that state's police → {name}", label="ORG"
    )
    return MentionRef(police.mention, police.start, police.end, None)  # the arrester, under no preposition


def _noun_attribute(r: MentionRef, toks: list[Token]) -> bool:
    """ "Während des Besuchs von Papst Franziskus … sind Dissidenten festgenommen worden": "von" after a noun phrase
    ("des Besuchs") belongs to that noun and names no agent of the passive; after a time ("am Mittwoch von
    Präsidentin Tsai empfangen") it does."""
    k = r.start
    return (
        k >= 3 and toks[k - 1].text.lower() in ("von", "vom") and toks[k - 2].pos == "NN"
        and toks[k - 3].pos in ("ART", "ADJA", "PPOSAT")
    )  # fmt: skip


def _of_the_subject(source: MentionRef, r: MentionRef, ti: int, toks: list[Token]) -> bool:
    """ "Die chinesische Vertretung bei der EU warf der Nato vor": a phrase that follows the subject's noun
    before the verb belongs to that noun (the mission is to the EU; the accusation is aimed at NATO)."""
    if not (source.end < r.start < ti and toks[source.end - 1].pos == "NN" and r.gov in _OFFICE_PREPS):
        return False
    between = toks[source.end : r.start]
    return between[0].text.lower() == r.gov and all(
        t.pos in ("APPR", "APPRART", "ART", "ADJA") for t in between
    )


#: The prepositions that place an office or a mission ("Vertretung bei der EU", "Beauftragter für die Ukraine").
_OFFICE_PREPS = {"bei", "beim", "für", "in", "im"}


def _auxiliary_before(toks: list[Token], ti: int) -> bool:
    """ "Unter anderem wird gegen den Chef der HDP, Selahattin Demirtas, ermittelt": a participle at the end of
    the sentence whose "werden" stands before an apposition that split the clause, with no other verb between."""
    if ti + 1 < len(toks) and toks[ti + 1].pos != "$.":
        return False
    for k in range(ti - 1, -1, -1):
        if toks[k].pos == "VAFIN" and toks[k].lemma == "werden":
            return True
        if toks[k].pos.startswith("V"):
            return False
    return False


def between_parties(
    ti: int, refs: list[MentionRef], toks: list[Token], cl: Clause
) -> tuple[MentionRef, list[MentionRef]] | None:
    """The parties of an event noun followed by "zwischen X und Y" / "between X and Y": X, and Y (and more); or
    of the event noun whose happening a verb tells with such a phrase of its own ("Zwischen Armenien und
    Aserbaidschan kam es zu Gefechten", "Fighting broke out between Kyrgyz and Tajik troops")."""
    j = ti + 1
    if j >= len(toks) or toks[j].text.lower() not in ("zwischen", "between"):
        j = next((k for k in range(cl.start, cl.end) if toks[k].text.lower() in ("zwischen", "between")
                  and _on_the_verb(toks, k, cl)), -1)  # fmt: skip
        if j < 0:
            return None
    first = next((r for r in refs if j < r.start <= j + 3), None)
    if first is None:
        return None
    rest = co_sources(first, refs, toks)
    return (first, rest) if rest else None


def _on_the_verb(toks: list[Token], k: int, cl: Clause) -> bool:
    """Does the "zwischen"/"between" at ``k`` belong to the clause's verb rather than to a noun before it? In
    English the parse says so; in German it opens the clause or follows no noun ("kam es zwischen …")."""
    if toks[k].text.lower() == "between":
        h = toks[k].head
        return 0 <= h < len(toks) and toks[h].pos.startswith("VB")
    return k == cl.start or toks[k - 1].pos not in ("NN", "NE", "ART", "APPR", "APPRART", "ADJA", "KON", "$(")


def _outer_gov(r: MentionRef, toks: list[Token]) -> str | None:
    """For a genitive attribute, the preposition of the noun it belongs to: "Sanktionen gegen die Vorsitzende
    des Repräsentantenhauses" puts the House under "gegen"."""
    if r.gov != "gen" or r.start < 1:
        return None
    j = word_before_phrase(toks, r.start - 1)
    return toks[j].text.lower() if j >= 0 and toks[j].pos in PREPOSITION_TAGS else None


def noun_actor(ti: int, refs: list[MentionRef], toks: list[Token]) -> MentionRef | None:
    """The actor of an event noun: "Bidens Vorschlag", "Abzug der russischen Truppen", "Angriff von Rebellen",
    "russischer Truppenaufmarsch"."""
    for r in refs:
        if r.end == ti or (r.end == ti - 1 and toks[ti - 1].pos in ("ADJA", "JJ")):
            if r.gov not in (None, "gen", "dat") and r.start > 0 and toks[r.start - 1].pos in ("ART", "DT"):
                continue  # "gegen die Ukraine neue Sanktionen": the object of a preposition, not a genitive
            if (
                r.start > 0
                and toks[r.start - 1].pos == "ART"
                and all(t.pos in ("NE", "NN") for t in toks[r.start : r.end])
            ):
                # "kündigte der Ukraine neue Waffenlieferungen an", "machte der Ukraine Zugeständnisse": a German
                # name with its article before the noun is its dative object; a genitive before the noun comes
                # without one ("Russlands Zugeständnisse"), and "der russische Truppenaufmarsch" is an adjective
                continue
            if r.end == ti and _named_after_place(ti, r, toks):
                continue  # "since the Paris attacks", "the Helsinki summit": where, not who
            return r
        # "Abzug der russischen Truppen", "ein Großmanöver der USA" (the article outside the name); not after a
        # noun whose genitive is what the act is done to ("den Abschuss des russischen Kampfjets")
        if (
            r.gov == "gen"
            and (r.start == ti + 1 or (r.start == ti + 2 and toks[ti + 1].text in ("der", "des")))
            and toks[ti].lemma.lower() not in lexicon().patient_genitive
        ):
            return r
        if r.start == ti + 2 and toks[ti + 1].text.lower() in ("von", "vom", "of", "by"):
            if _named_after_place(ti, r, toks):
                continue
            return r
        if _by_after_object(ti, r, toks):
            return r
    j = ti - 1
    while j >= 0 and toks[j].pos in ("ADJA", "JJ"):
        r = adjective_actor(toks, j)
        if r is not None:
            return r
        j -= 1
    return prefix_actor(toks, ti)


def _by_after_object(ti: int, r: MentionRef, toks: list[Token]) -> bool:
    """ "die Annexion der Krim durch Russland", "Einschüchterung“ durch Russland", "the annexation of Crimea by
    Russia": "durch"/"by" after the noun (past its object, if any) names who acts."""
    k = r.start - 1
    if k <= ti or toks[k].text.lower() not in ("durch", "by") or k - ti > 5:
        return False
    return all(t.pos in _OBJECT_PHRASE or t.text == "of" for t in toks[ti + 1 : k])


#: Tags of the words of an object phrase between an act's noun and the "durch"/"by" of its author (quotation
#: marks included: "Einschüchterung“ durch Russland").
_OBJECT_PHRASE = {"ART", "ADJA", "NN", "NE", "DT", "JJ", "NNP", "NNPS", "NNS", "$(", "``", "''"}


#: Acts whose noun a German compound's abbreviated first element gives an author ("US-Luftangriff"): the hostile
#: ones and demands; cooperative nouns with such a prefix mostly name a thing ("EU-Hilfspaket", "EU-Abkommen").
_PREFIXED_ACTS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "THREATEN", "REQUEST", "REJECT",
                  "ACCUSE", "PROTEST"}  # fmt: skip


def prefix_actor(toks: list[Token], j: int) -> MentionRef | None:
    """The state or organisation a German compound's abbreviated first element names as the actor of the noun
    ("US-Luftangriff", "EU-Sanktionen", "Nato-Manöver"). A country's full name is as often the topic or the
    target ("Russland-Sanktionen", "Ukraine-Hilfe"), and a membership is of what it names ("EU-Beitritt"), so
    neither counts. Only acts of ``_PREFIXED_ACTS``: "vom UN-Gipfel" is a summit the UN hosts, and "die Blockade
    gegen das EU-Hilfspaket" names a package, not aid given."""
    prefix, _, head = toks[j].text.rpartition("-")
    if not prefix or not head or head.lower() in lexicon().memberships["de"]:
        return None
    if not any(et.type in _PREFIXED_ACTS for et in noun_types(toks, j, "de")):
        return None
    kb = knowledge_base()
    found = kb.prefix_target(prefix, "de")
    if found is None or found.country is None:
        return None
    if not (found.kind == "organisation" or (prefix.isupper() and found.kind == "country")):
        return None
    return state_named(
        toks, j, j + 1, found.country, None, "ORG", "prefix", f"{prefix!r} in {toks[j].text!r} → {{name}}"
    )


#: Events that history names after their place: "die Anschläge von Paris", "das Abkommen von Minsk", "the summit of
#: Helsinki" (the city is where it happened, not who acted).
_PLACE_NAMED = {"ASSAULT", "AGREE", "CONSULT"}


def _named_after_place(ti: int, r: MentionRef, toks: list[Token]) -> bool:
    """Is ``r`` a city that names the event noun at ``ti`` after its place: after it ("Anschläge von Brüssel und
    Paris") or, in English, as a bare name between "the" and the noun ("the Paris attacks"; "Moscow's attacks"
    and "the attacks by Moscow" name who acted)?"""
    if r.mention.method != "metonym":
        return False
    if r.end == ti:
        bare = r.start > 0 and toks[r.start - 1].text.lower() == "the"
        if not bare or any(t.pos != "NNP" for t in toks[r.start : r.end]):
            return False
        lang = "en"
    elif toks[ti + 1].text.lower() in ("von", "of"):
        lang = "en" if toks[ti + 1].text.lower() == "of" else "de"
    else:
        return False
    return any(et.type in _PLACE_NAMED for et in noun_types(toks, ti, lang))


def adjective_actor(toks: list[Token], j: int) -> MentionRef | None:
    """A country adjective as the actor of the noun it modifies: "russischer Truppenaufmarsch", "demolished
    Palestinian homes", "Israeli army bulldozers"."""
    kb = knowledge_base()
    # (a two-word adjective first: "North Korean", "South Korean")
    spans = [(j - 1, j + 1)] if j > 0 else []
    for a, b in [*spans, (j, j + 1)]:
        words = tuple(t.text for t in toks[a:b])
        for lang in ("de", "en"):
            for t in kb.surface[lang].get(words, []):
                if t.kind == "adjective":
                    why = f"adjective {' '.join(words)!r} → {{name}}"
                    return state_named(toks, a, b, t.key, None, "GPE", "adjective", why)
    return None


def state_named(
    toks: list[Token], a: int, b: int, country: str, sector: str | None, label: str, method: str, why: str
) -> MentionRef:
    """The state ``country`` (or its ``sector``) as the actor that tokens ``a`` to ``b`` name, found by ``method``
    for the reason ``why`` (its "{name}" replaced by the actor's name): a country adjective, a compound's first element,
    "his government"."""
    aid, name = knowledge_base().state_actor(country, sector)
    text = " ".join(t.text for t in toks[a:b])
    m = Mention("", 0, toks[a].start, toks[b - 1].end, text, "actor", label, aid, name, country, sector,
                method=method, explanation=why.replace("{name}", name))  # fmt: skip
    return MentionRef(m, a, b, None)


def _companion(r: MentionRef, toks: list[Token]) -> bool:
    """ "gemeinsam mit seinen Kollegen", "together with Macron": someone who acts alongside the subject."""
    j = word_before_phrase(toks, r.start)
    return j > 0 and toks[j - 1].text.lower() in ("gemeinsam", "zusammen", "together", "along")


def companions(refs: list[MentionRef], toks: list[Token], source: MentionRef) -> list[MentionRef]:
    """The actors who act together with the source ("traf gemeinsam mit seinen Kollegen Araghtschi")."""
    return [r for r in refs if r.gov in ("mit", "with") and _companion(r, toks) and r.key != source.key]


def _along(refs: list[MentionRef], toks: list[Token]) -> list[MentionRef]:
    """The companions (see ``companions``) and those the same phrase goes on to list: "zusammen mit Duda und den
    Staatsoberhäuptern Estlands, Lettlands und Litauens in die Ukraine reisen" (none of them is where one goes)."""
    out: list[MentionRef] = []
    for r in refs:
        between = toks[out[-1].end : r.start] if out else []
        # (the list goes on after "und" or a comma: "gemeinsam mit Frankreich der Ukraine Panzer liefern" ends
        # the companions before the dative)
        listed = (
            0 < len(between) <= 6
            and all(t.pos in _LISTING for t in between)
            and any(t.pos in _JOINING for t in between)
        )
        if listed or (r.gov in ("mit", "with") and _companion(r, toks)):
            out.append(r)
    return out


#: Tags that may stand between the parties a companion phrase lists: "und den Staatsoberhäuptern", ", ".
_LISTING = {"KON", "CC", "$,", ",", "ART", "DT", "ADJA", "JJ", "NN", "NNS"}
#: Tags that join the next party to the list.
_JOINING = {"KON", "CC", "$,", ","}


def co_sources(source: MentionRef, refs: list[MentionRef], toks: list[Token]) -> list[MentionRef]:
    """Actors joined to the source by und/and/sowie ("Moskau und Pjöngjang bestreiten das"): they act too, they
    are not its target."""
    out: list[MentionRef] = []
    last = source
    joined = False  # a list ("France, Germany and the USA") counts once an "and" closes it
    for r in refs:
        if r.start >= last.end and r.start - last.end <= 6 and r is not source:
            between = {t.text.lower() for t in _outside_brackets(toks[last.end : r.start])}
            if len(between) > 3:
                break
            if between and between <= CONJ:
                out.append(r)
                last = r
                joined = joined or bool(between & {"und", "and", "sowie"})
                continue
        if r.start >= last.end:
            break
    # "Merz, Macron und weitere europäische Spitzenpolitiker": the list goes on past the names we know
    joined = joined or (
        bool(out) and last.end < len(toks) and toks[last.end].text.lower() in ("und", "and", "sowie")
    )
    return _joined_before(source, refs, toks) + (out if joined else [])


def _joined_before(source: MentionRef, refs: list[MentionRef], toks: list[Token]) -> list[MentionRef]:
    """Parties joined to the source from its left, where the parse chose the last of them as the subject:
    "Russian and Ukrainian delegations met" (the subject is "delegations", "Russian" a coordinated adjective)."""
    out: list[MentionRef] = []
    first = source
    for r in sorted((r for r in refs if r.end <= source.start), key=lambda r: -r.end):
        between = [t.text.lower() for t in toks[r.end : first.start]]
        joins = {"und", "and", "sowie"} if first is source else {"und", "and", "sowie", ","}
        if not set(between) & joins or not set(between) <= CONJ or len(between) > 2:
            break
        out.insert(0, r)
        first = r
    return out


def _outside_brackets(toks: list[Token]) -> list[Token]:
    """The tokens not inside a bracket: "Merkel (CDU), Macron und May" joins the names as if the party were not
    there."""
    out, depth = [], 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


#: Words that count what follows inside a coordination ("und einen Deutschen", "and five Germans").
_COUNTING = {"ART", "CARD", "CD"}


def _with_coordinated(
    targets: list[MentionRef], refs: list[MentionRef], toks: list[Token]
) -> list[MentionRef]:
    """ "mit den USA und der Nato", "zwei Amerikaner und einen Deutschen": the actors joined by und/and/sowie to a
    target are targets too."""
    if not targets:
        return targets
    out = _elided_adjectives(targets[0], refs, toks) + _partner_before(targets[0], refs, toks) + list(targets)
    last = targets[-1]
    pending: list[
        MentionRef
    ] = []  # "Britain, France and Germany": list items count once "and" closes the list
    for r in refs:
        if r.start > last.end and r.start - last.end <= 3:
            between = {t.text.lower() for t in toks[last.end : r.start] if t.pos not in _COUNTING}
            if between and between <= CONJ:
                pending.append(r)
                last = r
                if between & {"und", "and", "sowie"}:
                    out += pending
                    pending = []
    return out


def _partner_before(target: MentionRef, refs: list[MentionRef], toks: list[Token]) -> list[MentionRef]:
    """ "At a summit with Rouhani and Turkish President Tayyip Erdogan": a partner under "with" joined by "and" to
    the target after it is a target too (the parser may hang it on the later name)."""
    k = target.start - 1
    if k < 1 or toks[k].text.lower() not in ("and", "und"):
        return []
    r = next((r for r in refs if r.end == k and r.gov in ("with", "mit") and r is not target), None)
    return [r] if r is not None and r.key != target.key else []


def _elided_adjectives(target: MentionRef, refs: list[MentionRef], toks: list[Token]) -> list[MentionRef]:
    """ "einen Mitarbeiter der deutschen, der polnischen und der schwedischen Vertretung": the country adjectives
    listed before a target's own, whose noun the list leaves out, name targets too (Germany and Poland)."""
    k = target.start + 1 if toks[target.start].pos in ("ART", "DT") else target.start
    if k >= target.end or toks[k].pos not in ("ADJA", "JJ") or adjective_actor(toks, k) is None:
        return []
    out: list[MentionRef] = []
    j = target.start - 1
    while j >= 1 and toks[j].text.lower() in (",", "und", "and", "sowie"):
        a = j - 1
        r = adjective_actor(toks, a) if toks[a].pos in ("ADJA", "JJ") else None
        if (
            r is None
            or r.mention.country == target.mention.country
            or any(x.start <= a < x.end for x in refs)
        ):
            break  # (an adjective that is a mention of its own is no elided target: "Deutsche und schwedische …")
        out.insert(
            0, MentionRef(replace(r.mention, sector=target.mention.sector), r.start, r.end, target.gov)
        )
        j = a - 2 if a >= 1 and toks[a - 1].pos in ("ART", "DT") else a - 1  # the separator before it
    return out


#: Nouns that only count what follows them: "a number of Russian officials", "dozens of Palestinian homes".
#: (spaCy lemmatises "Hundreds" to "hundred", so both forms are listed)
_QUANTITY_NOUNS = {"number", "group", "dozens", "hundreds", "thousands", "some", "several", "many", "few", "part",
                   "members", "most", "all", "list", "dozen", "hundred", "thousand", "million", "millions", "tens",
                   "ten", "scores", "crowd", "crowds"}  # fmt: skip

#: English nouns for a party's forces or organs, whose "of" names the party ("blamed the forces of President
#: Bashar al-Assad", "the government of Venezuela").
_BODY_NOUNS = {"force", "forces", "troops", "army", "government", "regime", "leadership", "soldiers", "militia",
               "fighters", "supporters", "administration", "authorities", "people"}  # fmt: skip


#: English nouns (lemmas) for a party's own government after "his", "its", "their" ("asked his government to
#: resign").
_OWN_GOVERNMENT = {"government", "cabinet", "minister"}
_OWN_POSSESSIVES = {"his", "her", "its", "their"}


#: Types whose verb may name the measure as its object and the party under "on"/"against" ("lifted a blockade on").
_MEASURES = {"CONCEDE", "SANCTION", "COERCE", "RETREAT"}


#: English participles that tie a thing to the state or group before them ("an Israeli-linked ship", "a
#: Russian-flagged tanker"): the thing is that party's.
_BELONGING = {"linked", "flagged", "owned", "operated", "registered", "run", "based", "headquartered"}


#: English participles that name who made a thing ("a U.S.-drafted resolution", "the Egyptian-brokered truce"):
#: an act on that thing (vetoing, rejecting, backing it) is aimed at its author.
_AUTHORED = {"drafted", "sponsored", "proposed", "authored", "brokered", "tabled"}


def _author_prefix(toks: list[Token], c: int) -> MentionRef | None:
    """The state or organisation a one-word compound "U.S.-drafted" names as a thing's author (``_AUTHORED``)."""
    first, _, last = toks[c].text.rpartition("-")
    if not first or last.lower() not in _AUTHORED:
        return None
    t = knowledge_base().prefix_target(first, "en")
    if t is None or not t.country:
        return None
    return state_named(
        toks, c, c + 1, t.country, t.sector, "GPE", "prefix", f"{first!r}, the author → {{name}}"
    )


def _roles_en(
    et: EventType,
    ti: int,
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    noun: bool,
    light: int | None,
) -> tuple[MentionRef | None, list[MentionRef], bool]:
    def ref_at(i: int) -> MentionRef | None:
        return next((r for r in refs if r.start <= i < r.end), None)

    def owner(i: int, depth: int = 0) -> MentionRef | None:
        """The actor a noun phrase names or belongs to: the phrase itself, else its modifier ("Israeli army
        bulldozers", "Palestinian homes", "Niger's ambassador"), else what it is a number or part of ("a
        number of Russian officials")."""
        r = ref_at(i)
        if r is not None:
            return r
        if toks[i].text.lower() in ("each", "both") and i > 0 and ref_at(i - 1) is not None:
            # "Russia and Ukraine each signed …": the parse may make "each" the subject and the names a
            # conjunct of an earlier phrase
            return ref_at(i - 1)
        if toks[i].pos in ("WDT", "WP") and toks[toks[i].head].dep == "relcl" and depth == 0:
            # "the health ministry, which blamed …": the relative pronoun stands for what the clause describes
            return owner(toks[toks[i].head].head, 1)
        for c in children(i, "compound", "amod", "poss", "nmod"):
            r = ref_at(c) or (adjective_actor(toks, c) if toks[c].pos == "JJ" else None)
            if r is None and (toks[c].dep == "compound" or toks[c].text.lower() in _BELONGING):
                # "A US fighter jet": the country modifies the modifier; "the Hamas-run ministry", "an
                # Israeli-linked container ship"
                r = next((ref_at(g) for g in children(c, "compound", "amod", "npadvmod")
                          if ref_at(g) is not None), None)  # fmt: skip
            if r is not None:
                return r
        if depth == 0 and toks[i].pos in ("NN", "NNS"):
            # "European leaders, among them French President Emmanuel Macron, …": the group's named members
            r = next((ref_at(c) for c in children(i, "appos") if ref_at(c) is not None), None)
            if r is not None:
                return r
        if depth == 0 and toks[i].lemma.lower() in _QUANTITY_NOUNS | _BODY_NOUNS:
            for c in pobj(i, {"of"}):
                r = owner(c, 1)
                if r is not None:
                    return r
        return None

    def children(i: int, *deps: str) -> list[int]:
        return [k for k, t in enumerate(toks) if t.head == i and k != i and t.dep in deps]

    def subject_up(i: int, dep: str, object_acts: bool = False) -> MentionRef | None:
        """The actor subject of the verb that the verb at ``i`` hangs on by ``dep``, up to three steps up."""
        for _ in range(3):
            if toks[i].dep != dep or not 0 <= toks[i].head != i:
                return None
            i = toks[i].head
            if object_acts and any(owner(c) is not None for c in children(i, "dobj")):
                return None
            # ("A Houthi missile was fired … but did not hit any vessel": an active verb joined to a passive shares
            # the passive's subject)
            subjects = children(i, "nsubj", "nsubjpass") if dep == "conj" else children(i, "nsubj")
            found = next((r for r in map(owner, subjects) if r is not None), None)
            if found is not None:
                return found
        return None

    def pobj(i: int, preps: set[str]) -> list[int]:
        out = []
        # "spoke with Zelensky and then with European leaders": the parser joins the second "with" to the verb
        second = [k for k in children(i, "conj") if toks[k].pos == "IN"]
        # ("gave the green light to Sweden's bid": the parser calls that "to" a dative)
        dative = [k for k in children(i, "dative") if toks[k].pos == "IN"]
        for p in children(i, "prep", "agent") + dative + second:
            if toks[p].text.lower() in preps:
                out += children(p, "pobj")
        return out

    head = light if light is not None else ti
    source = None
    anchored = False
    if noun:
        for c in children(ti, "poss", "amod", "compound", "nmod"):
            r = ref_at(c)
            if r is not None and r.end == ti and _named_after_place(ti, r, toks):
                continue  # "since the Paris attacks": where it happened, not who did it
            # (a name the knowledge base cannot place is the event's name, not its owner: "launched the
            # Zapad-2025 exercises")
            if r is not None and (r.mention.country or r.mention.actor_id or light is None):
                source = r
        # ("the expulsion of French diplomats by Algeria": an agent under "by" comes before the "of" of the object,
        # which the parse may hang that "by" on)
        agents = pobj(ti, {"by"}) + [b for o in pobj(ti, {"of"}) for b in pobj(o, {"by"})]
        for c in agents + pobj(ti, {"from", "of"}):
            source = source or ref_at(c)
        anchored = source is not None
    # "the activists detained in Minsk", "the soldiers killed in the attack": a participle that describes a noun
    # is a passive without its auxiliary; the noun it describes suffered the act, and the clause's subject
    # (who calls for their release, who mourns them) did not do it
    reduced = not noun and toks[head].dep == "acl" and toks[head].pos == "VBN"
    passive = reduced or bool(children(head, "nsubjpass", "auxpass"))
    if (
        source is None
        and noun
        and light is None
        and et.type == "CONSULT"
        and (
            pobj(ti, {"with"})
            or (et.mode == "visit" and (pobj(ti, {"to"}) or children(ti, "poss")))
            or _group_in_contact(et, ti, toks, cl, refs, "en")
        )
    ):
        # "After talks with Tusk, he warned …", "on his visit to Kyiv, Scholz said": the subject took part
        source, anchored = cl.subject, cl.subject is not None
    if source is None and not noun and toks[head].pos == "VB" and toks[head].dep in ("acl", "xcomp"):
        # "concern over U.S. plans to deploy missiles", "Washington's plan to send warships": whose plan (offer,
        # decision) it is acts, not whoever speaks of it
        aim = toks[head].head
        if toks[aim].pos in ("NN", "NNS"):
            source = next((r for r in map(ref_at, children(aim, "poss", "compound")) if r is not None), None)
            anchored = source is not None
    if source is None:
        for c in pobj(head, {"by"}) if passive else children(head, "nsubj"):
            source = source or owner(c) or relative_teller(toks, c, refs)
        if not passive:
            # "Hamas gunmen killed 1,400 people and abducted 200": a verb joined by "and" shares the subject;
            # "China was considering providing lethal support": the verb a verb completes lends it its subject
            # (not when it has an object of its own, who then acts: "urged Iran to stop")
            source = source or subject_up(head, "conj") or subject_up(head, "xcomp", object_acts=True)
        # "sea-launched Kalibr missiles had destroyed the vessel": a subject that is a thing names no actor, and
        # the clause's subject from elsewhere does not stand in for it
        thing = any(toks[c].pos in ("NN", "NNS") and owner(c) is None for c in children(head, "nsubj"))
        if source is None and (not noun or light is not None) and not passive and not thing:
            source = (
                cl.subject
            )  # "He announced sanctions": the light verb's subject acts (a passive's does not)
        anchored = anchored or (source is not None and light is not None)
    target_idx: list[int] = []
    if et.symmetric:
        target_idx = pobj(ti, {"with"}) + pobj(head, {"with"})
        # "signed a 15-year deal with Qatar": the parse hangs the partner on the object
        target_idx += [i for o in children(head, "dobj") for i in pobj(o, {"with"})]
        if not target_idx:
            # "Merkel and Macron met Putin": the object; "Scholz and Macron met": the subject's partner
            target_idx = children(head, "dobj") or [
                c for s in children(head, "nsubj") for c in children(s, "conj")
            ]
    if not target_idx:
        target_idx = children(head, "nsubjpass") if passive else []
        if reduced and 0 <= toks[head].head < len(toks):
            target_idx = [toks[head].head]
        if _bare_relative(toks, head, passive):
            # "the Taiwanese fishermen it had detained": a relative clause with no pronoun of its own and a
            # subject of its own acts on the noun it describes
            target_idx = [toks[head].head]
        # "stood by Israel", "stands behind its ally": whom one stands by is supported
        # "protesters hurling stones near the US embassy": the embassy's state is whom they protest against
        preps = TARGET_PREPS["en"] | (
            {"by", "behind", "with"} if et.type == "SUPPORT" and not passive else set()
        )
        preps |= {"near", "outside", "at"} if et.type == "PROTEST" else set()
        preps |= PARTNER_PREPS["en"] if et.opponent else set()  # "clashed with police"
        target_idx = target_idx or children(head, "dobj", "dative", "iobj") + pobj(head, preps)
        # "shot down the Chinese balloon" parsed with the object under the particle
        target_idx += [i for p in children(head, "prt") for i in children(p, "pobj", "dobj")]
        if not noun and et.type in _MEASURES:
            # "lifted a blockade on Palestinian lorries": a measure named as the object is aimed at what it is on
            target_idx += [
                i for o in children(head, "dobj") if owner(o) is None for i in pobj(o, {"on", "against"})
            ]
        if noun:
            target_idx += pobj(ti, TARGET_PREPS["en"] | {"on", "against", "with"})
        if noun and et.type == "SUPPORT" and toks[ti].dep == "pobj" and 0 <= toks[ti].head < len(toks):
            # "stood in absolute solidarity with Britain": the parse hangs the partner on the verb
            target_idx += pobj(toks[toks[ti].head].head, {"with", "behind", "by"})
    targets: list[MentionRef] = []
    for i in target_idx:
        if _occasion(toks, i):
            continue  # "At the NATO summit, Biden promised Ukraine more support": the summit is where, not whom
        r = owner(i)
        if r is not None and r is not source and r not in targets:
            targets.append(r)
        if r is not None or toks[i].pos in ("NN", "NNS"):
            # "with Zelensky and Macron"; "with several European leaders and NATO's Mark Rutte": a group that is
            # no actor of its own still heads the actors joined to it
            for c in children(i, "conj"):
                rc = ref_at(c)
                if rc is not None and rc not in targets and rc is not source:
                    targets.append(rc)
    if not targets and et.symmetric and source is not None:
        # "Russian and Ukrainian delegations met": parties coordinated inside the subject's phrase
        targets = co_sources(source, refs, toks)[:1]
    if not targets:
        # "condemned Russia's war", "blamed the conflict on NATO's policy", "rebuffed a European offer",
        # "refused to respond to Washington's overtures": the possessor of the object (or of the object of the
        # verb it completes)
        inner = [] if et.symmetric else children(head, "xcomp")
        objects = children(head, "dobj") + pobj(head, TARGET_PREPS["en"])
        if et.type == "ACCUSE":
            # "described the blast as a terrorist act carried out by Ukraine's special services": what the act
            # is called names its author
            objects += pobj(head, {"as"})
        objects += [i for x in inner for i in children(x, "dobj") + pobj(x, TARGET_PREPS["en"])]
        for o in objects:
            # "accepted a ceasefire proposal put forward by Egyptian and Qatari mediators", "condemned the air
            # strikes by the Syrian regime and Russia": who made it (and those joined to them)
            by = [c for a in children(o, "acl") for c in pobj(a, {"by"})] + pobj(o, {"by"})
            if toks[o].lemma.lower() in lexicon().acts or et.type in _MEASURES:
                # "welcomed the decisions of the EU": whose decision it is (not "the invasion of Ukraine"); "froze
                # the assets of three North Korean entities": a measure hits the owner of what it is taken on
                by += pobj(o, {"of"})
            if toks[o].pos.startswith("NN") and not children(head, "nsubjpass", "auxpass"):
                # (the parse may hang that "by" on the active verb, right after the object)
                by += [c for c in pobj(head, {"by"}) if o < toks[c].head
                       and all(t.pos in ("``", "''") for t in toks[o + 1 : toks[c].head])]  # fmt: skip
            for c in by:
                for x in [c, *children(c, "conj")]:
                    r = owner(x)
                    if r is not None and r is not source and r not in targets:
                        targets.append(r)
            for c in children(o, "poss", "compound", "amod"):
                r = ref_at(c)
                if (r is None or not r.mention.country) and toks[c].dep == "amod":
                    r = adjective_actor(toks, c) or _author_prefix(toks, c)
                if r is None and toks[c].text.lower() in _AUTHORED:
                    # "a French-sponsored resolution" in three tokens: the author modifies the participle
                    r = next((x for g in children(c, "npadvmod", "compound", "amod", "advmod")
                              if (x := ref_at(g) or adjective_actor(toks, g)) is not None), None)  # fmt: skip
                if (
                    r is not None
                    and r is not source
                    and r not in targets
                    and (source is None or r.mention.country != source.mention.country)
                ):
                    targets.append(r)
    if not targets and not et.symmetric:
        # one level down: "promised to continue aid to Mozambique" (the complement's object),
        # "threatened further action against Russia" (the object's preposition)
        inner = children(head, "xcomp")
        # ("refused to cooperate with Pristina", "declined to meet with Zelensky": the partner refused)
        partner = {"with"} if et.type == "REJECT" else set()
        near = [i for x in inner for i in children(x, "dobj", "dative")] + [
            i for x in inner for i in pobj(x, TARGET_PREPS["en"] | partner)
        ]
        objects = children(head, "dobj") + [i for x in inner for i in children(x, "dobj")]
        if partner:
            # "rejected talks with Ukraine", "blocked the opening of accession talks with Ukraine": the partner of
            # what is refused
            objects += [i for o in objects for i in pobj(o, {"of"})]
        # (not the victim of an act that is blamed: "condemned the attack on Ukraine" is aimed at the attacker,
        # whom ``answers`` looks for among the acts told before)
        blamed = et.type in _OF_AN_ACT
        near += [i for o in objects if not (blamed and noun_types(toks, o, "en"))
                 for i in pobj(o, TARGET_PREPS["en"] | {"against", "by"} | partner)]  # fmt: skip
        for i in near:
            r = ref_at(i)
            if r is None and (o := owner(i)) is not None and (source is None or o.country != source.country):
                r = o  # "pledged support for Russia's war": whose war it is (not one's own land)
            if r is not None and r is not source and r not in targets:
                targets.append(r)
    if not targets and not noun and et.type == "AID":
        # "agreed to release a further 500 million euros to help finance arms for Ukraine": whom the purpose
        # clause of the aid names as whom it is for
        for p in children(head, "advcl"):
            r = next((x for j in sorted(subtree(toks, p)) if toks[j].dep == "pobj"
                      and toks[toks[j].head].text.lower() in ("for", "to") and (x := ref_at(j)) is not None), None)  # fmt: skip
            if r is not None and r is not source and (source is None or r.country != source.country):
                targets.append(r)
                break
    if not targets and not noun and et.type in ("REQUEST", "THREATEN", "ACCUSE"):
        # "warned that the consequences for Russia would be devastating", "accused Moscow's troops of …": the
        # actor in the subject of what is said is whom it is said against
        for c in children(head, "ccomp"):
            for subj in children(c, "nsubj", "nsubjpass"):
                inside = subtree(toks, subj)
                r = next((r for r in refs if r.start in inside and r is not source), None)
                if r is not None and (source is None or r.country != source.country):
                    targets.append(r)
                    break
    if not targets and not noun and et.type == "REQUEST":
        # "calling for reforms and the ouster of President Hosni Mubarak", "demanded the release of the
        # journalists": whose exit or act is demanded is whom the demand is on
        asked = pobj(head, {"for"}) + children(head, "dobj")
        asked += [c for i in asked for c in children(i, "conj")]
        for i in asked:
            r = next((ref_at(j) for j in pobj(i, {"of"}) if ref_at(j) is not None), None)
            if r is not None and r is not source and r not in targets:
                targets.append(r)
                break
    if not targets and not noun:
        # the parse missed the object ("called Ukrainian President Volodymyr Zelensky" as a predicate): an actor
        # right after the verb is what it acts on
        r = next((r for r in refs if r.start == head + 1 and r.gov is None), None)
        if r is not None and r is not source:
            targets.append(r)
    if not targets and not noun and et.type == "REQUEST" and source is not None and source.mention.country:
        # "Mubarak said he was asking his government to resign": a demand on the source's own government, whom
        # no one else (the partner of a call just told) stands in for; as a state talking to itself it is then
        # not recorded (``within_one_state``)
        own = next((o for o in children(head, "dobj") if toks[o].lemma.lower() in _OWN_GOVERNMENT
                    and any(toks[c].text.lower() in _OWN_POSSESSIVES for c in children(o, "poss"))), None)  # fmt: skip
        if own is not None:
            why = f"{toks[own].text!r} of the source"
            targets.append(
                state_named(toks, own, own + 1, source.mention.country, "government", "ORG", "own", why)
            )
    if noun and not anchored and targets:
        anchored = True
    # "summoned the ambassadors of Britain, France and Germany": the actors listed with a target
    targets = [t for t in _with_coordinated(targets, refs, toks) if t is not source]
    return source, targets[:3], anchored
