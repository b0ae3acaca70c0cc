"""Checks on short newswire passages (sports, business wire, datelines, non-US news).

``benchmarks/data/locations_passages.jsonl`` holds passages written for this check before
the plugin's output on them was seen, each with what a reader expects of some of its
words: a place (found as a location mention of exactly that text, with that country code
and mention form where one is given: "demonym" for "Beijing" in "pro-Beijing") or not a place (no location mention of exactly that text: a club
named after its town, "Federal" in "Federal Trade Commission"). Prints every failed check
and the share that pass, per style and overall.

    .venv/bin/python benchmarks/locations_passages.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newscore import Article, Pipeline

PASSAGES = Path(__file__).resolve().parent / "data" / "locations_passages.jsonl"


def _verdict(check: dict, found: dict[str, list[tuple[str | None, str]]]) -> str | None:
    """None if the check passes, else what went wrong."""
    mentions = found.get(check["text"])
    if mentions is not None and "form" in check:
        if not any(form == check["form"] for _, form in mentions):
            return f"form {', '.join(form for _, form in mentions)}, expected {check['form']}"
    codes = None if mentions is None else [code for code, _ in mentions]
    if not check["place"]:
        return None if codes is None else f"taken as a place ({', '.join(map(str, codes))})"
    if codes is None:
        return "not found"
    expected = check.get("country_code")
    if expected is not None and expected not in codes:
        return f"country {', '.join(map(str, codes))}, expected {expected}"
    return None


def main() -> None:
    pipeline = Pipeline(time_budget=None)
    passed, total = Counter(), Counter()
    for line in PASSAGES.read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        analysis = pipeline.analyze(Article(text=passage["text"], id=passage["id"]))
        found: dict[str, list[tuple[str | None, str]]] = {}
        for entity in analysis.entities_of("location"):
            for mention in entity.mentions:
                found.setdefault(mention.text, []).append((entity.country_code, mention.form))
        for check in passage["checks"]:
            total[passage["style"]] += 1
            problem = _verdict(check, found)
            if problem is None:
                passed[passage["style"]] += 1
            else:
                print(f"  FAIL {passage['id']}: {check['text']!r} {problem}")
    for style in sorted(total):
        print(f"{style:10} {passed[style]}/{total[style]} checks pass")
    print(f"{'all':10} {sum(passed.values())}/{sum(total.values())} = {sum(passed.values()) / sum(total.values()):.2f}")


if __name__ == "__main__":
    main()
