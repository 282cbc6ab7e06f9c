"""Where an entity's name starts and ends: runs on over its complement, takes an ordinal in.

The NER often stops a name short (:func:`run_on`): ``the U.S. Department`` + ``of the
Treasury`` and ``the House Committee`` + ``on Foreign Affairs`` run on through ``of``/``on``/``for``
and the capitalised words after; a name with such a complement through the capitalised words
left at its end (``the Institute for Arctic`` + ``Studies``); a nationality before "central bank"
or "<portfolio> ministry" in lower case names an institution of its own (``the Ruritanian central
bank``); a unit's ordinal before it is part of its name (``its 14th`` + ``Mechanised Brigade``);
and a "date" of capitalised words whose first word only is a month's name is a person's
(``Jan Vrba``). A name can also run too far: over the comma after a fronted place into the
clause's subject (:func:`comma_then_subject`), or from a known organisation into a person's
name (:func:`known_then_name`); and capitalised words before a state's name can be an
organisation named for it (:func:`named_for_a_state`).
"""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc, Span

from dossier.actors.names import is_title_word, organisation_heads
from dossier.text.gazetteer import gazetteer
from dossier.text.lexicon import entities
from dossier.text.places import coordinates

#: Heads after which a name runs on through "of", "on" or "for" ("Department of the Interior").
RUN_ON_HEADS = frozenset({"department", "ministry", "office", "committee", "commission", "council", "bureau",
                          "secretariat", "agency", "embassy", "consulate", "mission", "house", "university",
                          "institute", "bank", "association", "foundation", "society", "union", "league",
                          "corporation", "federation", "centre", "center"})
RUN_ON_PREPOSITIONS = ("of", "on", "for")


def key_of(span: Span) -> str:
    """The gazetteer key a span carries: the ruler sets it as the entity id, the repairs here
    as the span id."""
    return span.id_ or span.ent_id_


#: Head nouns of military units, whose names take an ordinal ("the 3rd Armoured Division").
UNIT_HEADS = frozenset({"brigade", "division", "battalion", "regiment", "corps", "fleet", "squadron", "platoon",
                        "wing", "army", "infantry", "cavalry"})


ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def unit_name(span: Span) -> bool:
    """``the 14th Mechanised Brigade``: a unit's name, an ordinal and a unit's head noun; and
    ``United Steelworkers Local 1066``: a union's local branch, named by its number."""
    if any(t.text == "Local" and t.i + 1 < span.end and t.nbor().is_digit for t in span[:-1]):
        return True
    return span[-1].lower_ in UNIT_HEADS and any(ORDINAL.fullmatch(t.lower_) for t in span)


def tail_end(doc: Doc, end: int) -> int:
    """Where a name with a complement ends when the NER stopped short of its last words: the
    capitalised proper nouns in no entity right after it, up to punctuation."""
    k = end
    while k < len(doc) and k - end < 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
            and not doc[k].ent_type_ and not is_title_word(doc[k]):
        k += 1
    return k if k > end and (k == len(doc) or doc[k].is_punct) else end


#: Month and day names and their abbreviations, in English (the calendar module's C locale).
CALENDAR_WORDS = frozenset(w.lower().rstrip(".") for w in (*calendar.month_name, *calendar.month_abbr,
                                                           *calendar.day_name, *calendar.day_abbr, "Sept") if w)


def name_read_as_date(ent: Span) -> bool:
    """``Jan Vrba``, ``April Lenz``: a "date" of capitalised words with no number, only its first
    word a month's name, is a person's name."""
    words = [t for t in ent if not t.is_punct]
    return ent.label_ == "DATE" and 2 <= len(words) <= 3 and words[0].lower_.rstrip(".") in CALENDAR_WORDS \
        and all(t.is_alpha and t.text[:1].isupper() and t.lower_.rstrip(".") not in CALENDAR_WORDS
                for t in words[1:])


def run_on(doc: Doc) -> list[Span]:
    """The doc's entities, a name cut short after its head run on to its end: "the U.S.
    Department" + "of the Treasury" is one span."""
    out = []
    for ent in entities(doc):
        if name_read_as_date(ent):
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Jan Vrba": Jan is no January here
            continue
        end = ent.end
        local = ent[-1].lower_ in ("embassy", "consulate", "mission")  # "the Embassy in Baghdad"
        preps = RUN_ON_PREPOSITIONS + (("in", "to") if local else ())
        # "the Ministry of Education, Culture, Sports and Science": a list of portfolios runs on
        listed = ent.label_ == "ORG" and end + 1 < len(doc) and doc[end].text == "," \
            and doc[end + 1].text[:1].isupper() \
            and any(t.lower_ in RUN_ON_HEADS and t.nbor().lower_ in ("of", "for") for t in ent[:-1])
        if listed or ent.label_ == "ORG" and ent[-1].lower_ in RUN_ON_HEADS and end + 1 < len(doc) \
                and doc[end].lower_ in preps:
            j = end + 1
            if not listed and j < len(doc) and doc[j].lower_ == "the":
                j += 1
            k = j
            while k < len(doc) and doc[k].lower_.rstrip(".") not in CALENDAR_WORDS \
                    and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "of", "for", ",")
                         and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
                k += 1  # not "the Senate Banking Committee on Tuesday"
            if k > j:
                end = k
        elif ent.label_ == "ORG" and (tail := tail_end(doc, end)) > end \
                and (any(t.lower_ in RUN_ON_PREPOSITIONS for t in ent[1:])
                     or doc[tail - 1].lower_ in organisation_heads()):
            end = tail  # "the Institute for Arctic" + "Studies", "the Varnak Union" + "Advocacy Center"
        possessive = end < len(doc) and doc[end].tag_ == "POS"
        heads = INSTITUTIONS if ent.label_ == "NORP" or ent.label_ == "GPE" and possessive else \
            BODIES if ent.label_ == "ORG" and (gazetteer().lookup(ent.text) or possessive) else \
            LOCAL_BODIES if (ent.label_ in ("GPE", "LOC", "ORG") or ent.label_ == "PERSON" and coordinates(ent.text)) \
            and _local(ent) else None
        if heads is not None and (stop := institution_end(doc, end, heads)) > end + possessive:
            # "the Ruritanian central bank"; its own key, not the nationality's its root may carry
            out.append(Span(doc, ent.start, stop, label="ORG", span_id=f"org:{doc[ent.start:stop].text}"))
            continue
        if ent.label_ == "GPE" and (named := named_for_a_state(ent)) is not None:
            while out and out[-1].end > named.start:
                out.pop()  # "Volunteer Service" + "New Zealand": one organisation
            out.append(named)
            continue
        start = ent.start
        if ent.label_ == "ORG" and start > 0 and ORDINAL.fullmatch(doc[start - 1].lower_) \
                and ent[-1].lower_ in UNIT_HEADS:
            start -= 1  # "its 14th" + "Mechanised Brigade": the ordinal is part of the unit's name
        out.append(Span(doc, start, end, label=ent.label_, span_id=key_of(ent)) if (start, end) != (ent.start, ent.end)
                   else ent)
    return out


def named_for_a_state(ent: Span) -> Span | None:
    """``Technology Workers Ireland``, ``High Performance Sport Kenya, which ...``: two or more
    capitalised words (no title, no month or day) right before a state's name, the whole
    followed by punctuation, a verb or a relative pronoun, are an organisation named for the
    state it works in; not ``the Senate Iran sanctions bill``, where the name qualifies a noun."""
    doc = ent.doc
    form = gazetteer().lookup(ent.text)
    if form is None or form.kind != "state" or ent.end < len(doc) and not (
            doc[ent.end].is_punct or doc[ent.end].pos_ in ("VERB", "AUX") or doc[ent.end].tag_ in ("WDT", "WP")):
        return None
    k = ent.start
    while k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_title and not is_title_word(doc[k - 1]) \
            and doc[k - 1].ent_type_ in ("", "ORG") and doc[k - 1].lower_ not in CALENDAR_WORDS \
            and doc[k - 1].lower_ != "the":
        k -= 1
        if doc[k].is_sent_start:
            break
    if ent.start - k < 2:
        return None
    return Span(doc, k, ent.end, label="ORG", span_id=f"org:{doc[k:ent.end].text}")


#: Lower-case head nouns that, after a nationality or a state's possessive, name one of that
#: state's institutions, with the word that must come before them: None any word ("foreign
#: ministry"), "" none needed ("the Congolese army"), else that word ("central bank").
INSTITUTIONS = {"ministry": None, "bank": "central", "army": "", "navy": "", "police": "", "guard": "coast",
                "forces": "armed"}


#: ... after an international organisation: its offices ("the UN human rights office").
BODIES = {"office": None, "agency": None, "mission": None}


#: ... after a town's or a region's name: its government and offices ("Brackenford borough
#: council", "the Kharkiv regional administration", "the Bangsamoro regional government").
LOCAL_BODIES = {"council": None, "government": None, "administration": None, "directorate": None,
                "authority": None, "assembly": None, "police": "", "municipality": ""}


def _local(ent: Span) -> bool:
    """A name no gazetteer knows as a state or an organisation (a town, a region) and no key holds."""
    form = gazetteer().lookup(ent.text)
    return not key_of(ent) and (form is None or form.kind not in ("state", "capital", "organization", "media")) \
        and len(ent) <= 3


def institution_end(doc: Doc, end: int, heads: dict[str, str | None] = INSTITUTIONS) -> int:
    """Where "central bank" or "foreign ministry" ends after a nationality (``the Ruritanian
    central bank``, ``the Ruritanian foreign ministry``, ``Ruritania's army``): news writes these
    institutions in lower case, and they are organisations of their own."""
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1
    for k in range(end, min(end + 3, len(doc))):
        t = doc[k]
        if not t.is_lower or not t.is_alpha or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return end  # not "X said the government": a verb is no part of a name
        need = heads.get(t.lower_, "-")
        if need != "-" and (need == "" or k > end and need in (None, doc[k - 1].lower_)):
            # "the central bank's assets" names it, "central bank assets" and "ministry spokesman" the state's
            return k + 1 if k + 1 == len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN") else end
    return end


def comma_then_subject(ent: Span) -> Span | None:
    """``At the Bar Centrale, Fabbri has reopened``: a name the NER ran over the comma after a
    fronted place into the clause's subject, one capitalised word before a verb, is that subject,
    a person (not ``Acme Holdings, Inc. said``)."""
    doc = ent.doc
    if len(ent) < 3 or ent[-2].text != "," or ent.label_ == "PERSON" or ent.end >= len(doc):
        return None
    last = ent[-1]
    if not (last.text[:1].isupper() and last.is_alpha) or last.lower_.rstrip(".") in organisation_heads() \
            or doc[ent.end].pos_ not in ("VERB", "AUX") or last.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return Span(doc, last.i, last.i + 1, label="PERSON")


def known_then_name(ent: Span) -> tuple[Span, Span] | None:
    """``Amnesty International Tan Wei-ling`` taken as one organisation: an organisation the
    gazetteer knows, then two or three capitalised words that are a person's name."""
    doc, gaz = ent.doc, gazetteer()
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    for cut in range(ent.end - 2, start, -1):
        form = gaz.lookup(doc[start:cut].text)
        rest = doc[cut:ent.end]
        words = [t for t in rest if t.text not in ("-", "‑")]
        if form is not None and form.kind == "organization" and 2 <= len(words) <= 3 \
                and all(t.text[:1].isupper() or rest[0].i < t.i and doc[t.i - 1].text in ("-", "‑") for t in words) \
                and not any(t.lower_ in organisation_heads() or is_title_word(t) for t in words):
            return (Span(doc, start, cut, label="ORG", span_id=form.key),
                    Span(doc, cut, ent.end, label="PERSON"))
    return None
