from pathlib import Path

import pytest
from dossier.actors.mentions import ActorIndex
from dossier.actors.resolver import actors
from dossier.events.author import home_state
from dossier.events.officials import official_state
from dossier.text.article import Article


def index_of(pipeline, text):
    norm = Article(id="literal", path=Path("literal.txt"), text=text).normalized
    doc = pipeline(norm.text)
    return ActorIndex.of(doc, norm, actors(doc, norm))


def person(index, name):
    return next(a for a in index.actors if a.name == name)


@pytest.mark.parametrize("text, expected", [
    # the state the text's own offices are named for
    ("The U.S. Department of State and the United States Permanent Representative met Chile's envoy. "
     "The United States agreed.", "United States"),
    # no office named for a state
    ("The minister met Chile's envoy in Peru.", None),
])
def test_the_state_the_offices_are_named_for(pipeline, text, expected):
    index = index_of(pipeline, text)
    found = home_state(index)
    assert (index.by_id[found].name if found else None) == expected


def test_an_official_acts_for_the_author_before_the_offices(pipeline):
    index = index_of(pipeline, "President Alan Brook met the U.S. Department of State in the United States and Chile.")
    chile = next(a.id for a in index.actors if a.name == "Chile")
    assert official_state(index, person(index, "Alan Brook"), chile) == chile
    assert index.by_id[official_state(index, person(index, "Alan Brook"), None)].name == "United States"


def test_the_most_named_state_only_when_asked_and_far_ahead(pipeline):
    text = ("President Alan Brook spoke about Peru. The United States will act. The United States is ready. "
            "American farmers agree.")
    index = index_of(pipeline, text)
    brook = person(index, "Alan Brook")
    assert official_state(index, brook, None) is None  # not asked: no guess
    assert index.by_id[official_state(index, brook, None, besides=set())].name == "United States"
