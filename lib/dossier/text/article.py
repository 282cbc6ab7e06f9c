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
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dossier.config import MAX_ARTICLE_BYTES
from dossier.errors import DossierError
from dossier.records import TitleSource

META_FIELDS = ("title", "outlet", "date", "url", "language")
HTML_TAG = re.compile(r"<(?:/?[a-z][a-z0-9]*)(?:\s[^<>]*)?/?>")
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
            prev = text[i - 1] if i else "\n"
            nxt = text[i + 1] if i + 1 < len(text) else "\n"
            # after a space it opens, unless a space follows too (",' " said X": it closes)
            ch = "“" if (prev.isspace() and not (nxt.isspace() and prev not in "\n")) or prev in "([{—–-" else "”"
        elif ch in SPACES:
            ch = " "
        out.append(ch)
        origin.append(i)
    return NormalizedText("".join(out), array("l", origin), text)


@dataclass(frozen=True)
class Article:
    """One article: its id (the file stem), where it was read from, its text and metadata."""

    id: str
    path: Path
    text: str
    meta: Meta = field(default_factory=Meta)
    warnings: tuple[str, ...] = ()

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
    press releases start with their first paragraph, which ends in a full stop.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
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


def safe_id(stem: str) -> str:
    """An article id that is a plain folder name under ``outputs/``: letters, digits, ``.``,
    ``_`` and ``-`` (after Unicode NFKC), never starting with a dot, never empty."""
    text = unicodedata.normalize("NFKC", stem)
    text = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else "_" for ch in text)
    text = text.lstrip(".") or "article"
    return text[:120]


def looks_like_html(text: str) -> bool:
    """A saved web page rather than an article's text: a doctype, an <html> or <body> element,
    or markup tags making up much of the start of the file."""
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head:
        return True
    return len(HTML_TAG.findall(head)) >= 10


def guess_english(text: str) -> float:
    """Share of the words that are English function words; English prose is near 0.4, other
    languages near 0. A cue for a warning, not a language identifier."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def load(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read an article file (UTF-8 text unless told otherwise) and its optional sidecar; refuse
    what is not an article: a missing or empty file, binary data, text in another encoding, a
    saved web page, a file over :data:`~dossier.config.MAX_ARTICLE_BYTES`."""
    path = Path(path)
    if not path.exists():
        raise DossierError(f"{path}: no such file")
    if path.is_dir():
        raise DossierError(f"{path}: is a directory, not an article file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise DossierError(f"{path}: {size} bytes is over the limit of {MAX_ARTICLE_BYTES} bytes per article")
    raw = path.read_bytes()
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
        raise DossierError(f"{path}: an HTML page, not an article's text; save the article as plain text "
                           "(for example with trafilatura) and run on that")
    meta = read_meta(path)
    warnings = []
    if (meta.language and not meta.language.lower().startswith("en")) or guess_english(text) < ENGLISH_MIN:
        warnings.append("the article does not look like English: the English model's results are unreliable")
    return Article(id=safe_id(path.stem), path=path, text=text, meta=meta, warnings=tuple(warnings))


class BadInput(DossierError):
    """Several inputs that are not articles, one problem a line (``str`` joins them)."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def find(inputs: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into article files (``*.txt`` in a folder, sorted by name), and
    list every input that names none, one problem a line, instead of stopping at the first."""
    found: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files = sorted(x for x in p.glob("*.txt") if x.is_file())
            if not files:
                problems.append(f"{p}: folder holds no articles (*.txt)")
            found.extend(files)
        elif p.exists():
            found.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    return found, problems


def paths(inputs: Sequence[str | Path]) -> list[Path]:
    """Expand files and folders into article files (``*.txt`` in a folder, sorted by name);
    :class:`BadInput` naming every input that names none."""
    found, problems = find(inputs)
    if problems:
        raise BadInput(problems)
    return found


def load_all(files: Sequence[Path], *, encoding: str = "utf-8") -> tuple[list[Article], list[str]]:
    """Load every file with :func:`load`: the articles, and one line for each file refused
    (every bad file of a batch is reported before any work starts, not only the first)."""
    articles: list[Article] = []
    problems: list[str] = []
    for f in files:
        try:
            articles.append(load(f, encoding=encoding))
        except DossierError as e:
            problems.append(str(e))
    return articles, problems
