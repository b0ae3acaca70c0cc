"""Names of ships and spacecraft: "Space Shuttle Atlantis", "HMS Edinburgh", "the space station Mir".

A vessel is often named after a place, and the model (or the gazetteer) then reads the name as
one; the word before it says it is a vessel's, and the article's later bare mentions of it
("Finally, Atlantis will go on display") are the vessel's too.
"""

from __future__ import annotations

from newscore.text import TokenTable

__all__ = ["names_a_vehicle", "vehicle_names"]

#: Prefixes of ships' names ("HMS Edinburgh", "USS Independence").
_SHIP_PREFIXES = frozenset(["hms", "uss", "rms", "hmas", "hmcs", "hmnzs", "ins", "mv", "ss", "usns", "sms"])
#: Kinds of vessel written right before a name ("the shuttle Atlantis", "the tanker Prestige").
_VEHICLE_NOUNS = frozenset(
    ["shuttle", "ship", "carrier", "frigate", "destroyer", "submarine", "tanker", "freighter", "ferry", "vessel",
     "yacht", "liner", "cruiser", "warship", "battleship", "trawler", "schooner", "spacecraft", "orbiter", "lander",
     "rover", "capsule"]
)


def names_a_vehicle(table: TokenTable, first: int) -> bool:
    """Whether the name starting at token ``first`` follows a ship's prefix or a kind of vessel."""
    if first == 0:
        return False
    before = table.lower[first - 1]
    if before in _SHIP_PREFIXES and table.text[first - 1].isupper():
        return True
    if before in _VEHICLE_NOUNS:
        return True
    # "the Russian space station Mir"
    return before == "station" and first >= 2 and table.lower[first - 2] == "space"


def vehicle_names(table: TokenTable) -> frozenset[str]:
    """One-word names the article gives a vessel somewhere ("Atlantis" after "Space Shuttle Atlantis")."""
    return frozenset(
        table.text[k]
        for k in range(1, len(table.text))
        if table.text[k][:1].isupper() and names_a_vehicle(table, k)
    )
