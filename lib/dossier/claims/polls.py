"""What a poll finds when it is no clause: ``A poll by X put the two sides level at 44 per cent``.

Election news reports polls with verbs that take an object and what is said of it, not a
clause: ``put the two sides level``, ``gave Hale 46 per cent``, ``found Okafor nine points
ahead``, ``has Okafor trailing``. Said of anything else these verbs claim nothing (``put the
box on the table``, ``gave him a lift``), so the rule here holds only for a poll:

* the verb's lemma is one of :data:`POLL_VERBS`, its subject a noun of :data:`POLL_NOUNS` (or
  ``it`` right after a sentence whose subject was one: ``It also showed that ...``);
* the claim is the words from the verb's first dependent after it to the end of its phrase
  (without a "that" opening it), a ``document`` claim that takes the place of what the speech
  verbs read of the same verb (the parser often hangs part of a small clause on the verb:
  ``found Whitcomb trailing her rival, Carl Brennan, by six points``); its speaker is the
  poll's owner (``by X``, ``X's poll``, ``a X poll``) through
  :class:`~dossier.claims.speakers.Speakers`, else the words naming the poll.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dossier.claims.evidence import publisher
from dossier.claims.quotemarks import trim_punct
from dossier.claims.speakers import Speakers
from dossier.claims.subjects import subject_of
from dossier.text.lexicon import sentences, tokens_with_lemma

#: Verbs by which a poll reports a standing with an object and its complement.
POLL_VERBS = frozenset({"put", "give", "find", "show", "have"})
#: Nouns of polls and surveys (and their counts), the subjects of :data:`POLL_VERBS` here.
POLL_NOUNS = frozenset({"poll", "survey", "tracker", "census", "tally", "projection", "sampling"})
#: Dependents of the verb that open what the poll found (its object, the object's complement,
#: a clause).
COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "dobj", "dative"})


def _poll(subj: Token | None) -> bool:
    return subj is not None and subj.lemma_.lower() in POLL_NOUNS


def _poll_before(subj: Token) -> Token | None:
    """The poll ``it`` stands for: the subject of the sentence before, when that was a poll."""
    doc = subj.doc
    starts = [s for s in sentences(doc) if s.start <= subj.i]
    if len(starts) < 2:
        return None
    before = starts[-2]
    return next((t for t in before if t.dep_ == "nsubj" and _poll(t)), None)


def _standing(verb: Token, after: list[Token]) -> bool:
    """Whether the verb's dependents say a standing, as each verb does: "has" with a complement
    ("has Okafor leading", not "has a margin of error of 3 points"), "gave" with two objects
    ("gave Hale 46 per cent", "46 per cent to 39", not "gave no figures"), "put" with a complement or "at" ("put the
    two sides level at 44 per cent"); "found" and "showed" with anything."""
    deps = {c.dep_ for c in after} | {c.dep_ for c in verb.children if c.i > verb.i}
    if verb.lemma_ == "have":
        return bool(deps & {"ccomp", "xcomp", "oprd", "acomp"})
    if verb.lemma_ == "give":  # "... 46 per cent to 39 per cent": a share against another
        return "dative" in deps or sum(c.dep_ == "dobj" for c in verb.children) > 1 \
            or any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if verb.lemma_ == "put":
        return bool(deps & {"oprd", "acomp", "xcomp", "ccomp"}) or any(
            c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    return True


def poll_claims(doc: Doc, spk: Speakers, quoted: set[int], is_debris: Callable[..., bool]) -> list[dict]:
    """Draft claims (as ``speech.claims`` builds them) of what polls find, by the rules above."""
    drafts = []
    for verb in tokens_with_lemma(doc, POLL_VERBS):
        if verb.i in quoted or verb.pos_ != "VERB":
            continue
        subj = subject_of(verb)
        if subj is not None and subj.lower_ == "it" and subj.i < verb.i:
            subj = _poll_before(subj) or subj
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENT_DEPS]
        if not _poll(subj) or not after or len(list(doc[verb.i + 1:verb.right_edge.i + 1])) < 3 \
                or not _standing(verb, after):
            continue
        start = after[0].left_edge.i
        while start < verb.right_edge.i and (doc[start].lower_ == "that" and doc[start].dep_ != "det"
                                             or doc[start].is_punct):
            start += 1
        start, end = trim_punct(doc, start, verb.right_edge.i + 1)
        if end <= start or is_debris(doc, start, end) or any(i in quoted for i in range(start, end)):
            continue
        speaker, words = spk.speaker(subj)
        if speaker is None and (by := publisher(list(subj.subtree))) is not None \
                and (actor := spk.actor_at(by)) is not None and actor.type != "place":
            speaker = actor.id  # "A survey of 600 shops published by X": X's, however the parser hung it
        drafts.append({"start": start, "end": end, "kind": "document", "speaker": speaker, "speaker_text": words,
                       "cue": verb.lemma_, "channel": None, "via": None, "verb": verb, "quotes": [], "quote": None})
    return drafts
