"""Writing thick with quotation marks and speech verbs that report nothing: scare quotes,
titles, nicknames, slogans on signs, names a group gives itself, listeners described by what
they do, and role nouns spelled like verbs. Constructions found by trying whosaid on invented
stories of a school library's removed books, a phone launch and a football derby (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import named

# --- a cue verb that is also a role noun before a name: "Olympic champion Ada Kim said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Olympic champion Tove Marsh said the ice was too soft.", "Tove Marsh"),
        ("Former champion Rui Tavares told reporters he would box again.", "Rui Tavares"),
        ("Three-time champion Ngozi Eze said the course had changed.", "Ngozi Eze"),
    ],
)
def test_a_champion_before_a_name_is_a_role_not_a_cue(text: str, speaker: str):
    [(_, name, cue)] = named(text)
    assert name == speaker
    assert cue in {"said", "told"}


@pytest.mark.parametrize(
    "text",
    [
        "Rural doctors champion the clinic plan as a lifeline.",
        "The mayor has championed the tunnel for a decade.",
    ],
)
def test_champion_as_a_verb_still_takes_its_object(text: str):
    [(content, _, cue)] = named(text)
    assert cue is not None and cue.startswith("champion")
    assert content.startswith("the ")
