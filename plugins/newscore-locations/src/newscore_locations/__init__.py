"""newscore-locations: find the places a news article mentions and resolve them offline."""

from __future__ import annotations

from newscore_locations.extractor import LocationExtractor
from newscore_locations.gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["Gazetteer", "LocationExtractor", "Place", "load_gazetteer"]
__version__ = "0.1.0"
