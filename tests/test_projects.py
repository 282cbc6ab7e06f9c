import pytest


def names(d, ids):
    by_id = {a.id: a.name for a in d.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, kind, status", [
    ("The Kremlin is building two nuclear reactors at Iran's Bushehr nuclear power plant.",
     "nuclear_plant", "under_construction"),
    ("Moscow also wants to build a railway through Iran that would connect Russia directly to ports "
     "in the Persian Gulf.", "railway", "planned"),
    ("Russia is working with Iran and other countries to develop an alternative to the Western-led Swift.",
     "payment_system", "in_development"),
    ("China has proposed a new highway across Pakistan.", "road", "proposed"),
    ("Work on the pipeline was halted last year.", "pipeline", "halted"),
    # a sentence's first word tagged a proper noun still describes the works
    ("Work began on Monday on a new deep-water port at Kivu Bay.", "port", "under_construction"),
    ("Construction of the Tana Falls dam has stalled for lack of funds.", "power_plant", "halted"),
    # plans scrapped; a completion still to come; works under way on what exists
    ("The government scrapped plans for a coal-fired power station near the coast.", "power_plant", "halted"),
    ("Officials said the highway to the northern border would be completed next year.", "road",
     "under_construction"),
    ("Kenya and Uganda are expanding the Malaba dry port on their border.", "port", "under_construction"),
    # works on a stretch of a road; a plant called a project; a line under study
    ("The government would press ahead with paving a 400-kilometre stretch of the Ruvu highway.", "road",
     "under_construction"),
    ("A separate Chinese-financed project, the Tana coal-fired power plant, has been delayed by the fighting.",
     "power_plant", "halted"),
    ("The minister said a spur line towards the lakes was under study.", "railway", "proposed"),
    # a planned or proposed work is described as a project by that word alone
    ("Parliament debated the planned railway at Kivu on Monday.", "railway", "planned"),
])
def test_kind_and_status_from_the_verb_and_its_modality(dossier_of, text, kind, status):
    (p,) = dossier_of(text).projects
    assert (p.kind, p.status) == (kind, status)


def test_one_project_per_phrase_with_quantity_name_host_and_sponsor(dossier_of):
    d = dossier_of("The Kremlin is building two nuclear reactors at Iran's Bushehr nuclear power plant.")
    (p,) = d.projects
    assert p.quantity == "two nuclear reactors"
    assert p.name == "Bushehr nuclear power plant"
    assert names(d, p.hosts) == ["Iran"] and names(d, p.sponsors) == ["Russia"]


def test_a_route_has_origin_and_destination(dossier_of):
    d = dossier_of("Moscow also wants to build a railway through Iran that would connect Russia directly "
                   "to ports in the Persian Gulf.")
    (p,) = d.projects
    assert (p.origin, p.destination) == ("Russia", "Persian Gulf")
    assert names(d, p.hosts) == ["Iran"]


def test_a_description_of_an_existing_service_is_not_a_project(dossier_of):
    assert dossier_of("Swift is a global messaging service that connects banks.").projects == ()


@pytest.mark.parametrize("text, kind, status", [
    # kinds beyond the seed's
    ("Kenya and Ethiopia plan to build a greenfield rail line across the border.", "railway", "planned"),
    ("The navy is building a temporary pier off the coast.", "port", "under_construction"),
    ("Chile will finance an undersea cable to Easter Island.", "cable", "in_development"),
    ("Greece and Egypt agreed to develop an electricity interconnector.", "cable", "in_development"),
    ("Romania is building small modular reactors near Doicesti.", "nuclear_plant", "under_construction"),
    ("Italy proposed a maritime corridor to Tunisia.", "corridor", "proposed"),
    # status from nouns, particles and reopening
    ("The ministers discussed the development of a lithium mine in Bolivia.", "mine", "in_development"),
    ("The bank paid for a feasibility study for a new highway in Laos.", "road", "proposed"),
    ("Vietnam broke ground on the new port terminal last week.", "port", "under_construction"),
    ("The new wind farm came online in March.", "power_plant", "operating"),
    ("Both governments want to reopen the old oil pipeline.", "pipeline", "halted"),
    # the subject of the verb it follows says what is done to it
    ("Construction began last month on a new transmission line in Nepal.", "cable", "under_construction"),
    # urban rail is a railway
    ("Korea will provide a loan for the construction of the Hanoi metro.", "railway", "under_construction"),
    # called a project in an apposition after it
    ("Campaigners oppose the Skerry Bank wind farm, a 36-turbine project that the developer wants to begin "
     "building next spring.", "power_plant", "planned"),
])
def test_kinds_and_statuses_beyond_the_seed(dossier_of, text, kind, status):
    (p,) = dossier_of(text).projects
    assert (p.kind, p.status) == (kind, status)


def test_two_items_in_one_sentence_are_two_records_with_their_own_spans(dossier_of):
    d = dossier_of("Norway will build an undersea cable and a hydrogen pipeline to Germany.")
    kinds = sorted(p.kind for p in d.projects)
    assert kinds == ["cable", "pipeline"]
    cable = next(p for p in d.projects if p.kind == "cable")
    assert "pipeline" not in cable.text


def test_sponsors_and_hosts_from_financing_and_places(dossier_of):
    d = dossier_of("Kenya welcomed a $2 billion loan from the African Development Bank to build a port terminal "
                   "in Mombasa.")
    (p,) = d.projects
    assert "African Development Bank" in names(d, p.sponsors)
    assert names(d, p.hosts) == ["Kenya"]


def test_a_state_named_in_the_projects_name_hosts_it(dossier_of):
    d = dossier_of("Iraq and Turkey want to reopen the Iraq-Turkey Pipeline.")
    (p,) = d.projects
    assert names(d, p.hosts) == ["Iraq", "Turkey"]


@pytest.mark.parametrize("text", [
    "Protesters occupied the airport on Monday.",
    "The navy plans to increase port visits.",
    "Turkey wants to prevent the creation of a terror corridor along its border.",
    "An oil terminal received the cargo.",
])
def test_mentions_that_no_one_builds_or_plans_are_not_projects(dossier_of, text):
    assert dossier_of(text).projects == ()


def test_a_route_between_two_places_and_a_project_under_an_agreement(dossier_of):
    d = dossier_of("Japan and India signed a memorandum on a high-speed rail line between Mumbai and Ahmedabad.")
    (p,) = d.projects
    assert (p.kind, p.origin, p.destination) == ("railway", "Mumbai", "Ahmedabad")


def test_who_gives_the_loan_sponsors_the_project(dossier_of):
    d = dossier_of("The African Development Bank will provide a $200 million loan to build a wind farm in Kenya.")
    (p,) = d.projects
    assert names(d, p.sponsors) == ["African Development Bank"]
    assert names(d, p.hosts) == ["Kenya"]


def test_the_antecedent_of_who_sponsors(dossier_of):
    d = dossier_of("The loan goes to the African Development Bank, which is financing a solar power project in Ghana.")
    (p,) = d.projects
    assert names(d, p.sponsors) == ["African Development Bank"]


def test_route_financer_and_hosts_on_the_verb(dossier_of):
    d = dossier_of("Kenya and Uganda agreed to build a railway from Mombasa to Kampala, financed by China.")
    (p,) = d.projects
    assert (p.origin, p.destination) == ("Mombasa", "Uganda")  # a capital stands for its state
    assert "China" in names(d, p.sponsors)
    assert names(d, p.hosts) == ["Kenya", "Uganda"]  # the states of the route's ends


def test_a_site_on_the_verb_places_the_project(dossier_of):
    d = dossier_of("Italy and Tunisia will develop an undersea interconnector across the Mediterranean.")
    (p,) = d.projects
    assert p.place == "Mediterranean"


def test_a_named_pipeline_is_a_project_without_a_verb(dossier_of):
    (p,) = dossier_of("Germany criticised the Baltic Star pipeline on Monday.").projects
    assert p.kind == "pipeline"


def test_a_named_airport_is_just_a_place(dossier_of):
    assert dossier_of("The minister landed at Lima International Airport.").projects == ()


def test_money_spent_to_build_starts_the_span_and_its_source_sponsors(dossier_of):
    d = dossier_of("Kenya welcomed new investments, including up to $2 billion from the African Development Bank "
                   "in Mombasa to build a port terminal.")
    (p,) = d.projects
    assert p.text.startswith("up to $2 billion from the African Development Bank")
    assert "African Development Bank" in names(d, p.sponsors)
    assert names(d, p.hosts) == ["Kenya"]


def test_a_heading_names_the_project_its_paragraph_describes_once(dossier_of):
    d = dossier_of("Undersea Cable for Fiji: The partners will finance a new undersea cable to Fiji.")
    assert len(d.projects) == 1 and d.projects[0].span[0] > len("Undersea Cable for Fiji:")


@pytest.mark.parametrize("text, sponsors, not_sponsors", [
    # the state whose investments build it, not the state that welcomes them
    ("Kenya welcomed a new tranche of Norwegian investments, including up to $3 billion to build a solar "
     "power plant near Mombasa.", ["Norway"], ["Kenya"]),
    # the company invested in develops it with the investor's money
    ("The World Bank will invest $20 million of equity in Andes Copper Holdings for the development of a "
     "copper mine in Peru.", ["World Bank", "Andes Copper Holdings"], ["Peru"]),
    # who guarantees the financer's loan, the financer, and the buyer whose purchase is for the project
    ("The Nordic Investment Bank is providing a $40 million loan guarantee to Baltic Capital, who is financing "
     "Riga Energy's purchase of turbines for a wind power project in Latvia.",
     ["Nordic Investment Bank", "Baltic Capital", "Riga Energy"], ["Latvia"]),
])
def test_sponsors_through_investments_investees_and_financing_chains(dossier_of, text, sponsors, not_sponsors):
    d = dossier_of(text)
    (p,) = d.projects
    got = names(d, p.sponsors)
    assert set(sponsors) <= set(got) and not set(not_sponsors) & set(got)


def test_a_fiber_network_backbone_is_a_cable(dossier_of):
    (p,) = dossier_of("The operator will establish a 400-kilometer national fiber network backbone in Chad.").projects
    assert (p.kind, p.status) == ("cable", "planned")


def test_an_official_named_without_a_country_sponsors_for_the_statements_government(dossier_of):
    d = dossier_of("The Secretary of Energy will finance a new transmission line in Ghana. The U.S. Department of "
                   "State will support the effort, which serves the United States.")
    (p,) = d.projects
    assert names(d, p.sponsors) == ["United States"]


@pytest.mark.parametrize("text, sponsors", [
    ("Chile and Bolivia signed deals worth $2 billion to build a new highway.", ["Chile", "Bolivia"]),
    ("Chile announced a plan to build a new airport in Bolivia.", ["Chile"]),
    ("Chile rejected a plan to build a new airport in Bolivia.", []),  # a reaction pays for nothing
])
def test_who_signs_or_announces_the_plan_to_build_sponsors_it(dossier_of, text, sponsors):
    d = dossier_of(text)
    (p,) = d.projects
    assert names(d, p.sponsors) == sponsors


@pytest.mark.parametrize("text, kinds", [
    ("Ghana will build a new railway to the port of Takoradi.", ["railway"]),
    ("Lima will build a light rail line to the airport.", ["railway"]),
    ("Ghana will build a port and a railway to the port.", ["port", "railway"]),  # its own project first
])
def test_where_a_route_goes_is_no_project_of_its_own(dossier_of, text, kinds):
    assert [p.kind for p in dossier_of(text).projects] == kinds


def test_its_project_is_hosted_by_the_state_that_builds_it(dossier_of):
    d = dossier_of("Ghana will build its first nuclear power plant by 2030.")
    (p,) = d.projects
    assert names(d, p.hosts) == ["Ghana"] and names(d, p.sponsors) == ["Ghana"]


@pytest.mark.parametrize("text, kind, status, sponsors, hosts", [
    # money given for it makes it a project
    ("The World Bank approved $300 million in financing for a new highway in Laos.", "road", "planned",
     ["World Bank"], ["Laos"]),
    # who lends, who receives the loan to build it; a loan puts it in development
    ("Nordic Bank is providing a $250 million loan to Delta Power to build a wind farm in Ghana.", "power_plant",
     "in_development", ["Nordic Bank", "Delta Power"], ["Ghana"]),
])
def test_money_given_for_a_project(dossier_of, text, kind, status, sponsors, hosts):
    d = dossier_of(text)
    (p,) = d.projects
    assert (p.kind, p.status, names(d, p.sponsors), names(d, p.hosts)) == (kind, status, sponsors, hosts)


def test_a_route_linking_two_states(dossier_of):
    (p,) = dossier_of("Chile and Peru will build a railway linking Bolivia and Paraguay.").projects
    assert (p.origin, p.destination) == ("Bolivia", "Paraguay")


def test_a_site_the_gazetteers_miss_is_shown_at_its_host_and_says_so(dossier_of):
    from dossier import tables

    d = dossier_of("The United States will build new gas power plants in Tennessee, officials said.")
    row = tables.projects(d).iloc[0]
    assert row["place"] == "Tennessee" and row["place_shown"] == "United States"
    assert bool(row["place_is_country"]) and row["lat"] == pytest.approx(38.9, abs=0.5)


@pytest.mark.parametrize("text, kind, status", [
    ("Rosatom is building a new reactor unit at the coast for Peru.", "nuclear_plant", "under_construction"),
    ("The government agreed with Enel to keep the old power station running for twenty more years.", "power_plant",
     "operating"),
    ("Chile and Peru are laying a subsea link for power and data between Arica and Tacna.", "cable", None),
    ("Bolivia plans a line to carry ammonia to the coast from its inland plants.", "pipeline", "planned"),
    ("Peru commissioned a study for a new freight line from Lima to Cusco.", "railway", "proposed"),
    ("Chile will upgrade the track from the harbour to the frontier with Peruvian funds.", "railway", "planned"),
    ("Ecuador offered to open a sea route for relief supplies to the islands.", "corridor", "proposed"),
    ("The regulator will stop the terminal going ahead, Chile said.", "port", "halted"),
    ("Peru inaugurated the new Callao Port expansion in 2015.", "port", "operating"),
    ("Bolivia approved a high-speed railway between La Paz and Santa Cruz.", "railway", "planned"),
])
def test_projects_described_rather_than_named(dossier_of, text, kind, status):
    d = dossier_of(text)
    assert len(d.projects) == 1, d.projects
    (p,) = d.projects
    assert p.kind == kind and (status is None or p.status == status)


@pytest.mark.parametrize("text", [
    "Analysts keep track of every shipment.",
    "The company opened a phone line to carry complaints from customers.",
])
def test_lines_and_tracks_that_carry_no_goods_are_no_projects(dossier_of, text):
    assert dossier_of(text).projects == ()


def test_a_phrase_that_is_the_subject_of_its_act_spans_the_act(dossier_of):
    text = "The pipeline from Bolivia to Chile opened in 2020."
    (p,) = dossier_of(text).projects
    assert text[p.span[0]:p.span[1]] == "The pipeline from Bolivia to Chile opened in 2020"


@pytest.mark.parametrize("text, sponsors", [
    ("Work resumed on a stalled rail link between Tana and Ruvu, a project financed partly by the World Bank.",
     ["World Bank"]),
    ("The Chinese-financed dam on the Nile is nearly complete.", ["China"]),
])
def test_sponsors_in_an_apposition_or_hyphened_onto_a_participle(dossier_of, text, sponsors):
    d = dossier_of(text)
    (p,) = d.projects
    assert names(d, p.sponsors) == sponsors


def test_works_on_two_projects_coordinated_are_two_projects_each_with_its_own_words(dossier_of):
    d = dossier_of("The leaders welcomed the expansion of the Port of Tana and the rehabilitation of the Ruvu "
                   "railway line, which carries freight toward Uganda.")
    assert [(p.kind, p.text) for p in d.projects] == [
        ("port", "the expansion of the Port of Tana"),
        ("railway", "the rehabilitation of the Ruvu railway line, which carries freight toward Uganda")]
