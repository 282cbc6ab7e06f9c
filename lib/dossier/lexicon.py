"""Term lists kept as data (``dossier/data``), matched on lemmas with spaCy's PhraseMatcher."""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .gazetteer import rows

#: Words a title keeps in lower case ("Memorandum of Understanding").
SMALL_WORDS = {"of", "on", "for", "and", "the", "to", "in", "a"}


@cache
def table(name: str, key: str, value: str) -> dict[str, str]:
    """``key -> value`` from a two-column data file."""
    return {r[key].strip(): r[value].strip() for r in rows(name)}


def matches(doc: Doc, terms: dict[str, str], *, label: str = "TERM") -> list[tuple[Span, str]]:
    """Longest, non-overlapping matches of lemma terms (``"nuclear reactor"`` matches
    "nuclear reactors", ``"framework agreement"`` the proper noun "Framework Agreement"), with the
    value each term maps to."""
    matcher = PhraseMatcher(doc.vocab, attr="LEMMA")
    lemma_of: dict[str, str] = {}
    for term, value in terms.items():
        words = term.split()
        # pattern docs whose lemmas are the term's words, so matching needs no pipeline; a proper
        # noun keeps its capital in its lemma ("the Framework Agreement"), so title case matches too
        variants = {tuple(w.lower() for w in words),
                    tuple(w.lower() if w.lower() in SMALL_WORDS else w[:1].upper() + w[1:].lower() for w in words)}
        key = " ".join(w.lower() for w in words)
        lemma_of[key] = value
        matcher.add(key, [Doc(doc.vocab, words=list(v), lemmas=list(v)) for v in sorted(variants)])
    found = []
    taken: set[int] = set()
    for match_id, s, e in sorted(matcher(doc), key=lambda m: (m[1] - m[2], m[1])):
        if taken.intersection(range(s, e)):
            continue
        taken.update(range(s, e))
        found.append((doc[s:e], lemma_of[doc.vocab.strings[match_id]]))
    return sorted(found, key=lambda m: m[0].start)
