"""Generate a corpus of realistic article variants for benchmarks (deterministic by seed).

    python bench/generate.py OUT_DIR N [--seed 7]

Provinces and districts come from the gazetteer, titles and surnames from the lexicon;
names, numbers and dates are drawn at random, so entity resolution sees many distinct
people, bodies and documents, as a national archive would have.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graph.gazetteer import load_gazetteer  # noqa: E402
from graph.lexicon import load_lexicon  # noqa: E402

GIVEN = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Hồng", "Trọng", "Thế", "Tiến",
         "Anh", "Hải", "Dũng", "Hùng", "Lan", "Hương", "Nam", "Bình", "Sơn", "Tuấn", "Phương", "Thắng", "Long"]
TEMPLATES = [
    """{header}
{Pcap}: tổng kết {years} năm thực hiện Nghị quyết số {n1}-NQ/TU

Chiều {d}/{m}, Ban Thường vụ Tỉnh ủy {P} tổ chức hội nghị tổng kết {years} năm thực hiện Nghị quyết số {n1}-NQ/TU ngày {d0}/{m0}/{y0} của Ban Chấp hành Đảng bộ tỉnh về "{topic}".
Đồng chí {A}, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. Cùng dự có đồng chí {B}, Phó Bí thư Thường trực Tỉnh ủy; đồng chí {C}, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.
Bí thư Huyện ủy {D} {E} trình bày tham luận về thực hiện Chỉ thị số {n2}-CT/TW của Ban Bí thư. Ông {F} - Chủ tịch UBND huyện {D} đề nghị tỉnh tiếp tục hỗ trợ xã {W}.
Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu các cấp ủy tiếp tục quán triệt Kết luận số {n3}-KL/TW ngày {d1}/{m1}/{y1} của Bộ Chính trị.
{byline}""",
    """{header}
Sáng {d}/{m}/{y}, Huyện ủy {D} (tỉnh {P}) tổ chức hội nghị sơ kết công tác xây dựng Đảng. Phó Bí thư Thường trực Tỉnh ủy {P} {B} dự và phát biểu chỉ đạo.
Trưởng ban Tổ chức Huyện ủy {D} {E} trình bày báo cáo. Theo báo cáo, toàn Đảng bộ đã kết nạp {k} đảng viên mới, thực hiện tốt Quy định số {n4}-QĐ/TW của Bộ Chính trị và Kế hoạch số {n5}-KH/TU của Ban Thường vụ Tỉnh ủy.
Bà {F}, Chủ tịch Ủy ban MTTQ Việt Nam huyện {D}, đề nghị quan tâm công tác dân vận. Đồng chí {A} - Bí thư Huyện ủy, Chủ tịch HĐND huyện {D} kết luận hội nghị.""",
]
TOPICS = ["Nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng", "Phát triển nông nghiệp hữu cơ",
          "Xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực", "Chuyển đổi số trong cơ quan đảng"]


def person(rng: random.Random, surnames: list[str]) -> str:
    return " ".join([rng.choice(surnames)] + rng.sample(GIVEN, rng.choice([1, 2, 2, 3])))


def article(rng: random.Random, provinces, districts_of, surnames) -> str:
    province = rng.choice(provinces)
    districts = districts_of.get(province.name) or [province]
    district = rng.choice(districts)
    communes = [p for p in load_gazetteer().places if p.kind == "Commune" and p.parent == district.name
                and p.province == province.name]
    year = rng.randint(2016, 2024)
    values = {
        "P": province.name, "Pcap": province.name, "D": district.name,
        "W": rng.choice(communes).name if communes else "Tân Lập",
        "A": person(rng, surnames), "B": person(rng, surnames), "C": person(rng, surnames),
        "E": person(rng, surnames), "F": person(rng, surnames),
        "d": rng.randint(1, 28), "m": rng.randint(1, 12), "y": year, "years": rng.choice([3, 5, 10, 15]),
        "d0": rng.randint(1, 28), "m0": rng.randint(1, 12), "y0": rng.randint(2005, 2015),
        "d1": rng.randint(1, 28), "m1": rng.randint(1, 12), "y1": rng.randint(2016, year),
        "n1": f"{rng.randint(1, 40):02d}", "n2": rng.randint(1, 60), "n3": rng.randint(1, 200),
        "n4": rng.randint(1, 300), "n5": rng.randint(1, 400), "k": rng.randint(50, 900),
        "topic": rng.choice(TOPICS),
        "header": f"Thứ hai - {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year} 09:15",
        "byline": person(rng, surnames).split(" ", 1)[1] if rng.random() < 0.5 else "",
    }
    return rng.choice(TEMPLATES).format(**values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    gazetteer = load_gazetteer()
    provinces = sorted(gazetteer.provinces("pre2025"), key=lambda p: p.name)
    districts_of: dict = {}
    for place in gazetteer.places:
        if place.kind in {"District", "Town", "City"} and place.era in {"pre2025", "both"}:
            districts_of.setdefault(place.province, []).append(place)
    for places in districts_of.values():
        places.sort(key=lambda p: p.name)
    surnames = sorted(load_lexicon().surnames)[:60]
    options.out.mkdir(parents=True, exist_ok=True)
    for index in range(options.count):
        text = article(rng, provinces, districts_of, surnames)
        (options.out / f"a{index:06d}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {options.count} articles to {options.out}")


if __name__ == "__main__":
    main()
