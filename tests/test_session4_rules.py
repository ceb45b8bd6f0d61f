"""Rules added after the ninth and tenth blind sets (t79–t98), on invented sentences of
the genre (other names, places and numbers than the test articles)."""
from graph.extract.dates import infer_year
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


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


def test_the_party_organizations_of_2025():
    roles = _roles("Ngày 6/2/2025, Ban Thường vụ Tỉnh ủy Sóc Trăng thành lập Đảng bộ các cơ quan Đảng tỉnh và Đảng bộ "
                   "UBND tỉnh. Đồng chí Lâm Văn Mẫn được chỉ định giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh; "
                   "đồng chí Trần Văn Lâu giữ chức Bí thư Đảng ủy UBND tỉnh.")
    assert ("Lâm Văn Mẫn", "Bí thư", "Đảng ủy các cơ quan Đảng tỉnh Sóc Trăng") in roles
    assert ("Trần Văn Lâu", "Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Sóc Trăng") in roles


def test_a_special_zone_is_a_commune_known_by_name():
    extraction = _extraction("Sáng 5/9/2025, Đảng ủy đặc khu Côn Đảo tổ chức hội nghị. Theo Chủ tịch UBND đặc khu "
                             "Lê Văn Hòa, đặc khu đang thiếu công chức.")
    assert ("Côn Đảo", "Commune") in {(a.name, a.kind) for a, _ in extraction.areas.values()}
    assert {(p.name, r.body.name) for p in extraction.persons for r in p.roles} == {
        ("Lê Văn Hòa", "Ủy ban nhân dân đặc khu Côn Đảo")}  # a person's name is no special zone


def test_standing_members_of_the_government_hold_a_meeting():
    (event,) = _extraction("Chiều 5/3/2024, Thường trực Chính phủ làm việc với các tỉnh Tây Nguyên.").events
    assert (event.organizer.name, event.date.iso()) == ("Thường trực Chính phủ", "2024-03-05")


def test_documents_submitted_to_a_congress_do_not_make_it_an_event():
    events = _extraction("Chiều 9/7/2025, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị cho ý kiến vào dự thảo "
                         "các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.").events
    assert [(e.kind, e.organizer.name) for e in events] == [("Conference", "Ban Chấp hành Đảng bộ tỉnh Quảng Trị")]


def test_a_district_does_not_issue_the_provinces_plan():
    documents = {d.number: d.issuer.name if d.issuer else None for d in _extraction(
        "Năm 2023, Ban Chấp hành Đảng bộ huyện Tiên Lữ (Hưng Yên) ban hành Nghị quyết số 09-NQ/HU, cụ thể hóa Kế hoạch "
        "số 87-KH/TU về củng cố tổ chức cơ sở đảng.").documents}
    assert documents == {"09-NQ/HU": "Ban Chấp hành Đảng bộ huyện Tiên Lữ", "87-KH/TU": "Tỉnh ủy Hưng Yên"}


def test_anh_and_chi_name_people():
    names = {p.name for p in _extraction("Ở xã Hòa Thắng, anh Đinh Văn Tú, một đảng viên trẻ, mở trang trại. "
                                         "Chị Hà Thị Lan cho biết thêm.").persons}
    assert names == {"Đinh Văn Tú", "Hà Thị Lan"}


def test_a_directors_post_in_a_ministry():
    bodies = _bodies("Ngày 2/10/2024, ông Trần Quang Khải, Vụ trưởng Bộ Tài chính, được điều động về tỉnh.")
    assert ("Bộ Tài chính", "Government") in bodies and not any(name.startswith("Vụ Bộ") for name, _ in bodies)


def test_an_alternate_member_of_the_central_committee_is_a_member_as_the_format_says():
    assert ("Lò Văn Páo", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in _roles(
        "Sáng 3/4/2024, đồng chí Lò Văn Páo, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Lai Châu chủ trì hội nghị.")


def test_bodies_organizing_together_are_led_by_the_first_named():
    (event,) = _extraction("Tối 1/7/2024, tại Quảng trường Trung tâm TP Hà Tĩnh, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ "
                           "Việt Nam tỉnh Hà Tĩnh tổ chức Lễ kỷ niệm 30 năm.").events
    assert event.organizer.name == "Tỉnh ủy Hà Tĩnh"
    (event,) = _extraction("Chiều 4/10/2024, tại Hội trường UBND xã Hòa Lợi, Đoàn ĐBQH tỉnh Trà Vinh tiếp xúc cử tri "
                           "huyện Châu Thành.").events  # a place, not a co-organizer
    assert event.organizer.name == "Đoàn đại biểu Quốc hội tỉnh Trà Vinh"


def test_a_lead_dated_in_words_and_a_supervision_session():
    extraction = _extraction("Ban Nội chính làm việc với ngành tư pháp\n\nNgày 7 tháng 5 năm 2024, Thường trực HĐND "
                             "huyện Cầu Kè (tỉnh Trà Vinh) tổ chức phiên giám sát chuyên đề.")
    assert extraction.published.iso() == "2024-05-07"
    assert [(e.organizer.name, e.date.iso()) for e in extraction.events] == [
        ("Thường trực Hội đồng nhân dân huyện Cầu Kè", "2024-05-07")]


def test_youth_and_womens_unions_have_committees():
    roles = _roles("Ngày 3/10/2024, Ban Chấp hành Tỉnh đoàn Tây Ninh tổ chức hội nghị. Chị Lâm Thị Trâm, Ủy viên Ban "
                   "Thường vụ Tỉnh đoàn; anh Huỳnh Văn Tới, Bí thư Huyện đoàn Gò Dầu.")
    assert roles == {("Lâm Thị Trâm", "Ủy viên", "Ban Thường vụ Tỉnh đoàn Tây Ninh"),
                     ("Huỳnh Văn Tới", "Bí thư", "Huyện đoàn Gò Dầu")}
    assert ("Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Tây Ninh", "ExecutiveCommittee") in _bodies(
        "Ngày 3/10/2024, Ban Chấp hành Hội LHPN tỉnh Tây Ninh họp.")


def test_election_committees():
    roles = _roles("Sáng 18/3/2026, Hội đồng Bầu cử quốc gia họp. Ông Lò Văn Páo, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND "
                   "tỉnh Lai Châu, Chủ tịch Ủy ban bầu cử tỉnh; ông Trần Văn Hải, Ủy viên Hội đồng Bầu cử quốc gia.")
    assert ("Lò Văn Páo", "Chủ tịch", "Ủy ban bầu cử tỉnh Lai Châu") in roles
    assert ("Trần Văn Hải", "Ủy viên", "Hội đồng Bầu cử quốc gia") in roles


def test_a_district_member_takes_the_district_the_chain_names():
    roles = _roles("Ngày 5/4/2024, đồng chí Nguyễn Văn Khải, Huyện ủy viên, Chủ nhiệm UBKT Huyện ủy Krông Bông, được "
                   "luân chuyển giữ chức Phó Bí thư Huyện ủy Lắk.")
    assert ("Nguyễn Văn Khải", "Ủy viên", "Huyện ủy Krông Bông") in roles


def test_a_title_shared_by_a_list_opened_with_gom():
    roles = _roles("Sáng 2/4/2026, kỳ họp thứ nhất HĐND tỉnh Lào Cai bầu 3 Phó Chủ tịch UBND tỉnh, gồm các đồng chí: "
                   "Hoàng Quốc Khánh, Tỉnh ủy viên; Giàng Thị Dung, Tỉnh ủy viên.")
    assert {("Hoàng Quốc Khánh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai"),
            ("Giàng Thị Dung", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai")} <= roles


def test_names_after_a_cue_that_start_without_a_kinh_surname():
    names = {p.name for p in _extraction("Sáng 5/5/2021, Hội LHPN tỉnh Lâm Đồng tổ chức Đại hội. Dự có bà Ka H'Nhi, "
                                         "Trưởng ban Dân vận Tỉnh ủy; các bà Bon Niêng Ka Dung, Lê Thị Hoa được bầu "
                                         "giữ chức Phó Chủ tịch Hội LHPN tỉnh. Ông Hà Tĩnh không phải người.").persons}
    assert {"Ka H'Nhi", "Bon Niêng Ka Dung", "Lê Thị Hoa"} <= names and "Hà Tĩnh" not in names


def test_national_mass_organizations_and_their_centre():
    roles = _roles("Sáng 5/5/2022, Hội CCB tỉnh Bến Tre tổ chức Đại hội. Dự có bà Hà Thị Nga, Phó Chủ tịch Hội LHPN "
                   "Việt Nam; ông Lê Văn Thanh, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam.")
    assert roles == {("Hà Thị Nga", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam"),
                     ("Lê Văn Thanh", "Phó Chủ tịch", "Trung ương Hội Cựu chiến binh Việt Nam")}


def test_military_commands_and_provincial_branches_of_state_agencies():
    roles = _roles("Sáng 12/7/2022, Đảng ủy Quân sự tỉnh Hưng Yên tổ chức hội nghị. Đại tá Lê Văn Hưng, Chỉ huy trưởng "
                   "Bộ Chỉ huy Quân sự tỉnh; Thượng tá Đỗ Văn Lộc, Chính trị viên Ban Chỉ huy Quân sự huyện Văn Lâm; "
                   "ông Trần Văn Khánh, Giám đốc Bảo hiểm xã hội tỉnh; ông Lê Văn Lực, Cục trưởng Cục Thuế tỉnh.")
    assert roles == {("Lê Văn Hưng", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Hưng Yên"),
                     ("Đỗ Văn Lộc", "Chính trị viên", "Ban Chỉ huy Quân sự huyện Văn Lâm"),
                     ("Trần Văn Khánh", "Giám đốc", "Bảo hiểm xã hội tỉnh Hưng Yên"),
                     ("Lê Văn Lực", "Cục trưởng", "Cục Thuế tỉnh Hưng Yên")}


def test_national_assembly_committees_and_their_survey_delegations():
    extraction = _extraction("Sáng 4/6/2019, Đoàn khảo sát của Ủy ban Pháp luật của Quốc hội do ông Hoàng Minh Đức, "
                             "Chủ nhiệm Ủy ban Pháp luật của Quốc hội làm Trưởng đoàn đã làm việc với UBND tỉnh Hà Nam.")
    assert [e.organizer.name for e in extraction.events] == ["Đoàn khảo sát của Ủy ban Pháp luật của Quốc hội"]
    assert ("Hoàng Minh Đức", "Trưởng đoàn", "Đoàn khảo sát của Ủy ban Pháp luật của Quốc hội") in {
        (p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}


def test_the_party_committee_of_a_state_agency():
    roles = _roles("Ngày 2/3/2024, ông Hoàng Văn Tùng, Bí thư Đảng ủy Bảo hiểm xã hội tỉnh Cao Bằng, Giám đốc Bảo hiểm xã "
                   "hội tỉnh, dự hội nghị. Bí thư Đảng ủy xã Quang Trung Lê Văn An dự.")
    assert ("Hoàng Văn Tùng", "Bí thư", "Đảng ủy Bảo hiểm xã hội tỉnh Cao Bằng") in roles
    assert ("Lê Văn An", "Bí thư", "Đảng ủy xã Quang Trung") in roles


def test_a_gloss_that_keeps_a_word_whole_is_dropped_and_the_short_forms_read():
    from graph.normalize import drop_glosses

    assert drop_glosses("Chỉ huy trưởng Bộ Chỉ huy Quân sự (Bộ CHQS) tỉnh") == "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    assert drop_glosses("(BHD) - Sáng 3/5, Hội nghị (BTV) họp") == "(BHD) - Sáng 3/5, Hội nghị (BTV) họp"
    roles = _roles("Sáng 12/7/2022, Đảng ủy Quân sự tỉnh Hưng Yên họp. Đại tá Lê Văn Sơn, Chính ủy Bộ CHQS tỉnh; "
                   "Thượng tá Lò Văn Thủy, Phó Chỉ huy trưởng BĐBP tỉnh; ông Lê Minh, Trưởng Ban Quản lý các KCN tỉnh.")
    assert roles == {("Lê Văn Sơn", "Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Hưng Yên"),
                     ("Lò Văn Thủy", "Phó Chỉ huy trưởng", "Bộ đội Biên phòng tỉnh Hưng Yên"),
                     ("Lê Minh", "Trưởng ban", "Ban Quản lý các khu công nghiệp tỉnh Hưng Yên")}


def test_a_bare_party_committee_before_a_commands_title_is_the_commands():
    roles = _roles("Sáng 12/7/2022, Đảng ủy Quân sự tỉnh Nam Định họp. Dự có Đại tá Trần Văn Hưng, Phó Bí thư Đảng ủy, "
                   "Chỉ huy trưởng Bộ CHQS tỉnh; ông Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch UBND xã Hải Đông.")
    assert ("Trần Văn Hưng", "Phó Bí thư", "Đảng ủy Quân sự tỉnh Nam Định") in roles
    assert ("Lê Văn Tâm", "Bí thư", "Đảng ủy xã Hải Đông") in roles


def test_committees_of_bloc_and_military_party_committees():
    roles = _roles("Ngày 5/3/2023, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Vĩnh Long họp. Ông Lộc Văn Khánh, Chủ "
                   "nhiệm Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh; ông Lê An, Ủy viên Ban Thường vụ Đảng ủy Quân sự "
                   "tỉnh.")
    assert roles == {("Lộc Văn Khánh", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Vĩnh Long"),
                     ("Lê An", "Ủy viên", "Ban Thường vụ Đảng ủy Quân sự tỉnh Vĩnh Long")}


def test_a_shared_title_list_ends_where_a_cued_person_starts_anew():
    roles = _roles("Sáng 8/9/2023, UBND tỉnh Hưng Yên họp. Dự có các Phó Chủ tịch UBND tỉnh: Nguyễn Văn Phúc, Trần Thị "
                   "Hằng; đồng chí Hà Quang Vinh, Chánh Văn phòng UBND tỉnh.")
    assert ("Hà Quang Vinh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hưng Yên") not in roles
    assert ("Trần Thị Hằng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hưng Yên") in roles
    roles = _roles("Sáng 3/10/2024, Tỉnh ủy Bình Phước họp. Dự có các Phó Bí thư Tỉnh ủy: ông Trần Quốc Vinh, Chủ tịch "
                   "HĐND tỉnh; ông Huỳnh Minh Sang, Chủ tịch UBND tỉnh.")
    assert ("Huỳnh Minh Sang", "Phó Bí thư", "Tỉnh ủy Bình Phước") in roles


def test_a_river_named_like_a_province_and_a_military_regions_party_committee():
    extraction = _extraction("Ngày 5/7/2022, Đảng ủy Quân sự tỉnh Hưng Yên họp, đề xuất xây kè ven sông Thái Bình; "
                             "thực hiện nghị quyết của Đảng ủy Quân khu 3.")
    assert ("Thái Bình", "Province") not in {(a.name, a.kind) for a, _ in extraction.areas.values()}
    assert "Đảng ủy Quân khu 3" in {body.name for body, _, _ in extraction.bodies.values()}


def test_agencies_whose_official_name_carries_the_province():
    roles = _roles("Ngày 8/9/2023, UBND tỉnh Hải Dương họp. Dự có bà Ngô Thị Bình, Giám đốc Kho bạc Nhà nước Hải Dương; "
                   "ông Lê Văn Hải, Cục trưởng Cục Thuế tỉnh.")
    assert roles == {("Ngô Thị Bình", "Giám đốc", "Kho bạc Nhà nước Hải Dương"),
                     ("Lê Văn Hải", "Cục trưởng", "Cục Thuế tỉnh Hải Dương")}


def test_a_plan_about_congresses_is_no_congress_and_a_sentence_start_is_no_city():
    extraction = _extraction("Sáng 5/7/2019, Ban Thường vụ Tỉnh ủy Yên Bái tổ chức hội nghị sơ kết. BTV Tỉnh ủy ban hành Kế "
                             "hoạch số 118-KH/TU về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng.")
    assert [e.kind for e in extraction.events] == ["Conference"]
    bodies = _bodies("Chiều 9/9/2025, UBND thành phố Cần Thơ làm việc với phường Cái Răng. Dự có lãnh đạo Văn phòng UBND "
                     "TP. Về phía phường có bà Thạch Thị Sô Phia.")
    assert not any("Về" in name for name, _ in bodies)
