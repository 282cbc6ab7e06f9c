"""What a speech verb reports (dossier.claims.complements): one invented sentence per rule."""

import pytest


def claims_of(dossier_of, text):
    d = dossier_of(text)
    names = {a.id: a.name for a in d.actors}
    return [(names.get(c.speaker) or c.speaker_text, c.text, c.cue) for c in d.claims]


@pytest.mark.parametrize("text, expected", [
    # a noun phrase named by "of" is what was warned of or spoken of, two words are enough
    ("Inspectors warned of fresh delays.", [("Inspectors", "fresh delays", "warn")]),
    ("The ministry issued a statement on Friday. The statement spoke of Norland taking over the border posts.",
     [("The statement", "Norland taking over the border posts", "speak")]),
    ("Both towns issued statements, and the Norland statement spoke of Vestia taking over the roads.",
     [("Norland", "Vestia taking over the roads", "speak")]),
    ("The pilots complained of shifts of twelve hours.", [("The pilots", "shifts of twelve hours", "complain")]),
    ("Lena Ruud spoke on the phone with her brother.", []),
    # what a judgement verb judges is a claim when it is more than a bare noun
    ("The mayor praised the conduct of the crew.", [("The mayor", "the conduct of the crew", "praise")]),
    ("The bishop condemned the shelling of the old market.",
     [("The bishop", "the shelling of the old market", "condemn")]),
    ("The mayor praised the crew.", []),
    # a noun no lexicon lists, shaped like an agent noun, can judge and call on others
    ("The harbour master praised the conduct of the crew.",
     [("The harbour master", "the conduct of the crew", "praise")]),
    ("A ferry operator condemned the closure of the port.",
     [("A ferry operator", "the closure of the port", "condemn")]),
    ("Local shopkeepers called on the council to reopen the road.",
     [("Local shopkeepers", "the council to reopen the road", "call")]),
    ("The ombudswoman called on the Defence Ministry to protect the leaders.",
     [("The ombudswoman", "the Defence Ministry to protect the leaders", "call")]),
    # ... and so can a description in apposition to a name, and a subject the parser hung the cue on
    ("Her main rival, Tom Hale, the MP for Eastford, criticised the scheme as reckless.",
     [("Tom Hale", "the scheme as reckless", "criticise")]),
    ("The auditor called on the Interior Ministry to protect 20 activists.",
     [("The auditor", "the Interior Ministry to protect 20 activists", "call")]),
    # ... but a thing shaped so may suggest or threaten, and a noun in -ment is an act, not its agent
    ("The poster suggests that the show is sold out.", []),
    ("The river threatened to burst its banks.", []),
    ("The settlement called for new roads across the valley.", []),
    # "called on X to Y": whom it calls on and what they are to do
    ("The union called on the airline to reopen talks.", [("The union", "the airline to reopen talks", "call")]),
    ("The mayor called on the residents at home.", []),
    # ... and "appealed to X to Y", "pleaded with X to Y" the same
    ("The district commissioner appealed to partners to send water trucks to the villages.",
     [("The district commissioner", "partners to send water trucks to the villages", "appeal")]),
    ("The union pleaded with the airline to reopen talks.", [("The union", "the airline to reopen talks", "plead")]),
    # the clause's subject parsed as a second subject of the cue
    ("Chile's Minister of State for Mining Resources, Ana Luisa Ruiz, said construction of the northern "
     "section, the Kano pipeline, was already 70 percent complete.",
     [("Ana Luisa Ruiz", "construction of the northern section, the Kano pipeline, was already 70 percent complete",
       "say")]),
    # verbs that class or credit an object: what is said of it
    ("A 2019 report by the geological service classified the hillside as a very high risk.",
     [("A 2019 report by the geological service", "the hillside as a very high risk", "classify")]),
    ("The minister branded the strike a betrayal of the workers.",
     [("The minister", "the strike a betrayal of the workers", "brand")]),
    ("The court deemed the vote unfair.", [("The court", "the vote unfair", "deem")]),
    ("Workers classified the boxes by size.", []),
    # a communiqué is a document, and calls on others as one
    ("The communiqué, the text of which was distributed to reporters, also called on the junta to release the "
     "former president.", [("The communiqué", "the junta to release the former president", "call")]),
    # a scare quote in what a document says leaves the claim whole
    ("A 2019 report by the geological service classified the hillside as a “very high” risk.",
     [("A 2019 report by the geological service", "the hillside as a “very high” risk", "classify")]),
    # a that-clause the parser hangs on an adverb of the cue
    ("His aides conceded publicly as well as privately that the vote was lost.",
     [("His aides", "the vote was lost", "concede")]),
    # in the passive, the subject is what is described and the agent says it
    ("The figures were described by two officials as provisional.",
     [("two officials", "The figures were described by two officials as provisional", "describe")]),
    ("The valley was called the garden of the north.", []),
    # "pointed to X as Y": what is pointed to, with what it is taken as
    ("The army called the strike lawful, pointing to the raid on the depot as proof of a plot.",
     [("The army", "the strike lawful", "call"),
      ("The army", "the raid on the depot as proof of a plot", "point")]),
    # what a denial rejects a claim as; whom a warning warns against what
    ("Lena Ruud dismissed the report as propaganda.", [("Lena Ruud", "the report as propaganda", "dismiss")]),
    ("The court rejected the appeal for lack of evidence.", []),
    ("The mayor warned residents against drinking the water.",
     [("The mayor", "residents against drinking the water", "warn")]),
    # whether something is so, questioned
    ("Lena Ruud questioned whether the plan would work.", [("Lena Ruud", "the plan would work", "question")]),
    # a consequence hung on the cue goes on with what was said
    ("The mayor said the bridge was built with a grant, so it costs the city nothing.",
     [("The mayor", "the bridge was built with a grant, so it costs the city nothing", "say")]),
    # a denial of something said may be a single noun; of a thing it is no claim
    ("The haulier denied the allegations.", [("The haulier", "the allegations", "deny")]),
    ("The militia denied involvement.", [("The militia", "involvement", "deny")]),
    ("The court denied bail.", []),
    # what is confirmed or promised may be a noun phrase
    ("The coastguard confirmed the deaths of three divers.",
     [("The coastguard", "the deaths of three divers", "confirm")]),
    ("The governor promised farmers a new dam in every valley.",
     [("The governor", "a new dam in every valley", "promise")]),
    # threats and expectations of people, not of floods or storms
    ("Dock workers threatened to strike if wages were frozen.",
     [("Dock workers", "to strike if wages were frozen", "threaten")]),
    ("Floods threaten the harvest of three valleys.", []),
    ("Economists expect inflation to ease this winter.", [("Economists", "inflation to ease this winter", "expect")]),
    ("The storm is expected to reach the coast on Friday.", []),
    ("We expect to win the seat.", []),
    # hinted at what; concern expressed over what (not a commitment expressed)
    ("The premier hinted at a change of course on tariffs.",
     [("The premier", "a change of course on tariffs", "hint")]),
    ("The envoy expressed concern over the arrests of students.",
     [("The envoy", "concern over the arrests of students", "express")]),
    ("The envoy expressed his commitment to the ongoing talks.", []),
    # the clause's subject parsed as the cue's object: one claim, subject and all
    ("The minister cautioned reform does not happen overnight.",
     [("The minister", "reform does not happen overnight", "caution")]),
    ("Critics charged the plan favors donors.", [("Critics", "the plan favors donors", "charge")]),
    # a cue the parser read as an adjective after a long subject set off by commas
    ("Lena Ruud, an envoy for the relief office who had visited the camp, cautioned help does not come swiftly.",
     [("Lena Ruud", "help does not come swiftly", "caution")]),
    ("The old, battered car broke down.", []),
    # the reason given for a judgement goes with it
    ("The mayor called the plan reckless because it ignored the river.",
     [("The mayor", "the plan reckless because it ignored the river", "call")]),
    # clauses either side of a semicolon are parsed apart: each its own speaker's
    ("Orders will keep the yard busy for years, Vance said, and repaying the loan seems realistic; "
     "some analysts called this doubtful, as the market is full.",
     [("Vance", "Orders will keep the yard busy for years", "say"),
      ("Vance", "repaying the loan seems realistic", "say"),
      ("some analysts", "this doubtful, as the market is full", "call")]),
    # a parenthetical cue after a phrase fronted before the subject
    ("Without the new levy, she warned, the town risked a downgrade by the rating agencies.",
     [("she", "the town risked a downgrade by the rating agencies", "warn")]),
    # a finite cue after a named apposition, read by the parser as a modifier of the noun
    ("Its spokeswoman, Ravina Patel, called on both sides to stop using heavy weapons in towns.",
     [("Ravina Patel", "both sides to stop using heavy weapons in towns", "call")]),
    # someone asked is not asking: the speaker of what follows
    ("Wierzbicki, asked whether Poland would accept a reduced fee, said the offer was unfair.",
     [("Wierzbicki", "the offer was unfair", "say")]),
    # a clause read as a relative clause on the addressee
    ("The envoy told the 15-member council that shelling near the port had forced crews to leave.",
     [("The envoy", "shelling near the port had forced crews to leave", "tell")]),
    # a cue the reported clause's own subject goes on with is part of what was said
    ("Moreau said the bloc respected the science but disputed how it was being applied.",
     [("Moreau", "the bloc respected the science but disputed how it was being applied", "say")]),
    # the phrase the parser hung on the verb after a noun of something said is the noun's
    ("The militia denied any role in the shelling.", [("The militia", "any role in the shelling", "deny")]),
    # an infinitive the parser hung on the noun of a channel between the object and it
    ("The envoy urged both parties in a statement to return to the monitoring committee.",
     [("The envoy", "both parties in a statement to return to the monitoring committee", "urge")]),
    # a cue in a clause another cue interrupts is part of what that one reports
    ("The head of state, Abdi added, had met his party on Monday and urged them to stay united.",
     [("Abdi", "The head of state, Abdi added, had met his party on Monday and urged them to stay united", "add")]),
    # a second cue the parser hung on the reported clause is the first speaker's, its own claim
    ('The spokesman, Pavel Lind, said Minsk had "nothing to do" with the flows and called the levy "illegal".',
     [("Pavel Lind", 'Minsk had "nothing to do" with the flows', "say"), ("Pavel Lind", 'the levy "illegal', "call")]),
    # figures reported
    ("The monitoring mission reported a 30 percent drop in fuel deliveries in August.",
     [("The monitoring mission", "a 30 percent drop in fuel deliveries in August", "report")]),
    # a name taken is nothing claimed
    ("The rebels, who call themselves the Lions of Kivu, attacked the camp.", []),
    # an expletive "it" names no speaker
    ("It was announced on Monday that the plant would close.", [("", "the plant would close", "announce")]),
    # beliefs of a speaker, but "I think" inside what another reports is a hedge
    ("The treasurer thinks the fund will run dry by June.",
     [("The treasurer", "the fund will run dry by June", "think")]),
    ("I think it is fine, the treasurer said.", [("the treasurer", "I think it is fine", "say")]),
    # what is stressed may be a noun phrase; an account disputed is a denial
    ("The envoy stressed the need for calm on both banks.",
     [("The envoy", "the need for calm on both banks", "stress")]),
    ("The drought stressed the crops.", []),
    ("The spokesman disputed that account.", [("The spokesman", "that account", "dispute")]),
    # an infinitive inside what was agreed is part of it, though its verb can be a cue
    ("They agreed that the police must be able to ensure that the gangs can never again regroup inside the city "
     "to threaten its residents.",
     [("They", "the police must be able to ensure that the gangs can never again regroup inside the city "
       "to threaten its residents", "agree")]),
    # whom an appeal goes to, and for what
    ("The governor appealed to donors for food and tents.", [("The governor", "donors for food and tents", "appeal")]),
    # a gerund denied, taken by the parser for the object's modifier
    ("The rebel group denied recruiting children.", [("The rebel group", "recruiting children", "deny")]),
    ("The union denied taking sides.", [("The union", "taking sides", "deny")]),
    # what someone is accused of, named by a relative pronoun
    ("The Treasury sanctioned Pedro Lara, whom it accused of smuggling cocaine through Panama.",
     [("Treasury", "of smuggling cocaine", "accuse")]),
    # what a thing is described as, hung by the parser on a participle ending the object or the agent
    ("Maria Soto criticised the plan, describing the hearings held so far as a formality.",
     [("Maria Soto", "the hearings held so far as a formality", "describe")]),
    ("The delays were described by a senior official at a budget hearing in May as regrettable but manageable.",
     [("a senior official",
       "The delays were described by a senior official at a budget hearing in May as regrettable but manageable",
       "describe")]),
    ("The overruns were described by a senior treasury official at a Senate estimates hearing in March as "
     "worrying but temporary.",
     [("a senior treasury official at a Senate estimates hearing in March",
       "The overruns were described by a senior treasury official at a Senate estimates hearing in March as "
       "worrying but temporary", "describe")]),
    # a relative clause without its pronoun, its verb read by the parser as the object's modifier,
    # and "it" there the subject of the clause the noun is in
    ("The Harbor Authority closed the port. The United States in May designated Omar Diallo, a militia commander "
     "it said directed attacks in the north.", [("United States", "directed attacks in the north", "say")]),
    ("President Ana Lenz pledged continued support for the talks.", []),
    # a whole clause may end in a preposition; a cut-off phrase may not
    ("Two diplomats briefed on the talks said Poland and Austria were expected to vote against.",
     [("Two diplomats briefed on the talks", "Poland and Austria were expected to vote against", "say")]),
    ("The minister said the vote was scheduled for.", []),
    ("The exchange was described by two senators who attended the session as the sharpest split this year.",
     [("two senators who attended the session",
       "The exchange was described by two senators who attended the session as the sharpest split this year",
       "describe")]),
    # a clause the parser hung on the time it was said, its "that" read as an adverb; not a relative clause
    ("The ministry said at the time that the ship had entered its waters without permission.",
     [("The ministry", "the ship had entered its waters without permission", "say")]),
    ("The minister spoke at the meeting that she chaired on Monday.", []),
    # a parenthetical cue the parser hung on the clause's auxiliary
    ("Part of the footage, the admiral said, was classified because it showed navy ships.",
     [("the admiral", "Part of the footage, the admiral said, was classified because it showed navy ships", "say")]),
    # the sentence's only verb, which the parser hung on its subject as a participle
    ("The Hansa Institute, a Berlin research group, estimated in a report last year that rents had risen 30 "
     "percent.", [("Hansa Institute", "rents had risen 30 percent", "estimate")]),
    # a free relative with its own cue ("what he called") is part of what was said
    ("The officer told reporters that the polling stations would get more police after what he called credible "
     "reports of intimidation.",
     [("The officer", "the polling stations would get more police after what he called credible reports of "
       "intimidation", "tell")]),
])
def test_what_a_cue_reports(dossier_of, text, expected):
    assert claims_of(dossier_of, text) == expected
