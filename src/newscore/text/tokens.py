"""One table of a parsed Doc's token attributes, built once and shared by every extractor.

Reading a spaCy ``Doc`` from Python is slow in a way that adds up: ``doc[i]``, ``for token
in doc``, ``token.head`` and ``token.children`` each build new ``Token`` objects, and each
string attribute is looked up again on every access. With several extractors scanning
the same Doc that cost rivals the work they do. :func:`token_table` turns the Doc into
plain Python lists once, column by column as they are first asked for, and hands the same
table to every extractor of the same Doc::

    from newscore import token_table

    table = token_table(doc)
    for i, text in enumerate(table.text):
        if table.pos[i] == "PROPN" and table.ent_type[i] == "": ...

Columns are lists indexed by token position ``i`` (``doc[i]``); ``table.tokens[i]`` is
the ``Token`` itself for the rare walk the columns do not cover. A table is read-only:
never change its lists, other extractors share them.
"""

from __future__ import annotations

import bisect
import operator
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TokenTable", "token_table"]


def _column(attribute: str, doc: str) -> cached_property:
    """A column of ``Token.<attribute>`` values, built on first use."""
    read = operator.attrgetter(attribute)

    def build(table: TokenTable) -> list:
        return list(map(read, table.tokens))

    build.__doc__ = doc
    return cached_property(build)


class TokenTable:
    """Per-token attributes of one ``Doc`` as Python lists, each built on first use."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def tokens(self) -> list[Token]:
        """The Doc's ``Token`` objects, built once (``doc[i]`` builds a new one on every call)."""
        return list(self.doc)

    text = _column("text", "``token.text``: the token's characters, without trailing whitespace.")
    lower = _column("lower_", "``token.lower_``.")
    lemma = _column("lemma_", "``token.lemma_`` (empty where the pipeline has no lemmatizer).")
    idx = _column("idx", "``token.idx``: where the token starts in the text.")
    whitespace = _column("whitespace_", "``token.whitespace_``: the whitespace right after the token (\"\" or \" \").")
    pos = _column("pos_", "``token.pos_``: the coarse part of speech.")
    tag = _column("tag_", "``token.tag_``: the fine-grained tag.")
    dep = _column("dep_", "``token.dep_``: the dependency label.")
    ent_type = _column("ent_type_", "``token.ent_type_``: the named-entity label (\"\" outside an entity).")
    ent_iob = _column("ent_iob_", "``token.ent_iob_``: \"B\", \"I\", \"O\", or \"\" where entities were not set.")
    is_space = _column("is_space", "``token.is_space``: the token is whitespace only.")
    is_punct = _column("is_punct", "``token.is_punct``.")

    @cached_property
    def head(self) -> list[int]:
        """``token.head.i``: the position of the token's syntactic head (its own for a root)."""
        import numpy  # here, not at the top: `newscore --version` stays light

        # one array read: ``token.head`` would build a Token for every token
        offsets: Any = self.doc.to_array("HEAD").astype(numpy.int64)
        return (offsets + numpy.arange(len(offsets))).tolist()

    @cached_property
    def entities(self) -> list[tuple[int, int, str]]:
        """``(first token, stop, label)`` of each of spaCy's named entities, as ``doc.ents`` gives
        them (``[first, stop)`` token positions), read from the IOB columns: ``doc.ents`` walks
        every token in Python on each access."""
        iob, types = self.ent_iob, self.ent_type
        found = []
        i, length = 0, len(iob)
        while i < length:
            if iob[i] == "B" and types[i]:
                stop = i + 1
                while stop < length and iob[stop] == "I":
                    stop += 1
                found.append((i, stop, types[i]))
                i = stop
            else:
                i += 1
        return found

    @cached_property
    def end(self) -> list[int]:
        """Where the token ends in the text (``idx + len(text)``)."""
        return [start + len(text) for start, text in zip(self.idx, self.text)]

    @cached_property
    def is_sent_start(self) -> list[bool]:
        """Whether the token starts a sentence (False where the Doc has no sentence boundaries)."""
        return [bool(token.is_sent_start) for token in self.tokens]

    @cached_property
    def text_length(self) -> int:
        """Characters in the Doc's text: its tokens and their trailing whitespace tile it."""
        return self.end[-1] + len(self.whitespace[-1]) if self.idx else 0

    # --- from characters to tokens: the one place plugins go through --------------------------

    def token_at(self, char: int) -> int:
        """The token holding character ``char``, or -1 outside the text.

        As spaCy's ``token_by_char``: a token owns its characters and the whitespace right
        after it, so every character of the text belongs to exactly one token.
        """
        if not 0 <= char < self.text_length:
            return -1
        return bisect.bisect_right(self.idx, char) - 1

    def next_token(self, char: int) -> int:
        """The first token that starts at or after ``char`` (``len(self)`` where none does)."""
        return bisect.bisect_left(self.idx, char)

    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Token positions ``[first, stop)`` of ``doc.char_span(start, end, alignment_mode="expand")``.

        Every token the characters ``[start, end)`` touch, except that a start in a token's
        trailing whitespace begins at the next token; None where spaCy gives None (either
        edge outside the text). Read from the table, without building a ``Span``. An empty
        or reversed range is left to spaCy, which decides what it is (or raises).
        """
        first, last = self.token_at(start), self.token_at(end - 1)
        if first < 0 or last < 0:
            return None
        if start == self.end[first]:  # in the whitespace after a token: the next one starts the span
            first += 1
        if first > last:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start, span.end)
        return first, last + 1


class _LastTable(threading.local):
    doc: Doc | None = None
    table: TokenTable | None = None


_last = _LastTable()


def token_table(doc: Doc) -> TokenTable:
    """The shared :class:`TokenTable` of ``doc``.

    Extractors of one article run one after another on the same Doc, so the table of the
    most recent Doc (per thread) is kept and handed out again; it holds the Doc alive
    until the next one is asked for, which keeps the identity check sound.
    """
    if _last.doc is not doc or _last.table is None:
        _last.table = TokenTable(doc)
        _last.doc = doc
    return _last.table
