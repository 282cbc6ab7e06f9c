"""What an agreement is called: the proper name of an agreement term, and what it names.

``the 2008 U.S.-Iraq Strategic Framework Agreement`` is called ``U.S.-Iraq Strategic Framework
Agreement``, dated 2008, and names the United States and Iraq as parties.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.actors.mentions import ActorIndex
from dossier.text.lexicon import entities

#: Words that make a memorandum or order a government's directive, not an agreement.
DIRECTIVE_WORDS = {"presidential", "executive"}


def name_range(doc: Doc, root: Token) -> tuple[int, int] | None:
    """The token range of an agreement term's proper name: capitalised (``Strategic Framework
    Agreement``, ``Memorandum of Cooperation``) or compounded with a proper noun (``the NATO
    treaty``), without its article, "new", its date or its amount; ``None`` for a common noun.
    A presidential or executive memorandum is a directive, not an agreement."""
    if root.dep_ == "appos" and root.head.pos_ == "PROPN" and root.head.i < root.i:  # "AUKUS – a partnership"
        return root.head.i, root.head.i + 1
    proper = [c for c in root.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    capital = root.text[:1].isupper() and root.i != root.sent.start
    if not (capital or proper):
        return None
    left = root.i
    for t in reversed(doc[root.sent.start:root.i]):
        inner = t.lower_ in ("and", "&", "of") or t.text == "-" and not t.whitespace_ or t.text in ("(", ")")
        if t.ent_type_ in ("DATE", "MONEY", "CARDINAL") or not (t.text[:1].isupper() or inner):
            break
        left = t.i
    while left < root.i and (doc[left].is_punct or doc[left].lower_ in ("and", "&", "of")):
        left += 1
    right = root.i
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for")), None)
    if capital and of is not None and all(w.text[:1].isupper() or w.is_punct or w.lower_ in ("and", "of", "the")
                                          for w in doc[of.i + 1:of.right_edge.i + 1]):
        right = of.right_edge.i
    if {t.lower_ for t in doc[left:right + 1]} & DIRECTIVE_WORDS:
        return None
    if right == left and not proper:  # a lone capitalised word ("Partnership" as a heading) names nothing
        return None
    if not any(t.text[:1].isupper() and t.pos_ == "PROPN" or t.is_upper for t in doc[left:right + 1]
               if t.i != root.sent.start):
        return None
    return left, right + 1


def agreement_name(doc: Doc, root: Token) -> str | None:
    """The proper name of an agreement term (see :func:`name_range`), or ``None``."""
    found = name_range(doc, root)
    return doc[found[0]:found[1]].text if found else None


def name_date(doc: Doc, root: Token) -> str | None:
    """A year or date written into an agreement's phrase (``the 2008 ... Agreement``)."""
    for ent in entities(doc):
        if ent.label_ == "DATE" and root.left_edge.i <= ent.start and ent.end <= root.i:
            return ent.text
    return None


def name_parties(index: ActorIndex, doc: Doc, root: Token) -> list[str]:
    """Parties named in an agreement's name: the states and organisations whose names or
    aliases are its words or the parts of its hyphenated compounds (``the U.S.-Japan Agreement``:
    both states; ``the NATO treaty``: NATO)."""
    found_range = name_range(doc, root)
    if found_range is None:
        return []
    names = {n.lower(): index.state_of(a) or a.id for a in index.actors if a.type in ("state", "organization")
             for n in (a.name, *a.aliases) if n}
    own = index.at(root)
    found = []
    for t in doc[found_range[0]:found_range[1]]:
        parts = [t.text, *(p for p in t.text.replace("–", "-").split("-") if p)]
        found += [names[p.lower()] for p in parts if p.lower() in names and p != root.text
                  and (own is None or names[p.lower()] != own.id)]
    return list(dict.fromkeys(found))
