"""Hypothesis strategies for article-like texts, and an independent check of
what a converted document must say.

Shared by ``tests/test_properties.py`` (a small number of examples) and
``scripts/fuzz.py`` (thousands).  The vocabulary is generic Vietnamese news
prose (made-up names, common titles, organisations, numbers, dates, document
numbers, quotes, photo captions) plus noise: stray symbols, markup
characters, odd white space, control characters, decomposed diacritics and
arbitrary Unicode.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import strategies as st
from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Hải", "Xuân", "Đức", "Thanh", "Quốc", "Hồng", ""]
GIVEN = ["An", "Bình", "Lâm", "Hoa", "Hùng", "Dũng", "Tâm", "Thưởng", "Long", "Huệ", "Nga"]
TITLES = ["Thủ tướng", "Phó Thủ tướng", "Bộ trưởng Bộ Tài chính", "Bí thư Tỉnh ủy Thanh Hóa",
          "Chủ tịch UBND tỉnh Nghệ An", "đồng chí", "ông", "bà", "Phó Trưởng Ban Tuyên giáo "
          "Trung ương", "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng", "Thứ trưởng", "PGS.TS"]
ORGS = ["Ban Tuyên giáo Trung ương", "Bộ Chính trị", "Đảng ủy Khối các cơ quan Trung ương",
        "UBND tỉnh Quảng Ninh", "Quốc hội", "Chính phủ", "Bộ Y tế", "Mặt trận Tổ quốc Việt Nam",
        "Tỉnh ủy", "Hội đồng nhân dân thành phố"]
PLACES = ["Hà Nội", "Thanh Hóa", "TP. Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Nghệ An",
          "tỉnh Lào Cai", "huyện Mường Tè"]
WORDS = ("cán bộ đảng viên nhân dân phát triển kinh tế xã hội hội nghị triển khai nhiệm vụ "
         "công tác tuyên truyền năm tới nâng cao chất lượng hiệu quả thực hiện kế hoạch đề ra "
         "các và của trong với được đã sẽ đang tiếp tục đẩy mạnh tăng cường đổi mới sáng tạo "
         "chuyển đổi số an sinh giáo dục y tế môi trường doanh nghiệp đầu tư nông thôn mới "
         "khó khăn thách thức kết quả quan trọng toàn diện bền vững").split()
DIRECTIVES = ["Chỉ thị số 05-CT/TW", "Kết luận 118-KL/TW", "Công điện 149/CĐ-TTg",
              "Luật số 60/2018/QH14", "Nghị quyết Trung ương 4 khóa XIII", "Nghị định 100/2019/NĐ-CP",
              "Quyết định số 1234/QĐ-UBND", "các nghị quyết"]
DATES = ["ngày 12/5", "ngày 1/7/2022", "15-16/7/2020", "6 tháng đầu năm 2022", "quý I/2023",
         "nhiệm kỳ 2020-2025", "năm 2024", "sáng 3/2", "ngày 31/2/2023", "tháng 13/2021",
         "từ ngày 1/1 đến ngày 30/6/2024"]
AMOUNTS = ["750 triệu đồng", "3,2 tỷ đồng", "1.234 tỷ đồng", "12,5%", "2.000 nghìn đồng",
           "hơn 100 người", "0,5 ha", "1.000.000 đồng", "99,99%", "10 triệu USD"]
SYMBOLS = ["*", "•", "–", "—", "&", "<", ">", "&amp;", "]]>", "…", "/", "\\", "#", "@", "%",
           "(", ")", "[", "]", "{", "}", "<p>", "</p>", "&#x1;", "👍", "\u200b", "\xa0", "\t",
           "\ufeff", "'", '"', "“", "”", "‘", "’", "«", "»", "-", ":", ";", "?", "!", "°C",
           "\u0301", "\U0001d11e", "\u2028", "\x85", "\x0b", "\x01", "\x7f", "\u00ad"]
DATELINES = ["01/07/2022 08:56", "Thứ Ba, 17/09/2024 - 19:25", "Thứ 6, 21/03/2025 | 15:45",
             "2025-04-16 15:14:00", "2020-03-05T02:00:00.000Z", "31/02/2022 10:00",
             "Chủ nhật, 05/01/2025 07:00", "T2, 1/1/2024", "12/12/2012 25:61"]
FURNITURE = ["Nổi bật Việt Báo", "Đừng bỏ lỡ", "POWERED BY ONECMS", "Tin liên quan",
             "Xem thêm", "Bài liên quan"]

_name = st.builds(lambda f, m, g: " ".join(w for w in (f, m, g) if w),
                  st.sampled_from(FAMILY), st.sampled_from(MIDDLE), st.sampled_from(GIVEN))
_titled_name = st.builds(lambda t, n: f"{t} {n}", st.sampled_from(TITLES), _name)
_number = st.one_of(st.integers(0, 10**9).map(str),
                    st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:.2f}".replace(".", ",")))
_quote = st.builds(lambda o, w, c: f"{o}{w}{c}",
                   st.sampled_from(["“", '"', "‘", "«", "'"]),
                   st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join),
                   st.sampled_from(["”", '"', "’", "»", "'", ""]))
_noise = st.text(max_size=6)  # arbitrary Unicode: controls, combining marks, anything

TOKEN = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    _name, _titled_name, st.sampled_from(ORGS), st.sampled_from(PLACES),
    st.sampled_from(DIRECTIVES), st.sampled_from(DATES), st.sampled_from(AMOUNTS),
    _number, _quote, st.sampled_from(SYMBOLS), _noise,
)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


_sentence = st.builds(lambda words, end: _capitalize(" ".join(words)) + end,
                      st.lists(TOKEN, min_size=1, max_size=14),
                      st.sampled_from([".", ".", ".", "!", "?", "…", ":", ";", ""]))
_inner_space = st.sampled_from([" ", " ", " ", "  ", "\t", "\xa0 "])
_paragraph = st.builds(lambda ss, sep: sep.join(ss),
                       st.lists(_sentence, min_size=1, max_size=4), _inner_space)
# A block may hold single line breaks (they become lb).
_multiline = st.lists(_sentence, min_size=2, max_size=3).map("\n".join)
_heading = st.lists(st.sampled_from(WORDS + ORGS + PLACES), min_size=1, max_size=8).map(
    lambda ws: _capitalize(" ".join(ws)))
_caption = st.builds(lambda body, sep, credit: f"{body}{sep}{credit}",
                     st.one_of(_heading, _titled_name.map(lambda n: f"{n} phát biểu"),
                               st.just("Quang cảnh hội nghị")),
                     st.sampled_from([" - ", ". ", " (", " ", " – "]),
                     st.builds(lambda who: f"Ảnh: {who}",
                               st.one_of(_name, st.just("VGP/Nguyễn Hoàng"), st.just("TTXVN"),
                                         st.just("T.Bình."))))
_alt = st.builds(lambda h, n: f"{h} - Ảnh {n}", _heading, st.integers(1, 9))
_point = st.builds(lambda mark, p: f"{mark} {p}",
                   st.sampled_from(["1.", "2)", "Thứ nhất,", "Thứ hai,", "Thứ ba là", "*"]),
                   _paragraph)
BLOCK = st.one_of(_paragraph, _paragraph, _paragraph, _multiline, _heading, _caption, _alt,
                  _point, _titled_name, _sentence)


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """An article: title, optional date line, blocks, optional byline and furniture."""
    title = draw(st.one_of(_heading, _sentence, _titled_name.map(lambda n: f"{n}: {n}")))
    blocks = [title]
    if draw(st.booleans()):
        blocks.append(draw(st.sampled_from(DATELINES)))
    blocks += draw(st.lists(BLOCK, min_size=1, max_size=10))
    if draw(st.booleans()):
        blocks.append(draw(_name))
    if draw(st.booleans()):
        blocks += [f"  {line}" for line in draw(st.lists(st.sampled_from(FURNITURE),
                                                         min_size=1, max_size=3))]
    separators = st.sampled_from(["\n\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n", "\n\xa0\n"])
    text = blocks[0]
    for block in blocks[1:]:
        text += draw(separators) + block
    return text + draw(st.sampled_from(["", "\n", "\n\n", "  \n"]))


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    """An article as a file would hold it: encodings, BOMs, line ends, NFD."""
    text = draw(article_texts())
    if draw(st.integers(0, 9)) == 0:
        text = unicodedata.normalize("NFD", text)
    line_end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    text = text.replace("\n", line_end)
    form = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16"]))
    data = text.encode(form, errors="surrogatepass")
    if draw(st.integers(0, 19)) == 0:  # damaged bytes: mostly refused, never a crash
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    return data


# --- what the output must say ---------------------------------------------------

# Characters reading removes, and the white space it does not keep at line edges.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def expected_lines(data: bytes) -> list[str]:
    """The article's non-blank lines as a reader of the file sees them, edges stripped."""
    text = _decode_like_a_reader(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _NOT_XML.sub("", text))
    return [line.strip() for line in text.split("\n") if line.strip()]


def _decode_like_a_reader(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def body_blocks(tei_bytes: bytes) -> list[str]:
    """The diplomatic text of the TEI body, one string per source block.

    Written independently of the renderer: original readings (``sic``, not
    ``corr``), ``lb`` as a line break; a figure's alt text is one block and
    its caption with its credit another, as in the source.
    """
    body = etree.fromstring(tei_bytes).find(f"{TEI}text/{TEI}body")
    blocks: list[str] = []
    for element in body.iter():
        local = etree.QName(element).localname
        parent = etree.QName(element.getparent()).localname if element.getparent() is not None else ""
        if parent == "figure":
            if local == "note" and element.getprevious() is not None \
                    and etree.QName(element.getprevious()).localname == "head":
                blocks[-1] += _diplomatic(element)
            elif local in ("figDesc", "head", "note"):
                blocks.append(_diplomatic(element))
        elif parent in ("body", "div", "closer") and local not in ("div", "figure", "closer"):
            blocks.append(_diplomatic(element))
    return blocks


def _diplomatic(element: etree._Element) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        local = etree.QName(node).localname
        if local == "corr":
            return
        if local == "lb":
            parts.append("\n")
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")

    walk(element)
    return "".join(parts)


def furniture_lines(tei_bytes: bytes) -> list[str]:
    """The site furniture the header declares as removed."""
    root = etree.fromstring(tei_bytes)
    return [q.text or "" for q in root.iterfind(f".//{TEI}editorialDecl/{TEI}p/{TEI}q")]


def lines_of(blocks: list[str]) -> list[str]:
    return [line.strip() for block in blocks for line in block.split("\n") if line.strip()]


def body_lines_losing_nothing(tei_bytes: bytes, data: bytes) -> list[str]:
    """The body's lines, checked against the source ``data``: its lines in order,
    each either in the body or in the declared furniture (which the page may
    set above the title, between paragraphs or at the foot)."""
    body = lines_of(body_blocks(tei_bytes))
    kept, removed = as_subsequence(body, expected_lines(data))
    assert kept == body and removed == furniture_lines(tei_bytes), "body text lost or changed"
    return body


def as_subsequence(body: list[str], source: list[str]) -> tuple[list[str], list[str]]:
    """The source lines that match ``body`` in order, and the others, in order (a
    line may be both body and furniture, as a title repeated at the page's foot)."""
    kept, removed = [], []
    for line in source:
        if len(kept) < len(body) and line == body[len(kept)]:
            kept.append(line)
        else:
            removed.append(line)
    return kept, removed
