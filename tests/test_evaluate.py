"""dossier.evaluation.scoring and dossier.evaluation.evaluate: invented gold and predictions, one rule a test; and the
same numbers as the reference scorer (../shared/eval) on the dev set when it is present."""

import copy
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from dossier.config import ROOT
from dossier.errors import DossierError
from dossier.evaluation.evaluate import evaluate, gold_set, markdown, read_predictions
from dossier.evaluation.gold import Gold
from dossier.evaluation.scoring import score
from dossier.evaluation.tallies import pooled

TEXT = ('Ruritania imposed sanctions on Borduria on Monday. "We will not yield to pressure," said Foreign '
        'Minister Anna Berg. Officials said a gas pipeline to Syldavia would open in 2030.')
SHARED = ROOT.parent / "shared"


def at(snippet: str) -> list[int]:
    start = TEXT.index(snippet)
    return [start, start + len(snippet)]


def actor(name, type_="state", aliases=(), roles=(), required=True):
    return {"name": name, "type": type_, "aliases": [name, *aliases], "roles": list(roles), "required": required}


def gold(**lists) -> Gold:
    data = {"actors": [actor("Ruritania"), actor("Borduria"),
                       actor("Anna Berg", "person", ["Foreign Minister Anna Berg", "Berg"], ["foreign minister"])],
            "claims": [], "sanctions": [], "projects": [], **lists}
    return Gold(id="t", path=Path("t.json"), text=TEXT, data=data)


def pred_actor(id_, name, type_="state", aliases=(), roles=()):
    return {"id": id_, "name": name, "type": type_, "aliases": [name, *aliases], "roles": list(roles)}


PRED_ACTORS = [pred_actor("a1", "Ruritania"), pred_actor("a2", "Borduria"),
               pred_actor("a3", "Anna Berg", "person", ["Berg"], ["Foreign Minister"])]
QUOTE = "We will not yield to pressure,"
CLAIM = {"speaker": "Anna Berg", "kind": "direct", "quote": QUOTE, "cue": "said", "required": True}
SANCTION = {"imposer": "Ruritania", "targets": ["Borduria"], "status": "in_force",
            "evidence": "Ruritania imposed sanctions on Borduria", "required": True}


def test_one_actor_per_gold_actor_is_a_hit_and_a_second_is_a_split():
    result = score(gold(), {"actors": [*PRED_ACTORS, pred_actor("a4", "Berg", "person")]})
    assert result.counts["actors"].correct == 3 and result.counts["actors"].predicted == 4
    assert result.split == ("Anna Berg",)
    assert result.counts["actors"].recall == 1.0


@pytest.mark.parametrize(("name", "matches"), [("the Ruritania", True), ("RURITANIA ", True), ("Ruritanian", False)])
def test_actor_names_compare_without_case_and_a_leading_the(name, matches):
    result = score(gold(), {"actors": [pred_actor("x", name)]})
    assert result.counts["actors"].correct == int(matches)


def test_groups_and_places_are_not_counted():
    result = score(gold(), {"actors": [*PRED_ACTORS, pred_actor("g", "officials", "group")]})
    assert result.counts["actors"].predicted == 3


def test_a_required_false_item_counts_for_precision_never_against_recall():
    g = gold(actors=[actor("Ruritania"), actor("Borduria", required=False)],
             claims=[CLAIM, {**CLAIM, "quote": "a gas pipeline to Syldavia would open in 2030", "required": False}])
    without = score(g, {"actors": PRED_ACTORS[:1], "claims": [{"span": at(QUOTE), "speaker": None}]})
    assert (without.counts["actors"].recall, without.counts["claims"].recall) == (1.0, 1.0)
    assert without.counts["actors"].gold == 1 and without.counts["claims"].gold == 1
    with_it = score(g, {"actors": PRED_ACTORS[:2], "claims": [{"span": at("gas pipeline to Syldavia would open")}]})
    assert with_it.counts["actors"].precision == 1.0 and with_it.counts["claims"].precision == 1.0
    assert with_it.counts["claims"].recall == 0.0


@pytest.mark.parametrize(("span", "matches"), [
    (at("We will not yield"), True),  # 17 of 30 characters: over half
    (at("We will not"), False),  # 11 of 30: under half
    (at('yield to pressure," said Foreign'), True),
])
def test_evidence_matches_when_it_overlaps_half_the_gold_snippet(span, matches):
    result = score(gold(claims=[CLAIM]), {"claims": [{"span": span}]})
    assert result.counts["claims"].found == int(matches)
    assert result.counts["claims"].correct == int(matches)


@pytest.mark.parametrize(("speaker", "speaker_text", "right"), [
    ("a3", "she", True),  # the actor is the gold speaker
    (None, "Foreign Minister Anna Berg", True),  # the words name one of the speaker's aliases
    ("a1", "Ruritania", False),  # a wrong speaker
    (None, "Bergman", False),  # an alias only as part of a word
])
def test_a_matched_claims_speaker_is_checked(speaker, speaker_text, right):
    claim = {"span": at(QUOTE), "speaker": speaker, "speaker_text": speaker_text}
    result = score(gold(claims=[CLAIM]), {"actors": PRED_ACTORS, "claims": [claim]})
    assert (result.attribution.correct, result.attribution.of) == (int(right), 1)
    assert bool(result.wrong["attribution"]) is not right


@pytest.mark.parametrize(("speaker_text", "right"), [("officials", True), ("Some officials", True), ("Berg", False)])
def test_an_unnamed_source_is_right_when_the_words_contain_one_another(speaker_text, right):
    claim = {**CLAIM, "speaker": "Officials", "quote": "a gas pipeline to Syldavia would open in 2030"}
    pred = {"claims": [{"span": at("a gas pipeline to Syldavia"), "speaker": None, "speaker_text": speaker_text}]}
    assert score(gold(claims=[claim]), pred).attribution.correct == int(right)


def test_a_persons_role_is_right_when_part_of_a_predicted_role():
    assert score(gold(), {"actors": PRED_ACTORS}).roles.correct == 1
    other = [pred_actor("a3", "Anna Berg", "person", roles=["minister"])]
    assert score(gold(), {"actors": other}).roles.correct == 0


def test_a_matched_sanctions_fields_are_checked_one_by_one():
    p = {"span": at("imposed sanctions on Borduria"), "imposer": "a1", "targets": [], "status": "threatened"}
    result = score(gold(sanctions=[SANCTION]), {"actors": PRED_ACTORS, "sanctions": [p]})
    assert (result.fields["sanctions"].correct, result.fields["sanctions"].of) == (1, 3)
    [targets, status] = result.wrong["sanctions"]
    assert targets.endswith(" targets: gold ['Borduria'], got []")
    assert status.endswith(" status: gold 'in_force', got 'threatened'")


def test_an_imposer_named_only_in_words_is_right():
    p = {"span": at("imposed sanctions on Borduria"), "imposer": None, "imposer_text": "the Ruritania government",
         "targets": ["a2"], "status": "in_force"}
    result = score(gold(sanctions=[SANCTION]), {"actors": PRED_ACTORS, "sanctions": [p]})
    assert result.fields["sanctions"].correct == 3


def test_an_empty_gold_field_is_not_checked_but_kind_and_status_always_are():
    project = {"kind": "pipeline", "status": "planned", "sponsors": [], "hosts": [], "required": True,
               "evidence": "a gas pipeline to Syldavia"}
    p = {"span": at("gas pipeline to Syldavia"), "kind": "pipeline", "status": None, "sponsors": ["a1"], "hosts": []}
    result = score(gold(projects=[project]), {"actors": PRED_ACTORS, "projects": [p]})
    assert (result.fields["projects"].correct, result.fields["projects"].of) == (1, 2)
    assert result.kind_correct == 1


def test_a_list_absent_from_the_gold_is_not_scored():
    g = gold()
    assert "agreements" not in g.data
    result = score(g, {"agreements": [{"span": at("Ruritania imposed")}]})
    assert "agreements" not in result.counts
    assert pooled([result]).pooled("agreements").predicted == 0


def test_counts_are_pooled_over_articles_before_the_ratios():
    one = score(gold(claims=[CLAIM]), {"claims": [{"span": at(QUOTE)}]})  # 1 of 1
    other = score(gold(claims=[CLAIM]), {"claims": [{"span": at(QUOTE)}, *[{"span": [0, 3]}] * 3]})  # 1 of 4
    summary = pooled([one, other]).summary()
    assert summary["claims"]["precision"] == 0.4  # 2 of 5, not the mean 0.625
    assert summary["claims"]["recall"] == 1.0


def test_an_article_without_prediction_scores_nothing_found_and_is_listed():
    result = pooled([score(gold(claims=[CLAIM]), None)])
    assert result.summary()["missing_predictions"] == ["t"]
    assert result.summary()["claims"]["recall"] == 0.0


@pytest.mark.parametrize(("data", "problem"), [
    ({"claims": [{**CLAIM, "quote": "words not in the text"}]}, "t.json: claims[0]: quote not in the article text"),
    ({"sanctions": [{"status": "in_force"}]}, "t.json: sanctions[0]: 'evidence' must be a non-empty string"),
    ({"actors": {"name": "x"}}, "t.json: actors: must be a list of objects"),
    ([], "t.json: gold must be a JSON object"),
])
def test_bad_gold_is_refused_naming_the_file_and_the_item(data, problem):
    with pytest.raises(DossierError) as e:
        Gold(id="t", path=Path("t.json"), text=TEXT, data=data)
    assert str(e.value).startswith(problem)


def write_set(folder: Path, *, layout: str) -> None:
    g = {"actors": [actor("Ruritania")], "claims": [CLAIM], "sanctions": [], "projects": []}
    gold_dir = folder / "gold" if layout == "set" else folder
    text_dir = folder / "texts" if layout == "set" else folder
    gold_dir.mkdir(parents=True, exist_ok=True)
    text_dir.mkdir(parents=True, exist_ok=True)
    (gold_dir / "t.json").write_text(json.dumps(g), encoding="utf-8")
    (text_dir / "t.txt").write_text(TEXT, encoding="utf-8")


@pytest.mark.parametrize("layout", ["set", "beside"])
def test_gold_is_read_from_a_set_folder_or_a_folder_of_gold_beside_its_texts(tmp_path, layout):
    write_set(tmp_path, layout=layout)
    [g] = gold_set(tmp_path)
    assert g.id == "t" and g.text == TEXT


def test_a_gold_folder_without_texts_finds_them_among_the_articles_given(tmp_path):
    write_set(tmp_path / "set", layout="set")
    (tmp_path / "set" / "texts" / "t.txt").rename(tmp_path / "t.txt")
    with pytest.raises(DossierError, match="t.json: no article text found"):
        gold_set(tmp_path / "set")
    assert gold_set(tmp_path / "set", [tmp_path / "t.txt"])[0].text == TEXT


def test_predictions_are_read_from_json_lines_a_json_file_or_a_folder(tmp_path):
    record = {"schema": "dossier/1", "article": {"id": "t"}, "claims": [{"span": at(QUOTE)}]}
    (tmp_path / "p.jsonl").write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps([record]), encoding="utf-8")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "t.json").write_text(json.dumps(record), encoding="utf-8")
    for path in ("p.jsonl", "p.json", "dir"):
        assert read_predictions(tmp_path / path) == {"t": record}
    (tmp_path / "bad.jsonl").write_text(json.dumps(record) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(DossierError, match="bad.jsonl: line 2: not valid JSON"):
        read_predictions(tmp_path / "bad.jsonl")


def test_evaluate_scores_predictions_against_a_gold_folder(tmp_path):
    write_set(tmp_path / "set", layout="set")
    (tmp_path / "p.jsonl").write_text(json.dumps({"article": {"id": "t"}, "claims": [{"span": at(QUOTE)}]}),
                                      encoding="utf-8")
    summary = evaluate(tmp_path / "set", [tmp_path / "p.jsonl"]).summary()
    assert summary["claims"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "predicted": 1, "gold": 1}
    assert summary["actors"]["recall"] == 0.0


def test_articles_and_predictions_together_are_refused(tmp_path):
    write_set(tmp_path / "set", layout="set")
    (tmp_path / "p.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(DossierError, match="p.jsonl: predictions given with articles"):
        evaluate(tmp_path / "set", [tmp_path / "set" / "texts" / "t.txt", tmp_path / "p.jsonl"])


def dossier(*args):
    return subprocess.run([sys.executable, "-m", "dossier.cli", *args], capture_output=True, text=True, cwd=ROOT)


def test_the_command_prints_a_table_and_ends_with_one_json_object(tmp_path):
    write_set(tmp_path / "set", layout="set")
    (tmp_path / "p.jsonl").write_text(json.dumps({"article": {"id": "t"}, "claims": [{"span": at(QUOTE)}]}),
                                      encoding="utf-8")
    result = dossier("evaluate", str(tmp_path / "set"), str(tmp_path / "p.jsonl"), "--each")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("t actors P0.000 R0.000 claims P1.000 R1.000")
    assert any(line.split()[:4] == ["claims", "1.000", "1.000", "1.000"] for line in lines)
    assert json.loads(lines[-1])["claims"]["f1"] == 1.0
    only = dossier("evaluate", str(tmp_path / "set"), str(tmp_path / "p.jsonl"), "--json")
    assert [json.loads(line) for line in only.stdout.splitlines()] == [json.loads(lines[-1])]


def test_bad_gold_on_the_command_line_is_one_error_line_and_exit_code_2(tmp_path):
    write_set(tmp_path / "set", layout="set")
    (tmp_path / "set" / "gold" / "t.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "p.jsonl").write_text("", encoding="utf-8")
    result = dossier("evaluate", str(tmp_path / "set"), str(tmp_path / "p.jsonl"))
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"dossier: error: {tmp_path / 'set' / 'gold' / 't.json'}: not valid JSON")


def test_the_markdown_table_has_a_row_per_question_and_per_check():
    table = markdown(pooled([score(gold(claims=[CLAIM]), {"claims": [{"span": at(QUOTE)}]})]).summary())
    assert "| claims | 1.000 | 1.000 | 1.000 | 1 | 1 | – |" in table.splitlines()
    assert "| attribution | 0.000 | 0 | 1 |" in table.splitlines()


def test_the_markdown_table_shows_the_splits_it_is_given():
    summary = {**pooled([score(gold(), {})]).summary(), "splits": {"sanctions": 2, "projects": 0, "agreements": 0}}
    assert "| sanctions | 0.000 | 0.000 | 0.000 | 0 | 0 | 2 |" in markdown(summary).splitlines()


# Sanctions, projects and agreements are scored as real-world items

LATER = "Borduria was hit by sanctions"
ITEM_TEXT = TEXT + " " + LATER + " again."


def item_gold(*entries) -> Gold:
    data = {"actors": [actor("Ruritania"), actor("Borduria")], "sanctions": list(entries)}
    return Gold(id="t", path=Path("t.json"), text=ITEM_TEXT, data=data)


def item_at(snippet: str) -> list[int]:
    start = ITEM_TEXT.index(snippet)
    return [start, start + len(snippet)]


FIRST = {**SANCTION, "item": "s1"}
SECOND = {**SANCTION, "evidence": LATER, "item": "s1", "required": False}


def test_one_record_with_every_mention_of_an_item_is_one_hit():
    result = score(item_gold(FIRST, SECOND), {"actors": PRED_ACTORS, "sanctions": [
        {"span": item_at("imposed sanctions on Borduria"), "mentions": [item_at(LATER)], "imposer": "a1",
         "targets": ["a2"], "status": "in_force"}]})
    c = result.counts["sanctions"]
    assert (c.correct, c.predicted, c.found, c.gold) == (1, 1, 1, 1)
    assert result.splits["sanctions"] == 0 and result.fields["sanctions"].accuracy == 1.0


def test_a_second_record_of_an_item_already_found_is_a_split():
    result = score(item_gold(FIRST, SECOND), {"sanctions": [{"span": item_at("imposed sanctions on Borduria")},
                                                            {"span": item_at(LATER)}]})
    c = result.counts["sanctions"]
    assert (c.correct, c.predicted, c.found) == (1, 2, 1) and result.splits["sanctions"] == 1
    assert result.as_dict()["sanctions"]["split"] == 1


def test_an_item_found_only_by_a_mention_is_found_and_its_required_entry_is_checked():
    result = score(item_gold(FIRST, SECOND), {"actors": PRED_ACTORS, "sanctions": [
        {"span": item_at(LATER), "imposer": None, "targets": ["a2"], "status": "lifted"}]})
    assert result.counts["sanctions"].recall == 1.0 and result.missed["sanctions"] == ()
    wrong = result.wrong["sanctions"]
    assert "sanction 'Ruritania imposed sanctions on' status: gold 'in_force', got 'lifted'" in wrong


def test_entries_without_an_item_key_are_items_of_their_own():
    result = score(item_gold(SANCTION, {**SANCTION, "evidence": LATER}), {"sanctions": [
        {"span": item_at("imposed sanctions on Borduria"), "mentions": [item_at(LATER)]}]})
    c = result.counts["sanctions"]
    assert (c.correct, c.found, c.gold) == (1, 2, 2)


# The reference scorer, on the dev set


def reference(name: str):
    spec = importlib.util.spec_from_file_location(f"reference_{name}", SHARED / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(SHARED / "eval"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SHARED / "eval"))
    return module


needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score_set.py").exists() or not (SHARED / "dev").is_dir(),
                                  reason="../shared (the dev set and its reference scorer) is not here")


@pytest.fixture(scope="module")
def dev_predictions(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev") / "dev.jsonl"
    result = dossier("extract", str(SHARED / "dev" / "texts"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    out.write_text(result.stdout, encoding="utf-8")
    return out


@needs_shared
def test_the_set_figures_equal_the_reference_scorers_on_the_dev_set(dev_predictions):
    ref = subprocess.run([sys.executable, str(SHARED / "eval" / "score_set.py"), str(SHARED / "dev"),
                          str(dev_predictions), "--json"], capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout.splitlines()[-1])
    assert evaluate(SHARED / "dev", [dev_predictions]).summary() == expected
    command = dossier("evaluate", str(SHARED / "dev"), str(SHARED / "dev" / "texts"), "--json")
    assert command.returncode == 0, command.stderr
    assert json.loads(command.stdout.splitlines()[-1]) == expected


@needs_shared
def test_each_articles_score_equals_the_reference_scorers_also_on_damaged_predictions(dev_predictions):
    ref = reference("score")
    preds = read_predictions(dev_predictions)
    rnd = random.Random(7)
    for g in gold_set(SHARED / "dev"):
        damaged = copy.deepcopy(preds[g.id])
        rnd.shuffle(damaged["actors"])
        for c in damaged["claims"]:
            c["speaker"] = None
        for a in damaged["actors"][::2]:
            a["roles"] = []
        for item in damaged["sanctions"] + damaged["projects"]:
            item["status"] = "lifted"
            item["span"] = [item["span"][0] + 5, item["span"][1]]
        for pred in (preds[g.id], damaged, {}):
            assert score(g, pred).as_dict() == ref.score(g.data, g.text, pred), g.id
