"""Parses and records kept between runs, found again by their keys."""

from dossier import extract
from dossier.text import cached, nlp
from dossier.text.article import Article


def test_the_cache_key_changes_with_the_text(tmp_path):
    name = nlp.model_name()
    a = Article("a", tmp_path / "a.txt", "Iran and Russia.")
    b = Article("a", tmp_path / "a.txt", "Iran and Russia!")
    assert cached.parse_key(a, name) != cached.parse_key(b, name)


def test_records_are_kept_and_read_back_with_the_articles_path_as_it_is_now(isolated_cache, tmp_path):
    art = Article("a", tmp_path / "a.txt", "Iran and Russia signed a treaty in Moscow on Friday.")
    assert cached.records(art, nlp.model_name()) is None
    (made,) = extract.dossiers([art])
    moved = Article("a", tmp_path / "elsewhere" / "a.txt", art.text)
    again = cached.records(moved, nlp.model_name())
    assert again.actors == made.actors and again.article.path == str(moved.path)
