"""Rules added in session 9, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies, extraction, roles as _roles


def test_the_party_committee_of_a_district_s_agencies_is_a_body_and_its_party_organization_too():
    text = ("Sáng 14/5/2022, Đảng bộ Cơ quan Chính quyền huyện Nghi Xuân tổ chức hội nghị sơ kết. Đồng chí Phan "
            "Đình Lộc, Bí thư Đảng ủy Cơ quan Chính quyền huyện chủ trì.")
    assert ("Phan Đình Lộc", "Bí thư", "Đảng ủy Cơ quan Chính quyền huyện Nghi Xuân") in _roles(text)
    parents = {body.name: body.parent and body.parent.name for body, _, _ in extraction(text).bodies.values()}
    assert parents["Đảng ủy Cơ quan Chính quyền huyện Nghi Xuân"] == "Huyện ủy Nghi Xuân"
    assert parents["Đảng bộ Cơ quan Chính quyền huyện Nghi Xuân"] == "Đảng bộ huyện Nghi Xuân"


def test_a_cell_of_a_division_named_bare_is_the_cell_of_the_district_s_division_and_organizes_through_an_aside():
    text = ("Sáng 20/4/2022, Chi bộ Phòng Tư pháp (trực thuộc Đảng bộ Cơ quan Chính quyền huyện Cần Đước) tổ chức "
            "Đại hội Chi bộ nhiệm kỳ 2022 - 2025. Đồng chí Võ Thị Bé Năm tái đắc cử Bí thư Chi bộ. Phòng Tư pháp "
            "huyện Cần Đước hiện có 7 đảng viên.")
    found = extraction(text)
    assert ("Võ Thị Bé Năm", "Bí thư", "Chi bộ Phòng Tư pháp huyện Cần Đước") in _roles(text)
    assert [(event.kind, event.organizer.name) for event in found.events] == [
        ("Congress", "Chi bộ Phòng Tư pháp huyện Cần Đước")]


def test_meetings_to_come_asked_for_or_planned_are_not_the_meeting_reported():
    text = ("Chiều 2/3/2024, Ban Thường vụ Huyện ủy Quỳ Châu tổ chức hội nghị cho ý kiến về công tác cán bộ. "
            "Theo kế hoạch, HĐND huyện Quỳ Châu sẽ tổ chức kỳ họp chuyên đề trong tháng 4. Đảng ủy xã Châu Hạnh "
            "được chọn tổ chức đại hội điểm cấp cơ sở. Đồng chí Lữ Văn Tình đề nghị UBND huyện hướng dẫn HĐND xã "
            "Châu Bình tổ chức kỳ họp bất thường. Ban Thường vụ Huyện ủy chọn Đảng bộ xã Châu Phong tổ chức đại "
            "hội điểm, dự kiến trong tháng 5/2024. Sở Tài chính trình HĐND tỉnh tại kỳ họp cuối năm; Sở Nội vụ "
            "theo dõi việc sắp xếp.")
    assert [(event.kind, event.organizer.name) for event in extraction(text).events] == [
        ("Conference", "Ban Thường vụ Huyện ủy Quỳ Châu")]


def test_a_session_said_to_take_place_on_a_hyphenated_day_is_dated_by_it():
    text = ("Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng thông báo kết quả Kỳ họp thứ 14\n\n(ABC) - Ngày 12-6-2022, Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng ban hành Thông báo số 41-TB/UBKTTU về kết quả "
            "Kỳ họp thứ 14. Kỳ họp diễn ra ngày 9-6-2022 do đồng chí Lâm Văn Sóc, Chủ nhiệm UBKT Tỉnh ủy chủ trì. "
            "Tại kỳ họp, UBKT Tỉnh ủy thi hành kỷ luật khiển trách đồng chí Trần Văn Tư.")
    assert [(event.kind, event.date.iso()) for event in extraction(text).events] == [("Meeting", "2022-06-09")]
