"""Proposing organisation spans: spaCy's ORG entities repaired, name patterns, source lines."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from cleanco import prepare_default_terms

from newscore.text import TokenTable, is_given_name, token_table, trim_span
from newscore_organizations.proposals import Proposal
from newscore_organizations.vocabulary import (
    CONNECTORS,
    NOT_ACRONYMS,
    NOT_ORGANIZATIONS,
    PERSON_TITLES,
    PREFIX_HEADS,
    SPORTS_WORDS,
    STRONG_SPORTS_WORDS,
    SUFFIX_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

_BREAKERS = frozenset("()[]{},;:\"“”«»|/")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_FUNCTION_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "VERB", "AUX", "PART", "INTJ", "NUM"})
_NOT_ORG_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
_SPORTS_SUFFIXES = frozenset({"United", "City", "Town", "County", "Athletic", "Albion", "Rovers", "Wanderers"})
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:Source|SOURCE|Sources|Via|VIA|Credit)[ \t]*:[ \t]*(?P<name>[^\n:]{2,60}?)[ \t.]*$", re.MULTILINE
)
#: A press-release wire in a dateline: "BOSTON, March 3, 2025 /PRNewswire/ --".
_SLASHED_WIRE = re.compile(r"\d[ \t]+/(?P<name>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})/[ \t]+(?:--|—|–|-)")
#: "SAN FRANCISCO, March 4 (Business Wire) --": a line that starts with a place in capitals.
_BRACKETED_WIRE = re.compile(
    r"[ \t]*[A-Z][A-Z .'’-]{1,30}(?:,[ \t]+[^\n()]{1,40})?[ \t]+\((?P<name>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})\)"
    r"[ \t]+(?:--|—|–|-)"
)
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
#: A score the model read as part of a team's name ("Arsenal 2-1", "Sweden 1 – 0"), whatever the dash.
_TRAILING_SCORE = re.compile(r"\s+\d{1,3}\s*[-–—]\s*\d{1,3}$")
_TRAILING_NUMBER = re.compile(r"\s+\d{1,3}$")
#: The rest of a score after a side's goals ("Sweden 1" + " – 0"): the number was goals, not a name's.
_SCORE_CONTINUES = re.compile(r"\s*[-–—]\s*\d{1,3}\b")
#: After a side's goals in a results line: its scorers, or the other side and its goals.
_RESULT_FOLLOWS = re.compile(r" (?:\([A-Z][^()\n]*\d\)|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} \d{1,3}\b)")
_TIME_LABELS = frozenset({"DATE", "TIME"})


@functools.lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Company legal forms from cleanco ("inc", "ltd", "gmbh", "sa"…), letters only."""
    return frozenset("".join(words) for _, words in prepare_default_terms())


class NamedEntity(NamedTuple):
    """One of spaCy's entities, read once: characters ``[start_char, end_char)``, tokens ``[start, end)``."""

    start_char: int
    end_char: int
    label: str
    start: int
    end: int


#: For each token, the ``(start char, end char, label, length in tokens)`` of its entity, or None.
EntityIndex = list[tuple[int, int, str, int] | None]


def named_entities(doc: Doc, text: str) -> list[NamedEntity]:
    """spaCy's entities of ``doc`` (``doc.ents`` builds new Span objects on every access), without a
    score the model read into a name ("Brentford 3-0" is Brentford; a person's name ends in no number)."""
    table = token_table(doc)  # ``text`` is the article's: ``doc.text`` joins every token in Python
    found = []
    for start, end, label in table.entities:  # read once per Doc, shared with the other plugins
        start_char, end_char = table.idx[start], table.end[end - 1]
        score = _TRAILING_SCORE.search(text, start_char, end_char)
        if score is None and end - start > 1 and table.text[end - 1].isdigit():
            # "Feyenoord 2 (Larsson 34)" as a person, "Newcastle 0 Everton 2" as an organisation: a side's
            # goals (an organisation's number is kept where no result follows it: "Channel 4")
            if label == "PERSON" or (
                label == "ORG" and (_RESULT_FOLLOWS.match(text, end_char) or _SCORE_CONTINUES.match(text, end_char))
            ):
                score = _TRAILING_NUMBER.search(text, start_char, end_char)
        if score is not None and score.start() > start_char:
            end = table.token_at(score.start())  # the whitespace before the score belongs to the name's last token
            end_char = table.end[end]
            end += 1
        found.append(NamedEntity(start_char, end_char, label, start, end))
    return found


@functools.lru_cache(maxsize=1 << 14)  # asked of every token's text, and words recur
def _capitalised(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(ch.isalpha() for ch in text)))


@functools.lru_cache(maxsize=1 << 14)  # a pure function of a token's text, asked for the same words again and again
def is_legal_form(text: str) -> bool:
    """Whether a word is a company's legal form ("Inc.", "Limited", "GmbH", "S.A.")."""
    key = "".join(ch for ch in text.casefold() if ch.isalnum())
    if key not in _legal_forms() or not text[:1].isupper():
        return False
    return len(key) > 2 or text.isupper() or "." in text  # "AG", "S.A.", "Co." — not "As", "Ab"


def reads_as_sports(doc: Doc, text: str) -> bool:
    """Whether the article (``text``, parsed as ``doc``) reads as sports: three different sports
    words, or a score and one, among them one only sport uses ("coach", "league", "innings")."""
    seen = SPORTS_WORDS.intersection(token_table(doc).lower)
    if seen.isdisjoint(STRONG_SPORTS_WORDS):
        return False  # "beat", "victory", "points" and a 5-4 ruling are politics' words too
    return len(seen) >= 3 or _SCORE.search(text) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """NER-style span: no leading "the", no possessive, no edge punctuation or spaced "'s"."""
    start, end = trim_span(text, start, end)
    score = _TRAILING_SCORE.search(text, start, end)
    if score is not None:
        start, end = trim_span(text, start, score.start())
    while end > start and text[end - 1] in "-–":
        end -= 1
    while start < end and text[start] in "-–":
        start += 1
    while True:
        piece = text[start:end]
        lowered = piece.lower()
        if lowered.endswith((" 's", " ’s")):
            end -= 3
        elif piece.endswith((" '", " ’")):
            end -= 2
        else:
            break
        start, end = trim_span(text, start, end)
    return start, end


def _glued(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen to the word before or after it."""
    texts, whitespace = table.text, table.whitespace
    return (not whitespace[i] and i + 1 < len(texts) and texts[i + 1] == "-") or (
        i > 0 and texts[i - 1] == "-" and not whitespace[i - 1]
    )


def _segments(table: TokenTable, ent: NamedEntity) -> Iterator[tuple[int, int]]:
    """Pieces of a spaCy entity between brackets, commas and stray lowercase words."""
    texts, lowers, spaces, starts, ends = table.text, table.lower, table.is_space, table.idx, table.end
    # two small numbers in one entity are a result's goals ("Arsenal 1 Chelsea 1"), not "Channel 4"
    numbers = [i for i in range(ent.start, ent.end) if texts[i].isdigit() and len(texts[i]) <= 3]
    goals = frozenset(numbers) if len(numbers) >= 2 else frozenset()
    piece: list[int] = []
    for i in range(ent.start, ent.end):
        text = texts[i]
        breaks = (
            text in _BREAKERS
            or i in goals
            or _the_after_a_name(table, i, ent.start)
            or spaces[i]
            or (text[:1].islower() and lowers[i] not in CONNECTORS and text not in _POSSESSIVE and not _glued(table, i))
        )
        if breaks:
            if piece:
                yield starts[piece[0]], ends[piece[-1]]
            piece = []
        else:
            piece.append(i)
    if piece:
        yield starts[piece[0]], ends[piece[-1]]


def _the_after_a_name(table: TokenTable, i: int, first: int) -> bool:
    """Whether token ``i`` is a lower-case "the" right after a capitalised word of the same entity: inside
    a name "the" follows a connector ("Church of the Latter-day Saints"); after a name it starts a new
    phrase the model ran on into over a missing comma ("According to Rathbun the Scientology property")."""
    return (
        i > first
        and table.text[i] == "the"
        and table.text[i - 1][:1].isupper()
        and table.lower[i - 1] not in CONNECTORS
    )


def _strip_connectors(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].split(" ")
    # as written: "LA Weekly" and "De Beers" keep their first word ("the" is trimmed before this);
    # a capitalised last connector is a headline's word ("Rand Paul Scores Direct Hit On")
    while words and words[0] in CONNECTORS:
        start += len(words.pop(0)) + 1
    while words and words[-1].lower() in CONNECTORS:
        end -= len(words.pop()) + 1
    return (start, end) if start < end else (start, start)


def spacy_spans(doc: Doc, text: str, ents: list[NamedEntity]) -> Iterator[tuple[int, int]]:
    """spaCy's ORG entities (``ents`` of ``doc``), repaired: ``the Shanghai Cooperation Organisation (SCO``
    gives ``Shanghai Cooperation Organisation`` and ``SCO``; leading "the" and possessives dropped."""
    table = token_table(doc)
    for ent in ents:
        if ent.label != "ORG":
            continue
        for start, end in _segments(table, ent):
            start, end = _trim(text, start, end)
            start, end = _after_place_possessive(text, start, end)
            start, end = _strip_connectors(text, start, end)
            start, end = _trim(text, start, end)
            start, end = _without_trailing_title(text, start, end)
            start = first_conjunct(table, text, start, end)
            if end > start and not _one_adjective(table, start, end):
                yield start, end


#: "the Test and " or, starting a sentence, "Cable and " right before a body's name: a first word
#: the model left out of it.
_FIRST_CONJUNCT = re.compile(r"(?:(?P<the>\b[Tt]he )|^|(?<=[.!?] ))(?P<word>[A-Z][a-z]+) and $", re.MULTILINE)


def first_conjunct(table: TokenTable, text: str, start: int, end: int) -> int:
    """Where a name joined by "and" starts: "the Test and County Cricket Board", "Cable and Wireless
    Plc", which the model cuts to "County Cricket Board" and "Wireless Plc"; only a capitalised word
    after "the", or starting a sentence before a firm's legal form, that names nothing by itself (not
    "the Bundesbank and Deutsche Bank" or "Barclays and HSBC Holdings", two bodies)."""
    match = _FIRST_CONJUNCT.search(text, max(0, start - 30), start)
    if match is None or (match.group("the") is None and not is_legal_form(text[start:end].rsplit(" ", 1)[-1])):
        return start
    word = table.token_at(match.start("word"))
    if word < 0 or table.ent_type[word] or (table.pos[word] != "PROPN" and table.pos[word] != "NOUN"):
        return start
    return match.start("word")


#: Titles that end no body's name (unlike "Executive", "Justice", "General": Health and Safety Executive).
_TRAILING_TITLES = frozenset(
    ["spokesperson", "spokesman", "spokeswoman", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "boss"]
)


def _without_trailing_title(text: str, start: int, end: int) -> tuple[int, int]:
    """"State Department Spokesperson", "Museum of Flight CEO" -> the body: a person's title after
    a name of two words or more is the person's, not part of the name."""
    words = text[start:end].split(" ")
    if len(words) >= 3 and words[-1].lower() in _TRAILING_TITLES and words[-2] not in ("of", "for"):
        return start, end - len(words[-1]) - 1
    return start, end


def _one_adjective(table: TokenTable, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is one adjective: "Palestinian" in "the Palestinian health ministry"."""
    i = table.token_at(start)
    return table.idx[i] == start and table.end[i] == end and table.pos[i] == "ADJ"


_INNER_POSSESSIVE = re.compile(r"['’]s\s+")


def _after_place_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    """"Kano's Sabon Gari": what follows an inner possessive, if it is built like a body's name
    ("Britain's Labour Party" gives "Labour Party"); else nothing (a place's market, a person's firm)."""
    match = _INNER_POSSESSIVE.search(text, start, end)
    if match is None:
        return start, end
    rest = text[match.end() : end].split()
    if len(rest) == 1 and rest[0] in SUFFIX_HEADS:
        return start, end  # a head alone is no name: the possessive is part of it ("Pakistan People's Party")
    if any(word in SUFFIX_HEADS or word in PREFIX_HEADS for word in rest):
        return match.end(), end
    return start, start


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Words the text writes in lower case (so a capitalised one alone is a common word)."""
    return frozenset(filter(str.isalpha, filter(str.islower, token_table(doc).text)))


#: What follows a dateline's place: a comma and date, a dash, an agency in brackets, or a CoNLL-style date.
_AFTER_DATELINE = re.compile(r"[ \t]*(?:[,(—–]|-{1,2}\s|\d{4}-\d\d-\d\d)")


_DATE_OR_AGENCY_AFTER = re.compile(
    r"(?:,[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|[ \t]*\([A-Z][A-Za-z]{1,8}\)[ \t]*(?:--|—|–|-)?)"
)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a dateline's place ("ADDIS ABABA —", "KYIV, Ukraine (AP)", "Pune, Apr
    18 (PTI)"): at a line's start and followed by what follows a dateline."""
    surface = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or sum(ch.isalpha() for ch in surface) <= 2:
        return False
    if surface.isupper():
        return _AFTER_DATELINE.match(text, end) is not None
    # "Pune, Apr 18 (PTI)", "Canberra (AAP)": a place in title case needs a date or an agency after it
    return surface[:1].isupper() and _DATE_OR_AGENCY_AFTER.match(text, end) is not None


def looks_like_a_name(surface: str, lowercase: frozenset[str]) -> bool:
    """Whether a span spaCy tagged ORG can be an organisation's name at all."""
    if not any(ch.isupper() for ch in surface) or sum(ch.isalpha() for ch in surface) < 2:
        return False
    if surface.casefold() in NOT_ORGANIZATIONS:
        return False
    words = surface.split()
    if len(words) == 1 and not surface.isupper() and surface.lower() in lowercase:
        return False  # "Defence" here, "defence" there: a common word at a sentence's start or in a title
    return True


def _run_end_ok(table: TokenTable, j: int) -> bool:
    return not table.is_sent_start[j] and not table.is_space[j] and "\n" not in table.whitespace[j - 1]


def _runs(table: TokenTable, capitalised: list[bool]) -> Iterator[list[int]]:
    """Maximal runs of capitalised tokens, joined by connectors, hyphens and inner possessives."""
    texts, lowers, ent_types = table.text, table.lower, table.ent_type
    tokens, j = len(texts), 0
    # a run starts at a capitalised token outside a time, after the run before it
    starts = [i for i, capital in enumerate(capitalised) if capital and ent_types[i] not in _TIME_LABELS]
    for i in starts:
        if i < j:
            continue
        run, j = [i], i + 1
        while j < tokens and len(run) < 14 and _run_end_ok(table, j):
            if capitalised[j]:
                if table.ent_type[j] in _TIME_LABELS:
                    break  # "Meridian Health Corp on Monday": a time ends the name
                run.append(j)
                j += 1
                continue
            k = j
            while k < tokens and k - j < 2 and lowers[k] in CONNECTORS and _run_end_ok(table, k):
                k += 1
            if (
                k > j
                and k < tokens
                and capitalised[k]
                and _run_end_ok(table, k)
                and table.ent_type[k] not in _TIME_LABELS
                and (lowers[j] != "and" or _and_inside_name(table, run, k))
                and not (lowers[j] == "of" and _starts_a_person(table, k))  # "True Path Party of Tansu Ciller"
            ):
                run.extend(range(j, k + 1))
                j = k + 1
                continue
            if texts[j] == "," and _listed_inside_of_chain(table, run, j):
                run.extend((j, j + 1))  # "Department for Environment, Food and Rural Affairs"
                j += 2
                continue
            text = texts[j]
            joins_word = text in ("-", "&") and not table.whitespace[j - 1]
            possessive = text in _POSSESSIVE and table.ent_type[j - 1] not in ("GPE", "LOC", "PERSON", "NORP")
            if (joins_word or possessive) and j + 1 < tokens and capitalised[j + 1] and _run_end_ok(table, j + 1):
                run.extend((j, j + 1))
                j += 2
                continue
            break
        yield run


def _starts_a_person(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` starts a person's name the model reads (two words or more, the name not
    going on after it): "of Tansu Ciller" is whose party it is, not more of its name; "of Jesus Christ of
    Latter-day Saints" goes on."""
    if table.ent_type[i] != "PERSON" or table.ent_iob[i] != "B":
        return False
    end = i + 1
    while end < len(table) and table.ent_iob[end] == "I":
        end += 1
    return end - i >= 2 and (end == len(table) or table.lower[end] not in CONNECTORS)


def _and_inside_name(table: TokenTable, run: list[int], after: int) -> bool:
    """Whether "and" (followed by token ``after``) goes on with the name so far: inside an "of"
    chain after a head word ("Department of Health and Social Care"), or between places naming
    one body's reach ("England and Wales Cricket Board"); never twice, never before "the" or a
    new head word ("… of the US and the University of Sheffield")."""
    if after != run[-1] + 2 or any(table.lower[i] == "and" for i in run) or table.text[after] in PREFIX_HEADS:
        return False
    places = [i for i in run if table.lower[i] != "the"]
    return (
        _in_of_chain(table, run)
        or (bool(places) and all(table.ent_type[i] in ("GPE", "LOC") for i in places))
        or _one_org_entity(table, run[-1], after)  # "Competition and Markets Authority", as the model reads it
    )


def _one_org_entity(table: TokenTable, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` lie inside one of the model's ORG entities."""
    return table.ent_type[first] == "ORG" and all(
        table.ent_type[i] == "ORG" and table.ent_iob[i] == "I" for i in range(first + 1, last + 1)
    )


def _in_of_chain(table: TokenTable, run: list[int]) -> bool:
    texts, lowers = table.text, table.lower
    return any(
        texts[run[p]] in PREFIX_HEADS and lowers[run[p + 1]] in ("of", "for") for p in range(len(run) - 1)
    )


def _listed_inside_of_chain(table: TokenTable, run: list[int], comma: int) -> bool:
    """A comma in a list of an "of" chain's subjects, closed by "and" within a few words."""
    if not _in_of_chain(table, run) or comma + 1 >= len(table) or not _capitalised(table.text[comma + 1]):
        return False
    ahead = table.lower[comma + 1 : comma + 5]
    return "and" in ahead and "," not in ahead[: ahead.index("and")]


def _head_type(table: TokenTable, run: list[int], sporty: bool) -> tuple[int, str | None] | None:
    """Where an organisation name in ``run`` ends and the type its head word gives, if any."""
    texts, lowers = table.text, table.lower
    last = len(run) - 1
    for position in range(last, -1, -1):
        text = texts[run[position]]
        followed_by_connector = position < last and lowers[run[position + 1]] in ("of", "for", "on")
        if text in PREFIX_HEADS and followed_by_connector:
            return last, PREFIX_HEADS[text]
        if text in SUFFIX_HEADS or is_legal_form(text):
            kind = SUFFIX_HEADS.get(text, "company")
            return (last if followed_by_connector else position), kind
        if sporty and text in _SPORTS_SUFFIXES and position > 0:
            return position, "sports_club"
    return None


def _common_word_before_connector(table: TokenTable, tokens: list[int]) -> bool:
    """"Shares of Norvik Holdings": a sentence's first word, not a name, then "of"."""
    first = tokens[0]
    return (
        table.is_sent_start[first]
        and table.tokens[first].pos_ != "PROPN"  # rarely asked: no need for the whole column
        and table.text[first] not in PREFIX_HEADS
        and len(tokens) > 1
        and table.lower[tokens[1]] in CONNECTORS
    )


def _after_leading_person(table: TokenTable, tokens: list[int]) -> list[int]:
    """"Claudia Mo of the Civic Party" -> "Civic Party", "Detective Sergeant Kieran Walsh of Greater
    Manchester Police" -> "Greater Manchester Police", "Rathbun the Scientology …": a person (after
    their rank, words outside any entity) and "of" or "the" do not start a name."""
    ent_types, lowers = table.ent_type, table.lower
    ranks = 0
    while ranks < len(tokens) - 1 and ent_types[tokens[ranks]] == "" and lowers[tokens[ranks]] not in CONNECTORS:
        ranks += 1
    if ranks and ent_types[tokens[ranks]] != "PERSON":
        return tokens
    if not tokens or ent_types[tokens[ranks]] not in ("PERSON", "GPE", "NORP"):
        return tokens
    for position, i in enumerate(tokens[ranks:], start=ranks):
        after_person = position > 0 and ent_types[tokens[position - 1]] == "PERSON"
        if (lowers[i] in ("of", "for", "'s", "’s") or (lowers[i] == "the" and after_person)) and ent_types[i] == "":
            rest = tokens[position + 1 :]
            while rest and lowers[rest[0]] in CONNECTORS:
                rest = rest[1:]
            return rest
        if ent_types[i] not in ("PERSON", "GPE", "NORP"):
            break
    return tokens


def _after_owner(table: TokenTable, tokens: list[int]) -> list[int]:
    """"Smithsonian's National Air and Space Museum" -> "National Air and Space Museum": after a
    possessive, a name of two words or more with a head word is a body of its own where the owner is
    a body or place by the model or its head word (a shop's name such as "Sainsbury's Bank" has one
    word after it; "People's", "Women's" and a person's "St. Anselm's" belong to the name)."""
    texts = table.text
    for position, i in enumerate(tokens[:-2]):
        if texts[i] in _POSSESSIVE and position > 0 and texts[tokens[position - 1]] not in _NAME_OWNERS:
            owner, rest = tokens[:position], tokens[position + 1 :]
            named_owner = any(table.ent_type[t] in _OWNER_LABELS or texts[t] in SUFFIX_HEADS for t in owner)
            if named_owner and any(texts[t] in SUFFIX_HEADS or texts[t] in PREFIX_HEADS for t in rest):
                return rest
    return tokens


#: What the model calls an owner that is a body or place of its own ("Smithsonian's", "Columbia's").
_OWNER_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC"])


#: Plural nouns whose possessive is part of a body's name ("People's Party", "Women's College Hospital").
_NAME_OWNERS = frozenset(
    ["People", "Women", "Children", "Men", "Workers", "Veterans", "Farmers", "Teachers", "Citizens", "Nations",
     "Students", "Peoples", "Girls", "Boys", "Soldiers", "Sailors", "Employees", "Journalists", "Writers"]
)


def _not_a_start(table: TokenTable, tokens: list[int]) -> bool:
    """Whether the first of ``tokens`` cannot start a name: an article, a title, a connector, a
    sentence-initial function word or common word, a hyphen or possessive."""
    first = tokens[0]
    lowered = table.lower[first]
    return (
        lowered in ("the", "a", "an")
        or lowered in PERSON_TITLES
        or lowered in CONNECTORS
        or (table.is_sent_start[first] and table.tokens[first].pos_ in _FUNCTION_POS)
        or _common_word_before_connector(table, tokens)
        or table.text[first] in ("-", "&", "'s", "’s")
    )


def pattern_proposals(doc: Doc, text: str, sporty: bool, ents: list[NamedEntity]) -> Iterator[Proposal]:
    """Names built like organisations' names: "… Group", "… Party", "Ministry of …", "… Inc."."""
    table = token_table(doc)
    texts = table.text
    capitalised = list(map(_capitalised, texts))
    places = {(ent.start_char, ent.end_char) for ent in ents if ent.label in ("GPE", "LOC")}
    for run in _runs(table, capitalised):
        if len(run) < 2:
            continue  # one word is no organisation's name by its pattern
        found = _head_type(table, run, sporty)
        if found is None:
            continue
        end_position, kind = found
        tokens = run[: end_position + 1]
        while tokens and _not_a_start(table, tokens):
            tokens = tokens[1:]
        tokens = _after_leading_person(table, tokens)
        tokens = _after_owner(table, tokens)
        if len(tokens) < 2:
            continue
        if all(texts[t] in SUFFIX_HEADS or texts[t] in PREFIX_HEADS or not capitalised[t] for t in tokens):
            continue  # only head words: "Party Congress"
        start = table.idx[tokens[0]]
        end = table.end[tokens[-1]]
        if (start, end) in places:
            continue  # "Soviet Union" as spaCy reads it: a place
        start, end = _without_trailing_title(text, *_trim(text, start, end))
        if end > start:
            yield Proposal(start, end, "pattern", type_hint=kind)


def entity_index(doc: Doc, ents: list[NamedEntity]) -> EntityIndex:
    """For each token, the (start char, end char, label, length in tokens) of its entity (of ``ents``), or None."""
    index: EntityIndex = [None] * len(doc)
    for ent in ents:
        found = (ent.start_char, ent.end_char, ent.label, ent.end - ent.start)
        for i in range(ent.start, ent.end):
            index[i] = found
    return index


def inside_other_entity(table: TokenTable, index: EntityIndex, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies strictly inside a longer non-ORG entity ("Ford" in "Harrison Ford")."""
    tokens = table.token_span(start, end)
    if tokens is None:
        return False
    first, last = tokens
    for found in index[first:last]:
        if found is not None and found[2] in _NOT_ORG_LABELS:
            ent_start, ent_end, _, length = found
            if (ent_start < start or ent_end > end) and length > last - first:
                return True
    return False


def _at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern`` matched at each line's start only: for a pattern that starts a line and stays in
    it, what ``finditer`` with ``^`` finds, without trying every character of the text."""
    start = 0
    while start <= len(text):
        match = pattern.match(text, start)
        if match is not None:
            yield match
        newline = text.find("\n", start)
        if newline < 0:
            return
        start = newline + 1


def source_lines(text: str, source: str | None) -> Iterator[tuple[int, int]]:
    """Spans naming the article's source: a press-release wire in a dateline ("/PRNewswire/ --"), a
    "Source: X" line, or ``source`` written in the text."""
    seen: set[tuple[int, int]] = set()
    wires = [*(_SLASHED_WIRE.finditer(text) if "/" in text else ()), *_at_line_starts(_BRACKETED_WIRE, text)]
    for match in wires:
        seen.add(match.span("name"))
        yield match.span("name")
    for match in _at_line_starts(_SOURCE_LINE, text):
        start, end = _trim(text, match.start("name"), match.end("name"))
        if end > start and text[start].isupper() and len(text[start:end].split()) <= 6:
            seen.add((start, end))
            yield start, end
    if source and source.strip():
        name = source.strip()
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if (match.start(), match.end()) not in seen:
                yield match.start(), match.end()


#: Role nouns written before a body's name ("the regulator Ofwat", "rival HSBC"), with the type they give.
ROLE_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(["regulator", "watchdog", "agency", "ministry", "department"], "government"),
    **dict.fromkeys(
        ["company", "firm", "carmaker", "automaker", "lender", "bank", "insurer", "retailer", "supermarket", "airline",
         "carrier", "miner", "chipmaker", "operator", "manufacturer", "supplier", "developer", "rival", "conglomerate",
         "startup", "start-up", "brewer", "utility"],
        "company",
    ),
    **dict.fromkeys(["broadcaster", "newspaper", "publisher", "network"], "media"),
    **dict.fromkeys(["charity", "union", "campaign", "group"], "ngo"),
    **dict.fromkeys(["club", "side"], "sports_club"),
}
_NAME_WORD = re.compile(r"[A-Z][\w&'’.-]*")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Market people whose firm follows "at" or "with" ("an analyst at Schroder Wertheim", "dealers at
#: State Bank of India", "an economist with Nomura"): the firm is a company whatever the model calls it.
_WORKERS = frozenset(
    ["analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "dealer",
     "dealers", "broker", "brokers", "banker", "bankers", "fund-manager", "portfolio"]
)
_PLACE_OR_TIME = frozenset({"NORP", "DATE", "TIME", "GPE", "LOC"})
#: Media nouns written after a title's name ("the Nikkei business daily", "the Asahi newspaper", "the
#: PAP news agency"), and the words that may stand between ("business daily").
_MEDIA_AFTER = frozenset(["newspaper", "daily", "weekly", "magazine", "agency", "broadcaster", "tabloid"])
_MEDIA_QUALIFIERS = frozenset(["business", "financial", "economic", "evening", "morning", "news", "official", "news-"])


def context_proposals(doc: Doc, text: str) -> Iterator[Proposal]:
    """Bodies the words around a name point to: a role noun before it ("the regulator Ofwat",
    "residents' group Save Leeds Green Belt") and an unknown acronym acting as a subject ("SNCF
    cancelled trains"). Clubs in sports reports are ``teams``' to find."""
    table = token_table(doc)
    texts, lowers, ent_types = table.text, table.lower, table.ent_type
    n = len(table)
    for i in [i for i, lowered in enumerate(lowers) if lowered in ROLE_NOUNS]:
        if i == n - 1 or not texts[i].islower():
            continue
        kind = ROLE_NOUNS[lowers[i]]
        last = i
        while last + 1 < n and last - i < 4 and _NAME_WORD.fullmatch(texts[last + 1]) and _run_end_ok(table, last + 1):
            last += 1
        # a national side is its country ("side Germany"); elsewhere a role noun outweighs a place label
        refused = ("NORP", "DATE", "TIME", "GPE") if kind == "sports_club" else ("NORP", "DATE", "TIME")
        # the model's PERSON gives way to a role noun unless a given name starts the name ("the firm's Ana Silva")
        person = ent_types[i + 1] == "PERSON" and is_given_name(texts[i + 1])
        if last > i and ent_types[i + 1] not in refused and not person and not texts[i + 1].endswith(("'s", "’s")):
            start, end = _trim(text, table.idx[i + 1], table.end[last])
            if end > start:
                yield Proposal(start, end, "pattern", type_hint=kind)
    yield from _workplaces(table, text)
    yield from _titles_before_media_nouns(table, text)
    for i in [i for i, dep in enumerate(table.dep) if dep in _SUBJECTS]:
        word = texts[i]
        if (
            2 <= len(word) <= 6
            and word.isupper()
            and word.isalpha()
            and word not in NOT_ACRONYMS
            and ent_types[i] in ("", "ORG")
            and not _in_capitals(texts, i)
        ):
            yield Proposal(table.idx[i], table.end[i], "pattern", form="acronym")


def _workplaces(table: TokenTable, text: str) -> Iterator[Proposal]:
    """The firm after a market worker and "at" or "with": "an analyst at Schroder Wertheim"; not a
    place, a time or a person with a given name ("traders at Frankfurt", "dealers with John Smith")."""
    texts, lowers, ent_types = table.text, table.lower, table.ent_type
    n = len(table)
    for i in [i for i, lowered in enumerate(lowers) if lowered in _WORKERS]:
        first = i + 2
        if first >= n or lowers[i + 1] not in ("at", "with") or not texts[i].islower():
            continue
        if lowers[first] == "the" and first + 1 < n:
            first += 1
        last = first - 1
        while last + 1 < n and last + 1 - first < 4 and _NAME_WORD.fullmatch(texts[last + 1]) and _run_end_ok(table, last + 1):
            last += 1
        if last < first or ent_types[first] in _PLACE_OR_TIME:
            continue
        if ent_types[first] == "PERSON" and is_given_name(texts[first]):
            continue
        start, end = _trim(text, table.idx[first], table.end[last])
        if end > start:
            yield Proposal(start, end, "pattern", type_hint="company")


def _titles_before_media_nouns(table: TokenTable, text: str) -> Iterator[Proposal]:
    """A title named before a media noun: "the Nikkei business daily", "the Asahi newspaper", "the
    PAP news agency" (not a place's or a people's name: "the Tokyo newspaper", "a Polish weekly")."""
    texts, lowers, ent_types, pos = table.text, table.lower, table.ent_type, table.pos
    for i in [i for i, lowered in enumerate(lowers) if lowered in _MEDIA_AFTER]:
        if not texts[i].islower():
            continue
        last = i - 1
        while last >= 0 and lowers[last] in _MEDIA_QUALIFIERS and texts[last].islower():
            last -= 1
        first = last + 1
        while first - 1 >= 0 and last - first < 2 and pos[first - 1] == "PROPN" and _NAME_WORD.fullmatch(texts[first - 1]):
            first -= 1
        if first > last or ent_types[first] in _PLACE_OR_TIME or table.dep[last] != "compound":
            continue
        start, end = _trim(text, table.idx[first], table.end[last])
        if end > start:
            yield Proposal(start, end, "pattern", type_hint="media")


def _in_capitals(texts: list[str], i: int) -> bool:
    """Whether a word in capitals stands beside another (a headline written in capitals)."""
    return any(0 <= j < len(texts) and texts[j].isupper() and texts[j].isalpha() for j in (i - 1, i + 1))
