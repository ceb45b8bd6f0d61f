"""Document citations in their usual forms (invented sentences of the genre)."""
import pytest

from graph.extract.documents import find_documents, kind_from_code
from graph.extract.tokens import tokenize
from graph.normalize import modern_tones


def docs(sentence):
    sentence = modern_tones(sentence)
    return [(d.kind, d.number, d.date.iso() if d.date else None, d.issuer.surface if d.issuer else None, d.term)
            for d in find_documents(sentence, tokenize(sentence))]


@pytest.mark.parametrize("sentence, expected", [
    ("Quán triệt Nghị quyết số 21-NQ/TU ngày 5/3/2018 của BTV Tỉnh ủy về công tác cán bộ.",
     [("Resolution", "21-NQ/TU", "2018-03-05", "BTV Tỉnh ủy", None)]),
    ("Thực hiện Chỉ thị 12-CT/TW của Ban Bí thư.", [("Directive", "12-CT/TW", None, "Ban Bí thư", None)]),
    ("Theo Nghị định số 33/2023/NĐ-CP, ngày 10/6/2023.", [("Decree", "33/2023/NĐ-CP", "2023-06-10", None, None)]),
    ("Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.",
     [("Conclusion", "14-KL/TW", "2021-09-22", "Bộ Chính trị", None)]),
    ("Nghị quyết 26 của Ban Chấp hành Trung ương (khoá X) về nông nghiệp.",
     [("Resolution", "26", None, "Ban Chấp hành Trung ương", "X")]),
    ("Quyết định số 1527/QĐ-UBND ngày 12/7/2022 của UBND tỉnh Nghệ An.",
     [("Decision", "1527/QĐ-UBND", "2022-07-12", "UBND tỉnh Nghệ An", None)]),
    ("Kế hoạch số 88-KH/TU và Thông báo số 120-TB/TU của Thường trực Tỉnh ủy.",
     [("Plan", "88-KH/TU", None, "Thường trực Tỉnh ủy", None),
      ("Notice", "120-TB/TU", None, "Thường trực Tỉnh ủy", None)]),
    ("Thực hiện nghiêm Điều lệ Đảng.", [("Charter", None, None, None, None)]),
    ("Các nghị quyết chuyên đề của tỉnh đã được ban hành.", []),
])
def test_extract_documents_forms(sentence, expected):
    assert docs(sentence) == expected


@pytest.mark.parametrize("number, kind", [
    ("09-NQ/TU", "Resolution"), ("35-CT/TW", "Directive"), ("48-KL/TW", "Conclusion"),
    ("1567-CV/TU", "OfficialLetter"), ("34/2019/NĐ-CP", "Decree"), ("45-KH/TU", "Plan"), ("7-TB/TU", "Notice"),
])
def test_extract_documents_kind_from_code(number, kind):
    assert kind_from_code(number) == kind
