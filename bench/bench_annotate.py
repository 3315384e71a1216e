"""Benchmark of annotation (``edition.annotate`` with every recognizer): the
median and p95 time per article, and the ratio to parsing the same articles
(``parse_article``), measured in the same run as the baseline.

    .venv/bin/python bench/bench_annotate.py [--runs 5] [--synth 300]

Articles: the seed article (``corpus/source``) and the dev articles
(``../shared/corpus-dev``, when present); with ``--synth N`` also N articles of
``bench/synth.py`` (recombined paragraphs of those, so their figures lean on
text seen before).  The registers are loaded once and their derived data
(compiled name patterns, short forms) warmed by one pass, as in a build; the
cache of respelled run texts is cleared before each article, so that a repeated
article does not profit from its own earlier run.  Times are CPU time of this
process (``time.process_time``), less sensitive than wall time to the other
processes of a shared machine; the wall-time median is printed too.

Prints numbers only; target (issue 9): annotation <= 8 ms median per article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from edition.annotate import annotate  # noqa: E402
from edition.model import Source  # noqa: E402
from edition.parse import parse_article  # noqa: E402
from edition.read import read_source  # noqa: E402
from edition.recognize.names import respell  # noqa: E402
from edition.registers import Registers, load_registers  # noqa: E402
from synth import seed_articles, write_corpus  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(sources: list[Source], registers: Registers, runs: int) -> dict[str, list[float]]:
    """Per-article samples (seconds) of parse (the baseline) and annotate."""
    samples: dict[str, list[float]] = {"parse": [], "annotate": [], "annotate-wall": []}
    for _ in range(runs):
        for source in sources:
            start = time.process_time()
            article = parse_article(source)
            samples["parse"].append(time.process_time() - start)
            respell.cache_clear()
            start, wall = time.process_time(), time.perf_counter()
            annotate(article, registers)
            samples["annotate"].append(time.process_time() - start)
            samples["annotate-wall"].append(time.perf_counter() - wall)
    return samples


def report(label: str, samples: dict[str, list[float]]) -> None:
    ms = {k: [v * 1000 for v in values] for k, values in samples.items()}
    parse, annot = statistics.median(ms["parse"]), statistics.median(ms["annotate"])
    print(f"{label}: {len(ms['annotate'])} samples")
    print(f"  annotate  median {annot:7.2f} ms   p95 {percentile(ms['annotate'], 0.95):7.2f} ms"
          f"   (wall median {statistics.median(ms['annotate-wall']):.2f} ms)")
    print(f"  parse     median {parse:7.2f} ms   p95 {percentile(ms['parse'], 0.95):7.2f} ms")
    print(f"  ratio annotate / parse (medians): {annot / parse:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="passes over the articles")
    parser.add_argument("--synth", type=int, default=0, help="also N synthetic articles")
    args = parser.parse_args()

    registers = load_registers(REPO / "corpus" / "registers")
    sets = {"seed + dev articles": [read_source(p) for p in seed_articles()]}
    if args.synth:
        folder = Path(tempfile.mkdtemp(prefix="bench-annotate-"))
        write_corpus(folder, args.synth)
        sets[f"{args.synth} synthetic articles"] = [
            read_source(p) for p in sorted((folder / "source").glob("*.txt"))]
    for label, sources in sets.items():
        measure(sources, registers, 1)  # warm: compiled patterns, register-derived data
        report(label, measure(sources, registers, args.runs if "seed" in label else 1))


if __name__ == "__main__":
    main()
