"""Names the NER missed or glued to other words, found from the words around them.

* ``Presidents Ousmane Diallo of Guinea``: two or three proper nouns in no entity right after a
  capitalised office title are a name, and so are the last two or three capitalised words after
  a title's complement (``Minister for Africa Helen Marsh``), from a given name on;
* ``MINISTER OKAFOR: We discussed...``: a paragraph opening with a label in capitals and a
  colon names its speaker, the label's words after titles and courtesy titles; a label of one
  word, no English word, with no title before a quotation (``VOLKA: “We applaud...”``) is an
  organisation's (``WATCH:``, ``READERS:`` are not);
* ``Talor Vusk, Director of the Policy Center:``: proper nouns opening a paragraph with an
  office title in apposition are a name;
* a word in capitals coordinated with an organisation is one (``Fujitsu and VARNA``);
* ``Secretary of Commerce Elena Voss``: a portfolio the NER took into the name is the title's;
* ``Minister for Africa Helen Marsh`` taken as one organisation: the person is the last two or
  three words, from a given name on;
* ``Kelby Cross, a market town of 6,000 people``: proper nouns in no entity with a settlement's
  noun in apposition are that settlement;
* ``state-run Ecopetrol``, ``state-owned Petrolandia``: capitalised words after a word of
  ownership are a company, whatever the NER took them for.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from dossier.actors.metonyms import apposed_settlement
from dossier.actors.names import honorifics, is_given_name, is_portfolio, is_title_word, organisation_heads
from dossier.text.lexicon import tokens
from dossier.text.nlp import load


@cache
def _dictionary() -> frozenset[str]:
    """The English words the lemmatizer's index knows (nouns, verbs, adjectives, adverbs)."""
    try:
        tables = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in tables for w in tables[pos])


def english_word(word: str) -> bool:
    """Whether ``word`` (lower case) is an English dictionary word or a plural of one:
    ``watch``, ``readers``; ``aipac`` is not."""
    words = _dictionary()
    return word in words or word.endswith("s") and word[:-1] in words


def untagged_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the NER missed right after a capitalised office title: ``Presidents Ousmane
    Diallo of Guinea`` (two or three proper nouns in no entity), ``Minister for Africa Helen
    Marsh`` (after the title's complement, from the first given name on)."""
    found = []
    for t in tokens(doc):
        if not (t.text[:1].isupper() and is_title_word(t)) or t.i + 2 >= len(doc):
            continue
        start = t.i + 1
        if doc[start].lower_ in ("of", "for") and start + 1 < len(doc):
            start = _name_after_complement(doc, start + (2 if doc[start + 1].lower_ == "the" else 1))
        end = start
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and end not in taken and doc[end].ent_type_ in ("", "ORG") and not is_title_word(doc[end]) \
                and doc[end].lower_ not in organisation_heads():
            end += 1
        if end - start >= 2 and (end == len(doc) or doc[end].pos_ != "PROPN"):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def signed_names(doc: Doc, taken: set[int]) -> list[Span]:
    """``Talor Vusk, Director of the Policy Center:``: two or three capitalised proper nouns in
    no entity that open a paragraph with an office title in apposition are a name (the
    signature lines of statements and round-ups of reactions)."""
    found = []
    toks = tokens(doc)
    for t in tokens(doc):
        if not (t.i == 0 or toks[t.i - 1].is_space or "\n" in toks[t.i - 1].whitespace_):
            continue
        end = t.i
        while end < len(doc) and end - t.i < 3 and toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper() \
                and end not in taken and not toks[end].ent_type_ and not is_title_word(toks[end]):
            end += 1
        if end - t.i >= 2 and end < len(doc) and toks[end].text == "," and any(
                c.dep_ == "appos" and is_title_word(c) for c in toks[end - 1].children):
            found.append(Span(doc, t.i, end, label="PERSON"))
    return found


def untagged_settlements(doc: Doc, taken: set[int]) -> list[Span]:
    """``Kelby Cross, a market town of 6,000 people, has flooded``: a capitalised proper noun in
    no entity (with the capitalised proper nouns compounded before it) that has a settlement's
    noun in apposition is a place; the NER misses such names most often at a sentence's start."""
    found = []
    for t in tokens(doc):
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ or t.i in taken \
                or not apposed_settlement(doc[t.i:t.i + 1]):
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and start - 1 not in taken:
            start -= 1
        name = doc[start:t.i + 1]
        found.append(Span(doc, start, t.i + 1, label="GPE", span_id=f"place:{name.text}"))
    return found


def _name_after_complement(doc: Doc, start: int) -> int:
    """Where the name starts in "(Minister for) Africa Helen Marsh": in the run of capitalised
    words after the title's complement, the given name that leaves two name words (else three)."""
    end = start
    while end < len(doc) and end - start < 6 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    for size in (2, 3):
        first = end - size
        if first > start and is_given_name(doc[first].text) and doc[first].ent_type_ not in ("GPE", "LOC", "NORP"):
            return first
    return end


def _label_before(doc: Doc, colon: int) -> tuple[int, int] | None:
    """The token range of a capitals label opening a paragraph and ending at the colon."""
    i = colon
    while i > 0 and (doc[i - 1].text.isupper() or doc[i - 1].text == "."):
        i -= 1
    at_start = i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    return (i, colon) if at_start and colon > i else None


def inside_label(span: Span) -> bool:
    """Entities the NER found inside a transcript label are read by :func:`transcript_speakers`."""
    doc = span.doc
    end = span.end
    while end < len(doc) and (doc[end].text.isupper() or doc[end].text == "."):
        end += 1
    return end < len(doc) and doc[end].text == ":" and span.text.isupper() and _label_before(doc, end) is not None


def transcript_speakers(doc: Doc) -> list[Span]:
    """``MINISTER OKAFOR: We discussed...``: a paragraph opening with a label in capitals and a
    colon names its speaker; the label's words after titles and courtesy titles are a name, and
    a one-word label with no title before a quotation is an organisation."""
    found = []
    courtesy = {h.lower().rstrip(".") for h in honorifics()}
    for t in tokens(doc):
        if t.text != ":" or not (label := _label_before(doc, t.i)):
            continue
        start, end = label
        while start < end and (is_title_word(doc[start]) or doc[start].lower_.rstrip(".") in courtesy
                               or doc[start].text == "."):
            start += 1
        if 1 <= end - start <= 3 and all(tok.is_alpha for tok in doc[start:end]) and start > label[0]:
            found.append(Span(doc, start, end, label="PERSON"))
        elif end - start == 1 == end - label[0] and len(doc[start]) >= 2 and doc[start].is_alpha \
                and t.i + 1 < len(doc) and doc[t.i + 1].text in ("“", '"') and not english_word(doc[start].lower_):
            found.append(Span(doc, start, end, label="ORG"))  # "VOLKA: “We applaud...”"
    return found


def title_then_name(span: Span) -> Span | None:
    """``Minister for Africa Helen Marsh`` taken as one organisation: the person's name is the
    last two (else three) words after the title, from a given name on."""
    doc = span.doc
    heads = [t.i for t in span if is_title_word(t) and t.text[:1].isupper()]
    if not heads or span.label_ != "ORG":
        return None
    for size in (2, 3):
        i = span.end - size
        if i > heads[0] and is_given_name(doc[i].text) and all(t.text[:1].isupper() for t in doc[i:span.end]):
            return Span(doc, i, span.end, label="PERSON")
    return None


def coordinated_organisations(doc: Doc, taken: set[int]) -> list[Span]:
    """``the Argonne Laboratory, Japan's KESTREL and Fujitsu, and VARNA``: a word in capitals the
    NER left untagged that is coordinated with an organisation (a conjunct or apposition of one,
    or with one as its conjunct) is an organisation too: lists name like with like."""
    found = []
    for t in tokens(doc):
        if t.i in taken or t.ent_type_ or t.pos_ != "PROPN" or not t.is_alpha or len(t) < 3 or not t.is_upper:
            continue
        linked = [t.head] if t.dep_ in ("conj", "appos") else []
        linked += [c for c in t.children if c.dep_ == "conj"]
        if any(x.ent_type_ == "ORG" for x in linked):
            found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return found


def portfolio_then_name(span: Span) -> Span | None:
    """``Secretary of`` + ``Commerce Elena Voss`` taken as one name: a portfolio right after an
    office title's "of" or "for" is the title's; the person is the two or three words after it."""
    doc = span.doc
    if not 3 <= len(span) <= 4 or span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for") \
            or not is_portfolio(span[0].text) or not is_title_word(doc[span.start - 2]):
        return None
    rest = span[1:]
    if all(t.text[:1].isupper() and t.is_alpha for t in rest) and is_given_name(rest[0].text):
        return Span(doc, rest.start, rest.end, label="PERSON")
    return None


#: The words of ownership after which a name is a company's ("state-run", "privately held").
OWNED = frozenset({"state-run", "state-owned", "state-controlled", "government-owned", "government-run",
                   "family-owned", "privately-held", "privately-owned", "publicly-listed", "publicly-traded",
                   "employee-owned", "foreign-owned", "kremlin-controlled", "kremlin-backed"})


def owned_at(doc: Doc, i: int) -> bool:
    """Whether the words before token ``i`` are a word of ownership (hyphenated or not)."""
    before = "-".join(t.lower_ for t in doc[max(0, i - 3):i] if t.text != "-")
    words = before.split("-")
    return any("-".join(words[k:]) in OWNED for k in range(len(words) - 1))


def owned_companies(doc: Doc, taken: set[int]) -> list[Span]:
    """``state-run Ecopetrol``: capitalised words in no entity after a word of ownership, not
    qualifying a noun after them (``a state-run TV channel``)."""
    found = []
    for t in tokens(doc):
        if t.i in taken or not t.text[:1].isupper() or not t.is_alpha or not owned_at(doc, t.i) \
                or t.i > 0 and doc[t.i - 1].text[:1].isupper():
            continue
        end = t.i
        while end < len(doc) and end not in taken and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and end - t.i < 4:
            end += 1
        if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
            continue  # "a state-run TV channel": the name qualifies a noun
        found.append(Span(doc, t.i, end, label="ORG"))
    return found

