"""A text or a spokesperson speaks for its owner: one invented sentence per rule."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    # a possessor
    ("Tomas Ruud's statement said the border would stay closed.", "Tomas Ruud"),
    ("Prime Minister Tomas Ruud left for Brussels on Monday. His spokesman said the talks would last two days.",
     "Tomas Ruud"),
    ("Prime Minister Tomas Ruud's office said the border would stay closed.", "Tomas Ruud"),
    # the object of "by"
    ("A statement by Prime Minister Tomas Ruud said the border would stay closed.", "Tomas Ruud"),
    # a text its subject sent or filed is theirs
    ("Prime Minister Tomas Ruud sent a letter to the court. The letter said he was innocent.", "Tomas Ruud"),
    # an inquiry by someone is theirs
    ("An investigation by the Interior Ministry found that officials had taken bribes.", "Interior Ministry"),
    # "the statement" after the owner issued one
    ("Late on Sunday, Prime Minister Tomas Ruud, in a statement delivered via his press secretary, announced the "
     "troops would leave. The statement also said the border would stay closed.", "Tomas Ruud"),
])
def test_a_voice_speaks_for_its_owner(dossier_of, text, speaker):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert d.claims and names.get(d.claims[-1].speaker) == speaker, d.claims


@pytest.mark.parametrize("text", [
    # a source close to someone does not speak for them
    "A source close to Prime Minister Tomas Ruud said the cabinet would be reshuffled.",
    # a statement nobody was said to issue
    "Prime Minister Tomas Ruud met the press. The statement said the border would stay closed.",
    # a text its subject received, obtained or was quoted in is not theirs
    "Prime Minister Tomas Ruud was quoted in a report on the mine. The report said the mine was unsafe.",
    "Prime Minister Tomas Ruud received a letter on Monday. The letter said his contract would end.",
    "The Morning Herald obtained a report on the mine. The report said the mine was unsafe.",
    # what an inquiry examines is not its author
    "An investigation of the Interior Ministry found that officials had taken bribes.",
    "A review of Acme Corp found that the accounts had been falsified.",
    "The Russia investigation found that the campaign had met foreign agents.",
])
def test_no_owner_no_speaker(dossier_of, text):
    (claim,) = dossier_of(text).claims
    assert claim.speaker is None, claim


def test_a_response_speaks_for_its_owner_before_a_colon(dossier_of):
    d = dossier_of("Anna Berg's response was swift: “This ruling is a disgrace.”")
    names = {a.id: a.name for a in d.actors}
    (claim,) = d.claims
    assert names.get(claim.speaker) == "Anna Berg" and claim.text == "This ruling is a disgrace"


@pytest.mark.parametrize("text, words", [
    ("A ministry spokesman, who spoke on condition of anonymity, said “the offer stands.”", "A ministry spokesman"),
    ("The ruling drew criticism from Anna Berg, who called it “a disgrace”.", "Anna Berg"),
])
def test_a_speakers_words_stop_before_a_relative_clause(dossier_of, text, words):
    (claim,) = dossier_of(text).claims
    assert claim.speaker_text == words


def test_the_report_is_not_the_subject_of_a_sentence_that_cites_one(dossier_of):
    d = dossier_of("Tomas Ruud resigned on Monday, according to a report in a local paper. "
                   "The report said the cabinet would meet on Friday.")
    names = {a.id: a.name for a in d.actors}
    last = d.claims[-1]
    assert last.text == "the cabinet would meet on Friday" and names.get(last.speaker) != "Tomas Ruud"
