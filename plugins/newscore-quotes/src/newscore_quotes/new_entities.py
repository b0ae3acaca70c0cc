"""The entities this plugin makes for speakers no earlier extractor gave: groups (``Western
leaders``), and people or organisations the entity extractors missed."""

from __future__ import annotations

from newscore import Entity, Mention, Span

__all__ = ["NewEntities"]


class NewEntities:
    """New speaker entities of one article, numbered ``quotes-1``, ``quotes-2``… in order of creation;
    one per kind and key (a casefolded name or surname), its mentions added as they are met."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._entities: list[Entity] = []
        self._by_key: dict[tuple[str, str], str] = {}

    @property
    def entities(self) -> list[Entity]:
        return list(self._entities)

    def get(self, entity_id: str) -> Entity | None:
        return next((entity for entity in self._entities if entity.id == entity_id), None)

    def id_for(self, kind: str, key: str) -> str | None:
        """The id of the entity made for ``kind`` and ``key``, if one was."""
        return self._by_key.get((kind, key))

    def add(self, kind: str, where: Span, name: str, confidence: float, *, key: str) -> tuple[Mention, str]:
        """A mention at ``where`` of the entity for ``kind`` and ``key`` (made if new; its name
        becomes the longer of the two), and that entity's id."""
        entity_id = self._by_key.get((kind, key))
        mention = Mention.from_text(self._text, where.start, where.end, form="name")
        if entity_id is None:
            entity_id = f"quotes-{len(self._entities) + 1}"
            self._by_key[(kind, key)] = entity_id
            self._entities.append(Entity(kind=kind, name=name, mentions=(mention,), id=entity_id, confidence=confidence))
            return mention, entity_id
        index = next(i for i, e in enumerate(self._entities) if e.id == entity_id)
        entity = self._entities[index]
        if mention not in entity.mentions:
            mentions = tuple(sorted((*entity.mentions, mention), key=lambda m: (m.start, m.end)))
            name = max((entity.name, name), key=lambda n: (len(n.split()), len(n)))
            self._entities[index] = Entity(kind=kind, name=name, mentions=mentions, id=entity_id, confidence=entity.confidence)
        return mention, entity_id
