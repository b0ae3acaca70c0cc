"""Who a speaker phrase names: an entity given by earlier extractors, or a new one.

A speaker phrase is found by the parse (the subject of a cue verb, the object of
``according to``). It is resolved, in this order, to:

* the person / organisation / place one of its words is a mention of (``Putin``,
  ``Russian President Vladimir Putin``, ``the Kremlin``); several coordinated ones make a
  group (``Iran and China``);
* for a pronoun, the most recent compatible person or organisation (``he`` → the last person
  who was the subject of a clause, ``it`` → the last organisation, ``they`` → the last group);
* for a role (``the Russian President``, ``the minister``, ``the bloc's trade chief``), the
  person the article gave that title to, by a title word before a name (``Russian President
  Vladimir Putin``) or an appositive (``Matej Sirota, the European Commissioner for Trade``);
* a plural role or group (``Western leaders``, ``officials``) becomes a ``group`` entity;
* a proper name the entity extractors missed becomes a new ``person`` (or ``organization``).

Everything is indexed once per article, so resolving one phrase costs a few dictionary and
bisect look-ups, never a walk over all mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from newscore import Entity, Mention, Span, TokenTable, token_table
from newscore.text.names import (
    TITLES,
    Gender,
    bare_name,
    given_name_gender,
    is_given_name,
    is_title_only,
    name_words,
    title_gender,
)
from newscore_quotes.cues import DOCUMENT_NOUNS, ROLE_NOUNS
from newscore_quotes.genders import PRONOUN_GENDER, person_genders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Speaker", "SpeakerResolver", "speaker_tokens"]

_KIND_PRIORITY = {"person": 0, "organization": 1, "location": 2}
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
_PLURAL_PRONOUNS = frozenset(["they", "them"])
_THING_PRONOUNS = frozenset(["it"])
_RELATIVE_PRONOUNS = frozenset(["who", "that", "which", "whom"])
_NP_LEFT_DEPS = frozenset(["compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "quantmod", "advmod", "predet"])
_TITLE_STOP = frozenset(["the", "a", "an", "of", "for", "and", "'s", "’s"])
_PRONOUN_WINDOW = 2000  # characters back in which a pronoun's antecedent is looked for
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
_VERBAL = frozenset(["VERB", "AUX"])
_GROUPISH = frozenset(["officials", "leaders", "analysts", "experts", "lawmakers", "critics", "residents", "sources", "police"])
#: Nouns that stand for a business named earlier: "the company said" is the company the article is about.
_BUSINESS_NOUNS = frozenset(
    ["company", "firm", "chain", "retailer", "carrier", "airline", "maker", "manufacturer", "group", "bank", "lender", "insurer", "operator", "supplier", "developer", "publisher", "broadcaster", "club", "team", "startup"]
)
_ORG_NOUNS = _BUSINESS_NOUNS | frozenset(
    ["ministry", "government", "kremlin", "council", "commission", "committee", "agency", "department", "office", "party", "army", "military", "police", "court", "union", "administration", "embassy", "parliament", "regulator", "board", "campaign", "authority", "watchdog", "trust", "charity", "institute", "university", "hospital", "spokesperson"]
)
_SPOKES_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
_OWNER_PREPS = frozenset(["for", "of", "at", "from"])
_SPOKES_LOOKBACK = 400  # tokens back in which "the spokesman" looks for "a spokesman for X"


@frozen
class Speaker:
    """A resolved speaker: the phrase, the entity it names (id and fullest name), how sure."""

    span: Span | None
    entity_id: str | None
    name: str | None
    confidence: float


def speaker_tokens(head: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``head``, with coordinated heads.

    Appositives, relative clauses and prepositional phrases are left out: in ``Matej Sirota,
    the European Commissioner for Trade`` the speaker is ``Matej Sirota``.
    """
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("flat", "compound") and child.i == end:
            end = child.i + 1
        elif child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN") and child.i - end <= 2:
            end = speaker_tokens(child)[1]
        elif child.dep_ == "cc" and child.i == end:
            continue
        elif child.dep_ == "case" and child.i == end:  # possessive 's is not part of a subject
            break
    return start, end


class SpeakerResolver:
    """Resolves speaker phrases of one article against the entities found so far."""

    def __init__(
        self,
        text: str,
        doc: Doc,
        entities: Sequence[Entity],
        *,
        ignore_before: int = 0,
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self._text = text
        self._ignore_before = ignore_before  # a dateline: "WASHINGTON (AP) —" names no one
        self._quoted = sorted(quoted)  # a name inside a quotation is not who said it
        self._quoted_starts = [start for start, _ in self._quoted]
        self._doc = doc
        self._table = token_table(doc)
        self._entities = {entity.id: entity for entity in entities if entity.id is not None}
        self._kinds = {entity_id: _kind_of(entity) for entity_id, entity in self._entities.items()}
        self._gender: dict[str, Gender | None] = {}
        self._token_entity: dict[int, str] = {}
        self._new: list[Entity] = []
        self._new_by_key: dict[tuple[str, str], str] = {}
        self._person_at: list[tuple[int, str, bool]] = []  # (char, entity id, is subject)
        self._org_at: list[tuple[int, str]] = []
        self._titles: dict[str, list[tuple[int, str]]] = {}
        self._surnames: dict[str, str] = {}
        self._token_ranges: dict[tuple[int, int], range | None] = {}
        self._index(entities)
        self._full_names = _full_names(self._table)
        self._person_subjects = [(c, e) for c, e, subject in self._person_at if subject]
        self._person_subject_starts = [c for c, _ in self._person_subjects]
        self._person_any = [(c, e) for c, e, _ in self._person_at]
        self._person_starts = [c for c, _ in self._person_any]
        self._org_starts = [c for c, _ in self._org_at]
        self._groups: list[tuple[int, str]] = []

    # --- indexing -------------------------------------------------------------------------

    def _index(self, entities: Sequence[Entity]) -> None:
        doc = self._doc
        kinds = self._kinds
        ranked = sorted(
            (e for e in entities if e.id is not None and kinds[e.id] in _KIND_PRIORITY),
            key=lambda e: -_KIND_PRIORITY[kinds[e.id]],
        )
        for entity in ranked:  # people last, so they win a shared token
            for mention in entity.mentions:
                tokens = self._mention_tokens(mention)
                if tokens is None:
                    continue
                for i in tokens:
                    self._token_entity[i] = entity.id
        people = [e for e in entities if e.id is not None and kinds[e.id] == "person"]
        self._gender = person_genders(self._table, people, lambda e, n: self._mention_tokens(e.mentions[n]))
        deps = self._table.dep
        for entity in entities:
            if entity.id is None or kinds[entity.id] not in _KIND_PRIORITY:
                continue
            kind = kinds[entity.id]
            words = entity.name.split()
            if kind == "person" and words:
                self._surnames.setdefault(words[-1].casefold(), entity.id)
            for mention in entity.mentions:
                if kind == "location":
                    continue  # places are indexed by token only (above)
                tokens = self._mention_tokens(mention)
                if tokens is None or mention.start < self._ignore_before:
                    continue
                if kind == "person":
                    if self._is_quoted(mention.start):
                        continue
                    entity_id = self._titled_person(entity, mention, tokens)
                    span = doc[tokens.start : tokens.stop]
                    subject = any(deps[i] in _SUBJECT_DEPS for i in tokens)
                    subject = subject or span.root.head.dep_ in _SUBJECT_DEPS
                    # a name right before a verb is its subject, whatever the parse made of it
                    subject = subject or (tokens.stop < len(deps) and self._table.pos[tokens.stop] in _VERBAL)
                    self._person_at.append((mention.start, entity_id, subject))
                    self._index_titles(span, entity_id)
                elif kind == "organization":
                    self._org_at.append((mention.start, entity.id))
        self._person_at.sort()
        self._org_at.sort()

    def _is_quoted(self, char: int) -> bool:
        index = bisect.bisect_right(self._quoted_starts, char) - 1
        return index >= 0 and char < self._quoted[index][1]

    def _titled_person(self, entity: Entity, mention: Mention, tokens: range) -> str:
        """The person a mention names: its entity, unless its title marks another gender than the
        entity's (``Mrs Sethi`` merged with ``Vikram Sethi``): then a person of its own."""
        before = tokens.start - 1
        title_before = title_gender(self._table.text[before]) if before >= 0 else None
        words = mention.text.split()
        title = title_before or (title_gender(words[0]) if words else None)
        known = self._gender.get(entity.id)
        if title is None or known is None or title == known:
            return entity.id
        start = self._table.idx[before] if title_before else mention.start
        name = Span.from_text(self._text, start, mention.end)
        own = self._new_entity("person", name, name.text, 0.7, key=name.text.casefold()).entity_id
        self._gender[own] = title
        for i in tokens:
            self._token_entity[i] = own
        return own

    def _mention_tokens(self, mention: Span) -> range | None:
        """``_tokens_of`` a mention, worked out once per article (``_index`` asks twice)."""
        key = (mention.start, mention.end)
        if key not in self._token_ranges:
            self._token_ranges[key] = self._tokens_of(*key)
        return self._token_ranges[key]

    def _tokens_of(self, start: int, end: int) -> range | None:
        """The tokens of ``doc.char_span(start, end, alignment_mode="expand")`` (None where it is None),
        found by bisecting the token table rather than building a spaCy ``Span``."""
        table, length = self._table, len(self._text)
        # spaCy's token_by_char: a token owns its characters and its trailing whitespace
        first = bisect.bisect_right(table.idx, start) - 1 if 0 <= start < length else -1
        last = bisect.bisect_right(table.idx, end - 1) - 1 if 0 <= end - 1 < length else -1
        if first < 0 or last < 0:
            return None
        if start == table.end[first]:  # starts in the whitespace after a token: not that token
            first += 1
        if first > last:  # an odd span: let spaCy decide what it is
            span = self._doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else range(span.start, span.end)
        return range(first, last + 1)

    def _index_titles(self, span, entity_id: str) -> None:
        """Title words given to a person: ``Russian President`` before the name, or an appositive."""
        words: list[str] = []
        root = span.root
        token = span.start - 1
        while token >= 0 and self._doc[token].head.i in range(span.start - 1, span.end) and token >= span.start - 6:
            candidate = self._doc[token]
            if candidate.dep_ not in ("compound", "amod", "nmod", "poss", "case", "det", "punct"):
                break
            words.append(candidate.lower_)
            token -= 1
        head = root.head if root.dep_ == "appos" else None
        for child in root.children:
            if child.dep_ == "appos" and child.i > root.i:
                words.extend(t.lower_ for t in child.subtree)
        if head is not None and head.i < root.i:
            words.extend(t.lower_ for t in head.subtree if t.i < span.start)
        for word in {w for w in words if w.isalpha() and w not in _TITLE_STOP}:
            self._titles.setdefault(word, []).append((span.start_char, entity_id))

    # --- resolving ------------------------------------------------------------------------

    @property
    def new_entities(self) -> list[Entity]:
        """Entities made for speakers the earlier extractors did not give."""
        return list(self._new)

    def resolve(self, head: Token) -> Speaker | None:
        """The speaker named by the noun phrase headed by ``head``, or None if it names none."""
        if head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head
        head = self._past_title(head)
        if head.pos_ in ("NOUN", "PROPN") and head.i not in self._token_entity:
            for child in head.rights:  # "the Nasa administrator, Bill Nelson, told …"
                if child.dep_ == "appos" and (child.i in self._token_entity or child.pos_ == "PROPN"):
                    named = self.resolve(child)
                    if named is not None and named.entity_id is not None:
                        return named
        if head.lemma_.lower() in _SPOKES_NOUNS:
            spoken_for = self._spokesperson(head)
            if spoken_for is not None:
                return spoken_for
        start, end = speaker_tokens(head)
        doc, text = self._doc, self._text
        span = Span.from_text(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        lower = head.lower_
        if head.pos_ == "PRON":
            return self._pronoun(lower, span)
        heads = [head, *(t for t in doc[head.i + 1 : end] if t.dep_ == "conj" and t.head.i in range(start, end))]
        found = []
        for h in heads:
            entity_id = self._entity_near(h, start, end)
            if entity_id is not None and entity_id not in found:
                found.append(entity_id)
        if len(found) > 1 or (len(heads) > 1 and found):
            return self._group(span, confidence=0.8)
        if found:
            name = self._fullest(found[0])
            if self._kinds.get(found[0]) == "person":
                longer = _name_in_phrase(doc, start, head)
                if len(longer.split()) > len(name.split()) and longer.split()[-1] == name.split()[-1]:
                    name = person_name(longer)  # "Prince Abdulaziz bin Salman" when the NER kept "bin Salman"
            return Speaker(span, found[0], name, 0.9)
        lemma = head.lemma_.lower()
        if lemma in DOCUMENT_NOUNS:
            return None
        if head.pos_ == "PROPN" and lower not in ROLE_NOUNS:
            return self._unknown_name(head, start, end, span)
        if head.tag_ in ("NNS", "NNPS") or lower in _GROUPISH:
            return self._group(span, confidence=0.7)  # "Western leaders", "engineers", "officials"
        if lemma in _ORG_NOUNS and lemma not in ROLE_NOUNS:
            return self._org_noun(head, span)
        if lemma in ROLE_NOUNS or lower in ROLE_NOUNS:
            named = self._title(doc[start:end], span) or self._nearest_person(span)
            if named is not None or head.pos_ != "NOUN":
                return named
        if head.pos_ == "NOUN":  # "the promoter said": keep the words, there is no name to give
            start_char = span.start + 4 if span.text[:4].casefold() == "the " else span.start
            return Speaker(span, None, self._text[start_char : span.end], 0.5)
        return None

    def _past_title(self, head: Token) -> Token:
        """``said Sgt. Ann Ruiz``: a parse that heads the phrase with the title means the name after it."""
        if not is_title_only(head.text):
            return head
        pos, words = self._table.pos, self._table.text
        first = head.i + 1
        if first < len(words) and words[first] == ".":  # "Sgt." split from its full stop
            first += 1
        last = first - 1
        while last + 1 < len(pos) and pos[last + 1] == "PROPN" and last - first < 3:
            last += 1
        return self._table.tokens[last] if last >= first else head

    def _earlier_owner(self, head: Token) -> Token | None:
        """The X of the last ``spokesman for X`` before a bare ``the spokesman``."""
        lemmas, tokens = self._table.lemma, self._table.tokens
        for i in range(head.i - 1, max(-1, head.i - _SPOKES_LOOKBACK), -1):
            if lemmas[i].lower() in _SPOKES_NOUNS:
                owner = _spoken_for(tokens[i])
                if owner is not None:
                    return owner
        return None

    def _nearest_person(self, span: Span) -> Speaker | None:
        """A role the article gave no one by title: the nearest person who is a subject, before or after."""
        starts = self._person_subject_starts
        index = bisect.bisect_left(starts, span.start)
        sentence_end = self._doc.char_span(span.start, span.end, alignment_mode="expand").sent.end_char
        best = None
        for i in (index - 1, index):
            # a person later in the role's own sentence is someone it speaks about ("the minister said Bo Chen would …")
            if 0 <= i < len(starts) and not (span.start < starts[i] < sentence_end):
                distance = abs(starts[i] - span.start)
                if distance <= _PRONOUN_WINDOW // 2 and (best is None or distance < best[0]):
                    best = (distance, self._person_subjects[i][1])
        if best is None:
            return None
        return Speaker(span, best[1], self._fullest(best[1]), 0.55)

    def _entity_near(self, head: Token, start: int, end: int) -> str | None:
        entity_id = self._token_entity.get(head.i)
        if entity_id is not None:
            return entity_id
        for i in range(start, end):  # "Russian President Vladimir Putin": a person inside the phrase
            entity_id = self._token_entity.get(i)
            if entity_id is not None and self._kinds.get(entity_id) == "person":
                return entity_id
        return None

    def _fullest(self, entity_id: str) -> str:
        entity = self._entities.get(entity_id) or next(e for e in self._new if e.id == entity_id)
        if entity_id not in self._entities and entity.kind != "person":
            return entity.name
        if self._kinds.get(entity_id, entity.kind) == "person":
            names = [person_name(name) for name in (entity.name, *(m.text for m in entity.mentions))]
            names = [name for name in names if not is_title_only(name)] or names
        else:  # the article's own words, not a canonical name it never uses
            names = [_without_article(m.text) for m in entity.mentions] or [entity.name]
        return max(names, key=lambda name: (len(name.split()), len(name)))

    def _pronoun(self, lower: str, span: Span) -> Speaker | None:
        position = span.start
        if lower in _PERSON_PRONOUNS:
            gender = PRONOUN_GENDER[lower]
            entity_id = self._last_compatible(self._person_subject_starts, self._person_subjects, position, gender)
            entity_id = entity_id or self._last_compatible(self._person_starts, self._person_any, position, gender)
            # the gender hints can be wrong ("Lula" reads as a woman's name): with no one compatible, ignore them
            entity_id = entity_id or _last_before(self._person_subject_starts, self._person_subjects, position)
            if entity_id is None:
                return None
            return Speaker(span, entity_id, self._fullest(entity_id), 0.75)
        if lower in _PLURAL_PRONOUNS:
            entity_id = self._groups[-1][1] if self._groups and self._groups[-1][0] < position else None
            if entity_id is None:
                return None
            return Speaker(span, entity_id, self._fullest(entity_id), 0.6)
        if lower in _THING_PRONOUNS:
            entity_id = _last_before(self._org_starts, self._org_at, position)
            if entity_id is None:
                return None
            return Speaker(span, entity_id, self._fullest(entity_id), 0.6)
        return None

    def _last_compatible(
        self, starts: list[int], items: Sequence[tuple[int, str]], position: int, gender: Gender
    ) -> str | None:
        """The person mentioned last before ``position`` whom a pronoun of ``gender`` can refer to."""
        for index in range(bisect.bisect_left(starts, position) - 1, -1, -1):
            char, entity_id = items[index]
            if position - char > _PRONOUN_WINDOW:
                return None
            if self._gender.get(entity_id) in (None, gender):
                return entity_id
        return None

    def _title(self, tokens, span: Span) -> Speaker | None:
        words = [t.lower_ for t in tokens if t.is_alpha and t.lower_ not in _TITLE_STOP]
        scores: dict[str, tuple[int, int]] = {}
        head = tokens.root.lower_
        for word in words:
            for position, entity_id in self._titles.get(word, ()):
                before = position < span.start
                weight = 2 if word == head else 1
                old = scores.get(entity_id, (0, 0))
                distance = -abs(span.start - position) if before else -abs(span.start - position) * 4
                scores[entity_id] = (old[0] + weight, max(old[1], distance) if old[0] else distance)
        if not scores:
            return None
        entity_id = max(scores, key=lambda e: (scores[e][0], scores[e][1], e))
        return Speaker(span, entity_id, self._fullest(entity_id), 0.75)

    def _org_noun(self, head: Token, span: Span) -> Speaker | None:
        """``the ministry``: the last organisation named with that word (and its noun modifiers,
        ``the finance ministry``); ``the company``: the business named last; else the phrase itself."""
        lemma = head.lemma_.lower()
        words = [lemma, *(t.lower_ for t in head.lefts if t.dep_ == "compound")]  # "finance", not "Paris-based"
        for position, entity_id in reversed(self._org_at):
            name = self._entities[entity_id].name.casefold()
            if position < span.start and all(word in name for word in words):
                return Speaker(span, entity_id, self._fullest(entity_id), 0.7)
        if len(words) == 1 and lemma in _BUSINESS_NOUNS:
            entity_id = _last_before(self._org_starts, self._org_at, span.start)
            if entity_id is not None:
                return Speaker(span, entity_id, self._fullest(entity_id), 0.6)
        return self._group(span, confidence=0.5, kind="organization")

    def _spokesperson(self, head: Token) -> Speaker | None:
        """``a spokesman for X``, ``X's spokeswoman``, ``an X spokesperson`` speak for X; a bare
        ``the spokesperson`` for the one named last (a person the article gave that title, or an organisation)."""
        owner = _spoken_for(head)
        start, end = speaker_tokens(head)
        span = Span.from_text(self._text, self._doc[start].idx, self._table.end[end - 1])
        if owner is not None:
            named = self.resolve(owner)
            if named is None or named.entity_id is None:
                return None
            return Speaker(span, named.entity_id, named.name, 0.7)
        titled = self._title(self._doc[start:end], span)
        if titled is not None:
            return titled
        earlier = self._earlier_owner(head)
        if earlier is not None:
            named = self.resolve(earlier)
            return None if named is None else Speaker(span, named.entity_id, named.name, 0.65)
        entity_id = _last_before(self._org_starts, self._org_at, span.start)
        if entity_id is None:
            return None
        return Speaker(span, entity_id, self._fullest(entity_id), 0.6)

    def _unknown_name(self, head: Token, start: int, end: int, span: Span) -> Speaker | None:
        doc = self._doc
        names = [t for t in doc[start:end] if t.pos_ == "PROPN" or (t.is_title and t.dep_ == "compound")]
        if not names:
            return None
        surname = names[-1].lower_
        entity_id = self._surnames.get(surname) or self._new_by_key.get(("person", surname))
        if entity_id is not None:
            return Speaker(span, entity_id, self._fullest(entity_id), 0.8)
        label = head.ent_type_
        name_start = names[0].idx
        name_span = Span.from_text(self._text, name_start, names[-1].idx + len(names[-1].text))
        if label in ("ORG", "NORP", "GPE", "LOC", "FAC") and not _looks_like_person(name_span.text):
            kind = "organization" if label in ("ORG", "FAC") else "group"
            return self._new_entity(kind, name_span, name_span.text, 0.7, key=name_span.text.casefold())
        if len(names) == 1:
            full_at = self._full_names.get(surname)
            if full_at is not None:  # "Prigozhin" after "Yevgeny Prigozhin", which the NER missed
                full = Span.from_text(self._text, *full_at)
                speaker = self._new_entity("person", full, full.text, 0.7, key=surname)
                self._new_entity("person", name_span, full.text, 0.7, key=surname)
                return Speaker(span, speaker.entity_id, self._fullest(speaker.entity_id), 0.7)
            if label != "PERSON":
                return Speaker(span, None, name_span.text, 0.5)  # a name, but of what we cannot tell
        return self._new_entity("person", name_span, name_span.text, 0.75, key=surname)

    def _group(self, span: Span, *, confidence: float, kind: str = "group") -> Speaker:
        text = self._text
        start, end = span.start, span.end
        lowered = text[start:end].casefold()
        if lowered.startswith("the "):
            start += 4
        name = text[start:end]
        speaker = self._new_entity(kind, Span.from_text(text, start, end), name, confidence, key=name.casefold())
        self._groups.append((span.start, speaker.entity_id))
        return Speaker(span, speaker.entity_id, speaker.name, confidence)

    def _new_entity(self, kind: str, mention: Span, name: str, confidence: float, *, key: str) -> Speaker:
        entity_id = self._new_by_key.get((kind, key))
        mention = Mention.from_text(self._text, mention.start, mention.end, form="name")
        if entity_id is None:
            entity_id = f"quotes-{len(self._new) + 1}"
            self._new_by_key[(kind, key)] = entity_id
            self._new.append(Entity(kind=kind, name=name, mentions=(mention,), id=entity_id, confidence=confidence))
        else:
            index = next(i for i, e in enumerate(self._new) if e.id == entity_id)
            entity = self._new[index]
            if mention not in entity.mentions:
                mentions = tuple(sorted((*entity.mentions, mention), key=lambda m: (m.start, m.end)))
                name = max((entity.name, name), key=lambda n: (len(n.split()), len(n)))
                self._new[index] = Entity(
                    kind=kind, name=name, mentions=mentions, id=entity_id, confidence=entity.confidence
                )
        return Speaker(mention, entity_id, self._fullest(entity_id), confidence)


def _spoken_for(spokesperson: Token) -> Token | None:
    """The head of X in ``a spokesman for X``, ``X's spokeswoman``, ``an X spokesperson``."""
    for child in spokesperson.rights:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return next((c for c in spokesperson.lefts if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)


def _last_before(starts: list[int], items: Sequence[tuple[int, str]], position: int) -> str | None:
    index = bisect.bisect_left(starts, position)
    if index == 0:
        return None
    char, entity_id = items[index - 1][0], items[index - 1][1]
    return entity_id if position - char <= _PRONOUN_WINDOW else None


def _full_names(table: TokenTable) -> dict[str, tuple[int, int]]:
    """Surname → where the first ``Firstname Surname`` run of capitalised proper nouns is
    (role words excluded), as character offsets: few are ever asked for."""
    names: dict[str, tuple[int, int]] = {}
    words, starts, ends = table.text, table.idx, table.end
    # spaCy's is_title is str.istitle(), its lower_ str.lower()
    name_words = [
        i
        for i, pos in enumerate(table.pos)
        if pos == "PROPN" and words[i].istitle() and words[i].lower() not in ROLE_NOUNS
    ]
    first = 0  # the current run of consecutive name words is name_words[first:n]
    for n in range(1, len(name_words) + 1):
        if n < len(name_words) and name_words[n] == name_words[n - 1] + 1:
            continue
        if 2 <= n - first <= 4:
            surname = words[name_words[n - 1]].lower()
            names.setdefault(surname, (starts[name_words[first]], ends[name_words[n - 1]]))
        first = n
    return names


def _without_role(name: str) -> str:
    """``Bureau of Reclamation Commissioner Camille Dorsey`` → ``Camille Dorsey``."""
    words = name.split()
    for i in range(len(words) - 2, -1, -1):
        word = words[i].casefold().rstrip(".")
        if word in ROLE_NOUNS or word in TITLES:
            return " ".join(words[i + 1 :])
    return name


_MAX_JOB_WORDS = 3


def person_name(name: str) -> str:
    """A person's name without the job words and letters around it:
    ``Maricopa County Recorder Ana Reyes`` → ``Ana Reyes``, ``Imogen Latimer KC`` → ``Imogen Latimer``."""
    words = bare_name(_without_role(name)).split()
    # words before the first given name that end as a job does are a job ("County Recorder", "Vet Dr")
    for i in range(1, min(len(words) - 1, _MAX_JOB_WORDS + 1)):
        if is_given_name(words[i]) and not any(is_given_name(w.rstrip(".")) for w in words[:i]):
            if _is_job_word(words[i - 1]):
                return bare_name(" ".join(words[i:]))
            break
    return " ".join(words)


_JOB_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ess", "ant", "ent", "crat", "ive", "ee")


def _is_job_word(word: str) -> bool:
    """Whether a capitalised word before a name reads as a job or a title (``Recorder``, ``Dr``)."""
    key = word.casefold().rstrip(".")
    return key in TITLES or key in ROLE_NOUNS or key.endswith(_JOB_ENDINGS)


def _kind_of(entity: Entity) -> str:
    """An entity's kind, but a person for an 'organisation' with a person's name (``Tigist Alemu``)."""
    if entity.kind == "organization" and entity.type is None and _looks_like_person(entity.name):
        return "person"
    return entity.kind


def _looks_like_person(name: str) -> bool:
    """Two or three capitalised words led by a gendered given name or a title (``Prof Tendai Mutasa``)."""
    words = name.replace(".", "").split()
    named = name_words(name)
    return (
        2 <= len(named) <= 3
        and all(word.isalpha() and word.istitle() for word in words)
        and (given_name_gender(named[0]) is not None or words[0].casefold() in TITLES)
        and not any(word.casefold() in _ORG_NOUNS for word in words)
    )


def _without_article(name: str) -> str:
    return name[4:] if name[:4].casefold() == "the " and len(name) > 4 else name


_NAME_PARTICLES = frozenset(["bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "dos", "das"])


def _name_in_phrase(doc: Doc, start: int, head: Token) -> str:
    """The run of name words ending at ``head`` inside its phrase (role words excluded)."""
    first = head.i
    while first - 1 >= start:
        token = doc[first - 1]
        if token.lower_ in ROLE_NOUNS or not (
            (token.pos_ == "PROPN" and token.is_title) or token.lower_ in _NAME_PARTICLES
        ):
            break
        first -= 1
    while first < head.i and doc[first].lower_ in _NAME_PARTICLES:
        first += 1
    return doc[first : head.i + 1].text
