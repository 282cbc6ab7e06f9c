"""Spans the NER tags as names that name no actor: things, common nouns and headings' topics.

Each rule reads the parse around the span (its head, its article, the line it stands on), not
a list of names; :mod:`dossier.actors.entities` drops the spans these predicates pick out.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from dossier.actors.missed import english_word
from dossier.actors.names import honorifics, is_given_name, is_title_word, organisation_heads
from dossier.text.gazetteer import gazetteer, rows
from dossier.text.lexicon import FINITE_TAGS, entities, tokens


def looks_like_person(span: Span) -> bool:
    """Two to four capitalised words, the first a given name of one gender, none an
    organisation head noun or a number, the last not in capitals: ``Nathan Kessler``."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or any(not t.text[:1].isupper() for t in words):
        return False
    if any(t.lower_ in organisation_heads() for t in words) or any(t.like_num for t in words):
        return False
    return is_given_name(words[0].text, strict=True) and not words[-1].text.isupper()


def modifies_a_thing(span: Span, heads: frozenset[str]) -> bool:
    """``the Varnak oil field``, ``the Kestrel missile system``, ``the Dolvara
    massacres``: a name that is a modifier in a noun phrase headed by (or holding before its
    head) an event, document, weapon or built thing names that thing, not an actor, unless it
    ends in an organisation head noun (``the Varnak Development Corporation compact``)."""
    root = span.root
    if span.label_ not in ("ORG", "PERSON") or root.dep_ not in ("compound", "amod", "nmod") \
            or root.head.i < span.end or span[-1].lower_ in organisation_heads():
        return False
    if span.label_ == "PERSON" and not span.text.isupper():  # "the Lenz plan" names Lenz, "the VRT plan" not
        heads = heads - PLANS
    return any(t.lower_ in heads or t.lemma_.lower() in heads for t in span.doc[span.end:root.head.i + 1])


#: Heads a person's name may modify and still name the person: "the Lenz plan", "the Lenz doctrine".
PLANS = frozenset({"plan", "program", "programme", "doctrine", "initiative", "strategy", "law", "resolution",
                   "agreement", "accord", "accords", "deal", "declaration", "memorandum", "charter", "compact",
                   "dialogue", "summit", "conference", "ministerial"})


def described(span: Span) -> bool:
    """``a defiant Brenner``, ``the ailing Okafor``: the surname of a person the text names in
    full, after an article and a lowercase adjective, is that person as news describes them (an
    article before a name is otherwise a sign of no name at all)."""
    doc = span.doc
    if span.label_ != "PERSON" or span.start == 0:
        return False
    words = [t for t in span if not t.is_punct]
    if len(words) != 1:
        return False
    before = doc[span.start - 1]
    if before.dep_ != "amod" or not before.text.islower():
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words[0].text for e in entities(doc))


def described_in_full(span: Span) -> bool:
    """``a defiant Tom Halloran``, ``a tearful Maria Lentz``: a person's full name (a known given
    name, then a surname) after an article and a lower-case adjective is that person as news
    describes them, as :func:`described` finds for a surname alone."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if span.label_ != "PERSON" or len(words) < 2 or span.start < 2 or not is_given_name(words[0].text):
        return False
    before = doc[span.start - 1]
    return before.dep_ == "amod" and before.text.islower() and before.pos_ == "ADJ" \
        and doc[span.start - 2].lower_ in ("a", "an", "the")


def common_noun(span: Span) -> bool:
    """``Diplomats will return``, ``the Sun``, ``a hard Grexit``: a one-word "organisation"
    the tagger reads as a plural common noun, or a one-word "person" with an article of its
    own (people's names take none), is no actor."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1:
        return False
    word = words[0]
    if span.label_ == "ORG" and word.tag_ == "NNS":
        return True
    return span.label_ == "PERSON" and word.dep_ != "compound" and not plural_people(span) \
        and not described(span) and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in word.children)


def plural_people(span: Span) -> bool:
    """``the Houthis``, ``the Kurds``: one capitalised word in the plural after ``the``, tagged
    as a person, names a people or a movement (a person's name takes no article)."""
    words = [t for t in span if not t.is_punct]
    if span.label_ != "PERSON" or len(words) != 1:
        return False
    word = words[0]
    return word.text[:1].isupper() and not word.text.isupper() and word.text.endswith("s") \
        and not word.text.endswith(("ss", "us")) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in word.children)


#: Small words a heading keeps in lower case.
HEADING_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "a", "an", "with", "at", "by", "&"})


def in_heading(span: Span) -> bool:
    """``Water Supply in Ruritania:``, ``Trade and Investment`` on a line of its own: an
    unknown organisation in a heading (a paragraph's opening words up to a colon, or a whole
    short paragraph, capitalised, with no finite verb, person or office title) is a topic, not an actor,
    unless its last word is an organisation head noun (``Fund``, ``Center``)."""
    doc = span.doc
    toks = tokens(doc)
    if span.label_ != "ORG" or span[-1].lower_ in organisation_heads() or looks_like_person(span):
        return False
    start = span.start
    while start > 0 and not (toks[start - 1].is_space or "\n" in toks[start - 1].whitespace_):
        start -= 1
    end = start
    while end < len(doc) and toks[end].text != ":" and not toks[end].is_space:
        end += 1
        if "\n" in toks[end - 1].whitespace_:
            break
    if span.end > end or end - start > 16 or toks[end - 1].text in (".", "!", "?"):
        return False
    if end < len(doc) and toks[end].text == ":" and not any(t.is_alpha for t in toks[start:span.start]) \
            and span.end == end:
        return False  # "Varnaksoft: the company will invest": a label naming who commits, not a topic
    return all(t.tag_ not in FINITE_TAGS and t.ent_type_ != "PERSON" and not is_title_word(t) and (
        t.is_punct or t.tag_ == "POS" or t.like_num or t.text[:1].isupper() or t.lower_ in HEADING_WORDS)
        for t in toks[start:end])


def between_states(span: Span) -> bool:
    """``the Peru-Chile Alliance``, ``the Laos-Benin Partnership``: a hyphenated pair of states
    before a head noun names the relation between them, not a third actor."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2:
        return False
    parts = [p for p in re.split(r"[-\u2010\u2011\u2013]", "".join(t.text_with_ws for t in words[:-1]).strip()) if p]
    gaz = gazetteer()
    return len(parts) >= 2 and all((f := gaz.lookup(p.strip())) is not None and f.kind in ("state", "demonym")
                                   for p in parts)


#: Tags no word of a person's name carries: adverbs and comparatives ("Rise Higher, Act Together").
NOT_IN_NAMES = frozenset({"RB", "RBR", "JJR", "JJS"})


def slogan(span: Span) -> bool:
    """``“Build Back Together, Build Higher”``: a "person" holding an English adverb or
    comparative is a slogan or a title, not a name (names are proper nouns); not a name the
    tagger read as an adverb (``Faith Jeptoo``), nor one after a courtesy title (``Dr.``)."""
    doc = span.doc
    if span.label_ != "PERSON" or span.start > 0 and doc[span.start - 1].text in honorifics():
        return False
    return any(t.tag_ in NOT_IN_NAMES and (english_word(t.lower_) or english_word(t.lemma_.lower())) for t in span)


def indefinite(span: Span) -> bool:
    """``a Specially Designated Terrorist Entity``: a name with the indefinite article
    names a kind of thing, not one actor (names take "the" or nothing); but see :func:`described`."""
    root = span.root
    doc = span.doc
    if described(span) or described_in_full(span):
        return False
    return span.label_ in ("ORG", "PERSON") and root.dep_ != "compound" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < span.start
        and not any(t.is_punct and t.text not in ("-", "‑") for t in doc[c.i + 1:span.start])
        for c in root.children)  # "A Democrat, Mark Lenz": the article is the apposition's


def source_note(span: Span) -> bool:
    """``[Remarks, 10/18/23]``: a word opening a bracketed note that ends in a date is the kind of
    source quoted, not an actor."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text != "[" or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    close = next((t.i for t in doc[span.end:span.end + 8] if t.text == "]"), None)
    return close is not None and any(any(ch.isdigit() for ch in t.text) for t in doc[span.end + 1:close])


@cache
def _vessel_words() -> dict[str, str]:
    return {r["word"]: r["role"] for r in rows("vessel_words.csv")}


def vessel(span: Span) -> bool:
    """``USS Example``, ``the frigate Almirante Grau``: a name a ship's prefix opens, or that a
    kind of vessel comes right before, names a ship, not a person or an organisation
    (``data/vessel_words.csv``)."""
    words = _vessel_words()
    doc = span.doc
    first = span[0]
    if words.get(first.text) == "prefix" and len(span) > 1:
        return True
    if span.start > 0 and words.get(doc[span.start - 1].text) == "prefix":
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and words.get(before.lower_) == "type" and before.pos_ == "NOUN"
