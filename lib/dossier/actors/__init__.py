"""Who the actors are: entity repair, names, roles, title holders, acronyms, metonyms, and the
resolver that makes one actor per real-world entity (:mod:`dossier.actors.resolver`).

Modules here may import :mod:`dossier.text`, the base modules (:mod:`dossier.config`,
:mod:`dossier.errors`, :mod:`dossier.records`) and each other; nothing from
:mod:`dossier.claims` or later in the flow.
"""
