"""Article pages from records (no kernel), the index's table, the keys that skip unchanged work,
and a question notebook's tables across several articles."""

import re
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest
from dossier import tables
from dossier.site import pages, runner, session
from dossier.site import publish as site
from dossier.text.article import Article


def _text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("text, kind, words", [
    ("Iran and Russia signed a treaty in Moscow on Friday.", "actor", "Russia"),
    ("“We will not join any bloc,” Putin said on Monday.", "claim", "We will not join any bloc"),
    ("The United States imposed sanctions on Iran on Monday.", "sanction", "sanctions"),
])
def test_every_record_is_highlighted_and_linked_in_the_text_as_written(dossier_of, text, kind, words):
    d = dossier_of(text)
    html = str(pages.highlighted(text, d))
    assert _text_of(html) == text  # the text itself, character for character
    ids = {"actor": [a.id for a in d.actors], "claim": [c.id for c in d.claims],
           "sanction": [s.id for s in d.sanctions]}[kind]
    assert ids, kind
    for record in ids:
        assert f'id="at-{kind}-{record}"' in html
    assert any(f'href="#{kind}-{r}"' in html for r in ids)
    covered = re.findall(r'<a class="[^"]*is-' + kind + r'[^"]*"[^>]*>([^<]*)</a>', html)
    assert words in "".join(covered) or any(words in c for c in covered)


def test_every_mention_of_an_item_is_highlighted_and_linked_from_its_row(dossier_of):
    text = "Britain froze the assets of two Russian banks on Monday. The measures took effect at once."
    d = dossier_of(text)
    (s,) = d.sanctions
    html = pages.article_page(d, text, provenance={}, questions=[], index_href="../index.html")
    for n, (a, b) in enumerate(sorted({s.span, *s.mentions}), 1):
        anchor = f'<span id="at-sanction-{s.id}-{n}"></span>'
        assert anchor in html and f'href="#at-sanction-{s.id}-{n}"' in html
        after = _text_of(html.split(anchor, 1)[1])
        assert after.startswith(text[a:b][:20])
    assert "mention 2 of 2" in html


def test_article_text_is_escaped_on_its_page(dossier_of):
    text = "Iran <script>alert(1)</script> and Russia signed a treaty & more."
    d = dossier_of(text)
    page = pages.article_page(d, text, provenance={"version": "0", "model": "m", "date": "2026-01-01"},
                              questions=[], index_href="../index.html")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_index_lists_each_article_with_its_counts_in_a_sortable_table(tmp_path):
    entries = [{"id": "x1", "title": "A <b>bold</b> title", "date": "2025-01-02", "outlet": "Wire",
                "counts": {"actors": 3, "claims": 2, "sanctions": 1, "projects": 0, "agreements": 4}}]
    html = site.index(tmp_path, entries, questions=[]).read_text(encoding="utf-8")
    assert '<tr id="x1" data-search=""><td><a href="x1/index.html">A &lt;b&gt;bold&lt;/b&gt; title</a>' in html
    cells = re.findall(r'<td class="n">(\d+)</td>', html)
    assert cells == ["3", "2", "1", "0", "4"]
    assert [h for h in re.findall(r'<th data-type="(\w+)">', html)] == ["text"] * 3 + ["number"] * 5
    assert "<script src" not in html and "http" not in html.split("<script>")[1]


def test_the_index_flags_an_article_not_in_english_and_links_its_source(tmp_path):
    entries = [{"id": "x1", "title": "Noticias", "date": "2025-01-02", "outlet": "Diario", "url": "https://e.org/n",
                "warnings": ["the text does not look like English (3% English function words)"],
                "search": "Erdoğan <script>", "counts": {}}]
    html = site.index(tmp_path, entries, questions=[]).read_text(encoding="utf-8")
    assert "⚠ not English?" in html and '<a href="https://e.org/n">Diario</a>' in html
    assert 'data-search="Erdoğan &lt;script&gt;"' in html


def test_blank_lines_beyond_a_paragraph_break_are_hidden_but_kept_in_the_text(dossier_of):
    text = "Peru signed a treaty with Chile.\n\n\n\nChile praised it."
    html = str(pages.highlighted(text, dossier_of(text)))
    assert _text_of(html) == text and '<span class="gap">\n\n</span>' in html


def _article(tmp_path: Path, name: str, text: str, meta: str | None = None) -> Article:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        path.with_name(f"{name}.meta.json").write_text(meta, encoding="utf-8")
    return Article(id=name, path=path, text=text)


def test_a_pages_key_changes_with_its_text_or_sidecar_and_nothing_else(tmp_path):
    a = _article(tmp_path, "a", "Iran and Russia met.")
    key = runner.article_key(a, model="m 1", names=["actors"])
    assert runner.article_key(a, model="m 1", names=["actors"]) == key
    assert runner.article_key(_article(tmp_path, "a", "Iran and China met."), model="m 1", names=["actors"]) != key
    with_meta = _article(tmp_path, "a", "Iran and Russia met.", '{"title": "T"}')
    assert runner.article_key(with_meta, model="m 1", names=["actors"]) != key
    assert runner.article_key(with_meta, model="m 2", names=["actors"]) != runner.article_key(
        with_meta, model="m 1", names=["actors"])


def test_a_question_is_redone_when_any_of_its_articles_changes():
    keys = {"a": "k1", "b": "k2"}
    key = runner.question_key("actors", keys, model="m", show_code=False, names=["actors"])
    assert runner.question_key("actors", dict(keys), model="m", show_code=False, names=["actors"]) == key
    assert runner.question_key("actors", {**keys, "b": "k3"}, model="m", show_code=False, names=["actors"]) != key
    assert runner.question_key("actors", {**keys, "c": "k4"}, model="m", show_code=False, names=["actors"]) != key
    assert runner.question_key("actors", keys, model="m", show_code=True, names=["actors"]) != key


def test_a_question_across_articles_stacks_their_tables_with_the_article_first(dossier_of):
    texts = {"one": "Iran and Russia signed a treaty in Moscow.", "two": "China and Iran met in Beijing."}
    arts = tuple(Article(id=k, path=Path(f"{k}.txt"), text=t) for k, t in texts.items())
    plain = {k: dossier_of(t) for k, t in texts.items()}
    found = tuple(replace(d, article=replace(d.article, id=k)) for k, d in plain.items())
    s = session.Session(notebook="actors", articles=arts, dossiers=found, out=Path("unused"))
    df = s.each(tables.actors)
    assert list(df.columns)[0] == "article" and set(df["article"]) == {"one", "two"}
    assert all(i.startswith(f"{a}:") for a, i in zip(df["article"], df["id"], strict=True))
    totals = s.actor_totals()
    assert totals["name"].tolist().count("Iran") == 1  # merged across the two articles
    assert totals.set_index("name").loc["Iran", "articles"] == 2
    one = session.Session(notebook="actors", articles=arts[:1], dossiers=found[:1], out=Path("unused"))
    assert "article" not in one.each(tables.actors).columns  # one article: the table as before
