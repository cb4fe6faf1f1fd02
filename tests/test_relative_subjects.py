"""A cue in a relative clause on a sentence's subject ("Residents who back the plan said ..."):
the clause reports its object, and the sentence's own verb after it is a statement of its
own, made by the whole subject; and a name before "one of the N who ..." is who speaks."""

import pytest
from extraction_helpers import named


@pytest.mark.parametrize(
    ("text", "stance", "said", "speaker"),
    [
        (
            "Farmers who oppose the dam said the valley would flood.",
            "the dam",
            "the valley would flood",
            "Farmers who oppose the dam",
        ),
        (
            "Nurses who backed the strike told reporters the wards were understaffed.",
            "the strike",
            "the wards were understaffed",
            "Nurses who backed the strike",
        ),
        (
            "Those who support the levy say it will pay for two new schools.",
            "the levy",
            "it will pay for two new schools",
            "Those who support the levy",
        ),
        (
            "Growers that oppose the levy say it will ruin them.",
            "the levy",
            "it will ruin them",
            "Growers that oppose the levy",
        ),
        (
            "Firms that backed the bill told lawmakers it would save jobs.",
            "the bill",
            "it would save jobs",
            "Firms that backed the bill",
        ),
        (
            "Shopkeepers who have long criticized the parking fees argue the town is emptying.",
            "the parking fees",
            "the town is emptying",
            "Shopkeepers who have long criticized the parking fees",
        ),
    ],
)
def test_the_relative_clause_and_the_sentences_own_verb_are_two_statements(
    text: str, stance: str, said: str, speaker: str
) -> None:
    (first, _, _), (second, name, _) = named(text)
    assert (first, second.rstrip("."), name) == (stance, said, speaker)


def test_a_thought_in_the_subjects_clause_ends_before_the_sentences_verb() -> None:
    (first, _, cue), (second, name, _) = named(
        "Traders who expect a rate cut say the bank will move in June."
    )
    assert (first, cue, second.rstrip("."), name) == (
        "a rate cut",
        "expect",
        "the bank will move in June",
        "Traders who expect a rate cut",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause after the cue: a name before the verb is that verb's own subject (the
        # sentence's own verb after the reported clause's ends it: "are angry")
        (
            "Residents who fear Ona Pell said the ferry would stop are angry.",
            "Ona Pell said the ferry would stop",
        ),
        # coordinated with the clause's verb: no verb of the sentence's own
        (
            "He met tenants who oppose the rent rise and said they were right.",
            "the rent rise and said they were right",
        ),
    ],
)
def test_no_sentence_verb_is_read_where_the_clause_may_still_run_on(
    text: str, content: str
) -> None:
    assert named(text)[0][0].rstrip(".") == content


def test_a_relative_clause_set_off_by_commas_still_ends_at_its_comma() -> None:
    assert named("The warden, who opposed the transfer, said the prison was full.") == [
        ("the transfer", "The warden", "opposed"),
        ("the prison was full", "The warden", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ida Brenner, one of four trustees who opposed the sale, said it was rushed.",
            "Ida Brenner",
        ),
        ("Tomas Ek, one of the pilots who backed the strike, said pay was the issue.", "Tomas Ek"),
    ],
)
def test_a_name_before_one_of_those_who_is_the_speaker(text: str, name: str) -> None:
    assert [speaker for _, speaker, _ in named(text)] == [name, name]


def test_a_clause_closed_by_its_comma_with_no_object_reports_nothing() -> None:
    assert named(
        "Alderman Rui Costa, one of the two who voted against, believes the budget is short."
    ) == [("the budget is short", "Rui Costa", "believes")]


@pytest.mark.parametrize(
    "text",
    [
        # a content read short before a cue word ("taxes"), or one word: then none before
        "The group, which argues for lower taxes, said the plan was flawed.",
        "A chatbot called Orla, which answers questions, said the bank was closed.",
    ],
)
def test_the_words_before_which_are_never_its_content(text: str) -> None:
    head = text.split(",")[0]
    assert all(content != head for content, _, _ in named(text))
    assert named(text)[-1][0].startswith("the ")
