import pytest
from dossier.errors import DossierError
from dossier.text import nlp
from dossier.text.article import Article


def test_an_unknown_model_is_a_clear_error():
    with pytest.raises(DossierError, match="no_such_model: no such spaCy model"):
        nlp.model_name("no_such_model")


def test_the_model_can_be_chosen_by_environment(monkeypatch):
    monkeypatch.setenv("DOSSIER_MODEL", "no_such_model")
    with pytest.raises(DossierError, match="no_such_model"):
        nlp.model_name()


@pytest.mark.parametrize("text, span, label, key", [
    ("Russia's allies include Armenia and Kazakhstan.", "Armenia", "GPE", "state:ARM"),
    ("The bloc includes Kyrgyzstan and Tajikistan in Central Asia.", "Tajikistan", "GPE", "state:TJK"),
    ("Russia wants an alternative to the Western-led Swift.", "Swift", "ORG", "org:SWIFT"),
    ("Russia depends on the UAE for trade.", "UAE", "GPE", "state:ARE"),
    # a state's name the NER took with its "'s" for an organisation
    ("Sierra Leone's army said it had retaken the town.", "Sierra Leone", "GPE", "state:SLE"),
])
def test_the_gazetteer_ruler_fixes_and_fills_ner_labels(pipeline, text, span, label, key):
    doc = pipeline(text)
    ents = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    assert ents.get(span) == (label, key)


@pytest.mark.parametrize("text, whole", [
    ("Taylor Swift sang in Paris.", "Taylor Swift"),
    ("He works at the Russian Council for International Affairs, a think tank.",
     "the Russian Council for International Affairs"),
])
def test_a_longer_ner_entity_is_kept_whole(pipeline, text, whole):
    assert whole in [e.text for e in pipeline(text).ents]


def test_a_parse_is_cached_and_reused(isolated_cache, monkeypatch, tmp_path):
    art = Article("a", tmp_path / "a.txt", "Iran and Russia signed a treaty in Moscow on Friday.")
    first = nlp.parse(art)
    assert len(list(isolated_cache.glob("*.spacy"))) == 1

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded although the parse is cached")

    monkeypatch.setattr(nlp, "load", no_model)
    again = nlp.parse(art)
    assert [t.text for t in again] == [t.text for t in first]
    assert [(e.text, e.label_, e.ent_id_) for e in again.ents] == [(e.text, e.label_, e.ent_id_) for e in first.ents]


@pytest.mark.parametrize("text, first_words", [
    ("Talks resume in Geneva\nThe ministers met on Monday and agreed on nothing.", ["Talks", "The"]),
    ("“We are ready,” Venn said.\n\n“The rookies surprised me.”", ["“", "“"]),
    ("A headline without a stop\n\nBody text follows here with a verb.", ["A", "Body"]),
])
def test_a_paragraph_break_always_starts_a_sentence(pipeline, text, first_words):
    starts = [s[0].text for s in pipeline(text).sents if not s[0].is_space]
    assert starts == first_words


def test_a_heading_before_a_colon_is_a_sentence_of_its_own(pipeline):
    text = "EASING PRESSURE ON THE PORTS: Today, the President signed an order.\nThe order takes effect."
    starts = [s[0].text for s in pipeline(text).sents if not s[0].is_space]
    assert starts == ["EASING", "Today", "The"]


def test_a_model_folder_is_versioned_by_its_meta_json(tmp_path):
    from dossier.text import models

    (tmp_path / "meta.json").write_text('{"lang": "en", "name": "tiny", "version": "1.2.3"}', encoding="utf-8")
    assert models.model_name(str(tmp_path)) == str(tmp_path)
    assert models.model_version(str(tmp_path)) == "1.2.3"


def test_the_models_version_is_found_without_importing_spacy():
    import subprocess
    import sys

    code = ("import sys; from dossier.text import models; n = models.model_name(); "
            "print(n, models.model_version(n), 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    from importlib.metadata import version

    assert out == [nlp.model_name(), version(nlp.model_name()), "False"]


@pytest.mark.parametrize("text, title", [
    ("Lt. Col. Omar Haddad said the road was cut.", "Lt."),
    ("Maj. Anna Berg said the road was cut.", "Maj."),
    ("Sgt. Omar Haddad said the road was cut.", "Sgt."),
    ("Supt. Omar Haddad said the road was cut.", "Supt."),
])
def test_an_abbreviated_title_stays_one_token_and_ends_no_sentence(pipeline, text, title):
    doc = pipeline(text)
    assert doc[0].text == title
    assert len(list(doc.sents)) == 1


def test_a_semicolon_starts_a_sentence(pipeline):
    doc = pipeline("Orders will keep the yard busy, Vance said, and repaying the loan seems realistic; "
                   "some analysts called this doubtful.")
    assert [s.text.split()[0] for s in doc.sents] == ["Orders", "some"]


@pytest.mark.parametrize("text, first_words", [
    ("HARBOURTOWN, May 3 (Reuters) - Norland and the two founding members of the fishing league announced "
     "on Monday that they had signed an accord.", ["HARBOURTOWN", "Norland"]),
    ("KESTOV (AP) — The minister on Monday accused the opposition of stalling the budget.", ["KESTOV", "The"]),
    ("The minister said the budget would pass - and it did.", ["The"]),
])
def test_the_body_after_a_wire_dateline_starts_a_sentence(pipeline, text, first_words):
    starts = [s[0].text for s in pipeline(text).sents if not s[0].is_space]
    assert starts == first_words
