"""Rules added in session 12, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction, roles as _roles


def test_a_masthead_s_date_of_today_gives_way_to_the_article_s_own_date_line():
    text = ("BÁO TÂY BẮC\nThứ Tư, 12/06/2021 | Hà Nội 30°C | Đăng nhập | Đăng ký\nThời sự | Chính trị\n"
            "11/06/2021 16:20\n\nChiều 11/6, Huyện ủy Quỳnh Nhai tổ chức hội nghị sơ kết.")
    assert extraction(text).published.iso() == "2021-06-11"
    alone = "Thứ Tư, 12/06/2021 | Đăng nhập\n\nChiều 11/6, Huyện ủy Quỳnh Nhai tổ chức hội nghị sơ kết."
    assert extraction(alone).published.iso() == "2021-06-12"  # (no other date line: the page's day)


def test_committees_listed_bare_before_the_party_committee_that_ends_the_list_are_its():
    text = ("Sáng 3/8/2025, Tỉnh ủy Tuyên Quang tổ chức hội nghị. Bà Lò Thị Nhàn công bố Quyết định số 2311-QĐ/TU "
            "của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy "
            "xã Minh Quang nhiệm kỳ 2025 - 2030.")
    bodies = _bodies(text)
    assert ("Ban Chấp hành Đảng bộ xã Minh Quang", "ExecutiveCommittee") in bodies
    assert ("Ban Thường vụ Đảng ủy xã Minh Quang", "StandingCommittee") in bodies


def test_a_bare_standing_committee_counted_after_the_executive_committee_is_of_the_same_party_committee():
    text = ("Sáng 3/8/2025, Đảng bộ xã Minh Quang tổ chức đại hội. BCH Đảng bộ xã Minh Quang gồm 27 đồng chí, "
            "Ban Thường vụ gồm 7 đồng chí.")
    assert ("Ban Thường vụ Đảng ủy xã Minh Quang", "StandingCommittee") in _bodies(text)
    leaving = ("Ngày 3/8/2023, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1851-QĐ/TU điều động ông Hà Văn Lâm, "
               "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Huyện ủy Hàm Yên.")
    assert not any(kind == "ExecutiveCommittee" for _, kind in _bodies(leaving))


def test_a_centre_named_in_lower_case_after_its_first_word_keeps_its_whole_name():
    text = ("Sáng 9/5/2023, Sở Giao thông vận tải tỉnh Hòa Bình tổ chức hội nghị. Ông Bùi Văn Tiệp, Giám đốc "
            "Trung tâm Đăng kiểm xe cơ giới 28-02D, phát biểu. Bà Quách Thị Nhụ, Giám đốc Trung tâm Tư vấn pháp "
            "luật Sở Tư pháp tỉnh Hòa Bình cũng dự.")
    roles = _roles(text)
    assert ("Bùi Văn Tiệp", "Giám đốc", "Trung tâm Đăng kiểm xe cơ giới 28-02D") in roles
    assert any(body.startswith("Trung tâm Tư vấn pháp luật") for name, _, body in roles if name == "Quách Thị Nhụ")
    assert not any(name.startswith("Trung tâm Phục") for name, _ in _bodies(
        "Ngày 9/5/2023, UBND tỉnh Hòa Bình tổ chức hội nghị. Trung tâm Phục vụ hành chính công sau 6 tháng vận "
        "hành đã tiếp nhận hồ sơ."))


def test_bodies_of_the_law_the_faiths_and_friendship_in_a_province():
    text = ("Sáng 12/4/2023, UBND tỉnh Phú Yên tổ chức hội nghị. Dự có ông Lê Văn Đạt, Chủ nhiệm Đoàn Luật sư tỉnh "
            "Phú Yên; bà Ngô Thị Hằng, Chủ tịch Hội Luật gia tỉnh Phú Yên; ông Hồ Văn Lạc, Chủ tịch Liên hiệp các "
            "tổ chức hữu nghị tỉnh Phú Yên; Thượng tọa Thích Minh Quang, Trưởng ban Trị sự Giáo hội Phật giáo Việt "
            "Nam tỉnh Phú Yên. Cơ quan Cảnh sát điều tra Công an tỉnh Phú Yên đã khởi tố vụ án.")
    roles, bodies = _roles(text), _bodies(text)
    assert ("Lê Văn Đạt", "Chủ nhiệm", "Đoàn Luật sư tỉnh Phú Yên") in roles
    assert ("Ngô Thị Hằng", "Chủ tịch", "Hội Luật gia tỉnh Phú Yên") in roles
    assert ("Hồ Văn Lạc", "Chủ tịch", "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên") in roles
    assert ("Thích Minh Quang", "Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Phú Yên") in roles
    assert ("Cơ quan Cảnh sát điều tra Công an tỉnh Phú Yên", "OtherOrganization") in bodies


def test_judges_procurators_defendants_and_lawyers_are_people_of_the_trial():
    text = ("Ngày 9/9/2021, Tòa án nhân dân tỉnh Bắc Kạn mở phiên tòa. Ông Hà Văn Tịnh, Kiểm sát viên Viện Kiểm "
            "sát nhân dân tỉnh Bắc Kạn thực hành quyền công tố. Hội đồng xét xử tuyên phạt bị cáo Ma Văn Nhất 5 năm "
            "tù; luật sư Triệu Thị Hoa bào chữa cho bị cáo.")
    extracted = extraction(text)
    assert {"Hà Văn Tịnh", "Ma Văn Nhất", "Triệu Thị Hoa"} <= {person.name for person in extracted.persons}
    assert ("Hà Văn Tịnh", "Kiểm sát viên", "Viện Kiểm sát nhân dân tỉnh Bắc Kạn") in _roles(text)


def test_the_party_committee_of_a_state_group_written_out_and_bare():
    text = ("Ngày 5/8/2020, Đảng bộ Tập đoàn Dầu khí Quốc gia Việt Nam tổ chức Đại hội. Dự có ông Hà Văn Quý, Phó Bí "
            "thư Đảng ủy Khối Doanh nghiệp Trung ương; ông Trịnh Văn Lộc, Bí thư Đảng ủy Tập đoàn Dầu khí Quốc gia "
            "Việt Nam. Bà Đặng Thị Lụa được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Tập đoàn.")
    roles = _roles(text)
    assert ("Hà Văn Quý", "Phó Bí thư", "Đảng ủy Khối Doanh nghiệp Trung ương") in roles
    assert ("Trịnh Văn Lộc", "Bí thư", "Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam") in roles
    assert ("Đặng Thị Lụa", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam") in roles


def test_a_brand_glossed_in_brackets_stands_for_the_firm_afterwards():
    text = ("Ngày 14/5/2024, UBND tỉnh Kon Tum và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) ký kết thỏa thuận "
            "hợp tác. Dự có ông Lò Văn Chiến, Phó Tổng Giám đốc VNPT; ông Đặng Minh Trí, Bí thư Đảng ủy, Chủ tịch "
            "Hội đồng thành viên VNPT; bà Hà Thị Mai, Giám đốc VNPT Kon Tum. Ngân hàng Thương mại cổ phần Công "
            "Thương Việt Nam (VietinBank) cũng dự, với ông Tòng Văn Lả, Giám đốc VietinBank chi nhánh Kon Tum.")
    roles = _roles(text)
    assert ("Lò Văn Chiến", "Phó Tổng Giám đốc", "Tập đoàn Bưu chính Viễn thông Việt Nam") in roles
    assert ("Đặng Minh Trí", "Chủ tịch", "Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam") in roles
    assert ("Hà Thị Mai", "Giám đốc", "VNPT Kon Tum") in roles
    assert ("Tòng Văn Lả", "Giám đốc",
            "Ngân hàng Thương mại cổ phần Công Thương Việt Nam chi nhánh Kon Tum") in roles
    assert ("VNPT Kon Tum", "OtherOrganization") in _bodies(text)
    unglossed = "Ngày 14/5/2024, ông Lò Văn Chiến, Giám đốc MobiFone Kon Tum phát biểu."  # (VNPT and the
    assert not any(body == "MobiFone Kon Tum" for _, _, body in _roles(unglossed))  # national firms are known)


def test_envoys_are_of_their_country_s_mission_where_it_sits():
    text = ("Chiều 3/4/2024, Chủ tịch UBND tỉnh Quảng Bình tiếp bà Emma Holt, Tổng Lãnh sự Australia tại TP Hồ "
            "Chí Minh. Cùng đi có ông Lee Min-ho, Tham tán Công sứ Đại sứ quán Hàn Quốc tại Việt Nam và ông Ngô "
            "Văn Tường, Đại sứ Việt Nam tại Thái Lan.")
    roles = _roles(text)
    assert ("Emma Holt", "Tổng Lãnh sự", "Tổng Lãnh sự quán Australia tại Thành phố Hồ Chí Minh") in roles
    assert ("Lee Min-ho", "Tham tán Công sứ", "Đại sứ quán Hàn Quốc tại Việt Nam") in roles
    assert ("Ngô Văn Tường", "Đại sứ", "Đại sứ quán Việt Nam tại Thái Lan") in roles


def test_a_leader_receiving_a_guest_holds_a_meeting_for_the_body_of_his_head_post():
    text = ("Chiều 9/3/2023, tại trụ sở Tỉnh ủy, đồng chí Bùi Văn Thạch, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh Nam Định và đồng chí Lại Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp "
            "ông Park Sung-ho, Đại sứ Hàn Quốc tại Việt Nam.")
    events = [(event.kind, event.date and event.date.iso(), event.organizer and event.organizer.name)
              for event in extraction(text).events]
    assert events == [("Meeting", "2023-03-09", "Tỉnh ủy Nam Định")]
    carried_on = ("Ngày 9/3/2023, Tỉnh ủy Nam Định tổ chức hội nghị. Đồng chí Bùi Văn Thạch, Bí thư Tỉnh ủy "
                  "tiếp thu ý kiến các đại biểu.")
    assert [event.kind for event in extraction(carried_on).events] == ["Conference"]


def test_school_types_and_a_bracketed_acronym_before_the_level_stay_in_or_out_of_the_name():
    text = ("Sáng 5/9/2019, ông Giàng A Chu, Hiệu trưởng Trường Phổ thông Dân tộc bán trú Trung học cơ sở Lùng Phìn "
            "phát biểu. Bà Hờ Thị Pằng, Hiệu trưởng Trường THPT chuyên Nguyễn Tất Thành dự. Ông Lò Văn Ún, Giám "
            "đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Yên Bái báo cáo.")
    roles = _roles(text)
    assert ("Giàng A Chu", "Hiệu trưởng", "Trường Phổ thông Dân tộc bán trú Trung học cơ sở Lùng Phìn") in roles
    assert ("Hờ Thị Pằng", "Hiệu trưởng", "Trường Trung học phổ thông chuyên Nguyễn Tất Thành") in roles
    assert ("Lò Văn Ún", "Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái") in roles


def test_the_regional_courts_of_2025_and_a_steering_committee_named_bare_before_what_it_did():
    text = ("Sáng 14/11/2025, Tòa án nhân dân khu vực 3 - Đắk Lắk mở phiên tòa. Ông Y Bhim Niê, Chánh án Tòa án "
            "nhân dân khu vực 3 - Đắk Lắk làm chủ tọa. Ông Lê Văn Khánh, Kiểm sát viên Viện Kiểm sát nhân dân khu "
            "vực 3 - Đắk Lắk thực hành quyền công tố.")
    roles = _roles(text)
    assert ("Y Bhim Niê", "Chánh án", "Tòa án nhân dân khu vực 3 - Đắk Lắk") in roles
    assert ("Lê Văn Khánh", "Kiểm sát viên", "Viện Kiểm sát nhân dân khu vực 3 - Đắk Lắk") in roles
    steering = ("Ngày 3/3/2024, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Tĩnh họp phiên thứ 9. Ban Chỉ "
                "đạo cũng nghe Thanh tra tỉnh báo cáo; Ban Chỉ đạo thống nhất đưa 2 vụ việc vào diện theo dõi.")
    assert {name for name, _ in _bodies(steering) if name.startswith("Ban Chỉ đạo")} == {
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Tĩnh"}


def test_who_issued_a_decision_for_an_award():
    text = ("Sáng 9/10/2022, huyện Mường Chà đón nhận Huân chương Lao động hạng Ba theo Quyết định số 1207/QĐ-CTN "
            "ngày 12/8/2022. Dịp này, Ban Thường vụ Tỉnh ủy Điện Biên tặng Bằng khen cho 5 tập thể theo Quyết định "
            "số 2231-QĐ/TU ngày 3/10/2022. Thừa ủy quyền của Ủy ban Kiểm tra Trung ương, đồng chí Lò Văn Mừng trao "
            "Kỷ niệm chương cho 12 cá nhân theo Quyết định số 1180-QĐ/UBKTTW ngày 20/9/2022.")
    issuers = {d.number: d.issuer.name if d.issuer else None for d in extraction(text).documents}
    assert issuers == {"1207/QĐ-CTN": "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                       "2231-QĐ/TU": "Ban Thường vụ Tỉnh ủy Điện Biên",
                       "1180-QĐ/UBKTTW": "Ủy ban Kiểm tra Trung ương"}


def test_a_province_s_command_for_disasters_or_civil_defence_is_named_by_its_task():
    text = ("Chiều 10/9/2024, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lào Cai họp khẩn. Ông "
            "Hoàng Văn Lực, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn "
            "tỉnh Lào Cai chủ trì. Ông Vàng A Tủa, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Bát Xát báo cáo.")
    roles = _roles(text)
    assert ("Hoàng Văn Lực", "Trưởng ban",
            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lào Cai") in roles
    assert ("Vàng A Tủa", "Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Bát Xát") in roles


def test_thai_surnames_and_a_province_s_religious_affairs_committee():
    text = ("Ngày 5/3/2023, UBND tỉnh Thanh Hóa tổ chức hội nghị. Dự hội nghị có Tỉnh ủy viên, Phó Chủ tịch UBND "
            "tỉnh Lô Văn Hặc; ông Hà Văn Khiêm, Trưởng Ban Tôn giáo tỉnh. Ông Sình Văn Pủa, Bí thư Chi bộ thôn "
            "Lô Lô Chải phát biểu.")
    roles = _roles(text)
    assert ("Lô Văn Hặc", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa") in roles
    assert ("Hà Văn Khiêm", "Trưởng ban", "Ban Tôn giáo tỉnh Thanh Hóa") in roles
    assert ("Sình Văn Pủa", "Bí thư", "Chi bộ thôn Lô Lô Chải") in roles


def test_a_bare_command_board_after_its_full_name_is_that_board():
    text = ("Chiều 10/9/2024, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh Hòa Bình "
            "họp khẩn. Ông Bùi Văn Khánh, Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy chủ trì cuộc họp.")
    roles = _roles(text)
    assert ("Bùi Văn Khánh", "Trưởng ban",
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Hòa Bình") in roles


def test_an_abbreviation_glossed_once_stands_for_the_bank_and_a_bare_association_for_the_one_named():
    text = ("Ngày 5/3/2024, UBND tỉnh Nghệ An và Ngân hàng Chính sách xã hội (NHCSXH) tổ chức hội nghị. Dự có ông "
            "Lục Văn Quang, Phó Tổng Giám đốc NHCSXH; bà Hà Thị Chinh, Giám đốc NHCSXH chi nhánh tỉnh Nghệ An; "
            "ông Hứa Văn Tâm, Phó Giám đốc Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) chi nhánh Nghệ An. "
            "Hiệp hội Doanh nghiệp tỉnh Nghệ An cũng dự, với ông Hồ Sĩ Lực - Chủ tịch Hiệp hội.")
    roles = _roles(text)
    assert ("Lục Văn Quang", "Phó Tổng Giám đốc", "Ngân hàng Chính sách xã hội") in roles
    assert ("Hà Thị Chinh", "Giám đốc", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An") in roles
    assert ("Hứa Văn Tâm", "Phó Giám đốc", "Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh Nghệ An") in roles
    assert ("Hồ Sĩ Lực", "Chủ tịch", "Hiệp hội Doanh nghiệp tỉnh Nghệ An") in roles


def test_an_aside_about_the_organizer_between_it_and_its_verb():
    text = ("Sáng 4/7/2023, Công ty Điện lực Yên Bái (PC Yên Bái), đơn vị thuộc Tổng công ty Điện lực miền Bắc, tổ "
            "chức hội nghị sơ kết 6 tháng đầu năm.")
    events = [(event.kind, event.organizer and event.organizer.name) for event in extraction(text).events]
    assert events == [("Conference", "Công ty Điện lực Yên Bái")]


def test_people_honoured_on_a_visit_and_a_bare_centre_before_what_its_head_says():
    text = ("Ngày 20/7/2024, đoàn công tác của Tỉnh ủy Quảng Trị thăm Trung tâm Điều dưỡng thương binh tỉnh Quảng "
            "Trị. Ông Lê Văn Tâm, Giám đốc Trung tâm cho biết đơn vị đang nuôi dưỡng 40 thương binh. Đoàn đến thăm "
            "Mẹ Việt Nam anh hùng Trần Thị Lý và gia đình liệt sĩ Hồ Văn Mười.")
    extracted = extraction(text)
    assert {"Trần Thị Lý", "Hồ Văn Mười"} <= {person.name for person in extracted.persons}
    assert ("Lê Văn Tâm", "Giám đốc", "Trung tâm Điều dưỡng thương binh tỉnh Quảng Trị") in _roles(text)


def test_the_head_of_a_province_s_civil_judgment_enforcement_of_2025():
    text = ("Ngày 20/12/2025, Thi hành án dân sự tỉnh Tuyên Quang tổ chức hội nghị. Ông Ma Văn Thiệp, Trưởng Thi "
            "hành án dân sự tỉnh chủ trì.")
    assert ("Ma Văn Thiệp", "Trưởng", "Thi hành án dân sự tỉnh Tuyên Quang") in _roles(text)


def test_a_report_opening_with_a_span_of_days_is_dated_by_its_last_day():
    text = ("BÁO LONG AN\nThời sự | Chính trị | Kinh tế\nChào mừng Đại hội Đảng bộ các cấp\n\nĐại hội Đảng bộ huyện "
            "Thạnh Hóa lần thứ XI\n\n(BLA) - Trong 2 ngày 14 và 15-7-2020, Đảng bộ huyện Thạnh Hóa tổ chức Đại hội "
            "đại biểu nhiệm kỳ 2020 - 2025.")
    extracted = extraction(text)
    assert extracted.published.iso() == "2020-07-15"
    assert [event.date.iso() for event in extracted.events] == ["2020-07-14"]


def test_a_congress_reported_as_ended_and_one_whose_draft_documents_are_discussed():
    text = ("Thứ Bảy, 20/06/2020 - 17:05 (GMT+7)\n\n(BKG) - Sau hai ngày làm việc (19 và 20/6), Đại hội đại biểu Đảng "
            "bộ huyện Hòn Đất lần thứ XII, nhiệm kỳ 2020 - 2025 đã thành công tốt đẹp. Đại hội đã thảo luận, góp ý vào "
            "dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.")
    events = [(event.kind, event.date.iso(), event.organizer.name) for event in extraction(text).events]
    assert events == [("Congress", "2020-06-19", "Đảng bộ huyện Hòn Đất")]


def test_a_bare_party_committee_before_a_post_in_a_firm_or_the_border_guard_is_theirs():
    text = ("Ngày 5/3/2025, UBND tỉnh Hà Giang và Tập đoàn Điện lực Việt Nam (EVN) ký kết thỏa thuận. Dự có ông Đặng "
            "Hoàng Lâm, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên EVN; Đại tá Hầu Văn Tủa, Bí thư Đảng ủy, Chính ủy "
            "Bộ Chỉ huy BĐBP tỉnh.")
    roles = _roles(text)
    assert ("Đặng Hoàng Lâm", "Bí thư", "Đảng ủy Tập đoàn Điện lực Việt Nam") in roles
    assert ("Hầu Văn Tủa", "Bí thư", "Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang") in roles


def test_a_glossed_brand_can_end_a_subsidiary_s_name():
    text = ("Ngày 5/3/2023, UBND tỉnh Gia Lai và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) ký kết thỏa thuận. Ông "
            "Đỗ Văn Tú, Phó Tổng Giám đốc Tổng công ty Giải pháp doanh nghiệp VNPT phát biểu.")
    assert ("Đỗ Văn Tú", "Phó Tổng Giám đốc", "Tổng công ty Giải pháp doanh nghiệp VNPT") in _roles(text)


def test_a_citizen_reception_board_and_the_national_assembly_committees_of_2016_2021():
    text = ("Ngày 15/9/2021, Bí thư Tỉnh ủy Nghệ An tiếp công dân định kỳ. Bà Lê Thị Hằng, Trưởng Ban Tiếp công dân "
            "tỉnh báo cáo. Ông Hồ Văn Lân, Ủy viên Ủy ban về các vấn đề xã hội của Quốc hội dự.")
    roles = _roles(text)
    assert ("Lê Thị Hằng", "Trưởng ban", "Ban Tiếp công dân tỉnh Nghệ An") in roles
    assert ("Hồ Văn Lân", "Ủy viên", "Ủy ban về các vấn đề xã hội của Quốc hội") in roles


def test_a_word_that_can_follow_a_name_inside_a_firm_s_name():
    text = ("Ngày 5/3/2023, UBND tỉnh Gia Lai và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) ký kết thỏa thuận. Ông "
            "Đỗ Văn Tú, Phó Tổng Giám đốc Tổng công ty Dịch vụ viễn thông VNPT phát biểu.")
    assert ("Đỗ Văn Tú", "Phó Tổng Giám đốc", "Tổng công ty Dịch vụ viễn thông VNPT") in _roles(text)
