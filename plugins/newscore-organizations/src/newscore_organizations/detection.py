"""Proposing organisation spans: spaCy's ORG entities repaired, name patterns, source lines."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from cleanco import prepare_default_terms
from newscore import trim_span

from newscore_organizations.candidates import Candidate
from newscore_organizations.vocabulary import (
    CONNECTORS,
    NOT_ORGANIZATIONS,
    PERSON_TITLES,
    PREFIX_HEADS,
    SPORTS_WORDS,
    SUFFIX_HEADS,
)

_BREAKERS = frozenset("()[]{},;:\"“”«»|/")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_FUNCTION_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "VERB", "AUX", "PART", "INTJ", "NUM"})
_NOT_ORG_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
_SPORTS_SUFFIXES = frozenset({"United", "City", "Town", "County", "Athletic", "Albion", "Rovers", "Wanderers"})
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:Source|SOURCE|Sources|Via|VIA|Credit)[ \t]*:[ \t]*(?P<name>[^\n:]{2,60}?)[ \t.]*$", re.MULTILINE
)
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")


@functools.lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Company legal forms from cleanco ("inc", "ltd", "gmbh", "sa"…), letters only."""
    return frozenset("".join(words) for _, words in prepare_default_terms())


def _capitalised(token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(ch.isalpha() for ch in text)))


def _is_legal_form(token) -> bool:
    text = token.text
    key = "".join(ch for ch in text.casefold() if ch.isalnum())
    if key not in _legal_forms() or not text[:1].isupper():
        return False
    return len(key) > 2 or text.isupper() or "." in text  # "AG", "S.A.", "Co." — not "As", "Ab"


def reads_as_sports(doc) -> bool:
    """Whether the article reads as sports: three different sports words, or a score and one."""
    seen = {token.lower_ for token in doc if token.lower_ in SPORTS_WORDS}
    return len(seen) >= 3 or (len(seen) >= 1 and _SCORE.search(doc.text) is not None)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """NER-style span: no leading "the", no possessive, no edge punctuation or spaced "'s"."""
    start, end = trim_span(text, start, end)
    while end > start and text[end - 1] in "-–":
        end -= 1
    while start < end and text[start] in "-–":
        start += 1
    while True:
        piece = text[start:end]
        lowered = piece.lower()
        if lowered.endswith((" 's", " ’s")):
            end -= 3
        elif piece.endswith((" '", " ’")):
            end -= 2
        else:
            break
        start, end = trim_span(text, start, end)
    return start, end


def _segments(ent) -> Iterator[tuple[int, int]]:
    """Pieces of a spaCy entity between brackets, commas and stray lowercase words."""
    piece: list = []
    doc = ent.doc
    for token in ent:
        lowered = token.lower_
        glued = (not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-") or (
            token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        )
        breaks = (
            token.text in _BREAKERS
            or token.is_space
            or (token.text[:1].islower() and lowered not in CONNECTORS and token.text not in _POSSESSIVE and not glued)
        )
        if breaks:
            if piece:
                yield piece[0].idx, piece[-1].idx + len(piece[-1].text)
            piece = []
        else:
            piece.append(token)
    if piece:
        yield piece[0].idx, piece[-1].idx + len(piece[-1].text)


def _strip_connectors(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].split(" ")
    while words and words[0].lower() in CONNECTORS:
        start += len(words.pop(0)) + 1
    while words and words[-1].lower() in CONNECTORS:
        end -= len(words.pop()) + 1
    return (start, end) if start < end else (start, start)


def spacy_spans(doc, text: str) -> Iterator[tuple[int, int]]:
    """spaCy's ORG entities, repaired: ``the Shanghai Cooperation Organisation (SCO`` gives
    ``Shanghai Cooperation Organisation`` and ``SCO``; leading "the" and possessives dropped."""
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        for start, end in _segments(ent):
            start, end = _trim(text, start, end)
            start, end = _strip_connectors(text, start, end)
            start, end = _trim(text, start, end)
            if end > start:
                yield start, end


def lowercase_words(doc) -> frozenset[str]:
    """Words the text writes in lower case (so a capitalised one alone is a common word)."""
    return frozenset(token.text for token in doc if token.text.isalpha() and token.text.islower())


def looks_like_a_name(surface: str, lowercase: frozenset[str]) -> bool:
    """Whether a span spaCy tagged ORG can be an organisation's name at all."""
    if not any(ch.isupper() for ch in surface) or sum(ch.isalpha() for ch in surface) < 2:
        return False
    if surface.casefold() in NOT_ORGANIZATIONS:
        return False
    words = surface.split()
    if len(words) == 1 and not surface.isupper() and surface.lower() in lowercase:
        return False  # "Defence" here, "defence" there: a common word at a sentence's start or in a title
    return True


def _run_end_ok(doc, j: int) -> bool:
    return not doc[j].is_sent_start and not doc[j].is_space and "\n" not in doc[j - 1].whitespace_


def _runs(doc) -> Iterator[list[int]]:
    """Maximal runs of capitalised tokens, joined by connectors, hyphens and inner possessives."""
    doc = list(doc)  # one pass: indexing a Doc builds a new Token every time
    tokens, i = len(doc), 0
    while i < tokens:
        if not _capitalised(doc[i]):
            i += 1
            continue
        run, j = [i], i + 1
        while j < tokens and len(run) < 14 and _run_end_ok(doc, j):
            token = doc[j]
            if _capitalised(token):
                run.append(j)
                j += 1
                continue
            k = j
            while k < tokens and k - j < 2 and doc[k].lower_ in CONNECTORS and _run_end_ok(doc, k):
                k += 1
            if k > j and k < tokens and _capitalised(doc[k]) and _run_end_ok(doc, k) and doc[j].lower_ != "and":
                run.extend(range(j, k + 1))
                j = k + 1
                continue
            joins_word = token.text in ("-", "&") and not doc[j - 1].whitespace_
            possessive = token.text in _POSSESSIVE and doc[j - 1].ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")
            if (joins_word or possessive) and j + 1 < tokens and _capitalised(doc[j + 1]) and _run_end_ok(doc, j + 1):
                run.extend((j, j + 1))
                j += 2
                continue
            break
        yield run
        i = j


def _head_type(doc, run: list[int], sporty: bool) -> tuple[int, str | None] | None:
    """Where an organisation name in ``run`` ends and the type its head word gives, if any."""
    last = len(run) - 1
    for position in range(last, -1, -1):
        token = doc[run[position]]
        followed_by_connector = position < last and doc[run[position + 1]].lower_ in ("of", "for", "on")
        if token.text in PREFIX_HEADS and followed_by_connector:
            return last, PREFIX_HEADS[token.text]
        if token.text in SUFFIX_HEADS or _is_legal_form(token):
            kind = SUFFIX_HEADS.get(token.text, "company")
            return (last if followed_by_connector else position), kind
        if sporty and token.text in _SPORTS_SUFFIXES and position > 0:
            return position, "sports_club"
    return None


def _common_word_before_connector(doc, tokens: list[int]) -> bool:
    """"Shares of Norvik Holdings": a sentence's first word, not a name, then "of"."""
    first = doc[tokens[0]]
    return (
        first.is_sent_start
        and first.pos_ != "PROPN"
        and first.text not in PREFIX_HEADS
        and len(tokens) > 1
        and doc[tokens[1]].lower_ in CONNECTORS
    )


def _after_leading_person(doc, tokens: list[int]) -> list[int]:
    """"Claudia Mo of the Civic Party" -> "Civic Party": a person and "of" do not start a name."""
    if not tokens or doc[tokens[0]].ent_type_ not in ("PERSON", "GPE", "NORP"):
        return tokens
    for position, i in enumerate(tokens):
        if doc[i].lower_ in ("of", "for", "'s", "’s") and doc[i].ent_type_ == "":
            rest = tokens[position + 1 :]
            while rest and doc[rest[0]].lower_ in CONNECTORS:
                rest = rest[1:]
            return rest
        if doc[i].ent_type_ not in ("PERSON", "GPE", "NORP"):
            break
    return tokens


def pattern_candidates(doc, text: str, sporty: bool) -> Iterator[Candidate]:
    """Names built like organisations' names: "… Group", "… Party", "Ministry of …", "… Inc."."""
    for run in _runs(doc):
        found = _head_type(doc, run, sporty)
        if found is None:
            continue
        end_position, kind = found
        tokens = run[: end_position + 1]
        while tokens and (
            doc[tokens[0]].lower_ in ("the", "a", "an")
            or doc[tokens[0]].lower_ in PERSON_TITLES
            or doc[tokens[0]].lower_ in CONNECTORS
            or (doc[tokens[0]].is_sent_start and doc[tokens[0]].pos_ in _FUNCTION_POS)
            or _common_word_before_connector(doc, tokens)
            or doc[tokens[0]].text in ("-", "&", "'s", "’s")
        ):
            tokens = tokens[1:]
        tokens = _after_leading_person(doc, tokens)
        if len(tokens) < 2:
            continue
        if all(doc[t].text in SUFFIX_HEADS or doc[t].text in PREFIX_HEADS or not _capitalised(doc[t]) for t in tokens):
            continue  # only head words: "Party Congress"
        start = doc[tokens[0]].idx
        end = doc[tokens[-1]].idx + len(doc[tokens[-1]].text)
        span = doc.char_span(start, end)
        if span is not None and any(
            ent.start_char == start and ent.end_char == end and ent.label_ in ("GPE", "LOC") for ent in doc.ents
        ):
            continue  # "Soviet Union" as spaCy reads it: a place
        start, end = _trim(text, start, end)
        if end > start:
            yield Candidate(start, end, "pattern", type_hint=kind)


def entity_index(doc) -> list[tuple[int, int, str, int] | None]:
    """For each token, the (start char, end char, label, length in tokens) of its entity, or None."""
    index: list[tuple[int, int, str, int] | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            index[i] = (ent.start_char, ent.end_char, ent.label_, len(ent))
    return index


def inside_other_entity(doc, index, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies strictly inside a longer non-ORG entity ("Ford" in "Harrison Ford")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        found = index[token.i]
        if found is not None and found[2] in _NOT_ORG_LABELS:
            ent_start, ent_end, _, length = found
            if (ent_start < start or ent_end > end) and length > len(span):
                return True
    return False


def source_lines(text: str, source: str | None) -> Iterator[tuple[int, int]]:
    """Spans naming the article's source: a "Source: X" line, or ``source`` written in the text."""
    seen = set()
    for match in _SOURCE_LINE.finditer(text):
        start, end = _trim(text, match.start("name"), match.end("name"))
        if end > start and text[start].isupper() and len(text[start:end].split()) <= 6:
            seen.add((start, end))
            yield start, end
    if source and source.strip():
        name = source.strip()
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if (match.start(), match.end()) not in seen:
                yield match.start(), match.end()
