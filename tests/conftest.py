"""Shared fixtures: the repository's corpus, the read-only ../shared material,
and the TEI All schema (loaded once per session: it takes seconds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "corpus" / "source" / "000_b63a4e916afd69ef.txt"
DEV = SHARED / "corpus-dev"


def dev_articles() -> list[Path]:
    return sorted(DEV.glob("*.txt")) if DEV.is_dir() else []


def all_articles() -> list[Path]:
    """The seed and, where ../shared is present, the eight dev articles."""
    return [SEED, *dev_articles()]


def gold_for(article: Path) -> dict | None:
    """The gold list of an article: spec/seed-gold.json or corpus-dev/gold/NNN.json."""
    if article == SEED:
        path = SHARED / "spec" / "seed-gold.json"
    else:
        path = DEV / "gold" / f"{article.name[:3]}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


@pytest.fixture(scope="session")
def tei_all():
    """lxml RelaxNG of the official TEI All schema; skips only when ../shared is absent."""
    rng_path = SHARED / "reference" / "tei" / "tei_all.rng"
    if not rng_path.exists():
        pytest.skip("../shared/reference/tei/tei_all.rng is absent")
    from lxml import etree
    return etree.RelaxNG(etree.parse(str(rng_path)))


@pytest.fixture(scope="session")
def converted() -> dict[str, bytes]:
    """TEI bytes of every available article, converted once per session."""
    from edition.convert import convert_file
    return {path.name: convert_file(path).tei for path in all_articles()}
