"""Speakers resolved back: pronouns by gender, nouns and it/they to what was named before."""

import pytest


def speakers_of(dossier_of, text):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    return [(names.get(c.speaker), c.text) for c in d.claims]


@pytest.mark.parametrize("text, speaker", [
    # he/she skip the person of the other gender: a courtesy title is the text's own evidence
    ("Ms. Dana Whitlock met Tom Brandt on Monday. He said the talks had gone well.", "Tom Brandt"),
    # a gendered title
    ("Spokeswoman Jo Varn met Sam Doyle on Monday. He said the talks had gone well.", "Sam Doyle"),
    # "his"/"her" in a clause the person is the subject of
    ("Robin Tate sold her shares to Alex Quade. He said the price had been fair.", "Alex Quade"),
    # the first name, when the text says nothing else
    ("Maria Lindqvist met Peter Osterman in Oslo. He said the deal was close.", "Peter Osterman"),
    ("Peter Osterman met Maria Lindqvist in Oslo. She said the deal was close.", "Maria Lindqvist"),
    # a person named inside the quotation is not who says it
    ("Anna Kowalski spoke after the vote. “Tom Brandt is wrong about the bridge,” she said.", "Anna Kowalski"),
    ("Paul Grant spoke after the vote. “Mark Delaney lied to the council,” he said.", "Paul Grant"),
    # a person who is the subject of a reported clause is not whom the next pronoun means
    ("Paul Grant said Mark Delaney had misled the council. He added that the vote should be held again.",
     "Paul Grant"),
    # the subject of a relative clause is not whom the next sentence is about
    ("Carl Benning agreed to a plan in which Ivo Marsh became his deputy. “Only the court can stop me,” he declared.",
     "Carl Benning"),
    # a common noun refers back to the organisation named with it
    ("The Northgate Shipping Company opened a depot in Ohio. The company said it would hire 200 workers.",
     "Northgate Shipping Company"),
    # a person noun refers back to the person named before
    ("Lena Parkes won the race on Sunday. The 24-year-old said the course had been hard.", "Lena Parkes"),
    # "it" refers back to an organisation
    ("The Harbor Authority closed the port on Friday. It said the storm had damaged two cranes.",
     "Harbor Authority"),
    # a named apposition beats the noun it stands beside
    ("A Democrat, Mark Delaney, told the paper that the inquiry should go on.", "Mark Delaney"),
    ("The carrier, Scandinavian Airlines, said all flights would resume on Monday.", "Scandinavian Airlines"),
    ("One news site, the Daily Courier, claims that officials have linked the blast to a gas leak.", "Daily Courier"),
    # "continued by noting": the subject of the verb it hangs on
    ("Mark Delaney continued by noting that the inquiry had cost too much.", "Mark Delaney"),
    # an object pronoun after "according to"
    ("Mark Delaney spoke on the radio. According to him, the inquiry had cost too much.", "Mark Delaney"),
    # a participle on the object: the subject of the verb that has the object
    ("Mark Delaney posted a message on the forum blaming the council for the delays.", "Mark Delaney"),
    # a government named by its state's adjective is the state
    ("The Nigerian government said it expected the deal by June.", "Nigeria"),
    # a title alone, when no role was read for its holder: the person named before
    ("Helen Varga met the press. The commissioner said, “We have not agreed on the rules yet.”", "Helen Varga"),
    # a relative pronoun: the noun the clause hangs on
    ("Ruth Kessel, who said the plan would fail, resigned on Monday.", "Ruth Kessel"),
    # a passive speech verb: its agent
    ("The mayor was told by Interior Minister Ana Lopes that at least 40 people were missing.", "Ana Lopes"),
    # a title alone resolves to the person holding it
    ("Ambassador Ruth Kessel arrived in Rome. The ambassador said the embassy would reopen soon.", "Ruth Kessel"),
])
def test_speaker_resolved_back(dossier_of, text, speaker):
    found = speakers_of(dossier_of, text)
    assert found and all(s == speaker for s, _ in found), found


def test_they_after_a_group_of_people_stays_unresolved(dossier_of):
    d = dossier_of("The Harbor Authority closed the port. Residents gathered at the gate on Friday. "
                   "They said the closure would ruin the town.")
    (claim,) = d.claims
    assert claim.speaker is None and claim.speaker_text == "They"


def test_a_quotation_after_a_sentence_about_someone_else_is_theirs(dossier_of):
    text = ("“We will stay,” said Hana Ruiz. Omar Vance, a former envoy, criticised the decision on Monday.\n"
            "“This shows a lack of understanding.”")
    found = speakers_of(dossier_of, text)
    assert found == [("Hana Ruiz", "We will stay"), ("Omar Vance", "This shows a lack of understanding")]


@pytest.mark.parametrize("text, words", [
    # a definite noun after an unnamed speaker introduced by the same noun is that speaker again
    ("Police arrested Tom Berg on Monday. A police spokesman said Berg had been charged with arson. "
     "“He will appear in court on Friday,” the spokesman said.", "A police spokesman"),
    ("A diplomat at the talks said the draft had been rejected. The diplomat added that a new draft would follow.",
     "A diplomat at the talks"),
])
def test_an_unnamed_speaker_referred_to_again_keeps_its_first_words(dossier_of, text, words):
    claims = dossier_of(text).claims
    assert len(claims) == 2 and all(c.speaker is None and c.speaker_text == words for c in claims), claims


@pytest.mark.parametrize("text, words, via", [
    # a source owned by the medium that reports it is named through that medium
    ("The Daily Courier reported that its source said the mayor had resigned.", "Daily Courier's source",
     "Daily Courier"),
    # a noun for a medium refers back to the one named before
    ("One news site, the Daily Courier, claims officials linked the blast to a gas leak. The website further "
     "reported its anonymous source claimed a second suspect had escaped.", "Daily Courier's anonymous source",
     "Daily Courier"),
])
def test_a_source_of_the_speaker_is_named_through_it(dossier_of, text, words, via):
    claims = dossier_of(text).claims
    inner = claims[-1]
    assert inner.speaker is None and inner.speaker_text == words and inner.via == via, claims


def test_a_possessed_source_is_not_the_last_person_named(dossier_of):
    d = dossier_of("Governor Ana Lopes visited the site. The Daily Courier reported its source said three men fled.")
    (inner,) = [c for c in d.claims if c.text == "three men fled"]
    names = {a.id: a.name for a in d.actors}
    assert names.get(inner.speaker) != "Ana Lopes"


@pytest.mark.parametrize("text, speaker", [
    # a noun of the press refers back to an outlet, past an organisation named in between
    ("The BBC interviewed the minister. Acme Corp declined to comment. The broadcaster said it stood by its report.",
     "BBC"),
    # an organisation named by a masthead word is an outlet
    ("The Morning Herald obtained the emails. Acme Corp declined to comment. "
     "The newspaper said the emails were genuine.", "Morning Herald"),
    # with no outlet named, to the organisation as before
    ("Acme Corp announced record profits. The company said demand was strong.", "Acme Corp"),
])
def test_a_press_noun_refers_back_to_an_outlet(dossier_of, text, speaker):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert names.get(d.claims[-1].speaker) == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the army" is no other party named before: a text names several states' forces
    ("Israeli jets struck a Hezbollah base in southern Lebanon, the army said.", None),
    # an army named before is
    ("The Kenya Defence Forces deployed troops to the border. The Varnak Army later withdrew. "
     "The army said it had lost two soldiers.", "Varnak Army"),
])
def test_the_army_is_only_an_army_named_before(dossier_of, text, speaker):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert names.get(d.claims[-1].speaker) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a source said to stay unnamed is nobody named before
    ("Prime Minister Anna Lind arrived in Brussels on Monday. "
     "The official, who asked not to be named, said the talks would fail.", None),
    ("Prime Minister Anna Lind arrived in Brussels on Monday. "
     "Speaking on condition of anonymity, the diplomat said the talks would fail.", None),
    # "in the name of" is no anonymity
    ("Prime Minister Anna Lind arrived in Brussels on Monday. "
     "The minister said in the name of the government that the talks would fail.", "Anna Lind"),
    # a named holder of the title still speaks
    ("Tomas Ruud, a senior official at the ministry, spoke on Monday. The official said the talks would fail.",
     "Tomas Ruud"),
])
def test_an_anonymous_source_is_nobody_named_before(dossier_of, text, speaker):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert names.get(d.claims[-1].speaker) == speaker


def test_a_speakers_words_end_before_the_comma_closing_an_apposition(dossier_of):
    (claim,) = dossier_of("The Foreign Ministry's spokesman, Tomas Ruud, said the visit was cancelled.").claims
    assert claim.speaker_text == "The Foreign Ministry's spokesman, Tomas Ruud"


@pytest.mark.parametrize("text, expected", [
    # "he added" is whoever spoke last, not the person named in between
    ('"We counted every ballot," said Tomas Brenner, the clerk. Beside him stood his deputy, Karl Vogt. '
     '"Twice," he added.', [("Tomas Brenner", "We counted every ballot"), ("Tomas Brenner", "Twice")]),
    # a name with a description before it is the person named before
    ("Tomas Brenner is the town clerk. A defiant Brenner said the count was fair.",
     [("Tomas Brenner", "the count was fair")]),
    # a wire dateline parsed as a subject is not the speaker
    ("PORTO (Reuters) — Prime Minister Lena Ruud on Monday accused the rebels of breaking the truce.",
     [("Lena Ruud", "the rebels of breaking the truce")]),
    # "by radio" after an active cue with its subject is the means, not a passive's agent
    ("The ferry's captain, Ana Lopes, said by radio that the vessel had been carrying grain.",
     [("Ana Lopes", "the vessel had been carrying grain")]),
])
def test_continuing_cues_descriptions_and_datelines(dossier_of, text, expected):
    assert speakers_of(dossier_of, text) == expected


def test_the_same_text_speaks_again_for_its_issuer(dossier_of):
    text = ("Governor Ana Dorn spoke in a statement on the floods. The statement said the river had risen twice. "
            "Later the statement said the farms would be moved.")
    assert [s for s, _ in speakers_of(dossier_of, text)] == ["Ana Dorn", "Ana Dorn"]


@pytest.mark.parametrize("text, words", [
    ("Anna Berg, a lawyer who lives in Oslo, said the ruling was wrong.", "Anna Berg, a lawyer"),
    ("Lena Ruud, a lawyer for the families who sued the city, said the ruling was unfair.",
     "Lena Ruud, a lawyer for the families"),
])
def test_a_speakers_words_stop_before_the_clause_of_an_apposition(dossier_of, text, words):
    assert [c.speaker_text for c in dossier_of(text).claims] == [words]


def test_a_participle_hung_on_a_subordinate_clause_is_the_main_subjects(dossier_of):
    d = dossier_of("Two bankers called the plan risky, as rates are high and margins are thin, "
                   "while noting that farmers need such loans.")
    assert [(c.speaker_text, c.text) for c in d.claims if c.cue == "note"] == [
        ("Two bankers", "farmers need such loans")]


def test_a_speakers_words_stop_before_a_relative_clause_on_a_noun_inside(dossier_of):
    d = dossier_of("Farmers familiar with the scheme, who asked not to be named, said the payments were late.")
    assert [(c.speaker, c.speaker_text) for c in d.claims] == [(None, "Farmers familiar with the scheme")]


def test_a_speakers_words_stop_before_a_participle_aside(dossier_of):
    d = dossier_of("Lena Ruud, speaking to reporters in Oslo, said the plan had failed.")
    assert [c.speaker_text for c in d.claims] == ["Lena Ruud"]


def test_a_subject_the_parser_hung_on_the_verb_as_a_modifier_is_still_the_speaker(dossier_of):
    d = dossier_of("Rita Moss, a campaigner, said the barriers were unfinished. "
                   "The 67-year-old added that she had lost everything.")
    names = {a.id: a.name for a in d.actors}
    assert [names.get(c.speaker) for c in d.claims] == ["Rita Moss", "Rita Moss"]


def test_she_is_the_person_the_sentence_before_names_rather_than_an_older_subject(dossier_of):
    d = dossier_of("Ragna Holm, who led the delegation, was blunter. The talks went on for hours. "
                   '"This is a sad day for the coast."\nThose were the words of Anne Kerbrat, who chairs the '
                   "fishing alliance. She told reporters that boats were already laid up.")
    names = {a.id: a.name for a in d.actors}
    assert names.get(d.claims[-1].speaker) == "Anne Kerbrat"


@pytest.mark.parametrize("text, speaker", [
    # a possessor inside an adjunct is not the topic a pronoun continues
    ("Ruth Adams, the clinic's director, met nurses on Monday. Ann Cole, a nurse, warned that the clinic would "
     'lose staff. Adams said the offer was fair. Asked about the nurse\'s warning, she paused. "She is right '
     'that we cannot do everything," she said.', "Ruth Adams"),
    # a person named in what another reported is not whom the next "she" means; her "she" goes on
    ('Fiona Grant, the council leader, defended the cuts. Jane Whitlow, her former deputy, voted against them. '
     '"I was pushed out," Whitlow said. Grant disputes that account. She said Whitlow had been given '
     '"every chance" to explain herself. "Jane is a friend," she said.', "Fiona Grant"),
    # a possessive in a description is another's gender, not hers
    ("The water authority's chief, Priya Raman, defended the plan. His neighbour, Ruth Okafor, who runs a riding "
     'school, is more cautious. She has signed the petition. "I am not against the town," she said.',
     "Ruth Okafor"),
    # "her" as an object and "his" in a clause about someone named there are another's gender
    ("Thandeka Mokoena, a former official, testified that Sipho Dlamini-Radebe summoned her to his office and "
     "told her to act. Dlamini-Radebe, 61, faces charges of fraud. He denies that he ever discussed the tender.",
     "Sipho Dlamini-Radebe"),
    # a speaker named after what it said is nobody named in it
    ("Tom Hale met the mayor on Monday. Ann Cole lied about the vote, he said.", "Tom Hale"),
    ("The Harbour Pilots Association met on Monday. The port authority should resign, the association said.",
     "Harbour Pilots Association"),
    # a given name outweighs a possessive in a clause the person is the subject of ("Told of her
    # remarks": another woman's)
    ("The mayor, Carlo Benti, said the council had done its best. Nadia Frei, who runs the shop, said it had "
     'failed. Walter Lorenz farms the hill above the town. Told of her remarks, Lorenz laughed. "Then let them '
     'come," he said.', "Walter Lorenz"),
    # "it" set off inside a clause is not that clause's subject
    ("The Ohio Farm Bureau said the tariffs were hurting growers. Tariffs, it said, would cost the state 4,000 "
     "jobs.", "Ohio Farm Bureau"),
])
def test_a_pronoun_continues_the_topic_not_a_name_in_passing(dossier_of, text, speaker):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert names.get(d.claims[-1].speaker) == speaker


@pytest.mark.parametrize("text, state", [
    ("Niger's authorities said the pipeline attack is hurting the economy.", "Niger"),
    ("The government of Peru said the border was closed.", "Peru"),
    ("Bolivia signed the deal with Chile in June. The government denied that any concessions had been made.",
     "Bolivia"),
    ("Argentina's president, Javier Ruiz, spoke on Monday. His government said the deal was almost ready.",
     "Argentina"),
])
def test_a_states_authorities_or_government_speak_for_it(dossier_of, text, state):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert [names.get(c.speaker) for c in d.claims] == [state]


def test_a_people_named_by_a_plural_demonym_is_no_person_a_pronoun_could_be(dossier_of):
    d = dossier_of('Irakli Gogoladze defended the law. Gogoladze said the party would override the veto. '
                   'Georgians, he said, had "a right to know who pays for politics."')
    names = {a.id: a.name for a in d.actors}
    assert [names.get(c.speaker) for c in d.claims] == ["Irakli Gogoladze", "Irakli Gogoladze"]


@pytest.mark.parametrize("text, speakers", [
    # once someone is named, a description refers back to them, not to a holder named later
    ('At 8am, Nora Quill\'s laptop logged her out. "I thought it was a glitch," said the 36-year-old network '
     'engineer, who had worked at the firm for six years. Tomas Berg, a 41-year-old data engineer, is in Ireland '
     'on a permit. "We may have to leave," the data engineer said.', ["Nora Quill", "Tomas Berg"]),
    # a story's opening title looks ahead to the holder named after it
    ("The European Union's special envoy said the talks had ended without a deal. The envoy, Jan Kreller, flew "
     "home on Wednesday.", ["Jan Kreller"]),
    # "a" + a title is someone new
    ("Ravi Rao is the firm's spokesperson in Delhi. A company spokesperson in London said the cuts were painful "
     "but necessary.", [None]),
])
def test_a_title_refers_to_its_holder_named_before_it(dossier_of, text, speakers):
    assert [s for s, _ in speakers_of(dossier_of, text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a body named by a name after it is no word for the body named last
    ("The Harbor Authority closed the port on Friday. The Peruvian embassy in Oslo said the claims were false.",
     None),
    ("The Harbor Authority closed the port on Friday. The office of the UN envoy for Libya said it was alarmed.",
     None),
    # without one, the body named before
    ("The Harbor Authority closed the port on Friday. The authority said the storm had damaged two cranes.",
     "Harbor Authority"),
])
def test_a_body_that_says_which_one_it_is_is_not_the_last_one_named(dossier_of, text, speaker):
    assert [s for s, _ in speakers_of(dossier_of, text)][-1] == speaker


@pytest.mark.parametrize("text, words", [
    # some of an unnamed source named before, by "them" or by its noun, after "according to" too
    ("Officials in the governor's office, speaking on condition of anonymity, said the cabinet would approve the "
     "package. The package, according to one of the officials, would double the compensation.",
     "Officials in the governor's office"),
    ("The tender will be financed through the fund, according to three people familiar with the talks. "
     "Negotiators regard that option as a stopgap, two of them said.", "three people familiar with the talks"),
    ("The exchange was described by two senators who attended the session as the sharpest split this year. One of "
     "them said the minister had left the room.", "two senators who attended the session"),
])
def test_some_of_an_unnamed_source_speak_for_it(dossier_of, text, words):
    assert dossier_of(text).claims[-1].speaker_text == words


def test_a_company_noun_refers_back_to_a_company_not_a_bloc(dossier_of):
    d = dossier_of("European Union funding for the road ran out in May. The attacks came within 30 km of the bay, "
                   "where Coralis Energy is building a gas plant. The French company has said it expects to ship "
                   "its first cargo in 2029.")
    assert {a.id: a.name for a in d.actors}.get(d.claims[-1].speaker) == "Coralis Energy"

