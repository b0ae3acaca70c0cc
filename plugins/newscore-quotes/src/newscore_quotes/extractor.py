"""The ``quotes`` extractor: direct, partial, indirect and mixed quotes with their speakers.

One pass over the quotation marks (``marks``, placed by ``layout``) and one over the tokens
(cue verbs from ``cues``, read off the parse by ``parse``, indexed by ``cue_index``); then
direct quotes (``direct``), reported speech (``reported``) and partial quotes (``partial``),
their speakers found by ``attribution`` and resolved by ``speakers``. Every step looks only
at a bounded window of tokens, so the cost is linear in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscore import Article, Entity, Quote, token_table
from newscore_quotes.attribution import CueSpeakers, attribute_from_context
from newscore_quotes.cue_index import CueIndex
from newscore_quotes.direct import DirectQuotes
from newscore_quotes.layout import ArticleLayout
from newscore_quotes.partial import PartialQuotes
from newscore_quotes.reported import ReportedSpeech
from newscore_quotes.speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["QuoteExtractor"]


class QuoteExtractor:
    """Finds quotes and who said them (see the package README for what it covers)."""

    name = "quotes"
    version = "1"
    needs = ("person", "organization", "location")
    # New speaker entities are groups ("Western leaders"), or people and organisations the
    # entity extractors missed: kinds it needs, which the contract lets it add.
    provides = ("quote", "group")

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> list[Entity | Quote]:
        """The quotes of one article, and any speaker entities it had to create."""
        table = token_table(doc)
        layout = ArticleLayout(article, table)
        quoted = [(run.opening, run.closing) for run in layout.runs]
        resolver = SpeakerResolver(layout.text, table, entities, ignore_before=layout.dateline_end, quoted=quoted)
        cues = CueIndex(table)
        speakers = CueSpeakers(layout, cues, resolver)
        direct = DirectQuotes(layout, cues, speakers).find()
        direct_runs = {r for item in direct for r in item.runs}
        reported = ReportedSpeech(layout, cues, speakers).find({item.cue_token for item in direct})
        partial = PartialQuotes(layout, cues, speakers).find(direct_runs, reported)
        found = sorted([*direct, *reported, *partial], key=lambda f: f.pieces[0])
        attribute_from_context(found)
        return [*resolver.new_entities, *(item.to_quote(layout.text) for item in found)]
