"""The projects map: routes and sites over country outlines, one zoomed panel per region.

Country outlines and coastlines come from basemap's bundled data; nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from dossier.config import CACHE
from dossier.site.figures import PROJECT_STATUS_COLOURS, fitted

if TYPE_CHECKING:  # basemap takes a while to import: only a map with places needs it
    from mpl_toolkits.basemap import Basemap

#: Places farther apart than this (degrees of latitude or longitude), and not joined by one
#: project's route, are drawn in separate panels, each zoomed to its own region.
REGION_GAP = 30.0
#: More regions than this are drawn on one map.
MAX_PANELS = 4
#: Width over height of a panel (Mercator), so that a long route still leaves a map to read.
ASPECT = 1.5
#: Degrees around the outermost places; at least MIN_PAD, more for larger regions.
MIN_PAD = 3.0
#: Panels smaller than this many degrees of latitude get intermediate-resolution outlines.
DETAIL_SPAN = 12.0
#: Projects named in a panel's title, and unplaced projects named in the caption, at most.
TITLE_ITEMS = 3
CAPTION_ITEMS = 12
COUNTRY_NOTE = "the text names only a country: drawn at its capital"


@dataclass(frozen=True)
class _Place:
    lat: float
    lon: float
    name: str
    role: str  # "site", "origin" or "destination"
    country: bool


def _places(p: pd.Series) -> list[_Place]:
    """The placed points of one project row: its site, or its origin and destination."""
    out = []
    for role, prefix, name in (("site", "", "place"), ("origin", "origin_", "origin"),
                               ("destination", "destination_", "destination")):
        lat, lon = p.get(f"{prefix}lat"), p.get(f"{prefix}lon")
        if pd.notna(lat) and pd.notna(lon):
            shown = p.get(f"{name}_shown") if role == "site" else None  # a host standing in for the place
            out.append(_Place(float(lat), float(lon), str(shown or p.get(name) or ""), role,
                              bool(p.get(f"{name}_is_country", False))))
    if any(x.role != "site" for x in out):  # a route: its endpoints, not the host standing in for the site
        out = [x for x in out if x.role != "site"]
    return out


def regions(points: list[list[tuple[float, float]]], gap: float = REGION_GAP) -> list[list[int]]:
    """Group projects (each a list of (lat, lon)) into regions: two projects share one when any
    of their places are within ``gap`` degrees of each other in both latitude and longitude;
    one project's places always share one. Regions are in order of their first project."""
    parent = list(range(len(points)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(points)):
        for j in range(i):
            if any(abs(a[0] - b[0]) <= gap and abs(a[1] - b[1]) <= gap for a in points[i] for b in points[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(points)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def extent(lats: list[float], lons: list[float], aspect: float = ASPECT) -> tuple[float, float, float, float]:
    """South, north, west, east of a map showing every point with a margin, widened in
    longitude or latitude to ``aspect`` (width over height, Mercator)."""
    pad_lat = max(MIN_PAD, 0.15 * (max(lats) - min(lats)))
    pad_lon = max(MIN_PAD, 0.15 * (max(lons) - min(lons)))
    south, north = max(min(lats) - pad_lat, -80.0), min(max(lats) + pad_lat, 84.0)
    west, east = max(min(lons) - pad_lon, -180.0), min(max(lons) + pad_lon, 180.0)
    width, height = math.radians(east - west), _merc(north) - _merc(south)
    if width < aspect * height:
        grow = math.degrees(aspect * height - width) / 2
        west, east = max(west - grow, -180.0), min(east + grow, 180.0)
    else:
        grow = (width / aspect - height) / 2
        south, north = max(_lat(_merc(south) - grow), -80.0), min(_lat(_merc(north) + grow), 84.0)
    return south, north, west, east


def _listed(items: list[str], most: int, sep: str = ", ") -> str:
    """The first ``most`` items, and how many more there are: a map over many articles stays legible
    (the projects table lists them all)."""
    if len(items) <= most:
        return sep.join(items)
    return f"{sep.join(items[:most])} and {len(items) - most} more"


def _unit(x: float, y: float) -> tuple[float, float]:
    """The direction of (x, y) as a unit vector ((1, 0) for no direction)."""
    length = math.hypot(x, y)
    return (x / length, y / length) if length else (1.0, 0.0)


def _label(p: pd.Series) -> str:
    return f"{p['id']} {str(p['kind']).replace('_', ' ')}"


def _basemap(south: float, north: float, west: float, east: float) -> Basemap:
    """A Mercator map of the extent, with its outlines read and clipped, kept in the cache folder.

    basemap reads and clips its bundled coastlines for every new map: about a second for the
    intermediate resolution a small region gets, on every notebook run. A Basemap holds no
    drawing until asked, and basemap's authors suggest pickling one to skip that work; a rerun
    mostly draws the same regions again."""
    from mpl_toolkits.basemap import Basemap, __version__

    params = {"projection": "merc", "llcrnrlat": south, "urcrnrlat": north, "llcrnrlon": west, "urcrnrlon": east,
              "resolution": "i" if north - south < DETAIL_SPAN else "l"}
    key = hashlib.sha256(json.dumps([params, __version__], sort_keys=True).encode()).hexdigest()[:24]
    path = CACHE / "maps" / f"{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    m = Basemap(**params)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)
    return m


def _draw_panel(ax: plt.Axes, rows: list[tuple[pd.Series, list[_Place]]]) -> set[str]:
    """One zoomed map of some projects; returns the kinds of marks used (for the legend)."""
    lats = [x.lat for _, places in rows for x in places]
    lons = [x.lon for _, places in rows for x in places]
    south, north, west, east = extent(lats, lons)
    m = _basemap(south, north, west, east)
    m.drawmapboundary(fill_color="#eaf2f8", ax=ax)
    m.fillcontinents(color="#fbfcfc", lake_color="#eaf2f8", ax=ax)
    m.drawcountries(color="#7f8c8d", linewidth=0.6, ax=ax)
    m.drawcoastlines(color="#566573", linewidth=0.6, ax=ax)
    used: set[str] = set()
    labelled: set[tuple[float, float]] = set()
    stacked: dict[tuple[float, float], int] = {}

    def place_label(x: _Place, prefix: str, away: tuple[float, float] | None = None) -> None:
        """The place's name below right of its mark or, for a route's end, on the side away from
        the other end (``away``), so that the two ends of a short route do not cover each other."""
        if (x.lat, x.lon) in labelled:
            return
        labelled.add((x.lat, x.lon))
        px, py = m(x.lon, x.lat)
        name = f"{x.name} (country)" if x.country else x.name
        right = _toward_inside(ax, px)
        offset, ha, va = (6 * right, -12), "left" if right > 0 else "right", "baseline"
        if away is not None and (px, py) != away:
            ux, uy = _unit(px - away[0], py - away[1])
            offset = (8 * ux, 8 * uy)
            ha = "left" if ux >= -0.3 else "right"
            va = "bottom" if uy > 0.3 else "top" if uy < -0.3 else "center"
        ax.annotate(f"{prefix}{name}", (px, py), xytext=offset, textcoords="offset points", fontsize=9, ha=ha,
                    va=va, color="#1c2833",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})

    for p, places in rows:
        colour = PROJECT_STATUS_COLOURS.get(p["status"], "#333333")
        used.add(f"status:{p['status']}")
        ends = {x.role: x for x in places}
        if "origin" in ends and "destination" in ends:
            o, d = ends["origin"], ends["destination"]
            dashed = o.country or d.country
            used.add("route_country" if dashed else "route")
            m.drawgreatcircle(o.lon, o.lat, d.lon, d.lat, ax=ax, color=colour, linewidth=2.5,
                              linestyle="--" if dashed else "-")
            ox, oy = m(o.lon, o.lat)
            dx, dy = m(d.lon, d.lat)
            ax.plot(ox, oy, marker="o", markersize=7, color=colour)
            ax.plot(dx, dy, marker="s", markersize=7, color=colour)
            place_label(o, "from ", away=(dx, dy))
            place_label(d, "to ", away=(ox, oy))
            ux, uy = _unit(dx - ox, dy - oy)
            side = (-uy, ux) if ux >= 0 else (uy, -ux)  # across the route, on its upper side
            ax.annotate(_label(p), ((ox + dx) / 2, (oy + dy) / 2), xytext=(8 * side[0], 8 * side[1]),
                        textcoords="offset points", fontsize=9, fontweight="bold", color=colour,
                        ha="left" if side[0] >= 0 else "right", va="bottom")
        else:
            for x in places:
                px, py = m(x.lon, x.lat)
                used.add("site_country" if x.country else "site")
                ax.plot(px, py, marker="o", markersize=10, linestyle="none",
                        color="white" if x.country else colour, markeredgecolor=colour, markeredgewidth=2)
                above = stacked.get((px, py), 0)  # projects at one site: their names one above the other
                stacked[(px, py)] = above + 1
                right = _toward_inside(ax, px)
                ax.annotate(_label(p), (px, py), xytext=(7 * right, 7 + 11 * above), textcoords="offset points",
                            fontsize=9, fontweight="bold", color=colour, ha="left" if right > 0 else "right")
                place_label(x, {"origin": "from ", "destination": "to "}.get(x.role, ""))
    return used


def _toward_inside(ax, px: float) -> int:
    """1 to write a label rightward of a mark, -1 leftward: leftward in the right third of the
    panel, so that a label near its edge stays inside its frame."""
    x0, x1 = sorted(ax.get_xlim())
    return -1 if x1 > x0 and (px - x0) / (x1 - x0) > 0.66 else 1


def _legend(used: set[str]) -> list[Line2D]:
    handles = [Line2D([], [], color=c, linewidth=4, label=s.replace("_", " "))
               for s, c in PROJECT_STATUS_COLOURS.items() if f"status:{s}" in used]
    styles = {
        "route": Line2D([], [], color="#333333", linewidth=2, label="route between places the text names"),
        "route_country": Line2D([], [], color="#333333", linewidth=2, linestyle="--",
                                label=f"dashed route: {COUNTRY_NOTE}"),
        "site": Line2D([], [], color="#333333", marker="o", linestyle="none", markersize=8, label="site"),
        "site_country": Line2D([], [], color="white", marker="o", linestyle="none", markersize=8,
                               markeredgecolor="#333333", markeredgewidth=2, label=f"hollow site: {COUNTRY_NOTE}"),
    }
    route_ends = [Line2D([], [], color="#333333", marker="o", linestyle="none", label="origin"),
                  Line2D([], [], color="#333333", marker="s", linestyle="none", label="destination")]
    handles += [h for key, h in styles.items() if key in used]
    if used & {"route", "route_country"}:
        handles += route_ends
    return handles


def not_placed(projects: pd.DataFrame) -> list[str]:
    """Each project the map cannot show in full, with why: no place the gazetteers know, or
    one end of its route missing."""
    notes = []
    for _, p in projects.iterrows():
        places = _places(p)
        has_route = bool(p.get("origin")) or bool(p.get("destination"))
        if not places:
            named = [str(p.get(k)) for k in ("place", "origin", "destination") if p.get(k)]
            why = f"{', '.join(named)} not in the gazetteers" if named else "no place named"
            notes.append(f"{_label(p)} ({why})")
        elif has_route and {x.role for x in places} != {"origin", "destination"}:
            missing = [r for r in ("origin", "destination") if r not in {x.role for x in places}]
            named = p.get(missing[0])
            why = f"{missing[0]} {named} not in the gazetteers" if named else f"{missing[0]} not named"
            notes.append(f"{_label(p)} ({why})")
    return notes


def projects_map(projects: pd.DataFrame, *, title: str, caption: str) -> plt.Figure:
    """Projects on maps zoomed to their regions (one panel per region, at most
    :data:`MAX_PANELS`): a route from origin (hollow circle) to destination (square), labelled
    with the places; a site as a point. A country standing in for a place is drawn at its
    capital, dashed or hollow, and the legend says so; the caption names every project that
    could not be placed."""
    placed = [(p, _places(p)) for _, p in projects.iterrows()] if len(projects) else []
    placed = [(p, pl) for p, pl in placed if pl]
    groups = regions([[(x.lat, x.lon) for x in pl] for _, pl in placed])
    if len(groups) > MAX_PANELS:
        groups = [list(range(len(placed)))]
    n = max(len(groups), 1)
    cols = 1 if n == 1 else 2
    nrows = math.ceil(n / cols)
    fig, axes = plt.subplots(nrows, cols, figsize=(10, 6.4) if n == 1 else (12, 4.8 * nrows + 0.6), squeeze=False)
    flat = list(axes.flat)
    notes = not_placed(projects) if len(projects) else []
    used: set[str] = set()
    if not placed:
        flat[0].text(0.5, 0.5, "No project in this article has a place the gazetteers know", ha="center",
                     va="center")
        flat[0].set_axis_off()
    for ax, group in zip(flat, groups, strict=False):
        used |= _draw_panel(ax, [placed[i] for i in group])
        if n > 1:
            chars = int(0.8 * fig.get_figwidth() / cols * 72 / (10 * 0.62))  # 10 pt, over a panel's width
            heading = textwrap.shorten(_listed([_label(placed[i][0]) for i in group], TITLE_ITEMS), 2 * chars,
                                       placeholder=" …")
            ax.set_title(textwrap.fill(heading, chars), fontsize=10)
    for ax in flat[len(groups):] if placed else flat[1:]:
        ax.set_axis_off()
    fig.suptitle(title, fontsize=13)
    text = fitted(fig, "\n".join([caption] + ([f"Not placed: {_listed(notes, CAPTION_ITEMS, '; ')}."]
                                                 if notes else [])))
    lines = text.count("\n") + 1
    handles = _legend(used)
    scale = 6.4 / fig.get_figheight()  # the margins below are fractions of a 6.4 in figure
    above_caption = (0.035 + 0.025 * (lines - 1)) * scale
    bottom = above_caption + (0.015 + 0.035 * math.ceil(len(handles) / 3)) * scale
    fig.tight_layout(rect=(0, bottom, 1, 0.97))
    if handles:
        fig.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, above_caption),
                   ncol=min(len(handles), 3), fontsize=8.5, frameon=False)
    fig.text(0.01, 0.005, text, fontsize=8, color="#555555", ha="left", va="bottom")
    return fig
