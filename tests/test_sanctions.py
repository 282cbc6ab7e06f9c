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
])
def test_words_that_only_look_like_sanctions_are_not_sanctions(dossier_of, text):
    assert dossier_of(text).sanctions == ()
