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

import hashlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from chronik import timex
from chronik.actors import knowledge_base
from chronik.dates import PartialDate, parse_date
from chronik.model import ActorRef, Article, Event, Evidence, Mention, Sentence, Token
from chronik.places import locate
from chronik.resources import data_dir, load_yaml

MODALITIES = ("negated", "hypothetical", "reported", "planned")
_CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}
_TARGET_PREPS = {
    "de": {"gegen", "an", "auf", "gegenüber", "zu", "zur", "zum", "nach", "für", "bei", "beim", "um"},
    "en": {"against", "to", "on", "at", "for", "toward", "towards", "into", "from"},
}
_PARTNER_PREPS = {"de": {"mit"}, "en": {"with"}}
_AGENT_PREPS = {"de": {"von", "vom", "durch"}, "en": {"by"}}
_CONJ = {"und", "and", "sowie", "oder", "or", ",", "der", "die", "den", "dem", "des", "the"}
_PRONOUNS = {"de": {"er"}, "en": {"he", "she"}}
_PLANNING = {"ankündigen", "planen", "wollen", "beabsichtigen", "vorhaben", "versprechen", "zusagen",
             "announce", "plan", "intend", "pledge", "promise", "vow"}  # fmt: skip
_ONGOING = {"ASSAULT", "COERCE"}  #: types whose "seit …" gives the event's (start) date
#: Types whose event nouns report an event even under a preposition ("wegen des Truppenaufmarschs", "nach dem
#: Treffen"); nouns of verbal events there are references to what was said ("auf die Forderungen").
_MATERIAL = {"CONSULT", "MOBILIZE", "ASSAULT", "RETREAT", "COERCE", "AID"}


@dataclass(frozen=True, slots=True)
class EventType:
    type: str
    mode: str | None
    cameo: str
    intensity: float
    symmetric: bool = False
    context: tuple[str, ...] = ()
    needs: str | None = None  #: "mit" (a partner is needed) or "light" (only under a light verb)
    objects: frozenset[str] = frozenset()  #: this reading only with one of these words in the clause
    unless: frozenset[str] = frozenset()  #: never with one of these words in the clause


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, dict[str, list[EventType]]]
    nouns: dict[str, dict[str, list[EventType]]]
    suffixes: dict[str, list[tuple[str, EventType]]]
    light: dict[str, dict[str, dict[str, Any]]]
    modality: dict[str, dict[str, dict[str, Any]]]
    sentence_reported: dict[str, list[str]]
    reporting: dict[str, set[str]]
    according: dict[str, set[str]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The trigger and modality lexicons from ``data/lexicon`` (loaded once)."""
    doc = load_yaml(data_dir() / "lexicon" / "events.yaml", "chronik-events/1")
    mod = load_yaml(data_dir() / "lexicon" / "modality.yaml", "chronik-modality/1")
    verbs: dict[str, dict[str, list[EventType]]] = {"de": {}, "en": {}}
    nouns: dict[str, dict[str, list[EventType]]] = {"de": {}, "en": {}}
    suffixes: dict[str, list[tuple[str, EventType]]] = {"de": [], "en": []}
    for e in doc["events"]:
        et = EventType(
            e["type"], e.get("mode"), str(e["cameo"]), float(e["intensity"]), bool(e.get("symmetric")),
            tuple(e.get("context") or ()), e.get("needs"), frozenset(o.lower() for o in e.get("object") or ()),
            frozenset(o.lower() for o in e.get("unless") or ()),
        )  # fmt: skip
        for lang in ("de", "en"):
            entry = e.get(lang) or {}
            for v in entry.get("verbs") or []:
                verbs[lang].setdefault(v.lower(), []).append(et)
            for n in entry.get("nouns") or []:
                nouns[lang].setdefault(n.lower(), []).append(et)
                if lang == "de" and len(n) >= 5:
                    suffixes[lang].append((n.lower(), et))
            for n in entry.get("exact_nouns") or []:
                nouns[lang].setdefault(n.lower(), []).append(et)
    for lang in suffixes:
        suffixes[lang].sort(key=lambda x: -len(x[0]))
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        suffixes=suffixes,
        light={
            lang: {k.lower(): v or {} for k, v in (doc.get("light") or {}).get(lang, {}).items()}
            for lang in ("de", "en")
        },
        modality={lang: mod.get(lang) or {} for lang in ("de", "en")},
        sentence_reported={
            lang: list((mod.get("sentence_reported") or {}).get(lang) or []) for lang in ("de", "en")
        },
        reporting={lang: set((mod.get("reporting") or {}).get(lang) or []) for lang in ("de", "en")},
        according={lang: set((mod.get("according") or {}).get(lang) or []) for lang in ("de", "en")},
    )


# --- triggers ----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Trigger:
    index: int  #: token index in the sentence
    kind: str  #: verb | noun | light
    types: list[EventType]
    light: dict[str, Any] | None = None


def _is_verb(tok: Token, lang: str) -> bool:
    return tok.pos.startswith("VV") if lang == "de" else tok.pos.startswith("VB")


def _is_noun(tok: Token, lang: str) -> bool:
    return tok.pos in ("NN", "NE") if lang == "de" else tok.pos in ("NN", "NNS")


def _noun_preposition(toks: list[Token], i: int) -> str | None:
    """The preposition an event noun stands under ("auf die russischen Forderungen", "vor einem Besuch")."""
    j = i - 1
    while j >= 0 and toks[j].pos in (
        "ART",
        "ADJA",
        "PIAT",
        "PPOSAT",
        "CARD",
        "DT",
        "JJ",
        "PRP$",
        "CD",
        "ADJD",
    ):
        j -= 1
    if j >= 0 and toks[j].pos in ("APPR", "APPRART", "IN"):
        return toks[j].text.lower()
    return None


def find_triggers(tokens: list[Token], lang: str) -> list[Trigger]:
    """Verbs and nouns of the sentence that signal an event, and light verbs that lend theirs to a noun."""
    lex = lexicon()
    out: list[Trigger] = []
    for i, tok in enumerate(tokens):
        lemma = tok.lemma.lower()
        if _is_verb(tok, lang):
            if lemma in lex.light[lang]:
                out.append(Trigger(i, "light", lex.verbs[lang].get(lemma, []), lex.light[lang][lemma]))
            elif lemma in lex.verbs[lang]:
                out.append(Trigger(i, "verb", lex.verbs[lang][lemma]))
        elif _is_noun(tok, lang):
            types = _noun_types(tokens, i, lang)
            if types:
                out.append(Trigger(i, "noun", types))
    return out


def _noun_types(tokens: list[Token], i: int, lang: str) -> list[EventType]:
    lex = lexicon()
    if lang == "en":
        if i > 0:
            two = f"{tokens[i - 1].lemma} {tokens[i].lemma}".lower()
            if two in lex.nouns["en"]:
                return lex.nouns["en"][two]
        return lex.nouns["en"].get(tokens[i].lemma.lower(), [])
    word = tokens[i].text.lower()
    lemma = tokens[i].lemma.lower()
    for form in (word, lemma):
        if form in lex.nouns["de"]:
            return lex.nouns["de"][form]
    for suffix, et in lex.suffixes["de"]:  # compounds: "Gipfeltreffen", "Truppenabzug"
        if lemma.endswith(suffix) or word.endswith(suffix):
            return [et]
    return []


# --- clauses and mentions ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class MentionRef:
    """An actor mention placed in a sentence: its token span and what governs it."""

    mention: Mention
    start: int
    end: int
    gov: str | None = None  #: governing preposition, "gen" for a genitive attribute of the noun before it

    @property
    def key(self) -> str:
        m = self.mention
        return m.actor_id or (m.name or m.text).lower()

    @property
    def country(self) -> str:
        return self.mention.country or self.key


@dataclass(slots=True)
class Clause:
    start: int  #: first token
    end: int  #: token after the last
    subject: MentionRef | None = None
    infinitive: bool = False  #: a zu-infinitive or "um … zu" clause
    relative: bool = False
    coordinated: bool = (
        False  #: opens with a finite verb after "und": shares the subject of the clause before
    )


def clauses(tokens: list[Token], lang: str) -> list[Clause]:
    """Split a sentence at punctuation, (German) subordinating conjunctions and "und" before a finite verb."""
    bounds = [0]
    for i, t in enumerate(tokens):
        if t.text in _CLAUSE_PUNCT and 0 < i < len(tokens) - 1:
            bounds.append(i + 1)
        elif lang == "de" and t.pos in ("KOUS", "KOUI") and i > 0:
            bounds.append(i)
        elif (
            lang == "de" and t.text in ("und", "sowie", "aber") and i + 1 < len(tokens)
            and tokens[i + 1].pos in ("VVFIN", "VAFIN", "VMFIN")
        ):  # fmt: skip
            bounds.append(i + 1)
    bounds.append(len(tokens))
    spans = sorted(set(bounds))
    out = []
    for a, b in itertools.pairwise(spans):
        if b <= a:
            continue
        span = tokens[a:b]
        cl = Clause(a, b)
        cl.infinitive = any(t.pos in ("PTKZU", "VVIZU", "KOUI") for t in span) and not any(
            t.pos in ("VVFIN", "VAFIN", "VMFIN") for t in span
        )
        # "der seit 2022 Krieg führt", "bei dem ein Treffen … ansteht"
        cl.relative = bool(span) and (
            span[0].pos in ("PRELS", "PRELAT")
            or (len(span) > 1 and span[0].pos in ("APPR", "APPRART") and span[1].pos in ("PRELS", "PRELAT"))
        )
        # "…, weist Kritik zurück und wirft Kiew Provokationen vor": the same subject goes on
        cl.coordinated = (
            a > 0 and tokens[a - 1].text in ("und", "sowie", "aber") and span[0].pos.endswith("FIN")
        )
        out.append(cl)
    return out


def _mention_refs(s: Sentence, mentions: list[Mention], kinds: Iterable[str]) -> list[MentionRef]:
    starts = {t.start: i for i, t in enumerate(s.tokens)}
    ends = {t.end: i for i, t in enumerate(s.tokens)}
    out = []
    for m in mentions:
        if m.kind not in kinds or m.start not in starts or m.end not in ends:
            continue
        a, b = starts[m.start], ends[m.end] + 1
        out.append(MentionRef(m, a, b, _governor(s.tokens, a)))
    out.sort(key=lambda r: r.start)
    # "mit den USA und der Nato": a conjunct stands under the preposition of the first
    for prev, r in itertools.pairwise(out):
        between = [t.text.lower() for t in s.tokens[prev.end : r.start]]
        if (
            r.gov is None
            and between
            and set(between) <= _CONJ
            and set(between) & {"und", "and", "sowie", "oder", "or"}
        ):
            r.gov = prev.gov
    return out


def _governor(tokens: list[Token], a: int) -> str | None:
    """The preposition a mention stands under, or "gen" if it is a genitive attribute of the noun before it."""
    j = a - 1
    while j >= 0 and tokens[j].pos in (
        "ART",
        "ADJA",
        "PPOSAT",
        "PIAT",
        "CARD",
        "DT",
        "JJ",
        "PRP$",
        "CD",
        "$(",
    ):
        j -= 1
    if j < 0:
        return None
    t = tokens[j]
    if t.pos in ("APPR", "APPRART", "APPO", "IN", "TO"):
        return t.text.lower()
    if t.pos == "NN" and tokens[a].text.lower() in ("der", "des"):
        return "gen"
    return None


# --- the coder ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
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
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _State:
    """What the coder carries from sentence to sentence: the last person who was a subject (for "er")."""

    last_person: MentionRef | None = None


def code(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """The events of one analysed article (the coding stage registered in :data:`chronik.pipeline.CODERS`)."""
    lang = article.language or "de"
    published = parse_date(article.published)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    drafts: list[_Draft] = []
    state = _State()
    for k, s in enumerate(sentences):
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        carried = _carried_attribution(nxt, by_sentence.get(nxt.index, []) if nxt else [], lang)
        drafts.extend(_code_sentence(s, by_sentence.get(s.index, []), lang, carried, state))
    return _merge(article, drafts, lang, published)


def _code_sentence(
    s: Sentence, mentions: list[Mention], lang: str, carried: Mention | None, state: _State
) -> list[_Draft]:
    toks = s.tokens
    actors = _mention_refs(s, mentions, ("actor",))
    attribution, speaker = _attribution(s, actors, lang)
    attribution = attribution or carried
    candidates = [
        r for r in actors if r is not speaker and r.mention.sector != "media" and _usable(r.mention)
    ]
    places = [m for m in mentions if m.kind == "place"]
    triggers = find_triggers(toks, lang)
    lex = lexicon()
    sentence_reported = any(p in s.text for p in lex.sentence_reported[lang]) or (
        attribution is not None and attribution.sector == "media"
    )
    out: list[_Draft] = []
    prev: Clause | None = None
    planning_before = False
    for cl in clauses(toks, lang):
        in_clause = [r for r in candidates if cl.start <= r.start and r.end <= cl.end]
        cl.subject = _subject(in_clause, toks, cl, lang, actors, state, prev, speaker)
        trigs = [t for t in triggers if cl.start <= t.index < cl.end]
        if cl.infinitive and not planning_before:
            # "forderte Moskau auf, die Truppen abzuziehen": the content of a request, not an event
            prev = cl
            continue
        feared = prev is not None and _fearful(toks, prev, lang) and toks[cl.start].pos == "KOUS"
        for d in _clause_events(trigs, in_clause, toks, cl, lang, speaker):
            d.sentence = s
            d.modality = "hypothetical" if feared else _modality(toks, cl, lang, d)
            if d.modality == "hypothetical" and d.extra.get("noun_only"):
                continue  # "dank der die russische Invasion abgewehrt werden kann": not an event told

            if cl.infinitive:
                d.modality = "planned" if d.modality == "asserted" else d.modality
            if (
                d.modality == "hypothetical"
                and lang == "en"
                and attribution is not None
                and _future_in_the_past(toks, cl)
            ):
                d.modality = (
                    "planned"  # "Russia said it would expel ten diplomats": reported future, not a maybe
                )
            if sentence_reported and d.modality in ("asserted", "planned"):
                d.modality = "reported"
            d.attribution = attribution
            d.places = places
            out.append(d)
        planning_before = any(toks[i].lemma.lower() in _PLANNING for i in range(cl.start, cl.end))
        if cl.subject is not None and cl.subject.mention.label == "PER":
            state.last_person = cl.subject
        prev = cl
    return out


def _usable(m: Mention) -> bool:
    """A mention that can be an event's source or target: resolved, or at least a name (English NER)."""
    return bool(m.actor_id or m.country or (m.method == "ner" and m.label in ("PER", "ORG")))


def _pronoun_ref(antecedent: MentionRef, toks: list[Token], i: int) -> MentionRef:
    m = antecedent.mention
    pron = replace(m, text=toks[i].text, start=toks[i].start, end=toks[i].end, method="pronoun",
                   explanation=f"pronoun {toks[i].text!r} → {m.name}")  # fmt: skip
    return MentionRef(pron, i, i + 1, None)


def _subject(
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    lang: str,
    all_refs: list[MentionRef],
    state: _State,
    prev: Clause | None,
    speaker: MentionRef | None = None,
) -> MentionRef | None:
    """The clause's subject: the first actor not under a preposition, a pronoun standing for the last person,
    a relative clause's antecedent, or (for a clause that lacks one) the subject of the clause before."""
    if lang == "en":
        for r in refs:
            if any(toks[i].dep in ("nsubj", "nsubjpass") for i in range(r.start, r.end)):
                return r
        for i in range(cl.start, cl.end):
            t = toks[i]
            if t.dep in ("nsubj", "nsubjpass") and t.pos == "PRP":
                # "Russia said it would expel …": "it" is the speaker; "He blamed …": the last person
                antecedent = speaker if speaker is not None and t.text.lower() in ("it", "they") else (
                    state.last_person if t.text.lower() in ("he", "she") else None)  # fmt: skip
                if antecedent is not None:
                    return _pronoun_ref(antecedent, toks, i)
        return prev.subject if prev is not None else None
    if cl.coordinated and prev is not None and prev.subject is not None:
        return prev.subject
    free = [r for r in refs if r.gov is None]
    first = free[0].start if free else cl.end
    for i in range(cl.start, first):
        if toks[i].text.lower() in _PRONOUNS[lang] and state.last_person is not None:
            return _pronoun_ref(state.last_person, toks, i)
    if free:
        return free[0]
    if cl.relative:
        before = [r for r in all_refs if r.end <= cl.start]
        if before:
            return before[-1]
    return prev.subject if prev is not None else None


def _clause_events(
    trigs: list[Trigger], refs: list[MentionRef], toks: list[Token], cl: Clause, lang: str,
    speaker: MentionRef | None,
) -> list[_Draft]:  # fmt: skip
    lights = [t for t in trigs if t.kind == "light"]
    nouns = [t for t in trigs if t.kind == "noun"]
    verbs = [t for t in trigs if t.kind == "verb"]
    out: list[_Draft] = []
    used: set[int] = set()
    for lt in lights:
        noun = _governed_noun(lt, nouns, toks, lang)
        info = lt.light or {}
        if noun is None:
            if lt.types:  # a light verb that is also a trigger by itself ("fordern", "ablehnen")
                verbs.append(Trigger(lt.index, "verb", lt.types))
            continue
        used.add(noun.index)
        base = _choose(noun.types, refs, toks, cl, light=True)
        if base is None:
            continue
        if info.get("type"):
            # "schlug ein Gipfeltreffen vor", "lehnte Gespräche ab": the light verb's event, about the noun
            et = EventType(info["type"], info.get("mode"), str(info["cameo"]), float(info["intensity"]), False,
                           base.context)  # fmt: skip
            if et.type == "REQUEST" and base.type != "CONSULT":
                et = EventType("REQUEST", None, "100", -5.0, False, base.context)
            d = _roles(et, lt.index, refs, toks, cl, lang, noun=False, speaker=speaker)
            if d is not None:
                actor = _noun_actor(noun.index, refs, toks)
                if not d.targets and actor is not None and actor.key != d.source.key:
                    d.targets = [actor]
                d.content = toks[noun.index].lemma.lower()
        else:
            d = _roles(base, noun.index, refs, toks, cl, lang, noun=True, light=lt.index, speaker=speaker)
            if d is not None and info.get("modality"):
                d.extra["modality"] = info["modality"]
        if d is not None:
            out.append(d)
    for vt in verbs:
        et = _choose(vt.types, refs, toks, cl)
        if et is None:
            continue
        d = _roles(et, vt.index, refs, toks, cl, lang, noun=False, speaker=speaker)
        if d is not None:
            d.content = _object_noun(toks, vt.index, cl)
            out.append(d)
    for nt in nouns:
        if nt.index in used:
            continue
        et = _choose(nt.types, refs, toks, cl)
        if et is None:
            continue
        twin = next((d for d in out if d.etype.type == et.type and d.trigger != nt.index), None)
        if twin is not None:
            # "hat in einem Telefonat mit Scholz gesprochen": one event, the verb's, with the noun's mode
            if et.mode and not twin.etype.mode:
                twin.etype = et
            continue
        prep = _noun_preposition(toks, nt.index)
        if prep is not None and et.type not in _MATERIAL:
            continue  # "die Antworten auf die russischen Forderungen": a reference to words, not an event
        d = _roles(et, nt.index, refs, toks, cl, lang, noun=True, speaker=speaker)
        if d is not None and d.extra.get("anchored"):
            if prep in ("vor", "before"):
                d.extra["modality"] = "planned"  # "einen Tag vor einem Besuch von Scholz"
            d.extra["noun_only"] = True
            out.append(d)
    return [d for d in out if d.targets or d.etype.type != "CONSULT"]


def _same_type(a: Trigger, b: Trigger) -> bool:
    return bool({t.type for t in a.types} & {t.type for t in b.types})


def _object_noun(toks: list[Token], i: int, cl: Clause) -> str:
    """The first common noun after a verb in its clause: what a denial or an accusation is about."""
    for t in toks[i + 1 : cl.end]:
        if t.pos in ("NN", "NNS"):
            return t.lemma.lower()
    return ""


def _governed_noun(lt: Trigger, nouns: list[Trigger], toks: list[Token], lang: str) -> Trigger | None:
    """The event noun a light verb governs: for English its object, for German the nearest event noun."""
    if not nouns:
        return None
    if lang == "en":
        for n in nouns:
            head = toks[n.index].head
            if head == lt.index or (head >= 0 and toks[head].head == lt.index):
                return n
        return None
    return min(nouns, key=lambda n: abs(n.index - lt.index))


def _choose(
    types: list[EventType], refs: list[MentionRef], toks: list[Token], cl: Clause, light: bool = False
) -> EventType | None:
    """Pick the reading of a trigger that fits the clause: an entry restricted to certain objects wins when one
    of them is there ("Botschafter abziehen" is a SANCTION, "Truppen abziehen" a RETREAT)."""
    span = toks[cl.start : cl.end]
    words = {t.text.lower() for t in span} | {t.lemma.lower() for t in span}
    for et in types:
        if et.objects and et.objects & words:
            return et
    for et in types:
        if et.objects or (et.unless and et.unless & words):
            continue
        if et.needs == "mit" and not any(r.gov in ("mit", "with") for r in refs):
            continue
        if et.needs == "light" and not light:
            continue
        return et
    return None


def _roles(
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
) -> _Draft | None:
    if lang == "en":
        source, targets, anchored = _roles_en(et, ti, refs, toks, cl, noun, light)
    else:
        source, targets, anchored = _roles_de(et, ti, refs, toks, cl, noun, light)
    if source is None and noun and speaker is not None and any(r.gov in _PARTNER_PREPS[lang] for r in refs):
        # "erklärte Stoltenberg am Rande eines Treffens mit Kuleba": the speaker took part
        source, anchored = speaker, True
    if source is None:
        return None
    targets = [t for t in targets if t.key != source.key]
    d = _Draft(et, source, targets, ti, cl)
    d.extra["anchored"] = anchored
    return d


def _roles_de(
    et: EventType,
    ti: int,
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    noun: bool,
    light: int | None,
) -> tuple[MentionRef | None, list[MentionRef], bool]:
    passive = any(t.lemma == "werden" for t in toks[cl.start : cl.end]) and toks[ti].pos == "VVPP"
    partners = [r for r in refs if r.gov in _PARTNER_PREPS["de"]]
    agents = [r for r in refs if r.gov in _AGENT_PREPS["de"]]
    free = [r for r in refs if r.gov is None]
    source: MentionRef | None = None
    anchored = False
    if noun:
        # who acts in an event noun: an adjective or genitive before it, a genitive after it, "von X"
        source = _noun_actor(ti, refs, toks)
        anchored = source is not None or bool(partners)
        if source is None and (light is not None or partners):
            source = cl.subject
            anchored = True
    elif passive and agents:
        source = agents[0]
    else:
        source = cl.subject
    targets: list[MentionRef] = []
    if et.symmetric:
        targets = list(partners)
        if not targets:
            # "Scholz und Putin trafen sich": a coordinated subject
            targets = [r for r in free if source is not None and r is not source and r.start < ti][:1]
    if not targets:
        if passive:
            targets = [r for r in free if r is not source][:1]
        else:
            after = source.end if source is not None and source.start >= cl.start else cl.start
            preps = _TARGET_PREPS["de"] | ({"über", "gen"} if et.type == "ACCUSE" else set())
            targets = [r for r in refs if r is not source and r.start >= after
                       and (r.gov is None or r.gov in preps)][:1]  # fmt: skip
    return source, _with_coordinated(targets, refs, toks), anchored


def _noun_actor(ti: int, refs: list[MentionRef], toks: list[Token]) -> MentionRef | None:
    """The actor of an event noun: "Bidens Vorschlag", "Abzug der russischen Truppen", "Angriff von Rebellen",
    "russischer Truppenaufmarsch"."""
    for r in refs:
        if r.end == ti or (r.end == ti - 1 and toks[ti - 1].pos in ("ADJA", "JJ")):
            return r
        if r.start == ti + 1 and r.gov == "gen":
            return r
        if r.start == ti + 2 and toks[ti + 1].text.lower() in ("von", "vom", "of", "by"):
            return r
    kb = knowledge_base()
    j = ti - 1
    while j >= 0 and toks[j].pos in ("ADJA", "JJ"):
        for lang in ("de", "en"):
            for t in kb.surface[lang].get((toks[j].text,), []):
                if t.kind == "adjective":
                    aid, name = kb.state_actor(t.key, None)
                    m = Mention("", 0, toks[j].start, toks[j].end, toks[j].text, "actor", "GPE", aid, name, t.key,
                                method="adjective", explanation=f"adjective {toks[j].text!r} → {name}")  # fmt: skip
                    return MentionRef(m, j, j + 1, None)
        j -= 1
    return None


def _with_coordinated(
    targets: list[MentionRef], refs: list[MentionRef], toks: list[Token]
) -> list[MentionRef]:
    """ "mit den USA und der Nato": the actors joined by und/and/sowie to a target are targets too."""
    if not targets:
        return targets
    out = list(targets)
    last = targets[-1]
    for r in refs:
        if r.start > last.end and r.start - last.end <= 3:
            between = {t.text.lower() for t in toks[last.end : r.start]}
            if between and between <= _CONJ and between & {"und", "and", "sowie"}:
                out.append(r)
                last = r
    return out


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

    def children(i: int, *deps: str) -> list[int]:
        return [k for k, t in enumerate(toks) if t.head == i and k != i and t.dep in deps]

    def pobj(i: int, preps: set[str]) -> list[int]:
        out = []
        for p in children(i, "prep", "agent"):
            if toks[p].text.lower() in preps:
                out += children(p, "pobj")
        return out

    head = light if light is not None else ti
    source = None
    anchored = False
    if noun:
        for c in children(ti, "poss", "amod", "compound", "nmod"):
            source = ref_at(c) or source
        for c in pobj(ti, {"by", "from", "of"}):
            source = source or ref_at(c)
        anchored = source is not None
    passive = bool(children(head, "nsubjpass", "auxpass"))
    if source is None:
        for c in pobj(head, {"by"}) if passive else children(head, "nsubj"):
            source = source or ref_at(c)
        if source is None and not noun:
            source = cl.subject
        anchored = anchored or (source is not None and light is not None)
    target_idx: list[int] = []
    if et.symmetric:
        target_idx = pobj(ti, {"with"}) + pobj(head, {"with"})
        if not target_idx:
            target_idx = children(head, "dobj") + [
                c for s in children(head, "nsubj") for c in children(s, "conj")
            ]
    if not target_idx:
        target_idx = children(head, "nsubjpass") if passive else []
        target_idx = target_idx or children(head, "dobj", "dative", "iobj") + pobj(head, _TARGET_PREPS["en"])
        if noun:
            target_idx += pobj(ti, _TARGET_PREPS["en"] | {"on", "against", "with"})
    targets: list[MentionRef] = []
    for i in target_idx:
        r = ref_at(i)
        if r is not None and r not in targets:
            targets.append(r)
            for c in children(i, "conj"):
                rc = ref_at(c)
                if rc is not None and rc not in targets:
                    targets.append(rc)
    if not targets:
        # "condemned Russia's war", "blamed the conflict on NATO's policy": the possessor of the object
        for o in children(head, "dobj") + pobj(head, _TARGET_PREPS["en"]):
            for c in children(o, "poss", "compound", "amod"):
                r = ref_at(c)
                if r is not None and r is not source and r not in targets:
                    targets.append(r)
    if noun and not anchored and targets:
        anchored = True
    return source, targets[:3], anchored


# --- modality and attribution ------------------------------------------------------------------------------------


def _modality(toks: list[Token], cl: Clause, lang: str, d: _Draft) -> str:
    lex = lexicon().modality[lang]
    span = toks[cl.start : cl.end]
    words = {t.text.lower() for t in span}
    lemmas = {t.lemma.lower() for t in span}
    text = " ".join(t.text for t in span)
    found: set[str] = set()
    for mod in MODALITIES:
        cues = lex.get(mod) or {}
        if words & {str(w).lower() for w in cues.get("words") or []}:
            found.add(mod)
        if lemmas & {str(w).lower() for w in cues.get("lemmas") or []}:
            found.add(mod)
        if any(p in text for p in cues.get("phrases") or []):
            found.add(mod)
    if lang == "de":
        # "soll … telefoniert haben": reported; "will … telefonieren", "werde … beenden": planned
        if "sollen" in lemmas and any(t.pos == "VVPP" for t in span) and lemmas & {"haben", "sein"}:
            found.add("reported")
            found.discard("hypothetical")
        elif "sollen" in lemmas and lemmas & {"stattfinden", "beginnen", "kommen"}:
            found.add("planned")
        if any(t.lemma == "werden" and t.pos == "VAFIN" for t in span) and any(
            t.pos == "VVINF" for t in span
        ):
            found.add("planned")
    if d.extra.get("modality"):
        found.add(d.extra["modality"])
    return next((mod for mod in MODALITIES if mod in found), "asserted")


def _future_in_the_past(toks: list[Token], cl: Clause) -> bool:
    words = {t.text.lower() for t in toks[cl.start : cl.end]}
    return "would" in words and not words & {"if", "could", "might", "unless"}


def _fearful(toks: list[Token], cl: Clause, lang: str) -> bool:
    """Does the clause fear or warn ("befürchten, dass …")? Then what follows in "dass" is hypothetical."""
    lex = lexicon().modality[lang].get("hypothetical") or {}
    lemmas = {w.lower() for w in lex.get("lemmas") or []}
    return any(t.lemma.lower() in lemmas for t in toks[cl.start : cl.end])


def _attribution(s: Sentence, refs: list[MentionRef], lang: str) -> tuple[Mention | None, MentionRef | None]:
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
            after = [r for r in refs if r.start > i and all(x.pos in skippable or x.text.lower() in ("to", "von", "nach", "angaben")
                                                            for x in toks[i + 1 : r.start])]  # fmt: skip
            if after:
                return after[0].mention, after[0]
        if lang == "en" and t.lemma.lower() in lex.reporting[lang] and t.pos.startswith("VB"):
            has_clause = any(x.head == i and x.dep in ("ccomp", "xcomp") for x in toks)
            subj = [
                r
                for r in refs
                if any(toks[k].head == i and toks[k].dep == "nsubj" for k in range(r.start, r.end))
            ]
            if has_clause and subj:
                return subj[0].mention, subj[0]
        if t.lemma.lower() in lex.reporting[lang] and (t.pos.startswith("V") or lang == "en"):
            after = [
                r for r in refs if r.start > i and all(x.pos in skippable for x in toks[i + 1 : r.start])
            ]
            quoted = any(x.text in (",", "“", '"', "”", ":", "„") for x in toks[max(0, i - 2) : i])
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


def _carried_attribution(nxt: Sentence | None, mentions: list[Mention], lang: str) -> Mention | None:
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


# --- dates, places, merging ---------------------------------------------------------------------------------------


def _event_date(d: _Draft, published: PartialDate | None, lang: str) -> tuple[str | None, str | None, str]:
    """The date of the event's clause if it has one; else the publication date, unless the clause tells of the
    past (pluperfect: "hatte … telefoniert"), whose date the article does not give."""
    s = d.sentence
    assert s is not None
    a, b = s.tokens[d.clause.start].start, s.tokens[d.clause.end - 1].end
    resolver = getattr(timex, "resolve", None)
    try:
        if resolver is not None:
            found = [
                (t.start, f"{getattr(t, 'prep', None) or ''} {t.text}".strip(), t.value)
                for t in resolver(s.text, language=lang, reference=published)
            ]
        else:
            year = published.year if published else None
            found = [(t.start, t.text, t.value) for t in timex.find(s.text, language=lang, year=year)]
    except Exception:  # a date we cannot read must not lose the event
        found = []
    values = [
        (s.start + start, value)
        for start, text, value in found
        if value
        and a <= s.start + start < b
        and (d.etype.type in _ONGOING or not text.lower().startswith(("seit", "since")))
    ]
    if values:
        value = min(values, key=lambda v: abs(v[0] - s.tokens[d.trigger].start))[1]
        pd = parse_date(value)
        if pd is not None:
            return str(pd), pd.precision, "text"
    span = s.tokens[d.clause.start : d.clause.end]
    background = (
        lang == "de"
        and any(t.text.lower() in ("hatte", "hatten", "war", "waren") for t in span)
        and any(t.pos == "VVPP" for t in span)
    )
    if background or published is None:
        return None, None, "none"
    return str(published), published.precision, "publication"


def _ref(m: Mention) -> ActorRef:
    return ActorRef(m.text, m.name, m.actor_id, m.country, m.sector)


def _place(d: _Draft) -> dict[str, Any] | None:
    s = d.sentence
    assert s is not None
    a, b = s.tokens[d.clause.start].start, s.tokens[d.clause.end - 1].end
    inside = [m for m in d.places if a <= m.start < b]
    return locate(inside[0]) if inside else None


def _host_target(d: _Draft, place: dict[str, Any] | None) -> ActorRef | None:
    """A visit, aid sent, or an ambassador withdrawn "nach/aus Russland": the place's state is the target."""
    if place is None or not place.get("country") or place["country"] == d.source.mention.country:
        return None
    if d.etype.mode != "visit" and d.etype.type not in ("AID", "SANCTION"):
        return None
    aid, name = knowledge_base().state_actor(place["country"], "government")
    return ActorRef(place["text"], name, aid, place["country"], "government")


def _merge(article: Article, drafts: list[_Draft], lang: str, published: PartialDate | None) -> list[Event]:
    """Turn drafts into events, one per (type, code, actors, date, modality): the same event told in the title,
    the lead and the body becomes one event with several pieces of evidence."""
    events: dict[tuple, Event] = {}
    for d in drafts:
        assert d.sentence is not None
        date, precision, basis = _event_date(d, published, lang)
        place = _place(d)
        s = d.sentence
        ev = Evidence(article.article_id, s.text, s.start, s.end)
        targets: list[ActorRef | None] = [_ref(t.mention) for t in d.targets] or [_host_target(d, place)]
        for tgt in targets:
            src_c = d.source.country
            tgt_c = (tgt.country or tgt.actor_id or tgt.text) if tgt else None
            pair = tuple(sorted([str(src_c), str(tgt_c)])) if d.etype.symmetric else (src_c, tgt_c)
            content = d.content if d.etype.type in ("REJECT", "ACCUSE") else ""
            key = (d.etype.type, d.etype.cameo, pair, date, d.modality, content)
            if key in events:
                e = events[key]
                if all(x.start != ev.start for x in e.evidence):
                    e.evidence.append(ev)
                e.location = e.location or place
                if e.attribution is None and d.attribution is not None:
                    e.attribution = _attribution_record(d.attribution)
                continue
            att = d.attribution
            events[key] = Event(
                event_id=_event_id(article.article_id, d, tgt),
                article_id=article.article_id,
                article_path=article.url or article.path,
                language=lang,
                event_type=d.etype.type,
                mode=d.etype.mode,
                context=list(d.etype.context),
                cameo=d.etype.cameo,
                intensity=d.etype.intensity,
                source=_ref(d.source.mention),
                target=tgt,
                symmetric=d.etype.symmetric,
                date=date,
                date_precision=precision,
                date_basis=basis,
                location=place,
                modality=d.modality,
                attribution=_attribution_record(att) if att is not None else None,
                evidence=[ev],
            )
    return _fold_targetless(list(events.values()))


def _attribution_record(m: Mention) -> dict[str, Any]:
    return {"text": m.text, "name": m.name, "country": m.country, "sector": m.sector}


def _fold_targetless(events: list[Event]) -> list[Event]:
    """One event told twice, once less precisely, is one event: once with its target and once without ("Biden
    schlug Putin einen Gipfel vor … der US-Präsident habe einen Gipfel vorgeschlagen"), or once with the month
    and once with the day ("die für Jänner geplanten Gespräche … am 10. Jänner")."""
    out: list[Event] = []
    for e in events:
        twin = next((x for x in out if _less_precise_twin(e, x)), None) or next(
            (x for x in events if x is not e and x not in out and _less_precise_twin(e, x)), None
        )
        if twin is not None:
            twin.evidence.extend(ev for ev in e.evidence if all(ev.start != t.start for t in twin.evidence))
            twin.attribution = twin.attribution or e.attribution
            twin.location = twin.location or e.location
            continue
        out.append(e)
    return out


def _less_precise_twin(e: Event, x: Event) -> bool:
    """Is ``x`` the same event as ``e`` told more precisely (a target where ``e`` has none, or a finer date)?"""
    if x.event_type != e.event_type or x.cameo != e.cameo or x.modality != e.modality:
        return False
    if not (x.source and e.source and x.source.country == e.source.country):
        return False
    same_target = (e.target is None and x.target is not None) or (
        e.target is not None and x.target is not None and e.target.country == x.target.country
    )
    if not same_target:
        return False
    # only a date the text gave ("im Jänner") is a coarser telling of a finer one; the publication month is not
    finer_date = (
        e.date is not None and e.date_basis == "text" and x.date is not None
        and x.date.startswith(e.date) and x.date != e.date
    )  # fmt: skip
    if e.target is None and x.target is not None:
        return e.date == x.date or finer_date
    return finer_date


def _event_id(article_id: str, d: _Draft, t: ActorRef | None) -> str:
    assert d.sentence is not None
    raw = f"{article_id}|{d.etype.type}|{d.etype.cameo}|{d.source.key}|{t.actor_id or t.text if t else ''}|"
    raw += f"{d.sentence.start + d.trigger}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]
