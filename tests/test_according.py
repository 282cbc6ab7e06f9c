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
    # a description of the source after it is no part of what it reports
    ("Three wells ran dry last month, according to the district council, which monitors the supply.",
     "Three wells ran dry last month"),
    ("At least nine people were killed in two days of shelling along the river, according to the Joint "
     "Monitoring Commission, the body set up to oversee a 2019 ceasefire.",
     "At least nine people were killed in two days of shelling along the river"),
])
def test_what_according_to_reports(dossier_of, text, words):
    assert [(c.kind, c.text) for c in dossier_of(text).claims] == [("according_to", words)]


@pytest.mark.parametrize("text, speaker, words", [
    ("In the senator's words, the levy is dead on arrival.", "the senator", "the levy is dead on arrival"),
    ("In the words of one diplomat, the talks are going nowhere.", "one diplomat", "the talks are going nowhere"),
    ("As the mayor put it, the town cannot afford another strike.", "the mayor",
     "the town cannot afford another strike"),
    ("The town cannot afford another strike, as the mayor put it.", "the mayor",
     "The town cannot afford another strike"),
])
def test_in_x_s_words_and_as_x_put_it_name_the_source(dossier_of, text, speaker, words):
    assert [(c.kind, c.speaker_text, c.text) for c in dossier_of(text).claims] == [("according_to", speaker, words)]


@pytest.mark.parametrize("text", [
    "In other words, the plan failed.",
    "As he put it down, the glass cracked.",
])
def test_other_words_and_putting_things_name_no_source(dossier_of, text):
    assert dossier_of(text).claims == ()


def test_a_cue_in_a_relative_clause_does_not_make_according_to_a_relay(dossier_of):
    d = dossier_of("Chile, which had threatened to veto the package, dropped its objections, according to two "
                   "diplomats familiar with the talks.")
    assert [c.kind for c in d.claims if c.speaker_text == "two diplomats familiar with the talks"] == ["according_to"]
