"""Transport and accident investigations as a new analyst reads them: constructions found by
trying whosaid on invented stories of a commuter plane's crash, a freight train's derailment
and a ferry's grounding (tests/data/speakers/transport-*.txt), each tested here on other
invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dunmore Freight said the wagons were inspected.", "Dunmore Freight"),
        ("Kestrel Ferries said the crossing was cancelled.", "Kestrel Ferries"),
        ("Pallant Railroad said the line would reopen.", "Pallant Railroad"),
        ("The Road Collision Unit said the van was speeding.", "Road Collision Unit"),
        ("Orwen Trucking said its drivers were rested.", "Orwen Trucking"),
    ],
)
def test_an_operator_named_for_its_trade_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_an_investigation_unit_is_found_again_as_the_unit():
    text = (
        "The Air Accident Investigation Unit said the engine failed. "
        "The unit found that the fuel pump was worn."
    )
    speakers, statements = find_statements(text)
    assert [(s.name, s.kind) for s in speakers] == [
        ("Air Accident Investigation Unit", "organization")
    ]
    assert len(statements) == 2


def test_a_company_named_for_its_trade_is_found_again_by_its_first_word():
    text = "Kestrel Ferries said the crossing was cancelled. Kestrel said it would refund fares."
    speakers, _ = find_statements(text)
    assert [s.name for s in speakers] == ["Kestrel Ferries"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It came in low," said the pilot, Ana Varga.', "Ana Varga", "pilot"),
        ('"The road was icy," said a passenger, Mark Olsen.', "Mark Olsen", "passenger"),
        ('"I saw smoke," the conductor told investigators.', "the conductor", "conductor"),
        ('"The ship listed," said the skipper, Ana Varga, 51.', "Ana Varga", "skipper"),
        ("Co-pilot Ruth Daley said the runway was clear.", "Ruth Daley", "Co-pilot"),
        ('"We were told nothing," said a commuter, Ines Bakker.', "Ines Bakker", "commuter"),
    ],
)
def test_people_of_transport_are_roles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It came in low," said the farmer, Eli Stroud.', "Eli Stroud", "farmer"),
        ('"The road was icy," said a shepherd, Mark Olsen.', "Mark Olsen", "shepherd"),
        ('"We were lucky," said the driver, Tomas Rehn, 44.', "Tomas Rehn", "driver"),
    ],
)
def test_a_name_in_apposition_after_an_unlisted_noun_speaks(text: str, name: str, role: str):
    speaker_name, _, speaker_role = speaker_of(text)
    assert (speaker_name, speaker_role) == (name, role)


def test_an_unlisted_noun_without_a_name_after_an_inverted_cue_speaks():
    # once left unread; a quotation "said the farmer." is the farmer's words to an analyst
    # (`described_after`), and the farmer is a person, the noun the role
    assert speaker_of('"The road was icy," said the farmer.') == ("the farmer", "person", "farmer")


def test_what_was_said_after_an_inverted_cue_is_no_speaker():
    assert attributed('"It was late," said the same, Tuesday.') == []


def test_a_possessive_before_an_unlisted_noun_keeps_the_description():
    # "lodger" is on no list of persons ("husband" now is: "Her husband, Jon," names Jon)
    text = "Eva Holm says the roof leaks. Her lodger, Jon, disagrees. He says it is dry."
    speakers, _ = find_statements(text)
    assert "Jon" not in [s.name for s in speakers]


def test_the_recorder_words_are_the_speakers_not_the_cockpits():
    text = 'The cockpit voice recorder captured the captain saying, "Pull up."'
    assert named(text) == [("Pull up", "the captain", "saying")]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators studied the voice recordings from the bridge.",
        "She left a voice message for the airline on Monday.",
        "The flight data and voice recorders were found on Tuesday.",
    ],
)
def test_a_voice_recorder_is_no_cue(text: str):
    assert [cue for _, _, cue in attributed(text)] == []


def test_voicing_an_attitude_stays_a_cue():
    assert named("Residents voice concerns about the night flights.") == [
        ("concerns about the night flights", "Residents", "voice")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The controller acknowledged the call, but no further transmission was received.",
        "The dispatcher acknowledged the message.",
        "The captain acknowledged the clearance.",
        "The winner acknowledged the crowd.",
        # the subject's next verb after the object reports nothing either
        "The controller acknowledged the call and cleared the plane to land.",
        "The crew acknowledged the readback and climbed.",
        "The pilot acknowledged the message and then turned back.",
        "The tower acknowledged the mayday.",
        "The pilot acknowledged the alert.",
    ],
)
def test_acknowledging_a_call_or_a_signal_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The airline acknowledged the error in a statement.", "the error"),
        ("The airline acknowledged that the call had been missed.", "the call had been missed"),
        ("The airline acknowledged the alert was late.", "the alert was late"),
    ],
)
def test_acknowledging_an_error_or_a_fact_stays_a_statement(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "acknowledged")


def test_an_error_acknowledged_then_a_verb_of_saying_keeps_both():
    text = "The minister acknowledged the error and said he would resign."
    assert [found for found, _, _ in attributed(text)] == ["the error", "he would resign"]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The office found that the train was doing 74 km/h. Two wagons tipped over, "
            "investigators said.",
            ["the train was doing 74 km/h", "Two wagons tipped over"],
        ),
        (
            "Gusts reached 30 m/s. Crews stayed in port, the coast guard said.",
            ["Crews stayed in port"],
        ),
    ],
)
def test_a_units_letter_after_its_slash_ends_the_sentence(text: str, contents: list[str]):
    assert [content for content, _, _ in attributed(text)] == contents


def test_an_initial_still_goes_on_the_sentence():
    [(content, speaker, _)] = attributed("John Q. Public said the fares would rise.")
    assert (content, speaker.name if speaker else None) == (
        "the fares would rise",
        "John Q. Public",
    )


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a negated stance keeps its negation in the cue (acts.negated_cue): "rule out" alone
        # would say the opposite of what the minister did
        (
            "The minister did not rule out a ban on night flights.",
            "a ban on night flights",
            "did not rule out",
        ),
        ("The board ruled out a mechanical failure.", "a mechanical failure", "ruled out"),
        (
            "The regulator has not ruled out fining the airline.",
            "fining the airline",
            "has not ruled out",
        ),
    ],
)
def test_ruling_out_is_one_cue_with_its_particle(text: str, content: str, cue: str):
    [(found, _, found_cue)] = attributed(text)
    assert (found, found_cue) == (content, cue)


def test_ruling_that_stays_a_ruling():
    [(found, _, cue)] = attributed("The judge ruled that the evidence was admissible.")
    assert (found, cue) == ("the evidence was admissible", "ruled")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            'The captain said, "We are turning back," according to a transcript.',
            "We are turning back",
            "The captain",
        ),
        (
            'At 9:14 p.m., the pilot replied: "Unable, we have a fire," according to '
            "the recording.",
            "Unable, we have a fire",
            "the pilot",
        ),
        (
            "The driver told the dispatcher, “The brakes are gone,” according to the log.",
            "The brakes are gone",
            "The driver",
        ),
    ],
)
def test_a_quotation_after_its_speakers_cue_is_theirs_whatever_reports_it(
    text: str, content: str, name: str
):
    [(found, speaker, cue)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)
    assert cue is not None and cue != "according to"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are turning back," according to a transcript.', "a transcript"),
        ("The captain said the engine failed, according to a transcript.", "a transcript"),
    ],
)
def test_according_to_still_reports_a_bare_quotation_or_a_clause(text: str, name: str):
    # (the transcript also relays the captain's saying as the captain's: test_nested_news.py)
    [(_, speaker, _)] = [found for found in attributed(text) if found[2] == "according to"]
    assert (speaker.name if speaker else None) == name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "In a phone call, the mayor said the port was closed.",
            "the port was closed",
            "the mayor",
        ),
        (
            "In the last radio call, the captain said the engine failed.",
            "the engine failed",
            "the captain",
        ),
        (
            "During a conference call, the chief executive said fares would rise.",
            "fares would rise",
            "the chief executive",
        ),
    ],
)
def test_a_phone_or_radio_call_is_a_noun(text: str, content: str, name: str):
    [(found, speaker, _)] = attributed(text)
    assert (found, speaker.name if speaker else None) == (content, name)


def test_calling_something_stays_a_cue():
    [(_, speaker, cue)] = attributed("Officials call the crossing a disgrace.")
    assert (speaker.name if speaker else None, cue) == ("Officials", "call")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The pilot radioed, “Mayday, mayday.”", "Mayday, mayday"),
        ("The crew radioed that an engine had failed.", "an engine had failed"),
        ('"We have a fire," the captain radioed.', "We have a fire"),
        # a listener before "that" is no part of what was said, as after "told"
        ("Ann Lee radioed the tower that the engine had failed.", "the engine had failed"),
        ("The pilot radioed controllers that a door had opened.", "a door had opened"),
        ("The skipper radioed them that the boat was sinking.", "the boat was sinking"),
        # with no "that", the words after the verb are what was said
        ("Ann Lee radioed the engine had failed.", "the engine had failed"),
    ],
)
def test_radioing_is_saying(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "radioed")


def test_a_capitalised_article_after_a_question_opens_the_next_sentence():
    text = '"Where are we?" The officer replied, "Back on course."'
    assert named(text)[-1] == ("Back on course", "The officer", "replied")


def test_a_name_after_a_question_is_still_its_attribution():
    assert named('"How many more?" Ann Lee asked reporters.') == [
        ("How many more?", "Ann Lee", "asked")
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The captain had 9,800 flight hours, about 3,100 of them on the type.", "hour"),
        ("Nineteen people were hurt, two of them seriously.", "people"),
        ("The ferry carried 286 passengers, 40 of whom were children.", "passengers"),
        ("He spent 30 years at sea, ten of them as master.", "year"),
    ],
)
def test_a_part_of_the_figure_before_counts_what_it_counts(text: str, unit: str):
    assert [figure.unit for figure in find_figures(text)] == [unit, unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # money or a share between: the part counts what the count before it counts
        ("He bought 3 cars for $90,000, 2 of them used.", "cars"),
        ("The farm sold 400 sheep for $52,000, 30 of which were lambs.", "sheep"),
        ("Of the 500 flights, 12 percent were late, and 40 of them were cancelled.", "flights"),
        # "of whom": people, not the measure between
        ("The plant has 120 workers on 40 hectares, 15 of whom are women.", "workers"),
        # a measure may be parted
        ("The estate covers 40 hectares, 15 of them forest.", "hectares"),
    ],
)
def test_a_part_counts_the_nearest_figure_it_can_be_a_part_of(text: str, unit: str):
    assert find_figures(text)[-1].unit == unit


def test_a_part_after_money_alone_stays_bare():
    assert find_figures("She paid $90,000 for the lot, 2 of them in cash.")[-1].unit is None


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 286 passengers. Two of them were hurt.",  # another sentence
        "Of the 12 trains that ran, four were late.",  # no pronoun after it
    ],
)
def test_a_bare_number_without_a_part_pronoun_in_its_sentence_stays_bare(text: str):
    assert find_figures(text)[-1].unit is None


def test_an_operator_described_after_its_acronym_was_mentioned_is_the_operator():
    text = (
        "Skyreach Connection said it was cooperating. The Federal Aviation Administration said "
        "it was reviewing the report. Skyreach was fined $180,000 by the FAA in 2023. The "
        "airline has said those problems were corrected."
    )
    assert named(text)[-1] == ("those problems were corrected", "Skyreach Connection", "said")


def test_the_agency_after_its_acronym_was_mentioned_stays_the_agency():
    text = (
        "The Federal Aviation Administration said it was reviewing the report. Skyreach was "
        "fined by the FAA in 2023. The agency said the fine was paid."
    )
    assert named(text)[-1][1] == "Federal Aviation Administration"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the report, the second officer, who had been qualified for a year, "
            "was alone on the bridge.",
            "the second officer, who had been qualified for a year, was alone on the bridge",
        ),
        (
            "According to the indictment, the driver, whose licence had lapsed, was speeding.",
            "the driver, whose licence had lapsed, was speeding",
        ),
    ],
)
def test_a_relative_clause_after_a_documents_next_words_makes_them_its_subject(
    text: str, content: str
):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.kind == "document"


def test_a_person_sources_apposition_stays_her_role():
    text = "According to Ann Lee, the mayor, who took office in May, the port is closed."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == ("Ann Lee", "mayor")


def _parts(text: str) -> list[list[str]]:
    _, statements = find_statements(text)
    return [[text[a:b] for a, b in st.parts] for st in statements]


@pytest.mark.parametrize(
    "text",
    [
        'The recorder caught the pilot saying, "Gear down," and then, seconds later, "Go around."',
        'Lee said, "Gear down," and later, "Go around."',
        "The skipper shouted, “Gear down,” and, moments later, “Go around.”",
    ],
)
def test_a_second_quotation_joined_by_and_a_time_is_a_second_part(text: str):
    assert _parts(text) == [["Gear down", "Go around"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The crowd chanted "Resign!" and marched to the ministry.', "Resign!"),
        (
            'Lee said the plan was "a mess" and that the mayor was "out of touch."',
            'the plan was "a mess" and that the mayor was "out of touch',
        ),
    ],
)
def test_a_verb_or_a_that_clause_after_the_and_is_no_second_part(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ('Tom Hale ran in. Witnesses heard him shouting, "Get out!"', "Get out!", "Tom Hale"),
        (
            'Tom Rees took the helm. The recorder captured him asking, "Where are we?"',
            "Where are we?",
            "Tom Rees",
        ),
        ('Ann Lee ran in. Witnesses heard her shouting, "Get out!"', "Get out!", "Ann Lee"),
        (
            'Ann Lee took the helm. The recorder captured her asking, "Where are we?"',
            "Where are we?",
            "Ann Lee",
        ),
        ('Ann Lee froze. The camera caught her saying, "Run."', "Run", "Ann Lee"),
        (
            'Ann Lee took the radio. A tape recorded her telling the crew, "Turn back."',
            "Turn back",
            "Ann Lee",
        ),
        (
            "Ann Lee was held. Police quoted her as saying the car was stolen.",
            "the car was stolen",
            "Ann Lee",
        ),
    ],
)
def test_the_object_of_a_recording_verb_says_the_quotation(text: str, content: str, name: str):
    assert named(text)[-1][:2] == (content, name)


@pytest.mark.parametrize(
    "text",
    [
        'Tom Hale ran in. Witnesses heard him shout, "Get out!"',  # no participle
        "Officials told him that the port was closed.",
        'Ann Lee ran in. Witnesses heard her shout, "Get out!"',
        "Officials told her that the port was closed.",
        "Ann Lee stayed home. Her mother said the port was closed.",
    ],
)
def test_an_object_pronoun_without_a_recording_verb_and_participle_says_nothing(text: str):
    for name in ("Tom Hale", "him", "Ann Lee", "her"):
        assert all(speaker is None or speaker.name != name for _, speaker, _ in attributed(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ann Lee froze. The camera caught her brother saying, "Run."', "her brother"),
        ("Ann Lee wrote. He read her letter saying the port was closed.", "her letter"),
    ],
)
def test_her_before_a_noun_after_a_recording_verb_stays_a_possessive(text: str, name: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None and name in (speaker.name, *speaker.aliases)


def _article(slug: str) -> str:
    return (_DATA / f"transport-{slug}.txt").read_text(encoding="utf-8")


_DATA = Path(__file__).parent / "data" / "speakers"


def test_the_crash_articles_floor():
    text = _article("commuter-stall")
    speakers, statements = find_statements(text)
    names = {s.name for s in speakers}
    assert not names & {"The cockpit", "a transcript", "The controller", "FAA"}
    by_id = {s.id: s.name for s in speakers}
    spoken = [
        (text[a:b], by_id.get(st.speaker or ""))
        for st in statements
        for a, b in st.parts or [st.span]
    ]
    assert ("Skyreach 412, we're going around", "the captain") in spoken
    assert ("Speed, watch your speed", "the captain") in spoken
    assert ("It came in low and crooked, with one wing way down", "Eli Stroud") in spoken
    assert len(statements) >= 30


def test_the_derailment_articles_floor():
    speakers, statements = find_statements(_article("freight-derailment"))
    kinds = {s.name: s.kind for s in speakers}
    assert kinds["Northline Freight"] == "organization"
    assert kinds["Rail Accident Investigation Office"] == "organization"
    assert sum(st.cue == "found" for st in statements) >= 2
    assert len(statements) >= 28


def test_the_grounding_articles_floor():
    speakers, statements = find_statements(_article("ferry-grounding"))
    kinds = {s.name: s.kind for s in speakers}
    assert kinds["Marine Accident Investigation Unit"] == "organization"
    assert kinds["Westsound Ferries"] == "organization"
    assert not {"The unit", "Westsound", "the transcript"} & set(kinds)
    assert len(statements) >= 34
