"""Every output is written atomically: a failure midway leaves the previous
output intact and no temporary file behind; concurrent writers of the same
output never leave a mixture."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, SEED
from edition import xmlio
from edition.cli import main
from edition.errors import EditionError
from edition.xmlio import atomic_write

OLD = b"<old>the previous output</old>\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "article.xml"
    target.parent.mkdir()
    target.write_bytes(OLD)
    return target


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "new" / "folder" / "a.xml"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert leftovers(target.parent) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_write_gives_the_usual_permissions_not_those_of_a_temp_file(tmp_path):
    old_umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.xml", b"x")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "a.xml").stat().st_mode & 0o777 == 0o644


class HalfWriter:
    """A file handle that writes half of what it is given, then fails (a full disk)."""

    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.handle, name)


def test_a_failure_midway_keeps_the_previous_output(previous, monkeypatch):
    real_fdopen = os.fdopen
    monkeypatch.setattr(xmlio.os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    with pytest.raises(EditionError, match="No space left on device") as caught:
        atomic_write(previous, b"<new>" + b"x" * 100_000 + b"</new>")
    assert caught.value.path == str(previous)
    assert previous.read_bytes() == OLD
    assert leftovers(previous.parent) == []


def test_a_failed_rename_keeps_the_previous_output(previous, monkeypatch):
    def refuse(*args):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(xmlio.os, "replace", refuse)
    with pytest.raises(EditionError, match="cannot write: Permission denied"):
        atomic_write(previous, b"<new/>")
    assert previous.read_bytes() == OLD
    assert leftovers(previous.parent) == []


def test_an_interrupt_midway_keeps_the_previous_output(previous, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt
    monkeypatch.setattr(xmlio.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(previous, b"<new/>")
    assert previous.read_bytes() == OLD
    assert leftovers(previous.parent) == []


def test_convert_keeps_the_previous_output_when_writing_fails(previous, monkeypatch):
    real_fdopen = os.fdopen
    monkeypatch.setattr(xmlio.os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    result = CliRunner().invoke(main, ["convert", str(SEED), "-o", str(previous)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("edition: error")]
    assert errors == [f"edition: error: {previous}: cannot write: No space left on device"]
    assert "Traceback" not in result.stderr
    assert previous.read_bytes() == OLD
    assert leftovers(previous.parent) == []


def test_convert_keeps_the_previous_output_when_the_input_is_bad(previous, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\n \n")
    result = CliRunner().invoke(main, ["convert", str(bad), "-o", str(previous)])
    assert result.exit_code == 1
    assert previous.read_bytes() == OLD


def test_concurrent_writers_of_one_file_leave_one_complete_version(tmp_path):
    target = tmp_path / "a.xml"
    versions = [bytes([65 + n]) * (200_000 + n) for n in range(8)]
    errors: list[BaseException] = []

    def writer(data: bytes) -> None:
        try:
            for _ in range(10):
                atomic_write(target, data)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(v,)) for v in versions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert target.read_bytes() in versions
    assert leftovers(tmp_path) == []


def test_two_converts_into_one_folder_do_not_corrupt_each_other(tmp_path):
    """Two ``edition convert`` processes write the same outputs at the same time."""
    sources = tmp_path / "src"
    sources.mkdir()
    names = [f"{n:02d}.txt" for n in range(6)]
    for name in names:
        (sources / name).write_bytes(SEED.read_bytes())
    out = tmp_path / "tei"
    command = [sys.executable, "-m", "edition.cli", "convert", *[str(sources / n) for n in names],
               "--out-dir", str(out)]
    runs = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr.decode()
    alone = tmp_path / "alone"
    single = subprocess.run([*command[:-1], str(alone)], cwd=REPO, capture_output=True)
    assert single.returncode == 0, single.stderr.decode()
    for name in names:
        xml = name.replace(".txt", ".xml")
        assert (out / xml).read_bytes() == (alone / xml).read_bytes()
    assert leftovers(out) == []
