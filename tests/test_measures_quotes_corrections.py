"""Amounts, quotations and editorial corrections (file and automatic rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.annotate import annotate
from edition.errors import InputError
from edition.parse import parse_article
from edition.read import source_from_bytes
from edition.recognize import corrections, measures, quotes
from edition.recognize.corrections import minimal_edit, read_corrections

from conftest import SEED


def spans_of(body: str, recognizer, corrections_file: Path | None = None, name: str = "t.txt"):
    text = "Tiêu đề bài viết\n\n15/08/2023 09:30\n\n" + body + "\n"
    article = parse_article(source_from_bytes(text.encode("utf-8"), name))
    annotated = annotate(article, recognizers=[recognizer], corrections_file=corrections_file)
    found = []
    for where, run in annotated.article.inlines():
        if where != "dateline":
            found += [(run.text[s.start:s.end], s) for s in run.spans]
    return found, annotated


# --- measures ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, attrs", [
    ("Hỗ trợ 750 triệu đồng cho các hộ.", "750 triệu đồng", {"type": "currency", "unit": "VND", "quantity": "750000000"}),
    ("Tổng thu đạt 405.570 tỷ đồng.", "405.570 tỷ đồng", {"type": "currency", "unit": "VND", "quantity": "405570000000000"}),
    ("Xuất khẩu đạt 17,6 tỷ USD.", "17,6 tỷ USD", {"type": "currency", "unit": "USD", "quantity": "17600000000"}),
    ("Thu về 155 nghìn tỷ đồng.", "155 nghìn tỷ đồng", {"type": "currency", "unit": "VND", "quantity": "155000000000000"}),
    ("Giá vé là 50.000 đồng.", "50.000 đồng", {"type": "currency", "unit": "VND", "quantity": "50000"}),
    ("Xây dựng 15 căn nhà tình nghĩa.", "15 căn nhà", {"type": "count", "unit": "item", "quantity": "15", "commodity": "căn nhà"}),
    ("Có hơn 1,5 triệu đại biểu tham dự.", "1,5 triệu đại biểu", {"type": "count", "unit": "item", "quantity": "1500000", "commodity": "đại biểu"}),
    ("Kết nạp 44 đảng viên mới.", "44 đảng viên", {"type": "count", "unit": "item", "quantity": "44", "commodity": "đảng viên"}),
])
def test_amounts(sentence, text, attrs):
    found, _ = spans_of(sentence, measures.recognize)
    assert [(t, dict(s.attrs)) for t, s in found] == [(text, attrs)]


@pytest.mark.parametrize("sentence", ["Tăng 6,5% so với cùng kỳ.", "Tập trung vào 3 nội dung chính.",
                                      "Thực hiện Nghị quyết số 12-NQ/TW."])
def test_not_amounts(sentence):
    assert spans_of(sentence, measures.recognize)[0] == []


# --- quotations -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, inner", [
    ('Ngăn chặn biểu hiện "tự diễn biến" trong nội bộ.', ["tự diễn biến"]),
    ("Tinh thần “tăng tốc, bứt phá” được lan tỏa.", ["tăng tốc, bứt phá"]),
    ("Phương châm ''không có vùng cấm'' được quán triệt.", ["không có vùng cấm"]),
    ('Khẩu hiệu "nói đi đôi với làm", "làm việc nào chắc việc đó" được nêu.',
     ["nói đi đôi với làm", "làm việc nào chắc việc đó"]),
    ('"Hội nghị quán triệt nghị quyết mới', []),  # a stray mark: nothing to pair
])
def test_quotations_keep_their_marks_outside(sentence, inner):
    found, _ = spans_of(sentence, quotes.recognize)
    assert [t for t, _ in found] == inner
    for text, span in found:
        assert span.tag == "q"


def test_quote_marks_survive_in_the_tei():
    from lxml import etree
    from edition.encode import encode
    _, annotated = spans_of('Chống "tự chuyển hóa" quyết liệt.', quotes.recognize)
    root = etree.fromstring(encode(annotated))
    p = root.find(".//{http://www.tei-c.org/ns/1.0}body/{http://www.tei-c.org/ns/1.0}p")
    assert "".join(p.itertext()) == 'Chống "tự chuyển hóa" quyết liệt.'
    assert p[0].tag.endswith("}q") and p[0].text == "tự chuyển hóa"


def test_a_quoted_name_is_a_name_inside_the_quote_and_valid(tmp_path):
    """A quote that is exactly a name ('chỉ dẫn địa lý "Hà Nội"'): the name may sit
    inside a q, not a q inside a name (the schema's names hold no quotations)."""
    from edition.convert import convert_file
    from edition.validate import Validator
    from edition.xmlio import TEI_NS, parse_xml_bytes
    source = tmp_path / "a.txt"
    source.write_text("Tiêu đề bài viết\n\nCác hộ dân đăng ký chỉ dẫn địa lý \"Hà Nội\" cho sản phẩm.\n",
                      encoding="utf-8")
    tei = convert_file(source).tei
    q = parse_xml_bytes(tei).getroot().find(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}q")
    assert q is not None and q[0].tag == f"{{{TEI_NS}}}placeName" and q[0].text == "Hà Nội"
    assert Validator().validate_bytes(tei, "a.xml").valid


# --- corrections ------------------------------------------------------------------

@pytest.mark.parametrize("reading, corrected, sic, corr", [
    ("triển khaithực hiện", "triển khai thực hiện", "khaithực", "khai thực"),
    ("Thứ nhất,cấp ủy", "Thứ nhất, cấp ủy", ",", ", "),
    ("phương tiên hiện đại", "phương tiện hiện đại", "tiên", "tiện"),
    ("gắn với gắn với", "gắn với", "gắn với", ""),
    ("ban hành hành văn bản", "ban hành văn bản", "hành", ""),
])
def test_minimal_edit(reading, corrected, sic, corr):
    edit = minimal_edit(reading, corrected)
    assert (reading[edit.start:edit.end], edit.replacement) == (sic, corr)


def test_corrections_file_is_applied_and_reported(tmp_path):
    table = tmp_path / "corrections.tsv"
    table.write_text("# comment\n\nt.txt\tcông tac tuyên giáo\tcông tác tuyên giáo\tmisspelling\n"
                     "other.txt\tTiêu đề\tTiêu để\tmisspelling\n", encoding="utf-8")
    found, annotated = spans_of("Đẩy mạnh công tac tuyên giáo ở cơ sở.", corrections.recognize, table)
    assert [(t, s.tag, s.value) for t, s in found] == [("tac", "choice", "tác")]
    (report,) = annotated.corrections
    assert (report.sic, report.corr, report.kind, report.origin) == ("tac", "tác", "misspelling", "file")


def test_malformed_corrections_file_says_where(tmp_path):
    table = tmp_path / "corrections.tsv"
    table.write_text("# header\nt.txt only-two-columns\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_corrections(table)
    assert str(error.value).startswith(f"{table}:2:1: ")


def test_automatic_rules():
    found, annotated = spans_of("Thứ hai,tổ chức thực hiện gắn với gắn với cơ sở; tỷ lệ 1,5 lần; từ từ.",
                                corrections.recognize)
    assert [(t, s.tag, s.value) for t, s in found] == [(",", "choice", ", "), ("gắn với", "surplus", None)]
    assert {c.origin for c in annotated.corrections} == {"rule"}


def test_seed_corrections_in_the_tei(converted, tei_all):
    from lxml import etree
    root = etree.fromstring(converted[SEED.name])
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    pairs = [(c.findtext("t:sic", namespaces=ns), c.findtext("t:corr", namespaces=ns))
             for c in root.iterfind(".//t:body//t:choice", ns)]
    assert ("khaithực", "khai thực") in pairs and ("tiên", "tiện") in pairs and (",", ", ") in pairs
    assert [s.text for s in root.iterfind(".//t:body//t:surplus", ns)] == ["gắn với"]
    assert tei_all.validate(root.getroottree()), tei_all.error_log


def test_every_output_is_valid_tei_all(converted, tei_all):
    from lxml import etree
    for name, data in converted.items():
        assert tei_all.validate(etree.fromstring(data).getroottree()), (name, tei_all.error_log)


def test_a_photo_s_alt_text_keeps_its_repeated_words(tmp_path):
    """Found by the property test: TEI allows no surplus in figDesc, so the
    duplicated-words rule leaves alt text alone (the caption is still corrected)."""
    from lxml import etree

    from edition.convert import convert_file
    from edition.validate import Validator
    path = tmp_path / "t.txt"
    path.write_text("Bão số 3 đổ bộ\n\n01/08/2024 09:00\n\nBão vào bờ sáng nay.\n\n"
                    "Người dân chằng chống chằng chống nhà cửa - Ảnh 1.\n\n"
                    "Người dân chằng chống nhà cửa nhà cửa trước bão. Ảnh: Minh Hà\n\nGió đã giảm.\n",
                    encoding="utf-8")
    tei = convert_file(path).tei
    tei_ns = "{http://www.tei-c.org/ns/1.0}"
    root = etree.fromstring(tei)
    assert root.find(f".//{tei_ns}figDesc/{tei_ns}surplus") is None
    assert root.find(f".//{tei_ns}figure/{tei_ns}head/{tei_ns}surplus") is not None
    assert Validator().validate_bytes(tei, "t.xml").valid
