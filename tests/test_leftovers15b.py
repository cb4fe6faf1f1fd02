"""Session 15's leftovers B (statements, acts, figures), each tried on invented sentences:
variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import acts_and_contents, named

# A passive of belief with a small clause ("are believed dead") and an attribution ending the
# sentence: the attribution owns the whole sentence, one speech of its source.


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Two climbers are believed dead, police said.",
            "Two climbers are believed dead",
            "police",
        ),
        (
            "The ferry is thought lost, the navy said on Monday.",
            "The ferry is thought lost",
            "the navy",
        ),
        (
            "The old mill is considered unsafe, engineers said.",
            "The old mill is considered unsafe",
            "engineers",
        ),
        (
            "Four miners are believed trapped, according to officials.",
            "Four miners are believed trapped",
            "officials",
        ),
        (
            "The crew were presumed lost, the coastguard said.",
            "The crew were presumed lost",
            "the coastguard",
        ),
    ],
)
def test_a_final_attribution_owns_a_passive_of_belief(text: str, content: str, name: str):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]
    assert acts_and_contents(text) == [("speech", content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no attribution: the passive of no one's, as before
        ("Two climbers are believed dead.", [("thought", "Two climbers are believed dead")]),
        # an attribution of its own after a contrast reports its own clause
        (
            "Two climbers are believed dead, but police said the search would go on.",
            [("thought", "Two climbers are believed dead"), ("speech", "the search would go on")],
        ),
        # the infinitive form already went to the attribution
        (
            "Two hikers are thought to be missing, officials said.",
            [("speech", "Two hikers are thought to be missing")],
        ),
    ],
)
def test_a_passive_of_belief_without_a_final_attribution_stays(
    text: str, expected: list[tuple[str, str]]
):
    assert acts_and_contents(text) == expected
