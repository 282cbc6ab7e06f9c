"""Measuring extraction against hand-made gold: gold files as read (:mod:`dossier.evaluation.gold`),
the matching rules (:mod:`dossier.evaluation.scoring`), what is counted
(:mod:`dossier.evaluation.tallies`) and ``dossier evaluate`` (:mod:`dossier.evaluation.evaluate`).

Modules here may import :mod:`dossier.extract` and everything before it in the flow; nothing
from :mod:`dossier.site` or :mod:`dossier.cli`.
"""
