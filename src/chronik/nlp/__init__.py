"""The linguistic layer: sentences, tokens with offsets, lemmas, POS, named entities — German and English.

``analyzer("de")`` / ``analyzer("en")`` return a cached :class:`~chronik.nlp.base.Analyzer`;
``analyse_article(article)`` splits the analysed regions of an article into :class:`~chronik.model.Sentence`
objects whose tokens carry offsets into the original text.

German: SoMaJo (tokens, sentences) + Chronik's STTS tagger (``chronik/models/de_tagger``) + simplemma lemmas guided
by the tag, with separable verb particles re-attached to their verb ("kündigte … an" → *ankündigen*). English: the
small English spaCy pipeline (tagger, parser, NER). Named entities for German come from the actor gazetteer; the
German NER model serves ``ner_tags`` until it reaches the bar.
"""

from __future__ import annotations

from functools import lru_cache

from chronik.model import Article, Sentence
from chronik.nlp.base import Analyzer, UnsupportedLanguage


@lru_cache(maxsize=4)
def analyzer(language: str) -> Analyzer:
    """The analyzer for ``language`` ("de" or "en"), created once per process."""
    if language == "de":
        from chronik.nlp.german import GermanAnalyzer

        return GermanAnalyzer()
    if language == "en":
        from chronik.nlp.english import EnglishAnalyzer

        return EnglishAnalyzer()
    raise UnsupportedLanguage(f"no analyzer for language {language!r}; Chronik supports de and en")


def analyse_article(article: Article) -> list[Sentence]:
    """Sentences of the analysed parts of ``article`` (title, body, headings, captions), in text order."""
    if article.status != "ok" or not article.language:
        return []
    an = analyzer(article.language)
    sentences: list[Sentence] = []
    for seg in article.segments:
        if not seg.analysed or seg.end <= seg.start:
            continue
        for s in an.sentences(article.text, seg.start, seg.end):
            s.index = len(sentences)
            s.segment = seg.kind
            sentences.append(s)
    return sentences


def ner_tags(tokens: list[str], *, language: str = "de") -> list[str]:
    """IOB2 tags (PER, LOC, ORG, MISC) for one pre-tokenised sentence: the public hook for NER evaluation."""
    return analyzer(language).ner_tags(tokens)


__all__ = ["Analyzer", "UnsupportedLanguage", "analyse_article", "analyzer", "ner_tags"]
