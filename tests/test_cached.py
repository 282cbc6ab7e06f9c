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


class _Building:
    """A place index build that finishes after ``polls`` looks, or fails with ``error``."""

    def __init__(self, polls: int, error: Exception | None = None) -> None:
        self.polls, self.error = polls, error

    def done(self) -> bool:
        self.polls -= 1
        return self.polls < 0

    def result(self) -> None:
        if self.error is not None:
            raise self.error


TEXTS = ("Iran and Russia signed a treaty in Moscow on Friday.", "The EU imposed sanctions on Belarus.",
         "Chile and Peru agreed to build a pipeline.", "Kenya's president spoke in Nairobi.")


def _articles(tmp_path):
    return [Article(f"a{i}", tmp_path / f"a{i}.txt", t) for i, t in enumerate(TEXTS)]


def test_articles_parsed_while_the_place_indexes_are_built_are_extracted_in_their_order(
        isolated_cache, tmp_path, monkeypatch):
    alone = [next(extract.dossiers([a])) for a in _articles(tmp_path)]
    monkeypatch.setattr(cached, "CACHE", tmp_path / "cache2")
    monkeypatch.setattr(extract, "_settling", lambda name, **_: _Building(polls=2))
    together = list(extract.dossiers(_articles(tmp_path), batch_size=1))
    assert [d.article.id for d in together] == ["a0", "a1", "a2", "a3"]
    assert [d.actors for d in together] == [d.actors for d in alone]


def test_a_place_index_build_that_failed_in_its_own_process_is_done_again_here(isolated_cache, tmp_path,
                                                                              monkeypatch):
    alone = [next(extract.dossiers([a])) for a in _articles(tmp_path)]
    monkeypatch.setattr(cached, "CACHE", tmp_path / "cache2")
    monkeypatch.setattr(extract, "_settling", lambda name, **_: _Building(polls=1, error=OSError("killed")))
    assert [d.actors for d in extract.dossiers(_articles(tmp_path))] == [d.actors for d in alone]
