"""Rules added in session 9, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction, roles as _roles


def test_the_party_committee_of_a_district_s_agencies_is_a_body_and_its_party_organization_too():
    text = ("Sáng 14/5/2022, Đảng bộ Cơ quan Chính quyền huyện Nghi Xuân tổ chức hội nghị sơ kết. Đồng chí Phan "
            "Đình Lộc, Bí thư Đảng ủy Cơ quan Chính quyền huyện chủ trì.")
    assert ("Phan Đình Lộc", "Bí thư", "Đảng ủy Cơ quan Chính quyền huyện Nghi Xuân") in _roles(text)
    parents = {body.name: body.parent and body.parent.name for body, _, _ in extraction(text).bodies.values()}
    assert parents["Đảng ủy Cơ quan Chính quyền huyện Nghi Xuân"] == "Huyện ủy Nghi Xuân"
    assert parents["Đảng bộ Cơ quan Chính quyền huyện Nghi Xuân"] == "Đảng bộ huyện Nghi Xuân"


def test_a_cell_of_a_division_named_bare_is_the_cell_of_the_district_s_division_and_organizes_through_an_aside():
    text = ("Sáng 20/4/2022, Chi bộ Phòng Tư pháp (trực thuộc Đảng bộ Cơ quan Chính quyền huyện Cần Đước) tổ chức "
            "Đại hội Chi bộ nhiệm kỳ 2022 - 2025. Đồng chí Võ Thị Bé Năm tái đắc cử Bí thư Chi bộ. Phòng Tư pháp "
            "huyện Cần Đước hiện có 7 đảng viên.")
    found = extraction(text)
    assert ("Võ Thị Bé Năm", "Bí thư", "Chi bộ Phòng Tư pháp huyện Cần Đước") in _roles(text)
    assert [(event.kind, event.organizer.name) for event in found.events] == [
        ("Congress", "Chi bộ Phòng Tư pháp huyện Cần Đước")]


def test_meetings_to_come_asked_for_or_planned_are_not_the_meeting_reported():
    text = ("Chiều 2/3/2024, Ban Thường vụ Huyện ủy Quỳ Châu tổ chức hội nghị cho ý kiến về công tác cán bộ. "
            "Theo kế hoạch, HĐND huyện Quỳ Châu sẽ tổ chức kỳ họp chuyên đề trong tháng 4. Đảng ủy xã Châu Hạnh "
            "được chọn tổ chức đại hội điểm cấp cơ sở. Đồng chí Lữ Văn Tình đề nghị UBND huyện hướng dẫn HĐND xã "
            "Châu Bình tổ chức kỳ họp bất thường. Ban Thường vụ Huyện ủy chọn Đảng bộ xã Châu Phong tổ chức đại "
            "hội điểm, dự kiến trong tháng 5/2024. Sở Tài chính trình HĐND tỉnh tại kỳ họp cuối năm; Sở Nội vụ "
            "theo dõi việc sắp xếp.")
    assert [(event.kind, event.organizer.name) for event in extraction(text).events] == [
        ("Conference", "Ban Thường vụ Huyện ủy Quỳ Châu")]


def test_a_session_said_to_take_place_on_a_hyphenated_day_is_dated_by_it():
    text = ("Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng thông báo kết quả Kỳ họp thứ 14\n\n(ABC) - Ngày 12-6-2022, Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng ban hành Thông báo số 41-TB/UBKTTU về kết quả "
            "Kỳ họp thứ 14. Kỳ họp diễn ra ngày 9-6-2022 do đồng chí Lâm Văn Sóc, Chủ nhiệm UBKT Tỉnh ủy chủ trì. "
            "Tại kỳ họp, UBKT Tỉnh ủy thi hành kỷ luật khiển trách đồng chí Trần Văn Tư.")
    assert [(event.kind, event.date.iso()) for event in extraction(text).events] == [("Meeting", "2022-06-09")]


def test_a_decision_of_the_same_day_and_code_is_the_same_issuer_s():
    text = ("Sáng 1/7/2025, Tỉnh ủy Gia Lai tổ chức hội nghị. Đồng chí Rơ Mah Tuấn công bố Quyết định số 05-QĐ/TU "
            "ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về việc thành lập Đảng bộ các cơ quan Đảng tỉnh và Quyết "
            "định số 06-QĐ/TU cùng ngày về việc thành lập Đảng bộ Ủy ban nhân dân tỉnh.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers["06-QĐ/TU"] == issuers["05-QĐ/TU"] == "Ban Thường vụ Tỉnh ủy Gia Lai"


def test_a_byline_of_one_central_highlands_name_with_an_affiliation_is_a_person():
    text = ("Sáng 3/3/2026, Đảng ủy phường Nam Gia Nghĩa tổ chức hội nghị quán triệt nghị quyết.\n\n"
            "H’Liên (Ban Xây dựng Đảng Đảng ủy phường)\n")
    assert "H’Liên" in {person.name for person in extraction(text).persons}


def test_a_party_agency_s_cell_and_a_bare_centre_named_before():
    text = ("Sáng 3/8/2025, Đảng bộ các cơ quan Đảng tỉnh Hưng Yên tổ chức Đại hội. Đồng chí Đào Thị Lan, Bí thư "
            "Chi bộ Văn phòng Tỉnh ủy phát biểu. Trung tâm Phục vụ hành chính công phường Phố Hiến đã tiếp nhận "
            "3.000 hồ sơ. Theo bà Vũ Thị Hà, Giám đốc Trung tâm, phường đang thí điểm.")
    roles = _roles(text)
    assert ("Đào Thị Lan", "Bí thư", "Chi bộ Văn phòng Tỉnh ủy Hưng Yên") in roles
    assert ("Vũ Thị Hà", "Giám đốc", "Trung tâm Phục vụ hành chính công phường Phố Hiến") in roles


def test_a_post_after_a_semicolon_list_of_people_is_each_one_s_but_not_after_a_plural_cue():
    text = ("Sáng 3/3/2026, HĐND tỉnh Tây Ninh tổ chức kỳ họp thứ nhất. Trong đó, ông Lê Văn Tư, Giám đốc Sở Nội vụ; "
            "bà Đỗ Thị Nga, Chánh Văn phòng UBND tỉnh và ông Phan Văn Út, Giám đốc Sở Xây dựng tiếp tục được bầu "
            "giữ chức Ủy viên UBND tỉnh. Bí thư Tỉnh ủy Trần Văn Năm tặng hoa chúc mừng các đồng chí được bầu giữ "
            "chức Chủ tịch, Phó Chủ tịch HĐND tỉnh.")
    roles = _roles(text)
    members = {person for person, title, body in roles if (title, body) == ("Ủy viên", "Ủy ban nhân dân tỉnh Tây Ninh")}
    assert members == {"Lê Văn Tư", "Đỗ Thị Nga", "Phan Văn Út"}
    assert {(title, body) for person, title, body in roles if person == "Trần Văn Năm"} == {("Bí thư", "Tỉnh ủy Tây Ninh")}


def test_a_numbered_list_under_a_shared_plural_title_with_asides_and_ranks():
    text = ("Sáng 3/4/2026, Đoàn ĐBQH tỉnh Đắk Lắk tổ chức hội nghị lần thứ nhất. Đoàn ĐBQH tỉnh khóa XVI gồm các "
            "đại biểu Quốc hội:\n1. Ông Y Khoa Niê (dân tộc Ê Đê) - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n"
            "2. Ông Lê Văn Khánh - Đại tá, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh.\n")
    roles = _roles(text)
    assert {person for person, title, body in roles if (title, body) == ("Đại biểu", "Quốc hội")} == {
        "Y Khoa Niê", "Lê Văn Khánh"}
    assert ("Y Khoa Niê", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk") in roles
    assert ("Lê Văn Khánh", "Phó Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk") in roles


def test_foreign_names_joined_with_hyphens_and_units_listed_after_a_two_word_unit_word():
    text = ("Sáng 3/4/2019, UBND tỉnh Hà Nam tiếp Đoàn đại biểu tỉnh Chungcheongnam (Hàn Quốc) do ông Choi Min-"
            "seok, Phó Tỉnh trưởng làm Trưởng đoàn. Đồng chí Xỉ-sổm-phon Khăm-mạ, Bí thư Tỉnh ủy Luang Namtha "
            "(Lào) dự. Dự có lãnh đạo UBND các thành phố Phủ Lý, Duy Tiên.")
    found = extraction(text)
    assert {"Xỉ-sổm-phon Khăm-mạ"} <= {person.name for person in found.persons}
    names = {name for name, _ in _bodies(text)}
    assert {"Ủy ban nhân dân thành phố Phủ Lý", "Ủy ban nhân dân thành phố Duy Tiên"} <= names
    assert not any("Hà Nam" in body for person, title, body in _roles(text) if person.startswith("Xỉ"))


def test_state_groups_corporations_and_their_boards_are_bodies_of_posts():
    text = ("Sáng 3/4/2023, UBND tỉnh Quảng Ninh làm việc với Tập đoàn Điện lực Việt Nam. Dự có ông Lê Văn Tùng, "
            "Tổng Giám đốc Tổng công ty Cảng hàng không Việt Nam; ông Lò Văn Bình, Chủ tịch Hội đồng thành viên "
            "Tập đoàn Điện lực Việt Nam.")
    roles = _roles(text)
    assert ("Lê Văn Tùng", "Tổng Giám đốc", "Tổng công ty Cảng hàng không Việt Nam") in roles
    assert ("Lò Văn Bình", "Chủ tịch", "Hội đồng thành viên Tập đoàn Điện lực Việt Nam") in roles
    assert ("Tập đoàn Điện lực Việt Nam", "OtherOrganization") in _bodies(text)


def test_the_province_s_border_guard_is_its_command_when_the_article_names_the_command():
    text = ("Sáng 5/2/2026, Thường trực Tỉnh ủy Cao Bằng làm việc với Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Thượng tá "
            "Nông Văn Páo, Phó Chỉ huy trưởng BĐBP tỉnh báo cáo. Đồng chí Bế Văn Tư, Bí thư Đảng ủy Bộ đội Biên "
            "phòng tỉnh phát biểu.")
    roles = _roles(text)
    assert ("Nông Văn Páo", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng") in roles
    assert ("Bế Văn Tư", "Bí thư", "Đảng ủy Bộ đội Biên phòng tỉnh Cao Bằng") in roles
    assert "Bộ đội Biên phòng tỉnh Cao Bằng" not in {name for name, _ in _bodies(text)}


def test_bare_posts_of_the_people_a_side_lists_are_posts_in_that_side_s_body():
    text = ("Sáng 5/2/2026, Thường trực Tỉnh ủy Hà Tĩnh làm việc với Sở Y tế. Về phía Sở Y tế tỉnh có bà Lê Thị "
            "Hoa, Giám đốc; ông Trần Văn Bình, Phó Giám đốc.")
    roles = _roles(text)
    assert {("Lê Thị Hoa", "Giám đốc", "Sở Y tế tỉnh Hà Tĩnh"), ("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế tỉnh Hà Tĩnh")} <= roles


def test_a_headline_s_body_and_the_lead_s_delegation_of_it_hold_one_meeting():
    text = ("Ban Nội chính Trung ương làm việc với Ban Thường vụ Tỉnh ủy Bến Tre\n\nChiều 23/8/2018, Đoàn công tác của "
            "Ban Nội chính Trung ương do đồng chí Phan Đình Trạc làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh "
            "ủy Bến Tre.")
    events = extraction(text).events
    assert [(event.kind, event.organizer.name) for event in events] == [
        ("Meeting", "Đoàn công tác của Ban Nội chính Trung ương")]


def test_a_resolution_the_conference_passed_is_the_executive_committee_s():
    text = ("Sáng 20/12/2025, Ban Chấp hành Đảng bộ tỉnh Gia Lai tổ chức hội nghị lần thứ ba. Hội nghị đã biểu "
            "quyết thông qua Nghị quyết số 04-NQ/TU về nhiệm vụ năm 2026.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers["04-NQ/TU"] == "Ban Chấp hành Đảng bộ tỉnh Gia Lai"


def test_numbered_villages_and_a_level_word_inside_a_name_are_no_areas_and_a_december_report_plans_ahead():
    from graph.extract.dates import infer_year

    text = ("Sáng 12/3/2026, Đảng ủy phường Nam Gia Nghĩa họp. Bà H'Dơng, Bí thư Chi bộ tổ dân phố 3 phát biểu. "
            "Thành phố đang đầu tư cầu Tân Vũ - Lạch Huyện 2.")
    areas = {area.name for area, _ in extraction(text).areas.values()}
    assert "3" not in areas and "2" not in areas
    assert infer_year("Năm 2025, thu ngân sách đạt 168 tỷ đồng. Chương trình giám sát năm 2026; bầu cử đại biểu "
                      "HĐND các cấp nhiệm kỳ 2026 - 2031; giải ngân ngay từ đầu năm 2026.", 12) == 2025


def test_a_standing_committee_elected_with_its_members_on_the_next_lines():
    text = ("Sáng 10/10/2025, Đại hội Đảng bộ tỉnh Lai Châu bế mạc. Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ "
            "Tỉnh ủy gồm 15 đồng chí, cụ thể:\n1. Giàng A Tính - Bí thư Tỉnh ủy\n2. Lò Thị Mai - Chủ tịch UBND tỉnh\n")
    members = {person for person, title, body in _roles(text) if (title, body) == ("Ủy viên", "Ban Thường vụ Tỉnh ủy Lai Châu")}
    assert members == {"Giàng A Tính", "Lò Thị Mai"}


def test_a_commune_post_given_to_a_list_is_in_each_one_s_bracketed_commune():
    text = ("Sáng 3/2/2026, Tỉnh ủy Cà Mau công bố quyết định. Các đồng chí được chuẩn y giữ chức Phó Bí thư Đảng ủy "
            "xã gồm: ông Danh Tấn (xã Khánh Lâm), bà Lý Thị Út (xã Đá Bạc) và ông Trần Văn Mười (xã Tân Lộc).")
    assert {("Danh Tấn", "Phó Bí thư", "Đảng ủy xã Khánh Lâm"), ("Lý Thị Út", "Phó Bí thư", "Đảng ủy xã Đá Bạc"),
            ("Trần Văn Mười", "Phó Bí thư", "Đảng ủy xã Tân Lộc")} <= _roles(text)


def test_a_series_of_decisions_of_one_code_and_a_standing_committee_announcing_a_list():
    text = ("Chiều 27/9/2023, Tỉnh ủy Thái Bình công bố các quyết định về công tác cán bộ.\n1. Quyết định số 845-QĐ/TU "
            "ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy điều động đồng chí Vũ Văn Sơn.\n2. Quyết định số 846-QĐ/TU "
            "chỉ định đồng chí Phạm Thị Hoa.\nTiếp đó, Ban Thường vụ Thành ủy Hải Phòng công bố các quyết định:\n"
            "- Quyết định số 215-QĐ/TU điều động đồng chí Lê Văn Tám.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers["846-QĐ/TU"] == "Ban Thường vụ Tỉnh ủy Thái Bình"
    assert issuers["215-QĐ/TU"] == "Ban Thường vụ Thành ủy Hải Phòng"


def test_a_model_congress_chosen_and_held_on_a_written_day_is_the_chosen_body_s():
    text = ("Chiều 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX bế mạc. Trước đó, Đảng bộ thành phố "
            "Phủ Lý là đơn vị được Ban Thường vụ Tỉnh ủy chọn tổ chức đại hội điểm cấp huyện, diễn ra từ ngày 8 đến "
            "10/6/2020. Đảng bộ xã Liêm Tiết được chọn tổ chức đại hội điểm cấp xã trong hai ngày 15 và 16/5/2020.")
    congresses = {(event.organizer.name, event.date.iso()) for event in extraction(text).events if event.kind == "Congress"}
    assert {("Đảng bộ thành phố Phủ Lý", "2020-06-08"), ("Đảng bộ xã Liêm Tiết", "2020-05-15")} <= congresses


def test_a_delegation_s_working_sessions_on_two_days_are_two_meetings():
    text = ("Thứ Ba, 14/5/2019\n\nTrong hai ngày 12 và 13/5, Đoàn công tác của Ban Bí thư do đồng chí Bùi Thị Minh Hoài "
            "làm Trưởng đoàn đã kiểm tra tại tỉnh Hòa Bình. Sáng 12/5, Đoàn đến thăm một hợp tác xã. Các hộ dân phấn "
            "khởi. Mô hình cho thu nhập cao. Chiều cùng ngày, Đoàn công tác làm việc với Ban Thường vụ Huyện ủy Mai "
            "Châu. Sáng 13/5, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Hòa Bình.")
    meetings = {(event.organizer.name, event.date.iso()) for event in extraction(text).events if event.kind == "Meeting"}
    assert meetings == {("Đoàn công tác của Ban Bí thư", "2019-05-12"), ("Đoàn công tác của Ban Bí thư", "2019-05-13")}


def test_a_commune_keeps_the_type_the_text_gives_it_and_a_bare_council_is_of_that_type():
    text = ("Đại hội Đảng bộ xã Phong Thu nhiệm kỳ 2020 - 2025\n\nNgày 12/5/2020, Đảng bộ xã Phong Thu (huyện Phong Điền) "
            "tổ chức Đại hội. Đồng chí đề nghị liên kết với các xã Phong An, Phong Chương. Đồng chí Lê Văn Lợi tái "
            "đắc cử Bí thư Đảng ủy xã.")
    assert ("Lê Văn Lợi", "Bí thư", "Đảng ủy xã Phong Thu") in _roles(text)


def test_posts_given_to_lists_opened_by_plural_cues_or_ranks():
    text = ("Sáng 3/4/2021, HĐND tỉnh Tiền Giang khai mạc kỳ họp thứ nhất. Các ông: Lê Văn Út, Ủy viên Ban Thường vụ "
            "Tỉnh ủy; Trần Văn Hai, Tỉnh ủy viên, Giám đốc Sở Tài chính, giữ chức Phó Chủ tịch UBND tỉnh. Kỳ họp bầu "
            "15 Ủy viên UBND tỉnh, gồm: Đại tá Nguyễn Văn Ba, Giám đốc Công an tỉnh; ông Võ Văn Bốn, Giám đốc Sở Nội "
            "vụ cùng 13 thủ trưởng sở, ngành khác.")
    roles = _roles(text)
    assert {person for person, title, body in roles if (title, body) == ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tiền Giang")} \
        == {"Lê Văn Út", "Trần Văn Hai"}
    assert {person for person, title, body in roles if (title, body) == ("Ủy viên", "Ủy ban nhân dân tỉnh Tiền Giang")} \
        == {"Nguyễn Văn Ba", "Võ Văn Bốn"}


def test_a_report_whose_years_are_only_in_full_dates_and_a_coordinated_organizer():
    text = ("Sáng 6/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình phối hợp với Ủy ban bầu cử tỉnh và UBND "
            "phường Hoa Lư tổ chức hội nghị tiếp xúc cử tri. Theo Kế hoạch số 15/KH-MTTQ-BTT ngày 10/2/2026, cuộc "
            "bầu cử diễn ra vào ngày 15/3/2026.")
    found = extraction(text)
    assert found.published is not None and found.published.year == 2026
    assert [(e.kind, e.organizer.name) for e in found.events] == [
        ("Meeting", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình")]


def test_a_session_continued_on_a_later_day_starts_on_its_first_day():
    text = ("Thứ Năm, 07/12/2023 - 19:40\n\n(TBO) - Chiều 7/12, tiếp tục chương trình kỳ họp thứ 15 - kỳ họp thường lệ "
            "cuối năm 2023, HĐND tỉnh Hưng Yên khóa XVII tiến hành lấy phiếu tín nhiệm. Kỳ họp diễn ra trong 3 ngày, "
            "từ ngày 6 đến ngày 8/12/2023.")
    found = extraction(text)
    assert [(e.kind, e.organizer.name, e.date.iso()) for e in found.events] == [
        ("Meeting", "Hội đồng nhân dân tỉnh Hưng Yên", "2023-12-06")]
    assert found.published.iso() == "2023-12-07"


def test_a_local_body_s_delegation_is_a_body_that_holds_the_working_session():
    text = ("Thị ủy Ngã Năm giám sát Đảng ủy xã Long Bình\n\nNgày 22/3/2024, Đoàn giám sát của Ban Thường vụ Thị ủy Ngã "
            "Năm do đồng chí Lâm Văn Sơn, Chủ nhiệm Ủy ban Kiểm tra Thị ủy làm Trưởng đoàn đã làm việc với Ban Thường "
            "vụ Đảng ủy xã Long Bình. Trong tháng 3, Đoàn giám sát tiếp tục làm việc với Đảng ủy phường 1.")
    found = extraction(text)
    assert [(e.kind, e.organizer.name) for e in found.events] == [
        ("Meeting", "Đoàn giám sát của Ban Thường vụ Thị ủy Ngã Năm")]
    assert ("Lâm Văn Sơn", "Trưởng đoàn", "Đoàn giám sát của Ban Thường vụ Thị ủy Ngã Năm") in _roles(text)


def test_a_numbered_school_a_bare_deputy_head_before_and_a_post_in_the_body_presenting_a_report():
    text = ("Sáng 3/4/2025, Chi bộ Trường Tiểu học Vĩnh Ninh 2 tổ chức sinh hoạt chuyên đề. Đoàn kiểm tra số 4 của Ban "
            "Thường vụ Tỉnh ủy Nghệ An dự. Tham gia đoàn có đồng chí Lê Thị Mai, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh "
            "ủy, Phó Trưởng đoàn và đại diện Văn phòng Tỉnh ủy. Theo báo cáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh "
            "do ông Phan Văn Tịnh, Chánh Văn phòng trình bày, HĐND các xã đã tổ chức 412 kỳ họp.")
    roles = _roles(text)
    assert ("Chi bộ Trường Tiểu học Vĩnh Ninh 2", "PartyCommittee") in _bodies(text)
    assert ("Lê Thị Mai", "Phó Trưởng đoàn", "Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy Nghệ An") in roles
    assert ("Phan Văn Tịnh", "Chánh Văn phòng",
            "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nghệ An") in roles


def test_seats_to_elect_name_no_body():
    text = ("Chiều 14/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức Hội nghị hiệp thương lần thứ "
            "hai. Tỉnh Sơn La được bầu 7 đại biểu Quốc hội ở 3 đơn vị bầu cử.")
    assert "Quốc hội" not in {name for name, _ in _bodies(text)}
    assert not any("Hội đồng nhân dân xã" in name for name, _ in _bodies(
        "Ngày 2/6/2021, Ủy ban bầu cử huyện Mê Linh họp. Xã Tiền Phong đã tổ chức bầu thêm 1 đại biểu HĐND xã."))
    assert "Quốc hội" in {name for name, _ in _bodies(
        "Chiều 14/1/2026, ông Lò Văn Mừng, đại biểu Quốc hội, Phó Trưởng đoàn ĐBQH tỉnh Sơn La dự hội nghị.")}


def test_districts_listed_bare_after_a_place_word_and_a_district_the_gazetteer_knows_as_a_later_town():
    text = ("Sáng 3/4/2018, HĐND tỉnh Hà Nam họp. Đường vành đai nối TP Phủ Lý với huyện Kim Bảng đã xong. Đồng chí "
            "Lê Văn Tư, Bí thư Đảng ủy xã Thụy Lôi (huyện Kim Bảng) phát biểu. Tỉnh quan tâm vùng khó khăn ở Tam Đảo, "
            "Lập Thạch, Sông Lô. Hội nghị diễn ra tại Hội trường Tỉnh ủy.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert {("Kim Bảng", "District"), ("Tam Đảo", "District"), ("Lập Thạch", "District"), ("Sông Lô", "District")} <= areas
    assert ("Kim Bảng", "Town") not in areas


def test_a_name_after_an_institution_s_closing_acronym_is_a_person_s():
    text = ("Sáng 3/4/2019, UBND tỉnh Quảng Ninh làm việc với Tập đoàn. Giám đốc Công ty Than Mạo Khê - TKV Lê Văn "
            "Tư báo cáo tiến độ.")
    assert ("Lê Văn Tư", "Giám đốc", "Công ty Than Mạo Khê - TKV") in _roles(text)


def test_a_past_congress_held_in_a_written_month_and_a_monthly_session_held_early_next_year():
    text = ("Sáng 26/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp tổng kết năm. Ban đã tuyên truyền Đại hội đại "
            "biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Đại hội được tổ chức thành công vào tháng 10/2025.")
    congresses = [(e.organizer.name, e.date.iso()) for e in extraction(text).events if e.kind == "Congress"]
    assert congresses == [("Đảng bộ tỉnh Đồng Tháp", "2025-10")]
    text = ("UBND tỉnh họp phiên thường kỳ tháng 12/2025\n\nChiều 6/1/2026, UBND tỉnh Gia Lai tổ chức phiên họp thường "
            "kỳ tháng 12/2025 để đánh giá tình hình năm 2025.")
    assert [(e.kind, e.date.iso()) for e in extraction(text).events] == [("Meeting", "2026-01-06")]


def test_a_decision_signed_on_a_day_opening_a_clause_and_a_session_of_two_hyphenated_days():
    text = ("Thứ Bảy, 18/07/2020 - 10:15\n\nTrong hai ngày 16 và 17-7, tại "
            "Hà Nội, Ủy ban Kiểm tra Trung ương đã họp. Trên cơ sở quyết định kỷ luật đảng, sáng 20/7, Thủ tướng Chính "
            "phủ đã ký Quyết định số 1013/QĐ-TTg thi hành kỷ luật.")
    found = extraction(text)
    assert [(e.kind, e.date.iso()) for e in found.events] == [("Meeting", "2020-07-16")]
    assert {d.number: d.date and d.date.iso() for d in found.documents}["1013/QĐ-TTg"] == "2020-07-20"


def test_the_central_military_commission_s_inspection_committee():
    text = ("Sáng 3/4/2024, Ủy ban Kiểm tra Trung ương tổ chức hội nghị. Đồng chí Lê Văn Hạc, Phó Chủ nhiệm Ủy ban Kiểm "
            "tra Quân ủy Trung ương phát biểu.")
    assert ("Lê Văn Hạc", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Quân ủy Trung ương") in _roles(text)


def test_a_person_appointed_to_a_ministry_s_party_delegation_is_its_member():
    text = ("Ngày 3/4/2021, Thủ tướng bổ nhiệm ông Trần Văn Quang giữ chức Thứ trưởng Bộ Xây dựng. Trước đó, Ban Bí "
            "thư chỉ định ông Trần Văn Quang tham gia Ban cán sự đảng Bộ Xây dựng.")
    assert ("Trần Văn Quang", "Ủy viên", "Ban cán sự đảng Bộ Xây dựng") in _roles(text)


def test_titles_after_a_person_s_ethnic_group_are_the_person_s():
    text = ("Sáng 3/4/2021, Ủy ban MTTQ Việt Nam tỉnh Bình Phước tổ chức hội nghị hiệp thương. Trong số người ứng cử có "
            "ông Điểu Lâm, người dân tộc S'tiêng, Trưởng ban Dân tộc HĐND tỉnh.")
    assert ("Điểu Lâm", "Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh Bình Phước") in _roles(text)


def test_a_bare_head_of_inspection_is_of_the_inspection_committee_named_before_in_the_sentence():
    text = ("Sáng 3/8/2025, Đảng bộ xã Yên Lạc tổ chức Đại hội. Đại hội bầu Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí; "
            "đồng chí Lò Văn Tư được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra.")
    assert {(title, body) for person, title, body in _roles(text) if person == "Lò Văn Tư"} == {
        ("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy xã Yên Lạc")}
