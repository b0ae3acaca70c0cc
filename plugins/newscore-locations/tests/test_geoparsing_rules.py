"""Places as geoparsers are judged: venues, events, kinds of place after a name, datelines
inside a long name, and the choice between a city and its same-named region or a homonym."""

from __future__ import annotations

from newscore import Article, Entity, Mention
from newscore.text import SpanIndex, token_table
from newscore_locations import LocationExtractor
from newscore_locations.events import names_an_event
from newscore_locations.facilities import facility_spans


def _locations(nlp, text: str, *organizations: str) -> list[Entity]:
    bodies = tuple(
        Entity(kind="organization", name=name, mentions=[Mention.from_text(text, text.index(name), text.index(name) + len(name))])
        for name in organizations
    )
    return list(LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=bodies, quotes=()))


def _mentions(entities: list[Entity]) -> dict[str, Entity]:
    return {mention.text: entity for entity in entities for mention in entity.mentions}


def test_a_kind_of_place_after_a_name_is_left_out_of_the_mention(nlp):
    found = _mentions(_locations(nlp, "Protests spread across Gauteng province on Monday."))
    assert "Gauteng province" not in found
    assert (found["Gauteng"].country_code, found["Gauteng"].feature) == ("ZA", "region")  # the word still says region


def test_two_venues_the_model_ran_together_are_two_places(nlp):
    found = _mentions(_locations(nlp, "The game was played at Barclays Center and Craven Cottage."))
    assert "Barclays Center and Craven Cottage" not in found
    assert (found["Barclays Center"].country_code, found["Craven Cottage"].country_code) == ("US", "GB")


def test_facility_names_joined_by_and_are_each_a_facility(nlp):
    text = "Fans filled Westfield Stadium and Riverside Arena."
    table = token_table(nlp(text))
    whole = (text.index("Westfield"), text.index("."))
    found = facility_spans(table, [whole], SpanIndex([]))
    assert [(text[s:e], kind) for s, e, kind in found] == [("Westfield Stadium", "venue"), ("Riverside Arena", "venue")]


def test_a_name_joined_by_and_without_facility_heads_stays_whole(nlp):
    text = "Officials of Kenyatta National Hospital and Friends said so."
    table = token_table(nlp(text))
    whole = (text.index("Kenyatta"), text.index(" said"))
    assert facility_spans(table, [whole], SpanIndex([])) == []  # "Friends" heads no facility


def test_the_place_inside_an_events_name_is_embedded_and_the_event_is_no_place(nlp):
    found = _mentions(_locations(nlp, "The Kenyan runner won the Berlin Marathon in two hours."))
    assert "Berlin Marathon" not in found and "the Berlin Marathon" not in found
    berlin = found["Berlin"]
    assert berlin.country_code == "DE"
    assert [m.form for m in berlin.mentions] == ["embedded"]


def test_event_heads():
    assert names_an_event("Berlin Marathon") and names_an_event("Monaco Grand Prix") and names_an_event("Paris Agreement")
    assert not names_an_event("Marathon") and not names_an_event("Berlin") and not names_an_event("Villa Park")


def test_a_name_before_party_is_a_party_not_a_place(nlp):
    found = _mentions(_locations(nlp, "The ruling Morena party won the governorship of Nuevo Leon on Sunday."))
    assert "Morena" not in found  # Morena, a district of India
    assert found["Nuevo Leon"].country_code == "MX"


def test_a_dateline_inside_a_name_the_model_ran_on_stays_a_place(nlp):
    text = "LUCKNOW - Voters in Uttar Pradesh queued from dawn on Saturday."
    found = _mentions(_locations(nlp, text, "LUCKNOW - Voters"))
    assert found["LUCKNOW"].country_code == "IN"
    assert found["LUCKNOW"].feature == "city"  # a dateline names a city, not Lucknow District
