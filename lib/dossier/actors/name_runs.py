"""People's names the NER missed, cut short or took for a place or a group, read from their words
and from what the sentence says of them.

Conflict reports name many people the small English model does not know (Somali, Hausa,
Burmese, Arabic, Ukrainian names): it leaves them untagged, tags only part of them or calls them
an organisation or a place. A *name word* here is a capitalised proper noun that is no office
title, courtesy title, organisation head noun or name the gazetteer knows; a *run* is a row of
name words, with the hyphens written inside a name (``Shevchuk-Bondar``) and the lower-case
particles between its words (``al``, ``bin``, ``ag``, ``de la``). Rules:

* a person span is widened over the untagged name words right before and after it
  (``Abdullahi`` + ``Yusuf Ahmed``), through to a person span right after those words
  (``Haji Abdirahman`` + ``Warsame`` + ``Farah``); so is a known given name the NER took alone
  for an organisation or a place before such words or such a span (``Oleksandr`` + ``Syrskyi``);
  but not over a courtesy title of Burmese,
  Arabic or West African usage (``data/regional_honorifics.csv``: ``Haji``, ``Daw``) nor over the
  complement of an office (``Minister for Africa``);
* a run of two to five name words in no entity is a person when a courtesy title or a noun for
  a person stands right before it (``Daw Khin Sandar Myint``, ``human rights defender Luz
  Marina Ocampo``), when its first word is a known given name (``Zainab Abdullahi``), when a noun
  for a person or an age is in apposition to it (``Mahamat Idriss, a Chadian trader``, ``Ma
  Thida Win, 19,``), when the text names it "as" the dead or the victims (``named as``), or when
  it is listed with a person (``X and Letay Hailu``): lists and appositions name like with like;
* an organisation, place or nationality span the gazetteer does not know, with no article, is
  a person by the same apposition and list evidence (``Adamu Usman and Sule Baba``, ``his son,
  Yazan``); a one-word span only by a noun for a person in apposition.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from dossier.actors.missed import english_word
from dossier.actors.names import honorifics, is_given_name, is_title_word, organisation_heads, title_words
from dossier.text.gazetteer import gazetteer, rows
from dossier.text.gazetteer import words as entries
from dossier.text.lexicon import tokens
from dossier.text.places import coordinates

#: Lower-case particles written between the words of a name: Arabic, Tuareg, Hassaniya,
#: Spanish, Portuguese, Dutch and German usage.
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ben", "ag", "ould", "wad", "de", "del", "la", "las",
                       "los", "da", "dos", "das", "do", "van", "von", "der", "den", "y"})
#: Hyphens written inside a name.
HYPHENS = ("-", "‑")
#: The most name words a person's name is read to have.
LONGEST = 6
#: Verbs whose "as" names a person ("named as", "identified as").
NAMING_VERBS = frozenset({"name", "identify"})


@cache
def regional_honorifics() -> frozenset[str]:
    """Courtesy titles of Burmese, Arabic, Somali, Hausa and Afghan usage (``data/regional_honorifics.csv``)."""
    return entries("regional_honorifics.csv")


def courtesy(token: Token) -> bool:
    """A courtesy title (``Mr.``, ``Daw``, ``Haji``): written before a name, no part of it."""
    return token.text in honorifics() or token.text.rstrip(".") in regional_honorifics()


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that name a person by office, occupation, kin or lot: the heads of the titles
    lexicon, the gendered words, the kin nouns (``data/kin_nouns.csv``) and the "person"
    speaker nouns (``data/speaker_nouns.csv``)."""
    found = set(title_words()) | {r["word"] for r in rows("gendered_words.csv")} | set(entries("kin_nouns.csv"))
    found |= {r["noun"] for r in rows("speaker_nouns.csv") if r["kind"] == "person"}
    return frozenset(found)


def _person_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lower_ in person_nouns() or token.lemma_.lower() in person_nouns()
                                     or token.lower_.endswith("year-old"))


def name_word(token: Token) -> bool:
    """A capitalised proper noun that may be part of a person's name: no word in capitals, title,
    courtesy title, organisation head noun or name the gazetteer knows."""
    text = token.text
    if token.pos_ != "PROPN" or not text[:1].isupper() or len(text) > 1 and text.isupper() \
            or not all(c.isalpha() or c in "'’-" for c in text):
        return False
    return not (is_title_word(token) or courtesy(token) or token.lower_ in organisation_heads()
                or gazetteer().lookup(text) is not None)


def _free(token: Token, taken: set[int]) -> bool:
    return token.i not in taken and not token.ent_type_ and name_word(token)


def _glue(doc: Doc, i: int) -> bool:
    """A hyphen inside a name or a lower-case particle between two of its words, at ``i``."""
    toks = tokens(doc)
    if i + 1 >= len(toks) or i == 0:
        return False
    t = toks[i]
    if t.text in HYPHENS:
        return not toks[i - 1].whitespace_ and not t.whitespace_
    return t.lower_ in PARTICLES and t.text.islower()


def _run_end(doc: Doc, start: int, ok, *, joined: bool = False) -> int:
    """Where the run of name words opening at ``start`` ends (``ok`` says which words count);
    ``joined``: the run goes on a name before it, so it may open with a hyphen (``-Sweidan``)."""
    toks = tokens(doc)
    end, words = start, int(joined)
    while end < len(toks) and words < LONGEST:
        if ok(toks[end]):
            end, words = end + 1, words + 1
        elif words and _glue(doc, end):
            k = end
            while k < len(doc) and _glue(doc, k):
                k += 1
            if k >= len(toks) or not ok(toks[k]):
                break
            end = k
        else:
            break
    return end


def _run_start(doc: Doc, end: int, ok) -> int:
    """Where the run of name words ending right before ``end`` starts."""
    toks = tokens(doc)
    start = end
    while start > 0:
        if ok(toks[start - 1]):
            start -= 1
        elif start < end and start > 1 and _glue(doc, start - 1) and ok(toks[start - 2]):
            start -= 2
        else:
            break
    return start


def _words(span: Span) -> int:
    return sum(1 for t in span if t.text not in HYPHENS and not t.text.islower())


def widened(doc: Doc, ents: list[Span]) -> list[Span]:
    """Person spans (and the spans :func:`mislabelled_person` finds) widened over the untagged
    name words around them (not over an office's complement: ``Minister for Africa``), joined to
    a person span right after those words; a name after "the" is left as it is."""
    def free(t: Token) -> bool:
        return not t.ent_type_ and name_word(t)

    def person(ent: Span) -> bool:
        return not ent.id and (ent.label_ == "PERSON" or mislabelled_person(ent) or given_before_name(ent))

    def given_before_name(ent: Span) -> bool:
        # "Oleksandr" (tagged an organisation or a place) + "Syrskyi" or + a person span: one name
        if len(ent) != 1 or ent.label_ not in ("ORG", "GPE", "LOC", "NORP") or not is_given_name(ent.text) \
                or gazetteer().lookup(ent.text) is not None or ent.end >= len(doc):
            return False
        after = doc[ent.end]
        return free(after) or after.ent_type_ == "PERSON" and after.ent_iob_ == "B"

    out: list[Span] = []
    skip = -1
    for n, ent in enumerate(ents):
        if ent.start < skip:
            continue
        if not person(ent):
            out.append(ent)
            continue
        start, end = _run_start(doc, ent.start, free), _run_end(doc, ent.end, free, joined=True)
        if start > 0 and doc[start - 1].lower_ == "the":
            start, end = ent.start, ent.end  # "the Segunda Marquetalia": a person's name takes no article
        if start > 1 and doc[start - 1].lower_ in ("of", "for") and is_title_word(doc[start - 2]):
            start = ent.start  # "Minister for" + "Africa" + "Helen Marsh": the office's complement
        if out and start < out[-1].end:
            start = ent.start
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if nxt is not None and nxt.start == end and person(nxt) and doc[end - 1].text not in HYPHENS:
            end, skip = nxt.end, nxt.end  # "Haji Abdirahman" + "Warsame" + "Farah", "Ko Min" + "Khant Kyaw"
        out.append(ent if (start, end, ent.label_) == (ent.start, ent.end, "PERSON")
                   else Span(doc, start, end, label="PERSON"))
    return out


def _linked(token: Token, *, lists: bool = False) -> list[Token]:
    """The words an apposition or a list joins to ``token``; with ``lists``, only the words of a
    list: conjuncts, and appositions that go on with a conjunct (the parse reads ``A, B and C``
    as B in apposition to A), not the affiliation in ``Amir Tal, Daily Courier``."""
    def in_list(a: Token, b: Token) -> bool:
        return any(c.dep_ == "conj" for c in (*a.children, *b.children))

    found = [token.head] if token.dep_ == "conj" or token.dep_ == "appos" and (
        not lists or in_list(token, token.head)) else []
    return found + [c for c in token.children
                    if c.dep_ == "conj" or c.dep_ == "appos" and (not lists or in_list(c, token))]


def _age(token: Token) -> bool:
    return token.text.isdigit() and 0 < int(token.text) < 120


def described_as_person(span: Span, *, ages: bool = True) -> bool:
    """A noun for a person (or an age) in apposition to the span, before or after it (``Mahamat
    Idriss, a Chadian trader``, ``his son, Yazan``, ``Ma Thida Win, 19,``)."""
    for t in span:
        for other in _linked(t):
            if span.start <= other.i < span.end:
                continue
            if _person_noun(other) or ages and _age(other) and other.dep_ == "appos":
                return True
            if t.dep_ == "appos" and other.i < span.start and _office_above(other):
                return True  # "the president of the Labour Congress, Adebayo Okonkwo": hung on "Congress"
    return False


def _office_above(token: Token) -> bool:
    """An office noun in lower case at ``token`` or up the ``of``/``for`` phrases it ends (``the
    president of the Labour Congress``)."""
    for _ in range(3):
        if token.pos_ == "NOUN" and token.text.islower() and is_title_word(token):
            return True
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in ("of", "for", "at"):
            return False
        token = token.head.head
    return False


def listed_with_person(span: Span) -> bool:
    """A span listed with a person's name (``Tesfaye Gebremedhin and Letay Hailu``)."""
    return any(other.ent_type_ == "PERSON" and not span.start <= other.i < span.end
               for t in span for other in _linked(t, lists=True))


def _named_as(span: Span) -> bool:
    """``residents identified the dead as X``, ``the victim was named as X``."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_.lower() in NAMING_VERBS


def _person_before(doc: Doc, start: int) -> bool:
    """A courtesy title or a noun for a person right before a name (``Daw``, ``defender``)."""
    if start == 0:
        return False
    before = doc[start - 1]
    return courtesy(before) or _person_noun(before) or before.text[:1].isupper() and is_title_word(before)


def named_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Runs of two to five untagged name words that are a person by the evidence in the module
    docstring; a list of such names counts each found name as a person for the others."""
    runs = []
    toks = tokens(doc)
    i = 0
    while i < len(toks):
        if not _free(toks[i], taken) or i > 0 and _free(toks[i - 1], taken):
            i += 1
            continue
        end = _run_end(doc, i, lambda t: _free(t, taken))
        if 2 <= _words(doc[i:end]) <= 5:
            runs.append(Span(doc, i, end, label="PERSON"))
        i = max(end, i + 1)
    found: list[Span] = []
    for _ in range(3):  # "A B, C D and E F": a name found makes its neighbours in the list names
        added = [s for s in runs if s not in found and _a_person(s, found)]
        if not added:
            break
        found += added
    return sorted(found, key=lambda s: s.start)


def _a_person(span: Span, found: list[Span]) -> bool:
    doc = span.doc
    heads = entries("non_actor_heads.csv", lower=True)
    if coordinates(span.text) is not None or any(t.lower_ in organisation_heads() or t.lower_ in heads for t in span):
        return False
    if span.end < len(doc) and (is_title_word(doc[span.end]) or doc[span.end].ent_type_ == "PERSON"):
        return False  # "Deputy Emergency Situations Minister": whom an office serves
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    if _person_before(doc, span.start) or described_as_person(span) or listed_with_person(span) \
            or _named_as(span):
        return True
    if any(other.i in range(s.start, s.end) for s in found for t in span for other in _linked(t, lists=True)):
        return True
    # a given name alone is weaker evidence: the last word must be no English word ("Grace Church")
    return is_given_name(span[0].text) and not english_word(span[-1].lower_)


def mislabelled_person(span: Span) -> bool:
    """An unknown organisation, place or nationality with no article that is a person: opened by
    a courtesy title (``Hajiya Bilkisu Lawal``, whatever the NER took it for), or by apposition or
    a list (``Adamu Usman and Sule Baba``, ``his son, Yazan``); a one-word span only by a noun
    for a person in apposition."""
    doc = span.doc
    titled = len(span) > 2 and courtesy(span[0])
    if span.label_ not in ("ORG", "GPE", "NORP") and not titled \
            or span.start > 0 and doc[span.start - 1].lower_ == "the" or gazetteer().lookup(span.text) is not None:
        return False
    words = span[1:] if titled else span
    if not all(name_word(t) or _glue(doc, t.i) for t in words) or not 1 <= _words(words) <= 5:
        return False
    if titled:
        return True
    if len(span) == 1:
        return coordinates(span.text) is None and described_as_person(span, ages=False)
    return described_as_person(span) or listed_with_person(span)
