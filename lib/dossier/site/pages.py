"""Each article's drill-down page, made from its records through a template, with no kernel.

The page shows the article's brief, then its text with every record's evidence highlighted
and linked (claims tinted by kind, actor mentions underlined by type, sanctions, projects and
agreements outlined), then one table per kind of record whose rows link back to the words
they come from. It is built from the ``dossier/1`` records and the text alone, so it takes
milliseconds and needs no notebook; the question notebooks (``outputs/questions/``) answer
each question across all articles. Every piece of article text is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import escape

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from dossier.config import PACKAGE
from dossier.records import Dossier
from dossier.site import brief
from dossier.site.figures import KIND_COLOURS, TYPE_COLOURS

TEMPLATES = PACKAGE / "templates"
#: Blank lines beyond the first between two paragraphs (hidden on the page, kept in its text).
GAPS = re.compile(r"\n\n(\n+)")
#: Outline colours of the records that are neither claims nor actors.
RECORD_COLOURS = {"sanction": "#b03a2e", "project": "#1e8449", "agreement": "#6c3483"}


@dataclass(frozen=True)
class Mark:
    """A stretch of the text that one record covers: ``kind`` of record, its id, its style class."""

    start: int
    end: int
    kind: str  # actor, claim, sanction, project, agreement
    id: str
    css: str
    tip: str
    n: int = 0  # the number of an item's mention (1, 2, ...), 0 for actors and claims


def item_mentions(d: Dossier) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Every span of each sanction, project and agreement, by (kind, id), in text order: the
    record's own span and its mentions, numbered from 1 in this order on the page."""
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for kind, records in (("sanction", d.sanctions), ("project", d.projects), ("agreement", d.agreements)):
        for r in records:
            out[(kind, r.id)] = sorted({tuple(r.span), *(tuple(m) for m in r.mentions)})
    return out


def marks(d: Dossier) -> list[Mark]:
    """Every span of evidence in the records: each actor mention, claim, and every mention of
    each sanction, project and agreement, sorted by start, longest first."""
    names = {a.id: a.name for a in d.actors}
    found = [Mark(s, e, "actor", a.id, f"t-{a.type}", f"{a.name} ({a.type})") for a in d.actors for s, e in a.mentions]
    found += [Mark(*c.span, "claim", c.id, f"k-{c.kind}",
                   f"{c.id} · {c.kind} · {names.get(c.speaker or '', '') or c.speaker_text or 'unattributed'}")
              for c in d.claims]
    tips = {**{("sanction", s.id): f"{s.id} · sanction · {s.status}" for s in d.sanctions},
            **{("project", p.id): f"{p.id} · {p.kind} · {p.status}" for p in d.projects},
            **{("agreement", g.id): f"{g.id} · {g.name or 'agreement'}" for g in d.agreements}}
    found += [Mark(s, e, kind, rid, f"r-{kind}", f"{tips[kind, rid]} · mention {n} of {len(spans)}", n)
              for (kind, rid), spans in item_mentions(d).items() for n, (s, e) in enumerate(spans, 1)]
    return sorted((m for m in found if m.end > m.start), key=lambda m: (m.start, -m.end, m.kind, m.id))


def highlighted(text: str, d: Dossier) -> Markup:
    """The article ``text`` as HTML: each stretch covered by records wrapped in a link to the
    innermost record (the one covering the shortest span), carrying the style of every record
    that covers it and all of them in its tooltip; the first stretch of each record gets the
    anchor ``at-<kind>-<id>`` that the tables link to."""
    found = marks(d)
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    anchored: set[tuple] = set()  # (kind, id), and (kind, id, n) for an item's mentions
    parts = []
    active: list[Mark] = []
    pending = iter(found)
    nxt = next(pending, None)
    for a, b in zip(cuts, cuts[1:], strict=False):
        while nxt is not None and nxt.start <= a:
            active.append(nxt)
            nxt = next(pending, None)
        active = [m for m in active if m.end > a]
        # a run of blank lines shows as one paragraph break; the extra line ends stay in the text, hidden
        chunk = Markup(GAPS.sub(lambda m: f'\n\n<span class="gap">{m.group(1)}</span>', str(escape(text[a:b]))))
        covering = [m for m in active if m.start <= a and b <= m.end]
        if not covering:
            parts.append(chunk)
            continue
        inner = min(covering, key=lambda m: (m.end - m.start, m.kind, m.id))
        classes = " ".join(sorted({m.css for m in covering} | {f"is-{m.kind}" for m in covering}))
        ids = ""
        first = [m for m in covering if (m.kind, m.id) not in anchored]
        for m in first:
            anchored.add((m.kind, m.id))
        if first:
            ids = "".join(f'<span id="at-{escape(m.kind)}-{escape(m.id)}"></span>' for m in first)
        for m in covering:  # each mention of an item gets an anchor of its own, which its table links to
            if m.n and (m.kind, m.id, m.n) not in anchored:
                anchored.add((m.kind, m.id, m.n))
                ids += f'<span id="at-{escape(m.kind)}-{escape(m.id)}-{m.n}"></span>'
        tip = " | ".join(dict.fromkeys(m.tip for m in covering))
        parts.append(f'{ids}<a class="{classes}" href="#{escape(inner.kind)}-{escape(inner.id)}" '
                     f'title="{escape(tip)}">{chunk}</a>')
    return Markup("".join(parts))


def _style() -> Markup:
    rules = [f".dossier-evidence .k-{k} {{background: {c}40;}}" for k, c in KIND_COLOURS.items()]
    rules += [f".dossier-evidence .t-{t} {{border-bottom: 2px solid {c};}}" for t, c in TYPE_COLOURS.items()]
    rules += [f".dossier-evidence .r-{r} {{outline: 1px dashed {c};}}" for r, c in RECORD_COLOURS.items()]
    return Markup("\n".join(rules))


@cache
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))


def article_page(d: Dossier, text: str, *, provenance: dict, questions: list[dict], index_href: str) -> str:
    """The drill-down page of one article: brief, highlighted text and record tables."""
    names = {a.id: a.name for a in d.actors}
    sections = {"actors": "#actors", "claims": "#claims", "sanctions": "#sanctions", "projects": "#projects",
                "agreements": "#agreements"}
    return _env().get_template("article.html.j2").render(
        d=d, text=highlighted(text, d), names=names, spans=item_mentions(d),
        brief=Markup(brief.brief_html(d, pages=sections)),
        style=_style(), kinds=KIND_COLOURS, types=TYPE_COLOURS, records=RECORD_COLOURS, p=provenance,
        questions=questions, index_href=index_href)
