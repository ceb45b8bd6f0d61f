"""Rules added in session 10, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction, roles as _roles


def test_a_township_grown_from_a_state_farm_is_named_in_full():
    text = ("Sáng 9/9/2023, Đảng ủy thị trấn Nông trường Lệ Ninh tổ chức hội nghị sơ kết. Đồng chí Hoàng Văn "
            "Quý, Bí thư Đảng ủy thị trấn Nông trường Lệ Ninh chủ trì.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert ("Nông trường Lệ Ninh", "Commune") in areas
    assert ("Hoàng Văn Quý", "Bí thư", "Đảng ủy thị trấn Nông trường Lệ Ninh") in _roles(text)


def test_a_district_merged_away_before_2025_is_still_a_district_in_an_article_of_its_time():
    text = ("Sáng 3/4/2021, Huyện ủy Mỹ Lộc tổ chức hội nghị sơ kết công tác quý I. Đồng chí Trần Quang Vinh, "
            "Bí thư Huyện ủy chủ trì. Nhiều dự án ở huyện Mỹ Lộc đã đi vào hoạt động.")
    areas = {(area.name, area.kind, area.parent and area.parent.name)
             for area, _ in extraction(text).areas.values()}
    assert ("Mỹ Lộc", "District", "Nam Định") in areas


def test_districts_listed_bare_after_going_to_are_districts_even_when_one_reads_like_a_name():
    text = ("Sáng 6/2/2024, Tỉnh ủy Điện Biên tổ chức hội nghị. Lượng khách du lịch đến Mường Chà, Tủa Chùa "
            "và thành phố Điện Biên Phủ tăng mạnh.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert {("Mường Chà", "District"), ("Tủa Chùa", "District")} <= areas


def test_a_working_session_a_notice_is_about_is_not_held_by_the_notice_s_issuer_and_the_report_of_it_dates_it():
    text = ("Cập nhật lúc 09:10 ngày 21/11/2025\n\nKết luận của Chủ tịch UBND tỉnh về tiến độ dự án\n\n"
            "Văn phòng UBND tỉnh Quảng Trị vừa ban hành Thông báo số 301/TB-VPUBND ngày 20/11/2025 về kết luận "
            "của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Công Thương ngày 17/11/2025. Theo Thông báo, chiều "
            "17/11, UBND tỉnh Quảng Trị đã làm việc với Sở Công Thương về tiến độ dự án điện gió. Đồng chí Hà Sỹ "
            "Đồng, Chủ tịch UBND tỉnh chủ trì.")
    events = [(event.kind, event.organizer.name, event.date and event.date.iso()) for event in extraction(text).events]
    assert events == [("Meeting", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-11-17")]


def test_a_chairman_s_dispatch_is_a_document_of_the_people_s_committee():
    text = ("Sáng 3/11/2025, UBND tỉnh Gia Lai họp phiên thường kỳ. Các sở, ngành thực hiện nghiêm Công điện số "
            "21/CĐ-UBND ngày 27/10/2025 của Chủ tịch UBND tỉnh về ứng phó với bão.")
    documents = [(d.number, d.kind, d.date.iso(), d.issuer.name) for d in extraction(text).documents]
    assert documents == [("21/CĐ-UBND", "OtherDocument", "2025-10-27", "Ủy ban nhân dân tỉnh Gia Lai")]


def test_the_committees_and_departments_of_mass_organizations_and_their_centres():
    text = ("Sáng 14/11/2024, Hội Nông dân tỉnh Thanh Hóa tổ chức hội nghị. Dự có ông Cầm Bá Tiến, Ủy viên Ban "
            "Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; bà Lương Thị Mai, Trưởng ban "
            "Kiểm tra Hội Cựu chiến binh tỉnh; anh Vi Văn Đức, Ủy viên Ban Thường vụ Trung ương Đoàn, Trưởng Ban "
            "Tuyên giáo Trung ương Đoàn; ông Đỗ Văn Lực, Ủy viên Đoàn Chủ tịch, Trưởng ban Chính sách Tổng LĐLĐ "
            "Việt Nam.")
    assert {("Cầm Bá Tiến", "Ủy viên", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"),
            ("Cầm Bá Tiến", "Chủ tịch", "Hội Nông dân tỉnh Thanh Hóa"),
            ("Lương Thị Mai", "Trưởng ban", "Ban Kiểm tra Hội Cựu chiến binh tỉnh Thanh Hóa"),
            ("Vi Văn Đức", "Ủy viên", "Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
            ("Vi Văn Đức", "Trưởng ban", "Ban Tuyên giáo Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
            ("Đỗ Văn Lực", "Ủy viên", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
            ("Đỗ Văn Lực", "Trưởng ban", "Ban Chính sách Tổng Liên đoàn Lao động Việt Nam")} <= _roles(text)


def test_a_party_committee_has_no_presidium():
    text = ("Sáng 14/11/2024, Tỉnh ủy Thanh Hóa tổ chức hội nghị. Dự có ông Hà Văn Ba, Ủy viên Đoàn Chủ tịch "
            "Ủy ban Trung ương MTTQ Việt Nam.")
    assert not any(body.startswith(("Đoàn Chủ tịch Tỉnh", "Ban Thường vụ")) for _, _, body in _roles(text))


def test_a_name_ends_before_the_decision_or_award_handed_to_the_person():
    text = ("Sáng 6/10/2025, Sở Y tế tỉnh Hà Tĩnh tổ chức lễ công bố quyết định. Giám đốc Sở trao cho ông Phan "
            "Văn Hùng Quyết định số 912/QĐ-SYT ngày 1/10/2025 về việc bổ nhiệm; ông Lê Đức Thành trao cho bà "
            "Nguyễn Thị Hải Bằng khen của UBND tỉnh.")
    assert {"Phan Văn Hùng", "Nguyễn Thị Hải"} <= {person.name for person in extraction(text).persons}


def test_a_company_s_board_written_bare_is_the_board_of_the_company_the_next_post_names():
    text = ("Chiều 9/5/2024, Tổng công ty Điện lực miền Trung tổ chức lễ công bố quyết định. Ông Ngô Đức Hoàng - "
            "Ủy viên Hội đồng thành viên, Tổng Giám đốc Tổng công ty Điện lực miền Trung chủ trì; ông Phạm Hữu "
            "Lộc được bổ nhiệm Giám đốc Công ty Điện lực Quảng Ngãi kể từ ngày 15/5/2024.")
    assert {("Ngô Đức Hoàng", "Ủy viên", "Hội đồng thành viên Tổng công ty Điện lực miền Trung"),
            ("Ngô Đức Hoàng", "Tổng Giám đốc", "Tổng công ty Điện lực miền Trung")} <= _roles(text)
    assert "Công ty Điện lực Quảng Ngãi" in {name for name, _ in _bodies(text)}


def test_the_armed_forces_units_the_central_police_party_committee_and_border_gate_stations():
    text = ("Sáng 20/2/2025, Hội đồng Nghĩa vụ quân sự huyện Văn Lãng tổ chức Lễ giao nhận quân. Dự có Thượng tướng "
            "Lương Tam Quang, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương; Đại tá Hoàng Văn Sơn, Phó Sư đoàn "
            "trưởng Sư đoàn 3; bà Nông Thị Hà, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện Văn Lãng; Thiếu tá Vy Văn "
            "Tú, Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị.")
    assert {("Lương Tam Quang", "Ủy viên", "Ban Thường vụ Đảng ủy Công an Trung ương"),
            ("Hoàng Văn Sơn", "Phó Sư đoàn trưởng", "Sư đoàn 3"),
            ("Nông Thị Hà", "Chủ tịch", "Hội đồng Nghĩa vụ quân sự huyện Văn Lãng"),
            ("Vy Văn Tú", "Đồn trưởng", "Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị")} <= _roles(text)


def test_a_military_region_written_bare_is_the_one_named_before_and_has_its_party_committee():
    text = ("Ngày 5/5/2022, Ban Thường vụ Tỉnh ủy Kiên Giang làm việc với Đoàn công tác Bộ Tư lệnh Quân khu 9 do "
            "Trung tướng Lê Văn Bảy, Tư lệnh Quân khu làm trưởng đoàn. Cùng đi có Thiếu tướng Trịnh Văn Chín, Phó "
            "Bí thư Đảng ủy, Chính ủy Quân khu 9; Đại tá Phù Văn Tư, Phó Tham mưu trưởng Quân khu. Tỉnh thực hiện "
            "Hướng dẫn số 12-HD/ĐU ngày 3/1/2022 của Đảng ủy Quân khu về công tác dân vận.")
    assert {("Lê Văn Bảy", "Tư lệnh", "Quân khu 9"), ("Trịnh Văn Chín", "Phó Bí thư", "Đảng ủy Quân khu 9"),
            ("Trịnh Văn Chín", "Chính ủy", "Quân khu 9"), ("Phù Văn Tư", "Phó Tham mưu trưởng", "Quân khu 9")} \
        <= _roles(text)
    assert [d.issuer.name for d in extraction(text).documents] == ["Đảng ủy Quân khu 9"]


def test_a_session_recalled_without_a_day_or_planned_is_not_reported_beside_the_dated_meeting():
    text = ("Sáng 14/5/2026, Đoàn ĐBQH tỉnh Quảng Ngãi phối hợp với Ủy ban MTTQ Việt Nam phường Cẩm Thành tổ chức "
            "tiếp xúc cử tri sau Kỳ họp thứ nhất, Quốc hội khóa XVI. Tại kỳ họp, Quốc hội đã bầu các chức danh chủ "
            "chốt. HĐND tỉnh và HĐND 96 xã, phường đã tổ chức kỳ họp thứ nhất. Theo kế hoạch, Kỳ họp thứ hai, Quốc "
            "hội khóa XVI dự kiến khai mạc vào cuối tháng 10/2026.")
    assert [(event.organizer.name, event.date.iso()) for event in extraction(text).events] == [
        ("Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi", "2026-05-14")]


def test_hmong_dao_and_jrai_surnames_start_a_name_without_a_cue():
    text = ("Sáng 2/4/2026, HĐND xã Bát Xát tổ chức kỳ họp thứ nhất. Các đồng chí Sần Seo Chúng và Lèng Văn Páo "
            "được bầu giữ chức Phó Chủ tịch UBND xã; kỳ họp bầu Ly Seo Dìn giữ chức Trưởng Công an xã. Dự có các "
            "đồng chí: Rah Lan Hoa - Phó Chủ tịch UBND tỉnh; Kpuih Thu - Phó Chủ tịch HĐND tỉnh.")
    assert {"Sần Seo Chúng", "Lèng Văn Páo", "Ly Seo Dìn", "Rah Lan Hoa", "Kpuih Thu"} <= {
        person.name for person in extraction(text).persons}


def test_the_standing_office_of_the_front_s_central_committee():
    text = ("Sáng 5/7/2024, Ủy ban MTTQ Việt Nam huyện Đà Bắc tổ chức hội nghị hiệp thương theo Hướng dẫn số "
            "24/HD-MTTW-BTT ngày 2/3/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.")
    assert [d.issuer.name for d in extraction(text).documents] == [
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_a_commune_body_over_a_list_of_communes_is_each_one_s():
    text = ("Sáng 9/8/2023, Ban Thường vụ Huyện ủy Ba Bể tổ chức hội nghị. Đoàn giám sát làm việc tại 3 đảng ủy xã "
            "Hà Hiệu, Phúc Lộc và Thượng Giáo.")
    assert {"Đảng ủy xã Hà Hiệu", "Đảng ủy xã Phúc Lộc", "Đảng ủy xã Thượng Giáo"} <= {
        name for name, _ in _bodies(text)}


def test_a_town_that_became_a_city_is_a_town_in_an_article_of_its_time_and_border_communes_listed():
    text = ("Sáng 20/9/2016, UBND tỉnh Kiên Giang họp phiên thường kỳ. Ông Lâm Văn Bé, Chủ tịch UBND thị xã Hà Tiên "
            "đề xuất tháo gỡ vướng mắc. Đời sống đồng bào ở các xã vùng biên Vĩnh Điều, Phú Mỹ còn khó khăn.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert {("Hà Tiên", "Town"), ("Vĩnh Điều", "Commune"), ("Phú Mỹ", "Commune")} <= areas
    assert ("Lâm Văn Bé", "Chủ tịch", "Ủy ban nhân dân thị xã Hà Tiên") in _roles(text)


def test_documents_dated_in_words_and_listed_with_bullets_under_their_issuer():
    text = ("Sáng 12/9/2025, Đảng ủy phường Hội An tổ chức hội nghị quán triệt 2 nghị quyết do Bộ Chính trị ban "
            "hành:\n• Nghị quyết số 70-NQ/TW ngày 20 tháng 8 năm 2025 về bảo đảm an ninh năng lượng quốc gia;\n"
            "• Nghị quyết số 71-NQ/TW ngày 22 tháng 8 năm 2025 về đột phá phát triển giáo dục và đào tạo.\n"
            "• Hội An ra mắt mô hình dân vận khéo\n")
    documents = [(d.number, d.date and d.date.iso(), d.issuer and d.issuer.name) for d in extraction(text).documents]
    assert documents == [("70-NQ/TW", "2025-08-20", "Bộ Chính trị"), ("71-NQ/TW", "2025-08-22", "Bộ Chính trị")]


def test_several_numbers_after_one_type_word_are_several_documents_of_the_issuer_named_after_them():
    text = ("Sáng 5/10/2025, Tỉnh ủy Đắk Lắk tổ chức hội nghị. Đồng chí Lương Nguyễn Minh Triết đề nghị thực hiện "
            "các Nghị quyết số 57-NQ/TW, 59-NQ/TW và 68-NQ/TW của Bộ Chính trị; chuẩn bị tổng kết Quyết định số "
            "217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị.")
    documents = [(d.number, d.kind, d.issuer.name) for d in extraction(text).documents]
    assert documents == [("57-NQ/TW", "Resolution", "Bộ Chính trị"), ("59-NQ/TW", "Resolution", "Bộ Chính trị"),
                         ("68-NQ/TW", "Resolution", "Bộ Chính trị"), ("217-QĐ/TW", "Decision", "Bộ Chính trị"),
                         ("218-QĐ/TW", "Decision", "Bộ Chính trị")]


def test_a_counted_organizer_is_a_tally_not_a_meeting():
    text = ("Sáng 5/12/2025, Ban Chấp hành Đảng bộ tỉnh Vĩnh Long tổ chức hội nghị. Đồng chí Lê Văn An, Bí thư "
            "Đảng ủy phường Long Châu phát biểu. Báo cáo cho biết, 100% đảng bộ xã, phường tổ chức thành công đại "
            "hội nhiệm kỳ 2025 - 2030; 12 chi bộ tổ chức hội nghị điểm.")
    assert [(event.kind, event.organizer.name) for event in extraction(text).events] == [
        ("Conference", "Ban Chấp hành Đảng bộ tỉnh Vĩnh Long")]


def test_a_minister_s_rank_is_held_in_the_agency_the_chairman_s_post_names_and_a_wire_tag_before_the_lead():
    text = ("Thứ Năm, 12/05/2022 | 20:35\n\nLàm việc với đoàn công tác\n\nQĐND Online - Chiều 12-5, Ban Thường vụ "
            "Tỉnh ủy Sơn La làm việc với đoàn công tác. Dự có đồng chí Đỗ "
            "Văn Hiếu, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ; bà Lò Thị Mai, Thứ trưởng, Phó Chủ nhiệm Ủy ban "
            "Dân tộc.")
    assert {("Đỗ Văn Hiếu", "Bộ trưởng", "Văn phòng Chính phủ"), ("Đỗ Văn Hiếu", "Chủ nhiệm", "Văn phòng Chính phủ"),
            ("Lò Thị Mai", "Thứ trưởng", "Ủy ban Dân tộc"), ("Lò Thị Mai", "Phó Chủ nhiệm", "Ủy ban Dân tộc")} \
        <= _roles(text)
    event = extraction(text).events[0]
    assert event.date.iso() == "2022-05-12"


def test_a_title_shared_over_a_colon_list_of_titled_names():
    text = ("Sáng 8/1/2026, Chính phủ tổ chức hội nghị với các địa phương. Cùng dự có các đồng chí Ủy viên Bộ Chính "
            "trị: Chủ tịch nước Đào Văn Sinh; Chủ tịch Quốc hội Mai Thị Lụa; Thường trực Ban Bí thư Tô Văn Hòe.")
    assert {("Đào Văn Sinh", "Ủy viên", "Bộ Chính trị"), ("Mai Thị Lụa", "Ủy viên", "Bộ Chính trị"),
            ("Tô Văn Hòe", "Ủy viên", "Bộ Chính trị"), ("Mai Thị Lụa", "Chủ tịch", "Quốc hội")} <= _roles(text)


def test_decisions_of_a_chairman_or_minister_announced_and_signed_are_their_body_s():
    text = ("Sáng 10/4/2025, UBND tỉnh Khánh Hòa tổ chức hội nghị. Ông Lê Văn Tư, Giám đốc Sở Nội vụ công bố các "
            "quyết định của Chủ tịch UBND tỉnh: Quyết định số 612/QĐ-UBND ngày 7/4/2025 về việc bổ nhiệm ông A; "
            "Quyết định số 613/QĐ-UBND cùng ngày về việc bổ nhiệm ông B. Chủ tịch UBND tỉnh Khánh Hòa Trần Phước "
            "Hải vừa ký ban hành Chỉ thị số 09/CT-UBND ngày 8/4/2025 về phòng, chống thiên tai.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers == {"612/QĐ-UBND": "Ủy ban nhân dân tỉnh Khánh Hòa", "613/QĐ-UBND": "Ủy ban nhân dân tỉnh Khánh Hòa",
                       "09/CT-UBND": "Ủy ban nhân dân tỉnh Khánh Hòa"}


def test_a_council_decides_in_its_resolution_and_a_committee_has_its_letter():
    text = ("Sáng 14/1/2026, UBND tỉnh Vĩnh Long họp. Trước đó, UBND tỉnh có Công văn số 88/UBND-KT gửi các chủ đầu "
            "tư theo danh mục đã được HĐND tỉnh quyết định tại Nghị quyết số 52/NQ-HĐND ngày 10/12/2025.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers == {"88/UBND-KT": "Ủy ban nhân dân tỉnh Vĩnh Long", "52/NQ-HĐND": "Hội đồng nhân dân tỉnh Vĩnh Long"}


def test_a_bare_post_of_the_one_speaking_for_a_body_is_in_that_body():
    text = ("Sáng 9/7/2024, HĐND tỉnh Gia Lai tổ chức kỳ họp thứ 17. Thay mặt Ban Pháp chế HĐND tỉnh, ông Rơ Mah Tuấn, "
            "Trưởng ban trình bày báo cáo thẩm tra.")
    assert ("Rơ Mah Tuấn", "Trưởng ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Gia Lai") in _roles(text)


def test_a_steering_committee_named_by_a_long_task():
    text = ("Sáng 5/12/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh họp. Đồng chí Lê Văn Cường báo cáo kết quả công tác năm "
            "2025 của Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh.")
    assert ("Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh", "OtherOrganization") in _bodies(text)


def test_the_party_organizations_of_a_province_s_military_and_of_a_military_region():
    text = ("Trong 2 ngày 20 và 21/7/2020, Đảng bộ Quân sự tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ "
            "2020 - 2025. Đại hội bầu Đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ Quân khu 4.")
    found = extraction(text)
    assert [(event.kind, event.organizer.name) for event in found.events] == [
        ("Congress", "Đảng bộ Quân sự tỉnh Hà Tĩnh")]
    assert ("Đảng bộ Quân khu 4", "PartyCommittee") in _bodies(text)


def test_a_defence_zone_command_of_2025():
    text = ("Sáng 1/7/2025, Bộ CHQS tỉnh Gia Lai tổ chức hội nghị. Thượng tá Đinh Văn Nhơn được bổ nhiệm giữ chức Chỉ "
            "huy trưởng Ban Chỉ huy Phòng thủ khu vực 3.")
    assert ("Đinh Văn Nhơn", "Chỉ huy trưởng", "Ban Chỉ huy Phòng thủ khu vực 3") in _roles(text)


def test_the_head_of_a_body_appointed_with_its_members():
    text = ("Ngày 8/8/2025, Đảng bộ xã Tân Hiệp tổ chức Đại hội. Quyết định số 401-QĐ/TU chỉ định Ủy ban Kiểm tra "
            "Đảng ủy xã gồm 5 đồng chí, do đồng chí Lâm Thị Nga làm Chủ nhiệm.")
    assert ("Lâm Thị Nga", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy xã Tân Hiệp") in _roles(text)


def test_a_counted_post_is_held_by_those_named_after_trong_do_co():
    text = ("Sáng 2/4/2026, HĐND tỉnh Hà Tĩnh tổ chức kỳ họp thứ nhất. Kỳ họp cũng bầu 13 Ủy viên UBND tỉnh, trong đó "
            "có Đại tá Phan Văn Hùng, Giám đốc Công an tỉnh.")
    assert {("Phan Văn Hùng", "Ủy viên", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
            ("Phan Văn Hùng", "Giám đốc", "Công an tỉnh Hà Tĩnh")} <= _roles(text)


def test_posts_held_respectively_go_to_the_names_in_order():
    text = ("Sáng 2/4/2026, HĐND xã Hòa Vang tổ chức kỳ họp thứ nhất. Các bà Lê Thị Hoa và Trần Thị Mai lần lượt giữ "
            "chức Trưởng Ban Kinh tế - Xã hội và Trưởng Ban Pháp chế HĐND xã.")
    roles = _roles(text)
    assert ("Lê Thị Hoa", "Trưởng ban", "Ban Kinh tế - Xã hội Hội đồng nhân dân xã Hòa Vang") in roles
    assert ("Trần Thị Mai", "Trưởng ban", "Ban Pháp chế Hội đồng nhân dân xã Hòa Vang") in roles
    assert ("Trần Thị Mai", "Trưởng ban", "Ban Kinh tế - Xã hội Hội đồng nhân dân xã Hòa Vang") not in roles


def test_the_one_reported_to_gives_no_post_and_southern_surnames():
    text = ("Sáng 5/11/2024, Chủ tịch nước làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng. Tham dự có các đồng chí Phó "
            "Bí thư Tỉnh ủy: Lâm Văn Mẫn, Chủ tịch HĐND tỉnh; Trầm Minh Hải, Chủ tịch UBND tỉnh. Báo cáo với Chủ tịch "
            "nước, đồng chí Trầm Minh Hải cho biết kinh tế tăng trưởng khá.")
    roles = _roles(text)
    assert {("Trầm Minh Hải", "Phó Bí thư", "Tỉnh ủy Sóc Trăng"),
            ("Trầm Minh Hải", "Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")} <= roles
    assert not any(person == "Trầm Minh Hải" and title == "Chủ tịch nước" for person, title, _ in roles)


def test_a_person_named_after_a_bare_level_word_though_a_commune_has_the_surname_s_name():
    text = ("Sáng 5/9/2025, Đảng ủy phường Hội An tổ chức hội nghị. Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường "
            "Phan Văn Lợi cho biết đã hoàn thành.")
    found = extraction(text)
    assert "Phan Văn Lợi" in {person.name for person in found.persons}
    assert "Phan" not in {area.name for area, _ in found.areas.values()}


def test_a_village_s_front_committee_and_a_region_named_only_in_a_post():
    text = ("Sáng 7/1/2026, Bộ CHQS tỉnh Nghệ An tổ chức lễ ra quân. Dự có Đại tá Lê Văn Toàn, Phó Tham mưu trưởng "
            "Quân khu 4. Đại tá Lê Văn Toàn đề nghị thực hiện Nghị quyết của Đảng ủy Quân khu về nhiệm vụ năm 2026. Ban "
            "Công tác Mặt trận thôn Yên Phú tổ chức ngày hội. Bà Lê Thị Lan, Trưởng Ban Công tác Mặt trận thôn cho "
            "biết nhân dân đã đóng góp.")
    assert ("Đảng ủy Quân khu 4", "PartyCommittee") in _bodies(text)
    assert ("Lê Thị Lan", "Trưởng ban", "Ban Công tác Mặt trận thôn Yên Phú") in _roles(text)


def test_an_entry_s_former_post_does_not_end_a_colon_list():
    text = ("Sáng 5/8/2025, Tỉnh đoàn Phú Thọ tổ chức hội nghị. Các đồng chí được chỉ định giữ chức Phó Bí thư Tỉnh "
            "đoàn gồm: Hà Văn Nam, nguyên Bí thư Tỉnh đoàn Hòa Bình; Lê Thị Thu; Phan Minh Tú, Chủ tịch Hội Liên hiệp "
            "Thanh niên Việt Nam tỉnh.")
    roles = _roles(text)
    assert {("Lê Thị Thu", "Phó Bí thư", "Tỉnh đoàn Phú Thọ"), ("Phan Minh Tú", "Phó Bí thư", "Tỉnh đoàn Phú Thọ")} <= roles
    assert not any(person == "Hà Văn Nam" and body == "Tỉnh đoàn Hòa Bình" for person, _, body in roles)


def test_authors_in_capitals_above_the_lead_and_a_byline_above_tags_and_a_share_bar():
    text = ("BÁO ĐIỆN TỬ TỈNH\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh\n\nTHANH HUYỀN - QUỐC VIỆT\n\n(ABC) - Chiều 17/10/2025, "
            "Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi tổ chức hội nghị.\n\nBài: LÊ AN - Ảnh: HỒNG PHÚC\n\nChia sẻ: Facebook "
            "| Zalo\n\n#Tỉnh ủy #Hội nghị\n")
    persons = {person.name for person in extraction(text).persons}
    assert {"THANH HUYỀN", "QUỐC VIỆT", "LÊ AN"} <= persons and "HỒNG PHÚC" not in persons


def test_a_bare_minister_s_rank_and_a_bare_company_are_the_ones_the_article_names():
    text = ("Sáng 16/9/2025, Bộ Xây dựng tổ chức lễ công bố quyết định. Thứ trưởng Lê Anh Tuấn chủ trì. Thừa ủy quyền "
            "của Bộ trưởng, bà Phạm Thu Hà, Vụ trưởng Vụ Tổ chức cán bộ công bố quyết định giao quyền Giám đốc Công ty "
            "cho ông Đỗ Văn Nam, Phó Giám đốc Công ty TNHH MTV Cấp nước Hà Nam.")
    roles = _roles(text)
    assert ("Lê Anh Tuấn", "Thứ trưởng", "Bộ Xây dựng") in roles
    assert ("Đỗ Văn Nam", "Phó Giám đốc", "Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Hà Nam") in roles
    assert not any(person == "Phạm Thu Hà" and title == "Bộ trưởng" for person, title, _ in roles)


def test_an_acting_post_given_to_someone_named_after_it():
    text = ("Sáng 3/10/2025, Bộ Tài chính tổ chức lễ công bố. Quyết định số 2210/QĐ-BTC về việc giao quyền Cục "
            "trưởng Cục Thống kê đối với ông Lương Văn Hòa, Phó Cục trưởng. Quyết định số 514/QĐ-UBND về việc giao "
            "quyền Giám đốc Công ty cho bà Vũ Thị Lan, Phó Giám đốc Công ty TNHH MTV Cấp nước Nam Định.")
    roles = _roles(text)
    assert ("Vũ Thị Lan", "Quyền Giám đốc", "Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Nam Định") in roles
    assert any(person == "Lương Văn Hòa" and title == "Quyền Cục trưởng" for person, title, _ in roles)
    assert ("Đỗ Minh Tuấn", "Quyền Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa") in _roles(
        "Sáng 3/7/2024, Tỉnh ủy Thanh Hóa họp. Ông Đỗ Minh Tuấn được giao quyền Chủ tịch UBND tỉnh.")


def test_the_presidium_of_the_general_confederation_issues_its_documents():
    text = ("Sáng 5/11/2021, LĐLĐ tỉnh Hà Nam tổ chức hội nghị. Thực hiện Công văn số 2150/TLĐ ngày 1/11/2021 của "
            "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, hội nghị đã biểu quyết.")
    assert [d.issuer.name for d in extraction(text).documents] == ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"]
