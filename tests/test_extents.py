"""Where a name starts and ends (dossier.actors.extents): one invented sentence per rule."""

import pytest


def organisations(d):
    return {a.name for a in d.actors if a.type == "organization"}


@pytest.mark.parametrize("text, name", [
    # a name cut short after its head runs on through "of" and the capitalised words after it
    ("The U.S. Department of the Treasury named two firms on Monday.", "U.S. Department of the Treasury"),
    # a unit's ordinal is part of its name, inside the NER's span or just before it
    ("The army said its 14th Mechanised Brigade had withdrawn from the town.", "14th Mechanised Brigade"),
    ("The 3rd Armoured Division crossed the river on Monday.", "3rd Armoured Division"),
])
def test_a_name_runs_over_what_the_ner_left_out(dossier_of, text, name):
    assert name in organisations(dossier_of(text))


def test_a_number_in_other_names_still_names_no_actor(dossier_of):
    assert not organisations(dossier_of("Crews fired a Patriot PAC-3 Missile at dawn."))
