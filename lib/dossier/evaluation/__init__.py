"""Measuring extraction against hand-made gold: the scoring rules (:mod:`dossier.evaluation.scoring`)
and ``dossier evaluate`` (:mod:`dossier.evaluation.evaluate`).

Modules here may import :mod:`dossier.extract` and everything before it in the flow; nothing
from :mod:`dossier.site` or :mod:`dossier.cli`.
"""
