import pytest


@pytest.mark.parametrize("text, words", [
    # a group noun refers back to the coordinated subject before it
    ("President Anna Berg and Prime Minister Tomas Ruud discussed trade. "
     "The two leaders agreed that the border crossing should reopen in March.",
     "President Anna Berg and Prime Minister Tomas Ruud"),
    # "they" right after a coordinated subject
    ("President Anna Berg and Prime Minister Tomas Ruud discussed trade. "
     "They agreed that tariffs on timber would be cut.",
     "President Anna Berg and Prime Minister Tomas Ruud"),
    # a group noun subject in between passes the reference on
    ("President Anna Berg and Prime Minister Tomas Ruud discussed trade. The two leaders exchanged views on fishing. "
     "They agreed that tariffs on timber would be cut.", "President Anna Berg and Prime Minister Tomas Ruud"),
    # states named together
    ("Norway and Sweden signed a fishing accord. Both countries said the quotas would rise next year.",
     "Norway and Sweden"),
    # "the leaders" (however capitalised) are the two who met
    ("President Anna Berg welcomed Prime Minister Tomas Ruud to the White House. "
     "The Leaders affirmed that the alliance remains the cornerstone of peace.", "Anna Berg and Tomas Ruud"),
    ("The United States and Japan reaffirmed their commitment to the alliance. "
     "The two countries also pledged to expand cooperation on clean energy.", "United States and Japan"),
    # no coordination before: "both" names the last two persons
    ("Foreign Minister Lena Koss met Foreign Minister Piet Alder in Vienna. "
     "Both ministers said the ceasefire was holding.",
     "Lena Koss and Piet Alder"),
])
def test_a_plural_speaker_names_the_actors_it_refers_to(dossier_of, text, words):
    (claim,) = dossier_of(text).claims
    assert claim.speaker is None and claim.speaker_text == words


@pytest.mark.parametrize("text, words", [
    # "they" after a single subject that is no coordination stays as it is
    ("Residents gathered outside the hall. They said the storm would pass by Friday.", "They"),
    # "the officials" are not the two who met, nor the two named together
    ("President Anna Berg met Prime Minister Tomas Ruud. The officials said the talks had gone well.", "The officials"),
    ("President Anna Lind and Prime Minister Tomas Ruud met in Oslo. The officials said the talks had run late.",
     "The officials"),
    # a plural noun with no determiner is a group of its own ("officials said")
    ("President Anna Berg and Prime Minister Tomas Ruud discussed trade. "
     "Officials said the talks ran late.", "Officials"),
])
def test_other_plural_speakers_keep_their_words(dossier_of, text, words):
    (claim,) = dossier_of(text).claims
    assert claim.speaker is None and claim.speaker_text == words


@pytest.mark.parametrize("text, first, words", [
    # a coordinated subject: its words, the first actor's id
    ("President Anna Lind and Prime Minister Tomas Ruud said the talks had gone well.", "Anna Lind",
     "President Anna Lind and Prime Minister Tomas Ruud"),
    # bare surnames: the full names
    ("Anna Lind and Tomas Ruud ran for president. Both Lind and Ruud claimed victory in the presidential vote.",
     "Anna Lind", "Anna Lind and Tomas Ruud"),
])
def test_a_coordinated_speaker_names_them_all(dossier_of, text, first, words):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    (claim,) = d.claims
    assert names.get(claim.speaker) == first and claim.speaker_text == words


@pytest.mark.parametrize("text, words", [
    # a modifier naming a group of its own: not the two who met
    ("Joe Smith met Anna Lind in Oslo on Monday. The leaders of the opposition parties said the vote was rigged.",
     "The leaders of the opposition parties"),
    ("President Anna Berg met Prime Minister Tomas Ruud. The opposition leaders said the talks were a waste of time.",
     "The opposition leaders"),
    ("Norway and Sweden signed a fishing accord. The countries of the region said the quotas were too low.",
     "The countries of the region"),
])
def test_a_group_noun_with_its_own_modifier_names_its_own_group(dossier_of, text, words):
    (claim,) = dossier_of(text).claims
    assert claim.speaker is None and claim.speaker_text == words


def test_the_leaders_of_both_countries_are_the_two_who_met(dossier_of):
    (claim,) = dossier_of("President Anna Berg met Prime Minister Tomas Ruud in Oslo. "
                          "The leaders of the two countries agreed that the border should reopen.").claims
    assert claim.speaker_text == "Anna Berg and Tomas Ruud"


@pytest.mark.parametrize("text, words", [
    # "the ministers" with no number are all who met, not the last two named apart
    ("Foreign ministers of the European Union met in Brussels on Monday. Anna Lind chaired the meeting, while "
     "Hungarian Foreign Minister Tomas Ruud objected to the plan. The ministers agreed that sanctions should be "
     "extended.", "The ministers"),
    ("Finance ministers from the G20 gathered in Rome. Anna Lind spoke first. Tomas Ruud followed. "
     "The ministers said that growth was slowing.", "The ministers"),
    # two who met, subject and object of one verb: the leaders are they
    ("Chancellor Anna Berg met with President Tomas Ruud in Berlin. The leaders agreed that trade should grow.",
     "Anna Berg and Tomas Ruud"),
])
def test_the_leaders_with_no_number_are_two_who_met(dossier_of, text, words):
    claim = dossier_of(text).claims[-1]
    assert claim.speaker is None and claim.speaker_text == words
