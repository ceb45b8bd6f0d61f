"""Rules added in session 13, on invented sentences of the genre (other names, places and
numbers than the test articles)."""
from tests.invented import bodies as _bodies


def test_the_standing_body_of_a_council_listed_bare_before_a_committee_takes_its_level():
    text = ("Sáng 4/3/2021, đoàn công tác của UBND tỉnh Lai Châu làm việc tại huyện Mường Tè. Tiếp đoàn có đồng "
            "chí Lò Văn Bình, Bí thư Huyện ủy Mường Tè cùng lãnh đạo Thường trực HĐND, UBND huyện.")
    bodies = _bodies(text)
    assert ("Thường trực Hội đồng nhân dân huyện Mường Tè", "OtherOrganization") in bodies
    assert not any(name.startswith("Thường trực Hội đồng nhân dân tỉnh") for name, _ in bodies)
