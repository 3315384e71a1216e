"""Stable identifiers: ASCII slugs of Vietnamese names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str) -> str:
    """Drop diacritics: "Lê Hải Bình" -> "Le Hai Binh" ("đ" folds to "d")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str, max_words: int | None = None) -> str:
    """"Lê Hải Bình" -> "le-hai-binh"; at most ``max_words`` words."""
    words = [w for w in _NON_ALNUM.split(ascii_fold(text).lower()) if w]
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)


# Cached: every mention of a name not in the registers asks for its id again
# (in every run, of every article), and folding it letter by letter is slow.
@lru_cache(maxsize=4096)
def xml_id(prefix: str, name: str) -> str:
    """An xml:id (an NCName) for an entity: ``xml_id("pers", "Lê Hải Bình")``."""
    return f"{prefix}-{slug(name) or 'x'}"
