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

# ASCII letters as "a" (small) and "A" (capital), every other byte a space: the encoded text
# translated so is searched, in C, for a capital between two small letters, by a pattern
# opening with the capital (the regex engine skips to that byte, not tried at each letter).
_LETTER_CASES = bytes(97 if 97 <= i <= 122 else 65 if 65 <= i <= 90 else 32 for i in range(256))
_INNER_CAPITAL = re.compile(rb"A(?<=aA)a")
# Before a word of a web address, a handle or a file's name, not a brand in prose.
_ADDRESS_MARKS = frozenset(b"/.=_-@#\\")
# The words that, capitalised after another, tell two words run together ("saidHe").
_RUN_ON_WORDS = FUNCTION_WORDS | PERSON_PRONOUNS | PLURAL_PRONOUNS
# A lower-case word before the appositive describing it, opening the text or a line (its line
# break first: the regex engine skips to that character).
_BRAND_BEFORE_APPOSITIVE = r"([a-z][a-z0-9]{2,}), (?:the|a|an) "
_FIRST_BRAND = re.compile(_BRAND_BEFORE_APPOSITIVE)
_OPENING_BRAND = re.compile("\n" + _BRAND_BEFORE_APPOSITIVE)


def brand_cased(text: str) -> tuple[str, dict[str, str]]:
    """`text` with its brands written in lower case given a capital (same length), and each
    capitalised form's own spelling."""
    words = _inner_capitals(text) | _opening_brands(text)
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


def _inner_capitals(text: str) -> set[str]:
    """The words in lower case with a capital inside ("echoForge") of `text`, found in its
    letters' cases by one search in C, the words read only where one is."""
    encoded = text.encode(errors="surrogatepass")  # a lone surrogate (no letter) too
    cases = encoded.translate(_LETTER_CASES)
    found: set[str] = set()
    end = 0
    for capital in _INNER_CAPITAL.finditer(cases):
        if capital.start() < end:
            continue  # another capital of the word read last
        start = capital.start() - 1
        while start and cases[start - 1] == 97:
            start -= 1
        end = capital.end()
        while end < len(cases) and cases[end] in (97, 65):
            end += 1
        word = encoded[start:end].decode()
        if (
            (not start or cases[start - 1] == 32 and encoded[start - 1] not in _ADDRESS_MARKS)
            and (end == len(cases) or cases[end] == 32 and encoded[end] not in b"0123456789")
            and word[capital.start() - start :].lower() not in _RUN_ON_WORDS
        ):
            found.add(word)  # not two words run together, the second capitalised: "saidHe"
    return found


def _opening_brands(text: str) -> set[str]:
    """The lower-case words opening `text` or a line of it (a paragraph) before an
    appositive ("noyb, the group")."""
    return {
        match.group(1)
        for match in (_FIRST_BRAND.match(text), *_OPENING_BRAND.finditer(text))
        if match is not None
        and match.group(1) not in FUNCTION_WORDS
        and _paragraph_opening(text, match.start())
    }


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


def _paragraph_opening(text: str, at: int) -> bool:
    """Whether the line break at `at` (0: the text's start) ends a paragraph: the line
    before it is blank or ends a sentence; not a break inside a paragraph wrapped by hand,
    ragged ("... she told reporters it\nsaid, the city ..."), whose next line opens with
    any word."""
    end = at
    while end > 0 and text[end - 1] in " \t\r":
        end -= 1
    return end <= 0 or text.endswith(_PARAGRAPH_ENDS, 0, end)


# The last marks of a line that ends a paragraph: a sentence's end, a closing quotation mark,
# a line break (a blank line before).
_PARAGRAPH_ENDS = (".", "!", "?", ":", '"', "\u201d", "\n")
