"""The pipeline: parse each article once with spaCy, run every extractor over the parse."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newscore._breaker import Breaker
from newscore._budget import OverBudget, call_within
from newscore.arbitration import settle
from newscore.extractors.people import PeopleExtractor
from newscore.model import Analysis, Article, Entity, ExtractorError, Quote, Span, as_article
from newscore.nlp import load_model, resolve_model_name, shared_model
from newscore.options import configure_extractors, normalize_options, options_of
from newscore.plugins import Plugins
from newscore.protocols import Extractor
from newscore.runners.processes import analyze_in_processes
from newscore.text.chunks import cut_points, run_cuts
from newscore.text.fingerprint import doc_fingerprint
from newscore.text.unicode import valid_article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CHUNK_CHARS",
    "CHUNK_TOKENS",
    "DEFAULT_TIME_BUDGET",
    "MAX_TEXT_CHARS",
    "OVERRUN_LIMIT",
    "RETRY_AFTER",
    "Pipeline",
    "analyze",
    "analyze_many",
    "order_extractors",
]

#: Seconds one extractor may spend on one article (or one piece of a long article).
DEFAULT_TIME_BUDGET = 60.0
#: Texts longer than this are parsed and analyzed in pieces of at most this many characters
#: (spaCy's parse of a piece needs about 250 MB more; see docs/security.md and benchmarks/pathological.py).
CHUNK_CHARS = 50_000
#: A piece is cut smaller if it seems to hold more tokens than this (about 60,000 characters of prose).
CHUNK_TOKENS = 12_500
#: Texts longer than this are not analyzed: the analysis holds only an error saying so.
MAX_TEXT_CHARS = 10_000_000
#: At most this many characters go to spaCy in one batch (its memory grows with them).
_BATCH_CHARS = 200_000
#: Runs of non-space characters longer than this are tokenized in pieces (see ``run_cuts``).
_RUN_CHARS = 200
#: An extractor whose thread has been abandoned this many times is not run again.
_ABANDON_LIMIT = 3
#: An extractor that overruns its time budget on this many articles (or pieces) in a row is
#: switched off (one ``newscore analyze`` run, or one worker of it): a hang then costs this
#: many budgets, not one per article.
OVERRUN_LIMIT = 3
#: A switched-off extractor is tried again after this many further articles (or pieces); a
#: trial that overruns switches it off for twice as long as the last wait (``newscore._breaker``).
RETRY_AFTER = 100

#: Kinds whose claims arbitration weighs against each other before anything builds on them.
_ARBITRATED_KINDS = frozenset({"person", "organization", "location"})
#: Extractors whose claims give way to a plugin's of equal standing (``newscore.arbitration``).
_BASELINE = frozenset({PeopleExtractor.name})


def _check_extractor(extractor: Any) -> str | None:
    """Why ``extractor`` cannot be used, or None if it can."""
    try:
        name = getattr(extractor, "name", None)
        if not isinstance(name, str) or not name:
            return f"{type(extractor).__name__} object has no name"
        if not callable(getattr(extractor, "extract", None)):
            return f"extractor {name!r} has no extract() method"
        for field in ("needs", "provides"):
            value = getattr(extractor, field, ())
            if not isinstance(value, (tuple, list)) or not all(isinstance(kind, str) for kind in value):
                return f"extractor {name!r}: {field} must be a tuple of kind names"
        options_of(extractor)
    except Exception as error:  # a property that raises: the extractor is unusable, not the pipeline
        return f"{type(extractor).__name__} object cannot be inspected: {type(error).__name__}: {error}"
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


_Labelled = TypeVar("_Labelled", Entity, Quote)


def _relabelled(item: _Labelled, **labels: str | None) -> _Labelled:
    """``attrs.evolve(item, **labels)`` without running the converters and validators again.

    Only for the labels the pipeline itself writes (ids, a checked extractor name, a known
    speaker id): the item was validated when its extractor built it, and re-validating
    every entity and quote two or three times per article cost as much as a small extractor.
    """
    copy = object.__new__(type(item))
    for attribute in attrs.fields(type(item)):
        name = attribute.name
        object.__setattr__(copy, name, labels[name] if name in labels else getattr(item, name))
    return copy


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
            renamed.append(_relabelled(entity, id=new_id, extractor=entity.extractor or extractor.name))
        known = {entity.id for entity in self.entities} | set(id_map.values())
        relinked = []
        for quote in new_quotes:
            speaker = id_map.get(quote.speaker_entity, quote.speaker_entity) if quote.speaker_entity else None
            if speaker is not None and speaker not in known:
                raise ValueError(f"a quote names the unknown speaker entity {quote.speaker_entity!r}")
            relinked.append(_relabelled(quote, speaker_entity=speaker, extractor=quote.extractor or extractor.name))
        self.entities.extend(renamed)
        self.quotes.extend(relinked)

    def settle(self) -> None:
        """Arbitrate between the entities found so far (``newscore.arbitration``); quotes follow merged
        entities and lose one whose entity lost every mention."""
        settlement = settle(self.entities, baseline=_BASELINE)
        self.entities = list(settlement.entities)
        survivors = {entity.id for entity in self.entities}
        relinked = []
        for quote in self.quotes:
            speaker = settlement.merged.get(quote.speaker_entity or "", quote.speaker_entity)
            if speaker not in survivors:
                speaker = None  # its entity lost every mention to a stronger claim
            relinked.append(quote if speaker == quote.speaker_entity else _relabelled(quote, speaker_entity=speaker))
        self.quotes = relinked

    def analysis(self, article: Article) -> Analysis:
        """The final analysis: entities in order of first mention renumbered e1…, quotes q1…."""
        entities = sorted(
            self.entities, key=lambda e: (e.mentions[0].start if e.mentions else len(self.text), e.kind, e.name)
        )
        new_ids = {entity.id: f"e{number}" for number, entity in enumerate(entities, start=1)}
        quotes = sorted(self.quotes, key=lambda q: (q.content[0].start, q.content[0].end))
        return Analysis(
            article=article,
            entities=[_relabelled(entity, id=new_ids[entity.id]) for entity in entities],
            quotes=[
                _relabelled(quote, id=f"q{number}", speaker_entity=new_ids.get(quote.speaker_entity))
                for number, quote in enumerate(quotes, start=1)
            ],
            errors=self.errors,
        )


@attrs.define
class _Job:
    """One article on its way through the pipeline: its pieces and what each yielded."""

    article: Article
    pieces: list[tuple[int, int]]
    refusal: str | None = None
    parts: list[_Findings] = attrs.field(factory=list)

    @property
    def done(self) -> bool:
        return len(self.parts) == len(self.pieces)

    def analysis(self) -> Analysis:
        if len(self.pieces) == 1:
            return self.parts[0].analysis(self.article)
        return _merge(self.article, list(zip(self.pieces, self.parts)))


@attrs.frozen
class _Unit:
    """One piece of one article's text, as it goes to spaCy."""

    job: _Job
    start: int
    end: int

    @property
    def text(self) -> str:
        text = self.job.article.text
        return text if (self.start, self.end) == (0, len(text)) else text[self.start : self.end]


def _shifted(span: Span, offset: int) -> Any:
    return span if offset == 0 else attrs.evolve(span, start=span.start + offset, end=span.end + offset)


def _piece_article(article: Article, start: int, end: int) -> Article:
    """The article as extractors see one piece of it: the piece's text, paragraphs clipped to it."""
    text = article.text[start:end]
    paragraphs = []
    for paragraph in article.paragraphs:
        low, high = max(paragraph.start, start), min(paragraph.end, end)
        if low < high:
            paragraphs.append(Span.from_text(text, low - start, high - start))
    return attrs.evolve(article, text=text, paragraphs=paragraphs)


@attrs.define
class _Group:
    """Entities with one kind, name and extractor, gathered from the pieces of a long text."""

    first: Entity
    mentions: list[Any] = attrs.field(factory=list)
    aliases: list[str] = attrs.field(factory=list)


def _merge(article: Article, parts: list[tuple[tuple[int, int], _Findings]]) -> Analysis:
    """One analysis from the pieces of a long article.

    Offsets are shifted into the whole text; entities of the same kind, name and
    extractor found in different pieces become one; errors say which piece they are from.
    """
    merged = _Findings(article.text)
    groups: dict[tuple[str, str, str | None], _Group] = {}
    for (start, end), findings in parts:
        local_ids: dict[str | None, str] = {}
        for entity in findings.entities:
            key = (entity.kind, entity.name, entity.extractor)
            group = groups.setdefault(key, _Group(attrs.evolve(entity, id=f"e{len(groups) + 1}")))
            group.mentions.extend(_shifted(mention, start) for mention in entity.mentions)
            group.aliases.extend(alias for alias in entity.aliases if alias not in group.aliases)
            local_ids[entity.id] = group.first.id or ""
        for quote in findings.quotes:
            merged.quotes.append(
                attrs.evolve(
                    quote,
                    content=[_shifted(span, start) for span in quote.content],
                    cue=None if quote.cue is None else _shifted(quote.cue, start),
                    speaker=None if quote.speaker is None else _shifted(quote.speaker, start),
                    speaker_entity=local_ids.get(quote.speaker_entity) if quote.speaker_entity else None,
                )
            )
        merged.errors.extend(
            ExtractorError(error.plugin, f"in characters {start}-{end}: {error.message}") for error in findings.errors
        )
    merged.entities = [
        attrs.evolve(group.first, mentions=group.mentions, aliases=group.aliases) for group in groups.values()
    ]
    return merged.analysis(article)


def _batches(units: Iterable[_Unit], size: int, max_chars: int) -> Iterator[list[_Unit]]:
    """Consecutive units in batches of at most ``size`` units and (beyond one unit) ``max_chars``.

    A piece of a text cut in pieces is parsed alone: the parser's memory grows with what
    it parses at once, and such a piece is already as long as that may be.
    """
    batch: list[_Unit] = []
    chars = 0
    for unit in units:
        length = unit.end - unit.start
        if len(unit.job.pieces) > 1:
            if batch:
                yield batch
                batch, chars = [], 0
            yield [unit]
            continue
        if batch and (len(batch) >= size or chars + length > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(unit)
        chars += length
    if batch:
        yield batch


class Pipeline:
    """A spaCy pipeline and the installed extractors, ready to analyze articles.

    ``model`` is a spaCy package name or path (see :func:`newscore.nlp.resolve_model_name`)
    or an already loaded ``Language``. ``plugins`` defaults to every installed plugin not
    disabled by ``NEWSCORE_DISABLE_PLUGINS``.

    Limits (see ``docs/security.md``): each extractor gets ``time_budget`` seconds per
    article or piece (``None`` for no limit); texts longer than ``chunk_chars`` are parsed
    and analyzed in pieces cut at paragraph, line or sentence boundaries; texts longer
    than ``max_chars`` are not analyzed and their analysis holds an error saying so.

    ``options`` sets extractors' options (see :mod:`newscore.options`):
    ``{"locations": {"include_demonyms": True}}``; an unknown or ill-typed one raises
    :class:`~newscore.errors.OptionError`.
    """

    def __init__(
        self,
        *,
        model: str | Language | None = None,
        plugins: Plugins | None = None,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        chunk_chars: int = CHUNK_CHARS,
        max_chars: int = MAX_TEXT_CHARS,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        if chunk_chars < 2 or max_chars < 0:
            raise ValueError("chunk_chars must be at least 2 and max_chars at least 0")
        self.plugins = plugins if plugins is not None else Plugins()
        self.time_budget = time_budget
        self.chunk_chars = chunk_chars
        self.max_chars = max_chars
        self._problems: list[str] = []
        usable, names = [], set()
        found = self.plugins.extractors()
        for extractor in found:
            problem = _check_extractor(extractor)
            if problem is None and extractor.name in names:
                problem = f"a second extractor is named {extractor.name!r}; it is ignored"
            if problem is not None:
                self._problems.append(problem)
                continue
            names.add(extractor.name)
            usable.append(extractor)
        #: The options given, by extractor then option name (what travels to worker processes).
        self.options = normalize_options(options)
        usable = configure_extractors(usable, self.options, ignored=self.plugins.disabled)
        self.extractors: list[Extractor] = order_extractors(usable)
        self._prepared = False
        self._breakers: dict[str, Breaker] = {}  # by extractor name, made on its first run
        self._model = model
        self._nlp: Language | None = None

    @property
    def model(self) -> str | Language | None:
        """The model this pipeline was made with: a name or path, a loaded ``Language``, or None for the default."""
        return self._model

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded (and configured by plugins) on first use."""
        if self._nlp is None:
            if self._model is not None and not isinstance(self._model, str):
                nlp = self._model
            else:
                name = resolve_model_name(self._model)
                if self.plugins.manager.hook.configure_nlp.get_hookimpls():
                    nlp = load_model(name)  # plugins change it: a private copy
                else:
                    nlp = shared_model(name)
            self.plugins.configure_nlp(nlp)
            self._nlp = nlp
        return self._nlp

    @property
    def problems(self) -> list[str]:
        """What is wrong with the plugins: ones that failed to load or whose hooks raised, unusable extractors."""
        return [str(failure) for failure in self.plugins.failures] + self._problems

    def prepare(self) -> None:
        """Load the model and let every extractor load its data (its optional ``prepare()``), once.

        Called before the first article, outside any article's time budget, so a tight
        budget never cuts data loading short. An extractor whose ``prepare()`` raises is
        listed in :attr:`problems` (and its ``extract`` fails per article as it will).
        """
        self.nlp  # noqa: B018 - loaded here, before any budget runs
        self._prepare_extractors()

    def _prepare_extractors(self) -> None:
        if self._prepared:
            return
        self._prepared = True
        for extractor in self.extractors:
            prepare = getattr(extractor, "prepare", None)
            if not callable(prepare):
                continue
            try:
                prepare()
            except (Exception, SystemExit) as error:  # recorded; the other extractors still run
                self._problems.append(f"extractor {extractor.name!r} failed to prepare: {type(error).__name__}: {error}")

    def analyze(self, item: str | Article) -> Analysis:
        """Analyze one article (or plain text); a text spaCy cannot parse gives an error entry."""
        return next(iter(self.analyze_many([item], batch_size=1)))

    def analyze_many(
        self, items: Iterable[str | Article], *, n_process: int = 1, batch_size: int = 32
    ) -> Iterator[Analysis]:
        """Analyze many articles lazily, in input order: exactly one analysis per item.

        A text spaCy fails on gets an analysis whose ``errors`` say so, and the batch goes
        on. Raises ``TypeError`` for an item that is neither a str nor an Article.
        With ``n_process`` > 1 (-1: every CPU) whole pipelines run in worker processes,
        ``batch_size`` articles at a time (see :mod:`newscore.runners.processes`).
        """
        if n_process != 1:
            yield from analyze_in_processes(self, items, n_process=n_process, batch_size=batch_size)
            return
        self.prepare()
        units = (
            _Unit(job, start, end) for job in map(self._job, itertools.count(), items) for start, end in job.pieces
        )
        parsed = self._parse_in_batches(units, batch_size)
        for unit, doc in parsed:
            job = unit.job
            job.parts.append(self._analyze_piece(unit, doc))
            if job.done:
                yield job.analysis()

    def analyze_doc(self, article: Article, doc: Doc) -> Analysis:
        """Run every extractor over an article already parsed into ``doc`` (no cutting in pieces).

        Each extractor is isolated: one that raises, runs past its time budget or
        returns something invalid is recorded in ``errors`` and what the others found is
        kept.
        """
        if doc.text != article.text:
            raise ValueError("the Doc was not parsed from this article's text")
        self._prepare_extractors()
        findings = _Findings(article.text)
        self._run_extractors(article, doc, findings)
        return findings.analysis(article)

    # --- internals ---------------------------------------------------------------------

    def _job(self, position: int, item: Any) -> _Job:
        article = valid_article(as_article(item, position))
        length = len(article.text)
        if length > self.max_chars:
            refusal = (
                f"the text has {length:,} characters, more than the limit of {self.max_chars:,}; "
                "it was not analyzed"
            )
            return _Job(article, [(0, 0)], refusal)
        return _Job(article, cut_points(article.text, self.chunk_chars, CHUNK_TOKENS))

    def _parse_alone(self, nlp: Language, text: str) -> Doc | Exception:
        try:
            return nlp(_tokenizable(nlp, text))
        except Exception as error:  # recorded in the article's analysis
            return error

    def _parse_in_batches(self, units: Iterable[_Unit], batch_size: int) -> Iterator[tuple[_Unit, Any]]:
        """Parse in batches bounded in count and characters; a failing batch is parsed text by text."""
        nlp = self.nlp
        for batch in _batches(units, batch_size, max(self.chunk_chars, _BATCH_CHARS)):
            texts = [unit.text for unit in batch]
            try:
                inputs = [_tokenizable(nlp, text) for text in texts]
                docs: list[Any] = list(nlp.pipe(inputs, batch_size=len(texts)))
                if len(docs) != len(texts) or not all(map(_parsed_from, docs, texts)):
                    raise RuntimeError("spaCy returned fewer or other docs than it was given")
            except Exception:
                docs = [self._parse_alone(nlp, text) for text in texts]
            yield from zip(batch, docs)

    def _analyze_piece(self, unit: _Unit, doc: Any) -> _Findings:
        job = unit.job
        findings = _Findings(unit.text)
        if job.refusal is not None:
            findings.errors.append(ExtractorError("newscore", job.refusal))
        elif isinstance(doc, Exception):
            findings.errors.append(ExtractorError("spacy", f"parsing failed: {type(doc).__name__}: {doc}"))
        else:
            article = job.article if len(job.pieces) == 1 else _piece_article(job.article, unit.start, unit.end)
            self._run_extractors(article, doc, findings)
        return findings

    def _run_extractors(self, article: Article, doc: Doc, findings: _Findings) -> None:
        before = doc_fingerprint(doc)
        settle_before = _first_to_settle_before(self.extractors)
        for position, extractor in enumerate(self.extractors):
            if position == settle_before:  # every claim on a name is in: settle before what builds on them
                findings.settle()
            breaker = self._breakers.get(extractor.name)
            if breaker is None:
                breaker = Breaker(limit=OVERRUN_LIMIT, retry_after=RETRY_AFTER, abandon_limit=_ABANDON_LIMIT)
                self._breakers[extractor.name] = breaker
            reason = breaker.refusal()
            if reason is not None:
                findings.errors.append(ExtractorError(extractor.name, reason))
                continue
            run = _extraction(extractor, article, doc, findings)
            try:
                output = call_within(self.time_budget, run)
                breaker.finished()
                findings.add(extractor, output)
            except OverBudget as error:
                breaker.overran(abandoned=error.abandoned)
                findings.errors.append(ExtractorError(extractor.name, str(error)))
            except (Exception, SystemExit) as error:  # isolation: one extractor's fault is recorded, not raised
                breaker.finished()  # it finished in time
                findings.errors.append(ExtractorError(extractor.name, f"{type(error).__name__}: {error}"))
            if not before.matches(doc):  # the Doc is shared: a change would silently alter the others' results
                undone = before.restore(doc)
                message = "changed the shared spaCy Doc (its tokens, tags, parse or entities)" + (
                    "; the change was undone for the extractors after it" if undone else "; it could not be undone"
                )
                findings.errors.append(ExtractorError(extractor.name, message))
        findings.settle()


def _first_to_settle_before(extractors: list[Extractor]) -> int | None:
    """Where arbitration runs before the end: before the first extractor that needs entities
    once no extractor from there on provides a kind arbitration weighs (so every claim is in)."""
    for position, extractor in enumerate(extractors):
        later = {kind for other in extractors[position:] for kind in other.provides}
        if extractor.needs and not later & _ARBITRATED_KINDS:
            return position
    return None


def _parsed_from(doc: Doc, text: str) -> bool:
    """Whether ``doc`` holds ``text``, checked at both ends and in length: ``doc.text`` would join
    every token in Python, which costs as much as an extractor."""
    if not len(doc):
        return not text
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text_with_ws, first.idx)
        and text.startswith(last.text_with_ws, last.idx)
    )


def _tokenizable(nlp: Language, text: str) -> str | Doc:
    """``text`` for spaCy, or, if it holds a very long run without spaces, a Doc tokenized piece by piece.

    spaCy's tokenizer is quadratic in the length of such a run; the pipeline's other
    components run on the Doc as usual.
    """
    pieces = run_cuts(text, _RUN_CHARS)
    if pieces is None:
        return text
    from spacy.tokens import Doc

    return Doc.from_docs([nlp.make_doc(text[start:end]) for start, end in pieces], ensure_whitespace=False)


def _extraction(extractor: Extractor, article: Article, doc: Doc, findings: _Findings) -> Callable[[], list[Any]]:
    """A call running ``extractor`` to completion: a lazy generator is run inside the budget too."""
    entities, quotes = tuple(findings.entities), tuple(findings.quotes)

    def run() -> list[Any]:
        output = extractor.extract(article=article, doc=doc, entities=entities, quotes=quotes)
        if output is None:
            return []
        if isinstance(output, (str, bytes, Entity, Quote, dict)):
            raise TypeError(f"returned a {type(output).__name__}, not an iterable of entities and quotes")
        return list(output)

    return run



@functools.lru_cache(maxsize=4)
def _cached_pipeline(model: str | None, options: tuple[tuple[str, str, Any], ...]) -> Pipeline:
    nested: dict[str, dict[str, Any]] = {}
    for extractor, name, value in options:
        nested.setdefault(extractor, {})[name] = value
    return Pipeline(model=model, options=nested)


def _default_pipeline(model: str | None, options: Mapping[str, Any] | None = None) -> Pipeline:
    """One pipeline per model and options, kept for the next call."""
    given = normalize_options(options)
    flat = tuple(sorted((extractor, name, value) for extractor, values in given.items() for name, value in values.items()))
    try:
        hash(flat)
    except TypeError:  # a value no option can take: the pipeline says which
        return Pipeline(model=model, options=given)
    return _cached_pipeline(model, flat)


def analyze(item: str | Article, *, model: str | None = None, options: Mapping[str, Any] | None = None) -> Analysis:
    """Analyze one article with every installed plugin (``options``: see :class:`Pipeline`).

    >>> analysis = analyze("“We will win,” the minister said in Kyiv.")  # doctest: +SKIP
    """
    return _default_pipeline(model, options).analyze(item)


def analyze_many(
    items: Iterable[str | Article],
    *,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    options: Mapping[str, Any] | None = None,
) -> Iterator[Analysis]:
    """Analyze many articles as a stream, in input order (see :meth:`Pipeline.analyze_many`)."""
    return _default_pipeline(model, options).analyze_many(items, n_process=n_process, batch_size=batch_size)
