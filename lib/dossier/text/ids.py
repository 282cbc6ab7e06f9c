"""Article ids: plain folder names under ``outputs/``, made from a file's stem or a table's id column."""

from __future__ import annotations

import unicodedata


def safe_id(stem: str) -> str:
    """An article id that is a plain folder name under ``outputs/``: letters, digits, ``.``,
    ``_`` and ``-`` (after Unicode NFKC), never starting with a dot, never empty."""
    text = unicodedata.normalize("NFKC", stem)
    text = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else "_" for ch in text)
    text = text.lstrip(".") or "article"
    return text[:120]
