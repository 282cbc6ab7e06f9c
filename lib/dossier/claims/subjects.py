"""Who a cue's subject is in the parse: the subject inherited or inverted, and where a speaker's words end.

Read from the dependency parse alone, before any actor is resolved (``speakers.py`` does that):

* the subject of a cue is its ``nsubj``, inherited through ``conj``/``advcl``/``xcomp`` from the
  verb it hangs on, or a passive speech verb's agent;
* in inverted order (``“...,” insists Dunn``, ``reply Burton and Nick``) the first name or pronoun
  right after the cue;
* a speaker's words stop before an aside (a relative clause or participle set off by commas) and
  start after a verb of saying of another language that the parse took into the name
  (``“...”, dijo Burtón``);
* a source said to stay unnamed (``who asked not to be named``) is no one named before;
* a common noun with the suffix of an agent noun (``the harbour master``, ``a ferry operator``,
  ``activists``) names people, where the lexicons of speaker nouns and titles do not list it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dossier.text.gazetteer import rows
from dossier.text.lexicon import other_language_cues

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def words_start(subj: Token) -> int:
    """Where a speaker's words start: after a verb of saying of another language the parse hung on
    the name (``dijo Burtón``)."""
    start = subj.left_edge.i
    while start < subj.i and subj.doc[start].lower_ in other_language_cues():
        start += 1
    return start


@cache
def speech_lemmas() -> frozenset[str]:
    """The lemmas of the speech-verb lexicon (``data/speech_verbs.csv``)."""
    return frozenset(r["lemma"] for r in rows("speech_verbs.csv"))


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited from the verb it is coordinated with or hangs on; of a
    passive speech verb, the agent (``was told by the minister that ...``)."""
    for _ in range(5):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        # ... not "by radio" after an active verb with its subject: the means, not the speaker
        if agents and verb.lemma_ in speech_lemmas() and not any(c.dep_ == "nsubj" for c in verb.children):
            return agents[0]
        # of two subjects, the one nearer the verb: "PORTO (Reuters) — The minister said": a dateline parsed
        # as a second subject
        subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: (c.i > verb.i, -c.i))
        for c in subjects[:1]:
            # "Ruth Kessel, who said ...": the relative pronoun stands for the noun the clause hangs on
            return verb.head if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else c
        # "Wierzbicki, asked whether ..., said": the subject parsed as the aside's
        aside = next((c for c in verb.children if c.dep_ in ("parataxis", "advcl", "ccomp") and c.i < verb.i
                      and c.lemma_ == "ask"), None)
        if aside is not None and (lent := next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i),
                                               None)) is not None:
            return lent
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
                and verb.head.pos_ in ("NOUN", "PROPN") and (verb.tag_ == "VBD" or _only_verb(verb)):
            # "The auditor called on ...", "X, a research group, estimated in a report that ...": the
            # sentence's verb, which the parser hung on its subject
            return verb.head
        if verb.dep_ == "ROOT":  # "The 67-year-old added that ...": the subject parsed as a modifier of the verb
            dets = [d.i for d in verb.children if d.dep_ == "det" and d.i < verb.i]  # "The" hung on the verb too
            lost = [c for c in verb.children if c.i < verb.i and c.dep_ in ("amod", "npadvmod", "dep")
                    and c.pos_ in ("ADJ", "NOUN", "PROPN")
                    and (any(d.dep_ == "det" for d in c.children) or any(i < c.i for i in dets))]
            if lost:
                return lost[-1]
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            head = verb.head
            # "said the tax “costs a fortune,” further saying ...": a participle parsed under the
            # reported clause is the speaker's, not the clause subject's
            if verb.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.lemma_ in speech_lemmas():
                head = head.head
            if verb.tag_ == "VBG" and verb.dep_ == "advcl":
                head = _main_clause(head)
            verb = head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "continued by noting that ..."
            verb = verb.head.head
        elif verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            return verb.head  # "Its spokeswoman, Ravina Patel, called on ...": a finite verb read as a modifier
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "pobj"):
            # "posted a message on Twitter blaming Iran": the participle is the poster's
            t = verb.head
            while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            verb = t
        else:
            return None
    return None


#: Conjunctions of a reason or a time clause, whose subject is not the one of a participle hung on it.
SUBORDINATORS = frozenset({"as", "because", "since", "while", "although", "though", "when", "after", "before"})


def _only_verb(verb: Token) -> bool:
    """Whether a verb the parser hung on the sentence's noun is the sentence's only finite or
    participle verb outside its own clause: then it is the sentence's verb."""
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return not any(t.pos_ in ("VERB", "AUX") and t.i not in own for t in verb.sent)


def _main_clause(head: Token) -> Token:
    """The clause a participle belongs to, past a subordinate clause the parser hung it on
    (``called the plan risky, as margins are thin, while noting ...``: noted by the subject
    of ``called``, not by ``margins``)."""
    for _ in range(4):
        top = head
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in top.children):
            head = top.head
        else:
            return head
    return head


def inverted_subject(cue: Token) -> Token | None:
    """The speaker named right after a cue in inverted order (``said Paul Martin``,
    ``reply Burton and Nick``, ``said a neighbour``): the head of the first noun phrase among
    the next few words, before any punctuation."""
    doc = cue.doc
    for t in doc[cue.i + 1:min(cue.i + 6, len(doc))]:
        if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            return None
        if t.pos_ in ("PROPN", "PRON", "NOUN") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            head = t
            while head.dep_ in ("compound", "flat", "poss", "amod", "nmod") and head.head.i > head.i:
                head = head.head
            return head
    return None


def words_end(subj: Token) -> int:
    """Where a speaker's words end: before a relative clause set off by a comma (``Anna Berg,
    who resigned last year, said``; ``the ruling drew criticism from Berg, who called it``) or
    told of an apposition (``Paul Marsh, a detective who has chased ...``) or a participle set off
    by a comma (``Lena Ruud, speaking to reporters, said``), and before the comma closing an
    apposition."""
    end = subj.right_edge.i + 1
    if subj.head.i > subj.i:
        end = min(end, subj.head.i)  # not past its verb, whatever the parser hung on it there
    for c in subj.subtree:  # also on a noun inside ("Farmers familiar with the scheme, who asked not to be named")
        if c.dep_ == "relcl" and c.i > subj.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",":
            end = min(end, c.left_edge.i - 1)
        if c.dep_ == "prep" and c.lower_ == "as" and c.head.dep_ in ("acl", "relcl") and subj.dep_ == "pobj" \
                and subj.head.dep_ == "agent":
            end = min(end, c.i)  # "described by an official at a hearing as regrettable": what it is described as
    for c in subj.children:
        if c.dep_ == "acl" and c.i > subj.i and c.doc[c.left_edge.i - 1].text == ",":
            end = min(end, c.left_edge.i - 1)  # "Lena Ruud, speaking to reporters in Oslo,": an aside
        if c.dep_ == "acl" and c.tag_ == "VBD" and subj.dep_ == "ROOT":
            end = min(end, c.left_edge.i)  # "The auditor called on ...": the cue hung on its subject
        # "Paul Marsh, a detective who has chased the robber for years": the apposition names, its clause tells
        for r in (r for r in c.subtree if c.dep_ == "appos" and c.i > subj.i and r.dep_ == "relcl" and r.i > c.i):
            end = min(end, r.left_edge.i)  # also on a noun inside it ("a lawyer for the families who sued")
    while end - 1 > subj.i and (subj.doc[end - 1].text in (",", ";", "—", "–") or subj.doc[end - 1].tag_ == "POS"):
        end -= 1  # "The ministry's spokesman, Tomas Ruud, said": no comma after the apposition; "in X's words"
    return end


def contact_object(verb: Token) -> Token | None:
    """``a commander it said directed operations in the north``: a cue in a relative clause
    without its pronoun (its one-word subject right after the noun the clause is on) whose
    reported verb the parser read as a modifier of an object; that object is what it reports."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.left_edge.tag_ not in ("VBD", "VBN") \
            or obj.left_edge.dep_ != "amod" or verb.i < 2:
        return None
    subj = doc[verb.i - 1]
    if subj.dep_ != "nsubj" or subj.left_edge.i != subj.i or doc[verb.i - 2].pos_ not in ("NOUN", "PROPN"):
        return None
    return obj

