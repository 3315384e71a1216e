"""Where the schema and stylesheets are: in a checkout, or inside an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder of edition is missing (looked beside the package)")


def schema_dir() -> Path:
    return _find("schema")


def xslt_dir() -> Path:
    return _find("xslt")
