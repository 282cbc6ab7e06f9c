import pytest
from dossier.events.agreements import resolve_date


def parties(d, g):
    by_id = {a.id: a.name for a in d.actors}
    return [by_id[p] for p in g.parties]


def test_signers_stand_for_their_states_and_the_date_is_kept(dossier_of):
    d = dossier_of("Iranian President Masoud Pezeshkian and Russian President Vladimir V. Putin signed a major "
                   "cooperation agreement at the Kremlin on Friday.")
    (g,) = d.agreements
    assert parties(d, g) == ["Iran", "Russia"] and g.date == "Friday"


def test_a_clause_without_its_own_signer_borrows_the_sentences(dossier_of):
    d = dossier_of("In June, Russia signed a partnership agreement with North Korea, and in December, a security "
                   "treaty with Belarus officially authorized the deployment of Russian nuclear weapons there. "
                   "Both treaties included mutual defense clauses.")
    g1, g2 = d.agreements
    assert parties(d, g1) == ["Russia", "North Korea"] and g1.date == "June"
    assert parties(d, g2) == ["Russia", "Belarus"] and g2.date == "December"
    assert g1.mutual_defense is True and g2.mutual_defense is True
    assert dict(g2.clauses)["weapons_deployment"] is True
    assert "weapons_deployment" not in dict(g1.clauses)


def test_a_denied_clause_is_false_for_the_agreement_named(dossier_of):
    d = dossier_of("Iran and Russia signed a treaty on Friday. However, the deal with Iran does not include "
                   "mutual defense clauses.")
    (g,) = d.agreements
    assert g.mutual_defense is False
    assert len(g.mentions) == 2


def test_a_bloc_with_its_members(dossier_of):
    d = dossier_of("Russia also leads an organization known as the Collective Security Treaty Organization, which "
                   "includes Belarus and other former Soviet states, including Armenia and Kazakhstan.")
    (g,) = d.agreements
    assert g.name == "Collective Security Treaty Organization"
    assert parties(d, g) == ["Russia", "Belarus", "Armenia", "Kazakhstan"]


def test_generic_and_one_party_mentions_are_not_agreements(dossier_of):
    d = dossier_of("Russia has sought to counter Western hegemony by creating a series of treaties. "
                   "Moscow had signed a declaration questioning Iran's sovereignty.")
    assert d.agreements == ()


@pytest.mark.parametrize("text, article_date, expected", [
    ("Friday", "2025-01-18", "2025-01-17"),
    ("on Friday", "2025-01-17", "2025-01-17"),
    ("In June", "2025-01-18", "2024-06"),
    ("in December", "2025-01-18", "2024-12"),
    ("Friday", None, None),
    ("last week", "2025-01-18", None),
])
def test_dates_resolve_against_the_article_date(text, article_date, expected):
    assert resolve_date(text, article_date) == expected


@pytest.mark.parametrize("text, name, expected", [
    # named agreements: parties from the states in the name
    ("Chile hosted Peru's ministers under the 2011 Chile-Peru Strategic Framework Agreement.",
     "Chile-Peru Strategic Framework Agreement", ["Chile", "Peru"]),
    ("Trade grew under the 2019 Canada-Mexico Trade and Investment Agreement last year.",
     "Canada-Mexico Trade and Investment Agreement", ["Canada", "Mexico"]),
    # who invokes an agreement, or an article of it, is a party to it
    ("NATO met in May. Turkey cited Article 5 of the NATO treaty.", "NATO treaty", ["Turkey", "NATO"]),
    ("Poland invoked the Warsaw Convention on Monday.", "Warsaw Convention", ["Poland"]),
    # who states a commitment to it, or upgrades ties to it, is a party
    ("Chile and Peru reaffirmed their commitment to the 1929 Lima Treaty.", "Lima Treaty", ["Chile", "Peru"]),
    ("Chile and Peru upgraded their relationship to a Comprehensive Strategic Partnership.",
     "Comprehensive Strategic Partnership", ["Chile", "Peru"]),
    # "under a new memorandum, the two countries ...": the last two states named
    ("Chile and Peru met in Lima. Under a new Memorandum of Cooperation, the two countries will share "
     "port data.", "Memorandum of Cooperation", ["Chile", "Peru"]),
    # signed, reached, announced: the subject's actors are the parties
    ("Chile and Peru reached a Fisheries Action Plan on Monday.", "Fisheries Action Plan", ["Chile", "Peru"]),
    ("In May, Chile, Peru and Bolivia announced ANDES – a new security partnership.", "ANDES",
     ["Chile", "Peru", "Bolivia"]),
])
def test_named_agreements_and_their_parties(dossier_of, text, name, expected):
    d = dossier_of(text)
    assert d.agreements, text
    g = d.agreements[-1]
    assert g.name == name
    assert parties(d, g) == expected


@pytest.mark.parametrize("text, expected", [
    # "entered into an agreement with X": a pronoun subject of a reported clause is the reporter
    ("On Sunday, the Andean Liberation Front announced it had entered into an agreement with the government of "
     "Peru.", ["Andean Liberation Front", "Peru"]),
    # "led X to launch a partnership with Y"
    ("Chile has led the Pacific Partners Group to launch a long-term partnership with Peru.",
     ["Pacific Partners Group", "Peru"]),
    # "concluded negotiations to launch a compact": the subject of the negotiations
    ("Chile and Peru have concluded negotiations to launch a $500 million water compact.", ["Chile", "Peru"]),
    ("Chile signed a memorandum of understanding with Peru.", ["Chile", "Peru"]),
    # two signers, one of them no actor the text names: the one named is a party
    ("Colombia and the rebels signed a ceasefire agreement in Havana.", ["Colombia"]),
    # a draft whose parties a relative clause names
    ("Chile and Peru fought over the river. A draft agreement under which Chile and Peru would share the water "
     "has been ready since May.", ["Chile", "Peru"]),
    # an agreement a state has with another, in force
    ("Chile, which has a mutual defence treaty with Peru, said it stood with its ally.", ["Chile", "Peru"]),
    # the text of an agreement initialled or signed is the agreement
    ("Chile and Peru initialled the text of a fisheries treaty on Monday.", ["Chile", "Peru"]),
    # an agreement under negotiation: the parties of the talks on it
    ("Talks between Chad and Niger on a new water-sharing agreement stalled on Monday.", ["Chad", "Niger"]),
])
def test_unnamed_agreements_take_the_parties_of_their_clause(dossier_of, text, expected):
    d = dossier_of(text)
    assert d.agreements, text
    assert parties(d, d.agreements[0]) == expected


def test_a_definite_mention_of_a_named_agreement_refers_to_it(dossier_of):
    d = dossier_of("Chile and Peru signed the Lima Water Accord in May. Under the Lima Water Accord, both "
                   "countries share the river.")
    (g,) = d.agreements
    assert len(g.mentions) == 2


@pytest.mark.parametrize("text", [
    "President Ana Ruiz signed a National Security Presidential Memorandum on Monday.",
    "The Collective Fisheries Treaty Organization met in Lima.",
    "Partnership\nChile praised the talks.",
])
def test_directives_organisations_and_headings_are_not_agreements(dossier_of, text):
    assert dossier_of(text).agreements == ()


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed a joint declaration in Lima.", ["Chile", "Peru"]),
    ("Bolivia joined the Andean Water Accords in December.", ["Bolivia"]),
    ("Chile and Peru joined the continental free trade area on Sunday.", ["Chile", "Peru"]),
    ("The rebels reached a deal with the government of Peru.", ["Peru"]),
    ("Chile and Bolivia reached a lasting settlement between the two sides in Geneva.", ["Chile", "Bolivia"]),
    ("Chile and the European Union set out a framework for talks on trade.", ["Chile", "European Union"]),
    ("Peru, Chile and Ecuador issued a joint communiqué on fishing quotas.", ["Peru", "Chile", "Ecuador"]),
    ("A memorandum was signed by Peru and Bolivia on rail cooperation.", ["Peru", "Bolivia"]),
    ("Chile and Peru hammered out an understanding on water rights.", ["Chile", "Peru"]),
    ("Three more countries joined the Pacific Harbour Accords on Friday.", []),
    ("Chile and Peru initialled a peace treaty in Geneva.", ["Chile", "Peru"]),
    ("Chile and the European Union concluded negotiations on a free trade agreement.", ["Chile", "European Union"]),
])
def test_agreements_without_the_word_agreement(dossier_of, text, expected):
    d = dossier_of(text)
    assert len(d.agreements) == 1, text
    assert parties(d, d.agreements[0]) == expected


def test_a_one_party_mention_of_an_agreement_already_made_is_that_agreement(dossier_of):
    d = dossier_of("The Andean Liberation Front entered into an agreement with Peru. A rebel spokesman said an "
                   "agreement had been reached with Peru.")
    (g,) = d.agreements
    assert len(g.mentions) == 2


def test_a_company_deal_with_one_named_company_is_not_an_agreement_between_states(dossier_of):
    assert dossier_of("The company announced a partnership with Microsoft to develop cloud services.").agreements == ()


@pytest.mark.parametrize("text, name, expected", [
    ("Chile withdrew from the Lima Water Accord in 2019.", "Lima Water Accord", ["Chile"]),
    ("Peru has violated the Andean Fisheries Pact, Chile said.", "Andean Fisheries Pact", ["Peru"]),
])
def test_who_withdraws_from_or_violates_a_named_agreement_is_a_party(dossier_of, text, name, expected):
    d = dossier_of(text)
    (g,) = d.agreements
    assert g.name == name and parties(d, g) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru met in Lima. The two leaders agreed to expand cooperation on energy.", ["Chile", "Peru"]),
    ("Chile and Peru signed a framework for fisheries cooperation.", ["Chile", "Peru"]),
])
def test_agreed_to_and_a_framework(dossier_of, text, expected):
    d = dossier_of(text)
    (g,) = d.agreements
    assert parties(d, g) == expected


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on the importance of regional stability.",
    "The minister agreed to resign.",
])
def test_agreeing_on_a_view_or_alone_is_no_agreement(dossier_of, text):
    assert dossier_of(text).agreements == ()


def test_a_term_matches_however_its_proper_noun_lemmas_are_capitalised(dossier_of):
    d = dossier_of("The Chilean Ministry of Energy and Peru signed a Statement of Intent on hydrogen.")
    (g,) = d.agreements
    assert g.name == "Statement of Intent"


def test_a_ceasefire_between_two_parties_is_an_agreement(dossier_of):
    d = dossier_of("A ceasefire between Armenia and Azerbaijan took effect on Saturday.")
    (g,) = d.agreements
    assert parties(d, g) == ["Armenia", "Azerbaijan"]


def test_plural_agreements_signed_by_two_parties(dossier_of):
    d = dossier_of("Chile and Peru signed twelve agreements on trade and energy.")
    (g,) = d.agreements
    assert parties(d, g) == ["Chile", "Peru"]


def test_an_official_named_without_a_country_signs_for_the_statements_government(dossier_of):
    d = dossier_of("Today, President Alan Brook signed a trade agreement with Kenya. The United States "
                   "Permanent Representative welcomed it as a gain for the United States.")
    (g,) = d.agreements
    by_id = {a.id: a.name for a in d.actors}
    assert sorted(by_id[p] for p in g.parties) == ["Kenya", "United States"]


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda pledged to build a joint border post.", [["Kenya", "Uganda"]]),
    ("Last May, Chile and the European Union committed to issue new loans for Peru.", [["Chile", "European Union"]]),
    ("Kenya pledged to build a border post.", []),  # one party binds no one else
    ("Kenya and Uganda did not commit to build a border post.", []),
])
def test_a_joint_commitment_is_an_agreement(dossier_of, text, expected):
    d = dossier_of(text)
    assert [parties(d, g) for g in d.agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a committed sale of countable or named goods between states is a deal
    ("Brazil intends to sell Chile four Scorpene class submarines.", [["Brazil", "Chile"]]),
    ("Sweden will sell 60 Gripen fighter jets to Colombia.", [["Sweden", "Colombia"]]),
    ("Canada approved the sale of 12 Bell helicopters to Peru.", [["Canada", "Peru"]]),
    # trade in a bulk commodity, or a sale reported as past trade, is no deal
    ("Brazil will sell soybeans to Chile.", []),
    ("Sweden sold 60 fighter jets to Colombia in 1990.", []),
    ("Saab Aerospace will sell 60 Gripen jets to Colombia.", []),  # a company's sale is trade
])
def test_a_committed_sale_between_states_is_a_deal(dossier_of, text, expected):
    d = dossier_of(text)
    assert [parties(d, g) for g in d.agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # leaving an unnamed deal with a state compounded: both are parties
    ("Chile withdrew from the Peru fishing deal.", [["Chile", "Peru"]]),
    ("Chile withdrew from the fishing deal.", []),  # one party: nothing to record
    # a commitment to an unnamed partnership is no agreement
    ("Chile and Peru reaffirmed their commitment to the enduring partnership between Chile and Peru.", []),
])
def test_leaving_an_unnamed_deal_names_its_parties(dossier_of, text, expected):
    d = dossier_of(text)
    assert [parties(d, g) for g in d.agreements] == expected


@pytest.mark.parametrize("text, date", [
    ("Chile and Peru signed a peace agreement ending two decades of conflict.", None),  # a length of time
    ("Chile and Peru signed a peace agreement two years ago.", "two years ago"),
])
def test_a_length_of_time_dates_no_agreement(dossier_of, text, date):
    (g,) = dossier_of(text).agreements
    assert g.date == date


def test_a_named_agreement_spans_the_clause_that_says_what_it_binds(dossier_of):
    text = ("Chile and Peru met in May. The Tacna agreement, under which both sides pledged to pull forces back "
            "from the border, was hanging by a thread.")
    (g,) = dossier_of(text).agreements
    assert g.text.startswith("The Tacna agreement, under which both sides pledged to pull forces back")
