"""Who an article mentions where: the entities of earlier extractors indexed by token and by
position, with the titles given to people and a gender hint per person, and the look-ups a
speaker phrase needs (the person a pronoun or a role refers back to, the organisation behind
``the ministry``). Built once per article; a look-up costs a bisect or a dictionary access.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newscore import Entity, Mention, Span, TokenTable
from newscore.text import NOMINAL_SUBJECT_DEPS, Gender, is_title_only, title_gender, without_article
from newscore_quotes.cues import ROLE_NOUNS
from newscore_quotes.genders import person_genders
from newscore_quotes.new_entities import NewEntities
from newscore_quotes.person_names import kind_of, person_name

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["PRONOUN_WINDOW", "TITLE_STOP_WORDS", "MentionIndex", "last_before"]

_KIND_PRIORITY = {"person": 0, "organization": 1, "location": 2}
_VERBAL = frozenset(["VERB", "AUX"])
#: Words of a title phrase that say nothing about the role ("the", "of", "'s").
TITLE_STOP_WORDS = frozenset(["the", "a", "an", "of", "for", "and", "'s", "’s"])
_TITLE_DEPS = frozenset(["compound", "amod", "nmod", "poss", "case", "det", "punct"])
#: Characters back in which a pronoun's antecedent is looked for.
PRONOUN_WINDOW = 2000


class MentionIndex:
    """The people, organisations and places of one article, indexed for resolving speakers."""

    def __init__(
        self,
        text: str,
        table: TokenTable,
        entities: Sequence[Entity],
        new: NewEntities,
        *,
        ignore_before: int = 0,
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self._text = text
        self._table = table
        self._new = new
        self._ignore_before = ignore_before  # a dateline: "WASHINGTON (AP) —" names no one
        self._quoted = sorted(quoted)  # a name inside a quotation is not who said it
        self._quoted_starts = [start for start, _ in self._quoted]
        known = [(entity.id, entity) for entity in entities if entity.id is not None]
        self.entities = dict(known)
        self.kinds = {entity_id: kind_of(entity) for entity_id, entity in known}
        self.gender: dict[str, Gender | None] = {}
        self.token_entity: dict[int, str] = {}  # token → the entity it is a mention of
        self._person_at: list[tuple[int, str, bool]] = []  # (char, entity id, is subject)
        self.org_at: list[tuple[int, str]] = []
        self._titles: dict[str, list[tuple[int, str]]] = {}  # title word → (char, person id)
        self.surnames: dict[str, str] = {}
        self._token_ranges: dict[tuple[int, int], range | None] = {}
        self._fullest_names: dict[str, tuple[Entity, str]] = {}  # entity id → (entity, its fullest name)
        self._index(known)
        self.full_names = _full_names(table)
        self.person_subjects = [(c, e) for c, e, subject in self._person_at if subject]
        self.person_subject_starts = [c for c, _ in self.person_subjects]
        self._person_any = [(c, e) for c, e, _ in self._person_at]
        self._person_starts = [c for c, _ in self._person_any]
        self.org_starts = [c for c, _ in self.org_at]

    # --- building the index ---------------------------------------------------------------

    def _index(self, known: Sequence[tuple[str, Entity]]) -> None:
        kinds = self.kinds
        ranked = sorted(
            ((entity_id, e) for entity_id, e in known if kinds[entity_id] in _KIND_PRIORITY),
            key=lambda item: -_KIND_PRIORITY[kinds[item[0]]],
        )
        for entity_id, entity in ranked:  # people last, so they win a shared token
            for mention in entity.mentions:
                tokens = self.mention_tokens(mention)
                if tokens is None:
                    continue
                for i in tokens:
                    self.token_entity[i] = entity_id
        people = [entity for entity_id, entity in known if kinds[entity_id] == "person"]
        self.gender = person_genders(self._table, people, lambda e, n: self.mention_tokens(e.mentions[n]))
        for entity_id, entity in known:
            kind = kinds[entity_id]
            if kind not in _KIND_PRIORITY:
                continue
            words = entity.name.split()
            if kind == "person" and words:
                self.surnames.setdefault(words[-1].casefold(), entity_id)
            if kind == "location":
                continue  # places are indexed by token only (above)
            for mention in entity.mentions:
                tokens = self.mention_tokens(mention)
                if not tokens or mention.start < self._ignore_before:  # None, or no token (whitespace only)
                    continue
                if kind == "person":
                    self._index_person(entity_id, mention, tokens)
                else:
                    self.org_at.append((mention.start, entity_id))
        self._person_at.sort()
        self.org_at.sort()

    def _index_person(self, entity_id: str, mention: Mention, tokens: range) -> None:
        if self._is_quoted(mention.start):
            return
        deps = self._table.dep
        person_id = self._titled_person(entity_id, mention, tokens)
        span = self._table.doc[tokens.start : tokens.stop]
        subject = any(deps[i] in NOMINAL_SUBJECT_DEPS for i in tokens)
        subject = subject or span.root.head.dep_ in NOMINAL_SUBJECT_DEPS
        # a name right before a verb is its subject, whatever the parse made of it
        subject = subject or (tokens.stop < len(deps) and self._table.pos[tokens.stop] in _VERBAL)
        self._person_at.append((mention.start, person_id, subject))
        self._index_titles(span, person_id)

    def _is_quoted(self, char: int) -> bool:
        index = bisect.bisect_right(self._quoted_starts, char) - 1
        return index >= 0 and char < self._quoted[index][1]

    def _titled_person(self, entity_id: str, mention: Mention, tokens: range) -> str:
        """The person a mention names: its entity, unless its title marks another gender than the
        entity's (``Mrs Sethi`` merged with ``Vikram Sethi``): then a person of its own."""
        before = tokens.start - 1
        title_before = title_gender(self._table.text[before]) if before >= 0 else None
        words = mention.text.split()
        title = title_before or (title_gender(words[0]) if words else None)
        known = self.gender.get(entity_id)
        if title is None or known is None or title == known:
            return entity_id
        start = self._table.idx[before] if title_before else mention.start
        name = Span.from_text(self._text, start, mention.end)
        _, own = self._new.add("person", name, name.text, 0.7, key=name.text.casefold())
        self.gender[own] = title
        for i in tokens:
            self.token_entity[i] = own
        return own

    def mention_tokens(self, mention: Span) -> range | None:
        """The tokens of a mention (``TokenTable.token_span``), worked out once per article."""
        key = (mention.start, mention.end)
        if key not in self._token_ranges:
            tokens = self._table.token_span(*key)
            self._token_ranges[key] = None if tokens is None else range(*tokens)
        return self._token_ranges[key]

    def _index_titles(self, span: SpacySpan, entity_id: str) -> None:
        """Title words given to a person: ``Russian President`` before the name, or an appositive."""
        words: list[str] = []
        tokens = self._table.tokens
        root = span.root
        token = span.start - 1
        while token >= 0 and tokens[token].head.i in range(span.start - 1, span.end) and token >= span.start - 6:
            candidate = tokens[token]
            if candidate.dep_ not in _TITLE_DEPS:
                break
            words.append(candidate.lower_)
            token -= 1
        head = root.head if root.dep_ == "appos" else None
        for child in root.children:
            if child.dep_ == "appos" and child.i > root.i:
                words.extend(t.lower_ for t in child.subtree)
        if head is not None and head.i < root.i:
            words.extend(t.lower_ for t in head.subtree if t.i < span.start)
        for word in {w for w in words if w.isalpha() and w not in TITLE_STOP_WORDS}:
            self._titles.setdefault(word, []).append((span.start_char, entity_id))

    # --- look-ups -------------------------------------------------------------------------

    def entity_near(self, head: int, start: int, end: int) -> str | None:
        """The entity token ``head`` mentions, else a person mentioned inside ``[start, end)``
        (``Russian President Vladimir Putin``)."""
        entity_id = self.token_entity.get(head)
        if entity_id is not None:
            return entity_id
        for i in range(start, end):
            entity_id = self.token_entity.get(i)
            if entity_id is not None and self.kinds.get(entity_id) == "person":
                return entity_id
        return None

    def last_person_for(self, position: int, gender: Gender) -> str | None:
        """The person a ``he`` or ``she`` at ``position`` refers to: the last compatible subject,
        else the last compatible person; with no one compatible, the last subject (the gender
        hints can be wrong: "Lula" reads as a woman's name)."""
        return (
            self._last_compatible(self.person_subject_starts, self.person_subjects, position, gender)
            or self._last_compatible(self._person_starts, self._person_any, position, gender)
            or last_before(self.person_subject_starts, self.person_subjects, position)
        )

    def _last_compatible(
        self, starts: list[int], items: Sequence[tuple[int, str]], position: int, gender: Gender
    ) -> str | None:
        """The person mentioned last before ``position`` whom a pronoun of ``gender`` can refer to."""
        for index in range(bisect.bisect_left(starts, position) - 1, -1, -1):
            char, entity_id = items[index]
            if position - char > PRONOUN_WINDOW:
                return None
            if self.gender.get(entity_id) in (None, gender):
                return entity_id
        return None

    def last_organisation(self, position: int) -> str | None:
        return last_before(self.org_starts, self.org_at, position)

    def titled(self, words: Sequence[str], head: str, position: int) -> str | None:
        """The person given the most of these title words (the head word counting double), the
        nearest such mention before ``position`` breaking ties (one after it counts four times as far)."""
        scores: dict[str, tuple[int, int]] = {}
        for word in words:
            for char, entity_id in self._titles.get(word, ()):
                before = char < position
                weight = 2 if word == head else 1
                old = scores.get(entity_id, (0, 0))
                distance = -abs(position - char) if before else -abs(position - char) * 4
                scores[entity_id] = (old[0] + weight, max(old[1], distance) if old[0] else distance)
        if not scores:
            return None
        return max(scores, key=lambda e: (scores[e][0], scores[e][1], e))

    def nearest_subject(self, position: int, sentence_end: int) -> str | None:
        """The person subject nearest to ``position``, before or after, but not one later in the same
        sentence (a person there is someone a role speaks about: "the minister said Bo Chen would …")."""
        starts = self.person_subject_starts
        index = bisect.bisect_left(starts, position)
        best = None
        for i in (index - 1, index):
            if 0 <= i < len(starts) and not (position < starts[i] < sentence_end):
                distance = abs(starts[i] - position)
                if distance <= PRONOUN_WINDOW // 2 and (best is None or distance < best[0]):
                    best = (distance, self.person_subjects[i][1])
        return None if best is None else best[1]

    def organisation_named(self, words: Sequence[str], position: int) -> str | None:
        """The last organisation before ``position`` whose name holds every one of ``words``."""
        for char, entity_id in reversed(self.org_at):
            name = self.entities[entity_id].name.casefold()
            if char < position and all(word in name for word in words):
                return entity_id
        return None

    def fullest(self, entity_id: str) -> str:
        """The fullest name the article gives an entity (a person's without job words)."""
        entity = self.entities.get(entity_id) or self._new.get(entity_id)
        if entity is None:
            raise KeyError(entity_id)
        if entity_id not in self.entities and entity.kind != "person":
            return entity.name
        cached = self._fullest_names.get(entity_id)
        if cached is not None and cached[0] is entity:  # asked once per quote: compute once per entity
            return cached[1]
        if self.kinds.get(entity_id, entity.kind) == "person":
            names = [person_name(name) for name in (entity.name, *(m.text for m in entity.mentions))]
            names = [name for name in names if not is_title_only(name)] or names
        else:  # the article's own words, not a canonical name it never uses
            names = [without_article(m.text) for m in entity.mentions] or [entity.name]
        fullest = max(names, key=lambda name: (len(name.split()), len(name)))
        self._fullest_names[entity_id] = (entity, fullest)
        return fullest


def last_before(starts: list[int], items: Sequence[tuple[int, str]], position: int) -> str | None:
    """The entity of the last item before ``position``, if it is within the pronoun window."""
    index = bisect.bisect_left(starts, position)
    if index == 0:
        return None
    char, entity_id = items[index - 1][0], items[index - 1][1]
    return entity_id if position - char <= PRONOUN_WINDOW else None


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
