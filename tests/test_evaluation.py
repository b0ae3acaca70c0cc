from __future__ import annotations

import pytest

from newscore import Analysis, Article, Entity, Mention, Quote, Span
from newscore.evaluation import NER_UNSCORED_FORMS, GoldDocument, GoldEntity, GoldQuote, names_match, score

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
