"""Benchmark ``edition build`` on synthetic corpora (see bench/README.md).

For each size: a cold full build (``--jobs``), per stage and end to end:
articles/s, median and p95 per-article time, peak RSS of the build process, of
its largest worker and of the child that renders the index, and the ratio of
the end-to-end time to a floor measured in the same run (lxml parse + serialize
of the same TEI outputs, one process); then three incremental rebuilds with
nothing changed (``edition build`` start to exit), and at the end a table of
the peaks by size.  Once: a cold ``edition build`` of the bundled corpus (one
article) into a fresh folder, process start to exit.
The figures last measured are in bench/README.md (1,000 -> 10,000 -> 30,000
articles, 2 jobs: build process 36 -> 39 -> 42 MB, largest worker 147 -> 148 ->
148 MB, index child 131 -> 138 -> 141 MB; 113, 114, 108 articles/s; no-change
rebuild 0.16, 0.46, 1.13 s).

    .venv/bin/python bench/bench_build.py                 # sizes 100,1000
    .venv/bin/python bench/bench_build.py --sizes 1000,10000,30000 --jobs 2   # ~10 min
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
EDITION = [str(Path(sys.executable).with_name("edition"))]
if not Path(EDITION[0]).exists():
    EDITION = [sys.executable, "-m", "edition.cli"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def rss_mb(usage: resource.struct_rusage) -> float:
    return usage.ru_maxrss / 1024  # KiB on Linux


# --- the measured build, run in a fresh process so that peak RSS is its own -----

INDEX_PEAK = "edition-bench-index-peak"  # in OUT: the index child's peak RSS (MB)


def write_corpus_index_noting_peak(out: Path, renderer=None) -> None:
    """build.write_corpus_index, which notes its process's peak RSS: in a parallel
    build the index child's own.  (At module level: the child is sent it by name.)"""
    try:
        write_corpus_index_noting_peak.original(out, renderer)
    finally:
        (out / INDEX_PEAK).write_text(str(rss_mb(resource.getrusage(resource.RUSAGE_SELF))))


def measure(corpus: Path, out: Path, jobs: int) -> dict:
    """Run build_corpus in this process; per-article stage times and the peak RSS
    of the build process, of its largest worker and of the index child."""
    from edition import build
    from edition.convert import CorpusLayout

    corpus_seconds, workers = {}, {}
    finish = build.finish_corpus

    def timed_finish(*args, **kwargs):
        # The workers are gone (waited for) by now, the index child not yet started.
        workers["rss_mb"] = rss_mb(resource.getrusage(resource.RUSAGE_CHILDREN))
        start = time.perf_counter()
        try:
            return finish(*args, **kwargs)
        finally:
            corpus_seconds["index + bag"] = time.perf_counter() - start

    build.finish_corpus = timed_finish
    write_corpus_index_noting_peak.original = build.write_corpus_index
    build.write_corpus_index = write_corpus_index_noting_peak
    start = time.perf_counter()
    summary = build.build_corpus(CorpusLayout(corpus), out, jobs=jobs, force=True,
                                 stream=None, summary_stream=None)
    wall = time.perf_counter() - start
    # Before the stage times become lists of floats below (some 8 MB at 30,000 articles).
    rss_parent = rss_mb(resource.getrusage(resource.RUSAGE_SELF))
    return {
        "wall": wall, "ok": summary.ok,
        "statuses": {s: summary.count(s) for s in ("valid", "invalid", "failed")},
        "errors": [e for r in summary.failures for e in r.errors][:3] + summary.corpus_errors,
        "stage_seconds": {stage: list(times) for stage, times in summary.stage_seconds.items()},
        "corpus_seconds": corpus_seconds,
        "rss_parent_mb": rss_parent,
        "rss_worker_mb": workers.get("rss_mb", 0.0),
        "rss_index_mb": _read_and_remove(out / INDEX_PEAK),
    }


def _read_and_remove(path: Path) -> float:
    try:
        return float(path.read_text())
    finally:
        path.unlink()


def floor_seconds(out: Path) -> float:
    """lxml parse + serialize of every TEI output: what any XML pipeline pays."""
    from lxml import etree

    files = sorted((out / "tei").glob("*.xml"))
    start = time.perf_counter()
    for path in files:
        etree.tostring(etree.parse(str(path)), encoding="utf-8", xml_declaration=True)
    return time.perf_counter() - start


def timed_command(command: list[str], cwd: Path) -> tuple[float, str]:
    """Wall time of a command, start to exit, and its output (a failing build is
    timed all the same: its articles' errors are the recognizers' business)."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def rebuilt_count(stdout: str) -> int | None:
    """How many articles ``edition build`` says it built ("articles N (B built, ...")."""
    match = re.search(r"\((\d+) built,", stdout)
    return int(match.group(1)) if match else None


# --- the report -------------------------------------------------------------------


def stage_rows(run: dict) -> list[tuple[str, float, float, float]]:
    """(stage, articles/s on one worker, median ms, p95 ms) per stage and in total."""
    from edition.build import STAGES

    rows = []
    by_stage = run["stage_seconds"]
    for stage in [*STAGES, "total"]:
        times = ([sum(per_article) for per_article in zip(*by_stage.values())]
                 if stage == "total" else by_stage.get(stage, []))
        total = sum(times)
        rows.append((stage, len(times) / total if total else float("inf"),
                     statistics.median(times) * 1000 if times else 0.0,
                     percentile(times, 0.95) * 1000))
    return rows


def report_size(size: int, jobs: int, run: dict, floor: float, noops: list[float],
                noop_stdout: str) -> dict:
    wall = run["wall"]
    print(f"\n== {size:,} articles, {jobs} jobs "
          f"({run['statuses']['valid']} valid, {run['statuses']['invalid']} invalid, "
          f"{run['statuses']['failed']} failed)")
    for error in run["errors"]:
        print(f"   ! {error}")
    print(f"   {'stage':<14}{'articles/s':>12}{'median ms':>11}{'p95 ms':>9}   (one worker)")
    for stage, rate, median, p95 in stage_rows(run):
        print(f"   {stage:<14}{rate:>12.1f}{median:>11.2f}{p95:>9.2f}")
    for step, seconds in run["corpus_seconds"].items():
        print(f"   {step:<14}{seconds:>11.2f} s   (once per build: index in a child, bag here)")
    print(f"   end to end    {size / wall:>8.1f} articles/s  ({wall:.2f} s wall, {jobs} jobs)")
    print(f"   floor         {floor:>8.2f} s  (lxml parse + serialize of the TEI, one process)"
          f";  end to end / floor = {wall / floor if floor else float('inf'):.1f}")
    print(f"   peak RSS      {run['rss_parent_mb']:.0f} MB build process, "
          f"{run['rss_worker_mb']:.0f} MB largest worker, {run['rss_index_mb']:.0f} MB index child")
    rebuilt = rebuilt_count(noop_stdout)
    retried = run["statuses"]["invalid"] + run["statuses"]["failed"]
    note = ("" if rebuilt == retried == 0 else
            f"  ({rebuilt} retried: the failed and invalid ones)" if rebuilt == retried else
            f"  !! it rebuilt {rebuilt} article(s): an input (e.g. the code) changed "
            "during the run")
    print(f"   no-change rebuild {min(noops):.2f}-{max(noops):.2f} s ({len(noops)} runs of "
          f"edition build, start to exit){note}")
    return {"size": size, "jobs": jobs, "wall_s": wall, "articles_per_s": size / wall,
            "floor_s": floor, "ratio_to_floor": wall / floor if floor else None,
            "rss_parent_mb": run["rss_parent_mb"], "rss_worker_mb": run["rss_worker_mb"],
            "rss_index_mb": run["rss_index_mb"],
            "noop_rebuild_s": min(noops), "noop_rebuild_runs_s": noops, "statuses": run["statuses"],
            "stages": {s: {"articles_per_s": r, "median_ms": m, "p95_ms": p}
                       for s, r, m, p in stage_rows(run)},
            "corpus_seconds": run["corpus_seconds"]}


def print_memory_table(sizes: list[dict]) -> None:
    """Peak RSS per process across the sizes: flat in corpus size or not, at a glance."""
    print("\n== peak RSS by corpus size (MB), speed and no-change rebuild")
    print(f"   {'articles':>9} {'build':>7} {'worker':>7} {'index':>7} {'art/s':>7} {'no-change':>10}")
    for row in sizes:
        print(f"   {row['size']:>9,} {row['rss_parent_mb']:>7.0f} {row['rss_worker_mb']:>7.0f} "
              f"{row['rss_index_mb']:>7.0f} {row['articles_per_s']:>7.1f} "
              f"{row['noop_rebuild_s']:>9.2f}s")


def cold_single(workdir: Path, repeats: int = 3) -> list[float]:
    """``edition build`` of the bundled corpus into a fresh folder, start to exit."""
    times = []
    for i in range(repeats):
        cwd = workdir / f"cold-{i}"
        shutil.rmtree(cwd, ignore_errors=True)  # a --workdir kept from an earlier run
        cwd.mkdir()
        seconds, _ = timed_command([*EDITION, "build", str(REPO / "corpus")], cwd)
        times.append(seconds)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark edition build.")
    parser.add_argument("--sizes", default="100,1000",
                        help="comma-separated corpus sizes (default 100,1000; the issue's "
                             "targets are for 100,1000,10000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, help="keep corpora and builds here")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--measure", nargs=2, type=Path, metavar=("CORPUS", "OUT"),
                        help=argparse.SUPPRESS)  # internal: one measured build
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure, jobs=args.jobs)))
        return

    from synth import write_corpus

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="edition-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    figures = {"cpus": os.cpu_count(), "sizes": []}
    try:
        for size in [int(s) for s in args.sizes.split(",")]:
            corpus, out = workdir / f"corpus-{size}", workdir / f"out-{size}"
            shutil.rmtree(corpus, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            write_corpus(corpus, size)
            done = subprocess.run([sys.executable, __file__, "--jobs", str(args.jobs),
                                   "--measure", str(corpus), str(out)],
                                  capture_output=True, text=True, check=True)
            run = json.loads(done.stdout)
            floor = floor_seconds(out)
            noops = [timed_command([*EDITION, "build", str(corpus), "--out", str(out),
                                    "--jobs", str(args.jobs)], workdir) for _ in range(3)]
            figures["sizes"].append(report_size(size, args.jobs, run, floor,
                                                [seconds for seconds, _ in noops], noops[0][1]))
        print_memory_table(figures["sizes"])
        cold = cold_single(workdir)
        figures["cold_single_s"] = cold
        print(f"\n== cold `edition build` of the bundled article: "
              f"{', '.join(f'{t:.2f}' for t in cold)} s (start to exit; target <= 1.5 s)")
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
