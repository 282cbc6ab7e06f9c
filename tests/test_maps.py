"""The projects map: regions, zoom, labels, countries standing in for places, unplaced projects."""

import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from dossier.site import maps  # noqa: E402

COLUMNS = ["id", "kind", "status", "place", "origin", "destination", "lat", "lon", "origin_lat", "origin_lon",
           "destination_lat", "destination_lon", "place_is_country", "origin_is_country", "destination_is_country"]
N = float("nan")


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def table(*rows):
    return pd.DataFrame([dict(zip(COLUMNS, r, strict=True)) for r in rows], columns=COLUMNS)


# invented projects: a railway between two named cities and a plant in East Africa, a port in
# South-East Asia, a pipeline from a country, a payment system with no place
RAIL = ("p1", "railway", "planned", "", "Coast City", "Lake City", N, N, -4.0, 39.7, -0.1, 34.8, False, False, False)
PLANT = ("p2", "power_plant", "planned", "Hill Town", "", "", 1.0, 36.0, N, N, N, N, False, False, False)
PORT = ("p3", "port", "operating", "Bay City", "", "", 14.6, 121.0, N, N, N, N, False, False, False)
PIPE = ("p4", "pipeline", "planned", "", "Northland", "Gulf", N, N, 55.8, 37.6, 26.0, 52.0, False, True, False)
PAY = ("p5", "payment_system", "proposed", "", "", "", N, N, N, N, N, N, False, False, False)
HALF = ("p6", "road", "planned", "", "Coast City", "Nowhere Town", N, N, -4.0, 39.7, N, N, False, False, False)


@pytest.mark.parametrize("points, expected", [
    ([[(-4.0, 39.7), (-0.1, 34.8)], [(1.0, 36.0)], [(14.6, 121.0)]], [[0, 1], [2]]),
    ([[(0.0, 0.0)], [(0.0, 25.0)], [(0.0, 50.0)]], [[0, 1, 2]]),  # a chain of neighbours is one region
    ([[(55.8, 37.6), (26.0, 52.0)], [(50.0, 100.0)]], [[0], [1]]),
    ([[(55.8, 37.6), (-30.0, 150.0)], [(-29.0, 149.0)]], [[0, 1]]),  # one route joins its two ends
])
def test_projects_far_apart_go_in_separate_regions(points, expected):
    assert maps.regions(points) == expected


def test_a_map_is_zoomed_to_its_places_with_a_margin_and_a_landscape_shape():
    south, north, west, east = maps.extent([-4.0, -0.1, 1.0], [39.7, 34.8, 36.0])
    assert south < -4.0 and north > 1.0 and west < 34.8 and east > 39.7
    assert north - south < 15 and east - west < 25  # a region, not the world
    width = math.radians(east - west)
    height = math.log(math.tan(math.pi / 4 + math.radians(north) / 2)) - \
        math.log(math.tan(math.pi / 4 + math.radians(south) / 2))
    assert width / height == pytest.approx(maps.ASPECT, rel=0.01)


def test_the_caption_names_every_project_that_could_not_be_placed():
    notes = maps.not_placed(table(RAIL, PORT, PAY, HALF))
    assert notes == ["p5 payment system (no place named)",
                     "p6 road (destination Nowhere Town not in the gazetteers)"]


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


def test_two_regions_give_two_zoomed_panels_with_ends_labelled_and_the_unplaced_named():
    fig = maps.projects_map(table(RAIL, PLANT, PORT, PAY), title="Projects", caption="Article x")
    panels = [ax for ax in fig.axes if ax.get_title()]
    assert [ax.get_title() for ax in panels] == ["p1 railway, p2 power plant", "p3 port"]
    texts = _texts(fig)
    assert "from Coast City" in texts and "to Lake City" in texts and "Hill Town" in texts
    assert any("Not placed: p5 payment system (no place named)." in t for t in texts)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "route between places the text names" in legend and not any("country" in t for t in legend)


def test_a_country_standing_in_for_a_place_is_marked_and_the_legend_says_so():
    fig = maps.projects_map(table(PIPE), title="Projects", caption="Article x")
    assert "from Northland (country)" in _texts(fig)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert f"dashed route: {maps.COUNTRY_NOTE}" in legend


def test_no_placed_project_still_gives_a_figure_naming_them():
    fig = maps.projects_map(table(PAY), title="Projects", caption="Article x")
    texts = _texts(fig)
    assert "No project in this article has a place the gazetteers know" in texts
    assert any("p5 payment system" in t for t in texts)


def test_a_map_drawn_from_the_kept_outlines_is_byte_identical_to_one_drawn_afresh(tmp_path, monkeypatch):
    import io

    monkeypatch.setattr(maps, "CACHE", tmp_path)

    def png() -> bytes:
        buffer = io.BytesIO()
        maps.projects_map(table(RAIL, PLANT), title="t", caption="c").savefig(buffer, format="png")
        plt.close("all")
        return buffer.getvalue()

    fresh = png()
    assert len(list((tmp_path / "maps").glob("*.pickle"))) == 1
    assert png() == fresh


def test_a_map_over_many_projects_names_a_few_in_each_title_and_caption_and_counts_the_rest():
    far = ("p9", "port", "operating", "Bay City", "", "", 14.6, 121.0, N, N, N, N, False, False, False)
    near = [(f"p{i}", "power_plant", "planned", "Hill Town", "", "", 1.0, 36.0 + i / 10, N, N, N, N, False, False,
             False) for i in range(10, 16)]
    unplaced = [(f"q{i}", "payment_system", "proposed", "", "", "", N, N, N, N, N, N, False, False, False)
                for i in range(20)]
    fig = maps.projects_map(table(far, *near, *unplaced), title="t", caption="Many articles.")
    titles = sorted(ax.get_title().replace("\n", " ") for ax in fig.axes if ax.get_title())
    assert titles == ["p10 power plant, p11 power plant, p12 power plant and 3 more", "p9 port"]
    caption = fig.texts[-1].get_text().replace("\n", " ")
    assert caption.startswith("Many articles. Not placed: q0 payment system") and "and 8 more." in caption


def test_the_ends_of_a_short_route_are_labelled_on_either_side_without_overlapping():
    short = ("p7", "pipeline", "planned", "", "Old Town", "New Port", N, N, 21.0, 105.8, 20.9, 106.7, False, False,
             False)
    fig = maps.projects_map(table(short), title="t", caption="c")
    fig.canvas.draw()
    ax = fig.axes[0]
    boxes = {t.get_text(): t.get_window_extent() for t in ax.texts if t.get_text().startswith(("from ", "to "))}
    assert set(boxes) == {"from Old Town", "to New Port"}
    assert not boxes["from Old Town"].overlaps(boxes["to New Port"])
    assert boxes["from Old Town"].x1 <= boxes["to New Port"].x0  # the western end's name to the west


def test_labels_of_a_site_near_the_right_edge_stay_inside_the_frame():
    west = ("p8", "port", "planned", "West Harbour With A Long Name", "", "", 0.0, 20.0, N, N, N, N, False, False,
            False)
    east = ("p9", "power_plant", "planned", "East Valley With A Long Name", "", "", 0.0, 40.0, N, N, N, N, False,
            False, False)
    fig = maps.projects_map(table(west, east), title="t", caption="c")
    fig.canvas.draw()
    ax = fig.axes[0]
    frame = ax.get_window_extent()
    for t in ax.texts:
        box = t.get_window_extent()
        assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, t.get_text()
