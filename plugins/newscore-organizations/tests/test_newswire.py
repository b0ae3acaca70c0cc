"""Wire-style sports and business reports: clubs named by a town, results, scoreboards, venues,
tickers and names joined by "and" (one behaviour per test)."""

from __future__ import annotations

import pytest

from newscore_organizations.teams import tells_a_result
from newscore_organizations.venues import inside_a_venue, is_venue, venue_parts


def organisation_mentions(analysis):
    return sorted(m.text for e in analysis.entities_of("organization") for m in e.mentions)


def test_a_club_named_by_a_town_beside_a_listed_club_is_a_club(organizations):
    _, analysis = organizations("Tottenham beat Arsenal 2-1 on Sunday.")
    assert organisation_mentions(analysis) == ["Arsenal", "Tottenham"]
    assert not analysis.entities_of("person")


def test_a_town_is_a_club_only_in_a_sports_report(organizations):
    _, sports = organizations("Aston Villa beat Newcastle at Villa Park on Saturday.")
    _, news = organizations("Floods hit Newcastle on Saturday, and rail lines to Leeds were closed.")
    assert "Newcastle" in organisation_mentions(sports)
    assert organisation_mentions(news) == []


def test_venues_joined_by_and_are_no_organisation(organizations):
    _, analysis = organizations("The game was played at Barclays Center and Craven Cottage.")
    assert organisation_mentions(analysis) == []


@pytest.mark.parametrize(
    ("text", "name", "venue"),
    [
        ("They met at Craven Cottage on Sunday.", "Craven Cottage", True),
        ("The final was played at Barclays Center.", "Barclays Center", True),
        ("said an analyst at the Carnegie Moscow Center.", "Carnegie Moscow Center", False),
        ("Shares of Park fell.", "Park", False),
    ],
)
def test_is_venue(text, name, venue):
    start = text.index(name)
    assert is_venue(text, start, start + len(name)) is venue


def test_venue_parts_cut_after_a_venue_only():
    venues = "Barclays Center and Craven Cottage"
    body = "Test and County Cricket Board"
    assert [venues[s:e] for s, e in venue_parts(venues, 0, len(venues))] == ["Barclays Center", "Craven Cottage"]
    assert [body[s:e] for s, e in venue_parts(body, 0, len(body))] == [body]


def test_a_capitals_headline_word_joins_the_club_the_body_names(organizations):
    found, _ = organizations(
        "BASEBALL - DODGERS BEAT GIANTS.\nLOS ANGELES 1996-09-20\n"
        "Hideo Nomo pitched a two-hitter as the Los Angeles Dodgers beat the San Francisco Giants 5-0 on Friday."
    )
    assert [m.text for m in found["San Francisco Giants"].mentions] == ["GIANTS", "San Francisco Giants"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Barcelona went top of the league after a 3-0 win over Celta Vigo on Sunday.", "Celta Vigo"),
        ("Aston Villa drew 0-0 with Middlesbrough on Saturday.", "Middlesbrough"),
    ],
)
def test_the_other_side_of_a_result_after_a_preposition(organizations, side, text):
    _, analysis = organizations(text)
    assert side in organisation_mentions(analysis)


def test_a_cricket_scoreboard_line_names_its_sides_not_its_batsmen(organizations):
    _, analysis = organizations(
        "Close of play scores in English county championship matches on Friday:\n"
        "At Chester-le-Street: Durham 326 (J. Morris 89); Leicestershire 120-3.\n"
        "At Taunton: Somerset 410-8 declared v Yorkshire."
    )
    mentions = organisation_mentions(analysis)
    assert {"Durham", "Leicestershire", "Somerset", "Yorkshire"} <= set(mentions)
    assert not any("Morris" in m or "Chester" in m or "Taunton" in m for m in mentions)


def test_a_listed_name_joined_by_a_hyphen_stays_whole(organizations):
    _, analysis = organizations("IG Metall threatened strikes on Thursday after Daimler-Benz said it would cut sick pay.")
    assert "Daimler-Benz" in organisation_mentions(analysis)
    assert "Daimler" not in organisation_mentions(analysis)


def test_a_ticker_after_symbol_is_no_organisation(organizations):
    _, analysis = organizations("Netscape Communications Corp, which trades on Nasdaq under the symbol NSCP, rose 2-1/4.")
    assert "NSCP" not in organisation_mentions(analysis)
    assert "Netscape Communications Corp" in organisation_mentions(analysis)


def test_a_first_word_joined_by_and_stays_in_the_name(organizations):
    _, analysis = organizations(
        "The Test and County Cricket Board confirmed the match. Economists at the Bundesbank and Deutsche Bank agreed."
    )
    mentions = organisation_mentions(analysis)
    assert "Test and County Cricket Board" in mentions
    assert {"Bundesbank", "Deutsche Bank"} <= set(mentions)



@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The final was played at Barclays Center on Sunday.", True),
        ("Staff left Goldman Sachs Park Avenue offices.", False),  # a street goes on: "Park" ends no venue
        ("Barclays said on Thursday its profit fell.", False),
    ],
)
def test_inside_a_venue(text, inside):
    name = "Barclays" if "Barclays" in text else "Goldman Sachs"
    start = text.index(name)
    assert inside_a_venue(text, start, start + len(name)) is inside


def test_the_firm_after_a_market_worker_and_at(organizations):
    found, _ = organizations("Shares fell 2 percent, said John Casesa, an analyst at Schroder Wertheim in New York.")
    assert found["Schroder Wertheim"].type == "company"


def test_a_place_after_a_market_worker_is_no_firm(organizations):
    _, analysis = organizations("The mark firmed, said traders at Frankfurt on Monday.")
    assert organisation_mentions(analysis) == []


def test_a_listed_club_acting_as_a_side_is_surer_than_the_list_alone(organizations):
    found, _ = organizations("Newcastle beat Wimbledon 2-1 on Saturday, and Liverpool are top of the league.")
    assert found["Newcastle United"].confidence > found["Liverpool F.C."].confidence


def test_a_country_named_club_is_the_club_only_where_a_league_is_spoken_of(organizations):
    _, league = organizations("In France, Monaco beat Paris St Germain 3-1 to go top of the league.")
    _, qualifier = organizations("Monaco beat Andorra 2-0 in a World Cup qualifier on Saturday.")
    assert "Monaco" in organisation_mentions(league)
    assert "Monaco" not in organisation_mentions(qualifier)


def test_a_result_told_in_one_sentence_makes_a_sports_report(organizations):
    _, result = organizations("Guingamp beat Cannes 1-0 on Saturday.")
    _, ruling = organizations("The court's 5-4 ruling beat expectations, and senators voted 52-48 to confirm Kavanaugh.")
    assert organisation_mentions(result) == ["Cannes", "Guingamp"]
    assert organisation_mentions(ruling) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Guingamp beat Cannes 1-0 on Saturday.", True),
        ("Strasbourg were held 1-1 at home by Rennes.", True),
        ("Le Havre lost 2-0 at Metz.", True),
        ("The court's 5-4 ruling beat expectations.", False),
        ("Senators voted 52-48 to confirm him.", False),
    ],
)
def test_tells_a_result(text, told):
    assert tells_a_result(text) is told


def test_a_title_before_a_media_noun_is_a_media_body(organizations):
    found, _ = organizations("Shares rose 3 percent after the Nikkei business daily said the company would merge its car unit.")
    _, place = organizations("The Tokyo newspaper said the deal was off.")
    assert found["Nikkei"].type == "media"
    assert organisation_mentions(place) == []


def test_the_owner_of_a_player_named_in_full_is_a_club_not_a_country(organizations):
    _, analysis = organizations(
        "Sampdoria's Juergen Klinsmann scored twice as his side beat Perugia 3-1 on Sunday, "
        "and Brazil's Ronaldo watched from the stands."
    )
    mentions = organisation_mentions(analysis)
    assert "Sampdoria" in mentions
    assert "Brazil" not in mentions


def test_a_motor_racing_report_reads_as_sports(organizations):
    _, analysis = organizations(
        "MOTOR RACING - ALESI FASTEST IN PRACTICE.\n"
        "Benetton's Jean Alesi was fastest in practice on Friday, ahead of Michael Schumacher, who did only 12 laps "
        "before taking a place on the podium."
    )
    assert "Benetton" in organisation_mentions(analysis)
    assert [e.name for e in analysis.entities_of("person")] == ["Jean Alesi", "Michael Schumacher"]


def test_an_of_chain_ends_before_a_person_named_in_full(organizations):
    _, analysis = organizations(
        "Prime Minister Necmettin Erbakan's Welfare Party and the True Path Party of Tansu Ciller agreed to extend emergency rule."
    )
    assert "True Path Party" in organisation_mentions(analysis)
    assert [e.name for e in analysis.entities_of("person")].count("Tansu Ciller") == 1


def test_a_side_found_by_what_it_does_is_claimed_surely(organizations):
    found, _ = organizations("Hamburg coach Felix Magath said his side had been unlucky in their 3-0 defeat by Karlsruhe.")
    assert found["Karlsruhe"].confidence >= 0.95  # above a resolved town's: the sentence says club
    assert found["Hamburg"].type == "sports_club"


@pytest.mark.parametrize("club", ["VfL Bochum", "Real Betis", "SC Freiburg"])
def test_a_club_named_with_a_clubs_prefix(organizations, club):
    _, analysis = organizations(f"{club} moved into second place in the league on Saturday after a 2-1 win.")
    assert club in organisation_mentions(analysis)


def test_held_by_names_the_other_side(organizations):
    _, analysis = organizations("Champions Borussia Dortmund were held 1-1 at home by Cottbus on Saturday.")
    assert "Cottbus" in organisation_mentions(analysis)


def test_a_league_table_makes_a_country_named_club_the_club(organizations):
    _, analysis = organizations(
        "Paris Saint-Germain were held 1-1 by Marseille on Sunday, leaving the champions three points clear of Monaco."
    )
    assert "Monaco" in organisation_mentions(analysis)


def test_a_schedule_line_names_two_clubs(organizations):
    _, analysis = organizations(
        "Major League Baseball standings after games played on Thursday:\n"
        "NEW YORK 71 55 .563 -\nBALTIMORE 67 60 .528 4 1/2\n"
        "FRIDAY'S SCHEDULE\nKANSAS CITY AT DETROIT\nMINNESOTA AT SEATTLE"
    )
    assert {"KANSAS CITY", "DETROIT", "MINNESOTA", "SEATTLE"} <= set(organisation_mentions(analysis))


def test_a_capitals_headline_with_at_is_no_fixture_outside_sports(organizations):
    _, analysis = organizations("STORM DAMAGE AT PORTSMOUTH\nHigh winds tore roofs from houses on Monday, the council said.")
    assert organisation_mentions(analysis) == []


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Ronaldo scored twice for Compostela as the league leaders won again.", "Compostela"),
        ("Leeds signed Dutch defender Tony Dorigo from Torino on Monday, the club said.", "Torino"),
        ("Nantes, who lost 2-1 at home to Lyon last week, went second in the league.", "Nantes"),
    ],
)
def test_a_club_in_a_players_career_or_a_results_clause(organizations, text, club):
    _, analysis = organizations(text)
    assert club in organisation_mentions(analysis)


def test_playing_for_a_country_is_no_club(organizations):
    _, analysis = organizations("He played for England in 1990 and scored twice in the league for Arsenal.")
    assert "England" not in organisation_mentions(analysis)


def test_a_firm_starting_a_sentence_keeps_its_first_word_before_and(organizations):
    _, analysis = organizations("Cable and Wireless Plc fell 5p. Barclays and HSBC Holdings rose on Friday.")
    mentions = organisation_mentions(analysis)
    assert "Cable and Wireless Plc" in mentions
    assert {"Barclays", "HSBC Holdings"} <= set(mentions)
