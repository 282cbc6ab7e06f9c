"""Write ``lib/dossier/data/given_names.csv`` from nomquamgender's name data (MIT licence).

nomquamgender (Van Buskirk, Clauset and Larremore, 2022) pools given-name counts by gender from
36 sources in many countries. Dossier keeps only what it needs, as a small data file, so that
extraction neither loads the package's 22 MB table nor depends on it: the names seen at least
:data:`MIN_COUNT` times in at least :data:`MIN_SOURCES` sources, with ``m`` or ``f`` where one
gender holds at least :data:`CLEAR` of the count and ``u`` otherwise.

    pip install nomquamgender==0.1.4 && python scripts/given_names.py
"""

from __future__ import annotations

import importlib.metadata
import json
from importlib.resources import files
from pathlib import Path

MIN_COUNT = 1000
MIN_SOURCES = 5
CLEAR = 0.9
OUT = Path(__file__).resolve().parent.parent / "lib" / "dossier" / "data" / "given_names.csv"


def main() -> None:
    data = json.loads((files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    version = importlib.metadata.version("nomquamgender")
    rows = []
    for name, (sources, count, p_female, _) in sorted(data.items()):
        if count < MIN_COUNT or sources < MIN_SOURCES or not (name.isascii() and name.isalpha()):
            continue
        gender = "f" if p_female >= CLEAR else "m" if p_female <= 1 - CLEAR else "u"
        rows.append(f"{name},{gender}")
    header = [
        "# Given names (lower case, without diacritics) and the gender they clearly have: m, f, or u",
        "# where neither gender holds 90% of the count. Used to tell a person's name from an",
        "# organisation's and to resolve he/she when the text gives no evidence of its own.",
        f"# Source: nomquamgender {version} (MIT licence; Van Buskirk, Clauset and Larremore, 2022),",
        f"# names counted at least {MIN_COUNT} times in at least {MIN_SOURCES} of its sources.",
        "# Regenerate with scripts/given_names.py.",
        "name,gender",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
