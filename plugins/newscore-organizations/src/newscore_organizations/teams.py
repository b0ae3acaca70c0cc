"""Clubs a sports report names by a place or a short name ("Collingwood beat Brisbane",
"Arsenal 2 Chelsea 1", "Leeds 4 3 1 0 9 2 10"): found by what the words around them do,
never where a country is named (a national team is its country, a place in NER style)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib.resources import files

from newscore.text import TokenTable, is_given_name
from newscore_organizations.detection import EntityIndex, inside_other_entity
from newscore_organizations.proposals import Proposal
from newscore_organizations.vocabulary import PERSON_TITLES

#: Verbs (as written) whose subject (and, for the first group, object) is a side in a sports result.
_BEATING = frozenset(
    ["beat", "beats", "beaten", "defeat", "defeats", "defeated", "thrashed", "thrash", "edged", "edge", "hammered", "routed",
     "stunned", "upset", "crushed", "downed", "overcame", "outplayed", "eliminated", "knocked"]
)
_RESULT = _BEATING | frozenset(["drew", "draw", "draws", "lost", "lose", "loses", "won", "win", "wins", "tied"])
#: Words of a result whose object, after one of ``_AGAINST``, is the other side ("a 3-0 win over Celta
#: Vigo", "a draw with Middlesbrough", "lost 2-1 away to Real Betis", "beaten by Leeds").
_RESULT_NOUNS = _RESULT | frozenset(
    ["victory", "victories", "wins", "defeat", "defeats", "loss", "losses", "tie", "beaten", "held"]
)
_AGAINST = frozenset(["over", "to", "against", "with", "by"])
#: Words between a result and its preposition that the parse makes the preposition's head ("lost away to").
_VENUE_SIDE = frozenset(["away", "home"])
#: Roles written right after a club's name ("Collingwood coach Craig McRae").
_CLUB_ROLES = frozenset(
    ["coach", "manager", "boss", "captain", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
     "fans", "supporters", "chairman", "skipper", "quarterback", "pitcher", "batsman", "bowler", "team"]
)
_NAME = r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|de|del|la))*"
#: A line with a digit in it (rows of results and tables are among them).
_DIGIT_LINE = re.compile(r"^[^\n\d]*\d[^\n]*$", re.MULTILINE)
#: A club's name after the letters or word clubs put first ("VfL Bochum", "SC Freiburg", "Real Betis",
#: "Dynamo Dresden"); not "US", which starts too many other names ("US Open").
_CLUB_PREFIX = re.compile(
    r"(?<![\w-])(?:FC|AFC|AC|AS|SC|SV|VfB|VfL|TSV|TSG|FSV|FK|NK|SK|KV|KRC|RC|RCD|CD|UD|SD|CF|SS|SSC|OGC|AJ|BK|IFK"
    r"|Real|Sporting|Dynamo|Dinamo|Spartak|Lokomotiv|CSKA|Olympique|Borussia|Eintracht|Fortuna)"
    r" [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?![\w-])"
)
#: "Brentford 3-0".
_BEFORE_SCORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) (?:\d{1,2}[-–]\d{1,2})\b")
#: "Arsenal 2 Sheffield Wednesday 1", "Feyenoord 2 (Larsson 34) Ajax 1" (results lists).
_RESULT_LINE = re.compile(
    rf"(?<![\w-])(?P<home>{_NAME}) \d{{1,3}}(?: \([^()\n]*\))?,? (?P<away>{_NAME}) \d{{1,3}}\b(?: \([^()\n]*\))?"
)
#: A side's goals and their scorers: "2 (Cantona 23, Giggs 67)".
_SCORERS = re.compile(r"\d \([A-Z][\w'’. -]* \d{1,3}\b")
#: "Leicestershire 343 and 120-3 v Somerset 296" (a scoreboard).
_SCOREBOARD = re.compile(
    rf"(?<![\w-])(?P<home>{_NAME}) \d{{1,3}}(?:-\d{{1,2}})?(?: and \d{{1,3}}(?:-\d{{1,2}})?)? v (?P<away>{_NAME}) \d{{1,3}}\b"
)
#: "Leeds 4 3 1 0 9 2 10", "BOSTON 66 67 .496 9" (a standings row: a name, then three figures or
#: more to the line's end).
_FIGURE = r"(?:\d{1,3}(?:\.\d+)?|\.\d+|-|\d+/\d+)"
_STANDINGS_ROW = re.compile(rf"^[ \t]*(?P<name>{_NAME})(?:[ \t]+{_FIGURE}){{3,}}[ \t]*$", re.MULTILINE)


#: A scoreboard line that starts at its ground: "At Chester-le-Street: Durham 326 (J. Morris 89);
#: Leicestershire 120-3." (the sides are the names before a score or after "v").
_AT_GROUND_LINE = re.compile(r"^At [^:\n]{2,40}:[ \t](?P<rest>[^\n]+)$", re.MULTILINE)
_INNINGS = re.compile(rf"(?:(?<=^)|(?<=; )|(?<= v ))(?P<name>{_NAME})(?= \d{{1,3}}(?:-\d{{1,2}})?\b|[.;]?$)")


#: Words of a league's table, which national sides are never in ("three points clear of Monaco").
_LEAGUE_WORDS = frozenset(["league", "points", "division", "standings", "relegation", "promotion"])


def speaks_of_a_league(lowercase: frozenset[str]) -> bool:
    """Whether an article's lower-case words (``lowercase``) speak of a league or its table."""
    return not _LEAGUE_WORDS.isdisjoint(lowercase)


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Names of countries and home nations (``data/countries.txt``)."""
    lines = files("newscore_organizations").joinpath("data/countries.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


#: A result told in a sentence: a side beaten or drawn with, then the score ("Guingamp beat Cannes
#: 1-0", "were held 1-1 at home by Rennes"); a court's "5-4 ruling" beats no one.
_RESULT_SENTENCE = re.compile(
    r"\b(?:beat|beats|defeated|thrashed|edged|crushed|routed|drew with|lost to|were held|was held)"
    r"(?: [A-Z][\w'’.-]*){1,3},? \d{1,2}[-–]\d{1,2}\b"
    r"|\b(?:drew|lost|won|were held|was held) \d{1,2}[-–]\d{1,2} (?:at home |away )?(?:to|with|against|at|by) [A-Z]"
)


def tells_a_result(text: str) -> bool:
    """Whether a sentence of ``text`` tells a match's result: a sports report however short."""
    return _RESULT_SENTENCE.search(text) is not None


def has_results_layout(text: str) -> bool:
    """Whether ``text`` holds two lines or more that are each a result, a scoreboard's line or a
    standings row, or one result with its scorers in brackets (a sports report even with few sports
    words)."""
    rows = 0
    for line in _DIGIT_LINE.findall(text):
        result = _RESULT_LINE.fullmatch(line.strip(" \t."))
        if result is not None and _SCORERS.search(line):
            return True
        if (
            result is not None
            or _STANDINGS_ROW.fullmatch(line)
            or _SCOREBOARD.fullmatch(line.strip(" \t."))
            or _AT_GROUND_LINE.fullmatch(line) is not None
        ):
            rows += 1
            if rows == 2:
                return True
    return False


def team_proposals(
    table: TokenTable,
    text: str,
    index: EntityIndex,
    person_words: frozenset[str],
    lowercase: frozenset[str],
    listed_clubs: frozenset[str] = frozenset(),
) -> Iterator[Proposal]:
    """Clubs in a sports report (``text``, read as ``table``, whose entities are ``index``);
    ``person_words`` are words of the article's people's names ("Haaland beat the keeper" is no club),
    ``lowercase`` the words it writes in lower case ("States won…" is no club). A name the model reads
    inside a longer entity of another kind is no club by syntax or score; the layout of a results
    list or table outweighs it ("Heerenveen 2" read as a law), unless the model reads a person there.
    A country's name the list also gives a club (``listed_clubs``: "Monaco") is the club in a report
    that speaks of a league or its table (national sides play in none)."""
    nations = countries() - listed_clubs if speaks_of_a_league(lowercase) else countries()
    by_context = []
    read_as_people = []
    for start, end in (*_by_syntax(table), *_before_a_score(table, text, people=True)):
        if not inside_other_entity(table, index, start, end) and not _a_player(
            text[start:end].split(), person_words, _a_place_by_the_model(table, start)
        ):
            by_context.append((start, end))
        elif _a_side_read_as_a_person(table, index, start, end):
            read_as_people.append((start, end))
    by_context.extend(_facing_a_side(table, read_as_people, by_context))
    by_layout = [
        (start, end) for start, end in (*_by_layout(text), *_by_prefix(text), *fixture_sides(text))
        if not _a_person_by_the_model(table, index, start, end)
    ]
    for start, end in (*by_context, *by_layout):
        surface = text[start:end]
        if surface in nations or surface.rstrip(".") in nations or surface.lower() in lowercase:
            continue
        yield Proposal(start, end, "side", type_hint="sports_club")


def _a_side_read_as_a_person(table: TokenTable, index: EntityIndex, start: int, end: int) -> bool:
    """Whether the model reads a side of a result as a person without a given name or title
    ("Feyenoord beat Twente Enschede 4-1", "Hansa Rostock drew 1-1 with Bochum")."""
    tokens = table.token_span(start, end)
    if tokens is None:
        return False
    found = index[tokens[0]]
    if found is None or found[2] != "PERSON" or found[0] != start:
        return False
    first = table.text[tokens[0]]
    return not is_given_name(first) and first.lower() not in PERSON_TITLES


def _facing_a_side(
    table: TokenTable, read_as_people: list[tuple[int, int]], sides: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The names of ``read_as_people`` whose sentence names a side that is no person: a person's
    name beats or draws with a person ("Aryna Sabalenka beat Coco Gauff 6-4"); one who faces a club
    is a club ("Feyenoord beat Twente Enschede")."""
    if not read_as_people or not sides:
        return
    sentences = _sentence_numbers(table)
    facing = {sentences[table.token_at(start)] for start, _ in sides}
    for start, end in read_as_people:
        if sentences[table.token_at(start)] in facing:
            yield start, end


def _sentence_numbers(table: TokenTable) -> list[int]:
    numbers, current = [], -1
    for starts in table.is_sent_start:
        current += 1 if starts else 0
        numbers.append(max(current, 0))
    return numbers


def _a_player(words: list[str], person_words: frozenset[str], place: bool) -> bool:
    """Whether a name that wins or scores is a person's: "Haaland beat the keeper", "Phil Foden beat two
    defenders", "Hillary wins", "beaten President Obama" (a results list's "Willem II" is a club,
    whatever its first word). A single word the model reads as a place or a body is not a person's,
    whatever given name it also is ("signed from Torino", "lost at home to Lyon")."""
    return (
        words[-1] in person_words
        or (is_given_name(words[0]) and not (place and len(words) == 1))
        or words[0].lower() in PERSON_TITLES
    )


def _a_place_by_the_model(table: TokenTable, start: int) -> bool:
    token = table.token_at(start)
    return token >= 0 and table.ent_type[token] in ("GPE", "LOC", "ORG", "FAC")


def _a_person_by_the_model(table: TokenTable, index: EntityIndex, start: int, end: int) -> bool:
    """Whether the model reads ``[start, end)`` as a person with a given name ("Donald Trump 384, Sen.
    Ted Cruz 300" is a delegate count, not a results list)."""
    tokens = table.token_span(start, end)
    if tokens is None:
        return False
    found = index[tokens[0]]
    return found is not None and found[2] == "PERSON" and is_given_name(table.text[tokens[0]])


def _by_syntax(table: TokenTable) -> Iterator[tuple[int, int]]:
    """A proper noun that wins or loses ("Collingwood beat Brisbane") or has a club's role after it."""
    texts, lowers, pos, dep, heads, ent_types = table.text, table.lower, table.pos, table.dep, table.head, table.ent_type
    # "Nantes, who lost at home to Lyon": the name a result's relative clause hangs on
    told_of = {heads[j] for j, label in enumerate(dep) if label == "relcl" and lowers[j] in _RESULT}
    # a capitalised adjective too: the model reads an unfamiliar town that way ("Guingamp beat Cannes")
    for i in [i for i, tag in enumerate(pos) if tag == "PROPN" or tag == "ADJ"]:
        if not texts[i][:1].isupper() or ent_types[i] in ("DATE", "TIME", "NORP"):
            continue
        head = heads[i]
        verb = lowers[head] if pos[head] in ("VERB", "AUX") else ""
        side = (
            (dep[i] == "nsubj" and verb in _RESULT)
            or (dep[i] == "dobj" and verb in _BEATING)
            or (dep[i] == "pobj" and _against_a_side(table, head))
            or i in told_of
        )
        role = i + 1 < len(texts) and lowers[i + 1] in _CLUB_ROLES and texts[i + 1].islower()
        if side or role or _before_a_player(table, i):
            first = i
            while first > 0 and heads[first - 1] == i and _name_word_before(table, first - 1):
                first -= 1
            yield table.idx[first], table.end[i]


def _before_a_player(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` owns a player named in full after it: "Sampdoria's Juergen Klinsmann",
    "Benetton's Jean Alesi" (a country's, "Brazil's Ronaldo", is dropped with the other nations)."""
    player = i + 2
    if player + 1 >= len(table) or table.text[i + 1] not in ("'s", "’s"):
        return False
    iob, types = table.ent_iob, table.ent_type
    return (
        iob[player] == "B" and types[player] == "PERSON" and iob[player + 1] == "I"
        and is_given_name(table.text[player])
    )


def _name_word_before(table: TokenTable, i: int) -> bool:
    """Whether token ``i``, before a club's last word, is a word of its name: a proper noun, or a
    capitalised adjective the parse gives it ("Real" in "Real Betis"), not a nationality ("Spanish")."""
    if table.dep[i] == "compound":
        return table.pos[i] == "PROPN"
    return (
        table.dep[i] == "amod" and table.pos[i] in ("PROPN", "ADJ") and table.text[i][:1].isupper()
        and table.ent_type[i] != "NORP" and not table.is_sent_start[i]
    )


#: Verbs of a player's career whose object after "for" is a club ("scored twice for Barcelona",
#: "riding for Mapei", "signed for Leeds"); "from" after a move ("signed from Ajax").
_PLAYING_FOR = frozenset(
    ["play", "plays", "played", "playing", "ride", "rides", "rode", "riding", "drive", "drives", "drove", "driving",
     "score", "scores", "scored", "scoring", "sign", "signs", "signed", "signing", "race", "races", "raced", "racing"]
)
_MOVING_FROM = frozenset(["signed", "signing", "joined", "joins", "moved", "moves", "transfer", "bought", "loan"])


def _against_a_side(table: TokenTable, preposition: int) -> bool:
    """Whether ``preposition`` ties a name to a result or a player's career, so that the name is a
    club: "win over", "draw with", "lost away to"; "scored twice for", "signed from"."""
    word = table.lower[preposition]
    head = table.head[preposition]
    if word == "for":
        return table.lower[head] in _PLAYING_FOR
    if word == "from":
        return table.lower[head] in _MOVING_FROM
    if word not in _AGAINST:
        return False
    if table.lower[head] in _VENUE_SIDE:
        head = table.head[head]
    return table.lower[head] in _RESULT_NOUNS


def _before_a_score(table: TokenTable, text: str, *, people: bool = False) -> Iterator[tuple[int, int]]:
    """A proper noun before a score ("Brentford 3-0"), not a date's, nor a person's unless ``people``."""
    excluded = ("DATE", "TIME") if people else ("PERSON", "DATE", "TIME")
    for match in _BEFORE_SCORE.finditer(text):
        first = table.token_at(match.start("name"))
        if first >= 0 and table.pos[first] == "PROPN" and table.ent_type[first] not in excluded:
            yield match.span("name")


#: A fixture on a line of its own: "KANSAS CITY AT DETROIT", "Somerset v Yorkshire".
_FIXTURE_LINE = re.compile(
    rf"^[ \t]*(?P<home>{_NAME}) (?:AT|at|v|V|vs\.?|VS\.?) (?P<away>{_NAME})[ \t.]*$", re.MULTILINE
)


def fixture_sides(text: str) -> Iterator[tuple[int, int]]:
    """The two sides of each fixture written on a line of its own ("KANSAS CITY AT DETROIT"): a
    schedule's line, which reads like a headline in capitals but names two clubs."""
    if " AT " not in text and " at " not in text and " v" not in text and " V" not in text:
        return
    for match in _FIXTURE_LINE.finditer(text):
        yield match.span("home")
        yield match.span("away")


def _by_prefix(text: str) -> Iterator[tuple[int, int]]:
    """Clubs named with the letters or word clubs put first: "VfL Bochum", "Real Betis"."""
    for match in _CLUB_PREFIX.finditer(text):
        yield match.span()


def _by_layout(text: str) -> Iterator[tuple[int, int]]:
    """Sides in a results list, a scoreboard and names in a standings table."""
    for line in _AT_GROUND_LINE.finditer(text):
        rest, offset = line.group("rest"), line.start("rest")
        for match in _INNINGS.finditer(rest.rstrip(" \t.")):
            yield offset + match.start("name"), offset + match.end("name")
    for match in (*_RESULT_LINE.finditer(text), *_SCOREBOARD.finditer(text)):
        if _in_brackets(text, match.start()):
            continue  # the scorers of a result: "(Larsson 34, Van Gastel 78)"
        yield match.span("home")
        yield match.span("away")
    for match in _STANDINGS_ROW.finditer(text):
        yield match.span("name")


def _in_brackets(text: str, position: int) -> bool:
    """Whether ``position`` lies after an unclosed bracket on its line."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.rfind("(", line_start, position) > text.rfind(")", line_start, position)


_MINUTE_AFTER = re.compile(r" \d{1,3}(?:\+\d)?\b")


_FIGURE_AT_END = re.compile(r" \d{1,3}$")


def is_scorer(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a scorer in a result's brackets: "(Larsson 34, Van Gastel 78)", or
    a batsman read with his runs, "(J. Morris 89)"."""
    return _in_brackets(text, start) and (
        _MINUTE_AFTER.match(text, end) is not None or _FIGURE_AT_END.search(text, start, end) is not None
    )
