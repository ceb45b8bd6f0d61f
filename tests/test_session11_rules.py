"""Rules added in session 11, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction, roles as _roles


def test_the_office_of_the_national_assembly_and_its_departments_are_not_the_government_s():
    text = ("Sáng 4/6/2022, Ban Tuyên giáo Trung ương tổ chức hội nghị. Ông Lê Văn Khang, Phó Chủ nhiệm Văn phòng "
            "Quốc hội và bà Đào Thị Sen, Vụ trưởng Vụ Dân nguyện, Văn phòng Quốc hội phát biểu.")
    bodies = _bodies(text)
    assert ("Văn phòng Quốc hội", "OtherOrganization") in bodies
    assert ("Vụ Dân nguyện", "OtherOrganization") in bodies
    assert ("Đào Thị Sen", "Vụ trưởng", "Vụ Dân nguyện") in _roles(text)


def test_a_division_of_the_provincial_police_is_the_police_s_not_the_government_s():
    text = ("Sáng 8/5/2024, Ban Tuyên giáo Tỉnh ủy Phú Thọ tổ chức hội nghị. Thượng tá Vũ Văn Hòe, Phó Trưởng "
            "phòng Phòng Cảnh sát kinh tế Công an tỉnh Phú Thọ trình bày chuyên đề.")
    assert ("Phòng Cảnh sát kinh tế Công an tỉnh Phú Thọ", "OtherOrganization") in _bodies(text)


def test_the_party_cell_of_a_numbered_quarter():
    text = ("Sáng 2/3/2026, Đảng ủy phường Đông Kinh tổ chức hội nghị. Ông Nông Văn Sáu, Bí thư Chi bộ khối 7 "
            "phát biểu.")
    assert ("Nông Văn Sáu", "Bí thư", "Chi bộ khối 7") in _roles(text)


def test_a_written_year_in_the_lead_dates_the_article_not_the_term_of_a_congress_still_to_come():
    text = ("Phú Lương quán triệt Chỉ thị 35\n\n"
            "Ngày 10/10/2019, Đảng ủy xã Phú Lương tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW. Đại hội chi "
            "bộ hoàn thành trước ngày 31/3/2020. Đảng ủy xã đã "
            "ban hành Kế hoạch số 51-KH/ĐU ngày 2/10/2019 về tổ chức Đại hội đại biểu Đảng bộ xã Phú Lương lần "
            "thứ XXV, nhiệm kỳ 2020 - 2025.")
    events = [(event.kind, event.date and event.date.iso()) for event in extraction(text).events]
    assert events == [("Conference", "2019-10-10")]


def test_a_post_taken_up_as_director_of_a_department_is_not_read_as_giu_chuc_vu():
    text = ("Sáng 5/4/2024, Bộ Nội vụ công bố Quyết định số 215/QĐ-BNV về việc bổ nhiệm ông Lò Văn Pín, Phó Vụ "
            "trưởng Vụ Tiền lương giữ chức Vụ trưởng Vụ Tiền lương.")
    assert ("Lò Văn Pín", "Vụ trưởng", "Vụ Tiền lương") in _roles(text)


def test_a_decision_of_the_minister_and_chairman_of_a_committee_is_the_committee_s():
    text = ("Sáng 5/4/2024, ông Hà Văn Lâm công bố Quyết định số 97/QĐ-UBDT ngày 1/4/2024 của Bộ trưởng, Chủ "
            "nhiệm Ủy ban Dân tộc về việc bổ nhiệm cán bộ.")
    documents = [(d.number, d.issuer and d.issuer.name) for d in extraction(text).documents]
    assert documents == [("97/QĐ-UBDT", "Ủy ban Dân tộc")]


def test_people_listed_after_cac_ong_are_persons():
    text = ("Sáng 5/4/2019, Thị ủy Bến Cát trao Huy hiệu Đảng. Nhận Huy hiệu 50 năm tuổi Đảng là các ông: Lê Văn "
            "Nhì, Võ Văn Ba (phường Mỹ Phước) và Phan Văn Tư (xã An Điền).")
    names = {person.name for person in extraction(text).persons}
    assert {"Lê Văn Nhì", "Võ Văn Ba", "Phan Văn Tư"} <= names


def test_a_bare_station_commander_commands_the_border_station_named_before():
    text = ("Sáng 5/4/2026, đoàn đến thăm Đồn Biên phòng Thanh Thủy; Trung tá Lý Văn Páo, Đồn trưởng báo cáo "
            "tình hình biên giới.")
    assert ("Lý Văn Páo", "Đồn trưởng", "Đồn Biên phòng Thanh Thủy") in _roles(text)


def test_a_party_paper_s_masthead_motto_names_no_body():
    text = ("BÁO HÀ NAM\nCơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hà Nam\n\nSáng 5/4/2019, Huyện ủy "
            "Kim Bảng tổ chức hội nghị công bố quyết định về công tác cán bộ.")
    assert not any(name.startswith("Đảng bộ") for name, _ in _bodies(text))


def test_a_project_management_board_and_a_named_economic_zone_board_are_bodies():
    text = ("Sáng 12/4/2023, Ban Quản lý dự án Nông nghiệp tỉnh Phú Yên tổ chức lễ khởi công. Ông Đào Văn Lành, Giám "
            "đốc Ban Quản lý dự án Nông nghiệp tỉnh phát biểu. Ông Hồ Sỹ Nam - Trưởng Ban Quản lý Khu kinh tế "
            "Nam Phú Yên dự. Bà Cao Thị Hạnh, Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) dự.")
    assert {("Đào Văn Lành", "Giám đốc", "Ban Quản lý dự án Nông nghiệp tỉnh Phú Yên"),
            ("Hồ Sỹ Nam", "Trưởng ban", "Ban Quản lý Khu kinh tế Nam Phú Yên"),
            ("Cao Thị Hạnh", "Phó Chủ tịch", "Liên đoàn Thương mại và Công nghiệp Việt Nam")} <= _roles(text)


def test_the_people_s_committee_that_approves_or_grants_at_a_decision_issued_it():
    text = ("Sáng 12/4/2023, UBND tỉnh Phú Yên họp. Dự án được UBND tỉnh phê duyệt tại Quyết định số 712/QĐ-UBND "
            "ngày 3/3/2022. Nhà máy được UBND tỉnh cấp Quyết định chủ trương đầu tư số 95/QĐ-UBND ngày 9/1/2021.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers == {"712/QĐ-UBND": "Ủy ban nhân dân tỉnh Phú Yên", "95/QĐ-UBND": "Ủy ban nhân dân tỉnh Phú Yên"}


def test_company_names_run_over_lower_case_words_and_stop_at_a_verb():
    text = ("Sáng 12/4/2023, UBND tỉnh Hà Nam làm việc với doanh nghiệp. Ông Lý Minh Đức, Tổng Giám đốc Công ty "
            "TNHH Công nghệ sinh học Tràng An phát biểu. Bà Mạc Thị Thu - Chủ tịch Hội đồng quản trị Công ty Cổ "
            "phần Đầu tư và Phát triển Khu công nghiệp Tràng Duệ đề nghị huyện Duy Tiên hỗ trợ.")
    assert {("Lý Minh Đức", "Tổng Giám đốc", "Công ty Trách nhiệm hữu hạn Công nghệ sinh học Tràng An"),
            ("Mạc Thị Thu", "Chủ tịch",
             "Hội đồng quản trị Công ty Cổ phần Đầu tư và Phát triển Khu công nghiệp Tràng Duệ")} <= _roles(text)


def test_a_bare_company_board_is_the_board_of_the_company_whose_delegation_is_named():
    text = ("Chiều 5/5/2021, Thường trực Tỉnh ủy Hòa Bình làm việc với Đoàn công tác Công ty Cổ phần Chè Đà Bắc do "
            "ông Bùi Văn Hùng, Chủ tịch Hội đồng quản trị Công ty làm trưởng đoàn.")
    assert ("Bùi Văn Hùng", "Chủ tịch", "Hội đồng quản trị Công ty Cổ phần Chè Đà Bắc") in _roles(text)


def test_a_bare_village_cell_and_front_committee_are_those_of_the_village_named():
    text = ("Ngày 16/11/2025, tại buôn Ea Kmăt, xã Ea Kar, Ban Công tác Mặt trận tổ chức Ngày hội Đại đoàn kết. Bà "
            "H'Lan Niê, Trưởng ban Công tác Mặt trận buôn phát biểu. Ông Y Sơn Êban, Bí thư Chi bộ buôn dự.")
    assert {("H'Lan Niê", "Trưởng ban", "Ban Công tác Mặt trận buôn Ea Kmăt"),
            ("Y Sơn Êban", "Bí thư", "Chi bộ buôn Ea Kmăt")} <= _roles(text)


def test_a_capitalized_buon_begins_a_place_s_name_and_a_place_name_s_apostrophe_is_as_typed():
    text = ("Sáng 3/3/2024, Huyện ủy Buôn Đôn tổ chức hội nghị. Dự có đại diện xã Buôn Choáh.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert ("Buôn Đôn", "District") in areas
    assert not any(kind == "Village" for _, kind in areas)
    text = "Sáng 3/9/2025, Đảng ủy xã M'Drắk tổ chức hội nghị."
    assert ("M'Drắk", "Commune") in {(area.name, area.kind) for area, _ in extraction(text).areas.values()}


def test_posts_a_council_elects_or_dismisses_with_doi_voi_and_lists_after_gom():
    text = ("Sáng 8/7/2021, HĐND tỉnh Tuyên Quang tổ chức kỳ họp thứ nhất. HĐND tỉnh bầu 2 Phó Chủ tịch HĐND tỉnh "
            "gồm bà Ma Thị Nhung (tái cử) và ông Hoàng Văn Lự, Trưởng Ban Dân tộc HĐND tỉnh khóa XVIII. Kỳ họp bầu "
            "bổ sung Ủy viên UBND tỉnh đối với Đại tá Chu Văn Kiên, Giám đốc Công an tỉnh. Kỳ họp miễn nhiệm chức "
            "vụ Trưởng Ban Pháp chế HĐND tỉnh đối với ông Lý Văn Sình. Ông Mông Văn Tới, Trưởng Ban KT-NS HĐND "
            "tỉnh báo cáo.")
    council = "Hội đồng nhân dân tỉnh Tuyên Quang"
    roles = _roles(text)
    assert {("Ma Thị Nhung", "Phó Chủ tịch", council), ("Hoàng Văn Lự", "Phó Chủ tịch", council),
            ("Chu Văn Kiên", "Ủy viên", "Ủy ban nhân dân tỉnh Tuyên Quang"),
            ("Lý Văn Sình", "Trưởng ban", f"Ban Pháp chế {council}"),
            ("Mông Văn Tới", "Trưởng ban", f"Ban Kinh tế - Ngân sách {council}")} <= roles
    assert not any(body.startswith("Vụ") for _, _, body in roles)


def test_the_surname_ong_after_a_cue_or_a_rank():
    text = ("Ngày 5/7/2024, HĐND huyện Tuy Phước họp. Thượng tá Ông Văn Bình, Trưởng Công an huyện dự. Bà Ông Thị "
            "Lan, Phó Chủ tịch UBND huyện phát biểu.")
    names = {person.name for person in extraction(text).persons}
    assert {"Ông Văn Bình", "Ông Thị Lan"} <= names


def test_a_bare_inspection_team_and_its_head_are_the_numbered_team_named():
    text = ("Sáng 5/9/2022, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy Gia Lai công bố quyết định kiểm tra. Đồng "
            "chí Rơ Lan Chớ, Trưởng ban Tổ chức Tỉnh ủy, Trưởng đoàn kiểm tra chủ trì hội nghị. Hội nghị thông qua "
            "Kế hoạch số 12-KH/ĐKT ngày 8/9/2022 của Đoàn kiểm tra.")
    team = "Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy Gia Lai"
    assert ("Rơ Lan Chớ", "Trưởng đoàn", team) in _roles(text)
    assert [(d.number, d.issuer and d.issuer.name) for d in extraction(text).documents] == [("12-KH/ĐKT", team)]


def test_a_meeting_dated_after_the_article_is_still_to_come_and_goi_phan_looks_ahead():
    text = ("Thứ Hai, 15/07/2019 - 10:20\n\nBình Phước sơ kết 6 tháng\n\nSáng 15/7, Tỉnh ủy Bình Phước tổ chức hội "
            "nghị sơ kết 6 tháng. Theo kế hoạch, đại hội chi bộ hoàn thành trước ngày 30/4/2020; Đại hội đại biểu "
            "Đảng bộ tỉnh lần thứ XI dự kiến diễn ra trong tháng 10/2020. Các cấp ủy góp phần tổ chức thành công "
            "Đại hội đại biểu Đảng bộ huyện Đồng Phú lần thứ XII, nhiệm kỳ 2020 - 2025.")
    events = [(e.kind, e.organizer.name, e.date.iso()) for e in extraction(text).events]
    assert events == [("Conference", "Tỉnh ủy Bình Phước", "2019-07-15")]


def test_a_bare_city_committee_in_a_chain_is_of_the_city_the_chain_names_next():
    text = ("Ngày 5/12/2025, UBND tỉnh Đồng Nai và UBND TP Hồ Chí Minh tổ chức hội nghị. Ông Lò Văn Hậu, Phó Bí thư "
            "Thành ủy, Chủ tịch UBND TP Hồ Chí Minh phát biểu.")
    assert ("Lò Văn Hậu", "Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh") in _roles(text)


def test_provincial_departments_of_tourism_and_of_culture_and_sports():
    text = ("Sáng 10/1/2023, UBND tỉnh Quảng Ninh tổng kết năm. Giám đốc Sở Du lịch Bế Thị Lan nêu giải pháp. Ông "
            "Hoàng Văn Pha, Giám đốc Sở Văn hóa và Thể thao phát biểu.")
    assert {("Bế Thị Lan", "Giám đốc", "Sở Du lịch tỉnh Quảng Ninh"),
            ("Hoàng Văn Pha", "Giám đốc", "Sở Văn hóa và Thể thao tỉnh Quảng Ninh")} <= _roles(text)


def test_a_commune_party_committee_member_who_leads_a_village_cell():
    text = ("Ngày 20/8/2025, Đảng bộ xã Tràng Định tổ chức Đại hội. Đồng chí Lăng Văn Pảo, Đảng ủy viên, Bí thư Chi "
            "bộ thôn Nà Cạn phát biểu.")
    assert {("Lăng Văn Pảo", "Ủy viên", "Đảng ủy xã Tràng Định"),
            ("Lăng Văn Pảo", "Bí thư", "Chi bộ thôn Nà Cạn")} <= _roles(text)


def test_a_village_s_great_unity_festival_and_a_cell_s_monthly_meeting_are_events():
    text = ("VOV.VN - Ngày 16/11/2025, Ban Công tác Mặt trận thôn Khuôn Vạc, xã Na Rì, tỉnh Thái Nguyên tổ chức Ngày "
            "hội Đại đoàn kết toàn dân tộc năm 2025.")
    assert [(e.kind, e.organizer.name) for e in extraction(text).events] == [
        ("Conference", "Ban Công tác Mặt trận thôn Khuôn Vạc")]
    text = ("Tối 5/3/2026, Chi bộ tổ dân phố Lê Lợi (Đảng bộ phường Sơn Tây) tổ chức sinh hoạt chi bộ thường kỳ "
            "tháng 3.")
    assert [(e.kind, e.organizer.name) for e in extraction(text).events] == [("Meeting", "Chi bộ tổ dân phố Lê Lợi")]


def test_banks_their_branches_and_the_state_bank():
    text = ("Sáng 5/4/2024, UBND tỉnh Điện Biên tổ chức hội nghị. Ông Lò Văn Pọm, Giám đốc Ngân hàng Nông nghiệp và "
            "Phát triển Nông thôn Việt Nam (Agribank) Chi nhánh tỉnh Điện Biên cho biết. Bà Cầm Thị Ngân, Phó Tổng "
            "Giám đốc Ngân hàng TMCP Công Thương Việt Nam phát biểu. Thống đốc Ngân hàng Nhà nước Việt Nam Lường "
            "Văn Ỏn dự.")
    assert {("Lò Văn Pọm", "Giám đốc", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam Chi nhánh tỉnh Điện Biên"),
            ("Cầm Thị Ngân", "Phó Tổng Giám đốc", "Ngân hàng Thương mại cổ phần Công Thương Việt Nam"),
            ("Lường Văn Ỏn", "Thống đốc", "Ngân hàng Nhà nước Việt Nam")} <= _roles(text)


def test_a_village_whose_name_begins_with_lang_after_its_level_word():
    text = "Sáng 5/9/2025, Đảng ủy xã Yên Thủy họp. Du lịch ở thôn Đồng Mới và thôn Làng Ngòi phát triển."
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert ("Làng Ngòi", "Village") in areas and ("Ngòi", "Village") not in areas


def test_communes_listed_bare_after_a_counted_or_plural_commune_word():
    text = ("Sáng 5/5/2018, Huyện ủy Krông Bông họp. Huyện có 3 xã đạt chuẩn nông thôn mới là Hòa Sơn, Cư KTy và "
            "Yang Reh; các xã còn khó khăn như Cư Pui, Hòa Phong cần được hỗ trợ.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert {("Hòa Sơn", "Commune"), ("Cư KTy", "Commune"), ("Yang Reh", "Commune"), ("Cư Pui", "Commune"),
            ("Hòa Phong", "Commune")} <= areas


def test_a_counted_post_then_a_comma_and_gom_is_each_listed_one_s():
    text = ("Sáng 3/3/2026, HĐND phường Tam Kỳ tổ chức kỳ họp thứ nhất. Kỳ họp bầu 3 Ủy viên UBND phường, gồm Thượng "
            "tá Đinh Văn Lộc, Trưởng Công an phường và bà Hồ Thị Mai, Trưởng phòng Văn hóa - Xã hội.")
    assert {("Đinh Văn Lộc", "Ủy viên", "Ủy ban nhân dân phường Tam Kỳ"),
            ("Hồ Thị Mai", "Ủy viên", "Ủy ban nhân dân phường Tam Kỳ")} <= _roles(text)


def test_a_joint_regulation_numbered_with_the_codes_of_all_its_signatories():
    text = ("Sáng 3/3/2025, UBND xã Ea Tul và Ủy ban MTTQ Việt Nam xã tổ chức hội nghị. Quy chế phối hợp số "
            "03/QCPH-UBND-MTTQ gồm 4 chương. Nghị quyết liên tịch số 09/2020/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN được "
            "triển khai.")
    numbers = {d.number for d in extraction(text).documents}
    assert numbers == {"03/QCPH-UBND-MTTQ", "09/2020/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"}


def test_a_post_held_as_well_after_a_comma_and_kiem():
    text = ("Sáng 5/3/2022, Bộ Nội vụ tổ chức lễ công bố. Dự có ông Hoàng Văn Chiến, Thứ trưởng Bộ Nội vụ, kiêm "
            "trưởng Ban Tôn giáo Chính phủ.")
    assert ("Hoàng Văn Chiến", "Trưởng ban", "Ban Tôn giáo Chính phủ") in _roles(text)


def test_a_two_word_given_name_alone_is_the_person_named_in_full_and_an_official_s_name_ends_a_department():
    text = ("Sáng 5/3/2019, Bộ NN&PTNT làm việc với tỉnh Yên Bái. Cùng đi có Phó tổng cục trưởng Tổng cục Thủy lợi "
            "Lục Văn Khánh. Bà Thạch Thị Sa Ry, Chủ tịch HĐND tỉnh dự. Sau đó, bà Sa Ry chủ trì.")
    people = extraction(text).persons
    assert {p.name for p in people} == {"Lục Văn Khánh", "Thạch Thị Sa Ry"}
    assert ("Lục Văn Khánh", "Phó Tổng cục trưởng", "Tổng cục Thủy lợi") in _roles(text)


def test_a_session_qualified_as_the_regular_year_end_one_held_at_in_the_lead():
    text = ("HĐND tỉnh Hòa Bình bầu bổ sung chức danh\n\nSáng 8/12/2022, tại kỳ họp thường lệ cuối năm, HĐND tỉnh "
            "Hòa Bình đã bầu bổ sung một Phó Chủ tịch UBND tỉnh.\n\nTrước đó, ngày 6/12/2022, Thường trực HĐND tỉnh "
            "đã họp thống nhất chương trình kỳ họp.")
    ex = extraction(text)
    assert ("Meeting", "Hội đồng nhân dân tỉnh Hòa Bình", "2022-12-08") in {
        (e.kind, e.organizer.name, e.date.iso()) for e in ex.events}
    assert ex.published.iso() == "2022-12-08"


def test_a_session_dated_by_its_span_of_days_mid_sentence():
    text = ("Hà Tĩnh: Khiển trách Chủ tịch UBND huyện\n\n(Dân trí) - Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh vừa thi hành kỷ "
            "luật bằng hình thức khiển trách đối với ông Lê Văn Hòa.\n\nNgày 22/9/2021, thông tin từ Ủy ban Kiểm tra "
            "Tỉnh ủy Hà Tĩnh cho biết, kỳ họp thứ 9 của cơ quan này diễn ra trong hai ngày 20 và 21/9.\n\nTại kỳ họp, "
            "Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả kiểm tra đối với Ban Thường vụ Huyện ủy Can Lộc.")
    events = [(e.organizer.name, e.date and e.date.iso()) for e in extraction(text).events]
    assert events == [("Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", "2021-09-20")]


def test_a_district_listed_after_others_that_became_a_town_later_is_still_a_district():
    text = "Sáng 5/3/2019, UBND tỉnh Lào Cai họp. Rừng tập trung ở các huyện Bắc Hà, Bát Xát và Sa Pa."
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert ("Sa Pa", "District") in areas
