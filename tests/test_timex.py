import pytest

from chronik.dates import PartialDate
from chronik.timex import find, lexicon, resolve


def spans(text, lang="de", year=None):
    return [(t.text, t.kind, t.value) for t in find(text, language=lang, year=year)]


def test_german_expressions():
    got = spans("Scholz hatte zuletzt im Dezember 2022 mit Putin telefoniert, am Dienstag und gestern auch.")
    assert ("im Dezember 2022", "month", "2022-12") in got
    assert ("am Dienstag", "weekday", None) in got
    assert ("gestern", "relative", None) in got


def test_absolute_dates_and_austrian_month():
    assert spans("am 10. Jänner beraten", year=2022) == [("am 10. Jänner", "date", "2022-01-10")]
    assert spans("(Reuters, 29.12.2021)") == [("29.12.2021", "date", "2021-12-29")]
    assert ("Mitte Oktober", "month", None) in spans("Scholz hatte bereits Mitte Oktober betont")


def test_numbers_are_not_years():
    assert spans("Mehr als 10.000 Soldaten") == []
    assert ("seit 2014", "year", "2014") in spans("Krieg seit 2014")


def test_english():
    got = spans("Biden called Putin on Tuesday; they met in June 2021 and on December 30.", "en", 2021)
    assert ("on Tuesday", "weekday", None) in got
    assert ("in June 2021", "month", "2021-06") in got
    assert ("on December 30", "date", "2021-12-30") in got


# ---------------------------------------------------------------------------------------------------------------
# resolve(): relative expressions against a reference date (news) or the dates mentioned before (narratives)


def values(text, reference, lang="de"):
    return {t.text: t.value for t in resolve(text, language=lang, reference=reference)}


def test_weekday_past_for_perfect_and_preterite():
    # 2022-02-17 is a Thursday; "Dienstag" is the 15th when the clause is in the past
    assert values("Scholz hat am Dienstag mit Putin telefoniert.", "2022-02-17") == {"Dienstag": "2022-02-15"}
    assert values("Der Kreml kündigte am Dienstag den Abzug einiger Truppen an.", "2022-02-17")[
        "Dienstag"
    ] == ("2022-02-15")
    # reported past: "soll … stattgefunden haben"
    assert (
        values("Das Treffen soll am Dienstag stattgefunden haben.", "2022-02-17")["Dienstag"] == "2022-02-15"
    )


def test_weekday_future_for_intention_werden_and_future_adverbs():
    got = resolve("Biden und Putin wollen am Donnerstagabend miteinander telefonieren.", language="de",
                  reference="2021-12-29")  # fmt: skip
    assert [(t.text, t.value, t.timex_value, t.prep) for t in got] == [
        ("Donnerstagabend", "2021-12-30", "2021-12-30TEV", "am")
    ]
    assert (
        values("Die Außenminister werden sich am Montag in Genf treffen.", "2022-01-05")["Montag"]
        == "2022-01-10"
    )
    assert (
        values("Am Montag tagt der Rat, kommende Woche dann die Minister.", "2022-01-05")["Montag"]
        == "2022-01-10"
    )
    assert values("Der Gipfel soll im März stattfinden.", "2022-01-20")["März"] == "2022-03"


def test_month_precision_reference_never_guesses_a_day():
    got = values("Biden und Putin wollen am Donnerstagabend telefonieren; gestern sprach Blinken.", "2021-12")
    assert got == {"Donnerstagabend": "2021-12", "gestern": "2021-12"}
    assert values("Putin sagte vor einigen Wochen, er sei bereit.", PartialDate(2024, 11))[
        "vor einigen Wochen"
    ] == ("2024-10")


def test_austrian_month_mitte_and_since():
    assert values("Am 10. Jänner beraten die Delegationen in Genf.", "2021-12-28") == {
        "10. Jänner": "2022-01-10"
    }
    assert values("Am 10. Jänner trafen sich die Delegationen in Genf.", "2022-03-01") == {
        "10. Jänner": "2022-01-10"
    }
    (t,) = resolve(
        "Scholz hatte bereits Mitte Oktober betont, er wolle reden.", language="de", reference="2024-11-11"
    )
    assert (t.text, t.value, t.mod) == ("Mitte Oktober", "2024-10", "MID")
    (t,) = resolve(
        "Putin, der seit Februar 2022 einen Angriffskrieg führt.", language="de", reference="2024-11"
    )
    assert (t.text, t.value, t.prep, t.kind) == ("Februar 2022", "2022-02", "seit", "month")
    got = values("Scholz hatte zuletzt im Dezember 2022 mit Putin telefoniert. Gestern sprach er mit Selenskyj.",
                 "2024-11-11")  # fmt: skip
    assert got == {"Dezember 2022": "2022-12", "Gestern": "2024-11-10"}


def test_narrative_anchoring_on_dates_mentioned_before():
    text = (
        "Der Feldzug begann 1942. Im Juni griffen die Truppen an. Am 3. Juli fiel die Stadt, einen Tag später "
        "der Hafen. Im Herbst folgte der Rückzug, im Sommer des folgenden Jahres die Niederlage. Heute ist der "
        "Ort ein Museum."
    )
    got = {t.text: (t.value, t.timex_value) for t in resolve(text, language="de", reference=None)}
    assert got["1942"] == ("1942", "1942")
    assert got["Juni"] == ("1942-06", "1942-06")
    assert got["3. Juli"] == ("1942-07-03", "1942-07-03")
    assert got["einen Tag später"] == ("1942-07-04", "1942-07-04")
    assert got["Herbst"] == ("1942", "1942-FA")
    assert got["Sommer des folgenden Jahres"] == ("1943", "1943-SU")
    assert got["Heute"] == (None, "PRESENT_REF")


def test_narrative_background_dates_do_not_anchor():
    got = values("Westfront 1944/1945\n\nIm Juni landeten die Alliierten. Das seit 1939 besetzte Land wurde im "
                 "August befreit.", None)  # fmt: skip
    assert got["Juni"] == "1944-06"  # a heading's range starts the section
    assert got["August"] == "1944-08"  # "seit 1939" is background


def test_english_resolution():
    got = values("Biden and Putin will speak on Thursday evening; they last met in June.", "2021-12-29", "en")
    assert got == {"Thursday evening": "2021-12-30", "June": "2021-06"}
    got = values("Russia has been at war since February 2022. Last week Scholz called; the next day he flew.",
                 "2024-11-13", "en")  # fmt: skip
    assert got["February 2022"] == "2022-02" and got["Last week"] == "2024-11"


def test_periods_durations_and_quantities():
    got = {t.text: (t.value, t.timex_value) for t in resolve(
        "Im Sommer 1943, in den 1930er-Jahren, im 20. Jahrhundert und 490 v. Chr.: drei Tage, 48 Stunden.",
        language="de", reference=None)}  # fmt: skip
    assert got == {
        "Sommer 1943": ("1943", "1943-SU"),
        "den 1930er-Jahren": (None, "193"),
        "20. Jahrhundert": (None, "19"),
        "490 v. Chr.": (None, "BC0490"),
        "drei Tage": (None, "P3D"),
        "48 Stunden": (None, "P2D"),
    }
    assert resolve("Die Armee griff mit 1500 Panzern und etwa 1200 Flugzeugen an.", language="de") == []


@pytest.mark.parametrize("reference", [None, "2022-02", "2022-02-16"])
def test_values_are_always_calendar_dates(reference):
    text = ("Am Dienstag, gestern, im Juni, Mitte Oktober, im Dezember 2022, am 10. Jänner, vor zwei Wochen, "
            "letzte Woche, im Sommer, 1942, im Frühjahr 1943, in den 1990er Jahren, drei Tage später.")  # fmt: skip
    for t in resolve(text, language="de", reference=reference):
        assert text[t.start : t.end] == t.text
        if t.value is not None:
            assert str(PartialDate.parse(t.value)) == t.value


def test_vocabulary_lives_in_the_lexicon():
    de = lexicon("de")
    assert de.table("months")["jänner"] == 1 and de.table("weekdays")["donnerstag"] == 4
    assert "wollen" in de.tense("intention_verbs") and "wird" in de.tense("future_auxiliaries")


# ---------------------------------------------------------------------------------------------------------------
# the TIMEX2 evaluation (a two-document corpus in the WikiWarsDE layout, written here)


def _write_corpus(root):
    docs = {
        "d1": ("Größere Kämpfe begannen am 1. März 1940. Im Juni fiel Paris.\n",
               [("1. März 1940", "1940-03-01"), ("Juni", "1940-06")]),
        "d2": ("Über drei Tage später, im Frühjahr 1941, endete es.\n",
               [("drei Tage später", "FUTURE_REF"), ("Frühjahr 1941", "1941-SP")]),
    }  # fmt: skip
    for sub in ("in", "key", "keyinline"):
        (root / sub).mkdir(parents=True)
    for doc_id, (text, gold) in docs.items():
        head = f"<DOC>\n<DOCID>{doc_id}</DOCID>\n<DATETIME> 2011-02-16T17:00:00 </DATETIME>\n<TEXT>"
        (root / "in" / f"{doc_id}.sgm").write_text(f"{head}{text}</TEXT>\n</DOC>\n", encoding="utf-8")
        base = len(f"\n{doc_id}\n 2011-02-16T17:00:00 \n".encode())
        apf, inline, pos = [], text, 0
        for surface, val in gold:
            a = text.index(surface, pos)
            pos = a + len(surface)
            b0 = base + len(text[:a].encode())
            b1 = b0 + len(surface.encode()) - 1
            apf.append(f'<timex2 ID="x" VAL="1900" VAL="{val}"><timex2_mention><extent>'
                       f'<charseq START="{b0}" END="{b1}">{surface}</charseq></extent></timex2_mention></timex2>')  # fmt: skip
            inline = inline.replace(surface, f'<TIMEX2 val="{val}">{surface}</TIMEX2>', 1)
        (root / "key" / f"{doc_id}.key.apf.xml").write_text(
            f'<source_file><document DOCID="{doc_id}">{"".join(apf)}</document></source_file>',
            encoding="utf-8",
        )
        (root / "keyinline" / f"{doc_id}.key.xml").write_text(
            f"{head}{inline}</TEXT>\n</DOC>\n", encoding="utf-8"
        )


def test_timex_evaluation_reads_byte_offsets_and_scores(tmp_path):
    from chronik.evaluation.timex import evaluate, format_report, read_corpus

    _write_corpus(tmp_path)
    docs = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["d1", "d2"] and not any(d.warnings for d in docs)
    assert [(g.text, g.val) for g in docs[0].gold] == [("1. März 1940", "1940-03-01"), ("Juni", "1940-06")]
    assert docs[1].gold[1].val == "1941-SP"  # the inline value, not the APF's repeated VAL

    report = evaluate(tmp_path)
    total = report.total()
    assert (total.gold, total.relaxed, total.with_val) == (4, 4, 4)
    assert total.val_ok == 3  # "drei Tage später" has no anchor before it: no FUTURE_REF guessed
    out = format_report(report)
    assert out.splitlines()[-1].startswith("timex Chronik: 2 docs, 4 gold | F1 relaxed 1.000")

    only_one = evaluate(tmp_path, predictions={"d1": [(27, 39, "1940-03-01")]}, name="peer")
    assert only_one.total().relaxed == 1 and only_one.total().strict == 1


def test_a_month_of_last_or_next_year_without_the_article():
    ref = PartialDate.parse("2024-06-19")
    got = [
        (x.text, x.value)
        for x in resolve("zuletzt im September vergangenen Jahres", language="de", reference=ref)
    ]
    assert got == [("September vergangenen Jahres", "2023-09")]
    got = [(x.text, x.value) for x in resolve("im Juni nächsten Jahres", language="de", reference=ref)]
    assert got == [("Juni nächsten Jahres", "2025-06")]


def test_last_and_next_weekday_said_on_that_weekday_are_a_week_away():
    from chronik.timex import resolve

    # 2023-02-25 is a Saturday
    assert [t.value for t in resolve("They met last Saturday.", language="en", reference="2023-02-25")] == [
        "2023-02-18"
    ]
    assert [
        t.value
        for t in resolve("Sie treffen sich am kommenden Samstag.", language="de", reference="2023-02-25")
    ] == ["2023-03-04"]
    # a bare weekday on that day is the day itself
    assert [t.value for t in resolve("They met on Saturday.", language="en", reference="2023-02-25")] == [
        "2023-02-25"
    ]


def test_english_seasons_resolve_and_a_fall_needs_to_be_the_season():
    def values(text):
        return [(t.text, t.value) for t in resolve(text, language="en", reference="2024-05-01")]

    # a season word used to raise an error, which cost its whole paragraph its times
    assert values("Talks are planned for the summer, officials said on Monday.") == [
        ("summer", "2024"),
        ("Monday", "2024-04-29"),
    ]
    assert values("last fall") == [("last fall", "2023")]
    assert values("Prices fall sharply.") == []
    assert values("after the fall of Kabul") == []


def test_a_number_after_a_name_is_no_year():
    assert find("France will send Mirage 2000 jets to Ukraine.", language="en") == []
    assert [t.value for t in find("Putin came to power in 2000.", language="en")] == ["2000"]
    # a year with a modifier is a year even before a noun of counting
    assert [t.value for t in find("In early 2022 troops massed at the border.", language="en")] == ["2022"]
    assert find("Russia sent 1200 soldiers.", language="en") == []
    assert [t.value for t in find("In 2014 troops entered Crimea.", language="en")] == ["2014"]


def test_a_past_verb_after_would_dates_the_time_it_governs_in_the_past():
    text = (
        "The two agreed that both sides would carry out the disengagement understanding their military commanders "
        "reached on June 6."
    )
    assert [t.value for t in resolve(text, language="en", reference="2020-06-18")] == ["2020-06-06"]
    # a time of the act to come stays ahead
    text = "He said the talks would be held on June 26."
    assert [t.value for t in resolve(text, language="en", reference="2020-06-18")] == ["2020-06-26"]


def test_a_weekday_of_a_named_week():
    from chronik.timex import resolve

    # 2024-03-04 is a Monday
    text = "Macron hatte am Montag vergangener Woche Bodentruppen nicht ausschließen wollen. Scholz widersprach am Tag darauf."
    assert [(t.text, t.value) for t in resolve(text, language="de", reference="2024-03-04")] == [
        ("Montag vergangener Woche", "2024-02-26"),
        ("am Tag darauf", "2024-02-27"),
    ]
    got = resolve(
        "Am Freitag der kommenden Woche reist er nach Paris.", language="de", reference="2024-03-06"
    )
    assert [t.value for t in got] == ["2024-03-15"]


def test_a_past_perfect_with_a_modal_looks_back():
    from chronik.timex import resolve

    # "hatte … ausschließen wollen": the modal's infinitive stands for its participle
    got = resolve("Macron hatte am Montag nicht ausschließen wollen, Truppen zu schicken.", language="de",
                  reference="2024-03-06")  # fmt: skip
    assert [t.value for t in got] == ["2024-03-04"]


def test_a_possibility_told_in_the_past_lies_ahead():
    def value(text: str) -> list[str | None]:
        return [t.value for t in resolve(text, language="en", reference="2020-02-29")]

    assert value("The Kremlin said they could meet in Moscow on March 5.") == ["2020-03-05"]
    assert value("Officials said talks may resume on March 10.") == ["2020-03-10"]
    # (what was, or could have been, on that day stays behind)
    assert value("The Kremlin said they met on March 5.") == ["2019-03-05"]
    assert value("The Kremlin said they could have met on March 5.") == ["2019-03-05"]


def test_a_week_across_two_months_is_in_the_month_of_most_of_its_days():
    # said on Monday 6 January 2020: last week ran from 30 December to 5 January
    (t,) = resolve("the strike last week", language="en", reference="2020-01-06")
    assert t.value == "2020-01"
    (t,) = resolve("letzte Woche", language="de", reference="2020-01-16")
    assert t.value == "2020-01"


def test_the_noun_plans_after_a_past_verb_leaves_the_weekday_in_the_past():
    text = "Tusk said on Tuesday that Poland had no plans to send troops."
    assert [t.value for t in resolve(text, language="en", reference="2024-02-28")] == ["2024-02-27"]
    assert [
        t.value
        for t in resolve("He plans to travel to Kyiv on Tuesday.", language="en", reference="2024-02-28")
    ] == ["2024-03-05"]


def test_a_part_of_this_or_next_month_or_year():
    def got(text, lang):
        return [(t.text, t.value) for t in resolve(text, language=lang, reference="2022-08-04")]

    assert got("Scholz reist Ende des Monats nach Kanada.", "de") == [("Ende des Monats", "2022-08")]
    assert got("Er reist Anfang nächsten Monats.", "de") == [("Anfang nächsten Monats", "2022-09")]
    assert got("He will travel at the end of the month.", "en") == [("the end of the month", "2022-08")]
    assert got("He will travel by the end of next year.", "en") == [("the end of next year", "2023")]
