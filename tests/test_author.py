import pytest
from dossier.actors.mentions import ActorIndex
from dossier.actors.resolver import actors
from dossier.events.author import author_state
from dossier.events.sanctions import sanctions
from dossier.text.article import normalize


def run(pipeline, text, **meta):
    norm = normalize(text)
    doc = pipeline(norm.text)
    found = actors(doc, norm)
    index = ActorIndex.of(doc, norm, found)
    by_id = {a.id: a.name for a in found}
    return index, by_id, doc, norm, found


@pytest.mark.parametrize("text, meta, state", [
    # a government's own outlet or web address names the author
    ("Today we imposed sanctions on Peru. Canada stands with its allies.", {"outlet": "The White House"}, None),
    ("Today we imposed sanctions on Peru, said the United States.", {"url": "https://www.whitehouse.gov/x"},
     "United States"),
    # a byline opening the text
    ("Statement by Prime Minister Ken Sato of Japan\nWe stand with Peru.", {}, "Japan"),
    # the narrative "we" is the state of the first sentence's subject
    ("Today, Canada imposed sanctions on Peru. We will not waver.", {}, "Canada"),
    # no first person outside quotation marks: no author
    ("Canada imposed sanctions on Peru. \"We will not waver,\" Peru said.", {}, None),
])
def test_author_state(pipeline, text, meta, state):
    index, by_id, *_ = run(pipeline, text)
    found = author_state(index, **meta)
    assert (by_id[found] if found else None) == state


@pytest.mark.parametrize("text, meta", [
    ("Today, Canada condemned the attack. We are cutting off the regime's access to our banks. "
     "The Administration is imposing full blocking sanctions on two Peruvian banks.", {}),
    ("We stand with the United States. Treasury designated three Peruvian firms as terrorist supporters.",
     {"url": "https://home.treasury.gov/news"}),
])
def test_we_the_administration_and_agencies_stand_for_the_author(pipeline, text, meta):
    index, by_id, doc, norm, found = run(pipeline, text)
    got = sanctions(doc, norm, found, **meta)
    assert got
    assert all(by_id.get(s.imposer) in ("Canada", "United States") for s in got), got
    assert any(by_id.get(t) == "Peru" for s in got for t in s.targets)


def test_an_agency_without_a_country_belongs_to_the_state_the_texts_agencies_are_named_for(pipeline):
    text = ("The United States condemned the vote. The U.S. Department of State summoned the envoy. "
            "Treasury designated three Peruvian firms.")
    index, by_id, doc, norm, found = run(pipeline, text)
    (s,) = sanctions(doc, norm, found)
    assert by_id[s.imposer] == "United States"
    assert by_id[s.targets[0]] == "Peru"


def test_we_sign_and_we_build_for_the_author(pipeline):
    from dossier.events.agreements import agreements
    from dossier.events.projects import projects

    text = "Today, Canada welcomed the talks. We signed a memorandum with Peru and we will build a port in Lima."
    index, by_id, doc, norm, found = run(pipeline, text)
    (g,) = agreements(doc, norm, found)
    assert sorted(by_id[p] for p in g.parties) == ["Canada", "Peru"]
    (p,) = projects(doc, norm, found)
    assert [by_id[s] for s in p.sponsors] == ["Canada"]


def test_another_states_government_is_not_the_author(pipeline):
    text = "Today, Canada spoke. We support Peru. The government of Peru imposed sanctions on Chile."
    index, by_id, doc, norm, found = run(pipeline, text)
    (s,) = sanctions(doc, norm, found)
    assert by_id[s.imposer] == "Peru"


def test_an_international_body_is_not_an_agency_of_the_author(pipeline):
    text = "Today, Canada spoke. We support Peru. The UN Security Council imposed sanctions on Chile."
    index, by_id, doc, norm, found = run(pipeline, text)
    (s,) = sanctions(doc, norm, found)
    assert by_id[s.imposer] != "Canada"
