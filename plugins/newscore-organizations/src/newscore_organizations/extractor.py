"""The organisations extractor: detect, repair, filter, propagate, merge."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from newscore import Article, Entity, Quote
from newscore.text import SpanIndex, TokenTable, given_name_gender, token_table
from newscore_organizations.acronyms import find_definitions, initials, letters
from newscore_organizations.catalog import Catalog, KnownOrganization, load_catalog
from newscore_organizations.datelines import agency_slots
from newscore_organizations.detection import (
    EntityIndex,
    context_proposals,
    entity_index,
    first_conjunct,
    inside_other_entity,
    is_dateline,
    looks_like_a_name,
    lowercase_words,
    named_entities,
    pattern_proposals,
    reads_as_sports,
    source_lines,
    spacy_spans,
)
from newscore_organizations.headlines import HeadlineLines, names_in_capitals
from newscore_organizations.matching import FormMatcher
from newscore_organizations.merging import (
    club_last_word,
    company_first_word,
    merge,
    proposal_kind,
    short_forms,
    standalone_heads,
)
from newscore_organizations.people import PersonEvidence, people_entities
from newscore_organizations.proposals import NameForm, Proposal, select
from newscore_organizations.teams import (
    countries,
    fixture_sides,
    has_results_layout,
    is_scorer,
    speaks_of_a_league,
    team_proposals,
    tells_a_result,
)
from newscore_organizations.venues import inside_a_venue, is_venue, venue_parts
from newscore_organizations.vocabulary import (
    CONNECTORS,
    DOCUMENT_NOUNS,
    NOT_ACRONYMS,
    PREFIX_HEADS,
    STANDALONE_HEADS,
    SUFFIX_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


class OrganizationExtractor:
    """Organisations named in an article: one entity per organisation, with its canonical
    name, every mention, aliases, acronym and type; plus people spaCy mistook for
    organisations ("Yevgeny Prigozhin"), as person entities."""

    name = "organizations"
    version = "1"
    needs: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("organization", "person")

    def __init__(self, catalog: Catalog | None = None) -> None:
        self._catalog = catalog

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = load_catalog()
        return self._catalog

    def prepare(self) -> None:
        """Load the catalogue and the given names now (once per process), not in the first article."""
        self.catalog  # noqa: B018 - loaded and kept
        given_name_gender("Anna")  # loads the given-names table the people checks use

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> list[Entity]:
        """Find the organisations (and misread people) in one parsed article."""
        text = article.text
        if not text.strip():
            return []
        table = token_table(doc)
        ents = named_entities(doc, article.text)
        index = entity_index(doc, ents)
        catalog = self.catalog
        lowercase = lowercase_words(doc)
        evidence = PersonEvidence(doc, text, ents, lowercase)
        hits = self._hits(doc, table, text, index)
        sporty = reads_as_sports(doc, text) or has_results_layout(text) or _names_a_club(hits) or tells_a_result(text)

        # every unambiguous hit is listed, so these are the bodies the list names for sure
        firm = frozenset(hit.known.name for hit in hits if hit.known is not None and hit.source == "catalog")
        listed = self._listed(table, text, index, hits, firm, sporty, speaks_of_a_league(lowercase))
        proposals: list[Proposal] = []
        person_spans: list[tuple[int, int]] = []
        spacy_orgs = [part for start, end in spacy_spans(doc, text, ents) for part in venue_parts(text, start, end)]
        for start, end in spacy_orgs:
            surface = text[start:end]
            if is_dateline(text, start, end):
                continue
            known = _resolved(catalog, surface, sporty, firm)
            if known is None:
                if not looks_like_a_name(surface, lowercase) or _qualifies_a_document(table, end):
                    continue
                if evidence.names_a_thing(surface):
                    continue
                if evidence.names_a_person(text, start, end):
                    person_spans.append((start, end))
                    evidence.add_person(surface.split())
                    continue
            form: NameForm = (
                "acronym" if surface.isupper() and 2 <= len(letters(surface)) <= 8 and " " not in surface else "name"
            )
            proposals.append(Proposal(start, end, "spacy", form=form, known=known))

        proposals = _extend_listed_names(text, proposals, listed)
        proposals.extend(listed)
        proposals.extend(_definitions(text, index, table, catalog))
        for found in pattern_proposals(doc, text, sporty, ents):
            found = attrs.evolve(found, start=first_conjunct(table, text, found.start, found.end))
            known = _resolved(catalog, text[found.start : found.end], sporty, firm)
            proposals.append(attrs.evolve(found, known=known))
        for found in context_proposals(doc, text):
            if not inside_other_entity(table, index, found.start, found.end):
                known = _resolved(catalog, text[found.start : found.end], sporty, firm)
                proposals.append(attrs.evolve(found, known=known))
        if sporty:
            person_words = frozenset(
                word for ent in ents if ent.label == "PERSON" and ent.end - ent.start > 1
                for word in text[ent.start_char : ent.end_char].split()
            )
            clubs = frozenset(
                text[hit.start : hit.end] for hit in listed if hit.known is not None and hit.known.type == "sports_club"
            )
            for found in team_proposals(table, text, index, person_words, lowercase, clubs):
                known = _resolved(catalog, text[found.start : found.end], sporty, firm)
                # a listed club the sentence or the layout shows as a side: two kinds of evidence agree
                club = known is not None and known.type == "sports_club"
                proposals.append(attrs.evolve(found, known=known, source="corroborated" if club else found.source))
        for start, end in source_lines(text, article.source):
            known = catalog.lookup(text[start:end])
            proposals.append(Proposal(start, end, "source-line", form="alias", known=known, type_hint="media"))

        proposals = _agencies_in_datelines(text, catalog, proposals)
        headlines = HeadlineLines(text)
        fixtures = frozenset(fixture_sides(text)) if sporty else frozenset()
        proposals = [p for p in proposals if _may_name_a_body(text, p, headlines, fixtures)]
        if sporty:  # a scorer in a result's brackets; a ground after "at" that no other evidence calls a club
            proposals = [
                p for p in proposals
                if p.known is not None
                or not (is_scorer(text, p.start, p.end) or (p.source == "spacy" and _a_ground(text, p.start, p.end)))
            ]
        chosen = select(proposals)
        chosen = select([*chosen, *_propagated(doc, table, text, index, chosen, lowercase, headlines)])
        organizations = merge(text, chosen)
        claimed = [(c.start, c.end) for c in chosen]
        organizations.extend(people_entities(doc, text, ents, person_spans, claimed))
        return organizations

    def _hits(self, doc: Doc, table: TokenTable, text: str, index: EntityIndex) -> list[Proposal]:
        """Listed names found in the text, outside longer names of other kinds."""
        return [
            hit for hit in self.catalog.find(doc, text) if not inside_other_entity(table, index, hit.start, hit.end)
        ]

    def _listed(
        self,
        table: TokenTable,
        text: str,
        index: EntityIndex,
        hits: list[Proposal],
        firm: frozenset[str],
        sporty: bool,
        league: bool,
    ) -> list[Proposal]:
        """The listed names of ``hits`` an organisation's; one that also names something else only where the
        text supports it (a sports article for a club, spaCy's ORG, or the same body named unambiguously:
        ``firm``); a club named like a country ("Monaco") only where the article speaks of a ``league``:
        national sides play in none."""
        found = []
        for hit in hits:
            if hit.source == "catalog-ambiguous" and hit.known is not None:
                if _contested_acronym(hit.known, text[hit.start : hit.end], firm):
                    continue
                club = hit.known.type == "sports_club"
                if club and not league and text[hit.start : hit.end] in countries():
                    continue
                supported = sporty if club else _tagged(table, index, hit.start, hit.end, "ORG")
                if not (supported or hit.known.name in firm):
                    continue
            found.append(hit)
        return found


def _qualifies_a_document(table: TokenTable, end: int) -> bool:
    """Whether a lower-case document noun follows the name ending at ``end`` ("the Maastricht treaty"):
    the name says where it was agreed, it names no body."""
    after = table.next_token(end)
    return after < len(table) and table.text[after] in DOCUMENT_NOUNS


def _names_a_club(hits: list[Proposal]) -> bool:
    """Whether the article names a listed sports club by a form nothing else goes by ("Arsenal", "Aston
    Villa"): a sports report however short ("Tottenham beat Arsenal 2-1 on Sunday."), so its other clubs
    named by a town ("Tottenham", "Newcastle") are read as clubs too."""
    return any(hit.source == "catalog" and hit.known is not None and hit.known.type == "sports_club" for hit in hits)


def _agencies_in_datelines(text: str, catalog: Catalog, proposals: list[Proposal]) -> list[Proposal]:
    """The letters in a wire dateline's brackets name the news agency that filed the story, listed
    or not; a listed body of another kind with the same letters ("PTI", a Pakistani party, in an
    Indian dateline) is not what they mean there."""
    slots = set(agency_slots(text))
    if not slots:
        return proposals
    kept = [p for p in proposals if (p.start, p.end) not in slots]
    for start, end in sorted(slots):
        known = catalog.lookup(text[start:end])
        media = known if known is not None and known.type == "media" else None
        form: NameForm = "acronym" if text[start:end].isupper() else "name"
        kept.append(Proposal(start, end, "source-line", form=form, known=media, type_hint="media"))
    return kept


def _extend_listed_names(text: str, proposed: list[Proposal], listed: list[Proposal]) -> list[Proposal]:
    """spaCy spans that extend a listed name with more capitalised words ("Siemens AG",
    "Coca-Cola FEMSA", "Social Democrats") are trusted as much as the list."""
    index = SpanIndex((p.start, p.end, None) for p in listed)
    upgraded = []
    for proposal in proposed:
        inner = any(
            start >= proposal.start and end <= proposal.end and (start, end) != (proposal.start, proposal.end)
            for start, end, _ in index.overlapping(proposal.start, proposal.end)
        )
        if inner and _all_capitalised(text[proposal.start : proposal.end]):
            proposal = attrs.evolve(proposal, source="spacy-extended")
        upgraded.append(proposal)
    return upgraded


def _all_capitalised(surface: str) -> bool:
    """Whether a name of two words or more ("Siemens AG", "Daimler-Benz") has only capitalised words and connectors."""
    words = _WORDS_AND_HYPHENS.split(surface.strip())
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS or w in "&-" for w in words)


_WORDS_AND_HYPHENS = re.compile(r"\s+|(?<=\w)-(?=[A-Z])")


def _resolved(catalog: Catalog, surface: str, sporty: bool, firm: frozenset[str]) -> KnownOrganization | None:
    """The listed organisation a found span names; a city's name is a club's only in sports news,
    and letters listed as ambiguous ("PTI": a Pakistani party and an Indian news agency) name the
    listed body only where the article names it another, unambiguous way (``firm``)."""
    known = catalog.lookup(surface)
    if known is None or surface.strip() not in known.ambiguous:
        return known
    if known.type == "sports_club":
        return known if sporty else None
    return None if _contested_acronym(known, surface.strip(), firm) else known


def _contested_acronym(known: KnownOrganization, form: str, firm: frozenset[str]) -> bool:
    """Whether ``form`` is a listed body's acronym marked ambiguous and the article names that body
    no other way (``firm``): then the letters are left to the article's context."""
    return form == known.acronym and form in known.ambiguous and known.name not in firm


def _tagged(table: TokenTable, index: EntityIndex, start: int, end: int, label: str) -> bool:
    tokens = table.token_span(start, end)
    return tokens is not None and any(found is not None and found[2] == label for found in index[tokens[0] : tokens[1]])


def _definitions(text: str, index: EntityIndex, table: TokenTable, catalog: Catalog) -> list[Proposal]:
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
        found.append(Proposal(definition.long_start, definition.long_end, "definition", known=known, link=link))
        found.append(
            Proposal(definition.short_start, definition.short_end, "definition", form="acronym", known=known, link=link)
        )
    return found


#: What follows a scoreboard's venue ("At Leicester: Leicestershire 343").
_VENUE_HEADER = re.compile(r":[ \t]")
_PLACE_LABELS = frozenset(["GPE", "LOC", "NORP"])
#: "at Headingley", "at the MCG": right before a name, where a sports report names its ground.
_AT_A_GROUND = re.compile(r"\bat (?:the )?$")
def _a_ground(text: str, start: int, end: int) -> bool:
    """A short name without a head word right after "at" in a sports report: "at Headingley", "at the
    MCG" (not "an analyst at the Carnegie Moscow Center")."""
    words = text[start:end].split()
    return (
        len(words) <= 2
        and not any(word in SUFFIX_HEADS or word in PREFIX_HEADS or word in ("Center", "Centre") for word in words)
        and _AT_A_GROUND.search(text, max(0, start - 8), start) is not None
    )


#: Right before a share's ticker ("trades under the symbol NSCP").
_TICKER_BEFORE = re.compile(r"\b(?:symbol|ticker)s? $")
#: Ways of finding a span that hold in a headline too.
_TRUSTED = frozenset(["definition", "source-line"])


def _may_name_a_body(
    text: str, proposal: Proposal, headlines: HeadlineLines, fixtures: frozenset[tuple[int, int]]
) -> bool:
    """Whether where a proposal stands lets it name an organisation: a scoreboard's "At Leicester:"
    and an unlisted venue ("Craven Cottage") are grounds; in a headline (capitals or title case) the
    model's reading of names is not trusted, only the list's unambiguous forms ("Time" in "At A Better
    Time For…" is a word), except the sides of a fixture in a sports report ("KANSAS CITY AT
    DETROIT"); an unlisted dateline in capitals is a place."""
    start, end = proposal.start, proposal.end
    if (start, end) in fixtures:
        return True
    if _VENUE_HEADER.match(text, end) and text[max(0, start - 3) : start] == "At ":
        return False
    if inside_a_venue(text, start, end):
        return False  # "Barclays" of "played at Barclays Center" is the hall's name, not the bank
    if proposal.source in _TRUSTED or (proposal.known is not None and proposal.source != "catalog-ambiguous"):
        return True
    if proposal.known is None and is_venue(text, start, end):
        return False  # a ground or hall: a place ("Craven Cottage", "played at Barclays Center")
    if _TICKER_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False  # "under the symbol NSCP": a share's ticker, not the company's name
    return not (headlines.holds(start, end) or is_dateline(text, start, end))


def _propagated(
    doc: Doc,
    table: TokenTable,
    text: str,
    index: EntityIndex,
    chosen: Iterable[Proposal],
    lowercase: frozenset[str],
    headlines: HeadlineLines,
) -> list[Proposal]:
    """Other occurrences of the names found, and of their short forms ("Wagner" for "Wagner Group")."""
    forms: dict[str, Proposal] = {}
    for proposal in chosen:
        surface = text[proposal.start : proposal.end]
        forms.setdefault(surface, proposal)
        if proposal.known is not None:
            for form in proposal.known.forms():
                if form not in proposal.known.ambiguous or proposal.source != "catalog-ambiguous":
                    forms.setdefault(form, proposal)
        if proposal.form == "name" and " " in surface:
            for form in short_forms(surface):
                if not form.isupper() or len(form) > 2:
                    forms.setdefault(form, proposal)
            acronym = initials(surface)
            if len(acronym) >= 3 and acronym not in NOT_ACRONYMS:
                forms.setdefault(acronym, proposal)  # "AFL" for the Australian Football League, before or after it
    for form, proposal in _bare_words(text, chosen, lowercase, index).items():
        forms.setdefault(form, proposal)
    if not forms:
        return []
    matcher: FormMatcher[Proposal] = FormMatcher(forms)
    found = []
    hits = [*matcher.find(doc, text), *names_in_capitals(table, text, headlines, forms.items())]
    for start, end, origin in hits:
        if is_dateline(text, start, end):
            continue
        headline = headlines.holds(start, end)  # in a headline every word is capitalised: no longer name to join
        if inside_other_entity(table, index, start, end) or (not headline and _inside_longer_name(table, start, end)):
            continue
        surface = text[start:end]
        if _names_a_person(table, index, start, end, surface):
            continue  # "Andy Warhol" is the man the Andy Warhol Foundation is named after
        if surface in STANDALONE_HEADS and table.dep[table.token_at(start)] == "compound":
            continue  # "Government employees": a head word before a noun is an adjective's use
        short = surface.isupper() and " " not in surface and len(surface) <= 8
        found.append(
            Proposal(start, end, "propagated", form="acronym" if short else "name", known=origin.known, link=origin.link)
        )
    return found


def _bare_words(
    text: str, chosen: Iterable[Proposal], lowercase: frozenset[str], index: EntityIndex
) -> dict[str, Proposal]:
    """One-word short forms an article uses for a body it names in full, where only one body fits:
    a head word alone ("Council" for "Leeds City Council"), a company's first word ("Acme" for "Acme
    Robotics Inc", never a place's name: "London" in "London Metal Exchange"), a club's last word
    ("Villa" for "Aston Villa", "City" for "Manchester City")."""
    places = {text[entity[0] : entity[1]] for entity in index if entity is not None and entity[2] in _PLACE_LABELS}
    found: dict[str, list[Proposal]] = {}
    for proposal in chosen:
        words = text[proposal.start : proposal.end].split()
        if proposal.form != "name" or len(words) < 2:
            continue
        kind = proposal_kind(proposal, " ".join(words))
        for head in standalone_heads(words):
            found.setdefault(head, []).append(proposal)
        first = company_first_word(words, kind)
        if first is not None and first not in places:
            found.setdefault(first, []).append(proposal)
        last = club_last_word(words, kind)
        if last is not None and last not in places:
            found.setdefault(last, []).append(proposal)
    # a word the text also writes in lower case is a common word ("Acme" is not), except a head word
    # standing for the one body of its kind ("the council" and "Council approves…")
    return {
        word: proposals[0]
        for word, proposals in found.items()
        if len({text[p.start : p.end] for p in proposals}) == 1
        and (word.lower() not in lowercase or word in STANDALONE_HEADS)
        and len(word) > 2
    }


def _names_a_person(table: TokenTable, index: EntityIndex, start: int, end: int, surface: str) -> bool:
    """Whether spaCy tagged exactly this span PERSON and it starts with a given name."""
    tokens = table.token_span(start, end)
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
    tokens = table.token_span(start, end)
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
