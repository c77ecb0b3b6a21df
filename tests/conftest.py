"""Shared fixtures. The suite runs offline and without ../shared: it uses examples/ and texts written here."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

#: A German article in our users' text format, written for these tests.
DATED_TEXT = (
    " date 2022-03 Bundeskanzler Olaf Scholz hat am Dienstag mit dem russischen Präsidenten Wladimir Putin "
    "telefoniert. Der Kreml kündigte danach Gespräche an.\n\n"
    "Der ukrainische Verteidigungsminister telefonierte mit seinem belarussischen Amtskollegen.\n\n"
    "ePaper jetzt 4 Wochen gratis testen. Ich bin bereits Abonnent\n\n"
    "Nächste Schritte\n\n"
    "Die Nato verlegte Truppen nach Polen. (dpa, AFP, red, 15.03.2022)\n"
)


def event_triples(text: str, date: str, **kw: object) -> set[tuple]:
    """(type, source country, target country, modality) of every event ``chronik.extract`` codes in ``text``."""
    from chronik import extract

    return {
        (e.event_type, e.source and e.source.country, e.target and e.target.country, e.modality)
        for e in extract(text, published=date, **kw)
    }


UNDATED_TEXT = (
    "![Putin im Kreml](https://example.org/img/1.jpg)\n"
    "Putin empfängt Macron im Kreml\n"
    "Testblatt\n"
    "Der russische Präsident Wladimir Putin hat den französischen Präsidenten Emmanuel Macron im Kreml empfangen. "
    "Beide sprachen fünf Stunden miteinander.\n"
)


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"
