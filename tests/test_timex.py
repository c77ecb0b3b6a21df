from chronik.timex import find


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
