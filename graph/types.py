"""Records passed between pipeline stages. Stages import these, never each other's internals."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawArticle:
    """An input file's text as read, with where it came from."""

    identifier: str  # file name, e.g. "000_fccdc8ef853b0581.txt"
    text: str
    source: str = ""  # path or URL, for messages only
    url: str | None = None
    date_hint: str | None = None  # from a sidecar / front matter


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int  # offset in the article's normalized text
    paragraph: int


@dataclass(frozen=True)
class Article:
    """A normalized, segmented article."""

    identifier: str
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    url: str | None = None
    date_hint: str | None = None
    site: str | None = None  # the news site's domain, from the URL or a "(Baohatinh.vn) -" lead
    glosses: tuple[tuple[str, str], ...] = ()  # abbreviations glossed in brackets, taken out of the text


@dataclass(frozen=True)
class PartialDate:
    """A date known to day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class AreaRef:
    """An administrative unit, resolved to a name, a kind and its parents."""

    name: str
    kind: str  # Country | Province | City | Town | District | Commune | Village
    parent: "AreaRef | None" = None
    iso: str | None = None
    centrally_run: bool = False
    type_word: str = ""  # "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", ...

    @property
    def key(self) -> tuple:
        return (self.kind, self.name, self.parent.key if self.parent else None)


@dataclass(frozen=True)
class BodyRef:
    """A political or state body with its canonical name and place in the hierarchy."""

    name: str  # canonical, e.g. "Ban Thường vụ Tỉnh ủy Hà Tĩnh"
    kind: str  # body class local name, e.g. "StandingCommittee"
    english: str = ""
    parent: "BodyRef | None" = None
    area: AreaRef | None = None


@dataclass
class Mention:
    """Something an article names, with the sentence it was read from."""

    sentence: int
    surface: str


@dataclass
class Role:
    title: str  # "Phó Bí thư Thường trực"
    english: str
    body: BodyRef | None
    sentence: int


@dataclass
class Person:
    name: str
    roles: list[Role] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)


@dataclass
class Document:
    kind: str  # document class local name
    number: str | None
    date: PartialDate | None = None
    issuer: BodyRef | None = None
    title: str | None = None
    term: str | None = None  # "XI" for "(khóa XI)"
    sentence: int = 0
    short: bool = False  # a short mention ("Nghị quyết 09") to be joined to a full one
    issuer_inferred: bool = False  # the issuer comes from the number's code, not the text


@dataclass
class Event:
    kind: str  # Conference | Congress | Meeting
    date: PartialDate | None
    organizer: BodyRef | None
    label: str
    sentence: int
    chairs: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    documents: list[int] = field(default_factory=list)  # indexes into Extraction.documents


@dataclass
class Extraction:
    """Everything read from one article, already resolved within the article."""

    article: Article
    published: PartialDate | None
    province: AreaRef | None
    persons: list[Person] = field(default_factory=list)
    bodies: dict[str, tuple[BodyRef, set[str], list[int]]] = field(default_factory=dict)
    areas: dict[tuple, tuple[AreaRef, list[int]]] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class BodySpec:
    """A body as the text names it, before context fills in what it leaves out
    ("BTV Tỉnh ủy" names a standing committee of some province's committee)."""

    kind: str  # body class local name
    head: str  # canonical head words: "Tỉnh ủy", "Ban Tổ chức", "Hội đồng nhân dân", ...
    surface: str
    level: str | None = None  # area kind the body's territory has, "central" for national
    level_word: str | None = None  # "tỉnh", "huyện", ... as written
    area_name: str | None = None
    area_hint: str | None = None  # a parenthesised parent area: "xã X (Đức Thọ)"
    name: str | None = None  # full name for bodies named, not composed ("Cụm Thi đua số 2")
    of: "BodySpec | None" = None  # the committee or body it belongs to
    english: str = ""
    position: int = field(default=-1, compare=False)  # token index in its sentence, -1 unknown
