"""The shareable site: the notebooks' session, tables' figures and maps, article pages, the
runner that executes the notebooks in kept kernels, and the pages, index and manifest it publishes.

Modules here may import everything before them in the flow (:mod:`dossier.corpus`,
:mod:`dossier.tables`, :mod:`dossier.extract`, the subpackages); only :mod:`dossier.cli`
imports them.
"""
