"""When two spellings name one actor: how close they must be (rapidfuzz's ratio, 0 to 100).

Shared by the merging of mentions within an article (:mod:`dossier.actors.resolver`) and of actors across
articles (:mod:`dossier.corpus`), so that both follow one rule.
"""

#: The least similarity of two spellings of one name ("Peskov" and "Peskow"), as a ratio of 0 to 100.
FUZZY_MIN = 75.0
