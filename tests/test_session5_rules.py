"""Rules added in session 5, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction as _extraction, roles as _roles


def test_a_person_introduced_anew_does_not_take_the_titles_of_the_one_before():
    roles = _roles("Chiều 14/9, dự buổi làm việc có ông Đinh Công Sáu, Phó Giám đốc Sở Xây dựng tỉnh Hòa Bình, "
                   "bà Quách Thị Lanh, Giám đốc Sở Tư pháp tỉnh, và ông Bạch Văn Tuyến, Chánh Thanh tra tỉnh.")
    assert ("Đinh Công Sáu", "Phó Giám đốc", "Sở Xây dựng tỉnh Hòa Bình") in roles
    assert ("Quách Thị Lanh", "Giám đốc", "Sở Tư pháp tỉnh Hòa Bình") in roles
    assert not any(name == "Quách Thị Lanh" and title == "Phó Giám đốc" for name, title, _ in roles)


def test_a_title_then_a_cued_name_with_no_one_before_is_that_name_s():
    roles = _roles("Sáng 2/10, Phó Chủ tịch UBND tỉnh Hòa Bình, ông Bùi Văn Khánh chủ trì hội nghị.")
    assert roles == {("Bùi Văn Khánh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình")}


def test_the_economic_zone_management_board_of_a_province():
    text = ("Sáng 6/5, ông Trịnh Văn Hào, Phó Trưởng ban Quản lý Khu kinh tế tỉnh Hà Tĩnh, báo cáo tiến độ. "
            "Ban Quản lý khu kinh tế tỉnh Hà Tĩnh được giao chủ trì.")
    assert ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "Government") in _bodies(text)
    assert _roles(text) == {("Trịnh Văn Hào", "Phó Trưởng ban", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh")}


def test_the_central_steering_committee_keeps_the_commas_of_its_task():
    bodies = _bodies("Sáng 4/6/2024, Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, "
                     "tiêu cực họp phiên thứ hai.")
    assert ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", "OtherOrganization") in bodies


def test_a_bare_steering_committee_is_the_one_the_article_names():
    roles = _roles("Chiều 9/10/2023, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Bình Phước họp phiên "
                   "thường kỳ. Ông Tôn Ngọc Hạnh, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì. Ông Điểu Minh, "
                   "Phó Trưởng ban Thường trực Ban Chỉ đạo, báo cáo.")
    committee = "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Bình Phước"
    assert {("Tôn Ngọc Hạnh", "Trưởng ban", committee), ("Điểu Minh", "Phó Trưởng ban Thường trực", committee)} <= roles


def test_a_bare_steering_committee_is_the_last_one_named_before_it_when_that_is_clear():
    roles = _roles("Chiều 9/10/2023, Ban Chỉ đạo xây dựng nông thôn mới tỉnh Bình Phước và Ban Chỉ đạo chuyển đổi "
                   "số tỉnh Bình Phước họp liên tịch. Ông Điểu Minh, Phó Trưởng ban Thường trực Ban Chỉ đạo, báo cáo.")
    assert not any(name == "Điểu Minh" for name, _, _ in roles)  # two named in that sentence: either
    roles = _roles("Chiều 9/10/2023, Ban Chỉ đạo xây dựng nông thôn mới tỉnh Bình Phước họp. Ông Điểu Minh, Phó "
                   "Trưởng ban Thường trực Ban Chỉ đạo, báo cáo. Hội nghị quán triệt Kết luận của Ban Chỉ đạo Trung "
                   "ương về phòng, chống tham nhũng, lãng phí, tiêu cực.")
    assert ("Điểu Minh", "Phó Trưởng ban Thường trực",
            "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Bình Phước") in roles


def test_a_steering_committee_of_a_level_in_general_is_no_body():
    bodies = _bodies("Ngày 2/6/2022, Bộ Chính trị ban hành Quy định số 67-QĐ/TW về chức năng, nhiệm vụ của Ban Chỉ đạo "
                     "cấp tỉnh về phòng, chống tham nhũng, tiêu cực.")
    assert not any(name.startswith("Ban Chỉ đạo") for name, _ in bodies)


def test_courts_and_procuracies_by_their_short_forms_and_the_political_school_by_its_level():
    roles = _roles("Sáng 11/4/2023, ông Đàm Văn Lộc, Viện trưởng Viện KSND tỉnh Cao Bằng; bà Nông Thị Xuân, "
                   "Chánh án TAND tỉnh Cao Bằng và ông Hoàng Văn Pản, Hiệu trưởng Trường Chính trị tỉnh Cao Bằng dự.")
    assert roles == {("Đàm Văn Lộc", "Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Cao Bằng"),
                     ("Nông Thị Xuân", "Chánh án", "Tòa án nhân dân tỉnh Cao Bằng"),
                     ("Hoàng Văn Pản", "Hiệu trưởng", "Trường Chính trị tỉnh Cao Bằng")}


def test_a_national_head_addressed_before_a_local_post_is_not_the_speaker_s():
    roles = _roles("Sáng 14/5/2024, Thủ tướng làm việc với tỉnh Sơn La. Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh "
                   "Hoàng Quốc Khánh cho biết tăng trưởng đạt 7%.")
    assert roles == {("Hoàng Quốc Khánh", "Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")}


def test_two_national_posts_before_a_name_are_both_held():
    roles = _roles("Sáng 14/9/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm dự lễ khai giảng.")
    assert {("Tô Lâm", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
            ("Tô Lâm", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")} <= roles


def test_ministers_listed_by_their_ministries_short_names():
    roles = _roles("Chiều 2/3/2024, dự hội nghị có các Bộ trưởng: Tư pháp Lê Thành Long, Giáo dục và Đào tạo "
                   "Nguyễn Kim Sơn và Nông nghiệp và Phát triển nông thôn Lê Minh Hoan; Thứ trưởng: Xây dựng Bùi "
                   "Hồng Minh.")
    assert roles == {("Lê Thành Long", "Bộ trưởng", "Bộ Tư pháp"), ("Nguyễn Kim Sơn", "Bộ trưởng", "Bộ Giáo dục và Đào tạo"),
                     ("Lê Minh Hoan", "Bộ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn"),
                     ("Bùi Hồng Minh", "Thứ trưởng", "Bộ Xây dựng")}


def test_a_report_without_a_recognised_meeting_is_dated_by_its_lead():
    extraction = _extraction("Thủ tướng thăm Lai Châu\nChiều 21/5/2024, Thủ tướng Chính phủ đã thăm các hộ dân "
                             "tại xã Sìn Hồ.")
    assert (extraction.published.year, extraction.published.month, extraction.published.day) == (2024, 5, 21)


def test_the_ministry_of_justice_is_a_ministry_and_the_commands_are_not():
    bodies = _bodies("Sáng 2/3/2024, đại diện Bộ Tư pháp và Bộ Tư lệnh Quân khu 3 dự hội nghị.")
    assert {("Bộ Tư pháp", "Government"), ("Bộ Tư lệnh Quân khu 3", "OtherOrganization")} <= bodies


def test_short_unit_words_of_the_city_papers():
    roles = _roles("Sáng 12/6/2024, Bí thư Quận ủy Q.3 Nguyễn Thanh Xuân và Chủ tịch UBND H. Bình Chánh Trần Văn "
                   "Nam dự hội nghị tại TP.HCM.")
    assert roles == {("Nguyễn Thanh Xuân", "Bí thư", "Quận ủy Quận 3"),
                     ("Trần Văn Nam", "Chủ tịch", "Ủy ban nhân dân huyện Bình Chánh")}


def test_the_ethnic_council_of_the_national_assembly():
    roles = _roles("Chiều 5/5/2023, ông Y Khăm Niê, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội, dự.")
    assert roles == {("Y Khăm Niê", "Phó Chủ tịch", "Hội đồng Dân tộc của Quốc hội")}


def test_a_decision_of_the_head_of_a_body_is_issued_by_the_body():
    extraction = _extraction("Chiều 3/10/2024, UBND tỉnh Kon Tum công bố Quyết định số 845/QĐ-UBND ngày 1/10/2024 "
                             "của Chủ tịch UBND tỉnh về việc bổ nhiệm ông A Pớt giữ chức Giám đốc Sở Nội vụ.")
    (document,) = extraction.documents
    assert document.issuer.name == "Ủy ban nhân dân tỉnh Kon Tum"


def test_a_session_named_with_its_qualifier_then_its_council():
    extraction = _extraction(
        "Sau 2 ngày làm việc (từ ngày 11 đến 12/7/2023), kỳ họp thường lệ giữa năm 2023 của HĐND tỉnh Bắc Kạn đã "
        "hoàn thành toàn bộ nội dung, chương trình đề ra. Kỳ họp đã thông qua Nghị quyết số 12/2023/NQ-HĐND về "
        "chính sách hỗ trợ giống cây trồng. Tại kỳ họp, các đại biểu đã nghe UBND tỉnh báo cáo.")
    (event,) = extraction.events
    assert (event.kind, event.organizer.name) == ("Meeting", "Hội đồng nhân dân tỉnh Bắc Kạn")
    assert (event.date.year, event.date.month, event.date.day) == (2023, 7, 11)
    assert extraction.documents[0].issuer.name == "Hội đồng nhân dân tỉnh Bắc Kạn"


def test_a_subject_ends_where_the_next_document_is_cited():
    extraction = _extraction(
        "Chiều 16/7/2024, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Sơn La họp. Ban Chỉ đạo đã ban hành Kế "
        "hoạch số 31-KH/BCĐ ngày 5/2/2024 về công tác phòng, chống tham nhũng năm 2024 và thực hiện nghiêm Quy định "
        "số 67-QĐ/TW ngày 2/6/2022 của Bộ Chính trị về chức năng, nhiệm vụ.")
    issuers = {document.number: document.issuer.name for document in extraction.documents}
    assert issuers == {"31-KH/BCĐ": "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Sơn La",
                       "67-QĐ/TW": "Bộ Chính trị"}


def test_names_listed_after_cac_dong_chi_without_a_colon_are_each_a_person():
    extraction = _extraction("Ngày 3/2/2023, ông Lâm Văn Tùng trao Huy hiệu 60 năm tuổi Đảng cho các đồng chí Danh "
                             "Thị Sen (xã Lương Hòa) và Lê Văn Bảy, nguyên Chủ tịch UBND huyện Châu Thành.")
    assert {"Danh Thị Sen", "Lê Văn Bảy"} <= {person.name for person in extraction.persons}


def test_a_full_time_member_of_a_national_assembly_council():
    roles = _roles("Chiều 5/7/2024, tham dự có các ĐBQH: bà Rơ Châm H'Lan, Ủy viên chuyên trách Hội đồng Dân tộc "
                   "của Quốc hội; ông Trần Văn Tám, Phó Giám đốc Sở Tư pháp tỉnh Gia Lai.")
    assert {("Rơ Châm H'Lan", "Ủy viên chuyên trách", "Hội đồng Dân tộc của Quốc hội"),
            ("Trần Văn Tám", "Đại biểu", "Quốc hội")} <= roles


def test_a_commune_unknown_to_the_gazetteer_named_like_a_person_is_a_person():
    roles = _roles("Chiều 21/10/2025, Đảng ủy xã Púng Luông tổ chức hội nghị. Bí thư Đảng ủy xã Mùa A Vàng chủ trì.")
    assert ("Mùa A Vàng", "Bí thư", "Đảng ủy xã Púng Luông") in roles


def test_divisions_listed_before_a_level_word_share_it():
    bodies = _bodies("Chiều 21/10/2025, Đảng ủy xã Púng Luông họp. Dự có lãnh đạo Phòng Kinh tế, Phòng Văn hóa - Xã "
                     "hội và Trung tâm Phục vụ hành chính công xã.")
    assert {("Phòng Kinh tế xã Púng Luông", "Government"), ("Phòng Văn hóa - Xã hội xã Púng Luông", "Government"),
            ("Trung tâm Phục vụ hành chính công xã Púng Luông", "OtherOrganization")} <= bodies


def test_a_meeting_named_by_a_notice_is_dated_by_the_sentence_that_says_when_it_took_place():
    extraction = _extraction(
        "Ngày 23/9, Ủy ban Kiểm tra Tỉnh ủy Hưng Yên ban hành Thông báo số 118-TB/UBKTTU về kết quả Kỳ họp thứ 27. "
        "Kỳ họp diễn ra trong hai ngày 16 và 17/9/2024. Cũng tại kỳ họp, UBKT Tỉnh ủy thi hành kỷ luật khiển trách "
        "đối với ông Đào Văn Hiếu.")
    (event,) = extraction.events
    assert (event.date.year, event.date.month, event.date.day) == (2024, 9, 16)


def test_a_byline_named_like_a_province_names_no_area():
    extraction = _extraction("Chiều 5/3/2022, Huyện ủy Hải Hậu tổ chức hội nghị.\nBài, ảnh: Thái Bình")
    assert "Thái Bình" not in {area.name for area, _ in extraction.areas.values()}


def test_a_ministry_s_department_is_named_up_to_punctuation():
    roles = _roles("Sáng 5/4/2025, dự có ông Đỗ Văn Tài, Cục trưởng Cục Chăn nuôi và Thú y; bà Lò Thị Mai, Phó Cục "
                   "trưởng Cục Quản lý đê điều và Phòng, chống thiên tai; ông Vi Văn Sơn, Cục trưởng Cục Thuế tỉnh "
                   "Lạng Sơn.")
    assert roles == {("Đỗ Văn Tài", "Cục trưởng", "Cục Chăn nuôi và Thú y"),
                     ("Lò Thị Mai", "Phó Cục trưởng", "Cục Quản lý đê điều và Phòng, chống thiên tai"),
                     ("Vi Văn Sơn", "Cục trưởng", "Cục Thuế tỉnh Lạng Sơn")}


def test_a_title_after_giu_chuc_is_held_at_the_new_workplace():
    roles = _roles("Ngày 3/5/2024, UBND tỉnh Hà Giang điều động ông Lý Seo Dình, Phó Chủ tịch UBND huyện Mèo Vạc, "
                   "về công tác tại Sở Nội vụ và giữ chức Phó Giám đốc.")
    assert ("Lý Seo Dình", "Phó Giám đốc", "Sở Nội vụ tỉnh Hà Giang") in roles


def test_a_document_issued_in_a_dated_lead_takes_its_date():
    extraction = _extraction("Ngày 23/9/2024, Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh ban hành Thông báo số 95-TB/UBKTTU về "
                             "kết quả Kỳ họp thứ 20.")
    (document,) = extraction.documents
    assert (document.date.year, document.date.month, document.date.day) == (2024, 9, 23)


def test_the_party_sites_short_comrade_is_a_cue():
    extraction = _extraction("Sáng 6/3/2024, Huyện ủy Bảo Lạc họp. Dự có đ/c Lý Thị Hoa, Phó Chủ tịch UBND huyện Bảo "
                             "Lạc và Đ/c Hoàng Văn Lâm.")
    assert {"Lý Thị Hoa", "Hoàng Văn Lâm"} <= {person.name for person in extraction.persons}


def test_a_bare_party_committee_after_its_standing_office_is_the_commune_s():
    bodies = _bodies("Chiều 21/10/2025, Đảng ủy xã Tà Xùa tổ chức hội nghị liên tịch giữa Thường trực Đảng ủy với "
                     "Thường trực HĐND xã.")
    assert ("Thường trực Đảng ủy xã Tà Xùa", "OtherOrganization") in bodies
    bodies = _bodies("Chiều 21/10/2024, Tỉnh ủy Sơn La họp. Ban Thường vụ Đảng ủy đã chỉ đạo.")
    assert not any(name.startswith("Ban Thường vụ") for name, _ in bodies)


def test_an_elliptical_standing_committee_of_a_mass_organization():
    roles = _roles("Sáng 5/5/2024, bà Lò Thị Hoa, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội LHPN tỉnh Điện Biên dự.")
    assert roles == {("Lò Thị Hoa", "Ủy viên", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Điện Biên"),
                     ("Lò Thị Hoa", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Điện Biên")}


def test_general_departments_and_their_heads():
    roles = _roles("Sáng 5/5/2024, ông Trương Văn Dũng, Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp và bà Lê Thị "
                   "Hà, Cục trưởng Cục Việc làm; ông Mai Văn Thành, Phó Tổng cục trưởng Tổng cục Thuế dự.")
    assert roles == {("Trương Văn Dũng", "Tổng cục trưởng", "Tổng cục Giáo dục nghề nghiệp"),
                     ("Lê Thị Hà", "Cục trưởng", "Cục Việc làm"),
                     ("Mai Văn Thành", "Phó Tổng cục trưởng", "Tổng cục Thuế")}


def test_chairs_named_after_a_sentence_opening_chu_tri():
    extraction = _extraction("Sáng 6/3/2024, Tỉnh ủy Bạc Liêu tổ chức hội nghị. Chủ trì hội nghị có các đồng chí: Lữ "
                             "Văn Hùng, Bí thư Tỉnh ủy; Phạm Văn Thiều, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    (event,) = extraction.events
    assert event.chairs == ["Lữ Văn Hùng", "Phạm Văn Thiều"]


def test_a_meeting_closed_after_days_in_brackets_is_dated_by_its_first_day():
    extraction = _extraction("Chiều 16/10/2025, Đại hội đại biểu Đảng bộ tỉnh Gia Lai nhiệm kỳ 2025-2030 đã bế mạc sau "
                             "hai ngày làm việc (15 và 16/10).")
    assert [(e.date.month, e.date.day) for e in extraction.events] == [(10, 15)]
    extraction = _extraction("Chiều 8.12.2023, HĐND tỉnh Hậu Giang bế mạc kỳ họp thứ 13 sau 3 ngày làm việc (từ ngày "
                             "6 - 8.12).")
    assert [(e.date.month, e.date.day) for e in extraction.events] == [(12, 6)]


def test_a_military_region_by_its_number():
    roles = _roles("Sáng 5/1/2024, dự có Thiếu tướng Lê Văn Thân, Phó Chính ủy Quân khu 3.")
    assert roles == {("Lê Văn Thân", "Phó Chính ủy", "Quân khu 3")}
