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
