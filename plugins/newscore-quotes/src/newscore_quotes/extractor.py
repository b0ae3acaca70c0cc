"""The ``quotes`` extractor: direct, partial, indirect and mixed quotes with their speakers.

One pass over the quotation marks (``marks``) and one over the tokens (cue verbs from
``cues``, read off the parse by ``parse``); speakers are resolved by ``speakers``. Every
step looks only at a bounded window of tokens, so the cost is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import define, field

from newscore import Article, Entity, Quote, Span, token_table
from newscore_quotes.marks import QuotedRun, find_quoted_runs
from newscore_quotes.parse import (
    according_source,
    cue_strength,
    inverted_subject,
    is_according,
    might_be_cue,
    reported_clause,
    subject_of,
)
from newscore_quotes.speakers import Speaker, SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuoteExtractor"]

_AFTER_WINDOW = 16  # tokens after a closing mark in which its attribution is looked for
_BEFORE_WINDOW = 30  # tokens before an opening mark
_BOUNDARY_BEFORE = frozenset(".!?:;,—–-(\n") | frozenset("”’\"'»")
_SENTENCE_END = frozenset(".!?")
_FIRST_PERSON = frozenset(["i", "we", "you", "me", "us"])
_HEADLINE_WORDS = 20
_CONTEXT_PARAGRAPHS = 2


@define
class _Found:
    """A quote under construction."""

    kind: str
    pieces: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: Speaker | None
    confidence: float
    cue_token: int | None = None
    paragraph: int = 0
    runs: list[int] = field(factory=list)


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
        return _Article(article, doc, entities).extract()


class _Article:
    """The state of one extraction: the text, its parse, its quotation marks and paragraphs."""

    def __init__(self, article: Article, doc: Doc, entities: Sequence[Entity]) -> None:
        self.text = article.text
        self.doc = doc
        self.table = table = token_table(doc)
        self.tokens = table.tokens  # shared Token objects: ``doc[i]`` would build a new one each time
        self.dateline_end = _dateline_end(self.text)
        self.runs = [run for run in find_quoted_runs(self.text) if _has_words(self.text, run)]
        quoted = [(run.opening, run.closing) for run in self.runs]
        self.resolver = SpeakerResolver(self.text, doc, entities, ignore_before=self.dateline_end, quoted=quoted)
        self.token_starts = table.idx
        self.strengths, self.according = self._find_cues()
        self.paragraph_starts = _paragraph_starts(self.text)
        self.headlines = self._headline_paragraphs(article)
        self.run_starts = [run.opening for run in self.runs]
        self.quote_like = [self._is_quote_like(run) for run in self.runs]

    def _find_cues(self) -> tuple[dict[int, str], set[int]]:
        """Every cue of the article, read once: token index → cue strength, and the ``according`` tokens.

        A cheap test on the table's columns leaves only the few tokens that can be cues
        for the exact (Token-based) tests of ``parse``.
        """
        tokens = self.tokens
        strengths: dict[int, str] = {}
        according: set[int] = set()
        for i in might_be_cue(self.table):
            token = tokens[i]
            strength = cue_strength(token)
            if strength is not None:
                strengths[i] = strength
            if is_according(token):
                according.add(i)
        return strengths, according

    def is_speech_cue(self, i: int) -> bool:
        """Whether token ``i`` can attribute a quotation: a speech verb or ``according (to)``."""
        return self.strengths.get(i) == "speech" or i in self.according

    # --- positions ------------------------------------------------------------------------

    def token_at(self, char: int) -> int:
        """Index of the token covering (or first after) ``char``."""
        index = bisect.bisect_right(self.token_starts, char) - 1
        return max(index, 0)

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def run_covering(self, char: int) -> int | None:
        index = bisect.bisect_right(self.run_starts, char) - 1
        if index >= 0 and self.runs[index].opening <= char <= self.runs[index].closing:
            return index
        return None

    def _headline_paragraphs(self, article: Article) -> set[int]:
        """Lines that read as headlines: short, with no closing punctuation (quotes there are not quotes)."""
        text, headlines = self.text, set()
        titles = {t.strip() for t in (article.title, *article.subheadings) if t}
        ends = [*self.paragraph_starts[1:], len(text) + 1]
        for number, (start, end) in enumerate(zip(self.paragraph_starts, ends, strict=True)):
            line = text[start : end - 1].strip()
            if not line:
                continue
            bare = line.rstrip("\"'”’»")
            if line in titles or (bare[-1:] not in ".!?:" and len(line.split()) <= _HEADLINE_WORDS):
                headlines.add(number)
        return headlines

    def _is_quote_like(self, run: QuotedRun) -> bool:
        """Whether a quotation stands as said words (a sentence, or after a cue) rather than a fragment."""
        text = self.text
        i = run.opening - 1
        while i >= 0 and text[i] in " \t\u00a0":
            i -= 1
        if i < 0 or text[i] in _BOUNDARY_BEFORE:
            return True
        lemma = self.tokens[self.token_at(i)].lemma_
        return lemma.lower() in _INTRODUCING and _word_count(text, run) >= 3

    # --- the whole extraction -------------------------------------------------------------

    def extract(self) -> list[Entity | Quote]:
        found: list[_Found] = []
        used: set[int] = set()
        direct_by_run: dict[int, _Found] = {}
        for index, run in enumerate(self.runs):
            if index in used or not self.quote_like[index] or self.paragraph_of(run.opening) in self.headlines:
                continue
            quote = self._direct(index, used)
            if quote is not None:
                found.append(quote)
                for r in quote.runs:
                    direct_by_run[r] = quote
        reported = self._reported(direct_by_run)
        found.extend(reported)
        found.extend(self._partials(direct_by_run, reported))
        found.sort(key=lambda f: f.pieces[0])
        self._attribute_from_context(found)
        quotes = [self._quote(item) for item in sorted(found, key=lambda f: f.pieces[0])]
        return [*self.resolver.new_entities, *quotes]

    def _quote(self, item: _Found) -> Quote:
        text = self.text
        speaker = item.speaker
        return Quote(
            kind=item.kind,
            content=[Span.from_text(text, start, end) for start, end in item.pieces],
            cue=None if item.cue is None else Span.from_text(text, *item.cue),
            speaker=None if speaker is None else speaker.span,
            speaker_entity=None if speaker is None else speaker.entity_id,
            speaker_name=None if speaker is None else speaker.name,
            confidence=round(item.confidence, 3),
        )

    def _cue_span(self, token: Token) -> tuple[int, int]:
        i, table = token.i, self.table
        last = i + 1 if i in self.according else i  # "according to" ends after "to"
        return table.idx[i], table.end[last]

    # --- direct quotes --------------------------------------------------------------------

    def _direct(self, index: int, used: set[int]) -> _Found | None:
        run = self.runs[index]
        text = self.text
        paragraph = self.paragraph_of(run.opening)
        after = self._cue_after(run)
        cue, stop = after if after else (None, None)
        if cue is None:
            cue = self._cue_before(run)
        runs = [index]
        pieces = list(run.pieces)
        if cue is not None and after is not None and stop is not None:
            follower = self.run_covering(stop)
            if follower is not None and follower > index and self.quote_like[follower]:
                between = text[self.runs[follower - 1].closing + 1 : self.runs[follower].opening].rstrip()
                if between.endswith((",", ":", "—", "–")) and not _ends_sentence(between[:-1]):
                    runs.append(follower)
                    pieces.extend(self.runs[follower].pieces)
                    used.add(follower)
        if cue is None:
            if _word_count(text, run) < 3 or _looks_like_title(text, run):
                return None
            return _Found("direct", pieces, None, None, 0.0, paragraph=paragraph, runs=runs)
        speaker = self._speaker_of(cue, exclude=run)
        confidence = 0.9 if speaker is not None else 0.6
        if speaker is not None:
            confidence = min(confidence, speaker.confidence + 0.1)
        return _Found(
            "direct", pieces, self._cue_span(cue), speaker, confidence,
            cue_token=cue.i, paragraph=paragraph, runs=runs,
        )

    def _cue_after(self, run: QuotedRun) -> tuple[Token, int] | None:
        """A cue in the attribution after a closing mark (``," Putin said``), and where the window stopped."""
        words, starts, count = self.table.text, self.token_starts, len(self.tokens)
        start = self.token_at(run.closing) + 1
        stop = min(count, start + _AFTER_WINDOW)
        for i in range(start, stop):
            word = words[i]
            if "\n" in word or self.run_covering(starts[i]) is not None:
                return None
            if word in _SENTENCE_END and i > start:
                return None
            if self.is_speech_cue(i):
                end = i + 1
                while end < count and end < i + _AFTER_WINDOW:
                    word = words[end]
                    if "\n" in word or word in _SENTENCE_END or self.run_covering(starts[end]) is not None:
                        break
                    end += 1
                return self.tokens[i], (starts[end] if end < count else len(self.text))
            if word in _SENTENCE_END:
                return None
        return None

    def _cue_before(self, run: QuotedRun) -> Token | None:
        """A cue before an opening mark (``Putin said: "…"``), nearest first, in the same sentence."""
        words, starts = self.table.text, self.token_starts
        end = self.token_at(run.opening)
        for i in range(end - 1, max(-1, end - 1 - _BEFORE_WINDOW), -1):
            word = words[i]
            if "\n" in word or (word in _SENTENCE_END and not starts[i] + 1 >= run.opening):
                return None
            if self.run_covering(starts[i]) is not None:
                return None
            if self.is_speech_cue(i):
                return self.tokens[i]
        return None

    def _speaker_of(self, cue: Token, *, exclude: QuotedRun | None = None) -> Speaker | None:
        if cue.i in self.according:
            head = according_source(cue)
        else:
            head = subject_of(cue)
            if head is not None and exclude is not None and exclude.opening <= head.idx <= exclude.closing:
                head = None
            if head is None:
                head = inverted_subject(cue)
        if head is None and exclude is not None:
            head = self._adjacent_speaker(cue, exclude)
        head = self._past_dateline(head, cue)
        if head is None or head.lower_ in _FIRST_PERSON:
            return None
        if self.run_covering(head.idx) is not None:
            return None
        return self.resolver.resolve(head)

    def _past_dateline(self, head: Token | None, cue: Token) -> Token | None:
        """A subject the parse found in the dateline (``LONDON (Reuters) -``) is the name after it."""
        if head is None or head.idx >= self.dateline_end:
            return head
        doc = self.doc
        for i in range(self.token_at(self.dateline_end), min(cue.i, len(doc))):
            token = doc[i]
            if token.idx >= self.dateline_end and token.pos_ in ("PROPN", "NOUN", "PRON"):
                while token.dep_ in ("compound", "flat", "amod") and token.head.i > token.i and token.head.i < cue.i:
                    token = token.head
                return token
        return None

    def _adjacent_speaker(self, cue: Token, run: QuotedRun) -> Token | None:
        """A name, pronoun or role next to the cue, when the parse gave the cue no subject."""
        doc = self.doc
        for i in (cue.i - 1, cue.i + 1, cue.i + 2):
            if 0 <= i < len(doc) and not (run.opening <= doc[i].idx <= run.closing):
                token = doc[i]
                if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG"):
                    return token
        return None

    def _attribute_from_context(self, found: list[_Found]) -> None:
        """Quotes with no cue of their own take the speaker of the quote before them, nearby."""
        last: _Found | None = None
        for item in found:
            if item.cue is None and item.speaker is None:
                if last is not None and item.paragraph - last.paragraph <= _CONTEXT_PARAGRAPHS - 1:
                    same = item.paragraph == last.paragraph
                    item.speaker = last.speaker
                    item.confidence = 0.65 if same else 0.55
                else:
                    item.confidence = 0.4
            if item.speaker is not None:
                last = item

    # --- reported speech ------------------------------------------------------------------

    def _reported(self, direct_by_run: dict[int, _Found]) -> list[_Found]:
        """Indirect and mixed quotes: cue verbs with a clausal complement, and ``according to``."""
        results: list[_Found] = []
        direct_cues = {item.cue_token for item in direct_by_run.values()}
        reporting = sorted({*self.according, *(i for i, s in self.strengths.items() if s in ("speech", "weak"))})
        for i in reporting:
            if i in direct_cues or self.run_covering(self.token_starts[i]) is not None:
                continue
            token = self.tokens[i]
            if i in self.according:
                item = self._according(token)
            else:
                strength = self.strengths[i]
                item = self._clause(token, weak=strength == "weak")
            if item is None or self.paragraph_of(item.pieces[0][0]) in self.headlines:
                continue
            if self._overlaps_direct(item.pieces):
                continue
            results.append(item)
        return _outermost(results)

    def _clause(self, verb: Token, *, weak: bool) -> _Found | None:
        clause = reported_clause(verb)
        if clause is None:
            return None
        head = self._past_dateline(subject_of(verb), verb)
        if clause[0] < verb.i:  # the clause comes first: "…, California said Steve Dickstein"
            head = _inverted_person(verb) or head  # the small parser often takes the wrong subject there
        if head is None or head.lower_ in _FIRST_PERSON or self.run_covering(head.idx) is not None:
            return None
        speaker = self.resolver.resolve(head)
        if speaker is None:
            if weak or head.lemma_.lower() not in _DOCUMENT_LEMMAS:
                return None
        elif weak and speaker.entity_id is None:
            return None
        start, end = clause
        doc = self.doc
        pieces = [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))]
        return self._reported_quote(verb, pieces, speaker, 0.7 if not weak else 0.5)

    def _according(self, token: Token) -> _Found | None:
        source = according_source(token)
        if source is None:
            return None
        speaker = self.resolver.resolve(source)
        sentence = token.sent
        phrase_start, phrase_end = token.i, source.right_edge.i + 1
        pieces = []
        for start, end in ((sentence.start, phrase_start), (phrase_end, sentence.end)):
            while start < end and (self.doc[start].is_punct or self.doc[start].is_space):
                start += 1
            while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
                end -= 1
            if end - start >= 3:
                pieces.append((self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)))
        if not pieces:
            return None
        return self._reported_quote(token, pieces, speaker, 0.65)

    def _reported_quote(
        self, cue: Token, pieces: list[tuple[int, int]], speaker: Speaker | None, confidence: float
    ) -> _Found:
        pieces = [(max(start, self.dateline_end) if start < self.dateline_end < end else start, end) for start, end in pieces]
        inside = [
            i
            for i in range(bisect.bisect_left(self.run_starts, pieces[0][0]), len(self.runs))
            if self.runs[i].opening < pieces[-1][1]
        ]
        kind = "mixed" if inside else "indirect"
        if speaker is not None:
            confidence = min(confidence, speaker.confidence)
        return _Found(
            kind, pieces, self._cue_span(cue), speaker, confidence,
            cue_token=cue.i, paragraph=self.paragraph_of(pieces[0][0]), runs=inside,
        )

    def _overlaps_direct(self, pieces: list[tuple[int, int]]) -> bool:
        """Whether a reported clause is mostly a quote-like quotation (then it is that direct quote)."""
        total = sum(end - start for start, end in pieces)
        covered = 0
        first = bisect.bisect_left(self.run_starts, pieces[0][0]) - 1
        for i in range(max(first, 0), len(self.runs)):
            run = self.runs[i]
            if run.opening > pieces[-1][1]:
                break
            if not self.quote_like[i]:
                continue
            for start, end in pieces:
                covered += max(0, min(end, run.closing) - max(start, run.opening))
        return covered * 2 > total

    # --- partial quotes -------------------------------------------------------------------

    def _partials(self, direct_by_run: dict[int, _Found], reported: list[_Found]) -> list[_Found]:
        """Quoted fragments that a cue governs: ``calls its "special military operation"``."""
        enclosing = {r: item for item in reported for r in item.runs}
        results = []
        for index, run in enumerate(self.runs):
            if index in direct_by_run or self.paragraph_of(run.opening) in self.headlines:
                continue
            cue = self._governing_cue(run)
            if cue is None:
                continue
            outer = enclosing.get(index)
            strength = self.strengths.get(cue.i)
            if outer is not None and (outer.cue_token == cue.i or strength not in ("naming", "characterising")):
                continue  # words quoted inside a reported clause: already part of that mixed quote
            speaker = self._speaker_of(cue)
            if speaker is None:
                continue
            results.append(
                _Found(
                    "partial", list(run.pieces), self._cue_span(cue), speaker, min(0.6, speaker.confidence),
                    cue_token=cue.i, paragraph=self.paragraph_of(run.opening), runs=[index],
                )
            )
        return results

    def _governing_cue(self, run: QuotedRun) -> Token | None:
        """The nearest cue among the ancestors of a quoted fragment, not reached through its subject."""
        doc = self.doc
        first, last = self.token_at(run.start), self.token_at(max(run.end - 1, run.start))
        root = doc[first]
        for token in doc[first : last + 1]:
            if not (first <= token.head.i <= last):
                root = token
                break
        child, current = root, root.head
        for _ in range(8):
            if current is child:
                return None
            if child.dep_ in ("nsubj", "nsubjpass"):
                return None  # the quoted words are (in) the subject: "the film 'X' said"
            strength = self.strengths.get(current.i) if not (first <= current.i <= last) else None
            if strength is not None and strength != "weak":
                return current
            child, current = current, current.head
        return None


_INTRODUCING = frozenset(
    ["say", "add", "write", "tweet", "post", "declare", "state", "reply", "answer", "ask", "exclaim", "shout", "whisper", "remark", "announce", "insist", "continue"]
)
_DOCUMENT_LEMMAS = frozenset(["report", "study", "survey", "poll", "data", "document", "filing", "ruling", "memo", "analysis"])


_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\- ]+[A-Z.](?:,[^\n—–(]{0,40}?)?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:[—–]|--?)\s"
)


def _inverted_person(verb: Token) -> Token | None:
    """The person named right after a cue verb that follows its reported clause ("…, said Ann Lee")."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].ent_type_ != "PERSON" or doc[after].ent_iob_ != "B":
        return None
    if verb.i == 0 or doc[verb.i - 1].ent_type_ == "PERSON":
        return None  # "Ann Lee said Bo …": the name before is the speaker
    end = after
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]  # the name's last token, as a parse would head it


def _outermost(items: list[_Found]) -> list[_Found]:
    """Drop reported clauses nested inside another ("she felt [Mohamed had been …]"): the
    outer clause is what was reported, the inner one is part of it."""
    kept: list[_Found] = []
    reach = -1
    for item in sorted(items, key=lambda f: (f.pieces[0][0], -f.pieces[-1][1])):
        start, end = item.pieces[0][0], item.pieces[-1][1]
        if end <= reach and kept and start >= kept[-1].pieces[0][0]:
            continue
        kept.append(item)
        reach = max(reach, end)
    return sorted(kept, key=lambda f: f.pieces[0])


_PARAGRAPH_BREAK = re.compile(r"\n(?=\S)")  # \S is exactly ``not str.isspace()``


def _dateline_end(text: str) -> int:
    """End of a wire-service dateline (``BRUSSELS, March 4 (Reuters) -``) at the text's start, or 0."""
    for start in (0, *(m.end() for m in re.finditer(r"\n\s*", text[:400]))):
        match = _DATELINE.match(text, start)
        if match:
            return match.end()
    return 0


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph starts: after a run of line breaks (blank lines do not count)."""
    return [0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text))]


def _has_words(text: str, run: QuotedRun) -> bool:
    return any(ch.isalnum() for start, end in run.pieces for ch in text[start:end])


def _word_count(text: str, run: QuotedRun) -> int:
    return sum(len(text[start:end].split()) for start, end in run.pieces)


def _looks_like_title(text: str, run: QuotedRun) -> bool:
    """Title Case words with no sentence punctuation: a book, film or programme, not speech."""
    words = [w for start, end in run.pieces for w in text[start:end].split()]
    if len(words) > 8:
        return False
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or"}
    return all(w[:1].isupper() or w in small or not w[:1].isalpha() for w in words)


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _SENTENCE_END


def extract_quotes(article: Article, doc: Doc, entities: Iterable[Entity] = ()) -> list[Entity | Quote]:
    """Convenience: run the extractor on one parsed article."""
    return QuoteExtractor().extract(article=article, doc=doc, entities=tuple(entities), quotes=())
