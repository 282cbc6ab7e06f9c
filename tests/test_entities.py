"""dossier.site.entities: a page for each actor named in more than one article."""

from dataclasses import replace

import pandas as pd
from dossier.site import entities
from dossier.site.shown import Shown

TEXTS = {
    "a": "Canada imposed sanctions on Peru on Monday. “We will not yield,” said Peruvian President Carlos Mendez.",
    "b": "President Carlos Mendez met Canada's envoy. Peru and Canada signed a trade agreement in Lima. Chile stayed "
         "away.",
}


def dossiers(dossier_of):
    return [replace(d, article=replace(d.article, id=k, title=f"Story {k.upper()}"))
            for k, d in ((k, dossier_of(t)) for k, t in TEXTS.items())]


def test_an_actor_in_two_articles_gets_a_page_with_its_records_and_one_in_one_does_not(dossier_of):
    found = {e.name: e for e in entities.entities(dossiers(dossier_of))}
    assert {"Canada", "Peru", "Carlos Mendez"} <= set(found) and "Chile" not in found
    peru = found["Peru"]
    assert [r.detail.split(" · ")[0] for r in peru.sanctions] == ["faces"]
    assert [r.title for r in peru.agreements] == ["Story B"]
    assert any(r.href.startswith("../a/index.html#at-claim-") for r in found["Carlos Mendez"].claims)


def test_the_pages_are_written_whole_escaped_and_linked(dossier_of, tmp_path):
    pages = entities.write(tmp_path, dossiers(dossier_of), date="2026-01-01")
    canada = (tmp_path / pages["state:CAN"]).read_text(encoding="utf-8")
    assert "<h1>Canada</h1>" in canada and 'href="../a/index.html#at-sanction-s1"' in canada
    index = (tmp_path / "actors" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr><td><a href=") == len(pages)
    again = tmp_path / "again"
    entities.write(again, dossiers(dossier_of), date="2026-01-01")
    assert (again / pages["state:CAN"]).read_bytes() == (tmp_path / pages["state:CAN"]).read_bytes()


def test_a_question_tables_actor_names_link_to_their_pages(dossier_of):
    links = entities.page_of_names(dossiers(dossier_of), pages="../..")
    df = Shown.of(pd.DataFrame({"id": ["s1"], "imposer": ["Canada"], "targets": ["Peru; Chile"]}), name="sanctions",
                  titles={}, pages="../..", article="a", actor_pages=links)
    html = df._repr_html_()
    assert f'<a href="{links["Peru"]}">Peru</a>; Chile' in html and f'<a href="{links["Canada"]}">Canada</a>' in html
