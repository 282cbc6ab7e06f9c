"""How often a description of a person is one actor with the name it describes.

News names a person, then refers to them by a description ("Mirza Kovrin, a pharmacist ...
The pharmacist said"). Gold files list such descriptions among a person's aliases; this script
counts, over every gold person with such an alias that occurs in its text, how many of those
descriptions are among the aliases of the actor Dossier found for that person (matched by the
person's names, as the reference scorer matches actors). It prints one line per set and, with
``-v``, each miss; the last line is one JSON object.

usage: python bench/descriptions.py [-v] SET [SET ...]     (SET: a folder with gold/ and texts/)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dossier import extract
from dossier.evaluation.gold import norm
from dossier.records import to_json
from dossier.text.article import load

#: First words that make an alias a description rather than a name.
DESCRIPTION_OPENERS = ("the", "a", "an")


def is_description(alias: str, name: str) -> bool:
    """``the pharmacist``, ``The WFP official``, ``the agency's human rights chief``: no word of
    the person's name (``former Vice President Joe Biden`` is a title and the name)."""
    first = alias.split()[0]
    named = set(name.lower().split()) & set(alias.lower().split())
    return not named and (alias[:1].islower() or first.lower() in DESCRIPTION_OPENERS or "'s " in alias)


def linked(set_dir: Path, *, verbose: bool = False) -> tuple[int, int]:
    """(descriptions linked to their person's actor, descriptions) over a gold set."""
    found = total = 0
    for gold_path in sorted((set_dir / "gold").glob("*.json")):
        text_path = set_dir / "texts" / f"{gold_path.stem}.txt"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = load(text_path)
        predicted = to_json(next(extract.dossiers([article])))["actors"]
        text = article.text.lower()
        for person in (a for a in gold["actors"] if a["type"] == "person"):
            names = [person["name"], *person["aliases"]]
            descriptions = [n for n in names if is_description(n, person["name"]) and n.lower() in text]
            proper = {norm(n) for n in names if n not in descriptions}
            actor = next((p for p in predicted if {norm(n) for n in [p["name"], *p["aliases"]]} & proper), None)
            have = {norm(n) for n in [actor["name"], *actor["aliases"]]} if actor else set()
            for d in descriptions:
                total += 1
                if norm(d) in have:
                    found += 1
                elif verbose:
                    print(f"  miss {gold_path.stem}: {person['name']!r} as {d!r}")
    return found, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    figures = {}
    for set_dir in args.sets:
        found, total = linked(set_dir, verbose=args.verbose)
        figures[str(set_dir)] = {"linked": found, "of": total, "share": round(found / total, 3) if total else None}
        print(f"{set_dir}: {found} of {total} descriptions are one actor with the name they describe")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
