"""Rules added in session 10, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import extraction, roles as _roles


def test_a_township_grown_from_a_state_farm_is_named_in_full():
    text = ("Sáng 9/9/2023, Đảng ủy thị trấn Nông trường Lệ Ninh tổ chức hội nghị sơ kết. Đồng chí Hoàng Văn "
            "Quý, Bí thư Đảng ủy thị trấn Nông trường Lệ Ninh chủ trì.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert ("Nông trường Lệ Ninh", "Commune") in areas
    assert ("Hoàng Văn Quý", "Bí thư", "Đảng ủy thị trấn Nông trường Lệ Ninh") in _roles(text)
