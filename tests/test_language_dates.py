import pytest

from chronik.dates import PartialDate, parse_date
from chronik.language import detect


def test_german_and_english_even_when_short():
    assert detect("Scholz trifft Putin in Moskau")[0] == "de"
    assert detect("Biden calls Putin about Ukraine")[0] == "en"


def test_other_languages_are_named_not_forced_into_de_or_en():
    assert detect("Le président français a rencontré son homologue russe au Kremlin.")[0] == "fr"
    assert detect("Президент России встретился с канцлером Германии в Москве.")[0] == "ru"


def test_too_little_text():
    assert detect("12.03. — !!") == (None, 0.0)


def test_partial_dates():
    d = PartialDate.parse("2021-12")
    assert d.precision == "month" and str(d.start()) == "2021-12-01" and str(d.end()) == "2021-12-31"
    assert PartialDate.parse("2024-02-29").precision == "day"
    assert str(PartialDate.parse("2021").end()) == "2021-12-31"
    assert str(PartialDate.parse("2021-04-13T10:00:00Z")) == "2021-04-13"
    with pytest.raises(ValueError):
        PartialDate.parse("2023-02-29")
    assert parse_date("gestern") is None and parse_date(None) is None
