"""People that results and scorecards name in their own shorthand, which the model misses.

Match reports list scorers by the minute of each goal ("Manchester United 2 (Cantona 23, Giggs 67)").
Wire sports pages write players by initials and surname ("G. Thorpe", "K.C. Maurer") and
cricket scorecards write each dismissal as "batsman c fielder b bowler runs" ("M. Atherton c
Healy b McGrath 12"): the model tags few of these names, or tags them as places. The words
around them say they are people: initials before a capitalised word, or the scorecard's
"c", "b", "st", "lbw", "run out" and "not out" between a name and a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from newscore.extractors.person_names import NOT_SURNAMES, name_cased
from newscore.extractors.scan import positions
from newscore.model import Mention
from newscore.text.spans import SpanIndex
from newscore.text.tokens import TokenTable

__all__ = ["listed_names", "scorers"]

#: One or more initials written with full stops ("G.", "K.C.").
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: Places written as initials ("Lodi, N.J."): postal abbreviations with full stops, and countries and unions.
_PLACE_INITIALS = frozenset(
    ["U.S.", "U.K.", "U.N.", "E.U.", "L.A.", "D.C.", "N.J.", "N.Y.", "N.H.", "N.M.", "N.C.", "N.D.", "S.C.", "S.D.", "R.I.", "P.R."]
)
#: Labels under which the model hides a listed player ("Healy" and "Gillespie" as GPE).
_PLAYER_LABELS = frozenset({"", "PERSON", "GPE", "NORP", "PRODUCT"})
#: The scorecard's words before a fielder's or a bowler's name: caught, stumped, bowled.
_DISMISSAL_WORDS = frozenset({"c", "st", "b"})
#: Words that may open a scorecard entry before the batsman's name.
_ENTRY_OPENERS = frozenset({",", ";", ":", "(", ")"})


def listed_names(
    table: TokenTable, text: str, found: list[Mention], lowered: frozenset[str]
) -> tuple[list[Mention], frozenset[tuple[int, int]]]:
    """Names written by initials and the players of cricket scorecards that no mention in ``found``
    overlaps, and the character spans of every name a scorecard's dismissal shows to be a player's
    (found here or before): the scorecard's words say so, whatever the name could also be ("Gillespie")."""
    taken = SpanIndex((m.start, m.end, None) for m in found)
    names: list[Mention] = []
    players = [(table.idx[first], table.end[stop - 1]) for first, stop in _scorecard_names(table)]
    initialled = [(table.idx[first], table.end[stop - 1]) for first, stop in _initialled_names(table, lowered)]
    for start, end in dict.fromkeys((*players, *initialled)):
        if not taken.overlaps(start, end) and not any(m.start < end and start < m.end for m in names):
            names.append(Mention.from_text(text, start, end, form="name"))
    return names, frozenset(players)


def _surname(table: TokenTable, k: int) -> bool:
    """A capitalised word that can end a person's name ("McGrath", not "UNITED" nor "Street")."""
    word = table.text[k]
    return name_cased(word) and word.casefold() not in NOT_SURNAMES


def _name_at(table: TokenTable, k: int, labels: frozenset[str] = _PLAYER_LABELS) -> int | None:
    """The end (exclusive) of a name starting at token ``k``: initials or not, then one surname."""
    n = len(table)
    while k < n and _INITIALS.fullmatch(table.text[k]) and table.ent_type[k] in labels:
        k += 1
    if k < n and _surname(table, k) and table.ent_type[k] in labels:
        return k + 1
    return None


def _scorecard_names(table: TokenTable) -> Iterator[tuple[int, int]]:
    """The fielders, bowlers and batsmen of cricket dismissals: a name after "c" or "st" that "b"
    follows, a name after "b" that the runs follow, and the batsman before a dismissal so made
    (or "lbw b …", "run out", "not out"), where a comma, a colon or the line opens the entry."""
    words, n = table.text, len(table)
    if not _DISMISSAL_WORDS.intersection(words):
        return  # no scorecard: the common case, settled by one C-level set operation
    dismissals: list[int] = []  # where each confirmed dismissal starts
    for k, word in enumerate(words):
        if word not in _DISMISSAL_WORDS or k + 1 >= n:
            continue
        stop = _name_at(table, k + 1)
        if stop is None or stop >= n:
            continue
        if (word == "b" and words[stop].isdigit()) or (word != "b" and words[stop] == "b"):
            yield k + 1, stop
            if word != "b":
                dismissals.append(k)  # caught or stumped: "c Healy b McGrath"
            elif k > 0 and words[k - 1] == "lbw":
                dismissals.append(k - 1)
            elif not (k > 0 and words[k - 1] == "&") and not _after_a_fielder(table, k):
                dismissals.append(k)  # bowled: "b Gillespie 31"
    for k in range(n - 1):
        if (words[k], words[k + 1]) in (("not", "out"), ("run", "out")):
            dismissals.append(k)
    for k in dismissals:
        first = k
        while first > 0 and k - first < 3 and (_surname(table, first - 1) or _INITIALS.fullmatch(words[first - 1])):
            first -= 1
        if first == k or not _surname(table, k - 1):
            continue
        opened = first == 0 or words[first - 1] in _ENTRY_OPENERS or "\n" in table.whitespace[first - 1]
        if opened and all(table.ent_type[j] in _PLAYER_LABELS for j in range(first, k)):
            yield first, k


def _after_a_fielder(table: TokenTable, k: int) -> bool:
    """Whether the "b" at ``k`` ends a "c fielder b" or "st keeper b" dismissal."""
    j = k - 1
    while j > 0 and (_surname(table, j) or _INITIALS.fullmatch(table.text[j])):
        j -= 1
    return j < k - 1 and table.text[j] in ("c", "st")


def _initialled_names(table: TokenTable, lowered: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Initials, then one or two capitalised words the article never writes in lower case
    ("G. Thorpe", "K.C. Maurer"), in one sentence, the model seeing no organisation or place in
    them, no place's initials ("N.J.") and no capitalised word before them ("Michael J. Fox" is
    the model's to find)."""
    words, n = table.text, len(table)
    initials = {word for word in set(words) if word.endswith(".") and _INITIALS.fullmatch(word)}
    if not initials:
        return
    for k in range(n - 1):
        if words[k] not in initials or words[k] in _PLACE_INITIALS or (k > 0 and _INITIALS.fullmatch(words[k - 1])):
            continue
        if k > 0 and words[k - 1][:1].isupper() and "\n" not in table.whitespace[k - 1]:
            continue
        stop = _name_at(table, k, frozenset({"", "PERSON"}))
        if (
            stop is None
            or words[stop - 1].lower() in lowered
            or words[stop - 1].lower() in STOP_WORDS
            or any(table.is_sent_start[j] for j in range(k + 1, stop))
        ):
            continue  # a common word, or a new sentence after a letter ("influenza type A. So far")
        if stop < n and _surname(table, stop) and table.ent_type[stop] in ("", "PERSON") and "\n" not in table.whitespace[stop - 1]:
            stop += 1
        yield k, stop


#: Words after a goal's minute in a scorers list ("Kane 23 pen").
_GOAL_NOTES = frozenset(["pen", "penalty", "og", "o.g."])


def scorers(table: TokenTable, text: str, found: list[Mention]) -> list[Mention]:
    """The names of a match report's scorers list, each followed by the minute (or minutes: "Nilis
    12, 55"): in brackets after a team's score ("Manchester United 2 (Cantona 23, Giggs 67)") or after "Scorers:"."""
    words = table.text
    names: list[Mention] = []
    labels = {"Scorers", "scorers", "Goalscorers"}.intersection(words)  # seldom there: no scan for them
    for opener in positions(words, {"(", *labels}):
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
