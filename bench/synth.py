"""A synthetic corpus of any size, recombined from real articles of the genre.

The paragraphs, section headings, photo captions, date lines, titles and
bylines of the seed article (``corpus/source``) and of the dev articles
(``../shared/corpus-dev``, when present) are harvested with the project's own
parser, then shuffled into new articles with the same layout: title, date
line (one of the real forms, or none), lead, paragraphs with headings and
photos (alt line + caption), byline.  A fixed random seed makes the corpus
the same on every run.

    python bench/synth.py OUT_DIR 1000      # writes OUT_DIR/source/000000.txt ...
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from edition.model import Figure, Heading  # noqa: E402
from edition.parse import parse_article  # noqa: E402
from edition.read import read_source  # noqa: E402

DEV = REPO.parent / "shared" / "corpus-dev"


@dataclass
class Pieces:
    titles: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # whole caption lines, credit included
    bylines: list[str] = field(default_factory=list)


def seed_articles() -> list[Path]:
    """The bundled seed article and the dev articles (when ../shared is there)."""
    paths = sorted((REPO / "corpus" / "source").glob("*.txt"))
    if DEV.is_dir():
        paths += sorted(DEV.glob("*.txt"))
    else:
        # Said aloud: a corpus from the seed alone annotates faster, and a
        # comparison with one built from all the articles would mislead.
        print(f"synth: no dev articles at {DEV}; the corpus is built from the seed alone",
              file=sys.stderr)
    return paths


def harvest(paths: list[Path]) -> Pieces:
    pieces = Pieces()
    for path in paths:
        article = parse_article(read_source(path))
        pieces.titles.append(article.title.text)
        if article.dateline:
            pieces.date_lines.append(article.dateline.text.text)
        if article.byline:
            pieces.bylines.append(article.byline.text)
        for block in article.blocks:
            if isinstance(block, Figure):
                if block.caption is not None:
                    credit = block.credit.text if block.credit else ""
                    pieces.captions.append(block.caption.text + block.separator + credit
                                           + block.closer)
            elif isinstance(block, Heading):
                pieces.headings.append(block.text.text)
            elif block.rend == "lead":
                pieces.leads.append(block.text.text)
            elif block.rend is None and block.n is None:
                pieces.paragraphs.append(block.text.text)
    return pieces


def synthesize(pieces: Pieces, rng: random.Random) -> str:
    """One article in the plain-text layout, blocks separated by blank lines."""
    title = rng.choice(pieces.titles)
    blocks = [title]
    if pieces.date_lines and rng.random() < 0.9:
        blocks.append(rng.choice(pieces.date_lines))
    blocks.append(rng.choice(pieces.leads))
    photos = 0
    for section in range(rng.randint(1, 3)):
        if section and pieces.headings:
            blocks.append(rng.choice(pieces.headings))
        if pieces.captions and rng.random() < 0.7:
            photos += 1
            blocks += [f"{title} - Ảnh {photos}.", rng.choice(pieces.captions)]
        blocks += rng.sample(pieces.paragraphs, k=min(len(pieces.paragraphs), rng.randint(2, 6)))
    if pieces.bylines and rng.random() < 0.7:
        blocks.append(rng.choice(pieces.bylines))
    return "\n\n".join(blocks) + "\n"


def write_corpus(root: Path, size: int, seed: int = 9) -> Path:
    """``root/source/NNNNNN.txt`` for ``size`` articles; returns ``root``."""
    pieces = harvest(seed_articles())
    rng = random.Random(seed)
    source = root / "source"
    source.mkdir(parents=True, exist_ok=True)
    for i in range(size):
        (source / f"{i:06d}.txt").write_text(synthesize(pieces, rng), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="corpus folder to create")
    parser.add_argument("size", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    write_corpus(args.out, args.size, args.seed)
    print(f"{args.size} articles in {args.out / 'source'}")


if __name__ == "__main__":
    main()
