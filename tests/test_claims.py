import pytest
from conftest import SEED
from dossier.claims.speech import quotations


def claims_of(dossier_of, text):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    return [(c.kind, names.get(c.speaker), c.text, c.cue) for c in d.claims], d


@pytest.mark.parametrize("text, kind, speaker, words, cue", [
    ("“We have been coordinating our efforts for a long time,” Vladimir Putin said at a news conference.",
     "direct", "Vladimir Putin", "We have been coordinating our efforts for a long time", "say"),
    ("Vladimir Putin said the agreement creates “an additional and important basis for relations.”",
     "partial", "Vladimir Putin", "the agreement creates “an additional and important basis for relations", "say"),
    ("Ruslan Suleymanov said the new agreement codifies current relations between Russia and Iran.",
     "indirect", "Ruslan Suleymanov", "the new agreement codifies current relations between Russia and Iran", "say"),
    ("Russia depends on arms supplies from Iran, Ruslan Suleymanov said.",
     "indirect", "Ruslan Suleymanov", "Russia depends on arms supplies from Iran", "say"),
    ("Iran has sent drones to Russia, according to U.S. and European officials.",
     "according_to", None, "Iran has sent drones to Russia", "according to"),
    ("Iran has denied sending weapons to Moscow.", "denial", "Iran", "sending weapons to Moscow", "deny"),
    ("The signed treaty states that Russia and Iran “reject unipolarity and hegemony in world affairs.”",
     "document", None, "reject unipolarity and hegemony in world affairs", "state"),
])
def test_each_kind_of_claim(dossier_of, text, kind, speaker, words, cue):
    found, _ = claims_of(dossier_of, text)
    assert (kind, speaker, words, cue) in found, found


def test_a_group_speaker_keeps_its_words(dossier_of):
    d = dossier_of("But analysts of Russian policy say the treaty merely formalizes the existing situation.")
    (claim,) = d.claims
    assert claim.speaker is None and claim.speaker_text == "analysts of Russian policy"


@pytest.mark.parametrize("text, speaker", [
    # a pronoun goes to the most recent person named as a subject
    ("Abbas Araghchi spoke on Telegram. He added: “This is not just a political agreement, but a roadmap.”",
     "Abbas Araghchi"),
    ("Peskov is a spokesman. Sergei Lavrov met Mr. Trump. He said the new agreement takes everything into account.",
     "Sergei Lavrov"),
    # a quotation with no cue continues the speaker before it
    ("“Our independence is very important,” Ambassador Kazem Jalali told IRNA. “We're not going to join any bloc.”",
     "Kazem Jalali"),
    # a title alone resolves to the one person holding it
    ("Ambassador Kazem Jalali arrived. According to the ambassador, the deal does not include defense clauses.",
     "Kazem Jalali"),
])
def test_speaker_resolution(dossier_of, text, speaker):
    found, _ = claims_of(dossier_of, text)
    assert found and all(s == speaker for _, s, _, _ in found), found


def test_one_of_an_unnamed_source_speaks_for_it(dossier_of):
    d = dossier_of("Officials familiar with the talks said a deal was close. One of them said the two sides had "
                   "agreed on a short extension.")
    assert [c.speaker_text for c in d.claims] == ["Officials familiar with the talks"] * 2


def test_according_to_after_a_quotation_and_its_cue_is_the_relay(dossier_of):
    d = dossier_of("Sam Doyle was attacked on Monday. “Get ready,” the man told the boy, according to Lee Marsh.")
    (claim,) = d.claims
    assert claim.text == "Get ready" and claim.via == "Lee Marsh"


def test_according_to_after_a_cue_is_the_relay(dossier_of):
    d = dossier_of("“We will not join any bloc,” Ambassador Kazem Jalali told Iranian news agency IRNA, "
                   "according to TASS.")
    (claim,) = d.claims
    assert claim.via == "TASS" and claim.channel == "Iranian news agency IRNA"


@pytest.mark.parametrize("text", [
    "He said it was scheduled for.",
    "Kazem Jalali met Mr. Trump. He pointed out that there was.",
    "They are at odds with each other. said.\nThe end came.",
])
def test_translation_debris_is_not_a_claim(dossier_of, text):
    assert dossier_of(text).claims == ()


def test_a_title_in_quotation_marks_before_a_name_is_no_claim(dossier_of):
    d = dossier_of("Hamas denied any role in a statement signed by its spokesman, “Colonel” Ivo Dane, "
                   "and blamed a rival group.")
    assert not [c for c in d.claims if c.text == "Colonel"]


@pytest.mark.parametrize("text, words", [
    # a quoted sentence going on is no title, though all its words are capitalised
    ("“They promised us the money last year,” Grace Otieno said. “And in July.”", "And in July"),
    ("“They promised us the money last year,” Grace Otieno said. “Every Penny.”", "Every Penny"),
])
def test_a_short_quoted_sentence_is_no_title(dossier_of, text, words):
    assert words in [c.text for c in dossier_of(text).claims]


def test_an_unbalanced_quotation_mark_closes_at_the_end_of_its_paragraph(dossier_of):
    text = ("He said the new agreement “takes into account all aspects of relations.” How do we view power? ”\n"
            "Kazem Jalali said “the talks went well.\nRussia and Iran signed a treaty on Friday in Moscow.")
    d = dossier_of(text)
    for c in d.claims:
        assert "signed a treaty" not in c.text
    assert any(c.text == "the talks went well." or c.text == "the talks went well" for c in d.claims)


def test_quotations_pair_curly_and_straight_marks(pipeline):
    from dossier.text.article import normalize
    doc = pipeline(normalize('She said "yes" and “no”.').text)
    assert [doc[q.start:q.end].text for q in quotations(doc)] == ["yes", "no"]


def test_an_apostrophe_is_no_quotation(pipeline):
    from dossier.text.article import normalize
    doc = pipeline(normalize("In the '90s, he said, the town grew fast.").text)
    assert quotations(doc) == []


def test_every_claim_span_slices_the_original_text(dossier_of):
    text = SEED.read_text(encoding="utf-8")
    for c in dossier_of(text).claims:
        assert text[c.span[0]:c.span[1]] == c.text


def test_a_claim_and_its_denial_are_paired_as_contested(dossier_of):
    d = dossier_of("Iran has sent ballistic missiles and drones to Russia, according to U.S. and European officials. "
                   "Iran has denied sending weapons to Moscow.")
    (pair,) = d.contested
    by_id = {c.id: c for c in d.claims}
    assert by_id[pair.claim].kind == "according_to"
    assert by_id[pair.counter].kind == "denial"


def test_a_denial_of_nothing_in_the_article_is_not_contested(dossier_of):
    assert dossier_of("Iran has denied sending weapons to Moscow.").contested == ()


@pytest.mark.parametrize("text, side, capacity", [
    ("Iranian Foreign Minister Abbas Araghchi said the deal was good for both countries.", "Iran", "official"),
    ("John Smith, an expert at the Brookings Institution, said the deal was good for both.",
     "Brookings Institution", "analyst"),
    ("Iranian leaders said the visit represented a strategic turning point.", "Iran", "official"),
    ("Analysts of Russian policy say the treaty merely formalizes the existing situation.",
     "Analysts of Russian policy", "analyst"),
])
def test_speakers_are_grouped_by_side_and_capacity(dossier_of, text, side, capacity):
    from dossier import tables
    row = tables.claims(dossier_of(text)).iloc[0]
    assert (row["side"], row["capacity"]) == (side, capacity)


@pytest.mark.parametrize("text, expected", [
    # the subject after the verb, with an apposition
    ("“We are ready to talk,” said John Kirby, a White House spokesman.",
     [("direct", "John Kirby", "We are ready to talk")]),
    # a colon before the quotation
    ("Mary Jones said: “The market will recover within a year.”",
     [("direct", "Mary Jones", "The market will recover within a year")]),
    # a quotation interrupted by its attribution: both halves are the speaker's
    ("“It’s over,” Smith said, “and we have lost.”",
     [("direct", "Smith", "It’s over"), ("direct", "Smith", "and we have lost")]),
    # the reported clause hangs on the channel
    ("The company said in a statement that repairs were under way.",
     [("indirect", None, "repairs were under way")]),
    # a quotation in its own paragraph, attributed by the next sentence
    ("“We will never accept this deal under any circumstances.”\nThe minister Olaf Scholz said so on Monday.",
     [("direct", "Olaf Scholz", "We will never accept this deal under any circumstances")]),
    # a participle set off after the cue tells how it was said, whatever the parse made of it
    ("Paco Gomez grew olives for forty years. His son, Daniel, 31, wants to sell the farm.\n"
     "\"He asks me why I do not sell,\" Gomez said, folding the map.",
     [("direct", "Paco Gomez", "He asks me why I do not sell")]),
    # the words between quotation and cue, which the parser ran the quotation's clause over, are its speaker
    ("Farmers met on Monday. \"We are distributing water we do not have,\" the confederation's president, "
     "Rosa Vidal Perez, told reporters in Jaen.",
     [("direct", "Rosa Vidal Perez", "We are distributing water we do not have")]),
    # a person who "states" makes a claim, not a document
    ("“We will never accept this deal,” Olaf Scholz stated firmly.",
     [("direct", "Olaf Scholz", "We will never accept this deal")]),
])
def test_common_attribution_patterns_of_news_writing(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert [(k, s, w) for k, s, w, _ in found] == expected


def test_a_quotation_nested_in_a_quotation_stays_one_claim(dossier_of):
    found, _ = claims_of(dossier_of, "“He told me ‘there is no deal’ and left,” Kazem Jalali said.")
    assert found == [("direct", "Kazem Jalali", "He told me ‘there is no deal’ and left", "say")]


@pytest.mark.parametrize("text, expected", [
    # a second cue parsed into the first one's reported clause is still the first speaker's
    ("In a statement, Prime Minister Lars Eng found the raid justified and called the general's order swift.",
     [("indirect", "Lars Eng", "the raid justified"), ("indirect", "Lars Eng", "the general's order swift")]),
    # an aside after the object is the writer's, not the claim's
    ("Anna Berg claimed victory in the presidential vote, which was marred by allegations of fraud.",
     [("indirect", "Anna Berg", "victory in the presidential vote")]),
    # a finding is a claim; a text that finds is a document
    ("The inquiry found that the ferry had been overloaded.",
     [("document", None, "the ferry had been overloaded")]),
    # a small clause on a dummy "it" reports nothing
    ("Lars Eng found it difficult to sleep after the storm.", []),
    # a judgement with what it is judged as or for is a claim; the object alone, or a time, is not
    ("Prime Minister Tomas Ruud condemned the raid as a violation of international law.",
     [("indirect", "Tomas Ruud", "the raid as a violation of international law")]),
    ("Prime Minister Tomas Ruud criticised the ministry for failing to warn the public.",
     [("indirect", "Tomas Ruud", "the ministry for failing to warn the public")]),
    ("Prime Minister Tomas Ruud cited the attack on the embassy as evidence of a wider plot.",
     [("indirect", "Tomas Ruud", "the attack on the embassy as evidence of a wider plot")]),
    ("Prime Minister Tomas Ruud cited security concerns.", []),
    ("Prime Minister Tomas Ruud condemned the raid.", []),
    ("Prime Minister Tomas Ruud praised the ministry for the first time.", []),
    # a cue in a reason or a condition is part of what was said, neither an attribution of the clause
    # before it nor where the claim stops
    ("Nurse Ida Holm said the real toll was probably higher because many families feared reprisals "
     "if they spoke out.",
     [("indirect", "Ida Holm", "the real toll was probably higher because many families feared reprisals "
                               "if they spoke out")]),
    ("Ida Holm told the panel she had resigned because she feared losing her licence.",
     [("indirect", "Ida Holm", "she had resigned because she feared losing her licence")]),
    # a wire dateline before the first sentence leaves its verb the sentence's own
    ("HARBOURTOWN, May 3 (Reuters) - Chile and the two founding members of the fishing league announced "
     "on Monday that they had signed an accord.",
     [("indirect", "Chile", "they had signed an accord")]),
    # a passive prepositional verb ends its clause with its preposition; other clauses so cut are debris
    ("Ida Holm denied that the ballots had been tampered with.",
     [("denial", "Ida Holm", "the ballots had been tampered with")]),
    ("Ida Holm said the recount was scheduled for.", []),
    # "it" for an organisation named before can call on others; "it" for a thing cannot
    ("Amnesty International issued a statement on Monday. It called on the police to release the two reporters.",
     [("indirect", "Amnesty International", "the police to release the two reporters")]),
    ("The storm reached the coast on Monday. It threatened to flood the port.", []),
    ("Amnesty International sent the ministry a request on Friday. It also called for the trial records.", []),
    # a person the reported clause names goes on within it (and speaks for themselves); a state goes on
    # in the first speaker's words
    ("Ida Holm testified that Karl Vogt summoned her to his office and told her that the contract was settled.",
     [("indirect", "Ida Holm", "Karl Vogt summoned her to his office and told her that the contract was settled"),
      ("indirect", "Karl Vogt", "the contract was settled")]),
    ("Spokesman Ivo Dane said Chile had nothing to do with the raid and called the sanctions unjust.",
     [("indirect", "Ivo Dane", "Chile had nothing to do with the raid"),
      ("indirect", "Ivo Dane", "the sanctions unjust")]),
    # ... while "as" may join a second attribution
    ("Mayor Ida Holm said the bridge would reopen, as she warned that tolls would rise.",
     [("indirect", "Ida Holm", "the bridge would reopen"), ("indirect", "Ida Holm", "tolls would rise")]),
])
def test_cues_inside_reported_clauses_asides_and_findings(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert [(k, s, w) for k, s, w, _ in found] == expected


def test_a_clause_joined_after_a_parenthetical_cue_is_also_reported(dossier_of):
    found, _ = claims_of(dossier_of, "Existing orders will keep the plant busy for years, Tomas Ruud said, "
                                     "and the loan will be repaid by 2025.")
    assert [(k, s, w) for k, s, w, _ in found] == [
        ("indirect", "Tomas Ruud", "Existing orders will keep the plant busy for years"),
        ("indirect", "Tomas Ruud", "the loan will be repaid by 2025")]


@pytest.mark.parametrize("text, expected", [
    ("The storm killed at least twelve people, per the Norland Ministry of Health.",
     [("according_to", "Norland Ministry of Health", "The storm killed at least twelve people", "per")]),
    ("Tickets cost five dollars per person at the gate.", []),
    ("Per a new memorandum, the two countries will share weather data.", []),
])
def test_per_names_a_source_only_when_it_names_an_actor(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert found == expected


@pytest.mark.parametrize("text, words, cue", [
    ("The court ruled that the ban was unconstitutional.", "the ban was unconstitutional", "rule"),
    ("Prosecutors charged that the mayor had taken bribes.", "the mayor had taken bribes", "charge"),
    ("Officials fear the death toll will rise.", "the death toll will rise", "fear"),
    ("Analysts speculate that the central bank will cut rates in June.",
     "the central bank will cut rates in June", "speculate"),
])
def test_rulings_charges_and_fears_are_claims(dossier_of, text, words, cue):
    found, _ = claims_of(dossier_of, text)
    assert [(w, c) for _, _, w, c in found] == [(words, cue)]


def test_a_ruling_on_a_thing_is_no_claim(dossier_of):
    assert dossier_of("The referee ruled the goal offside.").claims == ()


def test_according_to_after_a_participle_aside_reports_the_main_clause(dossier_of):
    d = dossier_of("Rescuers, working in temperatures well below freezing, according to the Norland Ministry of Health "
                   "recovered at least ten survivors from the debris on Monday.")
    (claim,) = d.claims
    assert claim.kind == "according_to" and claim.text.endswith("recovered at least ten survivors from the debris "
                                                                 "on Monday")


@pytest.mark.parametrize("text, expected", [
    # a cue set off between the clause's subject and its verb reports the whole clause
    ("The reforms, Ms. Adler noted, are unlikely to pass.",
     [("indirect", "Adler", "The reforms, Ms. Adler noted, are unlikely to pass")]),
    # ... also with an object of its own, where the parser loses the aside
    ("Okafor, Ms. Adler told a radio station in Dover, is drawing crowds in towns where Labour used to win.",
     [("indirect", "Adler",
       "Okafor, Ms. Adler told a radio station in Dover, is drawing crowds in towns where Labour used to win")]),
    ("The ferry, Ms. Adler told reporters, is losing money every week.",
     [("indirect", "Adler", "The ferry, Ms. Adler told reporters, is losing money every week")]),
    # evidence after the content: a text shows what a clause says
    ("The firm paid him twice, court filings show.", [("document", None, "The firm paid him twice")]),
    ("The data show that prices rose.", []),
    # ... also when the tagger takes the closing verb for a noun after a long noun phrase
    ("Spanish vessels landed 74,000 tonnes of mackerel in Irish waters last year, catch data published by the "
     "Irish coast guard show.",
     [("document", None, "Spanish vessels landed 74,000 tonnes of mackerel in Irish waters last year")]),
    ("Voters queued for hours in the rain, the show's producers said.", [("indirect", None,
                                                                          "Voters queued for hours in the rain")]),
    # a speaker's remarks indicate what the speaker says
    ("Her remarks indicate she will not stand again.", [("indirect", None, "she will not stand again")]),
])
def test_parentheses_evidence_and_remarks(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert [(k, s, w) for k, s, w, _ in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a passive speech verb with an infinitive: said by people unnamed
    ("The general is reported to have fled the capital.",
     [("indirect", None, "The general is reported to have fled the capital")]),
    ("The rebels are believed to have crossed the river.",
     [("indirect", None, "The rebels are believed to have crossed the river")]),
    # a measure or an order is no claim
    ("The ore is estimated to be among the cleanest in the region.", []),
    ("He was told to leave the building.", []),
])
def test_passive_speech_with_an_infinitive(dossier_of, text, expected):
    found, _ = claims_of(dossier_of, text)
    assert [(k, s, w) for k, s, w, _ in found] == expected


def test_a_clause_joined_after_a_parenthetical_cue_stops_at_a_semicolon(dossier_of):
    found, _ = claims_of(dossier_of, "The ferry will run all winter, Lena Ruud said, and the new fares will stay low; "
                                     "drivers disagreed.")
    assert [w for _, _, w, _ in found] == ["The ferry will run all winter", "the new fares will stay low"]
