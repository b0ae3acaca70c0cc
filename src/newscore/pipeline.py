"""The pipeline: parse each article once with spaCy, run every extractor over the parse."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from newscore.extractors import Extractor, PeopleExtractor
from newscore.model import Analysis, Article, Entity, ExtractorError, Quote
from newscore.models import load_model, resolve_model_name, shared_model
from newscore.plugins import Plugins

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Pipeline", "analyze", "analyze_many", "order_extractors"]

#: Extractors whose findings give way where a plugin's entity overlaps them.
_BASELINE = frozenset({PeopleExtractor.name})


def _as_article(item: Any, position: int | None = None) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item)
    where = "" if position is None else f" (item {position})"
    raise TypeError(f"newscore analyzes a str or an Article{where}, got {type(item).__name__}")


def _check_extractor(extractor: Any) -> str | None:
    """Why ``extractor`` cannot be used, or None if it can."""
    name = getattr(extractor, "name", None)
    if not isinstance(name, str) or not name:
        return f"{extractor!r} has no name"
    if not callable(getattr(extractor, "extract", None)):
        return f"extractor {name!r} has no extract() method"
    for field in ("needs", "provides"):
        value = getattr(extractor, field, ())
        if isinstance(value, str) or not all(isinstance(kind, str) for kind in value):
            return f"extractor {name!r}: {field} must be a tuple of kind names"
    return None


def order_extractors(extractors: Iterable[Extractor]) -> list[Extractor]:
    """Extractors in an order where each kind is provided before anything needs it.

    Ties keep registration order. Extractors caught in a cycle of needs run last, in
    registration order, rather than not at all.
    """
    pending = list(extractors)
    ordered: list[Extractor] = []
    while pending:
        waiting = {kind for extractor in pending for kind in extractor.provides}
        ready = [
            extractor
            for extractor in pending
            if not (set(extractor.needs) & (waiting - set(extractor.provides)))
        ]
        if not ready:
            ordered.extend(pending)
            break
        ordered.extend(ready)
        pending = [extractor for extractor in pending if extractor not in ready]
    return ordered


@attrs.define
class _Findings:
    """What the extractors have found so far in one article, with pipeline-wide ids."""

    text: str
    entities: list[Entity] = attrs.field(factory=list)
    quotes: list[Quote] = attrs.field(factory=list)
    errors: list[ExtractorError] = attrs.field(factory=list)
    _next_id: itertools.count = attrs.field(factory=lambda: itertools.count(1))

    def add(self, extractor: Extractor, items: Iterable[Any]) -> None:
        """Check one extractor's output and take it in; refuse all of it if any is invalid."""
        new_entities, new_quotes = [], []
        for item in items:
            if isinstance(item, Entity):
                new_entities.append(item)
            elif isinstance(item, Quote):
                new_quotes.append(item)
            else:
                raise TypeError(f"returned {type(item).__name__}, not an Entity or a Quote")
        for entity in new_entities:
            for mention in entity.mentions:
                mention.check_against(self.text)
        for quote in new_quotes:
            for span in quote.spans():
                span.check_against(self.text)
        id_map: dict[str, str] = {}
        renamed = []
        for entity in new_entities:
            new_id = f"e{next(self._next_id)}"
            if entity.id is not None:
                id_map[entity.id] = new_id
            renamed.append(attrs.evolve(entity, id=new_id, extractor=entity.extractor or extractor.name))
        known = {entity.id for entity in self.entities} | set(id_map.values())
        relinked = []
        for quote in new_quotes:
            speaker = id_map.get(quote.speaker_entity, quote.speaker_entity) if quote.speaker_entity else None
            if speaker is not None and speaker not in known:
                raise ValueError(f"a quote names the unknown speaker entity {quote.speaker_entity!r}")
            relinked.append(attrs.evolve(quote, speaker_entity=speaker, extractor=quote.extractor or extractor.name))
        if extractor.name not in _BASELINE:
            self._yield_baseline(renamed)
        self.entities.extend(renamed)
        self.quotes.extend(relinked)

    def _yield_baseline(self, entities: list[Entity]) -> None:
        """Drop baseline mentions that a plugin's entity overlaps, and baseline entities left empty."""
        claimed = sorted((m.start, m.end) for entity in entities for m in entity.mentions)
        if not claimed:
            return
        kept = []
        for entity in self.entities:
            if entity.extractor in _BASELINE:
                mentions = [m for m in entity.mentions if not _overlaps_any(m.start, m.end, claimed)]
                if not mentions:
                    continue
                if len(mentions) != len(entity.mentions):
                    entity = attrs.evolve(entity, mentions=mentions, name=max(mentions, key=len).text)
            kept.append(entity)
        self.entities = kept

    def analysis(self, article: Article) -> Analysis:
        """The final analysis: entities in order of first mention renumbered e1…, quotes q1…."""
        entities = sorted(
            self.entities, key=lambda e: (e.mentions[0].start if e.mentions else len(self.text), e.kind, e.name)
        )
        new_ids = {entity.id: f"e{number}" for number, entity in enumerate(entities, start=1)}
        quotes = sorted(self.quotes, key=lambda q: (q.content[0].start, q.content[0].end))
        return Analysis(
            article=article,
            entities=[attrs.evolve(entity, id=new_ids[entity.id]) for entity in entities],
            quotes=[
                attrs.evolve(quote, id=f"q{number}", speaker_entity=new_ids.get(quote.speaker_entity))
                for number, quote in enumerate(quotes, start=1)
            ],
            errors=self.errors,
        )


def _overlaps_any(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in claimed)


class Pipeline:
    """A spaCy pipeline and the installed extractors, ready to analyze articles.

    ``model`` is a spaCy package name or path (see :func:`newscore.models.resolve_model_name`)
    or an already loaded ``Language``. ``plugins`` defaults to every installed plugin not
    disabled by ``NEWSCORE_DISABLE_PLUGINS``.
    """

    def __init__(self, *, model: str | Language | None = None, plugins: Plugins | None = None) -> None:
        self.plugins = plugins if plugins is not None else Plugins()
        self.problems: list[str] = [f"plugin {f.name!r} failed to load: {f.message}" for f in self.plugins.failures]
        usable, names = [], set()
        for extractor in self.plugins.extractors():
            problem = _check_extractor(extractor)
            if problem is None and extractor.name in names:
                problem = f"a second extractor is named {extractor.name!r}; it is ignored"
            if problem is not None:
                self.problems.append(problem)
                continue
            names.add(extractor.name)
            usable.append(extractor)
        self.extractors: list[Extractor] = order_extractors(usable)
        self._model = model
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded (and configured by plugins) on first use."""
        if self._nlp is None:
            if self._model is not None and not isinstance(self._model, str):
                self._nlp = self._model
            else:
                name = resolve_model_name(self._model)
                if self.plugins.manager.hook.configure_nlp.get_hookimpls():
                    self._nlp = load_model(name)  # plugins change it: a private copy
                else:
                    self._nlp = shared_model(name)
            self.plugins.configure_nlp(self._nlp)
        return self._nlp

    def analyze(self, item: str | Article) -> Analysis:
        """Analyze one article (or plain text)."""
        article = _as_article(item)
        return self.analyze_doc(article, self.nlp(article.text))

    def analyze_many(
        self, items: Iterable[str | Article], *, n_process: int = 1, batch_size: int = 32
    ) -> Iterator[Analysis]:
        """Analyze many articles lazily, in input order, with one ``nlp.pipe`` over them all."""
        articles = (_as_article(item, position) for position, item in enumerate(items))
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
            yield self.analyze_doc(article, doc)

    def analyze_doc(self, article: Article, doc: Doc) -> Analysis:
        """Run every extractor over an article already parsed into ``doc``.

        Each extractor is isolated: one that raises or returns something invalid is
        recorded in ``errors`` and what the others found is kept.
        """
        if doc.text != article.text:
            raise ValueError("the Doc was not parsed from this article's text")
        findings = _Findings(article.text)
        for extractor in self.extractors:
            try:
                output = extractor.extract(
                    article=article, doc=doc, entities=tuple(findings.entities), quotes=tuple(findings.quotes)
                )
                findings.add(extractor, output or ())
            except Exception as error:  # isolation: one extractor's fault is recorded, not raised
                findings.errors.append(ExtractorError(extractor.name, f"{type(error).__name__}: {error}"))
        return findings.analysis(article)


@functools.lru_cache(maxsize=4)
def _default_pipeline(model: str | None) -> Pipeline:
    return Pipeline(model=model)


def analyze(item: str | Article, *, model: str | None = None) -> Analysis:
    """Analyze one article with every installed plugin.

    >>> analysis = analyze("“We will win,” the minister said in Kyiv.")  # doctest: +SKIP
    """
    return _default_pipeline(model).analyze(item)


def analyze_many(
    items: Iterable[str | Article], *, model: str | None = None, n_process: int = 1, batch_size: int = 32
) -> Iterator[Analysis]:
    """Analyze many articles as a stream, in input order (see :meth:`Pipeline.analyze_many`)."""
    return _default_pipeline(model).analyze_many(items, n_process=n_process, batch_size=batch_size)
