"""People the words around a name show, whatever label the model gave it (or none).

The model misses names in sports and business prose ("Erling Haaland scored", "fire chief Ana
Costa", "manager Pep Guardiola") or reads them as organisations. Where a person stands says
more than the name: the subject of a verb, an apposition, a name after a lower-case role word,
a results line's entry, a name before ", who", the subject of a verb whose object is "his"
something. :func:`names_from_context` needs a given name; :func:`names_before_who` and
:func:`names_by_evidence` read any two or three capitalised words where the evidence is stronger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscore.extractors.person_names import DAYS_AND_MONTHS, JOINING_PARTICLES, NOT_SURNAMES, name_cased
from newscore.extractors.scan import positions, title_at
from newscore.model import Mention
from newscore.text.names import TITLES, is_given_name
from newscore.text.spans import SpanIndex
from newscore.text.syntax import NOMINAL_SUBJECT_DEPS, OBJECT_DEPS
from newscore.text.tokens import TokenTable

__all__ = ["names_before_who", "names_by_evidence", "names_from_context", "who_says_a_person"]


#: Labels under which the model hides a person's name it did not read as one ("Pep Guardiola" as ORG).
_HIDING_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})


def names_from_context(table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]) -> list[Mention]:
    """Names the model missed ("Erling Haaland scored", "fire chief Ana Costa"): a given name and one
    or two capitalised words, not part of a longer name, standing where a person stands (the subject
    of a verb, or after a lower-case role word such as "chief" or "striker")."""
    taken = SpanIndex((m.start, m.end, None) for m in found)
    n = len(table)
    names = []
    resume = 0
    words = table.text
    given = _given_name_words(set(words))
    for i in positions(words, given):  # few: test them closely
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
        if taken.overlaps(start, end) or any(title_at(table, k) for k in range(first + 1, last + 1)):
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


def names_before_who(table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]) -> list[Mention]:
    """Two or three capitalised words that ", who" follows ("praised Kuldeep Yadav, who took three
    wickets"): a person, whatever their given name, unless a word ends a body's or a place's name
    ("Manchester City, who") or is one the article writes in lower case; a club written so
    ("Aston Villa, who") is the organisations plugin's to keep."""
    words = table.text
    if "who" not in words:
        return []
    taken = SpanIndex((m.start, m.end, None) for m in found)
    names = []
    for k in positions(words, {"who"}):
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


def names_by_evidence(table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]) -> list[Mention]:
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
    for i in positions(table.lower, roles) if roles else ():
        if words[i].islower() and table.pos[i] == "NOUN":  # not an adjective: "a major Capitol Hill role"
            last = i + 1
            while last + 1 < n and last - i < 3 and not table.is_sent_start[last + 1] and _surname_like(table, last + 1, lowered):
                last += 1
            runs.append((i + 1, last))
    person_verbs = {heads[k] for m in found for k in _subject_tokens(table, m)}
    for k in positions(deps, NOMINAL_SUBJECT_DEPS):  # two labels: a C scan for each
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
        if first > 0 and (table.lower[first - 1] == "the" or (_capitalised_word(words[first - 1]) and not table.is_sent_start[first] and not title_at(table, first - 1))):
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


def who_says_a_person(table: TokenTable, mention: Mention) -> bool:
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
        name_cased(word)
        and not title_at(table, k)
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
    return name_cased(word) and word.casefold() not in TITLES and is_given_name(word)


def _may_start_name(table: TokenTable, i: int) -> bool:
    return (
        table.ent_type[i] in _HIDING_LABELS
        and (i == 0 or not _capitalised_word(table.text[i - 1]) or table.is_sent_start[i] or title_at(table, i - 1))
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
    return name_cased(word) and bool(table.whitespace[j - 1])


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
    return before >= 0 and (title_at(table, before) or (table.text[before].islower() and table.pos[before] == "NOUN"))


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
