"""Bad article text given to ``edition convert`` (and ``build``): each case gets
its exit status, a one-line error or warning naming the file and the place,
no traceback (unless ``--debug``), and no output file left behind on error."""

from __future__ import annotations

import codecs
import os
import threading
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from lxml import etree

from edition.cli import main
from edition.errors import EditionError, InputError
from edition.read import DEFAULT_MAX_BYTES, read_source, source_from_bytes
from edition.xmlio import TEI_NS

NS = {"t": TEI_NS}
TITLE = "Đảng ủy Khối các cơ quan Trung ương: Đề cao vai trò nêu gương"
DATELINE = "01/07/2022 08:56"
PARAGRAPH = ("Sáng 30/6, Đảng ủy Khối các cơ quan Trung ương tổ chức hội nghị sơ kết công tác "
             "tuyên truyền 6 tháng đầu năm. Các đại biểu đánh giá cao kết quả đạt được.")
ARTICLE = f"{TITLE}\n\n{DATELINE}\n\n{PARAGRAPH}\n\nNội dung thứ hai của bài viết.\n"


# --- helpers ---------------------------------------------------------------------


def convert(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["convert", *map(str, args)])


def write(tmp_path: Path, data: bytes | str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def assert_refused(result: Result, source: Path, *, code: int = 1,
                   place: str = "", says: str = "") -> str:
    """One error line ``edition: error: FILE[:PLACE]: ...``, no traceback; returns it."""
    assert result.exit_code == code, (result.exit_code, result.output)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    prefix = f"edition: error: {source}{place}: "
    assert lines[0].startswith(prefix), (lines[0], prefix)
    assert says.lower() in lines[0].lower(), lines[0]
    return lines[0]


def refused_with_output(tmp_path: Path, source: Path, **expect: object) -> str:
    """Run ``convert SOURCE -o OUT``; the refusal must leave no OUT (and no temp file)."""
    out = tmp_path / "out" / "article.xml"
    line = assert_refused(convert(source, "-o", out), source, **expect)  # type: ignore[arg-type]
    assert not out.exists()
    assert not out.parent.exists() or not any(out.parent.iterdir())
    return line


def converted(tmp_path: Path, source: Path, *extra: str) -> tuple[Result, etree._Element]:
    out = tmp_path / "out.xml"
    result = convert(source, "-o", out, *extra)
    assert result.exit_code == 0, result.output + result.stderr
    assert "Traceback" not in result.stderr
    return result, etree.parse(str(out)).getroot()


def title_of(root: etree._Element) -> str:
    return "".join(root.find("t:text/t:body/t:head", NS).itertext())


def normalization_notes(root: etree._Element) -> list[str]:
    return ["".join(p.itertext()) for p in
            root.iterfind("t:teiHeader/t:encodingDesc/t:editorialDecl/t:normalization/t:p", NS)]


def warnings(result: Result, source: Path) -> list[str]:
    return [line for line in result.stderr.splitlines()
            if line.startswith(f"{source}: warning: ")]


def body_text(root: etree._Element) -> str:
    return etree.tostring(root.find("t:text", NS), encoding="unicode")


# --- empty and not-an-article ---------------------------------------------------


@pytest.mark.parametrize("content, says", [
    (b"", "empty article: the file has no text"),
    (b"   \n\t\n\r\n  \n", "only white space"),
    ("\u00a0\u3000\n".encode(), "only white space"),
])
def test_empty_and_blank_files_are_refused(tmp_path, content, says):
    source = write(tmp_path, content)
    refused_with_output(tmp_path, source, says=says)


def test_a_title_with_no_body_is_refused_at_the_title_line(tmp_path):
    source = write(tmp_path, f"\n\n{TITLE}\n\n")
    refused_with_output(tmp_path, source, place=":3", says="title but no body")


def test_a_title_and_date_line_with_no_body_is_refused(tmp_path):
    source = write(tmp_path, f"{TITLE}\n\n{DATELINE}\n")
    refused_with_output(tmp_path, source, place=":1", says="no body text")


def test_a_title_with_only_site_furniture_is_refused(tmp_path):
    source = write(tmp_path, f"{TITLE}\n\n  Nổi bật Việt Báo\n  Đừng bỏ lỡ\n")
    refused_with_output(tmp_path, source, place=":1", says="title but no body")


def test_random_binary_data_is_refused_with_the_offset(tmp_path):
    import random
    rng = random.Random(8)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    source = write(tmp_path, b"abc\n" + noise, "photo.bin")
    line = refused_with_output(tmp_path, source, place=":2:6", says="binary data")
    assert "at byte offset 9" in line  # the first control byte of this seeded noise


@pytest.mark.parametrize("magic, what", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive (a .docx"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
])
def test_office_documents_and_images_are_named(tmp_path, magic, what):
    source = write(tmp_path, magic + bytes(range(256)) * 4, "file.docx")
    line = refused_with_output(tmp_path, source, says=what)
    assert "plain text (UTF-8)" in line


def test_utf16_without_bom_is_recognised(tmp_path):
    source = write(tmp_path, ARTICLE.encode("utf-16-le"))
    refused_with_output(tmp_path, source, says="--encoding utf-16-le")
    _, root = converted(tmp_path, source, "--encoding", "utf-16-le")
    assert title_of(root) == TITLE


@pytest.mark.parametrize("page, says", [
    ("<!DOCTYPE html>\n<html lang='vi'><head><title>x</title></head>"
     f"<body><h1>{TITLE}</h1><p>{PARAGRAPH}</p></body></html>\n", "an HTML page"),
    (f"<html>\n<body>\n<p>{PARAGRAPH}</p>\n</body>\n</html>\n", "an HTML page"),
    ("<!-- saved from url=(0042)https://example.vn/ -->\n<html><body>x</body></html>",
     "an HTML page"),
    ('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
     f"<teiHeader/><text><body><p>{PARAGRAPH}</p></body></text></TEI>\n", "a TEI/XML document"),
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>x</p></body></text>\n</TEI>',
     "a TEI/XML document"),
    ('<?xml version="1.0"?>\n<rss><channel><title>x</title></channel></rss>', "an XML document"),
])
def test_html_pages_and_tei_files_are_refused_clearly(tmp_path, page, says):
    source = write(tmp_path, page, "page.txt")
    refused_with_output(tmp_path, source, place=":1:1", says=says)


def test_an_article_that_mentions_a_tag_is_not_taken_for_markup(tmp_path):
    source = write(tmp_path, f"<Tin nóng> {TITLE}\n\n{PARAGRAPH}\n")
    _, root = converted(tmp_path, source)
    assert title_of(root) == f"<Tin nóng> {TITLE}"


# --- encodings ------------------------------------------------------------------


def test_utf8_bom_is_removed_and_declared(tmp_path):
    source = write(tmp_path, codecs.BOM_UTF8 + ARTICLE.encode())
    _, root = converted(tmp_path, source)
    assert title_of(root) == TITLE
    assert "\ufeff" not in body_text(root)
    assert any("byte order mark" in note for note in normalization_notes(root))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_converts(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    source = write(tmp_path, bom + ARTICLE.replace("\n", "\r\n").encode(codec))
    _, root = converted(tmp_path, source)
    assert title_of(root) == TITLE
    assert root.find("t:text/t:body/t:dateline/t:date", NS).get("when").startswith("2022-07-01")
    assert any("UTF-16" in note for note in normalization_notes(root))


def to_windows_1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese word processors write it: tone marks as combining bytes."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return bytes(out)


def first_invalid_utf8_offset(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    raise AssertionError("valid UTF-8")


def test_windows_1258_is_refused_with_the_byte_offset_then_read_with_encoding(tmp_path):
    data = to_windows_1258(ARTICLE)
    source = write(tmp_path, data)
    offset = first_invalid_utf8_offset(data)
    assert offset == 0  # "Đ" is 0xd0 in windows-1258: a UTF-8 lead byte with no continuation
    line = refused_with_output(tmp_path, source, place=f":1:{offset + 1}",
                               says=f"not valid UTF-8 at byte offset {offset}")
    assert "--encoding" in line

    result, root = converted(tmp_path, source, "--encoding", "windows-1258")
    assert title_of(root) == TITLE  # combining tone marks composed: NFC again
    assert any("NFC" in note for note in normalization_notes(root))
    assert warnings(result, source)


def test_latin1_is_refused_on_the_right_line_then_read_with_encoding(tmp_path):
    text = "Hội nghị ở Paris\n\nÔng Pierre nói: « Très bien, café ».\n"
    data = text.encode("utf-8").replace("café".encode(), "café".encode("latin-1"))
    source = write(tmp_path, data)
    offset = first_invalid_utf8_offset(data)
    column = offset - data.rindex(b"\n", 0, offset)
    refused_with_output(tmp_path, source, place=f":3:{column}",
                        says=f"byte offset {offset} (bytes e9")
    # the whole file as latin-1 is what an editor would ask for; it decodes
    result = convert(source, "--encoding", "latin-1", "-o", tmp_path / "o.xml")
    assert result.exit_code == 0


def test_an_unknown_encoding_is_a_usage_error(tmp_path):
    source = write(tmp_path, ARTICLE)
    out = tmp_path / "out.xml"
    assert_refused(convert(source, "--encoding", "klingon", "-o", out), source, code=2,
                   says="unknown encoding 'klingon'")
    assert not out.exists()


# --- normalization --------------------------------------------------------------


def test_nfd_input_is_normalized_and_declared(tmp_path):
    source = write(tmp_path, unicodedata.normalize("NFD", ARTICLE))
    result, root = converted(tmp_path, source)
    assert title_of(root) == TITLE
    text = body_text(root)
    assert unicodedata.is_normalized("NFC", text)
    assert "Đảng" in text
    notes = [n for n in normalization_notes(root) if "normalized to NFC" in n]
    assert len(notes) == 1 and "line 1, column 2" in notes[0]  # the "ả" of "Đảng"
    assert any("NFC" in w and "line 1" in w for w in warnings(result, source))


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends_give_the_same_body(tmp_path, line_end):
    article = ARTICLE.replace(PARAGRAPH, PARAGRAPH + "\nDòng thứ hai trong cùng đoạn.")
    _, lf_root = converted(tmp_path, write(tmp_path, article, "lf.txt"))
    source = write(tmp_path, article.replace("\n", line_end), "other.txt")
    result, root = converted(tmp_path, source)
    assert body_text(root) == body_text(lf_root)
    assert "\r" not in body_text(root) and "&#13;" not in body_text(root)
    assert len(root.findall(".//t:lb", NS)) == 1
    assert any("Line ends" in n for n in normalization_notes(root))
    assert warnings(result, source)


def test_characters_not_allowed_in_xml_are_removed_counted_declared_and_warned(tmp_path, tei_all):
    dirty = ARTICLE.replace("sơ kết", "sơ\x01 kết\x0b").replace("Nội dung", "Nội\x1f dung\ufffe")
    source = write(tmp_path, dirty)
    result, root = converted(tmp_path, source)
    assert tei_all.validate(root), tei_all.error_log.last_error
    assert "sơ kết" in body_text(root) and "Nội dung" in body_text(root)
    notes = [n for n in normalization_notes(root) if "not allowed in XML" in n]
    assert len(notes) == 1
    assert notes[0].startswith("4 characters")
    assert "U+0001, U+000B, U+001F, U+FFFE" in notes[0]
    line = 1 + dirty[:dirty.index("\x01")].count("\n")
    column = dirty.index("\x01") - dirty.rindex("\n", 0, dirty.index("\x01"))
    assert f"line {line}, column {column}" in notes[0]
    assert [w for w in warnings(result, source) if "not allowed in XML" in w]


# --- size -----------------------------------------------------------------------


def big_article(size: int, paragraph: str = PARAGRAPH) -> str:
    count = size // (len(paragraph.encode()) + 2) + 1
    return f"{TITLE}\n\n{DATELINE}\n\n" + "\n\n".join([paragraph] * count) + "\n"


@pytest.mark.slow
def test_a_5_mb_article_converts(tmp_path, tei_all):
    source = write(tmp_path, big_article(5 * 1024 * 1024))
    assert source.stat().st_size > 5 * 1024 * 1024
    _, root = converted(tmp_path, source)
    paragraphs = root.findall("t:text/t:body/t:p", NS)
    assert len(paragraphs) > 25_000
    assert tei_all.validate(root), tei_all.error_log.last_error


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    source = tmp_path / "huge.txt"
    with source.open("wb") as handle:  # sparse: no disk, no memory
        handle.truncate(100 * 1024 * 1024)
    calls = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: calls.append(a) or open(*a, **k))
    line = refused_with_output(tmp_path, source,
                               says=f"file is 104,857,600 bytes, over the limit of "
                                    f"{DEFAULT_MAX_BYTES:,} bytes")
    assert "--max-bytes" in line and "EDITION_MAX_BYTES" in line
    assert not calls  # refused on its size alone


def test_the_size_limit_is_configurable(tmp_path, monkeypatch):
    source = write(tmp_path, ARTICLE)
    size = source.stat().st_size
    out = tmp_path / "out.xml"
    assert_refused(convert(source, "--max-bytes", size - 1, "-o", out), source,
                   says=f"over the limit of {size - 1:,} bytes")
    assert convert(source, "--max-bytes", size, "-o", out).exit_code == 0
    monkeypatch.setenv("EDITION_MAX_BYTES", str(size - 1))
    assert_refused(convert(source), source, says=f"over the limit of {size - 1:,} bytes")
    monkeypatch.setenv("EDITION_MAX_BYTES", "lots")
    result = convert(source)
    assert result.exit_code == 2 and "EDITION_MAX_BYTES" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_read_no_further_than_the_limit(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    sent = []

    def feed() -> None:
        try:
            with open(fifo, "wb") as pipe:
                for _ in range(1000):
                    pipe.write(b"x" * 1024)
                    sent.append(1024)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(InputError, match="more than 10,000 bytes"):
        read_source(fifo, max_bytes=10_000)
    writer.join(timeout=10)
    assert sum(sent) < 1000 * 1024  # the reader stopped early; the writer saw the pipe close


@pytest.mark.slow
def test_a_single_1_mb_line_converts(tmp_path):
    line = " ".join([PARAGRAPH] * (1024 * 1024 // len(PARAGRAPH.encode()) + 1))
    source = write(tmp_path, f"{TITLE}\n\n{line}\n")
    _, root = converted(tmp_path, source)
    (p,) = root.findall("t:text/t:body/t:p", NS)
    assert "".join(p.itertext()) == line


# --- errors, --debug, and several sources ---------------------------------------


def test_debug_shows_the_traceback(tmp_path):
    source = write(tmp_path, b"")
    result = CliRunner().invoke(main, ["--debug", "convert", str(source)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)


def test_a_missing_file_is_a_one_line_error(tmp_path):
    result = convert(tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(f"edition: error: {tmp_path / 'nope.txt'}: cannot read")
    assert "Traceback" not in result.stderr


def test_one_bad_source_among_several_names_itself(tmp_path):
    good = write(tmp_path, ARTICLE, "a.txt")
    bad = write(tmp_path, b"", "b.txt")
    out = tmp_path / "tei"
    result = convert(good, bad, "--out-dir", out)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"edition: error: {bad}: empty")
    assert (out / "a.xml").exists() and not (out / "b.xml").exists()


def test_library_errors_are_edition_errors():
    with pytest.raises(EditionError):
        source_from_bytes(b"\xff\xfe\x00", "x.txt")  # truncated UTF-16


# --- build ----------------------------------------------------------------------


def test_build_reports_a_bad_article_and_builds_the_rest(tmp_path):
    pytest.importorskip("edition.validate")
    pytest.importorskip("edition.render")
    corpus = tmp_path / "corpus"
    (corpus / "source").mkdir(parents=True)
    (corpus / "source" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "source" / "bad.txt").write_bytes(to_windows_1258(ARTICLE))
    out = tmp_path / "build"
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "edition.cli", "build", str(corpus),
                             "--out", str(out), "-j", "1"], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    bad = corpus / "source" / "bad.txt"
    assert any(line.startswith(f"{bad}:1:1: not valid UTF-8 at byte offset 0")
               for line in output.splitlines()), output
    assert (out / "tei" / "good.xml").exists()
    assert not (out / "tei" / "bad.xml").exists()


def test_the_byte_offset_counts_a_utf8_bom(tmp_path):
    source = write(tmp_path, codecs.BOM_UTF8 + b"Ti\xeau \xf0\xe8\n\nx\n")
    refused_with_output(tmp_path, source, place=":1:6", says="at byte offset 5 (bytes ea 75")


def test_only_the_first_byte_order_mark_is_a_byte_order_mark(tmp_path):
    """Found by the property test: a second U+FEFF after a UTF-8 BOM is a
    character of the text (a zero-width no-break space), kept like any other."""
    from edition.read import read_source
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff\ufeffTiêu đề\n\nNội dung.\n".encode())
    assert read_source(path).text.startswith("\ufeffTiêu đề")
