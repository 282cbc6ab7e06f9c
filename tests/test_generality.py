"""No string from the development set is written into the library.

The dev set (``../shared/dev``) measures rules on articles they were not written for; a name or
a phrase of one of its articles inside ``lib/`` would fit that article instead. Checked: the
names of its people (two words or more), of its projects and agreements, and every run of six
words of its claims, against the library's code and data files.
"""

import json
import re

import pytest
from dossier.actors.names import title_words
from dossier.config import PACKAGE, ROOT
from dossier.text.gazetteer import gazetteer

DEV = ROOT.parent / "shared" / "dev"


def _names_someone(alias: str) -> bool:
    """An alias that holds a name, not only an office and its state ("the U.S. Secretary of State")."""
    rest = [w for w in alias.split() if w.lower() not in title_words() | {"the", "of", "for", "to", "and"}
            and gazetteer().lookup(w) is None and w.lower() not in ("state", "general", "prince", "crown")]
    return bool(rest)


def _dev_strings() -> set[str]:
    found: set[str] = set()
    for path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for actor in gold["actors"]:
            if actor["type"] == "person":
                found |= {a for a in [actor["name"], *actor["aliases"]]
                          if len(a.split()) >= 2 and len(a) >= 8 and _names_someone(a)}
        for kind in ("projects", "agreements"):
            found |= {item["name"] for item in gold.get(kind, []) if item.get("name") and len(item["name"]) >= 12}
        for claim in gold["claims"]:
            words = re.findall(r"[\w’'-]+", claim["quote"])
            found |= {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}
    return found


@pytest.mark.skipif(not DEV.is_dir(), reason="the development set is not beside the project")
def test_the_library_holds_no_name_or_phrase_of_a_dev_article():
    strings = _dev_strings()
    assert len(strings) > 100
    leaks = []
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.csv")]):
        text = " ".join(re.findall(r"[\w’'-]+", path.read_text(encoding="utf-8")))
        leaks += [f"{path.name}: {s!r}" for s in strings if s in text]
    assert not leaks, leaks
