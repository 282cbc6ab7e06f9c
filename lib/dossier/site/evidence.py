"""The article as HTML with evidence highlighted, for reading claims in their context.

All article text, names and claim words are escaped; nothing from the article is ever
interpreted as markup.
"""

from __future__ import annotations

from html import escape

from dossier.records import Dossier
from dossier.site.figures import KIND_COLOURS

STYLE = """<style>
.dossier-evidence {font-family: Georgia, serif; line-height: 1.6; max-width: 52em; white-space: pre-wrap;}
.dossier-evidence mark {padding: 0 .1em; border-radius: .2em;}
.dossier-evidence .who {font: 600 .72em sans-serif; color: #333; background: #eee; border-radius: .3em;
  padding: 0 .3em; margin-left: .2em; white-space: nowrap;}
.dossier-legend span {font: .8em sans-serif; padding: .1em .4em; margin-right: .4em; border-radius: .2em;}
</style>"""


def _tint(colour: str) -> str:
    return colour + "40"  # the kind's colour at 25% opacity


def claims_html(text: str, dossier: Dossier) -> str:
    """The article ``text`` with every claim highlighted by kind, its speaker shown beside it and
    on hover; overlapping claims take the colour of the earlier one."""
    by_id = {a.id: a for a in dossier.actors}
    claims = sorted(dossier.claims, key=lambda c: (c.span[0], -c.span[1]))
    cuts = sorted({0, len(text), *(c.span[0] for c in claims), *(c.span[1] for c in claims)})
    parts = [STYLE, '<div class="dossier-legend">']
    parts += [f'<span style="background:{_tint(col)}">{escape(kind)}</span>' for kind, col in KIND_COLOURS.items()]
    parts.append('</div><div class="dossier-evidence">')
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in claims if c.span[0] <= a and b <= c.span[1]]
        chunk = escape(text[a:b])
        if not covering:
            parts.append(chunk)
            continue
        c = covering[0]
        who = by_id[c.speaker].name if c.speaker in by_id else (c.speaker_text or "unattributed")
        tip = f"{c.id} · {c.kind} · {who}" + (f" · via {c.via}" if c.via else "")
        parts.append(f'<mark style="background:{_tint(KIND_COLOURS[c.kind])}" title="{escape(tip)}">{chunk}</mark>')
        if b == c.span[1]:
            parts.append(f'<span class="who">{escape(who)}</span>')
    parts.append("</div>")
    return "".join(parts)
