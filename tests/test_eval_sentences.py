import json

import pytest

from chronik.evaluation.sentences import _same, _score, evaluate


def test_symmetric_events_match_in_either_order_others_do_not():
    assert _same(("CONSULT", "USA", "RUS"), ("CONSULT", "RUS", "USA"), True)
    assert not _same(("ACCUSE", "USA", "RUS"), ("ACCUSE", "RUS", "USA"), False)
    assert not _same(("ACCUSE", "USA", "RUS"), ("REJECT", "USA", "RUS"), False)


def test_matching_is_one_to_one():
    res = _score("…", "de", [("CONSULT", "DEU", "FRA")], [(("CONSULT", "FRA", "DEU"), True)] * 2)
    assert res.matched == [("CONSULT", "DEU", "FRA")] and res.extra == [("CONSULT", "FRA", "DEU")]


def test_a_sentence_file_is_coded_and_scored(tmp_path):
    rows = [
        {"lang": "de", "text": "Scholz telefonierte am Dienstag mit Putin.",
         "events": [{"type": "CONSULT", "trigger": "telefonierte", "source": "DEU", "target": "RUS"}]},
        {"lang": "en", "text": "The weather in Geneva was mild.", "events": []},
        {"lang": "en", "text": "Russia accused Ukraine of shelling the plant.",
         "events": [{"type": "ACCUSE", "trigger": "accused", "source": "RUS", "target": "UKR"},
                    {"type": "ASSAULT", "trigger": "shelling", "source": "UKR", "target": None}]},
    ]  # fmt: skip
    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = evaluate(path)
    assert [len(r.matched) for r in report.results] == [1, 0, 1]
    assert report.results[2].missed == [("ASSAULT", "UKR", None)]  # the content of an accusation is not coded
    last = report.lines()[-1]
    assert last.startswith("sentences (s.jsonl, 3 in") and "events precision 1.000 recall 0.667" in last


def test_a_malformed_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"lang": "de", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:1"):
        evaluate(path)
