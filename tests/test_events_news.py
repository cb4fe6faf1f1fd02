"""Events, weather, school and public-safety news as a new analyst reads it: constructions
found by trying whosaid on invented stories (a cancelled festival, a heatwave, a tram meeting,
a school roof), each tested here on other invented sentences."""

import pytest
from extraction_helpers import acts_and_contents, named

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Chamber of Commerce said footfall fell by a fifth.", "Chamber of Commerce"),
        ("The Dunmore Chamber of Trade said footfall fell.", "Dunmore Chamber of Trade"),
        ("The Chamber of Shipping warned that ports were full.", "Chamber of Shipping"),
        ("The chamber said it would vote on Friday.", "The chamber"),
    ],
)
def test_a_chamber_heads_a_bodys_name(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Forecaster Mia Stroud said the storms would ease by Sunday.",
        "Senior forecaster Mia Stroud said the storms would ease by Sunday.",
    ],
)
def test_a_forecaster_is_a_role_before_a_name(text: str) -> None:
    assert [name for _, name, _ in named(text)] == ["Mia Stroud"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The agency forecast that prices would rise.", "The agency", "prices would rise"),
        ("Lee forecast that the lake would freeze early.", "Lee", "the lake would freeze early"),
        ("The bank forecast that its profits would halve.", "The bank", "its profits would halve"),
    ],
)
def test_forecast_before_a_that_clause_is_the_verb(text: str, speaker: str, content: str) -> None:
    assert named(text) == [(content, speaker, "forecast")]


@pytest.mark.parametrize(
    "text",
    [
        "The weather forecast that they broadcast was wrong.",
        "The Lee forecast that was published sank.",
    ],
)
def test_forecast_before_a_relative_that_stays_a_noun(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some residents have found their own ways to cope.",
        "The firm has found its way back into profit.",
        "Lee found a job in the city after the mill closed.",
        "Many of the evacuees found homes with relatives.",
        "They found no way to pay the fine.",
    ],
)
def test_finding_a_way_or_a_job_is_no_finding(text: str) -> None:
    assert acts_and_contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Investigators found that the brakes had failed.", "the brakes had failed"),
        ("The audit found their accounts were in order.", "their accounts were in order"),
        ("Inspectors found no evidence of foul play.", "no evidence of foul play"),
    ],
)
def test_a_finding_stays_a_statement(text: str, content: str) -> None:
    assert acts_and_contents(text) == [("stance", content)]


@pytest.mark.parametrize(
    "text",
    [
        "She said she would be back one way or another.",
        "Everyone here has lost something, in one form or another.",
        "He had been a farmer at one time or another.",
    ],
)
def test_one_thing_or_another_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


def test_one_or_another_with_a_unit_is_still_a_sum() -> None:
    [figure] = find_figures("They paid one dollar or another small fee.")
    assert (figure.value, figure.unit) == (1, "dollar")


def speaker_kinds(text: str) -> list[tuple[str, str]]:
    """(name, kind) of each speaker `extract` finds in `text`."""
    return [(s.name, s.kind) for s in extract(Article(id="t", text=text)).speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Hale said it was too early to tell.",
        "Okafor said it was clear that the plan had failed.",
        "Brandt said it would be hard to blame the staff.",
        "Moreau said it was likely that the pier would close.",
        "Marchetti said it was wrong to blame the workers.",
        "Moreau said it was time to move on.",
    ],
)
def test_an_it_standing_for_a_clause_tells_no_kind(text: str) -> None:
    [(_, kind)] = speaker_kinds(text)
    assert kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it would cut 300 jobs.",
        "Halden said it was disappointed by the vote.",
        "Halvorsen said it was likely to cut 300 jobs.",
    ],
)
def test_an_it_standing_for_the_speaker_makes_it_an_organization(text: str) -> None:
    [(_, kind)] = speaker_kinds(text)
    assert kind == "organization"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Eastport Echo reported that the line would open.", "The Eastport Echo"),
        ("The Dunmore Advertiser reported that fares would rise.", "The Dunmore Advertiser"),
        ("The Harbour Mercury reported that the pier had closed.", "The Harbour Mercury"),
    ],
)
def test_a_masthead_word_ends_an_outlets_name(text: str, outlet: str) -> None:
    assert speaker_kinds(text) == [(outlet, "media")]


def test_a_masthead_word_as_a_given_name_stays_a_person() -> None:
    assert speaker_kinds("Echo Smith said she would stay.") == [("Echo Smith", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Dunn said inspectors had visited the site and found no faults.",
        "Dunn said the firm had reviewed the claims and found no evidence of fraud.",
        "Dunn said she had searched the house and found nothing.",
        "Dunn said officials had visited the school and found “no immediate danger”.",
    ],
)
def test_found_with_an_object_is_the_contents_own_verb(text: str) -> None:
    [(content, speaker, cue)] = named(text)
    assert (speaker, cue) == ("Dunn", "said")
    assert " and found " in content


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The audit said costs had doubled and found that the work was late.", ["said", "found"]),
        (
            "Dunn said the plan was sound and warned that delays would cost more.",
            ["said", "warned"],
        ),
    ],
)
def test_a_joined_cue_before_that_is_a_second_attribution(text: str, cues: list[str]) -> None:
    assert [cue for _, _, cue in named(text)] == cues


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Vale, 54, of Dunmore said the pier was unsafe.", "Ann Vale"),
        ("Tom Reyes, 31, from Eastport said the pier was unsafe.", "Tom Reyes"),
        ("A nurse, 54, from Dunmore said the pier was unsafe.", "A nurse"),
    ],
)
def test_an_age_before_where_a_speaker_is_from_keeps_the_speaker(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("name", "body"),
    [("Lionel Okoro", "Rasmund Institute"), ("Ann Vale", "Dunmore Gazette")],
)
def test_a_body_after_of_is_the_role_on_either_side_of_the_cue(name: str, body: str) -> None:
    before = f"{name} of the {body} said the pier was unsafe."
    after = f"“It is unsafe,” said {name} of the {body}."
    for text in (before, after):
        assert [(s.name, s.role) for s in extract(Article(id="t", text=text)).speakers] == [
            (name, body)
        ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Hale, a Republican from Texas, said the pier was unsafe.", "Republican from Texas"),
        ("Hale, a Democrat, said the pier was unsafe.", "Democrat"),
        ("Hale, a Tory, said the pier was unsafe.", "Tory"),
    ],
)
def test_a_partys_member_in_apposition_is_a_person(text: str, role: str) -> None:
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert (speaker.kind, speaker.role) == ("person", role)


def test_a_party_word_before_a_body_leaves_the_body_an_organization() -> None:
    text = "Acme, a conservative think tank, said the pier was unsafe."
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert speaker.kind == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, Dana Whitlock, spoke for an hour. “We erred,” she said.",
        "The mayor, Dana Whitlock, spoke for an hour. She said the council had erred.",
    ],
)
def test_a_pronoun_after_a_role_with_its_name_is_the_name(text: str) -> None:
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert (speaker.name, speaker.role, speaker.named) == ("Dana Whitlock", "mayor", True)


def test_a_pronoun_after_a_role_without_a_name_is_the_role() -> None:
    text = "The mayor, who took office in May, spoke. “We erred,” she said."
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert (speaker.name, speaker.named) == ("The mayor", False)


@pytest.mark.parametrize(
    "text",
    [
        "The coach, Leeds United, and the fans met on Friday. “It was calm,” he said.",
        "The captain, Acme Corp, and the crew met. “It was calm,” he said.",
        "The captain, Acme Corp, spoke first on Friday. “It was calm,” he said.",
    ],
)
def test_a_name_listed_after_a_role_is_no_apposition(text: str) -> None:
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert (speaker.kind, speaker.named) == ("person", False)


@pytest.mark.parametrize(
    "text",
    [
        "The report said costs had risen sharply and found no evidence of fraud.",
        "The audit said spending rose by 4% and found waste in three agencies.",
        "The report said costs at Acme had risen and found no evidence of fraud.",
    ],
)
def test_found_after_a_clause_of_things_is_the_speakers_finding(text: str) -> None:
    assert [cue for _, _, cue in named(text)] == ["said", "found"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Amara Kone struck a note. “We erred,” he said.", "Amara Kone"),
        ("Judge Ife Okafor ruled on Monday. She said the law was clear.", "Ife Okafor"),
        ("Mayor Dana Whitlock spoke for an hour. “We erred,” she said.", "Dana Whitlock"),
    ],
)
def test_a_pronoun_after_a_titled_name_of_no_known_gender_is_that_name(
    text: str, name: str
) -> None:
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert (speaker.name, speaker.named) == (name, True)


def test_a_titled_name_of_the_other_gender_is_no_antecedent() -> None:
    text = "Dr. Ann Lee met the board. “We erred,” he said."
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert speaker.name != "Ann Lee"
