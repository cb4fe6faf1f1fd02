"""Session 16's closing leftovers (list B: statements and figures), each a construction tried
on invented sentences: variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import named


# (1) An outlet relaying what someone said: the outlet's report stays (it reports all of
# it), and the speaker's own statement is kept inside it, cut before the outlet.
@pytest.mark.parametrize(
    ("text", "speaker", "content", "outlet"),
    [
        (
            "Ivan Sorokin told reporters the pipeline deal was dead, Interfax reported.",
            "Ivan Sorokin",
            "the pipeline deal was dead",
            "Interfax",
        ),
        (
            "Marta Kowal told lawmakers the reserve was nearly empty, the agency reported.",
            "Marta Kowal",
            "the reserve was nearly empty",
            "the agency",
        ),
        (
            "The regional governor said the levee would hold, state media said.",
            "The regional governor",
            "the levee would hold",
            "state media",
        ),
        (
            "Ana Ferreira told a rally the vote had been stolen, according to Reuters.",
            "Ana Ferreira",
            "the vote had been stolen",
            "Reuters",
        ),
        (
            "The coach said the striker would miss the final, the newspaper reported.",
            "The coach",
            "the striker would miss the final",
            "the newspaper",
        ),
    ],
)
def test_an_outlet_relaying_a_saying_keeps_the_sayer(
    text: str, speaker: str, content: str, outlet: str
):
    found = named(text)
    assert (content, speaker) in [(c, n) for c, n, _ in found]
    assert outlet in [n for _, n, _ in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # not an outlet: the report is the one statement, as before
        ("Mr. Grant plans to sell the farm, according to a family friend.", "a family friend"),
        ("The mayor told staff the office would close, according to an aide.", "an aide"),
        ("The captain said the radar failed, according to a transcript.", "a transcript"),
        # an outlet, but the inner verb does not report words said
        ("The firm plans to close two mills, Interfax reported.", "Interfax"),
    ],
)
def test_a_report_by_no_outlet_or_of_no_saying_stays_one_statement(text: str, source: str):
    assert [n for _, n, _ in named(text)] == [source]


# (2) A translation renders the speaker's words: not their source.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "He said the talks had stalled over the port, according to a translation.",
            "He",
            "the talks had stalled over the port",
        ),
        (
            "The envoy told the council the border would reopen, according to an interpreter.",
            "The envoy",
            "the border would reopen",
        ),
        (
            "She said the harvest had failed, according to a translation of her remarks.",
            "She",
            "the harvest had failed",
        ),
        ("“We will not leave,” she said, according to a translation.", "she", "We will not leave"),
    ],
)
def test_a_translation_is_not_the_source(text: str, speaker: str, content: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, speaker)]


def test_a_translation_alone_still_reports():
    [(_, name, cue)] = named("The border would reopen in May, according to a translation.")
    assert (name, cue) == ("a translation", "according to")
