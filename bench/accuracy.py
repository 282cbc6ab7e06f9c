"""Dev-set accuracy: `dossier evaluate` on a gold set's articles, written to tests/accuracy.json
(the figures tests/test_accuracy.py holds the extraction to) and to the README's Accuracy table.

usage: python bench/accuracy.py [SET]     (SET: default ../shared/dev beside the project)
Prints the table; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from dossier.evaluation.evaluate import evaluate, markdown, table
from dossier.evaluation.tallies import FIELD_TALLIES
from dossier.text import nlp

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "tests" / "accuracy.json"
README = ROOT / "README.md"
START, END = "<!-- accuracy: written by bench/accuracy.py -->", "<!-- /accuracy -->"


def readme_with(figures: dict, readme: str) -> str:
    """The README with the table between the accuracy markers replaced by these figures."""
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    body = (f"Measured with {figures['model']} on {figures['articles']} articles of `{figures['set']}`:\n\n"
            + markdown(figures) + "\n")
    return f"{head}{START}\n{body}{END}{tail}"


def main(argv: list[str]) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("set", nargs="?", default=str(ROOT.parent / "shared" / "dev"))
    args = p.parse_args(argv)
    gold = Path(args.set)
    result = evaluate(gold, [gold / "texts"])
    name = nlp.model_name()
    figures = {"set": Path(os.path.relpath(gold.resolve(), ROOT)).as_posix(),
               "model": f"{name} {nlp.model_version(name)}", **result.summary(),
               "splits": {q: result.splits(q) for q in FIELD_TALLIES}}
    FIGURES.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    README.write_text(readme_with(figures, README.read_text(encoding="utf-8")), encoding="utf-8")
    print(table(result))
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
