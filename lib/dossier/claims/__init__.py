"""What each actor claimed: quotation marks, quotations, speech cues and what they report
(:mod:`dossier.claims.speech`), speakers, voices, groups and contested claims.

Modules here may import :mod:`dossier.actors`, :mod:`dossier.text`, the base modules and each
other; nothing from :mod:`dossier.events` or later in the flow.
"""
