from chronik.ingest import read_text
from chronik.nlp import analyse_article, analyzer, ner_tags
from chronik.nlp.german import reattach_particles


def lemmas(text, lang="de"):
    (s,) = analyzer(lang).sentences(text, 0, len(text))
    return {t.text: t.lemma for t in s.tokens}


def test_separable_verbs_are_reattached():
    assert lemmas("Moskau kündigte den Abzug einiger Truppen an.")["kündigte"] == "ankündigen"
    assert lemmas("Schoigu teilte Putin am Montag mit, dass die Manöver endeten.")["teilte"] == "mitteilen"
    assert lemmas("Biden schlug Putin ein Gipfeltreffen vor.")["schlug"] == "vorschlagen"


def test_particle_does_not_jump_into_another_clause():
    words = ["Er", "sagte", ",", "dass", "Russland", "Truppen", "zieht", "ab", "."]
    tags = [("er", "PPER"), ("sagen", "VVFIN"), (",", "$,"), ("dass", "KOUS"), ("Russland", "NE"),
            ("Truppe", "NN"), ("ziehen", "VVFIN"), ("ab", "PTKVZ"), (".", "$.")]  # fmt: skip
    out = reattach_particles(words, tags)
    assert out[6][0] == "abziehen" and out[1][0] == "sagen"


def test_offsets_point_into_the_original_text():
    art = read_text(
        " date 2022-02 Der Kreml kündigte am Dienstag Gespräche an. Die Nato reagierte.\n\nZweiter Absatz hier."
    )
    sents = analyse_article(art)
    assert [s.text for s in sents] == [
        "Der Kreml kündigte am Dienstag Gespräche an.",
        "Die Nato reagierte.",
        "Zweiter Absatz hier.",
    ]
    for s in sents:
        assert art.text[s.start : s.end] == s.text
        for t in s.tokens:
            assert art.text[t.start : t.end] == t.text


def test_german_pos_tags_are_stts():
    (s,) = analyzer("de").sentences("Der Kanzler reiste nach Moskau.", 0, 31)
    assert [t.pos for t in s.tokens] == ["ART", "NN", "VVFIN", "APPR", "NE", "$."]


def test_english_sentences_lemmas_and_ner():
    text = "US President Joe Biden called Vladimir Putin on Tuesday. The Kremlin confirmed the call."
    sents = analyzer("en").sentences(text, 0, len(text))
    assert len(sents) == 2
    assert {t.text: t.lemma for t in sents[0].tokens}["called"] == "call"
    labels = {
        " ".join(t.text for t in sents[0].tokens[e.start_token : e.end_token]): e.label
        for e in sents[0].entities
    }
    assert labels.get("Vladimir Putin") == "PER"


def test_ner_tags_iob2_shape():
    tags = ner_tags(["Die", "Nato", "tagt", "in", "Brüssel", "."], language="de")
    assert len(tags) == 6 and tags[1] == "B-ORG" and tags[0] == "O"
    en = ner_tags(["Joe", "Biden", "visited", "Berlin", "."], language="en")
    assert en[:2] == ["B-PER", "I-PER"] and en[3] == "B-LOC"


def test_particle_reaches_over_coordinated_objects():
    lem = lemmas('Russland wirft seinerseits Kiew und der Nato "Provokationen" vor.')
    assert lem["wirft"] == "vorwerfen"


def test_particle_after_a_relative_clause_belongs_to_the_verb_before_it():
    text = "Am Donnerstag gab Paschinjan, der den Vorsitz der OVKS innehat, die Entsendung einer Friedenstruppe bekannt."
    got = lemmas(text)
    assert got["gab"] == "bekanntgeben" and got["innehat"] == "innehaben"
