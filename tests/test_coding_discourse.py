"""Coding that reads across clauses and sentences: pronouns, groups, answers, conditions, appositions."""

from functools import partial

from chronik import extract
from tests.conftest import event_triples

#: the events of a text as (type, source country, target country, modality), published on 2024-04-14 unless a test
#: says otherwise
triples = partial(event_triples, date="2024-04-14")


def first_event(kind, text, date, language):
    """The first event of type ``kind`` coded in ``text``."""
    return next(e for e in extract(text, published=date, language=language) if e.event_type == kind)


def test_pronoun_in_reported_speech_is_the_speaker():
    text = (
        "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh. "
        "Putin said on Thursday that he supported the idea in principle."
    )
    got = {(e.event_type, e.source.name) for e in extract(text, published="2025-03-17")}
    assert ("SUPPORT", "Vladimir Putin") in got
    assert ("SUPPORT", "Marco Rubio") not in got


def test_title_genitive_and_name_in_apposition_is_one_speaker():
    text = (
        "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, dementierte, dass Moskau jemals "
        "einen Angriff geplant habe, und warf dem Westen Kriegspropaganda vor."
    )
    evs = extract(text, published="2022-02-15", language="de")
    accuse = next(e for e in evs if e.event_type == "ACCUSE")
    assert accuse.source.name == "Maria Zakharova" and accuse.target.country == "WST"
    assert any(e.event_type == "REJECT" and e.source.name == "Maria Zakharova" for e in evs)
    assert not any(e.event_type == "ASSAULT" and e.modality == "asserted" for e in evs)


def test_group_subject_takes_up_the_actors_named_together():
    text = (
        "Merz, Macron, Starmer und Tusk verlangten von Russland, einer Waffenruhe zuzustimmen. "
        "Sollte Moskau sich verweigern, drohten sie mit neuen Sanktionen."
    )
    got = triples(text, date="2025-05-11", language="de")
    for c in ("DEU", "FRA", "GBR", "POL"):
        assert ("REQUEST", c, "RUS", "asserted") in got
        # the group threatens, and the condition names whom
        assert ("THREATEN", c, "RUS", "asserted") in got


def test_a_group_in_a_clause_after_the_one_that_names_it():
    # "they" in the same sentence; the visit agreed on does not make the mutual meeting a one-way visit
    got = triples("Biden and Xi agreed on the visit in March when they met in Bali.", language="en")
    assert ("CONSULT", "USA", "CHN", "asserted") in got or ("CONSULT", "CHN", "USA", "asserted") in got
    # "trafen" after "als" is the finite verb the tagger took for a participle: no auxiliary, so no participle
    got = triples("Scholz und Macron einigten sich im März, als sie sich in Paris trafen.", language="de")
    assert ("CONSULT", "DEU", "FRA", "asserted") in got or ("CONSULT", "FRA", "DEU", "asserted") in got


def test_english_they_and_the_two_presidents():
    text = (
        "Joe Biden and Vladimir Putin arrived in Geneva on Wednesday. "
        "They were welcomed at the gate by Swiss President Guy Parmelin."
    )
    got = triples(text, date="2021-06-17")
    assert ("CONSULT", "CHE", "USA", "asserted") in got and ("CONSULT", "CHE", "RUS", "asserted") in got
    text = "Donald Trump and Vladimir Putin met in Alaska. The two presidents last spoke by phone in March."
    got = triples(text, date="2025-08-16")
    assert any(t[0] == "CONSULT" and {t[1], t[2]} == {"USA", "RUS"} for t in got)


def test_a_denial_answers_the_accusation_before_it():
    text = (
        "Die EU beschuldigt Lukaschenko, die Migranten gezielt an die Grenze gebracht zu haben. "
        "Minsk dementierte das am Dienstag."
    )
    assert ("REJECT", "BLR", "EU", "asserted") in triples(text, date="2021-11-10", language="de")


def test_a_denial_does_not_answer_a_deed_alleged_by_others():
    text = (
        "Nach Erkenntnissen westlicher Geheimdienste soll Nordkorea Russland Granaten geliefert haben. "
        "Moskau und Pjöngjang bestreiten das."
    )
    got = triples(text, date="2024-06-19", language="de")
    assert ("REJECT", "RUS", "PRK", "asserted") not in got
    assert ("REJECT", "PRK", "RUS", "asserted") not in got


def test_condemning_the_attack_names_its_author():
    text = "Iran launched more than 300 drones and missiles at Israel overnight. The G7 condemned the attack."
    got = triples(text)
    assert ("ASSAULT", "IRN", "ISR", "asserted") in got
    assert ("ACCUSE", "G7", "IRN", "asserted") in got


def test_complements_of_agreements_and_denials_are_content():
    got = triples(
        "Joe Biden and Vladimir Putin agreed on Wednesday to send their ambassadors back to each other's capitals.",
        date="2021-06-17",
    )
    assert not any(t[0] in ("AID", "MOBILIZE") for t in got)
    assert any(t[0] == "AGREE" for t in got)
    got = triples("Putin denied that the Russian state was behind the hacking attacks on American companies.")
    assert not any(t[0] in ("COERCE", "ASSAULT") for t in got)


def test_a_report_that_is_denied_is_still_told():
    text = (
        "The Kremlin on Monday flatly denied a report that US President-elect Donald Trump had spoken with "
        "Russian President Vladimir Putin by phone last week."
    )
    got = triples(text, date="2024-11-11")
    assert any(t[0] == "CONSULT" and {t[1], t[2]} == {"USA", "RUS"} for t in got)


def test_warning_aims_at_the_actor_in_what_is_said():
    text = (
        "Biden met Putin in Geneva. He warned that the consequences for Russia would be devastating if "
        "the jailed opposition leader Alexei Navalny died in prison."
    )
    got = triples(text, date="2021-06-17")
    assert any(t[0] in ("THREATEN", "ACCUSE") and t[1:3] == ("USA", "RUS") for t in got)


def test_lists_appositions_and_brackets_do_not_split_the_clause():
    text = (
        "Die USA kündigten das Atomabkommen mit Iran auf. "
        "In einer gemeinsamen Erklärung bedauerten Bundeskanzlerin Angela Merkel (CDU), der französische "
        "Präsident Emmanuel Macron und die britische Premierministerin Theresa May die Entscheidung."
    )
    sources = {t[1] for t in triples(text, date="2018-05-09", language="de") if t[0] == "ACCUSE"}
    assert sources == {"DEU", "FRA", "GBR"}


def test_travel_to_a_state_is_a_visit_and_an_envoy_is_a_contact():
    got = triples("Außenminister Sarif will nach Peking reisen.", date="2018-05-09", language="de")
    assert ("CONSULT", "IRN", "CHN", "planned") in got
    text = "Peking kündigte an, seinen Sonderbeauftragten Li Hui in die Ukraine zu entsenden."
    got = triples(text, date="2023-04-27", language="de")
    assert not any(t[0] == "AID" for t in got)


def test_who_was_called_and_at_whom_missiles_were_fired():
    got = triples("Trump also called Ukrainian President Volodymyr Zelensky.", date="2025-03-17")
    assert any(t[0] == "CONSULT" and {t[1], t[2]} == {"USA", "UKR"} for t in got)
    got = triples("Iran fired missiles at Israel on Saturday.")
    assert ("ASSAULT", "IRN", "ISR", "asserted") in got


def test_shooting_down_names_shooter_and_target_in_both_languages():
    got = triples(
        "Ein US-Kampfjet schoss den chinesischen Ballon am Samstag vor der Küste ab.", language="de"
    )
    assert ("ASSAULT", "USA", "CHN", "asserted") in got
    got = triples("A US fighter jet shot down the Chinese balloon off the coast on Saturday.")
    assert ("ASSAULT", "USA", "CHN", "asserted") in got


def test_members_of_an_organisation_and_armed_groups():
    assert ("ACCUSE", "NATO", None, "asserted") in triples(
        "Die Nato-Staaten verurteilten den Angriff scharf.", language="de"
    )
    got = triples(
        "Wagner fighters seized the military headquarters in Rostov on Saturday.", date="2023-06-25"
    )
    assert any(t[0] == "COERCE" and t[1] == "RUS" for t in got)


def test_an_attack_the_news_is_told_from_is_no_event_unless_dated():
    got = triples("Seit dem Angriff hat Scholz Kiew zweimal besucht.", date="2023-06-25", language="de")
    assert not any(t[0] == "ASSAULT" for t in got)
    undated = "Nach dem israelischen Angriff auf das Konsulat drohte Iran mit Vergeltung."
    assert not any(t[0] == "ASSAULT" for t in triples(undated, language="de"))
    dated = "Nach dem israelischen Angriff vom 1. April auf das Konsulat drohte Iran mit Vergeltung."
    assert any(t[0] == "ASSAULT" and t[1] == "ISR" for t in triples(dated, language="de"))


def test_naming_an_act_accuses_and_a_veto_rejects():
    text = "Russland griff am Sonntag ukrainische Marineboote an. Poroschenko sprach von einem Akt der Aggression."
    assert ("ACCUSE", "UKR", "RUS", "asserted") in triples(text, date="2018-11-26", language="de")
    text = "Russia annexed four regions of Ukraine. Biden called it a land grab."
    assert ("ACCUSE", "USA", "RUS", "asserted") in triples(text, date="2022-10-01")
    assert any(t[0] == "REJECT" and t[1] == "RUS" for t in triples(
        "Russland legte am Samstag sein Veto gegen die Resolution ein.", language="de"))  # fmt: skip
    # talking with someone about provocations is a conversation, not an accusation
    got = triples("Merkel sprach mit Putin über die Provokationen.", language="de")
    assert any(t[0] == "CONSULT" for t in got) and not any(t[0] == "ACCUSE" for t in got)


def test_a_capital_that_opens_the_sentence_places_the_institution_and_lists_are_targets():
    got = triples("In Tehran, the foreign ministry summoned the ambassadors of Britain, France and Germany.")
    assert {t[2] for t in got if t[0] == "ACCUSE" and t[1] == "IRN"} == {"GBR", "FRA", "DEU"}
    got = triples("In Moskau bestellte das Außenministerium den deutschen Botschafter ein.", language="de")
    assert ("ACCUSE", "RUS", "DEU", "asserted") in got


def test_the_possessor_of_an_english_subject_acts():
    got = triples("Iran's mission to the United Nations warned Israel of a far more severe response.")
    assert ("THREATEN", "IRN", "ISR", "asserted") in got


def test_a_fronted_dative_is_no_subject():
    got = triples(
        "Der Ukraine sagte der Kanzler weitere finanzielle Unterstützung zu.",
        date="2022-02-14",
        language="de",
    )
    assert any(t[1] == "DEU" and t[2] == "UKR" for t in got)
    assert not any(t[1] == "UKR" for t in got)


def test_both_sides_is_not_the_last_pair_named():
    text = (
        "Stoltenberg telefonierte am Montag mit Poroschenko. "
        "Auch die EU rief Russland auf, die Durchfahrt wieder freizugeben, und mahnte beide Seiten zur Zurückhaltung."
    )
    got = triples(text, date="2018-11-26", language="de")
    assert ("REQUEST", "EU", "RUS", "asserted") in got
    assert not any(t[0] == "REQUEST" and t[1] in ("NATO", "UKR") for t in got)


def test_wuerden_in_reported_speech_is_a_plan():
    text = (
        "Minsk und Moskau hatten stets versichert, die russischen Soldaten würden nach dem Manöver abziehen."
    )
    assert any(
        t[0] == "RETREAT" and t[3] == "planned" for t in triples(text, date="2022-02-20", language="de")
    )
    text = "Falls Moskau angreifen würde, würden die Sanktionen verschärft."
    assert not any(t[3] == "planned" for t in triples(text, date="2022-02-20", language="de"))


def test_a_fronted_phrase_belongs_to_the_clause_after_it():
    text = (
        "US Vice President Joe Biden was in Warsaw on Tuesday. After talks with Polish Prime Minister "
        "Donald Tusk, he warned that Moscow would face further sanctions."
    )
    got = triples(text, date="2014-03-19")
    assert any(t[0] == "CONSULT" and {t[1], t[2]} == {"USA", "POL"} for t in got)


def test_a_visit_that_names_only_the_place_goes_to_its_state():
    text = "Merkel und Macron hatten Ende April bei Besuchen in Washington noch versucht, Trump umzustimmen."
    got = triples(text, date="2018-05-09", language="de")
    assert any(t[0] == "CONSULT" and t[1] == "DEU" and t[2] == "USA" for t in got)
    text = (
        "Am Montag reist Scholz zu einem Besuch nach Moskau, bei dem auch ein Treffen mit Putin geplant ist."
    )
    consults = [t for t in triples(text, date="2022-02-14", language="de") if t[0] == "CONSULT"]
    assert {(t[1], t[2]) for t in consults} == {("DEU", "RUS")}


def test_a_list_with_titles_and_brackets_is_one_subject_and_an_undated_retelling_is_the_dated_visit():
    text = (
        "Am Samstag waren Bundeskanzler Friedrich Merz (CDU), der französische Präsident Emmanuel Macron und der "
        "polnische Regierungschef Donald Tusk nach Kiew gereist. "
        "In der Hauptstadt wurden die drei von Präsident Wolodymyr Selenskyj empfangen."
    )
    evs = [e for e in extract(text, published="2025-05-11", language="de") if e.event_type == "CONSULT"]
    visitors = {e.source.country if e.target.country == "UKR" else e.target.country for e in evs}
    assert visitors == {"DEU", "FRA", "POL"}
    # the reception is the visit told again: one event per visitor, dated Saturday, with both sentences as evidence
    assert len(evs) == 3 and all(e.date == "2025-05-10" and len(e.evidence) == 2 for e in evs)


def test_a_relative_clause_after_a_name_is_no_list():
    text = "Gastgeber war der türkische Außenminister Mevlüt Çavuşoğlu, der Lawrow und Kuleba empfing."
    got = triples(text, date="2022-03-10", language="de")
    assert ("CONSULT", "TUR", "RUS", "asserted") in got and ("CONSULT", "TUR", "UKR", "asserted") in got


def test_attack_without_named_target_is_aimed_at_the_articles_other_party():
    text = (
        "Russland und die Ukraine haben sich erneut gegenseitig Angriffe vorgeworfen. Die Ukraine meldete Schäden "
        "in Charkiw. Der ukrainische Präsident Selenskyj sprach von Terror. "
        "In der Nacht feuerte Russland erneut Raketen und Drohnen ab."
    )
    got = triples(text)
    assert ("ASSAULT", "RUS", "UKR", "asserted") in got
    assert not any(t[0] == "ASSAULT" and t[2] is None for t in got)


def test_an_implied_target_is_not_given_to_what_may_happen():
    text = (
        "Die Ukraine und Russland verhandeln in Istanbul. Kiew warnte, Russland könnte bald erneut Raketen "
        "abfeuern."
    )
    assert not any(t[0] == "ASSAULT" and t[2] == "UKR" and t[3] == "hypothetical" for t in triples(text))


def test_light_verb_takes_its_object_not_a_noun_under_a_preposition():
    got = triples("Die EU verhängte am Montag wegen des Krieges neue Sanktionen gegen Russland.")
    assert ("SANCTION", "EU", "RUS", "asserted") in got
    assert not any(t[0] == "ASSAULT" and t[1] == "EU" for t in got)


def test_speaking_with_each_other_is_a_meeting_of_the_group():
    assert ("CONSULT", "DEU", "FRA", "asserted") in triples(
        "Scholz und Macron sprachen am Montag miteinander."
    )
    assert ("CONSULT", "USA", "CHN", "asserted") in triples("Biden and Xi spoke to each other on Wednesday.")


def test_a_list_under_a_preposition_stays_under_it():
    # a heading without a subject names no source: the listed partners are all under "mit"
    assert triples("Telefonate mit Minsk, Astana und Ankara") == set()
    got = triples("Putin telefonierte mit Lukaschenko, Tokajew und Erdogan.")
    assert {t[2] for t in got if t[0] == "CONSULT"} == {"BLR", "KAZ", "TUR"}


def test_each_of_several_subjects_meets_the_partner():
    got = triples("Scholz, Macron und Biden sprachen mit Selenskyj.")
    assert {(t[1], t[2]) for t in got if t[0] == "CONSULT"} == {
        ("DEU", "UKR"),
        ("FRA", "UKR"),
        ("USA", "UKR"),
    }
    # two subjects who meet each other are one meeting
    assert triples("Scholz und Putin trafen sich in Moskau.") == {("CONSULT", "DEU", "RUS", "asserted")}


def test_a_denial_of_the_accusations_answers_the_one_accuser_however_far_back():
    text = (
        "Moldau wirft Russland vor, einen Umsturz geplant zu haben. Die Regierung in Chișinău berief eine "
        "Sondersitzung ein. Die Polizei verstärkte die Kontrollen an den Grenzübergängen. Mehrere Verdächtige "
        "wurden festgenommen. Die Ermittler werten Dokumente aus. Die Opposition forderte Aufklärung. "
        "Das russische Außenministerium wies die Anschuldigungen am Dienstag als völlig unbegründet zurück."
    )
    assert ("REJECT", "RUS", "MDA", "asserted") in triples(text)


def test_states_listed_after_a_destination_stay_destinations():
    text = "Die USA hatten angekündigt, etwa 3000 zusätzliche Soldaten nach Polen, Rumänien und Deutschland zu schicken."
    got = {(t[1], t[2]) for t in triples(text) if t[0] == "AID"}
    assert got == {("USA", "POL"), ("USA", "ROU"), ("USA", "DEU")}


def test_a_counted_group_takes_up_the_last_people_named_apart():
    text = (
        'Biden said Xi was a dictator. "Well, look, he is," Biden replied, explaining that Xi ran a communist '
        "country. The two leaders met on Wednesday at the Filoli estate."
    )
    # a meeting is symmetric: either may stand first
    meetings = {frozenset((s, t)) for kind, s, t, _ in triples(text) if kind == "CONSULT"}
    assert meetings == {frozenset(("USA", "CHN"))}


def test_naming_someone_something_is_no_phone_call():
    assert not any(t[0] == "CONSULT" for t in triples("Trump called Zelensky a dictator."))
    assert ("CONSULT", "USA", "UKR", "asserted") in triples("Trump also called Zelensky on Tuesday.")
    assert not any(t[0] == "REQUEST" for t in triples("Trump also called Zelensky on Tuesday."))


def test_nach_angaben_of_a_named_party_is_its_word_and_not_a_target():
    text = (
        "Biden telefonierte mit Scholz, Macron und Sunak. Die vier bekräftigten nach Angaben des Weißen Hauses "
        "ihre unerschütterliche Unterstützung für die Ukraine."
    )
    got = {t for t in triples(text) if t[0] == "SUPPORT"}
    assert {(t[1], t[2], t[3]) for t in got} == {(c, "UKR", "asserted") for c in ("USA", "DEU", "FRA", "GBR")}
    assert ("MOBILIZE", "RUS", None, "reported") in triples(
        "Nach Angaben aus Diplomatenkreisen soll Russland Truppen verlegt haben."
    )


def test_refusing_to_recognise_an_act_is_aimed_at_its_author():
    text = (
        "Russland hat die Krim annektiert. Die Nato werde die Annexion niemals anerkennen, sagte Stoltenberg."
    )
    assert ("REJECT", "NATO", "RUS", "asserted") in triples(text)
    # the annexation not told as such (the treaties were signed): its author is the party the events involve most
    text = (
        "Putin unterzeichnete am Freitag im Kreml die Verträge. Selenskyj warf Russland Landraub vor. "
        "Bundeskanzler Olaf Scholz schrieb, Deutschland werde die Scheinannexion nie anerkennen."
    )
    assert ("REJECT", "DEU", "RUS", "asserted") in triples(text, date="2022-10-01")
    # an accusation of an act whose author the text leaves open keeps no target
    text = "Russland wies die Vorwürfe zurück. Schwedens Regierungschefin Magdalena Andersson sprach von Sabotage."
    assert ("ACCUSE", "SWE", None, "asserted") in triples(text, date="2022-09-28")


def test_condemning_the_move_is_aimed_at_the_author_of_the_last_act():
    text = (
        "Putin announced on Tuesday that Moscow was suspending its participation in New START. "
        "Biden met Polish President Andrzej Duda in Warsaw. Biden later spoke to reporters. "
        "Officials would not say more. The sirens sounded across the city. Nobody commented. "
        "Secretary of State Antony Blinken called the move deeply unfortunate and irresponsible."
    )
    assert ("ACCUSE", "USA", "RUS", "asserted") in triples(text, date="2023-02-21")


def test_a_denial_of_a_claim_answers_whoever_spoke_of_the_denier_just_before():
    text = (
        "On Sunday, Blinken said the United States had information that China was considering providing "
        "lethal support to Russia, and warned that this would have serious consequences. "
        "China's foreign ministry rejected the claim on Monday."
    )
    assert ("REJECT", "CHN", "USA", "asserted") in triples(text, date="2023-02-21")
    # a claim a newspaper made is no event: the denial keeps no target
    text = (
        "Trump advised the Russian leader not to escalate the war in Ukraine. "
        "The Post also wrote that the Ukrainian government had been informed of the call in advance. "
        "Ukraine's foreign ministry rejected that claim as false."
    )
    assert ("REJECT", "UKR", None, "asserted") in triples(text, date="2024-11-11")


def test_der_with_an_adjective_in_e_is_a_subject_not_a_genitive():
    text = (
        "Den Ausschlag für die Kehrtwende gab nach offizieller Darstellung der belarussische Machthaber Alexander "
        "Lukaschenko. Er habe am Samstag den ganzen Tag über mit Prigoschin verhandelt, teilte sein Pressedienst mit."
    )
    assert ("CONSULT", "BLR", "RUS", "asserted") in triples(text, date="2023-06-25")


def test_whom_one_tells_is_the_addressee_of_the_statement_not_its_speaker():
    text = (
        "Secretary of State Antony Blinken postponed his trip to Beijing. He postponed it on Friday, telling "
        "China's top diplomat Wang Yi by phone that the balloon's presence was an irresponsible act."
    )
    got = triples(text, date="2023-02-06")
    assert ("ACCUSE", "USA", "CHN", "asserted") in got
    assert not any(source == "CHN" for _, source, _, _ in got)


def test_counterparts_from_an_organisation_are_its_members():
    text = "Außenminister Antony Blinken sprach mit seinen Kollegen aus der G7."
    assert triples(text, date="2023-06-24") == {("CONSULT", "USA", "G7", "asserted")}
    text = "Blinken spoke with his counterparts from the G7."
    assert triples(text, date="2023-06-24") == {("CONSULT", "USA", "G7", "asserted")}


def test_criticising_an_event_told_before_is_aimed_at_its_source():
    text = (
        "German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by phone on Friday. "
        "Zelensky criticised the call, saying it eased Putin's isolation."
    )
    assert ("ACCUSE", "UKR", "DEU", "asserted") in triples(text, date="2024-11-15")


def test_wrestling_with_parties_all_night_is_a_negotiation():
    text = (
        "Merkel und der französische Präsident François Hollande hatten die ganze Nacht über mit Kremlchef "
        "Wladimir Putin und dem ukrainischen Staatschef Petro Poroschenko gerungen."
    )
    assert {(s, t) for _, s, t, _ in triples(text, date="2015-02-12")} == {
        ("DEU", "RUS"),
        ("DEU", "UKR"),
        ("FRA", "RUS"),
        ("FRA", "UKR"),
    }
    assert triples("Die Regierung ringt mit den Folgen der Krise.", date="2015-02-12") == set()


def test_a_claim_in_reported_speech_accuses_and_its_denial_answers_it():
    text = (
        "Lukaschenko ließ Truppen an die Grenze verlegen. Ukrainische Drohnen hätten den Luftraum seines Landes "
        "verletzt, behauptete er. Kiew wies das zurück."
    )
    got = triples(text, date="2024-08-12")
    assert ("ACCUSE", "BLR", "UKR", "asserted") in got
    assert ("REJECT", "UKR", "BLR", "asserted") in got


def test_a_call_that_names_no_one_called_joins_the_calls_told_before():
    evs = extract(
        "Putin telefonierte am Samstag mit Lukaschenko und mit dem kasachischen Präsidenten Tokajew. "
        "Auch der türkische Präsident Recep Tayyip Erdoğan rief an.",
        published="2023-06-25",
    )
    calls = {(e.source.country, e.target.country) for e in evs if e.mode == "phone"}
    assert ("TUR", "RUS") in calls
    # with no call told before, "rief an" names no one
    assert extract("Der türkische Präsident Erdoğan rief an.", published="2023-06-25") == []


def test_a_states_own_authorities_deal_with_its_people_not_with_the_party_just_told():
    # the USA's dealings with Yemen are no reason to aim an arrest by Yemen's authorities at the USA
    text = (
        "The United States has sent top officials to Yemen. "
        "Authorities arrested Tawakkol Karman over the weekend."
    )
    got = triples(text, date="2011-01-24", language="en")
    assert ("AID", "USA", "YEM", "asserted") in got
    assert ("COERCE", "YEM", "YEM", "asserted") in got
    assert not [t for t in got if t[0] == "COERCE" and t[2] == "USA"]
    # whom a state detained abroad is still aimed at from the events told ("the fishermen it had detained")
    got = triples("China sent back the Taiwanese fishermen it had detained near Kinmen.", language="en")
    assert ("COERCE", "CHN", "TWN", "asserted") in got


def test_showing_ones_papers_expels_no_one():
    text = "Die Polizisten in Ankara hätten sich nicht ausgewiesen, sagte der Anwalt."
    assert triples(text, language="de") == set()
    assert ("SANCTION", "DEU", "RUS", "asserted") in triples(
        "Deutschland wies zwei russische Diplomaten aus.", language="de"
    )


def test_we_in_a_quotation_is_the_speakers_side():
    text = 'State Department spokesman P.J. Crowley said: "We continue to urge Egyptian authorities to show restraint."'
    assert triples(text, date="2011-01-28", language="en") == {("REQUEST", "USA", "EGY", "asserted")}


def test_a_group_taken_up_again_stays_in_reach():
    text = (
        "Nach seinem Krisengespräch mit Wladimir Putin ist der französische Präsident Emmanuel Macron am Dienstag "
        "in Kiew eingetroffen. Auf dem Flug sagte er Journalisten, es werde keine Eskalation geben. "
        "Die beiden Präsidenten hatten am Montag mehr als fünf Stunden im Kreml miteinander gesprochen. "
        "Putin nannte einige Vorschläge seines Gastes danach realistisch. "
        "Nach Macrons Rückkehr aus Kiew wollen die beiden erneut miteinander telefonieren."
    )
    evs = extract(text, published="2022-02-08", language="de")
    calls = [e for e in evs if e.event_type == "CONSULT" and e.mode == "phone"]
    assert [(c.source.country, c.target.country, c.modality) for c in calls] == [("FRA", "RUS", "planned")]


def test_a_planned_call_is_not_the_advisers_meeting_on_another_day():
    text = (
        "Nach Macrons Rückkehr wollen Macron und Putin erneut miteinander telefonieren. "
        "Berater aus Deutschland, Frankreich, Russland und der Ukraine sollen am Donnerstag in Berlin im "
        "sogenannten Normandie-Format weiterverhandeln."
    )
    evs = extract(text, published="2022-02-08", language="de")
    evs = [
        e for e in evs if e.event_type == "CONSULT" and {e.source.country, e.target.country} == {"FRA", "RUS"}
    ]
    assert {(e.mode, e.date, e.modality) for e in evs} == {("phone", "2022-02-08", "planned"),
                                                           (None, "2022-02-10", "planned")}  # fmt: skip


def test_a_denial_of_absurd_accusations_answers_the_accuser():
    text = (
        "Ministerpräsident Andrej Babiš sprach von einem begründeten Verdacht, dass GRU-Offiziere an den "
        "Explosionen beteiligt waren. "
        "Unter diesen Namen waren 2018 auch die Verdächtigen im Fall Skripal bekannt geworden, für den London den "
        "GRU verantwortlich macht. "
        "Moskau spricht von absurden Vorwürfen."
    )
    got = triples(text, date="2021-04-19", language="de")
    # the relative clause's subject is London, not the object of "für den"
    assert ("ACCUSE", "GBR", "RUS", "asserted") in got
    # London's accusation of 2018, told in a relative clause, is not what Moscow answers
    assert ("REJECT", "RUS", "CZE", "asserted") in got
    assert not [t for t in got if t[0] == "ACCUSE" and t[1] == "RUS"]


def test_it_takes_up_the_organisation_the_speaker_named_as_a_subject():
    text = (
        "Rubio said that the European Union would have to be at the table because it had imposed sanctions "
        "on Russia."
    )
    got = triples(text, date="2025-02-18", language="en")
    assert {t[:3] for t in got if t[0] == "SANCTION"} == {("SANCTION", "EU", "RUS")}
    # an object before "it" is not taken up: the warner threatens
    text = "Iran's mission to the United Nations warned Israel of a more severe response if it retaliated."
    assert {t[:3] for t in triples(text, language="en")} == {("THREATEN", "IRN", "ISR")}


def test_criticising_an_exercise_aims_at_those_who_held_it():
    text = (
        "Pjöngjang hatte im Jänner den Start einer Langstreckenrakete bekanntgegeben. "
        "Kim Jong-un reagierte damit auf ein militärisches Großmanöver der USA und Südkoreas. "
        "Auch China kritisierte die Militärübung, an der 300.000 Soldaten aus Südkorea teilnehmen."
    )
    got = triples(text, date="2016-03-16", language="de")
    accused = {t[2] for t in got if t[0] == "ACCUSE" and t[1] == "CHN"}
    assert accused and accused <= {"USA", "KOR"}


def test_a_meetings_partner_is_not_whom_the_next_sanction_is_aimed_at():
    text = (
        "German Chancellor Olaf Scholz had met Netanyahu in Israel on Tuesday. Israel has since pounded Gaza with "
        "air strikes and cut off supplies of food, fuel and electricity to the territory of 2.3 million people."
    )
    cut = first_event("SANCTION", text, "2023-10-18", "en")
    assert cut.source.country == "ISR" and cut.target.country != "DEU"


def test_a_measure_taken_too_answers_the_same_measure_of_another_party():
    text = (
        "Berlin warnt vor weniger Sicherheit in Europa. Russland setzt den Vertrag ebenfalls aus. "
        "Die USA hatten ihre Teilnahme an dem Vertrag am Freitag ausgesetzt."
    )
    got = {(t, s, g) for t, s, g, _ in triples(text, date="2019-02-02", language="de") if t == "SANCTION"}
    assert got == {("SANCTION", "RUS", "USA"), ("SANCTION", "USA", "RUS")}


def test_aid_goes_to_who_needs_it_not_to_whom_the_giver_praised_or_met_earlier():
    text = (
        "Pistorius hatte am Donnerstag seinen US-Kollegen Lloyd Austin in Berlin empfangen. "
        "Austin nannte Deutschland einen verlässlichen Verbündeten. "
        "Washington hatte am Donnerstag ein weiteres Paket über 2,5 Milliarden Dollar angekündigt. "
        "Dänemark sagte der Ukraine 19 Haubitzen zu."
    )
    got = triples(text, date="2023-01-20", language="de")
    assert ("SUPPORT", "USA", "DEU", "asserted") in got
    aid = {t for t in got if t[0] == "AID"}
    assert ("AID", "DNK", "UKR", "asserted") in aid
    assert not any(t[2] == "DEU" for t in aid)


def test_aid_announced_at_a_visit_goes_to_the_host():
    text = (
        "Biden arrived in Kyiv on Monday. He was received by President Volodymyr Zelensky at the Mariinsky Palace. "
        "Biden announced a further $500 million in military aid."
    )
    got = triples(text, date="2023-02-21")
    assert ("AID", "USA", "UKR", "planned") in got or ("AID", "USA", "UKR", "asserted") in got


def test_aid_does_not_go_to_a_partner_one_is_only_to_meet():
    text = (
        "Olaf Scholz is scheduled to meet Joe Biden in Washington on Feb. 7. "
        "Berlin offered 5,000 military helmets on Wednesday."
    )
    assert not any(t[0] == "AID" and t[2] == "USA" for t in triples(text, date="2022-01-27"))


def test_the_body_opening_after_a_teaser_dates_the_news():
    text = (
        "Selenskyj erstmals in Berlin\nTestblatt\nErstmals seit Beginn des Krieges ist Selenskyj nach Deutschland "
        "gereist. In Berlin traf er Steinmeier und Scholz.\n\nBerlin – Unter strengsten Sicherheitsvorkehrungen ist "
        "Selenskyj am Sonntag in Berlin eingetroffen. Scholz sicherte der Ukraine weitere Unterstützung zu.\n"
    )
    support = first_event("SUPPORT", text, "2023-05-15", "de")
    assert (support.source.country, support.target.country, support.date) == ("DEU", "UKR", "2023-05-14")


def test_a_day_in_a_relative_clause_of_the_body_opening_is_not_the_news_day():
    text = (
        "Raketeneinschlag in Polen\nTestblatt\nZwei Tote in einem Dorf an der Grenze. Die Verantwortung sehen sie in "
        "Moskau.\n\nDie Rakete, die am Dienstagnachmittag im ostpolnischen Przewodów zwei Männer getötet hat, stammte "
        "wohl aus der Ukraine. Polen bestellte den russischen Botschafter ein.\n"
    )
    summons = first_event("ACCUSE", text, "2022-11-16", "de")
    assert summons.date == "2022-11-16"


def test_a_time_of_day_alone_gives_no_news_day():
    text = (
        "Selenskyj reist weiter\nTestblatt\nAm Abend ging es für Selenskyj weiter nach Paris.\n\n"
        "Berlin – Selenskyj ist am Sonntag in Berlin eingetroffen. Scholz sicherte der Ukraine weitere "
        "Unterstützung zu.\n"
    )
    support = first_event("SUPPORT", text, "2023-05-15", "de")
    assert support.date == "2023-05-14"


def test_a_day_in_an_english_relative_clause_of_the_body_opening_is_not_the_news_day():
    text = (
        "Missile hits Polish village\nTest Post\nTwo men were killed in a village near the border.\n\n"
        "The missile, which struck the village on Tuesday, was probably Ukrainian. "
        "Poland summoned the Russian ambassador.\n"
    )
    evs = extract(text, published="2022-11-16", language="en")
    assert {e.date for e in evs if e.source is not None and e.source.country == "POL"} == {"2022-11-16"}


def test_a_mission_to_an_organisation_accuses_whom_the_verb_names():
    # "bei der EU" places the mission; the dative after the verb is whom it accuses
    text = "Die chinesische Vertretung bei der EU warf der Nato am Dienstag vor, Chinas Entwicklung zu verleumden."
    assert ("ACCUSE", "CHN", "NATO", "asserted") in triples(text, language="de", date="2021-06-15")
    text = "China's embassy to the EU on Tuesday accused NATO of slandering China's peaceful development."
    assert ("ACCUSE", "CHN", "NATO", "asserted") in triples(text, language="en", date="2021-06-15")


def test_he_in_a_clause_on_someones_deed_is_that_someone_and_visiting_refugees_is_no_visit():
    text = (
        'Peskov had said earlier on Saturday that Biden\'s personal insults, after he called Putin "a butcher" '
        "while visiting refugees at Warsaw's national stadium, were narrowing the window for repairing relations."
    )
    got = triples(text, language="en", date="2022-03-27")
    assert ("ACCUSE", "USA", "RUS", "asserted") in got
    assert not {t for t in got if t[0] == "CONSULT"}


def test_a_demand_by_another_person_is_not_made_of_whom_a_colleague_met():
    text = (
        "Estlands Regierungschef Kristen Michal beriet mit seinem finnischen Kollegen Petteri Orpo über den Schutz "
        "der Leitungen. Sein Außenminister Margus Tsahkna forderte, die gesamte Schattenflotte unter EU-Sanktionen "
        "zu stellen. Estland schickte ein Marineschiff zur noch intakten Verbindung Estlink 1."
    )
    evs = extract(text, language="de", published="2024-12-30")
    assert not [e for e in evs if e.event_type == "REQUEST" and e.target and e.target.name == "Petteri Orpo"]
    # a navy ship sent is a show of force, not aid for the Finnish prime minister
    (sent,) = [e for e in evs if "Marineschiff" in e.evidence[0].sentence]
    assert (sent.event_type, sent.source.country) == ("MOBILIZE", "EST")


def test_a_ship_held_is_property_seized_not_an_arrest_at_home():
    text = "Iran seized a British-flagged tanker in the Strait of Hormuz on Friday."
    e = first_event("COERCE", text, "2019-07-20", "en")
    assert (e.mode, e.cameo, e.source.country, e.target.country) == ("seize", "171", "IRN", "GBR")
    text = "Finnische Behörden haben einen russischen Öltanker festgesetzt."
    e = first_event("COERCE", text, "2024-12-28", "de")
    assert (e.mode, e.source.country, e.target.country) == ("seize", "FIN", "RUS")


def test_the_guests_and_the_europeans_take_up_the_leaders_named_before():
    text = (
        "Friedrich Merz, Emmanuel Macron, Keir Starmer und Donald Tusk sind gemeinsam nach Kiew gereist. "
        "Nach ihren Beratungen forderten die Gäste Russland auf, einer Waffenruhe zuzustimmen. "
        "Noch aus Kiew telefonierten die Europäer mit US-Präsident Donald Trump."
    )
    got = triples(text, language="de", date="2025-05-10")
    assert ("REQUEST", "FRA", "RUS", "asserted") in got
    assert not {t for t in got if t[0] == "REQUEST" and t[1] == "RUS"}  # (Russia is asked, it asks no one)
    assert ("CONSULT", "DEU", "USA", "asserted") in got or ("CONSULT", "USA", "DEU", "asserted") in got


def test_a_counted_group_no_one_named_is_no_object_turned_subject():
    # a title before the leaders are named: whoever sets the ultimatum, it is not Moscow
    got = triples("Vier Europäer in Kiew stellen Moskau ein Ultimatum", language="de", date="2025-05-10")
    assert not {t for t in got if t[1] == "RUS"}


def test_the_ministry_takes_up_the_ministry_named_before():
    text = (
        "Russia's foreign ministry summoned the U.S. ambassador on Thursday. "
        "The ministry also said it would expel five Polish diplomats after Warsaw ordered three Russian "
        "diplomats to leave."
    )
    got = triples(text, language="en", date="2021-04-16")
    assert ("SANCTION", "RUS", "POL", "planned") in got
    # what Warsaw did before is told as done, not under the "would" of the clause it explains
    assert ("SANCTION", "POL", "RUS", "asserted") in got
    text = (
        "Das russische Außenministerium bestellte den US-Botschafter ein. "
        "Das Ministerium kündigte zudem an, fünf polnische Diplomaten auszuweisen."
    )
    got = triples(text, language="de", date="2021-04-16")
    assert ("SANCTION", "RUS", "POL", "planned") in got
    assert not {t for t in got if t[1] == "POL"}


def test_they_after_a_speaking_bloc_is_the_bloc_and_es_the_speaking_ministry():
    text = (
        "Together with the European Union, Britain, Canada and Australia, it also sanctioned eight people. "
        "NATO allies said in a statement they stood in solidarity with the United States."
    )
    got = triples(text, language="en", date="2021-04-16")
    assert {t for t in got if t[0] == "SUPPORT"} == {("SUPPORT", "NATO", "USA", "asserted")}
    text = (
        "Während Josep Borrell am Freitag mit Sergej Lawrow verhandelte, teilte das russische Außenministerium mit, "
        "es habe je einen Mitarbeiter der deutschen, der polnischen und der schwedischen Vertretung zur "
        "„unerwünschten Person“ erklärt."
    )
    got = triples(text, language="de", date="2021-02-06")
    # one diplomat of each of the three missions, expelled by Russia (not by Borrell, not a ban of a group)
    assert {t[2] for t in got if t[:2] == ("SANCTION", "RUS")} == {"DEU", "POL", "SWE"}
    assert not {t for t in got if t[0] == "SANCTION" and t[1] != "RUS"}


def test_her_after_a_call_and_intimidation_by_a_state():
    text = (
        "Frankreichs Präsident Emmanuel Macron telefonierte mit Sandu und sicherte ihr die Unterstützung zu."
    )
    assert ("SUPPORT", "FRA", "MDA", "asserted") in triples(text, language="de", date="2024-10-21")
    # "durch Russland" after a noun of an act names who acts, not a place passed through
    text = (
        "EU-Kommissionssprecher Peter Stano sagte, die Abstimmung habe unter „beispielloser Einmischung und "
        "Einschüchterung“ durch Russland stattgefunden."
    )
    assert ("ACCUSE", "EU", "RUS", "asserted") in triples(text, language="de", date="2024-10-21")
    text = "Merkel condemned the annexation of Crimea by Russia."
    assert ("COERCE", "RUS", "UKR", "asserted") in triples(text, language="en", date="2014-03-20")


def test_a_partner_the_parser_hangs_on_the_next_name_is_a_partner_too():
    text = (
        "At a summit with Rouhani and Turkish President Tayyip Erdogan in Ankara on Monday, Russian President "
        "Vladimir Putin called for calm."
    )
    got = triples(text, language="en", date="2019-09-17")
    assert {t[2] for t in got if t[:2] == ("CONSULT", "RUS")} == {"IRN", "TUR"}


def test_an_unnamed_ministry_is_the_ministry_of_the_minister_named_before():
    text = (
        "MOSCOW – Russia will expel 10 U.S. diplomats, Foreign Minister Sergei Lavrov said on Friday. "
        "Among those barred is John Bolton, the foreign ministry said. "
        "The ministry also said it would expel five Polish diplomats."
    )
    assert ("SANCTION", "RUS", "POL", "planned") in triples(text, date="2021-04-16", language="en")
    text = "Außenminister Lawrow sagte am Freitag etwas. Das Außenministerium kündigte an, fünf polnische Diplomaten auszuweisen."
    assert ("SANCTION", "RUS", "POL", "planned") in triples(text, date="2021-04-16", language="de")


def test_it_as_a_main_subject_takes_up_the_state_of_the_sentence_before_and_companions_act_with_it():
    text = (
        "For the first time, Washington formally named Russia's foreign intelligence service, the SVR, as the "
        "perpetrator of the SolarWinds hack. Together with the European Union, Britain, Canada and Australia, it "
        "also sanctioned eight people and entities linked to Russia's occupation of Crimea."
    )
    got = triples(text, date="2021-04-16", language="en")
    assert ("SANCTION", "USA", "RUS", "asserted") in got
    assert ("SANCTION", "EU", "RUS", "asserted") in got
    # those who act together are not each other's target, nor do they occupy Crimea
    assert not any(t[1] in ("USA", "EU") and t[2] in ("USA", "EU") for t in got)
    assert not any(t[0] == "COERCE" for t in got)


def test_aid_after_a_call_goes_to_the_one_called():
    text = (
        "President Joe Biden announced a further 800 million dollars in military aid on Wednesday after a phone "
        "call with President Volodymyr Zelensky."
    )
    assert ("AID", "USA", "UKR", "planned") in triples(text, date="2022-04-15", language="en")


def test_a_decision_to_deliver_arms_is_what_a_condemnation_of_the_decision_aims_at():
    text = (
        "Deutschland liefert der Ukraine Panzer. "
        "Russlands Botschafter in Berlin, Sergej Netschajew, nannte die Entscheidung „extrem gefährlich“."
    )
    got = triples(text, date="2023-01-26", language="de")
    assert ("ACCUSE", "RUS", "DEU", "asserted") in got
    # the name set off after the title is the ambassador himself, not whom he blames
    assert not any(t[0] == "ACCUSE" and t[2] == "RUS" for t in got)
