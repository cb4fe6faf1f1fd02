"""US national politics as a new analyst reads it: constructions found by trying whosaid on
invented stories of a Senate hearing, a campaign rally and a White House briefing (in
tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sen. Ada Brill, D-Vt., the panel's ranking member, said the plan was dead.",
            "panel's ranking member",
        ),
        ("Rep. Ada Brill, R-N.C., the committee chair, said the plan was dead.", "committee chair"),
        ("Rep. Ada Brill, R-Ariz., said the plan was dead.", "Rep."),
        ("Sen. Ada Brill, I-Maine, said the plan was dead.", "Sen."),
        (
            "Sen. Ada Brill (D-Vt.), the panel's ranking member, said the plan was dead.",
            "panel's ranking member",
        ),
    ],
)
def test_a_party_and_state_between_commas_is_neither_the_end_of_the_name_nor_a_role(
    text: str, role: str
) -> None:
    assert speaker_of(text) == ("Ada Brill", "person", role)


def test_a_name_and_an_age_between_commas_still_stand_before_a_role() -> None:
    text = "Ada Brill, 58, a retired welder, said the plan was dead."
    assert speaker_of(text) == ("Ada Brill", "person", "retired welder")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sen. Ada Brill of Ohio said the plan was dead.", "Sen."),
        ("Rep. Ada Brill of New Mexico said the plan was dead.", "Rep."),
        ("Her rival, Sen. Ada Brill of Ohio, said the plan was dead.", "rival"),
        ("Ada Brill of Texas said the plan was dead.", None),
    ],
)
def test_a_politicians_state_after_the_name_is_no_part_of_the_role(
    text: str, role: str | None
) -> None:
    assert speaker_of(text) == ("Ada Brill", "person", role)


def test_a_body_after_a_title_and_name_still_completes_the_role() -> None:
    text = "Ambassador Ada Brill of Norway said the plan was dead."
    assert speaker_of(text) == ("Ada Brill", "person", "Ambassador of Norway")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Rep. Ada Brill toured the plant. She said the plan was dead.", "Rep."),
        ("Rep. Ada Brill, R-Ariz., toured the plant. Brill said the plan was dead.", "Rep."),
        (
            "Trade Representative Ada Brill and her aides toured it. Brill said it was dead.",
            "Trade Representative",
        ),
        (
            "Sen. Ada Brill (D-Vt.), who chairs the panel, opened it. “It is dead,” she said.",
            "Sen.",
        ),
    ],
)
def test_a_role_before_the_name_where_a_person_is_first_named_without_a_cue_is_kept(
    text: str, role: str
) -> None:
    assert speaker_of(text) == ("Ada Brill", "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "In Reno, Ada Brill toured the plant. Brill said the plan was dead.",
        "Acme Corp. hired Ada Brill. Brill said the plan was dead.",
        "The report by Ada Brill was late. Brill said the plan was dead.",
    ],
)
def test_words_before_a_name_first_given_without_a_cue_that_are_no_role_give_none(
    text: str,
) -> None:
    assert speaker_of(text) == ("Ada Brill", "person", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brill and her aides have said they would fight the rule.", "Brill and her aides"),
        (
            "In Reno, Ada Brill and her advisers said they would fight.",
            "Ada Brill and her advisers",
        ),
        ("“We will fight,” Brill and her lawyers said.", "Brill and her lawyers"),
        ("Acme and its allies said they would fight.", "Acme and its allies"),
    ],
)
def test_a_speaker_and_the_people_of_their_own_speak_as_one_group(text: str, name: str) -> None:
    got_name, kind, _ = speaker_of(text)
    assert (got_name, kind) == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The firm fired 30 workers and their managers said it was unfair.", "their managers"),
        ("The board hired Brill and her aides said it was unfair.", "her aides"),
        ("Brill and her husband said they would fight.", "her husband"),
    ],
)
def test_an_object_before_and_or_one_companion_stays_apart(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        ("The president himself weighed in on Monday.", "The president"),
        ("The former governor spoke on Monday.", "The former governor"),
        ("The new mayor left the room.", "The new mayor"),
    ],
)
def test_a_pronoun_after_a_sentence_opened_by_a_role_noun_is_that_person(
    between: str, name: str
) -> None:
    text = f"Tom Abbot said the levy was bad. {between} He said the levy was working."
    [first, second] = attributed(text)
    assert first[1] is not None and first[1].name == "Tom Abbot"
    assert second[1] is not None and (second[1].name, second[1].kind) == (name, "person")


@pytest.mark.parametrize(
    "between",
    [
        "The bill passed on Monday.",
        "The officials met on Monday.",
        "The congresswoman left on Monday.",
        "Voters said the president was wrong.",
    ],
)
def test_a_pronoun_after_a_sentence_with_no_role_of_its_gender_keeps_the_last_speaker(
    between: str,
) -> None:
    text = f"Tom Abbot said the levy was bad. {between} He said the levy was working."
    assert attributed(text)[-1][1].name == "Tom Abbot"


def test_a_role_noun_opening_a_sentence_is_the_holder_named_before() -> None:
    text = (
        "Sen. Ann Lee said the bill was dead. Tom Abbot disagreed. "
        "The senator was not moved. She said the bill was dead."
    )
    assert [s.name for _, s, _ in attributed(text)] == ["Ann Lee", "Ann Lee"]


def test_a_noun_before_a_name_first_given_without_a_cue_that_is_no_role_gives_none() -> None:
    text = "In a preview clip for Ada Brill, fans cheered. Brill said the tour was over."
    assert speaker_of(text) == ("Ada Brill", "person", None)


@pytest.mark.parametrize(
    "text",
    [
        "The senator, who is seeking the Democratic presidential nomination, spoke for an hour.",
        "Brill is seeking a fourth term.",
        "Brill sought reelection in 2022 and lost.",
        "Brill, seeking the governorship, toured the farms.",
    ],
)
def test_seeking_an_office_is_a_campaign_not_a_stance(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brill is seeking a recount of the ballots.",
        "Brill sought an apology from the mayor.",
    ],
)
def test_seeking_anything_else_is_still_a_stance(text: str) -> None:
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name == "Brill" and cue in {"seeking", "sought"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The nonpartisan Ballot Policy Forum estimated that it would cost more.",
            "Ballot Policy Forum",
        ),
        ("The Open Ballot Initiative said the count was fair.", "Open Ballot Initiative"),
    ],
)
def test_a_think_tanks_forum_or_initiative_is_an_organization(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_role_before_a_name_opening_a_paragraph_is_kept() -> None:
    text = "The bill failed.\n\nRep. Ada Brill toured the plant.\n\nShe said the plan was dead."
    assert speaker_of(text) == ("Ada Brill", "person", "Rep.")


ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "drone-hearing.txt",
            {
                ("Harriet Calloway", "person", "Sen."),
                ("Owen Pritchard", "person", "subcommittee's ranking member"),
                ("Linda Marsh", "person", "Rep."),
                ("Thomas Engel", "person", "Senate Majority Leader"),
                ("Marcus Whitfield", "person", "Deputy Secretary of Defense"),
            },
        ),
        (
            "governor-rally.txt",
            {
                ("Kevin Ashby", "person", "Dunmore's chief rival for the nomination"),
                ("Ashby and his aides", "group", None),
                ("Paula Greer", "person", "Iowa Secretary of State"),
            },
        ),
        (
            "briefing-tariffs.txt",
            {
                ("Walter Kim", "person", "Trade Representative"),
                ("Diane Kowalczyk", "person", "Rep."),
                ("Gordon Pratt", "person", "House Speaker"),
                ("The president", "person", "president"),
            },
        ),
    ],
)
def test_the_politics_articles_keep_their_speakers(
    article: str, expected: set[tuple[str, str, str | None]]
) -> None:
    speakers, _ = find_statements((ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind, s.role) for s in speakers}


def test_the_articles_keep_the_ranking_members_claim_and_no_campaign_as_stance() -> None:
    text = (ARTICLES / "drone-hearing.txt").read_text(encoding="utf-8")
    said = [(content, s.name if s else None) for content, s, _ in attributed(text)]
    assert ("the problem went beyond one contractor", "Owen Pritchard") in said
    assert not any(
        cue == "seeking"
        for _, _, cue in attributed((ARTICLES / "governor-rally.txt").read_text(encoding="utf-8"))
    )
