"""Title chains, names and bodies in invented sentences of the genre (not the seeds)."""
import pytest

from graph.extract.scan import scan_sentence


def roles_of(sentence):
    """{name: [(role, body head, area name of the body or its committee)]}"""
    found = {}
    for person in scan_sentence(sentence).persons:
        entries = []
        for title, body in person.roles:
            area = None
            spec = body
            while spec is not None and area is None:
                area, spec = spec.area_name, spec.of
            entries.append((title.role, body.head if body else None, area))
        found.setdefault(person.name, []).extend(entries)
    return found


@pytest.mark.parametrize("sentence, expected", [
    # title body Name
    ("Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký phát biểu chỉ đạo.",
     {"Nguyễn Xuân Ký": [("Bí thư", "Tỉnh ủy", "Quảng Ninh")]}),
    # stacked titles joined by a dash, then a second person
    ("Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Lê Văn Bình và Chủ tịch UBND tỉnh Phạm Thị Hoa chủ trì hội nghị.",
     {"Lê Văn Bình": [("Bí thư", "Tỉnh ủy", None), ("Chủ tịch", "Hội đồng nhân dân", None)],
      "Phạm Thị Hoa": [("Chủ tịch", "Ủy ban nhân dân", None)]}),
    # Name - title body
    ("Ông Đặng Văn Tuấn - Bí thư Đảng ủy xã Cẩm Vịnh phát biểu ý kiến.",
     {"Đặng Văn Tuấn": [("Bí thư", "Đảng ủy", "Cẩm Vịnh")]}),
    # đồng chí Name, title, title
    ("Dự hội nghị có đồng chí Ngô Thanh Sơn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
     {"Ngô Thanh Sơn": [("Ủy viên", "Trung ương", None), ("Bí thư", "Tỉnh ủy", None),
                        ("Chủ tịch", "Hội đồng nhân dân", None)]}),
    # a title shared by a list
    ("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trần Văn Lâm, Hồ Thị Mai cùng dự.",
     {"Trần Văn Lâm": [("Ủy viên", "Ban Thường vụ", None)], "Hồ Thị Mai": [("Ủy viên", "Ban Thường vụ", None)]}),
    # Trưởng ban + department fused
    ("Trưởng ban Dân vận Huyện ủy Kỳ Anh Nguyễn Thị Lan báo cáo.",
     {"Nguyễn Thị Lan": [("Trưởng ban", "Ban Dân vận", "Kỳ Anh")]}),
    # abbreviations
    ("Đồng chí Lò Văn Sinh, UVTV, Trưởng Ban Tổ chức Tỉnh ủy tham dự.",
     {"Lò Văn Sinh": [("Ủy viên", "Ban Thường vụ", None), ("Trưởng ban", "Ban Tổ chức", None)]}),
    # a military rank is not a role and not part of the name
    ("Đại tá Giàng A Chu, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.",
     {"Giàng A Chu": [("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự", None)]}),
    # a former post is not a role
    ("Ông Nguyễn Văn Hải, nguyên Chủ tịch UBND huyện Nghi Lộc, cũng tham dự.", {"Nguyễn Văn Hải": []}),
    # an elected post is a role
    ("Đồng chí Lò Thị Mai được bầu giữ chức Bí thư Đảng ủy phường Yên Bái.",
     {"Lò Thị Mai": [("Bí thư", "Đảng ủy", "Yên Bái")]}),
    # a national leader
    ("Tổng Bí thư Tô Lâm chủ trì cuộc họp.", {"Tô Lâm": [("Tổng Bí thư", "Trung ương", None)]}),
    # a minister
    ("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà phát biểu.", {"Phạm Thị Thanh Trà": [("Bộ trưởng", "Bộ", None)]}),
])
def test_extract_scan_title_shapes(sentence, expected):
    assert roles_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Hà Tĩnh xác định phát triển kinh tế là trọng tâm.",
    "Quán triệt tư tưởng Hồ Chí Minh trong toàn Đảng bộ.",
    "Lãnh đạo các tỉnh Quảng Ninh, Hải Phòng, Nam Định tham dự.",
])
def test_extract_scan_no_person_without_a_cue(sentence):
    assert scan_sentence(sentence).persons == []


def test_extract_scan_unnamed_title_chain_is_pending():
    scan = scan_sentence("Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu.")
    assert scan.persons == []
    assert [[t.role for t, _ in chain] for chain in scan.pending] == [["Phó Bí thư", "Chủ tịch"]]


def test_extract_scan_elliptical_committee_is_shared():
    scan = scan_sentence("BCH, BTV Thành ủy tiếp tục phát huy đoàn kết.")
    heads = [(b.head, b.of.head if b.of else None, b.surface) for b in scan.bodies]
    assert ("Ban Chấp hành", "Thành ủy", "BCH Thành ủy") in heads
    assert ("Ban Thường vụ", "Thành ủy", "BTV Thành ủy") in heads


def test_extract_scan_new_post_after_giu_chuc():
    found = roles_of("Điều động đồng chí Trần Văn Bình, Tỉnh ủy viên, Bí thư Huyện ủy Can Lộc giữ chức "
                     "Giám đốc Sở Nội vụ.")
    assert ("Giám đốc", "Sở", None) in found["Trần Văn Bình"]
    assert ("Bí thư", "Huyện ủy", "Can Lộc") in found["Trần Văn Bình"]
