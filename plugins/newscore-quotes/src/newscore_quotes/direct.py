"""Direct quotes: quotation runs that stand as said words, with the cue after the closing mark
(``," Putin said``) or before the opening one (``Putin said: "``); a quotation interrupted by its
cue (``"A," he said, "B."``) is one quote."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscore.text import NOMINAL_SUBJECT_DEPS, QUOTE_CHARS
from newscore_quotes.cues import DOCUMENT_NOUNS, SECTION_LABELS, is_cue_form
from newscore_quotes.found import FoundQuote
from newscore_quotes.layout import ArticleLayout, looks_like_title, word_count
from newscore_quotes.marks import QuotedRun
from newscore_quotes.parse import SUBJECT_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newscore import TokenTable
    from newscore_quotes.attribution import CueSpeakers
    from newscore_quotes.cue_index import CueIndex

__all__ = ["DirectQuotes"]

_AFTER_WINDOW = 16  # tokens after a closing mark in which its attribution is looked for
_APPOSITION_WINDOW = 40  # … when a name right after the mark may carry a long apposition
_NAME_TOKENS = 6  # tokens after the mark in which that name (the cue's subject) must stand
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "VBN"])
_NAME_INTRODUCERS = frozenset(["-", "—", "–", "―", "--", "from"])  # "More from Jones:", "Pollsters agree - Carl Bialik:"
_OPEN_ENDINGS = frozenset(",?!—–-")
_BEFORE_WINDOW = 30  # tokens before an opening mark
_SENTENCE_END = frozenset(".!?")
#: "“…” ― Pamela Padilla" (or "—", "–", "--"): up to six name words ending the line.
#: The dash may open the next line ("…"\n\n- Bernie Sanders.), the name end on a full stop.
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0\n]*)?(―|—|–|--?)[ \t\u00a0]*([A-Z][\w.’'-]*(?:[ \t\u00a0]+[A-Z][\w.’'-]*){0,5})[ \t\u00a0]*(?=[,\n]|$)"
)
_NEXT_CHARACTER = re.compile(r"[ \t\u00a0]*(.)", re.DOTALL)  # the first character after spaces
_GLUED_CUE = re.compile(r"([A-Za-z]+)[,:]?")  # "said," or "said:" glued to the opening mark after it
#: What someone gives out to say something (``released the following statement:``): the colon after
#: one of these introduces what its giver said.
_SAYING_NOUNS = DOCUMENT_NOUNS | frozenset(["message", "remark", "comment", "note", "tweet", "post", "response", "reply", "answer", "words", "speech", "release", "announcement"])
_ATTRIBUTION_TOKENS = 40  # tokens after a cue in which its sentence must end for a quote to go on after it
_CONTINUED_PARAGRAPHS = 1  # a quotation in the next paragraph can go on with the one before
_GAP_CHARACTERS = " \t\r\n\u00a0.,;:!?—–-" + QUOTE_CHARS  # "''" quotes: one mark of a pair may stand outside a run


class DirectQuotes:
    """Finds the direct quotes of one article."""

    def __init__(self, layout: ArticleLayout, cues: CueIndex, speakers: CueSpeakers) -> None:
        self._layout = layout
        self._cues = cues
        self._speakers = speakers

    def find(self) -> list[FoundQuote]:
        """The direct quotes, in order; each holds the runs (by number) it is made of."""
        layout = self._layout
        used: set[int] = set()
        found: list[FoundQuote] = []
        for index, run in enumerate(layout.runs):
            if index in used or not layout.quote_like[index] or layout.in_headline(run.opening):
                continue
            quote = self._direct(index, used)
            if quote is None:
                fragment = self._unattributed(index) if found and found[-1].cue is not None else None
                if fragment is not None and self._continues(found[-1], fragment):
                    _join(found[-1], fragment)  # '"A," he told them. "Donald Trump."'
                continue
            if found and self._continues(found[-1], quote):
                _join(found[-1], quote)
            else:
                found.append(quote)
        return found

    def _unattributed(self, index: int) -> FoundQuote | None:
        """Run ``index``, which no cue attributes, as a quote that may go on with the one before
        it (a few words after that quote's attribution); None where a lower-case word follows it:
        a title (``"Hamlet" is …``), not more of what was said."""
        layout = self._layout
        run = layout.runs[index]
        following = _NEXT_CHARACTER.match(layout.text, run.closing + 1)  # not a copy of the rest of the text
        if following is not None and following.group(1).islower():
            return None
        return FoundQuote("direct", list(run.pieces), None, None, 0.0, paragraph=layout.paragraph_of(run.opening), runs=[index])

    def _continues(self, quote: FoundQuote, after: FoundQuote) -> bool:
        """Whether ``after`` goes on with ``quote``: one attribution (``"A," he said. "B."``, a
        quotation standing right after another, or carried into the next paragraph), told by
        nothing but punctuation and the first one's attribution between them, and at most one cue."""
        layout = self._layout
        if quote.cue is not None and after.cue is not None:
            return False
        last, following = layout.runs[quote.runs[-1]], layout.runs[after.runs[0]]
        if layout.paragraph_of(following.opening) - layout.paragraph_of(last.closing) > _CONTINUED_PARAGRAPHS:
            return False
        gap = layout.text[self._attribution_end(quote, last) : following.opening]
        return not gap.strip(_GAP_CHARACTERS)

    def _attribution_end(self, quote: FoundQuote, last: QuotedRun) -> int:
        """Where the words attributing a quote end: after its last closing mark, or, for a cue
        after it, at the end of the cue's sentence (or a line break or a quotation before that)."""
        if quote.cue is None or quote.cue_token is None or quote.cue[0] < last.closing:
            return last.closing + 1
        layout, table = self._layout, self._layout.table
        for i in range(quote.cue_token, min(len(table), quote.cue_token + _ATTRIBUTION_TOKENS)):
            word = table.text[i]
            covering = layout.run_covering(table.idx[i])
            if covering is not None and not layout.quote_like[covering]:
                continue  # a title in the attribution: 'told ABC's "Good Morning America."'
            if "\n" in word or covering is not None:
                return table.idx[i]
            if word in _SENTENCE_END:
                return table.end[i]
        return last.closing + 1  # a long attribution: nothing continues past it

    def _direct(self, index: int, used: set[int]) -> FoundQuote | None:
        layout = self._layout
        run = layout.runs[index]
        text = layout.text
        paragraph = layout.paragraph_of(run.opening)
        after = self._cue_after(run)
        glued = None if after else self._glued_quote(index)
        if glued is not None:  # 'Ryan said,“Look, …”': the tokeniser left the cue inside one word
            return glued
        cue = after[0] if after else self._cue_before(run) or self._verb_before(run)
        runs = [index]
        pieces = list(run.pieces)
        if after is not None:  # "A," he said, "B.": the run after the cue goes on with the same quote
            follower = layout.run_covering(after[1])
            if follower is not None and follower > index and layout.quote_like[follower]:
                between = text[layout.runs[follower - 1].closing + 1 : layout.runs[follower].opening].rstrip()
                if between.endswith((",", ":", "—", "–")) and not _ends_sentence(between[:-1]):
                    runs.append(follower)
                    pieces.extend(layout.runs[follower].pieces)
                    used.add(follower)
        cue_chars = None if cue is None else self._cues.chars(cue.i)
        if cue is None:
            colon = self._colon_before(run)
            named = None if colon is None else self._name_before_colon(colon)
            if colon is not None and named is not None:  # "Rep. Trey Gowdy (R-S.C.): "…"", "More from Jones: "…""
                named_speaker = self._speakers.resolver.resolve_or_phrase(named)
                colon_chars = (layout.table.idx[colon], layout.table.end[colon])
                return FoundQuote("direct", pieces, colon_chars, named_speaker, 0.8, paragraph=paragraph, runs=runs)
            if colon is not None:  # "Reid gave the Texan a compliment: "…"", "The governor added:\n\n"…""
                cue, cue_chars = self._cue_before_colon(colon)
        if cue is None:
            dashed = self._dash_attribution(run)
            if dashed is not None:  # "“…” ― Pamela Padilla": the name is the attribution
                dash, name = dashed
                dash_speaker = self._speakers.resolver.resolve(name)
                return FoundQuote("direct", pieces, dash, dash_speaker, 0.8, cue_token=None, paragraph=paragraph, runs=runs)
        if cue is None or cue_chars is None:
            if word_count(text, run) < 3 or looks_like_title(text, run):
                return None
            return FoundQuote("direct", pieces, None, None, 0.0, paragraph=paragraph, runs=runs)
        speaker = self._speakers.of_cue(cue, exclude=run, keep_unresolved=True)
        confidence = 0.9 if speaker is not None else 0.6
        if speaker is not None:
            confidence = min(confidence, speaker.confidence + 0.1)
        return FoundQuote("direct", pieces, cue_chars, speaker, confidence, cue_token=cue.i, paragraph=paragraph, runs=runs)

    def _dash_attribution(self, run: QuotedRun) -> tuple[tuple[int, int], Token] | None:
        """A dash after the closing mark and a proper name ending the line: the dash and the name's last word."""
        layout, table = self._layout, self._layout.table
        match = _DASH_NAME.match(layout.text, run.closing + 1)
        if match is None:
            return None
        first, last = layout.token_at(match.start(2)), layout.token_at(match.end(2) - 1)
        if not all(table.pos[i] == "PROPN" or table.is_punct[i] for i in range(first, last + 1)):
            return None
        last = max((i for i in range(first, last + 1) if table.pos[i] == "PROPN"), default=-1)
        return (match.start(1), match.end(1)), table.tokens[last]

    def _glued_quote(self, index: int) -> FoundQuote | None:
        """Run ``index`` as the quote of a cue glued to its opening mark, said by the word before
        the cue; None where no cue is glued to it."""
        run = self._layout.runs[index]
        glued = self._glued_cue(run)
        if glued is None:
            return None
        chars, before = glued
        speaker = self._speakers.resolver.resolve_or_phrase(before)
        paragraph = self._layout.paragraph_of(run.opening)
        return FoundQuote("direct", list(run.pieces), chars, speaker, 0.8, paragraph=paragraph, runs=[index])

    def _glued_cue(self, run: QuotedRun) -> tuple[tuple[int, int], Token] | None:
        """A cue the opening mark is glued to (``Ryan said,“Look``, ``He said:“We``), which the tokeniser
        left in one token with the quotation's first word: the cue's characters and the word before
        it (the speaker's last word, a name or a pronoun)."""
        layout, table = self._layout, self._layout.table
        i = layout.token_at(run.opening)
        start = table.idx[i]
        match = _GLUED_CUE.fullmatch(layout.text, start, run.opening)
        if match is None or i == 0 or not is_cue_form(match.group(1)):
            return None
        if table.pos[i - 1] not in ("PROPN", "PRON") or table.is_punct[i - 1]:
            return None
        return (start, match.end(1)), table.tokens[i - 1]

    def _name_before_colon(self, colon: int) -> Token | None:
        """The last word of a name that stands alone before a colon, as a transcript or a list of
        reactions gives a speaker (``Clinton: "…"``, ``Rep. Trey Gowdy (R-S.C.): "…"``, ``More from
        Jones: "…"``, ``Pollsters agree - Carl Bialik: "…"``): proper nouns from the line's start,
        or after a dash, ``from`` or an opening verb."""
        layout, table = self._layout, self._layout.table
        words, pos = table.text, table.pos
        end = colon
        if end > 0 and words[end - 1] == ")":  # a party and state after the name: "(R-S.C.)"
            opening = next((i for i in range(end - 2, max(-1, end - 8), -1) if words[i] == "("), None)
            if opening is None:
                return None
            end = opening
        start = end
        # a name alone on a headline may be tagged as a common noun ("Trump: ‘…’")
        while start > 0 and (pos[start - 1] == "PROPN" or (pos[start - 1] == "NOUN" and words[start - 1].istitle())):
            if end - start >= _NAME_TOKENS:
                break
            start -= 1
        if start == end or words[end - 1].lower() in SECTION_LABELS:
            return None
        line_start = table.next_token(layout.paragraph_starts[layout.paragraph_of(table.idx[colon])])
        before = start - 1
        opens_line = start == line_start or (before == line_start and pos[before] == "VERB")
        # a sentence or a quotation ended right before it: 'Clinton: "…" Bush: "…"'
        after_sentence = before >= line_start and (words[before] in _SENTENCE_END or words[before][-1] in QUOTE_CHARS)
        if not (opens_line or after_sentence or (before >= line_start and words[before].lower() in _NAME_INTRODUCERS)):
            return None
        return table.tokens[end - 1]

    def _colon_before(self, run: QuotedRun) -> int | None:
        """The token of a colon right before the opening mark, or ending the paragraph before it."""
        text, i = self._layout.text, run.opening - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        return self._layout.token_at(i) if i >= 0 and text[i] == ":" else None

    def _cue_before_colon(self, colon: int) -> tuple[Token | None, tuple[int, int] | None]:
        """What introduces a colon quote: a speech verb before the colon in its sentence, else the
        colon itself, its speaker the subject of the verb it hangs from (None for a verbless line)."""
        table = self._layout.table
        words = table.text
        for i in range(colon - 1, max(-1, colon - 1 - _BEFORE_WINDOW), -1):
            if "\n" in words[i] or words[i] in _SENTENCE_END or self._layout.run_covering(table.idx[i]) is not None:
                break
            if self._cues.is_speech_cue(i):
                return table.tokens[i], self._cues.chars(i)
        head = table.head[colon]
        if table.pos[head] == "NOUN" and table.lemma[head].lower() in _SAYING_NOUNS and table.dep[head] == "dobj":
            head = table.head[head]  # "issued the following statement:": the verb that gave it
        if head == colon or table.pos[head] not in ("VERB", "AUX"):
            return None, None
        return table.tokens[head], (table.idx[colon], table.end[colon])

    def _cue_after(self, run: QuotedRun) -> tuple[Token, int] | None:
        """A cue in the attribution after a closing mark (``," Putin said``), and where the window stopped.

        A name right after the mark may carry a long apposition before its cue (``," said Scott
        Pruitt, the Republican attorney general of Oklahoma,`` or ``," Trump, the … frontrunner, said``):
        the window then goes on, for a cue whose subject is that name. With no cue of the lexicon,
        a quotation that ends on a comma (or ``?``, ``!``) and is followed by a short clause of a
        subject and a verb (``," Trump barked.``, ``," beamed Donald Hartley``) is attributed by that verb.
        """
        layout, table = self._layout, self._layout.table
        words, starts, count = table.text, table.idx, len(table)
        start = layout.token_at(run.closing) + 1
        while start < count and words[start] in (",", ":"):
            start += 1
        named = start < count and table.pos[start] == "PROPN"
        stop = min(count, start + (_APPOSITION_WINDOW if named else _AFTER_WINDOW))
        for i in range(start, stop):
            word = words[i]
            if "\n" in word or layout.run_covering(starts[i]) is not None:
                return None
            if self._cues.is_speech_cue(i):
                if i - start >= _AFTER_WINDOW and not self._subject_near(table.tokens[i], start):
                    continue  # past the usual window: only the cue of the name after the mark
                i = self._credited_source(i)
                return table.tokens[i], self._attribution_stop(i)
            if word in _SENTENCE_END:  # the attribution would be in the next sentence
                return self._attribution_verb(run, start, i)
        return self._attribution_verb(run, start, stop)  # a long sentence: its first words may still attribute

    def _credited_source(self, cue: int) -> int:
        """``," Sanders said, according to CNN.``: the quotation reaches the article through the source
        ``according to`` names, which is credited with it (the cue then is ``according to``); else ``cue``."""
        words = self._layout.table.text
        for i in range(cue + 1, self._cue_words_end(cue)):
            if i in self._cues.according and words[i - 1] == ",":
                return i
        return cue

    def _attribution_stop(self, i: int) -> int:
        """Where the words after a cue stop, as a character offset (see ``_cue_words_end``)."""
        table = self._layout.table
        end = self._cue_words_end(i)
        return table.idx[end] if end < len(table) else len(self._layout.text)

    def _cue_words_end(self, i: int) -> int:
        """The token where the words after cue ``i`` stop: a line break, a sentence end or a
        quotation, at most ``_AFTER_WINDOW`` tokens on."""
        layout, table = self._layout, self._layout.table
        words, starts, count = table.text, table.idx, len(table)
        end = i + 1
        while end < count and end < i + _AFTER_WINDOW:
            word = words[end]
            if "\n" in word or word in _SENTENCE_END or layout.run_covering(starts[end]) is not None:
                break
            end += 1
        return end

    def _subject_near(self, cue: Token, start: int) -> bool:
        """Whether a cue's subject is within the first words after a closing mark, or, whatever the
        parse says, a name set off by commas is: ``," Trump, the … frontrunner …, said``."""
        if any(c.dep_ in NOMINAL_SUBJECT_DEPS and start <= c.i < start + _NAME_TOKENS for c in cue.children):
            return True
        table = self._layout.table
        name_end = _name_end(table, start, cue.i)
        return start < name_end < cue.i and table.text[name_end] == "," and table.text[cue.i - 1] == ","

    def _attribution_verb(self, run: QuotedRun, start: int, sentence_end: int) -> tuple[Token, int] | None:
        """The verb of a short attribution clause after a quotation that ends on ``,``, ``?`` or ``!``:
        a name (or pronoun, or ``the`` and a noun) then a verb (``Trump barked``), or a verb then a
        name (``beamed Donald Hartley``); read off the tags, which hold where the small parse does not."""
        layout, table = self._layout, self._layout.table
        if start >= sentence_end or not _ends_open(layout.text, run):
            return None
        pos, tags = table.pos, table.tag
        name_end = _name_end(table, start, sentence_end)
        if name_end > start and name_end < sentence_end and _is_attribution_verb(pos[name_end], tags[name_end]):
            return table.tokens[name_end], self._attribution_stop(name_end)
        if _is_attribution_verb(pos[start], tags[start]) and _name_end(table, start + 1, sentence_end) > start + 1:
            return table.tokens[start], self._attribution_stop(start)
        verb = table.head[start]  # a name the tagger misread ("Trump" as a verb) may still be the subject
        if verb == start + 1 < sentence_end and table.dep[start] in NOMINAL_SUBJECT_DEPS and _is_attribution_verb(pos[verb], tags[verb]):
            return table.tokens[verb], self._attribution_stop(verb)
        return None

    def _verb_before(self, run: QuotedRun) -> Token | None:
        """A verb outside the lexicon right before a quotation, set off by a comma or a colon, its
        subject right before it: ``Silverman interjected, "…"``."""
        table = self._layout.table
        i = self._layout.token_at(run.opening) - 1
        if i < 1 or table.text[i] not in (",", ":"):
            return None
        verb = i - 1
        if table.dep[verb] in ("prt", "advmod") and verb > 0:  # "shot back, …"
            verb -= 1
        if not _is_attribution_verb(table.pos[verb], table.tag[verb]):
            return None
        token = table.tokens[verb]
        if any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i == verb - 1 and c.pos_ in ("PROPN", "PRON", "NOUN") for c in token.children):
            return token
        return None

    def _cue_before(self, run: QuotedRun) -> Token | None:
        """A cue before an opening mark (``Putin said: "…"``), nearest first, in the same sentence."""
        layout, table = self._layout, self._layout.table
        words, starts = table.text, table.idx
        end = layout.token_at(run.opening)
        for i in range(end - 1, max(-1, end - 1 - _BEFORE_WINDOW), -1):
            word = words[i]
            if "\n" in word or (word in _SENTENCE_END and not starts[i] + 1 >= run.opening):
                return None
            if layout.run_covering(starts[i]) is not None:
                return None
            if self._cues.is_speech_cue(i):
                return table.tokens[i]
        return None


def _is_attribution_verb(pos: str, tag: str) -> bool:
    return pos == "VERB" and tag in _FINITE_TAGS


def _name_end(table: TokenTable, start: int, stop: int) -> int:
    """The end of a speaker phrase at ``start``: a run of proper nouns, a personal pronoun, or a
    determiner and its nouns (``the crowd``, ``the 46-year-old``); ``start`` where none stands."""
    pos, words = table.pos, table.text
    if start >= stop:
        return start
    if pos[start] == "PRON" and words[start].lower() in SUBJECT_PRONOUNS:
        return start + 1
    i = start
    if pos[start] == "DET":
        i += 1
        while i < stop and pos[i] in ("ADJ", "NUM", "NOUN", "PROPN", "PUNCT") and words[i] not in (",", "."):
            i += 1
        return i if i > start + 1 and pos[i - 1] in ("NOUN", "PROPN") else start
    while i < stop and pos[i] == "PROPN" and i - start < _NAME_TOKENS:
        i += 1
    return i


def _join(quote: FoundQuote, after: FoundQuote) -> None:
    """Make ``quote`` hold ``after`` too, with the cue and speaker of whichever has a cue."""
    quote.pieces.extend(after.pieces)
    quote.runs.extend(after.runs)
    if quote.cue is None:
        quote.cue, quote.cue_token, quote.speaker, quote.confidence = after.cue, after.cue_token, after.speaker, after.confidence


def _ends_open(text: str, run: QuotedRun) -> bool:
    """Whether a quotation ends on a comma, a question or an exclamation (inside or right after its
    closing mark): what stands before its attribution, where a full stop ends the sentence."""
    inner = text[run.pieces[-1][0] : run.closing].rstrip().rstrip(QUOTE_CHARS)  # "''" closes over two characters
    return inner[-1:] in _OPEN_ENDINGS or text[run.closing + 1 : run.closing + 2] in _OPEN_ENDINGS


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _SENTENCE_END
