"""Directives: mentions of party and state documents, as ``rs type="directive"``.

What is marked (the shortest identifying span):

* numbered documents: a document word (Nghị quyết, Chỉ thị, Kết luận, Quyết
  định, Nghị định, Thông tư, Công điện, Công văn, Quy định, Chương trình hành
  động, văn bản, a court's bản án, ...) with an optional "số" and a number (``05-CT/TW``,
  ``149/CĐ-TTg``, ``60/2018/QH14``, ``35- NQ/TW``, ``57/NQ-TW``, ``02/2021``), and
  a year qualifier when one follows ("Nghị quyết 02/NQ-CP năm 2020": the
  government's resolution numbers restart every year); a short form "Chỉ thị
  45" points to the "45-CT/TW" the article names (before or after it); numbers
  listed after one document word ("Nghị quyết số 57-NQ/TW, 59-NQ/TW và
  68-NQ/TW") are documents of their own, with the "số" written before one
  ("..., số 59-NQ/TW"); a convention is numbered by a bare number ("Công ước số 98"),
  a certificate by its registration code ("Giấy chứng nhận đăng ký đầu tư số 6543217890");
* plenum resolutions: "Nghị quyết (Hội nghị) Trung ương 4 khóa XIII", "Nghị
  quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII", and
  "Nghị quyết Trung ương 4, 5, 6, 7 Khóa XII" (one mention, several entries),
  and their conclusions ("Kết luận Hội nghị Trung ương 14");
* session resolutions: "Nghị quyết kỳ họp thứ 10, Quốc hội khóa IX";
* congress resolutions: "Nghị quyết Đại hội XIII (của Đảng)", "Nghị quyết Đại
  hội toàn quốc lần thứ XIII của Đảng", a party committee's congress with its
  owner ("... lần thứ XI nhiệm kỳ 2020-2025 của Đảng bộ cơ quan Tổng cục Hải quan"),
  and an organisation's latest congress named by it alone ("Nghị quyết Đại hội Đoàn");
* "Nghị quyết của Chính phủ về <subject>" titles;
* titled plans and schemes written with a capital mid-sentence: "Đề án sắp
  xếp ...", "Kế hoạch phát triển ...", "Chiến lược ...", "Quy chế làm việc";
  a title naming several places runs through their list ("Đề án hợp nhất
  tỉnh A, tỉnh B và tỉnh C");
* agreements ("Hiệp định", "Hiệp ước", "Thỏa thuận", "Biên bản", "Bản ghi
  nhớ", "Công ước", "Nghị định thư", "Bộ quy tắc") with a proper title or a period;
* vision statements with a proper title and the year they look to ("Tầm
  nhìn ASEAN 2020");
* resolutions cited by their subject, closed by a period or a scope ("Nghị
  quyết về ... năm 2025", "Nghị quyết quy định ... trên địa bàn tỉnh"), and
  so directives and conclusions ("Chỉ thị về ... trên địa bàn tỉnh");
* every name of an entry of the directives register ("Điều lệ Đảng", "Hiến pháp").

Generic mentions ("các nghị quyết của Đảng", "chỉ thị này", "Đề án này") have
no identifier and are not marked.  The issuer is the one the text names
("... của Bộ Chính trị"), else the register's, else the one the number's suffix
implies (:data:`ISSUER_BY_SUFFIX`); a trailing "ngày 18/01/2025" is the date of
issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Iterator

from .. import lexicon
from ..annotate import resolve_entity
from ..ids import slug, xml_id
from ..model import Entity, Inline, Span
from ..registers import Registers, normalize_number
from .document_heads import AGREEMENT_HEADS, DOCUMENT_HEADS, NUMBERED_HEADS, SHORT_FORM_HEADS, TITLE_HEADS
from .names import CYCLE_YEAR_NAME, UP
from .places import classifier_before, names_a_site
from .window import search_before, word_start

# Vietnamese writes "ủy"/"uỷ", "khóa"/"khoá", "hòa"/"hoà": both spellings occur.
_UY = "(?:ủy|uỷ)"
_KHOA = "[Kk]h(?:óa|oá)"

# An ordinance ("Pháp lệnh Ưu đãi người có công ...") is named as a law is.
_LAW_HEADS = {"Bộ luật", "Luật", "Pháp lệnh"}
# Heads whose title must start with a capital: "Luật Đất đai", not "Luật sư";
# a charter names its organisation ("Điều lệ Hội Nông dân Việt Nam"), and a
# service regulation its force or matter ("Điều lệnh Quản lý bộ đội").
_CAPITAL_TITLE_HEADS = _LAW_HEADS | {"Điều lệ", "Điều lệnh"}

_LETTERS = r"[A-ZĐ][A-Za-zĐđ]*\d*"
#: A document number: "05-CT/TW", "149/CĐ-TTg", "60/2018/QH14", "35- NQ/TW", "02/2021";
#: a province's official letters run past 9999 in a year ("10356/UBND-KT"); a
#: letter after the digits marks a document added between two numbers ("09c/NQ-BCH").
NUMBER = (r"\d{1,5}[a-zA-Z]?(?:(?:\s?-\s?|/)(?:" + _LETTERS + r"|\d{4}))*"
          r"(?:(?:\s?-\s?|/)" + _LETTERS + r"|/\d{4})(?:(?:-|/)" + _LETTERS + r")*")


def _any_of(heads: list[str]) -> str:
    """One of ``heads`` as written, after no letter (see ``word_start``)."""
    return word_start(map(re.escape, heads))


def _heads_pattern(heads: list[str]) -> str:
    """``heads`` capitalised or not, after no letter (see ``word_start``)."""
    return _any_of([*heads, *(head[0].lower() + head[1:] for head in heads)])


# A judgment names the instance of the court that gave it between its head
# and its number, in lower case as often as not ("bản án phúc thẩm số
# 08/2023/DS-PT", "bản án giám đốc thẩm số ..."): the instance is the judgment's.
_COURT_INSTANCE = r"(?:(?<=[Bb]ản án)\s+(?:sơ|phúc|giám\s+đốc|tái)\s+thẩm)?"
# A union's acts name their issuer in brackets between the head and the
# number, the year first ("Quy định (EU) 2019/1020", "Chỉ thị (EU) số 2018/851").
_BRACKETED_ISSUER = r"(?:\s+\((?:EU|EC|EEC)\))?"
# The United Nations number their resolutions by the organ's letter, the
# session and the draft or the act ("A/RES/77/12", "A/80/L.7", "S/RES/2231").
_UN_SYMBOL = r"[AES]/(?:RES/)?\d{1,4}(?:/(?:L\.)?\d{1,4})*"
_NUMBERED = re.compile(
    r"(?P<head>" + _heads_pattern(NUMBERED_HEADS) + r")" + _COURT_INSTANCE + _BRACKETED_ISSUER + r"(?:\s+số)?\s+(?P<num>" + NUMBER
    + "|" + _UN_SYMBOL + r")"
    r"(?![\w/-])(?P<year>\s+năm\s+\d{4}(?:\s+và\s+\d{4})?(?![\d/]))?")
# "Công ước số 98 của Tổ chức Lao động quốc tế": the conventions of an
# international body are numbered in one series, written as a bare number
# after "số"; the number is the document's identifier, as a code is.
_NUMBERED_AGREEMENT = re.compile(
    r"(?P<head>" + _any_of(AGREEMENT_HEADS) + r")\s+số\s+(?P<num>\d{1,4})(?![\w/-]|[.,]\d)")
# "QCVN 40:2011/BTNMT", "TCVN 5945:2005": a national technical regulation or
# standard is cited by its code, a number and the year after a colon, and for
# a regulation the ministry that issued it; the code is the document's number.
_STANDARD = re.compile(r"(?<!\w)(?P<head>QCVN|TCVN)\s+(?P<num>\d{1,5}(?:-\d{1,3})*:(?:19|20)\d\d"
                       r"(?:/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ]*)*)?)(?![\w/:-])")
# "Chương trình KC.01/21-25": a national programme of science is cited by its
# code, the field's letters, its order and the five years it runs; the code
# is the programme's number.
_PROGRAMME_CODE = re.compile(
    r"(?P<head>" + _any_of(["Chương trình"]) + r")\s+(?:mã\s+số\s+)?(?P<num>[A-ZĐ]{2,4}\.\d{1,2}/\d{2}\s?-\s?\d{2})(?![\w/.-])")
# "Giấy chứng nhận đăng ký đầu tư số 6543217890": a certificate or licence
# names what it certifies or allows in lower case, then its number, a registration code of
# digits or a document number ("Giấy phép hoạt động số 12/GP-BTTTT").
_CERTIFICATE_HEADS = ["Giấy chứng nhận", "Giấy phép"]
_CERTIFICATE_WHAT_MAX_WORDS = 6
_CERTIFICATE = re.compile(
    r"(?P<head>" + _heads_pattern(_CERTIFICATE_HEADS) + r")"
    r"(?:\s+(?!số\b|" + UP + r")[^\W\d]\w*){0," + str(_CERTIFICATE_WHAT_MAX_WORDS) + r"}"
    r"\s+số\s+(?P<num>" + NUMBER + r"|\d{4,13})(?![\w/-]|[.,]\d)")
# "Chỉ thị 45 của Bộ Chính trị": a bare number, only with a capitalised head;
# up to five digits, as a province's numbers run (see NUMBER). A closing quote
# ends it as a stop does ("... theo Đề án 06"."), and so does a clause of aim
# ("triển khai Đề án 06 để quản lý ...") or of whom it serves ("... theo Đề án 06
# cho người dân", "Nghị quyết 57 cho phép ..."), a link to what it is carried
# out with ("thực hiện Chỉ thị 15 gắn với ...") or a predicate going on with it
# ("Nghị quyết 36 tiếp tục được ...").  Before another word, or a
# dash and a word ("Nghị quyết 57 - bước phát triển mới ...", a heading's
# gloss), only for a document the article knows (see ``_short``).  Before a
# word of magnitude the number is a figure the title aims at ("Đề án 1 triệu
# ha", "Chương trình 5 nghìn ..."), no document's number: the title is the name.
_MAGNITUDE_AFTER = re.compile(r"\s+(?:triệu|nghìn|ngàn|vạn|tỷ|trăm)(?!\w)")
_SHORT = re.compile(
    r"(?P<head>" + _any_of(NUMBERED_HEADS) + r")(?:\s+số)?\s+(?P<num>\d{1,5})(?!" + _MAGNITUDE_AFTER.pattern + r")"
    r"(?=(?P<safe>\s+(?:của|ngày|về|năm|đã|được|và|trong|tại|theo|với|để|nhằm|cho|gắn|tiếp\s+tục)\b|\s*[,.;:)\"”]|\s*$)"
    r"|\s+(?:\w|[-–]\s+[^\W\d]))")
# "Chương trình 5 năm", "Đề án 100 ngày": a number of a project head that counts time.
_PROJECT_HEADS = {"Đề án", "Chương trình"}
# The words naming a unit of local government before its name.
_PLACE_WORDS = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)"
_DURATION = re.compile(r"\s+(?:năm|tháng|tuần|ngày|giờ|phút)\b")

_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
             "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13,
             "mười bốn": 14, "mười lăm": 15}
_ORDINAL = r"(?:\d{1,2}|mười\s+(?:một|hai|ba|bốn|lăm)|" + "|".join(
    k for k in _ORDINALS if " " not in k) + r")"
# A plenum issues resolutions and conclusions, both named after it ("Kết luận
# Hội nghị Trung ương 14", "Kết luận Hội nghị lần thứ 14 Ban Chấp hành Trung
# ương Đảng khóa XIII"); but "kết luận" is also the verb "conclude" ("Tổng Bí
# thư kết luận Hội nghị Trung ương 14", "Kết luận Hội nghị, ..."), so only a
# capital mid-sentence makes it the document (see ``_candidates``). "của" may
# link the document to its plenum ("Kết luận của Hội nghị Trung ương 10 ...").
_PLENUM_HEADS = ["Nghị quyết", "nghị quyết", "Kết luận"]
# The same plenum of several terms cited together ("Nghị quyết Trung ương 4
# khóa XI, XII": two resolutions on one subject); not an initial ("V.I. Lênin").
_TERM_SEP = r"\s*,\s*|\s+và\s+"
_TERMS = r"[IVXL]+\b(?:(?:" + _TERM_SEP + r")[IVXL]+\b(?!\.\w))*"
_TERM_SEPARATOR = re.compile(_TERM_SEP)
_PLENUM = re.compile(
    r"(?P<head>" + word_start(_PLENUM_HEADS) + r")\s+(?:(?:của\s+)?Hội nghị\s+)?"
    r"(?:(?:lần thứ\s+(?P<n1>" + _ORDINAL + r")\s*,?\s+)(?:[Bb]an\s+[Cc]hấp\s+hành\s+)?Trung\s+ương(?:\s+Đảng)?"
    r"|(?:[Bb]an\s+[Cc]hấp\s+hành\s+)?Trung\s+ương(?:\s+Đảng)?(?:\s+(?:lần thứ\s+)?(?P<n2>"
    + _ORDINAL + r"(?:\s*,\s*\d{1,2})*)(?!\w))?)"
    r"(?:\s*,?\s+" + _KHOA + r"\s+(?P<k>" + _TERMS + r"))?")
# A party committee's or an association's congress names its owner before the
# ordinal: "Đại hội (đại biểu) Đảng bộ tỉnh Hòa Bình lần thứ XVI", "Đại hội
# đại biểu Hội Cựu chiến binh tỉnh lần thứ VII"; the name opens with a capital
# and may hold lower-case words ("Đảng bộ thành phố", "Hội Nông dân huyện"):
# the ordinal after it bounds the name.  (One word per repetition: a pattern
# that can split the words in several ways backtracks exponentially.)
_OWNER_MAX_WORDS = 10
# A mass organisation's national congress may name its members in lower case
# ("Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII"): "toàn quốc" closes them.
_MEMBERS_MAX_WORDS = 3
_CONGRESS_OWNER = (r"(?:(?:đại biểu\s+)?" + UP + r"\w*(?:\s+\w+){0," + str(_OWNER_MAX_WORDS - 1) + r"}?\s+"
                   r"|đại biểu(?:\s+(?!" + UP + r")[^\W\d]+){1," + str(_MEMBERS_MAX_WORDS) + r"}?\s+toàn\s+quốc\s+)")
_DELEGATES = re.compile(r"^đại biểu\s+")
_TERM_PATTERN = r",?\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}"
_TERM = re.compile(_TERM_PATTERN)
# The party itself as a congress's owner, whole or after the scope "Đảng " took
# its first word ("Nghị quyết Đại hội Đảng Cộng sản Việt Nam lần thứ XIII").
_THE_PARTY = re.compile(r"(?:Đảng\s+)?Cộng\s+sản\s+Việt\s+Nam|Đảng")
_CONGRESS = re.compile(
    r"(?=[Nn])(?<!\w)[Nn]ghị quyết\s+(?:của\s+)?Đại hội\s+"
    r"(?P<scope>(?:đại biểu\s+)?toàn quốc\s+|Đảng\s+(?:toàn quốc\s+)?)?"
    r"(?:(?P<owner>" + _CONGRESS_OWNER + r")(?=lần thứ))?(?:lần thứ\s+)?(?P<x>[IVXL]+)\b"
    r"(?P<term>" + _TERM_PATTERN + r")?")
# "Văn kiện Đại hội XIII", "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII":
# the party congress's documents, published under that title ("của Đảng" after
# it is not the volume's); a draft ("dự thảo Văn kiện Đại hội XIV") is none yet,
# nor are "các văn kiện" in lower case.  A note citing the volume for a quote
# ("Văn kiện ..., Nxb. Chính trị quốc gia, 2021, tr. 175") names a book, not a
# document, unless the article's text cites that congress's documents too ("như
# Văn kiện Đại hội XIII đã nêu"): the note then spells out the one document it quotes.
_CONGRESS_VOLUME = re.compile(
    r"(?<!\w)Văn kiện\s+Đại hội\s+(?:(?:đại biểu\s+)?toàn quốc\s+)?(?:lần thứ\s+)?(?P<x>[IVXL]+)(?!\w)")
_PUBLISHER_AFTER = re.compile(r",\s*(?:Nxb|NXB|Nhà xuất bản)(?!\w)")
# "Nghị quyết của Chính phủ về ..." up to the end of the clause.  Not a
# decision: "Quyết định của Bộ trưởng ... về việc sáp nhập ..." without its
# number is one act of an office (a merger, an appointment, a promotion), told
# as news rather than cited as a document.  An official dispatch is cited so
# as a directive is ("Công điện của Thủ tướng Chính phủ về ứng phó với bão").
_OF_ABOUT = re.compile(
    r"(?P<head>" + _any_of(["Nghị quyết", "Chỉ thị", "Kết luận", "Nghị định", "Thông tư",
                             "Quy định", "Công điện"]) + ")"
    r"\s+của\s+(?P<org>[A-ZĐƯỦ]\w*(?:\s+\w+){0,5}?)\s+về\s+")
# A count before the head is as generic: "giao vốn 3 Chương trình mục tiêu
# quốc gia", "hai Nghị quyết"; a year's digits are no count ("năm 2024 Luật
# ..."), nor is the number of an article or a clause ("Điều 51 Bộ luật Hình sự").
_PART_OF_ACT = r"(?:điều|khoản|điểm|mục|chương|phần|tiết|số)"
_GENERIC_BEFORE = re.compile(r"(?:\b(?:các|những|mọi|nhiều|một số|hai|ba)\s+"
                             r"|(?<!\w)(?!" + _PART_OF_ACT + r"\s)[^\W\d]+\s+\d{1,2}\s+)$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})\b")
# A sentence opens a line (after a list item's mark: "d) ", "2. ") or
# follows its end; quote marks and brackets may open it ('... nói. "Chương
# trình hôm nay ...').
_ITEM_MARK = r"(?:(?:[a-zđ]|\d{1,2}|[IVXL]{1,4})[.)]\s+)?"
_OPENERS = r"[\"“‘'(\[\s]*"
_SENTENCE_START = re.compile(r"(?:(?:^|\n)\W*" + _ITEM_MARK + r"|[.!?:;…]\s+)" + _OPENERS + r"$")
# Where the first word takes a capital whatever it is: a semicolon goes on
# with a lower-case word, so a capital after it is the title's own.
_CAPITALISED_START = re.compile(r"(?:(?:^|\n)\W*" + _ITEM_MARK + r"|[.!?:…]\s+)" + _OPENERS + r"$")
# Words that end a title: prepositions and verbs that cannot be part of it,
# and adverbs of the sentence ("triển khai Luật X ngay trong năm").
_TITLE_STOP = {"tại", "theo", "gắn", "nhằm", "để", "đã", "đang", "sẽ", "được", "là", "cho",
               "trong", "đề", "do", "khi", "thì", "mà", "bao", "này", "đó", "trên", "nêu",
               "vừa", "cũng", "luôn", "ngay", "với", "sau", "trước", "ngày", "cùng",
               # "Luật X gồm 12 chương": what the document holds
               "gồm",
               # "đưa Luật X tới mọi người dân": whom the document is carried to
               "tới"}
# Conjunctions that open a clause ("... theo Luật X nhưng vẫn ..."): a title
# written in lower case has no capital to end it, and no title holds them.
_CLAUSE_WORDS = {"nhưng", "nên", "nếu", "tuy", "dù", "rồi"}
_TITLE_STOP |= _CLAUSE_WORDS
# "Quy chế ban hành kèm theo Quyết định ...": the document attached to another,
# no title; "theo" may be left out after "ban hành" ("... ban hành kèm Thông tư số ...").
_ATTACHED = re.compile(r"(?:ban\s+hành\s+kèm(?:\s+theo)?|kèm\s+theo)(?!\w)")
# Words that cannot open a title, a day deictic among them: "Chương trình hôm
# nay" is the event being held, as "Chương trình này" is.
_DEMONSTRATIVE = {"này", "đó", "trên", "kia", "ấy", "mới", "của", "về", "và", "đã", "được", "cũng", "hôm"}
# Nor can an adverb: "vốn Chương trình khá cao" speaks of the programme named before.
_DEMONSTRATIVE |= {"khá", "rất", "chưa", "không", "còn", "vẫn", "đều"}  # "đang", "sẽ": in _TITLE_STOP
# Nor a verb the document named before is the subject of: "Chương trình đạt
# trên 12.000 tỷ đồng", "Chương trình có thêm 20 sản phẩm" (no title opens so).
_DEMONSTRATIVE |= {"đạt", "có"}
# Nor an approximation of a figure the document named before costs or counts:
# "vốn thực hiện Đề án khoảng 215.000 tỷ đồng", "Kế hoạch hơn 300 tỷ đồng",
# or the particle of a verb raising that figure: "nâng diện tích tham gia Đề
# án lên gần 160.000 ha".
_DEMONSTRATIVE |= {"khoảng", "hơn", "gần", "lên"}
_TITLE_MAX_WORDS = 20
# A "và" the title's last word: the next word stopped the title, so "và" joins clauses.
_TRAILING_AND = re.compile(r"\s+và$")
# A period that runs on past its end: "đến năm 2020 và những năm tiếp theo",
# "giai đoạn 2023-2025 và các năm tiếp theo" ("những", "các" open no other item there).
_FOLLOWING_YEARS = re.compile(r"\s+(?:những|các)\s+năm\s+tiếp\s+theo(?!\w)")
_SHORT_CONJUNCT_WORDS = 3
# The second party of "giữa A và B" may be a group of states named by the
# body they belong to: "giữa Đông Lâm và các nước thành viên Liên minh Hòa
# Minh", "... và các nước ASEAN"; its "các" opens no other item there.
_PLURAL_PARTY = re.compile(r"\s*các\s+(?:nước|quốc\s+gia|nền\s+kinh\s+tế)(?:\s+(?!" + UP + r")[^\W\d]+){0,2}\s+" + UP)
# A place's abbreviation is one word with its dots: "TP.HCM", "Tp.Hà", "Q.1".
_ABBREVIATION = UP + r"\w*(?:\.(?:" + UP + r"|\d)\w*)+"
# "phòng, chống" (prevent and combat) is one phrase of official titles ("Kế
# hoạch quốc gia phòng, chống bệnh X giai đoạn ..."): its comma lists nothing;
# so too "phổ biến, giáo dục pháp luật" (legal education), "sửa đổi, bổ sung"
# and the management of an asset: "quản lý, sử dụng tài sản công", "quản lý,
# khai thác công trình", "quản lý, vận hành"; "phòng, tránh" (prevent and avoid)
# as "phòng, chống" is, where "tránh" alone opens a clause of aim (``_CLAUSE_LINK_WORDS``);
# and the care of a heritage: "bảo tồn, phát huy giá trị di sản văn hóa"; and the
# search for the war dead: "tìm kiếm, quy tập hài cốt liệt sĩ" (search and gather);
# and public order: "bảo vệ an ninh, trật tự ở cơ sở" (security and order);
# and the reorganisation of bodies: "sắp xếp, tổ chức lại", "sắp xếp, tinh gọn",
# "sắp xếp, sáp nhập"; and the housing of the poor: "xóa nhà tạm, nhà dột nát";
# and the training of staff: "đào tạo, bồi dưỡng cán bộ" (train and foster);
# and the two kinds of official passport: "hộ chiếu ngoại giao, công vụ";
# and the safety and security of a network or of information: "an toàn, an
# ninh mạng" (a strategy may capitalise both: "Chiến lược An toàn, An ninh mạng ...");
# and animals and plants, sharing "vật": "kiểm dịch động, thực vật" (quarantine of both);
# and the tissues and organs a donor gives: "hiến, ghép mô, bộ phận cơ thể người";
# and the state's policy and law, paired: "hoàn thiện chính sách, pháp luật về ...".
_COMMA_PHRASE = (r"(?:[Pp]hòng,\s*(?:chống|tránh)|[Pp]hổ\s+biến,\s*giáo\s+dục|[Ss]ửa\s+đổi,\s*bổ\s+sung"
                 r"|[Bb]ảo\s+tồn,\s*phát\s+huy|[Tt]ìm\s+kiếm,\s*quy\s+tập|[Aa]n\s+ninh,\s*trật\s+tự"
                 r"|[Ss]ắp\s+xếp,\s*(?:tổ\s+chức\s+lại|tinh\s+gọn|sáp\s+nhập)|[Nn]hà\s+tạm,\s*nhà\s+dột\s+nát"
                 r"|[Đđ]ào\s+tạo,\s*bồi\s+dưỡng|[Nn]goại\s+giao,\s*công\s+vụ|[Đđ]ộng,\s*thực\s+vật|(?<![Qq]uy\s)[Mm]ô,\s*bộ\s+phận|[Aa]n\s+toàn,\s*[Aa]n\s+ninh"
                 r"|[Cc]hính\s+sách,\s*pháp\s+luật"
                 r"|[Qq]uản\s+lý,\s*(?:sử\s+dụng|khai\s+thác|vận\s+hành|bảo\s+vệ|phát\s+triển))(?!\w)")
# A person's initials before the name they abbreviate: "Đại học mang tên L.N. Gumilyov".
_INITIALS = r"(?:[A-ZĐ]\.){2,3}(?=\s+" + UP + r")"
# A meeting's acronym in brackets before its ordinal is within the title that
# names the meeting: "Tuyên bố chung Hội nghị Bộ trưởng ASEAN (AMM) lần thứ 57".
_ACRONYM_BEFORE_ORDINAL = re.compile(r"\([A-ZĐ]{2,}\d*\)(?=\s+(?:lần|phiên|kỳ)\s+thứ\s)")
# So is a party's acronym or short name before the "và" (or "với") of "giữa A
# và B" (see ``_title_end``): "Thỏa thuận hợp tác giữa Tập đoàn Điện lực Đông
# Lâm (ĐLĐL) và Tập đoàn X về ...", "... giữa Tổng công ty Hàng hải (Marinex) với ...";
# and the second party's, before the "về" of the subject ("... và Đài Truyền hình Y (YTV) về ...").
_ACRONYM_BEFORE_AND = re.compile(r"\(" + UP + r"\w+\)(?=\s+(?:và|với|về)\s)")
# A ministry named by several fields lists them with commas ("giữa Bộ A và Bộ
# Kinh tế, Lao động và Xã hội B về ..."): within the parties, a comma before
# short capitalised fields that "và" and a capital close lists no other item.
_FIELD_COMMA = re.compile(r",\s*" + UP + r"\w*(?:\s+(?!và(?!\w))\w+){0,2}\s+và\s+" + UP)
_TOKEN = re.compile(_INITIALS + r"|" + _ABBREVIATION + r"|" + _COMMA_PHRASE + r"|" + _ACRONYM_BEFORE_ORDINAL.pattern
                    + r"|" + _ACRONYM_BEFORE_AND.pattern
                    + r"|[^\s,.;:!?…()\[\]\"“”'‘’]+|[,.;:!?…()\[\]\"“”'‘’]")
# Words of an organisation's name after "của Đảng bộ": capitalised or one of these.
_ORG_WORDS = {"cơ", "quan", "cục", "các", "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường",
              "khối", "ban", "bộ", "ngành"}


@dataclass(frozen=True)
class IssuerRule:
    suffix: re.Pattern[str]
    issuer: str


#: The issuer a document number's suffix implies, when neither the text nor
#: the register says it: "-TTg" is the Prime Minister, "-CP" the Government,
#: "QH" the National Assembly, "UBTVQH" its Standing Committee, "/TW" the
#: party's central level (the Central Committee, the Politburo or the
#: Secretariat: the number alone does not say which).
ISSUER_BY_SUFFIX = [
    IssuerRule(re.compile(r"UBTVQH\d*$"), "Ủy ban Thường vụ Quốc hội"),
    IssuerRule(re.compile(r"(?<![A-Za-z])QH\d*$"), "Quốc hội"),
    IssuerRule(re.compile(r"[-/]TTg$|/TTg-"), "Thủ tướng Chính phủ"),
    IssuerRule(re.compile(r"[-/]CP$"), "Chính phủ"),
    IssuerRule(re.compile(r"[-/]TW$"), "Trung ương Đảng"),
]
#: Issuers recognised after a mention ("... của Bộ Chính trị"), with the org
#: register's names added at run time; longest first.
KNOWN_ISSUERS = ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Bộ Chính trị",
                 "Ban Bí thư", "Thủ tướng Chính phủ", "Chính phủ", "Ủy ban Thường vụ Quốc hội",
                 "Quốc hội", "Thủ tướng"]


@dataclass
class Mention:
    start: int
    end: int
    ids: list[str]


@dataclass(frozen=True)
class Candidate:
    """A directive mention found by one of the forms, resolved when chosen."""

    start: int
    end: int
    form: str
    match: re.Match[str] | None = None
    entity: Entity | None = None  # register entries matched by name
    head: str | None = None  # the document word of a listed number
    issuer_end: int | None = None  # where "của <issuer>" follows a list of numbers


# --- finding candidates -------------------------------------------------------


def _register_candidates(text: str, ctx) -> list[Candidate]:
    found = []
    for name, entity, pattern in _register_patterns(ctx.registers):
        if name not in text:
            continue  # a plain substring test rules out most names cheaply
        for m in pattern.finditer(text):
            if not _names_a_site(text, m.start()):
                found.append(Candidate(m.start(), m.end(), "register", m, entity))
    return found


def _names_a_site(text: str, start: int) -> bool:
    """A document's name after the word of a square, a park or another site
    names the place ("Quảng trường Hiến pháp" in Santiago), not the document."""
    classifier = classifier_before(text, start)
    return classifier is not None and names_a_site(classifier)


def _register_patterns(registers: Registers) -> tuple[tuple[str, Entity, re.Pattern[str]], ...]:
    """(name, entry, pattern of the whole word(s)) of every directive name,
    compiled once per Registers instead of once per text run."""
    return registers.derived("directive-name-patterns", lambda: tuple(
        (name, entity, re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)"))
        for name, entity in registers.names("directive")))


_CAPITAL_NEXT = re.compile(r"\s+" + UP)


# "Chỉ thị yêu cầu các bộ ...": the document asks, a verb; no title opens with
# it ("Nghị định thư về yêu cầu kiểm dịch ...": a subject, a noun).
_ASKS_AFTER_HEAD = re.compile(r"(?<!về)\s+yêu\s+cầu(?!\w)")
# "theo Chương trình phát động của Thủ tướng", "Kế hoạch đề ra của tỉnh": a
# verb of launching with no object of its own, then its agent, says who
# launched the programme named before ("the programme the Prime Minister
# launched"); no title ("Chương trình hành động của Chính phủ" opens with a noun).
_LAUNCHED_BY_AFTER_HEAD = re.compile(r"\s+(?:phát\s+động|đề\s+ra|khởi\s+xướng|khởi\s+động)\s+(?:của|bởi)(?!\w)")


def _title_end(text: str, start: int, *, and_closes_list: bool = False, subject: bool = False) -> int | None:
    """End of a title that starts at ``start`` (after the head word), or None.

    A title that would run past the word limit is cut back to before its last
    " và " (the rest is a coordinate phrase, not the title); without one it
    is no title at all.  A title closed by its period ("... giai đoạn 2021 -
    2030") may be longer: the period shows where it ends, and so does a
    short conjunct that closes it ("... vùng đồng bào dân tộc thiểu số và
    miền núi"): a coordinate phrase of its own would be longer.  In the last
    item of a list (``and_closes_list``) " và " closes the list, within the
    title, and so does the " và " of "giữa A và B", between two parties.  In
    an agreement's subject (``subject``) a lower-case document word after
    " và " is a matter it rules on (see ``_starts_another_item``)."""
    end = start
    words = 0
    previous = ""  # the title's word before this one
    before_and = None  # the end of the title before the latest " và " within the limit
    words_to_and = 0  # the words up to and with the latest " và "
    between = False  # "giữa" opened a pair of parties that "và" has not closed yet
    and_joins_parties = False  # the latest " và " is the one of "giữa A và B"
    and_pairs_verbs = False  # the latest " và " is the one of "bảo tồn và phát huy"
    # The parties' words count toward no limit: a state's full name is long
    # ("giữa Chính phủ nước Cộng hòa A và Chính phủ Liên bang B về ..."), the
    # subject after them is as short as any title's.
    party_words = 0
    subject_opened = False  # a "về" after the parties opened the subject
    if _ASKS_AFTER_HEAD.match(text, start) or _LAUNCHED_BY_AFTER_HEAD.match(text, start):
        return None
    for m in _TOKEN.finditer(text, start):
        token = m.group(0)
        if (not token[0].isalnum() and token not in "-–" and not _ACRONYM_BEFORE_ORDINAL.match(text, m.start())
                and not (between and (_ACRONYM_BEFORE_AND.match(text, m.start()) or _FIELD_COMMA.match(text, m.start())))):
            break
        lower = token.lower()
        if words == 0 and (lower in _DEMONSTRATIVE or re.fullmatch(_ABBREVIATION, token)
                           or _ATTACHED.match(text, m.start())):
            return None  # "Luật TP.HCM": a title names a subject, not a place's abbreviation
        if words == 0 and _stops_title(lower, text, m.start()):
            return None  # "Chương trình do UBND huyện tổ chức", "... Chương trình từ năm 2026": the one named before
        if words == 0 and token in "-–":
            return None  # "Quy hoạch - Kiến trúc": a field of a body's name, joined to the next
        pairs_with = between and _pairs_parties_with(lower, text, m.end())
        if words > 0 and not pairs_with and (
                (_stops_title(lower, text, m.start(), subject=subject) and not _within_proper_name(token, previous))
                or _NOT_TITLE_AFTER_DASH.match(text, m.start()) or _ATTACHED.match(text, m.start())):
            break  # ("Quy chế X ban hành kèm theo Thông tư ...": the act that issued it follows)
        if lower == "và" or pairs_with:
            if lower == "và" and ((_starts_another_item(text, m.end(), subject=subject) or _repeats_the_word_before_head(text, start, m.end()))
                    and not _FOLLOWING_YEARS.match(text, m.end()) and not (between and _PLURAL_PARTY.match(text, m.end()))):
                break
            if (words_to_and and words - words_to_and <= _SHORT_CONJUNCT_WORDS and not between
                    and not _CAPITAL_NEXT.match(text, m.end())):
                # "... thiểu số và miền núi và ngân sách huyện": the short conjunct
                # closed the title (not a party's "và": "giữa A và Bộ X và Y")
                break
            # the "và" of two parties counts wherever it stands: a state's
            # full name is long ("giữa Chính phủ nước Cộng hòa A và ..."),
            # and the pair shows where the title ends
            if words <= _TITLE_MAX_WORDS or between:
                before_and = end
            words_to_and = words + 1
            # A party's name may hold a "và" of its own ("Ủy ban Kinh tế và Tài
            # chính"): a capital after "và" keeps the pair open for the next one.
            named_next = _CAPITAL_NEXT.match(text, m.end()) is not None
            and_joins_parties = between
            and_pairs_verbs = _pairs_care_verbs(text, m.start(), m.end())
            between = between and named_next
        between = between or lower == "giữa"
        subject_opened = subject_opened or (between and lower == "về")
        if text[end:m.start()].count("\n"):
            break
        if words > 0 and (_NUMBERED.match(text, m.start()) or _is_short_form(text, m.start())):
            # "Kế hoạch thực hiện Nghị quyết số 18-NQ/TW", "... Nghị quyết 43":
            # the numbered document is the mention; after a " và " it is a second
            # clause's ("trên cơ sở Luật X và kế thừa Thông tư số ..."), and the
            # title ends before it; a plan named with its issuer first carries it out
            # ("Chương trình hành động của Chính phủ thực hiện Nghị quyết số ...").
            return before_and if before_and is not None else _issuer_before_carrying_out(text, start, m.start())
        if words > 0 and _DOCUMENT_HEAD_AT.match(text, m.start()) and (
                issuer_end := _issuer_before_carrying_out(text, start, m.start())) is not None:
            return issuer_end  # "... của Chính phủ thực hiện Nghị quyết.": the plan carries out the one named before
        words += 1
        party_words += between and not subject_opened and lower != "giữa"
        end = m.end()
        if words > 1 and _ends_with_ordinal_or_period(token, text, end):
            break
        if (_ends_with_code(token, previous, text, end) or _ends_with_whole_term(token, previous, text, end)
                or _ends_with_dated_ordinal(token, previous, text, end)):
            break
        previous = token
        if words - party_words > _PERIOD_TITLE_MAX_WORDS:
            break
    if words == 0:
        return None
    dangling = _TRAILING_AND.search(text, start, end)
    if dangling:
        end = dangling.start()  # "... thế giới và luôn ...": the clause's "và", not the title's
    if (words - party_words > _TITLE_MAX_WORDS and not _PERIOD_AT_END.search(text, start, end)
            and not _REGION_AT_END.search(text, start, end)
            and not (before_and is not None
                     and (and_closes_list or and_joins_parties or and_pairs_verbs
                          or words - words_to_and <= _SHORT_CONJUNCT_WORDS))):
        if before_and is None:
            return None
        end = before_and
    return _linked_period_end(text, start, _bare_year_end(text, start, _vision_end(text, start, end)))


def _pairs_parties_with(word: str, text: str, end: int) -> bool:
    """"giữa A với B" pairs two parties as "giữa A và B" does ("Bản ghi nhớ
    giữa Tỉnh đoàn Đông Lâm với Hội Sinh viên ..."): "với" before the second
    party's name, not "với sự chứng kiến ..." after the pair."""
    return word == "với" and _CAPITAL_NEXT.match(text, end) is not None


# "bảo tồn và phát huy giá trị di sản ...": the care of a heritage pairs two
# verbs of one object, as "bảo tồn, phát huy" does (see ``_COMMA_PHRASE``);
# its "và" joins no second phrase a long title could be cut back to.
_CARE_VERB_BEFORE = re.compile(r"(?<!\w)(?:bảo\s+vệ|bảo\s+tồn|giữ\s+gìn|kế\s+thừa|tôn\s+tạo|phục\s+hồi)\s+$",
                               re.IGNORECASE)
_PROMOTE_AFTER = re.compile(r"\s+phát\s+huy(?!\w)")


def _pairs_care_verbs(text: str, and_start: int, and_end: int) -> bool:
    """The " và " from ``and_start`` to ``and_end`` joins a verb of care to "phát huy"."""
    return bool(_PROMOTE_AFTER.match(text, and_end) and search_before(_CARE_VERB_BEFORE, text, and_start))


# "... của Chính phủ thực hiện ", "... của Thành ủy Đông Lâm triển khai ": a
# title's issuer (a capitalised body, a few words) and the verb carrying out
# the numbered document that follows.
_ISSUER_BEFORE_CARRYING_OUT = re.compile(r"\s+của\s+" + UP + r"\w*(?:\s+\w+){0,4}?"
                                         r"(?P<verb>\s+(?:thực\s+hiện|triển\s+khai)\s+)$")


# A capitalised document word, numbered or not: after its issuer a plan
# carries out the resolution the article has named ("... của Chính phủ thực
# hiện Nghị quyết").
_DOCUMENT_HEAD_AT = re.compile(r"(?:" + _any_of(DOCUMENT_HEADS) + r")(?!\w)")


def _issuer_before_carrying_out(text: str, start: int, document: int) -> int | None:
    """The end of a title at ``start`` that names its issuer before a verb
    carrying out the numbered document at ``document``, or None."""
    issuer = _ISSUER_BEFORE_CARRYING_OUT.search(text, start, document)
    return issuer.start("verb") if issuer and issuer.start() > start else None


def _within_proper_name(token: str, previous: str) -> bool:
    """A capitalised word after a capitalised one, within a title, is a
    syllable of a place's name even if it is a stop word in lower case
    ("... di tích Địa đạo Gò Thì Thùng", "thì" being "then")."""
    return token[0].isupper() and previous[:1].isupper()


# A preposition that ties a title's subject to its setting ("... trong trường
# học", "... gắn với tăng trưởng xanh", "... cho người lao động") stops a title,
# unless the title then runs on to a span of years: the period shows where
# the title ends.  "trong năm 2025" right after it is when, not which.  So
# does "phù hợp (với)" of what the subject is fitted to ("Chương trình điều
# chỉnh mức sinh phù hợp các vùng, đối tượng đến năm 2030"), else a predicate.
_LINK_IN_TITLE = re.compile(r"\s+(?:trong|gắn\s+với|cho|tại|phù\s+hợp(?:\s+với)?)\s+"
                            r"(?!(?:năm|giai\s+đoạn|thời\s+kỳ|đến|từ|\d)(?!\w))")
# A title's period: a span of years ("giai đoạn 2021-2025", "thời kỳ 2021 - 2030"),
# or a year or a span after "năm", "đoạn", "kỳ"; or a dry season, which
# spans two years ("Phương án cấp nước sinh hoạt mùa khô 2025-2026").
_YEAR = r"(?:19|20)\d\d"
_SPAN = r"(?:đoạn|kỳ)\s+" + _YEAR + r"\s*[-–]\s*" + _YEAR
_PERIOD = (r"(?:(?:đoạn|năm|kỳ)\s+" + _YEAR + r"(?:\s*[-–]\s*" + _YEAR + r")?"
           r"|mùa\s+khô\s+" + _YEAR + r"\s*[-–]\s*" + _YEAR + r")")
_SPAN_PERIOD = re.compile(r"(?:" + _SPAN + r"|đến\s+năm\s+" + _YEAR + r")")


def _linked_period_end(text: str, start: int, end: int, *, link_pattern: re.Pattern[str] = _LINK_IN_TITLE,
                       period: re.Pattern[str] = _SPAN_PERIOD) -> int:
    """The end of a title that goes on after a linking preposition to its
    span of years (``period``), or ``end``.  The words after the link may
    list the nouns it links to before the period ("... cho đối tượng thu
    nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030")."""
    link = link_pattern.match(text, end)
    if not link or _PERIOD_AT_END.search(text, start, end):
        return end
    linked_end = _title_end(text, link.end() - 1)
    if linked_end is not None and not text[linked_end - 1].isdigit():
        linked_end = _linked_list_end(text, linked_end)
    if (linked_end is None or not text[linked_end - 1].isdigit()
            or not period.search(text, link.end(), linked_end)
            or len(text[start:linked_end].split()) > _PERIOD_TITLE_MAX_WORDS):
        return end
    return linked_end


def _linked_list_end(text: str, end: int) -> int:
    """The end of the list of nouns after a title's link, from its first
    item's ``end``, when an item closes with the title's period; or ``end``.
    A verb after a comma opens another clause ("..., tạo việc làm năm 2025")."""
    def opens_noun(at: int) -> bool:
        first = _FIRST_WORD.match(text, at + 1)
        return (bool(_LOWER_AFTER_COMMA.match(text, at)) and not _CLAUSE_VERB.match(text, at + 1)
                and not _stops_title(first.group(1).lower(), text, first.start(1)))
    for pos, item_end in _comma_items(text, end, opens_noun, lambda at: _title_end(text, at)):
        if _PERIOD_AT_END.search(text, pos, item_end):
            return item_end
    return end


# A law names the domain it governs after "tại" ("Luật Quản lý vốn nhà nước
# tại doanh nghiệp năm 2025") when its year then closes the name; a place
# after "tại" ("tại địa phương", "tại tỉnh X", "tại Hà Nội") is where it is applied.
_LAW_DOMAIN_LINK = re.compile(r"\s+tại\s+(?!" + UP + r"|(?:địa|các|những|nhiều|một|" + _PLACE_WORDS
                              + r")(?!\w))(?=[^\W\d])")
_LAW_YEAR_AT_END = re.compile(r"(?<!\w)năm\s+(?:19|20)\d\d$")


# Without its year the domain still closes the name when the clause ends right
# after it: a bare noun of where its matter lies ("Luật Quản lý tài sản công tại
# đơn vị sự nghiệp, ...") or the court its procedure runs in ("... tại Tòa án.");
# "tại các đơn vị ...", "tại kỳ họp ...", "tại phiên họp ...", "tại cơ sở", "tại
# đây" say where it was done.
_LAW_DOMAIN_CLOSED = re.compile(r"\s+tại\s+(?:Tòa\s+án|(?!(?:địa|các|những|nhiều|một|mỗi|kỳ|phiên|hội|buổi|cuộc"
                                r"|cơ\s+sở|chỗ|đây|đó|thực\s+địa|"
                                + _PLACE_WORDS + r")(?!\w))(?!" + UP + r")[^\W\d]\w*(?:\s+(?!" + UP
                                + r")[^\W\d]\w*){0,3})(?=\s*[.,;:!?…)]|\s*$)")


def _law_domain_end(text: str, start: int, end: int) -> int:
    """The end of a law's name that goes on over "tại" to its year or to the
    clause's end, or ``end``."""
    closed = _LAW_DOMAIN_CLOSED.match(text, end)
    if closed and not _PERIOD_AT_END.search(text, start, end):
        return closed.end()
    return _linked_period_end(text, start, end, link_pattern=_LAW_DOMAIN_LINK, period=_LAW_YEAR_AT_END)


# A year closing a title by itself, not as a period ("năm 2025", "2021 - 2030").
_BARE_YEAR = re.compile(r"(?<!\d)\s+(?:19|20)\d\d$")
_PERIOD_YEAR = re.compile(r"(?:năm|kỳ|đoạn|đến|nhìn|[-–])\s+(?:19|20)\d\d$|[-–]\s*(?:19|20)\d\d$")
# After a year that is the title's edition, the clause ends, a function word
# follows, or a bracket gives the document's number or short name ("Luật Đất
# đai 2024 (Luật số 31/2024/QH15)"); or a preposition of where or to whom
# it is carried ("Chương trình giáo dục phổ thông 2006 ở lớp 1", "... đến với
# học sinh"), which a time adverbial written as a bare year does not take.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?…)\]\"”]|$)")
_CLAUSE_ENDS_OR_LINKS = re.compile(_CLAUSE_END.pattern + r"|\s*\(|\s+(?:và|của|về|hoặc|ở|tại|đến\s+với)(?!\w)")
# (or its abbreviation: "Chương trình GDPT 2018" is "giáo dục phổ thông 2018")
_LOWER_WORD_BEFORE_YEAR = re.compile(r"(?<!\w)(?:(?!" + UP + r")[^\W\d]\w*|[A-ZĐ]{3,})\s+(?:19|20)\d\d$")


def _bare_year_end(text: str, start: int, end: int) -> int:
    """A bare year after a title's last common noun names its edition
    ("Chương trình giáo dục phổ thông 2006", "Luật Doanh nghiệp 2020") when the
    clause ends or a function word follows; after a place's name ("Đề án ...
    tỉnh Bình Định 2025") or before a verb it is a time adverbial, cut off."""
    year = _BARE_YEAR.search(text, start, end)
    if not year or _PERIOD_YEAR.search(text, start, end):
        return end
    if _names_edition(text, end) and _LOWER_WORD_BEFORE_YEAR.search(text, start, end):
        return end
    return year.start()


def _names_edition(text: str, end: int) -> bool:
    following = re.match(r"\s+(\w+)", text[end:])
    return bool(_CLAUSE_ENDS_OR_LINKS.match(text, end)
                or (following and _stops_title(following.group(1).lower(), text, end + following.start(1))))


# A dash joins parts of a title ("kinh tế - xã hội", "Việt Nam - Lào",
# "2021 - 2030"), but not the photo number of an alt line ("... - Ảnh 1") nor
# the speaker of a quotation ("... - ông Hải nói").
_NOT_TITLE_AFTER_DASH = re.compile(
    r"[-–]\s*(?:(?:Ảnh|Hình|Video|Clip|Nguồn|Đồ\s+họa|Infographic)(?:\s*\d+|\s*:|\s*\.?\s*$)"
    r"|(?:ông|bà|anh|chị)\s)")


# The territory a document covers: "trên địa bàn tỉnh", "trên đất liền", "trên biển",
# "trên lưu vực sông X" (a river basin).
_SCOPE = re.compile(r"trên\s+(?:địa\s+bàn|đất\s+liền|biển|không\s+gian\s+mạng|lưu\s+vực)(?!\w)")
# The times a strategy or resolution is written for: "Chiến lược ... trong tình
# hình mới", "... trong giai đoạn mới", "... trong kỷ nguyên mới".
_FIELD = re.compile(r"trong\s+(?:các\s+)?lĩnh\s+vực(?!\w)")
# Whom an agreement covers is part of its subject: "Hiệp định về miễn thị
# thực cho người mang hộ chiếu phổ thông", "... cho công dân hai nước".
_COVERED = re.compile(r"cho\s+(?:người|công\s+dân)(?!\w)")
_NEW_TIMES = re.compile(r"trong\s+(?:tình\s+hình|giai\s+đoạn|thời\s+kỳ|kỷ\s+nguyên|bối\s+cảnh)\s+mới(?!\w)")
# The party as the body a rule governs: "Quy chế bầu cử trong Đảng", "Quy
# định ... dân chủ trong Đảng".
_WITHIN_PARTY = re.compile(r"trong\s+Đảng(?!\s*(?:bộ|ủy|uỷ|viên)|\w)")
# So are the ethnic communities a scheme is carried out among, as the party
# is: "Đề án xây dựng bản văn hóa trong đồng bào dân tộc thiểu số".
_WITHIN_COMMUNITY = re.compile(r"trong\s+đồng\s+bào\s+(?:các\s+)?dân\s+tộc(?!\w)")
# A stop word bound to the words before it: the second syllable of a compound
# ("Thương mại tự do"), the preposition a phrase takes ("người có công với cách mạng"),
# or the second word of one ("kiểm dịch thực vật đối với quả tươi": "regarding");
# adapting to or responding to a threat takes "với" before it ("Kế hoạch thích
# ứng với nước biển dâng", "Đề án ứng phó với hạn mặn").
# "giai đoạn từ năm 2021 đến năm 2025": the start of a period, unlike "từ năm" below.
# "đến năm 2020 và những năm tiếp theo": "tiếp theo" is "following", no "according to".
# "doanh nghiệp nhỏ và vừa": "vừa" is the size "medium" after "nhỏ và", no "just".
# "Bộ Ngoại giao Việt Nam", "chuyển giao Công nghệ": "giao" of a compound, no "assign".
# "Kế hoạch kiểm tra chuyên đề", "... vấn đề", "... chủ đề": "đề" of a noun
# (topic, issue, theme), not the verb of "đề ra", "đề nghị" that ends a title.
# "hỗ trợ người dân bị ảnh hưởng do hạn hán": the passive after the people a
# document helps says which of them, and "do" after the harm its cause; after
# the document itself "bị" is the sentence's ("Luật X bị sửa đổi").
_BOUND_BEFORE = {"vừa": re.compile(r"(?<!\w)nhỏ\s+và\s+$", re.IGNORECASE),
                 "theo": re.compile(r"(?<!\w)tiếp\s+$", re.IGNORECASE),
                 "bị": re.compile(r"(?<!\w)(?:đồng\s+bào|người\s+dân|nhân\s+dân|hộ\s+dân|hộ|người)\s+$",
                                  re.IGNORECASE),
                 "do": re.compile(r"(?<!\w)(?:tự|(?:bị\s+)(?:thiệt\s+hại|ảnh\s+hưởng))\s+$", re.IGNORECASE),
                 "với": re.compile(r"(?<!\w)(?:có\s+công|đối|thích\s+ứng|ứng\s+phó)\s+$", re.IGNORECASE),
                 "từ": re.compile(r"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ)\s+$", re.IGNORECASE),
                 "trình": re.compile(r"(?<!\w)(?:chương|quy|công|lộ|hành|tiến|giáo|phương|tờ)\s+$", re.IGNORECASE),
                 "giao": re.compile(r"(?<!\w)(?:ngoại|bàn|chuyển)\s+$", re.IGNORECASE),
                 "đề": re.compile(r"(?<!\w)(?:chuyên|vấn|chủ)\s+$", re.IGNORECASE)}
# "Đề án trình Chính phủ", "... trình HĐND tỉnh", "... trình cấp có thẩm
# quyền": the verb "submit" before the body or level that receives the
# document, a predicate about it, not a word of its title; so too "assign"
# ("Luật X giao HĐND tỉnh quy định chi tiết", "... giao cho Chính phủ").
_HANDED_TO = re.compile(r"(?:trình|giao)\s+(?:cho\s+)?(?:" + UP + r"|cấp(?!\w))")


# "Quy hoạch ... cảng biển Việt Nam xác định khu bến X là ...": a verb of
# stating after a name the title closes with opens the sentence's predicate;
# in lower case it may be the title's own ("Đề án xác định chỉ số ...").
# ("khẳng định", "nhấn mạnh" end a title wherever they stand: see _PREDICATE.)
_STATING = re.compile(r"(?:xác\s+định|nêu\s+rõ|chỉ\s+rõ)(?!\w)")
_NAME_WORD_BEFORE = re.compile(UP + r"\w*\s+$")


# "Đề án phát triển nông nghiệp theo hướng hữu cơ", "Kế hoạch phát triển sản
# phẩm X theo chuỗi giá trị": the manner of the subject, part of the title;
# the orientations a development takes are few ("sửa Luật X theo hướng cho
# phép ..." is an amendment's aim, a clause of the sentence).  So is the
# model or the mode it follows ("Đề án phát triển đô thị theo mô hình TOD",
# "Luật Đầu tư theo phương thức đối tác công tư").
_ORIENTATION = r"(?:hữu\s+cơ|bền\s+vững|hiện\s+đại|xanh|sinh\s+thái|tuần\s+hoàn|hàng\s+hóa|thông\s+minh)"
_MANNER = re.compile(r"theo\s+(?:hướng\s+" + _ORIENTATION + r"|chuỗi\s+giá\s+trị|mô\s+hình|phương\s+thức)(?!\w)")


def _stops_title(word: str, text: str, pos: int, *, subject: bool = False) -> bool:
    """A preposition or verb that cannot be part of a title; not "trên" of a
    title's scope ("Quy định ... trên địa bàn tỉnh"), "trong" of its times
    ("... trong tình hình mới") or of the party it governs ("... trong Đảng")
    or, in an agreement's subject, of its field ("Hiệp định về hợp tác trong
    lĩnh vực quốc phòng") or of whom it covers ("... cho người mang hộ chiếu"), nor a stop word bound to the words before it ("tự do")."""
    if (word == "trên" and _SCOPE.match(text, pos)) or (word == "trong" and (_NEW_TIMES.match(text, pos)
                                                                            or _WITHIN_PARTY.match(text, pos)
                                                                            or _WITHIN_COMMUNITY.match(text, pos))):
        return False
    if subject and ((word == "trong" and _FIELD.match(text, pos)) or (word == "cho" and _COVERED.match(text, pos))):
        return False
    if word == "theo" and _MANNER.match(text, pos):
        return False
    bound = _BOUND_BEFORE.get(word)
    if bound and search_before(bound, text, pos):
        return False
    return (word in _TITLE_STOP or _PREDICATE.match(text, pos) is not None
            or (word in ("trình", "giao") and _HANDED_TO.match(text, pos) is not None)
            or (_STATING.match(text, pos) is not None and search_before(_NAME_WORD_BEFORE, text, pos) is not None))


# A verb phrase after a title: "Luật X có hiệu lực từ ...", "Pháp lệnh X hết hiệu
# lực kể từ ..." (it lapses), "Luật X chính thức ...".
# "Hiệp ước X ký ngày ...", "... ký kết năm ...", "Bản ghi nhớ X ký tháng 10/2024
# nhân chuyến thăm ...": the signing is not the title;
# "sửa đổi Quy chế X phù hợp với ...": the aim of an act on it, neither;
# "Luật X dự kiến có hiệu lực ...": what is planned for it.
# "Chương trình X chỉ vận hành được vài tháng": the adverb "only" opens the
# predicate ("chỉ đạo", "chỉ tiêu", "chỉ số", "địa chỉ", "tín chỉ" are nouns of a title);
# "Luật X lần này", "... lần đầu": this time, the occasion, not the document.
# "Luật X bị sửa đổi ...": the passive; "bị can", "bị cáo", "bị hại" (the accused,
# the defendant, the victim) are nouns a decision names ("Quyết định khởi tố bị can số ...").
_PREDICATE = re.compile(r"(?:(?:có|hết)\s+hiệu\s+lực|chính\s+thức|bắt\s+đầu|tiếp\s+tục|phù\s+hợp|dự\s+kiến|phải|cần|bị(?!\s+(?:can|cáo|hại)(?!\w))|chưa|vẫn|đều"
                        r"|(?<!địa\s)(?<!tín\s)chỉ(?!\s+(?:đạo|tiêu|số|huy|dẫn|thị|định|giới|báo|điểm|trích|tệ)(?!\w))"
                        r"|lần(?=\s+(?:này|đó|ấy|trước|tới|sau|nữa|đầu)(?!\w))"
                        # "Luật X không chỉ là ...", "... không được ...", "... không còn quy
                        # định ...": a negated predicate
                        # ("phòng không", "hàng không", "không gian" stay in a name).
                        r"|không(?=\s+(?:chỉ|phải|được|thể|còn)(?!\w))"
                        # "Luật X ra đời là ...": the document came into being.
                        r"|ra\s+đời"
                        # "... theo Điều 353 Bộ luật Hình sự xảy ra tại Tổng công ty X": the
                        # offence or the event occurred or took place, a predicate of the
                        # case the clause speaks of, no word of a title.
                        r"|xảy\s+ra|diễn\s+ra"
                        r"|ký\s+kết|ký(?=\s+(?:ngày|tại|vào|năm|tháng)(?!\w))"
                        # "từ" + a time: since when ("Chương trình X từ năm 2014 ...").
                        r"|từ(?=\s+(?:ngày|tháng|năm|quý|(?:19|20)\d\d)(?!\w))"
                        # "từ đầu năm ...", "từ vụ Đông Xuân ...": since a part of a year or
                        # a crop season, a time as well ("Chương trình X từ vụ mùa năm nay").
                        r"|từ(?=\s+(?:(?:đầu|cuối|giữa)\s+(?:năm|tháng|quý|vụ)|vụ\s+(?:Đông|Hè|Thu|Xuân|Mùa|đông|hè|thu|xuân|mùa))(?!\w))"
                        # "Đề án X chiếm trên 65% ...": the share it accounts for, a figure
                        # ("chống lấn chiếm đất" stays in a title).
                        r"|chiếm(?=\s+(?:trên|dưới|khoảng|gần|hơn|tới|đến|xấp\s+xỉ|tỷ\s+lệ|tỉ\s+lệ|\d))"
                        # "vào" + a time: when it happens ("... vào ngày 5/3"); a title
                        # takes "đưa ... vào cuộc sống", a law's short name does not.
                        r"|vào(?=\s+(?:ngày|sáng|chiều|tối|lúc|dịp|năm|tháng|quý|đầu|cuối|giữa)(?!\w))"
                        # "Luật X đi vào cuộc sống", "... đi vào thực tiễn": the document
                        # takes effect, a predicate about it, not a word of its name.
                        r"|đi(?=\s+vào(?!\w))"
                        # "Tuyên bố chung A - B khẳng định ...": what the document
                        # states, a verb no title holds.
                        r"|khẳng\s+định|nhấn\s+mạnh"
                        # "tuyên truyền Luật X bằng tiếng dân tộc": the language the
                        # document is told in, the sentence's manner, no word of its title.
                        r"|bằng(?=\s+(?:tiếng|ngôn\s+ngữ)(?!\w))"
                        # "Đề án bám sát Nghị quyết X": the document follows another
                        # closely, a verb no title opens or holds.
                        r"|bám\s+sát"
                        # "Đề án X đạt tỷ lệ đồng thuận 98%": the result it reached, a
                        # figure; "xã đạt chuẩn" (meeting a standard) stays in a title.
                        r"|đạt(?=\s+(?:tỷ\s+lệ|tỉ\s+lệ|kết\s+quả|mức|\d))"
                        # "Luật X có nhiều chuyển biến", "... có thêm ...": what the
                        # document brought, a count after "có" ("người có công",
                        # "vùng có nguy cơ" stay in a title).
                        r"|có(?=\s+(?:nhiều|những|thêm)(?!\w))"
                        # "Luật X liên quan đến thẩm quyền ...": the matter the clause
                        # raises about it; "(các) luật có liên quan đến ..." is a title's.
                        r"|(?<!có\s)(?<!luật\s)liên\s+quan(?=\s+(?:đến|tới)(?!\w)))(?!\w)")
# A title's period: "giai đoạn 2021 - 2030", "đến năm 2030", "năm 2025".
_PERIOD_AT_END = re.compile(_PERIOD + r"$")
# The region a scheme covers closes its title as a period does ("... và phát
# thải thấp vùng Đồng bằng sông Hòa Minh", "... tỉnh Đông Lâm"): a long title
# ending with a place's name is one name, its " và " inside it; so does the
# market a trade protocol's goods go to ("... và an toàn thực phẩm đối với
# chuối chế biến xuất khẩu sang Hàn Quốc").
_REGION_AT_END = re.compile(r"(?<!\w)(?:vùng|sang|" + _PLACE_WORDS + r")\s+" + UP + r"\w*(?:(?:\s+\w+){0,3}\s+" + UP + r"\w*)?$")
_PERIOD_TITLE_MAX_WORDS = 32
_PERIOD_SPAN = re.compile(_SPAN + r"(?!\d)")
_VISION_WORD = r"(?:tầm\s+nhìn|định\s+hướng)"
_HORIZON_AND_VISION = re.compile(r"đến\s+năm\s+" + _YEAR + r",?\s+(?:và\s+)?" + _VISION_WORD + r"(?!\w)")
# Plans and strategies name their horizon after the period: "... thời kỳ
# 2021-2030, tầm nhìn đến năm 2050", "... giai đoạn 2021 - 2025, định hướng đến 2030".
_VISION = re.compile(r",?\s+" + _VISION_WORD + r"\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d(?![\d/])")


def _vision_end(text: str, start: int, end: int) -> int:
    """The end of the horizon after a title's period, or ``end``."""
    if not _PERIOD_AT_END.search(text, start, end):
        return end
    vision = _VISION.match(text, end)
    return vision.end() if vision else end


# The Government's monthly meeting issues a resolution named after it:
# "Nghị quyết phiên họp Chính phủ thường kỳ tháng 8/2024" (or "tháng 8 năm 2024").
_GOVERNMENT_MEETING = re.compile(
    r"(?:" + word_start(["Nghị quyết", "nghị quyết"]) + r")\s+(?:của\s+)?[Pp]hiên\s+họp\s+(?P<org>Chính\s+phủ)\s+"
    r"(?:thường\s+kỳ|chuyên\s+đề)\s+tháng\s+\d{1,2}(?:/|\s+năm\s+)(?:19|20)\d\d(?!\d)")

# An assembly's session passes resolutions named after it with the assembly
# and its term: "Nghị quyết kỳ họp thứ 10, Quốc hội khóa IX", "Nghị quyết Kỳ
# họp thứ 8 HĐND tỉnh Đông Lâm khóa XVI", or the assembly first: "Nghị quyết
# của Quốc hội khóa IX tại kỳ họp thứ 10"; without the term the session is not said.
_SESSION_NUMBER = r"thứ\s+(?:" + _ORDINAL + r"|[IVXL]+)"  # "thứ 10", "thứ mười", "thứ X"
_SESSION_OF = r"[Kk]ỳ\s+họp\s+" + _SESSION_NUMBER


def _assembly_term(group: str) -> str:
    """An assembly and its term ("Quốc hội khóa IX", "HĐND tỉnh Đông Lâm khóa
    XVI"); the assembly is captured as ``group`` (a regex names a group once)."""
    return (r"(?P<" + group + r">Quốc\s+hội|(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+" + _PLACE_WORDS + r")?(?:\s+"
            + UP + r"\w*)*)\s*,?\s+" + _KHOA + r"\s+[IVXL]+\b")


_SESSION = re.compile(
    r"(?:" + word_start(["Nghị quyết", "nghị quyết"]) + r")\s+(?:của\s+)?"
    r"(?:" + _SESSION_OF + r"\s*,?\s+(?:của\s+)?" + _assembly_term("org")
    + r"|" + _assembly_term("org_first") + r"\s*,?\s+tại\s+" + _SESSION_OF + r"(?!\w))")

_ROMAN = re.compile(r"[IVXL]+$")
_YEAR_TOKEN = re.compile(r"(?:" + _YEAR + r"[-–])?" + _YEAR + r"$")  # a year or a span "2021-2025"
# Words that may follow an ordinal or a year inside a title: "2021 - 2025",
# "2021 đến 2025" (not "... năm 2021 tới các tỉnh", where "tới" is a verb),
# and "và" with another time ("2021 và 2025", "giai đoạn
# 2021 - 2025 và định hướng đến năm 2030"); "... 2021-2025 và xây dựng kế
# hoạch ..." coordinates another task with the document.  The cause an
# agenda named by its horizon serves goes on its name ("Chương trình nghị sự
# 2045 vì một thế giới hòa bình", "... vì sự phát triển ..."); a reason after
# "vì" ("... 2027 vì sự chậm trễ", "vì thiếu vốn") is the sentence's.
_CAUSE_SERVED = r"vì\s+(?:sự\s+(?:phát\s+triển|tiến\s+bộ|thịnh\s+vượng)|một\s+(?:thế\s+giới|tương\s+lai|cộng\s+đồng)|hòa\s+bình)"
_AFTER_NUMBER_IN_TITLE = re.compile(
    r"\s*[-–]|\s+" + _CAUSE_SERVED + r"(?!\w)|\s+(?:đến|tới)(?=\s+(?:hết\s+)?(?:năm\s+)?\d)|\s+và\s+(?:\d|(?:năm|giai\s+đoạn|thời\s+kỳ|định\s+hướng"
    r"|tầm\s+nhìn|phương\s+hướng|những\s+năm|các\s+năm|hằng\s+năm|hàng\s+năm)(?!\w))")


def _ends_with_ordinal_or_period(token: str, text: str, end: int) -> bool:
    """A Roman ordinal or a year followed by another word ends the title
    ("Quy hoạch điện VIII điều chỉnh", "Kế hoạch ... giai đoạn 2021 - 2025
    giữa hai bên"): what follows describes the document, it is not its name."""
    if not (_ROMAN.match(token) or _YEAR_TOKEN.match(token)):
        return False
    return not _AFTER_NUMBER_IN_TITLE.match(text, end) and _WORD_FOLLOWS.match(text, end) is not None


_WORD_FOLLOWS = re.compile(r"\s+\w")
# A meeting's ordinal followed by a date ends the title: "Tuyên bố chung Hội
# nghị X lần thứ 9 tháng 7/2026" tells when the meeting was, not its name.
_DATE_FOLLOWS = re.compile(r"\s+(?:ngày|tháng|năm)\s+\d")


def _ends_with_dated_ordinal(token: str, previous: str, text: str, end: int) -> bool:
    return previous == "thứ" and token.isdigit() and _DATE_FOLLOWS.match(text, end) is not None


# "toàn khóa" (for the whole term) closes a work programme's name as a period
# does: "đưa vào Chương trình công tác toàn khóa các mốc thời gian ..." goes on
# with the object of the verb.  Its issuer or its term may still follow
# ("... toàn khóa của Ban Chấp hành ...", "... toàn khóa nhiệm kỳ 2025-2030").
_WHOLE_TERM = re.compile(r"kh(?:óa|oá)$")
_AFTER_WHOLE_TERM_IN_TITLE = re.compile(r"\s*,?\s+(?:của|nhiệm\s+kỳ|kh(?:óa|oá)|và)(?!\w)")


def _ends_with_whole_term(token: str, previous: str, text: str, end: int) -> bool:
    return (previous.lower() == "toàn" and _WHOLE_TERM.match(token.lower()) is not None
            and not _AFTER_WHOLE_TERM_IN_TITLE.match(text, end) and _WORD_FOLLOWS.match(text, end) is not None)


# A national programme or scheme is known by its code, written after "quốc
# gia", its abbreviation or the head itself: "Chương trình MTQG 1719", "Đề án
# 06".  What follows the code is the sentence ("... 1719 giải ngân tốt").  A
# figure before a word of magnitude is no code ("Đề án 100 nghìn căn nhà").
_CODE = re.compile(r"\d{2,4}")
_CODE_BEFORE = re.compile(r"gia|[A-ZĐ]{2,}|")
# So is a text named by the meeting's code right after its head: "Thông cáo
# chung AMM-58 ghi nhận ..." (the code of a meeting and its number).
_MEETING_CODE = re.compile(r"[A-ZĐ]{2,}-\d{1,3}")


def _ends_with_code(token: str, previous: str, text: str, end: int) -> bool:
    coded = ((_CODE.fullmatch(token) is not None and not _YEAR_TOKEN.match(token)
              and _CODE_BEFORE.fullmatch(previous) is not None and not _MAGNITUDE_AFTER.match(text, end))
             or (_MEETING_CODE.fullmatch(token) is not None and not previous))
    return coded and _WORD_FOLLOWS.match(text, end) is not None


#: Words after " và " that start a second item rather than continue a title:
#: a document noun ("Đề án ... và phương án sắp xếp ...") or a plural ("... và
#: các quy định của ...").
_OTHER_ITEM_WORDS = ["phương án", "dự án", "dự thảo", "báo cáo", "tờ trình", "các", "những", "mọi",
                     # a noun phrase of its own: "Điều lệ Hội X và sự chỉ đạo của ..."
                     "sự", "việc"]


# One pattern for the test below: it runs at every " và " of a title.
_ANOTHER_ITEM = re.compile(
    r"\s*(?:" + "|".join(re.escape(h) for head in NUMBERED_HEADS + TITLE_HEADS + AGREEMENT_HEADS
                          for h in (head, head.lower()))
    + r"|(?:" + "|".join(map(re.escape, _OTHER_ITEM_WORDS)) + r")(?!\w))")


# In the subject of an agreement ("Hiệp định về cửa khẩu và quy chế quản lý
# cửa khẩu ..."), a lower-case document word is a matter the parties rule on:
# only a capitalised one starts another document.
_ANOTHER_ITEM_IN_SUBJECT = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, NUMBERED_HEADS + TITLE_HEADS + AGREEMENT_HEADS))
    + r"|(?:" + "|".join(map(re.escape, _OTHER_ITEM_WORDS)) + r")(?!\w))")


# What the sentence's subject does next, after " và ", is no matter a title
# names: "hai bên ra Tuyên bố chung về ... và chứng kiến lễ ký ...", "... và
# phát biểu chỉ đạo", "... và chủ trì hội nghị".
_NEXT_ACT = re.compile(r"\s*(?:chứng\s+kiến|phát\s+biểu|cho\s+biết|(?:đồng\s+)?chủ\s+trì|hội\s+đàm|hội\s+kiến"
                       r"|tham\s+dự)(?!\w)")


def _starts_another_item(text: str, pos: int, *, subject: bool = False) -> bool:
    return ((_ANOTHER_ITEM_IN_SUBJECT if subject else _ANOTHER_ITEM).match(text, pos) is not None
            or _NEXT_ACT.match(text, pos) is not None)


# The word before a document's head ("từ nguồn Chương trình X"), which a
# second item after " và " repeats ("... và nguồn viện trợ của Y"): the two
# are coordinated, the title ends before " và ".
_WORD_BEFORE_HEAD = re.compile(r"(?<!\w)(?P<word>[^\W\d]+)\s+(?:" + _heads_pattern(DOCUMENT_HEADS) + r")(?:\s+về)?\s*$")
_WORD_AFTER_AND = re.compile(r"\s*(?P<word>[^\W\d]+)(?!\w)")


def _repeats_the_word_before_head(text: str, start: int, pos: int) -> bool:
    """The word after " và " at ``pos`` is the one before the head of the
    title that starts at ``start``."""
    before = search_before(_WORD_BEFORE_HEAD, text, start, 60)
    after = _WORD_AFTER_AND.match(text, pos)
    return before is not None and after is not None and before["word"].lower() == after["word"].lower()


# A military command's yearly order is named by its field, as a plan is, and
# cited so without a number: "Mệnh lệnh huấn luyện năm 2025 của Tư lệnh Quân khu".
_ORDER_HEADS = ["Mệnh lệnh"]
# A body's appeal is cited as its document, named by whom it calls on and to
# what ("Lời kêu gọi toàn dân chung tay phòng, chống dịch"); in lower case it
# is the act of calling ("hưởng ứng lời kêu gọi của nhà trường").
_APPEAL_HEADS = ["Lời kêu gọi"]
# A list an act issues is a document of its own ("Quyết định số ... ban hành
# Danh mục hàng hóa nhập khẩu ..."); a list things are entered on is none
# ("được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia").
_ISSUED_LIST_HEADS = ["Danh mục"]
_ISSUING_BEFORE = re.compile(r"(?<!\w)ban\s+hành\s+$")
_TITLE_HEAD = re.compile(r"(?:" + _any_of(TITLE_HEADS + _ORDER_HEADS + _APPEAL_HEADS + _ISSUED_LIST_HEADS) + r")(?=\s)")
# Other capitalised heads name a document by a title only with its number
# after it: "Nghị định về xử phạt ... số 100/2019/NĐ-CP".
# An ordinance is cited by its name, or as decrees are ("Pháp lệnh về ... số 02/2022/UBTVQH15").
_NUMBER_ONLY_HEADS = [h for h in NUMBERED_HEADS if h not in TITLE_HEADS] + ["Pháp lệnh"]
# A written act may be called a "bản" (a copy) of its kind, the kind in lower
# case: "Bản kết luận điều tra số 95/KLĐT-C03", as "Bản án" is a judgment;
# the capital of "Bản" opens the act's name, not another body's.
_COPY_OF = r"Bản\s+(?:" + _any_of([head[0].lower() + head[1:] for head in _NUMBER_ONLY_HEADS]) + r")"
_NUMBER_TITLE_HEAD = re.compile(r"(?:" + _any_of(_NUMBER_ONLY_HEADS) + r"|" + _COPY_OF + r")(?:\s+về)?(?=\s)")
# "Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12": a number written after the title.
_NUMBER_AFTER_TITLE = re.compile(r"\s+số\s+(?P<num>" + NUMBER + r")(?![\w/-])")


# "thông qua Chương trình Đại hội": the programme of a meeting is its agenda.
_AGENDA = re.compile(r"Chương\s+trình\s+(?:Đại\s+hội|Hội\s+nghị|Kỳ\s+họp|Phiên\s+họp|Hội\s+thảo|Diễn\s+đàn|Lễ)(?!\w)")


# "Quy hoạch xác định giai đoạn 2021-2030 sẽ ...", "Đề án nêu rõ đến năm
# 2030 ...": a verb of stating right after the head makes the head the
# sentence's subject, the period its object's, not the title's.
_STATES_AFTER_HEAD = re.compile(r"\s+(?:xác\s+định|nêu(?:\s+rõ)?|khẳng\s+định|chỉ\s+rõ|nhấn\s+mạnh|đề\s+ra|đặt\s+ra)(?!\w)")


# "Chiến lược phát triển X đến năm 2030, ban hành kèm theo Quyết định số
# 12/QĐ-TTg, ...": a title followed by the numbered act that issued or
# approved it is a document's, even at a sentence's start, as a number of its own is,
# the body that issued it named or not ("Kế hoạch X được Bộ Y ban hành kèm Công văn số ...").
_ISSUED_BY_NUMBERED_ACT = re.compile(r",?\s+(?:được\s+(?:" + UP + r"\w*(?:\s+[\w-]+){0,8}?\s+)?)?"
                                     r"(?:" + _ATTACHED.pattern + r"|phê\s+duyệt\s+tại(?!\w))\s+")


def _issued_by_numbered_act(text: str, end: int) -> bool:
    issued = _ISSUED_BY_NUMBERED_ACT.match(text, end)
    return issued is not None and _NUMBERED.match(text, issued.end()) is not None


# "Chương trình Tình nguyện mùa hè năm 2027", "Chương trình Xuân tình nguyện":
# a programme of volunteering is a campaign the youth union runs, as a
# "Chiến dịch" is: an activity, no document.
_VOLUNTEER_CAMPAIGN = re.compile(r"Chương\s+trình(?:\s+\w+){0,3}?\s+[Tt]ình\s+nguyện(?!\w)")


def _title_candidates(text: str, *, listed_apart: bool = False) -> list[Candidate]:
    """``listed_apart``: the article lists documents in bulleted paragraphs
    (see ``_whole_listed_item``)."""
    found = []
    for m in _TITLE_HEAD.finditer(text):
        titled = _titled_end(text, m)
        if titled is None:
            continue
        end, numbered = titled
        if _VOLUNTEER_CAMPAIGN.match(text, m.start(), end):
            continue
        # A period that closes the title is evidence as a number is, even at a
        # sentence's start: "Quy hoạch tỉnh X thời kỳ 2021-2030 đã được ...", and
        # so is a horizon with its vision ("Chiến lược X đến năm 2030 và tầm nhìn
        # đến năm 2050"; "Đề án đặt mục tiêu đến năm 2030" is a sentence);
        # so is the capital of a law's short name (see ``_short_law_name``), and
        # the act that issued it after the title (see ``_ISSUED_BY_NUMBERED_ACT``),
        # and the acronym it goes by, in brackets after it ("Chương trình Mỗi xã
        # một sản phẩm (OCOP) tiếp tục ...").
        closed = (numbered or (_PERIOD_SPAN.search(text, m.end(), end) is not None
                               and not _STATES_AFTER_HEAD.match(text, m.end()))
                  or _HORIZON_AND_VISION.search(text, m.end(), end) is not None
                  or _short_law_name(text, m, end) or _issued_by_numbered_act(text, end)
                  or _ACRONYM_AFTER.match(text, end) is not None)
        if _may_be_title(text, m.start(), numbered=closed or _whole_listed_item(text, m.start(), end, listed_apart=listed_apart)):
            found.append(Candidate(m.start(), end, "title", m))
        elif _may_be_title(text, m.start(), numbered=True):
            # only the sentence's start rules it out: a title if the article names it elsewhere
            found.append(Candidate(m.start(), end, "title-at-start", m))
    return (found + _amending_law_candidates(text, found) + _numbered_title_candidates(text)
            + _quoted_title_candidates(text) + _agreement_candidates(text, listed_apart=listed_apart)
            + _subject_candidates(text) + _vision_candidates(text) + _founding_candidates(text))


# A decision is cited by the body it founds ("Quyết định thành lập Khu công
# nghệ cao Đông Lâm", "trao Quyết định thành lập Trường Đại học Hòa Minh cho
# ..."): the capitals of the head mid-sentence and of the body's name tell the
# document from the verb ("quyết định thành lập các tổ công tác").
_FOUNDING = re.compile(r"(?P<head>" + word_start(["Quyết định"]) + r")\s+thành\s+lập\s+(?=" + UP + r")")


def _founding_candidates(text: str) -> list[Candidate]:
    found = []
    for m in _FOUNDING.finditer(text):
        end = _title_end(text, m.end("head"))
        if end is not None and _may_be_title(text, m.start(), numbered=False):
            found.append(Candidate(m.start(), end, "title", m))
    return found


# A law's short name opens with a capital ("Luật Công đoàn", "Bộ luật Dân sự
# năm 2015"), so at a sentence's start, where the head's capital says nothing,
# the name's says it is a law; a longer run may be the sentence's predicate
# ("Luật Thủ đô mở đường thu hút trí thức ...").
_SHORT_LAW_NAME_WORDS = 4
_LAW_EDITION = re.compile(r"\s+(?:năm\s+)?" + _YEAR + r"$")


def _short_law_name(text: str, head: re.Match[str], end: int) -> bool:
    if head.group(0) not in _LAW_HEADS:
        return False
    edition = _LAW_EDITION.search(text, head.end(), end)
    return (len(text[head.end():edition.start() if edition else end].split()) <= _SHORT_LAW_NAME_WORDS
            or _predicate_follows(text, end))


# A longer law's name is closed by a predicate about it: "Luật Quản lý nợ công
# năm 2025 có hiệu lực từ ...", "Luật X, có hiệu lực từ ..., quy định ...";
# a sentence's own predicate would have run on into the name.
_BEFORE_PREDICATE = re.compile(r",?\s+")


def _predicate_follows(text: str, end: int) -> bool:
    gap = _BEFORE_PREDICATE.match(text, end)
    return gap is not None and _PREDICATE.match(text, gap.end()) is not None


# "phân bổ vốn Chương trình giai đoạn 2026-2030", "giải ngân vốn Chương trình
# năm 2025": a programme or a scheme named before is referred back to by its
# head and a phase or a year; the phase alone names no programme, nor does
# its ordinal ("xây dựng Chương trình giai đoạn II (2026-2030)").
_PHASE_ONLY = re.compile(r"\s+(?:(?:giai\s+đoạn|thời\s+kỳ|năm)\s+" + _YEAR + r"(?:\s*[-–]\s*" + _YEAR + r")?(?!\d)"
                         r"|giai\s+đoạn\s+(?:[IVX]{1,4}|\d)(?!\w|[/.,-]\d))")
# "Kế hoạch năm 2025" (a table's column head, "vượt Kế hoạch năm 2025"): a
# plan named by nothing but its year is the year's targets, no document.
_YEAR_ONLY = re.compile(r"\s+năm\s+" + _YEAR)


# "Chương trình Phát triển Liên hợp quốc", "Chương trình Môi trường Liên hợp
# quốc": a programme whose capitalised name ends on the United Nations (not
# "của Liên hợp quốc", its document) is the UN body of that name (UNDP, UNEP).
_UN_BODY_MAX_WORDS = 5
_UN_BODY = re.compile(r"\s+" + UP + r"\w*(?:\s+(?!của(?!\w))[^\W\d]\w*){0," + str(_UN_BODY_MAX_WORDS - 1) + r"}?"
                      r"\s+(?:Liên\s+[Hh]ợp\s+[Qq]uốc|LHQ)(?!\w)")


# "Trường Đại học Luật Hà Nội", "khoa Luật", "cử nhân Luật Kinh tế": law as
# the discipline of a school or a degree, no law's name; "Công ty Luật TNHH X":
# as a firm's trade.
_DISCIPLINE_BEFORE = re.compile(r"(?<!\w)(?:Đại\s+học|Học\s+viện|[Tt]rường|[Kk]hoa|[Cc]ử\s+nhân|[Tt]hạc\s+sĩ|Công\s+ty"
                                r"|[Tt]iến\s+sĩ)\s+$")


# "Chương trình nghệ thuật "Bản hùng ca ..."", "Chương trình phát thanh X",
# "chương trình giao lưu": a programme of art, music or broadcasting is a show
# put on, no document.
_SHOW = re.compile(r"\s+(?:nghệ\s+thuật|văn\s+nghệ|ca\s+nhạc|biểu\s+diễn|giao\s+lưu|phát\s+thanh|truyền\s+hình)(?!\w)")


# "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư
# khóa XIV": the rules of several bodies name them all, parted by commas; the
# list is the title's when it closes with "và" or with the bodies' term.
_ISSUER = _any_of(KNOWN_ISSUERS)
_ISSUER_AT_END = re.compile(r"\s+của\s+(?:" + _ISSUER + r")$")
_MORE_ISSUERS = re.compile(r"(?:\s*,\s*(?:" + _ISSUER + r"))*(?P<last>\s*(?:,\s*|\s+)và\s+(?:" + _ISSUER + r"))?"
                           r"(?P<term>\s+" + _KHOA + r"\s+[IVXL]+(?!\w))?")


def _issuer_list_end(text: str, start: int, end: int) -> int:
    """The end of the list of bodies after the title's first issuer, or ``end``."""
    if not _ISSUER_AT_END.search(text, start, end):
        return end
    more = _MORE_ISSUERS.match(text, end)
    if more.end() > end and (more.group("last") or more.group("term")) and text[end] == ",":
        return more.end()
    return end


# "Đề án phát triển vùng X của tỉnh": the province the article is about owns
# the scheme, and its title ends before the bare place word (a named place,
# "của tỉnh Đông Lâm", goes on being the title's).
_OWN_PLACE_AT_END = re.compile(r"\s+của\s+" + _PLACE_WORDS + r"$")
# ... and a state, or its government, owns its strategy or programme as it
# does its law ("Chiến lược X của Chính phủ Đức", "Chương trình Y của Việt
# Nam"): said of the title, outside it (see _OWNING_STATE).  Inside the title
# it stays ("Chiến lược phát triển X của Việt Nam đến năm 2030").
_OWNING_STATE_AT_END = re.compile(r"\s+của\s+(?:(?:Quốc\s+hội|Chính\s+phủ|Nhà\s+nước)\s+)?(?:"
                                  + "|".join(map(re.escape, lexicon.countries())) + r")$")


def _own_place_end(text: str, start: int, end: int) -> int:
    own = _OWN_PLACE_AT_END.search(text, start, end) or _OWNING_STATE_AT_END.search(text, start, end)
    return own.start() if own else end


# A national target programme runs over a span of years ("giai đoạn
# 2021-2025"), never one: a single year after its name is the budget's or the
# report's ("phân bổ vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững năm
# 2026", "kết quả thực hiện Chương trình ... 9 tháng năm 2024"), outside the
# title (the gold lists, 2 against none); so are the report's months with the
# year left out ("kết quả Chương trình ... 6 tháng đầu năm").
_TARGET_PROGRAMME = re.compile(r"Chương\s+trình\s+(?:mục\s+tiêu\s+quốc\s+gia|MTQG)(?!\w)")
_SINGLE_YEAR_AT_END = re.compile(r"(?<!đến)(?:(?:\s+\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?)?\s+năm\s+" + _YEAR
                                 + r"|\s+\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm)$")


def _target_programme_year_end(text: str, start: int, end: int) -> int:
    """The end of a national target programme's title starting at ``start``, before a single year at its end."""
    if not _TARGET_PROGRAMME.match(text, start):
        return end
    year = _SINGLE_YEAR_AT_END.search(text, start, end)
    return year.start() if year else end


# A programme's code closes its title as a number does, so it is one even at a
# sentence start: "Chương trình MTQG 1719 thay đổi ...".
_CODED_AT_END = re.compile(r"(?:gia|[A-ZĐ]{2,})\s+(?!(?:19|20)\d\d$)\d{2,4}$")


def _titled_end(text: str, m: re.Match[str]) -> tuple[int, bool] | None:
    """The end of the title after the head ``m`` and whether a number
    closes it, or None when the head starts no title."""
    if m.group(0) in _CAPITAL_TITLE_HEADS and not text[m.end() + 1:m.end() + 2].isupper():
        return None
    if m.group(0) in _APPEAL_HEADS:
        return _appeal_end(text, m.end())
    if m.group(0) in _ISSUED_LIST_HEADS and not search_before(_ISSUING_BEFORE, text, m.start()):
        return None
    if m.group(0) == "Luật" and search_before(_DISCIPLINE_BEFORE, text, m.start()):
        return None
    if _AGENDA.match(text, m.start()) or (m.group(0) in _PROJECT_HEADS and _PHASE_ONLY.match(text, m.end())):
        return None
    end = _title_end(text, m.end())
    if end is None or end == m.end():
        return None
    if m.group(0) == "Chương trình" and (_UN_BODY.match(text, m.end(), end) or _SHOW.match(text, m.end())):
        return None
    number = _NUMBER_AFTER_TITLE.search(text, m.end(), end)
    if number:
        return number.end(), True  # the number closes the title
    if m.group(0) in _LAW_HEADS:
        end = _law_name_end(text, m.end(), _law_conjunct_end(text, m.end(), end, code=m.group(0) == "Bộ luật"))
        end = _law_domain_end(text, m.end(), _law_title_end(text, m.end(), end))
        number = _NUMBER_AFTER_TITLE.match(text, end)
        if number:
            return number.end(), True  # "Luật Phòng, chống X số 12/2024/QH15": past the comma too
    else:
        end = _focus_end(text, m.end(), _horizon_end(text, _listed_title_end(text, m.end(), end)))
        end = _subject_after_period_end(text, m.end(), _anniversary_end(text, m.end(), _beneficiaries_end(text, end)))
        end = _own_place_end(text, m.end(), _aim_end(text, m.start(), end))
        end = _target_programme_year_end(text, m.start(), end)
        if _BACK_REFERENCE_AT_END.search(text, m.end(), end):
            return None
        end = _issuer_list_end(text, m.end(), _scheme_site_end(text, m, end))
    end = _amendment_end(text, _honour_name_end(text, m.end(), _place_list_end(text, m.end(), end)))
    if m.group(0) == "Kế hoạch" and _YEAR_ONLY.fullmatch(text, m.end(), end):
        return None
    return end, _CODED_AT_END.search(text, m.end(), end) is not None


# An appeal names whom it calls on and to what, then its caller ("Lời kêu
# gọi đồng bào cả nước quyên góp ... của Ủy ban X"): the caller is outside the
# title, unless nothing else names the appeal ("Lời kêu gọi của Ủy ban X").
_CALLER_NEXT = re.compile(r"\s+của(?=\s+" + UP + r")")
_CALLER = re.compile(r"\s+của(?!\w)")


def _appeal_end(text: str, start: int) -> tuple[int, bool] | None:
    """The end of an appeal's title after its head at ``start``, or None."""
    caller = _CALLER_NEXT.match(text, start)
    if caller:
        length = _org_words_length(text, caller.end(), named=True)
        return (caller.end() + length, False) if length else None
    called = _CALLER.search(text, start)
    end = _title_end(text[:called.start()] if called else text, start)
    return (end, False) if end is not None else None


# A title on an honour or a prize names it in quotes after its kind: "Quy
# chế xét tặng danh hiệu “Làng văn hóa tiêu biểu”", "Pháp lệnh ... danh hiệu
# vinh dự Nhà nước “...”"; the quoted name ends the title, quotes and all.
_HONOUR_KIND = re.compile(r"(?<!\w)(?:danh\s+hiệu|giải\s+thưởng|kỷ\s+niệm\s+chương)(?:\s+\w+){0,4}$", re.IGNORECASE)
_QUOTED_NAME_MAX = 80
_QUOTED_NAME = re.compile(r"\s+(?:\"" + UP + r"[^\"\n]{0," + str(_QUOTED_NAME_MAX) + r"}\"|“" + UP
                          + r"[^”\n]{0," + str(_QUOTED_NAME_MAX) + r"}”)")


def _honour_name_end(text: str, start: int, end: int) -> int:
    """The end of the quoted honour a title closes with, or ``end``."""
    quoted = _QUOTED_NAME.match(text, end) if _HONOUR_KIND.search(text, start, end) else None
    return quoted.end() if quoted else end


# A scheme names the site it is for: "Đề án xây dựng cảng cạn tại khu kinh tế
# Đông Lâm", the kind of site in lower case, then its name closing the clause
# ("tại địa phương", "tại Kỳ họp ..." name no site of the scheme's own).
_SCHEME_SITE = re.compile(r"\s+tại(?:\s+(?!" + UP + r")[^\W\d]+){1,4}(?:\s+" + UP + r"\w*)+(?=\s*(?:[.,;:!?…)]|$))")


def _scheme_site_end(text: str, head: re.Match[str], end: int) -> int:
    """The end of a scheme's title that goes on over "tại" to its named site, or ``end``."""
    site = _SCHEME_SITE.match(text, end) if head.group(0) == "Đề án" else None
    return site.end() if site else end


# "Chương trình hành động thực hiện nghị quyết", "Kế hoạch triển khai chỉ thị":
# a plan that ends on a bare lower-case document word carries out "the
# resolution" named before; with no subject, period or number of its own it
# names no document.
_BACK_REFERENCE_AT_END = re.compile(r"(?<!\w)(?:nghị\s+quyết|chỉ\s+thị|kết\s+luận|quyết\s+định|nghị\s+định|"
                                    r"thông\s+tư|kế\s+hoạch|đề\s+án|chương\s+trình)$")


# A numbered act names what it approves by its full title after "về": "Nghị
# quyết số 04/2017/NQ-HĐND về Đề án tăng cường quản lý ... nhằm giảm ùn tắc
# ...".  There the aim after "nhằm" is the title's, when it runs to the
# clause's end; elsewhere "Kế hoạch X nhằm ..." states the sentence's purpose.
_ABOUT_AFTER_NUMBER = re.compile(r"[-/][A-ZĐ][A-Za-zĐđ\d]*\s+về\s+(?:việc\s+)?(?:phê\s+duyệt\s+|ban\s+hành\s+)?$")
# So does a numbered act that approves it: "Quyết định số 590/QĐ-TTg (ngày ...)
# (của Thủ tướng Chính phủ) phê duyệt Đề án ... nhằm ứng phó với ...".
_APPROVED_BY_NUMBER = re.compile(r"[-/][A-ZĐ][A-Za-zĐđ\d]*(?:\s+ngày\s+[\d/.-]+)?(?:,?\s+của\s+[^,;.()]{1,60}?)?"
                                 r"\s+phê\s+duyệt\s+$")
_AIM = re.compile(r"\s+nhằm(?=\s)")


def _aim_end(text: str, start: int, end: int) -> int:
    """The end of a title's aim clause, for a title a numbered act names after
    "về" (the head at ``start``) or one the clause closes with its span of
    years ("Kế hoạch ... nhằm nâng cao ... giai đoạn 2026-2030 theo Quyết định
    ..."), or ``end``."""
    aim = _AIM.match(text, end)
    if not aim:
        return end
    aim_end = _title_end(text, aim.end())
    if aim_end is None or len(text[start:aim_end].split()) > _PERIOD_TITLE_MAX_WORDS:
        return end
    if _SPAN_CLOSE.search(text, aim.end(), aim_end):
        return aim_end
    if not (search_before(_ABOUT_AFTER_NUMBER, text, start) or search_before(_APPROVED_BY_NUMBER, text, start)):
        return end
    return aim_end if _CLAUSE_END.match(text, aim_end) else end


# 'Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội ..."': a title in
# quotes, capitalised, right after its head, is the document's whole name (the
# quotes with it); the words after the head cannot show where it ends.  A
# programme named in quotes is a campaign or an event ('Chương trình "Tết Sum
# vầy"', 'Chương trình "Nâng bước em tới trường"'), as a "cuộc vận động" is:
# no document.
_QUOTED_TITLE_MAX = 300
_QUOTED_TITLE = re.compile(
    r"(?:" + _any_of([h for h in TITLE_HEADS if h not in _LAW_HEADS and h != "Chương trình"]) + r")\s+"
    r"(?:\"" + UP + r"[^\"\n]{0," + str(_QUOTED_TITLE_MAX) + r"}\"|“" + UP + r"[^”\n]{0,"
    + str(_QUOTED_TITLE_MAX) + r"}”)")


# A quoted name may leave its period outside the quotes: 'Đề án "Mỗi xã một
# trạm y tế" giai đoạn 2026 - 2030' is the scheme for that span, one title.
_PERIOD_AFTER_QUOTE = re.compile(r"\s+(?:giai|thời)\s+" + _SPAN + r"(?!\d)")


def _quoted_title_candidates(text: str) -> list[Candidate]:
    if '"' not in text and "“" not in text:
        return []
    found = []
    for m in _QUOTED_TITLE.finditer(text):
        if _may_be_title(text, m.start(), numbered=False):
            period = _PERIOD_AFTER_QUOTE.match(text, m.end())
            found.append(Candidate(m.start(), period.end() if period else m.end(), "title", m))
    return found


# "Luật sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng": an
# amending law has no name of its own; its title runs to the name of the law it amends.
_AMENDS = r"\s+(?:sửa\s+đổi(?:\s*,\s*bổ\s+sung)?|bổ\s+sung)(?:\s+một\s+số\s+điều)?(?:\s+của)?\s+"
_AMENDING_LAW = re.compile(r"(?:" + _any_of(sorted(_LAW_HEADS)) + r")" + _AMENDS
                           + r"(?=" + _any_of(sorted(_LAW_HEADS)) + r"\s)")
# The constitution is amended by a resolution of the National Assembly, named
# so up to the constitution's name the register knows: "Nghị quyết sửa đổi,
# bổ sung một số điều của Hiến pháp năm 2013".
_CONSTITUTION = "Hiến pháp"
_AMENDING_CONSTITUTION = re.compile(r"(?<!\w)Nghị\s+quyết" + _AMENDS + r"(?=" + _CONSTITUTION + r"(?!\w))")


# "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự", "... của các
# luật có liên quan đến quy hoạch": a law amending several names them by the
# field they share, and its title runs to that field's end.
_AMENDING_SEVERAL_LAWS = re.compile(
    r"(?:" + _any_of(sorted(_LAW_HEADS)) + r")\s+sửa\s+đổi(?:\s*,\s*bổ\s+sung)?(?:\s+một\s+số\s+điều)?"
    r"\s+của\s+(?:\d+|các)\s+(?:bộ\s+)?luật\s+(?:(?:có\s+)?liên\s+quan\s+(?:đến|tới)|về)(?=\s)")


def _amending_several_laws(text: str) -> list[Candidate]:
    found = []
    for m in _AMENDING_SEVERAL_LAWS.finditer(text):
        end = _title_end(text, m.end())
        if end is not None and not search_before(_GENERIC_BEFORE, text, m.start()):
            found.append(Candidate(m.start(), end, "title", m))
    return found


def _amending_law_candidates(text: str, titles: list[Candidate]) -> list[Candidate]:
    """The amending laws whose amended law is among ``titles``, or that amend
    several laws of a field.  Their form is a title of its own, so they count
    at a sentence's start too."""
    if "sửa đổi" not in text and "bổ sung" not in text:
        return []
    amended = {c.start: c.end for c in titles}
    found = _amending_several_laws(text)
    for m in _AMENDING_LAW.finditer(text):
        if m.end() in amended and not (search_before(_GENERIC_BEFORE, text, m.start())
                                       or _inside_another_name(text, m.start())):
            found.append(Candidate(m.start(), _amended_laws_end(text, amended, m.end()), "title", m))
    return found


# "Luật sửa đổi, bổ sung một số điều của Luật Đường bộ và Luật Trật tự, an
# toàn giao thông": a law amending several names each of them, and its title
# runs to the last one's name.
_NEXT_AMENDED_LAW = re.compile(r"(?:\s*,\s*|\s+và\s+)(?=(?:" + _any_of(sorted(_LAW_HEADS)) + r")\s)")


def _amended_laws_end(text: str, amended: dict[int, int], start: int) -> int:
    """The end of the last of the laws named from ``start`` on, each a title of
    ``amended`` (start to end) joined to the one before by a comma or "và"."""
    end = amended[start]
    while (link := _NEXT_AMENDED_LAW.match(text, end)) and link.end() in amended:
        end = amended[link.end()]
    return end


def _amending_constitution_candidates(text: str, registered: list[Candidate]) -> list[Candidate]:
    """The resolutions amending the constitution, whose name the register
    gives among ``registered`` (the longest: "Hiến pháp năm 2013", not "Hiến
    pháp").  A draft's is none yet: the constitution it would amend is named."""
    if _CONSTITUTION not in text:
        return []
    amended: dict[int, int] = {}
    for c in registered:
        amended[c.start] = max(c.end, amended.get(c.start, c.end))
    return [Candidate(m.start(), amended[m.end()], "title", m) for m in _AMENDING_CONSTITUTION.finditer(text)
            if m.end() in amended and not search_before(_DRAFT_BEFORE, text, m.start())]


# A list inside a title goes on after a comma with a lower-case word.
_LOWER_AFTER_COMMA = re.compile(r",\s+(?!" + UP + r")[^\W\d]")
_AND_WORD = re.compile(r"\svà\s")
_LIST_ITEMS_MAX = 4


def _comma_items(text: str, pos: int, opens: Callable[[int], bool],
                 item_end_at: Callable[[int], int | None]) -> Iterator[tuple[int, int]]:
    """The items of a list parted by commas from ``pos``, at most
    ``_LIST_ITEMS_MAX``: (where the item's comma stands, where it ends).  An
    item is one where ``opens`` says so of its comma and ``item_end_at``, asked
    after the comma, finds its end."""
    for _ in range(_LIST_ITEMS_MAX):
        if not opens(pos):
            return
        item_end = item_end_at(pos + 1)
        if item_end is None:
            return
        yield pos, item_end
        pos = item_end


def _listed_title_end(text: str, start: int, end: int) -> int:
    """A title listing its subjects ("Đề án phát triển dữ liệu về dân cư,
    định danh và xác thực điện tử ... giai đoạn 2022-2025") runs over their
    commas when the list closes with "và" and the title then reaches its
    period: the comma alone would cut it after the first item.  So does a
    title pairing two nouns (see ``_pairs_with_title``) and a title listing
    activities before their object (see ``_activity_list_end``)."""
    if _PERIOD_AT_END.search(text, start, end) or _TERM.match(text, end):
        # "Chương trình làm việc của Ban X khóa IV, nhiệm kỳ 2026-2031": the
        # term after the comma is the body's, left out as a congress's is
        return end
    if len(text[start:end].split()) <= _BARE_ACTIVITY_MAX_WORDS and not _ACRONYM_WORD.search(text, start, end):
        return _activity_list_end(text, end)
    parallel_end = _parallel_items_end(text, start, end)
    if parallel_end != end:
        return parallel_end
    joined = False
    for pos, item_end in _comma_items(text, end, lambda at: bool(_LOWER_AFTER_COMMA.match(text, at)),
                                      lambda at: _title_end(text, at)):
        # three items or more ("Đề án đổi mới thi, kiểm tra, đánh giá giai
        # đoạn ...") are a list as "và" makes one: a sentence's second predicate
        # is one clause, not two running on to the title's period
        joined = joined or pos != end or _AND_WORD.search(text, pos, item_end) is not None
        # the act that approved the title closes it as its period does ("Đề án
        # trồng lúa năng suất cao, giảm phát thải được phê duyệt tại Quyết định số ..."),
        # and so does its short name in brackets ("..., định danh và xác thực ... (Đề án 08)")
        if (_PERIOD_AT_END.search(text, pos, item_end) or _issued_by_numbered_act(text, item_end)
                or _SHORT_NAME_AFTER.match(text, item_end)):
            return item_end if joined or (pos == end and _pairs_with_title(text, pos + 1, item_end)) else end
    return end


# "Đề án phát triển dữ liệu về đất đai, định danh và xác thực ... (Đề án 08)":
# a long title is given its short name, the head and a number, in brackets after it.
_SHORT_NAME_AFTER = re.compile(r"\s*\((?:" + _any_of(sorted(SHORT_FORM_HEADS)) + r")\s+\d{1,5}\)")


# A title may list items that repeat its opening activity ("Quy chế tuyển
# sinh trình độ đại học, tuyển sinh trình độ cao đẳng ..."): the repetition
# shows the item is the title's, when the items run to the clause's end.
_OPENING_ACTIVITY_WORDS = 2
_CLAUSE_END_NO_COMMA = re.compile(r"\s*(?:[.;:!?…)\]\"”]|$)")


def _parallel_items_end(text: str, start: int, end: int) -> int:
    """The end of the items after the title at ``start``..``end`` that each
    open with the title's first two words, when the last closes the clause; or ``end``."""
    opening = text[start:end].split()[:_OPENING_ACTIVITY_WORDS]
    if len(opening) < _OPENING_ACTIVITY_WORDS or not all(word.isalpha() for word in opening):
        return end
    repeated = re.compile(r",\s+" + r"\s+".join(map(re.escape, opening)) + r"(?!\w)")
    items = list(_comma_items(text, end, lambda at: bool(repeated.match(text, at)), lambda at: _title_end(text, at)))
    pos = items[-1][1] if items else end
    return pos if pos != end and _CLAUSE_END_NO_COMMA.match(text, pos) else end


# Connectives and verbs of aim that open a coordinated clause after a comma
# (used by ``_CLAUSE_VERB`` and ``_CLAUSE_LINK``), and "gây" of the harm an act
# caused ("vi phạm ... Luật X, gây thất thoát ...", "..., gây hậu quả nghiêm trọng"),
# and "tránh" of a harm the act avoids ("thi hành Luật X, tránh tình trạng ...").
_CLAUSE_LINK_WORDS = (r"đồng\s+thời|nhất\s+là|đặc\s+biệt|qua\s+đó|từ\s+đó|nhưng|song"
                      r"|bảo\s+đảm|đảm\s+bảo|nâng\s+cao|tăng\s+cường|đẩy\s+mạnh|góp\s+phần|tạo\s+điều\s+kiện"
                      r"|tập\s+trung|gây|tránh")


# A title may pair two nouns with a comma ("Kế hoạch ứng phó sự cố vỡ đập, hồ
# chứa thủy điện năm 2024", "Chương trình xây dựng luật, pháp lệnh năm 2024",
# "... cảng hàng không, sân bay toàn quốc thời kỳ 2021 - 2030"): the second noun
# is short before its period or scope.  A verb after the comma opens another
# predicate instead ("Đề án trồng rừng, hoàn thành chỉ tiêu giai đoạn ...").
_PAIRED_NOUN_MAX_WORDS = 4
# Right before a span of years the programme runs, the second noun may be
# longer ("Chương trình hỗ trợ nông dân ứng dụng công nghệ, chuyển đổi số
# nông nghiệp xanh giai đoạn 2026 - 2030"): the span closes the name, and a
# task after the comma opens with a verb (see ``_CLAUSE_VERB``).
_SPANNED_NOUN_MAX_WORDS = 6
_SPAN_CLOSE = re.compile(r"\s+(?:giai\s+đoạn|thời\s+kỳ)\s+" + _YEAR + r"\s*[-–]\s*" + _YEAR + r"$")
# What closes the second noun: the period or scope, or a field, a place or a
# setting that the pair shares ("Đề án phát triển kinh tế tập thể, hợp tác xã
# trong lĩnh vực nông nghiệp tỉnh X giai đoạn ...", "Chiến lược phát triển
# giáo dục, đào tạo trong Công an nhân dân giai đoạn ..."); a horizon closes
# it as a period does ("Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030"),
# not a vision's ("..., xây dựng tầm nhìn đến năm 2050" is a clause of its own).
_NOUN_CLOSE = re.compile(r"\s+(?:(?:(?:(?<!nhìn\s)(?<!hướng\s)đến\s+)?năm|giai\s+đoạn|thời\s+kỳ)\s+" + _YEAR + r"|" + _SCOPE.pattern
                         + r"|" + _FIELD.pattern + r"|" + _PLACE_WORDS + r"\s+" + UP + r")|" + _LINK_IN_TITLE.pattern)
_CLAUSE_VERB = re.compile(
    r"\s*(?:" + _CLAUSE_LINK_WORDS + r"|hoàn\s+thành|tổ\s+chức|thực\s+hiện|triển\s+khai|phấn\s+đấu"
    r"|tiếp\s+tục|chỉ\s+đạo|đạt|giao|ban\s+hành|trình|kiểm\s+tra|rà\s+soát|phối\s+hợp|hướng\s+dẫn"
    r"|đề\s+nghị|kiến\s+nghị|yêu\s+cầu|giải\s+ngân|huy\s+động|thu\s+hút|tạo|đặt\s+(?:ra\s+)?mục\s+tiêu"
    # "..., chủ động tham mưu cấp ủy": the agent's own initiative and advice open its next task.
    r"|chủ\s+động|tham\s+mưu)(?!\w)")
_FIRST_WORD = re.compile(r"\s*(\w+)")


def _pairs_with_title(text: str, start: int, end: int) -> bool:
    """Whether the item at ``start``..``end`` after a title's comma is the
    short noun the title pairs with its own, closed by a period or scope.
    A period alone is no noun: the comma sets off when the titled programme
    runs ("Chương trình ... miền núi, giai đoạn 2021 - 2030"), outside its name."""
    first = _FIRST_WORD.match(text, start)
    if (not first or _CLAUSE_VERB.match(text, start) or _stops_title(first.group(1).lower(), text, first.start(1))
            or _PHASE_ONLY.fullmatch(text, start, end)):
        return False
    close = _NOUN_CLOSE.search(text, start, end)
    words = text[start:close.start() if close else end].split()
    spanned = close is not None and _SPAN_CLOSE.match(text, close.start(), end) is not None
    most = _SPANNED_NOUN_MAX_WORDS if spanned else _PAIRED_NOUN_MAX_WORDS
    return len(words) - _repeated_head_words(text, start, words) <= most


def _repeated_head_words(text: str, start: int, words: list[str]) -> int:
    """How many words the noun after a title's comma at ``start`` repeats
    from the noun before it ("khu công nghiệp sinh thái, khu công nghiệp thế
    hệ mới": "khu công nghiệp"): two kinds of one thing, whose shared head
    makes the second noun no longer a phrase of its own."""
    before = text[max(0, start - _HEAD_LOOKBACK):start].split()
    for n in range(min(len(words) - 1, _HEAD_MAX_WORDS), 1, -1):
        head = words[:n]
        if any(before[i:i + n] == head for i in range(len(before) - n + 1)):
            return n
    return 0


# "Chương trình OCOP, đặt mục tiêu ...": an acronym names the programme, no
# bare activity whose object a list after the comma would carry.
_ACRONYM_WORD = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?!\w)")
# A head shared by two paired nouns is a few words, repeated close before the comma.
_HEAD_MAX_WORDS = 3
_HEAD_LOOKBACK = 40


# An activity named without its object: "bảo quản", "tổ chức lại".
_BARE_ACTIVITY_MAX_WORDS = 2
# "Theo Quy hoạch tỉnh, đến năm 2030, ...": a horizon after the comma is the
# sentence's time, no activity listed by the title.
_HORIZON_AFTER_COMMA = re.compile(r",\s+đến\s+năm\s+" + _YEAR + r"(?!\d)")


def _activity_list_end(text: str, end: int) -> int:
    """A title that opens with a bare activity ending at ``end`` and lists
    more before their shared object ("Quy hoạch bảo quản, tu bổ, phục hồi di
    tích ...", "Đề án sắp xếp, tổ chức lại đơn vị hành chính ... và xây dựng
    ...") runs to the end of the item that carries the object, when the list
    has three activities or "và" in it, or when the object closes with the
    title's period ("Kế hoạch kiểm tra, giám sát năm 2025"): "Quy chế làm
    việc, phân công nhiệm vụ ..." is a title and another task, and "Quy chế
    làm việc, chương trình làm việc và ..." a title and another document."""
    activities = 1
    for pos, item_end in _comma_items(
            text, end, lambda at: (bool(_LOWER_AFTER_COMMA.match(text, at)) and not _CLAUSE_LINK.match(text, at + 1)
                                   and not _HORIZON_AFTER_COMMA.match(text, at)
                                   and not _starts_another_item(text, at + 1)),
            lambda at: _title_end(text, at, and_closes_list=True)):
        activities += 1
        closed = _PERIOD_AT_END.search(text, pos, item_end) is not None
        if closed or len(text[pos + 1:item_end].split()) > _BARE_ACTIVITY_MAX_WORDS:
            joined = _AND_WORD.search(text, pos, item_end) is not None
            return item_end if joined or closed or activities >= 3 else end
    return end


# "Kế hoạch hành động giai đoạn 2026 - 2030 về hợp tác y tế": a plan's kind,
# its period, then its subject after "về" running to the clause's end; the
# subject names the plan as much as the period does. An action plan's subject
# may also be what it carries out: "... giai đoạn 2026-2030 triển khai quan hệ
# Đối tác toàn diện".
_ABOUT_AFTER_PERIOD = re.compile(r"\s+(?:về|triển\s+khai|thực\s+hiện)\s+(?=[^\W\d])")


def _subject_after_period_end(text: str, start: int, end: int) -> int:
    """The end of a title's subject after its closing period, or ``end``."""
    about = _ABOUT_AFTER_PERIOD.match(text, end)
    if not about or not _PERIOD_AT_END.search(text, start, end):
        return end
    subject_end = _title_end(text, about.end(), subject=True)
    if (subject_end is None or not _CLAUSE_END.match(text, subject_end)
            or len(text[start:subject_end].split()) > _PERIOD_TITLE_MAX_WORDS):
        return end
    return subject_end


def _horizon_end(text: str, end: int) -> int:
    """A plan's horizon closes its title with or without a period before it:
    "Quy hoạch bảo quản ... Côn Sơn - Kiếp Bạc, tầm nhìn đến năm 2045"."""
    horizon = _VISION.match(text, end)
    return horizon.end() if horizon else end


# A title may name its focus in a comma clause ("Đề án Cơ cấu lại ngành
# điện, trọng tâm là các nhà máy, lưới truyền tải giai đoạn 2026-2030"); the
# clause is the title's when it runs, within the sentence, to the title's period.
_FOCUS = re.compile(r",\s+trọng\s+tâm(?:\s+là)?\s+(?=[^\W\d])")
_CLAUSE_STOP = re.compile(r"[.;:!?…()\n]")


# "Chương trình hỗ trợ nhà ở cho người nghèo, người khuyết tật": whom a title
# is for, listed as kinds of one noun repeated after each comma; the repetition
# shows the list is the title's (a linking "cho" otherwise ends a title, see
# ``_LINK_IN_TITLE``), when it closes the clause or another document follows.
_FOR_WHOM = re.compile(r"\s+cho\s+(?=[^\W\d])")
_AND_THEN = re.compile(r"\s+và(?=\s)")


def _beneficiaries_end(text: str, end: int) -> int:
    """The end of the list of whom the title ending at ``end`` is for, or ``end``."""
    link = _FOR_WHOM.match(text, end)
    first_end = _title_end(text, link.end()) if link else None
    if first_end is None or not text.startswith(",", first_end):
        return end
    kind = re.escape(text[link.end():first_end].split()[0])
    repeated = re.compile(r",\s+" + kind + r"\s")
    items = list(_comma_items(text, first_end, lambda at: bool(repeated.match(text, at)), lambda at: _title_end(text, at)))
    return items[-1][1] if items and _list_closes(text, items[-1][1]) else end


def _list_closes(text: str, pos: int) -> bool:
    """Whether the clause ends at ``pos`` or "và" joins another document to it."""
    and_word = _AND_THEN.match(text, pos)
    return bool(_CLAUSE_END.match(text, pos) or (and_word and _starts_another_item(text, and_word.end())))


# "Kế hoạch tổ chức kỷ niệm 30 năm Ngày Khu di tích Đông Lâm được xếp hạng
# di tích quốc gia": a plan for an anniversary names the Day it celebrates,
# capitalised after the years counted; the Day's name runs to the clause's end
# (its years in brackets after it), with words that end other titles ("được", "là").
_ANNIVERSARY_AT_END = re.compile(r"(?<!\w)kỷ\s+niệm\s+\d{1,4}\s+năm$")
_NAMED_DAY = re.compile(r"\s+Ngày\s+(?=\w)")
_DAY_NAME_STOP = re.compile(r"\s*(?:[,.;:!?…()\n]|$)")


def _anniversary_end(text: str, start: int, end: int) -> int:
    """The end of the Day's name after a title's anniversary, or ``end``."""
    if not (_ANNIVERSARY_AT_END.search(text, start, end) and _NAMED_DAY.match(text, end)):
        return end
    day_end = _DAY_NAME_STOP.search(text, end).start()
    return day_end if len(text[start:day_end].split()) <= _PERIOD_TITLE_MAX_WORDS else end


def _focus_end(text: str, start: int, end: int) -> int:
    """The end of a title's focus clause and its period, or ``end``."""
    focus = _FOCUS.match(text, end)
    if not focus:
        return end
    stop = _CLAUSE_STOP.search(text, focus.end())
    period = _SPAN_PERIOD.search(text, focus.end(), stop.start() if stop else len(text))
    if not period or len(text[start:period.end()].split()) > _PERIOD_TITLE_MAX_WORDS:
        return end
    return _vision_end(text, start, period.end())


#: Agreements between states or provinces, the frameworks their ministers
#: adopt together, and the charters and declarations of international bodies:
#: named by a proper title ("Hiệp định về Quy chế ...", "Hiệp ước Hữu nghị
#: ...", "Hiến chương Liên hợp quốc"), by their period ("Biên bản hợp tác năm
#: 2024") or cited with their acronym ("Tuyên bố về ứng xử của các bên ở Biển
#: Đông (DOC)"); "các thỏa thuận cấp cao" is no document.
# A pact named for its cause takes "vì" (for) before it, capitalised: "Hiệp
# ước vì Hòa bình", "Tuyên bố vì Tương lai chung"; its title is the cause.
_AGREEMENT_HEAD = re.compile(r"(?:" + _any_of(AGREEMENT_HEADS) + r")(?:\s+về|\s+vì(?=\s+" + UP + r"))?(?=\s)")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9-]+\)")
# A capitalised agreement that is signed or adopted is the one document the
# act produces, whatever case its title takes, when the title says between
# whom or about what: "hai bên đã ký Thỏa thuận hợp tác giữa ...", "thông qua
# Tuyên bố chung về việc ..."; "ký Hiệp định thương mại tự do" names a kind.
_SIGNED_BEFORE = re.compile(r"(?<!\w)(?:ký(?:\s+kết)?|thông\s+qua|trao|phê\s+chuẩn)\s+$")
_PARTIES_OR_SUBJECT = re.compile(r"\s(?:giữa|về)\s")
# A capitalised agreement mid-sentence with the subject it rules on after
# "về" is one document, whatever case the subject takes ("Nghị định thư về
# yêu cầu kiểm dịch ...", "Hiệp định về cửa khẩu ..."), as a resolution
# cited by its subject is; "các hiệp định về ..." is generic.
_ABOUT_SUBJECT = re.compile(r"\s+về$")
# A capitalised agreement between named parties is one document wherever it
# stands, a list's item as well ("... 4 văn kiện, gồm: Bản ghi nhớ hợp tác
# giữa Học viện A và Học viện B; ..."): its parties say which.
# A province's or a city's name follows its place word ("giữa tỉnh Đông Lâm và tỉnh Hòa Minh").
_NAMED_PARTIES = re.compile(r"\sgiữa\s+(?:" + _PLACE_WORDS + r"\s+)?" + UP)


# A capitalised agreement mid-sentence with a kind before the subject it rules
# on is one document too (see ``_ABOUT_SUBJECT``): "Hiệp định tương trợ tư
# pháp về hình sự", "Thỏa thuận hợp tác về giáo dục".
_KIND_THEN_SUBJECT = re.compile(r"(?:\s+(?!về(?!\w))[^\W\d]+){1,4}\s+về\s+(?=[^\W\d])")
# "... giữa hai nước", "giữa các bên": parties the title does not name are the
# sentence's, said of the relation, after a subject opened by "về" as after a
# kind's; named ones are the title's ("giữa Việt Nam và Lào").
_UNNAMED_PARTIES = re.compile(r"\s+giữa\s+(?:hai|ba|các)\s+(?!" + UP + r")[^\W\d]+(?:\s+(?!" + UP + r")[^\W\d]+)?$")
# So are two bodies that signed it, after a title that names its subject or
# field ("Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế A và Bộ Y tế B", "Hiệp
# định Vận tải đường bộ giữa Chính phủ A và Chính phủ B"): the title is whole
# without them.  Not two states ("Hiệp định Thương mại tự do giữa Việt Nam và
# Chile": they name the pact), nor after cooperation with no field, bilateral
# or not ("Bản ghi nhớ về hợp tác giữa Bộ A và Bộ B", "... về hợp tác song
# phương giữa ..."), which the parties alone tell apart.
_SIGNING_BODY = (r"(?:Chính\s+phủ|Bộ|Ủy\s+ban|UBND|Học\s+viện|Viện|Văn\s+phòng|Quốc\s+hội|Ngân\s+hàng|Tập\s+đoàn"
                 r"|Tổng\s+công\s+ty|Công\s+ty|Trường|Đại\s+học|Tổng\s+cục|Cục|Sở|Trung\s+tâm)(?!\w)")
_BODY_PARTIES = re.compile(r"\s+giữa\s+" + _SIGNING_BODY + r".*?\s(?:và|với)\s+" + UP)
_BARE_COOPERATION = re.compile(r"\s+(?:về\s+)?hợp\s+tác(?:\s+song\s+phương)?$")


def _body_parties_start(text: str, start: int, end: int) -> int | None:
    """Where "giữa" opens two signing bodies after the title's subject or
    name between ``start`` and ``end``, or None."""
    parties = _BODY_PARTIES.search(text, start, end)
    if parties is None or parties.start() == start or _BARE_COOPERATION.match(text, start, parties.start()):
        return None
    return parties.start()


# A joint text names the parties issuing it, then its subject: "Tuyên bố chung
# của các Bộ trưởng Kinh tế khối X về ...", "Thông cáo chung của Đông Lâm và Hòa Minh về ...";
# so does a convention, the body of states that adopted it ("Công ước của Liên
# hợp quốc về Luật Biển năm 1982"), and a declaration its authors ("Tuyên bố
# của các Bộ trưởng Ngoại giao khối X về ..."); the year of adoption may come
# first ("Công ước năm 2003 của UNESCO về ...").
_JOINT_AUTHORS = re.compile(r"(?:(?<=chung)|(?<=Công\sước)|(?<=Tuyên\sbố))(?:\s+năm\s+(?:19|20)\d\d)?\s+của\s+(?:các\s+)?" + UP + r"\w*(?:\s+(?!về(?!\w))\w+){0,8}?\s+về(?=\s)")


# The clause's end, or the verb that follows the text as its subject ("... được thông qua"),
# or a relative clause about it ("Công ước ... mà Việt Nam là thành viên").
_SUBJECT_STOP = re.compile(r"[,.;:!?…()\[\]\"“”\n]|\s+(?:được|đã|sẽ|đang|vừa|cũng|là|mà)(?!\w)")


def _joint_subject_end(text: str, start: int) -> int | None:
    """The end of a joint text's subject after its "về": the clause's end, for
    such a subject is long and holds words that end other titles ("... khả
    năng chống chịu trước các cú sốc"); past the word limit, the title's rules."""
    stop = _SUBJECT_STOP.search(text, start)
    end = stop.start() if stop else len(text.rstrip())
    if 0 < len(text[start:end].split()) <= _TITLE_MAX_WORDS:
        return end
    return _title_end(text, start, subject=True)


# "Hiệp định giữa Chính phủ A và Chính phủ B về miễn thị thực cho công dân
# ...": after its named parties the title rules on a subject as one opening
# with "về" does (see ``_stops_title``).
_SUBJECT_AFTER_PARTIES = re.compile(r"\sgiữa\s+" + UP + r".*?\svề\s")


# "Hiệp định Paris về chấm dứt chiến tranh ...", "Tuyên bố chung Đông Lâm
# về ...", "Tuyên bố chung Việt Nam - Nhật Bản về ...": an agreement called
# by the place it was adopted at, or by its two parties, is known by that
# name; the "về ..." after it describes it.  Every word of the name is
# capitalised ("Công ước Liên hợp quốc về ..." names its body, in lower case
# within), in no acronym ("Hiệp định khung ASEAN về ...") and not "Khung"
# ("Hiệp định Khung về ...": a framework agreement, a kind).
_NAME_WORD_OF_PLACE = r"(?!Khung(?!\w))" + UP + r"(?![A-ZĐ])\w*"
_PLACE_NAME_BEFORE_ABOUT = re.compile(r"(?:\s+" + _NAME_WORD_OF_PLACE + r"){1,3}(?:\s+[-–]\s+" + _NAME_WORD_OF_PLACE
                                      + r"(?:\s+" + _NAME_WORD_OF_PLACE + r"){0,2})?(?=\s+về\s)")


# "Khung kết nối kinh tế Đông Lâm - Hòa Minh", "Thỏa thuận đối tác số A - B":
# an agreement's title closing with its two parties' names, joined by a dash,
# says which document it is, as "giữa A và B" does (see ``_NAMED_PARTIES``).
_PARTY_WORDS = UP + r"\w*(?:\s+" + UP + r"\w*){0,2}"
_PARTY_PAIR_AT_END = re.compile(r"(?<!\w)" + _PARTY_WORDS + r"\s+[-–]\s+" + _PARTY_WORDS + r"$")


# A code of conduct states parties agree on is named by the sea or region it
# rules in, as an agreement between named parties is by them: "Bộ Quy tắc hành
# xử ở Vịnh Hòa Minh"; the words after the name praise it ("... thực chất, hiệu
# quả"), no part of the title.  Another agreement's "ở Hà Nội" is where it was
# signed ("ký Thỏa thuận hợp tác ở Hà Nội").
_REGION_IN_TITLE = re.compile(r"\s+ở(?:\s+" + _NAME_WORD_OF_PLACE + r"){1,3}(?!\s+" + UP + r")")


def _region_end(text: str, head: re.Match[str], end: int) -> int | None:
    """The end of a code of conduct's title at the region it rules in, or None."""
    region = _REGION_IN_TITLE.search(text, head.end(), end) if head.group(0).startswith("Bộ") else None
    return region.end() if region else None


def _parties_then_subject(text: str, head: re.Match[str], end: int) -> bool:
    return head.group(0)[0].isupper() and _SUBJECT_AFTER_PARTIES.match(text, head.end(), end) is not None


# "Tuyên bố Tầm nhìn chung về hòa bình, thịnh vượng và người dân": an
# agreement's subject may list short nouns parted by commas, the last pair
# joined by "và", up to the clause's end; a verb after a comma opens a clause
# of the sentence instead ("Bản ghi nhớ về X, tạo thuận lợi cho ..."); each
# noun is as short as a paired one (see ``_PAIRED_NOUN_MAX_WORDS``).


def _listed_subject_end(text: str, end: int) -> int:
    """The end of the list of short nouns an agreement's subject ending at
    ``end`` runs on into, closed by "và" and the clause's end; or ``end``."""
    def short_noun(at: int, item_end: int) -> bool:
        nouns = _AND_WORD.split(text[at:item_end])
        return (not _CLAUSE_VERB.match(text, at)
                and all(0 < len(noun.split()) <= _PAIRED_NOUN_MAX_WORDS for noun in nouns))

    for pos, item_end in _comma_items(text, end, lambda at: bool(_LOWER_AFTER_COMMA.match(text, at)),
                                      lambda at: _title_end(text, at, and_closes_list=True, subject=True)):
        # the bodies that signed it close the list as the clause's end does
        # ("về y tế, giáo dục và văn hóa giữa Bộ A và Bộ B"; see ``_BODY_PARTIES``)
        parties = _BODY_PARTIES.search(text, pos, item_end)
        item_end = parties.start() if parties else item_end
        if not short_noun(pos + 1, item_end):
            return end
        if _AND_WORD.search(text, pos, item_end):
            return item_end if parties or _CLAUSE_END_NO_COMMA.match(text, item_end) else end
    return end


# Without "trong", a new phase closing an agreement's title is the agreement
# renewed for it: "ký Thỏa thuận Đối tác X giai đoạn mới", a phrase of the
# sentence; "... trong giai đoạn mới" is the times a title is written for.
_NEW_PHASE_AT_END = re.compile(r"(?<!trong)\s+(?:giai\s+đoạn|thời\s+kỳ)\s+mới$")


# A protocol amending or upgrading an agreement may name it by its acronym
# and the version the change makes ("Nghị định thư nâng cấp ATIGA 2.0",
# "... sửa đổi AANZFTA"): the acronym is the agreement's proper name.
_ACRONYM_VERSION = r"[A-ZĐ]{2,}[A-Z0-9+]*(?:\s+\d{1,2}(?:\.\d{1,2})?)?"
_AMENDS_ACRONYM = re.compile(r"\s+(?:nâng\s+cấp|sửa\s+đổi(?:,\s*bổ\s+sung)?)\s+" + _ACRONYM_VERSION + r"$")
_VERSION_REST = re.compile(r"\.\d{1,2}(?!\w|\.\w)")


def _amended_acronym_end(text: str, start: int, end: int) -> int | None:
    """The end of a title from ``start`` that names the agreement it amends by
    its acronym (see ``_AMENDS_ACRONYM``), over the version's point the title
    stopped at ("2" of "2.0"); or None."""
    rest = _VERSION_REST.match(text, end)
    stop = rest.end() if rest else end
    return stop if _AMENDS_ACRONYM.search(text, start, stop) else None


# A convention is known by the year it was adopted: "Công ước 1951" is its
# name, whatever follows; "Công ước năm 1951 về ..." names it by its subject
# too, as the body that adopted it would (see ``_JOINT_AUTHORS``).
_ADOPTION_YEAR = re.compile(r"(?<=Công\sước)\s+(?:19|20)\d\d(?![\d/]|\s*[-–]\s*\d)")
_ADOPTION_YEAR_THEN_SUBJECT = re.compile(r"(?<=Công\sước)\s+năm\s+(?:19|20)\d\d\s+về(?=\s)")


def _adopted_convention_end(text: str, m: re.Match[str]) -> int | None:
    """The end of a convention named by its year of adoption after the head ``m``, or None."""
    if year := _ADOPTION_YEAR.match(text, m.end()):
        return year.end()
    subject = _ADOPTION_YEAR_THEN_SUBJECT.match(text, m.end())
    return _title_end(text, subject.end(), subject=True) if subject else None


# "ký Biên bản thống nhất Kế hoạch hợp tác năm 2027": the record of agreeing
# on a capitalised document is that document's signing, the record no
# title of its own; the document is the one cited.
_AGREES_ON_DOCUMENT = re.compile(r"\s+(?:thống\s+nhất|phê\s+duyệt|thông\s+qua)\s+(?=(?:"
                                 + _any_of(DOCUMENT_HEADS) + r")(?!\w))")


# "Nghị định thư của Hiệp ước Khu vực phi vũ khí hạt nhân": a protocol to a
# treaty is named by the treaty it adds to, "của" and all (see ``_protocol_end``).
_PROTOCOL_OF = re.compile(r"(?<=Nghị\sđịnh\sthư)\s+của(?=\s+(?:" + _any_of(AGREEMENT_HEADS) + r")\s)")


def _protocol_end(text: str, head: re.Match[str]) -> int | None:
    """The end of a protocol's title that names the treaty it belongs to, or
    None; a treaty named by its head alone ("... của Hiệp định này") names none."""
    of = _PROTOCOL_OF.match(text, head.end())
    treaty = _AGREEMENT_HEAD.search(text, of.end()) if of else None
    return _title_end(text, treaty.end()) if treaty else None


def _agreement_candidates(text: str, *, listed_apart: bool = False) -> list[Candidate]:
    found = []
    for m in _AGREEMENT_HEAD.finditer(text):
        if _AGREES_ON_DOCUMENT.match(text, m.end()):
            continue
        if (protocol := _protocol_end(text, m)) is not None:
            found.append(Candidate(m.start(), protocol, "title", m))
            continue
        if (adopted := _adopted_convention_end(text, m)) is not None:
            found.append(Candidate(m.start(), adopted, "title", m))
            continue
        about = _ABOUT_SUBJECT.search(m.group(0)) is not None
        # a bulleted line of a list of agreements is its subject alone ("- Hiệp định miễn thị thực cho người ...")
        bulleted = search_before(_LIST_ITEM_BEFORE, text, m.start()) is not None
        authors = _JOINT_AUTHORS.match(text, m.end())
        if authors and m.group(0)[0].isupper():
            end = _joint_subject_end(text, authors.end())
            if end is not None:
                found.append(Candidate(m.start(), end, "title", m))
            continue
        end = _title_end(text, m.end(), subject=about or bulleted)
        if end is None or search_before(_GENERIC_BEFORE, text, m.start()):
            continue
        if not about and _parties_then_subject(text, m, end):
            end = _title_end(text, m.end(), subject=True)
        if not about and m.group(0)[0].isupper() and (place := _PLACE_NAME_BEFORE_ABOUT.match(text, m.end())):
            end = min(end, place.end())
        if new_phase := _NEW_PHASE_AT_END.search(text, m.end(), end):
            end = new_phase.start()
        if (amended := _amended_acronym_end(text, m.end(), end)) is not None:
            end = amended
        proper = (text[m.end():end].lstrip()[:1].isupper() or _ACRONYM_AFTER.match(text, end)
                  or amended is not None)
        capitalised = m.group(0)[0].isupper()
        signed = (capitalised and search_before(_SIGNED_BEFORE, text, m.start())
                  and _PARTIES_OR_SUBJECT.search(text, m.start(), end))
        kind_then_subject = not about and _KIND_THEN_SUBJECT.match(text, m.end(), end)
        subject_start = m.end() if about else kind_then_subject.end() if kind_then_subject else None
        line_end = end  # "- Hiệp định X về Y giữa hai nước;", "gồm: Hiệp định X giữa Bộ A và Bộ B;": the item, its parties cut off
        if subject_start is not None and (unnamed := _UNNAMED_PARTIES.search(text, subject_start, end)):
            end = unnamed.start()
        if subject_start is not None or _SUBJECT_AFTER_PARTIES.search(text, m.end(), end):
            end = _listed_subject_end(text, end)  # "... giữa A và B về trao đổi tin, bài và ...": a subject too
            if _BODY_PARTIES.match(text, end) and (parties_end := _title_end(text, end)) is not None:
                line_end = max(line_end, parties_end)  # "về y tế, giáo dục và văn hóa giữa Bộ A và Bộ B;": the whole item
        named = subject_start is not None or text[m.end():end].lstrip()[:1].isupper()
        if capitalised and named and (parties := _body_parties_start(text, m.end(), end)) is not None:
            end = parties
        named_by_subject = (capitalised and (about or kind_then_subject)
                            and _may_be_title(text, m.start(), numbered=False))
        between_named = capitalised and (_NAMED_PARTIES.search(text, m.end(), end)
                                         or _PARTY_PAIR_AT_END.search(text, m.end(), end))
        # a bulleted line that is an agreement with its subject alone is one
        # of a list of documents, though the list's other lines be paragraphs
        # of their own ("- Thỏa thuận về hợp tác trong lĩnh vực ..."): a list
        # of tasks opens its lines with verbs
        listed = capitalised and (_whole_listed_item(text, m.start(), line_end, listed_apart=listed_apart)
                                  or (bulleted and (about or kind_then_subject) and _ITEM_CLOSE.match(text, line_end)))
        if not (proper or signed or named_by_subject or between_named or listed
                or _PERIOD_AT_END.search(text, m.end(), end)):
            end = _region_end(text, m, end)
        if end is not None:
            found.append(Candidate(m.start(), _place_list_end(text, m.end(), end), "title", m))
    return found


# A vision statement adopted by a body of states is named by its proper
# title and the year it looks to: "Tầm nhìn ASEAN 2020", "Tầm nhìn Cộng đồng
# ASEAN 2045"; the year is part of the name.  A lower-case "tầm nhìn đến năm
# 2050" is a plan's horizon (see ``_VISION``).
_VISION_NAME_MAX_WORDS = 6
_VISION_DOCUMENT = re.compile(
    r"(?<!\w)Tầm\s+nhìn\s+" + UP + r"\w*(?:\s+\w+){0," + str(_VISION_NAME_MAX_WORDS - 1) + r"}?"
    r"\s+(?:năm\s+)?(?:19|20)\d\d(?![\d/]|\s*[-–]\s*\d)")


def _vision_candidates(text: str) -> list[Candidate]:
    if "Tầm nhìn" not in text:
        return []
    return [Candidate(m.start(), m.end(), "title", m) for m in _VISION_DOCUMENT.finditer(text)
            if not any(word.lower() in _TITLE_STOP for word in m.group(0).split())
            and _may_be_title(text, m.start(), numbered=False)]


# Provincial resolutions are cited by their subject, which may hold commas:
# "Nghị quyết về nhiệm vụ, giải pháp ... năm 2025", "Nghị quyết quy định
# mức chi ... trên địa bàn tỉnh", "Nghị quyết phê duyệt ...": "về" or the
# verb a title starts with.  The subject must close with a period or a
# scope, which shows where the title ends.
_TITLE_VERBS = ["về", "quy định", "điều chỉnh", "phê duyệt", "sửa đổi", "bổ sung", "ban hành",
                "thông qua", "giao", "phân bổ", "bãi bỏ", "thành lập", "sắp xếp"]
# A directive, a conclusion or a regulation is cited by its subject after "về"
# as well ("dự thảo Chỉ thị về tăng cường ... trên địa bàn tỉnh").
_ABOUT_HEADS = ["Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Hướng dẫn"]
_SUBJECT_HEAD = re.compile(r"(?=[NCKQH])(?:(?:" + _any_of(["Nghị quyết"]) + r")\s+(?:" + "|".join(_TITLE_VERBS)
                           + r")\s+|(?:" + _any_of(_ABOUT_HEADS) + r")\s+về\s+)")
# A school year closes a subject as a calendar year does ("... năm học 2024-2025");
# a scope closes it with the place's name, if written ("trên địa bàn tỉnh Hà Lâm"),
# with or without its place word ("trên địa bàn Thủ đô", "... TP Hòa Minh").
_THE_CAPITAL = r"Thủ\s+đô(?!\w)"  # the capital city, a name with its second syllable in lower case
# So does the locality whose matter it rules on ("... sắp xếp đơn vị hành
# chính cấp xã của tỉnh Đông Lâm", "... của tỉnh."): a place word alone ends
# the clause ("của tỉnh ủy" is no place).
# An assembly's resolution on the work of one session names it ("Nghị quyết về
# hoạt động chất vấn tại Kỳ họp thứ 8"): the session closes the subject.
_AT_SESSION = r"tại\s+Kỳ\s+họp\s+" + _SESSION_NUMBER + r"(?!\w)"
# So do the localities it is for, listed by their kind up to the clause's end
# ("Nghị quyết về phân cấp nguồn thu cho 45 xã, phường, đặc khu, ...").
_LOCALITY_KIND = r"(?:" + _PLACE_WORDS + r"|đặc\s+khu)(?!\w)"
_FOR_LOCALITIES = (r"cho\s+(?:các\s+|\d+\s+)?" + _LOCALITY_KIND
                   + r"(?:\s*,\s*" + _LOCALITY_KIND + r"|\s+và\s+" + _LOCALITY_KIND + r")*(?=\s*[.,;:]|\s*$)")
# The lunar new year it is the occasion of, named by its year in the cycle,
# closes it as a calendar year does ("... nhân dịp Tết Nguyên đán Giáp Thìn
# 2024"); a feast that is its matter ("Chỉ thị về tổ chức Tết Giáp Thìn
# 2024") names no title without its number, which the article gives.
_NEW_YEAR_FEAST = r"dịp\s+Tết(?:\s+Nguyên\s+đán)?\s+" + CYCLE_YEAR_NAME + r"\s+(?:năm\s+)?(?:19|20)\d\d(?![\d/])"
# The times it is written for close it as a period does ("Nghị quyết về phát
# triển giáo dục trong kỷ nguyên mới", see ``_NEW_TIMES``).
_SUBJECT_CLOSE = re.compile(
    r"(?:đoạn|năm(?:\s+học)?)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?![\d/])"
    r"|" + _NEW_YEAR_FEAST + r"|" + _NEW_TIMES.pattern
    + r"|" + _SCOPE.pattern + r"(?:\s+" + _PLACE_WORDS + r"(?!\w))?(?:\s+(?:" + _THE_CAPITAL + r"|" + UP + r"\w*))*"
    r"|của\s+" + _PLACE_WORDS + r"(?:(?:\s+" + UP + r"\w*)+|(?!\s*\w))"
    r"|" + _AT_SESSION + r"|" + _FOR_LOCALITIES)
_SUBJECT_MAX_WORDS = 30
# A time of the sentence right after a subject no period or scope closes ends
# it as a close would ("ban hành Chỉ thị về phòng, chống rác thải nhựa từ năm
# 2019", "... trước ngày 15-8"): no title runs on past when it was issued or is due.
_TIME_OF_SENTENCE = re.compile(r"(?:từ|trước|vào|trong)\s+(?:ngày|tháng|năm|quý)\s+\d")


# "trình Quốc hội xem xét Nghị quyết về X tại Kỳ họp thứ 5": after a verb of
# passing or weighing the session is where the act is done, not the
# resolution's subject; "đưa vào Nghị quyết về hoạt động chất vấn tại Kỳ họp
# thứ 5" names the questioning of that session.
_PASSING_BEFORE = re.compile(r"(?<!\w)(?:thông\s+qua|xem\s+xét|trình|cho\s+ý\s+kiến)\s+$")
_AT_SESSION = re.compile(r"\s+tại\s+(?:[Kk]ỳ|[Pp]hiên)\s+họp(?!\w)")


def _session_after_passing_end(text: str, head: int, start: int, end: int) -> int:
    """The end of a title from ``start`` before the session its passing is
    done at, when a verb of passing stands before the ``head``; or ``end``."""
    session = _AT_SESSION.search(text, start, end)
    if session and search_before(_PASSING_BEFORE, text, head):
        return session.start()
    return end


def _subject_candidates(text: str) -> list[Candidate]:
    found = []
    for m in _SUBJECT_HEAD.finditer(text):
        end = _subject_end(text, m.end())
        if end is not None:
            end = _session_after_passing_end(text, m.start(), m.end(), end)
        if end is not None and not search_before(_GENERIC_BEFORE, text, m.start()):
            found.append(Candidate(m.start(), _place_list_end(text, m.end(), end), "title", m))
    return found


def _subject_end(text: str, start: int) -> int | None:
    """The end of the last period or scope in the subject at ``start``,
    which runs over commas up to a clause's end or a word that cannot be in
    a title; None without one.  Before any close, a linking preposition
    ("miễn học phí cho trẻ em ... trên địa bàn tỉnh") does not end the
    subject: only a close after it can, which shows it is the title's."""
    end = None
    words = 0
    last = start
    for m in _TOKEN.finditer(text, start):
        token = m.group(0)
        if token not in ",-–" and not token[0].isalnum():
            break
        if text[start:m.start()].count("\n") or words > _SUBJECT_MAX_WORDS:
            break
        if token[0].isalnum():
            linked = end is None and words > 0 and _LINK_IN_TITLE.match(text, m.start() - 1)
            if (_stops_title(token.lower(), text, m.start()) and not linked) or _NUMBERED.match(text, m.start()):
                if end is None and words > 0 and _TIME_OF_SENTENCE.match(text, m.start()):
                    end = last
                break
            words += 1
            last = m.end()
        close = _SUBJECT_CLOSE.match(text, m.start())
        if close:
            end = close.end()
    return end


_CAPITALISED_NAME = r"(?:\s+" + UP + r"\w*)+"
# A title that ends with a place ("... tỉnh Hà Lâm"): the place word and name.
_LAST_PLACE = re.compile(r"(?:^|\s)(?P<word>" + _PLACE_WORDS + r")" + _CAPITALISED_NAME + r"$")


def _place_list_end(text: str, start: int, end: int) -> int:
    """A title naming several places of one kind ("Đề án sáp nhập huyện A,
    huyện B và huyện C") runs through the list the comma would cut."""
    last = _LAST_PLACE.search(text, start, end)
    if not last:
        return end
    more = re.compile(r"(?:\s*,\s*|\s+và\s+)" + re.escape(last.group("word")) + _CAPITALISED_NAME)
    while m := more.match(text, end):
        end = m.end()
    return end


# A decree or a circular is a legal act whose title is its subject: written
# with a capital mid-sentence and "về", it names one act without its number
# ("xây dựng Nghị định về thành lập, quản lý và sử dụng Quỹ X").
_SUBJECT_TITLED_HEADS = re.compile(r"(?:Nghị định|Thông tư)\s+về$")


def _numbered_title_candidates(text: str) -> list[Candidate]:
    """"Nghị định về quản lý ... số 38/2015/NĐ-CP": a title is kept with its
    number, or without one for an act named by its subject (see ``_SUBJECT_TITLED_HEADS``)."""
    found = []
    for m in _NUMBER_TITLE_HEAD.finditer(text):
        if _NUMBERED.match(text, m.start()):
            continue  # "Nghị quyết số 57-NQ/TW": the numbered form, which wins over a title anyway
        end = _title_end(text, m.end())
        number = _NUMBER_AFTER_TITLE.search(text, m.end(), end) if end else None
        if number and _may_be_title(text, m.start(), numbered=True):
            found.append(Candidate(m.start(), number.end(), "title", m))
        elif _named_by_acronym(text, m, end):
            found.append(Candidate(m.start(), end, "title", m))
        elif _SUBJECT_TITLED_HEADS.match(m.group(0)) and _may_be_title(text, m.start(), numbered=False):
            # a subject as an agreement's is: "... trong lĩnh vực giao thông" is in it
            end = _title_end(text, m.end(), subject=True)
            if end:
                found.append(Candidate(m.start(), _listed_title_end(text, m.end(), end), "title", m))
    return found


def _named_by_acronym(text: str, head: re.Match[str], end: int | None) -> bool:
    """"Quy định chống phá rừng của Liên minh châu Âu (EUDR)": a capitalised
    act whose title is followed by its acronym in brackets is one document, as
    an agreement so cited is (see ``_ACRONYM_AFTER``); not when the acronym is
    that of the name the title ends with ("Quyết định thành lập Ban Chỉ đạo (BCĐ)")."""
    acronym = _ACRONYM_AFTER.match(text, end) if end is not None else None
    if not acronym or not head.group(0)[0].isupper():
        return False
    letters = acronym.group(0).strip(" ()")
    last_words = text[head.end():end].split()[-len(letters):]
    return _initials(last_words) != letters and _may_be_title(text, head.start(), numbered=False)


def _initials(words: list[str]) -> str:
    """"Bộ luật Hình sự": "BLHS", the acronym Vietnamese writes for a name."""
    return "".join(word[0].upper() for word in words)


# A list of documents, one a bulleted line ("- Hiệp định ...;", "- Kế hoạch
# ... ."): a line that is a title and nothing else is a noun item, not a
# sentence, so its capital is the name's, when another line of the list opens
# with a document word too (a list of tasks opens with verbs).
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-–•+][ \t]*$")
_ITEM_CLOSE = re.compile(r"[ \t]*[;.]?[ \t]*(?:\n|$)")
# A list's line opens with a bullet or with its number ("3. Bản ghi nhớ về ...").
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–•+]|\d{1,2}[.)])[ \t]*$")
_BULLETED_DOCUMENT = re.compile(r"(?:^|\n)[ \t]*[-–•+][ \t]*(?:" + _any_of(DOCUMENT_HEADS + AGREEMENT_HEADS) + r")(?!\w)")


# "... trao 4 văn kiện, gồm: Bản ghi nhớ về ...; Hiệp định ...": a colon opens a
# run-in list whose items a semicolon parts; its first item's capital is the
# list's, but a document word opening the next item says the list is of documents.
_LIST_OPENED_BEFORE = re.compile(r":[ \t]*$")
_NEXT_ITEM_A_DOCUMENT = re.compile(r"[ \t]*;[ \t]*(?:" + _any_of(DOCUMENT_HEADS + AGREEMENT_HEADS) + r")(?!\w)")


def _whole_listed_item(text: str, start: int, end: int, *, listed_apart: bool = False) -> bool:
    """Whether the title from ``start`` to ``end`` fills a bulleted line of a
    list of documents, or the first item of a run-in one.  ``listed_apart``:
    the list's lines stand as paragraphs of their own, two or more opening
    with a document word."""
    if search_before(_LIST_OPENED_BEFORE, text, start) and _NEXT_ITEM_A_DOCUMENT.match(text, end):
        return True
    if not search_before(_BULLET_BEFORE, text, start) or not _ITEM_CLOSE.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return listed_apart or any(m.start() + (m.group(0)[0] == "\n") != line_start for m in _BULLETED_DOCUMENT.finditer(text))


# "Nghị quyết ... về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển
# ... năm 2026": the tasks and measures for carrying out a plan are the act's
# subject, the plan a word of it, not a document the sentence cites.
_TASKS_CARRYING_OUT_BEFORE = re.compile(r"(?<!\w)nhiệm\s+vụ\s*,\s*giải\s+pháp(?:\s+chủ\s+yếu)?"
                                        r"\s+(?:thực\s+hiện|triển\s+khai)\s+$")


def _may_be_title(text: str, start: int, *, numbered: bool) -> bool:
    """Not after "các" ("các Quy chế ..."), nor inside another name, nor
    inside a subject of tasks (see ``_TASKS_CARRYING_OUT_BEFORE``); a
    capital at a sentence start says nothing, so there only a title with its
    number counts; after a semicolon it does."""
    if (search_before(_GENERIC_BEFORE, text, start) or _inside_another_name(text, start)
            or (not numbered and search_before(_TASKS_CARRYING_OUT_BEFORE, text, start))):
        return False
    return numbered or not search_before(_CAPITALISED_START, text, start)


# A capitalised word just before the head (itself not at a sentence start),
# or a capitalised field joined to it by a dash: a department is named by two
# fields ("Sở Quy hoạch - Kiến trúc", "Phòng Tài chính - Kế hoạch huyện").
_CAPITAL_BEFORE = re.compile(r"(?<!\w)" + UP + r"\w*(?:\s+|(?:\s+\w+)?\s*[-–]\s*)$")
# An institution's word names a body at a sentence's start too, a photo
# credit's among them ("Ảnh: Viện Quy hoạch ..."): no adverbial is fronted so.
_INSTITUTION_WORD = re.compile(r"(?:Viện|Trường|Báo)\s+$")
# "quan hệ Đối tác Chiến lược toàn diện": a partnership's rank, not a strategy.
_PARTNERSHIP_BEFORE = re.compile(r"(?<!\w)đối\s+tác\s+$", re.IGNORECASE)
# "Ban Chỉ đạo Chương trình X ...": a board that runs a programme is named
# after it (its name ends in lower case, so no capital stands before the head).
_BOARD_BEFORE = re.compile(r"(?<!\w)(?:ban|văn\s+phòng)\s+(?:chỉ\s+đạo|quản\s+lý|điều\s+hành|điều\s+phối)\s+$",
                           re.IGNORECASE)


def _inside_another_name(text: str, start: int) -> bool:
    """A head after a capitalised word mid-sentence ends a name that word
    begins: a newspaper ("Báo Pháp Luật"), an institute ("Viện Chiến lược
    ..."), a ministry ("Bộ Kế hoạch và Đầu tư"); "Đối tác Chiến lược" is a
    partnership.  After a sentence's first word ("Theo Luật ...") the head
    starts the title.  A board is named after the programme it runs ("Ban
    Chỉ đạo Chương trình ...")."""
    if search_before(_PARTNERSHIP_BEFORE, text, start) or search_before(_BOARD_BEFORE, text, start):
        return True
    before = search_before(_CAPITAL_BEFORE, text, start)
    return bool(before) and (not search_before(_SENTENCE_START, text, before.start())
                             or _INSTITUTION_WORD.match(text, before.start(), start) is not None)


# A law's short name takes no "về" subject ("các quy định của Luật Báo chí về
# quyền tác giả": the law's provisions on that subject), unlike a resolution's
# title, nor "vào" ("đưa Luật X vào cuộc sống"), unlike a plan's ("Kế hoạch đưa
# Nghị quyết 57 vào cuộc sống"), nor "đối với": "thi hành Luật Đất đai đối với
# đất nông trường" applies the law to a matter.
_ABOUT = re.compile(r"\s+(?:về|vào|đối\s+với)(?!\w)")
# "Luật Đất đai mới": the new law, an adjective outside its name ("đổi mới" is a
# noun), and so is "hiện hành" (the law in force: "Luật Khoáng sản hiện hành
# còn bất cập"), wherever the title found runs on.  So is an unbracketed
# "sửa đổi" closing it: "triển khai Luật Cư trú sửa đổi" is the law as
# amended, called by its name; the draft's title brackets the word ("Luật Cư
# trú (sửa đổi)", see ``_AMENDMENT``).
_NEW_AFTER_NAME = re.compile(r"(?<!đổi)\s+mới$|\s+hiện\s+hành(?!\w)|\s+sửa\s+đổi$")
# "Ban soạn thảo dự án Luật X tổ chức Phiên họp thứ hai": the drafting body
# the law names holds a meeting; no law's name holds a meeting's.
_HOLDS_MEETING = re.compile(r"\s+(?:tổ\s+chức|tiến\s+hành|khai\s+mạc|họp)\s+(?:Phiên\s+họp|Hội\s+nghị|Kỳ\s+họp"
                            r"|Hội\s+thảo|Tọa\s+đàm|Lễ)(?!\w)")


# "Luật An ninh mạng của Việt Nam", "Luật Giám sát của Quốc hội Lào": the
# state whose law it is, or its legislature, is said of the law, outside its
# name; whom a law governs stays in it ("... của công dân Việt Nam").
_OWNING_STATE = re.compile(_OWNING_STATE_AT_END.pattern.removesuffix("$") + r"(?!\w)")


def _law_name_end(text: str, start: int, end: int) -> int:
    """The end of a law's name within the title found at ``start``..``end``."""
    about = _ABOUT.search(text, start, end) or _OWNING_STATE.search(text, start, end)
    if about:
        return about.start()
    new = _NEW_AFTER_NAME.search(text, start, end) or _HOLDS_MEETING.search(text, start, end)
    return new.start() if new else end


# A law's name joins two short fields with "và" ("Luật Địa chất và khoáng sản",
# "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"); a longer
# conjunct is the sentence's second predicate ("trái với Luật Kinh doanh bất
# động sản và cấu thành tội lừa đảo chiếm đoạt tài sản"), and so is a short
# one that opens with a verb of a task ("sơ kết Luật X và triển khai nhiệm vụ
# năm 2025", "thi hành Luật X và kiến nghị sửa đổi").
# A conjunct that runs up to an opening quotation names what is quoted ("theo
# Điều 174 Bộ luật Hình sự và tội "Lừa đảo ..."", "và chủ đề "..."").
_LAW_CONJUNCT_MAX_WORDS = 6  # syllables
_FIRST_AND = re.compile(r"\s+và\s+")
_OPENING_QUOTE = re.compile(r"\s+[\"“]")


def _law_conjunct_end(text: str, start: int, end: int, *, code: bool = False) -> int:
    """The end of a law's name before a " và " whose conjunct is too long to
    be the name's, is a task of its own or introduces a quotation, or ``end``.
    A code ("Bộ luật Lao động", "Bộ luật Tố tụng hình sự") names one field,
    never two: its " và " joins something else ("Bộ luật Lao động và chính
    sách bảo hiểm xã hội")."""
    conjunction = _FIRST_AND.search(text, start, end)
    if conjunction and (code or len(text[conjunction.end():end].split()) > _LAW_CONJUNCT_MAX_WORDS
                        or _CLAUSE_VERB.match(text, conjunction.end())
                        or _OPENING_QUOTE.match(text, end)):
        return conjunction.start()
    return end


# The words of a law title after its comma, and what may follow them.
_TAIL_WORD = re.compile(r" (\w+)")

_LAW_TAIL_MAX_WORDS = 8
_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_YEAR_AFTER = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)")
# The first activity of a comma-joined name is short ("Phòng", "Khám bệnh",
# "Thực hành tiết kiệm"); a longer name ("Luật Bảo vệ quyền lợi người tiêu
# dùng"), or a proper one ("Luật Mặt trận Tổ quốc Việt Nam": a capitalised
# word after the first) is complete in itself.
_FIRST_ACTIVITY_MAX_WORDS = 4
_PROPER_NAME = re.compile(r"\s\w+\s+(?:\w+\s+)*?" + UP)
# A comma before a clause's connective ends the title: "Luật X, đồng thời
# ...", and so does one before a verb of aim or of a task that opens a
# coordinated predicate ("thực hiện Luật X, bảo đảm an toàn ...", "bám sát
# Luật X, chủ động tham mưu ..."): the second activity of a law's name is its
# subject matter ("chống", "chữa", "sử dụng"), never an aim or a task.
_CLAUSE_LINK = re.compile(r"\s+(?:" + _CLAUSE_LINK_WORDS + r")(?!\w)")


# ... or a predicate: "Luật Phòng, chống X có hiệu lực từ ...", or the law's
# edition ("Luật Khám bệnh, chữa bệnh 2023").
# "về" and "vào" follow a law's name, as after its first part (see ``_ABOUT``),
# and so does where it was passed or applied ("thông qua Luật Phòng, chống X
# tại Kỳ họp thứ 9"), and so does the purpose it is drafted or applied for
# ("hoàn thiện Luật Phòng, chống X để trình Quốc hội", "... nhằm ...").
_TAIL_CLOSE = re.compile(r"\s+(?:năm|và|số|tại|để|nhằm)\b|\s*[.;:,()]|\s*$|\s+(?:19|20)\d\d(?!\d)|" + _ABOUT.pattern
                         + r"|\s+" + _PREDICATE.pattern)
# A tail that joins its activities with "và" is a name's list ("Luật Khoa học,
# công nghệ và đổi mới sáng tạo"), so an adverb of time or aspect after it opens
# the predicate ("... đang được xây dựng", "... đã có hiệu lực"), and so does
# a preposition its adverbial ("... sáng tạo trong toàn ngành", "... cùng các
# văn bản hướng dẫn"); after a tail without "và" either may as well be a new
# clause's ("thực hiện Luật X, người dân đã ...").
_ASPECT_CLOSE = re.compile(r"\s+(?:đang|đã|sẽ|được|vừa|cũng|trong|cùng|với|theo)(?!\w)")


def _complete_before_comma(text: str, start: int, end: int) -> bool:
    return (len(text[start:end].split()) > _FIRST_ACTIVITY_MAX_WORDS
            or _PROPER_NAME.match(text, start, end) is not None)


def _law_title_end(text: str, start: int, end: int) -> int:
    """Law titles join two activities with a comma ("Luật Phòng, chống tham
    nhũng", "Luật Trật tự, an toàn giao thông đường bộ"): the part after the
    comma belongs to the title when it is a few lower-case words closing the
    clause (or followed by "năm", "và", "số", a year); a year after it ("...
    năm 2024", "... 2023" as an edition) belongs to the title too; after a
    year, a long or proper name, or before a connective the title is closed
    ("Luật X năm 2017, nhà ga ...", "Luật Biên phòng Việt Nam, ...", "Luật X,
    đồng thời ..."), and so it is when a fronted "Theo Luật X, ..." has no
    comma after the tail: that comma was the one closing the adverbial."""
    if (not text.startswith(",", end) or _ENDS_WITH_YEAR.search(text, max(0, end - 5), end)
            or _complete_before_comma(text, start, end) or _CLAUSE_VERB.match(text, end + 1)):
        return end
    tail_start = end + 1
    tail_end = _law_tail_end(text, tail_start)
    if tail_end is None:
        return end
    tail_end = _paired_tail_end(text, tail_start, _listed_tail_end(text, start, tail_end))
    year = _YEAR_AFTER.match(text, tail_end)
    title_end = _bare_year_end(text, tail_start, year.end()) if year else tail_end
    if _after_fronting_word(text, start) and not text.startswith(",", title_end):
        return end
    return title_end


# A law on people's movement or status names whom it governs after its
# activities, by their tie to the country: "Luật Xuất cảnh, nhập cảnh của công
# dân Việt Nam", "... cư trú của người nước ngoài tại Việt Nam"; "của người dân
# xã X" after a list is the sentence's.
_GOVERNED_PERSONS = re.compile(r"\s+của\s+(?:công\s+dân|người)(?:\s+(?!" + UP + r")[^\W\d]+){0,3}?"
                               r"\s+Việt\s+Nam(?:\s+ở\s+nước\s+ngoài)?(?!\w)")
_OF = re.compile(r"\s+của\s")


def _governed_persons_end(text: str, pos: int) -> int | None:
    """The end of the persons a law's name governs, at ``pos``, when they close the name."""
    persons = _GOVERNED_PERSONS.match(text, pos)
    return persons.end() if persons and _TAIL_CLOSE.match(text, persons.end()) else None


def _law_tail_end(text: str, pos: int, max_words: int = _LAW_TAIL_MAX_WORDS) -> int | None:
    """The end of the lower-case words of a law's name after its comma at
    ``pos`` - 1, where they close (see ``_TAIL_CLOSE``, and ``_ASPECT_CLOSE``
    after a "và") or name the persons the law governs (see
    ``_GOVERNED_PERSONS``), or None."""
    tail_end = None
    joined = False  # a "và" joined two of the tail's words
    for _ in range(max_words):
        m = _TAIL_WORD.match(text, pos)
        if not m or _starts_another_item(text, pos) or not _fits_law_tail(m.group(1), text, m.end()):
            break
        pos = m.end()
        joined = joined or m.group(1) == "và"
        persons_end = _governed_persons_end(text, pos)
        if persons_end is not None:
            return persons_end
        if _TAIL_CLOSE.match(text, pos) or (joined and _ASPECT_CLOSE.match(text, pos)):
            tail_end = pos
    return tail_end


def _listed_tail_end(text: str, start: int, tail_end: int) -> int:
    """"Luật Thu, nộp, quản lý phí và lệ phí": a name listing activities and
    their objects goes on over its commas (the name from ``start``, its first
    tail ending at ``tail_end``) when the list closes with "và" and then no
    comma follows, or the conjunct after "và" repeats the name's opening pair
    (see ``_repeated_pair_end``): "A, B, C" with no "và" is a list of the
    sentence, unless its last item names the persons the law governs ("Luật
    Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt
    Nam"): a list of the sentence names no one."""
    joined = False
    for pos, item_end in _comma_items(text, tail_end, lambda at: text.startswith(",", at),
                                      lambda at: _law_tail_end(text, at)):
        if _ends_with_governed_persons(text, pos, item_end):
            return item_end
        joined = joined or _AND_WORD.search(text, pos, item_end) is not None
        if joined and not text.startswith(",", item_end):
            return item_end
        repeated_end = _repeated_pair_end(text, start, tail_end, pos, item_end) if joined else None
        if repeated_end is not None:
            return repeated_end
    return tail_end


_AND_BEFORE_WORD = re.compile(r"(?<!\w)và\s+(?=\w)")


def _repeated_pair_end(text: str, start: int, tail_end: int, pos: int, item_end: int) -> int | None:
    """"Luật Thu, nộp, hoàn trả phí và thu, nộp thuế đất": the conjunct
    after the item's "và" repeats the name's opening pair ``start``..``tail_end``
    ("Thu, nộp") over the comma that follows it, for another object; the
    repetition shows the comma is the name's.  The end of the repeated pair's
    item, or None."""
    ands = list(_AND_BEFORE_WORD.finditer(text, pos, item_end))
    repeat_end = _law_tail_end(text, item_end + 1) if ands and text.startswith(",", item_end) else None
    if repeat_end is None:
        return None
    opening = text[start:tail_end].lower().split()
    repeat = text[ands[-1].end():repeat_end].lower().split()
    return repeat_end if len(repeat) > len(opening) and repeat[:len(opening)] == opening else None


def _ends_with_governed_persons(text: str, start: int, end: int) -> bool:
    """Whether the list item at ``start``..``end`` closes with the persons a law governs."""
    return any(_governed_persons_end(text, of.start()) == end for of in _OF.finditer(text, start, end))


_LAST_CONJUNCT = re.compile(r"(?<!\w)và\s+(?P<conjunct>[^,]+)$")


def _paired_tail_end(text: str, tail_start: int, tail_end: int) -> int:
    """"Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ": two pairs joined by
    "và"; a comma after the second pair's first item goes on to its second
    item, as long as the first (the pair is parallel).  Without "và" before
    it the comma closes the name: "A, B, C" is a list of the sentence."""
    last = _LAST_CONJUNCT.search(text, tail_start, tail_end)
    if not last or not text.startswith(",", tail_end):
        return tail_end
    length = len(last.group("conjunct").split())
    paired_end = _law_tail_end(text, tail_end + 1, max_words=length)
    if paired_end is None or len(text[tail_end + 1:paired_end].split()) != length:
        return tail_end
    return paired_end


# An adverbial fronted at a sentence's start: "Theo Luật X, ...", "Căn cứ Luật X, ...".
_FRONTING_WORD = re.compile(r"(?:^|[.!?;:…]\s+|\n)\W*(?:Theo|Căn\s+cứ)\s+(?:Bộ\s+luật|Luật|Pháp\s+lệnh)$")


def _after_fronting_word(text: str, start: int) -> bool:
    """Whether the law's head, which ends at ``start``, follows a fronting word."""
    return search_before(_FRONTING_WORD, text, start) is not None


def _fits_law_tail(word: str, text: str, after: int) -> bool:
    """A lower-case word of the name; "và" only between two of them
    ("Luật Bảo vệ, chăm sóc và giáo dục trẻ em", not "... và Luật Dược")."""
    if not word.islower():
        return False
    if word == "và":
        following = _TAIL_WORD.match(text, after)
        return bool(following) and following.group(1).islower()
    return word not in _LAW_TAIL_STOP and not _PREDICATE.match(text, after - len(word))


# "mới" ends a title's first word ("Đề án mới") but closes a compound in a
# name ("Luật Khoa học, công nghệ và đổi mới sáng tạo").  The verb "làm"
# (serve as, do) is a clause's: "thực hiện Luật X, lấy người dân làm trung tâm".
_LAW_TAIL_STOP = (_TITLE_STOP | _DEMONSTRATIVE | {"vào", "làm"}) - {"mới"}


# "Luật Đất đai (sửa đổi)": a draft amendment is another document than the law in force;
# a year after it names the amendment ("Luật Đất đai (sửa đổi) năm 2024"), as
# it names the law after an unbracketed "sửa đổi".
_AMENDMENT = re.compile(r"\s*\((?:sửa đổi(?:,\s*bổ sung)?|bổ sung)\)"
                        r"(?:\s+(?:năm\s+)?(?:19|20)\d\d(?![\d/]|\s*[-–]\s*\d))?")


def _amendment_end(text: str, end: int) -> int:
    m = _AMENDMENT.match(text, end)
    return m.end() if m else end


def _of_about_candidates(text: str) -> list[Candidate]:
    found = []
    for m in _OF_ABOUT.finditer(text):
        if search_before(_GENERIC_BEFORE, text, m.start()):
            continue
        end = _clause_end(text, m.end())
        if end > m.end():
            found.append(Candidate(m.start(), end, "of-about", m))
    return found


# "dự thảo Nghị quyết của Quốc hội về ... và dự thảo Nghị quyết về ...": "và"
# before a document's head (a draft's, too) opens the list's next document.
_AND_NEXT_DOCUMENT = re.compile(r"\s+và\s+(?:dự\s+thảo\s+)?(?:" + "|".join(map(re.escape, DOCUMENT_HEADS)) + r")(?!\w)")


# "... về phát triển du lịch, tháng 5-2025": a photo caption's date after the
# subject, no part of it.
_DATE_AFTER_COMMA = r"(?:ngày|tháng|năm)\s+\d"


def _clause_end(text: str, pos: int) -> int:
    """The end of a subject phrase: before ". ; :", before ", Capital", a
    date after a comma or "(",
    or before "và" and another document, or at its period; at most 30 words.
    The period is found first: a long subject closed by its year may be
    followed by the rest of the clause ("... năm 2026, trình Chính phủ trong
    tháng 12"), which is no part of it."""
    stop = re.compile(r"\s*(?:[.;:!?…(\n]|,\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦ]|" + _DATE_AFTER_COMMA + "))")
    m = stop.search(text, pos)
    end = m.start() if m else len(text)
    next_document = _AND_NEXT_DOCUMENT.search(text, pos, end)
    if next_document:
        end = next_document.start()
    end = _subject_period_end(text, pos, end)
    if len(text[pos:end].split()) > 30:
        return pos
    return end


_SUBJECT_PERIOD = re.compile(_PERIOD + r"(?!\d)")


def _subject_period_end(text: str, pos: int, end: int) -> int:
    """A subject closed by its period: "... nhiệm vụ quân sự, quốc phòng năm 2025
    thành chương trình ...": what follows the year is the sentence's, unless it
    goes on with another time ("năm 2025 và định hướng đến năm 2030")."""
    for period in _SUBJECT_PERIOD.finditer(text, pos, end):
        if period.end() < end and not _AFTER_NUMBER_IN_TITLE.match(text, period.end()):
            return period.end()
    return end


_DIGIT = re.compile(r"\d")


def _candidates(text: str, ctx) -> list[Candidate]:
    found = _register_candidates(text, ctx)
    found += _amending_constitution_candidates(text, found)
    # What every match of a form holds (a number; "Nghị quyết"): a run without
    # it is not scanned with that form's pattern, which most runs are not.
    has_digit = bool(_DIGIT.search(text))
    has_resolution = "ghị quyết" in text
    has_plenum_head = has_resolution or "ết luận" in text
    for form, pattern, may_match in (("numbered", _NUMBERED, has_digit), ("numbered", _NUMBERED_AGREEMENT, has_digit),
                                     ("numbered", _CERTIFICATE, has_digit), ("numbered", _STANDARD, has_digit),
                                     ("numbered", _PROGRAMME_CODE, has_digit),
                                     ("plenum", _PLENUM, has_plenum_head),
                                     ("congress", _CONGRESS, has_resolution), ("short", _SHORT, has_digit),
                                     ("meeting", _GOVERNMENT_MEETING, has_resolution),
                                     ("meeting", _SESSION, has_resolution)):
        if not may_match:
            continue
        for m in pattern.finditer(text):
            if form == "plenum" and not (m.group("n1") or m.group("n2") or m.group("k")):
                continue  # "Nghị quyết Trung ương" alone names no plenum
            if form == "plenum" and m.group("head") == "Kết luận" and search_before(_SENTENCE_START, text, m.start()):
                continue  # "Kết luận Hội nghị Trung ương 14, Tổng Bí thư ...": concluding it
            if form == "numbered":
                found += _numbered_with_list(m, text, year=_year_tells_apart(ctx, m))
            else:
                found.append(Candidate(m.start(), _end_of(form, m, text), form, m))
    titles = [_at_start_as_named(ctx, text, c)
              for c in _title_candidates(text, listed_apart=_lists_documents_apart(ctx))]
    titles = [_with_tail_named_elsewhere(ctx, text, _without_comma_tail(ctx, text, c)) for c in titles
              if c.form == "title" or _named_elsewhere(ctx, text[c.start:c.end])]
    named_congresses = _named_congress_candidates(text) if has_resolution else []
    volumes = [Candidate(m.start(), m.end(), "volume", m) for m in _CONGRESS_VOLUME.finditer(text)
               if not _drafted(text, m) and (not _cited_as_book(text, m) or m.group("x") in _congress_volumes_cited(ctx))]
    excerpts = _excerpt_candidates(text, ctx) if has_digit else []
    return (found + named_congresses + volumes + _of_about_candidates(text) + titles + excerpts
            + _acronym_candidates(text, ctx) + _law_in_capitals_candidates(text))


def _drafted(text: str, volume: re.Match[str]) -> bool:
    return search_before(_DRAFT_BEFORE, text, volume.start()) is not None


def _cited_as_book(text: str, volume: re.Match[str]) -> bool:
    return _PUBLISHER_AFTER.match(text, volume.end()) is not None


def _congress_volumes_cited(ctx) -> set[str]:
    """The ordinals of the congresses whose documents the article cites as
    such, not as a book in a note, read once from every run."""
    state = _state(ctx)
    if "congress volumes" not in state:
        state["congress volumes"] = {m.group("x") for where, run in ctx.article.inlines() if where != "dateline"
                                     for m in _CONGRESS_VOLUME.finditer(run.text)
                                     if not (_drafted(run.text, m) or _cited_as_book(run.text, m))}
    return state["congress volumes"]


# "Đề án 1 triệu căn hộ": a scheme or programme is called by its head and the
# figure its title aims at, words the article's full title holds ("Đề án đầu tư
# xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội ..."): a short form of that title.
# The figure and at least two words after it: a bare number is ``_SHORT``'s.
_EXCERPT_HEAD = re.compile(r"(?<!\w)(?P<head>" + _any_of(sorted(_PROJECT_HEADS)) + r")\s+(?=\d)")
_EXCERPT_WORD = re.compile(r"\s*([^\s,.;:!?…()\[\]\"“”'‘’]+)")
_EXCERPT_MIN_WORDS = 3
_EXCERPT_MAX_WORDS = 8


def _excerpt_candidates(text: str, ctx) -> list[Candidate]:
    if not any(head in text for head in _PROJECT_HEADS):
        return []
    found = []
    for m in _EXCERPT_HEAD.finditer(text):
        words, ends = [], []
        for word in _excerpt_words(text, m.end()):
            words.append(word.group(1))
            ends.append(word.end())
        title, count = _longest_title_holding(ctx, m.group("head"), words)
        if title:
            end = ends[_aim_words_end(text, words, ends, count) - 1]
            found.append(Candidate(m.start(), end, "excerpt", m))
    return found


def _longest_title_holding(ctx, head: str, words: list[str]) -> tuple[str | None, int]:
    """The article's title that holds the most of ``words`` from the first
    (``_EXCERPT_MIN_WORDS`` at least), and how many it holds."""
    for count in range(len(words), _EXCERPT_MIN_WORDS - 1, -1):
        if title := _title_holding(ctx, head, words[:count]):
            return title, count
    return None, 0


# The short form may name what its figure counts at more length than the
# title the article wrote ("Đề án 1 triệu căn hộ nhà ở xã hội" of "Đề án đầu
# tư xây dựng ít nhất 1 triệu căn hộ"): the lower-case words that go on after
# the excerpt are its own, up to a word that stops a title, a "và", or a
# number and the word it counts ("... 6 tháng đầu năm", "... năm 2025": the
# time the sentence speaks of).
def _aim_words_end(text: str, words: list[str], ends: list[int], count: int) -> int:
    """How many of ``words`` the short form holds, its first ``count`` the title's."""
    while count < len(words) and _aims_on(words[count], text, ends[count]) \
            and not (count + 1 < len(words) and words[count + 1][:1].isdigit()):
        count += 1
    return count


def _aims_on(word: str, text: str, end: int) -> bool:
    return (word.isalpha() and word.islower() and word != "và"
            and not _stops_title(word, text, end - len(word)))


def _excerpt_words(text: str, pos: int) -> Iterator[re.Match[str]]:
    for _ in range(_EXCERPT_MAX_WORDS):
        word = _EXCERPT_WORD.match(text, pos)  # (none at a punctuation mark: the clause ends)
        if word is None:
            return
        yield word
        pos = word.end()


# A short form writes the figure in digits that its title spells out ("Đề án
# 1 triệu héc ta" of "Đề án ... một triệu héc ta ..."); not "năm" (also "year").
_SPELLED_DIGITS = {"một": "1", "hai": "2", "ba": "3", "bốn": "4", "sáu": "6", "bảy": "7", "tám": "8",
                   "chín": "9", "mười": "10"}


def _with_digits(words: list[str]) -> str:
    return " " + " ".join(_SPELLED_DIGITS.get(w, w) for w in words) + " "


def _title_holding(ctx, head: str, words: list[str]) -> str | None:
    """The article's title after ``head`` that holds ``words`` after its first word, if any."""
    for title in _article_titles(ctx):
        if not title.startswith(head + " "):
            continue
        after_first_word = title.split()[len(head.split()) + 1:]  # (at its start the words are the title itself)
        if _holds_excerpt(after_first_word, words):
            return title
    return None


# A short form may skip a few words of the title between its figure and
# what it aims at: "Đề án 1 triệu héc ta lúa chất lượng cao" of "Đề án ...
# một triệu héc ta chuyên canh lúa chất lượng cao ..."), a single word too
# ("Đề án 1 triệu héc ta lúa").
_EXCERPT_GAP_MAX_WORDS = 3
_EXCERPT_TAIL_MIN_WORDS = 1


def _holds_excerpt(title_words: list[str], words: list[str]) -> bool:
    """``words`` as one run of ``title_words``, or as two runs, the figure's
    first, with a short gap between them."""
    title = _with_digits(title_words)
    if _with_digits(words) in title:
        return True
    for cut in range(_EXCERPT_MIN_WORDS, len(words) - _EXCERPT_TAIL_MIN_WORDS + 1):
        at = title.find(_with_digits(words[:cut]))
        if at < 0:
            continue
        after = title[at:].split()[cut:cut + _EXCERPT_GAP_MAX_WORDS + len(words) - cut]
        if _with_digits(words[cut:]) in _with_digits(after[1:]):  # (at least one word skipped)
            return True
    return False


def _lists_documents_apart(ctx) -> bool:
    """Whether two paragraphs or more of the article are bulleted lines
    opening with a document word: a list of documents ("- Hiệp định ...;",
    "- Bản ghi nhớ ...;") whose lines the page sets apart."""
    state = _state(ctx)
    if "documents listed apart" not in state:
        state["documents listed apart"] = sum(
            1 for _, run in ctx.article.inlines() if _BULLETED_DOCUMENT.match(run.text)) > 1
    return state["documents listed apart"]


def _article_titles(ctx) -> list[str]:
    """The titles the article names mid-sentence, read once from every run."""
    state = _state(ctx)
    if "titles" not in state:
        state["titles"] = [run.text[c.start:c.end] for where, run in ctx.article.inlines() if where != "dateline"
                           for c in _title_candidates(run.text) if c.form == "title"]
    return state["titles"]


# A heading written in capitals names a law in capitals too: "... CHO Ý KIẾN
# VỀ DỰ ÁN LUẬT THƯƠNG MẠI ĐIỆN TỬ".  No capital tells its name from the
# sentence there: the name runs over the words up to a word that stops a title
# ("TẠI", "CHO", ...), a "VÀ", "CỦA", "VỀ", a number or a punctuation mark; it
# opens with no word that no title opens with ("THEO LUẬT MỚI": the new law).
_LAW_IN_CAPITALS = re.compile(r"(?<!\w)(?P<head>BỘ LUẬT|LUẬT|PHÁP LỆNH)(?P<words>(?: [^\W\d_]+)+)")
_WORD_IN_CAPITALS = re.compile(r"[^\W\d_]+")
_ENDS_A_NAME_IN_CAPITALS = {w.upper() for w in _TITLE_STOP | {"và", "của", "về"}}


def _law_in_capitals_candidates(text: str) -> list[Candidate]:
    if not ("LUẬT" in text or "PHÁP LỆNH" in text) or not text.isupper():
        return []
    found = []
    for m in _LAW_IN_CAPITALS.finditer(text):
        end = m.end("head")
        for word in _WORD_IN_CAPITALS.finditer(text, m.start("words"), m.end()):
            if word.group() in _ENDS_A_NAME_IN_CAPITALS or (end == m.end("head")
                                                            and word.group().lower() in _DEMONSTRATIVE):
                break
            end = word.end()
        if end > m.end("head"):
            found.append(Candidate(m.start(), end, "capitals", m))
    return found


# A code or a law is cited by the initials of its name once the article has
# named it: "Bộ luật Hình sự" ... "Điều 51 BLHS", "Bộ luật Tố tụng hình sự" ... "BLTTHS".
# (Their initials open with those of the head: "BL", "L", "PL".)
_ACRONYM = re.compile(r"(?=[BLP])(?<![\w&.-])(?:BL|L|PL)[A-ZĐ]{1,6}(?![\w&-])")
# The name's words end before its year or number ("Bộ luật Hình sự năm 2015").
_NAME_WORD = re.compile(r"[^\W\d]+")


# An agreement is cited by its acronym and year once the article has given
# them in brackets after its title: "Công ước Liên hợp quốc về Luật Biển năm
# 1982 (UNCLOS 1982)" ... "UNCLOS 1982".  The acronym alone ("(UNCLOS)") is
# left, as the gold lists leave it.
_DATED_ACRONYM = re.compile(r"(?<![\w&.-])[A-Z]{3,}\s+(?:19|20)\d\d(?![\w&/-])")
_DATED_ACRONYM_IN_BRACKETS = re.compile(r"\s*\((?P<short>" + _DATED_ACRONYM.pattern + r")\)")


def _acronym_candidates(text: str, ctx) -> list[Candidate]:
    named = _article_acronyms(ctx)
    if not named:  # most articles name no code or law: no need to scan
        return []
    return [Candidate(m.start(), m.end(), "acronym", m, head=named[m.group(0)])
            for pattern in (_ACRONYM, _DATED_ACRONYM) for m in pattern.finditer(text) if m.group(0) in named]


def _agreement_acronyms(text: str) -> Iterator[tuple[str, str]]:
    """(acronym with year, title) of each agreement ``text`` names with them in brackets after it."""
    if "(" not in text:
        return
    for c in _agreement_candidates(text):
        short = _DATED_ACRONYM_IN_BRACKETS.match(text, c.end)
        if short:
            yield short.group("short"), text[c.start:c.end]


def _article_acronyms(ctx) -> dict[str, str]:
    """The initials of the codes and laws the article names, and the dated
    acronyms of its agreements, with the name as first written (read once
    from every run)."""
    state = _state(ctx)
    if "acronyms" not in state:
        acronyms: dict[str, str] = {}
        for where, run in ctx.article.inlines():
            if where == "dateline":
                continue
            for head in _TITLE_HEAD.finditer(run.text):
                titled = _titled_end(run.text, head) if head.group(0) in _LAW_HEADS else None
                if titled and _may_be_title(run.text, head.start(), numbered=True):
                    name = run.text[head.start():titled[0]]
                    acronyms.setdefault(_initials(_name_words(name)), name)
            for short, name in _agreement_acronyms(run.text):
                if _cited_again(ctx, short):
                    acronyms.setdefault(short, name)
        state["acronyms"] = acronyms
    return state["acronyms"]


def _cited_again(ctx, short: str) -> bool:
    """Whether the article writes the dated acronym ``short`` more than once:
    given only in brackets after its title ("Công ước ... năm 1982 (UNCLOS
    1982)"), it glosses the title and cites nothing, as the gold lists leave it."""
    return sum(1 for where, run in ctx.article.inlines() if where != "dateline"
               for m in _DATED_ACRONYM.finditer(run.text) if m.group(0) == short) > 1


def _name_words(name: str) -> list[str]:
    words = []
    for word in name.split():
        if not _NAME_WORD.fullmatch(word) or word in ("năm", "số"):
            break
        words.append(word)
    return words


# "Nghị quyết số 57-NQ/TW, 59-NQ/TW và 66-NQ/TW": more numbers of the same
# document word; a "số" written again before a number is its mention's, as
# it is after the word ("..., số 59-NQ/TW và số 66-NQ/TW").
_LISTED_NUMBER = re.compile(r"(?:\s*,\s*|\s+và\s+)(?P<mention>(?:số\s+)?(?P<num>" + NUMBER + r"))(?![\w/-])")


def _numbered_with_list(m: re.Match[str], text: str, *, year: bool = True) -> list[Candidate]:
    """A numbered mention (with the year after it when ``year``), and each
    number listed after it as a document of its own, of the same type; an
    issuer named after the list is theirs."""
    listed = []
    pos = m.end()
    end = m.end() if year else m.end("num")
    while more := _LISTED_NUMBER.match(text, pos):
        listed.append(more)
        pos = more.end()
    if not listed:
        return [Candidate(m.start(), end, "numbered", m)]
    head = m.group("head")
    return [Candidate(m.start(), end, "numbered", m, issuer_end=pos)] + [
        Candidate(n.start("mention"), n.end(), "numbered", n, head=head, issuer_end=pos) for n in listed]


def _end_of(form: str, m: re.Match[str], text: str) -> int:
    if form != "congress":
        return m.end()
    if m.group("owner") and m.group("term") and m.group("term").startswith(","):
        # "... Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030": the owner and the
        # ordinal identify the congress; its term after a comma is left out, as
        # most gold lists do (29 against 24) and the shortest identifying span
        # asks (so too after an owner named after the ordinal, below).
        return m.start("term")
    end = m.end()
    owner = re.match(r"\s+của\s+Đảng(?!\s*(?:bộ|" + _UY + r"))", text[end:])
    if owner and not re.match(r"\s+và\s+của\b", text[end + owner.end():]):
        # "... XIII của Đảng", but not "của Đảng và của Đảng bộ Khối"; another
        # country's party is named after it: "của Đảng Nhân dân Cách mạng Lào".
        return end + owner.end() + _org_words_length(text, end + owner.end(), named=True)
    if not m.group("scope"):
        committee = re.match(r"\s+của\s+Đảng\s+(?:bộ|" + _UY + r")", text[end:])
        if committee:
            return end + committee.end() + _org_words_length(text, end + committee.end())
    organisation = _ORGANISATION_AFTER_ORDINAL.match(text, end)
    if organisation and not m.group("term") and not _subject_of_its_own(text, m.start(), organisation.end()):
        term = _TERM.match(text, organisation.end())
        return term.end() if term and not term.group().startswith(",") else organisation.end()
    return end


# A mass organisation's congress names it right after the ordinal: "Đại hội
# XII Công đoàn Việt Nam", "Đại hội X Hội Liên hiệp Phụ nữ Việt Nam", "Đại hội
# XI Công đoàn tỉnh Hà Nam": capitalised words, a lower-case syllable of a
# compound between them ("Liên hiệp", "Công đoàn tỉnh"), a place word before a name,
# or closing it alone ("Đảng bộ tỉnh,": the province the article is about).
_CLAUSE_CLOSES = r"\s*(?:[,.;:)]|$)"
_PLACE_WORD_IN_NAME = _PLACE_WORDS + r"(?=\s+" + UP + r"|" + _CLAUSE_CLOSES + r")"
_NAME_AHEAD = r"(?=\s+(?:" + UP + r"|" + _PLACE_WORD_IN_NAME + r")|" + _CLAUSE_CLOSES + r")"
# "Thực hiện Nghị quyết Đại hội XIII Ban Thường vụ Tỉnh ủy đã ...": a name
# followed by a verb (after the name's last lower-case syllable, if any) is
# the subject of the clause, not the congress's owner.
_VERB_AFTER_SUBJECT = re.compile(r"(?:\s+(?!" + UP + r")[^\W\d]\w*)?\s+(?:đã|đang|sẽ|vừa|cũng|đều|luôn|" + _PREDICATE.pattern + r")(?!\w)")
# "mục tiêu mà Nghị quyết Đại hội XII Công đoàn Việt Nam đã đề ra": after the
# relative "mà" the mention is the clause's subject, so the verb is its own.
_RELATIVE_BEFORE = re.compile(r"(?<!\w)mà\s+$")


def _subject_of_its_own(text: str, start: int, name_end: int) -> bool:
    """Whether the name after a congress's ordinal, which ends at ``name_end``,
    is the subject of the verb after it rather than the congress's owner."""
    return (_VERB_AFTER_SUBJECT.match(text, name_end) is not None
            and not search_before(_RELATIVE_BEFORE, text, start))


# "... Công đoàn Việt Nam và Nghị quyết Đại hội ...": "và" before a document
# word joins a second document, not a word of the name ("Văn hóa và Du lịch").
_AND_ANOTHER_DOCUMENT = r"và\s+(?:" + "|".join(map(re.escape, DOCUMENT_HEADS)) + r")(?!\w)"
# "Đại hội XI Đảng bộ tỉnh về công tác dân vận": a party committee named by
# its level alone is whole, whatever lower-case words follow it.
_PARTY_COMMITTEE = r"Đảng\s+bộ(?:\s+" + _PLACE_WORDS + r")?(?!\w)"
_ORGANISATION_AFTER_ORDINAL = re.compile(
    r"\s+(?:" + _PARTY_COMMITTEE + r"|" + UP + r"\w*)(?:\s+(?:" + UP + r"\w*|" + _PLACE_WORD_IN_NAME + r"|(?!" + UP + r"|"
    + _AND_ANOTHER_DOCUMENT + r")\w+" + _NAME_AHEAD + r"))*")


# Words that join two names rather than continue one: "Đảng Nhân dân Cách mạng
# Lào và Kế hoạch ..." holds the party's name and a plan's.
_JOINING_WORDS = frozenset({"và", "của", "với", "cho", "tại"})


def _org_words_length(text: str, pos: int, *, named: bool = False) -> int:
    """Length of an organisation's name at ``pos``: capitalised words, and the
    lower-case syllable of a capitalised compound ("Nhân dân", "Cách mạng")
    when a capitalised word or the clause's end follows it; unless ``named``,
    also common organisation words ("cơ quan", "tỉnh")."""
    length = 0
    previous_capital = False
    for m in re.finditer(r"\s+(\w+)", text[pos:]):
        if m.start() != length:
            break
        word = m.group(1)
        capital = word[0].isupper()
        compound = previous_capital and word not in _JOINING_WORDS and _name_goes_on(text, pos + m.end())
        if not (capital or compound or (not named and word.lower() in _ORG_WORDS)):
            break
        previous_capital = capital
        length = m.end()
    return length


def _name_goes_on(text: str, end: int) -> bool:
    """After a lower-case syllable: a capitalised word next, or the clause ends."""
    following = re.match(r"\s+(\w)|\s*(?:[,.;:)]|$)", text[end:])
    return bool(following) and (following.group(1) is None or following.group(1).isupper())


# "Nghị quyết Đại hội Đoàn": a mass organisation's or the party's congress
# named by the organisation alone stands for its latest congress, one
# document.  A name that runs on in lower case is another's ("Đại hội Đảng
# bộ tỉnh", "Đại hội Đảng các cấp", "Đại hội Đoàn toàn quốc lần thứ XII"); so a
# lower-case word may follow only a one-word name: after a longer one it may
# be the name's last syllable ("Hội Nông dân").
_NAMED_CONGRESS = re.compile(r"(?=[Nn])(?<!\w)[Nn]ghị quyết\s+Đại hội(?=\s+" + UP + r")(?!\s+[IVXL]+(?!\w))")
_NAME_GOES_ON_WORDS = _ORG_WORDS | {"ủy", "uỷ", "cấp", "toàn", "đại", "lần", "khóa", "khoá", "nhiệm", "thứ"}
_NEXT_WORD = re.compile(r"\s+(\w+)")


# "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030": a congress named by its
# owner and its term, with no ordinal, is one congress too; the term bounds the
# owner's name, which holds no ordinal (see _CONGRESS) and no plural ("Đại hội
# Đảng bộ các cấp nhiệm kỳ ...": the congresses of every level, no document).
_TERM_CONGRESS = re.compile(
    r"(?=[Nn])(?<!\w)[Nn]ghị quyết\s+(?:của\s+)?Đại hội\s+(?:đại biểu\s+)?(?![IVXL]+(?!\w))" + UP + r"\w*"
    r"(?:\s+(?!(?:lần|khóa|khoá|nhiệm|các|những|mọi|[IVXL]+)(?!\w))\w+){0," + str(_OWNER_MAX_WORDS - 1) + r"}?"
    + _TERM_PATTERN + r"(?!\d)")


def _named_congress_candidates(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), "named-congress", m) for m in _TERM_CONGRESS.finditer(text)]
    for m in _NAMED_CONGRESS.finditer(text):
        end = m.end() + _org_words_length(text, m.end(), named=True)
        if _owner_name_ends(text, m.end(), end):
            found.append(Candidate(m.start(), end, "named-congress", m))
    return found


def _owner_name_ends(text: str, start: int, end: int) -> bool:
    """Whether the organisation's name at ``start``..``end`` is whole: the
    clause ends after it, or a one-word name is followed by a lower-case
    word that continues no name."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return _name_goes_on(text, end)
    word = following.group(1)
    return len(text[start:end].split()) == 1 and word.islower() and word not in _NAME_GOES_ON_WORDS


# --- resolving candidates to entries -----------------------------------------------


def _state(ctx) -> dict:
    return ctx.state.setdefault(__name__, {"plenums": {}, "numbers": {}})


def _roman(value: str) -> str:
    return value.upper()


def _ordinal(value: str) -> int:
    value = " ".join(value.lower().split())
    return int(value) if value.isdigit() else _ORDINALS[value]


def _iso_after(text: str, end: int) -> str | None:
    m = _DATE_AFTER.match(text, end)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def _stated_issuer(text: str, end: int, ctx) -> str | None:
    """"của Bộ Chính trị" right after the mention (after a date of issue, if any)."""
    m = _issuer_after(text, end, ctx)
    return m.group("issuer") if m else None


def _issuer_after(text: str, end: int, ctx) -> re.Match[str] | None:
    """The match of "của <issuer>" right after the mention (after a date of issue, if any)."""
    dated = _DATE_AFTER.match(text, end) or _YEAR_OF_ISSUE.match(text, end)
    return _issuer_regex(ctx.registers).match(text, dated.end() if dated else end)


# The year a document was issued in, left out of its mention (see ``_year_tells_apart``).
_YEAR_OF_ISSUE = re.compile(r"\s+năm\s+\d{4}(?!\d)")


# "của Quốc hội Lào", "của Chính phủ Nhật Bản": a body named with another
# country is that state's, not the register's body of the same name.
_FOREIGN_STATE = (r"\s+(?:" + "|".join(map(re.escape, (c for c in lexicon.countries() if c != "Việt Nam")))
                  + r")(?!\w)")


def _issuer_regex(registers: Registers) -> re.Pattern[str]:
    """"của" + the longest known issuer name (known issuers and the org
    register's names), compiled once per Registers.  Names of one length
    cannot both match at one place, so their order among themselves is moot."""
    def compile_issuers() -> re.Pattern[str]:
        names = set(KNOWN_ISSUERS + [n for n, _ in registers.names("org")])
        longest_first = sorted(names, key=lambda n: (-len(n), n))
        return re.compile(r"\s+của\s+(?P<issuer>" + "|".join(map(re.escape, longest_first))
                          + r")(?!\w)(?!" + _FOREIGN_STATE + r")")
    return registers.derived("directive-issuer-regex", compile_issuers)


def _issuer_by_suffix(number: str | None) -> str | None:
    if not number:
        return None
    compact = "".join(number.split())
    for rule in ISSUER_BY_SUFFIX:
        if rule.suffix.search(compact):
            return rule.issuer
    return None


def _org_id(ctx, name: str) -> str:
    """The org entry's id for an issuer, without counting a mention in the text."""
    registered = ctx.registers.lookup("org", name)
    known = registered.id if registered else xml_id("org", name)
    if known in ctx.entities.by_id:
        return known
    entity = resolve_entity(ctx, "org", name)
    entity.mentions -= 1  # the issuer of a bibl is not a mention in the text
    return entity.id


def _ensure_issuer(ctx, entity: Entity) -> None:
    """A register's issuer id must have its org entry in the article's standOff."""
    if not entity.issuer or entity.issuer in ctx.entities.by_id:
        return
    org = _registered_by_id(ctx, "org", entity.issuer)
    if org is not None:
        entity.issuer = _org_id(ctx, org.name)
        return
    for name in KNOWN_ISSUERS:
        if xml_id("org", name) == entity.issuer:
            entity.issuer = _org_id(ctx, name)
            return
    entity.issuer = None  # an id nothing defines would be a dangling reference


def _directive(ctx, name: str, *, text: str, end: int, number: str | None = None,
               doc_type: str | None = None, id: str | None = None,
               issuer_end: int | None = None) -> Entity:
    stated = _stated_issuer(text, issuer_end or end, ctx)
    issued = _iso_after(text, end)
    registered = (ctx.registers.lookup("directive", name)
                  or (ctx.registers.lookup_number(number) if number else None)
                  or (_register_by_id(ctx, id) if id else None))
    if registered is not None and ctx.registers.lookup("directive", name) is None:
        name = registered.name  # so that resolve_entity finds the register's entry
    issuer_name = stated or (None if registered and registered.issuer else _issuer_by_suffix(number))
    fields = {"number": number, "doc_type": doc_type, "date": issued,
              "issuer": _org_id(ctx, issuer_name) if issuer_name else None}
    if id and not registered:
        fields["id"] = id
    entity = resolve_entity(ctx, "directive", name, **fields)
    if stated and entity.issuer is None:
        entity.issuer = fields["issuer"]
    if issued and entity.date is None:
        entity.date = issued
    _ensure_issuer(ctx, entity)
    if entity.number:
        _state(ctx)["numbers"].setdefault((entity.doc_type or "", _number_key(entity.number)), entity.id)
    return entity


def _register_by_id(ctx, ident: str) -> Entity | None:
    return _registered_by_id(ctx, "directive", ident)


def _registered_by_id(ctx, kind: str, ident: str) -> Entity | None:
    """The first register entry of ``kind`` with id ``ident``, from an index
    kept with the registers: a scan of every entry for each directive
    mention cost more than the rest of the mention's resolution."""
    def index() -> dict[str, Entity]:
        by_id: dict[str, Entity] = {}
        for entry in ctx.registers.of_kind(kind):
            by_id.setdefault(entry.id, entry)
        return by_id
    return ctx.registers.derived(("entries-by-id", kind), index).get(ident)


def _number_key(number: str) -> str:
    return re.split(r"[-/]", normalize_number(number))[0].lstrip("0") or "0"


# "Quyết định số 12/QĐ-UBND năm 2021": the year after a number is when it
# was issued, outside the mention (most gold lists, 6 against 3), unless the
# article cites the number for another year too ("Nghị quyết 02/NQ-CP năm
# 2020 ... Nghị quyết 02/NQ-CP năm 2021": annual resolutions share numbers)
# or names two years ("năm 2020 và 2021"); then the year tells which.
def _year_tells_apart(ctx, m: re.Match[str]) -> bool:
    year = m.groupdict().get("year")
    if not year:
        return True
    return " và " in " ".join(year.split()) or len(_article_years(ctx).get(_spaced(m.group("num")), ())) > 1


def _spaced(number: str) -> str:
    return " ".join(number.split())


def _article_years(ctx) -> dict[str, set[str]]:
    """The years each document number is written with across the article, read once."""
    state = _state(ctx)
    if "years" not in state:
        years: dict[str, set[str]] = {}
        for where, run in ctx.article.inlines():
            if where == "dateline" or not _DIGIT.search(run.text):
                continue
            for m in _NUMBERED.finditer(run.text):
                if m.group("year"):
                    years.setdefault(_spaced(m.group("num")), set()).add(_spaced(m.group("year")))
        state["years"] = years
    return state["years"]


def _numbered(ctx, c: Candidate, text: str) -> list[str]:
    m = c.match
    head = c.head or m.group("head")
    doc_type = head[0].upper() + head[1:]
    number = " ".join(m.group("num").split())
    # the year names the document only where the mention holds it
    year = m.groupdict().get("year") if m.groupdict().get("year") and c.end >= m.end("year") else None
    name = text[c.start:c.end]
    if c.head and name.startswith("số"):
        name = f"{doc_type} {name}"  # a listed "số 59-NQ/TW" is named with its document word
    entity = _directive(ctx, name, text=text, end=c.end, number=number, doc_type=doc_type,
                        id=_numbered_id(ctx, doc_type, number, year), issuer_end=c.issuer_end)
    return [entity.id]


def _numbered_id(ctx, doc_type: str, number: str, year: str | None) -> str | None:
    """An id of its own for a number that does not tell one document by
    itself, unless the register knows it: annual government resolutions share
    numbers, so the year tells them apart; a bare number ("Công ước số 98") is
    one only within its document word's series."""
    if ctx.registers.lookup_number(number):
        return None
    if year:
        return xml_id("dir", number) + f"-{slug(year.split()[1])}"
    if number.isdigit():
        return xml_id("dir", f"{doc_type} {number}")
    return None


def _short(ctx, c: Candidate, text: str) -> list[str] | None:
    head, num = c.match.group("head"), c.match.group("num")
    key = (head, num.lstrip("0") or "0")
    earlier = _state(ctx)["numbers"].get(key)
    if earlier:
        entity = ctx.entities.by_id[earlier]
        entity.mentions += 1
        return [earlier]
    numbered, bare = _article_documents(ctx)
    if key in numbered:  # "Nghị quyết 57" in the headline, "Nghị quyết số 57-NQ/TW" in the body
        name, number = numbered[key]
        return [_directive(ctx, name, text=text, end=c.end, number=number, doc_type=head).id]
    if c.match.group("safe") is None and key not in bare and not _named_by_its_decision(head, key[1], numbered):
        return None  # "Chỉ thị 06 cần ...": a bare number before any word only for a known document
    if not _may_be_short_form(head, text, c.end):
        return None
    entity = _directive(ctx, text[c.start:c.end], text=text, end=c.end, number=num, doc_type=head,
                        id=xml_id("dir", f"{head} {num}"))
    return [entity.id]


def _named_by_its_decision(head: str, num: str, numbered: dict[tuple[str, str], tuple[str, str]]) -> bool:
    """A national programme or scheme goes by the number of the decision that
    approved it ("Chương trình 1719 giai đoạn I" after "Quyết định số
    1719/QĐ-TTg"): with that decision in the article, its bare number is the
    programme's whatever follows it."""
    return head in _PROJECT_HEADS and ("Quyết định", num) in numbered


def _is_short_form(text: str, start: int) -> bool:
    """Whether a document's short form ("Chỉ thị 45 của ...") starts at ``start``."""
    short = _SHORT.match(text, start)
    return short is not None and _names_a_document(short, text)


def _names_a_document(short: re.Match[str], text: str) -> bool:
    """A match of ``_SHORT`` where only a document can stand."""
    return short.group("safe") is not None and _may_be_short_form(short.group("head"), text, short.end())


def _may_be_short_form(head: str, text: str, end: int) -> bool:
    """"Đề án 06", but not "Đề án 100 ngày": a project's number may count time."""
    return head in SHORT_FORM_HEADS and not (head in _PROJECT_HEADS and _DURATION.match(text, end))


def _article_documents(ctx) -> tuple[dict[tuple[str, str], tuple[str, str]], set[tuple[str, str]]]:
    """The article's documents by (document word, leading number), read once
    from every run, so that a short form before the full one finds it too:
    the numbered mentions (their text and number; not those told apart by a
    year), and the bare numbers written where only a document can be ("Về Đề
    án 06, ...")."""
    state = _state(ctx)
    if "article" not in state:
        numbered: dict[tuple[str, str], tuple[str, str]] = {}
        bare: set[tuple[str, str]] = set()
        for where, run in ctx.article.inlines():
            if where == "dateline" or not _DIGIT.search(run.text):
                continue  # both forms hold a number, as in _candidates
            for m in _NUMBERED.finditer(run.text):
                head = m.group("head")
                number = " ".join(m.group("num").split())
                if not m.group("year") or not _year_tells_apart(ctx, m):
                    numbered.setdefault((head[0].upper() + head[1:], _number_key(number)), (m.group(0), number))
            for m in _SHORT.finditer(run.text):
                if _names_a_document(m, run.text):
                    bare.add((m.group("head"), m.group("num").lstrip("0") or "0"))
        state["article"] = (numbered, bare)
    return state["article"]


_PLENUM_ID_PREFIX = {"Nghị quyết": "nq", "Kết luận": "kl"}


def _plenum(ctx, c: Candidate, text: str) -> list[str]:
    m = c.match
    doc_type = m.group("head")[0].upper() + m.group("head")[1:]
    raw = m.group("n1") or m.group("n2")
    terms = [_roman(k) for k in _TERM_SEPARATOR.split(m.group("k"))] if m.group("k") else []
    numbers = [_ordinal(n) for n in re.split(r"\s*,\s*", raw)] if raw else []
    plenums = _state(ctx)["plenums"]
    ids = []
    for n, term in [(n, term) for n in numbers or [None] for term in terms or [None]]:
        known_term = term or plenums.get(n)
        if n is not None and term and len(terms) == 1:
            plenums.setdefault(n, term)
        label = " ".join(p for p in (f"Trung ương {n}" if n else "Trung ương",
                                     f"khóa {known_term}" if known_term else "") if p)
        name = f"{doc_type} Hội nghị {label}"
        ident = (f"dir-{_PLENUM_ID_PREFIX[doc_type]}-tw" + (str(n) if n else "")
                 + (f"-khoa-{known_term.lower()}" if known_term else ""))
        if len(numbers) <= 1 and len(terms) <= 1 and ctx.registers.lookup("directive", name) is None:
            name = text[c.start:c.end]  # the register knows the plenum by its canonical name
        entity = _directive(ctx, name, text=text, end=c.end, doc_type=doc_type, id=ident)
        ids.append(entity.id)
    return ids


def _congress(ctx, c: Candidate, text: str) -> list[str]:
    m = c.match
    congress = _roman(m.group("x"))
    mention = text[c.start:c.end]
    before = m.group("owner")
    after = _ORGANISATION_AFTER_ORDINAL.match(text, m.end(), c.end)
    if any(owner and not _THE_PARTY.fullmatch(_DELEGATES.sub("", owner).strip())
           for owner in (before, after and after.group())):
        # "Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X", "Nghị
        # quyết Đại hội XII Công đoàn Việt Nam": another organisation's congress
        national = False
    else:
        national = bool(m.group("scope")) or re.search(r"của\s+Đảng$", mention) or not (
            m.group("term") or re.search(r"Đảng\s+(?:bộ|" + _UY + r")|của\s+Đảng\s", mention))
    ident = f"dir-nq-dai-hoi-{congress.lower()}" if national else xml_id("dir", mention)
    entity = _directive(ctx, mention, text=text, end=c.end, doc_type="Nghị quyết", id=ident)
    return [entity.id]


# "dự thảo Nghị quyết của Quốc hội về ...": a draft is not issued yet, so it
# stands for none of the numbered documents the article names.
_DRAFT_BEFORE = re.compile(r"(?<!\w)dự\s+thảo\s+$", re.IGNORECASE)


def _issuing_body(m: re.Match[str]) -> str:
    """The body a match names as the issuer: a session's assembly may come before or after the session."""
    return m.group("org") or m.groupdict().get("org_first")


_COPY_WORD = re.compile(r"Bản\s+(?=[a-zđ])")
_NAMED_KINDS = NUMBERED_HEADS + TITLE_HEADS + AGREEMENT_HEADS + _APPEAL_HEADS + _ISSUED_LIST_HEADS


def _named_kind(mention: str) -> str | None:
    """The document word a named mention opens with; an agreement's may be one
    word ("Khung") or three ("Biên bản ghi nhớ"): its kind, whole.  After the
    copy word the kind is the one it is a copy of ("Bản kết luận điều tra ..."
    is a "Kết luận", see ``_COPY_OF``)."""
    kind = next((h for h in _NAMED_KINDS if mention.startswith(h)), None)
    copy = _COPY_WORD.match(mention)
    if kind is None and copy:
        rest = mention[copy.end():]
        kind = next((h for h in _NAMED_KINDS if (rest[:1].upper() + rest[1:]).startswith(h)), None)
    return kind


def _named(ctx, c: Candidate, text: str) -> list[str]:
    mention = text[c.start:c.end]
    head = mention.split()[0] + (" " + mention.split()[1] if len(mention.split()) > 1 else "")
    doc_type = _named_kind(mention) or head
    number = _NUMBER_AFTER_TITLE.search(mention) if c.form == "title" else None
    if number and number.end() == len(mention):
        # A titled document with its number: one entry with the numbered form's id and issuer.
        entity = _directive(ctx, mention, text=text, end=c.end, doc_type=doc_type,
                            number=" ".join(number.group("num").split()))
        return [entity.id]
    if (c.form == "of-about" and not search_before(_DRAFT_BEFORE, text, c.start)
            and _describes_numbered(ctx, doc_type, c.match.group("org"), text[c.match.end():c.end])):
        return []  # "Kết luận của Bộ Chính trị về ...": the numbered one the article names, described
    ident = _title_id(mention)
    entity = _directive(ctx, mention, text=text, end=c.end, doc_type=doc_type, id=ident)
    if c.form in ("of-about", "meeting") and entity.issuer is None:  # the body the text names
        entity.issuer = _org_id(ctx, _issuing_body(c.match))
    return [entity.id]


def _excerpt(ctx, c: Candidate, text: str) -> list[str]:
    """The title a short form's words come from, as ``_named`` resolves it."""
    head = c.match.group("head")
    title, _ = _longest_title_holding(ctx, head, text[c.match.end():c.end].split())
    entity = _directive(ctx, title, text=text, end=c.end, doc_type=head, id=_title_id(title))
    return [entity.id]


def _title_id(mention: str) -> str:
    return "dir-" + slug(mention, max_words=12)


# "về việc hợp nhất ...": "việc" (the matter of) adds nothing to a subject.
_ABOUT_SUBJECT_START = re.compile(r"\s+về\s+(?:việc\s+)?")
_MATTER = re.compile(r"^việc\s+")


def _describes_numbered(ctx, doc_type: str, issuer: str, subject: str) -> bool:
    """Whether "<doc_type> của <issuer> về <subject>" describes a numbered
    document of that issuer the article names with another subject: a
    headline's "Kết luận của Bộ Chính trị về phát triển công nghiệp bô-xít"
    stands for the body's "Kết luận số 99-KL/TW ... của Bộ Chính trị về tiếp
    tục thực hiện chủ trương ...", in other words than its title, and is no
    document of its own.  With the same subject it cites the document by its
    title and stays a mention."""
    subjects = _numbered_subjects(ctx).get((doc_type, issuer))
    if not subjects:
        return False
    subject = " ".join(_MATTER.sub("", subject).split())
    return not any(stated.startswith(subject) for stated in subjects)


def _numbered_subjects(ctx) -> dict[tuple[str, str], list[str]]:
    """The subjects ("về ...", up to the run's end) of the article's numbered
    mentions that state their issuer, by (document word, issuer)."""
    state = _state(ctx)
    if "numbered subjects" not in state:
        found: dict[tuple[str, str], list[str]] = {}
        for where, run in ctx.article.inlines():
            if where == "dateline" or not _DIGIT.search(run.text):
                continue
            for m in _NUMBERED.finditer(run.text):
                issuer = _issuer_after(run.text, m.end(), ctx)
                about = issuer and _ABOUT_SUBJECT_START.match(run.text, issuer.end())
                if about:
                    head = m.group("head")
                    found.setdefault((head[0].upper() + head[1:], issuer.group("issuer")), []).append(
                        " ".join(run.text[about.end():].split()))
        state["numbered subjects"] = found
    return state["numbered subjects"]


def _named_elsewhere(ctx, name: str) -> bool:
    """A title at a sentence's start ("Luật X sẽ thay thế ...", a headline
    "Chương trình X: ...") is one when the article names it mid-sentence too."""
    known = _state(ctx).setdefault("titles mid-sentence", {})
    if name not in known:
        known[name] = _named_mid_sentence(ctx, name)
    return known[name]


_WORD_END = re.compile(r"(?<=\w)(?=\s)")


def _at_start_as_named(ctx, text: str, c: Candidate) -> Candidate:
    """"Luật Dân số khuyến khích mỗi cặp vợ chồng ...": a title at a
    sentence's start runs on into the predicate; when the article names its
    first words mid-sentence as a whole title ("thông qua Luật Dân số với ..."),
    those words are the title and the rest is the sentence's."""
    if c.form != "title-at-start" or _named_elsewhere(ctx, text[c.start:c.end]):
        return c
    for end in reversed([m.start() for m in _WORD_END.finditer(text, c.match.end() + 1, c.end)]):
        if _named_elsewhere(ctx, text[c.start:end]):
            return replace(c, end=end)
    return c


def _without_comma_tail(ctx, text: str, c: Candidate) -> Candidate:
    """"Cụ thể hóa Luật Thủ đô, khơi thông nguồn lực": a law the article names
    elsewhere by its words before the comma alone ("Luật Thủ đô năm 2024 ...")
    has a complete name there; the words after its comma here are the sentence's,
    not a second activity of its name ("Luật Phòng, chống X" never stands as "Luật Phòng")."""
    if c.form != "title" or c.match is None or c.match.group(0) not in _LAW_HEADS:
        return c
    comma = text.find(",", c.start, c.end)
    if comma < 0 or not _named_whole_elsewhere(ctx, text[c.start:comma]):
        return c
    return replace(c, end=comma)


def _named_whole_elsewhere(ctx, name: str) -> bool:
    """Whether some run holds ``name`` as a whole law title, or with its year
    of edition only, and not as the words before the comma of a longer name
    the article closes elsewhere (see ``_tail_named_elsewhere_end``)."""
    known = _state(ctx).setdefault("laws named whole", {})
    if name not in known:
        known[name] = any((end == pos + len(name) and _tail_named_elsewhere_end(ctx, text, pos, end) is None)
                          or _LAW_EDITION.match(text, pos + len(name), end) is not None
                          for text, pos, end in _title_ends(ctx, name))
    return known[name]


def _with_tail_named_elsewhere(ctx, text: str, c: Candidate) -> Candidate:
    """"Luật Đê điều, thủy lợi được sửa đổi": a predicate right after the
    words past a law's comma leaves them open here, a new clause's as well
    ("thực hiện Luật X, người dân được ..."); when the article closes the same
    words elsewhere as the law's name ("Luật Đê điều, thủy lợi năm 2020"),
    they are its name here too."""
    if c.form != "title" or c.match is None or c.match.group(0) not in _LAW_HEADS:
        return c
    end = _tail_named_elsewhere_end(ctx, text, c.start, c.end)
    return c if end is None else replace(c, end=end)


def _tail_named_elsewhere_end(ctx, text: str, start: int, end: int) -> int | None:
    """Where the law's name ``start``..``end`` ends in ``text`` with the words
    after its comma, when some run names the law whole with those words (its
    year of edition aside); else None."""
    if not text.startswith(",", end):
        return None
    name = text[start:end]
    for other, pos, other_end in _title_ends(ctx, name):
        if (other is text and pos == start) or other_end <= pos + len(name) + 1 \
                or not other.startswith(",", pos + len(name)):
            continue  # the mention itself, or a name without the comma's words
        longer = _LAW_EDITION.sub("", other[pos:other_end], count=1)
        longer_end = start + len(longer)
        if len(longer) > len(name) + 1 and text.startswith(longer, start) and not text[longer_end:longer_end + 1].isalnum():
            return longer_end
    return None


def _named_mid_sentence(ctx, name: str) -> bool:
    """Whether some run of the article holds ``name`` mid-sentence as a whole title."""
    return any(end == pos + len(name) and _may_be_title(text, pos, numbered=False)
               for text, pos, end in _title_ends(ctx, name))


def _title_ends(ctx, name: str) -> Iterator[tuple[str, int, int]]:
    """Each run of the article (but the date line) that holds ``name`` where a
    title starts, with where ``name`` starts and where that title ends."""
    for where, run in ctx.article.inlines():
        if where == "dateline":
            continue
        pos = run.text.find(name)
        while pos >= 0:
            head = _TITLE_HEAD.match(run.text, pos)
            titled = _titled_end(run.text, head) if head else None
            if titled:
                yield run.text, pos, titled[0]
            pos = run.text.find(name, pos + 1)


def _acronym(ctx, c: Candidate, text: str) -> list[str]:
    """The code, law or agreement whose initials ``c`` is: the entry of its name as the article wrote it."""
    name = c.head
    doc_type = next(h for h in TITLE_HEADS + AGREEMENT_HEADS if name.startswith(h))
    return [_directive(ctx, name, text=text, end=c.end, doc_type=doc_type, id=_title_id(name)).id]


def _in_capitals(ctx, c: Candidate, text: str) -> list[str]:
    """A law named in capitals: the entry of the name as the article spells it
    elsewhere ("Luật Thương mại điện tử"), else as written."""
    written = text[c.start:c.end]
    name = _spelled_elsewhere(ctx, written) or written
    doc_type = c.match.group("head").capitalize()
    return [_directive(ctx, name, text=text, end=c.end, doc_type=doc_type, id=_title_id(name)).id]


def _spelled_elsewhere(ctx, written: str) -> str | None:
    """``written`` (in capitals) as some run of the article spells it in lower case."""
    wanted = re.compile(r"(?<!\w)" + re.escape(written) + r"(?!\w)", re.IGNORECASE)
    for where, run in ctx.article.inlines():
        for m in wanted.finditer(run.text):
            if not m.group().isupper():
                return m.group()
    return None


def _registered(ctx, c: Candidate, text: str) -> list[str]:
    entity = resolve_entity(ctx, "directive", c.entity.name)
    _ensure_issuer(ctx, entity)
    return [entity.id]


_RESOLVERS = {"numbered": _numbered, "short": _short, "plenum": _plenum, "congress": _congress,
              "meeting": _named, "of-about": _named, "title": _named, "title-at-start": _named,
              "register": _registered, "acronym": _acronym, "named-congress": _named, "capitals": _in_capitals,
              "excerpt": _excerpt, "volume": _named}
# Forms tried first when two start at the same place and have the same length.
_FORM_ORDER = ["register", "numbered", "plenum", "congress", "named-congress", "volume", "excerpt", "short", "meeting",
               "of-about", "title", "title-at-start", "acronym", "capitals"]


def _choose(candidates: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    # At one place a structured form (a number, a plenum, an excerpt of a title
    # the article names) beats a free title.
    free = ("of-about", "title", "title-at-start")
    for c in sorted(candidates, key=lambda c: (c.start, c.form in free, -c.end, _FORM_ORDER.index(c.form))):
        if chosen and c.start < chosen[-1].end:
            continue
        chosen.append(c)
    return chosen


def recognize(run: Inline, where: str, ctx) -> list[Span]:
    if where == "dateline":
        return []
    text = run.text
    spans = []
    for c in _choose(_candidates(text, ctx)):
        ids = _RESOLVERS[c.form](ctx, c, text)
        if ids:
            refs = " ".join(f"#{i}" for i in dict.fromkeys(ids))
            spans.append(Span(c.start, c.end, "rs", (("type", "directive"), ("ref", refs))))
    return spans
