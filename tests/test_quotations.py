"""Quotations and reported speech in the ways news writes them: one invented sentence per rule."""

import pytest


def claims_of(dossier_of, text):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    return [(c.kind, names.get(c.speaker), c.text) for c in d.claims], d


@pytest.mark.parametrize("text, expected", [
    # a quote-only paragraph after a blank line continues the speaker of the paragraph before
    ("“We’re ready,” Venn Halloway said.\n\n“The rookies surprised me.”",
     [("direct", "Venn Halloway", "We’re ready"), ("direct", "Venn Halloway", "The rookies surprised me")]),
    # a quotation after a colon, no speech verb: the clause's subject
    ("Paolo Ortiz was blunt: “A disgrace.”", [("direct", "Paolo Ortiz", "A disgrace")]),
    # ... past a short quotation inside that clause
    ("The Norland Ministry of Defence justified the strike as “defensive” in nature: “The army acted to protect "
     "our soldiers.”", [("direct", "Norland Ministry of Defence", "The army acted to protect our soldiers")]),
    # a label naming the speaker, then a colon
    ("Helen Varga, director of the Lakeside Trust: “We will appeal the ruling.”",
     [("direct", "Helen Varga", "We will appeal the ruling")]),
    # a quotation under a line that names the speaker
    ("Secretary Tomas Ruiz on Channel 4\n“We will rebuild the bridge before winter.”",
     [("direct", "Tomas Ruiz", "We will rebuild the bridge before winter")]),
    # a quotation after a comma that follows a clause with a named subject
    ("Senator Mary Colton spoke on the radio, “This will end badly for all of us.”",
     [("direct", "Mary Colton", "This will end badly for all of us")]),
    # inverted order, with a verb the parser may read as a noun
    ("“We love cats!” reply Burton Hale and Nick Ames.", [("direct", "Burton Hale", "We love cats")]),
    ("“We love it,” insists Dana Whitlock.", [("direct", "Dana Whitlock", "We love it")]),
    # a verb that reports nothing but the quotation before it
    ("Paul Grant arrived late. “Some people say otherwise,” he conceded.",
     [("direct", "Paul Grant", "Some people say otherwise")]),
    ("“I love cats!” insists Burton Hale. “I absolutely do.”",
     [("direct", "Burton Hale", "I love cats"), ("direct", "Burton Hale", "I absolutely do")]),
    ("Sam Doyle approached the stable. “Where are the carrots?” he asked.",
     [("direct", "Sam Doyle", "Where are the carrots")]),
    # a quotation over two paragraphs, left open at the end of the first, is the speaker's of the second
    ("Tom Brandt lost the vote. Dana Whitlock won.\n“We will fight on.\n“We will win next time,” Brandt said.",
     [("direct", "Tom Brandt", "We will fight on"), ("direct", "Tom Brandt", "We will win next time")]),
    # a verb that says something of an object is no attribution of the quotation before it
    ("“We will stay,” said Hana Ruiz. “He took everything.”\nThey call him the quiet robber.",
     [("direct", "Hana Ruiz", "We will stay"), ("direct", "Hana Ruiz", "He took everything")]),
    # a long noun phrase between the quotation and its cue
    ("“We lost everything.” The former mayor of the small town of Ashby, Ruth Kessel, said so on Monday.",
     [("direct", "Ruth Kessel", "We lost everything")]),
    # single quotation marks where a paragraph has no double ones; a possessive mark is no quotation
    ("‘We will win, and the players’ union agrees,’ Tom Brandt said. ‘It’s not over.’",
     [("direct", "Tom Brandt", "We will win, and the players’ union agrees"),
      ("direct", "Tom Brandt", "It’s not over")]),
    # a quotation signed with a dash and a name
    ("“Nothing is ever lost by waiting.” — Ruth Kessel, former mayor of the valley town.",
     [("direct", "Ruth Kessel", "Nothing is ever lost by waiting")]),
    # a capitalised slogan that someone is said to say is a quotation, not a title
    ("“Death to Tyrants,” shouted Omar Vance.", [("direct", "Omar Vance", "Death to Tyrants")]),
    # a short label opening the paragraph names the speaker
    ("READERS: “We want more local news.”", [("direct", None, "We want more local news")]),
    # quoted words may end in a stranded preposition
    ("“That is the world we live in,” Dana Whitlock said.",
     [("direct", "Dana Whitlock", "That is the world we live in")]),
    # a cue's clause stops where a speech verb of its own goes on
    ("Mayor Lena Ortiz said the tax “costs us a fortune,” further saying, “We will repeal it.”",
     [("partial", "Lena Ortiz", "the tax “costs us a fortune"), ("direct", "Lena Ortiz", "We will repeal it")]),
    # a bracketed citation between two quotations of one speaker
    ("READERS: “We want more news.” [Letter, 3/4/2021] “And fewer adverts.”",
     [("direct", None, "We want more news"), ("direct", None, "And fewer adverts")]),
    # a speaker after the verb parsed as the subject of a clause of its own
    ("“I saw him and I hit him,” said Tom Brandt, visibly shaken.",
     [("direct", "Tom Brandt", "I saw him and I hit him")]),
    # a straight closing mark after a space, following a nested quotation
    ('The boy "was crying, saying \'stop it,\' " said Tom Brandt. "He was terrified."',
     [("direct", "Tom Brandt", "was crying, saying 'stop it"), ("direct", "Tom Brandt", "He was terrified")]),
    # the speaker named after the verb as a noun phrase
    ("“It is over,” said a neighbour who gave her name as Kit. “Nobody listens.”",
     [("direct", None, "It is over"), ("direct", None, "Nobody listens")]),
])
def test_quotations_get_their_speaker(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert [c for c in found if c[0] == "direct" or c in expected] == expected


@pytest.mark.parametrize("text, speaker", [
    # an organisation that the sentence before has speak
    ("Scandinavian Airlines issued a statement on Monday. “All flights are suspended until further notice.”",
     "Scandinavian Airlines"),
    ("The Norwegian government responded on Twitter.\n“We will not accept this decision.”", "Norway"),
])
def test_a_quotation_after_an_organisation_speaks_is_its(dossier_of, text, speaker):
    found, _ = claims_of(dossier_of, text)
    assert [(k, s) for k, s, _ in found] == [("direct", speaker)]


def test_a_quotation_after_an_organisation_acts_is_nobodys(dossier_of):
    found, _ = claims_of(dossier_of, "Scandinavian Airlines cancelled all flights on Monday. “Safety comes first.”")
    assert found == []


@pytest.mark.parametrize("text, kind, speaker, words, cue", [
    ("Tom Reyes urged the council to delay the vote.", "indirect", "Tom Reyes", "the council to delay the vote",
     "urge"),
    ("Mayor Lena Ortiz called for an independent inquiry into the fire.", "indirect", "Lena Ortiz",
     "an independent inquiry into the fire", "call"),
    ("Mayor Lena Ortiz called for the regional board to release the files.", "indirect", "Lena Ortiz",
     "the regional board to release the files", "call"),
    ("Anna Kowalski tweeted that the vote had been rigged.", "indirect", "Anna Kowalski",
     "the vote had been rigged", "tweet"),
    ("The Harbor Authority called its decision prudent and necessary.", "indirect", "Harbor Authority",
     "its decision prudent and necessary", "call"),
    ("Paul Grant accused the mayor of hiding the report.", "indirect", "Paul Grant",
     "the mayor of hiding the report", "accuse"),
    ("The ministry denied the allegations of fraud.", "denial", None, "the allegations of fraud", "deny"),
    # a speech verb in mid-sentence reports the clause it interrupts, and one joined to it
    ("Maria Lopez runs the port. The ferry resumes Monday, she said, but fares will rise.", "indirect",
     "Maria Lopez", "The ferry resumes Monday", "say"),
    ("The plant will stay busy for years, Karl Ivers said, and repaying the loan seems realistic.", "indirect",
     "Karl Ivers", "repaying the loan seems realistic", "say"),
    # "according to X" in mid-clause keeps the whole clause
    ("The real issue, according to the engineers, is the soil.", "according_to", None,
     "The real issue, according to the engineers, is the soil", "according to"),
    # "and, according to X," reports the conjunct after it
    ("The valley had rich soil and, according to the survey, was called the garden of the north.",
     "according_to", None, "was called the garden of the north", "according to"),
    # a belief or view the speaker states
    ("Mayor Lena Ortiz reiterated her belief that the bridge must be rebuilt.", "indirect", "Lena Ortiz",
     "the bridge must be rebuilt", "reiterate"),
    # "As X made clear, Y": the main clause after the aside
    ("As Mayor Lena Ortiz made clear on Monday, the bridge will be rebuilt before winter.", "indirect",
     "Lena Ortiz", "the bridge will be rebuilt before winter", "make"),
    ("The group is armed and, according to the army, hostile to the town.", "according_to", None,
     "hostile to the town", "according to"),
    # a reported clause stops where another speaker's claim begins
    ("The agency says it has found no sign of fraud despite the paper claiming the count was rigged.",
     "indirect", None, "it has found no sign of fraud", "say"),
    # a relative clause: what follows the cue
    ("The fire spread to a warehouse, which local radio said was empty by then.", "indirect", None,
     "was empty by then", "say"),
    ("Tenants were told to leave, in what housing groups said was the latest case of landlords evicting people.",
     "indirect", None, "was the latest case of landlords evicting people", "say"),
    # an animate verb with people for subject
    ("The ruling would be the first of its kind, legal observers believe.", "indirect", None,
     "The ruling would be the first of its kind", "believe"),
    # a cue with no subject away from a quotation keeps its whole clause
    ("Asked about the fire at the mill, replied that the report was false.", "indirect", None,
     "the report was false", "reply"),
    # a wire dateline is not what was said
    ("LONDON (Wire) - Fuel duty will fall next year, finance minister Rachel Moss said on Tuesday.", "indirect",
     "Rachel Moss", "Fuel duty will fall next year", "say"),
    # a cue whose own clause is a speech verb with a subject: what was said is that clause
    ("Forty people are confirmed dead, officials told the radio.", "indirect", None,
     "Forty people are confirmed dead", "tell"),
])
def test_speech_verbs_and_what_they_report(dossier_of, text, kind, speaker, words, cue):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    found = [(c.kind, names.get(c.speaker), c.text, c.cue) for c in d.claims]
    assert (kind, speaker, words, cue) in found, found


def test_a_label_line_speaker_is_the_name_before_the_comma(dossier_of):
    (claim,) = dossier_of("Zorblat Quenfax, Director of the Lakeside Trust: “We will appeal the ruling.”").claims
    assert claim.speaker_text == "Zorblat Quenfax"


def test_a_colon_label_speaker_stops_at_the_colon(dossier_of):
    (claim,) = dossier_of("Helen Varga, director of the Lakeside Trust: “We will appeal the ruling.”").claims
    assert claim.speaker_text == "Helen Varga"


def test_a_label_line_keeps_its_words_as_speaker(dossier_of):
    (claim,) = dossier_of("READERS: “We want more local news.”").claims
    assert claim.speaker_text == "READERS"


def test_a_short_quotation_in_reported_speech_keeps_the_clause(dossier_of):
    (claim,) = dossier_of("Paolo Ortiz said the plan was “reckless” and costly.").claims
    assert claim.kind == "partial"
    assert claim.text == "the plan was “reckless” and costly"
    assert claim.quote == "reckless"
    text = "Paolo Ortiz said the plan was “reckless” and costly."
    assert text[claim.quote_span[0]:claim.quote_span[1]] == "reckless"


def test_a_claim_cut_before_the_next_cue_keeps_its_own_adverbs(dossier_of):
    claim = dossier_of("Judge Ana Ruiz wrote that the evidence was “thin at best” and criticised the police for "
                       "“sloppy work.”").claims[0]
    assert claim.quote == "thin at best"


def test_a_direct_quotation_has_its_words_as_quote(dossier_of):
    (claim,) = dossier_of("“We will win,” Paolo Ortiz said.").claims
    assert claim.kind == "direct" and claim.quote == claim.text == "We will win"


@pytest.mark.parametrize("text", [
    "Voters rejected the new tax on fuel and heating.",
    "The court denied bail to the three men.",
    "The data suggests demand is slowing across the region.",
    "Those who believe taxes are high will vote against the plan.",
    "Paul Grant declined to say why the talks failed.",
    "Paul Grant did not say whether the talks would resume.",
    "Paul Grant pressured the clerk to say nothing about the fire.",
    "He spoke on the network’s “Morning Desk Weekly.”",
    "The army launched “Operation Northern Shield” in May.",
    "The plan calls for two new bridges over the river.",
    "Minister says talks will resume next week\nThe talks were held in the capital.",
    "READ MORE: Mayor says the bridge will reopen soon\nThe bridge was closed in May.",
    "“We will rebuild it all,” says mayor\nThe bridge was closed in May.",
    "WATCH: “the river rose overnight and we had to leave”\nThe valley was flooded.",
    "By Jane Morrow\n“Quiet please” signs hung on every door of the old library.",
])
def test_what_is_no_claim(dossier_of, text):
    assert dossier_of(text).claims == ()


def test_a_belief_is_reported_but_its_scare_quote_is_no_quotation(dossier_of):
    (claim,) = dossier_of("Burton Hale thinks that cats are “cuties”.").claims
    assert (claim.kind, claim.cue, claim.quote) == ("indirect", "think", None)


def test_a_cue_inside_a_reported_clause_does_not_report_the_clause(dossier_of):
    found, _ = claims_of(dossier_of, "Paul Grant testified that he told Mayor Lena Ortiz about the fire.")
    assert ("indirect", "Paul Grant", "he told Mayor Lena Ortiz about the fire") in found
    assert all("testified" not in w for _, _, w in found)


def test_a_clause_before_a_semicolon_is_not_reported(dossier_of):
    found, _ = claims_of(dossier_of, "The ferry service stopped in May; the company reported that the engines had "
                                     "failed.")
    assert [w for _, _, w in found] == ["the engines had failed"]


def test_a_title_in_quotation_marks_is_no_quotation(dossier_of):
    found, _ = claims_of(dossier_of, "Burton Hale claims that his favorite book is “One Hundred Years of Solitude”.")
    assert [k for k, _, _ in found] == ["indirect"]


def test_a_quotation_broken_over_a_line_runs_on_to_its_closing_mark(dossier_of):
    text = ("Reactions to the visit\nAnna Lind, Ambassador of Norland to the United Nations: “Thank you\n"
            "@Premier for visiting Eastport at a difficult time. Your visit gave comfort to a grieving nation.” "
            "[Tweet, 10/18/23]")
    (claim,) = dossier_of(text).claims
    assert claim.text.startswith("Thank you\n@Premier") and claim.text.endswith("a grieving nation")


def test_a_label_naming_an_organisation_keeps_its_whole_name(dossier_of):
    (claim,) = dossier_of("Norland Union Advocacy Center: “The premier stood with us today.” [Tweet, 10/18/23]").claims
    assert claim.speaker_text == "Norland Union Advocacy Center"


@pytest.mark.parametrize("text, nested", [
    # a named third party reporting inside a quotation: a claim of its own
    ("“Tomas Ruud told us that the bridge would be rebuilt by spring,” said Anna Lind.",
     ("Tomas Ruud", "the bridge would be rebuilt by spring")),
    ("Norland Union Advocacy Center: “@premier shared that the fund would double next year.” [Tweet, 10/18/2023]",
     ("@premier", "the fund would double next year")),
    # a pronoun inside the quotation: only the quotation
    ("“He told us that the bridge would be rebuilt,” said Anna Lind.", None),
])
def test_speech_reported_inside_a_quotation(dossier_of, text, nested):
    claims = dossier_of(text).claims
    inner = [(c.speaker_text, c.text) for c in claims if c.kind == "indirect"]
    assert inner == ([nested] if nested else []) and any(c.kind == "direct" for c in claims), claims


def test_a_quotation_continues_its_speaker_not_the_one_it_reports(dossier_of):
    text = ("Norland Union Advocacy Center: “@premier shared that the fund would double next year.” "
            "[Tweet, 10/18/2023] “If there is one thing we learned today, it is that the fund is safe.” "
            "[Tweet, 10/18/2023]")
    claims = dossier_of(text).claims
    last = [c for c in claims if c.text.startswith("If there is one thing")]
    assert last and last[0].speaker_text == "Norland Union Advocacy Center", claims


@pytest.mark.parametrize("text, words", [
    # a quotation after a sentence about people named by a plural noun is theirs
    ("The ministry said the border would close on Friday. Residents were angry.\n“We have nowhere else to go.”",
     "Residents"),
    # after a sentence about no one, the speaker before goes on
    ("The ministry said the border would close on Friday.\n“Nobody will be allowed through.”", "The ministry"),
])
def test_a_quotation_after_a_sentence_about_people(dossier_of, text, words):
    assert dossier_of(text).claims[-1].speaker_text == words


def test_a_quotation_under_a_headline_is_not_the_headlines_subjects(dossier_of):
    d = dossier_of("Voters wait as the count goes on\n\n“Nobody has slept for two days.”\n")
    assert not [c for c in d.claims if c.speaker_text == "Voters"]


@pytest.mark.parametrize("text, expected", [
    # a reported clause, a colon and a quotation that is a sentence of its own: two claims
    ('Lena Ruud would not apologise, but said it was an oversight: "We acted in good faith."',
     [("indirect", "Lena Ruud", "it was an oversight"), ("direct", "Lena Ruud", "We acted in good faith")]),
    # a quotation that completes the clause stays in it
    ('Lena Ruud said the plan had one aim: "to win."',
     [("partial", "Lena Ruud", 'the plan had one aim: "to win')]),
    # the title of a work in quotation marks is no quotation (AP style's composition titles)
    ('The film "We Were Never Here" opens on Friday, the studio said.',
     [("indirect", None, 'The film "We Were Never Here" opens on Friday')]),
    # "claim" in its sense of winning is no claim
    ("Lena Ruud went on to claim the national title in Oslo.", []),
    ("The storm claimed three lives on the coast.", []),
    # "call" in its sense of convening, and "told" of one who is told, report nothing
    ("The tenants' group has called a public meeting for Friday.", []),
    ("Told of the remark, Mr. Dalton laughed.", []),
    # what someone is expected to say is announced as said; what someone wants to say is not
    ("The governor is expected to say that the budget could take two years to balance.",
     [("indirect", None, "the budget could take two years to balance")]),
    ("The governor wants to say that the budget could take two years to balance.", []),
    # "X, people familiar with the matter said, a step that ...": X is what they said, the step the writer's comment
    ("Chip curbs widen\nWASHINGTON, March 11 - The Commerce Department is preparing new rules that would bar "
     "American companies from selling chipmaking equipment to two more Chinese manufacturers, three people "
     "familiar with the matter said on Wednesday, a step that Beijing has warned would trigger retaliation.",
     [("indirect", None, "The Commerce Department is preparing new rules that would bar American companies from "
                         "selling chipmaking equipment to two more Chinese manufacturers")]),
    # "state media" can say what a thing cannot
    ("China restricted exports of gallium in 2024, and state media have suggested that rare earth magnets could "
     "be next.", [("indirect", None, "rare earth magnets could be next")]),
    # "said X and that Y": one report, though Y holds a cue of its own
    ("The mayor, Rui Monteiro, said the fire brigade had been stretched across four fires and that he had asked "
     "the national authority for aircraft.",
     [("indirect", "Rui Monteiro", "the fire brigade had been stretched across four fires and that he had asked "
                                   "the national authority for aircraft")]),
    # a quotation is whole, though the parse cuts the judgement at its comma
    ('Mr. Okoro called the agreement "a first step, and nothing more".',
     [("direct", "Okoro", "a first step, and nothing more")]),
    # an absolute participle after the cue tells how it was said, not what
    ('"It is a beautiful view," Morrow said, her voice rising.', [("direct", "Morrow", "It is a beautiful view")]),
    # a verb that introduces quotations ("went on: “...”") does not cut a clause it is no cue in
    ("Mayor Dalton, he said at a town hall in Reno, ignored the drought for years while farms went bankrupt.",
     [("indirect", "Dalton", "ignored the drought for years while farms went bankrupt")]),
    ("Both have backed the bill, although Mr. Dalton has suggested he would amend it.",
     [("indirect", "Dalton", "he would amend it")]),
    ("The union called the strike a last resort.", [("indirect", None, "the strike a last resort")]),
])
def test_colon_quotations_titles_and_prizes(dossier_of, text, expected):
    found, d = claims_of(dossier_of, text)
    assert found == expected
    assert all(c.kind != "direct" or c.quote for c in d.claims)


@pytest.mark.parametrize("text, expected", [
    # a boilerplate line between two quotations does not break the speaker's paragraph run
    ('"We will rebuild the bridge," the mayor said.\nAdvertisement - story continues below\n"It will take two years."',
     [("direct", None, "We will rebuild the bridge"), ("direct", None, "It will take two years")]),
    # an editor's note or a correction is the publisher's, no one's claim
    ("Editor's note: An earlier version of this story said the mayor had resigned.\nThe council met.", []),
    ("The council met.\nCorrection: This article has been updated to say that the bridge opened in 2019.", []),
])
def test_boilerplate_is_no_part_of_the_article(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert found == expected


def test_a_passive_cue_in_the_next_paragraph_attributes_no_quotation(dossier_of):
    d = dossier_of('"He is on trial for who he is," defence advocate Lerato Dube said. "The state has spent four '
                   'years looking for a crime to fit the man."\nThemba Nkosi, 63, is accused of steering a contract '
                   'to a friend.')
    names = {a.id: a.name for a in d.actors}
    assert [names.get(c.speaker) for c in d.claims if c.kind == "direct"] == ["Lerato Dube", "Lerato Dube"]


def test_words_quoted_as_what_someone_called_something_are_theirs(dossier_of):
    d = dossier_of('Chile, which had pressed both sides to talk, welcomed what it called "an important step".')
    names = {a.id: a.name for a in d.actors}
    assert [(names.get(c.speaker), c.quote) for c in d.claims] == [("Chile", "an important step")]


@pytest.mark.parametrize("text, speaker", [
    ('Union leaders said they would watch the deal.\n"If the government fails to pay, we will be back on the streets."'
     '\nThe warning came from the deputy leader, Grace Ukpabi, speaking outside the headquarters.', "Grace Ukpabi"),
    ('Knut Hovland said the talks were over.\n"This is a disappointing day for everyone who depends on the sea."'
     '\nThose were the words of Anne-Marie Kerbrat, who chairs the fishing alliance.', "Anne-Marie Kerbrat"),
])
def test_a_sentence_saying_whose_words_a_quotation_was_names_its_speaker(dossier_of, text, speaker):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    assert [names.get(c.speaker) for c in d.claims if c.kind == "direct"] == [speaker]


def test_a_quotation_after_a_cue_of_its_paragraph_is_not_the_next_paragraphs(dossier_of):
    d = dossier_of('"They want to silence him," said Sipho Dlamini, a councillor. "Everyone here knows it."\n'
                   'Themba Nkosi spoke briefly to reporters.')
    names = {a.id: a.name for a in d.actors}
    assert [names.get(c.speaker) for c in d.claims] == ["Sipho Dlamini", "Sipho Dlamini"]
