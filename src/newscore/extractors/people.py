"""The core's one built-in extractor: spaCy's PERSON entities as people, one entity per person."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newscore.extractors.listed_names import listed_names
from newscore.extractors.person_names import (
    DAYS_AND_MONTHS,
    JOINING_PARTICLES,
    NOT_SURNAMES,
    family_name,
    lower_case_words,
    name_tokens,
    not_a_name,
)
from newscore.hookspecs import hookimpl
from newscore.model import Article, Entity, Mention, Quote
from newscore.text.names import TITLES, bare_name, is_given_name, is_title_only, name_gender, title_gender
from newscore.text.spans import SpanIndex, trim_span
from newscore.text.syntax import NOMINAL_SUBJECT_DEPS, OBJECT_DEPS
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
        found = _names_from_context(table, text, mentions, lowered)
        # a given name and a surname after a title ("Deputy President Thabo Mbeki"): a person for sure
        titled = {(m.start, m.end) for m in found if (k := table.token_at(m.start)) > 0 and _title(table, k - 1)}
        mentions += found
        who = _names_before_who(table, text, mentions, lowered)
        evidence = _names_by_evidence(table, text, [*mentions, *who], lowered)
        # names the words around them show a person's, whatever label the model gave them
        read = [*(m for m in who if _who_says_a_person(table, m)), *evidence]
        mentions += who + evidence
        mentions += _scorers(table, text, mentions)
        listed, players = listed_names(table, text, mentions, lowered)
        mentions += listed
        mentions = _without_things(table, mentions, lowered)
        mentions = _without_owned_or_of(text, mentions)
        context = {(m.start, m.end) for m in read}
        players |= titled
        people: list[_Person] = []
        # full names first, so "Putin" finds "Vladimir Putin" whatever the order in the text
        for mention in sorted(mentions, key=lambda m: (-len(_words(m.text)), m.start)):
            gender = _mention_gender(text, mention)
            person = _same_person(people, mention, gender)
            if person is None:
                people.append(_Person([mention], gender))
            else:
                person.mentions.append(mention)
                person.gender = person.gender or gender
        for mention in _surnames_missed(table, text, people, lowered):
            person = _same_person(people, mention, None)
            if person is not None:
                person.mentions.append(mention)
        for person, mention in _headline_names(table, text, people, lowered):
            person.mentions.append(mention)
        people = [person for person in people if not _only_a_modifier(table, person)]
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


def _confidence(person: _Person, players: frozenset[tuple[int, int]], context: set[tuple[int, int]]) -> float:
    spans = [(m.start, m.end) for m in person.mentions]
    if any(span in players for span in spans):
        # a scorecard's "c … b …" says a player, where the model saw a place ("Gillespie"); a title, a person
        return _READ_FROM_CONTEXT
    return _NAMED_IN_CONTEXT if any(span in context for span in spans) else _LABELLED


class _Person:
    """Mentions grouped as one person so far (the first is the fullest name), and the gender
    their titles or given name mark, if any."""

    def __init__(self, mentions: list[Mention], gender: str | None) -> None:
        self.mentions = mentions
        self.gender = gender
        self.words = _words(mentions[0].text)  # the first mention stays the fullest name
        self.surname = family_name(self.words, bare_name(mentions[0].text).split())


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
    """The mentions that name a person, not a thing (``not_a_name``); a word of a full name found
    here stays a name ("Son" after "Son Heung-min")."""
    name_words = {word for m in mentions if len(words := m.text.split()) > 1 for word in words}
    kept = []
    for mention in mentions:
        span = table.token_span(mention.start, mention.end)
        one_word_of_a_name = " " not in mention.text and mention.text in name_words
        if span is not None and not one_word_of_a_name and not_a_name(table, *span, lowered):
            continue
        kept.append(mention)
    return kept


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


def _headline_names(table: TokenTable, text: str, people: list[_Person], lowered: frozenset[str]) -> Iterator[tuple[_Person, Mention]]:
    """A person's surname or full name written in capitals in a headline ("SAMPRAS BEATS CORRETJA",
    "CRICKET - WASIM AKRAM OUT OF TEST"), where the article names them: the model seldom tags a
    name in capitals. A surname two people share is left alone."""
    by_surname: dict[str, _Person | None] = {}
    for person in people:
        if person.surname and person.surname.isalpha():
            key = person.surname.upper()
            by_surname[key] = None if key in by_surname and by_surname[key] is not person else person
    words = table.text
    candidates = by_surname.keys() & set(words)
    if not candidates:
        return
    taken = SpanIndex((m.start, m.end, None) for person in people for m in person.mentions)
    for i in _positions(words, candidates):
        named = by_surname[words[i]]
        if named is None or words[i].lower() in lowered or not _in_capitals(table, i):
            continue
        first = i
        full = [word.upper() for word in named.words]
        if len(full) > 1 and i - len(full) + 1 >= 0 and [words[j].upper() for j in range(i - len(full) + 1, i + 1)] == full:
            first = i - len(full) + 1
        start, end = table.idx[first], table.end[i]
        if not taken.overlaps(start, end):
            yield named, Mention.from_text(text, start, end, form="name")


#: How many tokens on each side of a word in capitals are looked at to tell a headline.
_HEADLINE_REACH = 6


def _in_capitals(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a word in capitals among words in capitals: every word of its line
    within a few tokens either side, and at least one, is written in capitals (a headline)."""
    text, n = table.text, len(table)
    if not text[i].isupper():
        return False
    beside = 0
    for step in (-1, 1):
        j = i
        for _ in range(_HEADLINE_REACH):
            if step < 0 and (j == 0 or "\n" in table.whitespace[j - 1]):
                break
            if step > 0 and "\n" in table.whitespace[j]:
                break
            j += step
            if not 0 <= j < n or "\n" in text[j]:
                break
            if text[j][:1].isalpha():
                if not text[j].isupper():
                    return False
                beside += 1
    return beside > 0


def _only_a_modifier(table: TokenTable, person: _Person) -> bool:
    """Whether a one-word person is mostly an adjective before a common noun ("Slovak
    counterpart"). A name before a noun after "the" stays a person's: news writes "the Clinton
    administration" and "the Reagan era" of people, as CoNLL marks them (so "the Erez crossing"
    stays wrong)."""
    if len(person.words) != 1:
        return False
    n = len(table)
    things = 0
    for mention in person.mentions:
        span = table.token_span(mention.start, mention.end)
        if span is None or span[1] - span[0] != 1:
            continue
        k = span[0]
        noun = k + 1
        if noun < n and table.text[noun].islower() and table.pos[noun] == "NOUN" and table.head[k] == noun:
            things += table.pos[k] == "ADJ"
    return 2 * things > len(person.mentions)


#: Labels under which the model hides a person's name it did not read as one ("Pep Guardiola" as ORG).
_HIDING_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})
def _names_from_context(table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]) -> list[Mention]:
    """Names the model missed ("Erling Haaland scored", "fire chief Ana Costa"): a given name and one
    or two capitalised words, not part of a longer name, standing where a person stands (the subject
    of a verb, or after a lower-case role word such as "chief" or "striker")."""
    taken = SpanIndex((m.start, m.end, None) for m in found)
    n = len(table)
    names = []
    resume = 0
    words = table.text
    given = _given_name_words(set(words))
    for i in _positions(words, given):  # few: test them closely
        if i < resume or not _may_start_name(table, i):
            continue
        last = i
        while last + 1 < n and last - i < 4 and _continues_name(table, last + 1):
            last += 1
        first, resume = i, last + 1
        while table.text[last] == "-":
            last -= 1
        words = [table.text[k] for k in range(first, last + 1) if table.text[k] != "-"]
        if not 2 <= len(words) <= 3 or words[-1].casefold() in NOT_SURNAMES:
            continue
        start, end = table.idx[first], table.end[last]
        if taken.overlaps(start, end) or any(_title(table, k) for k in range(first + 1, last + 1)):
            continue  # taken, or a role in it ("Fox News Chairman")
        if not (
            _where_a_person_stands(table, first, last)
            # anywhere, the model's ORG entity that holds no word the article writes in lower case ("Edison Research")
            or (_whole_organisation_entity(table, first, last) and not any(table.lower[k] in lowered for k in range(first + 1, last + 1)))
        ):
            continue
        if _inside_longer_entity(table, first, last):
            continue
        names.append(Mention.from_text(text, start, end, form="name"))
    return names


#: Labels of a name before ", who" that may hide a person (not a place's or a people's: "African Americans, who").
_WHO_LABELS = frozenset({"", "PERSON", "ORG"})


def _names_before_who(table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]) -> list[Mention]:
    """Two or three capitalised words that ", who" follows ("praised Kuldeep Yadav, who took three
    wickets"): a person, whatever their given name, unless a word ends a body's or a place's name
    ("Manchester City, who") or is one the article writes in lower case; a club written so
    ("Aston Villa, who") is the organisations plugin's to keep."""
    words = table.text
    if "who" not in words:
        return []
    taken = SpanIndex((m.start, m.end, None) for m in found)
    names = []
    for k in _positions(words, {"who"}):
        last = k - 2
        if last < 1 or words[k - 1] != ",":
            continue
        first = last
        while first > 0 and last - first < 2 and _surname_like(table, first - 1, lowered) and not table.is_sent_start[first]:
            first -= 1
        if first == last or not all(_surname_like(table, j, lowered) for j in range(first, last + 1)):
            continue
        if first > 0 and ((_capitalised_word(words[first - 1]) and not table.is_sent_start[first]) or table.lower[first - 1] == "the"):
            continue  # part of a longer name, or a thing ("the Foxes")
        if any(table.ent_type[j] not in _WHO_LABELS for j in range(first, last + 1)) or _inside_longer_entity(table, first, last):
            continue
        start, end = table.idx[first], table.end[last]
        if not taken.overlaps(start, end):
            names.append(Mention.from_text(text, start, end, form="name"))
    return names


#: Lower-case words for a person's role before their name in sports and business prose ("manager
#: Pep Guardiola", "striker Meho Kodro"), besides the titles.
_ROLE_WORDS = TITLES | frozenset(
    ["striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "batsman", "bowler", "spinner",
     "opener", "rider", "driver", "champion", "teammate", "counterpart", "skipper", "boss", "analyst", "economist",
     "negotiator", "adviser", "advisor", "aide", "lawyer", "founder", "owner", "tycoon", "veteran", "substitute"]
)
#: Possessives that make the subject of their verb a person ("Pep Guardiola praised his side").
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _names_by_evidence(table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]) -> list[Mention]:
    """Two or three capitalised words, whatever their given name, where the words around them show a
    person: after a lower-case role word ("manager Pep Guardiola"), or the subject of a verb whose
    object is "his" or "her" something ("Pep Guardiola praised his side") or that is coordinated
    with a verb a person named here is the subject of ("Erling Haaland scored …, and Pep Guardiola
    praised …")."""
    roles = _ROLE_WORDS & lowered
    pronouns = bool(_PERSONAL_POSSESSIVES & lowered)
    if not roles and not pronouns and not found:
        return []
    words, heads, deps, n = table.text, table.head, table.dep, len(table)
    taken = SpanIndex((m.start, m.end, None) for m in found)
    runs: list[tuple[int, int]] = []
    for i in _positions(table.lower, roles) if roles else ():
        if words[i].islower() and table.pos[i] == "NOUN":  # not an adjective: "a major Capitol Hill role"
            last = i + 1
            while last + 1 < n and last - i < 3 and not table.is_sent_start[last + 1] and _surname_like(table, last + 1, lowered):
                last += 1
            runs.append((i + 1, last))
    person_verbs = {heads[k] for m in found for k in _subject_tokens(table, m)}
    for k in _positions(deps, NOMINAL_SUBJECT_DEPS):  # two labels: a C scan for each
        if not words[k][:1].isupper():
            continue
        first = k
        while first > 0 and k - first < 2 and deps[first - 1] == "compound" and heads[first - 1] == k:
            first -= 1
        verb = heads[k]
        if first < k and (_coordinated(table, verb, person_verbs) or (pronouns and _personal_object(table, verb, k))):
            runs.append((first, k))
    names: list[Mention] = []
    for first, last in runs:
        if not 1 <= last - first <= 2 or last >= n or not all(_surname_like(table, j, lowered) for j in range(first, last + 1)):
            continue
        if any(table.is_sent_start[j] for j in range(first + 1, last + 1)) or any(table.ent_type[j] not in _WHO_LABELS for j in range(first, last + 1)):
            continue
        if first > 0 and (table.lower[first - 1] == "the" or (_capitalised_word(words[first - 1]) and not table.is_sent_start[first] and not _title(table, first - 1))):
            continue  # part of a longer name, or a thing ("the Foxes")
        start, end = table.idx[first], table.end[last]
        if taken.overlaps(start, end) or any(m.start < end and start < m.end for m in names) or _inside_longer_entity(table, first, last):
            continue
        names.append(Mention.from_text(text, start, end, form="name"))
    return names


def _subject_tokens(table: TokenTable, mention: Mention) -> Iterator[int]:
    """The mention's last token if it is a verb's nominal subject."""
    k = table.token_at(mention.end - 1)
    if table.dep[k] in NOMINAL_SUBJECT_DEPS:
        yield k


def _coordinated(table: TokenTable, verb: int, others: set[int]) -> bool:
    """Whether ``verb`` and one of ``others`` are joined as conjuncts ("scored …, and … praised")."""
    heads, deps = table.head, table.dep
    return any(
        other != verb
        and ((deps[verb] == "conj" and heads[verb] == other) or (deps[other] == "conj" and heads[other] == verb)
             or (deps[verb] == deps[other] == "conj" and heads[verb] == heads[other]))
        for other in others
    )


def _personal_object(table: TokenTable, verb: int, subject: int) -> bool:
    """Whether the object of ``verb`` (a few tokens after it, in its sentence) is "his" or "her"
    something ("praised his side"), with no other subject between."""
    n = len(table)
    for j in range(verb + 1, min(n, verb + 6)):
        if table.is_sent_start[j] or (j != subject and table.dep[j] in NOMINAL_SUBJECT_DEPS):
            return False
        if table.lower[j] in _PERSONAL_POSSESSIVES and table.dep[j] == "poss" and table.head[table.head[j]] == verb:
            return True
    return False


#: Verbs after ", who" that say a group, not a person ("Planned Parenthood, who are backing …").
_PLURAL_VERBS = frozenset({"are", "were", "have"})


def _who_says_a_person(table: TokenTable, mention: Mention) -> bool:
    """Whether the ", who" after a name shows a person: the name is no preposition's object (in
    "the director at Publishers Weekly, who …" the clause is the director's) and the verb after
    "who" is not plural ("Planned Parenthood, who are …")."""
    last = table.token_at(mention.end - 1)
    after = last + 3  # the name, ",", "who", the verb
    return table.dep[last] != "pobj" and not (after < len(table) and table.lower[after] in _PLURAL_VERBS)


def _surname_like(table: TokenTable, k: int, lowered: frozenset[str]) -> bool:
    """A capitalised word (not in capitals) that can be part of a person's name: no title, no word
    that ends a body's or a place's name, none the article writes in lower case."""
    word = table.text[k]
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and not _title(table, k)
        and word.casefold() not in NOT_SURNAMES
        and table.lower[k] not in lowered
    )


#: Words already judged by :func:`_given_name_word`, split by the answer: asked of every distinct
#: word of every article, they are answered by set operations (in C) once a word has been seen.
_SEEN_GIVEN: set[str] = set()
_SEEN_NOT_GIVEN: set[str] = set()
_SEEN_LIMIT = 1 << 16


def _given_name_words(words: set[str]) -> set[str]:
    """The words of ``words`` that :func:`_given_name_word` accepts (the answer never depends on
    what other threads add to or clear from the sets meanwhile)."""
    known = words & _SEEN_GIVEN
    unseen = words - known - _SEEN_NOT_GIVEN
    if not unseen:
        return known
    found = {word for word in unseen if _given_name_word(word)}
    if len(_SEEN_NOT_GIVEN) > _SEEN_LIMIT:  # a long run over many articles: start again, bounded
        _SEEN_NOT_GIVEN.clear()
        _SEEN_GIVEN.clear()
    _SEEN_GIVEN.update(found)
    _SEEN_NOT_GIVEN.update(unseen - found)
    return known | found


def _given_name_word(word: str) -> bool:
    """A capitalised word (not in capitals) that is a given name and no title."""
    return (
        word[:1].isupper() and word.isalpha() and not word.isupper() and word.casefold() not in TITLES and is_given_name(word)
    )


def _may_start_name(table: TokenTable, i: int) -> bool:
    return (
        table.ent_type[i] in _HIDING_LABELS
        and (i == 0 or not _capitalised_word(table.text[i - 1]) or table.is_sent_start[i] or _title(table, i - 1))
        and not _joined_to_a_name_before(table, i)
    )


def _joined_to_a_name_before(table: TokenTable, i: int) -> bool:
    """Whether a connector ties the word to a capitalised one before it ("Scotland and Ireland …",
    "Vale do Rio Doce")."""
    return (
        i >= 2
        and (table.lower[i - 1] in ("and", "&", "of", "for") or table.text[i - 1] in JOINING_PARTICLES)
        and _capitalised_word(table.text[i - 2])
    )


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


#: Labels the model gives the numbers of a results line, swallowing the surname before them ("Hobday 71 65" as a DATE).
_NUMBER_LABELS = frozenset({"DATE", "CARDINAL", "QUANTITY", "TIME"})


def _continues_name(table: TokenTable, j: int) -> bool:
    """Whether token ``j`` goes on with the name: a capitalised word, or a hyphen inside one ("Sanwo-Olu");
    also a capitalised word the model put in a number's entity, if a score follows ("Justin Hobday 71 65")."""
    if table.is_sent_start[j]:
        return False
    if table.ent_type[j] not in _HIDING_LABELS and not (
        table.ent_type[j] in _NUMBER_LABELS and table.text[j].casefold() not in DAYS_AND_MONTHS and _score_at(table, j + 1)
    ):
        return False
    word = table.text[j]
    if word == "-":
        return not table.whitespace[j - 1] and not table.whitespace[j] and j + 1 < len(table)
    if table.text[j - 1] == "-":
        return _capitalised_word(word)
    return _capitalised_word(word) and word.isalpha() and not word.isupper() and bool(table.whitespace[j - 1])


def _where_a_person_stands(table: TokenTable, first: int, last: int) -> bool:
    """The subject of a verb ("Haaland scored"), an apposition, a name after a role word ("chief Ana
    Costa"), or one with their country in brackets, as results list players ("Jan Siemerink (Netherlands)")."""
    if table.dep[last] in NOMINAL_SUBJECT_DEPS or table.dep[last] == "appos":
        return True
    if _country_in_brackets(table, last + 1):
        return True
    before = first - 1
    if _score_at(table, last + 1) and (
        before < 0 or "\n" in table.whitespace[before] or _score_at(table, before)
        or (table.text[before] in (",", ";") and _score_at(table, before - 1))
        or (table.dep[last] in _BEATEN_DEPS and _SETS.match(table.doc.text, table.end[last]) is not None)
    ):
        return True  # a results line's entry: "134 Steve van Vuuren 65 69", "…, Justin Hobday 71 65", "beat Conchita Martinez 6-4 6-3"
    return before >= 0 and (_title(table, before) or (table.text[before].islower() and table.pos[before] == "NOUN"))


#: Where a player beaten by a score stands: the object of "beat", "overcame" ("… Conchita Martinez 6-4 6-3").
_BEATEN_DEPS = OBJECT_DEPS | {"pobj", "conj"}
#: Two sets' scores or more, as a tennis result gives them ("6-4 7-6(4)"), not a team's one score ("3-1").
_SETS = re.compile(r"(?:\s+\d{1,2}-\d{1,2}(?:\s?\(\d+(?:-\d+)?\))?){2,}")


#: Labels of a results line's country in brackets after a player ("(Chile)" is often left unlabelled).
_COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC", ""})


def _country_in_brackets(table: TokenTable, k: int) -> bool:
    """Whether a country in brackets starts at token ``k``, as results give a player's: one to three
    capitalised words ("(Netherlands)", "( South Africa )"), at least one of them a place or a
    nationality to the model, or a single word it left unlabelled ("(Chile)")."""
    n = len(table)
    if k >= n or table.text[k] != "(":
        return False
    close = k + 1
    while close < n and close - k <= 3 and table.text[close][:1].isupper() and table.ent_type[close] in _COUNTRY_LABELS:
        close += 1
    if close == k + 1 or close >= n or table.text[close] != ")":
        return False
    labels = {table.ent_type[j] for j in range(k + 1, close)}
    return labels != {""} or close == k + 2


def _score_at(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a bare number of a results line (a rank, a score, a time: "65", "1:42.3")."""
    return 0 <= k < len(table) and table.text[k][:1].isdigit() and all(ch.isdigit() or ch in ".:-" for ch in table.text[k])


def _whole_organisation_entity(table: TokenTable, first: int, last: int) -> bool:
    """Whether the run is exactly one of the model's ORG entities, not after "the": a given name and a
    surname the model misread ("saved by Thibaut Courtois"); arbitration weighs it against the
    organisation claim (a listed or typed organisation keeps it: "Morgan Stanley")."""
    return (
        table.ent_type[first] == "ORG"
        and table.ent_iob[first] == "B"
        and all(table.ent_iob[k] == "I" for k in range(first + 1, last + 1))
        and (last + 1 >= len(table) or table.ent_iob[last + 1] != "I")
        and (first == 0 or table.lower[first - 1] != "the")
    )


def _title(table: TokenTable, i: int) -> bool:
    return table.lower[i].rstrip(".") in TITLES


def _inside_longer_entity(table: TokenTable, first: int, last: int) -> bool:
    """Whether the model's entity around the run reaches past it ("Victoria Beckham Foundation")."""
    before, after = first - 1, last + 1
    while before >= 0 and table.ent_iob[before + 1] == "I" and not table.text[before][:1].isalpha():
        before -= 1  # numbers and dashes the model ran into the name ("1 - Carlos Moya"): no longer name
    return (
        table.ent_iob[first] == "I"
        and before >= 0
        and table.ent_iob[before + 1] == "I"
        and table.ent_type[before] not in ("", "PERSON")
    ) or (
        after < len(table)
        and table.ent_iob[after] == "I"
        and table.ent_type[after] not in ("", "PERSON", *_NUMBER_LABELS)  # "Hobday 71 65": numbers, no longer name
        and table.lower[after] != "of"  # "Bjarne Riis of Denmark" run on: where they come from, no longer name
    )


#: Labels the model gives a lone surname it did not read as a person ("Montalvo" as GPE).
_MISREAD_LABELS = frozenset({"", "GPE", "LOC", "ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})


def _surnames_missed(table: TokenTable, text: str, people: list[_Person], lowered: frozenset[str]) -> Iterator[Mention]:
    """Lone words that are the surname of someone named in full here, which the model did not
    tag PERSON ("Daniel Montalvo, 19, …" then "Montalvo said"): a word standing alone, not
    part of a longer name or of a longer entity."""
    surnames: set[str] = set()
    unsure: set[str] = set()
    for person in people:
        words = bare_name(person.mentions[0].text).split()
        if len(words) < 2 or not (surname := family_name(words, words))[:1].isupper():
            continue
        # a person's name for sure: a given name first, or else every word written as a name ("Romelu Lukaku")
        if is_given_name(words[0]):
            surnames.add(surname)
        elif len(words) <= 3 and all(map(_written_as_a_name, words)) and words[0].lower() not in lowered:
            unsure.add(surname)
    # without a given name, a nationality is no surname ("American" of "An American")
    unsure -= {table.text[i] for i in _positions(table.text, unsure) if table.ent_type[i] == "NORP"}
    surnames |= unsure
    if not surnames:
        return
    words = table.text
    distinct = set(words)
    # "Image": a common word here too (written in lower case), so no surname
    surnames = {name for name in surnames if not _written_in_lower_case(name, distinct)}
    if not surnames:
        return
    taken = sorted((m.start, m.end) for person in people for m in person.mentions)
    n = len(words)
    # a hyphenated surname is three tokens ("Delgado", "-", "Ruiz"): found by its first part
    hyphenated = {name.split("-")[0]: name for name in surnames if "-" in name}
    for i in _positions(words, (surnames | hyphenated.keys()) & distinct):
        last = i
        if words[i] in hyphenated:
            if not (
                i + 2 < n
                and words[i + 1] == "-"
                and not table.whitespace[i]
                and not table.whitespace[i + 1]
                and f"{words[i]}-{words[i + 2]}" == hyphenated[words[i]]
            ):
                continue
            last = i + 2
        if any(table.ent_type[k] not in _MISREAD_LABELS for k in range(i, last + 1)):
            continue
        if table.ent_iob[i] == "I" or (last + 1 < n and table.ent_iob[last + 1] == "I"):
            continue  # inside a longer entity ("Montalvo Street")
        if (i > 0 and words[i - 1][:1].isupper() and not table.is_sent_start[i]) or (
            last + 1 < n and words[last + 1][:1].isupper()
        ):
            continue  # part of a longer name
        start, end = table.idx[i], table.end[last]
        k = bisect.bisect_right(taken, (start, end)) - 1
        if k >= 0 and taken[k][0] <= start < taken[k][1]:
            continue
        yield Mention.from_text(text, start, end, form="name")


def _positions(words: list[str], targets: Iterable[str]) -> list[int]:
    """Where the ``targets`` occur in ``words``, in order: a C scan for each when they are one or two,
    else one pass testing each token against a set (each scan reads the whole list)."""
    targets = set(targets)
    if len(targets) > 2:
        return [i for i, word in enumerate(words) if word in targets]
    found = []
    for target in targets:
        i = -1
        try:
            while True:
                i = words.index(target, i + 1)
                found.append(i)
        except ValueError:
            pass
    return sorted(found)


def _written_as_a_name(word: str) -> bool:
    """A capital, then lower-case letters, hyphenated parts alike or all in lower case: "Lukaku",
    "Delgado-Ruiz", "Heung-min", not "DAB" or "McDonald's"."""
    first, *rest = word.split("-")
    return (
        first[:1].isupper()
        and first[1:].isalpha()
        and first[1:].islower()
        and all(part.isalpha() and (part.islower() or (part[:1].isupper() and part[1:].islower())) for part in rest)
    )


def _written_in_lower_case(name: str, words: set[str]) -> bool:
    """Whether ``words`` hold a lower-case word that ``name`` capitalises."""
    lower = name.lower()
    return lower in words and lower.islower() and lower.capitalize() == name


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def _mention_gender(text: str, mention: Mention) -> str | None:
    """The gender a mention's title ("Mrs Sethi", inside the mention or just before it) or given name marks."""
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    title = title_gender(before.group(1)) if before else None
    return title or name_gender(mention.text)


#: Words after a goal's minute in a scorers list ("Kane 23 pen").
_GOAL_NOTES = frozenset(["pen", "penalty", "og", "o.g."])


def _scorers(table: TokenTable, text: str, found: list[Mention]) -> list[Mention]:
    """The names of a match report's scorers list, each followed by the minute (or minutes: "Nilis
    12, 55"): in brackets after a team's score ("Manchester United 2 (Cantona 23, Giggs 67)") or after "Scorers:"."""
    words = table.text
    names: list[Mention] = []
    labels = {"Scorers", "scorers", "Goalscorers"}.intersection(words)  # seldom there: no scan for them
    for opener in _positions(words, {"(", *labels}):
        if words[opener] == "(":
            if opener < 2 or not words[opener - 1].isdigit() or not words[opener - 2][:1].isupper():
                continue  # a team's name and its score before the brackets
            first = opener + 1
        elif opener + 1 < len(table) and words[opener + 1] == ":":
            first = opener + 2
        else:
            continue
        names += _scorer_names(table, text, first, closer=")" if words[opener] == "(" else None)
    taken = SpanIndex((m.start, m.end, None) for m in found)
    return [m for m in names if not taken.overlaps(m.start, m.end)]


def _scorer_names(table: TokenTable, text: str, k: int, *, closer: str | None) -> list[Mention]:
    """The names of the list starting at token ``k`` ("Name minute, Name minute" up to ``closer`` or
    the end of the sentence), or none if any item is not a name and a minute."""
    words, n = table.text, len(table)
    names = []
    while True:
        start = k
        while k < n and k - start < 3 and words[k][:1].isupper() and words[k].replace("-", "").replace("'", "").isalpha():
            k += 1
        if k == start or k >= n or not words[k].isdigit() or int(words[k]) > 130:
            return []
        if any(table.ent_type[j] in ("GPE", "LOC", "NORP") for j in range(start, k)):
            return []  # places, not players ("Europe 12, Asia 30")
        names.append(Mention.from_text(text, table.idx[start], table.end[k - 1], form="name"))
        k += 1
        while k < n and words[k].lower() in _GOAL_NOTES:
            k += 1
        # more goals of the same player ("Nilis 12, 55")
        while k + 1 < n and words[k] == "," and words[k + 1].isdigit() and int(words[k + 1]) <= 130:
            k += 2
            while k < n and words[k].lower() in _GOAL_NOTES:
                k += 1
        if k < n and words[k] in (",", ";"):
            k += 1
            continue
        if (closer is not None and k < n and words[k] == closer) or (closer is None and (k >= n or words[k] in (".", "\n"))):
            return names
        return []


@functools.lru_cache(maxsize=1 << 12)  # asked of each mention several times while grouping
def _words(name: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in bare_name(name).replace("’", "'").split() if word[:1].isalpha())


def _same_person(people: list[_Person], mention: Mention, gender: str | None) -> _Person | None:
    """The person a mention names: the same words, or their surname alone ("Putin"), or their
    given name alone ("Graham") when no one else has that name. Where several fit, the one whose
    gender does not conflict, then the one mentioned last before it ("Mr Sethi", "Mrs Sethi")."""
    words = _words(mention.text)
    if not words:
        return None
    compatible = [p for p in people if gender is None or p.gender is None or p.gender == gender]
    same = [p for p in compatible if p.words == words]
    if same:
        return same[0]
    if len(words) != 1:
        return None
    by_surname = [p for p in compatible if len(p.words) > 1 and p.surname == words[0]]
    if by_surname:
        return max(by_surname, key=lambda p: _last_start_before(p, mention.start))
    by_given_name = [p for p in compatible if len(p.words) > 1 and p.words[0] == words[0]]
    if len(by_given_name) == 1 and is_given_name(words[0]) and not any(p.surname == words[0] for p in people):
        return by_given_name[0]
    return None


def _last_start_before(person: _Person, start: int) -> tuple[bool, int]:
    """Sort key: people mentioned before ``start`` first, the most recently mentioned highest."""
    before = [m.start for m in person.mentions if m.start < start]
    return (bool(before), max(before) if before else -min(m.start for m in person.mentions))


@hookimpl
def register_extractors() -> list[PeopleExtractor]:
    return [PeopleExtractor()]
