"""Rules added in session 12, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction, roles as _roles


def test_a_masthead_s_date_of_today_gives_way_to_the_article_s_own_date_line():
    text = ("BÁO TÂY BẮC\nThứ Tư, 12/06/2021 | Hà Nội 30°C | Đăng nhập | Đăng ký\nThời sự | Chính trị\n"
            "11/06/2021 16:20\n\nChiều 11/6, Huyện ủy Quỳnh Nhai tổ chức hội nghị sơ kết.")
    assert extraction(text).published.iso() == "2021-06-11"
    alone = "Thứ Tư, 12/06/2021 | Đăng nhập\n\nChiều 11/6, Huyện ủy Quỳnh Nhai tổ chức hội nghị sơ kết."
    assert extraction(alone).published.iso() == "2021-06-12"  # (no other date line: the page's day)


def test_committees_listed_bare_before_the_party_committee_that_ends_the_list_are_its():
    text = ("Sáng 3/8/2025, Tỉnh ủy Tuyên Quang tổ chức hội nghị. Bà Lò Thị Nhàn công bố Quyết định số 2311-QĐ/TU "
            "của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy "
            "xã Minh Quang nhiệm kỳ 2025 - 2030.")
    bodies = _bodies(text)
    assert ("Ban Chấp hành Đảng bộ xã Minh Quang", "ExecutiveCommittee") in bodies
    assert ("Ban Thường vụ Đảng ủy xã Minh Quang", "StandingCommittee") in bodies


def test_a_bare_standing_committee_counted_after_the_executive_committee_is_of_the_same_party_committee():
    text = ("Sáng 3/8/2025, Đảng bộ xã Minh Quang tổ chức đại hội. BCH Đảng bộ xã Minh Quang gồm 27 đồng chí, "
            "Ban Thường vụ gồm 7 đồng chí.")
    assert ("Ban Thường vụ Đảng ủy xã Minh Quang", "StandingCommittee") in _bodies(text)
    leaving = ("Ngày 3/8/2023, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1851-QĐ/TU điều động ông Hà Văn Lâm, "
               "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Huyện ủy Hàm Yên.")
    assert not any(kind == "ExecutiveCommittee" for _, kind in _bodies(leaving))


def test_a_centre_named_in_lower_case_after_its_first_word_keeps_its_whole_name():
    text = ("Sáng 9/5/2023, Sở Giao thông vận tải tỉnh Hòa Bình tổ chức hội nghị. Ông Bùi Văn Tiệp, Giám đốc "
            "Trung tâm Đăng kiểm xe cơ giới 28-02D, phát biểu. Bà Quách Thị Nhụ, Giám đốc Trung tâm Tư vấn pháp "
            "luật Sở Tư pháp tỉnh Hòa Bình cũng dự.")
    roles = _roles(text)
    assert ("Bùi Văn Tiệp", "Giám đốc", "Trung tâm Đăng kiểm xe cơ giới 28-02D") in roles
    assert any(body.startswith("Trung tâm Tư vấn pháp luật") for name, _, body in roles if name == "Quách Thị Nhụ")
    assert not any(name.startswith("Trung tâm Phục") for name, _ in _bodies(
        "Ngày 9/5/2023, UBND tỉnh Hòa Bình tổ chức hội nghị. Trung tâm Phục vụ hành chính công sau 6 tháng vận "
        "hành đã tiếp nhận hồ sơ."))
