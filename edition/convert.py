"""read -> parse -> annotate -> encode for one article: what ``edition convert`` runs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .annotate import annotate
from .encode import SCHEMA_HREF, encode
from .model import Annotated
from .parse import parse_article
from .read import read_source
from .registers import Registers, load_registers


@dataclass(frozen=True)
class CorpusLayout:
    """Where a corpus keeps its parts (see the README's "Layout")."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "source"

    @property
    def tei(self) -> Path:
        return self.root / "tei"

    @property
    def own_registers(self) -> Path:
        """Where this corpus keeps registers of its own (write here)."""
        return self.root / "registers"

    @property
    def registers(self) -> Path:
        """The registers to read: the corpus's own ``registers/``, or, for a corpus
        without one, the bundled corpus's (the project's authority files for the
        genre).  Never write here: it may be the bundled folder."""
        own = self.own_registers
        return own if own.is_dir() else default_corpus().own_registers

    @property
    def corrections(self) -> Path:
        return self.root / "corrections.tsv"

    def source_files(self) -> list[Path]:
        return sorted(self.sources.glob("*.txt"))


@dataclass
class Conversion:
    annotated: Annotated
    tei: bytes


def default_corpus() -> CorpusLayout:
    """The bundled corpus: ``corpus/`` beside the package in a checkout."""
    return CorpusLayout(Path(__file__).resolve().parent.parent / "corpus")


def corpus_of(source: Path) -> CorpusLayout | None:
    """The corpus a source file belongs to (``X/source/a.txt`` -> ``X``), if any."""
    parent = source.resolve().parent
    return CorpusLayout(parent.parent) if parent.name == "source" else None


def schema_href_for(output: Path | None) -> str:
    """The project schema's path relative to where the TEI file is written."""
    from .resources import schema_dir
    target = schema_dir() / "edition.xsd"
    start = output.resolve().parent if output else Path.cwd()
    try:
        return Path(os.path.relpath(target, start)).as_posix()
    except ValueError:  # another drive on Windows
        return SCHEMA_HREF


def convert_file(path: str | Path, *, registers: Registers | None = None,
                 corrections_file: Path | None = None, encoding: str | None = None,
                 max_bytes: int | None = None, output: Path | None = None) -> Conversion:
    """Convert one article file to TEI.

    ``registers`` and ``corrections_file`` default to those of the corpus the
    file lies in (``X/source/a.txt`` uses ``X/registers``); a file outside any
    corpus, or in a corpus without registers, uses the bundled registers.
    """
    path = Path(path)
    layout = corpus_of(path) or default_corpus()
    if registers is None:
        registers = load_registers(layout.registers)
    if corrections_file is None and layout.corrections.exists():
        corrections_file = layout.corrections
    source = read_source(path, encoding=encoding, max_bytes=max_bytes)
    article = parse_article(source)
    annotated = annotate(article, registers, corrections_file=corrections_file)
    return Conversion(annotated, encode(annotated, schema_href=schema_href_for(output)))
