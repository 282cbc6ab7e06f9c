"""Speech in title-case headlines (dossier.claims.headlines): one invented headline per rule."""

import pytest


def claims_of(dossier_of, text):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    return [(c.kind, names.get(c.speaker), c.speaker_text, c.cue, c.text) for c in d.claims]


@pytest.mark.parametrize("text, expected", [
    # the words after the headline verb are the claim; the title before it, the office's holder
    ("Governor Tells Farmers The Subsidy Ends In March\nGovernor Ana Dorn spoke in Lima on Monday.",
     [("indirect", "Ana Dorn", "Governor", "tell", "Farmers The Subsidy Ends In March")]),
    # a denial verb gives a denial
    ("Minister Denies Report Of Secret Talks\nThe talks were held in Lima.",
     [("denial", None, "Minister", "deny", "Report Of Secret Talks")]),
    # no speech verb, or a sentence-case line, is no headline claim
    ("Residents Return Home As Floods Recede\nThe river fell overnight.", []),
    ("The mayor says the bridge will close\nThe river fell overnight.", []),
])
def test_title_case_headlines(dossier_of, text, expected):
    assert claims_of(dossier_of, text) == expected
