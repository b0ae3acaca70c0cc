"""Arbitration: one decision per name for the whole article, after the extractors have claimed.

Extractors claim names independently (spaCy's people, an organisations plugin, a places
plugin), so the same characters can be claimed twice, and one organisation can be a
person in one sentence and an organisation in the next. The core settles every claim once,
by the evidence the claims carry and by what the article establishes, with these rules
(``docs/arbitration.md``):

1. **Nesting the world has.** A place named inside an organisation's name ("Miami" in
   "Miami Herald") stays a place mention with ``form="embedded"``; the organisation stays
   whole. A dateline in capitals that a claimed name runs on from across a spaced dash
   ("LUCKNOW - Voters") is no part of it and stays a name. An international body that is also a place ("EU") keeps both claims.
2. **One claim per span.** Where entities of different kinds, or two people or two
   organisations, claim overlapping characters (members named inside a group's span, as in
   "Graham and Sunita Whitlock" or "Italy and Greece", stand beside it), the stronger claim
   keeps them: a name of two words or more beats a bare word; then a plugin's claim beats
   the baseline's (the core's people, read straight from the model); then a word of a
   longer name the same entity has ("Haaland" of "Erling Haaland") beats a word standing
   alone; then the more confident; then the longer span. A person's full name at the end
   of a longer claim ("… University of Texas Arlington Amneh Jafari"), or after a title that
   starts one ("Detective Sergeant Kieran Walsh of …"), keeps its words: the longer claim ran
   on; and it beats an organisation without a type or an unresolved place on the same words
   with less confidence (the model's label alone: "Moussa Faki" as ORG, "Jan Siemerink" as GPE), as
   does a two-word name without a known given name that the words around it show a person's
   (confidence 0.8 or more: "praised Kuldeep Yadav, who took three wickets"), and as does a word of a
   full name the same person has, if it starts with a given name or was so shown ("Guardiola" after
   "Pep Guardiola praised his side"), on the same word. A
   person read from the words around the name (a scorecard's "b Gillespie 31", a full name after a
   title: "Deputy President Thabo Mbeki"; confidence 0.95 or
   more) keeps the same words against a less confident claim. The weaker mention is dropped, an entity left without mentions is
   dropped, and a baseline entity that lost mentions is named by its longest remaining one.
3. **Short forms join their full form.** A person or organisation whose every mention is one
   word of a longer name the article gives another person or organisation ("Acme" of "Acme
   Robotics Inc", "Villa" of "Aston Villa", "Costa" of "Ana Costa") joins that entity,
   whatever kind it was given, when exactly one such full name fits (a person's: the
   surname, or the given name it starts with); two people the same extractor kept apart stay
   apart ("Mrs Ardley" after "Thomas Ardley").

The rules run in this order, again until nothing changes (at most three rounds). They only
move, re-form or drop mentions and merge entities; ids of merged entities map to the entity
that absorbed them, so quotes can be relinked.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable, Sequence

import attrs

from newscore.model import Entity, Mention
from newscore.text.names import bare_name, is_given_name, is_title
from newscore.text.spans import SpanIndex

__all__ = ["Settlement", "settle"]

#: Kinds whose short forms join full forms (places are resolved by their own plugin).
_NAMED_KINDS = frozenset({"person", "organization"})
#: Organisation types that are also places ("EU"): a place claim on the same span stands beside them.
_ALSO_PLACES = frozenset({"international"})
#: Rounds of the rules at most: one usually settles everything, a second catches what the first freed.
_ROUNDS = 3
#: A person claim this confident was read from the words around the name (a scorecard's "b
#: Gillespie 31"), not from the model's label alone: it keeps its words against a less confident
#: claim of another kind on the same words.
_READ_AS_A_PERSON = 0.95
#: A person claim this confident was named where only a person stands (", who", "manager …"): a
#: full name even without a given name the table knows ("Kuldeep Yadav"), so it keeps its words
#: against an organisation without a type or an unresolved place, as a given name's would.
_NAMED_IN_CONTEXT = 0.8
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")


@attrs.frozen
class Settlement:
    """Entities after arbitration, and the ids of merged entities mapped to their survivor."""

    entities: tuple[Entity, ...]
    merged: dict[str, str] = attrs.field(factory=dict)


def settle(entities: Sequence[Entity], *, baseline: Iterable[str] = ()) -> Settlement:
    """The rules above over every entity of one article (ids unique and not None); ``baseline``
    names the extractors whose claims give way to a plugin's of equal standing."""
    merged: dict[str, str] = {}
    current = list(entities)
    for _ in range(_ROUNDS):
        before = current  # each rule hands back the very list it was given when it changes nothing
        current = _embed_places(current)
        current = _one_claim_per_span(current, frozenset(baseline))
        current = _join_short_forms(current, merged)
        if current is before:
            break
    survivors = {entity.id for entity in current}
    return Settlement(tuple(current), {old: new for old, new in merged.items() if new in survivors})


@functools.lru_cache(maxsize=1 << 14)  # names recur within an article and across its rounds
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(bare_name(text)))


# --- rule 1 ------------------------------------------------------------------------------------


def _embed_places(entities: list[Entity]) -> list[Entity]:
    organizations = SpanIndex(
        (m.start, m.end, m.text) for e in entities if e.kind == "organization" for m in e.mentions
    )
    if not len(organizations):
        return entities
    covered = _Coverage((start, end) for start, end, _ in organizations)
    result, changed = [], False
    for entity in entities:
        if entity.kind == "location" and any(
            m.form != "embedded" and covered.holds(m.start) and _strictly_inside(organizations, m)
            for m in entity.mentions
        ):
            mentions = [
                attrs.evolve(m, form="embedded") if m.form != "embedded" and _strictly_inside(organizations, m) else m
                for m in entity.mentions
            ]
            entity, changed = attrs.evolve(entity, mentions=mentions), True
        result.append(entity)
    return result if changed else entities


class _Coverage:
    """The characters a set of ranges covers, as disjoint runs: asked for each place mention whether
    any organisation could hold it, in one bisect, before the closer look."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(ranges):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def holds(self, char: int) -> bool:
        k = bisect.bisect_right(self._starts, char) - 1
        return k >= 0 and char < self._ends[k]


def _strictly_inside(index: SpanIndex[str], mention: Mention) -> bool:
    return any(
        (start, end) != (mention.start, mention.end) and not _dateline_before_dash(mention, start, name)
        for start, end, name in index.covering(mention.start, mention.end)
    )


_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]")


def _dateline_before_dash(place: Mention, start: int, name: str) -> bool:
    """Whether ``place`` is a dateline in capitals that the name ``name`` (starting at ``start``)
    only runs on from across a spaced dash: "LUCKNOW - Voters queued" read as one name."""
    return (
        place.start == start
        and len(place.text) > 1
        and place.text.isupper()
        and _SPACED_DASH.match(name, place.end - start) is not None
    )


# --- rule 3 ------------------------------------------------------------------------------------


def _short_form_of(words: tuple[str, ...], full: tuple[str, ...], kind: str) -> bool:
    """Whether a one-word name ``words`` shortens the name ``full`` of an entity of ``kind``: an
    organisation's first or last word; the surname of a person whose name starts with a given name,
    or that given name ("Demosisto" is no short form of "Demosisto Ann Chiang")."""
    if len(words) != 1 or len(full) < 2 or not words[0][:1].isupper():
        return False
    if kind != "person":
        return words[0] in (full[0], full[-1])
    return is_given_name(full[0]) and not words[0].isupper() and words[0] in (full[0], full[-1])


@functools.lru_cache(maxsize=1 << 12)  # the same full names come back in every round
def _shortening_words(full: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """The words of the name ``full`` (its first and last) that are short forms of it."""
    return tuple(word for word in dict.fromkeys((full[0], full[-1])) if _short_form_of((word,), full, kind))


def _join_short_forms(entities: list[Entity], merged: dict[str, str]) -> list[Entity]:
    by_id = {entity.id: entity for entity in entities if entity.id is not None}
    names_of = {
        entity_id: {_words(m.text) for m in entity.mentions}
        for entity_id, entity in by_id.items()
        if entity.kind in _NAMED_KINDS
    }
    if not any(len(names) == 1 and len(next(iter(names))) == 1 for names in names_of.values()):
        return entities  # no entity named by one word alone: nothing can move
    established: set[str] = set()
    # a full name's first and last words, each with the entities whose full name they shorten
    shortened_by: dict[str, set[str]] = {}
    for entity_id, names in names_of.items():
        for name in names:
            if len(name) >= 2:
                established.add(entity_id)
                for word in _shortening_words(name, by_id[entity_id].kind):
                    shortened_by.setdefault(word, set()).add(entity_id)
    absorbed: dict[str, list[Mention]] = {}
    moved: set[str] = set()
    for entity_id, entity in by_id.items():
        if entity.kind not in _NAMED_KINDS or entity_id in established:
            continue  # a name given in full here is established; only bare short forms move
        words = names_of[entity_id]
        if len(words) != 1 or len(short := next(iter(words))) != 1:
            continue
        own = SpanIndex((m.start, m.end, None) for m in entity.mentions)
        targets = {
            other_id
            for other_id in shortened_by.get(short[0], ())
            if other_id != entity_id
            # of the same kind, a short form inside the full one is those words, not a later use ("Yonhap news agency")
            and (by_id[other_id].kind != entity.kind or not any(own.overlaps(m.start, m.end) for m in by_id[other_id].mentions))
            # two people the same extractor kept apart stay apart ("Mrs Ardley" is not Thomas Ardley)
            and not _kept_apart(entity, by_id[other_id])
        }
        if len(targets) != 1:
            continue
        (target,) = targets
        if target in moved or target in merged:  # never chain: a target that itself moved is left alone
            continue
        merged[entity_id] = target
        moved.add(entity_id)
        absorbed.setdefault(target, []).extend(entity.mentions)
    if not moved:
        return entities
    result = []
    for entity in entities:
        if entity.id in moved:
            continue
        extra = absorbed.get(entity.id or "")
        if extra:
            entity = _absorb(entity, extra)
        result.append(entity)
    return result


def _kept_apart(short: Entity, full: Entity) -> bool:
    return short.kind == full.kind == "person" and short.extractor is not None and short.extractor == full.extractor


def _absorb(entity: Entity, mentions: list[Mention]) -> Entity:
    form = "alias" if entity.kind == "organization" else "name"
    taken = SpanIndex((m.start, m.end, None) for m in entity.mentions)
    added = [attrs.evolve(m, form=form) for m in mentions if not taken.overlaps(m.start, m.end)]
    aliases = list(entity.aliases)
    if entity.kind == "organization":
        aliases += [m.text for m in added if m.text != entity.name and m.text not in aliases]
    return attrs.evolve(
        entity, mentions=sorted([*entity.mentions, *added], key=lambda m: (m.start, m.end)), aliases=aliases
    )


# --- rule 2 ------------------------------------------------------------------------------------


def _strength(entity: Entity, mention: Mention, baseline: frozenset[str]) -> tuple[bool, bool, bool, float, int]:
    """How strongly ``entity`` claims ``mention`` (rule 3), as a key to compare."""
    words = _words(mention.text)
    established = _established(entity, mention)
    confidence = entity.confidence if entity.confidence is not None else 0.5
    return (len(words) > 1, entity.extractor not in baseline, established, confidence, mention.end - mention.start)


def _established(entity: Entity, mention: Mention) -> bool:
    """Whether the mention's words are words of a longer name the same entity has ("Haaland" of "Erling Haaland")."""
    words = set(_words(mention.text))
    return any(len(longer) > 1 and words <= set(longer) for longer in map(_words, (m.text for m in entity.mentions)))


def _named_in_full(person: Entity, mention: Mention) -> bool:
    """Whether a one-word mention is a word of a full name the person has that is surely a person's:
    one starting with a given name ("Carly Fiorina"), or one the words around it showed to be a
    person's (confidence 0.8 or more: "Pep Guardiola praised his side"), not one the model's label
    alone gave ("Belleza Latina")."""
    word = _words(mention.text)
    for longer in map(_words, (m.text for m in person.mentions)):
        if len(longer) > 1 and set(word) <= set(longer):
            if is_given_name(longer[0]) or (person.confidence or 0.0) >= _NAMED_IN_CONTEXT:
                return True
    return False


def _person_keeps(inner: Mention, inner_entity: Entity, outer: Mention, outer_entity: Entity) -> bool:
    """Whether a person's full name (a given name, then a surname) keeps its words against another
    kind's claim: one that ran on into it at its end ("… Arlington Amneh Jafari") or started at the
    title before it ("Detective Sergeant Kieran Walsh of Greater Manchester Police"), or an
    organisation or place on the same words with nothing but a lesser confidence behind it (an
    organisation without a type, a place not resolved: the model's label alone, as "Moussa Faki"
    tagged ORG or "Jan Siemerink" tagged GPE). A word of a full name the person has keeps
    its characters against a claim on a part of it ("Delgado" of "Delgado-Ruiz", after "Maria Delgado-Ruiz")."""
    if inner_entity.kind != "person" or outer_entity.kind == "person":
        return False
    same_words = (inner.start, inner.end) == (outer.start, outer.end)
    confidence = inner_entity.confidence or 0.0
    more_confident = (outer_entity.confidence or 0.0) < confidence
    if same_words and confidence >= _READ_AS_A_PERSON and more_confident:
        return True  # the words around it show a person ("c Healy b McGrath"), not just a label
    if inner.start <= outer.start and outer.end <= inner.end and not same_words:
        return _established(inner_entity, inner)  # a part of a surname the person has in full ("Delgado" of "Delgado-Ruiz")
    words = _words(inner.text)
    if same_words and len(words) == 1 and _unsupported(outer_entity) and _named_in_full(inner_entity, inner):
        # a surname the person has in full here ("Guardiola" after "Pep Guardiola"), against the model's label alone
        return more_confident
    if len(words) < 2:
        return False
    if same_words:
        # a full name: a given name first, or two words the words around them show a person's ("praised Kuldeep Yadav, who")
        named = is_given_name(words[0]) or confidence >= _NAMED_IN_CONTEXT
        return named and _unsupported(outer_entity) and more_confident
    if not is_given_name(words[0]) or not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    before = outer.text[: inner.start - outer.start].split()
    return (outer.start < inner.start and outer.end == inner.end) or (
        bool(before) and is_title(before[-1])
    )


def _unsupported(entity: Entity) -> bool:
    """Whether a claim has nothing but the model's label behind it: an organisation without a type,
    a place not resolved."""
    return (entity.kind == "organization" and entity.type is None) or (entity.kind == "location" and entity.geonames_id is None)


def _may_share(a: Entity, b: Entity, ma: Mention, mb: Mention) -> bool:
    """Claims that stand together (of different entities): places, a place nested in a body's name,
    members named inside a group, a body that is also a place, or a dateline a name ran on from."""
    if a.kind == b.kind:
        return a.kind == "location"  # places nest ("Mexico" in "Mexico City"); two people on one span are one too many
    if "embedded" in (ma.form, mb.form):
        return True
    if "group" in (a.kind, b.kind):  # members named inside a group ("Graham and Sunita Whitlock", "Italy and Greece")
        member, group = (ma, mb) if b.kind == "group" else (mb, ma)
        return group.start <= member.start and member.end <= group.end
    if {a.kind, b.kind} != {"organization", "location"}:
        return False
    organization, name, place = (a, ma, mb) if a.kind == "organization" else (b, mb, ma)
    if _dateline_before_dash(place, name.start, name.text):
        return True  # "LUCKNOW - Voters": the name only ran on from the dateline
    return organization.type in _ALSO_PLACES and (ma.start, ma.end) == (mb.start, mb.end)


#: A mention claimed, with the position of the entity claiming it.
_Claim = tuple[int, Mention]


def _overlapping_claims(claims: list[tuple[int, int, _Claim]]) -> list[tuple[int, int, _Claim]]:
    """The claims (sorted by start, then end) that share a character with another claim, in the same
    order: the only ones rule 2 has anything to decide about. A claim overlaps one before it when the
    furthest end before it passes its start, and one after it when the next claim starts before its end."""
    kept = []
    reach = -1
    for k, claim in enumerate(claims):
        start, end, _ = claim
        if start < reach or (k + 1 < len(claims) and claims[k + 1][0] < end):
            kept.append(claim)
        reach = max(reach, end)
    return kept


def _one_claim_per_span(entities: list[Entity], baseline: frozenset[str]) -> list[Entity]:
    claims = sorted(
        ((m.start, m.end, (position, m)) for position, e in enumerate(entities) for m in e.mentions),
        key=operator.itemgetter(0, 1),
    )
    index = SpanIndex(_overlapping_claims(claims))
    dropped: set[tuple[int, int, int]] = set()
    for start, end, (position, mention) in index:
        if (position, start, end) in dropped:
            continue
        entity = entities[position]
        for _, _, (rival_position, rival) in index.overlapping(start, end):
            if rival_position == position or (rival_position, rival.start, rival.end) in dropped:
                continue
            other = entities[rival_position]
            if _may_share(entity, other, mention, rival):
                continue
            if _person_keeps(mention, entity, rival, other) or (
                not _person_keeps(rival, other, mention, entity)
                and _strength(entity, mention, baseline) >= _strength(other, rival, baseline)
            ):
                dropped.add((rival_position, rival.start, rival.end))
            else:
                dropped.add((position, start, end))
                break
    if not dropped:
        return entities
    result = []
    for position, entity in enumerate(entities):
        mentions = [m for m in entity.mentions if (position, m.start, m.end) not in dropped]
        if not mentions:
            continue
        if len(mentions) != len(entity.mentions):
            entity = attrs.evolve(entity, mentions=mentions)
            if entity.extractor in baseline:
                entity = attrs.evolve(entity, name=bare_name(max(mentions, key=len).text))
        result.append(entity)
    return result
