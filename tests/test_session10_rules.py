"""Rules added in session 10, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import extraction, roles as _roles


def test_a_township_grown_from_a_state_farm_is_named_in_full():
    text = ("Sáng 9/9/2023, Đảng ủy thị trấn Nông trường Lệ Ninh tổ chức hội nghị sơ kết. Đồng chí Hoàng Văn "
            "Quý, Bí thư Đảng ủy thị trấn Nông trường Lệ Ninh chủ trì.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert ("Nông trường Lệ Ninh", "Commune") in areas
    assert ("Hoàng Văn Quý", "Bí thư", "Đảng ủy thị trấn Nông trường Lệ Ninh") in _roles(text)


def test_a_district_merged_away_before_2025_is_still_a_district_in_an_article_of_its_time():
    text = ("Sáng 3/4/2021, Huyện ủy Mỹ Lộc tổ chức hội nghị sơ kết công tác quý I. Đồng chí Trần Quang Vinh, "
            "Bí thư Huyện ủy chủ trì. Nhiều dự án ở huyện Mỹ Lộc đã đi vào hoạt động.")
    areas = {(area.name, area.kind, area.parent and area.parent.name)
             for area, _ in extraction(text).areas.values()}
    assert ("Mỹ Lộc", "District", "Nam Định") in areas


def test_districts_listed_bare_after_going_to_are_districts_even_when_one_reads_like_a_name():
    text = ("Sáng 6/2/2024, Tỉnh ủy Điện Biên tổ chức hội nghị. Lượng khách du lịch đến Mường Chà, Tủa Chùa "
            "và thành phố Điện Biên Phủ tăng mạnh.")
    areas = {(area.name, area.kind) for area, _ in extraction(text).areas.values()}
    assert {("Mường Chà", "District"), ("Tủa Chùa", "District")} <= areas
