"""Clauses, the actor mentions in them, what governs each mention, and each clause's subject."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from chronik.actors import knowledge_base
from chronik.coding.lexicon import lexicon
from chronik.model import Mention, Sentence, Token

_CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}
#: English conjunctions that open an adverbial clause of its own ("… condemned Biden hours after the two men had
#: held talks"): its time and its subject are not the main clause's.
_EN_SUBORDINATORS = {"after", "before", "when", "while", "because", "although", "though", "since", "until",
                     "unless", "once", "whereas"}  # fmt: skip


CONJ = {"und", "and", "sowie", "oder", "or", ",", "der", "die", "den", "dem", "des", "the"}
_AND = {"und", "and", "sowie", "oder", "or"}
_CONJ_ARTICLES = {"der", "die", "den", "dem", "des", "the"}


_PRONOUNS = {"de": {"er"}, "en": {"he", "she"}}
#: Subject pronouns of the first person, which in someone's words stand for the speaker's side.
_FIRST_PERSON = {"we", "i", "wir", "ich"}


def mention_key(m: Mention) -> str:
    """What tells actors apart across mentions: the knowledge base's id, else the name or words, lower-cased."""
    return m.actor_id or (m.name or m.text).lower()


@dataclass(slots=True)
class MentionRef:
    """An actor mention placed in a sentence: its token span and what governs it."""

    mention: Mention
    start: int
    end: int
    gov: str | None = None  #: governing preposition, "gen" for a genitive attribute of the noun before it

    @property
    def key(self) -> str:
        return mention_key(self.mention)

    @property
    def country(self) -> str:
        return self.mention.country or self.key

    @property
    def known(self) -> bool:
        """Does the knowledge base place the actor (a country, or an actor of its own)?"""
        return bool(self.mention.country or self.mention.actor_id)


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
    subordinate: bool = False  #: opens with a subordinating conjunction ("dass", "weil", "ob")
    #: the subject's partners when it stands for a group
    group: list[MentionRef] = field(default_factory=list)
    #: the clause this verbless stretch goes on with, after a clause embedded in it ("In der Nacht auf Donnerstag
    #: gab Paschinjan, der den Vorsitz innehat, die Entsendung bekannt"): its times and parties are this one's too
    resumes: Clause | None = None


@dataclass(slots=True)
class State:
    """What the coder carries from sentence to sentence: the last person who was a subject (for "er")."""

    last_person: MentionRef | None = None
    #: the subject of the last sentence's first main clause (None when it names no actor), for "sie" with a
    #: singular verb
    last_subject: MentionRef | None = None
    #: the last actors named together, for a later "sie" or "die beiden"
    last_group: list[MentionRef] = field(default_factory=list)
    #: the actors named lately, with their sentence, for "the two men" when no group was named together
    recent: list[tuple[int, MentionRef]] = field(default_factory=list)
    group_sentence: int = -1  #: the sentence that named them
    #: the organisations the article has named so far, last named last, for "der Beitritt", "applied"
    organisations: list[MentionRef] = field(default_factory=list)
    #: who spoke in the sentence before, for German indirect speech that goes on without a reporting verb
    last_speaker: MentionRef | None = None
    #: the parties of the last phone call coded, with its sentence, for a later "Auch Erdoğan rief an"
    last_call: tuple[int, list[MentionRef]] | None = None
    #: the parties of the last meeting, call or visit coded, with its sentence, for a later "Auch Merkel nahm an
    #: den Beratungen teil"
    last_meeting: tuple[int, list[MentionRef]] | None = None
    #: the state of the one place the article is datelined in ("TBILISI –"), where an unplaced crowd protests
    dateline_country: str | None = None
    #: (sentence, person key, day or None) for each clause whose subject is a person, whether or not it tells an
    #: event ("Noch am Freitag hatte Putin die Verträge unterzeichnet"): what the person says next without a day
    #: was said then (see ``merge.merge_drafts``); a clause without a day keeps the occasion going
    sightings: list[tuple[int, str, str | None]] = field(default_factory=list)


#: Words that take up the actors named together just before, and how many they count: "die beiden", "die vier",
#: "the two presidents", "both leaders" (besides "sie" with a plural verb and "they", which count any number).
GROUP_SIZES = {
    "de": {"beiden": 2, "beide": 2, "beider": 2, "drei": 3, "vier": 4, "fünf": 5},
    "en": {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5},
}
#: Prepositions of the occasion at which something is done: "bei ihrem Treffen", "at the summit", "during talks".
#: A meeting under one is where the clause's act happens, not what the act is about or aimed at.
OCCASIONS = {"bei", "beim", "während", "at", "during"}
#: How many sentences back a group is still there to be taken up.
GROUP_REACH = 3


def passive_auxiliary(toks: list[Token], cl: Clause) -> bool:
    """Has the clause a form of "werden" or "be", the auxiliary a passive needs ("wurde empfangen", "was
    expected")?"""
    return any(t.lemma.lower() in ("werden", "be") for t in toks[cl.start : cl.end])


def state_of_place(r: MentionRef, sector: str | None, why: str, **fields: Any) -> MentionRef:
    """The place mention ``r`` as an actor: its country's state (or that state's ``sector``), with the reason
    (``why``, formatted with the actor's ``name``) added to the place's explanation."""
    aid, name = knowledge_base().state_actor(r.mention.country, sector)
    m = replace(r.mention, kind="actor", actor_id=aid, name=name, explanation=f"{r.mention.explanation}; "
                f"{why.format(name=name)}", **({"sector": sector} if sector else {}), **fields)  # fmt: skip
    return MentionRef(m, r.start, r.end, r.gov)


def group_reference(toks: list[Token], cl: Clause, lang: str) -> tuple[int, int] | None:
    """The token span of a subject that takes up a group ("Sie riefen Washington auf", "drohten sie", "Die
    beiden kamen … zusammen", "They were welcomed", "The two presidents last spoke"), or None."""
    finite = [t for t in toks[cl.start : cl.end] if t.pos in ("VVFIN", "VAFIN", "VMFIN")]
    for i in range(cl.start, cl.end):
        t, word = toks[i], toks[i].text.lower()
        after_prep = i > cl.start and toks[i - 1].pos in PREPOSITION_TAGS
        if after_prep:
            # "conveyed its concerns to both governments", "Klage gegen alle drei Staaten": the states named
            # together before, as the object of the preposition (not "The foreign ministers of the two countries",
            # the subject phrase, below)
            j = i + 1 if word in _GROUP_OPENERS else i
            if toks[i - 1].text.lower() == "of":
                continue
            if (
                j + 1 < cl.end
                and toks[j].text.lower() in GROUP_SIZES[lang]
                and toks[j + 1].text.lower() in PARTY_NOUNS
            ):
                return i, j + 2
            continue
        if lang == "en":
            if word == "they" and t.dep in ("nsubj", "nsubjpass"):
                return i, i + 1
            if word in _COLLECTIVES["en"] and t.dep in ("nsubj", "nsubjpass") and i > cl.start \
                    and toks[i - 1].text.lower() == "the":  # fmt: skip
                return i - 1, i + 1  # "the visitors urged Russia to …"
            if word in GROUP_SIZES["en"] and (i == cl.start or toks[i - 1].text.lower() == "the"):
                j = i + 1
                while j < cl.end and toks[j].pos in ("JJ", "NNS", "NNPS"):
                    j += 1
                if (
                    j > i + 1
                    and toks[j - 1].dep in ("nsubj", "nsubjpass")
                    and not _event_noun(toks[j - 1], lang)
                ) or (j == i + 1 and t.dep in ("nsubj", "nsubjpass") and i > cl.start):  # "when the two met"
                    return (i - 1 if i > cl.start and toks[i - 1].text.lower() == "the" else i), j
                if j > i + 1 and _of_the_subject(toks, j - 1):
                    # "The foreign ministers of the two countries spoke by phone": the subject's states, for the
                    # whole subject phrase
                    head = toks[toks[j - 1].head].head
                    return min([head] + [k for k in range(cl.start, head) if toks[k].head == head]), j
            continue
        if word == "sie" and t.pos == "PPER" and finite and all(f.text.endswith("en") for f in finite):
            return i, i + 1  # "sie riefen", "drohten sie" (a plural verb: not "sie" for one woman)
        if word == "beider" and i + 1 < cl.end and toks[i + 1].text.lower() in PARTY_NOUNS:
            # "Die Außenminister beider Länder telefonierten": the noun phrase the genitive belongs to
            k = i
            while k > cl.start and toks[k - 1].pos in ("NN", "ADJA", "ART"):
                k -= 1
            if k < i:
                return k, i + 2
        if word in _COLLECTIVES["de"] and i > cl.start and toks[i - 1].text.lower() == "die":
            return i - 1, i + 1  # "forderten die Gäste Russland auf": those named together before
        if word in GROUP_SIZES["de"] and t.pos in ("PIAT", "PIS", "ADJA", "CARD", "ART", "PIDAT", "NN"):
            before = toks[i - 1].text.lower() if i > cl.start else ""
            if before in ("die", "") or word == "beide":
                j = i + 1
                while j < cl.end and toks[j].pos in ("ADJA", "NN"):
                    j += 1
                if j > i + 1 and _event_noun(toks[j - 1], lang):
                    continue  # "die beiden Anschläge": two events, not two actors
                if j > i + 1 and toks[j - 1].lemma.lower() in _TIME_UNITS:
                    continue  # "Drei Tage nach seinem Besuch": a span of time
                return (i - 1 if before == "die" else i), j
    return None


#: Plural nouns for those who came together, which take up the group named before ("die Gäste", "the visitors",
#: "die Europäer" after four European leaders were named).
_COLLECTIVES = {
    "de": {"gäste", "besucher", "teilnehmer", "europäer"},
    "en": {"guests", "visitors", "participants", "europeans"},
}

#: Words that open a counted group of parties after a preposition ("gegen alle drei Staaten", "against the two
#: countries").
_GROUP_OPENERS = {"alle", "all", "die", "den", "the"}


#: German units of time, which a number counts without taking up a group ("drei Tage", "beide Wochen").
_TIME_UNITS = {"sekunde", "minute", "stunde", "tag", "nacht", "woche", "monat", "jahr", "jahrzehnt", "mal"}

#: Nouns for the parties themselves, whose "the two" after "of" makes a group of the subject.
PARTY_NOUNS = {"countries", "nations", "states", "sides", "governments", "länder", "staaten", "seiten"}


def _of_the_subject(toks: list[Token], k: int) -> bool:
    """Is the noun at ``k`` ("countries") under the "of" of the clause's subject ("The foreign ministers of the
    two countries spoke")?"""
    h = toks[k].head
    if toks[k].text.lower() not in PARTY_NOUNS or toks[k].dep != "pobj" or not 0 <= h < len(toks):
        return False
    return toks[h].text.lower() == "of" and toks[toks[h].head].dep in ("nsubj", "nsubjpass")


def _event_noun(t: Token, lang: str) -> bool:
    """Is ``t`` a noun the lexicon lists as an event ("both attacks" count events, not actors)?"""
    nouns = lexicon().nouns[lang]
    return t.lemma.lower() in nouns or t.text.lower() in nouns


def clauses(tokens: list[Token], lang: str) -> list[Clause]:
    """Split a sentence at punctuation, (German) subordinating conjunctions and "und" before a finite verb."""
    bounds = [0]
    inert = _short_parentheses(tokens) | _inert_commas(tokens, lang)
    for i, t in enumerate(tokens):
        if (
            t.text in _CLAUSE_PUNCT
            and 0 < i < len(tokens) - 1
            and i not in inert
            and not _in_list(tokens, i, lang)
            and not _after_fronted_phrase(tokens, bounds[-1], i, lang)
        ):
            bounds.append(i + 1)
        elif i > 0 and (
            (lang == "de" and (t.pos == "KOUS" or (t.pos == "KOUI" and _zu_infinitive_after(tokens, i))))
            or (lang == "en" and t.dep == "mark" and t.text.lower() in _EN_SUBORDINATORS)
        ):
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
        if b <= a or all(t.text in ("und", "sowie", "aber") for t in tokens[a:b]):
            continue  # a conjunction between two clauses ("…, und warf") is no clause of its own
        span = tokens[a:b]
        cl = Clause(a, b)
        cl.infinitive = any(t.pos in ("PTKZU", "VVIZU", "KOUI") for t in span) and not any(
            t.pos in ("VVFIN", "VAFIN", "VMFIN") for t in span
        )
        # "der seit 2022 Krieg führt", "bei dem ein Treffen … ansteht"
        cl.relative = bool(span) and (_opens_relative(span) or _verb_final_after_comma(tokens, a, b, lang))
        # "…, weist Kritik zurück und wirft Kiew Provokationen vor": the same subject goes on
        cl.coordinated = (
            a > 0 and tokens[a - 1].text in ("und", "sowie", "aber") and span[0].pos.endswith("FIN")
        )
        # (and "…, wonach die USA hinter dem Aufstand steckten,": a relative adverb after a comma)
        cl.subordinate = lang == "de" and (
            span[0].pos in ("KOUS", "KOUI") or (span[0].pos == "PWAV" and a > 0 and tokens[a - 1].text == ",")
        )
        out.append(cl)
    return out


_RELATIVE_FORMS = {"der", "die", "das", "den", "dem", "denen", "deren", "dessen"}


def _opens_relative(span: list[Token]) -> bool:
    """Does the stretch open with a relative pronoun, or a preposition and one ("der …", "bei dem …")?"""
    return bool(span) and (
        span[0].pos in ("PRELS", "PRELAT")
        or (len(span) > 1 and span[0].pos in ("APPR", "APPRART") and span[1].pos in ("PRELS", "PRELAT"))
    )


def _stretch(tokens: list[Token], k: int) -> list[Token]:
    """The tokens from ``k`` up to the next clause punctuation or sentence end."""
    return list(
        itertools.takewhile(lambda x: x.text not in _CLAUSE_PUNCT and not x.pos.startswith("$."), tokens[k:])
    )


def _verb_final_after_comma(tokens: list[Token], a: int, b: int, lang: str) -> bool:
    """ "Çavuşoğlu, der Lawrow und Kuleba empfing": after a comma, der/die/das opening a clause that ends in its
    finite verb is a relative pronoun, even where the tagger took it for an article (a main clause puts its verb
    second: "…, der Kreml reagierte gelassen")."""
    if lang != "de" or a == 0 or tokens[a - 1].text != ",":
        return False
    first = a + 1 if tokens[a].pos in ("APPR", "APPRART") and a + 1 < b else a  # "…, in der Deutschland …"
    if tokens[first].text.lower() not in _RELATIVE_FORMS:
        return False
    words = [t for t in tokens[a:b] if not t.pos.startswith("$")]
    # (or a participle where the clause has no finite verb and none stands before it that the participle could
    # close: "das Vorgänger wie Blair betrieben" is a preterite the tagger took for a participle, but in "waren
    # Merz, …, der britische Premierminister Starmer … nach Kiew gereist" the participle closes "waren")
    return len(words) > 2 and (
        words[-1].pos in ("VVFIN", "VAFIN", "VMFIN")
        or (words[-1].pos == "VVPP" and not any(t.pos.endswith("FIN") for t in words)
            and not any(t.pos in ("VAFIN", "VMFIN") for t in tokens[:a]))
    )  # fmt: skip


def _in_list(tokens: list[Token], i: int, lang: str) -> bool:
    """An English comma inside a noun phrase ("the leaders of France, Germany and the United States"; an
    apposition) does not end a clause; the parse says so by attaching it to a noun."""
    if lang != "en" or tokens[i].text != "," or not 0 <= tokens[i].head < len(tokens):
        return False
    return tokens[tokens[i].head].pos.startswith("NN") or tokens[i + 1].dep in ("conj", "appos")


def _after_fronted_phrase(tokens: list[Token], start: int, i: int, lang: str) -> bool:
    """ "After talks with Tusk, he warned …", "On Monday, Washington imposed …": an English comma after a phrase
    without a verb closes a fronted phrase, which belongs to the clause after it."""
    return (
        lang == "en"
        and tokens[i].text == ","
        and not any(t.pos.startswith(("VB", "MD")) for t in tokens[start:i])
    )


def _inert_commas(tokens: list[Token], lang: str) -> set[int]:
    """German commas that do not end a clause: around a name in apposition, inside a list of names, and before
    a stretch without a verb. (English commas are settled by the parse: ``_in_list``.)"""
    if lang != "de":
        return set()
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t.text == "," and 0 < i < len(tokens) - 1:
            out |= _apposition_at(tokens, i) | _list_at(tokens, i) | _continuation_at(tokens, i)
    return out


def _apposition_at(tokens: list[Token], i: int) -> set[int]:
    """ "Die Sprecherin des Außenministeriums, Maria Sacharowa, dementierte": the title, the name and the verb
    belong together. Only where no finite verb stands before the name, so a name between two clauses is not
    taken in."""
    j = i + 1
    while j < len(tokens) and tokens[j].pos == "NE":
        j += 1
    if not 1 <= j - i - 1 <= 3 or j + 1 >= len(tokens) or tokens[j].text != ",":
        return set()
    if tokens[j + 1].pos.endswith("FIN") and not any(
        x.pos.endswith("FIN") or x.text in _CLAUSE_PUNCT for x in tokens[:i]
    ):
        return {i, j}
    # "hatte Putin bei einem Treffen mit dem Chef des Ermittlungskomitees, Alexander Bastrykin, die Ukraine …
    # verantwortlich gemacht": a name after a noun, and a verbless stretch after it that goes on with the clause
    rest = list(itertools.takewhile(lambda x: x.text not in _CLAUSE_PUNCT, tokens[j + 1 :]))
    if tokens[i - 1].pos in _NOUNS and rest and not any(x.pos.endswith("FIN") for x in rest):
        return {i, j}
    return set()


_NOUNS = ("NE", "NN")  # the tagger takes an unknown name for a noun now and then ("Starmer/NN")


def _list_at(tokens: list[Token], i: int) -> set[int]:
    """ "Merz, Macron, Starmer und Tusk verlangten", "Merz (CDU), der französische Präsident Macron, der britische
    Premierminister Starmer und … Tusk waren gereist": a list of names is one noun phrase. The comma follows a
    name (or its bracket), and verbless items lead to the "und" that closes the list."""
    k = i - 1
    if tokens[k].text == ")":
        while k > 0 and tokens[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or tokens[k].pos not in _NOUNS:
        return set()
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in _CLAUSE_PUNCT or tokens[j].pos == "$."),
               len(tokens))  # fmt: skip
    if _verb_final_after_comma(tokens, i + 1, end, "de"):
        return set()  # "Çavuşoğlu, der Lawrow und Kuleba empfing": a relative clause, not a list
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        if t.text in ("und", "sowie", "oder"):
            # the item before "und" ends in a name or noun ("Starmer und Tusk"), not "vollständigen und …"
            return {i} if j > i + 1 and tokens[j - 1].pos in (*_NOUNS, "$(") else set()
        if t.pos.startswith(("V", "KOU", "PREL", "PW")) or (
            t.text in _CLAUSE_PUNCT and t.text not in (",", "(", ")")
        ):
            return set()
    return set()


def _continuation_at(tokens: list[Token], i: int) -> set[int]:
    """ "bedauerten Angela Merkel (CDU), der französische Präsident Emmanuel Macron und … May die Entscheidung";
    "am Montag, dem 5. Mai, traf …", "Selenskyj, per Video zugeschaltet, bat …": a stretch without any verb but a
    participle is a list item or an aside, not a clause, where it closes the sentence or the clause goes on with
    its verb (before "…, in die Ukraine zu entsenden" the stretch belongs to the infinitive that follows)."""
    stretch = _stretch(tokens, i + 1)
    j = i + 1 + len(stretch)
    # a participle without a finite verb is an aside too: "Selenskyj, per Video zugeschaltet, bat die Nato …"
    if not stretch or any(x.pos.startswith(("V", "KOU", "PREL", "PW")) and x.pos != "VVPP" for x in stretch):
        return set()
    if _verb_final_after_comma(tokens, i + 1, j, "de"):
        # "…, das Vorgänger wie Blair betrieben, lehnt Corbyn ab": a relative clause, not an aside
        return set()
    if j >= len(tokens) - 1 or tokens[j].text != ",":
        if _after_relative(tokens, i):
            # "gab Paschinjan, der … innehat, die Entsendung bekannt", "empfing Macron, der … war, den
            # Präsidenten": the main clause resumes after the relative clause
            return set()
        return {i}  # the stretch closes the sentence
    # an aside between two commas, after which the clause goes on with its verb: neither comma ends it
    return {i, j} if tokens[j + 1].pos.endswith("FIN") or _verb_cluster_after(tokens, j + 1) else set()


#: Words that close a German main clause after its object: a separated particle or an infinite verb.
CLOSING_VERB = ("PTKVZ", "VVPP", "VVINF", "VAINF", "VAPP", "VMINF")


def _after_relative(tokens: list[Token], i: int) -> bool:
    """Is the comma at ``i`` the end of a relative clause (", der den Vorsitz innehat,") or of an infinitive
    clause embedded after a noun (", der NATO beizutreten,")?"""
    k = i - 1
    while k >= 0 and tokens[k].text not in _CLAUSE_PUNCT:
        k -= 1
    return k >= 0 and (_opens_relative(tokens[k + 1 : i]) or (k + 1 < i and tokens[i - 1].pos == "VVIZU"))


def _zu_infinitive_after(tokens: list[Token], i: int) -> bool:
    """Does an infinitive with "zu" follow before the next punctuation? "um … zu helfen" opens a clause; the tagger
    also calls "um" in "um Beistand gebeten" a conjunction, where it is the preposition of the verb."""
    return any(x.pos in ("PTKZU", "VVIZU") for x in _stretch(tokens, i + 1))


def _verb_cluster_after(tokens: list[Token], k: int) -> bool:
    """ "Tokajew hatte die OVKS, ein von Russland dominiertes Bündnis, um Beistand gebeten": after an aside the
    clause goes on to the infinite verb that closes it, with no finite verb, no "zu" infinitive and no word that
    opens a clause of its own."""
    rest = _stretch(tokens, k)
    if not rest or rest[0].pos.startswith(("KOUS", "PREL", "PW")) or rest[0].text.lower() in _RELATIVE_FORMS:
        return False
    if any(x.pos.endswith("FIN") or x.pos in ("PTKZU", "VVIZU") for x in rest):
        return False
    return rest[-1].pos in CLOSING_VERB


def _short_parentheses(tokens: list[Token]) -> set[int]:
    """Brackets of a short aside ("Olaf Scholz (SPD) verkündete", "Kim Jong Un (r.) begrüßt"): they do not
    split the clause, so the subject before them stays the subject of the verb after them."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t.text == "(":
            close = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text == ")"), None)
            if close is not None:
                out.update((i, close))
    return out


def mention_refs(s: Sentence, mentions: list[Mention], kinds: Iterable[str]) -> list[MentionRef]:
    starts = {t.start: i for i, t in enumerate(s.tokens)}
    ends = {t.end: i for i, t in enumerate(s.tokens)}
    out = []
    for m in mentions:
        if m.kind not in kinds or m.start not in starts or m.end not in ends:
            continue
        a, b = starts[m.start], ends[m.end] + 1
        gov = _governor(s.tokens, a)
        # a people in the plural ends in "s" too ("Tausende Israelis protestierten") and is no genitive
        if gov is None and m.method != "demonym" and _saxon_genitive(s.tokens, a, b):
            gov = "gen"  # "Paschinjans Rücktritt", "die Schritte Bakus": whose, not who
        out.append(MentionRef(m, a, b, gov))
    out.sort(key=lambda r: r.start)
    spread_governors(out, s.tokens)
    return out


def spread_governors(refs: list[MentionRef], tokens: list[Token]) -> None:
    """ "mit den USA und der Nato", "mit Minsk, Astana und Ankara": a conjunct stands under the preposition of the
    first; a comma joins like "und" when the list goes on (to an "und" or a further comma). ``refs`` are sorted by
    position. An adjective before the conjunct belongs to it ("Deutschlands und der übrigen G7-Staaten")."""
    joins = [
        {t.text.lower() for t in tokens[a.end : b.start] if t.pos not in ("ADJA", "JJ")}
        for a, b in itertools.pairwise(refs)
    ]
    for k, (prev, r) in enumerate(itertools.pairwise(refs)):
        between, after = joins[k], (joins[k + 1] if k + 1 < len(joins) else set())
        listed = (
            bool(between)
            and between <= CONJ
            and (
                bool(between & _AND)
                # "nach Deutschland, Belgien, die Niederlande und Marokko": an article may follow the comma
                or (
                    between - _CONJ_ARTICLES <= {","}
                    and "," in between
                    and bool(after)
                    and after <= CONJ
                    and bool(after & (_AND | {","}))
                )
            )
        )
        if r.gov is None and listed:
            r.gov = prev.gov


#: What may stand between a preposition and its noun: articles, adjectives, possessives, numbers, quote marks.
NP_FILLER = {"ART", "ADJA", "ADJD", "PPOSAT", "PIAT", "CARD", "DT", "JJ", "PRP$", "CD", "$("}
PREPOSITION_TAGS = {"APPR", "APPRART", "APPO", "IN", "TO"}


def word_before_phrase(tokens: list[Token], i: int) -> int:
    """The index of the first word before position ``i`` that is not part of its noun phrase (-1 if none)."""
    j = i - 1
    while j >= 0 and tokens[j].pos in NP_FILLER:
        j -= 1
    return j


#: Feminine nouns (names with "die"), whose "der" is never a nominative: "Der Ukraine sagte der Kanzler … zu".
_FEMININE_NAMES = {"ukraine", "türkei", "schweiz", "slowakei", "mongolei", "krim", "eu", "nato", "uno", "osze",
                   "union", "regierung", "bundesregierung", "führung", "kommission", "administration", "partei"}  # fmt: skip
_FEMININE_ENDINGS = ("ung", "ei", "heit", "keit", "schaft", "ion")


def _dative_feminine(tokens: list[Token], a: int) -> bool:
    """A German phrase opened by "der" whose noun is feminine: a dative or genitive, never the subject."""
    art = a if tokens[a].pos == "ART" else a - 1
    if art < 0 or tokens[art].pos != "ART" or tokens[art].text.lower() != "der":
        return False
    k = art + 1
    while k < len(tokens) and tokens[k].pos == "ADJA":
        k += 1
    if k >= len(tokens) or tokens[k].pos not in ("NN", "NE"):
        return False
    word = tokens[k].text.lower().split("-")[-1]
    return word in _FEMININE_NAMES or word.endswith(_FEMININE_ENDINGS)


def _nominative_der(tokens: list[Token], a: int) -> bool:
    """ "nach offizieller Darstellung der belarussische Machthaber Alexander Lukaschenko": after "der" an adjective
    in "-e" is nominative (masculine singular); a genitive or dative would end in "-en"."""
    art = a if tokens[a].pos == "ART" else a - 1
    if art < 0 or tokens[art].text.lower() != "der" or art + 1 >= len(tokens):
        return False
    adj = tokens[art + 1]
    return adj.pos == "ADJA" and adj.text.endswith("e")


def _saxon_genitive(tokens: list[Token], a: int, b: int) -> bool:
    """A German name in the genitive before its noun after the verb ("forderten Paschinjans Rücktritt"): the name
    ends in an "s" that the name itself lacks (the knowledge base knows "Paschinjan"), and a noun follows. Before
    the verb the possessor speaks for the subject ("Putins Sprecher wies … zurück") and stays a subject. After a
    noun it is that noun's too ("die Schritte Bakus")."""
    last = tokens[b - 1].text
    if not last.endswith("s") or len(last) < 4:
        return False
    after_noun = a > 0 and tokens[a - 1].pos == "NN"  # "unterstütze die Schritte Bakus"
    before_noun = b < len(tokens) and tokens[b].pos == "NN" and any(t.pos.endswith("FIN") for t in tokens[:a])
    if not (after_noun or before_noun):
        return False
    words = (*(t.text for t in tokens[a : b - 1]), last[:-1])
    return bool(knowledge_base().surface["de"].get(words))


def _relative_pronoun_between(tokens: list[Token], j: int, a: int) -> bool:
    """Is the word between the preposition at ``j`` (after a comma) and a name at ``a`` a relative pronoun? A
    German city or person takes no article, so "für den London" is "for which London"."""
    return (
        a == j + 2 and j > 0 and tokens[j - 1].text == "," and tokens[j + 1].pos == "ART"
        and tokens[j + 1].text.lower() in ("den", "dem", "die", "das", "der") and tokens[a].pos == "NE"
        and tokens[a].text.lower() not in _FEMININE_NAMES | _NAMES_WITH_ARTICLE
    )  # fmt: skip


#: Names that take an article, besides the feminine ones: "für den Kreml", "für die USA".
_NAMES_WITH_ARTICLE = {"usa", "kreml", "iran", "irak", "libanon", "sudan", "jemen", "westen", "niederlande",
                       "vatikan", "tschad", "kongo", "golan", "gazastreifen", "bundestag", "kongress"}  # fmt: skip


def _governor(tokens: list[Token], a: int) -> str | None:
    """The preposition a mention stands under, "gen" if it is a genitive attribute of the noun before it, or
    "dat" for a German dative (or genitive) that no preposition governs ("Der Ukraine sagte der Kanzler … zu")."""
    j = word_before_phrase(tokens, a)
    if j < 0:
        return "dat" if _dative_feminine(tokens, a) else None
    if tokens[j].text.lower() in ("als", "as") and tokens[j].pos in ("KOKOM", "IN"):
        return "als"  # "sei als Vertreter der EU-Ratspräsidentschaft gekommen": a capacity, not a party
    if tokens[j].text == ",":
        # "with his host, Finnish President Sauli Niinistö": an apposition stands under its noun's preposition
        prep = _apposition_preposition(tokens, a)
        if prep is not None:
            return prep
    if (
        tokens[j].text.lower() in ("und", "sowie", "oder", "and", "or")
        and j > 0
        and tokens[j - 1].pos in ("NE", "NNP")
    ):
        # "aus Paris und London": the second name stands under the preposition of the first
        k = j - 1
        while k > 0 and tokens[k - 1].pos in ("NE", "NNP"):
            k -= 1
        j = word_before_phrase(tokens, k)
        if j < 0 or tokens[j].pos not in PREPOSITION_TAGS:
            return None
    if tokens[j].pos in PREPOSITION_TAGS and _relative_pronoun_between(tokens, j, a):
        return None  # "…, für den London den GRU verantwortlich macht": "für den" opens a relative clause
    if tokens[j].pos in PREPOSITION_TAGS:
        prep = tokens[j].text.lower()
        if prep == "ins" or (prep == "in" and tokens[j + 1].text.lower() in ("die", "den", "das")):
            return "in+acc"  # "in die Ukraine": where to (a direction, like "nach"), not where
        return prep
    if (
        tokens[j].pos == "NN"
        and (
            tokens[a].text.lower() in ("der", "des")
            or (j == a - 2 and tokens[a - 1].text.lower() in ("der", "des"))
        )
        and not _nominative_der(tokens, a)
    ):
        return "gen"  # "Sprecher des Kremls", "auf Antrag der Türkei"
    if _dative_feminine(tokens, a):
        return "dat"
    return None


def _apposition_preposition(tokens: list[Token], a: int) -> str | None:
    """For an English name in apposition to the object of a preposition, that preposition (by the parse)."""
    head = next((k for k in range(a, min(len(tokens), a + 6)) if tokens[k].dep == "appos"), None)
    if head is None:
        return None
    noun = tokens[head].head
    if not 0 <= noun < len(tokens) or tokens[noun].dep != "pobj":
        return None
    prep = tokens[noun].head
    return tokens[prep].text.lower() if 0 <= prep < len(tokens) and tokens[prep].pos == "IN" else None


def subtree(toks: list[Token], top: int) -> set[int]:
    """The token indices whose chain of English dependency heads reaches ``top`` (``top`` included)."""
    out = {top}
    for k in range(len(toks)):
        chain, i = [], k
        while i not in out and 0 <= toks[i].head != i and len(chain) < 30:
            chain.append(i)
            i = toks[i].head
        if i in out:
            out.update(chain)
    return out


def usable(m: Mention) -> bool:
    """A mention that can be an event's source or target: resolved, or at least a name (English NER)."""
    return bool(m.actor_id or m.country or (m.method == "ner" and m.label in ("PER", "ORG")))


def names_a_thing(r: MentionRef, toks: list[Token]) -> bool:
    """ "pledged Leopard tanks to Ukraine", "Patriot launchers": a name the knowledge base does not know that only
    modifies a common noun (English parse) names a kind of thing, not an actor."""
    m, last = r.mention, toks[r.end - 1]
    return (
        not (m.actor_id or m.country) and last.dep == "compound"
        and 0 <= last.head < len(toks) and toks[last.head].pos in ("NN", "NNS")
    )  # fmt: skip


def pronoun_ref(antecedent: MentionRef, toks: list[Token], i: int) -> MentionRef:
    m = antecedent.mention
    pron = replace(m, text=toks[i].text, start=toks[i].start, end=toks[i].end, method="pronoun",
                   explanation=f"pronoun {toks[i].text!r} → {m.name}")  # fmt: skip
    return MentionRef(pron, i, i + 1, None)


#: English possessive pronouns, which in reported speech stand for the speaker.
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}


def _pronoun_antecedent(word: str, speaker: MentionRef | None, state: State, lang: str) -> MentionRef | None:
    """Whom a subject pronoun stands for. In reported speech it is the speaker ("Putin said that he supported
    the idea", "Putin sagte, er wolle keinen Krieg"; "Russia said it would expel …"; "'We urge …,' Crowley said");
    otherwise "he"/"er" is the last person the article made a subject."""
    if word in _PRONOUNS[lang]:
        if speaker is not None and speaker.mention.label == "PER":
            return speaker
        return state.last_person
    if word in ("it", "they") and speaker is not None:
        return speaker
    if word in _FIRST_PERSON and speaker is not None:
        # '"We continue to urge Egyptian authorities …," Crowley said', "„Wir stehen solidarisch an der Seite der
        # Türkei“, sagte Stoltenberg": the speaker's side speaks
        return speaker
    return None


def subject_of(
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    lang: str,
    all_refs: list[MentionRef],
    state: State,
    prev: Clause | None,
    speaker: MentionRef | None = None,
) -> MentionRef | None:
    """The clause's subject: the first actor not under a preposition, a pronoun standing for the last person,
    a relative clause's antecedent, or (for a clause that lacks one) the subject of the clause before."""
    if lang == "en":
        # the main verb's subject first: "He warned that … if Navalny died" is about him, not Navalny
        for main_only in (True, False):
            sub = _english_subject(refs, toks, cl, state, speaker, main_only, all_refs)
            if sub is not None:
                return sub
        return prev.subject if prev is not None else None
    return _german_subject(refs, toks, cl, all_refs, state, prev, speaker)


#: Conjunctions the governor finder may take for a subject's preposition ("that the European Union would").
_CLAUSE_OPENERS = ("that", "because", "while", "although", "whereas")


def _it_before(
    word: str, i: int, refs: list[MentionRef], speaker: MentionRef | None, toks: list[Token]
) -> MentionRef | None:
    """The state or organisation that "it" at ``i`` takes up when the sentence made one other than the speaker a
    subject before it (the nearest), or None ("warned Israel of a response if it retaliated" is the warner's
    business: Israel is an object there)."""
    if word != "it" or speaker is None:
        return None
    before = [r for r in refs if r.end <= i and r.gov in (None, *_CLAUSE_OPENERS) and r.mention.label != "PER"
              and r is not speaker and any(t.dep in ("nsubj", "nsubjpass") for t in toks[r.start : r.end])]  # fmt: skip
    if not before or before[-1].mention.country == speaker.mention.country:
        return None
    return before[-1]


def _english_subject(
    refs: list[MentionRef], toks: list[Token], cl: Clause, state: State, speaker: MentionRef | None,
    main_only: bool, all_refs: list[MentionRef],
) -> MentionRef | None:  # fmt: skip
    """The English clause's subject from the parse: an actor or a pronoun that is a verb's subject (with
    ``main_only``, only the sentence root's subject)."""

    def ok(i: int) -> bool:
        t = toks[i]
        if t.dep not in ("nsubj", "nsubjpass"):
            return False
        return not main_only or (0 <= t.head < len(toks) and toks[t.head].dep == "ROOT")

    named = next((r for r in refs if any(ok(i) for i in range(r.start, r.end))), None)
    # "Zelensky said he planned to meet Xi and that Beijing would not …": a pronoun subject before the named one
    # is the clause's first subject
    first = next((i for i in range(cl.start, named.start if named else cl.start)
                  if ok(i) and toks[i].pos == "PRP" and toks[i].text.lower() in ("he", "she")), None)  # fmt: skip
    if first is not None:
        antecedent = (
            relative_teller(toks, first, all_refs)
            or _owner_of_main_subject(toks, first, all_refs)
            or _pronoun_antecedent(toks[first].text.lower(), speaker, state, "en")
        )
        if antecedent is not None:
            return pronoun_ref(antecedent, toks, first)
    if named is not None:
        return named
    for i in range(cl.start, cl.end):
        if ok(i) and toks[i].pos.startswith("NN"):
            # "Iran's mission to the United Nations said": the subject belongs to its possessor
            owner = next((r for r in refs for k in range(r.start, r.end)
                          if toks[k].head == i and toks[k].dep == "poss"), None)  # fmt: skip
            if owner is not None:
                return owner
            # "Russia said that its missiles had struck …": in reported speech the possessive is the speaker's
            mine = next((k for k in range(cl.start, cl.end) if toks[k].head == i and toks[k].dep == "poss"
                         and toks[k].text.lower() in _POSSESSIVE_PRONOUNS), None)  # fmt: skip
            if mine is not None and speaker is not None:
                return pronoun_ref(speaker, toks, mine)
    for i in range(cl.start, cl.end):
        t = toks[i]
        if ok(i) and t.pos == "PRP":
            # "Russia said it would expel …": "it" is the speaker; "He blamed …": the last person; but "Rubio said
            # the European Union would have to be at the table because it had imposed sanctions": the EU
            antecedent = (
                _it_before(t.text.lower(), i, all_refs, speaker, toks)
                or (_owner_of_main_subject(toks, i, all_refs) if t.text.lower() in ("he", "she") else None)
                or _pronoun_antecedent(t.text.lower(), speaker, state, "en")
                or _it_of_the_sentence_before(toks, i, speaker, state)
            )
            if antecedent is not None:
                return pronoun_ref(antecedent, toks, i)
    return None


def _it_of_the_sentence_before(
    toks: list[Token], i: int, speaker: MentionRef | None, state: State
) -> MentionRef | None:
    """ "Washington formally named the SVR as the perpetrator … Together with the EU, it also sanctioned eight
    people": "it" as the subject of a sentence's main verb, outside reported speech, is the state or organisation
    the sentence before was about (not an "it" in a clause below: "in what it says is solidarity")."""
    last = state.last_subject
    if toks[i].text.lower() != "it" or speaker is not None or last is None or toks[i].dep != "nsubj":
        return None
    if toks[toks[i].head].dep != "ROOT" or last.mention.label == "PER" or not last.mention.country:
        return None
    return last


def plural_possessive(toks: list[Token], at: int, lang: str) -> bool:
    """Is the noun at ``at`` owned by "their" ("their first summit") or German "ihr" ("ihr letztes Treffen")?"""
    if lang == "en":
        return any(t.head == at and t.dep == "poss" and t.text.lower() == "their" for t in toks)
    k = at - 1
    while k >= 0 and at - k <= 3 and toks[k].pos == "ADJA":
        k -= 1
    return k >= 0 and toks[k].pos == "PPOSAT" and toks[k].text.lower().startswith("ihr")


def relative_teller(toks: list[Token], i: int, refs: list[MentionRef]) -> MentionRef | None:
    """ "Trump called Shinzo Abe, who said he fully supported the decision": "he" in what a relative clause's
    "who" says is the one the relative clause is about."""
    said = toks[i].head
    if not 0 <= said < len(toks) or toks[said].dep != "ccomp":
        return None
    teller = toks[said].head
    if not 0 <= teller < len(toks) or toks[teller].dep != "relcl":
        return None
    if not any(t.head == teller and t.dep == "nsubj" and t.pos == "WP" for t in toks):
        return None
    return next((r for r in refs if r.start <= toks[teller].head < r.end and r.mention.label == "PER"), None)


def _owner_of_main_subject(toks: list[Token], i: int, refs: list[MentionRef]) -> MentionRef | None:
    """ "Biden's personal insults, after he called Putin a butcher, were narrowing …": "he" in an adverbial
    clause is the person whose deed the subject of the clause it modifies names (the possessor of that
    subject), not the speaker of the sentence."""
    verb = toks[i].head
    if not 0 <= verb < len(toks) or toks[verb].dep != "advcl":
        return None
    outer = toks[verb].head
    subject = next(
        (k for k, t in enumerate(toks) if t.head == outer and t.dep == "nsubj" and k != outer), None
    )
    if subject is None or subject >= i:
        return None
    return next((r for r in refs if r.mention.label == "PER" and any(
        toks[k].head == subject and toks[k].dep == "poss" for k in range(r.start, r.end))), None)  # fmt: skip


#: Articles that can open a nominative noun phrase.
_NOMINATIVE_ARTICLES = {"der", "die", "das", "ein", "eine"}


def _owner_of_subject(refs: list[MentionRef], toks: list[Token], cl: Clause) -> MentionRef | None:
    """ "Der Berater des ukrainischen Präsidenten, Mychajlo Podoljak, sprach …", "Die Regierung Polens
    forderte …", "Kämpfer der PKK griffen … an": a clause that opens with a nominative noun phrase whose genitive
    names an actor acts through that actor (an adviser or a government stands for its state, fighters or
    supporters for their group)."""
    k = cl.start
    if k < cl.end and (
        (toks[k].pos == "ART" and toks[k].text.lower() in _NOMINATIVE_ARTICLES)
        or toks[k].pos in ("PIAT", "CARD")
    ):
        k += 1  # "Die Regierung Polens", "Ein Anhänger des IS", "Zwei Kämpfer der PKK"
    elif k < cl.end and toks[k].pos == "ART":
        return None
    while k < cl.end and toks[k].pos == "ADJA":
        k += 1
    if k >= cl.end or toks[k].pos != "NN":
        return None
    finite = next((i for i in range(k + 1, cl.end) if toks[i].pos.endswith("FIN")), None)
    if finite is not None and finite + 1 < cl.end and toks[finite + 1].text.lower() == "der":
        return None  # "Die katholische Kirche Kubas lobte der Papst": the phrase was the object, fronted
    # the genitive right after the noun ("Polens", "der Hamas"), also after a noun that says what it is ("der
    # Jihadistenmiliz Islamischer Staat")
    j = k + 1
    if j < cl.end and toks[j].pos == "ART":
        j += 1
        if j + 1 < cl.end and toks[j].pos in ("NN", "NE") and not any(r.start == j for r in refs):
            j += 1
    return next((r for r in refs if r.gov == "gen" and r.start in (k + 1, j)), None)


def _german_subject(
    refs: list[MentionRef],
    toks: list[Token],
    cl: Clause,
    all_refs: list[MentionRef],
    state: State,
    prev: Clause | None,
    speaker: MentionRef | None,
) -> MentionRef | None:
    if (cl.coordinated or cl.infinitive) and prev is not None and prev.subject is not None:
        # "Putin kündigte an, Scholz in Berlin zu treffen": an infinitive with "zu" has the subject of the
        # clause it depends on, and the actor in it is its object
        return prev.subject
    if cl.relative and toks[cl.start].text.lower() in ("der", "welcher"):
        # "Çavuşoğlu, der Lawrow und Kuleba empfing": a nominative relative pronoun is the subject
        return _antecedent(all_refs, toks, cl)
    if cl.relative and toks[cl.start].text.lower() in ("die", "das", "welche"):
        # "die Türkei, die Schweden vorwarf, …": "die" may be subject or object; German reads the pronoun as the
        # subject when the antecedent stands right before it (the actor after it is the object)
        before = next((r for r in all_refs if r.end == cl.start - 1 and r.mention.actor_id), None)
        if before is not None and any(r.start == cl.start + 1 for r in refs):
            return before
    free = [r for r in refs if r.gov is None]
    owner = _owner_of_subject(refs, toks, cl)
    if owner is not None and (not free or owner.start < free[0].start):
        return owner
    first = free[0].start if free else cl.end
    descriptors = knowledge_base().descriptors.get("de", ())
    for i in range(cl.start, first):
        word = toks[i].text.lower()
        if word in _PRONOUNS["de"] or (word in _FIRST_PERSON and toks[i].pos == "PPER"):
            antecedent = _pronoun_antecedent(word, speaker, state, "de")
        elif _she(toks, cl, i):
            # "sie" with a singular verb is a woman or a feminine noun ("die Türkei"): the speaker, or the
            # subject of the sentence before, or whoever spoke in it ("…, sagte sie. Zugleich schlug sie vor")
            antecedent = speaker or state.last_subject or state.last_speaker
        else:
            antecedent = None
        if antecedent is not None:
            return pronoun_ref(antecedent, toks, i)
        if toks[i].pos == "PPER" and word == "es" and speaker is not None and speaker.mention.label != "PER":
            # "teilte das russische Außenministerium mit, es habe … erklärt": in reported speech, the speaker
            return pronoun_ref(speaker, toks, i)
        if toks[i].pos == "PPER" and word == "es" and prev is not None and prev.subject is not None \
                and prev.subject.mention.label != "PER":  # fmt: skip
            return pronoun_ref(prev.subject, toks, i)  # "Russland …, weil es Soldaten zusammengezogen hat"
        if toks[i].pos == "PPER" and word in ("sie", "wir", "ich", "ihr", "es") and free \
                and not (i > cl.start and toks[i - 1].pos in PREPOSITION_TAGS):  # fmt: skip
            # "Sie warnten Selenskyj": a subject we cannot resolve; the name after it is the object
            return None
        if (
            state.last_person is not None and descriptors and i > cl.start and toks[i - 1].pos == "ART"
            and (toks[i].pos == "NN" or (toks[i].pos == "ADJA" and "-" in toks[i].text))  # "der 65-Jährige"
            and toks[i].text.lower().endswith(descriptors)
        ):  # fmt: skip
            return pronoun_ref(state.last_person, toks, i)  # "Der CDU-Politiker hatte …"
        if speaker is not None and toks[i].text == "Land" and i > cl.start and toks[i - 1].pos == "PPOSAT":
            return pronoun_ref(speaker, toks, i - 1)  # "Erdoğan erklärte, sein Land unterstütze …"
    if free and _unplaced_institution(toks, cl, free[0].start):
        return None
    inverted = _subject_after_verb(toks, cl, free)
    if inverted is not None:
        return inverted
    if free and not (free[0].start > cl.start and _unknown_subject(toks, cl, before=free[0].start)):
        return free[0]
    if free:
        return None
    if cl.relative:
        # the antecedent: the nearest actor the knowledge base resolved ("Scholz (SPD), der …": not the party)
        return _antecedent(all_refs, toks, cl)
    if _unknown_subject(toks, cl):
        return None
    return prev.subject if prev is not None else None


def _antecedent(refs: list[MentionRef], toks: list[Token], cl: Clause) -> MentionRef | None:
    """The actor a German relative clause's pronoun stands for: the one named right before its comma, past a
    bracket ("Scholz (SPD), der …": not the party). None where another noun stands between ("Präsident Michail
    Gorbatschow, der … einräumte": the knowledge base does not know Gorbachev, and the clause is not the actor's
    named further back, nor the speaker's)."""

    def close(r: MentionRef) -> bool:
        depth, between = 0, []
        for t in toks[r.end : cl.start]:
            depth += (t.text == "(") - (t.text == ")")
            if depth == 0 and t.text != ")":
                between.append(t)
        return not any(t.pos in ("NN", "NE") for t in between)

    before = [r for r in refs if r.end <= cl.start and r.mention.actor_id and close(r)]
    return before[-1] if before else None


def _first_finite(toks: list[Token], cl: Clause) -> int | None:
    """The clause's first German finite verb, if any."""
    return next((k for k in range(cl.start, cl.end) if toks[k].pos in ("VVFIN", "VAFIN", "VMFIN")), None)


def _she(toks: list[Token], cl: Clause, i: int) -> bool:
    """Is "sie" at ``i`` a woman, not a group: the subject of a singular finite verb ("Am Mittwoch rief sie die EU
    auf", not "Sie riefen")? German plural finite verbs end in -n ("riefen", "haben", "sind" aside)."""
    if toks[i].text.lower() != "sie" or toks[i].pos != "PPER":
        return False
    finite = _first_finite(toks, cl)
    if finite is None or abs(finite - i) > 1:
        return False  # "sie" next to its verb: "rief sie", "sie rief" (not "die sie … unterstützt")
    word = toks[finite].text.lower()
    return not (word.endswith("n") or word == "sind")


#: German articles that cannot open a subject: masculine accusative, dative ("den", "einem").
_NOT_NOMINATIVE = {"den", "dem", "einen", "einem"}


def _subject_after_verb(toks: list[Token], cl: Clause, free: list[MentionRef]) -> MentionRef | None:
    """ "Argentinien besucht der Papst erst nächstes Jahr", "Kiew kritisierte der Kanzler": an object put first,
    then the finite verb and a person with "der" and a masculine title or name right after it. "der" straight
    after the verb is nominative there (a dative would be feminine: "dankte der Kanzlerin", "der Ukraine"), so the
    person is the subject and the actor before the verb the object. So is the actor after the verb when the
    clause opens with an article that cannot be nominative ("Den Botschafter wies die Bundesregierung nicht
    aus")."""
    finite = _first_finite(toks, cl)
    if finite is None or len(free) < 2 or not free[0].end <= finite < free[1].start:
        return None
    after = next(r for r in free if r.start > finite)
    if (
        toks[cl.start].pos == "ART" and toks[cl.start].text.lower() in _NOT_NOMINATIVE
        and (toks[after.start].text.lower() in ("der", "die", "das") or toks[after.start].pos == "NE")
    ):  # fmt: skip
        # "Den Botschafter selbst, Sergej Netschajew, wies die Bundesregierung nicht aus": a clause that opens
        # with an accusative (or dative) noun phrase has its subject after the verb
        return after
    first, second = free[0], free[1]
    words = toks[finite + 1 : second.end]
    if not words or words[0].text != "der" or second.mention.label != "PER":
        return None
    head = next((t for t in words[1:] if t.pos in ("NN", "NE")), None)
    if head is None or head.text.endswith(("in", "innen")) or toks[first.start].text.lower() == "der":
        return None
    if any(t.pos not in ("ART", "ADJA", "NN", "NE", "$(") for t in words):
        return None
    return second


def _unplaced_institution(toks: list[Token], cl: Clause, first: int) -> bool:
    """ "Die Armee erschoss zwei Palästinenser", "Am Dienstag erschoss die Armee zwei Palästinenser": an institution
    no state was found for ("die Armee", "die Regierung") stands before the first actor, at the clause's start
    before its finite verb or right after it. It is the subject, whatever its article's case leaves open, so the
    actor after it is the object, not the one who acts."""
    finite = _first_finite(toks, cl)
    if finite is None or finite >= first:
        return False
    kb = knowledge_base()
    for k in (cl.start, finite + 1):
        j = _phrase_noun(toks, k, first)
        if j is None or not any(t.kind == "institution" for t in kb.targets((toks[j].text,), "de")):
            continue
        if k == finite + 1 or j + 1 == finite or _genitive_up_to(toks, j + 1, finite):
            return True
    return False


def _phrase_noun(
    toks: list[Token], k: int, end: int, articles: tuple[str, ...] | None = None, bare: bool = False
) -> int | None:
    """The noun of the phrase "article (adjectives) noun" that opens at ``k`` and ends before ``end``: with any
    article, or only one of ``articles``; with ``bare``, also without one ("Kritiker werfen …"). None otherwise."""
    if k >= end:
        return None
    j = k
    if toks[k].pos == "ART" and (articles is None or toks[k].text.lower() in articles):
        j = k + 1
    elif not bare:
        return None
    while j < end and toks[j].pos == "ADJA":
        j += 1
    return j if j < end and toks[j].pos == "NN" else None


def _genitive_up_to(toks: list[Token], a: int, b: int) -> bool:
    """Is ``toks[a:b]`` a genitive phrase ("des international isolierten Landes") and nothing else?"""
    span = toks[a:b]
    return (
        len(span) >= 2 and span[0].pos == "ART" and span[0].text.lower() in ("des", "der")
        and span[-1].pos == "NN" and all(t.pos in ("ADJA", "ADV", "ADJD", "NN") for t in span[1:])
    )  # fmt: skip


def _unknown_subject(toks: list[Token], cl: Clause, before: int | None = None) -> bool:
    """ "Wie die israelische Armee mitteilte, griff der Mann sein Opfer an", "Kritiker werfen Erdoğan vor, …":
    a clause whose subject names no actor. Its subject is masculine "der"/"ein" and a noun right after the finite
    verb, or a noun phrase before the finite verb at the clause's start ("der"/"ein", or no article before a
    plural verb: "Kritiker werfen"). Such a clause does not go on with the subject of the clause before (the army
    did not attack), and the actor after its verb is an object (Erdoğan is accused). With ``before``, only a
    subject before that token counts."""
    finite = _first_finite(toks, cl)
    if finite is None or (before is not None and finite >= before):
        return False
    last = max((j for j in range(cl.start, cl.end) if toks[j].pos[0] != "$"), default=cl.start)
    if before is not None and any(
        toks[j].pos.endswith("FIN") and not (j == last and toks[finite].pos == "VAFIN")
        for j in range(before, cl.end)
    ):
        # "Der Konflikt hat … heraufbeschworen und Polen fordert …": the actor has a verb of its own (not the
        # participle the tagger took for one: "Der Papst hat bei der Annäherung der USA und Kubas vermittelt")
        return False

    def phrase_end(k: int, bare: bool = False) -> int | None:  # the token after "der/ein (adjectives) noun"
        noun = _phrase_noun(toks, k, cl.end, ("der", "ein"), bare)
        return None if noun is None else noun + 1

    if before is None and phrase_end(finite + 1) is not None:
        return True
    if toks[cl.start].pos == "KOUS" and (finite + 1 >= cl.end or toks[finite + 1].pos in ("KON", "$,", "$.")):
        # "…, nachdem am 15. November im Dorf Przewodów eine Rakete eingeschlagen war": in a clause with its verb
        # at the end, the first noun phrase outside a preposition's is its subject
        k = cl.start + 1
        while k < finite:
            if toks[k].pos in ("APPR", "APPRART"):
                k = next((j for j in range(k + 1, finite) if toks[j].pos in ("NN", "NE")), finite)
                while k < finite and toks[k].pos in ("NN", "NE"):
                    k += 1  # (the preposition's noun and the names after it: "im Dorf Przewodów")
                continue
            if toks[k].pos in ("ART", "NN", "NE", "PPER", "PIS", "PDS"):
                return _phrase_noun(toks, k, finite, ("der", "die", "das", "ein", "eine")) is not None
            k += 1
        return False
    plural = toks[finite].text.lower().endswith("en")
    start = cl.start + 1 if plural and toks[cl.start].pos == "CARD" else cl.start  # "Vier Europäer … stellen"
    end = phrase_end(start, bare=plural)
    if plural and end is not None and end < finite and toks[end].pos == "APPR":
        # "Vier Europäer in Kiew stellen Moskau ein Ultimatum": a place after the noun belongs to it
        k = end + 1
        while k < finite and toks[k].pos in ("ART", "ADJA"):
            k += 1
        end = k + 1 if k < finite and toks[k].pos in ("NE", "NN") else end
    return end == finite
