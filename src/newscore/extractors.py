"""What an extractor is, and the one the core ships: spaCy's PERSON entities as people."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from newscore.model import Article, Entity, Mention, Quote
from newscore.spans import trim_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Extractor", "PeopleExtractor"]


@runtime_checkable
class Extractor(Protocol):
    """An object that finds entities or quotes in a parsed article.

    ``needs`` and ``provides`` name kinds (``"person"``, ``"organization"``,
    ``"location"``, ``"quote"``, or a plugin's own): the pipeline runs every provider of a
    kind before anything that needs it. ``extract`` receives the article, its spaCy
    ``Doc`` (parsed once and shared, so it must not be changed) and what earlier
    extractors found, and returns new :class:`Entity` and :class:`Quote` objects of the
    kinds it provides, or of kinds it needs (a speaker the NER missed). Ids on
    returned entities are local: a returned quote may name one as ``speaker_entity`` and
    the pipeline renumbers both. A returned quote may also name an entity it was given.
    """

    name: str
    version: str
    needs: tuple[str, ...]
    provides: tuple[str, ...]

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...],
        quotes: tuple[Quote, ...],
    ) -> Iterable[Entity | Quote]:
        """Find what this extractor finds in one article."""
        ...


class PeopleExtractor:
    """spaCy's PERSON entities, merged so ``Vladimir Putin`` and ``Putin`` are one person.

    This is the core's baseline; the pipeline drops any of its mentions that a plugin's
    entity overlaps, so plugins refine it (``Rostov-on-Don`` is a place, not two people).
    """

    name = "people"
    version = "1"
    needs: tuple[str, ...] = ()
    provides = ("person",)

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> list[Entity]:
        text = article.text
        groups: list[list[Mention]] = []
        for mention in sorted(_person_mentions(doc, text), key=lambda m: (-len(_words(m.text)), m.start)):
            group = next((g for g in groups if _same_person(g[0].text, mention.text)), None)
            if group is None:
                groups.append([mention])
            else:
                group.append(mention)
        people = [
            Entity(
                kind="person",
                name=group[0].text,
                mentions=sorted(group, key=lambda m: m.start),
                confidence=0.7,
                extractor=self.name,
            )
            for group in groups
        ]
        return sorted(people, key=lambda entity: entity.mentions[0].start)


def _person_mentions(doc: Doc, text: str) -> Iterator[Mention]:
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = trim_span(text, ent.start_char, ent.end_char)
        if any(ch.isalpha() for ch in text[start:end]):
            yield Mention.from_text(text, start, end, form="name")


def _words(name: str) -> list[str]:
    return [word.casefold() for word in name.replace("’", "'").split() if word[:1].isalpha()]


def _same_person(full: str, other: str) -> bool:
    """``other`` names the same person as ``full``: equal, or its surname alone."""
    full_words, other_words = _words(full), _words(other)
    if not full_words or not other_words:
        return False
    if full_words == other_words:
        return True
    return len(other_words) == 1 and other_words[0] == full_words[-1]
