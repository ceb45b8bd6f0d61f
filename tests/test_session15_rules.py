"""Rules added in session 15, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


def test_a_post_appointed_at_the_new_workplace_is_the_transferred_official_s():
    text = ("Ngày 3/10/2025, Ban Thường vụ Tỉnh ủy Nghệ An điều động đồng chí Lương Văn Tỏa, Bí thư Đảng ủy xã "
            "Con Cuông đến nhận công tác tại Ban Tổ chức Tỉnh ủy, chỉ định giữ chức Phó Trưởng ban.")
    roles = _roles(text)
    assert ("Lương Văn Tỏa", "Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy Nghệ An") in roles
    assert ("Lương Văn Tỏa", "Bí thư", "Đảng ủy xã Con Cuông") in roles


def test_the_unit_bodies_of_a_plural_name_no_one_body():
    text = ("Ngày 5/12/2025, Tỉnh ủy Tuyên Quang tổ chức hội nghị. Dự có bí thư các đảng ủy xã, phường trên "
            "địa bàn tỉnh. Đồng chí Ma Văn Pồng, Chủ tịch UBND xã Lâm Bình phát biểu.")
    names = {name for name, _ in _bodies(text)}
    assert not any(name.startswith("Đảng ủy xã") for name in names)
    assert "Ủy ban nhân dân xã Lâm Bình" in names


def test_a_plan_that_gives_a_resolution_effect_is_issued_by_the_body_that_wrote_it():
    text = ("Ngày 8/12/2025, Tỉnh ủy Cao Bằng họp. Nghị quyết số 57-NQ/TW được Ban Thường vụ Tỉnh ủy cụ thể hóa "
            "bằng Kế hoạch số 31-KH/TU ngày 2/10/2025.")
    documents = {d.number: d for d in _extraction(text).documents}
    assert documents["31-KH/TU"].issuer.kind == "StandingCommittee"


def test_a_document_s_subject_ends_where_the_next_clause_s_subject_begins():
    text = ("Ngày 9/6/2026, UBKT Tỉnh ủy Quảng Trị họp. Thực hiện Kế hoạch số 118-KH/TU ngày 2/2/2026 của BTV Tỉnh "
            "ủy về kiểm tra việc quản lý đất đai tại các xã, phường sau sắp xếp, UBKT Tỉnh ủy đã kiểm tra đồng chí "
            "Hồ Văn Lìn, Phó Chủ tịch UBND xã Hướng Hóa, nguyên Trưởng phòng Nội vụ huyện Đakrông.")
    documents = {d.number: d for d in _extraction(text).documents}
    assert documents["118-KH/TU"].title == "kiểm tra việc quản lý đất đai tại các xã, phường sau sắp xếp"
    assert ("Phòng Nội vụ huyện Đakrông", "Government") in _bodies(text)


def test_a_document_s_subject_keeps_a_list_of_bodies_and_a_member_s_title():
    text = ("Ngày 9/6/2026, HĐND phường Bình Minh họp. Thực hiện Nghị quyết số 12/NQ-HĐND về kiện toàn các chức "
            "danh lãnh đạo HĐND, UBND phường, kỳ họp đã bầu ông A.")
    documents = {d.number: d for d in _extraction(text).documents}
    assert documents["12/NQ-HĐND"].title.startswith("kiện toàn các chức danh lãnh đạo HĐND, UBND phường")


def test_a_fisherman_or_a_farmer_named_after_the_calling_is_a_person():
    text = ("Ngày 2/9/2025, Đảng ủy đặc khu Cô Tô tổ chức đại hội. Ngư dân Hoàng Văn Lự và nông dân Đặng Thị Mẩy "
            "chia sẻ kinh nghiệm.")
    names = {person.name for person in _extraction(text).persons}
    assert {"Hoàng Văn Lự", "Đặng Thị Mẩy"} <= names


def test_the_boards_that_keep_a_forest_or_a_national_park_are_bodies():
    text = ("Ngày 5/3/2022, UBND huyện Tương Dương (tỉnh Nghệ An) chỉ đạo UBND xã Tam Quang phối hợp với Ban quản lý "
            "rừng phòng hộ Tương Dương giao khoán đất. Ông Vi Văn Ỏn, Giám đốc Ban Quản lý Vườn quốc gia Pù Mát - "
            "Con Cuông cùng dự.")
    bodies = _bodies(text)
    assert ("Ban quản lý rừng phòng hộ Tương Dương", "OtherOrganization") in bodies
    assert ("Vi Văn Ỏn", "Giám đốc", "Ban Quản lý Vườn quốc gia Pù Mát - Con Cuông") in _roles(text)


def test_the_supreme_court_and_procuracy_written_short_and_the_documents_their_heads_sign():
    text = ("Ngày 6/1/2023, VKSND tỉnh Hậu Giang triển khai công tác năm 2023. Dự có ông Đinh Văn Sửu, Phó Viện trưởng "
            "VKSND tối cao và ông Mai Văn Lực, Phó Chánh án TAND tối cao. Hội nghị quán triệt Chỉ thị số 01/CT-VKSTC "
            "của Viện trưởng VKSND tối cao và Kết luận của Thanh tra Chính phủ.")
    roles = _roles(text)
    assert ("Đinh Văn Sửu", "Phó Viện trưởng", "Viện Kiểm sát nhân dân tối cao") in roles
    assert ("Mai Văn Lực", "Phó Chánh án", "Tòa án nhân dân tối cao") in roles
    assert ("Thanh tra Chính phủ", "Government") in _bodies(text)
    documents = {d.number: d for d in _extraction(text).documents}
    assert documents["01/CT-VKSTC"].issuer.name == "Viện Kiểm sát nhân dân tối cao"


def test_a_k_ho_name_written_with_a_space_after_the_apostrophe_is_one_name():
    text = "Ngày 20/12/2023, Thanh tra tỉnh Lâm Đồng họp. Báo cáo do ông K' Brêu, Phó Chánh Thanh tra tỉnh trình bày."
    assert ("K' Brêu", "Phó Chánh Thanh tra", "Thanh tra tỉnh Lâm Đồng") in _roles(text)


def test_the_cell_secretary_who_heads_a_provincial_agency_leads_that_agency_s_cell():
    text = ("Ngày 20/12/2023, Thanh tra tỉnh Đắk Nông tổng kết công tác. Ông Y Thịnh Mlô, Bí thư Chi bộ, Chánh Thanh "
            "tra tỉnh chủ trì.")
    assert ("Y Thịnh Mlô", "Bí thư", "Chi bộ Thanh tra tỉnh Đắk Nông") in _roles(text)


def test_a_standing_deputy_of_a_ministry_or_the_central_bank_holds_one_post():
    text = ("Ngày 12/4/2021, Quốc hội phê chuẩn bổ nhiệm. Dự có ông Đào Minh Tú, Phó Thống đốc Thường trực Ngân hàng "
            "Nhà nước Việt Nam và ông Nguyễn Trọng Thừa, Thứ trưởng Thường trực Bộ Nội vụ.")
    roles = _roles(text)
    assert ("Đào Minh Tú", "Phó Thống đốc Thường trực", "Ngân hàng Nhà nước Việt Nam") in roles
    assert ("Nguyễn Trọng Thừa", "Thứ trưởng Thường trực", "Bộ Nội vụ") in roles
    assert not any(name.startswith("Thường trực") for name, _ in _bodies(text))


def test_a_bare_party_affairs_committee_is_the_one_just_named():
    text = ("Ngày 6/1/2025, Ban Thường vụ Tỉnh ủy Hà Giang chỉ định đồng chí Hầu Văn Lý tham gia Ban cán sự đảng "
            "Ủy ban nhân dân tỉnh và giữ chức Bí thư Ban cán sự đảng.")
    roles = _roles(text)
    assert ("Hầu Văn Lý", "Bí thư", "Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Giang") in roles


def test_years_served_in_a_post_make_it_a_past_one():
    text = ("Ngày 14/11/2025, Tỉnh ủy Vĩnh Long tổ chức hội nghị. Đồng chí Lữ Quang Ngời bày tỏ xúc động sau 35 năm "
            "công tác, trong đó có 4 năm giữ chức Chủ tịch UBND tỉnh Trà Vinh (cũ).")
    assert not any(person == "Lữ Quang Ngời" for person, _, _ in _roles(text))


def test_the_districts_listed_after_a_count_of_districts_are_districts():
    text = ("Ngày 15/1/2020, BĐBP tỉnh Lai Châu tổng kết. Dự có lãnh đạo 4 huyện biên giới: Mường Tè, Nậm Nhùn, "
            "Phong Thổ, Sìn Hồ.")
    areas = {(area.name, area.kind) for area, _ in _extraction(text).areas.values()}
    assert {("Mường Tè", "District"), ("Nậm Nhùn", "District"), ("Phong Thổ", "District")} <= areas


def test_a_judge_s_or_procurator_s_rank_is_in_the_court_or_procuracy_the_sentence_names():
    text = ("Ngày 9/6/2021, TAND tỉnh Phú Yên mở phiên tòa. Hội đồng xét xử do Thẩm phán Lê Văn Sáu, Phó Chánh án "
            "TAND tỉnh làm chủ tọa. Đại diện VKSND tỉnh Phú Yên có Kiểm sát viên Hồ Thị Bảy.")
    roles = _roles(text)
    assert ("Lê Văn Sáu", "Thẩm phán", "Tòa án nhân dân tỉnh Phú Yên") in roles
    assert ("Hồ Thị Bảy", "Kiểm sát viên", "Viện Kiểm sát nhân dân tỉnh Phú Yên") in roles


def test_the_border_guard_command_a_defence_area_and_a_police_investigation_department_are_bodies():
    text = ("Ngày 5/12/2025, Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi tổng kết. Bộ Tư lệnh BĐBP tặng Bằng khen cho Phòng "
            "Cảnh sát điều tra tội phạm về ma túy. Trung tá A Nhí, Chỉ huy trưởng Ban CHPTKV 3 phát biểu.")
    bodies = _bodies(text)
    assert ("Bộ Tư lệnh Bộ đội Biên phòng", "OtherOrganization") in bodies
    assert ("Phòng Cảnh sát điều tra tội phạm về ma túy", "OtherOrganization") in bodies
    assert ("A Nhí", "Chỉ huy trưởng", "Ban Chỉ huy Phòng thủ khu vực 3") in _roles(text)


def test_the_force_of_every_commune_is_no_one_body():
    text = ("Ngày 5/1/2017, Công an tỉnh Lai Châu tổng kết, chú trọng xây dựng lực lượng Công an xã chính quy. "
            "Đồng chí Lò Văn Pó, Chủ tịch UBND xã Pa Tần dự.")
    assert not any(name.startswith("Công an xã") for name, _ in _bodies(text))


def test_a_plan_issued_in_a_list_of_the_opening_body_s_acts_is_that_body_s():
    text = ("Ngày 10/7/2024, Ban Thường vụ Thành ủy Dĩ An đã quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị; ban hành "
            "Kế hoạch số 88-KH/ThU ngày 28/6/2024 về đại hội đảng bộ cơ sở.")
    documents = {d.number: d for d in _extraction(text).documents}
    assert documents["88-KH/ThU"].issuer.name == "Ban Thường vụ Thành ủy Dĩ An"


def test_a_country_listed_with_another_is_a_country_though_its_name_is_also_a_given_name():
    text = "Ngày 5/12/2017, Huyện ủy Yên Châu họp. Nhãn được xuất khẩu sang Hàn Quốc, Nga và Úc."
    areas = {(area.name, area.kind) for area, _ in _extraction(text).areas.values()}
    assert {("Nga", "Country"), ("Úc", "Country")} <= areas


def test_a_shared_title_with_words_that_say_which_before_the_list_and_the_last_one_listed_after_va():
    text = ("Ngày 6/12/2023, HĐND tỉnh Nam Định lấy phiếu tín nhiệm. Các Ủy viên UBND tỉnh đạt từ 40 phiếu tín nhiệm "
            "cao trở lên gồm: Đại tá Vũ Văn Nam, Giám đốc Công an tỉnh; bà Trần Thị Lụa, Giám đốc Sở Tài chính và "
            "Giám đốc Sở Y tế Đỗ Văn Thanh.")
    roles = _roles(text)
    for person in ("Vũ Văn Nam", "Trần Thị Lụa", "Đỗ Văn Thanh"):
        assert (person, "Ủy viên", "Ủy ban nhân dân tỉnh Nam Định") in roles


def test_a_family_name_that_is_also_a_place_s_begins_a_name_after_a_cue_and_before_van_or_thi():
    text = "Ngày 5/12/2018, Huyện ủy A Lưới họp. Đồng chí Quỳnh Văn Lừng, Bí thư Đảng ủy xã Hồng Kim nêu ý kiến."
    assert ("Quỳnh Văn Lừng", "Bí thư", "Đảng ủy xã Hồng Kim") in _roles(text)


def test_the_one_who_empowers_is_not_the_one_who_acts():
    text = ("Ngày 5/1/2023, UBND tỉnh Phú Yên tổng kết. Thừa ủy quyền của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh "
            "trao Cờ thi đua. Ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh chủ trì.")
    roles = _roles(text)
    assert ("Tạ Anh Tuấn", "Chủ tịch", "Ủy ban nhân dân tỉnh Phú Yên") in roles
    assert not any(title == "Thủ tướng" for _, title, _ in roles)


def test_a_post_given_to_someone_named_short_is_not_the_chair_s():
    text = ("Ngày 12/8/2024, Thủ tướng phê chuẩn. Trước đó, tại kỳ họp chuyên đề do bà Lò Thị Hoa, Chủ tịch HĐND "
            "tỉnh Điện Biên chủ trì, HĐND tỉnh Điện Biên đã bầu ông Sơn giữ chức Chủ tịch UBND tỉnh. Đồng chí Mùa "
            "A Vảng nhiều năm giữ chức Phó Bí thư Huyện ủy Mường Nhé. Đồng chí Lý Văn Sình, trong thời gian giữ "
            "chức Chủ tịch UBND xã Chà Cang, đã buông lỏng quản lý.")
    roles = _roles(text)
    assert ("Lò Thị Hoa", "Chủ tịch", "Hội đồng nhân dân tỉnh Điện Biên") in roles
    assert not any(person == "Lò Thị Hoa" and body.startswith("Ủy ban") for person, _, body in roles)
    assert not any(person in {"Mùa A Vảng", "Lý Văn Sình"} for person, _, _ in roles)


def test_a_former_title_written_before_the_name_gives_no_post():
    text = ("Ngày 6/5/2020, Tỉnh ủy Ninh Thuận thông báo. Nguyên Bí thư Tỉnh ủy Ninh Thuận Lê Văn Thọ từ trần. Ông "
            "Lưu Xuân Vĩnh, Bí thư Tỉnh ủy Ninh Thuận làm Trưởng Ban Lễ tang.")
    roles = _roles(text)
    assert not any(person == "Lê Văn Thọ" for person, _, _ in roles)
    assert ("Lưu Xuân Vĩnh", "Bí thư", "Tỉnh ủy Ninh Thuận") in roles


def test_an_earlier_session_dated_after_its_kind_is_a_meeting_of_that_day():
    text = ("Ngày 21/8/2020, Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND tỉnh Bình Định.\nTrước đó, tại kỳ họp bất "
            "thường ngày 7/8, HĐND tỉnh Bình Định đã bầu ông Nguyễn Phi Long với 47/49 đại biểu tán thành.")
    events = [(event.kind, event.date, event.organizer.name) for event in _extraction(text).events]
    assert any(kind == "Meeting" and (date.year, date.month, date.day) == (2020, 8, 7)
               and organizer == "Hội đồng nhân dân tỉnh Bình Định" for kind, date, organizer in events)


def test_an_earlier_session_whose_chair_is_named_first_is_the_council_s_meeting():
    text = ("Ngày 12/8/2024, Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND tỉnh Hà Nam.\nTrước đó, ngày 9.8, tại kỳ "
            "họp chuyên đề do bà Lê Thị Thủy, Chủ tịch HĐND tỉnh chủ trì, HĐND tỉnh Hà Nam đã bầu ông Trần Xuân Dưỡng "
            "giữ chức Chủ tịch UBND tỉnh.")
    events = [(event.kind, event.date, event.organizer.name) for event in _extraction(text).events]
    assert any(kind == "Meeting" and (date.year, date.month, date.day) == (2024, 8, 9)
               and organizer == "Hội đồng nhân dân tỉnh Hà Nam" for kind, date, organizer in events)


def test_a_bare_council_in_a_sentence_about_a_commune_is_that_commune_s():
    text = ("Ngày 28/3/2026, HĐND xã Na Hang (tỉnh Tuyên Quang) tổ chức kỳ họp thứ nhất.\nXã Na Hang bầu các chức "
            "danh chủ chốt HĐND, UBND nhiệm kỳ 2026 - 2031. Trụ sở các cơ quan Tỉnh ủy, HĐND, UBND tỉnh Tuyên Quang "
            "ở gần đó.")
    names = {name for name, _ in _bodies(text)}
    assert "Hội đồng nhân dân xã Na Hang" in names
    assert "Hội đồng nhân dân tỉnh Tuyên Quang" in names
    extraction = _extraction(text)
    aliases = {body.name: set(found) for body, found, _ in extraction.bodies.values()}
    assert "HĐND" in aliases["Hội đồng nhân dân xã Na Hang"]


def test_a_company_s_name_ends_before_cung():
    text = ("Ngày 18/6/2019, Ban Chỉ đạo thi tỉnh Trà Vinh họp. Ông Thạch Sa Rết, Phó Giám đốc Công ty Điện lực Trà "
            "Vinh cùng các thành viên dự.")
    assert ("Thạch Sa Rết", "Phó Giám đốc", "Công ty Điện lực Trà Vinh") in _roles(text)


def test_the_surname_ong_right_after_a_title_and_the_word_ong_before_a_known_surname():
    text = ("Ngày 15/11/2018, UBND tỉnh Bắc Kạn tổ chức hội nghị. Dự có Thứ trưởng Bộ Công Thương Ông Thế Hưng; "
            "Chủ tịch UBND tỉnh Ông Nguyễn Văn Du phát biểu.")
    roles = _roles(text)
    assert ("Ông Thế Hưng", "Thứ trưởng", "Bộ Công Thương") in roles
    assert ("Nguyễn Văn Du", "Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Kạn") in roles
