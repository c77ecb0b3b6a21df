"""Chronik's German tagger (chronik/models/de_tagger), its lemmatiser and the fast SoMaJo path. No speed here:
speed is measured in benchmarks/german_pipeline.py."""

import pytest

from chronik.nlp import analyzer
from chronik.nlp.german import GermanAnalyzer, _offsets, reattach_particles
from chronik.nlp.german_lemma import lemma, lemmatise
from chronik.nlp.german_tagger import model_available, tag_batch


def test_the_tagger_ships_and_is_the_default():
    assert model_available()
    assert analyzer("de").tagger == "model"


def test_tags_are_stts_with_tiger_names():
    (tags,) = tag_batch([["Der", "Kreml", "kündigte", "am", "Montag", "Gespräche", "an", "."]])
    assert tags == ["ART", "NE", "VVFIN", "APPRART", "NN", "NN", "PTKVZ", "$."]
    (tags,) = tag_batch([["Er", "sagte", ":", "„", "Wir", "werden", "nicht", "angreifen", "“", "."]])
    assert tags[3] == "$(" and tags[8] == "$(" and tags[7] == "VVINF" and tags[5] == "VAFIN"


def test_one_batch_tags_like_one_sentence_at_a_time():
    sents = [["Moskau", "zog", "Truppen", "ab", "."], ["Die", "Nato", "reagierte", "."], ["Ja", "."]]
    assert tag_batch(sents) == [tag_batch([s])[0] for s in sents]
    assert tag_batch([[]]) == [[]]


def test_lemmas_follow_the_tag():
    assert lemma("kündigte", "VVFIN") == "kündigen"
    assert lemma("Sagte", "VVFIN") == "sagen"
    assert lemma("stand", "VVFIN") == "stehen"  # strong past through its plural
    assert lemma("verloren", "VVPP") == "verlieren"  # not the adjective
    assert lemma("zusammengezogen", "VVPP") == "zusammenziehen"
    assert lemma("anzugreifen", "VVIZU") == "angreifen"
    assert lemma("schicken", "VVINF") == "schicken"  # not the adjective "schick"
    assert lemma("beschoss", "VVFIN") == "beschießen"  # not the Swiss spelling
    # mixed verbs change their vowel: not the adjective "bekannt", nor a plural taken for the infinitive
    assert [lemma(w, "VVFIN") for w in ("bekannte", "bekannten", "entsandten")] == [
        "bekennen",
        "bekennen",
        "entsenden",
    ]
    assert lemma("reichen", "VVFIN") == "reichen"
    assert lemma("Gipfeltreffens", "NN") == "Gipfeltreffen"
    assert lemma("Sicherheitsgründen", "NN") == "Sicherheitsgrund"  # unknown compound: its known last part
    assert lemma("Schüsse", "NN") == "Schuss"  # not the old spelling
    assert lemma("Ukraine-Kriegs", "NN") == "Ukraine-Krieg"
    assert lemma("Österreichs", "NE") == "Österreich"
    assert lemma("Putin", "NE") == "Putin"
    assert lemma("im", "APPRART") == "in"
    assert lemma("russischen", "ADJA") == "russisch"
    assert lemma("angekündigten", "ADJA") == "angekündigt"


def test_separable_verbs_with_the_model():
    words = ["Russland", "wirft", "der", "Nato", "Provokationen", "vor", "."]
    (tags,) = tag_batch([words])
    lemmas = [lem for lem, _ in reattach_particles(words, lemmatise(words, tags))]
    assert lemmas[1] == "vorwerfen"


def test_offsets_walk_the_text_or_give_up():
    class T:
        def __init__(self, text):
            self.text, self.original_spelling = text, None

    assert _offsets([T("Die"), T("Nato"), T(".")], "Die  Nato.") == [(0, 3), (5, 9), (9, 10)]
    assert _offsets([T("Bundeskanzler")], "Bundes\u00adkanzler") is None  # a soft hyphen SoMaJo dropped


@pytest.mark.parametrize(
    "text",
    [
        "Der Kreml kündigte am Dienstag Gespräche an. Die Nato reagierte 😀 sofort.",
        "Bundes\u00adkanzler Scholz (SPD) traf Lawrow – in Moskau.",
        "Scholz traf Macron\u0301 in Paris.",  # not in NFC: SoMaJo's own alignment
        "   Zwei  Leerzeichen\n\nund  ein Absatz.  ",
    ],
)
def test_tokens_and_offsets_are_somajos(text):
    from somajo import SoMaJo

    want = [
        [(t.text, t.character_offset) for t in s if t.character_offset is not None]
        for s in SoMaJo(
            "de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True
        ).tokenize_text([text])
    ]
    got = [[(t.text, t.character_offset) for t in s] for s in analyzer("de").tokenise(text, 0, len(text))]
    assert got == [w for w in want if w]


def test_unknown_tagger_is_refused():
    with pytest.raises(ValueError):
        GermanAnalyzer(tagger="treetagger")


def test_hanta_fallback_gives_the_same_tag_set():
    pytest.importorskip("HanTa")
    an = GermanAnalyzer(tagger="hanta")
    words = ["Der", "Kanzler", "sagte", ":", '"', "Wir", "reisen", "ab", '"', "."]
    tagged = an.tag_tokens(words)
    assert [p for _, p in tagged][:3] == ["ART", "NN", "VVFIN"]
    assert tagged[4][1] == "$(" and tagged[8][1] == "$("  # HanTa's "$(" stays "$(" (it used to become "$")
    assert an.lemmatise(["kündigte"], ["VVFIN"]) == [("kündigen", "VVFIN")]


def test_a_participle_without_an_auxiliary_after_a_conjunction_is_the_finite_verb():
    from chronik.nlp.german import finite_after_conjunction

    def check(text, tags, lemmas=None):
        words = text.split()
        return finite_after_conjunction(words, list(zip(lemmas or words, tags.split(), strict=True)))

    got = check("als sie sich trafen .", "KOUS PPER PRF VVPP $.", ["als", "sie", "sich", "treffen", "."])
    assert got[3] == ("treffen", "VVFIN")
    # with an auxiliary, or a word in ge-, the participle stays
    assert check("als sie getroffen hatten ,", "KOUS PPER VVPP VAFIN $,")[2][1] == "VVPP"
    assert (
        check("obwohl erst gewählt ,", "KOUS ADV VVPP $,", ["obwohl", "erst", "wählen", ","])[2][1] == "VVPP"
    )


def test_a_sentence_the_tagger_left_without_a_finite_verb_gets_one():
    from chronik.nlp.german import finite_in_verbless_sentence

    def check(text, tags):
        words = text.split()
        return finite_in_verbless_sentence(words, list(zip(words, tags.split(), strict=True)))

    # a preterite taken for an adjective, a present for a participle, a plural present for an infinitive
    got = check("Die USA verhängten neue Sanktionen .", "ART NE ADJA ADJA NN $.")
    assert got[2] == ("verhängen", "VVFIN") and got[3][1] == "ADJA"
    assert check("Russland verstärkt seine Truppen .", "NE VVPP PPOSAT NN $.")[1] == ("verstärken", "VVFIN")
    assert (
        check("Viele Ökonomen rechnen mit einer Rezession .", "PIAT NN VVINF APPR ART NN $.")[2][1] == "VVFIN"
    )
    # an attribute after an article, a participle in ge-, and a sentence with a finite verb stay as they are
    assert check("Die verhängten Sanktionen gegen Russland", "ART ADJA NN APPR NE")[1][1] == "ADJA"
    assert check("Orbán in Moskau eingetroffen", "NE APPR NE VVPP")[3][1] == "VVPP"
    assert check("Die USA verhängten neue Sanktionen , sagte er .", "ART NE ADJA ADJA NN $, VVFIN PPER $.")[
        2
    ][1] == ("ADJA")


def test_a_capitalised_word_left_whole_by_the_lemmatiser_is_no_attributive_adjective():
    from chronik.nlp.german import nouns_taken_for_adjectives

    def check(words, lemmas, tags):
        return nouns_taken_for_adjectives(words, list(zip(lemmas, tags, strict=True)))

    words = ["sprach", "von", "einem", "Kriegsverbrechen", "Kiews"]
    lemmas = ["sprechen", "von", "ein", "kriegsverbrechen", "Kiew"]
    assert check(words, lemmas, ["VVFIN", "APPR", "ART", "ADJA", "NN"])[3] == ("Kriegsverbrechen", "NN")
    # an inflected adjective (its lemma stripped of the ending) and a place's adjective in "-er" stay
    words = ["die", "Vereinten", "Nationen", "und", "die", "Berliner", "Regierung"]
    lemmas = ["der", "vereint", "Nation", "und", "der", "Berliner", "Regierung"]
    tags = ["ART", "ADJA", "NN", "KON", "ART", "ADJA", "NN"]
    assert check(words, lemmas, tags) == list(zip(lemmas, tags, strict=True))


def test_a_strong_past_plural_spelt_like_its_participle_has_the_verb_as_lemma():
    from chronik.nlp.german_lemma import lemma

    # "beschossen", "verloren" as finite verbs: the past plural of beschießen and verlieren
    assert [lemma(w, "VVFIN") for w in ("beschossen", "verloren", "entschieden", "bestritten")] == [
        "beschießen", "verlieren", "entscheiden", "bestreiten"]  # fmt: skip
    # a present plural stays what it is
    assert [lemma(w, "VVFIN") for w in ("arbeiten", "bestehen", "verlassen", "schießen")] == [
        "arbeiten", "bestehen", "verlassen", "schießen"]  # fmt: skip


def test_a_relative_pronoun_of_a_clause_ending_in_a_zu_infinitive_is_its_article():
    from chronik.nlp.german import articles_of_infinitive_clauses

    words = ["keinerlei", "Absicht", ",", "die", "Ukraine", "anzugreifen", ",", "sagte", "er"]
    tags = ["PIAT", "NN", "$,", "PRELS", "NE", "VVIZU", "$,", "VVFIN", "PPER"]
    tagged = list(zip(words, tags, strict=True))
    assert articles_of_infinitive_clauses(words, tagged)[3] == ("die", "ART")
    # a relative clause ends in its finite verb: "die Russland verlegt hat"
    words = ["Truppen", ",", "die", "Russland", "verlegt", "hat", ",", "sind", "abgezogen"]
    tags = ["NN", "$,", "PRELS", "NE", "VVPP", "VAFIN", "$,", "VAFIN", "VVPP"]
    tagged = list(zip(words, tags, strict=True))
    assert articles_of_infinitive_clauses(words, tagged) == tagged


def test_a_particle_after_a_finite_haben_makes_it_a_full_verb():
    words = ["Russland", "habe", "nicht", "vor", ",", "anzugreifen"]
    tagged = [("Russland", "NE"), ("haben", "VAFIN"), ("nicht", "PTKNEG"), ("vor", "PTKVZ"), (",", "$,"),
              ("angreifen", "VVIZU")]  # fmt: skip
    assert reattach_particles(words, tagged)[1] == ("vorhaben", "VAFIN")
