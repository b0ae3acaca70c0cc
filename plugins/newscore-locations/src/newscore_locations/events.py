"""Names of events and agreements that hold a place's name: "the Berlin Marathon", "the Monaco
Grand Prix", "the Paris Agreement", "the Commonwealth Games".

The model often labels such a name a facility or a place; it is neither, yet the place inside
it is a mention geoparsing gold counts (``embedded``, see :mod:`newscore_locations.nested`).
"""

from __future__ import annotations

__all__ = ["names_an_event"]

#: Last words of an event's or an agreement's name.
_EVENT_HEADS = frozenset(
    ["marathon", "half-marathon", "open", "masters", "prix", "games", "olympics", "paralympics", "cup",
     "championship", "championships", "festival", "summit", "conference", "talks", "accord", "accords",
     "agreement", "treaty", "protocol", "convention", "declaration", "expo", "derby", "classic", "rally",
     "regatta", "biennale", "tournament"]
)


def names_an_event(name: str) -> bool:
    """Whether a name of two or more words ends in a word that heads an event's name."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in _EVENT_HEADS
