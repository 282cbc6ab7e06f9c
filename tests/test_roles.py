import pytest


def person(d, name):
    return next(a for a in d.actors if a.name == name)


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Iranian Foreign Minister Abbas Araghchi said no.", "Abbas Araghchi", "Foreign Minister", "Iran"),
    ("Kremlin spokesman Dmitry S. Peskov said no.", "Dmitry S. Peskov", "spokesman", "Russia"),
    ("John Smith, an expert on Russia's Middle East policy at the Brookings Institution, "
     "a think tank, said so.", "John Smith", "expert", "Brookings Institution"),
    ("Ruslan Suleymanov, an independent analyst of Russia's Middle East affairs, said so.",
     "Ruslan Suleymanov", "independent analyst", None),
    ("Ambassador Kazem Jalali told IRNA the news.", "Kazem Jalali", "Ambassador", None),
    ("German Chancellor Olaf Scholz spoke in Berlin.", "Olaf Scholz", "Chancellor", "Germany"),
    ("Secretary of State Antony Blinken spoke in Paris.", "Antony Blinken", "Secretary of State", None),
    # the modifiers of a compound in an apposition's title
    ("Rupert Vance, the agency's human rights chief, visited the camp.", "Rupert Vance", "human rights chief", None),
    # military ranks, abbreviated with or without the full stop, and occupations in conflict reports
    ("Lt. Col. Ibrahim Nour, who commands the battalion, said the road was cut.", "Ibrahim Nour", "Lt. Col.", None),
    ("Lt Col Ravi Menon said reinforcements had arrived.", "Ravi Menon", "Lt Col", None),
    ("Capt. Dana Reyes said the ship was hit.", "Dana Reyes", "Capt.", None),
    ("Local elder Haji Gul Rahimi told reporters the fighters came at night.", "Haji Gul Rahimi", "Local elder", None),
    ("Tran Van Loc, a fisherman, said coastguard ships rammed his boat.", "Tran Van Loc", "fisherman", None),
    # an occupation no title lists: shaped like an agent noun, or in the occupations lexicon
    ("Mirza Kovrin, a 41-year-old pharmacist, said the shelling began at dawn.", "Mirza Kovrin", "pharmacist", None),
    ("Tomasz Wrobel, a retired electrician, said the lifts had failed.", "Tomasz Wrobel", "retired electrician",
     None),
    ("Anna Petrova, a shepherd from the hills, said the soldiers took her flock.", "Anna Petrova", "shepherd", None),
    # a description before the name, the name hung by the parser on its complement
    ("Its country director for Sudan, Erik Lindqvist, said food stocks would run out.", "Erik Lindqvist",
     "country director", None),
    ("The charity's emergency coordinator, Jonas Weber, said children were arriving too weak to eat.",
     "Jonas Weber", "emergency coordinator", None),
    # a portfolio in lower case, a deputy's title, a hyphenated rank, a complement cut before the name
    ("The trial of former public enterprises minister Themba Dube opened on Monday.", "Themba Dube",
     "former public enterprises minister", None),
    ("The agency's deputy executive director, Anna Berg, told reporters the port was shut.", "Anna Berg",
     "deputy executive director", None),
    ("The army spokesman for the north, Lieutenant-Colonel Serge Mputu, dismissed that claim.", "Serge Mputu",
     "Lieutenant-Colonel", None),
])
def test_roles_and_affiliations_from_titles_and_appositions(dossier_of, text, name, role, affiliation):
    actor = person(dossier_of(text), name)
    assert role in actor.roles
    assert actor.affiliation == affiliation


def test_a_courtesy_title_is_not_a_role(dossier_of):
    actor = person(dossier_of("Donald Trump won. Mr. Trump spoke on Monday."), "Donald Trump")
    assert actor.roles == ()
    assert "Mr. Trump" in actor.aliases


def test_roles_from_several_mentions_are_collected_once(dossier_of):
    d = dossier_of("Ambassador Kazem Jalali spoke. Jalali, the ambassador to Russia, told IRNA so.")
    assert person(d, "Kazem Jalali").roles == ("Ambassador",)


@pytest.mark.parametrize("text, name, role", [
    ("Israeli Minister of Defense David Cohen visited the base.", "David Cohen", "Minister of Defense"),
    ("Russian Emergencies Minister Pavel Orlov flew to the city.", "Pavel Orlov", "Emergencies Minister"),
    ("Regional Deputy Governor Oleg Sorokin spoke to reporters.", "Oleg Sorokin", "Deputy Governor"),
    ("The inquiry was opened by sitting President Maria Lenz on Monday.", "Maria Lenz", "President"),
    ("NATO Secretary-General Lars Eriksen met the press.", "Lars Eriksen", "Secretary-General"),
    # offices of AP style that name a person before a name
    ("Ombudsman Clara Vidal said the camps were full.", "Clara Vidal", "Ombudsman"),
    ("Chief Minister Arjun Rao said the vote would go ahead.", "Arjun Rao", "Chief Minister"),
    ("Member of Parliament (MP) Jane Doyle of the Labour Party spoke.", "Jane Doyle", "Member of Parliament"),
    ("The files concern lawyer Rudy Vance and his client.", "Rudy Vance", "lawyer"),
    ("Crown Prince Faisal bin Saud visited Paris.", "Faisal bin Saud", "Crown Prince"),
])
def test_the_whole_title_before_a_name_is_the_role(dossier_of, text, name, role):
    actor = next(a for a in dossier_of(text).actors if a.type == "person")
    assert actor.name == name
    assert any(role in r for r in actor.roles)


@pytest.mark.parametrize("text, name, role", [
    ("Presidents Tomas Berg of Norway and Maria Lopez of Chile signed the deal.", "Maria Lopez", "Presidents"),
    ("He met Paul Grant, one of President Lenz's aides, in Kyiv.", "Paul Grant", "aides"),
    ("Brett Holm, who was the Special Presidential Envoy to the coalition, resigned.", "Brett Holm",
     "Special Presidential Envoy"),
    ("Nathan Kessler, Executive Director of the Harbour Trust, said so.", "Nathan Kessler", "Executive Director"),
])
def test_roles_from_lists_relative_clauses_and_one_of(dossier_of, text, name, role):
    actor = person(dossier_of(text), name)
    assert any(role in r for r in actor.roles)


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Defence Secretary Grant Harlow visited the base.", "Grant Harlow", "Defence Secretary", None),
    ("General Sir Peter Hall, the Chief of the General Staff, warned of cuts.", "Peter Hall", "General", None),
    ("Lloyd Carter, the U.S. Secretary of Defense, met reporters.", "Lloyd Carter",
     "Secretary of Defense", "United States"),
    ("Grant Hall met President Ivan Franko and his chief of staff, Andriy Melnyk.", "Andriy Melnyk",
     "chief of staff", None),
])
def test_portfolios_honorifics_and_states_around_a_title(dossier_of, text, name, role, affiliation):
    actor = person(dossier_of(text), name)
    assert role in actor.roles
    assert actor.affiliation == affiliation


@pytest.mark.parametrize("text, name, role", [
    ("The parties agreed to share power. Later Tomas Varga became prime minister.", "Tomas Varga", "prime minister"),
    ("Rita Olsen was serving as the mayor's personal lawyer at the time.", "Rita Olsen", "personal lawyer"),
    ("He was met by Karim Haddad. Haddad was the deputy commander of the brigade.", "Karim Haddad",
     "deputy commander"),
])
def test_a_copula_states_the_role_of_its_subject(dossier_of, text, name, role):
    actor = person(dossier_of(text), name)
    assert any(role in r for r in actor.roles)


def test_a_negated_copula_states_no_role(dossier_of):
    actor = person(dossier_of("Rita Olsen was never a minister, her office said."), "Rita Olsen")
    assert not any("minister" in r for r in actor.roles)


@pytest.mark.parametrize("text, name, role", [
    ("Dana Pruitt, Senior BBC Contributor and Founder of the Varnak Institute:\n“A moving speech.”",
     "Dana Pruitt", "Senior BBC Contributor"),
    ("Lev Aronov, Former UNDP Varnak Mission Director:\n“A wise leader.”", "Lev Aronov",
     "Former UNDP Varnak Mission Director"),
])
def test_a_signature_title_keeps_the_organisation_written_inside_it(dossier_of, text, name, role):
    actor = person(dossier_of(text), name)
    assert role in actor.roles


@pytest.mark.parametrize("text, name, role", [
    ("Robert Kline, President Emeritus, VIR:\n“A masterful speech.”", "Robert Kline", "President Emeritus"),
])
def test_a_signature_line_gives_its_title(dossier_of, text, name, role):
    actor = person(dossier_of(text), name)
    assert role in actor.roles


def test_a_name_opening_a_sentence_with_a_comma_is_no_signature(dossier_of):
    actor = person(dossier_of("Rana Holt, the minister said, will resign."), "Rana Holt")
    assert not any("said" in r for r in actor.roles)


@pytest.mark.parametrize("text, name, role", [
    ("National Security Advisor Paul Lind met the delegation.", "Paul Lind", "National Security Advisor"),
    ("U.S. Trade Representative Elena Voss announced tariffs.", "Elena Voss", "Trade Representative"),
])
def test_office_titles_of_statements(dossier_of, text, name, role):
    actor = person(dossier_of(text), name)
    assert any(role in r for r in actor.roles)


@pytest.mark.parametrize("text, person, role", [
    ("Lucia Ferrer was sworn in as president of Peru in March.", "Lucia Ferrer", "president"),
    ("Tomas Brenner was elected mayor in 2019.", "Tomas Brenner", "mayor"),
])
def test_a_verb_that_puts_someone_in_office_gives_the_role(dossier_of, text, person, role):
    (p,) = [a for a in dossier_of(text).actors if a.name == person]
    assert role in [r.lower() for r in p.roles]


def test_an_office_with_its_state_is_its_holder_once_the_holder_is_named(dossier_of):
    d = dossier_of("Lucia Ferrer was sworn in as president of Peru in March. On Monday, the President of Peru said "
                   "the reform would pass.")
    (claim,) = d.claims
    assert claim.speaker == next(a.id for a in d.actors if a.name == "Lucia Ferrer")
