"""textacy's own quotation test cases, in Dossier's record terms.

Source: the public test file ``tests/extract/test_triples.py`` of chartbeat-labs/textacy
(https://github.com/chartbeat-labs/textacy, commit 1c8a8ac7de421b0e08e54da36b08b7ad32e30aef):
the English cases of ``test_direct_quotations`` (the one it hides since spaCy 3.2, ``“We love
cats!” reply Burton and Nick.``, included) and of ``test_adjustment_for_quote_detection``. The
sentences are copied literally. textacy's (speaker, cue, content) triple of a direct quotation is
here a claim with quoted words (``direct`` or ``partial``): its ``speaker_text``, its ``cue``
(None for a quotation that goes on from the one before, which has no verb of its own) and its
``quote`` (the words inside the marks). Where textacy expects no direct quotation, no claim may
quote anything (a title in quotation marks is no quotation; an opinion is no speech).

The two Spanish cases (``test_direct_quotations_spanish``) are read by the English pipeline: a
verb of saying of another language written right after a quotation (``data/quote_verbs_other_languages.csv``)
attributes it to the name that follows. textacy's cue there is the verb as written.
"""

import pytest

DIRECT = [
    ('Burton said, "I love cats!"', [("Burton", "say", "I love cats")]),
    ('"We love cats!" reply Burton and Nick.', [("Burton and Nick", "reply", "We love cats")]),
    ('Burton explained from a podium. "I love cats," he said.', [("he", "say", "I love cats")]),
    ('"I love cats!" insists Burton. "I absolutely do."',
     [("Burton", "insist", "I love cats"), ("Burton", None, "I absolutely do")]),
    ('"Some people say otherwise," he conceded.', [("he", "concede", "Some people say otherwise")]),
    ('Burton claims that his favorite book is "One Hundred Years of Solitude".', []),
    ('Burton thinks that cats are "cuties".', []),
]

SPANISH = [
    ('"Me encantan los gatos", dijo Burtón.', [("Burtón", "dijo", "Me encantan los gatos")]),
    ("«Me encantan los gatos», afirmó Burtón.", [("Burtón", "afirmó", "Me encantan los gatos")]),
]

ADJUSTMENT = [
    # an unbalanced mark opening the text: the only quotation is Edward's
    ("""'AMANDA, you stabbed me," a stunned Anna Ramirez told her identical twin early Saturday outside their Camden"""
     """ home. Edward said prosecutors had established "clear and convincing evidence" that Ramirez should be"""
     """ held.""", ["Edward"]),
    # an odd number of quotation marks
    ("""He approached the stable. "Where are the horses' carrots?" he asked.""", ["he"]),
    # a quotation inside a quotation is one quotation
    ("The stranger was eating a burger. He told everyone, \"This 'hamburger with extra cheese and pickles' is good.\"",
     ["He"]),
    # a quotation ends at a line break
    ("'uneasy' on Gilmer street\"\nPolice are investigating a shooting. They did not identify the 17-year-old because"
     " he is a minor.\n\"Detectives are looking into it,\" Richmond police said in a news release Tuesday morning.",
     ["Richmond police"]),
    # the speaker of two quotations around the attribution
    ('He pounces on counters and jabs the gun at tellers, only 2 pounds of pressure preventing that gun from '
     'firing.\n"He\'s going to hurt somebody because he\'s carrying a revolver with the hammer cocked back. He\'s '
     'saying he\'s going to kill people," said Paul Martin, a Pinellas sheriff\'s detective who has been chasing the '
     'robber for two years. "He\'s pointed guns at people\'s heads."\nThey call him the crowbar robber because in ',
     ["Paul Martin", "Paul Martin"]),
]


def quoted(dossier_of, text):
    return [c for c in dossier_of(text).claims if c.quote]


@pytest.mark.parametrize("text, expected", DIRECT)
def test_direct_quotations(dossier_of, text, expected):
    assert [(c.speaker_text, c.cue, c.quote) for c in quoted(dossier_of, text)] == expected


@pytest.mark.parametrize("text, expected", SPANISH)
def test_direct_quotations_spanish(dossier_of, text, expected):
    assert [(c.speaker_text, c.cue, c.quote) for c in quoted(dossier_of, text)] == expected


@pytest.mark.parametrize("text, speakers", ADJUSTMENT)
def test_adjustment_for_quote_detection(dossier_of, text, speakers):
    # textacy's speaker is the head of the subject with its compounds: the name, before any apposition
    assert [c.speaker_text.split(",")[0] for c in quoted(dossier_of, text)] == speakers
