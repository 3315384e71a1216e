"""Organizations: Party and state bodies, ministries, councils, news agencies.

Found from the registers (national bodies, abbreviations such as VGP) and by
grammar: a head word ("Bộ", "Tổng cục", "Ban", "Sở", ...) followed by an
organization-style phrase, the committees "Tỉnh ủy"/"Đảng ủy"/"Đảng bộ ..."
and local councils "UBND/HĐND tỉnh X", and composites such as
"Ban Thường vụ" + an organization (the inner organization is marked too).
Short forms after a full form ("Đảng ủy Khối" after "Đảng ủy Khối các cơ
quan Trung ương") resolve to the full form's entry.
"""

from __future__ import annotations

import itertools
import re
from typing import Iterable

from .. import lexicon
from ..annotate import Context, resolve_entity
from ..model import Inline, Span
from ..registers import Registers, canonical_spelling, name_key
from .names import (ABBR, CAP, CLAUSE_WORD, LO, LOCAL_UNITS, LOW, LOWER_WORD_AFTER, MIDDLE_NAMES, PERSONAL_NAME_AHEAD, PHRASE,
                    SAYING_VERBS, UP, Match,
                    analyse, drop_overlapping, looks_foreign, opens_a_name, reads_as_brand, register_match_at, register_matches, respell,
                    search_before,
                    starts_personal_name)
from .document_heads import DOCUMENT_HEADS
from .places import LIST_JOINER, VILLAGES, glued, names_people, place_at
from .window import word_start


def _after_chief(word: str) -> str:
    """``word`` in lower case after "Trưởng" ("Trưởng ban Tổ chức Trung ương"),
    its first letter first (see ``word_start``): "b(?<=[Tt]rưởng b)an".  Not
    before the body's own name: in "Trưởng ban Ban Quản lý ..." the body is
    "Ban Quản lý ..."."""
    return rf"{word[0]}(?<=[Tt]rưởng {word[0]}){word[1:]}(?! {word[0].upper()}{word[1:]}(?!\w))"


# A school is named by its level, then its field or namesake: "Trường Đại học
# Y Dược", "Trường THPT Lê Lợi", "Trường ĐH Y Dược" (the level abbreviated);
# a school for the gifted says so before its namesake: "Trường THPT chuyên Lê
# Hồng Phong".  Many outlets write "trường" in lower case before the level.
# A province's school of politics is named so too: "Trường Chính trị tỉnh Sơn La".
# An ethnic boarding school spells its kind out, then its levels: "Trường Phổ
# thông dân tộc nội trú THCS X", "... bán trú Tiểu học và THCS Y".
_BOARDING = r"Phổ thông [Dd]ân tộc (?:nội|bán) trú(?: (?:Tiểu học|THCS|THPT)(?: và (?:THCS|THPT))?)?"
_SCHOOL_LEVEL = (rf"(?:Đại học|ĐH|Cao đẳng|CĐ|Trung cấp|Trung học phổ thông|Trung học cơ sở|Tiểu học|"
                 rf"Mầm non|{_BOARDING}|Phổ thông|THPT|THCS|PTDTNT|PTDTBT|Chính trị)(?: chuyên(?= [^\W\d_]))?")
SCHOOL = rf"[Tt]rường {_SCHOOL_LEVEL}"
# A university's school, or a school abroad, is often named by its field with
# no level: "Trường Kinh tế, Đại học Hòa Minh", "Trường Kỹ thuật Lyon".  Only
# a field of study opens it: "Trường" is also a place's word ("Trường Sa").
_SCHOOL_FIELD = (r"Kỹ thuật|Công nghệ|Kinh tế|Kinh doanh|Quản trị|Quản lý|Luật|Y|Y Dược|Dược|Sư phạm|Ngoại ngữ"
                 r"|Nghệ thuật|Khoa học|Cảnh sát|An ninh|Báo chí")
_SCHOOL_OF_FIELD = rf"Trường(?= (?:{_SCHOOL_FIELD})(?!\w))"
# A company's legal form opens its name: "Công ty TNHH Hòa Phát", "Công ty cổ phần Sông Đà"
# (some outlets capitalise it: "Công ty Cổ phần Sông Đà", no field "Cổ phần").
# So does a trade written in lower case, as tourism news write it: "Công ty
# lữ hành Hòa Minh", "Công ty du lịch Đông Lâm".  A joint venture says so
# before its legal form: "Công ty Liên doanh TNHH Hòa Minh"; so does a law firm,
# as the law on lawyers names it: "Công ty Luật TNHH Hòa Minh".
_COMPANY = r"Công ty (?:[Ll]iên doanh |[Ll]uật )?(?:TNHH(?: MTV| một thành viên)?|CP|[Cc]ổ phần|lữ hành|du lịch)"
# A joint-stock commercial bank's legal form opens its name too: "Ngân hàng
# TMCP Ngoại thương Việt Nam" (not the body "Ngân hàng TMCP" and a sentence).
_COMMERCIAL_BANK = r"Ngân hàng (?:TMCP|[Tt]hương mại cổ phần)"
# A corporation: "Tổng công ty Sông Đà", also written "Tổng Công ty Sông Đà".
_CORPORATION = "Tổng [cC]ông ty"
# A cooperative is named as a company is: "Hợp tác xã Chè Long Cốc", "HTX Nông nghiệp Hàm Minh".
_COOPERATIVES = ("Hợp tác xã", "HTX")
_COOPERATIVE = f"(?:{'|'.join(_COOPERATIVES)})"
# A cooperative's head, which opens with a field's words ("Hợp tác"): no field
# of a title ("Chủ nhiệm Hợp tác xã dệt lanh Hòa Minh" heads the cooperative).
COOPERATIVE_AHEAD = rf"{_COOPERATIVE}(?!\w)"
_ORGANIZATION_WORD = r"Tổ chức(?<=[\w,] Tổ chức)"
# A national aid agency is headed "Cơ quan", its name closed by "Quốc tế"
# ("Cơ quan Phát triển Quốc tế Hoa Kỳ", see _INTERNATIONAL_TAIL), or "quốc tế"
# as the press often writes it ("Cơ quan Hợp tác quốc tế Nhật Bản"); elsewhere
# "cơ quan" is a common noun ("Cơ quan chức năng", "Cơ quan thường trực").
_AGENCY = rf"Cơ quan(?=(?: {CAP}(?: {LOW})?){{1,2}} [Qq]uốc tế(?!\w))"
# (Its field is no business's head: "Công đoàn" + "Công ty X" is a body of the business.)
_SECTOR_UNION = rf"Công đoàn(?: ngành)?(?! (?:Công ty|{_CORPORATION}|Tập đoàn)(?!\w))"
_PALACE = r"Cung(?= (?:Văn hóa|Thể thao|Thiếu nhi|Hữu nghị|Triển lãm|Trí thức|Hội nghị)(?!\w))"
# A troupe is named by its art, then its namesake: "Đoàn Nghệ thuật Khmer Ánh
# Bình Minh", "Đoàn Ca múa Hòa Minh" (not "Đoàn" the family name and a given name).
_TROUPE = r"Đoàn(?= (?:Nghệ thuật|Ca múa|Văn công|Kịch|Chèo|Cải lương|Tuồng|Xiếc)(?!\w))"
_VENUE_OR_CLUB = rf"(?:Nhà hát|Câu lạc bộ|{_PALACE}|{_TROUPE})"
# The Youth Union, or its branch of a locality or a body: "Đoàn Thanh niên xã
# phối hợp ..." (not "Đoàn" the family name and a given name "Thanh").
_YOUTH_UNION = r"Đoàn(?= Thanh niên(?!\w))"
_NATIONAL_PARK = "Vườn quốc gia"
# A church is named by its faith, whatever its words' shape: "Hội Thánh Tin
# Lành", "Hội Thánh Cao Đài ..." ("Cao" is a family name too, no person here).
_CHURCH = "Hội [Tt]hánh"  # some outlets write "Hội thánh Cao Đài"
_IS_CHURCH = re.compile(_CHURCH)
# An association ("Hội Nông dân ..."), not the church: "Hội" + "Thánh có ..."
# would read the clause's word after "Hội Thánh" as the name's.
_ASSOCIATION = r"Hội(?! [Tt]hánh(?!\w))"
# The trade unions' general federation, often named so alone before its
# officer's name: "Phó Chủ tịch Tổng Liên đoàn Lê Văn An" (not "Liên đoàn Lê").
_FEDERATION = "Tổng Liên đoàn"
# A university's teaching hospital is named by its school: "Bệnh viện" +
# "Trường Đại học Y Dược Hòa Minh", composed as bodies of bodies are (see _OF_ORG).
_HOSPITAL = rf"Bệnh viện(?! {SCHOOL}(?!\w))"
_HEADS = [f"Trường {_SCHOOL_LEVEL}", f"trường {_SCHOOL_LEVEL}", _SCHOOL_OF_FIELD, _COMPANY, _COMMERCIAL_BANK, *_COOPERATIVES,
          "Bộ", "Tổng cục", "Cục", "Chi cục", "Vụ", "Sở", "Viện", "Học viện", "Tập đoàn",
          _CORPORATION, "Công ty", "Hội đồng", _ASSOCIATION, _FEDERATION, "Liên đoàn", "Ngân hàng", "Kho bạc", "Thanh tra",
          # A team of a force, named by its task and number: "Đội Quy tập 584",
          # "Đội Cảnh sát giao thông số 2".
          "Đội",
          # A command is named by its field and place: "Ban Chỉ huy Quân sự huyện X",
          # "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"; some
          # outlets write its kind in lower case: "Ban chỉ huy Phòng thủ khu vực 5".
          # A representative office is named by the body it represents: "Văn phòng
          # đại diện JICA" (where it is, " tại Hà Nội", belongs to the title that names it).
          # An intergovernmental committee's national section, named by its
          # country or field: "Phân ban Việt Nam", "Phân ban Hợp tác kinh tế".
          "Phân ban",
          # A mission abroad, named by the union or the country it represents:
          # "Phái đoàn Liên minh châu Âu", "Phái đoàn đại diện thường trực Việt Nam"
          # (where it is posted, " tại Liên hợp quốc", belongs to the title).
          "Phái đoàn đại diện thường trực", "Phái đoàn thường trực", "Phái đoàn",
          "Văn phòng đại diện", "Văn phòng", "Ủy ban", "Ban [Cc]hỉ huy", "Ban", "Phòng", _after_chief("ban"),
          _after_chief("phòng"),
          # A hospital's or a faculty's department after its head: "Trưởng khoa Hồi sức".
          _after_chief("khoa"),
          # Hospitals, associations and their branches, alliances: "Bệnh viện Đa khoa
          # tỉnh X", "Hiệp hội Doanh nghiệp tỉnh", "Chi hội Phụ nữ", "Liên minh Nghị sĩ ...".
          _HOSPITAL, "Hiệp hội", "Chi hội", "Liên minh", "Liên hiệp", "Trung tâm",
          # A plant and a mine's or a plant's workshop, by what it makes or does:
          # "Nhà máy Nhiệt điện Uông Bí", "Phân xưởng Vận tải 2".
          "Nhà máy", "Phân xưởng",
          # A national federation of associations: "Tổng hội Y học Việt Nam".
          "Tổng hội",
          # A fund, an organization: "Quỹ Bảo trợ trẻ em", "Tổ chức Lao động Quốc tế".
          # At a sentence's start "Tổ chức" is the verb ("Tổ chức Hội nghị ..."):
          # an organization only after a word or a comma.
          "Quỹ", _ORGANIZATION_WORD, _AGENCY,
          # A national park is named by its place: "Vườn quốc gia Cát Tiên".
          _NATIONAL_PARK, _CHURCH,
          # A station by what it broadcasts or observes ("Đài Khí tượng Thủy văn tỉnh",
          # "Đài Phát thanh và Truyền hình"); "Đài" alone is no head ("Đài Loan").
          r"Đài(?= (?:Khí tượng|Phát thanh|Truyền hình|Truyền thanh|Tiếng nói)(?!\w))",
          # Theatres, clubs and palaces of culture or sport, named by their art or
          # field, then their namesake ("Nhà hát Chèo Ninh Bình", "Câu lạc bộ Ca trù
          # Thăng Long", "Cung Thể thao Quần Ngựa").  "Cung" is a family name too:
          # a palace only before the kinds of palace ("Cung Văn hóa", not "Cung Văn Hòa").
          "Nhà hát", "Câu lạc bộ", _PALACE, _TROUPE, _YOUTH_UNION,
          # A trade union named by its sector or field: "Công đoàn Giáo dục Việt Nam",
          # "Công đoàn ngành Y tế tỉnh X" (a business's is "Công đoàn" + the business,
          # composed as bodies of bodies are).
          _SECTOR_UNION,
          # A Chinese province's department (厅): "Sảnh Thương mại Khu tự trị Quảng Tây".
          "Sảnh"]
# A name may go on in lower case when "Quốc gia" closes it ("Ủy ban An toàn
# giao thông Quốc gia"); without that close, lower-case words are the sentence.
_INNER_WORD = rf" (?!{CLAUSE_WORD}){LOW}"
_NATIONAL_TAIL = rf"(?:{_INNER_WORD}){{1,4}} Quốc gia"
# A province's National Assembly delegation, merged with its council's office
# in "Văn phòng Đoàn ĐBQH và HĐND tỉnh".
_DELEGATION = r"Đoàn (?:ĐBQH|đại biểu Quốc hội)(?: và (?:HĐND|Hội đồng nhân dân))?"
# A district's or a province's council and committee share one office: "Văn
# phòng HĐND và UBND huyện" (elsewhere "HĐND và UBND tỉnh" are two bodies).
_COUNCIL_AND_COMMITTEE = "HĐND(?<=Văn phòng HĐND) và UBND"
# A head before a delegation ("Văn phòng" + "Đoàn ĐBQH ...") is a body of that
# body, composed in _grammar_matches, not a name of its own ("Văn phòng Đoàn").
# A foreign party, named up to its country: "Đảng Nhân dân Cách mạng Lào",
# "Đảng Cộng sản Trung Quốc"; its central bodies are "Ban ... Trung ương" + it.
_COUNTRY = "|".join(map(re.escape, lexicon.countries()))
# Its name may be written with lower-case words ("Đảng Nhân dân cách mạng Lào").
_FOREIGN_PARTY = rf"Đảng(?: {CAP}(?:{_INNER_WORD}){{0,3}}){{1,4}}? (?:{_COUNTRY})(?!\w)"
_OF_FOREIGN_PARTY = re.compile(rf" {_FOREIGN_PARTY}")
_PARTY = re.compile(r"Đảng (?!ủy|bộ|đoàn)(?=\w)")
# Or by its abbreviation alone: "Đảng FRELIMO", "Đảng SWAPO" (not the Party's
# group in a local body, "Ban cán sự Đảng UBND tỉnh").
_PARTY_BY_ABBREVIATION = re.compile(r"(?<!\w)Đảng (?!(?:UBND|MTTQ|TAND|VKSND)(?!\w))[A-Z]{3,}(?![\w-])")
# Two fields joined by a dash make one body: "Ban Kinh tế - Ngân sách", "Vụ Tổ
# chức - Biên chế".  A dash before a title or a name ("Ban Dân vận - Phó Bí
# thư ...", "Sở Y tế - Lê Văn An") separates, as in "Name - title" lists.
_NOT_A_FIELD = "|".join(map(re.escape, sorted({*lexicon.title_heads(), *lexicon.name_stops()},
                                              key=len, reverse=True)))
# The second field may go on in lower case up to punctuation, which closes
# the name: "Phòng Vật tư - Trang thiết bị y tế." (else the lower-case words
# after its second syllable may be the clause's: "Ban Kinh tế - Ngân sách họp").
_DASHED_FIELD = (rf" [-–] (?!(?:{_NOT_A_FIELD})(?!\w)){CAP}"
                 rf"(?:(?: (?!{CLAUSE_WORD}|{SAYING_VERBS}){LOW}){{2,3}}(?=[,.;:)]|$)| {LOW}(?!\w))")
# The field of a body: an official one that goes on in lower case, a
# capitalised phrase, or an abbreviation ("Sở GTVT", "Bộ TN-MT", "phòng CSGT").
_FIELDS = "|".join(map(re.escape, lexicon.org_fields()))
_ABBREVIATED_FIELD = rf"{ABBR}(?:[-&]{UP}+)*"
# A committee, a department or an agency may name several fields, listed with
# commas and closed by "và": "Ủy ban Tài chính, Ngân sách và Kế hoạch", "Chi cục
# Chăn nuôi, Thú y và Thủy sản", "Cục Chất lượng, Chế biến và Phát triển thị
# trường").  Each is one to four syllables (the last one or two), neither a
# title nor a body of its own ("Ủy ban Dân tộc, Bộ Y tế và ..." lists bodies;
# "Tổ chức" is a field here, "Vụ Tổ chức, Pháp chế và ..."), and no capital
# follows the last.
# ("các Sở Tài chính, Xây dựng và ..." names several bodies: a plural before a
# name drops it, see _PLURAL_BEFORE.)
_NOT_LISTED = rf"(?!(?:{_NOT_A_FIELD}|{'|'.join(h for h in _HEADS if h != _ORGANIZATION_WORD)})(?!\w))"
# Words that open a clause, not a word of a name ("... của", "cho biết").
_CLAUSE_WORDS = CLAUSE_WORD
# No word of a field opens a clause or is the verb a title is followed by
# ("... và Thương binh phát biểu;", "... cùng dự").
_NOT_OF_A_FIELD = rf"(?!{_CLAUSE_WORDS}|{SAYING_VERBS}|(?:tham )?dự(?!\w))"
_LISTED_FIELD = rf"{_NOT_LISTED}{CAP}(?: {_NOT_OF_A_FIELD}{LOW}){{0,3}}"
# The last field ends the name; lower-case words after its second may be the
# sentence's ("Sở Văn hóa, Thể thao và Du lịch phát biểu") unless punctuation
# closes them ("... và Hợp tác quốc tế,"); a title's tail takes them where
# they surely belong to it ("... Phát triển thị trường" + a name).
_LAST_LISTED_FIELD = (rf"{_NOT_LISTED}{CAP}(?>(?: {_NOT_OF_A_FIELD}{LOW}){{1,3}}(?=[,.;:)]|$)"
                      rf"|(?: {_NOT_OF_A_FIELD}{LOW})?)")
# (A comma close ahead is looked for first: the field test is costly, and the
# heads are frequent.)
# A ministry abroad is named so too, before its country: "Bộ Giáo dục, Thể thao
# và Văn hóa Lào" (a capital after the last field is else a name's), and a
# committee before its parliament's chamber ("... và An ninh Thượng viện"),
# which a title takes as the parent body, or the title holder's name.  The
# last field is taken whole or not at all: cut short it would end inside a
# word ("... và An" of "An ninh").
_LISTING_HEAD = r"(?:(?<=Ủy ban )|(?<=Cục )|(?<=cục )|(?<=Vụ )|(?<=Sở )|(?<=Bộ ))(?=[^,;.]{2,40}, )"
_COMMITTEE_FIELDS = (rf"{_LISTING_HEAD}(?:{_LISTED_FIELD}, )+{_LISTED_FIELD} và {_LAST_LISTED_FIELD}(?!\w)"
                     rf"(?! (?!(?:{_COUNTRY}|Thượng viện|Hạ viện|Nghị viện)(?!\w)|{PERSONAL_NAME_AHEAD}){UP})")
# Two fields joined by "và", the second abbreviated, the first maybe after a
# capitalised one: "Phòng Cảnh sát PCCC và CNCH", "Trung tâm KHCN và ĐMST",
# "Sở Nông nghiệp và PTNT".  Not a council after "và": "Sở GTVT và UBND tỉnh"
# are two bodies.
_COUNCIL_ABBREVIATIONS = r"(?:UBND|HĐND|MTTQ|VKSND|TAND|LĐLĐ)(?!\w)"
_ABBREVIATED_PAIR = rf"(?:(?:{CAP}(?: {LOW})? )?{ABBR}|{CAP} {LOW}) và (?!{_COUNCIL_ABBREVIATIONS}){ABBR}(?!\w)"
# The police's departments are named by a code: "Cục A05", "Phòng PC02".
_UNIT_CODE = r"(?:[A-Z]{1,2}\d{2})(?![\w/-])(?!\.\d)"
# An inspectorate or an office named by the kind of the body it serves, alone:
# "Thanh tra Bộ", "Văn phòng Sở" (the article's ministry or department).  No
# lower-case word goes with the kind ("Thanh tra Bộ" + " làm việc ...": the
# clause's); before the body's name the department is a body of that body
# ("Văn phòng" + "Sở Y tế", composed as bodies of bodies are, see _OF_ORG).
_SERVING_KIND = r"(?:(?<=Thanh tra )|(?<=Văn phòng ))(?:Bộ|Sở|Cục|Tổng cục|Chi cục|Vụ|Viện)"
_BODY_KIND_ALONE = rf"{_SERVING_KIND}(?! {UP}| (?:trưởng|đội)(?!\w))"
# A research institute or centre names its subject after "Nghiên cứu": "Viện
# Nghiên cứu Rau quả", "Trung tâm Nghiên cứu Chăn nuôi" (a capitalised word then
# a lower-case one: a personal name after it is capitalised throughout).
_RESEARCH_FIELD = rf"Nghiên cứu {CAP} {_NOT_OF_A_FIELD}{LOW}(?!\w)"
# A regulating department names what it manages in lower case: "Cục Quản lý
# dược", "Cục Quản lý chất lượng"; punctuation or a dash closes those words,
# else they may be the sentence's ("Cục Quản lý" + " kiểm tra ...").  It may
# manage an official field, whose comma lists no bodies ("Cục Quản lý Khám,
# chữa bệnh"), or a thing of one capitalised word ("Cục Quản lý Dược") that
# punctuation, a name or the clause's word closes (before other words it may
# be a longer thing's first: "Cục Quản lý Môi trường y tế", "Ban Quản lý Khu
# Công nghệ cao").
_MANAGED_THING = (rf" (?!{PERSONAL_NAME_AHEAD}){CAP}"
                  rf"(?=[,.;:)]|$| [-–] | {PERSONAL_NAME_AHEAD}| {_CLAUSE_WORDS}| {SAYING_VERBS})")
_MANAGED_FIELD = (rf"Quản lý(?:(?: {_NOT_OF_A_FIELD}{LOW}(?!\w)){{1,3}}(?=[,.;:)]|$| [-–] )"
                  rf"| (?:{_FIELDS})(?!\w)|{_MANAGED_THING})")
# A field may go on in lower case when the country closes it: "Viện Lịch sử
# quân sự Việt Nam", "Tổng công ty Quản lý bay Việt Nam" (no clause word or
# verb of saying between: "Bộ Tài chính và Bảo hiểm xã hội Việt Nam" are two),
# not a pair of countries ("Ủy ban Hỗn hợp Việt Nam - Lào" is a friendship's).
_COUNTRY_CLOSED_FIELD = rf"{CAP}(?: {_NOT_OF_A_FIELD}{LOW}){{1,3}} Việt Nam(?!\w)(?! [-–] )"
# A cooperative may name its trade in lower case, then its place or namesake:
# "Hợp tác xã nông nghiệp Hòa Minh", "HTX dịch vụ chè Đông Lâm" (no locality's
# word: "Liên minh Hợp tác xã tỉnh X"; no three-word personal name after it;
# the namesake's further words are added as a company's are, see _with_namesake).
# A preposition or a verb opens the clause ("HTX ở Đồng bằng sông Cửu Long",
# "hỗ trợ HTX theo Nghị định ..."), and a document's head is no namesake.
_MAX_COOPERATIVE_TRADE_WORDS = 4  # syllables: "dịch vụ nông nghiệp"
_NOT_A_TRADE_WORD = (rf"(?!{_CLAUSE_WORDS}|(?:{'|'.join(LOCAL_UNITS)}|{VILLAGES}|theo|ở|trên|thuộc|như|có|không|từ|đến"
                     rf"|sang|vào|ra|khi|do|vì|nay|này|đó|tham gia|liên kết|hợp tác)(?!\w))")
_COOPERATIVE_TRADE = (rf"(?:(?<=Hợp tác xã )|(?<=HTX ))(?:{_NOT_A_TRADE_WORD}{LOW} ){{1,{_MAX_COOPERATIVE_TRADE_WORDS}}}"
                      rf"(?!{PERSONAL_NAME_AHEAD}\w* {UP}|(?:{'|'.join(DOCUMENT_HEADS)})(?!\w)){CAP}")
# A steering committee is named by the official field it steers: "Ban Chỉ đạo
# Phòng thủ dân sự", "Ban Chỉ đạo Phòng, chống thiên tai".
_STEERED_FIELD = rf"(?<=Ban )Chỉ đạo (?:{_FIELDS})(?!\w)"
_FIELD = (rf"(?:{_COUNTRY_CLOSED_FIELD}|{_COOPERATIVE_TRADE}|{_COMMITTEE_FIELDS}|{_RESEARCH_FIELD}|{_MANAGED_FIELD}|{_ABBREVIATED_PAIR}"
          rf"|{_STEERED_FIELD}|(?:{_FIELDS})(?!\w)|{_BODY_KIND_ALONE}"
          rf"|(?!{_SERVING_KIND} ){PHRASE}|{_ABBREVIATED_FIELD}(?!\w)|{_UNIT_CODE})")
# A department may be named by a field and two lower-case ones joined by a
# dash: "Vụ Pháp luật hình sự - hành chính", "Vụ Pháp luật dân sự - kinh tế".
# Both sides are two syllables and punctuation or a name closes them: the
# clause's words after a dash are not the name's ("Sở Y tế - nơi tiếp nhận hồ sơ").
_DASHED_LOWER_FIELDS = (rf"(?: {_NOT_OF_A_FIELD}{LOW} {LOW} [-–] {_NOT_OF_A_FIELD}{LOW} {LOW}"
                        rf"(?=[,.;:)]|$| {UP}))?")
# A friendship body names the two countries: "Hội Hữu nghị Việt Nam - Lào",
# "Liên minh Nghị sĩ Hữu nghị Nhật Bản - Việt Nam".
# Việt Nam may be "Việt" in the pair: "Hội Hữu nghị Đức - Việt".
_PAIR_MEMBER = rf"(?:{_COUNTRY}|Việt)(?!\w)"
_FRIENDSHIP = rf"(?: Hữu nghị)? {_PAIR_MEMBER} [-–] {_PAIR_MEMBER}"
# A number that ends there: not a date's, a decimal's, a ratio's or a range's first part.
_WHOLE_NUMBER = r"(?![\w.,/%-])"
# A number that counts something ("... 20 năm", "20 người") names nothing.
NOT_COUNTED = (r"(?! (?:năm|tháng|ngày|tuần|giờ|người|lần|lớp|học sinh|sinh viên|giáo viên|thành viên|"
                r"tỷ|triệu|nghìn|ngàn|trăm|đồng|phòng|cơ sở)(?!\w))")
# A steering committee is named by the number of the decision that set it up:
# "Ban Chỉ đạo 138", "Ban Chỉ đạo 389 quốc gia".
_COMMITTEE_NUMBER = rf"(?:(?<=Ban Chỉ đạo) \d{{2,4}}{_WHOLE_NUMBER}{NOT_COUNTED})?"
# A continent or a region of the country, written in lower case, may close
# the field: "Hiệp hội Doanh nghiệp châu Âu", "Tổng công ty Điện lực miền Trung".
_REGION = rf"(?: (?:châu|miền) {CAP}(?!\w))?"
# A body may be numbered after its field ("Tổng Công ty Xây dựng số 1"), and a
# joint-stock corporation may close with its legal form ("Tổng công ty
# Viglacera - CTCP").
# "Trung ương" (central), which some outlets abbreviate: "Hội đồng Đội T.Ư", "Bệnh
# viện Bệnh Nhiệt đới TƯ".
_CENTRAL = r"(?:Trung ương|T\.?Ư(?!\w))"
_BODY_NUMBER = rf"(?: số \d{{1,3}}{_WHOLE_NUMBER})?"
# A province's regional defence command (from 2025) is named by its zone's number
# and the place it is based in: "Ban Chỉ huy Phòng thủ khu vực 3 - Con Cuông".
_DEFENCE_ZONE = rf"(?:(?<=Phòng thủ) khu vực \d{{1,2}}{_WHOLE_NUMBER}(?: [-–] {CAP}(?: {CAP})?)?)?"
_LEGAL_FORM = r"(?: [-–] CTCP(?!\w))?"
# A world body's or a national aid agency's name closes with "Quốc tế", a
# field's word or two before it, then maybe the country that runs it: "Quỹ
# Tiền tệ Quốc tế", "Liên minh Bảo tồn Thiên nhiên Quốc tế", "Cơ quan Hợp tác
# Quốc tế Hàn Quốc"; in lower case only with the country ("Cơ quan Phát triển
# quốc tế Hoa Kỳ").
_INTERNATIONAL_TAIL = rf"(?: {CAP}(?: {_NOT_OF_A_FIELD}{LOW})?)? (?:Quốc tế(?: (?:{_COUNTRY}))?|quốc tế (?:{_COUNTRY}))(?!\w)"
_HEADED = re.compile(rf"(?:{word_start(_HEADS)}) (?!{_DELEGATION}(?!\w)){_FIELD}{_DASHED_LOWER_FIELDS}"
                     rf"{_COMMITTEE_NUMBER}{_BODY_NUMBER}{_DEFENCE_ZONE}{_REGION}"
                     rf"(?:{_DASHED_FIELD})*(?:{_FRIENDSHIP})?"
                     rf"(?:{_NATIONAL_TAIL}|{_INTERNATIONAL_TAIL})?(?: {_CENTRAL})?(?: Việt Nam)?{_LEGAL_FORM}(?!\w)")
_KHOI = rf"(?: (?:các )?(?:cơ quan|{CAP}(?: {LOW})*)(?: Đảng)? Trung ương)?"
# A province's or a city's outlets write its classifier capitalised when it
# stands for their own locality: "UBND Thành phố", "HĐND Tỉnh".  An island's
# special zone (from 2025) is a commune's peer: "UBND đặc khu Côn Đảo".
_LOCALITY = r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|cơ sở)"
# The police, procuracy, court and military command of a locality ("Công an
# tỉnh", "Viện Kiểm sát nhân dân huyện X", "Bộ Chỉ huy Quân sự tỉnh").
# The tax agency's local offices are named by their locality: "Thuế tỉnh Bắc Ninh".
# Those also named by the place alone, without its classifier (see _LOCAL_FORCE).
_FORCES_NAMED_BY_PLACE = ["Công an", "Viện [Kk]iểm sát nhân dân", "Tòa án nhân dân", "VKSND", "TAND",
                          "Bộ Chỉ huy Quân sự"]
_LOCAL_FORCES = ["Đoàn", "Thuế", *_FORCES_NAMED_BY_PLACE, "Bộ Chỉ huy Bộ đội Biên phòng"]
# The border guard, national or of a province: "Bộ đội Biên phòng [tỉnh X]".
_BORDER_GUARD = rf"Bộ đội Biên phòng(?: {_LOCALITY})?"
# The trade unions' federation, abbreviated as its locality's councils are:
# "LĐLĐ tỉnh Bình Dương", "Tổng LĐLĐ Việt Nam", "Tổng LĐLĐVN".
_LABOUR = r"LĐLĐ"
# The office of a leading body or of the head of state, named by the office's
# title: "Văn phòng Chủ tịch nước" (not "Văn phòng Chủ tịch" and a country).
_OFFICE_OF_LEADERS = r"Văn phòng (?:Chủ tịch nước|Quốc hội|Chính phủ|Trung ương Đảng)"
# The Party committee of the military or the border guard, national or of a
# locality, and of the national police: "Đảng ủy Quân sự tỉnh X", "Đảng ủy Quân
# sự Trung ương", "Đảng ủy Công an Trung ương"; the force's two words are no
# place's name.  (A local police's is "Đảng ủy" + the body "Công an tỉnh X",
# composed as bodies of bodies are.)
_FORCE_COMMITTEE = rf"Đảng (?:ủy|bộ) (?:(?:Quân sự|Biên phòng)(?: Trung ương| {_LOCALITY})?|Công an Trung ương)"
# The Party committee of the Front and the mass organisations of a locality (a
# body since 2025), named by both, joined by a comma or "và": "Đảng ủy Mặt trận
# Tổ quốc, các đoàn thể tỉnh", "Đảng bộ MTTQ và các đoàn thể Trung ương"; the
# front's words are no place's name ("Đảng ủy" + "Mặt").
_FRONT_COMMITTEE = (r"Đảng (?:ủy|bộ) (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?:,? (?:và )?các đoàn thể)?"
                    rf"(?: Trung ương| {_LOCALITY})?")
# Committees and councils; a place name may follow (added in _extend_with_place).
# The Party's groups in state bodies: "Ban cán sự đảng [Bộ Y tế]", "Đảng đoàn [Quốc hội]".
_PARTY_GROUPS = ["Ban cán sự [Đđ]ảng", "Đảng đoàn"]
_PARTY_GROUP = "|".join(_PARTY_GROUPS)
# Bodies named with their locality: "UBND tỉnh", "Công an huyện".
# A bar association is its locality's too: "Đoàn Luật sư TP.HCM" (not "Đoàn" a family name).
# So is a province's school of politics: "Trường Chính trị tỉnh".
_OF_LOCALITY = ["UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân", _DELEGATION, _COUNCIL_AND_COMMITTEE,
                *_LOCAL_FORCES, "Đoàn Luật sư",
                "Trường Chính trị",
                _after_chief("đoàn ĐBQH"), _after_chief("đoàn [Đđ]ại biểu Quốc hội"), _LABOUR]
# A congress's presidium and secretariat ("bầu Đoàn Chủ tịch, Đoàn Thư ký"), or
# a body's ("Đoàn Chủ tịch" + "Ủy ban Trung ương MTTQ Việt Nam", composed as
# bodies of bodies are): bodies, not the family name "Đoàn" and a given name.
_PRESIDIUM = "Đoàn (?:Chủ tịch|Thư ký)"
# A grassroots union, the union of the company the article is about ("Chủ tịch
# Công đoàn công ty"), and the union of a province's zones, named as a
# management board is, up to the locality ("Công đoàn các Khu công nghiệp tỉnh X").
_UNION = r"Công đoàn(?: (?:cơ sở|công ty)(?! [A-ZĐ])|(?= (?:các )?[Kk]hu ))"
# The association of the Vietnamese living abroad, named by its country after
# "tại" (which the title that names it takes in): "Hội người Việt Nam tại Đức".
DIASPORA_HEAD = "Hội [Nn]gười Việt"  # its officers' titles name where it is (see titles)
_DIASPORA = rf"{DIASPORA_HEAD}(?: Nam)?(?= tại )"
_COMMITTEE = re.compile("(?:" + word_start([
    *(f"{level} ủy(?! viên)" for level in ("Tỉnh", "Thành", "Huyện", "Quận", "Thị")),
    # The Youth Union's committee of a locality: "Tỉnh đoàn", "Huyện đoàn".
    *(f"{level} đoàn" for level in ("Tỉnh", "Thành", "Huyện", "Quận", "Thị")),
    f"Đảng (?:ủy|bộ) Khối{_KHOI}", *_PARTY_GROUPS, _FORCE_COMMITTEE, _FRONT_COMMITTEE, f"Đảng (?:ủy|bộ)(?: {_LOCALITY})?",
    *(f"{body} {_LOCALITY}" for body in _OF_LOCALITY),
    f"Tổng {_LABOUR}(?: Việt Nam|VN)", _OFFICE_OF_LEADERS, _BORDER_GUARD, _PRESIDIUM, _UNION, _DIASPORA]) + r")(?!\w)")
# A border post is named after its place, a border gate's maybe: "Đồn Biên
# phòng Si Pa Phìn", "Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo", the gate in lower case too (the place is
# added as a school's namesake is, see ``_with_namesake``).
_BORDER_POST = r"Đồn Biên phòng(?: [Cc]ửa khẩu(?: [Qq]uốc tế)?)?"
_BORDER_POST_WORDS = "Đồn Biên phòng"
_BORDER_POST_HEAD = re.compile(rf"(?<!\w){_BORDER_POST}(?= {UP})")
# Army units: "Quân khu 5", "Quân đoàn 12", "Bộ Tư lệnh Quân khu 7", or the
# unit alone where the article has named it ("Tư lệnh Quân khu").  The number
# only, never a capitalised word: a personal name may follow ("Tư lệnh Quân
# khu Hoàng Văn Bình").
# A state group's name runs over several fields, joined by dashes, to the
# country: "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Tập đoàn Công
# nghiệp - Năng lượng Quốc gia Việt Nam".
_STATE_GROUP = re.compile(rf"(?:{word_start(['Tập đoàn', _CORPORATION])}) "
                          rf"(?:{CAP}(?: {LOW})?(?: [-–])? ){{1,5}}Việt Nam(?!\w)")
# A national association's or alliance's name runs over several fields, each
# maybe in lower case, to the country: "Hội Di sản văn hóa Việt Nam", "Hội
# Nghệ sĩ Sân khấu Việt Nam", "Liên minh Tái chế bao bì Việt Nam", the second
# joined by "và" in lower case too: "Hội Bảo vệ thiên nhiên và môi trường Việt
# Nam" (no field is a head: "Hội Nông dân cùng Hội Phụ nữ ..." are two).
_LOWER_FIELD_AFTER_AND = rf"và {_NOT_OF_A_FIELD}{LOW}(?: {_NOT_OF_A_FIELD}{LOW}){{0,3}}"
_NATIONAL_ASSOCIATION = re.compile(rf"(?:{word_start(['Hội', 'Hiệp hội', 'Tổng hội', 'Liên hiệp', 'Liên minh'])}) "
                                   rf"{_LISTED_FIELD} (?:(?:{_LISTED_FIELD}|{_LOWER_FIELD_AFTER_AND}) ){{0,2}}"
                                   rf"Việt Nam(?!\w)")
# A firm named in English closes its name with the word for its kind: "Lotus
# Bridge Capital", "Northvale Asset Management", "Dragon Rise Group".
_CORPORATE_WORDS = ("Capital", "Group", "Holdings", "Partners", "Management", "Investments", "Investment",
                   "Securities", "Corporation", "Ventures", "Advisors", "Limited", "Ltd", "Inc")
_CORPORATE_WORD = re.compile("|".join(_CORPORATE_WORDS))  # one search, not one per word
_ENGLISH_FIRM = re.compile(rf"(?<![\w-])(?:(?:{CAP}|{ABBR}) ){{1,4}}(?:{'|'.join(_CORPORATE_WORDS)})(?![\w-])")
# A foreign firm's local subsidiary closes its English name with the country's
# English name, or the short form such firms use: "Samsung Electronics
# Vietnam", "BlueOcean Foods Vietnam", "Hanwha Vina" (a brand may be written in
# one word with a capital inside).  No personal name ends so.
_BRAND_WORD_IN_ENGLISH = rf"(?:{UP}{LO}*(?:{UP}{LO}+)*|{ABBR})"
_COUNTRY_IN_A_FIRM_S_NAME = ("Vietnam", "Vina")
_LOCAL_SUBSIDIARY = re.compile(rf"(?<![\w-])(?:{_BRAND_WORD_IN_ENGLISH} ){{1,4}}"
                               rf"(?:{'|'.join(_COUNTRY_IN_A_FIRM_S_NAME)})(?![\w-])")
# A mission abroad is named by its country: "Đại sứ quán Hàn Quốc" (where it
# is, "tại Việt Nam", belongs to the title that names it); so is an embassy's
# trade office and its branch: "Thương vụ Việt Nam" + " tại Nhật Bản".
_MISSION_WORDS = (" quán ", "Thương vụ ")
_MISSION = re.compile(rf"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|(?:Chi nhánh )?Thương vụ) (?:{_COUNTRY})(?!\w)")
# A foreign armed service is named by its country: "Hải quân Indonesia",
# "Hải quân Hoàng gia Campuchia", "Không quân Hoàng gia Thái Lan".
_FOREIGN_SERVICE = re.compile(rf"(?:Hải quân|Không quân|Lục quân)(?: Hoàng gia)? (?:{_COUNTRY})(?!\w)")
# A foreign government's cabinet is named by its country: "Quốc vụ viện Trung
# Quốc" (China's State Council), "Nội các Nhật Bản".
_CABINET_WORDS = ("Quốc vụ viện", "Nội các")
_FOREIGN_CABINET = re.compile(rf"(?:{'|'.join(_CABINET_WORDS)}) (?:{_COUNTRY})(?!\w)")
# A parliament's friendship group or alliance is named by its two countries:
# "Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản", "Liên minh nghị sĩ hữu nghị
# Nhật Bản - Việt Nam" (the press writes it in either case).
_FRIENDSHIP_GROUP_WORDS = ("Nhóm", "Liên minh")
_FRIENDSHIP_GROUP = re.compile(rf"(?:{'|'.join(_FRIENDSHIP_GROUP_WORDS)}) [Nn]ghị sĩ [Hh]ữu nghị"
                               rf" {_PAIR_MEMBER} [-–] {_PAIR_MEMBER}")
# A naval region or a coast guard region is numbered too: "Vùng 2 Hải quân",
# "Vùng Cảnh sát biển 3"; so are the border guard's and the navy's flotillas:
# "Hải đội Biên phòng 2", "Hải đoàn 129"; a navy's fleet: "Hạm đội 1" (its navy after it).
# A division of the wars of resistance was a "Đại đoàn" ("Đại đoàn 316"); a
# company is numbered ("Đại đội 2"); neither is a unit unnumbered ("Đại đoàn
# kết": great unity).  One of two namesakes bears a letter ("Sư đoàn 320B").
_UNIT = (r"(?:(?:Quân khu|Quân đoàn|Quân chủng|Binh chủng|Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Hạm đội)"
         r"(?: \d+[A-Z]?)?|Đại (?:đoàn|đội) \d+|Vùng \d+ Hải quân|Vùng Cảnh sát biển \d+|Hải (?:đội|đoàn)(?: Biên phòng)? \d+)")
# A unit is named by its arm of service before its number: "Lữ đoàn Công binh
# 249", "Sư đoàn Phòng không 375", "Tiểu đoàn Biên phòng 703"; the arm itself is
# a corps: "Binh chủng Công binh".
_ARM = (r"(?:Công binh|Pháo binh|Bộ binh|Phòng không|Thông tin(?: liên lạc)?|Đặc công|Hóa học|Biên phòng"
        r"|Tăng(?: -)? [Tt]hiết giáp|Tên lửa|Ra đa|Kỹ thuật|Trinh sát)")
_ARMED_UNIT = rf"(?:Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn) {_ARM}(?: \d+)?|Binh chủng {_ARM}"
# Or by its task in lower case before its number: "Lữ đoàn bảo vệ biên giới
# 501", "Tiểu đoàn vận tải 14", "Sư đoàn bộ binh 330", "Trung đoàn cao xạ 212"
# (the number closes it: "Lữ đoàn đã tổ chức 126 buổi" is a clause).
_TASK = (r"(?:bảo vệ biên giới|vận tải|bộ binh|pháo binh|công binh|phòng không|đặc công|thông tin|trinh sát|biên phòng"
         r"|tên lửa|ra đa|cao xạ)")
_TASKED_UNIT = rf"(?:Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Đại đội) {_TASK} \d+[A-Z]?"
# A mine's or a plant's workshops are numbered after their task: "Phân xưởng
# Khai thác 4", "Phân xưởng Cơ điện lò 2" (punctuation or a name after the
# number: "Phân xưởng Cơ điện có 5 tổ" counts).
_NUMBERED_WORKSHOP = re.compile(rf"(?<!\w)Phân xưởng {CAP}(?: (?!{CLAUSE_WORD})(?:{CAP}|{LOW})){{0,2}} \d{{1,2}}"
                                rf"(?=[,;:)]|\.(?!\d)|$| \(| {UP})")
# "Lữ đoàn trưởng", "Tiểu đoàn phó": the unit's commander, a title, not the unit.
_MILITARY = re.compile(rf"(?<!\w)(?:Bộ Tư lệnh(?: {_UNIT})?|{_TASKED_UNIT}|{_ARMED_UNIT}|{_UNIT})(?!\w)(?! (?:trưởng|phó)(?!\w))")
_NEEDS_PLACE = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)$")
_COUNCIL_WITH_PLACE = re.compile(r"(?<!\w)(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)(?= )")
# Not after "Trường": a school's name ("Trường Đại học Y ...") is SCHOOL's.
# The press abbreviates the word: "ĐH Quốc gia Hà Nội", "ĐH Huế".
_UNIVERSITY_WORDS = ("Đại học", "ĐH")
# A polytechnic university is named by its city too: "Đại học Bách khoa Đà Nẵng".
_UNIVERSITY = re.compile(r"(?<!\w)(?<![Tt]rường )(?:Đại học|ĐH)(?: Quốc gia| Bách khoa)?(?= )")
# Words without which _MILITARY and _COUNCIL_WITH_PLACE cannot match: most runs
# have none, and a substring test costs far less than a scan that opens with a
# look-behind (tried at every position).
_MILITARY_WORDS = ("Bộ Tư lệnh", "Quân ", "Binh chủng", "Đại đoàn", "Đại đội", "Sư đoàn", "Lữ đoàn", "Trung đoàn",
                   "Tiểu đoàn", "Vùng ", "Hải đ", "Hạm đội")
_COUNCIL_WORDS = ("UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân")


def _may_hold(spelled: str, words: tuple[str, ...] | re.Pattern[str]) -> bool:
    if isinstance(words, re.Pattern):
        return words.search(spelled) is not None
    return any(word in spelled for word in words)


# Bodies of a body: "Ban Thường vụ" + "Tỉnh ủy", "Đảng ủy" + "UBND tỉnh", a
# company's union: "Công đoàn" + "Công ty TNHH X"; a body's local branch:
# "Chi nhánh" + "Ngân hàng Chính sách xã hội tỉnh X"; a firm's board, of either kind: "HĐTV" + "Công ty X".
_OF_ORG = re.compile(r"(?<!\w)(?:UBKT|Đoàn Chủ tịch|HĐQT|HĐTV|Chi đoàn|Đoàn cơ sở|Chi bộ|Công đoàn(?: cơ sở)?|Ban Thường vụ|Ban Chấp hành|Ban Tổ chức|Ban Tuyên giáo(?: và Dân vận)?|"
                     r"Ban Dân vận|Ban Nội chính|Ban Kiểm tra|Ủy ban Kiểm tra|Văn phòng|Thanh tra|Tòa Giám mục|Bệnh viện|Chi nhánh|"
                     r"Đảng (?:ủy|bộ)(?: cơ quan)?|" + _PARTY_GROUP + ") $")
# Plural, generic uses name no particular body: "các Đảng ủy trực thuộc".
# (_OF_ORG and _PLURAL_BEFORE match at most 26 and 7 characters: see search_before.)
_PLURAL_BEFORE = re.compile(r"(?:^|\W)(?:các|Các|những|Những|mỗi|từng) $")
_ALLCAPS_PART = re.compile(rf"^{ABBR}$")


def _body_of_body_before(spelled: str, pos: int) -> re.Match[str] | None:
    """``search_before(_OF_ORG, spelled, pos, 64)``: "Ban Thường vụ " before an
    organization.  Its match ends in a space (or, as "$" allows, in a space
    and a newline): most organizations have neither before them, and the
    test is cheaper than the search."""
    if spelled[pos - 1:pos] not in (" ", "\n"):
        return None
    return search_before(_OF_ORG, spelled, pos, 64)


def recognize(run: Inline, where: str, ctx: Context) -> list[Span]:
    analysis = analyse(run, where, ctx)
    state = ctx.state.setdefault("orgs", {"short": {}, "reported": set()})
    spans = []
    # A body before a party is that party's ("ban Đối ngoại" + "Đảng FRELIMO"):
    # the party's first word goes on from it, unlike the earlier body it may shorten.
    starts = {o.start for o in analysis.orgs if not _PARTY.match(o.name)}
    for match in analysis.orgs:
        going_on = _capitalised_word_going_on(run.text, match.end, ctx.registers, starts)
        entity = _resolve(ctx, state, match.canonical or match.name, going_on)
        spans.append(Span(match.start, match.end, "orgName", (("ref", f"#{entity.id}"),)))
    return spans


def _capitalised_word_going_on(text: str, end: int, registers: Registers, org_starts: set[int]) -> str | None:
    """A capitalised word after the name the grammar read, before another
    word, that opens neither a personal name, a place nor another body ("Ban
    Chấp hành" + "Công đoàn tỉnh"): the grammar may have cut a longer name there
    ("Đoàn Thanh niên" + " Nhân dân Cách mạng Lào")."""
    m = _NEXT_CAPITALISED_WORD.match(text, end)
    if m is None or m.start(1) in org_starts or opens_a_name(m.group(1)) \
            or register_match_at(registers, "place", text, m.start(1)) is not None:
        return None
    return m.group(1)


# (A word, not an abbreviation: "Đảng bộ BĐBP tỉnh" shortens "Đảng bộ Bộ đội Biên phòng tỉnh".)
_NEXT_CAPITALISED_WORD = re.compile(rf" ({CAP}(?:['’-]\w+)*)(?!\w) (?=[^\W\d_])")


def _goes_on_as(full: str, short: str, word: str) -> bool:
    """Whether ``word`` after ``short`` is the next word of the full name it
    shortens ("Đoàn Chủ tịch" + "Tổng" of "Đoàn Chủ tịch Tổng Liên đoàn ...")."""
    rest = full.split()[len(short.split()):]
    return bool(rest) and name_key(rest[0]) == name_key(word)


def _resolve(ctx: Context, state: dict, written: str, going_on: str | None = None):
    """The entry of an organization mention: a short form of an earlier full
    form (not where the mention goes on, ``going_on``, otherwise than the full
    form: it is the start of another body's name), a register entry, or a new
    entry with a canonical name."""
    key = name_key(written)
    earlier = state["short"].get(key)
    if earlier is not None and going_on and not _goes_on_as(ctx.entities.by_id[earlier].name, written, going_on):
        earlier = None
    if earlier is not None and ctx.registers.lookup("org", written) is None:
        entity = ctx.entities.by_id[earlier]
        entity.mentions += 1
        return entity
    name = canonical_spelling(written)
    name = name[:1].upper() + name[1:]
    entity = resolve_entity(ctx, "org", name)
    for short in short_forms(entity.name, ctx.registers) + short_forms(name, ctx.registers):
        if name_key(short) != name_key(entity.name):
            state["short"][name_key(short)] = entity.id
    if not entity.in_register and entity.id not in state["reported"]:
        state["reported"].add(entity.id)
        ctx.messages.append(f"organization not in the registers: {entity.name} ({entity.id})")
    return entity


def short_forms(name: str, registers: Registers) -> list[str]:
    """Leading parts of ``name`` that are organization names on their own
    ("Đảng ủy Khối", "Đảng ủy" of "Đảng ủy Khối các cơ quan Trung ương"), with
    the committee/organization pair (Đảng ủy/Đảng bộ) counted as one.

    Kept per Registers and name: every mention of an organization asks for
    its name's short forms, and each asks the whole grammar once per prefix."""
    return list(registers.derived(("org-short-forms", name), lambda: _short_forms(name, registers)))


def _short_forms(name: str, registers: Registers) -> tuple[str, ...]:
    parts = name.split()
    forms = []
    for n in range(2, len(parts)):
        prefix = " ".join(parts[:n])
        if any(m.start == 0 and m.end == len(prefix) for m in _grammar_matches(prefix, registers)):
            forms.append(prefix)
    for form in list(forms) + [name]:
        for a, b in (("Đảng ủy", "Đảng bộ"), ("Đảng bộ", "Đảng ủy")):
            if form.startswith(a):
                forms.append(b + form[len(a):])
    return tuple(forms)


# --- finding -----------------------------------------------------------------------


def find_orgs(text: str, registers: Registers, where: str = "paragraph") -> list[Match]:
    """Organization mentions in ``text``: outermost ones and the organizations
    nested at their end ("Ban Thường vụ [Tỉnh ủy]"), in text order."""
    if where == "byline":
        signature, _, office = text.partition("\n")
        whole = signature.strip().removeprefix("Theo ")  # "Theo TTXVN": the source
        agency = [m for m in register_matches(registers, "org", signature) if m.name == whole]
        # The writer's office under an essay's byline (see parse) names bodies as text does.
        return agency + [m for m in _grammar_matches(text, registers) if m.start > len(signature)] \
            if office else agency
    if where == "figure-credit":
        return _credit_orgs(text, registers)
    found = _grammar_matches(text, registers)
    return sorted(found, key=lambda m: (m.start, -m.end))


# "Phó Giám đốc Công ty Lê Văn Hiển": a personal name with its middle name
# right after a business's head is its officer's, not the business's namesake
# (businesses named after people bear short names: "Công ty Mai Linh").  So
# after the head of a body the article has named, written alone: "Phó Chủ
# nhiệm Ủy ban Trương Thị Lan", "Giám đốc Sở Lê Văn An" (no field "Trương"),
# "đại diện Hội Thánh Lê Văn Tám" (the church's, named alone).
_NAME_AFTER_BUSINESS = re.compile(rf"(?:Công ty|Tập đoàn|{_CORPORATION}|{_COOPERATIVE}|Ủy ban|Ban|Sở|Cục|Vụ|Viện"
                                  rf"|Học viện|Trung tâm|{_CHURCH}|Hội|Hiệp hội|Hội đồng|Ngân hàng|Quỹ|{_FEDERATION}|Liên đoàn)"
                                  rf"(?= ({CAP}) (?:{'|'.join(sorted(MIDDLE_NAMES))}) {CAP})")


# A department, a board or an agency written alone is named by a field, whose
# words after the first are in lower case ("Sở Văn hóa", "Cục Quản lý ..."):
# three capitalised words opening with a family name after it are its
# officer's name, whatever the middle name ("Giám đốc Sở Phạm Đức Lương"); so
# after a ministry or an inspectorate ("Chánh Thanh tra Nguyễn Hữu Phước").
_FIELD_BODY_BEFORE_NAME = re.compile(rf"(?:Ủy ban|Ban|Sở|Cục|Vụ|Viện|Bộ|Thanh tra)(?= {CAP} {CAP} {CAP})")


def _officer_after_business(text: str, start: int) -> int | None:
    """The end of a bare business (or body) head at ``start`` that a personal name follows."""
    m = _NAME_AFTER_BUSINESS.match(text, start)
    if m and opens_a_name(m.group(1)):
        return m.end()
    m = _FIELD_BODY_BEFORE_NAME.match(text, start)
    return m.end() if m and starts_personal_name(text, m.end() + 1) else None


_WORD_THEN_LOWER = re.compile(rf"(\S+) {LOW}$")


def _without_clause_word_after_foreign(text: str, m: re.Match[str]) -> int:
    """Where a name the grammar matched ends: a field's name may take a
    lower-case second syllable ("Tài chính"), but no foreign word has one, so
    after "Tập đoàn Samsung" the lower-case word is the clause's (" cho biết").
    An abbreviation takes one: "UBND tỉnh"."""
    last = _WORD_THEN_LOWER.search(text, m.start(), m.end())
    if last is None or not last.group(1)[1:].islower():
        return m.end()
    return last.end(1) if looks_foreign(last.group(1)) else m.end()


# A one-syllable field takes a lower-case second syllable ("Cục Thuế" + " tỉnh"),
# but not the first of a period after the name: "Hội X" + " giai đoạn 2026 - 2030".
_PERIOD_OPENER = re.compile(r" giai(?= đoạn(?!\w))")


def _without_period_after(text: str, end: int) -> int:
    opener = _PERIOD_OPENER.match(text, end - len(" giai"))
    return opener.start() if opener else end


# A head's word may open a place's name: "huyện Vụ Bản", "phường Hội An"
# after the unit's word (not a province's: none opens so, and "tỉnh Đoàn ..."
# is a personal name after a title), or a place of the registers written alone.
_UNIT_WORD_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(u for u in LOCAL_UNITS if u != 'tỉnh')}|thôn|ấp|xóm|buôn) $")


def _opens_a_place(text: str, pos: int, registers: Registers) -> bool:
    if search_before(_UNIT_WORD_BEFORE, text, pos) is not None:
        return True
    place = register_match_at(registers, "place", text, pos)
    return place is not None and not glued(text, place)  # "Hội An ninh ..." is a field


def _grammar_matches(text: str, registers: Registers) -> list[Match]:
    spelled = respell(text)
    registered = register_matches(registers, "org", text)
    candidates = []
    for regex, needed in ((_HEADED, ()), (_COMMITTEE, ()), (_MILITARY, _MILITARY_WORDS),
                          (_NUMBERED_WORKSHOP, ("Phân xưởng",)),
                          (_STATE_GROUP, ("Việt Nam",)), (_NATIONAL_ASSOCIATION, ("Việt Nam",)), (_BORDER_POST_HEAD, (_BORDER_POST_WORDS,)),
                          (_FRIENDSHIP_GROUP, _FRIENDSHIP_GROUP_WORDS), (_ENGLISH_FIRM, _CORPORATE_WORD),
                          (_LOCAL_SUBSIDIARY, _COUNTRY_IN_A_FIRM_S_NAME),
                          (_MISSION, _MISSION_WORDS), (_FOREIGN_SERVICE, (" quân ",)),
                          (_FOREIGN_CABINET, _CABINET_WORDS), (_PARTY_BY_ABBREVIATION, ("Đảng ",))):
        if needed and not _may_hold(spelled, needed):
            continue
        for m in regex.finditer(spelled):
            if _opens_a_place(text, m.start(), registers):
                continue
            if not search_before(_PLURAL_BEFORE, text, m.start(), 16) or _NAMED_SCHOOL.match(spelled, m.start()):
                end = _officer_after_business(text, m.start()) or _without_period_after(
                    text, _without_clause_word_after_foreign(text, m))
                candidates.append(Match(m.start(), end, text[m.start():end]))
    candidates.extend(_councils_with_place(text, registers))
    candidates.extend(_bodies_named_by_place(text, registers))
    candidates = [_completed(m, text, registers) for m in candidates]
    candidates.extend(_schools_listed_after(text, candidates))
    registered = [_with_foreign_party(r, text) for r in registered]
    candidates = [_opening_onto_register(m, registered, text, spelled, registers) for m in candidates]
    # A foreign party's name may hold a register name ("Trung ương Đảng"), not its body.
    foreign = [m for m in candidates + registered if _OF_FOREIGN_PARTY.search(m.name)]
    registered = [r for r in registered
                  if not any(f.start <= r.start and r.end <= f.end and f != r for f in foreign)]
    # The register knows better where a name it holds ends, but not where a
    # longer body built around it starts ("Ủy ban" + "MTTQ Việt Nam" + " tỉnh").
    registered = [r for r in registered
                  if not any(_built_around(m, r, spelled) or _group_of(m, r) for m in candidates)]
    registered = [_local_chapter(r, text, registers) for r in registered]
    candidates = [m for m in candidates if not _NEEDS_PLACE.search(m.name)
                  and not any(m.start < r.end and r.start < m.end for r in registered)]
    top, nested = _central_bodies(text, drop_overlapping(registered + candidates))
    changed = True
    while changed:  # compose "Ban Thường vụ" + "Đảng ủy" + "UBND tỉnh" outward
        changed = False
        for i, inner in reversed(list(enumerate(top))):  # innermost first
            prefix = _body_of_body_before(spelled, inner.start)
            if prefix and (i == 0 or top[i - 1].end <= prefix.start()
                           or top[i - 1].start >= prefix.start()):
                outer = _composite(text, prefix.start(), inner, registers)
                nested.append(inner)
                top = drop_overlapping([*top[:i], outer, *top[i + 1:]])
                changed = True
                break
    top, nested = _committees_of_councils(text, top, nested)
    return top + [m for m in nested if any(o.start < m.start and m.end == o.end for o in top + nested)]


_ASSOCIATION = re.compile(r"(?:Hội|Liên đoàn|Liên hiệp|Tổng Liên đoàn|Đoàn) ")
# "Trung ương", or its abbreviation: "Chủ tịch T.Ư Hội Sinh viên ...".
_CENTRAL_WORDS = ("Trung ương ", "T.Ư ", "TƯ ")


def _central_word_before(text: str, pos: int) -> str | None:
    return next((word for word in _CENTRAL_WORDS
                 if text.startswith(word, pos - len(word)) and not text[pos - len(word) - 1:pos - len(word)].isalnum()),
                None)


def _central_bodies(text: str, top: list[Match]) -> tuple[list[Match], list[Match]]:
    """"Trung ương Hội Nông dân Việt Nam", "Ban Chấp hành Trung ương Hội ...":
    the central body of an association is named with it (the association is
    marked inside), not the Party's Central Committee and an association."""
    merged: list[Match] = []
    nested: list[Match] = []
    for match in top:
        word = _central_word_before(text, match.start) if _ASSOCIATION.match(match.name) else None
        if word is None:
            merged.append(match)
            continue
        start = central = match.start - len(word)
        if merged and merged[-1].end == central + len(word.rstrip()):
            start = merged.pop().start  # "Ban Chấp hành Trung ương" + the association
        merged.append(Match(start, match.end, text[start:match.end]))
        nested.append(match)
    return merged, nested


# A province's delegation to the National Assembly, its words in either case
# ("Trưởng đoàn Đại biểu Quốc hội tỉnh"), holds the assembly's registered name.
_ASSEMBLY_DELEGATION = re.compile(r"[Đđ]oàn [Đđ]ại biểu Quốc hội ")


_HEAD_WORD = re.compile(rf"(?:{word_start(_HEADS)}) ")


def _opening_onto_register(body: Match, registered: list[Match], text: str, spelled: str,
                           registers: Registers) -> Match:
    """"Ủy ban" + "Mặt trận Tổ quốc Việt Nam" + " tỉnh": a head word of the
    grammar right before a register name whose words the grammar cuts short
    ("Ủy ban Mặt trận", "Tổ" a head of its own) heads the whole registered body
    (the front's committee), its locality too."""
    head = _HEAD_WORD.match(spelled, body.start)
    if head is None:
        return body
    opened = next((r for r in registered if r.start == head.end() and r.start < body.end < r.end), None)
    return _local_chapter(Match(body.start, opened.end, text[body.start:opened.end]), text, registers) \
        if opened else body


def _built_around(body: Match, registered: Match, spelled: str) -> bool:
    """A head word of the grammar before a register name ("Ủy ban" + "MTTQ Việt
    Nam"), the body's place, if any, after it; bodies of a body ("Ban Thường
    vụ" + "Tỉnh ủy") are composed later and keep the register name inside."""
    if not (body.start < registered.start and registered.end <= body.end):
        return False
    if _IS_CHURCH.match(body.name):
        return True  # its faith or body, registered or not, names it: "Hội Thánh" + "Cửu Trùng Đài"
    if _ASSEMBLY_DELEGATION.match(body.name):
        return True  # a province's delegation to the assembly: "Đoàn đại biểu" + "Quốc hội" + " tỉnh"
    headed = _HEADED.match(spelled, body.start)
    head = _HEAD_WORD.match(spelled, body.start)  # the head word's registered body: "Ủy ban" + "Mặt trận ..."
    return (((headed is not None and headed.end() >= registered.end)
             or (head is not None and head.end() == registered.start))
            and _body_of_body_before(spelled, registered.start) is None)


# A committee of a council or a Party committee, named by its field: "Ban
# Pháp chế HĐND tỉnh", "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Nội chính
# Tỉnh ủy" (the common ones are in _OF_ORG; any field may be).
_FIELD_COMMITTEE = re.compile(r"(?:Ban|[Pp]hòng) [A-ZĐ]")  # "phòng CSGT Công an tỉnh"


def _committees_of_councils(text: str, top: list[Match],
                            nested: list[Match]) -> tuple[list[Match], list[Match]]:
    merged: list[Match] = []
    for match in top:
        before = merged[-1] if merged else None
        if (before is not None and _FIELD_COMMITTEE.match(before.name)
                and text[before.end:match.start] == " " and _COMMITTEE.match(respell(match.name))):
            merged[-1] = Match(before.start, match.end, text[before.start:match.end])
            nested = [*nested, match]
        else:
            merged.append(match)
    return merged, nested


def _with_foreign_party(match: Match, text: str) -> Match:
    """"Ban Tuyên giáo Trung ương" + " Đảng Cộng sản Cuba", "Trung ương Đảng" +
    " Nhân dân Cách mạng Lào": a central body of a foreign party is named with
    the party."""
    party = None
    if match.name.endswith("Trung ương"):
        party = _OF_FOREIGN_PARTY.match(text, match.end)
    elif match.name.endswith(" Đảng"):  # the party's name goes on after "Đảng"
        party = _OF_FOREIGN_PARTY.match(text, match.end - len(" Đảng"))
    # "Trung ương Đảng" + " Nguyễn Văn Nga": a personal name after "Đảng" is no
    # party's, even when its last word is a country's ("Nga").
    if party is None or starts_personal_name(text, party.start() + len(" Đảng ")):
        return match
    return Match(match.start, party.end(), text[match.start:party.end()])


def _composite(text: str, start: int, inner: Match, registers: Registers) -> Match:
    """"Đảng ủy cơ quan" + "TCHQ": named with the inner body's preferred name,
    so that abbreviated and full spellings of the composite are one entry."""
    registered = registers.lookup("org", inner.name)
    canonical = None
    if registered is not None:
        canonical = text[start:inner.start] + registered.name
    elif inner.canonical:
        canonical = text[start:inner.start] + inner.canonical
    return Match(start, inner.end, text[start:inner.end], canonical)


def _councils_with_place(text: str, registers: Registers) -> list[Match]:
    """"UBND Bình Định": a council named by its place without "tỉnh"."""
    spelled = respell(text)
    if not _may_hold(spelled, _COUNCIL_WORDS):
        return []
    return _named_by_place(text, _COUNCIL_WITH_PLACE.finditer(spelled), registers, unknown=True)


# The high courts and procuracies are named by the city they sit in: "TAND
# Cấp cao tại TP.HCM", "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng".
_HIGH_COURT = re.compile(r"(?:TAND|VKSND|Tòa án nhân dân|Viện [Kk]iểm sát nhân dân) [Cc]ấp cao tại")
# A Party or Youth Union cell is named by its village: "Chi bộ thôn Đồng Tâm",
# "Chi đoàn bản Háng Tày"; some outlets write it in lower case, the village's
# name still capitalised ("bí thư chi bộ thôn Hòa Minh").
_VILLAGE_CELL = re.compile(r"(?<!\w)[Cc]hi (?:bộ|đoàn) (?:thôn|bản|ấp|xóm|buôn|làng|tổ dân phố)")
# So is a club named in lower case by its pursuit: "Câu lạc bộ văn nghệ dân
# gian bản Hòa Minh", "Câu lạc bộ thơ xóm Đông".
_VILLAGE_CLUB = re.compile(rf"Câu lạc bộ(?: {LOW}){{1,5}}? (?:{VILLAGES})(?!\w)")
# A locality's police, court, procuracy or military command named by the
# place alone, without its classifier: "Công an Hà Nội", "TAND TPHCM".
_LOCAL_FORCE_WORDS = ("Công an", "TAND", "VKSND", "Tòa án nhân dân", "iểm sát nhân dân", "Bộ Chỉ huy Quân sự")
_LOCAL_FORCE = re.compile(rf"(?:{word_start(_FORCES_NAMED_BY_PLACE)})(?= )")
# ... or by the area it serves since the districts went (2025), a place's name
# after "khu vực" that no gazetteer may hold: "Công an khu vực Hòa Minh",
# "TAND khu vực Đông Lâm" ("khu vực 7" is a numbered court's, no place's).
_AREA_FORCE = re.compile(rf"(?:{word_start(_FORCES_NAMED_BY_PLACE)}) khu vực(?= )")
# The Catholic Church's units and the bishop's seat are named by their place:
# "Giáo phận Hòa Minh", "Tổng Giáo phận Đông Lâm", "Giáo hạt X", "Giáo xứ Y",
# "Tòa Giám mục Z"; a see may bear a name read as a person's ("Bùi Chu").
# (The seat of a named diocese is "Tòa Giám mục" + the diocese, composed as
# bodies of bodies are.)
_CHURCH_UNIT = re.compile(r"(?<!\w)(?:(?:Tổng )?Giáo phận|Giáo hạt|Giáo xứ|Tòa Giám mục(?! (?:Tổng )?Giáo phận))(?= )")
# Bodies named by the place after their kind: (the words the text must hold one
# of, the kind, unknown places too, places named after people, or a foreign
# name instead).  A (regional or national) university by its city, a name of
# the gazetteer ("Đại học Thái Nguyên", "Đại học Quốc gia Hà Nội"), or abroad
# by its name in its own language ("Đại học Kyoto"); a high court by its city;
# a local force by its province; a cell by its village, which may be named
# after a person ("thôn Trần Phú").
_NAMED_BY_PLACE = ((_UNIVERSITY_WORDS, _UNIVERSITY, False, False, True),
                   (("ấp cao tại",), _HIGH_COURT, False, False, False),
                   (_LOCAL_FORCE_WORDS, _LOCAL_FORCE, False, False, False),
                   (("khu vực ",), _AREA_FORCE, True, False, False),
                   (("Chi ", "chi "), _VILLAGE_CELL, True, True, False),
                   (("Câu lạc bộ ",), _VILLAGE_CLUB, True, True, False),
                   (("Giáo ", "Tòa Giám mục"), _CHURCH_UNIT, True, True, False))


def _bodies_named_by_place(text: str, registers: Registers) -> list[Match]:
    found = []
    for needed, kind, unknown, person_named, foreign_named in _NAMED_BY_PLACE:
        if _may_hold(text, needed):
            found += _named_by_place(text, kind.finditer(text), registers, unknown=unknown,
                                     person_named=person_named, foreign_named=foreign_named)
    return found


def _named_by_place(text: str, heads: Iterable[re.Match[str]], registers: Registers,
                    unknown: bool, person_named: bool = False, foreign_named: bool = False) -> list[Match]:
    """Bodies named by the place after their head or, with ``foreign_named``,
    by a name in a foreign language: a university abroad ("Đại học Kyoto",
    "ĐH Al-Azhar")."""
    found = []
    for m in heads:
        place = place_at(text, m.end() + 1, registers, unknown=unknown, person_named=person_named) \
            or (_foreign_name_at(text, m.end() + 1) if foreign_named else None)
        if place is not None:
            found.append(Match(m.start(), place.end, text[m.start():place.end]))
    return found


_NAME_WORDS = re.compile(rf"{UP}[\w'’-]*(?: {UP}[\w'’-]*){{0,2}}")


def _foreign_name_at(text: str, pos: int) -> Match | None:
    """Capitalised words at ``pos`` that no Vietnamese syllable spells, as far as they run."""
    words = _NAME_WORDS.match(text, pos)
    foreign = list(itertools.takewhile(looks_foreign, words.group().split(" "))) if words else []
    if not foreign:
        return None
    name = " ".join(foreign)
    return Match(pos, pos + len(name), name)


def _extend_with_place(match: Match, text: str, registers: Registers) -> Match:
    """"Tỉnh ủy" + " Bình Định", "UBND tỉnh" + " Gia Lai", "Sở Y tế" + " tỉnh
    Gia Lai"."""
    return _without_full_stop(_with_place(match, text, registers))


# "TP." with no city's name after it: the dot is the sentence's full stop
# ("..., Phó Chủ tịch UBND TP." at a paragraph's end names the article's city).
_CITY_WORD_AND_STOP = re.compile(r"(?<!\w)TP\.$")


def _without_full_stop(match: Match) -> Match:
    if _CITY_WORD_AND_STOP.search(match.name) is None:
        return match
    return Match(match.start, match.end - 1, match.name[:-1])


def _with_place(match: Match, text: str, registers: Registers) -> Match:
    match = _with_written_place(match, text, registers)
    if not _COMMITTEE_OR_LOCALITY_AT_END.search(respell(match.name)):
        return _with_locality(match, text, registers)
    if _CITY_DOT.match(text, match.end):
        return _with_place_at(match, text, registers, match.end + 1)
    if text[match.end:match.end + 1] != " " or _MILITARY.match(text, match.end + 1) \
            or _HEADED.match(respell(text), match.end + 1) or _COMMITTEE.match(text, match.end + 1) \
            or _BORDER_POST_HEAD.match(text, match.end + 1):
        # "Đảng ủy" + "Quân khu 7", + "Công ty ...", + "Công an tỉnh X", "Đoàn cơ
        # sở" + "Đồn Biên phòng X": a body of the body, composed later
        return match
    return _with_place_at(match, text, registers, match.end + 1)


def _with_place_at(match: Match, text: str, registers: Registers, pos: int) -> Match:
    place = place_at(text, pos, registers, person_named=_names_people_after(match, text))
    if place is None:
        return match
    return Match(match.start, place.end, text[match.start:place.end])


# "UBND TP.Hòa Minh": some outlets write the city's abbreviation and its name
# with no space after the dot.
_CITY_DOT = re.compile(rf"(?<=TP)\.(?={UP})")
_LOCALITY_AT_END = re.compile(rf"(?<!\w){_LOCALITY}$")
# (Compiled once: they are tested on every organization candidate.)
# (The Youth Union's committee of a locality is named so too: "Tỉnh đoàn Tuyên Quang".)
_COMMITTEE_OR_LOCALITY_AT_END = re.compile(r"(?:ủy|bộ|(?:Tỉnh|Thành|Huyện|Quận|Thị) đoàn|" + _LOCALITY + r")$")


# A company's name goes on in any case up to its abbreviation in parentheses:
# "Tổng công ty Điện lực miền Trung (EVNCPC)", "Công ty cổ phần Thép Hòa Bình (HBS)";
# an international organization's, an association's or a fund's too: "Tổ
# chức Hợp tác và phát triển kinh tế (OECD)", "Quỹ Bảo vệ môi trường (VEPF)".
_BUSINESS = re.compile(rf"(?:Tập đoàn|{_CORPORATION}|Công ty|Ngân hàng|Tổ chức|Hiệp hội|Quỹ) ")
_NAME_TO_ABBREVIATION = re.compile(rf"(?: (?!{_CLAUSE_WORDS})(?:{CAP}|{LOW})(?!\w)){{1,8}}?"
                                   rf"(?= \({ABBR}[A-Z0-9&-]*\))")


# Schools and hospitals of one name are numbered: "Trường Đại học Sư phạm Hà Nội 2",
# "Bệnh viện Quân y 103".  A count of something ("... 20 năm") is no such number.
_NAMESAKE_NUMBER = re.compile(rf" \d{{1,3}}{_WHOLE_NUMBER}{NOT_COUNTED}")


# Two places joined by a dash without spaces make one namesake: "Vườn quốc gia
# Phong Nha-Kẻ Bàng", "Trường THPT Hòa Minh-Đông Lâm".
_NAME_WORD_AFTER_KIND = re.compile(rf" {CAP}(?:[-–]{CAP})?(?![\w-])")
# ... or with spaces around the dash ("Vườn quốc gia Phong Nha - Kẻ Bàng"): the
# second place closes the name (punctuation, an abbreviation in parentheses, a
# personal name or a verb of saying after it), and is no personal name (a dash
# may set a name or a clause after a body).
_PAIR_CLOSED = rf"[,;.:)]|$| \(| {PERSONAL_NAME_AHEAD}| {SAYING_VERBS}"
_SPACED_PAIRED_PLACE = re.compile(rf" [-–] (?!{PERSONAL_NAME_AHEAD}){CAP}(?: {CAP}){{0,2}}(?={_PAIR_CLOSED})")
# A school's second field and its place ("Trường Đại học Y - Dược Hòa Minh")
# may be followed by the clause's verb at once: two or three capitalised words,
# neither a title nor another body ("... - Bộ Y tế").
_SCHOOL_PAIRED_FIELD = re.compile(rf" [-–] (?!{PERSONAL_NAME_AHEAD}){_NOT_LISTED}{CAP}(?: {CAP}){{1,2}}"
                                  rf"(?={_PAIR_CLOSED}| {LOW}(?!\w))")
_MAX_SCHOOL_WORDS = 4

# A school named after its kind names one school even after "các": "các
# trường THPT Phan Bội Châu, Lê Hồng Phong" lists schools, "các trường THPT" none.
_NAMED_SCHOOL = re.compile(rf"{SCHOOL} {CAP}(?!\w)")
_SCHOOL_KIND = re.compile(SCHOOL)
_LISTED_SCHOOL_LEVEL = re.compile(rf"{_SCHOOL_LEVEL} (?={UP})")
_LISTED_SCHOOL_NAME = re.compile(rf"{CAP}(?: {CAP}){{0,{_MAX_SCHOOL_WORDS - 1}}}(?!\w)")


def _schools_listed_after(text: str, found: list[Match]) -> list[Match]:
    """The schools a list goes on with after one named in full, the kind left
    out: "Trường THPT Phan Bội Châu, THPT Lê Hồng Phong"; after "các", the
    level too: "các trường THPT Phan Bội Châu, Lê Hồng Phong và Nguyễn Du".
    Each is the school of its full name, not its namesake."""
    listed = []
    for school in found:
        kind = _SCHOOL_KIND.match(respell(school.name))
        if kind is None:
            continue
        plural = search_before(_PLURAL_BEFORE, text, school.start, 16) is not None
        head, level = "Trường", kind.group()[len("Trường "):]
        pos = school.end
        while (joiner := LIST_JOINER.match(text, pos)) is not None:
            own_level = _LISTED_SCHOOL_LEVEL.match(text, joiner.end())
            if own_level is None and not plural:
                break
            name = _LISTED_SCHOOL_NAME.match(text, own_level.end() if own_level else joiner.end())
            if name is None or name.group().split()[0] in lexicon.name_stops():
                break
            written = text[joiner.end():name.end()]
            full = f"{head} {written}" if own_level else f"{head} {level} {written}"
            listed.append(Match(joiner.end(), name.end(), written, canonical=full))
            pos = name.end()
    return listed


# A management board names what it manages in lower case, up to the locality
# it serves: "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh
# [Gia Lai]", "Ban Quản lý các khu công nghiệp Hà Nam" (a place of the gazetteer),
# or up to the name of what it manages: "Ban Quản lý rừng phòng hộ Đa Nhim",
# "Ban Quản lý di tích Côn Sơn" (not a personal name: "... dự án Nguyễn Văn A").
# Words that open a clause, not a part of the board's name ("các công trình" is).
_NOT_OF_A_BOARD = r"(?:của|cho|tại|là|được|đã|sẽ|để|đang|với|trong)(?!\w)"
# It may name an economic zone in capitals: "Ban Quản lý Khu kinh tế và các khu
# công nghiệp tỉnh Thái Bình" (the name counts only up to its locality), or
# the zones by their abbreviations: "Ban Quản lý các KCN tỉnh X" (khu công
# nghiệp, khu chế xuất, khu kinh tế, khu công nghệ cao, cụm công nghiệp).
_ZONE_ABBREVIATIONS = r"KCN|KCX|KKT|KCNC|CCN"
_BOARD_WORD = re.compile(rf" (?!{_NOT_OF_A_BOARD})(?:{LOW}|Khu|{_ZONE_ABBREVIATIONS})(?!\w)")
_MAX_BOARD_WORDS = 12


# Bodies named by what they serve: a management board, a union of zones.
_SERVING_BODIES = frozenset({"Ban Quản lý", "Công đoàn"})


# A board of a named economic zone may manage the province's industrial zones
# too: "Ban Quản lý Khu kinh tế Đông Lâm" + " và các Khu công nghiệp Hòa Minh".
_MORE_ZONES = re.compile(r" và các (?=[Kk]hu )")


def _project_board(match: Match, text: str, registers: Registers) -> Match:
    spelled = respell(match.name)
    if spelled[:1].upper() + spelled[1:] not in _SERVING_BODIES:  # "Trưởng ban Quản lý ..." too
        return match
    pos = match.end
    short = match  # the board up to its zone's name, should the zones after it name no locality
    for _ in range(_MAX_BOARD_WORDS):
        word = _BOARD_WORD.match(text, pos)
        if word is None:
            end = _managed_name_end(text, pos, registers) if pos > match.end else pos
            if end <= pos:
                return short
            short = Match(match.start, end, text[match.start:end])
            if (more := _MORE_ZONES.match(text, end)) is None:
                return short
            pos = more.end() - 1  # the zones' word next, as a board word
            continue
        pos = word.end()
        end = locality_end(text, pos, registers)
        if end > pos:
            return Match(match.start, end, text[match.start:end])
    return short


def _managed_name_end(text: str, pos: int, registers: Registers) -> int:
    """Where the name of what a board manages, after the space at ``pos``, ends:
    two words at least (one capitalised word may open a sentence's phrase, "dự
    án Thành phố"), and a second name after a dash ("di tích Côn Sơn - Kiếp Bạc")."""
    named = place_at(text, pos + 1, registers)
    if named is None or " " not in named.name:
        return pos
    dash = _NAME_DASH.match(text, named.end)
    second = place_at(text, dash.end(), registers) if dash else None
    return second.end if second else named.end


_NAME_DASH = re.compile(r" [-–] ")


# A corporation or a group too: "Tổng công ty Xây dựng Trường Sơn", "Tập đoàn
# Công nghiệp Tân Thành Đạt" (after its field), "Tập đoàn Mitsuwa Precision";
# a plant so too: "Nhà máy Thủy điện" + " Sơn Trà".
# A hospital named by its kind alone, then its namesake: "Bệnh viện Đa khoa" +
# " Hòa Minh", "Bệnh viện Phụ sản" + " Đông Lâm"; or by a one-syllable kind,
# whose name goes on in capitals: "Bệnh viện Nhi" + " Đồng"; or by a national
# university, then its city: "Bệnh viện Đại học Quốc gia" + " Seoul".
_HOSPITAL_OF_A_KIND = rf"Bệnh viện (?:Đại học Quốc gia|{CAP}(?: {LOW})?)(?= $)"
_NAMED_AFTER_KIND = re.compile(rf"(?:{SCHOOL}|{_COMPANY}|{_COMMERCIAL_BANK}|{_COOPERATIVE}|{_NATIONAL_PARK}|{_CHURCH}) "
                               rf"|(?:(?:{_CORPORATION}|Tập đoàn|Nhà máy|{_VENUE_OR_CLUB}) {CAP}(?: {LOW})?|Công ty {CAP}"
                               rf"|{_BORDER_POST}|{_HOSPITAL_OF_A_KIND})(?: |$)")
# A business names its line of trade, which may go on in lower case, before
# its namesake: "Công ty cổ phần Công nghệ bán dẫn VinaSemi", "Công ty cổ phần
# Giáo dục số Sao Mai", "Hợp tác xã Chè shan tuyết Tà Xùa".  The lower-case
# words count only where a capitalised word of the name follows them.
# So does a company named by a capitalised trade: "Công ty Xuất nhập khẩu
# nông sản Hòa Minh".  Right after the kind a trade may run to three words
# ("HTX Nông nghiệp dừa hữu cơ Đông Lâm"); between the namesake's words, two.
_BUSINESS_KIND = re.compile(rf"(?:{_COMPANY}|{_COMMERCIAL_BANK}|{_COOPERATIVE}|Công ty {CAP}) ")
_MAX_TRADE_WORDS = 2
_MAX_FIRST_TRADE_WORDS = 3
# "do" and a word of address name who runs the firm, no trade of its: "HTX
# Chè Hòa Minh do anh Lò Văn Páo làm chủ nhiệm" (its name ends before "do").
_RUN_BY = rf"do (?:{'|'.join(h for h in lexicon.honorifics() if h.islower())})(?!\w)"


def _trade_words(most: int) -> str:
    """Up to ``most`` lower-case words of a firm's trade, none of the clause's."""
    return rf"(?: (?!{_CLAUSE_WORDS}|{_RUN_BY}){LOW}(?!\w)){{1,{most}}}"


_TRADE = _trade_words(_MAX_TRADE_WORDS)
# A document's name after a lower-case word is the clause's object, not the
# firm's namesake: "Công ty TNHH X nhận Giấy chứng nhận đăng ký đầu tư số ...".
_DOCUMENT_AHEAD = rf" (?:{'|'.join(DOCUMENT_HEADS)}|Giấy (?:chứng nhận|phép))(?!\w)"
_TRADE_WORDS = re.compile(rf"{_TRADE}(?= {UP})(?!{_DOCUMENT_AHEAD})")
_FIRST_TRADE_WORDS = re.compile(rf"{_trade_words(_MAX_FIRST_TRADE_WORDS)}(?= {UP})(?!{_DOCUMENT_AHEAD})")
# A brand may capitalise inside the word: "VinaSemi", "TechViet".
_BRAND_WORD = re.compile(rf" {UP}{LO}+(?:{UP}{LO}+)+(?!\w)")
# A firm is named after a national day as often as after a word: "Công ty cổ
# phần Xuất nhập khẩu 2-9 Đắk Lắk", "Công ty TNHH MTV 30-4" (as its namesake's
# first word: after one, "... Hòa Minh kỷ niệm 2-9" is the clause).
_HOLIDAY = re.compile(r" \d{1,2}-\d{1,2}(?![\w/-])")
_TRADE_BEFORE_HOLIDAY = re.compile(rf"{_TRADE}(?={_HOLIDAY.pattern})")
_MAX_NAMESAKE_WORDS = 6
# A firm may close its name on a region of the country, "Bắc Bộ", "Trung Bộ"
# or "Nam Bộ" ("Công ty CP Vận tải Hòa Minh Nam Bộ"): "Bộ" there opens no
# ministry, which a capitalised field would follow ("Bộ Xây dựng").
_REGION_FIRST_WORD = re.compile(r"(?<!\w)(?:Bắc|Trung|Nam)$")


def _closes_on_region(text: str, start: int, word: re.Match[str]) -> bool:
    """" Bộ" after "Bắc", "Trung" or "Nam" in a firm's name, before no capitalised word."""
    return word.group() == " Bộ" and _REGION_FIRST_WORD.search(text, start, word.start()) is not None \
        and not _NEXT_WORD_CAPITALISED.match(text, word.end())


# A firm's word may join a capitalised one by a hyphen, no space: "Công ty TNHH
# B-Green Logistics", "Công ty CP An-Phú" (the head's field stops before it).
_HYPHENED_WORD = re.compile(rf"(?:-{CAP})+(?![\w-])")
# A firm's name may close on an abbreviation after its namesake: "Công ty cổ
# phần Công nghệ Sao Mai AI", "Tổng công ty Hòa Minh IDC" (not the abbreviation
# of a place, "TP.HCM", nor a longer one, another body's: "UBND").
_CLOSING_ABBREVIATION = re.compile(rf" {UP}{{2,3}}(?![\w.&/-])")
# ... after a word of the namesake, not after the legal form ("Công ty TNHH").
_NAMESAKE_WORD_BEFORE = re.compile(rf"(?<!\w){UP}{LO}+$")
# A firm numbered among its siblings closes its name on the number: "Công ty
# TNHH MTV Chè 16 (tỉnh X)".  Punctuation must follow it, else the number
# may count the clause's things ("Công ty Hòa Minh 3 năm liền").
_FIRM_NUMBER = re.compile(r" \d{1,3}(?=[,;)]|\.(?!\d)| \(|$)")
_VENUE_KIND = re.compile(_VENUE_OR_CLUB)
# A church may name its see, written in either case: "Hội thánh Cao Đài Tòa thánh Tây Ninh".
_HOLY_SEE = re.compile(r" Tòa [Tt]hánh(?!\w)")
_HEAD_OR_TITLE = re.compile(rf"(?:{_NOT_A_FIELD})(?!\w)")


def _with_namesake(match: Match, text: str) -> Match:
    """A school's, company's or cooperative's name goes on in capitals
    ("Trường THPT Lê Lợi", "Công ty cổ phần Xây dựng Tiến Phát") up to a
    personal name after it; a business's line of trade may go on in lower
    case before them; a school's number follows, if any."""
    kind = _NAMED_AFTER_KIND.match(respell(match.name) + " ")  # the kind alone: "Công ty TNHH"
    if kind is None:
        return match
    business = _BUSINESS_KIND.match(kind.group()) is not None
    venue = _VENUE_KIND.match(kind.group()) is not None
    church = _IS_CHURCH.match(kind.group()) is not None  # its faith and see are no personal name
    # A border post's place comes first, though it may read as a personal name
    # ("Đồn Biên phòng Ma Lù Thàng"); a name after the place is the commander's.
    border_post = kind.group().startswith(_BORDER_POST_WORDS)
    end = match.end
    placed = False
    if business and (hyphened := _HYPHENED_WORD.match(text, end)):
        end = hyphened.end()
    for _ in range(_MAX_NAMESAKE_WORDS if business or church else _MAX_SCHOOL_WORDS):
        first = end == match.end
        trade = ((_FIRST_TRADE_WORDS if first else _TRADE_WORDS).match(text, end)
                 or (_TRADE_BEFORE_HOLIDAY.match(text, end) if first else None)) if business else None
        after = trade.end() if trade else end
        word = (_HOLY_SEE.match(text, after) if church else None) or _NAME_WORD_AFTER_KIND.match(text, after) \
            or (_BRAND_WORD.match(text, after) or (_HOLIDAY.match(text, after) if first else None) if business else None)
        if word is None or (word.group().split()[0] in lexicon.name_stops() and not _closes_on_region(text, match.start, word)) \
                or (trade and _title_after(text, after)):
            break
        # A capitalised trade with a lower-case syllable ("Cà phê", "Cao su") is
        # followed by the firm's place, which may read as a personal name ("HTX
        # Cà phê" + "Đinh Trang Thượng"): a person's there shows its middle name.
        placed = placed or (trade is not None and not first)
        if not (border_post and first) and (_name_with_middle_name(text, after + 1) if church or placed
                                            else _name_after_namesake(text, after + 1)):
            break
        if venue and end == match.end and LOWER_WORD_AFTER.match(text, word.end()):
            break  # "Cung Văn hóa" + "Lao động": the first syllable of a field's word, no namesake
        end = word.end()
    # A school's field may be a pair, its second word after a dash: "Trường Đại
    # học Y - Dược Hòa Minh" (the field's first word already in the head's match).
    school = _SCHOOL_KIND.match(kind.group()) is not None
    if (end > match.end or school) and (paired := _SPACED_PAIRED_PLACE.match(text, end)
                                        or (_SCHOOL_PAIRED_FIELD.match(text, end) if school else None)):
        end = paired.end()
    if is_firm(match.name) and _NAMESAKE_WORD_BEFORE.search(text, match.start, end) \
            and (closing := _CLOSING_ABBREVIATION.match(text, end)):
        end = closing.end()
    # Schools and hospitals of one name are numbered: "Trường THCS Nguyễn Du 3",
    # "Bệnh viện Nhi Đồng 2", "Bệnh viện Quân y 103".
    numbered = school or kind.group().startswith("Bệnh viện ")
    if numbered and (number := _NAMESAKE_NUMBER.match(text, end)):
        end = number.end()
    elif business and end - match.start > len(kind.group()) and (number := _FIRM_NUMBER.match(text, end)):
        end = number.end()
    return Match(match.start, end, text[match.start:end])


# A firm numbered among its siblings may name its trade in lower case before the
# number: "Tổng công ty Xây dựng công trình giao thông 4,", "Công ty Cơ khí sửa
# chữa 12.".  The number closes the name (punctuation after it): else the
# lower-case words may be the clause's ("Công ty Xây dựng có 2 dự án").
_FIRM_KIND = re.compile(rf"(?:{_CORPORATION}|Công ty) ")
_TRADE_AND_NUMBER = re.compile(rf"{_trade_words(4)} \d{{1,2}}(?=[,;.)]|$)")


def _with_trade_number(match: Match, text: str) -> Match:
    if not _FIRM_KIND.match(match.name) or (m := _TRADE_AND_NUMBER.match(text, match.end)) is None:
        return match
    return Match(match.start, m.end(), text[match.start:m.end()])


def _title_after(text: str, pos: int) -> bool:
    """A title head or another body's head after the space at ``pos``: the
    lower-case words before it are the clause, not a line of trade."""
    return bool(_HEAD_OR_TITLE.match(text, pos + 1))


_THIRD_CAPITAL = re.compile(rf"\w+ \w+ {UP}")
_CAPITALISED_WORDS = re.compile(rf"{CAP}(?: {UP}\w*){{1,3}}(?!\w)")


def _brand_at(text: str, pos: int) -> bool:
    """"Công ty Địa ốc" + "Kim Phát Land": a business's name may close on a
    foreign word after Vietnamese ones, no personal name."""
    m = _CAPITALISED_WORDS.match(text, pos)
    return m is not None and reads_as_brand(m.group())
# "Công ty TNHH Vĩnh Thái Việt Nam": a name's word before a country is the
# company's namesake and its country, no person ("Thái" is a family name too).
_COUNTRY_AFTER_A_WORD = re.compile(rf"\w+ (?:{_COUNTRY})(?!\w)")


_SECOND_WORD = re.compile(r"\w+ (\w+)")


def _name_with_middle_name(text: str, pos: int) -> bool:
    """A personal name after a church's name shows its middle name ("Hội Thánh"
    + "Lê Văn An"): the church's own words may read as a name ("Cao Đài")."""
    m = _SECOND_WORD.match(text, pos)
    return m is not None and m.group(1) in MIDDLE_NAMES


def _name_after_namesake(text: str, pos: int) -> bool:
    """A personal name after a school's or company's name starts at ``pos``:
    a family name that opens three capitalised words at least.  Two alone are
    the namesake's own ("Tập đoàn Hoàng Anh", "Công ty Mai Linh"): many
    businesses bear a name that reads as a short personal name."""
    return starts_personal_name(text, pos) and bool(_THIRD_CAPITAL.match(text, pos)) \
        and not _brand_at(text, pos) \
        and not _COUNTRY_AFTER_A_WORD.match(text, pos)


def _completed(match: Match, text: str, registers: Registers) -> Match:
    """A name the grammar found, with what goes on after it: its abbreviation,
    its place, a project, its namesake, its number, its group, a foreign party,
    its region."""
    match = _with_whole_country(match, text)
    match = _extend_with_place(_up_to_abbreviation(match, text), text, registers)
    match = _with_trade_number(_with_namesake(_project_board(match, text, registers), text), text)
    return _with_region_in_parentheses(_with_foreign_party(_with_parent_group(match, text), text), text)


# A word that may open a country's name, within the last words of a name.
_WORD_START = re.compile(r"(?<![\w'’-])\w")
_COUNTRY_AT = re.compile(rf"(?:{_COUNTRY})(?!\w)")
_COUNTRY_WORDS_MOST = 4
_NEXT_WORD_CAPITALISED = re.compile(rf" {UP}")


def _with_whole_country(match: Match, text: str) -> Match:
    """"Ngân hàng Nhật" + " Bản": a field read as one capitalised word may
    stop inside a country's name, which is never cut; the body goes on to
    its end ("Ngân hàng Nhật Bản", "Ngân hàng Thái Lan")."""
    if not _NEXT_WORD_CAPITALISED.match(text, match.end):
        return match  # most names: a country cut there would go on in capitals
    spelled = respell(text)
    window_start = max(match.start, match.end - 12 * _COUNTRY_WORDS_MOST)
    for word in _WORD_START.finditer(spelled, window_start, match.end):
        country = _COUNTRY_AT.match(spelled, word.start())
        if country and country.end() > match.end:
            return Match(match.start, country.end(), text[match.start:country.end()])
    return match


# A national body split by region names it in parentheses after the country:
# "Hội thánh Tin Lành Việt Nam (miền Bắc)" and "(miền Nam)" are two churches.
_REGION_IN_PARENTHESES = re.compile(r" \(miền (?:Bắc|Trung|Nam)\)")


def _with_region_in_parentheses(match: Match, text: str) -> Match:
    region = _REGION_IN_PARENTHESES.match(text, match.end) if _NATIONAL_NAME_END.search(match.name) else None
    return Match(match.start, region.end(), text[match.start:region.end()]) if region else match


# A group's subsidiary may close its name with the group's abbreviation:
# "Công ty Nhôm Lâm Đồng - TKV", "Công ty Điện lực Hà Giang - EVN".
_PARENT_GROUP = re.compile(rf" [-–] {UP}{{3,}}(?![\w-])")


def _group_of(body: Match, registered: Match) -> bool:
    """The register's group ("EVN") is the subsidiary's closing abbreviation."""
    return body.end == registered.end and body.start < registered.start \
        and _PARENT_GROUP.fullmatch(body.name, registered.start - body.start - 3) is not None


def is_firm(name: str) -> bool:
    """A business (a company, group, bank, fund ...), a body known by its
    abbreviation, or a firm named in English ("Lotus Bridge Capital")."""
    return bool(_BUSINESS.match(name) or _ALLCAPS_PART.match(name.split()[0]) or _ENGLISH_FIRM.fullmatch(name)
                or _LOCAL_SUBSIDIARY.fullmatch(name))


def _with_parent_group(match: Match, text: str) -> Match:
    m = _PARENT_GROUP.match(text, match.end) if _BUSINESS.match(match.name) else None
    return Match(match.start, m.end(), text[match.start:m.end()]) if m else match


def _up_to_abbreviation(match: Match, text: str) -> Match:
    if not _BUSINESS.match(match.name):
        return match
    rest = _NAME_TO_ABBREVIATION.match(respell(text), match.end)
    if rest is None:
        return match
    return Match(match.start, rest.end(), text[match.start:rest.end()])


def _with_written_place(match: Match, text: str, registers: Registers) -> Match:
    """"Công an TP" + ".HCM": a locality word that begins a gazetteer name
    written with it ("TP.HCM", "TP. Hồ Chí Minh") is that name's first word."""
    locality = _LOCALITY_AT_END.search(respell(match.name))
    if locality is None:
        return match
    place = register_match_at(registers, "place", text, match.start + locality.start())
    if place is None or place.end <= match.end:
        return match
    return Match(match.start, place.end, text[match.start:place.end])


# A body of a locality named after its field: "Sở Y tế" + " tỉnh Gia Lai",
# " TP.HCM", " Hà Nội", or the locality word alone where the article's
# locality is meant ("Phòng Nội vụ huyện", "Sở Y tế tỉnh, cho biết").  Not
# "xã hội" or "tỉnh lộ": words of their own.
# A federal country's state too: "Hội ... bang Bayern".
_LOCALITY_WORD = re.compile(r" (tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|đặc khu|bang)"
                            r"(?! (?:hội|lộ|ủy|lỵ|đội)(?!\w))(?!\w)")


_NEVER_ALONE = ("TP", "bang")


# The press may set a body's abbreviation in parentheses before its locality:
# "Hội Nông dân (HND) xã Tân Lập", "Ủy ban nhân dân (UBND) tỉnh".
_ABBREVIATION_IN_PARENTHESES = re.compile(rf" \({ABBR}\)(?= )")


def _with_locality(match: Match, text: str, registers: Registers) -> Match:
    headed = _HEADED.match(respell(text), match.start)
    if headed is None or headed.end() != match.end:
        return match
    end = locality_end(text, match.end, registers)
    if end == match.end and (abbreviation := _ABBREVIATION_IN_PARENTHESES.match(text, match.end)):
        placed = locality_end(text, abbreviation.end(), registers)
        if placed > abbreviation.end():  # the body is known by its name without the abbreviation
            return Match(match.start, placed, text[match.start:placed],
                         (match.canonical or match.name) + text[abbreviation.end():placed])
    return match if end == match.end else Match(match.start, end, text[match.start:end])


# A national body's chapter of a locality is named after it: "Mặt trận Tổ
# quốc Việt Nam" + " tỉnh Đông Lâm", "Hội Nông dân Việt Nam" + " huyện" (the
# article's), as the abbreviated "Ủy ban MTTQ Việt Nam tỉnh" is.
_NATIONAL_NAME_END = re.compile(r"Việt Nam$")


def _local_chapter(match: Match, text: str, registers: Registers) -> Match:
    if not (_NATIONAL_NAME_END.search(match.name) and _LOCALITY_WORD.match(respell(text), match.end)):
        return match
    end = locality_end(text, match.end, registers)
    return Match(match.start, end, text[match.start:end])


_PLACE_PAIR_DASH = re.compile(r" [-–] ")


def _with_paired_place(text: str, end: int, registers: Registers) -> int:
    """"Hiệp hội Du lịch Hòa Minh - Đông Lâm": a body of a city and its
    province, or of two places, names both, joined by a dash."""
    dash = _PLACE_PAIR_DASH.match(text, end)
    other = register_match_at(registers, "place", text, dash.end()) if dash else None
    return other.end if other is not None and not glued(text, other) else end


def locality_end(text: str, end: int, registers: Registers) -> int:
    """Where the locality of a body that ends at ``end`` ends: a gazetteer name
    (" Hà Nội"), a locality word with its place (" tỉnh Cao Bằng") or alone
    (" huyện": the article's); ``end`` when none follows."""
    place = register_match_at(registers, "place", text, end + 1) if text[end:end + 1] == " " else None
    if place is not None and not glued(text, place):
        return _with_paired_place(text, place.end, registers)
    locality = _LOCALITY_WORD.match(respell(text), end)
    if locality is None:
        return _region_end(text, end, registers)
    place = place_at(text, locality.end() + 1, registers, person_named=names_people(locality.group(1))) \
        if text[locality.end():locality.end() + 1] == " " else None
    if place is not None:
        return place.end
    if locality.group(1).startswith(_NEVER_ALONE):
        return end  # "TP" alone is the abbreviation's start or a sentence's end; "bang" is a state's
    return locality.end()


# Since the districts were abolished (2025), a province's body keeps branches
# named by the area they serve, by a place's name: "Chi nhánh Văn phòng
# đăng ký đất đai khu vực Hòa Minh", "Trạm Thú y khu vực Đông Lâm".
_REGION_WORD = " khu vực "
# Not a numbered one: "Chi cục Hải quan khu vực IV", "TAND khu vực 7 - Hòa Minh".
_REGION_NUMBER = re.compile(r"(?:[IVXLC]+|\d{1,2})(?![\w-])")


def _region_end(text: str, end: int, registers: Registers) -> int:
    if not text.startswith(_REGION_WORD, end):
        return end
    pos = end + len(_REGION_WORD)
    if _REGION_NUMBER.match(text, pos):
        return end  # "khu vực IV": a numbered unit, which the title reads with its seat ("khu vực 7 - X")
    place = place_at(text, pos, registers)
    if place is None or _NEXT_WORD_CAPITALISED.match(text, place.end):
        return end  # "khu vực Trung Trung Bộ": a region longer than the name read
    return place.end


def _names_people_after(match: Match, text: str) -> bool:
    """"UBND phường" + "Trần Phú" is a place ("UBND tỉnh" + "Phạm Văn An" is not);
    so is a district's after its Party committee when a name follows it
    ("Huyện ủy" + "Quản Bạ" + "Bàn Văn Hiếu"; "Huyện ủy" + "K'Thương Ka" alone
    is the person)."""
    name = respell(match.name)
    if _LOCAL_COMMITTEE_AT_END.search(name):
        return _PLACE_AND_NAME_AFTER.match(text, match.end) is not None
    locality = _LOCALITY_AT_END.search(name)
    return bool(locality) and names_people(locality.group())


_LOCAL_COMMITTEE_AT_END = re.compile(r"(?<!\w)(?:Huyện|Quận|Thị|Thành) ủy$")
# Two capitalised words of a place, then two or more of a name.
_PLACE_AND_NAME_AFTER = re.compile(rf"(?: {UP}\w*){{4}}")


def _credit_orgs(text: str, registers: Registers) -> list[Match]:
    """"Ảnh: VGP/Nguyễn Hoàng": VGP is an organization (a register name or an
    abbreviation in capitals)."""
    found = []
    for part in credit_parts(text):
        if registers.lookup("org", part.name) or _ALLCAPS_PART.match(part.name):
            found.append(part)
    return found


# A credit's names are parted by "/", ",", ";", parentheses or a spaced dash
# (a dash inside a word, "Xay-nha-vông", parts nothing).
_CREDIT_PART = re.compile(r"(?:[^/,;()\s]|\s(?![-–—]\s))+")
# An agency named by its abbreviations and then its place ("BQL VQG Phong
# Nha"): a spaced dash after it joins the halves of the place's name ("Phong
# Nha - Kẻ Bàng"), as a photographer is not named after an agency's place.
_AGENCY_OF_A_PLACE = re.compile(rf"(?:{ABBR} )+{CAP}(?: {CAP})*")
_SPACED_DASH = re.compile(r" [-–—] ")


def credit_parts(text: str) -> list[Match]:
    """The names of a photo credit: "Ảnh: VGP/Nguyễn Hoàng" -> VGP, Nguyễn Hoàng;
    "Ảnh: Thu Hà - Quốc Huy" -> Thu Hà, Quốc Huy."""
    colon = text.find(":")
    start = colon + 1 if colon >= 0 else 0
    parts: list[Match] = []
    for m in _CREDIT_PART.finditer(text, start):
        raw = m.group()
        left = len(raw) - len(raw.lstrip(" -–—"))
        core = raw.strip(" -–—").rstrip(".").rstrip()
        if not core:
            continue
        s, e = m.start() + left, m.start() + left + len(core)
        if parts and _AGENCY_OF_A_PLACE.fullmatch(parts[-1].name) and _SPACED_DASH.fullmatch(text, parts[-1].end, s):
            s = parts.pop().start  # one place's two halves: "BQL VQG Phong Nha - Kẻ Bàng"
        parts.append(Match(s, e, text[s:e]))
    return parts
