"""Generate graph/data/gazetteer.json from well-kept field libraries.

Sources: the PyPI package `vietnam-provinces` — release 0.6.0 holds the pre-2025
three-level divisions (province, district, commune), release 2025.10.1 the post-2025
two-level ones (province, commune) — and `pycountry` for ISO 3166-2 codes. The two
releases cannot be installed together, so each is fetched into a temporary directory
and its JSON read directly.

    python scripts/build_gazetteer.py            # writes graph/data/gazetteer.json

The output is deterministic (sorted, no timestamps).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from graph.normalize import modern_tones  # noqa: E402

RELEASES = {"pre2025": "0.6.0", "post2025": "2025.10.1"}
# Release 0.2 (2020) still holds the districts and communes merged away between 2020 and
# January 2025 (huyện Yên Dũng, huyện Mỹ Lộc, hundreds of communes). Articles of those
# years name them, so the three-level map keeps them beside release 0.6.0's units.
EARLIER_RELEASE = "0.2"
OUTPUT = ROOT / "graph" / "data" / "gazetteer.json"

# Type words at the start of a unit's name in the source data → (kind, type word).
PREFIXES = [
    ("Thành phố", "City", "thành phố"), ("Tỉnh", "Province", "tỉnh"), ("Thị xã", "Town", "thị xã"),
    ("Quận", "District", "quận"), ("Huyện", "District", "huyện"), ("Thị trấn", "Commune", "thị trấn"),
    ("Phường", "Commune", "phường"), ("Xã", "Commune", "xã"), ("Đặc khu", "District", "đặc khu"),
]
# Renamed before the 2025 reorganization: release 0.6.0 (January 2025) already calls
# Thừa Thiên Huế by its new name, the centrally-run city Huế. Articles of the three-level
# era call it the province it was for decades, so the pre-2025 map keeps the old name.
PRE2025_NAMES = {"Huế": ("Thừa Thiên Huế", "tỉnh", 0)}

# Townships grown from state farms are "thị trấn Nông trường X"; the source shortens the
# word to "NT" or "N.T", which no article writes.
STATE_FARM = re.compile(r"^(?:N\.?T|Nông Trường)\s+(?=\S)")

# Other common names of provinces that their official names do not give.
PROVINCE_ALIASES = {
    "Hồ Chí Minh": ["TP Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "TPHCM", "Sài Gòn"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "Thừa Thiên-Huế"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu", "BR-VT"],
    "Hà Nội": ["Thủ đô Hà Nội", "Thủ đô"],
    "Đắk Lắk": ["Đắc Lắc", "Dak Lak", "Đăk Lăk", "Đắk Lăk", "Đăk Lắk"],
    "Đắk Nông": ["Đắc Nông", "Đăk Nông", "Dak Nong"],
    "Kiên Giang": ["Kiến Giang"],
}
# Provinces split or merged before the source data begins (1976–2008): obituaries, biographies
# and anniversaries name them ("nguyên Bí thư Tỉnh ủy Hải Hưng", "UBND tỉnh Bình Trị Thiên").
FORMER_PROVINCES = ["Hà Tây", "Hà Bắc", "Hải Hưng", "Vĩnh Phú", "Nam Hà", "Hà Nam Ninh", "Quảng Nam - Đà Nẵng",
                    "Sông Bé", "Minh Hải", "Bắc Thái", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh",
                    "Thuận Hải", "Gia Lai - Kon Tum", "Hà Sơn Bình", "Hoàng Liên Sơn", "Hà Tuyên", "Cao Lạng",
                    "Cửu Long"]
FORMER_ALIASES = {"Quảng Nam - Đà Nẵng": ["Quảng Nam-Đà Nẵng"], "Gia Lai - Kon Tum": ["Gia Lai-Kon Tum"]}
FOREIGN_COUNTRIES = ["Lào", "Campuchia", "Trung Quốc", "Thái Lan", "Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Mỹ", "Nga",
                     "Liên bang Nga", "Pháp", "Đức", "Anh", "Ấn Độ", "Singapore", "Cuba", "Australia", "Úc",
                     "Indonesia", "Malaysia", "Philippines", "Myanmar", "Triều Tiên", "Canada", "Italy", "Israel"]


def fetch(version: str, into: Path) -> list:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(into),
                    f"vietnam-provinces=={version}"], check=True)
    return json.loads((into / "vietnam_provinces" / "data" / "nested-divisions.json").read_text("utf-8"))


def split_name(full: str, default_kind: str) -> tuple[str, str, str]:
    full = modern_tones(unicodedata.normalize("NFC", full.strip()))
    for prefix, kind, type_word in PREFIXES:
        if full.casefold().startswith(prefix.casefold() + " "):  # (the source writes "Thành Phố Đồng Hới" too)
            return STATE_FARM.sub("Nông trường ", full[len(prefix) + 1:].strip()), kind, type_word
    return full, default_kind, {"Province": "tỉnh", "Commune": "xã"}.get(default_kind, "")


def iso_codes() -> dict[str, str]:
    import pycountry

    codes = {}
    for sub in pycountry.subdivisions.get(country_code="VN"):
        codes[key(sub.name)] = sub.code
    for canonical_name, aliases in PROVINCE_ALIASES.items():
        for alias in aliases + [canonical_name]:
            if key(alias) in codes:
                codes.setdefault(key(canonical_name), codes[key(alias)])
    for old, (new, _, _) in PRE2025_NAMES.items():  # a renamed province keeps its code
        codes.setdefault(key(old), codes.get(key(new)))
    return codes


def key(name: str) -> str:
    return " ".join(modern_tones(name).replace("-", " - ").split()).casefold()


def units_of(data: list, era: str, codes: dict[str, str]) -> list[list]:
    rows = []
    for province in data:
        name, kind, _ = split_name(province["name"], "Province")
        central = province["name"].startswith("Thành phố")
        if era == "pre2025" and name in PRE2025_NAMES:
            name, _, central = PRE2025_NAMES[name]
        iso = codes.get(key(name))
        rows.append([name, "Province", "thành phố" if central else "tỉnh", None, None, None, iso, era, int(central)])
        for district in province.get("districts", []):
            dname, dkind, dword = split_name(district["name"], "District")
            rows.append([dname, dkind, dword, name, name, "Province", None, era, 0])
            for ward in district.get("wards", []):
                wname, wkind, wword = split_name(ward["name"], "Commune")
                rows.append([wname, "Commune", wword, name, dname, dkind, None, era, 0])
        for ward in province.get("wards", []):
            wname, wkind, wword = split_name(ward["name"], "Commune")
            rows.append([wname, "Commune", wword, name, name, "Province", None, era, 0])
    return rows


def dissolved_units(earlier: list[list], later: list[list]) -> list[list]:
    """Units of the earlier map that the later one lacks, under any type word. A dissolved
    city named like a province (Huế, Ninh Bình) is left out: articles of any year mean the
    province, or the centrally-run city Huế became."""
    known = {tuple(row[:2]) + tuple(row[3:5]) for row in later}
    provinces = {row[0] for row in later if row[1] == "Province"} | {"Huế"}
    return [row for row in earlier
            if tuple(row[:2]) + tuple(row[3:5]) not in known and not (row[1] == "City" and row[0] in provinces)]


def merge_eras(rows: list[list]) -> list[list]:
    """A unit unchanged by the 2025 reorganization is written once, era 'both'."""
    seen: dict[tuple, list] = {}
    for row in rows:
        identity = tuple(row[:6])
        if identity in seen and seen[identity][7] != row[7]:
            seen[identity][7] = "both"
            seen[identity][6] = seen[identity][6] or row[6]
        else:
            seen.setdefault(identity, list(row))
    return sorted(seen.values(), key=lambda r: (r[3] or "", r[1], r[0], r[4] or "", r[7]))


def main() -> None:
    codes = iso_codes()
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        for era, version in RELEASES.items():
            rows.extend(units_of(fetch(version, Path(temporary) / era), era, codes))
        earlier = units_of(fetch(EARLIER_RELEASE, Path(temporary) / "earlier"), "pre2025", codes)
        rows.extend(dissolved_units(earlier, [row for row in rows if row[7] == "pre2025"]))
    rows = merge_eras(rows)
    rows.extend([name, "Province", "tỉnh", None, None, None, None, "pre2025", 0] for name in FORMER_PROVINCES)
    rows.append(["Việt Nam", "Country", "", None, None, None, "VN", "both", 0])
    rows.extend([modern_tones(c), "Country", "", None, None, None, None, "both", 0] for c in FOREIGN_COUNTRIES)
    document = {
        "_source": {
            "pre2025": f"vietnam-provinces {RELEASES['pre2025']} (PyPI), nested-divisions.json, with the "
                       f"units of {EARLIER_RELEASE} that it lacks",
            "post2025": f"vietnam-provinces {RELEASES['post2025']} (PyPI), nested-divisions.json",
            "iso": "pycountry subdivisions of VN (ISO 3166-2:VN)",
            "generator": "scripts/build_gazetteer.py",
        },
        "_columns": ["name", "kind", "type_word", "province", "parent", "parent_kind", "iso", "era",
                     "centrally_run"],
        "province_aliases": {k: sorted(v) for k, v in sorted({**PROVINCE_ALIASES, **FORMER_ALIASES}.items())},
        "units": rows,
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2019", "'")  # "M’Drắk" as the papers type it: "M'Drắk" (as most of the data has it)
    text = text.replace('"units":[', '"units":[\n').replace("],[", "],\n[")
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(rows)} units)")


if __name__ == "__main__":
    main()
