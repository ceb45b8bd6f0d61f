"""Rules added in session 13, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, documents as _documents, extraction as _extraction, roles as _roles


def test_the_standing_body_of_a_council_listed_bare_before_a_committee_takes_its_level():
    text = ("Sáng 4/3/2021, đoàn công tác của UBND tỉnh Lai Châu làm việc tại huyện Mường Tè. Tiếp đoàn có đồng "
            "chí Lò Văn Bình, Bí thư Huyện ủy Mường Tè cùng lãnh đạo Thường trực HĐND, UBND huyện.")
    bodies = _bodies(text)
    assert ("Thường trực Hội đồng nhân dân huyện Mường Tè", "OtherOrganization") in bodies
    assert not any(name.startswith("Thường trực Hội đồng nhân dân tỉnh") for name, _ in bodies)


def test_a_director_of_the_department_written_bare_and_the_coordination_offices_of_a_province():
    text = ("Sáng 5/3/2024, UBND tỉnh Quảng Trị làm việc với Sở Nông nghiệp và PTNT. Bà Hồ Thị Lan, Phó Giám đốc "
            "Sở, Chánh Văn phòng Điều phối nông thôn mới tỉnh báo cáo. Ông Lê Văn Hùng, Phó Chánh Văn phòng điều "
            "phối các chương trình mục tiêu quốc gia tỉnh Quảng Trị và ông Đinh Văn Tài, Giám đốc Văn phòng đăng "
            "ký đất đai tỉnh cùng dự.")
    roles = _roles(text)
    assert ("Hồ Thị Lan", "Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị") in roles
    assert ("Hồ Thị Lan", "Chánh Văn phòng", "Văn phòng Điều phối nông thôn mới tỉnh Quảng Trị") in roles
    assert ("Lê Văn Hùng", "Phó Chánh Văn phòng",
            "Văn phòng Điều phối các chương trình mục tiêu quốc gia tỉnh Quảng Trị") in roles
    assert ("Đinh Văn Tài", "Giám đốc", "Văn phòng Đăng ký đất đai tỉnh Quảng Trị") in roles


def test_a_deputy_director_appointed_to_the_department_of_the_division_he_headed():
    text = ("Sáng 10/9/2025, Sở Nội vụ tỉnh Ninh Bình tổ chức hội nghị. Hội nghị công bố Quyết định số 2011/QĐ-UBND "
            "của Chủ tịch UBND tỉnh bổ nhiệm ông Vi Văn Khải, Trưởng phòng Trồng trọt, Sở Nông nghiệp và Môi trường, "
            "giữ chức Phó Giám đốc Sở. Bà Lục Thị Mơ, Giám đốc Chi nhánh Văn phòng đăng ký đất đai TP.Hoa Lư dự.")
    roles = _roles(text)
    assert ("Vi Văn Khải", "Phó Giám đốc", "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình") in roles
    assert not any(body == "Sở Nội vụ tỉnh Ninh Bình" for name, _, body in roles if name == "Vi Văn Khải")
    assert ("Lục Thị Mơ", "Giám đốc", "Chi nhánh Văn phòng Đăng ký đất đai thành phố Hoa Lư") in roles


def test_a_standing_office_elected_bare_is_that_of_the_front_committee_named_before():
    text = ("Sáng 14/6/2024, Đại hội đại biểu MTTQ Việt Nam huyện Mèo Vạc lần thứ XII diễn ra. Đại hội đã hiệp "
            "thương cử 47 vị vào Ủy ban MTTQ Việt Nam huyện khóa XII. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp "
            "thương cử Ban Thường trực gồm 4 vị.")
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mèo Vạc", "OtherOrganization") in _bodies(text)
    alone = "Sáng 14/6/2024, xã Pải Lủng tổ chức hội nghị. Ban Thường trực gồm 4 vị đã họp."
    assert not any(name.startswith("Ban Thường trực") for name, _ in _bodies(alone))


def test_a_deputy_s_post_written_bare_is_in_the_body_of_the_head_named_just_before():
    text = ("Sáng 5/3/2024, UBND tỉnh Lạng Sơn họp phiên thường kỳ dưới sự chủ trì của ông Lý Văn Sơn, Chủ tịch "
            "UBND tỉnh. Ông Mai Văn Tư, Phó Chủ tịch Thường trực, điều hành phần thảo luận.")
    roles = _roles(text)
    assert ("Mai Văn Tư", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Lạng Sơn") in roles
    far = ("Sáng 5/3/2024, UBND tỉnh Lạng Sơn họp dưới sự chủ trì của ông Lý Văn Sơn, Chủ tịch UBND tỉnh. Các sở "
           "báo cáo tình hình. Nhiều ý kiến được nêu. Ông Mai Văn Tư, Phó Chủ tịch, phát biểu.")
    assert not any(name == "Mai Văn Tư" for name, _, _ in _roles(far))


def test_the_older_house_style_s_short_titles_and_committees():
    text = ("Ngày 5/11/2019, Thường trực Tỉnh ủy Yên Bái làm việc với huyện Trạm Tấu. Về dự có đ/c Đào Văn Khiêm, "
            "UV BCH Trung ương Đảng, Bí thư Tỉnh uỷ; đ/c Mùa A Chớ - PCT UBND tỉnh. Đ/c Giàng Thị Sua - Phó Bí thư "
            "TT HU, Chủ tịch HĐND huyện trình bày báo cáo. Đ/c Sùng A Nủ - Phó Bí thư HU, CT UBND huyện, Trưởng BCĐ "
            "các chương trình MTQG huyện báo cáo về Chương trình 135; đ/c Hờ Thị Dế, Phó CT UBND huyện dự.")
    roles = _roles(text)
    assert ("Đào Văn Khiêm", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in roles
    assert ("Mùa A Chớ", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái") in roles
    assert ("Giàng Thị Sua", "Phó Bí thư Thường trực", "Huyện ủy Trạm Tấu") in roles
    assert ("Sùng A Nủ", "Phó Bí thư", "Huyện ủy Trạm Tấu") in roles
    assert ("Sùng A Nủ", "Chủ tịch", "Ủy ban nhân dân huyện Trạm Tấu") in roles
    assert ("Sùng A Nủ", "Trưởng ban", "Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Trạm Tấu") in roles
    assert ("Hờ Thị Dế", "Phó Chủ tịch", "Ủy ban nhân dân huyện Trạm Tấu") in roles
    assert not any(number == "135" for number, _ in _documents(text))


def test_capital_abbreviations_are_titles_only_as_written_and_before_a_body():
    text = "(CT) - Chiều 20-5-2022, ông Lò Văn Hải, ct hợp tác xã, phát biểu. Ông Vì Văn Páo, CT, dự."
    assert not _roles(text)


def test_the_steering_boards_of_several_units_are_no_one_board():
    text = ("Chiều 26-12-2019, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Kon Tum tổ chức hội nghị. Dự có "
            "lãnh đạo BCĐ các huyện, thành phố. Tranh chấp đất đai kéo dài tại xã Đăk Ui (huyện Đăk Hà).")
    assert not any(name.startswith("Ban Chỉ đạo các huyện") for name, _ in _bodies(text))


def test_a_post_in_the_workplace_a_transfer_names():
    text = ("Ngày 3/4/2017, Ban Thường vụ Tỉnh ủy Quảng Ngãi ban hành Quyết định số 1857-QĐ/TU điều động đồng chí "
            "Đinh Văn Chóp, Trưởng phòng Kinh tế huyện Sơn Hà đến nhận công tác tại Ban Tổ chức Tỉnh ủy, giữ chức "
            "Phó Trưởng ban.")
    assert ("Đinh Văn Chóp", "Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy Quảng Ngãi") in _roles(text)


def test_sub_departments_cooperatives_and_councils_named_by_their_task():
    text = ("Chiều 23/11/2021, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh tổ chức phiên họp. Phó Chủ tịch "
            "UBND tỉnh Kon Tum, Chủ tịch Hội đồng Y Ngọc Hrê chủ trì. Ông A Đức, Giám đốc HTX Nông nghiệp Đăk Ngọk "
            "ở xã Đăk Ngọk giới thiệu sản phẩm. Ông Đinh Văn Lâm - Chi cục trưởng Chi cục Kiểm lâm nêu khó khăn; bà "
            "Y Thị Bông, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Kon Tum; ông A Vương, Chủ tịch "
            "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Đăk Hà cùng dự.")
    roles = _roles(text)
    assert ("Y Ngọc Hrê", "Chủ tịch", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Kon Tum") in roles
    assert ("A Đức", "Giám đốc", "HTX Nông nghiệp Đăk Ngọk") in roles
    assert ("Đinh Văn Lâm", "Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Kon Tum") in roles
    assert ("Y Thị Bông", "Chi cục trưởng", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Kon Tum") in roles
    assert ("A Vương", "Chủ tịch", "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Đăk Hà") in roles


def test_a_delegation_that_inspected_at_length_and_then_worked_with_a_committee_held_a_meeting():
    text = ("Ngày 13/3/2026, Đoàn công tác của UBND tỉnh Thanh Hóa do đồng chí Hà Văn Lự, Tỉnh ủy viên, Phó Chủ "
            "tịch UBND tỉnh làm Trưởng đoàn đã kiểm tra công tác trồng rừng, phòng cháy, chữa cháy rừng và làm "
            "việc với Ban Thường vụ Đảng ủy xã Mường Lát.")
    events = _extraction(text).events
    assert [(event.kind, event.organizer.name) for event in events] == [
        ("Meeting", "Đoàn công tác của Ủy ban nhân dân tỉnh Thanh Hóa")]


def test_a_festival_s_organizing_committee_is_named_by_the_festival():
    text = ("Tối 10/3/2024, tại TP Pleiku, UBND tỉnh Gia Lai khai mạc Lễ hội Văn hóa cồng chiêng Tây Nguyên lần thứ 3. "
            "Dự có bà Rah Lan Hương, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Lễ hội; ông Kpă Thuyên, Trưởng Ban "
            "Tổ chức Đại hội Thể dục thể thao tỉnh Gia Lai năm 2024.")
    roles = _roles(text)
    assert ("Rah Lan Hương", "Trưởng ban", "Ban Tổ chức Lễ hội Văn hóa cồng chiêng Tây Nguyên lần thứ 3") in roles
    assert ("Kpă Thuyên", "Trưởng ban", "Ban Tổ chức Đại hội Thể dục thể thao tỉnh Gia Lai năm 2024") in roles
    party = "Sáng 5/3/2024, ông Kpă Thuyên, Trưởng Ban Tổ chức Tỉnh ủy Gia Lai phát biểu."
    assert ("Kpă Thuyên", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Gia Lai") in _roles(party)


def test_family_names_the_lexicon_lacked():
    text = ("Sáng 9/3/2023, tỉnh Đắk Lắk khai mạc lễ hội. Dự có ông Khương Đình Lộc, Thứ trưởng Bộ Nông nghiệp và "
            "Phát triển nông thôn; ông Mã Quang Tài, Phó Chủ tịch UBND tỉnh.")
    roles = _roles(text)
    assert ("Khương Đình Lộc", "Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn") in roles
    assert ("Mã Quang Tài", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk") in roles


def test_faith_boards_named_bare_border_posts_stationed_and_a_commune_named_like_a_person():
    text = ("Chiều 20/1/2020, ông Y Ngông Niê, Chủ tịch UBND tỉnh Đắk Lắk thăm Ban Đại diện Hội thánh Tin lành Việt "
            "Nam (miền Nam) tỉnh Đắk Lắk và Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đắk Lắk. Ông thăm hỏi Mục sư "
            "Y Ksor Ê, Trưởng Ban Đại diện và Hòa thượng Thích Minh Đạo, Trưởng ban Trị sự. Tại Đồn Biên phòng Ia "
            "Lốp đóng trên địa bàn xã Y Tý, Phó Chủ tịch UBND tỉnh thăm hỏi cán bộ; Thiếu tá Hồ Văn Tư, Đồn trưởng báo cáo.")
    roles = _roles(text)
    assert ("Y Ksor Ê", "Trưởng ban", "Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk") in roles
    assert ("Thích Minh Đạo", "Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đắk Lắk") in roles
    assert ("Hồ Văn Tư", "Đồn trưởng", "Đồn Biên phòng Ia Lốp") in roles
    assert not any(name == "Y Tý" for name, _, _ in roles)


def test_provinces_of_before_1997_are_places_but_not_the_article_s_province():
    text = ("Sáng 9/3/2020, Tỉnh ủy Bắc Giang tổ chức lễ viếng. Đồng chí Thân Văn Ngữ từng giữ chức Chánh Văn phòng "
            "UBND tỉnh Hà Bắc, nguyên Chủ tịch UBND tỉnh Hà Bắc. Đồng chí Lê Thị Nga, Bí thư Tỉnh ủy dự.")
    extraction = _extraction(text)
    assert ("Hà Bắc", "Province") in {(area.name, area.kind) for area, _ in extraction.areas.values()}
    assert ("Văn phòng Ủy ban nhân dân tỉnh Hà Bắc", "Government") in _bodies(text)
    assert ("Lê Thị Nga", "Bí thư", "Tỉnh ủy Bắc Giang") in _roles(text)


def test_a_funeral_committee_is_named_after_the_deceased_and_headed_by_who_the_text_says():
    text = ("Sáng 10/3/2026, tại Nhà tang lễ tỉnh, Ban Lễ tang tổ chức lễ viếng đồng chí Hồ Văn Niên, nguyên Bí thư "
            "Tỉnh ủy Gia Lai. Ban Lễ tang gồm 9 thành viên, do đồng chí Rơ Châm Sinh, Bí thư Tỉnh ủy làm Trưởng ban. "
            "Đồng chí Ksor Hơi, Phó Chủ tịch UBND tỉnh, Trưởng Ban Lễ tang, cho biết lễ truy điệu diễn ra lúc 7 giờ.")
    extraction = _extraction(text)
    roles = {(p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}
    assert ("Rơ Châm Sinh", "Trưởng ban", "Ban Lễ tang đồng chí Hồ Văn Niên") in roles
    assert ("Ksor Hơi", "Trưởng ban", "Ban Lễ tang đồng chí Hồ Văn Niên") in roles
    assert not extraction.events  # (a funeral is no meeting)


def test_a_council_s_number_and_a_committee_s_number_in_one_sentence_keep_their_issuers():
    text = ("Ngày 2/9/2020, huyện Tiền Hải thông xe tuyến đường. Dự án được HĐND huyện Tiền Hải phê duyệt chủ trương "
            "đầu tư tại Nghị quyết số 41/NQ-HĐND ngày 19/12/2018 và được UBND huyện phê duyệt báo cáo kinh tế - kỹ "
            "thuật tại Quyết định số 1452/QĐ-UBND ngày 8/4/2019.")
    issuers = {document.number: document.issuer.name for document in _extraction(text).documents}
    assert issuers == {"41/NQ-HĐND": "Hội đồng nhân dân huyện Tiền Hải", "1452/QĐ-UBND": "Ủy ban nhân dân huyện Tiền Hải"}


def test_a_delegation_s_meeting_is_dated_by_a_lead_below_the_page_furniture():
    text = ("Báo Quảng Trị\nThời sự > Kinh tế\n\nChủ tịch UBND tỉnh kiểm tra tiến độ dự án\n\n14/04/2021 - 18:35\n\n"
            "Chiều 14/4, Đoàn công tác của UBND tỉnh Quảng Trị do đồng chí Hồ Văn Tâm, Chủ tịch UBND tỉnh làm Trưởng "
            "đoàn đã kiểm tra thực địa và làm việc về tiến độ dự án.\n\nSau khi kiểm tra thực địa, Đoàn công tác làm việc "
            "với UBND huyện Hải Lăng.\n\nKết luận buổi làm việc, đồng chí Hồ Văn Tâm yêu cầu các ngành đẩy nhanh tiến độ.")
    events = _extraction(text).events
    assert [(event.kind, event.date.iso() if event.date else None) for event in events] == [("Meeting", "2021-04-14")]


def test_a_capitalized_word_ending_a_firm_s_name_is_no_verb():
    text = ("Sáng 5/4/2025, tỉnh Vĩnh Long khánh thành cầu. Ông Lâm Văn Tú, Giám đốc Công ty TNHH Xây dựng Cầu "
            "đường Mekong Phát, đơn vị thi công, cam kết bảo hành công trình.")
    assert ("Lâm Văn Tú", "Giám đốc", "Công ty Trách nhiệm hữu hạn Xây dựng Cầu đường Mekong Phát") in _roles(text)


def test_a_village_s_cell_and_a_village_named_with_a_family_name_s_word():
    text = ("Ngày 15/11/2018, Ban Công tác Mặt trận thôn Nậm Lò Hạ tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Phát "
            "biểu tại ngày hội, ông Vàng Seo Chảo, Bí thư Chi bộ, Trưởng thôn Nậm Lò Hạ cho biết chi bộ có 19 đảng viên.")
    assert ("Vàng Seo Chảo", "Bí thư", "Chi bộ thôn Nậm Lò Hạ") in _roles(text)
    assert ("Ban Công tác Mặt trận thôn Nậm Lò Hạ", "OtherOrganization") in _bodies(text)


def test_a_capitalized_ban_begins_a_name_not_a_village():
    text = ("Ngày 18/7/2017, HĐND huyện Trùng Khánh khai mạc kỳ họp. Khu du lịch thác Bản Giốc thu hút 120.000 lượt "
            "khách. Ông Hoàng Văn Lư, Chủ tịch UBND huyện Vụ Bản (Nam Định) dự.")
    extraction = _extraction(text)
    assert not any(area.name == "Giốc" for area, _ in extraction.areas.values())
    assert not any(name == "Vụ Bản" for name, _ in _bodies(text))


def test_a_province_s_or_a_body_s_delegation_and_who_leads_it():
    text = ("Sáng 18/11/2023, tỉnh Gia Lai tổ chức lễ viếng. Đoàn đại biểu tỉnh Bình Định do đồng chí Lê Kim Toàn, "
            "Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã đến viếng. Đoàn đại biểu Ban Tuyên giáo Trung ương do đồng chí "
            "Hứa Văn Tài, Phó Trưởng Ban Tuyên giáo Trung ương làm trưởng đoàn. Ông Rơ Lan Hữu, Trưởng đoàn ĐBQH tỉnh "
            "Gia Lai dự.")
    roles = _roles(text)
    assert ("Lê Kim Toàn", "Trưởng đoàn", "Đoàn đại biểu tỉnh Bình Định") in roles
    assert ("Lê Kim Toàn", "Phó Bí thư", "Tỉnh ủy Bình Định") in roles
    assert ("Hứa Văn Tài", "Trưởng đoàn", "Đoàn đại biểu Ban Tuyên giáo Trung ương") in roles
    assert ("Rơ Lan Hữu", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Gia Lai") in roles


def test_a_place_named_with_a_word_of_habit_is_no_habit():
    text = ("Tối 9-3-2026, Chi bộ Khu phố 3, phường Tân Định, TP Hồ Chí Minh tổ chức sinh hoạt chi bộ thường kỳ "
            "tháng 3-2026. Đồng chí Mai Văn Lực, Bí thư Chi bộ Khu phố 3 chủ trì buổi sinh hoạt.")
    assert [(event.kind, event.organizer.name) for event in _extraction(text).events] == [("Meeting", "Chi bộ Khu phố 3")]


def test_a_mass_organization_shared_by_two_units_and_the_coordination_office_s_longer_names():
    text = ("Ngày 11/7/2018, Hội Nông dân tỉnh Đắk Lắk tổ chức hội nghị. Đại diện Hội Nông dân thị xã Buôn Hồ và "
            "huyện Krông Búk kiến nghị tập huấn. Ông Y Tơ Niê, Chánh Văn phòng Điều phối Chương trình mục tiêu quốc "
            "gia xây dựng nông thôn mới tỉnh Đắk Lắk báo cáo.")
    assert ("Hội Nông dân huyện Krông Búk", "OtherOrganization") in _bodies(text)
    assert ("Y Tơ Niê", "Chánh Văn phòng", "Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
            "tỉnh Đắk Lắk") in _roles(text)


def test_a_steering_committee_with_a_long_task_and_its_acronym_before_the_level():
    text = ("Chiều 16/3/2024, đồng chí Phạm Anh Tuấn, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chống khai thác hải sản "
            "bất hợp pháp, không báo cáo và không theo quy định (IUU) tỉnh Phú Yên chủ trì cuộc họp.")
    assert ("Phạm Anh Tuấn", "Trưởng ban", "Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không "
            "theo quy định tỉnh Phú Yên") in _roles(text)


def test_the_department_a_division_is_written_with_is_a_body_too_and_a_province_s_museum():
    text = ("Sáng 9/7/2022, tỉnh Tuyên Quang khai mạc đại hội. Dự có đồng chí Quan Đức Lâm, Phó Vụ trưởng Vụ Thể thao "
            "quần chúng, Tổng cục Thể dục thể thao; đại diện lãnh đạo Bảo tàng tỉnh.")
    bodies = _bodies(text)
    assert ("Tổng cục Thể dục thể thao", "Government") in bodies
    assert ("Bảo tàng tỉnh Tuyên Quang", "OtherOrganization") in bodies


def test_the_propaganda_department_by_its_name_of_the_1980s():
    text = "Sáng 9/5/2020, Tỉnh ủy Ninh Thuận tổ chức lễ viếng. Ông Chế Văn Lâu từng là Trưởng Ban Tuyên huấn Tỉnh ủy Thuận Hải."
    assert ("Ban Tuyên huấn Tỉnh ủy Thuận Hải", "PartyAgency") in _bodies(text)


def test_athletes_referees_and_priests_are_people_and_a_cued_bao_is_no_newspaper():
    text = ("Sáng 9/7/2022, tỉnh Ninh Thuận khai mạc đại hội thể thao. Vận động viên Đàng Thị Mây (huyện Ninh Phước) "
            "tuyên thệ; trọng tài Pinăng Văn Pảo thay mặt tổ trọng tài tuyên thệ. Cả sư Lưu Bá Lạc chủ lễ. Dự có ông "
            "Báo Văn Châu, Trưởng ban Dân tộc tỉnh.")
    names = {person.name for person in _extraction(text).persons}
    assert {"Đàng Thị Mây", "Pinăng Văn Pảo", "Lưu Bá Lạc", "Báo Văn Châu"} <= names
    assert ("Báo Văn Châu", "Trưởng ban", "Ban Dân tộc tỉnh Ninh Thuận") in _roles(text)


def test_the_city_command_and_the_export_zones_authority():
    text = ("Sáng 5/2/2024, Bí thư Thành ủy TP Hồ Chí Minh thăm, chúc Tết. Thiếu tướng Hà Văn Sơn, Tư lệnh Bộ Tư lệnh "
            "TPHCM báo cáo; ông Trịnh Văn Lạc, Trưởng Ban Quản lý các khu chế xuất và công nghiệp TPHCM dự.")
    roles = _roles(text)
    assert ("Hà Văn Sơn", "Tư lệnh", "Bộ Tư lệnh Thành phố Hồ Chí Minh") in roles
    assert ("Trịnh Văn Lạc", "Trưởng ban", "Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh") in roles


def test_a_company_is_a_body_wherever_it_is_named():
    text = ("Sáng 9/2/2026, Chủ tịch UBND tỉnh Bắc Ninh thăm, tặng quà công nhân. Tại Công ty TNHH Điện tử Quang "
            "Minh (Khu công nghiệp Quế Võ), đồng chí trao 200 suất quà.")
    assert ("Công ty Trách nhiệm hữu hạn Điện tử Quang Minh", "OtherOrganization") in _bodies(text)


def test_posts_someone_once_held_go_to_no_one_holding_one_of_them_now():
    text = ("Sáng 18/11/2023, tỉnh Gia Lai tổ chức lễ viếng đồng chí Rơ Mah Hlinh. Đồng chí từng giữ các chức vụ: "
            "Chủ tịch UBND huyện Ia Pa, Bí thư Huyện ủy Phú Thiện, Trưởng ban Dân tộc tỉnh. Đồng chí Ksor Phước, "
            "Trưởng ban Dân tộc tỉnh dự.")
    assert {(title, body) for name, title, body in _roles(text) if name == "Ksor Phước"} == {
        ("Trưởng ban", "Ban Dân tộc tỉnh Gia Lai")}


def test_the_people_s_committee_by_its_name_before_1976():
    text = "Sáng 9/5/2017, tỉnh Lai Châu tổ chức lễ viếng. Đồng chí Lò Văn Khum từng là Chủ tịch Ủy ban hành chính huyện Phong Thổ."
    assert ("Ủy ban hành chính huyện Phong Thổ", "PeoplesCommittee") in _bodies(text)


def test_deputies_named_in_the_sentence_after_the_head_of_a_board():
    text = ("Sáng 6/5/2020, tại Nhà tang lễ tỉnh, Ban Lễ tang tổ chức lễ viếng đồng chí Nguyễn Văn Hạo. Ban Lễ tang do "
            "ông Trần Văn Tám, Bí thư Tỉnh ủy Ninh Thuận, làm trưởng ban. Phó trưởng ban là ông Lê Văn Bình, Chủ tịch "
            "UBND tỉnh và bà Đàng Thị Nga, Phó Chủ tịch HĐND tỉnh.")
    roles = _roles(text)
    assert ("Lê Văn Bình", "Phó Trưởng ban", "Ban Lễ tang đồng chí Nguyễn Văn Hạo") in roles
    assert ("Đàng Thị Nga", "Phó Trưởng ban", "Ban Lễ tang đồng chí Nguyễn Văn Hạo") in roles
