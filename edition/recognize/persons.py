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
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from .. import lexicon
from ..annotate import Context, resolve_entity
from ..ids import xml_id
from ..model import Inline, Span
from ..registers import Registers, name_key
from .names import (CAP, LO, LOW, NAME_WORD, PHRASE, UP, Analysis, Match, PersonMention, Role, letter_tree,
                    at_sentence_start, inside, is_cap, opens_a_name, register_match_at, register_matches, respell,
                    starts_personal_name, word_after, word_before, word_start_tree, analyse, drop_overlapping)
from .document_heads import DOCUMENT_HEADS
from .orgs import SCHOOL, credit_parts, locality_end
from .places import after_classifier, article_place_names, names_places, place_at
from .window import Occupied, search_before, word_start

MAX_NAME_WORDS = 4
# A syllable of a name: "H'Bơ" (Ê Đê, Gia Rai, Ba Na names), "Khăm-phăn" (Lao).
_NAME_WORD = NAME_WORD
# Ê Đê names open with a word for man or woman ("Y", "H'...") and may end
# with a two-word clan name: one word longer than others.
_GENDER_PREFIX = re.compile(r"Y$|H['’]\w")
# "Phó Chủ tịch thứ nhất", "Bí thư thứ hai": the rank among the holders of one office.
_QUALIFIER = re.compile(r" (?:[Tt]hường trực|[Tt]hường vụ|dự khuyết|thứ (?:nhất|hai|ba))(?!\w)")
# An envoy may be special ("Đại sứ đặc biệt Việt Nam - Nhật Bản"); after other
# titles "đặc biệt" is an adverb of the clause ("Giám đốc đặc biệt quan tâm ...").
_ENVOY_HEADS = frozenset({"Đại sứ"})
_ENVOY_QUALIFIER = re.compile(r" đặc biệt(?!\w)")
# What a company director directs: "Giám đốc nhân sự Công ty ...".
_DIRECTOR_FUNCTION = re.compile(r" (?:nhân sự|tài chính|kinh doanh|điều hành|kỹ thuật|sản xuất|"
                                r"marketing|truyền thông|bán hàng|[Cc]hi nhánh)(?!\w)")
_MINISTER_FIELD = re.compile(rf" {PHRASE}")  # "Bộ trưởng Công an"
# Heads named with the field they are in charge of, not a body: "Bộ trưởng Công
# an", "Chánh tòa Hình sự" (a court's division).
_FIELD_HEADS = frozenset({"Bộ trưởng", "Thứ trưởng", "Chánh tòa"})
_CHAIN_SEP = re.compile(r"(?:, | kiêm | )")
_POSTED_IN = " tại "  # "Đại sứ Việt Nam tại Trung Quốc"
# " (": "X (nguyên Giám đốc Sở Y)", "X, Bí thư Huyện ủy (nay là Phó Giám đốc Sở Y)";
# "nay là " belongs to the roleName (the persName's own text is the name),
# not to the title.
_SUFFIX_SEP = re.compile(r"(?:, | [-–—] ?| \((?P<now>(?:nay|hiện) là )?)")
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
        _remember(state, entity.id, entity.name, mention.name.name)
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
                "LĐLĐ": "liên đoàn lao động"}
_ABBREVIATION = re.compile(rf"(?<!\w)(?:{'|'.join(_ABBREVIATED)})(?!\w)")


def _title_key(title: str) -> str:
    return name_key(_ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group()], title))


def _state(ctx: Context) -> dict:
    return ctx.state.setdefault("persons", {"given": {}, "names": {}, "reported": set()})


def _remember(state: dict, entity_id: str, name: str, written: str) -> None:
    """Note the given name (last syllable) for later "ông Long" back-references."""
    if len(written.split()) < 2:
        return
    given = written.split()[-1]
    state["given"].setdefault(given, set()).add(entity_id)
    state["names"][entity_id] = name


# --- finding -------------------------------------------------------------------------


@dataclass
class _Found(PersonMention):
    evidence: bool = False  # more than a family name says this is a person


def find_persons(text: str, where: str, ctx: Context, analysis: Analysis) -> list[PersonMention]:
    """Person mentions of ``text``; also drops from ``analysis.places`` the
    places that turn out to be (part of) a personal name."""
    if where == "byline":
        found = _byline(text, analysis)
    elif where == "figure-credit":
        found = _credit(text, analysis)
    else:
        found = _running_text(text, ctx, analysis)
    for mention in found:
        if not mention.resolve_as:
            mention.resolve_as = mention.name.name
    names = [m.name for m in found]
    analysis.places = [p for p in analysis.places
                       if not any(p.start < n.end and n.start < p.end for n in names)]
    return found


def _byline(text: str, analysis: Analysis) -> list[_Found]:
    """The authors of a byline ("Minh Khôi", "NGUYỄN HÂN", "Hà An - Thu Trang",
    "Theo Minh Khôi"), not a source or a team ("Theo TTXVN", "PV", "Nhóm PV")."""
    whole = text.strip()
    if whole.startswith(_SOURCE):
        whole = whole[len(_SOURCE):].lstrip()
    if not whole or analysis.orgs:
        return []
    start = text.index(whole)
    if label := _BYLINE_LABEL.match(text, start):
        start = label.end()
    if note := _BYLINE_NOTE.search(text, start) or _BYLINE_AGENCY.search(text, start):
        text = text[:note.start()]
    found = []
    for name in _byline_names(text, start):
        if reads_as_personal_name(name.name):
            found.append(_Found(name.start, name.end, name, extra_roles=["author"], evidence=True))
    return found


_SOURCE = "Theo "
# What the author did, before the names: "Bài, ảnh: THU THẢO", "Ảnh: Minh Khôi".
_BYLINE_LABEL = re.compile(rf"(?:Bài|Ảnh|Video|Clip|Bài và ảnh)(?:(?:, | và | - ){LOW})*: ")
# A note after the names: the agency ("Minh Khôi (TTXVN)") or a compilation
# ("(t/h)", "(tổng hợp)").
_BYLINE_NOTE = re.compile(r" ?\([^()]*\)\s*$")
# The agency after a slash: "Vân Anh/VOV.VN", "Minh Khôi/TTXVN".
_BYLINE_AGENCY = re.compile(r"/[^\s/]+\s*$")
# Between the names of a byline that signs several: "Hà An - Thu Trang", "A, B và C".
_BYLINE_JOINER = re.compile(r"\s+[-–—]\s+|,\s*|\s+và\s+")


def _byline_names(text: str, start: int) -> list[Match]:
    names = []
    for joiner in [*_BYLINE_JOINER.finditer(text, start), None]:
        end = joiner.start() if joiner else len(text.rstrip())
        names.append(Match(start, end, text[start:end]))
        start = joiner.end() if joiner else end
    return names


def _credit(text: str, analysis: Analysis) -> list[_Found]:
    found = []
    for part in credit_parts(text):
        if reads_as_personal_name(part.name) and not any(o.start == part.start
                                                         for o in analysis.orgs):
            found.append(_Found(part.start, part.end, part, extra_roles=["photographer"],
                                evidence=True))
    return found


def reads_as_personal_name(written: str) -> bool:
    """A byline or credit that names a person: two to five capitalised words,
    or all of them in capitals ("THANH TÙNG"), not a group or an agency:
    "Nhóm phóng viên" has a lower-case word, "Bộ GTVT" and "Nhóm PV" mix an
    abbreviation with ordinary words, "Báo Nhân Dân" opens with a group word."""
    words = written.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS + 1:
        return False
    if written.isupper():
        words = [w.capitalize() for w in words]
    spelled = " ".join(words)
    return (all(is_cap(w) for w in words)
            and not any(spelled.startswith(g + " ") for g in lexicon.group_words()))


def _running_text(text: str, ctx: Context, analysis: Analysis) -> list[_Found]:
    orgs_by_start: dict[int, Match] = {}
    for org in analysis.orgs:
        if org.end > orgs_by_start.get(org.start, org).end or org.start not in orgs_by_start:
            orgs_by_start[org.start] = org
    blocked = analysis.orgs + analysis.places
    chains = _chains(text, _Known(orgs_by_start, ctx.registers), analysis)
    _add_title_places(chains, analysis)
    mentions: list[_Found] = []
    used_chains = set()
    for i, chain in enumerate(chains):
        if text[chain[-1].end:chain[-1].end + 1] == " ":
            name = name_at(text, chain[-1].end + 1, evidence=True)
            if name and _free(name, analysis) and not _is_place(name, analysis):
                mentions.append(_Found(chain[0].start, name.end, name, roles=list(chain),
                                       evidence=True))
                used_chains.add(i)
    mentions += _unprompted(text, ctx, analysis, mentions, blocked)
    mentions += _listed_with_titles(text, chains, used_chains, mentions, analysis)
    if mentions:  # an ethnic group is only looked for to drop a mention it opens
        peoples = _ethnic_group_starts(text)
        mentions = [m for m in mentions if m.name.start not in peoples]
    mentions.sort(key=lambda m: m.start)
    _attach_suffix_chains(text, mentions, chains, used_chains)
    _share_titles(text, mentions, chains)
    mentions += _back_references(text, ctx, mentions)
    _resolve_name_tails(text, ctx, mentions)
    mentions.sort(key=lambda m: m.start)
    return drop_overlapping(mentions)


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


def _list_item_start(text: str, end: int) -> int | None:
    """Where the list item ending at ``end`` starts: after the ": " that opens
    the list or a "; " within it (same sentence), if one is close enough for a name."""
    opened = text.rfind(": ", 0, end)
    if opened < 0 or _SENTENCE_END.search(text, opened, end):
        return None
    start = max(opened, text.rfind("; ", 0, end)) + 2
    return start if end - start <= _MAX_NAME_CHARS else None


_MAX_NAME_CHARS = 40


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


def _free(name: Match, analysis: Analysis) -> bool:
    """Crossing no organisation of the run."""
    return not any(name.start < o.end and o.start < name.end
                   for o in analysis.orgs_around(name.start, name.end))


def _is_place(name: Match, analysis: Analysis) -> bool:
    """A name that is exactly, or inside, a place name ("Việt Nam")."""
    return any(p.start <= name.start and name.end <= p.end for p in analysis.places)


# --- titles ----------------------------------------------------------------------------


@dataclass
class _Known:
    """What a title may take in after its head: the run's organizations (by
    start) and the registers, for places ("Chủ tịch Trung Quốc")."""
    orgs_by_start: dict[int, Match]
    registers: Registers


def _chains(text: str, known: _Known, analysis: Analysis) -> list[list[Role]]:
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


def _chain_at(text: str, pos: int, known: _Known) -> list[Role]:
    roles = []
    role = _title_at(text, pos, known)
    while role is not None:
        role = _in_charge_of(text, _with_whose_title(text, role, known))
        if roles and _degrees_joined(text, roles[-1], role):
            roles[-1] = replace(roles[-1], end=role.end)  # "GS, TS": one academic title
        elif roles and _sharing_a_body(text, roles[-1], role):
            roles[-1] = replace(roles[-1], end=role.end, orgs=roles[-1].orgs + role.orgs,
                                places=roles[-1].places + role.places)
        else:
            roles.append(role)
        sep = _CHAIN_SEP.match(text, role.end)
        role = _title_at(text, sep.end(), known) if sep else None
    if len(roles) > 1 and _addressed_by_title(text, roles[0]) and _speaker_after(text, roles[-1].end):
        return roles[:1]  # the rest is the speaker's own chain
    return roles


# Academic titles and degrees, which the press writes joined by a comma before
# the name as one title ("GS, TS Lê An", "PGS, TS Hà Mai").
_DEGREES = frozenset({"GS", "GS.", "PGS", "PGS.", "TS", "TS.", "ThS", "ThS.", "Giáo sư", "Tiến sĩ"})
_DEGREE_COMMA = ", "


def _degrees_joined(text: str, before: Role, role: Role) -> bool:
    return (text[before.end:role.start] == _DEGREE_COMMA
            and all(r.bare and r.head[2] in _DEGREES for r in (before, role)))


_HELD_WITH = " kiêm "


def _sharing_a_body(text: str, before: Role, role: Role) -> bool:
    """"Chủ tịch kiêm Tổng Giám đốc Tập đoàn X": a bare title held with the next
    one is of the body the next one names, so the two are one title."""
    return before.bare and text[before.end:role.start] == _HELD_WITH and bool(role.orgs)


# Words after which a title names whom one reports or speaks to: "Báo cáo với
# Phó Thủ tướng, Chủ tịch UBND tỉnh X cho biết": the bare title is the
# listener's; the titles after the comma are the speaker's own.
_ADDRESSEE_BEFORE = re.compile(r"(?:^|\W)(?:với|cho|lên|gửi|tới|trước) $")


def _addressed_by_title(text: str, role: Role) -> bool:
    return (role.bare and text.startswith(", ", role.end)
            and search_before(_ADDRESSEE_BEFORE, text, role.start, 8) is not None)


def _speaker_after(text: str, end: int) -> bool:
    """A name after the chain, then a verb of saying: the person is the clause's
    subject, so a bare title after "với ..." before the chain is the listener's.
    Otherwise ("Làm việc với Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ X, ...")
    the titles are one person's."""
    name = name_at(text, end + 1, evidence=True) if text[end:end + 1] == " " else None
    return name is not None and _SAYING.match(text, name.end) is not None


_SPOUSE_HEADS = frozenset({"Phu nhân"})


def _with_whose_title(text: str, role: Role, known: _Known) -> Role:
    """"Phu nhân Tổng thống Hàn Quốc": the title after a spouse's says whose
    spouse she is; it is part of her title, not a second office of hers."""
    if role.head is None or role.head[2] not in _SPOUSE_HEADS or text[role.end:role.end + 1] != " ":
        return role
    spouse = role_at(text, role.end + 1, known)
    if spouse is None:
        return role
    return Role(role.start, spouse.end, spouse.orgs, role.head, spouse.places)


def _title_at(text: str, pos: int, known: _Known) -> Role | None:
    """A title of a chain at ``pos``, its head in either case: some outlets
    write titles in lower case ("nguyên bí thư Tỉnh ủy", "ủy viên Bộ Chính
    trị", "thiếu tướng").  A lower-case head is a common noun as often ("chủ
    tịch xã cho biết"): it is a title when its body follows it, or when it
    stands alone where a title ends (a comma, a dash, the end of the sentence)
    or before a capitalised name; the chain's use then asks for the name."""
    role = role_at(text, pos, known, any_case=True)
    if role is None or not _written_in_lower_case(text, role) or role.orgs or role.places:
        return role
    return role if _BARE_TITLE_END.match(text, role.end) else None


# Where a title with no body may end: punctuation, a dash, the end of the text,
# or a capitalised word (the name it stands before).
_BARE_TITLE_END = re.compile(rf"$|[,;:.!?)]| [-–—] | \(| {UP}")


def _written_in_lower_case(text: str, role: Role) -> bool:
    """A title the lexicon capitalises, written in lower case ("phó chủ tịch",
    not "Phó bí thư")."""
    start = role.start + len(_FORMER) if text.startswith(_FORMER, role.start) else role.start
    return text[start:start + 1].islower() and role.head is not None \
        and role.head[2] not in _lower_case_heads()


@lru_cache(maxsize=None)
def _lower_case_heads() -> frozenset[str]:
    """The heads the lexicon itself writes in lower case ("người phát ngôn")."""
    return frozenset(h for h in lexicon.title_heads() if h[:1].islower())


def role_at(text: str, pos: int, known: _Known, any_case: bool = False) -> Role | None:
    """A title starting at ``pos``: [nguyên] [Phó] head [Thường trực]
    [organization | place [tại place]]; with ``any_case`` its head (and "phó")
    may be written in lower case."""
    best: Role | None = None
    for head, end in _heads_at(text, pos, any_case):
        role = _complete_role(text, pos, end, head, known)
        if best is None or role.end > best.end or _spelled_as_written(role, best, text):
            best = role
    return best


def _title_starts_at(text: str, pos: int) -> bool:
    """Whether ``role_at`` finds a title at ``pos``: only its head is looked at,
    not what the title takes in after it (which may be a chain of titles)."""
    return next(_heads_at(text, pos), None) is not None


_FORMER = "nguyên "
# An acting holder's title: "Quyền Bộ trưởng", "Quyền Trưởng Đại diện ...".
_ACTING = "Quyền "
_DEPUTY = "Phó "
_DEPUTY_IN_LOWER_CASE = "phó "


def _heads_at(text: str, pos: int, any_case: bool = False) -> Iterator[tuple[str, int]]:
    """The lexicon's heads at ``pos`` (after "nguyên ", "Quyền ", "Phó "), as written,
    with where each ends.  After "Phó" the head may be in lower case ("Phó bí
    thư"); with ``any_case`` anywhere ("phó chủ tịch")."""
    if text.startswith(_FORMER, pos):
        pos += len(_FORMER)
    if text.startswith(_ACTING, pos):
        pos += len(_ACTING)
    deputy = text.startswith(_DEPUTY, pos) or (any_case and text.startswith(_DEPUTY_IN_LOWER_CASE, pos))
    if deputy:
        pos += len(_DEPUTY)
    lower_ok = deputy or any_case
    initial = text[pos:pos + 1]
    lowered = text[pos:pos + 40].lower()
    for head, spelled_head in _head_candidates(initial, lower_ok, lowered[:2]):
        end = pos + len(head)
        if lowered.startswith(spelled_head) and not text[end:end + 1].isalnum():
            yield _as_written(head, text[pos:end]), end


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
    a lower-case "bí thư" after "Phó" stays in lower case."""
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
    """(head, respelled lower-case head) of the lexicon's title heads, longest
    first, by the head's first letter: ``_heads_at`` is tried at every word of
    every run, and only heads with the word's initial can match there."""
    index: dict[str, list[tuple[str, str]]] = {}
    for head in lexicon.title_heads():
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
    keeps its two letters only (slower, never a title lost)."""
    heads = [pair for pairs in _title_heads_by_initial().values() for pair in pairs]
    starts = {_FORMER, _ACTING, _DEPUTY, _DEPUTY_IN_LOWER_CASE}
    for head, spelled in heads:
        first = spelled[0].upper() if head[0].isupper() else spelled[0]
        rest = (f"(?i:{re.escape(spelled[1])})" if len(spelled) > 1 else "")
        if len(spelled) > 2 and _folds_as_lowered(head, spelled):
            rest += f"(?=(?i:{re.escape(spelled[2:])}))"
        starts.add(re.escape(first) + rest)
        if _written_as_a_word(head):  # "chủ tịch", not "tS" for "TS"
            starts.add(re.escape(spelled[0]) + rest)
    return re.compile(f"(?:{word_start(sorted(starts, key=lambda s: (-len(s), s)))})")


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


def _complete_role(text: str, start: int, end: int, head: str, known: _Known) -> Role:
    spelled = (end - len(head), end, head)
    if m := _QUALIFIER.match(text, end):
        end = m.end()
    elif head in _ENVOY_HEADS and (m := _ENVOY_QUALIFIER.match(text, end)):
        end = m.end()
    if "iám đốc" in head and (m := _DIRECTOR_FUNCTION.match(text, end)):
        end = m.end()
    org = _body_in_head(text, spelled, known) or _body_after(text, end, known) \
        or _lower_case_body(text, end, head, known)
    if org is not None:
        end = _posted_at(text, _with_parent_body(text, _within_parent(text, org.end, known)), org,
                         known.registers)
        end = _lower_case_tail(text, end, known) or end
        return _with_country(text, Role(start, _with_term(text, end), [org], spelled))
    if head == _SCHOOL_HEAD and (school := _THE_SCHOOL.match(text, end)):
        return Role(start, school.end(), head=spelled)
    if head in _VILLAGE_HEADS and (village := _village_name(text, end)):
        return Role(start, village.end, head=spelled, places=[village])
    if places := _places_of_title(text, end, known.registers):
        return Role(start, places[-1].end, head=spelled, places=places)
    if province := _province_of_title(text, end, known.registers):
        return Role(start, province.end, head=spelled, places=[province])
    if (head in _FIELD_HEADS and (m := _MINISTER_FIELD.match(text, end))
            and not starts_personal_name(text, end + 1)  # "Thứ trưởng Lê Đức Luận"
            and not looks_foreign(m.group().split()[0])):  # "Bộ trưởng Linkham Douangsavanh"
        # "Bộ trưởng Phát triển nông thôn và khu vực Malaysia": a field goes on in lower case
        field_end = _lower_case_tail(text, m.end(), known) or m.end()
        # "Chánh tòa Hình sự" + "TAND TP.HCM": the court whose division it is.
        return _with_country(text, Role(start, _within_parent(text, field_end, known), head=spelled))
    return Role(start, end, head=spelled)


def _body_in_head(text: str, head: tuple[int, int, str], known: _Known) -> Match | None:
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


_MAX_PARENT_BODIES = 2


def _within_parent(text: str, end: int, known: _Known) -> int:
    """"Trưởng ban Xây dựng Đảng Báo Nhân Dân", "Trưởng ban Dân vận Tỉnh ủy": a
    body right after the title's body is the one it belongs to, and a body
    after that one its own ("Văn phòng Thường trực" + "Ban Chỉ đạo 389" + "Bộ ...")."""
    for _ in range(_MAX_PARENT_BODIES):
        parent = _body_after(text, end, known)
        if parent is None:
            break
        end = parent.end
    return end


def _body_after(text: str, end: int, known: _Known) -> Match | None:
    """The organization after the space at ``end``: one the run names, or an
    abbreviation with its locality."""
    if text[end:end + 1] != " ":
        return None
    return known.orgs_by_start.get(end + 1) or _abbreviated_body(text, end, known.registers)


# A body written by its abbreviation after a title: "Tổng Giám đốc NHCSXH",
# "Giám đốc KOTRA Hà Nội", a bank's board "HĐQT NHCSXH huyện".  Three capitals
# at least, one or two abbreviations, not a name in capitals ("LÊ VĂN AN").
_ABBREVIATED_BODY = re.compile(rf" ({UP}{{3,}}(?: {UP}{{3,}})?)(?![\w-])(?! {UP}{{2,}}(?!\w))")


def _abbreviated_body(text: str, end: int, registers: Registers) -> Match | None:
    m = _ABBREVIATED_BODY.match(text, end)
    if m is None or m.group(1).split()[0].capitalize() in lexicon.family_names():
        return None
    body_end = locality_end(text, m.end(), registers)
    if body_end == m.end() and _name_goes_on(text, body_end) and not starts_personal_name(text, body_end + 1):
        return None  # "SOS Làng trẻ em": the abbreviation only opens a longer name (not "VNPT Hà Văn Kiên")
    return Match(m.start(1), body_end, text[m.start(1):body_end])


def _with_country(text: str, role: Role) -> Role:
    """"Bộ trưởng Nông lâm Lào", "Chủ tịch Thượng viện Nhật Bản": a country
    after a title's body or field is the title's when a name follows it (a
    foreign name has no family name to stop at: "Lào Linkham ..." is no name)."""
    if text[role.end:role.end + 1] != " ":
        return role
    country = _country_at(text, role.end + 1)
    if country is None or not _CAPITAL_AFTER.match(text, country.end):
        return role
    return replace(role, end=country.end, places=[*role.places, country])


# Bodies a title names by a head word and lower-case words, which the
# organization grammar (capitalised fields) leaves: "Giám đốc Trung tâm dữ liệu
# quốc gia về dân cư", "Tổ trưởng Tổ giúp việc"; and the chambers of a
# parliament ("Chủ tịch Thượng viện Nhật Bản").
_BODY_HEAD = re.compile(rf" (?:Trung tâm|Tổ|Chi hội|Chi bộ|Hội đồng|Ban|Ủy ban|Viện|Phòng)(?= {LOW}(?!\w))")
# Heads that end on the kind of body they lead, whose name may follow in lower
# case: "Trưởng ban tổ chức", "Trưởng ban đại diện HĐQT ...", "Trưởng đoàn
# đàm phán của Chính phủ".
_BODY_KINDS = frozenset({"ban", "đoàn"})
_CHAMBER = re.compile(r" (?:Thượng viện|Hạ viện|Nghị viện)(?!\w)")
# A body's two-syllable name after a title that names the body's kind ("Tổ
# trưởng Tổ công tác", "Chi hội trưởng Chi hội ..."), before punctuation.
_ECHOED_NAME = re.compile(rf" {LOW} {LOW}(?=[,;.)]|$)")


def _with_chamber_country(text: str, end: int) -> int:
    """"Hạ viện Chile": a chamber is the chamber of the country after it, with
    or without a name after the title (unlike a body's country, `_with_country`)."""
    country = _country_at(text, end + 1) if text[end:end + 1] == " " else None
    return country.end if country else end


def _lower_case_body(text: str, end: int, head: str, known: _Known) -> Match | None:
    if head.split()[-1] in _BODY_KINDS and (body_end := _lower_case_tail(text, end, known)):
        return Match(end + 1, body_end, text[end + 1:body_end])  # "Trưởng ban đại diện ..."
    if m := _CHAMBER.match(text, end):
        chamber_end = _with_chamber_country(text, m.end())
        return Match(m.start() + 1, chamber_end, text[m.start() + 1:chamber_end])
    m = _BODY_HEAD.match(text, end)
    if m is None:
        return None
    body_end = _lower_case_tail(text, m.end(), known) or _tail_to_village(text, m.end())
    if body_end is None and head.startswith(m.group()[1:] + " "):
        echoed = _ECHOED_NAME.match(text, m.end())
        body_end = echoed.end() if echoed else None
    return Match(m.start() + 1, body_end, text[m.start() + 1:body_end]) if body_end else None


# An organization's name may go on in lower case ("Cục Y tế dự phòng", "Ban
# Chỉ đạo quốc gia về phòng, chống thiên tai"); within a title it is taken
# only up to where the title surely ends: a verb of saying, the personal
# name, the next title after a comma, the body it belongs to ("thuộc Ủy ban
# Thường vụ Quốc hội") or the country that closes a foreign title.  Words
# that open a clause stop it.
# "trong nước" (domestic) is one word of a name ("thị trường trong nước"),
# though "trong" alone opens a clause.
# "các" goes on in a name ("Ban Quản lý dự án đầu tư xây dựng các công trình
# giao thông"); "cùng" (together with) joins the next person of a list.
# A number names a unit or a period ("dự án 85", "giai đoạn 2021-2025"), a
# comma lists the fields of a body ("phát triển khoa học, công nghệ, đổi mới
# sáng tạo và ..."): the tail is taken only where it surely ends.
_TAIL_WORD = re.compile(rf"(?: |, (?!và )(?={LOW}(?!\w)))"
                        rf"(?P<word>phòng, chống|Việt Nam|Trung ương|trong nước|ngoài nước|{LOW}|\d+(?:[-–]\d+)?)(?![\w-])")
_TAIL_STOPS = frozenset("của những với cho tại trong là được đã sẽ để đang cũng thì mà "
                        "này đó khi nhằm cùng".split())
_SAYING = re.compile(r" (?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|thông tin|báo cáo|"
                     r"phát biểu|chia sẻ|đề nghị|yêu cầu|chủ trì|kiến nghị|đề xuất|trình bày|"
                     r"bày tỏ|nêu(?: rõ)?|cam kết|cho hay|mong muốn|giải thích|thừa nhận|kể)(?!\w)")
# What an officer is in charge of, after the title: "Phó Tổng Thư ký ASEAN phụ
# trách Cộng đồng Kinh tế", up to a verb of saying or punctuation.
_MAX_CHARGE_CHARS = 60
# Each word after the first takes two characters at least: the lazy repeat is
# bounded by what the length cap allows.
_IN_CHARGE = re.compile(rf" phụ trách (?:{CAP}|{LOW})(?: (?:{CAP}|{LOW}|[-–])){{0,{_MAX_CHARGE_CHARS // 2}}}?"
                        rf"(?=[,;.)]|$|{_SAYING.pattern})")


def _in_charge_of(text: str, role: Role) -> Role:
    m = _IN_CHARGE.match(text, role.end)
    if m is None or m.end() - role.end > _MAX_CHARGE_CHARS or _holds_a_name(text, m.start(), m.end()):
        return role
    return replace(role, end=m.end())


def _holds_a_name(text: str, start: int, end: int) -> bool:
    """A personal name starts after one of the spaces of ``text[start:end]``."""
    space = text.find(" ", start, end)
    while space >= 0:
        if starts_personal_name(text, space + 1):
            return True
        space = text.find(" ", space + 1, end)
    return False


_MAX_TAIL_WORDS = 20
_AND = "và"
_JOINERS = frozenset({_AND, "về"})
# After "và" a capitalised field may go on: "Bộ Phát triển xã hội và An ninh con người".
_FIELD_AFTER_AND = re.compile(rf" (?P<word>{CAP})(?!\w)")
_PART_OF = " thuộc "
_DOCUMENT_HEAD = re.compile(rf"(?:{'|'.join(DOCUMENT_HEADS)})(?!\w)")
# "..., Giám đốc Sở X dự;", "... cùng dự.": the verb of a list item or a
# clause ends the title ("dự án", "dự phòng" go on).
_ATTENDED = re.compile(r" (?:dự|tham dự|có mặt)(?=[,;.]|$)")
# After the lower-case words of a body's name, "của" names the body it belongs
# to: "Phòng Vật liệu nano của Viện ...".  Right after a capitalised name it
# may open another organization's name ("Ban ... của Đảng Cộng sản Việt Nam").
_OF_PARENT = " của "
# "..., Viện trưởng Viện X dịch tễ cùng lãnh đạo Sở Y tế": the next persons of a list.
_ALONG_WITH = " cùng "
# What a steering committee or council is about, after its parent body.
_SUBJECT = " về "


def _lower_case_tail(text: str, end: int, known: _Known) -> int | None:
    """Where a title's organization ends when its name goes on in lower case up
    to a verb of saying or a personal name; None when it does not.  Capitalised
    words may follow the lower-case ones ("Ban Quản lý rừng phòng hộ Krông
    Năng", "Hội đồng chung khảo Giải thưởng"); the tail then ends only where a
    personal name starts or a list item closes, since a verb of saying could
    end a name the lexicon does not know; and where a name starts only after
    capitalised words that are a place ("Tổng Thư ký ASEAN Kao Kim Hourn": a
    foreign name's first word is no part of the body)."""
    pos = end
    joined = listing = capitalised = unplaced = False
    for _ in range(_MAX_TAIL_WORDS):
        if _ATTENDED.match(text, pos):
            return None  # the lower-case words up to here are the clause's
        if not joined and (closed := _tail_closed_at(text, pos, known, capitalised)) is not None:
            return closed if closed > end and not listing else None
        if text.startswith(_OF_PARENT, pos) and (parent := known.orgs_by_start.get(pos + len(_OF_PARENT))):
            if not text.startswith(_SUBJECT, parent.end):
                return parent.end if pos > end else None
            pos = parent.end  # "Ban Chỉ đạo của Thành ủy về ...": its subject goes on after its parent
            continue
        m = _TAIL_WORD.match(text, pos) or (_field_after_and(text, pos) if joined else None)
        placed = None
        if m is None and (m := _capitalised_tail_word(text, pos)):
            capitalised = True
            placed = _place_at(text, m.start("word"), known.registers)
            unplaced = unplaced or placed is None
        if m is None or m["word"] in _TAIL_STOPS or _honorific_regex().match(text, m.start("word")):
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
        if not listing and text[pos:pos + 1] == " " and _name_starts(text, pos + 1):
            return None if unplaced else pos
    return None


# A capitalised word of a body's name after its lower-case words, or joined by a
# dash ("Nhóm nghị sĩ hữu nghị Việt Nam - Chile").
_CAPITALISED_TAIL_WORD = re.compile(rf"(?: | [-–] )(?P<word>{CAP})(?![\w-])")


def _capitalised_tail_word(text: str, pos: int) -> re.Match[str] | None:
    """A capitalised word that goes on with a body's name: not a personal name,
    the head of a next title or a document."""
    m = _CAPITALISED_TAIL_WORD.match(text, pos)
    if m is None or _name_starts(text, m.start("word")) or _title_starts_at(text, m.start("word")) \
            or _DOCUMENT_HEAD.match(text, m.start("word")):
        return None
    return m


def _name_starts(text: str, pos: int) -> bool:
    """A personal name starts at ``pos``: by a family name, or a foreign name
    all of whose words read as foreign ("Ana Rita Vasconcelos")."""
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


def _tail_closed_at(text: str, pos: int, known: _Known, capitalised: bool = False) -> int | None:
    """Where a lower-case tail that has reached ``pos`` surely ends: before a
    comma and the next title, before a country and a name, or after the body
    the tail's body is part of.  A verb of saying closes only a tail of lower-case
    words (see _lower_case_tail)."""
    if text.startswith(", ", pos) and (_title_starts_at(text, pos + 2) or _numbered_unit_said(text, pos)):
        return pos
    if text.startswith((";", ")", _ALONG_WITH), pos) or (_SAYING.match(text, pos) and not capitalised):
        return pos  # the end of a list item or of a title in parentheses, the verb of the clause
    if text.startswith(", ", pos) and pos + 2 in known.orgs_by_start:
        return pos  # "Tổ trưởng Công đoàn ..., Công ty X": the body it belongs to, after a comma
    if _TERM.match(text, pos):
        return pos  # "khóa XIX": the body's term, added after the tail (not "khóa" + a body "XIX")
    if text.startswith(" (", pos) and pos + 2 in known.orgs_by_start:
        return pos  # "Vụ ... (Bộ Nội vụ)": the parent body in parentheses
    if _body_after(text, pos, known) is not None:
        return pos  # "Hội đồng thành viên" + "Tập đoàn ...": the body it belongs to
    if text.startswith(" ", pos) and (country := _country_at(text, pos + 1)) \
            and _CAPITAL_AFTER.match(text, country.end):
        return pos
    if text.startswith(_PART_OF, pos) and (parent := known.orgs_by_start.get(pos + len(_PART_OF))):
        return parent.end
    return None


def _numbered_unit_said(text: str, pos: int) -> bool:
    """"Ban Quản lý dự án 85, cho biết": a number closes the name of a unit,
    then a comma and a verb of saying the title (not "... kiểm tra cơ sở, cho biết")."""
    return text[pos - 1:pos].isdigit() and _SAYING.match(text, pos + 1) is not None


# The term of the body a title names: "Chủ tịch Hội Nông dân tỉnh khóa IX".
_TERM = re.compile(r" (?:khóa|khoá|nhiệm kỳ) (?:[IVXLC]+|\d{1,2})(?![\w-])")


def _with_term(text: str, end: int) -> int:
    m = _TERM.match(text, end)
    return m.end() if m else end


def _with_parent_body(text: str, end: int) -> int:
    """"Ủy ban Kinh tế của Quốc hội": the body a committee belongs to is part
    of the title that names the committee."""
    m = _PARENT_BODY.match(text, end)
    if m is None:
        return end
    parent_end = _with_chamber_country(text, m.end()) if m["chamber"] else m.end()
    if _CAPITAL_AFTER.match(text, parent_end) and not starts_personal_name(text, parent_end + 1):
        return end  # "của Đảng Cộng sản ...": a longer name is another organization
    return parent_end


# "Ủy ban Kinh tế của Hạ viện (Chile)": a parliament's chamber as the parent body too.
_PARENT_BODY = re.compile(r" của (?:Quốc hội|Chính phủ|Đảng|Nhà nước|(?P<chamber>Thượng viện|Hạ viện|Nghị viện))(?!\w)")
_CAPITAL_AFTER = re.compile(rf" {UP}")


# Offices abroad name the country they are posted in ("Văn phòng JICA tại
# Việt Nam", "Đại sứ quán Việt Nam tại Lào").
_OFFICE_ABROAD = re.compile(r"(?:Văn phòng|Cơ quan đại diện|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán"
                            r"|Phái đoàn) ")


_ABBREVIATION_IN_PARENTHESES = re.compile(rf" \({UP}{{2,}}[\w&-]*\)")


def _posted_at(text: str, end: int, org: Match, registers: Registers) -> int:
    """"Văn phòng JICA tại Hà Nội", "Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc
    Ninh": an office abroad or a foreign body's branch, named by where it is;
    any body abroad by the country ("Hội Doanh nhân Việt Nam tại Đức").  The
    body's abbreviation may come between: "Tổ chức ... Hàn Quốc (KOICA) tại Hà Nội"."""
    abbreviation = _ABBREVIATION_IN_PARENTHESES.match(text, end)
    pos = abbreviation.end() if abbreviation else end
    if not text.startswith(_POSTED_IN, pos):
        return end
    pos += len(_POSTED_IN)
    # The body with its parents: "Quỹ Dân số" + " Liên hợp quốc" is a world body.
    if _OFFICE_ABROAD.match(org.name) or _foreign(text[org.start:end]):
        place = _place_at(text, pos, registers)
    else:
        place = _country_at(text, pos)
        if place is None or place.name == _HOME_COUNTRY or _name_goes_on(text, place.end):
            place = None  # "tại Lào Cai" names a province, not Laos
    return place.end if place else end


def _name_goes_on(text: str, end: int) -> bool:
    """A capitalised word follows ``end``: the name read so far is only its start."""
    return text.startswith(" ", end) and text[end + 1:end + 2].isupper()


_HOME_COUNTRY = "Việt Nam"
# A body named by a continent is foreign as one named by a country: "Phòng
# Thương mại châu Âu" + " tại Hà Nội".
_CONTINENT = rf"châu {UP}\w*"
# So is a body of the world's nations: "Quỹ Nhi đồng Liên hợp quốc" + " tại Việt Nam".
_INTERNATIONAL = r"Liên hợp quốc|Thế giới|Quốc tế"


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


def _village_name(text: str, end: int) -> Match | None:
    """The capitalised words after a village head, up to the personal name that
    follows ("Trưởng thôn Khe Mơ Lò Văn Páo"): a village name takes up to three."""
    pos, stop = end, end
    for _ in range(_MAX_VILLAGE_WORDS):
        m = _NAME_WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        if m is None or not is_cap(m.group()) or starts_personal_name(text, m.start()) \
                or m.group() in lexicon.name_stops():
            break
        pos = stop = m.end()
    return Match(end + 1, stop, text[end + 1:stop]) if stop > end else None


_VILLAGE_WORDS = frozenset(head.split()[-1] for head in _VILLAGE_HEADS)


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


# The relations of two countries: "Đại sứ đặc biệt Việt Nam - Nhật Bản".
_COUNTRY_PAIR = re.compile(r" [-–] ")


def _places_of_title(text: str, end: int, registers: Registers) -> list[Match]:
    """The country (or province) a title names right after its head: "Tổng
    thống [Pháp]", "Đại sứ [Việt Nam] tại [Lào]".  It belongs to the title, so
    that the personal name starts after it."""
    if text[end:end + 1] != " ":
        return []
    place = _place_at(text, end + 1, registers)  # "Cộng hòa Séc" is the name itself
    if place is None and (form := _STATE_FORM.match(text, end + 1)):
        place = _place_at(text, form.end(), registers)
    if place is None:
        return []
    if (pair := _COUNTRY_PAIR.match(text, place.end)) and (other := _country_at(text, pair.end())):
        return [place, other]  # the relations of two countries: "Đại sứ đặc biệt Việt Nam - Nhật Bản"
    posted = _place_at(text, place.end + len(_POSTED_IN), registers) \
        if text.startswith(_POSTED_IN, place.end) else None
    return [place, posted] if posted else [place]


# A state's formal name before its short one, part of the title: "Tổng thống
# Cộng hòa Liên bang Brazil", "Quốc vương Vương quốc Campuchia", after
# "nước" (country) too: "Đại sứ nước Cộng hòa Dân chủ Nhân dân Lào".
_STATE_FORM = re.compile(r"(?:nước )?(?:Cộng hòa(?: Liên bang| Dân chủ Nhân dân| Nhân dân| Dân chủ| Hồi giáo"
                         r"| Xã hội chủ nghĩa)?|Vương quốc|Liên bang|Đại Công quốc|Công quốc) ")


_PROVINCE_AFTER_HEAD = re.compile(r" (?:tỉnh|thành phố) (?=\w)")


def _province_of_title(text: str, end: int, registers: Registers) -> Match | None:
    """The province a head names with its classifier: "Tỉnh trưởng tỉnh
    Hủa-phăn", "Phó Chủ tịch tỉnh Lâm Đồng".  A province outside the gazetteer
    (abroad) is read from its capitalised words, as after any classifier."""
    m = _PROVINCE_AFTER_HEAD.match(text, end)
    return place_at(text, m.end(), registers) if m else None


def _place_at(text: str, pos: int, registers: Registers) -> Match | None:
    """A gazetteer name or a country of the lexicon starting at ``pos``, the longer one."""
    found = [m for m in (register_match_at(registers, "place", text, pos),
                         _country_at(text, pos)) if m is not None]
    return max(found, key=lambda m: m.end, default=None)


def _country_at(text: str, pos: int) -> Match | None:
    m = _country_regex().match(respell(text), pos)
    return Match(pos, m.end(), text[pos:m.end()]) if m and (pos == 0 or not text[pos - 1].isalnum()) \
        else None


def _country_before(text: str, end: int) -> bool:
    """A country ends at ``end`` ("... hữu nghị Việt Nam - Chile" + a name): no
    personal name goes on over it."""
    return search_before(_country_end_regex(), respell(text), end) is not None


@lru_cache(maxsize=None)
def _country_end_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{letter_tree([re.escape(c) for c in lexicon.countries()], 0)})$")


@lru_cache(maxsize=None)
def _country_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{letter_tree([re.escape(c) for c in lexicon.countries()], 0)})(?!\w)")


def _add_title_places(chains: list[list[Role]], analysis: Analysis) -> None:
    """Mark the places named in titles: the places recognizer leaves a country
    glued to the capitalised name after it ("Pháp Emmanuel Macron") unmarked."""
    for role in (role for chain in chains for role in chain):
        for place in role.places:
            if not any(place.start < p.end and p.start < place.end for p in analysis.places):
                analysis.places.append(place)
    analysis.places.sort(key=lambda p: p.start)


# --- names -----------------------------------------------------------------------------


# A K'Ho or Mạ name may be one word, its marker and apostrophe before the
# given name ("K'Brơi", "Ka'Nhung"): a whole name after a title or a word of address.
_HIGHLAND_ONE_WORD_NAME = re.compile(r"[A-ZĐ]a?['’]" + UP + r"\w+")


def name_at(text: str, pos: int, evidence: bool) -> Match | None:
    """Two to four capitalised syllables from ``pos`` (five after an Ê Đê
    "Y"/"H'"); without ``evidence`` the first must be a family name.  A
    foreign name goes on over its lower-case particles ("Lula da Silva")."""
    if _SCHOOL_AHEAD.match(text, pos):
        return None  # "Trường Đại học": a school, whatever follows
    found: list[re.Match[str]] = []
    window = text[pos:pos + 80]
    abbreviated = _ABBREVIATED_GIVEN.match(window) if evidence else None
    at = abbreviated.end() if abbreviated else 0
    while len(found) < _max_words(found):
        if found:
            at = _after_middle_initial(window, at, found)
            if not window.startswith(" ", at):
                break
            at = _after_particles(window, at + 1, found)
        m = _NAME_WORD.match(window, at)
        if m is None or not _is_name_word(m.group()) or (found and m.group() in lexicon.name_stops()
                                                         and found[-1].group() not in _MIDDLE_NAMES):
            break  # after a middle name any word is the given name: "Lê Văn Hội"
        found.append(m)
        at = m.end()
    if len(found) < 2 and not (evidence and found and _HIGHLAND_ONE_WORD_NAME.fullmatch(found[0].group())):
        return None
    first = found[0].group()
    if first in lexicon.name_stops() or not (evidence or opens_a_name(first)):
        return None
    if abbreviated and not any(looks_foreign(w.group()) for w in found):
        return None  # "Tp. Hồ Chí Minh": a place word, not a given name
    end = pos + found[-1].end()
    name = Match(pos, end, text[pos:end])
    return None if _holds_an_address(name) else name


def _is_name_word(word: str) -> bool:
    """A capitalised word of a name (``is_cap``), or a foreign given name whose
    hyphen joins two capitalised names ("Jean-Baptiste", "Anne-Marie"); two
    Vietnamese names so joined are two ("Hà Nội-Hải Phòng")."""
    return is_cap(word) or ("-" in word and all(part[:1].isupper() and part[1:].islower()
                                                for part in word.split("-"))
                            and looks_foreign(word))


_SCHOOL_AHEAD = re.compile(SCHOOL + r"(?!\w)")
# A foreign given name abbreviated with a period, before the rest of the name:
# "Ma. Lourdes" (María), "Md. Rahman" (Mohammad).
_ABBREVIATED_GIVEN = re.compile(rf"{UP}{LO}{{1,2}}\. (?={UP})")
# Lower-case particles inside Portuguese, Spanish, Dutch, German, Arabic and
# French names ("Lula da Silva", "van der Berg", "bin Salman").
_PARTICLES = re.compile(r"(?:(?:da|de|do|dos|das|di|del|van|von|der|den|bin|al|le|la) ){1,2}")


_INITIAL_PERIOD = ". "


def _after_middle_initial(window: str, at: int, found: list[re.Match[str]]) -> int:
    """Where a foreign name goes on after a middle initial and its period
    ("Margaret L. Hayes", "John F. Kennedy"): the period ends no sentence when
    the names on both sides read as foreign (a Vietnamese name ends on an
    initial only in an example: "Nguyễn Văn A. Sau đó ...")."""
    if not (len(found) >= 2 and len(found[-1].group()) == 1 and window.startswith(_INITIAL_PERIOD, at)
            and looks_foreign(found[0].group())):
        return at
    following = _NAME_WORD.match(window, at + len(_INITIAL_PERIOD))
    if following and is_cap(following.group()) and looks_foreign(following.group()):
        return at + 1
    return at


def _after_particles(window: str, at: int, found: list[re.Match[str]]) -> int:
    """Where the next word of a foreign name starts: after its particles when
    the name so far is foreign ("Luiz Inácio Lula" + "da Silva"); Vietnamese
    has these words too ("do" = because), so a Vietnamese name never takes them."""
    m = _PARTICLES.match(window, at)
    if m and any(looks_foreign(w.group()) for w in found):
        return m.end()
    return at


_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_TWO_VOWEL_GROUPS = re.compile(rf"[{_VOWELS}]+[^{_VOWELS}]+[{_VOWELS}]", re.I)
_NON_VIETNAMESE_LETTER = re.compile(r"[fjwzFJWZ]")
# A Vietnamese syllable ends on a vowel or on c, ch, m, n, ng, nh, p, t.
_NON_VIETNAMESE_END = re.compile(rf"[{_VOWELS}](?!(?:ch|ng|nh|[cmnpt])$)[^{_VOWELS}]+$", re.I)


def looks_foreign(word: str) -> bool:
    """A word no Vietnamese syllable spells: a letter Vietnamese lacks ("Luiz"),
    two vowel groups ("Silva") or another ending ("Mark").  Syllables of a
    hyphenated or apostrophe name ("Xay-nha-xỏn", "H'Bơ") are taken one by one."""
    return any(_NON_VIETNAMESE_LETTER.search(part) or _TWO_VOWEL_GROUPS.search(part)
               or _NON_VIETNAMESE_END.search(part)
               for part in re.split(r"['’-]", word))


def _max_words(found: list[re.Match[str]]) -> int:
    return MAX_NAME_WORDS + 1 if found and _GENDER_PREFIX.match(found[0].group()) else MAX_NAME_WORDS


def _honorific_before(text: str, pos: int) -> bool:
    # endswith(..., 0, pos) tests text[:pos] without copying it
    return any(text.endswith(h + " ", 0, pos) and (pos == len(h) + 1
                                                   or not text[pos - len(h) - 2].isalnum())
               for h in lexicon.honorifics()) \
        or any(text.endswith(h + " ", 0, pos) and at_sentence_start(text, pos - len(h) - 1)
               for h in _opening_honorifics())


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
    return sorted([*_honorific_regex().finditer(text), *opening], key=lambda m: m.start())


def _unprompted(text: str, ctx: Context, analysis: Analysis, taken: list[_Found],
                blocked: list[Match]) -> list[_Found]:
    """Names found without a title: by family name or from the register."""
    found: list[_Found] = []
    occupied = Occupied((t.start, t.end) for t in taken)

    def free(m: Match) -> bool:
        return not occupied.overlaps(m.start, m.end)

    def keep(finding: _Found) -> None:
        found.append(finding)
        occupied.add(finding.start, finding.end)

    blocked_ends = {b.end for b in blocked}  # a set: a long run has thousands
    for reg in register_matches(ctx.registers, "person", text, ignore_case=False):
        if not free(reg) or any(inside(reg, b) and (b.start, b.end) != (reg.start, reg.end)
                                for b in blocked) or reg in analysis.streets:
            continue  # "đường Trường Chinh" names a street after the person
        if after_classifier(text, reg.start) and any(p.start == reg.start for p in analysis.places):
            continue  # "thành phố Hồ Chí Minh": the city named after the person
        if ctx.registers.is_alias("person", reg.name) and not _used_as_name(text, reg):
            continue
        keep(_Found(reg.start, reg.end, reg, evidence=True))
    for m in _family_names(text):
        word = m.group()
        if not is_cap(word):
            continue
        evidence = _honorific_before(text, m.start())
        before = word_before(text, m.start())
        if before and is_cap(before) and not evidence \
                and m.start() - 1 not in blocked_ends and not _country_before(text, m.start() - 1):
            continue  # inside a longer capitalised name
        name = name_at(text, m.start(), evidence=evidence)
        if name is None or not free(name) or not _free(name, analysis):
            continue
        if not evidence and (_is_place(name, analysis) or _named_as_place(ctx, name)
                             or _cut_in_a_word(text, name) or _word_before_a_place(text, name, ctx.registers)):
            continue
        keep(_Found(name.start, name.end, name, evidence=evidence))
    for m in _addresses(text):
        if _within_a_name(text, m.start()):
            continue
        name = name_at(text, m.end(), evidence=True)
        if name and free(name) and _free(name, analysis) and not _is_place(name, analysis):
            keep(_Found(name.start, name.end, name, evidence=True))
    return found


def _word_before_a_place(text: str, name: Match, registers: Registers) -> bool:
    """"Từ Tây Nguyên, già làng ...": at a sentence's start, a family name
    before a place is another word, capitalised as the sentence's first ("từ",
    from).  Mid-sentence "Nguyễn Thái Bình" is a person whose name holds a province."""
    second = name.name.find(" ") + 1
    place = _place_at(text, name.start + second, registers)
    return place is not None and place.end == name.end and at_sentence_start(text, name.start)


# Syllables that stand between a family name and a given name, never last.
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})
_LOWER_CASE_WORD_AFTER = re.compile(rf" {LOW}(?!\w)")


def _cut_in_a_word(text: str, name: Match) -> bool:
    """"Cung Văn hóa Hữu nghị": a name that would end on a middle name before
    a lower-case word is a capitalised word ("Văn hóa", "Văn phòng") of
    something else's name."""
    return name.name.split()[-1] in _MIDDLE_NAMES and _LOWER_CASE_WORD_AFTER.match(text, name.end) is not None


def _named_as_place(ctx: Context, name: Match) -> bool:
    """A name the article writes as a place elsewhere ("TP Châu Đốc", "đoạn
    Cam Lâm - Ninh Sơn"): with nothing to say it is a person, it is that place."""
    state = _state(ctx)
    if "places" not in state:  # once per article
        texts = [run.text for where, run in ctx.article.inlines() if names_places(where)]
        state["places"] = {name_key(n) for n in article_place_names(texts, ctx.registers)}
    return name_key(name.name) in state["places"]


def _holds_an_address(name: Match) -> bool:
    """"Lăng Miếu Bà Chúa Xứ": a capitalised word of address inside capitalised
    words names a shrine or a deity ("Bà Chúa Xứ"), never a person's name."""
    return any(word in lexicon.honorifics() for word in name.name.split()[1:])


def _within_a_name(text: str, pos: int) -> bool:
    """A capitalised word of address right after another capitalised word
    ("Vía Bà Chúa Xứ", "Miếu Ông") is a word of that name, not a person addressed."""
    before = word_before(text, pos)
    return text[pos:pos + 1].isupper() and before is not None and is_cap(before) \
        and not at_sentence_start(text, pos)


# The lexicon's word lists are fixed for the process's life: their patterns
# are compiled once, not once per text run.
@lru_cache(maxsize=None)
def _honorific_regex() -> re.Pattern[str]:
    """"ông ", "đồng chí ": a word of address before a name."""
    return re.compile(rf"(?:{_word_start_tree(lexicon.honorifics())}) ")


@lru_cache(maxsize=None)
def _opening_honorific_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_word_start_tree(_opening_honorifics())}) ")


def _word_start_tree(words: tuple[str, ...] | list[str]) -> str:
    r"""``(?<!\w)`` and the alternation of ``words`` as a tree of shared letters
    (``word_start_tree``): it matches what the flat list after the look-behind
    matches, with fewer tries at each position and none at most."""
    return word_start_tree([re.escape(w) for w in words], 0)


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
    names = sorted(n for n in lexicon.family_names() if re.fullmatch(r"\w+", n))
    tree = word_start_tree([re.escape(n) for n in names], 0, not_after=r"[\w'’]")
    return re.compile(rf"(?:{tree})(?![\w'’])")


@lru_cache(maxsize=None)
def _back_reference_regex() -> re.Pattern[str]:
    """"ông Long": a word of address and a given name alone."""
    return re.compile(rf"(?:{_word_start_tree(lexicon.honorifics())}) ({CAP})(?! {UP})(?!\w)")


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
        # A second group may follow the first: "(nay là Phó Trưởng Ban ...)".
        while _attach_next_group(text, mention, by_start, used):
            pass


def _attach_next_group(text: str, mention: _Found, by_start: dict[int, tuple[int, list[Role]]],
                       used: set[int]) -> bool:
    sep = _SUFFIX_SEP.match(text, mention.end)
    if not sep or sep.end() not in by_start:
        return False
    i, chain = by_start[sep.end()]
    if _subject_after_fronted_object(text, mention, chain):
        return False
    end = chain[-1].end
    if "(" in sep.group():
        if text[end:end + 1] != ")":
            return False  # more than titles in the parentheses
        end += 1
    if i in used:
        return False
    used.add(i)
    if sep.group("now"):
        chain = [replace(chain[0], start=sep.start("now"), title_start=chain[0].start), *chain[1:]]
    mention.roles = mention.roles + list(chain)
    mention.end = end
    return True


# A sentence fronted by a verb of meeting whose object is the person: "Tiếp
# Đại sứ A, Chủ tịch nước đánh giá cao ...".  The bare title after the comma,
# with a verb and no name after it, is the main clause's subject, not A's.
_FRONTED_MEETING = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Tiếp|Gặp|Tiếp kiến|Hội kiến|Hội đàm với|Điện đàm với"
                              r"|Làm việc với)\s*$")
_VERB_AFTER_TITLE = re.compile(rf" {LOW}(?!\w)")


def _subject_after_fronted_object(text: str, mention: _Found, chain: list[Role]) -> bool:
    last = chain[-1]
    return (last.bare and _VERB_AFTER_TITLE.match(text, last.end) is not None
            and search_before(_FRONTED_MEETING, text, mention.start, 24) is not None)


def _share_titles(text: str, mentions: list[_Found], chains: list[list[Role]]) -> None:
    """One title for several names: "các Ủy viên Bộ Chính trị: A, B" and
    "Phó Thủ tướng A và B"."""
    for chain in chains:
        plural = text[:chain[0].start].endswith(("các ", "Các "))
        colon = text[chain[-1].end:chain[-1].end + 2] == ": "
        if not (plural or colon):
            continue
        # A colon list runs to the end of the sentence, its items often
        # separated by ";"; a plain plural title covers the clause.
        stop = (_SENTENCE_END if colon else _LIST_END).search(text, chain[-1].end)
        limit = stop.start() if stop else len(text)
        if colon:
            limit = _group_end(text, chain[-1].end, limit, mentions)
        titles = [r.title(text) for r in chain]
        listed = [m for m in mentions if chain[-1].end < m.start < limit]
        if colon and _names_their_body(chain, listed):
            continue
        for mention in listed:
            mention.shared_roles += [t for t in titles if t not in mention.shared_roles]
    for first, second in zip(mentions, mentions[1:]):
        if first.roles and not second.roles and text[first.end:second.start] == " và ":
            second.shared_roles += [r.title(text) for r in first.roles]


def _group_end(text: str, start: int, limit: int, mentions: list[_Found]) -> int:
    """Where the group a colon title introduces ends: at the first "; " whose
    next item opens with anything but a bare name.  "các Phó Thủ tướng: A, B;
    Bộ trưởng Bộ Y tế C" gives C a title of his own; in a roster ("các Ủy viên
    Bộ Chính trị: A, Bí thư Thành ủy; B, Trưởng Ban ...") each item opens with
    the name and the plural title goes on."""
    bare_starts = {m.name.start for m in mentions if m.start == m.name.start}
    semicolon = text.find("; ", start, limit)
    while semicolon >= 0:
        if semicolon + 2 not in bare_starts:
            return semicolon
        semicolon = text.find("; ", semicolon + 2, limit)
    return limit


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
    or of two words (a given name may open with one: "Mai Chi")."""
    words = mention.name.name.split()
    return not mention.entity_id and len(words) >= 2 and (len(words) == 2 or not opens_a_name(words[0]))


def _short_form_of(words: list[str], full: list[str]) -> bool:
    """"Phi Long" of "Nguyễn Phi Long"; "Mai Chi" of "Trần Thị Mai Chi", a
    given name of two words after the family and middle names (the words
    after the family name alone are a name of their own: "Lê Hội" of "Trần Lê
    Hội" is no short form); "Ramón Fuentealba" of "Ramón Ignacio Fuentealba
    Soto", a foreign name's first given name and first surname."""
    if len(full) <= len(words):
        return False
    if full[-len(words):] == words:
        return not opens_a_name(words[0]) or len(full) - len(words) >= 2
    remaining = iter(full)
    return words[0] == full[0] and looks_foreign(words[0]) and all(w in remaining for w in words)


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


