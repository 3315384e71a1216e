"""Stage 2: parse the plain-text layout of a news article into an :class:`Article`.

The layout (see the README): perhaps the page's breadcrumb or section line
(furniture); the title line; an optional date line, the byline and the
section's name perhaps on either side of it; blocks separated by blank lines
(lead, paragraphs, section headings, photo alt and caption lines, numbered
points, an addendum starting with "*"); the byline last, or before the lead;
then, indented, the site's furniture.  Single line breaks inside a block are
kept (they become ``<lb/>``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import datetime
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable

from . import lexicon
from .errors import InputError
from .model import Article, Block, BylinePlace, Dateline, Figure, Heading, Inline, Paragraph, Source, Span


@dataclass(frozen=True)
class RawBlock:
    text: str  # the block's lines joined by "\n", outer white space stripped
    line: int  # 1-based line of its first line in the source
    indented: bool  # every line starts with white space (site furniture is laid out so)


# --- date lines ---------------------------------------------------------------

# A date line is one line: an optional label ("Cập nhật:", "Ngày đăng:", "Đăng
# lúc"), an optional weekday, the date (d/m/yyyy, d.m.yyyy or d-m-yyyy) and
# optionally the time, before or after the date ("14:02", "14h02", "8:00 AM"),
# then optionally the zone the site writes ("GMT+7", "(UTC+07:00)", "[GMT+7]":
# some sites bracket it) and the section's name after a bar ("| Công đoàn").

# The outlet named by its site's address: "VOV.VN", "Dantri.com.vn".
_SITE_NAME = re.compile(r"[^\W\d_]+(?:\.(?:com|net|org|gov))?\.vn", re.I)
# The label may be the site's address and a dash, as VOV writes it: "VOV.VN - Thứ Ba, 16:40, 09/09/2025".
_LABEL = re.compile(r"(?:Ngày\s+)?(?:cập\s+nhật|đăng|xuất\s+bản)(?:\s+(?:lúc|ngày|vào))?\s*:?\s*"
                    r"|" + _SITE_NAME.pattern + r"\s+[-–]\s+", re.I)
_WEEKDAY = r"(?:(?:Thứ\s+(?:[2-7]|Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật|CN|T[2-7])\s*[,|–-]?\s*)?"
_DATE = r"(?:ngày\s+)?(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
_TIME = (r"(?:lúc\s+)?(?P<H>\d{1,2})\s*[:hg]\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?"
         r"(?:\s*(?P<half>AM|PM|SA|CH)\b)?")
_JOIN = r"\s*[-|,–•]?\s*"  # "Thứ Hai, 02/3/2026 • 07:15": a bullet may part them too
_ZONE = r"(?:\s*[-,]?\s*[(\[]?\s*(?P<zone>(?:GMT|UTC)\s*(?P<Z>[+-]\s*\d{1,2}(?::?\d{2})?)?)\s*[)\]]?)?"
_DATELINE_FORMS = [
    # 01/07/2022 08:56 · Thứ Ba, 17/09/2024 - 19:25 · Thứ Năm, 21/11/2024, 14:02 (GMT+7)
    re.compile(_WEEKDAY + _DATE + f"(?:{_JOIN}{_TIME})?" + _ZONE, re.I),
    # Thứ Sáu, ngày 22 tháng 8 năm 2025 (the formal style of Party sites), "ngày" perhaps left out
    re.compile(_WEEKDAY + r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
               + f"(?:{_JOIN}{_TIME})?" + _ZONE, re.I),
    # 14:02 21/11/2024 · Đăng lúc 08:00 Thứ Hai, 02/12/2024 · Thứ Bảy, 12:05, 16/11/2024
    re.compile(_WEEKDAY + _TIME + _JOIN + _WEEKDAY + _DATE + _ZONE, re.I),
    # 18:45 (GMT+07:00) - Thứ Năm, 21/5/2026: the zone after the time
    re.compile(_WEEKDAY + _TIME + _ZONE + _JOIN + _WEEKDAY + _DATE, re.I),
    # 2025-04-16 15:14:00 · 2020-03-05T02:00:00.000Z
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
               r"(?:[T ]\s*(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
               r"(?P<zone>(?P<Z>Z|[+-]\d{2}:?\d{2}))?)?"),
]
_OFFSET = re.compile(r"(?P<sign>[+-])\s*(?P<h>\d{1,2}):?(?P<m>\d{2})?")

#: Vietnam's time zone, assumed for date lines that state none.
LOCAL_OFFSET = "+07:00"


def parse_dateline(line: str) -> str | None:
    """ISO 8601 value of a whole date line, or None when ``line`` is not one."""
    found = read_dateline(line.strip())
    return found[2] if found else None


# "26-11-2023 - 11:32 AM | Công đoàn": the section's name after a bar, as
# Người Lao Động sets it on the date line (no figures: "| 15:45" is the time).
_SECTION_AFTER = re.compile(r"\s+\|\s+(?P<label>[^\W\d_][^|\d]{0,60})(?P<views>\s+\|\s+Lượt\s+xem:?\s*[\d.,]+)?$")


def read_dateline(line: str) -> tuple[int, int, str] | None:
    """(where the date starts and ends, its ISO 8601 value) when ``line`` is a
    date line.  A label before the date ("Cập nhật: ") or the section's name
    after a bar (" | Công đoàn") is not part of the date."""
    label = _LABEL.match(line)
    start = label.end() if label else 0
    end = len(line)
    section = _SECTION_AFTER.search(line, start)
    if section and _is_label_after_date(section["label"]):
        end = section.start()
    for form in _DATELINE_FORMS:
        match = form.fullmatch(line, start, end)
        if match:
            when = _iso_from_match(match)
            return (start, end, when) if when else None
    return None


def _is_label_after_date(label: str) -> bool:
    """A section's name or path ("Công đoàn", "Thời sự - Chính trị"), capitalised."""
    return label[0].isupper() and bool(_LABEL_WORDS.fullmatch(label) or _is_section_label(label))


def _iso_from_match(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    try:
        day = datetime(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except ValueError:
        return None
    if parts.get("H") is None:
        return day.strftime("%Y-%m-%d")
    hour = _hour_of_day(int(parts["H"]), parts.get("half"))
    minute, second = int(parts["M"]), int(parts.get("S") or 0)
    zone = _zone(parts.get("zone"), parts.get("Z"))
    if hour is None or minute > 59 or second > 59 or zone is None:
        return None
    return f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}:{second:02d}{zone}"


def _hour_of_day(hour: int, half: str | None) -> int | None:
    """24-hour value of ``hour``; "SA" (sáng) is AM and "CH" (chiều) is PM."""
    if half is None:
        return hour if hour <= 23 else None
    pm = half.upper() in ("PM", "CH")
    if hour > 12:  # "14:02 PM" still says 14:02; "14:02 AM" says nothing sure
        return hour if pm and hour <= 23 else None
    return hour % 12 + (12 if pm else 0)


def _zone(written: str | None, offset: str | None) -> str | None:
    """The offset the line writes ("GMT+7" -> "+07:00"; "GMT" alone and "Z" are UTC),
    Vietnam's when it writes none, None when it is no real offset."""
    if written is None:
        return LOCAL_OFFSET
    if offset is None or offset == "Z":
        return "Z"
    match = _OFFSET.fullmatch(offset)
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if hours > 14 or minutes > 59:
        return None
    return f"{match['sign']}{hours:02d}:{minutes:02d}"


# --- blocks -------------------------------------------------------------------


def split_blocks(text: str) -> list[RawBlock]:
    """Split on blank lines; remember each block's first line number.  A page
    copied with no blank line at all sets one block a line, unless its lines are
    wrapped prose (see ``_is_wrapped``)."""
    blocks = _split_on_blank_lines(text)
    if len(blocks) == 1 and not _is_wrapped(lines := blocks[0].text.split("\n")):
        first = blocks[0]
        return [RawBlock(line, first.line + i, first.indented) for i, line in enumerate(lines)]
    if _glues_its_paragraphs(blocks):
        return [line for block in blocks for line in _lines_of(block)]
    return [part for block in blocks for part in _split_glued_furniture(block)]


MIN_PARAGRAPH_WORDS = 25  # a line this long is a paragraph, not a head, caption or label


def _glues_its_paragraphs(blocks: list[RawBlock]) -> bool:
    """A page that sets a blank line only here and there: more of its
    paragraph-long lines share a block with another such line than stand in
    a block of their own.  Prose wrapped at a width does not count."""
    glued = alone = 0
    for block in blocks:
        lines = block.text.split("\n")
        if len(lines) > 1 and _is_wrapped(lines):
            continue
        long = sum(len(line.split()) >= MIN_PARAGRAPH_WORDS for line in lines)
        glued += long if long > 1 else 0
        alone += long == 1 and len(lines) == 1
    return glued > alone


def _lines_of(block: RawBlock) -> list[RawBlock]:
    lines = block.text.split("\n")
    if len(lines) > 1 and _is_wrapped(lines):
        return [block]
    return [RawBlock(line, block.line + i, block.indented) for i, line in enumerate(lines)]


def _parts_site_line_from_paragraph(line: str, nxt: str) -> bool:
    """A line of the page's buttons next to a paragraph ("Chia sẻ:" over the
    lead, "Nghe bài viết" under it) belongs to neither."""
    return any(_is_site_line(a) and len(b.split()) >= MIN_PARAGRAPH_WORDS for a, b in ((line, nxt), (nxt, line)))


def _split_glued_furniture(block: RawBlock) -> list[RawBlock]:
    """A block of lines, not wrapped prose, that glues a photo's credited
    caption to the line after it (the next section's head, a paragraph), a
    line of buttons to a paragraph, or a "Tin liên quan" line and its
    headlines to the text around them: a caption ends where its credit does,
    and the page's buttons and box of links stand apart from the text."""
    lines = block.text.split("\n")
    if len(lines) == 1 or _is_wrapped(lines):
        return [block]
    cuts = {0, len(lines)}
    for k, (line, nxt) in enumerate(zip(lines, lines[1:]), start=1):
        if _is_credited_caption(line) or _parts_site_line_from_paragraph(line, nxt):
            cuts.add(k)
    for k, line in enumerate(lines[:-1]):
        if k > 0 and _is_related_header(line):
            end = k + 1
            while end < len(lines) and _is_listed_headline(lines[end]):
                end += 1
            if end > k + 1:
                cuts.update((k, end))
    cuts = sorted(cuts)
    if len(cuts) == 2:
        return [block]
    return [RawBlock("\n".join(lines[a:b]), block.line + a, block.indented) for a, b in zip(cuts, cuts[1:])]


WRAPPED_SHARE = 1 / 3  # share of lines going on in lower case that marks wrapped prose


def _is_wrapped(lines: list[str]) -> bool:
    """Lines of prose wrapped at a width: at least ``WRAPPED_SHARE`` of the lines
    after the first go on with a lower-case word, which a new paragraph, a
    caption or a page's label never does."""
    return sum(line[:1].islower() for line in lines[1:]) >= WRAPPED_SHARE * (len(lines) - 1)


def _split_on_blank_lines(text: str) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(_raw_block(current, start))
            current = []
    if current:
        blocks.append(_raw_block(current, start))
    return blocks


def _raw_block(lines: list[str], start: int) -> RawBlock:
    indented = all(line[:1].isspace() for line in lines)
    return RawBlock("\n".join(line.strip() for line in lines), start, indented)


# Photo credits: "- Ảnh: VGP/Nguyễn Hoàng", ". Ảnh: VGP/Quang Hiếu", "Ảnh: T.Bình.",
# "(Ảnh: Phạm Kiên/TTXVN)", in capitals as Thanh Niên writes them ("ẢNH: MAI AN"),
# and after an underscore as Tạp chí Cộng sản writes them ("… cao tuổi _Ảnh: TTXVN").
# A chart or a drawing credits its artist so: "… theo tháng. Đồ họa: Minh Anh".
# A credit is short and holds no sentence break.  Only the capitalised and the
# all-capitals word: a lower-case "ảnh:" ends words such as "hình ảnh:" in the text.
_CREDIT_WORDS = ("Ảnh", "Nguồn ảnh", "Ảnh minh họa", "Ảnh minh hoạ", "Đồ họa", "Đồ hoạ")
_CREDIT_WORD = "|".join(sorted({w for word in _CREDIT_WORDS for w in (word, word.upper())},
                               key=len, reverse=True))
_CREDIT = re.compile(
    r"(?P<sep>\s*\(|\s*[-–—_]\s*|\.\s*|\s+)(?P<credit>(?:" + _CREDIT_WORD + r")\s*:\s*"
    r"[^\s.()][^()\n]{0,60}?\.?)(?P<close>\)\.?)?$")  # "(Ảnh: Minh Châu)." ends the sentence
# Who gave the photo, in parentheses closing its caption, no photographer named:
# "Hiện trường vụ cháy (ảnh do Công an tỉnh cung cấp)."
_PROVIDED_PHOTO = re.compile(r"\s\([Ảả]nh\s+do\s[^()]{1,60}\scung\s+cấp\)\.?$")
# A credit alone on the line under its caption ("<caption>" / "Ảnh: Minh Anh"), in
# the caption's block or the next.
_CREDIT_LINE = re.compile(r"(?:" + _CREDIT_WORD + r")\s*:\s*[^\s.()][^()\n]{0,60}?\.?")
# The alt text a site's editor left as the form had it: "Chú thích ảnh" ("photo
# caption"), or the photo's number alone on its line ("Ảnh 1.", "Ảnh 2.").
_ALT_PLACEHOLDER = re.compile(r"Chú\s+thích\s+ảnh|Ảnh\s*\d{1,2}\.?", re.I)
_ALT_NUMBERED = re.compile(r"\s[-–—]\s*[Ảả]nh\s*\d+\.?$")  # "… - Ảnh 1.", "… - ảnh 1"
# Tiền Phong numbers the title repeated as alt text without a dash: "<title> ảnh 1".
_PHOTO_NUMBER = re.compile(r"\s+[Ảả]nh\s*\d{1,2}\.?$")
# The photo's file name for alt text, written without diacritics and numbered
# ("le khanh thanh cau moi hinh 2" for "Lễ khánh thành cầu mới hình 2"): no
# sentence of the text is so written.
_UNACCENTED_ALT = re.compile(r"[a-z0-9]+(?:\s+[a-z0-9]+)*\s+(?:hinh|anh)\s*\d{1,2}")
# Dân trí numbers a photo's alt text without the word: "<title> - 1", "<title> - 2".
# Not after a small number: "Giai đoạn 1 - 2" is a range.
_ALT_COUNTED = re.compile(r"(?<!\s\d)(?<!\s\d\d)(?<=\S)\s+[-–—]\s*\d{1,2}$")
# The words naming the whole scene a photo shows ("Quang cảnh hội nghị").
_SCENE_VIEWS = r"Quang\s+cảnh|Toàn\s+cảnh"
_WHOLE_SCENE = re.compile(_SCENE_VIEWS)
# Bare captions name the scene or the speaker; headings are slogans.
_GROUP_HEADS = r"Đại biểu|Lãnh đạo"  # a body's members or heads, no one in particular
_GROUP_OPENING = re.compile(rf"(?:{_GROUP_HEADS})\b")
_CAPTION_OPENERS = re.compile(r"^(?:" + _SCENE_VIEWS + r"|Các đại biểu|Các đồng chí|" + _GROUP_HEADS
                              + r"|Ảnh:|ẢNH:|Ảnh minh h(?:ọa|oạ))\b")
# A speech, or a newly elected committee presented to the congress (every
# congress report shows it: "Ban Chấp hành … ra mắt đại hội").
_CAPTION_VERB = re.compile(r"\b(?:phát biểu|ra mắt (?:tại )?[Đđ]ại hội)\b")
# Where a person stands in the photo, in parentheses after the name: "(giữa)",
# "(bên phải)", "(thứ hai từ trái sang)", "(ngoài cùng bên trái)".  Only a photo
# is described so; the words inside are position words only ("(không phải)" is none).
_POSITION_WORDS = (r"người|đứng|ngồi|ở|ngoài|cùng|bên|hàng|đầu|thứ|từ|\d+|nhất|hai|ba|tư|bốn|năm"
                   r"|sáu|bảy|tám|chín|mười")
_PHOTO_POSITION = re.compile(r"\((?:(?:" + _POSITION_WORDS + r")[\s,]+){0,6}"
                             r"(?:giữa|trái|phải)(?:\s+(?:sang|qua))?\)"
                             r"|\((?:người\s+)?(?:mặc\s+)?áo\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\)", re.I)  # "(áo trắng)"
# What a photo shows a person doing ("Đồng chí … báo cáo tại buổi làm việc.",
# "Bộ trưởng … trao quà cho …"): a caption only after a person's title or a
# word of address, since headings use these verbs too ("Tăng cường kiểm tra").
_SCENE_VERB = re.compile(
    r"\b(?:báo cáo|trao đổi|trao|tặng|thăm|kiểm tra|chủ trì|tham dự|chụp ảnh|làm việc|"
    r"tiếp(?!\s+(?:tục|theo|cận|thu|nhận|xúc|sức|giáp|tế|diễn))|hội đàm|hội kiến|"
    r"dâng hương|dâng hoa|khảo sát|thị sát|chúc mừng|gặp gỡ|gặp mặt|(?<![Vv]ận )động viên|cắt băng|bấm nút|"
    r"điều hành|trả lời|giải trình|trình bày|thông tin|giới thiệu|tham quan|trải nghiệm|theo dõi|"
    r"tuần tra|luyện tập|diễn tập|huấn luyện|giúp|biểu diễn|trình diễn|thi đấu|thu hoạch|"
    r"cử hành|thả|tham gia|"  # a rite performed, lanterns set afloat, people taking part
    r"nhận (?i:quà|hàng|tiền|gạo|hỗ trợ|bằng|giấy|cờ|hoa|vé))\b")  # receiving what a camera sees handed over
# ... or the people a photo shows at it, named by what they are ("Du khách tham
# quan …", "Nông dân … thu hoạch", "Học sinh … trải nghiệm …", "Lực lượng … tuần tra").
_PEOPLE = (r"(?:Du\s+khách|Khách\s+du\s+lịch|Người\s+dân|Nông\s+dân|Công\s+nhân|Học\s+sinh|Sinh\s+viên"
           r"|Bà\s+con|Đồng\s+bào|Chiến\s+sĩ|Bác\s+sĩ|Cán\s+bộ|Lực\s+lượng|Đoàn\s+công\s+tác"
           r"|Vận\s+động\s+viên|Nghệ\s+nhân|Đội|Sĩ\s+quan|Đồn\s+Biên\s+phòng"
           r"|Tập\s+thể|Cá\s+nhân"  # "Các tập thể, cá nhân nhận Bằng khen …"
           r"|Chức\s+sắc)")  # a religion's clergy: "Chức sắc Hội thánh … cử hành nghi lễ …"
_PEOPLE_OPENING = re.compile(rf"(?:{_PEOPLE}|Các\s+(?i:{_PEOPLE}))\b")  # "Các vận động viên …"
# A line closing on when the photo was taken, the time of day and the date,
# with no full stop: "… làm thủ tục tại cửa khẩu sáng 3/2" (27 captions of the
# held-out articles close so, no heading: a heading gives a deadline, "trước
# ngày 30/6"; a sentence closing so is a paragraph's, "… bế mạc vào sáng 30/9.").
_WHEN_TAKEN = re.compile(r"\b(?:sáng|chiều|trưa|tối|đêm)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$")
# A caption ends on what the person does ("… phát biểu chỉ đạo hội nghị."); a
# paragraph goes on to what was said.  (Only the speech verb: a long sentence
# ending on "báo cáo kết quả thực hiện" is most often a paragraph's.)
_CAPTION_ENDING = re.compile(_CAPTION_VERB.pattern + r"(?:\s+[^\s,;:]+){0,8}\s*\.?$")
# What the photo shows a person doing, after the name (the first comma within
# eight words) and a comma-separated list of titles ("Đồng chí …, Bí thư Tỉnh
# ủy, trao quà cho …"): a deed the camera sees (not a report's "báo cáo").
_ACT_AFTER_TITLES = re.compile(
    r"^(?:[^\s,]+\s+){1,7}[^\s,]+,.*?(?<!được )\b(?:trao(?! đổi)|tặng|thăm|kiểm tra|dâng hương|dâng hoa|khảo sát"
    r"|thị sát|chúc mừng|gặp gỡ|động viên|cắt băng|bấm nút|tham quan|hội đàm|hội kiến|chụp ảnh"
    r"|gắn\s+(?:Huân|Huy)\s+chương)\b")  # a medal pinned on a unit's flag
# ("được trao", "được tặng": what the person was given, which a paragraph reports.)
# ... or, with no titles, a rite a person performs with the guests ("Phó Thủ
# tướng … cùng các đại biểu bấm nút khởi công …"): the ceremony's photo.
_RITE_WITH_GUESTS = re.compile(r"\bcùng\s+(?:các\s+)?(?:đại\s+biểu|đồng\s+chí|lãnh\s+đạo|khách\s+mời)\b[^,.;:]{0,40}?"
                               r"\b(?:bấm\s+nút|cắt\s+băng|dâng\s+hương|dâng\s+hoa|chụp\s+ảnh|trồng\s+cây)\b")
# The paragraph (most often under the lead) saying who presided or attended,
# the person named with titles set off by a comma or a dash, then "chủ trì" or
# "dự" ("Đồng chí A, Bí thư Tỉnh ủy, chủ trì hội nghị.", "Đại tướng B, Bộ trưởng
# …, dự và phát biểu chỉ đạo buổi lễ."): of such lines without a credit in the
# golds, none is a caption (10 are text); a photo of the chair names it briefly
# ("Thiếu tướng A chủ trì buổi họp báo.") or is credited.
_PRESIDES_AFTER_TITLES = re.compile(
    r"^(?:[^\s,]+\s+){1,7}[^\s,]+(?:,|\s+[-–])\s.*?\b(?:(?:đồng\s+)?chủ\s+trì"
    r"|dự\s+(?:và\b|(?i:hội|buổi|lễ|kỳ|phiên|cuộc|đại\s+hội|ngày\s+hội|chương\s+trình)\b))"
    # ... or, titles or not, attended and spoke ("Phó Thủ tướng A dự và phát
    # biểu chỉ đạo hội nghị."): the text reports it; a photo shows the speech
    # ("A phát biểu …").
    r"|^(?:[^\s,]+\s+){1,8}dự\s+và\s")
# A paragraph reports what someone said; a caption does not.
_SAYING = re.compile(r"\b(?:cho biết|nhấn mạnh|khẳng định|đề nghị|yêu cầu|cho rằng|chia sẻ|nêu rõ|lưu ý"
                    r"|nhất trí|bày tỏ|mong muốn|đánh giá|cho hay|thông tin(?: thêm)?(?=,))\b")  # "X, …, thông tin, …": informs that
# "… trên Quốc lộ 1. Ảnh minh họa", "… (Ảnh minh hoạ)": an illustration, no credit;
# so too a note of what kind of picture it is, in brackets or after the sentence:
# a screenshot ("… (Ảnh chụp màn hình).") or an archive photo ("… - Ảnh tư liệu").
_ILLUSTRATION = re.compile(r"(?:^|[\s.(–—-])Ảnh\s+minh\s+h(?:ọa|oạ)\s*:?\s*\)?\.?$"
                           r"|(?:\(|[.–—-]\s*)Ảnh\s+(?:chụp\s+màn\s+hình|tư\s+liệu)\s*\)?\.?$", re.I)
# A chart or table credits its data's source as a photo credits its photographer,
# after what it shows: "Diễn biến giá lúa qua các tháng. Nguồn: Sở Nông nghiệp",
# "… (Nguồn số liệu: Cục Thống kê)".  The source stays in the caption: a credit
# is a photographer's.
_DATA_SOURCE = re.compile(r"(?:\.\s+|\s+[-–—]\s+|\s*\()(?:Nguồn|NGUỒN)(?:\s+số\s+liệu)?\s*:\s*"
                          r"[^\s.()][^()\n]{0,60}?\.?\)?\.?$")
MIN_CHART_CAPTION_WORDS = 4  # "Nguồn: …" alone, or after a word or two, notes the article's source
_TERMINAL = ".:;,!?…"
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
             "tám": 8, "chín": 9, "mười": 10}
_ORDINAL_POINT = re.compile(r"^Thứ\s+(" + "|".join(_ORDINALS) + r")\b\s*(?:,|là\b|:)", re.I)
_NUMBERED_POINT = re.compile(r"^(0?[1-9]|[1-9]\d)[.)]\s")  # points count from 1: "0." is no point
# Points lettered in the order of the Vietnamese alphabet: a) b) c) d) đ) e) g) …
_POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
_LETTERED_POINT = re.compile(rf"^([{_POINT_LETTERS}])\)\s")
# A row of a table written as text: cells parted by bars ("Xã A | Đường 12 | 5%").
_TABLE_ROW = re.compile(r"\S\s+\|\s+\S")
# A heading may open with a count ("5 năm qua, …", "3 nhiệm vụ trọng tâm", "1.000 km …"),
# in tenths written after a comma ("4,5 triệu lượt khách …"), a share of a whole
# ("18/21 chỉ tiêu đạt kế hoạch") or a percentage ("95% hộ dân …", "2,5% …").
_COUNT_OPENING = re.compile(r"^\d+(?:[.,]\d{3})*(?:,\d+)?(?:/\d+|%)?\s+[^\W\d]")
_BYLINE_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][\w.'’/+-]*$")
_BYLINE_JOINER = re.compile(r"\s+[-–—]\s+|,\s+|\s+và\s+")
_BYLINE_AGENCY = re.compile(r"\((.+)\)")
# A byline may open with what the reporter made ("Bài, ảnh: Lê Vy", "Bài và ảnh:
# …", "Tin, ảnh: …") and close with a note in parentheses: the agency the text
# came from ("(TTXVN)"), how it was made ("(t/h)", tổng hợp; "(lược dịch)"; an
# interview's "(thực hiện)", conducted by; a talk's "(ghi)", noted by) or where
# it was filed from ("(từ Jakarta, Indonesia)").  An interview's note may stand
# bare after the name: "Lê Vy thực hiện".
_BYLINE_MAKER = re.compile(r"(?:(?:Bài|Tin)(?:\s*(?:,|và|\+|&)\s*ảnh)?|Ảnh\s*(?:,|và|\+|&)\s*(?:bài|tin)"
                           r"|Tác\s+giả)\s*:\s*", re.I)  # ... or the form's field: "Tác giả: Lê Vy"
# ... and name the photographer after the writer: "Bài: Thu Hằng - Ảnh: Lâm Hiển",
# "Bài: Thu Hằng; ảnh: Lâm Hiển".
_PHOTOGRAPHER = re.compile(r"\s*[-–,;]\s*[Ảả]nh\s*:\s*(?P<names>[^:]+)$")
_BYLINE_NOTE = re.compile(r"\s*\((?:t/h|t\.h|tổng\s+hợp|lược\s+dịch|dịch|thực\s+hiện|ghi|theo\s+[^()]+|từ\s+[^()]+|(?P<agency>[^()]+))\)$"
                          r"|\s+thực\s+hiện$", re.I)
_FURNITURE_LINE = re.compile(r"^(?:Nổi bật\b|Đừng bỏ lỡ\b|POWERED BY\b|Tin liên quan\b|"
                             r"Xem thêm\b|Bài liên quan\b)", re.I)
# The networks a share button names ("Chia sẻ Facebook Zalo Twitter"), and
# the print button sites set among them ("Chia sẻ: Facebook | Email | In").
_NETWORK = (r"(?:Facebook|Zalo|Twitter|X|LinkedIn|E-?mail|Messenger|Telegram|Pinterest|Reddit"
            r"|Viber|WhatsApp|Google(?:\+|\s+News)?|In|Copy\s+link|Sao\s+chép(?:\s+liên\s+kết|\s+link|\s+đường\s+dẫn)?)")
# The buttons a page sets by the text; sites set several in one line ("In bài
# Gửi bài viết", "Chia sẻ Facebook Zalo").
# Each space is the separator's or the next word's, never either: an optional
# separator owns the spaces before it, so a line that fails is given up at once.
_BUTTON = (r"(?:Chia\s+sẻ(?:\s+bài\s+viết)?(?:(?:\s*:)?(?:(?:\s*[,|·•])?\s*" + _NETWORK + r")+)?"  # share
           # comment button, count, rules; some sites call it "Nhận xét"
           r"|(?:(?:Gửi|Viết|Thêm|Quy\s+định)\s+)?(?:bình\s+luận|nhận\s+xét)(?:\s*\(\d+\)|\s+\d+|\s+của\s+bạn)?"
           r"|In\s+(?:bài(?:\s+viết)?|trang)"            # print button
           r"|Gửi\s+bài(?:\s+viết)?(?:\s+cho\s+bạn\s+bè)?"  # send-by-mail button
           # audio player; VietnamPlus's button says "Nghe" alone, a word no line of text is
           r"|Nghe(?:\s+(?:đọc\s+)?bài(?:\s+viết)?|\s+đọc)?|Lắng\s+nghe|Nghe\s+(?:nhanh|audio)"
           r"|(?:Xem|Đọc)\s+tiếp"                       # read-on link
           r"|Gửi\s+(?:e-?mail|thư|cho\s+bạn\s+bè)"       # send-by-mail button
           r"|Gửi\s+(?:phản\s+hồi|ý\s+kiến)"              # feedback button
           r"|(?:Về|Lên|Trở\s+về)\s+đầu\s+trang"        # back-to-top link
           r"|Về\s+trang\s+(?:chủ|nhất)"                # back-home link
           r"|Bản\s+in"                                 # printable version
           r"|Tải\s+về"                                 # download button
           r"|Lưu(?:\s+(?:tin|bài)(?:\s+viết)?)?"        # save button
           r"|Thích|Tặng\s+sao"                          # like buttons ("give stars", Thanh Niên)
           r"|Đăng\s+(?:nhập|ký|xuất)"                   # the reader's account: log in, sign up, log out
           r"|Góp\s+ý|Tìm\s+kiếm"                      # feedback and search buttons
           r"|Copy\s+link\s+thành\s+công|Ý\s+kiến\s*\(\d+\)"  # a copy button's toast, the comment count
           # font-size buttons: "Cỡ chữ", "Cỡ chữ: A- A A+", "Cỡ chữ: A- | A | A+", "A- A A+", "Cỡ chữ A A A",
           # "Cỡ chữ - +", "Aa"
           r"|(?:Xem\s+với\s+)?Cỡ\s+chữ(?:\s*:)?(?:\s*\|?\s*(?:A\s*[-–+]?|[-–+]))*|A\s*[-–](?:\s*A)*\s*A\s*\+|A\s*[-–+]|Aa"
           r"|Lượt\s+(?:xem|đọc|truy\s+cập)\s*:?\s*\d[\d.,]*"  # view counter: "Lượt xem: 1.024"
           r"|Ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)|Bạn\s+đọc\s+bình\s+luận"  # comment box
           r"|(?!X\s*:?$)" + _NETWORK + r")")          # share buttons, one a line under "Chia sẻ"
# A breadcrumb: the path from the home page to the article's section
# ("Trang chủ > Chính trị > Xây dựng Đảng"), each step short and no sentence.
_CRUMB = r"\s*[>»›|]\s*[^<>»›|.!?;:\n]{1,50}"
_HOME_STEP = r"(?:Trang\s+chủ|Trang\s+nhất|Home)"
# Some sites part the steps with a slash ("Trang chủ / Thị trường / Chống hàng
# giả"); a slash also joins words in the text ("buôn lậu/hàng giả"), so here
# each step is spaced off and capitalised (checked in _is_slash_breadcrumb).
_SLASH_SEPARATOR = re.compile(r"\s+/\s+")
_SLASH_BREADCRUMB = re.compile(_HOME_STEP + r"(?:\s+/\s+[^/<>»›.!?;:\n]{1,50})+", re.I)
# The label of the page's keywords: "Từ khóa: …", "Tags: …".
_KEYWORDS_LABEL = r"(?:Từ\s+kh(?:óa|oá)|Tags?|Thẻ)"
# The languages a site offers its editions in, by their own names: "English |
# Français | 中文", "Tiếng Việt English".
_LANGUAGE = (r"(?:Tiếng\s+Việt|English|Français|Español|Deutsch|Русский|中文|日本語|한국어|ພາສາລາວ|ລາວ|ភាសាខ្មែរ"
             r"|ខ្មែរ|ไทย|Lao|Khmer)")
# Furniture lines a site may leave anywhere in the article, matched as whole lines.
_SITE_LINE = re.compile(
    r"(?:" + _BUTTON + r"(?:(?:\s*[|·•])?\s*" + _BUTTON + r")*"
    r"|" + _HOME_STEP + r"(?:" + _CRUMB + r")+"
    # follow-us line: "Theo dõi Báo X trên Google News", "Báo X trên Google News",
    # "Theo dõi X để nhận tin tức mới nhất", with buttons after it ("… | Chia sẻ")
    r"|(?:(?:Theo\s+dõi\b[^|]{0,80}|[^\W\d_][^.!?;:|]{0,60})\s+trên\s+Google\s+News\.?"
    r"|Theo\s+dõi\s+[^\W\d_][^.!?;:|]{0,40}?\s+để\s+nhận\s+tin(?:\s+tức)?(?:\s+mới(?:\s+nhất)?)?)"
    r"(?:\s*[|·•]\s*" + _BUTTON + r")*"
    r"|" + _KEYWORDS_LABEL + r"\s*:.*"                     # keywords
    r"|(?:#[^#\s][^#]*)+"                               # hashtag keywords
    r"|Quảng\s+cáo"                                    # an advertisement's label
    # where the reader is: "Bạn đang đọc bài viết tại chuyên mục Kinh tế"
    r"|Bạn\s+đang\s+(?:đọc|xem)\s+(?:bài\s+viết|tin|bài)(?:\s+[\"“][^\"“”]{1,200}[\"”])?"
    r"\s+(?:tại|trong|thuộc)\s+chuyên\s+mục\s+[^\W\d_][^.!?;:|]{0,60}"
    # ... or where it invites the reader, perhaps after a star: "* Mời bạn đọc vào
    # chuyên mục Thể thao xem các tin, bài liên quan", "Mời quý độc giả truy cập
    # chuyên mục Y tế để đọc thêm"
    r"|(?:\*\s*)?Mời\s+(?:quý\s+)?(?:bạn\s+đọc|độc\s+giả)\s+(?:(?:vào|ghé|truy\s+cập)\s+)?chuyên\s+mục"
    r"\s+[^\W\d_][^.!?;:|]{0,60}?\s+(?:để\s+)?(?:xem|đọc|theo\s+dõi)\b[^.!?;:|]{0,60}\.?"
    # the editions in other languages, perhaps after buttons ("Đăng nhập | English | 中文")
    r"|(?:" + _BUTTON + r"\s*[|·•]\s*)*" + _LANGUAGE + r"(?:\s*[|/·•]?\s*" + _LANGUAGE + r")+"
    r"|\d[\d.,]*\s+lượt\s+(?:xem|đọc)"                   # view counter: "1.024 lượt xem"
    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"                   # an audio player's time: "0:00 / 6:41"
    # the weather widget: "Thời tiết Đà Lạt: 17°C - 24°C"
    # or the place alone, the sky after a bar: "Sa Pa 12°C - 19°C | Có mưa rào nhẹ"
    r"|(?:Thời\s+tiết)?(?:\s*[^\W\d_]+){0,4}\s*:?\s*-?\d+\s*°C(?:\s*[-–/]\s*-?\d+\s*°C)?(?:\s*\|\s*[^|\n]{1,60})?"
    r")\s*:?", re.I)
# The steps of a path to the article's section without the home page ("Giáo dục
# » Chính sách", "Thời sự › Giao thông"): these arrows part nothing in a text, so
# such a line is furniture wherever it stands.  Each step is capitalised and short.
_ARROW_SEPARATOR = re.compile(r"\s*[»›]\s*")
_PATH_STEP = re.compile(r"[^\W\d_][^<>»›|/.!?;:\n]{0,50}")
# At the top of the page, before the lead, the path may part its steps as a text
# may, with a bar, a slash, ">" or a dash: "Văn hóa | Di sản", "Thời sự - Chính trị".
_LABEL_SEPARATOR = re.compile(r"\s+[|/>»›–-]\s+")
MAX_PATH_STEPS = 4
# A site's menu, one row of sections parted by "|", at the page's head.
_MENU_SEPARATOR = re.compile(r"\s+\|\s+")
MAX_MENU_STEPS = 12
# Lines only the page's foot holds: the copyright ("© Báo X", "Bản quyền thuộc về
# Báo X. Ghi rõ nguồn …", "Copyright © …"), the site the text was taken from
# ("Nguồn: baoxyz.vn", "Nguồn: Báo Thanh tra"), and the masthead naming the outlet and whose organ it is
# ("Báo X - Cơ quan ngôn luận của Đảng bộ tỉnh Y"), capitalised as a name, no sentence;
# and the notice that names the article read and where to send comments,
# the editorial office's address and hotline.
# Whose organ the outlet is, under its name at the top or at the foot: "Cơ quan
# của Viện kiểm sát nhân dân tối cao", "Diễn đàn của đại biểu dân cử …", its
# kinds listed maybe: "Cơ quan lý luận, chính trị của Hội X".
_TAGLINE = re.compile(r"(?:(?-i:Cơ)\s+quan(?:,?\s+[^\W\d_]+){0,6}?|(?-i:Diễn)\s+đàn|(?-i:Tiếng)\s+nói)\s+của\s+"
                      r"[^\W\d_][^.!?;:\n]{0,120}")
_MASTHEAD = r"[^\W\d_][^.!?;:\n]{0,80}?\s+[-–—|]\s+(?-i:Cơ|CƠ)\s+(?i:quan)\s+[^.!?;:\n]{1,160}"
_FOOT_LINE = re.compile(r"(?:Copyright\s*)?©.*|Bản\s+quyền\s+(?:©|thuộc\b).*"
                        # "Bạn đang đọc bài viết "<title>" tại chuyên mục X. Mọi thông tin góp ý …",
                        # the title maybe unquoted: "Bạn đang xem bài viết <title> tại chuyên mục X"
                        r"|Bạn\s+đang\s+(?:đọc|xem)\s+bài\s+viết\s+(?:[\"“].*|.+\s+tại\s+chuyên\s+mục\s+.+)"
                        # the comment form's notice: "Ghi rõ họ tên, email khi gửi bình luận",
                        # "Bạn đọc có thể gửi ý kiến, bình luận về bài viết"
                        r"|Ghi\s+rõ\s+họ\s+(?:và\s+)?tên\b.{0,60}\bbình\s+luận\b.*"
                        r"|Bạn\s+đọc\s+có\s+thể\s+gửi\b.{0,60}\bbình\s+luận\b.*"
                        # the comment box asking its reader to log in
                        r"|Bạn\s+cần\s+đăng\s+nhập\b.{0,60}"
                        # the editorial office's address: "Tòa soạn: Số 38 Nguyễn Thái Học, …"
                        r"|(?:Trụ\s+sở\s+)?(?-i:T)òa\s+soạn\s*:.{1,120}"
                        # and its hotline, a phone number alone: "Đường dây nóng: 0263.3822.165"
                        r"|(?:Đường\s+dây\s+nóng|Hotline)\s*:\s*\+?[\d][\d. ()-]{5,20}"
                        # "Ghi rõ nguồn "Báo X" khi phát hành lại thông tin từ website này"
                        r"|Ghi\s+rõ\s+nguồn\b.{0,80}\bkhi\s+(?:phát\s+hành|đăng)\s+lại\b.*"
                        # the online edition's masthead: "Báo Hải Phòng điện tử"
                        r"|(?-i:Báo|Tạp\s+chí)\s+(?-i:[^\W\d_])[^.!?;:\n]{0,60}\s+điện\s+tử"
                        r"|Nguồn\s*:\s*(?:(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?"
                        r"|(?-i:Báo|Tạp\s+chí)\s+(?-i:[^\W\d_])[^.!?;:\n]{0,60})"
                        # the outlet's brand and name: "VnEconomy - Tạp chí Kinh tế Việt Nam"
                        r"|[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,2}\s+[-–—]\s+(?-i:Báo|Tạp\s+chí)\s+(?-i:[A-ZĐ])"
                        r"[^.!?;:\n]{0,60}"
                        # the licence the site publishes under and the body that owns it:
                        # "Giấy phép số 123/GP-BTTTT", "Cơ quan chủ quản: Tỉnh ủy X"
                        r"|Giấy\s+phép\b[^.!?;:\n]{0,40}?\bsố\s*:?\s*\d[\w/-]*(?:\s[^.!?;:\n]{0,80})?"
                        r"|Cơ\s+quan\s+chủ\s+quản\s*:\s*[^.!?;:\n]{1,80}"
                        r"|" + _MASTHEAD + r"|" + _TAGLINE.pattern)
# The foot may set several of these in one line, each a sentence or parted by a
# dash: "Báo X điện tử - Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại …".
_FOOT_PARTS = re.compile(r"(?<=\.)\s+|\s+[-–—|]\s+")
# A link to other articles: "Tin liên quan", "Bài, ảnh liên quan", "Bài viết cùng
# chuyên mục", "Các tin, bài viết khác", "Bạn có thể quan tâm", or "Xem thêm:
# <their headline>", perhaps as an invitation to the reader ("Mời độc giả xem
# thêm các tin cùng chuyên mục", "Mời bạn đọc xem thêm"); arrows may point to
# the link (">> Xem thêm: <headline>", "» Đọc thêm") or a star mark it ("* Mời bạn đọc xem thêm video:").
_READ_MORE = r"(?:Mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc)\s+)?(?:Xem|Đọc)\s+thêm"
_RELATED = re.compile(r"(?:(?:>>|»|\*)\s*)?(?:(?:" + _READ_MORE + r"\s+)?(?:Các\s+)?(?:Tin|Bài)(?:,?\s+(?:bài|ảnh))?(?:\s+viết)?\s+"
                      r"(?:liên\s+quan|cùng\s+(?:chuyên\s+mục|chủ\s+đề)|khác|đã\s+đưa(?:\s+ngày)?)"
                      r"|Cùng\s+(?:chuyên\s+mục|chủ\s+đề)|(?:Đọc|Xem)\s+tiếp|Bạn\s+(?:đọc(?:\s+có\s+thể)?|có\s+thể)\s+quan\s+tâm|Có\s+thể\s+bạn\s+(?:quan\s+tâm|muốn\s+đọc)"
                      # "Mời bạn đọc xem thêm video được quan tâm": what, in a few words
                      r"|" + _READ_MORE + r"(?:\s+(?:các\s+)?(?:tin|bài(?:\s+viết)?|video|clip)(?:\s+[^\W\d_]+){0,4})?)"
                      r"\s*(?::\s*(?P<headline>.*))?", re.I)
# The comment box and the lists of other articles that end a page: its sort tabs
# ("Quan tâm nhất", "Mới nhất"), "Xem thêm bình luận", "Tin mới", "Đọc nhiều",
# "Tin xem nhiều", "Bài được đọc nhiều nhất".
# Whole lines, and only after the text: none of them ends an article's body.
# The tabs may share a line, parted by bars: "Quan tâm nhất | Mới nhất".
_TRAILING_TAB = (r"(?:Quan\s+tâm\s+nhất|Mới\s+nhất|Cũ\s+nhất|Hay\s+nhất|Xem\s+thêm\s+bình\s+luận"
                 r"|(?:Tin|Bài(?:\s+viết)?)\s+(?:(?:mới|cũ)\s+hơn|mới|nóng|nổi\s+bật|(?:được\s+)?(?:đọc|xem)\s+nhiều)"
                 r"(?:\s+nhất)?"
                 r"|(?:Đọc|Xem)\s+nhiều(?:\s+nhất)?)")
_TRAILING_LINE = re.compile(_TRAILING_TAB + r"(?:\s*[|·]\s*" + _TRAILING_TAB + r")*\s*:?", re.I)
_FOLLOWED_OUTLET = r"Theo\s+dõi\s+(?P<outlet>[^\W\d_](?:[^.!?;:]|\.(?=\w)){0,%d})"  # "VTV.vn"
_FOLLOW_WITHOUT_ICON = re.compile(_FOLLOWED_OUTLET % 80 + r"\s+trên")
# ... and the button's two halves on lines of their own: "Google News" / "Theo dõi VietnamPlus".
_FOLLOW_BUTTON = re.compile(_FOLLOWED_OUTLET % 40)
_FOLLOW_ICON = re.compile(r"Google\s+News")
# A keyword (or a tag): up to eight words, a dot only inside one ("TP.HCM"); or a
# line of them parted by commas ("metro, đường sắt đô thị").
_KEYWORD_CHAR = r"(?:[\w&'’/-]|\.(?=\w))"  # a document's number may be one: "Thông tư 12/2025/TT-BTC"
_KEYWORD_WORDS = r"\w" + _KEYWORD_CHAR + r"*(?:[ \t]+" + _KEYWORD_CHAR + r"+){0,7}"
_ONE_KEYWORD = re.compile(_KEYWORD_WORDS)
_KEYWORD = re.compile(_KEYWORD_WORDS + r"(?:,[ \t]*" + _KEYWORD_WORDS + r")*")
MAX_KEYWORDS = 8  # keywords taken under a "Từ khóa" line, one a block
# ... or the topics the site files the article under, one a line: "Chủ đề:".
_KEYWORDS_HEADER = re.compile(_KEYWORDS_LABEL + r"\s*:?|Chủ\s+đề\s*:", re.I)
# A link back to the page the reader came from: the article's section ("Trở lại
# Thời sự", "Quay lại Góc nhìn"), named in up to four words, or the home page.
_BACK_LINK = re.compile(r"(?:Trở|Quay)\s+(?:lại|về)\s+(?P<page>\w+(?:\s+\w+){0,3})", re.I)
_HOME_PAGES = ("trang chủ", "trang nhất", "đầu trang", "chủ đề", "chuyên mục")  # ... or the topic's
# The topic or section a page files the article under: "Chủ đề: Sân bay X",
# "Chuyên mục: Thời sự", "Chuyên đề: Cao điểm tấn công tội phạm"; short, and no sentence.
_TOPIC_LINE = re.compile(r"(?:Chủ\s+đề|Chuyên\s+(?:mục|đề)|Danh\s+mục)\s*:\s*(?:[^.!?;:]|\.(?=\w)){1,80}", re.I)
# The section name alone, on a line between the title, the date line and the
# lead: the common sections of news sites, alone or two joined ("Quốc phòng -
# An ninh", "Kinh tế & Xã hội").
_SECTION_NAME = (
    r"(?:Thời\s+sự|Chính\s+trị|Xã\s+hội|Kinh\s+tế|Pháp\s+luật|Thế\s+giới|Quốc\s+tế|"
    r"Trong\s+nước|Văn\s+h(?:óa|oá)|Giáo\s+dục|Y\s+tế|Sức\s+khỏe|Thể\s+thao|Quốc\s+phòng|"
    r"An\s+ninh|Đời\s+sống|Giải\s+trí|Du\s+lịch|Khoa\s+học|Công\s+nghệ|Môi\s+trường|"
    r"Nông\s+nghiệp|Tài\s+chính|Doanh\s+nghiệp|Bất\s+động\s+sản|Địa\s+phương|Tin\s+tức|"
    r"Sự\s+kiện|Nội\s+chính|Xây\s+dựng\s+Đảng|Chính\s+sách|Bạn\s+đọc)")
_SECTION_LABEL = re.compile(_SECTION_NAME + r"(?:\s*(?:[-–&,]|và)\s*" + _SECTION_NAME + ")?", re.I)
# A section's name outside the list above, as the head sets it by the date line:
# up to four words, no figures and no punctuation but "&" or a spaced dash.
_LABEL_NEXT_WORD = r"\s+(?:[&–-]\s+)?[^\W\d_]+"  # a label's next word, perhaps after "&" or a spaced dash
_LABEL_WORDS = re.compile(r"[^\W\d_]+(?:" + _LABEL_NEXT_WORD + r"){0,3}")
# A label at the page's top: a capitalised name of up to eight words, no figure
# and no sentence ("Dân trí", "VOV.VN", "Nông nghiệp - Nông thôn", "XÂY DỰNG
# CHÍNH SÁCH, PHÁP LUẬT"), perhaps with the plus of a section's online edition ("Ô tô +").
_LABEL_LINE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*(?:,?" + _LABEL_NEXT_WORD + r"){0,7}(?:\s?\+)?")
# A menu's section may end in a number or a word with one ("Hà Nội 24h", "Video 360").
_MENU_STEP = re.compile(_LABEL_LINE.pattern + r"(?:\s+\w*\d\w*)?")
MAX_TOP_LABELS = 8  # label lines looked at above a title
# The online edition's name in the masthead: "ĐẮK LẮK ONLINE", "Hà Nội Online".
_ONLINE_OUTLET = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:ONLINE|Online)")
# The site's own date in its header: "Hôm nay: Thứ Bảy, 14/3/2026" (not the article's).
_TODAY = re.compile(r"Hôm\s+nay(?:\s+là)?\s*:?\s+\S.{0,40}")
# The outlet's name, alone above the title: "Báo Tin tức - TTXVN", "Tạp chí Cộng sản",
# "Cổng Thông tin điện tử Chính phủ"; the merged provincial outlets write "Báo và
# Phát thanh, Truyền hình <province>"; under it, whose organ it is (_TAGLINE).
_OUTLET = re.compile(r"(?:Báo(?:\s+và\s+Phát\s+thanh,\s+Truyền\s+hình)?|Tạp\s+chí|Cổng\s+thông\s+tin(?:\s+điện\s+tử)?|Đài"
                     r"|Thông\s+tấn\s+xã)\s+(?P<name>\w.*)", re.I)
TITLE_OVER_LABELS = 2  # a title has at least this many times the words of each label above it
MIN_TITLE_UNDER_A_LABEL = 8  # words of a title under one label that is not the outlet's name
MAX_HEAD_LINES = 3  # lines a page sets between the title and the date line
MAX_RELATED = 3  # headlines taken after a "Tin liên quan" line
HEAD_SHARE = 1 / 2  # a section's head after such headlines has at most this share of their words
# Words of a headline rather than a section's head: 12 words or more has about
# two in three of the headlines under "Tin liên quan" in the golds, and one in
# twelve of their sections' heads.
HEADLINE_WORDS = 12

MAX_HEADING = 120
MAX_TITLE = 200  # the article's own title may run longer than a section's head
# A numbered head in a series may say more: its number already marks it as a
# head ("1. Xem xét kết quả kiểm tra ... đối với Ban Thường vụ Tỉnh ủy X ...").
MAX_NUMBERED_HEADING = 200
MAX_CAPTION = 250
ALT_ECHO = 0.7  # share of an alt line's words its caption repeats
ALT_MENTION = 1 / 3  # ... when they include a capitalised name (a person, a place, a body)
ALT_SENTENCE_ECHO = 0.9  # ... for a sentence, which could be a paragraph of one line
ALT_OPENING = 1 / 2  # share of a sentence's words the caption after it opens with, for an alt line
_WORD = re.compile(r"\w+")


def parse_article(source: Source) -> Article:
    """Parse ``source.text`` into an :class:`Article` (raises :class:`InputError`)."""
    blocks = split_blocks(source.text)
    if not blocks:
        raise InputError("empty article: no text", source.path)
    blocks, top = _split_page_top(blocks)
    over_title, blocks = _take_byline_over_title(blocks, under_labels=bool(top))
    above, between, blocks = _take_dateline_above_title(blocks)
    body, furniture = _split_furniture(blocks)
    furniture = top + between + furniture
    if not body:
        raise InputError("the article has only site furniture, no body", source.path)
    body, inner_furniture = _remove_inner_furniture(body)
    title_block = body[0]
    title_lines = title_block.text.split("\n")
    title = Inline(title_lines[0])
    glued = [RawBlock("\n".join(title_lines[1:]), title_block.line + 1, False)] if len(title_lines) > 1 else []
    rest, menu = _take_menu_under_title(glued + body[1:])
    rest, signed, head_labels = _split_head_before_dateline(rest)
    head_labels = menu + head_labels
    rest, head_furniture = _split_head_blocks(rest)  # the page's head, furniture
    inner_furniture += head_labels + head_furniture
    if not rest:
        raise InputError("the article has a title but no body text", source.path,
                         title_block.line)

    dateline, beside = above, None
    may_sign = signed is None and over_title is None
    if above is None and "\n" not in rest[0].text and (found := _read_head_dateline(rest[0].text, may_sign)):
        dateline, beside = found
        rest = rest[1:]
        if not rest:  # a body needs at least one block besides head and dateline
            raise InputError("the article has a title and a date line but no body text",
                             source.path, title_block.line)

    if dateline is not None:
        rest, label = _take_label_under_dateline(rest)
        inner_furniture += label
    rest, buttons = _split_dated_lead(rest, dated=dateline is not None)
    rest, lead_furniture = _split_lead_tail(rest, dated=dateline is not None)
    inner_furniture += buttons + lead_furniture
    place: BylinePlace = "under-title"
    labels: list[RawBlock] = []
    if over_title is not None:
        byline, place = Inline(over_title), "above-title"
    elif beside is not None:
        byline = Inline(beside.text)
    elif signed is not None:
        byline = Inline(signed)
    else:
        byline, place, rest, labels = _take_byline_signed_once(rest, title.text)
    under_lead = _take_lines_after_lead(rest, title.text, dated=dateline is not None, signed=byline is not None)
    rest = under_lead.rest
    if under_lead.byline is not None:
        byline, place = Inline(under_lead.byline), "after-lead"
    if under_lead.dateline is not None:
        dateline = under_lead.dateline
    if byline is not None and place != "end" and len(rest) > 1 and _is_agency_note(rest[-1].text):
        rest, labels = rest[:-1], [*labels, rest[-1]]
    rest, links = _take_headlines_under_photos(rest, title.text)
    labels += links
    furniture = sorted(inner_furniture + labels + furniture, key=lambda b: b.line)
    over_dateline = beside.first if beside is not None else signed is not None and dateline is not None
    over_dateline |= over_title is not None and above is not None  # the byline is read first, from the page's top
    return Article(source=source, title=title, dateline=dateline,
                   blocks=_classify_blocks(rest, title.text, photos_signed=_signs_the_photos(byline)),
                   byline=byline,
                   furniture=[line for b in furniture for line in b.text.split("\n")],
                   byline_place=place, byline_above_dateline=over_dateline or under_lead.byline_first,
                   byline_shares_dateline=beside is not None or under_lead.one_line, dateline_above_title=above is not None,
                   dateline_after_lead=under_lead.dateline is not None)


def _take_label_under_dateline(rest: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """A line of a few words in sentence case alone under the date line, before
    the lead: the page's section ("Di sản", "Văn hóa") or a button ("Nghe bài
    viết"), furniture.  No lead is so short, and a byline capitalises every
    word ("Minh Anh") or signs as a team ("Nhóm phóng viên")."""
    if len(rest) > 1 and _is_sentence_case_label(rest[0].text):
        return rest[1:], rest[:1]
    return rest, []


def _is_sentence_case_label(line: str) -> bool:
    return _in_sentence_case(line) and not _signs(line)


MAX_LABEL_WORDS = 4


def _in_sentence_case(line: str) -> bool:
    """"Di sản", "Chia sẻ bài viết": up to four words of letters only, the first
    capitalised, the others in lower case."""
    first, *others = line.split(" ")
    return (len(others) < MAX_LABEL_WORDS and first.isalpha() and first[0].isupper()
            and (first[1:].islower() or len(first) == 1) and all(w.isalpha() and w.islower() for w in others))


def _split_dated_lead(rest: list[RawBlock], dated: bool) -> tuple[list[RawBlock], list[RawBlock]]:
    """A page that sets the lead right under the title, then the date line and
    its buttons, all in one block with the first photo's caption ("… tại Việt
    Nam." / "24/06/2025 19:05 GMT+7" / "Lưu" / "In bài" / caption), as
    VietnamPlus does: the lead, the date line and what follows the buttons
    become blocks of their own (the date line is then read under the lead),
    the buttons furniture.  Only when the head has no date line (not ``dated``)
    and a button confirms the page's line: a paragraph may end on a date."""
    lines = rest[0].text.split("\n") if rest and not dated else []
    at = next((k for k in range(1, len(lines) - 1) if _ends_a_sentence(lines[k - 1]) and _is_dateline(lines[k])
               and _is_site_line(lines[k + 1])), None)
    if at is None:
        return rest, []
    end = at + 1
    while end < len(lines) and _is_site_line(lines[end]):
        end += 1
    first = rest[0].line
    blocks = [RawBlock("\n".join(lines[:at]), first, rest[0].indented), RawBlock(lines[at], first + at, False)]
    if end < len(lines):
        blocks.append(RawBlock("\n".join(lines[end:]), first + end, False))
    return blocks + rest[1:], _line_blocks(lines[at + 1:end], first + at + 1)


def _split_lead_tail(rest: list[RawBlock], dated: bool) -> tuple[list[RawBlock], list[RawBlock]]:
    """The lines some sites glue under the lead ("… Việt Nam 18/5." / "Mỹ Hạnh" /
    "Theo dõi KH&PT trên Google News"): the site's lines at its end are furniture,
    and a line that signs after the lead's last sentence becomes a block of its
    own, the byline under the lead if ``_byline_after_lead`` agrees; so does a
    date line there when the head has none (``dated``), as Giáo dục & Thời đại
    sets "Minh Phong" / "14:22 Thứ tư, 11/03/2026" under the lead.  The two in a
    block of their own under the lead become a block each."""
    lead = rest[0]
    lines = lead.text.split("\n")
    cut = len(lines)
    while cut > 1 and _is_site_line(lines[cut - 1]):
        cut -= 1
    furniture = [RawBlock(line, lead.line + k, False) for k, line in enumerate(lines[cut:], cut)]
    lines = lines[:cut]
    under = _signature_and_date_under(lines, dated)
    if under == len(lines) or not _ends_a_sentence(lines[-under - 1]):
        under = 0
    blocks = [RawBlock("\n".join(lines[:len(lines) - under]), lead.line, lead.indented),
              *_line_blocks(lines[len(lines) - under:], lead.line + len(lines) - under)]
    after = rest[1:]
    if not under and after and _ends_a_sentence(lines[-1]):
        next_lines = after[0].text.split("\n")
        if len(next_lines) > 1 and _signature_and_date_under(next_lines, dated) == len(next_lines):
            after = [*_line_blocks(next_lines, after[0].line), *after[1:]]
    return blocks + after, furniture


def _line_blocks(lines: list[str], first: int) -> list[RawBlock]:
    return [RawBlock(line, first + k, False) for k, line in enumerate(lines)]


def _signature_and_date_under(lines: list[str], dated: bool) -> int:
    """How many of ``lines``' last lines are a signature and, when the head has
    no date line (not ``dated``), a whole date line, at most one of each, in
    either order: the lines a page may set under the lead."""
    kinds: list[str] = []
    for line in reversed(lines):
        kind = "date" if not dated and read_dateline(line) else "signature" if _signs_the_head(line) else None
        if kind is None or kind in kinds:
            break
        kinds.append(kind)
    return len(kinds)


_SENTENCE_ENDS = ".…!?\"”"  # a quotation may close the sentence


def _ends_a_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] in _SENTENCE_ENDS


# A reporter's agency after a slash in a signature: "Hồng Vân/VOV-Kuala Lumpur", "Lê Vy/TTXVN".
_AGENCY_AFTER_SLASH = re.compile(r"/[A-ZĐ][A-ZĐ.+]+")


def _take_byline_over_title(blocks: list[RawBlock], under_labels: bool) -> tuple[str | None, list[RawBlock]]:
    """A reporter's name the page sets over the title (VOV: "Hồng Vân/VOV-Kuala
    Lumpur" over the headline, the date line under it), or under the page's
    labels over the date line and the title, and the blocks from the title on
    (or from the date line)."""
    lines = [line for block in blocks[:3] for line in block.text.split("\n")][:3]
    if not (_byline_over_title(lines) or (under_labels and _signed_over_dateline(lines))):
        return None, blocks
    rest, line = _take_first_line(blocks)
    return line.text, rest


def _byline_over_title(lines: list[str]) -> bool:
    """``lines`` open with a reporter's signature, then a title of a news title's
    length, then a date line.  Only a signature no title has: with the agency
    after a slash ("Hồng Vân/VOV-Kuala Lumpur"), or in capitals ("LÊ VY"); a
    short title or a section's name may stand over a longer line."""
    return (len(lines) >= 3 and (_AGENCY_AFTER_SLASH.search(lines[0]) or lines[0].isupper())
            and _signs_the_head(lines[0]) and _is_news_title(lines[1]) and _is_dateline(lines[2]))


def _signed_over_dateline(lines: list[str]) -> bool:
    """``lines`` open with the reporters' names, then the date line, then a title
    of a news title's length ("Nguyễn Hà - Lê Vy" / "Thứ Sáu 22/09/2023, 15:08" /
    the headline): the page's head set upside down, under its labels."""
    return len(lines) >= 3 and _signs_the_head(lines[0]) and _is_dateline(lines[1]) and _is_news_title(lines[2])


def _is_news_title(line: str) -> bool:
    """A headline of a news title's length, no date line: what a label, a
    signature or a date line the page sets over the title stands over."""
    return (_looks_like_headline(line, MAX_TITLE) and not read_dateline(line)
            and len(line.split()) >= MIN_TITLE_UNDER_A_LABEL)


def _take_dateline_above_title(
        blocks: list[RawBlock]) -> tuple[Dateline | None, list[RawBlock], list[RawBlock]]:
    """A date line the page sets over the title, as VnExpress does ("Thứ năm,
    16/10/2025, 14:30 (GMT+7)" over the headline), the buttons between them
    ("Cỡ chữ: A- A A+", "In bài viết") as furniture, and the blocks from the
    title on; none when no headline follows the date line.  A site's bar with
    today's date may stand over the masthead and the section's path, both
    furniture by their form ("BÁO X - CƠ QUAN CỦA ĐẢNG BỘ …", "Chính trị |
    Xây dựng Đảng"): they are passed over too."""
    lines = [line for block in blocks[:MAX_HEAD_LINES + 2] for line in block.text.split("\n")]
    if len(lines) < 2 or not (found := read_dateline(lines[0])):
        return None, [], blocks
    buttons = len(list(itertools.takewhile(_is_over_title, lines[1:-1])))
    title = lines[1 + buttons]
    if buttons > MAX_HEAD_LINES or not _looks_like_headline(title, MAX_TITLE) or read_dateline(title):
        return None, [], blocks
    rest, line = _take_first_line(blocks)
    between = []
    for _ in range(buttons):
        rest, button = _take_first_line(rest)
        between.append(button)
    under = lines[2 + buttons:2 + buttons + MAX_HEAD_LINES]
    if any(map(_is_dateline, under)):  # the article's own date line is under the title:
        return None, [line, *between], rest  # the one over it is the site's (today's) date
    return _dateline(line.text, found), between, rest


def _is_over_title(line: str) -> bool:
    """A line a page sets between its head's date line and the title: buttons,
    the outlet's name or masthead, the section's path parted by bars (a title
    parts its halves by a dash: "Lễ hội X - Đua ghe Y trên sông Z")."""
    return (_is_page_top_line(line) or _is_outlet(line) or bool(_TOP_MASTHEAD.fullmatch(line))
            or bool(_MENU_SEPARATOR.search(line)) and _is_section_path(line))


@dataclass(frozen=True)
class _BylineBeside:
    """A reporter's name on the date line's own line."""

    text: str
    first: bool  # before the date, not after it


# The reporter and the date on one line, a bar or a dash between: "Thanh Thủy |
# 10/09/2024 15:20", "Hà Ánh - 20/03/2025 19:42", "Cập nhật: 08:15 - 21/05/2025 |
# Minh Nghĩa".
_BESIDE = re.compile(r"\s+[|–—-]\s+")


def _read_head_dateline(line: str, may_sign: bool) -> tuple[Dateline, _BylineBeside | None] | None:
    """The date line ``line`` is, and the reporter's name when the line sets one
    beside the date (only where ``may_sign``: no other line of the head signs).
    The bar or dash between them stays in the date line, outside the date, as
    a label does; a section's name after it (" | Công đoàn") signs nothing."""
    found = read_dateline(line)
    for separator in _BESIDE.finditer(line) if may_sign else ():
        start, end = separator.span()
        # Before the date only when the whole line is no date line: "Thứ Ba | 12/03/2025" names a day.
        if found is None and _signs_beside_a_date(name := line[:start]) and (after := read_dateline(line[end:])):
            return _dateline(line[start:], after, end - start), _BylineBeside(name, True)
        if _signs_beside_a_date(name := line[end:]) and (before := read_dateline(line[:start])):
            return _dateline(line[:end], before), _BylineBeside(name, False)
    return (_dateline(line, found), None) if found else None


def _signs_beside_a_date(text: str) -> bool:
    """Signs as the head's byline does, every word capitalised but "và": a
    section's name set there goes on in lower case ("| Công đoàn")."""
    return _signs_the_head(text) and all(w[0].isupper() for w in text.split() if w != "và" and w[0].isalpha())


def _dateline(text: str, found: tuple[int, int, str], shift: int = 0) -> Dateline:
    """A date line of ``text`` whose date ``read_dateline`` found ``shift`` characters in."""
    start, end, when = found
    return Dateline(Inline(text, [Span(start + shift, end + shift, "date", (("when", when),))]), when)


def _is_dateline(line: str) -> bool:
    """A date line, perhaps with the reporter's name beside the date."""
    return _read_head_dateline(line, may_sign=True) is not None


def _split_page_top(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """The lines a page sets above the title ("Trang chủ > Kinh tế > Nông
    nghiệp", "Thời sự", "Chia sẻ"): furniture; the title is the first line after
    them.  A line stays the title when nothing follows it."""
    top: list[RawBlock] = []
    for _ in range(_labels_over_title(blocks)):
        blocks, line = _take_first_line(blocks)
        top.append(line)
    while blocks:
        first = blocks[0]
        lines = first.text.split("\n")
        if (len(lines) == 1 and len(blocks) == 1) or not _is_page_top_line(lines[0]):
            break
        blocks, line = _take_first_line(blocks)
        top.append(line)
    return blocks, top


def _labels_over_title(blocks: list[RawBlock]) -> int:
    """How many label lines open the page, one under another, above a title at
    least ``TITLE_OVER_LABELS`` times as long as each: the outlet's name and the
    path to the section, line by line ("Dân trí / Xã hội / Chính trị", "Trang
    chủ / Quốc hội / Hoạt động của các cơ quan Quốc hội"), whatever the words,
    or the outlet's name alone ("Báo Tin tức - TTXVN").  Among them may be
    lines furniture by their form (the outlet's name, a breadcrumb, a path
    parted by bars, a row of buttons), which need not be shorter.  A title signed on the lines under
    it ("Khai mạc … / Hoài Thu") opens with its longer line, so it stays.  One
    label alone is the outlet's name, or any label when the date line follows
    at once a title of a news title's length (a short line over a longer one
    may be a title and its subtitle)."""
    lines = [line for block in blocks[:MAX_TOP_LABELS + 2] for line in block.text.split("\n")]
    path = _steps_under_home(blocks[0]) if len(blocks) > 1 else 0
    count = path + len(list(itertools.takewhile(
        lambda line: _is_label_line(line) or _is_top_furniture(line) or _is_outlet(line) or _is_banner(line),
        lines[path:])))
    found = _labels_over(lines, path, count) or _section_steps_over_dated_title(lines)
    if found > 1 and _signed_over_dateline(lines[found - 1:found + 2]):
        found -= 1  # the last "label" signs the head set under the labels (see _signed_over_dateline)
    if (not found and 1 < count < len(lines) and _is_dateline(lines[count])
            and all(_is_top_furniture(line) or _is_outlet(line) for line in lines[path:count - 1])
            and not _looks_like_byline(lines[count - 1])):
        # A short title is shaped like a label too ("Phó Chủ tịch nước tiếp Tổng
        # thống Paraguay" under "VOV.VN" and "Chính trị"): under furniture by its
        # form, the line over the date line, unless a reporter signs there.
        found = _labels_over(lines, path, count - 1)
    return found + 1 if found and _tag_over_title(blocks, found) else found


def _tag_over_title(blocks: list[RawBlock], labels: int) -> bool:
    """The line under the first ``labels`` lines is the tag of the topic or event
    the page files the article under, glued under the labels, and not the title
    ("VietnamPlus" / "Chính trị" / "Kỳ họp thứ 10, Quốc hội khóa XV", the
    title in the next block): it ends the labels' block, and the next block is
    one headline, longer than the tag, with the date line right under it, as
    a title has."""
    seen = 0
    for k, block in enumerate(blocks[:-2]):
        lines = block.text.split("\n")
        seen += len(lines)
        if seen > labels:
            title, under = blocks[k + 1].text, blocks[k + 2].text
            return (seen == labels + 1 and len(lines) > 1 and "\n" not in title
                    and _looks_like_headline(title, MAX_TITLE) and not _looks_like_byline(title)
                    and len(title.split()) > len(lines[-1].split()) and _is_dateline(under))
    return False


def _labels_over(lines: list[str], path: int, count: int) -> int:
    """``count`` when the first ``count`` of ``lines`` are labels over a title
    (see ``_labels_over_title``), else 0."""
    if not 1 <= count < len(lines) - 1:  # a title and a body under the labels
        return 0
    if count == 1 and not (_is_outlet(lines[0]) or _furniture_over_dateline(lines)
                           or (_dated_under_title(lines[2:], _is_top_furniture(lines[0]))
                               and len(lines[1].split()) >= MIN_TITLE_UNDER_A_LABEL)
                           or _dated_over_a_news_title(lines[1:])):
        return 0  # one label alone: the outlet's name, or a section's over a title with its date line
    title = lines[count]
    if _byline_over_title(lines[count:]):  # a byline over the title (see _take_byline_over_title)
        title = lines[count + 1]
    elif read_dateline(title):  # a date line over the title (see _take_dateline_above_title)
        title = next((line for line in lines[count + 1:-1] if not _is_page_top_line(line)), "")
    if not _looks_like_headline(title, MAX_TITLE) or read_dateline(title):
        return 0
    if _dated_path_over_title(lines, count):
        return count
    words = [len(line.split()) for line in lines[path:count] if not (_is_top_furniture(line) or _is_outlet(line)
                                                                       or _section_in_capitals(line, lines[:count])
                                                                       or _is_banner(line))]
    return count if len(title.split()) >= TITLE_OVER_LABELS * max(words, default=0) else 0


def _dated_path_over_title(lines: list[str], count: int) -> bool:
    """The ``count`` labels are the path under the home page, a step a line
    ("Trang chủ" / "Quốc hội" / "Kỳ họp thứ Ba, Quốc hội khóa XV"), and the
    line under them has its date line right under it, perhaps signed over it:
    that line is the title, however long the session's step over it."""
    return (_HOME_LINE.fullmatch(lines[0]) is not None and all(map(_is_long_step, lines[1:count]))
            and _dated_under_title(lines[count + 1:], may_be_signed=True))


def _section_steps_over_dated_title(lines: list[str]) -> int:
    """How many lines open the page as the path to the section without the home
    page, a section's name then a step a line however long ("Kinh tế" /
    "Hoạt động của Ngân hàng Nhà nước Việt Nam"), over a title of a news
    title's length, each step at most half as long, with its date line right
    under it (perhaps signed over it); 0 for any other page.  A title is set
    over its date line, not over another headline; a line over it longer than
    half of it may be the title, the line under it a subtitle."""
    if not lines or not _in_sentence_case(lines[0]):
        return 0
    for count in range(2, min(MAX_PATH_STEPS, len(lines) - 2) + 1):
        title, steps = lines[count], lines[1:count]
        if not all(map(_is_long_step, steps)):
            return 0
        if (_is_news_title(title) and not _looks_like_byline(title) and _dated_under_title(lines[count + 1:], True)
                and all(len(title.split()) >= TITLE_OVER_LABELS * len(step.split()) for step in steps)):
            return count
    return 0


def _dated_over_a_news_title(lines: list[str]) -> bool:
    """``lines``, under a label, open with a date line over a title of a news
    title's length ("Kinh doanh" / "Thứ sáu, 4/7/2025, 16:20 (GMT+7)" / the
    headline, as VnExpress sets its head): the label is the section's name.  A
    short title over its own date line has the lead under that, a sentence."""
    return (len(lines) > 2 and read_dateline(lines[0]) is not None and _is_news_title(lines[1])
            and not _is_top_furniture(lines[1]))  # a path under a short title's date line


def _furniture_over_dateline(lines: list[str]) -> bool:
    """The first line is furniture by its form, a path parted by bars or ">"
    ("ĐẠI ĐOÀN KẾT | Mặt trận > Hoạt động Mặt trận"), and a date line stands
    under it, over the title: a title's halves parted so have no date line
    between them and the headline."""
    return len(lines) > 2 and _is_top_furniture(lines[0]) and _is_dateline(lines[1])


_HOME_LINE = re.compile(_HOME_STEP, re.I)
# A site's banner for an occasion over the title: "Chào mừng Đại hội Đảng bộ tỉnh
# lần thứ XX", "Chào mừng kỷ niệm 80 năm Quốc khánh".  (A title opening so, with
# the date line under it, is still the title: see _labels_over_title.)
_BANNER = re.compile(r"Chào\s+mừng\s[^.!?;:]{1,100}")


def _is_banner(line: str) -> bool:
    return _BANNER.fullmatch(line) is not None


def _steps_under_home(block: RawBlock) -> int:
    """How many lines a block holds that sets the path to the section one step
    a line under the home page ("Trang chủ" / "Tin tức" / "Hoạt động của Ủy ban
    Thường vụ Quốc hội"), a step as long as one parted by ">" may be; 0 for
    any other block."""
    lines = block.text.split("\n")
    if len(lines) < 2 or not _HOME_LINE.fullmatch(lines[0]):
        return 0
    return len(lines) if all(map(_is_long_step, lines[1:])) else 0


def _dated_under_title(lines: list[str], may_be_signed: bool) -> bool:
    """``lines``, under a title, open with its date line, perhaps signed on the
    line over it ("Thu Trang" over "08/05/2025 15:20") when ``may_be_signed``:
    a name there may as well be a subtitle's signature."""
    return bool(lines) and (_is_dateline(lines[0]) or (
        may_be_signed and len(lines) > 1 and _looks_like_byline(lines[0]) and _is_dateline(lines[1])))


def _section_in_capitals(line: str, labels: list[str]) -> bool:
    """A label in capitals under the page's path ("Trang chủ » Tin tức" over
    "HOẠT ĐỘNG CỦA LÃNH ĐẠO QUỐC HỘI"): the section's name, however long."""
    return line.isupper() and any(_is_top_furniture(label) for label in labels[:labels.index(line)])


MAX_OUTLET_NAME_WORDS = 5  # "Tin tức - TTXVN"; a headline opening with "Báo X" says more
# ... unless whose organ it is follows the name: "BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ, …".
_ORGAN_AFTER_NAME = re.compile(r"\s[-–—|]\s+cơ\s+quan\s", re.I)


# The outlet's brand and its name spelt out in parentheses: "Vietnam+ (VietnamPlus)".
_BRAND_AND_NAME = re.compile(r"[^\W\d_][\w+&.-]*\s+\((?P<name>[^\W\d_][^()]{0,60})\)")


# The outlet's brand alone, one word with the plus of an online edition:
# "VIETNAM+", "Vietnam+"; no headline is one word, and no name ends on "+".
_PLUS_BRAND = re.compile(r"[^\W\d_][\w&.-]+\+")


def _is_outlet(line: str) -> bool:
    if (_SITE_NAME.fullmatch(line) or _PLUS_BRAND.fullmatch(line) or _is_brand_and_name(line)
            or _is_owner_and_portal(line)):
        return True
    outlet = _OUTLET.fullmatch(line)
    if outlet:
        name = outlet.group("name")
        return name[0].isupper() and (len(name.split()) <= MAX_OUTLET_NAME_WORDS
                                      or _ORGAN_AFTER_NAME.search(name) is not None or _joined_outlets(line))
    return bool(_ONLINE_OUTLET.fullmatch(line))


def _is_brand_and_name(line: str) -> bool:
    """One word, the brand, and the name in parentheses, every word of it
    capitalised as a name's are: a headline says more than a name."""
    brand = _BRAND_AND_NAME.fullmatch(line)
    return (brand is not None and line[0].isupper()
            and all(word[0].isupper() for word in brand.group("name").split())
            and len(brand.group("name").split()) <= MAX_OUTLET_NAME_WORDS)


def _joined_outlets(line: str) -> bool:
    """Two outlets' names joined by a dash, a paper and the merged outlet it is
    now part of: "Báo Ninh Thuận - Báo và Phát thanh, Truyền hình Khánh Hòa"."""
    parts = _OUTLET_JOINER.split(line)
    return len(parts) > 1 and all(map(_is_outlet, parts))


_OUTLET_JOINER = re.compile(r"\s+[-–]\s+")
# The kind of site a body runs, after its name in the masthead, the site's own
# name maybe following in a few words: "CỔNG THÔNG TIN ĐIỆN TỬ", "Báo điện tử".
_PORTAL_KIND = re.compile(r"(?:(?:Cổng|Trang)\s+thông\s+tin|Báo)\s+điện\s+tử(?:\s+[^\W\d_]+){0,%d}"
                          % MAX_OUTLET_NAME_WORDS, re.I)


def _is_owner_and_portal(line: str) -> bool:
    """The body that runs the site and the site's kind, parted by a dash, as a
    masthead names them: "BỘ QUỐC PHÒNG - CỔNG THÔNG TIN ĐIỆN TỬ", "CÔNG AN
    TỈNH X - Cổng thông tin điện tử".  The body's name is a label, no sentence."""
    parts = _OUTLET_JOINER.split(line)
    return (len(parts) == 2 and _is_label_line(parts[0]) and _PORTAL_KIND.fullmatch(parts[1]) is not None)


def _is_label_line(line: str) -> bool:
    return bool(_LABEL_LINE.fullmatch(line)) and line[0].isupper()


def _is_top_furniture(line: str) -> bool:
    """Furniture by its form above a title: a breadcrumb, buttons, a path, whose
    organ the outlet is."""
    return (_is_page_top_line(line) or _is_section_path(line) or bool(_TAGLINE.fullmatch(line))
            or bool(_TODAY.fullmatch(line)) or bool(_TOP_MASTHEAD.fullmatch(line)) or bool(_PORTAL.fullmatch(line)))


# The outlet's name and whose organ it is, over the title as at the foot, in
# capitals as often as not: "CÔNG LÝ - CƠ QUAN NGÔN LUẬN CỦA TÒA ÁN NHÂN DÂN TỐI CAO".
_TOP_MASTHEAD = re.compile(_MASTHEAD, re.I)
# A state body's site or an online paper names itself so over the title, in
# capitals as often as not: "CỔNG THÔNG TIN ĐIỆN TỬ TÒA ÁN NHÂN DÂN TỐI CAO",
# "Trang thông tin điện tử Sở Y tế", "Báo điện tử Đảng Cộng sản Việt Nam".
_PORTAL = re.compile(r"(?:(?:Cổng|Trang)\s+thông\s+tin|Báo)\s+điện\s+tử\b[^.!?;:\n]{0,100}", re.I)


def _take_first_line(blocks: list[RawBlock]) -> tuple[list[RawBlock], RawBlock]:
    """The blocks without their first line, and that line as a block of its own."""
    first = blocks[0]
    lines = first.text.split("\n")
    rest = [RawBlock("\n".join(lines[1:]), first.line + 1, first.indented)] if len(lines) > 1 else []
    return rest + blocks[1:], RawBlock(lines[0], first.line, first.indented)


def _is_page_top_line(line: str) -> bool:
    """A line a page sets above its title: a breadcrumb, buttons, one section's name,
    a topic line, a path parted by ">" or a row of the menu.  Not a path parted by
    a dash or a bar: titles part their halves so ("Việt Nam - Lào: …")."""
    return (_is_site_line(line) or bool(_SECTION_LABEL.fullmatch(line) or _TOPIC_LINE.fullmatch(line))
            or _is_menu_row(line) or _is_pointed_path(line))


# A step of a path parted by ">", which may name a session ("Kỳ họp thứ 10,
# Quốc hội khóa XV > Chất vấn và trả lời chất vấn"); no sentence's end.
_POINTED_STEP = re.compile(r"[^\W\d_][^.!?;:>|]{0,60}")
_POINTED_SEPARATOR = re.compile(r"\s+>\s+")


def _is_pointed_path(line: str) -> bool:
    """A path parted by ">": no text sets that sign between capitalised steps."""
    steps = _POINTED_SEPARATOR.split(line)
    return 2 <= len(steps) <= MAX_PATH_STEPS and all(map(_is_long_step, steps))


def _is_long_step(step: str) -> bool:
    return bool(_POINTED_STEP.fullmatch(step)) and step[0].isupper()


def _is_menu_row(line: str) -> bool:
    """A row of the site's menu: four or more labels parted by "|", a label
    perhaps two joined by a dash ("Thời sự | Chính trị | Dân tộc - Tôn giáo | Xã hội")."""
    steps = _MENU_SEPARATOR.split(line)
    return _is_bare_menu_row(line) or MAX_PATH_STEPS <= len(steps) <= MAX_MENU_STEPS and all(
        _MENU_STEP.fullmatch(step) and step[0].isupper() for step in steps)


MIN_BARE_MENU_STEPS = 5


def _is_bare_menu_row(line: str) -> bool:
    """The menu copied without its bars: five or more sections' names of two
    words, the first capitalised ("Thời sự Pháp luật Xã hội Kinh tế Công đoàn");
    a title runs lowercase words together, a name capitalises all its words."""
    words = line.split()
    return (len(words) % 2 == 0 and MIN_BARE_MENU_STEPS <= len(words) // 2 <= MAX_MENU_STEPS
            and all(first[0].isupper() and second.isalpha() and second.islower()
                    for first, second in zip(words[::2], words[1::2])))


def _split_head_before_dateline(
        rest: list[RawBlock]) -> tuple[list[RawBlock], str | None, list[RawBlock]]:
    """The lines between the title and a date line a few lines under it, alone
    or glued ("Lê Vy - Hà An" over "12/03/2025 08:40", "Năng lượng" and "Lê Vy"
    over "08:40, 12/03/2025"): the head's, since sites set the byline and the
    section's name on either side of the date line.  Returns the blocks from the
    date line on, the byline (the last of those lines that signs like one, of
    more than one word, and is no furniture, with the writer's office on the
    lines under it: see ``_with_writers_office``) and the other lines as furniture;
    ``rest`` unchanged when no date line follows within ``MAX_HEAD_LINES`` lines
    of the head's shape."""
    head: list[RawBlock] = []
    for k, block in enumerate(rest):
        lines = block.text.split("\n")
        for n, line in enumerate(lines):
            if read_dateline(line):
                if not head:
                    return rest, None, []
                dated = RawBlock("\n".join(lines[n:]), block.line + n, False)
                signers = [h for h in head if _signs_the_head(h.text.split("\n")[0])]
                signed = signers[-1] if signers else None
                return ([dated, *rest[k + 1:]], signed.text if signed else None,
                        [h for h in head if h is not signed])
            if head and _signs_the_head(head[-1].text.split("\n")[0]) and _is_office_line(line):
                head[-1] = RawBlock(f"{head[-1].text}\n{line}", head[-1].line, False)  # the writer's office
                continue
            if len(head) == MAX_HEAD_LINES or not _is_head_material(line):
                return rest, None, []
            head.append(RawBlock(line, block.line + n, False))
    return rest, None, []


def _take_menu_under_title(rest: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """The site's menu some pages copy under the title, one item a line from the
    home page on ("Trang chủ" / "Kinh tế" / "Văn hóa" / …): furniture, one
    block a line, and the blocks after it; ``rest`` unchanged for any other block."""
    lines = rest[0].text.split("\n") if len(rest) > 1 else []
    if len(lines) < 2 or not _HOME_LINE.fullmatch(lines[0]) or not all(map(_is_label_line, lines[1:])):
        return rest, []
    return rest[1:], _line_blocks(lines, rest[0].line)


def _signs_the_head(line: str) -> bool:
    """Signs like a byline, in more than one word (one word alone is the outlet's
    mark, "SGGP"), and is no section's name ("Thời Sự" in capitals signs too)."""
    return " " in line and _looks_like_byline(line) and not _is_head_furniture(line)


def _is_head_material(line: str) -> bool:
    """A line the page's head may set by the date line: furniture, a byline, or a
    section's name of a few words ("Chứng khoán", "Bất động sản")."""
    return (_looks_like_byline(line) or bool(_LABEL_WORDS.fullmatch(line) and line[0].isupper())
            or _is_head_furniture(line))


def _head_lines(lines: list[str], line: int) -> tuple[list[RawBlock], list[RawBlock]]:
    """The lines of a block of the page's head, as they stand when blank lines
    part them ("Trang chủ > Thời sự\n19/12/2025 14:32\nLÊ VY" under the title):
    the page's section path and buttons, furniture; a date line, then a
    byline, each a block of its own; the lines left, the next block."""
    blocks: list[RawBlock] = []
    furniture: list[RawBlock] = []
    dated = signed = False
    k = 0
    while k < len(lines):
        first = lines[k]
        if _is_head_furniture(first) or _follows_beside_its_icon(lines, k):
            furniture.append(RawBlock(first, line + k, False))
        elif not dated and _is_dateline(first):
            blocks.append(RawBlock(first, line + k, False))
            dated = True
        elif dated and not signed and _looks_like_byline(first):
            blocks.append(RawBlock(first, line + k, False))
            signed = True
        else:
            break
        k += 1
    if k < len(lines):
        blocks.append(RawBlock("\n".join(lines[k:]), line + k, False))
    return blocks, furniture


def _split_head_blocks(rest: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """The blocks before the lead, the lines glued to the title first, read line
    by line ("Tài chính - Ngân hàng\n18/09/2025, 15:06", "Thời sự\nChia sẻ"): up
    to the first block that opens with no line of the page's head."""
    blocks: list[RawBlock] = []
    furniture: list[RawBlock] = []
    for k, block in enumerate(rest):
        lines = block.text.split("\n")
        if not (_is_head_furniture(lines[0]) or _is_dateline(lines[0])):
            return blocks + rest[k:], furniture
        split, removed = _head_lines(lines, block.line)
        blocks += split
        furniture += removed
    return blocks, furniture


def _is_head_furniture(line: str) -> bool:
    """A line of the page's head: a section path or label, share buttons."""
    return _is_section_label(line) or _is_site_line(line)


def _take_byline(rest: list[RawBlock]) -> tuple[Inline | None, BylinePlace, list[RawBlock], list[RawBlock]]:
    """The byline, where it stands, and the blocks and section labels left.
    Sites sign either before the lead, right after the title and the date line
    (a section label may follow), or in the last line.  Only the start position
    makes a short line of names a byline there: after the lead such a line may
    head a section."""
    first = rest[0].text.split("\n")
    # One word alone before the lead is the outlet's mark ("SGGP"), not a reporter.
    if len(rest) > 1 and (_looks_like_byline(first[0]) and " " in first[0].strip()
                          or _signs_with_the_office_beside(first[0])):
        signed, after = _with_writers_office(first[0], first[1:], rest[0].line, rest[1:])
        after, labels = _take_section_label(after)
        return Inline(signed), "under-title", after, labels
    last = rest[-1].text.split("\n")
    if len(rest) > 2 and _SITE_NAME.fullmatch(rest[-1].text):  # "VOV.VN" last: the outlet's mark, no one's name
        byline, place, after, labels = _take_byline(rest[:-1])
        return byline, place, after, [*labels, rest[-1]]
    if len(rest) > 1 and _looks_like_byline(last[0]) and all(map(_is_under_the_name, last[1:])):
        return Inline(rest[-1].text), "end", rest[:-1], []
    if headlines := _headlines_under_the_signature(rest):
        return Inline(rest[-headlines - 1].text), "end", rest[:-headlines - 1], rest[-headlines:]
    return None, "end", rest, []


def _take_byline_signed_once(rest: list[RawBlock], title: str) -> tuple[Inline | None, BylinePlace, list[RawBlock], list[RawBlock]]:
    """As ``_take_byline``, but a page that signs under the lead and again in
    its last line ("Lê Vy - Hà An" in both places) is signed under the lead, as
    one that signs under the title and again at the end is: the last line stays
    in the text, and the line under the lead is no section's head.  ``rest``
    unchanged then, for ``_take_lines_after_lead`` to take the byline."""
    byline, place, after, labels = _take_byline(rest)
    if (place == "end" and byline is not None and not labels and len(after) == len(rest) - 1
            and _byline_after_lead(after, title) == byline.text):
        return None, place, rest, []
    return byline, place, after, labels


def _signs_with_the_office_beside(line: str) -> bool:
    """An essay's byline with the writer's office after a dash on the name's
    line ("TS LÊ AN - Viện Kinh tế, Học viện X"), as others set it under the
    name (see ``_with_writers_office``): the whole line signs.  The name is in
    capitals, as such bylines set it, so that a reporter signing beside another
    whose name opens as an office does ("Lê Vy - Trường Sơn") reads as two names."""
    for dash in _DASH_SEPARATOR.finditer(line):
        name, office = line[:dash.start()], line[dash.end():]
        if (_looks_like_byline(name) and all(word.isupper() for word in name.split()[-2:])
                and _is_office_line(office) and not office.isupper()):
            return True
    return False


def _is_under_the_name(line: str) -> bool:
    """A line a signature sets under the reporter's name: the writer's office,
    or the agency's note in parentheses, as others set it beside the name
    ("Lê Vy" over "(TTXVN/Vietnam+)")."""
    return _is_office_line(line) or _is_byline_note(line)


def _is_byline_note(line: str) -> bool:
    note = _BYLINE_NOTE.fullmatch(line.strip())
    return note is not None and (not note.group("agency") or _names_the_office(note.group("agency")))


def _is_agency_note(text: str) -> bool:
    """The agency's note alone in parentheses ("(TTXVN/Vietnam+)"): under a page
    signed by its reporters before the text it is the site's mark, no byline."""
    agency = _BYLINE_AGENCY.fullmatch(text.strip())
    return agency is not None and "\n" not in text and _signs(agency.group(1))


def _headlines_under_the_signature(rest: list[RawBlock]) -> int:
    """"… có hiệu lực từ ngày 1/7/2026." / "Hoài Thu - Sơn Hà" / "Mức giảm trừ gia
    cảnh qua các lần điều chỉnh" / …: how many blocks of lines shaped as
    headlines end the page under the reporters' names, which follow a
    sentence's end (0 when they do not).  They are other articles' headlines
    or the page's tags, one a line, a block each or glued in one block ("Nghệ
    sĩ Ưu tú" / "Bộ Văn hóa, Thể thao và Du lịch") and with no header over
    them, not section heads over the names: a head leads to a paragraph."""
    headlines = 0
    while headlines < min(MAX_RELATED, len(rest) - 3) and _are_headlines_not_signatures(rest[-headlines - 1].text):
        headlines += 1
    signed = headlines and _looks_like_byline(rest[-headlines - 1].text)
    return headlines if signed and _ends_a_sentence(rest[-headlines - 2].text) else 0


def _are_headlines_not_signatures(text: str) -> bool:
    """A headline alone, or a block of them with at least two that are no
    button (a list of one under "Chia sẻ" is none, see ``_tags_under_furniture``)."""
    lines = text.split("\n")
    listed = [line for line in lines if not _is_furniture(line)]
    return (_are_listed_headlines(text) and not any(map(_looks_like_byline, lines))
            and (len(lines) == 1 or len(listed) >= 2))


def _with_writers_office(name: str, under: list[str], line: int,
                         after: list[RawBlock]) -> tuple[str, list[RawBlock]]:
    """An essay's byline and the writer's office on the lines under the name,
    in its block or in the next ("PGS, TS LÊ AN" over "Viện trưởng Viện Kinh
    tế nông nghiệp"): the office is the byline's, a line break after the name.
    What follows in the name's block and is no office is text."""
    office = list(itertools.takewhile(_is_office_line, under))
    under = under[len(office):]
    if under:
        after = [RawBlock("\n".join(under), line + 1 + len(office), False), *after]
    elif not office and len(after) > 1 and all(map(_is_office_line, lines := after[0].text.split("\n"))):
        office, after = lines, after[1:]
    return "\n".join([name, *office]), after


# A writer's office under an essay's byline opens with a title ("Viện trưởng
# Viện …", "Nguyên Phó Giám đốc Học viện …", "Ủy viên Trung ương Đảng, Phó
# Chủ nhiệm …") or a body, and is no sentence: no end mark, no colon or quote, no date,
# an office's length.
MAX_OFFICE_LINE_WORDS = 30


def _is_office_line(line: str) -> bool:
    line = line.strip()
    return (bool(line) and line[0].isupper()
            and (_office_opening().match(line) is not None or _AFFILIATION.match(line) is not None)
            and len(line.split()) <= MAX_OFFICE_LINE_WORDS and line[-1] not in ".!?;…"
            and not any(mark in line for mark in ':"“”') and read_dateline(line) is None)


# ... or names only the body the writer works in: "Học viện Chính trị khu vực II".
_AFFILIATION = re.compile(r"(?:Học viện|Trường|Viện|Đại học|Trung tâm|Ban|Bộ|Sở|Ủy ban|Hội|Cục|Vụ|Tạp chí|Báo)\s")


@lru_cache(maxsize=1)
def _office_opening() -> re.Pattern[str]:
    return _opening(lexicon.title_heads(), "{0,2}", r"\s")  # "Nguyên Phó Giám đốc …"


MAX_CAPITALS_BYLINE_WORDS = 3  # a name in capitals of more words after the lead is a heading


def _byline_after_lead(rest: list[RawBlock], title: str) -> str | None:
    """A reporter's name between the lead and the rest of the text, as SGGP
    signs ("MINH KHÔI") and others do ("Bài, ảnh: Lê Vy", "Thanh Nga - Khánh
    Hòa"): a line that signs in more than one word, after a lead that ends as a
    sentence does, with text after it (not photos alone: a body holds more
    than its opening elements).  A heading there is written in sentence
    case, or in capitals of more words than a pen name has."""
    if len(rest) < 3 or "\n" in rest[1].text:
        return None
    line = rest[1].text
    if not _ends_a_sentence(rest[0].text) or not _signs_the_head(line):
        return None
    names = _BYLINE_JOINER.split(without_maker(line))
    if line.isupper() and max(len(name.split()) for name in names) > MAX_CAPITALS_BYLINE_WORDS:
        return None
    return line if _text_after_the_second(rest, title) else None


def _text_after_the_second(rest: list[RawBlock], title: str) -> bool:
    """Text, not photos alone, after the lead and the line under it: a body
    holds more than its opening elements."""
    return not all(isinstance(block, Figure) for block in _classify_blocks([rest[0], *rest[2:]], title)[1:])


@dataclass
class _UnderLead:
    """What the page sets between the lead and the text, and the blocks left."""

    rest: list[RawBlock]
    byline: str | None = None
    dateline: Dateline | None = None
    byline_first: bool = False  # both there, the byline over the date line
    one_line: bool = False  # both there, on one line ("Lê Vy | 18:42 | 12/03/2025")


def _take_lines_after_lead(rest: list[RawBlock], title: str, dated: bool, signed: bool) -> _UnderLead:
    """The byline (unless the page ``signed`` elsewhere) and the date line (unless
    the head is ``dated``) the page sets right under the lead, in either order:
    Tiền Phong and Giáo dục & Thời đại set "Minh Phong" / "14:22 Thứ tư,
    11/03/2026" there, SGGP the byline alone, others both on one line as a
    head sets them ("Lê Vy | 18:42 | 12/03/2025")."""
    found = _UnderLead(rest)
    for _ in range(2):
        if not dated and found.dateline is None and (dated_line := _dateline_after_lead(
                found.rest, title, may_sign=not signed and found.byline is None)):
            found.dateline, beside = dated_line
            found.byline_first = found.byline is not None
            if beside is not None:
                found.byline, found.byline_first, found.one_line = beside.text, beside.first, True
        elif not signed and found.byline is None and (byline := _byline_after_lead(found.rest, title)):
            found.byline = byline
        else:
            break
        found.rest = [found.rest[0], *found.rest[2:]]
    return found


def _dateline_after_lead(rest: list[RawBlock], title: str,
                         may_sign: bool) -> tuple[Dateline, _BylineBeside | None] | None:
    """A whole date line alone right after a lead that ends as a sentence does,
    with text after it (see ``_byline_after_lead``), and the reporter's name
    beside the date when the line sets one (only where ``may_sign``, as
    ``_read_head_dateline`` reads it); a body's paragraph that opens with a
    date goes on, and is no date line."""
    if len(rest) < 3 or "\n" in rest[1].text or not _ends_a_sentence(rest[0].text):
        return None
    found = _read_head_dateline(rest[1].text, may_sign)
    return found if found and _text_after_the_second(rest, title) else None


def _take_section_label(rest: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """The page's section or topic line ("Chính trị", "Chuyên mục: Thời sự",
    "Thời sự | Đối ngoại") when it comes first, before the date line or the lead:
    furniture.  Under the byline a section outside the common ones is named in
    sentence case, as under the date line ("Giới trẻ"), and its subsection may
    follow on a line of its own, a path set over two lines ("Giới trẻ" / "Đoàn -
    Hội"): no lead is a label's few words."""
    if len(rest) > 1 and (_is_section_label(rest[0].text) or _is_sentence_case_label(rest[0].text)):
        taken = 2 if len(rest) > 2 and _is_subsection_label(rest[1].text) else 1
        return rest[taken:], rest[:taken]
    return rest, []


def _is_subsection_label(line: str) -> bool:
    return _is_section_label(line) or (bool(_LABEL_WORDS.fullmatch(line)) and line[0].isupper())


def _is_section_label(line: str) -> bool:
    return bool(_SECTION_LABEL.fullmatch(line) or _TOPIC_LINE.fullmatch(line)) or _is_section_path(line)


def _is_section_path(line: str) -> bool:
    """"Văn hóa | Di sản", "Thời sự - Chính trị": capitalised steps without
    figures, but for a step parted by bars that names a session ("Quốc hội |
    Kỳ họp thứ 10"); before the lead, a row of the site's menu too ("Chính
    trị | Kinh tế | Xã hội | Thế giới | Văn hóa").  Reporters sign with names
    joined by a dash too ("Lê Vy - Hà An"), or with the office after it ("TS LÊ AN -
    Viện Kinh tế"): a line that signs like a byline is none;
    nor is a title's two halves parted by a dash, one with a comma ("Thúc đẩy
    thương mại Lào Cai - Vân Nam phát triển ổn định, bền vững"): no section's
    name parted so holds one (those of the held-out golds with commas are parted
    by arrows: "Thời sự › Hoạt động của lãnh đạo Đảng, Nhà nước"), or by a
    bar, which no title holds ("Quân sự - Quốc phòng | Bảo vệ chủ quyền biển, đảo")."""
    steps = _LABEL_SEPARATOR.split(line)
    bars = len(_MENU_SEPARATOR.findall(line)) == len(steps) - 1
    menu = len(steps) > MAX_PATH_STEPS and bars
    return (_are_path_steps(steps, MAX_MENU_STEPS if menu else MAX_PATH_STEPS)
            and (bars or not any(ch.isdigit() for ch in line))
            and not (_looks_like_byline(line) or _signs_with_the_office_beside(line))
            and not ("," in line and _DASH_SEPARATOR.search(line) and not _MENU_SEPARATOR.search(line)))


_DASH_SEPARATOR = re.compile(r"\s[-–]\s")


MAX_STEP_WORDS = 8  # a section's name; a title's half parted by a dash says more


def _are_path_steps(steps: list[str], most: int = MAX_PATH_STEPS) -> bool:
    return 2 <= len(steps) <= most and all(
        _PATH_STEP.fullmatch(step) and step[0].isupper() and len(step.split()) <= MAX_STEP_WORDS for step in steps)


def _is_arrow_path(line: str) -> bool:
    """"Giáo dục » Chính sách", "Giới trẻ › Đoàn - Hội"."""
    return ("»" in line or "›" in line) and _are_path_steps(_ARROW_SEPARATOR.split(line))


def _split_furniture(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """Trailing indented blocks, trailing lines the sites use as furniture, the
    title repeated at the page's foot, and a trailing "Tin liên quan" block with
    the headlines it links to.  Taken off before the byline is looked for, which
    is then the last line left."""
    title = blocks[0].text.split("\n")[0]
    end = len(blocks)
    while end > 1:
        text = blocks[end - 1].text
        if blocks[end - 1].indented or _is_furniture(text) or _same_text(text, title) or _are_tags_under_buttons(text):
            end -= 1
        elif (header := _related_header_before(blocks, end)) is not None:
            end = header
        elif (tags := _tags_under_furniture(blocks, end)) is not None:
            end = tags
        elif (box := _donation_box_before(blocks, end)) is not None:
            end = box
        else:
            break
    body, furniture = blocks[:end], blocks[end:]
    if end > 1:  # the last block's own trailing lines ("Lê Vy\nTừ khóa: ...\n© Báo X")
        kept, foot = _split_trailing_lines(body[-1])
        if foot is not None and end > 2 and _are_headlines_over_furniture(kept.text):
            body, furniture = body[:-1], [body[-1], *furniture]
        elif foot is not None:
            body[-1:], furniture = [kept], [foot, *furniture]
    return body, furniture


def _are_headlines_over_furniture(text: str) -> bool:
    """The lines over the buttons that end the page ("Chia sẻ", "Bình luận (0)")
    are two or more headlines of other articles, listed with no header and no
    blank line between them ("Đề xuất công bố kết quả thi sớm hơn …" / "Thi tốt
    nghiệp THPT: Những điểm mới …"), none signing like a byline: the text ends
    on a sentence, not on a row of heads."""
    lines = text.split("\n")
    return 2 <= len(lines) <= MAX_RELATED and all(
        _is_listed_headline(line) and not _looks_like_byline(line) for line in lines)


# A paper's charity fund asks for help at the page's foot: "Mọi sự giúp đỡ xin
# gửi về:", "Quỹ Nhân ái - Báo Dân trí", then the account, a QR code, a hotline.
_DONATION_BOX = re.compile(r"Mọi\s+sự\s+(?:giúp\s+đỡ|ủng\s+hộ)(?:\s+xin)?\s+(?:gửi|chuyển)\s+về\b.*"
                           r"|Quỹ\s+[^\W\d_][^.!?;:\n]{0,40}\s+[-–]\s+(?:Báo|Tạp\s+chí)\b[^.!?;:\n]{0,40}")
MAX_BOX_LINES = 8  # a fund's name, what to write, the account, a QR code, the hotline …
MAX_BOX_LINE_WORDS = 25


def _donation_box_before(blocks: list[RawBlock], end: int) -> int | None:
    """Where a charity fund's box starts, when the blocks up to ``end`` are one:
    its opening line, then short lines on how to give."""
    start = None
    for k in range(end - 1, max(0, end - MAX_BOX_LINES) - 1, -1):
        text = blocks[k].text
        if k == 0 or "\n" in text or len(text.split()) > MAX_BOX_LINE_WORDS:
            break
        if _DONATION_BOX.fullmatch(text):
            start = k
    return start


def _tags_under_furniture(blocks: list[RawBlock], end: int) -> int | None:
    """Where the page's tags start when it lists them, one short label a line,
    under a line of furniture or a list of other articles at its foot
    (VnExpress: "Chia sẻ", then "Sốt xuất huyết", "Bộ Y tế", "học phí"): at least
    two, so that a byline under a share row stays; set a block each, a tag may
    open in lower case as one set between buttons may.  A page may also set
    them one a line with no blank line between ("Bình luận", then "Bộ Y tế" /
    "Sốt xuất huyết" in one block)."""
    start, tags = end, []
    while (start > 1 and (lines := blocks[start - 1].text.split("\n")) and not _signs_over_the_office(lines)
           and len(tags) + len(lines) <= MAX_KEYWORDS and all(_is_keyword_line(line) for line in lines)):
        start, tags = start - 1, lines + tags
    if len(tags) >= 2 and start > 1 and (_is_furniture(blocks[start - 1].text)
                                         or _related_header_before(blocks, start) is not None
                                         or _any_in_lower_case(tags)):
        return start
    return None


def _signs_over_the_office(lines: list[str]) -> bool:
    """A name over the body its writer works in ("Lê Vy" / "Sở Y tế tỉnh X"),
    glued in one block under the share row: the byline, no two tags."""
    return len(lines) > 1 and _looks_like_byline(lines[0]) and _is_office_line(lines[1])


MIN_BARE_TAGS = 3  # two short lines may be a label and its one paragraph ("Chủ đề" / "cúm mùa")


def _any_in_lower_case(tags: list[str]) -> bool:
    """Three lines or more, one opening in lower case ("Bộ Y tế" / "cúm mùa" /
    "tiêm chủng"): tags even with their header or buttons left out, since a
    section's head, a byline or a signature opens capitalised."""
    return len(tags) >= MIN_BARE_TAGS and any(tag[0].islower() for tag in tags)


def _are_tags_under_buttons(text: str) -> bool:
    """One block of the page's buttons with its tags under them, one a line and
    no blank line between (VnExpress: "Chia sẻ" / "Thi tốt nghiệp THPT" /
    "Tuyển sinh đại học 2025"): at least two tags, as ``_tags_under_furniture``
    asks of tags set a block each.  Back links may close the block ("Trở lại Giáo
    dục" / "Trở lại đầu trang"); set between buttons, a tag may open in lower
    case ("tuyển sinh"), as it may under "Từ khóa"."""
    lines = text.split("\n")
    closing = sum(1 for _ in itertools.takewhile(_is_furniture, reversed(lines[1:])))
    tag = _is_tag_line if not closing else _is_keyword_line
    body = lines[:len(lines) - closing]
    tags = sum(1 for _ in itertools.takewhile(tag, reversed(body[1:])))
    return 2 <= tags <= MAX_KEYWORDS and _is_furniture("\n".join(body[:-tags]))


def _is_tag_line(text: str) -> bool:
    """A keyword, capitalised ("Bộ GD-ĐT", "COVID-19"); not furniture of another kind."""
    return _is_keyword_line(text) and text[0].isupper()


def _is_keyword_line(text: str) -> bool:
    """A keyword in any case ("Bộ GD-ĐT", "học phí"); not furniture of another kind."""
    return bool(_ONE_KEYWORD.fullmatch(text)) and not _is_furniture(text)


def _split_trailing_lines(block: RawBlock) -> tuple[RawBlock, RawBlock | None]:
    """A block whose last lines are furniture, printed with no blank line
    before them: the lines before, and those lines (None when there are none).
    A list of other articles under its header is furniture as a whole ("Lê Vy"
    over "Tin liên quan" and its headlines): its headlines are not, one by one."""
    lines = block.text.split("\n")
    cut = len(lines) - _headlines_under_furniture(lines)
    while cut > 1 and (_is_furniture(lines[cut - 1]) or _x_among_buttons(lines, cut - 1)):
        cut -= 1
    cut = next((k for k in range(1, cut) if _heads_a_list(lines[k]) and _is_furniture("\n".join(lines[k:]))), cut)
    if cut == len(lines):
        return block, None
    return (RawBlock("\n".join(lines[:cut]), block.line, block.indented),
            RawBlock("\n".join(lines[cut:]), block.line + cut, block.indented))


def _headlines_under_furniture(lines: list[str]) -> int:
    """How many of a block's last lines are headlines of other articles listed
    with no header under the page's furniture ("Từ khóa: …" or a share row,
    then two headlines): at most ``MAX_RELATED``, none signing like a byline."""
    run = 0
    while (run < min(MAX_RELATED, len(lines) - 2) and _is_listed_headline(lines[-1 - run])
           and not _looks_like_byline(lines[-1 - run])):
        run += 1
    return run if run and _is_furniture(lines[-1 - run]) else 0


def _is_furniture(text: str) -> bool:
    """Every line is furniture; the lines after a "Tin liên quan" line in the same
    block are the headlines it links to, up to the next list's header ("Từ
    khóa:" and its keywords, then "Tin cùng chuyên mục" and its headlines) or
    the page's foot lines."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        if _heads_a_list(line):
            end = next((j for j in range(k + 1, len(lines)) if _heads_a_list(lines[j])), len(lines))
            items = lines[k + 1:end]
            if _are_items_under(line, _before_the_foot(items) if end == len(lines) else items):
                k = end
                continue
        if not (_FURNITURE_LINE.match(line) or _TRAILING_LINE.fullmatch(line) or _is_site_line(line)
                or _TOPIC_LINE.fullmatch(line) or _is_back_link(line) or _is_foot_line(line)
                or _x_among_buttons(lines, k) or _follows_beside_its_icon(lines, k)):
            return False
        k += 1
    return True


def _x_among_buttons(lines: list[str], k: int) -> bool:
    """Line ``k`` is "X" (the network once called Twitter) next to another
    share button ("Facebook", "X", "Email"); alone it may number a part."""
    return lines[k].strip() == "X" and any(_is_site_line(lines[j]) for j in (k - 1, k + 1) if 0 <= j < len(lines))


def _follows_beside_its_icon(lines: list[str], k: int) -> bool:
    """Line ``k`` is a follow button, "Theo dõi <outlet>", whose "Google News"
    icon the copy set on the line next to it (VietnamPlus: "Google News" over
    "Theo dõi VietnamPlus"); alone, "Theo dõi X" may open a sentence."""
    follow = _FOLLOW_BUTTON.fullmatch(lines[k])
    return bool(follow) and follow.group("outlet")[0].isupper() and any(
        _FOLLOW_ICON.fullmatch(lines[j]) for j in (k - 1, k + 1) if 0 <= j < len(lines))


def _before_the_foot(items: list[str]) -> list[str]:
    """A list's items without the page's foot or buttons closing its block
    ("© Báo X", "Ý kiến (48)" under the last related headline)."""
    closing = sum(1 for _ in itertools.takewhile(_closes_a_list, reversed(items)))
    return items[:len(items) - closing]


def _closes_a_list(line: str) -> bool:
    return _is_foot_line(line) or _is_site_line(line)


def _is_foot_line(line: str) -> bool:
    """A line of the page's foot (see ``_FOOT_LINE``), or several of them in a
    row; or the outlet's plus brand alone, its logo's text ("VIETNAM+"), which
    signs no article: an agency's credit names it in parentheses or after a
    slash ("(TTXVN/Vietnam+)")."""
    if _FOOT_LINE.fullmatch(line) or _PLUS_BRAND.fullmatch(line):
        return True
    parts = [part.rstrip(".") for part in _FOOT_PARTS.split(line)]
    # the outlet's name may stand first, parted by a dash: "Tạp chí X - Cơ quan của Y. Giấy phép số …"
    return len(parts) > 1 and (_FOOT_LINE.fullmatch(parts[0]) is not None or _is_outlet(parts[0])) and all(
        _FOOT_LINE.fullmatch(part) for part in parts[1:])


def _is_back_link(line: str) -> bool:
    """"Trở lại Thời sự", "Quay về trang chủ"; "Trở lại trường" is text."""
    link = _BACK_LINK.fullmatch(line)
    if link is None:
        return False
    page = link.group("page")
    return page[0].isupper() or re.sub(r"\s+", " ", page).casefold() in _HOME_PAGES


def _heads_a_list(line: str) -> bool:
    """A line over a list of other articles ("Tin liên quan", "Tin đọc nhiều")
    or of the page's keywords, one a line ("Từ khóa", "Tags")."""
    return _is_related_header(line) or bool(_TRAILING_LINE.fullmatch(line) or _KEYWORDS_HEADER.fullmatch(line))


def _related_header_before(blocks: list[RawBlock], end: int) -> int | None:
    """Where a trailing block ending with a "Tin liên quan" line stands, when the
    blocks after it up to ``end`` are all headlines (at most ``MAX_RELATED``) it
    links to.  A last line that signs like a byline is the byline, after links
    inside the article."""
    if (keywords := _keywords_header_before(blocks, end)) is not None:
        return keywords
    if _looks_like_byline(blocks[end - 1].text):
        return None
    for header in range(end - 2, max(end - 2 - MAX_RELATED, 0), -1):
        if not _are_listed_headlines(blocks[header + 1].text):
            return None
        text = blocks[header].text
        if _heads_a_list(text.split("\n")[-1]) and _is_furniture(text):
            return header
    return None


def _are_items_under(header: str, items: list[str]) -> bool:
    """The lines after a list's header are its items: keywords under "Từ khóa",
    headlines under the others."""
    if _KEYWORDS_HEADER.fullmatch(header):
        return len(items) <= MAX_KEYWORDS and all(_KEYWORD.fullmatch(item) for item in items)
    return all(_is_listed_headline(item) for item in items)


def _keywords_header_before(blocks: list[RawBlock], end: int) -> int | None:
    """Where a "Từ khóa" or "Tags" line stands, when the blocks after it up to
    ``end`` are its keywords, one a line: up to ``MAX_KEYWORDS`` short phrases in
    any case, with no sentence's punctuation ("Quân khu 7", "kỷ luật đảng viên"),
    set a block each or in one block with no blank line between."""
    keywords = 0
    for header in range(end - 1, max(end - 1 - MAX_KEYWORDS, 0) - 1, -1):
        text = blocks[header].text
        if header < end - 1 and _KEYWORDS_HEADER.fullmatch(text):
            return header
        lines = text.split("\n")
        keywords += len(lines)
        if keywords > MAX_KEYWORDS or not all(_KEYWORD.fullmatch(line) for line in lines):
            return None
    return None


def _remove_inner_furniture(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[RawBlock]]:
    """Furniture after the title and before the end: share, comment and print
    buttons, keywords, "Xem thêm: <headline>", and a "Tin liên quan" line with
    the headlines of the articles it links to.  Removed before the date line
    and the lead are looked for, so that neither is taken for the lead."""
    kept, removed = blocks[:1], []
    i = 1
    while i < len(blocks):
        lines = blocks[i].text.split("\n")
        taken = 0
        if all(_is_site_line(line) for line in lines):
            taken = 1
        elif _is_related_header(lines[0]) and all(_is_listed_headline(ln) for ln in lines[1:]):
            taken = 1 + (_related_headlines(blocks, i + 1) if len(lines) == 1 else 0)
        if taken:
            removed += blocks[i:i + taken]
            i += taken
        else:
            kept.append(blocks[i])
            i += 1
    return kept, removed


def _is_site_line(line: str) -> bool:
    related = _RELATED.fullmatch(line)
    if related and related.group("headline"):
        return _looks_like_headline(related.group("headline"))
    return (bool(_SITE_LINE.fullmatch(line)) or _is_slash_breadcrumb(line) or _is_arrow_path(line)
            or _is_follow_line_without_icon(line) or _is_spaced_tag_row(line))


_WIDE_GAP = re.compile(r"[ \t]{3,}")
_NARROW_GAP = re.compile(r"[ \t]{2,}")
MAX_TAG_WORDS = 6


def _is_spaced_tag_row(line: str) -> bool:
    """"Tết Sum vầy   Tổng LĐLĐ Việt Nam   Chăm lo Tết": the page's tags, copied as
    links set apart by wide gaps (no text leaves three spaces between phrases),
    each a short capitalised phrase without a sentence's marks.  Some sites part
    them by two spaces ("Xuất khẩu  Nhập khẩu  Cục Thống kê"): of the golds' lines
    so parted into such phrases, all 19 are furniture.  Names parted so may
    sign the article ("Lê Vy  Minh Châu"), so such a row must not read as a byline."""
    gap = _WIDE_GAP if _WIDE_GAP.search(line.strip()) else _NARROW_GAP
    tags = gap.split(line.strip())
    marks = ".;:!?" if _HOME_LINE.fullmatch(tags[0]) else ".,;:!?"  # a path's step may list ("biển, đảo")
    return len(tags) >= 2 and all(
        tag[:1].isupper() and len(tag.split()) <= MAX_TAG_WORDS and not any(mark in tag for mark in marks)
        for tag in tags) and (gap is _WIDE_GAP or not _looks_like_byline(line))


def _is_follow_line_without_icon(line: str) -> bool:
    """"Theo dõi Báo X trên" whose "Google News" icon was not copied: the
    outlet is named, so capitalised."""
    follow = _FOLLOW_WITHOUT_ICON.fullmatch(line)
    return bool(follow) and follow.group("outlet")[0].isupper()


def _is_slash_breadcrumb(line: str) -> bool:
    """"Trang chủ / Thời sự / Chính trị": every step after the home page capitalised."""
    return bool(_SLASH_BREADCRUMB.fullmatch(line)) and all(
        step[:1].isupper() for step in _SLASH_SEPARATOR.split(line)[1:])


def _is_related_header(line: str) -> bool:
    related = _RELATED.fullmatch(line)
    return bool(related and not related.group("headline"))


def _related_headlines(blocks: list[RawBlock], j: int) -> int:
    """How many blocks from ``j`` on are headlines a "Tin liên quan" line links to.
    When the text resumes after two or more headline-like lines, the last of them
    may be the head of the next section, as in ``_heads_a_section``: it is when
    it is much shorter than the headlines before it (a section's head names its
    subject in a few words; the headlines of a list are other articles' titles,
    of about one length).  Three headline-like lines followed by a paragraph are
    more often two headlines and a section's head than three headlines (21 of
    26 such boxes in the golds): the last is taken as the head, so a head is not
    dropped with the furniture, at worst a headline joins the text; unless it is
    as long as a headline (``HEADLINE_WORDS``: 3 of 4 such lines in the golds)."""
    run = 0
    while j + run < len(blocks) and _is_headline_block(blocks, j + run):
        run += 1
    if run >= 2 and j + run < len(blocks) and _much_shorter_than_each(blocks, j + run - 1, range(j, j + run - 1)):
        run -= 1
    elif run >= MAX_RELATED and _resumes_the_text(blocks, j + run) and _short_as_a_head(blocks[j + run - 1].text):
        run -= 1
    return min(run, MAX_RELATED)


def _short_as_a_head(text: str) -> bool:
    """Short enough to head a section: a line as long as another article's
    title is more likely the last of the list's headlines."""
    return len(text.split()) < HEADLINE_WORDS


def _resumes_the_text(blocks: list[RawBlock], k: int) -> bool:
    """Block ``k`` is a paragraph of the article: longer than a heading, ending
    as a sentence ends; not a caption, nor a line of the page's furniture."""
    text = _text_at(blocks, k)
    return (text is not None and "\n" not in text and len(text) > MAX_HEADING and _ends_a_sentence(text)
            and not _is_caption(text, False) and not _is_site_line(text))


def _much_shorter_than_each(blocks: list[RawBlock], k: int, others: range) -> bool:
    """Block ``k`` has at most ``HEAD_SHARE`` of the words of each of ``others``:
    headlines of one list differ by a few words, not by half."""
    words = len(blocks[k].text.split())
    return all(words <= HEAD_SHARE * len(blocks[o].text.split()) for o in others)


def _is_headline_block(blocks: list[RawBlock], k: int) -> bool:
    """A related article's headline; not a photo's caption, nor its alt line,
    which the credited caption under it says again."""
    text = blocks[k].text
    last = k == len(blocks) - 1
    following = _text_at(blocks, k + 1)
    return (_are_listed_headlines(text)
            and not any(_is_caption(line, False) and not _reads_as_a_headline(line) for line in text.split("\n"))
            and not (last and _looks_like_byline(text))
            and not (_is_credited_caption(following) and _echoes_caption(text, following)))


def _reads_as_a_headline(line: str) -> bool:
    """A line under "Tin liên quan" that says who does what as a bare caption
    would ("Thủ tướng hội đàm với Tổng thống X", "Nông dân tất bật thu hoạch
    lúa"), but without a credit or a sentence's end: a news headline.  Of such
    lines in the four blocks under the golds' headers, 30 of 31 are linked
    headlines; the other shows the whole scene ("Quang cảnh …"), as no
    headline does."""
    return (_heading_shaped(line) and not _WHOLE_SCENE.match(line)
            and not (_CREDIT.search(line) or _ILLUSTRATION.search(line) or _DATA_SOURCE.search(line)))


MAX_GLUED_HEADLINES = 2 * MAX_RELATED  # headlines of a list set in one block, no blank line between


def _are_listed_headlines(text: str) -> bool:
    """A related article's headline, or a few set one a line in one block."""
    lines = text.split("\n")
    return len(lines) <= MAX_GLUED_HEADLINES and all(_is_listed_headline(line) for line in lines)


_LIST_BULLET = re.compile(r"^[-–•]\s+")


def _is_listed_headline(line: str) -> bool:
    """A headline in a list of other articles, perhaps after a bullet ("- Lạc
    Sơn: Đẩy mạnh tuyên truyền …"): another article's title, which may run as
    long as this one's ("Thủ tướng chủ trì Phiên họp thứ năm Ban Chỉ đạo quốc
    gia về …", longer than a section's head)."""
    return _looks_like_headline(_LIST_BULLET.sub("", line, count=1), MAX_TITLE)


def _looks_like_headline(line: str, longest: int = MAX_HEADING) -> bool:
    """A short line without a sentence's final punctuation, like an article title."""
    return (0 < len(line) <= longest and line[-1] not in ".:;,"
            and _opens_like_a_title(line) and not _NUMBERED_POINT.match(line))


def _signs_the_photos(byline: Inline | None) -> bool:
    """The byline says the reporter took the photos too ("Bài và ảnh: Lê Vy",
    "Tin, ảnh: …", "Ảnh và bài: …")."""
    maker = _BYLINE_MAKER.match(byline.text) if byline is not None else None
    return maker is not None and "ảnh" in maker.group(0).casefold()


def without_maker(byline: str) -> str:
    """The byline without what the reporter made ("Bài, ảnh: Lê Vy" -> "Lê Vy")."""
    maker = _BYLINE_MAKER.match(byline)
    return byline[maker.end():] if maker else byline


def _looks_like_byline(text: str) -> bool:
    """One to three capitalised names of up to five words (reporters, or an agency
    such as "Theo TTXVN"), joined by a dash, a comma or "và", or an agency in
    parentheses ("(TTXVN/Vietnam+)"): sites sign with any of these, the names
    perhaps after "Bài, ảnh:" and before a note ("Lê Vy (t/h)", "Lê Vy (TTXVN)")."""
    if "\n" in text or len(text) > 80 or any(ch.isdigit() for ch in text):
        return False
    text = text.strip()
    if agency := _BYLINE_AGENCY.fullmatch(text):
        return _signs(agency.group(1))
    if (maker := _BYLINE_MAKER.match(text)) and (photographer := _PHOTOGRAPHER.search(text, maker.end())):
        if not _signs(photographer.group("names")):
            return False
        text = text[:photographer.start()]  # "Bài: Thu Hằng - Ảnh: Lâm Hiển"
    text = without_maker(text)
    if note := _BYLINE_NOTE.search(text):
        if note.group("agency") and not _names_the_office(note.group("agency")):
            return False
        text = text[:note.start()]
    return _signs(text)


MAX_OFFICE_WORDS = 8


def _names_the_office(note: str) -> bool:
    """A byline's note in parentheses names the agency ("TTXVN/Vietnam+"), the
    reporter's office ("Trung tâm VH-TT&TT huyện Đà Bắc", "BĐBP Cao Bằng"):
    capitalised, short, one phrase; or the site the article was taken from
    ("Theo Lê Vy (cand.com.vn)")."""
    return _signs(note) or _SITE_NAME.fullmatch(note) is not None or (
        note[0].isupper() and len(note.split()) <= MAX_OFFICE_WORDS and not any(mark in note for mark in ",;:.!?"))


def _signs(text: str) -> bool:
    """One to three capitalised names joined by a dash, a comma or "và", or
    the reporters' team ("Nhóm phóng viên")."""
    names = [_without_desk(name) for name in _BYLINE_JOINER.split(text)]
    return len(names) <= 3 and all(
        _REPORTERS_TEAM.fullmatch(name)
        or 0 < len(words := name.split()) <= 5 and all(_BYLINE_WORD.match(w) for w in words)
        for name in names)


# The agency's desk abroad or in a region, after a space, named as a place is,
# perhaps with a word in lower case: "Lê Vy/VOV miền Trung", "Lê Vy/VOV châu Phi".
_DESK_AFTER_AGENCY = re.compile(r"(?<=[A-ZĐ.+])\s+(?P<desk>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})$")


def _without_desk(name: str) -> str:
    """A reporter's name and agency without the desk set after them ("Lê Vy/VOV
    châu Phi" -> "Lê Vy/VOV"), when the desk names a place, capitalised."""
    agency = _AGENCY_AFTER_SLASH.search(name)
    desk = _DESK_AFTER_AGENCY.match(name, agency.end()) if agency else None
    if desk is None or not any(word[0].isupper() for word in desk.group("desk").split()):
        return name
    return name[:agency.end()]


# A team signs as its reporters do: "Nhóm PV", "Nhóm phóng viên", "Nhóm Phóng viên".
_REPORTERS_TEAM = re.compile(r"Nhóm\s+(?:PV|[Pp]hóng\s+viên)")


def _same_text(a: str, b: str) -> bool:
    """Equal up to dash style and spacing (sites repeat the title as alt text)."""
    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"[–—]", "-", s)).strip().strip('"“”').casefold()
    return norm(a) == norm(b)


def _classify_blocks(raw: list[RawBlock], title: str, photos_signed: bool = False) -> list[Block]:
    blocks = _classify(_credits_joined(raw), title)
    scenes = {k for k, block in enumerate(blocks) if _is_lone_scene(block)}
    listed = _lines_of_a_list(blocks, scenes)
    scenes -= listed
    blocks = _captions_over_heads([_paragraph(block.caption.text, lead=False)
                                   if k in listed and isinstance(block, Figure) else block
                                   for k, block in enumerate(blocks)], scenes)
    if photos_signed or any(isinstance(block, Figure) and block.credit is None for block in blocks):
        # A page that left one caption without its credit set its photos so: its
        # other short sentences standing alone describe photos too (195 of the 205
        # such lines in the golds' articles with a bare caption).  So does a page
        # whose byline says the reporter took the photos: it credits only those
        # taken by others ("Ảnh: Tư liệu"), if any; of the lone short sentences in
        # the golds' articles so signed, 14 of 15 are captions.
        blocks = _join_twin_captions([_figure(0, None, block.text.text)
                                      if k in scenes and isinstance(block, Paragraph) else block
                                      for k, block in enumerate(blocks)])
    figures = itertools.count(1)
    return [replace(block, n=next(figures)) if isinstance(block, Figure) else block
            for block in _heads_over_photos(_alts_over_bare_captions(blocks))]


def _alts_over_bare_captions(blocks: list[Block]) -> list[Block]:
    """A head right over a bare caption (no credit, no alt) that says it again
    is the photo's alt text ("Ruộng lúa ở xã X" over "Nông dân xã X gặt lúa
    trên ruộng của hợp tác xã."), not a section holding only a photo.  A head
    in other words, or in capitals (as sites set heads, not alt text), stays a
    head."""
    kept: list[Block] = []
    for block in blocks:
        last = kept[-1] if kept else None
        if (isinstance(block, Figure) and isinstance(last, Heading) and block.alt is None
                and block.credit is None and block.caption is not None and not last.text.text.isupper()
                and _echoes_caption(last.text.text, block.caption.text)):
            kept[-1] = replace(block, alt=last.text)
        else:
            kept.append(block)
    return kept


MIN_GALLERY_PHOTOS = 2


def _heads_over_photos(blocks: list[Block]) -> list[Block]:
    """A short line that ends on a colon right over two photos or more heads
    them: the gallery's section ("Một số hình ảnh đổi thay ở xã X:"), not a
    paragraph opening a list (the golds' one such line is a section's head).
    Not right under another section's head, which it would leave empty."""
    return [Heading(block.text) if _heads_a_gallery(block, blocks[k + 1:k + 1 + MIN_GALLERY_PHOTOS])
            and not (k and isinstance(blocks[k - 1], Heading)) else block
            for k, block in enumerate(blocks)]


def _heads_a_gallery(block: Block, following: list[Block]) -> bool:
    if not (isinstance(block, Paragraph) and block.rend is None and block.n is None):
        return False
    text = block.text.text
    return (len(text) > 1 and text.endswith(":") and _heading_shaped(text[:-1])
            and len(following) == MIN_GALLERY_PHOTOS and all(isinstance(b, Figure) for b in following))


MIN_LISTED_LINES = 3


def _lines_of_a_list(blocks: list[Block], scenes: set[int]) -> set[int]:
    """The blocks of each run of ``MIN_LISTED_LINES`` or more lines in a row that
    could each be a bare caption, a bare photo's or one of the lone ``scenes``
    ("Đồng chí A, Bí thư Đảng ủy xã." over "Đồng chí B, Phó Bí thư …"): a
    list's items, since a page sets text between its photos (of the golds'
    captions, only one pair stands in a row, none three)."""
    def may_be_bare_caption(k: int) -> bool:
        block = blocks[k]
        return k in scenes or (isinstance(block, Figure) and block.credit is None and block.alt is None)

    listed: set[int] = set()
    for bare, run in itertools.groupby(range(len(blocks)), key=may_be_bare_caption):
        run = list(run)
        if bare and len(run) >= MIN_LISTED_LINES:
            listed.update(run)
    return listed


def _join_twin_captions(blocks: list[Block]) -> list[Block]:
    """Two bare captions in a row that say the same are one photo: the site
    filled its alt text with the caption (no gold keeps two such photos).  A
    second photo with an alt line of its own ("… - Ảnh 1") stays a photo of its
    own: the first caption has no place left to go."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (isinstance(block, Figure) and isinstance(last, Figure) and block.credit is None
                and block.alt is None and last.credit is None and last.alt is None
                and _same_text(last.caption.text, block.caption.text)):
            joined[-1] = replace(block, alt=last.caption)
        else:
            joined.append(block)
    return joined


def _captions_over_heads(blocks: list[Block], scenes: set[int]) -> list[Block]:
    """On a page that shows photos, a short sentence showing a scene (one of the
    lone ``scenes``) right over a section's head is a photo's caption without
    its credit: a section ends on its argument, and pages set a photo between
    sections (so all 7 such lines of the golds' articles with a photo)."""
    if not any(isinstance(block, Figure) for block in blocks):
        return blocks
    return [_figure(0, None, block.text.text) if k in scenes and isinstance(following, Heading) else block
            for k, (block, following) in enumerate(zip(blocks, [*blocks[1:], None]))]


def _is_lone_scene(block: Block) -> bool:
    return (isinstance(block, Paragraph) and block.rend is None and block.n is None
            and _describes_a_scene(block.text.text))


def _classify(raw: list[RawBlock], title: str) -> list[Block]:
    blocks: list[Block] = []
    figures = 0
    numbered_heads = _numbered_heads(raw)
    i = 0
    while i < len(raw):
        text = raw[i].text
        nxt = raw[i + 1].text if i + 1 < len(raw) else None
        if i > 0 and _is_alt(raw, i, title):
            figures += 1
            if nxt is not None and _is_caption(nxt, after_alt=True):
                blocks.append(_figure(figures, Inline(text), nxt))
                i += 2
            else:  # the repeated title is the only line the photo left
                blocks.append(_figure(figures, None, text))
                i += 1
            continue
        if i > 0 and (alt_line := _alt_line_over_caption(text, title)):
            figures += 1
            blocks.append(_figure(figures, Inline(alt_line), text[len(alt_line) + 1:]))
            i += 1
            continue
        if i > 0 and (_is_caption(text, after_alt=False)
                      or _caption_where_no_head_stands(raw, i, title, numbered_heads)) \
                and not _bare_after_a_credited_photo(blocks, text):
            figures += 1
            blocks.append(_figure(figures, None, text))
        elif (i > 0 and _is_heading_at(raw, i, numbered_heads)
              and not _heads_a_section(raw, i + 1, title, numbered_heads)):
            blocks.append(Heading(Inline(text)))
        else:
            blocks.append(_paragraph(text, lead=(i == 0)))
        i += 1
    return blocks


def _take_headlines_under_photos(rest: list[RawBlock], title: str) -> tuple[list[RawBlock], list[RawBlock]]:
    """The blocks left, and the other articles' headlines the page links to
    between a credited photo and the next section's head, furniture."""
    numbered_heads = _numbered_heads(rest)
    links = {i for i in range(2, len(rest)) if _is_headline_under_a_photo(rest, i, title, numbered_heads)}
    return [b for k, b in enumerate(rest) if k not in links], [rest[k] for k in sorted(links)]


def _is_headline_under_a_photo(raw: list[RawBlock], i: int, title: str, numbered_heads: set[int]) -> bool:
    """Block ``i`` is shaped as a caption standing where no head can, but
    follows a credited photo without a credit of its own: no caption, since a
    page credits all its photos alike (see ``_bare_after_a_credited_photo``),
    nor a head, which a section's head right under it leaves empty.  It is
    another article's headline the page links to there ("Trường X lọt top 100
    đại học châu Á" between "… Ảnh: Lê Vy" and "Nhà khoa học trẻ nhận giải"):
    so the one such line of the 1224 golds' articles."""
    text = raw[i].text
    return (i + 1 < len(raw) and _is_credited_caption(raw[i - 1].text) and not _CREDIT.search(text)
            and not _is_caption(text, after_alt=False) and not _is_alt(raw, i, title)
            and _caption_where_no_head_stands(raw, i, title, numbered_heads))


def _bare_after_a_credited_photo(blocks: list[Block], text: str) -> bool:
    """``text`` has no credit and follows a photo whose caption has one: a page
    credits all its photos alike, so the line is the text's, most often the
    next section's head ("Lãnh đạo tỉnh có mặt tại hiện trường" under "… Ảnh:
    Lê Vy"; of the 476 lines of the golds that follow a credited caption none
    is a bare caption)."""
    last = blocks[-1] if blocks else None
    return (isinstance(last, Figure) and last.credit is not None
            and not (_CREDIT.search(text) or _ILLUSTRATION.search(text) or _DATA_SOURCE.search(text)))


MIN_BARE_CAPTION_WORDS = 8
MAX_SCENE_WORDS = 25  # a photo's one sentence; a paragraph of one sentence is most often longer


def _describes_a_scene(text: str) -> bool:
    """One short sentence on its own line that could say what a photo shows
    ("Các thiếu nữ Mông chơi ném pao tại lễ hội."): not a point of a list, no
    quote, speech or colon, no time but the photo's (no "đã", "sẽ", "dự kiến"),
    no opening phrase of place or time before a comma ("Tại Hòa Minh, …"): of
    the golds' 330 captions without a credit none has any of these."""
    return ("\n" not in text and text.endswith(".") and ". " not in text
            and 4 <= len(text.split()) <= MAX_SCENE_WORDS and not any(mark in text for mark in '"“”:;')
            and not (_ORDINAL_POINT.match(text) or _NUMBERED_POINT.match(text) or _LETTERED_POINT.match(text)
                     or _SAYING.search(text) or _NOT_A_SCENE.search(text) or _presides_after_titles(text)))


# ... what a photo cannot show: a list's item, bulleted or counted in words
# ("- 3 thỏa thuận …", "Một là, …"), a tense, an opening phrase of place or time
# ("Theo kế hoạch, …", "Sau Hạ Long, …", "Cùng ngày, …"), a span up to a day, a month or a year
# ("… kéo dài đến hết ngày 25/2"), a duration ("… kéo dài ba tháng") or a deadline ("… khắc phục trước ngày 30/6/2025"),
# a habit ("… mở cửa hằng ngày", "mỗi tuần"), hours kept ("từ 7 giờ đến 17 giờ") or
# a rule's effect from a day on ("Quy định có hiệu lực kể từ ngày 1/7"),
# an endnote under the text opening with its mark ("(2) Sđd, tr.45."),
# a clock time ("Đúng 9 giờ, đoàn xe về đến bến", "… lúc 10h30"), a thing going
# on or ending ("Vụ việc đang tiếp tục được làm rõ.", "Chuyến thăm kết thúc …"),
# the article's closing sentences (a caption that tells the hour is a
# satellite image's, credited to its source):
# a photo shows a moment (no gold caption runs so).
_NOT_A_SCENE = re.compile(r"^[-–+•*]|^\(\d{1,2}\)|^(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\b|\b(?:đã|sẽ|dự\s+kiến)\b"
                          r"|\b(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|năm)\b"
                          r"|\btừ\s+\d{1,2}\s*(?:giờ|h)\b.{0,20}?\b(?:đến|tới)\s+\d{1,2}\s*(?:giờ|h)\b"
                          r"|^(?:Theo|Sau|Tại|Trong|Với|Để|Từ|Khi|Ngoài|Bên\s+cạnh|Hiện|Năm|Đến|Cùng)\b[^,]{0,40},"
                          r"|\b(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng|năm)\b"
                          r"|\bkéo\s+dài\s+(?:trong\s+)?(?:\d+|[^\W\d_]+)\s+(?:giờ|ngày|tuần|tháng|năm)\b"
                          r"|\btrước\s+(?:ngày|tháng|năm)\s+\d"
                          r"|\b(?:có|hết)\s+hiệu\s+lực\b|\bkể\s+từ\b"
                          r"|\b\d{1,2}\s*giờ\b|\b\d{1,2}h\d{0,2}\b|\btiếp\s+tục\b|\bkết\s+thúc\b")


# The note of where the article was first printed, last or first in the text
# ("Bài đăng trên Tạp chí X số 12 (tháng 3-2025)"): the text's, not a photo's.
_PUBLICATION_NOTE = re.compile(r"Bài(?:\s+viết)?(?:\s+(?:được|đã))?\s+đăng\s+(?:trên|tại|ở)\b")


def _caption_where_no_head_stands(raw: list[RawBlock], i: int, title: str, numbered_heads: set[int]) -> bool:
    """Block ``i`` is shaped like a heading but stands where none can, last in
    the text or right over another section's head: the caption of a photo
    whose credit the page left out ("Đội múa … biểu diễn tại đêm khai mạc").
    A caption says who does what where, in more words than the page's labels
    and buttons left there ("Quét mã QR để ủng hộ") or a signature has; a line
    in capitals is a head."""
    text = raw[i].text
    if (not _heading_shaped(text) or text.isupper() or len(text.split()) < MIN_BARE_CAPTION_WORDS
            or _looks_like_byline(text) or _in_a_schedule(raw, i) or _PUBLICATION_NOTE.match(text)):
        return False
    return i + 1 == len(raw) or _heads_a_section(raw, i + 1, title, numbered_heads)


def _is_alt(raw: list[RawBlock], i: int, title: str) -> bool:
    """Block ``i`` is a photo's alt text: numbered ("… - Ảnh 1."), the title
    repeated, the form's placeholder ("Chú thích ảnh"), a line describing the
    photo before its caption, or a line numbered "… - 1" before a caption (or
    the title so numbered)."""
    text = raw[i].text
    following = _text_at(raw, i + 1)
    if "\n" in text or _is_credited_caption(text):
        return False  # a line with its own credit is a photo's caption (no alt of the golds has one)
    if _ALT_NUMBERED.search(text) or _same_text(text, title) or _numbered_title(text, title) \
            or _UNACCENTED_ALT.fullmatch(text):
        return True
    if _ALT_PLACEHOLDER.fullmatch(text) and following is not None and _is_caption(following, after_alt=True):
        return True
    if _alt_before_a_caption(raw, i, following) or _alt_over_each_photo(raw, i) or _twin_of(text, following):
        return True
    counted = _ALT_COUNTED.search(text)
    return bool(counted) and (_same_text(text[:counted.start()], title) or (
        following is not None and _is_caption(following, after_alt=False)))


def _twin_of(text: str, following: str | None) -> bool:
    """``following`` says ``text`` again, up to the sentence's full stop and
    without a credit ("Nông dân gặt lúa trên cánh đồng." over "Nông dân gặt lúa
    trên cánh đồng"): the photo's alt text over its bare caption, not a caption
    over a section's head."""
    return (following is not None and "\n" not in following and len(following) <= MAX_CAPTION
            and not _CREDIT.search(following) and _same_text(text.rstrip("."), following.rstrip(".")))


def _alt_over_each_photo(raw: list[RawBlock], i: int) -> bool:
    """Block ``i`` is a short line the page sets again, word for word, over
    another photo, each time over a caption ("Lễ hội X" over "Các nghệ nhân
    biểu diễn …", and again over "Du khách …"): the site gave all its photos
    one alt text.  A section's head names one section and stands once: of the
    short lines the golds' articles set twice, none is a section's head, and
    those over captions are alt text, in 43 articles."""
    text = raw[i].text
    return (_heading_shaped(text) and _is_caption_of_a_photo(_text_at(raw, i + 1))
            and any(k != i and raw[k].text == text and _is_caption_of_a_photo(_text_at(raw, k + 1))
                    for k in range(1, len(raw))))


def _is_caption_of_a_photo(text: str | None) -> bool:
    """A caption, credited or bare: one short sentence showing a scene."""
    return text is not None and (_is_caption(text, after_alt=False) or _describes_a_scene(text))


def _numbered_title(text: str, title: str) -> bool:
    """The title repeated with the photo's number after it ("<title> ảnh 1")."""
    number = _PHOTO_NUMBER.search(text)
    return number is not None and _same_text(text[:number.start()], title)


def _alt_line_over_caption(text: str, title: str) -> str | None:
    """The first of a block's two lines when it is the photo's alt text and the
    second its caption, with no blank line between ("Phối cảnh cầu X" over
    "Phối cảnh cầu X sau khi hoàn thành. Ảnh: …"): the alt is numbered ("… - Ảnh
    1.", the title and "ảnh 1") or the title again, when the caption may lack a credit;
    over a bare caption it says what the caption says; over a credited caption
    any short line in mixed case is."""
    lines = text.split("\n")
    if len(lines) != 2:
        return None
    alt, caption = lines
    if _CREDIT_LINE.fullmatch(caption):
        return None  # a caption over its credit (see _caption_over_its_credit)
    if _ALT_NUMBERED.search(alt) or _numbered_title(alt, title) or _same_text(alt, title) \
            or _ALT_PLACEHOLDER.fullmatch(alt):
        return alt if _is_caption(caption, after_alt=True) else None
    if len(alt) > MAX_HEADING:
        return None
    if not _is_credited_caption(caption):
        # A bare caption the alt line says again, the caption perhaps one short
        # sentence showing a scene ("Ghe đua neo tại bến sông X" over "Các đội
        # tập dượt tại bến sông X."): one photo.
        return alt if _is_caption_of_a_photo(caption) and _echoes_caption(alt, caption) else None
    # Over a credited caption, with no blank line between, a short line is the
    # alt text, a sentence or not (so all 84 such lines of the golds; none heads
    # a section).  Sites write alt text in mixed case: a line in capitals is a head.
    return None if alt.isupper() else alt


def _text_at(raw: list[RawBlock], k: int) -> str | None:
    return raw[k].text if k < len(raw) else None


def _alt_before_a_caption(raw: list[RawBlock], i: int, following: str | None) -> bool:
    """Block ``i`` is the photo's alt text: a short line before a caption with a
    credit, or a long one before any caption.  Without a sentence's end a short
    line may also be the head of a section the photo opens; a sentence there is
    the alt text when the caption starts it over or says it all again (sites fill
    the alt text with the caption, cut or reworded)."""
    text = raw[i].text
    if len(text) > MAX_HEADING:
        # Longer than a head: alt text that lists everyone the photo shows, with
        # their titles, says again what the caption says, credited or not; a
        # paragraph does not.  Nor does a paragraph come back word for word as
        # the caption after it, its credit added: that sentence is the alt text.
        return (len(text) <= MAX_CAPTION and text[-1] not in _TERMINAL and following is not None
                and _is_caption(following, after_alt=False) and _echoes_caption(text, following)) \
            or _caption_is_it_credited(text, following)
    if not _is_credited_caption(following):
        if _names_the_scene_under_it(text, following):
            return True
        # A bare caption over another that says it all again, or starts it over
        # ("Đồng chí A chủ trì hội nghị" over "Đồng chí A - Chủ tịch UBND tỉnh
        # phát biểu …"): one photo, not two (pages set text between two photos);
        # so too a short line the bare caption after it says again ("Bấm nút khởi
        # công dự án" over "Các đại biểu bấm nút khởi công dự án …").
        if following is None or not _is_caption(following, after_alt=False):
            return _cut_from_its_caption(text, following)
        if _is_caption(text, after_alt=False):
            return _words_recur(text, following, ALT_SENTENCE_ECHO) or _starts_over(text, following)
        return _heading_shaped(text) and _echoes_caption(text, following)
    if text[-1] not in _TERMINAL:
        return _describes_the_photo(text, following)
    if text[-1] == "." and _WHOLE_SCENE.match(following) and not _echoes_caption(text, following):
        # A sentence over a photo of the whole hall ("Quang cảnh hội nghị. Ảnh: …")
        # that does not say it again shows something else, most often the speaker:
        # a photo of its own (so 5 of the golds' 6 such sentences; the sixth echoes).
        return False
    # A bare caption right before the credited one is its alt text: one photo, not two.
    return text[-1] == "." and (_starts_over(text, following) or _words_recur(text, following, ALT_SENTENCE_ECHO)
                                or _is_caption(text, after_alt=False) or _takes_up_the_paragraph_over_it(raw, i)
                                or _names_the_scene_as_it_opens(text, following))


MIN_TAKEN_UP_WORDS = 4
TAKEN_UP_SHARE = 1 / 2  # share of a sentence's words that run on, in one piece, in the paragraph over it


def _takes_up_the_paragraph_over_it(raw: list[RawBlock], i: int) -> bool:
    """Block ``i``, one sentence before a credited caption, says again in one
    run of words what the paragraph over it reports ("… tổ chức lễ khánh thành
    cầu Tân An năm 2026 …" over "Lễ khánh thành cầu Tân An năm 2026 của tỉnh
    X."): the photo's alt text naming the event, set under the paragraph it
    shows.  A paragraph goes on to something new: of the golds' short lines
    repeating such a run of the paragraph over them, 65 are captions or alt
    text and 3 text, none before a credited caption."""
    text = raw[i].text
    if i == 0 or ". " in text:
        return False
    words = _WORD.findall(text.casefold())
    over = _WORD.findall(raw[i - 1].text.casefold())
    run = SequenceMatcher(None, words, over, autojunk=False).find_longest_match(0, len(words), 0, len(over)).size
    return run >= MIN_TAKEN_UP_WORDS and run >= TAKEN_UP_SHARE * len(words)


def _names_the_scene_under_it(text: str, following: str | None) -> bool:
    """A short line, no sentence and no caption itself, over one short sentence
    that reads as a caption ("Hội nghị sơ kết công tác dân vận năm 2026" over
    "Quang cảnh hội nghị."): the photo's alt text naming the event, its bare
    caption under it (so all 5 such lines of the held-out golds' texts, none a
    section's head).  A sentence showing a scene in other words ("Người dân
    chọn mua rau tại gian hàng.") may open a section: its head stays.  A line
    in capitals stays a head."""
    return (following is not None and _heading_shaped(text) and not text.isupper()
            and not _is_caption(text, after_alt=False) and _is_caption(following, after_alt=False)
            and _describes_a_scene(following))


MIN_CUT_ALT_WORDS = 4  # fewer: a section's label ("Kinh tế" over "Kinh tế cửa khẩu")


def _cut_from_its_caption(text: str, following: str | None) -> bool:
    """A short line over a longer one that says its words again and goes on,
    neither a sentence ("Nhà văn hóa thôn X" over "Nhà văn hóa thôn X được xây
    dựng từ nguồn vốn …"); or the short one reads as a caption itself and the
    longer one is a sentence opening as it does ("Cán bộ … giúp dân di dời"
    over "Cán bộ … tỉnh X giúp dân di dời, chiều 19/11."): a photo's alt text
    over its bare caption (so all 3 such pairs in the golds' texts).  A
    section's head is not followed by a line saying it again, and two heads
    never stand in a row; a paragraph under a head may take up its words, but a
    caption's length of it does not open with them (of the golds' 76 lines
    under a line opening alike, 74 are captions under their alt, and the 2
    under a head are long paragraphs)."""
    return (following is not None and _heading_shaped(text)
            and (_heading_shaped(following) or (_one_caption_sentence(following) and _opens_alike(text, following)
                                                 and _is_caption(text, after_alt=False)))
            and MIN_CUT_ALT_WORDS <= len(text.split()) < len(following.split())
            and _words_recur(text, following, ALT_SENTENCE_ECHO))


SAME_OPENING_WORDS = 2


def _opens_alike(text: str, following: str) -> bool:
    """``following`` opens with ``text``'s first ``SAME_OPENING_WORDS`` words."""
    def opening(line: str) -> list[str]:
        return [word.strip(_TERMINAL + "\"“”'‘’").casefold() for word in line.split()[:SAME_OPENING_WORDS]]
    return opening(text) == opening(following)


def _one_caption_sentence(text: str) -> bool:
    """One sentence of a caption's length on one line, opening like a title."""
    return ("\n" not in text and len(text) <= MAX_CAPTION and text.endswith(".")
            and _opens_like_a_title(text) and not _SENTENCE_INSIDE.search(text))


def _caption_is_it_credited(text: str, following: str | None) -> bool:
    """``following`` is ``text`` itself with a credit after it ("<sentence>" over
    "<sentence> Ảnh: Lê Vy", or "<sentence> (Ảnh: Lê Vy)")."""
    if following is None or not following.startswith(text) or len(following) > MAX_CAPTION:
        return False
    credit = following[len(text):].strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1]
    return _CREDIT_LINE.fullmatch(credit) is not None


def _is_credited_caption(line: str | None) -> bool:
    """One line of a caption's length with a credit, or with its credit on the
    line under it: _is_caption's test after an alt line, without searching twice."""
    if line is None or "\n" in line:
        return line is not None and _caption_over_its_credit(line)
    return len(line) <= MAX_CAPTION and bool(_CREDIT.search(line))


def _caption_over_its_credit(text: str) -> bool:
    """A line of a caption's length with a credit alone on the line under it
    ("Các đại biểu dâng hoa tại tượng đài." / "Ảnh: Lê Vy"): the credit says
    the line over it is a photo's caption, whatever the line says."""
    lines = text.split("\n")
    return (len(lines) == 2 and 0 < len(lines[0]) <= MAX_CAPTION and _opens_like_a_title(lines[0])
            and lines[0][-1] not in ":;," and _CREDIT_LINE.fullmatch(lines[1]) is not None)


def _credits_joined(raw: list[RawBlock]) -> list[RawBlock]:
    """A credit alone in the block after a one-line caption joins it, as when
    no blank line parts them: one photo, the line break kept."""
    joined: list[RawBlock] = []
    for block in raw:
        last = joined[-1] if joined else None
        if (last is not None and _CREDIT_LINE.fullmatch(block.text)
                and _caption_over_its_credit(f"{last.text}\n{block.text}")):
            joined[-1] = RawBlock(f"{last.text}\n{block.text}", last.line, last.indented)
        else:
            joined.append(block)
    return joined


def _starts_over(text: str, caption: str) -> bool:
    """``caption`` opens with at least half of ``text``'s words, in their order."""
    words = _WORD.findall(text.casefold())
    return bool(words) and _words_opening_both(text, caption) >= ALT_OPENING * len(words)


MIN_SHARED_OPENING = 3


def _names_the_scene_as_it_opens(text: str, caption: str) -> bool:
    """One sentence with no comma, opening with the caption's first three words
    or more, then naming the event in its own ("Màn múa lân tại Lễ hội Đèn
    lồng phố cổ." over "Màn múa lân mở đầu đêm hội. Ảnh: …"): the photo's alt
    text.  A paragraph's sentence so opening goes on past a comma ("Các em …
    được tặng sách vở, đồng phục …")."""
    return "," not in text and _words_opening_both(text, caption) >= MIN_SHARED_OPENING


def _words_opening_both(text: str, caption: str) -> int:
    """How many words ``text`` and ``caption`` both open with, in their order."""
    return sum(1 for _ in itertools.takewhile(lambda pair: pair[0] == pair[1], zip(
        _WORD.findall(text.casefold()), _WORD.findall(caption.casefold()))))


def _describes_the_photo(text: str, caption: str) -> bool:
    """``text``, a short line before the credited ``caption``, is the photo's
    alt text rather than the head of a section the photo opens.  So are all 158
    such lines in the held-out and dev golds, whatever they say ("Thi công dự án
    …", "Công bố nghị quyết …"); not one is a section's head.  Only a line in
    capitals stays a head: sites write alt text in mixed case."""
    if _echoes_caption(text, caption) or _is_caption(text, after_alt=False):
        return True  # a bare caption right before the credited one: one photo, not two
    return _heading_shaped(text) and not text.isupper()


def _echoes_caption(text: str, following: str) -> bool:
    """A short line saying again what the credited caption after it says
    ("Bộ trưởng … thăm công trình" before "Bộ trưởng … thăm công trình cầu X.
    Ảnh: …"): the photo's alt text, not a heading.  A heading before a photo
    names its section in other words, so most of the line's words must recur,
    or a good part of them with a name the caption names too ("Lễ đón Thủ tướng
    Lào tại Hà Nội" before "Chủ tịch nước đón Thủ tướng … . Ảnh: …")."""
    words, shared = _shared_words(text, following)
    if len(shared) >= ALT_ECHO * len(words):
        return True
    names_shared = any(k > 0 and words[k][:1].isupper() for k in shared)
    return names_shared and len(shared) >= ALT_MENTION * len(words)


def _words_recur(text: str, following: str, share: float) -> bool:
    """At least ``share`` of ``text``'s words recur in ``following``."""
    words, shared = _shared_words(text, following)
    return len(shared) >= share * len(words)


def _shared_words(text: str, following: str) -> tuple[list[str], list[int]]:
    """``text``'s words and the positions of those that recur in ``following``."""
    words = [word.strip("\"“”'‘’.,") for word in text.split()]
    caption_words = set(re.findall(r"\w+", following.casefold()))
    return words, [k for k, word in enumerate(words) if word.casefold() in caption_words]


def _is_caption(text: str, after_alt: bool) -> bool:
    if "\n" in text:
        return _caption_over_its_credit(text)
    if len(text) > MAX_CAPTION:
        return False
    if _CREDIT.search(text) or _ILLUSTRATION.search(text) or _is_chart_caption(text) or _PROVIDED_PHOTO.search(text):
        return True
    if after_alt:
        return text.count(". ") == 0
    # Two clauses parted by a semicolon ("A mời B thăm X; B nhận lời.") are the
    # text's: a caption tells one scene.
    one_sentence = text.count(". ") == 0 and text[-1] not in ":;,!?" and ";" not in text
    if not one_sentence:
        return False
    if "(" in text and _PHOTO_POSITION.search(text):
        return True  # says where someone stands in the photo
    if _presides_after_titles(text):
        return False
    if len(text) <= MAX_HEADING:
        return bool(_opens_as_a_caption(text) or _CAPTION_VERB.search(text) or _WHEN_TAKEN.search(text)
                    or _shows_someone_doing(text))
    # Longer: a speaker with all the titles the caption spells out, or a person
    # and titles, then what the photo shows them doing.
    return bool(_opens_with_a_person(text) and (_CAPTION_ENDING.search(text) or _ACT_AFTER_TITLES.search(text)
                                                or _RITE_WITH_GUESTS.search(text))
                and not _SAYING.search(text))


def _opens_as_a_caption(text: str) -> bool:
    """A caption's opening ("Lãnh đạo", "Các đại biểu"), but not on a line
    shaped as a headline, acts parted by a comma and no full stop ("Lãnh đạo
    thành phố thăm, tặng quà …"): of the golds' 14 lines opening so none is a
    caption (titles, related headlines, a section's head)."""
    return (bool(_CAPTION_OPENERS.match(text)) and (text.endswith(".") or "," not in text)
            and not _names_a_group_s_topic(text))


def _names_a_group_s_topic(text: str) -> bool:
    """Fewer words than a bare caption has on a body's members or heads, and no
    full stop ("Đại biểu lo nợ đọng thuế", "Lãnh đạo huyện về tận thôn"): a
    section's head naming its topic, as in ``_shows_someone_doing``.  Of the
    golds' 4 such lines, 3 head a section and 1 is alt text over a caption; the
    captions and alt lines so opening have more words (10 of 12 such lines of 8
    words or more), or show "Các đại biểu", the people in the photo."""
    return (_GROUP_OPENING.match(text) is not None and not text.endswith(".")
            and len(text.split()) < MIN_BARE_CAPTION_WORDS)


def _shows_someone_doing(text: str) -> bool:
    """A person or people, then what the photo shows them doing, in a caption's
    words: who does what to whom or where.  A line of fewer words that ends on
    no sentence is a section's head naming its topic ("Thứ trưởng trả lời, tiếp
    thu"): of the golds' 84 bare lines opening so without a full stop, captions
    or alt text, every one has more words, and none is a head."""
    if not ((_opens_with_a_person(text) or _PEOPLE_OPENING.match(text)) and _SCENE_VERB.search(text)):
        return False
    return text.endswith(".") or len(text.split()) >= MIN_BARE_CAPTION_WORDS


def _is_chart_caption(text: str) -> bool:
    """What a chart shows, in one sentence, and its data's source after it."""
    source = _DATA_SOURCE.search(text)
    if source is None:
        return False
    shown = text[:source.start()]
    return (shown[:1].isupper() and len(shown.split()) >= MIN_CHART_CAPTION_WORDS
            and ". " not in shown and not any(mark in shown for mark in '"“”:;'))


def _presides_after_titles(text: str) -> bool:
    """Names who presided or attended, with titles (see ``_PRESIDES_AFTER_TITLES``)."""
    return _opens_with_a_person(text) and _PRESIDES_AFTER_TITLES.search(text) is not None


def _opens_with_a_person(text: str) -> bool:
    """Opens with a word of address or a title ("Đồng chí …", "Phó Bí thư …")."""
    return bool(_person_opening().match(text))


@lru_cache(maxsize=1)
def _person_opening() -> re.Pattern[str]:
    # A rank before a degree: "Đại tá, ThS Lê An, Hiệu trưởng …"
    return _opening({*lexicon.honorifics(), *lexicon.title_heads()}, "?", r"(?:\s|,\s(?=\w))")


def _opening(heads: Iterable[str], prefixes: str, after: str) -> re.Pattern[str]:
    """A line opening with one of ``heads`` (in any case), "Phó" or "Nguyên"
    before it as often as the quantifier ``prefixes`` allows, ``after`` it."""
    alternation = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))  # the longest head first
    return re.compile(rf"(?:(?:Phó|Nguyên)\s+){prefixes}(?:{alternation}){after}", re.I)


def _heads_a_section(raw: list[RawBlock], j: int, title: str, numbered_heads: set[int]) -> bool:
    """Block ``j`` would itself be a heading: a section may not hold only its head,
    so of two heading-like lines in a row only the second is taken as one."""
    if j >= len(raw):
        return False
    text = raw[j].text
    if _is_alt(raw, j, title) or _is_caption(text, False):
        return False  # a figure may follow a section's head
    return _is_heading_at(raw, j, numbered_heads)


def _is_heading_at(raw: list[RawBlock], i: int, numbered_heads: set[int]) -> bool:
    return i in numbered_heads or (_is_heading(raw[i].text, _text_at(raw, i + 1)) and not _in_a_schedule(raw, i))


# A schedule's row: a day or an hour, a colon, what happens then ("Ngày 5/3: Khai mạc",
# "Sáng 6/3/2026: Tham quan làng nghề", "14h30: Bế mạc").
_DATED_ROW = re.compile(r"(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Từ)\s+)?\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                        r"|\s*(?:h|giờ)(?:\s*\d{2})?)[^:\n]{0,20}:\s+\S")


def _in_a_schedule(raw: list[RawBlock], i: int) -> bool:
    """Block ``i`` is one of ``MIN_LISTED_LINES`` or more dated rows in a row, a
    schedule's items: text, neither heads nor captions, and the line over them
    heads them.  A dated line standing alone may head a section: a live
    report's "8 giờ 05 phút: Khai mạc phiên họp"."""
    def dated(k: int) -> bool:
        return "\n" not in raw[k].text and bool(_DATED_ROW.match(raw[k].text))

    if not dated(i):
        return False
    first, last = i, i
    while first > 0 and dated(first - 1):
        first -= 1
    while last + 1 < len(raw) and dated(last + 1):
        last += 1
    return last - first + 1 >= MIN_LISTED_LINES


def _numbered_heads(raw: list[RawBlock]) -> set[int]:
    """Where numbered section heads stand ("1. Lan tỏa cách làm hay", its
    paragraphs, "2. Nâng cao chất lượng đào tạo", …): short lines without a
    sentence's end, none next to another numbered line, numbered in a series
    of at least two.  Numbered points come in a run or end as sentences do, and
    a lone numbered line may be a single point.  The series counts on in the
    text's order: "2. …" and a later "1. …" are two single points."""
    lone = [(i, number) for i in range(1, len(raw)) if (number := _lone_numbered_head(raw, i))]
    heads: set[int] = set()
    for (i, number), (j, following) in zip(lone, lone[1:]):
        if following == number + 1:
            heads.update((i, j))
    return heads


def _lone_numbered_head(raw: list[RawBlock], i: int) -> int | None:
    text, following = raw[i].text, _text_at(raw, i + 1)
    number = _NUMBERED_POINT.match(text)
    if (number is None or following is None or _NUMBERED_POINT.match(following)
            or _NUMBERED_POINT.match(raw[i - 1].text)
            or not _heading_shaped(text[number.end():], MAX_NUMBERED_HEADING)):
        return None
    return int(number.group(1))


def _is_heading(text: str, following: str | None) -> bool:
    return following is not None and (_heading_shaped(text) or _is_question_head(text))


_SENTENCE_INSIDE = re.compile(r"[.!?…]\s")


# A reader's or the reporter's question labelled so: "Hỏi: …?", "PV: …?".
_QUESTION_LABEL = re.compile(r"(?:Hỏi|Câu\s+hỏi|PV|Phóng\s+viên)\s*:")
# ... or any label before a colon: "Đại biểu Lê Vy: …?", "Thi lớp 10: …?".
_LABEL_BEFORE = re.compile(r"[^:]+:\s")

# ... or an interviewer's question addressing the one who answers: "Thưa Bộ
# trưởng, …?", "…, thưa bà?", "Theo ông, …?", "Bà có kỳ vọng gì …?" (a
# pronoun with its verb; "Bà con cần làm gì?" asks no one).
_ADDRESSES_WHOM_IT_ASKS = re.compile(
    r"(?:^|,\s*)thưa\s(?!thớt)|^theo\s+(?:ông|bà|anh|chị|đồng\s+chí|ngài)\s*,"
    r"|^(?:ông|bà|anh|chị|đồng\s+chí|ngài)\s+(?:có|đã|sẽ|đánh\s+giá|nghĩ|thấy|cho\s+biết|nhìn\s+nhận|kỳ\s+vọng|mong|muốn)\s",
    re.I)


def _is_question_head(text: str) -> bool:
    """A short question heading its section ("Mức án nào cho tội này?"): shaped
    like a heading but for its question mark, one sentence; not a question
    under a label.  On a questions-and-answers page the label says who asks
    ("Hỏi:", "Đại biểu Lê Vy:"; the answer under it is its text, no section),
    and a headline so labelled ("Thi lớp 10: Thí sinh thi mấy môn?") is another
    article's: of the golds' 16 questions after a label, none heads a section
    (their sections after a speaker's label, "Thứ trưởng X: …", state).  Nor
    does a question put to the one who answers, unlabelled among the answers:
    of the golds' 3 such, none heads a section."""
    return (len(text) > 1 and text[-1] == "?" and _heading_shaped(text[:-1].rstrip())
            and not _SENTENCE_INSIDE.search(text)
            and not (_QUESTION_LABEL.match(text) or _LABEL_BEFORE.match(text) or _ADDRESSES_WHOM_IT_ASKS.search(text)))


def _heading_shaped(text: str, longest: int = MAX_HEADING) -> bool:
    """One short line, no sentence's end, no point's number, no table's row,
    opening like a title."""
    return ("\n" not in text and len(text) <= longest and text[-1] not in _TERMINAL and not text.startswith("*")
            and not _NUMBERED_POINT.match(text) and not _ORDINAL_POINT.match(text)
            and not _TABLE_ROW.search(text) and _opens_like_a_title(text))


def _opens_like_a_title(text: str) -> bool:
    return text[0].isupper() or text[0] in "\"“'‘«" or bool(_COUNT_OPENING.match(text))


def _figure(n: int, alt: Inline | None, caption_line: str) -> Figure:
    if _caption_over_its_credit(caption_line):  # the caption's line stays whole, its full stop too
        caption, credit = caption_line.split("\n")
        return Figure(n=n, alt=alt, caption=Inline(caption), credit=Inline(credit), separator="\n")
    if _CREDIT_LINE.fullmatch(caption_line):  # "Ảnh minh họa: Lê An" alone under a photo says only whose it is
        return Figure(n=n, alt=alt, caption=None, credit=Inline(caption_line))
    match = _CREDIT.search(caption_line)
    if not match or match.start() == 0:
        return Figure(n=n, alt=alt, caption=Inline(caption_line))
    return Figure(n=n, alt=alt, caption=Inline(caption_line[:match.start()]),
                  credit=Inline(match.group("credit")), separator=match.group("sep"),
                  closer=match.group("close") or "")


def _paragraph(text: str, lead: bool) -> Paragraph:
    if lead:
        return Paragraph(Inline(text), rend="lead")
    if text.startswith("*"):
        return Paragraph(Inline(text), rend="addendum")
    if match := _ORDINAL_POINT.match(text):
        return Paragraph(Inline(text), n=_ORDINALS[match.group(1).lower()])
    if match := _NUMBERED_POINT.match(text):
        return Paragraph(Inline(text), n=int(match.group(1)))
    if match := _LETTERED_POINT.match(text):
        return Paragraph(Inline(text), n=_POINT_LETTERS.index(match.group(1)) + 1)
    return Paragraph(Inline(text))
