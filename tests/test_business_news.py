"""Business and markets news as a new analyst reads it: constructions found by trying whosaid
on invented wire stories (earnings, a merger, a strike), each tested here on other invented
sentences."""

from tui.core.model import Speaker
from tui.core.statements import find_statements


def attributed(text: str) -> list[tuple[str, Speaker | None, str]]:
    """(content, speaker, speaker mention) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [
        (
            text[st.span[0] : st.span[1]],
            by_id.get(st.speaker or ""),
            text[st.speaker_span[0] : st.speaker_span[1]] if st.speaker_span else "",
        )
        for st in statements
    ]


def only(text: str) -> tuple[str, Speaker, str]:
    found = attributed(text)
    assert len(found) == 1, found
    content, speaker, mention = found[0]
    assert speaker is not None
    return content, speaker, mention


def test_one_of_the_sources_after_the_content_is_its_speaker():
    content, speaker, mention = only(
        "The lender plans to sell its card unit by June, one of the sources said."
    )
    assert content == "The lender plans to sell its card unit by June"
    assert mention == "one of the sources"
    assert speaker.kind == "person"
    assert not speaker.named


def test_two_of_the_people_inverted_after_the_content():
    content, speaker, mention = only(
        "Talks on the price stalled last week, said two of the people briefed on them."
    )
    assert content == "Talks on the price stalled last week"
    assert mention.startswith("two of the people")
    assert speaker.kind == "group"


def test_a_name_after_of_is_no_partitive():
    content, _, mention = only("The mill will reopen in May, the head of Brask Paper said.")
    assert content == "The mill will reopen in May"
    assert "one of" not in mention
