"""A person's gender from the text's evidence: what they are called, their given name, then the
possessives of their own clauses."""

import pytest
from dossier.actors.resolver import actors
from dossier.claims.speakers import Speakers
from dossier.text.article import Article


def genders(pipeline, text):
    art = Article(id="literal", path=None, text=text)
    doc = pipeline(art.normalized.text)
    found = actors(doc, art.normalized)
    index = Speakers(doc, art.normalized, found)
    return {a.name: index.gender(a) for a in found if a.type == "person"}


@pytest.mark.parametrize("text, name, gender", [
    # what the person is called
    ("Spokeswoman Robin Tate met reporters on Monday.", "Robin Tate", "f"),
    ("Mr. Robin Tate met reporters on Monday.", "Robin Tate", "m"),
    # a given name when nothing calls them anything
    ("Walter Lorenz farms the hill above the town.", "Walter Lorenz", "m"),
    # ... which outweighs a possessive in a clause of theirs ("her remarks" are another woman's)
    ("Nadia Frei criticised the council. Told of her remarks, Walter Lorenz laughed.", "Walter Lorenz", "m"),
    # the possessives of their clauses when the name says nothing
    ("Robin Tate sold her shares in the company.", "Robin Tate", "f"),
])
def test_a_persons_gender_from_the_texts_evidence(pipeline, text, name, gender):
    assert genders(pipeline, text)[name] == gender
