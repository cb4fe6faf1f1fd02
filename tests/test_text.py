"""Paragraphs, sentences and quotation marks."""

from tui.core.text import paragraphs, quotes, sentences


def contents(text: str) -> list[str]:
    return [text[q.content[0] : q.content[1]] for q in quotes(text)]


def test_paragraphs_skip_blank_lines_and_trim():
    text = "  One.\n\n\nTwo. \n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two."]


def test_curly_straight_and_guillemet_quotes():
    text = 'He said “yes” and "no" and «peut-être».'
    assert contents(text) == ["yes", "no", "peut-être"]


def test_apostrophes_are_not_quotes():
    text = "It’s the Council’s plan, the players’ union said."
    assert quotes(text) == []


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "“He called it ‘a farce,’ and left,” she said."
    assert contents(text) == ["He called it ‘a farce,’ and left,"]


def test_single_quotes_at_top_level():
    text = "Moreno: Okafor needs to 'step back from all of it' before the vote."
    assert contents(text) == ["step back from all of it"]


def test_a_quote_over_several_paragraphs_is_one_quote():
    text = "“First part.\n\n“Second part.\n\n“Last part,” he said.\n\nAfter."
    (quote,) = quotes(text)
    assert text[quote.content[0] : quote.content[1]].endswith("Last part,")
    assert text[quote.content[0] : quote.content[1]].startswith("First part.")


def test_an_unclosed_quote_ends_with_its_paragraph():
    text = "“Never closed here.\n\nA plain paragraph."
    assert contents(text) == ["Never closed here."]


def test_two_apostrophe_quotes():
    text = "''It's more tinkering,'' said Alan Cole."
    assert contents(text) == ["It's more tinkering,"]


def test_sentences_keep_titles_initials_and_quotes_whole():
    text = "Gen. Oleksandr Syrskiy spoke. “One. Two,” he said. Mary J. Blige sang."
    (para,) = paragraphs(text)
    found = [text[s:e] for s, e in sentences(text, para, quotes(text))]
    assert found == ["Gen. Oleksandr Syrskiy spoke.", "“One. Two,” he said.", "Mary J. Blige sang."]


def test_a_dash_attribution_stays_in_the_sentence_of_its_quote():
    text = "“It is bad. Very bad.” ― Krystal Correa"
    (para,) = paragraphs(text)
    assert sentences(text, para, quotes(text)) == [para]


def test_a_name_after_a_question_in_quotes_continues_the_sentence():
    text = "“How many times must we see this?” Clinton said. “It is unbearable.”"
    (para,) = paragraphs(text)
    found = [text[s:e] for s, e in sentences(text, para, quotes(text))]
    assert found == ["“How many times must we see this?” Clinton said.", "“It is unbearable.”"]


def test_word_starts_finds_what_a_word_boundary_finds() -> None:
    """WordStarts matches `\\b(?<![’'-])(?:words)after` exactly, windows and text edges included."""
    import random
    import re

    from tui.core.text import WordStarts, alternation

    words = ["said", "says", "sa", "s", "ab", "a b", "É1"]
    alphabet = [*"ab sa'’-_é1.,É\n", "said", "says"]
    rng = random.Random(7)
    for after in ("", r"(?![\w’'-])"):
        fast = WordStarts.of(words, after)
        plain = re.compile(r"\b(?<![’'-])(?:" + alternation(frozenset(words)) + ")" + after)
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            expected = [m.span() for m in plain.finditer(text, start, end)]
            assert list(fast.finditer(text, start, end)) == expected, (text, start, end)


def test_plural_titles_do_not_end_a_sentence():
    text = "The scandal led Sens. Jon Tester and David Vitter to act. Reps. Smith agreed."
    (para,) = paragraphs(text)
    found = [text[s:e] for s, e in sentences(text, para, quotes(text))]
    assert found == [
        "The scandal led Sens. Jon Tester and David Vitter to act.",
        "Reps. Smith agreed.",
    ]
