"""Sports news: match reports, transfer stories and athlete features (invented sentences)."""

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def spans_of(text: str) -> list[str]:
    _, statements = find_statements(text)
    return [text[s.span[0] : s.span[1]] for s in statements]


def test_a_time_adverb_of_sequence_stays_out_of_the_content():
    text = "Winger Pia Holm said afterwards that the pitch had been too dry."
    assert spans_of(text) == ["the pitch had been too dry"]
    text = "Goalkeeper Ivo Rask told reporters afterward that he had seen the ball late."
    assert spans_of(text) == ["he had seen the ball late"]


def test_worth_ends_the_counted_noun_of_a_contract():
    text = "The forward agreed a three-year contract worth $45 million."
    figures = find_figures(text)
    assert [text[f.span[0] : f.span[1]] for f in figures] == ["three-year contract", "$45 million"]
    assert figures[0].subject == "year contract"
