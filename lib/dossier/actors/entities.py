"""Entity mentions made ready to resolve: trimmed, split at a parenthesised acronym, relabelled.

The statistical NER (plus the gazetteer ruler) gives the spans; these rules repair what it
commonly gets wrong on news text, each read from the tokens rather than from a list of names:

* a leading determiner and a trailing possessive, preposition or punctuation are not part of
  a name (``Anne Morel of`` is ``Anne Morel``);
* ``the Regional Recovery Fund (RRF)``: the words before the parenthesis and the acronym in it
  are two mentions of one actor, whether the NER took the parenthesis in or not;
* a span with no capital letter (``restraint``, ``barbaric``) names no actor;
* an organisation or place span of two to four capitalised words whose first word is a known
  given name of one gender (:func:`dossier.actors.names.is_given_name`: ``Nathan``, not ``Morgan``)
  and whose last word is no organisation or place head noun (``data/organisation_heads.csv``)
  is a person: ``Nathan Kessler`` tagged ORG;
* a one-word person span in capitals (``AIPAC``) is an organisation; a person span ending in a
  street word (``Karl Lenin Avenue``) or opening with a place-name element (``Tell Marwan``,
  ``data/place_prefixes.csv``) is a place, as is a hyphenated region (``Indo-Pacific``); a person
  span of titles alone (``Cde``, ``Counselor``) names nobody;
* ``ISIL (Islamic State in the Levant)``: words in parentheses spelling the acronym before
  them are its long form, and the places inside it no mentions (:mod:`dossier.actors.acronyms`);
* ``the Government of Chile``, ``the Peruvian government``, ``the Bolivian regime``: a
  government head noun with a state (or its demonym) is a mention of that state;
* a name cut short after its head (``the U.S. Department`` + ``of the Treasury``) runs on, and
  a unit's ordinal is part of its name (:mod:`dossier.actors.extents`); a name inside an office
  title (``Secretary of State``) is part of the title;
* no actor is named by a span that holds a handle (``@``) or a digit (``Patriot PAC-3 Missile``;
  a unit's ordinal aside: ``the 3rd Armoured Division``),
  starts with a verb form (a heading: ``Expanding Critical Materials``), is one generic head noun
  (``the Summit``, ``the Embassy``, ``the Administration``), a portfolio in a list
  (``committees on Foreign Affairs and Intelligence``), a unit or a job abbreviation
  (``data/non_actor_acronyms.csv``), or ends in the head noun of an event, document, weapon or
  built thing (``data/non_actor_heads.csv``: ``the Civil War``), and neither is its acronym; the
  states and organisations inside such a name (``the Chile-Peru Pipeline``) are still mentioned;
* a name that modifies such a head noun (``the Varnak oil field``, ``the Kestrel missile
  system``) names the thing; a one-word "organisation" tagged as a plural common noun
  (``Diplomats``) and a one-word "person" with an article (``the Sun``) name no actor; nor does
  an unknown organisation ending in an office title (``the United States Permanent
  Representative``: the office is a person's) or an unknown organisation in a heading
  (``Water Supply in Ruritania:``) whose last word is no organisation head noun, or a
  hyphenated pair of states before a head noun (``the Peru-Chile Alliance``: a relation); nor a
  "person" holding an adverb or a comparative (a slogan), a name with the indefinite article
  (``a Designated Terrorist Entity``: a kind), or the word opening a bracketed source note
  (``[Interview, 3/4/22]``) (:mod:`dossier.actors.non_actors`);
* a nationality before "central bank" or "<portfolio> ministry" in lower case (``the Ruritanian
  central bank``) names an organisation of its own (:mod:`dossier.actors.extents`);
* an organisation's acronym, a place and a unit head (``the UNDP Varnak Country Office``) is
  a mention of that organisation;
* an unknown "nationality" that takes a possessive (``Vortella's``), is a demonym and a singular
  proper noun (``Saudi Petrova``) or comes right before an organisation (``Harakat Vostok``)
  is (part of) an organisation's name;
* an organisation the gazetteer knows glued to a person's name (``Amnesty International Tan
  Wei-ling``) is two mentions; names the NER missed altogether come from :mod:`dossier.actors.missed`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dossier.actors.acronyms import Acronym, acronym_like, acronyms_after, acronyms_of_non_actors, expansions
from dossier.actors.extents import comma_then_subject, key_of, known_then_name, run_on, unit_name
from dossier.actors.missed import (
    coordinated_organisations,
    inside_label,
    owned_at,
    owned_companies,
    portfolio_then_name,
    signed_names,
    title_then_name,
    transcript_speakers,
    untagged_names,
    untagged_settlements,
)
from dossier.actors.name_runs import mislabelled_person, named_people, widened
from dossier.actors.names import honorifics, is_portfolio, is_title_word, organisation_heads, titles
from dossier.actors.non_actors import (
    between_states,
    common_noun,
    in_heading,
    indefinite,
    looks_like_person,
    modifies_a_thing,
    plural_people,
    slogan,
    source_note,
    vessel,
)
from dossier.text import datelines
from dossier.text.gazetteer import LABELS, gazetteer
from dossier.text.gazetteer import words as entries  # 'words' names token lists here
from dossier.text.lexicon import other_language_cues, tokens

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
#: Head nouns that make a span the government of the state it names.
GOVERNMENT_HEADS = frozenset({"government", "administration", "regime", "authorities", "cabinet", "state"})
#: Second halves of hyphenated region names ("Indo-Pacific", "Asia-Pacific", "Euro-Atlantic").
REGION_PARTS = frozenset({"pacific", "atlantic", "asia", "africa", "europe", "arctic", "mediterranean", "american"})


STREETS = frozenset({"avenue", "street", "road", "square", "boulevard", "lane"})
#: Nouns of settlements and districts: "the town of X" names a place whatever the NER took X for.
SETTLEMENTS = frozenset({"town", "village", "city", "hamlet", "district", "province", "governorate", "county",
                         "municipality", "neighbourhood", "neighborhood", "suburb", "camp", "port", "island",
                         "township", "region", "oblast", "prefecture", "settlement", "enclave"})
#: Nouns of landforms and waters: "the Torugart pass", "the Kestrel river" name a place whatever
#: the NER took the name for (it often takes one for a person's).
LANDFORMS = frozenset({"pass", "river", "valley", "lake", "desert", "plateau", "mountains", "hills", "strait", "gulf",
                       "bay", "peninsula", "basin", "delta", "crossing", "plain", "plains", "gorge", "highlands"})
#: Head words that are also whole names of newspapers ("The Times", "The Herald").
MASTHEADS = frozenset({"times", "post", "daily", "herald", "tribune", "journal", "telegraph", "gazette", "observer",
                       "chronicle", "guardian", "independent", "mirror", "sun", "express", "economist"})
#: Head nouns of an organisation's local units ("the UNDP Varnak Office").
LOCAL_UNITS = frozenset({"mission", "office", "bureau", "delegation"})
#: One-word names of a state's legislature are actors, unlike other bare head nouns ("the Summit").
LEGISLATURES = frozenset({"parliament", "senate", "congress", "assembly", "duma", "knesset", "majlis"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    toks, cues = tokens(doc), other_language_cues()
    while start < end - 1 and (toks[start].lower_ in ("the", "a", "an") or toks[start].text in ("@", "“", "‘")
                               or toks[start].pos_ == "ADP"
                               or toks[start].lower_ in cues and start > 0 and toks[start - 1].is_punct):
        start += 1  # "«...», afirmó Burtón": the verb of saying is no part of the name
    # "Founder of the Harbour Institute": the office is the person's, the organisation follows "of"
    if end - start > 2 and is_title_word(toks[start]) and toks[start + 1].lower_ == "of":
        start += 3 if toks[start + 2].lower_ == "the" and end - start > 3 else 2
    while end > start + 1:
        last = toks[end - 1]
        if last.tag_ == "POS" or last.is_space or last.is_punct and last.text != "." \
                or last.lower_ in ("of", "and", "for", "in", "to", "'s"):
            end -= 1
        else:
            break
    return start, end


def _capitalised(span: Span) -> bool:
    return any(ch.isupper() for ch in span.text)


def _state_governed(span: Span) -> str | None:
    """The state key of "the Government of Chile", "the Peruvian government"."""
    if not any(t.lower_ in GOVERNMENT_HEADS for t in span):
        return None
    gaz = gazetteer()
    rest = [t for t in span if t.lower_ not in GOVERNMENT_HEADS and t.lower_ not in ("of", "the")]
    if not rest:
        return None
    form = gaz.lookup(" ".join(t.text for t in rest))
    entry = gaz.entries.get(form.key) if form else None
    return entry.key if entry is not None and entry.type == "state" else None


def _names_no_actor(span: Span, known: bool) -> bool:
    if not _capitalised(span) or any("@" in t.text for t in span):
        return True
    if known:
        return False
    words = [t for t in span if not t.is_punct]
    if not words or span.label_ == "ORG" and not unit_name(span) \
            and any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words):
        return True
    if span.label_ == "PERSON" and any(ch.isdigit() for t in words for ch in t.text):
        return True  # "Oct 14" of a wire dateline: a person's name has no numerals
    heading = words[0].tag_ == "VBG" or len(words) >= 3 and words[0].lower_.endswith("ing") \
        and words[-1].lower_ not in organisation_heads()
    if heading:
        return True
    heads = entries("non_actor_heads.csv", lower=True)
    if span.label_ == "ORG" and (words[-1].lower_ in heads
                                 or len(words) > 2 and words[0].lower_ in heads and words[1].lower_ in ("of", "on")):
        return True  # "the Andean Border War", "a Memorandum of Cooperation"
    if span.text in entries("non_actor_acronyms.csv") or all(is_title_word(t) for t in words):
        return True
    if modifies_a_thing(span, heads) or common_noun(span) or in_heading(span) or slogan(span) \
            or indefinite(span) or source_note(span) or vessel(span) \
            or span.label_ == "ORG" and between_states(span):
        return True
    if span.label_ == "ORG" and is_title_word(words[-1]) \
            and not any(t.lower_ in organisation_heads() or t.lower_ == "of" for t in words):
        return True  # "the United Kingdom Trade Representative", "12 Pacific Ministers": an office
    doc = span.doc
    portfolio = is_portfolio(span.text) or all(is_portfolio(t.text) for t in words)
    if portfolio and span.start > 0 and doc[span.start - 1].lower_ in ("on", "of", "for", ",", "and"):
        return True  # "committees on Foreign Affairs, Intelligence and Oversight"
    generic = (organisation_heads() | GOVERNMENT_HEADS) - LEGISLATURES - MASTHEADS
    return span.label_ in ("ORG", "PERSON") and len(words) == 1 and words[0].lower_ in generic


def _in_title(span: Span) -> bool:
    """``Secretary of State``, ``Secretary of State for Defence``, ``Defence Secretary``: a
    portfolio or a short name right after an office title and "of" or "for", or a portfolio
    right before an office title, is part of the title; so is a word that, with the word after
    it, is a title of the lexicon (``Supreme`` + ``Leader``)."""
    doc = span.doc
    portfolio = all(is_portfolio(t.text) or t.lower_ in ("of", "for", "and", "the") for t in span) \
        or is_portfolio(span.text)
    if not portfolio and (len(span) > 2 or len(span) > 1 and any(t.lower_ in organisation_heads() for t in span)):
        return False
    if portfolio and span.end < len(doc) and is_title_word(doc[span.end]):
        return True
    if span.end < len(doc) and f"{span.text} {doc[span.end].text}".lower() in titles():
        return True  # "Supreme" + "Leader": the first word of a title
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "for"):
        return False
    for j in range(i - 1, max(i - 5, -1), -1):  # "Secretary of State for" Defence
        if is_title_word(doc[j]) and not doc[j].ent_type_:
            return True
        if not (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "for", "the")):
            return False
    return False


def _title_abbreviation(span: Span) -> bool:
    """``Member of Congress (MC)``: an acronym in parentheses after an office title."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or doc[span.start - 1].text != "(" or not acronym_like(span.text):
        return False
    return any(is_title_word(t) and not t.ent_type_ for t in doc[max(0, span.start - 5):span.start - 1])


def _relabelled(span: Span) -> Span | None:
    doc = span.doc
    label, key = span.label_, key_of(span)
    gaz = gazetteer()
    known = bool(key) or gaz.lookup(span.text) is not None
    form = gaz.lookup(span.text) if label == "PERSON" and not key else None
    if form is not None and form.kind in ("organization", "media") and not form.weak:
        return Span(doc, span.start, span.end, label="ORG", span_id=form.key)  # "al-Shabaab" in lower case
    if not known and plural_people(span):
        return Span(doc, span.start, span.end, label="NORP")  # "the Houthis said": a people, not a person
    if not known and label == "PERSON" and len(span) == 1 and span.text.endswith("s") \
            and (form := gaz.lookup(span.text[:-1])) is not None and form.kind == "demonym":
        return Span(doc, span.start, span.end, label="NORP", span_id=form.key)  # "Georgians, he said, ...": a people
    if _names_no_actor(span, known) or not known and _in_title(span):
        return None
    if not known and span.text.endswith("-") and (form := gaz.lookup(span.text.rstrip("-"))) is not None:
        return Span(doc, span.start, span.end, label=LABELS[form.kind], span_id=form.key)  # "Japan-, and Peru-backed"
    if not known and (person := title_then_name(span) or portfolio_then_name(span)) is not None:
        return person
    if label == "ORG" and not known and len(span) > 2 and acronym_like(span[0].text) \
            and span[-1].lower_ in LOCAL_UNITS and all(t.text[:1].isupper() or t.text == "/" for t in span):
        return Span(doc, span.start, span.start + 1, label="ORG")  # "UNDP Varnak Country Office" is UNDP
    if label == "NORP" and gaz.lookup(span.text) is None and _company_not_people(span):
        return Span(doc, span.start, span.end, label="ORG")
    if label == "NORP" and not known and span[-1].lower_ in entries("party_families.csv") \
            and (party := _party(span)) is not None:
        return party
    if label == "ORG" and not known and (state := _state_governed(span)):
        return Span(doc, span.start, span.end, label="GPE", span_id=state)
    if not known and label in ("GPE", "LOC", "PERSON", "NORP", "FAC") and owned_at(doc, span.start):
        return Span(doc, span.start, span.end, label="ORG")  # "state-owned Petrolandia": a company
    if not known and len(span) > 1 and span[0].text in entries("place_prefixes.csv"):
        return Span(doc, span.start, span.end, label="FAC" if label == "PERSON" else label)
    if label in ("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP") and not known and _settlement_named(span):
        return Span(doc, span.start, span.end, label="GPE", span_id=f"place:{span.text}")
    if label == "PERSON" and not known and len(span) > 1 and span[-1].lower_.rstrip(".") in organisation_heads() \
            and span[-1].lower_ not in STREETS:
        return Span(doc, span.start, span.end, label="ORG")  # "Vostok Ipari Kft", "Gleneagles Hospital"
    if label in ("ORG", "GPE", "LOC", "FAC") and not known and looks_like_person(span) \
            or not known and mislabelled_person(span):
        return Span(doc, span.start, span.end, label="PERSON")
    if label == "PERSON" and len(span) == 1 and span.text.isalpha() and len(span.text) > 6 \
            and any(span.text.lower().endswith(h) for h in ("bank", "group", "tech", "corp", "energo", "neft", "prom")):
        return Span(doc, span.start, span.end, label="ORG")  # "Vostokbank", "Severneft"
    if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) > 1 and span.text.isalpha():
        return Span(doc, span.start, span.end, label="ORG")
    hyphened = len(span) > 1 and span[-2].text in ("-", "‑")  # "Ruth Okafor-Lane" is no lane
    if label == "PERSON" and (span[-1].lower_ in STREETS and not hyphened
                              or len(span) > 1 and span[0].text in entries("place_prefixes.csv")):
        return Span(doc, span.start, span.end, label="FAC")
    if len(span) == 3 and span[1].text in ("-", "‑") and span[2].lower_ in REGION_PARTS:
        return Span(doc, span.start, span.end, label="LOC")
    if label == "PERSON" and all(t.text in honorifics() or is_title_word(t) for t in span):
        return None
    return Span(doc, span.start, span.end, label=label, span_id=key)


def _settlement_named(span: Span) -> bool:
    """``the town of Dar Salim``, ``Angola's port of Lobito``, ``the Abu Shouk camp``, ``Amazonas
    state``: a name after "the" (or a possessive) + settlement noun + "of", or compounded with a
    settlement noun in lower case, is that settlement, however the NER labelled it (it often
    takes such names for a person's)."""
    root = span.root
    if root.dep_ == "compound" and root.head.text.islower() and (root.head.lower_ in SETTLEMENTS
                                                                 or root.head.lower_ in LANDFORMS
                                                                 or root.head.lower_ == "state"):
        return True  # "the Abu Shouk displacement camp", "Amazonas state", "the Tillaberi region", "the X pass"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in SETTLEMENTS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in prep.head.children)


def _company_not_people(span: Span) -> bool:
    """``Vortella's acquisition``, ``state-owned Saudi Petrova``: an unknown "nationality" that
    takes a possessive, or that is a demonym followed by a singular proper noun, is an
    organisation (peoples are plural: ``the Kurds'``, ``Syrian Kurds``)."""
    doc = span.doc
    if span.text.endswith("s"):
        return False
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return True
    form = gazetteer().lookup(span[0].text)
    return len(span) > 1 and form is not None and form.kind == "demonym" \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span[1:])


def _joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """``a Harakat Vostok official``: an unknown "nationality" written right before an
    organisation is the first word of that organisation's name; two organisations in one run of
    proper nouns that modify the second (``Varna Kestrel Holdings``) are one name, and so are two
    names split at "and" (:func:`_and_joined`)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and ent.label_ == "ORG" and prev.label_ == "NORP" \
                and not key_of(prev) and gazetteer().lookup(prev.text) is None and not prev.text.endswith("s"):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        elif prev is not None and (_and_joined(doc, prev, ent) or _compounded(doc, prev, ent)):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG", span_id=f"org:{doc[prev.start:ent.end].text}")
        else:
            out.append(ent)
    return out


def _compounded(doc: Doc, prev: Span, ent: Span) -> bool:
    """``Varna Kestrel Holdings``: an unknown organisation whose last word modifies a second one
    in the same run of proper nouns."""
    return prev.label_ == ent.label_ == "ORG" and prev.end < ent.start and not key_of(prev) \
        and prev[-1].dep_ == "compound" and ent.start <= prev[-1].head.i < ent.end \
        and all(t.pos_ == "PROPN" and not t.ent_type_ for t in doc[prev.end:ent.start])


def _and_joined(doc: Doc, prev: Span, ent: Span) -> bool:
    """``Greyfriars and Vale Estates``, ``Smith and`` + ``Wesson Holdings``: two names the NER
    split at "and", the first of one or two capitalised words, the second ending in an
    organisation's head noun and not opening with "the", are one organisation's name when the
    gazetteer knows neither ("Russia and China Development Bank" are two)."""
    joined = ent.start == prev.end + 1 and doc[prev.end].lower_ == "and" \
        or ent.start == prev.end and prev[-1].lower_ == "and"
    if not joined:
        return False
    first = [t for t in prev if t.lower_ != "and"]
    short = len(first) <= 2 and all(t.text[:1].isupper() for t in first)  # not "the X Centers for ... and"
    return short and ent[0].lower_ != "the" \
        and prev.label_ in ("ORG", "PERSON", "GPE", "NORP") and ent.label_ in ("ORG", "GPE", "PERSON") \
        and ent[-1].lower_ in organisation_heads() - STREETS - SETTLEMENTS - LANDFORMS and ent[-1].text[:1].isupper() \
        and not key_of(prev) and not key_of(ent) and gazetteer().lookup(prev.text.removesuffix(" and")) is None \
        and gazetteer().lookup(ent.text) is None


def entity_mentions(doc: Doc) -> tuple[list[Span], list[Acronym]]:
    """The doc's entity mentions, repaired by the rules in the module docstring, and the
    ``long (SHORT)`` pairs among them."""
    out: list[Span] = []
    line = datelines.find(doc.text[:2000])  # a dateline opens the text
    filed = (line.span[0], line.span[0] + len(line.place)) if line.span is not None and line.place else None
    dated = line.span[1] if filed is not None else None  # where the dateline ends
    pairs: list[Acronym] = []
    dropped: set[str] = set()  # acronyms of what names no actor: "a Security Memorandum (NSM)"
    swallowed = -1
    for ent in _joined(doc, widened(doc, run_on(doc))):
        if ent.start < swallowed:
            continue
        core = ent[:-1] if len(ent) > 1 and ent[-1].is_punct else ent  # "JOHANNESBURG -" taken with its dash
        if filed is not None and filed[0] <= core.start_char and core.end_char <= filed[1] \
                and ((form := gazetteer().lookup(core.text)) is None or form.kind == "capital"
                     or core.start_char > filed[0]):
            # "JOHANNESBURG, Nov 4 -", "LONDON -", the country of "KYIV, Ukraine -": where the story was
            # filed, not a government
            ent = Span(doc, core.start, core.end, label="GPE", span_id=f"place:{core.text}")
        elif dated is not None and ent.start_char < dated < ent.end_char:
            rest = [t for t in ent if t.idx >= dated]  # "Oct 14 - European Union ministers": the name after the dash
            if not rest:
                continue
            ent = Span(doc, rest[0].i, ent.end, label=ent.label_, span_id=key_of(ent))
        if ent.label_ not in ENTITY_LABELS:
            out.extend(_known_inside(ent))  # "the NATO treaty" (LAW), "the 2024 G20 Summit" (EVENT)
            continue
        swallowed = ent.end
        spans, paren = _pieces(ent)
        if not spans:
            out.extend(_known_inside(ent))  # "the Iraq-Kuwait Pipeline", named no actor, names two
        if paren is not None and len(spans) == 1 and spans[0].start > paren:
            dropped.add(spans[0].text)
        if len(spans) == 2:
            pairs.append(Acronym(spans[0], spans[1]))
        out.extend(s for s in spans if not _title_abbreviation(s))
    pairs += acronyms_after(doc, out)
    out, expanded = expansions(doc, out)
    pairs += expanded
    dropped |= acronyms_of_non_actors(doc, out)
    out = [s for s in out if (s.text not in dropped or len(s) > 1) and not inside_label(s)]
    taken = {i for s in out for i in range(s.start, s.end)}
    out.extend(untagged_names(doc, taken))
    out.extend(signed_names(doc, taken | {i for s in out for i in range(s.start, s.end)}))
    out.extend(untagged_settlements(doc, taken | {i for s in out for i in range(s.start, s.end)}))
    out.extend(coordinated_organisations(doc, taken | {i for s in out for i in range(s.start, s.end)}))
    out.extend(owned_companies(doc, taken | {i for s in out for i in range(s.start, s.end)}))
    out.extend(transcript_speakers(doc))
    out.extend(named_people(doc, {i for s in out for i in range(s.start, s.end)}))
    out = widened(doc, sorted(out, key=lambda s: s.start))  # "Nurse Amal Haddad" + "-Sweidan"
    return out, pairs


def _pieces(ent: Span) -> tuple[list[Span], int | None]:
    """The entity trimmed and relabelled, split in two at a parenthesis inside it
    ("Movement for Civic Renewal (MCR"), and where that parenthesis is."""
    doc = ent.doc
    paren = next((t.i for t in ent if t.text == "("), None)
    if paren is not None and paren == ent.start:
        paren = None
    pieces = [(ent.start, paren), (paren + 1, ent.end)] if paren is not None else [(ent.start, ent.end)]
    if paren is None and ent.label_ == "ORG" and (split := known_then_name(ent)) is not None:
        return list(split), None
    if paren is None and (subject := comma_then_subject(ent)) is not None:
        return [*_pieces(Span(doc, ent.start, subject.start - 1, label=ent.label_))[0], subject], None
    spans = []
    for k, (s, e) in enumerate(pieces):
        s, e = _trim(doc, s, e)
        if e <= s or all(t.is_punct for t in doc[s:e]):
            continue
        fixed = _relabelled(Span(doc, s, e, label=ent.label_ if k == 0 else "ORG",
                                 span_id=key_of(ent) if k == 0 else 0))
        if fixed is not None:
            spans.append(fixed)
    return spans, paren


def _party(span: Span) -> Span | None:
    """``The Greens``, ``the Liberal Democrats``, ``Senate Democrats``: a party (or its group in
    a chamber) named by its family's plural, with the capitalised words before it the NER left
    out (``Liberal``), is an organisation; a bare plural is its members or voters (``counties
    where Democrats used to win``, ``Democrats on the committee``), a group."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("ADJ", "PROPN") \
            and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if span.end - start == 1 and not (before is not None and (
            before.lower_ == "the" or before.ent_type_ == "ORG" and before.lower_ in LEGISLATURES | {"house"})):
        return None
    return Span(doc, start, span.end, label="ORG")


def _known_inside(span: Span) -> list[Span]:
    """States and organisations the gazetteer knows inside a span that names no actor itself:
    the parts of a hyphenated compound (``the Chile-Peru Pipeline``, ``the Japan-U.S.-ROK
    partnership``) or a name within a document's (``the NATO treaty``)."""
    gaz = gazetteer()
    toks, text, base = tokens(span.doc), span.text, span.start_char
    found = []
    i = span.start
    while i < span.end:
        if toks[i].lower_ == "the":
            i += 1
            continue
        for j in range(min(span.end, i + 4), i, -1):
            piece = toks[i:j]
            form = None if any(t.text in ("-", "–") for t in piece) \
                else gaz.lookup(text[piece[0].idx - base:piece[-1].idx + len(piece[-1].text) - base])
            if form is not None and not form.weak and form.kind in ("state", "organization", "media", "capital"):
                label = "GPE" if form.kind in ("state", "capital") else "ORG"
                found.append(Span(span.doc, i, j, label=label, span_id=form.key))
                i = j - 1
                break
        i += 1
    return found
