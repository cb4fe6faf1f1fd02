"""Acts and non-statements in political news, by construction, on invented sentences."""

import pytest

from tui.core.statements import find_statements


def found(text: str) -> list[tuple[str | None, str, str]]:
    """(cue, act, content) of each statement found in `text`."""
    _, statements = find_statements(text)
    return [(s.cue, s.act, text[s.span[0] : s.span[1]]) for s in statements]


@pytest.mark.parametrize(
    "text",
    [
        "The councillor did not answer questions about the missing funds.",
        "The governor refused to take questions about the pardon.",
        "Ms. Quill dodged questions about her travel budget on Monday.",
        "The minister fielded questions about the tender all afternoon.",
    ],
)
def test_questions_put_to_the_subject_are_not_its_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The councillor raised questions about the missing funds.",
            "the missing funds",
        ),
    ],
)
def test_questions_the_subject_raises_are_kept(text: str, content: str) -> None:
    assert [c for _, _, c in found(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The farmers' union opposes that idea.", "that idea"),
        ("The senator criticized that decision on Monday.", "that decision on Monday"),
        ("The senator endorsed that proposal.", "that proposal"),
    ],
)
def test_that_before_a_lone_noun_is_a_demonstrative(text: str, content: str) -> None:
    assert [c for _, _, c in found(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator criticized that spending rose again.", "spending rose again"),
        ("The senator criticized that the decision was rushed.", "the decision was rushed"),
    ],
)
def test_that_before_a_clause_is_a_complementizer(text: str, content: str) -> None:
    assert [c for _, _, c in found(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "A study published in May shows that rents have doubled.",
            "shows",
            "rents have doubled",
        ),
        (
            "The audit released on Friday found that two depots were idle.",
            "found",
            "two depots were idle",
        ),
    ],
)
def test_a_participle_after_a_document_is_no_cue(text: str, cue: str, content: str) -> None:
    assert [(c, x) for c, _, x in found(text)] == [(cue, content)]


def test_a_document_published_by_a_subject_is_its_stance() -> None:
    assert [c for c, _, _ in found("The ministry published a study on rents.")] == ["published"]


def test_a_document_later_in_the_sentence_keeps_its_participle() -> None:
    text = "The plan drew on a paper published shortly before the speech."
    assert [c for c, _, _ in found(text)] == ["published"]


@pytest.mark.parametrize(
    "text",
    [
        "The chair called the meeting to order at noon.",
        "The speaker called the house to order after the shouting.",
    ],
)
def test_calling_to_order_is_no_speech(text: str) -> None:
    assert found(text) == []


def test_calling_on_someone_to_order_something_is_kept() -> None:
    text = "The senator called the council to order a review of the contract."
    assert [c for c, _, _ in found(text)] == ["called"]
