"""The command line's success paths and usage errors (failure paths on bad input
are in test_bad_input.py and test_hostile_xml.py)."""

from __future__ import annotations

from click.testing import CliRunner
from lxml import etree

from edition.cli import main

from conftest import SEED


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_convert_writes_tei_to_standard_output_and_reports_corrections():
    result = run("convert", str(SEED))
    assert result.exit_code == 0, result.output
    tei = result.stdout_bytes
    assert etree.fromstring(tei).tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert "correction (missing space, corrections file): 'khaithực' -> 'khai thực'" in result.stderr


def test_convert_out_dir_writes_one_file_per_source(tmp_path):
    result = run("convert", str(SEED), "--out-dir", str(tmp_path))
    assert result.exit_code == 0
    assert (tmp_path / f"{SEED.stem}.xml").read_bytes().startswith(b"<?xml")


def test_usage_errors_exit_2(tmp_path):
    assert run("convert").exit_code == 2
    assert run("convert", str(SEED), str(SEED)).exit_code == 2  # several sources need --out-dir
    assert run("convert", str(SEED), str(SEED), "-o", str(tmp_path / "x.xml")).exit_code == 2
    assert run("render", str(SEED), "--to", "pdf").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_output_with_a_trailing_slash_is_refused_not_written_as_a_file(tmp_path):
    folder = f"{tmp_path / 'editions'}/"
    result = run("convert", str(SEED), "-o", folder)
    assert result.exit_code == 2 and "names a folder" in result.output
    assert not (tmp_path / "editions").exists()


def test_validate_render_and_deposit_chain(tmp_path):
    tei = tmp_path / "seed.xml"
    assert run("convert", str(SEED), "-o", str(tei)).exit_code == 0
    assert run("validate", str(tei)).exit_code == 0
    html = tmp_path / "seed.html"
    assert run("render", str(tei), "-o", str(html)).exit_code == 0
    assert "<html" in html.read_text(encoding="utf-8")
    text = run("render", str(tei), "--to", "text", "--diplomatic")
    assert text.exit_code == 0 and "triển khaithực hiện" in text.output
    bag = tmp_path / "bag"
    assert run("deposit", str(tei), "--source", str(SEED), "-o", str(bag)).exit_code == 0
    assert run("deposit", "verify", str(bag)).exit_code == 0
    (bag / "data" / "README.txt").write_text("changed", encoding="utf-8")
    assert run("deposit", "verify", str(bag)).exit_code == 1


def test_diplomatic_asks_for_the_plain_text_edition(tmp_path):
    tei = tmp_path / "seed.xml"
    assert run("convert", str(SEED), "-o", str(tei)).exit_code == 0
    alone = run("render", str(tei), "--diplomatic")
    assert alone.exit_code == 0 and "<html" not in alone.output and "triển khaithực hiện" in alone.output
    with_html = run("render", str(tei), "--to", "html", "--diplomatic")
    assert with_html.exit_code == 2 and "--to text" in with_html.output
