"""Where reported speech begins and ends, and which cue a quotation goes with, in the layouts real
news uses: a cue set off by commas inside its sentence, a participle cue closing a report.
Passages invented for the tests."""

from __future__ import annotations

from newscore_quotes.cues import is_cue_form

from .test_extractor import quote_with

# --- content-span boundaries under a reporting verb ------------------------------------------


def test_a_cue_set_off_by_commas_reports_both_sides_of_the_sentence(analyze):
    a = analyze("The pier was on a list of harbour projects, the Gazette said, including dredging, lighting and new moorings.")
    q = quote_with(a, "The pier was on a list of harbour projects")
    assert [span.text for span in q.content] == [
        "The pier was on a list of harbour projects",
        "including dredging, lighting and new moorings",
    ]
    assert q.speaker_name == "Gazette"


def test_a_cue_with_an_inverted_speaker_set_off_by_commas_reports_both_sides(analyze):
    a = analyze(
        "Rather than raising the harbour fees again, said Mirela Dosti, the port's finance director, the board wants the deficit cut."
    )
    q = quote_with(a, "the board wants the deficit cut")
    assert q.content[0].text == "Rather than raising the harbour fees again"
    assert q.speaker_name == "Mirela Dosti"


def test_a_cue_set_off_by_commas_before_its_own_cue_keeps_one_side(analyze):
    a = analyze("The harbour is silting up, Okafor said, adding that the dredger would arrive in June.")
    q = quote_with(a, "The harbour is silting up")
    assert [span.text for span in q.content] == ["The harbour is silting up"]
    assert quote_with(a, "the dredger would arrive in June").cue.text == "adding"


def test_a_participle_cue_hung_from_the_reported_clause_reports_a_clause_of_its_own(analyze):
    a = analyze("Okafor said she plans to present a budget for the harbour after Easter, insisting that the ferry operators are too cautious.")
    assert quote_with(a, "she plans to present a budget").content[-1].text.endswith("after Easter")
    assert quote_with(a, "the ferry operators are too cautious").cue.text == "insisting"


# --- the source "according to" names -----------------------------------------------------------


def test_a_quotation_said_according_to_a_source_is_credited_to_the_source(analyze):
    a = analyze("Okafor met the delegates on Monday.\n\n“Nobody leaves this room until we agree,” Okafor said, according to the Harbour Gazette.")
    q = quote_with(a, "Nobody leaves this room")
    assert q.cue.text == "according to"
    assert q.speaker_name == "Harbour Gazette"


def test_according_to_a_record_credits_its_author(analyze):
    a = analyze("Ferry traffic fell by a third last year, according to a report from the Saltmarsh Port Authority.")
    q = quote_with(a, "Ferry traffic fell by a third")
    assert q.speaker_name == "Saltmarsh Port Authority"


def test_according_to_an_interview_someone_gave_credits_the_one_who_gave_it(analyze):
    a = analyze("Dosti was on the ferry, according to an interview his brother Arben Dosti gave to the Gazette.")
    q = quote_with(a, "Dosti was on the ferry")
    assert q.speaker_name == "Arben Dosti"
    assert [span.text for span in q.content] == ["Dosti was on the ferry"]


def test_according_to_an_unnamed_source_keeps_the_source(analyze):
    a = analyze("The mayor had already signed the order, according to someone in the room.")
    q = quote_with(a, "The mayor had already signed the order")
    assert q.speaker is not None and q.speaker.text == "someone"


# --- quotation marks the tokeniser glued, or text spaced as tokens ------------------------------


def test_a_quotation_in_tokenised_text_ending_a_line_is_attributed(analyze):
    a = analyze('Okafor met the ferry crews on Monday .\n\nOkafor said : " We will reopen the pier in May . "')
    q = quote_with(a, "We will reopen the pier in May")
    assert q.kind == "direct"
    assert q.speaker_name == "Okafor"


def test_a_cue_glued_to_the_opening_mark_is_found_with_its_speaker(analyze):
    a = analyze("Mirela Dosti spoke to the crews on Monday. Dosti said,“Look, nobody here wants the pier closed.”")
    q = quote_with(a, "nobody here wants the pier closed")
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_name == "Mirela Dosti"


def test_a_pronoun_before_a_glued_cue_is_the_speaker(analyze):
    a = analyze("Mirela Dosti spoke to the crews on Monday. She said:“We will reopen the pier in May.”")
    q = quote_with(a, "We will reopen the pier in May")
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_name == "Mirela Dosti"


def test_a_word_glued_to_an_opening_mark_is_a_cue_only_if_it_reports_speech():
    assert is_cue_form("said") and is_cue_form("insisted") and is_cue_form("replied") and is_cue_form("adds")
    assert not is_cue_form("titled") and not is_cue_form("the")


# --- a statement introduced the paragraph before ---------------------------------------------


def test_a_statement_issued_before_a_colon_is_said_by_who_issued_it(analyze):
    a = analyze(
        "In response, harbour master Mirela Dosti issued the following statement:\n\n"
        "“Our thoughts are with the crews of both vessels. The pier stays closed until the inquiry ends.”"
    )
    q = quote_with(a, "Our thoughts are with the crews")
    assert q.speaker_name == "Mirela Dosti"


# --- a few words going on with a quotation after its attribution --------------------------------


def test_a_few_words_after_the_attribution_go_on_with_the_quote(analyze):
    a = analyze("“We have got a common enemy for almost anybody decent,” Okafor told the delegates on Monday. “The drought.”")
    q = quote_with(a, "We have got a common enemy")
    assert [span.text for span in q.content] == ["We have got a common enemy for almost anybody decent", "The drought"]


def test_a_title_after_the_attribution_is_not_more_of_the_quote(analyze):
    a = analyze("“We have got a common enemy for almost anybody decent,” Okafor told the delegates on Monday. “Hamlet” is his favourite play.")
    q = quote_with(a, "We have got a common enemy")
    assert [span.text for span in q.content] == ["We have got a common enemy for almost anybody decent"]


def test_a_title_inside_the_attribution_does_not_end_it(analyze):
    a = analyze(
        "“The harbour is a paranoid, isolated place,” Okafor told the Gazette’s “Morning Tide.” "
        "“When the pier closes, nobody comes.”"
    )
    q = quote_with(a, "The harbour is a paranoid, isolated place")
    assert [span.text for span in q.content] == ["The harbour is a paranoid, isolated place", "When the pier closes, nobody comes"]
    assert q.speaker_name == "Okafor"


def test_a_one_word_answer_after_said_is_what_was_said(analyze):
    a = analyze("Asked whether the pier should close, 46 percent of the residents said yes, compared with 30 percent last year.")
    q = quote_with(a, "yes")
    assert q.cue.text == "said" and [span.text for span in q.content] == ["yes"]


def test_said_no_to_something_is_no_answer(analyze):
    a = analyze("The Saltmarsh council said no to the new pier.")
    assert not any(span.text == "no" for quote in a.quotes for span in quote.content)


def test_a_clause_said_in_a_statement_is_reported(analyze):
    a = analyze(
        "Mirela Dosti, a spokeswoman for the Saltmarsh Port Authority, said in a statement that the harbour's security team "
        "would work with the police and the coastguard ''to ensure the safety of all of our crews.''"
    )
    q = quote_with(a, "the harbour's security team would work with the police")
    assert q.kind == "mixed" and q.speaker_name == "Mirela Dosti"


def test_a_cue_set_off_before_a_colon_reports_what_follows_too(analyze):
    a = analyze("Several factors make a second strike unlikely, union insiders said: the new pay offer and the number of idle crews.")
    q = quote_with(a, "Several factors make a second strike unlikely")
    assert q.content[-1].text == "the new pay offer and the number of idle crews"


# --- what an explanation reports -----------------------------------------------------------------


def test_explaining_why_reports_the_explanation(analyze):
    a = analyze("“I have two brothers-in-law in Tirana,” Dosti said, explaining why he disagrees with the harbour plan.")
    q = quote_with(a, "why he disagrees with the harbour plan")
    assert q.cue.text == "explaining" and q.speaker_name == "Dosti"


def test_would_not_say_why_is_still_no_report(analyze):
    a = analyze("Mirela Dosti would not say why the pier closed.")
    assert not any("the pier closed" in span.text for quote in a.quotes for span in quote.content)


def test_explained_an_object_reports_it(analyze):
    a = analyze("Another harbour official, Arben Dosti of Saltmarsh, explained the reason for his late support for the plan.")
    q = quote_with(a, "the reason for his late support for the plan")
    assert q.cue.text == "explained"
