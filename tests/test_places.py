import pytest
from dossier.places import coordinates


@pytest.mark.parametrize("name, key, near", [
    ("Iran", "state:IRN", (35.7, 51.4)),   # Tehran
    ("Bushehr", None, (29.0, 50.8)),
    ("the Persian Gulf", None, (26.0, 52.0)),
    ("Caspian Sea", None, (42.0, 50.5)),
])
def test_places_resolve_offline(name, key, near):
    lat, lon = coordinates(name, key=key)
    assert abs(lat - near[0]) < 0.5 and abs(lon - near[1]) < 0.5


def test_an_unknown_place_has_no_coordinates():
    assert coordinates("Nowhere-in-particular") is None
