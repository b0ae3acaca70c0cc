"""Telling a place named for the people who govern it ("Moscow said", "Washington's attempts")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["is_metonymic"]

#: Verbs whose subject acts like a government or an organisation.
_AGENT_VERBS = frozenset(
    ["say", "tell", "claim", "accuse", "deny", "warn", "announce", "call", "want", "seek", "insist", "refuse", "reject", "demand", "threaten", "respond", "urge", "condemn", "agree", "decide", "impose", "plan", "hope", "believe", "argue", "blame", "support", "oppose", "vow", "pledge", "promise", "sign", "approve", "veto", "sanction", "expel", "recall", "summon", "protest", "welcome", "praise", "criticise", "criticize", "retaliate", "negotiate", "offer", "propose", "ask", "dismiss", "downplay", "insist", "vote", "invade", "attack", "launch", "order", "announce", "confirm", "allege", "suspend", "withdraw", "join", "recognise", "recognize"]
)
#: Nouns a place owns only as a polity ("Washington's attempts", "Beijing's response").
_POLITY_NOUNS = frozenset(
    ["attempt", "attempts", "effort", "efforts", "policy", "policies", "response", "decision", "position", "stance", "plan", "plans", "strategy", "demand", "demands", "support", "opposition", "refusal", "claim", "claims", "move", "moves", "offer", "proposal", "government", "leadership", "sanctions", "warning", "warnings", "threat", "threats", "reaction", "approach", "relations", "diplomacy", "intervention", "invasion", "ally", "allies", "envoy", "ambassador", "officials"]
)


def is_metonymic(doc: Doc, start: int, end: int) -> bool:
    """Whether the place name at ``[start, end)`` stands for its government or people."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return root.head.lemma_.lower() in _AGENT_VERBS
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in _POLITY_NOUNS or root.head.lower_ in _POLITY_NOUNS
    return False
