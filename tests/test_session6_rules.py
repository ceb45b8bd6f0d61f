"""Rules added in session 6, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


def test_a_bare_district_is_the_headline_s_not_a_neighbour_named_twice_later():
    text = ("Huyện ủy Yên Thế làm việc với các xã vùng cao\n\n"
            "Sáng 3/9/2023, Ban Thường vụ Huyện ủy Yên Thế làm việc với xã Canh Nậu. "
            "Dự có ông Vi Văn Lực, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. "
            "Xã đề nghị giải quyết tranh chấp đất rừng giáp ranh với huyện Lục Ngạn. "
            "Phó Chủ tịch UBND huyện Hà Văn Sơn giao Phòng Nội vụ huyện phối hợp với UBND huyện Lục Ngạn. "
            "Ông Vi Văn Lực kết luận, giao Ban Tổ chức Huyện ủy tham mưu.")
    roles = _roles(text)
    assert ("Vi Văn Lực", "Chủ tịch", "Ủy ban nhân dân huyện Yên Thế") in roles
    assert ("Hà Văn Sơn", "Phó Chủ tịch", "Ủy ban nhân dân huyện Yên Thế") in roles
    assert ("Ban Tổ chức Huyện ủy Yên Thế", "PartyAgency") in _bodies(text)
    assert not any(name.endswith("Lục Ngạn") and kind != "PeoplesCommittee" for name, kind in _bodies(text))


def test_a_body_before_a_list_of_units_is_one_body_per_unit():
    bodies = _bodies("Sáng 9/5/2023, Ban Thường vụ Huyện ủy Mai Châu làm việc với Ban Thường vụ Đảng ủy các xã "
                     "Pà Cò, Hang Kia và Tân Sơn. Dự có đại diện Phòng Dân tộc các huyện Đà Bắc, Tân Lạc.")
    assert {("Ban Thường vụ Đảng ủy xã Pà Cò", "StandingCommittee"),
            ("Ban Thường vụ Đảng ủy xã Hang Kia", "StandingCommittee"),
            ("Ban Thường vụ Đảng ủy xã Tân Sơn", "StandingCommittee"),
            ("Phòng Dân tộc huyện Đà Bắc", "Government"), ("Phòng Dân tộc huyện Tân Lạc", "Government")} <= bodies
    assert not any(name.startswith("Phòng Dân tộc huyện Mai") for name, _ in bodies)


def test_divisions_listed_after_cac_phong_share_the_level_written_after_the_last():
    bodies = _bodies("Chiều 2/6/2023, Huyện ủy Mai Châu họp. Dự có lãnh đạo các phòng: Tư pháp, Lao động - Thương "
                     "binh và Xã hội, Tài chính - Kế hoạch huyện.")
    assert {("Phòng Tư pháp huyện Mai Châu", "Government"),
            ("Phòng Tài chính - Kế hoạch huyện Mai Châu", "Government")} <= bodies


def test_the_party_organization_of_a_department_named_or_bare():
    text = ("Sáng 3/4/2023, Sở Tư pháp tỉnh Hòa Bình công bố quyết định. Ông Đinh Văn Ba, Ủy viên Ban Chấp hành "
            "Đảng bộ Sở, Phó Giám đốc Sở Tư pháp được bổ nhiệm giữ chức Giám đốc Sở Tư pháp. "
            "Dự có bà Quách Thị Hoa, Bí thư Đảng ủy Sở Nội vụ tỉnh Hòa Bình.")
    roles = _roles(text)
    assert {("Đinh Văn Ba", "Ủy viên", "Ban Chấp hành Đảng bộ Sở Tư pháp tỉnh Hòa Bình"),
            ("Đinh Văn Ba", "Phó Giám đốc", "Sở Tư pháp tỉnh Hòa Bình"),
            ("Đinh Văn Ba", "Giám đốc", "Sở Tư pháp tỉnh Hòa Bình"),
            ("Quách Thị Hoa", "Bí thư", "Đảng ủy Sở Nội vụ tỉnh Hòa Bình")} <= roles


def test_the_executive_committee_of_a_named_party_organization_is_its_own():
    bodies = {body.name: body for body, _, _ in _extraction(
        "Sáng 3/4/2023, Ban Chấp hành Đảng bộ Công an tỉnh Hòa Bình họp phiên thường kỳ.").bodies.values()}
    committee = bodies["Ban Chấp hành Đảng bộ Công an tỉnh Hòa Bình"]
    assert committee.kind == "ExecutiveCommittee" and committee.parent.name == "Đảng bộ Công an tỉnh Hòa Bình"
    assert "Ban Chấp hành Đảng bộ tỉnh Hòa Bình" not in bodies


def test_a_committee_named_inside_a_title_has_no_title_in_its_aliases():
    extraction = _extraction("Sáng 3/4/2023, ông Bùi Văn Tám, Ủy viên Ban Thường vụ Đảng ủy Quân sự tỉnh Hòa Bình, dự.")
    aliases = {alias for body, names, _ in extraction.bodies.values() for alias in names}
    assert not any(alias.startswith("Ủy viên") for alias in aliases)


def test_short_unit_words_before_a_name_and_the_short_central_committee():
    from graph.normalize import spell_out_central, spell_out_units

    assert spell_out_units("tại Q.Cái Răng, Q. Ô Môn và H.Vĩnh Thạnh") == \
        "tại quận Cái Răng, quận Ô Môn và huyện Vĩnh Thạnh"
    assert spell_out_units("Ảnh: Q.Chiến\nÔng Lê") == "Ảnh: Q.Chiến\nÔng Lê"  # a photographer's initial
    assert spell_out_central("Ủy viên T.Ư Đảng; Ban Tuyên giáo TƯ") == "Ủy viên Trung ương Đảng; Ban Tuyên giáo Trung ương"
    assert spell_out_central("Quy định số 08-QĐi/TƯ") == "Quy định số 08-QĐi/TƯ"
    roles = _roles("Sáng 6/12/2023, ông Lư Văn Hiền, Ủy viên T.Ư Đảng, Bí thư Thành ủy Cần Thơ dự. "
                   "Ông Tô Văn Mừng, Chủ tịch UBND Q.Bình Thủy, báo cáo.")
    assert {("Lư Văn Hiền", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
            ("Tô Văn Mừng", "Chủ tịch", "Ủy ban nhân dân quận Bình Thủy")} <= roles


def test_a_provincial_city_the_source_data_wrote_with_a_capital_pho_is_a_city():
    extraction = _extraction("Sáng 5/1/2018, Tỉnh ủy Quảng Bình họp; đề nghị cấp ủy, chính quyền TP Đồng Hới và "
                             "thành phố Bắc Kạn báo cáo.")
    names = {(area.name, area.kind) for area, _ in extraction.areas.values()}
    assert {("Đồng Hới", "City"), ("Bắc Kạn", "City")} <= names


def test_a_counted_title_before_la_is_each_listed_person_s():
    roles = _roles("Sáng 3/3/2019, Huyện ủy Hà Quảng họp. Dự có hai Phó Bí thư Huyện ủy là đồng chí Lương Văn Sáu "
                   "- Chủ tịch UBND huyện và đồng chí Hoàng Thị Nhung - Chủ tịch HĐND huyện.")
    assert {("Lương Văn Sáu", "Phó Bí thư", "Huyện ủy Hà Quảng"),
            ("Lương Văn Sáu", "Chủ tịch", "Ủy ban nhân dân huyện Hà Quảng"),
            ("Hoàng Thị Nhung", "Phó Bí thư", "Huyện ủy Hà Quảng")} <= roles


def test_a_secretary_post_without_its_committee_is_in_the_next_post_s_area():
    roles = _roles("Sáng 3/3/2019, Huyện ủy Hà Quảng họp. Bà Hoàng Thị Nhung, Phó Bí thư Thường trực, Chủ tịch "
                   "HĐND huyện phát biểu. Ông Nông Văn Pấu, Bí thư, Chủ tịch UBND xã Lương Thông báo cáo.")
    assert {("Hoàng Thị Nhung", "Phó Bí thư Thường trực", "Huyện ủy Hà Quảng"),
            ("Nông Văn Pấu", "Bí thư", "Đảng ủy xã Lương Thông")} <= roles


def test_a_bare_commune_is_the_one_named_earlier_in_its_sentence():
    text = ("Chiều 9/3/2022, UBKT Huyện ủy Na Rì họp, nhắc sai phạm ở xã Kim Hỷ. Xã Kim Hỷ đã khắc phục. "
            "Đối với Ban Thường vụ Đảng ủy xã Lương Thượng và ông Hoàng Văn Pình, Bí thư Đảng ủy, Chủ tịch HĐND "
            "xã, UBKT yêu cầu kiểm điểm. Đảng ủy xã phối hợp với xã Kim Hỷ.")
    roles = _roles(text)
    assert ("Hoàng Văn Pình", "Bí thư", "Đảng ủy xã Lương Thượng") in roles
    assert ("Hoàng Văn Pình", "Chủ tịch", "Hội đồng nhân dân xã Lương Thượng") in roles


def test_a_bare_commune_after_a_list_of_partner_communes_is_not_the_last_listed():
    roles = _roles("Sáng 2/4/2026, HĐND xã Cần Giờ họp. Bà Lê Thị Sáu, Phó Bí thư Đảng ủy xã Cần Giờ, dự. "
                   "Xã phối hợp với các xã Bình Khánh, Thạnh An; ông Võ Văn Tư, Chủ tịch UBND xã, báo cáo.")
    assert ("Võ Văn Tư", "Chủ tịch", "Ủy ban nhân dân xã Cần Giờ") in roles


def test_the_joint_office_of_a_district_council_and_people_s_committee():
    roles = _roles("Sáng 5/10/2017, UBND huyện Lạc Sơn họp. Bà Bạch Thị Hương, Chánh Văn phòng HĐND và UBND huyện "
                   "báo cáo. Ông Quách Văn Lợi, Phó Chánh Văn phòng HĐND - UBND huyện Kim Bôi dự.")
    assert {("Bạch Thị Hương", "Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Lạc Sơn"),
            ("Quách Văn Lợi", "Phó Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Kim Bôi")
            } <= roles


def test_a_division_s_name_ends_before_the_verb_that_follows_it():
    bodies = _bodies("Sáng 5/10/2017, UBND huyện Lạc Sơn họp, giao Phòng Kinh tế và Hạ tầng huyện chủ trì, "
                     "Phòng Dân tộc phối hợp với các xã.")
    assert ("Phòng Kinh tế và Hạ tầng huyện Lạc Sơn", "Government") in bodies
    assert not any("phối hợp" in name for name, _ in bodies)


def test_a_commune_youth_union_and_no_person_named_by_an_acronym():
    extraction = _extraction("Sáng 27/5/2022, Huyện đoàn Cư Jút tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh "
                             "huyện. Chị H'Lan Niê, Bí thư Đoàn xã Nam Dong, tham luận.")
    assert "Đoàn TNCS Hồ Chí Minh" not in {p.name for p in extraction.persons}
    assert {(p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles} >= {
        ("H'Lan Niê", "Bí thư", "Đoàn xã Nam Dong")}


def test_two_posts_joined_by_a_dash_or_kiem_share_the_body_named_after_the_second():
    roles = _roles("Sáng 12/1/2024, Tỉnh ủy Bạc Liêu họp. Thượng tá Trần Văn Đen, Phó Chỉ huy trưởng - Tham mưu "
                   "trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo. Ông Lê Văn Ba, Phó Chủ tịch kiêm Tổng Thư ký Hội "
                   "Nông dân tỉnh, dự. Ông Tạ Văn Chín, Phó Bí thư - Chủ tịch UBND xã Vĩnh Hưng, dự.")
    assert {("Trần Văn Đen", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Bạc Liêu"),
            ("Lê Văn Ba", "Phó Chủ tịch", "Hội Nông dân tỉnh Bạc Liêu")} <= roles
    assert ("Tạ Văn Chín", "Phó Bí thư", "Ủy ban nhân dân xã Vĩnh Hưng") not in roles


def test_secretary_posts_written_bare_in_a_list_of_a_committee_s_posts():
    text = ("Sáng 5/8/2025, Đại hội Đảng bộ xã Ia Pa lần thứ I khai mạc. Ông Rơ Mah Tuấn được chỉ định giữ chức "
            "Bí thư Đảng ủy xã; ông Đào Văn Sáu giữ chức Phó Bí thư Thường trực; bà Kpă Thị Hoa, Chủ tịch UBND "
            "xã giữ chức Phó Bí thư.")
    roles = _roles(text)
    assert {("Rơ Mah Tuấn", "Bí thư", "Đảng ủy xã Ia Pa"), ("Đào Văn Sáu", "Phó Bí thư Thường trực", "Đảng ủy xã Ia Pa"),
            ("Kpă Thị Hoa", "Phó Bí thư", "Đảng ủy xã Ia Pa")} <= roles


def test_a_family_name_the_lexicon_lacks_before_van_or_thi():
    names = {p.name for p in _extraction("Sáng 5/8/2025, Tỉnh ủy Quảng Ninh họp. Đoàn Chủ tịch gồm các đồng chí: "
                                         "Phạm Văn Hòa; Sìn Văn Lồng, Phó Bí thư Đảng ủy; Nịnh Thị Dung.").persons}
    assert {"Sìn Văn Lồng", "Nịnh Thị Dung"} <= names
    assert "Văn Lồng" not in names


def test_the_party_cell_of_an_agency_and_a_bare_secretary_post_after_a_named_committee():
    text = ("Sáng 2/10/2025, Đại hội Đảng bộ các cơ quan Đảng tỉnh Lào Cai bế mạc. Ban Chấp hành bầu Ban Thường vụ "
            "Đảng ủy các cơ quan Đảng tỉnh gồm 7 đồng chí; đồng chí Lý Văn Sơn giữ chức Bí thư Đảng ủy; các đồng chí "
            "Hầu Thị Mỷ, Vàng Văn Sài giữ chức Phó Bí thư. Bà Giàng Thị Dung giữ chức Bí thư Chi bộ Sở Dân tộc và "
            "Tôn giáo.")
    roles = _roles(text)
    committee = "Đảng ủy các cơ quan Đảng tỉnh Lào Cai"
    assert {("Lý Văn Sơn", "Bí thư", committee), ("Hầu Thị Mỷ", "Phó Bí thư", committee),
            ("Vàng Văn Sài", "Phó Bí thư", committee),
            ("Giàng Thị Dung", "Bí thư", "Chi bộ Sở Dân tộc và Tôn giáo tỉnh Lào Cai")} <= roles


def test_standard_division_names_and_a_ward_s_offices_listed_with_one_level():
    text = ("Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam phường Láng\n\nSáng 3/11/2025, Đảng ủy phường Láng họp. "
            "Dự có lãnh đạo Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội "
            "phường. Bà Chu Thị Mai hứa cùng tập thể Phòng Văn hóa - Xã hội chăm lo tốt hơn cho người cao tuổi.")
    bodies = _bodies(text)
    assert {("Hội đồng nhân dân phường Láng", "PeoplesCouncil"), ("Ủy ban nhân dân phường Láng", "PeoplesCommittee"),
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Láng", "Government"),
            ("Phòng Kinh tế, Hạ tầng và Đô thị phường Láng", "Government"),
            ("Phòng Văn hóa - Xã hội phường Láng", "Government")} <= bodies
    assert not any("chăm lo" in name or name.endswith("Hà Nội") for name, _ in bodies)


def test_lam_joins_a_person_and_a_post():
    roles = _roles("Chiều 9/4/2026, HĐND xã Vĩnh Viễn họp kỳ thứ nhất. Kỳ họp bầu bà Thạch Thị Sa Ri làm Trưởng Ban "
                   "Pháp chế HĐND xã. Đảng ủy xã Vĩnh Viễn do đồng chí Lâm Văn Tư làm Bí thư đã lãnh đạo tốt. "
                   "Ông Danh Út làm việc với Chủ tịch UBND xã.")
    assert {("Thạch Thị Sa Ri", "Trưởng ban", "Ban Pháp chế Hội đồng nhân dân xã Vĩnh Viễn"),
            ("Lâm Văn Tư", "Bí thư", "Đảng ủy xã Vĩnh Viễn")} <= roles
    assert not any(name == "Danh Út" for name, _, _ in roles)


def test_a_local_document_does_not_take_the_politburo_as_issuer_from_the_next_one():
    extraction = _extraction("Sáng 8/1/2026, Ban Chấp hành Đảng bộ UBND tỉnh Vĩnh Long họp. Hội nghị thông qua "
                             "Nghị quyết số 01-NQ/ĐU về nhiệm vụ năm 2026, quán triệt Nghị quyết số 57-NQ/TW ngày "
                             "22/12/2024 của Bộ Chính trị.")
    issuers = {d.number: (d.issuer.name if d.issuer else None) for d in extraction.documents}
    assert issuers["57-NQ/TW"] == "Bộ Chính trị" and issuers["01-NQ/ĐU"] != "Bộ Chính trị"


def test_a_deputy_post_written_bare_is_in_the_body_of_the_head_s_post_before_it():
    roles = _roles("Sáng 8/2/2023, Đại hội Hội Nông dân huyện Kiến Xương bế mạc. Đồng chí Phạm Thị Hoa tái đắc cử "
                   "Chủ tịch Hội Nông dân huyện; các đồng chí Đỗ Văn Tám, Vũ Thị Lụa được bầu giữ chức Phó Chủ tịch.")
    assert {("Đỗ Văn Tám", "Phó Chủ tịch", "Hội Nông dân huyện Kiến Xương"),
            ("Vũ Thị Lụa", "Phó Chủ tịch", "Hội Nông dân huyện Kiến Xương")} <= roles


def test_a_deputy_post_before_a_body_not_understood_is_not_filled_from_elsewhere():
    roles = _roles("Sáng 8/2/2023, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh họp. Bà Kim Thị Sa, Phó Chủ tịch Ủy ban MTTQ Việt "
                   "Nam tỉnh, dự; Hòa thượng Thạch Sok, Phó Chủ tịch Hội Phật học Nam tông Xyz tỉnh, phát biểu.")
    assert not any(name == "Thạch Sok" for name, _, _ in roles)


def test_a_lower_case_steering_committee_and_its_bare_mentions():
    roles = _roles("Chiều 15/8/2024, Ban chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Ninh Thuận họp. Bà Chamaléa "
                   "Thị Hoa, Trưởng ban Nội chính Tỉnh ủy, Phó trưởng ban Thường trực Ban chỉ đạo, báo cáo; các thành "
                   "viên Ban chỉ đạo và lãnh đạo Công an tỉnh dự.")
    assert ("Chamaléa Thị Hoa", "Phó Trưởng ban Thường trực",
            "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Ninh Thuận") in roles


def test_a_ministry_s_affairs_committee_and_departments():
    text = ("Sáng 15/4/2022, Bộ Nội vụ tổ chức lễ công bố quyết định. Ông Lại Văn Bình, Ủy viên Trung ương Đảng, Bí "
            "thư Ban cán sự đảng, Bộ trưởng Nội vụ, chủ trì. Bà Kiều Thị Vân, phó vụ trưởng Vụ Chính quyền địa "
            "phương, được giao quyền vụ trưởng Vụ Tổ chức cán bộ.")
    roles = _roles(text)
    assert {("Lại Văn Bình", "Bí thư", "Ban cán sự đảng Bộ Nội vụ"), ("Lại Văn Bình", "Bộ trưởng", "Bộ Nội vụ"),
            ("Kiều Thị Vân", "Phó Vụ trưởng", "Vụ Chính quyền địa phương")} <= roles
    bodies = {body.name: body for body, _, _ in _extraction(text).bodies.values()}
    assert bodies["Ban cán sự đảng Bộ Nội vụ"].parent.name == "Ban Chấp hành Trung ương Đảng"
    assert bodies["Vụ Tổ chức cán bộ"].kind == "Government"


def test_a_cued_colon_list_goes_on_past_an_entry_s_own_posts():
    roles = _roles("Sáng 15/4/2022, Bộ Tư pháp họp. Dự có các thứ trưởng Tư pháp: ông Mai Lương Khôi, kiêm trưởng "
                   "Ban Xyz Chính phủ; bà Đặng Hoàng Oanh; ông Phan Chí Hiếu.")
    assert {(name, "Thứ trưởng", "Bộ Tư pháp") for name in ("Mai Lương Khôi", "Đặng Hoàng Oanh", "Phan Chí Hiếu")} <= roles


def test_lead_dates_of_a_span_with_dashes_and_of_hom_qua():
    from graph.extract.dates import opening_date
    from graph.types import PartialDate

    assert opening_date("Trong hai ngày 3 và 4-5-2021, tại Hà Nội, UBKT Trung ương họp.", 2021)[0] == PartialDate(2021, 5, 3)
    assert opening_date("(BTV) - Hôm qua (14-9), HĐND tỉnh họp kỳ bất thường.", 2020)[0] == PartialDate(2020, 9, 14)
    assert opening_date("Ngày 5 - 6 tháng 7, hội nghị diễn ra.", 2020) is None  # not the 5th of June


def test_a_lead_date_after_a_weekday():
    from graph.extract.dates import opening_date
    from graph.types import PartialDate

    assert opening_date("(NBTV) Sáng thứ Hai (15-12), Bộ CHQS tỉnh tổ chức hội nghị.", 2014)[0] == PartialDate(2014, 12, 15)
    assert opening_date("Chiều thứ Sáu, 5/7, Tỉnh ủy họp.", 2019)[0] == PartialDate(2019, 7, 5)


def test_a_thematic_supervision_is_a_meeting():
    events = _extraction("(BL) - Sáng 12/8/2019, Ban Pháp chế HĐND tỉnh Cà Mau tổ chức giám sát chuyên đề việc thực "
                         "hiện chính sách tại UBND huyện Năm Căn. Bà Lý Thị Hoa, Trưởng ban Pháp chế HĐND tỉnh chủ trì "
                         "buổi giám sát.").events
    assert [(e.kind, e.organizer.name) for e in events] == [("Meeting", "Ban Pháp chế Hội đồng nhân dân tỉnh Cà Mau")]


def test_a_meeting_chaired_of_a_body_is_that_body_s():
    events = _extraction("Chiều 15/8/2024, ông Lê Văn Hòa, Bí thư Tỉnh ủy, Trưởng ban Chỉ đạo phòng, chống tham nhũng, "
                         "tiêu cực tỉnh Ninh Thuận, chủ trì phiên họp thứ 9 của Ban chỉ đạo.").events
    assert [(e.kind, e.organizer.name) for e in events] == [
        ("Meeting", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Ninh Thuận")]
    events = _extraction("Sáng 15/11/2024, Ban Tổ chức Trung ương tổ chức hội nghị. Đồng chí Lê Minh Hưng chủ trì hội "
                         "nghị và thay mặt Bộ Chính trị công bố quyết định.").events
    assert {e.organizer.name for e in events} == {"Ban Tổ chức Trung ương"}


def test_a_head_shared_by_two_units_and_no_body_for_every_level():
    bodies = _bodies("Chiều 15/10/2025, Ủy ban MTTQ Việt Nam tỉnh An Giang và tỉnh Kiên Giang (cũ) hợp nhất; Mặt trận "
                     "chuẩn bị bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp.")
    assert {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "FatherlandFront"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang", "FatherlandFront")} <= bodies
    assert not any(kind == "PeoplesCouncil" for _, kind in bodies)


def test_the_national_border_guard_and_its_stations():
    text = ("Sáng 12/1/2024, Bộ Chỉ huy BĐBP tỉnh Kiên Giang tổng kết năm. Dự có Thiếu tướng Lê Đức Thái, Ủy viên Ban "
            "Thường vụ Đảng ủy, Phó Chính ủy BĐBP; Trung tá Danh Sơn, Đồn trưởng Đồn Biên phòng Hòn Đất; Đại tá "
            "Phạm Văn Tư, Chính ủy BĐBP tỉnh.")
    roles = _roles(text)
    assert {("Lê Đức Thái", "Ủy viên", "Ban Thường vụ Đảng ủy Bộ đội Biên phòng"),
            ("Lê Đức Thái", "Phó Chính ủy", "Bộ đội Biên phòng"),
            ("Danh Sơn", "Đồn trưởng", "Đồn Biên phòng Hòn Đất"),
            # (the article names the province's command: "BĐBP tỉnh" is that command, session 9)
            ("Phạm Văn Tư", "Chính ủy", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang")} <= roles


def test_a_delegation_led_or_after_a_first_clause_holds_the_working_meeting():
    for lead in ("do Phó Thủ tướng Trần Lưu Quang dẫn đầu đã làm việc với",
                 "do Phó Thủ tướng Trần Lưu Quang làm trưởng đoàn đã kiểm tra tiến độ Dự án Cảng hàng không quốc "
                 "tế Long Thành và làm việc với"):
        events = _extraction(f"(Chinhphu.vn) - Chiều 11/10/2024, Đoàn công tác của Chính phủ {lead} Ban Thường vụ "
                             "Tỉnh ủy Đồng Nai.").events
        assert [(e.kind, e.organizer.name) for e in events] == [("Meeting", "Đoàn công tác của Chính phủ")]


def test_election_committees_of_the_provinces_listed():
    bodies = _bodies("Sáng 3/6/2021, các đại biểu nghe Ủy ban bầu cử các tỉnh Cao Bằng, Quảng Trị, Bến Tre chia sẻ kinh "
                     "nghiệm; ông Lò Văn Tiến, Chủ tịch Ủy ban bầu cử tỉnh Sơn La, phát biểu.")
    assert {(f"Ủy ban bầu cử tỉnh {p}", "OtherOrganization") for p in ("Cao Bằng", "Quảng Trị", "Bến Tre", "Sơn La")} <= bodies


def test_a_standard_division_named_bare_is_the_ward_s_the_article_is_about():
    bodies = _bodies("Sáng 3/11/2025, Đảng ủy phường Láng tổ chức hội nghị. Đảng ủy phường Láng trao quyết định "
                     "bổ nhiệm ông Vũ Văn Tám, chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị, giữ chức Phó Chánh Văn "
                     "phòng HĐND và UBND phường.")
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị phường Láng", "Government") in bodies


def test_a_bare_party_committee_listed_before_a_ward_s_people_s_committee():
    events = _extraction("Sáng 3/11/2025, Đảng ủy, UBND phường Láng tổ chức hội nghị công bố các quyết định về công tác "
                         "cán bộ. Đồng chí Trần Văn Bảy, Bí thư Đảng ủy phường Láng chủ trì.").events
    assert [e.organizer.name for e in events] == ["Đảng ủy phường Láng"]
    events = _extraction("Sáng 3/11/2023, Tỉnh ủy, UBND tỉnh Hòa Bình tổ chức hội nghị.").events
    assert [e.organizer.name for e in events] == ["Tỉnh ủy Hòa Bình"]


def test_a_newsroom_byline_is_no_person():
    names = {p.name for p in _extraction("Sáng 14/10/2020, Đại hội Đảng bộ tỉnh Gia Lai khai mạc.\n\nNHÓM PHÓNG VIÊN").persons}
    assert "NHÓM PHÓNG VIÊN" not in names


def test_committees_joined_with_a_post():
    roles = _roles("Sáng 5/7/2023, BCH Hội LHPN tỉnh Kon Tum họp, bầu bổ sung bà Y Thị Nhung, Chủ tịch Hội LHPN "
                   "huyện Đăk Hà vào BCH, Ban Thường vụ và giữ chức Phó Chủ tịch Hội LHPN tỉnh. Hội nghị Ủy ban MTTQ "
                   "Việt Nam tỉnh Kon Tum hiệp thương cử ông A Dũng tham gia Ủy ban, Ban Thường trực và giữ chức Phó "
                   "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert {("Y Thị Nhung", "Ủy viên", "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Kon Tum"),
            ("Y Thị Nhung", "Ủy viên", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Kon Tum"),
            ("A Dũng", "Ủy viên", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"),
            ("A Dũng", "Ủy viên", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum")} <= roles


def test_a_monthly_meeting_is_dated_by_its_lead_not_by_the_month_it_reviews():
    from graph.extract.dates import opening_date
    from graph.types import PartialDate

    assert opening_date("Vào lúc 8 giờ ngày 5/11/2020, tại Văn phòng UBND tỉnh, UBND tỉnh họp.", 2020)[0] == \
        PartialDate(2020, 11, 5)
    events = _extraction("UBND tỉnh họp phiên thường kỳ tháng 10/2020\n\nVào lúc 8 giờ ngày 5/11/2020, UBND tỉnh Đồng "
                         "Tháp tổ chức phiên họp thường kỳ tháng 10 năm 2020.").events
    assert [(e.organizer.name, e.date) for e in events] == [("Ủy ban nhân dân tỉnh Đồng Tháp", PartialDate(2020, 11, 5))]


def test_a_bare_colon_list_ends_at_a_semicolon():
    roles = _roles("Sáng 5/11/2020, UBND tỉnh Đồng Tháp họp. Dự có các Phó Chủ tịch UBND tỉnh: ông Huỳnh Minh Tuấn, bà "
                   "Đoàn Thị Thu; bà Phan Thị Kiều, Phó Chủ tịch HĐND tỉnh.")
    assert ("Đoàn Thị Thu", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp") in roles
    assert ("Phan Thị Kiều", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp") not in roles


def test_a_family_and_given_name_is_the_person_named_in_full():
    persons = {p.name: p for p in _extraction(
        "Sáng 11/10/2023, Ban Dân tộc tỉnh Trà Vinh tổ chức họp mặt. Ông Thạch Phước Lợi, Trưởng Ban Dân tộc tỉnh, "
        "phát biểu. Dịp này, Trưởng Ban Dân tộc tỉnh Thạch Lợi trao quà.").persons}
    assert "Thạch Lợi" not in persons and "Thạch Phước Lợi" in persons
