"""Rules added in session 7, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


def test_committee_heads_listed_title_colon_name_are_in_the_council_the_article_reports_on():
    text = ("Chiều 4/7/2021, HĐND huyện Mường Chà tổ chức kỳ họp thứ nhất. Kỳ họp bầu Chủ tịch HĐND huyện. "
            "Các Trưởng ban HĐND huyện gồm: Trưởng Ban Pháp chế: ông Lò Văn Pọm; Trưởng Ban Kinh tế - Xã hội: "
            "bà Quàng Thị Ến; Trưởng Ban Dân tộc: ông Giàng A Chu.")
    assert {("Lò Văn Pọm", "Trưởng ban", "Ban Pháp chế Hội đồng nhân dân huyện Mường Chà"),
            ("Quàng Thị Ến", "Trưởng ban", "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện Mường Chà"),
            ("Giàng A Chu", "Trưởng ban", "Ban Dân tộc Hội đồng nhân dân huyện Mường Chà")} == {
        role for role in _roles(text) if role[1] == "Trưởng ban"}


def test_a_bare_ban_dan_toc_outside_a_list_entry_is_not_taken_for_a_council_committee():
    bodies = _bodies("Sáng 4/7/2021, Ban Dân tộc phối hợp với UBND huyện Mường Chà tổ chức hội nghị.")
    assert not any(name.startswith("Ban Dân tộc Hội đồng") for name, _ in bodies)


def test_a_deputy_promoted_to_head_keeps_the_body_of_the_deputy_post():
    roles = _roles("Sáng 4/7/2021, HĐND tỉnh Điện Biên họp. Kỳ họp bầu ông Cà Văn Hoan, Phó Trưởng Ban Văn hóa - "
                   "Xã hội HĐND tỉnh giữ chức Trưởng Ban.")
    assert ("Cà Văn Hoan", "Trưởng ban", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Điện Biên") in roles


def test_a_department_name_ends_before_a_verb_or_after_a_place_name():
    bodies = {name for name, _ in _bodies(
        "Sáng 4/7/2023, UBND tỉnh Sơn La họp. Cục Chăn nuôi hướng dẫn quy trình; Tổng cục Hải quan công bố "
        "Quyết định số 55; Cục Quản lý thị trường Sơn La kiểm soát giá.")}
    assert "Cục Chăn nuôi" in bodies and "Tổng cục Hải quan" in bodies
    assert not any(word in name for name in bodies for word in ("hướng", "công bố", "kiểm soát"))


def test_an_election_s_name_and_a_candidacy_are_no_deputy_post():
    text = ("Sáng 4/1/2026, Ban Thường vụ Tỉnh ủy Sơn La họp, chỉ đạo chuẩn bị cuộc bầu cử đại biểu Quốc hội khóa XVI. "
            "Những người ứng cử đại biểu Quốc hội gồm: ông Lò Văn Mười, Bí thư Tỉnh ủy Sơn La; bà Cầm Thị Ỏn, "
            "Giám đốc Sở Tư pháp tỉnh Sơn La.")
    assert not any(role[1] == "Đại biểu" for role in _roles(text))
    assert ("Lò Văn Mười", "Bí thư", "Tỉnh ủy Sơn La") in _roles(text)
    assert "Quốc hội" not in {name for name, _ in _bodies(text)}


def test_after_july_2025_a_unit_of_a_merged_province_counts_for_the_new_one():
    extraction = _extraction(
        "Kiểm tra hai huyện cũ\n\nNgày 12/11/2025, Ủy ban Kiểm tra Tỉnh ủy Ninh Bình họp. Ban Thường vụ Huyện ủy Hải Hậu (cũ), "
        "UBND huyện Hải Hậu (cũ) và UBND huyện Giao Thủy (cũ) bị kiểm tra.")
    assert extraction.province.name == "Ninh Bình"
    assert ("Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", "PartyAgency") in {
        (body.name, body.kind) for body, _, _ in extraction.bodies.values()}


def test_a_meeting_said_to_take_place_on_a_day_is_dated_by_it_not_by_the_notice_of_its_results():
    events = _extraction("Thứ Năm, 14/03/2024 - 10:20\n\nThông báo kết quả kỳ họp\n\nNgày 14/3, Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh ban hành Thông báo về kết quả Kỳ họp thứ 19. "
                         "Kỳ họp diễn ra ngày 12/3, do đồng chí Trần Văn Kỳ, Chủ nhiệm UBKT Tỉnh ủy chủ trì. "
                         "Tại kỳ họp, UBKT Tỉnh ủy thi hành kỷ luật khiển trách một đảng viên.").events
    assert [(event.kind, event.date.iso()) for event in events] == [("Meeting", "2024-03-12")]


def test_a_council_that_tien_hanh_a_session_holds_it():
    events = _extraction("Ngày 22/6/2021, HĐND tỉnh Lai Châu khóa XV tiến hành kỳ họp thứ nhất.").events
    assert [(event.kind, event.organizer.name) for event in events] == [("Meeting", "Hội đồng nhân dân tỉnh Lai Châu")]


def test_a_bare_bloc_committee_is_the_bloc_named_before():
    text = ("Hội nghị Đảng ủy Khối\n\nSáng 5/3/2021, Đảng ủy Khối các cơ quan tỉnh Lai Châu tổ chức hội nghị. "
            "Đồng chí Lò Văn Hùng, Bí thư Đảng ủy Khối chủ trì. Dự có các đồng chí Phó Bí thư Đảng ủy Khối: "
            "Giàng A Dìn, Tao Thị Dung. Đảng bộ Khối có 60 tổ chức cơ sở đảng. Ban Thường vụ Đảng ủy Khối ban hành "
            "kế hoạch. Đảng ủy Khối phối hợp với Ban Tổ chức Tỉnh ủy rà soát.")
    bloc = "Đảng ủy Khối các cơ quan tỉnh Lai Châu"
    assert {("Lò Văn Hùng", "Bí thư", bloc), ("Giàng A Dìn", "Phó Bí thư", bloc),
            ("Tao Thị Dung", "Phó Bí thư", bloc)} <= _roles(text)
    names = {name for name, _ in _bodies(text)}
    assert {bloc, "Đảng bộ Khối các cơ quan tỉnh Lai Châu", "Ban Thường vụ " + bloc} <= names
    assert not any("phối hợp" in name or name.endswith("Khối") for name in names)


def test_a_bare_cell_or_committee_before_a_department_post_is_the_department_s():
    roles = _roles("Sáng 5/3/2021, Đảng ủy Khối các cơ quan tỉnh Yên Bái họp. Bà Hoàng Thị Mây, Bí thư Chi bộ, "
                   "Phó Giám đốc Sở Tư pháp cho biết. Ông Đặng Văn Tòng, Phó Bí thư Đảng ủy, Giám đốc Sở Xây dựng phát biểu.")
    assert {("Hoàng Thị Mây", "Bí thư", "Chi bộ Sở Tư pháp tỉnh Yên Bái"),
            ("Hoàng Thị Mây", "Phó Giám đốc", "Sở Tư pháp tỉnh Yên Bái"),
            ("Đặng Văn Tòng", "Phó Bí thư", "Đảng ủy Sở Xây dựng tỉnh Yên Bái"),
            ("Đặng Văn Tòng", "Giám đốc", "Sở Xây dựng tỉnh Yên Bái")} <= roles


def test_department_names_with_a_dash_or_nouns_that_look_like_verbs():
    bodies = {name for name, _ in _bodies(
        "Sáng 4/7/2019, Bộ Giao thông vận tải làm việc với tỉnh Cao Bằng. Dự có ông Lý Văn Sình, Phó Vụ trưởng "
        "Vụ Kế hoạch - Đầu tư; lãnh đạo Cục Quản lý xây dựng và Chất lượng công trình giao thông. Ông Hà Văn Hiếu, "
        "Vụ trưởng Vụ Tổ chức cán bộ đọc quyết định.")}
    assert {"Vụ Kế hoạch - Đầu tư", "Cục Quản lý xây dựng và Chất lượng công trình giao thông",
            "Vụ Tổ chức cán bộ"} <= bodies
    assert "Vụ Kế hoạch" in {name for name, _ in _bodies("Sáng 4/3/2020, Bộ trưởng chỉ đạo: Vụ Kế hoạch tổng hợp "
                                                         "kiến nghị của tỉnh.")}


def test_an_unknown_ward_named_like_a_person_is_the_person():
    roles = _roles("Sáng 4/9/2025, HĐND phường Hải Dương họp. Phó Chủ tịch UBND phường Tăng Văn Lộc báo cáo.")
    assert ("Tăng Văn Lộc", "Phó Chủ tịch", "Ủy ban nhân dân phường Hải Dương") in roles


def test_a_title_shared_by_a_list_of_those_elected():
    roles = _roles("Sáng 24/6/2021, HĐND tỉnh Lai Châu họp. Các Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: "
                   "Tống Thanh Hải, Ủy viên BTV Tỉnh ủy, giữ chức Phó Chủ tịch Thường trực; Hà Trọng Hải, "
                   "Giám đốc Sở Tài chính.")
    assert {("Tống Thanh Hải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu"),
            ("Tống Thanh Hải", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Lai Châu"),
            ("Hà Trọng Hải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu"),
            ("Hà Trọng Hải", "Giám đốc", "Sở Tài chính tỉnh Lai Châu")} <= roles


def test_people_listed_after_a_colon_are_cued_and_the_communes_after_them_are_places():
    extraction = _extraction(
        "Sáng 5/5/2018, Đoàn ĐBQH tỉnh Nghệ An tiếp xúc cử tri huyện Tương Dương. Về phía huyện có các đồng chí: "
        "Vi Thanh Hải - Tỉnh ủy viên, Bí thư Huyện ủy; Lữ Văn Kiên - Chủ tịch UBND huyện cùng cử tri các xã "
        "Tam Quang, Châu Thanh, Lưu Kiền.")
    names = {person.name for person in extraction.persons}
    assert "Vi Thanh Hải" in names and "Lữ Văn Kiên" in names
    assert not names & {"Châu Thanh", "Lưu Kiền", "Tam Quang"}


def test_a_bare_tinh_uy_in_a_chain_is_the_province_the_chain_names_next():
    roles = _roles("Điện Biên tiếp đoàn công tác\n\nSáng 4/7/2023, UBND tỉnh Điện Biên làm việc với đoàn công tác. "
                   "Chủ tịch UBND tỉnh Điện Biên chủ trì. Dự có ông Hồ Quang Bửu, Ủy viên Ban Thường vụ Tỉnh ủy, "
                   "Phó Chủ tịch UBND tỉnh Quảng Nam.")
    assert ("Hồ Quang Bửu", "Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Nam") in roles
    assert not any(body.endswith("Điện Biên") for name, _, body in roles if name == "Hồ Quang Bửu")


def test_a_province_of_a_neighbouring_country_and_its_bodies():
    extraction = _extraction(
        "Điện Biên tiếp đoàn tỉnh bạn\n\nSáng 12/7/2022, UBND tỉnh Điện Biên làm việc với Đoàn công tác tỉnh "
        "Luông Nặm Tha (Lào) do ông Khamphet Sisavath, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Tỉnh trưởng tỉnh Luông "
        "Nặm Tha làm Trưởng đoàn. Chủ tịch UBND tỉnh Điện Biên chủ trì.")
    roles = {(p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}
    assert {("Khamphet Sisavath", "Ủy viên", "Ban Thường vụ Tỉnh ủy Luông Nặm Tha"),
            ("Khamphet Sisavath", "Phó Tỉnh trưởng", "Chính quyền tỉnh Luông Nặm Tha"),
            ("Khamphet Sisavath", "Trưởng đoàn", "Đoàn công tác tỉnh Luông Nặm Tha")} <= roles
    areas = {(area.name, area.kind) for area, _ in extraction.areas.values()}
    assert {("Luông Nặm Tha", "Province"), ("Lào", "Country")} <= areas
    assert extraction.province.name == "Điện Biên"


def test_an_unknown_name_after_tinh_is_no_province_without_a_country():
    areas = {area.name for area, _ in _extraction(
        "Sáng 12/7/2022, UBND tỉnh Điện Biên làm việc với tỉnh Luông Nặm Tha.").areas.values()}
    assert "Luông Nặm Tha" not in areas


def test_a_voter_meeting_organized_with_a_partner_is_the_first_body_s_and_a_session_to_come_is_none():
    events = _extraction(
        "Thứ Tư, 08/10/2025 - 16:00\n\nCử tri phường Ba Đình kiến nghị\n\nSáng 8/10, Ủy ban MTTQ Việt Nam phường "
        "Ba Đình phối hợp với Đoàn đại biểu Quốc hội thành phố Hà Nội tổ chức hội nghị tiếp xúc cử tri trước Kỳ họp "
        "thứ 10, Quốc hội khóa XV. Tại kỳ họp, Quốc hội sẽ xem xét nhiều dự án luật.").events
    assert [(event.kind, event.organizer.name) for event in events] == [
        ("Meeting", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Ba Đình")]


def test_talks_with_a_delegation_are_a_meeting():
    events = _extraction("Sáng 20/6/2017, UBND tỉnh Đắk Nông tổ chức hội đàm với Đoàn đại biểu tỉnh Mondulkiri "
                         "(Vương quốc Campuchia).").events
    assert [(event.kind, event.organizer.name) for event in events] == [("Meeting", "Ủy ban nhân dân tỉnh Đắk Nông")]


def test_schools_hospitals_and_companies_where_posts_and_party_units_are():
    text = ("Sinh hoạt chi bộ\n\nChiều 18/10/2023, Đảng bộ Bệnh viện Đa khoa tỉnh Nghệ An tổ chức hội nghị tại "
            "Bệnh viện Hữu nghị Đa khoa Nghệ An. Dự có ông Hồ Văn Lâm, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa "
            "tỉnh. UBKT Huyện ủy Quế Phong kiểm tra Chi bộ Trường THCS Tiền Phong. Ông Lô Văn Pắn, Bí thư Chi bộ, "
            "Giám đốc Công ty TNHH MTV Lâm nghiệp Nghệ An phát biểu.")
    roles = _roles(text)
    assert {("Hồ Văn Lâm", "Bí thư", "Đảng ủy Bệnh viện Đa khoa tỉnh Nghệ An"),
            ("Hồ Văn Lâm", "Giám đốc", "Bệnh viện Đa khoa tỉnh Nghệ An"),
            ("Lô Văn Pắn", "Bí thư", "Chi bộ Công ty Trách nhiệm hữu hạn Một thành viên Lâm nghiệp Nghệ An"),
            ("Lô Văn Pắn", "Giám đốc", "Công ty Trách nhiệm hữu hạn Một thành viên Lâm nghiệp Nghệ An")} <= roles
    names = {name for name, _ in _bodies(text)}
    assert {"Đảng bộ Bệnh viện Đa khoa tỉnh Nghệ An", "Chi bộ Trường Trung học cơ sở Tiền Phong",
            "Trường Trung học cơ sở Tiền Phong"} <= names
    assert not any(name.startswith("Bệnh viện Hữu nghị") for name in names)  # only the venue


def test_national_mass_organizations_and_assembly_committees_and_a_charter_s_name():
    text = ("Sáng 4/3/2023, Hội Nông dân tỉnh Yên Bái họp theo Điều lệ Hội Nông dân Việt Nam. Trung ương Hội Chữ "
            "thập đỏ Việt Nam tặng Bằng khen. Dự có ông Lò Văn Khiêm, Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp "
            "của Quốc hội, và đại diện Công đoàn Việt Nam.")
    names = {name for name, _ in _bodies(text)}
    assert {"Trung ương Hội Chữ thập đỏ Việt Nam", "Ủy ban Pháp luật và Tư pháp của Quốc hội",
            "Công đoàn Việt Nam"} <= names
    assert "Hội Nông dân Việt Nam" not in names
    assert ("Lò Văn Khiêm", "Phó Chủ nhiệm", "Ủy ban Pháp luật và Tư pháp của Quốc hội") in _roles(text)


def test_the_youth_union_by_its_full_name_and_its_central_committee():
    text = ("Sáng 5/9/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bến Tre khai mạc. Dự có ông Lê Văn Tám, "
            "Bí thư Trung ương Đoàn. Trung ương Đoàn tặng Bằng khen cho Đoàn Thanh niên Cộng sản Hồ Chí Minh "
            "huyện Ba Tri.")
    names = {name for name, _ in _bodies(text)}
    assert {"Tỉnh đoàn Bến Tre", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Huyện đoàn Ba Tri"} <= names
    assert ("Lê Văn Tám", "Bí thư", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in _roles(text)


def test_the_committees_of_a_mass_organization_s_centre():
    text = ("Hội nghị Trung ương Hội\n\nNgày 14/12/2023, Ban Chấp hành Trung ương Hội Nông dân Việt Nam tổ chức "
            "Hội nghị lần thứ năm. Quyết định số 12/QĐ-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam. "
            "Đoàn Chủ tịch điều hành hội nghị.")
    kinds = dict(_bodies(text))
    assert kinds["Ban Chấp hành Trung ương Hội Nông dân Việt Nam"] == "ExecutiveCommittee"
    assert kinds["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam"] == "StandingCommittee"
    assert [e.organizer.name for e in _extraction(text).events] == ["Ban Chấp hành Trung ương Hội Nông dân Việt Nam"]


def test_a_site_footer_after_the_byline_ends_the_article():
    extraction = _extraction("Phường Chiềng Lề ra mắt mô hình\n\nSáng 5/9/2025, UBND phường Chiềng Lề họp. Anh Lò Văn Hải, "
                             "Bí thư Đoàn phường phát biểu.\n\nQuàng Thu Hà\n\nLiên kết website: Tỉnh ủy Sơn La | "
                             "UBND tỉnh Sơn La\nĐịa chỉ: phường Tô Hiệu, tỉnh Sơn La")
    assert "Quàng Thu Hà" in {person.name for person in extraction.persons}
    names = {body.name for body, _, _ in extraction.bodies.values()}
    assert "Ủy ban nhân dân tỉnh Sơn La" not in names and "Đoàn phường Chiềng Lề" in names


def test_trade_union_units_and_the_provincial_union_s_other_name():
    text = ("Sáng 5/9/2023, Đại hội Công đoàn tỉnh Thái Bình khai mạc. Bà Phạm Thị Hoa, Chủ tịch Công đoàn ngành "
            "Y tế tỉnh phát biểu. Công đoàn các cấp tham gia.")
    names = {name for name, _ in _bodies(text)}
    assert {"Liên đoàn Lao động tỉnh Thái Bình", "Công đoàn ngành Y tế tỉnh Thái Bình"} <= names
    assert not any(name.startswith("Công đoàn tỉnh") or "các cấp" in name for name in names)
    assert ("Phạm Thị Hoa", "Chủ tịch", "Công đoàn ngành Y tế tỉnh Thái Bình") in _roles(text)


def test_an_age_after_the_name_and_an_appointment_by_the_prime_minister():
    roles = _roles("Bộ Tài chính có thứ trưởng mới\n\nSáng 5/1/2022, ông Lê Văn Hòa, 49 tuổi, Vụ trưởng Vụ Ngân sách "
                   "nhà nước, được Thủ tướng bổ nhiệm làm thứ trưởng Bộ Tài chính. Dự có ông Phan Văn Tùng, kiêm "
                   "Trưởng Ban Tôn giáo Chính phủ.")
    assert {("Lê Văn Hòa", "Vụ trưởng", "Vụ Ngân sách nhà nước"),
            ("Lê Văn Hòa", "Thứ trưởng", "Bộ Tài chính")} <= roles
    assert ("Ban Tôn giáo Chính phủ", "Government") in _bodies("Sáng 5/1/2022, Ban Tôn giáo Chính phủ họp.")


def test_documents_issued_together_share_the_date_after_the_list_and_a_conference_centre_is_a_venue():
    extraction = _extraction(
        "Sáng 5/7/2017, Huyện ủy Hải Hậu quán triệt Nghị quyết số 18-NQ/TW về bộ máy và Nghị quyết số 19-NQ/TW "
        "về đơn vị sự nghiệp, cùng được ban hành ngày 25/10/2017. Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh.")
    assert {(d.number, d.date.iso() if d.date else None) for d in extraction.documents} == {
        ("18-NQ/TW", "2017-10-25"), ("19-NQ/TW", "2017-10-25")}
    assert not any(body.name.startswith("Trung tâm Hội nghị") for body, _, _ in extraction.bodies.values())


def test_bylines_with_an_outlet_or_before_related_headlines_and_a_minister_on_behalf_of_the_prime_minister():
    extraction = _extraction(
        "Ban Bí thư chỉ định nhân sự\n\nSáng 5/1/2016, thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Nội vụ "
        "Lê Văn Tùng trình bày tờ trình.\n\nMai Hòa/VOV-Miền Nam\n\n- Đồng Nai có tân Phó Chủ tịch UBND tỉnh\n"
        "- Ban Bí thư chỉ định Phó Bí thư Thành ủy Cần Thơ")
    assert "Mai Hòa" in {person.name for person in extraction.persons}
    posts = {(p.name, r.title) for p in extraction.persons for r in p.roles}
    assert ("Lê Văn Tùng", "Bộ trưởng") in posts and ("Lê Văn Tùng", "Thủ tướng") not in posts


def test_a_post_once_held_is_no_role():
    roles = _roles("Phê chuẩn kết quả bầu\n\nNgày 5/5/2026, Thủ tướng phê chuẩn kết quả bầu. Ông Vàng Seo Chứ, Ủy viên "
                   "Ban Thường vụ Tỉnh ủy Tuyên Quang, Phó Chủ tịch UBND tỉnh Tuyên Quang. Ông Vàng Seo Chứ từng giữ "
                   "chức Phó Chủ tịch UBND tỉnh Hà Giang.")
    assert ("Vàng Seo Chứ", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tuyên Quang") in roles
    assert not any(body.endswith("Hà Giang") for _, _, body in roles)


def test_the_assembly_standing_committee_abbreviated_and_its_committee_for_deputies():
    extraction = _extraction("Sáng 11/12/2019, UBTVQH họp. Trưởng Ban Công tác đại biểu Ngô Văn Khoa phát biểu. "
                             "Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 của UBTVQH về việc sắp xếp.")
    assert {(d.number, d.issuer.name) for d in extraction.documents} == {
        ("653/2019/UBTVQH14", "Ủy ban Thường vụ Quốc hội")}
    assert ("Ngô Văn Khoa", "Trưởng ban", "Ban Công tác đại biểu") in {
        (p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}


def test_a_numbered_delegation_and_its_later_mentions_by_number():
    extraction = _extraction(
        "Đoàn kiểm tra công bố quyết định\n\nSáng 22/8/2024, Đoàn kiểm tra số 5 của Bộ Chính trị, Ban Bí thư công "
        "bố quyết định kiểm tra. Ông Lê Văn Tân, Trưởng Đoàn kiểm tra số 5 phát biểu. Kế hoạch số 26-KH/ĐKT ngày "
        "12/8/2024 của Đoàn kiểm tra số 5 được triển khai.")
    name = "Đoàn kiểm tra số 5 của Bộ Chính trị, Ban Bí thư"
    assert ("Lê Văn Tân", "Trưởng đoàn", name) in {(p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}
    assert [d.issuer.name for d in extraction.documents] == [name]


def test_an_earlier_session_held_over_several_days_is_dated_by_its_first():
    events = _extraction(
        "Thứ năm, 21/10/2021, 18:30 (GMT+7)\n\nPhó chủ tịch tỉnh bị cảnh cáo\n\nThủ tướng quyết định kỷ luật cảnh "
        "cáo một phó chủ tịch tỉnh. Trước đó, tại kỳ họp thứ 6 từ ngày 19 đến 21-7, Ủy ban Kiểm tra Trung ương "
        "kết luận ông Cường vi phạm.").events
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in events] == [
        ("Meeting", "2021-07-19", "Ủy ban Kiểm tra Trung ương")]


def test_short_commune_and_town_words():
    from graph.normalize import spell_out_units
    assert spell_out_units("tại X.Vĩnh Hòa Hưng Nam (H.Gò Quao), TX.Long Mỹ và TT.Cái Tắc") == \
        "tại xã Vĩnh Hòa Hưng Nam (huyện Gò Quao), thị xã Long Mỹ và thị trấn Cái Tắc"
    assert spell_out_units("Ông X. Nguyễn") == "Ông X. Nguyễn"


def test_a_name_with_an_apostrophe_in_a_list_of_districts():
    areas = {(a.name, a.kind) for a, _ in _extraction(
        "Sáng 5/3/2022, UBND tỉnh Đắk Lắk họp. Sầu riêng tại các huyện Krông Pắc, Cư M'gar tăng nhanh.").areas.values()}
    assert {("Krông Pắc", "District"), ("Cư M'gar", "District")} <= areas


def test_the_party_of_a_province_named_with_its_government_and_people_and_a_neighbour_s_party():
    extraction = _extraction(
        "Hội đàm\n\nSáng 20/6/2017, UBND tỉnh Đắk Nông hội đàm với ông Thong Sarin, Ủy viên Ban Chấp hành Trung "
        "ương Đảng Nhân dân Campuchia, Tỉnh trưởng tỉnh Mondulkiri (Campuchia). Ông Thong Sarin cảm ơn Đảng bộ, "
        "chính quyền và Nhân dân tỉnh Đắk Nông.")
    names = {body.name for body, _, _ in extraction.bodies.values()}
    assert {"Đảng bộ tỉnh Đắk Nông", "Ban Chấp hành Trung ương Đảng Nhân dân Campuchia"} <= names
    assert "Ban Chấp hành Trung ương Đảng" not in names


def test_mass_organizations_listed_share_the_level_written_once():
    names = {name for name, _ in _bodies(
        "Sáng 5/7/2024, Ban Dân vận Tỉnh ủy Quảng Trị họp. Dự có lãnh đạo Hội LHPN, HND, Hội Cựu chiến binh tỉnh "
        "và Tỉnh đoàn.")}
    assert {"Hội Liên hiệp Phụ nữ tỉnh Quảng Trị", "Hội Nông dân tỉnh Quảng Trị",
            "Hội Cựu chiến binh tỉnh Quảng Trị"} <= names


def test_an_earlier_meeting_opened_with_truoc_do_is_dated():
    events = _extraction(
        "Thứ Sáu, 22/05/2026 - 10:00\n\nĐồng Nai tổng kết Chỉ thị 05\n\nSáng 22/5, Đảng ủy UBND tỉnh Đồng Nai tổ "
        "chức hội nghị tổng kết. Trước đó, ngày 15/5, Đảng ủy các cơ quan Đảng tỉnh cũng đã tổ chức hội nghị "
        "tổng kết.").events
    assert sorted(e.date.iso() for e in events) == ["2026-05-15", "2026-05-22"]


def test_a_post_held_in_a_clause_of_its_own_and_a_commune_named_with_a_dash():
    roles = _roles("Kỳ họp thứ nhất\n\nSáng 25/3/2026, HĐND phường Kỳ Lừa tổ chức kỳ họp thứ nhất. Kỳ họp bầu bà Chu "
                   "Thị Hạnh giữ chức Trưởng Ban Kinh tế - Xã hội và ông Vi Văn Mến giữ chức Trưởng Ban Pháp chế "
                   "HĐND phường.")
    assert {(name, body) for name, _, body in roles} == {
        ("Chu Thị Hạnh", "Ban Kinh tế - Xã hội Hội đồng nhân dân phường Kỳ Lừa"),
        ("Vi Văn Mến", "Ban Pháp chế Hội đồng nhân dân phường Kỳ Lừa")}
    assert ("Lê Thị Hoa", "Bí thư", "Đảng ủy xã Chân Mây - Lăng Cô") in _roles(
        "Ngày 5/12/2025, Thành ủy Huế họp. Bà Lê Thị Hoa, Bí thư Đảng ủy xã Chân Mây - Lăng Cô phát biểu.")


def test_a_byline_under_the_breadcrumb_beside_the_date_line_but_not_a_masthead():
    names = {p.name for p in _extraction(
        "BÁO ĐẮK NÔNG\nChính trị > Xây dựng Đảng\n\nHồng Thoan\n14/09/2023 17:05\n\nCông bố quyết định\n\n"
        "Chiều 14/9, Ban Thường vụ Tỉnh ủy Đắk Nông tổ chức hội nghị công bố quyết định.").persons}
    assert names == {"Hồng Thoan"}
    names = {p.name for p in _extraction(
        "Sóc Trăng Online\n14/09/2023 17:05\n\nĐại hội\n\nChiều 14/9, Hội Nông dân huyện Châu Thành tổ chức đại hội."
    ).persons}
    assert names == set()


def test_a_byline_between_the_headline_and_the_lead():
    names = {p.name for p in _extraction(
        "BÁO ĐIỆN BIÊN PHỦ\n07/08/2025 | 16:22\n\nĐại hội Đảng bộ phường Mường Thanh\n\nQuang Hưng\n\n(ĐBP) - Ngày "
        "7/8, Đảng bộ phường Mường Thanh tổ chức Đại hội đại biểu lần thứ I.").persons}
    assert names == {"Quang Hưng"}


def test_ban_dan_toc_listed_with_a_committee_only_a_council_has():
    roles = _roles("Sáng 4/7/2021, HĐND huyện Đà Bắc tổ chức kỳ họp thứ nhất. Các Trưởng ban của HĐND huyện gồm: "
                   "bà Xa Thị Lan - Trưởng Ban Dân tộc; ông Bùi Văn Quế - Trưởng Ban Kinh tế - Xã hội.")
    assert ("Xa Thị Lan", "Trưởng ban", "Ban Dân tộc Hội đồng nhân dân huyện Đà Bắc") in roles


def test_a_list_of_units_described_between_its_level_word_and_its_names():
    extraction = _extraction("Sáng 20/6/2017, UBND tỉnh Đắk Nông họp. Dự có Chủ tịch UBND các huyện biên giới "
                             "Tuy Đức, Đắk Mil, Cư Jút. Hỗ trợ các xã vùng cao Quảng Trực, Đắk Ngo.")
    areas = {(a.name, a.kind) for a, _ in extraction.areas.values()}
    assert {("Tuy Đức", "District"), ("Cư Jút", "District"), ("Quảng Trực", "Commune"), ("Đắk Ngo", "Commune")} <= areas
    assert "Ủy ban nhân dân huyện Cư Jút" in {body.name for body, _, _ in extraction.bodies.values()}


def test_a_mass_organization_s_past_congress_and_the_reported_one_named_bare_in_the_headline():
    events = _extraction(
        "Kon Tum: Hội Cựu chiến binh tỉnh tổng kết năm 2023\n\nSáng 5/1/2024, Hội Cựu chiến binh tỉnh Kon Tum tổ "
        "chức hội nghị tổng kết. Trong 15 chỉ tiêu mà Đại hội đại biểu Hội CCB tỉnh lần thứ VII, nhiệm kỳ 2022 - "
        "2027 đề ra, đã có 11 chỉ tiêu đạt.").events
    assert sorted((e.kind, e.date.iso()) for e in events) == [("Conference", "2024-01-05"), ("Congress", "2022")]
    events = _extraction(
        "Đại hội đại biểu Hội Chữ thập đỏ huyện lần thứ VI, nhiệm kỳ 2022 - 2027\n\nNgày 17/6/2022, Hội Chữ thập "
        "đỏ huyện Trấn Yên tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2022 - 2027.").events
    assert [(e.kind, e.date.iso()) for e in events] == [("Congress", "2022-06-17")]


def test_a_masthead_in_capitals_names_no_hamlet():
    areas = {a.name for a, _ in _extraction("BÁO ẤP BẮC ĐIỆN TỬ\n\nSáng 5/1/2017, HĐND tỉnh Tiền Giang họp.").areas.values()}
    assert "BẮC ĐIỆN TỬ" not in areas and "Tiền Giang" in areas


def test_a_byline_whose_name_begins_like_an_editorial_word():
    names = {p.name for p in _extraction("Sáng 4/7/2019, Bộ Giao thông vận tải làm việc với tỉnh Hà Giang.\n\n"
                                         "Bài, ảnh: BIÊN THÙY").persons}
    assert names == {"BIÊN THÙY"}
    assert {p.name for p in _extraction("Sáng 4/7/2019, UBND tỉnh Hà Giang họp.\n\nBAN BIÊN TẬP").persons} == set()


def test_an_earlier_meeting_of_the_same_body_is_another_event():
    events = _extraction(
        "Thứ Bảy, 05/05/2018 - 16:42\n\nCử tri Quế Phong kiến nghị\n\nSáng 5/5, Đoàn đại biểu Quốc hội tỉnh Nghệ An "
        "tổ chức tiếp xúc cử tri huyện Quế Phong. Trước đó, chiều 4/5, Đoàn ĐBQH tỉnh đã tiếp xúc cử tri huyện "
        "Quỳ Châu.").events
    assert sorted(e.date.iso() for e in events) == ["2018-05-04", "2018-05-05"]


def test_ong_la_gives_posts_to_the_one_person_named_just_before():
    roles = _roles("Phó chủ tịch tỉnh bị cảnh cáo\n\nNgày 21/10/2021, Thủ tướng kỷ luật ông Lê Huy Cường. Ông Lê Huy Cường "
                   "54 tuổi, quê Quảng Ngãi. Ông là Tỉnh ủy viên, Giám đốc Sở Tài chính tỉnh Bình Thuận.")
    assert {("Lê Huy Cường", "Ủy viên", "Tỉnh ủy Bình Thuận"),
            ("Lê Huy Cường", "Giám đốc", "Sở Tài chính tỉnh Bình Thuận")} <= roles
    roles = _roles("Ngày 21/10/2021, ông Lê Văn A và ông Trần Văn B dự họp. Ông là Giám đốc Sở Tài chính tỉnh Bình Thuận.")
    assert not any(title == "Giám đốc" for _, title, _ in roles)  # two named before: whose is unclear
