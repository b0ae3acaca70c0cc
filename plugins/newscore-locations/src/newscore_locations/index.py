"""The gazetteer's prebuilt index: sorted keys and flat integer arrays, searched in place.

Reading ``gazetteer.tsv.gz`` into dictionaries took over a second of CPU in every process
(190,000 places, 285,000 keys). The index holds the same look-up tables already built:
loading it is one decompression and a few array copies, and a look-up is a binary search
over the sorted keys. It is built from the TSV (``scripts/build_index.py``, also run by
``scripts/build_gazetteer.py``) and records the CRC of the TSV it was built
from, so a stale index is noticed and rebuilt in memory rather than trusted.

Sections (little-endian uint32 arrays, or UTF-8 bytes):

- ``records``: the byte offset of each place line in the decompressed TSV, plus its end;
- ``keys``/``key_offsets``: every look-up key, sorted by UTF-8 bytes; ``entries``/``entry_starts``:
  each key's entries (``record << 2 | alternate << 1 | capitals-only``) in TSV order;
- ``first_words``/``first_word_offsets``: the sorted first words of main names and curated aliases;
- ``regions``/``region_offsets``/``region_records``: ``CC\\x1fname`` of each admin1 region, sorted,
  and its record (the last one, where a name repeats);
- ``named``: records of countries, continents and other named places, in TSV order;
- ``demonyms``: the TSV's demonym lines, verbatim.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path

__all__ = ["FORMAT", "INDEX_FILE", "REGION_SEPARATOR", "SortedKeys", "build_index", "read_index", "tsv_checksum", "uint32_array", "write_index"]

#: The index's file name, beside the TSV in the package data.
INDEX_FILE = "gazetteer.index.gz"
#: Changes whenever the layout does; an index of another format is rebuilt, not read.
FORMAT = "newscore-gazetteer-index/1"
#: Joins a region's country code and name in its key (a character no name holds).
REGION_SEPARATOR = "\x1f"
_NAMED_FEATURES = frozenset({"country", "continent", "other"})


def tsv_checksum(compressed_tsv: bytes) -> str:
    """What ties an index to the TSV it was built from: the size and CRC-32 of its compressed bytes."""
    return f"{len(compressed_tsv)}:{zlib.crc32(compressed_tsv):08x}"


def _uint32(values: list[int]) -> bytes:
    packed = array("I", values)
    if packed.itemsize != 4:
        raise RuntimeError("this platform has no 4-byte unsigned int array")
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _strings(items: list[bytes]) -> tuple[bytes, bytes]:
    """Sorted byte strings as one blob and the offsets that cut it (one more than the items)."""
    offsets = [0]
    for item in items:
        offsets.append(offsets[-1] + len(item))
    return b"".join(items), _uint32(offsets)


def _lines(tsv: bytes) -> Iterator[tuple[int, bytes]]:
    """Each line of the TSV with its byte offset."""
    start = 0
    while start < len(tsv):
        end = tsv.find(b"\n", start)
        end = len(tsv) if end < 0 else end + 1
        yield start, tsv[start:end]
        start = end


def build_index(compressed_tsv: bytes) -> bytes:
    """The index of a gazetteer TSV (as shipped, gzip-compressed), compressed itself."""
    tsv = gzip.decompress(compressed_tsv)
    offsets: list[int] = []
    by_key: dict[bytes, list[int]] = {}
    first_words: set[bytes] = set()
    max_words = 1
    regions: dict[bytes, int] = {}
    named: list[int] = []
    demonyms: list[bytes] = []
    end = 0
    for start, line in _lines(tsv):
        if line.startswith(b"demonym\t"):
            demonyms.append(line)
            continue
        record = len(offsets)
        offsets.append(start)
        end = start + len(line)
        fields = line.rstrip(b"\n").split(b"\t")
        feature = fields[0].decode()
        if feature in _NAMED_FEATURES:
            named.append(record)
        elif feature == "region":
            regions[fields[3] + REGION_SEPARATOR.encode() + fields[2]] = record
        for flagged in fields[-1].split(b"|"):
            key = flagged.lstrip(b"*^")
            flags = flagged[: len(flagged) - len(key)]
            alternate, capitals = b"*" in flags, b"^" in flags
            by_key.setdefault(key, []).append(record << 2 | alternate << 1 | capitals)
            if not alternate:
                first_words.add(key.split(b" ", 1)[0])
                if b" " in key:
                    max_words = max(max_words, key.count(b" ") + 1)
    offsets.append(end)
    keys = sorted(by_key)
    entries: list[int] = []
    entry_starts = [0]
    for key in keys:
        entries.extend(by_key[key])
        entry_starts.append(len(entries))
    region_keys = sorted(regions)
    sections: dict[str, bytes] = {"records": _uint32(offsets)}
    sections["keys"], sections["key_offsets"] = _strings(keys)
    sections["entries"], sections["entry_starts"] = _uint32(entries), _uint32(entry_starts)
    sections["first_words"], sections["first_word_offsets"] = _strings(sorted(first_words))
    sections["regions"], sections["region_offsets"] = _strings(region_keys)
    sections["region_records"] = _uint32([regions[key] for key in region_keys])
    sections["named"] = _uint32(named)
    sections["demonyms"] = b"".join(demonyms)
    layout, position = {}, 0
    for name, data in sections.items():
        layout[name] = [position, len(data)]
        position += len(data)
    header = {"format": FORMAT, "tsv": tsv_checksum(compressed_tsv), "max_words": max_words, "sections": layout}
    body = json.dumps(header, sort_keys=True).encode() + b"\n" + b"".join(sections.values())
    return gzip.compress(body, compresslevel=9, mtime=0)


def read_index(compressed_index: bytes, compressed_tsv: bytes) -> tuple[dict, dict[str, bytes]] | None:
    """The header and sections of an index, or None if it is of another format or another TSV."""
    body = gzip.decompress(compressed_index)
    newline = body.index(b"\n")
    header = json.loads(body[:newline])
    if header.get("format") != FORMAT or header.get("tsv") != tsv_checksum(compressed_tsv):
        return None
    data = memoryview(body)[newline + 1 :]
    sections = {name: data[start : start + length].tobytes() for name, (start, length) in header["sections"].items()}
    return header, sections


def uint32_array(data: bytes) -> array:
    """A section of uint32 values as an array (copied in C, not parsed)."""
    values = array("I")
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


class SortedKeys:
    """Byte strings stored sorted in one blob, found by binary search."""

    def __init__(self, blob: bytes, offsets: array) -> None:
        self._blob = blob
        self._offsets = offsets
        self._count = len(offsets) - 1

    def position(self, key: bytes) -> int:
        """The position of ``key``, or -1 if it is not there."""
        blob, offsets = self._blob, self._offsets
        low, high = 0, self._count
        while low < high:
            middle = (low + high) // 2
            if blob[offsets[middle] : offsets[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        if low < self._count and blob[offsets[low] : offsets[low + 1]] == key:
            return low
        return -1

    def __contains__(self, key: bytes) -> bool:
        return self.position(key) >= 0


def write_index(tsv_path: Path) -> Path:
    """Build the index of the TSV at ``tsv_path`` and write it beside it (``gazetteer.index.gz``)."""
    out = tsv_path.with_name(INDEX_FILE)
    out.write_bytes(build_index(tsv_path.read_bytes()))
    return out
