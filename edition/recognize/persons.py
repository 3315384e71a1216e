"""Persons, with their titles.

A personal name is two to four capitalised syllables.  It is taken as a
person when it starts with a family name of the lexicon ("Lê Hải Bình"), or
when other evidence says so: a title before it ("Tổng thống Joe Biden"), a
word of address ("đồng chí", "ông"), the byline, a photo credit.  Titles
form chains ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ") before the name or
after it ("Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy" or
"Lê Kim Toàn - Phó Bí thư ..."); each title is a ``roleName`` inside the
``persName`` and is listed as the entry's occupation.  Back-references
("ông Long" after "Nguyễn Phi Long") and register aliases ("Bác" for Hồ Chí
Minh, only where used as a name) resolve to the same entry.

Reading a name is ``personal_names``; the grammar of a title (its head, its
body, where it ends) is ``titles``.  This module decides which names are
persons and which titles are theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile
from typing import Iterator

from .. import lexicon
from ..annotate import Context, resolve_entity
from ..ids import xml_id
from ..model import Inline, Span
from ..registers import Registers, name_key
from .names import (CAP, CLAUSE_WORD, GENDER_PREFIX, LO, LOW, LOWER_WORD_AFTER, MIDDLE_NAMES, SAYING_VERBS, UP, Analysis, looks_foreign,
                    Match, PersonMention, reads_as_brand,
                    Role, letter_tree, at_sentence_start, inside, is_cap, opens_a_name, register_match_at, register_matches,
                    starts_personal_name,
                    word_after, word_before, word_start_tree, analyse, drop_overlapping)
from .document_heads import DOCUMENT_HEADS
from .orgs import credit_parts
from .personal_names import HIGHLAND_ONE_WORD_NAME, MAX_NAME_WORDS, honorific_regex, name_at, reads_as_personal_name, words_tree
from .places import (LIST_ITEM_NOTE, LIST_JOINER, after_classifier, article_place_names, classifier_before, is_administrative,
                     names_places)
from .titles import (DEPUTY_WORDS, FORMER_LOCALITY, Known, add_title_places, country_before, holder_named_before, is_country,
                     place_or_country_at, title_chains)
from .window import Occupied, search_before, word_start

# " (": "X (nguyên Giám đốc Sở Y)", "X, Bí thư Huyện ủy (nay là Phó Giám đốc Sở Y)";
# "nay là " belongs to the roleName (the persName's own text is the name),
# not to the title.  Court and police news put the year of birth first:
# "X (SN 1981, cựu kế toán trưởng Công ty Y)", "X (52 tuổi, nguyên ...)", or
# close the note before the titles: "X (SN 1981), Giám đốc Công ty Y", the note
# with where he lives: "X (SN 1982, ngụ TP Y), cựu giám đốc ...".  Some
# outlets glue the dash to the name: "X- Bí thư Tỉnh ủy".
_BIRTH_OR_AGE = r"(?:(?:SN|sinh năm) \d{4}|\d{1,3} tuổi)"
_HOME = r"(?:ngụ|trú|thường trú|tạm trú|quê(?: quán)?|ở) [^()\n]{1,60}?"
_RESIDENCE = rf"(?:, {_HOME})?"
# ... or with the person's people or home alone: "X (dân tộc Dao), người có
# uy tín thôn Y", "X (quê Sơn La), công nhân Công ty Y".
_ETHNICITY = r"(?:dân tộc|người) [^()\n,]{1,20}"
# ... or a foreigner's nationality: "X (quốc tịch Hàn Quốc), Tổng Giám đốc Công ty Y".
_NATIONALITY = r"quốc tịch [^()\n,]{1,30}"
# Between commas too: "X, 85 tuổi, nguyên Phó Tư lệnh Quân khu Y", the age
# with where he lives: "X, 90 tuổi, ở xã Y, nguyên Chủ tịch UBND xã"; and the
# present office after the former: "..., hiện là Chủ tịch Hội Y".
_NOW = r"(?:nay|hiện) là "
# ... and his people or home: "X, người Dao, Trưởng xóm Y" (named, so capitalised),
# "X, người dân tộc Tày, ..."; a people's branch goes on in lower case, by the
# colour or the dress its people wear: "người Dao đỏ", "người Mông hoa"; a
# congress's delegate may be said to speak for his people: "X, đại biểu người
# dân tộc Khmer, Bí thư Đảng ủy xã Y" (no office: his titles follow).
_PEOPLE_OR_HOME = rf"(?:đại biểu )?(?:(?:người )?dân tộc|người) {UP}[\w'’-]*(?: {UP}[\w'’-]*)?(?: {LOW}(?=, ))?"
# ... or with a foreigner's name as his own language spells it, or its
# Vietnamese reading: "Đàm Kiến Quốc (Tan Jianguo), Phó Chủ nhiệm ...", "Lin
# Chih-Wei (Lâm Chí Vỹ), Tổng Giám đốc ...".
_OTHER_SPELLING = rf"{UP}[\w'’-]*(?: {UP}[\w'’-]*){{1,3}}"
# ... or with another name he goes by, a monk's religious name first of all:
# "Hòa thượng X (pháp danh Y), Phó Trưởng Ban Trị sự ...", "X (bí danh Y), ...".
_ALIAS = r"(?:pháp danh|pháp hiệu|thế danh|bí danh|tên thật|tên khai sinh|tức) [^()\n]{1,40}"
# ... or with the delegation a deputy sits for: "Đại biểu X (Đoàn ĐBQH tỉnh
# Y), Phó Chủ nhiệm Ủy ban ...", as "(tỉnh Y)" alone is.
_DELEGATION = r"(?:[Đđ]oàn )?(?:ĐBQH|đại biểu Quốc hội) [^()\n]{1,40}"
# ... or, in a notice of a leader's death, with his birth and home as fields
# parted by semicolons: "Đồng chí X (bí danh Y), sinh ngày 2/5/1940; quê quán:
# xã A, tỉnh B; nguyên Bí thư ..., nguyên Bộ trưởng ...; đã từ trần".
_BIRTH_AND_HOME_FIELDS = r"sinh (?:ngày|năm) [\d/.-]{4,10}(?:; quê(?: quán)?:? [^;()\n]{1,80})?; "
# ... or, in a photo's caption, with where he stands in it: "X (bìa trái),
# Giám đốc Công ty Y, trao đổi ...", "X (thứ hai từ phải sang), Chủ tịch ...".
_PHOTO_POSITION = r"(?:bìa |đứng |ngồi )?(?:trái|phải|giữa)|thứ (?:\d|\w+) từ (?:trái|phải)(?: sang| qua)?"
_SUFFIX_SEP = re.compile(rf"(?:, (?:(?:{_BIRTH_OR_AGE}(?:, {_HOME})?|{_PEOPLE_OR_HOME}), |{_BIRTH_AND_HOME_FIELDS})?(?P<now>{_NOW})?"
                         rf"| [-–—] ?|[-–—] "
                         rf"| \((?:{_BIRTH_OR_AGE}{_RESIDENCE}|{_HOME}|{_ETHNICITY}|{_NATIONALITY}|{_OTHER_SPELLING}|{_ALIAS}|{_DELEGATION}|{_PHOTO_POSITION})\), "
                         rf"(?:{_BIRTH_AND_HOME_FIELDS})?"
                         rf"| (?P<paren>\()(?:(?P<now_in_paren>{_NOW})|{_BIRTH_OR_AGE}, )?)")
_LIST_END = re.compile(r"[.;!?]|\n")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def recognize(run: Inline, where: str, ctx: Context) -> list[Span]:
    analysis = analyse(run, where, ctx)
    state = _state(ctx)
    spans = []
    for mention in analysis.persons:
        roles = [r.title(run.text) for r in mention.roles]
        roles += [*mention.shared_roles, *mention.extra_roles]
        earlier = ctx.entities.by_id.get(_likely_id(ctx, mention.resolve_as))
        if earlier:
            _lengthen_recorded(earlier.roles, roles)
        roles = _new_titles(roles, earlier.roles if earlier else [])
        entity = resolve_entity(ctx, "person", mention.resolve_as, roles=roles)
        _remember(state, entity.id, entity.name, mention.name.name,
                  repeatable=isinstance(mention, _Found) and mention.evidence)
        if not entity.in_register and entity.id not in state["reported"]:
            state["reported"].add(entity.id)
            ctx.messages.append(f"person not in the registers: {entity.name} ({entity.id})")
        spans.append(Span(mention.start, mention.end, "persName", (("ref", f"#{entity.id}"),)))
        spans.extend(Span(r.start, r.end, "roleName") for r in mention.roles)
    return spans


def _new_titles(titles: list[str], recorded: list[str]) -> list[str]:
    """The titles not yet recorded, in any spelling: "Chủ tịch UBND tỉnh" after
    "Chủ tịch Ủy ban nhân dân tỉnh" is the same office, and the entry keeps the
    spelling the text gave it first."""
    seen = {_title_key(t) for t in recorded}
    new = []
    for title in titles:
        key = _title_key(title)
        if key not in seen and not any(_shortened(key, other) for other in seen):
            seen.add(key)
            new.append(title)
    return new


def _lengthen_recorded(recorded: list[str], titles: list[str]) -> None:
    """"Tổng thống Brazil" in a headline, "Tổng thống Cộng hòa Liên bang
    Brazil" in the text: the entry keeps the full title in the short one's place."""
    for i, old in enumerate(recorded):
        longer = [t for t in titles if _shortened(_title_key(old), _title_key(t))]
        if longer:
            recorded[i] = longer[0]


def _shortened(short: str, full: str) -> bool:
    """"Đại sứ Nhật Bản" after "Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt
    Nam": the same head with some of the full title's words, in its order.
    Another head ("Bí thư" of "Phó Bí thư") is another office."""
    short_words, full_words = short.split(), full.split()
    if len(short_words) >= len(full_words) or short_words[:1] != full_words[:1]:
        return False
    remaining = iter(full_words)
    return all(word in remaining for word in short_words)


# The abbreviations of the bodies that titles name, and their full forms.
_ABBREVIATED = {"UBND": "ủy ban nhân dân", "HĐND": "hội đồng nhân dân",
                "ĐBQH": "đại biểu quốc hội", "MTTQ": "mặt trận tổ quốc",
                "LĐLĐ": "liên đoàn lao động",
                # a firm's board of either kind: "Chủ tịch HĐTV Tập đoàn X"
                "HĐTV": "hội đồng thành viên", "HĐQT": "hội đồng quản trị",
                # "UBND Thành phố" after "UBND TP Hà Nội": the city's office, its name left out
                "TP": "thành phố",
                # the state's honorary titles: "NSND" after "Nghệ sĩ Nhân dân" is no second title
                "NSND": "nghệ sĩ nhân dân", "NSƯT": "nghệ sĩ ưu tú", "NGND": "nhà giáo nhân dân",
                "NGƯT": "nhà giáo ưu tú", "TTND": "thầy thuốc nhân dân", "TTƯT": "thầy thuốc ưu tú",
                "NNND": "nghệ nhân nhân dân", "NNƯT": "nghệ nhân ưu tú"}
_ABBREVIATION = re.compile(rf"(?<!\w)(?:{'|'.join(_ABBREVIATED)})(?!\w)")


def _title_key(title: str) -> str:
    return name_key(_ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group()], title))


def _state(ctx: Context) -> dict:
    return ctx.state.setdefault("persons", {"given": {}, "names": {}, "written": set(), "reported": set()})


def _remember(state: dict, entity_id: str, name: str, written: str, repeatable: bool) -> None:
    """Note the given name (last syllable) for later "ông Long" back-references,
    and the full name as written, for its repetitions (``_named_earlier``)
    when more than a family name said it is a person (``repeatable``)."""
    if not _whole_name(written):
        return
    given = written.split()[-1]
    state["given"].setdefault(given, set()).add(entity_id)
    state["names"][entity_id] = name
    if repeatable:
        state["written"].add(written)


def _whole_name(written: str) -> bool:
    """More than a family name alone: a K'Ho name of one word ("K'Lơi") is whole."""
    return len(written.split()) >= 2 or HIGHLAND_ONE_WORD_NAME.fullmatch(written) is not None


# --- finding -------------------------------------------------------------------------


@dataclass
class _Found(PersonMention):
    evidence: bool = False  # more than a family name says this is a person


def find_persons(text: str, where: str, ctx: Context, analysis: Analysis) -> list[PersonMention]:
    """Person mentions of ``text``; also drops from ``analysis.places`` the
    places that turn out to be (part of) a personal name."""
    if where == "byline":
        found = _byline(text, ctx, analysis)
    elif where == "figure-credit":
        found = _credit(text, analysis)
    else:
        found = _running_text(text, ctx, analysis)
    found = [mention for mention in found if not _anonymised(text, mention.name)]
    for mention in found:
        if not mention.resolve_as:
            mention.resolve_as = mention.name.name
    names = [m.name for m in found]
    analysis.places = [p for p in analysis.places
                       if not any(p.start < n.end and n.start < p.end for n in names)]
    return found


# A given name cut to its initial and its period: "Lò Văn P.", "Quàng Thị H.".
_INITIAL_LAST = re.compile(r"(?<= )[A-ZĐ]$")


def _anonymised(text: str, name: Match) -> bool:
    """A name whose given name is cut to its initial, as court and police news
    hide a suspect's ("Lò Văn P. (SN 1992)"): no personal name (the golds list
    none ending so).  A syllable of one letter with its tone is a given name
    ("Như Ý"), and a foreign middle initial stands inside ("John F. Kennedy")."""
    return _INITIAL_LAST.search(name.name) is not None and text.startswith(".", name.end)


def _byline(text: str, ctx: Context, analysis: Analysis) -> list[_Found]:
    """The authors of a byline ("Minh Khôi", "NGUYỄN HÂN", "Hà An - Thu Trang",
    "Theo Minh Khôi"), not a source or a team ("Theo TTXVN", "PV", "Nhóm PV").
    The lines under the name are the writer's office (see parse)."""
    signature, _, office = text.partition("\n")
    if any(org.start < len(signature) for org in analysis.orgs):
        return []
    found = _byline_authors(signature)
    if office and len(found) == 1:
        _take_the_office(text, len(signature) + 1, found[0], ctx, analysis)
    return found


def _take_the_office(text: str, start: int, author: _Found, ctx: Context, analysis: Analysis) -> None:
    """The titles that open the office under an author's name are the author's:
    the persName runs on to the end of them, as after a comma in the text."""
    orgs_by_start = {org.start: org for org in analysis.orgs}
    places_by_start = {place.start: place for place in analysis.places}
    known = Known(orgs_by_start, ctx.registers, places_by_start)
    chain = next((chain for chain in title_chains(text, known, analysis) if chain[0].start == start), None)
    if chain is not None:
        author.roles = [*author.roles, *chain]
        author.end = chain[-1].end


def _byline_authors(text: str) -> list[_Found]:
    whole = text.strip()
    if whole.startswith(_SOURCE):
        whole = whole[len(_SOURCE):].lstrip()
    if not whole:
        return []
    start = text.index(whole)
    if label := _BYLINE_LABEL.match(text, start):
        start = label.end()
    if degree := _BYLINE_DEGREE.match(text, start):
        start = degree.end()
    if note := _BYLINE_NOTE.search(text, start) or _BYLINE_AGENCY.search(text, start):
        text = text[:note.start()]
    found = []
    photo = _BYLINE_PHOTOGRAPHER.search(text, start)
    for name in _byline_names(text[:photo.start()] if photo else text, start):
        own_degree = _BYLINE_DEGREE.match(text, name.start) if name.start > start else None
        if own_degree:  # "PGS, TS LÊ AN - TS MAI HÀ": each author's degree is their own
            name = Match(own_degree.end(), name.end, text[own_degree.end():name.end])
        if reads_as_personal_name(name.name):
            found.append(_Found(own_degree.start() if own_degree else name.start, name.end, name,
                                roles=[_degree_role(own_degree)] if own_degree else [],
                                extra_roles=["author"], evidence=True))
    for name in _byline_names(text, photo.end()) if photo else ():
        if reads_as_personal_name(name.name):
            found.append(_Found(name.start, name.end, name, extra_roles=["photographer"], evidence=True))
    if degree and found and found[0].name.start == start:  # the degree is the first author's title
        found[0].start = degree.start()
        found[0].roles = [_degree_role(degree)]
    return found


def _degree_role(degree: re.Match[str]) -> Role:
    return Role(degree.start(), degree.start() + len(degree.group().rstrip()))


_SOURCE = "Theo "
# What the author did, before the names: "Bài, ảnh: THU THẢO", "Tin, ảnh: Duy
# Khôi", "Ảnh: Minh Khôi", in capitals too: "BÀI, ẢNH: THU THẢO"; or the form's field: "Tác giả: Lê Vy".
_BYLINE_LABEL = re.compile(rf"(?:Bài|Tin|Ảnh|Video|Clip|Bài và ảnh|Tác giả)(?:(?:, | và | - ){LOW})*: ", re.IGNORECASE)
# The photographer named after the writers: "Bài: Hà An - Ảnh: Lê Vy", "Bài: Hà An; ảnh: Lê Vy".
_BYLINE_PHOTOGRAPHER = re.compile(r"\s*[-–,;]\s*[Ảả]nh\s*:\s*", re.IGNORECASE)
# An author's degree before the name: "TS. LÊ ĐÌNH HUẤN", "ThS. Hà Thị Thu Hiền", "PGS.TS Lê An",
# two joined by a comma: "PGS, TS. LÊ AN" (one title, as in running text).
_DEGREE = r"(?:P?GS|TSKH|TS|ThS|BS)"
_BYLINE_DEGREE = re.compile(rf"(?:{_DEGREE}[.-]?(?:, (?={_DEGREE}))?)+ +")
# A note after the names: the agency ("Minh Khôi (TTXVN)") or a compilation
# ("(t/h)", "(tổng hợp)"); or who did an interview, bare or in parentheses
# ("Minh Khôi thực hiện").
_BYLINE_NOTE = re.compile(r" ?\([^()]*\)\s*$| thực hiện\s*$")
# The agency after a slash: "Vân Anh/VOV.VN", "Minh Khôi/TTXVN", with its
# regional desk after a dash: "Hà Linh/VOV-Tây Bắc", "Lê Hà/TTXVN - Cần Thơ",
# or after a space in lower case: "Hà Linh/VOV miền Trung", "Lê Hà/VOV châu Á".
_BYLINE_AGENCY = re.compile(rf"/[^\s/]+(?: ?[-–] ?[^/\n]+| {LOW}(?!\w)[^/\n]*)?\s*$")
# Between the names of a byline that signs several: "Hà An - Thu Trang", "A, B và C",
# or a bare hyphen between two words, "Hà An-Thu Trang" (Vietnamese names have no
# hyphen; the agency's "/VOV-Tây Bắc" is cut off before the names are parted).
_BYLINE_JOINER = re.compile(r"\s+[-–—]\s+|(?<=[^\W\d_])[-–](?=[^\W\d_])|,\s*|\s+và\s+")


def _byline_names(text: str, start: int) -> list[Match]:
    return _parts_between(_BYLINE_JOINER, text, start, len(text.rstrip()))


def _parts_between(joiner: re.Pattern[str], text: str, start: int, end: int) -> list[Match]:
    """The stretches of ``text[start:end]`` that ``joiner`` parts: the names
    of a byline, the items of a list."""
    parts = []
    for m in [*joiner.finditer(text, start, end), None]:
        part_end = m.start() if m else end
        parts.append(Match(start, part_end, text[start:part_end]))
        start = m.end() if m else end
    return parts


# "Ảnh: Công an cung cấp", "ẢNH: BTC CUNG CẤP": a photo provided by a body, no photographer.
_PROVIDED_BY = re.compile(r"\scung\s+cấp$", re.IGNORECASE)
# "Ảnh: TƯ LIỆU", "Ảnh: Tư Liệu": an archive photo, no photographer.
_ARCHIVE = re.compile(r"(?:ảnh )?(?:tư liệu|tài liệu)", re.IGNORECASE)


def _credit(text: str, analysis: Analysis) -> list[_Found]:
    found = []
    for part in credit_parts(text):
        if reads_as_personal_name(part.name) and not _PROVIDED_BY.search(part.name) \
                and not _ARCHIVE.fullmatch(part.name) \
                and not any(o.start == part.start for o in analysis.orgs):
            found.append(_Found(part.start, part.end, part, extra_roles=["photographer"],
                                evidence=True))
    return found


def _running_text(text: str, ctx: Context, analysis: Analysis) -> list[_Found]:
    orgs_by_start: dict[int, Match] = {}
    for org in analysis.orgs:
        if org.end > orgs_by_start.get(org.start, org).end or org.start not in orgs_by_start:
            orgs_by_start[org.start] = org
    blocked = analysis.orgs + analysis.places
    places_by_start = {place.start: place for place in analysis.places}
    chains = title_chains(text, Known(orgs_by_start, ctx.registers, places_by_start), analysis)
    add_title_places(chains, analysis)
    mentions: list[_Found] = []
    used_chains = set()
    _split_titles_of_a_fronted_object(text, chains)
    chains_by_start = {chain[0].start: chain for chain in chains}
    for i, chain in enumerate(chains):
        address = _addressed_after(text, chain, chains_by_start)
        if (after := address.end() if address else _name_start_after(text, chain[-1])) is not None:
            name = _past_a_place(text, _past_a_brand(text, name_at(text, after, evidence=True)), analysis) \
                or _initials_then_name_at(text, after) or _monarch_s_one_word_name(text, chain[-1], after)
            after = name.start if name else after
            if name and (_place_of_a_suffix_title(text, chain, name)
                         or _namesake_of_a_suffix_works(text, chain, name)
                         or _firm_of_a_suffix_title(text, ctx, chain, name)):
                chain[-1] = replace(chain[-1], end=name.end)
                continue
            if name and _free(name, analysis) and not _is_place(name, analysis) and not is_country(name.name) \
                    and not _named_as_a_firm(ctx, name) and not _a_place_s_name_after_a_title(text, ctx, chain, name) \
                    and not _names_a_tomb(text, chain[0].start):
                end = _title_end_before_address(address) if address else after - 1
                roles = [*chain[:-1], replace(chain[-1], end=end)]  # with the abbreviation
                mentions.append(_Found(chain[0].start, name.end, name, roles=roles, evidence=True))
                used_chains.add(i)
    mentions += _unprompted(text, ctx, analysis, mentions, blocked, chains_by_start)
    mentions += _listed_with_titles(text, chains, used_chains, mentions, analysis)
    mentions += _listed_after_a_plural_title(text, chains, mentions, analysis)
    mentions += _named_again_in_the_run(text, mentions, analysis)
    if mentions:  # an ethnic group is only looked for to drop a mention it opens
        peoples = _ethnic_group_starts(text)
        mentions = [m for m in mentions if m.name.start not in peoples and not _names_a_faith(m.name)]
    mentions.sort(key=lambda m: m.start)
    _attach_suffix_chains(text, mentions, chains, used_chains)
    _drop_deputy_word_before_titles(text, mentions)
    _share_titles(text, mentions, chains)
    _share_titles_after_an_item_s_names(text, mentions)
    mentions += _back_references(text, ctx, mentions)
    _resolve_name_tails(text, ctx, mentions)
    mentions.sort(key=lambda m: m.start)
    return drop_overlapping(mentions)


# A title chain right after a name and its comma or dash: the name's titles.
_AFTER_A_NAME = re.compile(rf"{CAP}(?:, | ?[-–] )$")
# A local Party committee, named by its place after it.
_LOCAL_COMMITTEE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy$")


_CLAUSE_END = re.compile(r"[.,;]|$")
# A comma or a semicolon after the two words: a list of offices or of people
# goes on, and the two words are the committee's place, whatever stands before
# the titles; a person named by two words after a committee's title is the
# clause's subject, a verb after the name ("Bí thư Huyện ủy Điểu Lâm trao quà").
_ITEM_GOES_ON = re.compile(r"[,;] ")


# A monarch's title and his country ("Quốc vương Campuchia", "Nhà vua Nhật Bản"):
# a monarch is named by one word ("Nhà vua Thái Lan Vajiralongkorn"), which no
# body or firm following such a title is.
_MONARCH_OF_A_COUNTRY = re.compile(r"(?:Phó )?(?:Nhà vua|Quốc vương|Nữ hoàng|Hoàng đế|Nhật hoàng) (.+)")
_ONE_WORD_NAME = re.compile(rf"{UP}{LO}+(?!\w| {UP})")


def _monarch_s_one_word_name(text: str, role: Role, after: int) -> Match | None:
    title = _MONARCH_OF_A_COUNTRY.fullmatch(text[role.start:after].rstrip())
    word = _ONE_WORD_NAME.match(text, after)
    if not (title and word and is_country(title.group(1)) and looks_foreign(word.group())):
        return None
    return Match(word.start(), word.end(), word.group())


def _place_of_a_suffix_title(text: str, chain: list[Role], name: Match) -> bool:
    """"Ngô Thị Hạnh, Bí thư Quận ủy Dương Kinh bày tỏ ...": after a name and
    its comma the titles are that person's, and two capitalised words after
    a local committee that ends them, the clause going on or ending there
    ("..., Trưởng Ban Tuyên giáo Huyện ủy Lạc Sơn."), are the committee's
    place, not a second person ("Với Đại sứ X, Chủ tịch nước
    Lương Cường nhấn mạnh" names one)."""
    last = chain[-1]
    if not (len(name.name.split()) == 2 and bool(last.orgs) and last.orgs[-1].end == last.end
            and _LOCAL_COMMITTEE.search(last.orgs[-1].name) is not None):
        return False
    if _ITEM_GOES_ON.match(text, name.end):  # "giữ các chức vụ Phó Bí thư Huyện ủy Lạc Sơn, Tỉnh ủy viên"
        return True
    return (search_before(_AFTER_A_NAME, text, chain[0].start) is not None
            and (LOWER_WORD_AFTER.match(text, name.end) is not None or _CLAUSE_END.match(text, name.end) is not None))


def _namesake_of_a_suffix_works(text: str, chain: list[Role], name: Match) -> bool:
    """"Bà Lê An, nguyên công nhân Nhà máy Dệt Mạc Văn Sơn, kể lại": after a
    name and its comma the titles are that person's, and a name after the plant
    or the firm that ends them, the clause going on or ending there, is the
    plant's namesake (see ``_WORKS_BEFORE``), not a second person."""
    last = chain[-1]
    return (bool(last.orgs) and last.orgs[-1].end == last.end and _WORKS_NAME.match(last.orgs[-1].name) is not None
            and text[last.end:name.start] == " "  # right after the plant's name ("Công ty X (XC) Cần Thơ": its seat)
            and search_before(_AFTER_A_NAME, text, chain[0].start) is not None
            and _CLAUSE_END.match(text, name.end) is not None)


def _firm_of_a_suffix_title(text: str, ctx: Context, chain: list[Role], name: Match) -> bool:
    """"Ông Zhang Wei, Tổng Giám đốc Sunwoda Vina, cho biết": after a name and its
    comma, a firm the article names as one (see _named_as_a_firm) after a title
    is the body the title names, though its words read as a foreign name."""
    return search_before(_AFTER_A_NAME, text, chain[0].start) is not None and _named_as_a_firm(ctx, name)


# The abbreviation of the body a title names, between the title and the name:
# "Tổng Giám đốc Công ty Điện lực Miền Núi (PCMN) Lê Văn An".  The name after
# it is the title's holder, and the title takes it in (the name's own text is
# the name); a title after a name takes it only with a seat after it (see
# docs/ENCODING.md).  One word, as a body's short name may be ("(Vietcombank)").
_BODY_ABBREVIATION = re.compile(rf" \({UP}[\w&-]+\) (?={UP})")


def _past_a_brand(text: str, name: Match | None) -> Match | None:
    """"Chủ tịch HĐQT Vinabank Lê Văn An", "Tổng Giám đốc Vietnam Airlines Lê
    Hồng Hà": words no Vietnamese syllable spells before a whole Vietnamese
    name (a family name and two words or more) are the short name of the body
    the title names, not the person's; so, read alone, the name may run on
    past the word limit that cut it ("... Airlines Lê Hồng" + "Hà").  A
    Catholic's baptismal name is the person's ("Giuse Trần Văn A"), and so is
    a highland family name before a Kinh-looking given name ("Ksor Y Thái")."""
    if name is None:
        return None
    words = name.name.split()
    brand = _leading_brand_words(words)
    if not brand or words[0] in lexicon.baptismal_names():
        return name
    own = name_at(text, name.start + len(" ".join(words[:brand])) + 1, evidence=True)
    if own is None or len(own.name.split()) < 3 or GENDER_PREFIX.match(own.name) \
            or own.name.split()[0] not in lexicon.family_names() or any(map(looks_foreign, own.name.split())):
        return name
    return own


def _leading_brand_words(words: list[str]) -> int:
    """How many words no Vietnamese syllable spells, none a family name
    ("Ksor"), open ``words`` before a Vietnamese word."""
    count = 0
    while count < len(words) - 1 and looks_foreign(words[count]) and words[count] not in lexicon.family_names():
        count += 1
    return count


def _past_a_place(text: str, name: Match | None, analysis: Analysis) -> Match | None:
    """"đại biểu Quốc hội đoàn Hòa Minh Lê Thị An": a place of the run that
    opens the capitalised words after a title, a whole personal name after it,
    is the place of the title (a delegation's, a body's), and the name starts
    after it."""
    if name is None:
        return None
    place = next((p for p in analysis.places if p.start == name.start and p.end + 1 < name.end), None)
    if place is None or not starts_personal_name(text, place.end + 1):
        return name
    return name_at(text, place.end + 1, evidence=True) or name


def _past_a_place_before_a_whole_name(text: str, name: Match | None, analysis: Analysis) -> Match | None:
    """"đội tuyển bơi Đà Nẵng Lê Văn An": with no title before them, a place
    then a whole name (three words or more) are the place and the person; a
    shorter rest may be a title's words ("Đinh Tiên Hoàng Đế")."""
    own = _past_a_place(text, name, analysis)
    return own if own is name or len(own.name.split()) >= _MIN_WHOLE_NAME_WORDS else name


# A title, a comma, then a formal word of address and the name: "Giám đốc Sở
# Y tế tỉnh X, ông Lê Văn An cho biết" (the title is his, set off by the comma).
# The abbreviation of the body the title names may stand before the comma
# ("Chủ tịch Quỹ Hòa Minh (HMF), bà Y"): the title takes it in, as before a name.
_ADDRESS_AFTER_A_TITLE = re.compile(rf"(?P<abbreviation> \({UP}[\w&-]+\))?, (?:ông|bà|đồng chí|ngài) (?={UP})")


def _addressed_after(text: str, chain: list[Role], chains_by_start: dict[int, list[Role]]) -> re.Match[str] | None:
    """The comma and word of address after a title chain that opens its
    sentence.  Within a clause the title may be a verb's object, another
    person, when the name after it is the subject with titles of its own or a
    verb of saying ("Báo cáo Phó Thủ tướng, ông X, Chủ tịch ...", "Báo cáo với
    Bộ trưởng, ông Y cho biết"); otherwise the title is the name's ("hội kiến
    Chủ tịch Hạ viện Séc, bà X và ...", "có Phó Chủ tịch Quốc hội, bà Y",
    "Với Đại sứ Hòa Lâm, bà Z, Chủ tịch nước Lê Văn An nhấn mạnh": the title
    after her comma holds a name of its own)."""
    address = _ADDRESS_AFTER_A_TITLE.match(text, chain[-1].end)
    if address is not None and address["abbreviation"] and not chain[-1].orgs:
        return None  # no body of the title's that the abbreviation would shorten
    if address is None or at_sentence_start(text, chain[0].start):
        return address
    if search_before(_ANOTHER_S_TITLE_BEFORE, text, chain[0].start, 24) is not None \
            or holder_named_before(text, chain[0].start):  # "ông X, Phó Tổng Thư ký Y, ông Z": X's title
        return None
    name = name_at(text, address.end(), evidence=True)
    if name is None or _titled_after(text, name.end, chains_by_start) or _SAYING_AFTER.match(text, name.end):
        return None
    return address


def _title_end_before_address(address: re.Match[str]) -> int:
    """Where the title before a comma and a word of address ends: past the
    abbreviation of its body if there is one."""
    return address.end("abbreviation") if address["abbreviation"] else address.start()


# Words after which a title is another's than the name's after the comma: on
# whose behalf one acts ("Thừa ủy quyền của Chủ tịch nước, đồng chí X trao"), the
# office one is elected to ("bầu giữ chức Bí thư Chi bộ, đồng chí Y được ...").
_ANOTHER_S_TITLE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]hừa ủy quyền(?: của)?|[Tt]hay mặt(?: cho)?|chức) $")
_TITLE_AFTER_A_NAME = (", ", " - ", " – ")
# A verb of saying after the name: the name is its clause's subject.
_SAYING_AFTER = re.compile(rf" (?:đã |cũng )?{SAYING_VERBS}")


def _titled_after(text: str, end: int, chains_by_start: dict[int, list[Role]]) -> bool:
    """A title chain right after the name, set off by a comma or a dash, and
    not before a name of its own (then it is that other person's)."""
    return any(text.startswith(sep, end) and (chain := chains_by_start.get(end + len(sep))) is not None
               and not _holds_a_name(text, chain) for sep in _TITLE_AFTER_A_NAME)


def _holds_a_name(text: str, chain: list[Role]) -> bool:
    """A name stands right after the title chain: "Chủ tịch nước Lê Văn An"."""
    start = _name_start_after(text, chain[-1])
    return start is not None and name_at(text, start, evidence=True) is not None


def _name_start_after(text: str, role: Role) -> int | None:
    """Where the name a title chain stands before would start: after a space,
    or after the abbreviation in parentheses of the body the last title names
    (after a comma and a word of address: see ``_addressed_after``)."""
    if text[role.end:role.end + 1] != " ":
        return None
    if role.orgs and (m := _BODY_ABBREVIATION.match(text, role.end)):
        return m.end()
    return role.end + 1


def _listed_with_titles(text: str, chains: list[list[Role]], used: set[int],
                        taken: list[_Found], analysis: Analysis) -> list[_Found]:
    """"các đồng chí: A B C, Phó Bí thư Tỉnh ủy; D E, Chủ tịch UBND tỉnh": an item
    of a colon list that is a name followed by its titles is a person, whatever
    the family name (the lexicon cannot know them all).  The titles are
    attached later, as for any name."""
    found = []
    occupied = Occupied((t.start, t.end) for t in taken)
    for i, chain in enumerate(chains):
        comma = chain[0].start - 2
        if i in used or comma < 0 or text[comma:chain[0].start] != ", ":
            continue
        item = _list_item_start(text, comma)
        name = name_at(text, item, evidence=True) if item is not None else None
        if (name and name.end == comma and not occupied.overlaps(name.start, name.end)
                and _free(name, analysis) and not _is_place(name, analysis)):
            found.append(_Found(name.start, name.end, name, evidence=True))
            occupied.add(name.start, name.end)
    return found


# "các Tổng Lãnh sự: ", "Các Đại sứ: ": a title made plural, opening a list.
_PLURAL_BEFORE = re.compile(r"(?<!\w)[Cc]ác $")
_TITLE_LIST_OPENS = ": "
# What may follow a listed name: its country or body in parentheses, then the
# next item, or the list's end.
_ITEM_NOTE = re.compile(LIST_ITEM_NOTE)
_ITEM_END = re.compile(r"[,;.:]|$| và ")


def _listed_after_a_plural_title(text: str, chains: list[list[Role]], taken: list[_Found],
                                 analysis: Analysis) -> list[_Found]:
    """"các Tổng Lãnh sự: Kim Min-su (Hàn Quốc), Ivan Petrov (Nga)": each whole
    item of the list a plural title opens is a name and a holder of the title,
    whatever the family name (a foreign one the lexicon cannot know)."""
    found = []
    occupied = Occupied((t.start, t.end) for t in taken)
    for chain in chains:
        pos = chain[-1].end
        if not text.startswith(_TITLE_LIST_OPENS, pos) or search_before(_PLURAL_BEFORE, text, chain[0].start) is None:
            continue
        pos += len(_TITLE_LIST_OPENS)
        while (name := name_at(text, pos, evidence=True)) and _ITEM_END.match(text, _after_note(text, name.end)):
            if not occupied.overlaps(name.start, name.end) and _free(name, analysis) \
                    and not _is_place(name, analysis) and not is_country(name.name):
                found.append(_Found(name.start, name.end, name, evidence=True))
                occupied.add(name.start, name.end)
            joiner = _NAMES_JOINER.match(text, _after_note(text, name.end))
            if joiner is None:
                break
            pos = joiner.end()
    return found


def _after_note(text: str, pos: int) -> int:
    note = _ITEM_NOTE.match(text, pos)
    return note.end() if note else pos


def _list_item_start(text: str, end: int) -> int | None:
    """Where the list item ending at ``end`` starts: after the ": " that opens
    the list or a "; " within it (same sentence), or after the number of a
    roster's line ("2. A B C, Phó Bí thư ..."), if one is close enough for a name."""
    line_start = text.rfind("\n", 0, end) + 1
    if numbered := _NUMBERED_LINE.match(text, line_start):
        return numbered.end() if end - numbered.end() <= _MAX_NAME_CHARS else None
    opened = text.rfind(": ", 0, end)
    if opened < 0 or _SENTENCE_END.search(text, opened, end):
        return None
    start = max(opened, text.rfind("; ", 0, end)) + 2
    return start if end - start <= _MAX_NAME_CHARS else None


_MAX_NAME_CHARS = 40
# The number that opens a line of a roster: "2. ", "12. ".
_NUMBERED_LINE = re.compile(r"\d{1,2}\. ")


def _ethnic_group_starts(text: str) -> set[int]:
    """Where an ethnic group is named: "dân tộc Hà Nhì", "người Thái",
    "đồng bào các dân tộc Mông, Dao và La Chí", or a bare list of groups
    ("Mông, Thái, Hà Nhì").  Some open with a family name, but they name a
    people, never a person."""
    starts = set()
    for listing in _ethnic_list_regex().finditer(text):
        starts.update(m.start() for m in _ethnic_group_regex().finditer(text, *listing.span(listing.lastindex)))
    return starts


@lru_cache(maxsize=None)
def _ethnic_group_regex() -> re.Pattern[str]:
    # A tree of shared letters: the flat list of ~100 groups was tried at every position.
    groups = letter_tree([re.escape(g) for g in lexicon.ethnic_groups()], 0)
    return re.compile(rf"(?<![\w'’])(?:{groups})(?![\w'’])")


@lru_cache(maxsize=None)
def _ethnic_list_regex() -> re.Pattern[str]:
    """A list of groups after a word for a people, or of two groups at least."""
    group = _ethnic_group_regex().pattern
    joined = rf"(?:, | và | - ){group}"
    return re.compile(rf"(?<!\w)(?:(?:[Dd]ân tộc|[Nn]gười|[Đđ]ồng bào)(?: các dân tộc)? "
                      rf"({group}(?:{joined})*)|({group}(?:{joined})+))")


def _names_a_faith(name: Match) -> bool:
    """"Cao Đài", "Tăng Ni Phật tử": a name that opens with a faith's or its
    clergy's (``lexicon.faiths``) names the religion or the community, whatever
    the title or the capital before it ("chức sắc Cao Đài", a sentence's start)."""
    return any(name.name == faith or name.name.startswith(faith + " ") for faith in lexicon.faiths())


def _free(name: Match, analysis: Analysis) -> bool:
    """Crossing no organisation of the run."""
    return not any(name.start < o.end and o.start < name.end
                   for o in analysis.orgs_around(name.start, name.end))


def _is_place(name: Match, analysis: Analysis) -> bool:
    """A name that is exactly, or inside, a place name ("Việt Nam")."""
    return any(p.start <= name.start and name.end <= p.end for p in analysis.places)


# --- titles ----------------------------------------------------------------------------


def _honorific_before(text: str, pos: int) -> bool:
    # endswith(..., 0, pos) tests text[:pos] without copying it
    return any(text.endswith(h + " ", 0, pos) and (pos == len(h) + 1
                                                   or not text[pos - len(h) - 2].isalnum())
               and not _opens_a_title(text, pos - len(h) - 1)
               for h in lexicon.honorifics()) \
        or any(text.endswith(h + " ", 0, pos) and at_sentence_start(text, pos - len(h) - 1)
               for h in _opening_honorifics())


def _opens_a_title(text: str, pos: int) -> bool:
    """"Mẹ Việt Nam Anh hùng", "Bà mẹ Việt Nam Anh hùng": a word of address
    in a title is the title's, and what follows it no name."""
    return _title_from_address_regex().match(text, pos) is not None


@lru_cache(maxsize=None)
def _title_from_address_regex() -> re.Pattern[str]:
    """The title heads from each of their words of address on, longest first."""
    honorifics = set(lexicon.honorifics())
    tails = {" ".join(words[i:]) for words in map(str.split, lexicon.title_heads())
             for i, word in enumerate(words) if word in honorifics}
    return re.compile("|".join(map(re.escape, sorted(tails, key=len, reverse=True))) or r"(?!)")


@lru_cache(maxsize=None)
def _opening_honorifics() -> tuple[str, ...]:
    """"Anh", "Chị": words of address the lexicon lists in lower case only
    (capitalised mid-sentence they are other words: "nước Anh"), which
    address a person where they open a sentence."""
    listed = set(lexicon.honorifics())
    return tuple(h[0].upper() + h[1:] for h in lexicon.honorifics()
                 if h[0].islower() and h[0].upper() + h[1:] not in listed)


def _addresses(text: str) -> list[re.Match[str]]:
    """The words of address of ``text`` before a name (see ``_opening_honorifics``)."""
    opening = [m for m in _opening_honorific_regex().finditer(text) if at_sentence_start(text, m.start())]
    addresses = [m for m in honorific_regex().finditer(text) if not _opens_a_title(text, m.start())]
    return sorted([*addresses, *opening], key=lambda m: m.start())


def _unprompted(text: str, ctx: Context, analysis: Analysis, taken: list[_Found],
                blocked: list[Match], chains_by_start: dict[int, list[Role]]) -> list[_Found]:
    """Names found without a title: by family name or from the register."""
    found: list[_Found] = []
    occupied = Occupied((t.start, t.end) for t in taken)

    def free(m: Match) -> bool:
        return not occupied.overlaps(m.start, m.end)

    def keep(finding: _Found) -> None:
        found.append(finding)
        occupied.add(finding.start, finding.end)

    earlier = _named_earlier(text, ctx)
    for reg in earlier:
        if glued := _unknown_place_ending_on(reg, analysis.places, ctx.registers, text):
            cut = Match(glued.start, reg.start - 1, text[glued.start:reg.start - 1])
            analysis.places[:] = [cut if p == glued else p for p in analysis.places]
            blocked = [cut if b == glued else b for b in blocked]
    blocked_ends = {b.end for b in blocked}  # a set: a long run has thousands
    for reg in [*register_matches(ctx.registers, "person", text, ignore_case=False), *earlier]:
        if not free(reg) or any(inside(reg, b) and (b.start, b.end) != (reg.start, reg.end)
                                for b in blocked) or reg in analysis.streets:
            continue  # "đường Trường Chinh" names a street after the person
        if after_classifier(text, reg.start) and any(p.start == reg.start for p in analysis.places):
            continue  # "thành phố Hồ Chí Minh": the city named after the person
        if _names_a_prize(text, reg):
            continue  # "Giải thưởng Hồ Chí Minh": the prize named after the person
        if _names_a_shrine(text, reg) and not ctx.registers.is_alias("person", reg.name):
            _drop_places_within(analysis, reg)  # "đền thờ Tự Đức": no Germany ("Đức") in the king's name
            continue  # "Khu lưu niệm Lê Văn An"; a name of reverence stays the person's ("Tượng đài Bác Hồ")
        if ctx.registers.is_alias("person", reg.name) and not _used_as_name(text, reg):
            continue
        keep(_Found(reg.start, reg.end, reg, evidence=True))
    for m in _family_names(text):
        word = m.group()
        if not is_cap(word):
            continue
        evidence = _honorific_before(text, m.start())
        before = word_before(text, m.start())
        within = before and is_cap(before) and not evidence \
            and not _after_an_opening_conjunction(text, m.start(), before) \
            and m.start() - 1 not in blocked_ends and not country_before(text, m.start() - 1)
        name = _past_a_place_before_a_whole_name(text, name_at(text, m.start(), evidence=evidence), analysis)
        if within and not (name and (_ends_a_run_too_long_for_one_name(text, name)
                                     or _whole_name_after_a_people(text, name))):
            continue  # inside a longer capitalised name
        if name is None or not free(name) or not _free(name, analysis) or _names_a_tomb(text, name.start):
            continue
        if not evidence and (_is_place(name, analysis) or _named_as_place(ctx, name) or _named_as_a_firm(ctx, name)
                             or _named_as_a_hospital(ctx, name)
                             or _opened_by_a_common_noun_elsewhere(ctx, name)
                             or reads_as_brand(name.name)
                             or _names_a_thing(text, name)
                             or _cut_in_a_word(text, name) or _word_before_a_place(text, name, ctx.registers)
                             or (_after_a_locative(text, name) and not _titled_after(text, name.end, chains_by_start))
                             or _before_a_reading(text, name)
                             or _fills_a_quotation(text, name)
                             or _listed_with_places(text, name, ctx, analysis)
                             or _place_after_its_classifier(text, name, ctx.registers)
                             or _village_of_a_craft(text, name)):
            continue
        keep(_Found(name.start, name.end, name, evidence=evidence))
    for name in _names_before_a_birth_note(text):
        if free(name) and _free(name, analysis) and not _is_place(name, analysis):
            keep(_Found(name.start, name.end, name, evidence=True))
    for m in _INITIALS_THEN_NAME.finditer(text):
        name = Match(m.start(), m.end(), m.group())
        if free(name) and _free(name, analysis) and not _is_place(name, analysis) \
                and not text.endswith(_BEARING_THE_NAME, 0, name.start):
            keep(_Found(name.start, name.end, name, evidence=True))
    for name in _names_with_a_middle_initial(text):
        if free(name) and _free(name, analysis) and not _is_place(name, analysis):
            keep(_Found(name.start, name.end, name, evidence=True))
    for m in _addresses(text):
        if _within_a_name(text, m.start()) or _titles_a_deity(text, m):
            continue
        name = name_at(text, m.end(), evidence=True)
        if name and free(name) and _free(name, analysis) and not _is_place(name, analysis):
            keep(_Found(name.start, name.end, name, evidence=True))
    return found


# Capitalised words after a lower-case word or a list's comma, then a note of
# the year of birth or the age: "bắt giữ Somchai Vongsa (SN 1983, quốc tịch
# Lào)", "..., Kang Ho-Jin (45 tuổi)".  Court and police news note so a person,
# whatever the family name (a foreigner's is in no lexicon).
# (The words are shaped as a foreigner's name in parentheses is, ``_OTHER_SPELLING``.)
# A K'Ho name of one word is noted so too: "... và K'Lơi (SN 1990)".
_BEFORE_A_BIRTH_NOTE = re.compile(rf"(?:(?<={LO} )|(?<=[,;:] ))(?:{_OTHER_SPELLING}|{HIGHLAND_ONE_WORD_NAME.pattern})"
                                  rf"(?= \({_BIRTH_OR_AGE}[,)])")


_BIRTH_NOTE = re.compile(rf" \({_BIRTH_OR_AGE}[,)]")


def _names_before_a_birth_note(text: str) -> list[Match]:
    if _BIRTH_NOTE.search(text) is None:
        return []  # most runs note no one's birth: the name's look-behinds need not run
    found = []
    for m in _BEFORE_A_BIRTH_NOTE.finditer(text):
        names = ((start, name_at(text, start, evidence=True)) for start in _opening_syllables(text, m))
        name = next((n for start, n in names if n is not None and (n.start, n.end) == (start, m.end())), None)
        if name is not None and not is_country(name.name):
            found.append(name)
    return found


def _opening_syllables(text: str, words: re.Match[str]) -> list[int]:
    """A Lao name of five syllables ("Bun Khăm Xay Nhạ Vông (SN 1980)") is
    one longer than the four words the note's pattern reads; its first
    syllable ends in a lower-case letter as the word before a name does: the
    name may open there, a syllable before the four, if that syllable itself
    follows no capitalised word ("Hà Nội Thoong Xa Vẳn Đi": a place's end)."""
    pos = words.start()
    before = word_before(text, pos)
    if len(words.group().split()) < MAX_NAME_WORDS or not before or not is_cap(before) or text[pos - 1] != " ":
        return [pos]
    opening = pos - len(before) - 1
    return [pos] if is_cap(word_before(text, opening) or "") else [opening, pos]


# Two or three initials glued by their periods, then a capitalised name:
# "V.I. Lênin", "K.E. Xiôncốpxki", some outlets gluing the name to the last
# period too ("V.I.Lênin"), though not a last initial ("N.V.T.", a name hidden
# by its initials).  A foreign person's given names cut short; no place or
# body is written so ("TP. Hòa Minh" has two letters to a period).
# (It opens with the letter, so that the engine skips to the capitals.)
_INITIALS_THEN_NAME = re.compile(rf"{UP}(?<![\w.]{UP})\.(?:{UP}\.){{1,2}}(?: {CAP}|{UP}{LO}+)(?: {CAP}){{0,2}}(?![\w'’-])")


def _initials_then_name_at(text: str, pos: int) -> Match | None:
    """A name of initials right after a title: "Đại sứ Ấn Độ K.R. Venkataraman"."""
    m = _INITIALS_THEN_NAME.match(text, pos)
    return Match(m.start(), m.end(), m.group()) if m else None


# A given name or two, a middle initial and a family name: "Mark O. Hollis",
# "Anna Maria K. Berg".  Only a foreign person's name is written so; the
# given names are words no Vietnamese syllable spells, which also parts them
# from a place's name before them ("... Thái Bình Dương Mark O. Hollis").
# (It opens with the initial, so that the engine skips to the period.)
_MIDDLE_INITIAL = re.compile(rf"(?<= )[A-Z]\. (?={CAP}(?![\w'’-]))")
_GIVEN_NAMES_BEFORE = re.compile(rf"(?<![\w'’.-])({CAP}(?: {CAP}){{0,2}}) $")


def _names_with_a_middle_initial(text: str) -> list[Match]:
    found = []
    for initial in _MIDDLE_INITIAL.finditer(text):
        given = search_before(_GIVEN_NAMES_BEFORE, text, initial.start(), 40)
        words = given.group(1).split() if given else []
        foreign = len(list(takewhile(looks_foreign, reversed(words))))
        if not foreign:
            continue
        start = initial.start() - 1 - len(" ".join(words[-foreign:]))
        if (name := name_at(text, start, evidence=True)) is not None and name.end > initial.end():
            found.append(name)
    return found


# "Đại học ... mang tên L.N. Gumilyov": a school or a street bearing a person's
# name, which is part of its own; no mention of the person.
_BEARING_THE_NAME = "mang tên "


# The capitalised words right before a name, after a lower-case word.
_CAPITALISED_RUN_BEFORE = re.compile(rf"(?<![\w'’-])(?:{CAP} )+$")
_MIN_WHOLE_NAME_WORDS = 3


def _ends_a_run_too_long_for_one_name(text: str, name: Match) -> bool:
    """"... quốc tế Long Thành Trần Khắc Duy kiến nghị": a whole name of three
    or more words ending a run of capitalised words too long for one name is
    a name after a place or a body the grammar did not read, not its end.  A
    name with its middle name ("Quốc mẫu Tây Thiên Lăng Thị Tiêu.") may end the
    clause as well: a middle name is a person's, whatever the words before it.
    A run opened by a word of address is the name it addresses ("Bà A Lăng
    Thị Ngọ", a Cơ Tu name of four words)."""
    run = search_before(_CAPITALISED_RUN_BEFORE, text, name.start, 60)
    words = name.name.split()
    return run is not None and len(words) >= _MIN_WHOLE_NAME_WORDS \
        and run.group().split()[0] not in lexicon.honorifics() \
        and len(run.group().split()) + len(words) > MAX_NAME_WORDS \
        and (LOWER_WORD_AFTER.match(text, name.end) is not None
             or (words[1] in MIDDLE_NAMES and _CLAUSE_END.match(text, name.end) is not None))


def _whole_name_after_a_people(text: str, name: Match) -> bool:
    """"cô giáo người Dao Triệu Thị Lan": a whole name (a family name and two
    words or more) right after the ethnic group a word for a people names is
    the person's; the group's capitalised word before it opens no longer name.
    Two words after a group may be a place ("người Chăm Ninh Thuận")."""
    if len(name.name.split()) < _MIN_WHOLE_NAME_WORDS:
        return False
    peoples = _ethnic_list_regex().finditer(text, max(0, name.start - _MAX_NAME_CHARS), name.start)
    return any(listing.end() + 1 == name.start for listing in peoples)


def _unknown_place_ending_on(name: Match, places: list[Match], registers: Registers, text: str) -> Match | None:
    """"Thống đốc tỉnh Fukuoka Hattori Seitaro": the capitalised words after a
    classifier, read as one unknown place, that end on a name the article has
    given a person: the place ends before the name (a place of the gazetteer
    ends where the gazetteer says: "TP Hồ Chí Minh" is no person)."""
    return next((p for p in places if p.start < name.start - 1 and p.end == name.end
                 and text[name.start - 1] == " " and register_match_at(registers, "place", text, p.start) is None),
                None)


def _named_earlier(text: str, ctx: Context) -> list[Match]:
    """The full names of persons found earlier in the article by more than a
    family name, repeated in ``text``: "Đại sứ Baraka Mwenda" found by his
    title is a person where a caption names him after a title the grammar
    does not read, or alone; an earlier name is as good as the register's."""
    written = [name for name in _state(ctx)["written"] if name in text]  # most runs repeat none
    found = [name for written_name in written for name in _said(text, written_name)]
    return sorted(found, key=lambda m: (m.start - m.end, m.start))  # the longest first, as the register's


def _said(text: str, written: str) -> Iterator[Match]:
    """Where ``text`` says the name ``written`` whole: no part of a longer
    name glued by an apostrophe or a hyphen ("Lơi" of "K'Lơi")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(written)}(?![\w'’-])", text):
        yield Match(m.start(), m.end(), written)


def _named_again_in_the_run(text: str, found: list[_Found], analysis: Analysis) -> list[_Found]:
    """Repetitions, later in the same paragraph, of a whole name found there
    with more than a family name to go on ("Già làng K'Lơi ... , già K'Lơi
    nói"): ``_named_earlier`` finds them in the paragraphs after it."""
    occupied = Occupied((m.start, m.end) for m in found)
    again = []
    for written in sorted({m.name.name for m in found if m.evidence and _whole_name(m.name.name)}):
        for name in _said(text, written):
            if _names_a_shrine(text, name):
                _drop_places_within(analysis, name)
                continue
            if not occupied.overlaps(name.start, name.end) and _free(name, analysis) and not _is_place(name, analysis):
                again.append(_Found(name.start, name.end, name, evidence=True))
                occupied.add(name.start, name.end)
    return again


def _place_after_its_classifier(text: str, name: Match, registers: Registers) -> bool:
    """"huyện Châu Thành A", "xã Tân Phú B": a name right after a place's
    classifier that opens with a place of the gazetteer or closes on a letter
    (the units of one name told apart) is a place, not a person; after a unit
    of local government ("đặc khu Bạch Long Vĩ") a bare name is the unit's
    whatever its shape: a person named there holds a title of the unit's body
    ("Chủ tịch UBND huyện" + a name), found with the title."""
    classifier = classifier_before(text, name.start)
    return classifier is not None and (is_administrative(classifier) or len(name.name.split()[-1]) == 1
                                       or place_or_country_at(text, name.start, registers) is not None)


# A village named with its craft, one lower-case word between the classifier
# and the name: "làng gốm Hòa Minh", "làng chài Đông Lâm", "làng mộc Lê Xá"
# (the craft word keeps the classifier from reading right before the name).
_VILLAGE_OF_A_CRAFT = re.compile(rf"(?<!\w)[Ll]àng (?!{CLAUSE_WORD}){LOW} $")


def _village_of_a_craft(text: str, name: Match) -> bool:
    return search_before(_VILLAGE_OF_A_CRAFT, text, name.start, 16) is not None


# "tại"/"ở" (at, in), or a word for a site (a region, a relic, a palace hall,
# a campus), and a list of capitalised names after it: "tại Hà Lâm", "ở Đông
# Lâm, Hòa Minh và Lê Lợi", "các di tích Thái Miếu, Hưng Miếu", "điện Thái
# Hòa", "cơ sở Kim Chung", "trạm Hòa Minh" (a gauging station, named after its
# town).  The words for sites are no place classifiers: what
# follows them is not always a place ("vùng Trung du", "Nhiệt điện Vĩnh Tân 4").
_AT = ("Tại", "tại", "Ở", "ở")
# "vùng" may take its kind in lower case before the names: "các xã vùng ven
# biển Giao Thủy, Hải Hậu", "vùng cao Mường Lát" (but not "vùng và ...").
_REGION = rf"vùng(?: (?!và |hay |hoặc |với ){LOW}){{0,3}}"
_LOCATIVE = "|".join(_AT) + rf"|{_REGION}|di tích|điện|cơ sở|trạm"
# "Ở vùng cao Mường Lát, ..." opens the sentence where "Ở" does.
_LISTED_AFTER_LOCATIVE = re.compile(rf"(?<!\w)(?:(?:{'|'.join(_AT)}) (?={_REGION}))?(?:{_LOCATIVE}) (?P<list>(?:{CAP}(?: {CAP}){{0,3}}(?:, | và ))*)$")
_LIST_ITEM_ENDS = re.compile(r"[,.;:!?)]|$| và ")


def _after_a_locative(text: str, name: Match) -> bool:
    """"tập trung ở Hoàng Lâm, Đông Sơn", "lễ tại Ngô Môn": a bare name where
    a locative puts a place, or in the list of names it heads, is a place.
    Later in the list the name must end an item where the locative opens the
    sentence: in "Tại Hà Lâm, Nguyễn Văn An cho biết" the clause goes on and he
    is its subject; mid-sentence ("vải tại Hà Lâm, Lê Sơn đã chín") the list
    goes on.  (A name with its titles after its comma is a person all the same:
    "Ở Tây Nguyên, Lê Thị An, Bí thư Đoàn trường, mở lớp học", see _unprompted.)"""
    before = search_before(_LISTED_AFTER_LOCATIVE, text, name.start, 160)
    if before is None:
        return False
    return not before.group("list") or _LIST_ITEM_ENDS.match(text, name.end) is not None \
        or not at_sentence_start(text, before.start())


# A bare name that fills a whole quotation is a title: a play, a song or a
# film named after its hero ("vở chèo “Lê Văn An”", "ca khúc \"Hà Thị Mai\""),
# a ship or a sect; the press quotes a work's title, never a person's name.
_CLOSING_QUOTE = {'"': '"', "“": "”", "‘": "’"}


# One lower-case syllable between a quoted name and the closing quote: a
# title written in sentence case, whose last word the name's syllable opens
# ("“Lê Thái bình”", "Thái bình" peace): a work's name, no person's.
_ONE_LOWER_SYLLABLE = re.compile(rf" {LOW}(?=[\"”’])")


def _fills_a_quotation(text: str, name: Match) -> bool:
    closing = _CLOSING_QUOTE.get(text[name.start - 1:name.start])
    if closing is None:
        return False
    syllable = _ONE_LOWER_SYLLABLE.match(text, name.end)
    return text.startswith(closing, syllable.end() if syllable else name.end)


# A reading in a unit of length, area, volume or temperature right after a
# name: "mưa lớn ở Hòa Minh 312 mm, Lê Sơn 287 mm", "huyện Đông Lâm 95 ha, Vĩnh
# An 80 ha", "Sa Pa 12°C".  No unit of time: "Lê Văn An 12 năm tù" is a sentence.
_READING_AFTER = re.compile(r" \d[\d.,]* ?(?:mm|cm|km[²2]?|m[²³23]?|ha|°C|độ C)(?!\w)")


def _before_a_reading(text: str, name: Match) -> bool:
    """A bare name with a measured reading after it names where the reading
    was taken (a district, a gauging station), no person."""
    return _READING_AFTER.match(text, name.end) is not None


# "đạo" (a religion) and "tín đồ" (its followers) before the faith's name, which
# a bare name after them then names, no person:
# "đạo Cao Đài", "tín đồ Cao Đài", "tà đạo “Hà Minh”" (a sect, quoted); its
# church and dignitaries too: "Hội thánh Cao Đài", "chức sắc Cao Đài", and its
# branches or schools: "các hệ phái Cao Đài", "thiền phái Lâm Tế".  Not
# "đạo" closing another word ("lãnh đạo", a leader, "chỉ đạo", directing),
# which a person's name may follow.
_FAITH_BEFORE = re.compile(r"(?<!\w)(?:tín đồ|[Hh]ội thánh|chức sắc|(?:hệ|giáo|tông|thiền) phái"
                           r"|[Đđ]ạo(?<![Ll]ãnh đạo)(?<![Cc]hỉ đạo)(?<![Cc]hủ đạo)) [“\"]?$")


# "Nhà thờ họ Lê Văn", "dòng họ Đào Duy": "họ" (a clan) before a name, after
# the clan's shrine or lineage, names the clan, no person.
_CLAN_BEFORE = re.compile(r"(?<!\w)(?:[Nn]hà thờ|[Dd]òng|[Tt]ừ đường) họ $")


# A prize, a scholarship, a fund or an order named after a person: "Giải
# thưởng Nguyễn Đức Cảnh", "Học bổng Vừ A Dính", "Huân chương Lê Văn An" (the
# golds, as for a school or a street, list no person there).
_PRIZE_BEFORE = re.compile(r"(?<!\w)(?:Giải thưởng|Học bổng|Quỹ học bổng|Quỹ Học bổng|Huân chương|Huy chương) $")


def _a_place_s_name_after_a_title(text: str, ctx: Context, chain: list[Role], name: Match) -> bool:
    """"Cựu chiến binh Trường Sơn" (a veteran of the Trường Sơn range), where
    the article writes "đường Trường Sơn" elsewhere: a name after a title that
    opens with no family name and is written as a place elsewhere in the
    article is that place, its people's; a person's whole name opens with a
    family name ("Cựu chiến binh Lê Lợi" beside "đường Lê Lợi" is a person).
    A family name's too where the title names no one holder: made plural and
    no list of names after it ("các liệt sĩ Lê Lâm", the commune's fallen), or
    ending on a unit's word ("Bí thư Đảng ủy xã Hoàng Tả Phìn", the article
    writing "xã Hoàng Tả Phìn" elsewhere: the commune the title names)."""
    if not _named_as_place(ctx, name):
        return False
    return not starts_personal_name(text, name.start) or _names_no_one_holder(text, chain, name)


def _names_no_one_holder(text: str, chain: list[Role], name: Match) -> bool:
    plural = search_before(_PLURAL_BEFORE, text, chain[0].start) is not None
    if plural and _ITEMS_AFTER.match(text, name.end) is None:
        return True
    classifier = classifier_before(text, name.start)
    return classifier is not None and is_administrative(classifier)


def _names_a_prize(text: str, name: Match) -> bool:
    return search_before(_PRIZE_BEFORE, text, name.start, 16) is not None


# A cemetery, named after its village or its land: "Nghĩa trang Hòa Minh",
# "nghĩa trang liệt sĩ Đông Lâm"; no one is buried under a bare name there.
_CEMETERY_BEFORE = re.compile(r"(?<!\w)[Nn]ghĩa trang(?: [Ll]iệt sĩ)? $")


# A temple, a statue or a memorial named after the person it honours: "Đền
# thờ Lê Văn An", "Tượng đài Trần Minh", "Khu lưu niệm Hoàng Lâm".  A bare name
# there names the monument (the golds list no person for it, as for a street);
# one with a title ("Tượng đài Chủ tịch ...") is found by the title.
_SHRINE_BEFORE = re.compile(r"(?<!\w)(?:[Đđ]ền thờ|[Mm]iếu thờ|[Tt]ượng đài"
                            r"|(?:[Nn]hà|[Kk]hu|[Đđ]ài) (?:tưởng|lưu) niệm) $")


# A mausoleum, named after the one buried there, with or without his title:
# "lăng Gia Long", "Lăng Chủ tịch Tôn Đức Thắng".  Unlike
# a temple's or a statue's, the golds count no mention there even with the
# title: the mausoleum is a place one visits, as a street is.
_TOMB_BEFORE = r"(?<!\w)[Ll]ăng "


@lru_cache(maxsize=None)
def _tomb_before_regex() -> re.Pattern[str]:
    heads = lexicon.title_heads()
    return re.compile(rf"{_TOMB_BEFORE}(?:(?:{'|'.join(map(re.escape, heads))}) )?$")


def _names_a_tomb(text: str, pos: int) -> bool:
    """"lăng Gia Long" (pos at the name), "Lăng Chủ tịch ..." (pos at the name or its title)."""
    return search_before(_tomb_before_regex(), text, pos, 40) is not None


def _drop_places_within(analysis: Analysis, name: Match) -> None:
    analysis.places[:] = [p for p in analysis.places if not inside(p, name)]


def _names_a_shrine(text: str, name: Match) -> bool:
    """"Khu lưu niệm Lê Văn An" after "cụ Lê Văn An": a memorial named after a
    person the article names elsewhere is no mention of them; nor is a
    mausoleum ("lăng Gia Long")."""
    return search_before(_SHRINE_BEFORE, text, name.start, 16) is not None or _names_a_tomb(text, name.start)


# A factory, a firm or a cooperative named after a person, its trade between:
# "Nhà máy Cơ khí Lê Văn An", "Xí nghiệp Dệt may Hoàng Lâm", "Công ty Trần Minh"
# (the golds, as for a school, list no person there).  A trade is a common
# noun capitalised on its first syllable only ("Cơ khí", "Thủy điện"): after a
# firm's own name ("Công ty Hòa Bình Trần Thị Hoa") the name is a person's.  After a title the body is its
# holder's and the name his: "Giám đốc Nhà máy Cơ khí Lê Văn An phát biểu".
_WORKS = r"(?:Nhà máy|Xí nghiệp|Công ty|Tổng công ty|Hợp tác xã)(?!\w)"
_WORKS_BEFORE = re.compile(rf"(?<!\w){_WORKS}(?: {UP}{LO}*(?: {LOW})+){{0,2}} $")
_WORKS_NAME = re.compile(_WORKS)


def _names_a_works(text: str, name: Match) -> bool:
    works = search_before(_WORKS_BEFORE, text, name.start, 60)
    return works is not None and search_before(_title_head_before_regex(), text, works.start(), 40) is None


@lru_cache(maxsize=None)
def _title_head_before_regex() -> re.Pattern[str]:
    heads = sorted(lexicon.title_heads(), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, heads))}) $", re.IGNORECASE)


# An era, named by its dynasty or its ruler: "thời Lê sơ", "triều Nguyễn",
# "điêu khắc thời Hậu Lê", "vương triều Mạc", "Thời Trần Hưng, ..." (the golds
# list no person there).  Not "thời" closing another word: "đồng thời" (at the
# same time), "kịp thời" (in time), "lâm thời" (provisional) may stand before
# a person's or a place's name.  Capitalised, the word only opens a sentence
# ("Vi Triều Dương" is a person's name).
_ERA_BEFORE = re.compile(r"(?<!\w)(?:(?P<word>\w+) )?(?P<era>(?:[Vv]ương )?[Tt]riều(?: đại)?|[Tt]hời(?: kỳ| đại)?) $")
_ERA_COMPOUNDS = frozenset({"đồng", "kịp", "lâm", "tạm", "nhất", "đương", "hiện", "thức", "cấp"})


def _after_an_era_word(text: str, pos: int) -> bool:
    era = search_before(_ERA_BEFORE, text, pos, 40)
    if era is None or (era["word"] or "").lower() in _ERA_COMPOUNDS:
        return False
    return era["era"][0].islower() or at_sentence_start(text, era.start("era"))


# The words, with how far back they may stand, after which a bare name is a
# faith's, a clan's, a prize's, a cemetery's, a shrine's or a factory's, no person's.
_THING_BEFORE = ((_FAITH_BEFORE, 16), (_CLAN_BEFORE, 16), (_PRIZE_BEFORE, 16), (_CEMETERY_BEFORE, 24),
                 (_SHRINE_BEFORE, 16))


def _names_a_thing(text: str, name: Match) -> bool:
    """"đạo Cao Đài", "dòng họ Đào Duy", "Giải thưởng Nguyễn Đức Cảnh",
    "Nghĩa trang Hòa Minh", "Đền thờ Lê Văn An", "Nhà máy Cơ khí Lê Văn An":
    the name after such a word names the thing; "thời Lê Trung Hưng" the era (``_ERA_BEFORE``)."""
    return any(search_before(before, text, name.start, back) is not None for before, back in _THING_BEFORE) \
        or _after_an_era_word(text, name.start) or _names_a_works(text, name)


# The items of a list of short capitalised names: "Quản Bạ, Yên Minh, Đồng Văn và Mèo Vạc".
_LIST_ITEM = rf"{CAP}(?: {CAP}){{0,3}}"
_ITEMS_AFTER = re.compile(rf"(?:(?:, | và ){_LIST_ITEM}(?=, | và |[.;:!?)]|$))+")
# A list closes with the sentence, or with a comma and the clause going on in
# lower case ("..., Hội An và Mỹ Sơn, thu hút du khách"); a comma and a
# capitalised word may open the last item's title ("và Lê An, Chủ tịch xã").
_LIST_CLOSE = re.compile(rf"[.;:!?)]|$|, {LOW}(?!\w)")
_ITEMS_BEFORE = re.compile(rf"(?:(?<![\w-]){_LIST_ITEM}(?:, | và ))+$")
_MAX_LIST_CHARS = 160


def _listed_with_places(text: str, name: Match, ctx: Context, analysis: Analysis) -> bool:
    """"4 huyện vùng cao là Quản Bạ, Yên Minh, Đồng Văn và Mèo Vạc": a bare
    name among short names joined by commas and "và", another of which is a
    place (here or elsewhere in the article), is a place too: a list holds one
    kind of thing, and people listed bear titles or words of address."""
    around = _list_around(text, name)
    if around is None:
        return False
    items = _parts_between(LIST_JOINER, text, *around)
    return len(items) >= _MIN_LIST_ITEMS and any(
        item.start != name.start and (_is_place(item, analysis) or _named_as_place(ctx, item)) for item in items)


_MIN_LIST_ITEMS = 3  # "A và B" may pair a place's name and a person's


def _list_around(text: str, name: Match) -> tuple[int, int] | None:
    """Where the list of short names ``name`` is an item of starts and ends."""
    after = _ITEMS_AFTER.match(text, name.end, name.end + _MAX_LIST_CHARS)
    if after is None and not _LIST_CLOSE.match(text, name.end):
        return None  # "…, A Lưới và Lê An, Chủ tịch xã": the name goes on with its titles
    before = search_before(_ITEMS_BEFORE, text, name.start, _MAX_LIST_CHARS)
    if after is None and before is None:
        return None
    return (before.start() if before else name.start, after.end() if after else name.end)


def _word_before_a_place(text: str, name: Match, registers: Registers) -> bool:
    """"Từ Tây Nguyên, già làng ...": at a sentence's start, a family name
    before a place is another word, capitalised as the sentence's first ("từ",
    from).  Mid-sentence "Nguyễn Thái Bình" is a person whose name holds a province;
    but "Đoàn" before a country is that country's delegation ("trong Đoàn Hàn Quốc có ...")."""
    family, _, rest = name.name.partition(" ")
    if family in _DELEGATION_WORDS and is_country(rest):
        return True
    place = place_or_country_at(text, name.start + len(family) + 1, registers)
    return place is not None and place.end == name.end and at_sentence_start(text, name.start)


# Family names that are also the word for a delegation, which a country names
# ("Đoàn Việt Nam", "Đoàn Hàn Quốc" at a conference).
_DELEGATION_WORDS = frozenset({"Đoàn"})


def _cut_in_a_word(text: str, name: Match) -> bool:
    """"Cung Văn hóa Hữu nghị": a name that would end on a middle name before
    a lower-case word is a capitalised word ("Văn hóa", "Văn phòng") of
    something else's name; "Từ Nghị quyết số 16 ...", "Từ Đại hội VI ...": one
    that would end on the first syllable of a document's or a meeting's word
    is "từ" (from) and the document or the meeting."""
    last = name.name.split()[-1]
    head = _DOCUMENT_HEAD_AT.match(text, name.end - len(last)) or _MEETING_AT.match(text, name.end - len(last))
    return (head is not None and head.end() > name.end) \
        or (last in MIDDLE_NAMES and LOWER_WORD_AFTER.match(text, name.end) is not None)


_DOCUMENT_HEAD_AT = re.compile(rf"(?:{'|'.join(map(re.escape, DOCUMENT_HEADS))})(?!\w)")
# The words for a meeting, capitalised as a named one is ("Đại hội XIII",
# "Hội nghị Trung ương 8"): a name's syllable ("Đại", "Hội") is never cut from them.
_MEETING_AT = re.compile(r"(?:Đại hội|Hội nghị|Hội thảo|Hội thi|Hội diễn)(?!\w)")


def _named_as_place(ctx: Context, name: Match) -> bool:
    """A name the article writes as a place elsewhere ("TP Châu Đốc", "đoạn
    Cam Lâm - Ninh Sơn", "ở Chu Lai"): with nothing to say it is a person, it
    is that place."""
    state = _state(ctx)
    if "places" not in state:  # once per article
        texts = _texts_naming_places(ctx)
        state["places"] = {name_key(n) for n in article_place_names(texts, ctx.registers)} \
            | {name_key(m.group("name")) for text in texts for m in _LOCATED.finditer(text)}
    return name_key(name.name) in state["places"]


def _texts_naming_places(ctx: Context) -> list[str]:
    """The article's runs that may name places (not the date line), gathered once."""
    state = _state(ctx)
    if "place texts" not in state:
        state["place texts"] = [run.text for where, run in ctx.article.inlines() if names_places(where)]
    return state["place texts"]


# A name alone where a locative puts a place, closed by punctuation or the
# clause going on: "các trận đánh ở Chu Lai từ năm 1964", "tại Hòa Minh, …".
_LOCATED = re.compile(rf"(?:{word_start(_AT)}) (?P<name>{CAP}(?: {CAP}){{1,3}})"
                      r"(?=[,.;:!?)]|$|\s+(?:và|từ|năm|để|cùng|với|thì|vào|trong)(?!\w))")


def _opened_by_a_common_noun_elsewhere(ctx: Context, name: Match) -> bool:
    """"Hồ Hòa Minh có dung tích ..." where the article writes "hồ Hòa Minh"
    too: the first word, a family name's spelling, is the common noun (a
    lake) in lower case elsewhere, capitalised here only by the sentence."""
    first, _, rest = name.name.partition(" ")
    lowered = f"{first.lower()} {rest}"
    return lowered != name.name and any(lowered in text and re.search(rf"(?<!\w){re.escape(lowered)}(?!\w)", text)
                                        for text in _texts_naming_places(ctx))


# A firm named after the common noun for it, in lower case: "hãng Aurora
# Lines", "tập đoàn Hòa Minh" (capitalised, "Công ty ..." is an organisation's name).
_FIRM_NAMED = re.compile(rf"(?:{word_start(['hãng', 'tập đoàn', 'công ty', 'thương hiệu'])}) ({CAP}(?: {CAP})+)(?![\w'’-])")


def _named_as_a_firm(ctx: Context, name: Match) -> bool:
    """A name the article writes after a word for a firm elsewhere ("hãng
    Aurora Lines"): a title before it ("Giám đốc Aurora Lines tại Việt Nam")
    names the firm the title holder heads, not its holder."""
    return _named_after(ctx, name, "firms", _FIRM_NAMED)


# A hospital named by its own words: "Bệnh viện Chợ Rẫy", then "chuyển lên Chợ Rẫy".
_HOSPITAL_NAMED = re.compile(rf"(?<!\w)Bệnh viện ({CAP}(?: {CAP}){{1,2}})(?![\w'’-])")


def _named_as_a_hospital(ctx: Context, name: Match) -> bool:
    """A bare name the article writes after "Bệnh viện" elsewhere is the
    hospital's short name ("đưa lên Thanh Nhàn cấp cứu"), not a person."""
    return _named_after(ctx, name, "hospitals", _HOSPITAL_NAMED)


def _named_after(ctx: Context, name: Match, kind: str, naming: re.Pattern[str]) -> bool:
    """Whether the article writes ``name`` as ``naming``'s first group somewhere."""
    state = _state(ctx)
    if kind not in state:  # once per article
        state[kind] = {name_key(m.group(1)) for text in _texts_naming_places(ctx) for m in naming.finditer(text)}
    return name_key(name.name) in state[kind]


def _within_a_name(text: str, pos: int) -> bool:
    """A capitalised word of address right after another capitalised word
    ("Vía Bà Chúa Xứ", "Miếu Ông") is a word of that name, not a person addressed."""
    before = word_before(text, pos)
    return text[pos:pos + 1].isupper() and before is not None and is_cap(before) \
        and not at_sentence_start(text, pos)


# News writes a person's "ông" and "bà" in lower case mid-sentence ("gặp bà
# Lan"); capitalised after a lower-case word they are a deity's or a spirit's
# title ("viếng Bà Chúa Xứ", "thờ Ông Địa").
_DEITY_TITLES = frozenset({"Ông", "Bà"})


def _titles_a_deity(text: str, address: re.Match[str]) -> bool:
    before = word_before(text, address.start())
    return address.group().strip() in _DEITY_TITLES and before is not None and before.islower()


@lru_cache(maxsize=None)
def _opening_honorific_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{words_tree(_opening_honorifics())}) ")


_APOSTROPHE_SYLLABLE = re.compile(r"(?<![\w'’])\w+['’]\w+(?![\w'’])")


def _family_names(text: str) -> list[re.Match[str]]:
    """The whole words of ``text`` that are a family name of the lexicon, and
    the syllables with an apostrophe (never the part after one: "Lăng" of
    "K'Lăng"), in text order: found in one pass each rather than by looking
    up every word of the run.  Either is a whole stretch of letters and
    apostrophes, so the two never overlap; most runs have no apostrophe."""
    found = list(_family_name_regex().finditer(text))
    if "'" in text or "’" in text:
        found = sorted([*found, *_APOSTROPHE_SYLLABLE.finditer(text)], key=lambda m: m.start())
    return found


@lru_cache(maxsize=None)
def _family_name_regex() -> re.Pattern[str]:
    """A whole word that is a family name of the lexicon, opening with its
    first letter (see ``word_start``): the engine skips to the capitals that
    open one."""
    openers = lexicon.family_names() | lexicon.family_names_with_middle()
    names = sorted(n for n in openers if re.fullmatch(r"\w+", n))
    tree = word_start_tree([re.escape(n) for n in names], 0, not_after=r"[\w'’]")
    return re.compile(rf"(?:{tree})(?![\w'’])")


@lru_cache(maxsize=None)
def _back_reference_regex() -> re.Pattern[str]:
    """"ông Long": a word of address and a given name alone."""
    return re.compile(rf"(?:{words_tree(lexicon.honorifics())}) ({CAP})(?! {UP})(?!\w)")


# A conjunction that opens a sentence is capitalised, no word of the name
# after it: "Còn Lò Văn An, ...", "Riêng Hà Thị Bình, ...".
_OPENING_CONJUNCTIONS = frozenset({"Còn", "Riêng", "Nhưng", "Và", "Song"})


def _after_an_opening_conjunction(text: str, pos: int, before: str) -> bool:
    return before in _OPENING_CONJUNCTIONS and at_sentence_start(text, pos - len(before) - 1)


def _used_as_name(text: str, match: Match) -> bool:
    """An alias such as "Bác" names its person only mid-sentence (capitals at
    a sentence start prove nothing) and standing alone, not glued to another
    capitalised word ("Bác Tôn") or a common compound ("Bác sĩ")."""
    if at_sentence_start(text, match.start):
        return False
    before, after = word_before(text, match.start), word_after(text, match.end)
    if before and is_cap(before):
        return False
    return not (after and (is_cap(after) or after in ("sĩ",)))


def _attach_suffix_chains(text: str, mentions: list[_Found], chains: list[list[Role]],
                          used: set[int]) -> None:
    """"Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy": titles after the name.

    A title before the name does not stop them: "Đại tướng X, Ủy viên Bộ Chính
    trị, Bộ trưởng Bộ Quốc phòng" holds all three.  A chain that is the next
    person's own title before their name is in ``used`` already."""
    by_start = {chain[0].start: (i, chain) for i, chain in enumerate(chains)}
    for mention in mentions:
        if mention.entity_id or (mention.roles and mention.roles[-1].end > mention.name.start):
            continue  # a back-reference, or titles after the name already
        by_start.update(_chains_past_the_name(mention, chains))
        # A second group may follow the first: "(nay là Phó Trưởng Ban ...)".
        while _attach_next_group(text, mention, by_start, used):
            pass


def _chains_past_the_name(mention: _Found, chains: list[list[Role]]) -> dict[int, tuple[int, list[Role]]]:
    """The chains that open inside the name, by the title that follows it: a
    given name may read as a title ("Lê Công Sứ": "Công sứ", an envoy's rank),
    whose chain then runs on over the titles after the name ("Lê Công Sứ,
    Trưởng thôn Khe Mơ"), which are the name's own."""
    name = mention.name
    found = {}
    for i, chain in enumerate(chains):
        if name.start <= chain[0].start < name.end:
            inside = sum(1 for role in chain if role.end <= name.end)
            if 0 < inside < len(chain):
                found[chain[inside].start] = (i, chain[inside:])
    return found


def _attach_next_group(text: str, mention: _Found, by_start: dict[int, tuple[int, list[Role]]],
                       used: set[int]) -> bool:
    sep = _SUFFIX_SEP.match(text, mention.end) or _next_field(text, mention)
    if not sep or sep.end() not in by_start:
        return False
    i, chain = by_start[sep.end()]
    if _subject_after_fronted_object(text, mention, chain):
        if len(chain) == 1:
            return False
        chain = chain[:-1]  # "Gặp ông A, Trưởng bản X, Tổng Bí thư hỏi ...": A's own titles before it
    end = chain[-1].end
    if sep.groupdict().get("paren"):
        if former := FORMER_LOCALITY.match(text, end):  # "(nguyên Chủ tịch UBND xã X cũ)"
            end = former.end()
        if text[end:end + 1] != ")":
            return False  # more than titles in the parentheses
        end += 1
    if i in used:
        return False
    used.add(i)
    fields = sep.groupdict()
    now = "now" if fields.get("now") else "now_in_paren" if fields.get("now_in_paren") else None
    if now:
        chain = [replace(chain[0], start=sep.start(now), title_start=chain[0].start), *chain[1:]]
    mention.roles = mention.roles + list(chain)
    mention.end = end
    return True


_BIRTH_AND_HOME_FIELDS_RE = re.compile(_BIRTH_AND_HOME_FIELDS)
_NEXT_FIELD = re.compile(r"; ")


def _next_field(text: str, mention: _Found) -> re.Match[str] | None:
    """"...; nguyên Bộ trưởng Bộ Thủy lợi; Đại biểu Quốc hội khóa VIII; đã từ
    trần": in a notice whose fields are parted by semicolons, the next field
    of titles is the person's too."""
    if _BIRTH_AND_HOME_FIELDS_RE.search(text, mention.name.end, mention.end) is None:
        return None
    return _NEXT_FIELD.match(text, mention.end)


def _drop_deputy_word_before_titles(text: str, mentions: list[_Found]) -> None:
    """"đại biểu Lê An, Phó Trưởng Ban X HĐND tỉnh nêu ...": the bare word for
    a deputy before a name whose titles follow it after a comma says only that
    he speaks as one at the session; his titles are those after the name."""
    for mention in mentions:
        roles = mention.roles
        if (len(roles) > 1 and roles[0].bare and roles[0].head is not None and roles[0].head[2] in DEPUTY_WORDS
                and roles[0].end < mention.name.start and text.startswith(", ", mention.name.end)
                and roles[1].start == mention.name.end + 2):
            mention.roles = roles[1:]
            mention.start = mention.name.start


# A sentence fronted by a verb of meeting whose object is the person: "Tiếp
# Đại sứ A, Chủ tịch nước đánh giá cao ...", "Trò chuyện với ông A, ...", or
# by the bare "Với" / "Đối với" of a talk's account, one guest after another
# ("Với Tổng thống A, Thủ tướng đề nghị ...").  The title after the comma,
# bare or with its body ("Đối với đồng chí A, Bí thư Tỉnh ủy đề nghị ..."),
# with a verb and no name after it, is the main clause's subject, not A's.
# (After "cố", the late: "Đối với cố Giáo sư A, Chủ tịch nước nhắc lại ...".)
# The meeting may be named as the occasion: "Tại buổi tiếp Đại sứ A, ...".
_ADDRESS = r"(?: cố)?(?: (?:ông|bà|anh|chị|đồng chí))?"
_MEETING_OPENING = (r"(?:^|[.!?:]\s+|\n)(?:(?:Tại|Trong) (?:cuộc|buổi) (?:gặp|tiếp|hội kiến|hội đàm|điện đàm|làm việc)"
                    r"(?: với)?|Tiếp|Gặp|Tiếp kiến|Hội kiến|Hội đàm với|Điện đàm với"
                    r"|Làm việc với|Trò chuyện với|Trao đổi với|Với|Đối với)" + _ADDRESS)
# ... the last of the objects it lists: "Trao đổi với Đại sứ A và Đại sứ B, Chủ tịch nước ...",
# "Với đồng chí A và đồng chí B, ...".
_FRONTED_MEETING = re.compile(_MEETING_OPENING + r"(?:\s*| [^,.;:!?()\n]{2,60} và" + _ADDRESS + r"\s*)$")


# ... the object's name and its comma, as the sentence opens: "Tiếp bà A B, ".
_FRONTED_OBJECT_NAMED = re.compile(_MEETING_OPENING
                                   + rf" {UP}[\w'’.-]*(?: {UP}[\w'’.-]*){{0,{MAX_NAME_WORDS}}}, $")


def _split_titles_of_a_fronted_object(text: str, chains: list[list[Role]]) -> None:
    """"Tiếp bà A, Đại sứ Nigeria, Chủ tịch nước B nhắc lại ...": after the
    fronted object's name, its titles come first and the subject's own title
    stands last, before the subject's name: the chain is split in two."""
    split: list[list[Role]] = []
    for chain in chains:
        if len(chain) > 1 and (search_before(_FRONTED_OBJECT_NAMED, text, chain[0].start, 80) is not None
                               or _host_s_title_before_the_guest_s(text, chain)):
            split += [chain[:-1], chain[-1:]]
        else:
            split.append(chain)
    chains[:] = split


# An invitation's host named by title alone: "Nhận lời mời của Chủ tịch nước, ".
_INVITATION_OF = re.compile(r"(?<!\w)lời mời của $")


def _host_s_title_before_the_guest_s(text: str, chain: list[Role]) -> bool:
    """"Nhận lời mời của Thủ tướng Lào, Thủ tướng Thái Lan A sẽ thăm ...": the
    host's title, then the guest's with the guest's name, the clause's
    subject, a verb after it.  With a comma after the name the titles are all
    the host's and the guest comes after ("lời mời của Phó Thủ tướng, Bộ
    trưởng Ngoại giao A, Ngoại trưởng Pháp B sẽ thăm ...")."""
    if search_before(_INVITATION_OF, text, chain[0].start, 16) is None:
        return False
    start = _name_start_after(text, chain[-1])
    name = name_at(text, start, evidence=True) if start is not None else None
    return name is not None and LOWER_WORD_AFTER.match(text, name.end) is not None


def _subject_after_fronted_object(text: str, mention: _Found, chain: list[Role]) -> bool:
    last = chain[-1]
    return (LOWER_WORD_AFTER.match(text, last.end) is not None
            and search_before(_FRONTED_MEETING, text, mention.start, 96) is not None)


def _share_titles(text: str, mentions: list[_Found], chains: list[list[Role]]) -> None:
    """One title for several names: "các Ủy viên Bộ Chính trị: A, B" and
    "Phó Thủ tướng A và B"."""
    for chain in chains:
        plural = text[:chain[0].start].endswith(("các ", "Các "))
        opening = _COLON_LIST_OPENS.match(text, chain[-1].end)
        colon = opening is not None
        if not (plural or colon):
            continue
        # A colon list runs to the end of the sentence, its items often
        # separated by ";"; a plain plural title covers the clause.
        stop = (_SENTENCE_END if colon else _LIST_END).search(text, chain[-1].end)
        limit = stop.start() if stop else len(text)
        if colon:
            limit = _group_end(text, opening.end() - 2, limit, mentions)
        titles = [r.title(text) for r in chain]
        listed = [m for m in mentions if chain[-1].end < m.start < limit]
        if not colon:
            listed = _up_to_own_title(listed, chain)
        if colon and _names_their_body(chain, listed):
            continue
        for mention in listed:
            mention.shared_roles += [t for t in titles if t not in mention.shared_roles]
    for before, first, second in zip([None, *mentions], mentions, mentions[1:]):
        if first.roles and not second.roles and text[first.end:second.start] == " và " \
                and not _titled_item_before(text, before, first):
            second.shared_roles += [r.title(text) for r in first.roles]


# The colon after a title that heads a list, or "gồm:" before it: "các Phó
# Chủ tịch gồm: ông A, bà B" are each a deputy as much as "các Phó Chủ tịch: A, B".
_COLON_LIST_OPENS = re.compile(r"(?: gồm(?: có)?)?: ")


# Names of one list item, and where an item of a colon list opens.
_NAMES_JOINER = re.compile(r", | và ")
_ITEM_OPENS = re.compile(r"[:;] $")
# A plural word of address before the names: "các ông A, B, Phó Chủ tịch Hội X"
# are both deputies.
_PLURAL_ADDRESS = re.compile(r"(?<!\w)[Cc]ác (?:ông|bà|đồng chí) $")


def _share_titles_after_an_item_s_names(text: str, mentions: list[_Found]) -> None:
    """"các đồng chí: A, B, Phó Trưởng Ban X; C, ...": the bare names of a
    colon list's item before the one its titles follow share those titles
    (each item of a roster opens with its names, its titles after them); so
    do names after a plural word of address ("các ông A, B, Phó Chủ tịch ...")."""
    for i, mention in enumerate(mentions):
        if not mention.roles or mention.roles[0].start < mention.name.end:
            continue  # no titles, or a title before the name
        first = i
        while first > 0 and not mentions[first - 1].roles and not mentions[first - 1].entity_id \
                and _NAMES_JOINER.fullmatch(text, mentions[first - 1].end, mentions[first].start):
            first -= 1
        if first < i and (search_before(_ITEM_OPENS, text, mentions[first].start, 4)
                          or search_before(_PLURAL_ADDRESS, text, mentions[first].start, 16)):
            titles = [r.title(text) for r in mention.roles]
            for bare in mentions[first:i]:
                bare.shared_roles += [t for t in titles if t not in bare.shared_roles]


def _up_to_own_title(listed: list[_Found], chain: list[Role]) -> list[_Found]:
    """"các Thứ trưởng A, B và Đại sứ tại Lào C": a plural title is shared by the
    names after it up to one that comes with a title of its own."""
    for i, mention in enumerate(listed):
        if mention.roles and mention.roles[0].start != chain[0].start:
            return listed[:i]
    return listed


def _titled_item_before(text: str, before: _Found | None, mention: _Found) -> bool:
    """"..., Đại tá A, Đại tá B và C": where the items of a list carry their
    own titles, the last name's bare item has none ("Đại tá A và B" shares)."""
    return before is not None and bool(before.roles) and text[before.end:mention.start] == ", "


def _group_end(text: str, start: int, limit: int, mentions: list[_Found]) -> int:
    """Where the group a colon title introduces ends: at the first "; " whose
    next item opens with anything but a bare name.  "các Phó Thủ tướng: A, B;
    Bộ trưởng Bộ Y tế C" gives C a title of his own; in a roster ("các Ủy viên
    Bộ Chính trị: A, Bí thư Thành ủy; B, Trưởng Ban ...") each item opens with
    the name, or a rank before it, and its titles follow the name ("...;
    Thiếu tướng B, Phó Tư lệnh ..."): the plural title goes on where the first
    item is of that kind too."""
    bare_starts = {m.name.start for m in mentions if m.start == m.name.start}
    roster_items = {m.start for m in mentions if m.roles and m.roles[-1].end > m.name.start}
    semicolon = text.find("; ", start, limit)
    if not any(start < item < semicolon for item in roster_items):
        roster_items = set()  # the first item a bare name: "các Thứ trưởng: A, B; Thiếu tướng C, ..."
    # Items may open with a word of address ("...: ông A - bí thư ...; bà B -
    # ..."), where the first does: the next person after the list opens with one too.
    addressed = _after_address(text, start + 2) > start + 2
    while semicolon >= 0:
        item = _after_address(text, semicolon + 2) if addressed else semicolon + 2
        if item not in bare_starts and item not in roster_items:
            return semicolon
        semicolon = text.find("; ", semicolon + 2, limit)
    return limit


def _after_address(text: str, pos: int) -> int:
    """Where the name of an item starting at ``pos`` starts, after its word of address."""
    m = honorific_regex().match(text, pos)
    return m.end() if m else pos


def _names_their_body(heading: list[Role], listed: list[_Found]) -> bool:
    """"Thường trực Tỉnh ủy: A - Bí thư Tỉnh ủy; B - Phó Bí thư Tỉnh ủy": a colon
    heading whose organization every listed person holds a title in names the body
    they sit on, not a title of each ("Ủy viên Bộ Chính trị: A, Bí thư Thành ủy Hà
    Nội" is a membership besides their office, and is shared)."""
    heading_orgs = {org.name for role in heading for org in role.orgs}
    return bool(listed and heading_orgs) and all(
        any(org.name in heading_orgs for role in mention.roles for org in role.orgs)
        for mention in listed)


def _back_references(text: str, ctx: Context, mentions: list[_Found]) -> list[_Found]:
    """"ông Long" after "Nguyễn Phi Long": the given name alone, after a word
    of address, for a person named earlier (in this run or before)."""
    state = _state(ctx)
    given: dict[str, set[str]] = {k: set(v) for k, v in state["given"].items()}
    names: dict[str, str] = dict(state["names"])
    found = []
    pattern = _back_reference_regex()
    events = sorted([(m.start, "name", m) for m in mentions]
                    + [(m.start(1), "ref", m) for m in pattern.finditer(text)],
                    key=lambda e: e[0])
    for pos, kind, item in events:
        if kind == "name":
            words = item.name.name.split()
            if len(words) >= 2:
                entity_id = _likely_id(ctx, item.resolve_as or item.name.name)
                given.setdefault(words[-1], set()).add(entity_id)
                names[entity_id] = item.resolve_as or item.name.name
            continue
        word = item.group(1)
        ids = given.get(word, set())
        if len(ids) == 1 and not any(m.start <= pos < m.end for m in mentions):
            (entity_id,) = ids
            match = Match(item.start(1), item.end(1), word)
            found.append(_Found(match.start, match.end, match, entity_id=entity_id,
                                resolve_as=names[entity_id], evidence=True))
    return found


def _resolve_name_tails(text: str, ctx: Context, mentions: list[_Found]) -> None:
    """"Tổng thống Lula da Silva" after "Luiz Inácio Lula da Silva": the last
    words of a full name named earlier are that person; of several such
    names, the one who holds the title the mention gives.  A name that opens
    with a family name is a full name of its own ("Văn Long" is no tail)."""
    if not any(_may_be_a_tail(m) for m in mentions):
        return  # most runs: no need to gather the article's names again
    known: dict[str, list[str]] = {}  # full name -> its titles
    for name in _state(ctx)["names"].values():
        entity = ctx.entities.by_id.get(_likely_id(ctx, name))
        known[name] = list(entity.roles) if entity else []
    for mention in sorted(mentions, key=lambda m: m.start):
        words = mention.name.name.split()
        titles = [r.title(text) for r in mention.roles]
        heads = {r.head[2] for r in mention.roles if r.head}
        if _may_be_a_tail(mention):
            fulls = [full for full in known if _short_form_of(words, full.split())]
            if len(fulls) > 1:
                fulls = [f for f in fulls if any(t.startswith(h) for t in known[f] for h in heads)]
            if len(fulls) == 1:
                mention.resolve_as = fulls[0]
        name = mention.resolve_as or mention.name.name
        known.setdefault(name, []).extend(titles)


def _may_be_a_tail(mention: _Found) -> bool:
    """An unresolved name of two words or more that opens with no family name,
    or of two words (a given name may open with one: "Mai Chi"); or an Ê Đê
    name's first part ("H'Hoa")."""
    words = mention.name.name.split()
    return not mention.entity_id and (len(words) >= 2 and (len(words) == 2 or not opens_a_name(words[0]))
                                      or GENDER_PREFIX.match(words[0]) is not None)


def _short_form_of(words: list[str], full: list[str]) -> bool:
    """"Phi Long" of "Nguyễn Phi Long"; "Mai Chi" of "Trần Thị Mai Chi", a
    given name of two words after the family and middle names (the words
    after the family name alone are a name of their own: "Lê Hội" of "Trần Lê
    Hội" is no short form); "Ramón Fuentealba" of "Ramón Ignacio Fuentealba
    Soto", a foreign name's first given name and first surname."""
    if len(full) <= len(words):
        return False
    if _ede_first_part(words, full):
        return True
    if full[-len(words):] == words:
        return not opens_a_name(words[0]) or len(full) - len(words) >= 2
    remaining = iter(full)
    return words[0] == full[0] and looks_foreign(words[0]) and all(w in remaining for w in words)


def _ede_first_part(words: list[str], full: list[str]) -> bool:
    """"H'Hoa" of "H'Hoa Niê", "Y Lâm" of "Y Lâm Knul": an Ê Đê name is called
    by its first part, the word for man or woman and the given name (one word
    after "H'", two after "Y"); the family name closes it."""
    given_end = 2 if full[0] == "Y" else 1
    return GENDER_PREFIX.match(full[0]) is not None and words == full[:given_end]


def _likely_id(ctx: Context, name: str) -> str:
    """The id ``resolve_entity`` will give ``name`` (register entry or slug)."""
    # Every run of an article looks up again every name named so far: the ids
    # are kept with the registers they come from (dropped when an entry is added).
    ids: dict[str, str] = ctx.registers.derived(("person-likely-ids",), dict)
    try:
        return ids[name]
    except KeyError:
        registered = ctx.registers.lookup("person", name)
        ids[name] = registered.id if registered else xml_id("pers", name)
        return ids[name]
