"""A one-page brief of an article, as escaped HTML linking to each question's page."""

from __future__ import annotations

from html import escape

from dossier.actors.sides import capacity
from dossier.records import Dossier

#: Which claims a brief shows first: quotations of officials, then other quotations, then the rest.
KIND_RANK = {"direct": 0, "partial": 0, "denial": 1, "indirect": 2, "according_to": 2, "document": 3}
CAPACITY_RANK = {"official": 0, "state": 0, "analyst": 1, "media": 2}


def _section(title: str, href: str, items: list[str], empty: str) -> str:
    body = "".join(f"<li>{i}</li>" for i in items) if items else f"<li><em>{escape(empty)}</em></li>"
    return f'<h3>{escape(title)} <small>(<a href="{escape(href)}">details</a>)</small></h3><ul>{body}</ul>'


def brief_html(d: Dossier, *, pages: dict[str, str], top: int = 6) -> str:
    """Title and source, then the main actors, claims, sanctions, projects and agreements."""
    by_id = {a.id: a for a in d.actors}
    name = {a.id: a.name for a in d.actors}
    head = escape(d.article.title or d.article.id)
    source = " · ".join(escape(x) for x in (d.article.outlet, d.article.date, d.article.url) if x)
    parts = [f"<h2>{head}</h2>", f"<p>{source or 'Source and date not given (no sidecar).'}</p>"]
    parts += [f'<p style="color:#b03a2e"><b>Warning:</b> {escape(w)}</p>' for w in d.article.warnings]
    main = sorted((a for a in d.actors if a.type != "place"), key=lambda a: (-len(a.mentions), a.mentions[0]))[:8]
    parts.append(_section("Main actors", pages.get("actors", "actors.html"), [
        f"<b>{escape(a.name)}</b> ({escape(a.type)}{', ' + escape('; '.join(a.roles)) if a.roles else ''}"
        f"{', ' + escape(a.affiliation) if a.affiliation else ''}): {len(a.mentions)} mentions" for a in main],
        "No actors found."))

    def rank(c):
        actor = by_id.get(c.speaker) if c.speaker else None
        return (KIND_RANK.get(c.kind, 4), CAPACITY_RANK.get(capacity(actor, c.speaker_text, c.kind), 3), c.span[0])

    claims = sorted(d.claims, key=rank)[:top]
    parts.append(_section("Key claims", pages.get("claims", "claims.html"), [
        f"<b>{escape(name.get(c.speaker, '') or c.speaker_text or 'unattributed')}</b> ({escape(c.kind)}): "
        f"“{escape(c.text)}”" for c in sorted(claims, key=lambda c: c.span[0])], "No claims found."))
    parts.append(_section("Sanctions", pages.get("sanctions", "sanctions.html"), [
        f"{escape(name.get(s.imposer, s.imposer_text or 'unstated imposer'))} → "
        f"{escape(', '.join(name.get(t, t) for t in s.targets) or 'unstated target')} "
        f"({escape(s.status)}): {escape(s.text)}" for s in d.sanctions], "No sanctions found."))
    parts.append(_section("Projects", pages.get("projects", "projects.html"), [
        f"<b>{escape(p.kind.replace('_', ' '))}</b> ({escape(p.status.replace('_', ' '))})"
        f"{': ' + escape(p.name) if p.name else ''}, sponsors "
        f"{escape(', '.join(name.get(x, x) for x in p.sponsors) or 'not stated')}" for p in d.projects],
        "No projects found."))
    parts.append(_section("Agreements", pages.get("agreements", "agreements.html"), [
        f"<b>{escape(g.name or 'Agreement')}</b> between {escape(', '.join(name.get(x, x) for x in g.parties))}"
        f"{' (' + escape(g.date) + ')' if g.date else ''}; mutual defence: "
        f"{ {True: 'yes', False: 'no', None: 'not stated'}[g.mutual_defense]}" for g in d.agreements],
        "No agreements found."))
    return "<div class=\"dossier-brief\">" + "".join(parts) + "</div>"
