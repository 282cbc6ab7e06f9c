"""dossier.site.shown: question-page tables, whole, with titles for article ids and row links."""

import pandas as pd
from dossier.site.shown import Shown


def shown(df, name="claims", article=""):
    return Shown.of(df, name=name, titles={"a1": "Talks in Lima", "b2": "Erdoğan's visit"}, pages="../..",
                    article=article)


def test_every_row_and_every_word_is_in_the_html_however_long():
    text = "word " * 200
    df = pd.DataFrame({"article": ["a1"] * 120, "id": [f"a1:c{i}" for i in range(120)], "text": [text] * 120})
    html = shown(df)._repr_html_()
    assert html.count("<tr") == 121 and "…" not in html and html.count(text.strip()) == 120
    assert "120 of 120 rows" in html


def test_an_article_shows_its_title_and_links_to_its_page_and_a_row_to_its_words():
    df = pd.DataFrame({"article": ["b2"], "id": ["b2:c3"], "speaker": ["<b>X</b>"], "start": [4]})
    html = shown(df)._repr_html_()
    assert ">Erdoğan&#x27;s visit</a>" in html and 'href="../../b2/index.html"' in html
    assert 'href="../../b2/index.html#at-claim-c3"' in html
    assert "&lt;b&gt;X&lt;/b&gt;" in html and "<b>X</b>" not in html
    assert '<th data-type=number title="sort">start</th>' in html


def test_a_mention_links_to_that_mention_and_a_single_article_table_to_its_article():
    df = pd.DataFrame({"id": ["s1", "s1"], "mention": [1, 2], "start": [0, 40], "end": [10, 52]})
    html = shown(df, name="sanction_mentions", article="a1")._repr_html_()
    assert 'href="../../a1/index.html#at-sanction-s1-2"' in html


def test_what_is_computed_from_it_is_a_plain_frame():
    df = shown(pd.DataFrame({"id": ["c1"], "n": [3]}))
    assert type(df[df["n"] > 1]) is pd.DataFrame and type(df.copy()) is pd.DataFrame


def test_a_column_empty_in_every_row_is_left_out_of_the_page_and_said_so():
    df = pd.DataFrame({"id": ["p1", "p2"], "kind": ["port", "railway"], "lat": [float("nan")] * 2,
                       "origin": [None, ""]})
    html = shown(df, name="projects", article="a1")._repr_html_()
    assert ">kind</th>" in html and ">lat</th>" not in html and ">origin</th>" not in html
    assert "(2 empty columns not shown; the CSV has them)" in html
