"""What the accuracy benchmarks share: gold sets parsed once, and raw spaCy as a system."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path

from newscore import Analysis, Article, Entity, Mention
from newscore.evaluation import GoldDocument, load_gold

#: The real-news development sets: the shared folder beside the repository, or $NEWSCORE_DEV_DATA.
DEV_DATA = Path(os.environ.get("NEWSCORE_DEV_DATA", Path(__file__).resolve().parent.parent.parent / "shared" / "dev-data"))


def parsed_gold(nlp, path: Path) -> tuple[list[GoldDocument], list[Article], list, float]:
    """The gold documents of ``path``, an article for each, their parses and the seconds parsing took."""
    gold = load_gold(path)
    articles = [Article(text=document.text, id=document.id) for document in gold]
    started = time.perf_counter()
    docs = list(nlp.pipe(article.text for article in articles))
    return gold, articles, docs, time.perf_counter() - started


def raw_spacy(article: Article, doc, kinds: Mapping[str, str]) -> Analysis:
    """spaCy's own entities as an analysis; ``kinds`` maps spaCy labels to newscore kinds."""
    entities = [
        Entity(kind=kinds[ent.label_], name=ent.text, mentions=[Mention.from_text(article.text, ent.start_char, ent.end_char)])
        for ent in doc.ents
        if ent.label_ in kinds
    ]
    return Analysis(article=article, entities=entities)


def write_json_out(path: Path | None, figures: object) -> None:
    """Write a benchmark's figures as JSON (``--json-out``) for ``benchmarks/run.py`` to collect."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"figures written to {path}")
