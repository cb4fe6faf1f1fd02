"""Session 14's speaker leftovers (list A), each a construction tried on invented sentences:
variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import named, speaker_names, speaker_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Unite said the strike would go ahead. The union added that talks had failed.", "Unite"),
        ("Oxfam said the camps were full. The charity added that aid was short.", "Oxfam"),
        ("Barclays said profits fell. The bank added that it would cut jobs.", "Barclays"),
        ("Brixa said sales fell on Monday. The company said jobs would go.", "Brixa"),
        ("Labour said the vote was lost. The party added that it would appeal.", "Labour"),
        (
            "Save the Children said the camps were full. The charity added that aid was short.",
            "Save the Children",
        ),
    ],
)
def test_a_bodys_description_stands_for_the_name_that_spoke_before(text: str, body: str):
    names = speaker_names(text)
    assert names[0] == names[-1] == body


@pytest.mark.parametrize(
    ("text", "described"),
    [
        # a union brought in before: "the union" is that one, not the company
        (
            "Drivers joined the union. Tesco said profits fell. The union said it was wrong.",
            "The union",
        ),
        # a new paragraph: the name may be another body's
        ("Tesco said profits fell.\nThe union said jobs would go.", "The union"),
        # a company's name tells its sort: no party
        ("Acme Corp said the vote was lost. The party added that it would appeal.", "The party"),
        # a person spoke before, no body
        (
            "Ann Lee said the strike would go ahead. The union added that talks had failed.",
            "The union",
        ),
        # another organization spoke since the name of unknown kind
        (
            "Oxfam said the camps were full. Acme Corp said aid was short. The charity said it was late.",
            "The charity",
        ),
    ],
)
def test_a_bodys_description_keeps_its_own_speaker(text: str, described: str):
    assert named(text)[-1][1] == described


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Save the Children said on Monday that the camps were full.", "Save the Children"),
        ("Stop the War said the march would go ahead.", "Stop the War"),
        ("Protect the Coast said it would sue the council.", "Protect the Coast"),
        ("Ban the Bomb said the rally had been peaceful.", "Ban the Bomb"),
    ],
)
def test_a_campaigns_name_opening_the_sentence_holds_its_article(text: str, body: str):
    assert speaker_of(text)[:2] == (body, "organization")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Stop the war, protesters said.", "Stop the war", "protesters"),
        ("Save the date, the mayor said.", "Save the date", "the mayor"),
        ("The War Office said the troops would stay.", "the troops would stay", "War Office"),
    ],
)
def test_a_sentence_opening_with_a_verb_and_the_is_no_campaign(
    text: str, content: str, speaker: str
):
    assert named(text) == [(content, speaker, "said")]
