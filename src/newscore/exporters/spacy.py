"""Analyses as spaCy ``Doc`` objects, and the ``spacy`` output format (``Doc.to_json()`` per line).

The ``Doc`` is only tokenised (no tagger, parser or NER runs): what it carries comes
from the analysis.

* ``doc.ents``: one span per entity mention, labelled ``PERSON``, ``ORG``, ``GPE`` (or the
  kind upper-cased), with ``kb_id_`` the newscore entity id. ``doc.ents`` cannot
  overlap, so overlapping mentions are reduced with :func:`spacy.util.filter_spans`
  (longest first); every mention is also in ``doc.spans["newscore_entities"]``.
* ``doc.spans["newscore_quotes"]``: each content span of each quote, labelled with the
  quote's kind, ``kb_id_`` the quote id; cues and speakers in ``newscore_cues`` and
  ``newscore_speakers``.

newscore offsets are characters and need not fall on token boundaries (``Putin`` inside
``Putin’s`` does; a mention inside a hyphenated word may not): each span is widened to
the tokens it touches (``alignment_mode="expand"``), never dropped and never narrowed.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TextIO

from newscore.exporters.json import write_json_lines
from newscore.hookspecs import hookimpl
from newscore.model import Analysis, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.vocab import Vocab

__all__ = ["ENTITY_LABELS", "SpacyJsonExporter", "spacy_language", "to_spacy_doc"]

#: spaCy labels for newscore's entity kinds; other kinds are upper-cased.
ENTITY_LABELS: Mapping[str, str] = {"person": "PERSON", "organization": "ORG", "location": "GPE"}

_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _doc_from_vocab(vocab: Vocab, text: str) -> Doc:
    """A Doc of ``text`` from a bare vocabulary: words and punctuation, spaCy's whitespace rules."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.isspace():
            if words and not spaces[-1] and token.startswith(" "):
                spaces[-1] = True  # one space after a word belongs to it, as in spaCy
                token = token[1:]
            if not token:
                continue
        words.append(token)
        spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces)


def _span(doc: Doc, span: Span, label: str, kb_id: str | None) -> SpacySpan | None:
    if span.start == span.end:
        return None  # spaCy expands an empty span to a whole token: an empty span marks nothing
    widened = doc.char_span(span.start, span.end, label=label, kb_id=kb_id or "", alignment_mode="expand")
    return widened if widened is not None and len(widened) else None  # only whitespace: no token to mark


def to_spacy_doc(
    analysis: Analysis, nlp_or_vocab: Language | Vocab, *, labels: Mapping[str, str] | None = None
) -> Doc:
    """A tokenised spaCy ``Doc`` of the article carrying the analysis' entities and quotes.

    ``nlp_or_vocab`` is a ``Language`` (only its tokenizer runs) or a ``Vocab`` (the text
    is split into words and punctuation). ``labels`` maps kinds to entity labels
    (default :data:`ENTITY_LABELS`). Spans are widened to token boundaries.
    """
    from spacy.language import Language
    from spacy.util import filter_spans

    text = analysis.article.text
    doc = nlp_or_vocab.make_doc(text) if isinstance(nlp_or_vocab, Language) else _doc_from_vocab(nlp_or_vocab, text)
    names = {**ENTITY_LABELS, **(labels or {})}
    found: list[SpacySpan | None] = []
    for entity in analysis.entities:
        label = names.get(entity.kind, entity.kind.upper())
        found.extend(_span(doc, mention, label, entity.id) for mention in entity.mentions)
    mentions = [span for span in found if span is not None]
    doc.spans["newscore_entities"] = mentions
    doc.ents = filter_spans(mentions)
    groups: dict[str, list] = {"newscore_quotes": [], "newscore_cues": [], "newscore_speakers": []}
    for quote in analysis.quotes:
        groups["newscore_quotes"].extend(_span(doc, part, quote.kind, quote.id) for part in quote.content)
        if quote.cue is not None:
            groups["newscore_cues"].append(_span(doc, quote.cue, "cue", quote.id))
        if quote.speaker is not None:
            groups["newscore_speakers"].append(_span(doc, quote.speaker, "speaker", quote.speaker_entity or quote.id))
    for key, spans in groups.items():
        doc.spans[key] = [span for span in spans if span is not None]
    return doc


def spacy_language(language: str | None) -> str:
    """The spaCy language to tokenize an article in: ``en`` without a language, its code when spaCy has it, else ``xx``.

    The article's ``language`` comes from the input, and spaCy imports a module named
    after the code it is given, so only a plain code reaches spaCy: the primary subtag
    (``en`` of ``en-GB``), lowercased, two or three letters a-z, for which spaCy has a
    ``spacy.lang`` module. Anything else (``en.examples``, ``../x``) gets the
    multi-language tokenizer ``xx``.
    """
    if language is None:
        return "en"
    code = language.strip().lower().replace("_", "-").split("-")[0]
    if _LANGUAGE_CODE.fullmatch(code) and importlib.util.find_spec(f"spacy.lang.{code}") is not None:
        return code
    return "xx"


@functools.lru_cache(maxsize=8)
def _tokenizer_for(code: str) -> Language:
    import spacy

    try:
        return spacy.blank(code)
    except Exception:  # a language whose module needs more than spaCy has (a missing dependency): the multi-language one
        return spacy.blank("xx")


class SpacyJsonExporter:
    """``--format spacy``: each analysis as the JSON of :func:`to_spacy_doc`'s ``Doc``, one per line.

    Read a line back with ``Doc(nlp.vocab).from_json(json.loads(line))``. Tokenised
    with spaCy's rule-based tokenizer for the article's language (English by default).
    """

    name = "spacy"
    description = "spaCy Doc.to_json() per line: entities as ents, quotes in spans['newscore_quotes']"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        docs = (to_spacy_doc(analysis, _tokenizer_for(spacy_language(analysis.article.language))) for analysis in analyses)
        write_json_lines((doc.to_json() for doc in docs), stream)


@hookimpl
def register_exporters() -> list[SpacyJsonExporter]:
    return [SpacyJsonExporter()]
