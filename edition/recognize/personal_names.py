"""Reading a personal name: where one starts and how far it goes.

A personal name is two to four capitalised syllables (five after an Ê Đê "Y"
or "H'", or in a Lao name written without hyphens); a foreign name goes on over its particles ("Lula da Silva") and a
middle initial.  Shared by the title grammar (``titles``), which must know
where a title stops and a name starts, and by the person recognizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .names import (CYCLE_YEAR_NAME, GENDER_PREFIX, LO, LOCAL_UNITS, MIDDLE_NAMES, NAME_WORD, ROMAN_NUMERAL, UP, VOWELS,
                    Match, first_word_doubled, is_cap, looks_foreign, opens_a_name, opens_a_name_before, word_before,
                    word_start_tree)
from .orgs import SCHOOL

MAX_NAME_WORDS = 4
# Ê Đê names open with a word for man or woman (``GENDER_PREFIX``) and may
# end with a two-word clan name: one word longer than others.


def reads_as_personal_name(written: str) -> bool:
    """A byline or credit that names a person: two to five capitalised words,
    or all of them in capitals ("THANH TÙNG"), or a K'Ho name of one word
    ("K'Brơi", see ``HIGHLAND_ONE_WORD_NAME``), not a group or an agency:
    "Nhóm phóng viên" has a lower-case word, "Bộ GTVT" and "Nhóm PV" mix an
    abbreviation with ordinary words, "Báo Nhân Dân" opens with a group word."""
    words = written.split()
    if len(words) == 1 and HIGHLAND_ONE_WORD_NAME.fullmatch(written):
        return True  # "Ảnh: K'Brăk", a K'Ho name of one word
    if not 2 <= len(words) <= MAX_NAME_WORDS + 1:
        return False
    if written.isupper():
        if not all(map(_HAS_A_VOWEL.search, words)):
            return False  # "LĐLĐ TP HCM", "DN CUNG CẤP": an abbreviation, no syllable of a name
        words = [_capitalized(w) for w in words]
    spelled = " ".join(words)
    return (all(is_cap(w) for w in words)
            and not any(spelled.startswith(g + " ") for g in lexicon.group_words())
            and _VENUE_WORDS.isdisjoint(words))


# English words for a venue or a firm, which no personal name holds: a credit
# "Ảnh: Sun World Ba Den Mountain", "Ảnh: Vinpearl Resort" names the site or
# firm that gave the photo.  (Not "Park", a Korean family name.)
_VENUE_WORDS = frozenset({"World", "Mountain", "Resort", "Hotel", "Center", "Centre", "Studio", "Media",
                          "Group", "News", "Beach", "Travel", "Tourism", "Company", "Museum"})
# Of them, the words a firm's brand ends on after Vietnamese syllables
# ("Hưng Thịnh Land", "Sao Mai Group"): capitalised as a name is, but no person's.
_FIRM_WORDS = frozenset({"Land", "Group", "Holdings", "Corp", "Invest", "Media"})


_APOSTROPHE_PART = re.compile(r"(?<=['’])\w")
# Every syllable of a name has a vowel; an abbreviation in capitals has none.
_HAS_A_VOWEL = re.compile(rf"[{VOWELS}]", re.IGNORECASE)


def _capitalized(word: str) -> str:
    """A word written in capitals as a name writes it: "KSOR" -> "Ksor", each
    part after an apostrophe capitalised too ("H'YIM" -> "H'Yim", see ``is_cap``)."""
    return _APOSTROPHE_PART.sub(lambda m: m.group().upper(), word.capitalize())


# A K'Ho or Mạ name may be one word, its marker and apostrophe before the
# given name ("K'Brơi", "Ka'Nhung"): a whole name after a title or a word of address.
HIGHLAND_ONE_WORD_NAME = re.compile(r"[A-ZĐ]a?['’]" + UP + r"\w+")


def name_at(text: str, pos: int, evidence: bool) -> Match | None:
    """Two to four capitalised syllables from ``pos`` (five after an Ê Đê
    "Y"/"H'"); without ``evidence`` the first must be a family name.  A
    foreign name goes on over its lower-case particles ("Lula da Silva")."""
    if _SCHOOL_AHEAD.match(text, pos):
        return None  # "Trường Đại học": a school, whatever follows
    if _AFTER_A_HULL_NUMBER.search(text, max(0, pos - 2), pos):
        return None  # "tàu 286-Lê Quý Đôn": a ship's name after its number
    found: list[re.Match[str]] = []
    window = text[pos:pos + 80]
    abbreviated = _ABBREVIATED_GIVEN.match(window) if evidence else None
    spaced_prefix = _SPACED_GENDER_PREFIX.match(window) if evidence else None
    at = (abbreviated or spaced_prefix).end() if abbreviated or spaced_prefix else 0
    while len(found) < _max_words(found):
        if found:
            at = _after_middle_initial(window, at, found)
            if not window.startswith(" ", at):
                break
            at = _after_particles(window, at + 1, found)
        m = NAME_WORD.match(window, at)
        if m is None or not _is_name_word(m.group()) or (found and m.group() in lexicon.name_stops()
                                                         and not _given_name_follows(found)):
            break  # after a middle name any word is the given name: "Lê Văn Hội"
        if _GENERATION.match(window, m.start()):
            break  # "Jr.", no word of the name: it follows the name (below)
        if found and ROMAN_NUMERAL.fullmatch(m.group()) and not _is_middle_initial(window, m, found):
            break  # "I" reads as a capitalised word; "II" does not (below)
        found.append(m)
        at = m.end()
    if found and _numbers_a_site(window, found):
        return None  # "Khu công nghiệp Sơn Mỹ I", "Thủy điện Đồng Nai III"
    if any(word.group() in _FIRM_WORDS for word in found):
        return None  # "tổng giám đốc Phú An Land": a firm, named as its head's title names a body
    generation = _GENERATION.match(window, found[-1].end()) if found else None
    if len(found) < 2 and not (evidence and found and (spaced_prefix or generation  # "Tổng thống Marcos Jr."
                                                       or HIGHLAND_ONE_WORD_NAME.fullmatch(found[0].group()))):
        return None
    first = found[0].group()
    if first in lexicon.name_stops() or first in _UNIT_WORDS or first in _POST_WORDS \
            or not (evidence or opens_a_name_before(first, found[1].group())):
        return None
    if not evidence and (_after_a_spaced_gender_prefix(text, pos) or _names_a_people(found)):
        return None
    if not evidence and (_baptismal_without_family_name(found) or first_word_doubled(found)
                         or _reading_of_a_foreign_name(text, pos) or _ends_a_place_before_a_name(text, pos, found)):
        return None
    if abbreviated and not any(looks_foreign(w.group()) for w in found):
        return None  # "Tp. Hồ Chí Minh": a place word, not a given name
    end = pos + (generation.end() if generation else found[-1].end())
    name = Match(pos, end, text[pos:end])
    return None if _holds_an_address(name) or _CYCLICAL_YEAR.fullmatch(name.name) else name


# The Ê Đê word for a man opens the name, the given name next whatever word
# it is ("Y Ban Niê", "Y Khu Êban"), as after a middle name.
_ANY_GIVEN_NAME_AFTER = MIDDLE_NAMES | {"Y"}


def _given_name_follows(found: list[re.Match[str]]) -> bool:
    last = found[-1].group()
    return last in MIDDLE_NAMES or (last in _ANY_GIVEN_NAME_AFTER and len(found) == 1)


# A Roman numeral after Vietnamese name words numbers a site named after a
# place ("Khu công nghiệp Sơn Mỹ I", "Nhà máy Thủy điện Đồng Nai III"): no
# Vietnamese personal name holds one.  A foreign ruler's may ("Charles III"),
# and in capitals "VI" is the given name "Vi" ("PHƯƠNG VI").
_ROMAN_NUMERAL_AFTER = re.compile(r" (?:" + ROMAN_NUMERAL.pattern + r")(?!\w)")


def _numbers_a_site(window: str, found: list[re.Match[str]]) -> bool:
    return (_ROMAN_NUMERAL_AFTER.match(window, found[-1].end()) is not None
            and not found[-1].group().isupper() and not any(looks_foreign(w.group()) for w in found))


# "năm Giáp Thìn", "Tết Đinh Dậu": a year of the cycle, no person.
_CYCLICAL_YEAR = re.compile(CYCLE_YEAR_NAME)
# A local unit written with a capital opens a place, never a personal name
# ("Thị trưởng Quận Praha 4", "Quận Hòa Minh"); not a name stop, which would end
# a body's name before it ("UBND Quận 3").
_UNIT_WORDS = frozenset(unit.capitalize() for unit in LOCAL_UNITS if " " not in unit)
# A station or a post opens a body's name, never a personal name ("Trạm
# trưởng Trạm Quản lý biên giới ...", "Đồn Biên phòng ..."); not a name stop
# either, which would end a place before it ("Chợ Đồn", "Trạm Tấu").
_POST_WORDS = frozenset({"Trạm", "Đồn"})


def _is_name_word(word: str) -> bool:
    """A capitalised word of a name (``is_cap``), or a foreign given name whose
    hyphen joins two capitalised names ("Jean-Baptiste", "Anne-Marie"); two
    Vietnamese names so joined are two ("Hà Nội-Hải Phòng"); or a Scottish or
    Irish family name, capitalised after its "Mc"/"Mac" ("McKenzie")."""
    return is_cap(word) or _GAELIC_FAMILY_NAME.fullmatch(word) is not None \
        or ("-" in word and all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
            and looks_foreign(word))


_GAELIC_FAMILY_NAME = re.compile(r"Ma?c[A-Z][a-z]+")


_SCHOOL_AHEAD = re.compile(SCHOOL + r"(?!\w)")
# A number glued to a name by a hyphen: a ship's or a vehicle's designation
# ("tàu 286-Hòa Minh"): named after a person perhaps, but no person.
_AFTER_A_HULL_NUMBER = re.compile(r"\d-$")
# A foreign given name abbreviated with a period, before the rest of the name:
# "Ma. Lourdes" (María), "Md. Rahman" (Mohammad).
_ABBREVIATED_GIVEN = re.compile(rf"{UP}{LO}{{1,2}}\. (?={UP})")
# The Ê Đê word for a woman written apart from the given name it is glued to
# elsewhere ("bà H' Lim Niê" for "H'Lim Niê"): after a word of address or a
# title, the prefix of the name that follows.
_SPACED_GENDER_PREFIX = re.compile(rf"H['’] (?={UP})")
# A foreign name's generation after it, its period part of the name: "Ferdinand
# Marcos Jr.", "Marcos Sr." (no Vietnamese syllable is spelt "Jr" or "Sr").
_GENERATION = re.compile(r" ?(?:Jr|Sr)\.")
# Lower-case particles inside Portuguese, Spanish, Dutch, German, Arabic and
# French names ("Lula da Silva", "van der Berg", "bin Salman"), the Spanish
# article after "de" in the plural too ("de los Santos", "de las Casas").
_PARTICLES = re.compile(r"(?:(?:da|de|do|dos|das|di|del|van|von|der|den|bin|al|le|la|los|las) ){1,2}")


_INITIAL_PERIOD = ". "


def _after_middle_initial(window: str, at: int, found: list[re.Match[str]]) -> int:
    """Where a foreign name goes on after a middle initial and its period
    ("Margaret L. Hayes", "John F. Kennedy"): the period ends no sentence when
    the names on both sides read as foreign (a Vietnamese name ends on an
    initial only in an example: "Nguyễn Văn A. Sau đó ...")."""
    if not (len(found) >= 2 and len(found[-1].group()) == 1 and window.startswith(_INITIAL_PERIOD, at)
            and looks_foreign(found[0].group())):
        return at
    following = NAME_WORD.match(window, at + len(_INITIAL_PERIOD))
    if following and is_cap(following.group()) and looks_foreign(following.group()):
        return at + 1
    return at


def _is_middle_initial(window: str, word: re.Match[str], found: list[re.Match[str]]) -> bool:
    """"Anna V. Lopez", "Peter I. Novak": a letter that spells a Roman numeral
    is a middle initial when a foreign name goes on after its period."""
    return len(word.group()) == 1 and _after_middle_initial(window, word.end(), [*found, word]) > word.end()


def _after_particles(window: str, at: int, found: list[re.Match[str]]) -> int:
    """Where the next word of a foreign name starts: after its particles when
    the name so far is foreign ("Luiz Inácio Lula" + "da Silva"); Vietnamese
    has these words too ("do" = because), so a Vietnamese name never takes them."""
    m = _PARTICLES.match(window, at)
    if m and any(looks_foreign(w.group()) for w in found):
        return m.end()
    if [w.group() for w in found] == [_DHARMA_SURNAME] and window.startswith(_NUN_WORD, at):
        return at + len(_NUN_WORD)
    return at


# A Buddhist nun's religious name sets "nữ" (woman) in lower case between the
# Dharma surname and the given names ("Ni sư Thích nữ Diệu Tâm"), one name.
_DHARMA_SURNAME = "Thích"
_NUN_WORD = "nữ "


def _max_words(found: list[re.Match[str]]) -> int:
    longer = found and (GENDER_PREFIX.match(found[0].group()) or found[0].group() in lexicon.baptismal_names()
                        or _syllables_of_a_neighbours_name(found))
    return MAX_NAME_WORDS + 1 if longer else MAX_NAME_WORDS


def _syllables_of_a_neighbours_name(found: list[re.Match[str]]) -> bool:
    """A Lao name transcribed syllable by syllable without hyphens ("Thoong Xa
    Vẳn Đi La"): Vietnamese-looking syllables, but no Vietnamese family name
    opens them, so the four-word limit of a Vietnamese name does not hold."""
    words = [w.group() for w in found]
    return (len(words) == MAX_NAME_WORDS and words[0] not in lexicon.family_names()
            and not any(looks_foreign(w) or "-" in w for w in words))


def _ends_a_place_before_a_name(text: str, pos: int, found: list[re.Match[str]]) -> bool:
    """A family name before another family name and a middle name, in a run of
    capitals, ends the place before them: "xã Tân Hà | Đinh Văn Lâm" ("Hà" is
    a family name too).  No one's name opens with two family names before
    "Văn" or "Thị"; the second opens it."""
    words = [w.group() for w in found]
    return (len(words) >= 3 and words[2] in MIDDLE_NAMES and opens_a_name(words[1])
            and is_cap(word_before(text, pos) or ""))


def _after_a_spaced_gender_prefix(text: str, pos: int) -> bool:
    """"bà H' Lim Niê": the words after the Ê Đê word for a woman, written
    apart, are the rest of her name, which opens at that word."""
    return _SPACED_GENDER_PREFIX_BEFORE.search(text, max(0, pos - 4), pos) is not None


_SPACED_GENDER_PREFIX_BEFORE = re.compile(r"(?<!\w)H['’] $")


def _names_a_people(found: list[re.Match[str]]) -> bool:
    """"văn hóa Hà Nhì", "lễ hội của người La Chí": words that spell an
    ethnic group (``lexicon.ethnic_groups``) name the people wherever they
    stand, though a family name opens some; nothing else says a person."""
    return " ".join(w.group() for w in found) in lexicon.ethnic_groups()


def _baptismal_without_family_name(found: list[re.Match[str]]) -> bool:
    """"Giuse Mai Xuân Trường" is a Catholic's name, its baptismal name before
    a whole Vietnamese one; a baptismal name before anything else ("Maria
    Hoa", a saint's feast, a foreign name) is no evidence of a person."""
    words = [w.group() for w in found]
    return words[0] in lexicon.baptismal_names() and not (
        len(words) >= 3 and words[1] in lexicon.family_names() and words[1] not in lexicon.baptismal_names())


# The last word of a name and the parenthesis opened after it.
_NAME_THEN_PARENTHESIS = re.compile(r"(?<!\S)(\S+) \($")


def _reading_of_a_foreign_name(text: str, pos: int) -> bool:
    """"ông Lin Chih-Wei (Lâm Chí Vỹ)": Vietnamese syllables in parentheses
    after a foreign name are its Sino-Vietnamese reading, no second person."""
    before = _NAME_THEN_PARENTHESIS.search(text, max(0, pos - 40), pos)
    return before is not None and _is_name_word(before.group(1)) and looks_foreign(before.group(1))


def _holds_an_address(name: Match) -> bool:
    """"Lăng Miếu Bà Chúa Xứ": a capitalised word of address inside capitalised
    words names a shrine or a deity ("Bà Chúa Xứ"), never a person's name."""
    return any(word in lexicon.honorifics() for word in name.name.split()[1:])


# The lexicon's word lists are fixed for the process's life: their patterns
# are compiled once, not once per text run.
@lru_cache(maxsize=None)
def honorific_regex() -> re.Pattern[str]:
    """"ông ", "đồng chí ": a word of address before a name."""
    return re.compile(rf"(?:{words_tree(lexicon.honorifics())}) ")


def words_tree(words: tuple[str, ...] | list[str]) -> str:
    r"""``(?<!\w)`` and the alternation of ``words`` as a tree of shared letters
    (``word_start_tree``): it matches what the flat list after the look-behind
    matches, with fewer tries at each position and none at most."""
    return word_start_tree([re.escape(w) for w in words], 0)
