"""Benchmark the renderer: median time per article for the HTML and plain-text
editions with compiled stylesheets reused, and the ratio to a bare lxml parse of
the same TEI.  Targets (issue 6): HTML <= 3 ms, text <= 2 ms for a 20 KB article.

    .venv/bin/python bench/bench_render.py [-n REPEATS] [TEI_OR_TXT ...]

Without arguments: the seed and, where ../shared is present, the dev articles
(converted first; conversion is not timed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from edition.render import Renderer  # noqa: E402


def default_inputs() -> list[Path]:
    dev = REPO.parent / "shared" / "corpus-dev"
    return [REPO / "corpus" / "source" / "000_b63a4e916afd69ef.txt", *sorted(dev.glob("*.txt"))]


def tei_bytes(path: Path) -> bytes:
    if path.suffix == ".xml":
        return path.read_bytes()
    from edition.convert import convert_file
    return convert_file(path).tei


def median_ms(func: Callable[[], object], repeats: int) -> float:
    func()  # warm up (lazily compiled template rules, caches)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("-n", "--repeats", type=int, default=50)
    args = parser.parse_args()

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (timings grow with load)")
    start = time.perf_counter()
    renderer = Renderer()
    print(f"stylesheets compiled in {(time.perf_counter() - start) * 1000:.0f} ms (once per process)")
    print(f"{'article':<14}{'KB':>6}{'lxml ms':>9}{'html ms':>9}{'×lxml':>7}"
          f"{'text ms':>9}{'×lxml':>7}{'dipl ms':>9}")
    rows = []
    for path in args.inputs or default_inputs():
        data = tei_bytes(path)
        parse = median_ms(lambda: etree.fromstring(data), args.repeats)
        html = median_ms(lambda: renderer.html(data), args.repeats)
        text = median_ms(lambda: renderer.text(data), args.repeats)
        dipl = median_ms(lambda: renderer.text(data, diplomatic=True), args.repeats)
        rows.append((len(data), parse, html, text))
        print(f"{path.name[:13]:<14}{len(data) / 1024:>6.1f}{parse:>9.3f}{html:>9.2f}{html / parse:>7.0f}"
              f"{text:>9.2f}{text / parse:>7.0f}{dipl:>9.2f}")
    if rows:
        size = statistics.median(r[0] for r in rows) / 1024
        html = statistics.median(r[2] for r in rows)
        text = statistics.median(r[3] for r in rows)
        print(f"median over {len(rows)} articles ({size:.1f} KB): html {html:.2f} ms (target 3), "
              f"text {text:.2f} ms (target 2)")


if __name__ == "__main__":
    main()
