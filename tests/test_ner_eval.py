"""The NER evaluation: readers of the GermEval 2014 and token-TAB-tag formats, the class mapping, exact-match
scoring, and the shipped German model. Offline, without ../shared: the files are written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.evaluation import ner
from chronik.evaluation.ner import (
    detect_format,
    evaluate,
    map_tag,
    read_germeval,
    read_ner_file,
    read_token_tag,
    score,
    spans,
    to_iob2,
)

GERMEVAL = (
    "#\thttp://example.org/a.html\t[2010-07-04]\t\n"
    "1\tBundeskanzlerin\tO\tO\n"
    "2\tAngela\tB-PER\tO\n"
    "3\tMerkel\tI-PER\tO\n"
    "4\tlas\tO\tO\n"
    '5\t"\tO\tO\n'
    "6\tEcce\tB-OTH\tO\n"
    "7\thomo\tI-OTH\tO\n"
    '8\t"\tO\tO\n'
    "9\tim\tO\tO\n"
    "10\tdeutschen\tB-LOCderiv\tO\n"
    "11\tBundestag\tB-ORG\tO\n"
    "12\t.\tO\tO\n"
    "\n"
    "#\thttp://example.org/b.html\t[2010-07-05]\t\n"
    "1\tEU-Kommission\tB-ORGpart\tB-ORG\n"
    "2\tund\tO\tO\n"
    "3\tBerliner\tB-LOCderiv\tO\n"
    "4\tPolizei\tO\tO\n"
    "5\tin\tO\tO\n"
    "6\tBad\tB-LOC\tO\n"
    "7\tEms\tI-LOC\tO\n"
    "8\tPutin-Besuch\tB-PERpart\tO\n"
    "\n"
)

NERD = (
    "-DOCSTART-\tO\n"
    "\n"
    "Olaf\tI-PER\n"  # IOB1, as in the WikiNER part of ner-d
    "Scholz\tI-PER\n"
    "besuchte\tO\n"
    "#\tO\n"  # a '#' token is data here, not a comment
    "Kiew\tB-LOC\n"
    ".\tO\n"
    "\n"
    "Die\tO\n"
    "Vereinten\tB-ORG\n"
    "Nationen\tI-ORG\n"
    "tagen\tO\n"
    "\n"
)

WIKIANN = "de:Anton\tB-PER\nde:Wilhelm\tI-PER\nde:.\tO\n\nde:Zeugen\tB-ORG\nde:Jehovas\tI-ORG\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"germeval.tsv": GERMEVAL, "nerd.tsv": NERD, "wikiann.txt": WIKIANN}.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        out[name] = p
    return out


def test_class_mapping():
    assert map_tag("B-OTH") == "B-MISC" and map_tag("I-OTH") == "I-MISC"
    for t in ["B-LOCderiv", "I-LOCderiv", "B-PERpart", "I-ORGpart", "B-OTHderiv", "B-OTHpart"]:
        assert map_tag(t) == "O", t
    assert [map_tag(t) for t in ["B-PER", "I-LOC", "B-ORG", "B-MISC", "O"]] == ["B-PER", "I-LOC", "B-ORG", "B-MISC", "O"]  # fmt: skip
    assert map_tag("B-DATE") == "O"


def test_iob1_becomes_iob2():
    assert to_iob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        "B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG",
    ]  # fmt: skip


def test_read_germeval(files):
    assert detect_format(files["germeval.tsv"]) == "germeval"
    s1, s2 = read_germeval(files["germeval.tsv"])
    assert s1.tokens[:3] == ["Bundeskanzlerin", "Angela", "Merkel"] and len(s1.tokens) == 12
    assert s1.tags == ["O", "B-PER", "I-PER", "O", "O", "B-MISC", "I-MISC", "O", "O", "O", "B-ORG", "O"]
    # outer column only; part/deriv → O even when the inner column has an entity
    assert s2.tags == ["O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O"]
    assert read_ner_file(files["germeval.tsv"])[0].tags == s1.tags


def test_read_token_tag_ner_d(files):
    assert detect_format(files["nerd.tsv"]) == "token-tag"
    s1, s2 = read_token_tag(files["nerd.tsv"])
    assert s1.tokens == ["Olaf", "Scholz", "besuchte", "#", "Kiew", "."]
    assert s1.tags == ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert s2.tags == ["O", "B-ORG", "I-ORG", "O"]


def test_read_wikiann_strips_language_prefix(files):
    s1, s2 = read_ner_file(files["wikiann.txt"])
    assert s1.tokens == ["Anton", "Wilhelm", "."] and s1.tags == ["B-PER", "I-PER", "O"]
    assert s2.tokens == ["Zeugen", "Jehovas"]


def test_bad_file_is_refused(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_text("just some words\nwithout tags\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no tab-separated tag"):
        read_ner_file(p)


def test_spans_conlleval_style():
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-LOC"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG"), (6, 7, "LOC"),
    ]  # fmt: skip
    assert spans(["O", "I-MISC", "I-MISC"]) == [(1, 3, "MISC")]


def test_score_exact_match_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O"], ["B-ORG", "I-ORG", "I-ORG", "O"]]
    pred = [
        ["B-PER", "I-PER", "O", "B-ORG", "O"],  # PER right; LOC predicted as ORG: 1 fp (ORG) + 1 fn (LOC)
        ["B-ORG", "I-ORG", "O", "B-MISC"],  # ORG too short: fp + fn; MISC spurious: fp
    ]
    r = score(gold, pred)
    assert (r.per_class["PER"].tp, r.per_class["PER"].fp, r.per_class["PER"].fn) == (1, 0, 0)
    assert (r.per_class["LOC"].tp, r.per_class["LOC"].fn) == (0, 1)
    assert (r.per_class["ORG"].tp, r.per_class["ORG"].fp, r.per_class["ORG"].fn) == (0, 2, 1)
    assert r.per_class["MISC"].fp == 1
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 3, 2)
    assert r.micro.precision == pytest.approx(1 / 4)
    assert r.micro.recall == pytest.approx(1 / 3)
    assert r.micro.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    assert r.rows()[-1][0] == "micro"
    assert r.lines()[-1] == r.summary() and "precision 0.250 recall 0.333 F1 0.286" in r.summary()
    assert r.lines()[1].split()[:4] == ["PER", "1.000", "1.000", "1.000"]


def test_score_perfect_and_empty():
    gold = [["B-PER", "I-PER", "O"], ["O", "O"]]
    r = score(gold, gold)
    assert r.micro.f1 == 1.0 and r.per_class["PER"].support == 1
    assert score([["O"]], [["O"]]).micro.f1 == 0.0  # nothing to find, nothing found
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])


def test_evaluate_with_a_tagger(files):
    def all_o(tokens: list[str]) -> list[str]:
        return ["O"] * len(tokens)

    r = evaluate(files["germeval.tsv"], all_o)
    assert r.sentences == 2 and r.tokens == 20
    assert r.micro.tp == 0 and r.micro.fn == 4  # Angela Merkel, Ecce homo, Bundestag, Bad Ems

    gold = {tuple(s.tokens): s.tags for s in read_ner_file(files["germeval.tsv"])}
    assert evaluate(files["germeval.tsv"], lambda t: gold[tuple(t)]).micro.f1 == 1.0


def test_shipped_model_tags_german():
    if not (ner.model_path() / "config.cfg").is_file():
        pytest.fail("the German NER model is missing from chronik/models/de_ner")
    tokens = ["Bundeskanzler", "Olaf", "Scholz", "traf", "Wladimir", "Putin", "in", "Moskau", "."]
    tags = ner.tag(tokens)
    assert len(tags) == len(tokens)
    ents = {(" ".join(tokens[s:e]), label) for s, e, label in spans(tags)}
    assert ("Olaf Scholz", "PER") in ents
    assert ("Wladimir Putin", "PER") in ents
    assert ("Moskau", "LOC") in ents
    assert ner.tag([]) == []
    batch = ner.tag_batch([tokens, ["Die", "Nato", "tagt", "in", "Brüssel", "."]])
    assert batch[0] == tags and batch[1][4] == "B-LOC"
