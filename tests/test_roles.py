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
