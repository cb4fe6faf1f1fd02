"""Regressions a reviewer found in today's bold labels, refused motions, asking again and a
title's unit, mended by construction: each tested on invented sentences, with near-misses
that must not change."""

import pytest
from extraction_helpers import attributed


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, role) of each statement of `text`, after a headline."""
    return [
        (content, speaker.name if speaker else None, speaker.role if speaker else None)
        for content, speaker, _ in attributed("A headline\n\nThe council met on Monday.\n\n" + text)
    ]


def speakers(text: str) -> list[str | None]:
    """The speaker's name of each statement of `text`."""
    return [name for _, name, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "**Victoria:** Police closed Douglas Street after a crash.",
        "**Mark:** 7 out of 10.",
        "**Weather:** Expect rain through Thursday.",
    ],
)
def test_bold_lone_given_or_place_name_is_a_heading(text: str) -> None:
    assert found(text) == []


def test_bold_lone_given_name_leaves_the_cue_its_speaker() -> None:
    assert speakers("**Jordan:** Israeli strikes continued overnight, officials said.") == [
        "officials"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '**Forecast:** "Expect heavy snow by Friday," Environment Canada said.',
            "Environment Canada",
        ),
        ("**Weather:** “Expect rain,” forecasters said.", "forecasters"),
    ],
)
def test_bold_heading_over_a_cued_quotation(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("**Omar Pike:** We will win this.", "Omar Pike"),
        ("**Mayor Holt:** We will win this.", "Holt"),
        ("**Lee:** “We won the vote.”", "Lee"),
        ("Ann Lee spoke first.\n\n**Lee:** We will win this.", "Ann Lee"),
    ],
)
def test_bold_speaker_label_still_speaks(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Judge Hale denied the motion to dismiss because it was filed late.",
        "The judge denied the motion to exclude evidence that was seized at the border.",
        "Judge Hale denied the motion to dismiss when it was filed.",
        "Judge Hale denied the motion to dismiss.",
    ],
)
def test_refused_motion_with_a_clause_of_its_own_is_a_ruling(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Judge Hale denied the motion to dismiss was a stalling tactic.",
            "the motion to dismiss was a stalling tactic",
        ),
        (
            "Judge Hale denied that the motion to dismiss was late.",
            "the motion to dismiss was late",
        ),
    ],
)
def test_denial_of_a_clause_still_speaks(text: str, content: str) -> None:
    assert [c for c, _, _ in found(text)] == [content]


def test_first_person_follow_up_belongs_to_the_answerer() -> None:
    text = (
        "“Will you run?” Tom Reyes asked.\n\n“Probably not,” Premier Lind said.\n\n"
        "“Why would I?” he asked."
    )
    assert speakers(text) == ["Tom Reyes", "Lind", "Lind"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("“Did you sign?” Tom Ortt asked.\n\n“Yes,” Wray said.\n\n“Why?” he asked.", "Tom Ortt"),
        (
            "“Will you run?” Tom Reyes asked.\n\n“Probably not,” Premier Ann Lind said.\n\n"
            "“Why would I?” he asked.",
            "Tom Reyes",
        ),
    ],
)
def test_asking_again_still_the_asker(text: str, last: str) -> None:
    assert speakers(text)[-1] == last


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Coun. Amy Lowe, of Ward 5, said the crosswalk is overdue.", "Coun. of Ward 5"),
        (
            "Constable Ray Pike, of the traffic unit, said drivers must slow down.",
            "Constable of traffic unit",
        ),
        (
            "Insp. Ray Pike, of the major crime unit in Halifax, said the probe continues.",
            "Insp. of major crime unit in Halifax",
        ),
        ("Sgt. Ray Pike, of the detachment, said the road is closed.", "Sgt. of detachment"),
        (
            "Sgt. Ray Pike, of the Surrey RCMP detachment, said the road is closed.",
            "Sgt. of Surrey RCMP detachment",
        ),
    ],
)
def test_title_joined_with_its_unit(text: str, role: str) -> None:
    assert [r for _, _, r in found(text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dr. Amy Lowe, of Dover, said the crosswalk is overdue.", None),
        ("Dr. Ray Pike, of the local food bank, said demand is up.", "of the local food bank"),
    ],
)
def test_title_not_joined_with_a_home_or_a_body(text: str, role: str | None) -> None:
    assert [r for _, _, r in found(text)] == [role]


def headline_said(headline: str) -> list[tuple[str, str | None]]:
    """(content, speaker's name) of the statements inside `headline`, atop a plain body."""
    text = headline + "\n\nThe council met on Monday."
    return [
        (content, speaker.name if speaker else None)
        for content, speaker, _ in attributed(text)
        if text.find(content) < len(headline)
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Union Views Offer as Insult as Talks Stall", [("Offer as Insult", "Union")]),
        ("Premier Sees Deficit Vanishing as Revenue Climbs", [("Deficit Vanishing", "Premier")]),
        ("Union Views Offer as Insult", [("Offer as Insult", "Union")]),
        ("Mayor Pitches Levy as Council Weighs Cuts", []),
    ],
)
def test_headline_view_ends_at_the_as_of_time(headline: str, expected: list) -> None:
    assert headline_said(headline) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The witness was questioned by the defence about her notes.", None),
        ("The witness was questioned by the Crown about her notes.", None),
        ("The minister was questioned by opposition MPs about the deal.", "opposition MPs"),
    ],
)
def test_questioned_by_counsel_is_an_interrogation(text: str, speaker: str | None) -> None:
    assert speakers(text) == ([] if speaker is None else [speaker])


@pytest.mark.parametrize(
    ("body", "units"),
    [
        (
            "The club signed 3 forwards, with another 2 expected next week.",
            ["forwards", "forwards"],
        ),
        ("The bill passed with 14 votes, with another 6 abstaining.", ["votes", None]),
    ],
)
def test_another_after_with_counts_more_unless_an_ing_participle(body: str, units: list) -> None:
    from tui.core.extract import extract
    from tui.core.model import Article

    figures = extract(Article(id="x", text="A headline\n\n" + body)).figures
    assert [figure.unit for figure in figures] == units


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Campus security said the building was locked.", "Campus security", "group"),
        ("Hospital security said the building was locked.", "Hospital security", "group"),
        (
            "According to airport security, the bag was left unattended.",
            "airport security",
            "group",
        ),
        ("Hospital staff said the building was locked.", "Hospital staff", "group"),
        (  # near-misses: a body
            "The Department of Homeland Security said the bag was left unattended.",
            "Department of Homeland Security",
            "organization",
        ),
        ("The hospital said the building was locked.", "The hospital", "organization"),
    ],
)
def test_a_places_security_or_staff_is_a_group(text: str, name: str, kind: str) -> None:
    [(_, speaker, _)] = attributed("A headline\n\n" + text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ana Roy told council Tuesday the decision felt like a betrayal.",
            "the decision felt like a betrayal",
        ),
        (
            "Ana Roy told council on Tuesday the decision felt like a betrayal.",
            "the decision felt like a betrayal",
        ),
        ("Crime is down, a fire chief told council on Tuesday.", "Crime is down"),
        (  # near-misses
            "Ana Roy told council the decision felt like a betrayal.",
            "the decision felt like a betrayal",
        ),
        ("Crime is down, a fire chief told council.", "Crime is down"),
        ("Ana Roy told council members would vote.", "council members would vote"),
    ],
)
def test_bare_body_told_with_its_time(text: str, content: str) -> None:
    assert [c for c, _, _ in found(text)] == [content]
