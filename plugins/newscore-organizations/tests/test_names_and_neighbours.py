"""What is never part of a body's name, and names that head another kind's name (one behaviour per test)."""

from __future__ import annotations


def organisation_mentions(analysis):
    return sorted(m.text for e in analysis.entities_of("organization") for m in e.mentions)


def test_a_score_with_a_spaced_dash_is_no_part_of_a_name(organizations):
    _, analysis = organizations(
        "Andreas Granqvist scored a penalty in Nizhny Novgorod, putting Sweden 1 – 0 up after the review."
    )
    assert not any(any(ch.isdigit() for ch in mention) for mention in organisation_mentions(analysis))


def test_a_place_qualifying_a_treaty_is_no_body(organizations):
    _, analysis = organizations(
        "Ministers said Italy would not meet the Maastricht criteria for joining the single currency."
    )
    assert "Maastricht" not in organisation_mentions(analysis)


def test_a_span_run_on_over_a_missing_comma_ends_before_the(organizations):
    _, analysis = organizations(
        "Mike Rathbun left the church in 2004. According to Rathbun the Scientology property in question "
        "was bought in 2004."
    )
    mentions = organisation_mentions(analysis)
    assert not any("Rathbun" in mention for mention in mentions)
    assert "Scientology" in mentions


def person_mentions(analysis):
    return sorted(m.text for e in analysis.entities_of("person") for m in e.mentions)


def test_a_thing_named_with_its_class_is_no_person(organizations):
    text = (
        "The space agency retired its last shuttle in 2011. On April 12, 1981, Space Shuttle Columbia lifted off "
        "from the Kennedy Space Center. Columbia was lost in 2003, and Space Shuttle Atlantis flew the last mission."
    )
    _, analysis = organizations(text)
    assert not any("Columbia" in mention for mention in person_mentions(analysis))


def test_a_surname_heading_a_buildings_name_is_no_mention_of_the_person(organizations):
    _, analysis = organizations(
        "Donald Trump opened Trump Tower in 1983 and later bought Trump Plaza in Atlantic City. "
        "Trump said the casino would thrive."
    )
    mentions = [m for e in analysis.entities_of("person") for m in e.mentions]
    assert all(not analysis.article.text[m.end :].startswith((" Tower", " Plaza")) for m in mentions)


def test_a_side_the_model_reads_as_a_person_is_a_club_when_it_faces_a_club(organizations):
    _, analysis = organizations(
        "PSV Eindhoven stayed top of the Dutch league with a 2-0 win over NAC Breda on Sunday, and Feyenoord "
        "beat Twente Enschede 4-1 in Rotterdam."
    )
    assert "Twente Enschede" in organisation_mentions(analysis)
    assert "Twente Enschede" not in person_mentions(analysis)


def test_a_player_beating_a_player_stays_a_person(organizations):
    _, analysis = organizations("Aryna Sabalenka beat Coco Gauff 6-4 6-3 in the final on Saturday.")
    assert organisation_mentions(analysis) == []
    assert "Aryna Sabalenka" in person_mentions(analysis)
