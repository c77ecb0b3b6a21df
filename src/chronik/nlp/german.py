"""German: SoMaJo for tokens and sentences, HanTa for STTS tags and lemmas, separable verbs re-attached."""

from __future__ import annotations

import re
from functools import lru_cache

from chronik.model import Entity, Sentence, Token
from chronik.nlp.base import Analyzer, spans

_TAG = re.compile(r"[()]")
#: HanTa's own refinements of STTS, mapped back to STTS ("eines Treffens": NNI, a nominalised infinitive).
_STTS = {"NNI": "NN", "NNA": "NN"}
#: STTS tags of finite full verbs a separated particle (PTKVZ) belongs to.
_FINITE_FULL = {"VVFIN", "VVIMP"}
#: Where a clause opens: a particle never reaches back past these ("und" is not one: "wirft Kiew und der Nato
#: Provokationen vor" keeps *vorwerfen*).
_CLAUSE_BREAK = {"KOUS", "PRELS", "PRELAT", "PWAV"}


class GermanAnalyzer(Analyzer):
    language = "de"

    def __init__(self) -> None:
        from HanTa import HanoverTagger
        from somajo import SoMaJo

        self._tokenizer = SoMaJo(
            "de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True
        )
        self._tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
        # HanTa analyses every word's morphology from scratch, in pure Python: most of Chronik's German time.
        # Both analyses are pure functions of the word (and its tag) and news vocabulary repeats, so they are
        # memoised on this instance. Measured with benchmarks/throughput.py.
        t = self._tagger
        t.analyze_forward = lru_cache(maxsize=200_000)(t.analyze_forward)
        t._analyze = lru_cache(maxsize=200_000)(t._analyze)

    def sentences(self, text: str, start: int, end: int) -> list[Sentence]:
        chunk = text[start:end]
        tokenised = [
            [t for t in sent if t.character_offset is not None]
            for sent in self._tokenizer.tokenize_text([chunk])
        ]
        tokenised = [toks for toks in tokenised if toks]
        out: list[Sentence] = []
        for toks in tokenised:
            words = [t.text for t in toks]
            tags = self.tag_tokens(words)
            tokens = [
                Token(t.text, start + t.character_offset[0], start + t.character_offset[1], lemma, pos)
                for t, (lemma, pos) in zip(toks, tags, strict=True)
            ]
            s_start, s_end = tokens[0].start, tokens[-1].end
            # The pipeline uses the gazetteer only: at held-out F1 0.58 the German model adds more wrong actors than
            # it finds ("Schwarzmeer-Halbinsel Krim" as PER); it serves ner_tags() until it reaches the bar.
            ents = self._merge_entities(words, None)
            out.append(Sentence(0, s_start, s_end, text[s_start:s_end], tokens, ents))
        return out

    def entities(self, words: list[str]) -> list[Entity]:
        tags = _model_tags([words])
        return self._merge_entities(words, tags[0] if tags else None)

    @staticmethod
    def _merge_entities(words: list[str], model_tags: list[str] | None) -> list[Entity]:
        """Known actors from the knowledge base win; Chronik's German NER model adds what they do not cover."""
        from chronik.nlp.gazetteer_ner import gazetteer_entities

        gaz = gazetteer_entities(words, "de")
        if model_tags is None:
            return gaz
        taken = {i for e in gaz for i in range(e.start_token, e.end_token)}
        out = list(gaz)
        for a, b, label in spans(model_tags):
            if not taken.intersection(range(a, b)):
                out.append(Entity(a, b, label, "ner"))
        return sorted(out, key=lambda e: e.start_token)

    def tag_tokens(self, words: list[str]) -> list[tuple[str, str]]:
        tagged = self._tagger.tag_sent(words, taglevel=1)
        pairs = [(lemma, _STTS.get(p, p)) for _, lemma, pos in tagged for p in [_TAG.sub("", pos)]]
        return reattach_particles(words, pairs)


def reattach_particles(words: list[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give a finite verb whose particle stands apart the lemma of the whole verb.

    "Moskau kündigte den Abzug an" → *kündigte* gets the lemma *ankündigen*. The particle (STTS ``PTKVZ``) belongs
    to the nearest finite full verb before it in the same clause: we walk left and stop at a conjunction or
    relative pronoun that opens another clause.
    """
    out = list(tagged)
    for i, (_, pos) in enumerate(tagged):
        if pos != "PTKVZ":
            continue
        particle = words[i].lower()
        for j in range(i - 1, -1, -1):
            lemma_j, pos_j = out[j]
            if pos_j in _FINITE_FULL:
                if not lemma_j.lower().startswith(particle):
                    out[j] = (particle + lemma_j, pos_j)
                break
            if pos_j in _CLAUSE_BREAK or pos_j == "PTKVZ":
                break
    return out


def _model_tags(sentences: list[list[str]]) -> list[list[str]] | None:
    """IOB2 tags from the shipped German NER model, or None when the model is not installed."""
    if not sentences:
        return []
    from chronik.nlp.german_ner import model_available, tag_batch

    return tag_batch(sentences) if model_available() else None
