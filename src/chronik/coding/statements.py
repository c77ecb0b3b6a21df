"""Critical statements: what someone says against another party, without a verb of accusing.

News report much of the disapproval between states as plain reported speech: "Russland trage die Verantwortung,
sagte Stoltenberg", "Zakharova said Chișinău wanted to distract from its own problems", "Blinken said the attack
cast serious doubt on Russia's commitment". No trigger in the clause names an accusation, yet an analyst codes
each as an ACCUSE (CAMEO 111, criticise or denounce) by the speaker against the party the statement is about.

We code such a statement when three things hold: a speaker is cited (a reporting verb with its subject, or
"laut"/"according to"), the statement names another party (an actor of another country), and it carries a word
of blame from ``criticism`` in ``data/lexicon/events.yaml`` ("Verantwortung", "Provokation", "absurd",
"escalation", "violation", …). A sentence whose speaker already accuses, rejects, threatens or demands through a
trigger is left alone: the statement is already coded.

A statement that announces retaliation is a threat in the same way: "Der Gegner wird eine würdige Antwort
erhalten, sagte Putin", "Moscow said the attack would not go unanswered". We code a THREATEN (CAMEO 130) by the
speaker when the statement carries a word of retaliation from ``retaliation`` in ``events.yaml`` and speaks of
the future or of what would be ("wird", "werde", "würde", "will", "would"). Its target is the other party it
names, or, when it names none, the one the article is about (see ``implied_targets`` in ``merge.py``). When the
one who speaks is no actor ("…, the ministry said"), the subject of the clause that announces the answer threatens
("Moscow would respond proportionately to all provocations").

A statement that another party must or should do something is a demand on it (REQUEST, CAMEO 100): "Russland
müsse seine Truppen abziehen, sagte Baerbock", "Iran should return to the talks, Blinken said". The party must be
the subject of the modal's clause, so the speaker's own duties ("Deutschland müsse mehr tun") demand nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from chronik.coding.clauses import PREPOSITION_TAGS, Clause, MentionRef, word_before_phrase
from chronik.coding.discourse import event_noun_type
from chronik.coding.lexicon import EventType, lexicon
from chronik.coding.modality import conditional, negation_words
from chronik.coding.roles import Draft, adjective_actor
from chronik.model import Token

#: The disapproval a critical statement expresses (CAMEO 111, "criticize or denounce").
_CRITICISE = EventType("ACCUSE", "disapprove", "111", -2.0, False, ("diplomatic",))

#: The rejection a statement of denial makes (CAMEO 120, "reject").
_DISMISS = EventType("REJECT", None, "120", -4.0, False, ("diplomatic",))

#: The threat a statement of retaliation makes (CAMEO 130, "threaten").
_RETALIATE = EventType("THREATEN", None, "130", -4.4, False, ("diplomatic",))
#: Words that put a statement in the future or the conditional: a retaliation announced, not one reported.
FUTURE_WORDS = {"wird", "werde", "werden", "würde", "würden", "will", "would", "shall"}

#: Prepositions of a journey's destination or origin: a place travelled to or from is no party spoken of.
_TRAVEL = {"nach", "to", "into", "from"}

#: Event types by which a speaker's statement is already coded.
_SAID = {"ACCUSE", "REJECT", "THREATEN", "REQUEST"}


def reporting_subject(
    clauses: list[Clause], toks: list[Token], lang: str
) -> tuple[MentionRef, Clause] | None:
    """The subject of a reporting verb that introduces what follows ("Stoltenberg sagte, …", "Blinken said
    …"), and its clause."""
    verbs = lexicon().reporting[lang]
    for cl in clauses:
        said = [t for t in toks[cl.start : cl.end] if t.lemma.lower() in verbs and t.pos.startswith("V")]
        # "He postponed it, telling Wang Yi that …": an English participle speaks for the subject before it
        participle = next((t for t in said if t.pos == "VBG" and t.dep == "advcl"), None)
        if participle is not None and cl.subject is not None and cl.subject.start >= cl.start:
            # "Zelensky hit back, saying Trump was living in …": the subject of the main verb before it speaks,
            # not the subject of what it says
            at = toks.index(participle)
            main = toks[participle.head].dep == "ROOT"
            head = next(
                (c for c in clauses if c.start <= participle.head < c.end and c.end <= cl.start), None
            )
            head = head if main else None
            if head is not None and head.subject is not None and head.subject.start < cl.start:
                return head.subject, Clause(at, at + 1)
        if cl.subject is None or (cl.subject.start < cl.start and participle is None):
            continue
        if said:
            return cl.subject, cl
    return None


def speech_goes_on(toks: list[Token], lang: str) -> bool:
    """Does the sentence carry on someone's indirect speech without a reporting verb of its own, with a finite
    verb in the German subjunctive I ("„Das ist nicht die Schuld der Ukraine“, sagte er. Russland trage die
    Verantwortung …"), or with an English modal of what must be done ("Xi told Biden that … Washington should
    stop arming the island")? The forms are ``indirect_speech`` in ``data/lexicon/modality.yaml``."""
    forms = {str(w).lower() for w in lexicon().modality[lang].get("indirect_speech") or []}
    if lang == "de":
        # in a clause of its own: "Russland verbat sich eine Einmischung …, wohin es wolle" tells in the indicative
        # what Russia did; the subjunctive of the clause hung on it is Russia's own words
        finite = [(k, t) for k, t in enumerate(toks) if t.pos.endswith("FIN")]
        main = [t.text.lower() for k, t in finite if not _subordinate(toks, k)]
        if any(w in forms for w in main):
            return True
        # "Hunderttausende hätten nicht wählen können, weil Chișinău nur zwei Wahllokale eröffnet habe": a plural
        # subjunctive II stands in for the subjunctive I that would look like the indicative ("haben"); with a
        # subjunctive I in the clause hung on it, the sentence is still the speaker's
        return (
            bool(main)
            and all(w in _PLURAL_SUBJUNCTIVE for w in main)
            and any(t.text.lower() in forms for _, t in finite)
        )
    return any(t.text.lower() in forms and (t.pos.endswith("FIN") or t.pos == "MD") for t in toks)


#: German plural forms of the subjunctive II that indirect speech uses where the subjunctive I is the indicative.
_PLURAL_SUBJUNCTIVE = {"hätten", "wären", "würden", "könnten", "müssten", "dürften"}

#: Tags of the words that open a German subordinate clause: conjunctions, relative and interrogative words.
_SUBORDINATORS = {"KOUS", "KOUI", "PWAV", "PRELS", "PRELAT", "PWS", "PWAT"}


def _subordinate(toks: list[Token], k: int) -> bool:
    """Does the German verb at ``k`` stand in a subordinate clause: is the first word after the punctuation
    before it a conjunction or a relative or interrogative word ("…, wohin es wolle", "…, dass er komme")?"""
    j = k
    while j > 0 and toks[j - 1].text not in (",", ":", ";", "–", "(", "„", '"'):
        j -= 1
    return j < k and toks[j].pos in _SUBORDINATORS


def _country_adjectives(toks: list[Token], refs: list[MentionRef]) -> list[MentionRef]:
    """The states that country adjectives outside the sentence's actors name ("Russian meddling")."""
    inside = {i for r in refs for i in range(r.start, r.end)}
    found = (
        adjective_actor(toks, i) for i, t in enumerate(toks) if t.pos in ("JJ", "ADJA") and i not in inside
    )
    return [a for a in found if a is not None]


def _denied(
    toks: list[Token], at: int, clause: Clause, negations: set[str], affirmed: set[str], lang: str
) -> bool:
    """Does a negation deny the blame word at ``at``? Not before a word of ``affirmed`` ("no question", "kein
    Zweifel"; list ``no_doubt`` in ``events.yaml``), which affirms it. German counts any negation in the clause;
    in English the parse says what a negation belongs to, so "no question that Russia had interfered … Russia
    is not our ally" keeps the blame: the negation must hang on the blame word or on the words above it up to
    its verb ("That is not Ukraine's fault", "had never interfered")."""
    span = range(clause.start, clause.end)
    if lang == "en":
        chain = {at}
        k = at
        while not toks[k].pos.startswith("V") and toks[k].head != k and toks[k].head in span:
            k = toks[k].head
            chain.add(k)
        span = [i for i in span if toks[i].head in chain and toks[i].dep in ("neg", "det")]
    return any(
        toks[k].text.lower() in negations and not (k + 1 < len(toks) and toks[k + 1].text.lower() in affirmed)
        for k in span
    )


def critical_statement(
    drafts: list[Draft],
    toks: list[Token],
    lang: str,
    speaker: MentionRef | None,
    reporting: tuple[MentionRef, Clause] | None,
    refs: list[MentionRef],
    clauses: list[Clause],
) -> Draft | None:
    """The ACCUSE or THREATEN a sentence's reported statement makes against another party, or None (see the
    module). ``speaker`` is whom the sentence cites; without one, ``reporting`` (from ``reporting_subject``) gives
    the subject of a reporting verb and the clause it speaks in."""
    said_in: Clause | None = None
    lex = lexicon()
    readings = [
        (lex.criticism[lang], _CRITICISE),
        (lex.retaliation[lang] | lex.retaliation_negated[lang], _RETALIATE),
    ]
    unnamed = speaker is None and reporting is None
    if unnamed:
        # "Moscow … would respond to all provocations, the ministry said": whoever speaks for it, the party that
        # is to answer announces its answer
        speaker = _answering_party(toks, lang, clauses)
        readings = readings[1:]
        if speaker is None:
            return None
    elif speaker is None and reporting is not None:
        speaker, said_in = reporting
        said_in = _before_that(said_in, toks) if lang == "en" else said_in
    mine = speaker.mention.country
    if mine is None or speaker.mention.sector == "media":
        return None
    if any(d.etype.type in _SAID and d.source.country == mine and d.targets for d in drafts):
        return None

    # (a speaker carried over from an earlier sentence takes up no words of this one)
    here = any(r.mention.sentence == speaker.mention.sentence for r in refs)

    def outside_speaker(i: int) -> bool:
        return not (here and speaker.start <= i < speaker.end) and (
            said_in is None or not said_in.start <= i < said_in.end
        )

    # (not where someone travels: "sagte Grossi nach seiner Rückkehr nach Wien")
    others = [r for r in refs if r is not speaker and r.mention.country not in (None, mine)
              and r.gov not in _TRAVEL and (outside_speaker(r.start) or _told(r, toks, said_in))
              and not _victim(r, toks, lang)]  # fmt: skip
    if not others:
        # "had been clear about Russian meddling": a country adjective names the state blamed
        others = [
            a
            for a in _country_adjectives(toks, refs)
            if a.mention.country != mine and outside_speaker(a.start) and not _victim(a, toks, lang)
        ]
    negations = negation_words(lang)
    denied = _denial(toks, lang, outside_speaker)
    if denied is not None:
        at, claim = denied
        clause = next((c for c in clauses if c.start <= at < c.end), clauses[0])
        # the party whose claim is denied ("die Darstellung aus Baku"); a plain refusal names no one
        # (or the party it is addressed to: "sei „unrealistisch“, sagte der Minister an die Adresse Kiews")
        addressed = [r for r in others if r.start >= 2 and toks[r.start - 1].text.lower() in _ADDRESSED]
        d = Draft(_DISMISS, speaker, others[:1] if claim else addressed[:1], at, clause)
        d.content = toks[at].lemma.lower()
        d.extra["said_at"] = speaker.start
        return d
    if conditional(toks):
        # "Sollte Kiew weitere „Terroranschläge“ verüben, werde die Antwort „hart“ ausfallen": the blame is the
        # condition, the answer announced is the statement
        readings.reverse()
    blamed_act: Draft | None = None  # blame of an act that names no party (see below)
    for cues, etype in readings:
        at = next((i for i in range(len(toks)) if _cue(i, cues, toks, lang) and outside_speaker(i)
                   and not _held_by_other(i, toks, speaker, refs)), None)  # fmt: skip
        if at is None:
            continue
        clause = next((c for c in clauses if c.start <= at < c.end), clauses[0])
        words = {t.text.lower() for t in toks[clause.start : clause.end]}
        if etype is _RETALIATE:
            word = {toks[at].text.lower(), toks[at].lemma.lower()}
            if not words & FUTURE_WORDS and not word & lex.retaliation_now[lang]:
                continue  # "Russland reagierte verärgert": a reaction told, not one announced
            # "will not go unanswered", "will not hesitate to …" is a threat; "will not respond" is none, and
            # "will hesitate" is none either
            negated = _negated(toks, at, clause, lang, negations)
            if negated and not word & lex.retaliation_negated[lang]:
                continue
            if not negated and not word & lex.retaliation[lang]:
                continue
            d = Draft(etype, speaker, others[:1], at, clause)
            act = None if others else _act_named(toks, clause, at, outside_speaker)
            if act is not None:
                # "the expulsions would not go unanswered": an answer to the acts told, aimed at their authors
                # (``discourse.answers``); the noun is theirs, no act of the speaker's
                d.extra["answers_act"] = (act, toks[act].lemma.lower())
        else:
            if _denied(toks, at, clause, negations, lex.no_doubt[lang], lang):
                continue  # "Das ist nicht die Schuld der Ukraine": blame denied is no accusation
            if not others:
                act = _act_named(toks, clause, at, outside_speaker)
                # (not the speaker's side's own act: "said he had ordered the strikes as a clear message that …
                # would not allow hostile actors to …")
                own = any(x.trigger == act and x.source.country == mine for x in drafts)
                if act is not None and blamed_act is None and not own:
                    blamed_act = Draft(etype, speaker, [], at, clause)
                    blamed_act.content = toks[act].lemma.lower()
                continue
            d = Draft(etype, speaker, others[:1], at, clause)
        d.content = toks[at].lemma.lower()
        # the statement was made when its speaker spoke ("said on Monday … Russian meddling in 2016")
        d.extra["said_at"] = speaker.start
        return d
    if blamed_act is not None:
        # "Die Anerkennung der Volksrepubliken sei ein schwerer Bruch des Völkerrechts": blame of an act the text
        # told, whose author ``answers`` finds; where it finds none, the blame is aimed at no one and dropped
        blamed_act.extra["said_at"] = speaker.start
        blamed_act.extra["needs_target"] = True
        return blamed_act
    if unnamed:
        return None  # whom an unnamed spokesman speaks for only answers; the demands are the spokesman's
    return _demand(toks, lang, speaker, others, clauses, outside_speaker)


def _victim(r: MentionRef, toks: list[Token], lang: str) -> bool:
    """Does ``r`` own what the statement says is violated (``infringed`` in events.yaml)? "Yemen's sovereignty",
    "Jemens Souveränität", "die Souveränität Polens": the state wronged, not the one blamed."""
    words = {w.lower() for w in lexicon().infringed[lang]}
    k = r.end + 1 if r.end < len(toks) and toks[r.end].text in ("'s", "’s", "'") else r.end
    if k < len(toks) and toks[k].text.lower() in words:
        return True
    if (r.gov == "gen" or _after_genitive(toks, r.start)) and r.start > 0:
        # "die Souveränität Polens", "das Leid des ukrainischen Volkes", "the suffering of Ukrainians"
        j = word_before_phrase(toks, r.start)
        j = j - 1 if j > 0 and toks[j].text.lower() == "of" else j
        return j >= 0 and toks[j].text.lower() in words
    if r.gov in ("gegen", "against") and r.start > 1:
        # "einer militärischen Aggression gegen die Ukraine": whom the wrong is done to
        j = word_before_phrase(toks, r.start)
        blame = lexicon().criticism[lang]
        return j >= 1 and (toks[j - 1].text.lower() in blame or toks[j - 1].lemma.lower() in blame)
    return False


#: Words after which a party is the one a statement is addressed to ("an die Adresse Kiews", "addressed to Kyiv").
_ADDRESSED = {"adresse", "addressed"}


def _after_genitive(toks: list[Token], k: int) -> bool:
    """Does the phrase at ``k`` open with a genitive article or "of" ("des ukrainischen Volkes", "of Ukrainians")?"""
    j = k
    while j > 0 and toks[j - 1].pos in ("ADJA", "JJ"):
        j -= 1
    return j > 0 and toks[j - 1].text.lower() in ("des", "of")


def _denial(toks: list[Token], lang: str, outside: Callable[[int], bool]) -> tuple[int, bool] | None:
    """Where a cited statement rejects or denies without a verb of rejecting (``denials`` in events.yaml: "komme
    nicht infrage", "entbehre jeder Grundlage"), or dismisses a claim it names ("Die Darstellung aus Baku sei frei
    erfunden": a word of ``dismissive`` beside a noun of ``claimed``): the token where it does, and whether it
    denies a claim (whose maker is then its target: "Die Behauptung, die NATO habe Russland eingekreist, entbehre
    jeder Grundlage, sagte Rutte"). None if it does not."""
    lex = lexicon()
    words = [t.text.lower() for t in toks]
    claim = any(w in lex.claimed[lang] for k, w in enumerate(words) if outside(k))
    for phrase in lex.denials[lang]:
        at = _phrase_at(words, phrase, outside)
        if at is not None:
            return at, claim
    # (not under a verb of avoiding: "all sides should avoid unfounded accusations" is advice)
    at = next((k for k, t in enumerate(toks) if outside(k) and t.pos in ("ADJD", "ADJA", "JJ", "VVPP", "VBN")
               and (t.lemma.lower() in lex.dismissive or t.text.lower() in lex.dismissive)
               and not any(x.lemma.lower() in lex.avoiding[lang] for x in toks[max(0, k - 4) : k])), None)  # fmt: skip
    return (at, True) if claim and at is not None else None


def _act_named(toks: list[Token], clause: Clause, at: int, outside: Callable[[int], bool]) -> int | None:
    """The index of the noun of an act that a word of blame at ``at`` is said of, in a statement that names no
    other party: any event noun of ``events.yaml``, or a noun of ``acts`` that takes up an act told before ("the
    move", "der Vorfall"; with a definite determiner, see ``_definite``). The first such noun of its clause before
    the word ("Die Anerkennung der Volksrepubliken sei ein schwerer Bruch", "the intercept was unsafe"), or the
    noun a word of blame that is an adjective stands before ("the aggressive intercept had been intentional", "den
    barbarischen Angriff"); None if there is none."""
    after = range(at + 1, min(at + 3, clause.end)) if toks[at].pos in ("JJ", "ADJA") else range(0)
    for k in [*range(clause.start, at), *after]:
        t = toks[k]
        if (
            outside(k)
            and t.pos in ("NN", "NNS")
            and (
                event_noun_type(t.lemma, any_type=True) is not None
                or (t.lemma.lower() in lexicon().acts and _definite(toks, k))
            )
        ):
            return k
    return None


#: Determiners that make a noun take up something told: "der Vorfall", "this move" (not "jeder neue Schritt",
#: "einen weiteren Schritt", which speak of acts that may come).
_DEFINITE = {"der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses", "diesen", "diesem", "the", "this",
             "that"}  # fmt: skip


def _definite(toks: list[Token], k: int) -> bool:
    """Does a definite determiner open the noun phrase of the noun at ``k`` (adjectives between)?"""
    j = k - 1
    while j >= 0 and toks[j].pos in ("ADJA", "JJ", "ADV", "RB"):
        j -= 1
    return j >= 0 and toks[j].text.lower() in _DEFINITE


def _cue(i: int, cues: set[str], toks: list[Token], lang: str) -> bool:
    """Is the token at ``i`` one of ``cues``? A word of retaliation or blame that needs a word beside it ("einen
    hohen Preis zahlen", "pay a heavy price", "would only prolong the war") counts only with that word in the
    sentence, and one that threatens only as what another will do ("Iran would regret it") only so."""
    t = toks[i]
    w = t.text.lower() if t.text.lower() in cues else t.lemma.lower() if t.lemma.lower() in cues else None
    needs = lexicon().cues_with.get(lang, {})
    if w in lexicon().retaliation_ahead[lang] and not _others_ahead(i, toks):
        return False  # "the administration regrets the move": its own regret, no threat
    return w is not None and (w not in needs or any(x.lemma.lower() in needs[w] for x in toks))


def _held_by_other(i: int, toks: list[Token], speaker: MentionRef, refs: list[MentionRef]) -> bool:
    """Is the word at ``i`` the view of another party than the speaker: under a verb of holding an opinion or of
    saying (``opinion``, ``reporting``) whose subject is another party ("he said Trump still considered the
    annexation illegal")? English only, by the parse."""
    lex = lexicon()
    verbs = lex.opinion.get("en", set()) | lex.reporting.get("en", set())
    k, steps = i, 0
    while 0 <= toks[k].head != k and steps < 4:
        k, steps = toks[k].head, steps + 1
        if toks[k].pos.startswith("VB"):
            break
    if not toks[k].pos.startswith("VB") or toks[k].lemma.lower() not in verbs:
        return False
    subjects = {j for j, x in enumerate(toks) if x.head == k and x.dep == "nsubj"}
    return any(r is not speaker and r.mention.country != speaker.mention.country and subjects & set(range(r.start, r.end))
               for r in refs)  # fmt: skip


def _others_ahead(k: int, toks: list[Token]) -> bool:
    """Is the English verb at ``k`` in the future, with a subject that is not the speaker's side ("Iran will
    regret it", not "we will regret")?"""
    kids = [x for x in toks if x.head == k]
    future = any(x.dep == "aux" and x.text.lower() in ("will", "would", "'ll", "shall") for x in kids)
    return future and not any(x.dep == "nsubj" and x.text.lower() in ("it", "we", "i") for x in kids)


def _answering_party(toks: list[Token], lang: str, clauses: list[Clause]) -> MentionRef | None:
    """The subject of a clause with a word of retaliation in a sentence whose reporting verb has no actor for a
    subject ("Moscow would respond proportionately …, the ministry said")."""
    lex = lexicon()
    if not any(t.lemma.lower() in lex.reporting[lang] and t.pos.startswith("V") for t in toks):
        return None
    cues = lex.retaliation[lang]
    at = next((i for i in range(len(toks)) if _cue(i, cues, toks, lang)), None)
    clause = next((c for c in clauses if at is not None and c.start <= at < c.end), None)
    if clause is None or clause.subject is None or clause.subject.start > at:
        return None
    return clause.subject if clause.subject.mention.country is not None else None


def _negated(toks: list[Token], at: int, clause: Clause, lang: str, negations: set[str]) -> bool:
    """Does a negation deny the word at ``at``? In English the parse says what "not" belongs to, so "was not
    interested … but would respond" still announces a response; German has no parse here, so any negation in the
    clause counts."""
    if lang != "en":
        return any(t.text.lower() in negations for t in toks[clause.start : clause.end])
    # the verb a predicate word hangs on ("would not go unanswered"); a second verb joined by "but" has its own
    heads = {at} if toks[at].dep == "conj" else {at, toks[at].head}
    return any(t.dep == "neg" and t.head in heads for t in toks[clause.start : clause.end])


def _before_that(cl: Clause, toks: list[Token]) -> Clause:
    """An English reporting clause up to the "that" of what is said ("telling Wang Yi | that the balloon was
    irresponsible"), or without one up to its reporting verb ("Moscow … said | it would not go unanswered"):
    what follows is the statement."""
    that = (k for k in range(cl.start, cl.end) if toks[k].text.lower() == "that" and toks[k].dep == "mark")
    verbs = lexicon().reporting["en"]
    said = (
        k + 1
        for k in range(cl.start, cl.end)
        if toks[k].lemma.lower() in verbs and toks[k].pos.startswith("V")
    )
    cut = next(that, None)  # (a "that" at token 0 cuts there: "or" would skip it)
    return Clause(cl.start, next(said, cl.end) if cut is None else cut)


def _told(r: MentionRef, toks: list[Token], said_in: Clause | None) -> bool:
    """Is ``r`` whom the reporting verb tells ("telling China's top diplomat Wang Yi that …")? The statement is
    addressed to that party."""
    if said_in is None:
        return False
    return any(
        toks[k].dep in ("dobj", "dative", "iobj") and said_in.start <= toks[k].head < said_in.end
        and toks[toks[k].head].lemma.lower() in lexicon().reporting["en"]
        for k in range(r.start, r.end)
    )  # fmt: skip


def _demand(
    toks: list[Token],
    lang: str,
    speaker: MentionRef,
    others: list[MentionRef],
    clauses: list[Clause],
    outside: Callable[[int], bool],
) -> Draft | None:
    """A REQUEST by the speaker to the party that a cited statement says must or should do something: the party
    is the subject of the modal's clause (named before the modal, under no preposition). The modals are ``duty``
    in ``events.yaml``. What "all sides" should do, or what the speaker hopes they do, is an appeal aimed at no one
    party (``all_sides``, ``hoping``)."""
    lex = lexicon()
    sides = _all_sides(toks, lang, outside)
    for at in (i for i, t in enumerate(toks) if t.text.lower() in lex.duty[lang] and outside(i)):
        clause = next((c for c in clauses if c.start <= at < c.end), clauses[0])
        if _passive_after(toks, at, clause.end):
            # "ukrainische Besatzungen sollten in Deutschland ausgebildet werden": the subject of a passive is not
            # the one who must act
            continue
        subject = next((r for r in others if clause.start <= r.start < at and r.gov is None), None)
        if subject is not None:
            d = Draft(_DEMAND, speaker, [subject], at, clause)
        elif sides is not None and clause.start <= sides < at:
            d = Draft(_APPEAL, speaker, [], at, clause)  # "all sides should avoid an escalation"
        else:
            continue
        d.content = toks[at].lemma.lower()
        return d
    # "Beijing hoped all sides would stay calm": hoping that all sides act is an appeal to them
    at = next((i for i, t in enumerate(toks) if sides is not None and i < sides and outside(i)
               and (t.lemma.lower() in lex.hoping[lang] or t.text.lower() in lex.hoping[lang])), None)  # fmt: skip
    if at is None:
        return None
    d = Draft(_APPEAL, speaker, [], at, next((c for c in clauses if c.start <= at < c.end), clauses[0]))
    d.content = toks[at].lemma.lower()
    return d


def _all_sides(toks: list[Token], lang: str, outside: Callable[[int], bool]) -> int | None:
    """Where a statement names all the parties at once ("all sides", "beide Seiten": ``all_sides`` in
    events.yaml), not under a preposition ("concessions from all sides"); None if it does not."""
    words = [t.text.lower() for t in toks]

    def free(k: int) -> bool:
        under_preposition = k > 0 and toks[k - 1].pos in PREPOSITION_TAGS and toks[k - 1].dep != "mark"
        return outside(k) and not under_preposition

    for phrase in lexicon().all_sides[lang]:
        at = _phrase_at(words, phrase, free)
        if at is not None:
            return at
    return None


def _phrase_at(words: list[str], phrase: str, ok: Callable[[int], bool]) -> int | None:
    """Where the (lower-case) ``words`` first hold ``phrase`` at a position ``ok`` accepts, or None."""
    n = len(phrase.split())
    return next(
        (k for k in range(len(words) - n + 1) if " ".join(words[k : k + n]) == phrase and ok(k)), None
    )


def _passive_after(toks: list[Token], at: int, end: int) -> bool:
    """Is the verb a modal at ``at`` governs a passive ("ausgebildet werden", "be punished")?"""
    for a, b in pairwise(toks[at + 1 : end]):
        # German participle before "werden", English "be" before the participle
        if (a.pos == "VVPP" and b.lemma.lower() == "werden") or (a.lemma.lower() == "be" and b.pos == "VBN"):
            return True
    return False


#: The demand a statement of duty makes (CAMEO 100, "demand").
_DEMAND = EventType("REQUEST", None, "100", -5.0, False, ("diplomatic",))
#: The appeal a statement makes to all sides at once (CAMEO 020, "make an appeal or request").
_APPEAL = EventType("REQUEST", None, "020", 3.0, False, ("diplomatic",))
