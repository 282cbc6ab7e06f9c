"""What each actor claimed: quotations and reported speech, attributed to a resolved speaker.

Rules, all read from the dependency parse (no regular expressions over the raw text):

* a **cue** is a verb whose lemma is in the speech-verb lexicon (``data/speech_verbs.csv``),
  found with a spaCy ``Matcher``; its clausal complements (``ccomp``, or ``xcomp`` and object
  for denials, ``describe X as Y``) are what was claimed; adjacent complements joined by
  punctuation or a conjunction are one claim;
* a claim whose words are mostly inside quotation marks is ``direct``; one that embeds a
  shorter quotation is ``partial``, and its span is the quoted words; other cues give
  ``indirect`` claims, ``document`` when the subject is a text (``the treaty states``) and
  ``denial`` for denial verbs;
* ``according to X`` is the speaker of an ``according_to`` claim, the rest of its clause,
  unless the sentence has its own cue: then X is the ``via`` (relay) of that claim;
* a quotation right before or after a sentence whose cue reports nothing of its own (``“...”
  / The minister said so.``, ``He added: / “...”``) is that cue's; a quotation with no cue at
  all continues the speaker of the claim before it in the same or the previous paragraph;
* the speaker is the subject of the cue (inherited through ``conj``/``advcl`` from the verb it
  hangs on): the actor mentioned at the subject's head; a pronoun is the most recent person
  named as a subject; a title alone (``the ambassador``) is the one person holding that role;
  groups (``analysts of Russian policy``) keep their words in ``speaker_text`` only;
* quotation marks are paired within a paragraph: an unbalanced mark closes at the paragraph's
  end or is ignored, never swallowing the rest of the article; a content of fewer than three
  words or ending in a dangling preposition (``it was scheduled for.``) is debris, not a claim.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .article import NormalizedText
from .gazetteer import lines, rows
from .mentions import ActorIndex
from .records import Actor, Claim, ClaimKind, Contest
from .roles import title_categories

PRONOUNS = {"he", "she", "they", "i", "we"}
CHANNEL_PREPOSITIONS = {"on", "at", "in", "to", "during"}
#: Share of a claim's words inside quotation marks above which it is a direct quotation.
DIRECT_SHARE = 0.7
MIN_WORDS = 3


@cache
def speech_verbs() -> dict[str, str]:
    return {r["lemma"]: r["kind"] for r in rows("speech_verbs.csv")}


@cache
def document_nouns() -> frozenset[str]:
    return frozenset(lines("document_nouns.csv"))


@cache
def channel_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in lines("channel_nouns.csv"))


@dataclass(frozen=True)
class Quotation:
    """Token range of the words between a pair of quotation marks."""

    start: int
    end: int


def quotations(doc: Doc) -> list[Quotation]:
    """Pairs of quotation marks within each paragraph; unbalanced marks never span paragraphs."""
    found = []
    open_at: int | None = None
    for t in doc:
        if "\n" in t.text:
            if open_at is not None and t.i > open_at + 1:
                found.append(Quotation(open_at + 1, t.i))
            open_at = None
        elif t.text in ("“", '"'):
            if open_at is not None and t.i > open_at + 1:
                found.append(Quotation(open_at + 1, t.i))
            open_at = t.i
        elif t.text == "”":
            if open_at is not None and t.i > open_at + 1:
                found.append(Quotation(open_at + 1, t.i))
            open_at = None
    if open_at is not None and len(doc) > open_at + 1:
        found.append(Quotation(open_at + 1, len(doc)))
    return found


def _cue_matcher(doc: Doc) -> Matcher:
    m = Matcher(doc.vocab)
    m.add("CUE", [[{"LEMMA": {"IN": sorted(speech_verbs())}, "POS": {"IN": ["VERB", "AUX"]}}]])
    m.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    return m


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited from the verb it is coordinated with or hangs on."""
    seen = 0
    while seen < 4:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
            verb = verb.head
            seen += 1
        else:
            return None
    return None


def _content_runs(verb: Token, kind: str, quoted: set[int]) -> list[list[Token]]:
    """Heads of what the cue reports, grouped into runs of adjacent complements."""
    deps = {"ccomp"} | ({"xcomp", "dobj"} if kind == "denial" else set())
    if verb.lemma_ == "describe":
        deps |= {"dobj", "prep"}
    heads = [c for c in verb.children if c.dep_ in deps and not (c.dep_ == "prep" and c.lower_ != "as")
             and not (c.lemma_ in speech_verbs() and c.pos_ == "VERB" and c.i not in quoted)]
    # "said in a statement that ...": the clause hangs on the channel, not on the verb
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            heads += [cl for cl in obj.children if cl.dep_ in ("acl", "ccomp", "relcl")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)]
    runs: list[list[Token]] = []
    for h in sorted(heads, key=lambda t: t.left_edge.i):
        if runs:
            prev_end = runs[-1][-1].right_edge.i
            between = verb.doc[prev_end + 1:h.left_edge.i]
            if all(t.is_punct and t.text not in ".!?" or t.dep_ == "cc" for t in between):
                runs[-1].append(h)
                continue
        runs.append([h])
    return runs


def _span_of(run: list[Token], verb: Token) -> tuple[int, int]:
    start = min(h.left_edge.i for h in run)
    end = max(h.right_edge.i for h in run) + 1
    doc = verb.doc
    while start < end and (doc[start].dep_ == "mark" and doc[start].head in run or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _is_debris(doc: Doc, start: int, end: int, *, quoted: bool = False) -> bool:
    """Too short to be a claim (quoted words may be short: "It's over"), or cut off after a
    preposition ("it was scheduled for")."""
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if not words:
        return True
    if len(words) < (1 if quoted else MIN_WORDS):
        return True
    last = words[-1]
    return last.pos_ == "ADP" and last.dep_ in ("prep", "dative") and not any(True for _ in last.children)


class _Attributor(ActorIndex):
    def actor_at(self, token: Token) -> Actor | None:
        return self.at(token)

    def last_person_before(self, token: Token) -> Actor | None:
        """The most recent person named as a subject before ``token`` (else any person)."""
        if not hasattr(self, "_people"):
            self._people = [(t.i, a, t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass"))
                            for t in self.doc if (a := self.at(t)) is not None and a.type == "person"]
        before = [(i, a, subj) for i, a, subj in self._people if i < token.i]
        subjects = [a for _, a, subj in before if subj]
        return subjects[-1] if subjects else (before[-1][1] if before else None)

    def by_role(self, head: Token) -> Actor | None:
        holders = [a for a in self.actors if a.type == "person"
                   and any(head.lemma_.lower() in r.lower().split() for r in a.roles)]
        return holders[0] if len(holders) == 1 else None

    def speaker(self, subj: Token | None) -> tuple[str | None, str]:
        """(actor id or None, the speaker's words)."""
        if subj is None:
            return None, ""
        left, right = subj.left_edge.i, subj.right_edge.i + 1
        words = self.text(left, right)
        if subj.lower_ in PRONOUNS:
            if subj.lower_ in ("he", "she"):
                a = self.last_person_before(subj)
                return (a.id if a else None), subj.text
            return None, subj.text
        a = self.actor_at(subj)
        if a is not None and a.type != "place":
            return a.id, words
        if subj.pos_ in ("NOUN",) and subj.tag_ == "NN":
            holder = self.by_role(subj)
            if holder is not None:
                return holder.id, words
        return None, words

    def channel(self, verb: Token) -> str | None:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if objects and verb.lemma_ == "tell":
            return self.text(objects[0].left_edge.i, objects[-1].right_edge.i + 1)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPOSITIONS:
                sub = list(c.subtree)
                if any(t.lower_ in channel_nouns() for t in sub):
                    return self.text(c.i, c.right_edge.i + 1)
        return None


def claims(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...]) -> tuple[Claim, ...]:
    """The claims of a parsed article, by the rules in the module docstring."""
    at = _Attributor.of(doc, norm, actors)
    quotes = quotations(doc)
    quoted = {i for q in quotes for i in range(q.start, q.end)}
    matcher = _cue_matcher(doc)
    lexicon = speech_verbs()
    drafts: list[dict] = []
    according: list[Span] = []
    bare: list[tuple[Token, Token]] = []  # cues with a speaker but no reported clause of their own
    for match_id, s, e in matcher(doc):
        if doc.vocab.strings[match_id] == "ACCORDING":
            according.append(doc[s:e])
            continue
        verb = doc[s]
        if any(q.start <= verb.i < q.end for q in quotes):
            continue  # quoted words are what someone said, not an attribution
        if verb.lemma_ == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        kind = lexicon[verb.lemma_]
        subj = _subject(verb)
        runs = _content_runs(verb, kind, quoted)
        if not runs and subj is not None:
            bare.append((verb, subj))
        for run in runs:
            start, end = _span_of(run, verb)
            if end <= start:
                continue
            inside = [q for q in quotes if q.start < end and q.end > start]
            if _is_debris(doc, start, end, quoted=bool(inside)):
                continue
            claim_kind: ClaimKind = "indirect"
            if kind == "denial":
                claim_kind = "denial"
            elif subj is not None and subj.lemma_.lower() in document_nouns():
                claim_kind = "document"
            if inside and claim_kind != "denial":
                n_quoted = sum(min(q.end, end) - max(q.start, start) for q in inside)
                if claim_kind != "document":
                    claim_kind = "direct" if n_quoted >= DIRECT_SHARE * (end - start) else "partial"
                start, end = min(q.start for q in inside), max(q.end for q in inside)
                start, end = _trim(doc, start, end)
            speaker, words = at.speaker(subj)
            drafts.append({"start": start, "end": end, "kind": claim_kind, "speaker": speaker,
                           "speaker_text": words, "cue": verb.lemma_, "channel": at.channel(verb),
                           "via": None, "verb": verb, "quotes": inside})
    _according_to(doc, at, according, drafts)
    _adjacent(doc, at, quotes, bare, drafts)
    _continuations(doc, quotes, drafts)
    unique = {(d["start"], d["end"]): d for d in reversed(drafts)}  # one claim per span, the first found
    out = []
    for i, d in enumerate(sorted(unique.values(), key=lambda d: (d["start"], d["end"])), 1):
        s, e = at.orig(d["start"], d["end"])
        out.append(Claim(id=f"c{i}", speaker=d["speaker"], speaker_text=d["speaker_text"], kind=d["kind"],
                         cue=d["cue"], text=norm.original[s:e], span=(s, e), channel=d["channel"],
                         via=d["via"]))
    return tuple(out)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _according_to(doc: Doc, at: _Attributor, spans: list[Span], drafts: list[dict]) -> None:
    for span in spans:
        to = span[1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        source = objs[0]
        sent = span.sent
        own = [d for d in drafts if sent.start <= d["verb"].i < sent.end]
        speaker, words = at.speaker(source)
        if own:
            for d in own:
                d["via"] = words
            continue
        head = span[0].head
        while head.dep_ not in ("ROOT",) and head.head is not head and head.sent == sent and head.pos_ != "VERB":
            head = head.head
        phrase_end = source.right_edge.i + 1
        tokens = [t.i for t in head.subtree]
        # the reported clause is the side of the "according to X" phrase its verb is on
        if head.i < span.start:
            start, end = min(tokens), span.start
        else:
            start, end = phrase_end, max(tokens) + 1
        start, end = _trim(doc, start, end)
        # a leading "However," or an "in contrast to ..." aside before the reported clause
        first_subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first_subj is not None and first_subj.left_edge.i > start:
            start = first_subj.left_edge.i
        if _is_debris(doc, start, end):
            continue
        drafts.append({"start": start, "end": end, "kind": "according_to", "speaker": speaker,
                       "speaker_text": words, "cue": "according to", "channel": None, "via": None,
                       "verb": span[0], "quotes": []})


def _adjacent(doc: Doc, at: _Attributor, quotes: list[Quotation], bare: list[tuple[Token, Token]],
              drafts: list[dict]) -> None:
    """A quotation right before or after a sentence whose cue reports nothing of its own
    ("“...” / The minister said so." or "He added: / “...”") is that cue's quotation."""
    claimed = {(q.start, q.end) for d in drafts for q in d["quotes"]}
    for q in quotes:
        if (q.start, q.end) in claimed:
            continue
        for verb, subj in bare:
            sent = verb.sent
            gap_after = doc[q.end:sent.start] if q.end <= sent.start else None
            gap_before = doc[sent.end:q.start] if sent.end <= q.start else doc[verb.i + 1:q.start] \
                if verb.i < q.start <= sent.end else None
            gap = gap_after if gap_after is not None else gap_before
            if gap is None or not all(t.is_punct or t.is_space for t in gap) or len(gap) > 4:
                continue
            start, end = _trim(doc, q.start, q.end)
            if _is_debris(doc, start, end, quoted=True):
                break
            speaker, words = at.speaker(subj)
            drafts.append({"start": start, "end": end, "kind": "direct", "speaker": speaker, "speaker_text": words,
                           "cue": verb.lemma_, "channel": at.channel(verb), "via": None, "verb": verb, "quotes": [q]})
            claimed.add((q.start, q.end))
            break


def _continuations(doc: Doc, quotes: list[Quotation], drafts: list[dict]) -> None:
    """Quotations no cue claimed take the speaker of the claim before them."""
    claimed = {(q.start, q.end) for d in drafts for q in d["quotes"]}
    for q in quotes:
        if (q.start, q.end) in claimed:
            continue
        start, end = _trim(doc, q.start, q.end)
        if _is_debris(doc, start, end):
            continue
        before = [d for d in drafts if d["end"] <= start and _paragraphs_between(doc, d["end"], start) <= 1]
        if not before:
            continue
        prev = max(before, key=lambda d: d["end"])
        drafts.append({"start": start, "end": end, "kind": "direct", "speaker": prev["speaker"],
                       "speaker_text": prev["speaker_text"], "cue": None, "channel": None, "via": None,
                       "verb": doc[start], "quotes": [q]})


def _paragraphs_between(doc: Doc, a: int, b: int) -> int:
    return sum(t.text.count("\n") for t in doc[a:b] if t.is_space or "\n" in t.text)


#: How many sentences before a denial the claim it answers may be.
CONTEST_WINDOW = 3


def contested(claims: tuple[Claim, ...], actors: tuple[Actor, ...],
              sentences: tuple[tuple[int, int], ...]) -> tuple[Contest, ...]:
    """Pair each denial with the claim it answers.

    Rule: the nearest earlier claim, at most :data:`CONTEST_WINDOW` sentences before, made by
    someone else, whose words mention the denier (``Iran has sent drones ..., according to
    officials. Iran has denied sending weapons``). Denials that answer nothing stated in the
    article stay unpaired.
    """
    starts = [s for s, _ in sentences]
    by_id = {a.id: a for a in actors}

    def sentence(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    out = []
    for d in claims:
        if d.kind != "denial" or d.speaker is None:
            continue
        denier = by_id[d.speaker]
        earlier = [c for c in claims if c.kind != "denial" and c.span[1] <= d.span[0]
                   and c.speaker != d.speaker and sentence(d.span[0]) - sentence(c.span[0]) <= CONTEST_WINDOW
                   and any(c.span[0] <= s and e <= c.span[1] for s, e in denier.mentions)]
        if earlier:
            c = max(earlier, key=lambda c: c.span[0])
            out.append(Contest(claim=c.id, counter=d.id, reason=f"{denier.name} denies what the claim says of it"))
    return tuple(out)


Capacity = str  # official, analyst, media, state, organization, group, document, unknown


def capacity(actor: Actor | None, speaker_text: str = "", kind: str = "") -> Capacity:
    """In what capacity a speaker speaks: from a person's titles (``data/titles.csv``), else from
    the actor's type; a document speaks as a document; unresolved speakers are a group when
    their words name a plural."""
    if kind == "document":
        return "document"
    if actor is None:
        words = speaker_text.lower().split()
        cats = title_categories()
        for w in words:
            singular = w[:-1] if w.endswith("s") else w
            if singular in cats:
                return cats[singular]
        return "group" if any(w.endswith("s") for w in words) else "unknown"
    if actor.type == "person":
        cats = title_categories()
        for role in actor.roles:
            r = role.lower()
            for title in sorted(cats, key=len, reverse=True):
                if r == title or r.endswith(" " + title):
                    return cats[title]
        return "unknown"
    return {"media": "media", "state": "state", "organization": "organization"}.get(actor.type, "group")


def side(actor: Actor | None, speaker_text: str = "", actors: tuple[Actor, ...] = ()) -> str:
    """Whom a speaker speaks for: a person's affiliation, a state itself, a medium's owner; for an
    unresolved speaker, the states and groups its words name (``Iranian leaders``: Iran)."""
    if actor is None:
        head = speaker_text.split(" of ")[0].split(" in ")[0].split(" at ")[0].split(" for ")[0]
        words = f" {head} "
        named = [a.name for a in actors if a.type in ("state", "group")
                 and any(f" {alias} " in words or f" {alias}'s " in words for alias in a.aliases)]
        return " & ".join(named) if named else (speaker_text or "unknown")
    if actor.type in ("state", "group"):
        return actor.name
    return actor.affiliation or (actor.name if actor.type == "organization" else "unaffiliated")
