"""The curated list of well-known organisations shipped in ``data/organizations.txt``."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from importlib.resources import files
from typing import TYPE_CHECKING

from attrs import field, frozen

from newscore.text import without_article
from newscore_organizations.matching import FormMatcher, compact_key, normalize_form
from newscore_organizations.proposals import NameForm, Proposal, Source
from newscore_organizations.vocabulary import ORGANIZATION_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _strings(forms: Iterable[str]) -> tuple[str, ...]:
    return tuple(forms)


def _string_set(forms: Iterable[str]) -> frozenset[str]:
    return frozenset(forms)


@frozen
class KnownOrganization:
    """One line of the list: canonical name, type, acronym and other names.

    ``ambiguous`` holds the forms (names, aliases, acronym) that also name something else
    (a city, a surname, a common word) and so are only taken where the text supports them.
    """

    name: str
    type: str
    acronym: str | None = None
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    ambiguous: frozenset[str] = field(default=frozenset(), converter=_string_set)

    def forms(self) -> Iterator[str]:
        """Every name this organisation goes by, canonical name first."""
        yield self.name
        if self.acronym:
            yield self.acronym
        yield from self.aliases


def _parse_line(line: str, number: int) -> KnownOrganization:
    cells = [cell.strip() for cell in line.split("|")]
    if len(cells) != 4:
        raise ValueError(f"organizations.txt:{number}: expected 4 cells separated by '|', got {len(cells)}")
    name, kind, acronym, aliases = cells
    if kind not in ORGANIZATION_TYPES:
        raise ValueError(f"organizations.txt:{number}: unknown type {kind!r}")
    ambiguous: set[str] = set()

    def clean(form: str) -> str:
        form = form.strip()
        if form.startswith("~"):
            form = form[1:].strip()
            ambiguous.add(form)
        return form

    name = clean(name)
    acronym_form = clean(acronym) if acronym else None
    alias_forms = tuple(clean(alias) for alias in aliases.split(";") if alias.strip())
    if not name:
        raise ValueError(f"organizations.txt:{number}: empty name")
    return KnownOrganization(name, kind, acronym_form or None, alias_forms, ambiguous)


@functools.lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The shipped list, parsed and compiled once per process."""
    text = files("newscore_organizations").joinpath("data/organizations.txt").read_text(encoding="utf-8")
    records = [
        _parse_line(line, number)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return Catalog(records)


class Catalog:
    """Known organisations, looked up by exact form (to find them in text) or loosely (to
    name a span found some other way)."""

    def __init__(self, records: list[KnownOrganization]) -> None:
        self.records = tuple(records)
        entries: list[tuple[str, tuple[KnownOrganization, NameForm, bool]]] = []
        loose: dict[str, KnownOrganization] = {}
        for record in self.records:
            for form in record.forms():
                kind: NameForm = "name" if form == record.name else "acronym" if form == record.acronym else "alias"
                ambiguous = form in record.ambiguous
                for variant in {form, without_article(form)}:
                    entries.append((variant, (record, kind, ambiguous)))
                    loose.setdefault(compact_key(variant), record)
        self._matcher: FormMatcher[tuple[KnownOrganization, NameForm, bool]] = FormMatcher(entries, upper=True)
        self._loose = loose

    def __len__(self) -> int:
        return len(self.records)

    def find(self, doc: Doc, text: str) -> Iterator[Proposal]:
        """Known forms in ``text`` (longest at each token; they may overlap), found "catalog", or
        "catalog-ambiguous" where the form also names something else."""
        for start, end, (record, kind, ambiguous) in self._matcher.find(doc, text):
            if text[start:end].lower().startswith("the "):  # a form listed with "the": keep the NER span
                start += 4
            source: Source = "catalog-ambiguous" if ambiguous else "catalog"
            yield Proposal(start, end, source, form=kind, known=record)

    def lookup(self, surface: str) -> KnownOrganization | None:
        """The organisation ``surface`` names exactly, or loosely (case, spaces, punctuation)."""
        exact = self._matcher.get(surface)
        if exact is not None:
            return exact[0]
        stripped = without_article(normalize_form(surface))
        exact = self._matcher.get(stripped)
        if exact is not None:
            return exact[0]
        key = compact_key(stripped)
        return self._loose.get(key) if len(key) >= 4 else None
