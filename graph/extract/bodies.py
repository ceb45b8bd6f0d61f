"""Body grammar: party and state bodies as compositions of a head and the committee or
territory it belongs to ("Ban" + "Tổ chức" + "Tỉnh ủy" + "Hà Tĩnh"), never a list of
known bodies. Returns BodySpecs; the resolve stage fills in what context implies."""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

from graph.extract.places import FOREIGN_PROVINCES, LOWER_CASE_LEVELS, gazetteer_match, place_name_at
from graph.extract.tokens import PhraseTable, Token, tokenize
from graph.lexicon import load_lexicon
from graph.types import BodySpec

CENTRAL = "central"
ARTICLE_LEVEL = "article"  # the level of the committee the article is mostly about
NAMED_BEFORE = "named before"  # a bare "Ban Chỉ đạo": the steering committee the article names


def _aliased(bodies: dict[str, tuple[str, str]], spellings: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """surface → (class, canonical name, English): each body under its name and its other spellings."""
    table = {name: (kind, name, english) for name, (kind, english) in bodies.items()}
    table.update({spelling: table[name] for spelling, name in spellings.items()})
    return table


# Fixed national bodies.
_FIXED = _aliased({
    "Quân ủy Trung ương": ("PartyCommittee", "Central Military Commission"),
    # the party committees of the central blocs (the police's; and, from 2025, those of the
    # Government, the National Assembly, the party's agencies and the Front)
    "Đảng ủy Công an Trung ương": ("PartyCommittee", "Central Public Security Party Committee"),
    "Đảng bộ Công an Trung ương": ("PartyCommittee", "Central Public Security Party Organization"),
    "Đảng ủy Chính phủ": ("PartyCommittee", "Government Party Committee"),
    "Đảng bộ Chính phủ": ("PartyCommittee", "Government Party Organization"),
    "Đảng ủy Quốc hội": ("PartyCommittee", "National Assembly Party Committee"),
    "Đảng bộ Quốc hội": ("PartyCommittee", "National Assembly Party Organization"),
    # (until 2025: the blocs of the central agencies and of the central state enterprises)
    "Đảng ủy Khối Doanh nghiệp Trung ương": ("PartyCommittee", "Central Business Bloc Party Committee"),
    "Đảng bộ Khối Doanh nghiệp Trung ương": ("PartyCommittee", "Central Business Bloc Party Organization"),
    "Đảng ủy Khối các cơ quan Trung ương": ("PartyCommittee", "Central Agencies Bloc Party Committee"),
    "Đảng bộ Khối các cơ quan Trung ương": ("PartyCommittee", "Central Agencies Bloc Party Organization"),
    "Đảng ủy các cơ quan Đảng Trung ương": ("PartyCommittee", "Party Committee of the Central Party Agencies"),
    "Đảng bộ các cơ quan Đảng Trung ương": ("PartyCommittee", "Party Organization of the Central Party Agencies"),
    "Ủy ban Thường vụ Quốc hội": ("OtherOrganization", "National Assembly Standing Committee"),
    "Ban Công tác đại biểu": ("OtherOrganization", "Committee for Deputies' Affairs"),
    "Ủy ban Pháp luật của Quốc hội": ("OtherOrganization", "Law Committee of the National Assembly"),
    "Hội đồng Dân tộc của Quốc hội": ("OtherOrganization", "Ethnic Council of the National Assembly"),
    "Ủy ban Kinh tế của Quốc hội": ("OtherOrganization", "Economic Committee of the National Assembly"),
    "Ủy ban Tư pháp của Quốc hội": ("OtherOrganization", "Judicial Committee of the National Assembly"),
    "Ủy ban Xã hội của Quốc hội": ("OtherOrganization", "Social Affairs Committee of the National Assembly"),
    # (their names of 2016–2021)
    "Ủy ban về các vấn đề xã hội của Quốc hội": ("OtherOrganization", "Committee for Social Affairs"),
    "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội":
        ("OtherOrganization", "Committee for Culture, Education, Youth, Adolescents and Children"),
    "Ủy ban Tài chính, Ngân sách của Quốc hội":
        ("OtherOrganization", "Finance and Budget Committee of the National Assembly"),
    "Ủy ban Quốc phòng và An ninh của Quốc hội": ("OtherOrganization", "National Defence and Security Committee"),
    "Ủy ban Đối ngoại của Quốc hội": ("OtherOrganization", "Foreign Affairs Committee of the National Assembly"),
    "Ủy ban Văn hóa, Giáo dục của Quốc hội":
        ("OtherOrganization", "Culture and Education Committee of the National Assembly"),
    "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội":
        ("OtherOrganization", "Science, Technology and Environment Committee of the National Assembly"),
    # the committees of the National Assembly from 2025
    "Ủy ban Pháp luật và Tư pháp của Quốc hội": ("OtherOrganization", "Law and Justice Committee"),
    "Ủy ban Kinh tế và Tài chính của Quốc hội": ("OtherOrganization", "Economic and Financial Committee"),
    "Ủy ban Văn hóa và Xã hội của Quốc hội": ("OtherOrganization", "Culture and Social Affairs Committee"),
    "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội":
        ("OtherOrganization", "National Defence, Security and Foreign Affairs Committee"),
    # the national mass organizations
    "Hội Liên hiệp Phụ nữ Việt Nam": ("OtherOrganization", "Vietnam Women's Union"),
    "Hội Nông dân Việt Nam": ("OtherOrganization", "Vietnam Farmers' Union"),
    "Hội Cựu chiến binh Việt Nam": ("OtherOrganization", "Vietnam Veterans' Association"),
    "Tổng Liên đoàn Lao động Việt Nam": ("OtherOrganization", "Vietnam General Confederation of Labour"),
    "Công đoàn Việt Nam": ("OtherOrganization", "Vietnam Trade Union"),
    "Hội Chữ thập đỏ Việt Nam": ("OtherOrganization", "Vietnam Red Cross Society"),
    "Hội Liên hiệp Thanh niên Việt Nam": ("OtherOrganization", "Vietnam Youth Federation"),
    "Hội đồng Bầu cử quốc gia": ("OtherOrganization", "National Election Council"),
    "Liên đoàn Thương mại và Công nghiệp Việt Nam": ("OtherOrganization", "Vietnam Chamber of Commerce and Industry"),
    "Hội Luật gia Việt Nam": ("OtherOrganization", "Vietnam Lawyers' Association"),
    "Liên hiệp các tổ chức hữu nghị Việt Nam": ("OtherOrganization", "Vietnam Union of Friendship Organizations"),
    "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam":
        ("OtherOrganization", "Executive Council of the Vietnam Buddhist Sangha"),
    "Ban Chấp hành Trung ương Đảng": ("CentralCommittee", "Party Central Committee"),
    # the ruling parties of the neighbours (their provinces: see FOREIGN_PROVINCES)
    "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào":
        ("CentralCommittee", "Central Committee of the Lao People's Revolutionary Party"),
    "Ban Chấp hành Trung ương Đảng Nhân dân Campuchia":
        ("CentralCommittee", "Central Committee of the Cambodian People's Party"),
    "Bộ Chính trị": ("Politburo", "Politburo"),
    "Ban Bí thư": ("Secretariat", "Secretariat"),
    "Chính phủ": ("Government", "Government"),
    "Quốc hội": ("OtherOrganization", "National Assembly"),
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam":
        ("FatherlandFront", "Central Committee of the Vietnam Fatherland Front"),
    # courts and procuracies are not the government's (FORMAT: Chính phủ, bộ, sở): "Other"
    "Tòa án nhân dân tối cao": ("OtherOrganization", "Supreme People's Court"),
    "Viện Kiểm sát nhân dân tối cao": ("OtherOrganization", "Supreme People's Procuracy"),
    "Thanh tra Chính phủ": ("Government", "Government Inspectorate"),
    "Bộ Tư lệnh Bộ đội Biên phòng": ("OtherOrganization", "Border Guard Command"),
    "Kiểm toán Nhà nước": ("Government", "State Audit Office"),
    "Văn phòng Chính phủ": ("Government", "Office of the Government"),
    "Ủy ban Dân tộc": ("Government", "Committee for Ethnic Minority Affairs"),
    "Ngân hàng Nhà nước Việt Nam": ("Government", "State Bank of Vietnam"),
    "Ngân hàng Chính sách xã hội": ("OtherOrganization", "Vietnam Bank for Social Policies"),
    "Văn phòng Quốc hội": ("OtherOrganization", "Office of the National Assembly"),  # (Quốc hội's, not the government's)
    "Văn phòng Chủ tịch nước": ("Government", "Office of the President"),
    "Ban Tôn giáo Chính phủ": ("Government", "Government Committee for Religious Affairs"),
    "Ban Thi đua - Khen thưởng Trung ương": ("Government", "Central Emulation and Commendation Board"),
    "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam": ("Government", "State of the Socialist Republic of Vietnam"),
}, {  # other spellings
    "Hội LHPN Việt Nam": "Hội Liên hiệp Phụ nữ Việt Nam",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "Hội CCB Việt Nam": "Hội Cựu chiến binh Việt Nam",
    "Tổng LĐLĐ Việt Nam": "Tổng Liên đoàn Lao động Việt Nam",
    "Tổng Liên đoàn Lao động": "Tổng Liên đoàn Lao động Việt Nam",
    "Tổng LĐLĐ": "Tổng Liên đoàn Lao động Việt Nam",
    "TLĐLĐ Việt Nam": "Tổng Liên đoàn Lao động Việt Nam",
    "Tổng Liên đoàn": "Tổng Liên đoàn Lao động Việt Nam",
    "Hội đồng bầu cử quốc gia": "Hội đồng Bầu cử quốc gia",
    "Ban Chấp hành Trung ương": "Ban Chấp hành Trung ương Đảng",
    "BCH Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Trung ương Đảng Nhân dân Cách mạng Lào": "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
    "Trung ương Đảng Nhân dân Campuchia": "Ban Chấp hành Trung ương Đảng Nhân dân Campuchia",
    "BCH Trung ương": "Ban Chấp hành Trung ương Đảng",
    "BCHTW": "Ban Chấp hành Trung ương Đảng",
    "BCH TW": "Ban Chấp hành Trung ương Đảng",
    "Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Bí thư Trung ương Đảng": "Ban Bí thư",
    "Ủy ban Trung ương MTTQ Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ngân hàng Nhà nước": "Ngân hàng Nhà nước Việt Nam",
    "Bộ Tư lệnh BĐBP": "Bộ Tư lệnh Bộ đội Biên phòng",
    "TAND tối cao": "Tòa án nhân dân tối cao",
    "VKSND tối cao": "Viện Kiểm sát nhân dân tối cao",
    "Viện KSND tối cao": "Viện Kiểm sát nhân dân tối cao",
})
_COMMITTEE_LEVELS = {"province": "Province", "city": "City", "district": "District", "town": "Town",
                     "urban_district": "District"}
_CENTRAL_REF = {"Trung ương Đảng": True, "Trung ương": True, "TW": True}
_STANDING = {"Ban Thường vụ": "Ban Thường vụ", "BTV": "Ban Thường vụ", "Thường vụ": "Ban Thường vụ",
             "Đoàn Chủ tịch": "Đoàn Chủ tịch"}  # (the presidium of a mass organization; of a congress, no body)
_EXECUTIVE = {"Ban Chấp hành": "Ban Chấp hành", "BCH": "Ban Chấp hành"}
_DELEGATION = {"Đảng đoàn": "Đảng đoàn", "Ban cán sự đảng": "Ban cán sự đảng", "Ban Cán sự đảng": "Ban cán sự đảng"}
_STATE = _aliased({
    # the armed forces' commands, and state agencies with a branch in each province
    "Bộ Chỉ huy Quân sự": ("OtherOrganization", "Military Command"),
    "Ban Chỉ huy Quân sự": ("OtherOrganization", "Military Command"),
    "Bộ đội Biên phòng": ("OtherOrganization", "Border Guard"),
    "Hội đồng Nghĩa vụ quân sự": ("OtherOrganization", "Military Service Council"),
    "Bảo hiểm xã hội": ("Government", "Social Insurance"),
    "Kho bạc Nhà nước": ("Government", "State Treasury"),
    "Cục Thuế": ("Government", "Tax Department"),
    "Cục Hải quan": ("Government", "Customs Department"),
    "Cục Thống kê": ("Government", "Statistics Office"),
    "Ban Quản lý các khu công nghiệp": ("Government", "Industrial Zones Management Board"),
    "Ban Quản lý Khu kinh tế": ("Government", "Economic Zone Management Board"),
    # election committees of each level ("Ủy ban bầu cử tỉnh", 2021 and 2026 elections)
    "Ủy ban bầu cử": ("OtherOrganization", "Election Committee"),
    "Hội đồng nhân dân": ("PeoplesCouncil", "People's Council"),
    "Ủy ban nhân dân": ("PeoplesCommittee", "People's Committee"),
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ("FatherlandFront", "Fatherland Front Committee"),
    "Đoàn đại biểu Quốc hội": ("OtherOrganization", "National Assembly Delegation"),
    # not a bộ or sở: "Other" in the gold format
    "Công an": ("OtherOrganization", "Police Department"),
    "Hội Nông dân": ("OtherOrganization", "Farmers' Association"),
    "Hội Liên hiệp Phụ nữ": ("OtherOrganization", "Women's Union"),
    "Hội Cựu chiến binh": ("OtherOrganization", "Veterans' Association"),
    "Liên đoàn Lao động": ("OtherOrganization", "Federation of Labour"),
    "Hội Chữ thập đỏ": ("OtherOrganization", "Red Cross Society"),
    "Hội Đoàn kết sư sãi yêu nước": ("OtherOrganization", "Patriotic Monks' Solidarity Association"),
    "Hội Luật gia": ("OtherOrganization", "Lawyers' Association"),
    "Đoàn Luật sư": ("OtherOrganization", "Bar Association"),
    "Hội Khuyến học": ("OtherOrganization", "Study Promotion Association"),
    "Liên hiệp các tổ chức hữu nghị": ("OtherOrganization", "Union of Friendship Organizations"),
    "Hiệp hội Doanh nghiệp": ("OtherOrganization", "Business Association"),
    "Ban Trị sự Giáo hội Phật giáo Việt Nam": ("OtherOrganization", "Executive Board of the Vietnam Buddhist Sangha"),
    "Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam)":
        ("OtherOrganization", "Representative Board of the Evangelical Church of Vietnam (South)"),
    "Ban Đại diện Hội thánh Tin lành Việt Nam (miền Bắc)":
        ("OtherOrganization", "Representative Board of the Evangelical Church of Vietnam (North)"),
    "Thi hành án dân sự": ("Government", "Civil Judgment Enforcement"),  # (of a province, from 2025)
    "Cục Thi hành án dân sự": ("Government", "Civil Judgment Enforcement Department"),
    # the police's investigation agencies ("Cơ quan Cảnh sát điều tra Công an tỉnh X")
    "Cơ quan Cảnh sát điều tra Công an": ("OtherOrganization", "Police Investigation Agency"),
    "Cơ quan An ninh điều tra Công an": ("OtherOrganization", "Security Investigation Agency"),
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân":
        ("Government", "Office of the National Assembly Delegation and People's Council"),
    "Thanh tra": ("Government", "Inspectorate"),
    "Ủy ban bầu cử": ("OtherOrganization", "Election Committee"),  # of a province or commune, in election years
    # of a province (an HĐND's is tried first)
    "Ban Dân tộc": ("Government", "Ethnic Minorities Committee"),
    "Ban Tôn giáo": ("Government", "Religious Affairs Committee"),  # (of a province's Sở Nội vụ, until 2025)
    "Ban Thi đua - Khen thưởng": ("Government", "Emulation and Commendation Board"),  # (the same)
    # a province's council for emulation and commendation, chaired by the people's committee's chairman
    "Hội đồng Thi đua - Khen thưởng": ("OtherOrganization", "Emulation and Commendation Council"),
    # a province's board for the health care of its leading officials (the party's)
    "Ban Bảo vệ, chăm sóc sức khỏe cán bộ": ("OtherOrganization", "Health Care Board for Officials"),
    # a province's radio and television station ("Đài Phát thanh - Truyền hình tỉnh X", "… Vĩnh Phúc")
    "Đài Phát thanh - Truyền hình": ("OtherOrganization", "Radio and Television Station"),
    "Đài Phát thanh và Truyền hình": ("OtherOrganization", "Radio and Television Station"),
    "Ban Tiếp công dân": ("Government", "Citizen Reception Board"),
    "Liên minh Hợp tác xã": ("OtherOrganization", "Cooperative Alliance"),
    "Ủy ban hành chính": ("PeoplesCommittee", "Administrative Committee"),  # (the people's committee before 1976)
    "Bảo tàng": ("OtherOrganization", "Museum"),  # "Bảo tàng tỉnh X" (one named for a theme is no province's)
    "Ban Quản lý các khu chế xuất và công nghiệp": ("Government", "Export Processing and Industrial Zones Authority"),
    "Bộ Tư lệnh": ("OtherOrganization", "City Command"),  # "Bộ Tư lệnh TP Hồ Chí Minh", "Bộ Tư lệnh Thủ đô Hà Nội"
    # offices of a province's agriculture department that annotators keep apart from it
    "Văn phòng Điều phối nông thôn mới": ("Government", "New Rural Development Coordination Office"),
    "Văn phòng Điều phối các chương trình mục tiêu quốc gia":
        ("Government", "National Target Programmes Coordination Office"),
    "Văn phòng Điều phối xây dựng nông thôn mới": ("Government", "New Rural Development Coordination Office"),
    "Văn phòng Điều phối Chương trình xây dựng nông thôn mới":
        ("Government", "New Rural Development Programme Coordination Office"),
    "Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới":
        ("Government", "New Rural Development Programme Coordination Office"),
    "Văn phòng Đăng ký đất đai": ("OtherOrganization", "Land Registration Office"),
    "Chi nhánh Văn phòng Đăng ký đất đai": ("OtherOrganization", "Land Registration Office Branch"),  # (a district's)
    "Bộ Chỉ huy Bộ đội Biên phòng": ("OtherOrganization", "Border Guard Command"),
    "Tòa án nhân dân": ("OtherOrganization", "People's Court"),
    "Viện Kiểm sát nhân dân": ("OtherOrganization", "People's Procuracy"),
    # "Trường Chính trị tỉnh" (one named for a person, "Trường Chính trị Trần Phú", is in _NAMED_HEADS)
    "Trường Chính trị": ("OtherOrganization", "Political School"),
}, {  # other spellings
    "Bộ CHQS": "Bộ Chỉ huy Quân sự",
    "Ban CHQS": "Ban Chỉ huy Quân sự",
    "BĐBP": "Bộ đội Biên phòng",
    "BHXH": "Bảo hiểm xã hội",
    "KBNN": "Kho bạc Nhà nước",
    "Ban Quản lý các Khu công nghiệp": "Ban Quản lý các khu công nghiệp",
    "Ban Quản lý các KCN": "Ban Quản lý các khu công nghiệp",
    "Ủy ban Bầu cử": "Ủy ban bầu cử",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "MTTQ": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Đoàn ĐBQH": "Đoàn đại biểu Quốc hội",
    "Hội LHPN": "Hội Liên hiệp Phụ nữ",
    "HND": "Hội Nông dân",
    "Hội CCB": "Hội Cựu chiến binh",
    "LĐLĐ": "Liên đoàn Lao động",
    "Văn phòng Đoàn ĐBQH và HĐND": "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
    "Bộ Chỉ huy BĐBP": "Bộ Chỉ huy Bộ đội Biên phòng",
    "Ban Trị sự GHPGVN": "Ban Trị sự Giáo hội Phật giáo Việt Nam",
    "Ban Trị sự Phật giáo": "Ban Trị sự Giáo hội Phật giáo Việt Nam",
    "Cơ quan CSĐT Công an": "Cơ quan Cảnh sát điều tra Công an",
    "Cơ quan Cảnh sát Điều tra Công an": "Cơ quan Cảnh sát điều tra Công an",
    "TAND": "Tòa án nhân dân",
    "Tòa án ND": "Tòa án nhân dân",
    "VKSND": "Viện Kiểm sát nhân dân",
    "Viện KSND": "Viện Kiểm sát nhân dân",
})
_NAMED_HEADS = {
    # head → (class, English, how the name continues)
    "Cụm Thi đua": ("EmulationCluster", "Emulation Cluster", "number"),
    "Cụm thi đua": ("EmulationCluster", "Emulation Cluster", "number"),
    "Khối Thi đua": ("EmulationCluster", "Emulation Bloc", "number"),
    "Khối thi đua": ("EmulationCluster", "Emulation Bloc", "number"),
    "Vụ": ("PartyAgency", "Department", "department"),
    "Bộ": ("Government", "Ministry", "agency"),
    "Sở": ("Government", "Department", "agency"),
    "Phòng": ("Government", "Division", "division"),
    "Chi cục": ("Government", "Sub-department", "capitalized"),
    "Cục": ("Government", "Department", "department"),
    "Tổng cục": ("Government", "General Department", "department"),
    "Ban Chỉ đạo": ("OtherOrganization", "Steering Committee", "words"),
    # a province's or commune's command for a task ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm
    # cứu nạn tỉnh X", "Ban Chỉ huy Phòng thủ dân sự tỉnh X"; the military one is a state body)
    "Ban Chỉ huy": ("OtherOrganization", "Command Board", "words"),
    # a province's or district's board that builds its projects ("Ban Quản lý dự án Giao thông tỉnh X")
    "Ban Quản lý dự án": ("OtherOrganization", "Project Management Board", "words"),
    # councils named by their task ("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh X", "Hội đồng bồi
    # thường, hỗ trợ và tái định cư huyện X", "Hội đồng Nghĩa vụ quân sự huyện X")
    "Hội đồng đánh giá": ("OtherOrganization", "Evaluation Council", "words"),
    "Hội đồng bồi thường": ("OtherOrganization", "Compensation Council", "words"),
    "Hội đồng Nghĩa vụ quân sự": ("OtherOrganization", "Military Service Council", "words"),
    "Hợp tác xã": ("OtherOrganization", "Cooperative", "capitalized"),
    "HTX": ("OtherOrganization", "Cooperative", "capitalized"),
    "Đoàn công tác": ("OtherOrganization", "Working Delegation", "delegation"),
    "Đoàn khảo sát": ("OtherOrganization", "Survey Delegation", "delegation"),
    "Đoàn giám sát": ("OtherOrganization", "Supervision Delegation", "delegation"),
    "Đoàn kiểm tra": ("OtherOrganization", "Inspection Delegation", "delegation"),
    "Chi bộ": ("PartyCommittee", "Party Cell", "cell"),
    "Ban Công tác Mặt trận": ("OtherOrganization", "Front Work Committee", "cell"),  # a village's Front committee
    "Đảng ủy Khối": ("PartyCommittee", "Bloc Party Committee", "words"),  # (see _BLOC_HEADS)
    "Đảng bộ Khối": ("PartyCommittee", "Bloc Party Organization", "words"),
    # a district's or province's agencies' party committee ("Đảng ủy Cơ quan Chính quyền huyện X")
    "Đảng ủy Cơ quan": ("PartyCommittee", "Agencies Party Committee", "words"),
    "Đảng bộ Cơ quan": ("PartyCommittee", "Agencies Party Organization", "words"),
    "Đảng ủy Quân khu": ("PartyCommittee", "Military Region Party Committee", "number"),
    "Bộ Tư lệnh Quân khu": ("OtherOrganization", "Military Region Command", "number"),
    "Quân khu": ("OtherOrganization", "Military Region", "number"),
    "Ban Chỉ huy Phòng thủ khu vực": ("OtherOrganization", "Defence Zone Command", "number"),  # (from July 2025)
    "Ban CHPTKV": ("OtherOrganization", "Defence Zone Command", "number"),  # (written short: "Ban CHPTKV 2")
    "Sư đoàn": ("OtherOrganization", "Division", "number"),
    "Lữ đoàn": ("OtherOrganization", "Brigade", "number"),
    "Trung đoàn": ("OtherOrganization", "Regiment", "number"),
    # the party organizations of 2025: of a level's party agencies, and of its People's Committee
    "Đảng ủy các cơ quan Đảng": ("PartyCommittee", "Party Committee of Party Agencies", "words"),
    "Đảng bộ các cơ quan Đảng": ("PartyCommittee", "Party Organization of Party Agencies", "words"),
    "Đảng ủy Quân sự": ("PartyCommittee", "Military Party Committee", "words"),
    "Đảng ủy Công an": ("PartyCommittee", "Police Party Committee", "words"),
    "Đảng ủy Biên phòng": ("PartyCommittee", "Border Guard Party Committee", "words"),
    "Đảng bộ Quân sự": ("PartyCommittee", "Military Party Organization", "words"),
    "Đảng bộ Công an": ("PartyCommittee", "Police Party Organization", "words"),
    "Đảng bộ Quân khu": ("PartyCommittee", "Military Region Party Organization", "number"),
    "Trung tâm": ("OtherOrganization", "Centre", "capitalized"),
    # state groups and corporations, and their boards ("Chủ tịch Hội đồng thành viên Tập đoàn X")
    "Tập đoàn": ("OtherOrganization", "Group", "capitalized"),
    "Tổng công ty": ("OtherOrganization", "Corporation", "capitalized"),
    "Tổng Công ty": ("OtherOrganization", "Corporation", "capitalized"),
    "Hội đồng thành viên": ("OtherOrganization", "Members' Council", "capitalized"),
    "Hội đồng quản trị": ("OtherOrganization", "Board of Directors", "capitalized"),
    "Công đoàn": ("OtherOrganization", "Trade Union", "words"),  # "Công đoàn ngành Giáo dục tỉnh X"
    # institutions, bodies only as the place of a post or a party unit (see INSTITUTIONS)
    "Trường": ("OtherOrganization", "School", "capitalized"),
    "Bệnh viện": ("OtherOrganization", "Hospital", "capitalized"),
    "Ngân hàng": ("OtherOrganization", "Bank", "capitalized"),  # (the state bank and the policy bank: fixed names)
    "Công ty": ("OtherOrganization", "Company", "capitalized"),
    "Báo": ("OtherOrganization", "Newspaper", "capitalized"),  # "Tổng Biên tập Báo Ninh Thuận"
    # the bodies of a neighbouring country's province ("Chính quyền tỉnh Phông Sa Lỳ")
    "Chính quyền": ("OtherOrganization", "Provincial Government", "foreign"),
    "Hội đồng": ("OtherOrganization", "Provincial Council", "foreign"),  # "Hội đồng tỉnh Takéo (Campuchia)"
    "Đoàn đại biểu": ("OtherOrganization", "Delegation", "foreign"),
    "Đồn Biên phòng": ("OtherOrganization", "Border Guard Station", "capitalized"),
    # the regional courts, procuracies and enforcement offices of 2025 ("… khu vực 7 - Gia Lai")
    "Tòa án nhân dân khu vực": ("OtherOrganization", "Regional People's Court", "number"),
    "Viện Kiểm sát nhân dân khu vực": ("OtherOrganization", "Regional People's Procuracy", "number"),
    "TAND khu vực": ("OtherOrganization", "Regional People's Court", "number"),
    "VKSND khu vực": ("OtherOrganization", "Regional People's Procuracy", "number"),
    "Phòng Thi hành án dân sự khu vực": ("Government", "Regional Civil Judgment Enforcement Office", "number"),
    # a country's missions ("Đại sứ quán Lào tại Việt Nam", "Tổng Lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh")
    "Đại sứ quán": ("OtherOrganization", "Embassy", "mission"),
    "Tổng Lãnh sự quán": ("OtherOrganization", "Consulate General", "mission"),
    "Lãnh sự quán": ("OtherOrganization", "Consulate", "mission"),
    "Học viện": ("OtherOrganization", "Academy", "capitalized"),
    # a foreign country's agencies ("Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)", "Tổ chức Xúc tiến
    # Thương mại Nhật Bản (JETRO)"): named up to their country
    "Cơ quan": ("OtherOrganization", "Agency", "country"),
    "Tổ chức": ("OtherOrganization", "Organization", "country"),
    "Trường Chính trị": ("OtherOrganization", "Political School", "capitalized"),
    # the Catholic church's dioceses and bishops' sees ("Giáo phận Hưng Hóa", "Tòa Giám mục Vinh"): a
    # diocese spans provinces, so it is no province's body
    "Giáo phận": ("OtherOrganization", "Diocese", "capitalized"),
    "Tổng Giáo phận": ("OtherOrganization", "Archdiocese", "capitalized"),
    "Tòa Giám mục": ("OtherOrganization", "Bishop's See", "capitalized"),
    "Tòa Tổng Giám mục": ("OtherOrganization", "Archbishop's See", "capitalized"),
    # the boards that keep a relic site ("Ban Quản lý di tích đền Trần", "Ban Quản lý Khu di tích Kim Liên")
    "Ban Quản lý di tích": ("OtherOrganization", "Relic Site Management Board", "capitalized"),
    "Ban Quản lý Khu di tích": ("OtherOrganization", "Relic Site Management Board", "capitalized"),
    "Ban Quản lý khu di tích": ("OtherOrganization", "Relic Site Management Board", "capitalized"),
    # the boards that keep a forest or a national park ("Ban Quản lý rừng phòng hộ Sông Đà")
    "Ban Quản lý rừng phòng hộ": ("OtherOrganization", "Protection Forest Management Board", "capitalized"),
    "Ban Quản lý rừng đặc dụng": ("OtherOrganization", "Special-Use Forest Management Board", "capitalized"),
    "Ban Quản lý Vườn quốc gia": ("OtherOrganization", "National Park Management Board", "capitalized"),
    "Ban Quản lý Khu bảo tồn thiên nhiên": ("OtherOrganization", "Nature Reserve Management Board", "capitalized"),
}
_NAMED_HEADS.update({  # (written with "quản lý" and the forest's kind in either case as often)
    variant: _NAMED_HEADS[head] for head in ("Ban Quản lý rừng phòng hộ", "Ban Quản lý rừng đặc dụng")
    for variant in (head.replace("Quản", "quản"), head.replace("rừng", "Rừng"),
                    head.replace("Quản", "quản").replace("rừng", "Rừng"))})
_NAMED_HEADS["Ban quản lý Vườn quốc gia"] = _NAMED_HEADS["Ban Quản lý Vườn quốc gia"]
_RELIC_BOARDS = {"Ban Quản lý di tích", "Ban Quản lý Khu di tích", "Ban Quản lý khu di tích"}
_MONUMENT_WORDS = {"đền", "chùa", "đình", "lăng", "miếu", "phủ", "khu", "quần", "thể", "tháp", "nhà", "thành"}
_DELEGATION_SENDERS = {"StandingCommittee", "ExecutiveCommittee", "PartyCommittee", "PartyAgency", "OtherOrganization",
                       "PeoplesCouncil", "PeoplesCommittee", "Government", "FatherlandFront"}
_DELEGATION_VERBS = {"làm", "đã", "đến", "thăm", "kiểm", "khảo", "giám", "tiếp", "cũng", "tặng", "trao"}
CORPORATIONS = {"Tập đoàn", "Tổng công ty", "Tổng Công ty", "Công ty", "Ngân hàng"}
CORPORATE_STARTS = {head.split()[0] for head in CORPORATIONS}
BOARDS = {"Hội đồng thành viên", "Hội đồng quản trị"}  # a corporation's, written bare before its next post
_CORPORATE = CORPORATIONS | BOARDS  # (whose names run over lower-case words: "Công ty Khoa học kỹ thuật X")
# a military region and its command and party bodies ("Quân khu 4"; bare, the one the article names)
REGION_HEADS = {"Quân khu", "Đảng ủy Quân khu", "Đảng bộ Quân khu", "Bộ Tư lệnh Quân khu"}
_BLOC_HEADS = {"Đảng ủy Khối", "Đảng bộ Khối", "Đảng ủy Cơ quan", "Đảng bộ Cơ quan"}  # written bare once the bloc is named
BLOC_ENGLISH = {head: _NAMED_HEADS[head][1] for head in _BLOC_HEADS}
DELEGATIONS = {head for head, (_, _, shape) in _NAMED_HEADS.items() if shape == "delegation"}
# "Ủy viên Ban Chấp hành Trung ương Đảng" + "Nhân dân Campuchia": the neighbours' ruling parties
# (the title ends at "Đảng"), read off the fixed bodies
FOREIGN_PARTIES = PhraseTable({
    name.removeprefix("Ban Chấp hành Trung ương Đảng "): (name, english)
    for surface, (kind, name, english) in _FIXED.items()
    if kind == "CentralCommittee" and surface == name and name != "Ban Chấp hành Trung ương Đảng"})
# The divisions of district, commune and ward people's committees (2014, 2020 and 2025
# decrees), whose names hold commas and lower-case words the generic reading stops at
DIVISION_NAMES = [
    "Kinh tế, Hạ tầng và Đô thị", "Kinh tế - Hạ tầng và Đô thị", "Văn hóa - Xã hội", "Kinh tế", "Kinh tế và Hạ tầng",
    "Kinh tế - Hạ tầng", "Quản lý đô thị", "Nội vụ", "Tư pháp", "Tài chính - Kế hoạch", "Tài nguyên và Môi trường",
    "Lao động - Thương binh và Xã hội", "Văn hóa và Thông tin", "Văn hóa - Thông tin", "Văn hóa, Khoa học và Thông tin",
    "Giáo dục và Đào tạo", "Y tế", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Dân tộc",
    # and a provincial police's investigation departments, named by the crimes they handle
    "Cảnh sát điều tra tội phạm về ma túy", "Cảnh sát điều tra tội phạm về trật tự xã hội",
    "Cảnh sát điều tra tội phạm về kinh tế", "Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
    "Cảnh sát điều tra tội phạm về kinh tế và tham nhũng", "Cảnh sát điều tra tội phạm về môi trường",
    "Cảnh sát điều tra tội phạm về quản lý kinh tế và chức vụ",
]
_NOT_MINISTRY = {"Chính", "Chỉ", "Tư"}  # "Bộ Chính trị" etc. are fixed bodies


# The committees of a People's Council ("Ban Dân tộc HĐND tỉnh"), named by the council
# they belong to, so they are not mistaken for the party's "Ban Kinh tế Tỉnh ủy".
_COUNCIL_COMMITTEES = {
    "Ban Pháp chế": "Legal Affairs Committee", "Ban Kinh tế - Ngân sách": "Economy and Budget Committee",
    "Ban Văn hóa - Xã hội": "Culture and Society Committee", "Ban Dân tộc": "Ethnic Affairs Committee",
    "Ban Kinh tế - Xã hội": "Economic and Social Committee", "Ban Đô thị": "Urban Affairs Committee",
    "Ban Kinh tế": "Economic Committee",
}
_COUNCIL_ONLY_COMMITTEES = set(_COUNCIL_COMMITTEES) - {"Ban Dân tộc", "Ban Kinh tế"}
_COUNCIL_COMMITTEE_ABBREVIATIONS = {"Ban KT-NS": "Ban Kinh tế - Ngân sách", "Ban VH-XH": "Ban Văn hóa - Xã hội",
                                    "Ban KT-XH": "Ban Kinh tế - Xã hội"}


class LevelTable(PhraseTable):
    """Level words ("xã", "huyện", ...), but not the "xã" of "xã hội" ("Phòng Văn hóa - Xã
    hội", "Ban Văn hóa - Xã hội"), nor the "thôn" of "nông thôn", nor a capitalized "Buôn"
    that begins a place's name ("Buôn Đôn", "Buôn Ma Thuột")."""

    def match(self, tokens, index):
        matched = super().match(tokens, index)
        if matched and ((tokens[index].low == "xã" and index + 1 < len(tokens) and tokens[index + 1].low == "hội")
                        or (tokens[index].low == "thôn" and index > 0 and tokens[index - 1].low == "nông")
                        or (tokens[index].low in LOWER_CASE_LEVELS and tokens[index].text != tokens[index].low)):
            return None
        return matched


@lru_cache(maxsize=1)
def _tables():
    lexicon = load_lexicon()
    departments = dict(lexicon.departments)
    for abbreviation, full in lexicon.department_abbreviations.items():
        departments[abbreviation] = departments.get(full, "") and full
    return {
        "fixed": PhraseTable(_FIXED),
        "committee": PhraseTable({k: k for k in lexicon.committees}),
        "department": PhraseTable({k: (lexicon.department_abbreviations.get(k, k)) for k in departments}),
        "standing": PhraseTable(_STANDING),
        "executive": PhraseTable(_EXECUTIVE),
        "delegation": PhraseTable(_DELEGATION),
        "state": PhraseTable(_STATE),
        "named": PhraseTable(_NAMED_HEADS, case_sensitive=True),
        "central_ref": PhraseTable(_CENTRAL_REF),
        "level": LevelTable(lexicon.area_levels),
        "party_unit": PhraseTable({"Đảng ủy": "Đảng ủy", "Đảng bộ": "Đảng bộ"}),
        "standing_office": PhraseTable({"Thường trực": "Thường trực", "Ban Thường trực": "Ban Thường trực"}),
        "council_committee": PhraseTable({**{name: name for name in _COUNCIL_COMMITTEES},
                                          **_COUNCIL_COMMITTEE_ABBREVIATIONS}),
        "agency": PhraseTable({**{name: name for name in lexicon.state_agencies},
                               **lexicon.state_agency_abbreviations}),
        "international": PhraseTable({name: name for name in lexicon.international_bodies}, case_sensitive=True),
        "division": PhraseTable({name: name for name in DIVISION_NAMES}),
    }


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Every word a body can start with; most tokens are not one, and leave at once."""
    found: set[str] = set()
    for name, table in _tables().items():
        if name not in {"level", "agency"}:
            found |= table.starters()
    return frozenset(found | {key.split()[0] for key in _YOUTH_UNIONS}
                     | {code.casefold() for code in _COMMITTEE_ABBREVIATIONS})  # ("Phó Bí thư HU")


def _surface(tokens: list[Token], start: int, end: int, text: str) -> str:
    return text[tokens[start].start:tokens[end - 1].end]


def _level_kind(level_word: str) -> str:
    return load_lexicon().area_levels[level_word] if level_word in load_lexicon().area_levels else ""


def _area_tail(tokens, index, text, require_level=False, allow_bare_name=True, bare_kind=None):
    """Parse '[level word] [Name] [(Hint)]' → (end, level_kind, level_word, name, hint).
    A bare name (no level word) is read as a unit of `bare_kind` when one is given: a
    committee's own level ("Huyện ủy X" names a district)."""
    tables = _tables()
    level_kind = level_word = name = hint = None
    end = index
    matched = tables["level"].match(tokens, index)
    if matched:
        end, level_kind = matched
        level_word = text[tokens[index].start:tokens[end - 1].end].rstrip(".")
        if level_word in {"TP", "Tp"}:
            level_word = "thành phố"
        level_word = level_word[0].lower() + level_word[1:] if level_word != "TP" else level_word
    elif require_level:
        return None
    if matched or allow_bare_name:
        place = place_name_at(tokens, end, text, level_kind or bare_kind, level_word)
        if place:
            end, name = place
            if end + 2 < len(tokens) and tokens[end].text == "(":
                # "xã X (Đức Thọ)", "xã X (huyện Quảng Xương)": the parent area
                start = end + 1
                level = tables["level"].match(tokens, start)
                if level:
                    start = level[0]
                inner = place_name_at(tokens, start, text, level[1] if level else None)
                if inner and inner[0] < len(tokens) and tokens[inner[0]].text == ")":
                    hint = inner[1]
                    end = inner[0] + 1
    if end == index:
        return None
    return end, level_kind, level_word, name, hint


# the committee a party number's code or an abbreviation names ("09-NQ/TU", "UVBTV TU")
COMMITTEE_CODES = {"TU": "Tỉnh ủy", "ThU": "Thành ủy", "HU": "Huyện ủy", "QU": "Quận ủy", "TX": "Thị ủy", "ĐU": "Đảng ủy"}
_COMMITTEE_ABBREVIATIONS = {code: COMMITTEE_CODES[code] for code in ("TU", "HU", "ThU")}  # the ones written in text


def parse_committee(tokens, index, text):
    """A party committee: 'Tỉnh ủy [X]', 'Đảng ủy xã X', 'Đảng bộ tỉnh [X]', or central;
    or one named by its own words ('Đảng ủy Khối các cơ quan tỉnh', 'Đảng ủy Quân sự tỉnh'),
    which has its standing committee and inspection committee too."""
    found = _committee(tokens, index, text)
    if index < len(tokens) and tokens[index].low == "đảng":
        named = _named(tokens, index, text)  # ("Đảng ủy Khối Doanh nghiệp tỉnh X" is no commune "Khối Doanh")
        if named and named[1].kind == "PartyCommittee" and (found is None or named[0] > found[0] or (
                named[0] == found[0] and named[1].level == NAMED_BEFORE)):  # (a bare "Đảng ủy Khối": no commune "Khối")
            return named
    if index < len(tokens) and tokens[index].text in {"Quân", "Đảng"}:
        fixed = _fixed(tokens, index, text)  # "Quân ủy Trung ương": its inspection committee and standing committee
        if fixed is not None and fixed[1].kind == "PartyCommittee" and fixed[1].level == CENTRAL \
                and (found is None or fixed[0] > found[0]):  # ("Đảng ủy Công an Trung ương", not "Đảng ủy Công")
            return fixed
    return found


def _committee(tokens, index, text):
    tables = _tables()
    lexicon = load_lexicon()
    central = tables["central_ref"].match(tokens, index)
    if central and central[0] < len(tokens) and tokens[central[0]].text in {"Hội", "Đoàn"}:
        return None  # "Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Đoàn": a mass organisation's centre
    if central and tokens[index].is_cap:
        return central[0], BodySpec("CentralCommittee", "Trung ương", _surface(tokens, index, central[0], text),
                                    level=CENTRAL, name="Ban Chấp hành Trung ương Đảng",
                                    english="Party Central Committee")
    if index < len(tokens) and tokens[index].text in _COMMITTEE_ABBREVIATIONS and not (
            index > 0 and tokens[index - 1].text in {"/", "-"}):  # "UVBTV TU", "BTV HU"; not "09-NQ/TU"
        head = _COMMITTEE_ABBREVIATIONS[tokens[index].text]
        info = lexicon.committees[head]
        return index + 1, BodySpec("PartyCommittee", head, tokens[index].text, level=info["level"],
                                   english=info["en"])
    matched = tables["committee"].match(tokens, index)
    if matched and tokens[index].is_cap:  # "các huyện ủy, thành ủy" in lower case are generic
        end, head = matched
        info = lexicon.committees[head]
        # a bare name, read as a unit of the committee's level: "Tỉnh ủy Hà Tĩnh" (and not
        # "Trưởng Ban Tổ chức Tỉnh ủy Phùng Minh Nhật", "Bí thư Huyện ủy Phùng Văn Tiến":
        # names of people, which place_name_at tells apart), or the committee's own level
        # word and a name ("Thành ủy TP Hồ Chí Minh", "Quận ủy Quận 3")
        tail = _area_tail(tokens, end, text, allow_bare_name=True, bare_kind=_COMMITTEE_LEVELS.get(info["level"]))
        name = hint = None
        if tail and (tail[2] is None or (tail[3] and _COMMITTEE_LEVELS.get(info["level"]) == tail[1])):
            end, _, _, name, hint = tail
        return end, BodySpec("PartyCommittee", head, _surface(tokens, index, end, text),
                             level=info["level"], area_name=name, area_hint=hint, english=info["en"])
    matched = tables["party_unit"].match(tokens, index)
    if matched:
        end, head = matched
        tail = _area_tail(tokens, end, text, allow_bare_name=True)
        state = _state_body(tokens, end, text)
        if state and tail and tail[0] >= state[0]:
            state = None  # "Đảng ủy xã X" is the commune's; "Đảng ủy Bảo hiểm xã hội tỉnh" the agency's
        if state and state[1].kind in {"PeoplesCommittee", "PeoplesCouncil", "Government", "OtherOrganization"} \
                and state[1].head != "Đoàn đại biểu Quốc hội":
            # "Đảng ủy UBND tỉnh" (2025), "Đảng ủy Bộ đội Biên phòng tỉnh", "Đảng ủy Bảo hiểm xã hội
            # tỉnh": the party organization of a state body
            send, sspec = state
            english = "Party Committee" if head == "Đảng ủy" else "Party Organization"
            return send, BodySpec("PartyCommittee", head, _surface(tokens, index, send, text), level=sspec.level,
                                  level_word=sspec.level_word, area_name=sspec.area_name, area_hint=sspec.area_hint,
                                  name=f"{head} {sspec.head}", english=f"{english} of the {sspec.english}")
        department = _department_party(tokens, index, end, text, head) \
            if not tail or tokens[end].text in _INSTITUTION_STARTS | CORPORATE_STARTS or tokens[end].text in BRANDS.get() \
            else None  # (no commune "Bệnh", "Công", "Tập"; nor "TKV")
        if department is not None:
            return department
        if not tail:
            if head == "Đảng bộ" and index > 0 and tokens[index - 1].low == "toàn":
                # "toàn Đảng bộ": the whole party organization the article is about
                return end, BodySpec("PartyCommittee", head, "", level=ARTICLE_LEVEL,
                                     english="Party Organization")
            if head == "Đảng ủy" and index > 1 and (tokens[index - 2].low, tokens[index - 1].low) in {
                    ("thường", "trực"), ("thường", "vụ")} and (end == len(tokens) or not tokens[end].is_cap):
                # "giữa Thường trực Đảng ủy với Thường trực HĐND xã": the commune's the article is about
                return end, BodySpec("PartyCommittee", head, "", level=ARTICLE_LEVEL, english="Party Committee")
            if head == "Đảng ủy" and tokens[index].is_cap and end + 1 < len(tokens) \
                    and tokens[end].text in {",", "-", "–"} and _state_body(tokens, end + 1, text) is not None:
                # "Đảng ủy, UBND phường X tổ chức hội nghị": the commune's the article is about
                return end, BodySpec("PartyCommittee", head, "", level=ARTICLE_LEVEL, english="Party Committee")
            if head == "Đảng ủy" and tokens[index].is_cap and end + 1 < len(tokens) and tokens[end].low == "các" \
                    and tokens[end + 1].low in {"xã", "phường", "thị"}:
                # "Đảng ủy các phường A, B, C": one per commune listed (see _listed_units)
                return end, BodySpec("PartyCommittee", head, head, english="Party Committee")
            if head == "Đảng bộ" and [t.low for t in tokens[end:end + 3]] == [",", "chính", "quyền"]:
                # "Đảng bộ, chính quyền và Nhân dân (các dân tộc) tỉnh X": the province's Đảng bộ
                k = end + 3
                while k < len(tokens) and k < end + 10 and tokens[k].low in {"và", "nhân", "dân", "các", "tộc", ","}:
                    k += 1
                shared = _area_tail(tokens, k, text, require_level=True)
                if shared and shared[3]:
                    _, level_kind, level_word, name, hint = shared
                    return end, BodySpec("PartyCommittee", head, _surface(tokens, index, end, text), level=level_kind,
                                         level_word=level_word, area_name=name, area_hint=hint,
                                         english="Party Organization")
            return None
        end, level_kind, level_word, name, hint = tail
        english = "Party Committee" if head == "Đảng ủy" else "Party Organization"
        return end, BodySpec("PartyCommittee", head, _surface(tokens, index, end, text), level=level_kind,
                             level_word=level_word, area_name=name, area_hint=hint, english=english)
    return None


INSTITUTIONS = {"Trường", "Bệnh viện", "Công ty", "Báo", "Ngân hàng"}
_INSTITUTION_STARTS = {head.split()[0] for head in INSTITUTIONS}
_INSTITUTION_ABBREVIATIONS = {
    "THCS": "Trung học cơ sở", "THPT": "Trung học phổ thông", "TH": "Tiểu học", "MN": "Mầm non",
    "PTDTBT": "Phổ thông Dân tộc bán trú", "PTDTNT": "Phổ thông Dân tộc nội trú", "ĐKKV": "Đa khoa khu vực",
    "TNHH": "Trách nhiệm hữu hạn", "MTV": "Một thành viên", "CP": "Cổ phần", "TMCP": "Thương mại cổ phần",
}


def _department_party(tokens, index: int, end: int, text: str, head: str):
    """'Đảng bộ Sở Tư pháp tỉnh X' is the party organization of a department (and 'Đảng ủy
    Bệnh viện Đa khoa tỉnh X' of an institution); a bare 'Đảng ủy Sở' ("Ủy viên BCH Đảng bộ
    Sở, Phó Giám đốc Sở VH-TT&DL") is of the department the article names."""
    if end < len(tokens) and (tokens[end].text in _INSTITUTION_STARTS | CORPORATE_STARTS
                              or tokens[end].text in BRANDS.get()):
        bare = bare_corporation(tokens, end)
        if bare is not None:  # "Phó Bí thư Đảng ủy Tập đoàn": of the group the article names
            english = "Party Committee" if head == "Đảng ủy" else "Party Organization"
            return bare[0], BodySpec("PartyCommittee", head, "", of=bare[1], english=english)
        named = _named(tokens, end, text) or brand_at(tokens, end, text)
        if named is None or named[1].head not in INSTITUTIONS | CORPORATIONS or not named[1].name:
            return None
        send, inner = named
        english = "Party Committee" if head == "Đảng ủy" else "Party Organization"
        return send, BodySpec("PartyCommittee", head, _surface(tokens, index, send, text), level=inner.level,
                              level_word=inner.level_word, area_name=inner.area_name, area_hint=inner.area_hint,
                              name=f"{head} {inner.name}", english=f"{english} of the {inner.english} {inner.name}")
    if end >= len(tokens) or tokens[end].text != "Sở":
        return None
    english = "Party Committee" if head == "Đảng ủy" else "Party Organization"
    named = _named(tokens, end, text)
    if named is not None:
        send, sspec = named
        return send, BodySpec("PartyCommittee", head, _surface(tokens, index, send, text), level=sspec.level,
                              level_word=sspec.level_word, area_name=sspec.area_name, area_hint=sspec.area_hint,
                              name=f"{head} {sspec.name}", english=f"{english} of the Department {sspec.name}")
    if end + 1 < len(tokens) and tokens[end + 1].is_cap:
        return None  # a department this reading does not know
    department = BodySpec("Government", "Sở", "Sở", level=NAMED_BEFORE, english="Department")
    return end + 1, BodySpec("PartyCommittee", head, "", of=department, english=english)


def bare_corporation(tokens, index: int) -> tuple[int, BodySpec] | None:
    """A corporate head written bare ("Đảng ủy Tập đoàn,", "Tổng Giám đốc Tổng công ty"):
    the one the article names."""
    for head in sorted(CORPORATIONS, key=len, reverse=True):
        words = head.split()
        end = index + len(words)
        if [t.text for t in tokens[index:end]] == words and (
                end == len(tokens) or not tokens[end].is_word or not tokens[end].is_cap):
            return end, BodySpec("OtherOrganization", head, "", level=NAMED_BEFORE,
                                 english=_NAMED_HEADS[head][1])
    return None


JOINT_OFFICE = "Văn phòng Hội đồng nhân dân và"


def _joint_office(tokens, council, text):
    """The people's committee after 'Văn phòng HĐND và' / 'Văn phòng HĐND - UBND', whose
    level and area the council written bare shares."""
    end, spec = council
    if spec.kind != "PeoplesCouncil" or spec.area_name or spec.level_word or end + 1 >= len(tokens) \
            or tokens[end].text not in {"và", "-"}:
        return None
    committee = _state_body(tokens, end + 1, text)
    return committee if committee and committee[1].kind == "PeoplesCommittee" else None


_YOUTH_UNIONS = {"tỉnh đoàn": ("Tỉnh đoàn", "Province"), "thành đoàn": ("Thành đoàn", "City"),
                 "huyện đoàn": ("Huyện đoàn", "District"), "quận đoàn": ("Quận đoàn", "District"),
                 "thị đoàn": ("Thị đoàn", "Town")}


_UNION_NAME = PhraseTable({"TNCS Hồ Chí Minh": True, "Thanh niên Cộng sản Hồ Chí Minh": True,
                           "Thanh niên cộng sản Hồ Chí Minh": True})


def _youth_union(tokens, index, text):
    """'Tỉnh đoàn (Lâm Đồng)', 'Thành đoàn': the Youth Union of a province or city, named
    like its party committee."""
    if index + 1 >= len(tokens) or not tokens[index].is_cap:
        return None
    if tokens[index].text == "Đoàn" and tokens[index + 1].low in {"xã", "phường", "thị"}:
        # "Bí thư Đoàn xã Nâm Nung": a commune's Youth Union
        tail = _area_tail(tokens, index + 1, text, require_level=True)
        if tail and tail[1] == "Commune":  # (bare, "Bí thư Đoàn phường": the ward the article names)
            end, level_kind, level_word, name, hint = tail
            return end, BodySpec("OtherOrganization", "Đoàn", _surface(tokens, index, end, text), level=level_kind,
                                 level_word=level_word, area_name=name, area_hint=hint, english="Youth Union")
        return None
    if tokens[index].text == "Đoàn" and (named := _UNION_NAME.match(tokens, index + 1)):
        # "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Đắk Nông" is the Tỉnh đoàn's
        tail = _area_tail(tokens, named[0], text, require_level=True)
        if tail is None or tail[1] not in {"Province", "City", "District", "Town", "Commune"}:
            return None
        end, level_kind, level_word, name, hint = tail
        head = {"Province": "Tỉnh đoàn", "City": "Thành đoàn", "Town": "Thị đoàn", "Commune": "Đoàn",
                "District": "Quận đoàn" if level_word == "quận" else "Huyện đoàn"}[level_kind]
        return end, BodySpec("OtherOrganization", head, _surface(tokens, index, end, text), level=level_kind,
                             level_word=level_word if head == "Đoàn" else None, area_name=name, area_hint=hint,
                             english="Youth Union")
    found = _YOUTH_UNIONS.get(f"{tokens[index].low} {tokens[index + 1].low}")
    if found is None:
        return None
    head, level = found
    end, name = index + 2, None
    known = gazetteer_match(tokens, end, text, "Province" if level in {"Province", "City"} else level)
    if known:
        end, name = known[0], known[1]
    return end, BodySpec("OtherOrganization", head, _surface(tokens, index, end, text), level=level,
                         area_name=name, english="Youth Union")


def mass_organization(tokens, index, text):
    """The Youth Union, the Women's Union, the Farmers' … named with their area: they have
    executive and standing committees too ("Ban Thường vụ Tỉnh đoàn", "BCH Hội LHPN tỉnh")."""
    found = _youth_union(tokens, index, text) or _state_body(tokens, index, text)
    if found and found[1].kind == "OtherOrganization" and found[1].head.startswith(("Hội", "Liên đoàn")) \
            or found and found[1].head in {head for head, _ in _YOUTH_UNIONS.values()}:
        return found
    return None


_NATIONAL_FORCES = {"Bộ đội Biên phòng"}
MASS_ORGANIZATIONS = {"Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động",
                      "Hội Chữ thập đỏ"}
_NAMED_WITH_PROVINCE = {"Kho bạc Nhà nước", "Cục Hải quan", "Cục Thuế", "Đài Phát thanh - Truyền hình",
                        "Đài Phát thanh và Truyền hình"}


BOARDS_OF_A_DEPARTMENT = {"Ban Tôn giáo", "Ban Thi đua - Khen thưởng"}


def _state_body(tokens, index, text):
    tables = _tables()
    matched = tables["state"].match(tokens, index)
    if not matched or not tokens[index].is_cap:
        return None
    end, (kind, head, english) = matched
    if end + 1 < len(tokens) and tokens[end].low == "các" and tokens[end + 1].low == "cấp":
        return None  # "đại biểu HĐND các cấp", "Mặt trận các cấp": every level's, no one body
    if head == "Đoàn đại biểu Quốc hội" or kind in {"Government", "OtherOrganization"}:
        tail = _area_tail(tokens, end, text, require_level=True)
    else:
        tail = _area_tail(tokens, end, text, require_level=False, allow_bare_name=False)
    if tail:
        end, level_kind, level_word, name, hint = tail
    else:
        if head in _NAMED_WITH_PROVINCE:  # "Kho bạc Nhà nước Bắc Ninh", "Cục Hải quan Bắc Ninh": their official names
            province = gazetteer_match(tokens, end, text, "Province")
            if province:
                return province[0], BodySpec(kind, head, _surface(tokens, index, province[0], text), level="Province",
                                             name=f"{head} {province[1]}", english=english)
        if head == "Ban Quản lý Khu kinh tế":  # "Ban Quản lý Khu kinh tế (cửa khẩu) Đông Nam Nghệ An": the zone's name
            k = end + 2 if [t.low for t in tokens[end:end + 2]] == ["cửa", "khẩu"] else end
            named = k
            while named < len(tokens) and named - k < 8 and (tokens[named].is_cap and tokens[named].is_word or (
                    named > k and tokens[named].text in {"-", "–"} and named + 1 < len(tokens) and tokens[named + 1].is_cap)):
                named += 1  # (and "Đồng Đăng - Lạng Sơn")
            if named > k:
                return named, BodySpec(kind, head, _surface(tokens, index, named, text),
                                       name=_surface(tokens, index, named, text), english=english)
        if head in _NATIONAL_FORCES:  # "Phó Tư lệnh BĐBP", "Đảng ủy BĐBP": the national force
            return end, BodySpec(kind, head, _surface(tokens, index, end, text), level=CENTRAL, name=head,
                                 english=english)
        if head in BOARDS_OF_A_DEPARTMENT and end + 2 < len(tokens) and tokens[end].text == "(" \
                and (department := parse_body(tokens, end + 1, text)) is not None and department[1].head == "Sở" \
                and department[0] < len(tokens) and tokens[department[0]].text == ")":
            # "Trưởng Ban Tôn giáo (Sở Nội vụ)": the province's board, within the department in brackets (read
            # after it, as a body of its own)
            return end, BodySpec(kind, head, _surface(tokens, index, end, text), level=department[1].level,
                                 of=department[1], english=english)
        listed = head in MASS_ORGANIZATIONS and end + 1 < len(tokens) and tokens[end].text in {",", "và"} \
            and _tables()["state"].match(tokens, end + 1) is not None
        if (head == "Đoàn đại biểu Quốc hội" or kind in {"Government", "OtherOrganization"}) and not listed:
            return None  # ("Hội LHPN, Hội Nông dân tỉnh": bare, sharing the level written at the end)
        level_kind = level_word = name = hint = None
    return end, BodySpec(kind, head, _surface(tokens, index, end, text), level=level_kind,
                         level_word=level_word, area_name=name, area_hint=hint, english=english)


def _council_committee(tokens, index, text):
    """'Ban Dân tộc HĐND tỉnh', and 'Ban Dân tộc, Ban Kinh tế - Ngân sách … HĐND tỉnh'."""
    matched = _tables()["council_committee"].match(tokens, index)
    if not matched or not tokens[index].is_cap:
        return None
    end, head = matched

    def build(council):
        return BodySpec("OtherOrganization", head, _surface(tokens, index, end, text), level=council.level,
                        of=council, english=_COUNCIL_COMMITTEES[head])

    def of_the_councils_own():
        """'Trưởng Ban Pháp chế: đồng chí X', 'Ban Kinh tế - Ngân sách phối hợp …': only a
        council has such a committee, so a bare one is the council's the article is about;
        'Ban Dân tộc' and 'Ban Kinh tế' also name other bodies, so only a list entry is, or one
        listed before a committee only a council has."""
        listed = any((other := _tables()["council_committee"].match(tokens, k)) and other[1] in _COUNCIL_ONLY_COMMITTEES
                     for k in range(end, min(len(tokens), end + 16)) if tokens[k].text == "Ban")
        if head in _COUNCIL_ONLY_COMMITTEES or (end < len(tokens) and tokens[end].text == ":") or listed:
            # ("A - Trưởng Ban Dân tộc; B - Trưởng Ban Kinh tế - Xã hội": listed with one only a council has)
            return end, build(BodySpec("PeoplesCouncil", "Hội đồng nhân dân", "", level=ARTICLE_LEVEL,
                                       english="People's Council"))
        return None

    council = _state_body(tokens, end, text)
    if council and council[1].kind == "PeoplesCouncil":
        return council[0], replace(build(council[1]), surface=_surface(tokens, index, council[0], text))
    k = end  # the council named once after the list: "Ban Dân tộc, Ban Kinh tế - Ngân sách và các tổ đại biểu HĐND tỉnh"
    while k < len(tokens) and k < end + 14 and tokens[k].text not in {".", ";", ":"}:
        if tokens[k].is_cap:
            council = _state_body(tokens, k, text)
            if council and council[1].kind == "PeoplesCouncil":
                return end, replace(build(council[1]),
                                    surface=f"{_surface(tokens, index, end, text)} {council[1].surface}")
            other = _tables()["council_committee"].match(tokens, k)
            if other is None:
                return of_the_councils_own()  # another body or a name comes first: no council named
            k = other[0]
        else:
            k += 1
    return of_the_councils_own()


def _with_shared_committee(tokens, index, end, text, build):
    """Elliptical coordination: 'BCH, BTV Thành ủy' and 'Thường trực, Ban Thường vụ Tỉnh
    ủy' share the committee named once at the end."""
    if end < len(tokens) and tokens[end].text in {",", "và"}:
        following = parse_body(tokens, end + 1, text)
        if following and following[1].of is not None:
            spec = build(following[1].of)
            surface = f"{_surface(tokens, index, end, text)} {following[1].of.surface}"
            return end, replace(spec, surface=surface)
    return None


# the article's brand names, each glossed once in brackets after the firm's full name:
# "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)" → {"Viettel": "Tập đoàn … Quân đội"}
BRANDS: ContextVar[dict[str, str]] = ContextVar("brands", default={})


def brands_glossed(sentences: list[str], glosses: dict[str, str] | None = None) -> dict[str, str]:
    """Each "<firm's full name> (<brand>)" of the article: the brand stands for the firm after
    (and each abbreviation normalizing took out of the text, "Ngân hàng Chính sách xã hội
    (NHCSXH)", that stands for a firm or a national body)."""
    from graph.extract.tokens import tokenize

    found: dict[str, str] = dict(load_lexicon().brands)
    for letters, words in (glosses or {}).items():
        tokens = tokenize(words)
        named = _firm_at(tokens, 0, words)
        if named is not None and named[0] == len(tokens) and named[1].kind == "OtherOrganization" \
                and (named[1].head in CORPORATIONS or named[1].name):
            found[letters] = words
    for sentence in sentences:
        if "(" not in sentence:
            continue
        tokens = tokenize(sentence)
        for k in range(2, len(tokens) - 1):
            if tokens[k].text != ")" or tokens[k - 2].text != "(" or not tokens[k - 1].is_cap \
                    or not tokens[k - 1].text.isalnum() or len(tokens[k - 1].text) < 3:
                continue
            for start in range(max(0, k - 20), k - 2):
                if tokens[start].text not in CORPORATE_STARTS | {"Liên"}:  # (and "Liên đoàn Thương mại …")
                    continue
                named = _firm_at(tokens, start, sentence)
                if named is not None and named[0] == k - 2 and (named[1].head in CORPORATIONS or named[1].name):
                    found.setdefault(tokens[k - 1].text, sentence[tokens[start].start:tokens[k - 3].end])
                    break
    return found


MISSIONS = {"Tổng Lãnh sự": ("Tổng Lãnh sự quán", "Consulate General"), "Lãnh sự": ("Lãnh sự quán", "Consulate"),
            "Đại sứ": ("Đại sứ quán", "Embassy")}  # (an envoy's title → the mission's head)


def mission_at(tokens, index: int, text: str, head: str, english: str):
    """A country's mission named by its country and where it sits: "Đại sứ quán Lào tại Việt
    Nam", and after a diplomat's title, "Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh" (of the
    Tổng Lãnh sự quán)."""
    country = gazetteer_match(tokens, index, text, "Country") if index < len(tokens) and tokens[index].is_cap else None
    if country is None or not any(place.kind == "Country" for place in country[2]):
        return None
    end, name = country[0], f"{head} {country[1]}"
    if (seat := _seat_at(tokens, end, text)) is not None:
        end, name = seat[0], f"{name} tại {seat[1]}"
    return end, BodySpec("OtherOrganization", head, name, name=name, english=english)


def _seat_at(tokens, index: int, text: str) -> tuple[int, str] | None:
    """(end, name) of the place after "tại" where a mission or an agency's office sits."""
    if index + 1 >= len(tokens) or tokens[index].low != "tại" or not tokens[index + 1].is_cap:
        return None
    level = _tables()["level"].match(tokens, index + 1)
    place = gazetteer_match(tokens, level[0] if level else index + 1, text)
    if place is not None:
        return place[0], load_lexicon().body_area_names.get(place[1], place[1])
    k = index + 1  # a foreign city the gazetteer does not hold ("tại Côn Minh", "tại Busan")
    while k < len(tokens) and tokens[k].is_cap and tokens[k].is_word and k - index <= 4:
        k += 1
    return k, text[tokens[index + 1].start:tokens[k - 1].end]


def _representative_office(tokens, index: int, end: int, text: str):
    """"Văn phòng KOICA tại Việt Nam", "Văn phòng JICA Việt Nam": a foreign agency's office,
    named by the agency's acronym and where it sits."""
    if end >= len(tokens) or not (len(tokens[end].text) >= 3 and tokens[end].text.isalpha() and tokens[end].text.isupper()) \
            or _tables()["state"].match(tokens, end):
        return None  # (not "Văn phòng UBND tỉnh")
    seat = _seat_at(tokens, end + 1, text)
    if seat is None:
        country = gazetteer_match(tokens, end + 1, text, "Country") if end + 1 < len(tokens) else None
        if country is None or not any(place.kind == "Country" for place in country[2]):
            return None
        seat = (country[0], country[1])
        name = f"Văn phòng {tokens[end].text} {seat[1]}"
    else:
        name = f"Văn phòng {tokens[end].text} tại {seat[1]}"
    return seat[0], BodySpec("OtherOrganization", "Văn phòng", _surface(tokens, index, seat[0], text), name=name,
                             english=f"{tokens[end].text} Office")


def _firm_at(tokens, index: int, text: str):
    """A firm ("Tập đoàn …", "Ngân hàng …") or a fixed national body at token `index`: what a
    brand or an abbreviation in brackets may stand for."""
    named = _named(tokens, index, text) if tokens[index].text in CORPORATE_STARTS else None
    return named or _fixed(tokens, index, text)


def brand_at(tokens, index: int, text: str):
    """"Tổng Giám đốc Vietcombank", "Đảng ủy TKV", "Vietcombank chi nhánh Thăng Long", "Viettel
    Đắk Lắk": a brand the article glossed, as the firm it stands for (or its branch or
    provincial unit, named as written)."""
    brands = BRANDS.get()
    if not brands or index >= len(tokens) or tokens[index].text not in brands:
        return None
    if index > 0 and tokens[index - 1].text == "(" and index + 1 < len(tokens) and tokens[index + 1].text == ")":
        return None  # (the gloss itself)
    from graph.extract.tokens import tokenize

    full = brands[tokens[index].text]
    parsed = _firm_at(tokenize(full), 0, full)
    if parsed is None:
        return None
    spec = replace(parsed[1], surface=tokens[index].text)
    end = index + 1
    if end + 1 < len(tokens) and (tokens[end].low, tokens[end + 1].low) == ("chi", "nhánh"):
        k = end + 2
        level = _tables()["level"].match(tokens, k)
        place = gazetteer_match(tokens, level[0] if level else k, text)
        if place is None and k < len(tokens) and tokens[k].is_cap:  # "chi nhánh Thăng Long": a branch's own name
            m = k
            while m < len(tokens) and tokens[m].is_cap and tokens[m].is_word and m - k < 4:
                m += 1
            place = (m, None, None)
        if place is not None:
            branch = text[tokens[end].start:tokens[place[0] - 1].end]
            return place[0], replace(spec, surface=text[tokens[index].start:tokens[place[0] - 1].end],
                                     name=f"{spec.name} {branch}", level=None, level_word=None, area_name=None)
    place = gazetteer_match(tokens, end, text, "Province") if end < len(tokens) and tokens[end].is_cap else None
    if place is not None:  # "Viettel Đắk Lắk", "VNPT Lào Cai": the firm's unit in a province, by its own name
        name = text[tokens[index].start:tokens[place[0] - 1].end]
        return place[0], BodySpec("OtherOrganization", spec.head, name, name=name, english=spec.english)
    return end, spec


def parse_body(tokens: list[Token], index: int, text: str):
    """Longest body starting at token `index` → (end_index, BodySpec) or None."""
    if index >= len(tokens) or not tokens[index].is_word:
        return None
    if tokens[index].low not in _starters():
        return brand_at(tokens, index, text)
    if index > 0 and tokens[index - 1].text in {"/", "-"} and tokens[index - 1].end == tokens[index].start:
        return None  # the code of a document number ("18-NQ/TW", "QĐ-UBND"), not a body
    tables = _tables()
    lexicon = load_lexicon()
    token = tokens[index]

    council_committee = _council_committee(tokens, index, text)
    if council_committee:
        return council_committee
    if index + 2 < len(tokens) and (token.low, tokens[index + 1].low, tokens[index + 2].low) == ("ban", "lễ", "tang") \
            and (deceased := EVENTS.get().get(("lễ", "tang"))):
        # "Trưởng Ban Lễ tang", "Ban Lễ tang tổ chức lễ viếng": the committee of the funeral the article reports
        name = f"Ban Lễ tang đồng chí {deceased}"
        return index + 3, BodySpec("OtherOrganization", "Ban Lễ tang", _surface(tokens, index, index + 3, text),
                                   name=name, english="Funeral Committee")

    # Ban X / Ủy ban Kiểm tra / Văn phòng + committee
    matched = tables["department"].match(tokens, index)
    if matched and token.is_cap:
        end, department = matched
        english = lexicon.departments.get(department, "")
        committee = parse_committee(tokens, end, text)
        if committee:
            cend, cspec = committee
            return cend, BodySpec("PartyAgency", department, _surface(tokens, index, cend, text),
                                  level=cspec.level, of=cspec, english=english)
        if department == "Ban Tổ chức" and (board := _event_board(tokens, index, end, text)) is not None:
            return board
        if department == "Văn phòng" and (office := _representative_office(tokens, index, end, text)) is not None:
            return office
        if department == "Văn phòng":
            # "Văn phòng UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": the office of a state body
            state = _state_body(tokens, end, text)
            joint = _joint_office(tokens, state, text) if state else None
            if joint is not None:  # "Văn phòng HĐND và UBND huyện": one office serves both
                return joint[0], BodySpec("Government", department, _surface(tokens, index, joint[0], text),
                                          level=joint[1].level, name=JOINT_OFFICE, of=joint[1],
                                          english="Office of the People's Council and")
            if state and state[1].kind in {"PeoplesCommittee", "PeoplesCouncil", "OtherOrganization"}:
                send, sspec = state
                return send, BodySpec("Government", department, _surface(tokens, index, send, text),
                                      level=sspec.level, of=sspec, english="Office")
        else:
            shared = _with_shared_committee(
                tokens, index, end, text,
                lambda of: BodySpec("PartyAgency", department, _surface(tokens, index, end, text),
                                    level=of.level, of=of, english=english))
            if shared:
                return shared

    # Ban Thường vụ / BCH + committee (or Đảng bộ)
    for table, kind, english in (("standing", "StandingCommittee", "Standing Committee"),
                                 ("executive", "ExecutiveCommittee", "Executive Committee")):
        matched = tables[table].match(tokens, index)
        if matched and token.is_cap:
            end, head = matched
            committee = parse_committee(tokens, end, text) or mass_organization(tokens, end, text) \
                or association_centre(tokens, end, text)  # ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam")
            if committee:
                cend, cspec = committee
                name = f"{head} {cspec.name}" if cspec.head == "Trung ương" and cspec.kind == "OtherOrganization" else None
                return cend, BodySpec(kind, head, _surface(tokens, index, cend, text), level=cspec.level,
                                      of=None if name else cspec, name=name, english=english)
            shared = _with_shared_committee(
                tokens, index, end, text,
                lambda of, head=head, kind=kind, english=english: BodySpec(
                    kind, head, _surface(tokens, index, end, text), level=of.level, of=of, english=english))
            if shared:
                return shared

    association_department = _association_department(tokens, index, text)
    if association_department:
        return association_department

    # Thường trực + committee / council
    matched = tables["standing_office"].match(tokens, index)
    if matched and token.is_cap:
        end, office = matched  # "Ban Thường trực" is the Fatherland Front's own name for it
        inner = parse_committee(tokens, end, text) or _state_body(tokens, end, text)
        government = _fixed(tokens, end, text) if not inner else None
        if government and government[1].kind in {"Government", "FatherlandFront"}:
            inner = government  # "Thường trực Chính phủ", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"
        if inner:
            iend, ispec = inner
            return iend, BodySpec("OtherOrganization", office, _surface(tokens, index, iend, text),
                                  level=ispec.level, of=ispec, english="Standing Office")
        shared = _with_shared_committee(
            tokens, index, end, text,
            lambda of: BodySpec("OtherOrganization", office, _surface(tokens, index, end, text),
                                level=of.level, of=of, english="Standing Office"))
        if shared:
            return shared
        if office == "Ban Thường trực" and (end == len(tokens) or not tokens[end].is_cap
                                           and tokens[end].text not in {",", "và"}):
            # "Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị": of the Front's committee named before
            # (not "tham gia Ủy ban, Ban Thường trực và giữ chức …", read with the post that follows)
            front = BodySpec("FatherlandFront", "Ủy ban Mặt trận Tổ quốc Việt Nam", "", level=NAMED_BEFORE,
                             english="Fatherland Front Committee")
            return end, BodySpec("OtherOrganization", office, "", level=NAMED_BEFORE, of=front,
                                 english="Standing Office")

    # Đảng đoàn / Ban cán sự đảng + state body
    matched = tables["delegation"].match(tokens, index)
    if matched and token.is_cap:
        end, head = matched
        inner = _state_body(tokens, end, text) or _fixed(tokens, end, text)
        if inner is None and end < len(tokens) and tokens[end].low == "bộ" and end + 1 < len(tokens) \
                and tokens[end + 1].is_cap:
            inner = _named(tokens, end, text)  # "Ban cán sự đảng Bộ Nội vụ"
        english = "Party Delegation" if head == "Đảng đoàn" else "Party Affairs Committee"
        if inner:
            iend, ispec = inner
            return iend, BodySpec("PartyDelegation", head, _surface(tokens, index, iend, text),
                                  level=ispec.level, of=ispec, english=english)
        if end == len(tokens) or tokens[end].text in {",", ";", "."}:
            # "Bí thư Ban cán sự đảng, Bộ trưởng Nội vụ": of the body the next post names (scan)
            return end, BodySpec("PartyDelegation", head, _surface(tokens, index, end, text), english=english)

    youth = _youth_union(tokens, index, text)
    if youth:
        return youth
    central = tables["central_ref"].match(tokens, index)
    if central and token.is_cap and central[0] < len(tokens) and tokens[central[0]].text == "Đoàn" \
            and (central[0] + 1 == len(tokens) or not tokens[central[0] + 1].is_cap
                 or _UNION_NAME.match(tokens, central[0] + 1)):
        # "Trung ương Đoàn (TNCS Hồ Chí Minh)": the Youth Union's central committee
        named = _UNION_NAME.match(tokens, central[0] + 1)
        end = named[0] if named else central[0] + 1
        return end, BodySpec("OtherOrganization", "Trung ương Đoàn", _surface(tokens, index, end, text), level=CENTRAL,
                             name="Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                             english="Central Committee of the Ho Chi Minh Communist Youth Union")
    centre = mass_centre(tokens, index, text)
    if centre:
        return centre
    if token.text == "đoàn":
        return _led_delegation_in_lower_case(tokens, index, text)
    fixed = _fixed(tokens, index, text)
    committee = parse_committee(tokens, index, text)
    state = _state_body(tokens, index, text)
    named = _named(tokens, index, text)
    candidates = [c for c in (fixed, committee, state, named) if c]
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])


_LOWER_DELEGATIONS = {("công", "tác"), ("kiểm", "tra"), ("giám", "sát"), ("khảo", "sát")}


def _led_delegation_in_lower_case(tokens, index, text):
    """"đoàn công tác của Ban Thường vụ Tỉnh ủy X do đồng chí A … làm trưởng đoàn": a delegation
    written in lower case is a body when the text names who leads it (a post in it); one merely
    mentioned ("đoàn công tác của tỉnh đã làm việc") is not."""
    if index + 3 >= len(tokens) or (tokens[index + 1].low, tokens[index + 2].low) not in _LOWER_DELEGATIONS:
        return None
    window = [token.low for token in tokens[index + 3:index + 70]]
    if not any(window[k:k + 3] == ["làm", "trưởng", "đoàn"] for k in range(len(window) - 2)):
        return None
    capitalized = [*tokens[:index], tokens[index]._replace(text="Đoàn", is_cap=True), *tokens[index + 1:]]
    found = _named(capitalized, index, text[:tokens[index].start] + "Đ" + text[tokens[index].start + 1:])
    if found is None or found[1].of is None and found[1].level is None:
        return None  # (a sender must be named: "của Ban Thường vụ Tỉnh ủy X", "tỉnh Y")
    return found


def _association_department(tokens, index, text):
    """"Ban Tổ chức Hội CCB tỉnh", "Ban Kiểm tra Hội Chữ thập đỏ tỉnh", "Ban Tuyên giáo Tỉnh
    đoàn", "Ban Tổ chức Trung ương Đoàn": a department of a mass organization."""
    if tokens[index].text != "Ban" or index + 2 >= len(tokens) or not tokens[index + 1].is_cap:
        return None
    for k in range(index + 2, min(len(tokens), index + 5)):
        if not tokens[k - 1].is_word:
            return None
        found = mass_organization(tokens, k, text) or association_centre(tokens, k, text)
        if found:
            end, spec = found
            head = _surface(tokens, index, k, text)
            return end, BodySpec("OtherOrganization", head, _surface(tokens, index, end, text), level=spec.level,
                                 of=spec, english=load_lexicon().departments.get(head, "Department"))
    return None


def association_centre(tokens, index, text):
    """"Trung ương Hội CCB Việt Nam", "Trung ương Đoàn", "Tổng Liên đoàn Lao động Việt Nam": a
    mass organization's centre, which has committees and departments of its own."""
    centre = mass_centre(tokens, index, text)
    if centre:
        return centre
    found = _fixed(tokens, index, text)
    if found and found[1].name == "Tổng Liên đoàn Lao động Việt Nam":
        return found
    central = _tables()["central_ref"].match(tokens, index)
    if central and tokens[index].is_cap and central[0] < len(tokens) and tokens[central[0]].text == "Đoàn":
        return parse_body(tokens, index, text)
    return None


def mass_centre(tokens, index, text):
    """"Trung ương Hội Cựu chiến binh Việt Nam": the central committee of a mass organization."""
    central = _tables()["central_ref"].match(tokens, index)
    organization = _fixed(tokens, central[0], text) if central and tokens[index].is_cap else None
    if organization is None or organization[1].kind != "OtherOrganization":
        return None
    end, spec = organization
    return end, BodySpec("OtherOrganization", "Trung ương", _surface(tokens, index, end, text), level=CENTRAL,
                         name=f"Trung ương {spec.name}", english=f"Central Committee of the {spec.english}")


def _fixed(tokens, index, text):
    international = _tables()["international"].match(tokens, index)
    if international:
        end, name = international
        return end, BodySpec("OtherOrganization", name, name, name=name, english=name)
    matched = _tables()["fixed"].match(tokens, index)
    if not matched or not tokens[index].is_cap:
        return None
    end, (kind, name, english) = matched
    if kind == "CentralCommittee" and end < len(tokens) and tokens[end].text in {"Hội", "Đoàn"}:
        return None  # "Trung ương Hội Cựu chiến binh Việt Nam": not the party's Central Committee
    if kind == "OtherOrganization" and name.endswith("Việt Nam") and end < len(tokens) \
            and (tail := _area_tail(tokens, end, text, require_level=True)) is not None:
        # "Hội Liên hiệp Thanh niên Việt Nam huyện Ninh Phước": the association's branch there
        tail_end, level_kind, level_word, area_name, hint = tail
        return tail_end, BodySpec(kind, name, _surface(tokens, index, tail_end, text), level=level_kind,
                                  level_word=level_word, area_name=area_name, area_hint=hint, english=english)
    if kind == "OtherOrganization" and (branch := _branch_after(tokens, end, text)) is not None:
        # "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) chi nhánh Đà Nẵng", "Ngân hàng Chính sách xã
        # hội chi nhánh tỉnh X": its branch there, named with the place (the brand in brackets left out)
        (_, branch_start), branch_end = branch
        branch_name = f"{name} {text[tokens[branch_start].start:tokens[branch_end - 1].end]}"
        return branch_end, BodySpec(kind, name, _surface(tokens, index, branch_end, text), name=branch_name,
                                    english=f"{english} branch")
    return end, BodySpec(kind, name, _surface(tokens, index, end, text), level=CENTRAL, name=name,
                         english=english)


_EVENT_WORDS = {("lễ", "hội"), ("đại", "hội"), ("hội", "thi"), ("hội", "diễn"), ("liên", "hoan"), ("ngày", "hội"),
                ("tuần", "văn"), ("năm", "du"), ("hội", "chợ"), ("giải", None), ("festival", None), ("lễ", "kỷ"),
                ("hội", "báo"), ("chương", "trình")}


EVENTS: ContextVar[dict[tuple, str]] = ContextVar("events", default={})  # the article's festivals, by head


def events_named(sentences: list[str]) -> dict[tuple, str]:
    """The first full name of each kind of event an article's organizing committee may be
    named by bare ("Lễ hội Cà phê Buôn Ma Thuột lần thứ 8" for "Ban Tổ chức Lễ hội"), and
    the person whose funeral a "Ban Lễ tang" holds ("lễ viếng đồng chí X", "ông X … đã từ trần")."""
    named: dict[tuple, str] = {}
    if any("lễ tang" in sentence.casefold() for sentence in sentences):
        deceased = next((name for sentence in sentences if (name := _deceased_in(sentence))), None)
        if deceased:
            named[("lễ", "tang")] = deceased
    if not any("Ban Tổ chức" in sentence for sentence in sentences):
        return named
    for sentence in sentences:
        for match in _EVENT_NAME.finditer(sentence):
            tokens = tokenize(sentence[match.start():])
            end = _event_name_end(tokens, 0)
            if end > 2 and tokens[2].is_cap:
                named.setdefault((tokens[0].low, tokens[1].low), sentence[match.start():match.start() + tokens[end - 1].end])
    return named


_FUNERAL_RITE = re.compile(r"(?:[Ll]ễ tang|[Tt]ang lễ|[Ll]ễ viếng|[Ll]ễ truy điệu|viếng|truy điệu|an táng|Viếng) "
                           r"(?:đồng chí|ông|bà) (?=[^\W\d_])")
_PASSED_AWAY = re.compile(r"\b(?:đã )?(?:từ trần|qua đời)\b")


def _deceased_in(sentence: str) -> str | None:
    """The name after a funeral rite ("lễ viếng đồng chí X"), or the person a sentence says
    passed away ("ông X, nguyên …, đã từ trần")."""
    found = _FUNERAL_RITE.search(sentence)
    start = found.end() if found else None
    if start is None and (passed := _PASSED_AWAY.search(sentence)) is not None:
        cue = re.search(r"\b(?:đồng chí|ông|bà) (?=[^\W\d_])", sentence[:passed.start()])
        start = cue.end() if cue else None
    if start is None:
        return None
    tokens = tokenize(sentence[start:])
    end = 0
    while end < len(tokens) and end < 5 and tokens[end].is_cap and tokens[end].is_word:
        end += 1
    return sentence[start:start + tokens[end - 1].end] if 2 <= end <= 4 else None


_EVENT_NAME = re.compile(r"\b(?:Lễ hội|Đại hội|Hội thi|Hội diễn|Liên hoan|Ngày hội|Tuần Văn hóa|Hội chợ) [^\W\d_]")


def _event_name_end(tokens, end: int) -> int:
    j = end + 1
    while j < len(tokens) and j - end < 16 and (tokens[j].is_word or tokens[j].text in {"-", "–"}) \
            and tokens[j].low not in _STOP_LOWER and not (
                j + 1 < len(tokens) and (tokens[j].low, tokens[j + 1].low) in VERBS_AFTER_NAME) \
            and not (person_named_at(tokens, j) and not tokens[j - 1].is_cap):  # (a name after "năm 2019")
        j += 1
    while j > end + 1 and tokens[j - 1].text in {"-", "–"}:
        j -= 1
    return j


def _event_board(tokens, index: int, end: int, text: str):
    """'Ban Tổ chức Lễ hội Đền Hùng năm 2019', 'Trưởng Ban Tổ chức Đại hội': the committee that
    runs a festival, games or ceremony (not a party committee's organization department),
    named by the event up to where the clause goes on (the event written bare: by the
    article's first full name of it)."""
    if end >= len(tokens) or not tokens[end].is_word:
        return None
    pair = (tokens[end].low, tokens[end + 1].low if end + 1 < len(tokens) else None)
    if not tokens[end].is_cap and pair not in {("lễ", "hội"), ("đại", "hội")}:
        return None  # ("Trưởng Ban Tổ chức lễ hội;": the festival's, in lower case too)
    if pair not in _EVENT_WORDS and (pair[0], None) not in _EVENT_WORDS:
        return None
    j = _event_name_end(tokens, end)
    surface = _surface(tokens, index, j, text)
    full = EVENTS.get().get(pair) if j == end + 2 else None
    return j, BodySpec("OtherOrganization", "Ban Tổ chức", surface, name=f"Ban Tổ chức {full}" if full else surface,
                       english="Organizing Committee")


def _past_comma_in_division(tokens, comma: int, text: str) -> int | None:
    """The word after the comma of a division named by two tasks ("Phòng Kiểm tra, giám sát số 3",
    "Phòng Công chức, viên chức Sở Nội vụ"), or None where the comma ends the name: the
    lower-case task must end at the division's number or at the body it belongs to."""
    k = comma + 1
    while k < len(tokens) and k - comma <= 3 and tokens[k].is_word and not tokens[k].is_cap \
            and tokens[k].low not in _DIVISION_STOP and tokens[k].low not in {"và", "danh"} \
            and tokens[k].low not in _LOWER_HEADS and tokens[k].low != "số" and not _tables()["level"].match(tokens, k):
        k += 1
    if k == comma + 1 or k >= len(tokens):
        return None
    if tokens[k].low == "số" and k + 1 < len(tokens) and tokens[k + 1].text.isdigit():
        return comma + 1
    if tokens[k].is_cap and tokens[k].is_word and parse_body(tokens, k, text) is not None:
        return comma + 1
    return None


_LOWER_HEADS = {"phòng", "ban", "sở", "trung", "chi", "đội", "tổ", "văn", "cục", "vụ", "hội", "đoàn"}


def _past_comma_in_name(tokens, start: int, j: int, text: str) -> int | None:
    """A centre named by two tasks joined by a comma, up to its level word: "Trung tâm Xúc tiến
    Đầu tư, Thương mại và Du lịch tỉnh", "Trung tâm Giám sát, điều hành đô thị thông minh (IOC)
    tỉnh". A comma mostly ends a name ("Trung tâm Y tế, Phòng Y tế huyện"), so only two shapes
    count: capitalized tasks with "và" before the last, or lower-case words glossed by an acronym."""
    if j - start > 4 or j + 2 >= len(tokens) or tokens[j].text != ",":
        return None
    k, joined, lower = j + 1, False, not tokens[j + 1].is_cap
    while k < len(tokens) and k - j <= 9 and tokens[k].is_word and not _tables()["level"].match(tokens, k):
        word = tokens[k]
        if word.low == "và" and not lower and k > j + 1:
            joined = True
        elif (word.is_cap if lower else (not word.is_cap and tokens[k - 1].low == "và")) \
                or (word.is_cap and parse_body(tokens, k, text)) or person_named_at(tokens, k) \
                or word.low in _STOP_LOWER or (k + 1 < len(tokens) and (word.low, tokens[k + 1].low) in VERBS_AFTER_NAME):
            return None
        k += 1
    if k == j + 1 or k >= len(tokens):
        return None
    if lower:
        close = k + 2 if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" else None
        if close is None or not tokens[k + 1].text.isupper() or close + 1 >= len(tokens) \
                or not _tables()["level"].match(tokens, close + 1):
            return None
    elif not joined or not _tables()["level"].match(tokens, k):
        return None
    return k


def _glossed_acronym_ahead(tokens, j: int) -> int | None:
    """Where "(ACRONYM) <level>" begins within a few words after j, if it does."""
    for k in range(j, min(len(tokens) - 3, j + 8)):
        if tokens[k].text in {".", ";", ":", ")"}:
            return None
        if tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper() \
                and len(tokens[k + 1].text) > 1 and _tables()["level"].match(tokens, k + 3):
            return k
    return None


def _home_delegation(tokens, index: int, j: int, text: str, kind: str, english: str):
    """"Đoàn đại biểu tỉnh Kon Tum do đồng chí X làm Trưởng đoàn đến viếng", "Đoàn đại biểu Ban
    Tổ chức Trung ương": a province's or a body's delegation, named as written (not the National
    Assembly's delegation, "Đoàn đại biểu Quốc hội tỉnh X")."""
    if j >= len(tokens) or tokens[j].text in {"Quốc", "ĐBQH"}:
        return None
    tail = _area_tail(tokens, j, text, require_level=True)
    if tail and tail[3]:
        name = _surface(tokens, index, tail[0], text)  # (named as written; the province kept for its members' posts)
        return tail[0], BodySpec(kind, "Đoàn đại biểu", name, level=tail[1], area_name=tail[3], name=name,
                                 english=english)
    sender = parse_body(tokens, j, text) if tokens[j].is_cap else None
    if sender is None or sender[1].kind not in _DELEGATION_SENDERS | {"PartyAgency", "Government"}:
        return None
    return sender[0], BodySpec(kind, "Đoàn đại biểu", _surface(tokens, index, sender[0], text), level=sender[1].level,
                               of=sender[1], english=english)  # (named with the body that sends it)


def agency_at(tokens, index):
    """A state agency's name (short forms spelled out) at token `index` → (end, full name)."""
    return _tables()["agency"].match(tokens, index)


def _named_before(end: int, kind: str, head: str, english: str):
    """A bare "Ban Chỉ đạo" ("Trưởng Ban Chỉ đạo chủ trì"): the one the article names."""
    return end, BodySpec(kind, head, head, level=NAMED_BEFORE, english=english)


def _named(tokens, index, text):
    """Bodies whose own name follows the head: 'Cụm Thi đua số 2', 'Vụ Địa phương 1',
    'Sở Nội vụ tỉnh X', 'Ban Chỉ đạo ... của tỉnh', 'Trung tâm ... thị xã'."""
    matched = _tables()["named"].match(tokens, index)
    if not matched:
        return None
    end, (kind, english, shape) = matched
    head = _surface(tokens, index, end, text)
    branch_at = None
    if head == "Ngân hàng" and _tables()["fixed"].match(tokens, index):
        return None  # "Ngân hàng Nhà nước Việt Nam": a fixed name
    full_name = None
    if head == "Bộ" and end < len(tokens) and tokens[end].text in _NOT_MINISTRY \
            and not _tables()["agency"].match(tokens, end):  # (but "Bộ Tư pháp" is one)
        return None
    j = end
    if shape in {"foreign", "delegation"} and j + 2 < len(tokens) and (tokens[j].low, tokens[j + 1].low) == ("cấp", "cao") \
            and _foreign_province_at(tokens, j + 2, text):
        j += 2  # "Đoàn đại biểu cấp cao tỉnh Attapeu (Lào)": a neighbour's high-level delegation
    if shape == "mission":
        return mission_at(tokens, end, text, head, english)
    if shape == "country":
        return _agency_of_a_country(tokens, index, end, text, kind, head, english)
    if shape == "number":
        if j < len(tokens) and tokens[j].low == "số":
            j += 1
        if j < len(tokens) and tokens[j].text[0].isdigit():
            j += 1
            if head in _REGIONAL_JUSTICE and j + 1 < len(tokens) and tokens[j].text in {"-", "–"} \
                    and (province := gazetteer_match(tokens, j + 1, text, "Province")) is not None:
                j = province[0]  # "Tòa án nhân dân khu vực 7 - Gia Lai": the region's province is in its name
            if head in _DEFENCE_AREAS and j + 1 < len(tokens) and tokens[j].text in {"-", "–"} \
                    and tokens[j + 1].is_cap and tokens[j + 1].is_word:
                j += 1  # "Ban Chỉ huy Phòng thủ khu vực 2 - Hoài Nhơn": the area's seat is in its name
                while j < len(tokens) and j < end + 8 and tokens[j].is_cap and tokens[j].is_word:
                    j += 1
        elif head in REGION_HEADS and (j == len(tokens) or not tokens[j].is_cap):
            return _named_before(end, kind, head, english)  # "Tư lệnh Quân khu;": the region named before
        else:
            return None
    elif shape == "agency":
        agency = _tables()["agency"].match(tokens, j) or _foreign_agency(tokens, j, text)
        if not agency:
            return None
        j, full_name = agency  # "Sở NN&PTNT" is the Sở Nông nghiệp và Phát triển nông thôn
    elif shape == "division" and (known := _tables()["division"].match(tokens, j)) is not None \
            and not (known[0] < len(tokens) and tokens[known[0]].is_cap and tokens[known[0]].is_word
                     and not _tables()["level"].match(tokens, known[0])):
        j = known[0]  # a standard division's name ("Phòng Kinh tế, Hạ tầng và Đô thị phường X")
    elif shape == "division":
        # "Phòng Tài chính - Kế hoạch thị xã X", "Phòng Tổ chức cán bộ Sở Nội vụ": words up
        # to a level word, or up to and with the department the division belongs to
        start, commas = j, 0
        while j < len(tokens) and j - start < 8:
            if tokens[j].text == "," and j > start and not commas and (past := _past_comma_in_division(tokens, j, text)):
                commas, j = 1, past  # "Phòng Kiểm tra, giám sát số 3", "Phòng Công chức, viên chức Sở Nội vụ"
            if tokens[j].text in {".", ";", ":", "(", ")", ","}:
                break
            if j > start + 1 and tokens[j - 1].low == "số" and tokens[j].text.isdigit():
                j += 1  # (a number ends the name)
                break
            level = _tables()["level"].match(tokens, j)
            if (level and level[1] != "Village") or tokens[j].low in _DIVISION_STOP:
                break  # ("Phòng Nông nghiệp và Phát triển nông thôn huyện X": "thôn" is no boundary)
            if j > start and j + 1 < len(tokens) and not tokens[j].is_cap \
                    and (tokens[j].low, tokens[j + 1].low) in _VERBS_AFTER_DIVISION:
                break  # "giao Phòng Quản lý đô thị phối hợp với …": the verb is no part of the name
            if tokens[j].low == "và" and j + 1 < len(tokens) and _tables()["named"].match(tokens, j + 1):
                break  # "Phòng Văn hóa - Xã hội và Trung tâm …": the next body
            if j > start and tokens[j].text == "Sở":
                department = _named(tokens, j, text)
                if department:
                    j = department[0]
                    break
            j += 1
        if j == start or not tokens[start].is_cap:
            return None
    elif shape == "department":
        # "Cục Trồng trọt và Bảo vệ thực vật", "Cục Quản lý đê điều và Phòng, chống thiên tai":
        # a ministry's department, named up to punctuation or a word that ends the name
        start = j
        if j >= len(tokens) or not tokens[j].is_cap or _tables()["level"].match(tokens, j) \
                or tokens[j].text in _VILLAGE_WORDS_IN_NAMES:
            return None  # ("huyện Vụ Bản": a district, no department "Vụ Bản")
        while j < len(tokens) and j - start < 12 and not _past_department_name(tokens, start, j):
            j += 1
        j = _past_task_list(tokens, j)
        if head == "Vụ" and j < len(tokens) and tokens[j].text.isdigit() and tokens[j].start == tokens[j - 1].end + 1:
            j += 1  # "Vụ Địa phương 1"
        if j - start < (2 if head == "Cục" else 1):
            return None  # "Cục Thuế" and the other agencies with a branch in each province are state bodies
    elif shape == "capitalized":
        start = j
        if head in BOARDS and j + 1 < len(tokens) and (tokens[j].text, tokens[j + 1].text) == ("Công", "ty") \
                and (j + 2 == len(tokens) or not tokens[j + 2].is_cap):
            # "Chủ tịch Hội đồng quản trị Công ty làm trưởng đoàn": the board of the company named
            company = BodySpec("OtherOrganization", "Công ty", "", level=NAMED_BEFORE, english="Company")
            return j + 2, BodySpec(kind, head, _surface(tokens, index, j + 2, text), of=company, english=english)
        if head in BOARDS and (brand := brand_at(tokens, j, text)) is not None and brand[1].head in CORPORATIONS:
            # "Chủ tịch Hội đồng thành viên TKV": the board of the firm the brand stands for
            return brand[0], BodySpec(kind, head, _surface(tokens, index, brand[0], text),
                                      name=f"{head} {brand[1].name}", english=english)
        if head in BOARDS and (j == len(tokens) or tokens[j].text in {",", ";"}):
            # "Ủy viên Hội đồng thành viên, Tổng Giám đốc Tổng công ty X": the board of the
            # company the next post names (see scan)
            return j, BodySpec(kind, head, head, english=english)
        while head in _RELIC_BOARDS and j + 1 < len(tokens) and tokens[j].low in _MONUMENT_WORDS and j - start < 3:
            j += 1  # "Ban Quản lý di tích đền Trần", "… di tích quần thể Yên Tử": the kind of site, in lower case
            start = j
        if j >= len(tokens) or not tokens[j].is_cap:
            return None
        known = _SUB_DEPARTMENTS.match(tokens, j) if head == "Chi cục" else None
        if known is not None:  # "Chi cục Kiểm lâm nêu …", "Chi cục Phát triển nông thôn tỉnh X": written
            j = known[0]  # in lower case after their first word, and so read from the list of them
            if j + 2 < len(tokens) and (tokens[j].low, tokens[j + 1].low) == ("khu", "vực") \
                    and (tokens[j + 2].is_cap or tokens[j + 2].text.isdigit()):
                j += 3  # "Chi cục Thuế khu vực III", "… khu vực Mường Tè - Nậm Nhùn": a region's
                while j < len(tokens) and (tokens[j].is_cap and tokens[j].is_word or tokens[j].text in {"-", "–"}
                                           and j + 1 < len(tokens) and tokens[j + 1].is_cap):
                    j += 1
        while known is None:
            while j < len(tokens) and j - start < (16 if head in _CORPORATE else 12) and tokens[j].is_word \
                    and tokens[j].low not in _STOP_LOWER:
                if head in _RELIC_BOARDS and not tokens[j].is_cap:
                    break  # "Trưởng ban Quản lý di tích đền Trần cùng …": a site's name is capitalized
                if j > start and (len(tokens[j - 1].text) > 1 and tokens[j - 1].text.isupper() or (
                        j > start + 1 and (tokens[j - 2].text, tokens[j - 1].text) == ("Việt", "Nam"))) \
                        and person_named_at(tokens, j) \
                        and not (head == "Trường" and tokens[j - 1].text in _INSTITUTION_ABBREVIATIONS):
                    break  # "Giám đốc Công ty Than Hòn Gai - TKV Đinh Công Tứ": the name after the acronym (or
                    # after "Việt Nam") is a person's (but "Trường THPT Chu Văn An" is named after one)
                if head in _CORPORATE and j > start and tokens[j].text == "Khu" and j + 1 < len(tokens) \
                        and tokens[j + 1].low in {"công", "kinh", "đô", "du"}:
                    j += 2  # "Công ty Cổ phần Phát triển Khu công nghiệp X": an industrial park in a company's name
                    continue
                if j > start and tokens[j - 1].is_cap and tokens[j].low in _AFTER_NAME and not tokens[j].is_cap and (
                        j + 1 == len(tokens) or not tokens[j + 1].is_word):
                    break  # "Giám đốc Công ty X dự.": the verb after the name
                if (_tables()["level"].match(tokens, j) and not (  # ("Công ty TNHH Hải sản Phước Tỉnh": a name's word)
                        tokens[j].is_cap and j > start and (j + 1 == len(tokens) or not tokens[j + 1].is_cap))) \
                        or _tables()["committee"].match(tokens, j):
                    break
                if j > start and (tokens[j - 1].text, tokens[j].low) == ("Cửa", "khẩu"):
                    j += 1  # "Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo": a border gate's name
                    while j < len(tokens) and tokens[j].low in {"quốc", "tế", "chính", "phụ"}:
                        j += 1
                    continue
                if j > start and (tokens[j - 1].low, tokens[j].low) == ("trung", "học") and j + 2 < len(tokens) \
                        and (tokens[j + 1].low, tokens[j + 2].low) in {("cơ", "sở"), ("phổ", "thông")}:
                    j += 3  # "Trường Trung học cơ sở X": the school's type, written out
                    continue
                if head in INSTITUTIONS and j > start and (tokens[j - 1].low, tokens[j].low) == ("dân", "tộc") \
                        and j + 2 < len(tokens) and (tokens[j + 1].low, tokens[j + 2].low) in {("nội", "trú"), ("bán", "trú")}:
                    j += 3  # "Trường Phổ thông Dân tộc nội trú …": a boarding school for ethnic minorities
                    continue
                if head in INSTITUTIONS and j > start and tokens[j].low == "chuyên" and j + 1 < len(tokens) \
                        and tokens[j + 1].is_cap and (tokens[j - 1].text == "THPT" or tokens[j - 1].low == "thông"):
                    j += 1  # "Trường THPT chuyên Lê Hồng Phong": a specialised high school
                    continue
                if not tokens[j].is_cap and j + 1 < len(tokens) and tokens[j + 1].text[0].isalpha() \
                        and not tokens[j + 1].is_cap and not _tables()["level"].match(tokens, j + 1) \
                        and tokens[j + 1].low not in _STOP_LOWER and not _region_at(tokens, j + 1):
                    break  # two lower-case words in a row: the name has ended (but "Chi cục Kiểm lâm cho …")
                if j > start and not tokens[j].is_cap and tokens[j - 1].is_cap and j + 1 < len(tokens) and (
                        tokens[j].low == "hiện" or (tokens[j].low, tokens[j + 1].low) in VERBS_AFTER_NAME):
                    break  # "Trường Tiểu học Lê Lợi hiện có 14 đảng viên", "Trường … Xuân Lộc tổ chức"
                j += 1
            if head in INSTITUTIONS and j > start and j < len(tokens) and tokens[j].text.isdigit() \
                    and len(tokens[j].text) <= 2 and tokens[j - 1].is_cap:
                j += 1  # "Trường Tiểu học Phú Xuân 1": a school numbered within its place's name
            k = j  # ... unless a level word follows them: "Trung tâm Phục vụ hành chính công xã X"
            while k < len(tokens) and k - j < 5 and tokens[k].is_word and not tokens[k].is_cap \
                    and tokens[k].low not in _STOP_LOWER and not _tables()["level"].match(tokens, k):
                k += 1
            if k > j and k < len(tokens) and _tables()["level"].match(tokens, k) and not (head in _CORPORATE and (
                    tokens[j].low in _AFTER_NAME or any((tokens[m].low, tokens[m + 1].low) in VERBS_AFTER_NAME
                                                        for m in range(j, k)))):
                j = k  # (but "Công ty X đề nghị huyện Y": a verb)
            elif head in CORPORATIONS and k > j and k + 1 < len(tokens) \
                    and (tokens[k].text, tokens[k + 1].text) == ("Việt", "Nam"):
                j = k + 2  # "Tổng công ty Cảng hàng không Việt Nam"
            elif head in _CORPORATE and j > start and 0 < k - j <= 3 and k < len(tokens) and tokens[k].is_cap \
                    and tokens[k].is_word and tokens[j].low not in _AFTER_NAME \
                    and not any(tokens[m].low in _BEFORE_NAME for m in range(j, k)) \
                    and not any((tokens[m].low, tokens[m + 1].low) in VERBS_AFTER_NAME for m in range(j, k)) \
                    and (not parse_body(tokens, k, text) or tokens[k].text in BRANDS.get()) \
                    and not person_named_at(tokens, k):
                j = k  # "Công ty TNHH Khoa học kỹ thuật Hải Thiên": lower-case words within a company's name (and
                # "Tổng công ty Giải pháp doanh nghiệp Viettel": a brand ending it)
                continue
            elif head in _CORPORATE and j > start and k == j and k + 1 < len(tokens) and tokens[k].low == "và" \
                    and tokens[k + 1].is_cap and tokens[k + 1].is_word and not parse_body(tokens, k + 1, text) \
                    and not tokens[k + 1].text in load_lexicon().surnames:
                j = k + 1  # "Công ty Cổ phần Đầu tư và Phát triển Đô thị": "và" within a company's name
                continue
            elif head in INSTITUTIONS and k > j and (place := gazetteer_match(tokens, k, text, "Province")):
                j = place[0]  # "Công ty TNHH MTV Xổ số kiến thiết Tiền Giang": named after its province
            elif k + 1 < len(tokens) and tokens[k].text in {"-", "–"} and tokens[k + 1].is_cap \
                    and tokens[k + 1].is_word and k - start < 10:
                j = k + 1  # "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện X": a name in two parts
                continue
            elif head == "Trung tâm" and k + 2 < len(tokens) and k == j and tokens[k].low == "và" \
                    and tokens[k + 1].is_cap and tokens[k + 1].is_word and not parse_body(tokens, k + 1, text) \
                    and any(_tables()["level"].match(tokens, m) for m in range(k + 2, min(len(tokens), k + 5))):
                j = k + 1  # "Trung tâm Văn hóa - Thể thao và Truyền thông huyện X": "và" within the name
                continue
            break
        if head == "Trung tâm" and j > start and (past := _past_comma_in_name(tokens, start, j, text)) is not None:
            j = past  # "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh": a comma within the name
        if head == "Trung tâm" and j == start + 1 and j + 1 < len(tokens) and tokens[j].is_word \
                and not tokens[j].is_cap and tokens[j + 1].is_word and not tokens[j + 1].is_cap:
            # "Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh", "Trung tâm Đăng kiểm xe cơ giới 65-01D": one
            # capital, then the name runs on in lower case up to what follows it; else a name cut short
            k = j
            while k < len(tokens) and k - j < 5 and tokens[k].is_word and not tokens[k].is_cap \
                    and not tokens[k].text[:1].isdigit() and tokens[k].low not in _STOP_LOWER \
                    and (k + 1 == len(tokens) or (tokens[k].low, tokens[k + 1].low) not in VERBS_AFTER_NAME):
                k += 1
            if k < len(tokens) and tokens[k].text[:1].isdigit() and "-" in tokens[k].text:
                j = k + 1  # (a code: "65-01D")
                while j < len(tokens) and tokens[j].start == tokens[j - 1].end and tokens[j].is_word:
                    j += 1
            elif k < len(tokens) and (tokens[k].text in {",", ".", ";", "("} or (
                    tokens[k].is_cap and tokens[k].is_word and parse_body(tokens, k, text))):
                j = k
            else:
                return None
        if head in CORPORATIONS and (branch := _branch_after(tokens, j, text)) is not None:
            branch_at, j = branch  # "Ngân hàng … Việt Nam (Agribank) Chi nhánh tỉnh Sơn La": the branch's
    elif shape == "cell":
        # "Chi bộ xóm Sen 1", "Chi bộ thôn Đông": a village's party cell, named with its village
        if head == "Chi bộ" and j + 1 < len(tokens) and tokens[j].text in _NUMBERED_QUARTERS \
                and tokens[j + 1].text.isdigit():
            name = _surface(tokens, index, j + 2, text)  # "Chi bộ khối 5", "Chi bộ khu 3": a numbered quarter's
            return j + 2, BodySpec(kind, head, name, name=name, english=english)
        tail = _area_tail(tokens, j, text, require_level=True)
        if tail and tail[1] == "Village" and not tail[3]:
            # "Trưởng Ban Công tác Mặt trận thôn", "Bí thư Chi bộ buôn": of the one named, or of the village named
            return tail[0], BodySpec(kind, head, _surface(tokens, index, tail[0], text), level=NAMED_BEFORE,
                                     level_word=tail[2], english=english)
        if not tail or tail[1] != "Village" or not tail[3]:
            inner = parse_body(tokens, j, text) if j < len(tokens) and tokens[j].is_cap else None
            if inner is None or inner[1].kind not in {"Government", "OtherOrganization", "PartyAgency"}:
                return None
            # "Bí thư Chi bộ Sở Dân tộc và Tôn giáo", "Chi bộ Trường Chính trị X", "Chi bộ Ban Nội
            # chính Tỉnh ủy": an agency's cell
            return inner[0], BodySpec(kind, head, _surface(tokens, index, inner[0], text), level=inner[1].level,
                                      of=inner[1], english=english)
        name_end = tail[0]
        if tail[4]:  # "Chi bộ thôn Pác Ngòi (xã Nam Mẫu)": the commune in brackets is no part of the name
            name_end = next(k for k in range(index, tail[0]) if tokens[k].text == "(")
        name = _surface(tokens, index, name_end, text)
        return tail[0], BodySpec(kind, head, name, name=name, english=english)
    elif shape == "foreign" or (shape == "delegation" and _foreign_province_at(tokens, j, text)):
        if not _foreign_province_at(tokens, j, text):  # "Đoàn công tác tỉnh Phông Sa Lỳ (Lào)"
            return _home_delegation(tokens, index, j, text, kind, english) if head == "Đoàn đại biểu" else None
    elif shape == "delegation":
        # "Đoàn công tác của Bộ Chính trị": named by the body that sends it; "Đoàn kiểm tra số 7
        # của Bộ Chính trị, Ban Bí thư": by its number too, and later by the number alone
        if j + 1 < len(tokens) and tokens[j].low == "số" and tokens[j + 1].text.isdigit():
            j += 2
        k = j + 1 if j < len(tokens) and tokens[j].low == "của" else j
        sender = _fixed(tokens, k, text) or parse_committee(tokens, k, text) if k < len(tokens) else None
        if sender is None and k < len(tokens):
            central = parse_body(tokens, k, text)  # "Đoàn công tác của Ban Chính sách, chiến lược Trung ương"
            sender = central if central and central[1].level == CENTRAL else None
            if central and central[1].level != CENTRAL and central[1].kind in _DELEGATION_SENDERS:
                # "Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy", "Đoàn giám sát của Thường trực HĐND
                # tỉnh", "Đoàn công tác Ban Tổ chức Tỉnh ủy": named after the body it resolves to
                own = text[tokens[index].start:tokens[j - 1].end]  # (named with "của" whether written or not)
                return central[0], BodySpec(kind, head, text[tokens[index].start:tokens[central[0] - 1].end],
                                            level=central[1].level, name=own, of=central[1],
                                            english=f"{english} of the {central[1].english}")
        if not sender:
            if j > end:  # "Trưởng Đoàn kiểm tra số 7": the numbered delegation named before
                return _named_before(j, kind, text[tokens[index].start:tokens[j - 1].end], english)
            if end == len(tokens) or not tokens[end].is_word or tokens[end].low in _DELEGATION_VERBS:
                # "Sáng 23/8, Đoàn công tác làm việc với …", "Kế hoạch số 25-KH/ĐKT … của Đoàn kiểm tra."
                return _named_before(end, kind, head, english)
            return None
        end = sender[0]
        if end + 1 < len(tokens) and tokens[end].text == "," and (also := _fixed(tokens, end + 1, text)) \
                and also[1].level == CENTRAL and also[1].kind in {"Politburo", "Secretariat"}:
            end = also[0]  # (sent by the Politburo and the Secretariat together)
        name = text[tokens[index].start:tokens[end - 1].end]
        return end, BodySpec(kind, head, name, level=sender[1].level, name=name, of=None,
                             english=f"{english} of the {sender[1].english}")
    elif head == "Ban Chỉ đạo" and _tables()["central_ref"].match(tokens, j):
        # "Ban Chỉ đạo Trung ương (về ...)": a national steering committee named by its task
        j = _tables()["central_ref"].match(tokens, j)[0]
        if j < len(tokens) and tokens[j].low == "về":
            while j < len(tokens) and tokens[j].text not in {",", ".", ";", "(", ":"} \
                    and tokens[j].low not in {"ngày", "của", "đã"} \
                    and not (tokens[j].low == "tổ" and j + 1 < len(tokens) and tokens[j + 1].low == "chức"):
                j += 1
            j = _past_task_list(tokens, j)
        name = text[tokens[index].start:tokens[j - 1].end]
        return j, BodySpec(kind, head, name, level=CENTRAL, name=name, english="Central Steering Committee")
    else:  # free words up to a level word or "của"
        start = j
        if head in TASK_BOARDS and j + 1 < len(tokens) and tokens[j].low == "các" \
                and tokens[j + 1].low in _UNITS_PLURAL:
            return None  # "lãnh đạo Ban Chỉ đạo các huyện, thị xã": the boards of several units
        fixed_wording = 0  # (not counted: "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh")
        while j < len(tokens) and j - start - fixed_wording < 10 and tokens[j].text not in {".", ";", ":", "(", ")"}:
            if (past := _past_task_list(tokens, j)) > j:
                fixed_wording, j = fixed_wording + past - j, past
                continue
            if _tables()["level"].match(tokens, j) or tokens[j].low == "của" or (
                    j == start and tokens[j].low in {"và", ","} and head not in _COMMA_COUNCILS):
                break  # ("các thành viên Ban Chỉ đạo và lãnh đạo Công an tỉnh": no task, a bare committee)
            if j == start and (tokens[j].low in _SAID_OF_A_COMMITTEE or j + 1 < len(tokens)
                               and (tokens[j].low, tokens[j + 1].low) in _DECIDED):
                break  # "Ban Chỉ đạo cũng nghe …", "Ban Chỉ đạo thống nhất …": what it did, no task in its name
            if head in _BLOC_HEADS and j + 1 < len(tokens) and (tokens[j].low, tokens[j + 1].low) in _VERBS_AFTER_DIVISION:
                break  # "Đảng ủy Khối phối hợp với Ban Tổ chức Tỉnh ủy": the verb is no part of a name
            j += 1
        if head in TASK_BOARDS and j - start - fixed_wording >= 10 and (gloss := _glossed_acronym_ahead(tokens, j)):
            j = gloss  # "Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)
            # tỉnh": a long task, its acronym in brackets before the level
        if head in TASK_BOARDS and j == start + 1 and tokens[start].low == "cấp":
            return None  # "Ban Chỉ đạo cấp tỉnh": any province's, a kind of committee
        if head in TASK_BOARDS and j + 1 < len(tokens) and tokens[j].low == "của" and j - start <= 8 \
                and _PROGRAMME_CODE.search(text, tokens[start].start, tokens[j - 1].end) \
                and (committee := parse_committee(tokens, j + 1, text)) is not None:
            # "Ban Chỉ đạo Chương trình 02-CTr/TU của Thành ủy X": named by the programme, of the committee
            # that adopted it
            return committee[0], BodySpec(kind, head, _surface(tokens, index, committee[0], text),
                                          level=committee[1].level, name=text[tokens[index].start:tokens[j - 1].end],
                                          of=committee[1], english=english)
        if j == start and head.startswith("Ban"):
            return _named_before(end, kind, head, english) if head in TASK_BOARDS else None
    name_end = j
    if head in TASK_COUNCILS and j > end + 1 and tokens[j - 1].low == "cấp":
        name_end = j - 1  # "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh": the province's
    level_kind = level_word = area = hint = None
    k = j + 1 if j < len(tokens) and tokens[j].low == "của" else j
    if k < len(tokens) and tokens[k].text == "(":
        close = next((m for m in range(k + 2, min(len(tokens), k + 6)) if tokens[m].text == ")"), None)
        if close is not None and close + 1 < len(tokens) and _tables()["level"].match(tokens, close + 1) \
                and all(t.text.isupper() or t.text == "&" for t in tokens[k + 1:close]):
            k = close + 1  # "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh", "Ban Chỉ huy … (PCTT&TKCN) tỉnh": the
            # acronym before the level is no part of the name
    tail = _area_tail(tokens, k, text, require_level=True)
    if tail:
        j, level_kind, level_word, area, hint = tail
        if head == "Công đoàn" and name_end == end:  # "Công đoàn tỉnh X" is the Liên đoàn Lao động tỉnh X
            return j, BodySpec(kind, "Liên đoàn Lao động", _surface(tokens, index, j, text), level=level_kind,
                               level_word=level_word, area_name=area, area_hint=hint, english="Federation of Labour")
    elif shape == "words":  # "Trưởng Ban Chỉ đạo chủ trì", "Bí thư Đảng ủy Khối chủ trì": named before
        return _named_before(end, kind, head, english) if head in TASK_BOARDS or head in _BLOC_HEADS else None
    parent = None
    # "Vụ Địa phương 1, Ban Tổ chức Trung ương" and "Cụm Thi đua số 2 (Ban Tổ chức Trung ương)"
    if j + 1 < len(tokens) and tokens[j].text in {",", "("} and not area:  # (not "Phòng X huyện Y, UBKT Huyện ủy")
        inner = parse_body(tokens, j + 1, text)
        if inner and (inner[1].kind in {"PartyAgency", "Government"} or (head == "Vụ" and inner[1].level == CENTRAL)) \
                and inner[1].head not in {"Vụ", head} \
                and head not in {"Bộ", "Sở"}:  # "Bộ Tài nguyên và Môi trường, Bộ Kế hoạch và Đầu tư": two ministries
            close = inner[0]
            if tokens[j].text == "(" and close < len(tokens) and tokens[close].text == ")":
                parent, j = inner[1], close + 1
            elif tokens[j].text == ",":
                parent, j = inner[1], close
    name = f"{head} {full_name}" if shape == "agency" else text[tokens[index].start:tokens[name_end - 1].end]
    if branch_at is not None:  # (the brand in brackets before the branch is no part of its name)
        name = text[tokens[index].start:tokens[branch_at[0] - 1].end] + " " + text[tokens[branch_at[1]].start:tokens[name_end - 1].end]
    if head == "Ban CHPTKV":
        name = "Ban Chỉ huy Phòng thủ khu vực" + name.removeprefix(head)
    if head in INSTITUTIONS:  # "Trường THCS X" is the Trường Trung học cơ sở X
        name = " ".join(_INSTITUTION_ABBREVIATIONS.get(word, word) for word in name.split(" "))
    if head == "Vụ" and (parent is None or parent.kind in {"Government", "OtherOrganization"}):
        # a ministry's department ("Vụ Tổ chức cán bộ"; the party's name their Ban), or one of the
        # Văn phòng Quốc hội or a court, whose class it shares
        kind = parent.kind if parent is not None else "Government"
    if head == "Bộ" and level_kind is None and parent is None:
        level_kind = CENTRAL  # a ministry is national
    if head == "Phòng" and parent is not None and parent.kind == "PartyAgency":
        kind = "PartyAgency"  # "Phòng Kiểm tra, giám sát số 2, Ủy ban Kiểm tra Tỉnh ủy": a party agency's division
    if head == "Phòng" and (" Công an" in name or name.startswith("Phòng Cảnh sát")):
        kind = "OtherOrganization"  # "Phòng An ninh … Công an tỉnh": the police's, like the Công an itself
    return j, BodySpec(kind, head if shape != "number" else head, _surface(tokens, index, j, text),
                       level=level_kind or (CENTRAL if parent and parent.level == CENTRAL else None),
                       level_word=level_word, area_name=area, area_hint=hint, name=name, of=parent,
                       english=english)


def person_named_at(tokens, k: int) -> bool:
    """A surname followed by a capitalized word: a person's name begins at token k."""
    return tokens[k].text in load_lexicon().surnames and k + 1 < len(tokens) and tokens[k + 1].is_cap


def _branch_after(tokens, j: int, text: str) -> tuple[tuple[int, int], int] | None:
    """((name end, branch start), end) of a firm's branch named after it: "… chi nhánh Hậu Giang",
    "… (Agribank) Chi nhánh tỉnh Sơn La"."""
    k = j + 3 if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" else j
    if k + 2 >= len(tokens) or (tokens[k].low, tokens[k + 1].low) != ("chi", "nhánh"):
        return None
    m = k + 2
    level = _tables()["level"].match(tokens, m)
    m = level[0] if level else m
    place = gazetteer_match(tokens, m, text)
    if place is None:
        return None
    return (j, k), place[0]


_NUMBERED_QUARTERS = frozenset({"khối", "khu", "tổ", "cụm"})  # a ward's quarters, numbered rather than named
_NOUNS = {("công", "trình"), ("giao", "thông")}  # whose second word would otherwise end a name


def _past_department_name(tokens, start: int, j: int) -> bool:
    """Whether token `j` is past the name of a ministry's department that starts at `start`:
    punctuation (but "Vụ Kế hoạch - Đầu tư"), a level word, a word that follows names
    ("dự", "đọc"; but "công trình giao thông"), "và" before a lower-case word, a verb ("Cục Chăn nuôi
    hướng dẫn"), a lower-case word after a place's name ("Cục Hải quan Bắc Ninh chống …"),
    or "làm" before a post ("Vụ trưởng Tổ chức cán bộ làm thứ trưởng", but "Cục Việc làm")."""
    token = tokens[j]
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if j > start + 1 and token.text in load_lexicon().surnames and j + 2 < len(tokens) and tokens[j + 1].is_cap \
            and tokens[j + 2].is_cap and tokens[j + 2].is_word:
        return True  # "Tổng cục Lâm nghiệp Mạc Đăng Khoa": the official's name after the department's
    if not token.is_word:
        return not (token.text in {"-", "–"} and j > start and following is not None and following.is_cap
                    and following.is_word and not _tables()["level"].match(tokens, j + 1))
    if j > start and token.low in _DIVISION_STOP | _AFTER_NAME and (tokens[j - 1].low, token.low) not in _NOUNS:
        return True
    if _tables()["level"].match(tokens, j):
        return True
    if following is None:
        return False
    if token.low == "và" and not following.is_cap:
        return True
    if (token.text, following.low) == ("đối", "với"):
        return True  # "giao quyền Cục trưởng Cục Thống kê đối với ông X"
    if j > start and ((token.low, following.low) in _VERBS_AFTER_DIVISION
                      or (not token.is_cap and (token.low, following.low) == ("tổng", "hợp"))):
        return True  # ("Vụ Kế hoạch tổng hợp kiến nghị của tỉnh", but "Vụ Tổng hợp")
    if j - start > 2 and not token.is_cap and tokens[j - 1].is_cap and tokens[j - 2].is_cap:
        return True
    return token.low == "làm" and following.is_word and not following.is_cap and following.low not in {"và", "của"} \
        and not _tables()["level"].match(tokens, j + 1)


def _agency_of_a_country(tokens, index: int, end: int, text: str, kind: str, head: str, english: str):
    """"Cơ quan Phát triển quốc tế Hoa Kỳ": words of a name up to the country that ends it."""
    if end >= len(tokens) or not tokens[end].is_cap or not tokens[end].is_word:
        return None
    for k in range(end + 1, min(len(tokens), end + 9)):
        if not tokens[k].is_word or tokens[k].low in _STOP_LOWER - {"và"}:
            return None
        if tokens[k].is_cap and (country := gazetteer_match(tokens, k, text, "Country")) is not None \
                and any(place.kind == "Country" for place in country[2]) and country[1] != "Việt Nam":
            name, end = text[tokens[index].start:tokens[country[0] - 1].end], country[0]
            glossed = end + 3 if end + 3 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" \
                and tokens[end + 1].text.isupper() else end  # ("… Hàn Quốc (KOTRA) tại Hà Nội")
            office = index > 1 and (tokens[index - 2].text, tokens[index - 1].text) == ("Văn", "phòng")
            if not office and (seat := _seat_at(tokens, glossed, text)) is not None:  # its office in Vietnam
                name, end = f"{name} tại {seat[1]}", seat[0]  # (but "Văn phòng Cơ quan X tại Y" is the office's)
            return end, BodySpec(kind, head, _surface(tokens, index, end, text), name=name,
                                 english=f"{english} of {country[1]}")
    return None


def _foreign_agency(tokens, index: int, text: str) -> tuple[int, str] | None:
    """(end, name) of a department of a neighbouring country's province, which Vietnam's list of
    departments does not hold ("Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Mondulkiri")."""
    if not FOREIGN_PROVINCES.get() or index >= len(tokens) or not tokens[index].is_cap:
        return None
    for k in range(index + 1, min(len(tokens), index + 10)):
        if not tokens[k].is_word and tokens[k].text not in {",", "-", "–"}:
            return None
        if tokens[k].low == "tỉnh":
            return (k, text[tokens[index].start:tokens[k - 1].end]) if _foreign_province_at(tokens, k, text) else None
    return None


def _foreign_province_at(tokens, index: int, text: str) -> bool:
    """"tỉnh X" at `index` names a province of a neighbouring country (see FOREIGN_PROVINCES)."""
    tail = _area_tail(tokens, index, text, require_level=True)
    return tail is not None and tail[1] == "Province" and tail[3] in FOREIGN_PROVINCES.get()


# "về phòng, chống tham nhũng, lãng phí, tiêu cực": the commas of a task's fixed wording
_TASK_LIST_WORDS = {"chống": 3, "lãng": 2, "tiêu": 2}  # with the words of each part


def _past_task_list(tokens: list[Token], j: int) -> int:
    """Past the rest of a task's fixed wording (", chống tham nhũng, tiêu cực"); the name
    ends there."""
    while j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].low in _TASK_LIST_WORDS:
        j = min(len(tokens), j + 1 + _TASK_LIST_WORDS[tokens[j + 1].low])
    return j


_STOP_LOWER = {"và", "của", "cho", "với", "tại", "theo", "được", "đã", "là", "có", "trong", "các", "những",
               "để", "về", "thuộc", "trên", "từ", "đến", "kiêm", "nhiệm", "chức", "danh", "kể", "ở", "cùng"}


def _region_at(tokens, index) -> bool:
    """"miền Bắc", "miền Trung": a region ending a company's name ("Tổng công ty Điện lực miền Bắc")."""
    return tokens[index].low == "miền" and index + 1 < len(tokens) \
        and tokens[index + 1].text in {"Bắc", "Trung", "Nam", "Tây", "Đông"}


# words that follow a body's name rather than belong to it ("Tổng cục Thuế dự", "… và bà X")
_BEFORE_NAME = {"do", "bởi", "gồm", "như", "là", "cùng", "với"}  # words that bring in a person's name
_AFTER_NAME = {"dự", "tham", "chủ", "phát", "báo", "cùng", "đồng", "ông", "bà", "anh", "chị", "kiểm", "trao",
               "tổ", "nhấn", "yêu", "ghi", "chúc", "nêu", "thông", "trình", "tiếp", "đọc"}
_VERBS_AFTER_DIVISION = {("phối", "hợp"), ("chủ", "trì"), ("tham", "mưu"), ("báo", "cáo"), ("rà", "soát"),
                         ("hướng", "dẫn"), ("đề", "nghị"), ("cho", "biết"), ("trình", "bày"), ("thực", "hiện"),
                         ("triển", "khai"), ("kiểm", "tra"), ("khẩn", "trương"), ("chịu", "trách"),
                         ("tiếp", "tục"), ("nghiên", "cứu"), ("phát", "biểu"), ("công", "bố")}
VERBS_AFTER_NAME = _VERBS_AFTER_DIVISION | {("tổ", "chức"), ("đã", "tổ"), ("đóng", "trên"), ("đóng", "quân"),
                                           ("đóng", "tại"), ("đóng", "chân")}  # ("Đồn Biên phòng X đóng trên …")
# a province's sub-departments (of agriculture, finance, trade, justice, health), named in lower case
_SUB_DEPARTMENTS = PhraseTable({name: name for name in (
    "Kiểm lâm", "Thủy lợi", "Phát triển nông thôn", "Chăn nuôi và Thú y", "Chăn nuôi, Thú y và Thủy sản",
    "Trồng trọt và Bảo vệ thực vật", "Bảo vệ thực vật", "Thú y", "Thủy sản", "Kiểm ngư", "Đê điều và Phòng, chống thiên tai",
    "Quản lý chất lượng nông lâm sản và thủy sản", "Quản lý thị trường",
    "Thống kê", "Thuế", "Hải quan", "Văn thư - Lưu trữ", "Dân số - Kế hoạch hóa gia đình", "Dân số",
    "An toàn vệ sinh thực phẩm", "An toàn thực phẩm", "Tiêu chuẩn Đo lường Chất lượng", "Biển và Hải đảo",
    "Bảo vệ môi trường", "Môi trường", "Đất đai", "Quản lý đất đai", "Giám định xây dựng", "Phát triển lâm nghiệp",
    "Thủy sản và Biển đảo", "Kiểm lâm vùng", "Phòng, chống tệ nạn xã hội")})
TASK_COUNCILS = {"Hội đồng đánh giá", "Hội đồng bồi thường", "Hội đồng Nghĩa vụ quân sự"}
_COMMA_COUNCILS = {"Hội đồng đánh giá", "Hội đồng bồi thường"}  # (their task runs on: "…, phân hạng sản phẩm OCOP")
_VILLAGE_WORDS_IN_NAMES = {"Bản", "Làng", "Xóm"}
_UNITS_PLURAL = {"huyện", "xã", "phường", "tỉnh", "cấp", "địa", "quận", "thị", "thành", "đơn", "sở", "ngành"}
_PROGRAMME_CODE = re.compile(r"\d+-[A-Za-zĐđ]+/[A-ZĐ]+\b")  # "02-CTr/TU", "15-NQ/HU"
TASK_BOARDS = {"Ban Chỉ đạo", "Ban Chỉ huy"}  # named by their task; written bare, the one named before
_DEFENCE_AREAS = {"Ban Chỉ huy Phòng thủ khu vực", "Ban CHPTKV"}
_REGIONAL_JUSTICE = {"Tòa án nhân dân khu vực", "Viện Kiểm sát nhân dân khu vực", "TAND khu vực", "VKSND khu vực"}
_SAID_OF_A_COMMITTEE = {"cũng", "đã", "sẽ", "đang", "vừa", "nghe", "họp", "đều"}
_DECIDED = {("thống", "nhất"), ("yêu", "cầu"), ("kết", "luận"), ("quyết", "định"), ("giao", "cho"), ("đánh", "giá")}
_DIVISION_STOP = _STOP_LOWER - {"và", "chức", "danh", "nhiệm"} | {"giữ", "nay", "thay"}


def with_context(spec: BodySpec, **changes) -> BodySpec:
    return replace(spec, **changes)
