"""Checks on short newswire passages (sports, business wire, datelines, non-US news).

``benchmarks/data/locations_passages.jsonl`` holds passages written for this check before
the plugin's output on them was seen, each with what a reader expects of some of its
words: a place (found as a location mention of exactly that text, with that country code
and mention form where one is given: "demonym" for "Beijing" in "pro-Beijing"; where the
check gives coordinates, resolved within 161 km of them, as geoparsers are scored) or not a
place (no location mention of exactly that text: a club named after its town, "Federal" in
"Federal Trade Commission"). Prints every failed check and the share that pass, per style
and overall, and the share of checks with coordinates resolved within 161 km.

    .venv/bin/python benchmarks/locations_passages.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newscore import Article, Pipeline
from newscore.evaluation import distance_km

PASSAGES = Path(__file__).resolve().parent / "data" / "locations_passages.jsonl"
_ACCURACY_KM = 161.0

# What one location mention of a text was resolved to: country code, mention form, coordinates.
_Found = tuple[str | None, str, float | None, float | None]


def _resolved(check: dict, mentions: list[_Found]) -> str | None:
    """None if a mention of the check's text lies within 161 km of its coordinates."""
    distances = [
        distance_km(check["latitude"], check["longitude"], lat, lon)
        for _, _, lat, lon in mentions
        if lat is not None and lon is not None
    ]
    if not distances:
        return "not resolved"
    if min(distances) > _ACCURACY_KM:
        return f"resolved {min(distances):.0f} km off"
    return None


def _verdict(check: dict, found: dict[str, list[_Found]]) -> str | None:
    """None if the check passes, else what went wrong."""
    mentions = found.get(check["text"])
    if mentions is not None and "form" in check:
        if not any(form == check["form"] for _, form, _, _ in mentions):
            return f"form {', '.join(form for _, form, _, _ in mentions)}, expected {check['form']}"
    codes = None if mentions is None else [code for code, _, _, _ in mentions]
    if not check["place"]:
        return None if codes is None else f"taken as a place ({', '.join(map(str, codes))})"
    if codes is None:
        return "not found"
    expected = check.get("country_code")
    if expected is not None and expected not in codes:
        return f"country {', '.join(map(str, codes))}, expected {expected}"
    if "latitude" in check and mentions is not None:
        return _resolved(check, mentions)
    return None


def main() -> None:
    pipeline = Pipeline(time_budget=None)
    passed, total = Counter(), Counter()
    resolved = with_coordinates = 0
    for line in PASSAGES.read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        analysis = pipeline.analyze(Article(text=passage["text"], id=passage["id"]))
        found: dict[str, list[_Found]] = {}
        for entity in analysis.entities_of("location"):
            for mention in entity.mentions:
                found.setdefault(mention.text, []).append(
                    (entity.country_code, mention.form, entity.latitude, entity.longitude)
                )
        for check in passage["checks"]:
            total[passage["style"]] += 1
            problem = _verdict(check, found)
            if "latitude" in check:
                with_coordinates += 1
                resolved += check["text"] in found and _resolved(check, found[check["text"]]) is None
            if problem is None:
                passed[passage["style"]] += 1
            else:
                print(f"  FAIL {passage['id']}: {check['text']!r} {problem}")
    for style in sorted(total):
        print(f"{style:10} {passed[style]}/{total[style]} checks pass")
    print(f"{'all':10} {sum(passed.values())}/{sum(total.values())} = {sum(passed.values()) / sum(total.values()):.2f}")
    if with_coordinates:
        print(
            f"{'within 161 km':10} {resolved}/{with_coordinates} = {resolved / with_coordinates:.2f} of checks with coordinates"
        )


if __name__ == "__main__":
    main()
