"""Where a cue's claim begins and ends: the clause a parenthetical cue interrupts, the words up to
the next speaker's cue, a claim split at a colon before a quotation, and what is too short to be one.

Read from the parse for :mod:`dossier.claims.speech`: a passive cue with an infinitive reports
its clause (``is said to have fled``); a cue set off in mid-sentence or after its content
reports the clause it interrupts; a content stops before a speech verb of its own that goes on
with something else, but not before an infinitive or a verb the reported clause's own subject
goes on with; a wire dateline opening the clause is no part of it; fewer than three words, or a
dangling preposition, is debris.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.claims.quotemarks import Quotation, trim_punct
from dossier.claims.speakers import speaker_nouns
from dossier.claims.subjects import subject_of
from dossier.claims.verbs import speech_verbs, verb_frames
from dossier.text.gazetteer import words as entries  # 'words' names token lists here
from dossier.text.lexicon import FINITE_TAGS

MIN_WORDS = 3
#: Speech verbs whose passive with an infinitive reports what unnamed people say ("is said to have
#: fled"); not "is estimated to be", a measure, nor "was told to leave", an order.
RAISING = frozenset({"say", "report", "believe", "allege", "claim", "fear", "rumor", "rumour"})


def interrupted(verb: Token) -> list[tuple[int, int]]:
    """The clause a parenthetical cue interrupts or follows ("X, she said, but Y" / "X, she
    said."): the head clause's words before the cue, when the cue reports nothing of its own;
    and a clause with its own subject joined after the cue ("X, she said, and Y seems likely"),
    to the cue or to X."""
    head = verb.head
    if verb.dep_ == "advcl" and head.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
        # "As the minister made clear, X": the main clause after the aside
        start = verb.right_edge.i + 1
        return [(start, head.right_edge.i + 1)] if head.right_edge.i >= start else []
    doc = verb.doc
    if _absolute(head):
        return []  # "“...,” Morrow said, her voice rising": how it was said, no clause of its own
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ == "parataxis" and head.i > verb.i and head.pos_ in ("VERB", "AUX") \
            and own is not None and own.left_edge.i > 0 and doc[own.left_edge.i - 1].text == "," \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in head.children):
        # "Without the new revenue, she warned, Kenya risked a downgrade": the whole clause it interrupts
        start, end = min(head.left_edge.i, verb.left_edge.i), head.right_edge.i + 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        return [(start, end)]
    # "X, three people familiar with the matter said": the cue parsed as a conjunct of X
    inverted = verb.dep_ == "conj" and own is not None and own.left_edge.i > 0 \
        and doc[own.left_edge.i - 1].text == "," and not any(c.dep_ == "cc" for c in verb.children)
    if verb.dep_ not in ("parataxis", "advcl") and not inverted or head.i == verb.i or head.i > verb.i \
            or _subordinate(verb):
        return []  # "X was higher because many feared arrest": a reason of X's, not an attribution of it
    if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return []
    subj = subject_of(verb)
    if subj is None or subj.i < head.i:
        return []
    start = head.left_edge.i
    end = subj.left_edge.i
    while end > start and (verb.doc[end - 1].is_punct or verb.doc[end - 1].dep_ == "cc"):
        end -= 1
    spans = [(start, end)] if end > start else []
    # "X, she said, and Y": a clause with its own subject joined after the cue, to it or to X
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "parataxis":
        joined += [c for c in head.children if c.dep_ == "conj" and c.i > verb.i]
    for c in joined:
        if c.pos_ in ("VERB", "AUX") and c.lemma_ not in speech_verbs() and \
                any(s.dep_ in ("nsubj", "nsubjpass", "csubj") for s in c.children):
            # up to a semicolon: what follows it is another sentence of the writer's
            end = next((t.i for t in verb.doc[c.left_edge.i:c.right_edge.i + 1] if t.text == ";"), c.right_edge.i + 1)
            spans.append((c.left_edge.i, end))
    return spans


def colon_split(doc: Doc, start: int, end: int, quotes: list[Quotation]) -> list[tuple[int, int]]:
    """A reported clause followed by a colon and a quotation that runs to its end (``said it was
    an oversight: “We acted in good faith.”``) is two claims: the clause, and the quotation, when
    the quotation is a sentence of its own."""
    for t in doc[start + 1:end - 1]:
        if t.text != ":":
            continue
        # a sentence of its own (capitalised), not the end of the clause ("one aim: “to win.”")
        q = next((q for q in quotes if t.i < q.start <= t.i + 3 and q.end >= end - 1
                  and next((w for w in doc[q.start:q.end] if not w.is_punct), doc[q.start]).is_title), None)
        if q is not None:
            return [(start, t.i), (q.start, min(q.end, end))]
    return [(start, end)]


def raised(verb: Token, frames: frozenset[str]) -> list[Token] | None:
    """``The general is said to have fled``, ``the rebels are believed to have crossed``: a
    passive speech verb with no agent and an infinitive reports its subject doing it, said by
    people unnamed (:data:`RAISING`)."""
    if verb.lemma_ not in RAISING:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children) \
            or any(c.dep_ == "neg" for c in children):
        return None
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    todo = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return [subj, todo] if subj is not None and todo is not None and subj.pos_ != "PRON" else None


#: Conjunctions that make a clause part of another (a reason, a condition, a concession), not
#: a second attribution after it as "as" or "while" may (``said X, as she warned Y``).
SUBORDINATING = frozenset({"because", "if", "unless", "although", "though", "whereas", "since", "once"})


def _subordinate(verb: Token) -> bool:
    """A clause with a subject of its own opened by a subordinating conjunction of :data:`SUBORDINATING`."""
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATING for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _absolute(head: Token) -> bool:
    """A participle with no auxiliary heading the clause: an absolute phrase (``her voice
    rising``), which tells how something was said, not what."""
    return head.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def interrupting(verb: Token) -> tuple[int, int] | None:
    """The clause a parenthetical cue interrupts between its subject and its verb (``The reforms,
    Ms. Adler noted, are unlikely to pass``): the whole clause, cue and all, since its words lie
    on both sides of the cue."""
    head = verb.head
    if verb.dep_ == "parataxis" and head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        head = head.head  # "Some of it, he said, was classified": hung on the clause's auxiliary
    if verb.dep_ != "parataxis" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return _set_off(verb)
    if _absolute(head):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.i > verb.left_edge.i:
        return None
    doc = verb.doc
    marks = (",", "—", "–")
    left, right = verb.left_edge.i, verb.right_edge.i
    left = left if doc[left].text in marks else left - 1
    right = right if doc[right].text in marks else right + 1
    if left < 0 or right >= len(doc) or doc[left].text not in marks or doc[right].text not in marks:
        return None  # set off by commas or dashes on both sides
    s, e = trim_punct(doc, head.left_edge.i, head.right_edge.i + 1)
    return (s, e) if e > s else None


#: Longest subject a parenthetical cue may follow, read by words when the parse lost it.
SET_OFF_SUBJECT_MAX = 8


def _set_off(verb: Token) -> tuple[int, int] | None:
    """``Rivera, he told a radio station in Dayton, is drawing crowds``: the parser often loses a
    parenthetical cue with an object of its own, so it is read by the words: the cue and its
    subject set off by commas between a sentence's opening noun phrase and the verb that goes on
    with it; the whole sentence is the claim, as in :func:`interrupting`."""
    doc = verb.doc
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    sent = verb.sent
    if subj is None or subj.tag_ in ("WP", "WDT") or verb.dep_ == "relcl" or subj.left_edge.i < sent.start + 2 \
            or doc[subj.left_edge.i - 1].text != ",":
        return None  # not "Farmers, who asked not to be named, said": a relative clause
    left = subj.left_edge.i - 1
    right = next((t.i for t in doc[verb.i + 1:sent.end] if t.is_punct), None)
    if right is None or doc[right].text != "," or right + 1 >= sent.end:
        return None
    opening = doc[sent.start:left]
    after = doc[right + 1]
    if len(opening) > SET_OFF_SUBJECT_MAX or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in opening) \
            or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in opening) \
            or after.pos_ not in ("VERB", "AUX") or after.tag_ not in FINITE_TAGS:
        return None
    s, e = trim_punct(doc, sent.start, sent.end)
    return (s, e) if e > s else None


def span_of(run: list[Token], verb: Token, quoted: set[int]) -> tuple[int, int]:
    """The words of a run of complements, up to a speech verb of its own that goes on with
    something else (``said X, further saying, “Y”``)."""
    start = min(h.left_edge.i for h in run)
    end = max(h.right_edge.i for h in run) + 1
    doc = verb.doc
    for t in doc[start:end]:
        if t.i in quoted or t in run or t.lemma_ not in speech_verbs() or t.pos_ != "VERB" or not _reports(t) \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            continue  # an infinitive ("rebuild so as not to threaten X") is part of the content
        anchor = t
        if any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in t.children):
            continue  # "would get police after what he called credible threats": a free relative inside it
        if t.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            continue  # "said X and that he had asked Y": a second clause of the same report
        if t.dep_ == "conj" and t.head in run and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and any(c.dep_ == "nsubj" and start <= c.i < end and can_speak(c) for c in t.head.children):
            continue  # "the bloc respected the science but disputed how ...", "that Vogt summoned her and
            # told her ...": the reported clause's own subject goes on
        if t.dep_ == "acl" and any(c.dep_ == "ccomp" for c in t.children):
            anchor = t.head  # "despite the site claiming ...": the noun phrase of the other speaker
        elif t.dep_ not in ("advcl", "conj", "pcomp") or _subordinate(t):
            continue  # "X was higher because many feared arrest": the reason is part of what was said
        if anchor.dep_ in ("pobj", "pcomp"):
            anchor = anchor.head
        cut = min(anchor.left_edge.i, t.left_edge.i)
        if cut > start:
            end = cut
            # not an adverb of the content ("was “thin at best” and criticised ..."), only one of what follows
            while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"
                                   or doc[end - 1].dep_ == "advmod" and doc[end - 1].head.i >= cut):
                end -= 1
            break
    if len(run) == 1 and run[0].dep_ == "dobj":
        # "claimed victory in the vote, which was marred by fraud": the aside is the writer's
        for t in doc[run[0].i + 1:end]:
            if t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == "," and doc[t.left_edge.i].tag_ in ("WDT", "WP"):
                end = t.left_edge.i - 1
                break
    while start < end and ((doc[start].dep_ == "mark" or doc[start].tag_ == "IN"
                            or doc[start].lower_ == "that" and doc[start].dep_ == "advmod") and doc[start].head in run
                           or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    # a conjunction left dangling where the parse hung the next conjunct on the cue
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    return _after_dateline(doc, start, end), end


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Past a wire dateline that opens the clause (``LONDON (Reuters) -``, ``PARIS, May 3 —``):
    capitalised words, parentheses and numbers up to a dash."""
    for t in doc[start:min(start + 10, end)]:
        if t.text in ("-", "—", "–", "--"):
            return t.i + 1 if t.i + 1 < end and any(w.is_upper and len(w) > 1 for w in doc[start:t.i]) else start
        if not (t.is_upper or t.is_punct or t.like_num or t.is_title):
            return start
    return start


def is_debris(doc: Doc, start: int, end: int, *, quoted: bool = False, min_words: int = MIN_WORDS) -> bool:
    """Too short to be a claim (quoted words may be short: "It's over"), or cut off after a
    preposition ("it was scheduled for")."""
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if not words:
        return True
    if len(words) < (1 if quoted else min_words):
        return True
    last = words[-1]
    # a stranded preposition is English in a relative clause ("the world we live in"), after a
    # passive prepositional verb ("the sheets had been tampered with"), in quoted words and at the
    # end of a whole clause with its own subject ("two states were expected to vote against")
    whole = len(words) > min_words + 2 and any(t.dep_ in ("nsubj", "nsubjpass") and (
        t.head.tag_ in FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS
                                          for a in t.head.children)) for t in words)
    return not quoted and not whole and last.pos_ == "ADP" and last.dep_ in ("prep", "dative") and \
        not any(True for _ in last.children) and last.head.dep_ not in ("relcl", "acl") \
        and not (f"{last.head.lemma_} {last.lower_}" in entries("prepositional_verbs.csv")
                 and any(c.dep_ == "auxpass" for c in last.head.children))


def can_speak(subj: Token) -> bool:
    """A subject that goes on to speak within the reported clause: a person's name or a noun for a
    speaker (``that Vogt summoned her and told her ...``, ``the bloc respected the science but
    disputed ...``); not a thing (``found the raid justified and called ...``), nor a state, which a
    writer names for its government as the speaker's own words run on (``said Minsk had nothing
    to do with it and called the sanctions ...``)."""
    return subj.ent_type_ == "PERSON" or subj.text.islower() and subj.lemma_.lower() in speaker_nouns()


def _reports(verb: Token) -> bool:
    """Whether a speech verb has what its frames say it reports (``made no commitment`` has no clause
    for "make" to report, ``called it illegal`` has the object "call" reports)."""
    frames = verb_frames().get(verb.lemma_, frozenset())
    deps = {c.dep_ for c in verb.children}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return bool(
        "clause" in frames and deps & {"ccomp", "advcl", "xcomp"}
        or "xcomp" in frames and "xcomp" in deps
        or frames & {"object", "judgement", "dobj", "noun"} and deps & {"dobj", "oprd"}
        or preps & (frames & {"of", "to", "at", "against", "for", "on"})
        or "cue" in frames and _introduces_quotation(verb))


def _introduces_quotation(verb: Token) -> bool:
    """``continued: “...”``, ``went on, “...”``: a quotation mark or a colon within the next few
    words (not ``while farms went bankrupt``)."""
    return any(t.text in (":", "“", '"', "‘") for t in verb.doc[verb.i + 1:verb.i + 4])
