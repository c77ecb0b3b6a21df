"""German lemmas from the word and its STTS tag: simplemma's bundled dictionary, guided by the tag.

simplemma looks a form up in a large dictionary (no model, microseconds per word). It knows nothing of the word's
part of speech, so the tag decides how the word is looked up and what to do when the dictionary does not know it:

- nouns (NN) keep their capital, and an unknown compound takes the lemma of its longest known last part
  ("Sicherheitsgründen" → *Sicherheitsgrund*), which is what the coder's compound matching needs
  ("Gipfeltreffens" → *Gipfeltreffen* ends in *treffen*);
- names (NE), foreign words, numbers, symbols and punctuation are their own lemma;
- verbs, adjectives and function words are looked up in lower case ("Sagte" → *sagen*); a verb form the dictionary
  maps to itself or to a non-verb (participles it lists as adjectives: "beschossen") is undone by rule
  (*ge-* participles, *-te* past forms) only where the result is a verb the dictionary knows;
- contracted prepositions (APPRART) are the preposition ("im" → *in*), as HanTa gives them.

Separable particles are not handled here: :func:`chronik.nlp.german.reattach_particles` joins them afterwards.
Results are memoised per (word, tag): news vocabulary repeats.
"""

from __future__ import annotations

import re
from functools import lru_cache

_OWN = frozenset({"$,", "$.", "$(", "NE", "FM", "XY", "CARD", "TRUNC"})
_VERB = frozenset(
    {"VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "VAFIN", "VAIMP", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP"}
)
#: Separable particles a participle's *ge-* stands behind ("abgezogen", "eingebürgert").
_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "entgegen", "fest", "fort", "frei", "her", "heraus",
    "herbei", "herein", "hervor", "hin", "hinaus", "hinein", "hinzu", "los", "mit", "nach", "nieder", "teil",
    "um", "vor", "voran", "voraus", "vorbei", "weg", "weiter", "wieder", "zu", "zurück", "zusammen",
)  # fmt: skip
_APPRART = {
    "im": "in", "ins": "in", "am": "an", "ans": "an", "zum": "zu", "zur": "zu", "beim": "bei", "vom": "von",
    "ums": "um", "aufs": "auf", "übers": "über", "überm": "über", "durchs": "durch", "fürs": "für",
    "unterm": "unter", "unters": "unter", "hinterm": "hinter", "hinters": "hinter", "vorm": "vor", "vors": "vor",
}  # fmt: skip


def _lookup(word: str) -> str:
    from simplemma import lemmatize

    return lemmatize(word, lang="de")


def _known(word: str) -> bool:
    from simplemma import is_known

    return is_known(word, lang="de")


def _is_verb_lemma(lemma: str) -> bool:
    """Does ``lemma`` look like an infinitive the dictionary knows?"""
    return lemma.endswith("n") and lemma.islower() and _known(lemma)


_SWISS_SS = re.compile(r"(?<=[ie])ss(?=en$)")


def _sharp_s(lemma: str) -> str:
    """simplemma has some Swiss spellings ("beschoss" → *beschiessen*, "zerriss" → *zerreissen*): after *ie* and
    *ei* the infinitive is written with ß where the dictionary knows that form too."""
    if lemma.startswith("auß"):  # "aussah" → *außehen* in the dictionary: the particle "aus" + "sehen"
        lemma = "auss" + lemma[3:]
    alt = _SWISS_SS.sub("ß", lemma)
    if alt != lemma and _known(alt) and _lookup(alt) == alt:
        return alt
    return lemma


def _verb_lookup(form: str) -> str | None:
    """The infinitive for a candidate ``form``: the dictionary's lemma if it is a verb, or the candidate itself if
    it is a known infinitive (the dictionary maps "weisen" to *Weise*)."""
    lem = _lookup(form)
    if _is_verb_lemma(lem):
        return lem
    return form if form.endswith("en") and _is_verb_lemma(form) else None


#: Past forms and participles of the mixed verbs (kennen, nennen, brennen, rennen, senden, wenden).
_MIXED = re.compile(r"(.*)a(nn|nd)(?:te|ten|test|tet|t)$")


#: Inseparable verb prefixes: with them a strong verb's past plural and its participle are one form.
_INSEPARABLE = ("be", "ver", "ent", "emp", "er", "zer", "miss")


def _verb_by_rule(form: str, tag: str) -> str | None:
    """The infinitive of a verb form the dictionary maps to something else (an adjective, a noun, itself):
    participles without their *ge-* ("gedeutet" → *deuten*, "eingebürgert" → *einbürgern*), strong participles
    through the past stem ("verloren" → "verlor" → *verlieren*), mixed verbs through their vowel ("bekannte" →
    *bekennen*), strong past forms through their plural ("stand" → "standen" → *stehen*), and unknown compounds
    through their last part ("armutsgefährdet" → *armutsgefährden*). Every candidate is checked against the
    dictionary."""
    # mixed verbs change their vowel and take weak endings: "bekannte" → *bekennen*, "entsandten" → *entsenden*
    mixed = _MIXED.match(form)
    cands: list[tuple[str, str]] = [("", f"{mixed[1]}e{mixed[2]}en")] if mixed else []  # (prefix, candidate)
    if tag.endswith("PP"):
        stems = [("", form)]
        for p in ("", *_PARTICLES):
            if form.startswith(p + "ge") and len(form) > len(p) + 5:
                stems.insert(0, (p, form[len(p) + 2 :]))
        for p, stem in stems:
            if stem.endswith("t"):
                cands += [(p, stem[:-1] + "en"), (p, stem[:-1] + "n")]
            if stem.endswith("en"):
                cands += [(p, stem), (p, stem[:-2])]  # gefangen → fangen; verloren → verlor
    elif tag.endswith(("FIN", "IMP")):
        cands += [("", form + "en"), ("", form + "n")]  # stand → standen, brach → brachen
        for end in ("ten", "te", "test", "tet", "t", "st", "e"):
            if form.endswith(end) and len(form) > len(end) + 2:
                cands += [("", form[: -len(end)] + "en"), ("", form[: -len(end)] + "n")]
    for p, c in cands:
        if p + c != form or p:
            lem = _verb_lookup(c)
            if lem is not None and p + lem != form:
                return p + lem
    if tag.endswith(("PP", "FIN")):
        for i in range(2, len(form) - 4):  # an unknown compound: its longest known verb tail
            lem = _verb_lookup(form[i:])
            if lem is not None:
                return form[:i] + lem
    return None


def _noun(word: str) -> str:
    lemma = _lookup(word)
    if lemma == word and not _known(word):
        # an unknown compound: the lemma of its longest known last part ("Sicherheitsgründen" → "…grund")
        for i in range(1, len(word) - 3):
            if word[i - 1] == "-":
                continue
            head = word[i].upper() + word[i + 1 :]
            if len(head) >= 4 and _known(head):
                hl = _lookup(head)
                if hl[:1].isupper():
                    lemma = word[:i] + (hl if word[i].isupper() else hl[0].lower() + hl[1:])
                    break
    if word[:1].isupper() and lemma[:1].islower():
        lemma = lemma[0].upper() + lemma[1:]
    # the dictionary's old spellings: "Schuss" → Schuß, "Prozess" → Prozeß
    if "ß" in lemma and "ß" not in word:
        lemma = lemma.replace("ß", "ss")
    return lemma


def _name(word: str) -> str:
    """Names are their own lemma, except a genitive the dictionary knows: "Österreichs" → *Österreich*."""
    if len(word) > 3 and word.endswith("s"):
        lem = _lookup(word)
        if lem == word[:-1]:
            return lem
    return word


#: An unknown inflected adjective with a common adjective suffix: "steirischen" → *steirisch*.
_ADJ_ENDING = re.compile(
    r"^(.{3,}(?:isch|ig|lich|bar|sam|haft|los|ell|al|iv|end|ant|ent|är|ös|ar|ier))(?:e|en|em|er|es)$"
)


def _adjective(word: str, low: str, tag: str) -> str:
    lem = _lookup(low)
    if (
        word[:1].isupper()
        and low.endswith("er")
        and tag == "ADJA"
        and not (lem != low and low.startswith(lem))
    ):
        return word  # "Wiener", "Schweizer": invariable adjectives of place names
    if lem != low and _is_verb_lemma(lem):
        # a participle used as an adjective: the dictionary gives the verb ("angekündigten" → ankündigen)
        if tag == "ADJD":
            return low
        for end in ("en", "em", "er", "es", "e"):
            if low.endswith(end):
                return low[: -len(end)]
        return low
    if lem == low and not _known(low):
        m = _ADJ_ENDING.match(low)
        if m:
            return m.group(1)
    return lem if lem[:1].islower() else lem.lower()


@lru_cache(maxsize=200_000)
def lemma(word: str, tag: str) -> str:
    """The lemma of ``word`` with STTS tag ``tag``."""
    if tag in _OWN or not word:
        return _name(word) if tag == "NE" else word
    head, sep, last = word.rpartition("-")
    if sep and head and len(last) > 1 and tag != "TRUNC":  # "öffentlich-rechtlichen", "Ukraine-Kriegs"
        return f"{head}-{lemma(last, tag)}"
    if tag == "NN":
        return _noun(word)
    low = word.lower()
    if tag == "APPRART":
        return _APPRART.get(low, low)
    if tag in _VERB:
        if tag.endswith("INF") and low.endswith("n"):
            return low  # an infinitive is its own lemma ("schicken", not the adjective "schick")
        lem = _lookup(low)
        if lem == low and tag.endswith("PP"):
            lem = _verb_by_rule(low, tag) or lem  # the dictionary's adjective "verloren": verlieren
        elif not _is_verb_lemma(lem):
            if tag.endswith("FIN") and low.endswith("en") and _known(low) and not _MIXED.match(low):
                return low  # a plural present form is the infinitive ("reichen", not "reich")
            lem = _verb_by_rule(low, tag) or lem
        prefix = next((p for p in _INSEPARABLE if low.startswith(p)), None)
        if tag.endswith("FIN") and lem == low and low.endswith("en") and prefix:
            # "beschossen", "entschieden": the past plural of a strong verb with an inseparable prefix is spelt
            # like its participle, which the dictionary knows as an adjective
            alt = _verb_by_rule(low, "VVPP")
            lem = alt if alt is not None and alt.startswith(prefix) else lem
        return _sharp_s(lem)
    if tag in ("ADJA", "ADJD"):
        return _adjective(word, low, tag)
    if tag == "PTKVZ":
        return low
    lem = _lookup(low)
    return lem if lem[:1].islower() or not word[:1].islower() else lem.lower()


def lemmatise(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(lemma, tag) for each word of a sentence."""
    return [(lemma(w, t), t) for w, t in zip(words, tags, strict=True)]
