"""The site in a real browser: headless Debian Chromium driven by Playwright, network off."""

import json
import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from conftest import SEED
from dossier.config import OUTPUTS, ROOT

pytestmark = pytest.mark.e2e
CHROMIUM = "/usr/bin/chromium"
DOCS = ROOT / "docs"  # the README's screenshots: the one output kept in the repository
TWO_REGIONS = Path(__file__).parent / "articles" / "two_regions.txt"  # invented, with a sidecar
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        if os.environ.get("DOSSIER_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def visit(browser, path: Path, screenshot: Path | None = None) -> dict:
    """Open a page from disk; record console errors, script errors and requests off the machine."""
    page = browser.new_page(viewport={"width": 1200, "height": 1000})
    seen = {"console": [], "errors": [], "remote": []}
    page.on("console", lambda m: seen["console"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))

    def guard(route):
        if urlparse(route.request.url).scheme in ("file", "data", "blob", "about"):
            route.continue_()
        else:
            seen["remote"].append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(path.as_uri(), wait_until="load")
    seen["images"] = page.eval_on_selector_all("img", "els => els.map(e => [e.currentSrc.slice(0, 60), "
                                                      "e.naturalWidth])")
    seen["links"] = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    return seen


def test_every_page_works_offline_with_images_decoded_and_links_resolving(browser, site_run):
    pages = [site_run / "index.html", site_run / SEED.stem / "index.html",
             *sorted((site_run / "questions").glob("*/*.html"))]
    assert len(pages) >= 9
    shots = site_run / "screenshots"
    for path in pages:
        name = {site_run: "index", site_run / SEED.stem: "article"}.get(path.parent, path.stem)
        seen = visit(browser, path, shots / f"{name}.png" if name in ("index", "article", "actors") else None)
        assert seen["console"] == [] and seen["errors"] == [], (path.name, seen["console"], seen["errors"])
        assert seen["remote"] == [], (path.name, seen["remote"])
        assert all(width > 0 for _, width in seen["images"]), (path.name, seen["images"])
        for href in seen["links"]:
            url = urlparse(href)
            if url.scheme == "file":
                assert Path(unquote(url.path)).exists(), (path.name, href)
    assert (shots / "index.png").stat().st_size > 10_000 and (shots / "article.png").stat().st_size > 10_000
    _keep(shots)


def _keep(shots: Path) -> None:
    """For people to look at: the latest screenshots also go to the project's outputs/."""
    (OUTPUTS / "screenshots").mkdir(parents=True, exist_ok=True)
    for shot in shots.glob("*.png"):
        shutil.copy(shot, OUTPUTS / "screenshots" / shot.name)


def _write_if_changed(data: bytes, path: Path) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_the_readmes_screenshots_of_the_overview_and_the_claims_evidence(browser, site_run):
    page = browser.new_page(viewport={"width": 1100, "height": 760})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    page.goto((site_run / SEED.stem / "index.html").as_uri(), wait_until="load")
    overview = page.screenshot(type="png")
    # from the legend of kinds above the highlighted article, in page coordinates
    top = page.locator(".dossier-legend").evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    right = page.locator(".dossier-evidence").evaluate("e => e.getBoundingClientRect().right")
    claims = page.screenshot(type="png", full_page=True, clip={"x": 0, "y": max(top - 16, 0),
                                                               "width": min(right + 24, 1100), "height": 560})
    page.close()
    for data in (overview, claims):
        assert 20_000 < len(data) < 400_000  # a real page, kept small for the repository
    _write_if_changed(overview, DOCS / "overview.png")
    _write_if_changed(claims, DOCS / "claims-evidence.png")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/overview.png" in readme and "docs/claims-evidence.png" in readme


def test_an_article_with_a_sidecar_is_named_by_its_title_and_its_map_shows_two_regions(browser, tmp_path):
    import json
    import subprocess
    import sys
    out = tmp_path / "outputs"
    result = subprocess.run([Path(sys.executable).parent / "dossier", "run", "--article", str(TWO_REGIONS),
                             "--notebook", "projects", "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    meta = json.loads(TWO_REGIONS.with_name("two_regions.meta.json").read_text(encoding="utf-8"))
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    page.goto((out / "two_regions" / "index.html").as_uri(), wait_until="load")
    assert page.inner_text("h1.dossier-title") == meta["title"]
    assert page.inner_text("p.dossier-source") == f"{meta['outlet']} · {meta['date']}"
    page.goto((out / "index.html").as_uri(), wait_until="load")
    assert page.inner_text("#two_regions td a") == meta["title"]
    assert page.inner_text("#two_regions td:nth-child(3)") == meta["outlet"]
    page.goto((out / "questions" / "projects" / "projects.html").as_uri(), wait_until="load")
    shots = tmp_path / "screenshots"
    shots.mkdir()
    the_map = page.locator("img").nth(0)
    assert the_map.evaluate("e => e.naturalWidth") >= 1000  # drawn at a size that reads in the page
    the_map.screenshot(path=str(shots / "map-two-regions.png"))
    page.close()
    assert (shots / "map-two-regions.png").stat().st_size > 20_000
    _keep(shots)


HOSTILE = ("Iran and Russia signed a treaty in Moscow on Friday. <script>window.__dossier_injected = 1</script>\n"
           "Kazem Jalali said the deal <img src=x onerror=\"window.__dossier_injected = 2\"> was {{ 7*7 }} good.\n"
           "“We will <b onmouseover=alert(3)>not</b> join any bloc,” Putin said.\n")


def test_article_text_reaches_the_pages_as_text_never_as_markup(browser, tmp_path):
    import json
    import subprocess
    import sys
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "hostile.meta.json").write_text(json.dumps({"title": "<script>window.__dossier_injected=3</script>"}),
                                                encoding="utf-8")
    out = tmp_path / "outputs"
    result = subprocess.run([Path(sys.executable).parent / "dossier", "run", "--article", str(article), "--out",
                             str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    for path in [out / "index.html", out / "hostile" / "index.html", *sorted((out / "questions").glob("*/*.html"))]:
        page.goto(path.as_uri(), wait_until="load")
        page.mouse.move(10, 10)
        assert page.evaluate("typeof window.__dossier_injected") == "undefined", path.name
        assert page.locator("img[src='x']").count() == 0, path.name
    page.goto((out / "hostile" / "index.html").as_uri())
    assert "<script>window.__dossier_injected = 1</script>" in page.inner_text("body")
    assert "{{ 7*7 }}" in page.inner_text("body")
    page.close()


TABLE = {  # invented articles with sidecars: (text, title, date, outlet)
    "alpha": ("Iran and Russia signed a treaty in Moscow. “We agree,” Putin said. “We agree too,” Pezeshkian said.",
              "Treaty signed in Moscow", "2025-01-17", "Wire A"),
    "bravo": ("The United States imposed sanctions on Iran on Monday.", "New sanctions on Iran", "2024-06-03",
              "Paper B"),
    "charlie": ("China wants to build a railway to Kazakhstan. “It will open soon,” Xi Jinping said.",
                "A railway to Kazakhstan", "2025-09-30", "Wire A"),
}


def test_the_index_table_of_articles_sorts_and_filters_in_the_page(browser, tmp_path):
    import json
    import subprocess
    import sys
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (text, title, date, outlet) in TABLE.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"title": title, "date": date, "outlet": outlet}),
                                                  encoding="utf-8")
    out = tmp_path / "outputs"
    result = subprocess.run([Path(sys.executable).parent / "dossier", "run", "--article", str(folder),
                             "--notebook", "overview", "--out", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    seen = visit(browser, out / "index.html")
    assert seen["console"] == [] and seen["errors"] == [] and seen["remote"] == []
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    page.goto((out / "index.html").as_uri(), wait_until="load")

    def visible() -> list[str]:
        return page.eval_on_selector_all("#articles tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.id)")

    assert visible() == ["alpha", "bravo", "charlie"]
    page.click("th:text-is('date')")
    assert visible() == ["bravo", "alpha", "charlie"]
    page.click("th:text-is('date')")
    assert visible() == ["charlie", "alpha", "bravo"]
    page.click("th:text-is('claims')")  # counts sort as numbers, the largest first
    claims = page.eval_on_selector_all("#articles tbody tr td:nth-child(5)", "cells => cells.map(c => c.textContent)")
    assert claims == sorted(claims, key=int, reverse=True) and len(set(claims)) > 1
    page.click("th:text-is('claims')")
    claims = page.eval_on_selector_all("#articles tbody tr td:nth-child(5)", "cells => cells.map(c => c.textContent)")
    assert claims == sorted(claims, key=int)
    page.fill("#filter", "monday")  # a word of the text only, not of the row
    assert visible() == ["bravo"]
    page.fill("#filter", "ÏRAN")  # case and accents aside
    assert "bravo" in visible()
    page.fill("#filter", "wire a")
    assert sorted(visible()) == ["alpha", "charlie"]
    page.fill("#filter", "sanctions iran")
    assert visible() == ["bravo"]
    assert page.inner_text("#shown") == "1 of 3 articles"
    page.fill("#filter", "")
    assert len(visible()) == 3
    page.close()


def test_question_pages_show_one_row_per_item_and_every_mention_links_to_its_words(browser, site_run):
    records = json.loads((site_run / SEED.stem / "records.json").read_text(encoding="utf-8"))
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    for question in ("sanctions", "projects", "agreements"):
        page.goto((site_run / "questions" / question / f"{question}.html").as_uri(), wait_until="load")
        first = page.locator("table").first  # the items table comes first, then every mention of them
        assert first.locator("tbody tr").count() == len(records[question]), question
        mentions = page.locator("table").nth(1).locator("tbody tr").count()
        assert mentions == sum(len({tuple(r["span"]), *map(tuple, r["mentions"])}) for r in records[question])
    page.goto((site_run / SEED.stem / "index.html").as_uri(), wait_until="load")
    for kind, question in (("sanction", "sanctions"), ("project", "projects"), ("agreement", "agreements")):
        for r in records[question]:
            links = page.locator(f"#{kind}-{r['id']} td:last-child a")
            assert links.count() == len({tuple(r["span"]), *map(tuple, r["mentions"])}), r["id"]
            links.last.click()
            target = page.locator(f"#at-{kind}-{r['id']}-{links.count()}")
            assert target.count() == 1 and page.evaluate("location.hash") == f"#at-{kind}-{r['id']}-{links.count()}"
            assert target.evaluate("e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && "
                                   "r.top < window.innerHeight; }")
    page.close()


def test_a_question_pages_table_is_whole_sorts_filters_and_links_each_row_to_its_words(browser, site_run):
    records = json.loads((site_run / SEED.stem / "records.json").read_text(encoding="utf-8"))
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    page.goto((site_run / "questions" / "claims" / "claims.html").as_uri(), wait_until="load")
    box = page.locator(".dossier-table").first
    rows = box.locator("tbody tr")
    assert rows.count() == len(records["claims"])  # every claim, not pandas' first and last five
    longest = max((c["text"] for c in records["claims"]), key=len)
    assert longest in box.inner_text()  # every word of the longest claim
    heads = box.locator("thead th")
    start = next(i for i in range(heads.count()) if heads.nth(i).inner_text().strip() == "start")
    heads.nth(start).click()  # a number column sorts largest first
    firsts = [int(rows.nth(i).locator("td").nth(start).inner_text()) for i in range(3)]
    assert firsts == sorted(firsts, reverse=True)
    word = longest.split()[0]
    box.locator("input").fill(word)
    visible = [i for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert 0 < len(visible) <= rows.count() and f"{len(visible)} of {rows.count()} rows" in box.inner_text()
    link = rows.nth(visible[0]).locator("td").first.locator("a")
    href = link.get_attribute("href")
    assert href.startswith(f"../../{SEED.stem}/index.html#at-claim-")
    link.click()
    page.wait_for_load_state("load")
    assert page.locator(f"[id='{href.split('#')[1]}']").count() == 1
    page.close()


# Forty-two generated articles (invented states' names are real ones; the events are made up)
STATES = ["Peru", "Chile", "Bolivia", "Ecuador", "Colombia", "Uruguay", "Paraguay", "Brazil", "Argentina", "Mexico",
          "Canada", "Norway"]
PEOPLE = ["Carlos Mendez", "Ana Duarte", "Luis Herrera", "Marta Rojas", "Jorge Salinas", "Elena Vargas"]


def generated_article(i: int) -> tuple[str, dict]:
    a, b, c = STATES[i % 12], STATES[(i * 5 + 1) % 12], STATES[(i * 7 + 3) % 12]
    who = PEOPLE[i % 6]
    text = (f"{a} imposed sanctions on {b} on Monday over a border dispute. “We will not accept this,” said "
            f"the president of {b}, {who}, who called the measures unlawful.\n\n"
            f"{a} and {c} signed a trade agreement in the capital. {c} also plans to build a railway from "
            f"{c} to {b}, officials said.\n\n\n"
            f"Analysts said the sanctions on {b} would hurt its copper exports.")
    meta = {"title": f"{a} sanctions {b}; {c} signs trade pact (report {i})", "date": f"2024-{1 + i % 12:02d}-"
            f"{1 + i % 27:02d}", "outlet": "Example Wire", "url": f"https://news.example.org/story/{i}"}
    return text, meta


def _wide(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")


def test_screenshots_of_index_question_and_entity_pages_over_many_articles_fit_wide_and_narrow(browser, tmp_path):
    import subprocess
    import sys
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(42):
        text, meta = generated_article(i)
        (folder / f"story_{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"story_{i:02d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "story_99.txt").write_text("El gobierno de Peru anunció nuevas sanciones contra Chile el lunes por "
                                         "la disputa fronteriza, según el ministro.\n", encoding="utf-8")
    out = tmp_path / "outputs"
    result = subprocess.run([Path(sys.executable).parent / "dossier", "run", "--article", str(folder),
                             "--notebook", "claims", "--notebook", "sanctions", "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entity = out / "actors" / "state-per.html"
    assert entity.exists()
    shots = out / "screenshots"
    for width in (1400, 400):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                   else route.abort())
        for name, path in (("index", out / "index.html"), ("claims", out / "questions" / "claims" / "claims.html"),
                           ("entity", entity), ("article", out / "story_00" / "index.html")):
            page.goto(path.as_uri(), wait_until="load")
            page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
            assert not _wide(page), f"{name} scrolls sideways at {width} px"
            for i in range(page.locator("nav").count()):
                assert page.locator("nav").nth(i).evaluate("e => e.scrollWidth <= e.clientWidth + 1"), \
                    f"{name}'s nav spills at {width} px"
        page.goto((out / "index.html").as_uri(), wait_until="load")
        assert page.locator("#articles tbody tr").count() == 43
        assert page.locator(".flag").count() >= 1  # the Spanish one
        page.close()
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(entity.as_uri(), wait_until="load")
    assert page.locator("h1").inner_text() == "Peru"
    link = page.locator("table a[href*='#at-sanction-']").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state("load")
    assert page.locator(f"[id='{href.split('#')[1]}']").count() == 1
    page.goto((out / "questions" / "claims" / "claims.html").as_uri(), wait_until="load")
    assert page.locator(".dossier-table").first.locator("tbody tr").count() >= 42  # every claim, every article
    assert page.locator(".dossier-table a[href*='/actors/']").count() >= 1  # names link to entity pages
    page.close()
