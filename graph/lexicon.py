"""The lexicon as data: titles, body heads, document types and surnames, loaded once.

The extractor composes these with the gazetteer; the words live in
`graph/data/lexicon.json` so a researcher can add a title without touching code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graph.normalize import modern_tones


@dataclass(frozen=True)
class Title:
    surface: str  # as matched, e.g. "Trưởng ban"
    role: str  # canonical role label, e.g. "Trưởng ban"
    english: str
    implied_body: str | None = None  # "central_committee", "province_committee", ...
    prefix_body: str | None = None  # "Ban Thường vụ" for "Ủy viên Ban Thường vụ"
    dept_prefix: str | None = None  # "Ban" for "Trưởng ban Tổ chức ..."
    needs: str | None = None


@dataclass(frozen=True)
class Lexicon:
    titles: tuple[Title, ...]
    ranks: tuple[str, ...]
    committees: dict  # "Tỉnh ủy" -> {"level": ..., "en": ...}
    departments: dict  # "Ban Tổ chức" -> English
    department_abbreviations: dict
    area_levels: dict  # "huyện" -> "District"
    document_types: tuple[dict, ...]
    number_codes: dict
    issuer_suffixes: dict
    surnames: frozenset[str]
    meeting_words: tuple[dict, ...]
    state_agencies: tuple[str, ...]
    state_agency_abbreviations: dict  # "NN&PTNT" -> "Nông nghiệp và Phát triển nông thôn"
    international_bodies: tuple[str, ...]
    role_connectors: tuple[str, ...]
    body_area_names: dict  # an area's name inside body names, when it differs ("Thành phố Hồ Chí Minh")
    foreign_provinces: tuple[str, ...]  # "Hủa Phăn", "Mondulkiri": other countries' provinces, written "tỉnh X"
    brands: dict  # "VNPT" -> "Tập đoàn Bưu chính Viễn thông Việt Nam": national firms known by their brand

    def english_role(self, role: str) -> str:
        for title in self.titles:
            if title.role == role:
                return title.english
        return ""


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read lexicon.json (normalized to modern tone marks) once per process."""
    raw = json.loads(resources.files("graph").joinpath("data/lexicon.json").read_text("utf-8"))
    titles = tuple(
        Title(
            surface=modern_tones(entry["vi"]),
            role=modern_tones(entry.get("role", entry["vi"])),
            english=entry["en"],
            implied_body=entry.get("implied_body"),
            prefix_body=entry.get("prefix_body"),
            dept_prefix=entry.get("dept_prefix"),
            needs=entry.get("needs"),
        )
        for entry in raw["titles"]
    )
    return Lexicon(
        titles=titles,
        ranks=tuple(modern_tones(rank) for rank in raw["ranks"]),
        committees={modern_tones(k): v for k, v in raw["committees"].items()},
        departments={modern_tones(k): v for k, v in raw["departments"].items()},
        department_abbreviations={k: modern_tones(v) for k, v in raw["department_abbreviations"].items()},
        area_levels={modern_tones(k): v for k, v in raw["area_levels"].items()},
        document_types=tuple(dict(d, vi=modern_tones(d["vi"])) for d in raw["document_types"]),
        number_codes={modern_tones(k): v for k, v in raw["number_codes"].items()},
        issuer_suffixes={modern_tones(k): v for k, v in raw["issuer_suffixes"].items()},
        surnames=frozenset(modern_tones(s) for s in raw["surnames"]),
        meeting_words=tuple(dict(d, vi=modern_tones(d["vi"])) for d in raw["meeting_words"]),
        state_agencies=tuple(modern_tones(name) for name in raw["state_agencies"]),
        state_agency_abbreviations={modern_tones(k): modern_tones(v) for k, v in raw["state_agency_abbreviations"].items()
                                    if not k.startswith("_")},
        international_bodies=tuple(raw["international_bodies"]),
        role_connectors=tuple(modern_tones(c) for c in raw["role_connectors"]),
        body_area_names={modern_tones(k): modern_tones(v) for k, v in raw["body_area_names"].items()},
        foreign_provinces=tuple(modern_tones(name) for name in raw["foreign_provinces"]["names"]),
        brands={k: modern_tones(v) for k, v in raw["brands"].items() if not k.startswith("_")},
    )
