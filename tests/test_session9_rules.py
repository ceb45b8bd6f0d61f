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
