"""Roles and affiliations of people, from titles before a name and from appositions.

Three rules, reading the parse (and, for signatures, the layout) rather than the raw text:

* a title from the titles lexicon directly before a name (``Iranian Foreign Minister Abbas
  Araghchi``, ``Kremlin spokesman Dmitry S. Peskov``), with the state or organisation
  right before the title as the affiliation: news style puts the office first;
* an apposition whose head noun is in the lexicon (``Nikita Smagin, an expert ... at the
  Russian Council for International Affairs, a think tank,``), in either order, with an
  organisation after ``at``, ``with`` or ``of`` as the affiliation; the complement of "be",
  "become", "serve as" or "remain" with the name as subject counts as an apposition
  (``Varga became prime minister``): news states offices that way after the first mention;
* a signature line, ``Name, Title, Organisation:`` opening a paragraph, gives the title written
  between the commas (round-ups of reactions are laid out so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from dossier.actors.names import (
    honorifics,
    is_occupation,
    is_portfolio,
    is_title_word,
    leading_title,
    title_words,
    titles,
)
from dossier.actors.sides import title_categories  # noqa: F401  (also used as roles.title_categories)
from dossier.text.gazetteer import gazetteer
from dossier.text.lexicon import entities

#: How many tokens before a name a title with its affiliation may reach.
WINDOW = 6
AFFILIATION_PREPOSITIONS = ("at", "with", "of", "for")


@dataclass(frozen=True)
class Role:
    """A role stated for one mention: the title as written, and the token span of the
    affiliated entity when the text names one."""

    title: str
    affiliation: tuple[int, int] | None = None


def _entity_ending_at(doc, i: int) -> Span | None:
    """The entity whose last token is ``i`` (or ``i`` is the "'s" after it)."""
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0 or not doc[i].ent_type_:
        return None
    for ent in entities(doc):
        if ent.start <= i < ent.end:
            return ent if ent.end - 1 == i else None
    return None


def _window(name: Span) -> list[Token]:
    """The words right before a name that may hold its title: no verb, clause word or
    punctuation (but the hyphen of "Secretary-General"), no preposition but "of", "for" and "to"."""
    doc = name.doc
    window: list[Token] = []
    i = name.start - 1
    while i >= 0 and len(window) < WINDOW:
        t = doc[i]
        if t.text == ")" and i >= 2 and doc[i - 2].text == "(":  # "Member of Congress (MC) X"
            i -= 3
            continue
        if not window and t.text in honorifics():  # "General Sir Patrick X"
            i -= 1
            continue
        hyphen = t.text in ("-", "‑") and i > 0 and doc[i - 1].text[:1].isupper()
        if t.is_punct and t.tag_ != "POS" and not hyphen or t.is_space:
            break
        if t.pos_ in ("VERB", "AUX", "CCONJ", "PRON", "SCONJ", "NUM") or t.pos_ == "DET" and not window:
            break
        if t.pos_ == "DET" and not (i > 0 and doc[i - 1].lower_ in ("of", "to", "for")):
            break
        if t.pos_ == "ADP" and t.lower_ not in ("of", "for", "to"):
            break
        if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"):
            break
        window.insert(0, t)
        i -= 1
    while window and (window[0].pos_ in ("ADP", "DET") or window[0].tag_ == "POS"):
        window.pop(0)
    return window


#: Lower-case words that may open an office title ("former Vice President").
TITLE_MODIFIERS = frozenset({"former", "acting", "deputy", "vice", "interim", "then", "outgoing", "incoming",
                             "sitting", "senior", "chief", "assistant", "special", "top", "late"})


def _modifies_title(token: Token) -> bool:
    """A word before a title that belongs to it: capitalised (``Health`` Minister), a modifier
    from :data:`TITLE_MODIFIERS`, or another title word (``deputy`` commander)."""
    if token.tag_ == "POS":
        return False
    if token.ent_type_:  # "Defence Secretary": a portfolio the NER took for an organisation
        return is_portfolio(token.text)
    if token.text[:1].isupper():
        return token.pos_ in ("ADJ", "PROPN", "NOUN")
    on_compound = token.dep_ == "amod" and token.head.dep_ == "compound" and token.head.i > token.i
    if token.pos_ == "NOUN" and token.dep_ == "compound" or token.pos_ == "ADJ" and on_compound:
        return True  # "public enterprises minister": the portfolio written in lower case
    return token.lower_ in TITLE_MODIFIERS or is_title_word(token)


def title_before(name: Span) -> Role | None:
    """The office written right before ``name`` (``Health Minister``, ``Minister of Defense``,
    ``former Vice President``), and the state or organisation right before it as affiliation.

    The title is the run of words after the affiliation up to the name that holds a title word
    from the lexicon: its modifiers (``Deputy``, ``Emergencies``) and its ``of`` complement are
    part of it, since that is how the office is named.
    """
    doc = name.doc
    window = _window(name)
    heads = [j for j, t in enumerate(window) if is_title_word(t)]
    if not heads:
        return None
    start = heads[0]
    while start > 0 and _modifies_title(window[start - 1]):
        start -= 1
    head = window[heads[0]].i
    for k in range(start - 1, max(start - 4, -1), -1):  # "National Security" + "Advisor", tagged ORG + title
        if doc[window[k].i:head + 1].text.lower() in titles():
            start = k
    if window[start].ent_type_ and window[start].ent_type_ != "ORG":
        return None
    phrase = doc[window[start].i:window[-1].i + 1]
    aff = _entity_ending_at(doc, window[start].i - 1)
    return Role(phrase.text, (aff.start, aff.end) if aff is not None else None)


def lead_title(name: Span, words: int) -> Role | None:
    """A title the NER took into the name (``Crown Prince Faisal bin Saud``)."""
    if words <= 0 or words >= len(name):
        return None
    title = name[:words]
    return Role(title.text, None) if any(is_title_word(t) for t in title) else None


def _role_phrase(head: Token) -> str | None:
    """The role an apposition's head noun names, with its modifiers: "independent analyst", "human
    rights chief"; a
    capitalised title keeps every word written before its head but a leading state ("Senior BBC
    Contributor"), as a signature line names the office."""
    if not is_occupation(head):
        return None
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    doc = head.doc
    if head.text[:1].isupper() and mods:  # "Senior BBC Contributor", "Former UNDP Varnak Mission Director"
        first = min(c.left_edge.i for c in mods)
        while first < head.i and doc[first].ent_type_ in ("GPE", "NORP"):
            first += 1  # "the U.S. Secretary of Defense": the state is the affiliation
        words = list(doc[first:head.i + 1])
        phrase = doc[first:head.i + 1].text
    else:
        # with the modifiers of a compound ("human rights chief": "human" hangs on "rights")
        words = sorted((t for c in mods if (c.dep_ != "nmod" or is_title_word(c) or c.lower_ in TITLE_MODIFIERS)
                        and not c.ent_type_ for t in c.subtree
                        if t.dep_ in ("amod", "compound", "nmod") and not t.ent_type_), key=lambda t: t.i) + [head]
        phrase = " ".join(t.text for t in words)
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "to", "for")):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        end = obj.right_edge.i + 1 if obj is not None else 0
        end = next((t.i for t in head.doc[head.i:end] if t.text in (",", "(")), end)  # not the name set off after it
        complement = head.doc[words[0].i:end].text if obj is not None else ""
        if obj is not None and (obj.text[:1].isupper() and obj.ent_type_ not in ("GPE", "NORP")
                                or complement.lower().split(maxsplit=len(words) - 1)[-1] in titles()):
            phrase = complement
        break
    return phrase


def _affiliation_in(head: Token) -> tuple[int, int] | None:
    doc = head.doc
    best = None
    for t in head.subtree:
        if t.dep_ == "prep" and t.lower_ in AFFILIATION_PREPOSITIONS:
            for obj in t.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("ORG", "GPE", "NORP") and not is_portfolio(obj.text):
                    ent = next(e for e in entities(doc) if e.start <= obj.i < e.end)
                    rank = AFFILIATION_PREPOSITIONS.index(t.lower_)
                    if (ent.label_ == "ORG" or t.lower_ == "of") and (best is None or rank < best[0]):
                        best = (rank, (ent.start, ent.end))
    if best:
        return best[1]
    for t in head.lefts:  # "the U.S. Secretary of Defense"
        if t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("compound", "amod", "poss", "nmod"):
            ent = next(e for e in entities(doc) if e.start <= t.i < e.end)
            return ent.start, ent.end
    return None


#: Verbs whose complement says what their subject is: "X became prime minister", "X served as envoy".
COPULAS = ("be", "serve", "become", "remain")


#: Verbs that put their subject in an office named by ``as`` or a complement ("was sworn in as president").
APPOINTING_VERBS = {"swear", "elect", "reelect", "re-elect", "appoint", "name", "install", "inaugurate", "nominate",
                    "confirm"}


def _described_head(head: Token) -> Token:
    """The title noun a name set off after it describes, past the complements the parser hung the
    name on (``Its country director for Sudan, Erik Lindahl``: on "Sudan", not "director")."""
    t = head
    for _ in range(3):
        if is_occupation(t) or t.dep_ != "pobj" or t.head.dep_ != "prep":
            break
        t = t.head.head
    return t if is_occupation(t) else head


def _appositions(name: Span) -> list[Role]:
    """``X, an expert at Y``, ``Y's director X``, ``X, one of Z's aides``, ``X, who was Z's envoy``,
    and the complement of a copula or of a verb that puts someone in office whose subject the name
    is: ``X became prime minister``, ``X was serving as Z's personal lawyer``, ``X was sworn in as
    president of Y``, ``X was elected mayor`` (not ``X was not a minister``)."""
    root = name.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(_described_head(root.head))
    clauses = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ in COPULAS]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in {*COPULAS, *APPOINTING_VERBS} \
            and not any(c.dep_ == "neg" for c in root.head.children):
        clauses.append(root.head)  # "Varga became prime minister", "X was sworn in as president of Y"
    for clause in clauses:
        heads += [c for c in clause.children if c.dep_ in ("attr", "oprd")]
        heads += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                  if o.dep_ == "pobj"]
    for head in list(heads):  # "one of President Z's aides"
        if head.lower_ in ("one", "some", "member"):
            heads += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"]
    out = []
    for head in heads:
        if head.i in range(name.start, name.end) or head.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = _role_phrase(head)
        if phrase:
            out.append(Role(phrase, _affiliation_in(head)))
    return out


def description_of(name: Span) -> Span | None:
    """The noun phrase set off by commas that describes a person named beside it (``Omar Haddad,
    45, a former police officer,``; ``The group's leader, Abu Khalid,``): its words up to the head
    noun, which is a title or occupation of the lexicon, with a short complement (``the head of
    the agency``; none with a long one: ``an expert on ... at ...`` is no name said again); None
    for a name with no such apposition."""
    root = name.root
    doc = name.doc
    heads = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < name.start:
        heads.append(_described_head(root.head))
    for head in heads:
        if head.pos_ != "NOUN" or not is_occupation(head):
            continue
        start = head.left_edge.i
        while start < head.i and (doc[start].is_punct or doc[start].like_num):
            start += 1  # "Omar Haddad, 45, a former ...": the age is no part of it
        end = head.i + 1
        prep = next((c for c in head.children if c.dep_ == "prep" and c.i == end), None)
        if prep is not None:  # "the head of the agency", not "the head" of a long one
            if prep.right_edge.i - head.i > 5:
                continue
            end = prep.right_edge.i + 1
        if not any(t.pos_ == "DET" or t.dep_ == "poss" for t in doc[start:head.i]) \
                or any(name.start <= i < name.end for i in range(start, end)):
            continue  # a bare title ("Anna Berg, minister,") is a role, not a description said again
        return doc[start:end]
    return None


def roles(name: Span) -> list[Role]:
    """The roles the text gives the person named by ``name``, by both rules above."""
    found = []
    lead = lead_title(name, leading_title(name.text.split()))
    before = title_before(name)
    if lead and before:  # "Lt [Col Ravi Menon]": the NER took the rank's second word into the name
        found.append(Role(f"{before.title} {lead.title}", before.affiliation))
    elif lead:
        found.append(lead)
    title = None if lead and before else before or shared_title(name) or _title_before_parenthesis(name)
    if title:
        found.append(title)
    found.extend(_appositions(name))
    signed = _signature_title(name)
    if signed is not None and all(signed.title.lower() not in r.title.lower() for r in found):
        found.append(signed)
    return found


def _signature_title(name: Span) -> Role | None:
    """``Rana Holt, President Emeritus, Varnak Institute:``: a name opening a paragraph, then a
    comma and capitalised words up to the next comma or colon that hold an office title, is
    signed with that title (statements' round-ups of reactions lay them out so, and the parser
    often misreads such lines)."""
    doc = name.doc
    if not (name.start == 0 or doc[name.start - 1].is_space or "\n" in doc[name.start - 1].whitespace_) \
            or name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return None
    end = name.end + 1
    while end < len(doc) and end - name.end <= 12 and doc[end].text not in (",", ":") and not doc[end].is_space:
        end += 1
    words = doc[name.end + 1:end]
    if end >= len(doc) or doc[end].text not in (",", ":") or not any(is_title_word(t) for t in words) \
            or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "on", "to") or t.is_punct
                       for t in words):
        return None
    return Role(words.text, None)


def _title_before_parenthesis(name: Span) -> Role | None:
    """``The Secretary of State for Defence (Ben Wallace):``, the record style of parliaments."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != "(" or name.end >= len(doc) \
            or not doc[name.end].text.startswith(")"):
        return None
    return title_before(doc[name.start - 1:name.end])


def shared_title(name: Span) -> Role | None:
    """``Presidents A of X and B of Y``: a later name in a list shares a plural title before
    the first one."""
    root = name.root
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first is root or first.pos_ != "PROPN":
        return None
    start = first.i
    while start > 0 and name.doc[start - 1].pos_ == "PROPN" and not is_title_word(name.doc[start - 1]):
        start -= 1
    title = title_before(name.doc[start:first.i + 1])
    if title is None or not title.title.endswith("s"):
        return None
    return Role(title.title, None)


@cache
def _title_matcher(vocab: Vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    # spaCy splits "secretary-general" at its hyphens; the patterns are split the same way
    matcher.add("TITLE", [Doc(vocab, words=[w for w in re.split(r"\s+|(-)", t) if w]) for t in sorted(titles())])
    return matcher


def title_mentions(doc: Doc) -> list[Span]:
    """Offices named without a name: ``the Foreign Secretary``, ``The Minister also met``,
    ``the crown princess``, ``the U.S. Secretary of Energy`` (with the state that names it).

    A title from the lexicon counts when ``the`` or a possessive comes before it (or it is
    capitalised) and no name, entity or further noun follows it: ``Foreign Secretary Helen
    Marsh`` is a title before a name, ``the minister's plan`` and ``ministers`` are not mentions
    of one person, and ``a minister`` is nobody in particular.
    """
    found = []
    for _, start, end in _title_matcher(doc.vocab)(doc):
        while start > 0 and _modifies_title(doc[start - 1]):
            start -= 1
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "to"):
            k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            run = k
            while run < len(doc) and doc[run].text[:1].isupper() \
                    and doc[run].ent_type_ not in ("GPE", "NORP", "PERSON"):
                run += 1
            if run > k:
                end = run
        span = doc[start:end]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if any(t.ent_type_ == "PERSON" for t in span) or span[-1].lower_.endswith("s") and \
                span[-1].lower_[:-1] in {t.split()[-1] for t in titles()}:
            continue
        state = _state_before(doc, start) if span[0].text[:1].isupper() else None
        if before is not None and before.ent_type_ in ("GPE", "NORP") and span[0].text[:1].isupper():
            ent = next(e for e in entities(doc) if e.start <= before.i < e.end)  # "the U.S. Secretary of Energy"
            span, before = doc[ent.start:end], doc[ent.start - 1] if ent.start > 0 else None
        elif state is not None:  # the same, where the NER took state and office for one organisation
            span, before = doc[state:end], doc[state - 1] if state > 0 else None
        elif not (before is not None and (before.lower_ == "the" or before.tag_ == "POS")):
            continue
        if after is not None and (after.pos_ in ("PROPN", "NOUN", "NUM") or after.ent_type_ == "PERSON"):
            continue
        found.append(span)
    return filter_spans(found)


def _state_before(doc: Doc, start: int) -> int | None:
    """Where the name of a state (or its demonym) written right before ``start`` begins."""
    for k in range(max(0, start - 4), start):
        if doc[k].lower_ == "the" or not doc[k].text[:1].isupper():
            continue
        form = gazetteer().lookup(doc[k:start].text)
        if form is not None and form.kind in ("state", "demonym"):
            return k
    return None


#: Words before a title that make its holder someone else than the holder of the title.
LESSER = ("deputy", "vice", "assistant", "under", "former", "ex-", "acting", "junior")


def holds(role: str, title: str) -> bool:
    """Whether a person with ``role`` holds the office ``title`` names: "Regional governor"
    and "Minister for Africa" hold "governor" and "minister"; a "Deputy Governor" does not."""
    words, office = role.lower().split(), title.split()
    n = len(office)
    for k in range(len(words) - n + 1):
        if words[k:k + n] == office and (k + n == len(words) or words[k + n] in ("of", "for", "to")):
            return not any(w.startswith(LESSER) for w in words[:k])
    return office_key(role) == office_key(title) and office_key(title)[1] != frozenset()


def office_key(title: str) -> tuple[str, frozenset[str]]:
    """An office as (head word, portfolio words): "Secretary of State for Defence", "Defence
    Secretary" and "Secretary of Defence" are one office; so are "Foreign Minister" and
    "Minister of Foreign Affairs"."""
    words = [w for w in title.lower().split() if w not in ("of", "for", "the", "and", "affairs")]
    heads = [w for w in words if w in title_words()]
    if not heads or any(w.startswith(LESSER) for w in words):
        return "", frozenset()
    rest = frozenset(w for w in words if w != heads[0])
    if len(rest) > 1:
        rest -= {"state"}
    return heads[0], rest
