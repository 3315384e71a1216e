"""Shared grammar of the name recognizers (persons, orgs, places).

The three kinds compete for the same capitalised words ("Thái Bình" is a
province and a journalist, "Hồ Chí Minh" a person inside "TP. Hồ Chí Minh"),
so one analysis of each text run decides all three at once; ``persons``,
``orgs`` and ``places`` only turn its result into spans and entities.

Vietnamese makes the grammar tractable: a personal name capitalises every
syllable ("Lê Hải Bình"), an organization name only its first syllable and
the proper parts ("Ban Tuyên giáo Trung ương").  Registers supply the names
grammar cannot know (VGP, "Bác" for Hồ Chí Minh, the provinces).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, TypeVar

from .. import lexicon
from ..model import Inline
from ..registers import _NEW_TO_OLD, _NEW_TONE, Registers
from .window import Near, search_before, word_start

# --- letters and words ---------------------------------------------------------

_VI_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
UP = "[A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
LO = f"[{_VI_LOWER}]"
CAP = f"{UP}{LO}*"  # a capitalised syllable
LOW = f"{LO}+"  # a lower-case syllable
ABBR = f"{UP}{{2,}}"  # UBND, ĐBQH
# A lower-case word after a space, matched where a name or title ends: the
# clause goes on there ("... Dương Kinh bày tỏ"), or a word goes on ("Cung Văn hóa").
LOWER_WORD_AFTER = re.compile(rf" {LOW}(?!\w)")
# A name phrase of the organization kind: a capitalised two-syllable word
# ("Tài chính", "Y tế"), possibly joined by "và" ("Kế hoạch và Đầu tư").
# Longer names are the registers' business: a freer grammar would run on
# into the sentence ("Bộ Chính trị về đẩy mạnh ...").
# "và" followed by a personal name ("Sở Y tế và Lê Văn Bình") ends the name.
_FAMILY_NAME_AHEAD = "|".join(sorted((n for n in lexicon.family_names() if " " not in n),
                                     key=len, reverse=True))
# Words that join or open a clause, never a word of a name: a field's second
# syllable ("Cục Thuế" + " sẽ", + " và các phòng"), a body's inner word.  Not
# "vừa" (just now), which names "Doanh nghiệp nhỏ và vừa" (small and medium).
CLAUSE_WORD = r"(?:và|của|các|những|với|cho|tại|trong|về|là|được|đã|sẽ|để|đang|cũng|đều|thì|mà|cùng)(?!\w)"
_SECOND_SYLLABLE = rf"(?: (?!{CLAUSE_WORD}){LOW})?"
PERSONAL_NAME_AHEAD = rf"(?:{_FAMILY_NAME_AHEAD}) {UP}"  # a family name, then the next name's word
PHRASE = rf"{CAP}{_SECOND_SYLLABLE}(?: và (?!{PERSONAL_NAME_AHEAD}){CAP}{_SECOND_SYLLABLE})*"

_WORD = re.compile(r"\w+")
# ... or the outlet's mark that opens a lead: "(PLO)- Bác kháng cáo ..." (rejects the appeal).
_SENTENCE_END = re.compile(r"(?:^(?:\([^()\n]{2,20}\)\s*[-–—]?\s*)?|[.!?…]\s+|\n)[\"“'‘(]*$")


# Kept for the last texts: the recognizers respell each run text about ten
# times (orgs, places, persons, titles, classifiers), and only a few runs back.
@lru_cache(maxsize=64)
def respell(text: str) -> str:
    """Old tone placement ("uỷ" -> "ủy"), keeping every offset unchanged."""
    return _NEW_TONE.sub(lambda m: _NEW_TO_OLD[m.group(1)], text)


# Cached: the same few words are tested again and again (every candidate
# name, title tail and village name of every run).
@lru_cache(maxsize=4096)
def is_cap(word: str) -> bool:
    """"Bình", "Đ", "H'Bơ", "Khăm-phăn": capitalised, the rest lower case (each
    part of a syllable with an apostrophe, as Ê Đê and Gia Rai names write
    them).  A Lao or Khmer name transliterated syllable by syllable joins its
    syllables with hyphens and capitalises only the first ("Xay-nha-xỏn"): a
    capital after a hyphen is two names ("Nội-Hải" of "Hà Nội-Hải Phòng").
    A Cơ Tu name writes its syllable after an onset and an apostrophe in lower
    case ("Bh'riu", "Bh'nướch"), and a Pacific name its glottal stop between
    two vowels ("Ma'u", "Tu'ilagi"): capitalised all the same."""
    first, *syllables = word.split("-")
    capitalised = all(_is_cap_part(part) for part in _APOSTROPHE.split(first)) \
        or _ONSET_APOSTROPHE.fullmatch(first) is not None or _GLOTTAL_STOP.fullmatch(first) is not None
    return capitalised and all(s.islower() for s in syllables)


_APOSTROPHE = re.compile("['’]")
# A capitalised onset of consonants only, its apostrophe, then a lower-case
# syllable ("Bh'riu"): an English possessive follows a vowel ("Trump's" has one).
_ONSET_APOSTROPHE = re.compile(rf"[BCDĐGHKLMNPRSTVXZ][bcdđghklmnprstvxz]?['’]{LO}+")
# A word of a name: "Bình", "H'Bơ", "Xay-nha-xỏn" (see ``is_cap``).
NAME_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _is_cap_part(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def at_sentence_start(text: str, pos: int) -> bool:
    """True where capitalisation is no evidence of a name."""
    return bool(search_before(_SENTENCE_END, text, pos))


_WORD_BEFORE = re.compile(r"(\w+) $")


def word_before(text: str, pos: int) -> str | None:
    """The word ending right before ``pos`` with one space between, if any."""
    m = search_before(_WORD_BEFORE, text, pos, 40)
    if m is not None and m.start() == pos - 40:  # the word may begin further back
        m = _WORD_BEFORE.search(text, 0, pos)
    return m.group(1) if m else None


_TWO_NAME_WORDS = re.compile(r"(\w+(?:['’-]\w+)*) (\w+(?:['’-]\w+)*)")
# A first syllable with an apostrophe opens a highland name as a family name
# does ("K'Lăng Thị Hoa", "H'Hen Niê", "Ka'Sa Ha"): Kinh names have none.
APOSTROPHE_OPENER = re.compile(r"\w+['’]\w")


VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# A capitalised word with an apostrophe between two vowels, all in lower case
# after its capital: the glottal stop of Tongan, Samoan or Hawaiian spelling
# ("Ma'u", "Tu'ilagi"); an English possessive has a consonant after it ("Trump's").
_GLOTTAL_STOP = re.compile(rf"{UP}{LO}*[{VOWELS}]['’][{VOWELS}]{LO}*")
_TWO_VOWEL_GROUPS = re.compile(rf"[{VOWELS}]+[^{VOWELS}]+[{VOWELS}]", re.I)
_NON_VIETNAMESE_LETTER = re.compile(r"[fjwzFJWZ]")
# A Vietnamese syllable ends on a vowel or on c, ch, m, n, ng, nh, p, t.
_NON_VIETNAMESE_END = re.compile(rf"[{VOWELS}](?!(?:ch|ng|nh|[cmnpt])$)[^{VOWELS}]+$", re.I)
# ... and never "i" before "ng" (Vietnamese writes "inh"): "Ting", "Ming", "Ling".
_I_BEFORE_NG = re.compile(r"[iìíỉĩị]ng$", re.I)


def looks_foreign(word: str) -> bool:
    """A word no Vietnamese syllable spells: a letter Vietnamese lacks ("Luiz"),
    two vowel groups ("Silva") or another ending ("Mark").  Syllables of a
    hyphenated or apostrophe name ("Xay-nha-xỏn", "H'Bơ") are taken one by one."""
    return any(_NON_VIETNAMESE_LETTER.search(part) or _TWO_VOWEL_GROUPS.search(part)
               or _NON_VIETNAMESE_END.search(part) or _I_BEFORE_NG.search(part)
               for part in re.split(r"['’-]", word))


# Ê Đê names open with a word for man or woman ("Y", "H'...").
GENDER_PREFIX = re.compile(r"Y$|H['’]\w")


def reads_as_brand(name: str) -> bool:
    """"Kim Phát Land", "Hoàng Quân Riverside": Vietnamese syllables closed by
    a word no Vietnamese syllable spells (and no hyphenated foreign given name)
    name a business or a project, not a person.  An Ê Đê name after its word
    for man or woman ends so too ("Y Phi Kbuôr", "Y Bih Mlô"), and a Khmer or
    highland name closing on a word written in Vietnamese letters ("Thạch Sa
    Rươne", "Đinh Blơk", ``spelt_in_vietnamese_letters``)."""
    *first, last = name.split()
    return bool(first) and "-" not in last and looks_foreign(last) and not any(map(looks_foreign, first)) \
        and not GENDER_PREFIX.match(first[0]) and not spelt_in_vietnamese_letters(last)


# The marks only Vietnamese writes: the breve, the circumflex and the horn of
# its vowels, its dot below and hook above, and "đ" ("ă", "ơ", "ạ", "ả").
_VIETNAMESE_MARKS = re.compile("[\u0306\u0302\u031b\u0323\u0309đĐ]")


def spelt_in_vietnamese_letters(word: str) -> bool:
    """A word with a Vietnamese letter ("Rươne", "Khêl", "Blơk"): one that no
    Vietnamese syllable spells so transcribes a neighbour's name (Khmer, the
    highland peoples') as Vietnamese writes it; an English or a French brand
    word ("Land", "Riverside") has none of these letters."""
    return _VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", word)) is not None


# The verbs of saying that follow a person's titles ("..., Giám đốc Sở X cho
# biết"): where a title, and the body it names, surely end.  Some are nouns of
# a function too ("Giám đốc phân tích thị trường"): verbs only before the
# comma or colon that opens what is said ("... phân tích, ...").
SAYING_VERBS = (r"(?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|thông tin|báo cáo|phát biểu|chia sẻ|"
                r"đề nghị|yêu cầu|chủ trì|kiến nghị|đề xuất|trình bày|bày tỏ|nêu(?: rõ)?|cam kết|"
                r"cho hay|mong muốn|giải thích|thừa nhận|kể|gợi ý|góp ý|nhận định|(?:phân tích|nhận xét|đánh giá|lý giải|phản ánh)(?=[,:]))"
                r"(?!\w)")


# A year of the sixty-year cycle is named by a heavenly stem and an earthly
# branch ("Giáp Thìn", "Đinh Dậu"); "Giáp" and "Đinh" are family names too.
# In order: a year's stem is (year - 4) % 10, its branch (year - 4) % 12.
CYCLE_STEM_NAMES = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CYCLE_BRANCH_INDEX = {"Tý": 0, "Sửu": 1, "Dần": 2, "Mão": 3, "Mẹo": 3, "Thìn": 4, "Tỵ": 5, "Tị": 5,
                      "Ngọ": 6, "Mùi": 7, "Thân": 8, "Dậu": 9, "Tuất": 10, "Hợi": 11}
CYCLE_STEMS = "(?:" + "|".join(CYCLE_STEM_NAMES) + ")"
CYCLE_BRANCHES = "(?:" + "|".join(CYCLE_BRANCH_INDEX) + ")"
#: A year's name in the cycle, its stem and its branch: "Giáp Thìn", "Ất Tỵ".
CYCLE_YEAR_NAME = CYCLE_STEMS + r"\s+" + CYCLE_BRANCHES

#: A Roman numeral that numbers a unit, a site or a ruler, I to XIII
# ("Quân khu IV", "Thủy điện Đồng Nai III", "Charles III").
ROMAN_NUMERAL = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,3}")


# The units of local government ("tỉnh Hòa Minh", "thị trấn Tân Lập").
LOCAL_UNITS = ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh")


# Syllables that stand between a family name and a given name, never last
# ("Lê Văn An", "Giáp Thị Hồng Nhung"), nor a place's second word.
MIDDLE_NAMES = frozenset({"Văn", "Thị"})


def opens_a_name(word: str) -> bool:
    """A family name, or a syllable with an apostrophe ("H'Hen Niê", "K'Lăng ...")."""
    return word in lexicon.family_names() or bool(APOSTROPHE_OPENER.match(word))


def opens_a_name_before(word: str, following: str) -> bool:
    """``opens_a_name``, the second word known: some family names open a name
    only before a middle name ("Kiên Thị Sa Ry", "Lang Văn Tú"), as the first
    of two words they open places ("Kiên Lương", "Lang Chánh")."""
    if word in lexicon.family_names_with_middle():
        return following in MIDDLE_NAMES
    return opens_a_name(word) or following == WOMAN_S_MIDDLE_NAME


# A woman's middle name opens a personal name second, whatever the first word:
# "Pả Thị Lan", "Ka Thị Bé" (a highland people's family names, which the
# lexicon cannot know all of); no place or body is named "X Thị Y".
WOMAN_S_MIDDLE_NAME = "Thị"


def starts_personal_name(text: str, pos: int) -> bool:
    """True when a family name (or a highland name's apostrophe syllable)
    followed by a capitalised word starts at ``pos`` ("Trần Quốc Hưng",
    "H'Lan Êban"): a grammar that runs over capitalised words (an unknown
    place, a minister's field) must stop there, or it takes the name away.
    A family name said twice opens none, at either word: "Lô Lô Chải" is a
    village named after a people ("Lô Lô")."""
    if SPACED_WOMAN_S_WORD.match(text, pos):
        return True  # "H' Lim Niê": the Ê Đê word for a woman written apart, whatever name follows
    if _two_word_family_name_before_woman_s_middle_name(text, pos):
        return True
    m = _TWO_NAME_WORDS.match(text, pos)
    return bool(m and is_cap(m.group(1)) and opens_a_name_before(m.group(1), m.group(2)) and is_cap(m.group(2))
                and m.group(2) not in lexicon.name_stops() and not _said_twice(text, pos, m)
                and not _country_after(text, m.end()))


# A Cơ Tu family name may be two words ("Zơ Râm", "Bờ Nướch"), the woman's
# middle name third: "Bờ Nướch Thị Hoa".  Where either word is a family name
# the name opens there ("A Lăng Thị Hoa"; "Tây Thiên Lăng Thị Tiêu", a title
# before the name), so neither may be one.
_THREE_WORDS_THEN_A_NAME = re.compile(rf"(\w+) (\w+) {WOMAN_S_MIDDLE_NAME} (\w+)(?![\w'’-])")


def _two_word_family_name_before_woman_s_middle_name(text: str, pos: int) -> bool:
    m = _THREE_WORDS_THEN_A_NAME.match(text, pos)
    return bool(m and all(is_cap(word) for word in m.groups())
                and not any(opens_a_name(word) for word in m.groups()[:2])
                and not any(word in lexicon.name_stops() for word in m.groups()))


# The Ê Đê word for a woman written apart from the given name it opens
# ("H' Lim Niê" for "H'Lim Niê"): a name's first word all the same.
SPACED_WOMAN_S_WORD = re.compile(rf"H['’] (?={UP})")


def first_word_doubled(words: list[re.Match[str]]) -> bool:
    """"Lô Lô Chải": no one's family name is said twice before a given name; a
    doubled first syllable is a people's name ("Lô Lô") or a place named after it."""
    return words[0].group() == words[1].group()


def _said_twice(text: str, pos: int, words: re.Match[str]) -> bool:
    """The family name at ``pos`` repeats the word after it or the word before it."""
    return words.group(1) in (words.group(2), word_before(text, pos))


def _country_after(text: str, pos: int) -> bool:
    """"Nhà hát Nhạc Vũ Kịch Việt Nam": a country of two words after the two
    words of a name makes them a body's words before its country, not a
    person's name (no given name is a country's)."""
    return _COUNTRY_OF_WORDS_AFTER.match(text, pos) is not None


_COUNTRY_OF_WORDS_AFTER = re.compile(
    " (?:" + "|".join(re.escape(c) for c in lexicon.countries() if " " in c) + r")(?!\w)")


_WORD_AFTER = re.compile(r" (\w+)")


def word_after(text: str, pos: int) -> str | None:
    m = _WORD_AFTER.match(text, pos)  # at pos: no copy of the rest of the text
    return m.group(1) if m else None


# --- matches -------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    name: str  # the name as written (text[start:end])
    canonical: str | None = None  # the name to resolve, when it differs from the written one


@dataclass
class Role:
    start: int
    end: int
    orgs: list[Match] = field(default_factory=list)
    head: tuple[int, int, str] | None = None  # the title head's span and its lexicon spelling
    places: list[Match] = field(default_factory=list)  # "Chủ tịch [Trung Quốc]"
    # Where the title itself starts, after words that introduce it inside the
    # roleName ("nay là " of "(nay là Phó Giám đốc Sở Y tế)"); None: at start.
    title_start: int | None = None

    @property
    def bare(self) -> bool:
        """The head alone, with no body, place or qualifier after it ("Chủ tịch")."""
        return not self.orgs and not self.places and self.head is not None and self.end == self.head[1]

    def title(self, text: str) -> str:
        """The title as an entry records it: as written, with the head's stray
        capitals lowered as the lexicon spells it ("Bí Thư Đảng ủy" -> "Bí thư
        Đảng ủy"); a head the text writes in lower case stays so ("Tổng lãnh
        sự", which the lexicon spells "Tổng Lãnh sự")."""
        begin = self.start if self.title_start is None else self.title_start
        if self.head is None:
            return text[begin:self.end]
        start, end, spelled = self.head
        return text[begin:start] + _lower_where_either_is(text[start:end], spelled) + text[end:self.end]


def _lower_where_either_is(written: str, spelled: str) -> str:
    """``written`` with each letter in lower case where ``spelled`` (the same
    letters) has it so: the text's capitals the lexicon lacks are slips, its
    lower case its own spelling."""
    if written.lower() != spelled.lower() or len(written) != len(spelled):
        return spelled
    return "".join(w if w.islower() else s for w, s in zip(written, spelled))


@dataclass
class PersonMention:
    start: int  # of the persName (title included)
    end: int
    name: Match  # the name itself
    roles: list[Role] = field(default_factory=list)
    shared_roles: list[str] = field(default_factory=list)  # titles written once for several
    extra_roles: list[str] = field(default_factory=list)  # "author", "photographer"
    entity_id: str | None = None  # set for back-references
    resolve_as: str = ""  # the name to resolve (the full name of a back-reference)


@dataclass
class Analysis:
    text: str
    orgs: list[Match] = field(default_factory=list)
    places: list[Match] = field(default_factory=list)
    streets: list[Match] = field(default_factory=list)  # the places that name a street
    persons: list[PersonMention] = field(default_factory=list)
    _orgs_near: Near | None = field(default=None, repr=False, compare=False)

    def orgs_around(self, start: int, end: int) -> list[Match]:
        """The organisations that may overlap ``start``..``end`` (``Near``),
        indexed on first use, once ``orgs`` is final."""
        if self._orgs_near is None:
            self._orgs_near = Near(self.orgs)
        return self._orgs_near.around(start, end)


def overlaps(a: Match | PersonMention, b: Match | PersonMention) -> bool:
    return a.start < b.end and b.start < a.end


def inside(a: Match, b: Match | PersonMention) -> bool:
    return b.start <= a.start and a.end <= b.end


# --- register matching ------------------------------------------------------------


def _name_pattern(name: str) -> str:
    parts = [re.escape(p) for p in re.split(r"\s*[-–—]\s*", respell(name))]
    return r"\s*[-–—]\s*".join(r"\s+".join(p.split(r"\ ")) for p in parts)


def _register_regex(registers: Registers, kind: str,
                    ignore_case: bool) -> re.Pattern[str] | None:
    """One alternation of every register name of ``kind``, longest first.

    Compiled once per Registers (``Registers.derived``): building and hashing
    the alternation per text run cost more than all the matching."""
    def compile_alternation() -> re.Pattern[str] | None:
        names = [name for name, _ in registers.names(kind)]  # type: ignore[arg-type]
        if not names:
            return None
        patterns = [_name_pattern(name) for name in names]
        if ignore_case:
            tree = _capital_first_tree(patterns) or f"(?i:{word_start_tree(patterns, re.I)})"
        else:
            tree = word_start_tree(patterns, 0)
        return re.compile(rf"(?:{tree})(?!\w)")
    return registers.derived(("register-regex", kind, ignore_case), compile_alternation)


def _capital_first_tree(patterns: list[str]) -> str | None:
    """The case-insensitive ``letter_tree`` of ``patterns``, its branches opening
    with their first letter as a capital, case-sensitive, and the look-behind
    after it ("T(?<!\\w.)(?i:hanh Hóa|...)"); None where the root stays flat.

    A register name starts with a capital in the text (``register_matches``
    drops the others), so nothing is lost, and the regex engine skips to the
    capitals: tried with "(?<!\\w)" first at every position, the scans were 5-7
    times slower.  A lower-case match no longer hides a name that starts inside
    it ("chủ nghĩa Việt Nam")."""
    branches = _branches(patterns, 0, re.I)
    if branches is None or _SPACES in branches:
        return None
    return word_start(f"{key.upper()}(?i:{_tree_node(group, len(key), re.I)})"
                      for key, group in branches.items())


def letter_tree(patterns: list[str], flags: int) -> str:
    """The alternation of ``patterns`` (in their order; names as written by
    ``_name_pattern`` or ``re.escape``) as a tree of shared
    leading letters: "T(?:h(?:ái Bình|anh Hóa)|uyên Quang)|..." rather than
    "Thái Bình|Thanh Hóa|Tuyên Quang|...".  The regex engine tries the
    alternatives at every word start; the tree lets it drop all names but a
    few after a letter or two (the flat list was most of annotation's time).

    It matches what the flat alternation matches: at a node, at most one
    branch can match (each starts with its own letter, or with the spaces
    between words; letters that match each other under ``flags`` would make
    the node stay flat), and within a branch the names keep their order.  A
    node stays a flat list where a name ends or goes on with a dash or
    punctuation."""
    return _tree_node(patterns, 0, flags)


_SPACES = r"\s+"  # how _name_pattern writes the space between two words
_ESCAPED_SPACE = re.escape(" ")  # how re.escape writes it


def word_start_tree(patterns: list[str], flags: int, not_after: str = r"\w") -> str:
    """``(?<!not_after)(?:<letter_tree(patterns)>)``, its branches opening with their
    letter (``window.word_start``), so that the regex engine skips to the
    positions holding one.  A case-insensitive tree, or one that stays flat at
    its root, keeps the look-behind first: the engine cannot skip on it."""
    branches = _branches(patterns, 0, flags)
    if branches is None or flags & re.I or _SPACES in branches:
        return rf"(?<!{not_after})(?:{letter_tree(patterns, flags)})"
    return word_start((f"{key}(?:{_tree_node(group, len(key), flags)})"
                       for key, group in branches.items()), not_after)


def _tree_node(patterns: list[str], at: int, flags: int) -> str:
    """The alternation of ``patterns``, which have ``patterns[0][:at]`` in common."""
    branches = _branches(patterns, at, flags)
    if branches is None:
        return "|".join(pattern[at:] for pattern in patterns)
    return "|".join(f"{key if key in (_SPACES, _ESCAPED_SPACE) else re.escape(key)}"
                    f"(?:{_tree_node(group, at + len(key), flags)})"
                    for key, group in branches.items())


def _branches(patterns: list[str], at: int, flags: int) -> dict[str, list[str]] | None:
    """``patterns`` by what follows their common ``at`` characters (a letter, or
    the spaces between words), in their order; None where the node stays flat."""
    if len(patterns) == 1:
        return None
    branches: dict[str, list[str]] = {}
    for pattern in patterns:
        if pattern.startswith(_SPACES, at):
            key = _SPACES
        elif pattern.startswith(_ESCAPED_SPACE, at):
            key = _ESCAPED_SPACE
        elif pattern[at:at + 1].isalnum():  # re.escape writes letters and digits as themselves
            key = pattern[at].lower() if flags & re.I else pattern[at]
            if len(key) != 1:
                return None
        else:  # the name ends here ("(?!\w)" may hold where others go on), or an escape
            return None
        branches.setdefault(key, []).append(pattern)
    letters = [key for key in branches if key not in (_SPACES, _ESCAPED_SPACE)]
    for key in letters:
        same_letter = re.compile(re.escape(key), flags)
        if any(other != key and same_letter.fullmatch(other) for other in letters):
            return None
    return branches


def register_matches(registers: Registers, kind: str, text: str,
                     ignore_case: bool = True) -> list[Match]:
    """Register names of ``kind`` in ``text``, longest first, not overlapping.

    Case is ignored after the first letter for orgs and places ("Ban chấp
    hành Trung ương"); the first letter must be upper case."""
    regex = _register_regex(registers, kind, ignore_case)
    if regex is None:
        return []
    found = []
    for m in regex.finditer(respell(text)):
        if text[m.start()].isupper() or not text[m.start()].isalpha():
            found.append(Match(m.start(), m.end(), text[m.start():m.end()]))
    return found


def register_match_at(registers: Registers, kind: str, text: str, pos: int) -> Match | None:
    """The register name of ``kind`` (case ignored) starting exactly at ``pos``:
    what ``register_matches(registers, kind, text[pos:])`` finds at 0, shifted
    by ``pos``, without scanning the rest of the text."""
    regex = _register_regex(registers, kind, True)
    if regex is None:
        return None
    if pos == 0 or not _WORD.match(text, pos - 1):
        # At a word start what comes before ``pos`` changes neither the
        # respelling nor the regex's "(?<!\w)": match in the run's (cached)
        # respelling rather than respelling the rest of the run again.
        m = regex.match(respell(text), pos)
        end = m.end() if m else pos
    else:
        m = regex.match(respell(text[pos:]))
        end = pos + m.end() if m else pos
    if m is None or not (text[pos].isupper() or not text[pos].isalpha()):
        return None
    return Match(pos, end, text[pos:end])


# --- the analysis of one run ----------------------------------------------------------


def analyse(run: Inline, where: str, ctx) -> Analysis:  # ctx: annotate.Context
    """The names of ``run``, computed once and shared by the three recognizers."""
    cache = ctx.state.setdefault("names", {})
    key = (id(run), run.text, where)
    if cache.get("key") != key:
        from . import orgs, persons, places
        analysis = Analysis(run.text)
        analysis.orgs = orgs.find_orgs(run.text, ctx.registers, where)
        # Streets are places, and the persons recognizer needs to know which.
        streets = places.streets(run.text, ctx.registers) if places.names_places(where) else []
        analysis.places = places.find_places(run.text, ctx.registers, analysis.orgs, where, streets)
        analysis.streets = [p for p in streets if p in analysis.places]
        analysis.persons = persons.find_persons(run.text, where, ctx, analysis)
        cache["key"], cache["analysis"] = key, analysis
    return cache["analysis"]


_Stretch = TypeVar("_Stretch", bound="Match | PersonMention")


def drop_overlapping(matches: Iterable[_Stretch]) -> list[_Stretch]:
    """Keep the earliest, then longest, of overlapping matches (anything with
    ``start`` and ``end``)."""
    kept: list[_Stretch] = []
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept
