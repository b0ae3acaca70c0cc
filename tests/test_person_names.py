"""Where the people extractor puts a name's edges (``newscore.extractors.person_names``), on docs
whose entities are set by hand, so each test fixes what the model said and checks our repair."""

from __future__ import annotations

from newscore import Article
from newscore.extractors.people import PeopleExtractor
from newscore.testing import doc_with_entities


def _mentions(nlp, text: str, ents: list[tuple[str, str, int]]) -> list[str]:
    """Every person mention's text, in order, with the model's entities given as (surface, label, occurrence)."""
    doc = doc_with_entities(nlp, text, ents)
    people = PeopleExtractor().extract(article=Article(text=text), doc=doc)
    return [m.text for m in sorted((m for p in people for m in p.mentions), key=lambda m: m.start)]


def test_a_title_before_the_name_is_left_out_but_a_given_name_that_is_a_title_stays(nlp):
    text = "Ms Delgado-Ruiz joined in 2015. President Donald Trump spoke. The firm was founded by Dean Kamen."
    ents = [("Ms Delgado-Ruiz", "PERSON", 0), ("President Donald Trump", "PERSON", 0), ("Dean Kamen", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Delgado-Ruiz", "Donald Trump", "Dean Kamen"]


def test_a_name_stops_at_the_end_of_its_line(nlp):
    text = "Photo: Sarah Jenkins\nVolunteers packed 900 parcels this week."
    assert _mentions(nlp, text, [("Sarah Jenkins\nVolunteers", "PERSON", 0)]) == ["Sarah Jenkins"]


def test_a_hyphenated_given_name_is_taken_whole_but_an_adjective_is_not(nlp):
    text = "Son Heung-min scored. Wong Yeung-tat lost his seat. A Merz-backed plan passed."
    ents = [("Heung-min", "PERSON", 0), ("Wong Yeung", "PERSON", 0), ("Merz", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Son Heung-min", "Wong Yeung-tat", "Merz"]


def test_a_given_name_or_surname_the_model_cut_off_is_put_back(nlp):
    text = "The show had songs by singer Carly Simon, and drawings by illustrator Johnnie Christmas on Friday."
    ents = [("Simon", "PERSON", 0), ("Johnnie", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Carly Simon", "Johnnie Christmas"]


def test_caption_labels_and_words_before_a_hyphen_are_no_names(nlp):
    text = "A tweet to student Ahmed Mohamed Image: Twitter. Image: Nick Moreau. Voters backed the pro-Beijing camp."
    ents = [("Ahmed Mohamed Image", "PERSON", 0), ("Image", "PERSON", 1), ("Nick Moreau", "PERSON", 0), ("pro-Beijing", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Ahmed Mohamed", "Nick Moreau"]


def test_a_word_the_article_writes_in_lower_case_names_a_thing_unless_a_full_name_holds_it(nlp):
    text = (
        "Space Shuttle Columbia lifted off in 1981. The shuttle flew 28 missions. Iodine deficiency is common; "
        "iodine is added to salt. Nonpartisan Paul Tse won; he ran as a nonpartisan. Son Heung-min scored. "
        "Son said his son watched."
    )
    ents = [("Space Shuttle Columbia", "PERSON", 0), ("Iodine", "PERSON", 0), ("Nonpartisan Paul Tse", "PERSON", 0),
            ("Son Heung-min", "PERSON", 0), ("Son", "PERSON", 1)]
    assert _mentions(nlp, text, ents) == ["Paul Tse", "Son Heung-min", "Son"]


def test_a_given_name_and_surname_the_model_tagged_org_is_claimed_wherever_it_stands(nlp):
    text = "The shot was saved by Thibaut Courtois in the 60th minute. Shares of the Morgan Stanley fund fell."
    ents = [("Thibaut Courtois", "ORG", 0), ("Morgan Stanley", "ORG", 0)]
    assert _mentions(nlp, text, ents) == ["Thibaut Courtois"]


def test_a_lone_surname_joins_a_full_name_without_a_listed_given_name_and_a_family_name_comes_first(nlp):
    text = (
        "Romelu Lukaku doubled the lead. Six minutes later, Lukaku scored again. "
        "Son Heung-min opened the scoring, and Son later said the win was for the fans."
    )
    ents = [("Romelu Lukaku", "PERSON", 0), ("Son Heung-min", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Romelu Lukaku", "Lukaku", "Son Heung-min", "Son"]


def test_a_hyphenated_surname_is_found_alone_whole(nlp):
    text = "The board named Maria Delgado-Ruiz as chief executive. Delgado-Ruiz, 54, succeeds Thomas Brenner."
    ents = [("Maria Delgado-Ruiz", "PERSON", 0), ("Delgado", "GPE", 1), ("Thomas Brenner", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Maria Delgado-Ruiz", "Delgado-Ruiz", "Thomas Brenner"]


def test_a_title_word_that_is_a_surname_here_is_a_name(nlp):
    text = "Bernice King spoke on Monday. King said the work was unfinished. The King waved."
    ents = [("Bernice King", "PERSON", 0), ("King", "PERSON", 1), ("King", "PERSON", 2)]
    assert _mentions(nlp, text, ents) == ["Bernice King", "King"]


def test_results_lines_name_players_and_match_reports_name_no_fields(nlp):
    text = "Second round\n1 - Carlos Moya (Spain) beat Jan Siemerink (Netherlands) 6-3 6-4\nAttendance 55,000. Manchester United won."
    ents = [("1 - Carlos Moya", "PRODUCT", 0), ("Spain", "GPE", 0), ("Netherlands", "GPE", 0),
            ("Attendance", "PERSON", 0), ("Manchester United", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Carlos Moya", "Jan Siemerink"]


def test_a_scorers_list_names_players_but_other_bracketed_lists_do_not(nlp):
    text = (
        "Manchester United 2 (Cantona 23, Giggs 67 pen) Arsenal 1 (Wright 55). Scorers: Ronaldo 12, Figo 45. "
        "Sales rose 4 (Europe 12, Asia 30) percent."
    )
    assert _mentions(nlp, text, []) == ["Cantona", "Giggs", "Wright", "Ronaldo", "Figo"]


def test_two_names_joined_by_a_hyphen_stay_two_and_a_full_name_after_pro_stays(nlp):
    text = "Voters watched the Clinton-Trump race. A pro-Newt Gingrich group formed."
    ents = [("Clinton", "PERSON", 0), ("Newt Gingrich", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Clinton", "Newt Gingrich"]


def test_a_nationality_is_no_surname_of_a_name_without_a_given_name(nlp):
    text = "The group Define American met. Polls of American voters vary. Dan Tripp spoke. \"No,\" Tripp said."
    ents = [("Define American", "PERSON", 0), ("American", "NORP", 1), ("Dan Tripp", "PERSON", 0), ("Tripp", "NORP", 1)]
    assert _mentions(nlp, text, ents) == ["Define American", "Dan Tripp", "Tripp"]


def test_a_name_before_who_is_a_person_but_a_club_s_or_a_people_s_is_not(nlp):
    text = "The coach praised Kuldeep Yadav, who took three wickets. Manchester City, who lost, and African Americans, who voted, were named."
    ents = [("Kuldeep Yadav", "ORG", 0), ("Manchester City", "ORG", 0), ("African Americans", "NORP", 0)]
    assert _mentions(nlp, text, ents) == ["Kuldeep Yadav"]


def test_a_results_line_entry_is_a_person_even_where_the_model_ran_the_numbers_into_the_surname(nlp):
    text = "Leading scores:\n136 Nick Price 68 68 , Justin Hobday 71 65 , Mark McNulty 72 64\n"
    ents = [("Nick Price", "PERSON", 0), ("Justin", "ORG", 0), ("Hobday 71 65", "DATE", 0), ("Mark McNulty", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Nick Price", "Justin Hobday", "Mark McNulty"]



def test_a_family_name_after_a_particle_the_model_left_out_is_put_back(nlp):
    text = "Prime Minister Kengo wa Dondo said the army would fight."
    assert _mentions(nlp, text, [("Kengo", "PERSON", 0), ("Dondo", "ORG", 0)]) == ["Kengo wa Dondo"]


def test_the_end_of_a_name_joined_by_a_particle_is_a_person_only_if_the_name_starts_with_a_given_name(nlp):
    text = "Mohammed bin Salman met the board of Companhia Vale do Rio Doce on Monday."
    assert _mentions(nlp, text, [("Salman", "PERSON", 0), ("Rio Doce", "PERSON", 0)]) == ["Mohammed bin Salman"]


def test_a_nationality_before_a_full_name_is_left_out_but_a_places_first_word_is_not(nlp):
    text = "Spaniard Miguel Angel Jimenez was tied for second. Croat Kresimir Zubak won. San Pedro Sula is large."
    ents = [("Spaniard Miguel Angel Jimenez", "PERSON", 0), ("Croat Kresimir Zubak", "PERSON", 0), ("San Pedro Sula", "PERSON", 0)]
    assert _mentions(nlp, text, ents) == ["Miguel Angel Jimenez", "Kresimir Zubak", "San Pedro Sula"]
