"""Sports news: match reports, transfer stories and athlete features (invented sentences)."""

from tui.core.statements import find_statements


def spans_of(text: str) -> list[str]:
    _, statements = find_statements(text)
    return [text[s.span[0] : s.span[1]] for s in statements]


def test_a_time_adverb_of_sequence_stays_out_of_the_content():
    text = "Winger Pia Holm said afterwards that the pitch had been too dry."
    assert spans_of(text) == ["the pitch had been too dry"]
    text = "Goalkeeper Ivo Rask told reporters afterward that he had seen the ball late."
    assert spans_of(text) == ["he had seen the ball late"]
