"""Speech reported in a title-case headline: ``Governor Tells Farmers The Subsidy Ends In March``.

Headlines are written in a register of their own: every word capitalised, the present tense,
no ``that``. The parser reads such a line as one long proper name, so the claims extractor's
cues, found in the parse, miss it (and it skips heading lines, whose speech the article's body
repeats with its cue). The rule here reads the words rather than the parse:

* a heading line (a short paragraph with no full stop, as ``speech._heading_lines`` finds
  them) in title case (most of its words capitalised);
* holding a speech verb of the lexicon in its headline form, the third person present
  (``Says``, ``Tells``, ``Warns``, ``Denies``), that reports a clause (frame ``clause``);
* with one to six words before it (the speaker, resolved as a subject would be through its last
  word: ``Governor`` is the governor the article names) and at least three after (the claim, the
  addressee of ``Tells`` included, since a headline does not mark where it ends).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.claims.speakers import Speakers

#: A headline is in title case when at least this share of its words start with a capital.
TITLE_SHARE = 0.7
MAX_SPEAKER_WORDS = 6
MIN_CLAIM_WORDS = 3


def _lemma(word: str, lexicon: dict[str, str]) -> str | None:
    """The lexicon lemma of a third-person present form (``says``, ``denies``, ``urges``)."""
    w = word.lower()
    for lemma in (w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ies") else ""):
        if lemma and lemma in lexicon and w.endswith("s"):
            return lemma
    return None


def headline_claims(doc: Doc, headings: set[int], spk: Speakers, lexicon: dict[str, str],
                    frames: dict[str, frozenset[str]]) -> list[dict]:
    """Draft claims (as ``speech.claims`` builds them) of the title-case headlines of ``doc``."""
    lines: dict[int, list[int]] = {}
    for i in sorted(headings):
        if lines and i == max(lines[max(lines)]) + 1:
            lines[max(lines)].append(i)
        else:
            lines[i] = [i]
    drafts = []
    for idx in lines.values():
        words = [doc[i] for i in idx if doc[i].is_alpha]
        if len(words) < 4 or sum(w.text[:1].isupper() for w in words) < TITLE_SHARE * len(words):
            continue
        for k, w in enumerate(words):
            lemma = _lemma(w.text, lexicon)
            if lemma is None or "clause" not in frames.get(lemma, frozenset()):
                continue
            before, after = words[:k], words[k + 1:]
            if not 1 <= len(before) <= MAX_SPEAKER_WORDS or len(after) < MIN_CLAIM_WORDS:
                break
            speaker, _ = spk.speaker(before[-1])
            if speaker is None and (holder := spk.by_role(before[-1])) is not None:
                speaker = holder.id  # "Governor Tells ...": the governor the article names
            junk = spk.actor_at(w)
            if junk is not None and junk.id == speaker:
                speaker = None  # "Minister Denies Report" taken for a name: the verb is no one's name
            kind = "denial" if lexicon[lemma] == "denial" else "indirect"
            drafts.append({"start": after[0].i, "end": after[-1].i + 1, "kind": kind, "speaker": speaker,
                           "speaker_text": spk.text(before[0].i, before[-1].i + 1), "cue": lemma, "channel": None,
                           "via": None, "verb": w, "quotes": [], "quote": None})
            break
    return drafts
