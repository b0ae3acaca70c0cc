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

What the article mentions where is indexed once (``mentions.MentionIndex``), so resolving one
phrase costs a few dictionary and bisect look-ups, never a walk over all mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from newscore import Entity, Span, TokenTable
from newscore.text import is_title_only, without_article
from newscore_quotes.cues import DOCUMENT_NOUNS, ROLE_NOUNS
from newscore_quotes.genders import PRONOUN_GENDER
from newscore_quotes.mentions import TITLE_STOP_WORDS, MentionIndex
from newscore_quotes.new_entities import NewEntities
from newscore_quotes.person_names import BUSINESS_NOUNS, ORG_NOUNS, looks_like_person, person_name

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["Speaker", "SpeakerResolver", "speaker_tokens"]

_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
_PLURAL_PRONOUNS = frozenset(["they", "them"])
_RELATIVE_PRONOUNS = frozenset(["who", "that", "which", "whom"])
_NP_LEFT_DEPS = frozenset(["compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "quantmod", "advmod", "predet"])
_GROUPISH = frozenset(["officials", "leaders", "analysts", "experts", "lawmakers", "critics", "residents", "sources", "police"])
_SPOKES_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
_OWNER_PREPS = frozenset(["for", "of", "at", "from"])
_SPOKES_LOOKBACK = 400  # tokens back in which "the spokesman" looks for "a spokesman for X"
_NAME_PARTICLES = frozenset(["bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "dos", "das"])
_GROUP_LABELS = frozenset(["ORG", "NORP", "GPE", "LOC", "FAC"])


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
        elif child.dep_ == "case" and child.i == end:  # possessive 's is not part of a subject
            break
    return start, end


class SpeakerResolver:
    """Resolves speaker phrases of one article against the entities found so far."""

    def __init__(
        self,
        text: str,
        table: TokenTable,
        entities: Sequence[Entity],
        *,
        ignore_before: int = 0,
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self._text = text
        self._table = table
        self._new = NewEntities(text)
        self._mentions = MentionIndex(text, table, entities, self._new, ignore_before=ignore_before, quoted=quoted)
        self._groups: list[tuple[int, str]] = []  # (char, group id) of the groups that spoke, for "they"

    @property
    def new_entities(self) -> list[Entity]:
        """Entities made for speakers the earlier extractors did not give."""
        return self._new.entities

    def resolve(self, head: Token) -> Speaker | None:
        """The speaker named by the noun phrase headed by ``head``, or None if it names none."""
        mentions = self._mentions
        if head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            # "Barkley, who said …": the mention at the cue is "who", the speaker its antecedent
            antecedent = self.resolve(head.head.head)
            if antecedent is None:
                return None
            return evolve(antecedent, span=self._span(head.i, head.i + 1))
        head = self._past_title(head)
        if head.pos_ in ("NOUN", "PROPN") and head.i not in mentions.token_entity:
            for child in head.rights:  # "the Nasa administrator, Bill Nelson, told …"
                if child.dep_ == "appos" and (child.i in mentions.token_entity or child.pos_ == "PROPN"):
                    named = self.resolve(child)
                    if named is not None and named.entity_id is not None:
                        return named
        named_last = self._person_ending_the_phrase(head)
        if named_last is not None:
            return named_last
        if head.lemma_.lower() in _SPOKES_NOUNS:
            spoken_for = self._spokesperson(head)
            if spoken_for is not None:
                return spoken_for
        start, end = speaker_tokens(head)
        span = self._span(start, end)
        if head.pos_ == "PRON":
            return self._pronoun(head.lower_, span)
        coordinated, found = self._entities_in(head, start, end)
        if len(found) > 1 or (coordinated > 1 and found):
            return self._group(span, confidence=0.8)
        if found:
            return self._named(found[0], head, start, span)
        return self._unnamed(head, start, end, span)

    def resolve_or_phrase(self, head: Token) -> Speaker:
        """The speaker ``resolve`` finds, else the phrase itself naming no entity (``unresolved``):
        for a cue whose source is surely someone, named or not (``according to someone in
        attendance``, ``Ryan said,“Look``)."""
        return self.resolve(head) or self.unresolved(head)

    def unresolved(self, head: Token) -> Speaker:
        """The phrase headed by ``head`` as the speaker, naming no entity: what the article says
        when no one it names can be found (``He`` with no antecedent, ``About 4 in 10``)."""
        start, end = speaker_tokens(head)
        span = self._span(start, end)
        name = None if head.pos_ == "PRON" else without_article(span.text)
        return Speaker(span, None, name, 0.4)

    def _span(self, start: int, end: int) -> Span:
        return Span.from_text(self._text, self._table.idx[start], self._table.end[end - 1])

    def _speaker(self, span: Span, entity_id: str, confidence: float) -> Speaker:
        return Speaker(span, entity_id, self._mentions.fullest(entity_id), confidence)

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

    def _entities_in(self, head: Token, start: int, end: int) -> tuple[int, list[str]]:
        """How many coordinated heads the phrase has (``Iran and China``: 2), and the entities
        they mention, in order, once each."""
        deps, heads = self._table.dep, self._table.head
        coordinated = [head.i, *(i for i in range(head.i + 1, end) if deps[i] == "conj" and start <= heads[i] < end)]
        found: list[str] = []
        for i in coordinated:
            entity_id = self._mentions.entity_near(i, start, end)
            if entity_id is not None and entity_id not in found:
                found.append(entity_id)
        return len(coordinated), found

    def _named(self, entity_id: str, head: Token, start: int, span: Span) -> Speaker:
        """A phrase mentioning one entity: that entity, by the longest name the phrase gives a person."""
        name = self._mentions.fullest(entity_id)
        if self._mentions.kinds.get(entity_id) == "person":
            longer = self._name_in_phrase(start, head)
            if len(longer.split()) > len(name.split()) and longer.split()[-1] == name.split()[-1]:
                name = person_name(longer)  # "Prince Abdulaziz bin Salman" when the NER kept "bin Salman"
        return Speaker(span, entity_id, name, 0.9)

    def _unnamed(self, head: Token, start: int, end: int, span: Span) -> Speaker | None:
        """A phrase with no entity of earlier extractors in it: a document, a new name, a group, a role."""
        lemma, lower = head.lemma_.lower(), head.lower_
        if lemma in DOCUMENT_NOUNS:  # "the report said": a source, but no one's name
            return Speaker(span, None, without_article(span.text), 0.5)
        if head.pos_ == "PROPN" and lower not in ROLE_NOUNS:
            return self._unknown_name(head, start, end, span)
        if head.tag_ in ("NNS", "NNPS") or lower in _GROUPISH:
            return self._group(span, confidence=0.7)  # "Western leaders", "engineers", "officials"
        if lemma in ORG_NOUNS and lemma not in ROLE_NOUNS:
            return self._org_noun(head, span)
        if lemma in ROLE_NOUNS or lower in ROLE_NOUNS:
            named = self._title(start, end, span) or self._nearest_person(start, span)
            if named is not None or head.pos_ != "NOUN":
                return named
        if head.pos_ == "NOUN":  # "the promoter said": keep the words, there is no name to give
            return Speaker(span, None, without_article(span.text), 0.5)
        return None

    def _pronoun(self, lower: str, span: Span) -> Speaker | None:
        mentions, position = self._mentions, span.start
        if lower in _PERSON_PRONOUNS:
            entity_id = mentions.last_person_for(position, PRONOUN_GENDER[lower])
            return None if entity_id is None else self._speaker(span, entity_id, 0.75)
        if lower in _PLURAL_PRONOUNS:
            entity_id = self._groups[-1][1] if self._groups and self._groups[-1][0] < position else None
            return None if entity_id is None else self._speaker(span, entity_id, 0.6)
        if lower == "it":
            entity_id = mentions.last_organisation(position)
            return None if entity_id is None else self._speaker(span, entity_id, 0.6)
        return None

    def _title(self, start: int, end: int, span: Span) -> Speaker | None:
        """A role phrase (``the Russian President``) → the person given those title words."""
        phrase = self._table.doc[start:end]
        words = [t.lower_ for t in phrase if t.is_alpha and t.lower_ not in TITLE_STOP_WORDS]
        entity_id = self._mentions.titled(words, phrase.root.lower_, span.start)
        return None if entity_id is None else self._speaker(span, entity_id, 0.75)

    def _nearest_person(self, start: int, span: Span) -> Speaker | None:
        """A role the article gave no one by title: the nearest person who is a subject, before or after."""
        sentence_end = self._table.tokens[start].sent.end_char
        entity_id = self._mentions.nearest_subject(span.start, sentence_end)
        return None if entity_id is None else self._speaker(span, entity_id, 0.55)

    def _org_noun(self, head: Token, span: Span) -> Speaker | None:
        """``the ministry``: the last organisation named with that word (and its noun modifiers,
        ``the finance ministry``); ``the company``: the business named last; else the phrase itself."""
        lemma = head.lemma_.lower()
        words = [lemma, *(t.lower_ for t in head.lefts if t.dep_ == "compound")]  # "finance", not "Paris-based"
        entity_id = self._mentions.organisation_named(words, span.start)
        if entity_id is not None:
            return self._speaker(span, entity_id, 0.7)
        if len(words) == 1 and lemma in BUSINESS_NOUNS:
            entity_id = self._mentions.last_organisation(span.start)
            if entity_id is not None:
                return self._speaker(span, entity_id, 0.6)
        # a description, not a name: a `group` entity, as NER-style news gold marks no "finance ministry"
        return self._group(span, confidence=0.5)

    def _person_ending_the_phrase(self, head: Token) -> Speaker | None:
        """The person whose name closes a role noun's phrase right before its verb: ``Germany's
        representative to the EU's veterinary committee Werner Zwingmann said`` (the parse hangs the
        name inside the prepositional phrase, so the role's owner would otherwise speak)."""
        if head.pos_ != "NOUN" or head.i in self._mentions.token_entity or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        last = head.right_edge
        if last.i == head.i or last.i + 1 != head.head.i or last.pos_ != "PROPN":
            return None
        entity_id = self._mentions.token_entity.get(last.i)
        if entity_id is None or self._mentions.kinds.get(entity_id) != "person":
            return None
        named = self.resolve(last)
        return named if named is not None and named.entity_id == entity_id else None

    def _spokesperson(self, head: Token) -> Speaker | None:
        """``a spokesman for X``, ``X's spokeswoman``, ``an X spokesperson`` speak for X; a bare
        ``the spokesperson`` for the one named last (a person the article gave that title, or an organisation)."""
        owner = _spoken_for(head)
        start, end = speaker_tokens(head)
        span = self._span(start, end)
        if owner is not None:
            named = self.resolve(owner)
            if named is None or named.entity_id is None:
                return None
            return Speaker(span, named.entity_id, named.name, 0.7)
        titled = self._title(start, end, span)
        if titled is not None:
            return titled
        earlier = self._earlier_owner(head)
        if earlier is not None:
            named = self.resolve(earlier)
            return None if named is None else Speaker(span, named.entity_id, named.name, 0.65)
        entity_id = self._mentions.last_organisation(span.start)
        return None if entity_id is None else self._speaker(span, entity_id, 0.6)

    def _earlier_owner(self, head: Token) -> Token | None:
        """The X of the last ``spokesman for X`` before a bare ``the spokesman``."""
        lemmas, tokens = self._table.lemma, self._table.tokens
        for i in range(head.i - 1, max(-1, head.i - _SPOKES_LOOKBACK), -1):
            if lemmas[i].lower() in _SPOKES_NOUNS:
                owner = _spoken_for(tokens[i])
                if owner is not None:
                    return owner
        return None

    def _unknown_name(self, head: Token, start: int, end: int, span: Span) -> Speaker | None:
        """A proper name no extractor gave: a person named before, or a new person, organisation or group."""
        mentions = self._mentions
        names = [t for t in self._table.tokens[start:end] if t.pos_ == "PROPN" or (t.is_title and t.dep_ == "compound")]
        if not names:
            return None
        surname = names[-1].lower_
        entity_id = mentions.surnames.get(surname) or self._new.id_for("person", surname)
        if entity_id is not None:
            return self._speaker(span, entity_id, 0.8)
        label = head.ent_type_
        name_span = Span.from_text(self._text, names[0].idx, names[-1].idx + len(names[-1].text))
        if label in _GROUP_LABELS and not looks_like_person(name_span.text):
            kind = "organization" if label in ("ORG", "FAC") else "group"
            return self._new_speaker(kind, name_span, name_span.text, 0.7, key=name_span.text.casefold())
        if len(names) == 1:
            full_at = mentions.full_names.get(surname)
            if full_at is not None:  # "Prigozhin" after "Yevgeny Prigozhin", which the NER missed
                full = Span.from_text(self._text, *full_at)
                _, person_id = self._new.add("person", full, full.text, 0.7, key=surname)
                self._new.add("person", name_span, full.text, 0.7, key=surname)
                return self._speaker(span, person_id, 0.7)
            if label != "PERSON":
                return Speaker(span, None, name_span.text, 0.5)  # a name, but of what we cannot tell
        return self._new_speaker("person", name_span, name_span.text, 0.75, key=surname)

    def _group(self, span: Span, *, confidence: float, kind: str = "group") -> Speaker:
        """A new entity named by the phrase itself (``Western leaders``, ``finance ministry``)."""
        name = without_article(span.text)
        where = Span.from_text(self._text, span.end - len(name), span.end)
        _, entity_id = self._new.add(kind, where, name, confidence, key=name.casefold())
        self._groups.append((span.start, entity_id))
        return self._speaker(span, entity_id, confidence)

    def _new_speaker(self, kind: str, where: Span, name: str, confidence: float, *, key: str) -> Speaker:
        mention, entity_id = self._new.add(kind, where, name, confidence, key=key)
        return Speaker(mention, entity_id, self._mentions.fullest(entity_id), confidence)

    def _name_in_phrase(self, start: int, head: Token) -> str:
        """The run of name words ending at ``head`` inside its phrase (role words excluded)."""
        tokens = self._table.tokens
        first = head.i
        while first - 1 >= start:
            token = tokens[first - 1]
            if token.lower_ in ROLE_NOUNS or not (
                (token.pos_ == "PROPN" and token.is_title) or token.lower_ in _NAME_PARTICLES
            ):
                break
            first -= 1
        while first < head.i and tokens[first].lower_ in _NAME_PARTICLES:
            first += 1
        phrase: SpacySpan = self._table.doc[first : head.i + 1]
        return phrase.text


def _spoken_for(spokesperson: Token) -> Token | None:
    """The head of X in ``a spokesman for X``, ``X's spokeswoman``, ``an X spokesperson``."""
    for child in spokesperson.rights:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return next((c for c in spokesperson.lefts if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
