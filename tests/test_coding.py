"""The event coder on sentences written for these tests: types, roles, modality, attribution, dates, dedupe."""

import pytest

from chronik import extract


def events(text, date="2021-04-14", **kw):
    return extract(text, published=date, **kw)


def one(text, date="2021-04-14", **kw):
    evs = events(text, date, **kw)
    assert len(evs) == 1, [
        (e.event_type, e.source and e.source.name, e.target and e.target.name) for e in evs
    ]
    return evs[0]


def test_phone_call_with_attribution_and_evidence():
    text = "US-Präsident Joe Biden hat mit dem russischen Präsidenten Wladimir Putin telefoniert, teilte das Weiße Haus mit."
    e = one(text)
    assert (e.event_type, e.mode, e.cameo) == ("CONSULT", "phone", "041")
    assert (e.source.actor_id, e.target.actor_id) == ("joe-biden", "vladimir-putin")
    assert e.symmetric and e.modality == "asserted"
    assert e.attribution["country"] == "USA"
    assert e.date == "2021-04-14" and e.date_basis == "publication"
    (ev,) = e.evidence
    assert text[ev.start : ev.end] == ev.sentence == text


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Biden und Putin wollen miteinander telefonieren.", "planned"),
        ("Trump soll bereits mit Putin telefoniert haben.", "reported"),
        ("Scholz hat nicht mit Putin telefoniert.", "negated"),
        ("Es gibt Befürchtungen, Moskau könnte die Ukraine angreifen.", "hypothetical"),
    ],
)
def test_modality(text, modality):
    assert one(text).modality == modality


def test_a_denial_is_a_reject_never_an_assault():
    e = one("Russland dementiert jegliche Angriffspläne.")
    assert e.event_type == "REJECT" and e.source.country == "RUS"


def test_recalled_ambassador_is_a_sanction_not_a_retreat():
    e = one("Russland hat vorübergehend seinen Botschafter aus den USA abgezogen.")
    assert (e.event_type, e.cameo, e.target.country) == ("SANCTION", "161", "USA")


def test_troops_withdrawn_is_a_retreat_and_an_announcement_is_planned():
    e = one("Moskau kündigte den Abzug einiger Truppen an.")
    assert (e.event_type, e.modality, e.source.country) == ("RETREAT", "planned", "RUS")


def test_coordinated_partners_give_one_event_each():
    evs = events("Russland will weiter mit den USA und der Nato verhandeln.")
    assert sorted(e.target.country for e in evs) == ["NATO", "USA"]
    assert {e.modality for e in evs} == {"planned"}


def test_counterpart_and_relative_clause_subject():
    e = one("Der ukrainische Verteidigungsminister Oleksi Resnikow telefonierte mit seinem belarussischen Amtskollegen.",
            date="2022-02")  # fmt: skip
    assert (e.source.actor_id, e.target.country) == ("oleksii-reznikov", "BLR")
    evs = events("Scholz will mit Putin sprechen, der seit Februar 2022 einen Angriffskrieg gegen die Ukraine führt.",
                 date="2024-11")  # fmt: skip
    war = [x for x in evs if x.event_type == "ASSAULT"]
    assert war and war[0].source.actor_id == "vladimir-putin" and war[0].date == "2022-02"


def test_background_fact_gets_its_own_date_not_the_articles():
    evs = events("Er hatte zuletzt im Dezember 2022 mit Putin telefoniert.", date="2024-11",
                 title="Bundeskanzler Olaf Scholz will mit Wladimir Putin sprechen")  # fmt: skip
    plan, call = sorted(evs, key=lambda e: e.mode or "")
    assert (plan.modality, plan.date) == ("planned", "2024-11")
    assert (call.mode, call.modality, call.date, call.date_basis) == ("phone", "asserted", "2022-12", "text")
    assert call.source.actor_id == "olaf-scholz"  # "Er" is the chancellor of the title


def test_the_same_event_told_twice_is_one_event_with_two_pieces_of_evidence():
    evs = events("Biden hat Putin ein Gipfeltreffen vorgeschlagen. Der Kreml bestätigte Bidens Vorschlag.")
    (e,) = [x for x in evs if x.event_type == "REQUEST"]
    assert len(e.evidence) == 2


def test_place_has_city_coordinates_not_a_country_centroid():
    e = one("Scholz traf Putin am Dienstag in Moskau.", date="2022-02-15")
    assert e.location["name"] == "Moscow" and e.location["country"] == "RUS"
    assert abs(e.location["lat"] - 55.75) < 0.1


def test_no_publication_date_means_no_invented_date():
    e = one("Scholz traf Putin in Moskau.", date=None)
    assert e.date is None and e.date_basis == "none"


def test_english_sentence():
    e = one(
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.",
        date="2023-03-22",
    )
    assert e.event_type == "CONSULT" and {e.source.country, e.target.country} == {"RUS", "CHN"}
