"""The organisations extractor: detect, repair, filter, propagate, merge."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from newscore import Article, Entity, Quote, TokenTable, token_table
from newscore.text.names import given_name_gender
from newscore_organizations.acronyms import find_definitions, letters
from newscore_organizations.candidates import Candidate, select
from newscore_organizations.catalog import Catalog, load_catalog
from newscore_organizations.detection import (
    covering_tokens,
    entity_index,
    inside_other_entity,
    looks_like_a_name,
    lowercase_words,
    named_entities,
    pattern_candidates,
    reads_as_sports,
    source_lines,
    spacy_spans,
)
from newscore_organizations.matching import FormMatcher
from newscore_organizations.merging import merge, short_forms
from newscore_organizations.people import PersonEvidence, people_entities
from newscore_organizations.vocabulary import CONNECTORS, PREFIX_HEADS, SUFFIX_HEADS


class OrganizationExtractor:
    """Organisations named in an article: one entity per organisation, with its canonical
    name, every mention, aliases, acronym and type; plus people spaCy mistook for
    organisations ("Yevgeny Prigozhin"), as person entities."""

    name = "organizations"
    version = "1"
    needs: tuple[str, ...] = ()
    provides = ("organization", "person")

    def __init__(self, catalog: Catalog | None = None) -> None:
        self._catalog = catalog

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = load_catalog()
        return self._catalog

    def extract(
        self,
        *,
        article: Article,
        doc,
        entities: tuple[Entity, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> list[Entity]:
        """Find the organisations (and misread people) in one parsed article."""
        text = article.text
        if not text.strip():
            return []
        table = token_table(doc)
        ents = named_entities(doc)
        index = entity_index(doc, ents)
        catalog = self.catalog
        evidence = PersonEvidence(doc, text, ents)
        lowercase = lowercase_words(doc)
        sporty = reads_as_sports(doc, text)

        candidates: list[Candidate] = []
        person_spans: list[tuple[int, int]] = []
        spacy_orgs = list(spacy_spans(doc, text, ents))
        for start, end in spacy_orgs:
            surface = text[start:end]
            known = _resolved(catalog, surface, sporty)
            if known is None:
                if not looks_like_a_name(surface, lowercase):
                    continue
                if evidence.names_a_person(text, start, end):
                    person_spans.append((start, end))
                    continue
            form = "acronym" if surface.isupper() and 2 <= len(letters(surface)) <= 8 and " " not in surface else "name"
            candidates.append(Candidate(start, end, "spacy", form=form, known=known))

        listed = self._catalog_candidates(doc, table, text, index, sporty)
        candidates = _extend_listed_names(text, candidates, listed)
        candidates.extend(listed)
        candidates.extend(_definition_candidates(text, index, table, catalog))
        for candidate in pattern_candidates(doc, text, sporty, ents):
            candidates.append(
                Candidate(
                    candidate.start,
                    candidate.end,
                    "pattern",
                    known=_resolved(catalog, text[candidate.start : candidate.end], sporty),
                    type_hint=candidate.type_hint,
                )
            )
        for start, end in source_lines(text, article.source):
            known = catalog.lookup(text[start:end])
            candidates.append(Candidate(start, end, "source-line", form="alias", known=known, type_hint="media"))

        chosen = select(candidates)
        chosen = select([*chosen, *_propagated(doc, table, text, index, chosen)])
        organizations = merge(text, chosen)
        claimed = [(c.start, c.end) for c in chosen]
        organizations.extend(people_entities(doc, text, ents, person_spans, claimed))
        return organizations

    def _catalog_candidates(self, doc, table: TokenTable, text: str, index, sporty: bool) -> list[Candidate]:
        hits = [
            hit for hit in self.catalog.find(doc, text) if not inside_other_entity(table, index, hit.start, hit.end)
        ]
        firm = {hit.organization.name for hit in hits if not hit.ambiguous}
        found = []
        for hit in hits:
            if hit.ambiguous:
                club = hit.organization.type == "sports_club"
                supported = sporty if club else _tagged(table, index, hit.start, hit.end, "ORG")
                if not (supported or hit.organization.name in firm):
                    continue
            source = "catalog-ambiguous" if hit.ambiguous else "catalog"
            found.append(Candidate(hit.start, hit.end, source, form=hit.form, known=hit.organization))
        return found


def _extend_listed_names(text: str, proposed: list[Candidate], listed: list[Candidate]) -> list[Candidate]:
    """spaCy spans that extend a listed name with more capitalised words ("Siemens AG",
    "Coca-Cola FEMSA", "Social Democrats") are trusted as much as the list."""
    starts = sorted((c.start, c.end) for c in listed)
    keys = [start for start, _ in starts]
    upgraded = []
    for candidate in proposed:
        position = bisect.bisect_left(keys, candidate.start)
        inner = False
        while position < len(starts) and starts[position][0] < candidate.end:
            start, end = starts[position]
            if end <= candidate.end and (start, end) != (candidate.start, candidate.end):
                inner = True
                break
            position += 1
        if inner and _all_capitalised(text[candidate.start : candidate.end]):
            candidate = attrs.evolve(candidate, source="spacy-extended")
        upgraded.append(candidate)
    return upgraded


def _all_capitalised(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS or w in "&-" for w in words)


def _resolved(catalog: Catalog, surface: str, sporty: bool):
    """The listed organisation a found span names; a city's name is a club's only in sports news."""
    known = catalog.lookup(surface)
    if known is not None and known.type == "sports_club" and not sporty and surface.strip() in known.ambiguous:
        return None
    return known


def _tagged(table: TokenTable, index, start: int, end: int, label: str) -> bool:
    tokens = covering_tokens(table, start, end)
    return tokens is not None and any(found is not None and found[2] == label for found in index[tokens[0] : tokens[1]])


def _definition_candidates(text: str, index, table: TokenTable, catalog: Catalog) -> list[Candidate]:
    """Both halves of each acronym definition that names an organisation."""
    found = []
    for number, definition in enumerate(find_definitions(text)):
        long_form = text[definition.long_start : definition.long_end]
        known = catalog.lookup(long_form) or catalog.lookup(text[definition.short_start : definition.short_end])
        words = long_form.split()
        organisation_like = (
            known is not None
            or any(word in SUFFIX_HEADS or word in PREFIX_HEADS for word in words)
            or _tagged(table, index, definition.long_start, definition.long_end, "ORG")
            or _tagged(table, index, definition.short_start, definition.short_end, "ORG")
        )
        if not organisation_like:
            continue
        link = f"definition{number}"
        found.append(Candidate(definition.long_start, definition.long_end, "definition", known=known, link=link))
        found.append(
            Candidate(definition.short_start, definition.short_end, "definition", form="acronym", known=known, link=link)
        )
    return found


def _propagated(doc, table: TokenTable, text: str, index, chosen: Iterable[Candidate]) -> list[Candidate]:
    """Other occurrences of the names found, and of their short forms ("Wagner" for "Wagner Group")."""
    forms: dict[str, Candidate] = {}
    for candidate in chosen:
        surface = text[candidate.start : candidate.end]
        forms.setdefault(surface, candidate)
        if candidate.known is not None:
            for form in candidate.known.forms():
                if form not in candidate.known.ambiguous or candidate.source != "catalog-ambiguous":
                    forms.setdefault(form, candidate)
        if candidate.form == "name" and " " in surface:
            for form in short_forms(surface):
                if not form.isupper() or len(form) > 2:
                    forms.setdefault(form, candidate)
    if not forms:
        return []
    matcher: FormMatcher[Candidate] = FormMatcher(forms)
    found = []
    for hit in matcher.find(doc, text):
        origin = hit.value
        if inside_other_entity(table, index, hit.start, hit.end) or _inside_longer_name(table, hit.start, hit.end):
            continue
        surface = text[hit.start : hit.end]
        if _names_a_person(table, index, hit.start, hit.end, surface):
            continue  # "Andy Warhol" is the man the Andy Warhol Foundation is named after
        form = "acronym" if surface.isupper() and " " not in surface and len(surface) <= 8 else "name"
        found.append(Candidate(hit.start, hit.end, "propagated", form=form, known=origin.known, link=origin.link))
    return found


def _names_a_person(table: TokenTable, index, start: int, end: int, surface: str) -> bool:
    """Whether spaCy tagged exactly this span PERSON and it starts with a given name."""
    tokens = covering_tokens(table, start, end)
    found = index[tokens[0]] if tokens is not None else None
    words = surface.split()
    return (
        found is not None
        and found[:3] == (start, end, "PERSON")
        and len(words) > 1
        and given_name_gender(words[0]) is not None
    )


def _inside_longer_name(table: TokenTable, start: int, end: int) -> bool:
    """Whether a capitalised word joins the span on either side ("Richard Wagner")."""
    tokens = covering_tokens(table, start, end)
    if tokens is None:
        return True
    before, after = tokens[0] - 1, tokens[1]
    joined_before = (
        before >= 0
        and table.text[before][:1].isupper()
        and not table.is_sent_start[tokens[0]]
        and table.tokens[before].is_alpha
    )
    joined_after = (
        after < len(table)
        and table.text[after][:1].isupper()
        and table.tokens[after].is_alpha
        and not table.is_sent_start[after]
    )
    return joined_before or joined_after
