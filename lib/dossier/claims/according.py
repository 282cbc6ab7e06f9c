"""``According to X`` (or ``per X``): X is the source of the rest of its clause.

* X is the speaker of an ``according_to`` claim, the rest of its clause: the side of the phrase
  its verb is on, past a participle aside (``Rescuers, working in the cold, according to X
  found ...``), the conjunct after it (``X, and, according to Y, was called Z``) or the whole
  clause it interrupts (``The issue, according to X, is Y``);
* at the end of a sentence after a comma, the whole sentence (``Turnout was low because many
  voters stayed home, according to the organisers``), not only the clause the parser hangs it on,
  and so when only a description of X follows (``..., according to the council, which monitors supply``);
* a sentence with a cue of its own makes X the ``via`` (relay) of that claim;
* ``per X`` only when X names an actor (``five dollars per person`` names no source);
* ``in X's words``, ``in the words of X`` and ``as X put it`` name X as the source in the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dossier.claims.quotemarks import trim_punct
from dossier.claims.speakers import Speakers
from dossier.text.lexicon import FINITE_TAGS, tokens


def _sources(doc: Doc, spans: list[Span]) -> list[tuple[Span, Token, str, Token]]:
    """(phrase, its source, the cue, the token whose head is the clause reported) of each ``according
    to X`` / ``per X`` span, and of each ``in X's words``, ``in the words of X`` and ``as X put it``."""
    out = []
    for span in spans:
        to = span[-1]  # "according to X", "per X"
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if objs:
            out.append((span, objs[0], "per" if to.lower_ == "per" else "according to", span[0]))
    for t in tokens(doc):
        if t.lower_ == "words" and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.dep_ == "prep":
            owner = next((c for c in t.children if c.dep_ == "poss"), None)  # "in the senator's words"
            if owner is None:  # "in the words of one diplomat"
                owner = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj"), None)
            if owner is not None:
                out.append((doc[t.head.i:t.right_edge.i + 1], owner, "in the words of", t.head))
        elif t.lemma_ == "put" and t.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
                and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children) \
                and all(c.dep_ in ("mark", "nsubj", "dobj", "advmod", "punct") or c.dep_ == "prep" and c.lower_ == "in"
                        for c in t.children):  # not "as he put it down"
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)  # "as the mayor put it"
            if subj is not None:
                out.append((doc[t.left_edge.i:t.right_edge.i + 1], subj, "put", t))
    return out


def according_to(doc: Doc, spk: Speakers, spans: list[Span], drafts: list[dict],
                 is_debris: Callable[..., bool]) -> None:
    """Append the claims of the ``according to X`` / ``per X`` phrases in ``spans`` (and of ``in X's
    words``, ``as X put it``) to ``drafts`` (or make X the relay of the sentence's own claims), by
    the rules in the module docstring."""
    for span, source, cue, anchor in _sources(doc, spans):
        if cue == "per" and ((a := spk.actor_at(source)) is None or a.type == "place"):
            continue  # "five dollars per person", "per the new memorandum": no source named
        sent = span.sent
        # a cue in a relative clause ("Hungary, which had threatened to veto ...") is no cue of the sentence's
        own = [d for d in drafts if sent.start <= d["verb"].i < sent.end
               and not any(t.dep_ == "relcl" for t in (d["verb"], *d["verb"].ancestors) if t.i >= sent.start)]
        speaker, words = spk.speaker(source)
        if own:
            for d in own:
                d["via"] = words
            continue
        head = anchor.head
        after = [t for t in doc[source.right_edge.i + 1:sent.end] if not t.is_punct and not t.is_space]
        if after and doc[source.right_edge.i + 1].text == "," and _describes(after):
            after = []  # "..., according to the council, which monitors supply": said of the source
        if not after and span.start > sent.start and doc[span.start - 1].text == ",":
            head = sent.root  # "X was low because Y, according to Z": the whole sentence, not the clause it hangs on
        while head.dep_ not in ("ROOT",) and head.head is not head and head.sent == sent and (
                head.pos_ != "VERB" or head.tag_ == "VBG" and head.dep_ in ("acl", "advcl")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)):
            head = head.head  # past a participle aside ("Rescuers, working in the cold, according to X found ...")
        # the source ends at its first comma ("according to Turkey, supportive of X": an apposition to the clause)
        phrase_end = next((t.i for t in doc[source.i:source.right_edge.i + 1] if t.text == ","),
                          source.right_edge.i + 1)
        clause = [t.i for t in head.subtree]
        # the reported clause is the side of the "according to X" phrase its verb is on
        before = [t for t in doc[max(sent.start, span.start - 2):span.start] if not t.is_punct]
        if before and before[-1].dep_ == "cc":
            # "X, and, according to Y, was called Z": the conjunct after the phrase
            start = phrase_end
            end = next((t.i for t in doc[phrase_end:sent.end] if t.text in ".;!?"), sent.end)
        elif head.i < span.start:
            start, end = min(clause), span.start
        elif min(clause) < span.start and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start
                                               for c in head.children):
            start, end = min(clause), max(clause) + 1  # in mid-clause: "The issue, according to X, is Y"
        else:
            start, end = phrase_end, max(clause) + 1
        # not across a semicolon: "The storm hit at dawn; three died, according to X" is X's about the deaths
        start = max([start] + [t.i + 1 for t in doc[start:span.start] if t.text == ";"])
        start, end = trim_punct(doc, start, end)
        # a leading "However," or an "in contrast to ..." aside before the reported clause
        first_subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first_subj is not None and first_subj.left_edge.i > start:
            start = first_subj.left_edge.i
        if is_debris(doc, start, end):
            continue
        drafts.append({"start": start, "end": end, "kind": "according_to", "speaker": speaker,
                       "speaker_text": words, "cue": cue,
                       "channel": None, "via": None, "verb": span[0], "quotes": [], "quote": None})




def _describes(words: list[Token]) -> bool:
    """Words after a source set off by a comma that only describe it: a relative clause (``which
    monitors supply``) or a noun phrase with no finite verb (``the body set up to oversee the
    truce``, whose participle the tagger may read as a past tense: one with no auxiliary counts
    as a participle after an article)."""
    if words[0].lower_ in ("which", "who", "whose"):
        return True
    finite = [t for t in words if t.tag_ in FINITE_TAGS]
    return not finite or words[0].lower_ in ("the", "a", "an") and all(
        t.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in t.children) for t in finite)
