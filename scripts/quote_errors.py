"""Sort the quote benchmark's wrong speakers (and misses) into categories, with examples.

Reads the file ``benchmarks/quotes.py --dump`` writes; prints counts per category and kind, and
a few examples of each, so the biggest kinds of error can be fixed first.

    python benchmarks/quotes.py --set polnear-train --dump quotes-errors.jsonl
    python scripts/quote_errors.py quotes-errors.jsonl                  # speaker errors, direct quotes
    python scripts/quote_errors.py quotes-errors.jsonl --kind all --examples 5
    python scripts/quote_errors.py quotes-errors.jsonl --category cue-no-speaker --examples 40

Categories of a wrong speaker (first that applies):

* ``no-cue``: the quote was found with no cue and no speaker;
* ``cue-no-speaker``: a cue but no speaker;
* ``other-cue``: a speaker from a cue that is not the gold cue (another verb, a cue of a nearby quote);
* ``gold-pronoun`` / ``gold-relative``: the gold speaker is a pronoun (``he``) or a relative pronoun
  (``who``) and the predicted speaker is another mention;
* ``gold-document``: the gold speaker is a document, a medium or an organisation-like phrase;
* ``gold-role``: the gold speaker is a role phrase (``the governor``, ``the 46-year-old``);
* ``gold-long``: the gold speaker phrase is long (appositions: ``Scott Pruitt, the … of Oklahoma,``);
* ``wrong-person``: any other named speaker.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me"])
_RELATIVES = frozenset(["who", "which", "that", "whom"])
_DOCUMENT_WORDS = frozenset(
    ["statement", "report", "letter", "email", "emails", "tweet", "post", "memo", "transcript", "poll", "survey", "study",
     "document", "ad", "video", "release", "website", "site", "times", "post", "news", "journal", "cnn", "ap", "reuters",
     "afp", "campaign", "committee", "department", "office", "administration", "board", "party", "group", "council"]
)
_LONG_WORDS = 5


def _words(text: str | None) -> list[str]:
    return [w.strip(",.’'\"").casefold() for w in (text or "").split()]


def category(error: dict[str, Any]) -> str:
    """The category of one ``speaker`` error of the dump (see the module docstring)."""
    if error["predicted_speaker"] is None and error.get("predicted_speaker_text") is None:
        return "no-cue" if error.get("predicted_cue") is None else "cue-no-speaker"
    gold_cue, predicted_cue = (error.get("cue") or "").casefold(), (error.get("predicted_cue") or "").casefold()
    if predicted_cue and gold_cue and predicted_cue not in gold_cue and gold_cue not in predicted_cue:
        return "other-cue"
    words = _words(error.get("gold_speaker_text") or error["gold_speaker"])
    if len(words) == 1 and words[0] in _PRONOUNS:
        return "gold-pronoun"
    if len(words) == 1 and words[0] in _RELATIVES:
        return "gold-relative"
    if any(w in _DOCUMENT_WORDS for w in words):
        return "gold-document"
    if len(words) > _LONG_WORDS:
        return "gold-long"
    if words and words[0] in ("the", "a", "an", "his", "her", "their", "one", "another"):
        return "gold-role"
    return "wrong-person"


def _example(error: dict[str, Any]) -> str:
    context = error.get("context", "").replace("\n", " / ")
    return (
        f"  gold {error.get('gold_speaker_text') or error['gold_speaker']!r} cue {error.get('cue')!r} | "
        f"predicted {error.get('predicted_speaker_text')!r} ({error.get('predicted_speaker')!r}) "
        f"cue {error.get('predicted_cue')!r}\n    {context[-320:]}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path, help="the JSONL file of benchmarks/quotes.py --dump")
    parser.add_argument("--kind", default="direct", help="direct, mixed, indirect or all (default: %(default)s)")
    parser.add_argument("--reported", action="store_true", help="only gold quotes with a reporting cue")
    parser.add_argument("--category", help="only this category")
    parser.add_argument("--examples", type=int, default=3, help="examples printed per category (default: %(default)s)")
    args = parser.parse_args(argv)
    errors = [json.loads(line) for line in args.dump.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = [
        e for e in errors
        if e["error"] == "speaker" and (args.kind == "all" or e["kind"] == args.kind) and (not args.reported or e["reported"])
    ]
    by_category: dict[str, list[dict[str, Any]]] = {}
    for error in chosen:
        by_category.setdefault(category(error), []).append(error)
    missed = Counter(e["kind"] for e in errors if e["error"] == "missed")
    false = Counter(e["kind"] for e in errors if e["error"] == "false")
    print(f"{len(chosen)} wrong speakers ({args.kind}{', reported speech' if args.reported else ''}); "
          f"missed by kind {dict(missed)}; false alarms by kind {dict(false)}")
    for name, items in sorted(by_category.items(), key=lambda item: -len(item[1])):
        if args.category and name != args.category:
            continue
        print(f"\n{name}: {len(items)}")
        for error in items[: args.examples]:
            print(_example(error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
