"""Benchmark of `edition validate`: schema load time and warm validation time per
article, as a ratio to parsing the same bytes with lxml in the same run.

    .venv/bin/python bench/bench_validate.py [TEI_FILE] [--runs N]

Prints numbers only; targets (issue 5): load <= 0.5 s, validation <= 10 ms warm.
Without TEI_FILE it uses tests/fixtures/valid/01-full-article.xml padded to about
20 KB with further sections (the converter's own output is 10-15 KB).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from edition.validate import Validator, parse_document  # noqa: E402
from edition.xmlio import safe_parser  # noqa: E402

DEFAULT = REPO / "tests" / "fixtures" / "valid" / "01-full-article.xml"


def article_of_about(size: int, path: Path) -> bytes:
    """``path``'s bytes, its second section repeated (renumbered) until ``size`` bytes."""
    text = path.read_text(encoding="utf-8")
    start = text.index('      <div type="section" xml:id="sec-2">')
    end = text.index("      <closer>")
    section = text[start:end]
    copies = []
    n = 3
    while len(text.encode()) + sum(len(c.encode()) for c in copies) < size:
        copies.append(section.replace('xml:id="sec-2"', f'xml:id="sec-{n}"'))
        n += 1
    return (text[:end] + "".join(copies) + text[end:]).encode("utf-8")


def median_ms(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def best_ms(func, runs: int) -> float:
    """The fastest run: what the code costs when the machine is not busy elsewhere."""
    return min(median_ms(func, 1) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tei", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    data = args.tei.read_bytes() if args.tei else article_of_about(20_000, DEFAULT)

    start = time.perf_counter()
    validator = Validator()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    validator.explainer  # xmlschema: loaded only when a document is invalid
    explainer_load_s = time.perf_counter() - start

    report = validator.validate_bytes(data, "bench.xml")
    assert report.valid, [str(p) for p in report.problems]
    tree, _ = parse_document(data, "bench.xml")

    parse = median_ms(lambda: etree.parse(io.BytesIO(data), safe_parser()), args.runs)
    whole = median_ms(lambda: validator.validate_bytes(data, "bench.xml"), args.runs)
    xsd = median_ms(lambda: validator._xsd.validate(tree), args.runs)
    rules = median_ms(lambda: validator._rules.validate(tree), args.runs)
    explain = median_ms(lambda: list(validator.explainer.iter_errors(tree)), max(args.runs // 10, 5))

    print(f"document: {len(data)} bytes")
    print(f"schema load (lxml XSD + Schematron):  {load_s * 1000:8.1f} ms   (target <= 500 ms)")
    print(f"xmlschema load (first invalid doc):    {explainer_load_s * 1000:8.1f} ms")
    print(f"parse with lxml (baseline):            {parse:8.3f} ms")
    print(f"validate_bytes, warm (median):         {whole:8.3f} ms   (target <= 10 ms)"
          f"   = {whole / parse:.1f} x parsing")
    print(f"validate_bytes, warm (best run):       {best_ms(lambda: validator.validate_bytes(data, 'bench.xml'), args.runs):8.3f} ms")
    print(f"  of which XSD (libxml2):              {xsd:8.3f} ms")
    print(f"  of which Schematron rules:           {rules:8.3f} ms")
    print(f"xmlschema full XSD pass (invalid docs):{explain:8.3f} ms   = {explain / parse:.1f} x parsing")


if __name__ == "__main__":
    main()
