"""What a speech verb reports: the heads of its complements, read from the parse.

The verb's frames (``data/speech_verbs.csv``) say which of its dependents are what was said:

* ``clause``: its clausal complements (``said the plan failed``), also one hung by the parser on
  an adverb of the cue (``conceded publicly as well as privately that ...``);
* ``object``: an object with what is said of it (``called the move reckless``, ``urged Iran to
  stop``; not what is called in the sense of convened: ``called a meeting for Friday``); in the
  passive, the subject with it (``the figures were described by two officials as provisional``:
  said by the agent);
* ``judgement``: an object with what it is judged as or for (``condemned the raid as illegal``);
  with ``dobj`` too, the object alone (``praised the conduct of the crew``: a judgement of a
  thing said of it, short objects being debris);
* ``for``: the object of ``for`` (``called for talks``); ``on``: whom it calls on (or appeals
  to, pleads with) with what it calls on them to do (``called on the airline to reopen talks``);
  ``of``, ``to``, ``at``, ``against``: the object of that preposition (``warned of fresh delays``,
  ``pointed to the attack as proof``, ``hinted at a change of course``);
* ``xcomp``: an infinitive (``vowed to fight``); ``dobj``: the object alone (``claimed responsibility``),
  unless it is a prize or a loss (``claimed the title``, ``claimed three lives``: won or taken,
  not said; ``data/claimed_things.csv``); ``noun``: the object alone when it names something said
  or thought (``expressed concern over the arrests``, not ``expressed their commitment``), as a
  denial's object must;
* adjacent complements joined by punctuation or a conjunction are one claim, and so is a
  consequence the parser hangs on the cue after them (``stated X, so Y``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dossier.claims.subjects import contact_object
from dossier.text.gazetteer import words

#: What is called in the sense of convened or set, not named ("called a public meeting for Friday").
CONVENED = frozenset({"meeting", "election", "vote", "strike", "referendum", "session", "summit", "conference",
                      "halt", "recess", "hearing", "rally", "protest", "inquiry", "poll", "assembly", "debate"})
#: Prepositions whose object completes what is said of a verb's object ("accused X of Y").
OBJECT_PREPOSITIONS = {"as", "of", "for", "with", "to", "against"}
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
#: Conjunctions of a reason given for what is said of an object ("called it doubtful, as margins are thin").
REASONS = frozenset({"as", "because", "since"})
#: ... and of a judgement ("condemned the raid as illegal", "praised X for acting").
JUDGEMENT_PREPOSITIONS = {"as", "for"}


@cache
def claimed_things() -> frozenset[str]:
    """What is claimed in the sense of won or taken (``data/claimed_things.csv``)."""
    return words("claimed_things.csv", lower=True)


def clause_heads(verb: Token, frames: frozenset[str], kind: str, quoted: set[int], lexicon: dict[str, str],
                 claim_nouns: frozenset[str]) -> list[list[Token]]:
    """Runs of tokens heading what the cue reports (a run is one claim), by the rules in the module docstring."""
    children = list(verb.children)
    deps = {"ccomp"} if "clause" in frames else set()
    if kind == "denial":
        deps |= {"xcomp"}
    if "xcomp" in frames:
        deps |= {"xcomp"}
    # a speech verb with no subject of its own continues the attribution ("said, adding that ..."):
    # its clause is its own claim
    heads = [c for c in children if c.dep_ in deps
             and not (c.lemma_ in lexicon and c.pos_ == "VERB" and c.i not in quoted
                      and not any(s.dep_ in ("nsubj", "nsubjpass", "csubj") for s in c.children))]
    # "Wierzbicki, asked whether ..., said": the aside on the speaker is no part of what is said
    heads = [h for h in heads if not (h.lemma_ == "ask" and h.i < verb.i)]
    # "X, officials said, a step that Beijing has warned would trigger retaliation": what the step
    # is said to do is the writer's comment on X, hung by the parser on the cue
    heads = [h for h in heads if not (h.i > verb.i and verb.doc[h.left_edge.i - 1].text == "," and any(
        s.dep_ == "nsubj" and s.i == h.left_edge.i + 1 and verb.doc[h.left_edge.i].lower_ in ("a", "an")
        and any(r.dep_ == "relcl" for r in s.children) for s in h.children))]
    # "Morrow said, her voice rising": a participle set off after the cue tells how, not what
    heads = [h for h in heads if not (h.i > verb.i and h.tag_ == "VBG" and verb.doc[h.left_edge.i - 1].text == ","
                                      and not any(c.dep_ in ("aux", "auxpass", "mark") for c in h.children))]
    # "found it difficult to sleep": a small clause on a dummy "it" reports nothing
    heads = [h for h in heads if not (h.dep_ == "ccomp" and h.pos_ == "ADJ"
                                      and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in h.children))]
    # "conceded publicly as well as privately that ...": the clause hung on an adverb of the cue
    if "clause" in frames:
        heads += [cl for c in children if c.dep_ == "advmod" and c.i > verb.i for cl in c.children
                  if cl.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)]
    objects = [c for c in children if c.dep_ == "dobj"]
    if "clause" in frames:
        # "told the 15-member council that shelling had forced ...": the clause read as a relative clause
        heads += [r for o in objects for r in o.children if r.dep_ == "relcl"
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]  # no relative clause has one
    if "clause" in frames and "object" not in frames and (contact := contact_object(verb)) is not None:
        return [[contact]]  # "a commander it said directed operations": not the clause before the cue
    if objects and objects[0].lower_ in REFLEXIVES and "clause" not in frames:
        return []  # "the Houthis, who call themselves X": a name taken, nothing claimed
    if "clause" in frames and objects and "object" not in frames:
        # "cautioned reform does not happen overnight": the clause's subject parsed as the cue's object,
        # its finite verb left with no subject of its own
        broken = [c for c in children if c.dep_ in ("ccomp", "advcl") and c.i > objects[0].i
                  and c.left_edge.i > objects[0].right_edge.i and _finite_without_subject(c)
                  and all(t.is_punct for t in verb.doc[objects[0].right_edge.i + 1:c.left_edge.i])]
        if broken:
            heads = [h for h in heads if h is not broken[0]]
            return [[objects[0], broken[0]]] + [[h] for h in heads]
    if "clause" in frames:
        # "said construction of the section, the Kano pipeline, was complete": the clause's subject parsed as a
        # second subject of the cue, after it, its finite verb left with no subject of its own
        stray = next((c for c in children if c.dep_ == "nsubj" and c.i > verb.i), None)
        broken = [c for c in children if stray is not None and c.dep_ == "ccomp" and c.i > stray.right_edge.i
                  and _finite_without_subject(c)
                  and all(t.is_punct for t in verb.doc[stray.right_edge.i + 1:c.left_edge.i])]
        if broken:
            heads = [h for h in heads if h is not broken[0]]
            return [[stray, broken[0]]] + [[h] for h in heads]
    if not objects and any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "agent" for c in children):
        # "the figures were described by two officials as provisional": the subject is what is described
        objects = [c for c in children if c.dep_ == "nsubjpass"]
    if objects and verb.lemma_ == "call" and objects[0].lemma_.lower() in CONVENED \
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in children):
        return [[h] for h in heads]  # "called a public meeting for Friday": convened, nothing said
    if objects and ("object" in frames or "judgement" in frames):
        # "called it a disgrace" (two objects), "called its actions defensive" (an adjective on the object);
        # a judgement only with what it is judged as or for ("condemned the raid as illegal")
        preps = OBJECT_PREPOSITIONS if "object" in frames else JUDGEMENT_PREPOSITIONS
        rest = [c for c in children if c.i > objects[0].i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dobj")
                or c.dep_ == "prep" and c.lower_ in preps and _judged(c, frames))]
        rest += [c for c in objects[0].children if c.i > objects[0].i and (c.dep_ in ("acl", "amod") and
                 c.pos_ == "ADJ" or c.dep_ == "prep" and c.lower_ in preps - {"to"} and _judged(c, frames))]
        if "object" in frames and not rest and "as" in preps:
            # "described the hearings held so far as a formality", "were described by an official at a
            # hearing in May as regrettable": what it is described as, hung by the parser on a participle
            # at the end of the object or of the agent
            hosts = [objects[0], *(c for c in children if c.dep_ == "agent")]
            rest += [w for h in hosts for w in h.subtree if w.dep_ == "prep" and w.lower_ == "as" and w.i > verb.i
                     and w.head.dep_ in ("acl", "relcl") and w.right_edge.i == h.right_edge.i]
        if "object" in frames and not rest:
            # "urged both parties in a statement to return": the infinitive hung on the channel's noun
            rest += [a for p in children if p.dep_ == "prep" and p.i > objects[0].i for o in p.children
                     if o.dep_ == "pobj" for a in o.children if a.dep_ == "acl" and a.i > o.i
                     and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
        if rest:
            heads = [h for h in heads if h not in rest]
            last = max(t.right_edge.i for t in rest)
            # "called this doubtful, as the market is full": the reason given goes with the judgement
            rest += [c for c in children if c.dep_ == "advcl" and c.i > last
                     and any(m.dep_ == "mark" and m.lower_ in REASONS for m in c.children)]
            return [[objects[0], *rest]] + [[h] for h in heads]
    if not objects and "object" in frames:
        heads += [c for c in children if c.dep_ == "oprd"]  # "called its decision prudent", object lost in the parse
    if objects and ("dobj" in frames or "noun" in frames or kind == "denial"):
        obj = objects[0]
        if obj.lemma_.lower() in claimed_things() and obj.dep_ == "dobj":
            pass  # "went on to claim the title": won, not said
        elif "dobj" in frames and kind != "denial" or obj.tag_ == "VBG" or obj.lemma_.lower() in claim_nouns \
                or kind == "denial" and obj.left_edge.tag_ == "VBG" and obj.left_edge.i == verb.i + 1:
            # "denied recruiting children": a gerund the parser took for the object's modifier
            heads.append(obj)
            # "denied any role in the shelling": the phrase the parser hung on the verb is the noun's
            heads += [c for c in children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1
                      and c.lower_ in ("in", "of", "for", "on", "to", "with") and obj.lemma_.lower() in claim_nouns]
    for word in ("of", "to", "at", "against"):  # "warned of delays", "pointed to the attack", "hinted at a change"
        if word in frames:
            named = [o for p in children if p.dep_ == "prep" and p.lower_ == word
                     for o in p.children if o.dep_ in ("pobj", "pcomp")]
            heads += named
            # "spoke of Norland taking over the post": the gerund parsed apart from its subject
            heads += [c for c in children for o in named if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                      and c.left_edge.i == o.right_edge.i + 1]
            # "pointed to the attack as an example of ...": with what it is taken as
            heads += [p for p in children if named and p.dep_ == "prep" and p.lower_ == "as" and p.i > named[0].i]
    if "on" in frames:  # "called on the airline to reopen talks", "appealed to donors to send ...": whom, and
        # what they are to do
        for p in (c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with")):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                todo = [c for c in [*children, *o.children] if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                        and c.i > o.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
                if "for" in frames and p.lower_ == "to":  # "appealed to donors for food and tents"
                    todo += [c for c in [*children, *o.children] if c.dep_ == "prep" and c.lower_ == "for"
                             and c.i > o.i]
                if todo:
                    heads += [o, *todo]
    if "for" in frames:
        for prep in (c for c in children if c.dep_ == "prep" and c.lower_ == "for"):
            for o in (o for o in prep.children if o.dep_ == "pobj"):
                heads.append(o)
                # "called for the board to release the files": the infinitive parsed apart
                heads += [c for c in children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == o.right_edge.i + 1]
        # "called for NATO members to increase spending": parsed as a clause marked by "for"
        heads += [c for c in children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                   for m in c.children)]
    # "reiterated his belief that ...", "discussed their shared view that ...": the noun's clause
    for obj in objects:
        if obj.lemma_.lower() in claim_nouns:
            heads += [cl for cl in obj.children if cl.dep_ in ("acl", "ccomp", "relcl")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)]
    # "said in a statement that ...", "said at the time that ...": the clause hangs on the channel or
    # the time, not on the verb ("that" as its mark, or as an adverb the parser made of it; not a
    # relative pronoun: "said at the meeting that she chaired")
    for prep in (c for c in children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            heads += [cl for cl in obj.children if cl.dep_ in ("acl", "ccomp", "relcl")
                      and any(m.dep_ in ("mark", "advmod") and m.lower_ == "that" for m in cl.children)
                      and (any(m.dep_ == "mark" for m in cl.children)
                           or any(c.dep_ in ("nsubj", "nsubjpass") for c in cl.children))]
    # "said the bridge was built with a grant, so it costs the city nothing": the consequence the parser hangs on
    # the cue goes on with what was said
    if heads:
        last = max(h.i for h in heads)
        heads += [c for c in children if c.dep_ == "advcl" and c.i > last
                  and any(m.dep_ == "mark" and m.lower_ == "so" for m in c.children)]
    # a clause before the cue is what it reports only across a comma ("X, she said"), not a semicolon
    heads = [h for h in heads if h.i > verb.i or not any(t.text in (";", ":") for t in
                                                          verb.doc[h.right_edge.i:verb.i])]
    runs: list[list[Token]] = []
    for h in sorted(heads, key=lambda t: t.left_edge.i):
        if runs:
            prev_end = max(t.right_edge.i for t in runs[-1])
            between = verb.doc[prev_end + 1:h.left_edge.i]
            if all(t.is_punct and t.text not in ".!?" or t.dep_ == "cc" for t in between):
                runs[-1].append(h)
                continue
        runs.append([h])
    return runs


def _judged(prep: Token, frames: frozenset[str]) -> bool:
    """What a judgement verb judges its object for is a deed (``criticised X for failing to
    act``), not a time or a purpose (``for the first time``)."""
    return "judgement" not in frames or prep.lower_ != "for" or any(
        o.tag_ == "VBG" or o.dep_ == "pcomp" for o in prep.children)


def _finite_without_subject(verb: Token) -> bool:
    """A finite verb (or its auxiliary) with no subject and no subordinating conjunction: a clause
    whose subject the parser took elsewhere."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children):
        return False
    return verb.tag_ in ("VBZ", "VBD", "VBP", "MD") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "VBP", "MD") for c in verb.children)


def cue_as_modifier(verb: Token) -> tuple[Token, list[list[Token]]] | None:
    """``Lena Ruud, who had visited the camp, cautioned help does not come swiftly``: after a long
    subject set off by commas, the parser may read the cue as an adjective of the next noun and
    make that noun's clause the sentence. Then the subject before the comma is the speaker and
    the rest of the sentence what was said: (subject, one run of the clause's heads)."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.i == 0 or doc[verb.i - 1].text != "," \
            or verb.head.i != verb.i + 1 or verb.tag_ not in ("VBD", "VBN"):
        return None
    root = verb.sent.root
    if root.i <= verb.i or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i - 1), None)
    if subj is None:
        return None
    said = [c for c in (verb.head, root) if c.i > verb.i]
    said += [c for c in root.children if c.i > root.i and c.dep_ != "punct"]
    return subj, [said]
