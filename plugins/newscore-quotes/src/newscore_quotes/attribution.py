"""From a cue to its speaker: the cue's subject (or the name after an inverted cue), never one in
the dateline or inside a quotation, resolved by ``speakers``; and quotes with no cue of their
own taking the speaker of the quote before them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newscore.text import NOMINAL_SUBJECT_DEPS
from newscore_quotes.layout import ArticleLayout
from newscore_quotes.marks import QuotedRun
from newscore_quotes.parse import (
    according_source,
    can_invert,
    inverted_subject,
    leftward_subject,
    phrase_end,
    subject_of,
)
from newscore_quotes.speakers import Speaker, SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newscore import TokenTable
    from newscore_quotes.cue_index import CueIndex
    from newscore_quotes.found import FoundQuote

__all__ = ["CueSpeakers", "attribute_from_context"]

_FIRST_PERSON = frozenset(["i", "we", "you", "me", "us"])
_CONTEXT_PARAGRAPHS = 2
_NAME_WORDS = 4  # tokens a name before its cue may take
_DATELINE_NAME_DEPS = frozenset(["compound", "flat", "amod"])


class CueSpeakers:
    """Finds and resolves the speaker of a cue in one article."""

    def __init__(self, layout: ArticleLayout, cues: CueIndex, resolver: SpeakerResolver) -> None:
        self._layout = layout
        self._cues = cues
        self.resolver = resolver

    def of_cue(self, cue: Token, *, exclude: QuotedRun | None = None, keep_unresolved: bool = False) -> Speaker | None:
        """The speaker of a cue; ``exclude`` is the quotation it attributes (no speaker inside it).

        With ``keep_unresolved``, a speaker phrase that names no entity the article gives (``she``
        with no antecedent, ``said the 46-year-old``) is still the speaker: the mention at the cue.
        """
        if cue.i in self._cues.according:
            head = according_source(cue)
        else:
            head = subject_of(cue)
            if head is not None and exclude is not None and exclude.opening <= head.idx <= exclude.closing:
                # the parse took a word of the quotation as the subject: another subject, outside it
                head = next((c for c in cue.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.idx > exclude.closing), None)
            if head is None:
                head = inverted_subject(cue)
        if head is None and exclude is not None:
            head = self._adjacent_speaker(cue, exclude)
        if head is None and exclude is not None:
            after = self._layout.token_at(exclude.closing) + 1 if exclude.closing < cue.idx else 0
            head = leftward_subject(cue, after)
        head = self.past_dateline(head, cue)
        if head is None or self._layout.run_covering(head.idx) is not None:
            return None
        if head.lower_ in _FIRST_PERSON:  # the writer ("I said"): said, by no one the article names
            return self.resolver.unresolved(head)
        speaker = self.resolver.resolve(head)
        if speaker is None and keep_unresolved:
            return self.resolver.unresolved(head)
        return speaker

    def of_clause(self, verb: Token, clause: tuple[int, int]) -> Token | None:
        """The head of the speaker phrase of a reported clause, or None (first person, quoted)."""
        head = self.past_dateline(subject_of(verb), verb)
        if clause[0] < verb.i:  # the clause comes first: "…, California said Steve Dickstein"
            head = _inverted_person(verb) or head  # the small parser often takes the wrong subject there
        if head is None or self._layout.run_covering(head.idx) is not None:
            return None
        return head

    def past_dateline(self, head: Token | None, cue: Token) -> Token | None:
        """A subject the parse found in the dateline (``LONDON (Reuters) -``), or in a headline it ran
        into the cue's sentence (``Tech firm opens office\n\nMicrosoft said …``), is the name after it."""
        layout = self._layout
        boundary = layout.dateline_end
        paragraph_start = layout.paragraph_starts[layout.paragraph_of(cue.idx)]
        table = layout.table
        # the parse may also cut the name off its cue: "…Nairobi\n\nMicrosoft | said on Wednesday …"
        merged = paragraph_start > boundary and (
            cue.sent.start_char < paragraph_start or (head is None and cue.i - table.next_token(paragraph_start) <= _NAME_WORDS)
        )
        if merged:
            boundary = paragraph_start
        if head is None and not merged:
            return None
        if head is not None and head.idx >= boundary:
            return head
        tokens, pos = table.tokens, table.pos
        for i in range(table.next_token(boundary), min(cue.i, len(tokens))):
            if pos[i] in ("PROPN", "NOUN", "PRON"):
                token = tokens[i]
                while token.dep_ in _DATELINE_NAME_DEPS and token.i < token.head.i < cue.i:
                    token = token.head
                return token
        return None

    def _adjacent_speaker(self, cue: Token, run: QuotedRun) -> Token | None:
        """A name, pronoun or role next to the cue, when the parse gave the cue no subject: the
        phrase between the quotation and its cue (``," the 43-year-old asked``), a name or pronoun
        right before the cue, or the phrase right after it (``," said the woman, who …``)."""
        table = self._layout.table
        first = self._layout.token_at(run.closing) + 1
        while first < cue.i and table.is_punct[first]:
            first += 1
        if first < cue.i and _is_noun_phrase(table, first, cue.i):
            return table.tokens[cue.i - 1]
        if first < cue.i:  # '," Ramos, 58, told AFP': a name set off by a comma before its cue
            end = phrase_end(table, first, cue.i)
            if end > first and table.text[end] == ",":
                return table.tokens[end - 1]
        i = cue.i - 1
        if i >= 0 and not (run.opening <= table.idx[i] <= run.closing):
            if table.pos[i] in ("PROPN", "PRON") or table.ent_type[i] in ("PERSON", "ORG"):
                return table.tokens[i]
        after = cue.i + 1
        if not can_invert(cue):
            return None  # "told the crowd": the phrase after is whom it was said to
        if after < len(table) and not (run.opening <= table.idx[after] <= run.closing):
            end = phrase_end(table, after, min(len(table), after + _NAME_WORDS + 4))
            if end > after:
                return table.tokens[end - 1]
        return None


def _is_noun_phrase(table: TokenTable, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are a short noun phrase alone (``the 43-year-old``, ``Trump``)."""
    if end - start > _NAME_WORDS + 4:
        return False
    if phrase_end(table, start, end) == end:
        return True
    words, pos = table.text, table.pos  # "the 43-year-old": a noun phrase that ends on an adjective
    return pos[start] == "DET" and all(pos[i] in ("ADJ", "NUM", "NOUN", "PROPN") or words[i] == "-" for i in range(start + 1, end))


def _inverted_person(verb: Token) -> Token | None:
    """The person named right after a cue verb that follows its reported clause ("…, said Ann Lee")."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].ent_type_ != "PERSON" or doc[after].ent_iob_ != "B":
        return None
    if verb.i == 0 or doc[verb.i - 1].ent_type_ == "PERSON":
        return None  # "Ann Lee said Bo …": the name before is the speaker
    end = after
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]  # the name's last token, as a parse would head it


def attribute_from_context(found: Sequence[FoundQuote]) -> None:
    """Quotes with no cue of their own take the speaker of the quote before them, nearby."""
    last: FoundQuote | None = None
    for item in found:
        if item.cue is None and item.speaker is None:
            if last is not None and item.paragraph - last.paragraph <= _CONTEXT_PARAGRAPHS - 1:
                same = item.paragraph == last.paragraph
                item.speaker = last.speaker
                item.confidence = 0.65 if same else 0.55
            else:
                item.confidence = 0.4
        if item.speaker is not None:
            last = item
