"""Rebuild the gazetteer's index from the shipped ``gazetteer.tsv.gz`` (no other package needed).

    python plugins/newscore-locations/scripts/build_index.py

``build_gazetteer.py`` runs this itself after writing a new TSV; run it alone after changing
the TSV any other way. A stale index is not trusted (it records the TSV's checksum): the
gazetteer is then indexed in memory at every start, with a warning.
"""

from __future__ import annotations

from pathlib import Path

from newscore_locations.index import write_index

TSV = Path(__file__).resolve().parent.parent / "src" / "newscore_locations" / "data" / "gazetteer.tsv.gz"

if __name__ == "__main__":
    out = write_index(TSV)
    print(f"index of {TSV.name} -> {out} ({out.stat().st_size:,} bytes)")
