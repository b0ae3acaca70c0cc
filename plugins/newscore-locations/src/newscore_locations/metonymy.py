"""Telling a place named for the people who govern it ("Moscow said", "Washington's attempts")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscore.text import NOMINAL_SUBJECT_DEPS, TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["is_metonymic"]

#: Verbs whose subject acts like a government or an organisation.
_AGENT_VERBS = frozenset(
    ["say", "tell", "claim", "accuse", "deny", "warn", "announce", "call", "want", "seek", "insist", "refuse", "reject", "demand", "threaten", "respond", "urge", "condemn", "agree", "decide", "impose", "plan", "hope", "believe", "argue", "blame", "support", "oppose", "vow", "pledge", "promise", "sign", "approve", "veto", "sanction", "expel", "recall", "summon", "protest", "welcome", "praise", "criticise", "criticize", "retaliate", "negotiate", "offer", "propose", "ask", "dismiss", "downplay", "vote", "invade", "attack", "launch", "order", "confirm", "allege", "suspend", "withdraw", "join", "recognise", "recognize"]
)
#: Nouns a place owns only as a polity ("Washington's attempts", "Beijing's response").
_POLITY_NOUNS = frozenset(
    ["attempt", "attempts", "effort", "efforts", "policy", "policies", "response", "decision", "position", "stance", "plan", "plans", "strategy", "demand", "demands", "support", "opposition", "refusal", "claim", "claims", "move", "moves", "offer", "proposal", "government", "leadership", "sanctions", "warning", "warnings", "threat", "threats", "reaction", "approach", "relations", "diplomacy", "intervention", "invasion", "ally", "allies", "envoy", "ambassador", "officials"]
)


def is_metonymic(doc: Doc, start: int, end: int) -> bool:
    """Whether the place name at ``[start, end)`` stands for its government or people."""
    table = token_table(doc)
    span = table.token_span(start, end)
    if span is None or span[0] >= span[1]:
        return False
    root = _root(table, *span)
    if root < 0:
        root = doc[span[0] : span[1]].root.i
    head = table.head[root]
    if table.dep[root] in NOMINAL_SUBJECT_DEPS and table.pos[head] in ("VERB", "AUX"):
        return table.lemma[head].lower() in _AGENT_VERBS
    if table.dep[root] == "poss":
        return table.lemma[head].lower() in _POLITY_NOUNS or table.lower[head] in _POLITY_NOUNS
    return False


def _root(table: TokenTable, first: int, stop: int) -> int:
    """``Span.root`` of tokens ``[first, stop)`` read from the head column where it is plain: a
    sentence root inside, else the one token whose head lies outside; -1 where spaCy's tie-break
    by depth must decide."""
    heads = table.head
    outside = -1
    for i in range(first, stop):
        head = heads[i]
        if head == i:
            return i  # spaCy takes the first sentence root in the span
        if not first <= head < stop:
            if outside >= 0:
                outside = -2
            elif outside == -1:
                outside = i
    return outside if outside >= 0 else -1
