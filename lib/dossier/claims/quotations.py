"""Direct quotations: pairing quotation marks, and giving each quotation no cue reports a speaker.

A quotation whose words are the clausal complement of a speech verb is claimed by that verb
(see ``claims.py``). The others are attributed here, one after another in reading order, by the
first rule that applies:

* **cue after** (``“...,” Venn said.``, ``“...,” insists Dunn.``, ``“...” reply Burton and
  Nick.``): a speech verb among the first words after the closing mark, in the same paragraph,
  that reports nothing of its own; its subject, or the name right after it, is the speaker;
* **signed** (``“...” — Jane Doe, mayor``): a dash and a person's name, no verb;
* **cue before** (``Burton said, “...”``, ``He added: ¶ “...”``): the words before the opening
  mark end with a colon or comma, in the same paragraph or at the end of the paragraph before,
  and hold a speech verb reporting nothing else;
* **colon** (``Ortiz was blunt: “A disgrace.”``, ``Helen Varga, director of X: “...”``): a
  clause or a name before a colon in the same sentence; the clause's subject, or the first
  person or organisation named, is the speaker; a short label with no verb opening the
  paragraph (``ADL: “...”``) names the speaker in ``speaker_text``; after a comma or a dash,
  only a clause whose subject is a named actor or a pronoun (``X spoke on radio, “We ...”``);
* **heading** (``Secretary Ruiz on Channel 4 ¶ “...”``): a quotation opening a paragraph under a
  short line with no finite verb that names a person or organisation (not a byline, ``By ...``);
* **continuation** (``“We're ready,” Venn said. ¶ “The rookies surprised me.”``): a quotation
  that stands as its own sentence continues the speaker of the claim before it, in the same
  paragraph or the one before (blank lines between paragraphs count as one break); when it
  was named by no one before, the person the sentence before it is about (or the organisation
  or state it has speak: ``X issued a statement. ¶ “...”``, or people named by a plural noun:
  ``Residents were angry. ¶ “...”``); a quotation left
  open at the end of its paragraph (``“We will fight. ¶ “We will win,” she said.``) is the
  speaker's of the quotation that takes it up.

Quotation marks are paired in ``quotemarks.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dossier.claims.quotemarks import OPENING, Quotation, breaks, paragraph_end, paragraph_start, trim_punct
from dossier.claims.speakers import Speakers, speaker_nouns
from dossier.claims.subjects import inverted_subject, speech_lemmas, subject_of
from dossier.claims.voices import voice_nouns
from dossier.records import Actor
from dossier.text.lexicon import other_language_cues

#: How many words after a closing mark a cue may stand.
CUE_WINDOW = 6
#: ... or this many, when they are a noun phrase ("the 45-year-old former mayor of the town said").
CUE_WINDOW_NP = 14
#: The longest line (in tokens) read as a heading naming the speaker of the quotation below it.
HEADING_MAX = 16
#: Punctuation that introduces a quotation after the words that attribute it.
INTRODUCERS = (":", ",", "—", "–", "-")
#: Words of labels that name a section or a medium, not a speaker ("READ MORE:", "Photo:").
SECTION_LABELS = {"read", "more", "update", "updated", "watch", "photo", "photos", "video", "breaking", "related",
                  "listen", "note", "editor", "correction", "source", "sources", "credit", "caption", "see"}
#: Speech verbs whose object is the addressee ("told reporters"), not what was said.
ADDRESSEES = {"tell", "ask", "warn", "remind", "assure", "reassure", "inform", "brief", "urge", "advise"}
#: Particles a verb needs to be a cue ("pointed out", "went on").
PARTICLES = {"point": "out", "go": "on", "make": "clear"}
#: ... or the preposition that makes it one ("pointed to the attack as proof").
PARTICLE_PREPOSITIONS = {"point": "to"}


def has_particle(verb: Token) -> bool:
    """A cue that needs a particle has it ("pointed out", or the preposition "pointed to"); other
    cues need none."""
    need = PARTICLES.get(verb.lemma_)
    return need is None or any(c.dep_ in ("prt", "acomp", "oprd", "advmod", "ccomp") and c.lower_ == need
                               or c.dep_ == "prep" and c.lower_ == PARTICLE_PREPOSITIONS.get(verb.lemma_)
                               for c in verb.children)


def is_aside(verb: Token) -> bool:
    """A verb in a relative clause ("which the paper noted as unusual"), however it was parsed."""
    return verb.dep_ in ("relcl", "acl") or any(c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubj", "pobj")
                                                for c in verb.children)


def _reports_other(cue: Token, quoted: set[int]) -> bool:
    """The cue has a clausal complement of its own outside quotation marks."""
    return any(c.dep_ == "ccomp" and c.i not in quoted and not c.is_punct for c in cue.children)


def _is_cue(t: Token, lexicon: dict[str, str], quoted: set[int], *, first: bool) -> bool:
    """A speech verb that can attribute a quotation next to it: nothing of its own said of an
    object (``They call him the crowbar robber`` is no attribution); an addressee is fine
    (``he told reporters``). Right after the quotation, a verb of saying of another language
    followed by a name (``“...”, dijo Burtón.``), whatever the English parse made of it."""
    if first and t.lower_ in other_language_cues() and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN":
        return True
    if t.i in quoted or lexicon.get(t.lemma_) not in ("speech", "document") or not has_particle(t):
        return False
    # right after a quotation, "said a neighbour" may be parsed with the speaker as the object
    inverted = first and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    for c in t.children:
        if c.i in quoted:
            continue
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > t.i and t.doc[c.left_edge.i - 1].text == ",":
            continue  # "“...,” Ruiz said, folding the map": how it was said, not what
        if c.dep_ in ("oprd", "xcomp", "acomp", "attr") or \
                c.dep_ == "dobj" and t.lemma_ not in ADDRESSEES and not inverted:
            return False
    return t.pos_ in ("VERB", "AUX") or first and t.pos_ == "NOUN"


def _cue_after(doc: Doc, q: Quotation, quoted: set[int], lexicon: dict[str, str]) -> tuple[Token, Token] | None:
    i = q.end
    stop = paragraph_end(doc, q.end)
    while i < stop and (doc[i].is_punct and doc[i].text not in OPENING or doc[i].is_space):
        i += 1
    window: list[Token] = []
    for t in doc[i:stop]:
        if t.text in ".!?;" or t.text in OPENING or t.i in quoted:
            break
        window.append(t)
    # a quotation after a cue of its own paragraph goes on with that speaker, not the next paragraph's
    attributed = any(lexicon.get(t.lemma_) in ("speech", "document") and t.pos_ == "VERB" and t.i not in quoted
                     for t in doc[paragraph_start(doc, q.start - 1):q.start])
    if not window and stop < len(doc) and not attributed:
        # a quotation ending its paragraph, attributed by the next: "“...” ¶ The minister said so."
        nxt = stop
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc):
            sent = doc[nxt].sent
            window = [t for t in sent if not t.is_space and t.i not in quoted and not t.is_punct]
            if any(t.i in quoted for t in sent) or any(_reports_other(t, quoted) for t in window):
                window = []
            # "X is accused of ...": a passive cue's subject says nothing
            window = [t for t in window if not any(c.dep_ == "auxpass" for c in t.children)]
            named = _words_named(sent, quoted)
            if named is not None:
                return named
    if len(window) > 2 and window[0].lower_ == "according" and window[1].lower_ == "to" and i == window[0].i:
        source = next((o for o in window[1].children if o.dep_ == "pobj"), None)  # "“...,” according to X."
        if source is not None:
            return window[0], source
    for k, t in enumerate(window[:CUE_WINDOW_NP]):
        if k >= CUE_WINDOW and any(w.pos_ in ("VERB", "AUX") for w in window[:k]):
            break  # past a few words, only a noun phrase may stand between quotation and cue
        if not _is_cue(t, lexicon, quoted, first=k == 0) or _reports_other(t, quoted):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted), None)
        if subj is None and k == 0:
            subj = inverted_subject(t)
        if subj is None and k > 0:
            # "“...,” the union's president, Rosa Vidal, told reporters": the parser took the words
            # between quotation and cue into the quotation's clause; they are its subject, not "reporters"
            subj = next((w for w in reversed(window[:k]) if w.pos_ in ("PROPN", "PRON", "NOUN")), None)
        if subj is not None:
            return t, subj
    return None


#: Nouns for what a quotation is, in "the warning came from X", "those were the words of X".
UTTERANCES = frozenset({"word", "words", "warning", "remark", "comment", "verdict", "message", "plea", "call",
                        "reaction", "response", "assessment", "view"})


def _words_named(sent: Span, quoted: set[int]) -> tuple[Token, Token] | None:
    """``The warning came from X``, ``Those were the words of X``: a sentence after a quotation
    that names whose words they were, (its verb, X)."""
    root = sent.root
    if root.lemma_ not in ("come", "be") or any(t.i in quoted for t in sent):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    said = [subj] if subj is not None else []
    said += [c for c in root.children if c.dep_ == "attr"]  # "Those were the words of X"
    for noun in said:
        if noun.lemma_.lower() in UTTERANCES or noun.lower_ in UTTERANCES:
            for holder in (root, noun):
                for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
                    source = next((o for o in p.children if o.dep_ == "pobj"), None)
                    if source is not None:
                        return root, source
    return None


def _signed_after(doc: Doc, q: Quotation, spk: Speakers) -> Token | None:
    """A quotation signed with a dash and a name (``“...” — Jane Doe, mayor``): the person named,
    when no verb follows."""
    i = q.end
    stop = paragraph_end(doc, q.end)
    while i < stop and doc[i].text in ("”", ",", "’") or i < stop and doc[i].is_space:
        i += 1
    if i >= stop or doc[i].text not in ("—", "–", "-", "--"):
        return None
    rest = [t for t in doc[i + 1:stop] if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return next((t for t in rest[:3] if (a := spk.actor_at(t)) is not None and a.type == "person"), None)


def _words_before(doc: Doc, q: Quotation) -> list[Token]:
    """The words of the sentence before the opening mark, up to the previous quotation or sentence end
    (a short quotation inside the clause, with no punctuation of its own, is passed over);
    across one paragraph break when the quotation opens its paragraph."""
    opening = q.start - 1
    start = paragraph_start(doc, opening)
    if start == opening and start > 0:
        prev_end = start - 1
        while prev_end > 0 and doc[prev_end].is_space:
            prev_end -= 1
        if doc[prev_end].text != ":":
            return []
        start = paragraph_start(doc, prev_end)
        opening = prev_end + 1
    out: list[Token] = []
    embedded = False  # inside a short quotation the clause holds ("justified it as “defensive” in nature:")
    for t in reversed(doc[start:opening]):
        if t.text == "”" and not embedded and t.i > start and not doc[t.i - 1].is_punct and \
                (t.i + 1 >= opening or doc[t.i + 1].text not in ".!?;"):
            embedded = True
        elif embedded and t.text in OPENING:
            embedded = False
        elif t.text in ".!?;”’‘" or t.text in OPENING:
            break
        out.append(t)
    return [t for t in reversed(out) if not t.is_space and t.text not in OPENING and t.text != "”"]


def _cue_before(words: list[Token], quoted: set[int], lexicon: dict[str, str]) -> tuple[Token, Token] | None:
    if not words or words[-1].text not in INTRODUCERS:
        return None
    for t in reversed(words):
        if is_aside(t):
            continue  # "— which the paper noted as unusual —" is an aside, not the attribution
        if _is_cue(t, lexicon, quoted, first=False) and not _reports_other(t, quoted):
            subj = subject_of(t) or inverted_subject(t)
            if subj is not None:
                return t, subj
    return None


def _colon_label(words: list[Token], spk: Speakers, first: Token) -> Token | None:
    """The speaker before a colon: the subject of the clause, else the first person or
    organisation named (a label line), else nothing. After a comma or a dash (``X spoke on
    television, “We ...”``) only a clause whose subject is a named actor or a pronoun, before a
    quotation that opens with a capital."""
    if not words or words[-1].text not in INTRODUCERS:
        return None
    colon = words[-1].text == ":"
    if not colon and not (first.is_title or first.is_upper or first.text == "["):
        return None
    for t in words:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head in words and t.head.dep_ not in ("relcl", "acl") \
                and (colon or t.pos_ == "PRON" or spk.actor_at(t) is not None):
            return t
    if not colon:
        return None
    # "Jo Lind, director of the Lakeside Trust:": the name before the first comma, not the body after it
    head_np = words[:next((k for k, t in enumerate(words) if t.text == ","), len(words) - 1)]
    named = [t for t in head_np if (a := spk.actor_at(t)) is not None and a.type != "place"]
    if not named and any(t.pos_ == "PROPN" for t in head_np) and len(head_np) < len(words) - 1:
        return None  # an unknown name: the label line keeps its words
    for types in (("person",), ("organization", "media", "state")):
        for t in named or words:
            a = spk.actor_at(t)
            if a is not None and a.type in types:
                while t.dep_ in ("compound", "flat") and t.head in words and spk.actor_at(t.head) is a:
                    t = t.head
                return t
    return None


def _label_line(doc: Doc, words: list[Token]) -> tuple[int, int] | None:
    """A paragraph that opens with a short label and a colon (``ADL: “...”``, a transcript's
    ``MINISTER OKAFOR: ...``): the label's words up to a comma (``Jo Lind, director of X:``: the
    name), which name the speaker."""
    if not words or words[-1].text != ":" or len(words) > HEADING_MAX:
        return None
    if words[0].i != paragraph_start(doc, words[0].i) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") and (t.is_title or t.is_upper) for t in words):
        return None
    if any(t.lower_ in SECTION_LABELS for t in words):
        return None  # "READ MORE:", "UPDATE:", "Photo:" label a section, not a speaker
    end = next((t.i for t in words if t.text == ","), words[-1].i)
    return words[0].i, end


def _heading(doc: Doc, q: Quotation, spk: Speakers, quoted: set[int]) -> Actor | None:
    opening = q.start - 1
    if paragraph_start(doc, opening) != opening or opening == 0:
        return None
    prev_end = opening - 1
    while prev_end > 0 and doc[prev_end].is_space:
        prev_end -= 1
    line = [t for t in doc[paragraph_start(doc, prev_end):prev_end + 1] if not t.is_space]
    if not line or len(line) > HEADING_MAX or line[-1].text in ".!?:":
        return None
    if any(t.tag_ in ("VBD", "VBZ", "VBP") and t.i not in quoted for t in line):
        return None
    if any(t.lower_ == "by" for t in line[:3]) or any(t.lower_ in SECTION_LABELS for t in line):
        return None  # a byline ("By Jane Doe", "Reporting by ...") or a caption names the writer, not a speaker
    for types in (("person",), ("organization", "media", "state")):
        for t in line:
            a = spk.actor_at(t)
            if a is not None and a.type in types:
                return a
    return None


def _topic_before(doc: Doc, q: Quotation, spk: Speakers, drafts: list[dict]) -> Token | None:
    """The named person a quotation's preceding sentence is about, when that sentence reports
    no claim (``Omar Vance also criticised the decision. “It shows ...”``): its main subject; an
    organisation or a state, when that sentence has it speak (``X issued a statement.``); people
    named by a plural noun (``Residents were angry.``)."""
    opening = q.start - 1
    i = opening - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or breaks(doc, i, opening) > 1:
        return None
    sent = doc[i].sent
    if any(sent.start <= d["verb"].i < sent.end or sent.start <= d["start"] < sent.end for d in drafts):
        return None
    if doc[i].text not in ".!?\"”’'" and paragraph_start(doc, sent.start) == sent.start:
        return None  # a headline ("Voters wait as the count goes on") is about the whole story, not this quotation
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    a = spk.actor_at(subj)
    if a is not None and a.type == "person":
        return subj
    if a is None and subj.tag_ == "NNS" and speaker_nouns().get(subj.lemma_.lower()) == "person":
        return subj  # "Residents were angry. ¶ “We have nowhere to go.”": theirs, not the speaker's before
    # an organisation or a state that speaks in that sentence ("X issued a statement", "X responded")
    speaks = sent.root.lemma_ in speech_lemmas() or any(t.lemma_.lower() in voice_nouns() for t in sent)
    return subj if speaks and spk.speaker(subj)[0] is not None else None


def _runs_on(doc: Doc, q: Quotation, nxt: Quotation) -> bool:
    """A quotation left open at the end of its paragraph and taken up by a quotation opening the
    next (the convention for a quotation over several paragraphs): both are one speaker's."""
    open_end = q.end >= len(doc) or "\n" in doc[q.end].text
    opening = nxt.start - 1
    return open_end and paragraph_start(doc, opening) == opening and breaks(doc, q.end, opening) <= 1


def _stands_alone(doc: Doc, q: Quotation) -> bool:
    """Nothing but punctuation before the opening mark in its sentence or paragraph."""
    opening = q.start - 1
    start = max(doc[opening].sent.start, paragraph_start(doc, opening))
    depth = 0
    for t in doc[start:opening]:  # a bracketed citation ("[Tweet, 10/18]") between quotations is no text
        depth += (t.text in "[(") - (t.text in "])")
        if depth <= 0 and not (t.is_punct or t.is_space):
            return False
    return True


def _draft(doc: Doc, q: Quotation, speaker: str | None, words: str, cue: Token | None,
           spk: Speakers, channel: Callable[[Token], str | None]) -> dict:
    start, end = trim_punct(doc, q.start, q.end)
    said = None if cue is None else "according to" if cue.lower_ == "according" else cue.lemma_
    return {"start": start, "end": end, "kind": "direct", "speaker": speaker, "speaker_text": words,
            "cue": said, "channel": channel(cue) if cue is not None else None,
            "via": None, "verb": cue if cue is not None else doc[start], "quotes": [q], "quote": (start, end)}


def attribute_quotations(doc: Doc, spk: Speakers, quotes: list[Quotation], quoted: set[int],
                         lexicon: dict[str, str], drafts: list[dict],
                         channel: Callable[[Token], str | None], is_debris: Callable[..., bool]) -> None:
    """Give each quotation no cue claimed a speaker, by the rules in the module docstring,
    appending a draft claim to ``drafts``."""
    claimed = {(q.start, q.end) for d in drafts for q in d["quotes"]}
    deferred: list[tuple[Quotation, Quotation]] = []
    for k, q in enumerate(quotes):
        if (q.start, q.end) in claimed or q.start == 0:
            continue
        start, end = trim_punct(doc, q.start, q.end)
        if is_debris(doc, start, end, quoted=True):
            continue
        found = _cue_after(doc, q, quoted, lexicon)
        words = _words_before(doc, q)
        signed = _signed_after(doc, q, spk) if found is None else None
        if signed is not None:
            speaker, text = spk.speaker(signed)
            drafts.append(_draft(doc, q, speaker, text, None, spk, channel))
            continue
        if found is None:
            found = _cue_before(words, quoted, lexicon)
        if found is not None:
            cue, subj = found
            speaker, text = spk.speaker(subj)
            drafts.append(_draft(doc, q, speaker, text, cue, spk, channel))
            continue
        label = _colon_label(words, spk, doc[start])
        if label is not None:
            speaker, text = spk.speaker(label)
            if label.right_edge.i >= words[-1].i:  # the quotation hung on the name: its words stop at a comma
                stop = next((t.i for t in words if t.text == "," and t.i > label.i), words[-1].i)
                text = spk.text(min(label.left_edge.i, label.i), stop)
            elif _label_line(doc, words) is not None:  # "Lakeside Trust for Rivers: “...”": the whole name
                text = spk.text(*_label_line(doc, words))
            if speaker is not None or label.pos_ in ("PRON", "PROPN") or label.tag_ == "NNS":
                drafts.append(_draft(doc, q, speaker, text, None, spk, channel))
                continue
        line = _label_line(doc, words)
        if line is not None:
            drafts.append(_draft(doc, q, None, spk.text(*line), None, spk, channel))
            continue
        heading = _heading(doc, q, spk, quoted)
        if heading is not None:
            drafts.append(_draft(doc, q, heading.id, heading.name, None, spk, channel))
            continue
        if not _stands_alone(doc, q) or sum(not t.is_punct for t in doc[start:end]) < 2:
            continue
        nxt = quotes[k + 1] if k + 1 < len(quotes) else None
        if nxt is not None and _runs_on(doc, q, nxt):
            deferred.append((q, nxt))
            continue
        earlier = [d for d in drafts if d["end"] <= start and not d.get("nested")]  # not a report inside a quote
        prev = max(earlier, key=lambda d: d["end"]) if earlier else None
        topic = _topic_before(doc, q, spk, drafts)
        if topic is not None:
            speaker, text = spk.speaker(topic)
            drafts.append(_draft(doc, q, speaker, text, None, spk, channel))
        elif prev is not None and breaks(doc, prev["end"], start) <= 1:
            drafts.append(_draft(doc, q, prev["speaker"], prev["speaker_text"], None, spk, channel))
    for q, nxt in reversed(deferred):
        later = next((d for d in drafts if nxt in d["quotes"]), None)
        if later is not None:
            drafts.append(_draft(doc, q, later["speaker"], later["speaker_text"], None, spk, channel))
