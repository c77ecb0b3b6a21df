"""Event coding: PLOVER/CAMEO events from the sentences of an article and their resolved mentions.

For each clause the coder finds *triggers* (verbs and event nouns from ``data/lexicon/events.yaml``), assigns
*source* and *target* among the clause's actor mentions, and decides the event's *modality* (asserted, reported,
planned, hypothetical, negated), *date*, *place* and *attribution* (whom the article cites). Repeated mentions of
the same event in one article (title, lead, body) become one event with several pieces of evidence.

Roles come from syntax where we have a parser (English: spaCy's dependencies) and from German word order and
prepositions where we do not yet: the first actor not governed by a preposition is the subject ("er" standing
for the last person who was one), a relative clause's subject is its antecedent, "mit X" is the partner of a
meeting or call, "gegen X"/"an X" are targets, "von X" after a passive is the agent, and an adjective
("russischer Truppenaufmarsch") or genitive ("Abzug der russischen Truppen") names who acts in an event noun.

What is only wished, demanded or feared in a zu-infinitive ("forderte Moskau auf, die Truppen abzuziehen") is
not coded as an event of its own: it is the content of the request.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from chronik.actors import knowledge_base
from chronik.coding.clauses import (
    CLOSING_VERB,
    OCCASIONS,
    Clause,
    MentionRef,
    State,
    clauses,
    mention_refs,
    names_a_thing,
    passive_auxiliary,
    pronoun_ref,
    spread_governors,
    state_of_place,
    subject_of,
    subtree,
    usable,
    word_before_phrase,
)
from chronik.coding.discourse import (
    aimless_blame,
    answers,
    calls_back,
    counterparts,
    event_noun_type,
    group_in_clause,
    joined_deployments,
    joins_meeting,
    joint_acts,
    mirrored_measures,
    one_per_clause,
    praised_acts,
    remember_call,
    remember_group,
    remember_recent,
    spread_over_group,
    their_meetings,
)
from chronik.coding.lexicon import EventType, lexicon
from chronik.coding.merge import (
    implied_targets,
    lead_times,
    merge_drafts,
    one_sided,
    opening_sentences,
    within_one_state,
)
from chronik.coding.modality import (
    carried_attribution,
    commitment,
    conditional,
    denies_intent,
    fearful,
    fell_through,
    find_attribution,
    future_in_the_past,
    intent_denied,
    modality_of,
)
from chronik.coding.roles import (
    Draft,
    assign_roles,
    between_parties,
    co_sources,
    companions,
    noun_actor,
    places_as_givers,
    received,
)
from chronik.coding.statements import FUTURE_WORDS, critical_statement, reporting_subject, speech_goes_on
from chronik.coding.targets import (
    applications_to_named,
    assents_to_accession,
    expected_visits,
    fill_targets,
    hosts_by_place,
    membership_of_named,
    new_members,
)
from chronik.coding.triggers import (
    Trigger,
    choose_reading,
    find_triggers,
    german_mood,
    governed_noun,
    noun_preposition,
    object_noun,
    parse_preposition,
    preposition_of,
    speech_before,
    to_infinitive,
)
from chronik.dates import PartialDate, parse_date
from chronik.model import Article, Event, Mention, Sentence, Token
from chronik.places import country_of_place

#: How a noun stands under a verb of agreeing when it names what is agreed to: as its object ("stimmte einem
#: Treffen zu"), under "to"/"on"/"auf" ("agreed to talks", "einigten sich auf ein Treffen") or under the "of" of
#: a round ("agreed to a new round of talks").
_AGREED_TO = {None, "to", "on", "upon", "auf", "of"}

#: Types whose event nouns report an event even under a preposition ("wegen des Truppenaufmarschs", "nach dem
#: Treffen"); nouns of verbal events there are references to what was said ("auf die Forderungen").
_MATERIAL = {"CONSULT", "MOBILIZE", "ASSAULT", "RETREAT", "COERCE", "AID"}


def code(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """The events of one analysed article (the coding stage registered in :data:`chronik.pipeline.CODERS`)."""
    lang = article.language or "de"
    published = parse_date(article.published)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    drafts: list[Draft] = []
    state = State(dateline_country=_dateline_country(article))
    quoted = _quotations(article, sentences, lang)
    for k, s in enumerate(sentences):
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        carried = carried_attribution(nxt, by_sentence.get(nxt.index, []) if nxt else [], lang)
        drafts.extend(_code_sentence(s, by_sentence.get(s.index, []), lang, carried, state))
    drafts = one_per_clause(drafts)
    assents_to_accession(drafts)
    answers(drafts, mentions)
    for d in drafts:
        if not d.targets and "last_speaker" in d.extra:
            d.targets = [d.extra["last_speaker"]]
    praised_acts(drafts)
    # (a measure answered comes before the counterparts: it is nearer than whom one has just spoken to)
    mirrored_measures(drafts)
    joined_deployments(drafts)
    counterparts(drafts)
    drafts = [d for d in drafts if not aimless_blame(d) and (d.targets or not d.extra.get("needs_target"))]
    for d in drafts:
        if d.attribution is None and d.sentence is not None:
            d.attribution = _quoted_speaker(quoted, d.sentence.tokens[d.trigger].start, mentions, article)
    lead = lead_times(sentences, mentions, lang, article.text)
    events = merge_drafts(
        article, drafts, lang, published, state.sightings, lead, opening_sentences(sentences)
    )
    _ahead_is_planned(events, published)
    implied_targets(events, mentions)
    captions = [(g.start, g.end) for g in article.segments if g.kind == "caption"]
    # A photo caption shows a scene of what the article tells; it adds evidence but no event of its own
    # ("Çavuşoğlu (Mitte) mit Lawrow und Kuleba vor Beginn der Gespräche" is not a Turkish–Russian meeting),
    # unless it dates what it tells ("Im Juni trafen sich die beiden Präsidenten in der Schweiz").
    # An event whose source the knowledge base cannot place (no actor, no country: "Lithuanian Railways", "er"
    # with no one to stand for) says who did what without saying who: not a record of an interaction. Nor is an
    # act aimed at someone by its nature that names no one it is aimed at (``one_sided``).
    return [
        e for e in events
        if e.source is not None and (e.source.country or e.source.actor_id) and not one_sided(e)
        and not within_one_state(e) and not _to_itself(e)
        and (e.date_basis == "text" or not all(any(a <= ev.start < b for a, b in captions) for ev in e.evidence))
    ]  # fmt: skip


def _ahead_is_planned(events: list[Event], published: PartialDate | None) -> None:
    """ "Argentinien besucht der Papst erst nächstes Jahr": an event told as a fact whose date lies wholly after the
    publication date has not happened yet; German tells the future in the present tense. It is planned. (Not a
    statement: what was said was said by the time it is reported, so a date ahead is a date misread.)"""
    if published is None:
        return
    for e in events:
        when = (
            parse_date(e.date) if e.date and e.date_basis == "text" and e.event_type not in _STATED else None
        )
        if e.modality == "asserted" and when is not None and when.start() > published.end():
            e.modality = "planned"


def _to_itself(e: Event) -> bool:
    """ "Auch die Kirche verliere ihr Licht, warnte er" (er: the pope) against "dem Papst": an actor aimed at itself
    (the same actor and sector on both sides) records no interaction; the target came from the wrong phrase."""
    s, t = e.source, e.target
    return bool(s and t and s.actor_id and s.actor_id == t.actor_id and s.sector == t.sector)


#: Words that open a condition: "falls Brüssel Sanktionen verhängt", "Sollte Moskau sich verweigern", "if Iran
#: strikes".
_CONDITIONS = {"falls", "wenn", "sofern", "sollte", "sollten", "if", "unless", "should"}


#: Statement types: the event is what was said, so the day it was said on is its day.
_STATED = {"REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"}


def _said_on(out: list[Draft], all_clauses: list[Clause], toks: list[Token], lang: str) -> None:
    """ "Russland verletze den Vertrag, sagte Stoltenberg am Freitag", "Stoltenberg sagte am Freitag, …",
    "hieß es in einer Erklärung vom Freitag": a statement told in a clause of its own was made when the reporting
    clause says. The nearest clause with a reporting verb (``reporting`` in modality.yaml) is kept for the dating
    stage (``merge._event_date``), which uses its time where the statement's own clause has none."""
    verbs = lexicon().reporting[lang]
    said = [c for c in all_clauses if any(toks[i].lemma.lower() in verbs for i in range(c.start, c.end))]
    for d in out:
        if d.etype.type not in _STATED or d.clause is None or d.clause.relative:
            continue
        apart = [c for c in said if not c.start <= d.trigger < c.end]
        if apart:
            c = min(apart, key=lambda c: min(abs(c.start - d.trigger), abs(c.end - d.trigger)))
            d.extra.setdefault("said_in", (c.start, c.end))


def _demanded(out: list[Draft], all_clauses: list[Clause], toks: list[Token]) -> list[Draft]:
    """ "Moskau müsse seine Truppen abziehen, forderte Baerbock": a clause told as a must before the demand that
    follows it is what is demanded, not an act (the order "verlangte, die Mission müsse …" is handled where the
    clauses are read). Where the sentence names no demand ("Südkorea müsse sich entschuldigen und die Planer
    hinrichten lassen", "armenische Einheiten müssten abziehen"), the act is still to be done: planned, never a
    fact. Not hearsay told with "solle" and a perfect ("solle sich mit Biden getroffen haben")."""

    def hearsay(c: Clause) -> bool:  # the clause's last word is the perfect's "haben"/"sein"
        last = next((t for t in reversed(toks[c.start : c.end]) if not t.pos.startswith("$")), None)
        return last is not None and last.lemma.lower() in ("haben", "sein")

    musts = [c for c in all_clauses
             if any(toks[i].text.lower() in _MUST for i in range(c.start, c.end)) and not hearsay(c)]  # fmt: skip
    demands = [d.trigger for d in out if d.etype.type == "REQUEST"]
    kept = []
    for d in out:
        must = next((c for c in musts if c.start <= d.trigger < c.end), None)
        if d.etype.type == "REQUEST" or must is None or "said_at" in d.extra:
            # (a statement made about what must be done was made: "Die USA müssten ihre Kapazitäten an der
            # russischen Aggression ausrichten, sagte Carter" blames Russia)
            kept.append(d)
        elif not any(t >= must.end for t in demands):
            if d.modality == "asserted":
                d.modality = "planned"
            kept.append(d)
    return kept


def _in_condition(toks: list[Token], cl: Clause, trigger: int) -> bool:
    """Is the trigger in the condition of a conditional sentence ("falls Brüssel neue Sanktionen verhängt",
    "Sollte Moskau angreifen", "if Iran struck Americans")? What a sentence sets as a condition is nobody's act,
    not even a feared one: the sentence is about what would follow (a threat, a warning, a promise)."""
    if toks[cl.start].text.lower() in _CONDITIONS:
        return True
    k, seen = trigger, set()
    while 0 <= k < len(toks) and k not in seen:  # English: "if" marks the verb of the condition
        seen.add(k)
        if any(t.head == k and t.dep == "mark" and t.text.lower() in _CONDITIONS for t in toks):
            return True
        if toks[k].dep in ("ROOT", "", "ccomp"):
            return False
        k = toks[k].head
    return False


def _threatened_by_condition(out: list[Draft], all_clauses: list[Clause], toks: list[Token]) -> None:
    """A threat aims at whoever the condition names: "Sollte Moskau sich verweigern, drohten sie mit
    Sanktionen" threatens Moscow."""
    for d in out:
        if d.etype.type != "THREATEN" or d.targets:
            continue
        for cl in _condition_clauses(all_clauses, toks):
            if cl is not d.clause and cl.subject.country != d.source.country:
                d.targets = [cl.subject]
                break


def _condition_clauses(all_clauses: list[Clause], toks: list[Token]) -> list[Clause]:
    """The clauses that open with a word of condition and have a subject: "falls Finnland …", "Sollte Moskau
    …", "Should Israel strike …"."""
    return [c for c in all_clauses if toks[c.start].text.lower() in _CONDITIONS and c.subject is not None]


def _conditions(
    all_clauses: list[Clause], toks: list[Token], refs: list[MentionRef]
) -> list[tuple[set[int], MentionRef]]:
    """The conditions of a conditional sentence, each as the tokens it spans and the party that is its subject:
    a clause that opens with a word of condition (``_condition_clauses``), or an English verb marked
    "if"/"unless" with its subtree ("… if the United States stationed …")."""
    out = [(set(range(c.start, c.end)), c.subject) for c in _condition_clauses(all_clauses, toks)]
    for k in range(len(toks)):
        if not any(t.head == k and t.dep == "mark" and t.text.lower() in _CONDITIONS for t in toks):
            continue
        subject = next((t for t in range(len(toks)) if toks[t].head == k and toks[t].dep == "nsubj"), None)
        party = next((r for r in refs if subject is not None and r.start <= subject < r.end), None)
        if party is not None:
            out.append((subtree(toks, k), party))
    return out


#: Acts of force or pressure that, told as what will follow a condition another party may fulfil, threaten it.
_THREATENING = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


def _threats_on_conditions(
    out: list[Draft], all_clauses: list[Clause], toks: list[Token], refs: list[MentionRef], lang: str
) -> list[Draft]:
    """ "Putin said Russia could deploy intermediate-range missiles if the United States stationed similar weapons
    in Germany", "The EU is ready to impose further sanctions if Moscow does not agree to a ceasefire": force or
    pressure that a party says will follow what another party may do is a threat against that party (the
    analysts' THREATEN), not an act; the act is its content. A threat without a target ("warned of retaliatory
    measures if Finland hosts NATO bases") is aimed at the party of the condition."""
    conditions = [(span, party) for span, party in _conditions(all_clauses, toks, refs)
                  if party.mention.country]  # fmt: skip
    if not conditions:
        return out
    result = []
    for d in out:
        party = next((p for span, p in conditions if d.trigger not in span
                      and p.mention.country != d.source.mention.country), None)  # fmt: skip
        if party is None:
            result.append(d)
            continue
        if d.etype.type == "THREATEN" and not d.targets:
            d.targets = [party]
        elif d.etype.type in _THREATENING and d.modality != "negated" and _by_subject(d):
            et = _THREAT_OF.get(d.etype.type, _THREAT)
            d = replace(d, etype=et, targets=[party], extra=dict(d.extra))
            d.content = toks[d.trigger].lemma.lower()
            if d.modality in ("planned", "hypothetical"):
                d.modality = "asserted"
        result.append(d)
    return result


def _by_subject(d: Draft) -> bool:
    """Is the draft's source the subject of its clause (not the owner of a noun in it: "threatened to veto the
    EU's next sanctions package")?"""
    return d.clause is not None and d.clause.subject is not None and d.clause.subject.key == d.source.key


def _without_conditions(out: list[Draft], toks: list[Token]) -> list[Draft]:
    """What a sentence sets as its condition is no event (:func:`_in_condition`): "Sollte Kiew weitere
    Terroranschläge verüben, werde die Antwort hart ausfallen" threatens Kyiv; the attacks it speaks of are only a
    maybe. Nor is what a threat answers in its own clause."""
    threats = [d for d in out if d.etype.type == "THREATEN"]

    def condition(d: Draft) -> bool:
        # "wenn Russland in die Ukraine einmarschiere, werde es …": "wenn" is also "when", so a condition needs a
        # modality of maybe or a consequence in the future after it
        maybe = d.modality == "hypothetical" or bool(
            {t.text.lower() for t in toks[d.clause.end :]} & FUTURE_WORDS
        )
        if maybe and _in_condition(toks, d.clause, d.trigger):
            return True
        # "Russland werde auf eine Stationierung von Nato-Truppen … antworten": what another party may do, in
        # the threat's own clause, is what the threat answers
        return d.modality in ("planned", "hypothetical") and any(
            t.clause is not None and t.clause.start <= d.trigger < t.clause.end
            and d.source.country != t.source.country and d.etype.type != "THREATEN"
            for t in threats
        )  # fmt: skip

    return [d for d in out if not condition(d)]


#: Prepositions that make an event a point in time for another ("nach dem Angriff", "since the invasion").
_TIME_ANCHORS = {"nach", "seit", "vor", "infolge", "after", "since", "before", "following", "amid"}


#: Prepositions whose gerund names an aim or a topic, not an act: "work on ending", "committed to defending",
#: "talked about sending" (but "responded by attacking" is the act).
_AIM_PREPOSITIONS = {"on", "to", "toward", "towards", "about", "for", "into", "over"}

#: Nouns of hope whose "of" and gerund name an aim, not an act ("hopes of joining the bloc").
_HOPES = {"hope", "chance", "prospect", "goal", "aim", "ambition", "dream"}


#: Pronouns after "mit" that, in reported speech, stand for the speaker ("habe es abgelehnt, mit ihr zu telefonieren").
_PARTNER_PRONOUNS = {"ihr", "ihm"}


def _refused_partner(
    drafts: list[Draft],
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    speaker: MentionRef | None,
    all_clauses: list[Clause],
) -> None:
    """ "Lukaschenko habe es abgelehnt, mit ihr zu telefonieren", "weigerte sich, mit Kiew zu verhandeln": whom a
    refused contact was to be with is whom the refusal is aimed at. A pronoun there stands for the speaker, or for
    whoever told of the refusal in a clause before it ("Merkel sagte, …")."""
    refusal = next(
        (d for d in reversed(drafts) if d.etype.type == "REJECT" and d.clause.end <= cl.start), None
    )
    if refusal is None or refusal.targets:
        return
    partner = next((r for r in refs if r.gov == "mit"), None)
    speaker = speaker or next(
        (c.subject for c in all_clauses if c.end <= refusal.clause.start and c.subject is not None), None
    )
    if partner is None and speaker is not None:
        k = next((i for i in range(cl.start, cl.end - 1) if toks[i].text.lower() == "mit"
                  and toks[i + 1].text.lower() in _PARTNER_PRONOUNS), None)  # fmt: skip
        partner = pronoun_ref(speaker, toks, k + 1) if k is not None else None
    if partner is not None and partner.mention.country != refusal.source.mention.country:
        refusal.targets = [partner]


def _gerund_of_aim(toks: list[Token], i: int) -> bool:
    """Is the gerund at ``i`` an aim or a topic rather than an act: after a preposition of aim ("work on ending
    the war"), or after a preposition that hangs on a noun ("experience in fighting drones", "a role in
    defending Kyiv"), but not one of time ("hours after attacking") nor "of", which tells the act itself ("the
    process of applying for membership", "no intention of attacking NATO"), unless the noun is a hope ("the
    country's hopes of joining the bloc")?"""
    t = toks[i]
    if t.pos != "VBG" or t.dep != "pcomp" or not 0 <= t.head < len(toks):
        return False
    prep = toks[t.head]
    if prep.text.lower() in _AIM_PREPOSITIONS:
        return True
    if not (0 <= prep.head < len(toks) and toks[prep.head].pos.startswith("NN")):
        return False
    if prep.text.lower() == "of":
        return toks[prep.head].lemma.lower() in _HOPES
    return prep.text.lower() not in _TIME_ANCHORS and prep.text.lower() not in ("by", "without", "while")


#: A threat of force (CAMEO 138), for a use of force that one does not rule out.
_THREAT = EventType("THREATEN", None, "138", -7.0, False, ("military",))
#: Countermeasures announced: a threat of sanctions (CAMEO 1312).
_COUNTER_THREAT = EventType("THREATEN", None, "1312", -5.8, False, ("diplomatic",))
#: The threat an act promised on a condition makes: of sanctions, of pressure (CAMEO 130), else of force.
_THREAT_OF = {"SANCTION": _COUNTER_THREAT, "COERCE": EventType("THREATEN", None, "130", -4.4, False, ())}


#: Determiners of measures already in force ("die Sanktionen", "their sanctions").
_STANDING = {"die", "den", "der", "the", "its", "their", "ihre", "ihren", "seine", "seinen", "diese", "these"}
#: Words that make measures new ("neue Sanktionen", "the new sanctions").
_FRESH = {"neu", "weit", "zusätzlich", "verschärft", "new", "further", "additional", "fresh", "tougher",
          "more"}  # fmt: skip


def _standing_measures(toks: list[Token], i: int, cl: Clause, timed: set[int]) -> bool:
    """Are the sanctions at ``i``, named by their noun alone, measures in force that the clause speaks about
    rather than ones it tells are imposed: with a definite article or a possessive, without "neue"/"new", with no
    time expression of their own (``timed``: the sentence's time tokens) just before them or after them in the
    clause ("Die Sanktionen Kanadas, der EU und Großbritanniens machten die Rücklieferung unmöglich", "said
    yesterday that removing the sanctions is out of the question"; not "Die Sanktionen treten am Montag in
    Kraft")?"""
    k = i - 1
    while k >= cl.start and toks[k].pos in ("ADJA", "JJ", "NE", "NNP"):
        if toks[k].lemma.lower() in _FRESH or toks[k].text.lower() in _FRESH:
            return False
        k -= 1
    if k < cl.start or toks[k].text.lower() not in _STANDING:
        return False
    return not any(j in timed for j in range(max(cl.start, i - 3), cl.end))


#: Verbs of refusing whose "to rule out" keeps an option open ("refused to rule out force").
_REFUSING = {"refuse", "decline", "weigern"}


def _refused_to_rule_out(d: Draft, toks: list[Token]) -> bool:
    """Is ``d`` a refusal whose verb governs "rule out"/"auszuschließen" right after it ("refused to rule out",
    "weigerte sich, … auszuschließen")?"""
    if toks[d.trigger].lemma.lower() not in _REFUSING:
        return False
    after = toks[d.trigger + 1 : d.trigger + 1 + _OPTION_REACH + 2]
    return any(t.lemma.lower() in ("rule", "ausschließen") for t in after)


def _not_ruled_out(d: Draft, toks: list[Token]) -> bool:
    """Is ``d`` a refusal to rule out ("ausschließen", "rule out") a use of force?"""
    lemma = toks[d.trigger].lemma.lower()
    if lemma not in ("ausschließen", "rule") and not _refused_to_rule_out(d, toks):
        return False
    lex = lexicon()
    if d.content not in lex.force_options and any(d.content in words for words in lex.criticism.values()):
        return False  # "Eine Sabotage wollte er nicht ausschließen": a suspicion of others, not a threat
    if event_noun_type(d.content) in ("ASSAULT", "COERCE", "SANCTION") or d.content in lex.force_options:
        return True
    # the object's words after the verb, where the option has more than one ("ground troops", "military action")
    after = " ".join(t.text.lower() for t in toks[d.trigger + 1 : d.trigger + 1 + _OPTION_REACH])
    return any(" " in o and f" {o} " in f" {after} " for o in lex.force_options)


#: How many words after "rule out" the use of force it does not rule out is looked for.
_OPTION_REACH = 6


def _assent(toks: list[Token], i: int, et: EventType) -> bool:
    """Is the word at ``i`` a verb of approving (``assent`` in ``events.yaml``), which each party does alone? Not
    with an object of its reading that parties accept together ("Israel und die Hamas stimmten einer Waffenruhe
    zu")."""
    return toks[i].lemma.lower() in lexicon().assent and not et.objects


def _dismissed(toks: list[Token], cl: Clause) -> str | None:
    """The accusation noun of the clause that a word next to it calls baseless or absurd (``dismissive`` in
    ``events.yaml``), as a lemma, or None."""
    lex = lexicon()
    for i in range(cl.start, cl.end):
        if toks[i].lemma.lower() not in lex.accusations and toks[i].text.lower() not in lex.accusations:
            continue
        near = toks[max(cl.start, i - 3) : i] + toks[i + 1 : min(cl.end, i + 4)]
        if any(t.pos in ("ADJA", "ADJD", "JJ") and t.lemma.lower() in lex.dismissive for t in near):
            return toks[i].lemma.lower()
    return None


def _at_request(d: Draft, toks: list[Token], lang: str) -> bool:
    """Is ``d`` a request told as what the clause's act answers ("at Turkey's request", "at the request of Kyiv",
    "auf Antrag der Türkei", "auf Bitten Kiews"), with no addressee of its own?"""
    if d.etype.type != "REQUEST" or d.targets or not toks[d.trigger].pos.startswith("NN"):
        return False
    prep = preposition_of(toks, d.trigger, lang)
    return prep == "at" or _at_request_noun(toks, d.trigger)


def _at_request_noun(toks: list[Token], i: int) -> bool:
    """Is the noun at ``i`` the request of "at the request of", or of "auf Antrag", "auf Bitten", "auf Wunsch" (the
    German phrase takes no article, unlike "reagierte auf die Forderung")?"""
    before = toks[i - 1].text.lower() if i > 0 else ""
    return before == "auf" or (before == "the" and i > 1 and toks[i - 2].text.lower() == "at")


def _closes_main_clause(toks: list[Token], cl: Clause) -> bool:
    """Is the clause a stretch without a finite verb or an infinitive with "zu" that ends in the verb or particle
    closing a German main clause ("…, als falsch zurückgewiesen.", "…, die Entsendung bekannt.")?"""
    words = [t for t in toks[cl.start : cl.end] if not t.pos.startswith("$")]
    if not words or cl.infinitive:
        return False
    if words[0].pos.startswith(("KOU", "PREL", "PW")) and words[0].text.lower() not in ("als", "wie"):
        return False  # (but "als falsch zurückgewiesen" compares)
    if any(t.pos.endswith("FIN") or t.pos in ("PTKZU", "VVIZU") for t in words):
        return False
    return words[-1].pos in CLOSING_VERB


def _since_clause(toks: list[Token], cl: Clause) -> bool:
    """ "seit Russland die Ukraine überfallen hat", "since Russia launched its invasion": a clause that tells what
    the present goes back to."""
    first = toks[cl.start]
    return first.text.lower() in ("seit", "seitdem", "since") and first.pos in ("KOUS", "IN")


def _dated(i: int, timed: set[int]) -> bool:
    """Does the noun phrase around token ``i`` carry its own date ("the April 1 strike", "dem Angriff vom 7.
    Oktober")? ``timed`` holds the tokens of the sentence's time expressions."""
    return any(j in timed for j in range(i - 4, i + 5))


def _visit_abroad(d: Draft, place_refs: list[MentionRef], drafts: list[Draft]) -> bool:
    """A visit that names only a foreign place, and no meeting of the same visitor there in the sentence ("einem
    Besuch von Scholz in Moskau, bei dem ein Treffen mit Putin ansteht" is one contact, the meeting)."""
    if d.etype.mode != "visit":
        return False
    abroad = {
        r.mention.country for r in place_refs
        if r.mention.country and r.mention.country != d.source.country and d.clause.start <= r.start < d.clause.end
    }  # fmt: skip
    met = {
        t.country
        for e in drafts
        if e.etype.type == "CONSULT" and e.source.key == d.source.key
        for t in e.targets
    }
    return bool(abroad - met)


#: German verbs that gather a crowd for a protest or say one took place ("versammelten sich zu einer Kundgebung",
#: "kam es zu Protesten"); a call to protest ("rief zu Protesten auf") is not one.
_GATHERING = {"kommen", "versammeln", "zusammenkommen", "strömen", "ziehen"}


#: Words of claiming an act as one's own: "claimed responsibility for the attack", "bekannte sich zu dem Anschlag".
_CLAIMING = {"responsibility", "credit", "bekennen", "bekannte", "bekannten"}


def _claim_of_responsibility(toks: list[Token], cl: Clause) -> bool:
    """Does the clause claim (or not claim) an act as its subject's own?"""
    return any(t.text.lower() in _CLAIMING or t.lemma.lower() in _CLAIMING for t in toks[cl.start : cl.end])


def _reporting_verb_in(toks: list[Token], cl: Clause, lang: str = "de") -> bool:
    """Does the clause hold a reporting verb ("versicherte", "sagte", "erklärte", "said")?"""
    verbs = lexicon().reporting[lang]
    return any(t.lemma.lower() in verbs for t in toks[cl.start : cl.end] if t.pos.startswith("V"))


def _told_by_root(toks: list[Token], trigger: int) -> bool:
    """Does the English sentence's root report what the trigger tells ("Washington would impose further sanctions
    on Moscow, he added": speech whose speaker is only a pronoun)?"""
    root = next((k for k, t in enumerate(toks) if t.dep == "ROOT"), trigger)
    return root != trigger and toks[root].lemma.lower() in lexicon().reporting["en"]


_BARE_PRONOUNS = {"er", "sie", "es", "ich", "wir", "man", "he", "she", "it", "they", "i", "we"}


def _quotations(article: Article, sentences: list[Sentence], lang: str) -> list[Any]:
    """The article's quotations (who says what), for attributing events told inside them."""
    from chronik.attribution import quotes

    try:
        return [q for q in quotes(article.text, language=lang, sentences=sentences) if q.speaker is not None]
    except Exception:  # attribution is a bonus: a failure here must not cost the article its events
        return []


def _quoted_speaker(quoted: list[Any], at: int, mentions: list[Mention], article: Article) -> Mention | None:
    """The speaker of the quotation that contains offset ``at``, as the actor mention over the speaker's words
    (or, for a speaker the knowledge base does not know, the words themselves)."""
    for q in quoted:
        if q.quote.start <= at < q.quote.end:
            sp = q.speaker
            over = [m for m in mentions if m.kind == "actor" and m.start < sp.end and sp.start < m.end]
            if over:
                return over[0]
            if sp.text.lower() in _BARE_PRONOUNS:
                return None  # "sagte er": a pronoun alone names nobody
            return Mention(article.article_id, -1, sp.start, sp.end, sp.text, "actor", "", method="quotation",
                           explanation="speaker of a quotation, not in the knowledge base")  # fmt: skip
    return None


#: A crowd's demand or denunciation: a demonstration (the lexicon's "protestieren", "protest").
_DEMONSTRATION = EventType("PROTEST", "demo", "141", -6.5)


def _crowd_demands(drafts: list[Draft], lang: str) -> list[Draft]:
    """ "Tausende Demonstranten forderten Paschinjans Rücktritt", "protesters calling for the ouster of Mubarak",
    "Demonstrators in Istanbul denounced the arrest": a crowd in the street demands and denounces by protesting,
    so what it demands or denounces is a PROTEST (CAMEO 141, a demonstration), not a REQUEST or ACCUSE that a
    government or an official makes. A crowd is a group the knowledge base says acts where it stands (``local``
    civilians in ``roles.yaml``: protesters, residents, activists). Where the
    sentence tells the protest itself ("Demonstrators protest in Cairo, calling for …"), the demand is what that
    protest is about: one event, aimed at whom the demand names if the protest names no one."""
    kb = knowledge_base()
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if d.etype.type not in ("REQUEST", "ACCUSE") or d.source.mention.sector != "civil_society":
            continue
        words = d.source.mention.text.split()  # "Protesters in Seoul"
        if not any(t.kind == "institution" and t.local for w in words for t in kb.targets((w,), lang)):
            continue
        told = next((p for p in out if p.etype.type == "PROTEST" and p.sentence is d.sentence
                     and p.source.key == d.source.key), None)  # fmt: skip
        if told is not None:
            told.targets = told.targets or d.targets
            out.pop()
            continue
        d.etype = _DEMONSTRATION
    return out


def _own_teller(all_clauses: list[Clause], toks: list[Token], lang: str) -> MentionRef | None:
    """ "Biden nannte den Haftbefehl gerechtfertigt; Putin habe Kriegsverbrechen begangen": indirect speech that
    follows a person's own main clause in the sentence is that person's, not the last speaker's."""
    for cl in all_clauses:
        if cl.relative or cl.subordinate or cl.infinitive:
            continue
        if speech_goes_on(toks[cl.start : cl.end], lang):
            return None  # the speech comes first: it goes on with whoever spoke before
        if cl.subject is not None and cl.subject.mention.label == "PER":
            return cl.subject
    return None


def _said_clause(cl: Clause, toks: list[Token]) -> bool:
    """Is the clause what someone is told saying ("sagte, er habe am Freitag telefoniert", "said he had spoken to
    Erdoğan on Friday"): a German finite verb of indirect speech (``indirect_speech`` in modality.yaml) or an
    English complement clause of a verb outside it?"""
    span = toks[cl.start : cl.end]
    return speech_goes_on(span, "de") or any(
        t.dep == "ccomp" and not cl.start <= t.head < cl.end for t in span
    )


def _dates_main_verb(m: Mention, toks: list[Token]) -> bool:
    """Does the time ``m`` date the main verb of a parsed (English) sentence, not a clause under it ("said he had
    spoken to Erdoğan on Friday")? German clauses are split before this, so without a parse it does."""
    k = next((i for i, t in enumerate(toks) if t.start == m.start), None)
    for _ in range(len(toks)):
        if k is None or not toks[k].dep:
            return True
        if toks[k].pos.startswith("VB"):
            return toks[k].dep in ("ROOT", "conj")
        if toks[k].head == k:
            return True
        k = toks[k].head
    return True


def _sighting(
    cl: Clause, toks: list[Token], times: list[Mention], in_clause: list[MentionRef], state: State, index: int
) -> None:
    """Note the day a main clause with persons as its subject tells ("Pompeo hatte am Freitag angekündigt, …",
    "Am Samstag waren Merz, Macron, Starmer und Tusk nach Kiew gereist"), for what those persons go on to say
    without a day of its own; or, where it tells none, that they are still being told about. Not the day of a
    subordinate or infinitive clause: "sagte, er habe am Freitag telefoniert" tells when the call was, and
    "verlangten, von Montag an zuzustimmen" a day ahead."""
    subject = cl.subject
    if cl.relative or subject is None or subject.mention.label != "PER":
        return
    a, b = toks[cl.start].start, toks[cl.end - 1].end
    days = [
        m.value
        for m in times
        if a <= m.start < b and m.value and len(m.value) == 10 and _dates_main_verb(m, toks)
    ]
    if cl.subordinate or cl.infinitive or _said_clause(cl, toks):
        days = []
    if len(days) <= 1:
        # no day: the persons are still on the occasion told before ("Zugleich forderte er …")
        for r in [subject, *cl.group, *co_sources(subject, in_clause, toks)]:
            if r.mention.label == "PER":
                state.sightings.append((index, r.key, days[0] if days else None))


def _speaks_for_itself(speaker: MentionRef | None, group: MentionRef) -> bool:
    """Is the group word "they"/"sie" the sentence's own speaker, an organisation or a bloc named before it in the
    sentence ("NATO allies said they stood in solidarity"), not the group the article named together before?"""
    return (
        speaker is not None
        and speaker.mention.label != "PER"
        and speaker.end <= group.start
        and group.mention.text.lower() in ("they", "sie")
    )


def _code_sentence(
    s: Sentence, mentions: list[Mention], lang: str, carried: Mention | None, state: State
) -> list[Draft]:
    toks = s.tokens
    actors = mention_refs(s, mentions, ("actor",))
    attribution, speaker = find_attribution(s, actors, lang)
    attribution = attribution or carried
    candidates = [r for r in actors if r is not speaker and r.mention.sector != "media" and usable(r.mention)
                  and not names_a_thing(r, toks)]  # fmt: skip
    place_refs = mention_refs(s, mentions, ("place",))
    candidates = sorted(candidates + _destinations(place_refs, lang) + _claimants(place_refs, toks),
                        key=lambda r: r.start)  # fmt: skip
    spread_governors(candidates, toks)  # "nach Polen, Rumänien und Deutschland": a place first, then states
    places = [m for m in mentions if m.kind == "place"]
    times = [m for m in mentions if m.kind == "time" and m.value]
    timed = {i for i, t in enumerate(toks) if any(m.start <= t.start < m.end for m in times)}
    triggers = find_triggers(toks, lang)
    lex = lexicon()
    unnamed = (lex.modality[lang].get("reported") or {}).get("unnamed_phrases") or []
    sentence_reported = (
        any(p in s.text for p in lex.sentence_reported[lang])
        or (attribution is not None and attribution.sector == "media")
        or (attribution is None and any(p in s.text for p in unnamed))
    )
    out: list[Draft] = []
    prev: Clause | None = None
    planning_before = False
    before_sentence = state.last_person
    # the subject of the sentence before: a person there is whom German indirect speech after it quotes
    # ("Draghi nutzte den Auftritt für einen Seitenhieb. Die Gründe seien Lügen")
    subject_before = (
        state.last_subject if state.last_subject and state.last_subject.mention.label == "PER" else None
    )
    outer: Clause | None = None  # the last clause that is not a relative clause
    main: Clause | None = None  # the last clause that is neither relative nor subordinate
    all_clauses = clauses(toks, lang)
    givers = places_as_givers(place_refs, lang)
    for cl in all_clauses:
        in_clause = [r for r in candidates if cl.start <= r.start and r.end <= cl.end]
        resumed: Clause | None = None  # the clause a verbless stretch after a relative clause goes on with
        if lang == "de" and prev is not None and outer is not None and outer.subject \
                and (prev.relative or (prev.infinitive and not cl.infinitive and not cl.subordinate)) \
                and ((toks[cl.start].pos in ("VVFIN", "VAFIN", "VMFIN") and not outer.subordinate)
                     or not any(t.pos.endswith("FIN") for t in toks[cl.start : cl.end])):  # fmt: skip
            # "Die Außenminister der G7, in der Deutschland den Vorsitz hat, hatten China aufgefordert", "gab
            # Paschinjan, der den Vorsitz der OVKS innehat, die Entsendung einer Friedenstruppe bekannt": the
            # sentence resumes after the relative clause, with the subject it began with (so after an infinitive
            # hung on a noun: "nannte die Entscheidung Schwedens, der NATO beizutreten, „historisch“"; but a finite
            # verb after a fronted "weil" clause opens the main clause: "Weil Warschau sich weigert, in Rubel zu
            # zahlen, hat Gazprom die Lieferungen eingestellt")
            cl.subject = outer.subject
            if not toks[cl.start].pos.endswith("FIN"):
                resumed = outer
        elif lang == "de" and prev is not None and prev.subordinate and main is not None and main.subject \
                and main is not prev and _closes_main_clause(toks, cl):  # fmt: skip
            # "Das Weiße Haus hatte am Donnerstag Behauptungen aus Russland, wonach die USA hinter dem Aufstand
            # steckten, als falsch zurückgewiesen": the main clause closes after the clause embedded in it
            cl.subject = main.subject
            resumed = main
        elif cl.coordinated and prev is not None and prev.subordinate and main is not None and main.subject:
            # "Sacharowa dementierte, dass Moskau … geplant habe, und warf dem Westen … vor": the verb after
            # "und" goes on with the main clause, not with the "dass" clause between them
            cl.subject = main.subject
        else:
            cl.subject = subject_of(in_clause, toks, cl, lang, actors, state, prev, speaker)
        if resumed is not None:
            # one clause in two stretches: what the first named (the object, the time) belongs to the second
            cl.resumes = resumed
            in_clause = sorted(
                [r for r in candidates if resumed.start <= r.start and r.end <= resumed.end] + in_clause,
                key=lambda r: r.start,
            )
        group, as_subject = group_in_clause(toks, cl, lang, in_clause, state, s.index)
        if group and _speaks_for_itself(speaker, group[0]):
            group = []  # "NATO allies said in a statement they stood in solidarity": "they" are the speaker
        if group:
            # taken up again, the group stays in reach: "Die beiden Präsidenten hatten … gesprochen. … Nach
            # Macrons Rückkehr wollen die beiden erneut telefonieren"
            state.group_sentence = s.index
        if group and as_subject:
            # "Merz, Macron, Starmer und Tusk verlangten … Sollte Moskau sich verweigern, drohten sie …"
            cl.subject, cl.group = group[0], group[1:]
            in_clause = sorted([*in_clause, cl.subject], key=lambda r: r.start)
        elif group:
            # "Merkel und Hollande waren nach Kiew gereist, am Freitag empfing Putin die beiden": the object
            in_clause = sorted([*in_clause, group[0]], key=lambda r: r.start)
        _sighting(cl, toks, times, in_clause, state, s.index)
        if not cl.relative:
            outer = cl if not cl.infinitive else outer
            if not cl.subordinate:
                main = cl
        trigs = [t for t in triggers if cl.start <= t.index < cl.end]
        if resumed is not None:
            # … and with its verb, where that verb coded nothing there ("empfing Macron, der …, den Präsidenten")
            coded = {d.trigger for d in out if d.clause is resumed and d.targets}
            # (and its event noun, where a light verb here closes the clause and has none of its own: "Der Kreml
            # hat die Vorwürfe, die am Montag erhoben wurden, zurückgewiesen")
            kinds = ("verb", "light", "noun") if any(t.kind == "light" for t in trigs) and not any(
                t.kind == "noun" for t in trigs) else ("verb", "light")  # fmt: skip
            trigs = [t for t in triggers if resumed.start <= t.index < resumed.end and t.kind in kinds
                     and t.index not in coded] + trigs  # fmt: skip
            taken = {t.index for t in trigs}
            out = [d for d in out if not (d.clause is resumed and not d.targets and d.trigger in taken)]
        if lang == "de" and prev is not None and toks[cl.start].text.lower() == "dass" and any(
            et.type in _SPEECH_ACTS - {"ACCUSE"} for t in triggers if prev.start <= t.index < prev.end
            for et in t.types
        ):  # fmt: skip
            # "Moskau besteht darauf, dass der Westen Kiew drängen müsse": what is demanded, threatened or denied
            prev = cl
            continue
        if (
            lang == "de"
            and prev is not None
            and {t.text.lower() for t in toks[cl.start : cl.end]} & _MUST
            and any(
                et.type == "REQUEST" for t in triggers if prev.start <= t.index < prev.end for et in t.types
            )
        ):
            # "Der Ukrainer verlangte, die Mission müsse den Weg … ebnen": what is demanded, told as a must
            prev = cl
            continue
        if lang == "de" and toks[cl.start].text.lower() == "damit" and toks[cl.start].pos == "KOUS":
            # "forderte die Führung auf, auf Russland einzuwirken, damit es den Krieg beendet": an aim, not an act
            prev = cl
            continue
        if cl.infinitive and not planning_before:
            # "forderte Moskau auf, die Truppen abzuziehen": the content of a request, not an event
            _refused_partner(out, in_clause, toks, cl, speaker, all_clauses)
            prev = cl
            continue
        feared = prev is not None and fearful(toks, prev, lang) and toks[cl.start].pos == "KOUS"
        crowd = _crowd(place_refs, cl, toks) or _crowd_at_dateline(
            trigs, toks, s, state, mentions[0].article_id if mentions else ""
        )
        clause_drafts = _clause_events(trigs, in_clause, toks, cl, lang, speaker, crowd, timed, givers)
        clause_drafts += their_meetings(trigs, toks, cl, lang, state, s.index, clause_drafts)
        clause_drafts += hosts_by_place(trigs, in_clause, place_refs, toks, cl, clause_drafts)
        clause_drafts += joint_acts(in_clause, toks, cl, lang, clause_drafts)
        clause_drafts += calls_back(toks, cl, lang, state, s.index, clause_drafts)
        clause_drafts += joins_meeting(trigs, toks, cl, lang, state, s.index, clause_drafts)
        clause_drafts += expected_visits(in_clause, place_refs, toks, cl, lang, clause_drafts)
        clause_drafts += new_members(in_clause, toks, cl, lang, clause_drafts)
        if group and not as_subject:
            for d in clause_drafts:
                if group[0] in d.targets:
                    d.targets = [*d.targets, *group[1:]]
        for d in clause_drafts:
            if (
                d.etype.type == "SUPPORT" and d.targets
                and all(t.mention.method == "demonym" and t.country == d.source.country for t in d.targets)
            ):  # fmt: skip
                continue  # "Scholz begrüßte die freigelassenen Deutschen": a greeting at home, not backing
            if _at_request(d, toks, lang) and cl.subject is not None and cl.subject.key != d.source.key:
                # "At Turkey's request, NATO ambassadors held consultations", "Auf Antrag der Türkei berieten die
                # Nato-Botschafter": the request went to whoever acted on it
                d.targets = [cl.subject]
            if _open_question(toks, cl, d.trigger, lang):
                continue  # "ließ offen, ob Putin die Einladung annehmen wird": nobody claims anything
            dismissed = _dismissed(toks, cl) if d.etype.type == "ACCUSE" else None
            if dismissed is not None:
                # "Moskau spricht von absurden Vorwürfen": a rejection of the accusation (whose maker it answers)
                d = _denial(d)
                d.content = dismissed
            if (
                d.etype.type == "ASSAULT"
                and _since_clause(toks, cl)
                and not timed & set(range(cl.start, cl.end))
            ):
                continue  # "their first talks since Russia launched its invasion": the war the news is told from
            d.sentence = s
            d.modality = "hypothetical" if feared else modality_of(toks, cl, lang, d)
            if d.extra.get("done") and d.modality == "planned":
                # "a day after his trip to Kyiv, Biden said he will …": the trip is done
                d.modality = "asserted"

            if cl.infinitive:
                # "erwägt, ein Bataillon nach Lettland zu entsenden": only weighed; "plant, … zu entsenden": planned
                weighed = prev is not None and fearful(toks, prev, lang)
                if d.modality in ("asserted", "planned"):
                    d.modality = "hypothetical" if weighed else "planned"
                if prev is not None and denies_intent(toks, prev, lang):
                    d.modality = "negated"  # "plane nicht, die Ukraine anzugreifen", "keinerlei Absicht, …"
            reported_speech = (
                attribution is not None
                or (lang == "de" and prev is not None and _reporting_verb_in(toks, prev))
                or (lang == "en" and _told_by_root(toks, d.trigger))
            )
            if d.extra.get("announced") and d.modality in ("planned", "hypothetical") and conditional(toks):
                continue  # "Sollten die Separatisten …, werde dies Sanktionen nach sich ziehen, erklärte Kirby"
            if d.modality == "hypothetical" and reported_speech and future_in_the_past(toks, cl):
                d.modality = (
                    "planned"  # "Russia said it would expel ten diplomats": reported future, not a maybe
                )
            if d.modality == "hypothetical" and d.extra.get("noun_only"):
                continue  # "dank der die russische Invasion abgewehrt werden kann": not an event told
            if (
                d.extra.get("noun_only")
                and d.etype.cameo == "163"  # (sanctions and embargoes; an expulsion is an act)
                and _standing_measures(toks, d.trigger, cl, timed)
            ):
                continue  # "Die Sanktionen Kanadas machten die Rücklieferung unmöglich": measures in force
            if sentence_reported and d.modality in ("asserted", "planned"):
                d.modality = "reported"
            if (
                d.etype.type == "SANCTION"
                and toks[d.trigger].text.lower() in lexicon().retaliation[lang]  # (lower-cased)
                and (
                    d.modality in ("planned", "hypothetical") or {t.text.lower() for t in toks} & FUTURE_WORDS
                )
            ):
                # "Moskau kündigt Gegenmaßnahmen an", "werde entsprechende Gegenmaßnahmen ergreifen": measures
                # announced in answer to what another did are a threat until they are taken
                d = replace(d, etype=_COUNTER_THREAT, modality="asserted", extra=dict(d.extra))
            if (
                d.modality == "negated"
                and d.etype.type in _CLAIMABLE
                and intent_denied(toks, d.trigger, lang)
            ):
                # "Poland had no plans to send troops", "Russland habe keinerlei Absicht, die Ukraine
                # anzugreifen": a denial of the use of force imputed or asked for, which answers whoever did so
                # (see ``answers``), not the party the force would have reached ("has no plans to withdraw"
                # stays a withdrawal that will not happen)
                d = _denial(d)
            if d.modality == "negated" and d.etype.type in _FORCE and _claim_of_responsibility(toks, cl):
                continue  # "Israel has not claimed responsibility for the strike": no claim is no denial
            if (
                d.modality == "negated"
                and d.etype.type in _FORCE | {"THREATEN"}
                and _reporting_verb_in(toks, Clause(0, len(toks)), lang)
                and (attribution is None or attribution.country in (None, d.source.country))
            ):
                d = _denial(d)  # "Russische Streitkräfte hätten keine Ziele angegriffen, erklärte Moskau"
            if (
                d.modality == "negated"
                and d.etype.type in _REFUSABLE
                and not fell_through(toks, d.trigger, lang)
            ):
                # "Berlin will die Pläne nicht unterstützen", "did not agree": a refusal (REJECT) of the same party
                d = _denial(d, keep_targets=True)
            refused = d.modality == "asserted" and _refused_to_rule_out(d, toks)
            if (d.modality == "negated" or refused) and d.etype.type == "REJECT" and _not_ruled_out(d, toks):
                # "schloss einen präventiven Atomangriff nicht aus", "did not rule out a strike", "refused to rule
                # out military force": a threat
                d = replace(d, etype=_THREAT, modality="asserted", extra=dict(d.extra))
                # the attack is the source's own ("Atomangriff Pjöngjangs"): its owner is no target
                d.targets = [t for t in d.targets if t.country != d.source.country]
            if d.modality == "negated" and d.etype.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
                # "did not seek escalation", "warf niemandem etwas vor": nothing was said to anyone; "schloss eine
                # Zusammenarbeit nicht aus": nothing was refused
                continue
            if d.etype.type == "PROTEST" and _official(d.source.mention):
                if d.etype.mode == "riot":
                    continue  # officials throw no stones: the rioters are someone the text does not name
                # "China protested", "the ministry expressed its protest": a state's protest is a disapproval
                d = replace(d, etype=EventType("ACCUSE", "disapprove", "111", -2.0, False, ("diplomatic",)))
            d.attribution = attribution
            d.places = places
            d.times = times
            out.append(d)
        remember_group(in_clause, toks, state, s.index, [d for d in out if d.clause is cl])
        remember_recent([r for r in in_clause if r not in group], state, s.index)
        planning_before = any(toks[i].lemma.lower() in lex.announcing for i in range(cl.start, cl.end))
        if cl.subject is not None and cl.subject.mention.label == "PER":
            state.last_person = cl.subject
        prev = cl
    out += _promises(out, toks, lang)
    state.last_subject = next((c.subject for c in all_clauses if not c.relative), None)
    if speaker is not None:
        # "Biden replied, …": for a later "the two leaders", a speaker has been named like anyone else
        remember_recent([speaker], state, s.index)
    if state.last_person is before_sentence and speaker is not None and speaker.mention.label == "PER":
        state.last_person = (
            speaker  # "Trump said Iran was standing down. He announced sanctions": the speaker
        )
    if state.last_person is before_sentence:
        # "Der bekannteste Häftling ist Wadim Krasikow. Das Gericht verurteilte ihn, weil er …": a person named
        # since whom the knowledge base does not know is whom "er" stands for, not the last person coded before
        unknown = [r for r in actors if r.mention.label == "PER" and not r.known and r.gov is None]
        state.last_person = unknown[-1] if unknown else state.last_person
    reporting = reporting_subject(all_clauses, toks, lang)
    teller = speaker or (reporting[0] if reporting else None)
    if teller is not None:
        out = [_allegation(d, teller) if _alleged(d, toks, teller, lang) else d for d in out]
        _agreed_with_teller(out, teller, toks)
    _answer_last_speaker(out, state.last_speaker)
    # "Gruschko kündigte an, Russland werde … antworten": a sentence with a speaker of its own does not go on
    # with the last one's words, whatever its subjunctive says
    carried_speaker = (
        _own_teller(all_clauses, toks, lang) or state.last_speaker or subject_before
        if speaker is None and reporting is None and speech_goes_on(toks, lang)
        else None
    )
    said = critical_statement(out, toks, lang, speaker or carried_speaker, reporting, candidates, all_clauses)
    # (whose words a medium or an unknown source passes on is who goes on speaking: "According to Chinese state
    # media, Xi told Biden that … Washington should stop arming the island")
    cited = (
        speaker
        if speaker is not None and speaker.mention.country and speaker.mention.sector != "media"
        else None
    )
    state.last_speaker = cited or carried_speaker or (reporting[0] if reporting else None) or speaker
    if state.last_speaker is not None and state.last_speaker.mention.label == "PER":
        # "…, sagte Putin": the speaker is still on the occasion told before
        state.sightings.append((s.index, state.last_speaker.key, None))
    remember_call(out, state, s.index)
    if said is not None:
        said.sentence = s
        said.modality = "reported" if sentence_reported else "asserted"
        said.attribution = attribution
        said.places, said.times = places, times
        if said.etype.type == "REQUEST" and said.clause is not None and said.targets:
            # "Russland müsse seine Truppen abziehen, sagte Scholz": what the party must do is the demand's
            # content, not an act of its own, whoever the parser took for its subject ("told Mubarak he must
            # deliver on his promises": "he" is the one told)
            cl, party = said.clause, said.targets[0].key
            out = [d for d in out if not (cl.start <= d.trigger < cl.end
                                          and (d.source.key == party or d.trigger > said.trigger))]  # fmt: skip
        if "answers_act" in said.extra:
            # "the expulsions would not go unanswered": the expulsions were others', not the speaker's
            out = [d for d in out if d.trigger != said.extra["answers_act"][0]]
        out.append(said)
    _threatened_by_condition(out, all_clauses, toks)
    out = _demanded(out, all_clauses, toks)
    _said_on(out, all_clauses, toks, lang)
    out = _without_conditions(out, toks)
    if lang == "de":
        _targets_from_what_follows(out, all_clauses)
        _targets_from_what_precedes(out, all_clauses, toks)
    _partners_of_what_is_agreed(out, all_clauses, actors)
    _pronoun_targets(out, actors, toks, lang, before_sentence)
    out = _crowd_demands(out, lang)
    applications_to_named(out, toks, state.organisations, lang)
    _recognised_lands(out, place_refs)
    out = _annexing_treaties(out, actors, place_refs, toks, lang)
    fill_targets(out, actors, place_refs, toks, lang)
    _targets_of_parallel_acts(out)
    membership_of_named(out, toks, state.recent, lang)
    out = _warnings_of_own_force(out, toks, actors)
    out = _threats_on_conditions(out, all_clauses, toks, candidates, lang)
    out += _by_phone(out, all_clauses, candidates, s, lang, times)
    for d in out:
        if any(t.known for t in d.targets):
            # "shipped Leopard 2A4 tanks to Ukraine", "will send Mirage 2000 jets to Ukraine": beside a party the
            # knowledge base knows, a name it does not know is a thing (a weapon's name), not a second target
            d.targets = [t for t in d.targets if t.known]
    out = _accusations_told_on(out)
    # a meeting needs someone to meet; a visit may name only where it went ("bei Besuchen in Washington"), and the
    # host state is then the place's (see merge)
    return [d for d in out if d.targets or d.etype.type != "CONSULT" or _visit_abroad(d, place_refs, out)]


def _accusations_told_on(drafts: list[Draft]) -> list[Draft]:
    """ "Das Außenministerium warf Stockholm vor, sich … einzureihen, und sprach von einem „Fehler“": blame that
    names no one, told after an accusation by the same source in the same sentence, says more of that accusation."""
    return [d for d in drafts if d.targets or d.etype.type != "ACCUSE" or not any(
        x.etype.type == "ACCUSE" and x.targets and x.source.key == d.source.key and x.trigger < d.trigger
        for x in drafts)]  # fmt: skip


#: Measures and attacks whose target a parallel act of the same kind in the sentence names.
_PARALLEL = {"SANCTION", "ASSAULT"}


def _targets_of_parallel_acts(drafts: list[Draft]) -> None:
    """ "The G7 promised further sanctions on Russia, while Washington imposed sanctions on more than 250
    individuals": a sanction or attack without a target, told beside one of the same kind by another source,
    is aimed at the same party."""
    for d in drafts:
        if d.targets or d.etype.type not in _PARALLEL:
            continue
        beside = next((x for x in drafts if x is not d and x.etype.type == d.etype.type and x.targets
                       and x.source.country != d.source.country
                       and all(t.country not in (None, d.source.country) for t in x.targets)), None)  # fmt: skip
        if beside is not None:
            d.targets = list(beside.targets)


_OBJECT_PRONOUNS = {"de": {"ihn", "ihm"}, "en": {"him"}}


def _pronoun_targets(
    drafts: list[Draft], actors: list[MentionRef], toks: list[Token], lang: str, last: MentionRef | None
) -> None:
    """ "telefonierte mit dem Kanzler und dankte ihm", "called Putin and urged him", "he was received by Duda": an
    object pronoun (or the subject of a passive) stands for the last person named before it who is not the source.
    It also outranks a genitive that only says whose the object is: "sicherte ihm die Solidarität Deutschlands zu"
    promises Zelensky, not Germany, support."""
    for d in drafts:
        owners = bool(d.targets) and all(t.gov == "gen" for t in d.targets)
        if any(t.known for t in d.targets) and not owners:
            continue  # (a name nobody knows is no target: "promised more Leopard tanks")
        at = next((i for i in range(d.clause.start, d.clause.end) if toks[i].text.lower() in _OBJECT_PRONOUNS[lang]
                   or _feminine_object(toks[i])
                   or (toks[i].dep == "nsubjpass" and toks[i].text.lower() in ("he", "she"))),
                  None)  # fmt: skip
        if at is None or (owners and at > min(t.start for t in d.targets)):
            continue
        people = [r for r in actors if r.end <= at and r.mention.label == "PER" and r.key != d.source.key]
        antecedent = (
            people[-1] if people else (last if last is not None and last.key != d.source.key else None)
        )
        if antecedent is not None:
            d.targets = [pronoun_ref(antecedent, toks, at)]


def _feminine_object(t: Token) -> bool:
    """ "sicherte ihr die Unterstützung zu", "assured her of support": "ihr"/"her" as an object, not as a
    possessive ("ihr Land", "her country")."""
    word = t.text.lower()
    return (word == "ihr" and t.pos == "PPER") or (word == "her" and t.dep in ("dobj", "dative", "iobj"))


_WARN = {"warnen", "warn", "drohen", "threaten"}
_FORCE = {"ASSAULT", "COERCE", "SANCTION"}


#: A phone call (CAMEO 041), as the lexicon's "telefonieren" / "phone" codes it.
_PHONE_CALL = EventType("CONSULT", "phone", "041", 1.0, True, ("diplomatic",))


def _by_phone(
    drafts: list[Draft],
    all_clauses: list[Clause],
    refs: list[MentionRef],
    s: Sentence,
    lang: str,
    times: list[Mention],
) -> list[Draft]:
    """ "Blinken hatte Alijew telefonisch aufgefordert …", "telling Wang Yi by phone that …": what was said on
    the phone is also a phone call between the two (CONSULT, mode phone), told by a manner word (``by_phone`` in
    ``events.yaml``) rather than by a verb or noun of calling."""
    words = lexicon().by_phone[lang]
    out: list[Draft] = []
    phrases = [w.split() for w in words]
    for cl in all_clauses:
        lowered = [t.text.lower() for t in s.tokens[cl.start : cl.end]]
        # the call is told where its manner word stands: that is what a time expression beside it dates
        at = next((cl.start + i for i in range(len(lowered)) if any(lowered[i : i + len(p)] == p for p in phrases)),
                  None)  # fmt: skip
        if at is None:
            continue
        mine = [d for d in drafts if d.clause is cl]
        if any(d.etype.type == "CONSULT" for d in mine):
            continue  # the call is told already ("in einem Telefonat mit …")
        pairs = [(d.source, t) for d in mine for t in d.targets]
        if not pairs and cl.subject is not None:
            # "telling Wang Yi by phone": no event verb, but the subject spoke to the person it names
            other = next((r for r in refs if cl.start <= r.start < cl.end and r is not cl.subject
                          and r.gov is None and r.country != cl.subject.country), None)  # fmt: skip
            pairs = [(cl.subject, other)] if other is not None else []
        for source, target in pairs[:1]:
            d = Draft(_PHONE_CALL, source, [target], at, cl)
            d.sentence, d.attribution = s, (mine[0].attribution if mine else None)
            d.modality = mine[0].modality if mine else "asserted"
            # with no event told in the clause, the call is dated by the sentence's own times ("he had told Putin
            # in a phone call on Friday to step aside")
            d.places, d.times = (mine[0].places, mine[0].times) if mine else ([], times)
            out.append(d)
    return out


def _warnings_of_own_force(drafts: list[Draft], toks: list[Token], actors: list[MentionRef]) -> list[Draft]:
    """ "Trump warned that the United States would strike Iranian sites if …", "Lukaschenko warnte, Minsk werde
    den Transit stoppen": a warning that one's own side will use force is a threat against the one it would hit,
    and the force it names is its content, not an event. So is a warning of what one's own side would do or hold
    against another party ("warned that Moscow would consider the deployment of troops from NATO countries …
    unacceptable")."""
    out = list(drafts)
    for w in drafts:
        if w.etype.type not in ("ACCUSE", "THREATEN") or toks[w.trigger].lemma.lower() not in _WARN:
            continue
        acts = [
            a for a in drafts
            if a.etype.type in _FORCE and a.trigger > w.trigger and a.modality in ("hypothetical", "planned")
            and a.source.country == w.source.country
        ]  # fmt: skip
        if not acts:
            other = _own_side_ahead(toks, w, actors) if w.etype.type == "ACCUSE" and not w.targets else None
            if other is not None or (w.etype.type == "ACCUSE" and (
                _names_consequences(toks, w)
                or (w.targets and (_what_will_be(toks, w) or _warned_off(toks, w)))
            )):  # fmt: skip
                # "warned Israel of a far more severe response", "warnte Moskau vor ernsten Konsequenzen", "warned
                # that Moscow would consider … unacceptable"
                w.etype = EventType("THREATEN", None, "130", -4.4, False, w.etype.context)
                if other is not None:
                    w.targets = [other]
            continue
        w.etype = EventType("THREATEN", None, "138" if acts[0].etype.type == "ASSAULT" else "130", -7.0, False,
                            acts[0].etype.context)  # fmt: skip
        w.targets = w.targets or acts[0].targets
        out = [d for d in out if d not in acts]
    return out


def _own_side_ahead(toks: list[Token], w: Draft, actors: list[MentionRef]) -> MentionRef | None:
    """The other party a warning speaks of when what it says is what the warner's own side will or would do: a
    subject of the warner's state after the verb, with "would"/"will"/"werde" right after it, and a party of
    another state further on. None otherwise."""
    mine = w.source.country
    if w.source.start > w.trigger:
        return None  # the warner is named before the warning, not in what it says
    own = next((r for r in actors if r.start > w.trigger and r.gov in (None, "that") and r.country == mine
                and r.end < len(toks) and toks[r.end].text.lower() in _AHEAD), None)  # fmt: skip
    if own is None:
        return None
    return next((r for r in actors if r.start > own.end and r.country not in (None, mine) and r.known), None)


#: What a warning threatens when it names it: the consequences, a response, retaliation.
_CONSEQUENCES = {"konsequenz", "konsequenzen", "folge", "folgen", "vergeltung", "antwort", "reaktion", "gegenschlag",
                 "vergeltungsmaßnahme", "gegenmaßnahme", "consequence", "consequences", "response", "retaliation",
                 "retaliatory", "reprisal", "reprisals", "countermeasure", "countermeasures", "price"}  # fmt: skip


#: Words that put what a warning says ahead of the one warned: "would", "will", "werde", "würde".
_AHEAD = {"would", "will", "'ll", "werde", "werden", "würde", "würden", "wird"}


def _what_will_be(toks: list[Token], w: Draft) -> bool:
    """Does a warning told to someone say what will or would happen ("warned Kyiv that any attack on Crimea
    would trigger Judgement Day", "warned Hamas there would be hell to pay")? Told to a party, that is a
    threat; not advice ("warned Netanyahu that a ground offensive would be a mistake")."""
    after = {t.text.lower() for t in toks[w.trigger + 1 :]}
    # told to the party: the one warned stands right after the verb, before any quote or clause ("warnte: …
    # Beschwichtigung wird Putin nicht stoppen" speaks of Putin, to no one)
    told = any(
        w.trigger < t.start <= w.trigger + 3 and not any(x.pos.startswith("$") or x.pos in (",", ":", "``")
                                                         for x in toks[w.trigger + 1 : t.start])
        for t in w.targets
    )  # fmt: skip
    return told and bool(after & _AHEAD) and not after & _ADVICE


def _warned_off(toks: list[Token], w: Draft) -> bool:
    """Does a warning tell the one warned not to do something, in an infinitive ("warned Kyiv not to torpedo the
    progress", "warnte die USA davor, mit dem Feuer zu spielen")? That deters: a threat, as the analysts code it,
    not blame. (A warning against a deed named by a gerund, "warned Beijing against propping up Moscow's war
    effort", is coded either way in the development data, and stays blame.)"""
    if toks[w.trigger].pos.startswith("VB"):  # English
        return to_infinitive(toks, w.trigger)
    davor = next((k for k in range(w.trigger + 1, len(toks)) if toks[k].text.lower() == "davor"), None)
    return davor is not None and any(t.pos in ("VVIZU", "PTKZU") for t in toks[davor + 1 :])


#: Words that make a warning about what would happen advice rather than a threat.
_ADVICE = {"mistake", "error", "wrong", "counterproductive", "fehler", "irrtum", "falsch", "kontraproduktiv"}


def _names_consequences(toks: list[Token], w: Draft) -> bool:
    """Does the warning speak of consequences: in its own words after the verb, or in the statement it introduces
    or closes ("warnte Kiew, jeder Angriff werde eine Antwort nach sich ziehen", "Ein Angriff würde eine
    verheerende Antwort nach sich ziehen, warnte Rutte")?"""
    return any(t.lemma.lower() in _CONSEQUENCES or t.text.lower() in _CONSEQUENCES for t in toks)


def _targets_from_what_follows(drafts: list[Draft], all_clauses: list[Clause]) -> None:
    """ "Stoltenberg warnte, Russland sei auf Waffen autoritärer Regime angewiesen": a warning, accusation,
    threat or demand without an object is aimed at the subject of the clause it introduces."""
    for d in drafts:
        if d.targets or d.etype.type not in _SPEECH_ACTS - {"REJECT"}:
            continue
        nxt = next((c for c in all_clauses if c.start == d.clause.end), None)
        if nxt is not None and not nxt.relative and nxt.subject is not None and nxt.subject.start >= nxt.start \
                and nxt.subject.key != d.source.key and nxt.subject.country != d.source.country \
                and not _told_as_fact(d.sentence.tokens if d.sentence else [], nxt):  # fmt: skip
            d.targets = [nxt.subject]


def _targets_from_what_precedes(drafts: list[Draft], all_clauses: list[Clause], toks: list[Token]) -> None:
    """ "Die EU müsse jetzt handeln, forderte der polnische Regierungschef mit Blick auf die Lage an der Grenze zu
    Belarus": a demand, threat or accusation told after the reported speech it makes is aimed at that speech's
    subject, not at a party a preposition names."""
    for d in drafts:
        if d.etype.type not in _SPEECH_ACTS - {"REJECT"} or d.trigger != d.clause.start:
            continue
        if any(t.gov is None or t.gov == "dat" for t in d.targets) or not speech_before(toks, d.trigger):
            continue
        before = next((c for c in all_clauses if c.end == d.clause.start), None)
        if (
            before is not None
            and not before.relative
            and before.subject is not None
            and before.subject.start >= before.start
            and before.subject.country not in (None, d.source.country)
        ):
            d.targets = [before.subject]


#: Quotation marks that open quoted words.
_QUOTES = {"„", "“", '"', "»", "«", "‚"}


def _told_as_fact(toks: list[Token], cl: Clause) -> bool:
    """Does the German clause put its finite verb in the indicative singular ("Schweden muss weiter warten", "Kiew
    gibt sich unbeeindruckt", "Moskau reagierte")? Then it is a main clause of its own, not the content of the
    speech act before it, which reported speech puts in the subjunctive ("Russland sei", "verletze", "werde");
    plural forms ("haben", "müssen") tell nothing and count as content. Quoted words keep the indicative, so a
    clause after a colon or a quotation mark ("warnte: „Beschwichtigung wird Putin nicht aufhalten“") is content
    whatever its mood."""
    if cl.start == 0 or toks[cl.start - 1].text != "," or toks[cl.start].text in _QUOTES:
        return False
    verb = next((t for t in toks[cl.start : cl.end] if t.pos in ("VVFIN", "VAFIN", "VMFIN")), None)
    return verb is not None and german_mood(verb.text) == "indicative"


def _partners_of_what_is_agreed(
    drafts: list[Draft], all_clauses: list[Clause], actors: list[MentionRef]
) -> None:
    """ "Teheran stimmte einer Gesprächsrunde mit Washington zu", "Tehran has agreed to talks with Washington",
    "Ankara hat zugestimmt, das Programm mit der EU fortzusetzen", "sagte zu, die mit Pristina getroffenen
    Vereinbarungen umzusetzen": an assent or promise without a target is given to the partner ("mit", "with") of
    what it agrees to, in its own clause or in the infinitive clause after it."""
    for d in drafts:
        if d.targets or d.etype.type != "AGREE":
            continue
        nxt = next(
            (c for c in all_clauses if c.start in (d.clause.end, d.clause.end + 1) and c.infinitive), None
        )
        spans = [d.clause] if nxt is None else [d.clause, nxt]
        partner = next((r for r in actors if any(c.start <= r.start < c.end for c in spans)
                        and r.gov in ("mit", "with") and r.known and r.country != d.source.country), None)  # fmt: skip
        if partner is not None:
            d.targets = [partner]


def _recognised_lands(drafts: list[Draft], place_refs: list[MentionRef]) -> None:
    """ "Putin hatte die Unabhängigkeit der Volksrepubliken Donezk und Luhansk anerkannt": recognising a land of
    another state (CAMEO 054) with no actor named is aimed at the state the land belongs to."""
    for d in drafts:
        if d.targets or d.etype.cameo != _RECOGNITION:
            continue
        land = next((r for r in place_refs if d.clause.start <= r.start < d.clause.end
                     and r.mention.country not in (None, d.source.country)), None)  # fmt: skip
        if land is not None:
            d.targets = [state_of_place(land, None, "whose land is recognised: the state {name}")]


#: CAMEO's granting of diplomatic recognition.
_RECOGNITION = "054"

#: Signing a treaty (CAMEO 057) and taking land by force (192), as the lexicon codes "unterzeichnen", "annektieren".
_SIGNING = "057"
_ANNEXATION = EventType("COERCE", "seize", "192", -9.2, False, ("military",))


def _annexing_treaties(
    drafts: list[Draft], actors: list[MentionRef], place_refs: list[MentionRef], toks: list[Token], lang: str
) -> list[Draft]:
    """ "Putin hatte die Verträge über die Aufnahme der Gebiete Donezk, Luhansk … in die Russische Föderation
    unterzeichnet", "Putin signed a treaty making Crimea part of Russia": a treaty signed that brings a region of
    another state into the signer's own (named in the clause beside a word of incorporation, ``incorporation`` in
    events.yaml) is no agreement with anyone but the annexation of that state's land (COERCE, CAMEO 192)."""
    words = lexicon().incorporation[lang]  # (lower-cased by the loader)
    out = []
    for d in drafts:
        cl = d.clause
        if d.etype.cameo != _SIGNING or not any(
            toks[k].lemma.lower() in words or toks[k].text.lower() in words for k in range(cl.start, cl.end)
        ):
            out.append(d)
            continue
        land = next((r for r in place_refs if cl.start <= r.start < cl.end
                     and r.mention.country not in (None, d.source.country)), None)  # fmt: skip
        own = land is not None and any(cl.start <= r.start < cl.end and r is not d.source
                                       and r.start > d.source.start and r.mention.country == d.source.country
                                       and r.mention.label != "PER" for r in actors)  # fmt: skip
        if not own:
            out.append(d)
            continue
        d = replace(d, etype=_ANNEXATION, extra=dict(d.extra))
        d.targets = [state_of_place(land, None, "whose land is annexed: the state {name}")]
        out.append(d)
    return out


def _promises(drafts: list[Draft], toks: list[Token], lang: str) -> list[Draft]:
    """One promise per act promised: "will provide food aid to Liberia" is told by a verb and a noun; the promise
    takes the target of whichever telling found one."""
    out: dict[tuple[str, str, int], Draft] = {}
    agreed = {(d.source.key, d.clause.start): d for d in drafts if d.etype.type == "AGREE"}
    for d in drafts:
        p = _promise(d, toks, d.clause, lang)
        if p is None:
            continue
        told = agreed.get((p.source.key, d.clause.start))
        if told is not None:
            # "promised to continue aid to Mozambique", "offered to negotiate with Armenia": the promise is told
            # by its own verb, which may learn its target from the act promised
            told.targets = told.targets or p.targets
            continue
        if d.etype.type == "CONSULT" and d.modality != "planned":
            # "held a video call with Zelensky and promised sanctions": a call held is promised to no one (it
            # only names whom an agreement told by its own verb is with: "bei Gesprächen mit den USA zugestimmt")
            continue
        key = (p.source.key, p.etype.cameo, d.clause.start)
        if key not in out or (p.targets and not out[key].targets):
            out[key] = p
    return list(out.values())


def _promise(d: Draft, toks: list[Token], cl: Clause, lang: str) -> Draft | None:
    """The promise or offer of a planned cooperative act, as an AGREE event of its own (PLOVER and CAMEO code the
    commitment, "Finland will give Tanzania a grant", as AGREE; the act itself stays a planned event)."""
    if d.modality in ("negated", "hypothetical"):
        return None
    found = commitment(toks, cl, lang, d.etype.type, d.trigger)
    if found is None or toks[d.trigger].lemma.lower() in lexicon().announcing:
        return None  # "sagte 14 Kampfpanzer zu", "kündigte Panzer an": the pledge is the aid event itself
    cameo, intensity = found
    p = replace(d, etype=EventType("AGREE", None, cameo, intensity, False, d.etype.context),
                modality="reported" if d.modality == "reported" else "asserted", extra=dict(d.extra))  # fmt: skip
    p.content = d.etype.type.lower()
    return p


#: Sectors that speak for a state or an organisation: their protests are diplomatic, not demonstrations.
_OFFICIAL = {"government", "military", "igo", "legislature"}


def _agreed_with_teller(drafts: list[Draft], teller: MentionRef, toks: list[Token]) -> None:
    """ "Biden said Israel had agreed to let relief supplies enter Gaza", "Trump sagte, Putin habe einer Waffenruhe
    zugestimmt": an assent told by a party of another state, with no one named it was given to, was given to
    that party, who asked for it (not to a medium that reports it). Only where the one who assents is the
    subject of its clause, for a source taken from elsewhere in the sentence is too often the wrong one; and not
    a promise one is told one must keep ("told Mubarak he must deliver on his promises")."""
    told_by = teller.mention.country
    if told_by is None or teller.mention.sector == "media":
        return
    duty = lexicon().duty["de"] | lexicon().duty["en"]

    def assenter(d: Draft) -> bool:  # the subject of the verb (by the English parse) or of the clause
        if toks[d.trigger].pos.startswith("VB"):
            return any(
                toks[k].dep == "nsubj" and toks[k].head == d.trigger
                for k in range(d.source.start, d.source.end)
            )
        return _by_subject(d)

    for d in drafts:
        if (
            d.etype.type == "AGREE"
            and not d.targets
            and d.source.mention.country not in (None, told_by)
            and d.clause is not None
            and assenter(d)
            and not any(t.text.lower() in duty for t in toks[d.clause.start : d.clause.end])
        ):
            d.targets = [teller]


def _official(m: Mention) -> bool:
    """A state, an organisation or one of their officials (not protesters, the opposition or rebels)."""
    return m.sector in _OFFICIAL or (m.sector is None and m.method in ("country", "metonym", "organisation"))


#: Cooperative acts whose negation is a refusal: CAMEO's "reject" covers refusing support and agreement, and not
#: giving in ("werde keine Gebiete abtreten", "will dennoch nicht einlenken").
_REFUSABLE = {"SUPPORT", "AGREE", "CONCEDE"}


def _denial(d: Draft, keep_targets: bool = False) -> Draft:
    """A use of force that its own side says it did not commit is that side's denial (PLOVER REJECT, CAMEO
    "deny responsibility"), not a negated attack: "Russia denies any attack plans" is a REJECT by Russia. Whom it
    answers is settled later, from the accusation before it. A refused support or agreement (``keep_targets``)
    rejects the party it would have gone to."""
    et = EventType("REJECT", None, "120", -4.0, False, d.etype.context)
    targets = list(d.targets) if keep_targets else []
    out = replace(d, etype=et, targets=targets, modality="asserted", extra=dict(d.extra))
    out.content = d.content or d.etype.type.lower()  # what is refused ("die Annexion"), else the refused kind
    return out


#: Uses of force that one party can claim another is committing or preparing.
_CLAIMABLE = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}


def _answer_last_speaker(drafts: list[Draft], last: MentionRef | None) -> None:
    """ "Das russische Verteidigungsministerium erklärte, … Der Angriff sei abgewehrt worden. Kiew wies das
    zurück": a denial of "that", with no object of its own, answers whoever spoke last, when that is another
    state's voice; what they said need not have been an event. Kept aside (``extra["last_speaker"]``) for when
    :func:`answers` finds no accusation or demand it answers."""
    if last is None or not last.mention.country:
        return
    for d in drafts:
        if d.etype.type == "REJECT" and not d.content and d.source.country != last.country:
            d.extra["last_speaker"] = last


def _alleged(d: Draft, toks: list[Token], teller: MentionRef, lang: str) -> bool:
    """Is the event a use of force by another state that the sentence's teller only alleges? Either the teller
    claims it (``claims`` in ``events.yaml``: "Die Ukraine bereite einen Angriff auf Belarus vor, behauptete
    Lukaschenko"), or it is one still to come against the teller's own state ("Medwedew schrieb, die Deutschen
    bereiteten sich auf einen Krieg gegen Russland vor"). A past attack a state says it suffered is reported as
    the attack it was."""
    if (
        d.etype.type not in _CLAIMABLE
        or d.modality == "negated"
        or teller.country in (None, d.source.country)
    ):
        return False
    if teller.mention.sector == "media":
        return False  # a newspaper reports; it accuses no one
    if d.trigger in range(teller.start, teller.end):
        return False
    verbs = lexicon().claims[lang]
    if any(t.lemma.lower() in verbs and t.pos.startswith("V") for t in toks):
        return True
    return d.modality in ("planned", "hypothetical") and any(t.country == teller.country for t in d.targets)


def _allegation(d: Draft, speaker: MentionRef) -> Draft:
    """ "Die Ukraine bereite einen Angriff auf Belarus vor, behauptete Lukaschenko": the claimant accuses the one
    it claims acts (CAMEO 112); whoever denies it answers the claimant."""
    et = EventType("ACCUSE", "allege", "112", -2.0, False, ("diplomatic",))
    out = replace(d, etype=et, source=speaker, targets=[d.source], modality="asserted", extra=dict(d.extra))
    out.content = d.etype.type.lower()
    return out


def _open_question(toks: list[Token], cl: Clause, trigger: int, lang: str) -> bool:
    """Is the event only asked about ("ob", "whether")? An open question claims nothing, not even a possibility."""
    if lang == "de":
        return toks[cl.start].text.lower() == "ob"
    return any(t.head == trigger and t.dep == "mark" and t.text.lower() == "whether" for t in toks)


#: The subjunctive of obligation, in which German reports what a demand asks for ("verlangte, Russland müsse …").
_MUST = {"müsse", "müssten", "solle", "sollten"}


#: Events whose complement is only their content: what is demanded, threatened, refused or alleged did not happen.
_SPEECH_ACTS = {"REQUEST", "THREATEN", "REJECT", "ACCUSE"}


def _named_acts(
    d: Draft, nouns: list[Trigger], refs: list[MentionRef], toks: list[Token], cl: Clause
) -> set[int]:
    """ "Podoljak sprach von einem „von Russland geplanten Terroranschlag“", "called it an act of aggression": an
    act named by a word of blame is what the accusation says, not an event of its own, and the author the noun
    names ("von Russland", "Russia's") is the accused. Returns the nouns taken as such names."""
    names = set()
    for nt in nouns:
        if not cl.start <= nt.index < cl.end or toks[nt.index].lemma.lower() not in d.etype.objects:
            continue
        names.add(nt.index)
        if d.trigger < nt.index:
            # "von einem „von Russland geplanten Terroranschlag“": the plan is the act's, not the accusation's
            d.extra["content"] = (d.trigger + 1, nt.index + 1)
        author = noun_actor(nt.index, refs, toks)
        if author is not None and author.mention.country not in (None, d.source.mention.country):
            d.targets = [author]
    return names


def _content_of_speech_act(t: Trigger, trigs: list[Trigger], toks: list[Token]) -> bool:
    """ "urged Putin to de-escalate", "issued an ultimatum to halt attacks", "refused to deploy troops", "denied
    that the Russian state was behind the hacking attacks", "agreed to send their ambassadors back": the complement
    of a demand, threat, refusal, accusation or agreement is what it is about, not a second event (the English
    counterpart of skipping German zu-infinitives). The complement may sit deeper than the governor's child."""
    by_index = {g.index: g for g in trigs}
    i, through_complement, gerund = t.index, False, False
    for _ in range(8):
        tok = toks[i]
        if tok.head < 0 or tok.head == i:
            return False
        # "accused Ukraine of shelling the plant", "warned Russia against invading": a gerund after a preposition
        gerund = gerund or (tok.dep == "pcomp" and tok.pos == "VBG")
        # ("called on Syria, Russia and Iran to stop the offensive": the small model hangs the infinitive as an
        # adverbial clause)
        infinitive = tok.dep == "advcl" and tok.pos == "VB" and i > 0 and toks[i - 1].text.lower() == "to"
        through_complement = (
            through_complement or gerund or infinitive or tok.dep in ("xcomp", "ccomp", "acl")
        )
        child, i = i, tok.head
        governor = by_index.get(i)
        if governor is None and toks[i].pos.startswith("NN"):
            # "accused the US of an overreaction in shooting down the balloon": what the accusation is for
            of = toks[i].head
            accuser = by_index.get(toks[of].head) if toks[of].text.lower() in ("of", "for") else None
            return accuser is not None and any(et.type == "ACCUSE" for et in accuser.types)
            # else "denied a report that Trump had spoken with Putin": the report's content, told
        if governor is None or not through_complement:
            continue
        if toks[i].lemma.lower() in _WARN and not gerund:
            # a warning's content is told (hypothetical), or makes the warning a threat: see below; what one
            # warns someone not to do is no act ("warned the West not to send troops"), what one threatens to
            # do is ("threatened to veto the package")
            return (
                toks[i].lemma.lower() == "warn"
                and tok.dep in ("xcomp", "advcl")
                and any(a.head == child and a.text.lower() == "to" for a in toks)
            )
        if (
            any(et.type == "AID" for et in t.types)
            and any(et.type == "AID" for et in governor.types)
            and _gives_aid(governor, toks)
        ):
            return True  # "agreed to release 500 million euros to help finance arms": what the aid is for
        if any(et.type in _CONTENT_GOVERNORS and _may_read(et, i, toks) for et in governor.types):
            # (but "The EU agreed to release a further 500 million euros", "Germany agreed to send tanks": what
            # one party agrees to do, with no one it agrees with, is its decision to do it, an act of its own)
            return not (
                all(et.type == "AGREE" for et in governor.types)
                and _agreed_alone(toks, i)
                and _gives_aid(t, toks)
            )
    return False


@lru_cache(maxsize=1)
def _aid_goods() -> frozenset[str]:
    """Every object word an aid reading of an English verb names (``object`` of the AID entries in events.yaml)."""
    return frozenset(w for types in lexicon().verbs["en"].values() for et in types if et.type == "AID"
                     for w in et.objects)  # fmt: skip


def _gives_aid(t: Trigger, toks: list[Token]) -> bool:
    """Does the English verb ``t`` govern an object of one of its readings as aid ("release 500 million euros",
    "send tanks"; not "send the accession protocol to parliament")?"""
    goods = _aid_goods()
    objects = [c for c, x in enumerate(toks) if x.head == t.index and x.dep == "dobj"]
    return any(toks[o].lemma.lower() in goods or toks[o].text.lower() in goods for o in objects)


def _agreed_alone(toks: list[Token], i: int) -> bool:
    """Does the English verb of agreeing at ``i`` have one subject and no partner ("with", "and")?"""
    kids = [c for c, t in enumerate(toks) if t.head == i and c != i]
    subjects = [c for c in kids if toks[c].dep == "nsubj"]
    return (
        len(subjects) == 1
        and not any(toks[c].dep == "conj" and toks[c].head == subjects[0] for c in range(len(toks)))
        and toks[subjects[0]].pos != "PRP"
        and not any(toks[c].dep == "prep" and toks[c].text.lower() == "with" for c in kids)
        and not any(toks[c].dep == "dobj" for c in kids)
    )


def _agentless_passive(i: int, noun: int, refs: list[MentionRef], toks: list[Token], cl: Clause) -> bool:
    """Is the participle at ``i`` a passive ("wurde abgebrochen", "were broken off") with no "von"/"by" agent? A
    "von" right after the noun names its parties ("das Treffen von Lawrow und Kuleba"), not the agent."""
    return (
        toks[i].pos in ("VVPP", "VBN")
        and passive_auxiliary(toks, cl)
        and not any(
            toks[k].text.lower() in ("von", "by")
            and k != noun + 1
            and any(k < r.start <= k + 3 for r in refs)
            for k in range(cl.start, cl.end)
        )
    )


#: Acts of giving something up, whose object ("the veto", "die Sanktionen") names what ends, not a new event.
_YIELDING = {"CONCEDE", "RETREAT"}


def _may_read(et: EventType, i: int, toks: list[Token]) -> bool:
    """Can the word at ``i`` have this reading? Not where the reading needs a word after it that is missing
    ("voted to ask …" is no vote against), nor where it needs an object that is not under it ("joined Britain in
    blaming Russia" is no joining of an alliance)."""
    if et.after and not {t.text.lower() for t in toks[i + 1 : i + 3]} & et.after:
        return False
    if et.needs == "infinitive" and not to_infinitive(toks, i):
        return False  # "told parliament that Britain would expel 23 diplomats": speech, whose content is news
    if et.objects:
        under = subtree(toks, i) - {i}
        return bool(et.objects & {w for k in under for w in (toks[k].text.lower(), toks[k].lemma.lower())})
    return True


#: Events whose English complement is their content: what is demanded, threatened, denied, alleged or agreed.
_CONTENT_GOVERNORS = _SPEECH_ACTS | {"AGREE"}


def _owned_by(d: Draft, noun: int, refs: list[MentionRef], toks: list[Token], cl: Clause) -> bool:
    """Is the draft's source the owner of its noun ("das Treffen der Nato-Außenminister") rather than the
    clause's subject?"""
    owner = noun_actor(noun, refs, toks)
    return (
        owner is not None
        and owner.key == d.source.key
        and (cl.subject is None or cl.subject.key != owner.key)
    )


#: What governs the partner of a meeting noun: "Treffen mit Putin", "talks with Kyiv", "zwischen", "between".
_PARTNER_GOVS = {"mit", "with", "zwischen", "between"}


#: Prepositions under which a visit is the subject's own: "zu einem Besuch", "on a visit", "for talks".
_ON_A_VISIT = {"zu", "zum", "on", "for"}


#: Prepositions of a destination: "sent troops to Bosnia", "Hilfe nach Syrien" make the state there a target.
_DESTINATION = {"de": {"nach"}, "en": {"to", "into", "toward", "towards"}}


def _destinations(place_refs: list[MentionRef], lang: str) -> list[MentionRef]:
    """States named as a destination ("aid to Mozambique"): the resolver calls them places, rightly for where an
    event happens, but as the recipient of aid, troops or a visit the state is the event's target. Governed by a
    preposition, they never become a subject."""
    kb = knowledge_base()
    return [
        state_of_place(_seat(r, lang), None, "as a destination {name}")
        for r in place_refs
        if r.mention.kind == "place"
        and r.mention.country
        and (
            r.gov in _DESTINATION[lang]
            # "fired missiles at Israel": a whole country after "at" is aimed at, not a spot where things happen
            or (lang == "en" and r.gov == "at" and r.mention.text == kb.country_name(r.mention.country, "en"))
        )
    ]


def _seat(r: MentionRef, lang: str) -> MentionRef:
    """A city that stands for an organisation seated there ("Brüssel" for the EU: ``metonyms`` in
    organisations.yaml) is, as a destination, that organisation: "flogen weiter nach Brüssel, wo sie die übrigen
    EU-Staats- und Regierungschefs unterrichteten" is no visit to Belgium."""
    kb = knowledge_base()
    host = kb.prefix_target(r.mention.text, lang)
    if host is None or host.kind != "metonym" or host.key not in kb.organisations:
        return r
    return MentionRef(replace(r.mention, country=host.country), r.start, r.end, r.gov)


def _claimants(place_refs: list[MentionRef], toks: list[Token]) -> list[MentionRef]:
    """ "wies Behauptungen aus Russland zurück", "rejected accusations from Kyiv", "nannte die Erklärungen aus
    Minsk unglaubwürdig": a state named as where claims, accusations or statements come from is the party that
    makes them, as a genitive would ("Vorwürfe Russlands"). The nouns are ``accusations`` and ``claimed`` in
    ``events.yaml``."""
    lex = lexicon()
    words = lex.accusations | lex.claimed["de"] | lex.claimed["en"]
    out = []
    for r in place_refs:
        j = word_before_phrase(toks, r.start) if r.gov in ("aus", "from") and r.mention.country else -1
        noun = toks[j - 1] if j > 0 else None
        if noun is not None and (noun.lemma.lower() in words or noun.text.lower() in words):
            m = state_of_place(r, None, "where the claims come from: the state {name}").mention
            out.append(MentionRef(m, r.start, r.end, "gen"))
    return out


#: Words that make a place a comparison ("like in Tunisia", "wie in Tunesien").
_COMPARISONS = {"like", "as", "wie"}


def _dateline_country(article: Article) -> str | None:
    """The state of the place an article is datelined in, when the dateline names one place ("TBILISI", not
    "Kiew/Moskau")."""
    where = str(article.meta.get("dateline") or "").strip()
    if not where or "/" in where:
        return None
    return country_of_place(where.split(",")[0].strip().title())


def _crowd_at_dateline(
    trigs: list[Trigger], toks: list[Token], s: Sentence, state: State, article_id: str
) -> MentionRef | None:
    """ "TBILISI – … Tens of thousands of people rallied outside parliament": a crowd the clause places nowhere
    protests where the story is datelined; its people are that state's."""
    if state.dateline_country is None:
        return None
    t = next((t for t in trigs if any(et.type == "PROTEST" for et in t.types)), None)
    if t is None:
        return None
    aid, name = knowledge_base().state_actor(state.dateline_country, "civil_society")
    tok = toks[t.index]
    m = Mention(article_id, s.index, tok.start, tok.end, tok.text, "actor", label="NORP", actor_id=aid, name=name,
                country=state.dateline_country, sector="civil_society", method="crowd",
                explanation=f"people protesting where the article is datelined → {name}")  # fmt: skip
    return MentionRef(m, t.index, t.index + 1)


def _crowd(place_refs: list[MentionRef], cl: Clause, toks: list[Token]) -> MentionRef | None:
    """Protesters without a name ("Tausende demonstrierten in Kiew", "mourners in Tehran chanted") are people of
    the country where they protest: the first state or capital named as a place in the clause."""
    for r in place_refs:
        j = word_before_phrase(toks, r.start)  # its preposition
        if j > 0 and toks[j - 1].text.lower() in _COMPARISONS:
            continue  # "protests to bring about change like in Tunisia": not where they protest
        if r.mention.country and cl.start <= r.start < cl.end:
            return state_of_place(
                r, "civil_society", "people protesting there → {name}", label="NORP", method="crowd"
            )
    return None


def _clause_events(
    trigs: list[Trigger], refs: list[MentionRef], toks: list[Token], cl: Clause, lang: str,
    speaker: MentionRef | None, crowd: MentionRef | None = None, timed: set[int] | None = None,
    givers: list[MentionRef] | None = None,
) -> list[Draft]:  # fmt: skip
    lights = [t for t in trigs if t.kind == "light"]
    nouns = [t for t in trigs if t.kind == "noun"]
    verbs = [t for t in trigs if t.kind == "verb"]
    out: list[Draft] = []
    used: set[int] = set()
    ahead: set[int] = set()  # nouns of what is agreed to
    for lt in lights:
        info = lt.light or {}
        # goods ("Kampfjets", "a loan") are an event only as what a verb of receiving governs; under another light
        # verb they are its object ("kündigte 14 Kampfpanzer an") or its subject ("Kampfjets flogen Angriffe")
        governable = nouns if info.get("receives") else [
            n for n in nouns if not all(et.needs == "received" for et in n.types)
        ]  # fmt: skip
        noun = governed_noun(lt, governable, toks, lang)
        if noun is None:
            if lt.types:  # a light verb that is also a trigger by itself ("fordern", "ablehnen")
                verbs.append(Trigger(lt.index, "verb", lt.types))
            continue
        used.add(noun.index)
        if lang == "en" and _content_of_speech_act(lt, trigs, toks):
            continue  # "called on the Kremlin to hold talks with Kyiv": what is asked for, as for a verb
        base = choose_reading(noun.types, refs, toks, cl, light=True, receiving=bool(info.get("receives")))
        if base is None and "adopts" not in info:
            continue
        if "adopts" in info and (base is None or base.type not in info["adopts"]):
            # "einigten sich auf einen Vertrag": an agreement, whatever else the noun names; a meeting agreed
            # to is still to come ("agreed to a new round of talks")
            used.discard(noun.index)
            verbs.append(Trigger(lt.index, "verb", lt.types))
            # (not the occasion it is agreed at: "agreed in the call on the need to reduce tensions")
            if (
                any(et.type == "AGREE" for et in lt.types)
                and preposition_of(toks, noun.index, lang) in _AGREED_TO
            ):
                ahead.add(noun.index)
            continue
        own = choose_reading(lt.types, refs, toks, cl, at=lt.index) if lt.types else None
        if own is not None and (own.symmetric or info.get("receives")) and own.type == base.type:
            # "vereinbarten eine Waffenruhe", "was received … for his third visit": a noun of the verb's own
            # (mutual or hosting) kind adds nothing to the verb, whose syntax is the better reading
            verbs.append(Trigger(lt.index, "verb", lt.types))
            continue
        keeps = base.type in (info.get("keeps") or ())  # "schlug ein Kohleembargo vor": a sanction, proposed
        # "Das Treffen wurde ohne Ergebnis abgebrochen": talks broken off by no one named are the talks that were
        # held, not a sanction by one of their parties
        unbroken = info.get("type") == "SANCTION" and _agentless_passive(lt.index, noun.index, refs, toks, cl)
        if info.get("type") and not keeps and not unbroken:
            # "schlug ein Gipfeltreffen vor", "lehnte Gespräche ab": the light verb's event, about the noun
            et = EventType(info["type"], info.get("mode"), str(info["cameo"]), float(info["intensity"]), False,
                           base.context)  # fmt: skip
            if et.type == "REQUEST" and base.type != "CONSULT":
                et = EventType("REQUEST", None, "100", -5.0, False, base.context)
            d = assign_roles(et, lt.index, refs, toks, cl, lang, noun=False, speaker=speaker)
            if d is not None:
                actor = noun_actor(noun.index, refs, toks)
                if not d.targets and actor is not None and actor.key != d.source.key:
                    d.targets = [actor]
                d.content = toks[noun.index].lemma.lower()
        else:
            d = assign_roles(
                base,
                noun.index,
                refs,
                toks,
                cl,
                lang,
                noun=True,
                light=lt.index,
                speaker=speaker,
                crowd=crowd,
            )
            modality = "planned" if keeps else info.get("modality")
            if d is not None and modality:
                d.extra["modality"] = modality
            if d is not None and info.get("receives"):
                d = received(d, refs + (givers or []), cl)
        if d is not None:
            out.append(d)
    # (a light verb that governed no noun of its own acts as a verb, in its place in the text: "called Abe, who
    # said he supported the decision" is the call, then the backing of whoever called)
    verbs.sort(key=lambda t: t.index)
    for vt in verbs:
        if lang == "en" and toks[vt.index].dep in ("amod", "compound", "acomp"):
            # "sea-launched missiles", "Russian-backed forces": a participle that describes a thing; "when one of
            # them feels threatened": one that describes a state of mind
            continue
        if lang == "en" and _gerund_of_aim(toks, vt.index):
            continue  # "begin work on ending the war", "talked about sending troops": an aim or a topic
        et = choose_reading(vt.types, refs, toks, cl, at=vt.index)
        if et is None or (lang == "en" and _content_of_speech_act(vt, trigs, toks)):
            continue
        d = assign_roles(et, vt.index, refs, toks, cl, lang, noun=False, speaker=speaker, crowd=crowd)
        if d is not None:
            d.content = object_noun(toks, vt.index, cl)
            if et.type == "ACCUSE" and et.objects:
                used |= _named_acts(d, nouns, refs, toks, cl)
            if et.type in _YIELDING and et.objects:
                # "Turkey drops Sweden veto", "hob die Sanktionen auf": what is given up is no event of its own
                used |= {nt.index for nt in nouns if cl.start <= nt.index < cl.end
                         and {toks[nt.index].text.lower(), toks[nt.index].lemma.lower()} & et.objects}  # fmt: skip
            out.append(d)
    alleging = lexicon().alleging[lang]
    alleged = any(toks[v.index].lemma.lower() in alleging for v in verbs)
    for nt in nouns:
        if nt.index in used or (lang == "en" and _content_of_speech_act(nt, trigs, toks)):
            continue  # "called on the Kremlin to open negotiations with Kyiv": what is asked for
        if alleged and noun_preposition(toks, nt.index) is None:
            continue  # "Moskau wirft Kiew Angriffe auf Zivilisten vor": what is alleged, not news
        et = choose_reading(nt.types, refs, toks, cl, owned=noun_actor(nt.index, refs, toks) is not None,
                            between=between_parties(nt.index, refs, toks, cl) is not None)  # fmt: skip
        if et is None:
            continue
        twin = next((d for d in out if d.etype.type == et.type and d.trigger != nt.index), None)
        if twin is not None:
            # "hat in einem Telefonat mit Scholz gesprochen": one event, the verb's, with the noun's mode; but a
            # one-way visit does not turn a mutual meeting into one ("agreed on the visit when they met")
            if et.mode and not twin.etype.mode and et.symmetric == twin.etype.symmetric:
                twin.etype = et
            continue
        prep = noun_preposition(toks, nt.index)
        if (
            prep is not None
            and et.type not in _MATERIAL
            and not (et.type == "REQUEST" and _at_request_noun(toks, nt.index))
            # "In London versammelten sich Tausende zu einer Kundgebung", "Im Iran kam es zu Protesten": a crowd
            # gathered for a protest is one
            and not (
                et.type == "PROTEST"
                and crowd is not None
                and prep in ("zu", "zur", "zum")
                and any(t.lemma in _GATHERING for t in toks[cl.start : cl.end])
            )
        ):
            continue  # "die Antworten auf die russischen Forderungen": a reference to words, not an event
        if prep in _TIME_ANCHORS and et.type == "ASSAULT" and not _dated(nt.index, timed or set()):
            continue  # "nach dem Angriff", "since the invasion": an attack the news is told from, not news
        d = assign_roles(et, nt.index, refs, toks, cl, lang, noun=True, speaker=speaker, crowd=crowd)
        if (
            d is not None
            and et.type == "CONSULT"
            and et.mode != "visit"
            and prep in OCCASIONS
            and _owned_by(d, nt.index, refs, toks, cl)
        ):
            # "Bei dem Treffen der Nato-Außenminister kritisierte Blinken Russland": whom the clause's verb acts on
            # did not meet the meeting's owner; only a partner of the noun's own ("mit Putin") did
            d.targets = [t for t in d.targets if t.gov in _PARTNER_GOVS]
            if not d.targets:
                d = None
        if d is None and et.type == "CONSULT" and prep in OCCASIONS:
            # "Xi und Biden vereinbarten bei ihrem Treffen …", "at the meeting in Washington the two leaders signed
            # a declaration": the parties of what they did together there met
            pair = next((x for x in out if x.etype.symmetric and x.targets and x.clause is cl), None)
            if pair is not None:
                d = replace(
                    pair, etype=et, trigger=nt.index, targets=list(pair.targets), extra={"anchored": True}
                )
        if d is None and et.mode == "visit" and prep in _ON_A_VISIT and cl.subject is not None:
            # "Lawrow ist zu einem Besuch in Pjöngjang eingetroffen", "arrived in Kyiv on a visit": the subject
            # visits, and the host is the state of the place (see merge)
            d = Draft(et, cl.subject, [], nt.index, cl, extra={"anchored": True})
        if d is not None and d.extra.get("anchored"):
            if prep in ("vor", "before") or nt.index in ahead:
                d.extra["modality"] = "planned"  # "einen Tag vor einem Besuch von Scholz"
            elif (prep or parse_preposition(toks, nt.index)) in ("nach", "after", "seit", "since"):
                d.extra["done"] = True
            d.extra["noun_only"] = True
            out.append(d)
    if cl.group and cl.subject is not None:
        spread_over_group(out, cl)
    for d in list(out):
        # (those who act along with the subject do the subject's acts, not the acts of others the clause names:
        # "Together with the EU, it sanctioned people linked to Russia's occupation of Crimea")
        mine = cl.subject is not None and d.source.key == cl.subject.key
        with_them = [c for c in companions(refs, toks, d.source) if c not in d.targets] if mine else []
        out += [replace(d, source=c, targets=list(d.targets), extra=dict(d.extra)) for c in with_them]
        if d.source.start < cl.start:
            continue
        if d.etype.symmetric:
            # "Scholz, Macron und Biden sprachen mit Selenskyj": each of the subjects met the partner (in
            # "Scholz und Putin trafen sich" the other subject is the partner already)
            if d.targets and all(t.gov in ("mit", "with", None) for t in d.targets):
                others = [p for p in co_sources(d.source, refs, toks) if p not in d.targets]
                out += [replace(d, source=p, targets=list(d.targets), extra=dict(d.extra)) for p in others]
            continue
        partners = co_sources(d.source, refs, toks)
        if partners and d.etype.type == "AGREE" and not d.targets and not _assent(toks, d.trigger, d.etype):
            # "Minsk und Moskau vereinbarten …", "Ukraine and Poland have struck a deal": they agreed with each
            # other, one mutual agreement
            d.etype, d.targets = replace(d.etype, symmetric=True), partners
            continue
        if (
            partners
            and d.etype.opponent
            and toks[d.trigger].pos != "VB"
            and all(t in partners for t in d.targets)
        ):
            # "clashes between security forces and protesters", "Polizei und Demonstranten lieferten sich
            # Straßenschlachten": they fought each other, the first named against the other (not "will step up
            # exchanges to fight extremism", an aim; "Chinese and Indian soldiers fought": the parse's subject is
            # the last named)
            first, *others = sorted([d.source, *partners], key=lambda r: r.start)
            d.source, d.targets = first, others
            continue
        if partners:
            d.targets = [t for t in d.targets if t not in partners]
            out += [replace(d, source=p, targets=list(d.targets), extra=dict(d.extra)) for p in partners]
    return out


__all__ = ["EventType", "clauses", "code", "find_triggers", "lexicon"]
