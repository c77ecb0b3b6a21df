"""German: SoMaJo for tokens and sentences, Chronik's tagger for STTS tags, simplemma for lemmas, separable verbs
re-attached.

The tagger is the small spaCy model that ships in ``chronik/models/de_tagger`` (see MODEL_CARD.md); lemmas come
from :mod:`chronik.nlp.german_lemma` (simplemma's dictionary guided by the tag). HanTa, which Chronik used before,
is only a fallback for a checkout without the model files, and only when it is installed (``pip install HanTa``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from chronik.model import Entity, Sentence, Token
from chronik.nlp.base import Analyzer, spans

#: HanTa writes some STTS tags with brackets ("VV(FIN)", "ADJ(A)"); "$(" is a tag of its own.
_BRACKETS = re.compile(r"\(([A-Z]+)\)")
#: HanTa's own refinements of STTS, mapped back to STTS ("eines Treffens": NNI, a nominalised infinitive).
_STTS = {"NNI": "NN", "NNA": "NN"}
#: STTS tags of finite full verbs a separated particle (PTKVZ) belongs to.
_FINITE_FULL = {"VVFIN", "VVIMP"}
#: Where a clause opens: a particle never reaches back past these ("und" is not one: "wirft Kiew und der Nato
#: Provokationen vor" keeps *vorwerfen*).
_CLAUSE_BREAK = {"KOUS", "PRELS", "PRELAT", "PWAV"}


def hanta_stts(tag: str) -> str:
    """HanTa's tag as plain STTS: "VV(FIN)" → VVFIN, NNI → NN; "$(" stays "$("."""
    tag = _BRACKETS.sub(r"\1", tag)
    return _STTS.get(tag, tag)


class GermanAnalyzer(Analyzer):
    """German sentences, tokens with offsets, STTS tags, lemmas and gazetteer entities.

    ``tagger``: ``"model"`` (Chronik's tagger + simplemma lemmas, the default when the model is installed) or
    ``"hanta"`` (HanTa's tags and lemmas: the fallback, and the reference the model is compared with).
    ``model``: another tagger directory (for evaluation). ``fast_tokeniser=False`` runs SoMaJo exactly as
    Chronik did before (its own offset alignment and emoji scan), for benchmarks.
    """

    language = "de"

    def __init__(
        self, tagger: str | None = None, model: str | None = None, fast_tokeniser: bool = True
    ) -> None:
        from somajo import SoMaJo

        from chronik.nlp import german_tagger

        # SoMaJo computes character offsets by aligning every character of the input (a third of its time); ours
        # are found by walking the text (see _offsets), with SoMaJo's own alignment as the fallback.
        self._tokenizer: Any = None
        self._aligning_tokenizer: Any = None
        if fast_tokeniser:
            self._tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
            _skip_emoji_scan(self._tokenizer)
        else:
            self._aligning_tokenizer = SoMaJo(
                "de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True
            )
        if tagger is None:
            tagger = "model" if model or german_tagger.model_available() else "hanta"
        self.tagger = tagger
        self._model = model
        self._hanta: Any = None
        if tagger == "model":
            german_tagger.load_model(model)
        elif tagger == "hanta":
            try:
                from HanTa import HanoverTagger
            except ImportError as e:  # pragma: no cover - depends on the installation
                raise RuntimeError(
                    "Chronik's German tagger (chronik/models/de_tagger) is missing and HanTa is not installed: "
                    "reinstall Chronik, rebuild the model with `make train-de`, or `pip install HanTa`"
                ) from e
            self._hanta = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
            # HanTa analyses every word's morphology from scratch, in pure Python. Both analyses are pure functions
            # of the word (and its tag) and news vocabulary repeats, so they are memoised on this instance.
            t = self._hanta
            t.analyze_forward = lru_cache(maxsize=200_000)(t.analyze_forward)
            t._analyze = lru_cache(maxsize=200_000)(t._analyze)
            exact = {k: k for k in t.tag2int if hanta_stts(k) == k}
            self._to_hanta = {hanta_stts(k): k for k in t.tag2int} | exact
        else:
            raise ValueError(f"unknown German tagger {tagger!r}: 'model' or 'hanta'")

    # --- the stages, one batch at a time ------------------------------------------------------------------------

    def tokenise(self, text: str, start: int, end: int) -> list[list[Any]]:
        """SoMaJo's sentences of ``text[start:end]``: lists of its tokens, each with ``character_offset``
        (relative to ``start``)."""
        chunk = text[start:end]
        offsets = None
        if self._tokenizer is not None:
            sents = [s for s in self._tokenizer.tokenize_text([chunk]) if s]
            offsets = _offsets([t for s in sents for t in s], chunk)
        if offsets is None:  # a token is not verbatim in the text (e.g. not in NFC): SoMaJo aligns it
            if self._aligning_tokenizer is None:
                from somajo import SoMaJo

                self._aligning_tokenizer = SoMaJo(
                    "de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True
                )
                _skip_emoji_scan(self._aligning_tokenizer)
            sents = [
                [t for t in sent if t.character_offset is not None]
                for sent in self._aligning_tokenizer.tokenize_text([chunk])
            ]
            return [toks for toks in sents if toks]
        it = iter(offsets)
        for s in sents:
            for t in s:
                t.character_offset = next(it)
        return sents

    def pos_tags(self, sentences: list[list[str]]) -> list[list[str]]:
        """STTS tags for pre-tokenised sentences (the model: one batch for all of them)."""
        if self._hanta is not None:
            return [[p for _, p in self._hanta_tag(words)] for words in sentences]
        from chronik.nlp.german_tagger import tag_batch

        return tag_batch(sentences, model=self._model)

    def lemmatise(self, words: list[str], tags: list[str]) -> list[tuple[str, str]]:
        """(lemma, tag) for the words of one sentence given their tags (separable particles not yet joined)."""
        if self._hanta is not None:
            h = self._hanta
            return [
                (h._analyze(w, h.tag2int[self._to_hanta[t]], 1)[0] if t in self._to_hanta else w, t)
                for w, t in zip(words, tags, strict=True)
            ]
        from chronik.nlp.german_lemma import lemmatise

        return lemmatise(words, tags)

    def tag_sentences(
        self, sentences: list[list[str]], *, particles: bool = True
    ) -> list[list[tuple[str, str]]]:
        """(lemma, STTS) for each word of each sentence, separable particles re-attached unless ``particles`` is
        False. The model tags all sentences in one batch: call this once per article or segment."""
        if self._hanta is not None:
            tagged = [self._hanta_tag(words) for words in sentences]
        else:
            tagged = [self.lemmatise(w, t) for w, t in zip(sentences, self.pos_tags(sentences), strict=True)]
        tagged = [nouns_taken_for_adjectives(w, t) for w, t in zip(sentences, tagged, strict=True)]
        tagged = [finite_after_conjunction(w, t) for w, t in zip(sentences, tagged, strict=True)]
        tagged = [finite_in_verbless_sentence(w, t) for w, t in zip(sentences, tagged, strict=True)]
        tagged = [articles_of_infinitive_clauses(w, t) for w, t in zip(sentences, tagged, strict=True)]
        if particles:
            tagged = [reattach_particles(w, t) for w, t in zip(sentences, tagged, strict=True)]
        return tagged

    def _hanta_tag(self, words: list[str]) -> list[tuple[str, str]]:
        return [(lemma, hanta_stts(pos)) for _, lemma, pos in self._hanta.tag_sent(words, taglevel=1)]

    # --- the Analyzer interface ---------------------------------------------------------------------------------

    def sentences(self, text: str, start: int, end: int) -> list[Sentence]:
        tokenised = self.tokenise(text, start, end)
        words = [[t.text for t in toks] for toks in tokenised]
        tagged = self.tag_sentences(words)
        model = _model_tags(words) or [None] * len(words)
        out: list[Sentence] = []
        for toks, ws, tags, ner in zip(tokenised, words, tagged, model, strict=True):
            tokens = [
                Token(t.text, start + t.character_offset[0], start + t.character_offset[1], lemma, pos)
                for t, (lemma, pos) in zip(toks, tags, strict=True)
            ]
            s_start, s_end = tokens[0].start, tokens[-1].end
            # Known actors from the gazetteer win; the model adds the names the knowledge base lacks, marked
            # "model": at held-out F1 0.58 it is not trusted to make an actor on its own ("Schwarzmeer-Halbinsel
            # Krim" as PER), but a name it finds after a title ("Staatschef To Lam") names that office's holder
            # (chronik.mentions), and what it finds is stored as an unresolved mention.
            ents = self._merge_entities(ws, ner, source="model", tags=[pos for _, pos in tags])
            out.append(Sentence(0, s_start, s_end, text[s_start:s_end], tokens, ents))
        return out

    def tag_tokens(self, words: list[str]) -> list[tuple[str, str]]:
        return self.tag_sentences([words])[0] if words else []

    def entities(self, words: list[str]) -> list[Entity]:
        tags = _model_tags([words])
        return self._merge_entities(words, tags[0] if tags else None)

    @staticmethod
    def _merge_entities(
        words: list[str], model_tags: list[str] | None, source: str = "ner", tags: list[str] | None = None
    ) -> list[Entity]:
        """Known actors from the knowledge base win; Chronik's German NER model adds what they do not cover. Given
        the part-of-speech ``tags``, a verb the model took into a name is left out of it ("Austin nannte")."""
        from chronik.nlp.gazetteer_ner import gazetteer_entities

        gaz = gazetteer_entities(words, "de")
        if model_tags is None:
            return gaz
        taken = {i for e in gaz for i in range(e.start_token, e.end_token)}
        out = list(gaz)
        for a, b, label in spans(model_tags):
            while tags is not None and b > a and tags[b - 1].startswith("V") and words[b - 1][:1].islower():
                b -= 1
            if b > a and not taken.intersection(range(a, b)):
                out.append(Entity(a, b, label, source))
        return sorted(out, key=lambda e: e.start_token)


def _offsets(tokens: list[Any], text: str) -> list[tuple[int, int]] | None:
    """Character offsets of SoMaJo's tokens in ``text``, found left to right; None when a token's text is not
    there verbatim, or when something other than whitespace lies between two tokens. Where it answers, it gives
    SoMaJo's own offsets (checked over the 10kGNAD test articles: benchmarks/german_pipeline.py --check-offsets)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for t in tokens:
        word = t.original_spelling or t.text
        i = text.find(word, pos)
        if i < 0 or (i > pos and not text[pos:i].isspace()):
            return None
        pos = i + len(word)
        out.append((i, pos))
    return out


#: Characters SoMaJo splits off as emoji (the two classes its ``Tokenizer._split_emojis`` looks for).
_EMOJI_CHARS = r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]"


def _skip_emoji_scan(somajo: Any) -> None:
    """Skip SoMaJo's emoji split on text that has no emoji character (half of SoMaJo's time on news).

    ``Tokenizer._split_emojis`` runs two regular-expression searches per character of every token, through the
    ``regex`` module's pattern cache. It only splits where a character of these classes occurs, so one search over
    the token tells whether it has anything to do: the tokens are the same (checked over the 10kGNAD test
    articles). If SoMaJo's internals change, nothing is patched and SoMaJo runs as it is.
    """
    import regex

    inner = getattr(somajo, "_tokenizer", None)
    split = getattr(inner, "_split_emojis", None)
    if split is None:
        return
    has_emoji = regex.compile(_EMOJI_CHARS).search

    def split_emojis(node: Any, token_class: str = "emoticon") -> None:
        if has_emoji(node.value.text):
            split(node, token_class)

    inner._split_emojis = split_emojis


#: Separable particles that taggers take for prepositions or adverbs when they end a clause.
_PARTICLES = {"an", "auf", "aus", "ab", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "fest", "vorbei", "hin",
              "her", "weg", "fort", "los", "durch", "um"}  # fmt: skip


def _clause_final(words: list[str], tagged: list[tuple[str, str]], i: int) -> bool:
    """Does token ``i`` end its clause (only punctuation or nothing after it) with a finite full verb before it?"""
    if i + 1 < len(words) and not tagged[i + 1][1].startswith("$"):
        return False
    for j in range(i - 1, -1, -1):
        if tagged[j][1] in _FINITE_FULL:
            return True
        if tagged[j][1] in _CLAUSE_BREAK or tagged[j][1].startswith("$"):
            return False
    return False


def finite_after_conjunction(words: list[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag as finite the verb that ends a subordinate clause without an auxiliary ("als sie sich in Paris
    trafen/VVPP", "weil beide Seiten zustimmten/VVPP").

    Why: the tagger confuses a plural preterite with a participle, and a participle needs an auxiliary ("getroffen
    hatten"); a clause opened by a conjunction (KOUS) without one has its finite verb last. A word in "ge-" is
    left alone: it is a participle whatever the clause lacks.
    """
    out = list(tagged)
    for i, (_, pos) in enumerate(tagged):
        if pos != "KOUS":
            continue
        j = i + 1
        while j < len(tagged) and not tagged[j][1].startswith("$") and tagged[j][1] not in _CLAUSE_BREAK:
            j += 1
        verbs = [k for k in range(i + 1, j) if tagged[k][1].startswith("V")]
        if not verbs or any(
            tagged[k][1].startswith(("VA", "VM")) or tagged[k][1].endswith("FIN") for k in verbs
        ):
            continue
        last = verbs[-1]
        lemma, tag = tagged[last]
        if tag == "VVPP" and last == j - 1 and not words[last].lower().startswith("ge"):
            out[last] = (lemma, "VVFIN")
    return out


#: Tags before which a word in "-te(n)" is an attributive adjective ("die verhängten Sanktionen"), not a verb.
_BEFORE_ATTRIBUTE = {"ART", "APPRART", "PPOSAT", "PIAT", "PDAT", "PWAT", "ADJA", "CARD", "APPR"}


def nouns_taken_for_adjectives(words: list[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag as a noun a capitalised word inside the sentence that the tagger took for an attributive adjective
    but whose lemma is the word itself ("von einem Kriegsverbrechen/ADJA Kiews").

    Why: an attributive adjective always has an ending, which the lemmatiser strips ("Vereinten" → "vereint",
    "russische" → "russisch"); a word it leaves whole is no inflected adjective. Capitalised inside the sentence it
    is a noun, and a noun taken for an adjective loses the genitive after it (whose act it is)."""
    out = list(tagged)
    for i in range(1, len(words)):
        w, (lemma, tag) = words[i], tagged[i]
        if tag == "ADJA" and w[:1].isupper() and lemma.lower() == w.lower() and not w.endswith("er"):
            out[i] = (w, "NN")  # ("die Berliner Regierung": a place's adjective in "-er" keeps its tag)
    return out


def articles_of_infinitive_clauses(words: list[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag as an article a "der/die/das" after a comma that the tagger took for a relative pronoun where its
    clause has no finite verb but ends in a zu-infinitive ("keinerlei Absicht, die/PRELS Ukraine anzugreifen").

    Why: a relative clause always ends in a finite verb; a clause that ends in a zu-infinitive is an infinitive
    clause, and its first word is the article of its object. Taken for a relative pronoun, it hides the object
    and the act."""
    out = list(tagged)
    for i in range(1, len(words)):
        if tagged[i][1] != "PRELS" or words[i - 1] != ",":
            continue
        j = i + 1
        while j < len(tagged) and not tagged[j][1].startswith("$"):
            j += 1
        tags = [t for _, t in tagged[i + 1 : j]]
        if tags and tags[-1] == "VVIZU" and not any(t.endswith("FIN") for t in tags):
            out[i] = (tagged[i][0], "ART")
    return out


def finite_in_verbless_sentence(words: list[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag as finite the verb of a sentence that the tagger left without one ("Die USA verhängten/ADJA neue
    Sanktionen", "Russland verstärkt/VVPP seine Truppen", "Viele Ökonomen rechnen/VVINF mit einer Rezession").

    Why: the tagger takes a preterite in "-te(n)" before an adjective or a noun for an attributive adjective, a
    present in "-t" for a participle and a plural present for an infinitive, and a sentence of news with a subject
    and an object has a finite verb. Only the first word after the sentence's first word that can be such a form
    is retagged: an adjective in "-te(n)" not after an article or another attribute, a participle in "-t" without
    *ge-*, an infinitive not after "zu"; and only where the dictionary knows the verb. Headlines without a verb
    ("Orbán zu Überraschungsbesuch in Moskau eingetroffen", "Landesweite Proteste in Georgien") stay as they are.
    """
    if any(tag.endswith("FIN") for _, tag in tagged):
        return tagged
    from chronik.nlp.german_lemma import lemmatise

    for i in range(1, len(words)):
        w, (_, tag), before = words[i], tagged[i], tagged[i - 1][1]
        if tag.startswith("$") or tag in _CLAUSE_BREAK:
            return tagged  # the first clause ends without a verb that could be finite
        verbal = (
            (tag == "ADJA" and w.islower() and w.endswith(("te", "ten")) and before not in _BEFORE_ATTRIBUTE)
            or (tag == "VVPP" and w.endswith("t") and not w.startswith("ge"))
            or (tag == "VVINF" and before != "PTKZU")
        )
        if not verbal:
            continue
        lemma, _ = lemmatise([w], ["VVFIN"])[0]
        if not (lemma.endswith("n") and lemma.islower() and (lemma != w or tag == "VVINF")):
            return tagged
        out = list(tagged)
        out[i] = (lemma, "VVFIN")
        return out
    return tagged


def reattach_particles(words: list[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give a finite verb whose particle stands apart the lemma of the whole verb.

    "Moskau kündigte den Abzug an" → *kündigte* gets the lemma *ankündigen*. The particle (STTS ``PTKVZ``) belongs
    to the nearest finite full verb before it in the same clause: we walk left and stop at a conjunction or
    relative pronoun that opens another clause.
    """
    out = list(tagged)
    for i, (_, pos) in enumerate(tagged):
        if (
            pos in ("APPR", "ADV", "ART")
            and words[i].lower() in _PARTICLES
            and _clause_final(words, tagged, i)
        ):
            # "Berlin weist 40 russische Diplomaten aus", "Japan friert Vermögen russischer Banken ein" (headlines
            # without a full stop): a preposition or an article with nothing after it is the verb's particle
            out[i] = (out[i][0], "PTKVZ")
            pos = "PTKVZ"
        if pos != "PTKVZ":
            continue
        particle = words[i].lower()
        j = i - 1
        while j >= 0:
            lemma_j, pos_j = out[j]
            opener = _subordinate_before(words, out, j) if j + 1 < i and words[j + 1] == "," else None
            if opener is not None:
                # "gab Paschinjan, der den Vorsitz innehat, die Entsendung bekannt": the verb that closes a
                # relative or subordinate clause between commas is not the particle's; the walk goes on before it
                j = opener - 1
                continue
            # (a finite "haben" or "sein" with a particle of its own is a full verb: "habe nicht vor, …")
            if pos_j in _FINITE_FULL or pos_j == "VAFIN":
                if not lemma_j.lower().startswith(particle):
                    out[j] = (particle + lemma_j, pos_j)
                break
            if pos_j in _CLAUSE_BREAK or pos_j == "PTKVZ":
                break
            j -= 1
    return out


def _subordinate_before(words: list[str], tagged: list[tuple[str, str]], j: int) -> int | None:
    """The comma that opens the relative or subordinate clause whose last word is at ``j`` (", der den Vorsitz
    innehat"), or None when the stretch back to the comma before ``j`` does not open with such a word."""
    k = j
    while k >= 0 and words[k] != ",":
        k -= 1
    if k < 0 or k + 1 > j:
        return None
    first = tagged[k + 1][1]
    second = tagged[k + 2][1] if k + 2 <= j else ""
    if first in _CLAUSE_BREAK or (first in ("APPR", "APPRART") and second in ("PRELS", "PRELAT")):
        return k
    return None


def _model_tags(sentences: list[list[str]]) -> list[list[str]] | None:
    """IOB2 tags from the shipped German NER model, or None when the model is not installed."""
    if not sentences:
        return []
    from chronik.nlp.german_ner import model_available, tag_batch

    return tag_batch(sentences) if model_available() else None
