import pytest
from dossier.agreements import resolve_date


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
