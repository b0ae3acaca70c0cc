"""One entity per organisation: mentions grouped by the list, acronym definitions, initials
and short forms ("Wagner" for "Wagner Group"), then named and typed."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from cleanco import basename

from newscore import Entity, Mention
from newscore.text import without_article
from newscore_organizations.acronyms import initials, letters
from newscore_organizations.catalog import KnownOrganization
from newscore_organizations.detection import is_legal_form
from newscore_organizations.matching import normalize_form
from newscore_organizations.proposals import CONFIDENCE, Proposal
from newscore_organizations.vocabulary import (
    FIRM_LAST_WORDS,
    NAME_HINTS,
    PREFIX_HEADS,
    STANDALONE_HEADS,
    SUFFIX_HEADS,
    TRADES,
)

#: Head words a short form may drop and still name the same organisation ("Wagner" = "Wagner Group").
DROPPABLE_HEADS = frozenset(
    ["Group", "Corporation", "Corp", "Corp.", "Company", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "SpA", "Holdings", "FC", "F.C.", "AFC", "CF", "Party", "Foundation", "Church"]
)
_OF_FOR = frozenset(["of", "for"])
_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


@functools.lru_cache(maxsize=1 << 14)  # asked of every mention in merging, and names recur
def normalized_name(surface: str) -> str:
    """A key for "the same name": case, "the", possessives, spacing and punctuation at the edges ignored."""
    text = normalize_form(surface)
    text = without_article(text)
    text = re.sub(r"\s*'s?$", "", text)
    return _PUNCT_EDGES.sub("", text).casefold()


@functools.lru_cache(maxsize=1 << 12)  # asked in propagation and again in merging, and names recur
def short_forms(name: str) -> tuple[str, ...]:
    """Shorter names for ``name`` that drop a generic head: "Wagner Group" -> ("Wagner",);
    "Apple Inc." -> ("Apple",). Not what follows "of" ("Scientology", "England" in "Church of
    England"): a faith or a place, not the body."""
    words = normalize_form(name).split()
    found = []
    if len(words) >= 2 and words[-1] in DROPPABLE_HEADS:
        found.append(" ".join(words[:-1]))
    base = _legal_basename(name)
    if base and base != name and len(base) >= 2:
        found.append(base)
    return tuple(form for form in dict.fromkeys(found) if form and any(ch.isupper() for ch in form))


@functools.lru_cache(maxsize=1 << 12)  # cleanco is slow, and the same names recur (merge and propagation)
def _legal_basename(name: str) -> str:
    """``name`` without its legal form ("Apple Inc." -> "Apple"), by cleanco; "" where cleanco fails."""
    try:
        return basename(name)
    except Exception:  # cleanco on odd input: no short form from it
        return ""


class _Groups:
    """Union-find over proposal indexes, joining towards the smaller index (deterministic)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def standalone_heads(words: Sequence[str]) -> tuple[str, ...]:
    """The head word of a name of two words or more that may stand alone for it: the last
    ("Council" for Leeds City Council), or the first before "of"/"for" ("Church" for Church of Scientology)."""
    if len(words) < 2:
        return ()
    heads = [words[-1]] if words[-1] in STANDALONE_HEADS else []
    if words[0] in STANDALONE_HEADS and words[1] in ("of", "for"):
        heads.append(words[0])
    return tuple(heads)


def company_first_word(words: Sequence[str], kind: str | None) -> str | None:
    """A firm's first word, which may stand alone for it ("Acme" for Acme Robotics Inc, "Vantage" for
    Vantage Sensors): a company's name with a legal form, of three words, or ending in its trade;
    None for any other name."""
    firm = kind == "company" and len(words) >= 2 and (is_legal_form(words[-1]) or len(words) >= 3 or words[-1] in TRADES)
    return words[0] if firm and words[0].isalpha() else None


def club_last_word(words: Sequence[str], kind: str | None) -> str | None:
    """A club's last word, which may stand alone for it ("Villa" for Aston Villa, "Giants" for San
    Francisco Giants, "GIANTS" in a headline): a sports club's name of two or three words; None for
    any other name."""
    club = kind == "sports_club" and 2 <= len(words) <= 3 and words[-1].isalpha() and words[-1][:1].isupper()
    return words[-1] if club else None


def type_from_name(name: str) -> str | None:
    """The type a name's words suggest ("… Party": political_party), or None."""
    words = normalize_form(name).split()
    if len(words) >= 2 and words[-1] in FIRM_LAST_WORDS and not _OF_FOR.intersection(words):
        return "company"  # "Edison Research", "Brooks Brothers"; not "Council of Economic Advisers"
    for word in reversed(words):
        if word in SUFFIX_HEADS and SUFFIX_HEADS[word] is not None:
            hinted = next((NAME_HINTS[w] for w in words if w in NAME_HINTS), None)
            return hinted or SUFFIX_HEADS[word]
    if words and words[0] in PREFIX_HEADS and PREFIX_HEADS[words[0]] is not None:
        return PREFIX_HEADS[words[0]]
    return next((NAME_HINTS[w] for w in words if w in NAME_HINTS), None)


def proposal_kind(proposal: Proposal, surface: str) -> str | None:
    """The type of the body ``proposal`` (written ``surface``) names: the list's, the finder's hint,
    or what its words suggest."""
    if proposal.known is not None:
        return proposal.known.type
    return proposal.type_hint or type_from_name(surface)


def merge(text: str, chosen: Sequence[Proposal]) -> list[Entity]:
    """Organisation entities from non-overlapping proposals, one per organisation."""
    groups = _Groups(len(chosen))
    surfaces = [text[c.start : c.end] for c in chosen]
    keys = [normalized_name(surface) for surface in surfaces]
    first_by: dict[tuple[str, str], int] = {}
    for index, proposal in enumerate(chosen):
        identities = [("key", keys[index])]
        if proposal.known is not None:
            identities.append(("known", proposal.known.name))
        if proposal.link is not None:
            identities.append(("link", proposal.link))
        for identity in identities:
            if identity in first_by:
                groups.join(first_by[identity], index)
            else:
                first_by[identity] = index
    # short forms and initials of longer names found here name the same organisation
    reductions: dict[str, set[int]] = {}
    for index, surface in enumerate(surfaces):
        if chosen[index].form != "name" or " " not in surface.strip():
            continue
        for form in short_forms(surface):
            reductions.setdefault(normalized_name(form), set()).add(groups.root(index))
        words = surface.split()
        proposal = chosen[index]
        kind = proposal_kind(proposal, surface)
        for head in (*standalone_heads(words), company_first_word(words, kind), club_last_word(words, kind)):
            if head is not None:
                reductions.setdefault(normalized_name(head), set()).add(groups.root(index))
        acronym = initials(surface)
        if len(acronym) >= 2:
            reductions.setdefault("initials:" + acronym, set()).add(groups.root(index))
    for index, surface in enumerate(surfaces):
        targets = {groups.root(t) for t in reductions.get(keys[index], ())}
        if surface.isupper() and len(letters(surface)) >= 2:
            targets |= {groups.root(t) for t in reductions.get("initials:" + letters(surface), ())}
        if len(targets) == 1:  # an ambiguous short form ("Democratic" for two parties) joins nothing
            groups.join(targets.pop(), index)
    members: dict[int, list[int]] = {}
    for index in range(len(chosen)):
        members.setdefault(groups.root(index), []).append(index)
    named = [(_name(text, group), group) for group in ([chosen[i] for i in indexes] for indexes in members.values())]
    # numbered in text order (the first mention's start, then the name) with the ids built in
    named.sort(key=lambda pair: (min(c.start for c in pair[1]), pair[0]))
    return [_entity(text, group, name, f"org{number}") for number, (name, group) in enumerate(named, start=1)]


def _known(group: list[Proposal]) -> KnownOrganization | None:
    return next((c.known for c in group if c.known is not None), None)


def _name(text: str, group: list[Proposal]) -> str:
    """The canonical name of the organisation ``group`` mentions: the list's, else the longest full name."""
    known = _known(group)
    if known is not None:
        return known.name
    surfaces = [text[c.start : c.end] for c in group]
    names = [s for c, s in zip(group, surfaces) if c.form == "name" and not s.isupper()] or surfaces
    name = max(names, key=lambda s: (len(s.split()), len(s), -surfaces.index(s)))
    return " ".join(normalize_form(name).split())


def _entity(text: str, group: list[Proposal], name: str, entity_id: str) -> Entity:
    known = _known(group)
    surfaces = [text[c.start : c.end] for c in group]
    acronym = known.acronym if known is not None and known.acronym else None
    if acronym is None:
        acronym = next(
            (s for c, s in zip(group, surfaces) if (c.form == "acronym" or s.isupper()) and len(letters(s)) >= 2 and s != name),
            None,
        )
    kind = known.type if known is not None else None
    if kind is None:
        kind = next((c.type_hint for c in group if c.type_hint), None) or type_from_name(name)
    aliases = tuple(dict.fromkeys(" ".join(s.split()) for s in surfaces if " ".join(s.split()) != name))
    mentions = []
    for proposal, surface in sorted(zip(group, surfaces), key=lambda pair: pair[0].start):
        form = proposal.form
        if form == "name" and " ".join(surface.split()) != name:
            form = "acronym" if acronym and surface == acronym else "alias"
        # the slice is the span's own text: Mention.from_text would build a Span first only to check it
        mentions.append(Mention(proposal.start, proposal.end, surface, form=form))
    confidence = max(CONFIDENCE[c.source] for c in group)
    if len(group) > 1:
        confidence = min(0.95, confidence + 0.05)
    return Entity(
        kind="organization",
        id=entity_id,
        name=name,
        mentions=mentions,
        aliases=aliases,
        acronym=acronym,
        type=kind,
        confidence=round(confidence, 2),
    )
