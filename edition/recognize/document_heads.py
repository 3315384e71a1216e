"""Document words shared by the recognizers that must tell a document's
number from a date: kept apart from ``directives`` so that the dates stage
does not pull in the directive recognizer and what it imports."""

from __future__ import annotations

#: Heads of documents known by a bare number on their own: "Nghị quyết 36",
#: and the national projects and programmes "Đề án 06", "Chương trình 135".
SHORT_FORM_HEADS = frozenset({"Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Nghị định", "Thông tư",
                              "Quy định", "Công điện", "Đề án", "Chương trình"})
