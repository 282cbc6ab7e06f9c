"""Gold annotations as the scorer reads them: one article's text and items, checked when read.

The format is the README's "Annotating your own articles"; :func:`check_gold` refuses what the
scorer could not read, with a one-line error naming the file and the item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from dossier.errors import DossierError

Question = Literal["actors", "claims", "sanctions", "projects", "agreements"]
QUESTIONS: tuple[Question, ...] = ("actors", "claims", "sanctions", "projects", "agreements")
#: The gold key holding each evidence-matched question's snippet.
SNIPPET = {"claims": "quote", "sanctions": "evidence", "projects": "evidence", "agreements": "evidence"}

Json = dict[str, Any]


def norm(name: str | None) -> str:
    """A name compared case-insensitively, without surrounding space or a leading "the "."""
    s = (name or "").strip().lower()
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class Gold:
    """One annotated article: its id, gold file, text and annotation (the gold JSON), checked
    by :func:`check_gold` when made."""

    id: str
    path: Path
    text: str
    data: Json = field(repr=False)

    def __post_init__(self) -> None:
        check_gold(self.path, self.data, self.text)

    def items(self, question: Question) -> list[Json]:
        """The gold items of a question (none when it is not annotated)."""
        return self.data.get(question) or []

    def scored(self, question: Question) -> bool:
        """A question is scored when the gold file annotates it (holds its list)."""
        return question in self.data


def input_error(path: Path, where: str, what: str) -> DossierError:
    """The one-line error for a problem at ``where`` (e.g. ``claims[3]``, ``line 7``) in a file."""
    return DossierError(f"{path}: {where}: {what}" if where else f"{path}: {what}")


def check_gold(path: Path, data: Any, text: str) -> None:
    """Refuse a gold annotation the scorer cannot read: not an object, an item without its
    name or snippet, a snippet that is not in the article text."""
    if not isinstance(data, dict):
        raise input_error(path, "", "gold must be a JSON object")
    for q in QUESTIONS:
        items = data.get(q)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise input_error(path, q, "must be a list of objects")
        for n, item in enumerate(items):
            needed = ("name",) if q == "actors" else (SNIPPET[q], "speaker") if q == "claims" else (SNIPPET[q],)
            for key in needed:
                if not isinstance(item.get(key), str) or (key != "name" and not item[key]):
                    raise input_error(path, f"{q}[{n}]", f"{key!r} must be a non-empty string")
            if q != "actors" and item[SNIPPET[q]] not in text:
                raise input_error(path, f"{q}[{n}]", f"{SNIPPET[q]} not in the article text: {item[SNIPPET[q]][:60]!r}")
            if q == "actors" and not isinstance(item.get("aliases", []), list):
                raise input_error(path, f"{q}[{n}]", "'aliases' must be a list")
