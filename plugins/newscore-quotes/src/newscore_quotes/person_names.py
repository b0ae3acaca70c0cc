"""What a speaker's name says: a person's name without the job words around it, and whether a
name read as an organisation is really a person's."""

from __future__ import annotations

from newscore import Entity
from newscore.text import TITLES, bare_name, given_name_gender, is_given_name, name_words
from newscore_quotes.cues import ROLE_NOUNS

__all__ = ["BUSINESS_NOUNS", "ORG_NOUNS", "kind_of", "looks_like_person", "person_name"]

#: Nouns that stand for a business named earlier: "the company said" is the company the article is about.
BUSINESS_NOUNS = frozenset(
    ["company", "firm", "chain", "retailer", "carrier", "airline", "maker", "manufacturer", "group", "bank", "lender", "insurer", "operator", "supplier", "developer", "publisher", "broadcaster", "club", "team", "startup"]
)
#: Head nouns of an organisation ("the ministry said"); a name holding one is not a person's.
ORG_NOUNS = BUSINESS_NOUNS | frozenset(
    ["ministry", "government", "kremlin", "council", "commission", "committee", "agency", "department", "office", "party", "army", "military", "police", "court", "union", "administration", "embassy", "parliament", "regulator", "board", "campaign", "authority", "watchdog", "trust", "charity", "institute", "university", "hospital", "spokesperson"]
)
_MAX_JOB_WORDS = 3
_JOB_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ess", "ant", "ent", "crat", "ive", "ee")


def _without_role(name: str) -> str:
    """``Bureau of Reclamation Commissioner Camille Dorsey`` → ``Camille Dorsey``."""
    words = name.split()
    for i in range(len(words) - 2, -1, -1):
        word = words[i].casefold().rstrip(".")
        if word in ROLE_NOUNS or word in TITLES:
            return " ".join(words[i + 1 :])
    return name


def person_name(name: str) -> str:
    """A person's name without the job words and letters around it:
    ``Maricopa County Recorder Ana Reyes`` → ``Ana Reyes``, ``Imogen Latimer KC`` → ``Imogen Latimer``."""
    words = bare_name(_without_role(name)).split()
    # words before the first given name that end as a job does are a job ("County Recorder", "Vet Dr")
    for i in range(1, min(len(words) - 1, _MAX_JOB_WORDS + 1)):
        if is_given_name(words[i]) and not any(is_given_name(w.rstrip(".")) for w in words[:i]):
            if _is_job_word(words[i - 1]):
                return bare_name(" ".join(words[i:]))
            break
    return " ".join(words)


def _is_job_word(word: str) -> bool:
    """Whether a capitalised word before a name reads as a job or a title (``Recorder``, ``Dr``)."""
    key = word.casefold().rstrip(".")
    return key in TITLES or key in ROLE_NOUNS or key.endswith(_JOB_ENDINGS)


def kind_of(entity: Entity) -> str:
    """An entity's kind, but a person for an 'organisation' with a person's name (``Tigist Alemu``)."""
    if entity.kind == "organization" and entity.type is None and looks_like_person(entity.name):
        return "person"
    return entity.kind


def looks_like_person(name: str) -> bool:
    """Two or three capitalised words led by a gendered given name or a title (``Prof Tendai Mutasa``)."""
    words = name.replace(".", "").split()
    named = name_words(name)
    return (
        2 <= len(named) <= 3
        and all(word.isalpha() and word.istitle() for word in words)
        and (given_name_gender(named[0]) is not None or words[0].casefold() in TITLES)
        and not any(word.casefold() in ORG_NOUNS for word in words)
    )
