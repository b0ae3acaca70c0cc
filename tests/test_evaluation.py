from __future__ import annotations

import pytest

from newscore import Analysis, Article, Entity, Mention, Quote, Span
from newscore.evaluation import (
    NER_UNSCORED_FORMS,
    GoldDocument,
    GoldEntity,
    GoldQuote,
    distance_km,
    is_reported_speech,
    names_match,
    score,
)

TEXT = "“We will win,” said Denys Shmyhal in Kyiv. Officials in Paris said little."


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        ("Putin", "Vladimir Putin", True),
        ("President Vladimir Putin", "vladimir putin", True),
        ("Mr. Shmyhal", "Denys Shmyhal", True),
        ("Vladimir", "Vladimir Putin", False),
        ("Sergei Shoigu", "Vladimir Putin", False),
        (None, "Vladimir Putin", False),
    ],
)
def test_names_match(predicted, gold, expected):
    assert names_match(predicted, gold) is expected


def _quote(start, end, name=None, kind="direct"):
    return Quote(kind, [Span.from_text(TEXT, start, end)], speaker_name=name)


def test_quote_found_by_half_overlap_and_attributed_by_surname():
    gold = GoldDocument("d", TEXT, quotes=[GoldQuote(1, 12, "Denys Shmyhal", "direct")])
    half = Analysis(Article(TEXT), quotes=[_quote(1, 7, "Shmyhal"), _quote(45, 60, "Paris")])
    report = score([gold], [half]).to_dict()["quotes"]["all"]
    assert (report["precision"], report["recall"]) == (0.5, 1.0)
    assert report["attribution_accuracy"] == 1.0 and report["found_and_attributed"] == 1.0
    too_little = Analysis(Article(TEXT), quotes=[_quote(1, 5, "Shmyhal")])
    assert score([gold], [too_little]).to_dict()["quotes"]["all"]["recall"] == 0.0


def test_quotes_are_matched_one_to_one():
    gold = GoldDocument("d", TEXT, quotes=[GoldQuote(1, 12, "Denys Shmyhal", "direct")])
    # "We will win": both halves cover half of the gold quote, only one can be its match
    halves = Analysis(Article(TEXT), quotes=[_quote(1, 7, "Shmyhal"), _quote(6, 12, "Shmyhal")])
    report = score([gold], [halves]).to_dict()["quotes"]["all"]
    assert (report["precision"], report["recall"], report["predicted"]) == (0.5, 1.0, 2)


@pytest.mark.parametrize(
    "cue, expected",
    [("said", True), ("admitted", True), ("is insisting", True), ("according to", True), (":", True), ("—", True),
     ("put it", True), ("believes", False), ("plans", False), (None, False), ("", False)],
)
def test_reported_speech_is_told_by_the_cue(cue, expected):
    assert is_reported_speech(GoldQuote(0, 1, cue=cue)) is expected


def test_reported_speech_row_sets_aside_predictions_inside_beliefs():
    text = "Smith said taxes would rise. Jones believes rates will fall. Brown noted costs soared."
    said = GoldQuote(11, 27, "Smith", "indirect", cue="said")
    believes = GoldQuote(44, 59, "Jones", "indirect", cue="believes")
    noted = GoldQuote(73, 85, "Brown", "indirect", cue="noted")
    gold = GoldDocument("d", text, quotes=[said, believes, noted])

    def quote(start, end, name):
        return Quote("indirect", [Span.from_text(text, start, end)], speaker_name=name)

    predicted = [quote(11, 27, "Smith"), quote(44, 59, "Jones")]  # finds "said" and the belief; misses "noted"
    scores = score([gold], [Analysis(Article(text), quotes=predicted)]).to_dict()["quotes"]
    reported = scores["reported"]
    assert (reported["gold"], reported["predicted"]) == (2, 1)  # the belief's match counts neither way
    assert (reported["precision"], reported["recall"]) == (1.0, 0.5)
    assert scores["all"]["recall"] == round(2 / 3, 4)


def test_speaker_right_by_the_speaker_mention_offsets():
    text = "“We will win,” he said."
    gold = GoldDocument("d", text, quotes=[GoldQuote(1, 12, "he", "direct", cue="said", speaker_start=15, speaker_end=17)])
    at_the_cue = Quote("direct", [Span.from_text(text, 1, 12)], speaker=Span.from_text(text, 15, 17), speaker_name="Denys Shmyhal")
    elsewhere = Quote("direct", [Span.from_text(text, 1, 12)], speaker_name="Denys Shmyhal")
    right = score([gold], [Analysis(Article(text), quotes=[at_the_cue])]).to_dict()["quotes"]["all"]
    wrong = score([gold], [Analysis(Article(text), quotes=[elsewhere])]).to_dict()["quotes"]["all"]
    assert right["attribution_accuracy"] == 1.0 and wrong["attribution_accuracy"] == 0.0


def test_entities_exact_relaxed_one_to_one_and_resolution():
    gold = GoldDocument(
        "d",
        TEXT,
        entities=[
            GoldEntity(38, 42, "location", country_code="UA", latitude=50.45, longitude=30.52),
            GoldEntity(56, 61, "location", country_code="FR", latitude=48.85, longitude=2.35),
        ],
    )
    kyiv = Entity("location", "Kyiv", [Mention.from_text(TEXT, 38, 42)], country_code="UA", latitude=50.4, longitude=30.6)
    paris_tx = Entity(
        "location", "Paris", [Mention.from_text(TEXT, 53, 61)], country_code="US", latitude=33.66, longitude=-95.55
    )
    report = score([gold], [Analysis(Article(TEXT), entities=[kyiv, paris_tx])]).to_dict()["entities"]["location"]
    assert report["exact"]["f1"] == 0.5
    assert report["relaxed"]["f1"] == 1.0
    assert report["accuracy_161km"] == 0.5 and report["country_accuracy"] == 0.5


def test_score_refuses_mismatched_texts():
    with pytest.raises(ValueError, match="different texts"):
        score([GoldDocument("d", "a")], [Analysis(Article("b"))])


def test_ner_style_gold_leaves_out_demonyms_and_places_inside_names():
    text = "The Miami Herald said Russian troops left Kyiv."
    gold = GoldDocument("d", text, entities=[GoldEntity(41, 45, "location")])
    places = Entity(
        "location",
        "places",
        [
            Mention.from_text(text, 4, 9, form="embedded"),
            Mention.from_text(text, 22, 29, form="demonym"),
            Mention.from_text(text, 41, 45, form="name"),
        ],
    )
    analysis = Analysis(Article(text), entities=[places])
    counted = score([gold], [analysis]).to_dict()["entities"]["location"]["exact"]
    ner_style = score([gold], [analysis], unscored_forms=NER_UNSCORED_FORMS).to_dict()["entities"]["location"]["exact"]
    assert counted["predicted"] == 3 and counted["precision"] < 1
    assert ner_style["predicted"] == 1 and ner_style["f1"] == 1.0


def test_distance_km_is_the_great_circle_distance():
    assert distance_km(51.5074, -0.1278, 51.5074, -0.1278) == 0.0
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=2)  # London to Paris
    assert distance_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(20015, abs=1)  # half the equator
