"""Quotation attribution: speakers, cues and quotations with exact offsets (chronik.attribution)."""

from __future__ import annotations

import json

import pytest

from chronik.attribution import Quote, direct_spans, lexicon, quotes
from chronik.evaluation.quotes import evaluate, match, read_gold


def _check_offsets(text: str, qs: list[Quote]) -> None:
    for q in qs:
        for span in (q.quote, q.cue, q.speaker, q.addressee, q.via, *q.cue_parts, *q.quote_parts):
            if span is not None:
                assert text[span.start : span.end] == span.text


def _by_speaker(qs: list[Quote]) -> dict[str | None, Quote]:
    return {q.speaker.text if q.speaker else None: q for q in qs}


def test_direct_quote_with_inverted_speaker():
    text = "„Wir werden nicht nachgeben“, sagte der Minister. Die Lage bleibt angespannt."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    q = _by_speaker(qs)["der Minister"]
    assert q.quote.text == "„Wir werden nicht nachgeben“"
    assert q.cue.text == "sagte"
    assert q.kind == "direct"


def test_separable_verb_indirect_speech():
    text = "Das Weiße Haus teilte am Montag mit, dass Biden am Donnerstag mit Putin telefonieren werde."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    q = _by_speaker(qs)["Das Weiße Haus"]
    assert [c.text for c in q.cue_parts] == ["teilte", "mit"]
    assert q.quote.text == "dass Biden am Donnerstag mit Putin telefonieren werde"


def test_inverted_separable_verb():
    text = "Die Truppen würden abgezogen, teilte das Weiße Haus mit."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    q = _by_speaker(qs)["das Weiße Haus"]
    assert q.quote.text == "Die Truppen würden abgezogen"
    assert [c.text for c in q.cue_parts] == ["teilte", "mit"]


def test_laut_with_title():
    text = "Laut Ministeriums-Sprecher Konaschenkow wurden fünf Panzer zerstört."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    q = _by_speaker(qs)["Ministeriums-Sprecher Konaschenkow"]
    assert q.cue.text == "Laut"
    assert q.quote.text == "wurden fünf Panzer zerstört"
    assert q.kind == "according"


def test_nach_angaben_and_zufolge():
    text = "Nach Angaben der Polizei wurden drei Menschen verletzt. Der Agentur Interfax zufolge gab es keine Toten."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    speakers = _by_speaker(qs)
    assert speakers["Angaben der Polizei"].cue.text == "Nach"
    assert speakers["Der Agentur Interfax"].cue.text == "zufolge"
    assert speakers["Der Agentur Interfax"].quote.text == "gab es keine Toten"


def test_berichtet_unter_berufung_auf():
    text = 'Trump habe mit Putin telefoniert, berichtet die "Washington Post" unter Berufung auf informierte Kreise.'
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    q = _by_speaker(qs)['die "Washington Post"']
    assert q.cue.text == "berichtet"
    assert q.quote.text == "Trump habe mit Putin telefoniert"
    assert q.via is not None and q.via.text == "informierte Kreise"


def test_wie_clause_and_apposition():
    text = "Wie der Sprecher des Ministeriums, Hans Meier, mitteilte, wird die Brücke gesperrt."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    q = _by_speaker(qs)["der Sprecher des Ministeriums, Hans Meier"]
    assert [c.text for c in q.cue_parts] == ["Wie", "mitteilte"]
    assert q.quote.text == "wird die Brücke gesperrt"


def test_pronoun_speaker_and_so():
    text = "Er sagte, die Verhandlungen seien gescheitert. Man müsse jetzt handeln, so die Kanzlerin."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    speakers = _by_speaker(qs)
    assert speakers["Er"].quote.text == "die Verhandlungen seien gescheitert"
    assert speakers["die Kanzlerin"].cue.text == "so"


def test_unknown_speaker_is_none():
    text = "Der Zug hielt in Berlin. „Das ist ein schwerer Schlag für uns alle hier“ stand auf einem Plakat."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    assert any(q.speaker is None and q.quote.text.startswith("„Das ist") for q in qs)
    text = "Die Verhandlungen seien gescheitert, hieß es."
    qs = quotes(text, language="de")
    assert len(qs) == 1 and qs[0].speaker is None and qs[0].cue.text == "hieß es"


def test_no_quote_without_report():
    text = "Die Regierung beschloss am Montag ein neues Gesetz. Danach fuhr der Minister nach Hause."
    assert quotes(text, language="de") == []


def test_offsets_with_leading_text():
    text = "Titel\n\n  Berlin – Der Kreml erklärte, man sei zu Gesprächen bereit."
    qs = quotes(text, language="de")
    _check_offsets(text, qs)
    assert _by_speaker(qs)["Der Kreml"].quote.text == "man sei zu Gesprächen bereit"


def test_english_said_the_spokesman():
    text = (
        '"We will not back down," said the spokesman. The White House said on Monday that Biden would travel.'
    )
    qs = quotes(text, language="en")
    _check_offsets(text, qs)
    speakers = _by_speaker(qs)
    assert speakers["the spokesman"].quote.text == '"We will not back down,"'
    assert speakers["The White House"].quote.text == "that Biden would travel"


def test_english_according_to_and_told():
    text = (
        "According to the Washington Post, Trump called Putin. Peskov told reporters that no call took place."
    )
    qs = quotes(text, language="en")
    _check_offsets(text, qs)
    speakers = _by_speaker(qs)
    assert speakers["the Washington Post"].cue.text == "According to"
    assert speakers["Peskov"].addressee.text == "reporters"


def test_direct_spans_skip_apostrophes():
    text = "Armstrong's words: „That's one small step.“ Er sagte 'ja'."
    spans = [text[a:b] for a, b in direct_spans(text)]
    assert spans == ["„That's one small step.“", "'ja'"]


def test_lexicon_and_language_check():
    assert "mitteilen" in lexicon("de").verbs
    assert "say" in lexicon("en").verbs
    with pytest.raises(ValueError):
        quotes("Bonjour", language="fr")


def test_evaluation_on_a_tiny_gold_file(tmp_path):
    text = "„Wir gehen“, sagte Scholz. Laut Polizei gab es Verletzte."

    def ann(speaker, cue, quote):
        def spans(a, b):
            return {"spans": [{"charBegin": a, "charEnd": b}], "text": text[a:b]}

        return {
            "speaker": spans(*speaker),
            "cue": spans(*cue),
            "quote": spans(*quote),
            "addressee": {"spans": []},
        }

    s1 = text.index("Scholz")
    c1 = text.index("sagte")
    s2 = text.index("Polizei")
    c2 = text.index("Laut")
    q2 = text.index("gab")
    gold = {
        "originalText": text,
        "annotations": [
            ann((s1, s1 + 6), (c1, c1 + 5), (0, text.index("“") + 1)),
            ann((s2, s2 + 7), (c2, c2 + 4), (q2, len(text) - 1)),
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert len(read_gold(path)) == 1
    report = evaluate(path)
    assert report.exact["speaker"].f1 == 1.0
    assert report.exact["cue"].f1 == 1.0
    assert report.exact["quote"].f1 == 1.0
    assert report.summary().startswith("quotes: speaker F1 1.000")


def test_lenient_match_is_one_to_one():
    gold = {((0, 10),)}
    pred = {((0, 5),), ((5, 10),)}
    assert match(gold, pred, lenient=True) == (1, 1, 0)
    assert match(gold, pred, lenient=False) == (0, 2, 1)
