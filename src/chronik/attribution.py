"""Quotation attribution: who said what, with character spans into the original text.

``quotes(text, language="de")`` finds

- **direct quotes** in quotation marks („…“, "…", »…«, «…», ‚…‘, '…', “…”) and links each to the reporting
  clause next to it ("„…“, sagte Scholz", "Scholz sagte: „…“", "nannte die Zahlen „aus der Luft gegriffen“");
- **indirect speech** governed by a reporting verb ("Das Weiße Haus teilte mit, dass …", "…, sagte der Minister",
  "Wie die Polizei mitteilte, …"), separable verbs included (the analyzer re-attaches the particle: *teilte … mit*
  → *mitteilen*; the particle becomes a second part of the cue);
- **according-to frames**: "laut X", "gemäß X", "X zufolge", "nach Angaben von X", "seiner Meinung nach",
  ", so X.", "Demnach …", ", wonach …", "according to X", "heißt es".

The speaker is the subject of the reporting verb (before the finite verb, or after it when the clause is inverted)
or the object of the according-to word, as a full noun phrase with its articles, titles, genitives, appositions and
names in quotation marks ("Ein Sprecher des saudi-arabischen Gesundheitsministeriums", "Bundeskanzlerin Angela
Merkel", "die „Washington Post“"). Pronouns ("er", "sie") are speakers too. ``speaker`` is None when the text names
none ("hieß es", a quotation with no reporting clause).

The words live in ``data/lexicon/reporting.yaml``; this module holds only the grammar (which part-of-speech tags
start and continue a noun phrase, where a subject stands). There is no parser for German, so the subject is found
from word order: Chronik's analyzer gives STTS tags (German) or Penn Treebank tags (English).

All offsets index the ``text`` passed in, exactly: ``text[q.quote.start:q.quote.end] == q.quote.text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chronik.model import Sentence, Token
from chronik.resources import data_dir, load_yaml

__all__ = ["Lexicon", "Quote", "Span", "direct_spans", "lexicon", "quotes"]


# ----------------------------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Quote:
    """One attributed quotation.

    ``quote`` covers the whole quotation; when a reporting clause interrupts it ("„Wir werden“, sagte er, „nicht
    nachgeben.“") ``quote_parts`` holds the pieces. ``cue`` is the reporting word (*sagte*, *laut*, *zufolge*);
    ``cue_parts`` adds the separated particle, auxiliary or "wie" (*teilte … mit*, *hat … angekündigt*).
    ``kind`` is ``direct`` (in quotation marks), ``indirect`` (reported speech after a reporting verb) or
    ``according`` (laut, zufolge, nach Angaben, so, demnach …). ``via`` is the source the speaker cites
    ("unter Berufung auf Regierungskreise").
    """

    quote: Span
    cue: Span | None
    speaker: Span | None
    kind: str
    addressee: Span | None = None
    via: Span | None = None
    cue_parts: tuple[Span, ...] = ()
    quote_parts: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        def d(s: Span | None) -> dict[str, Any] | None:
            return s.to_dict() if s else None

        return {
            "speaker": d(self.speaker),
            "cue": d(self.cue),
            "quote": d(self.quote),
            "addressee": d(self.addressee),
            "via": d(self.via),
            "kind": self.kind,
            "cue_parts": [s.to_dict() for s in self.cue_parts],
            "quote_parts": [s.to_dict() for s in self.quote_parts],
        }


# ----------------------------------------------------------------------------------------------------------------
# knowledge


@dataclass(slots=True)
class Lexicon:
    verbs: frozenset[str]
    clause_verbs: frozenset[str]
    impersonal: tuple[tuple[str, ...], ...]
    according: tuple[tuple[str, ...], ...]
    according_strict: frozenset[str]
    postpositions: frozenset[str]
    source_nouns: frozenset[str]
    source_suffixes: tuple[str, ...]
    adverbs: frozenset[str]
    relative: frozenset[str]
    inverted: frozenset[str]
    via: tuple[tuple[str, ...], ...]
    addressee_nouns: frozenset[str]
    stop_nouns: frozenset[str]


@lru_cache(maxsize=4)
def lexicon(language: str) -> Lexicon:
    """The reporting words of ``language`` ("de" or "en") from ``data/lexicon/reporting.yaml``."""
    doc = load_yaml(data_dir() / "lexicon" / "reporting.yaml", "chronik-reporting/1")
    if language not in doc:
        raise ValueError(f"no reporting lexicon for language {language!r}")
    d = doc[language]

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d.get(key) or [])

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        out = [tuple(str(p).lower().split()) for p in d.get(key) or []]
        return tuple(sorted(out, key=len, reverse=True))

    verbs = low("verbs")
    return Lexicon(
        verbs=verbs,
        clause_verbs=low("clause_verbs") - verbs,
        impersonal=phrases("impersonal"),
        according=phrases("according"),
        according_strict=low("according_strict"),
        postpositions=low("postpositions"),
        source_nouns=low("source_nouns"),
        source_suffixes=tuple(str(s).lower() for s in d.get("source_suffixes") or []),
        adverbs=low("adverbs"),
        relative=low("relative"),
        inverted=low("inverted"),
        via=phrases("via"),
        addressee_nouns=low("addressee_nouns"),
        stop_nouns=low("stop_nouns"),
    )


# ----------------------------------------------------------------------------------------------------------------
# grammar: tag classes per tag set


@dataclass(frozen=True, slots=True)
class Grammar:
    det: frozenset[str]  #: articles, possessives, demonstrative and indefinite determiners
    adj: frozenset[str]  #: attributive adjectives, numbers
    noun: frozenset[str]  #: common and proper nouns, foreign words
    name: frozenset[str]  #: proper nouns
    pron: frozenset[str]  #: personal pronouns that can be speakers
    finite: frozenset[str]  #: finite verbs
    participle: frozenset[str]
    aux: frozenset[str]  #: finite auxiliaries and modals
    adv: frozenset[str]  #: adverbs and the like that may stand between verb and subject
    prep: frozenset[str]
    genitive: frozenset[str]  #: words that open a genitive / of-phrase after a noun
    conj: frozenset[str]  #: words that coordinate two subjects
    subord: frozenset[str]  #: "wie", "als" opening a verb-final reporting clause
    particle: frozenset[str]  #: separated verb particle
    reflexive: frozenset[str]
    no_speaker: frozenset[str]  #: pronouns that never speak ("es", "it")


DE = Grammar(
    det=frozenset({"ART", "PPOSAT", "PIAT", "PIDAT", "PDAT", "PWAT"}),
    adj=frozenset({"ADJA", "CARD"}),
    noun=frozenset({"NN", "NE", "NNE", "NNA", "FM", "TRUNC"}),
    name=frozenset({"NE", "NNE", "FM"}),
    pron=frozenset({"PPER", "PDS", "PIS"}),
    finite=frozenset({"VVFIN", "VAFIN", "VMFIN"}),
    participle=frozenset({"VVPP", "VVINF", "VVIZU"}),
    aux=frozenset({"VAFIN", "VMFIN"}),
    adv=frozenset({"ADV", "PTKNEG", "ADJD", "PAV", "PROAV", "PRF"}),
    prep=frozenset({"APPR", "APPRART"}),
    genitive=frozenset({"des", "der"}),
    conj=frozenset({"und", "sowie", "oder"}),
    subord=frozenset({"wie"}),
    particle=frozenset({"PTKVZ"}),
    reflexive=frozenset({"PRF"}),
    no_speaker=frozenset(
        {"es", "das", "dies", "dieses", "was", "man", "alles", "nichts", "ich", "wir", "du", "ihr"}
    ),
)

EN = Grammar(
    det=frozenset({"DT", "PRP$", "WP$", "PDT"}),
    adj=frozenset({"JJ", "JJR", "JJS", "CD", "VBN", "NNPS"}),
    noun=frozenset({"NN", "NNS", "NNP", "NNPS", "FW"}),
    name=frozenset({"NNP", "NNPS"}),
    pron=frozenset({"PRP"}),
    finite=frozenset({"VBD", "VBZ", "VBP", "MD"}),
    participle=frozenset({"VBN", "VB", "VBG"}),
    aux=frozenset({"VBD", "VBZ", "VBP", "MD"}),
    adv=frozenset({"RB", "RBR", "RBS"}),
    prep=frozenset({"IN", "TO"}),
    genitive=frozenset({"of", "'s", "’s"}),
    conj=frozenset({"and"}),
    subord=frozenset({"as"}),
    particle=frozenset({"RP"}),
    reflexive=frozenset(),
    no_speaker=frozenset({"it", "i", "we", "you", "there", "that", "this", "what"}),
)

_OPEN_QUOTES = "„“‚‘»«\"'”"
_CLOSE_QUOTES = "“”‘’«»\"'"
#: opening mark → closing marks that end it
_PAIRS = {
    "„": '“”"',
    "“": '”"',
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    '"': '"“”',
    "‘": "’",
}
_BREAK = {",", ":", ";", "–", "—", "-"}
_END = {".", "!", "?"}


def _ends(tok: Token) -> bool:
    """Does ``tok`` end a sentence (the tokenizer sometimes glues the full stop to a name: "so Gall.")?"""
    return tok.text in _END or (len(tok.text) > 3 and tok.text.endswith(".") and tok.text[-2].islower())


def is_quote_mark(tok: Token) -> bool:
    """Is the token a quotation mark (German, English or French)?"""
    return len(tok.text) == 1 and tok.text in _OPEN_QUOTES + _CLOSE_QUOTES


# ----------------------------------------------------------------------------------------------------------------
# direct quotations in the raw text


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text in quotation marks, marks included; nested marks inside an outer quotation are not separate.

    An apostrophe inside a word ("Armstrong's", "geht's") does not open a quotation.
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        closers = _PAIRS.get(c)
        if closers is None and c == "'":
            closers = "'’"
        if closers is None:
            i += 1
            continue
        if c in "'‘" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        if c == "“" and i + 1 < n and text[i + 1] in " \n":  # a closing mark, not an opening one
            i += 1
            continue
        # the closing mark: the first closer that is not an apostrophe inside a word; a paragraph break ends the
        # search (an unclosed quotation is not guessed)
        j = i + 1
        end = -1
        limit = min(n, i + 3000)
        while j < limit:
            ch = text[j]
            if ch == "\n" and j + 1 < n and text[j + 1] == "\n":
                break
            if ch in closers and j > i + 1:
                if ch in "'’" and j + 1 < n and text[j + 1].isalpha() and text[j - 1].isalpha():
                    j += 1
                    continue
                end = j + 1
                break
            j += 1
        if end < 0:
            i += 1
            continue
        out.append((i, end))
        i = end
    return out


# ----------------------------------------------------------------------------------------------------------------
# noun phrases over tokens


class _NP:
    """Noun-phrase recognition over the tokens of one sentence, by tag classes."""

    def __init__(self, toks: Sequence[Token], g: Grammar, lex: Lexicon, language: str) -> None:
        self.t = toks
        self.g = g
        self.lex = lex
        self.lang = language
        self.n = len(toks)

    def pos(self, i: int) -> str:
        return self.t[i].pos if 0 <= i < self.n else ""

    def low(self, i: int) -> str:
        return self.t[i].text.lower() if 0 <= i < self.n else ""

    def is_open(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].text in _OPEN_QUOTES and len(self.t[i].text) == 1

    def quoted_name(self, i: int, max_len: int = 7) -> int | None:
        """End of a short name in quotation marks starting at ``i`` („Der Spiegel“), or None."""
        if not self.is_open(i):
            return None
        for j in range(i + 1, min(self.n, i + 2 + max_len)):
            if is_quote_mark(self.t[j]) and j > i + 1:
                if any(self.pos(k) in self.g.finite for k in range(i + 1, j)):
                    return None
                return j + 1
            if self.t[j].text in _END or self.t[j].text == ",":
                return None
        return None

    def core(self, i: int) -> int | None:
        """End of a noun-phrase core (determiner, adjectives, nouns) starting at ``i``."""
        g = self.g
        if i >= self.n:
            return None
        p = self.pos(i)
        if p in g.pron:
            if self.low(i) in g.no_speaker or (self.lang == "de" and p != "PPER"):
                return None
            return i + 1
        j = i
        if p in g.det:
            j += 1
        # adjectives, numbers, adverbs modifying adjectives ("bisher nicht genannten")
        while j < self.n and (
            self.pos(j) in g.adj or (self.pos(j) in {"ADJD", "ADV"} and self.pos(j + 1) in g.adj)
        ):
            j += 1
        start_nouns = j
        while j < self.n:
            if self.pos(j) in g.noun and self.t[j].text not in _OPEN_QUOTES:
                if j > start_nouns and self.t[j].text.lower() in self.lex.stop_nouns:
                    break
                # two common nouns in a row are two phrases ("laut Ministerium Arbeiten"); a title before a name
                # is one ("Ministerin Gitta Trauernicht")
                if (
                    j > start_nouns
                    and self.pos(j) not in g.name
                    and self.pos(j - 1) not in g.name
                    and self.lang == "de"
                ):
                    break
                j += 1
                # "Innen- und Verteidigungsministerium"
                if self.pos(j - 1) == "TRUNC" and self.low(j) in self.g.conj:
                    j += 1
                continue
            q = self.quoted_name(j)
            if q is not None and (j == start_nouns or j > start_nouns):
                j = q
                continue
            break
        if j == start_nouns:
            return None
        return j

    def phrase(self, i: int, *, depth: int = 0, mode: str = "post", stop: int | None = None) -> int | None:
        """End of a full noun phrase starting at ``i``: core plus genitives, names, parentheses, appositions.

        ``mode`` is where the phrase stands: "pre" (the subject before the verb, which may end right at the verb:
        "Nurur Rahman, der Rettungskoordinator … teilte"), "post" (after the verb, where an apposition may close
        the sentence: "sagte Edmon Chung, CEO von DotAsia."), "frame" (after laut/nach) or "app" (inside another
        phrase). ``stop`` bounds the phrase.
        """
        g = self.g
        limit = self.n if stop is None else stop
        e = self.core(i)
        if e is None or e > limit:
            return None
        if self.pos(i) in g.pron:
            return e
        while e < limit:
            w = self.low(e)
            # genitive: "des Ministeriums", "eines Mitarbeiters", "britischer Tageszeitungen", "of the ministry"
            if depth < 3 and self._genitive_start(e):
                if (
                    self.lang == "de"
                    and w == "der"
                    and mode == "post"
                    and depth == 0
                    and self._dative_addressee(e)
                ):
                    break
                if (
                    self.lang == "de"
                    and w == "der"
                    and mode == "frame"
                    and depth == 0
                    and self._subject_follows(e)
                ):
                    break
                if self.lang == "en" and w in {"'s", "’s"}:
                    e2 = self.core(e + 1)
                elif self.lang == "en":
                    e2 = self.phrase(e + 1, depth=depth + 1, mode="app", stop=limit)
                else:
                    e2 = self.phrase(e, depth=depth + 1, mode="app", stop=limit)
                if e2 is not None and e2 <= limit:
                    e = e2
                    continue
                break
            # a name in parentheses or a party: "(Grüne)", "(DGAC)"
            if self.t[e].text == "(":
                close = next((k for k in range(e + 1, min(limit, e + 8)) if self.t[k].text == ")"), None)
                if close is not None:
                    e = close + 1
                    continue
                break
            # apposition after a comma: ", Klaus Stöhr," / ", Sprecher der UN,"
            if self.t[e].text == "," and mode in {"pre", "post", "frame"} and depth == 0:
                e2 = self.phrase(e + 1, depth=depth + 1, mode="app", stop=limit)
                if e2 is not None and e2 <= limit:
                    nxt = self.t[e2] if e2 < self.n else None
                    closed = nxt is not None and nxt.text == "," and e2 < limit
                    at_verb = mode == "pre" and stop is not None and e2 == stop
                    final = mode == "post" and (
                        nxt is None
                        or _ends(nxt)
                        or nxt.text == ":"
                        or nxt.pos in g.particle
                        or _ends(self.t[e2 - 1])
                    )
                    if closed or at_verb or final:
                        e = e2
                        continue
                break
            # affiliation "von der Polizei", "vom WWF"
            if depth <= 1 and self.pos(e) in g.prep and w in {"von", "vom", "of", "from"}:
                e2 = self.core(e + 1)
                if e2 is not None and e2 <= limit:
                    e = e2
                    continue
                break
            # a place or an institution: "in Berlin", "im niedersächsischen Landtag", "aus dem Forscherteam"
            if depth == 0 and self.pos(e) in g.prep and w in {"in", "aus", "im", "bei", "beim", "at"}:
                e2 = self.core(e + 1)
                if (
                    e2 is not None
                    and e2 <= limit
                    and (mode == "pre" or any(self.pos(k) in g.name for k in range(e + 1, e2)))
                    and not (mode == "frame" and self._source_head(i, e))
                ):
                    e = e2
                    continue
                break
            # coordination of two speakers ("Merkel und Macron"), before the verb only
            if mode == "pre" and depth == 0 and w in g.conj:
                e2 = self.phrase(e + 1, depth=depth + 1, mode="app", stop=limit)
                if e2 is not None and e2 <= limit:
                    e = e2
                    continue
                break
            break
        return e

    def _genitive_start(self, i: int) -> bool:
        w = self.low(i)
        if w in self.g.genitive:
            return True
        if self.lang != "de":
            return False
        if w in {
            "eines",
            "einer",
            "seines",
            "seiner",
            "ihres",
            "ihrer",
            "dieses",
            "dieser",
            "jenes",
            "unseres",
            "unserer",
            "eures",
            "mehrerer",
            "vieler",
            "anderer",
            "einiger",
            "zahlreicher",
            "beider",
            "aller",
        }:
            return True
        # a plural genitive without article: "britischer Tageszeitungen", "informierter Kreise"
        return self.pos(i) == "ADJA" and w.endswith("er") and self.pos(i + 1) in self.g.noun

    def _subject_follows(self, i: int) -> bool:
        """After "laut Verfassung": is "der X" at ``i`` followed by a verb of its own (a new subject)?"""
        e = self.core(i)
        return e is not None and e < self.n and self.pos(e) in {"VVPP", "VVINF", "VAINF", "VMINF"}

    def _source_head(self, i: int, e: int) -> bool:
        return any(self.t[k].text.lower() in self.lex.source_nouns for k in range(i, e))

    def _dative_addressee(self, i: int) -> bool:
        """Is "der X" at ``i`` a dative addressee ("sagte der Zeitung") rather than a genitive?"""
        for k in range(i + 1, min(self.n, i + 5)):
            if self.pos(k) in self.g.noun:
                return self.t[k].text.lower() in self.lex.addressee_nouns
            if self.pos(k) not in self.g.adj and not is_quote_mark(self.t[k]):
                return False
        return False

    def backward(self, end: int, floor: int = 0) -> int | None:
        """Start of the longest noun phrase ending exactly at ``end`` (exclusive), not starting before ``floor``."""
        best = None
        for s in range(end - 1, max(floor, end - 25) - 1, -1):
            if self.t[s].text in _END:
                break
            e = self.phrase(s, mode="app")
            if e == end and not (self.pos(s - 1) in self.g.det or self.pos(s - 1) in self.g.adj):
                best = s
        return best


# ----------------------------------------------------------------------------------------------------------------
# the extractor


def _span(text: str, a: int, b: int) -> Span:
    return Span(a, b, text[a:b])


def _tok_span(text: str, toks: Sequence[Token], i: int, j: int) -> Span:
    """Span of tokens ``i`` … ``j - 1``."""
    return _span(text, toks[i].start, toks[j - 1].end)


def _np_span(text: str, toks: Sequence[Token], i: int, j: int) -> Span:
    """Span of a noun phrase over tokens ``i`` … ``j - 1``, without a full stop the tokenizer glued to its end."""
    end = toks[j - 1].end
    if _ends(toks[j - 1]) and toks[j - 1].text not in _END:
        end -= 1
    return _span(text, toks[i].start, end)


class _Extractor:
    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.lang = language
        self.g = DE if language == "de" else EN
        self.lex = lexicon(language)
        self.direct = direct_spans(text)
        self.out: list[Quote] = []
        self.prev: Sentence | None = None

    # -- helpers ---------------------------------------------------------------------------------------------

    def trim(self, a: int, b: int) -> tuple[int, int]:
        """Shrink [a, b) to exclude spaces, commas, colons, dashes and a final full stop."""
        t = self.text
        while a < b and (t[a].isspace() or t[a] in ",:;–—-"):
            a += 1
        while b > a and (t[b - 1].isspace() or t[b - 1] in ",:;–—-"):
            b -= 1
        if b > a and t[b - 1] in ".!?" and not self._inside_direct(b - 1):
            b -= 1
            while b > a and t[b - 1].isspace():
                b -= 1
        return a, b

    def _inside_direct(self, off: int) -> bool:
        return any(s <= off < e for s, e in self.direct)

    def direct_at(self, off: int) -> tuple[int, int] | None:
        for s, e in self.direct:
            if s <= off < e:
                return s, e
        return None

    def direct_starting(self, a: int, b: int) -> tuple[int, int] | None:
        """A direct quotation that begins in [a, b) (after spaces)."""
        for s, e in self.direct:
            if a <= s < b and not self.text[a:s].strip(" ,:\n"):
                return s, e
        return None

    def direct_ending(self, a: int, b: int) -> tuple[int, int] | None:
        """A direct quotation that ends in (a, b] with only spaces and punctuation up to ``b``."""
        for s, e in self.direct:
            if a < e <= b and not self.text[e:b].strip(" ,.:;\n"):
                return s, e
            # the comma inside the marks: „Nein,“ sagte er
            if a < e <= b + 2 and e > b and not self.text[b:e].strip(" ,.“”\"'»«‘’"):
                return s, e
        return None

    def lemma(self, tok: Token, toks: Sequence[Token]) -> str:
        """The verb's lemma; a particle the tagger wrongly attached ("sagte … dazu" → *dazusagen*) is removed."""
        lem = tok.lemma.lower()
        if lem in self.lex.verbs or lem in self.lex.clause_verbs or self.lang != "de":
            return lem
        for t in toks:
            w = t.text.lower()
            if t.pos == "PTKVZ" and lem.startswith(w) and lem[len(w) :] in self.lex.verbs:
                return lem[len(w) :]
        return lem

    def is_reporting(self, tok: Token, toks: Sequence[Token], *, clause: bool) -> bool:
        lem = self.lemma(tok, toks)
        if lem in self.lex.verbs:
            return True
        return clause and lem in self.lex.clause_verbs

    # -- per sentence ------------------------------------------------------------------------------------------

    def sentence(self, sent: Sentence) -> None:
        toks = sent.tokens
        if not toks:
            return
        g, lex = self.g, self.lex
        np = _NP(toks, g, lex, self.lang)
        used_verbs: set[int] = set()
        for i, tok in enumerate(toks):
            p = tok.pos
            low = tok.text.lower()
            # reporting verbs: finite forms, or participles with their auxiliary
            if (p in g.finite or p in g.participle) and self.is_reporting(tok, toks, clause=True):
                if i not in used_verbs and self.verb_cue(toks, np, i, sent):
                    used_verbs.add(i)
                continue
            # according-to frames
            if self.lang == "de" and low in lex.postpositions:
                self.postposition(toks, np, i, sent)
                continue
            ph = self._phrase_at(toks, i, lex.according)
            if ph:
                self.according(toks, np, i, i + ph, sent)
                continue
            if low == "nach":
                self.nach(toks, np, i, sent)
                continue
            if low in lex.adverbs and self._clause_start(toks, i) == i:
                self.adverb(toks, i, sent)
                continue
            if low in lex.relative and i > 0 and toks[i - 1].text == ",":
                self.relative(toks, np, i, sent)
                continue
            if low in lex.inverted and i > 0 and toks[i - 1].text == ",":
                self.inverted(toks, np, i, sent)
                continue
            ph = self._phrase_at(toks, i, lex.impersonal)
            if ph:
                self.impersonal(toks, i, i + ph, sent)
                continue

    @staticmethod
    def _phrase_at(toks: Sequence[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        for ph in phrases:
            if i + len(ph) <= len(toks) and all(toks[i + k].text.lower() == w for k, w in enumerate(ph)):
                return len(ph)
        return 0

    def _clause_start(self, toks: Sequence[Token], i: int) -> int:
        """Index of the first token of the clause containing ``i`` (after a comma, colon, quotation mark)."""
        j = i
        while j > 0:
            prev = toks[j - 1]
            if prev.text in _BREAK or prev.text in _END or is_quote_mark(prev):
                break
            j -= 1
        # skip a coordinating conjunction and sentence adverbs like "Und", "Aber"
        while j < i and toks[j].pos in {"KON", "CC"}:
            j += 1
        return j

    # -- reporting verbs ---------------------------------------------------------------------------------------

    def verb_cue(self, toks: Sequence[Token], np: _NP, v: int, sent: Sentence) -> bool:
        g, lex = self.g, self.lex
        text = self.text
        n = len(toks)
        tok = toks[v]
        cue_idx = [v]
        anchor = v  # the finite verb that decides where the subject stands
        passive = False
        finite_inf = (
            self.lang == "de"
            and tok.pos == "VVINF"
            and v > 0
            and (toks[v - 1].pos in g.noun or toks[v - 1].pos in g.pron)
            and v + 1 < n
            and toks[v + 1].text in {",", ":"}
        )  # "Politische Berater sagen, dass …": the tagger's infinitive is a finite plural
        if tok.pos in g.participle and not finite_inf:
            if self.lang == "de" and tok.pos != "VVPP":
                return False  # "will … mitteilen", "um … zu sagen": not a report
            if self.lang == "en" and tok.pos == "VBG":
                return False
            # the finite auxiliary of this clause: "hat … angekündigt", "X hatte gesagt", "wie er gesagt hatte"
            aux = None
            for k in range(v - 1, max(-1, v - 16), -1):
                t = toks[k]
                if t.pos in g.aux:
                    aux = k
                    break
                if (
                    t.text in _END
                    or t.text in {",", ":", ";"}
                    or is_quote_mark(t)
                    or t.pos in {"KOUS", "PRELS"}
                ):
                    break
            if aux is None and v + 1 < n and toks[v + 1].pos in g.aux:
                aux = v + 1
            if aux is None:
                return False
            if toks[aux].lemma.lower() in {"werden", "be"}:
                passive = True
            if self.lang == "de" and toks[aux].pos == "VMFIN":
                return False
            cue_idx.append(aux)
            anchor = aux
        # separated particle (German): after the verb, in the same clause
        if self.lang == "de" and tok.pos == "VVFIN":
            for k in range(v + 1, n):
                t = toks[k]
                if (
                    t.text in _END
                    or t.text in {":", ";"}
                    or is_quote_mark(t)
                    or t.pos in {"KOUS", "PRELS", "VVFIN", "VAFIN", "VMFIN"}
                ):
                    break
                if t.pos == "PTKVZ":
                    if (
                        tok.lemma.lower().startswith(t.text.lower())
                        and self.lemma(tok, toks) == tok.lemma.lower()
                    ):
                        cue_idx.append(k)
                    break
        lemma = self.lemma(tok, toks)
        clause_only = lemma not in lex.verbs
        fs = self.field_start(toks, min(anchor, v))
        # "wie X mitteilte" / "as X said": verb-final clause opened by "wie"
        wie = next(
            (k for k in range(min(anchor, v) - 1, fs - 1, -1) if toks[k].text.lower() in g.subord), None
        )
        if wie is not None and (
            toks[wie].pos in {"KOKOM"}
            or (
                wie > 0
                and not (
                    toks[wie - 1].text in _BREAK
                    or _ends(toks[wie - 1])
                    or is_quote_mark(toks[wie - 1])
                    or toks[wie - 1].pos in {"KON", "CC"}
                )
            )
        ):
            wie = None
        speaker: tuple[int, int] | None = None
        addressee = None
        if passive:
            # "wurde mitgeteilt": the speaker is named with "von" only
            for k in range(v + 1, min(n, v + 6)):
                if toks[k].text.lower() in {"von", "vom", "by"}:
                    e = np.phrase(k + 1, mode="post")
                    if e:
                        speaker = (k + 1, e)
                    break
        elif wie is not None and (self.lang == "de" or wie < min(anchor, v)):
            s0 = wie + 1
            while s0 < anchor and toks[s0].pos in g.adv:
                s0 += 1
            e = np.phrase(s0, mode="pre", stop=min(anchor, v))
            if e is None:
                return False
            speaker = (s0, e)
            cue_idx.append(wie)
        else:
            speaker = self.subject(toks, np, anchor, fs)
            if speaker is None and self.lang == "en":
                return False
        # addressee: a dative right after the verb or after an inverted subject
        after = max(v, anchor) + 1
        if speaker is not None and speaker[0] > anchor:
            after = speaker[1]
        k = after
        while k < n and toks[k].pos in g.adv:
            k += 1
        if self.lang == "de" and k < n and toks[k].text.lower() in {"dem", "der", "den"}:
            e = np.core(k)
            if e is not None and (toks[k].text.lower() == "dem" or np._dative_addressee(k)):
                while e < n and toks[e].pos in g.name:
                    e += 1
                addressee = (k, e)
        elif self.lang == "en" and lemma == "tell" and k < n:
            e = np.phrase(k, mode="post")
            if e:
                addressee = (k, e)
        # the quotation
        parts = self.quotation_for(toks, np, fs, anchor, v, cue_idx, speaker, addressee, sent, clause_only)
        if not parts:
            return False
        # a reflexive pronoun belongs to the cue ("äußerte sich", "zeigte sich überzeugt")
        for k in range(v + 1, min(n, v + 4)):
            if toks[k].pos in g.reflexive:
                cue_idx.append(k)
                break
            if (speaker is None or not (speaker[0] <= k < speaker[1])) and toks[k].pos not in g.adv:
                break
        cue_parts = self.merge(toks, sorted(set(cue_idx)))
        spk = _np_span(text, toks, *speaker) if speaker else None
        adr = _tok_span(text, toks, *addressee) if addressee else None
        via = self.find_via(toks, np, v)
        kind = "direct" if all(self.direct_at(a) == (a, b) for a, b in parts) else "indirect"
        cue = _tok_span(text, toks, v, v + 1)
        if parts == [(sent.start, sent.end)]:
            # reported speech: the verb is the content of the report, not a cue
            # ("Die Medien sprechen von Geiseln")
            kind, cue, cue_parts = "reported", None, ()
        self.emit(parts, cue, cue_parts, spk, kind, adr, via)
        return True

    def merge(self, toks: Sequence[Token], idx: list[int]) -> tuple[Span, ...]:
        """Spans of the tokens ``idx``, neighbouring tokens joined into one span ("wurde vorgeworfen")."""
        runs: list[list[int]] = []
        for k in idx:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
        return tuple(_tok_span(self.text, toks, r[0], r[-1] + 1) for r in runs)

    def field_start(self, toks: Sequence[Token], anchor: int) -> int:
        """First token of the field before the verb at ``anchor``: back to the sentence start, a colon, a closing
        quotation mark, or another clause's verb or conjunction (commas of appositions are crossed)."""
        j = anchor
        while j > 0:
            prev = toks[j - 1]
            if _ends(prev) or prev.text in {":", ";", "–", "—", "-"} or is_quote_mark(prev):
                break
            if prev.pos in self.g.finite or prev.pos in {
                "KOUS",
                "PRELS",
                "PRELAT",
                "VVPP",
                "VVINF",
                "VVIZU",
                "VBN",
                "VB",
                "VBG",
                "WDT",
            }:
                break
            j -= 1
        return j

    def subject(self, toks: Sequence[Token], np: _NP, anchor: int, fs: int) -> tuple[int, int] | None:
        """Subject of the finite verb at ``anchor``: the noun phrase filling the field before it, else after it."""
        g = self.g
        n = len(toks)
        nxt = toks[anchor + 1] if anchor + 1 < n else None
        strong = (
            nxt is not None
            and nxt.pos in g.pron
            and nxt.text.lower() in {"er", "ich", "wir", "he", "she", "they", "we", "i"}
        )
        if not strong:
            # before the verb: the farthest start whose noun phrase reaches the verb
            starts = [k + 1 for k in range(fs, anchor) if toks[k].text == ","]
            if fs == 0 or not (toks[fs - 1].pos in g.finite or toks[fs - 1].pos in g.participle):
                # (not when the field is the object of another verb: "denied the reports, the spokesman said")
                starts.insert(0, fs)
            for s in starts:
                s2 = s
                while s2 < anchor and (toks[s2].pos in {"KON", "CC"} or (toks[s2].pos == "ADV" and s2 == s)):
                    s2 += 1
                if s2 >= anchor:
                    continue
                e = np.phrase(s2, mode="pre", stop=anchor)
                if e is None:
                    continue
                # only adverbs (or the comma closing an apposition) between the phrase and the verb
                if all(
                    (toks[k].pos in g.adv and toks[k].pos != "PRF") or toks[k].text == ","
                    for k in range(e, anchor)
                ):
                    return (s2, e)
            if self.lang == "en" and fs < anchor:
                # "said the spokesman" only after a quotation or a comma
                return None
        # after the verb (inverted): skip reflexive, adverbs and a short prepositional phrase
        k = anchor + 1
        while k < n:
            p = toks[k].pos
            if p in g.adv or p in g.particle:
                k += 1
                continue
            if p in g.prep and self.lang == "de":
                e = np.core(k + 1)
                if e is not None and e - k <= 4:
                    k = e
                    continue
            break
        if k < n:
            e = np.phrase(k, mode="post")
            if e is not None:
                return (k, e)
        return None

    def quotation_for(
        self,
        toks: Sequence[Token],
        np: _NP,
        fs: int,
        anchor: int,
        v: int,
        cue_idx: list[int],
        speaker: tuple[int, int] | None,
        addressee: tuple[int, int] | None,
        sent: Sentence,
        clause_only: bool,
    ) -> list[tuple[int, int]]:
        """Character spans of the quotation a reporting clause introduces or closes."""
        g = self.g
        n = len(toks)
        first = min(cue_idx + ([speaker[0]] if speaker else []))
        last = max(
            cue_idx + ([speaker[1] - 1] if speaker else []) + ([addressee[1] - 1] if addressee else [])
        )
        # the end of the reporting clause: the next comma or colon after the cue, the speaker and the addressee,
        # with nothing but adverbs, short prepositional phrases and "es"/"dies" in between (an object means the
        # verb reports no clause: "bestätigte die Befunde")
        k = last + 1
        gap_ok = True
        while (
            k < n
            and toks[k].text not in {",", ":", ";"}
            and toks[k].text not in _END
            and not self.is_open_tok(toks[k])
        ):
            t = toks[k]
            if (
                self.lang == "en"
                and gap_ok
                and (t.text.lower() == "that" or self._clause_follows(toks, np, k))
            ):
                a2, b2 = self.trim(t.start, toks[-1].end)
                if b2 - a2 > 3:
                    return [(a2, b2)]
            if (
                t.pos in g.adv
                or t.pos in g.particle
                or t.pos in {"PROAV", "PAV"}
                or t.text.lower() in {"es", "dies", "that", "it"}
            ):
                k += 1
                continue
            if t.pos in g.prep:
                e = np.phrase(k + 1, mode="post")
                if e is not None and e <= n:
                    k = e
                    continue
            if k in cue_idx:
                k += 1
                continue
            gap_ok = False
            k += 1
        sent_end = toks[-1].end
        # 1. a quotation after the reporting clause
        if k < n and gap_ok and (toks[k].text in {",", ":"} or self.is_open_tok(toks[k])):
            a = toks[k].end if toks[k].text in {",", ":"} else toks[k].start
            d = self.direct_starting(a, a + 3)
            if d is not None:
                return [d]
            a2, b2 = self.trim(a, sent_end)
            if b2 - a2 > 3 and self._clause_ok(toks, k + 1):
                d = self.direct_at(a2)
                if d is not None and d[1] > b2:
                    return [d]
                return [(a2, b2)]
        if clause_only:
            return []
        # 2. a quotation in marks inside the reporting clause: "nannte die Zahlen „aus der Luft gegriffen“"
        ce = toks[k - 1].end if 0 < k <= n else sent_end
        taken: list[tuple[int, int]] = []
        for span in (speaker, addressee):
            if span is not None:
                taken.append((toks[span[0]].start, toks[span[1] - 1].end))
        for s, e in self.direct:
            if toks[v].end <= s <= ce and s < sent_end and not any(a <= s < b for a, b in taken):
                return [(s, e)]
        # 3. a quotation before the reporting clause: "…, sagte er." / "„…“, sagte er." / "Wie X sagte, …"
        if first > 0:
            before = toks[first - 1]
            if before.text in {",", ":"} or is_quote_mark(before):
                b = before.start if before.text in {",", ":"} else before.end
                parts: list[tuple[int, int]] = []
                d = self.direct_ending(sent.start - 1, b)
                if d is not None:
                    parts.append(d)
                else:
                    a2, b2 = self.trim(sent.start, b)
                    if b2 - a2 > 3:
                        parts.append((a2, b2))
                # a continuation: „…“, sagte er, „…“
                if parts and k < n and toks[k].text == ",":
                    d2 = self.direct_starting(toks[k].end, toks[k].end + 3)
                    if d2 is not None:
                        parts.append(d2)
                return parts
        # 4. reported speech without a clause: "Die Medien sprechen von Geiseln", "kritisierte die Entscheidung"
        if not gap_ok and speaker is not None and speaker[0] < anchor:
            # the annotation convention for reported speech: the whole sentence, full stop included
            return [(sent.start, sent.end)]
        # 5. "Das sagte X." / "Dies teilte X mit.": the previous sentence
        if fs < anchor and toks[fs].pos in {"PDS"} and anchor - fs == 1 and self.prev is not None:
            a2, b2 = self.trim(self.prev.start, self.prev.end)
            d = self.direct_ending(a2 - 1, self.prev.end)
            if d is not None and d[0] >= self.prev.start - 2:
                return [d]
            if b2 - a2 > 3:
                return [(a2, b2)]
        return []

    def _clause_follows(self, toks: Sequence[Token], np: _NP, k: int) -> bool:
        """English: does a clause without "that" start at ``k`` ("said Biden would travel")?"""
        e = np.phrase(k, mode="app")
        return e is not None and e < len(toks) and toks[e].pos in self.g.finite

    def is_open_tok(self, tok: Token) -> bool:
        return len(tok.text) == 1 and tok.text in _OPEN_QUOTES and any(s == tok.start for s, _ in self.direct)

    def _clause_ok(self, toks: Sequence[Token], k: int) -> bool:
        """Does a clause (with a verb) or a quotation follow at token ``k``?"""
        for j in range(k, min(len(toks), k + 40)):
            if toks[j].pos.startswith("V") or toks[j].pos in {"MD"}:
                return True
            if self.is_open_tok(toks[j]):
                return True
        return False

    def find_via(self, toks: Sequence[Token], np: _NP, v: int) -> Span | None:
        for i in range(len(toks)):
            ph = self._phrase_at(toks, i, self.lex.via)
            if ph:
                e = np.phrase(i + ph, mode="post")
                if e:
                    return _tok_span(self.text, toks, i + ph, e)
        return None

    # -- according-to frames -------------------------------------------------------------------------------------

    def frame_quote(self, sent: Sentence, fa: int, fb: int) -> list[tuple[int, int]]:
        """The clause without the frame [fa, fb): one part before it, one after it, or both.

        The part before starts at the sentence, or at the relative or subordinate clause the frame stands in
        ("…, die ihrer Meinung nach zu Unrecht regiert").
        """
        parts = []
        start = sent.start
        toks = sent.tokens
        for k in range(len(toks) - 1, 0, -1):
            if toks[k].start >= fa:
                continue
            if toks[k - 1].text == "," and toks[k].pos in {"PRELS", "KOUS", "PRELAT", "PWAV", "WDT"}:
                start = toks[k].start
                break
        a, b = self.trim(start, fa)
        if b - a > 3:
            parts.append((a, b))
        a, b = self.trim(fb, sent.end)
        if b - a > 3:
            parts.append((a, b))
        return parts

    def according(self, toks: Sequence[Token], np: _NP, i: int, j: int, sent: Sentence) -> None:
        e = np.phrase(j, mode="frame")
        if e is None:
            return
        if toks[i].text.lower() in self.lex.according_strict:
            head = next((k for k in range(j, e) if toks[k].pos in self.g.noun), None)
            if head is None or not (toks[head].pos in self.g.name or self._source_noun(toks[head].text)):
                return
        cue = _tok_span(self.text, toks, i, j)
        spk = _np_span(self.text, toks, j, e)
        parts = self.frame_quote(sent, toks[i].start, toks[e - 1].end)
        if parts:
            self.emit(parts, cue, (cue,), spk, "according")

    def postposition(self, toks: Sequence[Token], np: _NP, i: int, sent: Sentence) -> None:
        s = np.backward(i)
        if s is None:
            return
        cue = _tok_span(self.text, toks, i, i + 1)
        spk = _tok_span(self.text, toks, s, i)
        parts = self.frame_quote(sent, toks[s].start, toks[i].end)
        if parts:
            self.emit(parts, cue, (cue,), spk, "according")

    def _source_noun(self, w: str) -> bool:
        w = w.lower()
        return w in self.lex.source_nouns or any(w.endswith(s) for s in self.lex.source_suffixes)

    def nach(self, toks: Sequence[Token], np: _NP, i: int, sent: Sentence) -> None:
        """Frames with "nach": "nach Angaben der Polizei" (preposition), "seiner Meinung nach" (postposition)."""
        e = np.phrase(i + 1, mode="frame")
        if e is not None:
            head = next((k for k in range(i + 1, e) if toks[k].pos in self.g.noun), None)
            if head is not None and self._source_noun(toks[head].text):
                cue = _tok_span(self.text, toks, i, i + 1)
                spk = _np_span(self.text, toks, i + 1, e)
                parts = self.frame_quote(sent, toks[i].start, toks[e - 1].end)
                if parts:
                    self.emit(parts, cue, (cue,), spk, "according")
                return
        s = np.backward(i)
        if s is not None:
            head = next((k for k in range(s, i) if toks[k].pos in self.g.noun), None)
            if head is not None and self._source_noun(toks[head].text):
                cue = _tok_span(self.text, toks, i, i + 1)
                spk = _tok_span(self.text, toks, s, i)
                parts = self.frame_quote(sent, toks[s].start, toks[i].end)
                if parts:
                    self.emit(parts, cue, (cue,), spk, "according")

    def adverb(self, toks: Sequence[Token], i: int, sent: Sentence) -> None:
        cue = _tok_span(self.text, toks, i, i + 1)
        parts = self.frame_quote(sent, toks[i].start, toks[i].end)
        if parts:
            self.emit(parts, cue, (cue,), cue, "according")

    def relative(self, toks: Sequence[Token], np: _NP, i: int, sent: Sentence) -> None:
        s = np.backward(i - 1)
        cue = _tok_span(self.text, toks, i, i + 1)
        spk = _tok_span(self.text, toks, s, i - 1) if s is not None else None
        a, b = self.trim(toks[i].end, sent.end)
        if b - a > 3:
            self.emit([(a, b)], cue, (cue,), spk, "according")

    def inverted(self, toks: Sequence[Token], np: _NP, i: int, sent: Sentence) -> None:
        """Frames with "so": ", so der Sprecher." — the source closes the sentence (no finite verb after it)."""
        e = np.phrase(i + 1, mode="post")
        if e is None:
            return
        for k in range(e - 1, len(toks)):
            if _ends(toks[k]) or toks[k].text == ",":
                break
            if toks[k].pos in self.g.finite:
                return
        cue = _tok_span(self.text, toks, i, i + 1)
        spk = _np_span(self.text, toks, i + 1, e)
        b = toks[i - 1].start
        d = self.direct_ending(sent.start - 1, b)
        if d is not None:
            parts = [d]
        else:
            a2, b2 = self.trim(sent.start, b)
            parts = [(a2, b2)] if b2 - a2 > 3 else []
        if parts:
            self.emit(parts, cue, (cue,), spk, "according")

    def impersonal(self, toks: Sequence[Token], i: int, j: int, sent: Sentence) -> None:
        cue = _tok_span(self.text, toks, i, j)
        parts = self.frame_quote(sent, toks[i].start, toks[j - 1].end)
        if parts:
            self.emit(parts, cue, (cue,), None, "indirect")

    # -- output ------------------------------------------------------------------------------------------------

    def emit(
        self,
        parts: list[tuple[int, int]],
        cue: Span | None,
        cue_parts: tuple[Span, ...],
        speaker: Span | None,
        kind: str,
        addressee: Span | None = None,
        via: Span | None = None,
    ) -> None:
        parts = sorted(set(parts))
        qp = tuple(_span(self.text, a, b) for a, b in parts)
        whole = _span(self.text, parts[0][0], parts[-1][1])
        self.out.append(Quote(whole, cue, speaker, kind, addressee, via, cue_parts, qp))

    def embedded(self) -> None:
        """A quotation in marks inside reported speech is a direct quotation of the same speaker
        ("Die Kanadier sagen, der Pilot trage die „volle Verantwortung“")."""
        extra = []
        for q in self.out:
            if q.kind not in {"indirect", "according"}:
                continue
            for s, e in self.direct:
                if q.quote.start <= s and e <= q.quote.end and (s, e) != (q.quote.start, q.quote.end):
                    extra.append(
                        Quote(
                            _span(self.text, s, e),
                            q.cue,
                            q.speaker,
                            "direct",
                            q.addressee,
                            q.via,
                            q.cue_parts,
                            (_span(self.text, s, e),),
                        )
                    )
        self.out.extend(extra)

    def unattributed(self) -> None:
        """Direct quotations no reporting clause claimed: speaker unknown."""
        covered = [(p.start, p.end) for q in self.out for p in q.quote_parts]
        for s, e in self.direct:
            if any(a <= s and e <= b for a, b in covered):
                continue
            inner = self.text[s + 1 : e - 1]
            if len(inner.split()) < 4:
                continue
            self.out.append(
                Quote(_span(self.text, s, e), None, None, "direct", quote_parts=(_span(self.text, s, e),))
            )


def quotes(text: str, *, language: str = "de", sentences: list[Sentence] | None = None) -> list[Quote]:
    """The quotations in ``text`` with their speakers, cues and addressees, in text order.

    ``sentences`` may pass the analyzer's sentences of ``text`` when they are already at hand (the pipeline has
    them); otherwise the text is analysed here.
    """
    if language not in {"de", "en"}:
        raise ValueError(f"quotation attribution supports de and en, not {language!r}")
    if sentences is None:
        from chronik.nlp import analyzer

        sentences = analyzer(language).sentences(text, 0, len(text))
    ex = _Extractor(text, language)
    for s in sentences:
        ex.sentence(s)
        ex.prev = s
    ex.embedded()
    ex.unattributed()
    ex.out.sort(key=lambda q: (q.quote.start, q.quote.end))
    return ex.out
