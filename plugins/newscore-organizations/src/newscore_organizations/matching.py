"""Finding known surface forms in a parsed text, at token boundaries, in linear time."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

from newscore import token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscore.text import TokenTable

Value = TypeVar("Value")

_SPACES = re.compile(r"\s+")
_LEAD = re.compile(r"[^\W_]+|\S")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


@functools.lru_cache(maxsize=1 << 14)  # the same stretches of text are compared again and again
def normalize_form(text: str) -> str:
    """A surface form as compared: straight apostrophes and hyphens, single spaces."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()


def compact_key(text: str) -> str:
    """A loose key: casefolded letters and digits only ("Aljazeera" == "Al Jazeera")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@functools.lru_cache(maxsize=1 << 14)  # token texts recur within and across articles
def _lead(text: str) -> str:
    match = _LEAD.match(text)
    return match.group() if match else ""


class _LastLeads(threading.local):
    """The last table's leading words, per thread (held, so the identity check stays sound)."""

    table: TokenTable | None = None
    leads: list[str] = []  # noqa: RUF012 - replaced whole, never changed in place


_last = _LastLeads()


def _leads_of(table: TokenTable) -> list[str]:
    """Each token's leading word, read once per table (the list and propagation both ask)."""
    if _last.table is not table:
        # a token of letters and digits only is its own leading word: no regex, no cache look-up
        _last.leads = [text if text.isalnum() else _lead(text) for text in table.text]
        _last.table = table
    return _last.leads


class FormMatcher(Generic[Value]):
    """Exact (case-sensitive) matching of many forms over a spaCy ``Doc``'s tokens.

    A form matches from the start of one token to the end of another, so ``Wagner`` is
    found in ``Wagner’s`` but not in ``Wagnerian``. Candidate starts are pruned by the
    form's leading word, and a match grows at most ``max_tokens`` tokens: linear in the
    text. With ``upper=True`` an all-capitals stretch of text also matches a form
    written in mixed case (headlines: ``BANK OF ENGLAND``), for forms of two words or more.
    """

    def __init__(self, forms: Mapping[str, Value] | Iterable[tuple[str, Value]], *, upper: bool = False) -> None:
        items = forms.items() if isinstance(forms, Mapping) else forms
        self._forms: dict[str, Value] = {}
        for form, value in items:
            key = normalize_form(form)
            if key:
                self._forms.setdefault(key, value)
        self._upper: dict[str, Value] = {}
        if upper:
            for key, value in self._forms.items():
                if " " in key and not key.isupper():
                    self._upper.setdefault(key.upper(), value)
        leads = {_lead(key) for key in self._forms} | {_lead(key) for key in self._upper}
        self._leads = frozenset(leads)
        self._max_chars = max((len(key) for key in (*self._forms, *self._upper)), default=0)
        self._max_tokens = max((len(_LEAD.findall(key)) for key in (*self._forms, *self._upper)), default=0)
        # every prefix of every form: a growing match stops as soon as it can no longer become one
        self._prefixes = frozenset(key[:size] for key in (*self._forms, *self._upper) for size in range(1, len(key) + 1))

    def __len__(self) -> int:
        return len(self._forms)

    def get(self, form: str) -> Value | None:
        """The value stored for ``form`` (exact, once normalized), or None."""
        return self._forms.get(normalize_form(form))

    def find(self, doc: Doc, text: str) -> Iterator[tuple[int, int, Value]]:
        """``(start, end, value)`` of every longest match starting at each token (matches may
        overlap; callers choose)."""
        if not self._forms:
            return
        table = token_table(doc)
        starts, ends = table.idx, table.end
        tokens = len(starts)
        leads, forms, prefixes, upper = self._leads, self._forms, self._prefixes, self._upper
        longest = self._max_chars + 4
        # only tokens whose leading word starts some form can start a match
        for i in [i for i, lead in enumerate(_leads_of(table)) if lead in leads]:
            start = starts[i]
            best_end, best_value = -1, None
            for j in range(i, min(tokens, i + self._max_tokens + 2)):
                end = ends[j]
                if end - start > longest:
                    break
                surface = normalize_form(text[start:end])
                if surface not in prefixes:
                    break
                value = forms.get(surface)
                if value is None and upper and surface.isupper():
                    value = upper.get(surface)
                if value is not None:
                    best_end, best_value = end, value
            if best_value is not None:
                yield start, best_end, best_value
