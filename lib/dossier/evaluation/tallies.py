"""What an evaluation counts: precision and recall counts and right-of-checked tallies, per
article and pooled over a set, in the shapes the reference scorer prints."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from dossier.evaluation.gold import QUESTIONS, Json, Question

TallyName = Literal["attribution", "roles", "sanction fields", "project fields", "agreement fields"]
#: Field tallies in the summary, named by the question they check.
FIELD_TALLIES: dict[Question, TallyName] = {"sanctions": "sanction fields", "projects": "project fields",
                                             "agreements": "agreement fields"}


@dataclass(frozen=True)
class Counts:
    """Precision and recall counts of one question: correct predictions of all predicted,
    required gold items found of all required."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.correct + other.correct, self.predicted + other.predicted,
                      self.found + other.found, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> Json:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "predicted": self.predicted, "gold": self.gold}


@dataclass(frozen=True)
class Tally:
    """How many checks were right, of how many."""

    correct: int = 0
    of: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.of + other.of)

    @property
    def accuracy(self) -> float:
        return self.correct / self.of if self.of else 0.0

    def as_dict(self) -> Json:
        return {"correct": self.correct, "of": self.of, "accuracy": round(self.accuracy, 3)}


@dataclass(frozen=True)
class ArticleScore:
    """One article's counts, tallies and what went wrong (missed items, splits, wrong fields)."""

    id: str
    counts: Mapping[Question, Counts]
    attribution: Tally
    roles: Tally
    fields: Mapping[Question, Tally]
    missed: Mapping[str, tuple[str, ...]]
    wrong: Mapping[str, tuple[str, ...]]
    split: tuple[str, ...] = ()
    kind_correct: int = 0
    has_prediction: bool = True
    #: Records of sanctions, projects and agreements that found only items already found.
    splits: Mapping[Question, int] = field(default_factory=dict)

    def as_dict(self) -> Json:
        """Everything in the shape the reference ``score.py`` prints for one article."""
        out: Json = {}
        if "actors" in self.counts:
            out["actors"] = {**self.counts["actors"].as_dict(), "split": list(self.split),
                             "missed": list(self.missed["actors"])}
        out["roles"] = {"correct": self.roles.correct, "gold": self.roles.of}
        if "claims" in self.counts:
            out["claims"] = {**self.counts["claims"].as_dict(), "missed": list(self.missed["claims"])}
        out["attribution"] = {"correct": self.attribution.correct, "matched": self.attribution.of,
                              "accuracy": round(self.attribution.accuracy, 3), "wrong": list(self.wrong["attribution"])}
        for q in FIELD_TALLIES:
            if q in self.counts:
                t = self.fields[q]
                out[q] = {**self.counts[q].as_dict(), "split": self.splits.get(q, 0), "missed": list(self.missed[q]),
                          **({"kind_correct": self.kind_correct} if q == "projects" else {}),
                          "fields": {"correct": t.correct, "checked": t.of, "wrong": list(self.wrong[q])}}
        return out


@dataclass(frozen=True)
class SetScore:
    """A set's article scores and their pooled counts."""

    articles: tuple[ArticleScore, ...]

    @property
    def missing(self) -> list[str]:
        return [a.id for a in self.articles if not a.has_prediction]

    def pooled(self, question: Question) -> Counts:
        return sum((a.counts[question] for a in self.articles if question in a.counts), Counts())

    def splits(self, question: Question) -> int:
        """Records over the set that found only items already found (a question scored as items)."""
        return sum(a.splits.get(question, 0) for a in self.articles)

    def tally(self, name: TallyName) -> Tally:
        if name in ("attribution", "roles"):
            return sum((getattr(a, name) for a in self.articles), Tally())
        question = next(q for q, n in FIELD_TALLIES.items() if n == name)
        return sum((a.fields[question] for a in self.articles if question in a.fields), Tally())

    def summary(self) -> Json:
        """The pooled figures, in the shape of the reference ``score_set.py``'s last line."""
        out: Json = {"articles": len(self.articles), "missing_predictions": self.missing}
        for q in QUESTIONS:
            out[q] = self.pooled(q).as_dict()
        for name in ("attribution", "roles", *FIELD_TALLIES.values()):
            out[name] = self.tally(name).as_dict()
        return out


def pooled(scores: Iterable[ArticleScore]) -> SetScore:
    """A set's score, articles in the order given."""
    return SetScore(tuple(scores))
