"""Dossier: evidence-linked answers about geopolitics from news articles.

The library parses an article once with spaCy (:mod:`dossier.text.nlp`) and turns it into typed,
frozen records (:mod:`dossier.records`) whose offsets index the article as read from disk.
"""

__version__ = "0.1.0"
