"""Language identification with lingua.

Chronik codes German and English. Detection is restricted to those plus the languages our users' feeds most often
mix in, so that a French or Russian article is recognised as such (and stored, reported, not coded) instead of being
forced into German or English.
"""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

SUPPORTED = ("de", "en")
_OTHERS = (
    Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.RUSSIAN,
    Language.UKRAINIAN, Language.TURKISH, Language.PORTUGUESE, Language.CZECH, Language.SWEDISH, Language.DANISH,
    Language.ARABIC, Language.CHINESE,
)  # fmt: skip


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(Language.GERMAN, Language.ENGLISH, *_OTHERS).build()


def detect(text: str) -> tuple[str | None, float]:
    """Return ``(iso 639-1 code, confidence)`` for ``text``, or ``(None, 0.0)`` when there is too little text."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 10:
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), round(float(top.value), 3)
