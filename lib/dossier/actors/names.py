"""How a person's name splits into titles, given name and surname, and what a given name says.

A name as written (``Crown Prince Faisal bin Saud``, ``Joseph R. Hale Jr.``, ``Cde Tendai Moyo``)
is split by these rules:

* leading courtesy titles (``data/honorifics.csv``), office titles (``data/titles.csv``, the
  longest that matches, so ``Crown Prince`` before ``Prince``) and nameparser's titles
  (``Rt Hon``, ``Gen.``; only where a full name remains: ``Dean Acheson`` keeps ``Dean``) are
  not part of the name;
* generational suffixes (``Jr.``, ``III``) are not part of the surname: nameparser's list;
* the surname is compared without an Arabic article (``Al-Rashidi`` is ``Rashidi``).

Given names come from ``data/given_names.csv``, about 16,000 first names from many countries
with the gender nine in ten of their bearers share (nomquamgender's counts): a known given name
as the first word is what makes ``Nathan Kessler`` a person when the NER calls it an
organisation, and the name's gender is what a later ``he`` or ``she`` can refer to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from nameparser.config import CONSTANTS
from spacy.tokens import Token

from dossier.text.gazetteer import gazetteer, rows
from dossier.text.gazetteer import words as entries

Gender = Literal["male", "female"]
#: Arabic articles written before a surname, with their hyphen or space.
SURNAME_ARTICLES = ("al-", "el-", "al ", "el ", "al‑")


def honorifics() -> frozenset[str]:
    return entries("honorifics.csv")


def titles() -> frozenset[str]:
    return entries("titles.csv")


@cache
def title_words() -> frozenset[str]:
    """Head words of the titles: every one-word title, the word before "of" in "Secretary of
    State", else the last word ("Foreign Minister")."""
    heads = set()
    for title in titles():
        words = title.split()
        heads.add(words[words.index("of") - 1] if "of" in words[1:] else words[-1])
    return frozenset(heads)


def is_title_word(token: Token) -> bool:
    """A token that heads an office title, singular or plural ("Presidents A and B")."""
    word = token.lower_
    return word in title_words() or word.endswith("s") and word[:-1] in title_words()


#: Suffixes of English agent nouns, the nouns for one who does something (Quirk et al., "A
#: Comprehensive Grammar of the English Language", 1985, appendix I.34-36: -er, -or, -ist, -ant,
#: -ent, -ian; -yst as in "analyst"; and the compounds in -woman and -person); "-ment" ends
#: nouns of an act or its result ("statement", "settlement"), not of its agent.
AGENT_SUFFIXES = ("er", "or", "ist", "yst", "ant", "ent", "ian", "ers", "ors", "ists", "ysts", "ants", "ents", "ians",
                  "woman", "women", "person")  # compounds naming people: "ombudswoman", "chairperson"
#: Shorter words that end so are rarely agents ("order", "list", "event").
AGENT_MIN_LETTERS = 6


def agent_noun(token: Token) -> bool:
    """A lower-case common noun shaped like an agent noun (``master``, ``operator``,
    ``shopkeepers``): a person or people, by the rule of English word formation in
    :data:`AGENT_SUFFIXES`, for nouns no lexicon lists."""
    word = token.lower_
    return token.pos_ == "NOUN" and token.text.islower() and len(word) >= AGENT_MIN_LETTERS \
        and word.endswith(AGENT_SUFFIXES) and not word.endswith(("ment", "ments"))


@cache
def _person_nouns() -> frozenset[str]:
    """Occupations no title lists (``data/occupations.csv``) and the nouns that refer back to a
    person as a speaker (``data/speaker_nouns.csv``, kind ``person``)."""
    return entries("occupations.csv", lower=True) | frozenset(
        r["noun"] for r in rows("speaker_nouns.csv") if r["kind"] == "person")


def is_occupation(token: Token) -> bool:
    """A noun that can head a description of a person: an office title, a known occupation, or
    a lower-case noun shaped like an agent noun or ending in "-man" (``a 41-year-old pharmacist``,
    ``a retired electrician``, ``a fisherman``)."""
    if is_title_word(token):
        return True
    if token.pos_ != "NOUN" or not token.text.islower():
        return False
    return token.lemma_.lower() in _person_nouns() or agent_noun(token) \
        or token.lower_.endswith(("man", "men")) and len(token) >= AGENT_MIN_LETTERS


@cache
def gendered_words() -> dict[str, str]:
    """Lower-case word -> ``m`` or ``f``: titles, honorifics and relatives' words that give a
    gender (``data/gendered_words.csv``)."""
    return {r["word"]: r["gender"] for r in rows("gendered_words.csv")}


def is_portfolio(text: str) -> bool:
    """``Defence``, ``Foreign Affairs``: the department an office title names."""
    return text.lower() in entries("portfolios.csv", lower=True)


@cache
def _longest_title() -> int:
    return max(len(t.split()) for t in titles())


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(s.lower().rstrip(".") for s in CONSTANTS.suffix_acronyms | CONSTANTS.suffix_not_acronyms)


@dataclass(frozen=True)
class Name:
    """The words of a person's name, and the titles written before it (``lead``)."""

    words: tuple[str, ...]
    lead: tuple[str, ...] = ()

    @property
    def first(self) -> str:
        return self.words[0]

    @property
    def last(self) -> str:
        """The surname without an Arabic article: ``Al-Rashidi`` is ``Rashidi``."""
        last = self.words[-1]
        low = last.lower()
        for article in SURNAME_ARTICLES:
            if low.startswith(article) and len(last) > len(article) + 2:
                return last[len(article):]
        return last


def leading_title(words: list[str]) -> int:
    """How many of the first words are a title or courtesy title (longest match first):
    ours, or one of nameparser's (``Rt Hon``, ``Gen.``, ``Lt.``) when two words remain after it."""
    if words and words[0] in honorifics():
        return 1
    if len(words) > 2 and words[0].lower().rstrip(".") in CONSTANTS.titles:
        return 1
    lex = titles()
    for n in range(min(_longest_title(), len(words) - 1), 0, -1):
        if " ".join(words[:n]).lower() in lex:
            return n
    return 0


def split_name(text: str) -> Name:
    """The name and the titles before it, by the rules in the module docstring."""
    words = text.split()
    lead: list[str] = []
    while len(words) > 1 and (n := leading_title(words)):
        lead.extend(words[:n])
        words = words[n:]
    while len(words) > 1 and words[-1].lower().rstrip(".") in _suffixes():
        words.pop()
    if len(words) > 1 and words[-1] == ",":
        words.pop()
    return Name(tuple(words), tuple(lead))


@cache
def given_names() -> dict[str, str]:
    """Given name (lower case, no diacritics) -> ``m``, ``f`` or ``u`` (either), from
    ``data/given_names.csv`` (nomquamgender's counts; see ``scripts/given_names.py``)."""
    return {r["name"]: r["gender"] for r in rows("given_names.csv")}


def _folded(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def given_name_gender(word: str) -> str | None:
    """``m``, ``f`` or ``u`` for a capitalised word that is a known given name, else None."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    return given_names().get(_folded(word))


def is_given_name(word: str, *, strict: bool = False) -> bool:
    """A word that is a known given name (of either gender); ``strict``: one that nine in ten of
    its bearers share a gender with ("Nathan", not "Morgan", which is also a surname)."""
    verdict = given_name_gender(word)
    return verdict in ("m", "f") if strict else verdict is not None


def gender(word: str) -> Gender | None:
    """The gender a given name clearly has, else None."""
    return {"m": "male", "f": "female"}.get(given_name_gender(word) or "")


def organisation_heads() -> frozenset[str]:
    """Head nouns that end organisations' and places' names (``data/organisation_heads.csv``)."""
    return entries("organisation_heads.csv", lower=True)


#: Words after an organisation's name that do not change which organisation it is.
ORG_SUFFIXES = ("limited", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "corporation", "holdings", "group",
                "news", "co", "co.", "plc", "llc", "company")


def acronym(name: str) -> str:
    """The capitals of a name's words: "Collective Security Treaty Organization" is "CSTO"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())


def organisation_core(name: str) -> str:
    """An organisation's name without a company suffix or a plural ending, and with the state
    it opens with written as its key ("U.S. Embassy" = "United States Embassy"), for comparing."""
    words = name.split()
    gaz = gazetteer()
    for n in (3, 2, 1):
        form = gaz.lookup(" ".join(words[:n])) if len(words) > n else None
        if form is not None and form.kind in ("state", "demonym"):
            words = [form.key] + words[n:]
            break
    for k in range(1, len(words) - 1):  # "Embassy in Baghdad" is the Embassy
        if words[k] in ("in", "to") and words[k - 1].lower() in organisation_heads():
            words = words[:k]
            break
    while len(words) > 1 and words[-1].lower() in ORG_SUFFIXES:
        words.pop()
    core = " ".join(words)
    return core[:-1] if core.endswith("s") and len(core) > 4 else core
