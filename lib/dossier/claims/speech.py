"""What each actor claimed: reported speech and quotations, attributed to a resolved speaker.

Rules, all read from the dependency parse (no regular expressions over the raw text):

* a **cue** is a verb whose lemma is in the speech-verb lexicon (``data/speech_verbs.csv``),
  found in the doc's lemma index; what it reports depends on the verb's frames there
  (``complements.py``): its
  clausal complements (``said the plan failed``), an object with what is said of it (``called
  the move reckless``, ``urged Iran to stop``), the object of ``for`` (``called for talks``), an
  infinitive (``vowed to fight``) or the object alone (``claimed responsibility``); adjacent
  complements joined by punctuation or a conjunction are one claim; a verb of judgement
  (``condemned``, ``praised``) only with what its object is judged as or for, or an object of
  three words or more where the lexicon says so (``praised the conduct of the crew``);
* a speech verb set off in mid-sentence or after its content (``The ferry resumes Monday, she
  said, but fares rise.``) reports the clause it interrupts, whole when set off between its
  subject and verb (``The reforms, Ms. Adler noted, are unlikely to pass``); a passive one with an
  infinitive (``is said to have fled``) reports its clause, said by people unnamed;
* no claim from a cue that is negated or refused (``did not say``, ``declined to say why``), from
  an ``animate`` verb whose subject names no speaker (``the data suggests``; an agent noun no
  lexicon lists names one for verbs of judging and calling: ``the harbour master praised``), from ``those who
  believe``, from a denial verb whose object is a thing rather than something said (``voters
  rejected the levy``), from a heading line (``headlines.py`` reads title-case ones), or from a
  publisher's note (``Editor's note:``, ``Correction:``; ``data/boilerplate.csv``);
* a claim whose words are mostly inside quotation marks is ``direct`` (its span is the quoted
  words); one that embeds a shorter quotation is ``partial``: its span stays the whole reported
  clause and the quoted words go to ``quote``; other cues give ``indirect`` claims,
  ``document`` when the subject is a text (``the treaty states``) and ``denial`` for denial verbs;
* inside a quotation, a cue whose subject names a third party (a name or a handle:
  ``“@premier shared that ...”``) reports that party's claim too; other quoted cues attribute nothing;
* a noun of claiming its speaker owns (``X's allegations of fraud``) is a claim (``noun_claims.py``);
* ``according to X`` (or ``per X``) is the speaker of an ``according_to`` claim (``according.py``), the rest
  of its clause,
  unless the sentence has its own cue: then X is the ``via`` (relay) of that claim;
* quotations no cue reports get their speaker from a cue next to them, a colon, a heading or
  the quotation before (``quotations.py``; the marks are paired in ``quotemarks.py``); speakers
  are resolved in ``speakers.py``;
* a content of fewer than three words or ending in a dangling preposition (``it was scheduled
  for.``) is debris, not a claim.

Where a claim begins and ends is :mod:`dossier.claims.spans`; the lexicons are read in
:mod:`dossier.claims.verbs`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.actors.names import agent_noun
from dossier.actors.roles import title_categories
from dossier.claims.according import according_to
from dossier.claims.complements import clause_heads, cue_as_modifier
from dossier.claims.contests import contested
from dossier.claims.evidence import evidence_claims
from dossier.claims.headlines import headline_claims
from dossier.claims.noun_claims import noun_claims
from dossier.claims.polls import poll_claims
from dossier.claims.quotations import attribute_quotations, has_particle
from dossier.claims.quotemarks import Quotation, boilerplate, is_name, quotations, trim_punct
from dossier.claims.spans import (
    MIN_WORDS,
    can_speak,
    colon_split,
    interrupted,
    interrupting,
    is_debris,
    raised,
    span_of,
)
from dossier.claims.speakers import PERSON_PRONOUNS, Speakers, capacity, side, speaker_nouns
from dossier.claims.stances import stance_claims
from dossier.claims.subjects import inverted_subject, speech_lemmas, subject_of
from dossier.claims.verbs import channel_nouns, claim_nouns, document_nouns, speech_verbs, verb_frames
from dossier.claims.voices import voice_nouns
from dossier.records import Actor, Claim, ClaimKind
from dossier.text.article import NormalizedText
from dossier.text.lexicon import tokens, tokens_with_lemma

__all__ = ["Quotation", "quotations", "claims", "contested", "capacity", "side", "speech_verbs"]

CHANNEL_PREPOSITIONS = {"on", "at", "in", "to", "during"}
#: Share of a claim's words inside quotation marks above which it is a direct quotation.
DIRECT_SHARE = 0.7
#: Verbs whose infinitive complement a cue may hang on without anything being said.
REFUSALS = {"decline", "refuse", "fail", "want", "hesitate", "try", "seek", "plan", "expect", "begin"}
#: Verbs whose infinitive complement is still said ("had to admit").
OBLIGATIONS = {"have", "need", "be"}
#: Passive verbs by which news announces what someone will say ("is expected to say that ...",
#: "is scheduled to announce"): what the speaker has let be known, reported as said.
ANNOUNCED = frozenset({"expect", "schedule", "set"})
#: Antecedents of a relative clause that name nobody in particular ("those who believe").
GENERIC = {"those", "anyone", "whoever", "people", "everyone", "many", "some", "others", "few", "who"}
#: Verbs of belief that, with "I" for subject, hedge what is said rather than report it.
HEDGES = frozenset({"think", "reckon", "suspect", "guess", "believe"})
#: The most tokens (marks included) of a quotation in a belief that is a scare quote, not a quotation.
SCARE_QUOTE_MAX = 5
#: Lemmas of "according" (to) and "per", the words that name a source before it.
ACCORDING_LEMMAS = frozenset({"accord", "according", "per"})
#: A paragraph of at most this many tokens that does not end a sentence is a heading.
HEADING_MAX = 16


def _according_phrases(doc: Doc) -> list[Span]:
    """The ``according to`` and ``per`` (a preposition) phrases' words, found in the doc's lemma index."""
    toks = tokens(doc)
    return [doc[t.i:t.i + 2] if t.lower_ == "according" else doc[t.i:t.i + 1]
            for t in tokens_with_lemma(doc, ACCORDING_LEMMAS)
            if t.lower_ == "according" and t.i + 1 < len(toks) and toks[t.i + 1].lower_ == "to"
            or t.lower_ == "per" and t.pos_ == "ADP"]


def _cues(doc: Doc) -> list[Token]:
    """The verbs whose lemma is in the speech-verb lexicon, looked up in the doc's lemma index
    (a one-word pattern needs no walk of the whole doc)."""
    return [t for t in tokens_with_lemma(doc, speech_lemmas()) if t.lemma_ in speech_lemmas()
            and t.pos_ in ("VERB", "AUX")]


def _names_a_speaker(subj: Token | None, spk: Speakers) -> bool:
    """The subject can speak: a pronoun for people, an actor, or a noun naming people."""
    if subj is None:
        return False
    if subj.lower_ in PERSON_PRONOUNS or subj.lower_ in ("they", "we") or subj.text.startswith("@"):
        return True  # a pronoun, or a social-media handle
    a = spk.actor_at(subj)
    if a is not None and a.type != "place":
        return True
    if any(c.dep_ == "appos" and (n := spk.actor_at(c)) is not None and n.type != "place" for c in subj.children):
        return True  # "Her main rival, Tom Hale, criticised ..."
    lemma = subj.lemma_.lower()
    return lemma in speaker_nouns() or subj.lower_ in speaker_nouns() or lemma in title_categories() \
        or lemma in document_nouns() \
        or lemma in voice_nouns() and any(c.dep_ == "poss" for c in subj.children)  # "her remarks indicate"


def _names_a_third_party(subj: Token | None, spk: Speakers) -> bool:
    """Inside a quotation, a subject naming someone other than the speaker (``“@premier shared
    that ...”``, ``“Tomas Ruud told us that ...”``): a named actor or a handle, not a pronoun."""
    if subj is None or subj.pos_ == "PRON":
        return False
    a = spk.actor_at(subj)
    return a is not None and a.type != "place" or subj.text.startswith("@") or subj.pos_ == "PROPN"


#: Frames whose content only a person or a body of people utters: judging ("praised the conduct
#: of the crew"), calling for or on, voicing a noun of speech. With these an agent noun as subject
#: is a speaker (``the harbour master praised ...``); with a clause ("the poster suggests that
#: ...") or an infinitive ("the river threatened to burst") a thing may be the subject.
PERSON_ACTS = frozenset({"judgement", "for", "on", "noun"})


def _silenced(verb: Token, frames: frozenset[str], subj: Token | None, spk: Speakers) -> bool:
    """A cue that reports nothing: negated, refused, generic, without a speaker, or a mere particle-less verb."""
    if not has_particle(verb):
        return True
    if any(c.dep_ == "neg" for c in verb.children) and speech_verbs()[verb.lemma_] != "denial":
        return True
    announced = verb.head.lemma_ in ANNOUNCED and any(c.dep_ == "auxpass" for c in verb.head.children)
    if verb.dep_ == "xcomp" and not announced and (
            verb.head.lemma_ in REFUSALS or any(c.dep_ == "neg" for c in verb.head.children)
            or verb.head.pos_ == "VERB" and verb.head.lemma_ not in speech_verbs()
            and verb.head.lemma_ not in OBLIGATIONS):
        return True  # "pressured him to say", "wants to claim": said by nobody yet (but "is expected to say")
    if verb.dep_ == "relcl" and verb.head.lower_ in GENERIC:
        return True
    doc = verb.doc
    aside = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.i > 0 and doc[verb.i - 1].text == "," \
        and verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text == ","  # set off on both sides
    if verb.dep_ in ("acl", "advcl") and aside and not any(
            c.dep_ in ("agent", "auxpass", "nsubjpass", "nsubj", "aux") for c in verb.children) \
            and not (subj is not None and subj.i == verb.head.i and verb.head.dep_ == "ROOT") \
            or verb.lemma_ == "ask" and verb.dep_ in ("parataxis", "advcl", "ccomp") and verb.head.i > verb.i \
            and verb.head.lemma_ in speech_verbs():
        return True  # "Moreau, asked whether ..., said", "X, told of the remark, laughed": asked or told by another
    if verb.lemma_ in HEDGES and subj is not None and subj.lower_ == "i" and verb.i not in spk.quoted:
        return True  # "I think it is fine, he said": a hedge inside what another reports
    # (but "whom it accused of smuggling", "which she blamed for the delays": what it charges them with)
    named = any(c.tag_ in ("WDT", "WP") and c.dep_ == "dobj" for c in verb.children) and not (
        "object" in frames and any(c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > verb.i
                                   for c in verb.children))
    quoting = named and any(c.dep_ in ("oprd", "xcomp", "attr") and c.i in spk.quoted for c in verb.children)
    if named and not quoting and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True  # "which the paper noted as unusual": says something of what came before (but "in what
        # groups said was the latest case": what they said it was)
    if quoting and subj is not None and spk.speaker(subj)[0] is not None:
        return False  # "welcomed what it called “an important step”": the words of whoever "it" is
    if "object" in frames and "clause" not in frames and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ == "agent" for c in verb.children):
        return True  # "was called the garden of the north" names, it claims nothing (said by nobody named)
    return "animate" in frames and not _names_a_speaker(subj, spk) \
        and not (frames & PERSON_ACTS and subj is not None and agent_noun(subj)) \
        and not (_acts_as_a_body(verb, frames) and _an_organisation(subj, spk))


def _spilled_quotation(verb: Token, quotes: list[Quotation]) -> tuple[Quotation, Token] | None:
    """``“We give water we do not have,” the union's president, Rosa Vidal, said``: a quotation
    before a cue with no subject, whose clause the parser ran on over the words between them (its
    verb taking them as an object); those words are the cue's subject. The quotation and the
    head of those words."""
    doc = verb.doc
    for q in quotes:
        if not q.end <= verb.i <= q.end + 12:
            continue
        between = [t for t in doc[q.end:verb.i] if not t.is_punct]
        head = next((t for t in between if t.head.i < q.end and t.pos_ in ("NOUN", "PROPN")), None)
        if head is not None and any(c.dep_ == "ccomp" and q.start <= c.i < q.end for c in verb.children):
            return q, head
    return None


def _acts_as_a_body(verb: Token, frames: frozenset[str]) -> bool:
    """A cue an organisation gives as a body: judging (``It condemned the raid as ...``) or calling
    on others (``It called on the police to ...``); not a request for things (``It called for
    records``), which a document named as "it" makes too."""
    return "judgement" in frames or "on" in frames and any(c.dep_ == "prep" and c.lower_ == "on"
                                                           for c in verb.children)


def _an_organisation(subj: Token | None, spk: Speakers) -> bool:
    """"It" for an organisation or a state named before (``The Ombudsman's Office issued a statement.
    It called on ...``), not for a thing."""
    if subj is None or subj.lower_ != "it":
        return False
    said_by = spk.speaker(subj)[0]
    return said_by is not None and spk.by_id[said_by].type not in ("place", "person")


def _after_quotation(verb: Token) -> bool:
    """The cue stands right after a closing quotation mark (``“...,” said X``), where English
    puts the speaker after the verb."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in (",", "—", "–")):
        i -= 1
    return i >= 0 and doc[i].text in ("”", "’", '"', "'")


def _heading_lines(doc: Doc) -> set[int]:
    """Token indexes of short paragraphs that end with no full stop (titles, captions, "READ MORE"),
    unless a quotation opened there runs on."""
    out: set[int] = set()
    para: list[Token] = []
    for t in [*tokens(doc), None]:
        if t is None or "\n" in t.text:
            words = [w for w in para if not w.is_space]
            opened = sum(w.text == "“" for w in words) > sum(w.text == "”" for w in words)
            if words and len(words) <= HEADING_MAX and words[-1].text not in ".!?”\"’:)]" and not opened:
                out.update(w.i for w in words)
            para = []
        else:
            para.append(t)
    return out


def claims(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...]) -> tuple[Claim, ...]:
    """The claims of a parsed article, by the rules in the module docstring."""
    spk = Speakers.of(doc, norm, actors)
    found = quotations(doc)
    quoted = {i for q in found for i in range(q.start, q.end)}
    spk.quoted = frozenset(quoted)
    spk.reported = frozenset()
    quotes = [q for q in found if not is_name(doc, q)]
    headings = _heading_lines(doc)
    lexicon = speech_verbs()
    frames_of = verb_frames()

    def channel(verb: Token) -> str | None:
        return spk.channel(verb, channel_nouns(), CHANNEL_PREPOSITIONS)

    drafts: list[dict] = []
    according = _according_phrases(doc)
    for verb in _cues(doc):
        if verb.i in headings or verb.i in quoted and not _names_a_third_party(subject_of(verb), spk):
            continue  # quoted words are what someone said, not an attribution (unless they report another)
        kind = lexicon[verb.lemma_]
        frames = frames_of[verb.lemma_]
        if frames == {"cue"}:
            continue  # "went on", "continued": only next to a quotation (quotations.py)
        subj = subject_of(verb)
        if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            subj = None  # "It was announced that ...": said by no one named
        if subj is None and _after_quotation(verb) or subj is not None and subj.i in quoted and verb.i not in quoted:
            subj = inverted_subject(verb)  # "“...,” said Bruno, visibly shaken": parsed as another clause's subject
        spilled = _spilled_quotation(verb, found) if subj is None else None
        if spilled is not None:
            subj = spilled[1]
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_ in lexicon \
                and subj is not None and subj.text.islower() and subj.lemma_.lower() in speaker_nouns():
            continue  # "said the bloc respected the science but disputed how ...": part of what was said
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not (subj is not None and can_speak(subj)):
            # "X found the strike justified and called it swift", "X said Minsk had nothing to do with it and
            # called the sanctions illegal": parsed into the reported clause, the second cue is the first's speaker's
            # (but in "X testified that Vogt summoned her and told her ...", Vogt's)
            outer = subject_of(verb.head.head)
            subj = outer if _names_a_speaker(outer, spk) else subj
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_ in lexicon \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            continue  # "said X and that he had asked Y": reported with X, not a claim of its own
        if verb.dep_ == "conj" and any(c.dep_ == "parataxis" and c.lemma_ in lexicon for c in verb.head.children):
            continue  # "The head of state, Abdi added, had met X and urged them to ...": Abdi's words go on
        said_of = raised(verb, frames)
        if (misparsed := cue_as_modifier(verb)) is not None:
            subj, runs = misparsed  # "X, who had visited the camp, cautioned help does not come swiftly"
        elif said_of is not None:
            runs = [said_of]  # "the general is said to have fled": said by people unnamed
            subj = None
        elif _silenced(verb, frames, subj, spk):
            continue
        else:
            runs = clause_heads(verb, frames, kind, quoted, lexicon, claim_nouns())
        spans = [span_of(run, verb, quoted) for run in runs]
        if spilled is not None:  # what was said ends with its quotation
            spans = [(s, min(e, spilled[0].end)) if s < spilled[0].end else (s, e) for s, e in spans]
        # a passive cue's subject is what is said ("X was described by Y as Z"): the clause is kept whole
        whole = {span for run, span in zip(runs, spans, strict=True) if run[0].dep_ == "nsubjpass"}
        # "warned of fresh delays": a noun phrase named by "of" may be two words; "denied the allegations",
        # "denied involvement": a noun of something said may be one
        short = {span for run, span in zip(runs, spans, strict=True) if run[0].dep_ in ("pobj", "pcomp")
                 and run[0].head.lower_ == "of" and run[0].head.head == verb
                 or kind == "denial" and (run[0].dep_ == "dobj" and run[0].left_edge.tag_ == "VBG"
                                          or run[0].dep_ == "xcomp" and run[0].tag_ == "VBG")}  # "denied
        # recruiting children", "denied taking sides"
        said = {span for run, span in zip(runs, spans, strict=True) if len(run) == 1 and run[0].dep_ == "dobj"
                and kind == "denial" and run[0].lemma_.lower() in claim_nouns()}
        if not spans:
            spans = [trim_punct(doc, s, e) for s, e in interrupted(verb)]
        if not spans and (around := interrupting(verb)) is not None:
            spans = [around]
            whole.add(around)
        spans = [part for span in spans for part in colon_split(doc, *span, quotes)]
        # a quotation is whole: "called the document “a good start, and nothing more”", cut by the parse at its comma
        spans = [trim_punct(doc, s, max([e, *(q.end for q in quotes if s < q.start < e < q.end)])) for s, e in spans]
        for start, end in spans:
            if subj is not None and start <= subj.i < end and (start, end) not in whole:
                # the speaker's own words are not what was said: "which state media said were under
                # control" keeps what follows the cue; "said Bruno, visibly shaken" keeps nothing
                start = verb.i + 1 if start <= verb.i < end else end
                while start < end and doc[start].is_punct:
                    start += 1
            if end <= start:
                continue
            inside = [] if verb.i in quoted else [q for q in quotes if q.start < end and q.end > start]
            if verb.lemma_ in HEDGES:  # "thinks that cats are “cuties”": a belief's scare quote is no one's words
                inside = [q for q in inside if q.end - q.start > SCARE_QUOTE_MAX]
            least = 1 if (start, end) in said else 2 if (start, end) in short else MIN_WORDS
            if is_debris(doc, start, end, quoted=bool(inside), min_words=least):
                continue
            claim_kind: ClaimKind = "indirect"
            if kind == "denial":
                claim_kind = "denial"
            elif subj is not None and subj.lemma_.lower() in document_nouns():
                claim_kind = "document"
            quote = None
            if inside:
                qs, qe = trim_punct(doc, min(q.start for q in inside), max(q.end for q in inside))
                quote = (qs, qe) if qe > qs else None
                n_quoted = sum(min(q.end, end) - max(q.start, start) for q in inside)
                mostly = n_quoted >= DIRECT_SHARE * (end - start)
                if claim_kind == "indirect":
                    claim_kind = "direct" if mostly else "partial"
                # a document's quoted words are what it says, unless they are a scare quote ("as a “very high” risk")
                cited = claim_kind == "document" and n_quoted > SCARE_QUOTE_MAX
                if (mostly or cited) and claim_kind != "denial" and quote is not None:
                    start, end = quote
            speaker, words = spk.speaker(subj)
            relay = spk.relayed(subj, verb) if speaker is None and subj is not None else None
            if relay is not None:
                words = relay[0]
            if speaker is not None and spk.by_id[speaker].type == "person":
                spk.reported = spk.reported | set(range(start, end))  # a person reports about someone else
            drafts.append({"start": start, "end": end, "kind": claim_kind, "speaker": speaker,
                           "speaker_text": words, "cue": verb.lemma_, "channel": channel(verb),
                           "via": relay[1] if relay else None, "verb": verb, "quotes": inside, "quote": quote,
                           "nested": verb.i in quoted})
    drafts += [n for n in noun_claims(doc, spk, quoted)  # "repeated his claim that X": the verb's claim already
               if not any(d["speaker"] == n["speaker"] and d["start"] < n["end"] and n["start"] < d["end"]
                          for d in drafts)]
    drafts += [s for s in stance_claims(doc, spk, quoted, is_debris)  # "is confident that X": unless a verb has it
               if not any(d["start"] < s["end"] and s["start"] < d["end"] for d in drafts)]
    drafts += [e for e in evidence_claims(doc, spk, quoted, is_debris)  # "..., data published by X show."
               if not any(d["start"] < e["end"] and e["start"] < d["end"] for d in drafts)]
    for p in poll_claims(doc, spk, quoted, is_debris):  # "A poll put the two sides level at 44%": for its verb's
        drafts = [d for d in drafts if d.get("verb") is None or d["verb"].i != p["verb"].i]
        if not any(d["start"] < p["end"] and p["start"] < d["end"] for d in drafts):
            drafts.append(p)
    attribute_quotations(doc, spk, quotes, quoted, lexicon, drafts, channel, is_debris)
    according_to(doc, spk, according, drafts, is_debris)
    # a headline quoting someone repeats the article; an editor's note or a correction is the publisher's
    drafts = [d for d in drafts if d["start"] not in headings and d["start"] not in boilerplate(doc)[1]]
    drafts += headline_claims(doc, headings, spk, lexicon, frames_of)  # "Governor Tells Farmers ...": read apart
    unique = {(d["start"], d["end"]): d for d in reversed(drafts)}  # one claim per span, the first found
    out = []
    for i, d in enumerate(sorted(unique.values(), key=lambda d: (d["start"], d["end"])), 1):
        s, e = spk.orig(d["start"], d["end"])
        q = d.get("quote")
        qs, qe = spk.orig(*q) if q else (None, None)
        words = (d["speaker_text"] or "").strip()  # no space left over from a line's end
        out.append(Claim(id=f"c{i}", speaker=d["speaker"], speaker_text=words, kind=d["kind"],
                         cue=d["cue"], text=norm.original[s:e], span=(s, e), channel=d["channel"],
                         via=d["via"], quote=norm.original[qs:qe] if q else None,
                         quote_span=(qs, qe) if q else None))
    return tuple(out)
