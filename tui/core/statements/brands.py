"""Names written in lower case: brands whose first letter is small ("echoForge", "eBay",
"noyb"). The stages read a name by its capital, so before any of them reads the text each
such name gets one (same length: "EchoForge", "Noyb"), and the speakers found are given
their own spelling back (`restored`).

- A word in lower case with a capital inside, a small letter after it ("echoForge",
  "easyJet", "iRobot"); not "mRNA", "iOS" or "kWh", nor a word run into the next one
  ("saidThe").
- A lower-case word opening a paragraph before a comma and an article, an appositive
  describing it ("noyb, the Vienna privacy group, said"), and every use of that word."""

from __future__ import annotations

import dataclasses
import re

from tui.core.lexicon import FUNCTION_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS
from tui.core.model import Speaker

# ASCII letters as "a" (small) and "A" (capital), line breaks kept, everything else a space:
# one translation of the encoded text finds a small letter, a capital and a small letter in a
# row, or a line opening with a small letter, by `find`.
_LETTER_CASES = bytes(
    97 if 97 <= i <= 122 else 65 if 65 <= i <= 90 else 10 if i == 10 else 32 for i in range(256)
)
_INNER_CAPITAL = b"aAa"
# Before a word of a web address, a handle or a file's name, not a brand in prose.
_ADDRESS_MARKS = frozenset(b"/.=_-@#\\")
# The words that, capitalised after another, tell two words run together ("saidHe").
_RUN_ON_WORDS = FUNCTION_WORDS | PERSON_PRONOUNS | PLURAL_PRONOUNS
# A lower-case word opening a paragraph before the appositive describing it.
_OPENING_BRAND = re.compile(rb"([a-z][a-z0-9]{2,}), (?:the|a|an) ")
_LINE_OPENING = b"\na"  # a line break before a small letter


def brand_cased(text: str) -> tuple[str, dict[str, str]]:
    """`text` with its brands written in lower case given a capital (same length), and each
    capitalised form's own spelling."""
    encoded = text.encode(errors="surrogatepass")  # a lone surrogate is no letter of a brand
    cases = encoded.translate(_LETTER_CASES)
    words = _inner_capitals(encoded, cases) | _opening_brands(encoded, cases)
    if not words:
        return text, {}
    shown = {word[0].upper() + word[1:]: word for word in words}
    chars = list(text)
    for word in words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                chars[at] = word[0].upper()
            at = text.find(word, end)
    return "".join(chars), shown


def _inner_capitals(encoded: bytes, cases: bytes) -> set[str]:
    """The words in lower case with a capital inside ("echoForge") of the `encoded` text,
    found in its letters' `cases`: one pass in C, the words read only where one is."""
    found: set[str] = set()
    at = cases.find(_INNER_CAPITAL)
    while at != -1:
        start = at
        while start and cases[start - 1] == 97:
            start -= 1
        end = at + 3
        while end < len(cases) and cases[end] in (97, 65):
            end += 1
        word = encoded[start:end].decode()
        if (
            (not start or cases[start - 1] <= 32 and encoded[start - 1] not in _ADDRESS_MARKS)
            and (end == len(cases) or cases[end] <= 32 and encoded[end] not in b"0123456789")
            and word[at + 1 - start :].lower() not in _RUN_ON_WORDS
        ):
            found.add(word)  # not two words run together, the second capitalised: "saidHe"
        at = cases.find(_INNER_CAPITAL, end)
    return found


def _opening_brands(encoded: bytes, cases: bytes) -> set[str]:
    """The lower-case words opening a line of the `encoded` text (a paragraph) before an
    appositive ("noyb, the group"), found by the line breaks before a small letter in its
    letters' `cases`."""
    found = set()
    at = -1 if cases.startswith(b"a") else cases.find(_LINE_OPENING)
    while True:
        match = _OPENING_BRAND.match(encoded, at + 1)
        if (
            match is not None
            and match.group(1).decode() not in FUNCTION_WORDS
            and _paragraph_opening(encoded, at)
        ):
            found.add(match.group(1).decode())
        at = cases.find(_LINE_OPENING, at + 2)
        if at == -1:
            return found


def restored(speakers: list[Speaker], shown: dict[str, str]) -> list[Speaker]:
    """`speakers` with each brand given a capital (`brand_cased`) spelt its own way again in
    their names, roles and aliases."""
    if not shown:
        return speakers
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(shown))) + r")\b")

    def own(words: str) -> str:
        return pattern.sub(lambda m: shown[m.group()], words)

    return [
        dataclasses.replace(
            s,
            name=own(s.name),
            role=own(s.role) if s.role else s.role,
            aliases=tuple(map(own, s.aliases)),
        )
        for s in speakers
    ]


def _paragraph_opening(encoded: bytes, at: int) -> bool:
    """Whether the line break at `at` (-1: the text's start) ends a paragraph: the line
    before it is blank or ends a sentence; not a break inside a paragraph wrapped by hand,
    ragged ("... she told reporters it\nsaid, the city ..."), whose next line opens with
    any word."""
    end = at
    while end > 0 and encoded[end - 1] in b" \t\r":
        end -= 1
    return end <= 0 or encoded.endswith(_PARAGRAPH_ENDS, 0, end)


# The last marks of a line that ends a paragraph: a sentence's end, a closing quotation mark,
# a line break (a blank line before).
_PARAGRAPH_ENDS = (b".", b"!", b"?", b":", b'"', "\u201d".encode(), b"\n")
