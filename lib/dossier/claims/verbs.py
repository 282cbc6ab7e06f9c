"""The words of speech the claims rules read: speech verbs and their frames, nouns of claims, documents and channels.

Each is a data file (``data/speech_verbs.csv``, ``claim_nouns.csv``, ``document_nouns.csv``,
``channel_nouns.csv``) that names its source; each is read once.
"""

from __future__ import annotations

from functools import cache

from dossier.text.gazetteer import lines, rows


@cache
def speech_verbs() -> dict[str, str]:
    """Lemma -> kind of claim (speech, denial, document)."""
    return {r["lemma"]: r["kind"] for r in rows("speech_verbs.csv")}


@cache
def verb_frames() -> dict[str, frozenset[str]]:
    """Lemma -> what of the verb's is the claim (the frames of ``data/speech_verbs.csv``)."""
    return {r["lemma"]: frozenset(r["frames"].split()) for r in rows("speech_verbs.csv")}


@cache
def claim_nouns() -> frozenset[str]:
    return frozenset(lines("claim_nouns.csv"))


@cache
def document_nouns() -> frozenset[str]:
    return frozenset(lines("document_nouns.csv"))


@cache
def channel_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in lines("channel_nouns.csv"))
