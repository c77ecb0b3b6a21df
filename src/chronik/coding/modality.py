"""Modality (asserted, reported, planned, hypothetical, negated) and attribution (whom the article cites)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronik.attribution import is_quote_mark
from chronik.coding.clauses import Clause, MentionRef
from chronik.coding.lexicon import MODALITIES, lexicon
from chronik.coding.roles import Draft
from chronik.model import Mention, Sentence, Token


def modality_of(toks: list[Token], cl: Clause, lang: str, d: Draft) -> str:
    lex = lexicon().modality[lang]
    span = toks[cl.start : cl.end]
    text = " ".join(t.text for t in span)
    at = list(range(cl.start, cl.end))
    if lang == "en" and any(t.dep for t in span):
        at = _scope(toks, d.trigger)
    if "content" in d.extra:
        # what an accusation says ("sprach von einem geplanten Anschlag") does not make the accusation planned
        a, b = d.extra["content"]
        at = [i for i in at if not a <= i < b]
    if d.etype.type == "THREATEN":
        # "Iran vowed to retaliate": the vow is the threat, made now; its own word makes it no plan
        at = [i for i in at if i != d.trigger]
    span = [toks[i] for i in at]
    words = {t.text.lower() for t in span}
    lemmas = {t.lemma.lower() for t in span}
    found: set[str] = set()
    for mod in MODALITIES:
        cues = lex.get(mod) or {}
        if words & {str(w).lower() for w in cues.get("words") or []}:
            found.add(mod)
        if lemmas & {str(w).lower() for w in cues.get("lemmas") or []}:
            found.add(mod)
        if any(p in text for p in cues.get("phrases") or []):
            found.add(mod)
        if any(p in text for p in cues.get("unless_phrases") or []):
            found.discard(mod)  # "in erhöhte Bereitschaft versetzt": an alert, not a readiness to act later
    if lang == "de":
        # "soll … telefoniert haben": reported; "will … telefonieren", "werde … beenden": planned
        if "sollen" in lemmas and any(t.pos == "VVPP" for t in span) and lemmas & {"haben", "sein"}:
            found.add("reported")
            found.discard("hypothetical")
        elif (
            "sollen" in lemmas
            and any(t.pos == "VVINF" for t in span)
            and not any(t.pos == "VVPP" for t in span)
        ):
            found.add("planned")  # "wo er mit To Lam zusammenkommen soll", "soll am Freitag stattfinden"
        if any(t.lemma == "werden" and t.pos == "VAFIN" for t in span) and any(
            t.pos == "VVINF" for t in span
        ):
            found.add("planned")
    if lang == "en" and "planned" in found and _announced_as_done(toks, d.trigger, words, lemmas, lex):
        found.discard("planned")
    if fell_through(toks, d.trigger, lang):
        found.add("negated")
    verb = _verb_of(toks, d.trigger) if lang == "en" else d.trigger
    if lang == "en" and any(t.head == verb and t.dep == "aux" and t.text.lower() == "to" for t in toks):
        # "travels to London to meet Starmer", "is to meet", "EU leaders to impose new sanctions": an act still
        # ahead (but "continue to urge" goes on)
        above = toks[verb].head
        done = toks[verb].dep == "advcl" and 0 <= above < len(toks) and toks[above].pos == "VBD"
        if not (0 <= above < len(toks) and toks[above].lemma.lower() in _GOING_ON) and not done:
            found.add("planned")
    if d.extra.get("modality"):
        found.add(d.extra["modality"])
    if d.etype.planned:
        found.add("planned")  # "invited Xi to the summit in Kazan": the meeting is still to come
    if _yes_no_question(toks):
        found.add("hypothetical")  # "Will Russia attack Ukraine?", "Greift Russland die Ukraine an?"
    if "negated" in found and {t.text.lower() for t in toks[cl.start : cl.end]} & _IF:
        # "if Putin did not agree to stop the fighting": a condition, not a refusal (an "if" of the clause
        # itself: "…, although he insisted Moscow was not withdrawing" after an if-clause the parser hangs it on)
        found -= {"negated"}
        found.add("hypothetical")
    return next((mod for mod in MODALITIES if mod in found), "asserted")


def _verb_of(toks: list[Token], trigger: int) -> int:
    """The light verb an English event noun is the object of ("to impose new sanctions", "to hold talks"), else
    the trigger itself (not any verb: "working to cover the clashes" tells of clashes that happen)."""
    t = toks[trigger]
    if (
        t.pos.startswith("NN")
        and t.dep == "dobj"
        and 0 <= t.head < len(toks)
        and toks[t.head].pos == "VB"
        and toks[t.head].lemma.lower() in lexicon().light["en"]
    ):
        return t.head
    return trigger


#: Tags of a finite verb or auxiliary that opens a yes/no question ("Will …?", "Did …?", "Wird …?", "Greift …?").
_QUESTION_OPENERS = {"MD", "VBZ", "VBP", "VBD", "VVFIN", "VAFIN", "VMFIN"}


def _yes_no_question(toks: list[Token]) -> bool:
    """Does the sentence ask whether something happens? What it asks about is not told as a fact (a question
    that asks why or when presupposes the act: "Why did Obama meet Mubarak?" is not one)."""
    words = [t for t in toks if not is_quote_mark(t)]
    return len(words) > 2 and words[-1].text == "?" and words[0].pos in _QUESTION_OPENERS


#: English verbs that announce an act: what they announce is ahead unless it is told as done or under way.
_ANNOUNCE = {"announce"}


def _announced_as_done(
    toks: list[Token], trigger: int, words: set[str], lemmas: set[str], lex: dict[str, Any]
) -> bool:
    """ "Russia announced that it had expelled ten US diplomats", "announced that Moscow was suspending its
    participation": an announcement of what was done or is under way (a verb in the past, the perfect or the
    progressive) tells a fact, not a plan. Only where "announce" is the sole cue for a plan ("announced it would
    expel …" stays planned, as does an announced package)."""
    cues = lex.get("planned") or {}
    if words & {str(w).lower() for w in cues.get("words") or []}:
        return False
    if (lemmas & {str(w).lower() for w in cues.get("lemmas") or []}) - _ANNOUNCE:
        return False
    t = toks[trigger]
    if t.pos not in ("VBD", "VBN", "VBG"):
        return False
    aux = {x.text.lower() for x in toks if x.head == trigger and x.dep in ("aux", "auxpass")}
    return not aux & {"will", "would", "'ll", "shall", "to"}


def fell_through(toks: list[Token], trigger: int, lang: str) -> bool:
    """Whether the trigger is the infinitive of a verb saying it did not come about (``governors`` under
    ``negated`` in ``modality.yaml``): "failed to agree on a ceasefire" is no agreement, not a refusal."""
    above = toks[trigger].head
    if toks[trigger].dep != "xcomp" or not 0 <= above < len(toks):
        return False
    cues = (lexicon().modality[lang].get("negated") or {}).get("governors") or []
    return toks[above].lemma.lower() in {str(w).lower() for w in cues}


#: English verbs whose "to" infinitive goes on or begins now rather than lying ahead ("We continue to urge …").
_GOING_ON = {"continue", "begin", "start", "resume"}


#: CAMEO's "express intent to …" codes (03x) for the act promised, and their Goldstein weights.
_INTENT = {"AID": ("033", 5.2), "SUPPORT": ("032", 4.5), "COOPERATE": ("031", 5.2), "RETREAT": ("035", 5.0),
           "CONCEDE": ("035", 5.0), "CONSULT": ("036", 4.0)}  # fmt: skip
_FUTURE_KINDS = {"AID", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE"}


@lru_cache(maxsize=8)
def _commitment_cues(lang: str, kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """The (words, lemmas) of one kind of commitment cue in ``modality.yaml``, lower-cased."""
    c = (lexicon().modality[lang].get("commitment") or {}).get(kind) or {}
    return frozenset(str(w).lower() for w in c.get("words") or []), frozenset(
        str(w).lower() for w in c.get("lemmas") or []
    )


def commitment(
    toks: list[Token], cl: Clause, lang: str, event_type: str, trigger: int
) -> tuple[str, float] | None:
    """If the clause promises or offers the event (``commitment`` cues in ``modality.yaml``), the CAMEO code and
    intensity of that promise as an AGREE event; else None. "Syria says it is willing to withdraw its troops"
    is a promise (AGREE, 035) besides a planned RETREAT. When the trigger is the cue itself ("sicherte
    Rückendeckung zu"), the promise is the event: None."""
    if event_type not in _INTENT or toks[trigger].lemma.lower() in _commitment_cues(lang, "explicit")[1]:
        return None
    span = toks[cl.start : cl.end]
    words = {t.text.lower() for t in span}
    lemmas = {t.lemma.lower() for t in span}
    for kind, types in (("explicit", set(_INTENT)), ("future", _FUTURE_KINDS)):
        cue_words, cue_lemmas = _commitment_cues(lang, kind)
        if (words & cue_words or lemmas & cue_lemmas) and event_type in types:
            return _INTENT[event_type]
    return None


_MARKERS = {"aux", "auxpass", "neg", "advmod", "mark", "prt", "npadvmod"}


def _scope(toks: list[Token], i: int) -> list[int]:
    """What can change an English event's modality: the verbs that govern its trigger and their auxiliaries,
    negations, adverbs and conjunctions. "He announced sanctions and called on NATO": the call is not planned
    because it stands beside "announced", not under it; "will meet and discuss" shares the "will"."""
    out: list[int] = []
    seen: set[int] = set()
    k = below = i
    while 0 <= k < len(toks) and k not in seen:
        seen.add(k)
        out.append(k)
        out += [c for c, t in enumerate(toks) if t.head == k and c != k and t.dep in _MARKERS]
        if k == i:
            # "Russia threatens nobody": an object that is no one negates the act
            out += [c for c, t in enumerate(toks) if t.head == k and t.dep in ("dobj", "nsubj")
                    and t.text.lower() in ("nobody", "noone")]  # fmt: skip
        if k != i and toks[k].pos.startswith("NN") and toks[below].dep in ("prep", "acl", "xcomp"):
            # "has no intention of attacking Ukraine", "no plans to meet": the "no" of the noun the act hangs on
            # (not of a noun a clause of its own hangs on: "no timetable as Turkey drops its veto")
            out += [
                c for c, t in enumerate(toks) if t.head == k and t.dep == "det" and t.text.lower() == "no"
            ]
        if toks[k].dep == "conj":
            h = toks[k].head
            own = any(t.head == k and t.dep in ("aux", "nsubj", "nsubjpass") for t in toks)
            if toks[k].pos not in ("VBD", "VBZ", "VBP") and not own:
                # a bare verb shares the first one's auxiliaries; "could not be justified and warned Iran": a
                # finite one carries its own, as does one with an auxiliary or subject of its own ("…, and the
                # ministry is preparing reciprocal steps"); "was not imposing … but implementing sanctions": what
                # "but" sets against a negation is affirmed
                contrast = any(t.dep == "cc" and t.head == h and t.text.lower() == "but" for t in toks[h:k])
                shared = ("aux",) if contrast else ("aux", "neg")
                out += [c for c, t in enumerate(toks) if t.head == h and c != h and t.dep in shared]
            break
        if toks[k].head == k or toks[k].dep == "ROOT":
            break
        if toks[k].dep == "advcl" and any(t.head == k and t.dep == "mark" and t.text.lower() in _GROUNDS
                                          for t in toks):  # fmt: skip
            break  # "would not use such words because he continued to talk with Putin": the talks go on
        if (
            toks[k].dep == "advcl"
            and toks[k].pos == "VBD"
            and any(t.head == k and t.dep == "mark" and t.text.lower() in _WHEN for t in toks)
        ):
            break  # "said it would expel five Polish diplomats after Warsaw ordered three Russians to leave"
        below, k = k, toks[k].head
    return out


#: Conjunctions of an English clause that tells when: with a verb in the past, it tells a fact of its own.
_WHEN = {"after", "when", "as", "before", "once"}

#: Conjunctions of an English clause that gives grounds or concedes: it tells a fact of its own, which the verb
#: it hangs on does not negate or put ahead.
_GROUNDS = {"because", "although", "though", "whereas", "since"}


def future_in_the_past(toks: list[Token], cl: Clause) -> bool:
    """ "Russia said it would expel …", "Minsk versicherte, die Soldaten würden abziehen": a future told in
    reported speech, not a condition (no "if", "falls", "could", "könnte" in the clause)."""
    words = {t.text.lower() for t in toks[cl.start : cl.end]}
    future = words & {"would", "würde", "würden"}
    return bool(future) and not words & (_IF | {"could", "might", "könnte", "könnten"})


#: Conjunctions that open a condition.
_IF = {"if", "unless", "wenn", "falls"}


#: Prepositional phrases that set a condition: "Im Fall einer Aggression …", "in the event of an invasion".
_IF_PHRASES = (("im", "fall"), ("im", "falle"), ("in", "case", "of"), ("in", "the", "event", "of"))


def conditional(toks: list[Token]) -> bool:
    """Does the sentence set a condition ("falls", "if", "im Fall einer …", or an inverted "Sollten die
    Separatisten …")? Then the measures a speaker says would follow are a maybe, not a plan."""
    if any(t.text.lower() in _IF | {"sollte", "sollten", "should"} for t in toks):
        return True
    words = [t.text.lower() for t in toks]
    return any(tuple(words[i : i + len(p)]) == p for p in _IF_PHRASES for i in range(len(words)))


def negation_words(lang: str) -> set[str]:
    """The words that negate (``negated`` in ``data/lexicon/modality.yaml``), lower-cased."""
    return {str(w).lower() for w in (lexicon().modality[lang].get("negated") or {}).get("words") or []}


def denies_intent(toks: list[Token], cl: Clause, lang: str) -> bool:
    """Does the clause of announcing or intending before an infinitive deny the intent ("Russland plane nicht",
    "habe keinerlei Absicht"; not "plant nicht nur, …")?"""
    text = " ".join(t.text for t in toks[cl.start : cl.end])
    unless = (lexicon().modality[lang].get("negated") or {}).get("unless_phrases") or []
    if any(p in text for p in unless):
        return False
    words = negation_words(lang)
    return any(t.text.lower() in words for t in toks[cl.start : cl.end])


#: How far before an act a denied intent may stand ("Russland habe keinerlei Absicht, die Ukraine anzugreifen").
_INTENT_REACH = 8


def intent_denied(toks: list[Token], at: int, lang: str) -> bool:
    """Is the act at ``at`` one its source says it does not intend: a word of intending (``intending`` in
    modality.yaml) shortly before it, with a negation right before or after that word ("had no plans to send
    troops", "did not intend to send soldiers", "plane nicht, … anzugreifen", "keinerlei Absicht, …")? Such a
    statement is a refusal, not an act that failed to happen."""
    intending, negating = lexicon().intending[lang], negation_words(lang)
    for k in range(max(0, at - _INTENT_REACH), at):
        if toks[k].text.lower() in intending or toks[k].lemma.lower() in intending:
            near = toks[max(0, k - 3) : k] + toks[k + 1 : min(at, k + 2)]
            if any(t.text.lower() in negating for t in near):
                return True
    return False


def fearful(toks: list[Token], cl: Clause, lang: str) -> bool:
    """Does the clause fear or warn ("befürchten, dass …")? Then what follows in "dass" is hypothetical."""
    lex = lexicon().modality[lang].get("hypothetical") or {}
    lemmas = {w.lower() for w in lex.get("lemmas") or []}
    return any(t.lemma.lower() in lemmas for t in toks[cl.start : cl.end])


def find_attribution(
    s: Sentence, refs: list[MentionRef], lang: str
) -> tuple[Mention | None, MentionRef | None]:
    """Whom the sentence cites ("teilte das Weiße Haus mit", "laut Konaschenkow", "berichtet die Washington
    Post") and the mention that is that speaker (a speaker, not a participant)."""
    lex = lexicon()
    toks = s.tokens
    skippable = {"ART", "DT", "$(", "``", "''", "ADJA", "JJ"}
    for i, t in enumerate(toks):
        low = t.text.lower()
        if low in lex.according[lang]:
            if low == "zufolge":
                before = [r for r in refs if r.end <= i and i - r.end <= 1]
                if before:
                    return before[-1].mention, before[-1]
            after = [r for r in refs if r.start > i and all(x.pos in skippable or x.text.lower() in ("to", "von", "nach", "angaben", "aus")
                                                            for x in toks[i + 1 : r.start])]  # fmt: skip
            if after:
                return after[0].mention, after[0]
        if lang == "en" and t.lemma.lower() in lex.reporting[lang] and t.pos.startswith("VB"):
            has_clause = any(x.head == i and x.dep in ("ccomp", "xcomp") for x in toks)
            subj = [
                r
                for r in refs
                if any(
                    (toks[k].head == i and toks[k].dep == "nsubj")
                    # "Iran's mission to the United Nations said": the possessor of the subject speaks
                    or (
                        toks[k].dep == "poss"
                        and 0 <= toks[k].head < len(toks)
                        and toks[toks[k].head].head == i
                        and toks[toks[k].head].dep == "nsubj"
                    )
                    # "Director of National Intelligence Dan Coats said": the person the title is "of"
                    or (r.mention.label == "PER" and _title_of(toks, k, i))
                    for k in range(r.start, r.end)
                )
            ]
            if has_clause and subj:
                return subj[0].mention, subj[0]
        if t.lemma.lower() in lex.reporting[lang] and (t.pos.startswith("V") or lang == "en"):
            after = [
                r
                for r in refs
                if r.start > i
                and all(x.pos in skippable for x in toks[i + 1 : r.start])
                # "…, telling China's top diplomat Wang Yi that …": whom one tells is no speaker
                and not any(
                    toks[k].head == i and toks[k].dep in ("dobj", "dative", "iobj")
                    for k in range(r.start, r.end)
                )
                # "… "a dead end" and said Washington had ignored …": the subject of what is said, not the speaker
                and not any(
                    toks[k].dep in ("nsubj", "nsubjpass") and toks[k].head != i for k in range(r.start, r.end)
                )
            ]
            quoted = any(x.text in (",", "“", '"', "”", ":", "„") for x in toks[max(0, i - 2) : i])
            # "…, saying Trump was living in …": a participle's speaker stands before it, not after
            quoted = quoted and t.pos != "VBG"
            if after and (
                quoted or (lang == "en" and t.dep in ("ROOT", "ccomp", "parataxis") and i > len(toks) // 2)
            ):
                return after[0].mention, after[0]
            before = [r for r in refs if 0 <= i - r.end <= 1]
            if (
                before
                and lang == "en"
                and t.dep in ("ROOT",)
                and any(x.text in ('"', "“", "”", ",") for x in toks[i:])
            ):
                return before[-1].mention, before[-1]
    return None, None


def _title_of(toks: list[Token], k: int, verb: int) -> bool:
    """Is token ``k`` the object of the "of" after the verb's subject ("Director of … Coats said")?"""
    of = toks[k].head
    if toks[k].dep != "pobj" or not 0 <= of < len(toks) or toks[of].text.lower() != "of":
        return False
    subject = toks[of].head
    return 0 <= subject < len(toks) and toks[subject].head == verb and toks[subject].dep == "nsubj"


def carried_attribution(nxt: Sentence | None, mentions: list[Mention], lang: str) -> Mention | None:
    """ "Das berichtete die Washington Post": a short next sentence that attributes the previous one."""
    if (
        nxt is None
        or len(nxt.tokens) > 16
        or nxt.tokens[0].text.lower() not in ("das", "dies", "this", "that")
    ):
        return None
    lex = lexicon()
    if not any(t.lemma.lower() in lex.reporting[lang] for t in nxt.tokens[:3]):
        return None
    actors = [m for m in mentions if m.kind == "actor"]
    return actors[0] if actors else None
