"""What is said and how it is dated: critical statements, denials, diplomatic protests, the day of the news,
and the words and clauses that decide who says what to whom."""

from functools import partial

import pytest

from chronik import extract
from tests.conftest import event_triples

#: the events of a text as (type, source country, target country, modality), published on 2023-02-06 unless a test
#: says otherwise
triples = partial(event_triples, date="2023-02-06")


# --- critical statements -------------------------------------------------------------------------------------------


def test_a_cited_statement_with_a_word_of_blame_against_another_party_accuses_it():
    got = triples("Zakharova said Moldova wanted to distract from its own problems.", language="en")
    assert ("ACCUSE", "RUS", "MDA", "asserted") in got
    got = triples("Stoltenberg sagte, Russland trage die Verantwortung für den Krieg.", language="de")
    assert ("ACCUSE", "NATO", "RUS", "asserted") in got


def test_the_subject_of_what_is_said_is_not_its_speaker_nor_does_a_view_told_blame_its_holder():
    # "… "a dead end" and said Washington had ignored …": Washington, after "said", is the subject of what is said
    text = (
        'Russian Ambassador Vassily Nebenzia called further sanctions "a dead end" and said Washington had ignored '
        "Pyongyang's appeals to end hostile actions."
    )
    got = triples(text, language="en", date="2022-05-27")
    assert ("ACCUSE", "RUS", "USA", "asserted") in got
    assert not {t for t in got if t[1] == "USA"}  # (no sanction or blame of Washington's)
    # Trump's view of the annexation, as Putin tells it, is no blame of Trump by Putin
    got = triples("On Crimea, Putin said Trump still considered the annexation illegal.", language="en")
    assert not {t for t in got if t[0] == "ACCUSE"}


def test_a_price_to_pay_in_case_of_aggression_threatens_the_payer_not_the_victim():
    text = (
        "Scholz sagte, man sei sich absolut einig. Im Fall einer militärischen Aggression gegen die Ukraine werde "
        "Moskau einen „sehr hohen Preis“ zahlen."
    )
    got = {t[:3] for t in triples(text, language="de", date="2022-02-08")}
    assert (
        "THREATEN",
        "DEU",
        "RUS",
    ) in got  # "im Fall" sets a condition: the answer announced is the statement
    assert not {t for t in got if t[2] == "UKR"}  # the state the aggression would be against is not blamed


def test_blame_denied_or_a_statement_without_blame_accuses_nobody():
    assert not {t for t in triples("„Das ist nicht die Schuld der Ukraine“, sagte Stoltenberg.", language="de")
                if t[0] == "ACCUSE"}  # fmt: skip
    assert not {t for t in triples("Merz said the talks with Poland had been useful.", language="en")
                if t[0] == "ACCUSE"}  # fmt: skip


def test_an_english_negation_denies_only_the_blame_it_belongs_to():
    text = (
        "House Speaker Paul Ryan said there was no question that Russia had interfered in the election and "
        "that the president must appreciate that Russia is not our ally."
    )
    assert ("ACCUSE", "USA", "RUS", "asserted") in triples(text, language="en")
    text = "Putin said the Russian state had never interfered in American internal affairs."
    assert not {t for t in triples(text, language="en") if t[0] == "ACCUSE"}


def test_a_participle_of_saying_speaks_for_the_subject_of_its_verb():
    text = 'On Wednesday, Zelensky hit back, saying Trump was living in a "disinformation space".'
    got = {t for t in triples(text, language="en") if t[0] == "ACCUSE"}
    assert got == {("ACCUSE", "UKR", "USA", "asserted")}


def test_what_follows_a_reporting_verb_without_that_is_the_statement():
    got = triples(
        "Moscow called the strike a terrorist act and said it would not go unanswered.", language="en"
    )
    assert ("THREATEN", "RUS", None, "asserted") in got


def test_a_party_that_will_answer_threatens_whoever_speaks_for_it():
    text = "Moscow was not interested in escalation but would respond to all provocations, the ministry said."
    assert ("THREATEN", "RUS", None, "asserted") in triples(text, language="en")
    text = "Moscow was not interested in escalation, the ministry said."
    assert not triples(text, language="en")


def test_a_speaker_who_already_accuses_is_not_coded_twice():
    got = [e for e in extract("Baerbock warf Moskau Aggression vor und sagte, Russland trage die Verantwortung.",
                              published="2022-02-10", language="de") if e.event_type == "ACCUSE"]  # fmt: skip
    assert len(got) == 1 and got[0].target.country == "RUS"


def test_also_condemned_it_condemns_whom_the_condemnation_before_did():
    text = (
        "A spokesman for Guterres said the UN chief condemned the Russian strikes on the port. "
        "The European Union's foreign policy chief, Josep Borrell, also condemned it."
    )
    got = {(e.source.name, e.target and e.target.country) for e in extract(text, published="2022-07-24")
           if e.event_type == "ACCUSE"}  # fmt: skip
    assert ("Josep Borrell", "RUS") in got


# --- denials and protests ---------------------------------------------------------------------------------------------


def test_a_use_of_force_its_own_side_says_it_did_not_commit_is_a_denial():
    text = "Russische Streitkräfte hätten keine Ziele nahe der Grenze angegriffen, erklärte das Ministerium."
    got = triples(text, date="2022-11-16", language="de")
    assert ("REJECT", "RUS", None, "asserted") in got
    assert not {t for t in got if t[0] == "ASSAULT"}


def test_a_state_protests_diplomatically_and_crowds_demonstrate():
    text = "The United States imposed sanctions on Chinese firms. China protested strongly."
    assert ("ACCUSE", "CHN", "USA", "asserted") in triples(text, language="en")
    got = triples("Protesters hurled stones near the US embassy in Beirut.", language="en")
    assert ("PROTEST", "LBN", "USA", "asserted") in got


def test_a_summit_called_off_did_not_take_place():
    got = triples("Jordan's King Abdullah called off the summit with Biden in Amman.", language="en")
    assert ("CONSULT", "JOR", "USA", "negated") in got
    got = triples("Der Besuch von Baerbock in Moskau wurde abgesagt.", date="2022-01-10", language="de")
    assert ("CONSULT", "DEU", "RUS", "negated") in got


# --- the day of the news --------------------------------------------------------------------------------------------


def test_an_undated_statement_takes_the_day_of_the_news_the_lead_gives():
    text = (
        "Joe Biden and Vladimir Putin met in Geneva on Wednesday. "
        "Putin denied that the Russian state was behind the hacking attacks."
    )
    evs = extract(text, published="2021-06-17", language="en")
    meeting = next(e for e in evs if e.event_type == "CONSULT")
    denial = next(e for e in evs if e.event_type == "REJECT")
    assert meeting.date == denial.date == "2021-06-16"


def test_a_lead_without_an_event_of_its_own_still_gives_the_day_of_the_news():
    text = (
        "The defense chiefs of the two countries spoke by phone on Wednesday. "
        "Shoigu told Austin that the American drone flights near Crimea were a provocation."
    )
    evs = extract(text, published="2023-03-16", language="en")
    accusation = next(e for e in evs if e.event_type == "ACCUSE")
    assert accusation.date == "2023-03-15"


def test_a_lead_dated_on_the_publication_day_moves_nothing():
    text = (
        "Russia said on Friday it would expel ten US diplomats, hitting back at sanctions announced a day earlier. "
        "Lavrov criticised Washington."
    )
    evs = extract(text, published="2021-04-16", language="en")
    criticism = next(e for e in evs if e.event_type == "ACCUSE")
    assert criticism.date == "2021-04-16" and criticism.date_basis == "publication"


# --- words and clauses ------------------------------------------------------------------------------------------------


def test_standing_behind_or_by_someone_supports_them():
    got = triples("Das US-Außenministerium stellte sich hinter seinen Verbündeten Tschechien.", language="de")
    assert ("SUPPORT", "USA", "CZE", "asserted") in got
    assert ("SUPPORT", "USA", "ISR", "asserted") in triples(
        "President Joe Biden stood by Israel.", language="en"
    )


def test_giving_up_a_blockade_concedes():
    got = triples("Die Türkei hat den Weg für die Aufnahme Finnlands in die Nato freigemacht.", language="de")
    assert ("CONCEDE", "TUR", "FIN", "asserted") in got
    assert ("CONCEDE", "TUR", "SWE", "asserted") in triples(
        "Turkey dropped its objections to Sweden's membership.", language="en"
    )


def test_a_plural_title_is_never_one_person():
    text = (
        "Schwedens Ministerpräsidentin Magdalena Andersson war in Madrid. "
        "Am Mittwoch luden die Staats- und Regierungschefs der Mitgliedstaaten Finnland offiziell ein."
    )
    names = {e.source.name for e in extract(text, published="2022-06-29", language="de")}
    assert "Magdalena Andersson" not in names


def test_a_participle_aside_between_commas_keeps_the_subject():
    text = "Der ukrainische Präsident Wolodymyr Selenskyj, per Video zugeschaltet, bat die Nato um moderne Waffen."
    assert ("REQUEST", "UKR", "NATO", "asserted") in triples(text, date="2022-06-29", language="de")


def test_a_relative_clause_on_the_cited_speaker_is_the_speakers_act():
    text = (
        "The explosion at the hospital on Tuesday evening killed hundreds of people, according to the Hamas-run "
        "health ministry in Gaza, which blamed an Israeli air strike."
    )
    assert ("ACCUSE", "PSE", "ISR", "asserted") in triples(text, date="2023-10-18", language="en")


def test_his_visit_before_the_speaker_is_the_speakers():
    text = "A day after his surprise visit to Kyiv, US President Joe Biden told a crowd in Warsaw that Ukraine would win."
    visit = next(e for e in extract(text, published="2023-02-21", language="en") if e.event_type == "CONSULT")
    assert visit.source.country == "USA" and visit.modality == "asserted"


def test_in_reported_speech_a_possessive_subject_is_the_speakers():
    text = "Russia said on Sunday that its missiles had struck a Ukrainian warship in Odesa."
    assert ("ASSAULT", "RUS", "UKR", "asserted") in triples(text, date="2022-07-24", language="en")


def test_a_genitive_name_after_the_verb_is_whose_not_who():
    text = "In Jerewan forderten am Dienstag Tausende Demonstranten vor dem Regierungssitz Paschinjans Rücktritt."
    # the demonstrators (of the place, Armenia) protest; Pashinyan is whose resignation they want, not who acts
    found = extract(text, published="2023-09-20", language="de")
    assert [(e.event_type, e.source.sector, e.target.actor_id) for e in found] == [
        ("PROTEST", "civil_society", "nikol-pashinyan")
    ]
    # before the verb the possessor speaks for the subject
    assert ("REJECT", "RUS", None, "asserted") in triples(
        "Putins Sprecher wies die Vorwürfe zurück.", language="de"
    )


def test_his_country_in_reported_speech_is_the_speakers():
    text = "Erdoğan erklärte, sein Land unterstütze die Schritte Bakus."
    assert ("SUPPORT", "TUR", "AZE", "asserted") in triples(text, date="2023-09-20", language="de")


def test_an_attack_without_a_target_long_before_the_news_is_background_not_a_record():
    text = (
        "Aserbaidschan hatte im Herbst 2020 in einem 44-tägigen Krieg große Teile der Region erobert. "
        "Am Dienstag griff Aserbaidschan Stellungen in Bergkarabach an."
    )
    dates = {
        e.date for e in extract(text, published="2023-09-20", language="de") if e.event_type == "ASSAULT"
    }
    assert dates == {"2023-09-19"}


def test_refusing_support_rejects_the_party_it_would_have_gone_to():
    got = triples("Berlin werde die Pläne Washingtons nicht unterstützen, sagte Scholz.", language="de")
    assert ("REJECT", "DEU", "USA", "asserted") in got
    assert not {t for t in got if t[0] == "SUPPORT"}


def test_german_indirect_speech_goes_on_with_the_last_speaker():
    text = "„Das ist nicht die Schuld der Ukraine“, sagte Stoltenberg. Russland trage die Verantwortung für den Krieg."
    assert ("ACCUSE", "NATO", "RUS", "asserted") in triples(text, date="2022-11-16", language="de")


def test_naming_an_act_with_a_word_of_blame_accuses():
    assert ("ACCUSE", "RUS", None, "asserted") in triples(
        "Moskau bezeichnete den Angriff auf den Tanker als Terrorakt."
    )
    text = (
        "A Chinese fighter jet intercepted a US reconnaissance plane. "
        "White House spokesman John Kirby called the intercept unsafe and unprofessional."
    )
    assert ("ACCUSE", "USA", "CHN", "asserted") in triples(text)
    # naming without blame is no accusation, and a call to someone stays a call
    assert not any(t[0] == "ACCUSE" for t in triples("Biden called the talks useful."))
    assert not any(t[0] == "ACCUSE" for t in triples("Scholz nannte das Gespräch mit Putin hilfreich."))


def test_announced_retaliation_is_a_threat():
    assert ("THREATEN", "RUS", "FIN", "asserted") in triples(
        "Peskow sagte, Moskau werde Gegenmaßnahmen gegen Finnland ergreifen."
    )
    assert any(
        t[:2] == ("THREATEN", "RUS") for t in triples("Russia said the strike would not go unanswered.")
    )
    # a reaction told, and a retaliation ruled out, threaten nobody
    assert not any(
        t[0] == "THREATEN" for t in triples("Russland reagierte verärgert auf die Sanktionen der EU.")
    )
    assert not any(
        t[0] == "THREATEN"
        for t in triples("Biden said the United States will not respond to the provocation.")
    )
    # a negation of another verb leaves the announced response standing, aimed at whom the adjective names
    assert ("THREATEN", "USA", "RUS", "asserted") in triples(
        "Blinken said Washington did not want a conflict but would respond to any Russian attack."
    )


def test_a_cited_duty_of_another_party_is_a_demand_on_it():
    found = extract("Iran should return to the negotiating table, Blinken said.", published="2023-05-02")
    assert ("REQUEST", "USA", "IRN") in {
        (e.event_type, e.source.country, e.target and e.target.country) for e in found
    }
    found = extract(
        "Russland müsse seine Truppen vollständig abziehen, sagte Baerbock.",
        published="2023-05-02",
        language="de",
    )
    assert ("REQUEST", "DEU", "RUS") in {
        (e.event_type, e.source.country, e.target and e.target.country) for e in found
    }
    # the speaker's own duty demands nothing of anyone
    found = extract("Deutschland müsse mehr tun, sagte Baerbock.", published="2023-05-02", language="de")
    assert "REQUEST" not in {e.event_type for e in found}


def test_a_warning_of_consequences_in_the_statement_it_introduces_or_closes_is_a_threat():
    assert triples(
        'Medwedew warnte Kiew, jeder Angriff auf russisches Territorium werde eine Antwort "mit allen Mitteln" '
        "nach sich ziehen."
    ) == {("THREATEN", "RUS", "UKR", "asserted")}
    assert triples(
        "Washington warned Moscow that any use of nuclear weapons would have catastrophic consequences."
    ) == {("THREATEN", "USA", "RUS", "asserted")}
    # a warning that names no consequence stays a criticism
    assert triples("Stoltenberg warnte, Russland sei auf Waffen autoritärer Regime angewiesen.") == {
        ("ACCUSE", "NATO", "RUS", "asserted")
    }


def test_blame_that_names_no_one_and_no_act_is_an_opinion_not_an_event():
    # whom the mandate's limits are blamed on the sentence leaves open: no accusation is recorded
    text = "Zugleich kritisierte Borrell, dass das Mandat auf Rechtsverletzungen begrenzt wurde."
    assert not [t for t in triples(text, language="de") if t[0] == "ACCUSE"]
    # an act whose author is open is still condemned ("verurteilte den Anschlag"), and so is a named party
    assert ("ACCUSE", "EU", None, "asserted") in triples(
        "Borrell verurteilte den Anschlag aufs Schärfste.", language="de"
    )
    assert ("ACCUSE", "EU", "RUS", "asserted") in triples(
        "Borrell kritisierte Russland scharf.", language="de"
    )


def test_what_the_one_told_must_do_is_the_demands_content():
    # "he" is Mubarak, told what he must do: no aid or promise of anyone's is told
    got = triples("Obama told Mubarak he must deliver on his promises.", date="2011-01-28", language="en")
    assert got == {("REQUEST", "USA", "EGY", "asserted")}


def test_a_price_to_pay_announced_for_another_party_is_a_threat():
    got = triples("Erdogan said the Syrian government would pay a heavy price for the attack.", language="en")
    assert ("THREATEN", "TUR", "SYR", "asserted") in got
    got = triples("Erdoğan sagte, die syrische Regierung werde einen hohen Preis zahlen.", language="de")
    assert ("THREATEN", "TUR", "SYR", "asserted") in got
    # a price that rises threatens no one
    assert not triples("Biden said the price of Russian gas would rise in Germany.", language="en")


def test_telling_someone_to_do_something_is_a_demand_telling_them_that_is_speech():
    assert triples("Erdogan told Putin to step aside.", language="en") == {
        ("REQUEST", "TUR", "RUS", "asserted")
    }
    # what a speech says is news of its own, not the content of a demand
    got = triples(
        "Prime Minister Theresa May told parliament that Britain would expel 23 Russian diplomats.",
        date="2018-03-14", language="en",
    )  # fmt: skip
    assert {t[0] for t in got} == {"SANCTION"}
    assert not triples(
        "The ministry said Washington was in no position to tell China what to do.", language="en"
    )


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Eine Entsendung westlicher Bodentruppen in die Ukraine komme für Deutschland nicht infrage, sagte Scholz.",
            "de",
        ),
        (
            "Von einer Blockade könne keine Rede sein, sagte ein Sprecher des aserbaidschanischen Außenministeriums.",
            "de",
        ),
        ("A ceasefire without conditions is out of the question, Lavrov said.", "en"),
    ],
)
def test_a_cited_refusal_without_a_verb_of_rejecting_is_a_rejection(text, language):
    found = extract(text, language=language, published="2024-03-01")
    assert [(e.event_type, e.target) for e in found] == [("REJECT", None)]


def test_a_denied_claim_is_rejected_and_criticism_stays_blame():
    text = "The reports of Russian involvement are baseless, Peskov said."
    assert [e.event_type for e in extract(text, language="en", published="2024-03-01")] == ["REJECT"]
    text = "Russland trage die Verantwortung, sagte Stoltenberg."
    assert [e.event_type for e in extract(text, language="de", published="2024-03-01")] == ["ACCUSE"]


def test_no_plans_to_use_force_is_a_denial_and_no_plans_to_withdraw_a_withdrawal_that_will_not_happen():
    got = triples(
        "Polish Prime Minister Donald Tusk said on Tuesday that Poland had no plans to send troops to "
        "Ukraine.",
        language="en",
        date="2024-02-28",
    )
    assert ("REJECT", "POL", None, "asserted") in got
    assert not any(t[0] == "MOBILIZE" for t in got)
    got = triples(
        "Russland habe keinerlei Absicht, die Ukraine anzugreifen, sagte Peskow.",
        language="de",
        date="2022-02-08",
    )
    assert {t[0] for t in got} == {"REJECT"}
    got = triples(
        "Kyiv says it has no plans to withdraw from the Kursk region.", language="en", date="2024-09-01"
    )
    assert {t[0] for t in got} == {"RETREAT"} and all(t[3] == "negated" for t in got)


def test_not_ruling_out_a_use_of_force_of_several_words_threatens():
    got = triples("Macron did not rule out military action against Russia.", language="en", date="2024-02-28")
    assert ("THREATEN", "FRA", "RUS", "asserted") in got
    got = triples("Macron did not rule out ground troops in Ukraine.", language="en", date="2024-02-28")
    assert {t[0] for t in got} == {"THREATEN"}


def test_prolonging_the_war_blames_who_prolongs_it_not_whose_suffering_it_is():
    text = "Peskov said new US weapons deliveries would only prolong the war."
    assert ("ACCUSE", "RUS", "USA", "asserted") in triples(text, language="en")
    # the Ukrainians whose suffering is prolonged are its victims, not whom Peskov blames
    text = "Peskov said the supply of American weapons would only prolong the suffering of Ukrainians."
    got = triples(text, language="en")
    assert ("ACCUSE", "RUS", "USA", "asserted") in got
    assert not {t for t in got if t[2] == "UKR"}
    text = "Deutschland verlängere mit seinen Lieferungen nur den Konflikt, sagte Botschafter Netschajew."
    assert ("ACCUSE", "RUS", "DEU", "asserted") in triples(text, language="de")
    # prolonging sanctions is no blame
    text = "Die EU werde die Sanktionen gegen Russland verlängern, sagte Borrell."
    assert not {t for t in triples(text, language="de") if t[0] == "ACCUSE"}


def test_calling_a_course_a_mistake_criticises_its_owner():
    text = 'Foreign Minister Sergei Lavrov went further, calling Armenia\'s course "a mistake".'
    assert ("ACCUSE", "RUS", "ARM", "asserted") in triples(text, language="en")
    assert ("ACCUSE", "RUS", "ARM", "asserted") in triples(
        "Lawrow nannte den Kurs Armeniens einen Fehler.", language="de"
    )


def test_blame_told_on_after_an_accusation_is_that_accusation():
    text = (
        "Das Außenministerium in Moskau warf Stockholm vor, sich in eine gegen Russland gerichtete Front "
        "einzureihen, und sprach von einem „Fehler“."
    )
    evs = [e for e in extract(text, language="de", published="2024-03-08") if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target and e.target.country) for e in evs] == [("RUS", "SWE")]


def test_threatening_nobody_is_a_denial_and_a_red_line_a_threat():
    for text, language in [
        ("Russia threatens nobody, Peskov said.", "en"),
        ("Russland werde niemanden angreifen, sagte Peskow.", "de"),
    ]:
        got = triples(text, language=language)
        assert ("REJECT", "RUS", None, "asserted") in got
        assert not {t for t in got if t[0] in ("THREATEN", "ASSAULT")}
    text = "Eine Aufnahme der Ukraine wäre für Moskau eine „rote Linie“, sagte Peskow."
    assert ("THREATEN", "RUS", "UKR", "asserted") in triples(text, language="de")
    text = "Putin said NATO membership for Ukraine would be a red line."
    assert ("THREATEN", "RUS", "NATO", "asserted") in triples(text, language="en")
    # a line that is not red draws none
    assert not triples("Die Grenze verläuft entlang einer Linie, sagte Peskow.", language="de")


def test_calling_a_goal_unrealistic_rejects_it_and_the_year_of_the_borders_dates_nothing():
    text = (
        "US-Verteidigungsminister Pete Hegseth hatte am Mittwoch eine Rückkehr zu den Grenzen von 2014 als "
        "„unrealistisch“ bezeichnet."
    )
    (e,) = [e for e in extract(text, language="de", published="2025-02-16") if e.event_type == "REJECT"]
    assert (e.source.country, e.date) == ("USA", "2025-02-12")
    text = "Hegseth told allies in Brussels on Wednesday that a return to Ukraine's pre-2014 borders was unrealistic."
    (e,) = [e for e in extract(text, language="en", published="2025-02-13") if e.event_type == "REJECT"]
    assert (e.source.country, e.date) == ("USA", "2025-02-12")
    # a condemnation of the attack of 2014 is made today; the attack, named by its own noun, is of 2014
    text = "Die Ukraine verurteilte den russischen Angriff von 2014 auf die Krim."
    dates = {e.event_type: e.date for e in extract(text, language="de", published="2025-02-16")}
    assert dates == {"ACCUSE": "2025-02-16", "ASSAULT": "2014"}


def test_refusing_to_rule_out_force_or_coercion_threatens():
    for text in (
        "Trump refused to rule out military force to take Greenland.",
        "Trump would not rule out military or economic coercion to gain control of Greenland.",
    ):
        assert ("THREATEN", "USA", "GRL", "asserted") in triples(text, language="en", date="2025-01-10")
    # refusing to rule out a suspicion of others threatens no one
    assert not triples("Eine Sabotage wollte er nicht ausschließen.", language="de")


def test_sanctions_in_force_spoken_of_are_no_new_sanctions():
    text = "Die Sanktionen Kanadas, der EU und Großbritanniens machten die Rücklieferung unmöglich, teilte Gazprom mit."
    assert not {t for t in triples(text, language="de", date="2022-08-04") if t[0] == "SANCTION"}
    text = "Die EU hat am Montag neue Sanktionen gegen Russland beschlossen."
    assert ("SANCTION", "EU", "RUS", "asserted") in triples(text, language="de", date="2022-08-04")
    # sanctions that take effect on a day of their own are told; the day of the saying is not theirs
    text = "Die Sanktionen gegen Russland treten am Montag in Kraft, teilte Brüssel mit."
    assert ("SANCTION", "EU", "RUS", "asserted") in triples(text, language="de", date="2022-08-04")
    text = (
        "US authorities said yesterday that removing the sanctions on Burma is currently out of the question."
    )
    assert not {t for t in triples(text, language="en", date="2004-05-03") if t[0] == "SANCTION"}


def test_what_a_traveller_plans_there_is_planned_for_the_trip():
    text = (
        "Scholz reist Ende des Monats nach Kanada. Mit Premierminister Justin Trudeau will er dort auch über "
        "Lieferungen von Flüssiggas sprechen."
    )
    (talk,) = [e for e in extract(text, language="de", published="2022-08-04") if e.mode != "visit"]
    assert (talk.event_type, talk.modality, talk.date) == ("CONSULT", "planned", "2022-08")


def test_appropriate_measures_and_locked_and_loaded_threaten():
    text = "The Saudi foreign ministry said the kingdom would take appropriate measures against Iran."
    assert ("THREATEN", "SAU", "IRN", "asserted") in triples(text, language="en", date="2019-09-17")
    text = "Russland werde entsprechende Maßnahmen gegen Schweden ergreifen, sagte Peskow."
    assert ("THREATEN", "RUS", "SWE", "asserted") in triples(text, language="de", date="2019-09-17")
    text = "Trump said the United States was locked and loaded."
    assert ("THREATEN", "USA", None, "asserted") in triples(text, language="en", date="2019-09-17")
    # measures to help are no threat
    text = "The EU will take measures to support Ukraine, Borrell said."
    assert not {t for t in triples(text, language="en", date="2019-09-17") if t[0] == "THREATEN"}


def test_a_dismissal_addressed_to_a_party_rejects_that_party():
    text = 'Eine Rückkehr zu den Grenzen von 1991 sei "unrealistisch", sagte der US-Verteidigungsminister an die Adresse Kiews.'
    assert ("REJECT", "USA", "UKR", "asserted") in triples(text, language="de", date="2024-03-01")
    # (adjectives that are mentions of their own are no elided targets)
    text = "Deutsche und schwedische Ermittler teilten ihre Erkenntnisse zur Sprengung der Pipelines."
    assert {t[:3] for t in triples(text, language="de")} == {("COOPERATE", "DEU", "SWE")}


def test_a_plural_subjunctive_two_keeps_the_speaker_of_indirect_speech():
    text = (
        "Außenamtssprecherin Maria Sacharowa sprach von einer Abstimmung unter „totalitären Bedingungen“. "
        "Hunderttausende in Russland lebende Moldauer hätten nicht wählen können, weil Chișinău nur zwei "
        "Wahllokale eröffnet habe. Der Westen dagegen habe sich offen in den Wahlkampf eingemischt."
    )
    assert ("ACCUSE", "RUS", "WST", "asserted") in triples(text, date="2024-10-22", language="de")


def test_an_intervention_named_in_indirect_speech_is_blame():
    text = (
        "Kremlsprecher Dmitri Peskow sagte, die Panzer würden brennen. "
        "Ihre Lieferung sei ein direktes Eingreifen des Westens in den Konflikt."
    )
    assert ("ACCUSE", "RUS", "WST", "asserted") in triples(text, date="2023-01-26", language="de")
