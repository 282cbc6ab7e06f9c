"""'According to X' (dossier.claims.according): one invented sentence per rule."""

import pytest


@pytest.mark.parametrize("text, words", [
    # at the end of a sentence after a comma: the whole sentence, not the clause it hangs on
    ("Turnout was low because many voters stayed home, according to the organisers.",
     "Turnout was low because many voters stayed home"),
    ("The plant will close in May, when the lease ends, according to the organisers.",
     "The plant will close in May, when the lease ends"),
    # never across a semicolon
    ("The storm hit at dawn; three people died, according to officials.", "three people died"),
    # in mid-clause: the clause it interrupts
    ("The issue, according to the organisers, is the price of tickets.",
     "The issue, according to the organisers, is the price of tickets"),
])
def test_what_according_to_reports(dossier_of, text, words):
    assert [(c.kind, c.text) for c in dossier_of(text).claims] == [("according_to", words)]
