"""Property-based: on any text, extraction never raises and every span indexes the text."""

from conftest import SEED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SEED_TEXT = SEED.read_text(encoding="utf-8")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(d, text: str) -> None:
    n = len(text)
    for a in d.actors:
        for s, e in a.mentions:
            assert 0 <= s < e <= n
    for records in (d.claims, d.sanctions, d.projects, d.agreements):
        for r in records:
            s, e = r.span
            assert 0 <= s <= e <= n
            assert text[s:e] == r.text
    for s, e in d.sentences:
        assert 0 <= s <= e <= n


@SETTINGS
@given(st.text(min_size=1, max_size=400))
def test_any_unicode_text_extracts_without_error(dossier_of, text):
    check(dossier_of(text), text)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("“”\"'«».,;:!? \n\u200bAbc")), min_size=1, max_size=200))
def test_quotation_marks_and_punctuation_in_any_order(dossier_of, text):
    check(dossier_of(text), text)


edits = st.lists(st.tuples(st.integers(0, len(SEED_TEXT)), st.integers(0, 40),
                           st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)),
                 min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits)
def test_random_edits_of_the_seed_extract_without_error(dossier_of, changes):
    text = SEED_TEXT
    for at, cut, insert in changes:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut:]
    check(dossier_of(text), text)
