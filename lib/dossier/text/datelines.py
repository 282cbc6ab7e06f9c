"""Datelines: the date line and the place-and-agency opening that news copy starts with.

A first line that is only a date (``Sunday, October 27, 2019``, ``27 October 2019``,
``2019-10-27``) is the article's date, not its title; a body that opens with a place in
capitals, an optional agency in brackets and a dash (``PORTO (Reuters) —``) names where the
story was filed and who filed it, not a title or a speaker. :func:`find` returns both, with
their offsets in the text as read; the text itself is never changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dossier.records import Span

MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
#: A line holding only a date: weekday optional, month by name (either order) or ISO.
DATE_LINE = re.compile(
    rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')},?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))",
    re.IGNORECASE)
#: A place in capitals (with an optional region or country after a comma), an optional agency in
#: brackets, then a dash: ``PORTO (Reuters) —``, ``KYIV, Ukraine (AP) --``, ``WASHINGTON —``,
#: ``GOMA, Democratic Republic of Congo -``, ``ADEN/NEW YORK -``, and a wire's date after it
#: (``BRUSSELS, Oct 14 -``, ``KASTEL, 2 October -``).
PLACE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'.\-/]+(?: [A-Z][A-Z'.\-/]+){0,3}"
    r"(?:, (?![A-Z][a-z]{2,8}\.? \d)[A-Z][A-Za-z'.\-]+(?: (?:[A-Z][A-Za-z'.\-]+|of|the|and)){0,4})?)"
    r"(?:, (?P<dated>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?))?"
    r"(?: \((?P<agency>[A-Z][A-Za-z&.\- ]{0,40})\))?"
    r"(?: ?[—–] ?| --? )")
#: How many of the first non-blank lines may hold a dateline (a date line, a headline, the body).
LINES = 3
#: A line with more words than this after the dash is body text even without a final full stop.
BODY_WORDS = 18


@dataclass(frozen=True)
class Dateline:
    """What an article's opening says about where and when it was filed, with the offsets of the
    words that say it (``None`` where it says nothing)."""

    date: str | None = None  # ISO date of a date line
    date_span: Span | None = None
    text: str | None = None  # the place dateline as written, dash included: "PORTO (Reuters) —"
    span: Span | None = None
    place: str | None = None  # "PORTO"
    agency: str | None = None  # "Reuters"


def iso_date(line: str) -> str | None:
    """The ISO date a line holding only a date gives, or None (also for an impossible date)."""
    m = DATE_LINE.fullmatch(line.strip())
    if not m:
        return None
    if m["iso"]:
        year, month, day = (int(x) for x in m["iso"].split("-"))
    else:
        year = int(m["year"] or m["year2"])
        month = MONTHS[(m["month"] or m["month2"]).lower()]
        day = int(m["day"] or m["day2"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _lines(text: str) -> list[tuple[int, int]]:
    """The first :data:`LINES` non-blank lines as ``[start, end)`` spans, surrounding spaces left out."""
    found = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        stripped = m.group().strip()
        if not stripped:
            continue
        start += len(m.group()) - len(m.group().lstrip())
        end -= len(m.group()) - len(m.group().rstrip())
        found.append((start, end))
        if len(found) == LINES:
            break
    return found


def _is_body(rest: str) -> bool:
    """Body text after a dateline: a sentence (ends in a full stop, question or exclamation mark,
    or a closing quotation mark) or a line longer than a headline, not a headline's second half."""
    rest = rest.strip()
    return bool(rest) and (rest.endswith((".", "!", "?", "”", '"', "’")) or len(rest.split()) > BODY_WORDS)


def find(text: str) -> Dateline:
    """The date line and the place dateline at the start of ``text``, when there are any."""
    date = date_span = None
    for start, end in _lines(text):
        line = text[start:end]
        if date is None and (iso := iso_date(line)):
            date, date_span = iso, (start, end)
            continue
        m = PLACE_DATELINE.match(line)
        if m and len(m["place"].replace(",", "").replace(" ", "")) >= 2 and _is_body(line[m.end():]):
            stop = start + m.end()
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            return Dateline(date=date, date_span=date_span, text=text[start:stop], span=(start, stop),
                            place=m["place"], agency=m["agency"].strip() if m["agency"] else None)
    return Dateline(date=date, date_span=date_span)
