"""The spaCy, ninjs and Web Annotation exporters: structure, offsets, registration and --format."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings

from newscore import Analysis, Article, Entity, Mention, Plugins, Quote, Span
from newscore.cli import main
from newscore.exporters.ninjs import NinjsExporter, article_uri, to_ninjs
from newscore.exporters.spacy import SpacyJsonExporter, to_spacy_doc
from newscore.exporters.webanno import WebAnnotationExporter, annotation_page, to_web_annotations
from newscore.testing import analyses

TEXT = "“We are united,” Vladimir Putin told the SCO in Moscow. “We will win,” Putin added. Mosc."


def _m(text: str, word: str, nth: int = 0, **keywords) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention.from_text(text, start, start + len(word), **keywords)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    putin = Entity(
        "person", "Vladimir Putin", [_m(TEXT, "Vladimir Putin"), _m(TEXT, "Putin", 1), _m(TEXT, "Vladimir")], id="e1"
    )
    sco = Entity("organization", "Shanghai Cooperation Organisation", [_m(TEXT, "SCO")], id="e2", acronym="SCO")
    moscow = Entity(
        "location",
        "Moscow",
        [_m(TEXT, "Moscow"), _m(TEXT, "Mosc", 1)],
        id="e3",
        country_code="RU",
        latitude=55.75222,
        longitude=37.61556,
        geonames_id=524901,
    )
    first = Quote(
        "direct",
        [Span.from_text(TEXT, 1, 14)],
        id="q1",
        cue=_m(TEXT, "told"),
        speaker=_m(TEXT, "Vladimir Putin"),
        speaker_entity="e1",
        speaker_name="Vladimir Putin",
    )
    second = Quote("direct", [_m(TEXT, "We will"), _m(TEXT, "win")], id="q2", speaker_entity="e1", speaker_name="Putin")
    article = Article(
        text=TEXT,
        id="putin/1",
        title="Putin says Russia is united",
        standfirst="At an SCO meeting",
        authors=("A. Writer", "B. Writer"),
        source="Example Wire",
        language="en",
        published_at=dt.datetime(2023, 7, 4, 12, 0, tzinfo=dt.UTC),
    )
    return Analysis(article=article, entities=[putin, sco, moscow], quotes=[first, second])


# --- spaCy ----------------------------------------------------------------------------------


def test_spacy_doc_carries_entities_and_quotes(nlp, analysis):
    doc = to_spacy_doc(analysis, nlp)
    assert doc.text == TEXT
    assert not doc.has_annotation("DEP")  # only tokenised: nothing from the model leaks in
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    # "Vladimir" lies inside "Vladimir Putin": doc.ents keeps the longer one
    assert ents == [
        ("Vladimir Putin", "PERSON", "e1"),
        ("SCO", "ORG", "e2"),
        ("Moscow", "GPE", "e3"),
        ("Putin", "PERSON", "e1"),
        ("Mosc", "GPE", "e3"),
    ]
    assert len(doc.spans["newscore_entities"]) == 6  # every mention, overlapping ones too
    quotes = [(s.text, s.label_, s.kb_id_) for s in doc.spans["newscore_quotes"]]
    assert quotes == [("We are united", "direct", "q1"), ("We will", "direct", "q2"), ("win", "direct", "q2")]
    assert [(s.text, s.kb_id_) for s in doc.spans["newscore_speakers"]] == [("Vladimir Putin", "e1")]
    assert [s.text for s in doc.spans["newscore_cues"]] == ["told"]


def test_spacy_spans_cover_their_mentions_and_are_exact_on_token_boundaries(nlp, analysis):
    doc = to_spacy_doc(analysis, nlp)
    mentions = [m for e in analysis.entities for m in e.mentions]
    for span, mention in zip(doc.spans["newscore_entities"], mentions, strict=True):
        assert span.start_char <= mention.start and mention.end <= span.end_char
        on_boundaries = doc.char_span(mention.start, mention.end) is not None
        assert on_boundaries == ((span.start_char, span.end_char) == (mention.start, mention.end))


def test_a_mention_inside_a_token_is_widened_not_dropped(nlp):
    text = "Muscovites cheered."
    analysis = Analysis(Article(text=text), [Entity("location", "Moscow", [Mention.from_text(text, 0, 4)], id="e1")])
    doc = to_spacy_doc(analysis, nlp)
    assert [(e.text, e.start_char, e.end_char) for e in doc.ents] == [("Muscovites", 0, 10)]


def test_spacy_doc_from_a_bare_vocab_keeps_the_text(nlp, analysis):
    doc = to_spacy_doc(analysis, nlp.vocab)
    assert doc.text == TEXT
    assert [e.text for e in doc.ents][:3] == ["Vladimir Putin", "SCO", "Moscow"]


@settings(max_examples=40, deadline=None)
@given(analysis=analyses())
def test_spacy_doc_of_any_analysis_keeps_text_and_spans_inside(nlp, analysis):
    for tokenizer in (nlp, nlp.vocab):
        doc = to_spacy_doc(analysis, tokenizer)
        assert doc.text == analysis.article.text
        for group in doc.spans.values():
            for span in group:
                assert 0 <= span.start_char < span.end_char <= len(doc.text)


def test_spacy_exporter_writes_doc_json_per_line_that_spacy_reads_back(nlp, analysis):
    from spacy.tokens import Doc

    stream = io.StringIO()
    SpacyJsonExporter().write([analysis, analysis], stream)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    data = json.loads(lines[0])
    assert data["text"] == TEXT
    first = data["ents"][0]
    assert (first["start"], first["end"], first["label"]) == (17, 31, "PERSON")
    doc = Doc(nlp.vocab).from_json(data)
    assert [s.text for s in doc.spans["newscore_quotes"]] == ["We are united", "We will", "win"]


# --- ninjs ------------------------------------------------------------------------------------

#: The top-level properties of the ninjs 3.1 schema (which allows no others).
_NINJS_PROPERTIES = {
    "uri", "type", "representationType", "profile", "version", "firstCreated", "versionCreated",
    "contentCreated", "embargoedUntil", "pubStatus", "urgency", "copyrightHolder", "copyrightNotice",
    "usageTerms", "edNote", "language", "descriptions", "bodies", "headlines", "people", "organisations",
    "places", "subjects", "events", "eventDetails", "plannedCoverage", "objects", "infoSources", "title",
    "by", "slugline", "located", "renditions", "associations", "altIds", "trustIndicators", "standard",
    "genres", "expires", "rightsInfo", "digitalSourceType",
}
_NINJS_ENTITY_PROPERTIES = {"name", "rel", "uri", "literal", "contactInfo", "geoJSON", "symbols"}


def test_ninjs_item_lists_people_organisations_and_places(analysis):
    item = to_ninjs(analysis)
    assert set(item) <= _NINJS_PROPERTIES
    assert item["uri"] == "urn:newscore:article:putin%2F1"
    assert item["type"] == "text"
    assert item["standard"]["name"] == "ninjs" and item["standard"]["version"].startswith("3.")
    assert item["headlines"] == [
        {"role": "main", "value": "Putin says Russia is united"},
        {"role": "sub", "value": "At an SCO meeting"},
    ]
    assert item["bodies"][0]["value"] == TEXT and item["bodies"][0]["charCount"] == len(TEXT)
    assert item["by"] == "A. Writer, B. Writer"
    assert item["firstCreated"] == "2023-07-04T12:00:00+00:00"
    assert item["people"] == [{"name": "Vladimir Putin", "rel": "quoted"}]
    assert item["organisations"] == [{"name": "Shanghai Cooperation Organisation", "rel": "mentioned"}]
    assert item["places"] == [
        {
            "name": "Moscow",
            "rel": "mentioned",
            "uri": "https://sws.geonames.org/524901/",
            "literal": "RU",
            "geoJSON": {"type": "Point", "coordinates": [37.61556, 55.75222]},  # longitude first
        }
    ]
    for key in ("people", "organisations", "places"):
        for entry in item[key]:
            assert set(entry) <= _NINJS_ENTITY_PROPERTIES


def test_article_uri_prefers_an_absolute_url_and_is_stable_without_an_id():
    assert article_uri(Article(text="x", url="https://example.com/a?b=1")) == "https://example.com/a?b=1"
    assert article_uri(Article(text="x", id="a b", url="not a url")) == "urn:newscore:article:a%20b"
    anonymous = article_uri(Article(text="some text"))
    assert anonymous.startswith("urn:newscore:sha1:") and anonymous == article_uri(Article(text="some text"))
    assert anonymous != article_uri(Article(text="other text"))


@settings(max_examples=40, deadline=None)
@given(analysis=analyses())
def test_ninjs_of_any_analysis_is_json_with_known_properties(analysis):
    item = json.loads(json.dumps(to_ninjs(analysis)))
    assert set(item) <= _NINJS_PROPERTIES
    assert item["bodies"][0]["value"] == analysis.article.text
    assert len(item.get("people", [])) == len(analysis.entities_of("person"))
    assert len(item.get("places", [])) == len(analysis.entities_of("location"))


def test_ninjs_exporter_writes_one_item_per_line(analysis):
    stream = io.StringIO()
    NinjsExporter().write([analysis, analysis], stream)
    assert [json.loads(line)["uri"] for line in stream.getvalue().splitlines()] == [article_uri(analysis.article)] * 2


# --- Web Annotation ----------------------------------------------------------------------------


def _selectors(target):
    return {selector["type"]: selector for selector in target["selector"]}


def test_web_annotations_one_per_mention_and_quote_with_exact_selectors(analysis):
    annotations = to_web_annotations(analysis)
    assert len(annotations) == 6 + 2
    for annotation in annotations:
        assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert annotation["type"] == "Annotation"
        targets = annotation["target"] if isinstance(annotation["target"], list) else [annotation["target"]]
        for target in targets:
            assert target["source"] == "urn:newscore:article:putin%2F1"
            selectors = _selectors(target)
            position, quote = selectors["TextPositionSelector"], selectors["TextQuoteSelector"]
            assert TEXT[position["start"] : position["end"]] == quote["exact"]
            assert TEXT[: position["start"]].endswith(quote["prefix"])
            assert TEXT[position["end"] :].startswith(quote["suffix"])
    moscow = next(a for a in annotations if a["id"].endswith("#e3.1"))
    assert moscow["motivation"] == "identifying"
    assert {"id": "https://sws.geonames.org/524901/", "purpose": "identifying"} in moscow["body"]
    assert {"type": "TextualBody", "purpose": "tagging", "value": "location"} in moscow["body"]
    split_quote = next(a for a in annotations if a["id"].endswith("#q2"))
    assert [_selectors(t)["TextQuoteSelector"]["exact"] for t in split_quote["target"]] == ["We will", "win"]


@settings(max_examples=40, deadline=None)
@given(analysis=analyses())
def test_web_annotation_selectors_of_any_analysis_are_exact(analysis):
    text = analysis.article.text
    page = json.loads(json.dumps(annotation_page(analysis)))
    mentions = sum(len(e.mentions) for e in analysis.entities)
    assert len(page["items"]) == mentions + len(analysis.quotes)
    assert len({item["id"] for item in page["items"]}) == len(page["items"])
    for item in page["items"]:
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            selectors = _selectors(target)
            start, end = selectors["TextPositionSelector"]["start"], selectors["TextPositionSelector"]["end"]
            assert text[start:end] == selectors["TextQuoteSelector"]["exact"]


def test_web_annotation_exporter_writes_an_annotation_page_per_line(analysis):
    stream = io.StringIO()
    WebAnnotationExporter().write([analysis], stream)
    [line] = stream.getvalue().splitlines()
    page = json.loads(line)
    assert page["type"] == "AnnotationPage" and page["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert all("@context" not in item for item in page["items"])


# --- registration and the command line --------------------------------------------------------


def test_the_core_registers_the_three_formats():
    names = [exporter.name for exporter in Plugins(load_entry_points=False).exporters()]
    assert {"spacy", "ninjs", "webanno"} <= set(names)
    assert len(names) == len(set(names))


@pytest.mark.parametrize("format_name, check", [
    ("spacy", lambda data: data["text"].startswith("“We will win,”")),
    ("ninjs", lambda data: data["bodies"][0]["value"].startswith("“We will win,”")),
    ("webanno", lambda data: data["type"] == "AnnotationPage"),
])
def test_cli_format_selects_the_exporter(tmp_path, capsys, monkeypatch, format_name, check):
    from importlib.metadata import entry_points

    installed = ",".join(ep.name for ep in entry_points(group="newscore.plugins"))
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", installed)  # the core alone: fast and predictable
    article = tmp_path / "story.txt"
    article.write_text("“We will win,” Volodymyr Zelensky said in Kyiv.\n", encoding="utf-8")
    assert main(["analyze", "--format", format_name, "--no-progress", str(article)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert check(json.loads(line))
