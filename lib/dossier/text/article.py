"""An article as read from disk, its metadata sidecar, and a normalized view for parsing.

Offsets everywhere in dossier index :attr:`Article.text`, the file decoded as UTF-8 the way
Python's ``open(path, encoding="utf-8").read()`` reads it. The parser sees
:attr:`Article.normalized`, a cleaned copy that keeps a character map back to that text.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

from dossier.config import MAX_ARTICLE_BYTES
from dossier.errors import DossierError
from dossier.records import TitleSource
from dossier.text import datelines, sources
from dossier.text.datelines import Dateline
from dossier.text.ids import safe_id
from dossier.text.sources import DEFAULT_COLUMNS, PAGE_SUFFIXES, TABLE_SUFFIXES, Columns

META_FIELDS = ("title", "outlet", "date", "url", "language", "source")
#: Suffixes of the files a folder is read for: plain text, saved web pages, tables of articles.
ARTICLE_SUFFIXES = (".txt", *PAGE_SUFFIXES, *TABLE_SUFFIXES)
#: Elements of HTML (not invented placeholders such as ``<tweet/>``): many of them at the start of a
#: file make it a page, even without ``<html>``.
HTML_ELEMENTS = ("a", "article", "b", "br", "div", "em", "footer", "h1", "h2", "h3", "header", "i", "img", "li",
                 "link", "meta", "nav", "p", "script", "section", "span", "strong", "style", "table", "td",
                 "title", "tr", "ul")
HTML_TAG = re.compile(r"<(?:/?(?:" + "|".join(HTML_ELEMENTS) + r"))(?:\s[^<>]*)?/?>", re.IGNORECASE)
#: How many HTML element tags in the first 2,000 characters make a file without ``<html>`` a page.
HTML_TAGS_MIN = 10
#: The most frequent English function words (articles, prepositions, pronouns, auxiliaries).
ENGLISH_FUNCTION_WORDS = frozenset((
    "the", "a", "an", "of", "to", "in", "and", "or", "but", "for", "on", "at", "by", "with", "from", "as",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "these",
    "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "not", "no", "will",
    "would", "can", "could", "said",
))
#: Below this share of English function words an article gets a language warning.
ENGLISH_MIN = 0.12

#: Double quotation marks of many typographic traditions, mapped to the English curly pair.
OPENING_QUOTES = "“„‟«"
CLOSING_QUOTES = "”»"
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\ufeff"
ZERO_WIDTH = "\u200b\u200c\u200d\u00ad"

# Machine-translation debris: a sentence made of one lower-case speech verb ("... other. said.")
# or a lone full stop after a closing quotation mark ("aggression.” .").
DEBRIS = re.compile(r"(?<=[.!?”\"’])(\s+)(?:(?:said|spoke|added|says|stated|noted)\.|\.)(?=\s|$)")


#: A first line reads as a headline when it has at most this many words and characters.
HEADLINE_MAX_WORDS = 18
HEADLINE_MAX_CHARS = 140
#: A first sentence standing in for a title is cut, at a word boundary, to at most this length.
TITLE_MAX_CHARS = 90
#: ... and is taken only when it has at least this many words.
TITLE_MIN_WORDS = 3
#: How many of the first sentences are tried for one that reads as prose.
TITLE_SENTENCES = 5
SENTENCE_END = ".!?…"
CLOSERS = "”’\"')]»"


@dataclass(frozen=True)
class Meta:
    """What the optional sidecar ``NAME.meta.json`` says about the article."""

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None  # the page or table (with its row) the text was extracted from


@dataclass(frozen=True)
class NormalizedText:
    """Text for the parser, with ``origin[i]`` the index in the original of character ``i``."""

    text: str
    origin: array  # array("l"): compact where a tuple of ints would cost ~36 bytes a character
    original: str = field(default="", repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalized text to the original text."""
        if end <= start:
            i = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return i, i
        return self.origin[start], self.origin[end - 1] + 1


#: The replacements of :func:`normalize` that keep one character for one, as a translate table.
ONE_FOR_ONE = str.maketrans({**dict.fromkeys(OPENING_QUOTES, "“"), **dict.fromkeys(CLOSING_QUOTES, "”"),
                             **dict.fromkeys(SPACES, " ")})
STRAIGHT_QUOTE = re.compile('"')


def _curled(text: str, i: int) -> str:
    """The curly quotation mark a straight one at ``i`` stands for: after a space it opens,
    unless a space follows as well (``,' " said X``: it closes)."""
    prev = text[i - 1] if i else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    return "“" if (prev.isspace() and not (nxt.isspace() and prev not in "\n")) or prev in "([{—–-" else "”"


def normalize(text: str) -> NormalizedText:
    """Straighten out what trips the parser, keeping a map to the original characters.

    Rules: opening and closing double quotes of other traditions become “ and ”; straight
    double quotes become “ or ” by position (after a space or at a line start: opening, unless
    a space follows as well);
    unusual spaces become a plain space; zero-width characters and soft hyphens are dropped;
    machine-translation debris (a lone ``said.`` after a finished sentence, a stray ``.``
    after a quotation) is blanked out with spaces, so it can never be reported as a claim.
    """
    blank = set()
    for m in DEBRIS.finditer(text):
        blank.update(range(m.end(1), m.end()))
    if not any(z in text for z in ZERO_WIDTH):  # one character for one: no per-character walk needed
        chars = list(text.translate(ONE_FOR_ONE))
        for i in blank:
            chars[i] = " "
        for m in STRAIGHT_QUOTE.finditer(text):
            if m.start() not in blank:
                chars[m.start()] = _curled(text, m.start())
        return NormalizedText("".join(chars), array("l", range(len(text))), text)
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            continue
        if i in blank:
            ch = " "
        elif ch in OPENING_QUOTES:
            ch = "“"
        elif ch in CLOSING_QUOTES:
            ch = "”"
        elif ch == '"':
            ch = _curled(text, i)
        elif ch in SPACES:
            ch = " "
        out.append(ch)
        origin.append(i)
    return NormalizedText("".join(out), array("l", origin), text)


@dataclass(frozen=True)
class Article:
    """One article: its id (the file stem), where its text is, its text and metadata. An article
    extracted from a page or a table row has ``extracted`` set: its text is kept at ``path`` by
    :func:`keep`, with the metadata as a sidecar."""

    id: str
    path: Path
    text: str
    meta: Meta = field(default_factory=Meta)
    warnings: tuple[str, ...] = ()
    extracted: bool = False

    @cached_property
    def dateline(self) -> Dateline:
        """The date line and place dateline the text opens with (:mod:`dossier.text.datelines`)."""
        return datelines.find(self.text)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @cached_property
    def normalized(self) -> NormalizedText:
        return normalize(self.text)


def headline(text: str) -> str | None:
    """The article's first line when it reads as a headline, else None.

    A headline is short (at most :data:`HEADLINE_MAX_WORDS` words, two at least), starts with a
    letter, digit or quotation mark, does not end in a full stop (a question or exclamation
    mark may end one), and is followed by body text: a line that ends a sentence or is longer
    than a headline. Articles saved from the web often start with their headline; wire copy and
    press releases start with their first paragraph, which ends in a full stop. A first line
    holding only a date is passed over, and a line opening with a place dateline
    (``PORTO (Reuters) —``) is body text, never a headline.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and datelines.iso_date(lines[0]):
        lines = lines[1:]  # a date line is the article's date, not its title
    if len(lines) < 2:
        return None
    first, body = lines[0], lines[1]
    words = first.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(first) > HEADLINE_MAX_CHARS:
        return None
    if not (first[0].isalnum() or first[0] in OPENING_QUOTES + "\"'‘"):
        return None
    if first.rstrip(CLOSERS).endswith((".", ",", ";", ":")):
        return None
    if not (body.rstrip(CLOSERS).endswith(tuple(SENTENCE_END)) or len(body.split()) > HEADLINE_MAX_WORDS):
        return None
    if datelines.find(first + "\n").text:
        return None
    return first


def shorten(sentence: str, limit: int = TITLE_MAX_CHARS) -> str:
    """A sentence as a title: spaces collapsed, the final full stop or colon dropped, and when longer
    than ``limit`` cut at the last word boundary before it, with an ellipsis."""
    text = " ".join(sentence.split()).rstrip(":;,")
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    cut = cut[:cut.rindex(" ")] if " " in cut else cut[:limit]
    return cut.rstrip(" ,;:–—-(") + "…"


def _reads_as_prose(sentence: str) -> bool:
    """A sentence made of words: it starts with a letter, digit or quotation mark and has at
    least :data:`TITLE_MIN_WORDS` words (not a map legend, a rule or a stray label)."""
    text = sentence.strip()
    return bool(text) and (text[0].isalnum() or text[0] in OPENING_QUOTES + "\"'‘") \
        and len(text.split()) >= TITLE_MIN_WORDS


def title(article: Article, sentences: Sequence[str] = ()) -> tuple[str | None, TitleSource | None]:
    """An article's title and where it comes from: the sidecar's ``title``, else the first line
    when it reads as a :func:`headline`, else the first of ``sentences`` (from the parse, in
    order) that reads as prose, cut at a word boundary by :func:`shorten`; ``(None, None)``
    when there is none of these."""
    if article.meta.title and article.meta.title.strip():
        return " ".join(article.meta.title.split()), "sidecar"
    line = headline(article.text)
    if line:
        return line, "headline"
    for sentence in sentences:
        if _reads_as_prose(sentence):
            return shorten(sentence), "first_sentence"
    return None, None


def title_sentences(article: Article, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The texts of sentence ``spans`` that may stand in for a title: a date line left out, and a
    place dateline cut off the sentence it opens."""
    d = article.dateline
    skip_to = max((span[1] for span in (d.date_span, d.span) if span), default=0)
    return [article.text[max(start, skip_to):end] for start, end in spans if max(start, skip_to) < end]


def read_meta(path: Path) -> Meta:
    """Read the sidecar ``NAME.meta.json`` next to ``path``, or empty metadata if there is none."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return Meta()
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DossierError(f"{sidecar}: not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise DossierError(f"{sidecar}: must hold a JSON object")
    values = {}
    for key in META_FIELDS:
        v = data.get(key)
        if v is not None and not isinstance(v, str):
            raise DossierError(f"{sidecar}: field {key!r} must be a string")
        values[key] = v
    return Meta(**values)


def looks_like_html(text: str) -> bool:
    """An HTML document rather than an article's text: it starts with a doctype or an ``<html>``
    element, holds a ``<head>`` or ``<body>`` element, or at least :data:`HTML_TAGS_MIN` tags of
    HTML elements (:data:`HTML_ELEMENTS`) make up its start. A text with a few tags, or with
    placeholders such as ``<tweet/>``, is text."""
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head):
        return True
    if re.search(r"<(?:head|body)(?:\s[^<>]*)?>", head):
        return True
    return len(HTML_TAG.findall(head)) >= HTML_TAGS_MIN


def guess_english(text: str) -> float:
    """Share of the words that are English function words; English prose is near 0.4, other
    languages near 0. A cue for a warning, not a language identifier."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def _article(ident: str, path: Path, text: str, meta: Meta, *, extracted: bool = False) -> Article:
    """An article with its warnings, and the date its date line gives when the sidecar gives none."""
    found = datelines.find(text)
    if found.date and not meta.date:
        meta = replace(meta, date=found.date)
    warnings = []
    if (meta.language and not meta.language.lower().startswith("en")) or guess_english(text) < ENGLISH_MIN:
        warnings.append("the article does not look like English: the English model's results are unreliable")
    return Article(id=ident, path=path, text=text, meta=meta, warnings=tuple(warnings), extracted=extracted)


def _raw(path: Path, limit: int) -> bytes:
    """The bytes of an input file; a missing path, a folder or a file over ``limit`` is an error."""
    if not path.exists():
        raise DossierError(f"{path}: no such file")
    if path.is_dir():
        raise DossierError(f"{path}: is a directory, not an article file")
    size = path.stat().st_size
    if size > limit:
        raise DossierError(f"{path}: {size} bytes is over the limit of {limit} bytes per article")
    return path.read_bytes()


def _from_page(path: Path, html: str | bytes) -> Article:
    """The article of a saved web page (:func:`dossier.text.sources.page`), to be kept as text."""
    item = sources.page(path, html)
    return _article(item.id, sources.kept_folder(path) / f"{item.id}.txt", item.text, Meta(**item.meta),
                    extracted=True)


def load(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read an article file (UTF-8 text unless told otherwise) and its optional sidecar, or a saved
    web page (``.html``, or a file that is an HTML document: its main text and metadata by
    trafilatura); refuse what is not an article: a missing or empty file, binary data, text in
    another encoding, a file over :data:`~dossier.config.MAX_ARTICLE_BYTES`, a table of many
    articles (:func:`read` reads those)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        raise DossierError(f"{path}: a table of articles, one a row; give it to `dossier extract` or `dossier run`")
    if suffix in PAGE_SUFFIXES:
        raw = _raw(path, sources.MAX_PAGE_BYTES)
        if b"\x00" in raw:
            raise DossierError(f"{path}: binary data (NUL bytes), not a web page")
        return _from_page(path, raw)
    raw = _raw(path, MAX_ARTICLE_BYTES)
    if b"\x00" in raw:
        raise DossierError(f"{path}: binary data (NUL bytes), not a text article")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DossierError(f"{path}: unknown encoding {encoding!r}") from None
    try:
        raw.decode(encoding)
    except UnicodeDecodeError as e:
        hint = " (give its encoding with --encoding, e.g. --encoding cp1252)" if encoding == "utf-8" else ""
        raise DossierError(f"{path}: not {encoding} text (byte {e.start}){hint}") from None
    with path.open(encoding=encoding) as f:
        text = f.read()
    if not text.strip():
        raise DossierError(f"{path}: empty article")
    if looks_like_html(text):
        return _from_page(path, text)
    return _article(safe_id(path.stem), path, text, read_meta(path))


def read(path: str | Path, *, encoding: str = "utf-8",
         columns: Columns = DEFAULT_COLUMNS) -> tuple[list[Article], list[str]]:
    """Every article a file holds: one for a text file or a web page (:func:`load`), one a row for
    a table (:func:`dossier.text.sources.table`, ``columns`` naming its columns), with one problem
    line for each row that holds none."""
    path = Path(path)
    if path.suffix.lower() not in TABLE_SUFFIXES:
        return [load(path, encoding=encoding)], []
    if not path.exists():
        raise DossierError(f"{path}: no such file")
    items, problems = sources.table(path, columns, encoding)
    folder = sources.kept_folder(path)
    return [_article(i.id, folder / f"{i.id}.txt", i.text, Meta(**i.meta), extracted=True) for i in items], problems


def keep(articles: Sequence[Article]) -> None:
    """Keep the text of every article extracted from a page or a table at its ``path``, with its
    metadata in the sidecar next to it (written only when changed), so that its records' offsets
    can be checked against a file and every later step reads it as a text article."""
    for a in articles:
        if a.extracted:
            meta = {k: v for k, v in asdict(a.meta).items() if v is not None}
            sidecar = a.path.with_name(a.path.stem + ".meta.json")
            sources.write(sidecar, (json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode())
            sources.write(a.path, a.text.encode("utf-8"))


class BadInput(DossierError):
    """Several inputs that are not articles, one problem a line (``str`` joins them)."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def _is_article_file(path: Path) -> bool:
    """A file a folder is read for: text, a web page or a table, not a sidecar or a hidden file."""
    return path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def find(inputs: Sequence[str | Path], notes: list[str] | None = None) -> tuple[list[Path], list[str]]:
    """Expand files and folders into article files (in a folder: ``*.txt``, saved web pages and
    tables, sorted by name), and list every input that names none, one problem a line, instead of
    stopping at the first. Files a folder holds that are none of these (sidecars aside) are named
    in ``notes``, one line a folder, when a list is given."""
    found: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files = sorted(x for x in p.iterdir() if _is_article_file(x))
            if not files:
                kinds = ", ".join("*" + s for s in ARTICLE_SUFFIXES)
                problems.append(f"{p}: folder holds no articles ({kinds})")
            other = sorted(x.name for x in p.iterdir() if x.is_file() and not x.name.startswith(".")
                           and not _is_article_file(x) and not x.name.endswith(".meta.json"))
            if other and notes is not None:
                shown = ", ".join(other[:5]) + (f" and {len(other) - 5} more" if len(other) > 5 else "")
                notes.append(f"{p}: {len(other)} file{'s' if len(other) != 1 else ''} not read (not .txt, a web "
                             f"page or a table): {shown}")
            found.extend(files)
        elif p.exists():
            found.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    return found, problems


def paths(inputs: Sequence[str | Path]) -> list[Path]:
    """Expand files and folders into article files (:func:`find`); :class:`BadInput` naming
    every input that names none."""
    found, problems = find(inputs)
    if problems:
        raise BadInput(problems)
    return found


def load_all(files: Sequence[Path], *, encoding: str = "utf-8",
             columns: Columns = DEFAULT_COLUMNS) -> tuple[list[Article], list[str]]:
    """Read every file with :func:`read`: the articles, and one line for each file (or table row)
    refused (every bad input of a batch is reported before any work starts, not only the first)."""
    articles: list[Article] = []
    problems: list[str] = []
    for f in files:
        try:
            found, bad = read(f, encoding=encoding, columns=columns)
        except DossierError as e:
            problems.append(str(e))
            continue
        articles += found
        problems += bad
    return articles, problems
