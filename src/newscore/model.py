"""The data model: frozen value objects for articles and what is found in them.

Every offset is a half-open ``[start, end)`` Python ``str`` index into ``Article.text``,
and a span's ``text`` always equals that slice.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import field, frozen
from attrs import validators as v

from newscore.jsonvalues import FrozenDict, freeze_mapping, thaw, valid_text

__all__ = [
    "ENTITY_KINDS",
    "QUOTE_KINDS",
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "Entity",
    "ExtractorError",
    "Mention",
    "Quote",
    "Span",
]

#: Version of the JSON shape written by :meth:`Analysis.to_dict`. Bumped on any
#: incompatible change; readers refuse versions they do not know.
SCHEMA_VERSION = 1

#: The entity kinds the bundled extractors produce. Other lowercase kinds are allowed.
ENTITY_KINDS = ("person", "organization", "location")

#: The kinds of quote (following BBC citron and the eval format).
QUOTE_KINDS = ("direct", "indirect", "partial", "mixed")


def _non_negative_int(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")


def _optional_confidence(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be a number in [0, 1] or None, got {value!r}")


def _optional_str(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, got {type(value).__name__}")


def _str_tuple(instance: Any, attribute: attrs.Attribute, value: tuple) -> None:
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"{attribute.name} must hold str values, got {item!r}")


def to_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """An attrs converter: any iterable as a tuple (typed, unlike ``tuple`` itself, for type checkers)."""
    return tuple(values)


def _frozen_extras(value: Mapping[str, Any] | None) -> FrozenDict:
    return freeze_mapping(value, "extras")


def _frozen_attributes(value: Mapping[str, Any] | None) -> FrozenDict:
    return freeze_mapping(value, "attributes")


def _text(value: Any) -> Any:
    """A str with lone surrogates made U+FFFD (UTF-8 cannot encode them); anything else as it is, for the validator."""
    return valid_text(value) if isinstance(value, str) else value


def _texts(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(_text(value) for value in values)


@frozen
class Span:
    """A stretch of an article's text: ``text == article.text[start:end]``.

    Build one with :meth:`Span.from_text`, which takes the text from the source, so the
    two can never disagree.
    """

    start: int = field(validator=_non_negative_int)
    end: int = field(validator=_non_negative_int)
    text: str = field(validator=v.instance_of(str))

    @end.validator
    def _end_after_start(self, attribute: attrs.Attribute, value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    @text.validator
    def _text_has_span_length(self, attribute: attrs.Attribute, value: str) -> None:
        if len(value) != self.end - self.start:
            raise ValueError(
                f"span [{self.start}, {self.end}) has {self.end - self.start} characters "
                f"but its text {value!r} has {len(value)}"
            )

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``, with its text taken from ``text``."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside a text of length {len(text)}")
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def check_against(self, text: str) -> None:
        """Raise ``ValueError`` unless this span is exactly the slice of ``text`` it claims."""
        if self.end > len(text):
            raise ValueError(f"span [{self.start}, {self.end}) ends past a text of length {len(text)}")
        if text[self.start : self.end] != self.text:
            raise ValueError(
                f"span [{self.start}, {self.end}) says {self.text!r} "
                f"but the text there is {text[self.start:self.end]!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(data["start"], data["end"], data["text"])


@frozen
class Mention(Span):
    """A span naming an entity, with how it names it.

    ``form`` says what kind of name the mention is where an extractor knows:
    ``"name"``, ``"acronym"``, ``"alias"``, ``"demonym"`` (``Russian`` for Russia),
    ``"title"`` (``the president``), ``"pronoun"``, ``"embedded"`` (a place named inside an
    organisation's name: ``Miami`` in ``Miami Herald``). ``metonymic`` marks a place name used
    for the people who govern it (``Moscow said``).
    """

    form: str | None = field(default=None, validator=_optional_str, kw_only=True)
    metonymic: bool = field(default=False, validator=v.instance_of(bool), kw_only=True)

    @classmethod
    def from_text(
        cls, text: str, start: int, end: int, *, form: str | None = None, metonymic: bool = False
    ) -> Mention:
        span = Span.from_text(text, start, end)
        return cls(span.start, span.end, span.text, form=form, metonymic=metonymic)

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if self.form is not None:
            data["form"] = self.form
        if self.metonymic:
            data["metonymic"] = True
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        return cls(
            data["start"],
            data["end"],
            data["text"],
            form=data.get("form"),
            metonymic=data.get("metonymic", False),
        )


def _to_mention(value: Span | Mention) -> Mention:
    if type(value) is Mention:
        return value
    if isinstance(value, Mention):  # a subclass: only what the JSON form keeps
        return Mention(value.start, value.end, value.text, form=value.form, metonymic=value.metonymic)
    if isinstance(value, Span):
        return Mention(value.start, value.end, value.text)
    raise TypeError(f"a mention must be a Span, got {type(value).__name__}")


def _optional_mention(value: Span | None) -> Mention | None:
    return None if value is None else _to_mention(value)


def _to_span(value: Any) -> Any:
    """A plain :class:`Span` of any span (a Mention's form is not part of a cue or content)."""
    if isinstance(value, Span) and type(value) is not Span:
        return Span(value.start, value.end, value.text)
    return value


def _spans(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(_to_span(value) for value in values)


def _mentions(values: Iterable[Span]) -> tuple[Mention, ...]:
    return tuple(_to_mention(value) for value in values)


def _span_tuple(instance: Any, attribute: attrs.Attribute, value: tuple) -> None:
    for item in value:
        if not isinstance(item, Span):
            raise TypeError(f"{attribute.name} must hold Span values, got {type(item).__name__}")


def _aware_datetime(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, _dt.datetime):
        raise TypeError(f"{attribute.name} must be a datetime or None, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must carry a timezone, got the naive {value.isoformat()}")


@frozen
class Article:
    """A news article: its text and what is known about it.

    ``paragraphs`` are spans of ``text`` (the body paragraphs, without title, standfirst,
    subheadings or source line). ``extras`` holds anything else, namespaced by the plugin
    or reader that added it (``{"reader": {...}, "dateline": {...}}``).
    """

    text: str = field(validator=v.instance_of(str))
    id: str | None = field(default=None, validator=_optional_str)
    title: str | None = field(default=None, validator=_optional_str)
    standfirst: str | None = field(default=None, validator=_optional_str)
    subheadings: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    paragraphs: tuple[Span, ...] = field(default=(), converter=_spans, validator=_span_tuple)
    authors: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    source: str | None = field(default=None, validator=_optional_str)
    url: str | None = field(default=None, validator=_optional_str)
    language: str | None = field(default=None, validator=_optional_str)
    published_at: _dt.datetime | None = field(default=None, validator=_aware_datetime)
    extras: Mapping[str, Any] = field(factory=FrozenDict, converter=_frozen_extras, hash=False)

    @paragraphs.validator
    def _paragraphs_inside_text(self, attribute: attrs.Attribute, value: tuple[Span, ...]) -> None:
        for span in value:
            span.check_against(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "standfirst": self.standfirst,
            "subheadings": list(self.subheadings),
            "text": self.text,
            "paragraphs": [span.to_dict() for span in self.paragraphs],
            "authors": list(self.authors),
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "published_at": None if self.published_at is None else self.published_at.isoformat(),
            "extras": thaw(self.extras),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        published = data.get("published_at")
        return cls(
            text=data["text"],
            id=data.get("id"),
            title=data.get("title"),
            standfirst=data.get("standfirst"),
            subheadings=data.get("subheadings", ()),
            paragraphs=[Span.from_dict(item) for item in data.get("paragraphs", ())],
            authors=data.get("authors", ()),
            source=data.get("source"),
            url=data.get("url"),
            language=data.get("language"),
            published_at=None if published is None else _dt.datetime.fromisoformat(published),
            extras=data.get("extras") or {},
        )


def _kind(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, str) or not value or not value.isidentifier() or value != value.lower():
        raise ValueError(f"{attribute.name} must be a lowercase identifier such as 'person', got {value!r}")


def _optional_coordinate(limit: float):
    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if value is None:
            return
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or abs(value) > limit
        ):
            raise ValueError(f"{attribute.name} must be a number within ±{limit} or None, got {value!r}")

    return check


def _optional_country_code(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or len(value) != 2 or not value.isascii() or not value.isupper():
        raise ValueError(f"{attribute.name} must be an ISO 3166-1 alpha-2 code such as 'RU', got {value!r}")


def _optional_int(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{attribute.name} must be an int or None, got {value!r}")


@frozen
class Entity:
    """Something an article names: a person, an organisation, a place, or another kind.

    ``name`` is the canonical name; ``mentions`` are every place the article names it.
    Location fields (``country_code`` … ``feature``) and organisation fields
    (``acronym``, ``type``) are ``None`` where they do not apply or are unknown.
    ``attributes`` carries anything else an extractor wants to say, as JSON values.
    """

    kind: str = field(validator=_kind)
    name: str = field(converter=_text, validator=v.instance_of(str))
    mentions: tuple[Mention, ...] = field(default=(), converter=_mentions)
    id: str | None = field(default=None, validator=_optional_str)
    aliases: tuple[str, ...] = field(default=(), converter=_texts, validator=_str_tuple)
    confidence: float | None = field(default=None, validator=_optional_confidence)
    extractor: str | None = field(default=None, validator=_optional_str)
    # locations
    country_code: str | None = field(default=None, validator=_optional_country_code)
    latitude: float | None = field(default=None, validator=_optional_coordinate(90.0))
    longitude: float | None = field(default=None, validator=_optional_coordinate(180.0))
    geonames_id: int | None = field(default=None, validator=_optional_int)
    feature: str | None = field(default=None, converter=_text, validator=_optional_str)
    # organisations
    acronym: str | None = field(default=None, converter=_text, validator=_optional_str)
    type: str | None = field(default=None, converter=_text, validator=_optional_str)
    attributes: Mapping[str, Any] = field(factory=FrozenDict, converter=_frozen_attributes, hash=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "mentions": [mention.to_dict() for mention in self.mentions],
            "aliases": list(self.aliases),
            "confidence": self.confidence,
            "extractor": self.extractor,
        }
        if self.kind == "location" or _any_set(self, _LOCATION_FIELDS):
            data.update({name: getattr(self, name) for name in _LOCATION_FIELDS})
        if self.kind == "organization" or _any_set(self, _ORGANIZATION_FIELDS):
            data.update({name: getattr(self, name) for name in _ORGANIZATION_FIELDS})
        if self.attributes:
            data["attributes"] = thaw(self.attributes)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            kind=data["kind"],
            name=data["name"],
            mentions=[Mention.from_dict(item) for item in data.get("mentions", ())],
            id=data.get("id"),
            aliases=data.get("aliases", ()),
            confidence=data.get("confidence"),
            extractor=data.get("extractor"),
            attributes=data.get("attributes") or {},
            **{name: data.get(name) for name in _LOCATION_FIELDS + _ORGANIZATION_FIELDS},
        )


_LOCATION_FIELDS = ("country_code", "latitude", "longitude", "geonames_id", "feature")
_ORGANIZATION_FIELDS = ("acronym", "type")


def _any_set(entity: Entity, names: tuple[str, ...]) -> bool:
    return any(getattr(entity, name) is not None for name in names)


def _quote_kind(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value not in QUOTE_KINDS:
        raise ValueError(f"{attribute.name} must be one of {', '.join(QUOTE_KINDS)}, got {value!r}")


@frozen
class Quote:
    """Something an article reports someone said.

    ``content`` holds the quoted words without quotation marks; a quote split around
    its attribution (``"When I…," she said, "it means…"``) has several content spans.
    ``cue`` is the reporting word (``said``, ``according to``); ``speaker`` the mention
    of who said it (a :class:`Mention`, whose ``form`` says how it names them; a plain
    span given here becomes a mention without a form), ``speaker_entity`` the id of that entity in the same analysis and
    ``speaker_name`` its fullest name.
    """

    kind: str = field(validator=_quote_kind)
    content: tuple[Span, ...] = field(converter=_spans, validator=_span_tuple)
    id: str | None = field(default=None, validator=_optional_str)
    cue: Span | None = field(default=None, converter=_to_span, validator=v.optional(v.instance_of(Span)))
    speaker: Mention | None = field(default=None, converter=_optional_mention)
    speaker_entity: str | None = field(default=None, validator=_optional_str)
    speaker_name: str | None = field(default=None, converter=_text, validator=_optional_str)
    confidence: float | None = field(default=None, validator=_optional_confidence)
    extractor: str | None = field(default=None, validator=_optional_str)

    @content.validator
    def _has_content(self, attribute: attrs.Attribute, value: tuple[Span, ...]) -> None:
        if not value:
            raise ValueError("a quote needs at least one content span")

    def spans(self) -> tuple[Span, ...]:
        """Every span this quote points into: content, cue and speaker."""
        extra = tuple(span for span in (self.cue, self.speaker) if span is not None)
        return self.content + extra

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": [span.to_dict() for span in self.content],
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "speaker_entity": self.speaker_entity,
            "speaker_name": self.speaker_name,
            "confidence": self.confidence,
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        cue, speaker = data.get("cue"), data.get("speaker")
        return cls(
            kind=data["kind"],
            content=[Span.from_dict(item) for item in data["content"]],
            id=data.get("id"),
            cue=None if cue is None else Span.from_dict(cue),
            speaker=None if speaker is None else Mention.from_dict(speaker),
            speaker_entity=data.get("speaker_entity"),
            speaker_name=data.get("speaker_name"),
            confidence=data.get("confidence"),
            extractor=data.get("extractor"),
        )


def as_article(item: Any, position: int | None = None) -> Article:
    """``item`` as an :class:`Article`: an Article as it is, a str as an article of that text.

    Raises ``TypeError`` for anything else, naming the item's ``position`` in a batch if given.
    """
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item)
    where = "" if position is None else f" (item {position})"
    raise TypeError(f"newscore analyzes a str or an Article{where}, got {type(item).__name__}")


@frozen
class ReadFailure:
    """An input record that could not be read, and where it was: kept so a batch goes on."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


@frozen
class ExtractorError:
    """One extractor's failure on one article: its name and what went wrong."""

    plugin: str = field(converter=_text, validator=v.instance_of(str))
    message: str = field(converter=_text, validator=v.instance_of(str))

    def to_dict(self) -> dict[str, str]:
        return {"plugin": self.plugin, "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtractorError:
        return cls(data["plugin"], data["message"])


@frozen
class Analysis:
    """Everything newscore found in one article.

    Every span in ``entities`` and ``quotes`` is checked against ``article.text`` when the
    analysis is built, entity ids are unique, and each quote's ``speaker_entity`` names
    one of the entities.
    """

    article: Article = field(validator=v.instance_of(Article))
    entities: tuple[Entity, ...] = field(default=(), converter=to_tuple)
    quotes: tuple[Quote, ...] = field(default=(), converter=to_tuple)
    errors: tuple[ExtractorError, ...] = field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        text = self.article.text
        ids = set()
        for entity in self.entities:
            if not isinstance(entity, Entity):
                raise TypeError(f"entities must hold Entity values, got {type(entity).__name__}")
            if entity.id is not None:
                if entity.id in ids:
                    raise ValueError(f"entity id {entity.id!r} is used twice")
                ids.add(entity.id)
            for mention in entity.mentions:
                mention.check_against(text)
        for quote in self.quotes:
            if not isinstance(quote, Quote):
                raise TypeError(f"quotes must hold Quote values, got {type(quote).__name__}")
            for span in quote.spans():
                span.check_against(text)
            if quote.speaker_entity is not None and quote.speaker_entity not in ids:
                raise ValueError(f"quote {quote.id!r} names an unknown speaker entity {quote.speaker_entity!r}")
        for error in self.errors:
            if not isinstance(error, ExtractorError):
                raise TypeError(f"errors must hold ExtractorError values, got {type(error).__name__}")

    def entities_of(self, kind: str) -> tuple[Entity, ...]:
        """The entities of one kind, in article order."""
        return tuple(entity for entity in self.entities if entity.kind == kind)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id; ``KeyError`` if there is none."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form, with ``schema_version`` (see ``docs/data-model.md``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "article": self.article.to_dict(),
            "entities": [entity.to_dict() for entity in self.entities],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "errors": [error.to_dict() for error in self.errors],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Analysis:
        """Rebuild an analysis from :meth:`to_dict`'s output; refuses unknown schema versions."""
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r}; this newscore reads {SCHEMA_VERSION}")
        return cls(
            article=Article.from_dict(data["article"]),
            entities=[Entity.from_dict(item) for item in data.get("entities", ())],
            quotes=[Quote.from_dict(item) for item in data.get("quotes", ())],
            errors=[ExtractorError.from_dict(item) for item in data.get("errors", ())],
        )
