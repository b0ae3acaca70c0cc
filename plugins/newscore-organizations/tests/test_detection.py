"""One behaviour per test: detection, repair, filtering, merging, typing."""

from __future__ import annotations

import pytest

from newscore_organizations.acronyms import abbreviates, find_definitions, initials
from newscore_organizations.catalog import load_catalog
from newscore_organizations.vocabulary import ORGANIZATION_TYPES


def mentions_of(found, name):
    return [m.text for m in found[name].mentions]


def test_bracketed_acronym_definition_splits_the_span(organizations):
    found, _ = organizations("Delegates met at the Eurasian Fisheries Council (EFC) on Monday. The EFC said quotas would fall.")
    entity = found["Eurasian Fisheries Council"]
    assert mentions_of(found, "Eurasian Fisheries Council") == ["Eurasian Fisheries Council", "EFC", "EFC"]
    assert entity.acronym == "EFC"


def test_apposition_acronym_definition(organizations):
    found, _ = organizations("Farmers joined the NFWU, the National Farm Workers Union, in the protest. NFWU leaders spoke.")
    assert "National Farm Workers Union" in found
    assert mentions_of(found, "National Farm Workers Union").count("NFWU") == 2


def test_listed_acronym_merges_with_its_long_form(organizations):
    found, _ = organizations("The International Monetary Fund cut its forecast. The IMF said growth would slow.")
    assert set(mentions_of(found, "International Monetary Fund")) == {"International Monetary Fund", "IMF"}


def test_article_and_possessive_are_dropped(organizations):
    found, _ = organizations("Analysts said the Wagner Group’s finances were unclear. Wagner's fighters left Mali.")
    assert mentions_of(found, "Wagner Group") == ["Wagner Group", "Wagner"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Shares of Norvik Holdings Ltd rose 4% in Oslo on Friday.", "Norvik Holdings Ltd", "company"),
        ("The Ministry of Fisheries said catches were down by a third.", "Ministry of Fisheries", "government"),
        ("Voters backed the Progressive Farmers Party in the north.", "Progressive Farmers Party", "political_party"),
        ("Researchers at the University of Kelowna published the study.", "University of Kelowna", "other"),
        ("The shares of Brandtmeier GmbH were suspended after the audit.", "Brandtmeier GmbH", "company"),
    ],
)
def test_patterns_add_names_spacy_may_miss(organizations, text, name, kind):
    found, _ = organizations(text)
    assert name in found
    assert found[name].type == kind


def test_company_with_and_without_legal_form_is_one_entity(organizations):
    found, _ = organizations("Norvik Holdings Ltd reported a loss. Norvik Holdings said sales fell.")
    assert len([e for e in found.values() if "Norvik" in e.name]) == 1


def test_city_named_club_needs_a_sports_context(organizations):
    sport, _ = organizations("Chelsea beat Everton 2-1 on Saturday, and the coach praised the squad after the match.")
    assert "Chelsea F.C." in sport and sport["Chelsea F.C."].type == "sports_club"
    place, _ = organizations("Chelsea is a wealthy district of west London with expensive houses.")
    assert "Chelsea F.C." not in place


def test_listed_names_are_typed_and_canonical(organizations):
    found, _ = organizations("Reuters reported that NATO and the EU would meet. Goldman Sachs declined to comment.")
    assert found["Reuters"].type == "media"
    assert found["North Atlantic Treaty Organization"].acronym == "NATO"
    assert found["European Union"].type == "international"
    assert found["Goldman Sachs"].type == "company"


def test_listed_name_inside_a_person_name_is_not_an_organisation(organizations):
    found, _ = organizations("The actor Harrison Ford arrived in Cannes on Tuesday.")
    assert "Ford Motor Company" not in found


def test_source_line_is_a_media_organisation(organizations):
    found, _ = organizations("The minister resigned on Friday.\n\nSource: Kestrel Daily News")
    assert found["Kestrel Daily News"].type == "media"


def test_person_tagged_org_becomes_a_person(pipeline):
    analysis = pipeline.analyze("Mining group boss Yevgeny Prigozhin flew to Minsk. Prigozhin met officials there.")
    orgs = {m.text for e in analysis.entities_of("organization") for m in e.mentions}
    assert "Yevgeny Prigozhin" not in orgs
    assert any("Prigozhin" in e.name for e in analysis.entities_of("person"))


def test_common_word_spacy_tags_org_is_dropped(organizations):
    found, _ = organizations("Defence spending rose. Ministers said defence matters most to the Fatherland.")
    assert "Defence" not in found and "Fatherland" not in found


def test_abbreviation_rules():
    assert abbreviates("SCO", "Shanghai Cooperation Organisation")
    assert abbreviates("NASA", "National Aeronautics and Space Administration")
    assert not abbreviates("SCO", "Wagner Group")
    assert initials("Bank of England") == "BE"


def test_definitions_give_exact_offsets():
    text = "the North Atlantic Treaty Organization (NATO) said"
    (definition,) = find_definitions(text)
    assert text[definition.long_start : definition.long_end] == "North Atlantic Treaty Organization"
    assert text[definition.short_start : definition.short_end] == "NATO"


def test_catalog_is_valid_and_unique():
    catalog = load_catalog()
    assert len(catalog) > 500
    names = [record.name for record in catalog.records]
    assert len(names) == len(set(names))
    assert {record.type for record in catalog.records} <= set(ORGANIZATION_TYPES)
    assert catalog.lookup("Aljazeera").name == "Al Jazeera"
    assert catalog.lookup("the Kremlin").name == "Kremlin"


def test_a_foundations_short_form_is_not_the_person_it_is_named_after(nlp):
    from spacy.tokens import Span as SpacySpan

    from newscore import Article
    from newscore_organizations import OrganizationExtractor

    text = "The Andy Warhol Foundation gave 90 prints. Andy Warhol took them in 1977."
    doc = nlp(text)
    person = doc.char_span(text.rindex("Andy Warhol"), text.rindex("Andy Warhol") + len("Andy Warhol"))
    foundation = doc.char_span(text.index("Andy"), text.index(" gave"))
    doc.ents = [SpacySpan(doc, foundation.start, foundation.end, "ORG"), SpacySpan(doc, person.start, person.end, "PERSON")]
    found = OrganizationExtractor().extract(article=Article(text=text), doc=doc, entities=(), quotes=())
    mentions = {m.text for e in found if e.kind == "organization" for m in e.mentions}
    assert "Andy Warhol Foundation" in mentions
    assert "Andy Warhol" not in mentions


def _all_mentions(analysis, kind):
    return [m.text for e in analysis.entities_of(kind) for m in e.mentions if m.form != "embedded"]


def _organisation_names(organizations, text):
    """The text of every organisation mention found in ``text``, entity by entity."""
    _, analysis = organizations(text)
    return _all_mentions(analysis, "organization")


@pytest.mark.parametrize(
    "name",
    [
        "Department of Transport and Regional Planning",
        "Ghana Union of Mine and Quarry Workers",
        "Ministry of Agriculture, Fisheries and Food",
        "Scotland and Ireland Rugby Board",
        "Competition and Markets Authority",
        "National Authority for Emergency and Civil Protection",
    ],
)
def test_long_names_are_kept_whole(organizations, name):
    found, _ = organizations(f"On Monday the {name} said it would review the plan.")
    assert name in found


def test_an_acronym_s_long_form_takes_every_word_that_gives_a_letter(organizations):
    found, _ = organizations("The Ghanaian National Cocoa Board Limited (GNCB) raised prices. GNCB said farmers would gain.")
    assert mentions_of(found, "Ghanaian National Cocoa Board Limited") == ["Ghanaian National Cocoa Board Limited", "GNCB", "GNCB"]


def test_a_role_noun_before_a_name_makes_it_a_body(organizations):
    found, _ = organizations("The watchdog Ofgem said bills would rise, and the lender Monzo cut its rates.")
    assert {"Ofgem", "Monzo"} <= set(found)


def test_no_scores_times_or_surnames_as_organisations(organizations):
    text = (
        "Wolves beat Fulham 3-1 on Saturday. Fire officer Marta Silva told reporters the stand was safe. "
        "Silva said fans behaved well. Harlow Textiles Group on Thursday cut 200 jobs."
    )
    found, analysis = organizations(text)
    names = _all_mentions(analysis, "organization")
    assert not any(any(ch.isdigit() for ch in name) for name in names)
    assert "Harlow Textiles Group" in found and not any("Thursday" in name for name in names)
    assert "Silva" not in names
    assert _all_mentions(analysis, "person") == ["Marta Silva", "Silva"]


def test_a_headline_word_and_a_company_s_first_word_join_the_body_the_article_names(organizations):
    text = "Commission delays port decision\nThe Harbour Planning Commission on Friday delayed its ruling. Brightwater Shipping Ltd said it was disappointed. Brightwater had asked for a quick decision."
    found, _ = organizations(text)
    assert mentions_of(found, "Harbour Planning Commission") == ["Commission", "Harbour Planning Commission"]
    assert mentions_of(found, "Brightwater Shipping Ltd") == ["Brightwater Shipping Ltd", "Brightwater"]


def test_a_dateline_in_capitals_is_a_place_not_an_organisation(organizations):
    _, analysis = organizations("ADDIS ABABA — The African Union said on Sunday that talks would resume.")
    names = _all_mentions(analysis, "organization")
    assert "African Union" in names and "ADDIS ABABA" not in names


def test_a_person_after_a_role_word_and_their_middle_name_are_not_organisations(organizations):
    text = (
        "African Union Commission chairperson Moussa Faki Mahamat called for a ceasefire on Sunday. "
        "Faki said the rebels must withdraw."
    )
    names = _organisation_names(organizations, text)
    assert names == ["African Union Commission"]


def test_a_body_named_after_a_possessive_stands_apart_from_its_owner(organizations):
    found, _ = organizations("The shuttle will move from the Smithsonian's National Air and Space Museum next year.")
    assert "National Air and Space Museum" in found
    assert not any("'s" in name for name in found)


def test_an_adjective_before_a_common_noun_is_no_organisation(organizations):
    _, analysis = organizations("GAZA — The Palestinian health ministry said 40 people had been killed. Hamas denied it.")
    assert _all_mentions(analysis, "organization") == ["Hamas"]


def test_a_headline_head_word_joins_the_body_even_where_the_text_also_writes_it_in_lower_case(organizations):
    text = "Council approves new cycle lanes\nLeeds City Council approved the plans on Tuesday. The council's board voted seven to two."
    found, _ = organizations(text)
    assert mentions_of(found, "Leeds City Council") == ["Council", "Leeds City Council"]


def test_clubs_named_by_a_place_are_found_from_what_they_do_in_a_sports_report(organizations):
    text = (
        "Collingwood beat Brisbane by four points in the grand final on Saturday. "
        "Collingwood coach Craig McRae said the win was for the club's fans and the league's best season."
    )
    found, _ = organizations(text)
    assert mentions_of(found, "Collingwood") == ["Collingwood", "Collingwood"]
    assert found["Brisbane"].type == "sports_club"


def test_sides_in_a_results_list_and_a_standings_table_are_clubs(organizations):
    text = (
        "Results of English league soccer matches on Saturday:\n"
        "Hartlepool 2 Scunthorpe 1\nStandings:\nHartlepool 3 2 1 0 5 2 7\n"
    )
    assert sorted(_organisation_names(organizations, text)) == ["Hartlepool", "Hartlepool", "Scunthorpe"]


def test_a_national_side_stays_its_country(organizations):
    _, analysis = organizations("Sweden beat Belgium 2-0 in the World Cup on Monday. Sweden coach Janne Andersson praised the striker.")
    assert _all_mentions(analysis, "organization") == []


def test_a_capitalised_first_word_that_is_also_a_connector_is_kept(organizations):
    found, _ = organizations("According to the LA Weekly, the building was sold. The LA Weekly said so again on Monday.")
    assert mentions_of(found, "LA Weekly") == ["LA Weekly", "LA Weekly"]


def test_a_head_before_of_stands_for_the_body_but_what_follows_of_does_not(organizations):
    found, analysis = organizations(
        "The Church of England said on Monday that it would sell the building. The Church said England's bishops agreed."
    )
    assert mentions_of(found, "Church of England") == ["Church of England", "Church"]
    assert "England" not in _all_mentions(analysis, "organization")


def test_a_headline_in_capitals_names_only_the_bodies_the_article_names(organizations):
    text = (
        "SOCCER - LEEDS SIGN NORWEGIAN DEFENDER.\nLEEDS, England 1996-08-22\n"
        "Leeds United have signed a Norwegian defender from Nottingham Forest, the club said on Thursday. "
        "He will join Leeds next week."
    )
    _, analysis = organizations(text)
    mentions = sorted((m.start, m.text) for e in analysis.entities_of("organization") for m in e.mentions)
    assert mentions == [(text.index("LEEDS"), "LEEDS"), (text.index("Leeds United"), "Leeds United"),
                        (text.index("Nottingham"), "Nottingham Forest"), (text.rindex("Leeds"), "Leeds")]


def test_no_organisation_in_a_headline_and_dateline_of_a_results_list(organizations):
    text = (
        "TENNIS - RESULTS AT CANADIAN OPEN.\nTORONTO 1996-08-22\nResults from the Canadian Open tennis tournament on Thursday:\n"
        "Thomas Muster (Austria) beat Mark Philippoussis (Australia) 6-3 7-6"
    )
    assert _organisation_names(organizations, text) == []


def test_a_possessive_inside_a_party_s_name_is_kept(organizations):
    found, _ = organizations("Benazir Bhutto's Pakistan People's Party won a by-election in Lahore on Thursday.")
    assert "Pakistan People's Party" in found


def test_sides_on_a_cricket_scoreboard_are_clubs(organizations):
    text = (
        "Close of play scores in English county cricket matches on Friday:\n"
        "At Chester-le-Street: Glamorgan 259 and 91-4 v Durham 112.\nAt Leicester: Leicestershire 343 v Somerset 296."
    )
    assert sorted(_organisation_names(organizations, text)) == ["Durham", "Glamorgan", "Leicestershire", "Somerset"]


def test_a_press_release_wire_in_a_dateline_is_a_media_organisation(organizations):
    found, _ = organizations("BOSTON, March 3, 2025 /PRNewswire/ -- Brightline Logistics Inc. said today it had hired 200 staff.")
    assert found["PRNewswire"].type == "media"


def test_a_name_s_initials_join_it_before_and_after_it_is_given(organizations):
    text = (
        "Collingwood won the AFL grand final on Saturday. The Australian Football League said 100,000 fans attended, "
        "and the AFL will review the ticketing."
    )
    found, _ = organizations(text)
    assert mentions_of(found, "Australian Football League") == ["AFL", "Australian Football League", "AFL"]


def test_scorers_in_brackets_are_not_clubs_and_the_sides_around_them_are(organizations):
    text = (
        "Results of Dutch first division soccer matches on Saturday:\n"
        "Heerenveen 2 (Larsson 34, Van Gastel 78) Twente 1 (Kluivert 12)\nWillem II 0 Roda JC 0\n"
    )
    assert sorted(_organisation_names(organizations, text)) == ["Heerenveen", "Roda JC", "Twente", "Willem II"]


def test_a_standings_table_in_capitals_with_percentages_gives_clubs(organizations):
    text = (
        "Major league baseball standings after games played on Wednesday:\nW L PCT GB\n"
        "NEW YORK 74 57 .565 -\nBALTIMORE 69 62 .527 5\n"
    )
    assert sorted(_organisation_names(organizations, text)) == ["BALTIMORE", "NEW YORK"]


def test_an_election_race_is_no_sports_report(organizations):
    text = (
        "Donald Trump beat Marco Rubio in Nevada on Tuesday, a victory that gave him 14 points over his rival. "
        "Hillary wins if we nominate him, Cruz said. States won many of the battles in a 5-4 ruling."
    )
    assert _organisation_names(organizations, text) == []


def test_a_plural_owner_belongs_to_the_name_and_a_named_owner_does_not(organizations):
    text = (
        "The Eritrean People's Liberation Front met doctors from Women's College Hospital "
        "and Columbia's Graduate School of Journalism."
    )
    names = _organisation_names(organizations, text)
    assert "Eritrean People's Liberation Front" in names and "Women's College Hospital" in names
    assert "Graduate School of Journalism" in names


def test_a_title_case_headline_gives_no_organisation_the_body_does_not_name(organizations):
    text = (
        "A Meaningful Exchange Actually Happened Between Two Senators At The Debate\n"
        "The senators spoke for ten minutes on Tuesday.\n\nScott Olson via Getty Images.\n"
    )
    assert _organisation_names(organizations, text) == ["Getty Images"]


def test_a_person_s_title_after_a_body_s_name_is_not_part_of_it(organizations):
    _, analysis = organizations("The Harbour Planning Commission Spokesperson said so, and the Museum of Flight CEO agreed.")
    names = _all_mentions(analysis, "organization")
    assert "Harbour Planning Commission" in names and "Museum of Flight" in names


def test_a_ground_after_at_in_a_sports_report_is_no_club_but_a_club_there_is(organizations):
    text = (
        "Yorkshire beat Lancashire by six wickets at Headingley on Friday, and Collingwood beat Brisbane at the MCG. "
        "Lancashire coach Mark Chilton said his batting failed. Brisbane lost at Collingwood last season too."
    )
    names = _organisation_names(organizations, text)
    assert "Headingley" not in names and "MCG" not in names
    assert names.count("Collingwood") == 2


def test_a_title_that_also_ends_bodies_names_is_kept(organizations):
    found, _ = organizations("The Health and Safety Executive said on Monday that it would investigate the collapse.")
    assert "Health and Safety Executive" in found


def test_a_wire_in_a_dateline_s_brackets_is_a_media_organisation_and_the_place_is_not(organizations):
    text = "SAN FRANCISCO, March 4 (Business Wire) -- Brightline Logistics Inc said on Tuesday it had hired 200 staff."
    found, _ = organizations(text)
    assert found["Business Wire"].type == "media"


def test_a_place_in_title_case_before_a_date_and_an_agency_is_a_dateline(organizations):
    _, analysis = organizations("Pune, Apr 18 (PTI) Residents said the Pune Municipal Corporation had failed them.")
    starts = {m.start for e in analysis.entities_of("organization") for m in e.mentions}
    assert 0 not in starts


def test_a_firm_named_by_its_trade_goes_by_its_first_word(organizations):
    text = "Acme agreed on Tuesday to buy Vantage Sensors for $420 million in cash. Vantage, based in Austin, employs 300 people."
    found, _ = organizations(text)
    assert mentions_of(found, "Vantage Sensors") == ["Vantage Sensors", "Vantage"]


def test_source_lines_and_wire_datelines_are_found_on_every_line():
    from newscore_organizations.detection import source_lines

    text = (
        "Source: Reuters\nLONDON, May 2 (Business Wire) -- Shares rose.\nIt said: fine.\n"
        "Via: Al Jazeera.\nBOSTON, March 3, 2025 /PRNewswire/ -- More.\nSource: Acme"
    )
    found = [text[start:end] for start, end in source_lines(text, None)]
    assert sorted(found) == ["Acme", "Al Jazeera", "Business Wire", "PRNewswire", "Reuters"]


def test_a_force_named_after_an_officer_s_rank_and_name_starts_after_them(organizations):
    text = (
        "Detective Sergeant Kieran Walsh of Greater Manchester Police said on Sunday that two men had been "
        "arrested after the raid."
    )
    assert _organisation_names(organizations, text) == ["Greater Manchester Police"]


@pytest.mark.parametrize("name", ["Brooks Brothers", "Harlow Associates", "Meridian Research"])
def test_a_firm_s_head_word_types_it_a_company_not_a_person(organizations, name):
    found, analysis = organizations(f"{name} said on Wednesday its quarterly profit fell 12 percent.")
    assert found[name].type == "company"
    assert _all_mentions(analysis, "person") == []


def test_letters_in_a_wire_dateline_s_brackets_name_the_news_agency(organizations):
    found, _ = organizations(
        "NEW DELHI, Aug 26 (PTI) - The Bharatiya Janata Party on Monday demanded the resignation of the minister."
    )
    assert found["PTI"].type == "media"
    assert "Pakistan Tehreek-e-Insaf" not in found


def test_an_ambiguous_listed_acronym_names_its_body_only_where_the_article_names_it(organizations):
    alone, _ = organizations("Sanjay Dutt told PTI on Monday that he was fine.")
    assert "Pakistan Tehreek-e-Insaf" not in alone
    named, _ = organizations("Pakistan Tehreek-e-Insaf (PTI) leaders met. The PTI said Imran Khan would lead the march.")
    assert mentions_of(named, "Pakistan Tehreek-e-Insaf") == ["Pakistan Tehreek-e-Insaf", "PTI", "PTI"]


def test_a_single_result_line_with_scorers_names_both_sides(organizations):
    _, analysis = organizations("Manchester United 2 (Cantona 23, Giggs 67) Wimbledon 0")
    assert sorted(_all_mentions(analysis, "organization")) == ["Manchester United", "Wimbledon"]
    assert sorted(_all_mentions(analysis, "person")) == ["Cantona", "Giggs"]


def test_a_side_s_goals_are_no_part_of_its_name(organizations):
    text = "Results of English soccer matches on Saturday:\nNewcastle 0 Everton 2 (Stuart 12, Speed 40)\nArsenal 1 Chelsea 1"
    assert sorted(_organisation_names(organizations, text)) == ["Arsenal", "Chelsea", "Everton", "Newcastle"]
