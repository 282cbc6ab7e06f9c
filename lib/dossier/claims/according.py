"""``According to X`` (or ``per X``): X is the source of the rest of its clause.

* X is the speaker of an ``according_to`` claim, the rest of its clause: the side of the phrase
  its verb is on, past a participle aside (``Rescuers, working in the cold, according to X
  found ...``), the conjunct after it (``X, and, according to Y, was called Z``) or the whole
  clause it interrupts (``The issue, according to X, is Y``);
* at the end of a sentence after a comma, the whole sentence (``Turnout was low because many
  voters stayed home, according to the organisers``), not only the clause the parser hangs it on;
* a sentence with a cue of its own makes X the ``via`` (relay) of that claim;
* ``per X`` only when X names an actor (``five dollars per person`` names no source).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from dossier.claims.quotemarks import trim_punct
from dossier.claims.speakers import Speakers


def according_to(doc: Doc, spk: Speakers, spans: list[Span], drafts: list[dict],
                 is_debris: Callable[..., bool]) -> None:
    """Append the claims of the ``according to X`` / ``per X`` phrases in ``spans`` to ``drafts``
    (or make X the relay of the sentence's own claims), by the rules in the module docstring."""
    for span in spans:
        to = span[-1]  # "according to X", "per X"
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        source = objs[0]
        if to.lower_ == "per" and ((a := spk.actor_at(source)) is None or a.type == "place"):
            continue  # "five dollars per person", "per the new memorandum": no source named
        sent = span.sent
        own = [d for d in drafts if sent.start <= d["verb"].i < sent.end]
        speaker, words = spk.speaker(source)
        if own:
            for d in own:
                d["via"] = words
            continue
        head = span[0].head
        after = [t for t in doc[source.right_edge.i + 1:sent.end] if not t.is_punct and not t.is_space]
        if not after and span.start > sent.start and doc[span.start - 1].text == ",":
            head = sent.root  # "X was low because Y, according to Z": the whole sentence, not the clause it hangs on
        while head.dep_ not in ("ROOT",) and head.head is not head and head.sent == sent and (
                head.pos_ != "VERB" or head.tag_ == "VBG" and head.dep_ in ("acl", "advcl")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)):
            head = head.head  # past a participle aside ("Rescuers, working in the cold, according to X found ...")
        # the source ends at its first comma ("according to Turkey, supportive of X": an apposition to the clause)
        phrase_end = next((t.i for t in doc[source.i:source.right_edge.i + 1] if t.text == ","),
                          source.right_edge.i + 1)
        tokens = [t.i for t in head.subtree]
        # the reported clause is the side of the "according to X" phrase its verb is on
        before = [t for t in doc[max(sent.start, span.start - 2):span.start] if not t.is_punct]
        if before and before[-1].dep_ == "cc":
            # "X, and, according to Y, was called Z": the conjunct after the phrase
            start = phrase_end
            end = next((t.i for t in doc[phrase_end:sent.end] if t.text in ".;!?"), sent.end)
        elif head.i < span.start:
            start, end = min(tokens), span.start
        elif min(tokens) < span.start and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start
                                               for c in head.children):
            start, end = min(tokens), max(tokens) + 1  # in mid-clause: "The issue, according to X, is Y"
        else:
            start, end = phrase_end, max(tokens) + 1
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
                       "speaker_text": words, "cue": "per" if to.lower_ == "per" else "according to",
                       "channel": None, "via": None, "verb": span[0], "quotes": [], "quote": None})
