"""The core's one built-in extractor: spaCy's PERSON entities as people, one entity per person.

The model's names are cut to the name alone (``person_names``), joined by the names the words
around them show (``context_names``), results and scorecards list (``listed_names``) and
headlines write in capitals (``headline_names``); mentions of things are dropped, and the rest
grouped into people (``person_groups``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newscore.extractors.context_names import names_before_who, names_by_evidence, names_from_context, who_says_a_person
from newscore.extractors.headline_names import headline_names
from newscore.extractors.listed_names import listed_names, scorers
from newscore.extractors.person_groups import Person, mention_gender, name_words, same_person, surnames_missed
from newscore.extractors.person_names import lower_case_words, name_tokens, not_a_name
from newscore.extractors.scan import title_at
from newscore.extractors.thing_names import class_named, names_a_team, names_a_thing_after_the, one_token, thing_mention
from newscore.hookspecs import hookimpl
from newscore.model import Article, Entity, Mention, Quote
from newscore.text.names import bare_name, is_given_name, is_title_only
from newscore.text.spans import trim_span
from newscore.text.tokens import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["PeopleExtractor"]


class PeopleExtractor:
    """spaCy's PERSON entities, merged so ``Vladimir Putin`` and ``Putin`` are one person.

    This is the core's baseline; the pipeline drops any of its mentions that a plugin's
    entity overlaps, so plugins refine it (``Rostov-on-Don`` is a place, not two people).
    """

    name = "people"
    version = "1"
    needs: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("person",)

    def prepare(self) -> None:
        """Load the given-names table now (once per process), not inside the first article's budget."""
        is_given_name("Anna")

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> list[Entity]:
        text = article.text
        table = token_table(doc)
        lowered = lower_case_words(table)
        mentions = _without_titles_alone(text, list(_person_mentions(table, text, lowered)))
        found = names_from_context(table, text, mentions, lowered)
        # a given name and a surname after a title ("Deputy President Thabo Mbeki"): a person for sure
        titled = {(m.start, m.end) for m in found if (k := table.token_at(m.start)) > 0 and title_at(table, k - 1)}
        mentions += found
        who = names_before_who(table, text, mentions, lowered)
        evidence = names_by_evidence(table, text, [*mentions, *who], lowered)
        # names the words around them show a person's, whatever label the model gave them
        read = [*(m for m in who if who_says_a_person(table, m)), *evidence]
        mentions += who + evidence
        mentions += scorers(table, text, mentions)
        listed, players = listed_names(table, text, mentions, lowered)
        mentions += listed
        mentions = _without_things(table, mentions, lowered)
        mentions = _without_owned_or_of(text, mentions)
        context = {(m.start, m.end) for m in read}
        players |= titled
        people: list[Person] = []
        # full names first, so "Putin" finds "Vladimir Putin" whatever the order in the text
        for mention in sorted(mentions, key=lambda m: (-len(name_words(m.text)), m.start)):
            gender = mention_gender(text, mention)
            person = same_person(people, mention, gender)
            if person is None:
                people.append(Person([mention], gender))
            else:
                person.mentions.append(mention)
                person.gender = person.gender or gender
        for mention in surnames_missed(table, text, people, lowered):
            person = same_person(people, mention, None)
            if person is not None:
                person.mentions.append(mention)
        for person, mention in headline_names(table, text, people, lowered):
            person.mentions.append(mention)
        # a one-word name the text calls a team ("his Williams team mate") or writes as a thing ("the Hajj") is no person's
        people = [p for p in people if not _only_a_modifier(table, p) and not (len(p.words) == 1 and _a_thing(table, p.mentions))]
        return sorted(
            (
                Entity(
                    kind="person",
                    name=bare_name(person.mentions[0].text),
                    mentions=sorted(person.mentions, key=lambda m: m.start),
                    confidence=_confidence(person, players, context),
                    extractor=self.name,
                )
                for person in people
            ),
            key=lambda entity: entity.mentions[0].start,
        )


#: Confidence in a person the words around the name show to be one (a scorecard's dismissal): above
#: any model label's, so arbitration keeps the name a person's (``newscore.arbitration``).
_READ_FROM_CONTEXT = 0.99
#: Confidence in a person named where only a person stands (", who", "manager Pep Guardiola", the
#: subject of a verb whose object is "his" side): above an untyped organisation's (the model's
#: label alone), so arbitration keeps the name a person's; below a typed one's ("Aston Villa, who").
_NAMED_IN_CONTEXT = 0.8
#: Confidence in a person the model's label alone gives.
_LABELLED = 0.7


def _confidence(person: Person, players: frozenset[tuple[int, int]], context: set[tuple[int, int]]) -> float:
    spans = [(m.start, m.end) for m in person.mentions]
    if any(span in players for span in spans):
        # a scorecard's "c … b …" says a player, where the model saw a place ("Gillespie"); a title, a person
        return _READ_FROM_CONTEXT
    return _NAMED_IN_CONTEXT if any(span in context for span in spans) else _LABELLED


#: A score or a number after a name the model read as part of it ("Brentford 3-0").
_TRAILING_NUMBER = re.compile(r"(?:\s+[\d][\d\-–:.,]*)+$")


#: Two people sharing a surname, written once: "Graham and Sunita Whitlock".
_COORDINATED = re.compile(r"(?P<first>[^\W\d_]+)\s+(?:and|&)\s+(?P<second>[^\W\d_]+(?:\s+[^\W\d_][\w'’-]*)+)")


def _person_spans(table: TokenTable) -> Iterator[tuple[int, int]]:
    """Tokens ``[first, stop)`` of the model's PERSON entities (the table's entities are shared by
    every extractor of the Doc)."""
    return ((first, stop) for first, stop, label in table.entities if label == "PERSON")


def _person_mentions(table: TokenTable, text: str, lowered: frozenset[str]) -> Iterator[Mention]:
    for first, stop in _person_spans(table):
        name = name_tokens(table, first, stop, lowered)
        if name is None:
            continue
        start, end = trim_span(text, table.idx[name[0]], table.end[name[1] - 1])
        trailing = _TRAILING_NUMBER.search(text, start, end)
        if trailing is not None:
            end = trailing.start()
        if not any(ch.isalpha() for ch in text[start:end]):
            continue
        coordinated = _COORDINATED.fullmatch(text, start, end)
        if coordinated is not None and is_given_name(coordinated.group("first")):
            # one given name, then a full name: two people ("Graham" and "Sunita Whitlock")
            yield Mention.from_text(text, *coordinated.span("first"), form="name")
            yield Mention.from_text(text, *coordinated.span("second"), form="name")
        else:
            yield Mention.from_text(text, start, end, form="name")


def _without_titles_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are more than titles ("Sgt", "Prime Minister"), where a title word is
    kept if it is the surname of a full name here ("King" after "Bernice King", not "the King")."""
    surnames = {words[-1] for m in mentions if len(words := bare_name(m.text).split()) > 1}
    return [
        m
        for m in mentions
        if not is_title_only(m.text)
        or (m.text in surnames and not _ARTICLE_BEFORE.search(text, max(0, m.start - 8), m.start))
    ]


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _without_things(table: TokenTable, mentions: list[Mention], lowered: frozenset[str]) -> list[Mention]:
    """The mentions that name a person, not a thing: no name the words in and beside it show a
    thing's (``thing_mention``: "Space Shuttle Columbia", "the Erez crossing"), nor the last word of
    a craft's or a storm's name alone ("Columbia"), nor a name ``not_a_name`` rejects, where a word
    of a full name found here stays a name ("Son" after "Son Heung-min")."""
    spans = [table.token_span(m.start, m.end) for m in mentions]
    # a name found elsewhere too, alone or in a full name, is one even where the tagger reads a noun ("Trump supporters")
    seen = Counter(word for m in mentions for word in {m.text, *(m.text.split() if " " in m.text else ())})
    things = {
        k for k, span in enumerate(spans)
        if span is not None and thing_mention(table, *span, word_of_a_name=seen[mentions[k].text] > 1)
    }
    crafts = {mentions[k].text.split()[-1] for k, span in enumerate(spans) if k in things and span and class_named(table, *span)}
    name_words = {word for k, m in enumerate(mentions) if k not in things and len(words := m.text.split()) > 1 for word in words}
    kept = []
    for k, (mention, span) in enumerate(zip(mentions, spans)):
        if k in things or mention.text in crafts:
            continue
        one_word_of_a_name = " " not in mention.text and mention.text in name_words
        if span is not None and not one_word_of_a_name and not_a_name(table, *span, lowered):
            continue
        kept.append(mention)
    return kept


def _a_thing(table: TokenTable, mentions: list[Mention]) -> bool:
    return names_a_team(table, mentions) or names_a_thing_after_the(table, mentions)


#: What stands between a person's name and a name that is theirs, not a person ("Richard Branson's
#: Virgin Atlantic", or as tokenised text writes it, "Branson 's Virgin Atlantic").
_OWNED = frozenset({"'s", "’s", "'", "’"})


def _without_owned_or_of(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are not owned by the person named just before them ("Richard Branson's
    Virgin Atlantic") and, if one word, not where that person is from ("Judith Wiesner of Austria")."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    kept = []
    for k, mention in enumerate(ordered):
        before = ordered[k - 1] if k else None
        if before is not None and before.end <= mention.start:
            gap = text[before.end : mention.start]
            between = gap.strip()
            if gap[-1:].isspace() and len(between) < 3:
                # the owner a full name from a given name on: the model's run-on names own nothing ("Breitbart London's Raheem Kassam")
                if between in _OWNED and is_given_name(before.text.split()[0]):
                    continue
            if between == "of" and gap[:1].isspace() and gap[-1:].isspace() and " " not in mention.text:
                continue
        kept.append(mention)
    return kept


def _only_a_modifier(table: TokenTable, person: Person) -> bool:
    """Whether a one-word person is mostly an adjective before a common noun ("Slovak
    counterpart"). A name before a noun after "the" stays a person's: news writes "the Clinton
    administration" and "the Reagan era" of people, as CoNLL marks them (so "the Erez crossing"
    stays wrong)."""
    if len(person.words) != 1:
        return False
    n = len(table)
    things = 0
    for mention in person.mentions:
        k = one_token(table, mention)
        if k is None:
            continue
        noun = k + 1
        if noun < n and table.text[noun].islower() and table.pos[noun] == "NOUN" and table.head[k] == noun:
            things += table.pos[k] == "ADJ"
    return 2 * things > len(person.mentions)


@hookimpl
def register_extractors() -> list[PeopleExtractor]:
    return [PeopleExtractor()]
