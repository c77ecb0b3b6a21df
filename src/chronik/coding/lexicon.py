"""Trigger and modality lexicons (``data/lexicon/events.yaml``, ``modality.yaml``): what each word signals."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chronik.resources import KnowledgeError, data_dir, load_yaml

MODALITIES = ("negated", "hypothetical", "reported", "planned")


@dataclass(frozen=True, slots=True)
class EventType:
    type: str
    mode: str | None
    cameo: str
    intensity: float
    symmetric: bool = False
    context: tuple[str, ...] = ()
    #: "mit" (a partner under mit/with is needed), "mit_word" (the word mit or damit), "light" (only under a light
    #: verb), "received" (only under a light verb of receiving), "owner" (under a light verb or with an actor of its
    #: own) or "speech" (followed by what is said)
    needs: str | None = None
    objects: frozenset[str] = frozenset()  #: this reading only with one of these words in the clause
    unless: frozenset[str] = frozenset()  #: never with one of these words in the clause
    after: frozenset[str] = (
        frozenset()
    )  #: only when one of these words follows the trigger ("call on", "call for")
    #: the "mit"/"with" partner is the other side, not an ally ("clashed with police", "Gefechte mit der Armee")
    opponent: bool = False
    #: the event lies ahead of the act that tells it: an invitation is a meeting still to come
    planned: bool = False


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, dict[str, list[EventType]]]
    nouns: dict[str, dict[str, list[EventType]]]
    suffixes: dict[str, list[tuple[str, EventType]]]
    not_events: dict[str, set[str]]  #: words that end like a trigger but name no event ("Entwarnung")
    criticism: dict[str, set[str]]  #: words of blame that make a reported statement an ACCUSE
    retaliation: dict[str, set[str]]  #: words of retaliation that make a statement of the future a THREATEN
    retaliation_negated: dict[str, set[str]]  #: words of retaliation that threaten under a negation
    retaliation_ahead: dict[str, set[str]]  #: words of retaliation that threaten only as what another will do
    retaliation_now: dict[str, set[str]]  #: words of retaliation that threaten in any tense ("red line")
    in_kind: set[str]  #: words of a measure that answers the same measure of another (both languages)
    #: words of retaliation or blame that count only beside one of their words ("Preis" with "zahlen", "prolong"
    #: with "war"), by language
    cues_with: dict[str, dict[str, set[str]]]
    accusations: set[str]  #: nouns for what an accuser says (both languages, lower case, lemmas and plurals)
    acts: set[str]  #: nouns that take up an act told before ("the move", "der Schritt"), both languages
    dismissive: set[str]  #: words that dismiss an accusation ("absurd", "baseless"), both languages
    denials: dict[str, list[str]]  #: phrases of a cited statement that reject ("komme nicht infrage")
    claimed: dict[str, set[str]]  #: nouns for a claim, which a dismissive word in a statement denies
    assent: set[str]  #: verbs of approving what others did or proposed ("zustimmen", "ratify")
    force_options: set[str]  #: uses of force one may not rule out ("Militäreinsatz", "strike")
    by_phone: dict[str, set[str]]  #: manner words that make what was said a phone call ("telefonisch")
    duty: dict[str, set[str]]  #: modal verbs that make a cited statement about another party a demand on it
    all_sides: dict[
        str, list[str]
    ]  #: phrases for all the parties at once ("all sides"), whose duty is an appeal
    hoping: dict[str, set[str]]  #: verbs of hoping, under which what all sides should do is an appeal as well
    avoiding: dict[str, set[str]]  #: verbs of avoiding, under which a dismissive word denies nothing
    borders: dict[str, set[str]]  #: words for a border, whose state troops massed there are aimed at
    protecting: dict[str, set[str]]  #: words of protecting, whose protected airspace or land is the target's
    deployments: dict[str, set[str]]  #: words for a deployment, whose end "in" a place leaves that state
    parts: dict[
        str, set[str]
    ]  #: German nouns of a part of a land, whose genitive is the land ("im Süden des …")
    memberships: dict[str, set[str]]  #: words for membership, aimed at the organisation a compound names
    applications: dict[str, set[str]]  #: words for applying, for membership of the organisation named last
    partners: dict[str, set[str]]  #: words for one's own partners, whom a demand may address unnamed
    among: dict[str, set[str]]  #: words that open a list of some of a group ("darunter", "including")
    incorporation: dict[str, set[str]]  #: words of bringing land into a state ("Aufnahme", "part of")
    home_acts: dict[str, set[str]]  #: what a state does at home ("Wahl", "crackdown"), blamed on its state
    infringed: dict[str, set[str]]  #: what others violate ("sovereignty"): its owner is the victim
    patient_genitive: set[str]  #: German act nouns whose genitive is what the act is done to ("Abschuss")
    joint: dict[str, set[str]]  #: words that make what coordinated parties do a joint act ("gemeinsam")
    joint_travel: dict[str, set[str]]  #: verbs of going somewhere together, which is no joint act ("fahren")
    calls_back: dict[str, set[str]]  #: verbs of calling with no one called ("rief an"): the call told before
    joins_meeting: dict[str, set[str]]  #: verbs of taking part ("nahm an … teil"): the meeting before
    expected: dict[str, set[str]]  #: verbs of awaiting a guest ("wird in Kiew erwartet"): a visit to come
    members: dict[str, set[str]]  #: nouns for a member ("Mitglied"): "ist 32. Mitglied der Nato" joins it
    joining: dict[str, set[str]]  #: words that make being a member the joining ("nun", "offiziell", "become")
    claims: dict[str, set[str]]  #: verbs of claiming: the force they tell of is the claimant's allegation
    alleging: dict[str, set[str]]  #: verbs of alleging: the act their object names is what they allege
    in_turn: dict[str, set[str]]  #: words that make an accusation a counter-accusation ("seinerseits")
    no_doubt: dict[str, set[str]]  #: nouns that a negation before them affirms ("no question that …")
    opinion: dict[str, set[str]]  #: verbs of holding a view ("considered it illegal")
    joint_shared: dict[str, set[str]]  #: nouns a "gemeinsame" names no act with ("gemeinsame Grenze")
    weapons: set[str]  #: nouns of weapons that stand for the force firing them (``weapons`` in roles.yaml)
    light: dict[str, dict[str, dict[str, Any]]]
    modality: dict[str, dict[str, dict[str, Any]]]
    sentence_reported: dict[str, list[str]]
    reporting: dict[str, set[str]]
    according: dict[str, set[str]]
    #: verbs announcing or ordering one's own act: its infinitive is planned, not requested
    announcing: set[str]
    #: words of intending, whose denial before one's own act makes it a refusal ("had no plans to send troops")
    intending: dict[str, set[str]]


def _words(entry: dict[str, Any], key: str, k: int) -> list[str]:
    """The words of one key of a trigger entry, refusing what YAML read as something else: unquoted ``on``, ``no``
    or ``yes`` are booleans to it, and a condition that held ``True`` would silently never match."""
    words = entry.get(key) or []
    bad = [w for w in words if not isinstance(w, str)]
    if bad:
        raise KnowledgeError(
            f"events.yaml: events[{k}] ({entry.get('type')} {entry.get('cameo')}): '{key}' holds {bad[0]!r}, not a "
            'word; quote it ("on", "no", "yes")'
        )
    return words


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The trigger and modality lexicons from ``data/lexicon`` (loaded once)."""
    doc = load_yaml(data_dir() / "lexicon" / "events.yaml", "chronik-events/1")
    mod = load_yaml(data_dir() / "lexicon" / "modality.yaml", "chronik-modality/1")
    roles = load_yaml(data_dir() / "lexicon" / "roles.yaml", "chronik-roles/1")
    verbs: dict[str, dict[str, list[EventType]]] = {"de": {}, "en": {}}
    nouns: dict[str, dict[str, list[EventType]]] = {"de": {}, "en": {}}
    suffixes: dict[str, list[tuple[str, EventType]]] = {"de": [], "en": []}
    blame = _all_words(doc, "criticism")
    for k, e in enumerate(doc["events"]):
        objects = [*_words(e, "object", k), *(blame if e.get("blame") else ())]
        et = EventType(
            e["type"], e.get("mode"), str(e["cameo"]), float(e["intensity"]), bool(e.get("symmetric")),
            tuple(e.get("context") or ()), e.get("needs"), frozenset(o.lower() for o in objects),
            frozenset(o.lower() for o in _words(e, "unless", k)), frozenset(o.lower() for o in _words(e, "after", k)),
            bool(e.get("opponent")), bool(e.get("planned")),
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
    for lang, prefixes in (doc.get("repeat_prefixes") or {}).items():
        for verb, types in list(verbs[lang].items()):
            for p in prefixes:
                verbs[lang].setdefault(p + verb, types)  # "weiterverhandeln" is "verhandeln" again
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        suffixes=suffixes,
        not_events=_word_sets(doc, "not_events"),
        criticism=_word_sets(doc, "criticism"),
        by_phone=_word_sets(doc, "by_phone"),
        accusations=_all_words(doc, "accusations"),
        acts=_all_words(doc, "acts"),
        dismissive=_all_words(doc, "dismissive"),
        denials={lang: sorted(words) for lang, words in _word_sets(doc, "denials").items()},
        claimed=_word_sets(doc, "claimed"),
        assent=_all_words(doc, "assent"),
        force_options=_all_words(doc, "force_options"),
        retaliation=_word_sets(doc, "retaliation"),
        retaliation_negated=_word_sets(doc, "retaliation_negated"),
        retaliation_ahead=_word_sets(doc, "retaliation_ahead"),
        retaliation_now=_word_sets(doc, "retaliation_now"),
        in_kind=_all_words(doc, "in_kind"),
        cues_with={
            lang: {str(w).lower(): {str(v).lower() for v in verbs} for w, verbs in words.items()}
            for lang, words in (doc.get("cues_with") or {}).items()
        },
        duty=_word_sets(doc, "duty"),
        all_sides={lang: sorted(words) for lang, words in _word_sets(doc, "all_sides").items()},
        hoping=_word_sets(doc, "hoping"),
        avoiding=_word_sets(doc, "avoiding"),
        borders=_word_sets(doc, "borders"),
        protecting=_word_sets(doc, "protecting"),
        deployments=_word_sets(doc, "deployments"),
        parts=_word_sets(doc, "parts"),
        memberships=_word_sets(doc, "memberships"),
        applications=_word_sets(doc, "applications"),
        partners=_word_sets(doc, "partners"),
        among=_word_sets(doc, "among"),
        incorporation=_word_sets(doc, "incorporation"),
        home_acts=_word_sets(doc, "home_acts"),
        infringed=_word_sets(doc, "infringed"),
        patient_genitive=_all_words(doc, "patient_genitive"),
        joint=_word_sets(doc, "joint"),
        joint_travel=_word_sets(doc, "joint_travel"),
        calls_back=_word_sets(doc, "calls_back"),
        joins_meeting=_word_sets(doc, "joins_meeting"),
        expected=_word_sets(doc, "expected"),
        members=_word_sets(doc, "members"),
        joining=_word_sets(doc, "joining"),
        claims=_word_sets(doc, "claims"),
        alleging=_word_sets(doc, "alleging"),
        in_turn=_word_sets(doc, "in_turn"),
        no_doubt=_word_sets(doc, "no_doubt"),
        opinion=_word_sets(doc, "opinion"),
        joint_shared=_word_sets(doc, "joint_shared"),
        weapons={
            str(w).lower()
            for e in roles.get("institutions") or []
            if e.get("key") == "weapons"
            for w in (e.get("de") or []) + (e.get("en") or [])
        },
        light={
            lang: {k.lower(): v or {} for k, v in (doc.get("light") or {}).get(lang, {}).items()}
            for lang in ("de", "en")
        },
        modality={lang: mod.get(lang) or {} for lang in ("de", "en")},
        sentence_reported={
            lang: list((mod.get("sentence_reported") or {}).get(lang) or []) for lang in ("de", "en")
        },
        reporting={lang: set((mod.get("reporting") or {}).get(lang) or []) for lang in ("de", "en")},
        according=_word_sets(mod, "according"),
        announcing=_all_words(mod, "announcing"),
        intending=_word_sets(mod, "intending"),
    )


def _all_words(doc: dict[str, Any], key: str) -> set[str]:
    """A word list of a lexicon file, both languages in one set (lower-cased)."""
    return set().union(*_word_sets(doc, key).values())


def _word_sets(doc: dict[str, Any], key: str) -> dict[str, set[str]]:
    """A word list of a lexicon file by language (``key: {de: [...], en: [...]}``), lower-cased."""
    return {lang: {str(w).lower() for w in (doc.get(key) or {}).get(lang) or []} for lang in ("de", "en")}
