"""Dates: points and periods of the article text, with ISO 8601 values.

Forms (see ``docs``/the tests): ``01/07/2022``, ``1/3/2025``, ``16/4``, ``21.4``,
``30.4.1975``, ``20-11-2024`` and ``ngày 3-12``, ``ngày 28 tháng 8 năm 2025``,
``tháng 11 năm 2018``, ``tháng 8-2024``, ``tháng 6.2025``, months after one
``tháng`` (``tháng 6-7``, ``tháng 5, 6 và 7/2025``), ``năm 2022``, a bare year ``2021``,
``quý II/2025``, ``quý 1 năm 2024``, ``6 tháng đầu/cuối năm [2022]``,
``nửa đầu/cuối năm [2026]``, a month's first days ``10 ngày đầu tháng 1/2026``, its
ten-day thirds ``thượng/trung/hạ tuần tháng 6[/2025]``, and ranges
joined by ``-``/``–``/``đến``/``đến hết`` (``2021 - 2025``, ``15-16/7/2020``,
``30.4.1975 - 30.4.2025``, ``năm 2016 đến tháng 11 năm 2018``, ``ngày 5 đến ngày
7/12``, ``ngày 30/4 đến hết ngày 4/5/2025``) or by ``và`` (``năm 2019 và 2020``,
``ngày 19 và 20/11``), with ``nhiệm kỳ``/``giai đoạn``/``thời kỳ``/``năm học``/``[niên] khóa``/``niên vụ``
kept in the span.

Span conventions (the gold lists' README): unit words (ngày, tháng, năm, quý,
nhiệm kỳ, giai đoạn) stay in the span; times of day (Sáng, Chiều), weekdays
and prepositions (từ, trước, vào) stay outside, and so does a clock time
before "ngày" ("7h30 ngày 30/6", "17 giờ ngày 6/8": most gold lists leave the
hour out), though not inside a range of days ("ngày 16/7 đến 17h ngày 28/7"); a duration ("10 năm" in "10
năm 2021 - 2030", "50 năm qua", "hai ngày" in "hai ngày 15-16/7") is not a
date, nor is a ratio or a document number.  A day of the lunar calendar
("ngày 10/3 âm lịch", "ngày 23 tháng Chạp", "rằm tháng Giêng năm Ất Tỵ", "mùng 1 Tết") has
the value of the solar day it falls on; one that glosses a solar day ("18/4
(tức ngày 10/3 năm Giáp Thìn)") shares that day's value.

A year that is not written is inferred and marked with ``cert`` and
``evidence="internal"``: from the date line (the candidate year nearest to
it; "vừa qua" keeps the date at or before it, a deadline the sentence aims
at, "phấn đấu ... trước ngày 31/10", or a day it announces, "sẽ", at or
after it), else from the latest full date written in the article, else from the latest year written before (not a
goal's, nor one of the article's history: more than a year before the newest
year written on its own, which dates only the rest of its sentence), else from
the first year written in the article (``Inference`` says why).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterator

from ..model import Inline, Span
from ..parse import parse_dateline
from .document_heads import SHORT_FORM_HEADS
from .names import CYCLE_BRANCH_INDEX, CYCLE_BRANCHES, CYCLE_STEM_NAMES, CYCLE_STEMS, CYCLE_YEAR_NAME, UP
from .window import Occupied, search_before, word_start

# Words before a day/month without a year that make it a date rather than a
# ratio ("Sáng 16/4", "vào ngày 12/5", "cận 20/11"; "2/3 số xã" is not a date).
# A holiday is named by its day: "dịp lễ 30/4"; a second day joined by "và"
# or a dash shares the first one's word ("ngày 30/4 và 1/5", "dịp lễ 30/4 - 1/5").
_WEEKDAY_WORD = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"
_TIME_OF_DAY_WORD = r"sáng|chiều|tối|trưa|đêm|khuya"
_DAY_CONTEXT = re.compile(
    r"(?:\b(?:ngày|" + _TIME_OF_DAY_WORD + r"|hôm|từ|đến|trước|sau|vào|nay|dịp|lễ|cận|"
    + _WEEKDAY_WORD + r")\s*,?\s*|\(\s*)(?:\d{1,2}/\d{1,2}\s*(?:và|[-–])\s*)?$",
    re.IGNORECASE)
# Nouns and units after a number that make it a count, not a year ("2000 người"),
# nor a day ("từ 3.5 tỷ đồng", "tăng 7.5 %" are decimals).
_COUNT_NOUN = re.compile(
    r"\s+(?:người|đại biểu|đảng viên|hộ|ha|km|tấn|kg|lít|đồng|tỷ|tỉ|triệu|nghìn|ngàn|USD|%|"
    r"doanh nghiệp|đơn vị|xã|phường|lượt|trường hợp|vụ|căn|ngôi|chiếc)(?!\w)", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\b(?:" + _TIME_OF_DAY_WORD + r")\s*,?\s*$", re.IGNORECASE)
# A holiday named before its day: "Ngày Thương binh - Liệt sĩ 27/7", "Ngày Nhà giáo
# Việt Nam 20/11", "lễ Quốc khánh 2/9"; its name is capitalised words, each with
# at most one lower-case syllable after it ("Thương binh"), so that a verb
# after a name ("Ngày hội Hòa Minh thu hút 1/3 ...") ends it.  An anniversary
# names whose birth or founding it marks: "Ngày sinh Bác 19/5", "Ngày thành lập Đảng 3/2".
# Two fields joined by "và" make one name when the second is capitalised too:
# "Ngày Văn hóa và Thể thao Đông Lâm 12/8".
# An international or national day is named by the cause it serves, in lower
# case: "Ngày Quốc tế phòng, chống X 26/6", "Ngày Thế giới tưởng niệm ... 17/11".
_OBSERVANCE_NAME = (r"[Nn]gày\s+(?:Quốc\s+tế|Thế\s+giới|Toàn\s+dân|Quốc\s+gia)(?:,?\s+(?!" + UP + r")\w+){1,8}")
_HOLIDAY_BEFORE = re.compile(r"(?<!\w)(?:(?:[Nn]gày(?:\s+(?:sinh|thành\s+lập))?|[Ll]ễ|Tết)(?:\s+(?:[-–]\s+|và\s+)?" + UP
                             + r"\w*(?:\s+(?!" + UP + r")\w+)?)+|" + _OBSERVANCE_NAME + r")\s+$")
# A wire story opens with where and when it was filed, then its agency and a
# dash: "Praha, 8/2 (VOV) - ...", "HÀ NỘI, 3-5 (TTXVN) - ...": the day needs no date word.
# The agency may stand first instead, and a foreign city its country after it in
# brackets: "VOV.VN - Astana (Kazakhstan), 14/5 - ...".
_WIRE_PLACE_BEFORE = re.compile(r"^\s*(?:" + UP + r"[\w.+]*\s*[-–]\s*)?" + UP + r"[\w.]*(?:\s+" + UP + r"[\w.]*){0,4}"
                                r"(?:\s*\(" + UP + r"[^()\n]{0,30}\))?\s*,\s*$")
_WIRE_AGENCY_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s")
# "đêm 4 rạng sáng 5/3": the night's day is the first of the two, its month the
# morning's; "lúc 4 rạng sáng" is an hour, not a day.
_NIGHT_BEFORE = re.compile(r"(?<!\w)đêm\s+$", re.IGNORECASE)
# "từ 8 đến 10-7)": a range of days that punctuation closes (no unit after it);
# "từ năm 2021 đến nay": a stretch up to the article's time.
_FROM = re.compile(r"\btừ\s+$", re.IGNORECASE)
# A range from a year's start keeps the word: "đầu năm 2025 đến ngày 16/3" (the
# golds' 2 such ranges do, though "đầu năm 2025" alone is the year, "đầu" left out).
_START_OF_A_YEAR = re.compile(r"(?<!\w)đầu\s+$", re.IGNORECASE)
_CLOSED = re.compile(r"[),.;]")
# "thứ Hai (15-9)", "vào thứ Bảy, 20-9": a weekday names the day after it.
_WEEKDAY = re.compile(r"\b(?:" + _WEEKDAY_WORD + r")\s*[,(]?\s*$", re.IGNORECASE)
# "hôm nay (5-3)", "sáng mai, 6-3", "tối qua (4-3)": a day told from the
# article's own, then glossed by its date.
_RELATIVE_DAY = re.compile(r"\b(?:hôm|ngày|" + _TIME_OF_DAY_WORD + r")\s+(?:nay|mai|qua|kia)\s*[,(]\s*$",
                           re.IGNORECASE)
# "ngày 3-4 lần", "mỗi ngày 2-3 chuyến": a number per day, not a date.
_PER_DAY = re.compile(r"\s+(?:lần|chuyến|giờ|tiếng|ca|buổi|suất|bữa)\b", re.IGNORECASE)
_EACH = re.compile(r"\b(?:mỗi|một|hằng|hàng)\s+$", re.IGNORECASE)
_PAST = re.compile(r"\s+vừa\s+qua\b", re.IGNORECASE)
_ROMAN_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# A count of months spelled out, as a sentence's first word is written: "Sáu
# tháng cuối năm 2025" is "6 tháng cuối năm 2025".
_SPELLED_MONTHS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_SPELLED_MONTH_COUNT = "|".join(w for word in _SPELLED_MONTHS for w in (word, word.capitalize()))
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A year of the history before 1800 ("năm 1740") is a year after "năm", and bare
# only as an end of a period (see ``_ends_a_period_of_old_years``): alone, such a
# number is most often a count, a programme's or a landmark's ("mốc 1119-1120").
_OLD_YEAR = r"(?:1[0-7]\d\d)"
_BUDDHIST_ERA_OFFSET = 544  # "Phật lịch 2568" is the year 2024
# A Buddhist-era year dates an event only beside the common year it is
# ("Phật lịch 2568 - Dương lịch 2024"); alone it names the feast's year in
# the faith's own count ("đón năm mới Phật lịch 2569"), not a date.
_COMMON_YEAR_BESIDE = re.compile(r"\s*[-–(]\s*Dương\s+lịch\s+" + _YEAR + r"(?!\d)")
# A separator between the two ends of a range (the end must be a date too).
_TO = r"(?:cho\s+)?(?:đến|tới)(?:\s+hết)?"  # "đến", "tới", "cho đến", "đến hết"
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|" + _TO + r")\s*$")
# A range of days read to the hour ("từ ngày 16/7 đến 17h ngày 28/7", "7h30
# ngày 26/6 đến 18h ngày 30/6"): the gold lists keep the clock times inside
# the one span (4 ranges against none), though a single day leaves its hour out.
_CLOCK = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?"
_CLOCK_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|" + _TO + r")\s*" + _CLOCK + r"\s+$", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?<![\w/.,])" + _CLOCK + r"\s+$", re.IGNORECASE)
_AND = re.compile(r"^\s+và\s+$")
# A stretch may end at a part of a year: "từ tháng 3/2020 đến cuối năm 2021" is
# one period, to that year's end (the golds join the one such range, none splits it).
_TO_PART_OF_YEAR = re.compile(r"^\s*" + _TO + r"\s+(?:đầu|giữa|cuối)\s+$", re.IGNORECASE)
# The kind of period a range of years names: a term, a stage, a school year
# ("năm học 2024-2025", "niên khóa 2022-2026", a class's years of study
# "sinh viên khóa 2020-2024", a crop year "niên vụ 2024-2025").
_PERIOD_WORD = r"(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|năm\s+học|(?:niên\s+)?kh(?:óa|oá)|niên\s+vụ)\s+"
_PERIOD_PREFIX = re.compile(_PERIOD_WORD + r"$", re.IGNORECASE)
# "niên vụ 2024-2025 doanh nghiệp thu mua ...": the second year of a period so
# named is a year even before a counted noun (the noun is the clause's subject).
_PERIOD_OPENED = re.compile(_PERIOD_WORD + _YEAR + r"\s*[-–]\s*$", re.IGNORECASE)
# "ngày 12-3 đến 20-3", "Sáng 2-9 và 3-9": the second dashed day of a pair is a
# day as the first is, which its "ngày" or time of day made one (as "ngày 1/7
# đến 15/7" is for slashes).
_DASHED_DAY_JOINED = re.compile(
    r"\b(?:ngày|" + _TIME_OF_DAY_WORD + r")\s+\d{1,2}-\d{1,2}(?:-" + _YEAR + r")?"
    r"\s*(?:[-–—]|" + _TO + r"|và)\s*$", re.IGNORECASE)
# "dịp 30-4", "cận lễ 2-9": an occasion is a time, and its dashed day a day.
_OCCASION_BEFORE = re.compile(r"\b(?:dịp|cận)(?:\s+lễ)?\s+$", re.IGNORECASE)
_DAY_MONTH_DASH = re.compile(r"(?<![\d\-–])\d{1,2}-\d{1,2}-$")
_NUMBER_BEFORE = re.compile(r"(?<![\w/.,])\d+\s+$")
# Only before several days: "Thứ Ba ngày 3/12" is a weekday, not three days.
_COUNT_WORD_BEFORE = re.compile(r"\b(?:hai|ba|bốn|sáu|bảy|tám|chín|mười|mấy|vài)\s+$", re.IGNORECASE)

# The heads of documents cited by a bare number, capitalised or not.
_DOCUMENT_HEAD = word_start(re.escape(form) for head in sorted(SHORT_FORM_HEADS)
                            for form in (head, head[0].lower() + head[1:]))
# "Đề án 1816", "theo quyết định số 2020": a document's bare number, not a year.
_DOCUMENT_BEFORE = re.compile(r"(?:" + _DOCUMENT_HEAD + r")(?:\s+số)?\s+$")

# Document numbers ("60/2018/QH14", "12-NQ/TW"): no date is marked inside one.
_DOC_NUMBER = re.compile(
    r"\d{1,4}(?:(?:\s?-\s?|/)(?:\d{4}|[A-ZĐ][A-Za-zĐđ]*\d*))*(?:\s?-\s?|/)[A-ZĐ][A-Za-zĐđ]*\d*"
    r"(?:(?:-|/)[A-ZĐ][A-Za-zĐđ]*\d*)*"
    r"(?![^\W\d_])")  # a code ends the word: "14/5 - Sáng nay" holds no code "5 - S"


@dataclass(frozen=True)
class Found:
    """One date expression before its year is settled.

    ``year`` is None when the text did not write one; ``day``/``month`` (or
    ``first``/``last`` month of a quarter or half-year) say what it names.
    """

    start: int
    end: int
    kind: str  # "day", "month", "months" (first_month to last_month), "year", "quarter", "half", "day-range",
    # "lunar-day" (its year, month and day are the lunar calendar's), "lunar-month" (its year and month are)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    first_month: int | None = None  # quarter/half-year: months covered
    last_month: int | None = None
    day_to: int | None = None  # day-range: "15-16/7/2020"
    to_month_end: bool = False  # day-range: day_to is the month's last, whichever the year ("hạ tuần tháng 2")
    past: bool = False  # followed by "vừa qua"
    ahead: bool = False  # a deadline or an aim the sentence sets ("phấn đấu ... trước ngày 31/10")
    cycle: int | None = None  # a lunar day's year named in the sixty-year cycle, as (year - 4) % 60
    years_on: int = 0  # followed by "năm sau"/"năm tới" (1) or "năm ngoái"/"năm trước" (-1): from the article's year


def _counts_years(text: str, pos: int, end: int) -> bool:
    """A count of years stands before the "năm" at ``pos``: a number that
    names nothing ("10 năm", not "lần 3 năm") or a spelled one ("hai năm"),
    and the year it opens at ``end`` is the first of as many: "10 năm 2021 -
    2030" is a duration, but "lớp 10 năm 2024", "mũi 2 năm 2023" name a year
    (the gold lists keep "năm" in all 8 such single years)."""
    if not _MORE_YEARS_AFTER.match(text, end):
        return False
    if search_before(_COUNT_BEFORE, text, pos):
        return not search_before(_NAMED_BY_NUMBER, text, pos)
    return search_before(_SPELLED_COUNT_BEFORE, text, pos) is not None


def _month_end(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# --- finding the expressions ----------------------------------------------------

_NGAY = r"(?:[Nn]gày\s+)?"
# A number before "năm 2024" (or "ngày 5/9") that names something, not a count
# of years (or days): an ordinal ("lần thứ 6 năm 2024", "đợt 2 năm 2025", "lần
# 3 năm 2024"), a number ("cơn bão số 3 năm 2024", "Giấy chứng nhận ... số
# 5423176890 ngày 5/9/2024"), a document's ("Đề án 06 năm 2025"), the minutes
# of a time ("19 giờ 30 ngày 5/5").
_NAMED_BY_NUMBER = re.compile(r"(?:(?<!\w)(?:[Tt]hứ|[Đđ]ợt|[Ll]ần|số|giờ)|" + _DOCUMENT_HEAD + r")\s+\d+\s+$")
# The count and its "năm" share a cell: a tab between them is a table's column
# break ("Năm 2023\tNăm 2024": two column heads).
_COUNT_BEFORE = re.compile(r"\d[^\S\t]+$")
_DIGIT_SPACE_BEFORE = re.compile(r"\d\s$")
# A count spelled out ("trong hai năm 2024-2025": the two years): not a month
# or an ordinal so named ("tháng Hai năm 2024", "lần thứ ba năm 2025"), nor an
# honour's class or a prize's rank ("Huân chương Lao động hạng Ba năm 2018", "giải Ba năm 2024").
_SPELLED_COUNT_BEFORE = re.compile(r"(?<!tháng\s)(?<!thứ\s)(?<!lần\s)(?<!đợt\s)(?<!hạng\s)(?<!giải\s)\b"
                                   r"(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+$", re.IGNORECASE)
# The first year of several: "2021 - 2030", "2024 và 2025", "2024 đến năm 2026".
_MORE_YEARS_AFTER = re.compile(r"\s*(?:[-–—]|và|" + _TO + r")\s*(?:năm\s+)?" + _YEAR + r"(?!\d)", re.IGNORECASE)
_MONTH_YEAR_JOIN = r"(?:\s+năm\s+|[/.-])"  # between a month (or quarter) and its year
# "15-16/7", "ngày 5 đến ngày 7/12", "ngày 19 và 20/11" (two days: a period
# when they follow each other, else two points)
# and "ngày 14 đến 18-10", the end written with hyphens as Nhân Dân and QĐND do;
# a night into the next morning: "đêm 4 rạng sáng 5/3" (from the 4th to the 5th,
# see ``_NIGHT_BEFORE``)
_DAY_RANGE = re.compile(r"(?=[Nn\d])(?<![\d/.,])" + _NGAY + r"(?P<d>\d{1,2})"
                        r"(?:\s*[-–]\s*|\s+(?P<to>" + _TO + r"|(?P<and>và))\s+" + _NGAY
                        + r"|(?P<dawn>\s*,?\s+rạng\s+sáng\s+)" + _NGAY + r")"
                        r"(?P<d2>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>" + _YEAR + r"))?"
                        r"(?![\d/])")
# "tháng 6-7", "tháng 6 - 9/2025", "tháng 5, 6 và 7/2025": a month's number
# after "tháng", then a dash or a plain list of numbers ending in "và" (a
# two-digit end, not a year: "tháng 6-2025" is a month of a year), or in a
# comma when the year closes the list ("tháng 11, 12/2025").
_MONTHS = re.compile(r"(?=[Tt])(?<!\d\s)[Tt]háng\s+(?P<m>\d{1,2})"
                     r"(?:\s*[-–]\s*|(?P<list>(?:\s*,\s*\d{1,2})*(?:\s+và\s+|\s*,\s*(?=\d{1,2}"
                     + _MONTH_YEAR_JOIN + _YEAR + r"(?![\d/]|[.,]\d)))))(?P<m2>\d{1,2})"
                     r"(?:" + _MONTH_YEAR_JOIN + r"(?P<y>" + _YEAR + r"))?(?![\d/]|[.,]\d)")
# After a list of months with no year, what may close it ("tháng 6 và 7, ...",
# "tháng 6 và 7 vừa qua"); before a noun the last number is a count ("tháng 6
# và 7 cán bộ").
_MONTH_LIST_CLOSE = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:vừa\s+qua|năm\s+nay|tới|này|sắp\s+tới)(?!\w)",
                               re.IGNORECASE)
# After the last month of a range: a unit or a noun that makes the numbers
# counts ("mỗi tháng 2-3 lần", "tháng 6-7 ngày").
_COUNT_UNIT_AFTER = re.compile(r"\s+(?:tháng|ngày|năm|tuần|giờ|phút)(?!\w)", re.IGNORECASE)
_MONTH_NUMBER = re.compile(r"\d{1,2}")

# A month and its year with no "tháng" ("7.1930", "7/1930", "7-1930" as Nhân
# Dân writes it) is a date only as an end of a range of two such, written alike.
_MONTH_OF_YEAR = r"(?P<m>\d{1,2})(?P<sep>[./-])(?P<y>" + _YEAR + r")(?![\d/]|[.,]\d)"
_MONTH_PAIR_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}(?P<sep>[./-])" + _YEAR + r"(?![\d/]|[.,]\d)")
_MONTH_PAIR_BEFORE = re.compile(r"(?<![\d/.,\w-])\d{1,2}(?P<sep>[./-])" + _YEAR + r"\s*[-–]\s*$")

# Each pattern opens with a look-ahead for the characters its matches can
# start with ((?=\d), (?=[Nn\d]), ...): it says nothing new, but lets the regex
# engine pass over most positions of a run at once, before the look-behind
# (two to four times faster; every run is searched with all the patterns).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # ("ngày" may be left out: "trước 15 tháng 6" is a day as "trước 15/6" is,
    # with the same date word before it; see ``_from_match``)
    ("vn-day", re.compile(r"(?:[Nn]gày\s+|(?<![\w,.]))(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
                          r"(?:\s+năm\s+(?P<y>" + _YEAR + r"))?(?!\d)")),
    # "6 tháng đầu năm 2022", and "8 tháng năm 2024" (the year's first eight months)
    ("half", re.compile(r"(?<![\w,.])(?P<n>\d{1,2}|" + _SPELLED_MONTH_COUNT + r")\s+tháng\s+(?:(?P<part>đầu|cuối)\s+năm"
                        r"(?:\s+(?P<y>" + _YEAR + r"))?|năm\s+(?P<y2>" + _YEAR + r"))(?![\d\w])")),
    # "nửa đầu năm 2026", "nửa cuối năm": the year's first or last six months
    ("half-word", re.compile(r"(?=[Nn])(?<!\w)[Nn]ửa\s+(?P<part>đầu|cuối)\s+năm"
                             r"(?:\s+(?P<y>" + _YEAR + r"))?(?![\d\w])")),
    ("day-range", _DAY_RANGE),
    # "10 ngày đầu tháng 3/2026": a month's first days, from its first to the count's
    ("first-days", re.compile(r"(?=\d)(?<![\d,.])(?P<n>\d{1,2})\s+ngày\s+đầu\s+tháng\s+(?P<m>\d{1,2})"
                              r"(?:" + _MONTH_YEAR_JOIN + r"(?P<y>" + _YEAR + r"))?(?![\d/]|[.,]\d)")),
    # "hạ tuần tháng 6/2025": a month's first, middle or last ten days (see ``_TEN_DAYS``)
    ("ten-days", re.compile(r"(?=[TtHh])(?<!\w)(?P<part>[Tt]hượng|[Tt]rung|[Hh]ạ)\s+tuần\s+tháng\s+(?P<m>\d{1,2})"
                            r"(?:" + _MONTH_YEAR_JOIN + r"(?P<y>" + _YEAR + r"))?(?![\d/]|[.,]\d)")),
    ("slash", re.compile(r"(?=[Nn\d])(?<![\d/.,])" + _NGAY + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})"
                         r"(?:/(?P<y>" + _YEAR + r"))?(?![\d/]|[.,]\d)")),
    # Nhân Dân and QĐND write "ngày 20-11-2024", "Sáng 3-12", "tháng 8-2024".
    ("dash", re.compile(r"(?=[Nn\d])(?<![\d/.,\-–])" + _NGAY + r"(?P<d>\d{1,2})-(?P<m>\d{1,2})"
                        r"(?:-(?P<y>" + _YEAR + r"))?(?![\d/\-–]|[.,]\d)")),
    ("dot", re.compile(r"(?=[Nn\d])(?<![\d/.,])" + _NGAY + r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})"
                       r"(?:\.(?P<y>" + _YEAR + r"))?(?![\d/%]|[.,]\d)")),
    # "tháng 6-7" (June to July), "tháng 5, 6 và 7/2025": months written as
    # bare numbers after one "tháng", the year (if any) closing the last
    ("months", _MONTHS),
    # "tháng 3/2024", "tháng 8-2024", and "tháng 6.2025" as Thanh Niên writes it
    # (a four-digit year after the dot is no decimal or thousands group)
    # (not the first of "tháng 6-7": a range of months, or of counts, "mỗi tháng 2-3 lần";
    # but the first of "tháng 5-1975 - 5-2025", a range of months of years)
    # (after a number only when it names something: "57 tháng 7" is a count,
    # "lần thứ 57 tháng 7/2024" the 57th meeting's month; see ``_counted_months``)
    ("month", re.compile(r"(?=[Tt])[Tt]háng\s+(?P<m>\d{1,2})(?:" + _MONTH_YEAR_JOIN + r"(?P<y>" + _YEAR + r"))?"
                         r"(?![\d/]|[.,]\d|\s*[-–]\s*\d{1,2}(?!\d)(?(y)(?![./-]" + _YEAR + r")))")),
    # "(7.1930 - 7.2020)": the months an anniversary spans, written without
    # "tháng"; only as a pair (see ``_MONTH_PAIR_AFTER``): one alone may be a number
    ("month-pair", re.compile(r"(?=\d)(?<![\d/.,\w])" + _MONTH_OF_YEAR)),
    # (or in a heading written in capitals: "ÁP LỰC CÒN TRONG QUÝ IV")
    ("quarter", re.compile(r"(?:[Qq]uý|QUÝ)\s+(?P<q>IV|I{1,3}|[1-4])(?:" + _MONTH_YEAR_JOIN + r"(?P<y>" + _YEAR + r"))?"
                           r"(?![\w/]|[.,]\d)")),
    # not after a count ("10 năm 2021 - 2030" is a duration), but after a
    # number that names something (_NAMED_BY_NUMBER); a fiscal year is a
    # year ("năm tài chính 2024"), its unit words with it
    ("year", re.compile(r"(?=[Nn])[Nn]ăm\s+(?:tài\s+chính\s+)?(?P<y>" + _YEAR + r"|" + _OLD_YEAR + r")"
                        r"(?![\d/]|[.,]\d)")),
    # a year named in the sixty-year cycle ("Đại lễ ... năm Ất Tỵ"), its
    # solar year perhaps written after it ("Lễ hội Đền Hùng năm Ất Tỵ 2025")
    # or glossed in brackets, as a reign's year is, an old one too ("năm Nhâm
    # Thìn (1832)"): one date, the written year's
    ("cycle-year", re.compile(r"(?=[Nn])(?<!\w)[Nn]ăm\s+" + CYCLE_YEAR_NAME
                              + r"(?:(?:\s*(?P<gloss>\(\s*)|\s+)(?P<y>" + _YEAR + r"|(?(gloss)" + _OLD_YEAR
                              + r"|(?!)))(?(gloss)\s*\)))?(?![\w/]|[.,]\d)")),
    # a reign's year glossed by its solar year ("năm Minh Mạng thứ 10 (1829)",
    # "năm Cảnh Hưng thứ nhất (1740)"): one date, the gloss's year
    ("reign-year", re.compile(r"(?=[Nn])(?<!\w)[Nn]ăm(?:\s+" + UP + r"\w*){1,3}\s+thứ\s+\w+\s*\(\s*(?P<y>"
                              + _YEAR + r"|" + _OLD_YEAR + r")\s*\)")),
    # a year named with its calendar, as Buddhist news writes it: "Phật lịch
    # 2568 - Dương lịch 2024" (the Buddhist era counts 544 years more); "Tết
    # Dương lịch 2025" is a holiday, its year the bare one
    ("era-year", re.compile(r"(?<!Tết\s)(?:Phật\s+lịch\s+(?P<be>25\d\d)|Dương\s+lịch\s+(?P<y>" + _YEAR + r"))(?![\d/]|[.,]\d)")),
    # (not a group of a telephone number: "đường dây nóng 1900 9095")
    ("bare-year", re.compile(r"(?=[12])(?<![\d.,/\w])(?P<y>" + _YEAR + r")(?![\d/\w]|[.,]\d|\s\d{3})")),
    # "thế kỷ XVIII": a century, its hundred years (see ``_century_years``)
    ("century", re.compile(r"(?=[Tt])(?<!\w)[Tt]hế\s+kỷ\s+(?P<c>[XVI]+)(?!\w)")),
    # "giai đoạn 1740 - 1849", "(1308 - 2026)": a year before 1800 ending a period
    ("old-year", re.compile(r"(?=1)(?<![\d.,/\w])(?P<y>" + _OLD_YEAR + r")(?![\d/\w]|[.,]\d|\s\d{3})")),
]


# What each pattern's matches cannot go without: a run lacking it is not
# searched with that pattern (a substring test costs far less than a scan,
# and a run has most of these words and marks only now and then).
_NEEDS: dict[str, tuple[str, ...]] = {
    "vn-day": ("tháng",), "half": ("tháng",), "half-word": ("ửa",), "day-range": ("/", ".", "-"),
    "first-days": ("ngày đầu",), "ten-days": ("tuần",),
    "slash": ("/",), "dash": ("-",), "dot": (".",), "month-pair": ("-", "–"), "month": ("háng",), "months": ("-", "–", " và ", ","),
    "quarter": ("uý", "UÝ"),
    "year": ("ăm",), "cycle-year": ("ăm ",), "reign-year": ("thứ",), "era-year": ("lịch",), "century": ("kỷ",),
}


def _may_match(kind: str, text: str) -> bool:
    needs = _NEEDS.get(kind)
    return needs is None or any(needed in text for needed in needs)


def _start(m: re.Match[str], text: str) -> int:
    """Where a day expression starts: "ngày" belongs to a duration after a
    count in figures ("trong 2 ngày 15-16/7", "trong 2 ngày 13 và 14/8"); after
    a count in words only before a dashed range ("trong hai ngày 15-16/7"):
    "trong hai ngày 19 và 20/11" keeps it, as the gold lists' writers do; nor
    after an ordinal: "Kỳ họp thứ 8 ngày 23/11" is the day of the eighth session."""
    if m.group(0)[:1] not in "Nn":
        return m.start()
    counted = search_before(_NUMBER_BEFORE, text, m.start()) and not search_before(_NAMED_BY_NUMBER, text, m.start())
    counted_in_words = m.re is _DAY_RANGE and not m.group("and") and search_before(_COUNT_WORD_BEFORE, text, m.start())
    if counted or counted_in_words:
        return m.start("d")
    return m.start()


def _opens_a_wire_story(m: re.Match[str], text: str) -> bool:
    """Whether the day ``m`` is the filing date at the head of a wire story."""
    # (a place name is short: no paragraph is searched far for one)
    return m.start() < 60 and bool(_WIRE_PLACE_BEFORE.match(text, 0, m.start())
                                   and _WIRE_AGENCY_AFTER.match(text, m.end()))


def _dash_day_month(m: re.Match[str], text: str) -> bool:
    """Whether a "d-m" without a year is a day: "5-7" is most often a number
    range, so it needs "ngày" ("ngày 3-12", not "mỗi ngày 3-4 lần") or a time
    of day ("Sáng 3-12"), a day told from today ("hôm nay (3-12)"), a weekday ("thứ Hai (3-12)") or an occasion ("dịp 30-4") before it, a
    lunar day glossing it after it ("3-9 (16-8 âm lịch)"), or a
    dashed day so marked and a joiner ("ngày 3-12 đến 9-12", "ngày 3-12 và 9-12"),
    or another such "d-m" bounding a closed stretch with it (see ``_bounds_a_stretch``)."""
    if _COUNT_NOUN.match(text, m.end()) or _PER_DAY.match(text, m.end()):
        return False
    if m.group(0)[:1] in "Nn":
        return not search_before(_EACH, text, m.start())
    if search_before(_OCCASION_BEFORE, text, m.start()):
        return not _COUNT_UNIT_AFTER.match(text, m.end())  # (not "dịp 2-3 ngày")
    if search_before(_BATCH_BEFORE, text, m.start()):
        return _batch_named_by_its_day(m, text)
    return bool(search_before(_TIME_OF_DAY, text, m.start()) or search_before(_WEEKDAY, text, m.start())
                or search_before(_RELATIVE_DAY, text, m.start()) or search_before(_DASHED_DAY_JOINED, text, m.start()) or _opens_a_wire_story(m, text)
                or _glosses_lunar_day(text, m.start()) or _glossed_by_lunar_day(m, text) or _bounds_a_stretch(m, text))


def _glossed_by_lunar_day(m: re.Match[str], text: str) -> bool:
    """Whether a bracketed lunar day glosses the "d-m" ``m``: "hôm nay, 3-9 (tức 16-8 âm lịch)"."""
    gloss = _LUNAR_GLOSS.match(text, m.end())
    return bool(gloss and (gloss.group("said") or gloss.group("mark")))


# "trao Huy hiệu Đảng đợt 7-11", "đợt 19/5": a batch named by the day it marks
# (the Party's badges are awarded on its anniversaries); two numbers that run
# on are batches ("đợt 1-2"), and a unit after them makes them counts.
# ("đợt 2-5 ngày" counts days; "đợt 7-11 năm nay" names the day of this year.)
_BATCH_BEFORE = re.compile(r"(?<!\w)đợt\s+$", re.IGNORECASE)
_UNIT_OF_A_COUNT_AFTER = re.compile(r"\s+(?:tháng|ngày|năm(?!\s+(?:nay|\d))|tuần|giờ|phút)(?!\w)", re.IGNORECASE)


def _batch_named_by_its_day(m: re.Match[str], text: str) -> bool:
    """Whether the "d-m" or "d/m" ``m`` after "đợt" is the day that names a batch."""
    return int(m.group("m")) != int(m.group("d")) + 1 and not _UNIT_OF_A_COUNT_AFTER.match(text, m.end())


# "(từ 7-5 đến 8-5)": two dashed days after "từ" and "đến", the stretch closed
# by punctuation, are its ends, as "từ 8 đến 10-7)" is a range of days (see
# ``_dash_day_range``); one alone may be a score or a range of counts.
# The stretch is closed by punctuation or by a tense marker that opens the
# clause's predicate ("từ 1-3 đến 3-3 sẽ tổ chức ..."): a time adverbial comes
# before the verb, where a range of counts would be followed by its noun.
_DASHED_DAY = r"\d{1,2}-\d{1,2}"
_STRETCH_END = r"(?:[),.;]|\s+(?:sẽ|đã|đang)\b)"
_STRETCH_CLOSED = re.compile(_STRETCH_END)
_DASHED_END_AFTER = re.compile(r"\s*" + _TO + r"\s*" + _DASHED_DAY + _STRETCH_END, re.IGNORECASE)
_DASHED_START_BEFORE = re.compile(r"\btừ\s+" + _DASHED_DAY + r"\s*" + _TO + r"\s*$", re.IGNORECASE)


def _bounds_a_stretch(m: re.Match[str], text: str) -> bool:
    """Whether the dashed "d-m" ``m`` is one end of a closed "từ d-m đến d-m" stretch."""
    opens = search_before(_FROM, text, m.start()) and _DASHED_END_AFTER.match(text, m.end())
    closes = search_before(_DASHED_START_BEFORE, text, m.start()) and _STRETCH_CLOSED.match(text, m.end())
    return bool(opens or closes)


def _dash_day_range(m: re.Match[str], text: str) -> bool:
    """Whether "14 đến 18-10" is a range of days: joined by a word ("15-16-10"
    is no date form) and, as a dashed "d-m" is, after "ngày" or a time of day
    ("từ 5 đến 7-8 người" is a count), or "từ ... đến" closed by punctuation
    ("trong 3 ngày (từ 8 đến 10-7)")."""
    if not (m.group("to") or m.group("and") or m.group("dawn")):
        return False
    return m.group("y") is not None or _dash_day_month(m, text) or bool(
        m.group("to") and search_before(_FROM, text, m.start()) and _CLOSED.match(text, m.end()))


# The first end of a range before "đến": "từ 1/3 đến 1/5" (days), "chỉ bằng 1/3 đến 1/5" (ratios).
_FIRST_END_BEFORE = re.compile(r"(?<![\w/.,])\d{1,2}/\d{1,2}\s+(?:đến|tới)\s+$")


# "từ" and "đến" bound a quantity as well as a time: "có từ 2/3 số phiếu
# trở lên" is a share of the votes, which the quantity after it says.
_QUANTITY_BOUND_BEFORE = re.compile(r"(?<!\w)(?:từ|đến)\s+$", re.IGNORECASE)
# "chưa đến 1/4 nhu cầu" (less than a quarter): a proper fraction after "chưa
# đến" is a share, where a day would be "chưa đến ngày 1/4".
_LESS_THAN_BEFORE = re.compile(r"(?<!\w)chưa\s+(?:đến|tới)\s+$", re.IGNORECASE)
_SHARE_OF = re.compile(r"\s+(?:(?:tổng\s+)?số\s+(?!" + UP + r")[^\W\d]|trở\s+(?:lên|xuống)(?!\w))")


def _dated_by_context(text: str, start: int, end: int | None = None) -> bool:
    """Whether a date word or a holiday's name just before ``start`` makes a
    bare d/m (ending at ``end``) a day; after "đến", one that makes the
    range's first end a day: the two ends are both days or both ratios.
    After "từ" or "đến" a share of a quantity is a ratio (see ``_SHARE_OF``)."""
    first = search_before(_FIRST_END_BEFORE, text, start)
    if first:
        return _dated_by_context(text, first.start())
    if (end is not None and _SHARE_OF.match(text, end)
            and search_before(_QUANTITY_BOUND_BEFORE, text, start)):
        return False
    if end is not None and _proper_fraction(text[start:end]) and search_before(_LESS_THAN_BEFORE, text, start):
        return False
    return bool(search_before(_DAY_CONTEXT, text, start) or search_before(_HOLIDAY_BEFORE, text, start))


# A table whose first column is headed "Ngày" or "Thời gian" ("Ngày | Buổi |
# Nội dung"): the d/m opening each of its rows is a day ("9/5 | Sáng | Khai mạc").
_DAY_COLUMN_HEAD = re.compile(r"\s*(?:ngày|thời\s+gian)\s*\|", re.IGNORECASE)
_CELL_END = re.compile(r"\s*\|")


def _opens_a_row_of_days(text: str, start: int, end: int) -> bool:
    """Whether the d/m at ``start`` fills the first cell of a row of a table of days."""
    return (start == 0 or text[start - 1] == "\n") and bool(_CELL_END.match(text, end)) \
        and _is_a_table_of_days(text)


def _is_a_table_of_days(text: str) -> bool:
    return bool(_DAY_COLUMN_HEAD.match(text)) and "\n" in text


def _proper_fraction(written: str) -> bool:
    """Whether a bare "d/m" reads as a fraction below one ("1/4", "2/3")."""
    numerator, _, denominator = written.partition("/")
    return numerator.isdigit() and denominator.isdigit() and int(numerator) < int(denominator)


def _from_match(kind: str, m: re.Match[str], text: str) -> Found | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if kind in ("vn-day", "slash", "dot", "dash"):
        day, month = int(g["d"]), int(g["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if kind == "dash" and year is None and not _dash_day_month(m, text):
            return None
        if kind == "dot" and year is None and _COUNT_NOUN.match(text, m.end()):
            return None  # "từ 3.5 tỷ đồng": a decimal with its unit
        if (year is None or kind == "vn-day") and kind != "dash" and not m.group(0)[:1] in "Nn" \
                and not (_dated_by_context(text, m.start(), m.end()) or _opens_a_wire_story(m, text)
                         or _opens_a_row_of_days(text, m.start(), m.end())
                         or (kind == "slash" and search_before(_BATCH_BEFORE, text, m.start())
                             and _batch_named_by_its_day(m, text))):
            return None  # a bare d/m with no date word before it may be a ratio (a dashed one passed a stricter test)
        return Found(_start(m, text), m.end(), "day", year=year, month=month, day=day)
    if kind == "day-range":
        day, day_to, month = int(g["d"]), int(g["d2"]), int(g["m"])
        if not (1 <= month <= 12 and 1 <= day < day_to <= 31):
            return None
        if g["to"] and year is None and m.group(0)[:1] not in "Nn" \
                and not search_before(_DAY_CONTEXT, text, m.start()):
            return None  # "17 đến 19/9" needs a date word before it, as a bare d/m does
        if g["sep"] == "-" and not _dash_day_range(m, text):
            return None
        if g["dawn"] and not (day_to == day + 1 and search_before(_NIGHT_BEFORE, text, m.start())):
            return None
        return Found(_start(m, text), m.end(), "day-range", year=year, month=month, day=day, day_to=day_to)
    if kind == "first-days":
        days, month = int(g["n"]), int(g["m"])
        if not (1 <= month <= 12 and 2 <= days <= 28):  # (a count no month falls short of)
            return None
        return Found(m.start(), m.end(), "day-range", year=year, month=month, day=1, day_to=days)
    if kind == "ten-days":
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        first = _TEN_DAYS[g["part"].lower()]
        if first < 21:
            return Found(m.start(), m.end(), "day-range", year=year, month=month, day=first, day_to=first + 9)
        # (without its year, February's end is the latest it may be until the year is settled: see ``_last_of``)
        last = _month_end(year or _LEAP_YEAR, month)
        return Found(m.start(), m.end(), "day-range", year=year, month=month, day=first, day_to=last,
                     to_month_end=True)
    if kind == "half":
        n = _SPELLED_MONTHS.get(g["n"].lower()) or int(g["n"])
        if not 1 <= n <= (11 if g["part"] else 12):
            return None
        first, last = (13 - n, 12) if g["part"] == "cuối" else (1, n)
        year = year or (int(g["y2"]) if g.get("y2") else None)
        return Found(m.start(), m.end(), "half", year=year, first_month=first, last_month=last)
    if kind == "half-word":
        first, last = (7, 12) if g["part"] == "cuối" else (1, 6)
        return Found(m.start(), m.end(), "half", year=year, first_month=first, last_month=last)
    if kind == "month":
        month = int(g["m"])
        if not 1 <= month <= 12 or _counted_months(text, m.start()):
            return None
        return Found(m.start(), m.end(), "month", year=year, month=month)
    if kind == "month-pair":
        month = int(g["m"])
        if not (1 <= month <= 12 and _ends_a_month_pair(m, text)):
            return None
        return Found(m.start(), m.end(), "month", year=year, month=month)
    if kind == "quarter":
        q = _ROMAN_QUARTER[g["q"].lower()]
        return Found(m.start(), m.end(), "quarter", year=year, first_month=3 * q - 2, last_month=3 * q)
    if kind == "year":
        if _counts_years(text, m.start(), m.end()):
            return None  # "10 năm 2021 - 2030": a duration, its years a period of their own
        if year < 1800 and _COUNT_NOUN.match(text, m.end()):
            return None  # "năm 1500 tấn": five, then a count
        return Found(m.start(), m.end(), "year", year=year)
    if kind == "era-year":
        if g["be"] and not _COMMON_YEAR_BESIDE.match(text, m.end()):
            return None  # "Đại lễ Phật đản Phật lịch 2570": the era's name for the feast, no date
        return Found(m.start(), m.end(), "year", year=year or int(g["be"]) - _BUDDHIST_ERA_OFFSET)
    if kind == "century":
        first = _century_first_year(m, text)
        return None if first is None else Found(m.start(), m.end(), "century", year=first)
    if kind == "old-year":
        return Found(m.start(), m.end(), "year", year=year) if _ends_a_period_of_old_years(m, text) else None
    if kind == "reign-year":
        return Found(m.start(), m.end(), "year", year=year)
    if kind == "cycle-year":
        return Found(m.start(), m.end(), "year", year=year, cycle=_cycle(m.group(0)))
    if _COUNT_NOUN.match(text, m.end()) and not search_before(_PERIOD_OPENED, text, m.start()):
        return None  # "2000 người" is a count
    if search_before(_DAY_MONTH_DASH, text, m.start()):
        return None  # the year of a "d-m-yyyy" (one with no such day: "31-2-2024")
    if search_before(_DOCUMENT_BEFORE, text, m.start()):
        return None
    return Found(m.start(), m.end(), "year", year=year)


# A century is the hundred years up to its number's hundredth: "thế kỷ XIX" is
# 1801 to 1900.  Only a whole one: "cuối thế kỷ XVII", "giữa thế kỷ XX" are
# vague parts of it, no date (the gold lists mark the one, leave the other).
_CENTURY_PART_BEFORE = re.compile(r"(?<!\w)(?:đầu|cuối|giữa|nửa)\s+$", re.IGNORECASE)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}
_ROMAN_CENTURY = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _century_first_year(m: re.Match[str], text: str) -> int | None:
    """The first year of the whole century ``m`` names, if it is one (I to XXI)."""
    numeral = m.group("c")
    if not _ROMAN_CENTURY.fullmatch(numeral) or search_before(_CENTURY_PART_BEFORE, text, m.start()):
        return None
    values = [_ROMAN_DIGITS[c] for c in numeral]
    number = sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))
    return 100 * (number - 1) + 1 if 1 <= number <= 21 else None


# A period of years is named as such ("giai đoạn 1740 - 1849") or bracketed,
# an anniversary's or a life's ("(1308 - 2026)", "(1698 - 1778)"); unmarked,
# "1500 - 2000" may be a range of counts ("1500 - 2000 người").
_OLD_PERIOD_START_BEFORE = re.compile(r"(?:" + _PERIOD_WORD + r"|\(\s*)" + _OLD_YEAR + r"\s*[-–]\s*$", re.IGNORECASE)
_OLD_PERIOD_NAMED_BEFORE = re.compile(_PERIOD_WORD + r"$", re.IGNORECASE)
_OLD_PERIOD_BRACKETED_BEFORE = re.compile(r"\(\s*$")
_OLD_PERIOD_END_AFTER = re.compile(r"\s*[-–]\s*(?P<y>" + _YEAR + r"|" + _OLD_YEAR + r")(?P<closed>\s*\))?"
                                   r"(?![\d/\w]|[.,]\d)")


def _ends_a_period_of_old_years(m: re.Match[str], text: str) -> bool:
    """Whether the year before 1800 ``m`` is an end of a period of years so named or bracketed."""
    if search_before(_OLD_PERIOD_START_BEFORE, text, m.start()):
        return True
    end = _OLD_PERIOD_END_AFTER.match(text, m.end())
    if end is None or int(end.group("y")) <= int(m.group("y")):
        return False
    return bool(search_before(_OLD_PERIOD_NAMED_BEFORE, text, m.start())
                or (end.group("closed") and search_before(_OLD_PERIOD_BRACKETED_BEFORE, text, m.start())))


# A month's thirds ("tuần", ten days): "thượng tuần" from its 1st to 10th,
# "trung tuần" the 11th to 20th, "hạ tuần" the 21st to its last day.
_TEN_DAYS = {"thượng": 1, "trung": 11, "hạ": 21}
_LEAP_YEAR = 2000  # (February's longest)


def _last_of(found: Found, year: int) -> int:
    """The last day of a range of days ``found`` in ``year``."""
    return _month_end(year, found.month) if found.to_month_end else found.day_to


def _counted_months(text: str, start: int) -> bool:
    """Whether "tháng" at ``start`` is the unit of a count before it ("sau 3
    tháng 5 ngày"), not after a number that names something ("Hội nghị ...
    lần thứ 57 tháng 7/2024", "đợt 2 tháng 9")."""
    return bool(search_before(_DIGIT_SPACE_BEFORE, text, start)) and not search_before(_NAMED_BY_NUMBER, text, start)


def _ends_a_month_pair(m: re.Match[str], text: str) -> bool:
    """Whether the month of a year at ``m`` is an end of a range of two such
    (not after a document's number: "Nghị định 15/2020 - ...")."""
    # (a dashed one right after a dash is the month and year of a dashed day: "22-12-1944 - 22-12-2024")
    if m.group("sep") == "-" and text.endswith("-", 0, m.start()):
        return False
    after = _MONTH_PAIR_AFTER.match(text, m.end())
    if after and after.group("sep") == m.group("sep"):
        first = m.start()
    else:
        before = search_before(_MONTH_PAIR_BEFORE, text, m.start())
        if not before or before.group("sep") != m.group("sep"):
            return False
        first = before.start()
    return not search_before(_DOCUMENT_BEFORE, text, first)


# "tháng 3 hằng năm", "ngày 1/6 hàng năm", "từ ngày 1-1 của năm": a day or
# month that comes round every year, no date.
_RECURRING = re.compile(r"\s+(?:(?:hằng|hàng|mỗi)\s+năm|của\s+(?:mỗi\s+)?năm(?!\s+\d))\b", re.IGNORECASE)
# "ngày 22 đến 27/4 âm lịch", "(15/8 ÂL)", and a day of a year named in the
# sixty-year cycle ("ngày 10/3 năm Giáp Thìn", a stem and a branch): a day of
# the lunar calendar, which the solar patterns must not read (see _lunar_days).
_CYCLE_PARTS = r"(?P<stem>" + CYCLE_STEMS + r")\s+(?P<branch>" + CYCLE_BRANCHES + r")"  # "Giáp Thìn"
_CYCLE_NAMED = r"năm\s+" + _CYCLE_PARTS  # "năm Giáp Thìn"
_LUNAR = re.compile(r"\s*(?:âm\s+lịch|ÂL)\b|\s+" + _CYCLE_NAMED + r"(?!\w)", re.IGNORECASE)


# A day of the lunar calendar in parentheses after the solar day it glosses:
# "Sáng 18/4 (tức ngày 10/3 năm Giáp Thìn)", "Tối 15/11 (nhằm rằm tháng 10 âm
# lịch)".  The gloss names the same day, so it takes the solar day's value; a
# lunar day on its own is converted (see _lunar_days).  A lunar month is written
# with its number or its name ("tháng Giêng", "tháng Bảy", "tháng Chạp").
_LUNAR_MONTH = r"(?:\d{1,2}|giêng|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một)?|một|chạp)(?!\w)"
# The first days of the year are counted from Tết, the lunar new year: "mùng 1
# Tết", "mồng 3 Tết Ất Tỵ" (the year named in the cycle without "năm"); its
# number may follow the name, as after "năm Mậu Thân 1968": "mùng 5 Tết Canh Tuất 1970".
_TET = r"\s+tết(?:\s+" + CYCLE_YEAR_NAME + r"(?!\w)(?:\s+\d{4}(?![\d/]|[.,]\d))?)?"
_CYCLE_YEAR = r"\s+năm\s+" + CYCLE_YEAR_NAME + r"(?:\s+\d{4})?"  # no groups: used twice
# "âm lịch năm Giáp Thìn" too; some outlets join the year's name to a dashed
# day and month with one more dash: "15-8-Giáp Thìn"
_CYCLE_YEAR_DASHED = r"-" + CYCLE_YEAR_NAME + r"(?!\w)"
_LUNAR_MARK = r"(?:\s*(?:âm\s+lịch|ÂL)(?:" + _CYCLE_YEAR + r")?|" + _CYCLE_YEAR + r"|" + _CYCLE_YEAR_DASHED + r")"
# Some outlets write a lunar day with a dash, "ngày 23-4 âm lịch"; only its mark
# tells it from a range of days ("ngày 17-18 tháng Hai"), so the mark must follow.
_LUNAR_DAY = (r"(?:ngày\s+)?(?:(?:rằm|mùng\s+\d{1,2}|mồng\s+\d{1,2}|\d{1,2})"
              r"(?:\s+tháng\s+" + _LUNAR_MONTH + r"|/\d{1,2}|-\d{1,2}(?=" + _LUNAR_MARK + r"))"
              r"|(?:mùng|mồng)\s+\d{1,2}" + _TET + r")")
_LUNAR_GLOSS = re.compile(r"\s*\(\s*(?:(?P<said>tức|nhằm)\s+(?:(?:ngày\s+)?là\s+)?)?"
                          r"(?P<lunar>" + _LUNAR_DAY + r"(?P<mark>" + _LUNAR_MARK + r")?)\s*\)", re.IGNORECASE)


# ... or before the solar day that glosses it: "vào ngày 10/3 âm lịch (tức ngày 7/4/2025)",
# "vào ngày rằm tháng Bảy âm lịch (ngày 18/8)": its mark says it is lunar, or
# a word only the lunar calendar has ("mùng 2 Tết Giáp Thìn, tức ngày 11-2-2024",
# see _LUNAR_ONLY).  After a comma the gloss says so ("ngày 10/3 năm Giáp Thìn,
# tức 7/4/2024"): the solar day's year then tells which turn of the sixty-year
# cycle the lunar day is of.
_GLOSS_OPENS = r"\s*\(\s*(?:(?:tức|nhằm)\s+(?:là\s+)?)?"  # " (", " (tức ", " (nhằm là "
_LUNAR_GLOSSED = re.compile(r"(?P<lunar>" + _LUNAR_DAY + r"(?P<mark>" + _LUNAR_MARK + r")?)"
                            r"(?:" + _GLOSS_OPENS + r"|,\s*(?:tức|nhằm)\s+(?:là\s+)?)$", re.IGNORECASE)


# A solar day in brackets after a lunar one glosses it: "đêm giao thừa 29
# tháng Chạp (28-1)", "mùng 5 tháng 5 âm lịch (tức 31-5)": the lunar day
# before it makes a dashed "d-m" a day, as "ngày" would.
_LUNAR_DAY_BEFORE_GLOSS = re.compile(r"(?<!\w)(?P<lunar>" + _LUNAR_DAY + r"(?P<mark>" + _LUNAR_MARK + r")?)"
                                     + _GLOSS_OPENS + "$", re.IGNORECASE)


def _said_lunar(lunar_day: re.Match[str] | None) -> bool:
    """Whether the lunar day matched before a gloss says it is lunar, by its mark or its words."""
    return bool(lunar_day and (lunar_day.group("mark") or _LUNAR_ONLY.search(lunar_day.group("lunar"))))


def _glosses_lunar_day(text: str, start: int) -> bool:
    """Whether the solar day at ``start`` is the bracketed gloss of a lunar day."""
    return _said_lunar(search_before(_LUNAR_DAY_BEFORE_GLOSS, text, start))


def _with_lunar_glosses(text: str, chosen: list[Found]) -> list[Found]:
    if "(" not in text and "tức" not in text and "nhằm" not in text:
        return chosen
    glosses = []
    for found in (f for f in chosen if f.kind == "day"):
        gloss = _LUNAR_GLOSS.match(text, found.end)
        if gloss and (gloss.group("said") or gloss.group("mark")):
            glosses.append(replace(found, start=gloss.start("lunar"), end=gloss.end("lunar")))
        elif _said_lunar(glossed := search_before(_LUNAR_GLOSSED, text, found.start, 60)):
            glosses.append(replace(found, start=glossed.start("lunar"), end=glossed.end("lunar")))
    if not glosses:
        return chosen
    # what the patterns found inside a gloss ("1968" of "năm Mậu Thân 1968") is the gloss's
    inside = [f for f in chosen if not any(g.start <= f.start and f.end <= g.end for g in glosses)]
    return sorted(inside + glosses, key=lambda f: f.start)


# A lunar day on its own: "trước ngày 23 tháng Chạp", "ngày mùng 6 tháng Giêng
# (âm lịch)", "dịp Tết Đoan ngọ (mùng 5 tháng 5 âm lịch)", "ngày 20 tháng Giêng
# năm Mậu Thân 1968".  Its mark, the full moon ("rằm") or a month only the
# lunar calendar names (Giêng, Chạp) says it is lunar: "mùng 2 tháng 9" is
# the solar National Day.  Its value is the solar day it falls on (the year
# written after the cycle's name is the lunar year, else inferred as a
# solar day's is).  A range whose first day has no month ("từ mùng 9 đến
# mùng 11 tháng Giêng") gives that day the last one's month, and so does a
# list ("mùng 4 và mùng 5 tháng Giêng": one period, as "ngày 19 và 20/11" is).
# (Not after "tháng": "tháng 9-10 âm lịch" is two lunar months, no day.)
_LUNAR_DATE = re.compile(r"(?=[NnRrMm\d])(?<!\w)(?<!tháng\s)" + _LUNAR_DAY + r"(?P<mark>" + _LUNAR_MARK + r")?",
                         re.IGNORECASE)
_LUNAR_ONLY = re.compile(r"rằm|tháng\s+(?:giêng|chạp)|tết", re.IGNORECASE)
_LUNAR_MONTHS = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10, "mười một": 11, "một": 11, "chạp": 12}
_LUNAR_DAY_MONTH = re.compile(r"(?P<d>rằm|\d{1,2})(?:\s+tháng\s+(?P<m>" + _LUNAR_MONTH + r")|[/-](?P<n>\d{1,2})"
                              r"|(?P<tet>\s+tết))", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\d{4}$")
# (after Tết the year's name needs no "năm": "mùng 1 Tết Ất Tỵ", nor after a dash: "15-8-Giáp Thìn")
_CYCLE_NAME = re.compile(r"(?:(?:năm|tết)\s+|(?<=\d)-)" + _CYCLE_PARTS, re.IGNORECASE)
_STEMS = [stem.lower() for stem in CYCLE_STEM_NAMES]
_BRANCHES = {branch.lower(): index for branch, index in CYCLE_BRANCH_INDEX.items()}
# The first day of a range or list written without its month: "từ mùng 9 đến
# mùng 11 tháng Giêng", "ngày 25 và 26 tháng Chạp", the full moon's "từ rằm đến
# 18 tháng Bảy âm lịch".
# (not the month of a first day written whole: "11" of "ngày 30 tháng 11 đến")
_FIRST_DAY_BEFORE = re.compile(r"(?<![\w/.,])(?<!tháng\s)(?P<first>(?:(?:ngày|mùng|mồng)\s+)?(?P<d>\d{1,2}|rằm))"
                               r"\s*(?:(?P<to>đến|tới|[-–])|và)\s*$", re.IGNORECASE)
# A range's first day written whole before a lunar last one is lunar too: the
# mark closing the range says it of both ends ("từ ngày 30 tháng 11 đến mùng 3
# tháng Chạp âm lịch").
_WHOLE_FIRST_DAY_BEFORE = re.compile(r"(?<!\w)(?P<first>" + _LUNAR_DAY + r")\s*(?:đến|tới|[-–])\s*$", re.IGNORECASE)
# "tổ chức hằng năm từ ngày 22 đến 27 tháng Tư âm lịch": a day that comes round every year.
_RECURRING_BEFORE = re.compile(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm\s+(?:(?:từ|vào)\s+)?$", re.IGNORECASE)
# A lunar day with its year written in figures ("Rằm tháng Giêng năm 2026"):
# the year is the lunar day's, as a cycle year's would be, not a date apart.
_FIGURE_YEAR_AFTER = re.compile(r"\s+năm\s+(?P<y>" + _YEAR + r")(?![\d/]|[.,]\d)")


def _lunar_days(text: str) -> list[Found]:
    if "háng" not in text and "/" not in text and "-" not in text and "Tết" not in text and "tết" not in text:
        # (a month's name, "tháng" or "Tháng", or its number after a slash or a dash)
        return []
    found: list[Found] = []
    for m in _LUNAR_DATE.finditer(text):
        day, month = _lunar_day_month(m.group(0))
        said_lunar = m.group("mark") or _LUNAR_ONLY.search(m.group(0))
        month_named_before = None if said_lunar else _lunar_month_named_before(found, m.group(0), month)
        if not (said_lunar or month_named_before):
            continue
        written = _WRITTEN_YEAR.search(m.group(0))
        year, end = (int(written.group(0)) if written else None), m.end()
        if year is None and said_lunar and (figures := _FIGURE_YEAR_AFTER.match(text, end)):
            year, end = int(figures.group("y")), figures.end()
        if not (1 <= day <= 30 and 1 <= month <= 12) or (year is None and _RECURRING.match(text, end)):
            continue
        lunar = Found(m.start(), end, "lunar-day", year=year, month=month, day=day, cycle=_cycle(m.group(0)))
        if month_named_before:
            lunar = replace(lunar, year=month_named_before.year, cycle=month_named_before.cycle)
        if whole_first := _whole_first_day(text, m.start(), lunar):
            found += [whole_first, lunar]
            continue
        first = search_before(_FIRST_DAY_BEFORE, text, m.start())
        if first is None:
            found.append(lunar)
        elif (first_day := _lunar_day_number(first.group("d"))) < day \
                and not search_before(_RECURRING_BEFORE, text, first.start()):
            # a range or list: its first day takes the month and year of the last (see _merge_ranges)
            found += [replace(lunar, start=first.start("first"), end=first.end("first"), day=first_day), lunar]
    return found


# A lunar month named alone, by a name only the lunar calendar has: "đón 200.000
# lượt khách trong tháng Giêng", "tháng Chạp năm Giáp Thìn"; or by any name or
# number with its mark, "từ tháng 7 âm lịch", or with the mark of the list it
# opens, "tháng Ba, tháng Tư âm lịch".  It is the period from its first day to
# its last, as "tháng 9" is a solar month's.  Not the month of a day ("mùng 4
# tháng Giêng" is a lunar day), nor one that comes round every year, nor one
# with a solar year ("tháng Giêng năm 2025" may be January).
_LUNAR_MONTH_ALONE = re.compile(r"(?<!\d\s)(?<!rằm\s)(?<!\w)tháng\s+(?P<m>" + _LUNAR_MONTH + r")(?P<mark>"
                                + _LUNAR_MARK + r")?(?!\w|\s+năm\s+\d|\s*[/.-]\s*\d)", re.IGNORECASE)
_LUNAR_MONTH_NAMED = re.compile(r"háng\s+(?:giêng|chạp)|âm\s+lịch|ÂL", re.IGNORECASE)
_LUNAR_ONLY_MONTH = re.compile(r"giêng|chạp", re.IGNORECASE)
_LATER_LUNAR_MONTH_MARKED = re.compile(r"\s*(?:,|và)\s*tháng\s+" + _LUNAR_MONTH + r"\s*(?:âm\s+lịch|ÂL)",
                                       re.IGNORECASE)
# "thượng tuần tháng 8 âm lịch", "cuối tháng Ba âm lịch": part of the month only.
_PART_OF_A_MONTH_BEFORE = re.compile(r"(?<!\w)(?:tuần|đầu|giữa|cuối)\s+$", re.IGNORECASE)
# A month the sentence says comes round: "hằng năm vào tháng 8 âm lịch", "tổ
# chức định kỳ vào tháng 10 âm lịch", "thường làm vào tháng 9, tháng 10 âm lịch";
# or came round in the old days, a custom no year dates: "ngày xưa, gặt xong vào
# tháng Chín, tháng Mười âm lịch, làng nào cũng mở hội".
_RECURRING_IN_SENTENCE = re.compile(r"(?<!\w)(?:(?:hằng|hàng|mỗi)\s+năm|định\s+kỳ|(?<!bình\s)(?<!thông\s)thường"
                                    r"(?!\s+(?:trực|vụ|trú))|một\s+lần|ngày\s+(?:trước|xưa)|(?:trước|xưa)\s+kia)"
                                    r"(?!\w)[^.!?;\n]*$", re.IGNORECASE)


def _said_lunar_month(m: re.Match[str], text: str) -> bool:
    """Whether the month ``m`` matched is lunar by its name, its mark or its list's,
    and not a month coming round every year."""
    if _LUNAR_ONLY_MONTH.fullmatch(m.group("m")):
        return True
    later = None if m.group("mark") else _LATER_LUNAR_MONTH_MARKED.match(text, m.end())
    if not (m.group("mark") or later) or (later and _RECURRING.match(text, later.end())):
        return False  # "tháng 9, tháng 10 âm lịch hằng năm"
    return not search_before(_PART_OF_A_MONTH_BEFORE, text, m.start()) \
        and search_before(_RECURRING_IN_SENTENCE, text, m.start(), _SENTENCE_WINDOW) is None


def _lunar_months(text: str) -> list[Found]:
    if not _LUNAR_MONTH_NAMED.search(text):
        return []
    found = []
    for m in _LUNAR_MONTH_ALONE.finditer(text):
        year = _WRITTEN_YEAR.search(m.group(0))
        if not _said_lunar_month(m, text) or (year is None and _RECURRING.match(text, m.end())):
            continue
        found.append(Found(m.start(), m.end(), "lunar-month", year=int(year.group(0)) if year else None,
                           month=_lunar_month(m.group("m")), cycle=_cycle(m.group(0))))
    return found


# The lunar new year named by its year in the cycle and in figures: "Tết Nguyên
# đán Giáp Thìn 2024", "Tết Canh Tý 2020" is its first day, the span whole, as
# "mùng 1 Tết Canh Tý 2020" would be; so is "Tết Nguyên đán 2027", "Tết 2027"
# without the cycle's name.  With "năm" before the figures ("Tết Ất Tỵ
# năm 2025") only "năm 2025" is a date; the name alone ("Tết Giáp Thìn") and a
# hashtag ("#TếtGiápThìn2024", "#Tết Giáp Thìn 2024") name the festival.
_LUNAR_NEW_YEAR = re.compile(r"(?<![\w#])tết(?:\s+nguyên\s+đán)?(?:\s+" + CYCLE_YEAR_NAME
                             + r")?\s+(?P<y>" + _YEAR + r")(?![\d/]|[.,]\d)", re.IGNORECASE)


def _lunar_new_years(text: str) -> list[Found]:
    return [Found(m.start(), m.end(), "lunar-day", year=int(m.group("y")), month=1, day=1)
            for m in _LUNAR_NEW_YEAR.finditer(text)]


def _whole_first_day(text: str, start: int, last: Found) -> Found | None:
    """The first end, with its own day and month, of a range whose last end is the lunar day ``last`` at ``start``."""
    first = search_before(_WHOLE_FIRST_DAY_BEFORE, text, start)
    if first is None or search_before(_RECURRING_BEFORE, text, first.start()):
        return None
    day, month = _lunar_day_month(first.group("first"))
    if not (1 <= day <= 30 and 1 <= month <= 12):
        return None
    found = replace(last, start=first.start("first"), end=first.end("first"), month=month, day=day)
    if (month, day) > (last.month, last.day):  # "từ 25 tháng Chạp đến mùng 5 tháng Giêng": the year before
        found = replace(found, year=last.year and last.year - 1,
                        cycle=None if last.cycle is None else (last.cycle - 1) % 60)
    return found


def _lunar_day_number(written: str) -> int:
    """"rằm", the full moon, is the 15th."""
    return 15 if written.lower() == "rằm" else int(written)


def _lunar_day_month(written: str) -> tuple[int, int]:
    """The day and month of a lunar day as ``_LUNAR_DAY`` matches it ("rằm tháng Giêng": 15, 1)."""
    parts = _LUNAR_DAY_MONTH.search(written)
    day = _lunar_day_number(parts.group("d"))
    month = 1 if parts.group("tet") else int(parts.group("n")) if parts.group("n") else _lunar_month(parts.group("m"))
    return day, month


# A "mùng" day (the word counts the first days of a month, lunar ones most
# often) of the month a lunar day before it names is a day of that lunar month,
# of its year: "từ mùng 4 đến mùng 10 tháng 3 năm Bính Ngọ, ... lễ dâng hương
# vào mùng 10 tháng Ba".  Alone, "mùng 2 tháng Chín" is the solar National Day.
_MUNG_DAY = re.compile(r"(?:ngày\s+)?(?:mùng|mồng)\s", re.IGNORECASE)


def _lunar_month_named_before(found: list[Found], written: str, month: int) -> Found | None:
    """The latest lunar day of ``found`` in ``month``, if ``written`` is a "mùng" day."""
    if not _MUNG_DAY.match(written):
        return None
    return next((f for f in reversed(found) if f.month == month), None)


def _cycle(text: str) -> int | None:
    """The place in the sixty-year cycle of the year ``text`` names ("năm Ất Tỵ": 41), if any."""
    name = _CYCLE_NAME.search(text)
    if not name:
        return None
    stem, branch = _STEMS.index(name.group("stem").lower()), _BRANCHES[name.group("branch").lower()]
    return next((i for i in range(60) if i % 10 == stem and i % 12 == branch), None)


def _cycle_year(cycle: int, near: int) -> int:
    """The year of the sixty-year cycle's place ``cycle`` nearest to the year ``near``."""
    return near + (cycle + 4 - near + 30) % 60 - 30


def _lunar_month(written: str) -> int:
    return int(written) if written.isdigit() else _LUNAR_MONTHS[" ".join(written.lower().split())]


def _months_found(m: re.Match[str], text: str) -> list[Found]:
    """The months of "tháng 6-7" or "tháng 5, 6 và 7/2025": one period when
    they run on (a dash always names one, the months between included), each
    month a point of its own when a list skips some ("tháng 4, 8 và 11/2025",
    as "ngày 5 và 12/3" are two days); none when the numbers are counts."""
    if m.group("y") is None and (_COUNT_NOUN.match(text, m.end()) or _PER_DAY.match(text, m.end())
                                 or _COUNT_UNIT_AFTER.match(text, m.end()) or search_before(_EACH, text, m.start())):
        return []
    year = int(m.group("y")) if m.group("y") else None
    if m.group("list") is None:
        first, last = int(m.group("m")), int(m.group("m2"))
        if not 1 <= first < last <= 12:
            return []
        return [Found(m.start(), m.end(), "months", year=year, first_month=first, last_month=last)]
    numbers = [m.span("m")] + [n.span() for n in _MONTH_NUMBER.finditer(text, *m.span("list"))] + [m.span("m2")]
    months = [int(text[a:b]) for a, b in numbers]
    if not all(1 <= a < b <= 12 for a, b in zip(months, months[1:])):
        return []
    if all(b == a + 1 for a, b in zip(months, months[1:])):
        if year is None and not _MONTH_LIST_CLOSE.match(text, m.end()):
            return []
        return [Found(m.start(), m.end(), "months", year=year, first_month=months[0], last_month=months[-1])]
    if year is None:
        return []  # months apart with no year: the numbers may be anything
    ends = [m.start()] + [a for a, _ in numbers[1:]]
    stops = [b for _, b in numbers[:-1]] + [m.end()]
    return [Found(a, b, "month", year=year, month=month) for a, b, month in zip(ends, stops, months)]


# "tháng 10 dương lịch": the calendar named after a solar day or month belongs
# to it, as "âm lịch" does to a lunar one (not an era's year: "Dương lịch 2025")
_SOLAR_MARK = re.compile(r"\s+dương\s+lịch(?!\w)(?!\s*\d)", re.IGNORECASE)
_SOLAR_KINDS = ("day", "day-range", "month", "months")


def _with_solar_mark(found: Found, text: str) -> Found:
    mark = _SOLAR_MARK.match(text, found.end) if found.kind in _SOLAR_KINDS else None
    return replace(found, end=mark.end()) if mark else found


# "tháng 9, tháng 10 âm lịch", "tháng 9 hoặc 10 hằng năm": the months after a
# month in a list, which what closes the list qualifies as it does the last.
_LATER_MONTH = re.compile(r"(?:\s*,\s*|\s+(?:và|hoặc|hay|đến|tới)\s+|\s*[-–]\s*)"
                          r"(?:tháng\s+" + _LUNAR_MONTH + r"|\d{1,2}(?![\d/.-]))", re.IGNORECASE)


def _list_end(found: Found, text: str) -> int:
    """Where the list of months ``found`` opens ends (its own end if it opens none)."""
    end = found.end
    if found.kind in ("month", "months") and found.year is None:
        while later := _LATER_MONTH.match(text, end):
            end = later.end()
    return end


# "từ ngày 29 tháng 8 đến ngày 1 tháng 9 âm lịch": the mark closing a range says
# it of both ends, so the first is no solar day (whether the range is a date, or
# one that comes round every year, is ``_lunar_days``'s to say).
_LUNAR_RANGE_REST = re.compile(r"\s*(?:đến|tới|[-–])\s*" + _LUNAR_DAY + _LUNAR_MARK, re.IGNORECASE)


def _lunar_or_recurring(found: Found, text: str) -> bool:
    """Whether a calendar mark ("âm lịch") or "hằng năm" after ``found`` (or the
    list it opens, or the range it opens) says it is no solar date of one year."""
    end = _list_end(found, text)
    return bool(_LUNAR.match(text, end) or (found.year is None and _RECURRING.match(text, end))
                or (found.year is None and _LUNAR_RANGE_REST.match(text, end)))


def _found_in(kind: str, m: re.Match[str], text: str) -> list[Found]:
    if kind == "months":
        return [_with_solar_mark(f, text) for f in _months_found(m, text) if not _lunar_or_recurring(f, text)]
    found = _from_match(kind, m, text)
    if found is None or _lunar_or_recurring(found, text):
        return []
    found = _with_solar_mark(found, text)
    # (a month's first days have no "và" group)
    if found.kind == "day-range" and m.groupdict().get("and") and found.day_to != found.day + 1:
        # "ngày 5 và 12/3": two days, not the days between them
        return [replace(found, end=m.end("d"), kind="day", day_to=None),
                replace(found, start=m.start("d2"), kind="day", day=found.day_to, day_to=None)]
    return [found]


def _excluded_zones(text: str) -> Occupied:
    return Occupied((m.start(), m.end()) for m in _DOC_NUMBER.finditer(text))


_DIGIT = re.compile(r"\d")
# What the patterns without a digit need: a quarter's ("quý IV"), a half-year's
# ("nửa đầu năm"), the full moon's ("rằm") and a century's ("thế kỷ XIX")
_WORDS_WITHOUT_DIGITS = ("uý", "UÝ", "ửa", "ằm", "kỷ")


def find_dates(text: str) -> list[Found]:
    """Every date expression of ``text``, non-overlapping, ranges merged, in order."""
    if not _DIGIT.search(text) and not any(word in text for word in _WORDS_WITHOUT_DIGITS) \
            and not _LUNAR_MONTH_NAMED.search(text):
        # Every pattern needs a digit but those (and a lunar month's, "Rằm tháng Giêng"); half the runs
        # of an article have neither, and nine scans of each cost more than this one.
        return []
    zones = _excluded_zones(text)
    candidates: list[Found] = []
    for rank, (kind, pattern) in enumerate(_PATTERNS):
        if not _may_match(kind, text):
            continue
        for m in pattern.finditer(text):
            if zones.overlaps(m.start(), m.end()):
                continue
            candidates += _found_in(kind, m, text)
    candidates += _lunar_days(text) + _lunar_months(text) + _lunar_new_years(text)
    chosen: list[Found] = []
    # (a lunar day before a solar reading of the same words: the first end of a lunar range)
    for found in sorted(candidates, key=lambda f: (f.start, -f.end, f.kind not in _LUNAR_KINDS)):
        if chosen and found.start < chosen[-1].end:
            continue
        chosen.append(found)
    chosen = _with_lunar_glosses(text, chosen)
    # (past is False until here: a copy only for the few followed by "vừa qua" or told after it)
    chosen = [replace(f, past=True) if _PAST.match(text, f.end) or _told_as_past(f, text) else f for f in chosen]
    chosen = [_with_year_named_from_the_article_s(f, text) for f in chosen]
    chosen = [replace(f, ahead=True) if _lies_ahead(f, text) else f
              for f in chosen]
    return _merge_ranges(text, chosen)


# "tháng 3 tới", "tháng 5 sắp tới": a month the sentence says is coming
_COMING = re.compile(r"\s+(?:sắp\s+)?tới(?!\w)", re.IGNORECASE)


# "vụ vừa rồi, ông xiết nước từ rằm tháng Chạp": a day without its year told
# after "vừa rồi" or "vừa qua" in its sentence lies behind the article's time,
# unless the sentence turns to what is coming ("vừa qua ..., sẽ mở vào mùng 5").
_PAST_IN_SENTENCE = re.compile(
    r"(?=[Vv])(?<!\w)vừa\s+(?:rồi|qua)(?!\w)(?:(?!(?<!\w)(?:sẽ|dự\s+kiến)(?!\w))[^.!?;\n])*$", re.IGNORECASE)


def _told_as_past(found: Found, text: str) -> bool:
    """Whether a day or lunar month without its year is told after "vừa rồi" in its sentence."""
    return found.year is None and found.kind in _DAY_KINDS + _LUNAR_KINDS \
        and search_before(_PAST_IN_SENTENCE, text, found.start, _SENTENCE_WINDOW) is not None


def _lies_ahead(found: Found, text: str) -> bool:
    """Whether a day lies ahead of the article's time (aimed at, announced), or
    a month (announced, or "tới" after it: "dự kiến vào tháng 3", "tháng 3 tới")."""
    if found.kind in _DAY_KINDS:
        return _ahead(text, found.start)
    if found.kind in ("month", "months") and found.year is None:
        return bool(_COMING.match(text, found.end)) or _announced(text, found.start)
    return False


# The kinds that name days: settled to the nearest day of the date line, not its year.
_DAY_KINDS = ("day", "day-range", "lunar-day")
_LUNAR_KINDS = ("lunar-day", "lunar-month")


@dataclass(frozen=True)
class Range:
    """Two date expressions read as one period ("2021 - 2025")."""

    start: int
    end: int
    first: Found
    last: Found


def _merge_ranges(text: str, found: list[Found]) -> list[Found | Range]:
    out: list[Found | Range] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if cur.kind == "century":
            out.append(_century_years(cur))
            i += 1
            continue
        if (last := _last_of_a_year_list(text, found, i)) > i:
            out.append(Range(cur.start, found[last].end, cur, found[last]))
            i = last + 1
            continue
        if nxt is not None and _joins(text, cur, nxt):
            start = cur.start
            prefix = search_before(_PERIOD_PREFIX, text, start)
            if prefix and cur.kind == "year":
                start = prefix.start()
            elif cur.kind == "year" and nxt.year is None and (opening := search_before(_START_OF_A_YEAR, text, start)):
                start = opening.start()
            elif _ends_at_an_hour(text, cur, nxt) and (clock := search_before(_CLOCK_BEFORE, text, start)):
                start = clock.start()  # "7h30 ngày 26/6 đến 18h ngày 30/6": both ends read to the hour
            if nxt.past:  # "tháng 7 và tháng 8 vừa qua": both months lie behind
                cur = replace(cur, past=True)
            out.append(Range(start, nxt.end, cur, nxt))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


def _century_years(century: Found) -> Range:
    """"thế kỷ XVIII" as the period of its years, 1701 to 1800."""
    first = replace(century, kind="year")
    return Range(century.start, century.end, first, replace(first, year=century.year + 99))


# "quý I năm sau", "tháng 3 năm tới", "tháng 11 đến tháng 1 năm sau": a month,
# quarter or day of the year after the article's, the words part of the date;
# "tháng 5 năm ngoái", "quý IV năm trước" one of the year before it (not "năm
# trước đó", the year before one the sentence tells of)
_YEAR_FROM_THE_ARTICLE_S = re.compile(r"\s+năm\s+(?:(?P<next>sau|tới)|ngoái|trước(?!\s+đó))(?!\w)", re.IGNORECASE)
_YEAR_FROM_THE_ARTICLE_S_KINDS = ("day", "day-range", "month", "months", "quarter", "half")


def _with_year_named_from_the_article_s(found: Found, text: str) -> Found:
    """``found`` to the end of a "năm sau" or "năm ngoái" naming its year, if one follows it."""
    if found.year is not None or found.kind not in _YEAR_FROM_THE_ARTICLE_S_KINDS:
        return found
    named = _YEAR_FROM_THE_ARTICLE_S.match(text, found.end)
    if named is None:
        return found
    return replace(found, end=named.end(), years_on=1 if named.group("next") else -1)


def _wraps_the_year(a: Found, b: Found) -> bool:
    """Whether a stretch from month (or quarter) ``a`` to ``b``, neither with its
    year, runs past the year's end ("tháng 11 đến tháng 1", "quý IV đến quý I")."""
    if a.year is not None or b.year is not None or a.kind not in ("month", "quarter") or b.kind != a.kind:
        return False
    return (b.month or b.first_month or 0) < (a.month or a.last_month or 0)


def _joins(text: str, a: Found, b: Found) -> bool:
    between = text[a.end:b.start]
    if a.kind == "day-range" or b.kind == "day-range":
        return False
    if _RANGE_SEP.match(between) or _ends_at_an_hour(text, a, b) or _ends_in_part_of_a_year(between, b):
        if _cut_off_of_a_year(text, a, b) or _hours_to_the_next_day(text, a, b) or _dates_a_since_clause(text, a, between):
            return False
        return not (a.kind == "year" and b.kind == "year" and (b.year or 0) <= (a.year or 0))
    # "năm 2019 và 2020", "tháng 5 và tháng 6", "quý I và quý II": two
    # consecutive units read as one period (the gold lists' convention)
    return bool(_AND.match(between)) and _next_unit(a, b) or _two_years_by_comma(text, a, b) \
        or _two_lunar_months_by_comma(between, a, b)


# "các năm 2020, 2021": two consecutive years listed with a comma are one
# period too, as with "và"; a list that goes on ("2019, 2020 và 2021") is
# read whole (see ``_last_of_a_year_list``).
_COMMA = re.compile(r"^,\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|và)\s*\d")


def _two_years_by_comma(text: str, a: Found, b: Found) -> bool:
    return a.kind == "year" and text.startswith("năm", a.start) and bool(_COMMA.match(text[a.end:b.start])) \
        and _next_unit(a, b) and not _LIST_GOES_ON.match(text, b.end)


def _two_lunar_months_by_comma(between: str, a: Found, b: Found) -> bool:
    """"tháng Giêng, tháng Hai âm lịch": two lunar months in a row, one period, as with "và"."""
    return a.kind == "lunar-month" and bool(_COMMA.match(between)) and _next_unit(a, b)


def _last_of_a_year_list(text: str, found: list[Found], i: int) -> int:
    """Where a list of consecutive years after one "năm" ends ("năm 2019, 2020
    và 2021": one period, as "tháng 5, 6 và 7" is); ``i`` itself when
    ``found[i]`` opens none, or the list skips a year ("năm 2019, 2021 và 2023")."""
    if found[i].kind != "year" or not text.startswith("năm", found[i].start):
        return i
    last = i
    while last + 1 < len(found) and _COMMA.match(text[found[last].end:found[last + 1].start]) \
            and _next_unit(found[last], found[last + 1]):
        last += 1
    closed = last + 1 < len(found) and _AND.match(text[found[last].end:found[last + 1].start]) \
        and _next_unit(found[last], found[last + 1])
    return last + 1 if last > i and closed else i


def _ends_in_part_of_a_year(between: str, b: Found) -> bool:
    """Whether year ``b`` closes a range at its start, middle or end ("đến giữa năm 2021")."""
    return b.kind == "year" and b.year is not None and bool(_TO_PART_OF_YEAR.match(between))


def _ends_at_an_hour(text: str, a: Found, b: Found) -> bool:
    """Whether day ``b`` closes a range from day ``a`` at a clock time ("ngày 21/4 đến 17h ngày 28/4")."""
    return a.kind == b.kind == "day" and bool(_CLOCK_RANGE_SEP.match(text[a.end:b.start]))


def _hours_to_the_next_day(text: str, a: Found, b: Found) -> bool:
    """Whether "từ 19h ngày 4/10 đến 7h ngày 5/10" reads from an hour to one of
    the next day: a window of hours (a night's rain, a wake), whose two days the
    golds list apart (4 such windows against 1); a longer stretch read to the
    hour ("8h ngày 8/4 đến 17h ngày 13/4") is one period."""
    if not (_ends_at_an_hour(text, a, b) and search_before(_CLOCK_BEFORE, text, a.start)):
        return False
    year = a.year or b.year or 2000  # (a leap year: 29/2 may be written without its year)
    if not _valid(year, a.month, a.day):
        return False
    following = date(year, a.month, a.day) + timedelta(days=1)
    return (following.month, following.day) == (b.month, b.day)


def _cut_off_of_a_year(text: str, a: Found, b: Found) -> bool:
    """Whether "năm 2025 đến ngày 30/11" is a year's figure counted up to a day
    ("vốn năm 2025 đến ngày 30/11 đạt 58%"): an end with no year of its own lies
    inside the year, so only "từ" or the year's start ("đầu năm 2025 đến hết
    tháng 9") before the year makes the two a range."""
    return a.kind == "year" and b.year is None and not search_before(_FROM, text, a.start) \
        and not search_before(_START_OF_A_YEAR, text, a.start)


# "từ khi luật có hiệu lực ngày 1/7/2016 đến hết năm 2024": the stretch runs
# from the event of the clause "từ khi" opens; the day dates that event (the
# golds list the day and the year apart), unless "từ" is its own ("từ khi
# được giao, từ ngày 1/7 đến ngày 30/9").
_DASH = re.compile(r"\s*[-–—]")
_SINCE_CLAUSE_BEFORE = re.compile(r"(?<!\w)từ\s+(?:khi|lúc)(?!\w)[^.!?;\n]*$", re.IGNORECASE)


def _dates_a_since_clause(text: str, a: Found, between: str) -> bool:
    """Whether day ``a`` dates the event of a "từ khi" clause, so opens no
    stretch; only before "đến" (a dash joins its own pair, "(21/9/1973 - 21/9/2023)")."""
    return a.kind == "day" and not _DASH.match(between) and not search_before(_FROM, text, a.start) \
        and search_before(_SINCE_CLAUSE_BEFORE, text, a.start, _SENTENCE_WINDOW) is not None


def _next_unit(a: Found, b: Found) -> bool:
    """Whether ``b`` is the year, month, quarter or lunar day right after ``a``
    and shares its year ("tháng 6 và tháng 7/2025", "năm 2019 và 2020",
    "mùng 4 và mùng 5 tháng Giêng")."""
    if a.kind != b.kind:
        return False
    if a.kind == "year":
        return a.year is not None and b.year == a.year + 1
    if a.kind == "lunar-day":
        return a.month == b.month and b.day == (a.day or 0) + 1
    if a.kind == "lunar-month":
        return b.month == (a.month or 0) + 1
    if a.kind not in ("month", "quarter"):
        return False
    if a.year is not None and b.year is not None:
        return False  # "tháng 7/2025 và tháng 8/2025": each complete in itself, two dates
    if a.kind == "month":
        return b.month == (a.month or 0) + 1
    return b.first_month == (a.last_month or 0) + 1


# --- the lunar calendar ---------------------------------------------------------
# The Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm, after Meeus's
# "Astronomical Algorithms"): a month begins on the day of a new moon at
# Vietnam's time (UTC+7); month 11 holds the winter solstice, and a year of 13
# months repeats the first month that holds no major solar term.  Days are
# Julian day numbers.

_JULIAN_DAY_OF_ORDINAL_0 = 1721425  # date.toordinal() + this = Julian day number
_NEW_MOON_0 = 2415021.076998695  # the new moon of 1900-01-01
_SYNODIC_MONTH = 29.530588853
_ZONE_HOURS = 7
_RADIAN = math.pi / 180


def _new_moon(k: int) -> float:
    """The Julian day (UTC) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * _RADIAN)
    sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * _RADIAN  # mean anomalies
    moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * _RADIAN
    lat = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * _RADIAN  # moon's latitude argument
    correction = ((0.1734 - 0.000393 * t) * math.sin(sun) + 0.0021 * math.sin(2 * sun)
                  - 0.4068 * math.sin(moon) + 0.0161 * math.sin(2 * moon) - 0.0004 * math.sin(3 * moon)
                  + 0.0104 * math.sin(2 * lat) - 0.0051 * math.sin(sun + moon)
                  - 0.0074 * math.sin(sun - moon) + 0.0004 * math.sin(2 * lat + sun)
                  - 0.0004 * math.sin(2 * lat - sun) - 0.0006 * math.sin(2 * lat + moon)
                  + 0.0010 * math.sin(2 * lat - moon) + 0.0005 * math.sin(2 * moon + sun))
    delta_t = (0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 if t < -11
               else -0.000278 + 0.000265 * t + 0.000262 * t2)
    return jd + correction - delta_t


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + _ZONE_HOURS / 24)


def _solar_term(day: int) -> int:
    """Which twelfth of the ecliptic (0-11) the sun is in at the local midnight opening ``day``."""
    t = (day - 0.5 - _ZONE_HOURS / 24 - 2451545.0) / 36525
    t2 = t * t
    anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * _RADIAN
    mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    centre = ((1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(anomaly)
              + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly) + 0.000290 * math.sin(3 * anomaly))
    return math.floor(((mean + centre) % 360) / 30)


def _month_11_start(year: int) -> int:
    """The first day of the lunar month 11 (the winter solstice's) of ``year``."""
    k = math.floor((date(year, 12, 31).toordinal() + _JULIAN_DAY_OF_ORDINAL_0 - 2415021) / _SYNODIC_MONTH)
    start = _new_moon_day(k)
    return _new_moon_day(k - 1) if _solar_term(start) >= 9 else start


def _leap_month_offset(month_11: int) -> int:
    """How many months after month 11 the leap month of a 13-month year comes."""
    k = math.floor((month_11 - _NEW_MOON_0) / _SYNODIC_MONTH + 0.5)
    i, term = 1, _solar_term(_new_moon_day(k + 1))
    while i < 14:
        i, last = i + 1, term
        term = _solar_term(_new_moon_day(k + i))
        if term == last:
            break
    return i - 1


def _lunar_to_solar(year: int, month: int, day: int) -> date | None:
    """The solar day of lunar ``day``/``month`` (not a leap month) of lunar ``year``; None if no such day."""
    first, last = (year - 1, year) if month < 11 else (year, year + 1)
    month_11, next_month_11 = _month_11_start(first), _month_11_start(last)
    k = math.floor(0.5 + (month_11 - _NEW_MOON_0) / _SYNODIC_MONTH)
    offset = (month - 11) % 12
    if next_month_11 - month_11 > 365 and offset >= _leap_month_offset(month_11):
        offset += 1  # the leap month comes before this one
    start = _new_moon_day(k + offset)
    if day > _new_moon_day(k + offset + 1) - start:
        return None  # day 30 of a 29-day month
    return date.fromordinal(start + day - 1 - _JULIAN_DAY_OF_ORDINAL_0)


# --- year inference --------------------------------------------------------------


@dataclass
class YearGuess:
    year: int
    cert: str


class Inference:
    """The article-level facts a missing year is inferred from.

    With a date line, the year that puts the date nearest to it.  Without
    one, the latest full date written in the article (a day with its year)
    stands in for it: the undated days of a report are the days of the event
    it reports, near the newest dated act it cites.  Such a date counts only
    when a year near it is written elsewhere too ("năm 2024", "2021-2025"):
    "ngày 18/1/1950" alone is an anniversary's history, not the article's
    time, nor is a date the sentence announces ("sẽ", "dự kiến": a plan
    ahead of it).  Without one, the latest year written before, else the first
    year written that is at most a year before the latest written on its own
    ("Năm 2024, ..."): an article may cite older acts and periods first
    ("tổng kết 7 năm thực hiện Chỉ thị ... ngày 12/1/2017, giai đoạn 2017-2024"),
    its history, not its time.
    A year written as a comparison ("so với cùng kỳ năm 2023") is
    not a fact about the article's own time, and is left out of all of these;
    nor is a goal ("phấn đấu đến năm 2028", "tầm nhìn đến năm 2050", "tầm nhìn
    2045", "trở thành nước phát triển ... vào năm 2045", "trước năm 2030") its
    own year, nor a deadline far ahead ("trước ngày 31/12/2030") its anchor.
    A full date more than a year before the latest year written on its own
    ("năm 2025") is an older act the article cites, and anchors nothing; a
    year that old ("được UNESCO ghi danh năm 2017" in a report of 2024) is
    the article's history, and is the latest year only in its own sentence
    ("Năm 1954, sau chiến thắng ngày 7/5, ...").
    A day the article also writes with its year ("trước 19/12" in a title,
    "trước ngày 19/12/2025" in the text) is that day, when that year is
    within one of the year guessed (not "2/9" of "Quốc khánh 2/9/1945") and
    the only one written with it (not an anniversary's "18/11/1930 - 18/11/2025",
    a day that comes back every year).
    """

    def __init__(self, dateline: date | None) -> None:
        self.dateline = dateline
        self.written: list[int] = []  # the years written, in the article's order
        self.point_years: set[int] = set()  # "năm 2020", not a period's end
        self.own_years: set[int] = set()  # ... nor a goal's ("đến năm 2030")
        self.full_dates: list[date] = []
        self.deadlines: list[date] = []  # the full dates after "trước"
        self.other_years: set[int] = set()  # the years written but in full dates
        self.years_of_day: dict[tuple[int, int], set[int]] = {}  # (month, day) -> years written with it
        self.years_of_period_day: dict[tuple[int, int], set[int]] = {}  # ... or with the period of days it is in
        self.latest: int | None = None  # latest written year seen so far (see note_latest)
        # The last year of the article's history written (text, end, year), which
        # dates only the rest of its own sentence ("Năm 2011, ngày 24/11, ...").
        self.history: tuple[str, int, int] | None = None
        self.here: tuple[str, int] | None = None  # the run and offset being settled
        self.listed_year: int | None = None  # ... and its schedule's year (see _listed_period_years)
        # The dates of each run text: every run is searched twice, first for
        # the years written anywhere in the article, then for its own spans.
        self._dates_by_text: dict[str, list[Found | Range]] = {}
        self.abbreviations: frozenset[str] = frozenset()  # "UNCLOS 1982" (see _abbreviations_with_years)
        self.today: tuple[int, int] | None = None  # (month, day) of the first "hôm nay (5/3)"

    def dates_of(self, text: str) -> list[Found | Range]:
        """``find_dates(text)``, searched once per article, less the years of
        the abbreviations it names with one."""
        if text not in self._dates_by_text:
            self._dates_by_text[text] = [item for item in find_dates(text)
                                         if not _ends_an_abbreviation(text, item, self.abbreviations)]
        return self._dates_by_text[text]

    def note_written(self, text: str, item: Found | Range) -> None:
        """Take in the written years of one expression of the article."""
        if _TERM.match(text, item.start) and isinstance(item, Range) and item.first.year:
            self.own_years.add(item.first.year)  # a term has begun when it is named
        if self.today is None and isinstance(item, Found) and item.kind == "day" and item.year is None \
                and search_before(_TODAY_BEFORE, text, item.start):
            self.today = (item.month, item.day)
        for found in _written_parts(text, item):
            self.written.append(found.year)
            if found.kind == "year" and isinstance(item, Found):
                self.point_years.add(found.year)
                if not _goal(text, item.start):
                    self.own_years.add(found.year)
            if found.kind == "day":
                self.years_of_day.setdefault((found.month, found.day), set()).add(found.year)
            if found.kind == "day-range":
                for day in range(found.day, (found.day_to or found.day) + 1):
                    self.years_of_period_day.setdefault((found.month, day), set()).add(found.year)
            day = _last_day(found)
            if day is not None:
                if search_before(_BEFORE, text, item.start):
                    self.deadlines.append(day)
                elif not _announced(text, item.start):
                    self.full_dates.append(day)
            elif found.kind not in _DAY_KINDS:
                self.other_years.add(found.year)

    def today_anchor(self) -> date | None:
        """The day the article says is today ("sáng nay (5/3)"), in the one year it writes that day with."""
        if self.today is None:
            return None
        month, day = self.today
        years = self.years_of_day.get((month, day), set())
        if len(years) != 1:
            return None
        (year,) = years
        return date(year, month, day) if _valid(year, month, day) else None

    def cited_anchor(self) -> date | None:
        """The latest full date whose year (or one next to it) is written elsewhere too.
        None when the article speaks of later years on their own ("tổng kết năm
        2024, triển khai nhiệm vụ năm 2025"): its dates then cite older acts
        ("Quyết định ... ngày 8/3/2022"), and the article's time is those years'."""
        anchor = max((day for day in self.full_dates + self._near_deadlines()
                      if self.other_years & {day.year - 1, day.year, day.year + 1}), default=None)
        if anchor is not None and self._history(anchor.year):
            return None  # an older act the article cites
        return anchor

    def _near_deadlines(self) -> list[date]:
        """The deadlines within a year after the latest other full date: a
        task's, set soon after the article's time; one further ahead is a
        plan's goal ("trước ngày 31/12/2030" in a report of 2025)."""
        if not self.full_dates:
            return self.deadlines
        latest = max(self.full_dates)
        return [day for day in self.deadlines if (day - latest).days <= 366]

    def _history(self, year: int) -> bool:
        """A year more than one before the newest year written on its own is
        the article's history (an older act cited, a recognition, a past
        event): a plan runs one year ahead of the report, no more (a goal
        further, but goals are not counted)."""
        return bool(self.own_years) and year < max(self.own_years) - 1

    def note_latest(self, text: str, item: Found | Range) -> None:
        """Take the years of ``item`` as the latest written so far, when they
        may say when the article is: not a span of years, nor a goal ("đến năm
        2030"), nor the date of an older act cited ("Quyết định ... ngày
        28-2-2022" in a report of 2024) or of one announced ("sẽ ..."), nor a
        year of the article's history ("ghi danh năm 2017" in a report of
        2024), kept for the rest of its sentence only."""
        if _span_of_years(item) or _goal(text, item.start):
            return
        for found in _written_parts(text, item):
            day = _last_day(found)
            if day is not None and _announced(text, item.start):
                continue
            if self._history(found.year):
                if found.kind == "year":  # (an older act's date dates nothing after it)
                    self.history = (text, item.end, found.year)
                continue
            self.latest = found.year

    def first_recent_year(self) -> int | None:
        """The first year written that is not the article's history: at most a
        year before the latest year written on its own (else the first written)."""
        if not self.written:
            return None
        newest = max(self.own_years, default=self.written[0])
        # Not a goal's year either ("đến năm 2030"), though it is written.
        return next(year for year in self.written + [newest] if newest - 1 <= year <= newest)

    def history_of_sentence(self) -> int | None:
        """The year of the article's history written earlier in the sentence
        being settled, if any: a past event told with its days."""
        if self.history is None or self.here is None:
            return None
        (text, end, year), (here_text, start) = self.history, self.here
        if text is not here_text or start < end or _SENTENCE_END.search(text, end, start):
            return None
        return year

    def guess(self, found: Found) -> YearGuess | None:
        guess = self._guess_by_anchor(found)
        if guess is not None and (year := self._year_written_with(found, guess.year)) is not None \
                and self._keeps_its_tense(found, year):
            return YearGuess(year, "high")
        return guess

    def _keeps_its_tense(self, found: Found, year: int) -> bool:
        """Whether ``found`` read in ``year`` stays on the side of the date line
        its sentence puts it: a day announced ("dự kiến công bố … ngày 1/7") is
        not that day of an earlier year the article also writes ("từ ngày
        1/7/2025"), nor a day "vừa qua" that of a later one."""
        day = _solar_day(found, year, found.day) if self.dateline is not None else None
        return day is None or not ((found.ahead and _passed_before(day, self.dateline)) or (found.past and day > self.dateline))

    def cycle_year(self, cycle: int, near: int) -> int:
        """The year a name in the sixty-year cycle names: the turn of the cycle
        nearest ``near`` (the article's year), unless its paragraph writes in
        figures only another turn's year: a past told with its lunar days
        ("Ngày 3/2/1931, tức ngày 16 tháng Chạp năm Canh Ngọ" is of 1930, not 1990).
        Of several such years, the one written nearest."""
        year = _cycle_year(cycle, near)
        if self.here is None:
            return year
        text, start = self.here
        written = [(abs(item.start - start), found.year) for item in self.dates_of(text)
                   for found in _written_parts(text, item) if _cycle_year(cycle, found.year) == found.year]
        if not written or any(other == year for _, other in written):
            return year
        return min(written)[1]

    def years_written_with(self, month: int, day: int) -> set[int]:
        """The years the article writes day ``day`` of ``month`` with, alone or in a period of days."""
        return self.years_of_day.get((month, day), set()) | self.years_of_period_day.get((month, day), set())

    def _year_written_with(self, found: Found, near: int) -> int | None:
        """The one year the article writes the same day with, if within one of ``near``."""
        if found.kind != "day":
            return None
        years = self.years_of_day.get((found.month, found.day), set())
        if len(years) != 1:
            return None
        (year,) = years
        return year if abs(year - near) <= 1 else None

    def _guess_by_anchor(self, found: Found) -> YearGuess | None:
        if self.listed_year is not None:
            return YearGuess(self.listed_year, "high")
        if self.dateline is not None:
            return YearGuess(_year_near(found, self.dateline), "high")
        today = self.today_anchor()
        if today is not None:  # the article's own day: stronger than any date it cites
            return YearGuess(_year_near(found, today), "medium")
        anchor = self.cited_anchor()
        if anchor is not None:
            return YearGuess(_year_near(found, anchor, publication=False), "medium")
        year = self.history_of_sentence()
        if year is None:
            year = self.latest if self.latest is not None else self.first_recent_year()
        if year is None:
            return None
        # A late-year meeting with no date line is most often a year-end review:
        # "Chiều 29/12 ... tổng kết năm 2020, triển khai nhiệm vụ năm 2021".
        if found.kind in ("day", "day-range", "month", "months") and (found.month or found.first_month or 0) >= 11 \
                and (year - 1) in self.point_years:
            return YearGuess(year - 1, "low")
        return YearGuess(year, "medium")


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# "hôm nay (5/3)", "sáng nay, 5/3", "chiều nay ngày 5/3": the day of the
# article's own time, as a date line would give it.
_TODAY_BEFORE = re.compile(r"(?<!\w)(?:hôm|" + _TIME_OF_DAY_WORD + r")\s+nay\s*[,(]?\s*(?:ngày\s+)?$", re.IGNORECASE)


def _listed_period_years(text: str, items: list[Found | Range]) -> dict[int, int]:
    """Where a period of days starts, the year written with a later period of
    days of the same sentence, when the one falls before the other in that
    year: a schedule lists its periods and writes the year once, with the last
    ("Tỉnh A (từ ngày 15 đến ngày 18-4), tỉnh B (từ ngày 23-9 đến ngày
    26-9-2025)").  One pass from the run's end.  A period across years
    is no entry of such a schedule: an anniversary's "(1/12/1972 - 1/12/2027)"
    does not date the visit "từ ngày 16 đến 19/11" before it."""
    years: dict[int, int] = {}
    later: tuple[int, int, int] | None = None  # the next period with its year: start, year, first month
    for item in reversed(items):
        if not _period_of_days(item):
            continue
        if later and _first_month(item) <= later[2] and not _SENTENCE_END.search(text, item.start, later[0]):
            years[item.start] = later[1]
        if (year := _written_end_year(item)) is not None:
            later = (item.start, year, _first_month(item)) if _within_its_end_year(item) else None
    return years


# Within one sentence, its clauses joined by semicolons.
_FULL_STOP = re.compile(r"[.!?]\s|\n")


def _bracketed_years(text: str, items: list[Found | Range]) -> dict[int, int]:
    """Where days without their year fall, in order, between two days of the
    same sentence written with the same year: that year.  A history tells its
    stages in order and writes the year at their ends ("Đợt 1 từ ngày 13 đến
    17/3/1954, ...; đợt 2 từ ngày 30/3 đến 30/4 ...; ... vào chiều 7/5/1954")."""
    spans = [span for item in items if (span := _days_of(item)) is not None]
    years: dict[int, int] = {}
    for i, span in enumerate(spans):
        if span.year is not None:
            continue
        before = next((other for other in reversed(spans[:i]) if other.year is not None), None)
        after = next((other for other in spans[i + 1:] if other.year is not None), None)
        if before is None or after is None or before.year != after.year \
                or _FULL_STOP.search(text, before.item.end, after.item.start):
            continue
        if before.last <= span.first and span.last <= after.first:
            years[span.item.start] = after.year
    return years


def _years_of_recalled_days(items: list[Found | Range]) -> dict[int, int]:
    """Where a day without its year falls within the span of days the run
    last wrote with its year: that year.  A history tells a stretch of days,
    then one of them again ("Từ ngày 2 đến 5/9/1945, ... Ngay trong đêm 3/9,
    ..." is of 1945), as a report names a day of its meeting ("hội nghị từ
    ngày 4 đến 6/3/2025 ... Chiều 5/3, ...")."""
    years: dict[int, int] = {}
    written: _DaySpan | None = None  # the last span of days with its year
    for item in items:
        span = _days_of(item)
        if span is None:
            if _written_year(item) is not None:
                written = None  # another year written since: it may tell another time
        elif span.year is not None:
            written = span
        elif written is not None and written.first <= span.first and span.last <= written.last:
            years[item.start] = written.year
    return years


# A year set at the head of its sentence, perhaps after a short lead clause:
# "Năm 2024, ...", "Riêng năm 2023, ...", "Theo kế hoạch, năm 2025, ...".
_SENTENCE_HEAD_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:[^\W\d][^\d.,;:!?\n]{0,30},\s+)?"
                                   r"(?:(?:[Cc]ũng\s+)?[Tt]rong\s+|[Rr]iêng\s+)?$")


def _fronted_years(text: str, items: list[Found | Range]) -> dict[int, int]:
    """Where dates without their year follow, in the same sentence, a year set
    at its head with a comma: that year.  The sentence tells that year's
    doings ("Năm 2024, tỉnh khởi công vào quý III" is the third quarter of 2024)."""
    years: dict[int, int] = {}
    fronted: tuple[int, int] | None = None  # the year at the sentence's head and where it ends
    for item in items:
        if fronted is not None and _SENTENCE_END.search(text, fronted[1], item.start):
            fronted = None
        if _year_at_a_sentence_head(text, item):
            fronted = (item.year, item.end)
        elif fronted is not None and _written_year(item) is None:
            years[item.start] = fronted[0]
    return years


def _year_at_a_sentence_head(text: str, item: Found | Range) -> bool:
    return isinstance(item, Found) and item.kind == "year" and text.startswith(",", item.end) \
        and text[item.start:item.start + 3].lower() == "năm" and bool(search_before(_SENTENCE_HEAD_BEFORE, text, item.start))


def _written_year(item: Found | Range) -> int | None:
    if isinstance(item, Range):
        return item.first.year or item.last.year
    return item.year


def _table_years(text: str, items: list[Found | Range], inference: Inference) -> dict[int, int]:
    """The days opening the rows of a table of days, when the article writes
    some of them elsewhere with a year, and one only: that year, for all of
    them.  A schedule's table is a plan's ("Kỳ thi diễn ra ngày 10 và
    11/6/2027" before a table of 9/6 to 12/6), the next year's as well as this one's."""
    if not _is_a_table_of_days(text):
        return {}
    rows = [item for item in items if isinstance(item, Found) and item.kind == "day" and item.year is None
            and _opens_a_row_of_days(text, item.start, item.end)]
    years = {year for row in rows for year in inference.years_written_with(row.month, row.day)}
    if len(years) != 1:
        return {}
    (year,) = years
    return {row.start: year for row in rows}


@dataclass(frozen=True)
class _DaySpan:
    """A solar day or period of days: its year as written (None if none), its
    first and last (month, day)."""
    item: Found | Range
    year: int | None
    first: tuple[int, int]
    last: tuple[int, int]


def _days_of(item: Found | Range) -> _DaySpan | None:
    """``item`` as a span of days, None for any other expression or one writing
    its year at one end only."""
    parts = (item.first, item.last) if isinstance(item, Range) else (item,)
    if not all(part.kind in ("day", "day-range") for part in parts):
        return None
    years = {part.year for part in parts}
    if len(years) != 1 and not (isinstance(item, Range) and item.first.year is None):
        return None
    first, last = parts[0], parts[-1]
    return _DaySpan(item, last.year, (first.month, first.day), (last.month, last.day_to or last.day))


def _period_of_days(item: Found | Range) -> bool:
    """"ngày 15 đến ngày 18-4", "ngày 23-9 đến ngày 26-9-2025": days from one to another."""
    if isinstance(item, Range):
        return item.first.kind == item.last.kind == "day"
    return item.kind == "day-range"


def _within_its_end_year(item: Found | Range) -> bool:
    """"ngày 23-9 đến ngày 26-9-2025", not "1/12/1972 - 1/12/2027"."""
    return not isinstance(item, Range) or item.first.year in (None, item.last.year)


def _written_end_year(item: Found | Range) -> int | None:
    return item.last.year if isinstance(item, Range) else item.year


def _first_month(item: Found | Range) -> int:
    return (item.first if isinstance(item, Range) else item).month or 0

# "nhiệm kỳ 2025-2030": the term a congress elects, begun by the time it is named.
_TERM = re.compile(r"nhiệm\s+kỳ\s", re.IGNORECASE)

# "đến năm 2030", "tới năm 2028", a horizon "tầm nhìn 2045": the year a goal
# is set for, ahead of the article's time; a deadline too, "trước năm 2030".
_GOAL = re.compile(r"\b(?:(?:đến|tới)(?:\s+(?:hết|cuối))?|tầm\s+nhìn|định\s+hướng|trước)\s+$", re.IGNORECASE)
# "hoàn thành trước ngày 30/6/2025", "đáp ứng các tiêu chuẩn trước ngày
# 31/12/2030": a deadline, ahead of the article's time (see Inference.cited_anchor).
_BEFORE = re.compile(r"\btrước\s+$", re.IGNORECASE)
# "... phấn đấu trở thành nước phát triển, thu nhập cao vào năm 2045": "vào"
# a year after an aim in the sentence is the goal's year too.
_INTO = re.compile(r"\bvào\s+$", re.IGNORECASE)
_AIM_BEFORE_INTO = re.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|trở\s+thành|hướng\s+tới)\b[^.!?;\n]*\bvào\s+$",
                              re.IGNORECASE)


def _goal(text: str, start: int) -> bool:
    if not text[start - 1:start].isspace():
        return False
    if search_before(_GOAL, text, start) is not None:
        return True
    return (search_before(_INTO, text, start) is not None
            and search_before(_AIM_BEFORE_INTO, text, start, _SENTENCE_WINDOW) is not None)


# "so với cùng kỳ năm 2023", "so với năm 2020", "cùng kỳ 2023"
_COMPARED = re.compile(r"\b(?:so(?:\s+với)?(?:\s+cùng\s+kỳ)?|cùng\s+kỳ)\s+$", re.IGNORECASE)
# "Từ năm 2021 đến nay": the year a stretch up to the article's time began.
_SINCE_NOW = re.compile(r"\s+(?:đến|tới)\s+nay\b", re.IGNORECASE)


# "... sẽ được trao vào ngày 3 tháng 2 năm 2026", "dự kiến khánh thành ngày
# 2/9/2026": a date the sentence announces lies ahead of the article's time;
# a later clause in the past ("..., đã khởi công ngày 2/9/2024") does not.
_PAST_CLAUSE = r",\s+đã(?!\w)"
_FUTURE_IN_SENTENCE = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến)(?!\w)(?:(?!" + _PAST_CLAUSE + r")[^.!?;\n])*$", re.IGNORECASE)
_SENTENCE_WINDOW = 200


def _announced(text: str, start: int) -> bool:
    return search_before(_FUTURE_IN_SENTENCE, text, start, _SENTENCE_WINDOW) is not None


# "phấn đấu hoàn thành ... trước ngày 31/10", "quyết tâm về đích trước ngày 2/9":
# a day the sentence aims at, a deadline ahead of the article's time; not one
# it says was reached ("quyết tâm cao, huyện đã hoàn thành trước ngày 30/4").
_AIM_IN_SENTENCE = re.compile(
    r"(?<!\w)(?:phấn\s+đấu|quyết\s+tâm)(?!\w)(?:(?!(?<!\w)đã(?!\w))[^.!?;\n])*$", re.IGNORECASE)


# A report is written before its date line: a day it announces ("đợt 1 sẽ lên
# đường ngày 4-9" under a date line of 5/9) may have passed by the time it
# comes out, and stays that year's; only a day further back is next year's.
_REPORTING_LAG = timedelta(days=7)


def _passed_before(day: date, anchor: date) -> bool:
    """Whether a day announced or aimed at is already past at ``anchor`` (beyond the reporting lag)."""
    return day < anchor - _REPORTING_LAG


def _ahead(text: str, start: int) -> bool:
    """Whether the day at ``start`` is one the sentence aims at or announces."""
    return _announced(text, start) or search_before(_AIM_IN_SENTENCE, text, start, _SENTENCE_WINDOW) is not None


def _written_parts(text: str, item: Found | Range) -> list[Found]:
    """The parts of an expression that write their year, none for a comparison
    or for the start of a stretch up to now (both are before the article's time)."""
    # _COMPARED ends in spaces: most expressions have none before them
    if text[item.start - 1:item.start].isspace() and search_before(_COMPARED, text, item.start):
        return []
    if _SINCE_NOW.match(text, item.end) and search_before(_FROM, text, item.start):
        return []
    parts = (item.first, item.last) if isinstance(item, Range) else (item,)
    return [f for f in parts if f.year is not None]


def _last_day(found: Found) -> date | None:
    """The (last) day a day expression with its year names, if it exists."""
    if found.kind not in _DAY_KINDS or found.year is None:
        return None
    return _solar_day(found, found.year, found.day_to or found.day)


def _solar_day(found: Found, year: int, day: int) -> date | None:
    """Day ``day`` of ``found``'s month in ``year`` (a lunar year for a lunar day), if it exists."""
    if found.kind in _LUNAR_KINDS:
        return _lunar_to_solar(year, found.month, day)
    return date(year, found.month, day) if _valid(year, found.month, day) else None


def _year_near(found: Found, anchor: date, publication: bool = True) -> int:
    """The year that puts ``found`` nearest to ``anchor``.

    When the anchor is the publication date, "vừa qua" keeps the date at or
    before it, a day the sentence aims at or announces at or after it (give or
    take the reporting lag), and a quarter, half-year or month is the anchor's year's.
    Another anchor (a date the article cites) is only a neighbour: a month
    is read as near it as a day is, and "vừa qua" says nothing about it.
    """
    month = found.month or found.first_month or 1
    day = found.day or 1
    if not publication and (found.past or found.ahead):  # (a copy only where there is something to change)
        found = replace(found, past=False, ahead=False)
    if found.kind in ("quarter", "half") or (found.kind in ("month", "months") and publication):
        # A quarter or half-year "of this year" unless it lies ahead of a "vừa qua".
        if found.past and date(anchor.year, month, 1) > anchor:
            return anchor.year - 1
        last = found.last_month or month
        if found.ahead and _passed_before(date(anchor.year, last, _month_end(anchor.year, last)), anchor):
            return anchor.year + 1  # a month announced, already past this year: next year's
        return anchor.year
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        start = (_solar_day(found, year, day) if found.kind in _LUNAR_KINDS
                 else date(year, month, min(day, _month_end(year, month))))
        if start is None or (found.past and start > anchor) or (found.ahead and _passed_before(start, anchor)):
            continue
        options.append((abs((start - anchor).days), -year, year))
    return min(options)[2] if options else anchor.year


def _attrs_of(found: Found, year: int | None, inferred: YearGuess | None) -> list[tuple[str, str]]:
    """The ``when`` or ``from``/``to`` of a settled expression (none when invalid)."""
    if year is None:
        return []
    if found.kind == "year":
        return [("when", f"{year:04d}")]
    if found.kind == "month":
        return [("when", f"{year:04d}-{found.month:02d}")]
    if found.kind == "months":  # as "tháng 9 và tháng 10" is written
        return [("from", f"{year:04d}-{found.first_month:02d}"), ("to", f"{year:04d}-{found.last_month:02d}")]
    if found.kind == "day":
        if not _valid(year, found.month, found.day):
            return []
        return [("when", f"{year:04d}-{found.month:02d}-{found.day:02d}")]
    if found.kind == "lunar-day":
        solar = _lunar_to_solar(year, found.month, found.day)
        return [("when", solar.isoformat())] if solar else []
    if found.kind == "lunar-month":
        return _lunar_month_attrs(year, found.month)
    if found.kind == "day-range":
        day_to = _last_of(found, year)
        if not (_valid(year, found.month, found.day) and _valid(year, found.month, day_to)):
            return []
        return [("from", f"{year:04d}-{found.month:02d}-{found.day:02d}"),
                ("to", f"{year:04d}-{found.month:02d}-{day_to:02d}")]
    last = found.last_month or 12
    return [("from", f"{year:04d}-{found.first_month:02d}-01"),
            ("to", f"{year:04d}-{last:02d}-{_month_end(year, last):02d}")]


def _lunar_month_attrs(year: int, month: int) -> list[tuple[str, str]]:
    """From the first day of lunar ``month`` of ``year`` to the day before the next month's first."""
    first = _lunar_to_solar(year, month, 1)
    following = _lunar_to_solar(year + month // 12, month % 12 + 1, 1)
    if first is None or following is None:
        return []
    return [("from", first.isoformat()), ("to", date.fromordinal(following.toordinal() - 1).isoformat())]


def _settle(found: Found, inference: Inference) -> tuple[list[tuple[str, str]], YearGuess | None]:
    if found.year is not None:
        return _attrs_of(found, found.year, None), None
    guess = _year_from_the_article_s(found, inference) if found.years_on else inference.guess(found)
    if guess is not None and found.cycle is not None:  # the year is written, by its name in the cycle
        return _attrs_of(found, inference.cycle_year(found.cycle, guess.year), None), None
    return _attrs_of(found, guess.year if guess else None, guess), guess


def _year_from_the_article_s(found: Found, inference: Inference) -> YearGuess | None:
    """The year ``found.years_on`` from the one a whole year unwritten would be
    read in: "quý I năm sau" in an article of December is the coming January's
    quarter, as it is in one of June (not the quarter nearest the date line)."""
    whole_year = replace(found, kind="half", month=None, day=None, first_month=1, last_month=12,
                         past=False, ahead=False)
    guess = inference.guess(whole_year)
    return YearGuess(guess.year + found.years_on, guess.cert) if guess else None


def _range_attrs(rng: Range, inference: Inference) -> tuple[list[tuple[str, str]], YearGuess | None]:
    first, last = rng.first, rng.last
    named = None
    if last.years_on and first.year is None and not first.years_on:
        # "từ tháng 3 đến tháng 5 năm ngoái": the year the end names from the
        # article's is the start's too (or the one before: "tháng 11 đến tháng 1 năm sau")
        named = _year_from_the_article_s(last, inference)
        if named is not None:
            last = replace(last, year=named.year)
    if first.year is None and last.year is not None:
        # "15/3 - 20/4/2025": the start takes the end's year (or the one before)
        year = last.year
        if (first.month or 1, first.day or 1) > (last.month or last.first_month or 12, last.day or 31):
            year -= 1
        first = replace(first, year=year)
    elif last.year is None and first.year is not None and last.kind in ("month", "quarter"):
        # "quý I/2025 và quý II": the end is the start's year, or the next one's
        # ("tháng 12/2024 đến tháng 2")
        year = first.year + ((last.first_month or last.month or 1) < (first.last_month or first.month or 1))
        last = replace(last, year=year)
    a, guess_a = _settle(first, inference)
    if _wraps_the_year(first, last) and guess_a is not None:
        last = replace(last, year=guess_a.year + 1)  # its end in the next year
    b, guess_b = _settle(last, inference)
    start = dict(a).get("from") or dict(a).get("when")
    end = dict(b).get("to") or dict(b).get("when")
    if not start or not end or start[:10] > end[:10]:  # (the day: one end may have a time)
        return [], None
    return [("from", start), ("to", end)], guess_a or guess_b or named


def _spans(text: str, inference: Inference) -> Iterator[Span]:
    items = inference.dates_of(text)
    listed = (_years_of_recalled_days(items) | _fronted_years(text, items) | _bracketed_years(text, items) | _listed_period_years(text, items)
              | _table_years(text, items, inference))
    for item in items:
        inference.here = (text, item.start)
        inference.listed_year = listed.get(item.start)
        if isinstance(item, Range):
            attrs, guess = _range_attrs(item, inference)
        else:
            attrs, guess = _settle(item, inference)
        if guess is not None and attrs:
            attrs += [("cert", guess.cert), ("evidence", "internal")]
        inference.note_latest(text, item)
        yield Span(item.start, item.end, "date", tuple(attrs))


def _span_of_years(item: Found | Range) -> bool:
    """"nhiệm kỳ 2025-2030", "giai đoạn 2021-2025": a term or plan is spoken of
    at its start as at its end, so neither year says when the article is."""
    return isinstance(item, Range) and item.first.kind == item.last.kind == "year"


# --- the recognizer ---------------------------------------------------------------


def _inference(ctx) -> Inference:
    state = ctx.state.get(__name__)
    if state is None:
        when = ctx.article.dateline.when if ctx.article.dateline else None
        texts = [run.text for where, run in ctx.article.inlines() if where != "dateline"]
        anchor = date.fromisoformat(when[:10]) if when else _date_line_in_text(texts)
        state = ctx.state[__name__] = Inference(anchor)
        state.abbreviations = _abbreviations_with_years(texts)
        for text in texts:
            for item in state.dates_of(text):
                state.note_written(text, item)
    return state


# A run the page reader left among the text may be the page's date line all
# the same ("Thứ Sáu, 3/5/2024 - 07:15"): read as the page reader reads one,
# with a weekday or a clock time in it (a day with its year alone may be a table's cell).
_WEEKDAY_OR_CLOCK = re.compile(r"(?:" + _WEEKDAY_WORD + r"|\d[:h]\d)", re.IGNORECASE)
_MAX_DATE_LINE = 60


def _date_line_in_text(texts: list[str]) -> date | None:
    """The day of the first run that is only a date line, if any."""
    for text in texts:
        if len(text) <= _MAX_DATE_LINE and _WEEKDAY_OR_CLOCK.search(text) and (when := parse_dateline(text)):
            return date.fromisoformat(when[:10])
    return None


# "Công ước ... về Luật Biển năm 1982 (UNCLOS 1982)": an abbreviation in brackets
# that repeats the name before it, its year too.  That year is the name's, said
# again, and so it is wherever the article writes the abbreviation ("trong đó
# có UNCLOS 1982"): no second date.
_ABBREVIATION_WITH_YEAR = re.compile(r"(?P<y>\d{4})\s*\(\s*(?P<name>[A-ZĐ][A-ZĐ\d&-]+\s+(?P=y))\s*\)")


def _abbreviations_with_years(texts: list[str]) -> frozenset[str]:
    """The abbreviations with a year ("UNCLOS 1982") that ``texts`` define in brackets."""
    return frozenset(" ".join(m.group("name").split()) for text in texts if "(" in text
                     for m in _ABBREVIATION_WITH_YEAR.finditer(text))


def _ends_an_abbreviation(text: str, item: Found | Range, abbreviations: frozenset[str]) -> bool:
    """Whether ``item`` is the bare year of one of ``abbreviations``."""
    return isinstance(item, Found) and item.kind == "year" and any(
        text.endswith(name, 0, item.end) and (item.end == len(name) or not text[item.end - len(name) - 1].isalnum())
        for name in abbreviations)


def recognize(run: Inline, where: str, ctx) -> list[Span]:
    if where == "dateline":
        return []  # the parser has already marked the date line
    spans = []
    for span in _spans(run.text, _inference(ctx)):
        if span.attrs:
            spans.append(span)
        else:  # no such day (31/2), or no year to be had: left as plain text
            ctx.messages.append(f"date left unmarked, it has no ISO value "
                                f"(no such day, or no year in the article): "
                                f"{run.text[span.start:span.end]!r}")
    return spans
