"""Sentences a review of new rules found read wrong, each next to the rule's own case: a rule
for one construction must leave its near neighbours as they were."""

import pytest
from extraction_helpers import named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements.patterns import word_before


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "the former" alone is one of two people named; before a noun it is an adjective
        ("“We lost the vote,” said the former mayor, Ann Lee.", "Ann Lee", "former mayor"),
        ("The vote was lost, said the former mayor of Oslo.", "the former mayor of Oslo", None),
    ],
)
def test_the_former_before_a_noun_is_an_adjective(text: str, name: str, role: str | None) -> None:
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a source that is no outlet reports what was said to it (a document also relays
        # the saying, as its speaker's: test_document_relays_the_saying_it_reports)
        (
            "According to two witnesses, the driver said he had been drinking.",
            "two witnesses",
            "the driver said he had been drinking",
        ),
        # an outlet is only the channel: the clause's own cue reports it
        (
            "According to state media, the minister said the talks had failed.",
            "the minister",
            "the talks had failed",
        ),
        (
            "According to state media, the minister wrote that the talks had failed.",
            "the minister",
            "the talks had failed",
        ),
    ],
)
def test_according_to_an_outlet_or_another_source(text: str, speaker: str, content: str) -> None:
    assert [(s, c.rstrip(".")) for c, s, _ in named(text)] == [(speaker, content)]


def test_document_relays_the_saying_it_reports() -> None:
    text = "According to the indictment, Lee told agents he had never owned a gun."
    assert [(s, c.rstrip(".")) for c, s, _ in named(text)] == [
        ("the indictment", "Lee told agents he had never owned a gun"),
        ("Lee", "he had never owned a gun"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee told the network Ford would cut jobs.", "Ford would cut jobs"),
        ("The envoy told the state news agency TASS that the deal was dead.", "the deal was dead"),
    ],
)
def test_a_name_after_an_outlets_noun_is_its_name_only_before_that(text: str, content: str) -> None:
    assert named(text)[0][0].rstrip(".") == content


def test_a_surname_that_is_also_an_honour_is_a_name() -> None:
    assert speaker_of("Grace Tan of Acme said sales rose.") == ("Grace Tan", "person", "Acme")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # the clause's own verb agrees with its own subject, not the sentence's
        (
            "Officials who believe the report says too little argued that it should be redone.",
            "the report says too little",
            "it should be redone",
        ),
        (
            "Traders who expect a rate cut say the bank will move in June.",
            "a rate cut",
            "the bank will move in June",
        ),
    ],
)
def test_the_sentences_verb_agrees_with_its_subject(text: str, first: str, second: str) -> None:
    assert [c.rstrip(".") for c, _, _ in named(text)] == [first, second]


def test_a_time_is_no_source_of_warnings() -> None:
    [(content, speaker, _)] = named("There were warnings from the start that the dam was weak.")
    assert (content.rstrip("."), speaker) == ("the dam was weak", None)


@pytest.mark.parametrize(
    "text",
    [
        "The union said it would keep talking but would not give ground on pay.",
        "Lee said the town would grow but would not provide more housing.",
    ],
)
def test_what_a_source_will_not_give_is_what_it_said(text: str) -> None:
    assert " but would not " in named(text)[0][0]


@pytest.mark.parametrize("text", ["Hale denied again.", "Hale denied strongly."])
def test_an_adverb_is_no_one_word_denial(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    "text", ["Flu cases rose to a record 1,240.", "Flu cases reached a total of 1,240."]
)
def test_an_article_before_the_number_keeps_the_subjects_unit(text: str) -> None:
    assert [f.unit for f in find_figures(text)] == ["cases"]


def test_a_floating_quotation_talking_of_the_subject_is_the_last_speakers() -> None:
    found = named(
        "“We were robbed,” coach Ann Lee said. Striker Tom Hale scored twice before the "
        "break. “He was brilliant today.”"
    )
    assert {speaker for _, speaker, _ in found} == {"Ann Lee"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme cuts forecast", "cuts"),
        ("here.\nhttps://example.com/acme-cuts plans", ""),  # no word of its own
        ("met.\nScraps plans", "Scraps"),  # not across the line
    ],
)
def test_word_before_stays_in_its_window_and_line(text: str, word: str) -> None:
    assert word_before(text, text.rindex(" ") + 1) == word
