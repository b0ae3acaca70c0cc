"""People that results and scorecards name in their own shorthand (``newscore.extractors.listed_names``),
on docs whose entities are set by hand, so each test fixes what the model said."""

from __future__ import annotations

from newscore import Article
from newscore.extractors.people import PeopleExtractor


def _people(nlp, text: str, ents: list[tuple[str, str]] = ()) -> dict[str, float | None]:
    """Each person mention's text with its entity's confidence; the model's entities given as (surface, label)."""
    from spacy.tokens import Span as SpacySpan

    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        assert span is not None, surface
        spans.append(SpacySpan(doc, span.start, span.end, label=label))
    doc.ents = spans
    people = PeopleExtractor().extract(article=Article(text=text), doc=doc)
    return {m.text: p.confidence for p in people for m in p.mentions}


def test_a_cricket_scorecard_names_batsmen_fielders_and_bowlers(nlp):
    text = "England first innings: M. Atherton c Healy b McGrath 12, A. Stewart lbw b Warne 45, N. Hussain not out 88, G. Thorpe b Gillespie 31."
    found = _people(nlp, text, [("Healy", "GPE"), ("Gillespie", "GPE")])
    assert set(found) == {"M. Atherton", "Healy", "McGrath", "A. Stewart", "Warne", "N. Hussain", "G. Thorpe", "Gillespie"}
    # the dismissal's words show a player, whatever the model's label: arbitration keeps them people
    assert found["Gillespie"] == found["Healy"] == 0.99


def test_initials_and_a_surname_are_a_name_but_not_a_place_s_initials_or_a_sentence_s_end(nlp):
    text = "The pitch was taken by K.C. Maurer in the ninth. The car lot is in Lodi, N.J. Harmony was closed. It was influenza type A. So far none."
    found = _people(nlp, text)
    assert "K.C. Maurer" in found
    assert not any(name.startswith(("N.J.", "A.")) or name in ("Harmony", "So") for name in found)


def test_a_scorers_list_takes_a_player_s_several_goals(nlp):
    text = "PSV Eindhoven 3 (Luc Nilis 12, 55, Arthur Numan 70) Ajax 1 (Jari Litmanen 40)"
    found = _people(nlp, text, [("Luc Nilis 12", "PRODUCT"), ("Arthur Numan", "PERSON"), ("Jari Litmanen", "PERSON")])
    assert set(found) == {"Luc Nilis", "Arthur Numan", "Jari Litmanen"}


def test_letters_and_words_that_are_no_scorecard_name_nobody(nlp):
    text = "Plan b was dropped. The c Programming course starts in May. Section b 12 applies."
    assert _people(nlp, text) == {}
