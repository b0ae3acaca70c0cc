"""What a person's name says about them: given names, titles, and the gender they mark.

Extractors use it to keep apart people who share a surname ("Mr Sethi" and "Mrs Sethi")
and to match "he" and "she" to the right person. Gender here is only what the words of a
name usually mark in English news (a title, a common given name); it is a hint for
resolving references, never a claim about a person, and ``None`` where the name does not
say. The given names come from nomquamgender (MIT licence), shipped as
``newscore/data/given_names.tsv.gz`` (built by ``scripts/build_given_names.py``).

>>> name_gender("Mrs Anjali Sethi"), name_gender("Sgt. Teresa Delgado"), name_gender("Kim Lee")
('female', 'female', None)
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources
from typing import Literal

__all__ = [
    "TITLES",
    "Gender",
    "bare_name",
    "given_name_gender",
    "is_given_name",
    "is_title",
    "is_title_only",
    "name_gender",
    "name_words",
    "title_gender",
]

Gender = Literal["female", "male"]

_FEMALE_TITLES = frozenset(
    ["mrs", "ms", "miss", "madam", "madame", "mme", "mlle", "dame", "lady", "queen", "princess", "duchess", "countess", "baroness", "sister", "mother", "empress", "señora", "senora", "sra", "frau", "signora"]
)
_MALE_TITLES = frozenset(
    ["mr", "mister", "sir", "lord", "king", "prince", "duke", "count", "earl", "baron", "brother", "father", "fr", "emperor", "sheikh", "señor", "senor", "sr", "herr", "signor", "monsieur"]
)
#: Words written before a name that are a title or a role, not part of the name (lower case, no full stop).
TITLES = frozenset(
    _FEMALE_TITLES
    | _MALE_TITLES
    | frozenset(
        ["dr", "doctor", "prof", "professor", "rev", "reverend", "pastor", "rabbi", "imam", "cardinal", "bishop", "archbishop", "pope", "president", "vice-president", "premier", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "deputy", "cllr", "councillor", "councilor", "alderman", "judge", "justice", "magistrate", "attorney", "prosecutor", "ambassador", "envoy", "commissioner", "superintendent", "inspector", "detective", "det", "constable", "pc", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "major", "maj", "colonel", "col", "general", "gen", "admiral", "commander", "cmdr", "corporal", "cpl", "private", "pte", "officer", "chief", "coach", "manager", "nurse", "sheriff", "marshal", "dean", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson"]
    )
)
#: Letters written after a name that are not part of it ("Imogen Latimer KC", "Martin Luther King Jr").
_POST_NOMINALS = frozenset(["kc", "qc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "md", "jr", "sr", "esq", "ii", "iii", "iv"])
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.cache
def _given_names() -> dict[str, str]:
    data = resources.files("newscore").joinpath("data").joinpath("given_names.tsv.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as stream:
        return dict(line.rstrip("\n").split("\t") for line in stream if not line.startswith("#"))


def given_name_gender(word: str) -> Gender | None:
    """The gender a given name usually marks (``"Anjali"`` → ``"female"``), or None."""
    marks: dict[str, Gender] = {"f": "female", "m": "male"}
    return marks.get(_given_names().get(word.casefold(), ""))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a common given name (gendered or not: "Jamie" is one), or capitalised given
    names joined by hyphens ("Per-Ulrik", "Jean-Pierre"; not "Sanwo-Olu" nor "Ata-ur-Rehman")."""
    names = _given_names()
    key = word.casefold()
    if key in names:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(part[:1].isupper() and part.casefold() in names for part in parts)


def title_gender(word: str) -> Gender | None:
    """The gender a title marks (``"Mrs"``, ``"Sir"``), or None (``"Dr"`` marks none)."""
    key = word.casefold().rstrip(".")
    return "female" if key in _FEMALE_TITLES else "male" if key in _MALE_TITLES else None


def name_words(name: str) -> list[str]:
    """The words of a name without the titles and roles before it and the letters after it:
    ``"Sgt. Teresa Delgado"`` → ``["Teresa", "Delgado"]``, ``"Imogen Latimer KC"`` → ``["Imogen", "Latimer"]``."""
    words = _WORD.findall(name)
    while len(words) > 1 and words[0].casefold() in TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1].casefold() in _POST_NOMINALS:
        words.pop()
    return words


def is_title(word: str) -> bool:
    """Whether ``word`` is a title or a role written before a name ("Mrs", "Dr.", "President")."""
    return word.casefold().rstrip(".") in TITLES


def bare_name(name: str) -> str:
    """A name as written, without the titles and roles before it and the letters after it:
    ``"Sgt. Teresa Delgado"`` → ``"Teresa Delgado"``; a name of titles only is kept whole."""
    words = name.split()
    while len(words) > 1 and is_title(words[0]):
        words.pop(0)
    while len(words) > 1 and words[-1].casefold().rstrip(".,") in _POST_NOMINALS:
        words.pop()
    return " ".join(words)


def is_title_only(name: str) -> bool:
    """Whether a name holds nothing but titles and roles ("Sgt", "Mr.", "Prime Minister")."""
    words = _WORD.findall(name)
    return bool(words) and all(word.casefold() in TITLES for word in words)


def name_gender(name: str) -> Gender | None:
    """The gender a person's name marks: by its title, else by its first given name."""
    words = _WORD.findall(name)
    for word in words:
        gender = title_gender(word)
        if gender is not None:
            return gender
        if word.casefold() not in TITLES:
            break
    rest = name_words(name)
    return given_name_gender(rest[0]) if len(rest) > 1 else None
