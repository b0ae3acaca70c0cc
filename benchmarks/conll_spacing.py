"""Gold documents written as CoNLL's tokens are: punctuation and possessives apart ("Akram , who",
"Branson 's Virgin Atlantic", "Rios ( Chile )"), offsets moved to match.

CoNLL-2003 (and CoNLL++) text is a list of tokens; a system given it joins them with spaces, so a
rule that reads "Akram, who" must also read "Akram , who". :func:`conll_spaced` rewrites a gold
document that way by generic rules, to measure that: a space before , ; : ! ? ) and a closing
quote, and before a full stop ending a sentence after a word of three letters or more or a number
(not "U.S.", "Mr.", "G. Thorpe" or "19.88"); a space after ( and an opening quote; a space before a
possessive "'s". Quotes are left out (the people benchmark scores entities only).
"""

from __future__ import annotations

import bisect
import re

import attrs

from newscore.evaluation import GoldDocument

__all__ = ["conll_spaced"]

#: Where a space goes: before punctuation closing a token, after punctuation opening one, before "'s".
_SPACE_BEFORE = re.compile(r"(?<=\S)(?=[,;:!?)]|\"(?=[\s,.;:!?)]|$)|'s\b|’s\b)|(?:(?<=[a-z]{3})|(?<=[A-Z]{3})|(?<=[0-9]))(?=\.(?:\s|$))")
_SPACE_AFTER = re.compile(r"(?:(?<=\()|(?<=^\")|(?<=\s\"))(?=\S)")


def conll_spaced(document: GoldDocument) -> GoldDocument:
    """``document`` with the spaces CoNLL's tokens put in, every entity moved with its text."""
    text = document.text
    inserts = sorted({m.start() for m in _SPACE_BEFORE.finditer(text)} | {m.start() for m in _SPACE_AFTER.finditer(text)})
    inserts = [p for p in inserts if 0 < p < len(text) and not text[p - 1].isspace() and not text[p].isspace()]
    pieces, last = [], 0
    for position in inserts:
        pieces += [text[last:position], " "]
        last = position
    pieces.append(text[last:])

    def start(offset: int) -> int:
        return offset + bisect.bisect_right(inserts, offset)

    def end(offset: int) -> int:
        return offset + bisect.bisect_left(inserts, offset)

    entities = tuple(attrs.evolve(e, start=start(e.start), end=end(e.end)) for e in document.entities)
    return attrs.evolve(document, text="".join(pieces), entities=entities, quotes=())
