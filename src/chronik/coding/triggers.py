"""Finding the words that signal events, and choosing the reading that fits the clause."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from chronik.coding.clauses import (
    OCCASIONS,
    PREPOSITION_TAGS,
    Clause,
    MentionRef,
    subtree,
    word_before_phrase,
)
from chronik.coding.lexicon import EventType, lexicon
from chronik.model import Token


@dataclass(slots=True)
class Trigger:
    index: int  #: token index in the sentence
    kind: str  #: verb | noun | light
    types: list[EventType]
    light: dict[str, Any] | None = None


def _is_verb(tok: Token, lang: str) -> bool:
    return tok.pos.startswith("VV") if lang == "de" else tok.pos.startswith("VB")


#: German tags of the punctuation that ends a clause: commas and sentence marks (not brackets or dashes).
_CLAUSE_MARKS = {"$,", "$."}


def _verb_taken_for_adjective(tokens: list[Token], i: int) -> str | None:
    """The verb lemma of a German preterite the tagger took for an adjective ("Die Ukraine verlangte/ADJA
    Zugang", with its particle: "feuerte/ADJA … ab"): after a name or noun (an attributive adjective follows an
    article: "die verlangte Feuerpause"), before a noun, in a clause without another finite verb (the clause
    runs between punctuation marks: "Die EU verhängte/ADJA Sanktionen gegen Belarus, sagte Borrell"). None
    otherwise."""
    tok = tokens[i]
    if tok.pos != "ADJA" or i == 0 or i + 1 >= len(tokens) or not tok.text.endswith(("te", "ten")):
        return None
    nxt = i + 1
    while nxt + 1 < len(tokens) and tokens[nxt].pos == "ADJA":
        nxt += 1  # "Polen und Litauen vereinbarten/ADJA gemeinsame Patrouillen"
    if tokens[i - 1].pos not in ("NE", "NN", "PPER") or tokens[nxt].pos not in ("NN", "NE", "ART"):
        return None
    # (commas and full stops; not brackets: "ist die Mission der IAEA (IAEA) in das … besetzte Kraftwerk gelangt")
    start = next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].pos in _CLAUSE_MARKS), 0)
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].pos in _CLAUSE_MARKS), len(tokens))
    if any(t.pos in ("VVFIN", "VAFIN", "VMFIN") for t in tokens[start:end]):
        return None
    word = tok.text.lower()
    stem = word[:-3] if word.endswith("ten") else word[:-2]
    # its particle stands at the end of the clause: "Nordkorea feuerte/ADJA Granaten … ab" is "abfeuern"
    particle = next((t.text.lower() for t in tokens[i + 1 : end] if t.pos == "PTKVZ"), "")
    forms = [particle + stem + "en", particle + stem + "n"]  # "verlangen", "feuern"
    return next((f for f in forms if f in lexicon().verbs["de"]), forms[0])


def _is_noun(tok: Token, lang: str) -> bool:
    return tok.pos in ("NN", "NE") if lang == "de" else tok.pos in ("NN", "NNS")


def noun_preposition(toks: list[Token], i: int) -> str | None:
    """The preposition an event noun stands under ("auf die russischen Forderungen", "vor einem Besuch")."""
    j = word_before_phrase(toks, i)
    return toks[j].text.lower() if j >= 0 and toks[j].pos in PREPOSITION_TAGS else None


def find_triggers(tokens: list[Token], lang: str) -> list[Trigger]:
    """Verbs and nouns of the sentence that signal an event, and light verbs that lend theirs to a noun."""
    lex = lexicon()
    out: list[Trigger] = []
    for i, tok in enumerate(tokens):
        lemma = tok.lemma.lower()
        if (
            lang == "en"
            and _is_verb(tok, lang)
            and lemma not in lex.verbs[lang]
            and lemma not in lex.light[lang]
        ):
            lemma = _english_verb_lemma(tok.text.lower()) or lemma  # spaCy's "staged" → "stag"
        # a verb, or a German preterite the tagger took for an adjective ("Die EU verhängte/ADJA Sanktionen")
        mistaken = _verb_taken_for_adjective(tokens, i) if lang == "de" else None
        verb = mistaken if mistaken in lex.light[lang] or mistaken in lex.verbs[lang] else None
        if verb is None and _is_verb(tok, lang):
            verb = lemma
        if verb is not None:
            if verb in lex.light[lang]:
                out.append(Trigger(i, "light", lex.verbs[lang].get(verb, []), lex.light[lang][verb]))
            elif verb in lex.verbs[lang]:
                out.append(Trigger(i, "verb", lex.verbs[lang][verb]))
        elif _is_noun(tok, lang):
            types = noun_types(tokens, i, lang)
            if types:
                out.append(Trigger(i, "noun", types))
    # "began annual war games": a noun that only modifies an event noun is part of that event's name
    nouns = {t.index for t in out if t.kind == "noun"}
    return [t for t in out if not (t.kind == "noun" and tokens[t.index].dep == "compound"
                                   and tokens[t.index].head in nouns)]  # fmt: skip


def _english_verb_lemma(word: str) -> str | None:
    """simplemma's lemma of an English verb form, where spaCy's small model errs ("staged" → "stag")."""
    from simplemma import lemmatize

    lemma = lemmatize(word, lang="en")
    return lemma.lower() if lemma and lemma.lower() != word else None


def noun_types(tokens: list[Token], i: int, lang: str) -> list[EventType]:
    """The readings of the noun at ``i`` as an event noun (none when it names no event)."""
    lex = lexicon()
    if {tokens[i].text.lower(), tokens[i].lemma.lower()} & lex.not_events[lang]:
        return []  # "Entwarnung" ends like "Warnung" but warns nobody
    if lang == "en":
        if i + 1 < len(tokens) and f"{tokens[i].text} {tokens[i + 1].text}".lower() in lex.not_events[lang]:
            return []  # "infantry fighting vehicles", "attack helicopters": things named after what they do
        # by lemma or as written: the lexicon lists plurals with their own sense ("sanctions", "talks")
        if i > 0:
            for two in (f"{tokens[i - 1].lemma} {tokens[i].lemma}", f"{tokens[i - 1].text} {tokens[i].text}"):
                if two.lower() in lex.nouns["en"]:
                    return lex.nouns["en"][two.lower()]
        return lex.nouns["en"].get(tokens[i].lemma.lower()) or lex.nouns["en"].get(tokens[i].text.lower(), [])
    word = tokens[i].text.lower()
    lemma = tokens[i].lemma.lower()
    for form in (word, lemma):
        if form in lex.nouns["de"]:
            return lex.nouns["de"][form]
    for suffix, et in lex.suffixes["de"]:  # compounds: "Gipfeltreffen", "Truppenabzug"
        if lemma.endswith(suffix) or word.endswith(suffix):
            return [et]
    return []


def object_noun(toks: list[Token], i: int, cl: Clause) -> str:
    """The first common noun after a verb in its clause, else (German verb-final clauses: "die Annexion niemals
    anerkennen") the nearest before it: what a denial or an accusation is about."""
    for t in toks[i + 1 : cl.end]:
        if t.pos in ("NN", "NNS"):
            return t.lemma.lower()
    for k in range(i - 1, cl.start - 1, -1):
        # an object, not a noun under a preposition ("im vergangenen Herbst"); English objects follow the verb
        if toks[k].pos == "NN" and noun_preposition(toks, k) is None:
            return toks[k].lemma.lower()
    return ""


def _amount_of(toks: list[Token], i: int, verb: int) -> bool:
    """Is token ``i`` an amount ("$100 million", "20 trucks") that is the object of ``verb``?"""
    return (
        0 <= i < len(toks)
        and toks[i].head == verb
        and toks[i].pos in ("CD", "NNS", "NN")
        and (toks[i].pos == "CD" or any(t.head == i and t.pos == "CD" for t in toks))
    )


#: Nouns that count or group events: "a new round of talks", "a wave of strikes", "hundreds of strikes", "a package
#: of sanctions" (not "a report of a call").
_PARTITIVES = {"round", "wave", "series", "spate", "string", "barrage", "flurry", "volley", "salvo", "number",
               "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "package", "set", "raft",
               "batch", "tranche"}  # fmt: skip
#: English prepositions of cause, concession and time: a noun under them is never what a light verb governs.
_CIRCUMSTANCES = {"over", "after", "before", "during", "since", "despite", "amid", "following", "because"}
#: German prepositions of concession and cause: a noun under them is never what a light verb governs.
_DESPITE_OR_BECAUSE = {"trotz", "wegen", "angesichts", "ungeachtet", "aufgrund", "infolge"}
#: What one claims for an act one carried out ("claimed responsibility for the attack").
_CLAIMED = {"responsibility", "credit"}


def governed_noun(lt: Trigger, nouns: list[Trigger], toks: list[Token], lang: str) -> Trigger | None:
    """The event noun a light verb governs: for English its object, for German the nearest event noun."""
    under = (lt.light or {}).get("under")
    if under:
        # "reagierte mit Sanktionen", "responded with sanctions": only the noun under that preposition
        nouns = [n for n in nouns if preposition_of(toks, n.index, lang) in under]
        # (and, in English, hangs on the verb: "asked for talks", not "asked … during talks")
        if lang == "en":
            nouns = [n for n in nouns if lt.index in (toks[n.index].head, toks[toks[n.index].head].head)]
        # (the preposition ties the noun to the verb, not to the noun before it: "hat auf die Forderung nach einer
        # Waffenruhe mit einem eigenen Vorschlag geantwortet")
        return min(nouns, key=lambda n: abs(n.index - lt.index)) if nouns else None
    if not nouns:
        return None
    if lang == "en":
        for n in nouns:
            head = toks[n.index].head
            # (or under a word under the light verb, unless that word is a verb with a subject of its own:
            # "claimed he could end the war")
            if head == lt.index or (
                head >= 0
                and toks[head].head == lt.index
                and not _own_clause(toks, head, n.index)
                # "adopted sanctions over Russia's invasion": what it is done for or after is not what is done
                and toks[head].text.lower() not in _CIRCUMSTANCES
            ):
                return n
            # "announced $100 million in humanitarian aid": the event noun hangs on the amount
            if head >= 0 and toks[head].pos == "IN" and _amount_of(toks, toks[head].head, lt.index):
                return n
            # "claimed responsibility for the attack": the noun under "for" of the claim
            if head >= 0 and toks[head].text.lower() == "for" and 0 <= toks[head].head < len(toks):
                obj = toks[toks[head].head]
                if obj.head == lt.index and obj.lemma.lower() in _CLAIMED:
                    return n
            # "held a new round of talks", "launched a wave of strikes", "agreed to a new round of talks": the
            # noun under "of" of the object
            if head >= 0 and toks[head].text.lower() == "of" and 0 <= toks[head].head < len(toks):
                obj = toks[toks[head].head]
                on_verb = obj.head == lt.index or (obj.dep == "pobj" and toks[obj.head].head == lt.index)
                if on_verb and obj.lemma.lower() in _PARTITIVES:
                    return n
        return None
    # "verhängte wegen des Krieges neue Sanktionen": the verb's object before a noun under a preposition
    objects = [n for n in nouns if noun_preposition(toks, n.index) is None]
    # "vereinbarten bei ihrem Treffen, …": the meeting at which something is done is not what is done; nor is
    # what it is done despite or because of ("die Hanoi trotz westlicher Kritik ausbauen möchte")
    governable = objects or [
        n for n in nouns
        if noun_preposition(toks, n.index) not in OCCASIONS | _DESPITE_OR_BECAUSE and not _attribute(toks, n.index)
    ]  # fmt: skip
    return min(governable, key=lambda n: abs(n.index - lt.index)) if governable else None


def parse_preposition(toks: list[Token], i: int) -> str | None:
    """The preposition the English parse hangs a noun on ("after his surprise trip"), however many modifiers
    stand between them."""
    h = toks[i].head
    return toks[h].text.lower() if toks[i].dep == "pobj" and 0 <= h < len(toks) else None


def preposition_of(toks: list[Token], i: int, lang: str) -> str | None:
    """The preposition a noun stands under: by the parse for English, by the words before it for German."""
    return parse_preposition(toks, i) if lang == "en" else noun_preposition(toks, i)


#: German nouns of time after which a preposition still belongs to the verb ("nahm am Dienstag an Gesprächen teil").
_TIME_NOUNS = ("tag", "woche", "wochenende", "monat", "jahr", "abend", "morgen", "nacht", "mal", "zeit")


#: German nouns that hold or count events: the events are what a light verb governs ("übergab eine Liste mit
#: Forderungen", "kündigte ein Paket mit Sanktionen an", "eine neue Runde von Gesprächen").
_CONTAINERS = {"liste", "paket", "reihe", "serie", "welle", "katalog", "bündel", "runde", "anzahl", "zahl"}


def _attribute(toks: list[Token], i: int) -> bool:
    """Does the German event noun at ``i`` stand in a prepositional phrase right after a common noun, so that it
    belongs to that noun ("hält die Berichte über eine Beteiligung an dem Anschlag für Propaganda") and not to the
    verb?"""
    j = word_before_phrase(toks, i)
    if j < 1 or toks[j].pos not in PREPOSITION_TAGS:
        return False
    before = toks[j - 1].text.lower()
    return toks[j - 1].pos == "NN" and not before.endswith(_TIME_NOUNS) and before not in _CONTAINERS


def _own_clause(toks: list[Token], verb: int, noun: int) -> bool:
    """Is the word at ``verb`` a verb whose subject is someone other than ``noun``?"""
    return toks[verb].pos.startswith("VB") and any(
        t.head == verb and t.dep in ("nsubj", "nsubjpass") for k, t in enumerate(toks) if k != noun
    )


def _followed_by(toks: list[Token], at: int, words: frozenset[str]) -> bool:
    """Is the word after the trigger (past an adverb: "called again for") one of ``words``?"""
    j = at + 1
    while j < len(toks) and toks[j].pos in ("RB", "ADV") and j < at + 3:
        j += 1
    return j < len(toks) and toks[j].text.lower() in words


#: Articles that open a predicate after an object ("called Xi a dictator"): the verb names, it does not call.
_PREDICATE_ARTICLES = {"a", "an", "einen", "einem", "eine", "ein"}


#: Quotation marks that may stand between a named party and what it is named ("nannte Deutschland „einen …“").
_QUOTES = {"„", "“", "”", '"', "‚", "‘", "’", "«", "»", "``", "''"}


def named_as(refs: list[MentionRef], toks: list[Token], cl: Clause) -> bool:
    """Is a party in the clause named something: followed by an article that opens a predicate ("nannte
    Deutschland einen verlässlichen Verbündeten", "called Germany a reliable ally", "hat Polen „einen Freund“
    genannt")?"""
    for r in refs:
        if r.gov is not None or not cl.start <= r.start < cl.end:
            continue
        j = r.end
        while j < cl.end and toks[j].text in _QUOTES:
            j += 1
        if j < cl.end and toks[j].text.lower() in _PREDICATE_ARTICLES:
            return True
    return False


#: Prepositions that name where a traveller or an envoy goes ("nach Kiew", "in die Ukraine", "to Kyiv").
DESTINATION_GOVERNORS = {"nach", "to", "in+acc"}


def to_infinitive(toks: list[Token], at: int) -> bool:
    """Does the English verb at ``at`` govern a "to" infinitive ("told Putin to step aside"; the parser hangs it
    as xcomp, or as advcl when a phrase stands between: "told Putin in a phone call on Friday to step aside", or
    as a clause with the actor its subject: "wants Berlin to deliver")?"""
    return any(
        t.head == at
        and t.dep in ("xcomp", "advcl", "ccomp")
        and any(a.head == k and a.dep == "aux" and a.text.lower() == "to" for a in toks)
        # "to tell China what to do" is no demand of anything
        and not any(a.head == k and a.pos in ("WP", "WDT", "WRB") for a in toks)
        for k, t in enumerate(toks)
    )


def _actor_object(at: int, refs: list[MentionRef], toks: list[Token]) -> bool:
    """An actor is what the verb at ``at`` acts on: right after it ("called Zelensky", "begrüßte Putin"), or, in
    a passive, its subject before it ("They were welcomed by …", "Putin wurde … begrüßt")."""
    naming = at > 1 and toks[at - 2].text.lower() in ("what", "was")  # "what he called NATO's policy"
    if not naming and any(
        r.gov is None
        and at < r.start <= at + 2
        and not (r.end < len(toks) and toks[r.end].text in ("'s", "’s"))
        # "welcomes new G7 security commitments": a name that modifies the object is not the object
        and toks[r.end - 1].dep not in ("compound", "amod", "nmod")
        # "calls Xi a dictator", "nannte Selenskyj einen Diktator": the actor is named something, not called
        # (but "verletzte ein Palästinenser einen Israeli": another actor after the article is the object)
        and not (
            r.end < len(toks)
            and toks[r.end].text.lower() in _PREDICATE_ARTICLES
            and not any(x.start in (r.end + 1, r.end + 2) for x in refs)
        )
        for r in refs
    ):
        return True
    passive = toks[at].pos in ("VBN", "VVPP") and any(
        t.lemma.lower() in ("be", "werden") for t in toks[max(0, at - 8) : at + 3]
    )
    if passive:
        return any(r.gov is None and r.end <= at for r in refs)
    # "hat einen Polizisten angeschossen": a German participle or infinitive closes its clause after the object
    # (or before a phrase that stands between them: "hatte die Delegationen im Palast am Bosporus begrüßt")
    if toks[at].pos in ("VVPP", "VVINF", "VVIZU"):
        i = at
        while i > 0 and toks[i - 1].pos in _INSIDE_A_PHRASE | {"NE", "APPRART", "APPR"}:
            i -= 1
        if any(r.gov is None and (r.end == at or (i <= r.end < at and toks[r.end].pos in ("APPR", "APPRART")))
               for r in refs):  # fmt: skip
            return True
    # "um Scholz und Duda über seine Gespräche zu unterrichten": an infinitive with "zu" has no subject of its
    # own, so an actor before it, past a prepositional phrase, is its object
    if toks[at].pos == "VVIZU" or (at > 0 and toks[at - 1].pos == "PTKZU"):
        i = at - 1 if toks[at].pos != "VVIZU" else at
        while i > 0 and toks[i - 1].pos in _INSIDE_A_PHRASE:
            i -= 1
        return any(r.gov is None and r.end == i for r in refs)
    return False


#: Parts of speech a prepositional phrase or an adverb between an object and its verb consists of.
_INSIDE_A_PHRASE = {"APPR", "APPRART", "ART", "PPOSAT", "PDAT", "ADJA", "NN", "ADV", "ADJD", "CARD"}


def _reciprocal(words: set[str]) -> bool:
    """ "miteinander sprechen", "spoke to each other", "with one another": the partners are the subject's group."""
    return (
        bool(words & {"miteinander", "untereinander"})
        or {"each", "other"} <= words
        or {"one", "another"} <= words
    )


def _pair_before(refs: list[MentionRef], toks: list[Token], at: int | None) -> bool:
    """Do two parties of different states, joined by "und"/"and", stand before the word at ``at`` ("Modi and
    Putin discussed …", "Scholz und Macron sprachen über …")? Together they are the partners."""
    if at is None:
        return False
    free = [r for r in refs if r.gov is None and r.end <= at]
    return any(
        a.mention.country and b.mention.country and a.mention.country != b.mention.country
        and [t.text.lower() for t in toks[a.end : b.start]] in (["und"], ["and"])
        for a, b in itertools.pairwise(free)
    )  # fmt: skip


def _compound_heads(span: list[Token]) -> set[str]:
    """The possible last parts of the German compound nouns in ``span``: an object restricted to "Sperre" or
    "Gefangene" also counts as "Importsperre" or "Kriegsgefangene" (a part of at least four letters after at least
    three)."""
    out: set[str] = set()
    for t in span:
        if t.pos == "NN" and t.text[:1].isupper() and len(t.text) >= 8:
            for w in {t.text.lower(), t.lemma.lower()}:
                out.update(w[i:] for i in range(3, len(w) - 3))
    return out


def _speech_follows(toks: list[Token], at: int) -> bool:
    """Do the words spoken follow the verb, after a comma or colon and perhaps an adverb ("drohte erneut, …"), or
    stand before it in reported speech ("Russland werde dafür bezahlen, drohte Selenskyj"; see ``speech_before``)?"""
    k = at + 1
    while k < len(toks) and toks[k].pos in ("ADV", "ADJD", "RB"):
        k += 1
    return (k < len(toks) and toks[k].text in (",", ":")) or speech_before(toks, at)


#: German subjunctive forms of reported speech that do not end in -e ("sei", "seien", "würden").
_SUBJUNCTIVE = {"sei", "seien", "würden", "hätten", "wären"}
#: German finite forms that tell a fact in the indicative though they do not end in -t.
_INDICATIVE = {"muss", "kann", "will", "soll", "darf", "mag", "weiß", "ist", "wird"}


def german_mood(form: str) -> str | None:
    """The mood a German finite verb form shows in the singular: "subjunctive" for reported speech ("werde",
    "müsse", "sei"), "indicative" for a fact told ("gibt", "muss", "reagierte"), None where the form does not say
    (plurals such as "haben", "müssen")."""
    f = form.lower()
    if f in _SUBJUNCTIVE or (f.endswith("e") and not f.endswith("te")):
        return "subjunctive"
    if f in _INDICATIVE or f.endswith(("t", "te")):
        return "indicative"
    return None


def speech_before(toks: list[Token], at: int) -> bool:
    """Does the German verb at ``at`` open a clause after a quotation, or after a comma that follows a main clause
    in reported speech, with its finite verb in the subjunctive ("werde", "müsse", "sei")? "Wenn die Gespräche
    scheitern, droht ein Krieg" opens with a conjunction: a war looms, no one threatens."""
    if at < 2 or toks[at - 1].text not in (",", "“", '"', "»", "«"):
        return False
    if toks[at - 1].text == "," and toks[at - 2].text in ("“", '"', "»", "«"):
        return True  # a quotation closed just before: "„Russland wird dafür bezahlen“, drohte Selenskyj"
    start = max((k + 1 for k in range(at - 1) if toks[k].pos.startswith("$")), default=0)
    stretch = toks[start : at - 1]
    if not stretch or stretch[0].pos in ("KOUS", "PWAV", "PRELS"):
        return False
    return any(t.pos in ("VAFIN", "VMFIN", "VVFIN") and german_mood(t.text) == "subjunctive" for t in stretch)


#: English dependencies of a clause of its own under a verb, whose words are not the verb's objects.
_OWN_CLAUSES = {"advcl", "parataxis"}


#: English dependency of a verb after a preposition below a trigger, whose objects are its own ("closer to
#: giving Kyiv jets").
_VERB_COMPLEMENTS = {"pcomp"}


def _verb_clause(t: Token) -> bool:
    """Is the English token a clause hung on its head, with a verb of its own (not "took 240 people hostage", whose
    noun the parser may hang as one)?"""
    return t.dep in _OWN_CLAUSES and t.pos.startswith("VB")


def _joined_clause(toks: list[Token], c: int) -> bool:
    """Is the English token at ``c`` a verb joined by "and" with a subject of its own ("struck a deal, and Russia
    fired missiles")?"""
    return toks[c].dep == "conj" and any(t.head == c and t.dep in ("nsubj", "nsubjpass") for t in toks)


def choose_reading(
    types: list[EventType],
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    light: bool = False,
    at: int | None = None,
    owned: bool = False,
    receiving: bool = False,
    between: bool = False,
) -> EventType | None:
    """Pick the reading of a trigger that fits the clause: an entry restricted to certain objects wins when one
    of them is there ("Botschafter abziehen" is a SANCTION, "Truppen abziehen" a RETREAT)."""
    span = toks[cl.start : cl.end]
    words = {t.text.lower() for t in span} | {t.lemma.lower() for t in span}
    words |= {w.rsplit("-", 1)[-1] for w in words if "-" in w}  # "die US-Truppenpräsenz verstärken"
    # an English trigger's objects are what its parse hangs under it ("where it sank" is no sinking of the
    # ships named before it)
    object_words = words
    if at is not None and any(et.objects for et in types) and any(t.dep for t in span):
        under = subtree(toks, at) - {at}
        # (not a clause of its own hung on it: "had struck a warship, a day after the attack cast doubt on the deal")
        # ("torched and ransacked the headquarters": a verb joined without a subject of its own shares the object)
        for c in range(len(toks)):
            if toks[c].head == at and c != at and (_verb_clause(toks[c]) or _joined_clause(toks, c)):
                under -= subtree(toks, c)
        # (nor the object of another verb below it: "moved closer to giving Kyiv Western fighter jets")
        for c in sorted(under):
            if c in under and toks[c].pos.startswith("VB") and toks[c].dep in _VERB_COMPLEMENTS:
                under -= subtree(toks, c)
        object_words = {w for k in under for w in (toks[k].text.lower(), toks[k].lemma.lower())}
    elif any(et.objects for et in types):
        object_words = words | _compound_heads(span)
    if at is not None:
        # "called on Washington to stop interfering": the word right after the trigger says which reading it is
        # (a demand), more than a word of blame further on does
        followed = [et for et in types if et.after and not et.objects and _followed_by(toks, at, et.after)]
        if followed and any(et.objects & object_words for et in types if et.objects and et.type == "ACCUSE"):
            return followed[0]
    for et in types:
        if et.objects and et.objects & object_words and not (et.unless and et.unless & words):
            if et.needs == "predicate" and not named_as(refs, toks, cl):
                continue  # "nannte Deutschland einen Verbündeten" praises; "called on allies to …" does not
            if et.after and not (at is not None and _followed_by(toks, at, et.after)):
                continue  # "sent back the fishermen" is a release; "sent soldiers to Lithuania" is not
            return et
    for et in types:
        if et.objects or (et.unless and et.unless & words):
            continue
        if et.needs == "mit" and not (
            any(r.gov in ("mit", "with", "to") for r in refs)
            or _reciprocal(words)
            or _pair_before(refs, toks, at)
            or bool(cl.group)  # "the two presidents spoke by phone": a subject that stands for a group
        ):
            continue  # "sprach mit Putin", "die beiden sprachen miteinander", "Modi and Putin discussed"
        if et.needs == "mit_word" and not {"mit", "damit"} & {t.text.lower() for t in span}:
            continue  # "drohte mit Sanktionen", "drohte damit, … zu stoppen" (not "ein Krieg droht")
        if (et.needs == "light" and not light) or (et.needs == "owner" and not (light or owned)):
            continue  # "während des Manövers" is the background; "hielt ein Manöver ab", "Manöver der USA" not
        if et.needs == "between" and not between:
            continue  # "eine Waffenruhe zwischen Israel und dem Iran" is agreed; "verkündete eine Waffenruhe" not
        if et.needs == "received" and not receiving:
            continue  # "received F-16 jets from Denmark" is aid; jets that fly or are shot down are not
        if et.after and not (at is not None and _followed_by(toks, at, et.after)):
            continue  # "called on NATO to …" is a request; "called Zelensky on Tuesday" is not
        if et.needs == "destination" and not any(r.gov in DESTINATION_GOVERNORS for r in refs):
            continue  # "will nach Peking, Moskau und Brüssel reisen", "flew to Kyiv"
        if et.needs == "actor_object" and not (at is not None and _actor_object(at, refs, toks)):
            continue  # "Trump also called Zelensky" is a phone call; "called the talks useful" is not
        if et.needs == "infinitive" and not (
            at is not None and _actor_object(at, refs, toks) and to_infinitive(toks, at)
        ):
            continue  # "told Putin to step aside" is a demand; "told reporters that …" is speech
        if et.needs == "speech" and not (at is not None and _speech_follows(toks, at)):
            continue  # "drohte, die Panzer würden brennen": a threat spoken, not "ein Krieg droht"
        if et.type == "REQUEST" and at is not None and _question_or_guess(toks, at):
            continue  # "asked what Russia was doing" asks for an answer, not for an act
        return et
    return None


def _question_or_guess(toks: list[Token], at: int) -> bool:
    """Does the English verb at ``at`` govern a clause that opens with a question word ("asked what Russia was
    doing", "asked whether the talks would go on"), or one that tells what might be ("commentators have suggested
    that Moscow could hit back")? Such a clause asks to be told something, or guesses; it demands no act."""
    for k, t in enumerate(toks):
        if t.head != at or k <= at or t.dep not in ("ccomp", "xcomp", "dobj"):
            continue
        first = min(subtree(toks, k))
        if toks[first].pos in _QUESTION_TAGS or toks[first].text.lower() in ("whether", "if"):
            return True
        if t.dep == "ccomp" and any(
            c.head == k and c.dep == "aux" and c.text.lower() in _MAYBE for c in toks
        ):
            return True
    return False


#: English modals of what might be, which make a suggestion a guess.
_MAYBE = {"could", "might", "may"}


#: Penn tags of the words that open an indirect question: what, which, whose, how, why, when, where.
_QUESTION_TAGS = {"WP", "WDT", "WP$", "WRB"}
