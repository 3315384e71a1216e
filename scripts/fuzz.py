#!/usr/bin/env python
"""Fuzz the converter with generated article-like inputs.

    .venv/bin/python scripts/fuzz.py --examples 2000 [--seed N] [--no-tei-all]

Each input (``tests/article_strategies.py``: Vietnamese news prose with names,
titles, dates, numbers, document numbers, quotes, captions, stray symbols,
control characters, NFD, BOMs, UTF-16, CRLF/CR) goes through
read -> parse -> annotate -> encode.  A run fails on the first input that

* raises anything but :class:`edition.errors.EditionError` (a crash),
* gives a document that is not valid TEI All (``../shared/reference/tei``)
  or, once ``edition.validate`` exists, not valid against the project schema,
* loses or changes body text (body + declared furniture != source lines),
* is not deterministic (two conversions, different bytes),
* or (once ``edition.render`` exists) renders a diplomatic text that differs
  from the body.

Every input is run (a failure does not stop the run); failures are grouped
by kind and the shortest input of each kind is printed (with ``--stop``,
the run stops at the first failure and Hypothesis shrinks it instead).
Exit status 0 when every input passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from hypothesis import HealthCheck, given, settings, seed as hypothesis_seed  # noqa: E402
from lxml import etree  # noqa: E402

from article_strategies import article_bytes, body_lines_losing_nothing, lines_of  # noqa: E402
from edition.annotate import annotate  # noqa: E402
from edition.convert import default_corpus  # noqa: E402
from edition.encode import encode  # noqa: E402
from edition.errors import EditionError  # noqa: E402
from edition.parse import parse_article  # noqa: E402
from edition.read import source_from_bytes  # noqa: E402
from edition.registers import load_registers  # noqa: E402

TEI_ALL = REPO.parent / "shared" / "reference" / "tei" / "tei_all.rng"


class Checks:
    """Everything a converted document must satisfy, with counters for the report."""

    def __init__(self, use_tei_all: bool) -> None:
        self.registers = load_registers(default_corpus().registers)
        self.tei_all = (etree.RelaxNG(etree.parse(str(TEI_ALL)))
                        if use_tei_all and TEI_ALL.exists() else None)
        self.validator = _optional("edition.validate", "Validator")
        self.renderer = _optional("edition.render", "Renderer")
        self.counts: collections.Counter[str] = collections.Counter()
        self.input_bytes = 0
        self.failures: dict[str, list[bytes]] = {}

    def record(self, data: bytes, error: BaseException) -> None:
        """Group a failure by its kind; keep every input of that kind."""
        first_line = (str(error).strip().splitlines() or [""])[0]
        # Same message up to numbers and element paths: the same bug.
        generic = re.sub(r"\(at [^)]*\)|[0-9]+", "N", first_line.split("; first problem")[0])
        kind = f"{type(error).__name__}: {generic[:200]}"
        self.failures.setdefault(kind, []).append(data)

    def convert(self, data: bytes) -> bytes | None:
        try:
            return encode(annotate(parse_article(source_from_bytes(data, "fuzz.txt")),
                                   self.registers))
        except EditionError as error:
            reason = re.sub(r"\s*\(.*|;.*|[0-9]+", "", error.message) or error.message
            self.counts[f"refused ({type(error).__name__}): {reason[:70]}"] += 1
            return None

    def check(self, data: bytes) -> None:
        self.counts["inputs"] += 1
        self.input_bytes += len(data)
        tei = self.convert(data)
        if tei is None:
            return
        self.counts["converted"] += 1
        if self.tei_all is not None:
            assert self.tei_all.validate(etree.fromstring(tei)), \
                f"not valid TEI All: {self.tei_all.error_log.last_error}"
        if self.validator is not None:
            report = self.validator.validate_bytes(tei, "fuzz.xml")
            assert report.valid, (f"not valid (project schema): rules "
                                  f"{sorted({p.rule for p in report.problems})}; "
                                  f"first problem: {report.problems[0]}")
        body = body_lines_losing_nothing(tei, data)
        assert self.convert(data) == tei, "not deterministic"
        if self.renderer is not None:
            rendered = self.renderer.text(tei, diplomatic=True)
            assert lines_of([rendered]) == body, "diplomatic rendering differs from the body"


def _optional(module: str, name: str):
    try:
        return getattr(__import__(module, fromlist=[name]), name)()
    except ImportError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="inputs to generate")
    parser.add_argument("--seed", type=int, default=0, help="hypothesis seed (reproducible runs)")
    parser.add_argument("--no-tei-all", action="store_true", help="skip TEI All validation")
    parser.add_argument("--stop", action="store_true",
                        help="stop at the first failure and shrink it")
    args = parser.parse_args()

    checks = Checks(use_tei_all=not args.no_tei_all)
    print(f"fuzz: {args.examples} inputs, seed {args.seed}; TEI All "
          f"{'on' if checks.tei_all else 'off'}, project schema "
          f"{'on' if checks.validator else 'not available'}, diplomatic rendering "
          f"{'on' if checks.renderer else 'not available'}", flush=True)

    @hypothesis_seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=article_bytes())
    def run(data: bytes) -> None:
        if args.stop:
            checks.check(data)
            return
        try:
            checks.check(data)
        except Exception as error:  # noqa: BLE001 - every failure is recorded and reported
            checks.record(data, error)

    started = time.perf_counter()
    failed = False
    try:
        run()
    except Exception as error:  # hypothesis re-raises the shrunk failure
        failed = True
        print(f"fuzz: FAILED: {type(error).__name__}: {error}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    for key, value in sorted(checks.counts.items()):
        print(f"  {key}: {value}")
    for kind, inputs in sorted(checks.failures.items(), key=lambda kv: -len(kv[1])):
        failed = True
        shortest = min(inputs, key=len)
        print(f"FAILURE x{len(inputs)}: {kind}\n  shortest input: {shortest!r}")
        counts = checks.counts.copy()  # re-running it for its message is not a new input
        try:
            checks.check(shortest)
        except Exception as error:  # noqa: BLE001
            print(f"  its failure: {str(error)[:300]}")
        checks.counts = counts
    print(f"fuzz: {checks.counts['inputs']} inputs run (including shrinking), "
          f"{checks.input_bytes / 1e6:.1f} MB, {elapsed:.1f} s; "
          f"{'FAILED' if failed else 'no crash, no invalid output'}")
    return 1 if failed or checks.counts["inputs"] < args.examples else 0


if __name__ == "__main__":
    sys.exit(main())
