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
