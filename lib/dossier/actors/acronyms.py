"""Acronyms: ``the Regional Recovery Fund (RRF)`` pairs two mentions of one actor.

An acronym in parentheses after a name is that name's short form; one defined after words that
name no actor (``the Andean Border War (ABW)``) names no actor either.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dossier.text.gazetteer import gazetteer
from dossier.text.gazetteer import words as entries  # 'words' names token lists here
from dossier.text.lexicon import entities


@dataclass(frozen=True)
class Acronym:
    """``long (short)``: two token spans naming one actor."""

    long: Span
    short: Span


def acronym_like(text: str) -> bool:
    """``RRF``, ``MoD``, ``FCDO``: letters, two or more of them capitals."""
    return text.isalpha() and sum(ch.isupper() for ch in text) >= 2 and text[0].isupper()


def _a_state(span: Span) -> bool:
    """Whether words in parentheses name a state (``Acme Holdings (UK)``: where it is based)."""
    form = gazetteer().lookup(span.text)
    return form is not None and form.kind in ("state", "demonym", "capital")


def acronyms_after(doc: Doc, spans: list[Span]) -> list[Acronym]:
    """``the Regional Recovery Fund (RRF)`` where the NER left the parenthesis out (the
    acronym is added to ``spans`` when the NER did not tag it); a state in parentheses
    (``Acme Holdings (UK)``) is where the organisation is, not its short form."""
    pairs = []
    by_start = {s.start: s for s in spans}
    for s in list(spans):
        if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")":
            short = by_start.get(s.end + 1)
            token = doc[s.end + 1]
            if short is None and acronym_like(token.text):
                short = Span(doc, token.i, token.i + 1, label="ORG")
                spans.append(short)
            if short is not None and short.label_ != "PERSON" and not _a_state(short):
                pairs.append(Acronym(s, short))
    return pairs


def acronyms_of_non_actors(doc: Doc, kept: list[Span]) -> set[str]:
    """Acronyms defined in parentheses after words that name no actor: after a dropped entity
    ("the Andean Border War (ABW)") or after a document's or event's head noun the NER left
    untagged ("a National Security Memorandum (NSM)")."""
    found = set()
    for ent in entities(doc):
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" \
                and not any(s.start < ent.end and s.end > ent.start for s in kept):
            found.add(doc[ent.end + 1].text)
        heads = entries("non_actor_heads.csv", lower=True)
        if len(ent) == 1 and ent.start > 1 and doc[ent.start - 1].text == "(" and ent.end < len(doc) \
                and doc[ent.end].text == ")" and doc[ent.start - 2].lower_ in heads:
            found.add(ent.text)
    return found


def expansions(doc: Doc, spans: list[Span]) -> tuple[list[Span], list[Acronym]]:
    """``ISIL (Islamic State in the Levant)``: words in parentheses right after an acronym whose
    capitalised words' initials spell it are its long form, one mention of the same actor; the
    states and places named inside it are part of the name, not mentions of their own.

    Returns the spans with each long form in place of what was found inside it, and the pairs.
    """
    pairs = []
    for s in list(spans):
        if s.label_ != "ORG" or not acronym_like(s.text) or s.end + 2 >= len(doc) or doc[s.end].text != "(":
            continue
        close = next((t.i for t in doc[s.end + 1:s.end + 12] if t.text == ")"), None)
        if close is None:
            continue
        initials = "".join(t.text[0] for t in doc[s.end + 1:close] if t.text[:1].isupper())
        if initials.upper() != s.text.upper():
            continue
        long = Span(doc, s.end + 1, close, label="ORG", span_id=f"org:{doc[s.end + 1:close].text}")
        spans = [x for x in spans if not (long.start <= x.start and x.end <= long.end)] + [long]
        pairs.append(Acronym(long, s))
    return spans, pairs
