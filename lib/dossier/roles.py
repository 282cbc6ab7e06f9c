"""Roles and affiliations of people, from titles before a name and from appositions.

Two rules, both reading the parse rather than the raw text:

* a title from the titles lexicon directly before a name (``Iranian Foreign Minister Abbas
  Araghchi``, ``Kremlin spokesman Dmitry S. Peskov``), with the state or organisation
  right before the title as the affiliation: news style puts the office first;
* an apposition whose head noun is in the lexicon (``Nikita Smagin, an expert ... at the
  Russian Council for International Affairs, a think tank,``), in either order, with an
  organisation after ``at``, ``with`` or ``of`` as the affiliation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from .gazetteer import lines, rows

#: How many tokens before a name a title with its affiliation may reach.
WINDOW = 6
AFFILIATION_PREPOSITIONS = ("at", "with", "of", "for")


@dataclass(frozen=True)
class Role:
    """A role stated for one mention: the title as written, and the token span of the
    affiliated entity when the text names one."""

    title: str
    affiliation: tuple[int, int] | None = None


@cache
def titles() -> frozenset[str]:
    return frozenset(lines("titles.csv"))


@cache
def title_categories() -> dict[str, str]:
    """Title -> the capacity its holder speaks in: official, analyst, media or other."""
    return {row["title"]: row["category"] for row in rows("titles.csv")}


@cache
def honorifics() -> frozenset[str]:
    return frozenset(lines("honorifics.csv"))


def _entity_ending_at(doc, i: int) -> Span | None:
    """The entity whose last token is ``i`` (or ``i`` is the "'s" after it)."""
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0 or not doc[i].ent_type_:
        return None
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent if ent.end - 1 == i else None
    return None


def title_before(name: Span) -> Role | None:
    """The title from the lexicon that ends right before ``name``, and its affiliation."""
    doc = name.doc
    start = name.start
    window: list[Token] = []
    i = start - 1
    while i >= 0 and len(window) < WINDOW:
        t = doc[i]
        if t.is_punct and t.tag_ != "POS" or t.pos_ in ("VERB", "AUX", "CCONJ", "DET", "PRON", "SCONJ"):
            break
        if t.pos_ == "ADP" and t.lower_ != "of":  # "Secretary of State X"
            break
        window.insert(0, t)
        i -= 1
    lex = titles()
    for k in range(len(window)):
        candidate = " ".join(t.text for t in window[k:])
        if candidate.lower() in lex:
            aff = _entity_ending_at(doc, window[k].i - 1)
            return Role(candidate, (aff.start, aff.end) if aff is not None else None)
    return None


def _role_phrase(head: Token) -> str | None:
    """The role an apposition's head noun names, with its modifiers: "independent analyst"."""
    words = [c for c in head.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_] + [head]
    lex = titles()
    if not any(" ".join(t.lower_ for t in words[k:]) in lex for k in range(len(words))):
        return None
    return " ".join(t.text for t in words)


def _affiliation_in(head: Token) -> tuple[int, int] | None:
    doc = head.doc
    best = None
    for t in head.subtree:
        if t.dep_ == "prep" and t.lower_ in AFFILIATION_PREPOSITIONS:
            for obj in t.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("ORG", "GPE", "NORP"):
                    ent = next(e for e in doc.ents if e.start <= obj.i < e.end)
                    rank = AFFILIATION_PREPOSITIONS.index(t.lower_)
                    if (ent.label_ == "ORG" or t.lower_ == "of") and (best is None or rank < best[0]):
                        best = (rank, (ent.start, ent.end))
    return best[1] if best else None


def _appositions(name: Span) -> list[Role]:
    root = name.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    out = []
    for head in heads:
        if head.i in range(name.start, name.end) or head.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = _role_phrase(head)
        if phrase:
            out.append(Role(phrase, _affiliation_in(head)))
    return out


def roles(name: Span) -> list[Role]:
    """The roles the text gives the person named by ``name``, by both rules above."""
    found = []
    title = title_before(name)
    if title:
        found.append(title)
    found.extend(_appositions(name))
    return found
