"""Titles (chức danh) and their chains: the grammar of a title's head, the
body it names, the places and countries that close it.

A title opens with a head of the lexicon ("Phó Chủ tịch", "Bộ trưởng",
"nguyên bí thư"), then names its body ("UBND tỉnh Lâm Đồng", "Ban Chỉ đạo
quốc gia về ..."), which may go on in lower case up to where the title surely
ends: a personal name, a verb of saying, the next title, the end of a list
item.  Titles form chains ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ");
``persons`` attaches them to the names they stand beside.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterator

from .. import lexicon
from ..registers import Registers
from .names import (ABBR, CAP, CLAUSE_WORD, LO, LOCAL_UNITS, LOW, LOWER_WORD_AFTER, MIDDLE_NAMES, NAME_WORD,
                    PERSONAL_NAME_AHEAD, PHRASE, ROMAN_NUMERAL, SAYING_VERBS, UP, Analysis, Match, Role, is_cap, letter_tree,
                    at_sentence_start, looks_foreign, register_match_at, respell, starts_personal_name)
from .document_heads import DOCUMENT_HEADS, SHORT_FORM_HEADS
from .orgs import COOPERATIVE_AHEAD, DIASPORA_HEAD, NOT_COUNTED, is_firm, locality_end
from .personal_names import honorific_regex, name_at
from .places import VILLAGES, classified_place_at, place_at
from .window import search_before, word_start

# "Phó Chủ tịch thứ nhất", "Bí thư thứ hai": the rank among the holders of one
# office, capitalised as part of the title too ("Bí thư Thứ nhất Trung ương Đoàn");
# a full-time holder's, as against his colleagues part-time: "Phó Chủ tịch
# chuyên trách Ủy ban X", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh".
_QUALIFIER = re.compile(r" (?:[Tt]hường trực|[Tt]hường vụ|dự khuyết|chuyên trách|[Tt]hứ (?:nhất|hai|ba))(?!\w)")
# An envoy may be special ("Đại sứ đặc biệt Việt Nam - Nhật Bản"); after other
# titles "đặc biệt" is an adverb of the clause ("Giám đốc đặc biệt quan tâm ...").
_ENVOY_HEADS = frozenset({"Đại sứ"})
_ENVOY_QUALIFIER = re.compile(r" đặc biệt(?!\w)")
# An envoy may be a union of nations' ("Đại sứ Liên minh châu Phi (AU) tại
# Ethiopia"), a body no gazetteer of countries holds.
_UNION_OF_NATIONS = re.compile(rf" Liên minh châu {UP}\w*(?: \([A-Z]{{2,6}}\))?(?!\w)")
# A world body's representative or coordinator resides in the country:
# "Trưởng đại diện thường trú UNICEF tại Việt Nam", "Điều phối viên thường
# trú Liên hợp quốc tại Lào" (the body and its seat follow).
_RESIDENT = re.compile(rf" thường trú(?= {UP})")
# What a company director directs: "Giám đốc nhân sự Công ty ...", "Giám đốc
# dự án", "Giám đốc nhà máy Công ty ...", "Giám đốc vận hành" (operations); a
# world body's country director: "Giám đốc Quốc gia WB tại Việt Nam"; a
# unit's executive director: "giám đốc điều hành dự án", "... nhà máy".
_DIRECTOR_FUNCTION = re.compile(r" (?:điều hành (?=dự án|nhà máy|[Cc]hi nhánh))?(?:nhân sự|tài chính|kinh doanh|điều hành|vận hành|kỹ thuật|sản xuất|"
                                r"marketing|truyền thông|bán hàng|[Cc]hi nhánh|dự án|[Qq]uốc gia|nhà máy)(?!\w)")
# A foreign minister's fields may be listed, closed by "và": "Bộ trưởng Kinh
# tế, Thương mại và Công nghiệp Nhật Bản"; no item is a title ("Bộ trưởng Tài
# chính, Phó Thủ tướng và ..." lists titles).
_NOT_A_TITLE = rf"(?!(?:{'|'.join(map(re.escape, sorted(lexicon.title_heads(), key=len, reverse=True)))})(?!\w))"
_LISTED_FIELDS = rf"(?:{_NOT_A_TITLE}{PHRASE}, ){{1,3}}{_NOT_A_TITLE}{CAP}(?: {LO}+)? và {PHRASE}"
# A field may be a continent, joined to another: "Bộ trưởng Châu Âu và Ngoại
# giao Cộng hòa Pháp" (France's minister for Europe and foreign affairs).
_CONTINENT_AND_FIELD = rf"[Cc]hâu {CAP} và {PHRASE}"
_CONTINENT_AND_FIELD_AT = re.compile(f" {_CONTINENT_AND_FIELD}")


def _continent_and_field(text: str, end: int, head: str) -> bool:
    """A minister's continent is his field, no place, when a field is joined to it."""
    return _capitalised(head) in _FIELD_HEADS and _CONTINENT_AND_FIELD_AT.match(text, end) is not None


# "Bộ trưởng Công an"; a field of the lexicon whole: "Thứ trưởng Công Thương"
_MINISTER_FIELD = re.compile(rf" (?!{COOPERATIVE_AHEAD})(?:{_LISTED_FIELDS}"
                             rf"|(?:{'|'.join(map(re.escape, lexicon.org_fields()))})(?!\w)"
                             rf"|{_CONTINENT_AND_FIELD}|{PHRASE})")
# The grade of a judicial officer, part of his title: "Thẩm phán cao cấp",
# "Kiểm sát viên trung cấp", "Điều tra viên sơ cấp".
_GRADED_HEADS = frozenset({"Thẩm phán", "Kiểm sát viên", "Điều tra viên", "Thẩm tra viên", "Chấp hành viên"})
_GRADE = re.compile(r" (?:cao cấp|trung cấp|sơ cấp)(?!\w)")
# Heads named with the field they are in charge of, not a body: "Bộ trưởng Công
# an", "Chánh tòa Hình sự" (a court's division), "Tham tán Thương mại" (an
# embassy's counsellor), "Chủ nhiệm Hậu cần Quân khu 7" (a unit's department),
# "vụ trưởng Kế hoạch - Tài chính", "Cục trưởng Quản lý dược" (a ministry's
# department or agency, "Vụ", "Cục" left out); in lower case too.
_FIELD_HEADS = frozenset({"Bộ trưởng", "Thứ trưởng", "Chánh tòa", "Tham tán", "Tùy viên", "Chủ nhiệm",
                          "Vụ trưởng", "Cục trưởng"})
# ... which some outlets write in lower case: "tham tán thương mại", "tùy viên quốc phòng".
_ATTACHES = frozenset({"Tham tán", "Tùy viên"})
_ATTACHE_FIELD = re.compile(r" (?:thương mại|quốc phòng|văn hóa|báo chí|kinh tế|chính trị|giáo dục|khoa học"
                            r"(?: và công nghệ)?|nông nghiệp|lao động)(?!\w)")
# A firm's executive chair or vice-chair, before what he is in charge of or the
# firm: "Phó Chủ tịch điều hành phụ trách kinh doanh ... của Airbus" (elsewhere
# "điều hành" is the chair's verb: "Đoàn Chủ tịch điều hành Đại hội").
_CHAIR = "Chủ tịch"
_EXECUTIVE = re.compile(r" điều hành(?= phụ trách | của | (?:Tập đoàn|Công ty|Tổng công ty)(?!\w))")
# "kiêm" after a comma too; after the abbreviation of the title's body, a comma
# goes on to the next title: "Cục trưởng Cục X (A05), kiêm Phó Trưởng ban Y".
_CHAIN_SEP = re.compile(r"(?: \([A-Z][\w&-]*\),(?: kiêm)? |, kiêm |, | kiêm | )")
_POSTED_IN = " tại "  # "Đại sứ Việt Nam tại Trung Quốc"


@dataclass
class Known:
    """What a title may take in after its head: the run's organizations (by
    start) and the registers, for places ("Chủ tịch Trung Quốc"); the places
    the run names (by start), some of them named so by the article only
    ("tại Hòa Minh" makes "Phó Thị trưởng thành phố Hòa Minh" a place's)."""
    orgs_by_start: dict[int, Match]
    registers: Registers
    places_by_start: dict[int, Match] = field(default_factory=dict)
    # The title is one of a chain set after its holder's name and comma, maybe
    # after other titles: "Lê An, Viện trưởng Viện X, Giám đốc Dự án Y cho biết".
    after_a_name: bool = False


def title_chains(text: str, known: Known, analysis: Analysis) -> list[list[Role]]:
    """Title chains, left to right, none inside an organization name."""
    spelled = respell(text)
    chains = []
    pos = 0
    # The positions strictly inside an organization name, once per run rather
    # than a scan of the organizations at every candidate word.
    inside_orgs = {i for o in analysis.orgs for i in range(o.start + 1, o.end)}
    for m in _role_start_regex().finditer(spelled):
        if m.start() < pos or m.start() in inside_orgs:
            continue
        chain = _chain_at(spelled, m.start(), known)
        if chain:
            chains.append(chain)
            pos = chain[-1].end
    return chains


def _chain_at(text: str, pos: int, known: Known) -> list[Role]:
    roles = []
    previous = None  # the title read last, before any joining: "GS" of "NGND-GS-TSKH"
    role = _title_at(text, pos, known)
    if role is not None and holder_named_before(text, pos):
        known = replace(known, after_a_name=True)  # for the titles after the first
    while role is not None:
        role = _with_the_year_of_its_task(text, _in_charge_of(text, _with_whose_title(text, role, known), known))
        if roles and _degrees_joined(text, previous, role):
            roles[-1] = replace(roles[-1], end=role.end)  # "GS, TS": one academic title
        elif roles and _sharing_a_body(text, roles[-1], role):
            roles[-1] = replace(roles[-1], end=role.end, orgs=roles[-1].orgs + role.orgs,
                                places=roles[-1].places + role.places)
        else:
            roles.append(role)
        previous = role
        role = _next_title(text, role, known)
    if len(roles) > 1 and _addressed_by_title(text, roles[0]) and _speaker_after(text, roles[-1].end):
        return roles[:1]  # the rest is the speaker's own chain
    if len(roles) > 1 and (_on_whose_behalf(text, roles[0]) or _issuer_of_a_document(text, roles[0])
                           or _reporter_addressed(text, roles[0])
                           or _group_s_title_before_a_holder(text, roles)):
        return roles[1:]
    return roles


# A steering committee or a working group set up for one year's task names
# the year last: "Trưởng Ban Chỉ đạo cấp quốc gia kỳ thi tốt nghiệp THPT năm
# 2025", "Tổ trưởng Tổ công tác … giải ngân vốn đầu tư công năm 2025" (so the
# golds' 3 such titles the text follows with a year).
_TASK_BODY = re.compile(r"Ban [Cc]hỉ đạo|Tổ công tác")
_TASK_YEAR = re.compile(r" năm \d{4}(?=[,.;:)]|$| [-–] )")


def _with_the_year_of_its_task(text: str, role: Role) -> Role:
    body = role.orgs[-1] if role.orgs else None
    if body is None or not _TASK_BODY.match(body.name):
        return role
    year = _TASK_YEAR.match(text, role.end)
    return replace(role, end=year.end()) if year else role


# The group may be the newly graduated or commissioned: "các tân tiến sĩ", "các tân sĩ quan".
_GROUP_BEFORE = re.compile(r"(?<!\w)(?:[Cc]ác|[Nn]hững) (?:tân )?$")


def _group_s_title_before_a_holder(text: str, roles: list[Role]) -> bool:
    """"Giải trình ý kiến các thành viên Ủy ban X, Bộ trưởng Bộ Y Lê An": a
    plural title, then a comma, is the group's (the object of the clause);
    the titles after it are those of the one holder named after them.  (Before
    a list, "các Ủy viên Bộ Chính trị, Phó Thủ tướng: A, B", all are shared.)"""
    end = roles[-1].end
    return search_before(_GROUP_BEFORE, text, roles[0].start, 12) is not None \
        and text.startswith(", ", roles[0].end) and text[end:end + 1] == " " and starts_personal_name(text, end + 1)


# Academic titles and degrees, which the press writes abbreviated and joined by
# a comma before the name as one title ("GS, TS Lê An", "PGS, TS Hà Mai"); spelt
# out they are two titles, as any two are ("Giáo sư, Tiến sĩ Lê An").
_DEGREES = frozenset({"GS", "GS.", "PGS", "PGS.", "TS", "TS.", "TSKH", "ThS", "ThS."})
# ... or a hyphen, as some outlets write them: "PGS-TS Lê An", "GS-TSKH Hà Mai".
_DEGREE_JOINERS = (", ", "-")


# The state's honours written by their initials may be joined to the degrees
# after them by a period or a hyphen, as the degrees are to each other:
# "NGND.GS.TS Lê An", "NGƯT-PGS-TS Hà Mai" (one title).
_HONOUR_INITIALS = frozenset({"NSND", "NSƯT", "NGND", "NGƯT", "TTND", "TTƯT", "NNND", "NNƯT"})
_HONOUR_JOINERS = (".", "-")


def _is_degree(role: Role) -> bool:
    return role.bare and role.head[2] in _DEGREES


def _is_honour_initials(role: Role) -> bool:
    return role.bare and role.head[2] in _HONOUR_INITIALS


def _opens_with_a_degree(role: Role) -> bool:
    """"PGS.TS", "GS.TSKH", "TS.BS": a bare head whose first part is a degree."""
    return role.bare and role.head[2].split(".")[0] in _DEGREES


def _degrees_joined(text: str, before: Role, role: Role) -> bool:
    between = text[before.end:role.start]
    return (between in _DEGREE_JOINERS and _is_degree(before) and _is_degree(role)) \
        or (between in _HONOUR_JOINERS and _is_honour_initials(before) and _opens_with_a_degree(role))


_HELD_WITH = " kiêm "
_DASH = re.compile(r" [-–] ")


def _sharing_a_body(text: str, before: Role, role: Role) -> bool:
    """"Chủ tịch kiêm Tổng Giám đốc Tập đoàn X", "Phó Chủ tịch - Tổng Thư ký Ủy
    ban Trung ương MTTQ Việt Nam": a bare title held with the next one is of the
    body the next one names, so the two are one title.  "kiêm" (concurrently)
    joins it to a field or a country as well ("Phó Thủ tướng kiêm Bộ trưởng
    Ngoại giao Lào"); a dash, which also parts a name from its titles, only to a
    body, or to a bare title right before the holder's name (see _dashed_to)."""
    if text[before.end:role.start] == _HELD_WITH and _board_of_the_firm_named_after(before, role):
        return True
    if not before.bare:
        return False
    if text[before.end:role.start] == _HELD_WITH:
        return not role.bare
    return _DASH.fullmatch(text, before.end, role.start) is not None and _dashed_to(text, role)


# A firm's board, whose chair is titled by the firm a next title names in full.
_BOARD = re.compile(r"HĐQT|Hội đồng quản trị|HĐTV|Hội đồng thành viên")


def _board_of_the_firm_named_after(before: Role, role: Role) -> bool:
    """"Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X": the board is the firm's that
    the title held with it names by its name, so the two are one title (not
    "Chủ tịch HĐQT kiêm Giám đốc HTX", where neither names the firm)."""
    return len(before.orgs) == 1 and _BOARD.fullmatch(before.orgs[0].name) is not None \
        and bool(role.orgs) and is_firm(role.orgs[0].name) and " " in role.orgs[0].name


# The firm the article is about, named by its kind in lower case after its
# board, up to punctuation, a dash or a parenthesis: "Chủ tịch HĐQT công ty,
# ...", "Chủ tịch HĐTV công ty (quốc tịch ...)" (the board's own).
_THE_FIRM = re.compile(r" (?:công ty|tập đoàn|ngân hàng)(?=[,;.)]|$| [-–] | \()")


def _board_of_the_firm(text: str, end: int, org: Match) -> int:
    firm = _THE_FIRM.match(text, end) if _BOARD.fullmatch(org.name) else None
    return firm.end() if firm else end


def _dashed_to(text: str, role: Role) -> bool:
    """A title a dash joins a bare title to: one with a body ("Phó Chủ tịch -
    Tổng Thư ký Ủy ban X"), or a bare one right before a personal name, where
    the two are the holder's double office once its body is named ("Phó Chủ
    tịch - Tổng Thư ký Lê An")."""
    return bool(role.orgs) or (role.bare and text[role.end:role.end + 1] == " "
                               and starts_personal_name(text, role.end + 1))


def _next_title(text: str, role: Role, known: Known) -> Role | None:
    """The chain's next title after ``role``: after a comma, "kiêm" or a space;
    after a dash only one that shares its body with a bare ``role`` (a dash
    otherwise parts a name from its titles, "Lê Vy - Giám đốc Sở X")."""
    if _is_degree(role) and text.startswith("-", role.end):
        following = _title_at(text, role.end + 1, known)
        return following if following is not None and _is_degree(following) else None
    if _is_honour_initials(role) and text.startswith(_HONOUR_JOINERS, role.end):
        following = _title_at(text, role.end + 1, known)
        return following if following is not None and _opens_with_a_degree(following) else None
    sep = _CHAIN_SEP.match(text, role.end)
    following = _title_at(text, sep.end(), known) if sep else None
    if following is None and role.bare and (dash := _DASH.match(text, role.end)):
        following = _title_at(text, dash.end(), known)
        return following if following is not None and _dashed_to(text, following) else None
    return following


# Words after which a title names whom one reports or speaks to: "Báo cáo với
# Phó Thủ tướng, Chủ tịch UBND tỉnh X cho biết": the bare title is the
# listener's; the titles after the comma are the speaker's own.
# A deputy questions a minister: "Chất vấn Bộ trưởng Bộ Công Thương, đại biểu X
# cho biết": the title after the verb, with its body, is whom he questions.
# "Trả lời phỏng vấn phóng viên X, Đại sứ Y cho biết": the one interviewed speaks.
_ADDRESSEE_BEFORE = re.compile(r"(?:^|\W)(?:với|cho|lên|gửi|tới|trước|[Tt]rả lời|phỏng vấn) $")
_QUESTIONED_BEFORE = re.compile(r"(?:^|\W)[Cc]hất vấn $")


def _addressed_by_title(text: str, role: Role) -> bool:
    if not text.startswith(", ", role.end):
        return False
    return (role.bare and search_before(_ADDRESSEE_BEFORE, text, role.start, 8) is not None) \
        or search_before(_QUESTIONED_BEFORE, text, role.start, 10) is not None


_REPORTER_HEADS = frozenset({"phóng viên", "Phóng viên"})
# "Trả lời câu hỏi của phóng viên X, ...": the reporter asks, the one after the comma answers.
_QUESTION_OF_BEFORE = re.compile(r"(?:^|\W)(?:câu )?hỏi của $")


def _reporter_addressed(text: str, role: Role) -> bool:
    """"Trao đổi với phóng viên VTV, thiếu tướng X cho biết": the reporter is whom
    the person speaks to, whatever outlet the title names; the titles after the
    comma are the speaker's."""
    return (role.head is not None and role.head[2] in _REPORTER_HEADS and text.startswith(", ", role.end)
            and (search_before(_ADDRESSEE_BEFORE, text, role.start, 12) is not None
                 or search_before(_QUESTION_OF_BEFORE, text, role.start, 12) is not None))


# Words after which a title names on whose behalf one acts: "Thừa ủy quyền
# của Chủ tịch nước, Thứ trưởng X trao ...", "Thay mặt Thủ trưởng Bộ Quốc phòng,
# Thượng tướng X": the title, bare or with its body, is the principal's.
_ON_BEHALF_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]hừa ủy quyền|[Tt]hay mặt)(?: của)? $")


def _on_whose_behalf(text: str, role: Role) -> bool:
    return (text.startswith(", ", role.end)
            and search_before(_ON_BEHALF_BEFORE, text, role.start, 24) is not None)


# A title after a document and "của" names the document's issuer: "Theo Quyết
# định số 12/QĐ-BCA của Bộ trưởng Bộ Công an, thiếu tướng X được điều động";
# the titles after the comma are those of the clause's subject.
_ISSUED_BY_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(DOCUMENT_HEADS)})(?!\w)[^,;:.()\n]{{0,60}} của $")


def _issuer_of_a_document(text: str, role: Role) -> bool:
    return text.startswith(", ", role.end) and search_before(_ISSUED_BY_BEFORE, text, role.start, 100) is not None


# A deputy's constituency after his name, in parentheses or as his delegation
# between commas: "đại biểu X (Cao Bằng) cho biết", "đại biểu Y, đoàn Hà Nội, nói".
_CONSTITUENCY = re.compile(rf" \([^()\n]{{1,40}}\)|, đoàn (?:ĐBQH )?{UP}[\w.]*(?: {UP}[\w.]*){{0,3}},")


def _speaker_after(text: str, end: int) -> bool:
    """A name after the chain, then a verb of saying: the person is the clause's
    subject, so a bare title after "với ..." before the chain is the listener's.
    Otherwise ("Làm việc với Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ X, ...")
    the titles are one person's."""
    name = name_at(text, end + 1, evidence=True) if text[end:end + 1] == " " else None
    if name is None:
        return False
    constituency = _CONSTITUENCY.match(text, name.end)
    return _SAYING.match(text, constituency.end() if constituency else name.end) is not None


# Heads titled by whose spouse or aide one is ("Trợ lý Bộ trưởng").
_WHOSE_HEADS = frozenset({"Phu nhân", "Trợ lý", "trợ lý"})


def _with_whose_title(text: str, role: Role, known: Known) -> Role:
    """"Phu nhân Tổng thống Hàn Quốc", "Trợ lý Tổng Thư ký Liên hợp quốc": the
    title after a spouse's or an aide's says whose spouse or aide one is; it is
    part of the title, not a second office."""
    if role.head is None or role.head[2] not in _WHOSE_HEADS or text[role.end:role.end + 1] != " ":
        return role
    spouse = role_at(text, role.end + 1, known)
    if spouse is None:
        return role
    return Role(role.start, spouse.end, spouse.orgs, role.head, spouse.places)


def _title_at(text: str, pos: int, known: Known) -> Role | None:
    """A title of a chain at ``pos``, its head in either case: some outlets
    write titles in lower case ("nguyên bí thư Tỉnh ủy", "ủy viên Bộ Chính
    trị", "thiếu tướng").  A lower-case head is a common noun as often ("chủ
    tịch xã cho biết"): it is a title when its body follows it, or when it
    stands alone where a title ends (a comma, a dash, the end of the sentence)
    or before a capitalised name; the chain's use then asks for the name."""
    role = role_at(text, pos, known, any_case=True)
    role = _with_quoted_body(text, role, known) if role is not None else None
    if role is not None and role.head is not None and role.head[2] in _CONDITIONAL_HEADS:
        return _conditional_title(text, role, known)
    if role is not None and _opens_with_former_in_lower_case(text, role):
        return _bare_before_a_name(text, role)
    if role is None or not _written_in_lower_case(text, role) or role.orgs or role.places:
        return role
    # "chủ tịch kiêm tổng giám đốc Tập đoàn X": held with the next title, of its body.
    return role if _BARE_TITLE_END.match(text, role.end) or _held_with_a_title(text, role.end) else None


# Heads that are titles only in one place, kept out of the lexicon (whose heads
# other modules read as titles anywhere: a caption's opening, a field's end).
# "đại biểu" alone is a deputy's title only right before the deputy's name
# ("đại biểu Lê Văn An phát biểu"); elsewhere it is whoever attends ("các đại
# biểu dự", "Đại biểu đề nghị"), and after it a body is the one sending him
# ("đại biểu Bộ Y tế"), no office of his.
DEPUTY_WORDS = frozenset({"đại biểu", "Đại biểu"})
# An occupation is a title only with the body or the place the person belongs
# to right after it ("công nhân Công ty TNHH X", "nông dân xã Y", "sinh viên
# Trường ĐH Z"); alone it is a common noun ("Sinh viên Lê An hỏi": no office).
# A youth volunteer of the wars served in a unit as a soldier did: "nguyên
# thanh niên xung phong Đại đội 759" (alone, "cựu thanh niên xung phong" are many);
# so did a factory's militiaman, an officer, a radar's or a gun's crewman
# ("tự vệ Nhà máy Dệt", "sĩ quan Trung đoàn 36", "trắc thủ Đại đội 4").
_OCCUPATIONS = frozenset(w[:1].upper() + w[1:] if capital else w
                         for w in ("công nhân", "nông dân", "ngư dân", "sinh viên", "học sinh", "giáo viên",
                                   "giảng viên", "bác sĩ", "y sĩ", "kỹ sư", "nhân viên", "phóng viên", "chuyên viên",
                                   "nghiên cứu viên", "nghiên cứu sinh", "thành viên", "đội viên", "chiến sĩ", "công chức",
                                   "viên chức", "cán bộ",
                                   "thanh niên xung phong", "tự vệ", "sĩ quan", "trắc thủ",
                                   "thợ lò", "thợ mỏ", "thợ hàn", "thợ điện", "thợ cơ khí", "thợ vận hành")
                         for capital in (False, True))
# An expert is a title with the body he works for, after his field and "của"
# ("chuyên gia kinh tế của Ngân hàng Thế giới"); alone, or with his field only
# in the clause, he is one of many ("các chuyên gia", "chuyên gia y tế cho rằng").
_EXPERTS = frozenset({"chuyên gia", "Chuyên gia"})
# A spokesperson speaks for a body, named after him or after "của" ("Người
# phát ngôn Bộ Y tế", "người phát ngôn của Bộ Công an"); the lexicon's head.
_SPOKESPERSON = "người phát ngôn"
# Of the occupations, a professional qualification is also the holder's title
# right before his name, as a degree is ("bác sĩ Lê An, trưởng khoa ...",
# "Kỹ sư Hà Mai (29 tuổi)"); a student or a worker so named holds no office.
_QUALIFICATIONS = frozenset({"bác sĩ", "Bác sĩ", "y sĩ", "Y sĩ", "kỹ sư", "Kỹ sư"})
# ... or set alone after his name, between commas: "Lê Thị An, y sĩ, sơ cứu
# cho ngư dân" (after other words the commas list trades: "bác sĩ, y sĩ, ...").
_COMMA_AFTER = re.compile(r",(?= )")
# ... or set after a name with his field, between commas: "Nghiêm Xuân Hòa,
# chuyên gia kinh tế, cho rằng", "Lars Henriksen, chuyên gia nuôi trồng thủy sản (Đan Mạch)".
_EXPERT_FIELD = re.compile(rf"(?: {LOW}){{1,5}}(?=[,;]| \()")
# A staff member is named by his function, as an expert by his field: "Lê An,
# nhân viên kỹ thuật, ..."; "nhân viên" after other words lists a workforce
# ("cán bộ, nhân viên nhà máy"), no holder's.
_STAFF_MEMBERS = frozenset({"nhân viên", "Nhân viên"})
_STAFF_MEMBER_FUNCTION = re.compile(rf"(?: (?!{CLAUSE_WORD}){LOW}(?!\w)){{1,2}}(?=[,;)]| \()")
# A monastery's abbot is titled by his temple ("trụ trì chùa Âng", "Trụ trì
# Thiền viện Trúc Lâm", see _temple_headed); alone the word is as often the
# verb ("trụ trì tại ...").
_ABBOTS = frozenset({"trụ trì", "Trụ trì"})
# A master craftsman without the state's rank ("Nghệ nhân Ưu tú", a head of the
# lexicon), an artist, an athlete, a coach, a chess master, is titled so right
# before his name, maybe with his craft, instrument, sport or grade ("nghệ nhân
# cồng chiêng Lê An", "nghệ sĩ piano Hà Mai", "vận động viên bắn cung X", "Xạ
# thủ Y", "kiện tướng quốc tế Z", "HLV trưởng V"); elsewhere the word names
# many ("các nghệ nhân làng gốm", "vận động viên tham gia Giải").  "đại kiện
# tướng", "HLV trưởng" are read whole, not as a general's or a head's title.
_PRACTITIONERS = frozenset(w[:1].upper() + w[1:] if capital else w
                           for w in ("nghệ nhân", "nghệ sĩ", "vận động viên", "VĐV", "xạ thủ", "lực sĩ", "tay chèo",
                                     "huấn luyện viên", "huấn luyện viên trưởng", "HLV", "HLV trưởng",
                                     "kiện tướng", "đại kiện tướng")
                           for capital in (False, True))
# The craft, instrument or sport: lower-case words, no place's, people's or
# rank's word ("nghệ nhân xã Hòa Minh", "nghệ nhân người Mông", "nghệ sĩ nhân dân").
_PRACTICE = re.compile(rf"(?: (?!(?:{'|'.join(LOCAL_UNITS)}|{VILLAGES}|người|nhân dân|ưu tú)(?!\w)|{CLAUSE_WORD})"
                       rf"{LOW}(?!\w)){{1,3}}(?= {UP})")
# A founder is titled by what he founded ("người sáng lập dự án X", "đồng sáng
# lập Công ty Y") or with the office he holds with it ("nhà sáng lập kiêm CEO
# Công ty Z"); alone, or with a clause after it, he is praised, not titled
# ("Chủ tịch Hồ Chí Minh, người sáng lập và rèn luyện Đảng ta").
_FOUNDERS = frozenset(w[:1].upper() + w[1:] if capital else w
                      for w in ("nhà sáng lập", "người sáng lập", "đồng sáng lập")
                      for capital in (False, True))
# A boat's owner is titled by his boat ("chủ tàu cá QNg-90479-TS"); alone he is
# one of many ("các chủ tàu cam kết ...").
_SHIP_OWNERS = frozenset({"chủ tàu", "Chủ tàu"})
_SHIP_WORD = " tàu"
# A forest ranger is a civil servant of a rank ("kiểm lâm viên chính", "kiểm
# lâm viên cao cấp"), titled so right before his name; elsewhere the word names
# many ("các kiểm lâm viên tuần tra").
_RANGERS = frozenset({"kiểm lâm viên", "Kiểm lâm viên"})
_RANK = re.compile(r" (?:chính|cao cấp|trung cấp)(?!\w)")
# A king is titled so right before his reign name, two syllables ("vua Minh
# Mạng", "vua Tự Đức"); "các Vua Hùng" are a line of kings, one word, "vua Po
# Klong Garai" a deity, and "cờ vua" is chess ("đội tuyển cờ vua Việt Nam").
_KINGS = frozenset({"vua", "Vua"})
_REIGN_NAME = re.compile(rf" {CAP} {CAP}(?![\w'’-])(?! {UP})")
_CHESS = re.compile(r"(?<!\w)[Cc]ờ $")
_CONDITIONAL_HEADS = DEPUTY_WORDS | _OCCUPATIONS | _EXPERTS | _ABBOTS | _PRACTITIONERS | _FOUNDERS | _SHIP_OWNERS \
    | _RANGERS | _KINGS
# A deputy of an elected council is its member: "đại biểu HĐND tỉnh", "đại biểu Quốc hội".
_ELECTED_BODY = re.compile(r"(?:HĐND|Hội đồng nhân dân|Quốc hội)(?!\w)")


def _conditional_title(text: str, role: Role, known: Known) -> Role | None:
    assert role.head is not None
    end = role.head[1]
    if role.head[2] in _OCCUPATIONS:
        if _of_a_body_or_place(text, role) or (role.head[2] in _TEACHERS and _FORM_TEACHER.match(text, end)):
            return role
        if function := _staff_function_after_a_comma(text, role):
            return function
        if role.head[2] not in _QUALIFICATIONS:
            return None
        if _WARD.match(text, end) and text.endswith(", ", 0, role.start):
            return role  # his ward, after his name: "Lê An, bác sĩ khoa Nhi, cho biết"
        return _bare_before_a_name(text, role, foreign_too=True) or _bare_after_a_name(text, role)
    if role.head[2] in _ABBOTS:
        return role if _temple_headed(text, end) else None
    if role.head[2] in _RANGERS:
        return _ranked_before_a_name(text, role)
    if role.head[2] in _SHIP_OWNERS:
        return role if role.end > end else None
    if role.head[2] in _PRACTITIONERS:
        if (practice := _PRACTICE.match(text, end)) and starts_personal_name(text, practice.end() + 1):
            return Role(role.start, practice.end(), head=role.head)
        return _bare_before_a_name(text, role)
    if role.head[2] in _KINGS:
        reigned = _REIGN_NAME.match(text, end) and search_before(_CHESS, text, role.start, 4) is None
        return Role(role.start, end, head=role.head) if reigned else None
    if role.head[2] in _FOUNDERS:
        return role if role.end > end or text.startswith(_HELD_WITH, end) else None
    if role.head[2] in _EXPERTS:
        if function_end := _function_of_named_body_in_apposition(text, role.start, end, known):
            return Role(role.start, function_end, head=role.head)
        if role.orgs and text.startswith(_OF_PARENT, role.orgs[0].start - len(_OF_PARENT)):
            return role
        field = _EXPERT_FIELD.match(text, end) if text.endswith(", ", 0, role.start) else None
        return Role(role.start, field.end(), head=role.head) if field else None
    if role.orgs and role.orgs[0].start == end + 1 and _ELECTED_BODY.match(role.orgs[0].name):
        return role
    return _bare_before_a_name(text, role)


def _staff_function_after_a_comma(text: str, role: Role) -> Role | None:
    """A staff member set after his name with his function, between commas or
    up to a parenthesis closing his particulars: "Lê An, nhân viên bán hàng,
    cho biết", "Hà Mai (sinh năm 1990, nhân viên kế toán)"."""
    assert role.head is not None
    if role.head[2] not in _STAFF_MEMBERS or not text.endswith(", ", 0, role.start):
        return None
    function = _STAFF_MEMBER_FUNCTION.match(text, role.head[1])
    return Role(role.start, function.end(), head=role.head) if function else None


def _opens_with_former_in_lower_case(text: str, role: Role) -> bool:
    """A head that opens with the word for "former", in lower case: "cựu chiến
    binh" (a veteran) is a title right before the veteran's name; elsewhere it
    names many ("các cụ cựu chiến binh: ...", "thế hệ cựu chiến binh, ...")."""
    return role.head is not None and role.head[0] == role.start and text[role.start].islower() \
        and _former_length(text, role.start) > 0


def _bare_before_a_name(text: str, role: Role, foreign_too: bool = False) -> Role | None:
    """The head alone, when a personal name follows it ("đại biểu Lê An"); with
    ``foreign_too`` a foreign one, every word of it foreign ("bác sĩ Hans
    Weber"; not "kỹ sư Nhật Bản", the engineers of a country)."""
    assert role.head is not None
    end = role.head[1]
    if text[end:end + 1] != " " or not (starts_personal_name(text, end + 1)
                                        or (foreign_too and _foreign_name_at(text, end + 1))):
        return None
    return Role(role.start, end, head=role.head)


def _foreign_name_at(text: str, pos: int) -> bool:
    name = name_at(text, pos, evidence=True)
    return name is not None and all(map(looks_foreign, name.name.split()))


def _bare_after_a_name(text: str, role: Role) -> Role | None:
    """The head alone, between commas after a personal name ("Lê An, y sĩ, ...")."""
    assert role.head is not None
    end = role.head[1]
    if not _COMMA_AFTER.match(text, end) or not holder_named_before(text, role.start):
        return None
    return Role(role.start, end, head=role.head)


def _ranked_before_a_name(text: str, role: Role) -> Role | None:
    """The head and its rank, when a personal name follows ("kiểm lâm viên chính Lê An")."""
    assert role.head is not None
    rank = _RANK.match(text, role.head[1])
    end = rank.end() if rank else role.head[1]
    if text[end:end + 1] != " " or not starts_personal_name(text, end + 1):
        return None
    return Role(role.start, end, head=role.head)


def _of_a_body_or_place(text: str, role: Role) -> bool:
    """The body or the place (its classifier) comes right after the occupation
    (or a student's year or class: "sinh viên năm 3 Trường ĐH X")."""
    assert role.head is not None
    first = min((m.start for m in (*role.orgs, *role.places)), default=None)
    if first is None:
        return False
    pos = role.head[1]
    if m := _occupation_qualifier(text, pos, role.head[2]):
        pos = m.end()
    classifier = _PROVINCE_AFTER_HEAD.match(text, pos)
    return first == (classifier.end() if classifier else pos + 1)


# A student's year or class: "sinh viên năm 3", "học sinh lớp 12A1".
_STUDY_YEAR = re.compile(r" (?:năm (?:\d|nhất|hai|ba|tư|cuối)|lớp \d{1,2}[A-Z]?\d?)(?!\w)")
# A commune's civil servant is named by his field, then the commune: "công chức
# địa chính - xây dựng xã Hòa Minh", "cán bộ tư pháp phường X".
_SERVANTS = frozenset({"công chức", "Công chức", "cán bộ", "Cán bộ"})
_LOCALITY_UNITS = "|".join(LOCAL_UNITS)
_SERVANT_FIELD = re.compile(rf"(?: (?!(?:{_LOCALITY_UNITS})(?!\w)){LOW}(?!\w)){{1,3}}"
                            rf"(?: [-–] {LOW}(?: {LOW})?)?(?= (?:{_LOCALITY_UNITS}) {UP})")


# A teacher is named by the subject he teaches before his school ("giáo viên
# Toán Trường THCS X"), or as a class's form teacher ("giáo viên chủ nhiệm lớp
# 4A"), which names his office without the school.
_TEACHERS = frozenset({"giáo viên", "Giáo viên"})
# The subject is written capitalised or not ("giáo viên ngữ văn Trường THPT X").
_TAUGHT_SUBJECT = re.compile(r" (?:[Tt]oán|[Nn]gữ văn|[Vv]ăn|[Tt]iếng Anh|[Vv]ật l[ýí]|[Hh]óa học|[Ss]inh học|[Ll]ịch sử"
                             r"|[Đđ]ịa l[ýí]|[Tt]in học|[Ââ]m nhạc|[Mm]ỹ thuật|[Tt]hể dục|Giáo dục công dân|GDCD)(?!\w)")
_FORM_TEACHER = re.compile(r" chủ nhiệm lớp \d{1,2}[A-Z]?\d?(?!\w)")
# A researcher on a post-doctoral post is named so before his institute:
# "nghiên cứu viên sau tiến sĩ Viện Toán học".
_RESEARCHERS = frozenset({"nghiên cứu viên", "Nghiên cứu viên"})
_POSTDOCTORAL = re.compile(r" sau tiến sĩ(?!\w)")
# A doctoral student or a student is named by the university he studies at,
# after "tại": "nghiên cứu sinh tại Đại học Y", "sinh viên tại Học viện Z"
# (not "công nhân tại Khu công nghiệp X": workers there, no holder's post).
_STUDENTS = frozenset({"nghiên cứu sinh", "Nghiên cứu sinh", "sinh viên", "Sinh viên"})
_STUDIES_AT = re.compile(r" tại(?= (?:Trường |Đại học |Học viện |Viện )\w)")
# A doctor is named by his ward, its field capitalised, up to the clause's end
# or his hospital: "bác sĩ khoa Hồi sức tích cực", "bác sĩ khoa Nhi Bệnh viện X".
_WARD = re.compile(rf" khoa {CAP}(?: (?!{CLAUSE_WORD})\w+){{0,3}}?(?=[,;.)]| \(| [-–] |$| (?:Bệnh viện|BV)(?!\w))")
# A skilled worker is named by his trade's grade before his plant or his
# workshop: "thợ hàn bậc 6/7 Công ty X", "thợ lò bậc 4/6 Phân xưởng Y".
_TRADES = frozenset(w for w in _OCCUPATIONS if w.startswith("thợ "))
_TRADE_GRADE = re.compile(r" bậc \d/\d(?!\w)")
# A former soldier is named by the post he held before his unit: "nguyên chiến
# sĩ lái xe Binh trạm 12", "nguyên sĩ quan tham mưu Trung đoàn 9", "cựu trắc thủ
# phương vị Đại đội 4"; only after the word for "former" (a serving soldier's
# next words are as often the clause: "chiến sĩ trực Đồn Biên phòng").
_SOLDIERS = frozenset({"chiến sĩ", "sĩ quan", "trắc thủ"})
_SOLDIER_POST = re.compile(rf"(?: (?!{CLAUSE_WORD}|thuộc|như){LOW}(?!\w)){{1,2}}(?= {UP})")


def _occupation_qualifier(text: str, end: int, head: str) -> re.Match[str] | None:
    """What an occupation's head may take in before its body or place: a
    student's year, a civil servant's field, a teacher's subject or class, a
    researcher's or a former soldier's post."""
    if head in _SOLDIERS and text.endswith(_FORMER + _FORMER_OPENING, 0, end - len(head)):
        return _SOLDIER_POST.match(text, end)
    if head in _TRADES:
        return _TRADE_GRADE.match(text, end)
    if head in _SERVANTS:
        return _SERVANT_FIELD.match(text, end)
    if head in _TEACHERS:
        return _TAUGHT_SUBJECT.match(text, end) or _FORM_TEACHER.match(text, end)
    if head in _RESEARCHERS:
        return _POSTDOCTORAL.match(text, end)
    if head in _STUDENTS and (studies_at := _STUDIES_AT.match(text, end)):
        return studies_at
    if head in _QUALIFICATIONS and (ward := _WARD.match(text, end)):
        return ward
    return _STUDY_YEAR.match(text, end)


# Where a title with no body may end: punctuation, a dash, the end of the text,
# a capitalised word (the name it stands before) or the list it heads ("các phó
# chủ tịch gồm: ...").
_BARE_TITLE_END = re.compile(rf"$|[,;:.!?)]| [-–—] | \(| {UP}| gồm(?: có)?:")


def _written_in_lower_case(text: str, role: Role) -> bool:
    """A title the lexicon capitalises, written in lower case ("phó chủ tịch",
    not "Phó bí thư")."""
    start = role.start + _former_length(text, role.start)
    return text[start:start + 1].islower() and role.head is not None \
        and role.head[2] not in _lower_case_heads()


@lru_cache(maxsize=None)
def _lower_case_heads() -> frozenset[str]:
    """The heads the lexicon itself writes in lower case ("người phát ngôn")."""
    return frozenset(h for h in lexicon.title_heads() if h[:1].islower())


def role_at(text: str, pos: int, known: Known, any_case: bool = False) -> Role | None:
    """A title starting at ``pos``: [nguyên] [Phó] head [Thường trực]
    [organization | place [tại place]]; with ``any_case`` its head (and "phó")
    may be written in lower case."""
    best: Role | None = None
    for head, end in _heads_at(text, pos, any_case):
        role = _complete_role(text, pos, end, head, known)
        if best is None or role.end > best.end or _spelled_as_written(role, best, text):
            best = role
    if best is not None:
        best = replace(best, end=_with_crime_fields(text, best.end))
        best = _with_parent_in_apposition(text, best, known)
    return _with_body_kind_as_written(text, best)


# "Phó Chủ tịch UBND tỉnh Quảng Nam cũ", "Giám đốc Sở Y tế tỉnh Hà Giang
# (cũ)": a locality merged away (2025) is named "former" after its name; the
# note dates the locality, no word of the title, which ends before it (and,
# in parentheses after the holder's name, still closes them: see persons).
FORMER_LOCALITY = re.compile(r" (?:cũ|\(cũ\))(?!\w)")


def _with_body_kind_as_written(text: str, role: Role | None) -> Role | None:
    """A head that ends on its body's kind, whose kind the text capitalises,
    as written: "Trưởng Đoàn đại biểu Quốc hội" names the body "Đoàn đại biểu
    Quốc hội", which the lexicon's "Trưởng đoàn" would respell as a common noun."""
    if role is None or role.head is None:
        return role
    start, end, spelled = role.head
    written = text[start:end]
    kind = _body_kind_of(written)
    if kind and written[-len(kind)].isupper() and written.lower() == spelled.lower():
        return replace(role, head=(start, end, written))
    return role


def _title_starts_at(text: str, pos: int, any_case: bool = False) -> bool:
    """Whether ``role_at`` finds a title at ``pos``: only its head is looked at,
    not what the title takes in after it (which may be a chain of titles)."""
    return next(_heads_at(text, pos, any_case), None) is not None


# A former holder's title: "nguyên Bí thư Tỉnh ủy", "cựu giám đốc Công ty X";
# capitalised where it opens a sentence or a caption: "Nguyên Phó Thủ tướng X
# (1938-2024)" (elsewhere a capitalised "Nguyên" may be a given name).
_FORMER = ("nguyên ", "cựu ")
_FORMER_OPENING = ("Nguyên ", "Cựu ")
# An acting holder's title: "Quyền Bộ trưởng", "Quyền Trưởng Đại diện ...".
_ACTING = "Quyền "
_DEPUTY = "Phó "
_DEPUTY_IN_LOWER_CASE = "phó "


def _heads_at(text: str, pos: int, any_case: bool = False) -> Iterator[tuple[str, int]]:
    """The lexicon's heads at ``pos`` (after "nguyên ", "Quyền ", "Phó "), as written,
    with where each ends.  After "Phó" the head may be in lower case ("Phó bí
    thư"); with ``any_case`` anywhere ("phó chủ tịch").  None in the name of
    a palace or a cemetery: "Phủ Chủ tịch", "Nghĩa trang liệt sĩ Hàm Rồng"."""
    if text.endswith(_NAMED_AFTER_A_TITLE, 0, pos):
        return
    if former := _former_length(text, pos):
        # A head may open with the word for "former": "cựu chiến binh" (a veteran).
        yield from _heads_after_former(text, pos, any_case)
    yield from _heads_after_former(text, pos + former, any_case)


def _heads_after_former(text: str, pos: int, any_case: bool) -> Iterator[tuple[str, int]]:
    """``_heads_at`` once "nguyên " or "cựu " is read."""
    if text.startswith(_ACTING, pos):
        pos += len(_ACTING)
    deputy = text.startswith(_DEPUTY, pos) or (any_case and text.startswith(_DEPUTY_IN_LOWER_CASE, pos))
    if deputy:
        # A head of its own that opens with the word: "Phó bảng" (a laureate), "Phó trị sự".
        yield from _heads_spelled_at(text, pos, any_case)
        pos += len(_DEPUTY)
    yield from _heads_spelled_at(text, pos, deputy or any_case)


def _heads_spelled_at(text: str, pos: int, lower_ok: bool) -> Iterator[tuple[str, int]]:
    """The lexicon's heads spelled at ``pos``, as written, with where each ends."""
    initial = text[pos:pos + 1]
    lowered = text[pos:pos + 40].lower()
    for head, spelled_head in _head_candidates(initial, lower_ok, lowered[:2]):
        end = pos + len(head)
        if head[:1].islower() and _after_a_capitalised_word(text, pos):
            continue  # "Phủ Thủ tướng": a head the lexicon writes in lower case ends the name before it
        if lowered.startswith(spelled_head) and not text[end:end + 1].isalnum() \
                and not text.startswith(_MISSION_WORD, end) and not _names_a_body(text, pos, end, head):
            yield _as_written(head, text[pos:end]), end


# A head that opens with a body's kind ("Hội thẩm", a juror) names the body when
# the text capitalises its next word and a lower-case word goes on: "Hội Thẩm
# định giá Việt Nam" is the valuers' association, "Hội" and its field.
_BODY_KIND_HEADS = frozenset({"Hội", "Tổ", "Đội", "Viện", "Cục", "Vụ"})
_LOWER_WORD_NEXT = re.compile(rf" {LOW}(?!\w)")


def _names_a_body(text: str, pos: int, end: int, head: str) -> bool:
    words, written = head.split(" "), text[pos:end].split(" ")
    return len(words) > 1 and words[0] in _BODY_KIND_HEADS and words[1][:1].islower() \
        and written[1][:1].isupper() and _LOWER_WORD_NEXT.match(text, end) is not None


def _after_a_capitalised_word(text: str, pos: int) -> bool:
    """The word before ``pos``, a space away, is capitalised ("Phủ Thủ| tướng")."""
    if pos < 2 or text[pos - 1] != " ":
        return False
    start = max(text.rfind(" ", 0, pos - 1), text.rfind("\n", 0, pos - 1)) + 1
    return text[start:start + 1].isupper()


_FORMER_AT = re.compile("|".join(_FORMER))
_FORMER_OPENING_AT = re.compile("|".join(_FORMER_OPENING))
# Places named after whom they serve or hold, not titles of a person: a
# palace, a cemetery ("Phủ Chủ tịch", "Dinh Tổng thống La Moneda": its name).
_NAMED_AFTER_A_TITLE = ("Phủ ", "Dinh ", "dinh ", "Nghĩa trang ", "nghĩa trang ")
# "Đại sứ quán", "Tổng Lãnh sự quán": the mission, not its head's title.
_MISSION_WORD = " quán"


# A news lead opens with its place and a dash, its first sentence after it:
# "Quảng Nam - Cựu giám đốc sở ...".
_LEAD_PLACE = re.compile(rf"^{CAP}(?: {CAP}){{0,3}} [-–] $")


def _former_length(text: str, pos: int) -> int:
    """The length of the word for "former" at ``pos``, with its space (0 if none)."""
    opening = at_sentence_start(text, pos) or _LEAD_PLACE.match(text, 0, pos) is not None
    m = _FORMER_AT.match(text, pos) or (_FORMER_OPENING_AT.match(text, pos) if opening else None)
    return m.end() - pos if m else 0


def _spelled_as_written(role: Role, other: Role, text: str) -> bool:
    """Of two titles over the same words, the one whose head the text writes as
    the lexicon does: "Tổng Giám đốc" rather than "Tổng giám đốc", "Trưởng" +
    "Đoàn ĐBQH" rather than "Trưởng đoàn" + "ĐBQH"."""
    def as_written(r: Role) -> bool:
        assert r.head
        return text[r.head[0]:r.head[1]] == r.head[2]
    return role.end == other.end and as_written(role) and not as_written(other)


def _as_written(head: str, written: str) -> str:
    """The lexicon's spelling of a head, as the text writes its initial: the
    lexicon may list several spellings ("Tổng Giám đốc", "Tổng giám đốc"), and
    a lower-case "bí thư" after "Phó" stays in lower case, as does a head the
    text writes in lower case throughout ("tổng thanh tra")."""
    if written.islower():
        return head.lower()
    if written[:1].islower():
        return head[:1].lower() + head[1:]
    return head


@lru_cache(maxsize=4096)
def _head_candidates(initial: str, lower_ok: bool, prefix: str) -> tuple[tuple[str, str], ...]:
    """The heads ``_heads_at`` tries at a word with ``initial`` whose lower-cased
    text opens with ``prefix`` (its first two letters), in the lexicon's order.
    Heads the lexicon writes in lower case match in lower case anywhere.
    Dropping the heads whose first two letters differ (most of the forty "T..."
    heads at a "Tr..." word) leaves the same matches for fewer string tests."""
    heads = _title_heads_by_initial()
    candidates = heads.get(initial, ()) if initial.islower() else ()
    if initial.isupper() or (lower_ok and initial.islower()):
        candidates += heads.get(initial.upper(), ())
    # Only these can start ``lowered`` (which starts with ``prefix``).
    return tuple((head, spelled) for head, spelled in candidates
                 if spelled.startswith(prefix) or prefix.startswith(spelled))


@lru_cache(maxsize=None)
def _title_heads_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """(head, respelled lower-case head) of the lexicon's title heads and of
    the conditional ones, longest first, by the head's first letter: ``_heads_at`` is tried at every word of
    every run, and only heads with the word's initial can match there."""
    index: dict[str, list[tuple[str, str]]] = {}
    for head in sorted({*lexicon.title_heads(), *_CONDITIONAL_HEADS}, key=lambda t: (-len(t), t)):
        index.setdefault(head[0], []).append((head, respell(head).lower()))
    return {initial: tuple(heads) for initial, heads in index.items()}


@lru_cache(maxsize=None)
def _role_start_regex() -> re.Pattern[str]:
    """The word starts where ``role_at`` can find a title: "nguyên ", "Phó ",
    or the first two letters of a title head (the initial in the head's case,
    as ``_heads_at`` wants it, the second letter in either).  Trying only these
    (rather than every word, or every word with a head's initial: most "n" and
    "đ" words are no title) is what keeps the search for titles cheap.

    The rest of the head is looked ahead at, in either case: most words with a
    head's first two letters are no title ("Chính phủ" for "Chủ tịch"), and
    ``_chain_at`` costs more than the look-ahead.  Only for a head that opens
    with the initial it is indexed by and is spelled in Latin letters, whose
    case the engine folds where ``str.lower`` does (see ``_heads_at``): then
    the look-ahead holds wherever ``_heads_at`` finds the head.  Another head
    keeps its two letters only (slower, never a title lost).

    Only where a match starts counts, so all but the initial is looked ahead
    at, and the heads sharing an initial as one tree of letters: tried one by
    one, the two hundred heads made this search a tenth of annotation's time."""
    heads = [pair for pairs in _title_heads_by_initial().values() for pair in pairs]
    rests: dict[str, set[str]] = {}  # initial as written -> what may follow it
    for start in (*_FORMER, *_FORMER_OPENING, _ACTING, _DEPUTY, _DEPUTY_IN_LOWER_CASE):
        rests.setdefault(start[0], set()).add(start[1:])
    for head, spelled in heads:
        first = spelled[0].upper() if head[0].isupper() else spelled[0]
        rest = spelled[1:] if _folds_as_lowered(head, spelled) else spelled[1:2]
        rests.setdefault(first, set()).add(rest)
        if _written_as_a_word(head):  # "chủ tịch", not "tS" for "TS"
            rests.setdefault(spelled[0], set()).add(rest)
    return re.compile(f"(?:{word_start(_initial_and_rests(first, rest) for first, rest in rests.items())})")


def _initial_and_rests(initial: str, rests: set[str]) -> str:
    """``initial`` as written, then one of ``rests`` looked ahead at in either case."""
    if "" in rests:
        return re.escape(initial)
    tree = letter_tree([re.escape(r) for r in sorted(rests, key=lambda r: (-len(r), r))], re.I)
    return f"{re.escape(initial)}(?=(?i:{tree}))"


def _written_as_a_word(head: str) -> bool:
    """A head whose first word is a word (capitalised or not), which a text
    may write in lower case; not an abbreviation ("TS", "ThS.", "GS.TS")."""
    first_word = head.split()[0]
    return first_word[1:].isalpha() and first_word[1:].islower()


def _folds_as_lowered(head: str, spelled: str) -> bool:
    """Whether the start pattern of ``head`` opens with its index initial and
    is spelled in Latin letters (and spaces, hyphens...) without combining marks."""
    first = spelled[0].upper() if head[0].isupper() else spelled[0]
    return first == head[0] and all(
        not unicodedata.combining(c) and (not c.isalpha() or "LATIN" in unicodedata.name(c, ""))
        for c in spelled)


# A school's head of the school the article is about: "Hiệu trưởng Nhà
# trường", "Hiệu trưởng nhà trường".
_SCHOOL_HEAD = "Hiệu trưởng"
_THE_SCHOOL = re.compile(r" [Nn]hà trường(?!\w)")


# A ship's officers are titled by the ship ("Thuyền trưởng tàu 286-Lê Quý Đôn",
# "Chính trị viên tàu CSB 8001", "thuyền trưởng tàu cá QNg 90479 TS"), or by
# "tàu" alone where the article has named it ("Chính trị viên tàu,"); a
# commander's too, as a unit's is ("Chỉ huy trưởng tàu HQ-571"); so are an
# offshore platform's, by its code ("Chính trị viên nhà giàn DK1/14").
_SHIP_HEADS = frozenset({"Thuyền trưởng", "Hạm trưởng", "Chính trị viên", "Chỉ huy trưởng", "Chỉ huy phó"})
_SHIP = re.compile(r" (?:[Tt]àu(?: cá)?|[Nn]hà giàn)(?=[,;.)]|$| [-–] | \w)")
_SHIP_NAME_WORD = re.compile(rf" (?:{UP}|\d)[\w./-]*(?<![./-])")
# A word that joins or opens a clause after "tàu": the ship the article has
# named, the title then ends ("Chính trị viên tàu cùng 98 chiến sĩ").
_CLAUSE_GOES_ON = re.compile(rf" {CLAUSE_WORD}")


def _ship_at(text: str, end: int) -> int | None:
    """Where the ship after a ship's officer's head ends: its designation, the
    capitalised and numbered words up to the clause or a personal name."""
    m = _SHIP.match(text, end)
    if m is None:
        return None
    pos = m.end()
    while (word := _SHIP_NAME_WORD.match(text, pos)) and not starts_personal_name(text, pos + 1):
        pos = word.end()
    if pos == m.end() and LOWER_WORD_AFTER.match(text, pos) and not _CLAUSE_GOES_ON.match(text, pos):
        return None  # "tàu" opening the clause's words, not "Chính trị viên tàu cùng ..."
    return pos


# An island's garrison is commanded as a unit is, the island naming the title:
# "Chỉ huy trưởng đảo Hòa Minh", "Chính trị viên đảo Đông Lâm".
_ISLAND_COMMANDERS = frozenset({"Chỉ huy trưởng", "Chỉ huy phó", "Chính trị viên"})
_ISLAND = re.compile(r" đảo (?=\w)")
# A small unit's commander may be named by its arm of service in lower case:
# "Trung đội trưởng pháo binh", "Đại đội trưởng trinh sát"; punctuation or a
# dash closes it (else the word may open the clause).
_SMALL_UNIT_COMMANDERS = frozenset({"Tiểu đội trưởng", "Trung đội trưởng", "Đại đội trưởng", "Khẩu đội trưởng"})
_ARM_OF_SERVICE = re.compile(r" (?:pháo binh|bộ binh|công binh|trinh sát|thông tin|hóa học|phòng không|đặc công"
                             r"|cảnh vệ|súng máy|vận tải|quân y|tăng - thiết giáp|thiết giáp)(?=[,;.:)]|$| [-–] )")


def _island_commanded(text: str, end: int, head: str, known: Known) -> Match | None:
    """The island whose garrison the commander's head at ``end`` names."""
    m = _ISLAND.match(text, end) if _capitalised(head) in _ISLAND_COMMANDERS else None
    return known.places_by_start.get(m.end()) if m else None


def _complete_role(text: str, start: int, end: int, head: str, known: Known) -> Role:
    spelled = (end - len(head), end, head)
    if m := _QUALIFIER.match(text, end):
        end = m.end()
    elif head in _ENVOY_HEADS and (m := _ENVOY_QUALIFIER.match(text, end)):
        end = m.end()
    elif head in _REPRESENTATIVE_HEADS and (m := _RESIDENT.match(text, end)):
        end = m.end()
    elif _capitalised(head) in _GRADED_HEADS and (m := _GRADE.match(text, end)):
        end = m.end()
    elif _capitalised(head) in _ATTACHES and (m := _ATTACHE_FIELD.match(text, end)):
        end = m.end()
    elif _capitalised(head) == _CHAIR and (m := _EXECUTIVE.match(text, end)):
        end = m.end()
    if "iám đốc" in head and (m := _DIRECTOR_FUNCTION.match(text, end)):
        end = m.end()
    elif _capitalised(head) == _FOREMAN and (m := _WORKSHOP.match(text, end)):
        end = m.end()
    elif head in _OCCUPATIONS and (m := _occupation_qualifier(text, end, head)):
        end = m.end()
    org = _body_in_head(text, spelled, known) or _body_after(text, end, known) \
        or _lower_case_body(text, start, end, head, known) or _directed_unit_named(text, start, end, head, known) \
        or _function_of_body(text, end, head, known) \
        or _function_before_firm(text, end, head, known) or _staff_function_of_unit(text, end, head, known) \
        or _bare_body(text, end) \
        or _lower_case_firm(text, end, head)
    if org is not None:
        end = _posted_at(text, _with_parent_body(text, _within_parent(text, _with_numbered_unit(text, org.end), known)),
                         org, known.registers)
        end = _representative_office_seat(text, _board_of_the_firm(text, end, org), head, known.registers)
        tail = None if _clause_after_a_placed_body(text, org, end, known) or _topic_after_the_press(text, org, end) \
            else _lower_case_tail(text, end, known) or _apposition_tail(text, start, org, end, known)
        # "Trưởng Ban Chính sách pháp luật" + " Tổng LĐLĐ Việt Nam": the body a lower-case name belongs to.
        end = _within_parent(text, tail, known) if tail else _national(text, end)
        end = _with_second_field_in_lower_case(text, start, org, end, known)
        # "Quỹ Phát triển" + " Nông thôn của Liên hợp quốc" + " (IFRD) tại Lào": a
        # name that goes on to a world body or a country is named by where it is posted.
        end = _with_abbreviation_and_seat(text, _posted_at(text, end, org, known.registers), known.registers) \
            if tail else end
        end = _with_qualifier_after_body(text, _with_village(text, end))
        return _with_country(text, Role(start, _with_term(text, end), [org], spelled))
    if head in _ENVOY_HEADS and (union := _UNION_OF_NATIONS.match(text, end)):
        posted = _posted_place_at(text, union.end() + len(_POSTED_IN), known.registers) \
            if text.startswith(_POSTED_IN, union.end()) else None
        return Role(start, posted.end if posted else union.end(), head=spelled, places=[posted] if posted else [])
    if head == _SCHOOL_HEAD and (school := _THE_SCHOOL.match(text, end)):
        return Role(start, school.end(), head=spelled)
    if _capitalised(head) in _SHIP_HEADS and (ship := _ship_at(text, end)):
        return Role(start, ship, head=spelled)
    if head in _SHIP_OWNERS and (ship := _ship_at(text, end - len(_SHIP_WORD))):
        return Role(start, ship, head=spelled)
    if _capitalised(head) in _SMALL_UNIT_COMMANDERS and (arm := _ARM_OF_SERVICE.match(text, end)):
        return Role(start, arm.end(), head=spelled)
    if island := _island_commanded(text, end, head, known):
        return Role(start, island.end, head=spelled, places=[island])
    if _capitalised(head) in _PLACE_NAMED_HEADS \
            and (village := _village_name(text, end) or _village_in_apposition(text, start, end)):
        return Role(start, village.end, head=spelled, places=[village])
    if project_end := _founded_project_end(text, end, head):
        return Role(start, project_end, head=spelled)
    if team := _team_led(text, end, head):
        return Role(start, team.end, [team], spelled)
    if head in _TEMPLE_HEADS and (temple := _temple_headed(text, _of_the_temple(text, end, head))):
        return Role(start, temple[0], head=spelled, places=[temple[1]] if temple[1] else [])
    if (places := _places_of_title(text, end, known.registers)) and not _continent_and_field(text, end, head):
        return Role(start, places[-1].end, head=spelled, places=places)
    if province := _province_of_title(text, end, known):
        return Role(start, province.end, head=spelled, places=[province])
    if text[spelled[0]].isupper() and (locality_end := _article_locality(text, end)):
        return Role(start, locality_end, head=spelled)  # (a lower-case "giám đốc xã" is a common noun)
    if (_capitalised(head) in _FIELD_HEADS and (m := _MINISTER_FIELD.match(text, end))
            # "Thứ trưởng Lê Đức Luận" (not "Bộ trưởng Châu Âu và ...": "Châu" is a family name too)
            and (_continent_and_field(text, end, head) or not starts_personal_name(text, end + 1))
            and not looks_foreign(m.group().split()[0])):  # "Bộ trưởng Linkham Douangsavanh"
        # "Bộ trưởng Phát triển nông thôn và khu vực Malaysia": a field goes on in lower case
        # ... or, in lower case, up to the comma closing it after its holder's
        # name: "Vụ trưởng Chính sách tiền tệ, cho biết" (not "Bộ trưởng Xây dựng Lê An": the next person).
        field_end = _lower_case_tail(text, m.end(), known) or (
            LOWER_WORD_AFTER.match(text, m.end()) and _tail_after_its_holder(text, start, m.end(), known)) \
            or m.end()
        # "Chánh tòa Hình sự" + "TAND TP.HCM": the court whose division it is.
        # "Tham tán Thương mại" + "Đại sứ quán Hàn Quốc" + " tại Việt Nam": where its body is posted.
        end = _within_parent(text, field_end, known)
        if (parent := _body_after(text, field_end, known)) is not None:
            end = _posted_at(text, end, parent, known.registers)
        elif posted := _country_posted_in(text, end, known.registers):
            return Role(start, posted[-1].end, head=spelled, places=posted)
        return _with_country(text, Role(start, end, head=spelled))
    if function_end := _function_of_named_body_in_apposition(text, start, end, known):
        return Role(start, function_end, head=spelled)
    if unnamed_end := _unknown_body_in_apposition(text, start, end, known):
        return Role(start, unnamed_end, head=spelled)
    if posted := _foreign_brand_posted_in(text, end):
        return Role(start, posted.end, head=spelled, places=[posted])
    village_at = _of_the_elder_s_village(text, end, head)
    if (village_end := _with_village(text, village_at)) > village_at:
        return Role(start, village_end, head=spelled)  # "người có uy tín thôn Hòa Minh": the village's
    if "iám đốc" in head and (region := _WORLD_REGION.match(text, end)):
        return Role(start, region.end(), head=spelled)
    return Role(start, end, head=spelled)


# A village elder the state recognises is the village's, named right after the
# title or after "của" ("Người có uy tín của thôn Hòa Minh").
_ELDERS = frozenset({"Người có uy tín", "người có uy tín"})


def _of_the_elder_s_village(text: str, end: int, head: str) -> int:
    """Where an elder's village may be read from: past "của" if it follows."""
    # past " của", before the space the village's word follows
    return end + len(_OF) - 1 if head in _ELDERS and text.startswith(_OF, end) else end


# A firm's regional director is named by his world region, whose firm may
# follow in lower case, outside the title ("Giám đốc khu vực Bắc Mỹ của hãng").
_WORLD_REGION = re.compile(rf" khu vực (?:châu )?{CAP}(?: {CAP}){{0,2}}(?: [-–] {CAP}(?: {CAP}){{0,2}})?(?=[,;.)]| của {LOW})")


# A name the press sets in quotes after what it names: "dự án "Lớp học xanh"".
_QUOTED_NAME = r" [\"“][A-ZÀ-ỸĐ][^\"”\n]{0,60}[\"”]"
# What a founder founded, by its kind and what it does, then its quoted name:
# "người sáng lập dự án giáo dục miễn phí "Lớp học xanh"".
_FOUNDED = re.compile(rf" (?:dự án|quỹ|chương trình|mô hình|câu lạc bộ|nhóm)(?: {LOW}(?!\w)){{0,5}}{_QUOTED_NAME}")
# A team's captain is titled by his team, named in lower case by what it does,
# then by its quoted name or by whom it belongs to, in capitals, maybe with
# the temple or the commune of those ("đội trưởng đội ghe Ngo chùa Hòa Minh",
# "đội trưởng đội múa Chăm xã Đông Lâm", "đội trưởng đội hình "Tiếp sức"").
_TEAM_HEADS = frozenset({"Đội trưởng", "Đội phó"})
_NAME_CAP = r"[A-ZÀ-ỸĐ][\w'’-]*"
_TEAM = re.compile(rf" đội(?P<what>(?: {LOW}(?!\w)){{1,3}})(?:{_QUOTED_NAME}|(?P<whose>(?: {_NAME_CAP}){{1,4}})"
                   rf"(?: (?:chùa|xã|phường|thị trấn|thôn|ấp|bản|sóc|trường) {_NAME_CAP}(?: {_NAME_CAP}){{0,3}})*)"
                   rf"(?![\w'’-])")


# A club or a fund is named in quotes after its kind, then by the body or the
# place it is of: "Chủ nhiệm CLB "Mùa hè xanh" Trường Đại học Hòa Minh",
# "Trưởng ban Vận động Quỹ "Vì trẻ em" tỉnh Đông Lâm".  The title must close
# there (a comma, the sentence's end): a quoted name in a clause is the clause's.
_QUOTED_KINDS = r"(?:CLB|[Cc]âu lạc bộ|[Qq]uỹ)"
_ENDS_ON_A_QUOTED_KIND = re.compile(rf"(?<!\w){_QUOTED_KINDS}$")
_QUOTED_BODY = re.compile(rf"(?P<kind> {_QUOTED_KINDS})?{_QUOTED_NAME}")


def _with_quoted_body(text: str, role: Role, known: Known) -> Role:
    m = _QUOTED_BODY.match(text, role.end)
    if m is None or not (m["kind"] or _ENDS_ON_A_QUOTED_KIND.search(text, role.start, role.end)):
        return role
    end = _within_parent(text, m.end(), known)
    # "Trường Đại học Kinh tế - Đại học Huế": a member school, dashed to its university
    if end > m.end() and (dash := _DASH.match(text, end)) and (parent := known.orgs_by_start.get(dash.end())):
        end = parent.end
    if end == m.end() and text.startswith(" ", end) \
            and (place := place_or_country_at(text, end + 1, known.registers) or _province_of_title(text, end, known)):
        end = place.end
    return replace(role, end=end) if _APPOSITION_CLOSES.match(text, end) else role


def _founded_project_end(text: str, end: int, head: str) -> int | None:
    founded = _FOUNDED.match(text, end) if head in _FOUNDERS else None
    return founded.end() if founded else None


def _team_led(text: str, end: int, head: str) -> Match | None:
    team = _TEAM.match(text, end) if _capitalised(head) in _TEAM_HEADS else None
    if team is None or any(w in _TAIL_STOPS for w in team["what"].split()) or _PREDICATE.search(team["what"]) \
            or (team["whose"] and starts_personal_name(text, team.start("whose") + 1)):
        return None
    return Match(end + 1, team.end(), text[end + 1:team.end()])


def _capitalised(head: str) -> str:
    """A head as the sets of heads spell it ("trưởng thôn": "Trưởng thôn")."""
    return head[:1].upper() + head[1:]


# "Phó Trưởng ban Chỉ đạo thường trực": the qualifier may follow the body, as
# the last word of the title (else the lexicon's head "Thường trực" read in
# lower case makes it a second title).
_QUALIFIER_AFTER_BODY = re.compile(r" thường (?:trực|vụ)(?=[,;.)]|$)")


def _with_qualifier_after_body(text: str, end: int) -> int:
    m = _QUALIFIER_AFTER_BODY.match(text, end)
    return m.end() if m else end


# "Giám đốc danh mục các thị trường mới nổi của Northvale Asset Management",
# "Giám đốc Nghiên cứu kinh tế khu vực ASEAN của Ngân hàng UOB": a firm's
# officer is named by the function he heads, then "của" and the firm.  The
# function is words without punctuation, up to a length that a clause after a
# title rarely keeps free of a comma.  A bare title is as often the subject of
# a clause ("Phó Chủ tịch đánh giá cao sự hỗ trợ của Ngân hàng X"): a verb of
# the genre or a function word in between, or a body that is no firm, and the
# words are the clause's.
_OF = " của "
_FUNCTION_OF = re.compile(r" [^\W\d][^,;:.()\n]{0,80}?" + _OF)
_OF_BODY = re.compile(_OF)
_PREDICATE = re.compile(r"(?<!\w)(?:đánh giá|ghi nhận|cảm ơn|hoan nghênh|chúc mừng|biểu dương|tham dự|dự|thăm|tiếp|"
                        r"trao|tặng|kiểm tra|làm việc|chỉ đạo|đề nghị|yêu cầu|đề xuất|mong|cho|với|được|đã|sẽ|"
                        r"đang|là|để|tại|trong|về|những|các cơ quan)(?!\w)")


def _function_of_body(text: str, end: int, head: str, known: Known) -> Match | None:
    """The firm after a head's function and "của", as the body of the title;
    an expert's or a spokesperson's body, of any kind, may follow "của" at once."""
    expert = head in _EXPERTS
    if head.lower() == _SPOKESPERSON:
        m = _OF_BODY.match(text, end)
        return known.orgs_by_start.get(m.end()) if m else None
    m = _FUNCTION_OF.match(text, end) or (_OF_BODY.match(text, end) if expert else None)
    if m is None or (body := known.orgs_by_start.get(m.end())) is None or not (expert or is_firm(body.name)):
        return None
    function = text[end:m.end() - len(_OF)]
    if _PREDICATE.search(function) or _SAYING.search(function) or _holds_a_name(text, end, m.end()) \
            or _starts_after_a_space(text, end, m.end(), _title_starts_at):
        return None
    return body


# "giám đốc thu mua Công ty X", "Giám đốc phát triển nguồn cung Tập đoàn Y": a
# firm's director or chief is named by the function he heads, in a few
# lower-case words, then the firm (the usual functions, "Giám đốc kinh doanh",
# are _DIRECTOR_FUNCTION's).
_FUNCTION_BEFORE_FIRM = re.compile(rf"(?: {LOW}(?!\w)){{1,4}} (?={UP})")


def _function_before_firm(text: str, end: int, head: str, known: Known) -> Match | None:
    if "iám đốc" not in head:
        return None
    m = _FUNCTION_BEFORE_FIRM.match(text, end)
    body = known.orgs_by_start.get(m.end()) if m else None
    if body is None or not is_firm(body.name):
        return None
    function = text[end:m.end()]
    if _PREDICATE.search(function) or _SAYING.search(function) or any(w in _TAIL_STOPS for w in function.split()):
        return None  # "Giám đốc đánh giá cao Công ty X": the clause
    return body


# A unit's staff officer is named by his staff function in lower case, then the
# unit: "Trợ lý tác chiến Trung đoàn 9", "trợ lý hậu cần Tiểu đoàn 2".
_STAFF_OFFICERS = frozenset({"Trợ lý", "trợ lý"})
_STAFF_FUNCTION = re.compile(rf"(?: {LOW}(?!\w)){{1,2}} (?={UP})")


def _staff_function_of_unit(text: str, end: int, head: str, known: Known) -> Match | None:
    if head not in _STAFF_OFFICERS or (m := _STAFF_FUNCTION.match(text, end)) is None:
        return None
    body = known.orgs_by_start.get(m.end())
    if body is None or _unit_kind(body.name, _MILITARY_UNITS) is None:
        return None
    function = text[end:m.end()]
    if _PREDICATE.search(function) or any(w in _TAIL_STOPS for w in function.split()):
        return None  # "Trợ lý cho Tiểu đoàn ...": the clause
    return body


# A firm named by its kind in lower case, its trade, then its brand, which
# punctuation closes: "CEO startup bán dẫn VSemi,", "Giám đốc điều hành hãng lữ
# hành Pacific Horizon Voyages (Úc)", or a broker's trading floor: "giám đốc
# sàn giao dịch bất động sản Hòa Phát Land)".  Its officers only: a chief, a
# director, a founder.
_LOWER_CASE_FIRM = re.compile(rf" (?:hãng|tập đoàn|công ty|startup|sàn giao dịch)(?P<trade>(?: {LOW}(?!\w)){{0,3}})"
                              rf" (?P<brand>{UP}[\w&.-]*(?: {UP}[\w&.-]*){{0,3}})(?=[,;)]|\.(?!\w)|$| [-–] | \()")
_FIRM_OFFICERS = frozenset({"CEO", "Chủ tịch"}) | _FOUNDERS


def _lower_case_firm(text: str, end: int, head: str) -> Match | None:
    if "iám đốc" not in head and head not in _FIRM_OFFICERS:
        return None
    m = _LOWER_CASE_FIRM.match(text, end)
    if m is None or any(w in _TAIL_STOPS for w in m["trade"].split()) or _PREDICATE.search(m["trade"]) \
            or starts_personal_name(text, m.start("brand")):
        return None
    return Match(m.start() + 1, m.end(), text[m.start() + 1:m.end()])


def _body_in_head(text: str, head: tuple[int, int, str], known: Known) -> Match | None:
    """"Chánh Văn phòng" + "Văn phòng Tỉnh ủy": a head that ends on the kind of
    body it leads shares those words with the body's name, which the
    organization grammar finds from them."""
    start, end, _ = head
    space = text.find(" ", start, end)
    while space >= 0:
        body = known.orgs_by_start.get(space + 1)
        # Capitalised: "ban Thường trực" of "Trưởng ban Thường trực" is the head's qualifier.
        if body is not None and body.end > end and body.name[:1].isupper():
            return body
        space = text.find(" ", space + 1, end)
    return None


# A police unit named by the crimes it investigates lists them with commas:
# "Phòng Cảnh sát điều tra tội phạm về kinh tế, tham nhũng, buôn lậu, môi
# trường" (a list with no "và", which after other words is a clause's comma).
_CRIMES = r"(?:kinh tế|tham nhũng|buôn lậu|môi trường|ma túy|ma tuý|chức vụ|hình sự|trật tự xã hội|hàng giả)(?!\w)"
_CRIMES_UP_TO = re.compile(rf"(?<!\w)tội phạm về (?:{_CRIMES}, )*{_CRIMES}$")
_MORE_CRIMES = re.compile(rf"(?:, {_CRIMES})+(?:,? và {_CRIMES})?")


def _with_crime_fields(text: str, end: int) -> int:
    if not text.startswith(", ", end) or search_before(_CRIMES_UP_TO, text, end, 120) is None:
        return end
    m = _MORE_CRIMES.match(text, end)
    return m.end() if m else end


# A paper or broadcaster is named in full by its proper name: "về" after it
# says what its reporter asks about ("câu hỏi của phóng viên Báo X về công
# tác ..."), no part of the name.
_PRESS = re.compile(r"(?:Báo|Tạp chí|Đài|Thông tấn xã|Truyền hình)(?!\w)")


def _topic_after_the_press(text: str, org: Match, end: int) -> bool:
    return end == org.end and text.startswith(_SUBJECT, end) and _PRESS.match(org.name) is not None


# "Phó Cục trưởng Cục Xúc tiến thương mại, Bộ Công Thương", "Chính ủy Trung
# đoàn 12, Sư đoàn 3", "Viện trưởng Viện X, Viện Hàn lâm ...", "Trưởng khoa
# Nông Lâm, Trường Đại học Tây Nguyên": a unit that is part of a larger body
# is named with it after a comma, and the title keeps it when the apposition
# closes there: at punctuation, a verb of saying, "làm" and a title, or any
# verb when the holder is the agent after "do" ("do Thượng tá X, Phó Trưởng
# phòng Y, Công an tỉnh tiếp nhận").  Else the body opens a clause of its own
# ("Theo ông X, Cục trưởng Cục Y, Bộ Công Thương đang xây dựng ...").
# A province's department and an agency have offices of their own: "trưởng
# phòng kế toán, Sở Tài chính", "Vụ trưởng Vụ X, Cục Hải quan".
_SUB_UNITS = frozenset({"cục", "vụ", "phòng", "khoa", "viện", "trung tâm", "ban", "văn phòng", "nhóm", "trường",
                        "trung đoàn", "tiểu đoàn", "đại đội", "sư đoàn", "lữ đoàn", "đồn"})
_PARENT_UNITS = frozenset({"bộ", "tổng cục", "cục", "sở", "sư đoàn", "quân đoàn", "quân khu", "quân chủng",
                           "binh chủng", "lữ đoàn", "trung đoàn", "tiểu đoàn", "công an", "trường", "đại học",
                           "bệnh viện", "học viện", "viện", "viện hàn lâm", "ubnd", "ủy ban", "tỉnh ủy", "thành ủy",
                           "ngân hàng", "nhnn", "tập đoàn", "tổng công ty", "văn phòng"})
_NOT_A_PARENT = re.compile(r"Bộ Chính trị(?!\w)")  # "Ủy viên Bộ Chính trị": a title of its own
_APPOSITION_CLOSES = re.compile(r"[,;.:)]|$| [-–] ")
_AGENT_BEFORE = re.compile(r"(?<!\w)[Dd]o [^,;:()\n]{2,48}, $")
_SITE_NOTE = re.compile(r" \((?:cơ sở|trụ sở|chi nhánh)(?: [^()\n]{1,30})?\)")


def _unit_kind(name: str, kinds: frozenset[str]) -> str | None:
    """The kind word(s) a body's name opens with, among ``kinds``."""
    words = name.lower().split()
    return next((kind for n in (3, 2, 1) if (kind := " ".join(words[:n])) in kinds), None)


def _agent_named_before(text: str, start: int) -> bool:
    return search_before(_AGENT_BEFORE, text, start) is not None and holder_named_before(text, start)


def _unit_of(text: str, role: Role) -> str | None:
    """The kind of unit a title names: its body's first word(s), or the head's
    last ("Trưởng phòng" + "Tổ chức cán bộ")."""
    if role.head is None:
        return None
    head = role.head[2].lower().split()
    names = [o.name for o in role.orgs[:1]] + [text[role.head[1] + 1:role.end], " ".join(head[-2:]), head[-1]]
    return next((unit for name in names if (unit := _unit_kind(name, _SUB_UNITS))), None)


def _country_in_parentheses(text: str, pos: int) -> bool:
    """"..., Bệnh viện Đại học Quốc gia Seoul (Hàn Quốc);": a foreign parent's
    country in parentheses, which closes the apposition (no part of the title)."""
    country = _country_at(text, pos + 2) if text.startswith(" (", pos) else None
    return country is not None and text.startswith(")", country.end)


def _with_parent_in_apposition(text: str, role: Role, known: Known) -> Role:
    end = role.end
    if not text.startswith(", ", end) or (unit := _unit_of(text, role)) is None:
        return role
    parent = _body_after(text, end + 1, known)
    if parent is None or _NOT_A_PARENT.match(parent.name) or _title_starts_at(text, end + 2) \
            or _unit_kind(parent.name, _PARENT_UNITS) in (None, unit):
        return role  # (of the same kind: "Cục A, Cục B", a list)
    # "..., Văn phòng Quỹ X (ABC) tại Lào": an office abroad is named by where it is posted.
    parent_end = _posted_at(text, _within_parent(text, parent.end, known), parent, known.registers)
    if not _apposition_closed(text, role, parent_end):
        # "Học viện Kỹ thuật" + " quân sự;": the parent's name may go on in lower case, as the body's does.
        tail = _PARENT_TAIL.match(text, parent_end)
        if tail is None or not _apposition_closed(text, role, tail.end()):
            return role
        parent_end = tail.end()
    return replace(role, end=_larger_units(text, parent_end, _unit_kind(parent.name, _PARENT_UNITS), known))


def _apposition_closed(text: str, role: Role, parent_end: int) -> bool:
    # "..., Bệnh viện X (cơ sở 2) cho biết": a note on the parent's site closes it, no part of the title.
    site_note = _SITE_NOTE.match(text, parent_end)
    after = site_note.end() if site_note else parent_end
    return bool(_APPOSITION_CLOSES.match(text, after) or _SAYING.match(text, after)
                or _NUMBER_THEN_COPULA.match(text, after - 1) or _acts_as_title(text, after) or _agent_named_before(text, role.start)
                or _country_in_parentheses(text, parent_end))


# A soldier's unit is named with each larger one it belongs to, after commas:
# "chiến sĩ Tiểu đoàn 3, Trung đoàn 48, Sư đoàn 320B", "Đại đội 2, Tiểu đoàn
# 14, Bộ Chỉ huy Quân sự tỉnh X".  The chain runs on while each unit is larger
# than the last (a smaller or equal one opens a list) and the apposition closes.
_MILITARY_SIZES = (("đại đội",), ("tiểu đoàn",), ("trung đoàn",), ("lữ đoàn",), ("sư đoàn",), ("quân đoàn",),
                   ("quân khu", "quân chủng", "binh chủng", "bộ"))
_MILITARY_UNITS = frozenset(kind for kinds in _MILITARY_SIZES[:-1] for kind in kinds)


def _military_size(kind: str | None) -> int | None:
    return next((size for size, kinds in enumerate(_MILITARY_SIZES) if kind in kinds), None)


def _larger_units(text: str, end: int, kind: str | None, known: Known) -> int:
    while (size := _military_size(kind)) is not None and text.startswith(", ", end):
        unit = _body_after(text, end + 1, known)
        larger = None if unit is None else _unit_kind(unit.name, _PARENT_UNITS)
        if unit is None or _NOT_A_PARENT.match(unit.name) or (_military_size(larger) or -1) <= size:
            break
        unit_end = _within_parent(text, unit.end, known)
        if not (_APPOSITION_CLOSES.match(text, unit_end) or _SAYING.match(text, unit_end)
                or _NUMBER_THEN_COPULA.match(text, unit_end - 1)):
            break
        end, kind = unit_end, larger
    return end


# A unit's number closes its name: the clause's "là" may follow ("..., Sư đoàn 5 là ...").
_NUMBER_THEN_COPULA = re.compile(r"\d là ")

_MAX_PARENT_BODIES = 2


def _within_parent(text: str, end: int, known: Known) -> int:
    """"Trưởng ban Xây dựng Đảng Báo Nhân Dân", "Trưởng ban Dân vận Tỉnh ủy": a
    body right after the title's body is the one it belongs to, and a body
    after that one its own ("Văn phòng Thường trực" + "Ban Chỉ đạo 389" + "Bộ ...")."""
    for _ in range(_MAX_PARENT_BODIES):
        parent = _body_after(text, end, known)
        if parent is None:
            break
        end = parent.end
    return end


def _body_after(text: str, end: int, known: Known) -> Match | None:
    """The organization after the space at ``end``: one the run names, or an
    abbreviation with its locality."""
    if text[end:end + 1] != " ":
        return None
    return known.orgs_by_start.get(end + 1) or _abbreviated_body(text, end, known.registers)


# A body written by its abbreviation after a title: "Tổng Giám đốc NHCSXH",
# "Giám đốc KOTRA Hà Nội", a bank's board "HĐQT NHCSXH huyện".  Three capitals
# at least, one or two abbreviations, not a name in capitals ("LÊ VĂN AN"); or
# one written in mixed case, as chambers of commerce and brands are ("Chủ tịch
# AmCham Hà Nội", "EuroCham"), not a Scottish or Irish name ("McCarthy").
_MIXED_CASE_ABBREVIATION = rf"(?!Ma?c{UP}){UP}{LO}+{UP}{LO}+"
# A bank's brand adds "Bank" to its capitals: "Tổng giám đốc HDBank".
_BANK_BRAND = rf"{UP}{{2,}}Bank"
# The police's departments go by a code too: "Phó Cục trưởng C06", "Trưởng phòng PC02";
# a numbered firm by its capitals and its number: "Giám đốc HURC1", "phó tổng giám đốc CC1".
_UNIT_CODE = r"(?:[A-Z]{1,2}\d{2}|[A-Z]{2,4}\d)(?![\w/.-])"
_ABBREVIATED_BODY = re.compile(rf" ({UP}{{3,}}(?: {UP}{{3,}})?|{_MIXED_CASE_ABBREVIATION}|{_BANK_BRAND}|{_UNIT_CODE})"
                               rf"(?![\w-])"
                               rf"(?! {UP}{{2,}}(?!\w))")


def _abbreviated_body(text: str, end: int, registers: Registers) -> Match | None:
    m = _ABBREVIATED_BODY.match(text, end)
    if m is None or m.group(1).split()[0].capitalize() in lexicon.family_names():
        return None
    body_end = locality_end(text, m.end(), registers)
    if body_end == m.end() and _name_goes_on(text, body_end) and not _holder_named_at(text, body_end + 1):
        return None  # "SOS Làng trẻ em": the abbreviation only opens a longer name (not "VNPT Hà Văn Kiên")
    return Match(m.start(1), body_end, text[m.start(1):body_end])


def _holder_named_at(text: str, pos: int) -> bool:
    """A personal name starts at ``pos``, Vietnamese or foreign ("JICA" +
    "Hayashi Makoto": a foreign name has no family name to tell it by)."""
    return starts_personal_name(text, pos) or looks_foreign(text[pos:].split(" ", 1)[0])


def _with_country(text: str, role: Role) -> Role:
    """"Bộ trưởng Nông lâm Lào", "Chủ tịch Thượng viện Nhật Bản": a country
    after a title's body or field is the title's when a name follows it (a
    foreign name has no family name to stop at: "Lào Linkham ..." is no name),
    or when it closes the clause ("ông Sok An, Thứ trưởng Bộ Y tế Campuchia.")."""
    if text[role.end:role.end + 1] != " ":
        return role
    country = _country_at(text, role.end + 1)
    if country is None or not (_CAPITAL_AFTER.match(text, country.end) or _CLAUSE_CLOSES.match(text, country.end)):
        return role
    return replace(role, end=country.end, places=[*role.places, country])


# Bodies a title names by a head word and lower-case words, which the
# organization grammar (capitalised fields) leaves: "Giám đốc Trung tâm dữ liệu
# quốc gia về dân cư", "Tổ trưởng Tổ giúp việc"; and the chambers of a
# parliament ("Chủ tịch Thượng viện Nhật Bản").
_BODY_HEAD = re.compile(rf" (?:Trung tâm|Tổ|Chi hội|Chi bộ|Chi đoàn|Hội đồng|Ban|Ủy ban|Viện|Phòng|Đội)(?= {LOW}(?!\w))")
# Heads that end on the kind of body they lead, whose name may follow in lower
# case: "Trưởng ban tổ chức", "Trưởng ban đại diện HĐQT ...", "Trưởng đoàn
# đàm phán của Chính phủ", "trưởng phòng kinh doanh", "Trưởng nhóm nghiên cứu".
_BODY_KINDS = frozenset({"ban", "đoàn", "phòng", "nhóm", "đơn vị", "bộ phận"})
_CHAMBER = re.compile(r" (?:Thượng viện|Hạ viện|Nghị viện)(?!\w)")
# The State itself, whose officer a head in lower case names ("Tổng kiểm toán
# Nhà nước", the State Auditor General), as "Chính phủ" names the government's.
_THE_STATE = re.compile(r" Nhà nước(?!\w)")
# A body's two-syllable name after a title that names the body's kind ("Tổ
# trưởng Tổ công tác", "Chi hội trưởng Chi hội ..."), before punctuation.
_ECHOED_NAME = re.compile(rf" {LOW} {LOW}(?=[,;.)]|$)")


# The body word of a head, written in lower case: "tổ trưởng tổ bảo vệ rừng thôn X".
_LOWER_CASE_BODY_HEAD = re.compile(rf" (?:tổ|chi hội)(?= {LOW}(?!\w))")


# A workplace's trade union, often written in lower case before the workplace:
# "chủ tịch công đoàn cơ sở Công ty TNHH X", "chủ tịch công đoàn Trường Y";
# its Youth Union branch so too: "Bí thư Đoàn Bệnh viện X", "Bí thư Chi đoàn Công ty Y"
# (the workplace, a body the run names, tells "Đoàn" from the family name).
_LOWER_CASE_UNION = re.compile(rf" (?:công đoàn(?: cơ sở)?|Đoàn(?: [Tt]hanh niên)?|Chi đoàn)(?= {UP})")


def _lower_case_echoed_body_head(text: str, end: int, head: str) -> re.Match[str] | None:
    """A head that opens with its body's kind ("Tổ trưởng", "Chi hội trưởng"),
    before that kind in lower case: the press writes the body as the title,
    in lower case ("tổ trưởng tổ phụ nữ ..."); "tổ" before no such head is a
    word of the clause ("Giám đốc tổ chức ...")."""
    m = _LOWER_CASE_BODY_HEAD.match(text, end)
    return m if m and head.lower().startswith(m.group()[1:] + " ") else None


# A union of nations has its parliament, named by the continent: "Nghị viện châu Âu".
_CHAMBER_CONTINENT = re.compile(rf" châu {UP}\w*(?!\w)")


def _with_chamber_country(text: str, end: int) -> int:
    """"Hạ viện Chile": a chamber is the chamber of the country after it, with
    or without a name after the title (unlike a body's country, `_with_country`),
    or of the continent's union ("Nghị viện" + " châu Âu")."""
    country = _country_at(text, end + 1) if text[end:end + 1] == " " else None
    if country is None and (continent := _CHAMBER_CONTINENT.match(text, end)):
        return continent.end()
    return country.end if country else end


@lru_cache(maxsize=None)
def _body_kind_of(head: str) -> str | None:
    """The kind of body a head ends on ("đoàn" of "Trưởng đoàn"), in lower case
    (the heads are the lexicon's, as written: a few hundred spellings)."""
    lowered = head.lower()
    return next((kind for kind in _BODY_KINDS if lowered.endswith(" " + kind)), None)


# A council is named by what it does, in lower case and maybe a capitalised
# object ("Hội đồng xét tặng Giải thưởng", "Hội đồng nghiệm thu đề tài"):
# such a name holds no clause, so punctuation closes it as it closes a title
# set after its holder's name, the sentence's end too ("... nghiệm thu đề tài.").
_COUNCIL = " Hội đồng"


def _council_up_to_punctuation(text: str, head: re.Match[str], known: Known) -> int | None:
    if head.group() != _COUNCIL:
        return None
    return _lower_case_tail(text, head.end(), known, in_apposition=True, to_sentence_end=True)


# A firm's board is named in full by its kind, in lower case: "Chủ tịch Hội
# đồng thành viên" + " nhận." (the clause goes on after it).
_FIRM_BOARD = re.compile(r" Hội đồng (?:quản trị|thành viên)(?!\w)")


def _firm_board_end(text: str, head: re.Match[str]) -> int | None:
    board = _FIRM_BOARD.match(text, head.start())
    return board.end() if board else None


# A director's unit, a plant, a project or a branch, is named in lower case
# after its kind as a department is after "Trưởng phòng": "Giám đốc nhà máy
# chế biến", "Giám đốc dự án liên danh ..." (else "Giám đốc nhà máy" is whole);
# after its holder's name, up to the comma that closes the apposition.  A
# foreman's workshop so too: "Quản đốc phân xưởng xử lý khí thải" (one the
# text capitalises is an organization: "Quản đốc Phân xưởng Cơ điện").
_DIRECTED_UNIT = re.compile(r" (?:nhà máy|dự án|[Cc]hi nhánh|phân xưởng)$")
_FOREMAN = "Quản đốc"
_WORKSHOP = re.compile(r" phân xưởng(?= \w)")


def _directed_unit_named(text: str, start: int, end: int, head: str, known: Known) -> Match | None:
    if ("iám đốc" not in head and _capitalised(head) != _FOREMAN) \
            or search_before(_DIRECTED_UNIT, text, end, 12) is None:
        return None
    body_end = _lower_case_tail(text, end, known) or _tail_after_its_holder(text, start, end, known)
    return Match(end + 1, body_end, text[end + 1:body_end]) if body_end else None


def _tail_after_its_holder(text: str, start: int, end: int, known: Known) -> int | None:
    """The lower-case words after ``end`` of a title set after its holder's
    name, up to the comma or the verb of saying that closes the apposition
    ("Lê An, Vụ trưởng Chính sách tiền tệ, cho biết")."""
    if not holder_named_before(text, start):
        return None
    return _lower_case_tail(text, end, known, in_apposition=True, holder_named=True)


# A unit's commander leads a unit of the militia, named in lower case after
# the force: "Tiểu đội trưởng dân quân thường trực xã Tân Hòa" (the unit's
# kind is the head's: "tiểu đội", a squad).
_UNIT_COMMANDER = re.compile(r"(?:[Tt]iểu|[Tt]rung|[Đđ]ại)? ?đội trưởng$", re.IGNORECASE)
_MILITIA = re.compile(r" dân quân(?!\w)")


def _commands_militia(text: str, end: int, head: str) -> bool:
    return _UNIT_COMMANDER.search(head) is not None and _MILITIA.match(text, end) is not None


def _lower_case_body(text: str, start: int, end: int, head: str, known: Known) -> Match | None:
    if (_body_kind_of(head) or _commands_militia(text, end, head)) \
            and (body_end := _lower_case_tail(text, end, known) or _lower_case_tail_in_apposition(text, start, end, known)):
        return Match(end + 1, body_end, text[end + 1:body_end])  # "Trưởng ban đại diện ..."
    if m := _THE_STATE.match(text, end):
        return Match(m.start() + 1, m.end(), m.group()[1:])  # "Tổng kiểm toán Nhà nước"
    if m := _CHAMBER.match(text, end):
        chamber_end = _with_chamber_country(text, m.end())
        return Match(m.start() + 1, chamber_end, text[m.start() + 1:chamber_end])
    if (union := _LOWER_CASE_UNION.match(text, end)) and (firm := known.orgs_by_start.get(union.end() + 1)):
        return Match(union.start() + 1, firm.end, text[union.start() + 1:firm.end])
    m = _BODY_HEAD.match(text, end) or _lower_case_echoed_body_head(text, end, head)
    if m is None:
        return None
    body_end = _lower_case_tail(text, m.end(), known) or _tail_to_village(text, m.end()) \
        or _tail_to_auxiliary(text, m.end()) or _council_up_to_punctuation(text, m, known) \
        or _firm_board_end(text, m) or _lower_case_team_in_apposition(text, start, m, known)
    if body_end is None and head.startswith(m.group()[1:] + " "):
        echoed = _ECHOED_NAME.match(text, m.end())
        body_end = echoed.end() if echoed else None
    return Match(m.start() + 1, body_end, text[m.start() + 1:body_end]) if body_end else None


def _lower_case_team_in_apposition(text: str, start: int, head: re.Match[str], known: Known) -> int | None:
    """"Lê An, tổ trưởng tổ bảo vệ rừng cộng đồng, kể": a team written in lower
    case goes on to the apposition's comma; a capitalised body's kind ("Bí thư
    Chi bộ nhiệm kỳ ...") is named by it alone."""
    return _lower_case_tail_in_apposition(text, start, head.end(), known) if head.group()[1].islower() else None


def _lower_case_tail_in_apposition(text: str, start: int, end: int, known: Known) -> int | None:
    """"Ông Lê An, Trưởng phòng thí nghiệm Vật liệu mới, với đề tài ...": after
    its holder's name and a comma, the body a head names the kind of goes on
    in lower case up to the comma that closes the apposition."""
    if not holder_named_before(text, start):
        return None
    return _lower_case_tail(text, end, known, in_apposition=True, holder_named=True)


# An organization's name may go on in lower case ("Cục Y tế dự phòng", "Ban
# Chỉ đạo quốc gia về phòng, chống thiên tai"); within a title it is taken
# only up to where the title surely ends: a verb of saying, the personal
# name, the next title after a comma, the body it belongs to ("thuộc Ủy ban
# Thường vụ Quốc hội") or the country that closes a foreign title.  Words
# that open a clause stop it.
# "trong nước" (domestic) is one word of a name ("thị trường trong nước"),
# though "trong" alone opens a clause.  "Thành phố" capitalised is the city
# the article is about ("Ban Quản lý dự án giao thông Thành phố"), no family name.
# "vào" (into) opens the clause's object: "bầu ông X, Thứ trưởng Bộ Y vào Ủy ban Z".
# "các" goes on in a name ("Ban Quản lý dự án đầu tư xây dựng các công trình
# giao thông"); "cùng" (together with) joins the next person of a list.
# A number names a unit or a period ("dự án 85", "giai đoạn 2021-2025"), unless
# it counts something ("750 triệu đồng": an amount, no word of a name), a
# comma lists the fields of a body ("phát triển khoa học, công nghệ, đổi mới
# sáng tạo và ..."): the tail is taken only where it surely ends.
# Pairs of fields the press writes with a comma, as one field: "phòng, chống",
# "cứu hộ, cứu nạn" ("Đội cứu hộ, cứu nạn tình nguyện phường X" is one body).
# Capitalised as a field's first word: "Cục Quản lý đê điều và Phòng, chống thiên tai".
_PAIRED_FIELDS = "[Pp]hòng, chống|[Pp]hòng cháy, chữa cháy|[Cc]ứu hộ, cứu nạn|[Cc]ứu nạn, cứu hộ"
# A Roman numeral after a lower-case word numbers the body as a figure does
# ("Trường Cao đẳng cơ điện IV", "Vụ Tổng hợp II").
_UNIT_NUMERAL = rf"(?<={LO} )(?:{ROMAN_NUMERAL.pattern})"
_TAIL_WORD = re.compile(rf"(?: |, (?!và )(?={LOW}(?!\w)))"
                        rf"(?P<word>{_PAIRED_FIELDS}|Việt Nam|Trung ương|Thành phố|trong nước|ngoài nước|{LOW}"
                        rf"|\d+(?:[-–]\d+)?(?![\w-]){NOT_COUNTED}|{_UNIT_NUMERAL})(?![\w-])")
_TAIL_STOPS = frozenset("của những với cho tại trong là được đã sẽ để đang cũng thì mà "
                        "này đó khi nhằm cùng vào".split())
# The lower-case words a parent body's name goes on with in apposition, up to
# the punctuation closing it: "..., Học viện Kỹ thuật" + " quân sự;".
_PARENT_TAIL = re.compile(rf"(?: (?!(?:{'|'.join(sorted(_TAIL_STOPS))})(?!\w)){LOW}(?!\w)){{1,3}}(?=[,;.)]| \()")
# "đồng chủ trì": the co-chair's verb; "đồng" is no word of the body before it.
_SAYING = re.compile(rf" (?:đồng )?{SAYING_VERBS}")
# "..., Phó Tổng Biên tập Báo X làm trưởng đoàn": "làm" before a title says
# what the holder acts as, the clause's verb, as a verb of saying is; so does
# "giữ chức (vụ)" the post one is appointed to ("bổ nhiệm ông Lê An, phó
# giám đốc Sở Y tế giữ chức vụ giám đốc Sở Y tế": the new post, not the old's).
_ACTING_AS = re.compile(r" (?:làm|giữ chức(?: vụ)?) ")


def _acts_as_title(text: str, pos: int) -> bool:
    verb = _ACTING_AS.match(text, pos)
    return verb is not None and next(_heads_at(text, verb.end(), any_case=True), None) is not None
# "Đội trưởng Đội vận động quần chúng đã cùng ...": the auxiliary that opens the
# clause's verb closes the lower-case name of a body after its kind.
_MAX_NAME_WORDS_BEFORE_AUXILIARY = 6
_NAME_WORDS = rf"(?: (?!(?:{'|'.join(sorted(_TAIL_STOPS))})(?!\w)){LOW}(?!\w)){{1,{_MAX_NAME_WORDS_BEFORE_AUXILIARY}}}"
_WORDS_UP_TO_AUXILIARY = re.compile(rf"{_NAME_WORDS}(?= (?:đã|sẽ|đang|vừa|cũng)(?!\w))")
# "Lê An, Giám đốc Trung tâm Kiểm định chất lượng được bổ nhiệm ...": after its
# holder's name, a title is closed by the passive that makes him the clause's
# object (an appointment, a transfer, an award), as by a verb of saying.
_WORDS_UP_TO_PASSIVE = re.compile(rf"{_NAME_WORDS}(?= được(?!\w))")


def _tail_to_auxiliary(text: str, end: int) -> int | None:
    m = _WORDS_UP_TO_AUXILIARY.match(text, end)
    return m.end() if m else None


# Verbs a speaker's clause opens with after his title, which no body's name
# holds: "Bí thư Tỉnh ủy ghi nhận sự chủ động của UBND tỉnh" (the clause, not
# a body "ghi nhận ..." of the council): the words before it, if any, are the
# clause's too ("... trao quyết định và tặng hoa"; "do ông X, Chủ tịch HĐQT
# trao;": the donor's representative handed it over; not "lễ trao giải", an
# award's ceremony a committee may be named for).  Not "dự", "thăm", "kiểm
# tra", "chỉ đạo": words of names too ("dự án", "đoàn kiểm tra", "ban chỉ đạo").
# "gắn" pins an award as "trao" hands it ("... gắn Huân chương Lao động lên cờ
# của ..."), not "gắn với" (tied to) of a body's task.
# After "xét" (to consider) the verb is a compound's, a body's task: "Hội đồng
# xét tặng danh hiệu".
_CLAUSE_VERB = re.compile(r"(?<!\bxét) (?:đánh giá|ghi nhận|cảm ơn|hoan nghênh|chúc mừng|biểu dương|khen ngợi|quán triệt"
                          r"|lưu ý|kêu gọi|động viên|thăm hỏi|trao tặng|tặng|(?<!\blễ )trao|chỉ rõ|tuyên bố"
                          r"|gắn(?= (?:[Hh]uân chương|[Hh]uy chương|[Hh]uy hiệu|[Kk]ỷ niệm chương)))(?!\w)")
# "Lê An, Phó Trưởng Ban Chỉ đạo quốc gia về X dẫn đầu đoàn công tác": after
# its holder's name a title is closed by the verb its holder leads a mission
# with, as by a verb of saying (no body's name holds "dẫn đầu").
_LEADS = re.compile(r" dẫn đầu(?!\w)")
# "Vụ trưởng Vụ X và đại diện lãnh đạo Vụ Y", "... và các đồng chí trợ lý": "và"
# before the words for persons joins the next persons of a list, not a field of the body.
_AND_PEOPLE = re.compile(r" và (?:(?:các|những|một số|nhiều) )?"
                         r"(?:đại diện|đại biểu|khách mời|lãnh đạo|cán bộ|thành viên|đồng chí|ông|bà)(?!\w)")
# "Phó Tư lệnh Quân khu 4 và hơn 300 hội viên Hội X": "và" before a count of
# people or things lists them after the title's holder; no body's name goes on
# with a count ("Nhà máy số 1 và 2" ends on its number).
_AND_A_COUNT = re.compile(rf" và (?:hơn|gần|khoảng|trên|chừng|hàng)? ?\d[\d.,]* {LOW}(?!\w)")
# What an officer is in charge of, after the title: "Phó Tổng Thư ký ASEAN phụ
# trách Cộng đồng Kinh tế", up to a verb of saying or punctuation, or an
# aside in parentheses ("... phụ trách lĩnh vực y tế (đã nghỉ hưu)").
_MAX_CHARGE_CHARS = 60
# Each word after the first takes two characters at least: the lazy repeat is
# bounded by what the length cap allows.
_IN_CHARGE = re.compile(rf" phụ trách (?:{CAP}|{LOW})(?: (?:{CAP}|{LOW}|[-–])){{0,{_MAX_CHARGE_CHARS // 2}}}?"
                        rf"(?=[,;.)]|$| \(|{_SAYING.pattern})")


_IN_CHARGE_OF = " phụ trách "
# ... or up to "của" and the body whose officer he is: "Phó Chủ tịch phụ trách
# khu vực châu Á - Thái Bình Dương của Công ty X".
_IN_CHARGE_UP_TO_OF = re.compile(rf" phụ trách (?:{CAP}|{LOW})(?: (?:{CAP}|{LOW}|[-–])){{0,{_MAX_CHARGE_CHARS // 2}}}?"
                                 rf"(?={_OF})")


# ... or up to the body whose officer he is, right after a field of a few
# lower-case words: "Phó Giám đốc phụ trách kỹ thuật Công ty X cùng ...",
# none of them the clause's ("phụ trách kinh tế và Sở Y tế": two).
_MAX_CHARGE_FIELD_WORDS = 2  # syllables: "kỹ thuật", "quốc tế"
_IN_CHARGE_FIELD = re.compile(rf" phụ trách(?: (?!{CLAUSE_WORD}|{SAYING_VERBS}){LOW}(?!\w)){{1,{_MAX_CHARGE_FIELD_WORDS}}}(?= )")


def _in_charge_of(text: str, role: Role, known: Known) -> Role:
    # "Phó Chi cục trưởng phụ trách Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh X":
    # the body in charge of, whole, with its locality.
    if text.startswith(_IN_CHARGE_OF, role.end) \
            and (body := known.orgs_by_start.get(role.end + len(_IN_CHARGE_OF))) is not None:
        return replace(role, end=body.end, orgs=[*role.orgs, body])
    if (body := _body_after_charge(text, role.end, known) or _body_after_charge_field(text, role.end, known)) is not None:
        return replace(role, end=body.end, orgs=[*role.orgs, body])
    m = _IN_CHARGE.match(text, role.end)
    if m is None or m.end() - role.end > _MAX_CHARGE_CHARS or _holds_a_name_not_a_place(text, m.start(), m.end(), known):
        end = _charge_before_a_name(text, role.end, known)
        return role if end is None else replace(role, end=end)
    return replace(role, end=_with_body_named_in_charge(text, m.start(), m.end(), known))


# What he is in charge of, as words the length cap allows, whatever follows.
_IN_CHARGE_WORDS = re.compile(rf" phụ trách (?:{CAP}|{LOW})(?: (?:{CAP}|{LOW}|[-–])){{0,{_MAX_CHARGE_CHARS // 2}}}")


def _charge_before_a_name(text: str, end: int, known: Known) -> int | None:
    """"Thứ trưởng Ngoại giao phụ trách châu Âu Peter Brown sẽ thăm ...": with
    no punctuation after it, the charge ends before its holder's name."""
    m = _IN_CHARGE_WORDS.match(text, end)
    if m is None:
        return None
    stop = min(m.end(), end + _MAX_CHARGE_CHARS)
    space = text.find(" ", end + len(_IN_CHARGE_OF), stop)
    while space >= 0:
        if (place := known.places_by_start.get(space + 1)) is not None:
            space = place.end - 1  # "châu Á - Thái Bình Dương": a place's words open no name
        elif _holder_name_at(text, space + 1):
            return space
        space = text.find(" ", space + 1, stop)
    return None


def _holder_name_at(text: str, pos: int) -> bool:
    """A Vietnamese name, or a foreign one the clause goes on after in lower
    case ("Peter J. Brown sẽ thăm")."""
    if starts_personal_name(text, pos):
        return True
    name = name_at(text, pos, evidence=True)
    return name is not None and _LOWER_WORD_NEXT.match(text, name.end) is not None


def _body_after_charge(text: str, end: int, known: Known) -> Match | None:
    m = _IN_CHARGE_UP_TO_OF.match(text, end)
    if m is None or m.end() - end > _MAX_CHARGE_CHARS or _holds_a_name_not_a_place(text, m.start(), m.end(), known):
        return None
    return known.orgs_by_start.get(m.end() + len(_OF))


def _body_after_charge_field(text: str, end: int, known: Known) -> Match | None:
    m = _IN_CHARGE_FIELD.match(text, end)
    if m is None:
        return None
    space = text.find(" ", end + len(_IN_CHARGE_OF), m.end() + 1)  # the body may open after any of the words
    while space >= 0:
        if (body := known.orgs_by_start.get(space + 1)) is not None:
            return body
        space = text.find(" ", space + 1, m.end() + 1)
    return None


def _with_body_named_in_charge(text: str, start: int, end: int, known: Known) -> int:
    """"Thứ trưởng phụ trách đối ngoại Bộ Giáo dục, Thể thao và Văn hóa Lào": the
    body whose officer he is, after what he is in charge of, is named whole,
    past the comma that lists its fields."""
    space = text.find(" ", start + len(_IN_CHARGE_OF), end)
    while space >= 0:
        if (body := known.orgs_by_start.get(space + 1)) is not None:
            return max(end, body.end)
        space = text.find(" ", space + 1, end)
    return end


def _starts_after_a_space(text: str, start: int, end: int, starts: Callable[[str, int], bool]) -> bool:
    """Whether ``starts`` (a personal name, a title) holds after one of the
    spaces of ``text[start:end]``."""
    space = text.find(" ", start, end)
    while space >= 0:
        if starts(text, space + 1):
            return True
        space = text.find(" ", space + 1, end)
    return False


def _holds_a_name(text: str, start: int, end: int) -> bool:
    return _starts_after_a_space(text, start, end, starts_personal_name)


def _holds_a_name_not_a_place(text: str, start: int, end: int, known: Known) -> bool:
    """A field named by a place the run knows ("khu vực châu Á - Thái Bình
    Dương") holds no holder's name, though the place reads as one."""
    return _starts_after_a_space(text, start, end, lambda text, pos: pos not in known.places_by_start
                                 and starts_personal_name(text, pos))


_MAX_TAIL_WORDS = 20
_AND = "và"
_JOINERS = frozenset({_AND, "về"})
# After "và" a capitalised field may go on: "Bộ Phát triển xã hội và An ninh con người".
_FIELD_AFTER_AND = re.compile(rf" (?P<word>{CAP})(?!\w)")
_PART_OF = " thuộc "
_DOCUMENT_HEAD = re.compile(rf"(?:{'|'.join(DOCUMENT_HEADS)})(?!\w)")
# A plural before a document's kind makes it the body's subject, no document
# of its own: "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh".
_PLURAL = " các"
# "..., Giám đốc Sở X dự;", "... cùng dự.": the verb of a list item or a
# clause ends the title ("dự án", "dự phòng" go on).
# So does "nhận" (received): "dự án do bà X, Chủ tịch Hội đồng thành viên nhận;"
# (not the second syllable of a compound: "tiếp nhận", "xác nhận", "công nhận").
_RECEIVED = r"(?<!tiếp)(?<!xác)(?<!công)(?<!ghi)(?<!chứng)(?<!thừa) nhận"
_ATTENDED = re.compile(rf"(?: (?:dự|tham dự|có mặt)|{_RECEIVED})(?=[,;.]|$)")
# After the lower-case words of a body's name, "của" names the body it belongs
# to: "Phòng Vật liệu nano của Viện ...".  Right after a capitalised name it
# may open another organization's name ("Ban ... của Đảng Cộng sản Việt Nam").
_OF_PARENT = _OF
# "Hội đồng thẩm định giá đất của tỉnh": "của" and a bare level of locality
# (the article's own province or district, no name after it) close a body
# named in lower case: it is that locality's body.
_OF_THE_LOCALITY = re.compile(rf" của (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?!\w)(?! {UP})")
# "..., Viện trưởng Viện X dịch tễ cùng lãnh đạo Sở Y tế": the next persons of a list.
_ALONG_WITH = " cùng "
# What a steering committee or council is about, after its parent body.
_SUBJECT = " về "
# The Party's central bodies act jointly and are named as one parent, listed
# with a comma: "Đoàn kiểm tra của Bộ Chính trị, Ban Bí thư", "... của Ban
# Chấp hành Trung ương, Bộ Chính trị" (punctuation or the clause after them).
_CENTRAL_PARTY_BODY = r"(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?)"
_JOINT_CENTRAL_BODY = re.compile(rf", {_CENTRAL_PARTY_BODY}(?=[,.;:)]| {LOW}(?!\w)|$)")
_IS_CENTRAL_PARTY_BODY = re.compile(_CENTRAL_PARTY_BODY)


def _with_joint_central_body(text: str, parent: Match) -> int:
    """Where the parent after "của" ends, with the central body named with it."""
    if not _IS_CENTRAL_PARTY_BODY.fullmatch(parent.name):
        return parent.end
    m = _JOINT_CENTRAL_BODY.match(text, parent.end)
    return m.end() if m else parent.end


# The kind of a body alone after a title, where the article has named the body
# ("Chính ủy Học viện", "Bí thư Chi bộ", "Phó Giám đốc Sở"): the title ends
# there, before punctuation, a personal name or the clause.  A firm is named so
# in lower case too ("Tổng Giám đốc công ty, cho biết"), as is a hospital
# ("Giám đốc bệnh viện, cho biết"), a cooperative ("Giám đốc hợp tác xã, cho
# biết"); so is a steering
# committee ("phó trưởng ban thường trực Ban chỉ đạo - chủ trì").  "và" and
# people after it list the next persons ("Giám đốc Công ty và một số cán bộ").
_BARE_BODY = re.compile(r" (?P<body>Học viện|Viện|Trung tâm|[Cc]hi bộ|Ủy ban|Hội đồng|Hội|Hiệp hội|Sở|Cục|Tổng cục"
                        r"|Ban [Cc]hỉ đạo"
                        r"|Chi cục|Vụ|Bộ|[Cc]ông ty|Tổng công ty|[Tt]ập đoàn|Ngân hàng|Quỹ|[Bb]ệnh viện|Trường"
                        r"|Giáo phận|[Hh]ợp tác xã|HTX)"
                        r"(?=[,;:.!?)]|$| [-–] | \(| (?P<next>\w+))")
_CLAUSE_AFTER_A_BODY = re.compile(rf" (?:{'|'.join(sorted(_TAIL_STOPS))}|nhiệm kỳ|khóa)(?!\w)")


_AND_WORD = " và "


def _and_the_next_person(text: str, pos: int) -> bool:
    """"Phó Giám đốc bệnh viện và BSCKII Hà An": "và" before a title or a
    personal name lists the next person, no word of the body's name."""
    if not text.startswith(_AND_WORD, pos):
        return False
    after = pos + len(_AND_WORD)
    return _title_starts_at(text, after) or starts_personal_name(text, after)


def _and_a_titled_name(text: str, pos: int) -> bool:
    """"Giám đốc Sở Y tế tỉnh và linh mục Phêrô An": "và", a title in either
    case and a personal name right after it list the next person; a field of
    the body named in lower case has no name after it ("... và bác sĩ gia đình")."""
    if not text.startswith(_AND_WORD, pos):
        return False
    after = pos + len(_AND_WORD)
    return any(text.startswith(" ", end) and starts_personal_name(text, end + 1)
               for _, end in _heads_at(text, after, any_case=True))


def _held_with_a_title(text: str, pos: int, any_case: bool = True) -> bool:
    """"bí thư chi bộ kiêm trưởng thôn": "kiêm" before a title (in either case
    unless ``any_case`` is False) joins the holder's next title, no word of the
    body's name."""
    return text.startswith(_HELD_WITH, pos) and _title_starts_at(text, pos + len(_HELD_WITH), any_case)


def _bare_body(text: str, end: int) -> Match | None:
    m = _BARE_BODY.match(text, end)
    if m is None:
        return None
    after = m.end()
    if m["next"] is not None and not (starts_personal_name(text, after + 1) or _SAYING.match(text, after)
                                      or _CLAUSE_VERB.match(text, after) or _ATTENDED.match(text, after)
                                      or _CLAUSE_AFTER_A_BODY.match(text, after) or _AND_PEOPLE.match(text, after)
                                      or _and_the_next_person(text, after) or _held_with_a_title(text, after)):
        return None  # "Giám đốc Trung tâm dịch vụ ...", "Chủ tịch Hội Nông dân": a longer name
    return Match(m.start("body"), after, m["body"])


# Bodies named by a description that may go on in lower case after its
# capitalised words ("Vụ Hợp tác quốc tế", "Viện Nghiên cứu đô thị và phát
# triển hạ tầng", "Ban Quản lý dự án Đường sắt"); a department or a ministry
# ("Sở Y tế", "Bộ Tài chính") is named by its sector, which the capitals close.
# A school too: "Trường ĐH Khoa học xã hội và nhân văn"; an office, a team, a
# station or a firm: "Văn phòng Điều phối nông thôn mới tỉnh", "Đội CSGT đường
# bộ số 6", "Công ty TNHH X chi nhánh miền Trung".
_DESCRIBED_BODY = re.compile(r"(?:Tổng cục|Chi cục|Cục|Vụ|Học viện|Viện|Trung tâm|Ban|Hội|Hiệp hội|Tổng hội"
                             r"|Liên hiệp|Liên minh|Ngân hàng|Quỹ|Tổ chức|khoa|[Tt]rường"
                             r"|Văn phòng|Phòng|Đội|Đài|[Cc]ông ty|Tổng công ty) ")
# A name and its comma or dash before a title: the title is an apposition to the name.
_AFTER_A_NAME = re.compile(rf"{UP}[\w'’-]*(?:, | [-–] )$")  # "Lê An, ", "Park Ji-hoon, ", "Lê An - "


# A national body's name closes on "quốc gia" in lower case, as on "Quốc gia":
# "Ủy ban An toàn giao thông quốc gia", "Ban Chỉ đạo Phòng thủ dân sự quốc
# gia" + " đã chủ trì": the word is the body's whatever clause follows (a
# lower-case word of the name after it is the tail's to take).
_NATIONAL = re.compile(rf" quốc gia(?!\w)(?! (?!(?:{'|'.join(sorted(_TAIL_STOPS))}|vừa)(?!\w)){LOW}(?!\w))")


def _national(text: str, end: int) -> int:
    m = _NATIONAL.match(text, end)
    return m.end() if m else end


# A department whose field goes on in lower case may list a second field after
# a comma, with no "và": "Vụ Cơ sở đảng, đảng viên", "Phòng Tổ chức cán bộ,
# lao động".  Set after its holder's name, the title is then closed by a comma
# and the parent body or the next title, or by the clause's verb; else the
# words after the comma are the clause's ("..., trao đổi thêm về ...").  A name
# that joined its last field with "và" lists no more after a comma: "Cục Chăn
# nuôi và Thú y, hào hứng cho biết" (the words are the clause's manner).
_SECOND_LOWER_FIELD = re.compile(rf", (?P<field>(?!(?:tham )?dự(?!\w)|{CLAUSE_WORD}){LOW}"
                                 rf"(?: (?!{CLAUSE_WORD}){LOW}){{0,2}}?)(?!\w)(?P<closed>{_SAYING.pattern}|{_CLAUSE_VERB.pattern}|, )")
_LAST_WORD_IN_LOWER_CASE = re.compile(rf" {LOW}$")
_FIELDS_JOINED = re.compile(r" và ")


def _with_second_field_in_lower_case(text: str, start: int, org: Match, end: int, known: Known) -> int:
    """The end of a described body's second lower-case field, if one follows its
    name (read up to ``end``, a lower-case word) after a comma; else ``end``."""
    if not _DESCRIBED_BODY.match(org.name) or not _LAST_WORD_IN_LOWER_CASE.search(text, org.start, end) \
            or _FIELDS_JOINED.search(text, org.start, end):
        return end
    m = _SECOND_LOWER_FIELD.match(text, end)
    if m is None or any(w in _TAIL_STOPS for w in m["field"].split()) or _title_starts_at(text, end + 2) \
            or _clause_within(text, end + 1, m.end("field")) or not holder_named_before(text, start):
        return end
    after = m.end("field")
    closed = m["closed"] != ", " or after + 2 in known.orgs_by_start or _title_starts_at(text, after + 2) \
        or _SAYING.match(text, after + 1) is not None
    return after if closed else end


def _clause_within(text: str, start: int, end: int) -> bool:
    """A verb of saying or of a speaker's clause among the words ``text[start:end]``."""
    return any(pattern.search(text, start, end) for pattern in (_SAYING, _CLAUSE_VERB, _ATTENDED, _LEADS))


def _apposition_tail(text: str, start: int, org: Match, end: int, known: Known) -> int | None:
    """"Bà Lê An, Phó Vụ trưởng Vụ Hợp tác quốc tế, cho biết": a title set
    after its holder's name and a comma is closed by the next comma or a verb
    of saying, so the lower-case words of a described body up to there are its
    name (the holder named already, no capitalised word after it is theirs);
    so are they up to a passive's "được" (see _WORDS_UP_TO_PASSIVE)."""
    opener = search_before(_AFTER_A_NAME, text, start)
    if end != org.end or not _DESCRIBED_BODY.match(org.name) or opener is None \
            or _ends_on_a_place(text, org, known) or _central_body_before_a_name(text, org):
        return None
    tail = _lower_case_tail(text, end, known, in_apposition=True, holder_named=holder_named_before(text, start),
                            dashed=_DASH.search(opener.group()) is not None)
    return tail or _tail_to_passive(text, end)


def _tail_to_passive(text: str, end: int) -> int | None:
    """Lower-case words up to a passive's "được", none of them the holder's verb
    ("..., Trưởng Ban X yêu cầu việc tổng kết phải được ...": the clause's)."""
    m = _WORDS_UP_TO_PASSIVE.match(text, end)
    if m is None or _SAYING.search(text, end, m.end()) or _CLAUSE_VERB.search(text, end, m.end()):
        return None
    return m.end()


_CENTRE = " Trung ương"


def _central_body_before_a_name(text: str, org: Match) -> bool:
    """"Tổng Bí thư Lê An, Trưởng Ban Tổ chức Trung ương Hà Văn Minh": a body
    named up to the centre it serves is named in full, and a personal name
    after it is the next person of a list, titled before his name."""
    return org.name.endswith(_CENTRE) and text[org.end:org.end + 1] == " " and _name_starts(text, org.end + 1)


# The words of a name and the comma or dash after it, before a title.
_NAME_BEFORE_TITLE = re.compile(rf"(?<!\w)(?:{UP}[\w'’-]* ){{1,3}}{UP}[\w'’-]*(?=(?:, | [-–] )$)")


_ADDRESS_BEFORE = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à) $")


def holder_named_before(text: str, start: int) -> bool:
    """A personal name (not a body: "Trung ương Đảng, ") and its comma or dash
    stand right before the title at ``start``."""
    m = search_before(_NAME_BEFORE_TITLE, text, start, 48)
    if m is None:
        return False
    pos = m.start()
    while pos >= 0:
        # A foreign name has no family name to know it by; a word of address
        # or a title before it is the evidence ("Bà Ingrid Larsen, ", "GS.TS
        # Hans Weber, ").
        addressed = search_before(_ADDRESS_BEFORE, text, pos, 16) is not None or _titled_before(text, pos)
        name = name_at(text, pos, evidence=addressed)
        if name is not None and name.end == m.end():
            return True
        pos = text.find(" ", pos, m.end())
        pos = pos + 1 if pos >= 0 else -1
    return False


_MAX_TITLE_BEFORE_CHARS = 24
_WORD_BEFORE = re.compile(r"(?<![\w.])\w")


def _titled_before(text: str, pos: int) -> bool:
    """A title's head ends right before the name at ``pos`` ("TS Hans Weber")."""
    if text[pos - 1:pos] != " ":
        return False
    for word in _WORD_BEFORE.finditer(text, max(0, pos - _MAX_TITLE_BEFORE_CHARS), pos - 1):
        if any(end == pos - 1 for _, end in _heads_at(text, word.start())):
            return True
    return False


_MAX_UNKNOWN_BODY_CHARS = 60


def _unknown_body_in_apposition(text: str, start: int, end: int, known: Known) -> int | None:
    """"Bà Lê An, Phó Giám đốc Truyền tải điện Ninh Thuận, cho biết": a title set
    after its holder's name is closed by the next comma, a verb of saying or the
    sentence's end, so capitalised words after its head up to there name the
    body it heads, one that no grammar of bodies knows (a unit named by its
    trade and place, a tourist site named by its own name)."""
    if _capitalised_tail_word(text, end) is None or not (known.after_a_name or holder_named_before(text, start)) \
            or _titles_the_holder_too(text, start, end):
        return None
    tail = _lower_case_tail(text, end, known, in_apposition=True, holder_named=True)
    if tail is None or tail - end > _MAX_UNKNOWN_BODY_CHARS:
        return None
    # "Tổng giám đốc Becamex" + " IDC": the tail stops before an abbreviation
    # as before a parent body, which the unknown name then goes on with; a
    # foreign body's office, with where it is posted ("... Nhật Bản (JICA) tại Việt Nam").
    body = Match(end + 1, tail, text[end + 1:tail])
    return _posted_at(text, _within_parent(text, tail, known), body, known.registers)


def _titles_the_holder_too(text: str, start: int, end: int) -> bool:
    """The head at ``start`` is the title the name before it bears too: a list of
    people of one rank ("Giáo hữu Lê An, Giáo hữu Hà Minh", "Thượng tá A, Thượng
    tá B"), the capitalised words after it the next person's name, no body."""
    head = re.escape(text[start:end])
    return re.search(rf"(?<!\w){head} {UP}[^,;:()]{{0,40}}, $", text[max(0, start - 64):start]) is not None


# A firm's or a world body's officer, set after his name, is titled by his
# function or region, then "của" and the body, which punctuation closes (maybe
# after where its branch is): "Giám đốc khu vực châu Á của Rosatom,", "Giám đốc
# Quốc gia của Nordlys Energi tại Việt Nam,", "chuyên gia kinh tế trưởng khu vực
# ASEAN của HSBC,".  The body is a brand (a foreign word or an abbreviation in
# it) or a body of a known kind.
_BODY_WORD = rf"{UP}[\w&'’-]*(?:\.[\w&'’-]+)*"  # "S.A.", not the full stop
_FUNCTION_OF_NAMED_BODY = re.compile(
    rf"(?P<function>(?: [\w-]+){{0,8}}?){_OF}(?P<body>(?:tập đoàn |công ty |hãng )?{_BODY_WORD}"
    rf"(?: (?:{_BODY_WORD}|{LOW}(?!\w))){{0,7}}?)(?=[,;)]|\.(?!\w)|$| \(| [-–] | tại )")
_NAMED_BODY_KIND = re.compile(r"(?:[Tt]ập đoàn|[Cc]ông ty|hãng|Quỹ|Hội đồng|Hiệp hội|Ngân hàng|Tổ chức|Liên minh)(?!\w)")
_POSTED = " tại "


def _function_of_named_body_in_apposition(text: str, start: int, end: int, known: Known) -> int | None:
    m = _FUNCTION_OF_NAMED_BODY.match(text, end)
    if m is None or not holder_named_before(text, start):
        return None
    function, body = m["function"], m["body"].split()
    if _PREDICATE.search(function) or _SAYING.search(function) or _holds_a_name_not_a_place(text, end, m.end("function"), known) \
            or _starts_after_a_space(text, end, m.end("function"), _title_starts_at):
        return None
    if not (_NAMED_BODY_KIND.match(m["body"]) or any(looks_foreign(w) or _ABBREVIATION.fullmatch(w) for w in body)):
        return None
    # "... của Ngân hàng Thế giới (WB) tại Việt Nam": its abbreviation before where it is posted.
    abbreviation = _NAME_ABBREVIATION_IN_PARENTHESES.match(text, m.end())
    posted = abbreviation.end() if abbreviation and text.startswith(_POSTED, abbreviation.end()) else m.end()
    if not text.startswith(_POSTED, posted):
        return m.end()
    seat = place_or_country_at(text, posted + len(_POSTED), known.registers)
    return seat.end if seat is not None and _AFTER_POSTING.match(text, seat.end) else None


# A foreign firm named by its brand alone, then the country of its branch:
# "tổng giám đốc Toyota tại Việt Nam", "trưởng đại diện KT Daewon tại Lào".  The
# brand's words are foreign or abbreviations (one foreign at least), no
# Vietnamese name; the branch's country closes the title before punctuation.
_BRAND_POSTED_IN = re.compile(rf" (?P<brand>{UP}[\w&-]*(?: {UP}[\w&-]*){{0,2}}) tại ")
_ABBREVIATION = re.compile(ABBR)
_AFTER_POSTING = re.compile(r"[,;.)]|$")


def _foreign_brand_posted_in(text: str, end: int) -> Match | None:
    m = _BRAND_POSTED_IN.match(text, end)
    if m is None:
        return None
    words = m["brand"].split()
    if not any(map(looks_foreign, words)) \
            or not all(looks_foreign(w) or _ABBREVIATION.fullmatch(w) for w in words):
        return None
    country = _country_at(text, m.end())
    return country if country is not None and _AFTER_POSTING.match(text, country.end) else None


# ", chuyển đổi số và ...": a comma that lists the fields of a body, up to "và".
_LISTED_UP_TO_AND = re.compile(rf", ((?:{LOW} ){{1,4}})và ")


# "..., dự và chỉ đạo hội nghị": the verbs of attending and chairing, not fields.
_ATTENDS_AND = re.compile(r", (?:(?:tham )?dự|(?:đồng )?chủ trì) và ")


def _fields_listed_after(text: str, pos: int) -> bool:
    m = _LISTED_UP_TO_AND.match(text, pos) or _LISTED_UP_TO_CODE.match(text, pos)
    return m is not None and not any(w in _TAIL_STOPS for w in m.group(1).split()) \
        and _SAYING.search(m.group()) is None and not _ATTENDS_AND.match(text, pos)


# "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng
# (C10)": a police unit lists its fields with commas and no "và", up to its
# code in parentheses, which no clause's words come before.
_CODE_IN_PARENTHESES = re.compile(rf" \({_UNIT_CODE}\)")
_LISTED_UP_TO_CODE = re.compile(rf"((?:, (?:{LOW} ){{0,4}}{LOW})+)(?={_CODE_IN_PARENTHESES.pattern})")


# The words of the local units a body is named for ("tỉnh", "thị xã", "phường").
_LOCALITY_WORDS = "|".join(LOCAL_UNITS)
_LOCALITY_IN_PARENTHESES = re.compile(rf" \((?:{_LOCALITY_WORDS}) {UP}")
_LOCALITY_WORD_AT_END = re.compile(rf"(?<!\w)(?:{_LOCALITY_WORDS})$")
# ... or up to the name of its unit, one that no gazetteer holds: "UBND xã Ia
# Lâm", "Hội Nông dân phường Hòa Minh".
_LOCALITY_NAME_AT_END = re.compile(rf"(?<!\w)(?:{_LOCALITY_WORDS}|thị trấn)"
                                   rf" {CAP}(?: {CAP}){{0,2}}$")


def _ends_on_a_place(text: str, org: Match, known: Known) -> bool:
    """"Ban Chỉ huy Quân sự huyện", "Ban Tuyên huấn ... Cách mạng Lào": a body
    named up to its locality or country is named in full; lower-case words
    after it are the clause's ("... làm tổ trưởng", "... dẫn đầu")."""
    if _LOCALITY_WORD_AT_END.search(org.name) or _LOCALITY_NAME_AT_END.search(org.name):
        return True
    space = text.find(" ", org.start, org.end)
    while space >= 0:
        place = place_or_country_at(text, space + 1, known.registers)
        if place is not None and place.end == org.end:
            return True
        space = text.find(" ", space + 1, org.end)
    return False


# Lower-case words that go on after a body named up to its place: its subject
# ("Ban Chỉ đạo tỉnh về ..."), the body it is part of ("... thuộc Sở Y tế"), a
# second body sharing the title ("... và UBND huyện"), a locality after a name
# that only ends like one ("Liên minh Hợp tác xã" + " tỉnh").
_AFTER_A_PLACED_BODY = re.compile(rf" (?:về|thuộc|và|{_LOCALITY_WORDS})(?!\w)")


def _clause_after_a_placed_body(text: str, org: Match, end: int, known: Known) -> bool:
    """"Phó Chủ tịch UBND thành phố công bố nghị quyết của ...": a body named up
    to its locality or country is named in full, so lower-case words right
    after it open the clause whose subject the title's holder is."""
    return end == org.end and LOWER_WORD_AFTER.match(text, end) is not None \
        and not _AFTER_A_PLACED_BODY.match(text, end) and _ends_on_a_place(text, org, known)


def _lower_case_tail(text: str, end: int, known: Known, in_apposition: bool = False,
                     holder_named: bool = False, dashed: bool = False, to_sentence_end: bool = False) -> int | None:
    """Where a title's organization ends when its name goes on in lower case up
    to a verb of saying or a personal name; None when it does not.  Capitalised
    words may follow the lower-case ones ("Ban Quản lý rừng phòng hộ Krông
    Năng", "Hội đồng chung khảo Giải thưởng"); the tail then ends only where a
    personal name starts or a list item closes, since a verb of saying could
    end a name the lexicon does not know (a place of the gazetteer ends where
    the gazetteer says: "... tỉnh Lào Cai cho biết"); and where a name starts only after
    capitalised words that are a place ("Tổng Thư ký ASEAN Kao Kim Hourn": a
    foreign name's first word is no part of the body).  With ``to_sentence_end``
    the sentence's end closes lower-case words too (a council's name)."""
    pos = end
    joined = listing = capitalised = foreign = False  # capitalised: an unknown capitalised word met
    placed = None
    for _ in range(_MAX_TAIL_WORDS):
        if (after_abbreviation := _abbreviation_within_name(text, pos)) is not None:
            pos = after_abbreviation
            continue
        # (The sentence's end closes it after a place: "... nhân văn TP.HCM.",
        # or after capitalised words only: "Vụ Lễ tân" + " Nhà nước.")
        if not joined and _acts_as_title(text, pos):  # the clause's verb, wherever the title stands
            return pos if pos > end else None
        if in_apposition and not joined and (_SAYING.match(text, pos) or _LEADS.match(text, pos)
                                             or (_SENTENCE_CLOSE.match(text, pos)
                                                 and (placed or to_sentence_end
                                                      or _CAPITALS_ONLY.fullmatch(text, end, pos)))
                                             or (text.startswith(",", pos) and not _fields_listed_after(text, pos))
                                             or (dashed and _DASH_BEFORE_A_CLAUSE.match(text, pos))):
            return pos if pos > end else None
        if _ATTENDED.match(text, pos) or _CLAUSE_VERB.match(text, pos):
            # The lower-case words up to here are the clause's, unless a country
            # closed the name: "Hội Khoa học kỹ thuật cầu đường Việt Nam đánh giá",
            # or only capitals went on with it after its holder's name.
            closed = country_before(text, pos) or (in_apposition and _CAPITALS_ONLY.fullmatch(text, end, pos))
            return pos if pos > end and not listing and closed else None
        if not joined and (closed := _tail_closed_at(text, pos, known, capitalised)) is not None:
            listed = listing and not _CODE_IN_PARENTHESES.match(text, closed)  # a list closed by the unit's code is its name's
            return closed if closed > end and not listed else None
        if _AND_A_COUNT.match(text, pos):
            return pos if pos > end and not listing else None
        if _LEADS.match(text, pos):
            # (After unknown capitalised words it may be a name's verb: no tail.)
            return pos if pos > end and not listing and not capitalised else None
        if (locality := _OF_THE_LOCALITY.match(text, pos)) and not listing and pos > end:
            return locality.end()
        if text.startswith(_OF_PARENT, pos) and (parent := _parent_after_of(text, pos, known)):
            if listing:
                return None  # "..., đánh giá cao sự hỗ trợ của Bộ Y tế": a clause after a comma
            if not text.startswith(_SUBJECT, parent.end):
                return _with_joint_central_body(text, parent) if pos > end else None
            pos = parent.end  # "Ban Chỉ đạo của Thành ủy về ...": its subject goes on after its parent
            continue
        if pos > end and not listing and (document := _DOCUMENT_CARRIED_OUT.match(text, pos)):
            pos = document.end()  # "Tổ công tác triển khai" + " Đề án 06": the body is named for it
            continue
        m = _TAIL_WORD.match(text, pos) or (_field_after_and(text, pos) if joined else None)
        placed = None
        # "... thành phố" + " Hà Nội": the locality's name, though it opens as a personal name may.
        locality = _place_of_locality_word(text, pos, known)
        if m is None and (m := _capitalised_tail_word(text, pos, named=(holder_named and _namesake_after_kind(text, pos))
                                                      or locality is not None)
                          or _abbreviated_place(text, pos, known.registers)):
            placed = known.places_by_start.get(m.start("word")) \
                or place_or_country_at(text, m.start("word"), known.registers)
            # A place of the gazetteer ends where the gazetteer says ("... tỉnh
            # Lào Cai cho biết"): only an unknown capitalised word may be the
            # start of a name a verb of saying cannot end (not a document's
            # kind, "các Chương trình ...": a known word).
            capitalised = capitalised or (placed is None and not _DOCUMENT_HEAD.match(text, m.start("word")))
            # One whose second syllable is in lower case ("Đại học", "Nhà
            # nước") is a Vietnamese word, no foreign name's start.
            foreign = foreign or (placed is None and not _lower_second_syllable(text, m.end()))
        if m is None or m["word"] in _TAIL_STOPS or _addresses_a_name(text, m.start("word")):
            return None
        # A comma lists fields up to "và" ("khoa học, công nghệ và ..."); after
        # a comma with no "và" the words are a clause ("..., xúc động kể").
        listing = (listing or m.group().startswith(",")) and m["word"] != _AND
        pos = max(m.end(), placed.end) if placed else m.end()
        joined = m["word"] in _JOINERS
        if joined:
            continue  # "Công ty ... điện và thị trường điện": a name ends on no joiner
        if not listing and (_SAYING.match(text, pos) and not capitalised):
            return pos
        if not listing and ROMAN_NUMERAL.fullmatch(m["word"]) and _PUNCTUATION_AFTER_LOCALITY.match(text, pos):
            return pos  # "Vụ Tổng hợp" + " II,": the unit's number closes its name
        if in_apposition and placed and _clause_after_a_locality(text, end, pos):
            return pos
        if locality and not listing and pos == locality.end and _PUNCTUATION_AFTER_LOCALITY.match(text, pos):
            return pos  # "... đại biểu Quốc hội tỉnh Lâm Đồng.": the body named up to its locality
        if not listing and text[pos:pos + 1] == " " and _name_starts(text, pos + 1) \
                and not (holder_named and _namesake_after_kind(text, pos)) \
                and _place_of_locality_word(text, pos, known) is None:
            # After Vietnamese capitalised words only, a full name is the
            # holder's ("Vụ Giáo dục Đại học" + " Lê Minh An").
            return None if capitalised and (foreign or not _full_name_at(text, pos + 1)) else pos
    return None


_PUNCTUATION_AFTER_LOCALITY = re.compile(r"[,;.:)]|$")
# A body set up to carry out a document names it by its number after its
# lower-case words: "Tổ công tác thực hiện Nghị quyết 57", "Ban Chỉ đạo triển
# khai Đề án 06"; punctuation or its issuer after it (else the document is the
# object of a clause: "... triển khai Nghị quyết 57 tới người dân").
_DOCUMENT_CARRIED_OUT = re.compile(rf" (?:{'|'.join(sorted(SHORT_FORM_HEADS))}) (?:số )?\d{{1,4}}(?:/[\w/-]+)?"
                                   rf"(?=[,;.)]|$|{_OF})")
# The particles of foreign names, in lower case between capitalised words ("Kees van Baar").
_NAME_PARTICLES = frozenset("van von de da di del der den du dos le la bin al ter".split())
_SECOND_SYLLABLE = re.compile(rf" (?P<word>{LOW})(?!\w)")


def _full_name_at(text: str, pos: int) -> bool:
    """A name of three words at least starts at ``pos``: a family, a middle
    and a given name, no two-word place ("Nông Lâm nghiệp", "Sùng Tả")."""
    name = name_at(text, pos, evidence=True)
    return name is not None and len(name.name.split()) >= 3


def _lower_second_syllable(text: str, pos: int) -> bool:
    """A lower-case syllable of the body's name follows the capitalised word
    that ends at ``pos`` ("Vụ Giáo dục Đại| học", "Cục Lễ tân Nhà| nước"): the
    two make a Vietnamese word, not the start of a foreign name."""
    m = _SECOND_SYLLABLE.match(text, pos)
    return m is not None and m["word"] not in _TAIL_STOPS and m["word"] not in _NAME_PARTICLES \
        and m["word"] not in _JOINERS and not (_SAYING.match(text, pos) or _CLAUSE_VERB.match(text, pos)
                                               or _ATTENDED.match(text, pos) or _LEADS.match(text, pos))


def _place_of_locality_word(text: str, pos: int, known: Known) -> Match | None:
    """"... đại biểu Quốc hội thành phố" + " Hà Nội": a gazetteer place after a
    locality word is that locality's name, though its first word may be a
    family name ("Hà", "Lâm")."""
    if text[pos:pos + 1] != " " or _LOCALITY_WORD_AT_END.search(text, 0, pos) is None:
        return None
    return place_at(text, pos + 1, known.registers)


def _clause_after_a_locality(text: str, end: int, pos: int) -> bool:
    """"Lê An, Chủ tịch Nghiệp đoàn nghề cá xã Hòa Minh phấn khởi: ...": a body
    set after its holder's name and named up to its locality ends there, and
    the lower-case words after it are the clause's (not its subject, its parent,
    a second body: see _AFTER_A_PLACED_BODY)."""
    return _LOCALITY_NAME_AT_END.search(text, end, pos) is not None and LOWER_WORD_AFTER.match(text, pos) is not None \
        and not _AFTER_A_PLACED_BODY.match(text, pos)


def _parent_after_of(text: str, pos: int, known: Known) -> Match | None:
    """The body after "của" at ``pos``: one the run names, or one written by
    its abbreviation ("Trưởng bộ phận Hợp tác của ICO", "... của FAO")."""
    after = pos + len(_OF_PARENT)
    return known.orgs_by_start.get(after) or _abbreviated_body(text, after - 1, known.registers)


def _addresses_a_name(text: str, pos: int) -> bool:
    """A word of address before a name ("ông Lê An"); before a lower-case word
    it is a syllable of a compound ("cụ thể": specific, "giá đất cụ thể")."""
    m = honorific_regex().match(text, pos)
    return m is not None and text[m.end():m.end() + 1].isupper()


# "Lê An, Phó Viện trưởng Viện Lịch sử và Văn hóa" + " Biên phòng" + " đánh giá":
# capitalised words (each with its second syllable) right after a body set
# after its holder's name go on with the body's name, up to the clause's verb.
_CAPITALS_ONLY = re.compile(rf"(?: {CAP}(?: {LOW})?)+")


# "Viện kiểm sát nhân dân (VKSND) tối cao", "Tòa án nhân dân (TAND) cấp cao":
# the press writes a court's abbreviation after its kind, before the level
# that ends its name.
_LEVEL_AFTER_ABBREVIATION = re.compile(r" (?:tối cao|cấp cao)(?!\w)")


def _abbreviation_within_name(text: str, pos: int) -> int | None:
    """Where the abbreviation in parentheses at ``pos`` ends, when the body's
    name goes on after it with its level."""
    m = _ABBREVIATION_IN_PARENTHESES.match(text, pos)
    return m.end() if m and _LEVEL_AFTER_ABBREVIATION.match(text, m.end()) else None


# "Lê An - Phó Viện trưởng Viện X thủy lợi miền Nam - cho rằng": a title set
# after its holder's name and a dash is closed by the next dash, before the
# clause's lower-case words (a dash before a capital may join a name: "Hàn - Việt").
_DASH_BEFORE_A_CLAUSE = re.compile(rf" [-–] (?={LOW}(?!\w))")
# ... and before a verb of saying, wherever the title stands in the aside.
_DASH_THEN_SAYING = re.compile(r" [-–]" + _SAYING.pattern)
# The end of the sentence, which closes a title set after its holder's name.
_SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)|$")


def _namesake_after_kind(text: str, pos: int) -> bool:
    """"Điểm du lịch" + " Đồng Sen Tháp Mười": where the title's holder is named
    already, capitalised words after the lower-case words of a body's kind are
    the body's own name, even shaped like a person's; not one with a middle
    name ("Văn", "Thị"), nor right after capitalised words ("Anh hùng Lao
    động" + " Tạ Văn Khoa" is the next person of a list)."""
    if not text[pos - 1:pos].islower():
        return False
    name = name_at(text, pos + 1, evidence=True)
    return name is None or not any(word in MIDDLE_NAMES for word in name.name.split())


# A capitalised word of a body's name after its lower-case words, or joined by a
# dash ("Nhóm nghị sĩ hữu nghị Việt Nam - Chile"); a people's or a faith's name
# may join its syllables by hyphens ("Hội đồng Sư cả Hồi giáo Bà-ni").
_CAPITALISED_TAIL_WORD = re.compile(rf"(?: | [-–] )(?P<word>{CAP}(?:-{LOW})*)(?![\w-])")


def _capitalised_tail_word(text: str, pos: int, named: bool = False) -> re.Match[str] | None:
    """A capitalised word that goes on with a body's name: not a personal name
    (unless the title's holder is ``named`` already: "Điểm du lịch Đồng Sen"),
    the head of a next title or a document (unless plural)."""
    m = _CAPITALISED_TAIL_WORD.match(text, pos)
    if m is None or (not named and _name_starts(text, m.start("word"))) \
            or (_title_starts_at(text, m.start("word")) and not _members_named_in_body(text, m.start("word"))) \
            or (_DOCUMENT_HEAD.match(text, m.start("word")) and not text.endswith(_PLURAL, 0, pos)):
        return None
    return m


# The kinds of people a liaison board or an association gathers name it, after
# its lower-case words: "Ban liên lạc Cựu chiến binh Sư đoàn 304", "Ban đại
# diện Thanh niên xung phong tỉnh"; no title of a next holder there.
_MEMBER_KINDS = frozenset(w for w in _OCCUPATIONS if w[:1].isupper()) | {"Cựu chiến binh"}
_WORD_AFTER = re.compile(r" [^\W\d_]")


def _members_named_in_body(text: str, pos: int) -> bool:
    """The title head at ``pos``, within a body's lower-case tail, is the
    kind of its members, its name going on after it (not the holder's name
    nor a comma: "Ban liên lạc Chiến sĩ Trường Sơn tỉnh Hòa Minh")."""
    heads = list(_heads_at(text, pos))
    return bool(heads) and text[pos - 1:pos] == " " and text[:pos - 1][-1:].islower() \
        and all(head in _MEMBER_KINDS and _WORD_AFTER.match(text, end) is not None
                and not _name_starts(text, end + 1) for head, end in heads)


_ABBREVIATED_WORD = re.compile(rf" (?P<word>{ABBR})")


def _abbreviated_place(text: str, pos: int, registers: Registers) -> re.Match[str] | None:
    """A place of the gazetteer written by its abbreviation ("TP.HCM", "TPHCM"),
    which goes on with a body's name as a capitalised place does."""
    m = _ABBREVIATED_WORD.match(text, pos)
    return m if m is not None and place_or_country_at(text, m.start("word"), registers) is not None else None


def _name_starts(text: str, pos: int) -> bool:
    """A personal name starts at ``pos``: by a family name, or a foreign name
    all of whose words read as foreign ("Ana Rita Vasconcelos"); not a country,
    whose first word may be a family name too ("Hàn Quốc")."""
    if _country_at(text, pos) is not None:
        return False
    if starts_personal_name(text, pos):
        return True
    name = name_at(text, pos, evidence=True) if text[pos:pos + 1].isupper() else None
    return name is not None and all(looks_foreign(w) for w in name.name.split())


def _field_after_and(text: str, pos: int) -> re.Match[str] | None:
    """A capitalised word after "và" that goes on with the body's field, not the
    head of a second title ("Chủ tịch Hội đồng quản trị và Giám đốc X")."""
    m = _FIELD_AFTER_AND.match(text, pos)
    if m is None or _title_starts_at(text, pos + 1) or _DOCUMENT_HEAD.match(text, pos + 1) \
            or _name_starts(text, pos + 1):
        return None  # a document ("và Đề án 06") is a mention of its own, which no title holds
    return m


# "Trường THPT Hòa Minh" + " ở Đông Lâm": "ở" (in) before a name says where the
# body is, no word of its name; in lower case it may be one ("... ở nước ngoài"),
# and "nhà ở" (housing) is a field ("Bộ trưởng Phát triển đô thị và nhà ở Indonesia").
_SITED_IN = re.compile(rf"(?<![Nn]hà) ở (?={UP})")


def _tail_closed_at(text: str, pos: int, known: Known, capitalised: bool = False) -> int | None:
    """Where a lower-case tail that has reached ``pos`` surely ends: before a
    comma and the next title, before a country and a name, or after the body
    the tail's body is part of.  A verb of saying closes only a tail of lower-case
    words (see _lower_case_tail)."""
    if text.startswith(", ", pos) and (_title_starts_at(text, pos + 2) or _numbered_unit_said(text, pos)):
        return pos
    if _held_with_a_title(text, pos, any_case=False):
        return pos  # "Chủ tịch Hội đồng thành viên" + " kiêm Tổng giám đốc ...": the office held with it
    if text.startswith((";", ")", _ALONG_WITH), pos) or (_SAYING.match(text, pos) and not capitalised):
        return pos  # the end of a list item or of a title in parentheses, the verb of the clause
    if _DASH_THEN_SAYING.match(text, pos):
        return pos  # "..., kiêm trưởng ban chỉ đạo X huyện - cho biết": the dash closing the aside
    if _AND_PEOPLE.match(text, pos) or _SITED_IN.match(text, pos) or _and_a_titled_name(text, pos):
        return pos
    if text.startswith(", ", pos) and pos + 2 in known.orgs_by_start:
        return pos  # "Tổ trưởng Công đoàn ..., Công ty X": the body it belongs to, after a comma
    if _TERM.match(text, pos):
        return pos  # "khóa XIX": the body's term, added after the tail (not "khóa" + a body "XIX")
    if text.startswith(" (", pos) and (pos + 2 in known.orgs_by_start or _SHORT_NAME_IN_PARENTHESES.match(text, pos)
                                       or _LOCALITY_IN_PARENTHESES.match(text, pos)
                                       or _original_name_in_parentheses(text, pos)):
        # "Vụ ... (Bộ Nội vụ)": the parent body in parentheses, or the body's
        # short name; "Ban ... thôn Hòa Minh (xã X, huyện Y)": where it is.
        return pos
    if _body_after(text, pos, known) is not None:
        return pos  # "Hội đồng thành viên" + "Tập đoàn ...": the body it belongs to
    if text.startswith(" ", pos) and (country := _country_at(text, pos + 1)) \
            and _CAPITAL_AFTER.match(text, country.end) and not _title_starts_at(text, country.end + 1) \
            and not _opens_a_longer_place(text, country, known):
        return pos  # a country, then a name (not a title: "... tặng hoa Mẹ Việt Nam Anh hùng X")
    if text.startswith(_PART_OF, pos) and (parent := known.orgs_by_start.get(pos + len(_PART_OF))):
        return parent.end
    if (parent := _PARENT_WITH_ABBREVIATION.match(text, pos)) and not _holds_a_name(text, pos, parent.end()):
        return parent.end()
    return None


# A body's short name in parentheses closes its full name: an abbreviation
# ("(NSMO)", "(PC02)"), a one-word brand with the unit's number ("(Cienco 8)"), or
# the country it is in ("(Lào)").
_SHORT_NAME_IN_PARENTHESES = re.compile(rf" \({UP}[\w&-]*(?: \d{{1,3}})?\)")
# A foreign body's name in its own language closes its name translated:
# "Trường Kỹ thuật Lyon (École Technique de Lyon)".
_NAME_IN_PARENTHESES = re.compile(rf" \((?P<name>{UP}[\w'’-]*(?: [\w'’-]+){{0,5}})\)")


def _original_name_in_parentheses(text: str, pos: int) -> bool:
    m = _NAME_IN_PARENTHESES.match(text, pos)
    return m is not None and all(looks_foreign(w) for w in m["name"].split() if is_cap(w))


# A parent body no grammar knows, named up to its abbreviation in parentheses:
# "... thuộc Tổng vụ Hợp tác phát triển (DG INTPA)", "thuộc Cơ quan Hợp tác X (XCA)".
_PARENT_WITH_ABBREVIATION = re.compile(rf"{_PART_OF}{UP}[^,;:.()\n]{{2,60}}?(?= \({UP}{{2,}}(?: {UP}{{2,}})?\))")


def _opens_a_longer_place(text: str, country: Match, known: Known) -> bool:
    """"tỉnh Lào Cai": a country's name that opens a longer name of the
    gazetteer, or of a place the article names ("huyện Đức Trọng", a former
    district), is that place's first word, no country before a name."""
    places = (register_match_at(known.registers, "place", text, country.start),
              known.places_by_start.get(country.start))
    return any(place is not None and place.end > country.end for place in places)


def _numbered_unit_said(text: str, pos: int) -> bool:
    """"Ban Quản lý dự án 85, cho biết": a number closes the name of a unit,
    then a comma and a verb of saying the title (not "... kiểm tra cơ sở, cho biết")."""
    return text[pos - 1:pos].isdigit() and _SAYING.match(text, pos + 1) is not None


# The term of the body a title names: "Chủ tịch Hội Nông dân tỉnh khóa IX";
# or the terms, listed: "đại biểu Quốc hội các khóa VI, VII và VIII".
_TERM_NUMBER = r"(?:[IVXLC]+|\d{1,2})(?![\w-])"
_TERM = re.compile(rf" (?:các )?(?:khóa|khoá|nhiệm kỳ) {_TERM_NUMBER}(?:, {_TERM_NUMBER})*(?: và {_TERM_NUMBER})?")


# A regional or specialised unit of a national agency, numbered after it:
# "Kiểm toán nhà nước khu vực IV", "KTNN chuyên ngành Ia", "Chi cục Thuế khu vực 2".
# A regional court (from 2025) adds the place it sits in after a dash, as a
# regional defence command does: "TAND khu vực 7 - Phú Thọ" (a place of one or
# two words, not a personal name).
_NUMBERED_UNIT = re.compile(rf" (?:khu vực|chuyên ngành) (?:[IVXLC]+[a-z]?|\d{{1,2}})(?![\w-])"
                            rf"(?: [-–] (?!{PERSONAL_NAME_AHEAD}){CAP}(?: {CAP})?(?![\w-]| {UP}))?")


def _with_numbered_unit(text: str, end: int) -> int:
    m = _NUMBERED_UNIT.match(text, end)
    return m.end() if m else end


def _with_term(text: str, end: int) -> int:
    m = _TERM.match(text, end)
    return m.end() if m else end


def _with_parent_body(text: str, end: int) -> int:
    """"Ủy ban Kinh tế của Quốc hội": the body a committee belongs to is part
    of the title that names the committee."""
    m = _PARENT_BODY.match(text, end)
    if m is None:
        return end
    parent_end = _with_chamber_country(text, m.end()) if m["chamber"] or m["bare_chamber"] or m["glossed_chamber"] \
        else m.end()
    # (A chamber's country closes its name: a foreign holder's name may follow.)
    if parent_end == m.end() and _CAPITAL_AFTER.match(text, parent_end) and not starts_personal_name(text, parent_end + 1):
        return end  # "của Đảng Cộng sản ...": a longer name is another organization
    return parent_end


# "Ủy ban Kinh tế của Hạ viện (Chile)": a parliament's chamber as the parent
# body too, also without "của" ("Ủy ban Đối ngoại, Quốc phòng và An ninh
# Thượng viện"), or glossed in parentheses as the chamber the council is, before
# its country ("Hội đồng Liên bang (Thượng viện) Nga"): no other body is named
# by a chamber's word.  So is the world
# body whose agency it is: "Quỹ Dân số của Liên hợp quốc (UNFPA) tại Lào".
# So is the article's award a jury judges, as "Hội đồng Giải thưởng" names it:
# "Hội đồng Nghệ thuật của Giải," (not "của Giải thưởng X", another award, nor
# "của Giải phóng quân").
_CHAMBERS = r"Thượng viện|Hạ viện|Nghị viện"
_UNITED_NATIONS = r"Liên [hH]ợp [qQ]uốc"
_PARENT_BODY = re.compile(rf" (?:của (?:Quốc hội|Chính phủ|Đảng|Nhà nước|{_UNITED_NATIONS}"
                          rf"|(?:Giải thưởng|Giải)(?=[,;.:)]|$)|(?P<chamber>{_CHAMBERS}))"
                          rf"|(?P<bare_chamber>{_CHAMBERS})|\((?P<glossed_chamber>{_CHAMBERS})\))(?!\w)")
_CAPITAL_AFTER = re.compile(rf" {UP}")


# Offices abroad name the country they are posted in ("Văn phòng JICA tại
# Việt Nam", "Đại sứ quán Việt Nam tại Lào").
_OFFICE_ABROAD = re.compile(r"(?:Văn phòng|Cơ quan đại diện|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán"
                            r"|Phái đoàn|(?:Chi nhánh )?Thương vụ) ")


_ABBREVIATION_IN_PARENTHESES = re.compile(rf" \((?:{UP}{{2,}}[\w&-]*|{_UNIT_CODE})\)")


def _posted_at(text: str, end: int, org: Match, registers: Registers) -> int:
    """"Văn phòng JICA tại Hà Nội", "Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc
    Ninh": an office abroad or a foreign body's branch, named by where it is;
    any body abroad by the country ("Hội Doanh nhân Việt Nam tại Đức").  The
    body's abbreviation may come between: "Tổ chức ... Hàn Quốc (KOICA) tại Hà Nội"."""
    abbreviation = _ABBREVIATION_IN_PARENTHESES.match(text, end)
    pos = abbreviation.end() if abbreviation else end
    if _MISSION.match(org.name) and text.startswith(_ACCREDITED_TO, pos):
        return _bodies_accredited_to(text, pos + len(_ACCREDITED_TO), registers) or end
    if abbreviation and not text.startswith(_POSTED_IN, pos):
        return _seat_after_abbreviation(text, end, pos, org, registers)
    if not text.startswith(_POSTED_IN, pos):
        return end
    pos += len(_POSTED_IN)
    # The body with its parents: "Quỹ Dân số" + " Liên hợp quốc" is a world body.
    if _OFFICE_ABROAD.match(org.name) or _foreign(text[org.start:end]):
        # a foreign city the gazetteer may not hold: "Văn phòng Liên hợp quốc tại Nairobi"
        place = place_or_country_at(text, pos, registers) or _body_accredited_to(text, pos, org, registers) \
            or _foreign_city_at(text, pos)
    elif _DIASPORA.match(org.name):
        place = place_or_country_at(text, pos, registers) or _foreign_city_at(text, pos)
    elif _foreign_firm(org.name):
        place = _country_at(text, pos)  # "Công ty Anex Tour" + " tại Việt Nam": its branch here
        place = None if place is None or _name_goes_on(text, place.end) else place
    else:
        place = _country_at(text, pos)
        if place is None or place.name == _HOME_COUNTRY or _name_goes_on(text, place.end):
            place = None  # "tại Lào Cai" names a province, not Laos
    return place.end if place else end


# A country's permanent mission is posted to a body of nations, no place:
# "Phái đoàn thường trực Việt Nam tại Liên hợp quốc", "... tại ASEAN".
_MISSION = re.compile(r"Phái đoàn ")


def _body_accredited_to(text: str, pos: int, org: Match, registers: Registers) -> Match | None:
    return register_match_at(registers, "org", text, pos) if _MISSION.match(org.name) else None


# A mission may be accredited "bên cạnh" (beside) the bodies it serves, a list
# that may close on "the other international bodies", then on their seat:
# "Phái đoàn thường trực Lào bên cạnh Liên hợp quốc, Tổ chức Y tế thế giới (WHO)
# và các tổ chức quốc tế khác tại Viên".
_ACCREDITED_TO = " bên cạnh "
_BODY_LISTED = re.compile(r", | và ")
_OTHER_BODIES = " và các tổ chức quốc tế khác"
# a listed body the register may not hold, known by its abbreviation
_BODY_WITH_ABBREVIATION = re.compile(rf"{UP}[^,;:()\n]{{2,60}}(?= \({UP}{{2,}}[\w&-]*\))")


def _listed_body_end(text: str, pos: int, registers: Registers) -> int | None:
    if body := register_match_at(registers, "org", text, pos):
        return body.end
    named = _BODY_WITH_ABBREVIATION.match(text, pos)
    return named.end() if named else None


def _bodies_accredited_to(text: str, pos: int, registers: Registers) -> int | None:
    """Where the list of bodies a mission is accredited to ends, with their seat."""
    body = register_match_at(registers, "org", text, pos)
    if body is None:
        return None
    end = body.end
    while True:
        abbreviation = _ABBREVIATION_IN_PARENTHESES.match(text, end)
        end = abbreviation.end() if abbreviation else end
        listed = _BODY_LISTED.match(text, end)
        body_end = _listed_body_end(text, listed.end(), registers) if listed else None
        if body_end is None:
            break
        end = body_end
    if text.startswith(_OTHER_BODIES, end):
        end += len(_OTHER_BODIES)
    if text.startswith(_POSTED_IN, end) and (seat := place_or_country_at(text, end + len(_POSTED_IN), registers)
                                             or _foreign_city_at(text, end + len(_POSTED_IN))):
        end = seat.end
    return end


# The Vietnamese abroad are associated by country or by city, a foreign city
# the gazetteer may not hold: "Hội người Việt Nam tại Toronto", read from its
# foreign words, before the clause's end or its verb ("... tại Toronto cho biết").
_DIASPORA = re.compile(rf"{DIASPORA_HEAD}(?!\w)")
_FOREIGN_WORDS = re.compile(rf"{CAP}(?: {CAP}){{0,2}}(?![\w-])(?! {UP})")


def _foreign_city_at(text: str, pos: int) -> Match | None:
    m = _FOREIGN_WORDS.match(text, pos)
    if m is None or not all(map(looks_foreign, m.group().split())):
        return None
    return Match(pos, m.end(), m.group())


# A chief representative heads a body's office in a city, named by the city:
# "Trưởng đại diện Công ty Hòa Minh tại Đông Lâm" (any body's, home or foreign);
# a coordinator serves a body in a place too ("Điều phối viên Quỹ X tại Lào").
# Some write the office capitalised ("Trưởng Đại diện"), a spelling the
# lexicon lists too: the title then keeps it as written.
_REPRESENTATIVE_HEADS = frozenset({"Trưởng đại diện", "Trưởng Đại diện", "Điều phối viên"})


def _representative_office_seat(text: str, end: int, head: str, registers: Registers) -> int:
    if head[:1].upper() + head[1:] not in _REPRESENTATIVE_HEADS or not text.startswith(_POSTED_IN, end):
        return end
    place = place_or_country_at(text, end + len(_POSTED_IN), registers)
    return place.end if place else end


# The end of a clause, of a list item or of the sentence.
_CLAUSE_CLOSES = re.compile(r"[,;.:)]|$")


_NAME_ABBREVIATION_IN_PARENTHESES = re.compile(rf" \({UP}{{2,}}[\w&-]*\)")


def _with_abbreviation_and_seat(text: str, end: int, registers: Registers) -> int:
    """"Trung tâm Kiểm soát bệnh tật" + " (CDC)" + " Hòa Minh": a body whose name
    goes on in lower case may close on its abbreviation, then on the place it
    serves; the place must end the clause or come before a verb of saying.  (A
    police unit's code, "(C06)", is no abbreviation of the name.)  The
    abbreviation alone closing the name is left out of the title, as after a
    known body: "Giám đốc Công ty ... quốc gia (NSMO)"."""
    abbreviation = _NAME_ABBREVIATION_IN_PARENTHESES.match(text, end)
    if abbreviation is None:
        return end
    return _seat_after(text, abbreviation.end(), registers, saying=True) or end


def _seat_after_abbreviation(text: str, end: int, pos: int, org: Match, registers: Registers) -> int:
    """"Trưởng đại diện Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) Đà Nẵng":
    a foreign body's office may be named by its city right after the body's
    abbreviation, without "tại"; the place must close the clause (a name or
    the clause's words after it are no seat)."""
    if not (_OFFICE_ABROAD.match(org.name) or _foreign(text[org.start:end])):
        return end
    region = _REGION_SERVED.match(text, pos)
    return region.end() if region else _seat_after(text, pos, registers) or end


# A world body's regional office is named by the region it serves, after the
# body's abbreviation: "Văn phòng Tổ chức Y tế Thế giới (WHO) khu vực Tây Thái
# Bình Dương", "... (FAO) khu vực châu Á - Thái Bình Dương"; the region closes the clause.
_REGION_NAME = rf"(?:châu {CAP}|{CAP})(?: {CAP}){{0,3}}"
_REGION_SERVED = re.compile(rf" khu vực {_REGION_NAME}(?: [-–] {_REGION_NAME})?(?=[,;.:)]|$)")


def _seat_after(text: str, pos: int, registers: Registers, saying: bool = False) -> int | None:
    """The end of a place of the register right after ``pos`` (and a space)
    that closes the clause, or comes before a verb of saying if ``saying``: a
    body's seat after its abbreviation; None when there is none."""
    place = register_match_at(registers, "place", text, pos + 1) if text.startswith(" ", pos) else None
    if place and (_CLAUSE_CLOSES.match(text, place.end) or (saying and _SAYING.match(text, place.end))):
        return place.end
    return None


def _foreign_firm(name: str) -> bool:
    """"Công ty Anex Tour", "Tập đoàn Lotte": a firm named by words no
    Vietnamese syllable spells, a foreign firm whose branch in a country
    (Việt Nam too) is named by it."""
    named = [w for w in name.split()[1:] if is_cap(w)]  # not "TNHH", "cổ phần"
    return is_firm(name) and bool(named) and all(map(looks_foreign, named))


def _name_goes_on(text: str, end: int) -> bool:
    """A capitalised word follows ``end``: the name read so far is only its start."""
    return text.startswith(" ", end) and text[end + 1:end + 2].isupper()


_HOME_COUNTRY = "Việt Nam"
# A body named by a continent is foreign as one named by a country: "Phòng
# Thương mại châu Âu" + " tại Hà Nội".
_CONTINENT = rf"châu {UP}\w*"
# So is a body of the world's nations: "Quỹ Nhi đồng Liên hợp quốc" + " tại Việt Nam".
_INTERNATIONAL = rf"{_UNITED_NATIONS}|Thế giới|Quốc tế"


def _foreign(body: str) -> bool:
    """A body named by a foreign country, a continent or the world, whose branch
    here is named by where it is: "Hiệp hội Doanh nghiệp Hàn Quốc" + " tại Bắc Ninh"."""
    return _foreign_country_at_end().search(body) is not None


@lru_cache(maxsize=None)
def _foreign_country_at_end() -> re.Pattern[str]:
    countries = [re.escape(c) for c in lexicon.countries() if c != _HOME_COUNTRY]
    return re.compile(rf" (?:{letter_tree(countries, 0)}|{_CONTINENT}|{_INTERNATIONAL})$")


# A village head's title names the village ("Trưởng bản Nà Khoang"): no
# gazetteer holds the villages, so their name is read from the capitals.
_VILLAGE_HEADS = frozenset(f"Trưởng {v}" for v in ("bản", "thôn", "ấp", "xóm", "buôn", "làng",
                                                    "bon", "sóc"))
_MAX_VILLAGE_WORDS = 3


# A village split in two or more keeps its name with a number: "thôn Khe Mơ 2".
_SPLIT_VILLAGE_NUMBER = re.compile(r" \d{1,2}(?![\w/-])(?![.,]\d)")


def _village_name(text: str, end: int) -> Match | None:
    """The capitalised words after a village head, up to the personal name that
    follows ("Trưởng thôn Khe Mơ Lò Văn Páo"): a village name takes up to three,
    and the number of a split village ("Trưởng thôn Khe Mơ 2")."""
    pos, stop = end, end
    for _ in range(_MAX_VILLAGE_WORDS):
        m = NAME_WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        if m is None or not is_cap(m.group()) or starts_personal_name(text, m.start()) \
                or m.group() in lexicon.name_stops():
            break
        pos = stop = m.end()
    if stop > end and (number := _SPLIT_VILLAGE_NUMBER.match(text, stop)):
        stop = number.end()
    return Match(end + 1, stop, text[end + 1:stop]) if stop > end else None


# A village's name closed by punctuation: "Ông Lê An, trưởng thôn Lò Lò Chải, cho biết".
_VILLAGE_CLOSED = re.compile(rf"(?: {CAP}){{1,{_MAX_VILLAGE_WORDS}}}(?=[,;.)]|$)")


def _village_in_apposition(text: str, start: int, end: int) -> Match | None:
    """A village head's title set after its holder's name is closed by
    punctuation: the capitalised words up to it are the village's, even when
    they open with a family name ("Lò", "Vàng"), for no name follows them."""
    m = _VILLAGE_CLOSED.match(text, end)
    if m is None or not holder_named_before(text, start):
        return None
    return Match(end + 1, m.end(), text[end + 1:m.end()])


# A Catholic deanery's dean is titled by the deanery, which is named by its
# town or parish, no gazetteer's either: "Quản hạt Hòa Minh".
_PLACE_NAMED_HEADS = _VILLAGE_HEADS | {"Quản hạt"}
_VILLAGE_WORDS = frozenset(head.split()[-1] for head in _VILLAGE_HEADS)
# The kinds of a Buddhist house, before its name (read as a village's is).
_TEMPLE = re.compile(r" (?:[Cc]hùa|[Tt]u viện|[Tt]hiền viện|[Tt]ịnh xá)(?= )")
# A temple named in Sino-Vietnamese, its kind after the name: "trụ trì Linh Sơn
# Tiên Thạch tự" (寺, a temple); not a monk's name before "tự" (by himself).
_TEMPLE_NAMED_FIRST = re.compile(rf" (?P<name>{CAP}(?: {CAP}){{1,4}}) tự(?!\w)")
# The article's own temple, the kind alone where the title ends: "Hòa thượng
# Lê An, trụ trì chùa cho biết", "..., trụ trì chùa, ...".
_THE_TEMPLE = re.compile(rf" [Cc]hùa(?=[,;.)]|$| [-–] | (?:đồng )?{SAYING_VERBS})")


# A Khmer temple's master of rites serves it, "of" it: "Achar cả của chùa Âng".
_ACHARS = frozenset({"Achar", "Achar cả"})
_TEMPLE_HEADS = _ABBOTS | _ACHARS
_OF_A_TEMPLE = re.compile(rf"{_OF}(?=[Cc]hùa )")


def _of_the_temple(text: str, end: int, head: str) -> int:
    of = _OF_A_TEMPLE.match(text, end) if head in _ACHARS else None
    return of.end() - 1 if of else end


def _temple_headed(text: str, end: int) -> tuple[int, Match | None] | None:
    """The end of the temple an abbot heads, and its name if the text gives
    one: "chùa Âng", "Linh Sơn Tiên Thạch tự", the article's "chùa"."""
    if (temple := _TEMPLE.match(text, end)) and (name := _village_name(text, temple.end())):
        return name.end, name
    if (named := _TEMPLE_NAMED_FIRST.match(text, end)) and not starts_personal_name(text, end + 1):
        return named.end(), Match(named.start("name"), named.end("name"), named["name"])
    if the_temple := _THE_TEMPLE.match(text, end):
        return the_temple.end(), None
    return None


def _tail_to_village(text: str, end: int) -> int | None:
    """"Tổ" + " bảo vệ rừng cộng đồng thôn Khe Mơ": a group of a village named
    in lower case ends with the village's name, which no verb need close."""
    pos = end
    for _ in range(_MAX_TAIL_WORDS):
        m = _TAIL_WORD.match(text, pos)
        if m is None or m["word"] in _TAIL_STOPS or m.group().startswith(","):
            return None
        pos = m.end()
        if m["word"] in _VILLAGE_WORDS and (village := _village_name(text, pos)):
            return village.end
    return None


_VILLAGE_AFTER = re.compile(rf" (?:{VILLAGES})(?= )")
# The village word alone, the village the article is about, closing the
# apposition: "Chi hội trưởng Chi hội Nông dân" + " thôn, cho biết".
_THE_VILLAGE = re.compile(rf" (?:{VILLAGES})(?=[,;)]|\.(?!\w)|$)")


# A village or a town's quarter named by its number: "tổ dân phố số 9", "thôn 4".
_VILLAGE_NUMBER = re.compile(r" (?:số )?\d{1,3}(?![\w/-])(?![.,]\d)")


def _with_village(text: str, end: int) -> int:
    """"Chi hội trưởng Chi hội Nông dân" + " bản Pá Khoang": a body's branch is
    named by its village, whose name no gazetteer holds (see _village_name), or
    by its number ("Chi hội Người cao tuổi" + " tổ dân phố số 9"), or by the
    village word alone where the article is about one village ("... thôn,")."""
    if the_village := _THE_VILLAGE.match(text, end):
        return the_village.end()
    m = _VILLAGE_AFTER.match(text, end)
    if m is None:
        return end
    if number := _VILLAGE_NUMBER.match(text, m.end()):
        return number.end()
    village = _village_name(text, m.end())
    return village.end if village else end


# The relations of two countries: "Đại sứ đặc biệt Việt Nam - Nhật Bản".
_COUNTRY_PAIR = re.compile(r" [-–] ")


def _places_of_title(text: str, end: int, registers: Registers) -> list[Match]:
    """The country (or province) a title names right after its head: "Tổng
    thống [Pháp]", "Đại sứ [Việt Nam] tại [Lào]".  It belongs to the title, so
    that the personal name starts after it."""
    if text[end:end + 1] != " ":
        return []
    place = place_or_country_at(text, end + 1, registers)  # "Cộng hòa Séc" is the name itself
    if place is None and (form := _STATE_FORM.match(text, end + 1)):
        place = place_or_country_at(text, form.end(), registers)
    if place is None:
        return []
    if (pair := _COUNTRY_PAIR.match(text, place.end)) and (other := _country_at(text, pair.end())):
        return [place, other]  # the relations of two countries: "Đại sứ đặc biệt Việt Nam - Nhật Bản"
    posted = _posted_place_at(text, place.end + len(_POSTED_IN), registers) \
        if text.startswith(_POSTED_IN, place.end) else None
    return [place, posted, *_also_accredited_to(text, posted.end)] if posted else [place]


# An envoy accredited to further countries from his post: "Đại sứ Việt Nam tại
# Argentina kiêm nhiệm Paraguay", "... tại Việt Nam kiêm nhiệm Lào và Campuchia".
_ALSO_ACCREDITED = " kiêm nhiệm "
_NEXT_COUNTRY = re.compile(r", | và ")


def _also_accredited_to(text: str, end: int) -> list[Match]:
    if not text.startswith(_ALSO_ACCREDITED, end):
        return []
    countries: list[Match] = []
    pos = end + len(_ALSO_ACCREDITED)
    while (country := _country_at(text, pos)) is not None:
        countries.append(country)
        if (sep := _NEXT_COUNTRY.match(text, country.end)) is None:
            break
        pos = sep.end()
    return countries


def _posted_place_at(text: str, pos: int, registers: Registers) -> Match | None:
    """Where an envoy is posted: a country or a place, maybe with its
    classifier ("Tổng Lãnh sự Hàn Quốc tại TP.Hồ Chí Minh")."""
    return place_or_country_at(text, pos, registers) or classified_place_at(text, pos, registers)


def _country_posted_in(text: str, end: int, registers: Registers) -> list[Match]:
    """"Tùy viên Quốc phòng" + " Việt Nam tại Indonesia": an attaché's or a
    counsellor's field, then the country he serves and the one he is posted in."""
    places = _places_of_title(text, end, registers)
    return places if len(places) >= 2 and text.startswith(_POSTED_IN, places[0].end) else []


# A state's formal name before its short one, part of the title: "Tổng thống
# Cộng hòa Liên bang Brazil", "Cộng hòa Thống nhất Tanzania", "Quốc vương Vương quốc Campuchia", after
# "nước" (country) too: "Đại sứ nước Cộng hòa Dân chủ Nhân dân Lào".  Some
# states are styled "State of": "Đại sứ Nhà nước Palestine".  The press
# abbreviates the forms of the republics: "nước CHDCND Lào", "CHLB Đức".  Its
# own state's form is written in lower case, as the constitution writes it:
# "nước Cộng hòa xã hội chủ nghĩa Việt Nam".
_STATE_FORM = re.compile(r"(?:nước )?(?:Cộng hòa(?: Liên bang| Dân chủ Nhân dân| Nhân dân| Dân chủ| Hồi giáo"
                         r"| [Xx]ã hội chủ nghĩa| Thống nhất| Ả Rập)?|Vương quốc|Liên bang|Đại Công quốc|Công quốc"
                         r"|Nhà nước|CHDCND|CHXHCN|CHND|CHLB|CHDC) ")


# A district or a commune too: "Phó Chủ tịch huyện X" is the vice-chairman of
# the district's people's committee, as "Chủ tịch xã Y" is the commune's.
_PROVINCE_AFTER_HEAD = re.compile(rf" (?:{_LOCALITY_WORDS}) (?=\w)")


def _province_of_title(text: str, end: int, known: Known) -> Match | None:
    """The locality a head names with its classifier: "Tỉnh trưởng tỉnh
    Hủa-phăn", "Phó Chủ tịch tỉnh Lâm Đồng", "Chủ tịch huyện Mường Xén".  One
    outside the gazetteer (abroad, or a district) is read from its capitalised
    words, as after any classifier; a personal name is none."""
    m = _PROVINCE_AFTER_HEAD.match(text, end)
    if m is None:
        return None
    # (A place whose first word is a family name, "Sùng", is read as one
    # where the article names it so elsewhere.)
    return place_at(text, m.end(), known.registers) or known.places_by_start.get(m.end())


# The locality word alone after a head, where the title ends: "Chánh Thanh tra
# thành phố,", "Chủ tịch xã -", "Chủ tịch tỉnh Lê Văn An": the office of the
# article's own locality, which the title names as "Sở Y tế tỉnh" does.
_LOCALITY_ALONE = re.compile(rf" (?:{_LOCALITY_WORDS})(?=[,;:.)]|$| [-–] | (?P<next>\w))")


def _article_locality(text: str, end: int) -> int | None:
    """The end of a bare locality word after a head, when punctuation, a dash or
    a personal name follows it (not a place: "Chủ tịch tỉnh Lâm Đồng" is the
    province's, see _province_of_title)."""
    m = _LOCALITY_ALONE.match(text, end)
    if m is None or (m["next"] is not None and not starts_personal_name(text, m.start("next"))):
        return None
    return m.end()


def place_or_country_at(text: str, pos: int, registers: Registers) -> Match | None:
    """A gazetteer name or a country of the lexicon starting at ``pos``, the longer one."""
    found = [m for m in (register_match_at(registers, "place", text, pos),
                         _country_at(text, pos)) if m is not None]
    return max(found, key=lambda m: m.end, default=None)


def _country_at(text: str, pos: int) -> Match | None:
    m = _country_regex().match(respell(text), pos)
    return Match(pos, m.end(), text[pos:m.end()]) if m and (pos == 0 or not text[pos - 1].isalnum()) \
        else None


def is_country(name: str) -> bool:
    """The name of a country or territory ("Đài Loan"), no person's."""
    return _country_regex().fullmatch(respell(name)) is not None


def country_before(text: str, end: int) -> bool:
    """A country ends at ``end`` ("... hữu nghị Việt Nam - Chile" + a name): no
    personal name goes on over it."""
    return search_before(_country_end_regex(), respell(text), end) is not None


@lru_cache(maxsize=None)
def _country_end_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{letter_tree([re.escape(c) for c in lexicon.countries()], 0)})$")


@lru_cache(maxsize=None)
def _country_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{letter_tree([re.escape(c) for c in lexicon.countries()], 0)})(?!\w)")


def add_title_places(chains: list[list[Role]], analysis: Analysis) -> None:
    """Mark the places named in titles: the places recognizer leaves a country
    glued to the capitalised name after it ("Pháp Emmanuel Macron") unmarked,
    and knows a country without its state's form ("Séc" of "Chủ tịch Cộng hòa
    Séc"), which the title's place then replaces."""
    for role in (role for chain in chains for role in chain):
        if role.head is not None:  # "Đức" opening "Đức Giám mục" is a prelate's honorific, no country
            analysis.places[:] = [p for p in analysis.places if not (p.start == role.head[0] and p.end < role.head[1])]
        for place in role.places:
            overlapping = [p for p in analysis.places if place.start < p.end and p.start < place.end]
            if all(place.start <= p.start and p.end <= place.end for p in overlapping):
                analysis.places[:] = [p for p in analysis.places if p not in overlapping] + [place]
    analysis.places.sort(key=lambda p: p.start)


# --- names -----------------------------------------------------------------------------
