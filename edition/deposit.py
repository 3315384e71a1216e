"""Archival deposit: a self-describing, verifiable BagIt 1.0 bag (RFC 8493).

A bag holds, under ``data/``::

    README.txt                what each file is and how to check the bag
    tei/NAME.xml              the TEI edition of each article (validated)
    source/NAME.txt           the article's source file, byte for byte
    html/NAME.html            the HTML rendition (links to ../tei/NAME.xml)
    text/NAME.txt             the plain-text rendition
    schema/...                the schema files the TEI was validated with
    registers/*.xml           the editors' registers used (when there are any)
    validation-report.json    the machine-readable validation report

and beside it ``bagit.txt``, ``bag-info.txt``, ``manifest-sha256.txt``,
``manifest-sha512.txt`` and the two tag manifests.  The tag files are written
here (not by ``bagit.make_bag``, which writes BagIt 0.97 and dates the bag
with the clock); the ``bagit`` package checks every bag before it is put in
place and again in :func:`verify_bag`.

Deterministic: the same inputs give the same bytes in every file.  The one
date, ``Bagging-Date``, comes from ``SOURCE_DATE_EPOCH`` when it is set, else
from the newest publication date of the deposited articles (an honest lower
bound on the bagging date that does not change from run to run); a bag of
undated articles has no ``Bagging-Date`` (the element is optional).

Flat in memory: the articles are read one at a time, in two passes (validate,
then write), what the tag files list per article is spooled to temporary
files, and the names taken in the bag and the bag's order wait in
:class:`edition.table.Table` s, so a bag of any number of articles takes the
memory of one.

Safe: every TEI file is validated before anything is written; the bag is built
in a hidden temporary folder beside the target and renamed into place, so an
interrupted run leaves no half bag; an existing bag is replaced only with
``force`` and only when it is a bag.

Fast for a corpus build: each payload file is hashed once, from the bytes
written (the manifests are made from those digests, not by reading the bag
back), and a :class:`DepositItem` may carry :class:`KnownFiles`, what the
build already knows (the TEI header's metadata, the digests of the files the
workers wrote).  Such a rendition is hard-linked into the bag instead of
copied, and its digest is trusted only when the link is the very file the
worker wrote and hashed (same inode, size and mtime); otherwise it is read
and hashed here.  Sources are always copied and hashed here (an editor may
change a source in place; a link would change the archived copy with it).
A bag made with known files is checked for completeness and Payload-Oxum
instead of by bagit's validator, which would hash every file again; its
manifests are byte for byte those of a bag made without them.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import secrets
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import __version__
from .errors import EditionError, InputError, ValidationFailed
from .table import Table
from .xmlio import TEI_NS, XML_NS, file_digest, parse_xml, require_tei

ALGORITHMS = ("sha256", "sha512")
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
REPORT_NAME = "validation-report.json"
SCHEMA_FOLDER_IN_BAG = "../schema/"  # from data/tei/ to data/schema/
MAX_PROBLEMS_SHOWN = 20

_NS = {"tei": TEI_NS}


@dataclass(frozen=True)
class Digest:
    """Size and the manifests' checksums of one file's bytes."""

    size: int
    sha256: str
    sha512: str

    @classmethod
    def of(cls, data: bytes) -> Digest:
        return cls.of_pieces((data,))

    @classmethod
    def of_pieces(cls, pieces: Iterable[bytes]) -> Digest:
        """The digest of the bytes ``pieces`` make together, taken as they come."""
        sha256, sha512, size = hashlib.sha256(), hashlib.sha512(), 0
        for piece in pieces:
            sha256.update(piece)
            sha512.update(piece)
            size += len(piece)
        return cls(size, sha256.hexdigest(), sha512.hexdigest())


@dataclass(frozen=True)
class FileStamp:
    """Which file a digest was taken of: a hard link to it has the same stamp."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        stat = os.stat(path)
        return cls(stat.st_ino, stat.st_size, stat.st_mtime_ns)


@dataclass
class KnownFiles:
    """What a corpus build already knows about an article it deposits.

    ``tei_sha256`` is that of the TEI file as validated; ``tei`` the digest of
    its bag form (:func:`point_schema_into_bag`), trusted when the file still
    has that sha256, or ``tei_stamp`` (the stamp of the file written).  A TEI
    file that still has that stamp is taken as validated (the build did), and
    when it is its own bag form (the same sha256) it is hard-linked into the
    bag.  ``renditions`` maps "html"/"text" to the stamp of the file written
    and the digest of its bytes.
    """

    meta: ArticleMeta
    tei_sha256: str
    tei: Digest
    renditions: dict[str, tuple[FileStamp, Digest]] = field(default_factory=dict)
    tei_stamp: FileStamp | None = None


@dataclass
class DepositItem:
    """One article to deposit; renditions are rendered from the TEI when not given."""

    tei: Path
    source: Path | None
    html: Path | None = None
    text: Path | None = None
    known: KnownFiles | None = None


@dataclass
class ArticleMeta:
    """What bag-info.txt and README.txt say about an article, from its TEI header."""

    id: str
    title: str
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601, as in sourceDesc's date/@when
    languages: list[str] = field(default_factory=list)
    publisher: str | None = None  # of the edition (publicationStmt)
    source_filename: str | None = None
    source_sha256: str | None = None


@dataclass
class _Article:
    """An article as it will be laid out in the bag (its bytes are read when written:
    a corpus's TEI need not all fit in memory)."""

    item: DepositItem
    meta: ArticleMeta
    stem: str  # NFC
    source_name: str | None  # NFC

    @property
    def tei_path(self) -> str:
        return f"tei/{self.stem}.xml"

    @property
    def html_path(self) -> str:
        return f"html/{self.stem}.html"

    @property
    def text_path(self) -> str:
        return f"text/{self.stem}.txt"

    @property
    def source_path(self) -> str | None:
        return f"source/{self.source_name}" if self.source_name else None


# --- the public functions -------------------------------------------------------


def deposit_files(tei_paths: Sequence[Path], bag: Path, *, sources: Sequence[Path] = (),
                  force: bool = False, contact_email: str | None = None,
                  organization: str | None = None) -> Path:
    """Deposit TEI files (or folders of ``*.xml``) as one bag: what ``edition deposit`` runs.

    Each TEI's source is found by the file name its header records
    (``sourceDesc//idno[@type='filename']``) or, failing that, by the sha256
    it records: first among ``sources`` (files or folders), then in the
    ``source/`` folder beside the TEI's ``tei/`` folder.  The registers are
    those of that corpus (``registers/`` beside ``tei/``), when present.
    """
    teis = _expand(tei_paths, "*.xml")
    if not teis:
        raise EditionError("no TEI files (*.xml) to deposit", ", ".join(map(str, tei_paths)))
    given = _expand(sources, "*.txt") if sources else []
    items = [DepositItem(tei=tei, source=source)
             for tei, source in zip(teis, _find_sources(teis, given))]
    unused = set(given) - {item.source for item in items}
    if unused:
        raise EditionError("the source matches none of the TEI files (by the file name or "
                           "sha256 in their headers)", str(sorted(unused)[0]))
    return deposit_corpus(items, bag, force=force, contact_email=contact_email,
                          organization=organization, registers_dir=_registers_of(teis))


def deposit_corpus(items: Sequence[DepositItem], bag: Path, *, force: bool = False,
                   contact_email: str | None = None, organization: str | None = None,
                   registers_dir: Path | None = None, validator: Any = None,
                   renderer: Any = None, bagging_date: date | None = None) -> Path:
    """Write ``items`` as a BagIt bag at ``bag`` and return its path.

    The articles go into the bag in the order of their TEI file names, and are
    read twice, one at a time: a first pass validates every TEI file and
    gathers what the tag files say of the whole; the second writes the payload,
    each article's lines of the manifests, README.txt, bag-info.txt and the
    validation report going to temporary files.  Memory does not grow with the
    corpus, so ``items`` may be a lazy sequence (a corpus build makes each item
    from its facts file when asked).

    Raises :class:`ValidationFailed` (nothing written) when a TEI file fails
    validation, :class:`EditionError` when ``bag`` exists and ``force`` is not
    given, or when an input is missing or inconsistent.
    """
    bag = Path(bag)
    if not len(items):
        raise EditionError("nothing to deposit", str(bag))
    _check_target(bag, force)
    if validator is None:
        from .validate import Validator
        validator = Validator()
    survey = _survey(items, validator)
    if bagging_date is None:
        bagging_date = _bagging_date(survey)
    tmp = _temporary_sibling(bag, "partial")
    try:
        tmp.mkdir(parents=True)
        if renderer is None and survey.needs_renderer:
            from .render import Renderer
            renderer = Renderer()
        with _Payload(tmp / "data") as payload, _Lines() as lines:
            _write_payload(payload, lines, (items[i] for _, i in survey.order.items()), survey,
                           renderer, registers_dir, _schema_dir_of(validator), validator)
            _write_tag_files(tmp, bag_info(survey, lines, contact_email=contact_email,
                                           organization=organization, bagging_date=bagging_date),
                             payload)
            if survey.known:
                _check_complete(tmp, payload)
            else:
                _self_check(tmp)
        _install(tmp, bag, force)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise EditionError(f"cannot write the bag: {exc.strerror or exc}",
                               exc.filename or str(bag)) from exc
        raise
    finally:
        survey.order.close()
    return bag


def verify_bag(bag: Path) -> list[str]:
    """Every problem of a bag, each naming the file: completeness and fixity with
    every manifest's algorithm, Payload-Oxum, the sources against the sha256 their
    TEI records, and the TEI against the schema shipped inside the bag."""
    bag = Path(bag)
    if not (bag / "bagit.txt").is_file():
        return ["bagit.txt: missing: this is not a BagIt bag"]
    problems = [*_check_bagit_txt(bag)]
    payload = _files_under(bag, "data")
    problems += _check_manifests(bag, "manifest", payload, required=ALGORITHMS)
    problems += _check_manifests(bag, "tagmanifest", _tag_files(bag), required=ALGORITHMS)
    problems += _check_oxum(bag, payload)
    if not problems:  # bagit's own opinion, when ours finds nothing (it stops at the first)
        problems += _bagit_validate(bag)
    problems += _check_tei(bag)
    return problems


# --- reading the articles ---------------------------------------------------------


def read_metadata(root: Any, path: Path) -> ArticleMeta:
    """Identifier, title, authors, date, languages and source of a TEI document."""

    def texts(xpath: str) -> list[str]:
        return [" ".join("".join(e.itertext()).split()) for e in root.xpath(xpath, namespaces=_NS)]

    def first(xpath: str) -> str | None:
        values = [v.strip() for v in root.xpath(xpath, namespaces=_NS) if v.strip()]
        return values[0] if values else None

    title_stmt = "tei:teiHeader/tei:fileDesc/tei:titleStmt"
    bibl = "tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:bibl"
    titles = texts(f"{title_stmt}/tei:title[@type='main']") or texts(f"{title_stmt}/tei:title")
    languages = [str(v) for v in root.xpath("tei:teiHeader/tei:profileDesc/tei:langUsage/"
                                            "tei:language/@ident", namespaces=_NS)]
    if not languages and root.get(f"{{{XML_NS}}}lang"):
        languages = [root.get(f"{{{XML_NS}}}lang")]
    return ArticleMeta(
        id=(root.get(f"{{{XML_NS}}}id")
            or first("tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='edition']/text()")
            or path.stem),
        title=titles[0] if titles else path.stem,
        authors=[a for a in texts(f"{title_stmt}/tei:author") if a],
        date=first(f"{bibl}/tei:date/@when"),
        languages=languages,
        publisher=first("tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher/text()"),
        source_filename=first(f"{bibl}/tei:idno[@type='filename']/text()"),
        source_sha256=first(f"{bibl}/tei:idno[@type='sha256']/text()"),
    )


def _article(item: DepositItem) -> _Article:
    """An item as it will be laid out in the bag, with its TEI header's metadata."""
    if item.known is not None:
        meta = item.known.meta
    else:
        meta = read_metadata(require_tei(parse_xml(item.tei), str(item.tei)), item.tei)
    return _Article(item=item, meta=meta, stem=nfc(Path(item.tei).stem),
                    source_name=nfc(Path(item.source).name) if item.source is not None else None)


@dataclass
class _Survey:
    """What the first pass learns of the whole deposit: enough for the tag files'
    statements about all articles, and the bag's order (in a Table: nothing per
    article in memory)."""

    count: int = 0
    first_title: str = ""
    publishers: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    earliest: str | None = None  # publication dates, ISO 8601
    latest: str | None = None
    newest_day: date | None = None
    known: bool = False  # some item carries what a build knows of its files
    needs_renderer: bool = False  # some item has no rendition files
    # The items by TEI file name: stem -> position (on disk: see edition.table).
    order: Table = field(default_factory=Table)

    def add(self, meta: ArticleMeta) -> None:
        self.count += 1
        self.first_title = self.first_title or meta.title
        if meta.publisher:
            self.publishers.add(meta.publisher)
        self.authors.update(meta.authors)
        self.languages.update(meta.languages)
        if meta.date:
            self.earliest = min(filter(None, (self.earliest, meta.date)))
            self.latest = max(filter(None, (self.latest, meta.date)))
            try:
                day = date.fromisoformat(meta.date[:10])
            except ValueError:
                return
            self.newest_day = max(filter(None, (self.newest_day, day)))


def _survey(items: Sequence[DepositItem], validator: Any) -> _Survey:
    """The first pass: every source present, no two inputs on one name in the bag,
    every TEI valid (else nothing is written), and the :class:`_Survey`."""
    survey, invalid, problems, more = _Survey(), [], [], 0
    with Table() as taken:  # name in the bag -> the TEI it is for
        for position, item in enumerate(items):
            article = _article(item)
            if item.source is not None and not Path(item.source).is_file():
                raise InputError(f"the source of {item.tei} is missing", str(item.source))
            _refuse_clashes(article, taken)  # so no two items have the same stem
            survey.order[article.stem] = position
            if not _known_valid(item):
                report = validator.validate_file(Path(item.tei))
                if not report.valid:
                    invalid.append(item.tei)
                    room = MAX_PROBLEMS_SHOWN - len(problems)
                    problems += [str(p) for p in report.problems[:room]]
                    more += max(0, len(report.problems) - room)
            survey.add(article.meta)
            survey.known = survey.known or item.known is not None
            survey.needs_renderer = (survey.needs_renderer or item.html is None
                                     or item.text is None)
    if invalid:
        shown = problems + ([f"... and {more} more problem(s)"] if more else [])
        raise ValidationFailed(
            f"not deposited (nothing written): {len(invalid)} TEI file(s) fail validation:\n  "
            + "\n  ".join(shown), str(invalid[0]))
    return survey


def _refuse_clashes(article: _Article, taken: Table) -> None:
    """Two articles must not land on one file name (after NFC normalization)."""
    for name in (article.tei_path, article.source_path):
        if name is None:
            continue
        if name in taken:
            raise InputError(f"two inputs would both be data/{name} in the bag "
                             f"(the other is {taken[name]})", str(article.item.tei))
        taken[name] = str(article.item.tei)


def _known_valid(item: DepositItem) -> bool:
    """A build validated this TEI and it is still the file it wrote (same stamp)."""
    known = item.known
    return (known is not None and known.tei_stamp is not None
            and FileStamp.of(Path(item.tei)) == known.tei_stamp)


def _check_source(item: DepositItem, meta: ArticleMeta, digest: Digest) -> None:
    """The source must be the one the TEI was made from (when the TEI records its sha256)."""
    if meta.source_sha256 and digest.sha256 != meta.source_sha256.lower():
        raise InputError(f"not the source of {item.tei}: its sha256 differs from the one "
                         "the TEI header records", str(item.source))


_XML_MODEL_HREF = re.compile(rb'(<\?xml-model\b[^?]*?\bhref=")([^"]*)(")')


def point_schema_into_bag(tei: bytes) -> bytes:
    """Point each ``<?xml-model?>`` instruction at the file of the same name in the
    bag's ``data/schema/``, so that an XML editor validates the deposited file
    against the shipped schema.  Only the hrefs change; every other byte stays."""
    root_start = tei.find(b"<TEI")
    prolog, rest = (tei[:root_start], tei[root_start:]) if root_start >= 0 else (tei, b"")

    def into_bag(match: re.Match[bytes]) -> bytes:
        name = match.group(2).rsplit(b"/", 1)[-1]
        return match.group(1) + SCHEMA_FOLDER_IN_BAG.encode() + name + match.group(3)

    return _XML_MODEL_HREF.sub(into_bag, prolog) + rest


# --- finding sources and registers (deposit_files) ------------------------------


def _expand(paths: Iterable[Path], pattern: str) -> list[Path]:
    """Files as given and the ``pattern`` files of folders, each once, in order."""
    found: list[Path] = []
    seen: set[Path] = set()
    for path in map(Path, paths):
        for candidate in (sorted(path.glob(pattern)) if path.is_dir() else [path]):
            if candidate.resolve() not in seen:
                seen.add(candidate.resolve())
                found.append(candidate)
    return found


def _corpus_folder(tei: Path, name: str) -> Path | None:
    """``X/NAME`` for a TEI file in ``X/tei/``."""
    parent = tei.resolve().parent
    return parent.parent / name if parent.name == "tei" else None


class _SourceIndex:
    """Source files found by name, or by sha256 (hashed only when a name fails)."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self.by_name = {nfc(p.name): p for p in reversed(paths)}  # the first wins
        self._by_sha256: dict[str, Path] | None = None

    def find(self, name: str | None, sha256: str | None) -> Path | None:
        if name and nfc(name) in self.by_name:
            return self.by_name[nfc(name)]
        if sha256:
            if self._by_sha256 is None:
                self._by_sha256 = {file_digest(p): p for p in reversed(self.paths)}
            return self._by_sha256.get(sha256.lower())
        return None


def _find_sources(teis: list[Path], given: list[Path]) -> list[Path]:
    """Each TEI's source: among ``given`` first, then in its corpus's ``source/``."""
    given_index = _SourceIndex(given)
    beside: dict[Path, _SourceIndex] = {}
    found = []
    for tei in teis:
        meta = read_metadata(require_tei(parse_xml(tei), str(tei)), tei)
        source = given_index.find(meta.source_filename, meta.source_sha256)
        folder = _corpus_folder(tei, "source")
        if source is None and folder is not None and folder.is_dir():
            if folder not in beside:
                beside[folder] = _SourceIndex(sorted(folder.glob("*.txt")))
            source = beside[folder].find(meta.source_filename, meta.source_sha256)
        if source is None:
            wanted = meta.source_filename or "its source file"
            raise InputError(f"cannot find the source {wanted!r} of this TEI file; give it "
                             "with --source (the archive gets the unchanged source bytes)",
                             str(tei))
        found.append(source)
    return found


def _registers_of(teis: list[Path]) -> Path | None:
    folders = {f for f in (_corpus_folder(t, "registers") for t in teis) if f and f.is_dir()}
    if len(folders) > 1:
        raise EditionError("the TEI files come from corpora with different registers; "
                           "deposit each corpus in its own bag", str(sorted(folders)[0]))
    return folders.pop() if folders else None


# --- writing the payload ------------------------------------------------------------


class _Spool:
    """Lines kept in an unnamed temporary file and read back once, in order: what
    a bag says of each article waits there, not in memory."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")

    def add(self, line: str) -> None:
        self._file.write(line + "\n")

    def lines(self) -> Iterator[str]:
        """The lines added, without their line ends."""
        self._file.seek(0)
        return (line[:-1] for line in self._file)

    def close(self) -> None:
        self._file.close()


class _Lines:
    """Each article's lines of bag-info.txt (identifier, title), README.txt and the
    validation report, written while the payload is."""

    def __init__(self) -> None:
        self.ids, self.titles, self.readme, self.report = _Spool(), _Spool(), _Spool(), _Spool()

    def add(self, article: _Article) -> None:
        meta = article.meta
        self.ids.add(_one_line(meta.id))
        self.titles.add(_one_line(meta.title))
        self.readme.add(f"{meta.id}: {meta.title}")
        details = ", ".join(filter(None, ["; ".join(meta.authors), meta.date]))
        if details:
            self.readme.add(f"  {details}")
        files = [article.tei_path, article.source_path or "(no source)", article.html_path,
                 article.text_path]
        self.readme.add("  " + "  ".join(files))
        self.report.add(json.dumps({  # every TEI in a bag is valid: the first pass saw to it
            "id": meta.id, "title": meta.title, "tei": article.tei_path,
            "source": article.source_path, "source_sha256": meta.source_sha256,
            "valid": True, "problems": []}, ensure_ascii=False))

    def __enter__(self) -> _Lines:
        return self

    def __exit__(self, *exc: object) -> None:
        for spool in (self.ids, self.titles, self.readme, self.report):
            spool.close()


class _Payload:
    """The new ``data/`` folder.  Each file put in it gets its lines in the payload
    manifests (spooled in write order, which is the same for the same inputs) and
    counts towards Payload-Oxum."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self.size = 0
        self.manifests = {algorithm: _Spool() for algorithm in ALGORITHMS}
        self._made: set[Path] = set()

    def put(self, relative: str, content: bytes, digest: Digest | None = None) -> None:
        """Write one new file of the bag (the whole bag is renamed into place at the end);
        ``digest``, when given, is a trusted digest of ``content``."""
        target = self._target(relative)
        with open(target, "xb") as handle:  # "x": two inputs never silently share a name
            handle.write(content)
        self._record(relative, digest or Digest.of(content))

    def put_lines(self, relative: str, lines: Iterable[str]) -> None:
        """Write a new text file piece by piece (UTF-8), hashing as it goes."""
        with open(self._target(relative), "xb") as handle:

            def written() -> Iterator[bytes]:
                for line in lines:
                    data = line.encode("utf-8")
                    handle.write(data)
                    yield data

            digest = Digest.of_pieces(written())
        self._record(relative, digest)

    def link(self, relative: str, source: Path, known: tuple[FileStamp, Digest]) -> None:
        """Hard-link ``source`` into the bag, trusting ``known`` only when the link is the
        file it describes; a copy (and a fresh digest) when a link cannot be made."""
        target = self._target(relative)
        try:
            os.link(source, target)
        except OSError:  # another file system, or one without hard links
            self.put(relative, Path(source).read_bytes())
            return
        stamp, digest = known
        if FileStamp.of(target) != stamp:  # changed since the build wrote it
            digest = Digest.of(target.read_bytes())
        self._record(relative, digest)

    def _record(self, relative: str, digest: Digest) -> None:
        name = encode_path(f"data/{relative}")
        for algorithm, spool in self.manifests.items():
            spool.add(f"{getattr(digest, algorithm)}  {name}")
        self.count += 1
        self.size += digest.size

    def _target(self, relative: str) -> Path:
        target = self.folder / relative
        if target.parent not in self._made:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(target.parent)
        return target

    def __enter__(self) -> _Payload:
        return self

    def __exit__(self, *exc: object) -> None:
        for spool in self.manifests.values():
            spool.close()


def _write_payload(payload: _Payload, lines: _Lines, items: Iterable[DepositItem],
                   survey: _Survey, renderer: Any, registers_dir: Path | None,
                   schema_dir: Path, validator: Any) -> None:
    """The second pass: every article's files, then the report and README.txt."""
    schema_files = _copy_folder(schema_dir, payload, "schema", "*")
    register_files = _copy_folder(registers_dir, payload, "registers", "*.xml") \
        if registers_dir is not None and Path(registers_dir).is_dir() else []
    for item in items:
        article = _article(item)
        _write_article(payload, article, renderer)
        lines.add(article)
    payload.put_lines(REPORT_NAME, validation_report(lines.report.lines(), schema_files, validator))
    payload.put_lines("README.txt", readme(survey.count, lines.readme.lines(), schema_files,
                                           register_files))


def _write_article(payload: _Payload, article: _Article, renderer: Any) -> None:
    item, known = article.item, article.item.known
    _write_tei(payload, article)
    if item.source is not None and article.source_path:
        source = Path(item.source).read_bytes()
        _check_source(item, article.meta, Digest.of(source))
        payload.put(article.source_path, source)
    tei_in_bag = payload.folder / article.tei_path
    for kind, relative in (("html", article.html_path), ("text", article.text_path)):
        given: Path | None = getattr(item, kind)
        if given is not None and known is not None and kind in known.renditions:
            payload.link(relative, given, known.renditions[kind])
        elif given is not None:
            payload.put(relative, given.read_bytes())
        elif kind == "html":
            payload.put(relative, renderer.html(tei_in_bag, tei_href=f"../{article.tei_path}")
                        .encode("utf-8"))
        else:
            payload.put(relative, renderer.text(tei_in_bag).encode("utf-8"))


def _write_tei(payload: _Payload, article: _Article) -> None:
    """The TEI with its schema pointed into the bag; the build's digest of that form is
    used when the file is still the one it validated."""
    known = article.item.known
    if _known_valid(article.item) and known.tei.sha256 == known.tei_sha256:
        # Already in its bag form (it points at ../schema/) and unchanged: link it.
        payload.link(article.tei_path, Path(article.item.tei), (known.tei_stamp, known.tei))
        return
    raw = Path(article.item.tei).read_bytes()
    unchanged = known is not None and hashlib.sha256(raw).hexdigest() == known.tei_sha256
    payload.put(article.tei_path, point_schema_into_bag(raw), known.tei if unchanged else None)


def _copy_folder(source: Path, payload: _Payload, name: str, pattern: str) -> list[str]:
    """Copy the regular, non-hidden files of ``source`` (recursively) to ``data/NAME``;
    their NFC paths relative to the payload folder, sorted."""
    copied = []
    for path in sorted(Path(source).rglob(pattern)):
        relative = path.relative_to(source)
        if not path.is_file() or any(part.startswith((".", "__")) for part in relative.parts):
            continue
        relative_name = f"{name}/{nfc(relative.as_posix())}"
        payload.put(relative_name, path.read_bytes())
        copied.append(relative_name)
    return copied


def _schema_dir_of(validator: Any) -> Path:
    """The folder of the schema files ``validator`` checks against."""
    folder = getattr(validator, "schema_dir", None)
    if folder is None:
        from .resources import schema_dir
        folder = schema_dir()
    return Path(folder)


def validation_report(entries: Iterable[str], schema_files: list[str],
                      validator: Any) -> Iterator[str]:
    """The machine-readable report, piece by piece: which schema, which files (one
    JSON object a line, from ``entries``), what was found."""
    agent = f"edition {__version__} ({type(validator).__module__}.{type(validator).__name__})"
    yield "{\n"
    yield f'  "report": "edition validation report",\n  "validator": {json.dumps(agent)},\n'
    yield f'  "schema": {json.dumps(schema_files, ensure_ascii=False)},\n  "articles": ['
    for n, entry in enumerate(entries):
        yield ("," if n else "") + "\n    " + entry
    yield "\n  ]\n}\n"


# --- README.txt -----------------------------------------------------------------------

_README_CHECKS = """\
How to check this package
-------------------------
With the edition tool:   edition deposit verify THIS-FOLDER
  (completeness and fixity with both checksums, and the TEI re-validated
  against the schema in data/schema/).
With bagit-python:       bagit.py --validate THIS-FOLDER
With coreutils alone, from this folder (the one holding bagit.txt):
  sha256sum -c manifest-sha256.txt
  sha512sum -c manifest-sha512.txt
  sha256sum -c tagmanifest-sha256.txt
  and make sure no file under data/ is missing from manifest-sha256.txt.
The TEI files can be validated with any XML Schema 1.0 processor against
data/schema/edition.xsd (e.g. xmllint --noout --schema data/schema/edition.xsd
data/tei/*.xml; their <?xml-model?> instruction already points there) and
with any ISO Schematron processor against the rules in data/schema/edition.sch
(references resolve, dates in order, ...).
Each source file's sha256 is also recorded in its TEI header
(sourceDesc/bibl/idno[@type='sha256']).
"""

_README_DATE = """\
About Bagging-Date in bag-info.txt: it is SOURCE_DATE_EPOCH when that was set,
otherwise the newest publication date of the articles (the earliest day the
package can have been made), so that the same inputs always give the same
package; a package of undated articles has no Bagging-Date.
"""


def readme(count: int, article_lines: Iterable[str], schema_files: list[str],
           register_files: list[str]) -> Iterator[str]:
    """``data/README.txt``, piece by piece: what each file is (the ``count`` articles'
    lines come from ``article_lines``) and how to check the package."""
    lines = [
        "Archival package of a TEI edition of news articles",
        "==================================================",
        "",
        f"Made by edition {__version__}, a toolkit that encodes news articles as TEI P5",
        "(https://tei-c.org/guidelines/p5/). This folder is a BagIt 1.0 bag (RFC 8493):",
        "bagit.txt declares it, bag-info.txt describes it, manifest-*.txt list the",
        "SHA-256 and SHA-512 checksum of every file under data/, tagmanifest-*.txt",
        "those of the other files. All text is UTF-8.",
        "",
        "What is in data/",
        "----------------",
        "README.txt               this file",
        f"{REPORT_NAME:<24} the validation report (JSON): schema used, result per TEI file",
        "tei/NAME.xml             the TEI P5 edition of an article (the archival master)",
        "source/NAME.txt          the article's source text, byte for byte as received",
        "html/NAME.html           the HTML reading edition (rendered from the TEI)",
        "text/NAME.txt            the plain-text reading edition (rendered from the TEI)",
        "schema/                  the XML Schema and Schematron rules the TEI files",
        "                         were validated with:",
        *(f"                           {name}" for name in schema_files),
    ]
    if register_files:
        lines += ["registers/               the editors' registers (TEI authority lists of",
                  "                         persons, organizations, places, directives) the",
                  "                         TEI files point to:",
                  *(f"                           {name}" for name in register_files)]
    else:
        lines += ["(no registers/: no editors' registers were used)"]
    lines += ["", f"Articles ({count})", "-" * len(f"Articles ({count})")]
    yield "\n".join(lines) + "\n"
    yield from (line + "\n" for line in article_lines)
    yield "\n" + _README_CHECKS + "\n" + _README_DATE


# --- tag files ------------------------------------------------------------------------


def bag_info(survey: _Survey, lines: _Lines, *, contact_email: str | None,
             organization: str | None, bagging_date: date | None) -> Iterator[tuple[str, str]]:
    """The bag-info.txt elements, in order (Payload-Oxum is added when the payload is known).

    One article: its identifier, title, authors, date and language.  Several:
    each article's identifier and title (repeated elements, in the same order),
    the distinct authors and languages, and the span of publication dates.
    """
    first, last = survey.earliest, survey.latest
    info: Iterator[tuple[str, str | None]] = itertools.chain(
        [("Source-Organization", organization or "; ".join(sorted(survey.publishers)) or None),
         ("Contact-Email", contact_email)],
        (("External-Identifier", value) for value in lines.ids.lines()),  # streamed, not listed
        [("External-Description", survey.first_title if survey.count == 1 else
          f"{survey.count} news articles as TEI P5 editions, with their sources and renditions")],
        (("Title", value) for value in lines.titles.lines()),
        (("Author", a) for a in _distinct(survey.authors)),
        [("Publication-Date",
          first if first == last or survey.count == 1 else f"{first}/{last}")],
        (("Language", lang) for lang in _distinct(survey.languages)),
        [("Bagging-Date", bagging_date.isoformat() if bagging_date else None),
         ("Bag-Software-Agent", f"edition {__version__}")])
    return ((label, _one_line(value)) for label, value in info if value)


def _bagging_date(survey: _Survey) -> date | None:
    """SOURCE_DATE_EPOCH's day (UTC) or the newest publication day (see the module doc)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            raise EditionError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds "
                               "since 1970-01-01") from None
    return survey.newest_day


def _write_tag_files(bag: Path, info: Iterable[tuple[str, str]], payload: _Payload) -> None:
    """bagit.txt, the payload manifests (from the digests of the files written),
    bag-info.txt (with Payload-Oxum), tag manifests."""
    (bag / "bagit.txt").write_bytes(BAGIT_TXT)
    for algorithm in ALGORITHMS:
        with open(bag / f"manifest-{algorithm}.txt", "w", encoding="utf-8", newline="") as out:
            out.writelines(line + "\n" for line in payload.manifests[algorithm].lines())
    with open(bag / "bag-info.txt", "w", encoding="utf-8", newline="") as out:
        out.writelines(f"{label}: {value}\n" for label, value in info)
        out.write(f"Payload-Oxum: {payload.size}.{payload.count}\n")
    tag_files = _tag_files(bag)
    for algorithm in ALGORITHMS:
        (bag / f"tagmanifest-{algorithm}.txt").write_bytes(_manifest(bag, tag_files, algorithm))


def _manifest(bag: Path, files: list[str], algorithm: str) -> bytes:
    lines = [f"{file_digest(bag / name, algorithm)}  {encode_path(name)}\n" for name in sorted(files)]
    return "".join(lines).encode("utf-8")


def encode_path(name: str) -> str:
    """A manifest path as RFC 8493 §2.1.3 wants it: %, CR and LF percent-encoded."""
    return name.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_path(name: str) -> str:
    return re.sub(r"%(0[ADad]|25)", lambda m: chr(int(m.group(1), 16)), name)


def _check_complete(bag: Path, payload: _Payload) -> None:
    """The manifests list exactly the files under data/ (their digests were taken of
    the bytes written, or of the very files linked).  Each listed file was created
    anew (never overwritten), so the same number on disk means the same files."""
    on_disk = _count_files(bag / "data")
    if on_disk != payload.count:
        raise EditionError(f"internal error: the new bag's data/ holds {on_disk} files, its "
                           f"manifests list {payload.count}", str(bag))


def _count_files(folder: Path | str) -> int:
    """The files under ``folder`` (as os.walk sees them), counted an entry at a time:
    os.walk lists each folder whole, some 2 MB of names for a data/tei/ of 30,000."""
    count = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.is_dir():
                count += 1
            elif not entry.is_symlink():
                count += _count_files(entry.path)
    return count


def _self_check(bag: Path) -> None:
    """bagit's validator must accept what we wrote before it is put in place."""
    problems = _bagit_validate(bag)
    if problems:
        raise EditionError("internal error: the new bag fails bagit's validation: "
                           + "; ".join(problems), str(bag))


# --- putting the bag in place -----------------------------------------------------------


def _temporary_sibling(bag: Path, kind: str) -> Path:
    """A hidden folder beside ``bag``: same file system, so the final rename is atomic."""
    return bag.parent / f".{bag.name}.{secrets.token_hex(6)}.{kind}"


def remove_unfinished(bag: Path) -> None:
    """Remove what a deposit to ``bag`` killed midway left beside it: the new bag it
    was writing (``.BAG.*.partial``) or the old one it was replacing (``.BAG.*.old``).
    Only for a caller that knows no other deposit to ``bag`` is running (a build
    under its lock)."""
    for kind in ("partial", "old"):
        for stale in bag.parent.glob(f".{bag.name}.*.{kind}"):
            shutil.rmtree(stale, ignore_errors=True)


def _check_target(bag: Path, force: bool) -> None:
    if not bag.exists():
        return
    if not force:
        raise EditionError("the bag already exists; give --force to replace it", str(bag))
    if not bag.is_dir() or not ((bag / "bagit.txt").is_file() or not any(bag.iterdir())):
        raise EditionError("exists and is not a bag; refusing to replace it even with --force",
                           str(bag))


def _install(tmp: Path, bag: Path, force: bool) -> None:
    """Rename the finished bag into place; an old bag is renamed away first and
    removed only once the new one is in place (and put back if that fails)."""
    old = None
    if bag.exists():
        _check_target(bag, force)  # it may have appeared meanwhile
        old = _temporary_sibling(bag, "old")
        os.rename(bag, old)
    try:
        os.rename(tmp, bag)
    except OSError as exc:
        if old is not None:
            os.rename(old, bag)
        raise EditionError(f"cannot put the bag in place: {exc.strerror or exc}", str(bag)) from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- verifying -------------------------------------------------------------------------


def _check_bagit_txt(bag: Path) -> list[str]:
    text = (bag / "bagit.txt").read_bytes()
    if not re.match(rb"BagIt-Version: \d+\.\d+\r?\nTag-File-Character-Encoding: \S+", text):
        return ["bagit.txt: not a valid bag declaration (BagIt-Version, "
                "Tag-File-Character-Encoding)"]
    return []


def _read_manifest(path: Path) -> tuple[dict[str, str], list[str]]:
    """``{relative path: digest}`` of a manifest, and its malformed lines."""
    entries, problems = {}, []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                  .splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2:
            problems.append(f"{path.name}:{number}: malformed line (want: CHECKSUM  PATH)")
            continue
        name = decode_path(parts[1].strip().lstrip("*"))
        if name.startswith("/") or ".." in name.split("/"):
            problems.append(f"{path.name}:{number}: unsafe path {name!r}")
            continue
        entries[name] = parts[0].lower()
    return entries, problems


def _check_manifests(bag: Path, kind: str, files: list[str], *,
                     required: Sequence[str]) -> list[str]:
    """Missing, extra and changed files against every ``KIND-ALG.txt`` manifest."""
    manifests = {m.name[len(kind) + 1:-4]: m for m in sorted(bag.glob(f"{kind}-*.txt"))}
    problems = [f"{kind}-{alg}.txt: missing" for alg in required if alg not in manifests]
    on_disk = set(files)
    changed: dict[str, list[str]] = {}
    for algorithm, manifest in manifests.items():
        if algorithm not in hashlib.algorithms_available:
            problems.append(f"{manifest.name}: unknown checksum algorithm {algorithm!r}")
            continue
        entries, malformed = _read_manifest(manifest)
        problems += malformed
        problems += [f"{name}: missing (listed in {manifest.name})"
                     for name in sorted(set(entries) - on_disk)]
        problems += [f"{name}: extra file (not listed in {manifest.name})"
                     for name in sorted(on_disk - set(entries))
                     if kind == "manifest" or name in _TAG_FILES_LISTED]
        for name in sorted(set(entries) & on_disk):
            if file_digest(bag / name, algorithm) != entries[name]:
                changed.setdefault(name, []).append(algorithm)
    problems += [f"{name}: changed (its {' and '.join(algs)} checksum differs from the "
                 f"{kind})" for name, algs in sorted(changed.items())]
    return problems


# Tag files every bag of ours lists in its tag manifests; other tag files may be
# added by an archive (RFC 8493 allows that) and are not reported.
_TAG_FILES_LISTED = {"bagit.txt", "bag-info.txt", *(f"manifest-{a}.txt" for a in ALGORITHMS)}


def _check_oxum(bag: Path, payload: list[str]) -> list[str]:
    info = (bag / "bag-info.txt")
    if not info.is_file():
        return ["bag-info.txt: missing"]
    match = re.search(r"^Payload-Oxum:\s*(\d+)\.(\d+)\s*$", info.read_text("utf-8", "replace"),
                      re.M)
    if not match:
        return ["bag-info.txt: no valid Payload-Oxum"]
    size = sum((bag / p).stat().st_size for p in payload)
    if (int(match.group(1)), int(match.group(2))) != (size, len(payload)):
        return [f"bag-info.txt: Payload-Oxum says {match.group(1)} bytes in {match.group(2)} "
                f"files, data/ holds {size} bytes in {len(payload)} files"]
    return []


def _bagit_validate(bag: Path) -> list[str]:
    import bagit

    try:
        bagit.Bag(str(bag)).validate()
    except (bagit.BagError, bagit.BagValidationError) as exc:
        details = getattr(exc, "details", None) or []
        return [f"bagit: {exc}"] + [f"bagit: {d}" for d in details]
    return []


def _check_tei(bag: Path) -> list[str]:
    """Each TEI file against the schema shipped in the bag, and each source against
    the sha256 its TEI records."""
    data = bag / "data"
    teis = sorted((data / "tei").glob("*.xml"))
    if not teis:
        return ["data/tei: no TEI files in the bag"]
    schema = data / "schema"
    if not (schema / "edition.xsd").is_file():
        return ["data/schema/edition.xsd: missing: cannot re-validate the TEI"]
    from .validate import Validator

    try:
        validator = Validator(schema_dir=schema)
    except Exception as exc:  # noqa: BLE001 - a damaged schema is a finding, not a crash
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return [f"data/schema: cannot load the schema shipped in the bag: {first}"]
    sources = _sources_by_tei(bag)
    problems = []
    for tei in teis:
        try:
            report = validator.validate_file(tei)
        except EditionError as error:
            problems.append(f"data/tei/{tei.name}: {error.message}")
            continue
        problems += [f"{_relative(p, bag)}" for p in report.problems]
        problems += _check_source_digest(bag, tei, sources)
    return problems


def _sources_by_tei(bag: Path) -> dict[str, str]:
    """``{tei/NAME.xml: source/NAME}`` from the bag's validation report (the source
    keeps its own file name, which may differ from the one the TEI records)."""
    try:
        report = json.loads((bag / "data" / REPORT_NAME).read_text(encoding="utf-8"))
        return {a["tei"]: a["source"] for a in report["articles"] if a.get("source")}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _check_source_digest(bag: Path, tei: Path, sources: dict[str, str]) -> list[str]:
    try:
        meta = read_metadata(require_tei(parse_xml(tei), str(tei)), tei)
    except EditionError:
        return []  # already reported by the validator
    if not meta.source_sha256:
        return []
    relative = sources.get(f"tei/{tei.name}") or \
        (f"source/{nfc(meta.source_filename)}" if meta.source_filename else None)
    if relative is None:
        return []
    source = bag / "data" / relative
    if not source.is_file():
        return [f"data/{relative}: missing (the source of data/tei/{tei.name})"]
    if file_digest(source) != meta.source_sha256.lower():
        return [f"data/{relative}: not the source of data/tei/{tei.name} (its "
                "sha256 differs from the one the TEI header records)"]
    return []


def _relative(problem: Any, bag: Path) -> str:
    """A problem's text with the bag's absolute path shortened to bag-relative."""
    return str(problem).replace(str(bag.resolve()) + os.sep, "").replace(str(bag) + os.sep, "")


# --- small helpers -----------------------------------------------------------------------


def nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _distinct(values: Iterable[str]) -> list[str]:
    return sorted(set(values), key=lambda v: (nfc(v).casefold(), v))


def _one_line(value: str) -> str:
    """A tag value on one line (bag-info.txt has no multi-line values of ours)."""
    return " ".join(str(value).split())


def _files_under(bag: Path, folder: str) -> list[str]:
    """Every file under ``bag/folder``, as sorted bag-relative POSIX paths.
    (os.walk reads each folder once and stats no file: a corpus bag holds
    four files per article.)"""
    root = bag / folder
    if not root.is_dir():
        return []
    found = []
    for parent, _, files in os.walk(root):
        relative = Path(os.path.relpath(parent, bag)).as_posix()
        found.extend(f"{relative}/{name}" for name in files)
    return sorted(found)


def _tag_files(bag: Path) -> list[str]:
    """Every file outside ``data/`` but the tag manifests themselves (RFC 8493 §2.2.1)."""
    found = []
    for entry in os.scandir(bag):
        if entry.is_dir() and entry.name != "data":
            found.extend(_files_under(bag, entry.name))
        elif entry.is_file() and not entry.name.startswith("tagmanifest-"):
            found.append(entry.name)
    return sorted(found)
