"""Tables as a question page shows them: complete, sortable and filterable in the page (one
small inline script, nothing from a CDN), each row linked to its words on its article's page.

pandas shows the first and last rows of a long frame and cuts long text; an analyst reading a
question page across forty articles needs every row and every word. :class:`Shown` is a
``DataFrame`` that renders itself so in Jupyter and in nbconvert's HTML; everything computed from
it is a plain frame again, so figures and CSV files see the same data.
"""

from __future__ import annotations

from html import escape
from typing import Any

import pandas as pd

#: The record kind whose words a table's rows point to, by the name the table is saved under.
ROW_KINDS = {"claims": "claim", "sanctions": "sanction", "sanction_pairs": "sanction", "projects": "project",
             "agreements": "agreement", "agreement_parties": "agreement", "actors": "actor", "mentions": "actor",
             "contested": "claim", "sanction_mentions": "sanction", "project_mentions": "project",
             "agreement_mentions": "agreement"}
#: Columns holding the record id a row's link goes to, by table name (default ``id``).
ID_COLUMN = {"sanction_pairs": "sanction", "agreement_parties": "agreement", "mentions": "actor",
             "contested": "claim"}

#: Columns that hold actors' names ("; " between several): each links to the actor's page.
ACTOR_COLUMNS = {"speaker", "imposer", "targets", "target", "sponsors", "builders", "hosts", "parties", "party",
                 "claimed_by", "countered_by", "name_a", "name_b"}

SCRIPT = """<script>(function (box) {
  var table = box.querySelector("table"), body = table.tBodies[0], filter = box.querySelector("input");
  var shown = box.querySelector(".dossier-shown"), heads = table.tHead.rows[0].cells;
  var rows = Array.prototype.slice.call(body.rows);
  function plain(s) { return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase(); }
  var texts = rows.map(function (r) { return plain(r.textContent + " " + (r.dataset.search || "")); });
  filter.addEventListener("input", function () {
    var words = plain(filter.value).split(/\\s+/).filter(Boolean), n = 0;
    rows.forEach(function (r, i) {
      var keep = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !keep; if (keep) { n += 1; }
    });
    shown.textContent = n + " of " + rows.length + " rows";
  });
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener("click", function () {
      var num = th.dataset.type === "number", was = th.getAttribute("aria-sort");
      var asc = was ? was !== "ascending" : !num;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var order = rows.map(function (r, k) { return k; });
      order.sort(function (a, b) {
        var x = rows[a].cells[i].dataset.v || rows[a].cells[i].textContent.trim();
        var y = rows[b].cells[i].dataset.v || rows[b].cells[i].textContent.trim();
        var c = num ? Number(x) - Number(y) : x.localeCompare(y);
        return (asc ? c : -c) || a - b;
      });
      order.forEach(function (k) { body.appendChild(rows[k]); });
    });
  });
})(document.currentScript.parentElement);</script>"""

#: (``!important``: the lab template right-aligns every cell of rendered HTML.)
STYLE = """<style>.dossier-table{font:13px/1.45 system-ui,sans-serif;max-width:100%;overflow-x:auto}
.dossier-table input{font:inherit;padding:.2em .4em;margin:.2em 0 .4em;min-width:16em;max-width:100%}
.dossier-table table{border-collapse:collapse;table-layout:auto}
.dossier-table th{cursor:pointer;position:sticky;top:0;background:#f4f6f7;white-space:nowrap}
.dossier-table th[aria-sort=ascending]::after{content:" \\25B2"}
.dossier-table th[aria-sort=descending]::after{content:" \\25BC"}
.dossier-table table td,.dossier-table table th{text-align:left!important;border-bottom:1px solid #e5e8e8;
padding:.2em .5em;vertical-align:top;overflow-wrap:break-word}.dossier-table table td.n{text-align:right!important}
.dossier-table td.text{min-width:18em;max-width:48em}.dossier-table td.link{white-space:nowrap}</style>"""


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _cell(value: Any) -> str:
    if value is None or isinstance(value, float) and pd.isna(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Shown(pd.DataFrame):
    """A data frame shown whole, sortable and filterable; ``name`` is the table's name (which
    record kind its rows link to), ``titles`` maps article ids to titles, ``pages`` is the
    relative path of the folder that holds the article pages (``../..`` from a question page)."""

    _metadata = ["name", "titles", "pages", "article", "actor_pages"]

    @property
    def _constructor(self) -> type[pd.DataFrame]:
        return pd.DataFrame

    @classmethod
    def of(cls, df: pd.DataFrame, *, name: str, titles: dict[str, str], pages: str, article: str,
           actor_pages: dict[str, str] | None = None) -> Shown:
        """``df`` to be shown: ``article`` is the article of a table without an ``article`` column;
        ``actor_pages`` maps actor names to their entity pages, which the names link to."""
        shown = cls(df)
        shown.name, shown.titles, shown.pages, shown.article = name, titles, pages, article
        shown.actor_pages = actor_pages or {}
        return shown

    def _link(self, row: dict[str, Any]) -> str | None:
        kind = ROW_KINDS.get(self.name)
        record = row.get(ID_COLUMN.get(self.name, "id"))
        article = row.get("article") or self.article
        if not kind or not isinstance(record, str) or not record or not article:
            return None
        record = record.split(":", 1)[1] if record.startswith(f"{article}:") else record
        anchor = f"at-{kind}-{record}" + (f"-{row['mention']}" if "mention" in row else "")
        return f"{self.pages}/{article}/index.html#{anchor}"

    def _repr_html_(self) -> str:  # noqa: D401 - Jupyter's display hook
        # a column empty in every row (a project's coordinates when no place is known) is left out of the page
        shown_columns = [c for c in self.columns if len(self) == 0 or any(_cell(v) for v in self[c])]
        hidden = len(self.columns) - len(shown_columns)
        columns = [str(c) for c in shown_columns]
        numeric = [pd.api.types.is_numeric_dtype(self[c]) and not pd.api.types.is_bool_dtype(self[c])
                   for c in shown_columns]
        head = "".join(f'<th{" data-type=number" if num else ""} title="sort">{escape(c)}</th>'
                       for c, num in zip(columns, numeric, strict=True))
        note = (f' <span class="dossier-note">({hidden} empty column{"s" if hidden != 1 else ""} not shown; '
                f'the CSV has them)</span>') if hidden else ""
        head = ('<th title="sort">words</th>' if self._has_links() else "") + head
        body = []
        for row in self.to_dict("records"):
            cells = []
            link = self._link(row)
            if self._has_links():
                cells.append(f'<td class="link"><a href="{escape(link)}">evidence</a></td>' if link else "<td></td>")
            for c, num in zip(shown_columns, numeric, strict=True):
                value = row[c]
                text = _cell(value)
                if c == "article" and text in self.titles:
                    title = self.titles[text] or text
                    cells.append(f'<td data-v="{escape(title)}"><a href="{escape(self.pages)}/{escape(text)}/'
                                 f'index.html" title="{escape(text)}">{escape(title)}</a></td>')
                elif c in ACTOR_COLUMNS and self.actor_pages and text:
                    cells.append("<td>" + "; ".join(
                        f'<a href="{escape(self.actor_pages[n])}">{escape(n)}</a>' if n in self.actor_pages
                        else escape(n) for n in text.split("; ")) + "</td>")
                elif num:
                    cells.append(f'<td class="n" data-v="{escape(text or "0")}">{escape(text)}</td>')
                else:
                    wide = ' class="text"' if c in ("text", "quote", "claim_text", "counter_text") else ""
                    cells.append(f"<td{wide}>{escape(text)}</td>")
            article = _cell(row.get("article", ""))  # the id, which the row shows as the title
            body.append((f'<tr data-search="{escape(article)}">' if article else "<tr>") + "".join(cells) + "</tr>")
        n = len(self)
        return (f'{STYLE}<div class="dossier-table"><input type="search" placeholder="Filter rows: words, '
                f'names, text" aria-label="Filter rows"> <span class="dossier-shown">{n} of {n} rows</span>{note}'
                f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{SCRIPT}</div>')

    def _has_links(self) -> bool:
        return self.name in ROW_KINDS and (ID_COLUMN.get(self.name, "id") in self.columns)
