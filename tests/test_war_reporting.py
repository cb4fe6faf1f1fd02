"""Constructions of war, conflict and diplomacy reporting, on invented sentences: how a
statement reached its audience, whom it was told to, sources' conditions, ranks."""

import pytest
from extraction_helpers import run

from tui.core.extract import extract
from tui.core.model import Article, Statement
from tui.core.speakers import _family_name_first


def contents(text: str, statements: list[Statement]) -> list[str]:
    return [text[s.span[0] : s.span[1]] for s in statements]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said in a statement carried by state radio on Monday that the "
            "pass would stay shut.",
            "the pass would stay shut",
        ),
        (
            "Ostrov warned in a video posted on Telegram that the dam could fail.",
            "the dam could fail",
        ),
        (
            "The envoy wrote in a letter read out on national television that the truce "
            "had lapsed.",
            "the truce had lapsed",
        ),
        # whom it was told to, and how, is no content
        (
            "Major Hellis told a press briefing in Tirana that two bridges were down.",
            "two bridges were down",
        ),
        (
            "The convoy turned back, the colonel told a news conference in Vaduz.",
            "The convoy turned back",
        ),
        ("She told Reuters by telephone that the port was quiet.", "the port was quiet"),
        (
            "Brandt told parliament on Monday that 90 sailors were missing.",
            "90 sailors were missing",
        ),
        (
            "He told a meeting of border guards that the fence would be finished.",
            "the fence would be finished",
        ),
        # a quantifier after the cue opens the content: no place before "that"
        (
            "She said at least nine boats had sunk off the cape and that crews were missing.",
            "at least nine boats had sunk off the cape and that crews were missing",
        ),
        (
            "He said over 30 shops had burned in the square and that the mall was shut.",
            "over 30 shops had burned in the square and that the mall was shut",
        ),
    ],
)
def test_the_content_starts_after_the_venue_and_the_listener(text: str, content: str):
    """A participle after the venue says where it was carried; whom it was told to, and how,
    is no content; a quantifier after the cue is no place before "that"."""
    _, statements = run(text)
    assert contents(text, statements) == [content]


def test_a_told_story_is_no_listener():
    text = "Moll told a story about the siege."
    _, statements = run(text)
    assert contents(text, statements) == ["a story about the siege"]


@pytest.mark.parametrize(
    "text",
    [
        "In a report issued on Friday, the monitors said 14 villages had been shelled.",
        "On a video released by the army, the commander said the bridge was retaken.",
    ],
)
def test_a_document_participle_after_a_venue_opening_the_sentence_is_no_cue(text: str):
    speakers, statements = run(text)
    (statement,) = statements
    assert statement.cue == "said"
    assert speakers[statement.speaker].name in {"the monitors", "the commander"}


@pytest.mark.parametrize(
    "text",
    [
        "A border official, speaking on condition of anonymity to discuss troop movements, "
        "said two columns had crossed at night.",
        "Three diplomats, speaking anonymously to describe the closed session, said two "
        "columns had crossed at night.",
    ],
)
def test_why_a_source_is_unnamed_is_no_statement_and_no_role(text: str):
    speakers, statements = run(text)
    (statement,) = statements
    assert statement.cue == "said"
    assert contents(text, statements) == ["two columns had crossed at night"]
    assert "speaking" not in (speakers[statement.speaker].role or "")
    assert not speakers[statement.speaker].named


def test_a_source_speaking_privately_has_no_role_from_it():
    text = "An adviser, speaking privately, said the ceasefire would hold."
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].role is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Global Relief Programme said the camp had no water.", "Global Relief Programme"),
        ("Border Rights Watch said the camp had no water.", "Border Rights Watch"),
        ("Harbour Aid International said the camp had no water.", "Harbour Aid International"),
        (
            "The Kestrel Observatory for Peace said the camp had no water.",
            "Kestrel Observatory for Peace",
        ),
    ],
)
def test_aid_agencies_and_monitors_are_organizations(text: str, name: str):
    speakers, (statement,) = run(text)
    speaker = speakers[statement.speaker]
    assert (speaker.name, speaker.kind, speaker.role) == (name, "organization", None)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Colonel Pia Strand said the ridge was held.", "Pia Strand", "Colonel"),
        ("Navy spokesman Brigadier Jon Vell said the ridge was held.", "Jon Vell", None),
        ("Lieutenant Colonel Ada Morn said the ridge was held.", "Ada Morn", "Lieutenant Colonel"),
        ("Sergeant Eli Brook said the ridge was held.", "Eli Brook", "Sergeant"),
    ],
)
def test_a_military_rank_is_a_role_not_a_name(text: str, name: str, role: str | None):
    speakers, (statement,) = run(text)
    speaker = speakers[statement.speaker]
    assert speaker.name == name
    assert speaker.kind == "person"
    assert role is None or speaker.role == role


def test_the_agency_after_a_news_agency_is_that_outlet():
    text = (
        "The state news agency Ralta said the launch went as planned. The agency said the "
        "rocket carried a satellite."
    )
    speakers, (first, second) = run(text)
    assert second.speaker == first.speaker
    assert speakers[second.speaker].kind == "media"


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations mission in Varnia said the convoy was stopped.",
        "The United Nations agency said the convoy was stopped.",
        "The European Union delegation said the convoy was stopped.",
    ],
)
def test_a_body_of_a_named_organization_is_an_organization(text: str):
    speakers, (statement,) = run(text)
    speaker = speakers[statement.speaker]
    assert (speaker.kind, speaker.role) == ("organization", None)


def test_a_description_the_news_agency_does_not_fit_is_not_it():
    text = "The state news agency Ralta said the launch failed. The spy agency said it failed."
    speakers, (first, second) = run(text)
    assert second.speaker != first.speaker
    assert speakers[second.speaker].kind == "organization"


def test_a_humanitarian_role_with_its_complement_before_an_apposed_name():
    text = (
        "“The wells are dry,” the agency's coordinator for Ostra, Vera Lund, said. "
        "“We need trucks.”"
    )
    speakers, (statement,) = run(text)
    speaker = speakers[statement.speaker]
    assert speaker.name == "Vera Lund"
    assert speaker.role == "agency's coordinator for Ostra"
    assert [text[a:b] for a, b in statement.pieces] == ["The wells are dry", "We need trucks"]


@pytest.mark.parametrize(
    "text",
    [
        "A Red Crescent medic said the shelter was hit.",
        "A Varnian soldier said the shelter was hit.",
    ],
)
def test_an_indefinite_description_names_nobody(text: str):
    speakers, (statement,) = run(text)
    assert not speakers[statement.speaker].named


@pytest.mark.parametrize(
    "text",
    [
        "The garrison declined to give details of the raid.",
        "Police refused to provide a breakdown of the arrests.",
        "“The roof fell in,” said Mirela, a cook who declined to give her surname.",
    ],
)
def test_refusing_to_give_information_is_no_statement(text: str):
    _, statements = run(text)
    assert all(s.cue not in {"declined", "refused"} for s in statements)
    assert len(statements) == (1 if "said" in text else 0)


def test_refusing_to_give_up_ground_is_still_a_stance():
    text = "The garrison refused to give up the fort."
    _, (statement,) = run(text)
    assert statement.act == "stance"


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "Envoy Han Seo-yeon said the talks were over. Later Han said they might resume.",
            "Han",
        ),
        (
            "Spokesman Zhao Minqiang said the drills were routine. Zhao said nothing else "
            "had changed.",
            "Zhao",
        ),
    ],
)
def test_a_family_name_written_first_is_the_bare_name_later(text: str, bare: str):
    speakers, (first, second) = run(text)
    assert text[second.speaker_span[0] : second.speaker_span[1]] == bare
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Han Seo-yeon", "han"),
        ("Kim Yo Jong", "kim"),
        ("Dana Hollis-Ward", None),  # a double surname: its second part is capitalised
        ("Lee Anders", None),  # "Lee" is an English given name too
        ("Kim", None),
    ],
)
def test_which_names_put_the_family_name_first(name: str, family: str | None):
    assert _family_name_first(name) == family


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        ("Gunners fired 30 shells over four villages.", "four villages", "exact"),
        (
            "Patrols shot down 12 enemy drones over the coast and 3 over the port.",
            "12 enemy drones",
            "exact",
        ),
        ("The toll rose from 8 to over 20.", "over 20", "more_than"),
        ("Over 50 houses burned.", "Over 50 houses", "more_than"),
    ],
)
def test_over_after_what_is_counted_is_a_place_not_more_than(
    text: str, figure: str, qualifier: str
):
    (found,) = [
        f
        for f in extract(Article(id="t", text=text)).figures
        if text[f.span[0] : f.span[1]] == figure
    ]
    assert found.qualifier == qualifier


def test_an_inverted_speaker_with_a_relative_clause():
    text = "“The well is poisoned,” said a resident who lives by the river."
    speakers, (statement,) = run(text)
    assert contents(text, [statement]) == ["The well is poisoned"]
    assert speakers[statement.speaker].name == "a resident"
    assert not speakers[statement.speaker].named


@pytest.mark.parametrize(
    "text",
    [
        "The floods displaced 4,000 families, according to Relief Net, a charity, though "
        "local officials say the number is higher.",
        "The floods displaced 4,000 families, according to Relief Net, though local "
        "officials say the number is higher.",
    ],
)
def test_a_contrast_after_an_according_to_source_is_not_its_content(text: str):
    _, statements = run(text)
    assert contents(text, statements) == [
        "The floods displaced 4,000 families",
        "the number is higher",
    ]
