"""edition build: outputs, failures, incremental skips, --force, the lock, the CLI."""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import REPO, SEED, dev_articles
from edition import build as build_mod
from edition.build import MANIFEST_NAME, build_corpus, output_paths
from edition.cli import main
from edition.convert import CorpusLayout, convert_file
from edition.deposit import point_schema_into_bag, verify_bag

TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}
EDITION = [sys.executable, "-m", "edition.cli"]

REGISTER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Persons</title></titleStmt>
    <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc>
  </fileDesc></teiHeader>
  <standOff><listPerson>
    <person xml:id="pers-nguyen-van-thu"><persName>Nguyễn Văn Thử</persName></person>
  </listPerson></standOff>
  <text><body><p/></body></text>
</TEI>
"""


def make_corpus(root: Path, articles: list[Path]) -> CorpusLayout:
    (root / "source").mkdir(parents=True)
    for article in articles:
        shutil.copy(article, root / "source" / article.name)
    return CorpusLayout(root)


@pytest.fixture
def corpus(tmp_path: Path) -> CorpusLayout:
    """The seed and (when ../shared is there) two dev articles."""
    return make_corpus(tmp_path / "corpus", [SEED, *dev_articles()[:2]])


def quiet_build(layout: CorpusLayout, out: Path, **kwargs) -> tuple[build_mod.BuildSummary, str]:
    errors = io.StringIO()
    summary = build_corpus(layout, out, stream=errors, summary_stream=None, **kwargs)
    return summary, errors.getvalue()


def built_names(summary: build_mod.BuildSummary) -> list[str]:
    return sorted(summary.built)


# --- a full build ------------------------------------------------------------------


def test_build_writes_every_rendition_index_and_bag(corpus, tmp_path, tei_all):
    out = tmp_path / "out"
    summary, errors = quiet_build(corpus, out, jobs=2)
    assert summary.ok, errors
    assert summary.count("valid") == summary.total == len(corpus.source_files())
    for source in corpus.source_files():
        paths = output_paths(out, source.name)
        # What `edition convert` writes, with the schema pointed at OUT/schema: the bag form.
        assert paths["tei"].read_bytes() == point_schema_into_bag(convert_file(source).tei)
        assert tei_all.validate(etree.parse(str(paths["tei"]))), tei_all.error_log
        assert paths["html"].stat().st_size > 0 and paths["text"].stat().st_size > 0
    assert (out / "html" / "index.html").is_file()
    assert summary.bag == out / "bag" and (out / "bag" / "bagit.txt").is_file()
    for schema_file in (REPO / "schema").iterdir():  # what the TEI files point at
        assert (out / "schema" / schema_file.name).read_bytes() == schema_file.read_bytes()


def test_the_bag_links_the_built_files_and_copies_the_sources(corpus, tmp_path):
    """TEI and renditions are hard links to the build's files (they are already in
    their bag form); sources are copies, so that editing one never alters the bag."""
    out = tmp_path / "out"
    summary, errors = quiet_build(corpus, out, jobs=1)
    assert summary.ok, errors
    data = out / "bag" / "data"
    for source in corpus.source_files():
        paths = output_paths(out, source.name)
        stem = paths["tei"].stem
        for kind, in_bag in (("tei", data / "tei" / f"{stem}.xml"),
                             ("html", data / "html" / f"{stem}.html"),
                             ("text", data / "text" / f"{stem}.txt")):
            assert in_bag.stat().st_ino == paths[kind].stat().st_ino, kind
        copy = data / "source" / source.name
        assert copy.read_bytes() == source.read_bytes()
        assert copy.stat().st_ino != source.stat().st_ino
    assert verify_bag(out / "bag") == []


def test_summary_counts_the_entities_written_to_the_tei(corpus, tmp_path):
    out = tmp_path / "out"
    summary, _ = quiet_build(corpus, out, jobs=1)
    persons = places = 0
    for source in corpus.source_files():
        tree = etree.parse(str(output_paths(out, source.name)["tei"]))
        persons += len(tree.xpath("//t:standOff//t:person", namespaces=TEI_NS))
        places += len(tree.xpath("//t:standOff//t:place", namespaces=TEI_NS))
    assert summary.entities["person"] == persons
    assert summary.entities["place"] == places


def test_manifest_records_inputs_and_source_hashes(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert set(manifest["inputs"]) >= {"version", "registers", "corrections", "schema",
                                       "stylesheets"}
    for source in corpus.source_files():
        entry = manifest["articles"][source.name]
        assert entry["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
        assert entry["size"] == source.stat().st_size


# --- failures ----------------------------------------------------------------------


def test_a_bad_source_is_reported_and_the_others_are_built(corpus, tmp_path):
    bad = corpus.sources / "999_bad.txt"
    bad.write_bytes(b"Title\n\nNot UTF-8: \xc3\x28 \xff\n")  # nor UTF-16: no BOM
    summary, errors = quiet_build(corpus, tmp_path / "out", jobs=2)
    assert not summary.ok
    assert summary.count("failed") == 1
    assert summary.count("valid") == summary.total - 1
    failed = next(r for r in summary.failures if r.status == "failed")
    assert failed.name == "999_bad.txt" and str(bad) in failed.errors[0]
    assert f"{bad}:" in errors and "not valid UTF-8 at byte offset" in errors
    assert not output_paths(tmp_path / "out", bad.name)["tei"].exists()
    # The bag holds only the good articles; the failed one is retried next time.
    manifest = json.loads((tmp_path / "out" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert bad.name not in manifest["articles"]
    again, _ = quiet_build(corpus, tmp_path / "out", jobs=2)
    assert built_names(again) == [bad.name] and not again.ok


def test_cli_build_exits_1_and_names_the_bad_file(corpus, tmp_path):
    (corpus.sources / "999_empty.txt").write_text("   \n", encoding="utf-8")
    result = subprocess.run([*EDITION, "build", str(corpus.root), "--out", str(tmp_path / "o"),
                             "--jobs", "2"], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 1, result.stderr
    assert "999_empty.txt" in result.stderr and "empty article" in result.stderr
    assert "Traceback" not in result.stderr
    assert "failed     1" in result.stdout


def test_an_invalid_article_gets_tei_but_no_renditions(corpus, tmp_path, monkeypatch):
    """A stand-in validator rejects one article: the build reports it and goes on."""
    real_load = build_mod._load_worker

    class Problem:
        def __str__(self) -> str:
            return "x.xml:1:1: made-up problem"

    class Rejecting:
        def validate_bytes(self, data: bytes, file: str):
            bad = Path(file).stem == SEED.stem
            return type("Report", (), {"valid": not bad, "problems": [Problem()] if bad else []})

    def load(config):
        worker = real_load(config)
        worker.validator = Rejecting()
        return worker

    monkeypatch.setattr(build_mod, "_LOCAL", threading.local())
    monkeypatch.setattr(build_mod, "_load_worker", load)
    summary, errors = quiet_build(corpus, tmp_path / "out", jobs=1)
    assert summary.count("invalid") == 1 and not summary.ok
    assert "made-up problem" in errors
    paths = output_paths(tmp_path / "out", SEED.name)
    assert paths["tei"].exists() and not paths["html"].exists() and not paths["text"].exists()


def test_a_worker_that_cannot_start_fails_each_article_with_the_reason(corpus, tmp_path,
                                                                       monkeypatch):
    def broken(config):
        raise FileNotFoundError("schema/edition.xsd is missing")

    monkeypatch.setattr(build_mod, "_LOCAL", threading.local())
    monkeypatch.setattr(build_mod, "_load_worker", broken)
    summary, errors = quiet_build(corpus, tmp_path / "out", jobs=1)
    assert summary.count("failed") == summary.total and not summary.ok
    assert "cannot set up the build worker" in errors and "edition.xsd is missing" in errors


def test_not_a_corpus_is_an_input_error(tmp_path):
    from edition.errors import InputError
    with pytest.raises(InputError, match="no source/ folder"):
        quiet_build(CorpusLayout(tmp_path), tmp_path / "out")


# --- incremental builds --------------------------------------------------------------


def age_sources(layout: CorpusLayout, seconds: int = 60) -> None:
    """Date the sources back: an mtime within two seconds of a build is not
    trusted (racy clean), and a later build that finds it old enough records it."""
    for source in layout.source_files():
        stat = source.stat()
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns - seconds * 1_000_000_000))


def test_second_build_skips_everything_and_rewrites_nothing(corpus, tmp_path):
    """(On a loaded machine the second build may start two seconds after the
    copies were written, and rightly record their mtimes then: the sources are
    dated back so that both builds trust them.)"""
    age_sources(corpus)
    out = tmp_path / "out"
    first, _ = quiet_build(corpus, out, jobs=1)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    second, _ = quiet_build(corpus, out, jobs=1)
    assert second.ok and second.built == [] and second.skipped == first.total
    after = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_a_changed_source_rebuilds_only_that_article(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    changed = corpus.source_files()[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace(
        "\n\n", "\n\nMột đoạn mới được thêm vào bài.\n\n", 2), encoding="utf-8")
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert built_names(summary) == [changed.name]
    assert summary.skipped == summary.total - 1
    assert "Một đoạn mới" in output_paths(out, changed.name)["tei"].read_text(encoding="utf-8")


def test_a_touched_but_unchanged_source_is_hashed_not_rebuilt(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    touched = corpus.source_files()[-1]
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10_000_000_000))
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert summary.built == [] and summary.skipped == summary.total


def test_a_removed_output_is_rebuilt(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    victim = corpus.source_files()[0]
    output_paths(out, victim.name)["html"].unlink()
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert built_names(summary) == [victim.name]
    assert output_paths(out, victim.name)["html"].exists()


def test_a_removed_source_takes_its_outputs_away(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    gone = corpus.source_files()[0]
    gone.unlink()
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert summary.removed == 1 and summary.built == []
    assert not any(p.exists() for p in output_paths(out, gone.name).values())
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert gone.name not in manifest["articles"]


@pytest.mark.parametrize("change", ["registers", "corrections"])
def test_changed_registers_or_corrections_rebuild_everything(corpus, tmp_path, change):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    if change == "registers":
        # own_registers: corpus.registers is the bundled folder while the corpus has none.
        corpus.own_registers.mkdir()
        (corpus.own_registers / "persons.xml").write_text(REGISTER, encoding="utf-8")
    else:
        corpus.corrections.write_text("# sic\tcorr\n", encoding="utf-8")
    summary, errors = quiet_build(corpus, out, jobs=1)
    assert built_names(summary) == sorted(p.name for p in corpus.source_files()), errors
    assert summary.skipped == 0


def test_force_rebuilds_everything(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    summary, _ = quiet_build(corpus, out, jobs=1, force=True)
    assert built_names(summary) == sorted(p.name for p in corpus.source_files())


def test_a_corrupt_manifest_means_a_full_rebuild(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    (out / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert len(summary.built) == summary.total and summary.ok


def test_a_manifest_cut_short_means_a_full_rebuild(corpus, tmp_path):
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    text = (out / MANIFEST_NAME).read_text(encoding="utf-8")
    (out / MANIFEST_NAME).write_text(text[:text.index('"tei_sha256"')], encoding="utf-8")
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert len(summary.built) == summary.total and summary.ok


def test_a_manifest_laid_out_otherwise_is_read_all_the_same(corpus, tmp_path):
    """The manifest is read a line at a time as the build writes it; another layout
    of the same JSON (an editor's, an older build's) is read whole, and nothing rebuilt."""
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    (out / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert summary.built == [] and summary.skipped == summary.total


def test_the_manifest_is_saved_and_read_back_a_line_at_a_time(tmp_path):
    names = [f"{prefix}{n}.txt" for n in range(700) for prefix in ("bài-", "Ánh ", "z")]
    manifest = build_mod.Manifest({"version": "1"}, corpus_key="k")
    for n, name in enumerate(names):
        manifest.articles[name] = build_mod.Recorded(n, n * 10 or None, f"{n:064x}",
                                                     None if n % 7 else f"{n:064d}")
    manifest.save(tmp_path)
    lines = (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert lines.index(' "articles": {') == len(lines) - len(names) - 3  # one line each
    loaded = build_mod.Manifest.load(tmp_path)
    assert (loaded.inputs, loaded.corpus_key) == ({"version": "1"}, "k")
    assert list(loaded.articles.items()) == sorted(manifest.articles.items())
    assert json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))["articles"] == \
        {name: record._asdict() for name, record in manifest.articles.items()}


# --- two builds at once -------------------------------------------------------------


def test_a_second_build_waits_for_the_lock(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    messages = io.StringIO()
    with open(out / build_mod.LOCK_NAME, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        worker = threading.Thread(target=build_corpus, args=(corpus, out),
                                  kwargs={"jobs": 1, "stream": messages, "summary_stream": None})
        worker.start()
        deadline = time.monotonic() + 30
        while "waiting" not in messages.getvalue() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert "another build is writing here; waiting" in messages.getvalue()
        assert not (out / "tei").exists() and worker.is_alive()
        fcntl.flock(held, fcntl.LOCK_UN)
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert all(output_paths(out, p.name)["tei"].exists() for p in corpus.source_files())


def test_two_concurrent_builds_into_one_folder_do_not_corrupt_it(corpus, tmp_path):
    out = tmp_path / "out"
    command = [*EDITION, "build", str(corpus.root), "--out", str(out), "--jobs", "2"]
    runs = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    # One built everything; the other waited and then found nothing to do.
    reports = sorted(stdout for stdout, _ in outputs)
    total = len(corpus.source_files())
    assert f"({total} built, 0 unchanged)" in "".join(reports)
    assert f"(0 built, {total} unchanged)" in "".join(reports)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["articles"]) == sorted(p.name for p in corpus.source_files())
    for source in corpus.source_files():
        tei = output_paths(out, source.name)["tei"]
        assert tei.read_bytes() == point_schema_into_bag(convert_file(source).tei)
    assert not [p for p in out.rglob("*.tmp")]  # no temporary file left behind


# --- the command line ---------------------------------------------------------------


def test_cli_build_without_arguments_builds_the_bundled_corpus(tmp_path):
    result = subprocess.run([*EDITION, "build"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "build"
    assert (out / "tei" / f"{SEED.stem}.xml").is_file()
    assert (out / "html" / f"{SEED.stem}.html").is_file()
    assert (out / "text" / f"{SEED.stem}.txt").is_file()
    assert (out / "bag" / "bagit.txt").is_file()
    assert "results:" in result.stdout and str(Path("build") / "html" / "index.html") in result.stdout


def test_cli_dask_without_a_scheduler_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "o"),
                                       "--executor", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.output


# --- the corpus step from the workers' facts (issue 9) --------------------------------


def same_bag_as_a_plain_deposit(corpus: CorpusLayout, out: Path, tmp_path: Path) -> None:
    """The build's bag (worker-side digests, hard links, stored facts) is byte for byte
    the bag the deposit makes of the same files when it reads and hashes every one."""
    from edition.deposit import DepositItem, deposit_corpus, verify_bag

    items = [DepositItem(tei=paths["tei"], source=source, html=paths["html"], text=paths["text"])
             for source in sorted(corpus.source_files())
             for paths in [output_paths(out, source.name)]]
    registers = corpus.registers if corpus.registers.is_dir() else None
    # Items without KnownFiles: the deposit validates, reads and hashes every file.
    reference = deposit_corpus(items, tmp_path / "reference-bag", force=True,
                               registers_dir=registers)
    built = {p.relative_to(out / "bag").as_posix(): p.read_bytes()
             for p in sorted((out / "bag").rglob("*")) if p.is_file()}
    made = {p.relative_to(reference).as_posix(): p.read_bytes()
            for p in sorted(reference.rglob("*")) if p.is_file()}
    assert built.keys() == made.keys()
    assert [name for name in built if built[name] != made[name]] == []
    assert verify_bag(out / "bag") == []


def test_the_bag_from_worker_facts_equals_the_bag_deposit_files_makes(corpus, tmp_path,
                                                                       monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "out"
    summary, errors = quiet_build(corpus, out, jobs=2)
    assert summary.ok, errors
    same_bag_as_a_plain_deposit(corpus, out, tmp_path)
    # The renditions are linked, not copied: the bag shares the files the workers wrote.
    html = output_paths(out, SEED.name)["html"]
    assert (out / "bag" / "data" / "html" / html.name).stat().st_ino == html.stat().st_ino


def test_the_index_from_worker_facts_equals_the_index_from_the_tei_files(corpus, tmp_path):
    from edition.render import Renderer

    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    entries = [(output_paths(out, s.name)["tei"], output_paths(out, s.name)["html"].name)
               for s in sorted(corpus.source_files())]
    assert (out / "html" / "index.html").read_text(encoding="utf-8") == \
        Renderer().corpus_index(entries)


def test_an_incremental_build_keeps_the_facts_of_unchanged_articles(corpus, tmp_path,
                                                                    monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    changed = corpus.source_files()[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMột dòng mới.\n",
                       encoding="utf-8")
    summary, _ = quiet_build(corpus, out, jobs=1)
    assert built_names(summary) == [changed.name]
    lines = list(build_mod.iter_facts(out))
    assert [name for name, _ in lines] == sorted(s.name for s in corpus.source_files())
    stored = dict(lines)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    for name, facts in stored.items():
        assert json.loads(facts)["tei_sha256"] == manifest["articles"][name]["tei_sha256"]
    same_bag_as_a_plain_deposit(corpus, out, tmp_path)


@pytest.mark.parametrize("damage", ["delete", "garble", "stale"])
def test_missing_or_stale_facts_are_recomputed_from_the_files(corpus, tmp_path, monkeypatch,
                                                              damage):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "out"
    quiet_build(corpus, out, jobs=1)
    facts_file = out / build_mod.FACTS_NAME
    if damage == "delete":
        facts_file.unlink()
    elif damage == "garble":
        facts_file.write_text("[not json\n", encoding="utf-8")
    else:  # facts of another version of the TEI (wrong digests too): not to be trusted
        facts_file.write_text(facts_file.read_text(encoding="utf-8")
                              .replace('"tei_sha256":"', '"tei_sha256":"0')
                              .replace('"sha512":"', '"sha512":"0'), encoding="utf-8")
    shutil.rmtree(out / "bag")  # the next build must make the bag again, from what it finds
    summary, errors = quiet_build(corpus, out, jobs=1)
    assert summary.ok and summary.built == [], errors
    same_bag_as_a_plain_deposit(corpus, out, tmp_path)


def test_stored_facts_are_found_by_name_and_damaged_lines_skipped(tmp_path):
    lines = [("a.txt", '{"n":1}'), ("c.txt", '{"n":3}'), ("d.txt", '{"n":4}')]
    (tmp_path / build_mod.FACTS_NAME).write_text(
        "".join(f'["{name}",{facts}]\n' for name, facts in lines) + "garbled\n", encoding="utf-8")
    with build_mod.StoredFacts(tmp_path) as stored:
        paired = [(name, stored.get(name)) for name in ["a.txt", "b.txt", "d.txt", "e.txt"]]
    assert paired == [("a.txt", '{"n":1}'), ("b.txt", None), ("d.txt", '{"n":4}'), ("e.txt", None)]


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc")
def test_a_parallel_build_never_loads_saxon_in_its_own_process(corpus, tmp_path):
    """The corpus index is rendered in a child: Saxon's heap, which grows with the
    index and is never given back, is not the build process's."""
    script = ("import sys; from pathlib import Path; from edition.build import build_corpus; "
              "from edition.convert import CorpusLayout; "
              "s = build_corpus(CorpusLayout(Path(sys.argv[1])), Path(sys.argv[2]), jobs=2, "
              "stream=None, summary_stream=None); "
              "print(s.ok, 'saxon' in open('/proc/self/maps').read().lower())")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-c", script, str(corpus.root), str(out)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["True", "False"], done.stderr
    assert "Chỉ mục chung" in (out / "html" / "index.html").read_text(encoding="utf-8")


def test_a_build_removes_what_a_killed_build_left_behind(corpus, tmp_path):
    """A build killed midway leaves hidden temporary files and folders; the next one
    (which holds the lock, so no other build is writing) removes them."""
    out = tmp_path / "out"
    summary, errors = quiet_build(corpus, out, jobs=1)
    assert summary.ok, errors
    for kind in ("partial", "old"):
        stale = out / f".bag.0123456789ab.{kind}" / "data"
        stale.mkdir(parents=True)
        (stale / "half-written.xml").write_text("<TEI", encoding="utf-8")
    half_written = out / "tei" / ".x.xml.0123456789ab.tmp"
    half_written.write_text("<TEI", encoding="utf-8")
    summary, errors = quiet_build(corpus, out, jobs=1)
    assert summary.ok, errors
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".bag")) == []
    assert not half_written.exists()
    assert (out / "bag" / "bagit.txt").is_file()
