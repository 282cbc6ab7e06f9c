"""What is done: sanctions, projects and agreements with their parties, and the author and
officials a text speaks for.

Modules here may import :mod:`dossier.claims`, :mod:`dossier.actors`, :mod:`dossier.text`, the
base modules and each other; nothing from :mod:`dossier.extract`, :mod:`dossier.tables` or
later in the flow.
"""
