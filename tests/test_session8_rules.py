"""Rules added in session 8, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, roles as _roles


def test_a_post_given_to_the_people_listed_on_the_next_lines_is_each_one_s():
    text = ("Ngày 9/3/2024, Chủ tịch UBND tỉnh Lai Châu ký quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Tài chính "
            "tỉnh Lai Châu đối với các ông, bà có tên sau:\n- Ông Lò Văn Pấng, Trưởng phòng Ngân sách;\n"
            "- Bà Tẩn Thị Mây, Chánh Văn phòng Sở.\nÔng Sần A Lử phát biểu tại buổi lễ.")
    holders = {person for person, title, body in _roles(text)
               if (title, body) == ("Phó Giám đốc", "Sở Tài chính tỉnh Lai Châu")}
    assert holders == {"Lò Văn Pấng", "Tẩn Thị Mây"}


def test_the_offices_that_carry_out_a_decision_are_not_one_person_s_posts():
    text = ("Ngày 9/3/2024, HĐND tỉnh Lai Châu họp. Bộ trưởng Bộ Nội vụ, Chủ tịch HĐND tỉnh Lai Châu và các ông, "
            "bà có tên trên chịu trách nhiệm thi hành Quyết định. Kỳ họp bầu bà Giàng Thị Dua giữ chức "
            "Chủ tịch HĐND tỉnh.")
    roles = _roles(text)
    assert ("Giàng Thị Dua", "Chủ tịch", "Hội đồng nhân dân tỉnh Lai Châu") in roles
    assert not any(body == "Bộ Nội vụ" for _, _, body in roles)


def test_a_masthead_in_capitals_names_no_body_of_the_article():
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LAI CHÂU\nNgày 9/3/2024, Ban Thường vụ Tỉnh ủy Lai Châu tổ chức "
            "hội nghị sơ kết công tác dân vận.")
    names = {name for name, _ in _bodies(text)}
    assert "Ban Thường vụ Tỉnh ủy Lai Châu" in names
    assert "Đảng bộ tỉnh Lai Châu" not in names


def test_decisions_announced_as_a_body_s_are_issued_by_it_when_their_code_agrees():
    from tests.invented import extraction

    text = ("Sáng 3/8/2019, Huyện ủy Mường Tè tổ chức hội nghị. Đồng chí Lò Văn Sạ công bố các quyết định của "
            "Ban Thường vụ Huyện ủy Mường Tè. Theo đó, Quyết định số 88-QĐ/HU ngày 1/8/2019 điều động đồng chí "
            "Pờ Thị Mé về Đảng ủy xã Ka Lăng; Quyết định số 12-QĐ/TU chuẩn y đồng chí Lò Thị Ngân.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers["88-QĐ/HU"] == "Ban Thường vụ Huyện ủy Mường Tè"
    assert issuers["12-QĐ/TU"] != "Ban Thường vụ Huyện ủy Mường Tè"


def test_a_person_of_the_article_after_a_bare_district_body_is_no_district():
    text = ("Chiều 5/4/2019, Huyện ủy Nam Giang làm việc với xã Chơ Chun. Đồng chí Zơrâm Plênh - Phó Bí thư "
            "Huyện ủy, Chủ tịch UBND huyện dự. Phát biểu tại buổi làm việc, Chủ tịch UBND huyện Zơrâm Plênh "
            "đề nghị xã rà soát hộ nghèo.")
    assert ("Zơrâm Plênh", "Chủ tịch", "Ủy ban nhân dân huyện Nam Giang") in _roles(text)
    assert not any("Zơrâm" in name for name, _ in _bodies(text))


def test_a_bare_cell_and_the_school_are_the_ones_the_article_names():
    text = ("Chiều 12/10/2021, Chi bộ Trường Trung học cơ sở Xuân Lộc tổ chức sinh hoạt chuyên đề. Đồng chí "
            "Lường Thị Xuân, Bí thư Chi bộ, Hiệu trưởng nhà trường chủ trì. Đồng chí Vi Văn Toản, Phó Bí thư "
            "Chi bộ trình bày chuyên đề. Chi bộ Trường Trung học cơ sở Xuân Lộc hiện có 21 đảng viên.")
    roles = _roles(text)
    assert ("Lường Thị Xuân", "Bí thư", "Chi bộ Trường Trung học cơ sở Xuân Lộc") in roles
    assert ("Lường Thị Xuân", "Hiệu trưởng", "Trường Trung học cơ sở Xuân Lộc") in roles
    assert ("Vi Văn Toản", "Phó Bí thư", "Chi bộ Trường Trung học cơ sở Xuân Lộc") in roles
    assert not any(name.endswith("hiện") for name, _ in _bodies(text))


def test_a_cell_s_themed_meeting_is_organized_by_the_cell_not_the_body_in_the_aside():
    from tests.invented import extraction

    text = ("Chiều 14/4/2022, Chi bộ Trường Trung học phổ thông Mai Sơn (trực thuộc Đảng bộ huyện Mai Sơn) tổ chức "
            "sinh hoạt chuyên đề quý II. Đồng chí Hà Văn Nghĩa, Bí thư Chi bộ chủ trì.")
    events = extraction(text).events
    assert [(e.kind, e.organizer.name) for e in events] == [("Meeting", "Chi bộ Trường Trung học phổ thông Mai Sơn")]


def test_pupils_named_after_em_are_persons_but_children_of_a_place_are_not():
    from tests.invented import extraction

    text = ("Ngày 9/5/2023, Chi bộ Trường Trung học phổ thông Tuần Giáo kết nạp đảng viên đối với các em Lò Thị Pản, "
            "Quàng Văn Sướng và Lường Thị Ánh. Trẻ em Tuần Giáo được tặng quà của Quỹ Bảo trợ trẻ em Việt Nam.")
    names = {person.name for person in extraction(text).persons}
    assert {"Lò Thị Pản", "Quàng Văn Sướng", "Lường Thị Ánh"} <= names
    assert not names & {"Tuần Giáo", "Việt Nam"}


def test_standing_offices_shared_and_abbreviated_and_a_township_after_ubnd():
    text = ("Ngày 6/9/2022, HĐND xã Nà Ngòi họp. Thay mặt Thường trực Đảng ủy, HĐND xã, đồng chí Lò Văn Dũng tặng "
            "hoa. Dự có đại diện TT Huyện ủy, TT HĐND huyện Tủa Chùa. UBND TT Tủa Chùa báo cáo.")
    names = {name for name, _ in _bodies(text)}
    assert {"Thường trực Đảng ủy xã Nà Ngòi", "Thường trực Hội đồng nhân dân xã Nà Ngòi",
            "Thường trực Huyện ủy Tủa Chùa", "Thường trực Hội đồng nhân dân huyện Tủa Chùa"} <= names
    assert "Ủy ban nhân dân thị trấn Tủa Chùa" in names


def test_a_bare_council_in_a_longer_list_gets_no_standing_office():
    names = {name for name, _ in _bodies(
        "Ngày 6/9/2022, Huyện ủy Mai Sơn họp. Dự có lãnh đạo Thường trực Huyện ủy, HĐND, UBND, Ủy ban MTTQ "
        "Việt Nam huyện Mai Sơn.")}
    assert not any(name.startswith("Thường trực Hội đồng") for name in names)


def test_a_numbered_supervision_delegation_of_a_standing_committee_its_heads_and_its_meeting():
    from tests.invented import extraction

    text = ("Đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc tại Bảo Lạc\n"
            "Ngày 9/8/2023, Đoàn giám sát số 5 của Ban Thường vụ Tỉnh ủy Cao Bằng do đồng chí Nông Thị Hoa, "
            "Ủy viên Ban Thường vụ Tỉnh ủy làm Trưởng đoàn làm việc với Ban Thường vụ Huyện ủy Bảo Lạc. Tham gia "
            "Đoàn có đồng chí Bế Văn Sáu, Phó Chủ nhiệm UBKT Tỉnh ủy, Phó Trưởng đoàn.")
    delegation = "Đoàn giám sát số 5 của Ban Thường vụ Tỉnh ủy Cao Bằng"
    roles = _roles(text)
    assert ("Nông Thị Hoa", "Trưởng đoàn", delegation) in roles
    assert ("Bế Văn Sáu", "Phó Trưởng đoàn", delegation) in roles
    assert [name for name, _ in _bodies(text) if name.startswith("Đoàn")] == [delegation]
    assert [(e.kind, e.organizer.name) for e in extraction(text).events] == [("Meeting", delegation)]


def test_posts_a_document_s_title_speaks_of_name_no_body():
    text = ("Sáng 4/12/2019, Ban Thường vụ Huyện ủy Tân Uyên tổ chức hội nghị sơ kết Quy định số 08-QĐi/TW ngày "
            "25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết "
            "là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương.")
    names = {name for name, _ in _bodies(text)}
    assert "Ban Chấp hành Trung ương Đảng" in names
    assert not names & {"Bộ Chính trị", "Ban Bí thư"}


def test_each_subject_that_issues_keeps_the_documents_after_its_own_verb():
    from tests.invented import extraction

    text = ("Ngày 3/4/2019, Ban Dân vận Tỉnh ủy Phú Yên họp. Thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 "
            "của Bộ Chính trị ban hành Quy chế công tác dân vận, Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số "
            "21-HD/BDVTU ngày 5/4/2016 về phong trào thi đua.")
    issuers = {d.number: d.issuer and d.issuer.name for d in extraction(text).documents}
    assert issuers["21-HD/BDVTU"] == "Ban Dân vận Tỉnh ủy Phú Yên"


def test_documents_listed_before_cung_ngay_and_a_date_share_it_and_a_town_committee_writes_tu():
    from tests.invented import extraction

    text = ("Chiều 7/11/2022, Ban Chấp hành Đảng bộ thị xã Ba Đồn sơ kết Kết luận số 21-KL/TW và Quy định số "
            "37-QĐ/TW cùng ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng. Ban Thường vụ Thị ủy đã ban hành "
            "Kế hoạch số 31-KH/TU ngày 5/1/2022 thực hiện Kết luận 21 và Quy định số 02-QĐ/ThU ngày 15/9/2020.")
    documents = {d.number: d for d in extraction(text).documents}
    assert documents["21-KL/TW"].date.iso() == documents["37-QĐ/TW"].date.iso() == "2021-10-25"
    assert documents["31-KH/TU"].issuer.name == "Ban Thường vụ Thị ủy Ba Đồn"
    assert documents["02-QĐ/ThU"].issuer.name == "Ban Thường vụ Thị ủy Ba Đồn"


def test_a_national_association_named_with_a_level_is_its_local_branch():
    names = {name for name, _ in _bodies(
        "Ngày 3/7/2024, Huyện đoàn Thuận Bắc chuẩn bị Đại hội Hội Liên hiệp Thanh niên Việt Nam huyện Thuận Bắc "
        "khóa VII, theo hướng dẫn của Hội Liên hiệp Thanh niên Việt Nam.")}
    assert {"Hội Liên hiệp Thanh niên Việt Nam huyện Thuận Bắc", "Hội Liên hiệp Thanh niên Việt Nam"} <= names


def test_units_listed_after_nhu_are_areas():
    from tests.invented import extraction

    areas = {area.name for area, _ in extraction(
        "Ngày 3/1/2023, Ủy ban MTTQ Việt Nam huyện Sơn Tây tổng kết, nhất là ở các xã vùng sâu như Sơn Màu, "
        "Sơn Tân.").areas.values()}
    assert {"Sơn Màu", "Sơn Tân"} <= areas


def test_elected_into_a_standing_committee_or_the_youth_union_s():
    text = ("Ngày 9/9/2021, Ban Chấp hành Đảng bộ huyện Yên Lập họp. Hội nghị đã bầu bổ sung đồng chí Hà Thị Nụ, "
            "Phó Chủ tịch UBND huyện, vào Ban Thường vụ Huyện ủy Yên Lập. Huyện đoàn Yên Lập bầu bổ sung đồng chí "
            "Đinh Văn Mạnh, Ủy viên BCH Huyện đoàn, vào Ban Thường vụ và giữ chức Bí thư Huyện đoàn Yên Lập.")
    roles = _roles(text)
    assert ("Hà Thị Nụ", "Ủy viên", "Ban Thường vụ Huyện ủy Yên Lập") in roles
    assert ("Đinh Văn Mạnh", "Ủy viên", "Ban Thường vụ Huyện đoàn Yên Lập") in roles


def test_uvbtv_is_in_the_standing_committee_of_the_committee_the_chain_names_next():
    text = ("Ngày 19/10/2021, UBKT Huyện ủy Bình Lục họp. Đ/c Trần Văn Hòe - UVBTV, Chủ nhiệm UBKT HU chủ trì. "
            "Đồng chí Vũ Văn Bảy, UVBTV, Giám đốc Sở Tài chính tỉnh Hà Nam dự.")
    roles = _roles(text)
    assert ("Trần Văn Hòe", "Ủy viên", "Ban Thường vụ Huyện ủy Bình Lục") in roles
    assert ("Vũ Văn Bảy", "Ủy viên", "Ban Thường vụ Tỉnh ủy Hà Nam") in roles


def test_a_newspaper_is_a_body_where_a_post_is_held_in_it():
    text = ("Ngày 3/3/2023, Tỉnh ủy Bình Thuận họp. Bà Mai Thị Thoa, Tổng Biên tập Báo Bình Thuận phát biểu. "
            "Báo cáo Chính trị nêu rõ kết quả.")
    assert ("Mai Thị Thoa", "Tổng Biên tập", "Báo Bình Thuận") in _roles(text)
    assert not any(name.startswith("Báo cáo") for name, _ in _bodies(text))


def test_a_director_who_is_also_secretary_of_the_company_s_cell_directs_the_company():
    text = ("Ngày 19/4/2024, Đảng ủy Khối Doanh nghiệp tỉnh Bắc Giang họp. Ông Hà Văn Sáu, Giám đốc kiêm Bí thư "
            "Chi bộ Công ty TNHH Cơ khí Đồng Tâm chia sẻ kinh nghiệm.")
    roles = _roles(text)
    assert ("Hà Văn Sáu", "Giám đốc", "Công ty Trách nhiệm hữu hạn Cơ khí Đồng Tâm") in roles
    assert ("Hà Văn Sáu", "Bí thư", "Chi bộ Công ty Trách nhiệm hữu hạn Cơ khí Đồng Tâm") in roles


def test_village_elders_doctors_and_teachers_named_after_their_calling_are_persons():
    from tests.invented import extraction

    names = {p.name for p in extraction(
        "Ngày 5/5/2019, Huyện ủy Ba Tơ họp. Già làng Đinh Văn Ních kiến nghị. Bác sĩ Phạm Thị Lụa báo cáo. "
        "Cô giáo Đinh Thị Hà phát biểu.").persons}
    assert {"Đinh Văn Ních", "Phạm Thị Lụa", "Đinh Thị Hà"} <= names


def test_a_central_commission_named_after_its_department_is_named_too():
    names = {name for name, _ in _bodies(
        "Ngày 13/11/2019, Tỉnh ủy Lào Cai họp. Dự có đồng chí Lê Văn Hùng, Phó Vụ trưởng Vụ Địa phương 1, "
        "Ban Tổ chức Trung ương.")}
    assert {"Vụ Địa phương 1", "Ban Tổ chức Trung ương"} <= names


def test_a_former_post_is_none_but_the_one_after_nay_la_is_current():
    roles = _roles("Ngày 3/5/2021, HĐND thị xã Hoài Nhơn họp, cho thôi làm đại biểu đối với bà Đào Thị Khoa, nguyên "
                   "Phó Chủ tịch UBND thị xã, nay là Phó Giám đốc Sở Nội vụ tỉnh Bình Định.")
    assert ("Đào Thị Khoa", "Phó Giám đốc", "Sở Nội vụ tỉnh Bình Định") in roles
    assert not any(role[1] == "Phó Chủ tịch" for role in roles)


def test_von_la_is_a_former_post_too_and_kbnn_is_the_state_treasury():
    roles = _roles("Ngày 3/5/2022, Tỉnh ủy Quảng Ngãi họp. Đồng chí Đinh Văn Bốn, vốn là cán bộ Ban Tổ chức Tỉnh "
                   "ủy, nay là Chủ tịch UBND huyện Sơn Tây. Bà Ngô Thị Bình, Giám đốc KBNN Quảng Ngãi báo cáo.")
    assert ("Đinh Văn Bốn", "Chủ tịch", "Ủy ban nhân dân huyện Sơn Tây") in roles
    assert ("Ngô Thị Bình", "Giám đốc", "Kho bạc Nhà nước Quảng Ngãi") in roles


def test_dong_chi_and_the_given_name_then_la_gives_the_posts_of_the_person_named_before():
    roles = _roles("Ngày 3/7/2023, Ban Thường vụ Tỉnh ủy Phú Yên làm việc với Thị ủy Sông Cầu. Chủ trì là đồng chí "
                   "Cao Thị Hòa. Đồng chí Hòa là Ủy viên Trung ương Đảng, hiện giữ chức Bí thư Tỉnh ủy Phú Yên.")
    assert {("Cao Thị Hòa", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
            ("Cao Thị Hòa", "Bí thư", "Tỉnh ủy Phú Yên")} <= set(roles)


def test_a_post_in_a_bare_hoi_is_in_the_association_the_article_names():
    roles = _roles("Ngày 3/7/2022, Hội Nông dân tỉnh Bến Tre tổ chức đại hội. Ông Võ Văn Thái và ông Đặng Văn Hòa "
                   "được bầu giữ chức Phó Chủ tịch Hội. HĐND tỉnh Bến Tre chúc mừng.")
    assert {("Võ Văn Thái", "Phó Chủ tịch", "Hội Nông dân tỉnh Bến Tre"),
            ("Đặng Văn Hòa", "Phó Chủ tịch", "Hội Nông dân tỉnh Bến Tre")} <= set(roles)


def test_a_second_sentence_about_the_same_person_adds_the_posts_too():
    roles = _roles("Ngày 3/7/2023, Ban Thường vụ Tỉnh ủy Phú Yên làm việc với Thị ủy Sông Cầu. Chủ trì là đồng chí "
                   "Cao Thị Hòa. Đồng chí Hòa là Ủy viên Trung ương Đảng, hiện giữ chức Bí thư Tỉnh ủy Phú Yên. Đồng "
                   "chí đồng thời là Trưởng đoàn đại biểu Quốc hội tỉnh.")
    assert ("Cao Thị Hòa", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Phú Yên") in roles


def test_a_committee_elected_as_a_list_of_names_makes_each_a_member():
    roles = _roles("Ngày 15/10/2020, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn họp. Hội nghị đã bầu Ban Thường vụ Tỉnh ủy "
                   "khóa XII gồm 3 đồng chí: Hoàng Duy Chinh, Phương Thị Thanh, Đỗ Thị Minh Hoa.")
    assert {("Hoàng Duy Chinh", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn"),
            ("Phương Thị Thanh", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn"),
            ("Đỗ Thị Minh Hoa", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn")} <= set(roles)
    later = _roles("Ngày 15/10/2020, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn họp, bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng "
                   "chí; các đồng chí: Hoàng Duy Chinh, Phương Thị Thanh được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    assert not any(role[1] == "Ủy viên" for role in later)


def test_decisions_announced_with_their_day_take_it():
    from tests.invented import extraction

    text = ("Chiều 16/3/2021, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Đồng chí Lê Thị Lộc công bố các quyết "
            "định ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy, cụ thể:\n- Quyết định số 1425-QĐ/TU điều động đồng chí "
            "Cao Xuân Vĩnh giữ chức Bí thư Huyện ủy Kỳ Anh.")
    document = next(d for d in extraction(text).documents if d.number == "1425-QĐ/TU")
    assert document.date.iso() == "2021-03-12" and document.issuer.name == "Ban Thường vụ Tỉnh ủy Hà Tĩnh"


def test_the_same_body_of_each_unit_listed_bare_after_the_first():
    names = {name for name, _ in _bodies(
        "Ngày 16/3/2021, Ban Thường vụ Tỉnh ủy Nghệ An họp. Dự có Thường trực Huyện ủy Anh Sơn, Con Cuông, "
        "Tương Dương và UBND tỉnh.")}
    assert {"Thường trực Huyện ủy Anh Sơn", "Thường trực Huyện ủy Con Cuông",
            "Thường trực Huyện ủy Tương Dương"} <= names


def test_dang_uy_cac_phuong_names_each_ward_s_committee():
    names = {name for name, _ in _bodies(
        "Ngày 3/3/2021, Thị ủy Kỳ Anh họp. Quy định nâng cao trách nhiệm của Đảng ủy các phường Kỳ Trinh, Kỳ Thịnh "
        "trong bố trí cán bộ.")}
    assert {"Đảng ủy phường Kỳ Trinh", "Đảng ủy phường Kỳ Thịnh"} <= names


def test_posts_after_lam_when_the_person_s_own_posts_come_first():
    roles = _roles("Ngày 3/10/2016, BCH Đảng bộ tỉnh Bắc Kạn họp. Đồng chí Ma Thị Nguyệt, Tỉnh ủy viên, Bí thư Thành "
                   "ủy Bắc Kạn được bầu bổ sung làm Ủy viên Ban Thường vụ Tỉnh ủy. Hội nghị cũng bầu bổ sung đồng chí "
                   "Lương Văn Thủy, Phó Chánh Văn phòng Tỉnh ủy làm Ủy viên Ủy ban Kiểm tra Tỉnh ủy.")
    assert ("Ma Thị Nguyệt", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn") in roles
    assert ("Lương Văn Thủy", "Ủy viên", "Ủy ban Kiểm tra Tỉnh ủy Bắc Kạn") in roles


def test_a_bare_post_after_tai_body_va_giu_chuc_is_in_that_body():
    roles = _roles("Ngày 3/10/2016, BCH Đảng bộ tỉnh Lạng Sơn họp, công bố quyết định điều động đồng chí Lâm Văn Khoa, "
                   "Phó Bí thư Tỉnh ủy thôi giữ chức Phó Bí thư Tỉnh ủy để nhận công tác tại Ban Dân vận Trung ương "
                   "và giữ chức Phó Trưởng ban.")
    assert ("Lâm Văn Khoa", "Phó Trưởng ban", "Ban Dân vận Trung ương") in roles


def test_a_conclusion_notice_headlined_as_one_is_dated_by_its_year():
    from tests.invented import extraction

    text = ("Thông báo kết luận của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Huyện ủy Gio Linh\n\n"
            "Ngày 15/5/2023, Ban Thường vụ Tỉnh ủy Quảng Trị làm việc với Ban Thường vụ Huyện ủy Gio Linh.")
    assert extraction(text).published.iso() == "2023"


def test_a_congress_of_a_term_that_starts_after_the_article_is_not_past():
    from tests.invented import extraction

    text = ("Ngày 24/10/2019, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Quảng Bình làm việc với Ban Thường vụ Huyện "
            "ủy Minh Hóa. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 86-KH/HU về tổ chức Đại hội đại biểu Đảng "
            "bộ huyện Minh Hóa lần thứ XXIII, nhiệm kỳ 2020 - 2025.")
    assert not any(e.kind == "Congress" for e in extraction(text).events)


def test_a_session_reported_on_its_last_day_starts_on_the_first_day_the_lead_gives():
    from tests.invented import extraction

    text = ("Bế mạc kỳ họp thứ 6 HĐND tỉnh Sơn La\n\n(SL) - Chiều 20/7/2018, sau 3 ngày làm việc (từ ngày 18 đến 20/7), "
            "kỳ họp thứ 6, HĐND tỉnh Sơn La đã bế mạc.")
    assert [e.date.iso() for e in extraction(text).events] == ["2018-07-18"]


def test_a_congress_reported_within_its_days_and_the_plenum_right_after_it():
    from tests.invented import extraction

    text = ("(BN) - Chiều 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XX (diễn ra từ ngày 14 đến "
            "16/10) đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XX. Đồng chí Lê Văn Hùng dự. Ngay sau đó, BCH Đảng bộ "
            "tỉnh khóa XX tiến hành Hội nghị lần thứ nhất để bầu các chức danh lãnh đạo.")
    dates = {e.kind: e.date.iso() for e in extraction(text).events}
    assert dates == {"Congress": "2020-10-14", "Conference": "2020-10-15"}


def test_a_document_with_its_own_issuer_does_not_take_the_next_one_s_date():
    from tests.invented import extraction

    text = ("Ngày 8/11/2017, Ban Thường vụ Tỉnh ủy Phú Yên họp. Căn cứ Quy định số 30-QĐ/TW của Ban Chấp hành Trung "
            "ương và Quy định số 181-QĐ/TW ngày 30-3-2013 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy quyết định.")
    dates = {d.number: d.date for d in extraction(text).documents}
    assert dates["30-QĐ/TW"] is None and dates["181-QĐ/TW"].iso() == "2013-03-30"


def test_a_submission_to_trinh_is_a_document():
    from tests.invented import extraction

    documents = {d.number: d for d in extraction(
        "Ngày 8/11/2017, Ban Thường vụ Tỉnh ủy Gia Lai họp. Trên cơ sở Tờ trình số 91-TTr/UBKTTU ngày 6-11-2017 của "
        "Ủy ban Kiểm tra Tỉnh ủy, hội nghị thống nhất.").documents}
    assert documents["91-TTr/UBKTTU"].kind == "OtherDocument"
    assert documents["91-TTr/UBKTTU"].issuer.name == "Ủy ban Kiểm tra Tỉnh ủy Gia Lai"


def test_leaving_a_committee_is_no_membership():
    roles = _roles("Ngày 28/3/2023, Ban Chấp hành Đảng bộ tỉnh Điện Biên họp, biểu quyết cho đồng chí Lò Văn Dung thôi "
                   "tham gia Ban Chấp hành Đảng bộ tỉnh khóa XIV.")
    assert not any(person == "Lò Văn Dung" and title == "Ủy viên" for person, title, _ in roles)


def test_places_in_a_road_s_name_are_no_areas():
    from tests.invented import extraction

    areas = {area.name for area, _ in extraction(
        "Ngày 5/12/2022, HĐND huyện Châu Thành A (tỉnh Hậu Giang) họp. Dự án cao tốc Cần Thơ - Hậu Giang - Cà Mau và "
        "tuyến đường ven biển Vũng Tàu - Bình Thuận chậm tiến độ.").areas.values()}
    assert "Hậu Giang" in areas and not areas & {"Cần Thơ", "Cà Mau", "Bình Thuận"}


def test_an_author_on_the_date_line_before_a_bar_is_a_byline():
    from tests.invented import extraction

    text = ("Xây dựng Đảng\n\nĐảng ủy phường Tam Điệp quán triệt nghị quyết\n\nMai Thảo | Cập nhật 17:20, 15/10/2025\n\n"
            "Chiều 15/10, Ban Thường vụ Đảng ủy phường Tam Điệp tổ chức hội nghị.")
    assert "Mai Thảo" in {p.name for p in extraction(text).persons}


def test_a_past_congress_held_on_a_written_day_takes_it():
    from tests.invented import extraction

    text = ("Chiều 19/12/2025, Đảng ủy phường Phan Đình Phùng tổng kết năm. Đại hội đại biểu Đảng bộ phường lần thứ I, "
            "nhiệm kỳ 2025 - 2030 được tổ chức thành công vào ngày 28/7/2025.")
    congresses = [e for e in extraction(text).events if e.kind == "Congress"]
    assert [e.date.iso() for e in congresses] == ["2025-07-28"]


def test_delegates_elected_to_a_congress_go_to_one_still_to_come():
    from tests.invented import extraction

    text = ("Trong 2 ngày 21 - 22/6/2023, Hội Nông dân huyện Trạm Tấu tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ "
            "2023 - 2028. Đại hội cũng bầu 9 đại biểu chính thức dự Đại hội đại biểu Hội Nông dân tỉnh Yên Bái "
            "nhiệm kỳ 2023 - 2028.")
    assert [e.organizer.name for e in extraction(text).events] == ["Hội Nông dân huyện Trạm Tấu"]


def test_a_commune_s_party_building_commission_after_2025():
    roles = _roles("Chiều 15/10/2025, Ban Thường vụ Đảng ủy phường Nam Hoa Lư họp. Đồng chí Lê Văn An, Trưởng Ban Xây "
                   "dựng Đảng Đảng ủy phường phát biểu.")
    assert ("Lê Văn An", "Trưởng ban", "Ban Xây dựng Đảng Đảng ủy phường Nam Hoa Lư") in roles


def test_a_notice_of_a_session_runs_on_the_lead_s_day_and_the_session_keeps_its_own():
    from tests.invented import extraction

    text = ("Kỳ họp thứ 7 Ủy ban Kiểm tra Tỉnh ủy: Cảnh cáo một Phó Chủ tịch UBND xã\n\nNgày 28/11/2025, Ủy ban Kiểm "
            "tra Tỉnh ủy Cao Bằng ban hành Thông báo số 35-TB/UBKTTU về kết quả Kỳ họp thứ 7. Kỳ họp diễn ra trong 2 "
            "ngày 25 và 26/11/2025, dưới sự chủ trì của đồng chí Nông Thị Hà, Chủ nhiệm UBKT Tỉnh ủy.\n\nTại kỳ "
            "họp, UBKT Tỉnh ủy đã xem xét báo cáo kết quả giám sát chuyên đề.")
    found = extraction(text)
    assert found.published.iso() == "2025-11-28"
    assert [e.date.iso() for e in found.events] == ["2025-11-25"]


def test_a_party_member_named_after_dang_vien_is_a_person():
    from tests.invented import extraction

    names = {p.name for p in extraction(
        "Ngày 19/10/2021, UBKT Huyện ủy Mường Lay họp, thi hành kỷ luật khiển trách đối với đảng viên Lò Văn Pâng.")
        .persons}
    assert "Lò Văn Pâng" in names


def test_a_village_cell_s_name_leaves_out_its_commune_in_brackets():
    roles = _roles("Ngày 3/3/2021, Huyện ủy Na Rì họp. Đồng chí Triệu Văn Sình, Bí thư Chi bộ thôn Nà Phầy (xã Kim Hỷ) "
                   "phát biểu.")
    assert ("Triệu Văn Sình", "Bí thư", "Chi bộ thôn Nà Phầy") in roles


def test_a_division_named_with_its_district_takes_no_parent_from_the_next_body():
    names = {name for name, _ in _bodies(
        "Ngày 8/9/2021, UBKT Huyện ủy Cái Nước họp. Đối với đồng chí Dương Chí Hiếu, nguyên Phó Trưởng phòng Tài "
        "nguyên và Môi trường huyện Cái Nước, UBKT Huyện ủy thống nhất tiếp tục thẩm tra.")}
    assert "Phòng Tài nguyên và Môi trường huyện Cái Nước" in names


def test_a_centre_whose_name_has_va_in_it_before_its_district():
    names = {name for name, _ in _bodies(
        "Ngày 21/6/2023, Hội Nông dân huyện Mù Cang Chải tổ chức đại hội tại Trung tâm Văn hóa - Thể thao và Truyền "
        "thông huyện Mù Cang Chải. Trung tâm Y tế huyện và Trung tâm Chính trị huyện dự.")}
    assert "Trung tâm Văn hóa - Thể thao và Truyền thông huyện Mù Cang Chải" in names
    assert "Trung tâm Y tế huyện Mù Cang Chải" in names and "Trung tâm Chính trị huyện Mù Cang Chải" in names
