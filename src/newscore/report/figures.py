"""The numbers behind the corpus report, read from a corpus database (``--format sqlite``)."""

from __future__ import annotations

import collections
import sqlite3

from attrs import frozen

from newscore.text.names import name_gender

__all__ = ["Figures", "Place", "read_figures"]


@frozen
class Place:
    """A resolved place and how often the corpus mentions it."""

    name: str
    country_code: str | None
    latitude: float
    longitude: float
    mentions: int


@frozen
class Figures:
    """What the report shows; each tuple is ``(label, count)`` in the order it is drawn."""

    articles: int
    quotes: int
    dated_articles: int
    speakers: tuple[tuple[str, int], ...]
    #: quotes per outlet (``articles.source``)
    outlets: tuple[tuple[str, int], ...]
    #: quotes by people whose name marks a gender: ``female``, ``male``, and ``unknown`` (the name does not say)
    genders: tuple[tuple[str, int], ...]
    #: quotes with no person as speaker (an organisation, or no speaker found)
    quotes_without_person: int
    places: tuple[Place, ...]
    #: place mentions per country, labelled with the country's name where the corpus has it
    countries: tuple[tuple[str, int], ...]
    organization_types: tuple[tuple[str, int], ...]
    #: quotes per month (``YYYY-MM``) of the articles' publication dates, every month from first to last
    months: tuple[tuple[str, int], ...]


def _count(connection: sqlite3.Connection, sql: str) -> int:
    return int(connection.execute(sql).fetchone()[0])


def _speakers(connection: sqlite3.Connection, top: int) -> tuple[tuple[str, int], ...]:
    rows = connection.execute(
        """SELECT coalesce(e.name, q.speaker_name) AS who, count(*) AS quotes
           FROM quotes AS q LEFT JOIN entities AS e ON e.entity_key = q.speaker_entity_key
           WHERE who IS NOT NULL
           GROUP BY who ORDER BY quotes DESC, who LIMIT ?""",
        (top,),
    )
    return tuple((name, count) for name, count in rows)


def _genders(connection: sqlite3.Connection) -> tuple[tuple[tuple[str, int], ...], int]:
    counts: collections.Counter[str] = collections.Counter()
    rows = connection.execute(
        """SELECT e.name, count(*) FROM quotes AS q JOIN entities AS e ON e.entity_key = q.speaker_entity_key
           WHERE e.kind = 'person' GROUP BY e.name"""
    )
    for name, quotes in rows:
        counts[name_gender(name) or "unknown"] += quotes
    by_person = sum(counts.values())
    without = _count(connection, "SELECT count(*) FROM quotes") - by_person
    return tuple((gender, counts[gender]) for gender in ("female", "male", "unknown")), without


def _places(connection: sqlite3.Connection) -> tuple[Place, ...]:
    rows = connection.execute(
        """SELECT e.name, e.country_code, avg(e.latitude), avg(e.longitude), count(*) AS mentions
           FROM mentions AS m JOIN entities AS e ON e.entity_key = m.entity_key
           WHERE e.kind = 'location' AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
           GROUP BY coalesce(CAST(e.geonames_id AS TEXT), e.name || '|' || coalesce(e.country_code, ''))
           ORDER BY mentions DESC, e.name"""
    )
    return tuple(Place(name, code, latitude, longitude, mentions) for name, code, latitude, longitude, mentions in rows)


def _country_names(connection: sqlite3.Connection) -> dict[str, str]:
    """Each country code's most frequent name among the corpus's own countries (``feature`` ``country``)."""
    rows = connection.execute(
        """SELECT country_code, name, count(*) AS times FROM entities
           WHERE kind = 'location' AND feature = 'country' AND country_code IS NOT NULL
           GROUP BY country_code, name ORDER BY country_code, times DESC, name"""
    )
    names: dict[str, str] = {}
    for code, name, _ in rows:
        names.setdefault(code, name)
    return names


def _countries(connection: sqlite3.Connection, top: int) -> tuple[tuple[str, int], ...]:
    rows = connection.execute(
        """SELECT e.country_code, count(*) AS mentions
           FROM mentions AS m JOIN entities AS e ON e.entity_key = m.entity_key
           WHERE e.kind = 'location' AND e.country_code IS NOT NULL
           GROUP BY e.country_code ORDER BY mentions DESC, e.country_code LIMIT ?""",
        (top,),
    )
    names = _country_names(connection)
    return tuple((f"{names[code]} ({code})" if code in names else code, count) for code, count in rows)


def _outlets(connection: sqlite3.Connection, top: int) -> tuple[tuple[str, int], ...]:
    rows = connection.execute(
        """SELECT a.source, count(*) AS quotes FROM quotes AS q JOIN articles AS a ON a.article_key = q.article_key
           WHERE a.source IS NOT NULL GROUP BY a.source ORDER BY quotes DESC, a.source LIMIT ?""",
        (top,),
    )
    return tuple((source, count) for source, count in rows)


def _organization_types(connection: sqlite3.Connection) -> tuple[tuple[str, int], ...]:
    rows = connection.execute(
        """SELECT coalesce(type, 'type unknown') AS type, count(*) AS organisations
           FROM entities WHERE kind = 'organization' GROUP BY 1 ORDER BY organisations DESC, type"""
    )
    return tuple((kind, count) for kind, count in rows)


def _every_month(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """``counts`` with the months between the first and the last filled in with 0."""
    if not counts:
        return ()
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        months.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _months(connection: sqlite3.Connection) -> tuple[tuple[str, int], ...]:
    rows = connection.execute(
        """SELECT substr(a.published, 1, 7) AS month, count(*) FROM quotes AS q
           JOIN articles AS a ON a.article_key = q.article_key
           WHERE a.published IS NOT NULL GROUP BY month"""
    )
    return _every_month(dict(rows.fetchall()))


def read_figures(connection: sqlite3.Connection, *, top: int = 20) -> Figures:
    """The report's figures from an open corpus database; ``top`` bars per ranking."""
    genders, without_person = _genders(connection)
    return Figures(
        articles=_count(connection, "SELECT count(*) FROM articles"),
        quotes=_count(connection, "SELECT count(*) FROM quotes"),
        dated_articles=_count(connection, "SELECT count(*) FROM articles WHERE published IS NOT NULL"),
        speakers=_speakers(connection, top),
        outlets=_outlets(connection, top),
        genders=genders,
        quotes_without_person=without_person,
        places=_places(connection),
        countries=_countries(connection, top),
        organization_types=_organization_types(connection),
        months=_months(connection),
    )
