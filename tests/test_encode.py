"""The TEI encoder: nesting of spans, lossless text, determinism, the committed corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from edition.annotate import annotate, resolve_entity, resolve_spans
from edition.convert import convert_file, default_corpus
from edition.encode import _fill_inline
from edition.model import Article, Inline, Paragraph, Source, Span
from edition.xmlio import TEI_NS, tei

from conftest import SEED, all_articles

NS = {"t": TEI_NS}


def fill(text: str, spans: list[Span]) -> str:
    p = etree.Element(tei("p"), nsmap={None: TEI_NS})
    _fill_inline(p, Inline(text, resolve_spans(spans, len(text))))
    return etree.tostring(p, encoding="unicode").replace(f' xmlns="{TEI_NS}"', "")


def test_spans_nest_by_containment():
    text = "Phó Trưởng Ban Tuyên giáo Lê Hải Bình nói"
    xml = fill(text, [Span(11, 25, "orgName"), Span(0, 37, "persName"), Span(0, 25, "roleName")])
    assert xml == ("<p><persName><roleName>Phó Trưởng <orgName>Ban Tuyên giáo</orgName>"
                   "</roleName> Lê Hải Bình</persName> nói</p>")


def test_crossing_span_is_dropped_and_text_kept():
    xml = fill("abcdef", [Span(0, 4, "persName"), Span(2, 6, "orgName")])
    assert xml == "<p><persName>abcd</persName>ef</p>"


def _annotated_with(recognizer):
    source = Source(path="t.txt", name="t.txt", text="", sha256="0", size=0, encoding="utf-8")
    article = Article(source=source, title=Inline("Tin"), dateline=None,
                      blocks=[Paragraph(Inline("Chủ nhiệm Chương trình KX.01/21-25 Lê An phát biểu."))],
                      byline=None, furniture=[])
    return annotate(article, recognizers=[recognizer])


def test_an_entity_whose_every_span_was_dropped_leaves_no_entry():
    def recognizer(run, where, ctx):
        if where != "paragraph":
            return []
        person = resolve_entity(ctx, "person", "Lê An")
        programme = resolve_entity(ctx, "directive", "Chương trình KX.01/21-25")
        # the title ends inside the programme's name ("Chủ nhiệm Chương trình"): the programme's span crosses it
        return [Span(0, 41, "persName", (("ref", f"#{person.id}"),)), Span(0, 22, "roleName"),
                Span(10, 34, "rs", (("type", "directive"), ("ref", f"#{programme.id}")))]
    a = _annotated_with(recognizer)
    assert [(e.kind, e.mentions) for e in a.entities.by_id.values()] == [("person", 1)]


def test_an_issuer_named_by_a_kept_document_keeps_its_entry():
    def recognizer(run, where, ctx):
        if where != "paragraph":
            return []
        issuer = resolve_entity(ctx, "org", "Bộ Khoa học và Công nghệ")  # read from the number, no span
        programme = resolve_entity(ctx, "directive", "Chương trình KX.01/21-25", issuer=issuer.id)
        return [Span(10, 34, "rs", (("type", "directive"), ("ref", f"#{programme.id}")))]
    a = _annotated_with(recognizer)
    assert sorted((e.kind, e.mentions) for e in a.entities.by_id.values()) == [("directive", 1), ("org", 0)]


def test_a_quotation_inside_a_title_is_dropped_and_its_marks_kept_as_text():
    text = 'An, đội trưởng đội hình "Xanh" nói "được"'
    xml = fill(text, [Span(0, 30, "persName"), Span(4, 30, "roleName"), Span(25, 29, "q"), Span(36, 40, "q")])
    assert xml == '<p><persName>An, <roleName>đội trưởng đội hình "Xanh"</roleName></persName> nói "<q>được</q>"</p>'


def test_choice_keeps_the_source_reading_as_sic():
    xml = fill("a,b", [Span(1, 2, "choice", value=", ")])
    assert xml == "<p>a<choice><sic>,</sic><corr>, </corr></choice>b</p>"


def test_line_breaks_become_lb():
    assert fill("one\ntwo", []) == "<p>one<lb/>two</p>"


def test_every_body_character_is_kept_in_order():
    """The body's text nodes, read without corr, are the source's blocks."""
    tree = etree.fromstring(convert_file(SEED).tei)
    body = tree.find(".//t:body", NS)
    for corr in body.iterfind(".//t:corr", NS):
        corr.getparent().remove(corr)
    for lb in body.iterfind(".//t:lb", NS):
        lb.tail = "\n" + (lb.tail or "")
    for element in body.iter():  # drop the indentation between block elements
        if element.text and not element.text.strip():
            element.text = ""
        if element.tail and not element.tail.strip():
            element.tail = ""
    text = "".join(body.itertext())
    source = SEED.read_text(encoding="utf-8")
    for line in source.split("\n"):
        if line.strip() and not line.startswith("    "):
            assert line.strip() in text


def test_conversion_is_deterministic_across_processes():
    """Same input, same bytes, even with another hash seed."""
    code = ("import sys; from edition.convert import convert_file; "
            f"sys.stdout.buffer.write(convert_file({str(SEED)!r}).tei)")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1


def test_source_date_epoch_is_the_only_clock():
    plain = convert_file(SEED).tei
    revision = plain.split(b"<revisionDesc>")[1].split(b"</revisionDesc>")[0]
    assert b"<change>" in revision and b"when=" not in revision
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        dated = convert_file(SEED).tei
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert b'<change when="2023-11-14">' in dated


def test_header_carries_the_source_hash_and_date(converted):
    import hashlib
    tree = etree.fromstring(converted[SEED.name])
    bibl = tree.find(".//t:sourceDesc/t:bibl", NS)
    assert bibl.findtext("t:idno[@type='sha256']", namespaces=NS) == \
        hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert bibl.find("t:date", NS).get("when") == "2022-07-01T08:56:00+07:00"
    assert tree.get("{http://www.w3.org/XML/1998/namespace}id").startswith("a-2022-07-01-")


def test_header_date_is_the_date_without_the_date_lines_label(tmp_path):
    """"Cập nhật: 21/11/2024 14:02": the label belongs to the date line, not to the
    publication date the header records."""
    source = tmp_path / "a.txt"
    source.write_text("Hội nghị tổng kết công tác năm\nCập nhật: 21/11/2024 14:02\n\n"
                      "Sáng nay, hội nghị đã diễn ra tại trụ sở.\n\nTrần Thị Mai\n", encoding="utf-8")
    tree = etree.fromstring(convert_file(source).tei)
    date = tree.find(".//t:sourceDesc/t:bibl/t:date", NS)
    assert (date.text, date.get("when")) == ("21/11/2024 14:02", "2024-11-21T14:02:00+07:00")
    assert "".join(tree.find(".//t:body/t:dateline", NS).itertext()) == "Cập nhật: 21/11/2024 14:02"


def _valid_tei_of(text: str, tmp_path: Path, tei_all) -> etree._Element:
    """The TEI of an article ``text``, checked against the project schema and TEI All."""
    from edition.validate import Validator
    source = tmp_path / "a.txt"
    source.write_text(text, encoding="utf-8")
    tei = convert_file(source).tei
    assert Validator().validate_bytes(tei, "a.xml").valid
    tree = etree.fromstring(tei)
    assert tei_all.validate(tree), tei_all.error_log.last_error
    return tree


def test_a_directive_cited_with_an_amount_is_valid(tmp_path, tei_all):
    """A resolution cited by its subject may name an amount: the measure nests in
    the directive's rs, and both schemas accept it (a property test found it)."""
    tree = _valid_tei_of("Kỳ họp HĐND tỉnh\n\nSáng nay, kỳ họp khai mạc.\n\n"
                         "Kỳ họp thông qua Nghị quyết phân bổ 500 tỷ đồng vốn đầu tư công năm 2025 "
                         "trên địa bàn tỉnh.\n\nTrần Minh\n", tmp_path, tei_all)
    assert tree.find(".//t:rs/t:measure", NS) is not None


def test_a_credit_on_its_own_line_is_kept_with_a_line_break(tmp_path, tei_all):
    """TEI allows no lb inside pc: the line break stands in the credit note."""
    tree = _valid_tei_of("Tiêu đề\n\nĐoạn mở đầu.\n\nNông dân gặt lúa trên cánh đồng.\n"
                         "Ảnh: Lê An\n\nĐoạn cuối của bài.\n", tmp_path, tei_all)
    note = tree.find(".//t:figure/t:note", NS)
    assert [etree.QName(child).localname for child in note][:1] == ["lb"]
    assert "".join(note.itertext()) == "Ảnh: Lê An"


@pytest.mark.parametrize("path", all_articles(), ids=lambda p: p.name[:3])
def test_converter_output_is_valid_tei_all(path, converted, tei_all):
    doc = etree.ElementTree(etree.fromstring(converted[path.name]))
    assert tei_all.validate(doc), str(tei_all.error_log)


def test_committed_corpus_tei_equals_a_fresh_conversion():
    """corpus/tei/ is kept in sync: regenerate with
    `edition convert corpus/source/*.txt --out-dir corpus/tei`."""
    layout = default_corpus()
    sources = layout.source_files()
    assert sources, "the bundled corpus has no sources"
    for source in sources:
        committed = layout.tei / f"{source.stem}.xml"
        assert committed.exists(), f"{committed} is missing"
        fresh = convert_file(source, output=committed).tei
        assert committed.read_bytes() == fresh, f"{committed} is out of date"


def test_a_byline_at_the_start_is_encoded_where_it_stands(tmp_path, tei_all):
    """Signed before the lead: a TEI byline after the head and the dateline, not a
    closer; the header names the author as for a byline at the end."""
    tree = _valid_tei_of("Hội nghị tổng kết công tác năm\n\n21/11/2024 14:02\n\nVŨ KIỀU - Lạc Sơn\n\n"
                         "Sáng nay, hội nghị đã diễn ra tại trụ sở.\n\nHội nghị kết thúc lúc 11 giờ.\n",
                         tmp_path, tei_all)
    body = tree.find(".//t:body", NS)
    assert [etree.QName(child).localname for child in body][:4] == ["head", "dateline", "byline", "p"]
    assert body.find("t:closer", NS) is None
    assert "".join(body.find("t:byline", NS).itertext()) == "VŨ KIỀU - Lạc Sơn"
    assert len(body.findall("t:byline/t:persName", NS)) == 2
    assert "".join(tree.find(".//t:titleStmt/t:author", NS).itertext()) == "VŨ KIỀU - Lạc Sơn"
    assert tree.find(".//t:sourceDesc/t:bibl/t:author", NS).text == "VŨ KIỀU - Lạc Sơn"


def test_the_writers_office_is_in_the_byline_and_not_in_the_header_s_author(tmp_path, tei_all):
    """An essay's byline with the writer's office under the name: one byline, a
    line break between; the header's authors are the name alone."""
    tree = _valid_tei_of("Đổi mới tư duy xây dựng pháp luật trong giai đoạn mới\n\n21/11/2024 14:02\n\n"
                         "PGS, TS LÊ HOÀI NAM\nPhó Giám đốc Học viện Chính trị khu vực IV\n\n"
                         "Bài viết phân tích những điểm mới của nghị quyết.\n\nĐoạn hai kết thúc ở đây.\n",
                         tmp_path, tei_all)
    byline = tree.find(".//t:body/t:byline", NS)
    assert byline.find(".//t:lb", NS) is not None
    assert "".join(byline.itertext()) == "PGS, TS LÊ HOÀI NAMPhó Giám đốc Học viện Chính trị khu vực IV"
    assert "".join(tree.find(".//t:titleStmt/t:author", NS).itertext()) == "PGS, TS LÊ HOÀI NAM"
    assert tree.find(".//t:sourceDesc/t:bibl/t:author", NS).text == "PGS, TS LÊ HOÀI NAM"


def test_a_byline_and_date_line_over_the_title_keep_the_pages_order(tmp_path):
    """Reporters' names over the date line, both over the title: the TEI body sets them in that order."""
    page = tmp_path / "news.txt"
    page.write_text("\n\n".join(["Báo Đông Lâm", "Kinh tế / Nông nghiệp", "Trần Hà - Lê Vy",
                                 "Thứ Hai 06/10/2025 , 09:20 (GMT+7)",
                                 "Tổng kết mùa vụ lúa đông xuân: năng suất tăng ở hầu hết các huyện",
                                 "Đoạn mở đầu.", "Đoạn hai."]), encoding="utf-8")
    body = etree.fromstring(convert_file(page).tei).find(".//t:body", NS)
    assert [etree.QName(child).localname for child in body][:3] == ["byline", "dateline", "head"]
