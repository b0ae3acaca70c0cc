"""Where a person's name starts and ends: the model's PERSON entities cut to the name alone.

News NER gold (CoNLL) marks a person's name without the title before it ("President [Donald
Trump]") and without words the model ran on into ("[Sarah Jenkins]" of a caption, not "Sarah
Jenkins\\nVolunteers"). The model's spans miss in both directions: they stop inside a hyphenated
romanised given name ("Wong Yeung[-tat]", "[Son] Heung-min") or after a given name ("[Carly]
Simon"), and they take caption labels ("Image") and sentence-initial adjectives ("Nonpartisan
Paul Tse") into the name. :func:`name_tokens` repairs one span; :func:`not_a_name` says which
mentions are no person's name at all ("Space Shuttle Columbia", "Iodine").
"""

from __future__ import annotations

from collections.abc import Sequence

from newscore.text.names import is_given_name, is_title
from newscore.text.tokens import TokenTable

__all__ = ["DAYS_AND_MONTHS", "JOINING_PARTICLES", "NOT_SURNAMES", "family_name", "lower_case_words", "name_cased", "name_tokens", "not_a_name"]

#: Last words that make a capitalised run a place's or a body's name, not a person's.
NOT_SURNAMES = frozenset(
    ["street", "road", "avenue", "lane", "square", "park", "station", "airport", "bridge", "river", "lake", "hall",
     "centre", "center", "stadium", "hospital", "school", "college", "university", "church", "city", "county",
     "state", "island", "islands", "valley", "mountains", "group", "inc", "ltd", "club", "united", "fc", "party",
     "hotel", "museum", "gallery", "theatre", "theater", "institute", "foundation", "planetarium", "library",
     "board", "council", "committee", "commission", "ministry", "department", "agency", "authority", "union",
     "association", "bank", "company", "corporation", "corp", "news", "times", "post", "league", "airlines",
     "airways", "motors", "holdings", "partners", "trust", "service", "services", "court", "police", "army",
     "cave", "caves", "canyon", "beach", "bay", "forest", "desert", "falls", "harbour", "harbor", "tower", "arena",
     "prize", "award", "trophy", "cup", "memorial", "plaza", "building",
     # newspapers ("Edmonton Sun", "Miami Herald")
     "sun", "herald", "tribune", "gazette", "journal", "chronicle", "telegraph", "examiner", "courier", "inquirer",
     "dispatch", "bulletin", "observer"]
)


#: Labels of pictures and clips that captions put beside a credited name ("Image: Nick Moreau").
_CAPTION_WORDS = frozenset(
    ["image", "images", "photo", "photos", "picture", "video", "file", "credit", "source", "photograph",
     "attendance", "referee", "scorers", "venue"]  # and the field labels of a match report ("Attendance: 55,000")
)
#: Lower-case words inside a name ("Lula da Silva", "Bashar al-Assad", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    ["da", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "al", "el", "la", "le", "van", "von", "ter", "ten", "bin", "ibn", "bint", "abu", "y", "wa"]
)
#: Particles that join a family name the model left out to a name ("Kengo" + "wa Dondo", "Lula" + "da Silva").
JOINING_PARTICLES = _PARTICLES - {"y", "la", "le", "el", "al"}
#: Endings of the nationality nouns written before a name ("Spaniard Miguel Angel Jimenez", "Kenyan
#: Eliud Kipchoge", "Briton Tim Henman").
_NATIONALITY_ENDINGS = ("ard", "an", "ese", "i", "ine")
#: Nationality nouns of other endings ("Croat Kresimir Zubak", "Briton Tim Henman").
_NATIONALITY_NOUNS = frozenset(
    ["croat", "serb", "slovak", "czech", "dane", "swede", "finn", "pole", "scot", "turk", "kurd", "arab", "swiss", "thai",
     "basque", "greek", "briton", "dutchman", "frenchman", "englishman", "irishman", "welshman", "scotsman", "new zealander"]
)
#: Words that a hyphen joins to a name to make an adjective ("a Putin-backed group", "the Merz-era").
_HYPHEN_ADJECTIVES = frozenset(
    ["based", "born", "era", "style", "like", "type", "run", "owned", "made", "free", "elect", "designate", "led", "linked",
     "backed", "inspired", "in", "law", "year", "old", "controlled", "funded", "allied", "aligned", "friendly"]
)
DAYS_AND_MONTHS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)


def lower_case_words(table: TokenTable) -> frozenset[str]:
    """The words an article writes in lower case ("shuttle", "iodine"): a capitalised word that is
    one of them is a common word at the start of a sentence or in a thing's name, not a surname."""
    return frozenset(filter(str.islower, set(table.text)))


def _alphabetic(word: str) -> bool:
    return word[:1].isalpha()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def name_cased(word: str) -> bool:
    """Whether ``word`` is written as a name's word: letters only, the first a capital, not all in
    capitals ("Haaland", "McGrath"; not "UNITED" nor "O'Neil")."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _hyphen_joined(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a hyphen with a word directly on both sides ("Yeung-tat")."""
    return (
        0 < k < len(table) - 1
        and table.text[k] == "-"
        and not table.whitespace[k - 1]
        and not table.whitespace[k]
        and table.text[k + 1].isalpha()
    )


def _romanised_given_name(table: TokenTable, k: int) -> bool:
    """Whether a romanised Korean or Chinese given name starts at token ``k`` ("Heung-min", "Yeung-tat")."""
    return (
        k < len(table)
        and _capitalised(table.text[k])
        and _hyphen_joined(table, k + 1)
        and table.text[k + 2].islower()
        and len(table.text[k + 2]) <= 6
        and table.text[k + 2] not in _HYPHEN_ADJECTIVES
    )


def family_name(words: Sequence[str], written: Sequence[str]) -> str:
    """Of a name's ``words``, the family name: the last, or the first where the name ends in a
    romanised given name (``written`` as "Son Heung-min", "Wong Yeung-tat": family name first)."""
    given, _, rest = written[-1].partition("-") if written else ("", "", "")
    if len(words) > 1 and len(written) == len(words) and given[:1].isupper() and rest.isalpha() and rest.islower() and len(rest) <= 6:
        return words[0]
    return words[-1]


def name_tokens(table: TokenTable, first: int, stop: int, lowered: frozenset[str]) -> tuple[int, int] | None:
    """The tokens ``[first, stop)`` of a model's PERSON entity narrowed or widened to the name
    it holds, or None where it holds no name."""
    text = table.text
    # a name never crosses a line: keep the piece with the most words ("Sarah Jenkins" of a caption)
    pieces, piece_start = [], first
    for k in range(first, stop):
        if table.is_space[k] or "\n" in table.whitespace[k]:
            pieces.append((piece_start, k if table.is_space[k] else k + 1))
            piece_start = k + 1
    if pieces:
        pieces.append((piece_start, stop))
        first, stop = max(pieces, key=lambda piece: sum(_alphabetic(text[k]) for k in range(*piece)))
    # a romanised given name's part the model left out ("Wong Yeung" + "-tat"), not an adjective
    # ("Putin-backed") nor a second name ("the Clinton-Trump race")
    while (
        _hyphen_joined(table, stop)
        and text[stop + 1].islower()
        and len(text[stop + 1]) > 1
        and text[stop + 1] not in _HYPHEN_ADJECTIVES
    ):
        stop += 2
    # a family name before a hyphenated given name ("Son" + "Heung-min")
    if (
        first > 0
        and _romanised_given_name(table, first)
        and name_cased(text[first - 1])
        and 2 <= len(text[first - 1]) <= 5
        and not is_title(text[first - 1])
        and table.ent_type[first - 1] in ("", "PERSON")
        and "\n" not in table.whitespace[first - 1]
    ):
        first -= 1
    # the end of a name joined by a particle ("Vale do" + "Rio Doce", "Lula da" + "Silva"): a person's
    # if the name starts with a given name, else a body's or a place's
    if first >= 2 and text[first - 1] in JOINING_PARTICLES and _capitalised(text[first - 2]) and "\n" not in table.whitespace[first - 2]:
        start = first - 2
        while start > 0 and (_capitalised(text[start - 1]) or text[start - 1] in _PARTICLES) and "\n" not in table.whitespace[start - 1] and not table.is_sent_start[start]:
            start -= 1
        if not is_given_name(text[start]):
            return None
        first = start
    # a family name after a particle the model left out ("Kengo" + "wa Dondo")
    while (
        stop + 1 < len(table)
        and text[stop] in JOINING_PARTICLES
        and table.whitespace[stop - 1] == " "
        and table.whitespace[stop] == " "
        and name_cased(text[stop + 1])
        and table.ent_type[stop + 1] in ("", "PERSON", "ORG")
    ):
        stop += 2
    words = [k for k in range(first, stop) if _alphabetic(text[k])]
    if len(words) == 1 and first == words[0]:
        first, stop = _widen_one_word(table, first, stop)
    # a nationality before a full name ("Spaniard Miguel Angel Jimenez")
    if (
        len(words) >= 3
        and first == words[0]
        # five letters at least: "San Pedro Sula" is a place
        and ((len(text[first]) >= 5 and text[first].endswith(_NATIONALITY_ENDINGS)) or text[first].casefold() in _NATIONALITY_NOUNS)
        and not is_given_name(text[first])
        and is_given_name(text[words[1]])
    ):
        first = words[1]
    # titles and roles before the name ("Ms", "President"), unless the word is the given name ("Dean Kamen")
    while stop - first > 1 and is_title(text[first]) and (not is_given_name(text[first]) or _words_after(table, first, stop) >= 2):
        first += 1
        while first < stop and text[first] == ".":
            first += 1
    # lower-case words before it ("nonpartisan pan-democrat"), or a sentence's capitalised first word
    # the article writes in lower case elsewhere ("Nonpartisan Paul Tse"), unless they are name particles
    while first < stop and (
        (text[first].islower() and text[first] not in _PARTICLES)
        or not _alphabetic(text[first])
        or (
            stop - first > 1
            and table.is_sent_start[first]
            and text[first].lower() in lowered
            and not is_given_name(text[first])
            and not _romanised_given_name(table, first + 1)
        )
    ):
        first += 1
    if first > 0 and text[first - 1] == "-" and not table.whitespace[first - 1] and stop - first == 1:
        return None  # the end of a hyphenated word ("pro-Beijing"): no name, unless a full one follows ("pro-Newt Gingrich")
    # caption labels after it ("Ahmed Mohamed Image")
    while stop > first and text[stop - 1].casefold() in _CAPTION_WORDS:
        stop -= 1
    if first >= stop or not _capitalised(text[first]) or text[first].casefold() in _CAPTION_WORDS:
        return None
    return first, stop


def _words_after(table: TokenTable, first: int, stop: int) -> int:
    return sum(_alphabetic(table.text[k]) for k in range(first + 1, stop))


def _widen_one_word(table: TokenTable, first: int, stop: int) -> tuple[int, int]:
    """A one-word name the model cut from a full one: the given name before a surname ("Carly" +
    "Simon"), or the surname after a given name ("Johnnie" + "Christmas")."""
    text = table.text
    before, after = first - 1, stop
    if (
        before >= 0
        and table.whitespace[before] == " "
        and name_cased(text[before])
        and not is_title(text[before])
        and is_given_name(text[before])
        and table.ent_type[before] == ""
        and not table.is_sent_start[first]
        and (before == 0 or table.is_sent_start[before] or not _capitalised(text[before - 1]))
    ):
        return before, stop
    if (
        after < len(table)
        and table.whitespace[first] == " "
        and is_given_name(text[first])
        and name_cased(text[after])
        and not is_title(text[after])
        and not table.is_sent_start[after]
        and table.ent_type[after] in ("", "DATE")
        and text[after].casefold() not in DAYS_AND_MONTHS
        and (after + 1 >= len(table) or not _capitalised(text[after + 1]))
    ):
        return first, after + 1
    return first, stop


def not_a_name(table: TokenTable, first: int, stop: int, lowered: frozenset[str]) -> bool:
    """Whether the tokens ``[first, stop)`` name a thing rather than a person: a word the article
    also writes in lower case ("Iodine", "Space Shuttle Columbia", "Easy Rider"), or a last word
    that ends a place's or a body's name ("Manchester United"), unless the name starts with a given
    name ("Gary Fan", "Stuart Hall") or holds a romanised given name ("Son Heung-min")."""
    text = table.text
    words = [text[k] for k in range(first, stop) if _alphabetic(text[k])]
    if not words or is_given_name(words[0]):
        return False
    if len(words) > 1 and words[-1].casefold() in NOT_SURNAMES:
        return True  # a place's or a body's name ("Manchester United", "Castlefrank Road")
    if any(_romanised_given_name(table, k) for k in range(first, stop)):
        return False
    return any(word.lower() in lowered and word not in _PARTICLES for word in words if not word.islower())
