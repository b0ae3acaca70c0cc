"""The core's arbitration between entity kinds (``newscore.arbitration``), on entities built by hand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscore import Entity, Mention
from newscore.arbitration import settle

BASELINE = frozenset({"people"})


def _entity(text: str, kind: str, surfaces: list[tuple[str, int]], *, id: str, extractor: str = "plugin",
            confidence: float = 0.8, type: str | None = None) -> Entity:
    """An entity whose mentions are the ``occurrence``-th appearance of each surface in ``text``."""
    mentions = []
    for surface, occurrence in surfaces:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        mentions.append(Mention.from_text(text, start, start + len(surface), form="name"))
    return Entity(kind=kind, name=surfaces[0][0], mentions=mentions, id=id, extractor=extractor,
                  confidence=confidence, type=type)


def _by_name(entities) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.kind, [m.text for m in e.mentions]) for e in entities}


def test_a_short_form_joins_its_full_form_whatever_label_it_was_given():
    text = "Acme Robotics Inc said on Tuesday it would buy Vantage. Acme said the deal would close soon."
    company = _entity(text, "organization", [("Acme Robotics Inc", 0)], id="o1")
    misread = _entity(text, "person", [("Acme", 1)], id="p1", extractor="people", confidence=0.7)
    settlement = settle([company, misread], baseline=BASELINE)
    assert _by_name(settlement.entities) == {"Acme Robotics Inc": ("organization", ["Acme Robotics Inc", "Acme"])}
    assert settlement.merged == {"p1": "o1"}
    assert settlement.entities[0].mentions[1].form == "alias"


def test_a_short_form_that_fits_two_full_names_stays_apart():
    text = "Aston Villa beat Leicester City. City fans left early. Manchester City play next."
    villa = _entity(text, "organization", [("Aston Villa", 0)], id="o1")
    leicester = _entity(text, "organization", [("Leicester City", 0)], id="o2")
    city = _entity(text, "organization", [("City", 1)], id="o3", confidence=0.6)
    manchester = _entity(text, "organization", [("Manchester City", 0)], id="o4")
    assert settle([villa, leicester, city], baseline=BASELINE).merged == {"o3": "o2"}
    assert settle([villa, leicester, city, manchester], baseline=BASELINE).merged == {}


def test_a_surname_joins_only_a_person_whose_name_starts_with_a_given_name():
    text = "Fire chief Ana Costa said the fire was out. Costa thanked crews. Demosisto Ann Chiang spoke. Demosisto left."
    person = _entity(text, "person", [("Ana Costa", 0)], id="p1", extractor="people", confidence=0.7)
    org = _entity(text, "organization", [("Costa", 1)], id="o1", confidence=0.6)
    party_person = _entity(text, "person", [("Demosisto Ann Chiang", 0)], id="p2", extractor="people", confidence=0.7)
    party = _entity(text, "organization", [("Demosisto", 1)], id="o2", confidence=0.6)
    settlement = settle([person, org, party_person, party], baseline=BASELINE)
    assert settlement.merged == {"o1": "p1"}
    assert _by_name(settlement.entities)["Ana Costa"] == ("person", ["Ana Costa", "Costa"])
    assert _by_name(settlement.entities)["Demosisto"] == ("organization", ["Demosisto"])


def test_a_place_inside_a_body_s_name_is_an_embedded_mention_and_the_body_stays_whole():
    text = "The Miami Herald reported that Miami police were on alert."
    paper = _entity(text, "organization", [("Miami Herald", 0)], id="o1")
    city = _entity(text, "location", [("Miami", 0), ("Miami", 1)], id="l1", extractor="locations")
    entities = settle([paper, city], baseline=BASELINE).entities
    assert [m.text for m in entities[0].mentions] == ["Miami Herald"]
    assert [(m.text, m.form) for m in entities[1].mentions] == [("Miami", "embedded"), ("Miami", "name")]


def test_a_dateline_a_name_runs_on_from_across_a_dash_stays_a_name():
    text = "LUCKNOW - Voters queued on Sunday, the China Trade Council said."
    misread = _entity(text, "organization", [("LUCKNOW - Voters", 0), ("China Trade Council", 0)], id="o1")
    city = _entity(text, "location", [("LUCKNOW", 0)], id="l1", extractor="locations")
    country = _entity(text, "location", [("China", 0)], id="l2", extractor="locations")
    entities = settle([misread, city, country], baseline=BASELINE).entities
    forms = {m.text: m.form for e in entities if e.kind == "location" for m in e.mentions}
    assert forms == {"LUCKNOW": "name", "China": "embedded"}  # no dash after China: inside the name


def test_an_international_body_can_also_be_a_place_but_a_club_cannot():
    text = "EU officials met. Chelsea won."
    union = _entity(text, "organization", [("EU", 0)], id="o1", type="international")
    place = _entity(text, "location", [("EU", 0)], id="l1", extractor="locations", confidence=0.9)
    club = _entity(text, "organization", [("Chelsea", 0)], id="o2", type="sports_club", confidence=0.9)
    town = _entity(text, "location", [("Chelsea", 0)], id="l2", extractor="locations", confidence=0.6)
    kinds = {(e.name, e.kind) for e in settle([union, place, club, town], baseline=BASELINE).entities}
    assert kinds == {("EU", "organization"), ("EU", "location"), ("Chelsea", "organization")}


def test_a_plugin_s_claim_outranks_the_baseline_s_but_two_words_outrank_one():
    text = "Rostov-on-Don was shelled. Fire chief Ana Costa spoke."
    place = _entity(text, "location", [("Rostov-on-Don", 0)], id="l1", extractor="locations", confidence=0.5)
    misread = _entity(text, "person", [("Rostov", 0)], id="p1", extractor="people", confidence=0.7)
    person = _entity(text, "person", [("Ana Costa", 0)], id="p2", extractor="people", confidence=0.7)
    surname_as_body = _entity(text, "organization", [("Costa", 0)], id="o1", confidence=0.9)
    names = _by_name(settle([place, misread, person, surname_as_body], baseline=BASELINE).entities)
    assert names == {"Rostov-on-Don": ("location", ["Rostov-on-Don"]), "Ana Costa": ("person", ["Ana Costa"])}


def test_members_named_inside_a_group_stand_beside_it():
    text = "Italy and Greece demanded more help, said Graham and Sunita Whitlock."
    places = _entity(text, "group", [("Italy and Greece", 0)], id="g1", extractor="quotes")
    italy = _entity(text, "location", [("Italy", 0)], id="l1", extractor="locations", confidence=0.9)
    couple = _entity(text, "group", [("Graham and Sunita Whitlock", 0)], id="g2", extractor="quotes")
    sunita = _entity(text, "person", [("Sunita Whitlock", 0)], id="p1", extractor="people", confidence=0.7)
    kinds = [e.kind for e in settle([places, italy, couple, sunita], baseline=BASELINE).entities]
    assert kinds == ["group", "location", "group", "person"]


def test_a_name_that_ran_on_into_a_person_gives_the_person_back():
    text = "Psychology major at University of Texas Arlington Amneh Jafari heard of it."
    body = _entity(text, "organization", [("University of Texas Arlington Amneh Jafari", 0)], id="o1", confidence=0.9)
    person = _entity(text, "person", [("Amneh Jafari", 0)], id="p1", extractor="people", confidence=0.7)
    names = _by_name(settle([body, person], baseline=BASELINE).entities)
    assert names == {"Amneh Jafari": ("person", ["Amneh Jafari"])}


def test_a_person_read_from_the_words_around_keeps_a_name_a_resolved_place_claims():
    text = "G. Thorpe b Gillespie 31. Gillespie is a town in Illinois."
    scorecard = _entity(text, "person", [("Gillespie", 0)], id="p1", extractor="people", confidence=0.99)
    labelled = _entity(text, "person", [("Gillespie", 1)], id="p2", extractor="people", confidence=0.7)
    town = _entity(text, "location", [("Gillespie", 0), ("Gillespie", 1)], id="l1", extractor="locations", confidence=0.94)
    settled = settle([scorecard, labelled, town], baseline=BASELINE).entities
    starts = {e.id: [m.start for m in e.mentions] for e in settled}
    second = text.index("Gillespie", text.index("Gillespie") + 1)
    # the scorecard's player stays a person; the same word in prose, the model's label alone, stays the place's
    assert starts == {"p1": [text.index("Gillespie")], "l1": [second]}


_WORDS = ["Acme", "Robotics", "Inc", "Villa", "Aston", "City", "Ana", "Costa", "Miami", "Herald", "said", "and", "EU"]


@st.composite
def _claims(draw):
    text = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14)))
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    ends = [i for i, ch in enumerate(text) if ch == " "] + [len(text)]
    entities = []
    for number in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["person", "organization", "location", "group"]))
        mentions = []
        for _ in range(draw(st.integers(1, 3))):
            first = draw(st.integers(0, len(starts) - 1))
            last = draw(st.integers(first, min(first + 3, len(ends) - 1)))
            mentions.append(Mention.from_text(text, starts[first], ends[last], form="name"))
        extractor = draw(st.sampled_from(["people", "plugin"]))
        confidence = draw(st.sampled_from([0.5, 0.6, 0.7, 0.9]))
        entities.append(Entity(kind=kind, name=mentions[0].text, mentions=mentions, id=f"e{number}",
                               extractor=extractor, confidence=confidence))
    return text, entities


@settings(max_examples=150, deadline=None)
@given(_claims())
def test_settling_is_idempotent_keeps_spans_exact_and_leaves_no_rival_claims(claims):
    text, entities = claims
    settled = settle(entities, baseline=BASELINE)
    again = settle(list(settled.entities), baseline=BASELINE)
    assert again.entities == settled.entities
    before = {(m.start, m.end) for e in entities for m in e.mentions}
    for entity in settled.entities:
        assert entity.mentions, "no entity is left without mentions"
        for mention in entity.mentions:
            assert (mention.start, mention.end) in before and text[mention.start : mention.end] == mention.text
    survivors = {e.id for e in settled.entities}
    assert set(settled.merged.values()) <= survivors and not set(settled.merged) & survivors
    exclusive = [(m, e) for e in settled.entities if e.kind in ("person", "organization") for m in e.mentions]
    for m, e in exclusive:
        for n, f in exclusive:
            if e.id != f.id:
                assert m.end <= n.start or n.end <= m.start, (m.text, e.kind, n.text, f.kind)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=12))
def test_rule_two_looks_at_exactly_the_claims_that_overlap_another(ranges):
    from newscore.arbitration import _overlapping_claims  # the filter that spares rule 2 the lone claims

    text = "x" * 50
    claims = sorted(
        ((start, start + length, (k, Mention.from_text(text, start, start + length))) for k, (start, length) in enumerate(ranges)),
        key=lambda claim: (claim[0], claim[1]),
    )
    expected = [
        claim for k, claim in enumerate(claims)
        if any(other[1] > claim[0] and other[0] < claim[1] for j, other in enumerate(claims) if j != k)
    ]
    assert _overlapping_claims(claims) == expected


def test_a_full_personal_name_keeps_its_words_against_an_organisation_with_only_the_model_behind_it():
    text = "Moussa Faki urged members to pay. Morgan Stanley raised its target."
    faki_org = _entity(text, "organization", [("Moussa Faki", 0)], id="o1", confidence=0.6)
    faki = _entity(text, "person", [("Moussa Faki", 0)], id="p1", extractor="people", confidence=0.7)
    bank = _entity(text, "organization", [("Morgan Stanley", 0)], id="o2", confidence=0.9, type="company")
    bank_as_person = _entity(text, "person", [("Morgan Stanley", 0)], id="p2", extractor="people", confidence=0.7)
    names = _by_name(settle([faki_org, faki, bank, bank_as_person], baseline=BASELINE).entities)
    assert names == {"Moussa Faki": ("person", ["Moussa Faki"]), "Morgan Stanley": ("organization", ["Morgan Stanley"])}


def test_a_claim_that_starts_at_a_title_gives_the_name_after_it_back():
    text = "Detective Sergeant Kieran Walsh of Greater Manchester Police said so. The Andy Warhol Foundation agreed."
    runaway = _entity(text, "organization", [("Detective Sergeant Kieran Walsh of Greater Manchester Police", 0)], id="o1",
                      confidence=0.75, type="government")
    walsh = _entity(text, "person", [("Kieran Walsh", 0)], id="p1", extractor="people", confidence=0.7)
    foundation = _entity(text, "organization", [("Andy Warhol Foundation", 0)], id="o2", confidence=0.75, type="ngo")
    warhol = _entity(text, "person", [("Andy Warhol", 0)], id="p2", extractor="people", confidence=0.7)
    names = _by_name(settle([runaway, walsh, foundation, warhol], baseline=BASELINE).entities)
    assert names["Kieran Walsh"] == ("person", ["Kieran Walsh"])
    assert names["Andy Warhol Foundation"] == ("organization", ["Andy Warhol Foundation"])
    assert "Andy Warhol" not in names


def test_a_surname_given_in_full_elsewhere_keeps_its_characters_against_a_claim_on_part_of_it():
    text = "Maria Delgado-Ruiz was named. Delgado-Ruiz, 54, takes over. Delgado is a town."
    person = _entity(text, "person", [("Maria Delgado-Ruiz", 0), ("Delgado-Ruiz", 1)], id="p1", extractor="people",
                     confidence=0.7)
    place = _entity(text, "location", [("Delgado", 1), ("Delgado", 2)], id="l1", confidence=0.8)
    names = _by_name(settle([person, place], baseline=BASELINE).entities)
    assert names == {"Maria Delgado-Ruiz": ("person", ["Maria Delgado-Ruiz", "Delgado-Ruiz"]),
                     "Delgado": ("location", ["Delgado"])}


def test_a_full_personal_name_beats_an_unresolved_place_on_the_same_words_but_not_a_resolved_one():
    text = "Jan Siemerink (Netherlands) lost. Jordan Henderson scored."
    misread = _entity(text, "location", [("Jan Siemerink", 0)], id="l1", confidence=0.3)
    player = _entity(text, "person", [("Jan Siemerink", 0)], id="p1", extractor="people", confidence=0.7)
    resolved = Entity(kind="location", name="Jordan Henderson", id="l2", confidence=0.5, geonames_id=1,
                      mentions=[Mention.from_text(text, text.index("Jordan Henderson"), text.index(" scored"))])
    other = _entity(text, "person", [("Jordan Henderson", 0)], id="p2", extractor="people", confidence=0.7)
    names = _by_name(settle([misread, player, resolved, other], baseline=BASELINE).entities)
    assert names == {"Jan Siemerink": ("person", ["Jan Siemerink"]), "Jordan Henderson": ("location", ["Jordan Henderson"])}


def test_two_people_the_same_extractor_kept_apart_stay_apart():
    text = "Thomas Ardley died in March. Mrs Ardley told the inquest. Ardley was buried on Friday."
    thomas = _entity(text, "person", [("Thomas Ardley", 0)], id="p1", extractor="people", confidence=0.7)
    widow = _entity(text, "person", [("Ardley", 1)], id="p2", extractor="people", confidence=0.7)
    misread = _entity(text, "organization", [("Ardley", 2)], id="o1", confidence=0.6)
    settlement = settle([thomas, widow, misread], baseline=BASELINE)
    assert settlement.merged == {"o1": "p1"}  # another extractor's bare surname still joins the full name
    assert _by_name(settlement.entities)["Ardley"] == ("person", ["Ardley"])


def test_a_name_read_from_context_keeps_its_words_against_an_untyped_organisation_but_not_a_typed_one():
    text = "Gambhir praised Kuldeep Yadav, who took three wickets. Aston Villa, who won, were happy."
    def claims(person_confidence: float, org_type: str | None) -> dict[str, tuple[str, list[str]]]:
        person = _entity(text, "person", [("Kuldeep Yadav", 0)], id="p1", extractor="people", confidence=person_confidence)
        org = _entity(text, "organization", [("Kuldeep Yadav", 0)], id="o1", confidence=0.6, type=org_type)
        return _by_name(settle([person, org], baseline=BASELINE).entities)

    assert claims(0.8, None) == {"Kuldeep Yadav": ("person", ["Kuldeep Yadav"])}
    assert claims(0.7, None) == {"Kuldeep Yadav": ("organization", ["Kuldeep Yadav"])}  # the model's label alone
    assert claims(0.8, "sports_club") == {"Kuldeep Yadav": ("organization", ["Kuldeep Yadav"])}


def test_a_surname_of_a_full_name_keeps_its_word_against_an_untyped_organisation():
    text = "Pep Guardiola praised his side. Guardiola said they never stop."
    person = _entity(text, "person", [("Pep Guardiola", 0), ("Guardiola", 1)], id="p1", extractor="people", confidence=0.8)
    org = _entity(text, "organization", [("Guardiola", 1)], id="o1", confidence=0.6)
    assert _by_name(settle([person, org], baseline=BASELINE).entities) == {
        "Pep Guardiola": ("person", ["Pep Guardiola", "Guardiola"])
    }
    typed = _entity(text, "organization", [("Guardiola", 1)], id="o2", confidence=0.6, type="company")
    assert _by_name(settle([person, typed], baseline=BASELINE).entities)["Guardiola"] == ("organization", ["Guardiola"])


def test_a_surname_of_a_full_name_the_models_label_alone_gave_gives_way_to_an_untyped_organisation():
    text = "Belleza Latina was named. Latina said she would come."
    person = _entity(text, "person", [("Belleza Latina", 0), ("Latina", 1)], id="p1", extractor="people", confidence=0.7)
    org = _entity(text, "organization", [("Latina", 1)], id="o1", confidence=0.6)
    assert _by_name(settle([person, org], baseline=BASELINE).entities)["Latina"] == ("organization", ["Latina"])
    fiorina_text = "Carly Fiorina spoke. Fiorina said she would run."
    person = _entity(fiorina_text, "person", [("Carly Fiorina", 0), ("Fiorina", 1)], id="p2", extractor="people", confidence=0.7)
    org = _entity(fiorina_text, "organization", [("Fiorina", 1)], id="o2", confidence=0.6)
    assert _by_name(settle([person, org], baseline=BASELINE).entities) == {"Carly Fiorina": ("person", ["Carly Fiorina", "Fiorina"])}
