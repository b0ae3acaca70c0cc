"""Which people of an article a ``he`` or a ``she`` can refer to: a gender hint per person.

The hint comes, strongest first, from the person's names and the titles written before
them (``Mrs Sethi``, ``Anjali Sethi``), from a kinship or gendered role word given to them
(``his sister, Maeve Mulcahy``, ``the widow``, ``mother of three Sarah Nakato``), and last
from the pronouns that refer back to them in their own sentence (``Rokeya Begum sat on the
roof with her children``). It is only a hint for matching pronouns: ``None`` when nothing
says, and a person with no hint is compatible with any pronoun.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from newscore import Entity, TokenTable
from newscore.text import NOMINAL_SUBJECT_DEPS, Gender, name_gender, title_gender

__all__ = ["PRONOUN_GENDER", "person_genders", "word_gender"]

#: The gender a third-person pronoun marks.
PRONOUN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
_FEMALE_WORDS = frozenset(
    ["widow", "wife", "mother", "daughter", "sister", "girl", "woman", "grandmother", "granddaughter", "aunt", "niece", "mum", "mom", "actress", "waitress", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "sportswoman", "policewoman", "girlfriend", "bride", "stepmother", "stepdaughter"]
)
_MALE_WORDS = frozenset(
    ["widower", "husband", "father", "son", "brother", "boy", "man", "grandfather", "grandson", "uncle", "nephew", "dad", "actor", "waiter", "spokesman", "congressman", "councilman", "businessman", "sportsman", "policeman", "boyfriend", "groom", "stepfather", "stepson"]
)
_ROLE_DEPS = frozenset(["compound", "amod", "nmod", "appos"])

MentionTokens = Callable[[Entity, int], range | None]  # a mention (by number) → its tokens


def word_gender(word: str) -> Gender | None:
    """The gender a kinship or role noun marks (``"widow"`` → ``"female"``), or None."""
    key = word.casefold()
    return "female" if key in _FEMALE_WORDS else "male" if key in _MALE_WORDS else None


def person_genders(
    table: TokenTable, people: Sequence[Entity], mention_tokens: MentionTokens
) -> dict[str, Gender | None]:
    """Entity id → the gender hint of each person (None where nothing in the article says)."""
    genders: dict[str, Gender | None] = {}
    for person in people:
        if person.id is None:
            continue
        ranges = [r for r in (mention_tokens(person, n) for n in range(len(person.mentions))) if r]
        genders[person.id] = (
            _by_names(person, table, ranges)
            or _by_role_words(table, ranges)
            or _by_pronouns(table, ranges)
        )
    return genders


def _by_names(person: Entity, table: TokenTable, ranges: list[range]) -> Gender | None:
    """A title or given name in the person's names, or a title just before a mention (``Mrs Sethi``)."""
    votes: Counter[Gender] = Counter()
    for name in (person.name, *(m.text for m in person.mentions)):
        gender = name_gender(name)
        if gender:
            votes[gender] += 1
    for tokens in ranges:
        if tokens.start > 0:
            gender = title_gender(table.text[tokens.start - 1])
            if gender:
                votes[gender] += 2  # the title the article itself gives this mention
    return _majority(votes)


def _by_role_words(table: TokenTable, ranges: list[range]) -> Gender | None:
    """A gendered noun attached to a mention: ``his sister, X``, ``X, his widow``, ``mother X``."""
    votes: Counter[Gender] = Counter()
    heads, deps, words = table.head, table.dep, table.text
    for tokens in ranges:
        root = next((i for i in tokens if not tokens.start <= heads[i] < tokens.stop), tokens.stop - 1)
        related = [i for i in range(max(0, tokens.start - 3), tokens.start) if heads[i] in tokens and deps[i] in _ROLE_DEPS]
        if deps[root] == "appos":
            related.append(heads[root])
        related.extend(i for i in range(tokens.stop, min(len(words), tokens.stop + 4)) if heads[i] == root and deps[i] == "appos")
        for i in related:
            gender = word_gender(words[i])
            if gender:
                votes[gender] += 1
    return _majority(votes)


def _by_pronouns(table: TokenTable, ranges: list[range]) -> Gender | None:
    """The first gendered pronoun after a mention that is its sentence's subject, before anyone else is named."""
    votes: Counter[Gender] = Counter()
    lowers, deps, starts = table.lower, table.dep, table.is_sent_start
    named = {i for tokens in ranges for i in tokens}
    for tokens in ranges:
        if not any(deps[i] in NOMINAL_SUBJECT_DEPS for i in tokens):
            continue
        for i in range(tokens.stop, min(len(lowers), tokens.stop + 40)):
            if starts[i] or (table.ent_type[i] == "PERSON" and i not in named):
                break
            gender = PRONOUN_GENDER.get(lowers[i])
            if gender:
                votes[gender] += 1
                break
    return _majority(votes)


def _majority(votes: Counter[Gender]) -> Gender | None:
    if not votes:
        return None
    (first, count), *rest = votes.most_common(2)
    return None if rest and rest[0][1] == count else first
