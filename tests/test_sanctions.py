import pytest


def named(d, ids):
    by_id = {a.id: a.name for a in d.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, imposer, targets, status", [
    ("Iran and Russia face numerous sanctions from Western countries.", "the West", ["Iran", "Russia"], "in_force"),
    ("The European Union imposed new sanctions on Belarus on Monday.", "European Union", ["Belarus"], "in_force"),
    ("Washington threatened sanctions against Turkey over the purchase.", "United States", ["Turkey"], "threatened"),
    ("The United States lifted sanctions on Venezuela's oil sector.", "United States", ["Venezuela"], "lifted"),
    ("Trump's return will likely result in further pressure by the US government to isolate Iran.",
     "United States", ["Iran"], "expected"),
    # a ban, curbs or penalties named so only by what they fall on
    ("The EU is weighing a ban on Russian gas imports.", "European Union", ["Russia"], "threatened"),
    ("Japan tightened restrictions on exports of chips to China.", "Japan", ["China"], "in_force"),
    ("Canada announced new penalties against Belarus on Friday.", "Canada", ["Belarus"], "in_force"),
    ("Switzerland adopted the EU's latest package of measures against Moscow.", "Switzerland", ["Russia"],
     "in_force"),
    # lifting only weighed leaves the measure in force
    ("Chile would consider lifting the visa restrictions it imposed last year on Peru.", "Chile", ["Peru"],
     "in_force"),
    # a share of the measures, and the target a relative clause names
    ("ECOWAS lifted most of the sanctions it had imposed on Niger after the coup.",
     "Economic Community of West African States", ["Niger"], "lifted"),
])
def test_imposer_targets_and_status(dossier_of, text, imposer, targets, status):
    d = dossier_of(text)
    assert d.sanctions, text
    s = d.sanctions[0]
    assert named(d, [s.imposer])[0] == imposer if s.imposer else imposer is None
    assert named(d, s.targets) == targets
    assert s.status == status


def test_domains_and_stated_effects(dossier_of):
    d = dossier_of("Meanwhile, Iran faces challenges, including sanctions that have weakened its armed group "
                   "and thrown its economy into chaos.")
    (s,) = d.sanctions
    assert named(d, s.targets) == ["Iran"]
    assert s.effects == ("weakened its armed group", "thrown its economy into chaos")
    assert "economy" in s.domains


@pytest.mark.parametrize("text", [
    "Armenia is effectively freezing its membership.",
    "The ban on smoking starts in June.",
    "The city imposed a ban on smoking in parks.",
    "The club faced penalties for fielding an ineligible player.",
    "The council designated the park a protected area.",
])
def test_words_that_only_look_like_sanctions_are_not_sanctions(dossier_of, text):
    assert dossier_of(text).sanctions == ()


def one(d):
    assert d.sanctions, "no sanction found"
    return d.sanctions[0]


@pytest.mark.parametrize("text, imposer, targets, status", [
    # a sanctioning verb without the word "sanction"
    ("Canada froze the assets of Vostok Bank last week.", "Canada", ["Vostok Bank"], "in_force"),
    ("Norway designated the Northern Brigade as a terrorist organization.", "Norway", ["Northern Brigade"],
     "in_force"),
    ("The Delta Militia is banned in Spain.", "Spain", ["Delta Militia"], "in_force"),
    # the measure's verb is passed its subject, and the one directed to act
    ("Brazil and Chile acted together to freeze over $2 billion of Peruvian central bank assets.", "Brazil",
     ["Peru"], "in_force"),
    # passive with an agent; the measure's status from the modal
    ("Most Peruvian banks are now sanctioned by Canada.", "Canada", ["Peru"], "in_force"),
    ("Canada will impose sanctions on Peru next month.", "Canada", ["Peru"], "expected"),
    ("Canada is prepared to impose sanctions on Peru.", "Canada", ["Peru"], "threatened"),
    ("Canada will suspend its sanctions on Peru.", "Canada", ["Peru"], "lifted"),
    ("Canada revoked the sanctions on Peru in May.", "Canada", ["Peru"], "lifted"),
    # a person stands for their state; "with respect to" names the target
    ("Japanese Prime Minister Ken Sato levied new sanctions against Peru.", "Japan", ["Peru"], "in_force"),
    ("Any firm that violates Canadian sanctions with respect to Peru will be penalized.", "Canada", ["Peru"],
     "in_force"),
])
def test_imposer_targets_and_status_beyond_the_word(dossier_of, text, imposer, targets, status):
    d = dossier_of(text)
    s = one(d)
    assert named(d, [s.imposer]) == [imposer]
    assert set(targets) <= set(named(d, s.targets))
    assert s.status == status


def test_a_personal_pronoun_target_is_the_person_last_named(dossier_of):
    d = dossier_of("Peru accused Carlos Mendez of fraud. In 2015, Canada levied sanctions against him.")
    assert named(d, one(d).targets) == ["Carlos Mendez"]


def test_an_agentless_passive_takes_the_imposer_of_the_earlier_sanction_on_the_same_target(dossier_of):
    d = dossier_of("Canada imposed sanctions on Carlos Mendez in 2015. He was further sanctioned in 2017.")
    assert len(d.sanctions) == 2
    assert named(d, [d.sanctions[1].imposer]) == ["Canada"]
    assert named(d, d.sanctions[1].targets) == ["Carlos Mendez"]


def test_the_span_is_the_clause_from_the_imposer_to_the_target(dossier_of):
    d = dossier_of("On Monday, Canada imposed its toughest sanctions yet on Peru's mining sector, the largest "
                   "source of revenue for the junta. Officials welcomed the move.")
    assert one(d).text.startswith("Canada imposed its toughest sanctions yet on Peru's mining sector")
    assert "Officials" not in one(d).text


@pytest.mark.parametrize("text", [
    "Canada did not sanction Peru.",
    "Traders bought sanctioned oil from the tankers.",
    "Firms must comply with existing sanctions.",
    "The government froze the price of bread.",
    "Canada designated a new ambassador.",
])
def test_mentions_without_a_sanction_in_play_are_not_sanctions(dossier_of, text):
    assert dossier_of(text).sanctions == ()


@pytest.mark.parametrize("text, imposer, targets, status", [
    ("The European Union on Monday imposed a fresh round of sanctions on Belarus.", "European Union", ["Belarus"],
     "in_force"),
    ("Canada designated two shipping firms based in Peru.", "Canada", ["Peru"], "in_force"),
    ("Canada designated a Peruvian financier of the militia.", "Canada", ["Peru"], "in_force"),
    ("Bolivia helped Peru evade sanctions.", None, ["Peru"], "in_force"),
])
def test_rounds_of_sanctions_designated_firms_and_pronoun_imposers(dossier_of, text, imposer, targets, status):
    d = dossier_of(text)
    s = one(d)
    assert (named(d, [s.imposer]) if s.imposer else [None]) == [imposer]
    assert set(targets) <= set(named(d, s.targets))
    assert s.status == status


def test_the_subject_of_a_verb_that_neither_imposes_nor_undergoes_is_no_party(dossier_of):
    assert dossier_of("Peru called the sanctions illegal.").sanctions == ()


def test_a_pronoun_imposer_is_the_person_last_named(dossier_of):
    d = dossier_of("Chilean President Carlos Mendez said he would impose new sanctions on Peru.")
    s = one(d)
    assert named(d, [s.imposer])[0] in ("Chile", "Carlos Mendez")  # the person, or their state when known
    assert s.status == "expected"


def test_who_sanctions_whom_stays_readable_with_many_targets():
    import pandas as pd
    from dossier.site import figures

    rows = [{"imposer": imposer, "target": f"Firm {j:02d}", "status": "in_force", "sanction": f"s{j}"}
            for j in range(45) for imposer in (["Canada"] if j % 2 else ["Canada", "Chile"])]
    fig = figures.sanctions_matrix(pd.DataFrame(rows), title="Who sanctions whom", caption="Invented.")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "target"  # the long list of targets runs down the rows
    assert len(ax.get_yticklabels()) == 40  # the 40 most sanctioned are kept
    assert fig.get_size_inches()[1] > 10  # and the figure grows with them
    assert "5 more are left out" in fig.texts[-1].get_text()


@pytest.mark.parametrize("text, imposer, targets, status", [
    ("The European Union said it was ready to impose sanctions on Peru.", "European Union", ["Peru"],
     "threatened"),
    ("Cuba has been under a Canadian trade embargo since 1962.", "Canada", ["Cuba"], "in_force"),
])
def test_reported_pronoun_imposers_and_targets_under_a_measure(dossier_of, text, imposer, targets, status):
    d = dossier_of(text)
    s = one(d)
    assert named(d, [s.imposer]) == [imposer]
    assert named(d, s.targets) == targets
    assert s.status == status


def test_a_participle_on_the_measure_names_imposer_and_target(dossier_of):
    d = dossier_of("Sanctions imposed by Canada on Peru in 2019 remain in force.")
    s = one(d)
    assert named(d, [s.imposer]) == ["Canada"] and named(d, s.targets) == ["Peru"]


def test_a_measure_deep_in_a_clause_takes_the_clause_as_its_span(dossier_of):
    d = dossier_of("Canada will publish a rule that tightened the exemptions from its sanctions on Peru.")
    s = one(d)
    assert s.text.startswith("tightened the exemptions from its sanctions on Peru")


def test_two_measures_in_one_sentence_are_two_records_with_their_own_spans(dossier_of):
    d = dossier_of("Canada imposed sanctions on Peru and export controls on Chile.")
    assert len(d.sanctions) == 2
    first, second = d.sanctions
    assert "Chile" not in first.text and named(d, first.targets) == ["Peru"]
    assert named(d, second.targets) == ["Chile"]


def test_two_sanctioning_verbs_with_one_subject_are_two_measures(dossier_of):
    d = dossier_of("The United States imposed sanctions on Rosneft and froze the assets of Bluewave General Trading.")
    first, second = d.sanctions
    assert first.text == "The United States imposed sanctions on Rosneft"
    assert second.text == "froze the assets of Bluewave General Trading"
    assert named(d, second.targets) == ["Bluewave General Trading"] and named(d, [second.imposer]) == ["United States"]


def test_a_designation_and_the_sanctions_it_brings_are_one_measure(dossier_of):
    d = dossier_of("The United States government labeled Ivo Dane as a terrorist and levied sanctions against him.")
    assert [s.text for s in d.sanctions] == [
        "The United States government labeled Ivo Dane as a terrorist and levied sanctions against him"]


@pytest.mark.parametrize("text, imposer, targets", [
    ("Today, Canada is taking sweeping actions to impose costs on Peru.", "Canada", ["Peru"]),
    ("Canada added 45 entities in Peru to its Entity List.", "Canada", ["Peru"]),
    ("Canada announced new designations. These designations target Peru's mining sector.", None, ["Peru"]),
    # the EU's "restrictive measures" and a target's "countermeasures" are sanctions
    ("The European Union adopted restrictive measures against Peru.", "European Union", ["Peru"]),
    ("Chile announced countermeasures against Peruvian officials.", "Chile", ["Peru"]),
    # halting arms exports is an arms embargo
    ("Norway halted arms exports to Peru last year.", "Norway", ["Peru"]),
    ("Norway suspended arms sales to Peru.", "Norway", ["Peru"]),  # a verb with two rules: the one that fits
    # two measures sharing the verb's target
    ("Chile imposed an asset freeze and travel ban on 20 Peruvian officials.", "Chile", ["Peru"]),
    # a price capped is a price cap
    ("The G7 agreed to cap the price of Peruvian copper at $60 a tonne.", "G7", ["Peru"]),
    # "the country" is the state last named, not the imposer
    ("Chile cut diplomatic ties with Peru and imposed a blockade on the country.", "Chile", ["Peru"]),
    # a trade flow driven to zero, by a subject several clauses up
    ("Canada will review its waivers and work with Mexico to launch a campaign aimed at driving Peru's gold "
     "exports to zero.", "Canada", ["Peru"]),
])
def test_measures_named_by_what_they_do(dossier_of, text, imposer, targets):
    d = dossier_of(text)
    s = d.sanctions[-1]
    assert (named(d, [s.imposer]) if s.imposer else [None]) == [imposer]
    assert named(d, s.targets) == targets


def test_a_title_is_no_byline(pipeline):
    from dossier.actors.mentions import ActorIndex
    from dossier.actors.resolver import actors
    from dossier.events.author import author_state
    from dossier.text.article import normalize

    text = "FACT SHEET: Imposing Costs on Peru\nToday, Canada imposed sanctions on Peru. We will not waver."
    norm = normalize(text)
    doc = pipeline(norm.text)
    found = actors(doc, norm)
    index = ActorIndex.of(doc, norm, found)
    assert index.by_id[author_state(index)].name == "Canada"


@pytest.mark.parametrize("text, target", [
    ("Peru remains subject to Canadian sanctions.", "Peru"),
    # a relative pronoun stands for the one it relates to
    ("Maria Lopez, who is subject to Canadian sanctions, denied the claims.", "Maria Lopez"),
    ("Maria Lopez, who has been under Canadian sanctions since 2020, denied the claims.", "Maria Lopez"),
])
def test_subject_to_sanctions_names_the_target(dossier_of, text, target):
    d = dossier_of(text)
    s = one(d)
    assert named(d, s.targets) == [target] and named(d, [s.imposer]) == ["Canada"]


@pytest.mark.parametrize("text", [
    "Canada suspended talks with Peru on visa issues.",
    "Peru froze the price of fuel for a month.",
    "The weak currency drove Peru's exports to record highs.",  # driven, but not to zero
])
def test_a_sanctioning_verb_needs_its_own_object(dossier_of, text):
    assert dossier_of(text).sanctions == ()


@pytest.mark.parametrize("text, status", [
    ("Canada announced new sanctions on Peru today.", "in_force"),
    ("Canada is imposing sanctions on Peru.", "in_force"),
    ("Canada designated Peru's central bank as a terrorist financier.", "in_force"),
    ("Canada will impose sanctions on Peru.", "expected"),
    ("Canada is prepared to impose sanctions on Peru.", "threatened"),
    ("Canada revoked its sanctions on Peru.", "lifted"),
    ("Canada terminated the sanctions on Peru.", "lifted"),
    ("Canada will suspend its sanctions on Peru.", "lifted"),
    ("Canada eased sanctions on Peru.", "lifted"),
    ("Canada blacklisted Peru's state airline last May.", "in_force"),  # the month is no modal
    ("Peru faces possible Canadian sanctions over the election.", "threatened"),
    ("Canada's new order imposes sanctions on Peru.", "in_force"),  # an order that imposes is no "order to"
])
def test_status_readings_of_the_issue(dossier_of, text, status):
    assert one(dossier_of(text)).status == status


@pytest.mark.parametrize("text, imposer", [
    # an official named without a country acts for the state the text's offices are named for
    ("Today, President Alan Brook signed an order imposing sanctions on Belarus to protect the United States. "
     "The United States Permanent Representative will brief allies.", "United States"),
    ("The order directs the Secretary of the Treasury to impose sanctions on Belarus. The U.S. Department of "
     "State will consult allies of the United States.", "United States"),
    # else the state the statement names most, besides the target, and far more than any other
    ("Today, President Alan Brook signed an order imposing sanctions on Belarus. The order protects the United "
     "States and its allies. The United States is not bound by it. American farmers will gain.", "United States"),
    # a text that names no government's offices leaves the person as themselves
    ("Today, President Alan Brook signed an order imposing sanctions on Belarus.", "Alan Brook"),
])
def test_an_official_named_without_a_country_imposes_for_the_statements_government(dossier_of, text, imposer):
    d = dossier_of(text)
    s = d.sanctions[0]
    assert named(d, [s.imposer]) == [imposer]


@pytest.mark.parametrize("text, imposer", [
    ("Our envoy to the United Nations will seek the return of international sanctions on Sudan.", "United Nations"),
    ("The UN Security Council met in New York. Diplomats expect multilateral sanctions on Sudan.",
     "UN Security Council"),
    ("Diplomats expect international sanctions on Sudan.", None),  # no world body named: none invented
])
def test_international_sanctions_are_the_world_bodys_when_the_text_names_it(dossier_of, text, imposer):
    d = dossier_of(text)
    s = d.sanctions[0]
    assert (named(d, [s.imposer])[0] if s.imposer else None) == imposer


@pytest.mark.parametrize("text, start, imposer_text", [
    ("Canada will rescind a rule that exempted grain exports from its sanctions on Peru.",
     "Canada will rescind a rule", "Canada"),
    ("The European Commission said it will revoke a rule that exempted grain payments from its sanctions on "
     "Belarus.", "it will revoke a rule", "The European Commission"),
])
def test_ending_an_exemption_tightens_the_measure(dossier_of, text, start, imposer_text):
    d = dossier_of(text)
    (s,) = d.sanctions
    assert s.status == "expected" and s.text.startswith(start) and s.imposer_text == imposer_text


def test_ending_an_exemption_names_the_reporter_as_imposer_and_keeps_the_target(dossier_of):
    d = dossier_of("The European Commission said it will revoke a rule that exempted grain payments from its "
                   "sanctions on Belarus.")
    (s,) = d.sanctions
    assert s.status == "expected" and s.text.startswith("it will revoke a rule")
    assert s.imposer_text == "The European Commission" and named(d, s.targets) == ["Belarus"]


@pytest.mark.parametrize("text, imposer", [
    # what a government issued acts for that government
    ("The order imposes a tariff on imports from Peru. The order protects the United States. The United States "
     "will act. American workers gain.", "United States"),
    ("The United States Permanent Representative spoke. This action lifts sanctions on Peru in the United States.",
     "United States"),
    ("The order imposes a tariff on imports from Peru.", None),  # whose order, the text never says
    # "we" in a statement whose author is not otherwise named
    ("We are imposing new export controls on Peru. Officials will brief allies. Allies agree. The United States "
     "will act, and the United States is ready. American workers gain.", "United States"),
])
def test_an_order_imposes_for_the_statements_government(dossier_of, text, imposer):
    d = dossier_of(text)
    s = d.sanctions[0]
    assert (named(d, [s.imposer])[0] if s.imposer else None) == imposer


@pytest.mark.parametrize("text, imposer, targets, status", [
    # a sanction term naming the kind of a regime or policy
    ("Chile launched a new sanctions regime targeting the junta in Peru on Tuesday.", "Chile", ["Peru"], "in_force"),
    ("The State Department announced a new visa restriction policy for Bolivian officials.", "State Department",
     ["Bolivia"], "in_force"),
    # acts without a sanction word
    ("Canada is taking immediate action to limit exports of dual-use goods to the Bolivian army.", "Canada",
     ["Bolivian army"], "in_force"),
    ("Bolivia's leaders met in La Paz. Canada is taking action to limit exports of arms to the Bolivian army.",
     "Canada", ["Bolivian army", "Bolivia"], "in_force"),
    ("The White House barred American investors from Chilean military companies' bonds.", "United States",
     ["Chile"], "in_force"),
    # ended, eased
    ("In 2016 the European Union brought the embargo programme against Peru to an end.", "European Union", ["Peru"],
     "lifted"),
    ("The Treasury granted a sanctions waiver to Bolivia on Friday.", "Treasury", ["Bolivia"], "lifted"),
    ("The European Union will phase out imports of Peruvian gas by 2027.", "European Union", ["Peru"], "expected"),
])
def test_measures_and_acts_without_the_usual_trigger_words(dossier_of, text, imposer, targets, status):
    d = dossier_of(text)
    assert len(d.sanctions) == 1, d.sanctions
    (s,) = d.sanctions
    assert named(d, [s.imposer]) == [imposer] and named(d, s.targets) == targets and s.status == status


def test_ending_a_waiver_tightens_the_measure_rather_than_lifting_it(dossier_of):
    d = dossier_of("The Secretary will rescind existing sanctions waivers and drive Peru's oil exports to zero.")
    (s,) = d.sanctions
    assert s.status == "expected" and named(d, s.targets) == ["Peru"]
