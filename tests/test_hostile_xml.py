"""Malformed and hostile XML given to ``validate``, ``render`` and ``deposit``:
a clear error naming the file and the place, exit status 1, no traceback, no
output left behind, nothing expanded, nothing read from disk or network."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SEED
from edition.cli import main
from edition.errors import InputError
from edition.xmlio import parse_xml, parse_xml_bytes, require_tei

SECRET = "SECRET-7f3a9c-do-not-leak"
TEI_NS = "http://www.tei-c.org/ns/1.0"


@pytest.fixture(scope="module")
def good_tei() -> str:
    from edition.convert import convert_file
    return convert_file(SEED).tei.decode("utf-8")


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def with_doctype(tei: str, doctype: str, reference: str = "") -> str:
    """``tei`` with a DOCTYPE before the root and ``reference`` at the start of the lead."""
    tei = tei.replace("<TEI ", f"{doctype}\n<TEI ", 1)
    return re.sub(r'(<p rend="lead">)', r"\1" + reference.replace("\\", r"\\"), tei, count=1)


BILLION_LAUGHS = ('<!DOCTYPE TEI [\n <!ENTITY lol "lol">\n'
                  + "".join(f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">\n'
                            for n in range(1, 10))
                  + "]>")


def hostile_documents(good: str, secret: Path, tmp: Path) -> dict[str, tuple[str, str, str]]:
    """name -> (document, place the error must name, what the message says)."""
    evil_dtd = tmp / "evil.dtd"
    evil_dtd.write_text(f'<!ENTITY secret SYSTEM "{secret.as_uri()}">\n'
                        f'<!ENTITY inline "{SECRET}">\n', encoding="utf-8")
    lead_line = good[:good.index('<p rend="lead">')].count("\n") + 1
    broken = good.replace('<p rend="lead">', '<p rend="lead">AT&T ', 1)  # a bare ampersand
    lead = re.compile(r'(<p rend="lead">)(.*?)(</p>)', re.S)
    deep = lead.sub(lambda m: m[1] + "<hi>" * 50_000 + m[2] + "</hi>" * 50_000 + m[3], good, 1)
    return {
        "malformed": (broken, fr":{lead_line}:\d+", "well-formed"),
        "not-tei-root": ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                         "<body><p>x</p></body></html>\n", "", r"TEI|root"),
        "wrong-namespace": (good.replace(f'xmlns="{TEI_NS}"', 'xmlns="http://www.tei-c.org/ns/2.0"'),
                            "", r"namespace|TEI"),
        "no-namespace": (good.replace(f' xmlns="{TEI_NS}"', ""), "", r"namespace|TEI"),
        "billion-laughs": (with_doctype(good, BILLION_LAUGHS, "&lol9;"), "", "entit"),
        "external-entity": (with_doctype(
            good, f'<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>', "&xxe;"),
            "", "entit"),
        "external-entity-relative": (with_doctype(
            good, '<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "secret.txt">]>', "&xxe;"), "", "entit"),
        "parameter-entity": (with_doctype(
            good, f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{evil_dtd.as_uri()}"> %p;]>', "&secret;"),
            "", "entit|DTD"),
        "external-dtd": (with_doctype(
            good, f'<!DOCTYPE TEI SYSTEM "{evil_dtd.as_uri()}">', "&secret;&inline;"),
            "", "entit|DTD"),
        "external-dtd-network": (with_doctype(
            good, '<!DOCTYPE TEI PUBLIC "-//X//DTD X//EN" "http://127.0.0.1:9/x.dtd">'),
            "", "DTD"),
        "deep-nesting": (deep, fr":{lead_line}:\d+", "depth"),
    }


CASES = ["malformed", "not-tei-root", "wrong-namespace", "no-namespace", "billion-laughs",
         "external-entity", "external-entity-relative", "parameter-entity", "external-dtd",
         "external-dtd-network", "deep-nesting"]


@pytest.fixture
def hostile(good_tei, secret_file, tmp_path):
    documents = hostile_documents(good_tei, secret_file, tmp_path)

    def write(name: str) -> tuple[Path, str, str]:
        text, place, says = documents[name]
        path = tmp_path / f"{name}.xml"
        path.write_text(text, encoding="utf-8")
        return path, place, says
    return write


def assert_clear_refusal(result: Result, path: Path, place: str, says: str) -> None:
    output = result.output + result.stderr
    assert result.exit_code == 1, (result.exit_code, output)
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output
    assert SECRET not in output
    pattern = re.escape(str(path)) + place + r"(:\d+)*:? .*(" + says + ")"
    assert any(re.search(pattern, line, re.I) for line in output.splitlines()), output


def assert_nothing_leaked(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and path.name not in ("secret.txt", "evil.dtd"):
            assert SECRET.encode() not in path.read_bytes(), path


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


# --- the hardened parser itself --------------------------------------------------


@pytest.mark.parametrize("name", CASES)
def test_parse_xml_refuses_or_reads_without_expanding(hostile, name):
    path, place, says = hostile(name)
    if name in ("not-tei-root", "wrong-namespace", "no-namespace"):
        with pytest.raises(InputError, match=says) as caught:
            require_tei(parse_xml(path), str(path))
    else:
        with pytest.raises(InputError) as caught:
            parse_xml(path)
        assert re.search(says, caught.value.message, re.I), caught.value.message
    assert SECRET not in str(caught.value)
    assert str(caught.value).startswith(str(path))
    if place:
        assert re.match(re.escape(str(path)) + place + ": ", str(caught.value)), str(caught.value)


def test_malformed_xml_names_line_and_column_once():
    with pytest.raises(InputError) as caught:
        parse_xml_bytes(b"<TEI>\n  <p>\n</TEI>", "doc.xml")
    error = caught.value
    assert (error.path, error.line) == ("doc.xml", 3)
    assert error.column is not None and error.column > 0
    assert "line 3" not in error.message  # the place is said once, in front


def test_billion_laughs_is_refused_without_expansion(hostile):
    path, _, _ = hostile("billion-laughs")
    with pytest.raises(InputError, match="entity declarations are not allowed") as caught:
        parse_xml(path)
    assert "lollol" not in str(caught.value)


# --- validate --------------------------------------------------------------------


@pytest.mark.parametrize("name", CASES)
def test_validate_refuses_hostile_xml(hostile, tmp_path, name):
    pytest.importorskip("edition.validate")
    path, place, says = hostile(name)
    assert_clear_refusal(invoke("validate", path), path, place, says)


# --- render ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "text"])
@pytest.mark.parametrize("name", CASES)
def test_render_refuses_hostile_xml(hostile, tmp_path, name, fmt):
    pytest.importorskip("edition.render")
    path, place, says = hostile(name)
    out = tmp_path / "rendered" / f"out.{fmt}"
    result = invoke("render", path, "--to", fmt, "-o", out)
    assert_clear_refusal(result, path, place, says)
    assert not out.exists()
    assert_nothing_leaked(tmp_path)


# --- deposit ---------------------------------------------------------------------


@pytest.mark.parametrize("name", CASES)
def test_deposit_refuses_hostile_xml(hostile, tmp_path, name):
    pytest.importorskip("edition.deposit")
    path, place, says = hostile(name)
    bag = tmp_path / "bag"
    result = invoke("deposit", path, "-o", bag)
    assert_clear_refusal(result, path, place, says)
    assert not bag.exists()
    assert_nothing_leaked(tmp_path)


def test_a_moderately_deep_document_does_not_crash_the_pipeline(good_tei, tmp_path):
    """200 levels: under the parser's limit; validation may object, nothing may crash."""
    pytest.importorskip("edition.render")
    path = tmp_path / "deep.xml"
    lead = re.compile(r'(<p rend="lead">)(.*?)(</p>)', re.S)
    path.write_text(lead.sub(lambda m: m[1] + "<hi>" * 200 + m[2] + "</hi>" * 200 + m[3],
                             good_tei, 1), encoding="utf-8")
    for args in (["validate", path], ["render", path, "--to", "text"]):
        result = invoke(*args)
        assert result.exit_code in (0, 1), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
