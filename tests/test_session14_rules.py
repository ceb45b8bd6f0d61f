"""Rules added in session 14, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


def test_dioceses_and_bishops_sees_are_bodies_of_no_province_and_a_vicar_general_holds_a_post_in_one():
    text = ("Ngày 21/12/2023, đồng chí Lò Văn Kiên, Chủ tịch UBND tỉnh Lai Châu đến thăm, chúc mừng Giáo phận "
            "Hưng Hóa. Tiếp đoàn có Linh mục Trần Văn Bảy, Tổng Đại diện Giáo phận Hưng Hóa. Trước đó, đoàn đến "
            "thăm Tòa Giám mục Giáo phận Lạng Sơn - Cao Bằng và Tòa Tổng Giám mục Hà Nội.")
    bodies = _bodies(text)
    for name in ("Giáo phận Hưng Hóa", "Tòa Giám mục Giáo phận Lạng Sơn - Cao Bằng", "Tòa Tổng Giám mục Hà Nội"):
        assert (name, "OtherOrganization") in bodies
    assert ("Trần Văn Bảy", "Tổng Đại diện", "Giáo phận Hưng Hóa") in _roles(text)


def test_the_board_that_keeps_a_relic_site_is_named_with_the_site():
    text = ("Ngày 20/2/2024, ông Lê Văn Tám, Chủ tịch UBND thành phố Nam Định dự lễ. Cụ Trần Văn Bảy, Trưởng ban "
            "Quản lý di tích đền Trần cùng các cụ cao niên thực hiện nghi lễ. Ông Hà Văn Tư, Phó Trưởng Ban Quản lý Khu di tích "
            "Kim Liên phát biểu.")
    roles = _roles(text)
    assert ("Trần Văn Bảy", "Trưởng ban", "Ban Quản lý di tích đền Trần") in roles
    assert ("Hà Văn Tư", "Phó Trưởng ban", "Ban Quản lý Khu di tích Kim Liên") in roles
    assert not any(name.startswith("Ban Quản lý di tích đền Trần c") for name, _ in _bodies(text))


def test_a_board_written_with_its_department_in_brackets_is_the_province_s_board_within_it():
    text = ("Ngày 5/1/2022, ông Y Bhin Niê, Chủ tịch UBND tỉnh Đắk Lắk thăm các chức sắc. Cùng đi có ông Hoàng Văn "
            "Lộc, Trưởng Ban Tôn giáo (Sở Nội vụ) và ông Lê Văn Hải, Trưởng Ban Thi đua - Khen thưởng tỉnh Đắk Lắk.")
    roles = _roles(text)
    assert ("Hoàng Văn Lộc", "Trưởng ban", "Ban Tôn giáo tỉnh Đắk Lắk") in roles
    assert ("Lê Văn Hải", "Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh Đắk Lắk") in roles
    assert ("Ban Tôn giáo tỉnh Đắk Lắk", "Government") in _bodies(text)
    assert ("Sở Nội vụ tỉnh Đắk Lắk", "Government") in _bodies(text)


def test_a_neighbour_s_province_the_lexicon_knows_is_foreign_without_its_country_in_brackets():
    text = ("Ngày 12/3/2024, đồng chí Hoàng Văn Minh, Bí thư Tỉnh ủy Sơn La tiếp đoàn đại biểu tỉnh Luông Pha Bang do "
            "đồng chí Khăm Phăn Phôm Ma Thắt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang làm trưởng đoàn. Cùng "
            "dự có ông Sok Chea, Phó Tỉnh trưởng tỉnh Svay Rieng.")
    roles = _roles(text)
    assert ("Khăm Phăn Phôm Ma Thắt", "Bí thư", "Tỉnh ủy Luông Pha Bang") in roles
    assert ("Khăm Phăn Phôm Ma Thắt", "Tỉnh trưởng", "Chính quyền tỉnh Luông Pha Bang") in roles
    assert ("Sok Chea", "Phó Tỉnh trưởng", "Chính quyền tỉnh Svay Rieng") in roles
    assert not any(body == "Tỉnh ủy Sơn La" for name, _, body in roles if name == "Khăm Phăn Phôm Ma Thắt")


def test_diplomats_ranks_and_the_offices_of_foreign_agencies():
    text = ("Ngày 7/9/2023, UBND tỉnh Gia Lai làm việc với bà Sato Yuki, Trưởng Đại diện Văn phòng JICA Việt Nam, bà "
            "Park Ji Won, Trưởng Đại diện Văn phòng KOICA tại Việt Nam và ông Lee Min, Bí thư thứ nhất Đại sứ quán "
            "Hàn Quốc tại Việt Nam. Bà Trần Thị Hoa, Chánh Văn phòng UBND tỉnh dự.")
    roles = _roles(text)
    assert ("Sato Yuki", "Trưởng Đại diện", "Văn phòng JICA Việt Nam") in roles
    assert ("Park Ji Won", "Trưởng Đại diện", "Văn phòng KOICA tại Việt Nam") in roles
    assert ("Lee Min", "Bí thư thứ nhất", "Đại sứ quán Hàn Quốc tại Việt Nam") in roles
    assert ("Trần Thị Hoa", "Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Gia Lai") in roles


def test_a_district_in_brackets_after_a_list_of_communes_is_each_commune_s():
    text = ("Ngày 7/9/2023, đoàn công tác của UBND tỉnh Nghệ An kiểm tra tại các xã Châu Hạnh, Châu Thắng (huyện Quỳ "
            "Châu) và xã Tam Hợp, Tam Quang (huyện Tương Dương).")
    parents = {area.name: area.parent.name for area, _ in _extraction(text).areas.values() if area.kind == "Commune"}
    assert parents == {"Châu Hạnh": "Quỳ Châu", "Châu Thắng": "Quỳ Châu", "Tam Hợp": "Tương Dương",
                       "Tam Quang": "Tương Dương"}


def test_the_older_spellings_of_the_highland_provinces():
    text = "Ngày 7/9/2019, UBND tỉnh Đăk Lăk làm việc với UBND tỉnh Đăk Nông và Tỉnh ủy Đắk Lăk."
    bodies = _bodies(text)
    assert ("Ủy ban nhân dân tỉnh Đắk Lắk", "PeoplesCommittee") in bodies
    assert ("Ủy ban nhân dân tỉnh Đắk Nông", "PeoplesCommittee") in bodies
    assert ("Tỉnh ủy Đắk Lắk", "PartyCommittee") in bodies


def test_a_steering_committee_named_by_a_party_programme_belongs_to_the_committee_that_adopted_it():
    text = ("Ngày 7/9/2023, Ban Chỉ đạo Chương trình 02-CTr/TU của Thành ủy Hà Tĩnh họp. Ông Lê Văn Hùng, Phó Bí thư "
            "Thường trực Thành ủy, Trưởng Ban Chỉ đạo chủ trì. Chiều cùng ngày, Đoàn kiểm tra của Ban Chỉ đạo Chương "
            "trình số 15-CTr/HU của Huyện ủy Can Lộc do ông Hà Văn Tư, Phó Trưởng Ban Chỉ đạo làm Trưởng đoàn.")
    roles = _roles(text)
    assert ("Lê Văn Hùng", "Trưởng ban", "Ban Chỉ đạo Chương trình 02-CTr/TU của Thành ủy Hà Tĩnh") in roles
    assert ("Hà Văn Tư", "Phó Trưởng ban", "Ban Chỉ đạo Chương trình số 15-CTr/HU của Huyện ủy Can Lộc") in roles
    assert ("Hà Văn Tư", "Trưởng đoàn",
            "Đoàn kiểm tra của Ban Chỉ đạo Chương trình số 15-CTr/HU của Huyện ủy Can Lộc") in roles
    assert ("Ban Chỉ đạo Chương trình số 15-CTr/HU của Huyện ủy Can Lộc", "OtherOrganization") in _bodies(text)


def test_a_province_s_radio_and_television_station():
    text = ("Ngày 7/9/2023, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục mới về cải cách hành chính của tỉnh Ninh "
            "Thuận. Ông Lê Văn Hải, Giám đốc Đài Phát thanh - Truyền hình Vĩnh Phúc dự.")
    assert ("Đài Phát thanh - Truyền hình tỉnh Ninh Thuận", "OtherOrganization") in _bodies(text)
    assert ("Lê Văn Hải", "Giám đốc", "Đài Phát thanh - Truyền hình Vĩnh Phúc") in _roles(text)


def test_the_article_s_province_is_the_one_most_sentences_name():
    text = ("Ngày 18/7/2020, UBKT Trung ương đề nghị kỷ luật Ban Thường vụ Tỉnh ủy Bắc Kạn. Sai phạm xảy ra tại huyện "
            "Ba Bể của tỉnh Bắc Kạn. Trách nhiệm thuộc về ông Hà Văn Tư, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. "
            "UBKT cũng xem xét Ban Thường vụ Huyện ủy Văn Lãng (tỉnh Lạng Sơn) và yêu cầu Ban Thường vụ Tỉnh ủy Lạng "
            "Sơn, Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn xử lý.")
    roles = _roles(text)
    assert ("Hà Văn Tư", "Phó Bí thư", "Tỉnh ủy Bắc Kạn") in roles
    assert ("Hà Văn Tư", "Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Kạn") in roles


def test_units_of_one_rank_listed_after_a_committee_share_its_head_but_a_higher_unit_only_places_it():
    text = ("Ngày 7/9/2020, ông Lê Văn Hải đề nghị các sở, ngành, UBND TP Vị Thanh, TP Ngã Bảy, TX Long Mỹ và các "
            "huyện hoàn thành dự toán. Bà Lê Thị Hoa, Chủ tịch UBND xã Hỏa Lựu, thành phố Vị Thanh dự.")
    bodies = _bodies(text)
    for name in ("Ủy ban nhân dân thành phố Ngã Bảy", "Ủy ban nhân dân thị xã Long Mỹ"):
        assert (name, "PeoplesCommittee") in bodies
    assert ("Lê Thị Hoa", "Chủ tịch", "Ủy ban nhân dân xã Hỏa Lựu") in _roles(text)
    assert sum(name.startswith("Ủy ban nhân dân") for name, _ in bodies) == 4


def test_a_body_of_two_or_three_units_named_with_their_number_is_each_unit_s():
    text = ("Ngày 7/9/2025, Hội Nông dân tỉnh Vĩnh Long tổ chức hội nghị sau khi Hội Nông dân ba tỉnh Vĩnh Long, Bến "
            "Tre và Trà Vinh (cũ) hợp nhất. Ủy ban MTTQ Việt Nam hai tỉnh Hưng Yên và Thái Bình (cũ) cũng đã hợp nhất.")
    bodies = _bodies(text)
    for name in ("Hội Nông dân tỉnh Bến Tre", "Hội Nông dân tỉnh Trà Vinh"):
        assert (name, "OtherOrganization") in bodies
    for name in ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình"):
        assert (name, "FatherlandFront") in bodies


def test_a_ward_named_after_two_joined_wards_in_a_list_of_units():
    text = ("Ngày 7/9/2025, Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng phối hợp với UBND các phường Xuân Hương - Đà "
            "Lạt, Bắc Gia Nghĩa cảnh báo sớm cho người dân.")
    bodies = _bodies(text)
    assert ("Ủy ban nhân dân phường Xuân Hương - Đà Lạt", "PeoplesCommittee") in bodies
    assert ("Ủy ban nhân dân phường Bắc Gia Nghĩa", "PeoplesCommittee") in bodies


def test_a_province_s_health_care_board_for_officials():
    text = ("Ngày 7/9/2024, Ban Thường vụ Tỉnh ủy Lai Châu phân công đồng chí Chu Văn Hà, Trưởng Ban Tổ chức Tỉnh ủy "
            "kiêm giữ chức Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh.")
    assert ("Chu Văn Hà", "Trưởng ban", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Lai Châu") in _roles(text)


def test_the_council_and_departments_of_a_neighbour_s_province():
    text = ("Ngày 7/9/2024, UBND tỉnh An Giang tiếp đoàn tỉnh Takéo. Cùng đi có ông Nhem Sok, Phó Chủ tịch Hội đồng "
            "tỉnh Takéo; ông Ouk Van, Giám đốc Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Takéo.")
    roles = _roles(text)
    assert ("Nhem Sok", "Phó Chủ tịch", "Hội đồng tỉnh Takéo") in roles
    assert ("Ouk Van", "Giám đốc", "Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Takéo") in roles


def test_a_neighbour_s_high_level_delegation():
    text = ("Ngày 7/9/2024, Ban Thường vụ Tỉnh ủy Kon Tum tiếp Đoàn đại biểu cấp cao tỉnh Attapeu (Lào) do đồng chí "
            "Xổm Phết, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu làm Trưởng đoàn.")
    assert ("Xổm Phết", "Trưởng đoàn", "Đoàn đại biểu cấp cao tỉnh Attapeu") in _roles(text)


def test_a_province_s_emulation_council_chaired_by_the_people_s_committee_s_chairman():
    text = ("Ngày 18/9/2020, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trà Vinh, Chủ tịch Hội đồng Thi đua - Khen thưởng "
            "tỉnh Kim Văn Sơn chủ trì đại hội.")
    roles = _roles(text)
    assert ("Kim Văn Sơn", "Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Trà Vinh") in roles
    assert ("Kim Văn Sơn", "Chủ tịch", "Ủy ban nhân dân tỉnh Trà Vinh") in roles


def test_a_delegation_written_in_lower_case_is_a_body_when_the_text_names_its_head():
    text = ("Chiều 14/3/2018, đoàn công tác của Ban Thường vụ Tỉnh ủy Hà Nam do đồng chí Lại Văn Tư, Bí thư Tỉnh ủy "
            "làm trưởng đoàn đã làm việc với huyện Lý Nhân.")
    assert ("Lại Văn Tư", "Trưởng đoàn", "Đoàn công tác của Ban Thường vụ Tỉnh ủy Hà Nam") in _roles(text)
    unled = "Chiều 14/3/2018, đoàn công tác của Ban Thường vụ Tỉnh ủy Hà Nam đã làm việc với huyện Lý Nhân."
    assert not any(name.startswith("Đoàn") for name, _ in _bodies(unled))


def test_young_party_members_recruits_and_journalists_are_people():
    text = ("Ngày 5/3/2024, Chủ tịch UBND huyện Vân Hồ Sồng A Lử thông tin nhanh. Đảng viên trẻ Trịnh Thị Ngọc Hoa đề "
            "xuất lập nhóm. Tân binh Lương Văn Thắm hứa sẽ nỗ lực. Nhà báo Lê Văn Tiệp cho biết.")
    names = {person.name for person in _extraction(text).persons}
    assert {"Sồng A Lử", "Trịnh Thị Ngọc Hoa", "Lương Văn Thắm", "Lê Văn Tiệp"} <= names
    assert ("Sồng A Lử", "Chủ tịch", "Ủy ban nhân dân huyện Vân Hồ") in _roles(text)


def test_a_people_s_committee_number_with_no_issuer_written_is_the_province_s():
    text = ("Ngày 4/3/2020, UBND tỉnh Sóc Trăng họp bàn phòng, chống hạn mặn. Tỉnh đã ban hành Quyết định số "
            "417/QĐ-UBND ngày 5/2/2020 công bố tình huống khẩn cấp do hạn hán, xâm nhập mặn.")
    assert ("417/QĐ-UBND", "Ủy ban nhân dân tỉnh Sóc Trăng") in {(d.number, d.issuer.name if d.issuer else None)
                                                                for d in _extraction(text).documents}


def test_a_citizen_reception_is_a_meeting_of_the_body_its_host_heads():
    text = ("Chiều 16/4/2026, tại Trụ sở Tiếp công dân tỉnh, đồng chí Sùng A Lềnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
            "tỉnh Lào Cai chủ trì buổi tiếp công dân định kỳ tháng 4.")
    events = _extraction(text).events
    assert [(e.kind, e.organizer.name) for e in events] == [("Meeting", "Ủy ban nhân dân tỉnh Lào Cai")]


def test_a_body_that_organizes_a_conference_with_a_partner_the_reader_does_not_know():
    text = ("Chiều 19/7/2018, tại TP Vĩnh Yên, UBND tỉnh Vĩnh Phúc phối hợp với Cơ quan Xúc tiến Thương mại và Đầu tư "
            "Nhật Bản (JETRO) tại Hà Nội tổ chức Hội nghị xúc tiến đầu tư năm 2018.")
    events = _extraction(text).events
    assert [(e.kind, e.organizer.name) for e in events] == [("Conference", "Ủy ban nhân dân tỉnh Vĩnh Phúc")]


def test_a_list_of_a_neighbour_s_provinces_and_an_island_district():
    text = ("Ngày 5/3/2020, Bộ đội Biên phòng tỉnh Tây Ninh phối hợp với lực lượng chức năng ba tỉnh Tbong Khmum, "
            "Kratie và Svay Rieng (Vương quốc Campuchia) quản lý biên giới. Ông Lê Văn Tư, Chủ tịch UBND huyện đảo "
            "Cô Tô dự.")
    areas = {(area.name, area.kind) for area, _ in _extraction(text).areas.values()}
    assert {("Tbong Khmum", "Province"), ("Kratie", "Province"), ("Svay Rieng", "Province"),
            ("Cô Tô", "District")} <= areas
    assert ("Lê Văn Tư", "Chủ tịch", "Ủy ban nhân dân huyện Cô Tô") in _roles(text)


def test_a_foreign_country_s_agencies_are_named_up_to_their_country_and_their_seat():
    text = ("Ngày 7/9/2023, UBND tỉnh Vĩnh Phúc phối hợp với Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA) "
            "tại Hà Nội tổ chức hội nghị. Ông Nakamura Ken, Trưởng đại diện Tổ chức Xúc tiến Thương mại Nhật Bản tại "
            "Hà Nội và ông John Okoro, Giám đốc Văn phòng Cơ quan Phát triển quốc tế Hoa Kỳ (USAID) tại Việt Nam dự. "
            "Ban Tổ chức Tỉnh ủy cũng dự.")
    bodies = _bodies(text)
    for name in ("Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc tại Hà Nội", "Cơ quan Phát triển quốc tế Hoa Kỳ",
                 "Tổ chức Xúc tiến Thương mại Nhật Bản tại Hà Nội"):
        assert (name, "OtherOrganization") in bodies
    assert not any(name.startswith("Tổ chức Tỉnh") for name, _ in bodies)
