"""Claims stated by an adjective of conviction or a light verb and a noun (dossier.claims.stances)."""

import pytest


def claims_of(dossier_of, text):
    return [(c.speaker_text, c.text, c.cue) for c in dossier_of(text).claims]


@pytest.mark.parametrize("text, expected", [
    # an adjective of conviction with a clause, on the adjective or on its copula
    ("The senator is confident that the levy will pass.", [("The senator", "the levy will pass", "confident")]),
    ("The minister was adamant that no deal had been struck.",
     [("The minister", "no deal had been struck", "adamant")]),
    ("Her aides are convinced the count was rigged.", [("Her aides", "the count was rigged", "convinced")]),
    ("Farmers are worried that the river will flood again.",
     [("Farmers", "the river will flood again", "worried")]),
    # a light verb carrying a noun of claiming with a that-clause
    ("The chairman raised the possibility that rates would rise.",
     [("The chairman", "rates would rise", "possibility")]),
    ("The candidate made the case that fares were too high.", [("The candidate", "fares were too high", "case")]),
])
def test_stances_are_claims(dossier_of, text, expected):
    assert claims_of(dossier_of, text) == expected


@pytest.mark.parametrize("text", [
    "The senator is not convinced that the levy will pass.",  # negated
    "It is certain that prices will rise.",  # no one holds it
    "The data are consistent with the model.",  # no clause, no conviction
    "Residents are worried about the water.",  # no clause
    "The storm raised the possibility of floods.",  # no speaker, no clause
    "The crew made the point of arriving early.",  # no clause
])
def test_what_is_no_stance(dossier_of, text):
    assert claims_of(dossier_of, text) == []
