"""One record per real-world sanction, project or agreement: the records found for each mention
gathered into one item that carries every mention as evidence.

An analyst asks "which sanctions are in play", not "which sentences mention a sanction": a
pipeline named in four sentences is one pipeline, and its sponsors may stand in one sentence and
its status in another. Rules:

* **the same sanction**: two records of one measure (``asset freeze``, ``export controls``) with
  the same status are one item when neither names an imposer or target the other contradicts
  and they share at least one (the same imposer, or a common target), unless the later one is a
  further round (``new sanctions``, ``was further sanctioned``); a record inside another's span
  that names nothing the other does not is part of it, and so is a later definite mention with
  no imposer of its own (``the sanctions on X would hurt``) whatever its status;
* **the same project**: two records of one kind are one item when their names are one in the
  other (``the Nord Stream pipeline``, ``Nord Stream``), when both run between the same two
  places, or when the later one is unnamed and definite (``the pipeline``, ``this railway``)
  and refers back to the latest project of its kind;
* **the same agreement**: two records whose names are one in the other word for word
  (``MCC Compact`` in ``Millennium Challenge Corporation (MCC) Compact``), or a named and an
  unnamed one between the same parties whose word for it is the name's last word (``the
  Harbour Partnership`` and ``a partnership with X``);
* **a reference**: a definite noun phrase headed by a word for the measure or the project
  (``the measures``, ``these sanctions``, ``the pipeline``, ``the project``) that no record
  covers is a further mention of the latest item of its kind before it; its span is the clause
  that says what is done with it (``will not move forward``), not the noun phrase alone;
* an item's **fields** are gathered from all its records (imposer, targets, sponsors, hosts,
  route: the first that names one, lists in order of mention); its ``span`` and ``text`` are
  those of the record that states it most fully (the most fields named, the first on a tie).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Token

from dossier.actors.mentions import ActorIndex
from dossier.records import Agreement, Project, Sanction, Span
from dossier.text.lexicon import tokens_with_lemma

R = TypeVar("R", Sanction, Project)

#: Determiners that make a noun phrase refer back to something already named.
DEFINITE = {"the", "this", "that", "these", "those", "such"}
#: Nouns that refer back to any sanction ("the measures") or any project ("the project").
SANCTION_NOUNS = {"sanction", "measure", "penalty", "restriction", "embargo", "ban", "designation", "freeze",
                  "blacklisting", "curb"}
PROJECT_NOUNS = {"project", "scheme", "venture", "initiative"}
#: Words that make a measure a further round of an earlier one, not a mention of it.
FRESH = {"new", "further", "additional", "fresh", "more", "another", "again", "latest", "expanded", "broader"}
#: Dependencies through which a clause's verb says what is done with its subject or object.
CLAUSE_ARGS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


def definite(token: Token) -> bool:
    """Whether a noun is made definite by its determiner (``the pipeline``, ``these measures``)."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in token.children)


def clause_span(token: Token) -> tuple[int, int]:
    """The token range of the clause that says what is done with the noun ``token``: from its
    verb's subject to the verb's particles, objects and complements (``ensure the pipeline will
    not move forward``: "the pipeline will not move forward"), within its sentence."""
    verb = token.head
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and hops < 3:
        verb, hops = verb.head, hops + 1
    start, end = token.left_edge.i, token.right_edge.i
    if verb.pos_ in ("VERB", "AUX"):
        kids = [c for c in verb.children if c.dep_ not in ("punct", "cc", "conj", "advcl", "ccomp", "parataxis",
                                                              "mark")]
        start = min([start, verb.i] + [c.left_edge.i for c in kids if c.i < verb.i])
        end = max([end, verb.i] + [c.right_edge.i for c in kids if c.i > verb.i])
    sent = token.sent
    return max(start, sent.start), min(end + 1, sent.end)


def _fullness_of_sanction(s: Sanction) -> int:
    return (s.imposer is not None) + len(s.targets) + bool(s.domains)


def _fullness_of_project(p: Project) -> int:
    return sum(bool(x) for x in (p.name, p.origin, p.destination, p.place, p.quantity)) + len(p.sponsors) + len(
        p.hosts)


def _first(records: Sequence, field: str) -> object:
    """The first non-empty value of ``field`` among the records, in order (None when none has one)."""
    return next((getattr(r, field) for r in records if getattr(r, field)), None)


def _union(*lists: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x for xs in lists for x in xs))


def same_sanction(a: Sanction, b: Sanction) -> bool:
    """Two records of one sanction: one measure and status, nothing contradicting, something
    shared, and the later one not said to be a further round (``new``, ``further`` sanctions)."""
    inner, outer = sorted((a, b), key=lambda r: r.span[1] - r.span[0])
    if outer.span[0] <= inner.span[0] and inner.span[1] <= outer.span[1] and (
            set(inner.targets) <= set(outer.targets) or not outer.targets) and inner.imposer in (None, outer.imposer):
        return True  # a fragment of the clause that states the other ("rescind waivers and drive X's exports to zero")
    words = re.findall(r"[a-z]+", b.text.lower())
    if a.measure != b.measure or FRESH & set(words):
        return False
    # "the sanctions on X would hurt ...": a definite mention with no imposer of its own is the
    # measure named before, whatever the modality of what is said of it
    if a.status != b.status and not (b.imposer is None and words[:1] and words[0] in DEFINITE | {"its", "their"}
                                     and set(b.targets) <= set(a.targets)):
        return False
    if a.imposer and b.imposer and a.imposer != b.imposer:
        return False
    if a.targets and b.targets and not set(a.targets) & set(b.targets):
        return False
    return bool(a.imposer and a.imposer == b.imposer or set(a.targets) & set(b.targets))


def _merge_sanctions(records: list[Sanction]) -> Sanction:
    best = max(records, key=lambda r: (_fullness_of_sanction(r), -r.span[0]))
    # a fragment of the clause that states the measure whole: the evidence is the whole clause
    outer = max(records, key=lambda r: r.span[1] - r.span[0])
    if outer.span[0] <= best.span[0] and best.span[1] <= outer.span[1]:
        best = replace(best, span=outer.span, text=outer.text)
    imposer = next((r for r in records if r.imposer), None)
    return replace(best, imposer=imposer.imposer if imposer else None,
                   imposer_text=imposer.imposer_text if imposer else best.imposer_text,
                   targets=_union(*(r.targets for r in records)),
                   domains=tuple(sorted(set(_union(*(r.domains for r in records))))),
                   effects=_union(*(r.effects for r in records)),
                   countermeasures=tuple(sorted(set(_union(*(r.countermeasures for r in records))))))


def _names_agree(a: str | None, b: str | None) -> bool:
    return bool(a and b and (a.lower() in b.lower() or b.lower() in a.lower()))


def same_project(a: Project, b: Project, *, b_definite: bool) -> bool:
    """Two records of one project: one kind, and one name, one route, or a definite back-reference."""
    if a.kind != b.kind:
        return False
    if a.name and b.name:
        return _names_agree(a.name, b.name)
    if a.origin and a.destination and (a.origin, a.destination) == (b.origin, b.destination):
        return True
    return b_definite and not b.name and not (b.origin and b.destination)


def _merge_projects(records: list[Project]) -> Project:
    best = max(records, key=lambda r: (_fullness_of_project(r), -r.span[0]))
    return replace(best, name=_first(records, "name"), origin=_first(records, "origin"),
                   destination=_first(records, "destination"), quantity=_first(records, "quantity"),
                   place=_first(records, "place"),
                   sponsors=_union(*(r.sponsors for r in records)), builders=_union(*(r.builders for r in records)),
                   hosts=_union(*(r.hosts for r in records)))


def _gathered(records: Sequence[R], same: Callable[[R, R, int], bool]) -> list[list[int]]:
    """Records (by index, in order) grouped into items: each joins the latest item it is one with."""
    groups: list[list[int]] = []
    for k, r in enumerate(records):
        g = next((g for g in reversed(groups) if any(same(records[j], r, k) for j in g)), None)
        if g is None:
            groups.append([k])
        else:
            g.append(k)
    return groups


def _references(doc: Doc, index: ActorIndex, nouns: Callable[[Token], str | None], words: set[str],
                covered: list[Span]) -> list[tuple[str, int, Span]]:
    """Definite noun phrases headed by one of ``words`` that refer back to an item: (the kind of
    item they name, their token index, the original span of their clause), where no record
    covers them already."""
    found = []
    for t in tokens_with_lemma(doc, words):
        if t.pos_ != "NOUN" or t.dep_ not in CLAUSE_ARGS or not definite(t):
            continue
        kind = nouns(t)
        if kind is None:
            continue
        s, e = index.orig(t.i, t.i + 1)
        if any(a <= s and e <= b for a, b in covered):
            continue
        found.append((kind, t.i, index.orig(*clause_span(t))))
    return found


def _attached(groups: list[list[int]], records: Sequence[R], refs: list[tuple[str, int, Span]],
              kind_of: Callable[[R], str], *, any_kind: bool) -> list[list[Span]]:
    """Each group's mentions: its records' spans and the references that refer back to it (the
    latest group of the reference's kind mentioned before it; of any kind for a generic word,
    or when ``any_kind`` and none is of its kind)."""
    mentions: list[list[Span]] = [[records[k].span for k in g] for g in groups]
    for kind, _i, span in refs:
        before = [n for n, g in enumerate(groups) if records[g[0]].span[0] < span[0]]
        fitting = [n for n in before if kind == "*" or kind_of(records[groups[n][0]]) == kind]
        if not fitting and any_kind:
            fitting = before
        if fitting:
            latest = max(fitting, key=lambda n: max(m[0] for m in mentions[n] if m[0] < span[0]))
            mentions[latest].append(span)
    return mentions


def _numbered(items: list[R], prefix: str) -> tuple[R, ...]:
    items.sort(key=lambda r: (r.mentions[0] if r.mentions else r.span))
    return tuple(replace(r, id=f"{prefix}{n}") for n, r in enumerate(items, 1))


def sanction_items(doc: Doc, index: ActorIndex, records: Sequence[Sanction], *,
                   measures: dict[str, str]) -> tuple[Sanction, ...]:
    """The sanctions of an article as items, by the rules in the module docstring; ``measures``
    maps a one-word term's lemma to the measure it names."""
    groups = _gathered(records, lambda a, b, _k: same_sanction(a, b))

    def noun(t: Token) -> str | None:
        lemma = t.lemma_.lower()
        return measures.get(lemma) or ("*" if lemma in SANCTION_NOUNS else None)

    refs = _references(doc, index, noun, SANCTION_NOUNS | set(measures), [r.span for r in records])
    # "the embargo" refers to the latest embargo, else (like "the measures") to the latest sanction
    mentions = _attached(groups, records, refs, lambda r: r.measure, any_kind=True)
    items = [replace(_merge_sanctions([records[k] for k in g]), mentions=tuple(sorted(set(m))))
             for g, m in zip(groups, mentions, strict=True)]
    return _numbered(items, "s")


def project_items(doc: Doc, index: ActorIndex, records: Sequence[Project], definite_at: Sequence[bool], *,
                  kind_words: dict[str, str]) -> tuple[Project, ...]:
    """The projects of an article as items, by the rules in the module docstring;
    ``definite_at[k]`` says whether record ``k``'s term is definite, ``kind_words`` maps a
    one-word term's lemma to the project kind it names."""
    groups = _gathered(records, lambda a, b, k: same_project(a, b, b_definite=definite_at[k]))

    def noun(t: Token) -> str | None:
        return kind_words.get(t.lemma_.lower()) or ("*" if t.lemma_.lower() in PROJECT_NOUNS else None)

    refs = _references(doc, index, noun, PROJECT_NOUNS | set(kind_words), [r.span for r in records])
    # "the pipeline" refers to the latest pipeline only; "the project" to the latest project
    mentions = _attached(groups, records, refs, lambda r: r.kind, any_kind=False)
    items = [replace(_merge_projects([records[k] for k in g]), mentions=tuple(sorted(set(m))))
             for g, m in zip(groups, mentions, strict=True)]
    return _numbered(items, "p")


def _words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (name or "").lower()) if w not in ("the", "of", "and", "for")}


def _term_word(text: str, a: Agreement) -> str:
    """The word an agreement's first mention uses for it (``partnership``), singular."""
    words = re.findall(r"[a-z]+", text[a.mentions[0][0]:a.mentions[0][1]].lower()) if a.mentions else []
    return words[-1].removesuffix("s") if words else ""


def same_agreement(a: Agreement, b: Agreement, text: str) -> bool:
    """Two records of one agreement, by the rules in the module docstring."""
    if a.name and b.name:
        small, large = sorted((_words(a.name), _words(b.name)), key=len)
        return bool(small) and small <= large
    if bool(a.name) == bool(b.name) or not a.parties or set(a.parties) != set(b.parties):
        return False
    named, unnamed = (a, b) if a.name else (b, a)
    last = re.findall(r"[a-z]+", (named.name or "").lower())
    return bool(last) and last[-1].removesuffix("s") == _term_word(text, unnamed)


def _merge_agreements(records: list[Agreement]) -> Agreement:
    best = max(records, key=lambda r: (len(r.parties) + bool(r.name) + bool(r.date), -r.span[0]))
    clauses: dict[str, bool] = {}
    for r in records:
        for name, stated in r.clauses:
            clauses.setdefault(name, stated)
    return replace(best, parties=_union(*(r.parties for r in records)), name=_first(records, "name"),
                   date=_first(records, "date"), date_resolved=_first(records, "date_resolved"),
                   clauses=tuple(sorted(clauses.items())),
                   mutual_defense=clauses.get("mutual_defense"), organization=_first(records, "organization"),
                   members=_union(*(r.members for r in records)),
                   mentions=tuple(sorted({m for r in records for m in r.mentions})))


def agreement_items(records: Sequence[Agreement], text: str) -> tuple[Agreement, ...]:
    """The agreements of an article as items, by the rules in the module docstring (``text``:
    the article as read, which the records' offsets index)."""
    groups = _gathered(records, lambda a, b, _k: same_agreement(a, b, text))
    items = [_merge_agreements([records[k] for k in g]) for g in groups]
    items.sort(key=lambda r: r.span)
    return tuple(replace(r, id=f"g{n}") for n, r in enumerate(items, 1))
