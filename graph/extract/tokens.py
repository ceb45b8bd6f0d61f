"""Tokens with offsets, and phrase tables that match multi-word lexicon entries on them."""
from __future__ import annotations

import re

_TOKEN = re.compile(r"\d+(?:[.,/-]\d+)*|[^\W_]+(?:['’][^\W_]+)?|\S")


class Token:
    """A word or punctuation mark with its offsets; the lower-case form is computed once."""

    __slots__ = ("text", "start", "end", "low", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.low = text.casefold()
        self.is_word = text[0].isalnum()
        self.is_cap = text[0].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


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

    def starters(self) -> set[str]:
        """First words of the phrases (lower case), for a quick 'can anything start here'."""
        return {key.casefold() for key in self._by_first}

    def match(self, tokens: list[Token], index: int):
        """Return (end_index, payload) of the longest phrase starting at index, or None."""
        if index >= len(tokens):
            return None
        attribute = "text" if self.case_sensitive else "low"
        candidates = self._by_first.get(getattr(tokens[index], attribute))
        if not candidates:
            return None
        available = len(tokens) - index
        for key, payload in candidates:
            length = len(key)
            if length > available:
                continue
            k = 1
            while k < length and getattr(tokens[index + k], attribute) == key[k]:
                k += 1
            if k == length:
                return index + length, payload
        return None
