"""dossier.events.items: one record per real-world sanction, project or agreement, with every mention."""

from dataclasses import replace

import pytest
from dossier.events.items import same_agreement, same_project, same_sanction
from dossier.records import Agreement, Project, Sanction


def quoted(text, d, spans):
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, mentions", [
    ("Britain froze the assets of two Russian banks on Monday. The measures took effect at once.",
     ["Britain froze the assets of two Russian banks on Monday", "The measures took effect at once"]),
    ("Ruritania imposed sanctions on Borduria in May. Ruritania's sanctions on Borduria were renewed in June. "
     "The sanctions cover its oil exports.",
     None),
])
def test_the_mentions_of_one_sanction_are_one_record(dossier_of, text, mentions):
    d = dossier_of(text)
    assert len(d.sanctions) == 1, d.sanctions
    (s,) = d.sanctions
    assert len(s.mentions) >= 2 and s.span in s.mentions
    if mentions:
        assert quoted(text, d, s.mentions) == mentions


def test_sanctions_on_different_targets_stay_apart(dossier_of):
    d = dossier_of("Canada imposed sanctions on Myanmar in May. Canada imposed sanctions on Belarus in June.")
    assert len(d.sanctions) == 2


def test_a_definite_project_phrase_is_a_mention_whose_span_is_its_clause(dossier_of):
    text = ("Azerbaijan and Turkey will build a gas pipeline from Baku to Ankara. "
            "Critics want to ensure the pipeline will not move forward.")
    d = dossier_of(text)
    (p,) = d.projects
    assert quoted(text, d, p.mentions)[-1] == "the pipeline will not move forward"
    assert len(p.mentions) == 2


def test_a_later_phrase_of_another_kind_is_no_mention(dossier_of):
    text = "Kenya is building a railway from Mombasa to Nairobi. The port handles most of the region's trade."
    (p,) = dossier_of(text).projects
    assert len(p.mentions) == 1


def sanction(**kw):
    return Sanction(**{"id": "s", "imposer": None, "targets": (), "domains": (), "status": "in_force", "text": "",
                       "span": (0, 1), "measure": "sanctions", **kw})


@pytest.mark.parametrize("a, b, same", [
    (sanction(imposer="x", targets=("y",)), sanction(imposer="x", targets=("y", "z")), True),
    (sanction(imposer="x"), sanction(targets=("y",)), False),  # nothing shared
    (sanction(imposer="x", targets=("y",)), sanction(imposer="w", targets=("y",)), False),  # another imposer
    (sanction(imposer="x", targets=("y",)), sanction(imposer="x", targets=("y",), status="lifted"), False),
    (sanction(imposer="x", targets=("y",)), sanction(imposer="x", targets=("y",), measure="embargo"), False),
    (sanction(imposer="x", targets=("y",)), sanction(imposer="x", targets=("y",), text="new sanctions"), False),
    # a record inside another's clause naming nothing else is part of it, whatever its measure
    (sanction(span=(0, 40), targets=("y",)), sanction(span=(0, 15), measure="waiver", status="lifted"), True),
    (sanction(span=(0, 40), targets=("y",)), sanction(span=(0, 15), measure="waiver", targets=("z",)), False),
    # "the sanctions on Y would hurt": the measure named before, whatever the modality
    (sanction(imposer="x", targets=("y",)), sanction(targets=("y",), status="expected", text="the sanctions on Y"),
     True),
    (sanction(imposer="x", targets=("y",)), sanction(targets=("y",), status="expected", text="sanctions on Y"), False),
])
def test_which_sanction_records_are_one(a, b, same):
    if a.span == b.span:
        b = replace(b, span=(50, 60))  # apart unless the case says otherwise
    assert same_sanction(a, b) is same


def project(**kw):
    return Project(**{"id": "p", "kind": "pipeline", "name": None, "status": "planned", "text": "", "span": (0, 1),
                      **kw})


@pytest.mark.parametrize("a, b, definite, same", [
    (project(name="Nord Stream 2"), project(name="Nord Stream 2 pipeline"), False, True),
    (project(name="Nord Stream"), project(name="TurkStream"), True, False),
    (project(origin="Baku", destination="Ceyhan"), project(origin="Baku", destination="Ceyhan"), False, True),
    (project(), project(), True, True),  # "the pipeline" after "a pipeline"
    (project(), project(), False, False),  # "a pipeline" again is another one
    (project(), project(kind="railway"), True, False),
])
def test_which_project_records_are_one(a, b, definite, same):
    assert same_project(a, b, b_definite=definite) is same


TEXT = "the Harbour Partnership ... a partnership with Borduria ... a deal with Borduria"


def agreement(mention, **kw):
    start = TEXT.index(mention)
    return Agreement(**{"id": "g", "parties": ("r", "b"), "date": None, "text": "", "span": (0, 1),
                        "mentions": ((start, start + len(mention)),), **kw})


@pytest.mark.parametrize("a, b, same", [
    (agreement("Partnership", name="Indonesia Millennium Challenge Corporation (MCC) Compact"),
     agreement("Partnership", name="MCC Compact"), True),
    (agreement("Partnership", name="Harbour Partnership"), agreement("partnership"), True),
    (agreement("Partnership", name="Harbour Partnership"), agreement("deal"), False),
    (agreement("Partnership", name="Harbour Partnership"), agreement("partnership", parties=("r", "c")), False),
    (agreement("partnership"), agreement("deal"), False),
])
def test_which_agreement_records_are_one(a, b, same):
    assert same_agreement(a, b, TEXT) is same


def test_measures_coordinated_before_one_target_are_one_sanction_with_the_whole_clause(dossier_of):
    text = "Musa Haroun leads the militia. The EU imposed an asset freeze and travel ban on Haroun."
    d = dossier_of(text)
    (s,) = d.sanctions
    names = {a.id: a.name for a in d.actors}
    assert [names[t] for t in s.targets] == ["Musa Haroun"]
    assert s.text == "The EU imposed an asset freeze and travel ban on Haroun"
