"""Segment stage: split normalized text into sentences with their offsets.

Vietnamese news sentences end in ".", "!", "?", "…" or ";" lists; abbreviations such as
"TP." and numbered items such as "2.1." must not end a sentence.
"""
from __future__ import annotations

import re

from graph.types import Sentence

_END = re.compile(r"(?<=[.!?…])[\"”»)]*\s+(?=[\"“«(]?[A-ZĐÀ-Ỹ0-9*-])")
_NO_BREAK_BEFORE = re.compile(
    # (a number ends a sentence, "… Kỳ họp thứ 31. Kỳ họp diễn ra …", unless it is an item's:
    # "2.1." or a line's own "1.")
    r"(\b(TP|Tp|tp|TS|ThS|PGS|GS|BS|KS|St|TT|Q|P|H|X|số|No)\.|\b\d+(\.\d+)+\.|^\s*\d+\.|\b[A-ZĐ]\.)$"
)


def split_sentences(text: str) -> list[Sentence]:
    """One Sentence per sentence, paragraph by paragraph (a line is a paragraph)."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph_index, line in enumerate(text.split("\n")):
        start = 0
        for match in _END.finditer(line):
            candidate = line[start:match.start()].rstrip()
            if _NO_BREAK_BEFORE.search(candidate):
                continue
            _append(sentences, line, start, match.start(), offset, paragraph_index)
            start = match.end()
        _append(sentences, line, start, len(line), offset, paragraph_index)
        offset += len(line) + 1
    return sentences


def _append(sentences, line, start, end, offset, paragraph):
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    sentences.append(Sentence(len(sentences), stripped, offset + start + lead, paragraph))
