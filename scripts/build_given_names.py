"""Build src/newscore/data/given_names.tsv.gz: given names and the gender they usually mark.

Source: the name data of nomquamgender (Van Buskirk et al. 2022, MIT licence), read from its
installed package at build time only (`pip install nomquamgender`); nothing is downloaded at
run time. Each line is ``name<TAB>f|m|u``: ``f``/``m`` where at least 90% of the people with
that name in the source are women/men, ``u`` where the name is common but not gendered
("Jamie", "Kim"). Names seen fewer than ``MIN_COUNT`` times (``MIN_UNGENDERED_COUNT`` for
``u``) are left out.

    python scripts/build_given_names.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

MIN_COUNT = 25
MIN_SOURCES = 3
MIN_UNGENDERED_COUNT = 5000
OUT = Path(__file__).resolve().parent.parent / "src" / "newscore" / "data" / "given_names.tsv.gz"
_NAME = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def main() -> None:
    spec = importlib.util.find_spec("nomquamgender")  # its __init__ imports pandas: read the data file only
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install nomquamgender first (build time only)")
    data_file = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    data = json.loads(data_file.read_text(encoding="utf-8"))
    rows = []
    for name, (sources, count, p_female, *_rest) in data.items():
        if count < MIN_COUNT or sources < MIN_SOURCES or len(name) < 2 or not _NAME.match(name):
            continue
        gender = "f" if p_female >= 0.9 else "m" if p_female <= 0.1 else "u"
        if gender == "u" and count < MIN_UNGENDERED_COUNT:
            continue  # rare and ungendered: more often noise ("north", "the") than a name
        rows.append(f"{name}\t{gender}\n")
    rows.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as stream:
        stream.write("# given name, gender it usually marks (f, m, u: not gendered); from nomquamgender, MIT\n")
        stream.writelines(rows)
    print(f"{len(rows):,} names written to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
