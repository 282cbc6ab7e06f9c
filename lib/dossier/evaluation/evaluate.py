"""Accuracy of a gold set's predictions, or of its articles extracted first (``dossier evaluate``).

Reads a set of gold files with their articles and schema ``dossier/1`` predictions, scores them
by the rules of :mod:`dossier.evaluation.scoring`, and prints the figures as tables and JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.evaluation.gold import QUESTIONS, Gold, Json, input_error
from dossier.evaluation.scoring import score
from dossier.evaluation.tallies import FIELD_TALLIES, ArticleScore, SetScore, pooled
from dossier.extract import dossiers
from dossier.records import to_json
from dossier.text.article import load, paths, safe_id


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DossierError(f"{path}: not valid JSON ({e})") from None
    except OSError as e:
        raise DossierError(f"{path}: cannot be read ({e.strerror})") from None


def gold_files(gold: Path) -> list[Path]:
    """The gold files of a set folder (``gold/*.json``), a folder of gold files, or one gold file."""
    if gold.is_file():
        return [gold]
    if not gold.is_dir():
        raise DossierError(f"{gold}: no such file or folder")
    folder = gold / "gold" if (gold / "gold").is_dir() else gold
    files = sorted(p for p in folder.glob("*.json") if p.is_file() and not p.name.endswith(".meta.json"))
    if not files:
        raise DossierError(f"{folder}: folder holds no gold files (*.json)")
    return files


def text_candidates(gold_file: Path, data: Any, elsewhere: Sequence[Path]) -> list[Path]:
    """Where a gold file's article may be: ``texts/`` of its set, beside it, in the folders or
    among the files given for predictions; named by the gold file's stem or its ``article`` field."""
    stem = gold_file.stem
    names = [stem + ".txt"]
    if isinstance(data, dict) and isinstance(data.get("article"), str):
        names.append(Path(data["article"]).name)
    here = gold_file.parent
    folders = [here.parent / "texts", here / "texts", here]
    found = [p for p in elsewhere if p.is_file() and stem in (p.stem, safe_id(p.stem))]
    folders += [p if p.is_dir() else p.parent for p in elsewhere]
    return found + [folder / name for folder in folders for name in names]


def read_gold(gold_file: Path, text_file: Path, *, encoding: str = "utf-8") -> Gold:
    """One gold file and its article (read as ``dossier extract`` reads it), checked."""
    return Gold(id=gold_file.stem, path=gold_file, text=load(text_file, encoding=encoding).text,
                data=_read_json(gold_file))


def gold_set(gold: Path, elsewhere: Sequence[Path] = (), *, encoding: str = "utf-8") -> list[Gold]:
    """Every gold file of ``gold`` with its article text, sorted by id."""
    out = []
    for f in gold_files(gold):
        data = _read_json(f)
        text_file = next((p for p in text_candidates(f, data, elsewhere) if p.is_file()), None)
        if text_file is None:
            raise DossierError(f"{f}: no article text found (looked for {f.stem}.txt in texts/, beside the gold "
                               "file and among the articles given)")
        out.append(read_gold(f, text_file, encoding=encoding))
    return sorted(out, key=lambda g: g.id)


def _prediction(path: Path, data: Any, where: str = "") -> Json:
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict) or "id" not in data["article"]:
        raise input_error(path, where, "not a schema dossier/1 object (no article.id)")
    return data


def read_predictions(path: Path) -> dict[str, Json]:
    """Schema ``dossier/1`` predictions by article id: a JSON Lines file, a JSON file (one object
    or a list), or a folder of ``ID.json`` files (keyed by file stem)."""
    if path.is_dir():
        return {p.stem: _prediction(p, _read_json(p)) for p in sorted(path.glob("*.json"))}
    if path.suffix == ".json":
        data = _read_json(path)
        items = data if isinstance(data, list) else [data]
        return {d["article"]["id"]: d for d in (_prediction(path, x) for x in items)}
    out = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise DossierError(f"{path}: cannot be read as UTF-8 JSON Lines ({e})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = _prediction(path, json.loads(line), f"line {n}")
        except json.JSONDecodeError as e:
            raise DossierError(f"{path}: line {n}: not valid JSON ({e.msg})") from None
        out[d["article"]["id"]] = d
    return out


def are_articles(inputs: Sequence[Path]) -> bool:
    """Whether the inputs are articles to extract (``.txt`` files, folders without ``*.json``)
    rather than predictions (other files, folders of ``*.json``); a mix of both is refused."""
    kinds = []
    for p in inputs:
        if not p.exists():
            raise DossierError(f"{p}: no such file or folder")
        kinds.append(p.suffix == ".txt" if p.is_file() else not any(p.glob("*.json")))
    if len(set(kinds)) > 1:
        raise DossierError(f"{inputs[kinds.index(False)]}: predictions given with articles; give one or the other")
    return kinds[0]


def extracted(inputs: Sequence[Path], ids: Iterable[str], *, model: str | None = None,
              encoding: str = "utf-8") -> dict[str, Json]:
    """Records of the articles among ``inputs`` that have gold (``ids``), extracted with the cache."""
    wanted = set(ids)
    files = [p for p in paths(list(inputs)) if safe_id(p.stem) in wanted or p.stem in wanted]
    return {d.article.id: to_json(d) for d in dossiers((load(p, encoding=encoding) for p in files), model=model)}


def evaluate(gold: Path, inputs: Sequence[Path], *, model: str | None = None, encoding: str = "utf-8") -> SetScore:
    """Score predictions, or the records extracted from articles, against a gold set.

    ``gold`` is a set folder (``gold/ID.json``, ``texts/ID.txt``), a folder of gold files or one
    gold file; an article's text is looked for in ``texts/`` of the set, beside the gold file,
    among the articles given, or at the path the predictions record. ``inputs`` are articles
    (``.txt`` files, folders without ``*.json``), extracted through the records cache, or
    predictions; a gold article without a prediction is scored as predicting nothing.
    """
    inputs = [Path(p) for p in inputs]
    if are_articles(inputs):
        golds = gold_set(Path(gold), inputs, encoding=encoding)
        preds = extracted(inputs, [g.id for g in golds], model=model, encoding=encoding)
    else:
        preds = {}
        for p in inputs:
            preds.update(read_predictions(p))
        recorded = [Path(d["article"]["path"]) for d in preds.values() if isinstance(d["article"].get("path"), str)]
        golds = gold_set(Path(gold), recorded, encoding=encoding)
    return pooled(score(g, preds.get(g.id)) for g in golds)


# Printing


def table(result: SetScore) -> str:
    """The pooled figures as a plain-text table, one question or check a line."""
    lines = [f"{'':17s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'predicted':>9s} {'gold':>5s} {'split':>5s}"]
    for q in QUESTIONS:
        c = result.pooled(q)
        split = f"{result.splits(q):5d}" if q in FIELD_TALLIES else f"{'-':>5s}"
        lines.append(f"{q:17s} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f} {c.predicted:9d} {c.gold:5d} {split}")
    lines.append(f"{'':17s} {'accuracy':>9s} {'correct':>7s} {'of':>6s}")
    for name in ("attribution", "roles", *FIELD_TALLIES.values()):
        t = result.tally(name)
        lines.append(f"{name:17s} {t.accuracy:9.3f} {t.correct:7d} {t.of:6d}")
    if result.missing:
        lines.append(f"no prediction for {len(result.missing)} of {len(result.articles)}: {' '.join(result.missing)}")
    return "\n".join(lines)


def article_line(a: ArticleScore) -> str:
    """One article's figures on one line."""
    parts = [f"{q} P{c.precision:.3f} R{c.recall:.3f}" for q, c in a.counts.items()]
    parts.append(f"attribution {a.attribution.correct}/{a.attribution.of} roles {a.roles.correct}/{a.roles.of}")
    return f"{a.id} " + " ".join(parts) + ("" if a.has_prediction else " (no prediction)")


def markdown(summary: Mapping[str, Any]) -> str:
    """A summary (``SetScore.summary()`` or its JSON, with ``splits`` per item question when
    known) as the README's Markdown table."""
    splits = summary.get("splits", {})
    rows = ["| question | precision | recall | F1 | predicted | gold | split |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    rows += [f"| {q} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['predicted']} | {s['gold']} "
             f"| {splits.get(q, '–')} |" for q in QUESTIONS for s in [summary[q]]]
    rows += ["", "| check | accuracy | correct | of |", "| --- | --- | --- | --- |"]
    rows += [f"| {n} | {s['accuracy']:.3f} | {s['correct']} | {s['of']} |"
             for n in ("attribution", "roles", *FIELD_TALLIES.values()) for s in [summary[n]]]
    return "\n".join(rows)
