"""Persons and places of highland names and of areas: sentences written for the tests."""

from __future__ import annotations

from test_names import annotate_text, spans


def test_a_co_tu_name_writes_its_syllable_after_the_apostrophe_in_lower_case():
    a = annotate_text("Bà Ch'lâm Thị Hoa, Chủ tịch UBND xã Đông Lâm, phát biểu. Ông Minh's nói.")
    assert [t for t, _ in spans(a, "persName")] == ["Ch'lâm Thị Hoa, Chủ tịch UBND xã Đông Lâm"]


def test_a_k_ho_clan_name_opens_a_name_after_a_title_and_its_province():
    a = annotate_text("Chủ tịch Hội Nông dân tỉnh Kră Jăn Hlim phát biểu.")
    assert [t for t, _ in spans(a, "persName")] == ["Chủ tịch Hội Nông dân tỉnh Kră Jăn Hlim"]
    assert spans(a, "placeName") == []


def test_a_name_written_after_khu_vuc_is_a_place_wherever_it_stands():
    a = annotate_text("Tối qua, tại khu vực Hồ Đông Lâm, phường Hòa Minh, lễ hội khai mạc.",
                      "Hàng nghìn chiếc đèn được thả xuống Hồ Đông Lâm, rất đẹp.")
    assert spans(a, "persName") == []
