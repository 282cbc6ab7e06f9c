"""The article as text: reading it from disk, normalising it, the spaCy pipeline and its cache,
lexicons, gazetteers and places.

Modules here may import :mod:`dossier.config`, :mod:`dossier.errors`, :mod:`dossier.records` and
each other; nothing from :mod:`dossier.actors` or later in the flow
(text → actors → claims → events → records' frames → site, cli).
"""
