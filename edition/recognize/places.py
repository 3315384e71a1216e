"""Places: provinces, cities and countries of the gazetteer register, and the
name after a classifier ("tỉnh Thanh Hóa", "TP. Quy Nhơn", "huyện X").

The classifier stays outside ``placeName``.  A gazetteer name glued to a
personal name ("Trương Hòa Bình") is left to the persons recognizer, which
decides such conflicts (see ``names.analyse``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..annotate import Context, resolve_entity
from ..model import Inline, Span
from ..registers import Registers, canonical_spelling
from .names import (CAP, CLAUSE_WORD, LOCAL_UNITS, LOW, MIDDLE_NAMES, NAME_WORD, SPACED_WOMAN_S_WORD, Match, analyse, drop_overlapping, first_word_doubled,
                    is_cap, looks_foreign, opens_a_name, register_match_at, register_matches, respell, starts_personal_name, word_after,
                    word_before)
from .window import Near, search_before, word_start

_MAX_UNKNOWN_WORDS = 3
# Provinces are all in the gazetteer, so after "tỉnh" a family name starts a
# personal name ("Chủ tịch UBND tỉnh Phạm Văn An").  Districts, wards,
# streets, border gates and the cities of a province ("TP Châu Đốc", not in
# the gazetteer) are often named after people or open with a family name
# ("phường Trần Phú", "quận Hoàng Mai"): see ``names_people``.
_PROVINCE_LEVEL = frozenset({"tỉnh"})


def recognize(run: Inline, where: str, ctx: Context) -> list[Span]:
    analysis = analyse(run, where, ctx)
    reported = ctx.state.setdefault("places", {"reported": set()})["reported"]
    spans = []
    for match in analysis.places:
        entity = resolve_entity(ctx, "place", canonical_spelling(match.canonical or match.name))
        if not entity.in_register and entity.id not in reported:
            reported.add(entity.id)
            ctx.messages.append(f"place not in the registers: {entity.name} ({entity.id})")
        spans.append(Span(match.start, match.end, "placeName", (("ref", f"#{entity.id}"),)))
    return spans


def names_places(where: str) -> bool:
    """A byline or credit names people and agencies, not places."""
    return where not in ("byline", "figure-credit")


def find_places(text: str, registers: Registers, orgs: list[Match],
                where: str = "paragraph", found_streets: list[Match] | None = None) -> list[Match]:
    """Place mentions in ``text`` that do not cross an organization mention;
    ``found_streets`` are ``streets(text, registers)`` when the caller has them."""
    if where == "byline" and "\n" in text:  # the writer's office under an essay's byline (see parse)
        signature_end = text.index("\n")
        return [m for m in find_places(text, registers, orgs) if m.start > signature_end]
    if not names_places(where):
        return []
    found = [m for m in register_matches(registers, "place", text) if not glued(text, m)]
    found.extend(_after_classifier(text, registers))
    found.extend(_placed_in_unit(text))
    found.extend(streets(text, registers) if found_streets is None else found_streets)
    near = Near(orgs)
    return [m for m in drop_overlapping(found)
            if not any(_crosses(m, o) for o in near.around(m.start, m.end))]


# The units of local government, and the villages and quarters below them
# (the Khmer "sóc", the highland "bon").
_UNITS = "|".join(LOCAL_UNITS)
VILLAGES = "thôn|bản|ấp|xóm|buôn|bon|sóc|làng|tổ dân phố|khu phố"
# An item of a list, with the larger unit it lies in after it: "gồm: Ia Băng,
# Hà Tam (huyện Đak Pơ) và ...".  Two words, the shape of a short name rather
# than a person's; a person's residence comes after a whole name with a word
# of address ("ông Lê Văn Hải (xã Tân Lập)").  So is a weather station's
# place, its province in parentheses, before the amount of rain measured there
# ("..., Hòa Sơn (Phú Yên) 430 mm"): a deputy's province follows his name, no amount.
_PLACED_IN_UNIT = re.compile(rf"(?:(?<=, )|(?<=: )|(?<=; )|(?<= và )|(?<=^))({CAP} {CAP})"
                             rf"(?= \((?:{_UNITS}|TP\.?) | \({CAP}(?: {CAP}){{0,2}}\) \d[\d.,]* ?(?:mm|cm)(?!\w))")


def _placed_in_unit(text: str) -> list[Match]:
    if " (" not in text:
        return []
    return [Match(m.start(), m.end(), m.group()) for m in _PLACED_IN_UNIT.finditer(text)]


def _crosses(a: Match, b: Match) -> bool:
    return a.start < b.end and b.start < a.end and not (
        (b.start <= a.start and a.end <= b.end) or (a.start <= b.start and b.end <= a.end))


def glued(text: str, match: Match) -> bool:
    """True when a gazetteer name is part of a longer capitalised name: after
    a family name ("Trương Hòa Bình") or before another capitalised word (not
    a family name or a foreign word, which start a person's name: "JETRO Hà
    Nội Takeshi Moriyama"), or when it opens a common word ("Pháp luật")."""
    before = word_before(text, match.start)
    if before and is_cap(before) and before in lexicon.family_names():
        return True
    after = word_after(text, match.end)
    if after and not is_cap(after):
        return f"{match.name} {after}" in lexicon.place_homographs()
    return bool(after and after not in lexicon.name_stops()
                and after not in lexicon.family_names() and not looks_foreign(after))


@lru_cache(maxsize=None)  # the lexicon is fixed: compile once, not once per run
def _classifier_regex() -> re.Pattern[str]:
    words = word_start(re.escape(c) for c in lexicon.place_classifiers())  # letter first: skips ahead
    return re.compile(rf"(?:{words})(?:(?=: \w)| ?(?=\w))")  # the colon of a list: see _after_classifier


def _after_classifier(text: str, registers: Registers) -> list[Match]:
    found = []
    for m in _classifier_regex().finditer(respell(text)):
        if _ends_a_compound(text, m):
            continue
        # A plural classifier heads a list: "các xã Tân Lập, Lê Lợi và Hà Lan",
        # perhaps after a colon ("các phường: Tân Lập, Lê Lợi"); one alone does not.
        plural = search_before(_PLURAL_BEFORE, text, m.start(), 8) is not None
        person_named = names_people(m.group())
        if text.startswith(": ", m.end()):
            place = _first_item_of_list(text, m.end() + 2, registers) if plural else None
        else:
            place = place_at(text, m.end(), registers, unknown=True, person_named=person_named,
                             site=names_a_site(m.group()), right_after_unit=person_named) \
                or _registered_with_classifier(text, m, registers)
            if place is None and plural:
                place = _first_item_of_list(text, m.end(), registers) \
                    or _first_of_qualified_list(text, m.end(), registers)
        if place is not None and (_one_word_after_sea_or_island(m.group(), place) or _opens_a_common_word(text, place)):
            continue
        if place is not None and not plural:
            found.extend(_pair_of(place, text, registers, person_named))
        while place is not None:
            place = _dashed_item(text, place) if plural else place
            found.append(place)
            if larger := _larger_unit_after(text, place):
                found.append(larger)
            joiner = _PLACE_LIST_JOINER.match(text, place.end) if plural else None
            place = place_at(text, joiner.end(), registers, unknown=True, person_named=True, listed=True) \
                if joiner else None
    return found


def _opens_a_common_word(text: str, place: Match) -> bool:
    """"Quảng trường Nghĩa trang liệt sĩ", "Khu di tích Ngã ba Đồng Lộc": one
    capitalised word after a classifier that opens a common word with the
    lower-case syllable after it (see ``lexicon.place_homographs``) is no place."""
    after = word_after(text, place.end)
    return " " not in place.name and after is not None and not is_cap(after) \
        and f"{place.name} {after}" in lexicon.place_homographs()


# A sea or an island bears a name of two words or more ("biển Sơn Trà", "đảo
# Sinh Tồn"); one capitalised word after the word is a common word or a side
# of the coast ("biển, đảo Tổ quốc", "bờ biển Tây", "Cảnh sát biển Vùng 3").
_SEA_OR_ISLAND = frozenset({"biển", "đảo"})


def _one_word_after_sea_or_island(classifier: str, place: Match) -> bool:
    return classifier.strip() in _SEA_OR_ISLAND and " " not in place.name


# An item of a list of units named by two names joined by a dash, as some
# wards merged in 2025 are ("các phường: Đông Lâm, Văn Miếu - Quốc Tử Giám,
# Hòa Minh"): the second name runs up to the next item (a route between two
# places is no item of a list of units).
_DASHED_ITEM_REST = re.compile(rf" [-–] {CAP}(?: {CAP}){{0,{_MAX_UNKNOWN_WORDS - 1}}}(?= \(|, | và |[.;:!?]|$)")


def _dashed_item(text: str, place: Match) -> Match:
    rest = _DASHED_ITEM_REST.match(text, place.end)
    return Match(place.start, rest.end(), text[place.start:rest.end()]) if rest else place


def _first_item_of_list(text: str, pos: int, registers: Registers) -> Match | None:
    """The first place of a list after a plural classifier, shaped like a
    person's name ("các xã La Văn Tẩn, Hòa Minh"): an item that another follows."""
    first = place_at(text, pos, registers, unknown=True, person_named=True, listed=True)
    return first if first is not None and _PLACE_LIST_JOINER.match(text, first.end) else None


def _first_of_qualified_list(text: str, pos: int, registers: Registers) -> Match | None:
    """The first place of a list after a plural classifier and its qualifiers
    ("các huyện miền núi" + "Sơn Lâm, Hòa Minh"): an item that another follows."""
    qualifiers = _LIST_QUALIFIERS.match(text, pos)
    if qualifiers is not None and _REGION_OR_PEOPLE_WORD.search(qualifiers.group()):
        return None
    start = qualifiers.end() if qualifiers else pos
    introducer = _LIST_INTRODUCER.match(text, start)
    if qualifiers is None and introducer is None:
        return None
    start = introducer.end() if introducer else start
    first = place_at(text, start, registers, unknown=True, person_named=True, listed=True)
    return first if first is not None and _PLACE_LIST_JOINER.match(text, first.end) else None


# The unit a place lies in, in parentheses after it without its classifier:
# "xã Tân Lập (Hòa Minh)", "thôn Nà Cọ (Đông Lâm)".  Two or three capitalised
# words, the shape of a place's name (a person's residence goes the other way:
# "ông Lê Văn Hải (xã Tân Lập)").
_LARGER_UNIT = re.compile(rf" \(({CAP}(?: {CAP}){{1,2}})\)")


def _larger_unit_after(text: str, place: Match) -> Match | None:
    m = _LARGER_UNIT.match(text, place.end)
    return Match(m.start(1), m.end(1), m.group(1)) if m else None


def _pair_of(place: Match, text: str, registers: Registers, person_named: bool) -> list[Match]:
    """A singular classifier may still name two places: "xã Cương Sơn và Chu Điện".
    One capitalised word after "và" is most often the head of another name
    ("tỉnh X và Tập đoàn Y", "... và Thượng tá Z"), no place."""
    if not text.startswith(_AND, place.end):
        return []
    second = place_at(text, place.end + len(_AND), registers, unknown=True, person_named=person_named)
    return [second] if second is not None and (second.canonical or " " in second.name) else []


_AND = " và "


# A classifier that also ends a common word: "nông thôn" is the countryside, and
# what follows it ("Bộ Nông nghiệp và Phát triển nông thôn Lucia Marta") no village;
# "già làng" is a village elder, and the name after it his ("già làng A Sang");
# "yêu cầu" (to ask) is followed by whom it asks, "điểm cầu Trung ương" names
# a conference's site; "cầu" alone is a bridge; a "tàu biển" is a ship, and
# the name after it the ship's ("tàu biển Hòa Bình Xanh").
_COMPOUND_OF_CLASSIFIER = {"thôn": ("nông",), "làng": ("già",), "biển": ("tàu",),
                           "cầu": ("yêu", "nhu", "toàn", "địa", "bán", "khí", "khẩn", "thỉnh", "mưu", "cung",
                                   "quả", "hoàn", "truy", "cần", "điểm")}


def _ends_a_compound(text: str, classifier: re.Match[str]) -> bool:
    before = _COMPOUND_OF_CLASSIFIER.get(classifier.group().rstrip())
    word = word_before(text, classifier.start()) if before else None
    return word is not None and word.lower() in before


_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:(?i:các|những|hai|ba|bốn|năm)|\d{1,3}) $")
# A plural classifier may be qualified before the list it heads: "các huyện
# miền núi A, B và C", "các xã vùng cao A, B".  A few lower-case words, none
# of which opens a clause ("các xã đã hỗ trợ ..." lists no place), the last
# no word that a region or a people is named after ("các tỉnh miền Bắc",
# "các xã phía Tây", "các buôn đồng bào Ê Đê": no list of places).
_CLAUSE_OPENERS = "và|của|các|những|với|cho|tại|trong|về|là|được|bị|đã|sẽ|đang|vừa|cũng|có|để|cùng|thì|mà"
_LIST_QUALIFIERS = re.compile(rf"(?:(?!(?:{_CLAUSE_OPENERS})(?!\w)){LOW} ){{1,3}}(?=[^\W\d_])")
# A word that introduces the list after the plural classifier and its
# qualifiers: "5 xã mới là Đông Lâm, Hòa Minh và ...", "các phường gồm: ...".
_LIST_INTRODUCER = re.compile(r"(?:là|gồm(?: có)?|như):? (?=[^\W\d_])")
_REGION_OR_PEOPLE_WORD = re.compile(r"(?<!\w)(?:miền|phía|vùng|khu vực|đồng bào|dân tộc|người) $")
LIST_JOINER = re.compile(r", | và ")
# An item of a list of places may name the unit it lies in: "các huyện Ba Tri,
# Bình Đại (Bến Tre), Trần Đề (Sóc Trăng) và ...", "Ia Sao (huyện Ia Grai); Kông Htok".
# A note in parentheses after a list's item: "Lê Lợi (quận 1)", "Kim Min-su (Hàn Quốc)".
LIST_ITEM_NOTE = r" \([^()\n]{1,40}\)"
_PLACE_LIST_JOINER = re.compile(rf"(?:{LIST_ITEM_NOTE}(?:, | và |; )|, | và )")


_MAX_PLACE_CHARS = 60


def _registered_with_classifier(text: str, classifier: re.Match[str], registers: Registers) -> Match | None:
    """"thành phố Hồ Chí Minh", "TP.Hồ Chí Minh": a place the gazetteer names
    with its classifier ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"), whose
    name alone is a person's.  The classifier is read as the gazetteer writes
    it (capitalised, a space after it); the name after it is the place."""
    word = classifier.group().rstrip()
    probe = word[0].upper() + word[1:] + " "
    pos = classifier.end()
    registered = register_match_at(registers, "place", probe + text[pos:pos + _MAX_PLACE_CHARS], 0)
    if registered is None or registered.end <= len(probe):
        return None
    end = pos + registered.end - len(probe)
    return Match(pos, end, text[pos:end], canonical=registered.name)


def classified_place_at(text: str, pos: int, registers: Registers) -> Match | None:
    """A place of the gazetteer after its classifier, which starts at ``pos``
    ("TP.Hồ Chí Minh", "tỉnh Gia Lai"): the name after the classifier."""
    classifier = _classifier_regex().match(respell(text), pos)
    if classifier is None:
        return None
    return place_at(text, classifier.end(), registers, unknown=False) \
        or _registered_with_classifier(text, classifier, registers)


@lru_cache(maxsize=None)
def _classifier_before_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(c) for c in lexicon.place_classifiers())
    return re.compile(rf"(?<!\w)(?:{words}) ?$")


def classifier_before(text: str, pos: int) -> str | None:
    """The place classifier standing right before ``pos`` ("TP.", "thành phố "), if any."""
    m = search_before(_classifier_before_regex(), respell(text), pos, 16)
    return m.group() if m else None


def after_classifier(text: str, pos: int) -> bool:
    """A place classifier stands right before ``pos`` ("TP.", "thành phố ")."""
    return classifier_before(text, pos) is not None


# A stretch between two places: "đoạn Cam Lâm - Ninh Sơn", "dự án Quản Lộ -
# Phụng Hiệp".  Either end may read as a short personal name.
_ROUTE = re.compile(rf"(?<![\w-])({CAP} {CAP}(?: {CAP})?) [-–] ({CAP} {CAP}(?: {CAP})?)(?![\w-])")
# A unit that no longer exists since the merger of 2025: "huyện Lục Ngạn cũ",
# "Sơn Động, Lục Ngạn cũ".  A person is never "former" (a former office is "nguyên").
_FORMER_UNIT = re.compile(rf"(?<![\w-])({CAP}(?: {CAP}){{1,2}}) cũ(?!\w)")
# A whole name after "khu vực" (an area), ending its clause or its item: "tại
# khu vực Hồ Đông Lâm, phường ...".  No one is "an area": the name is a place,
# a lake or a square too, even one opening with a family name ("Hồ" is a lake).
_AREA_NAME = re.compile(rf"(?<!\w)khu vực ({CAP}(?: {CAP}){{1,2}})(?= \(|, | và |[.;:!?]|$)")
# A battlefront, a battlefield or a war cemetery named after its land: "trên
# mặt trận Đông Lâm, ...", "chiến trường Hòa Minh.", "Nghĩa trang Liệt sĩ quốc
# gia Đông Lâm,".  A front is fought on a place, and a war cemetery is named
# after one, never after a person (a shrine is: see persons._SHRINE_BEFORE).
_FRONT_NAME = re.compile(rf"(?<!\w)(?:mặt trận|chiến trường|chiến khu|[Nn]ghĩa trang(?: [Ll]iệt sĩ)?(?: quốc gia)?)"
                         rf" ({CAP}(?: {CAP}){{1,2}})(?= \(|, | và |[.;:!?]|$)")


# A memorial to the fallen is named after the land they fell on: "Đài tưởng
# niệm liệt sĩ Đông Lâm,", "Đền tưởng niệm các anh hùng liệt sĩ Hòa Minh.".
# A rite for one martyr names him ("lễ tưởng niệm liệt sĩ Lê Văn An"): a name
# that a family name opens is left to the persons recognizer.
_MEMORIAL_NAME = re.compile(rf"(?<!\w)[Tt]ưởng niệm(?: các)?(?: [Aa]nh hùng)? [Ll]iệt sĩ ({CAP}(?: {CAP}){{1,2}})"
                            rf"(?= \(|, | và |[.;:!?]|$)")


# A wharf named after its river or quarter, its use between: "bến đò Hòa
# Minh.", "Bến xe Đông Lâm,", "bến thả hoa Vĩnh An.".  Capitalised, "Bến"
# takes a word of use first: "Bến Tre" is a whole name.
_WHARF_NAME = re.compile(rf"(?<!\w)(?:bến(?: (?!{CLAUSE_WORD}){LOW}){{0,2}}|Bến(?: (?!{CLAUSE_WORD}){LOW}){{1,2}})"
                         rf" ({CAP}(?: {CAP}){{1,2}})(?= \(|, | và |[.;:!?]|$)")
# A guild of a folk art is named after its village: "phường rối nước Hòa Minh
# biểu diễn", "phường chèo Đông Lâm" ("phường" a guild here, not a ward).
_GUILD_NAME = re.compile(rf"(?<!\w)[Pp]hường (?:rối(?: nước| cạn)?|chèo|tuồng|bát âm) ({CAP}(?: {CAP}){{1,2}})"
                         rf"(?= \(|, | và |[.;:!?]|$| {LOW}(?!\w))")


def _memorial_names(text: str) -> list[str]:
    return [m.group(1) for m in _MEMORIAL_NAME.finditer(text) if not starts_personal_name(text, m.start(1))]


def article_place_names(texts: list[str], registers: Registers) -> set[str]:
    """The names an article writes as places somewhere: after a classifier
    ("TP Châu Đốc"), as an end of a route, as a former unit, as an area, as a
    battlefront, a war cemetery or a memorial to the fallen, as a wharf or a
    folk art's guild, as a street
    ("đường Lê Lợi", then "ùn tắc ở Lê Lợi").  Where the same
    name stands elsewhere with nothing to say it is a person ("ở Châu Đốc"),
    it is the place all the same."""
    names = set()
    for text in texts:
        names.update(m.name for m in _after_classifier(text, registers))
        names.update(end for route in _routes(text) for end in route)
        names.update(m.group(1) for m in _FORMER_UNIT.finditer(text) if _whole_name(text, m.start()))
        names.update(m.group(1) for m in _AREA_NAME.finditer(text))
        names.update(m.group(1) for m in _FRONT_NAME.finditer(text))
        names.update(_memorial_names(text))
        names.update(m.group(1) for pattern in (_WHARF_NAME, _GUILD_NAME) for m in pattern.finditer(text))
        names.update(m.name for m in streets(text, registers))
    return names


def _routes(text: str) -> list[tuple[str, str]]:
    """The two ends of each route of ``text``: two capitalised names joined by
    a dash after a lower-case word (or after a comma that closes another
    route: "đoạn A - B, B - C"), neither a title ("Nguyễn Văn An - Phó Chủ
    tịch ...") and not both personal names (two persons paired)."""
    found = []
    last_end = -1
    for m in _ROUTE.finditer(text):
        after_route = m.start() == last_end + 2 and text.startswith(", ", last_end)
        if not (after_route or _whole_name(text, m.start()) and word_before(text, m.start())):
            continue
        ends = (m.group(1), m.group(2))
        if any(_opens_a_title(end) for end in ends) \
                or all(starts_personal_name(text, m.start(i)) for i in (1, 2)):
            continue
        found.append(ends)
        last_end = m.end()
    return found


def _whole_name(text: str, start: int) -> bool:
    """No capitalised word right before ``start``: the name begins there."""
    before = word_before(text, start)
    return not (before and is_cap(before))


def _opens_a_title(name: str) -> bool:
    first = name.split()[0]
    return first in lexicon.name_stops() or any(name.startswith(h) for h in lexicon.title_heads())


# Streets and junctions are mostly named after people ("đường Lê Lợi", "phố
# Trần Nhân Tông", "đại lộ Võ Nguyên Giáp"): the whole personal name after
# such a word is the street's.  Not "phố" of "thành phố".  A junction or a
# stretch names two streets with a dash ("giao lộ Lê Lợi - Hai Bà Trưng"), and
# one street word may head a list ("trên phố Kim Mã, Giảng Võ và Lê Duẩn").
# A station is named so too, perhaps after its code on the line ("ga ngầm S9 Kim Mã"),
# and a street kept for walkers ("phố đi bộ Trần Nhân Tông").
_STREET_WORD = re.compile(r"(?<!\w)(?:tuyến đường|trục đường|[Đđ]ường|đại lộ|(?<![Tt]hành )(?<![Kk]hu )phố|ngõ|hẻm|"
                          r"giao lộ|nút giao|ngã tư|ngã ba|ngã năm|ngã sáu|ga(?: ngầm| trên cao)?(?: [A-Z]\d{1,2})?)"
                          r"(?: đi bộ)? (?=\w)")
# The road capitalised as a route's name ("Hội Truyền thống Trường Sơn - Đường
# Hồ Chí Minh", the trail; "Đường Lê Lợi ngập sâu" under a photo) is a street
# word only before a whole personal name: before other words it opens a
# project's or a work's name ("dự án Đường Vành đai 3").
_ROAD_AS_A_NAME = "Đường "
# Routes of a city listed after their kind, in the plural, as examples: "các
# trục hướng tâm như Lê Lợi, Giải Phóng", "các tuyến phố chính gồm ...": the
# street word stands before its qualifiers, not before the names; or right
# before them ("ưu tiên các tuyến Lê Lợi, Giải Phóng").  "Many" or "some"
# make the plural as well ("nhiều tuyến phố như Lê Lợi, Giải Phóng").
_STREET_LIST_HEAD = re.compile(rf"(?<!\w)(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ột số) (?:tuyến|trục)(?: đường| phố)?"
                               rf"(?:(?: {LOW}){{0,3}}? (?:như|gồm|là))? (?=\w)")
# A part of every street word, and of every list head: a run with none of them
# is not searched ("tuyến " alone would let every "trực tuyến" through).
_STREET_WORD_PARTS = ("đường", "Đường", "đại lộ", "phố", "ngõ", "hẻm", "giao", "ngã ", "ga ")
_STREET_LIST_PARTS = ("tuyến ", "trục ")
# An address names the street after the house number: "số 5 Lê Lai", "số 12B
# Trần Hưng Đạo".  Only a person's name is taken so (no street word says the
# rest is a street): "Tổng công ty Xây dựng số 1 Việt Nam" names no street.
_HOUSE_NUMBER = re.compile(r"(?<!\w)số \d{1,4}[A-Z]?(?:/\d{1,4})? (?=\w)")
# The list goes on past the district a street lies in, in parentheses: "các
# tuyến đường Lê Lợi (quận 1), Trần Phú (quận 5)".
_STREET_JOINER = re.compile(rf" [-–] |(?:{LIST_ITEM_NOTE})?(?:, | và )")
_MAX_STREET_WORDS = 4


def streets(text: str, registers: Registers) -> list[Match]:
    """The street names after a street word, the second street of a junction
    and the other streets of a list."""
    spelled = respell(text)
    found = _addressed_streets(text) if "số " in text else []
    heads = [*_STREET_WORD.finditer(spelled)] if any(part in spelled for part in _STREET_WORD_PARTS) else []
    if any(part in spelled for part in _STREET_LIST_PARTS):
        heads += _STREET_LIST_HEAD.finditer(spelled)
    for m in heads:
        if text.startswith(_ROAD_AS_A_NAME, m.start()) and not starts_personal_name(text, m.end()):
            continue
        street = _street_at(text, m.end(), registers)
        while street is not None:
            found.append(street)
            joiner = _STREET_JOINER.match(text, street.end)
            street = _street_at(text, joiner.end(), registers) if joiner else None
    return found


def _addressed_streets(text: str) -> list[Match]:
    found = []
    for m in _HOUSE_NUMBER.finditer(text):
        words = _capitalised_run(text[m.end():m.end() + 120])[:_MAX_STREET_WORDS]
        if len(words) >= 2 and starts_personal_name(text, m.end()):
            found.append(Match(m.end(), m.end() + words[-1].end(), text[m.end():m.end() + words[-1].end()]))
    return found


def _street_at(text: str, pos: int, registers: Registers) -> Match | None:
    """A gazetteer name, or two to four capitalised words: one capitalised
    word after "đường" is too often no street ("lễ đường Nhân dân")."""
    registered = register_match_at(registers, "place", text, pos)
    words = _capitalised_run(text[pos:pos + 120])[:_MAX_STREET_WORDS]
    if len(words) < 2:
        return registered
    end = pos + words[-1].end()
    if registered is not None and registered.end > end:
        return registered
    return Match(pos, end, text[pos:end])


def names_people(classifier: str) -> bool:
    """True for a place word after which a place may bear a person's name
    ("phường Trần Phú"): any but a province's."""
    word = classifier.strip().lower()
    return word in _classifiers_lower() and word not in _PROVINCE_LEVEL


# The words of local government and of its villages, which may end a title
# before its holder's name ("Chủ tịch UBND huyện Lê Văn Tám").
_ADMINISTRATIVE = frozenset({*_UNITS.split("|"), *VILLAGES.split("|"), "tp", "tp.", "đặc khu"})


def is_administrative(classifier: str) -> bool:
    """The word of a unit of local government or of a village ("huyện ", "đặc
    khu ", "ấp "), not a site's ("cầu": "yêu cầu" + whom one asks)."""
    return classifier.strip().lower() in _ADMINISTRATIVE


def names_a_site(classifier: str) -> bool:
    """True for the word of a work or a landmark ("cửa khẩu quốc tế Ma Lù Thàng",
    "cảng biển Trần Đề"): no title ends on it, so the capitalised words after
    it are the site's name whatever their shape, a person's name too."""
    word = classifier.strip().lower()
    return word in _classifiers_lower() and word not in _ADMINISTRATIVE


@lru_cache(maxsize=None)
def _classifiers_lower() -> frozenset[str]:
    return frozenset(c.lower() for c in lexicon.place_classifiers())


def place_at(text: str, pos: int, registers: Registers, unknown: bool = True,
             person_named: bool = False, listed: bool = False, site: bool = False,
             right_after_unit: bool = False) -> Match | None:
    """The place name starting exactly at ``pos``: a gazetteer name, or (with
    ``unknown``) one to three capitalised words that do not start a
    personal name.  With ``person_named`` (after "phường", "quận", ...) a
    two-word name that starts with a family name is a place all the same
    ("phường Trần Phú"); a longer one stays a person ("huyện Lê Văn Tám"),
    unless ``listed`` (an item of a list of places) and the item ends there
    ("các huyện An Minh và Trần Văn Thời, U Minh"), or the name is a ``site``'s
    (see ``names_a_site``).  ``right_after_unit`` (the name that follows a
    unit's word, not a later item of a pair or a list) may open with a word
    that opens a body's name ("phường Hội An"; "... và Hội Cựu chiến binh"
    is the association)."""
    registered = register_match_at(registers, "place", text, pos)
    if registered is not None and not (unknown and _name_runs_on(text, registered.end)):
        return registered
    if not unknown:
        return None
    if SPACED_WOMAN_S_WORD.match(text, pos):
        return None  # "tỉnh H' Lim Niê": an Ê Đê woman's name after the unit, no place "H"
    words = _capitalised_run(text[pos:pos + 120], stop_may_open=right_after_unit)
    if not words:
        return None
    length = _place_length(words)
    whole_item = listed and length == len(words) <= _MAX_UNKNOWN_WORDS \
        and _ITEM_END.match(text, pos + words[-1].end()) is not None
    if not whole_item and not site and _reads_as_a_person(text, pos, words, length, person_named):
        return None
    names = words[:length]
    return Match(pos, pos + names[-1].end(), text[pos:pos + names[-1].end()])


def _reads_as_a_person(text: str, pos: int, words: list[re.Match[str]], length: int, person_named: bool) -> bool:
    """Unknown capitalised words that open a personal name ("huyện Lê Văn Tám"),
    unless a place may bear one ("phường Trần Phú", a name that an address
    goes on from), or that hold a middle name ("Tỉnh ủy" + "Giáp Thị Hồng
    Nhung"), whatever the family name.  A unit of an address is a place
    whatever its shape, a middle name too ("xã Hòa Minh, huyện Lê Văn Tám,");
    so are words that say their first syllable twice ("thôn Lô Lô Chải")."""
    in_address = person_named and (_address_goes_on(text, pos, words) or _address_comes_up_to(text, pos)
                                   or _unit_after_a_locative(text, pos, words)
                                   or _unit_of_a_title_in_apposition(text, pos, words))
    if len(words) > 2 and first_word_doubled(words):  # (two alone may be a Chinese name, "Dương Dương")
        return False
    if opens_a_name(words[0].group()) and not (person_named and length == 2 or in_address):
        return True
    return not in_address and _middle_name_second(words, length)


def _name_runs_on(text: str, end: int) -> bool:
    """A registered name is only the start of a longer, unknown one when a
    capitalised word that opens no personal name follows it: "huyện Đức
    Trọng", "huyện Anh Sơn" are not the countries "Đức" and "Anh"."""
    words = _capitalised_run(text[end + 1:end + 40]) if text[end:end + 1] == " " else []
    return bool(words) and not (opens_a_name(words[0].group()) or _opens_a_highland_name(words, 0))


# Where an item of a list ends: the next item, the unit it lies in, or the clause's end.
_ITEM_END = re.compile(r" \(|, | và |[.;:!?]|$")
# An address goes on from the smallest unit to the largest: "thôn Lô Lô Chải,
# xã Lũng Cú, huyện Đồng Văn".
_ADDRESS_GOES_ON = re.compile(rf", (?:{VILLAGES}|{_UNITS}) (?=\w)")


def _address_goes_on(text: str, pos: int, words: list[re.Match[str]]) -> bool:
    """A name that a larger unit of an address follows is a place, even one that
    opens with a family name; a title's name after "huyện" is followed by
    anything else ("Chủ tịch UBND huyện Lê Văn Tám cho biết")."""
    return len(words) <= _MAX_UNKNOWN_WORDS and _ADDRESS_GOES_ON.match(text, pos + words[-1].end()) is not None


# The smaller unit of an address and its comma, before the larger unit's
# classifier: "xã Lũng Cú, huyện " + "Đồng Văn".
_ADDRESS_COMES_UP = re.compile(rf"(?<!\w)(?:{VILLAGES}|{_UNITS}) {CAP}(?: {CAP}){{0,3}}, (?:{_UNITS}) $")


def _address_comes_up_to(text: str, pos: int) -> bool:
    """A name whose classifier follows a smaller unit of an address is the
    larger unit ("xã Lũng Cú, huyện Đinh Sơn Hà"), whatever its shape; a
    title names no second unit after its commune's."""
    return search_before(_ADDRESS_COMES_UP, text, pos) is not None


# A unit after "tại" or "ở" (at, in) is where something happens: "Tại xã Lê
# Văn Hòa, nông dân ...", "ở phường Lê Văn Tám và ...".  A title's holder
# follows the unit's body, never a locative ("Chủ tịch UBND xã Lê Văn Tám").
_LOCATIVE_UNIT_BEFORE = re.compile(rf"(?<!\w)(?:[Tt]ại|[Ởở]) (?:{VILLAGES}|{_UNITS}) $")


def _unit_after_a_locative(text: str, pos: int, words: list[re.Match[str]]) -> bool:
    """A name after a locative and a unit's classifier, closing its clause or
    its item, is the unit's: "tại xã Lý Văn Lâm, huyện ..."."""
    return len(words) <= _MAX_UNKNOWN_WORDS and _ITEM_END.match(text, pos + words[-1].end()) is not None \
        and search_before(_LOCATIVE_UNIT_BEFORE, text, pos) is not None


@lru_cache(maxsize=None)  # the lexicon is fixed: compile once
def _title_in_apposition_before() -> re.Pattern[str]:
    """A name after its word of address, its comma, then a title up to a
    unit's classifier: "bà Lê Thị An, Bí thư Đảng ủy xã "; one title, no
    "và" opening another ("..., Chủ tịch tỉnh và Phó Chủ tịch tỉnh ")."""
    address = word_start(re.escape(h) for h in lexicon.honorifics())
    return re.compile(rf"(?:{address}) {CAP}(?: {CAP}){{1,4}}, (?:(?!và )[^,.;:()\n]){{1,80}}"
                      rf"(?<!\w)(?:{VILLAGES}|{_UNITS}) $")


def _unit_of_a_title_in_apposition(text: str, pos: int, words: list[re.Match[str]]) -> bool:
    """The title set off after a name has its holder already ("bà Lê Thị An,
    Bí thư Đảng ủy xã Hòa Minh Thượng, đề nghị ..."): the capitalised words
    after its unit, closing the title, are the unit's whatever their shape, no
    second holder (a word that goes on in lower case is a body's: "Giám đốc
    Hợp tác xã Nông nghiệp ...")."""
    return len(words) <= _MAX_UNKNOWN_WORDS and _ITEM_END.match(text, pos + words[-1].end()) is not None \
        and search_before(_title_in_apposition_before(), text, pos, 160) is not None


def _middle_name_second(words: list[re.Match[str]], length: int) -> bool:
    """A middle name as the second word marks a personal name ("Giáp Thị Hồng
    Nhung", "Chẩu Văn Lâm"), not as its last word ("huyện Đồng Văn"); "Văn"
    may be a place's second word when a whole name follows the two ("Huyện
    ủy Đồng Văn" + "Vương Đức Thắng")."""
    second = words[1].group() if len(words) > 1 else None
    if len(words) == 2:
        return False
    if second == "Văn":
        return not (length == 2 and len(words) >= 5)
    return second in MIDDLE_NAMES


# A run long enough for an unknown place followed by a personal name.
_MAX_RUN = _MAX_UNKNOWN_WORDS + 4


def _capitalised_run(text: str, stop_may_open: bool = False) -> list[re.Match[str]]:
    """The capitalised words at the start of ``text``, one space apart, up to a
    word that opens a title or a body.  With ``stop_may_open`` (after a unit's
    word) such a word may open the run when a name's word follows it: "phường
    Hội An", "huyện Vụ Bản", "phường Thủ Dầu Một" (not "Phó Chủ tịch")."""
    if not text[:1].isupper():
        return []  # the first word opens the text, capitalised (most calls: no word)
    run: list[re.Match[str]] = []
    for m in NAME_WORD.finditer(text):  # "Phông-xa-lỳ" is one word
        word = m.group()
        gap = text[run[-1].end():m.start()] if run else text[:m.start()]
        stops = word in lexicon.name_stops() and not (stop_may_open and not run)
        if gap != ("" if not run else " ") or not is_cap(word) or stops or len(run) == _MAX_RUN:
            break
        run.append(m)
    if stop_may_open and len(run) == 1 and run[0].group() in lexicon.name_stops():
        return []
    return run


def _one_word_place_before_short_name(place_words: int, name_words: int) -> bool:
    """"sân bay Tân Sơn Nhất" is not "Tân" + a person "Sơn Nhất": places are
    rarely one syllable, and a two-syllable name with no title before it is no
    stronger a reading than the three-word place."""
    return place_words == 1 and name_words == 2


# Highland names open with a word for man or woman: "A" and "Y" (Xơ Đăng,
# Ba Na), "Y" (Ê Đê).  A name has one: of two in a row the first ends a place.
_GENDER_WORDS = frozenset({"A", "Y"})
# "Y" is a family name of the lexicon; "A" is not, for a lone "A" also ends
# places ("huyện Châu Thành A") and opens them ("huyện A Lưới").
_MAN = "A"


def _opens_a_name_at(words: list[re.Match[str]], i: int) -> bool:
    """Whether the name after a place may start at ``words[i]``: at a family
    name, except "Y" before "A" ("xã Bờ Y | A Pó"), where the second word for
    man or woman opens the name, or at the "A" of a highland man's name."""
    word = words[i].group()
    if word in _GENDER_WORDS and i + 1 < len(words) and words[i + 1].group() in _GENDER_WORDS:
        return False
    return opens_a_name(word) or _opens_a_highland_name(words, i)


def _opens_a_highland_name(words: list[re.Match[str]], i: int) -> bool:
    """"A" before a given name is a man's name (Xơ Đăng, Ba Na, Cơ Tu: "tỉnh
    Kon Tum | A Khiêm"), not a place's last word: a place that ends in "A"
    ("xã Vĩnh Hòa A") ends its run of capitals, or a whole name follows it
    ("xã Vĩnh Hòa A | Lê Minh Tâm")."""
    given = words[i + 1:]
    return words[i].group() == _MAN and bool(given) and not (len(given) > 1 and opens_a_name(given[0].group()))


def _place_length(words: list[re.Match[str]]) -> int:
    """How many of ``words`` an unknown place takes: it ends before a personal
    name that follows it ("Tỉnh ủy Đông Lâm | Trần Quốc Hưng").  The name
    starts at a family name and has two to four words; where several family
    names could start it, a three-word name (the common length) is preferred.
    A Lao place transliterated syllable by syllable ends at its hyphenated
    word ("Luông Pha-bang", "Hủa-phăn"): what follows is another name.  A run
    that ends in a compound direction is all place: no personal name ends so."""
    transliterated = next((i for i, w in enumerate(words) if "-" in w.group()), None)
    if transliterated is not None and transliterated < _MAX_UNKNOWN_WORDS:
        return transliterated + 1
    if _is_compound_direction(words[-2:]):
        return _with_compound_direction(words, min(len(words), _MAX_UNKNOWN_WORDS))
    starts = [i for i in range(1, min(len(words), _MAX_UNKNOWN_WORDS + 1))
              if _opens_a_name_at(words, i) and 2 <= len(words) - i <= 4
              and not _one_word_place_before_short_name(i, len(words) - i)]
    if not starts:
        return min(len(words), _MAX_UNKNOWN_WORDS)
    return next((i for i in starts if len(words) - i == 3), starts[0])


# The four compound points of the compass, which end many a commune's name
# after its base ("xã Hòa Minh Đông Nam"): the two words belong together.
_COMPOUND_DIRECTIONS = frozenset({("Đông", "Bắc"), ("Đông", "Nam"), ("Tây", "Bắc"), ("Tây", "Nam")})


def _with_compound_direction(words: list[re.Match[str]], length: int) -> int:
    """A place cut after the first word of a compound direction takes the
    second as well: "Hòa Minh Tây | Bắc" is "Hòa Minh Tây Bắc"."""
    if 2 <= length < len(words) and _is_compound_direction(words[length - 1:length + 1]):
        return length + 1
    return length


def _is_compound_direction(words: list[re.Match[str]]) -> bool:
    """"Tây Nam" in "xã Phú Lâm Tây Nam", which is no "Phú" + "Lâm Tây Nam"."""
    return tuple(w.group() for w in words) in _COMPOUND_DIRECTIONS
