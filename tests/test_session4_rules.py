"""Rules added after the ninth and tenth blind sets (t79–t98), on invented sentences of
the genre (other names, places and numbers than the test articles)."""
from graph.extract.dates import infer_year
from graph.pipeline import read_extraction
from graph.types import RawArticle


def _extraction(text):
    return read_extraction(RawArticle("s4.txt", text))


def _bodies(text):
    return {(body.name, body.kind) for body, _, _ in _extraction(text).bodies.values()}


def _roles(text):
    return {(p.name, r.title, r.body.name) for p in _extraction(text).persons for r in p.roles}


def test_short_forms_of_agency_names_are_spelled_out():
    roles = _roles("Chiều 3/5, UBND tỉnh Quảng Ngãi làm việc với Sở NN&PTNT. Ông Lê Văn Khải, Giám đốc Sở "
                   "Nông nghiệp và PTNT; bà Đặng Thị Lụa, Phó Giám đốc Sở LĐ-TB&XH tỉnh Quảng Ngãi cùng dự.")
    assert roles == {("Lê Văn Khải", "Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi"),
                     ("Đặng Thị Lụa", "Phó Giám đốc", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi")}


def test_agencies_listed_after_cac_so_are_each_a_department():
    bodies = _bodies("Sáng 8/6, UBND tỉnh Phú Thọ họp. Dự họp có lãnh đạo các sở: Nội vụ, Tài chính, Giáo dục và "
                     "Đào tạo và đại diện các Bộ Công an, Quốc phòng.")
    assert {("Sở Nội vụ tỉnh Phú Thọ", "Government"), ("Sở Tài chính tỉnh Phú Thọ", "Government"),
            ("Sở Giáo dục và Đào tạo tỉnh Phú Thọ", "Government"), ("Bộ Công an", "Government"),
            ("Bộ Quốc phòng", "Government")} <= bodies


def test_the_office_of_a_state_body():
    bodies = _bodies("Sáng 8/6, dự hội nghị có lãnh đạo Văn phòng UBND tỉnh Yên Bái và Văn phòng Đoàn ĐBQH và HĐND "
                     "tỉnh Yên Bái.")
    assert ("Văn phòng Ủy ban nhân dân tỉnh Yên Bái", "Government") in bodies
    assert ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Yên Bái", "Government") in bodies


def test_a_sub_department_and_its_head():
    roles = _roles("Sáng 2/3, UBND tỉnh Sơn La làm việc với ngành nông nghiệp. Ông Cầm Văn Hùng - Chi cục trưởng "
                   "Chi cục Kiểm lâm cho biết đã lập 80 tổ xung kích.")
    assert roles == {("Cầm Văn Hùng", "Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Sơn La")}


def test_the_fronts_ban_thuong_truc_keeps_its_name():
    bodies = _bodies("Ngày 4/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang ban hành Kế hoạch số "
                     "25/KH-MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc.")
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang", "OtherOrganization") in bodies


def test_police_are_other_and_their_chief_is_truong():
    extraction = _extraction("Sáng 5/4/2024, HĐND huyện Thạch Hà họp. Kỳ họp bầu Thượng tá Phan Đình Lâm, Trưởng "
                             "Công an huyện Thạch Hà giữ chức Ủy viên UBND huyện.")
    police = [body for body, _, _ in extraction.bodies.values() if body.name.startswith("Công an")]
    assert [(body.name, body.kind) for body in police] == [("Công an huyện Thạch Hà", "OtherOrganization")]
    assert ("Phan Đình Lâm", "Trưởng", "Công an huyện Thạch Hà") in {
        (p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}


def test_a_district_named_like_another_province_is_not_that_province():
    extraction = _extraction("Ngày 2/10/2024, Ban Thường vụ Tỉnh ủy Bạc Liêu công bố quyết định điều động đồng chí "
                             "Lâm Văn Tùng, Bí thư Huyện ủy Phước Long giữ chức Bí thư Huyện ủy Hòa Bình.")
    kinds = {(area.name, area.kind) for area, _ in extraction.areas.values()}
    assert ("Hòa Bình", "District") in kinds and ("Hòa Bình", "Province") not in kinds
    extraction = _extraction("Ngày 2/10/2024, Thành ủy Lạng Sơn tổ chức hội nghị.")  # a city: its province is meant too
    assert ("Lạng Sơn", "Province") in {(a.name, a.kind) for a, _ in extraction.areas.values()}


def test_a_year_end_report_is_dated_by_the_year_it_reviews():
    text = ("Sáng 21/12, HĐND huyện khai mạc kỳ họp cuối năm 2022, quyết định nhiệm vụ năm 2023 "
            "và dự toán ngân sách năm 2023.")
    assert infer_year(text, 12) == 2022
    assert infer_year(text, 1) == 2023  # in January the plan's year is the report's
    assert infer_year("Sáng 20/12, so với năm 2021, năm 2022 thu ngân sách tăng 8%.", 12) == 2022
    assert infer_year(text) == 2023


def test_the_head_of_a_working_delegation():
    roles = _roles("Sáng 6/5/2024, Đoàn công tác của Ban Bí thư do đồng chí Trịnh Văn Lộc, Bí thư Trung ương Đảng "
                   "làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Kon Tum.")
    assert ("Trịnh Văn Lộc", "Trưởng đoàn", "Đoàn công tác của Ban Bí thư") in roles
    assert ("Trịnh Văn Lộc", "Bí thư", "Ban Chấp hành Trung ương Đảng") in roles
    roles = _roles("Chiều 2/6/2024, Đoàn công tác của Chính phủ do Phó Thủ tướng Lê Minh Hòa làm trưởng đoàn đã "
                   "kiểm tra dự án.")
    assert ("Lê Minh Hòa", "Trưởng đoàn", "Đoàn công tác của Chính phủ") in roles


def test_a_centre_named_in_two_parts():
    bodies = _bodies("Ngày 2/3/2024, Đảng ủy xã Tân Lập phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục "
                     "thường xuyên huyện Đồng Phú mở lớp bổ túc.")
    assert ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Đồng Phú", "OtherOrganization") in bodies
