"""Quotations set out as a list, as explainers and live pages print them: each item names
its own speaker after a dash, or carries its own attribution, and a label over the list
("What they said:") is no speaker."""

from extraction_helpers import named


def test_each_list_item_with_a_dash_attribution_is_said_by_its_name():
    text = (
        '- "The bridge must close." — Mayor Ana Ruiz\n'
        '* "Nobody asked the ferry crews." — Councilman Ed Park\n'
        '• "We were told nothing." — Lina Obi\n'
    )
    assert [(c, n) for c, n, _ in named(text)] == [
        ("The bridge must close", "Ana Ruiz"),
        ("Nobody asked the ferry crews", "Ed Park"),
        ("We were told nothing", "Lina Obi"),
    ]


def test_a_label_ending_in_a_colon_does_not_take_a_quotation_that_names_its_speaker():
    text = (
        "What the candidates said:\n\n"
        '"Taxes will not rise." — Paul Grey\n\n'
        '"The budget is a fantasy." — Rosa Lind\n'
    )
    assert [n for _, n, _ in named(text)] == ["Paul Grey", "Rosa Lind"]


def test_a_colon_attribution_still_takes_the_quotation_in_the_next_paragraph():
    text = 'Grey said:\n\n"Taxes will not rise, not this year and not next year."\n'
    assert [(c, n) for c, n, _ in named(text)] == [
        ("Taxes will not rise, not this year and not next year", "Grey")
    ]


def test_a_list_mark_is_no_part_of_a_statement_in_a_list_item():
    text = (
        '- "The bridge must close," Ruiz said.\n'
        '• "It is a dark day," said Ed Park.\n'
        "▪ Park said the vote was rushed.\n"
    )
    assert [(c, n) for c, n, _ in named(text)] == [
        ("The bridge must close", "Ruiz"),
        ("It is a dark day", "Ed Park"),
        ("the vote was rushed", "Ed Park"),
    ]
