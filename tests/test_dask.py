"""edition build --executor dask: the same per-article task on a dask.distributed cluster."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from conftest import SEED, dev_articles
from edition.build import build_corpus, output_paths
from edition.convert import CorpusLayout

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    """A small in-process cluster (threads, no worker processes: quick to start)."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def make_corpus(root: Path) -> CorpusLayout:
    (root / "source").mkdir(parents=True)
    for article in [SEED, *dev_articles()[:2]]:
        shutil.copy(article, root / "source" / article.name)
    (root / "source" / "999_bad.txt").write_bytes(b"Title\n\nNot UTF-8: \xc3\x28\n")
    return CorpusLayout(root)


def test_dask_build_matches_the_process_build(tmp_path, scheduler):
    layout = make_corpus(tmp_path / "corpus")
    errors = io.StringIO()
    on_dask = build_corpus(layout, tmp_path / "dask", executor="dask", scheduler=scheduler,
                           stream=errors, summary_stream=None)
    local = build_corpus(layout, tmp_path / "local", jobs=1, stream=io.StringIO(),
                         summary_stream=None)
    # The bad article fails on the cluster as it does locally: reported, not fatal.
    assert not on_dask.ok and on_dask.count("failed") == 1
    assert "999_bad.txt" in errors.getvalue()
    assert on_dask.count("valid") == local.count("valid") == on_dask.total - 1
    for source in layout.source_files():
        for kind, path in output_paths(tmp_path / "dask", source.name).items():
            twin = output_paths(tmp_path / "local", source.name)[kind]
            assert path.exists() == twin.exists()
            if path.exists():
                assert path.read_bytes() == twin.read_bytes(), path
    assert (tmp_path / "dask" / "bag" / "bagit.txt").is_file()
    # Incremental on the cluster too: only the failed article is tried again.
    again = build_corpus(layout, tmp_path / "dask", executor="dask", scheduler=scheduler,
                         stream=io.StringIO(), summary_stream=None)
    assert again.built == ["999_bad.txt"]


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from edition import build
    from edition.errors import EditionError

    monkeypatch.setattr(build, "DASK_CONNECT_TIMEOUT", 1)

    layout = make_corpus(tmp_path / "corpus")
    with pytest.raises(EditionError, match="cannot reach the dask scheduler"):
        build_corpus(layout, tmp_path / "out", executor="dask",
                     scheduler="tcp://127.0.0.1:9", stream=None, summary_stream=None)
