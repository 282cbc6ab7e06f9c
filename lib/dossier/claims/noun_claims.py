"""Claims made in a noun: ``X's allegations of fraud``, ``X's claim that the vote was rigged``.

A claim is often reported as a noun its speaker owns rather than as a verb (``despite the
candidate's allegations of widespread fraud, ...``). The rule, read from the parse:

* a noun of claiming (:data:`CLAIM_NOUNS`: allegation, accusation, claim, assertion ...) whose
  possessor is a named actor (``Lind's``), or ``his``/``her`` for the person named last, and that
  has what is claimed as its complement: an ``of`` phrase (``allegations of fraud``) or a clause
  with ``that`` (``claim that the vote was rigged``);
* with no owner, only a plural noun of claiming after a preposition of circumstance (``Amid
  claims of ballot tampering, ...``, ``despite reports that ...``): news reporting a claim in
  the air, made by no one named (the noun is the speaker's words: ``claims``); a singular one there is the writer's
  topic (``the claim that the dam could fail was never tested``);
* the claim is the noun with its complement (``allegations of widespread fraud``), ``indirect``,
  the noun its cue; nothing inside quotation marks (that is what a speaker says) counts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.claims.speakers import Speakers
from dossier.text.lexicon import tokens

#: Nouns that report what their possessor claims.
CLAIM_NOUNS = {"allegation", "accusation", "claim", "assertion", "contention", "insistence", "warning"}
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f"}
#: Nouns of claiming that report a claim made by no one named, in the plural after these prepositions.
UNOWNED_NOUNS = CLAIM_NOUNS | {"report", "rumour", "rumor", "suggestion"}
CIRCUMSTANCES = {"amid", "amidst", "despite", "after", "following", "over", "among"}


def noun_claims(doc: Doc, spk: Speakers, quoted: set[int]) -> list[dict]:
    """Draft claims (as ``claims.py`` builds them) of the nouns of claiming in ``doc``."""
    drafts = []
    for noun in tokens(doc):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in UNOWNED_NOUNS or noun.i in quoted:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ not in CIRCUMSTANCES:
                continue
            speaker, words = None, noun.text  # the claims in the air are their own speaker ("reports")
        elif noun.lemma_.lower() not in CLAIM_NOUNS:
            continue
        elif owner.lower_ in POSSESSIVE_PRONOUNS:
            person = spk.last_person_before(owner, POSSESSIVE_PRONOUNS[owner.lower_])
            speaker, words = (person.id, owner.text) if person is not None else (None, "")
        else:
            actor = spk.actor_at(owner)
            speaker, words = (actor.id, spk.text(owner.left_edge.i, owner.i + 1)) \
                if actor is not None and actor.type != "place" else (None, "")
        if speaker is None and owner is not None:
            continue
        complements = [c for c in noun.children if c.i > noun.i and (
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            or c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
        if not complements:
            continue
        end = max(c.right_edge.i for c in complements) + 1
        if any(i in quoted for i in range(noun.i, end)):
            continue
        drafts.append({"start": noun.i, "end": end, "kind": "indirect", "speaker": speaker, "speaker_text": words,
                       "cue": noun.lemma_.lower(), "channel": None, "via": None, "verb": noun, "quotes": [],
                       "quote": None})
    return drafts
