"""Term lists kept as data (``dossier/data``), matched on lemmas with spaCy's Matcher."""

from __future__ import annotations

from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from dossier.text.gazetteer import rows

#: Penn Treebank tags of a finite verb (a past or present form, or a modal), shared by the rules
#: that tell a clause from a noun phrase.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@cache
def other_language_cues() -> frozenset[str]:
    """Verbs of saying in other languages written after a quotation (``data/quote_verbs_other_languages.csv``)."""
    return frozenset(r["word"].lower() for r in rows("quote_verbs_other_languages.csv"))


@cache
def table(name: str, key: str, value: str) -> dict[str, str]:
    """``key -> value`` from a two-column data file."""
    return {r[key].strip(): r[value].strip() for r in rows(name)}


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as one list, made once per doc: walking ``doc`` makes a new Python object
    per token each time, which a dozen rules walking it add up to."""
    key = "dossier.tokens"
    if key not in doc.user_data:
        doc.user_data[key] = list(doc)
    return doc.user_data[key]


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences as one list, made once per doc (``doc.sents`` walks every token each time)."""
    key = "dossier.sentences"
    if key not in doc.user_data:
        doc.user_data[key] = list(doc.sents)
    return doc.user_data[key]


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, made once per doc (``doc.ents`` builds a new span for each at every call)."""
    key = "dossier.entities"
    if key not in doc.user_data:
        doc.user_data[key] = doc.ents
    return doc.user_data[key]


def _lemmas(doc: Doc) -> frozenset[str]:
    """The doc's lower-cased lemmas, computed once per doc."""
    key = "dossier.lemmas"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(s.lower() for s in map(doc.vocab.strings.__getitem__,
                                                              doc.to_array("LEMMA").tolist()))
    return doc.user_data[key]


def matches(doc: Doc, terms: dict[str, str], *, label: str = "TERM") -> list[tuple[Span, str]]:
    """Longest, non-overlapping matches of lemma terms (``"nuclear reactor"`` matches
    "nuclear reactors"), with the value each term maps to. A proper noun keeps its capital in
    its lemma, so each word also matches capitalised (``"statement of intent"`` matches "a
    Statement of Intent", whose lemmas are "statement", "of" and "Intent")."""
    present = _lemmas(doc)
    matcher = Matcher(doc.vocab)
    lemma_of: dict[str, str] = {}
    firsts: set[str] = set()
    longest = 0
    for term, value in terms.items():
        words = [w.lower() for w in term.split()]
        if not all(w in present for w in words):
            continue  # only the terms whose every word the doc has: the matcher's time grows with its patterns
        key = " ".join(words)
        lemma_of[key] = value
        firsts.add(words[0])
        longest = max(longest, len(words))
        matcher.add(key, [[{"LEMMA": {"IN": sorted({w, w[:1].upper() + w[1:], w.upper()})}} for w in words]])
    if not lemma_of:
        return []
    hits = []
    for a, b in _windows(doc, firsts, longest):  # a match opens on a first word: only the text after one is read
        hits += [(match_id, a + s, a + e) for match_id, s, e in matcher(doc[a:b])]
    found = []
    taken: set[int] = set()
    for match_id, s, e in sorted(hits, key=lambda m: (m[1] - m[2], m[1])):
        if taken.intersection(range(s, e)):
            continue
        taken.update(range(s, e))
        found.append((doc[s:e], lemma_of[doc.vocab.strings[match_id]]))
    return sorted(found, key=lambda m: m[0].start)


def _windows(doc: Doc, firsts: set[str], width: int) -> list[tuple[int, int]]:
    """The token ranges, merged where they overlap, of ``width`` tokens from each token whose
    lemma is one of ``firsts``."""
    index = _lemma_index(doc)
    out: list[tuple[int, int]] = []
    for i in sorted(i for w in firsts for i in index.get(w, ())):
        end = min(i + width, len(doc))
        if out and i <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((i, end))
    return out


def _lemma_index(doc: Doc) -> dict[str, list[int]]:
    """Lower-cased lemma -> the indices of its tokens, computed once per doc."""
    key = "dossier.lemma_index"
    if key not in doc.user_data:
        index: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, h in enumerate(doc.to_array("LEMMA").tolist()):
            index.setdefault(strings[h].lower(), []).append(i)
        doc.user_data[key] = index
    return doc.user_data[key]


def tokens_with_lemma(doc: Doc, lemmas: frozenset[str] | set[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is one of ``lemmas``, in order: looked up in an index
    of the doc's lemmas, so that a rule looking for a few words does not walk every token."""
    if not lemmas & _lemmas(doc):
        return []
    index, toks = _lemma_index(doc), tokens(doc)
    return [toks[i] for i in sorted(i for lemma in lemmas for i in index.get(lemma, ()))]
