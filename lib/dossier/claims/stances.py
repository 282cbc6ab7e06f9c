"""Claims stated without a verb of saying: an adjective of conviction, or a light verb and a noun.

News often reports what someone holds true as a state (``The senator is confident that the bill
will pass``, ``Her aides are convinced the vote was rigged``) or as a noun a light verb carries
(``The chairman raised the possibility that rates would rise``, ``made the case that ...``). The
rules, read from the parse, with the words of ``data/stance_words.csv``:

* an adjective (or participle) of conviction whose subject can speak (:func:`can_speak`) and that
  has a clause as its complement, hung on it or on its copula: the clause is the claim, the
  adjective its cue;
* a light verb whose subject can speak, with one of the nouns as its object and a that-clause on
  that noun: the clause is the claim, the noun its cue;
* nothing inside quotation marks (that is the speaker's own words) and nothing negated (``is not
  convinced that``) counts.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from dossier.claims.speakers import PERSON_PRONOUNS, Speakers, speaker_nouns
from dossier.claims.subjects import SUBJECT_DEPS
from dossier.text.gazetteer import rows
from dossier.text.lexicon import tokens_with_lemma

COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "sound", "feel"})


@cache
def stance_words() -> dict[str, frozenset[str]]:
    """kind -> its words, from ``data/stance_words.csv``."""
    out: dict[str, set[str]] = {}
    for r in rows("stance_words.csv"):
        out.setdefault(r["kind"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def stance_lemmas() -> frozenset[str]:
    """Every lemma a stance word may have in the parse ("convinced": "convince"), to find them fast."""
    words = stance_words()
    found = set(words["adjective"] | words["light_verb"])
    found |= {stem for w in words["adjective"] if w.endswith("ed") for stem in (w[:-1], w[:-2])}  # convince, concern
    found |= {w[:-3] + "y" for w in words["adjective"] if w.endswith("ied")}
    return frozenset(found)


def can_speak(subj: Token, spk: Speakers) -> bool:
    """A subject that can hold a view: a pronoun for people, an actor that is no place, or a
    noun naming people or a body (``data/speaker_nouns.csv``, titles)."""
    if subj.lower_ in PERSON_PRONOUNS or subj.lower_ in ("they", "we"):
        return subj.lower_ != "i"
    actor = spk.actor_at(subj)
    if actor is not None:
        return actor.type != "place"
    return subj.lemma_.lower() in speaker_nouns()


def _negated(*tokens: Token) -> bool:
    return any(c.dep_ == "neg" for t in tokens for c in t.children)


def _clause(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i), None)


def stance_claims(doc: Doc, spk: Speakers, quoted: set[int], is_debris: Callable[..., bool]) -> list[dict]:
    """Draft claims (as ``speech.py`` builds them) of the stances in ``doc``, by the rules above."""
    words = stance_words()
    drafts = []
    for t in tokens_with_lemma(doc, stance_lemmas()):
        if t.i in quoted:
            continue
        cue = clause = subj = None
        if t.lower_ in words["adjective"]:
            if t.dep_ == "acomp" and t.head.lemma_ in COPULAS:  # "was adamant that ...": on either word
                verb = t.head
                clause = _clause(t) or _clause(verb)
            elif t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):  # "are convinced the ..."
                verb, clause = t, _clause(t)
            else:
                continue
            # the subject may hang on the auxiliary ("Her aides are convinced": on "are")
            heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
            subj = next((c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS and c.i < t.i), None)
            cue = t
            if _negated(t, verb):
                continue
        elif t.lemma_ in words["light_verb"] and t.pos_ == "VERB" and not _negated(t):
            noun = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in words["noun"]), None)
            if noun is None:
                continue
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
            cue = noun
        if clause is None or subj is None or cue is None or not can_speak(subj, spk):
            continue
        start = clause.left_edge.i
        while start < clause.i and (doc[start].dep_ == "mark" or doc[start].is_punct):
            start += 1
        end = clause.right_edge.i + 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if is_debris(doc, start, end) or any(i in quoted for i in range(start, end)):
            continue
        speaker, said_by = spk.speaker(subj)
        drafts.append({"start": start, "end": end, "kind": "indirect", "speaker": speaker, "speaker_text": said_by,
                       "cue": cue.lower_ if cue is t else cue.lemma_.lower(), "channel": None, "via": None,
                       "verb": cue, "quotes": [], "quote": None})
    return drafts
