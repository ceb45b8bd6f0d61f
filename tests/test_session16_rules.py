"""Rules added in session 16, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


def test_a_centre_named_by_two_tasks_joined_by_a_comma_is_one_body():
    text = ("Ngày 5/3/2024, tỉnh Hòa Bình đưa vào vận hành Trung tâm Giám sát, điều hành đô thị thông minh (IOC) "
            "tỉnh. UBND tỉnh giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh đổi mới cách làm. "
            "Trung tâm Y tế, bệnh viện và trạm y tế xã phối hợp.")
    names = {name for name, _ in _bodies(text)}
    assert "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Hòa Bình" in names
    assert "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Hòa Bình" in names
    assert "Trung tâm Y tế" in names


def test_less_common_surnames_begin_a_name_after_a_rank():
    text = ("Ngày 5/3/2022, Công an tỉnh Lai Châu họp. Trung tá Phù Văn Kiên, Phó Trưởng Công an huyện Sìn Hồ "
            "nêu khó khăn; Thiếu tá Khiếu Đình Hòa báo cáo. Tiết kiệm chi thường xuyên được chú trọng.")
    names = {person.name for person in _extraction(text).persons}
    assert names == {"Phù Văn Kiên", "Khiếu Đình Hòa"}
    assert ("Phù Văn Kiên", "Phó Trưởng", "Công an huyện Sìn Hồ") in _roles(text)


def test_a_bare_centre_or_school_after_a_director_s_title_is_the_one_named_before():
    text = ("Ngày 5/3/2022, UBND tỉnh Gia Lai họp. Đại diện Trường THPT Hùng Vương, bà Rơ Châm Hlin, Hiệu trưởng "
            "Trường cho biết. Ông Ksor Bem, Giám đốc Trung tâm Y tế huyện Ia Pa phát biểu. Ông Nay Blin, Phó Giám "
            "đốc Trung tâm nêu kiến nghị.")
    roles = _roles(text)
    assert ("Rơ Châm Hlin", "Hiệu trưởng", "Trường Trung học phổ thông Hùng Vương") in roles
    assert ("Nay Blin", "Phó Giám đốc", "Trung tâm Y tế huyện Ia Pa") in roles


def test_a_school_named_after_a_person_keeps_the_namesake_in_its_name():
    text = ("Ngày 5/9/2023, UBND tỉnh Lạng Sơn dự khai giảng. Ông Hoàng Văn Pản, Hiệu trưởng Trường THCS Lê Lợi "
            "báo cáo.")
    assert ("Hoàng Văn Pản", "Hiệu trưởng", "Trường Trung học cơ sở Lê Lợi") in _roles(text)


def test_a_national_firm_s_provincial_unit_named_by_its_brand_unglossed():
    text = ("Ngày 5/3/2024, UBND tỉnh Hà Nam họp về chuyển đổi số. Ông Trịnh Văn Thống, Giám đốc VNPT Hà Nam báo "
            "cáo; ông Đinh Quốc Hưng, Giám đốc Viettel Hà Nam phát biểu.")
    roles = _roles(text)
    assert ("Trịnh Văn Thống", "Giám đốc", "VNPT Hà Nam") in roles
    assert ("Đinh Quốc Hưng", "Giám đốc", "Viettel Hà Nam") in roles


def test_a_provincial_paper_s_masthead_names_the_province_of_a_district_s_news():
    text = ("BÁO TUYÊN QUANG ĐIỆN TỬ\nChính trị | Xã hội\n\nNgày 5/3/2024, Huyện ủy Lâm Bình tổ chức hội nghị. "
            "Đồng chí Ma Văn Pồng, Bí thư Huyện ủy chủ trì.")
    areas = {(area.name, area.kind) for area, _ in _extraction(text).areas.values()}
    assert ("Tuyên Quang", "Province") in areas
    national = text.replace("BÁO TUYÊN QUANG ĐIỆN TỬ", "BÁO NHÂN DÂN")
    assert ("Tuyên Quang", "Province") not in {(area.name, area.kind) for area, _ in _extraction(national).areas.values()}


def test_a_division_named_by_two_tasks_joined_by_a_comma_is_one_division():
    text = ("Ngày 2/4/2025, Tỉnh ủy Quảng Bình công bố quyết định. Bà Đinh Thị Mơ, Trưởng phòng Kiểm tra, giám sát "
            "số 4, Ủy ban Kiểm tra Tỉnh ủy, công bố quyết định; ông Cao Văn Lự, Trưởng phòng Công chức, viên chức "
            "Sở Nội vụ giữ chức Phó Giám đốc; ông Trần Văn Hiếu, Trưởng phòng Nội vụ, phòng Tài chính huyện dự.")
    bodies = _bodies(text)
    assert ("Phòng Kiểm tra, giám sát số 4", "PartyAgency") in bodies
    assert ("Cao Văn Lự", "Trưởng phòng", "Phòng Công chức, viên chức Sở Nội vụ") in _roles(text)
    assert not any(name.startswith("Phòng Nội vụ, ") for name, _ in bodies)
