"""Find the dateline that opens a news story and report its place as a location.

    MOSCOW, June 27 (Reuters) - ...
    KYIV, Ukraine (AP) — ...
    WASHINGTON — ...
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscore import Article, Entity, Mention

# --8<-- [start:pattern]
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’-])*"  # a letter, then letters or . ' ’ - ("ST.", "AL-ARISH")

_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}}?)"  # one to four words, as few as will do: "SAN FRANCISCO"
    rf"(?:,[ \t]*(?!{_MONTH}[ \t]+\d)(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){{0,2}}))?"  # ", Calif."
    rf"(?:,[ \t]*(?P<date>{_MONTH}[ \t]+\d{{1,2}}))?"  # ", June 27"
    r"(?:[ \t]*\((?P<agency>[^()\n]{1,40})\))?"  # " (Reuters)"
    r"[ \t]*(?P<dash>--|[-–—])[ \t]+"  # the dash that ends every dateline
)

# All-capital words that open a story without being a place.
_NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "LIVE", "WATCH"})
# --8<-- [end:pattern]


# --8<-- [start:find]
def _story_starts(article: Article) -> Iterator[int]:
    """Where the story may begin: the text, the standfirst, the first body paragraph.

    A reader may have taken a short first paragraph for a standfirst, so all three are tried.
    """
    text = article.text
    yield len(text) - len(text.lstrip())
    if article.standfirst:
        found = text.find(article.standfirst)
        if found >= 0:
            yield found
    for paragraph in article.paragraphs[:1]:
        yield paragraph.start


def find_dateline(article: Article) -> re.Match[str] | None:
    """The dateline opening ``article``, as a match of :data:`_DATELINE`, or None."""
    for start in sorted(set(_story_starts(article))):
        match = _DATELINE.match(article.text, start)
        if match is None:
            continue
        place = match.group("place")
        # A place in a dateline is written in capitals; "The minister said -" is no dateline.
        if place.isupper() and len(place) > 1 and place.rstrip(".") not in _NOT_PLACES:
            return match
    return None
# --8<-- [end:find]


# --8<-- [start:extractor]
class DatelineExtractor:
    """The place of a story's dateline, as a location entity with the dateline in its attributes."""

    name = "dateline"
    version = "0.1.0"
    needs: tuple[str, ...] = ()
    provides = ("location",)

    def extract(self, *, article, doc, entities, quotes):
        match = find_dateline(article)
        if match is None:
            return []
        text = article.text
        start, end = match.span("place")
        dateline = {
            "start": match.start(),
            "end": match.end("dash"),
            "text": text[match.start() : match.end("dash")],
            "region": match.group("region"),
            "date": match.group("date"),
            "agency": match.group("agency"),
        }
        place = Entity(
            kind="location",
            name=match.group("place").title(),  # "SAN FRANCISCO" -> "San Francisco"
            mentions=[Mention.from_text(text, start, end, form="name")],
            confidence=0.9,
            attributes={"role": "dateline", "dateline": dateline},
        )
        return [place]
# --8<-- [end:extractor]
