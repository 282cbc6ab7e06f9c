"""Names a text gives an actor in so many words: ``known as``, ``calls itself``, ``nicknamed``.

``The Houthis, who call themselves Ansar Allah, ...``, ``the Northern Brigade, also known as the
Lions of Kivu, ...``, ``Adama Diallo, nicknamed the Lion, ...``: the name after the connective is
another name of the actor before it. When what comes before is no name but a noun for a group
(``a coalition that calls itself X``, ``the militia, known locally as X``), the name is that
group's, an organisation whatever the NER took it for. Read from the words around the
connective, which the parser often hangs wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dossier.text.lexicon import tokens_with_lemma

#: Connectives followed by "as" and the other name.
KNOWN = frozenset({"known", "called", "named", "referred"})
#: Connectives followed directly by the other name.
NICKNAMED = frozenset({"nicknamed", "dubbed", "codenamed", "alias", "aka", "a.k.a."})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
#: The lemmas of all the connectives, to find them without walking every token.
CONNECTIVE_LEMMAS = KNOWN | NICKNAMED | {"know", "call", "name", "refer", "nickname", "dub", "codename"}
#: Small words inside a name ("the Lions of Kivu", "Jamaat al Nasr").
LINKS = frozenset({"of", "al", "el", "de", "du", "for", "and"})
#: Words that may stand between the first name and the connective.
BETWEEN = frozenset({",", "(", "also", "who", "which", "that", "locally", "widely", "commonly", "better",
                     "formerly", "popularly", "sometimes"})
#: Nouns for a group whose own name a text may give this way.
GROUP_NOUNS = frozenset({"group", "coalition", "militia", "movement", "faction", "alliance", "brigade", "front",
                         "organisation", "organization", "network", "force", "unit", "gang", "cell", "party"})


@dataclass(frozen=True)
class Alias:
    """``before`` (the last token of the first name, or of a group noun) is also called ``name``."""

    before: Token
    name: Span


def _name_after(doc: Doc, i: int, names: list[Span]) -> Span | None:
    """The mention starting at ``i`` (a "the" before it aside), else the capitalised words there
    (``the Lions of Kivu``, which the NER may leave untagged)."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    found = next((s for s in names if s.start == i or s.start == i - 1 and doc[i - 1].lower_ == "the"), None)
    if found is not None:
        return found
    end = i
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].lower_ in LINKS
                              and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
    return Span(doc, i, end, label="ORG") if end > i and doc[end - 1].text[:1].isupper() else None


def _before(doc: Doc, i: int) -> Token | None:
    while i >= 0 and doc[i].lower_ in BETWEEN:
        i -= 1
    return doc[i] if i >= 0 else None


def aliases(doc: Doc, names: list[Span]) -> list[Alias]:
    """Each ``X, known as Y`` / ``X, who calls itself Y`` / ``X, nicknamed Y`` among the mention
    spans ``names``, by the rules in the module docstring."""
    out = []
    for t in tokens_with_lemma(doc, CONNECTIVE_LEMMAS):
        low = t.lower_
        if low in KNOWN and t.i + 1 < len(doc):
            k = t.i + 1
            while k < len(doc) and doc[k].pos_ == "ADV":
                k += 1  # "known locally as"
            if k >= len(doc) or doc[k].lower_ != "as":
                continue
            after, start = k + 1, t.i - 1
        elif low in NICKNAMED:
            after, start = t.i + 1, t.i - 1
        elif t.lemma_ == "call" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in REFLEXIVES:
            after, start = t.i + 2, t.i - 1
        else:
            continue
        name = _name_after(doc, after, names)
        before = _before(doc, start)
        if name is not None and before is not None and (before.pos_ in ("PROPN", "NOUN")):
            out.append(Alias(before, name))
    return out
