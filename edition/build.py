"""``edition build``: every article of a corpus through every stage, then one bag.

Per article (in a worker): read -> parse -> annotate -> encode -> write
``OUT/tei/NAME.xml`` -> validate -> render ``OUT/html/NAME.html`` and
``OUT/text/NAME.txt``.  Then ``OUT/html/index.html`` (in a child process,
see :func:`finish_corpus`) and, in the build's own process, the BagIt
package ``OUT/bag`` of every valid article.

``OUT/schema/`` holds a copy of the project schema, and each TEI file points
at it (``../schema/edition.xsd``), as the bag's TEI points at the bag's copy:
the output folder validates on its own wherever it is moved, and a TEI file
goes into the bag as it is, hard-linked rather than rewritten.

* Parallel: a process pool (``jobs``, default all cores) whose workers load
  the registers, the schema and the stylesheets once each; or, with
  ``executor="dask"``, the same per-article task on a dask.distributed
  cluster (the workers must see OUT and the sources at the same paths).
* Failure-tolerant: an article that fails is reported with its error and
  the build goes on; :attr:`BuildSummary.ok` is False at the end.
* Incremental: ``OUT/.edition-build.json`` (the manifest) records a
  fingerprint of everything the outputs depend on besides the source (tool
  version and code, registers, corrections file, schema, stylesheets) and,
  per valid article, the source's size, mtime and sha256.  An article is
  skipped when the fingerprint is unchanged, its outputs exist and its
  source is unchanged: same size and mtime, or (mtime differs) same sha256.
  Failed and invalid articles are not recorded, so they are retried.
* Safe: every file is written atomically, and ``OUT/.lock`` (flock) makes a
  second build into the same OUT wait for the first.
* Cheap corpus step: the worker, which holds the TEI tree already, also takes
  what the index and the bag need of the article (index facts, header
  metadata, digests of the files it wrote) and sends it back;
  ``OUT/.edition-facts.jsonl`` keeps these facts for the unchanged articles of
  later builds.  The main process then neither parses nor hashes the corpus
  again (facts that are missing or stale are recomputed from the TEI).
* Flat in memory: what the build process knows of each article (the
  manifest's records, the scan of the sources, the plan, this build's facts)
  waits in :class:`edition.table.Table` s, temporary SQLite files, and the
  manifest and the facts file are read a line at a time; only the
  :class:`BuildSummary` keeps something of each article built (its name and
  stage times).
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import os
import sys
import threading
import time
from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Literal, NamedTuple, Sequence, TextIO

from .convert import CorpusLayout
from .errors import EditionError, InputError, UsageError
from .table import Table
from .xmlio import atomic_write, atomic_writer, file_digest

MANIFEST_NAME = ".edition-build.json"
FACTS_NAME = ".edition-facts.jsonl"  # one line per valid article: [name, facts]
LOCK_NAME = ".lock"
MANIFEST_FORMAT = 1
# An mtime this close to the scan is not trusted: the file may change again
# within the file system's timestamp granularity ("racy clean", as git says).
RACY_NS = 2_000_000_000
# Error lines (and schema problems) printed per article; the rest are counted.
MAX_PROBLEMS = 10
# How long to keep trying to reach a dask scheduler (seconds).
DASK_CONNECT_TIMEOUT = 30
ENTITY_KINDS = ("person", "org", "place", "directive", "date")
STAGES = ("read", "parse", "annotate", "encode", "validate", "render", "write", "facts")
# Where each TEI file finds the schema: OUT/schema, as in the bag (data/tei -> data/schema).
SCHEMA_HREF = "../schema/edition.xsd"

Status = Literal["valid", "invalid", "failed"]


# --- what travels between the main process and the workers -------------------


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to set itself up (picklable; the key of its cache)."""

    out: str
    registers: str | None
    corrections: str | None


@dataclass(frozen=True, slots=True)
class ArticleTask:
    name: str  # the source's file name, the article's key in the manifest
    path: str
    size: int
    mtime_ns: int


@dataclass(slots=True)
class ArticleResult:
    name: str
    path: str
    status: Status
    errors: list[str] = field(default_factory=list)  # file:line:column: message
    title: str = ""
    sha256: str = ""  # of the source
    tei_sha256: str = ""  # of the TEI written (and validated)
    entities: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage
    facts: str = ""  # JSON (see article_facts): what the index and the bag need

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


@dataclass
class BuildSummary:
    """What a build did.  A valid article leaves only its name and its stage times
    here (the rest is in the manifest, the facts file and the entity counts), so
    that the build's memory hardly grows with the corpus."""

    corpus: Path
    out: Path
    total: int = 0  # sources in the corpus
    skipped: int = 0  # unchanged since the last build
    removed: int = 0  # sources gone since the last build (their outputs deleted)
    built: list[str] = field(default_factory=list)  # this build's articles, in order of completion
    failures: list[ArticleResult] = field(default_factory=list)  # those not valid, with errors
    stage_seconds: dict[str, array] = field(  # per stage, one figure per article of ``built``
        default_factory=lambda: {stage: array("d") for stage in STAGES})
    entities: dict[str, int] = field(default_factory=dict)
    corpus_errors: list[str] = field(default_factory=list)  # index or bag
    bag: Path | None = None
    seconds: float = 0.0

    def add(self, result: ArticleResult) -> None:
        self.built.append(result.name)
        for stage, times in self.stage_seconds.items():
            times.append(result.seconds.get(stage, 0.0))
        for kind, n in result.entities.items():
            self.entities[kind] = self.entities.get(kind, 0) + n
        if result.status != "valid":
            self.failures.append(result)

    def count(self, status: Status) -> int:
        if status == "valid":
            return len(self.built) - len(self.failures)
        return sum(r.status == status for r in self.failures)

    @property
    def converted(self) -> int:
        return len(self.built) - self.count("failed")

    @property
    def ok(self) -> bool:
        return not self.corpus_errors and not self.failures


# --- outputs -----------------------------------------------------------------


#: Each output of an article: its folder under OUT (also its kind) and extension.
OUTPUTS = (("tei", "xml"), ("html", "html"), ("text", "txt"))


def output_paths(out: Path, name: str) -> dict[str, Path]:
    """Where an article's renditions go: ``tei/STEM.xml``, ``html/STEM.html``, ``text/STEM.txt``."""
    stem = Path(name).stem
    return {kind: out / kind / f"{stem}.{ext}" for kind, ext in OUTPUTS}


def _remove(paths: Sequence[Path]) -> None:
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


# --- the worker side -----------------------------------------------------------


@dataclass
class _Worker:
    config: WorkerConfig
    registers: Any  # edition.registers.Registers
    validator: Any  # edition.validate.Validator
    renderer: Any  # edition.render.Renderer


# Per thread: a dask worker runs tasks in several threads of one process, and a
# compiled stylesheet with its parameters must not be shared between them.
_LOCAL = threading.local()


def init_worker(config: WorkerConfig) -> None:
    """Process-pool initializer: load registers, schema and stylesheets once.

    A failure is kept and reported for each article (an initializer that
    raises would only break the pool with an unhelpful message).
    """
    _LOCAL.config = config
    try:
        _LOCAL.worker, _LOCAL.error = _load_worker(config), None
    except Exception as exc:  # noqa: BLE001 - reported per article
        _LOCAL.worker, _LOCAL.error = None, _describe(exc, "cannot set up the build worker")


def init_pool_worker(config: WorkerConfig) -> None:
    """The initializer of a forked pool process: its own schema and stylesheets,
    never a Saxon instance inherited from the parent."""
    _LOCAL.__dict__.clear()
    init_worker(config)


def _load_worker(config: WorkerConfig) -> _Worker:
    from .registers import load_registers

    validator, renderer = _tools()
    return _Worker(config, load_registers(config.registers), validator, renderer)


def _tools() -> tuple[Any, Any]:
    """The schema and the compiled stylesheets: the same for every build, so a
    thread that serves several builds (dask, tests) loads them once."""
    if getattr(_LOCAL, "tools", None) is None:
        from .render import Renderer
        from .validate import Validator

        _LOCAL.tools = (Validator(), Renderer())
    return _LOCAL.tools


def _worker_for(config: WorkerConfig) -> _Worker | None:
    """This thread's worker for ``config``, set up on first use (serial and dask runs)."""
    if getattr(_LOCAL, "config", None) != config:
        init_worker(config)
    return _LOCAL.worker


def build_chunk(config: WorkerConfig, tasks: list[ArticleTask]) -> list[ArticleResult]:
    """The unit of work sent to a process or a dask worker: a few articles."""
    worker = _worker_for(config)
    if worker is None:
        return [ArticleResult(t.name, t.path, "failed", [f"{t.path}: {_LOCAL.error}"])
                for t in tasks]
    return [build_article(worker, task) for task in tasks]


class _Clock:
    """Adds the time spent in each ``with clock("stage"):`` block to ``seconds``."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start


def build_article(worker: _Worker, task: ArticleTask) -> ArticleResult:
    """One article through every stage; never raises for a bad article."""
    result = ArticleResult(task.name, task.path, "failed")
    paths = output_paths(Path(worker.config.out), task.name)
    try:
        _convert_validate_render(worker, task, paths, result)
    except EditionError as error:
        result.errors = [str(error) if error.path else f"{task.path}: {error}"]
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the build
        result.errors = [f"{task.path}: {_describe(exc, 'internal error')}{_where(exc)}"]
    if result.status == "failed":
        _remove(list(paths.values()))  # no stale outputs of an earlier version
    return result


def _convert_validate_render(worker: _Worker, task: ArticleTask, paths: dict[str, Path],
                             result: ArticleResult) -> None:
    from .annotate import annotate
    from .encode import encode
    from .parse import parse_article
    from .read import read_source

    clock = _Clock(result.seconds)
    corrections = Path(worker.config.corrections) if worker.config.corrections else None
    with clock("read"):
        source = read_source(task.path)
    result.sha256 = source.sha256
    with clock("parse"):
        article = parse_article(source)
    result.title = article.title.text
    with clock("annotate"):
        annotated = annotate(article, worker.registers, corrections_file=corrections)
    result.entities = count_entities(annotated)
    with clock("encode"):
        tei = encode(annotated, schema_href=SCHEMA_HREF)
    with clock("write"):
        atomic_write(paths["tei"], tei, durable=False)  # synced once, before the manifest
    result.tei_sha256 = hashlib.sha256(tei).hexdigest()
    with clock("validate"):
        tree, report = _parse_and_validate(worker.validator, tei, str(paths["tei"]))
    if not report.valid:
        result.status = "invalid"
        result.errors = [str(p) for p in report.problems[:MAX_PROBLEMS]]
        if len(report.problems) > MAX_PROBLEMS:
            result.errors.append(f"{paths['tei']}: ... and {len(report.problems) - MAX_PROBLEMS} "
                                 "more problem(s)")
        _remove([paths["html"], paths["text"]])  # renditions only of valid TEI
        return
    with clock("render"), _naming(paths["tei"]):
        doc = worker.renderer.load(tei)  # once for both views; valid, so Saxon parses it itself
        html = worker.renderer.html(doc, tei_href=f"../tei/{paths['tei'].name}")
        text = worker.renderer.text(doc)
    renditions = {"html": html.encode("utf-8"), "text": text.encode("utf-8")}
    with clock("write"):
        for kind, data in renditions.items():
            atomic_write(paths[kind], data, durable=False)
    with clock("facts"):
        result.facts = article_facts(tree.getroot(), tei, result.tei_sha256, paths, renditions)
    result.status = "valid"


def _parse_and_validate(validator: Any, tei: bytes, where: str) -> tuple[Any, Any]:
    """Parse the TEI once and validate that tree (the tree then serves the facts)."""
    from .validate import parse_document

    tree, problems = parse_document(tei, where)
    validate_tree = getattr(validator, "validate_tree", None)  # a stand-in may lack it
    if tree is None or problems or validate_tree is None:
        return tree, validator.validate_bytes(tei, where)  # it words every problem itself
    return tree, validate_tree(tree, where)


def article_facts(root: Any, tei: bytes, tei_sha256: str, paths: dict[str, Path],
                  renditions: dict[str, bytes]) -> str:
    """The index facts, header metadata and digests of one valid article, as JSON:
    the corpus step's input, so that it need not read the article again."""
    from dataclasses import asdict

    from .deposit import Digest, FileStamp, point_schema_into_bag, read_metadata
    from .index import index_facts

    facts = {
        "tei_sha256": tei_sha256,  # of ``tei``, taken when it was written
        "index": index_facts(root),
        "meta": asdict(read_metadata(root, paths["tei"])),
        "tei": asdict(Digest.of(point_schema_into_bag(tei))),
        "tei_stamp": asdict(FileStamp.of(paths["tei"])),
        "renditions": {kind: [asdict(FileStamp.of(paths[kind])), asdict(Digest.of(data))]
                       for kind, data in renditions.items()},
    }
    return json.dumps(facts, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Errors about the in-memory TEI name the file it was written to."""
    try:
        yield
    except EditionError as error:
        if error.path in (None, "<bytes>"):
            error.path = str(path)
        raise


def count_entities(annotated: Any) -> dict[str, int]:
    """Distinct persons, orgs, places and directives, and dates marked, of one article."""
    counts = dict.fromkeys(ENTITY_KINDS, 0)
    for entity in annotated.entities.by_id.values():
        counts[entity.kind] = counts.get(entity.kind, 0) + 1
    counts["date"] = sum(span.tag == "date" for _, run in annotated.article.inlines()
                         for span in run.spans)
    return counts


def _where(exc: BaseException) -> str:
    """`` (at edition/annotate.py:42)``: the innermost frame, for the bug report."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    frame = frames[-1]
    return f" (at {Path(frame.filename).name}:{frame.lineno})"


def _describe(exc: BaseException, what: str) -> str:
    detail = str(exc) or type(exc).__name__
    return f"{what}: {type(exc).__name__}: {detail}" if not isinstance(exc, EditionError) \
        else f"{what}: {detail}"


# --- the manifest and the skip check ---------------------------------------------


def _hash_files(files: Sequence[Path], base: Path) -> str:
    """One sha256 over the names (relative to ``base``) and contents of ``files``."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0")
        digest.update(file_digest(path).encode() + b"\n")
    return digest.hexdigest()


def _files_under(folder: Path, pattern: str = "*") -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob(pattern) if p.is_file() and not any(
        part.startswith(".") or part == "__pycache__" for part in p.relative_to(folder).parts)]


def inputs_fingerprint(layout: CorpusLayout) -> dict[str, str]:
    """Hashes of what every article's outputs depend on, besides its source."""
    from . import __version__
    from .resources import schema_dir, xslt_dir

    package = Path(__file__).resolve().parent
    schema, xslt = schema_dir(), xslt_dir()
    corrections = [layout.corrections] if layout.corrections.is_file() else []
    return {
        "version": __version__,
        # The code, so that a changed recognizer rebuilds even without a new version.
        "code": _hash_files(_files_under(package, "*.py"), package),
        "registers": _hash_files(_files_under(layout.registers), layout.registers),
        "corrections": _hash_files(corrections, layout.root),
        "schema": _hash_files(_files_under(schema), schema),
        "stylesheets": _hash_files(_files_under(xslt), xslt),
    }


class Recorded(NamedTuple):
    """What the manifest records of a valid article (one small tuple each: the
    build holds one per article)."""

    size: int
    mtime_ns: int | None  # None: too recent to be trusted (see RACY_NS)
    sha256: str  # of the source
    tei_sha256: str | None  # of the TEI written

    @classmethod
    def from_json(cls, entry: Any) -> Recorded:
        if not isinstance(entry, dict) or "size" not in entry or "sha256" not in entry:
            raise ValueError(f"not the record of an article: {entry!r}")
        return cls(entry["size"], entry.get("mtime_ns"), entry["sha256"], entry.get("tei_sha256"))


class SourceStat(NamedTuple):
    """What the scan of the sources notes of each (one stat)."""

    size: int
    mtime_ns: int


@dataclass
class Manifest:
    inputs: dict[str, str] = field(default_factory=dict)
    # On disk, not in memory: a build holds no record per article (see edition.table).
    articles: Table = field(default_factory=lambda: Table(Recorded))  # name -> Recorded
    corpus_key: str | None = None  # what the index and the bag were last made of

    @classmethod
    def load(cls, out: Path) -> Manifest:
        """The last build's manifest; an empty one when absent or unreadable (rebuild all).
        It is read a line at a time as :meth:`save` writes it (a manifest laid out
        otherwise is read whole, once)."""
        try:
            with open(out / MANIFEST_NAME, encoding="utf-8") as handle:
                try:
                    return cls._of(*_manifest_by_lines(handle))
                except ValueError:
                    handle.seek(0)
                    return cls._of(*_manifest_whole(handle))
        except (OSError, ValueError):
            return cls()

    @classmethod
    def _of(cls, head: Any, entries: Iterable[tuple[str, Any]]) -> Manifest:
        if not isinstance(head, dict) or head.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a manifest of this format")
        manifest = cls(head.get("inputs", {}), corpus_key=head.get("corpus_key"))
        for name, entry in entries:
            manifest.articles[name] = Recorded.from_json(entry)
        return manifest

    def save(self, out: Path) -> None:
        """Write the manifest one article's line at a time (sorted by name)."""
        os.sync()  # the articles' outputs were written without fsync: make them durable first
        head = {"format": MANIFEST_FORMAT, "inputs": self.inputs, "corpus_key": self.corpus_key}
        with atomic_writer(out / MANIFEST_NAME) as handle:
            handle.write(json.dumps(head, ensure_ascii=False, indent=1).removesuffix("\n}").encode())
            handle.write(b',\n' + _ARTICLES_LINE.rstrip("\n").encode())
            for n, (name, entry) in enumerate(self.articles.items()):
                line = json.dumps({name: entry._asdict()}, ensure_ascii=False)
                handle.write(f"{',' if n else ''}\n  {line[1:-1]}".encode("utf-8"))
            handle.write(f"\n{_ARTICLES_END}}}\n".encode())


# The lines around the articles' records in a saved manifest (one record a line between).
_ARTICLES_LINE, _ARTICLES_END = ' "articles": {\n', " }\n"


def _manifest_by_lines(handle: TextIO) -> tuple[Any, Iterator[tuple[str, Any]]]:
    """The head and the (name, record) pairs of a manifest laid out as Manifest.save
    writes it; ValueError, maybe midway, when it is not."""
    head = "".join(itertools.takewhile(lambda line: line != _ARTICLES_LINE, handle))
    return json.loads(head.rstrip().removesuffix(",") + "\n}"), _records_by_lines(handle)


def _records_by_lines(handle: TextIO) -> Iterator[tuple[str, Any]]:
    for line in handle:
        if line == _ARTICLES_END:
            return
        (name, entry), = json.loads("{" + line.strip().removesuffix(",") + "}").items()
        yield name, entry
    raise ValueError("the manifest ends within its articles")


def _manifest_whole(handle: TextIO) -> tuple[Any, Iterable[tuple[str, Any]]]:
    data = json.load(handle)
    articles = data.get("articles") if isinstance(data, dict) else None
    return data, articles.items() if isinstance(articles, dict) else ()


def scan_sources(layout: CorpusLayout) -> Table:
    """Every ``source/*.txt`` with its size and mtime (one stat each): name -> SourceStat."""
    if not layout.sources.is_dir():
        raise InputError("not a corpus: it has no source/ folder with *.txt articles",
                         str(layout.root))
    sources = Table(SourceStat)
    with os.scandir(layout.sources) as entries:
        for entry in entries:
            if entry.name.endswith(".txt") and not entry.name.startswith(".") and entry.is_file():
                stat = entry.stat()
                sources[entry.name] = SourceStat(stat.st_size, stat.st_mtime_ns)
    return sources


@dataclass
class Plan:
    total: int  # sources in the corpus
    todo: Table  # name -> SourceStat
    skipped: int
    removed: list[str]
    touched: Table  # unchanged content but a new mtime: name -> mtime to record

    def tasks(self, layout: CorpusLayout) -> Iterator[ArticleTask]:
        """The articles to build, by name."""
        folder = str(layout.sources)
        return (ArticleTask(name, os.path.join(folder, name), stat.size, stat.mtime_ns)
                for name, stat in self.todo.items())

    def close(self) -> None:
        self.todo.close()
        self.touched.close()


def plan_build(layout: CorpusLayout, manifest: Manifest, inputs: dict[str, str], out: Path,
               force: bool) -> Plan:
    """Which articles to build; the cheap checks (stat) before any hash."""
    sources = scan_sources(layout)
    removed = [name for name in manifest.articles if name not in sources]
    if force or manifest.inputs != inputs:
        return Plan(len(sources), sources, 0, removed, Table())
    plan = Plan(len(sources), Table(SourceStat), 0, removed, Table())
    with sources:
        for name, stat in sources.items():
            entry = manifest.articles.get(name)
            if entry is None or not _outputs_exist(out, name) or entry.size != stat.size:
                plan.todo[name] = stat
            elif entry.mtime_ns == stat.mtime_ns:
                plan.skipped += 1
            elif file_digest(layout.sources / name) == entry.sha256:
                plan.skipped += 1
                plan.touched[name] = stat.mtime_ns
            else:
                plan.todo[name] = stat
    return plan


def _outputs_exist(out: Path, name: str) -> bool:
    """Those of :func:`output_paths`, as strings: three stats per article, no Paths."""
    stem = os.path.splitext(name)[0]
    return all(os.path.exists(f"{out}/{kind}/{stem}.{ext}") for kind, ext in OUTPUTS)


def _trusted_mtime(mtime_ns: int, scan_ns: int) -> int | None:
    return mtime_ns if mtime_ns < scan_ns - RACY_NS else None


# --- locking -----------------------------------------------------------------


@contextmanager
def build_lock(out: Path, notify: Callable[[str], None]) -> Iterator[None]:
    """Hold ``OUT/.lock``; a second build into the same OUT waits here for the first."""
    try:
        import fcntl
    except ImportError:  # not POSIX: every file is still written atomically
        yield
        return
    with open(out / LOCK_NAME, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            notify(f"{out}: another build is writing here; waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- progress and messages -----------------------------------------------------


class Reporter:
    """Progress (a rich bar on a terminal, plain lines otherwise) and error lines."""

    PLAIN_EVERY = 2.0  # seconds between plain progress lines

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.tty = bool(stream and stream.isatty())
        self.started = time.perf_counter()
        self.last_line = self.started
        self._bar: Any = None
        self._task: Any = None

    def start(self) -> None:
        """Show the bar; called once the workers exist (no thread may run when they fork)."""
        if self.tty and self.total and self._bar is None:
            self._bar = _rich_progress(self.stream)
            self._task = self._bar.add_task("building", total=self.total)
            self._bar.start()

    def message(self, text: str) -> None:
        if self.stream is None:
            return
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=self.stream, flush=True)

    def add(self, results: list[ArticleResult]) -> None:
        for result in results:
            label = {"invalid": "invalid", "failed": "error"}.get(result.status)
            for line in result.errors if label else []:
                self.message(f"{line}" if label == "error" else f"{line} [{label}]")
        self.done += len(results)
        if self._bar is not None:
            self._bar.update(self._task, advance=len(results))
        elif self.stream is not None and self.total > 1:
            now = time.perf_counter()
            if now - self.last_line >= self.PLAIN_EVERY or self.done == self.total:
                self.last_line = now
                self.message(self._plain_line(now))

    def _plain_line(self, now: float) -> str:
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        return (f"built {self.done}/{self.total} articles ({rate:.1f}/s, "
                f"ETA {_clock(eta)})")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _rich_progress(stream: TextIO | None) -> Any:
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} articles/s" if speed else "- articles/s")

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
                    TextColumn("ETA"), TimeRemainingColumn(),
                    console=Console(file=stream), transient=False)


# --- running the tasks -------------------------------------------------------------

# Called with a chunk of tasks and their results, in the same order.
OnResults = Callable[[list[ArticleTask], list[ArticleResult]], None]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def chunked(tasks: Iterable[ArticleTask], count: int, jobs: int) -> Iterator[list[ArticleTask]]:
    """The ``count`` tasks in chunks small enough to balance the load and show
    progress, big enough to keep the cost of sending work to a process small;
    made as they are asked for."""
    size = max(1, min(16, count // (jobs * 8)))
    iterator = iter(tasks)
    return iter(lambda: list(itertools.islice(iterator, size)), [])


def _failed_chunk(chunk: list[ArticleTask], why: str) -> list[ArticleResult]:
    return [ArticleResult(t.name, t.path, "failed", [f"{t.path}: {why}"]) for t in chunk]


def run_serial(config: WorkerConfig, tasks: Iterable[ArticleTask], reporter: Reporter,
               on_results: OnResults) -> None:
    reporter.start()
    for task in tasks:
        on_results([task], build_chunk(config, [task]))


def run_processes(config: WorkerConfig, tasks: Iterable[ArticleTask], count: int, jobs: int,
                  reporter: Reporter, on_results: OnResults) -> None:
    """A process pool with a bounded number of chunks in flight (flat memory)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    chunks = chunked(tasks, count, jobs)
    # fork shares the already imported code with the workers and starts them fast.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    pending: dict[Future[list[ArticleResult]], list[ArticleTask]] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=init_pool_worker, initargs=(config,)) as pool:

        def submit_next() -> None:
            chunk = next(chunks, None)
            if chunk is None:
                return
            try:
                pending[pool.submit(build_chunk, config, chunk)] = chunk
            except RuntimeError as exc:  # a broken pool: the rest fails, reported
                on_results(chunk, _failed_chunk(chunk, _describe(exc, "worker process failed")))
                submit_next()

        for _ in range(jobs * 4):
            submit_next()
        reporter.start()
        try:
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    chunk = pending.pop(future)
                    try:
                        results = future.result()
                    except Exception as exc:  # noqa: BLE001 - e.g. a worker killed
                        results = _failed_chunk(chunk, _describe(exc, "worker process failed"))
                    on_results(chunk, results)
                    submit_next()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def run_dask(config: WorkerConfig, tasks: Iterable[ArticleTask], count: int,
             scheduler: str | None, reporter: Reporter, on_results: OnResults) -> None:
    """The same chunks as tasks on a dask.distributed cluster."""
    if not scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://host:8786)")
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("--executor dask needs dask.distributed: "
                         "pip install 'edition[dask]'") from None
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise EditionError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    with client:
        chunks = list(chunked(tasks, count, max(1, sum(client.nthreads().values()))))
        futures = client.map(build_chunk, [config] * len(chunks), chunks, pure=False)
        chunk_of = {future.key: chunk for future, chunk in zip(futures, chunks)}
        reporter.start()
        for future in as_completed(futures, loop=client.loop):
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker, say
                results = _failed_chunk(chunk_of[future.key], _describe(exc, "dask task failed"))
            on_results(chunk_of[future.key], results)


# --- the corpus-level steps: index and bag -----------------------------------------


def iter_facts(out: Path) -> Iterator[tuple[str, str]]:
    """``(name, facts JSON)`` of each line of the facts file, in its order (sorted
    by name); nothing when it is absent or unreadable, and damaged lines are
    skipped (those facts are recomputed)."""
    try:
        with open(out / FACTS_NAME, encoding="utf-8") as handle:
            for line in handle:
                try:
                    yield _split_facts_line(line)
                except ValueError:
                    continue
    except (OSError, ValueError):
        return


_DECODER = json.JSONDecoder()


def _split_facts_line(line: str) -> tuple[str, str]:
    """``[name,facts]`` -> (name, facts JSON); ValueError for a damaged line."""
    name, end = _DECODER.raw_decode(line, 1)  # the name only: lines are long
    return name, line[end + 1:].rstrip()[:-1]


class StoredFacts:
    """The facts file, read one article's line at a time when asked: only the
    offset of each line is kept, so the facts of a large corpus are never all in
    memory at once (the deposit holds one)."""

    def __init__(self, out: Path) -> None:
        self._offsets = Table()  # name -> where its line starts
        try:
            self._file: BinaryIO | None = open(out / FACTS_NAME, "rb")
        except OSError:
            self._file = None
            return
        offset = 0
        for line in self._file:
            try:
                name, _ = _split_facts_line(line.decode("utf-8"))
                self._offsets[name] = offset
            except ValueError:
                pass  # a damaged line: those facts are recomputed
            offset += len(line)

    def get(self, name: str) -> str | None:
        """The facts JSON of ``name``, None when the file has none."""
        offset = self._offsets.get(name)
        if self._file is None or offset is None:
            return None
        self._file.seek(offset)
        return _split_facts_line(self._file.readline().decode("utf-8"))[1]

    def __enter__(self) -> StoredFacts:
        return self

    def __exit__(self, *exc: object) -> None:
        self._offsets.close()
        if self._file is not None:
            self._file.close()


def save_facts(out: Path, manifest: Manifest, fresh: Table) -> None:
    """Keep the facts of this build's articles (``fresh``: name -> facts JSON) and
    of the unchanged ones in the manifest: the sorted file and this build's facts,
    in name order, merged line by line."""
    kept = ((name, line) for name, line in iter_facts(out)
            if name in manifest.articles and name not in fresh)
    new = ((name, line) for name, line in fresh.items() if name in manifest.articles)
    with atomic_writer(out / FACTS_NAME) as handle:
        for name, line in heapq.merge(kept, new):
            handle.write(f"[{json.dumps(name, ensure_ascii=False)},{line}]\n".encode("utf-8"))


def finish_corpus(layout: CorpusLayout, out: Path, manifest: Manifest,
                  renderer: Any = None) -> Path | None:
    """Write the HTML index and the bag of every valid article of the manifest
    (None, and nothing written, when there is none).

    With ``renderer`` (this process has the stylesheets already: a serial
    build) the index is rendered here.  Otherwise a child process writes it
    while this one writes the bag: Saxon's heap, which grows with the index and
    is never given back, goes when the child does, and a parallel build's own
    process never loads Saxon at all.  Both read the facts file one line at a
    time.  The index is made from the manifest as saved (the build saves it
    before this step), which the child reads rather than being sent a copy."""
    if not manifest.articles:
        return None
    if renderer is not None:
        write_corpus_index(out, renderer)
        return _deposit_built(layout, out, manifest.articles)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: the child starts in milliseconds with the code already imported.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as child:
        index = child.submit(write_corpus_index, out)
        bag = _deposit_built(layout, out, manifest.articles)
        index.result()  # its error, if any, is the build's too
    return bag


def write_corpus_index(out: Path, renderer: Any = None) -> None:
    """``OUT/html/index.html`` of the articles the manifest records, from their
    facts, or from the TEI where those are missing or stale."""
    from .index import CorpusIndex

    if renderer is None:
        from .render import Renderer
        renderer = Renderer(views=())  # the index's stylesheet only
    with Manifest.load(out).articles as articles, CorpusIndex() as index:
        with StoredFacts(out) as stored:
            for name, recorded in articles.items():
                facts = _current_facts(stored.get(name), recorded.tei_sha256)
                paths = output_paths(out, name)
                index.add_facts(facts["index"] if facts else _index_facts_of(paths["tei"]),
                                paths["html"].name)
        with atomic_writer(out / "html" / "index.html") as handle:
            for part in renderer.corpus_index_parts(index):
                handle.write(part.encode("utf-8"))


def _deposit_built(layout: CorpusLayout, out: Path, articles: Table) -> Path:
    """The bag of the built articles, with what their facts know of their files."""
    from .deposit import deposit_corpus

    bag = out / "bag"
    with StoredFacts(out) as stored, BuiltItems(layout, out, articles, stored) as items:
        deposit_corpus(items, bag, force=True,
                       registers_dir=layout.registers if layout.registers.is_dir() else None)
    return bag


class BuiltItems(Sequence[Any]):
    """The :class:`edition.deposit.DepositItem` of each built article, made when asked
    from its line of the facts file, so that a deposit of any number of articles
    needs no more memory than of one."""

    def __init__(self, layout: CorpusLayout, out: Path, articles: Table,
                 stored: StoredFacts) -> None:
        self._layout, self._out, self._articles, self._stored = layout, out, articles, stored
        self._names = Table()  # position -> name, in name order
        self._count = 0
        for name in articles:
            self._names[self._count] = name
            self._count += 1

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> Any:  # type: ignore[override]
        from .deposit import DepositItem

        if not 0 <= index < self._count:
            raise IndexError(index)  # the end, for Sequence's iteration
        name = self._names[index]
        paths = output_paths(self._out, name)
        facts = _current_facts(self._stored.get(name), self._articles[name].tei_sha256)
        return DepositItem(tei=paths["tei"], source=self._layout.sources / name,
                           html=paths["html"], text=paths["text"],
                           known=known_files(facts) if facts else None)  # None: files are read

    def __enter__(self) -> BuiltItems:
        return self

    def __exit__(self, *exc: object) -> None:
        self._names.close()


def _current_facts(line: str | None, tei_sha256: str | None) -> dict | None:
    """The facts of a facts-file line, when they are those of the TEI as it is."""
    facts = json.loads(line) if line else None
    return facts if facts and facts.get("tei_sha256") == tei_sha256 else None


def _index_facts_of(tei: Path) -> dict:
    from .index import index_facts
    from .xmlio import parse_xml

    return index_facts(parse_xml(tei).getroot())


def known_files(facts: dict) -> Any:
    """The :class:`edition.deposit.KnownFiles` of an article's facts (None without digests)."""
    from .deposit import ArticleMeta, Digest, FileStamp, KnownFiles

    if "meta" not in facts:
        return None
    stamp = facts.get("tei_stamp")  # absent from the facts of older builds
    return KnownFiles(
        meta=ArticleMeta(**facts["meta"]), tei_sha256=facts["tei_sha256"],
        tei=Digest(**facts["tei"]), tei_stamp=FileStamp(**stamp) if stamp else None,
        renditions={kind: (FileStamp(**stamp), Digest(**digest))
                    for kind, (stamp, digest) in facts["renditions"].items()})


# --- the build -------------------------------------------------------------------


def build_corpus(layout: CorpusLayout, out: Path, *, jobs: int | None = None,
                 force: bool = False, executor: str = "process", scheduler: str | None = None,
                 stream: TextIO | None | str = "stderr",
                 summary_stream: TextIO | None | str = "stdout") -> BuildSummary:
    """Build ``layout`` into ``out`` (see the module docstring).

    Progress and article errors go to ``stream``, the summary table to
    ``summary_stream`` (``None`` silences either).  The defaults are the
    ``sys.stderr`` and ``sys.stdout`` of the moment of the call, not of import,
    so that callers who redirect them (tests, embedding tools) are heard.
    """
    stream = sys.stderr if stream == "stderr" else stream
    summary_stream = sys.stdout if summary_stream == "stdout" else summary_stream
    if executor not in ("process", "dask"):
        raise UsageError(f"unknown executor {executor!r} (process or dask)")
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(corpus=layout.root, out=out)
    notify = (lambda text: print(text, file=stream, flush=True)) if stream else (lambda text: None)
    with build_lock(out, notify):
        _build_locked(layout, out, summary, jobs=jobs or default_jobs(), force=force,
                      executor=executor, scheduler=scheduler, stream=stream)
    summary.seconds = time.perf_counter() - started
    if summary_stream is not None:
        print_summary(summary, summary_stream)
    return summary


def publish_schema(out: Path) -> None:
    """Keep ``OUT/schema`` a copy of the project schema, which the TEI files point at."""
    from .resources import schema_dir

    source = schema_dir()
    for path in _files_under(source):
        target = out / "schema" / path.relative_to(source)
        data = path.read_bytes()
        if not target.is_file() or target.read_bytes() != data:
            atomic_write(target, data)


def remove_leftovers(out: Path) -> None:
    """A build killed midway leaves the temporary files of its atomic writes and,
    during the bag, the folders of an unfinished deposit.  Under the build lock no
    other build is using them, so they go."""
    from .deposit import remove_unfinished
    from .xmlio import remove_temporaries

    remove_unfinished(out / "bag")
    for folder in (out, *(out / name for name in ("tei", "html", "text", "schema"))):
        remove_temporaries(folder)


def _build_locked(layout: CorpusLayout, out: Path, summary: BuildSummary, *, jobs: int,
                  force: bool, executor: str, scheduler: str | None,
                  stream: TextIO | None) -> None:
    remove_leftovers(out)
    publish_schema(out)
    scan_ns = time.time_ns()
    inputs = inputs_fingerprint(layout)
    manifest = Manifest.load(out)
    plan = plan_build(layout, manifest, inputs, out, force)
    summary.total, summary.skipped, summary.removed = plan.total, plan.skipped, len(plan.removed)
    dirty = bool(plan.todo or plan.removed or manifest.inputs != inputs)
    if manifest.inputs != inputs:
        manifest.articles.close()
        manifest = Manifest(inputs=inputs)
    for name in plan.removed:
        _remove(list(output_paths(out, name).values()))
        manifest.articles.pop(name, None)
    for name, mtime_ns in plan.touched.items():  # same content: remember the new mtime
        entry = manifest.articles[name]
        if entry.mtime_ns != _trusted_mtime(mtime_ns, scan_ns):
            manifest.articles[name] = entry._replace(mtime_ns=_trusted_mtime(mtime_ns, scan_ns))
            dirty = True

    reporter = Reporter(len(plan.todo), stream)
    fresh_facts = Table()  # name -> facts JSON of this build's valid articles

    def record(chunk: list[ArticleTask], results: list[ArticleResult]) -> None:
        for task, result in zip(chunk, results):
            summary.add(result)
            if result.status == "valid":
                manifest.articles[result.name] = Recorded(
                    task.size, _trusted_mtime(task.mtime_ns, scan_ns), result.sha256,
                    result.tei_sha256)
                fresh_facts[result.name] = result.facts
            else:  # retried next time, and kept out of the index and the bag
                manifest.articles.pop(result.name, None)
        reporter.add(results)

    try:
        _run(layout, out, plan, jobs, executor, scheduler, reporter, record)
    finally:
        plan.close()
        reporter.close()
        if dirty:
            save_facts(out, manifest, fresh_facts)
            manifest.save(out)  # also after an interrupt: what was built stays built
        fresh_facts.close()  # the corpus step reads them back from the facts file
    key = corpus_key(manifest)
    if force or key != manifest.corpus_key or (manifest.articles and not (out / "bag").is_dir()):
        _finish(layout, out, manifest, key, summary, reporter)
    else:
        summary.bag = out / "bag" if manifest.articles else None


def _run(layout: CorpusLayout, out: Path, plan: Plan, jobs: int, executor: str,
         scheduler: str | None, reporter: Reporter, record: OnResults) -> None:
    config = WorkerConfig(out=str(out.resolve()),
                          registers=str(layout.registers) if layout.registers.is_dir() else None,
                          corrections=str(layout.corrections) if layout.corrections.is_file()
                          else None)
    count, tasks = len(plan.todo), plan.tasks(layout)
    if not count:
        return
    if executor == "dask":
        run_dask(config, tasks, count, scheduler, reporter, record)
    elif min(jobs, count) == 1:
        run_serial(config, tasks, reporter, record)  # no pool to start: fast for one article
    else:
        run_processes(config, tasks, count, min(jobs, count), reporter, record)


def corpus_key(manifest: Manifest) -> str:
    """What the index and the bag are made of: the inputs and each valid article's source."""
    digest = hashlib.sha256(json.dumps(manifest.inputs, sort_keys=True).encode())
    for name, entry in manifest.articles.items():
        digest.update(f"{name}\0{entry.sha256}\n".encode())
    return digest.hexdigest()


def _finish(layout: CorpusLayout, out: Path, manifest: Manifest, key: str,
            summary: BuildSummary, reporter: Reporter) -> None:
    try:
        # A serial build already compiled the stylesheets in this process.
        worker = getattr(_LOCAL, "worker", None)
        renderer = worker.renderer if worker is not None else None
        summary.bag = finish_corpus(layout, out, manifest, renderer)
    except EditionError as error:
        summary.corpus_errors.append(str(error) if error.path else f"{out / 'bag'}: {error}")
    except Exception as exc:  # noqa: BLE001 - reported, exit status 1
        summary.corpus_errors.append(f"{out / 'bag'}: {_describe(exc, 'internal error')}")
    manifest.corpus_key = None if summary.corpus_errors else key
    manifest.save(out)
    for line in summary.corpus_errors:
        reporter.message(line)


# --- the summary ---------------------------------------------------------------------

_ENTITY_LABELS = {"person": "persons", "org": "organizations", "place": "places",
                  "directive": "directives", "date": "dates"}


def summary_rows(summary: BuildSummary) -> list[tuple[str, str]]:
    rate = len(summary.built) / summary.seconds if summary.seconds > 0 else 0.0
    entities = ", ".join(f"{summary.entities.get(k, 0)} {label}"
                         for k, label in _ENTITY_LABELS.items())
    return [
        ("articles", f"{summary.total} ({len(summary.built)} built, {summary.skipped} "
                     f"unchanged{f', {summary.removed} removed' if summary.removed else ''})"),
        ("converted", str(summary.converted)),
        ("valid", str(summary.count("valid"))),
        ("invalid", str(summary.count("invalid"))),
        ("failed", str(summary.count("failed"))),
        ("entities", entities),
        ("time", f"{summary.seconds:.2f} s ({rate:.1f} articles/s)"),
    ]


def print_summary(summary: BuildSummary, stream: TextIO) -> None:
    rows = summary_rows(summary)
    if stream.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"edition build {summary.corpus} -> {summary.out}", show_header=False)
        table.add_column(style="bold")
        table.add_column()
        for label, value in rows:
            table.add_row(label, value)
        Console(file=stream).print(table)
    else:
        print(f"edition build {summary.corpus} -> {summary.out}", file=stream)
        for label, value in rows:
            print(f"  {label:<10} {value}", file=stream)
    out = summary.out
    bag = f"{summary.bag} (BagIt)" if summary.bag else "no bag (no valid article)"
    print(f"results: {out / 'tei'} (TEI), {out / 'html' / 'index.html'} (HTML), "
          f"{out / 'text'} (plain text), {bag}", file=stream)
    if not summary.ok:
        print("the build had errors (listed above); exit status 1", file=stream)
    stream.flush()
