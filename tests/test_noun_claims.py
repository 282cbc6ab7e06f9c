"""Claims made in a noun its speaker owns: one invented sentence per rule."""

import pytest


@pytest.mark.parametrize("text, speaker, words, cue", [
    # an "of" complement
    ("Despite Tomas Ruud's allegations of widespread fraud, Anna Lind ended the power-sharing deal.",
     "Tomas Ruud", "allegations of widespread fraud", "allegation"),
    # a "that" clause
    ("The ministry rejected Russia's claim that the drones had been launched from Finland.",
     "Russia", "claim that the drones had been launched from Finland", "claim"),
    # "his": the person named last
    ("Tomas Ruud spoke on Monday. Few believed his warning that the dam could fail.",
     "Tomas Ruud", "warning that the dam could fail", "warning"),
])
def test_a_noun_of_claiming_with_its_owner_is_a_claim(dossier_of, text, speaker, words, cue):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert (speaker, words, cue) in [(names.get(c.speaker), c.text, c.cue) for c in d.claims], d.claims


@pytest.mark.parametrize("text", [
    # no complement of what is claimed
    "Anna Lind dismissed Tomas Ruud's claim to the throne.",
    # no owner
    "The claim that the dam could fail was never tested.",
])
def test_no_noun_claim(dossier_of, text):
    assert not [c for c in dossier_of(text).claims if c.cue in ("claim", "allegation", "warning")]


def test_a_verb_reporting_the_noun_keeps_one_claim(dossier_of):
    claims = dossier_of("Tomas Ruud repeated his claim that the dam could fail.").claims
    assert [c.text for c in claims] == ["the dam could fail"]


@pytest.mark.parametrize("text, words, cue", [
    ("Amid claims of ballot tampering, the count stopped.", "claims of ballot tampering", "claim"),
    ("Despite reports that the bridge had fallen, traffic kept moving.",
     "reports that the bridge had fallen", "report"),
])
def test_claims_in_the_air_are_claims_of_no_one_named(dossier_of, text, words, cue):
    assert [(c.speaker, c.speaker_text, c.text, c.cue) for c in dossier_of(text).claims] == \
        [(None, words.split()[0], words, cue)]


def test_a_single_claim_as_a_topic_is_none(dossier_of):
    assert dossier_of("After the claim of fraud, the count stopped.").claims == ()
