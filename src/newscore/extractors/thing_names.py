"""Names the words in and beside them show to be a thing's, though the model read a person.

CoNLL-style news gold marks no person inside a thing's name and no thing as a person: a place,
a body or a prize named after someone ("Steven F. Udvar-Hazy Center", "Nobel Prize"), a craft or
a storm after its class word ("Space Shuttle Columbia", "Hurricane Katrina"), a place a lower-case
noun names after "the" ("the Erez crossing"), a capitalised common noun opening a sentence
("Volunteer organization …") and a team the text calls one ("his Williams team mate").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscore.model import Mention
from newscore.text.names import is_given_name
from newscore.text.tokens import TokenTable

__all__ = ["class_named", "names_a_team", "names_a_thing_after_the", "one_token", "thing_mention"]

#: Head nouns of a place, a body or a prize named after a person ("Udvar-Hazy Center", "Nobel Prize").
_NAMED_AFTER_HEADS = frozenset(
    ["center", "centre", "museum", "foundation", "institute", "institution", "airport", "stadium", "arena", "hospital",
     "clinic", "university", "college", "school", "academy", "prize", "prizes", "award", "awards", "trophy", "cup",
     "medal", "memorial", "library", "hall", "bridge", "tunnel", "building", "tower", "theatre", "theater", "gallery",
     "park", "square", "street", "road", "avenue", "boulevard", "highway", "station", "observatory", "laboratory", "fund",
     "fellowship", "scholarship", "lecture", "chair", "auditorium", "pavilion", "plaza", "dam", "field", "gardens"]
)
#: Class words written before a craft's, a storm's or an operation's own name ("Space Shuttle Columbia").
_CLASS_WORDS = frozenset(
    ["shuttle", "orbiter", "spacecraft", "rover", "probe", "satellite", "hurricane", "typhoon", "cyclone", "storm",
     "operation", "uss", "hms"]
)
#: Lower-case nouns of a place that "the" and a name come before ("the Erez crossing", "the Hoover dam").
_PLACE_NOUNS = frozenset(
    ["crossing", "border", "checkpoint", "dam", "pass", "strait", "canal", "valley", "basin", "plateau", "enclave",
     "corridor", "tunnel", "bridge", "highway", "airport", "airbase", "crater", "glacier", "delta", "gorge",
     "reservoir", "oilfield", "gasfield", "mine", "refinery", "peninsula", "frontier"]
)
#: Lower-case nouns of an agreement named after the place it was signed in ("the Maastricht treaty").
_AGREEMENT_NOUNS = frozenset(["treaty", "treaties", "criteria", "protocol", "accord", "accords", "convention", "declaration"])
#: First words of a place's or a body's name ("Instituto Gonzaga", "Camp David", "Mount Kenya").
_NAME_OPENERS = frozenset(
    ["instituto", "institut", "universidad", "universidade", "università", "université", "museo", "musée", "colegio",
     "escuela", "fundación", "fondation", "banco", "banca", "estadio", "stadio", "teatro", "hospital", "fort", "mount",
     "lake", "cape", "port", "camp"]
)
#: A code of capitals and digits ("STS-1", "H5N1", "K-1"), which no name is.
_CODE = re.compile(r"[A-Z]+-?\d")
#: Tokens after "the" and a one-word name that show the name heads its phrase ("the Hajj,", "the Kremlin said").
_PHRASE_ENDS = frozenset([",", ".", ";", ":", "!", "?"])
#: Words after a one-word name that make it a team's ("his Williams team mate").
_TEAM_WORDS = frozenset(["team", "teams", "teammate", "teammates", "team-mate", "team-mates", "squad", "outfit"])


def thing_mention(table: TokenTable, first: int, stop: int, *, word_of_a_name: bool = False) -> bool:
    """Whether the tokens ``[first, stop)`` of a mention name a thing: a place, a body or a prize
    named after a person, one a place's or a body's word opens, a craft or a storm, a place "the"
    and a place noun frame, a
    capitalised common noun opening a sentence (not ``word_of_a_name``: a word of a full name found
    here, which the tagger may misread: "Trump supporters"), or a code with digits."""
    return (
        _named_after_a_person(table, first, stop)
        or (stop - first > 1 and table.text[first].casefold() in _NAME_OPENERS)  # "Instituto Gonzaga", "Camp David"
        or class_named(table, first, stop)
        or _place_after_the(table, first, stop)
        or (not word_of_a_name and _common_noun_opening(table, first, stop))
        or any(_CODE.match(table.text[k]) for k in range(first, stop))
    )


def _named_after_a_person(table: TokenTable, first: int, stop: int) -> bool:
    """A name with a head noun after it on its line ("Steven F. Udvar-Hazy" + "Center"), or one
    ending in it after two words at least (a full name and the head: not "Stuart Hall")."""
    text = table.text
    words = [text[k] for k in range(first, stop) if text[k][:1].isalpha()]
    if len(words) >= 3 and words[-1].casefold() in _NAMED_AFTER_HEADS:
        return True
    return (
        stop < len(table)
        and table.whitespace[stop - 1] == " "
        and text[stop][:1].isupper()
        and text[stop].casefold() in _NAMED_AFTER_HEADS
    )


def class_named(table: TokenTable, first: int, stop: int) -> bool:
    """A name a craft's or a storm's class word opens or comes before, in capitals ("Space Shuttle
    Columbia", "Hurricane" + "Katrina")."""
    text = table.text
    if any(text[k][:1].isupper() and text[k].casefold() in _CLASS_WORDS for k in range(first, stop - 1)):
        return True
    before = first - 1
    return (
        before >= 0
        and text[before][:1].isupper()
        and text[before].casefold() in _CLASS_WORDS
        and "\n" not in table.whitespace[before]
    )


def _place_after_the(table: TokenTable, first: int, stop: int) -> bool:
    """A name between "the" and a lower-case place or agreement noun ("the Erez crossing", "the
    Maastricht criteria"), even a given name ("Erez" is one); "the Obama administration" stays a
    person's (CoNLL marks it so)."""
    return (
        first > 0
        and stop < len(table)
        and table.lower[first - 1] == "the"
        and (table.text[stop] in _PLACE_NOUNS or table.text[stop] in _AGREEMENT_NOUNS)
    )


def _common_noun_opening(table: TokenTable, first: int, stop: int) -> bool:
    """One word opening a sentence that the tagger reads as a common noun modifying a lower-case
    noun after it ("Volunteer organization Comic Corps …"), and no given name."""
    if stop - first != 1 or not (table.is_sent_start[first] or (first > 0 and "\n" in table.whitespace[first - 1])):
        return False
    head = table.head[first]
    return (
        table.pos[first] == "NOUN"
        and head > first
        and table.text[head].islower()
        and table.pos[head] == "NOUN"
        and not is_given_name(table.text[first])
    )


def one_token(table: TokenTable, mention: Mention) -> int | None:
    """The token a mention is, where it is exactly one token, else None."""
    span = table.token_span(mention.start, mention.end)
    return span[0] if span is not None and span[1] - span[0] == 1 else None


def names_a_team(table: TokenTable, mentions: Iterable[Mention]) -> bool:
    """Whether one mention of a one-word name is followed by a team word ("his Williams team mate"):
    the team's name, not a person's, so every mention of it goes."""
    for mention in mentions:
        k = one_token(table, mention)
        if k is None:
            return False
        after = k + 1
        if after < len(table) and table.lower[after] in _TEAM_WORDS:
            return True
    return False


def names_a_thing_after_the(table: TokenTable, mentions: Iterable[Mention]) -> bool:
    """Whether one mention of a one-word name heads its own phrase after "the": a verb or the end
    of a clause follows it ("the Hajj,", "the Kremlin said"). A person's name never stands so,
    though it may modify a noun there ("the Obama administration", "the Obama presidential
    library", "the Clinton-Trump race"); a family stays a person ("the Clintons")."""
    n = len(table)
    for mention in mentions:
        first = one_token(table, mention)
        if first is None:
            return False
        after = first + 1
        if first == 0 or table.lower[first - 1] != "the" or table.text[first].endswith("s"):
            continue
        if (
            after >= n
            or table.text[after] in _PHRASE_ENDS
            or table.pos[after] in ("VERB", "AUX")
        ):
            return True
    return False
