"""Statement leftovers by construction (session 5), each with invented sentences (never
sentences from the gold files)."""

from tui.core.model import Statement
from tui.core.statements import find_statements


def statements(text: str) -> list[Statement]:
    return find_statements(text)[1]


def contents(text: str) -> list[str]:
    return [text[s.span[0] : s.span[1]] for s in statements(text)]


# A place or occasion after a cue never runs past "that": the plural noun after it opens the
# content ("talks", "cuts"), it is no venue word of the adjunct.


def test_venue_adjunct_stops_at_that():
    assert contents("The minister said in an e-mail that talks would resume on Monday.") == [
        "talks would resume on Monday"
    ]
    assert contents("The union said in a fax that cuts would hit nurses first.") == [
        "cuts would hit nurses first"
    ]
