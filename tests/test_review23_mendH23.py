"""Review 23, second reading of the labour and health/weather mends: each finding's
construction on invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import story_statements, story_units


# 1: "its" after "The" + a body's description: the whole run of nouns, its last a body word.
@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "The police union filed a grievance Monday, its president said.",
            "president of the police union",
        ),
        ("The city council voted to raise taxes, its chair said.", "chair of the city council"),
        (
            "The school board voted to shut two schools, its chair said.",
            "chair of the school board",
        ),
        (
            "The health authority closed the clinic, its spokesperson said.",
            "spokesperson of the health authority",
        ),
        (
            "The union representing porters at the Port of Dallow struck, its president said.",
            "president of the union",
        ),
    ],
)
def test_a_bodys_description_is_its_whole_run_of_nouns(body: str, role: str):
    assert story_statements(body)[0][3] == role


def test_a_verb_ends_the_run_of_a_bodys_description():
    body = "The police arrested union members at the rally, its chief said."
    assert story_statements(body)[0][3] == "chief of the police"


# 2: "one" after a counted plural in its clause is one of them, though "a"/"an" + noun is nearer.
@pytest.mark.parametrize(
    "body",
    [
        "Ten nurses were hurt in a crash on a highway, one who remains in hospital, police said.",
        "Of the 40 members of a union local, one who voted no said the deal was bad.",
    ],
)
def test_one_after_a_counted_plural_counts(body: str):
    assert 1 in [v for v, _ in story_units(body)]


def test_one_apposed_to_a_noun_still_counts_nothing():
    body = "The union rejected a fair offer to its members, one that respects both sides, he said."
    assert 1 not in [v for v, _ in story_units(body)]


# 3: the literal door stays content; the writer's "opening the door to a strike" does not.
@pytest.mark.parametrize(
    "tail",
    [
        "opening the door to two masked men",
        "opening the door to a stranger",
        "opening the door to the officers",
        "opening the door for her",
    ],
)
def test_the_literal_door_stays_content(tail: str):
    body = f"Police said the woman heard a knock, {tail}."
    assert story_statements(body)[0][0].endswith(tail)


@pytest.mark.parametrize("tail", ["opening the door to a strike", "opening the door to more cuts"])
def test_opening_the_door_to_a_thing_is_the_writers(tail: str):
    body = f"Ivo Brandt said the quarry would close, {tail}."
    assert story_statements(body)[0][0] == "the quarry would close"


# 5: Canadian call letters and a station's number (a channel, an AM frequency) are an outlet.
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The fire destroyed three homes, CKNW 980 said.", "media"),
        ("The storm cut power to the mountain, CHCH 11 reported.", "media"),
        ("The storm cut power, KTLA 5 reported.", "media"),
        ("The fire spread quickly, WFSE 304 said in a statement.", "organization"),
        ("The talks failed, CUPE 3903 said.", "organization"),
    ],
)
def test_call_letters_and_a_stations_number_are_an_outlet(body: str, kind: str):
    assert story_statements(body)[0][2] == kind


# 6: a span after "within" or "in its" is the time the figure before was counted in.
@pytest.mark.parametrize(
    ("body", "unit"),
    [
        (
            "Crews restored power to 80,000 homes within the first 24 hours, up from 50,000.",
            "homes",
        ),
        ("The clinic gave 900 shots in its first two weeks, up from 600.", "shots"),
        ("The city extended the closure for the next three weeks, up from two.", "week"),
    ],
)
def test_a_span_within_or_in_its_first_weeks_frames_the_count(body: str, unit: str):
    assert story_units(body)[-1][1] == unit


# 8: a showdown named by two words, capitalised or with a number, is the writer's note.
@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The coach said the Bruins won, setting up a Stanley Cup showdown with the Oilers.",
            "the Bruins won",
        ),
        ("The coach said the Bruins won, setting up a Game 7 showdown.", "the Bruins won"),
        (
            "The coach said the Bruins won, setting up a new practice plan.",
            "the Bruins won, setting up a new practice plan",
        ),
    ],
)
def test_a_named_showdown_is_the_writers_note(body: str, content: str):
    assert story_statements(body)[0][0] == content


# 7: the holder of an office passes a former or an associate one named after.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ann Lee, the chief financial officer, spoke first. Tom Reyes, the former chief"
            " financial officer, followed. Revenue fell, the chief financial officer said.",
            "Ann Lee",
        ),
        (
            "Dr. Ann Lee, the medical officer of health, spoke first. Dr. Tom Reyes, the associate"
            " medical officer of health, followed. Cases rose, the medical officer of health said.",
            "Ann Lee",
        ),
        (
            "Tom Reyes, the deputy minister, spoke first. Revenue fell, the minister said.",
            "the minister",
        ),
    ],
)
def test_the_office_holder_is_no_former_nor_deputy_one(body: str, name: str):
    assert story_statements(body)[-1][1] == name


# 4: a time after an inverted speaker ends the speaker's phrase; the quotation is kept.
@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("said Teamsters Local 52 Wednesday night.", "Teamsters Local 52"),
        ("said Local 52 Wednesday.", "Local 52"),
        ("said CUPE 3903 Monday.", "CUPE 3903"),
        ("said the union today.", "the union"),
        ("said CUPE 3903.", "CUPE 3903"),
    ],
)
def test_a_time_after_an_inverted_body_keeps_the_statement(tail: str, name: str):
    [(content, speaker, kind, _)] = story_statements(f"“The fire spread fast,” {tail}")
    assert (content, speaker, kind) == ("The fire spread fast", name, "organization")


# 7: a titled holder of the office ("Chief Financial Officer Ann Lee"), not a deputy's title.
@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Chief Financial Officer Ann Lee spoke first.", "Ann Lee"),
        ("Deputy Chief Financial Officer Tom Reyes spoke first.", "the chief financial officer"),
        ("Chief Medical Officer Ann Lee spoke first.", "the chief financial officer"),
    ],
)
def test_a_titled_office_holder_is_the_officer(opening: str, name: str):
    assert (
        story_statements(f"{opening} Revenue fell, the chief financial officer said.")[-1][1]
        == name
    )
