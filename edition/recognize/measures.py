"""Amounts: money and counts, as ``measure`` with ``quantity`` and ``unit``.

"750 triệu đồng" -> ``type="currency" unit="VND" quantity="750000000"``;
"17,6 tỷ USD" -> ``unit="USD" quantity="17600000000"``; "155 nghìn tỷ đồng"
multiplies both words.  "15 căn nhà" -> ``type="count" unit="item"
commodity="căn nhà" quantity="15"``: a count is a number before a classifier
and its noun, or before one of the counted nouns of :data:`COUNTED_NOUNS`; the
counted noun goes in ``commodity`` because TEI's ``unit`` is a single word.  Vietnamese numbers
use a decimal comma and a thousands dot ("405.570", "3,153 triệu").
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Inline, Span
from .window import Occupied

# "\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?" after no digit, dot or comma, with
# the first digit first and the look-behind after it: a pattern that opens with
# a digit is searched for at C speed, one that opens with a look-around tries
# every position.
NUMBER = r"(?P<num>\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))(?![\d]|[.,]\d)"
MULTIPLIERS = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
#: Currency words and their ISO 4217 codes.
CURRENCIES = {"đồng": "VND", "VNĐ": "VND", "VND": "VND", "USD": "USD", "đô la Mỹ": "USD",
              "euro": "EUR", "EUR": "EUR"}
#: Classifiers: "15 căn nhà" counts "căn nhà" (the classifier with its noun).
CLASSIFIERS = ["căn", "ngôi", "chiếc", "cuốn", "quyển", "suất", "phần"]
#: Nouns that are counted without a classifier in the genre.
COUNTED_NOUNS = ["tổ chức cơ sở đảng", "đơn vị hành chính", "đảng viên", "đại biểu", "điểm cầu",
                 "doanh nghiệp", "đơn vị", "người", "hộ", "xã", "phường", "học sinh", "sinh viên",
                 "tập đoàn", "tổng công ty", "dự án", "công trình", "lượt người"]

#: The unit of a count (what is counted is its ``commodity``).
COUNT_UNIT = "item"

_MULT = r"(?P<mult>(?:\s+(?:" + "|".join(MULTIPLIERS) + r"))*)"
_CURRENCY = re.compile(NUMBER + _MULT + r"\s*(?P<unit>" + "|".join(
    sorted(map(re.escape, CURRENCIES), key=len, reverse=True)) + r")(?!\w)")
_CLASSIFIED = re.compile(NUMBER + _MULT + r"\s+(?P<unit>(?:" + "|".join(CLASSIFIERS) + r")\s+\w+)(?!\w)")
_COUNTED = re.compile(NUMBER + _MULT + r"\s+(?P<unit>" + "|".join(
    sorted(map(re.escape, COUNTED_NOUNS), key=len, reverse=True)) + r")(?!\w)")


def quantity(number: str, multipliers: str = "") -> str:
    """ "405.570" -> "405570"; "17,6" with " tỷ" -> "17600000000"."""
    value = Decimal(number.replace(".", "").replace(",", "."))
    for word in multipliers.split():
        value *= MULTIPLIERS[word]
    text = format(value.normalize(), "f")
    return text


_DIGIT = re.compile(r"\d")


def _measures(text: str) -> list[Span]:
    if not _DIGIT.search(text):
        return []  # every amount has a number
    found: list[Span] = []
    taken = Occupied()
    for kind, pattern in (("currency", _CURRENCY), ("count", _CLASSIFIED), ("count", _COUNTED)):
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            taken.add(m.start(), m.end())
            amount = ("quantity", quantity(m.group("num"), m.group("mult")))
            if kind == "currency":
                attrs = (("type", kind), ("unit", CURRENCIES[m.group("unit")]), amount)
            else:
                attrs = (("type", kind), ("unit", COUNT_UNIT), amount, ("commodity", m.group("unit")))
            found.append(Span(m.start(), m.end(), "measure", attrs))
    return sorted(found, key=lambda s: s.start)


def recognize(run: Inline, where: str, ctx) -> list[Span]:
    if where == "dateline":
        return []
    return _measures(run.text)
