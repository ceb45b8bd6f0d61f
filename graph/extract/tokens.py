"""Tokens with offsets, and phrase tables that match multi-word lexicon entries on them."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\d+(?:[.,/-]\d+)*|[^\W_]+(?:['’][^\W_]+)?|\S")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(token.low for token in tokenize(phrase))


class PhraseTable:
    """Longest-first matching of phrases (case-insensitive) at a token index."""

    def __init__(self, entries: dict[str, object], case_sensitive: bool = False):
        self.case_sensitive = case_sensitive
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, payload in entries.items():
            key = tuple(t.text for t in tokenize(phrase)) if case_sensitive else phrase_key(phrase)
            self._by_first.setdefault(key[0], []).append((key, payload))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def match(self, tokens: list[Token], index: int):
        """Return (end_index, payload) of the longest phrase starting at index, or None."""
        if index >= len(tokens):
            return None
        first = tokens[index].text if self.case_sensitive else tokens[index].low
        for key, payload in self._by_first.get(first, ()):
            end = index + len(key)
            if end <= len(tokens) and all(
                (tokens[index + k].text if self.case_sensitive else tokens[index + k].low) == key[k]
                for k in range(1, len(key))
            ):
                return end, payload
        return None
