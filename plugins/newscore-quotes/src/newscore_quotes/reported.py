"""Reported speech: the clausal complement of a speech or belief verb (``said that …``), and
``according to X``; ``mixed`` when the clause holds quoted words, else ``indirect``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import TYPE_CHECKING

from newscore.text import QUOTE_CHARS
from newscore_quotes.cues import SECTION_LABELS
from newscore_quotes.found import FoundQuote
from newscore_quotes.layout import ArticleLayout
from newscore_quotes.parse import (
    according_source,
    interrupting_cue,
    is_unnamed_asking,
    medium_clause,
    nominal_cues,
    nominal_report,
    object_report,
    parenthetical_clause,
    reported_clause,
    short_answer,
)
from newscore_quotes.speakers import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newscore_quotes.attribution import CueSpeakers
    from newscore_quotes.cue_index import CueIndex

__all__ = ["ReportedSpeech"]

#: ``Source: claim`` on a headline line: up to five capitalised words (``Dr. Ben Carson``, ``NY Post``),
#: not led by an article (``The Latest``); a lower-case word makes it a topic (``Pakistan floods:``)
#: or a sentence (``Kerr told BBC Scotland:``), not a source.
_HEADLINE_SOURCE = re.compile(r"[ \t]*(?!(?:The|A|An) )([A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z(&][\w.’'&()-]*|of)){0,4}):[ \t]+(\S[^\n]*)")
_HEADLINE_TRAILING = frozenset(" \t.!" + QUOTE_CHARS)
_HEADLINE_CLAIM_WORDS = 3
_HEADLINE_WORDS = 25  # a longer line is a paragraph of its own, not a headline or a transcript line



class ReportedSpeech:
    """Finds the indirect and mixed quotes of one article."""

    def __init__(self, layout: ArticleLayout, cues: CueIndex, speakers: CueSpeakers) -> None:
        self._layout = layout
        self._cues = cues
        self._speakers = speakers

    def find(self, direct_cues: Collection[int | None]) -> list[FoundQuote]:
        """Every reported clause whose cue attributes no direct quote and that is not mostly a
        direct quotation, the outermost of nested ones."""
        layout, cues = self._layout, self._cues
        results: list[FoundQuote] = []
        for i in cues.reporting():
            if i in direct_cues or layout.run_covering(layout.table.idx[i]) is not None:
                continue
            token = layout.table.tokens[i]
            if i in cues.according:
                item = self._according(token)
            else:
                item = self._clause(token, weak=cues.strengths[i] == "weak")
            if item is None or layout.in_headline(item.pieces[0][0]):
                continue
            if self._overlaps_direct(item.pieces):
                continue
            results.append(item)
        results.extend(item for item in self._headline_sources() if not self._overlaps_direct(item.pieces))
        for i in nominal_cues(layout.table):
            item = self._nominal(layout.table.tokens[i])
            if item is not None and not layout.in_headline(item.pieces[0][0]) and not self._overlaps_direct(item.pieces):
                results.append(item)
        return _outermost(results)

    def _headline_sources(self) -> list[FoundQuote]:
        """Headlines and transcript lines of the form ``Source: what they said`` (``Graham: Trump's
        rhetoric destroying GOP's chance``, ``Poll: Sanders leads``, ``TAPPER: Do you think …``): a
        line of a short capitalised source, a colon and a claim. The claim is short (a headline),
        unless the source is written in capitals or opens several lines (a transcript's speaker).
        Section labels (``The Latest:``, ``Delegate Update:``, ``Editor's note:``) are not sources."""
        layout, table = self._layout, self._layout.table
        text, found = layout.text, []
        ends = [*layout.paragraph_starts[1:], len(text) + 1]
        lines = []
        for start, end in zip(layout.paragraph_starts, ends, strict=True):
            match = _HEADLINE_SOURCE.match(text, start, end - 1)
            if match is not None and match.group(1).split()[-1].casefold() not in SECTION_LABELS:
                lines.append(match)
        openings = Counter(match.group(1) for match in lines)
        for match in lines:
            content_start, content_end = match.start(2), match.end(2)
            while content_end > content_start and text[content_end - 1] in _HEADLINE_TRAILING:
                content_end -= 1
            while content_start < content_end and text[content_start] in QUOTE_CHARS:
                content_start += 1
            words = len(text[content_start:content_end].split())
            source_name = match.group(1)
            transcript = openings[source_name] > 1 or (source_name.isupper() and len(source_name) > 2)
            if words < _HEADLINE_CLAIM_WORDS or (words > _HEADLINE_WORDS and not transcript):
                continue
            colon = layout.token_at(match.end(1))
            source = table.tokens[layout.token_at(match.end(1) - 1)]
            speaker = self._speakers.resolver.resolve_or_phrase(source)
            found.append(self._reported_quote(table.tokens[colon], [(content_start, content_end)], speaker, 0.5))
        return found

    def _nominal(self, noun: Token) -> FoundQuote | None:
        """A clause a reporting noun holds (``X's statement that …``, ``charges by X that …``),
        said by the noun's owner or agent; with neither it is said by no one the article names,
        and left out (never given to the sentence's subject)."""
        found = nominal_report(noun)
        if found is None:
            return None
        source, (start, end) = found
        speaker = self._speakers.resolver.resolve_or_phrase(source)
        table = self._layout.table
        return self._reported_quote(noun, [(table.idx[start], table.end[end - 1])], speaker, 0.6)

    def _clause(self, verb: Token, *, weak: bool) -> FoundQuote | None:
        layout = self._layout
        paragraph_start = layout.paragraph_starts[layout.paragraph_of(verb.idx)]
        first = layout.table.next_token(paragraph_start)
        interrupted = None if weak else interrupting_cue(verb, first)  # "A, X said, B": both sides
        clause = None if interrupted else reported_clause(verb, first) or medium_clause(verb)  # "said in a statement that …"
        if clause is None and not weak and not interrupted:
            clause = object_report(verb) or short_answer(verb)  # "accused X of Y", "announced his resignation", "said yes"
        pieces = interrupted or ([clause] if clause is not None else None if weak else parenthetical_clause(verb))
        if not pieces:
            return None
        table = self._layout.table
        chars = [(table.idx[start], table.end[end - 1]) for start, end in pieces]
        if clause is not None and is_unnamed_asking(verb):
            return self._reported_quote(verb, chars, None, 0.5)
        head = self._speakers.of_clause(verb, pieces[0])
        if head is None:
            return None
        speaker = self._speakers.resolver.resolve(head)
        if weak and (speaker is None or speaker.entity_id is None):
            return None  # a belief is reported only for someone the article names
        if speaker is None:  # said is said, even when we cannot tell who "he" is
            speaker = self._speakers.resolver.unresolved(head)
        return self._reported_quote(verb, chars, speaker, 0.7 if not weak else 0.5)

    def _according(self, token: Token) -> FoundQuote | None:
        source = according_source(token)
        if source is None:
            return None
        # "according to someone in attendance": a source, even one the article does not name
        speaker = self._speakers.resolver.resolve_or_phrase(source)
        sentence = token.sent
        table = self._layout.table
        pieces = []
        after = max(source.right_edge.i, token.right_edge.i) + 1  # past "an interview his brother gave to ITV"
        for start, end in ((sentence.start, token.i), (after, sentence.end)):
            while start < end and (table.is_punct[start] or table.is_space[start]):
                start += 1
            while end > start and (table.is_punct[end - 1] or table.is_space[end - 1]):
                end -= 1
            if end - start >= 3:
                pieces.append((table.idx[start], table.end[end - 1]))
        if not pieces:
            return None
        return self._reported_quote(token, pieces, speaker, 0.65)

    def _reported_quote(
        self, cue: Token, pieces: list[tuple[int, int]], speaker: Speaker | None, confidence: float
    ) -> FoundQuote:
        layout = self._layout
        dateline_end = layout.dateline_end
        pieces = [(max(start, dateline_end) if start < dateline_end < end else start, end) for start, end in pieces]
        inside = [
            i for i in range(layout.first_run_from(pieces[0][0]), len(layout.runs)) if layout.runs[i].opening < pieces[-1][1]
        ]
        kind = "mixed" if inside else "indirect"
        if speaker is not None:
            confidence = min(confidence, speaker.confidence)
        return FoundQuote(
            kind, pieces, self._cues.chars(cue.i), speaker, confidence,
            cue_token=cue.i, paragraph=layout.paragraph_of(pieces[0][0]), runs=inside,
        )

    def _overlaps_direct(self, pieces: list[tuple[int, int]]) -> bool:
        """Whether a reported clause is mostly a quote-like quotation (then it is that direct quote)."""
        layout = self._layout
        total = sum(end - start for start, end in pieces)
        covered = 0
        for i in range(max(layout.first_run_from(pieces[0][0]) - 1, 0), len(layout.runs)):
            run = layout.runs[i]
            if run.opening > pieces[-1][1]:
                break
            if not layout.quote_like[i]:
                continue
            for start, end in pieces:
                covered += max(0, min(end, run.closing) - max(start, run.opening))
        return covered * 2 > total


def _outermost(items: list[FoundQuote]) -> list[FoundQuote]:
    """Drop reported clauses nested inside another ("she felt [Mohamed had been …]"): the
    outer clause is what was reported, the inner one is part of it."""
    kept: list[FoundQuote] = []
    reach = -1
    for item in sorted(items, key=lambda f: (f.pieces[0][0], -f.pieces[-1][1])):
        start, end = item.pieces[0][0], item.pieces[-1][1]
        if end <= reach and kept and start >= kept[-1].pieces[0][0]:
            continue
        kept.append(item)
        reach = max(reach, end)
    return sorted(kept, key=lambda f: f.pieces[0])
