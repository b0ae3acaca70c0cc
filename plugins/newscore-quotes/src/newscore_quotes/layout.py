"""Where things are in one article's text: its quotation runs, its paragraphs and the lines that
read as headlines, its wire dateline; and from characters to tokens through the token table."""

from __future__ import annotations

import bisect
import re

from newscore import Article, TokenTable
from newscore.text import SpanIndex
from newscore_quotes.marks import QuotedRun, find_quoted_runs

__all__ = ["ArticleLayout", "looks_like_title", "word_count"]

_BOUNDARY_BEFORE = frozenset(".!?:;,—–-(\n") | frozenset("”’\"'»")
_HEADLINE_WORDS = 20
#: Verbs after which a quotation of three words or more is said words, not a fragment.
_INTRODUCING = frozenset(
    ["say", "add", "write", "tweet", "post", "declare", "state", "reply", "answer", "ask", "exclaim", "shout", "whisper", "remark", "announce", "insist", "continue"]
)
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\- ]+[A-Z.](?:,[^\n—–(]{0,40}?)?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:[—–]|--?)\s"
)
#: A markup tag left in the text (``<tweet author="…">``): its quotation marks quote no one.
_MARKUP_TAG = re.compile(r"<[A-Za-z][\w-]*(?:\s[^<>\n]*)?/?>")
_DASH_ATTRIBUTED = re.compile(r"[\"“‘'«].*[\"”’'»][ \t\u00a0]*(?:―|—|–|--?)[ \t\u00a0]*[A-Z]")
_PARAGRAPH_BREAK = re.compile(r"\n(?=\S)")  # \S is exactly ``not str.isspace()``
_TITLE_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or"])


class ArticleLayout:
    """The positions one extraction asks about, computed once per article."""

    def __init__(self, article: Article, table: TokenTable) -> None:
        self.text = text = article.text
        self.table = table
        self.dateline_end = _dateline_end(text)
        tags = SpanIndex((*match.span(), None) for match in _MARKUP_TAG.finditer(text))
        self.runs = [
            run for run in find_quoted_runs(text) if _has_words(text, run) and not tags.overlaps(run.opening, run.opening + 1)
        ]
        self.run_starts = [run.opening for run in self.runs]
        # Every line is a paragraph here, headline lines too, so the numbering covers the whole
        # text: ``Article.paragraphs`` holds body paragraphs only, and none for a plain text.
        self.paragraph_starts = _paragraph_starts(text)
        self.headlines = self._headline_paragraphs(article)
        self.quote_like = [self._is_quote_like(run) for run in self.runs]

    def token_at(self, char: int) -> int:
        """The token holding character ``char`` of the text (the first token for a character before any)."""
        return max(self.table.token_at(char), 0)

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def in_headline(self, char: int) -> bool:
        return self.paragraph_of(char) in self.headlines

    def run_covering(self, char: int) -> int | None:
        """The quotation run whose marks enclose ``char`` (marks included), if any."""
        index = bisect.bisect_right(self.run_starts, char) - 1
        if index >= 0 and self.runs[index].opening <= char <= self.runs[index].closing:
            return index
        return None

    def first_run_from(self, char: int) -> int:
        """The first run that opens at or after ``char`` (``len(runs)`` where none does)."""
        return bisect.bisect_left(self.run_starts, char)

    def _headline_paragraphs(self, article: Article) -> set[int]:
        """Lines that read as headlines: short, with no closing punctuation (quotes there are not quotes)."""
        text, headlines = self.text, set()
        titles = {t.strip() for t in (article.title, *article.subheadings) if t}
        ends = [*self.paragraph_starts[1:], len(text) + 1]
        for number, (start, end) in enumerate(zip(self.paragraph_starts, ends, strict=True)):
            line = text[start : end - 1].strip()
            if not line:
                continue
            bare = line.rstrip("\"'”’» \t\u00a0")  # tokenised text spaces its closing mark: '. "'
            if _DASH_ATTRIBUTED.match(line):
                continue  # "“…” ― Pamela Padilla": a quotation and who said it, not a headline
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
        lemma = self.table.tokens[self.token_at(i)].lemma_  # one token: not the whole lemma column
        return lemma.lower() in _INTRODUCING and word_count(text, run) >= 3


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


def word_count(text: str, run: QuotedRun) -> int:
    return sum(len(text[start:end].split()) for start, end in run.pieces)


def looks_like_title(text: str, run: QuotedRun) -> bool:
    """Title Case words with no sentence punctuation: a book, film or programme, not speech."""
    words = [w for start, end in run.pieces for w in text[start:end].split()]
    if len(words) > 8:
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words)
