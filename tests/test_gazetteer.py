import pytest
from dossier.text.gazetteer import gazetteer


@pytest.mark.parametrize("text, key, kind", [
    ("U.S.", "state:USA", "state"),
    ("the United States", "state:USA", "state"),
    ("US", "state:USA", "state"),
    ("UAE", "state:ARE", "state"),
    ("Tajikistan", "state:TJK", "state"),
    ("Moscow", "state:RUS", "capital"),
    ("Bogota", "state:COL", "capital"),  # the country list's spelling
    ("Bogotá", "state:COL", "capital"),  # and the city list's, as news writes it
    ("Brasília", "state:BRA", "capital"),
    ("the Kremlin", "state:RUS", "seat"),
    ("Iranian", "state:IRN", "demonym"),
    ("Saudi Arabia's", "state:SAU", "state"),
    ("North Korea", "state:PRK", "state"),
    ("NATO", "org:NATO", "organization"),
    ("TASS", "org:TASS", "media"),
    ("Save the Children", "org:SAVE_THE_CHILDREN", "organization"),
    ("ACLED", "org:ACLED", "organization"),
    ("Western countries", "group:WEST", "group"),
])
def test_lookup_finds_the_entry_a_name_stands_for(text, key, kind):
    form = gazetteer().lookup(text)
    assert form is not None and (form.key, form.kind) == (key, kind)


@pytest.mark.parametrize("text", ["Bushehr", "Caspian Sea", "us", "Male"])
def test_lookup_ignores_places_and_common_words(text):
    assert gazetteer().lookup(text) is None


def test_states_have_plain_display_names_and_news_agencies_their_state():
    g = gazetteer()
    assert g.entries["state:IRN"].name == "Iran"
    assert g.entries["org:IRNA"].affiliation == "state:IRN"


def test_ruler_patterns_carry_the_entry_key_as_id():
    patterns = gazetteer().patterns()
    assert {"label": "ORG", "pattern": "Kremlin", "id": "state:RUS"} in patterns


@pytest.mark.parametrize("text, key", [
    ("Congo", "state:COD"),  # as wire services write the Democratic Republic of the Congo
    ("Democratic Republic of Congo", "state:COD"),
    ("Republic of Congo", "state:COG"),
    ("Belgrade", "state:SRB"),  # not the defunct Serbia and Montenegro
])
def test_a_name_two_entries_could_take_is_the_current_or_usual_one(text, key):
    g = gazetteer()
    assert g.lookup(text).key == key
    assert {p["id"] for p in g.patterns() if p["pattern"] == text} == {key}
