"""A quotation after a colon that closes a short clause with no cue ("Lee was blunter:
“…”") is said by that clause's subject; not after a thing, a document or a long clause.
And an aside between commas after a name ("Voss, for her part,") is no role. Invented
sentences."""

from types import SimpleNamespace

import pytest
from extraction_helpers import named
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.statements import find_statements
from tui.core.statements.quotations import Quotations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivo Marsh was blunter: “They have studied it to death.”", "Ivo Marsh"),
        ("Dara Wynn had a simpler answer: “Fix the bridge now.”", "Dara Wynn"),
        ("The mayor, however, had a warning: “Prices will keep rising.”", "The mayor"),
        # two words make a sentence when a sentence's mark ends them and the second is lower
        ("Ivo Marsh was blunt: “We lost.”", "Ivo Marsh"),
        ("Ivo Marsh was blunt: “We lost”.", "Ivo Marsh"),
        ("Dara Wynn had a short answer: “Absolutely not!”", "Dara Wynn"),
        ("Ann Lee was plain: “No deal.”", "Ann Lee"),
        # a noun of what was said, and who it came from, before the clause's verb
        ("The message from the nurses was plain: “We walk out at noon.”", "the nurses"),
        ("The reply from Ivo Marsh came within the hour: “I have nothing to hide.”", "Ivo Marsh"),
        ("The verdict of the judges was blunt: “The levy cannot stand.”", "the judges"),
    ],
)
def test_a_quotation_after_a_short_clause_and_its_colon_is_its_subjects(
    text: str, name: str
) -> None:
    [(content, speaker, cue)] = named(text)
    assert (speaker, cue) == (name, None)
    assert content.startswith(text[text.index("“") + 1 : text.index("“") + 8])


@pytest.mark.parametrize(
    "text",
    [
        "It ends with a single line: “I will come back when I can.”",  # a thing
        "The memo closes with her words: “We never forget our own.”",  # a document
        "He was so angry, and shouted so loud, that I gave in: “Fine, take the car.”",
        "The film is called: “Dust”.",  # a title, not a quotation
        "The film is called: “Dust.”",
        "The show has a new name: “Red Sky.”",  # two words in title case
        "The roof of the hall was painted: “Welcome home, sailors.”",  # no noun of saying
        "The message was clear: “We walk out at noon.”",  # nobody it came from
        # a clause giving a name: the quotation is the name, in sentence case too
        "Ann Lee named her boat: “Sea breeze.”",
        "Tom Vale chose a name for the cafe: “Good grief.”",
        "Ann Lee gave her new album a title: “Cold comfort.”",
        "Ivo Marsh nicknamed the dog: “Old boy.”",
        "Tom Vale renamed the shop: “Fresh start.”",
        # the same in three words or more
        "Dara Wynn named her boat: “Sea breeze and storm.”",
        "Dara Wynn titled her memoir: “Still here, still standing.”",
        "Ann Lee gave her album a title: “Cold comfort in the rain.”",
    ],
)
def test_a_colon_after_a_thing_or_a_long_clause_gives_the_quotation_no_subject(
    text: str,
) -> None:
    assert all(speaker is None or speaker in ("I",) for _, speaker, _ in named(text))


def test_an_aside_between_commas_is_no_role() -> None:
    text = "Greta Voss, for her part, was unmoved: “The numbers do not add up.”"
    _, statements = find_statements(text)
    assert [s.cue for s in statements] == [None]
    speakers, _ = find_statements(text)
    assert [(s.name, s.role) for s in speakers] == [("Greta Voss", None)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=": \t\n\u00a0\u2003x“", max_size=12), st.data())
def test_colon_before_is_the_colon_ending_a_span_before_spaces(
    text: str, data: st.DataObject
) -> None:
    """`_colon_before` against the string forms it replaced: "ends in a colon after
    stripping" and "only spaces after the colon at `start`"."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    colon = Quotations._colon_before(SimpleNamespace(text=text), start, end)  # type: ignore[arg-type]
    assert (colon >= 0) == text[start:end].rstrip().endswith(":")
    if start < end and text[start] == ":":
        assert (colon == start) == (not text[start + 1 : end].strip())
