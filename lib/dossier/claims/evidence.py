"""Evidence named after what it shows, where the tagger lost the verb: ``..., data published by X show.``

News closes a sentence with its evidence (``The firm paid him twice, court filings show.``);
the parse reads most such endings, but after a long noun phrase the tagger often takes the
closing ``show`` for a noun (``the coast guard show``) and the claim is lost. The rule here
reads the words:

* a sentence whose last word is a verb of evidence in the present (:data:`EVIDENCE_FORMS`)
  tagged as a noun, after a comma;
* between the comma and that word a noun phrase with no finite verb, naming a document
  (``data/document_nouns.csv``: ``court filings``, ``the audit``) or published by someone
  (``catch data published by the coast guard``, ``figures released by the ministry``);
* the claim is the sentence before the comma, a ``document`` claim; its speaker is who
  published the evidence when an actor, else the words naming it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dossier.claims.quotemarks import trim_punct
from dossier.claims.speakers import Speakers
from dossier.claims.verbs import document_nouns
from dossier.text.lexicon import FINITE_TAGS, sentences, tokens

#: Present-tense forms of the verbs that evidence ends a sentence with, and their lemma.
EVIDENCE_FORMS = {"show": "show", "shows": "show", "suggest": "suggest", "suggests": "suggest",
                  "indicate": "indicate", "indicates": "indicate", "reveal": "reveal", "reveals": "reveal"}
#: Verbs of making evidence public, whose agent is its source ("published by X").
PUBLISHING = frozenset({"publish", "release", "compile", "collect", "issue", "gather", "provide", "obtain",
                        "conduct", "commission", "maintain", "carry"})


def publisher(words: list[Token]) -> Token | None:
    """The agent of a verb of publishing among the words (``published by the coast guard``)."""
    for t in words:
        if t.lemma_.lower() in PUBLISHING and t.tag_ == "VBN":
            return next((o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    return None


def evidence_claims(doc: Doc, spk: Speakers, quoted: set[int], is_debris: Callable[..., bool]) -> list[dict]:
    """Draft claims (as ``speech.claims`` builds them) of evidence named after what it shows."""
    toks = tokens(doc)
    drafts = []
    for sent in sentences(doc):
        words = [t for t in toks[sent.start:sent.end] if not t.is_punct and not t.is_space]
        if len(words) < 5 or words[-1].lower_ not in EVIDENCE_FORMS or words[-1].pos_ in ("VERB", "AUX") \
                or words[-1].i in quoted:
            continue
        last = words[-1]
        comma = next((t.i for t in reversed(toks[sent.start:last.i]) if t.text == ","), None)
        if comma is None:
            continue
        named = [t for t in toks[comma + 1:last.i] if not t.is_punct]
        if not named or any(t.tag_ in FINITE_TAGS for t in named):
            continue
        by = publisher(named)
        if by is None and not any(t.lemma_.lower() in document_nouns() for t in named):
            continue
        start, end = trim_punct(doc, sent.start, comma)
        if end <= start or is_debris(doc, start, end) or any(i in quoted for i in range(start, end)):
            continue
        speaker = None
        if by is not None and (actor := spk.actor_at(by)) is not None and actor.type != "place":
            speaker = actor.id
        drafts.append({"start": start, "end": end, "kind": "document", "speaker": speaker,
                       "speaker_text": spk.text(named[0].i, named[-1].i + 1), "cue": EVIDENCE_FORMS[last.lower_],
                       "channel": None, "via": None, "verb": last, "quotes": [], "quote": None})
    return drafts
