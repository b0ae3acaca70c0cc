"""Text helpers every extractor shares: the token table and the one way from characters to tokens,
span trimming and indexing, what a name says (titles, given names), dependency-label sets,
cutting long texts, and repairing unicode.

Plugins import these from here (``from newscore.text import token_table, SpanIndex``); the
submodules are the core's own layout.
"""

from __future__ import annotations

from newscore.text.names import (
    TITLES,
    Gender,
    bare_name,
    given_name_gender,
    is_given_name,
    is_title,
    is_title_only,
    name_gender,
    name_words,
    title_gender,
)
from newscore.text.spans import QUOTE_CHARS, SpanIndex, trim_span, without_article
from newscore.text.syntax import CLAUSE_DEPS, NOMINAL_SUBJECT_DEPS, OBJECT_DEPS
from newscore.text.tokens import TokenTable, token_table

__all__ = [
    "CLAUSE_DEPS",
    "NOMINAL_SUBJECT_DEPS",
    "OBJECT_DEPS",
    "QUOTE_CHARS",
    "TITLES",
    "Gender",
    "SpanIndex",
    "TokenTable",
    "bare_name",
    "given_name_gender",
    "is_given_name",
    "is_title",
    "is_title_only",
    "name_gender",
    "name_words",
    "title_gender",
    "token_table",
    "trim_span",
    "without_article",
]
