"""Quotation marks: pairing them within paragraphs, and telling a quoted title from quoted speech.

A quotation left open at the end of a paragraph runs on to a closing mark that the next
paragraph meets before any opening one (``“Thank you ¶ for your visit” [Tweet]``).

Single quotation marks count where a paragraph has no double ones (British style); a single
closing mark needs punctuation next to it (``,’ he said``), so ``the players’ union`` is no
quotation, and an unclosed single mark is an apostrophe.

Quotation marks around a name (``CBS's “Morning Desk”``, ``“Operation Northern Shield”``: two or
more capitalised words and no verb) mark a title, not speech.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from dossier.claims.subjects import speech_lemmas
from dossier.text.gazetteer import rows
from dossier.text.gazetteer import words as lexicon
from dossier.text.lexicon import tokens

STOPWORDS = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "de", "la", "with"}
OPENING = ("“", '"')
SINGLE_OPENING = ("‘", "'")
SINGLE_CLOSING = ("’", "'")


@dataclass(frozen=True)
class Quotation:
    """Token range of the words between a pair of quotation marks."""

    start: int
    end: int


def _paragraph_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the paragraphs: up to (not including) a token holding a line break."""
    out, start = [], 0
    for t in tokens(doc):
        if "\n" in t.text:
            out.append((start, t.i))
            start = t.i + 1
    out.append((start, len(doc)))
    return out


def _single_opens(t: Token, start: int) -> bool:
    doc = t.doc
    return t.text in SINGLE_OPENING and t.i + 1 < len(doc) and not doc[t.i + 1].is_space and \
        (t.i == start or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_punct)


def _single_closes(t: Token, end: int) -> bool:
    """A closing single mark ends a quotation (``,’ he said``, ``‘reckless’.``), not a
    possessive (``the players’ union``): punctuation before or after it."""
    doc = t.doc
    return t.text in SINGLE_CLOSING and (doc[t.i - 1].is_punct or t.i + 1 >= end or doc[t.i + 1].is_punct)


def quotations(doc: Doc) -> list[Quotation]:
    """Pairs of quotation marks within each paragraph; unbalanced marks never span paragraphs.
    A paragraph with no double quotation marks may quote with single ones (British style).
    Read once per doc (claims and the author rules both ask) and kept with it until
    :meth:`dossier.actors.mentions.ActorIndex.forget`."""
    key = ("dossier.claims.quotations",)
    if key not in doc.user_data:
        doc.user_data[key] = tuple(_quotations(doc))
    return list(doc.user_data[key])


def _quotations(doc: Doc) -> list[Quotation]:
    found = []
    paragraphs = _paragraph_ranges(doc)
    toks = tokens(doc)
    resume = 0
    for k, (start, end) in enumerate(paragraphs):
        start = max(start, resume)  # past a closing mark a quotation from the paragraph before took
        double = any(t.text in OPENING or t.text == "”" for t in toks[start:end])
        open_at: int | None = None
        for t in toks[start:end]:
            if double and t.text in OPENING or not double and open_at is None and _single_opens(t, start):
                if open_at is not None and t.i > open_at + 1:
                    found.append(Quotation(open_at + 1, t.i))
                open_at = t.i
            elif (double and t.text == "”" or not double and open_at is not None and _single_closes(t, end)) \
                    and open_at is not None:
                if t.i > open_at + 1:
                    found.append(Quotation(open_at + 1, t.i))
                open_at = None
        if double and open_at is not None and end > open_at + 1:  # an unclosed single mark is an apostrophe
            close = _closed_next(doc, paragraphs[k + 1]) if k + 1 < len(paragraphs) else None
            found.append(Quotation(open_at + 1, close if close is not None else end))
            resume = close + 1 if close is not None else resume
    return found


def _closed_next(doc: Doc, paragraph: tuple[int, int]) -> int | None:
    """The closing mark that ends a quotation left open in the paragraph before, when the next
    paragraph's first quotation mark closes (a line break inside a quoted post or letter),
    not opens (the convention for a quotation over several paragraphs)."""
    for t in tokens(doc)[paragraph[0]:paragraph[1]]:
        if t.text in OPENING:
            return None
        if t.text == "”":
            return t.i
    return None


@cache
def composition_nouns() -> frozenset[str]:
    """Nouns naming works whose titles go in quotation marks (``data/composition_nouns.csv``)."""
    return lexicon("composition_nouns.csv", lower=True)


def is_name(doc: Doc, q: Quotation) -> bool:
    """Quotation marks around a title or a name: after a noun naming a work (``the film “...”``),
    a capitalised word or two right before a person's name (``“Colonel” Innocent Bahati``),
    or two or more words, all capitalised (or short function words), and no verb; not a slogan
    that someone is said to say (``“Death to Tyrants,” the crowd chanted``, ``shouted: “Long Live
    the King”``), nor words ending in a full stop or opening with "And" (``“And in July.”``)."""
    words = [t for t in doc[q.start:q.end] if not t.is_punct and not t.is_space]
    named = doc[q.start - 2] if q.start >= 2 else None
    if named is not None and named.lower_ in composition_nouns() and words and words[0].is_title:
        return True  # "the film “We Were Never Here”", "a report titled “...”": a title (AP style)
    name = [t for t in doc[q.end:min(q.end + 3, len(doc))] if not t.is_punct][:2]
    if 1 <= len(words) <= 2 and all(t.is_title for t in words) and len(name) == 2 \
            and all(t.pos_ == "PROPN" and t.is_title for t in name):
        return True  # "“Colonel” Innocent Bahati": a title or a nickname the name goes on after
    if len(words) < 2 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    before = doc[q.start - 2] if q.start >= 2 else None
    after = [t for t in doc[q.end:min(q.end + 4, len(doc))] if not t.is_punct and not t.is_space]
    if before is not None and before.text == ":" or any(t.lemma_ in speech_lemmas() for t in after):
        return False
    inside = [t for t in doc[q.start:q.end] if not t.is_space]
    if words[0].lower_ in ("and", "but", "or") or inside and inside[-1].text in (".", "!", "?"):
        return False  # "“And in July.”": a sentence of someone's, going on; titles take no full stop
    return all(t.is_title or t.is_upper or t.lower_ in STOPWORDS or t.like_num for t in words) and \
        sum(t.is_title or t.is_upper for t in words) >= 2


_last_boilerplate: list = []


@cache
def _boilerplate() -> dict[str, str]:
    return {r["phrase"]: r["role"] for r in rows("boilerplate.csv")}


def boilerplate(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """(tokens of lines that are web-page boilerplate, tokens of paragraphs a publisher's label
    opens): the lines and labels of ``data/boilerplate.csv``, case, punctuation and dashes aside;
    kept for the last doc asked about (asked for at every count of paragraph breaks)."""
    if _last_boilerplate and _last_boilerplate[0] is doc:
        return _last_boilerplate[1]
    lines: set[int] = set()
    labelled: set[int] = set()
    toks = tokens(doc)
    i = 0
    while i < len(doc):
        end = paragraph_end(doc, i)
        words = [t for t in toks[i:end] if not t.is_punct and not t.is_space]
        text = " ".join(t.lower_ for t in words)
        if words and _boilerplate().get(text) == "line":
            lines.update(range(i, end))
        colon = next((t.i for t in toks[i:min(end, i + 5)] if t.text == ":"), None)
        if colon is not None:
            label = " ".join(t.lower_ for t in toks[i:colon] if not t.is_space)
            label = label.replace(" 's", "'s").replace(" ’s", "’s")
            if _boilerplate().get(label) == "label":
                labelled.update(range(i, end))
        i = max(end, i + 1)
    found = frozenset(lines), frozenset(labelled)
    _last_boilerplate[:] = [doc, found]
    return found


def breaks(doc: Doc, a: int, b: int) -> int:
    """Paragraph breaks between tokens ``a`` and ``b``: a run of line breaks (a blank line
    between paragraphs) is one break, and so are the breaks around a boilerplate line
    (``Advertisement - story continues below``)."""
    skip = boilerplate(doc)[0] if b > a else frozenset()
    n = 0
    in_break = False
    for t in doc[a:b]:
        if "\n" in t.text or "\n" in t.whitespace_:
            if not in_break:
                n += 1
            in_break = True
        elif not t.is_space and t.i not in skip:
            in_break = False
    return n


def _breaks(doc: Doc) -> list[int]:
    """Indexes of the tokens after which a paragraph ends (a line break in the token or after it),
    listed once per doc."""
    key = "dossier.breaks"
    if key not in doc.user_data:
        doc.user_data[key] = [t.i for t in tokens(doc) if "\n" in t.text or "\n" in t.whitespace_]
    return doc.user_data[key]


def paragraph_start(doc: Doc, i: int) -> int:
    """The first token of the paragraph token ``i`` is in (or starts)."""
    marks = _breaks(doc)
    k = bisect_left(marks, i)  # the last break before i
    return marks[k - 1] + 1 if k > 0 else 0


def paragraph_end(doc: Doc, i: int) -> int:
    """Where the paragraph of token ``i`` ends: at a token holding a line break, or after one
    followed by a line break."""
    marks = _breaks(doc)
    k = bisect_left(marks, i)
    if k == len(marks):
        return len(doc)
    j = marks[k]
    return j if "\n" in doc[j].text else j + 1


def trim_punct(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range without punctuation or spaces at either end."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end
