"""Grammar data for the name recognizers: word lists, one entry per line.

These are facts about the language and the genre (family names, title words,
place classifiers), never names of a particular article's people; those
belong in the registers (``corpus/registers/``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_FOLDER = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of ``NAME.txt`` in file order, without comments or repeats."""
    entries: dict[str, None] = {}
    for line in (_FOLDER / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        entry = unicodedata.normalize("NFC", line.strip())
        if entry and not entry.startswith("#"):
            entries.setdefault(entry)
    return tuple(entries)


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(words(name))


@lru_cache(maxsize=None)
def family_names() -> frozenset[str]:
    """The words that open a Vietnamese name: family names, and the baptismal
    names Catholics write before them (``baptismal_names``)."""
    return word_set("family_names") | baptismal_names()


def baptismal_names() -> frozenset[str]:
    return word_set("family_names_baptismal")


def family_names_with_middle() -> frozenset[str]:
    return word_set("family_names_with_middle")


def title_heads() -> tuple[str, ...]:
    """Title heads, longest first (so that "Tổng Bí thư" wins over "Bí thư")."""
    return tuple(sorted(words("titles"), key=lambda t: (-len(t), t)))


def honorifics() -> tuple[str, ...]:
    return tuple(sorted(words("honorifics"), key=lambda t: (-len(t), t)))


def place_classifiers() -> tuple[str, ...]:
    return tuple(sorted(words("place_classifiers"), key=lambda t: (-len(t), t)))


def countries() -> tuple[str, ...]:
    """Country names, longest first ("Cộng hòa Séc" before "Séc")."""
    return tuple(sorted(words("countries"), key=lambda t: (-len(t), t)))


def place_homographs() -> frozenset[str]:
    """Common words that open with a one-syllable place's name ("Pháp luật")."""
    return word_set("place_homographs")


def group_words() -> tuple[str, ...]:
    return words("group_words")


def name_stops() -> frozenset[str]:
    return word_set("name_stops")


def ethnic_groups() -> tuple[str, ...]:
    """The peoples of Viet Nam, longest first ("Hà Nhì" before a shorter name)."""
    return tuple(sorted(words("ethnic_groups"), key=lambda t: (-len(t), t)))


def faiths() -> tuple[str, ...]:
    """Faiths and clergy whose names open with a family name ("Cao Đài", "Tăng Ni")."""
    return words("faiths")


def org_fields() -> tuple[str, ...]:
    """Official fields of bodies that go on in lower case, longest first."""
    return tuple(sorted(words("org_fields"), key=lambda t: (-len(t), t)))
