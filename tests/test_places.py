import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest
from dossier.text import places
from dossier.text.places import coordinates, country_of


@pytest.mark.parametrize("name, key, near", [
    ("Iran", "state:IRN", (35.7, 51.4)),   # Tehran
    ("Bushehr", None, (29.0, 50.8)),
    ("the Persian Gulf", None, (26.0, 52.0)),
    ("Caspian Sea", None, (42.0, 50.5)),
    # regions beyond the seed's: Africa, Southeast Asia, the Mediterranean
    ("West Africa", None, (12.0, -3.0)),
    ("Southeast Asia", None, (8.0, 110.0)),
    ("the Mediterranean", None, (35.0, 18.0)),
])
def test_places_resolve_offline(name, key, near):
    lat, lon = coordinates(name, key=key)
    assert abs(lat - near[0]) < 0.5 and abs(lon - near[1]) < 0.5


def test_an_unknown_place_has_no_coordinates():
    assert coordinates("Nowhere-in-particular") is None


@pytest.mark.parametrize("name, iso3", [("Mombasa", "KEN"), ("Tennessee", "USA"), ("the Atlantis Rim", None)])
def test_the_country_a_town_or_us_state_is_in(name, iso3):
    assert country_of(name) == iso3


@pytest.fixture
def fresh_index(tmp_path, monkeypatch):
    """The place indexes kept in an empty cache folder, forgotten by the process before and after."""
    monkeypatch.setattr(places, "CACHE", tmp_path)
    places._cities.cache_clear()
    places._capitals.cache_clear()
    yield tmp_path / "places"
    places._cities.cache_clear()
    places._capitals.cache_clear()


def test_the_city_index_is_built_once_then_read_from_the_cache(fresh_index, monkeypatch):
    built = places._cities()
    assert [p.name.split("-")[0] for p in fresh_index.glob("*.pickle")] == ["cities"]
    places._cities.cache_clear()
    monkeypatch.setattr(places, "_built_cities", lambda: pytest.fail("the index was built again"))
    assert places._cities() == built


def test_a_damaged_capital_index_is_built_again(fresh_index):
    places._capitals()
    (stored,) = fresh_index.glob("capitals-*.pickle")
    stored.write_bytes(b"not a pickle")
    places._capitals.cache_clear()
    assert places.coordinates("x", key="state:FRA") is not None
    assert stored.read_bytes() != b"not a pickle"


@pytest.mark.parametrize("key, near", [
    ("state:BRA", (-15.8, -47.9)),  # "Brasilia" in the country list, "Brasília" in the city list
    ("state:CMR", (3.9, 11.5)),     # Yaounde / Yaoundé
    ("state:COL", (4.6, -74.1)),    # Bogota / Bogotá
    ("state:CUW", (12.1, -68.9)),   # " Willemstad", with a stray space
])
def test_a_state_is_placed_at_its_capital_however_the_two_lists_spell_it(key, near):
    lat, lon = coordinates("x", key=key)
    assert abs(lat - near[0]) < 0.5 and abs(lon - near[1]) < 0.5


def test_loading_the_indexes_lets_go_of_the_records_they_are_built_from(fresh_index):
    places.load()
    assert places._city_records.cache_info().currsize == 0
    assert country_of("Mombasa") == "KEN" and coordinates("x", key="state:KEN") is not None


def test_no_collection_runs_while_an_index_is_built(fresh_index, monkeypatch):
    seen = []
    monkeypatch.setattr(places, "_built_cities", lambda: seen.append(places.gc.isenabled()) or {})
    places._cities()
    assert seen == [False] and places.gc.isenabled()


@pytest.mark.parametrize("name, indexed", [
    ("Kiev", True), ("Moskva", True),  # alternate names as English news writes them
    ("DXB", False),  # an airport code, which an acronym in a text would meet
    ("andolalabeya", False),  # a romanization in lower case
])
def test_only_alternate_names_a_text_writes_are_in_the_city_index(name, indexed):
    assert (name in places._cities()) is indexed


def test_indexes_kept_by_a_process_of_their_own_are_read_not_built(fresh_index, monkeypatch):
    assert not places.kept()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as builder:
        builder.submit(places.keep, folder=fresh_index.parent).result()
    assert places.kept()
    monkeypatch.setattr(places, "_built_cities", lambda: pytest.fail("the index was built again"))
    monkeypatch.setattr(places, "_built_capitals", lambda: pytest.fail("the index was built again"))
    places.load()
    assert country_of("Mombasa") == "KEN"
