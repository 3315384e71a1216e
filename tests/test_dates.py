"""Dates: every form of the issue in sentences written for the tests, the year
inference and its marking, what is not a date, and the seed's gold values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from edition.annotate import annotate
from edition.parse import parse_article
from edition.read import source_from_bytes
from edition.recognize import dates

from conftest import SEED, gold_for


def dated_spans(body: str, dateline: str | None = "15/08/2023 09:30") -> list[tuple[str, dict]]:
    """(text, attributes) of every date span of the body paragraphs."""
    head = "Tiêu đề bài viết\n\n" + (f"{dateline}\n\n" if dateline else "")
    article = parse_article(source_from_bytes((head + body + "\n").encode("utf-8"), "t.txt"))
    annotated = annotate(article, recognizers=[dates.recognize])
    found = []
    for where, run in annotated.article.inlines():
        if where != "dateline":
            found += [(run.text[s.start:s.end], dict(s.attrs)) for s in run.spans if s.tag == "date"]
    return found


def only(body: str, **kw) -> tuple[str, dict]:
    found = dated_spans(body, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Hội nghị khai mạc ngày 01/07/2022 tại Hà Nội.", "ngày 01/07/2022", {"when": "2022-07-01"}),
    ("Luật có hiệu lực từ 1/3/2025.", "1/3/2025", {"when": "2025-03-01"}),
    ("Kỷ niệm ngày giải phóng 30.4.1975 được tổ chức trọng thể.", "30.4.1975", {"when": "1975-04-30"}),
    ("Quyết định ký ngày 28 tháng 8 năm 2025 tại trụ sở.", "ngày 28 tháng 8 năm 2025", {"when": "2025-08-28"}),
    ("Số liệu được tổng hợp đến tháng 11 năm 2018 vẫn tăng.", "tháng 11 năm 2018", {"when": "2018-11"}),
    ("Số liệu tháng 3/2024 cho thấy xuất khẩu tăng.", "tháng 3/2024", {"when": "2024-03"}),
    ("Kế hoạch cho năm 2024 đã được duyệt.", "năm 2024", {"when": "2024"}),
    ("Tăng trưởng quý II/2025 dự kiến đạt 7%.", "quý II/2025", {"from": "2025-04-01", "to": "2025-06-30"}),
    ("Trong quý 1 năm 2024 thu ngân sách tăng.", "quý 1 năm 2024", {"from": "2024-01-01", "to": "2024-03-31"}),
    ("Kết quả 6 tháng đầu năm 2021 rất khả quan.", "6 tháng đầu năm 2021", {"from": "2021-01-01", "to": "2021-06-30"}),
    ("Nhiệm vụ 6 tháng cuối năm 2020 rất nặng nề.", "6 tháng cuối năm 2020", {"from": "2020-07-01", "to": "2020-12-31"}),
    ("Kết quả 9 tháng đầu năm 2019 khả quan.", "9 tháng đầu năm 2019", {"from": "2019-01-01", "to": "2019-09-30"}),
    ("Chiến lược được thực hiện trong 2021 - 2030.", "2021 - 2030", {"from": "2021", "to": "2030"}),
    ("Kế hoạch 5 năm 2021-2025 được thông qua.", "2021-2025", {"from": "2021", "to": "2025"}),
    ("Đại hội các cấp nhiệm kỳ 2020-2025 thành công.", "nhiệm kỳ 2020-2025", {"from": "2020", "to": "2025"}),
    ("Kết quả giai đoạn 2016 – 2020 được đánh giá cao.", "giai đoạn 2016 – 2020", {"from": "2016", "to": "2020"}),
    ("Quy hoạch vùng thời kỳ 2021-2030 đã được phê duyệt.", "thời kỳ 2021-2030", {"from": "2021", "to": "2030"}),
    ("Học phí giữ nguyên trong năm học 2026 - 2027.", "năm học 2026 - 2027", {"from": "2026", "to": "2027"}),
    ("Sinh viên niên khóa 2019-2023 đã tốt nghiệp.", "niên khóa 2019-2023", {"from": "2019", "to": "2023"}),
    # a class named by its years of study, with or without "niên"
    ("Thủ khoa khóa 2017-2021 của trường Hòa Minh nhận học bổng.", "khóa 2017-2021", {"from": "2017", "to": "2021"}),
    ("Sản lượng cà phê niên vụ 2024-2025 tăng 5%.", "niên vụ 2024-2025", {"from": "2024", "to": "2025"}),
    # the second year before a counted noun, the clause's subject
    ("Ông Tư cho biết, niên vụ 2025-2026 hộ dân Đông Lâm trồng thêm cà phê.", "niên vụ 2025-2026",
     {"from": "2025", "to": "2026"}),
    ("Lớp học diễn ra trong 3 ngày 8-10/9/2019 tại Huế.", "8-10/9/2019", {"from": "2019-09-08", "to": "2019-09-10"}),
    ("Triển lãm ảnh (30.4.1975 - 30.4.2025) mở cửa.", "30.4.1975 - 30.4.2025", {"from": "1975-04-30", "to": "2025-04-30"}),
    ("Từ năm 2015 đến tháng 6 năm 2019 đã có nhiều đổi mới.", "năm 2015 đến tháng 6 năm 2019", {"from": "2015", "to": "2019-06"}),
    ("Chương trình của năm 2022 và 2023 được giữ nguyên.", "năm 2022 và 2023", {"from": "2022", "to": "2023"}),
    ("Năm 2023 là năm bản lề.", "Năm 2023", {"when": "2023"}),
    ("Hội thao lần thứ 12 năm 2026 khai mạc.", "năm 2026", {"when": "2026"}),
    # the round or the time counted before the year is no duration
    ("Tỉnh phát động đợt 3 năm 2027 trồng cây xanh.", "năm 2027", {"when": "2027"}),
    ("Giải chạy tổ chức lần 5 năm 2024 tại Đông Lâm.", "năm 2024", {"when": "2024"}),
    # a fiscal year, its unit words with it
    ("Doanh nghiệp Hòa Minh nộp thuế bổ sung cho năm tài chính 2022.", "năm tài chính 2022", {"when": "2022"}),
    # a year named in the sixty-year cycle, its solar year written after it or not
    ("Lễ hội làng Đông Lâm năm Bính Ngọ 2026 khai mạc.", "năm Bính Ngọ 2026", {"when": "2026"}),
    ("Hội đua thuyền Hòa Minh năm Quý Mão, thu hút nhiều người.", "năm Quý Mão", {"when": "2023"}),
])
def test_written_dates(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


def test_a_class_numbered_before_its_years_leaves_them_alone():
    # "khóa 62 (2018-2022)", "Quốc hội khóa XV (2021-2026)": the class or the
    # legislature has a number; the bracketed years are a period on their own
    assert dated_spans("Tân kỹ sư khóa 62 (2018-2022) của Đông Lâm nhận bằng.") == [
        ("2018-2022", {"from": "2018", "to": "2022"})]
    assert dated_spans("Đại biểu Quốc hội khóa XV (2021-2026) tiếp xúc cử tri.") == [
        ("2021-2026", {"from": "2021", "to": "2026"})]


def test_a_year_in_the_cell_before_counts_no_years():
    # a table's column heads: a tab parts the cells, "2026\tNăm" is no "2026 năm"
    assert dated_spans("Chỉ tiêu\tNăm 2026\tNăm 2027\tGhi chú") == [
        ("Năm 2026", {"when": "2026"}), ("Năm 2027", {"when": "2027"})]


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Công văn số 88/UBND-KT ngày 07-02-2023 nêu rõ lộ trình.", "ngày 07-02-2023", {"when": "2023-02-07"}),
    ("Hướng dẫn số 14-HD/BTG ngày 9-6-2021 của Ban Tuyên giáo.", "ngày 9-6-2021", {"when": "2021-06-09"}),
    ("Hội thảo khai mạc 27-10-2022 tại Đà Lạt.", "27-10-2022", {"when": "2022-10-27"}),
    ("Số liệu tháng 4-2022 được công bố.", "tháng 4-2022", {"when": "2022-04"}),
    ("Kết quả quý IV-2021 vượt kế hoạch.", "quý IV-2021", {"from": "2021-10-01", "to": "2021-12-31"}),
    ("Đoàn công tác đến xã vào ngày 21-7.", "ngày 21-7", {"when": "2023-07-21", "cert": "high", "evidence": "internal"}),
    ("Chiều 14-8, Ban Chỉ đạo họp phiên thứ ba.", "14-8", {"when": "2023-08-14", "cert": "high", "evidence": "internal"}),
    # "từ ... đến" closed by punctuation, no unit after it
    ("Đoàn làm việc trong 3 ngày (từ 4 đến 6-10), tại tỉnh.", "4 đến 6-10",
     {"from": "2023-10-04", "to": "2023-10-06", "cert": "high", "evidence": "internal"}),
    # after a weekday, in parentheses or after a comma
    ("Đoàn kiểm tra bắt đầu từ thứ Ba (19-9) ở các phường.", "19-9",
     {"when": "2023-09-19", "cert": "high", "evidence": "internal"}),
    ("Hội chợ khai mạc vào Chủ nhật, 24-9, tại quảng trường.", "24-9",
     {"when": "2023-09-24", "cert": "high", "evidence": "internal"}),
])
def test_hyphenated_dates(sentence, text, attrs):
    """The house style of Nhân Dân and QĐND: day, month and year joined by "-"."""
    assert only(sentence) == (text, attrs)


@pytest.mark.parametrize("sentence", [
    "Mỗi đội có 5-7 người tham gia.",
    "Tàu chạy mỗi ngày 4-6 chuyến.",
    "Bệnh nhân uống thuốc ngày 2-3 lần.",
    "Thực hiện Chỉ thị số 12-CT/TU và Kết luận 21-KL/TW của Đảng.",
    "Mỗi tổ có từ 5 đến 7-8 người tham gia.",
    "Năng suất tăng từ 4 đến 6-7 tạ mỗi ha.",
])
def test_hyphenated_numbers_that_are_not_dates(sentence):
    assert dated_spans(sentence) == []


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Dự thảo sẽ trình Chính phủ trong tháng 9.2024 để xem xét.", "tháng 9.2024", {"when": "2024-09"}),
    ("Kết quả quý III.2022 vượt kế hoạch đề ra.", "quý III.2022", {"from": "2022-07-01", "to": "2022-09-30"}),
    ("Luật có hiệu lực từ ngày 1.7.2021 trên cả nước.", "ngày 1.7.2021", {"when": "2021-07-01"}),
    ("Sáng 12.5, đoàn công tác về thăm xã.", "12.5", {"when": "2023-05-12", "cert": "high", "evidence": "internal"}),
])
def test_dates_written_with_dots(sentence, text, attrs):
    """The house style of Thanh Niên: "ngày 1.7.2021", "tháng 9.2024"."""
    assert only(sentence) == (text, attrs)


@pytest.mark.parametrize("sentence", [
    "Vốn điều lệ tăng từ 3.5 tỷ đồng lên 4 tỷ đồng.",
    "Tỷ lệ hộ nghèo giảm từ 7.5 % xuống còn 6 %.",
    "Diện tích lúa tăng từ 2.5 ha lên 4 ha.",
    "Lãi suất cho vay giảm 6.5% trong kỳ.",
    "Nội dung tại mục 2.3 của báo cáo.",
    "Doanh thu tháng 6.5 tỷ đồng.",
])
def test_decimals_written_with_dots_are_not_dates(sentence):
    assert dated_spans(sentence) == []


def test_year_of_a_hyphenated_day_that_does_not_exist_is_not_a_bare_year():
    body = "Biên bản lập ngày 30-2-2022 có sai sót."
    assert dated_spans(body) == []
    assert ["'ngày 30-2-2022'" in note for note in unmarked_notes(body)] == [True]


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Lệnh cấm áp dụng từ ngày 12/2 đến hết ngày 3/3/2022 trên toàn tỉnh.",
     "ngày 12/2 đến hết ngày 3/3/2022", {"from": "2022-02-12", "to": "2022-03-03"}),
    ("Hồ sơ nhận từ 2/1 cho đến 20/1/2021 tại bộ phận một cửa.",
     "2/1 cho đến 20/1/2021", {"from": "2021-01-02", "to": "2021-01-20"}),
    # the first day takes the month and the year of the last
    ("Hội chợ mở cửa từ ngày 8 đến ngày 11/10/2020 ở Cần Thơ.",
     "ngày 8 đến ngày 11/10/2020", {"from": "2020-10-08", "to": "2020-10-11"}),
    ("Giải đấu diễn ra từ ngày 3 đến hết ngày 6/4/2022.",
     "ngày 3 đến hết ngày 6/4/2022", {"from": "2022-04-03", "to": "2022-04-06"}),
    # two days that follow each other are one period, as "năm 2019 và 2020" is;
    # after a count in words "ngày" stays in the span, after a count in figures
    # it is the duration's (as in "trong 2 ngày 15-16/7", below)
    ("Hội thảo tổ chức vào các ngày 14 và 15/9/2021.",
     "ngày 14 và 15/9/2021", {"from": "2021-09-14", "to": "2021-09-15"}),
    ("Trong hai ngày 22 và 23/6, học viên thực hành.", "ngày 22 và 23/6",
     {"from": "2023-06-22", "to": "2023-06-23", "cert": "high", "evidence": "internal"}),
    ("Đại hội họp trong 2 ngày 4 và 5/11/2022 tại Huế.", "4 và 5/11/2022",
     {"from": "2022-11-04", "to": "2022-11-05"}),
    ("Trong 2 ngày 9 và 10/8, Đảng bộ xã Hòa Minh tổ chức Đại hội.", "9 và 10/8",
     {"from": "2023-08-09", "to": "2023-08-10", "cert": "high", "evidence": "internal"}),
])
def test_ranges_of_days(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Trong 15 ngày đầu tháng 3/2024, cảng Đông Lâm đón 200 chuyến tàu.", "15 ngày đầu tháng 3/2024",
     {"from": "2024-03-01", "to": "2024-03-15"}),
    ("Trong 7 ngày đầu tháng 9, khách đến Hòa Minh tăng.", "7 ngày đầu tháng 9",
     {"from": "2023-09-01", "to": "2023-09-07", "cert": "high", "evidence": "internal"}),
])
def test_a_months_first_days_run_from_its_first(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Thượng tuần tháng 11/2022, đoàn khảo sát đến Hòa Minh.", "Thượng tuần tháng 11/2022",
     {"from": "2022-11-01", "to": "2022-11-10"}),
    ("Công trình khởi công vào trung tuần tháng 3 năm 2026.", "trung tuần tháng 3 năm 2026",
     {"from": "2026-03-11", "to": "2026-03-20"}),
    # the last third runs to the month's end: 30 days, or February's 28 or 29
    ("Mùa mưa ở Đông Lâm bắt đầu từ hạ tuần tháng 9-2021.", "hạ tuần tháng 9-2021",
     {"from": "2021-09-21", "to": "2021-09-30"}),
    ("Giá phân bón tăng vào hạ tuần tháng 2/2024.", "hạ tuần tháng 2/2024", {"from": "2024-02-21", "to": "2024-02-29"}),
    ("Giá phân bón tăng vào hạ tuần tháng 2/2022.", "hạ tuần tháng 2/2022", {"from": "2022-02-21", "to": "2022-02-28"}),
    # its year inferred first, then its end
    ("Hạ tuần tháng 2, cảng Đông Lâm đón thêm tàu.", "Hạ tuần tháng 2",
     {"from": "2023-02-21", "to": "2023-02-28", "cert": "high", "evidence": "internal"}),
])
def test_a_months_ten_day_thirds(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


def test_a_ten_day_third_of_a_lunar_month_is_no_solar_date():
    assert dated_spans("Lễ hội làng Hòa Minh mở vào thượng tuần tháng 8 âm lịch.") == []


@pytest.mark.parametrize("sentence, text, attrs", [
    # the end written with hyphens, as Nhân Dân and QĐND write a day
    ("Đợt huấn luyện kéo dài từ ngày 6 đến 9-3 ở thao trường.", "ngày 6 đến 9-3",
     {"from": "2023-03-06", "to": "2023-03-09", "cert": "high", "evidence": "internal"}),
    ("Giải chạy tổ chức từ ngày 2 đến ngày 4-12-2021.", "ngày 2 đến ngày 4-12-2021",
     {"from": "2021-12-02", "to": "2021-12-04"}),
    ("Hội diễn vào các ngày 27 và 28-4-2022 tại nhà văn hóa.", "ngày 27 và 28-4-2022",
     {"from": "2022-04-27", "to": "2022-04-28"}),
    # both ends dashed: the second is a day as the first is ("từ" stays out, as for slashes)
    ("Hội chợ mở cửa từ ngày 4-9 đến 11-9, tại công viên.", "ngày 4-9 đến 11-9",
     {"from": "2023-09-04", "to": "2023-09-11", "cert": "high", "evidence": "internal"}),
    ("Lớp tập huấn kéo dài từ ngày 3-10 đến hết 7-10.", "ngày 3-10 đến hết 7-10",
     {"from": "2023-10-03", "to": "2023-10-07", "cert": "high", "evidence": "internal"}),
])
def test_ranges_of_days_written_with_hyphens(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


def test_a_second_dashed_day_joined_to_a_dashed_day():
    # two days apart joined by "và": two points, as "ngày 30/4 và 1/5" are
    assert [t for t, _ in dated_spans("Tối 6-8 và 19-8, đội văn nghệ biểu diễn.")] == ["6-8", "19-8"]
    # a count per day stays a count, both ends dashed or not
    assert dated_spans("Mỗi ngày 2-3 đến 4-5 lần tàu cập bến.") == []


def test_a_dashed_day_after_an_occasion_is_a_day():
    # "dịp" (an occasion) is said of a time, as "ngày" is
    assert only("Dự kiến dịp 2-9, Hòa Minh sẽ khánh thành cầu Đông Lâm.") == (
        "2-9", {"when": "2023-09-02", "cert": "high", "evidence": "internal"})
    # ... unless a unit after it counts ("dịp 2-3 ngày" is a number of days)
    assert dated_spans("Hòa Minh nghỉ trong dịp 2-3 ngày cuối tuần.") == []


def test_a_dashed_day_glossing_a_day_told_from_today_is_a_day():
    # "chiều mai (d-m)", "hôm nay, d-m": the bracket or comma glosses the day
    assert [t for t, _ in dated_spans("Hội đồng sẽ họp tiếp vào chiều mai (16-8). Hôm qua, 14-8, "
                                      "đoàn đã khảo sát xã Đông Lâm.")] == ["16-8", "14-8"]
    # ... but a range of counts after such a word stays a count
    assert dated_spans("Hôm nay 3-4 đoàn khách tới Hòa Minh.") == []


def test_a_batch_named_by_its_day_is_a_day():
    # Party badges are awarded in batches named by the anniversary they mark
    assert [t for t, _ in dated_spans("Chi bộ Đông Lâm trao Huy hiệu Đảng đợt 19-5 cho 12 đảng viên; "
                                      "đợt 2/9 trao cho 7 đồng chí.")] == ["19-5", "2/9"]
    # ... but two numbers that run on are batches, and a unit after them counts
    assert dated_spans("Hòa Minh hoàn thành đợt 1-2 của dự án, mỗi đợt 3-5 ngày.") == []


def test_two_dashed_days_bounding_a_closed_stretch():
    # "từ d-m đến d-m" closed by punctuation: its two ends are days, with no "ngày"
    assert only("Đợt diễn tập thứ hai (từ 12-9 đến 14-9), lực lượng Đông Lâm cơ động.") == (
        "12-9 đến 14-9", {"from": "2023-09-12", "to": "2023-09-14", "cert": "high", "evidence": "internal"})
    # the stretch running on into the sentence says nothing: "từ 2-1 đến 3-1" may be scores
    assert dated_spans("Hòa Minh thắng từ 2-1 đến 3-1 trong các trận.") == []
    # a tense marker after it opens the predicate: the stretch is a time adverbial
    assert only("Ngoài ra, từ 12-9 đến 14-9 sẽ diễn ra hội chợ Đông Lâm.") == (
        "12-9 đến 14-9", {"from": "2023-09-12", "to": "2023-09-14", "cert": "high", "evidence": "internal"})


def test_hyphenated_numbers_after_a_count_are_not_days():
    # a range of counts, not the days 3 to 5 of June
    assert dated_spans("Mỗi ngày 3 đến 5-6 lần xe chạy qua.") == []
    assert dated_spans("Mỗi tổ có từ 5 đến 7-8 người.") == []
    # "6-9-10" is no date form: a dashed end needs a word joiner
    assert dated_spans("Các mã số 6-9-10 đã được cấp.") == []


@pytest.mark.parametrize("sentence, text, attrs", [
    # consecutive months or quarters joined by "và" are one period, as
    # "năm 2019 và 2020" is in the gold lists
    ("Lượng mưa trong tháng 9 và tháng 10 vượt trung bình.", "tháng 9 và tháng 10",
     {"from": "2023-09", "to": "2023-10", "cert": "high", "evidence": "internal"}),
    ("Doanh thu quý III và quý IV/2021 tăng mạnh.", "quý III và quý IV/2021",
     {"from": "2021-07-01", "to": "2021-12-31"}),
    ("Kế hoạch của năm 2016 và năm 2017 hoàn thành.", "năm 2016 và năm 2017",
     {"from": "2016", "to": "2017"}),
    # the second takes the first's year
    ("Doanh thu quý I/2022 và quý II tăng mạnh.", "quý I/2022 và quý II",
     {"from": "2022-01-01", "to": "2022-06-30"}),
])
def test_consecutive_units_joined_by_va(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


def test_two_consecutive_years_listed_with_a_comma_are_one_period():
    assert only("Trong các năm 2018, 2019, doanh nghiệp được giãn thuế.") == (
        "năm 2018, 2019", {"from": "2018", "to": "2019"})



def test_a_list_of_consecutive_years_after_one_nam_is_one_period():
    # as a list of months after one "tháng" is ("tháng 9, 10 và 11/2022")
    assert only("Các năm 2017, 2018 và 2019 đều tăng.") == ("năm 2017, 2018 và 2019", {"from": "2017", "to": "2019"})
    assert only("Lợi nhuận năm 2010, 2011, 2012 và 2013 giảm.") == (
        "năm 2010, 2011, 2012 và 2013", {"from": "2010", "to": "2013"})
    # a list that skips a year names the years one by one
    assert dated_spans("Các năm 2015, 2017 và 2019 đều tăng.") == [
        ("năm 2015", {"when": "2015"}), ("2017", {"when": "2017"}), ("2019", {"when": "2019"})]


@pytest.mark.parametrize("sentence, text, attrs", [
    # months written as bare numbers after one "tháng": a dash names the months
    # from one to the other, a plain list of months that run on one period
    ("Lượng khách tăng mạnh vào tháng 7-8, mùa du lịch hè.", "tháng 7-8",
     {"from": "2023-07", "to": "2023-08", "cert": "high", "evidence": "internal"}),
    ("Sản lượng tháng 2 - 4/2021 giảm nhẹ.", "tháng 2 - 4/2021", {"from": "2021-02", "to": "2021-04"}),
    ("Các tháng 9, 10 và 11/2022 là mùa mưa bão ở miền Trung.", "tháng 9, 10 và 11/2022",
     {"from": "2022-09", "to": "2022-11"}),
    ("Mưa lớn kéo dài trong tháng 3 và 4 vừa qua.", "tháng 3 và 4",
     {"from": "2023-03", "to": "2023-04", "cert": "high", "evidence": "internal"}),
    # a month and its year keep their meaning
    ("Giá vàng tháng 10-2021 tăng.", "tháng 10-2021", {"when": "2021-10"}),
])
def test_months_written_as_a_range_or_a_list(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


def test_months_listed_apart_or_counted_are_no_period():
    # a list that skips months: each month a point, of the list's year
    assert dated_spans("Đợt tiêm chủng diễn ra vào tháng 3, 6 và 9/2024.") == [
        ("tháng 3", {"when": "2024-03"}), ("6", {"when": "2024-06"}), ("9/2024", {"when": "2024-09"})]
    # counts per month, a count after the list, a month that comes round every year
    assert dated_spans("Mỗi tháng 3-4 lần đoàn đi kiểm tra.") == []
    assert [t for t, _ in dated_spans("Trong tháng 8 và 9 hộ dân được hỗ trợ.")] == ["tháng 8"]
    assert dated_spans("Lũ thường về vào tháng 10-11 hằng năm.") == []


def test_units_apart_or_of_different_kinds_joined_by_va_stay_apart():
    assert [t for t, _ in dated_spans("Kiểm tra vào tháng 4 và tháng 8 năm nay.")] == ["tháng 4", "tháng 8"]
    assert [t for t, _ in dated_spans("Nhiệm vụ trong tháng 3 và quý II/2024.")] == ["tháng 3", "quý II/2024"]


def test_a_clock_time_before_a_day_stays_outside_the_date():
    # most gold lists leave the hour out ("8h ngày 16/7" -> "ngày 16/7"), in figures or in words
    assert dated_spans("Cổng trường mở từ 6h45 ngày 5/9/2024 cho phụ huynh.") == [
        ("ngày 5/9/2024", {"when": "2024-09-05"})]
    assert dated_spans("Tính đến 17 giờ ngày 3/10/2024, Đông Lâm nhận 40 hồ sơ.") == [
        ("ngày 3/10/2024", {"when": "2024-10-03"})]


def test_a_range_of_days_read_to_the_hour_is_one_period_with_its_clock_times():
    # a range keeps its hours inside (the gold ranges, 4 against none), its value the days alone
    assert dated_spans("Đường cấm xe từ 22h ngày 1/10/2024 đến 5h ngày 3/10/2024 để thi công.") == [
        ("22h ngày 1/10/2024 đến 5h ngày 3/10/2024", {"from": "2024-10-01", "to": "2024-10-03"})]
    # only the last end at an hour, written in figures or in words
    assert dated_spans("Hồ sơ nhận từ ngày 2/3/2024 đến 16h ngày 9/3/2024 tại xã Hòa Minh.") == [
        ("ngày 2/3/2024 đến 16h ngày 9/3/2024", {"from": "2024-03-02", "to": "2024-03-09"})]
    assert dated_spans("Cổng nộp bài mở từ ngày 2/3/2024 - 11 giờ 30 phút ngày 4/3/2024.") == [
        ("ngày 2/3/2024 - 11 giờ 30 phút ngày 4/3/2024", {"from": "2024-03-02", "to": "2024-03-04"})]
    # hours of one day are no range of days: the day alone
    assert dated_spans("Chợ phiên Đông Lâm họp từ 5 giờ đến 11 giờ ngày 8/6/2024.") == [
        ("ngày 8/6/2024", {"when": "2024-06-08"})]


def test_complete_months_joined_by_va_are_two_dates():
    # each writes its year: two dates, unlike "tháng 9 và tháng 10/2024" sharing one
    assert dated_spans("Giá điện điều chỉnh trong tháng 3/2024 và tháng 4/2024.") == [
        ("tháng 3/2024", {"when": "2024-03"}), ("tháng 4/2024", {"when": "2024-04"})]
    assert dated_spans("Giá điện điều chỉnh trong tháng 9 và tháng 10/2024.") == [
        ("tháng 9 và tháng 10/2024", {"from": "2024-09", "to": "2024-10"})]


def test_a_holiday_and_a_second_day_joined_by_va_are_dates():
    assert [t for t, _ in dated_spans("Dịp lễ 2/9 và 3/9, khu di tích đón nhiều khách.")] == ["2/9", "3/9"]
    assert [t for t, _ in dated_spans("Hai đội thi đấu ngày 14/3 và 16/3 tại sân tỉnh.")] == ["ngày 14/3", "16/3"]
    assert dated_spans("Khoảng 2/3 và 1/4 số hộ đã nhận hỗ trợ.") == []


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Đêm 6 rạng sáng 7/4, tổ tuần tra bắt giữ hai xe hàng lậu.", "6 rạng sáng 7/4",
     {"from": "2023-04-06", "to": "2023-04-07", "cert": "high", "evidence": "internal"}),
    ("Trong đêm 27, rạng sáng 28-2-2021, mưa lớn gây sạt lở ở Hòa Minh.", "27, rạng sáng 28-2-2021",
     {"from": "2021-02-27", "to": "2021-02-28"}),
])
def test_a_night_into_the_next_morning_is_one_period(sentence, text, attrs):
    assert only(sentence) == (text, attrs)


def test_an_hour_or_a_night_with_its_own_month_before_a_morning_stays_apart():
    # "lúc 4 rạng sáng": an hour; days not following each other are no night
    assert [t for t, _ in dated_spans("Lúc 4 rạng sáng 9/5, đoàn xe xuất phát.")] == ["9/5"]
    assert [t for t, _ in dated_spans("Đêm 3 rạng sáng 9/5, đoàn xe xuất phát.")] == ["9/5"]
    assert [t for t, _ in dated_spans("Trong đêm 8/5 và rạng sáng 9/5, đoàn xe xuất phát.")] == ["8/5", "9/5"]


def test_two_days_apart_joined_by_va_are_two_points():
    assert dated_spans("Đoàn kiểm tra làm việc ngày 4 và 18/10/2022 tại huyện.") == [
        ("ngày 4", {"when": "2022-10-04"}), ("18/10/2022", {"when": "2022-10-18"})]


def test_bare_year_is_a_date_but_a_count_is_not():
    assert [t for t, _ in dated_spans("Đề án phát triển đô thị 2030 được trình.")] == ["2030"]
    assert dated_spans("Có 2000 người tham dự và 1.500 đại biểu.") == []


def test_a_year_before_1800_after_nam_or_ending_a_named_or_bracketed_period():
    assert dated_spans("Đình Hòa Minh được dựng vào năm 1698.") == [("năm 1698", {"when": "1698"})]
    assert dated_spans("Các sắc phong có niên đại thời kỳ 1650 - 1820.") == [
        ("thời kỳ 1650 - 1820", {"from": "1650", "to": "1820"})]
    assert dated_spans("Giỗ danh nhân Nguyễn Văn A (1695 - 1760) tổ chức tại làng.") == [
        ("1695 - 1760", {"from": "1695", "to": "1760"})]
    assert dated_spans("Lễ kỷ niệm 650 năm ngày mất của vị tướng (1375 - 2025) diễn ra tại đền.") == [
        ("1375 - 2025", {"from": "1375", "to": "2025"})]


def test_a_number_before_1800_alone_or_in_an_unnamed_range_is_no_year():
    assert dated_spans("Đoàn làm việc tại mốc 1217-1218 trên tuyến biên giới.") == []
    assert dated_spans("Mỗi ngày có 1500 - 2000 lượt khách, 1650 người tham gia.") == []
    assert dated_spans("Chương trình mục tiêu quốc gia 1719 giai đoạn II được triển khai.") == []
    assert dated_spans("Xã thu hoạch năm 1200 tấn lúa.") == []


def test_a_whole_century_is_the_period_of_its_hundred_years():
    assert dated_spans("Nghề gốm ở Đông Lâm có từ thế kỷ XV.") == [("thế kỷ XV", {"from": "1401", "to": "1500"})]
    assert dated_spans("Thành phố hướng tới đô thị thông minh của thế kỷ XXI.") == [
        ("thế kỷ XXI", {"from": "2001", "to": "2100"})]
    # a part of one is vague, and half a century a duration
    assert dated_spans("Đình Hòa Minh được dựng vào đầu thế kỷ XIX, trùng tu giữa thế kỷ XX.") == []
    assert dated_spans("Sau hơn nửa thế kỷ, làng nghề vẫn giữ nét xưa.") == []


@pytest.mark.parametrize("sentence, text", [
    ("Sáng 16/8, đoàn công tác làm việc tại tỉnh.", "16/8"),
    ("Chiều 14.8, Ban Thường vụ họp.", "14.8"),
    ("Thứ Hai, 14/8/2023 hội nghị khai mạc.", "14/8/2023"),
    ("Trước 20/9/2023 các đơn vị phải báo cáo.", "20/9/2023"),
])
def test_times_of_day_weekdays_and_prepositions_stay_outside(sentence, text):
    assert only(sentence)[0] == text


def test_year_from_the_date_line_is_marked_as_inferred():
    assert only("Sáng 10/8, hội nghị diễn ra.") == (
        "10/8", {"when": "2023-08-10", "cert": "high", "evidence": "internal"})
    assert only("Kết quả quý I rất tốt.") == (
        "quý I", {"from": "2023-01-01", "to": "2023-03-31", "cert": "high", "evidence": "internal"})
    assert only("Sơ kết 6 tháng đầu năm được tổ chức.")[1] == {
        "from": "2023-01-01", "to": "2023-06-30", "cert": "high", "evidence": "internal"}


def test_inferred_day_is_the_one_nearest_the_date_line():
    # an article of 5 January speaks of 28 December: the year before
    assert only("Chiều 28/12, hội nghị tổng kết.", dateline="05/01/2024 10:00")[1]["when"] == "2023-12-28"


def test_vua_qua_keeps_the_date_before_the_date_line():
    # "vừa qua": 20 August has passed, so it is the year before an article of 15 August
    assert only("Hội thảo vào ngày 20/8 vừa qua.")[1]["when"] == "2022-08-20"
    assert only("Hội thảo vào ngày 12/5 vừa qua.")[1]["when"] == "2023-05-12"


def test_vua_qua_after_two_months_keeps_both_before_the_date_line():
    # an article of February: "tháng 5 và tháng 6 vừa qua" are last year's
    assert only("Đợt hạn tháng 5 và tháng 6 vừa qua làm khô kênh Hòa Minh.", dateline="12/02/2026 08:00")[1] == {
        "from": "2025-05", "to": "2025-06", "cert": "high", "evidence": "internal"}


def test_a_bare_day_after_can_is_a_date():
    # "cận" (close to) is said only of a time: "những ngày cận 2/9"
    assert only("Những ngày cận 2/9, xã Hòa Minh treo cờ.")[1]["when"] == "2023-09-02"


def test_without_date_line_the_year_comes_from_the_text():
    found = dated_spans("Ngày 5/3, hội nghị sơ kết công tác năm 2019.\n\n"
                        "Năm 2020 dự kiến tăng. Sáng 9/4, đoàn kiểm tra đến.", dateline=None)
    assert found[0] == ("Ngày 5/3", {"when": "2019-03-05", "cert": "medium", "evidence": "internal"})
    # the latest year written before it
    assert ("9/4", {"when": "2020-04-09", "cert": "medium", "evidence": "internal"}) in found


def test_without_date_line_a_compared_year_is_not_the_articles_year():
    # "so với cùng kỳ năm 2021" does not make 18 November a day of 2021
    found = dated_spans("Chiều 18/11, Sở Công Thương họp báo. Kim ngạch 10 tháng năm 2022 "
                        "tăng 12% so với cùng kỳ năm 2021.", dateline=None)
    assert found[0] == ("18/11", {"when": "2022-11-18", "cert": "medium", "evidence": "internal"})


def test_without_date_line_the_latest_full_date_anchors_the_year():
    found = dated_spans("Ngày 8/10, đoàn kiểm tra làm việc về dự án giai đoạn 2016-2020.\n\n"
                        "Kết luận nêu tại Thông báo số 45-TB/TU ngày 12/10/2022, trong tổng kết năm 2022.",
                        dateline=None)
    assert found[0] == ("Ngày 8/10", {"when": "2022-10-08", "cert": "medium", "evidence": "internal"})
    # a month is read as near that date as a day is: December before a January report
    found = dated_spans("Trong tháng 12, đoàn đã kiểm tra 12 xã; kết quả nêu tại Báo cáo số "
                        "3/BC-ĐKT ngày 10/1/2024 về kế hoạch năm 2024.", dateline=None)
    assert found[0] == ("tháng 12", {"when": "2023-12", "cert": "medium", "evidence": "internal"})


def test_without_date_line_an_older_cited_act_is_no_anchor():
    # a year-end review of 2023 citing a resolution of 2021: 22 December is in 2023
    found = dated_spans("Chiều 22-12, huyện tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.\n\n"
                        "Huyện tiếp tục thực hiện Nghị quyết số 12-NQ/TU ngày 5/4/2021 "
                        "trong giai đoạn 2021-2025.", dateline=None)
    assert found[0] == ("22-12", {"when": "2023-12-22", "cert": "medium", "evidence": "internal"})


def test_days_between_two_days_of_one_year_in_a_sentence_are_of_that_year():
    # a history tells its stages in order and writes the year at their ends
    found = dated_spans("Giai đoạn 1 từ ngày 2 đến 9/4/1968, quân Hòa Minh giữ đồi; giai đoạn 2 từ ngày 15/4 "
                        "đến 20/5 mở rộng vòng vây; giai đoạn 3 từ ngày 1/6 đến 10/6, kết thúc chiều 10/6/1968.")
    assert [(t, attrs.get("from")) for t, attrs in found] == [
        ("ngày 2 đến 9/4/1968", "1968-04-02"), ("ngày 15/4 đến 20/5", "1968-04-15"),
        ("ngày 1/6 đến 10/6", "1968-06-01"), ("10/6/1968", None)]
    # not a day out of their order, nor one in another sentence
    found = dated_spans("Ngày 2/4/1968 quân Hòa Minh giữ đồi; ngày 20/12 tỉnh Đông Lâm họp; ngày 10/6/1968 kết thúc. "
                        "Ngày 15/4 đoàn về thăm.")
    assert [(t, attrs.get("when")) for t, attrs in found] == [
        ("Ngày 2/4/1968", "1968-04-02"), ("ngày 20/12", "2023-12-20"), ("ngày 10/6/1968", "1968-06-10"),
        ("Ngày 15/4", "2023-04-15")]


def test_without_date_line_a_far_deadline_is_no_anchor():
    # "trước năm 2030", "trước ngày 31/12/2030": a plan's goal, not the time of the visit reported
    found = dated_spans("Chiều 5/9, đoàn công tác làm việc với tỉnh Đông Lâm về kế hoạch năm học 2025-2026.\n\n"
                        "Tỉnh Hòa Minh đặt mục tiêu đạt chuẩn trước năm 2030; các trường đáp ứng tiêu chuẩn "
                        "trước ngày 31/12/2030.\n\nNghị quyết ban hành ngày 22/8/2025 đặt yêu cầu cao.", dateline=None)
    assert found[0] == ("5/9", {"when": "2025-09-05", "cert": "medium", "evidence": "internal"})
    # a task's deadline set months ahead is near the article's time, and still anchors it
    found = dated_spans("Chiều 11/3, Ban Chỉ đạo tỉnh Đông Lâm họp đánh giá công tác quý I năm 2025, "
                        "nêu kết quả 3 tháng đầu năm.\n\nKết luận số 09/KL-TTr ngày 27/12/2024 thực hiện chậm.\n\n"
                        "Ban Chỉ đạo giao hoàn thành việc thu hồi trước ngày 30/6/2025.", dateline=None)
    assert ("3 tháng đầu năm", {"from": "2025-01-01", "to": "2025-03-31", "cert": "medium",
                                "evidence": "internal"}) in found


def test_without_date_line_an_announced_date_is_no_anchor():
    # the next ceremony "sẽ"/"dự kiến" take place in 2027: 5 March is a day of the
    # season reported, near the latest date of an act done (30/11/2025)
    found = dated_spans("Tối 5-3, hội thi năm 2025 bế mạc. Hồ sơ nhận từ ngày 1/9 đến 30/11/2025.\n\n"
                        "Hội thi năm 2026 sẽ khởi động từ tháng 6/2026, dự kiến bế mạc vào dịp "
                        "kỷ niệm ngày thành lập, ngày 4 tháng 3 năm 2027.", dateline=None)
    assert found[0] == ("5-3", {"when": "2026-03-05", "cert": "medium", "evidence": "internal"})


def test_without_date_line_a_past_clause_after_an_announcement_still_anchors():
    # "sẽ" announces the first clause only: after ", đã" the date is of an act done
    found = dated_spans("Sáng 14-10, tỉnh thông xe cầu Phú Định, công trình khởi công năm 2023.\n\n"
                        "Tuyến đường sẽ nối với cảng Long Sơn, đã thông xe đoạn đầu ngày 12/10/2024.",
                        dateline=None)
    assert found[0] == ("14-10", {"when": "2024-10-14", "cert": "medium", "evidence": "internal"})


def test_without_date_line_the_history_and_goals_written_first_are_not_the_articles_year():
    # a review of 2019-2024 opening on the resolution of 2019 it reviews, with a
    # goal for 2030: 9 November is a day of 2024, the newest year it reports
    found = dated_spans("Chiều 9/11, huyện tổng kết 5 năm thực hiện Nghị quyết số 08-NQ/HU ngày 3/2/2019 "
                        "về giao thông nông thôn giai đoạn 2019-2024.\n\n"
                        "Năm 2024, huyện làm mới 40 km đường; phấn đấu đến năm 2030 cứng hóa toàn bộ.",
                        dateline=None)
    assert found[0] == ("9/11", {"when": "2024-11-09", "cert": "medium", "evidence": "internal"})


def _dates_under(head: str, body: str) -> list[tuple[str, dict]]:
    """(text, attributes) of the date spans of the runs after a page's own head lines."""
    article = parse_article(source_from_bytes((head + body + "\n").encode("utf-8"), "t.txt"))
    annotated = annotate(article, recognizers=[dates.recognize])
    return [(run.text[s.start:s.end], dict(s.attrs)) for where, run in annotated.article.inlines()
            if where != "dateline" for s in run.spans if s.tag == "date"]


def test_a_date_line_left_among_the_text_dates_the_article():
    # the page's date line under its title, not taken for one: the proposal's
    # later day ("từ ngày 1/1/2031") is no anchor, the page's day is
    found = _dates_under("Trang chủ\n\nThời sự\n\nHội đồng nhân dân tỉnh thảo luận dự thảo nghị quyết\n\n"
                         "Thứ Sáu, 3/5/2030 - 07:15\n\nBài: Lan Anh\n\n",
                         "Sáng 2/5, hội đồng họp; đại biểu đề nghị áp dụng từ ngày 1/1/2031, "
                         "sau đợt khảo sát hồi tháng 3.")
    assert ("2/5", {"when": "2030-05-02", "cert": "high", "evidence": "internal"}) in found
    assert ("tháng 3", {"when": "2030-03", "cert": "high", "evidence": "internal"}) in found
    # a run with more than a date is no date line
    assert dates._date_line_in_text(["Ngày 3/5/2030, hội đồng họp."]) is None
    assert dates._date_line_in_text(["12/3/2029 09:20 (GMT+07:00)"]) == date(2029, 3, 12)
    assert dates._date_line_in_text(["Thứ Hai, 12/3/2029 • 09:20"]) == date(2029, 3, 12)
    # nor is a day alone, with neither weekday nor clock time (a table's cell)
    assert dates._date_line_in_text(["12/3/2029"]) is None


def test_without_date_line_the_day_said_to_be_today_dates_the_article():
    # "chiều nay (3/5)" with "3/5/2030" written too: the article's own day, not
    # near the later day a proposal names
    found = dated_spans("Chiều nay (3/5), hội đồng họp bàn dự thảo, gửi ngày 3/5/2030. Hồi tháng 4, đoàn khảo sát "
                        "đã làm việc. Đại biểu đề nghị áp dụng từ ngày 1/1/2032, theo quy hoạch năm 2031.",
                        dateline=None)
    assert ("tháng 4", {"when": "2030-04", "cert": "medium", "evidence": "internal"}) in found
    # without its year written, "today" says nothing: the latest full date stands
    found = dated_spans("Chiều nay (3/5), hội đồng họp. Hồi tháng 4, đoàn khảo sát làm việc. Báo cáo số 5/BC "
                        "ngày 20/4/2030 nêu rõ, theo quy hoạch năm 2030.", dateline=None)
    assert ("tháng 4", {"when": "2030-04", "cert": "medium", "evidence": "internal"}) in found


def test_without_date_line_a_congress_is_in_the_first_year_of_its_term():
    # the congress that opens the term 2025-2030, with the storm of 2024 in its
    # report: 26 September is a day of 2025, neither of the term's end nor of 2024
    found = dated_spans("Sáng 26/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025-2030 bế mạc.\n\n"
                        "Dù chịu ảnh hưởng của cơn bão lớn năm 2024, tỉnh vẫn tăng trưởng 10%.", dateline=None)
    assert found[0] == ("26/9", {"when": "2025-09-26", "cert": "medium", "evidence": "internal"})


def test_without_date_line_a_period_of_years_does_not_date_what_follows():
    # "giai đoạn 2026-2030" is a plan ahead of the report of 2025, not its time
    found = dated_spans("Năm 2025, ngành điện hoàn thành 12 dự án; kế hoạch giai đoạn 2026-2030 đã được duyệt.\n\n"
                        "Chiều 20/12, Tổng công ty tổng kết công tác.", dateline=None)
    assert ("20/12", {"when": "2025-12-20", "cert": "medium", "evidence": "internal"}) in found


def test_without_date_line_a_goal_does_not_void_the_latest_full_date():
    # a campaign dated to 2025-2026 with a goal for 2030: 12 November is a day of
    # 2025, near the campaign's dates, not of 2024, the year of the law it applies
    found = dated_spans("Ngày 12/11, Bộ tổng kết thi hành luật năm 2024 về phòng cháy.\n\n"
                        "Đợt cao điểm chạy từ ngày 10/11/2025 đến ngày 10/3/2026, hướng tới mục tiêu "
                        "đến năm 2030 mỗi xã có một đội chữa cháy.", dateline=None)
    assert found[0] == ("Ngày 12/11", {"when": "2025-11-12", "cert": "medium", "evidence": "internal"})


def test_without_date_line_the_start_of_a_stretch_up_to_now_is_not_the_articles_year():
    # "từ năm 2020 đến nay" looks back from the article's time, the crop year of 2024
    found = dated_spans("Nông dân thu hoạch lúa vụ mùa 2024-2025. Từ năm 2020 đến nay, xã đã "
                        "chuyển đổi 300 ha.\n\nChiều 20/10, huyện tổng kết mô hình.", dateline=None)
    assert ("20/10", {"when": "2024-10-20", "cert": "medium", "evidence": "internal"}) in found
    assert ("năm 2020", {"when": "2020"}) in found


def test_half_year_in_words():
    assert only("Sản lượng nửa đầu năm 2027 dự kiến tăng mạnh.") == (
        "nửa đầu năm 2027", {"from": "2027-01-01", "to": "2027-06-30"})
    assert only("Nhiệm vụ nửa cuối năm còn rất nặng nề.") == (
        "nửa cuối năm", {"from": "2023-07-01", "to": "2023-12-31", "cert": "high", "evidence": "internal"})


def test_without_date_line_a_lone_historic_date_is_no_anchor():
    # 2/9/1945 is the day commemorated; no other year near 1945 is written
    found = dated_spans("Chiều 3/9, tỉnh tổng kết năm 2022 và kỷ niệm Quốc khánh 2/9/1945.", dateline=None)
    assert found[0] == ("3/9", {"when": "2022-09-03", "cert": "medium", "evidence": "internal"})


def unmarked_notes(body: str, dateline: str | None = "15/08/2023 09:30") -> list[str]:
    """The editor's notes about dates left unmarked in ``body``."""
    head = "Tiêu đề bài viết\n\n" + (f"{dateline}\n\n" if dateline else "")
    article = parse_article(source_from_bytes((head + body + "\n").encode("utf-8"), "t.txt"))
    return [m for m in annotate(article, recognizers=[dates.recognize]).messages
            if m.startswith("date left unmarked")]


def test_no_year_anywhere_leaves_the_date_unmarked_with_a_note():
    body = "Sáng 9/4, đoàn kiểm tra đến."
    assert dated_spans(body, dateline=None) == []
    assert ["'9/4'" in note for note in unmarked_notes(body, dateline=None)] == [True]


def test_invalid_dates_are_left_unmarked_with_a_note():
    for body, written in [("Hạn chót là ngày 31/2/2023 theo văn bản.", "ngày 31/2/2023"),
                          ("Hạn chót là ngày 31/2.", "ngày 31/2")]:
        assert dated_spans(body) == []
        assert [f"'{written}'" in note for note in unmarked_notes(body)] == [True]


@pytest.mark.parametrize("sentence", [
    "Trong 50 năm qua đất nước đã đổi mới.",
    "Đã có 2/3 số xã đạt chuẩn nông thôn mới.",
    "Thực hiện Nghị quyết số 60/2018/QH14 của Quốc hội.",
    "Theo Nghị định 167/2017/NĐ-CP và Thông tư 12/2019/TT-BTC.",
    "Tỷ lệ tăng 1,5 lần so với 6 tháng qua.",
    "Thời gian tới cần tập trung hơn.",
    # a document's bare number after its kind
    "Sở tiếp tục triển khai Đề án 1925 về chuyển giao kỹ thuật.",
    "Ban hành theo Quyết định số 2014 của Ủy ban.",
    # ... written in lower case too
    "Hộ dân được bồi thường theo quyết định số 2019 của huyện.",
    # a month or a day that comes round every year
    "Lễ hội đua thuyền diễn ra vào tháng 9 hằng năm.",
    "Xã tổ chức ngày hội đọc sách vào ngày 21/4 hàng năm.",
    "Bảng giá được công bố và áp dụng từ ngày 1-1 của năm.",
    "Chợ phiên họp vào ngày 5/5 mỗi năm.",
    # a range of lunar days that comes round every year
    "Hội làng Hòa Minh mở hằng năm từ ngày 4 đến 6/1 Âm lịch.",
    # a list of months closed by the calendar's mark or "hằng năm": each is so
    # (and no lunar date when the sentence says they come round)
    "Bà con thường gieo mạ vào tháng 4, tháng 5 âm lịch.",
    "Đồng bào ăn mừng vào tháng 11 hoặc 12 âm lịch.",
    "Chợ hoa mở vào tháng 1, tháng 2 hằng năm.",
    "Lễ cúng rừng vào tháng 2-3 âm lịch.",
    # "mùng" alone says nothing of the calendar: "mùng 2 tháng Chín" is the solar National Day
    "Khu phố Hòa Minh treo cờ từ mùng 2 tháng Chín.",
    # a telephone number
    "Người dân có thể gọi tổng đài 1900 6868 để được hỗ trợ.",
])
def test_not_dates(sentence):
    assert dated_spans(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    # a number that names something, not a count of years, before "năm 2024"
    ("Cơn bão số 5 năm 2023 làm hư hại nhiều nhà.", "năm 2023"),
    ("Tỉnh tổng kết Đề án 09 năm 2022 vào tuần tới.", "năm 2022"),
    ("Hội thi lần thứ 4 năm 2021 có 30 đội.", "năm 2021"),
    # ... but after a count the years are a period of their own (see also below)
    ("Sau 4 năm 2018 - 2021, xã đã đổi thay.", "2018 - 2021"),
])
def test_a_year_after_a_number(sentence, text):
    assert only(sentence)[0] == text


def test_the_year_of_an_abbreviation_repeating_the_name_before_it_is_no_second_date():
    found = dated_spans("Hai bên tuân thủ Hiệp ước Hòa Minh về thương mại năm 2009 (HMTA 2009) và Luật Đầu tư 2020.\n\n"
                        "Mọi tranh chấp giải quyết theo HMTA 2009, từ năm 2010.")
    assert [t for t, _ in found] == ["năm 2009", "2020", "năm 2010"]
    # an abbreviation of another year is a date of its own
    found = dated_spans("Hiệp định Đông Lâm năm 2019 (DLFTA 2021) có hiệu lực.")
    assert [t for t, _ in found] == ["năm 2019", "2021"]


def test_a_day_of_a_written_year_is_no_recurring_day():
    assert "ngày 1-1" in [text for text, _ in dated_spans("Bảng giá áp dụng từ ngày 1-1 của năm 2026.")]


def test_a_duration_before_a_period_is_not_part_of_it():
    assert only("Chiến lược 10 năm 2021 - 2030 được thông qua.")[0] == "2021 - 2030"
    assert only("Đoàn làm việc trong 2 ngày 15-16/7/2020 tại tỉnh.")[0] == "15-16/7/2020"


def test_a_number_before_a_single_year_counts_no_years():
    # one year after the number: the number names a grade, a dose, a games
    assert only("Kỳ thi vào lớp 6 năm 2027 có 3.000 thí sinh.")[0] == "năm 2027"
    assert only("Đông Lâm tiêm mũi 3 năm 2024 cho trẻ.")[0] == "năm 2024"
    assert [t for t, _ in dated_spans("Đội tuyển chuẩn bị cho Olympic 35 năm 2028 và Đại hội 22 năm 2031.")] \
        == ["năm 2028", "năm 2031"]
    # several years after it: a duration before its period, as before
    assert only("Hòa Minh làm đường trong 2 năm 2022 và 2023.")[0] == "2022 và 2023"
    assert only("Trong 4 năm 2019 đến 2022, tỉnh trồng rừng.")[0] == "2019 đến 2022"


def test_a_reign_year_glossed_by_its_solar_year_is_one_date():
    text, attrs = only("Đình làng được dựng năm Tự Đức thứ 12 (1859), nay đã trùng tu.")
    assert text == "năm Tự Đức thứ 12 (1859)" and attrs.get("when") == "1859"
    assert only("Tháp mở rộng năm Vĩnh Hựu thứ nhất (1735).")[0] == "năm Vĩnh Hựu thứ nhất (1735)"
    # without its gloss the reign's year is none we can read
    assert dated_spans("Năm Tự Đức thứ 12, làng dựng đình.") == []


def test_a_cycle_year_glossed_by_its_solar_year_is_one_date():
    text, attrs = only("Cụ đỗ cử nhân khoa thi năm Nhâm Thìn (1832) tại Đông Lâm.")
    assert text == "năm Nhâm Thìn (1832)" and attrs.get("when") == "1832"
    assert only("Hòa Minh mở hội năm Bính Ngọ (2026).")[0] == "năm Bính Ngọ (2026)"
    # the year written after it stays with it; a bracket of other words does not
    assert only("Hòa Minh mở hội năm Bính Ngọ 2026.")[0] == "năm Bính Ngọ 2026"
    assert only("Hòa Minh mở hội năm Bính Ngọ (lần thứ 3).")[0] == "năm Bính Ngọ"


def test_a_spelled_count_of_years_before_a_period_is_not_part_of_it():
    assert only("Sở Y tế Đông Lâm rà soát chi phí trong ba năm 2022-2024.")[0] == "2022-2024"
    # a month or an ordinal so named is no count
    assert only("Hòa Minh đón khách từ tháng Hai năm 2027.")[0] == "năm 2027"
    assert only("Hội chợ Đông Lâm lần thứ hai năm 2026 khai mạc.")[0] == "năm 2026"
    # nor an honour's class or a prize's rank
    assert only("Ông Hòa Minh được tặng Huân chương Lao động hạng Ba năm 2016.")[0] == "năm 2016"
    assert only("Đội Đông Lâm đoạt giải Ba năm 2023 ở hội thi.")[0] == "năm 2023"


def test_a_day_after_an_ordinal_keeps_its_day_word():
    # the number before "ngày" names the session, it counts no days
    assert only("Dự luật được thông qua tại Phiên họp thứ 5 ngày 14/6/2021.")[0] == "ngày 14/6/2021"
    # ... nor do the minutes of a time or a certificate's long number
    assert only("Lễ mít tinh bắt đầu lúc 19 giờ 30 ngày 5/5 tại Đông Lâm.")[0] == "ngày 5/5"
    assert only("Dự án nhận Giấy chứng nhận số 5423176890 ngày 5/9/2024.")[0] == "ngày 5/9/2024"
    assert only("Hội nghị lần thứ 3 ngày 2/4/2022 đã kết luận.")[0] == "ngày 2/4/2022"


def test_dateline_run_gets_no_second_date():
    article = parse_article(source_from_bytes("Tiêu đề\n\n01/07/2022 08:56\n\nNội dung.\n".encode(), "t.txt"))
    annotated = annotate(article, recognizers=[dates.recognize])
    spans = annotated.article.dateline.text.spans
    assert len([s for s in spans if s.tag == "date"]) == 1


def test_seed_dates_have_the_gold_values():
    from edition.convert import convert_file
    gold = gold_for(SEED)
    annotated = convert_file(SEED).annotated
    found = []
    for where, run in annotated.article.inlines():
        if where != "dateline":
            found += [(run.text[s.start:s.end], dict(s.attrs)) for s in run.spans if s.tag == "date"]
    expected = [d for d in gold["dates"] if d["where"] != "dateline"]
    assert len(found) == len(expected) == 9
    for (text, attrs), want in zip(found, expected):
        assert text == want["text"]
        for key in ("when", "from", "to"):
            assert attrs.get(key) == want.get(key), (text, attrs)
        assert ("evidence" in attrs) == bool(want.get("year_inferred")), (text, attrs)


def test_dates_without_an_iso_value_are_left_unmarked_and_reported():
    """A day that does not exist, or a day and month in an article with no year
    anywhere, gets no date element (the schema requires a value) but a note."""
    from edition.convert import convert_file
    import tempfile, pathlib
    with tempfile.TemporaryDirectory() as folder:
        source = pathlib.Path(folder) / "a.txt"
        source.write_text("Hội nghị ngày 12/5\n\nHội nghị diễn ra ngày 12/5 và ngày 31/2.",
                          encoding="utf-8")
        result = convert_file(source)
    assert b"<date" not in result.tei.split(b"<body>")[1]
    notes = " ".join(result.annotated.messages)
    assert "'ngày 12/5'" in notes and "'ngày 31/2'" in notes


def test_the_dates_stage_does_not_import_the_directive_recognizer():
    # it needs only the document words (document_heads), not the directives
    # stage with the annotator and registers that stage pulls in
    import ast
    tree = ast.parse(Path(dates.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "directives" not in imported and "document_heads" in imported


def test_a_goal_year_does_not_anchor_an_article_without_a_date_line():
    found = dated_spans("Ngày 5/3, hội nghị tổng kết công tác. Phấn đấu đến năm 2030, tỉnh trở thành "
                        "trung tâm du lịch. Năm 2024, tỉnh đón 2 triệu lượt khách.", dateline=None)
    assert ("Ngày 5/3", {"when": "2024-03-05", "cert": "medium", "evidence": "internal"}) in found \
        or ("5/3", {"when": "2024-03-05", "cert": "medium", "evidence": "internal"}) in found, found


@pytest.mark.parametrize("sentence, text, attrs", [
    ("Trong tháng 3/2022 đến tháng 5, tỉnh làm tốt.", "tháng 3/2022 đến tháng 5",
     {"from": "2022-03", "to": "2022-05"}),
    ("Từ quý IV/2022 đến quý I, tỉnh làm tốt.", "quý IV/2022 đến quý I",
     {"from": "2022-10-01", "to": "2023-03-31"}),
])
def test_a_period_s_end_without_a_year_follows_its_start_not_the_date_line(sentence, text, attrs):
    assert only(sentence) == (text, attrs)  # the date line says 2023


@pytest.mark.parametrize("goal", [
    "Tỉnh phấn đấu trở thành trung tâm logistics của vùng vào năm 2040.",
    "Đề án của tỉnh có tầm nhìn 2050 và nhiều mục tiêu lớn.",
])
def test_without_date_line_a_goal_set_into_a_year_or_a_horizon_is_not_the_articles_year(goal):
    # the newest act done is of 17/2/2026: 20 May is a day of 2026, not of the goal's year
    found = dated_spans("Chiều 18/2, huyện họp triển khai Chỉ thị số 07-CT/TU ngày 17/2/2026, "
                        "trong kế hoạch năm 2026.\n\n" + goal + " Các xã báo cáo trước ngày 20/5.",
                        dateline=None)
    assert found[0] == ("18/2", {"when": "2026-02-18", "cert": "medium", "evidence": "internal"})
    assert ("ngày 20/5", {"when": "2026-05-20", "cert": "medium", "evidence": "internal"}) in found, found


@pytest.mark.parametrize("between", [
    "Huyện tiếp tục thực hiện Quyết định số 45/QĐ-UBND ngày 3/4/2022 của tỉnh",
    "Huyện phấn đấu đến năm 2030 có 20 xã đạt chuẩn",
])
def test_without_date_line_an_older_act_or_a_goal_is_not_the_latest_year_written(between):
    # the review is of 2026: the decision of 2022 it cites and the goal for 2030 written
    # before 30 July say nothing of when the article is
    found = dated_spans("Sáng 10/6, huyện sơ kết công tác năm 2026.\n\n"
                        + between + ", các xã gửi báo cáo trước ngày 30/7.", dateline=None)
    assert ("ngày 30/7", {"when": "2026-07-30", "cert": "medium", "evidence": "internal"}) in found, found


def test_without_date_line_the_history_written_before_is_not_the_articles_year():
    # a festival of 2025 recalling when its heritage was listed (2014, 2019):
    # the days of the festival told after that history are days of 2025
    found = dated_spans("Sáng 20/5, tỉnh khai mạc lễ hội năm 2025.\n\n"
                        "Di sản được ghi danh ngày 3/9/2014, hát Then được công nhận năm 2019.\n\n"
                        "Lễ hội diễn ra từ ngày 18/5 đến 22/5.", dateline=None)
    assert found[-1] == ("ngày 18/5 đến 22/5", {"from": "2025-05-18", "to": "2025-05-22",
                                                "cert": "medium", "evidence": "internal"})


def test_without_date_line_a_past_year_dates_the_rest_of_its_sentence():
    # a past event told with its day: 7 May is of 1954, the next sentence's 9 May of 2025
    # (a year at the sentence's head says so surely: see the test of fronted years)
    found = dated_spans("Sáng 20/5, tỉnh khai mạc lễ hội năm 2025.\n\n"
                        "Quân ta thắng năm 1954, sau trận ngày 7/5, rồi tiến về. Ngày 9/5, tỉnh họp.",
                        dateline=None)
    assert ("ngày 7/5", {"when": "1954-05-07", "cert": "medium", "evidence": "internal"}) in found
    assert ("Ngày 9/5", {"when": "2025-05-09", "cert": "medium", "evidence": "internal"}) in found


def test_a_deadline_the_sentence_aims_at_is_not_before_the_date_line():
    # written on 20 May 2024: a deadline of 30 April is next year's, nearer as it is
    # in the past, unless the sentence says it was met
    found = dated_spans("Huyện phấn đấu bàn giao 300 căn nhà cho hộ nghèo trước ngày 30/4.",
                        dateline="20/05/2024 09:00")
    assert found == [("ngày 30/4", {"when": "2025-04-30", "cert": "high", "evidence": "internal"})]
    found = dated_spans("Với quyết tâm cao, huyện đã bàn giao 300 căn nhà trước ngày 30/4.",
                        dateline="20/05/2024 09:00")
    assert found == [("ngày 30/4", {"when": "2024-04-30", "cert": "high", "evidence": "internal"})]


def test_a_day_announced_only_days_before_the_date_line_stays_that_year():
    # the report was written before the day it announces and came out after it
    found = dated_spans("Theo kế hoạch, đoàn Hòa Minh sẽ khởi hành ngày 12-3.", dateline="14/03/2025 07:00")
    assert found == [("ngày 12-3", {"when": "2025-03-12", "cert": "high", "evidence": "internal"})]
    # a day well past at the date line is next year's
    found = dated_spans("Theo kế hoạch, đoàn Hòa Minh sẽ khởi hành ngày 12-2.", dateline="14/03/2025 07:00")
    assert found == [("ngày 12-2", {"when": "2026-02-12", "cert": "high", "evidence": "internal"})]


def test_a_second_day_after_a_dash_shares_the_first_one_s_date_word():
    text, attrs = only("Khách đặt phòng dịp lễ 2/9 - 3/9 tăng mạnh.")
    assert (text, attrs["from"], attrs["to"]) == ("2/9 - 3/9", "2023-09-02", "2023-09-03")
    assert dated_spans("Tỷ lệ đạt 2/3 - 3/4 số hộ.") == []


def test_a_lunar_day_glossing_the_solar_day_before_it_shares_its_value():
    spans = dated_spans("Sáng 14/4 (tức ngày 6/3 năm Quý Mão), lễ hội khai mạc; tối 27/9 "
                        "(nhằm rằm tháng 8 âm lịch) có rước đèn; lễ giỗ vào rằm tháng 8 âm lịch hằng năm.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("14/4", "2023-04-14"), ("ngày 6/3 năm Quý Mão", "2023-04-14"),
        ("27/9", "2023-09-27"), ("rằm tháng 8 âm lịch", "2023-09-27")]
    # the solar day may gloss the lunar one instead
    spans = dated_spans("Lễ rước kiệu vào ngày 6/3 âm lịch (tức ngày 14/4/2023) tại đình làng.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("ngày 6/3 âm lịch", "2023-04-14"), ("ngày 14/4/2023", "2023-04-14")]



def test_a_lunar_day_glossed_after_a_comma_takes_the_solar_day_s_year():
    # the cycle's year names 1930 here, not the turn nearest the date line (2050)
    spans = dated_spans("Đình Hòa Minh khánh thành ngày 8 tháng 2 năm Canh Ngọ, tức 7/3/1930, và được tu bổ nhiều lần.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("ngày 8 tháng 2 năm Canh Ngọ", "1930-03-07"), ("7/3/1930", "1930-03-07")]


def test_a_day_of_tet_glossed_after_a_comma_takes_the_solar_day_s_year():
    # "Tết" says the day is lunar without a mark; the gloss names 1968, not the cycle's turn nearest the date line (2028)
    spans = dated_spans("Sáng mùng 3 Tết Mậu Thân, tức ngày 1-2-1968, đơn vị Hòa Minh xuất kích.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("mùng 3 Tết Mậu Thân", "1968-02-01"), ("ngày 1-2-1968", "1968-02-01")]
    # with no gloss the cycle's turn nearest the date line stays
    assert [(text, attrs.get("when")) for text, attrs in dated_spans("Dịp mồng 3 Tết Ất Tỵ, khách về Đông Lâm đông.")] \
        == [("mồng 3 Tết Ất Tỵ", "2025-01-31")]
    # a solar day after a comma and "tức" is no gloss of a day that does not say it is lunar
    spans = dated_spans("Đoàn Hòa Minh lên đường ngày 10/3, tức ngày 5 tháng 4, như kế hoạch.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("ngày 10/3", "2023-03-10"), ("ngày 5 tháng 4", "2023-04-05")]


def test_a_lunar_day_with_its_month_s_name_is_glossed_by_the_solar_day_in_brackets():
    spans = dated_spans("Lễ cầu siêu tổ chức vào ngày rằm tháng Bảy âm lịch (ngày 18/8) tại Hòa Minh.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("ngày rằm tháng Bảy âm lịch", "2023-08-18"), ("ngày 18/8", "2023-08-18")]


def test_a_dashed_day_in_brackets_after_a_lunar_day_glosses_it():
    # a bare "d-m" is most often a number range; after a lunar day it is its solar day
    spans = dated_spans("Chiều 30 tháng Chạp (9-2), Đông Lâm tổ chức bắn pháo hoa; "
                        "Hòa Minh đua thuyền dịp mùng 5 tháng 5 âm lịch (tức 22-6).")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("30 tháng Chạp", "2024-02-09"), ("9-2", "2024-02-09"),
        ("mùng 5 tháng 5 âm lịch", "2023-06-22"), ("22-6", "2023-06-22")]
    # not after any bracket: a count stays a count
    assert dated_spans("Xã Hòa Minh có 12 thôn (3-4 hộ mỗi thôn) nhận hỗ trợ.") == []


@pytest.mark.parametrize("sentence, text, when", [
    # a month only the lunar calendar names, the year inferred near the date line (15/08/2023)
    ("Xã Hòa Minh chi trả trợ cấp trước ngày 23 tháng Chạp để người dân đón Tết.",
     "ngày 23 tháng Chạp", "2024-02-02"),
    ("Làng Đông Lâm sẽ mở hội vào mùng 10 tháng Giêng.", "mùng 10 tháng Giêng", "2024-02-19"),
    # the full moon, or the calendar's mark
    ("Đêm rằm tháng 8, thiếu nhi Hòa Minh rước đèn.", "rằm tháng 8", "2023-09-29"),
    # capitalised at a sentence's start, or in title case
    ("Rằm tháng 8, thiếu nhi Hòa Minh rước đèn.", "Rằm tháng 8", "2023-09-29"),
    ("Xã Hòa Minh chi trả trợ cấp trước Ngày 23 Tháng Chạp.", "Ngày 23 Tháng Chạp", "2024-02-02"),
    ("Dịp Tết Đoan ngọ (mùng 5 tháng 5 âm lịch) vừa qua, khách đông.", "mùng 5 tháng 5 âm lịch", "2023-06-22"),
    ("Lễ giỗ tổ diễn ra ngày 10/3 âm lịch tại đền.", "ngày 10/3 âm lịch", "2023-04-29"),
    # ... or with a dash, as some outlets write it
    ("Lễ giỗ tổ diễn ra ngày 10-3 âm lịch tại đền.", "ngày 10-3 âm lịch", "2023-04-29"),
    # a year named in the sixty-year cycle, with its number or not
    ("Lễ rước nước diễn ra ngày 6/2 năm Ất Tỵ tại bến sông.", "ngày 6/2 năm Ất Tỵ", "2025-03-05"),
    ("Ông hy sinh ngày 20 tháng Giêng năm Mậu Thân 1968 tại Đông Lâm.",
     "ngày 20 tháng Giêng năm Mậu Thân 1968", "1968-02-17"),
    # ... after the calendar's mark
    ("Lễ giỗ tổ năm ấy rơi vào ngày 10/3 âm lịch năm Giáp Thìn.", "ngày 10/3 âm lịch năm Giáp Thìn", "2024-04-18"),
    # ... or its year in figures, the lunar year, in the one span
    ("Hội xuân Hòa Minh mở vào rằm tháng Giêng năm 2024 tại đình.", "rằm tháng Giêng năm 2024", "2024-02-24"),
])
def test_a_lunar_day_on_its_own_is_converted_to_the_solar_day(sentence, text, when):
    assert [(t, attrs.get("when")) for t, attrs in dated_spans(sentence)] == [(text, when)]


@pytest.mark.parametrize("sentence, text, when", [
    # the first days of the lunar year, counted from Tết, its year named in the cycle or not
    ("Sáng mùng 1 Tết, xã Hòa Minh tổ chức chào cờ.", "mùng 1 Tết", "2024-02-10"),
    ("Dịp mồng 3 Tết Ất Tỵ, khách về Đông Lâm đông.", "mồng 3 Tết Ất Tỵ", "2025-01-31"),
    # ... and its number after the cycle's name, the lunar day's year, not a year apart
    ("Đêm mùng 5 Tết Canh Tuất 1970, đơn vị Hòa Minh xuất kích.", "mùng 5 Tết Canh Tuất 1970", "1970-02-10"),
    # (a number that is no year stays apart: "2025 người")
    ("Sáng mùng 2 Tết Ất Tỵ 2.025 người về Đông Lâm.", "mùng 2 Tết Ất Tỵ", "2025-01-30"),
    # "đến" before a lunar day with its month is a preposition, not a range's joiner
    ("Lễ hội Đông Lâm kéo dài đến rằm tháng Giêng.", "rằm tháng Giêng", "2023-02-05"),
])
def test_the_days_of_tet_and_a_lunar_day_after_den(sentence, text, when):
    assert [(t, attrs.get("when")) for t, attrs in dated_spans(sentence)] == [(text, when)]


@pytest.mark.parametrize("sentence, text, when", [
    # the lunar new year with its year in the cycle and in figures: its first day, the span whole
    ("Hòa Minh lo chu đáo Tết Nguyên đán Canh Tý 2020 cho hộ nghèo.", "Tết Nguyên đán Canh Tý 2020", "2020-01-25"),
    ("Chợ hoa Đông Lâm mở dịp Tết Quý Mão 2023.", "Tết Quý Mão 2023", "2023-01-22"),
    # ... or in figures alone
    ("Hòa Minh bàn giao nhà trước Tết Nguyên đán 2021.", "Tết Nguyên đán 2021", "2021-02-12"),
    ("Chợ hoa Đông Lâm mở dịp Tết 2023.", "Tết 2023", "2023-01-22"),
    # with "năm" before the figures only the year is a date
    ("Chợ hoa Đông Lâm mở dịp Tết Quý Mão năm 2023.", "năm 2023", "2023"),
    ("Chợ hoa Đông Lâm mở dịp Tết năm 2023.", "năm 2023", "2023"),
])
def test_the_lunar_new_year_named_with_its_year_is_its_first_day(sentence, text, when):
    assert [(t, attrs.get("when")) for t, attrs in dated_spans(sentence)] == [(text, when)]


def test_the_lunar_new_year_named_by_the_cycle_alone_or_in_a_hashtag_is_no_new_date():
    assert dated_spans("Hòa Minh chuẩn bị đón Tết Nguyên đán Canh Tý.") == []
    assert [t for t, _ in dated_spans("Ảnh đăng kèm #Tết Canh Tý 2020 trên trang Đông Lâm.")] == ["2020"]


@pytest.mark.parametrize("sentence, text, start, end", [
    # the first day written without its month takes the last one's
    ("Hội làng Đông Lâm mở từ mùng 9 đến mùng 11 tháng Giêng.", "mùng 9 đến mùng 11 tháng Giêng",
     "2024-02-18", "2024-02-20"),
    ("Hội làng mở từ ngày 4 đến 6/1 Âm lịch.", "ngày 4 đến 6/1 Âm lịch", "2024-02-13", "2024-02-15"),
    ("Hội làng Hòa Minh mở từ ngày 4 đến 6-1 âm lịch.", "ngày 4 đến 6-1 âm lịch", "2024-02-13", "2024-02-15"),
    ("Hội chợ xuân mở từ ngày 3 đến 5/1 năm Bính Ngọ.", "ngày 3 đến 5/1 năm Bính Ngọ", "2026-02-19", "2026-02-21"),
    # two lunar days in full, each with its year in the cycle
    ("Các đồn Hòa Minh trực từ ngày 20 tháng Chạp năm Quý Mão đến mùng 10 tháng Giêng năm Giáp Thìn.",
     "ngày 20 tháng Chạp năm Quý Mão đến mùng 10 tháng Giêng năm Giáp Thìn", "2024-01-30", "2024-02-19"),
    # the mark closing the range says both ends are lunar, the first written whole
    ("Đồng bào Hòa Minh ăn Tết từ ngày 28 tháng 10 đến mùng 2 tháng 11 âm lịch.",
     "ngày 28 tháng 10 đến mùng 2 tháng 11 âm lịch", "2023-12-10", "2023-12-14"),
    # ... in the year before the last end's when it runs over the lunar new year
    ("Chợ hoa Đông Lâm họp từ ngày 25 tháng 12 đến mùng 5 tháng Giêng năm Giáp Thìn.",
     "ngày 25 tháng 12 đến mùng 5 tháng Giêng năm Giáp Thìn", "2024-02-04", "2024-02-14"),
    # two days in a row joined by "và": one period, as "ngày 19 và 20/11" is
    ("Làng Hòa Minh mở hội vào mùng 6 và mùng 7 tháng Giêng năm Giáp Thìn.",
     "mùng 6 và mùng 7 tháng Giêng năm Giáp Thìn", "2024-02-15", "2024-02-16"),
    ("Đông Lâm (tức ngày 8 và 9 tháng Chạp âm lịch) tổ chức chợ phiên.", "ngày 8 và 9 tháng Chạp âm lịch",
     "2024-01-18", "2024-01-19"),
])
def test_a_range_of_lunar_days(sentence, text, start, end):
    assert [(t, attrs.get("from"), attrs.get("to")) for t, attrs in dated_spans(sentence)] == [(text, start, end)]


def test_a_mung_day_of_the_lunar_month_named_before_is_lunar_and_of_its_year():
    spans = dated_spans("Hội làng Đông Lâm mở từ mùng 2 đến mùng 6 tháng 3 năm Giáp Thìn; "
                        "lễ rước kiệu vào sáng mùng 6 tháng Ba, lễ tế vào mồng 8 tháng Tư.")
    assert [(t, attrs.get("when"), attrs.get("from")) for t, attrs in spans] == [
        ("mùng 2 đến mùng 6 tháng 3 năm Giáp Thìn", None, "2024-04-10"),
        ("mùng 6 tháng Ba", "2024-04-14", None)]  # the fourth month is not the one named


def test_a_dashed_day_is_lunar_only_with_the_mark_right_after_it():
    # without it "17-18" is a range of days, the lunar day after it named with its month
    spans = dated_spans("Hòa Minh mở hội hai ngày 22-23/3 (tức ngày 13-14 tháng Hai năm Giáp Thìn).",
                        dateline="10/04/2024 08:00")
    assert [(t, attrs.get("from")) for t, attrs in spans] == [
        ("22-23/3", "2024-03-22"), ("ngày 13-14 tháng Hai năm Giáp Thìn", "2024-03-22")]
    assert [t for t, _ in dated_spans("Hội chợ Đông Lâm mở ngày 10-3 tại sân vận động.")] == ["ngày 10-3"]


def test_two_lunar_days_apart_joined_by_va_are_two_points():
    spans = dated_spans("Đông Lâm mở hội vào mùng 4 và mùng 10 tháng Giêng năm Giáp Thìn.")
    assert [(t, attrs.get("when")) for t, attrs in spans] == [
        ("mùng 4", "2024-02-13"), ("mùng 10 tháng Giêng năm Giáp Thìn", "2024-02-19")]


def test_the_filing_day_at_the_head_of_a_wire_story_is_a_date():
    spans = dated_spans("Hòa Minh, 8/3 (TTXVN) - Tối 7/3, tỉnh Đông Lâm khai mạc hội chợ.")
    assert [(t, attrs.get("when")) for t, attrs in spans] == [("8/3", "2023-03-08"), ("7/3", "2023-03-07")]
    assert [t for t, _ in dated_spans("ĐÔNG LÂM, 4-9 (Báo Đông Lâm) - Sáng nay, hội chợ mở cửa.")] == ["4-9"]
    # elsewhere in a paragraph, or with no agency and dash after it, a bare d/m may be a ratio
    assert dated_spans("Tại Hòa Minh, 2/3 số hộ đã có nhà mới.") == []
    assert [t for t, _ in dated_spans("Tối 7/3, Hòa Minh, 8/3 (TTXVN) - mở hội.")] == ["7/3"]


def test_the_filing_day_after_the_agency_and_a_foreign_city_is_a_date():
    # the agency first, the city's country in brackets, no agency after the day
    spans = dated_spans("ĐL.VN - Viên Chăn (Lào), 9/4 - Chiều nay, hai đoàn hội đàm.")
    assert [(t, attrs.get("when")) for t, attrs in spans] == [("9/4", "2023-04-09")]
    assert [t for t, _ in dated_spans("Hòa Minh, 9/4 - Sáng nay, hội chợ mở cửa.")] == ["9/4"]


def test_a_day_before_a_dash_and_a_capitalised_word_is_no_document_number():
    # "12-NQ/TW" is a number; "9/4 - Sáng" holds no code
    spans = dated_spans("Ngày 9/4 - Sáng nay, Đông Lâm thực hiện Nghị quyết số 12-NQ/TW.")
    assert [t for t, _ in spans] == ["Ngày 9/4"]


def test_a_holiday_s_name_makes_the_day_after_it_a_date():
    assert [t for t, _ in dated_spans("Dịp Ngày Thương binh - Liệt sĩ 27/7, đoàn viên thắp nến tri ân.")] == ["27/7"]
    assert [t for t, _ in dated_spans("Mừng lễ Quốc khánh 2/9, phố phường Hòa Minh treo cờ.")] == ["2/9"]
    # a verb after a name ends it: the number after the verb is a ratio
    assert dated_spans("Ngày hội Hòa Minh thu hút 1/3 lượng khách của tỉnh.") == []


def test_a_holiday_named_by_two_fields_joined_by_va_dates_its_day():
    # "và" before a capital joins a second field of the name, not a clause
    spans = dated_spans("Đoàn viên chào mừng Ngày Văn hóa và Thể thao Đông Lâm 12/8 bằng nhiều hoạt động.")
    assert [(t, a.get("when")) for t, a in spans] == [("12/8", "2023-08-12")]
    # before a lower-case word it joins a clause: the number after it stays a ratio
    assert dated_spans("Ngày hội Hòa Minh và thu hút 1/3 lượng khách của tỉnh.") == []


def test_an_international_day_named_by_its_cause_dates_its_day():
    # the cause is written in lower case after "Ngày Quốc tế", "Ngày Thế giới", ...
    assert [t for t, _ in dated_spans("Hòa Minh hưởng ứng Ngày Quốc tế phòng, chống sốt xuất huyết 15/6.")] == ["15/6"]
    assert [t for t, _ in dated_spans("Đông Lâm mít tinh nhân Ngày Thế giới bảo vệ rừng ngập mặn 26/7.")] == ["26/7"]
    # a share after a plain noun phrase stays a ratio
    assert dated_spans("Ngày hội Hòa Minh thu hút 2/3 số hộ tham gia.") == []


def test_the_ends_of_a_range_are_both_days_or_both_ratios():
    assert dated_spans("Chi phí chỉ bằng 1/3 đến 1/5 so với các nước trong khu vực.") == []
    assert [t for t, _ in dated_spans("Hội chợ Đông Lâm mở từ 1/3 đến 1/5 hằng tuần.")] == ["1/3 đến 1/5"]


def test_a_share_bounded_by_tu_or_den_is_a_ratio():
    # "từ" and "đến" bound a quantity too: the share of a number after it says so
    assert dated_spans("Ứng viên Hòa Minh cần có từ 3/4 số phiếu tán thành trở lên.") == []
    assert dated_spans("Số hộ được hỗ trợ ở xã Đông Lâm tăng đến 1/4 tổng số hộ.") == []
    assert dated_spans("Cần từ 1/2 trở lên mới được thông qua.") == []
    # a day after "từ" stays a day
    assert [t for t, _ in dated_spans("Hội chợ Đông Lâm mở từ 3/4 đến hết tháng.")] == ["3/4"]


def test_a_proper_fraction_after_chua_den_is_a_share():
    # "chưa đến 1/4" is "less than a quarter"; a later day after it stays a day
    assert dated_spans("Nguồn cung ở Hòa Minh đáp ứng chưa đến 1/3 nhu cầu của nhà máy.") == []
    assert [t for t, _ in dated_spans("Đông Lâm chưa đến 25/3 đã hết vé tham quan.")] == ["25/3"]


def test_a_year_counted_up_to_a_day_is_no_range():
    # the day lies inside the year: the year's figure counted up to it, two dates
    spans = dated_spans("Vốn đầu tư công năm 2023 đến ngày 31/7 của Đông Lâm mới giải ngân 47%.")
    assert [(t, a.get("when")) for t, a in spans] == [("năm 2023", "2023"), ("ngày 31/7", "2023-07-31")]
    # after "từ" it is the stretch the writer bounds
    spans = dated_spans("Từ năm 2021 đến tháng 6/2022, Hòa Minh làm 12 km đường.")
    assert [t for t, _ in spans] == ["năm 2021 đến tháng 6/2022"]
    # as from the year's start, the word kept with the range
    spans = dated_spans("Đầu năm 2023 đến hết tháng 9, Đông Lâm thu 40 tỷ đồng.")
    assert [(t, a.get("from"), a.get("to")) for t, a in spans] == [("Đầu năm 2023 đến hết tháng 9", "2023", "2023-09")]
    # the year's start alone is the year
    assert only("Đầu năm 2023, Đông Lâm thu 40 tỷ đồng.")[0] == "năm 2023"


def test_an_anniversary_s_name_makes_the_day_after_it_a_date():
    # "Ngày sinh", "Ngày thành lập" name whose birth or founding the day marks
    spans = dated_spans("Đoàn viên Hòa Minh thi đua lập công chào mừng Ngày sinh Bác 19.5.")
    assert [(t, a.get("when")) for t, a in spans] == [("19.5", "2023-05-19")]
    spans = dated_spans("Xã tổ chức mít tinh kỷ niệm Ngày thành lập Đảng bộ Đông Lâm 10/7, trồng cây.")
    assert [(t, a.get("when")) for t, a in spans] == [("10/7", "2023-07-10")]


def test_a_range_of_months_written_without_thang():
    spans = dated_spans("Đông Lâm kỷ niệm 75 năm thành lập Đảng bộ huyện (8.1948 - 8.2023).")
    assert [(t, a.get("from"), a.get("to")) for t, a in spans] == [("8.1948 - 8.2023", "1948-08", "2023-08")]
    # one alone may be a number; a document's number is none
    assert dated_spans("Tỷ lệ hộ nghèo còn 7.2020 hộ ở Hòa Minh.") == []
    assert [t for t, _ in dated_spans("Theo Đề án 06/2020 - 5/2021 tỉnh Hòa Minh điều chỉnh.")] == []


def test_a_range_of_months_written_with_dashes_without_thang():
    spans = dated_spans("Hòa Minh gặp mặt kỷ niệm 50 năm ngày giải phóng (3-1975 - 3-2025).")
    assert [(t, a.get("from"), a.get("to")) for t, a in spans] == [("3-1975 - 3-2025", "1975-03", "2025-03")]
    # ... or with "tháng" before the first, as before a slashed one
    spans = dated_spans("Đông Lâm kỷ niệm 45 năm thành lập huyện (tháng 9-1978 - 9-2023).")
    assert [(t, a.get("from"), a.get("to")) for t, a in spans] == [("tháng 9-1978 - 9-2023", "1978-09", "2023-09")]
    # the month and year of a dashed day are the day's; one alone is no month
    spans = dated_spans("Kỷ niệm ngày thành lập Đoàn (26-3-1931 - 26-3-2023) tại Hòa Minh.")
    assert [(t, a.get("from"), a.get("to")) for t, a in spans] == [("26-3-1931 - 26-3-2023", "1931-03-26", "2023-03-26")]
    assert dated_spans("Hòa Minh có 5-2020 hộ đăng ký.") == []
    # months without a year after "tháng" stay a range of months
    assert [t for t, _ in dated_spans("Trong tháng 6-7, Hòa Minh gieo mạ.")] == ["tháng 6-7"]


def test_a_schedule_writes_the_year_of_its_periods_once_with_the_last():
    # a late-year report: the nearest April to its date line would be next year's
    spans = dated_spans("Bộ đã chỉ đạo 3 tỉnh diễn tập, gồm: tỉnh Đông Lâm (từ ngày 15 đến ngày 18-4), "
                        "tỉnh Hòa Minh (từ ngày 23-9 đến ngày 26-9-2025).", dateline="21/11/2025 08:15")
    assert [(t, a.get("from")) for t, a in spans] == [("ngày 15 đến ngày 18-4", "2025-04-15"),
                                                      ("ngày 23-9 đến ngày 26-9-2025", "2025-09-23")]
    # a single day is no period of a schedule: the date line settles it
    spans = dated_spans("Ngày 15-4, tỉnh Đông Lâm diễn tập (từ ngày 23-9 đến ngày 26-9-2025).",
                        dateline="21/11/2025 08:15")
    assert spans[0][1].get("when") == "2026-04-15"


def test_a_year_at_the_head_of_a_sentence_is_the_year_of_its_dates():
    def values(body: str) -> list[tuple[str, str | None]]:
        return [(t, a.get("from") or a.get("when")) for t, a in dated_spans(body, dateline="10/11/2025 09:00")]
    assert values("Theo dự kiến, năm 2027, Đông Lâm sẽ khánh thành cầu vào quý III.") \
        == [("năm 2027", "2027"), ("quý III", "2027-07-01")]
    assert values("Riêng năm 2021, Hòa Minh đón 2 triệu khách, cao nhất vào dịp 30-4.") \
        == [("năm 2021", "2021"), ("30-4", "2021-04-30")]
    # the next sentence, or a year in the sentence's midst, is read as before
    assert values("Năm 2021, Hòa Minh đón 2 triệu khách. Quý III năm nay tăng.")[1] == ("Quý III", "2025-07-01")
    assert values("Đông Lâm đã xây 3 trường trong năm 2021, khánh thành vào quý III.")[1] == ("quý III", "2025-07-01")


def test_a_lunar_month_named_alone_is_the_period_of_its_days():
    # the year nearest the date line (15/08/2023): lunar 2024's first month, 10/2 to 9/3/2024
    assert only("Làng Đông Lâm mong đón 5.000 lượt khách trong tháng Giêng.") == (
        "tháng Giêng", {"from": "2024-02-10", "to": "2024-03-09", "cert": "high", "evidence": "internal"})
    # its year named in the cycle: Quý Mão's last month, 11/1 to 9/2/2024
    assert only("Hòa Minh dọn dẹp đường làng suốt tháng Chạp năm Quý Mão.") == (
        "tháng Chạp năm Quý Mão", {"from": "2024-01-11", "to": "2024-02-09"})
    # the month of a lunar day is that day's; one that comes round every year, or
    # one with a solar year ("tháng Giêng năm 2024" may be January), is no lunar month
    assert [text for text, _ in dated_spans("Hội Hòa Minh mở vào mùng 6 tháng Giêng.")] == ["mùng 6 tháng Giêng"]
    assert dated_spans("Làng Đông Lâm mở hội vào tháng Giêng hằng năm.") == []
    assert [text for text, _ in dated_spans("Tháng Giêng năm 2024, Hòa Minh trồng cây.")] == ["năm 2024"]


def test_a_day_the_article_also_writes_with_its_year_takes_that_year():
    # Nearer the date line in 2024, but the article writes the day with 2025.
    found = dated_spans("Cầu Hòa Minh: thông xe trước 20/12\n\n"
                        "Tỉnh Đông Lâm yêu cầu thông xe cầu Hòa Minh trước ngày 20/12/2025.",
                        dateline="10/06/2025 08:00")
    assert found[0] == ("20/12", {"when": "2025-12-20", "cert": "high", "evidence": "internal"})


def test_an_announced_day_takes_no_earlier_year_the_article_writes_it_with():
    # "dự kiến … ngày 1/7" lies ahead of the date line (13/03/2026): the 1/7/2025
    # written later is the day a year before, when the change took effect
    found = dated_spans("Bộ dự kiến công bố kết quả thi vào ngày 1/7.\n\n"
                        "Tỉnh Đông Lâm sắp xếp đơn vị hành chính từ ngày 1/7/2025.",
                        dateline="13/03/2026 16:42")
    assert found[0] == ("ngày 1/7", {"when": "2026-07-01", "cert": "high", "evidence": "internal"})


def test_a_day_written_with_two_years_is_an_anniversary_and_takes_no_year_from_them():
    found = dated_spans("Ngày hội Hòa Minh diễn ra quanh ngày 20/11.\n\n"
                        "Kỷ niệm 60 năm Ngày truyền thống tỉnh Đông Lâm (20/11/1965 - 20/11/2025).",
                        dateline="18/12/2024 08:00")
    assert found[0] == ("ngày 20/11", {"when": "2024-11-20", "cert": "high", "evidence": "internal"})


def test_a_year_named_with_its_calendar_takes_the_calendar_word():
    # the Buddhist era counts 544 years more than the common one; the holiday
    # "Tết Dương lịch" keeps its bare year
    assert [t for t, _ in dated_spans("Chùa Đông Lâm tổ chức lễ Phật đản Phật lịch 2569 - Dương lịch 2025.")] == [
        "Phật lịch 2569", "Dương lịch 2025"]
    assert [a for _, a in dated_spans("Chùa Đông Lâm tổ chức lễ Phật đản Phật lịch 2569 - Dương lịch 2025.")] == [
        {"when": "2025"}, {"when": "2025"}]
    assert [t for t, _ in dated_spans("Xã Hòa Minh nghỉ Tết Dương lịch 2025 ba ngày.")] == ["2025"]
    # alone, a Buddhist-era year names the feast in the faith's own count: no date
    assert dated_spans("Chùa Đông Lâm đón năm mới Phật lịch 2571 với lễ tắm Phật.") == []


def test_a_month_after_a_number_that_names_something_is_a_date():
    # "57 tháng" alone is a count of months; after "lần thứ" the number is an ordinal
    assert dated_spans("Hội nghị Hòa Minh lần thứ 12 tháng 5/2024 đã ra tuyên bố.") == [
        ("tháng 5/2024", {"when": "2024-05"})]
    assert dated_spans("Công trình Đông Lâm thi công 14 tháng 5 ngày.") == []


def test_the_solar_calendar_named_after_a_month_belongs_to_it():
    # as "âm lịch" does to a lunar day; "Dương lịch 2025" is an era's year
    assert [t for t, _ in dated_spans("Mùa lễ chùa Hòa Minh kết thúc vào tháng 9 dương lịch, trước rằm.")] == [
        "tháng 9 dương lịch"]


def test_a_stretch_of_months_past_the_years_end_ends_in_the_next_year():
    assert dated_spans("Mùa mưa ở Đông Lâm kéo dài từ tháng 10 đến tháng 2 năm sau.") == [
        ("tháng 10 đến tháng 2 năm sau", {"from": "2023-10", "to": "2024-02", "cert": "high", "evidence": "internal"})]


def test_a_unit_of_the_next_year_names_it():
    # "năm sau"/"năm tới" is the year after the date line's, whatever the month
    assert dated_spans("Đông Lâm sẽ hoàn thành đường ven biển trong quý II năm tới.", dateline="02/03/2025 08:00") == [
        ("quý II năm tới", {"from": "2026-04-01", "to": "2026-06-30", "cert": "high", "evidence": "internal"})]
    assert dated_spans("Cầu Hòa Minh thông xe vào ngày 20/1 năm sau.", dateline="28/12/2025 08:00") == [
        ("ngày 20/1 năm sau", {"when": "2026-01-20", "cert": "high", "evidence": "internal"})]
    assert dated_spans("Cầu Hòa Minh thông xe vào ngày 20/1 năm sau.", dateline="10/06/2025 08:00") == [
        ("ngày 20/1 năm sau", {"when": "2026-01-20", "cert": "high", "evidence": "internal"})]
    # a count of years before it is no date, and a written year keeps its own
    assert dated_spans("Đông Lâm sẽ trồng thêm rừng trong 5 năm tới.") == []
    assert dated_spans("Hạn chót là tháng 3/2027 năm sau.")[0] == ("tháng 3/2027", {"when": "2027-03"})
    # without it, the quarter is the date line's year's
    assert dated_spans("Đông Lâm sẽ hoàn thành đường ven biển trong quý II.", dateline="02/03/2025 08:00") == [
        ("quý II", {"from": "2025-04-01", "to": "2025-06-30", "cert": "high", "evidence": "internal"})]


def test_a_unit_of_the_year_before_names_it():
    # "năm ngoái"/"năm trước" after a month, quarter or day is the year before the date line's
    assert dated_spans("Giá lúa tăng mạnh từ tháng 9 năm ngoái.", dateline="20/02/2025 08:00") == [
        ("tháng 9 năm ngoái", {"when": "2024-09", "cert": "high", "evidence": "internal"})]
    assert dated_spans("Đông Lâm đã khởi công cầu trong quý III năm trước.", dateline="20/02/2025 08:00") == [
        ("quý III năm trước", {"from": "2024-07-01", "to": "2024-09-30", "cert": "high", "evidence": "internal"})]
    # a stretch whose end names the year shares it, or runs on from the year before
    assert dated_spans("Hạn hán kéo dài từ tháng 2 đến tháng 4 năm ngoái.", dateline="20/02/2025 08:00") == [
        ("tháng 2 đến tháng 4 năm ngoái", {"from": "2024-02", "to": "2024-04", "cert": "high", "evidence": "internal"})]
    assert dated_spans("Đông Lâm sẽ nạo vét kênh từ tháng 4 đến tháng 6 năm tới.", dateline="20/02/2025 08:00") == [
        ("tháng 4 đến tháng 6 năm tới", {"from": "2026-04", "to": "2026-06", "cert": "high", "evidence": "internal"})]
    # "năm trước đó" is the year before one the sentence tells of, not the article's;
    # "cùng kỳ năm trước" names no month
    assert dated_spans("Năm 2019 lũ lớn, tháng 8 năm trước đó hạn nặng.", dateline="20/02/2025 08:00")[1][0] == "tháng 8"
    assert dated_spans("Sản lượng tăng 5% so với cùng kỳ năm trước.", dateline="20/02/2025 08:00") == []


def test_a_month_announced_or_coming_already_past_this_year_is_next_years():
    assert dated_spans("Tỉnh Đông Lâm sẽ tổ chức hội chợ Hòa Minh vào tháng 2.", dateline="20/10/2025 08:00") == [
        ("tháng 2", {"when": "2026-02", "cert": "high", "evidence": "internal"})]
    assert dated_spans("Hội chợ Hòa Minh khai mạc trong tháng 4 tới.", dateline="20/10/2025 08:00") == [
        ("tháng 4", {"when": "2026-04", "cert": "high", "evidence": "internal"})]
    # a month told with no tense word stays the date line's year's
    assert dated_spans("Hội chợ Hòa Minh khai mạc hồi tháng 4.", dateline="20/10/2025 08:00") == [
        ("tháng 4", {"when": "2025-04", "cert": "high", "evidence": "internal"})]


def test_a_day_and_month_in_words_without_ngay_after_a_date_word():
    assert [t for t, _ in dated_spans("Các xã của Đông Lâm gửi báo cáo về huyện trước 20 tháng 9.")] == [
        "20 tháng 9"]
    # a count of months before a number names no day
    assert dated_spans("Công trình Hòa Minh thi công 20 tháng 9 hạng mục.") == []


def test_a_spelled_count_of_months_opens_a_half_year():
    assert dated_spans("Chín tháng đầu năm 2024, Đông Lâm thu ngân sách vượt dự toán.") == [
        ("Chín tháng đầu năm 2024", {"from": "2024-01-01", "to": "2024-09-30"})]


def test_a_quarter_in_a_heading_in_capitals():
    assert [t for t, _ in dated_spans("KINH TẾ ĐÔNG LÂM TĂNG TỐC TRONG QUÝ III")] == ["QUÝ III"]


def test_the_lunar_mark_after_a_range_says_it_of_the_first_day_too():
    # a range that comes round every year is no date, its first day no solar one either
    assert dated_spans("Hội làng Đông Lâm mở từ ngày 28 tháng 2 đến ngày 2 tháng 3 âm lịch hằng năm.") == []
    text, attrs = only("Hội làng Đông Lâm mở từ ngày 28 tháng 2 đến ngày 2 tháng 3 âm lịch.", dateline="15/10/2024 09:30")
    assert (text, attrs["from"], attrs["to"]) == ("ngày 28 tháng 2 đến ngày 2 tháng 3 âm lịch", "2025-03-27", "2025-03-30")


def test_the_days_opening_the_rows_of_a_table_of_days():
    table = "Lịch hội chợ như sau:\n\nNgày | Hoạt động\n{0}/8 | Khai mạc hội chợ\n{1}/8 | Bế mạc\n"
    # a day column's rows are days, of the date line's year by default
    assert dated_spans(table.format(2, 5), dateline="20/07/2025 08:00") == [
        ("2/8", {"when": "2025-08-02", "cert": "high", "evidence": "internal"}),
        ("5/8", {"when": "2025-08-05", "cert": "high", "evidence": "internal"})]
    # ... of the one year the article writes some of them with, all of them
    found = dated_spans("Hội chợ Hòa Minh diễn ra từ ngày 3 đến 5/8/2026.\n\n" + table.format(2, 5),
                        dateline="01/12/2025 08:00")
    assert [(t, a["when"]) for t, a in found[1:]] == [("2/8", "2026-08-02"), ("5/8", "2026-08-05")]
    # a first column headed otherwise holds ratios or scores, not days
    assert dated_spans("Kết quả như sau:\n\nTổ | Tỷ lệ\n1/2 | Đạt\n3/4 | Khá\n") == []
    # and a d/m later in a row's line of a day table is no day by this
    assert dated_spans("Kết quả như sau:\n\nNgày | Tỷ lệ\nĐầu tuần | 1/2\n") == []


def test_a_list_of_months_by_comma_closed_by_their_year():
    assert only("Lịch chi trả trợ cấp tháng 11, 12/2024 được công bố.") == \
        ("tháng 11, 12/2024", {"from": "2024-11", "to": "2024-12"})


def test_a_comma_after_a_month_without_a_year_after_it_closes_no_list():
    found = dated_spans("Trong tháng 9, 3 xã đã hoàn thành kế hoạch.")
    assert [text for text, _ in found] == ["tháng 9"]


def test_a_lunar_day_joined_to_its_year_s_name_by_a_dash():
    # in brackets it glosses the solar day before it, which it makes a day
    found = dated_spans("Tối 14-9 (23-8-Giáp Thìn), đoàn dâng hương tại đền.", dateline="10/09/2024 08:00")
    assert [(t, a["when"]) for t, a in found] == [("14-9", "2024-09-14"), ("23-8-Giáp Thìn", "2024-09-14")]
    # on its own it is converted, in the year it names
    assert only("Lễ giỗ Tổ rơi vào ngày 10-3-Ất Tỵ.", dateline="10/09/2024 08:00") == \
        ("ngày 10-3-Ất Tỵ", {"when": "2025-04-07"})


def test_a_dashed_day_and_month_before_a_bracket_of_no_lunar_day_stays_text():
    assert dated_spans("Đội khách thắng 14-9 (23-8 ở lượt đi).", dateline="10/09/2024 08:00") == []


def test_a_day_and_its_anniversary_set_apart_by_a_slash_stay_two_days():
    # (most gold lists mark them apart, unlike the dashed pair "19-8-1945 - 19-8-2025")
    found = dated_spans("Lễ kỷ niệm 80 năm Ngày Cách mạng (19-8-1945 / 19-8-2025) diễn ra trang trọng.")
    assert [text for text, _ in found] == ["19-8-1945", "19-8-2025"]


def test_a_dashed_day_and_month_glossed_by_a_lunar_day_is_a_day():
    found = dated_spans("Hôm nay, 14-9 (23-8-Giáp Thìn), đoàn dâng hương tại đền.", dateline="10/09/2024 08:00")
    assert [(t, a["when"]) for t, a in found] == [("14-9", "2024-09-14"), ("23-8-Giáp Thìn", "2024-09-14")]
    # a bracket with no lunar mark glosses nothing: "5-7" stays a score
    assert dated_spans("Hôm nay, đội nhà thắng 5-7 (3-4 ở hiệp một).", dateline="10/09/2024 08:00") == []


def test_a_year_in_the_cycle_is_the_turn_its_paragraph_writes_in_figures():
    # a past told with its lunar days: the paragraph writes 1945, and "Ất Dậu" is
    # that year's name, not the turn nearest the date line (2005)
    spans = dated_spans("Mùa thu năm 1945, làng Hòa Minh giành chính quyền. Đến ngày 12 tháng 8 năm Ất Dậu, "
                        "dân làng mít tinh ở sân đình.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("năm 1945", "1945"), ("ngày 12 tháng 8 năm Ất Dậu", "1945-09-17")]
    # a solar day glossed after a comma by the lunar one: the same day
    spans = dated_spans("Ngày 22/2/1931, tức ngày 6 tháng Giêng năm Tân Mùi, nông dân Đông Lâm kéo về huyện.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [
        ("Ngày 22/2/1931", "1931-02-22"), ("ngày 6 tháng Giêng năm Tân Mùi", "1931-02-22")]


def test_a_year_in_the_cycle_keeps_the_article_s_turn_beside_other_years():
    # 1926 is not a Quý Mão year: the feast is the date line's year's, as before
    spans = dated_spans("Năm nay kỷ niệm ngày khánh thành đình Hòa Minh (1926), lễ chính vào rằm tháng Mười "
                        "năm Quý Mão.")
    assert [(text, attrs.get("when")) for text, attrs in spans] == [("1926", "1926"), ("rằm tháng Mười năm Quý Mão", "2023-11-27")]
    # ... and so when the paragraph also writes that turn's year in figures
    spans = dated_spans("Từ năm 1963 đến năm 2023, lễ hội Hòa Minh được tổ chức vào rằm tháng Giêng năm Quý Mão.")
    assert spans[-1] == ("rằm tháng Giêng năm Quý Mão", {"when": "2023-02-05"})


def test_a_stretch_to_the_start_middle_or_end_of_a_year_is_one_period():
    assert only("Từ tháng 4/1946 đến cuối năm 1947, làng Hòa Minh lập ba đội du kích.") == \
        ("tháng 4/1946 đến cuối năm 1947", {"from": "1946-04", "to": "1947"})
    assert only("Từ quý II/2021 đến giữa năm 2022, Đông Lâm làm xong con đê.")[1] == {"from": "2021-04-01", "to": "2022"}


def test_a_part_of_a_year_after_a_clause_or_now_stays_a_year_of_its_own():
    spans = dated_spans("Năm 2019, Hòa Minh còn 30 hộ nghèo; đến cuối năm 2022 còn 4 hộ.")
    assert [text for text, _ in spans] == ["Năm 2019", "năm 2022"]
    assert [text for text, _ in dated_spans("Từ nay đến cuối năm 2023, Đông Lâm làm xong con đê.")] == ["năm 2023"]


def test_hours_from_one_day_to_the_next_are_two_days():
    # a window of hours over a night: its two days apart, the hours outside
    assert dated_spans("Từ 20h ngày 3/10/2024 đến 6h ngày 4/10/2024, Đông Lâm mưa to.") == [
        ("ngày 3/10/2024", {"when": "2024-10-03"}), ("ngày 4/10/2024", {"when": "2024-10-04"})]
    assert [text for text, _ in dated_spans("Lễ viếng từ 13 giờ ngày 31/12 đến 9 giờ ngày 1/1 tại Hòa Minh.")] == [
        "ngày 31/12", "ngày 1/1"]
    # a longer stretch read to the hour stays one period
    assert [text for text, _ in dated_spans("Cổng đăng ký mở từ 9h ngày 3/10/2024 đến 16h ngày 8/10/2024.")] == [
        "9h ngày 3/10/2024 đến 16h ngày 8/10/2024"]


def test_a_period_across_years_lends_no_year_to_the_days_before_it():
    # an anniversary's span of years is no entry of a schedule: the date line settles the visit
    spans = dated_spans("Đoàn thăm Hòa Minh từ ngày 3 đến 6/10 nhân dịp kỷ niệm 30 năm quan hệ hai tỉnh "
                        "(12/11/1996 - 12/11/2026).", dateline="28/09/2025 08:15")
    assert [(t, a.get("from")) for t, a in spans] == [("ngày 3 đến 6/10", "2025-10-03"),
                                                      ("12/11/1996 - 12/11/2026", "1996-11-12")]
    # a schedule's last period, within its year, still gives it to the first
    spans = dated_spans("Tỉnh Đông Lâm (từ ngày 3 đến ngày 6-5), tỉnh Hòa Minh (từ ngày 12/10/2026 "
                        "đến ngày 15/10/2026).", dateline="28/09/2025 08:15")
    assert spans[0][1].get("from") == "2026-05-03"


def test_the_full_moon_opens_a_range_of_lunar_days():
    # lunar 2023's seventh month (date line 15/08/2023): the 15th is 30/8, the 18th 2/9
    text, attrs = only("Hòa Minh mở hội đua ghe từ rằm đến 18 tháng Bảy âm lịch.")
    assert (text, attrs.get("from"), attrs.get("to")) == ("rằm đến 18 tháng Bảy âm lịch", "2023-08-30", "2023-09-02")
    # the full moon with its own month stays a day of its own
    assert [t for t, _ in dated_spans("Đông Lâm mở hội vào rằm tháng Giêng và 20 tháng Hai âm lịch.")] \
        == ["rằm tháng Giêng", "20 tháng Hai âm lịch"]


def test_a_lunar_month_with_its_mark_is_the_period_of_its_days():
    # date line 15/08/2023: lunar 2023's seventh month, 16/8 to 14/9
    text, attrs = only("Các gia đình Hòa Minh sửa sang nhà cửa từ tháng 7 âm lịch.")
    assert (text, attrs.get("from"), attrs.get("to")) == ("tháng 7 âm lịch", "2023-08-16", "2023-09-14")
    # two in a row with the mark after the second are one period, by name as by number
    text, attrs = only("Đông Lâm thiếu nước nhất vào tháng Ba, tháng Tư âm lịch, khi kênh cạn.")
    assert (text, attrs.get("from"), attrs.get("to")) == ("tháng Ba, tháng Tư âm lịch", "2023-04-20", "2023-06-17")
    # a month the sentence says comes round is no date; a solar month stays solar
    assert dated_spans("Hội làng thường mở vào tháng 9, tháng 10 âm lịch sau vụ gặt.") == []
    assert dated_spans("Lễ cúng rừng được tổ chức định kỳ vào tháng 6 âm lịch.") == []
    assert dated_spans("Hội làng mở vào tháng 9, tháng 10 âm lịch hằng năm.") == []
    # nor is one the old days saw come round, told as a custom
    assert dated_spans("Bà kể, ngày xưa, cứ gặt xong vào tháng Chín, tháng Mười âm lịch, xóm nào cũng mở hội.") == []
    assert dated_spans("Trước kia, làng Hòa Minh mở hội vào tháng 8 âm lịch.") == []
    # a month of this year's plans, with no such word, stays a period
    assert only("Bà kể, năm nay Hòa Minh mở hội vào tháng Chín, tháng Mười âm lịch.")[0] == "tháng Chín, tháng Mười âm lịch"
    assert only("Hòa Minh thu hoạch lúa trong tháng 7.")[1].get("when") == "2023-07"


def test_a_day_told_after_vua_roi_lies_behind_the_date_line():
    # date line 15/11/2023: the full moon of the twelfth month nearest it is 25/1/2024,
    # but a season "vừa rồi" is one gone by: lunar 2022's, 6/1/2023
    told = "Bà kể mùa vừa rồi bà bắt đầu tỉa cành từ rằm tháng Chạp để cây ra hoa sớm."
    assert only(told, dateline="15/11/2023 09:30")[1]["when"] == "2023-01-06"
    # without it, or once the sentence turns to what is coming, the nearest stays
    for sentence in ("Bà bắt đầu tỉa cành từ rằm tháng Chạp.",
                     "Mùa vừa qua được giá, năm nay bà sẽ tỉa cành từ rằm tháng Chạp."):
        assert only(sentence, dateline="15/11/2023 09:30")[1]["when"] == "2024-01-25"


def test_a_day_told_again_inside_a_past_stretch_of_days_is_of_its_year():
    # date line 15/08/2023: the stretch written with 1954 dates the night told after it
    told = "Từ ngày 5 đến 8/5/1954, quân ta vây đồi A1. Ngay trong đêm 6/5, khối bộc phá được kích nổ."
    assert [(t, a.get("when")) for t, a in dated_spans(told)][1] == ("6/5", "1954-05-06")
    # a day outside the stretch, or after another year written, stays the date line's
    outside = "Từ ngày 5 đến 8/5/1954, quân ta vây đồi A1. Sáng 9/5, tỉnh dâng hương."
    assert [(t, a.get("when")) for t, a in dated_spans(outside)][1] == ("9/5", "2023-05-09")
    later = "Từ ngày 5 đến 8/5/1954, quân ta vây đồi A1. Năm 2023, tỉnh tổ chức lễ vào ngày 6/5."
    assert [(t, a.get("when")) for t, a in dated_spans(later)][-1] == ("ngày 6/5", "2023-05-06")


def test_a_day_dating_the_event_of_a_since_clause_opens_no_stretch():
    # "từ khi" opens the stretch; the day dates the law's coming into force
    told = "Từ khi luật có hiệu lực ngày 1/7/2016 đến hết năm 2022, Hòa Minh thu 30 tỷ đồng."
    assert [t for t, _ in dated_spans(told)] == ["ngày 1/7/2016", "năm 2022"]
    # a day after its own "từ" still opens one
    own = "Từ khi được giao, từ ngày 1/7/2016 đến hết năm 2022, Hòa Minh thu 30 tỷ đồng."
    assert [t for t, _ in dated_spans(own)] == ["ngày 1/7/2016 đến hết năm 2022"]
    # nor does the clause part a pair its dash joins, an anniversary's
    pair = "Từ khi hai nước lập quan hệ ngoại giao (15/3/1973 - 15/3/2023), hợp tác ngày càng sâu."
    assert [t for t, _ in dated_spans(pair)] == ["15/3/1973 - 15/3/2023"]
