"""Names the words in and beside them show to be a thing's (``newscore.extractors.thing_names``):
on docs whose entities are set by hand, so each test fixes the model's misreading as a person and
checks the rule that drops it."""

from __future__ import annotations

from newscore import Article
from newscore.extractors.people import PeopleExtractor
from newscore.testing import doc_with_entities


def _people(nlp, text: str, ents: list[tuple[str, str, int]]) -> dict[str, list[str]]:
    doc = doc_with_entities(nlp, text, ents)
    people = PeopleExtractor().extract(article=Article(text=text), doc=doc)
    return {p.name: [m.text for m in p.mentions] for p in people}


def test_a_place_named_after_a_person_is_no_person_whether_the_model_took_its_head_or_not(nlp):
    text = "The shuttle went to the Steven F. Udvar-Hazy Center in Virginia. Barack Obama Foundation staff met Michelle Obama."
    ents = [("Steven F. Udvar-Hazy Center", "PERSON", 0), ("Barack Obama", "PERSON", 0), ("Michelle Obama", "PERSON", 0)]
    assert _people(nlp, text, ents) == {"Michelle Obama": ["Michelle Obama"]}


def test_a_full_name_ending_in_a_head_noun_of_two_words_stays_a_person(nlp):
    text = "Stuart Hall said the programme would return."
    assert list(_people(nlp, text, [("Stuart Hall", "PERSON", 0)])) == ["Stuart Hall"]


def test_a_craft_or_a_storm_after_its_class_word_is_no_person_nor_its_name_alone_later(nlp):
    text = "Space Shuttle Columbia lifted off in 1981. Columbia was lost in 2003, and Hurricane Katrina struck in 2005."
    ents = [("Space Shuttle Columbia", "PERSON", 0), ("Columbia", "PERSON", 1), ("Katrina", "PERSON", 0)]
    assert _people(nlp, text, ents) == {}


def test_a_name_between_the_and_a_place_noun_is_a_place_even_a_given_name(nlp):
    text = "Netanyahu said the talks at the Erez crossing would focus on Hebron."
    ents = [("Netanyahu", "PERSON", 0), ("Erez", "PERSON", 0)]
    assert list(_people(nlp, text, ents)) == ["Netanyahu"]


def test_a_name_between_the_and_an_agreement_noun_is_no_person(nlp):
    text = "Kohl said Germany would meet the Maastricht criteria on time."
    ents = [("Kohl", "PERSON", 0), ("Maastricht", "PERSON", 0)]
    assert list(_people(nlp, text, ents)) == ["Kohl"]


def test_a_common_noun_opening_a_sentence_before_a_noun_it_modifies_is_no_person(nlp):
    text = "Proceeds go to the foundation. Volunteer organization Comic Corps of Canada collects donations."
    assert _people(nlp, text, [("Volunteer", "PERSON", 0)]) == {}


def test_a_code_with_digits_is_no_person(nlp):
    text = "Columbia lifted off from the Kennedy Space Center on STS-1 in April."
    assert _people(nlp, text, [("STS-1", "PERSON", 0)]) == {}


def test_a_one_word_name_the_text_calls_a_team_is_no_person(nlp):
    text = (
        "Damon Hill took pole, with his Williams team mate Jacques Villeneuve second. "
        "Williams technical director Patrick Head said the car was perfect."
    )
    ents = [("Damon Hill", "PERSON", 0), ("Williams", "PERSON", 0), ("Jacques Villeneuve", "PERSON", 0),
            ("Williams", "PERSON", 1), ("Patrick Head", "PERSON", 0)]
    assert list(_people(nlp, text, ents)) == ["Damon Hill", "Jacques Villeneuve", "Patrick Head"]


def test_a_surname_before_team_words_of_a_full_name_stays_a_person(nlp):
    text = "Frank Williams watched as the Williams team celebrated."
    ents = [("Frank Williams", "PERSON", 0), ("Williams", "PERSON", 1)]
    assert _people(nlp, text, ents) == {"Frank Williams": ["Frank Williams", "Williams"]}


def test_a_place_word_ends_no_surname(nlp):
    text = "Players are dropped down a secret elevator to the Bat Cave, to suit up."
    assert _people(nlp, text, [("Bat Cave", "PERSON", 0)]) == {}


def test_a_name_a_place_or_body_word_opens_is_no_person(nlp):
    text = "Instituto Gonzaga, a catholic school in Milan, hosted talks at Camp David."
    assert _people(nlp, text, [("Instituto Gonzaga", "PERSON", 0), ("Camp David", "PERSON", 0)]) == {}


def test_a_newspaper_title_ends_no_surname(nlp):
    text = '"MP calls for probe" — Edmonton Sun, August 16, 2008.'
    assert _people(nlp, text, [("Edmonton Sun", "PERSON", 0)]) == {}


def test_a_one_word_name_heading_its_phrase_after_the_is_a_thing(nlp):
    text = "The stampede came days before the Hajj, the annual pilgrimage. Many died in the 1991 Hajj."
    assert _people(nlp, text, [("Hajj", "PERSON", 0), ("Hajj", "PERSON", 1)]) == {}


def test_a_one_word_name_modifying_a_noun_after_the_or_a_family_stays_a_person(nlp):
    text = "Obama spoke in the Obama presidential library, and the Clintons came."
    ents = [("Obama", "PERSON", 0), ("Obama", "PERSON", 1), ("Clintons", "PERSON", 0)]
    assert _people(nlp, text, ents) == {"Obama": ["Obama", "Obama"], "Clintons": ["Clintons"]}


def test_a_sentence_opening_word_the_article_names_elsewhere_stays_a_name_where_the_tagger_reads_a_noun(nlp):
    text = "Donald Trump spoke on Monday. Trump supporters believe he can win."
    ents = [("Donald Trump", "PERSON", 0), ("Trump", "PERSON", 1)]
    assert _people(nlp, text, ents) == {"Donald Trump": ["Donald Trump", "Trump"]}
