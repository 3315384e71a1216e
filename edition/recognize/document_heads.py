"""Document words shared by the recognizers: the directives stage marks the
documents; the dates stage must tell a document's number from a year, and the
persons stage a document from a title's body.  Kept apart from
``directives`` so that those stages do not pull in the directive recognizer
and what it imports."""

from __future__ import annotations

#: Heads of documents known by a bare number on their own: "Nghị quyết 36",
#: the national projects and programmes "Đề án 06", "Chương trình 135", and
#: orders, a foreign state's decrees among them ("Lệnh 248 của Tổng cục Hải quan Trung Quốc"),
#: and an army's orders ("Quân lệnh số 2").
SHORT_FORM_HEADS = frozenset({"Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Nghị định", "Thông tư",
                              "Quy định", "Công điện", "Đề án", "Chương trình", "Lệnh", "Quân lệnh"})

#: Document words, longest first; a capitalised one mid-sentence starts a title.
NUMBERED_HEADS = [
    "Chương trình hành động", "Nghị quyết liên tịch", "Thông tư liên tịch", "Nghị quyết",
    "Chỉ thị", "Kết luận", "Quyết định", "Nghị định", "Thông tư", "Công điện", "Công văn",
    "Quy định", "Quy chế", "Thông báo", "Hướng dẫn", "Chương trình", "Kế hoạch", "Văn bản",
    "Bộ luật", "Luật", "Pháp lệnh", "Đề án",
    # A court's judgment is cited by its number as a decision is ("bản án số 27/2024/HS-ST"),
    # and so is the procuracy's indictment ("Cáo trạng số 215/CT-VKS-P3").
    "Bản án", "Cáo trạng",
    # The Supreme Court's precedents, which judgments apply, by their numbers ("Án lệ số 12/2017/AL").
    "Án lệ",
    # A submission and a report are cited by their numbers ("Tờ trình số 12/TTr-UBND",
    # "Báo cáo số 45/BC-UBND"), and so is an order, with the act it orders before
    # the number ("Lệnh vận hành số 02/LVH-BCĐ"); a military command's order is a
    # "Mệnh lệnh" ("Mệnh lệnh số 10/ML-BTL"), not an order inside another word;
    # an army's order is a "Quân lệnh", numbered in its series ("Quân lệnh số 2");
    # the President's decrees of 1945-1959 are "Sắc lệnh" ("Sắc lệnh số 34/SL"),
    # not an order inside another word.
    "Tờ trình", "Báo cáo", "Mệnh lệnh", "Quân lệnh", "Sắc lệnh", "Lệnh",
    # A Buddhist Sangha's circular to its members is cited by its number as a
    # notice is ("Thông bạch số 05/TB-HĐTS").
    "Thông bạch",
]
# Heads that name a document by a title when no number follows.
# A code ("Bộ luật Dân sự") is a law of its own, not "Luật Dân sự" inside "Bộ".
# A procedure a decision issues is named as a regulation is ("Quy trình vận hành liên hồ chứa ..."),
# and so is a set of criteria ("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025"),
# and a code of conduct or of a profession's ethics ("Quy tắc ứng xử của cán bộ ...").
# A white paper sets out a ministry's policy under its title ("Sách trắng Quốc
# phòng Việt Nam năm 2019").  The forces' service regulations are named by the
# force or the matter they rule ("Điều lệnh Quản lý bộ đội", "Điều lệnh Công an nhân dân").
TITLE_HEADS = ["Chương trình", "Kế hoạch", "Chiến lược", "Đề án", "Quy chế", "Quy trình", "Quy hoạch",
               "Quy tắc", "Bộ luật", "Luật", "Pháp lệnh", "Điều lệnh", "Điều lệ", "Bộ tiêu chí", "Sách trắng"]

#: Agreements between states or provinces, frameworks, charters and declarations,
#: a joint statement among them, named by the meeting that adopts it ("Tuyên bố
#: chung Hội nghị ... lần thứ N", its rest capitalised), and so is a joint
#: communiqué ("Thông cáo chung Hội nghị ..."); a framework two states adopt
#: is named by its field and its parties ("Khung kết nối kinh tế A - B"); the
#: longer head first (see ``directives._agreement_candidates``).
AGREEMENT_HEADS = ["Hiệp định", "Hiệp ước", "Thỏa thuận", "Thoả thuận", "Biên bản ghi nhớ",
                   "Bản ghi nhớ", "Biên bản", "Công ước", "Nghị định thư", "Khung hành động",
                   "Hiến chương", "Tuyên bố chung", "Tuyên bố", "Thông cáo chung", "Bộ quy tắc", "Bộ Quy tắc", "Khung"]

#: Every document word, longest first (for alternations that must try the
#: longer words first: "Nghị quyết liên tịch" before "Nghị quyết").
DOCUMENT_HEADS = sorted({*NUMBERED_HEADS, *TITLE_HEADS}, key=lambda head: (-len(head), head))
