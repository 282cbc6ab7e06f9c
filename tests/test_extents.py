"""Where a name starts and ends (dossier.actors.extents): one invented sentence per rule."""

import pytest


def organisations(d):
    return {a.name for a in d.actors if a.type == "organization"}


@pytest.mark.parametrize("text, name", [
    # a name cut short after its head runs on through "of" and the capitalised words after it
    ("The U.S. Department of the Treasury named two firms on Monday.", "U.S. Department of the Treasury"),
    # ... but not through a day's name
    ("She told the Senate Banking Committee on Tuesday that the rules would be tightened.",
     "Senate Banking Committee"),
    # a unit's ordinal is part of its name, inside the NER's span or just before it
    ("The army said its 14th Mechanised Brigade had withdrawn from the town.", "14th Mechanised Brigade"),
    ("The 3rd Armoured Division crossed the river on Monday.", "3rd Armoured Division"),
    # a town's or a region's government and offices, in lower case after its name
    ("Brackenford borough council plans to close seven libraries, a spokesman said.", "Brackenford borough council"),
    ("The Kharkiv regional administration said two people died in the strike.", "Kharkiv regional administration"),
    # a union's local branch is named by its number
    ("Members of United Steelworkers Local 1066 voted to accept the offer.", "United Steelworkers Local 1066"),
])
def test_a_name_runs_over_what_the_ner_left_out(dossier_of, text, name):
    assert name in organisations(dossier_of(text))


def test_a_number_in_other_names_still_names_no_actor(dossier_of):
    assert not organisations(dossier_of("Crews fired a Patriot PAC-3 Missile at dawn."))


@pytest.mark.parametrize("text, body", [
    ("Promises are cheap, said Marcus Delahunt, president of United Steelworkers Local 1066, on Monday.",
     "United Steelworkers Local 1066"),
])
def test_the_body_a_title_is_of_stays_an_organisation(dossier_of, text, body):
    assert body in organisations(dossier_of(text))


def test_a_verb_after_a_name_is_no_part_of_it(dossier_of):
    names = organisations(dossier_of("A professor at Ilia State University said the government had ignored them."))
    assert names == {"Ilia State University"}
