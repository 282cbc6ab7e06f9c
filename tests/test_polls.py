"""What a poll finds when it is no clause (dossier.claims.polls): one invented sentence per rule."""

import pytest


def claims_of(dossier_of, text):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    return [(names.get(c.speaker) or c.speaker_text, c.text, c.cue, c.kind) for c in d.claims]


@pytest.mark.parametrize("text, expected", [
    # an object and what is said of it: a standing, a share, a lead
    ("A poll by Stratton Research gave Ms Hale 46 per cent of first preferences to 39 per cent for Mr Rourke.",
     [("Stratton Research", "Ms Hale 46 per cent of first preferences to 39 per cent for Mr Rourke", "give",
       "document")]),
    ("A poll of polls maintained by Harbour Research put the two candidates level at 41 per cent each.",
     [("Harbour Research", "the two candidates level at 41 per cent each", "put", "document")]),
    # the parser hangs part of the small clause on the verb: the claim runs to the verb's phrase's end
    ("A poll released Monday by the Keystone Civic Institute found Whitcomb trailing her Democratic rival, "
     "Carl Brennan, by six points among likely voters.",
     [("Keystone Civic Institute",
       "Whitcomb trailing her Democratic rival, Carl Brennan, by six points among likely voters", "find",
       "document")]),
    # a clause whose verb is a speech verb's lemma is still the poll's finding, whoever published it
    ("A survey of 600 shops published on Sunday by the Retail Traders' Council found that two-thirds expected "
     "to cut jobs if tariffs rose.",
     [("Retail Traders' Council", "two-thirds expected to cut jobs if tariffs rose", "find", "document")]),
])
def test_what_a_poll_finds(dossier_of, text, expected):
    assert claims_of(dossier_of, text) == expected


def test_a_name_the_parser_hangs_on_the_poll_past_its_verb_is_no_speaker(dossier_of):
    text = ("Ohio ads\nA poll released Tuesday by the Buckeye Civic Institute found Hollister trailing her Republican "
            "rival, Dale Kittredge, by four points among likely voters in the state.")
    (claim,) = dossier_of(text).claims
    assert claim.speaker_text == "A poll released Tuesday by the Buckeye Civic Institute"
    assert claim.speaker == "buckeye-civic-institute"


def test_it_after_a_poll_is_the_poll(dossier_of):
    text = ("A survey by the Hollin Institute found Okafor nine points ahead of Lind. It also showed that half "
            "of voters distrusted both candidates.")
    assert claims_of(dossier_of, text)[-1] == ("Hollin Institute", "half of voters distrusted both candidates",
                                               "show", "document")


@pytest.mark.parametrize("text", [
    # said of anything but a poll, these verbs claim nothing
    "The minister put the box on the table before the vote.",
    "The mayor gave the visitors a tour of the new harbour.",
    # ... and a poll's own particulars are no finding
    "The poll has a margin of error of plus or minus three points.",
    "The survey gave no figures for the smaller parties.",
])
def test_the_same_verbs_of_anything_else_claim_nothing(dossier_of, text):
    assert claims_of(dossier_of, text) == []
