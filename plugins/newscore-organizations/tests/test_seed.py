"""The seed article, through a pipeline with the core and this plugin."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscore import Article

SEED = Path(__file__).resolve().parents[3] / "seeds" / "putin-sco-wagner.txt"


@pytest.fixture(scope="module")
def seed(organizations):
    return organizations(Article(text=SEED.read_text(encoding="utf-8"), source="Aljazeera"))


def test_finds_the_gold_organisations_with_their_aliases(seed):
    found, _ = seed
    assert "SCO" in found["Shanghai Cooperation Organisation"].aliases
    assert found["Shanghai Cooperation Organisation"].acronym == "SCO"
    assert found["Shanghai Cooperation Organisation"].type == "international"
    assert "Wagner" in found["Wagner Group"].aliases
    assert found["Wagner Group"].type == "armed_group"
    assert found["Kremlin"].type == "government"
    assert found["Al Jazeera"].type == "media"
    assert [m.text for m in found["Al Jazeera"].mentions] == ["Aljazeera"]


def test_one_entity_per_organisation_with_every_mention(seed):
    found, analysis = seed
    text = analysis.article.text
    wagner = [m.text for m in found["Wagner Group"].mentions]
    assert wagner.count("Wagner Group") == 2 and wagner.count("Wagner") == 3  # title, subheading, "Wagner’s"
    assert [m.text for m in found["Shanghai Cooperation Organisation"].mentions].count("SCO") == text.count("SCO")
    names = [e.name for e in analysis.entities_of("organization")]
    assert len(names) == len(set(names))


def test_no_false_organisations(seed):
    found, analysis = seed
    texts = {m.text for e in analysis.entities_of("organization") for m in e.mentions}
    assert not texts & {"Fatherland", "Defence", "Yevgeny Prigozhin", "Prigozhin", "the"}
    assert all(not m.text.startswith("the") for e in found.values() for m in e.mentions)


def test_prigozhin_is_one_person_with_all_his_mentions(seed):
    _, analysis = seed
    people = [e for e in analysis.entities_of("person") if "Prigozhin" in e.name]
    assert len(people) == 1
    assert people[0].name == "Yevgeny Prigozhin"
    assert len(people[0].mentions) == analysis.article.text.count("Prigozhin")


def test_source_line_is_found_without_article_metadata(organizations):
    found, _ = organizations(SEED.read_text(encoding="utf-8"))
    assert found["Al Jazeera"].type == "media"
