from pathlib import Path

import pytest
from dossier.errors import DossierError
from dossier.text.article import headline, load, normalize, paths, shorten, title


@pytest.mark.parametrize("text, span, expected", [
    ("He said \u201cno.\u201d", (8, 13), "\u201cno.\u201d"),
    ("She said \u00abyes\u00bb today", (9, 14), "\u00abyes\u00bb"),
    ("a\u200bb said \"c\"", (9, 12), '"c"'),
])
def test_normalized_spans_map_back_to_the_original_text(text, span, expected):
    norm = normalize(text)
    start = norm.text.index("“")
    end = norm.text.index("”") + 1
    assert norm.to_original(start, end) == span
    assert text[slice(*norm.to_original(start, end))] == expected


def test_straight_quotes_become_opening_and_closing_by_position():
    assert normalize('He said "yes" and left.').text == "He said “yes” and left."


@pytest.mark.parametrize("text, gone", [
    ("They are at odds with each other. said.\nNext line.", "said."),
    ("to avoid “continued aggression.” .\nHowever", "” ."),
    ("the current world order. spoke.\nHe said", "spoke."),
])
def test_translation_debris_is_blanked_but_offsets_are_kept(text, gone):
    norm = normalize(text)
    assert len(norm.text) == len(text)
    assert gone not in norm.text
    assert norm.to_original(0, len(norm.text)) == (0, len(text))


def test_a_normal_sentence_with_said_is_left_alone():
    text = "Putin said. Then he left."
    assert "said" in normalize(text).text


def test_zero_width_characters_are_dropped_and_mapped_around():
    text = "Iran\u200b and Russia"
    norm = normalize(text)
    assert norm.text == "Iran and Russia"
    i = norm.text.index("Russia")
    assert text[slice(*norm.to_original(i, i + 6))] == "Russia"


def test_load_reads_the_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Iran and Russia signed a treaty.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "A treaty", "date": "2025-01-17"}', encoding="utf-8")
    art = load(tmp_path / "a.txt")
    assert (art.id, art.meta.title, art.meta.date) == ("a", "A treaty", "2025-01-17")
    assert len(art.sha256) == 64


@pytest.mark.parametrize("content, message", [
    (b"", "empty article"),
    (b"   \n\t ", "empty article"),
    (b"abc\x00def", "binary data"),
    (b"caf\xe9 au lait", "not utf-8 text"),
])
def test_bad_article_files_are_refused_with_the_file_named(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(DossierError, match=message) as err:
        load(f)
    assert str(f) in str(err.value)


def test_an_invalid_sidecar_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DossierError, match="a.meta.json: not valid JSON"):
        load(tmp_path / "a.txt")


def test_a_folder_expands_to_its_articles_in_name_order(tmp_path):
    for name in ("b.txt", "a.txt", "a.meta.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in paths([tmp_path])] == ["a.txt", "b.txt"]


def test_a_folder_without_articles_and_a_missing_path_are_errors(tmp_path):
    with pytest.raises(DossierError, match="holds no articles"):
        paths([tmp_path])
    with pytest.raises(DossierError, match="no such file"):
        paths([Path(tmp_path / "missing.txt")])


HEADLINE_TEXT = ("Ministers agree on a new grain corridor\n"
                 "The ministers of two states agreed on Monday to open a corridor.")


@pytest.mark.parametrize("text, expected", [
    (HEADLINE_TEXT, "Ministers agree on a new grain corridor"),
    ("Will the corridor open this year?\nOfficials said on Monday that it might.", "Will the corridor open this year?"),
    ("Ports reopen\n\nThe two ports reopened on Tuesday after a week of strikes.", "Ports reopen"),
    # a first paragraph ending in a full stop is body text, not a headline
    ("The ministers met in the capital on Monday.\nThey signed a deal.", None),
    # a single line: nothing follows it
    ("Ministers agree on a new grain corridor", None),
    # too long for a headline
    (" ".join(["word"] * 25) + "\nThe body follows here.", None),
    # followed by a list, not by body text
    ("Areas of control\nNorthern coalition\nSouthern coalition\nThe war began in spring.", None),
    # debris before the text, not words
    ("## Areas of control\nThe war began in spring.", None),
    ("Ministers said:\nThe war began in spring.", None),
])
def test_a_first_line_is_a_headline_when_short_unfinished_and_followed_by_body_text(text, expected):
    assert headline(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ministers met on Monday.", "The ministers met on Monday"),
    ("The ministers met\non Monday.\n", "The ministers met on Monday"),
    ("The foreign ministers of the two neighbouring states met in the capital on Monday, agreeing to "
     "reopen the border.", "The foreign ministers of the two neighbouring states met in the capital on Monday…"),
    ("A" * 120, "A" * 90 + "…"),
    ("RESTORING TRADE WITH THE NEIGHBOURS:", "RESTORING TRADE WITH THE NEIGHBOURS"),
])
def test_a_first_sentence_is_shortened_at_a_word_boundary(sentence, expected):
    short = shorten(sentence)
    assert short == expected
    assert len(short) <= 91


def test_the_title_is_the_sidecars_then_the_headline_then_the_first_sentence(tmp_path):
    (tmp_path / "a.txt").write_text(HEADLINE_TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "  A corridor\\nfor grain "}', encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEADLINE_TEXT, encoding="utf-8")
    body = "The ministers met on Monday. They signed a deal.\nIt takes effect in May."
    (tmp_path / "c.txt").write_text(body, encoding="utf-8")
    assert title(load(tmp_path / "a.txt"), ["ignored"]) == ("A corridor for grain", "sidecar")
    assert title(load(tmp_path / "b.txt"), ["ignored"]) == ("Ministers agree on a new grain corridor", "headline")
    assert title(load(tmp_path / "c.txt"), ["The ministers met on Monday. "]) == ("The ministers met on Monday",
                                                                                 "first_sentence")
    # a label or a line of symbols before the first sentence of prose is passed over
    assert title(load(tmp_path / "c.txt"), ["■ Northern coalition\n", "Map key\n", "The ministers met."]) == (
        "The ministers met", "first_sentence")
    assert title(load(tmp_path / "c.txt"), []) == (None, None)


def test_the_records_carry_the_title_and_where_it_came_from(dossier_of):
    d = dossier_of("The foreign ministers of the two neighbouring states met in the capital on Monday, "
                   "agreeing to reopen the border. They signed a deal.")
    assert d.article.title == "The foreign ministers of the two neighbouring states met in the capital on Monday…"
    assert d.article.title_source == "first_sentence"
    d = dossier_of(HEADLINE_TEXT)
    assert (d.article.title, d.article.title_source) == ("Ministers agree on a new grain corridor", "headline")
