"""Sports reports: where a capitalised one-word name is more often a player or a club than a town.

In a scorecard or a match report ("Healy held four catches", "c Lara b Bishop") the model and
the gazetteer read many surnames as places (Healy, Queensland; Lara, Venezuela).
"""

from __future__ import annotations

import re

from newscore.text import TokenTable

__all__ = ["reads_as_sports"]

#: Words of sports reporting, each counted once.
_SPORTS_WORDS = frozenset(
    ["wicket", "wickets", "innings", "batsman", "batsmen", "bowler", "bowled", "lbw", "scoreboard", "scorecard",
     "catches", "goals", "scored", "striker", "midfielder", "goalkeeper", "league", "championship", "tournament",
     "seeded", "semi-final", "semifinal", "semi-finals", "quarter-final", "quarterfinal", "quarter-finals", "inning",
     "homer", "touchdown", "birdie", "birdies", "bogey", "laps", "squad", "stadium", "standings", "soccer", "cricket",
     "tennis", "golf", "rugby", "baseball", "basketball", "hockey", "athletics", "cycling", "olympic", "olympics",
     "relay", "premier", "cup", "coach", "match", "season"]
)
_SCORE = re.compile(r"(?<![\d.,:/])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,:/%-])")
_MIN_WORDS = 3
#: At least one word in this many is a sports word: a report, not a newsletter with a sports item.
_TOKENS_PER_SPORTS_WORD = 100


def reads_as_sports(table: TokenTable, text: str) -> bool:
    """Whether an article reads as a sports report: dense in sports words, of three different
    kinds, or two and a score."""
    hits = [word for word in table.lower if word in _SPORTS_WORDS]
    if len(hits) * _TOKENS_PER_SPORTS_WORD < len(table.lower):
        return False
    kinds = len(set(hits))
    return kinds >= _MIN_WORDS or (kinds >= _MIN_WORDS - 1 and _SCORE.search(text) is not None)
