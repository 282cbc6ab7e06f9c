"""How records are matched to gold and counted: the scoring rules of ``dossier evaluate``.

Gold is one JSON file per article (README, "Annotating your own articles"); predictions are
schema ``dossier/1`` objects. The rules are lenient on wording and strict on evidence:

- actors: a predicted person, state, organisation or media actor matches a gold actor when
  its name or one of its aliases equals the gold name or one of its aliases (case-insensitive,
  a leading "the " ignored). Only the first predicted actor matching a gold actor is a hit;
  each further one is a *split* and counts against precision. Groups and places are not counted.
- claims: matched on evidence. A predicted span matches the gold snippet (its first occurrence
  in the text) it overlaps most when the overlap is at least half the snippet's length. Every
  matching prediction is correct; a gold item is found by the first of them.
- sanctions, projects, agreements: scored as real-world items. Gold entries sharing an ``item``
  key mention one sanction, project or agreement (an entry without one is an item of its own).
  Each span of a record (its ``span`` and every one of its ``mentions``) matches the entry it
  overlaps most, as a claim does. A record is correct when it matches an item no earlier record
  matched; a record matching only items already matched is a *split* and counts against
  precision. A required item is found when any record matches any of its entries; its fields
  are checked once, on its first required entry (else its first), against the first record
  that matched it.
- attribution: a matched claim's speaker is right when its actor matches the gold speaker,
  or its ``speaker_text`` contains one of the gold speaker's aliases (or, for an unnamed gold
  source, the two texts contain one another).
- roles: a gold person with roles is right when one of them is part of a role of a predicted
  actor matching that person.
- fields of matched items: each gold actor named in a sanction's imposer and targets, a
  project's sponsors and hosts, an agreement's parties must be among the predicted actors;
  status and kind must be equal; an empty gold field is not checked.
- ``"required": false`` gold items count for precision when matched, never against recall.
  A list absent from a gold file is not annotated and not scored.
- Over a set, counts are pooled over articles before precision and recall are computed.

These are the rules of the project's reference scorer (``shared/eval/score.py`` and
``score_set.py``); ``tests/test_evaluate.py`` checks that both give the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from dossier.evaluation.gold import QUESTIONS, SNIPPET, Gold, Json, Question, norm
from dossier.evaluation.tallies import ArticleScore, Counts, Tally

#: Actor types that count for the actors question.
COUNTED_TYPES = ("person", "state", "organization", "media")


class ActorMatcher:
    """Predicted actors and actor ids resolved to gold actor indices through names and aliases,
    compared by :func:`norm`: a reader recognises an actor by any name the text gives it."""

    def __init__(self, gold_actors: Sequence[Json], predicted: Sequence[Json]):
        self.gold = gold_actors
        self.index: dict[str, int] = {}
        for i, a in enumerate(gold_actors):
            for alias in [*a.get("aliases", []), a["name"]]:
                self.index.setdefault(norm(alias), i)  # an alias shared by two gold actors is the first's
        self.by_id = {a.get("id"): a for a in predicted}

    def of_actor(self, actor: Json) -> set[int]:
        names = [actor.get("name", ""), *actor.get("aliases", [])]
        return {self.index[norm(n)] for n in names if norm(n) in self.index}

    def of_ids(self, ids: Iterable[Any] | None) -> set[int]:
        """Gold actors among predicted actor ids (or bare names)."""
        found: set[int] = set()
        for x in ids or []:
            actor = self.by_id.get(x) if isinstance(x, str | None) else None
            if actor is not None:
                found |= self.of_actor(actor)
            elif isinstance(x, str) and norm(x) in self.index:
                found.add(self.index[norm(x)])
        return found

    def of_names(self, names: Iterable[str | None] | None) -> set[int]:
        return {self.index[norm(n)] for n in names or [] if norm(n) in self.index}

    def aliases(self, i: int) -> list[str]:
        return self.gold[i].get("aliases", [])


def actor_counts(predicted: Sequence[Json], m: ActorMatcher) -> tuple[Counts, tuple[str, ...], tuple[str, ...]]:
    """Actor counts, the gold actors split over several predicted ones, and the required ones missed.

    A predicted person, state, organisation or media actor is correct when it matches a gold
    actor not matched before: one real entity reported as two actors is an error a reader sees
    (two rows, claims divided between them), so the second counts against precision.
    """
    matched: set[int] = set()
    correct = 0
    times: dict[int, int] = {}
    for actor in (a for a in predicted if a.get("type") in COUNTED_TYPES):
        hits = m.of_actor(actor)
        if hits and not hits <= matched:  # a second actor for the same gold actor is a split, not a hit
            correct += 1
        matched |= hits
        for h in hits:
            times[h] = times.get(h, 0) + 1
    required = [i for i, a in enumerate(m.gold) if _required(a)]
    counted = sum(a.get("type") in COUNTED_TYPES for a in predicted)
    counts = Counts(correct, counted, sum(i in matched for i in required), len(required))
    split = tuple(sorted(m.gold[i]["name"] for i, n in times.items() if n > 1))
    missed = tuple(sorted(m.gold[i]["name"] for i in required if i not in matched))
    return counts, split, missed


def role_tally(predicted: Sequence[Json], m: ActorMatcher) -> Tally:
    """Gold people with roles for whom a matching predicted actor has one of those roles."""
    right = n = 0
    for i, a in enumerate(m.gold):
        if a.get("type") != "person" or not a.get("roles"):
            continue
        n += 1
        roles = " | ".join(r.lower() for p in predicted if i in m.of_actor(p) for r in p.get("roles", []))
        right += any(r.lower() in roles for r in a["roles"])
    return Tally(right, n)


def _required(item: Json) -> bool:
    return bool(item.get("required", True))


def _overlap(a: Sequence[int], b: Sequence[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evidence_hits(gold: Gold, question: Question, predicted: Sequence[Json]) -> tuple[Counts, dict[int, int]]:
    """Counts of an evidence-matched question, and for each gold item found the index of the
    first prediction matching it.

    A prediction matches the gold snippet it overlaps most, when it covers at least half of it:
    where a claim or a sanction begins and ends is a matter of taste, whether it is the same
    passage of the article is not.
    """
    key = SNIPPET[question]
    items = gold.items(question)
    spans = [(s, s + len(g[key])) for g in items for s in [gold.text.find(g[key])]]
    correct, hit = 0, {}
    for k, p in enumerate(predicted):
        sp = p.get("span")
        if not sp or len(sp) != 2:
            continue
        best, best_overlap = None, 0
        for j, gs in enumerate(spans):
            ov = _overlap(sp, gs)
            if ov * 2 >= gs[1] - gs[0] and ov > best_overlap:
                best, best_overlap = j, ov
        if best is not None:
            correct += 1
            hit.setdefault(best, k)
    required = [j for j, g in enumerate(items) if _required(g)]
    return Counts(correct, len(predicted), sum(j in hit for j in required), len(required)), hit


def _best_entry(span: Any, spans: Sequence[tuple[int, int]]) -> int | None:
    """The gold snippet ``span`` overlaps most, among those it covers at least half of."""
    if not span or len(span) != 2:
        return None
    best, best_overlap = None, 0
    for j, gs in enumerate(spans):
        ov = _overlap(span, gs)
        if ov * 2 >= gs[1] - gs[0] and ov > best_overlap:
            best, best_overlap = j, ov
    return best


def item_hits(gold: Gold, question: Question, predicted: Sequence[Json]) -> tuple[Counts, dict[int, int], int]:
    """Counts of a question scored as real-world items, for each item found the index of its
    entry whose fields are checked mapped to the first record that matched it, and the number
    of split records.

    An analyst wants one record per sanction, project or agreement however often the article
    names it: a record's span or any of its mentions finds the item, and a second record for
    an item already found is a split, not a second hit.
    """
    key = SNIPPET[question]
    items = gold.items(question)
    spans = [(s, s + len(g[key])) for g in items for s in [gold.text.find(g[key])]]
    group = [g.get("item") or f"#{j}" for j, g in enumerate(items)]
    first: dict[str, int] = {}  # item -> the first record that matched it
    correct = splits = 0
    for k, p in enumerate(predicted):
        matched = {group[j] for sp in [p.get("span"), *(p.get("mentions") or [])]
                   for j in [_best_entry(sp, spans)] if j is not None}
        new = matched - first.keys()
        if new:
            correct += 1
            first.update(dict.fromkeys(new, k))
        elif matched:
            splits += 1
    required: dict[str, int] = {}  # required item -> its first required entry
    for j, g in enumerate(items):
        if _required(g):
            required.setdefault(group[j], j)
    shown: dict[str, int] = {}  # found item -> the entry whose fields are checked
    for j, g in enumerate(items):
        i = group[j]
        if i in first and (i not in shown or (_required(g) and not _required(items[shown[i]]))):
            shown[i] = j
    counts = Counts(correct, len(predicted), sum(i in first for i in required), len(required))
    return counts, {j: first[i] for i, j in shown.items()}, splits


def item_missed(gold: Gold, question: Question, hit: Mapping[int, int]) -> tuple[str, ...]:
    """The snippets of required items no record found (each item once, by its first required entry)."""
    items = gold.items(question)
    group = [g.get("item") or f"#{j}" for j, g in enumerate(items)]
    found = {group[j] for j in hit}
    required: dict[str, int] = {}
    for j, g in enumerate(items):
        if _required(g):
            required.setdefault(group[j], j)
    return tuple(items[j][SNIPPET[question]][:60] for i, j in required.items() if i not in found)


def attribution_tally(gold: Gold, claims: Sequence[Json], hit: Mapping[int, int], m: ActorMatcher,
                      ) -> tuple[Tally, tuple[str, ...]]:
    """Matched claims whose speaker is the gold speaker, and a line for each that is not.

    Right when the predicted speaker is the gold speaker's actor, or the speaker's words hold
    one of its aliases as whole words (a speaker left unresolved but named is still named);
    for an unnamed gold source ("officials"), when the two phrases contain one another.
    """
    right, wrong = 0, []
    for j, k in hit.items():
        g, c = gold.items("claims")[j], claims[k]
        said_by = norm(g["speaker"])
        gi = m.index.get(said_by)
        actor = m.by_id.get(c.get("speaker")) if isinstance(c.get("speaker"), str | None) else None
        good = actor is not None and gi is not None and gi in m.of_actor(actor)
        text = norm(c.get("speaker_text"))
        if not good and gi is not None and text:
            good = any(f" {norm(alias)} " in f" {text} " for alias in m.aliases(gi))
        if not good and gi is None and text:
            good = said_by in text or text in said_by
        if good:
            right += 1
        else:
            wrong.append(f"{g['quote'][:40]!r}: gold {g['speaker']!r}, got {c.get('speaker_text')!r}")
    return Tally(right, len(hit)), tuple(wrong)


Check = tuple[str, Callable[[Json, Json], bool]]


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _covers(m: ActorMatcher, name: str) -> Callable[[Json, Json], bool]:
    """Every gold actor named in the field is among the predicted ones."""
    return lambda g, p: m.of_names(_listed(g[name])) <= m.of_ids(_listed(p.get(name)))


def _imposer_right(m: ActorMatcher) -> Callable[[Json, Json], bool]:
    """The imposer's actor is right, or its text names the gold imposer by one of its aliases."""
    def right(g: Json, p: Json) -> bool:
        text = norm(p.get("imposer_text"))
        return _covers(m, "imposer")(g, p) or bool(text) and any(
            norm(alias) in text for i in m.of_names([g["imposer"]]) for alias in m.aliases(i))
    return right


def _equal(name: str) -> Callable[[Json, Json], bool]:
    return lambda g, p: p.get(name) == g.get(name)


def field_checks(question: Question, m: ActorMatcher) -> list[Check]:
    """The fields checked on a matched item of a question, each with its test."""
    if question == "sanctions":
        return [("imposer", _imposer_right(m)), ("targets", _covers(m, "targets")), ("status", _equal("status"))]
    if question == "projects":
        return [("kind", _equal("kind")), ("status", _equal("status")), ("sponsors", _covers(m, "sponsors")),
                ("hosts", _covers(m, "hosts"))]
    return [("parties", _covers(m, "parties"))]


def field_tally(gold: Gold, question: Question, predicted: Sequence[Json], hit: Mapping[int, int],
                m: ActorMatcher) -> tuple[Tally, tuple[str, ...]]:
    """Fields of matched items that agree with the gold, and a line for each that does not.
    A gold field left empty is not checked, except status and kind."""
    kind = question[:-1]
    right = n = 0
    wrong = []
    for j, k in hit.items():
        g, p = gold.items(question)[j], predicted[k]
        for name, good in field_checks(question, m):
            if g.get(name) in (None, [], "") and name not in ("status", "kind"):
                continue
            n += 1
            if good(g, p):
                right += 1
            else:
                wrong.append(f"{kind} {g['evidence'][:30]!r} {name}: gold {g.get(name)!r}, got {p.get(name)!r}")
    return Tally(right, n), tuple(wrong)


def score(gold: Gold, prediction: Json | None) -> ArticleScore:
    """One article's score: its schema ``dossier/1`` prediction (None: no prediction) against its gold."""
    pred = prediction or {}
    actors = pred.get("actors") or []
    m = ActorMatcher(gold.items("actors"), actors)
    counts: dict[str, Counts] = {}
    missed: dict[str, tuple[str, ...]] = {}
    wrong: dict[str, tuple[str, ...]] = {"attribution": ()}
    fields: dict[str, Tally] = {}
    split: tuple[str, ...] = ()
    splits: dict[Question, int] = {}
    attribution = Tally()
    kind_correct = 0
    if gold.scored("actors"):
        counts["actors"], split, missed["actors"] = actor_counts(actors, m)
    for q in QUESTIONS[1:]:
        if not gold.scored(q):
            continue
        predicted = pred.get(q) or []
        if q == "claims":
            counts[q], hit = evidence_hits(gold, q, predicted)
            missed[q] = tuple(g[SNIPPET[q]][:60] for j, g in enumerate(gold.items(q)) if _required(g) and j not in hit)
            attribution, wrong["attribution"] = attribution_tally(gold, predicted, hit, m)
        else:
            counts[q], hit, splits[q] = item_hits(gold, q, predicted)
            missed[q] = item_missed(gold, q, hit)
            fields[q], wrong[q] = field_tally(gold, q, predicted, hit, m)
        if q == "projects":
            kind_correct = sum(predicted[k].get("kind") == gold.items(q)[j].get("kind") for j, k in hit.items())
    return ArticleScore(id=gold.id, counts=counts, attribution=attribution, roles=role_tally(actors, m),
                        fields=fields, missed=missed, wrong=wrong, split=split, kind_correct=kind_correct,
                        splits=splits, has_prediction=prediction is not None)
