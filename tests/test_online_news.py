"""Online creators, platforms and games as a new analyst reads them: constructions found by
trying whosaid on invented stories of a streamer's apology, a game studio's layoffs and a
regulator's fine on a video platform (in tests/data/speakers/), each tested here on other
invented sentences."""

import pytest
from extraction_helpers import attributed, contents

from tui.core.figures import find_figures


def _figures(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "head", "content"),
    [
        (
            "Two testers who spoke on condition of anonymity because they were not authorized"
            " to talk to reporters said the patch was rushed.",
            "Two testers",
            "the patch was rushed",
        ),
        (
            "A producer who asked not to be named because she feared losing her job said the"
            " sequel was cancelled.",
            "A producer",
            "the sequel was cancelled",
        ),
        (
            "Four moderators who requested anonymity because they had signed confidentiality"
            " agreements told the paper the queue was endless.",
            "Four moderators",
            "the queue was endless",
        ),
    ],
)
def test_an_unnamed_source_whose_condition_has_a_reason_still_speaks(
    text: str, head: str, content: str
):
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and speaker.name.startswith(head)
    assert not speaker.named


@pytest.mark.parametrize(
    "text",
    [
        "Players stayed because the studio said refunds were coming.",
        "The servers crashed because the publisher said the launch could not slip.",
    ],
)
def test_a_because_clause_with_a_speaker_of_its_own_is_read_as_before(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name.lower().startswith("the")
    assert "because" not in speaker.name


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("“Refund us,” one commenter wrote below the clip.", "one commenter"),
        ("“He lied,” one streamer said during the stream.", "one streamer"),
        ("“This is a scam,” one vlogger posted.", "one vlogger"),
    ],
)
def test_one_creator_or_commenter_quoted_is_an_anecdote_not_a_count(text: str, count: str):
    assert count not in [span for span, _ in _figures(text)]
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == count


def test_only_one_streamer_is_still_a_count():
    assert ("one streamer", "streamer") in _figures("Only one streamer said yes to the deal.")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("One patch doesn't fix the servers.", "One patch", "patch"),
        ("One ban won’t stop the cheaters.", "One ban", "ban"),
        ("Two updates didn't help.", "Two updates", "updates"),
        ("At least one developer wasn't paid.", "At least one developer", "developer"),
    ],
)
def test_a_contracted_negation_ends_the_counted_noun(text: str, span: str, unit: str):
    assert (span, unit) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team logged the first 500 clips shown to each account.",
        "Researchers counted the ads shown in the feed of each user.",
    ],
)
def test_a_thing_shown_to_someone_is_no_claim(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The study has shown that teens stay online longer.", "teens stay online longer"),
        ("Data shown to investors suggests the game sold well.", "the game sold well"),
    ],
)
def test_a_finding_shown_or_a_document_shown_to_someone_still_speaks(text: str, content: str):
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Vexa said it would appeal. A poll by the firm Dunmore found that 60% of players"
            " backed a ban. Vexa has 30 days to appeal. It said it would keep talking.",
            "Vexa",
        ),
        (
            "Glimmerline said it was reviewing the clips. A report by the group found that"
            " ads ran for weeks.\n\nGlimmerline removed 3,000 videos last month.\n\n"
            "It said the rules were clear.",
            "Glimmerline",
        ),
    ],
)
def test_it_stands_for_the_body_opening_the_sentence_before(text: str, body: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == body


def test_it_after_a_document_that_spoke_last_is_still_the_document():
    text = "Vexa said it would appeal. A report by the group found that ads ran. It said more."
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.kind == "document"
