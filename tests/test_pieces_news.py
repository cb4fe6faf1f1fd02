"""Quotations in pieces, as an analyst reads long interviews: a quotation interrupted by its
attribution and resumed, one introduced by "adding:", a quotation that opens with "And" or
"But", quotations running over paragraphs, quotes inside quotes. Constructions found by trying
whosaid on invented interview-led stories (a ferry captain retiring, a planner's flood maps, a
coach rehired, in tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, statements

from tui.core.statements import find_statements

# -- a quotation opening with a capitalised conjunction is a sentence of its own --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nora Vint grows apples. Vint said, “And then the frost came.”",
            [("And then the frost came", "Nora Vint", "said")],
        ),
        (
            "Nora Vint grows apples. “We lost half the crop,” Vint said, adding: "
            "“But the trees will live.”",
            [
                ("We lost half the crop", "Nora Vint", "said"),
                ("But the trees will live", "Nora Vint", "adding"),
            ],
        ),
        (
            "Nora Vint grows apples. “Prices are low,” she said, adding, “Or they were, "
            "until May.”",
            [
                ("Prices are low", "Nora Vint", "said"),
                ("Or they were, until May", "Nora Vint", "adding"),
            ],
        ),
    ],
)
def test_a_quotation_opening_with_a_conjunction_is_said(text: str, expected: list) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the conjunction joins the verb to another: nothing said
        "Nora Vint grows apples. Vint said and did nothing about it.",
        # a conjunction in lower case quoted inside a sentence is no sentence of its own
        "Nora Vint grows apples. Vint said “and then” twice.",
    ],
)
def test_a_conjunction_after_a_cue_outside_a_quotation_is_still_no_content(text: str) -> None:
    assert named(text) == []


# -- "X said A, adding: “B.”": the quotation is the participle's, A the cue's --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Fell runs the depot. Fell said the trucks were late, adding: “We need drivers.”",
            [
                ("the trucks were late", "Omar Fell", "said"),
                ("We need drivers", "Omar Fell", "adding"),
            ],
        ),
        (
            "Omar Fell runs the depot. The manager told staff the depot would close, noting: "
            "“Nobody will lose a job.”",
            [
                ("the depot would close", "The manager", "told"),
                ("Nobody will lose a job", "The manager", "noting"),
            ],
        ),
        # no finite verb the clause before the colon is known by: the participle decides
        (
            'Kofi Ansah farms maize. Ansah said the harvest failed, adding: "We need seed."',
            [
                ("the harvest failed", "Kofi Ansah", "said"),
                ("We need seed", "Kofi Ansah", "adding"),
            ],
        ),
        (
            "Kofi Ansah farms maize. Ansah said the harvest failed, adding later: “We need seed.”",
            [
                ("the harvest failed", "Kofi Ansah", "said"),
                ("We need seed", "Kofi Ansah", "adding"),
            ],
        ),
        (
            "Kofi Ansah farms maize. Ansah said prices fell, explaining with a shrug: "
            "“The rain never came.”",
            [
                ("prices fell", "Kofi Ansah", "said"),
                ("The rain never came", "Kofi Ansah", "explaining"),
            ],
        ),
    ],
)
def test_a_quotation_after_a_participle_and_a_colon_is_its_own(text: str, expected: list) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Fell runs the depot. Fell told the drivers one thing: “Slow down.”",
            [("Slow down", "Omar Fell", "told")],
        ),
        # an -ing noun ends the cue's object, no participle after a comma: the cue's quotation
        (
            'Omar Fell runs the depot. Officers told motorists a simple warning: "Stay off '
            'the bridge."',
            [("Stay off the bridge", "Officers", "told")],
        ),
        (
            "Omar Fell runs the depot. The chief told reporters his standing warning: “Stay off "
            "the bridge.”",
            [("Stay off the bridge", "The chief", "told")],
        ),
        (
            "Omar Fell runs the depot. She told the crew her favourite saying: “Calm seas never "
            "made a sailor.”",
            [("Calm seas never made a sailor", "She", "told")],
        ),
    ],
)
def test_a_cues_object_before_a_colon_still_introduces_the_quotation(
    text: str, expected: list
) -> None:
    assert named(text) == expected


# -- a quotation broken off by the speaker's gesture and resumed is one statement in parts --


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Ines Roa sailed for years. “The engine died,” she sighed, “in the worst place.”",
            ["The engine died", "in the worst place"],
        ),
        (
            "Ines Roa sailed for years. “I heard a crack — ” she stopped — “then the mast fell.”",
            ["I heard a crack", "then the mast fell"],
        ),
        (
            "Ines Roa sailed for years. “The radio was dead” — she shook her head — "
            "“and nobody knew where we were.”",
            ["The radio was dead", "and nobody knew where we were"],
        ),
        (
            'Ines Roa sailed for years. "We waited all night" - she paused - "for a boat."',
            ["We waited all night", "for a boat"],
        ),
        # a verb of speech the speaker goes on with does not stop the piece being hers
        (
            "Ines Roa sailed for years. “I heard a crack —” she stopped, then added, “then the "
            "mast fell.”",
            ["I heard a crack", "then the mast fell"],
        ),
        (
            "Ines Roa sailed for years. “We were lost,” she sighed, adding, “and cold.”",
            ["We were lost", "and cold"],
        ),
    ],
)
def test_a_quotation_resumed_after_the_speakers_gesture_is_one_statement(
    text: str, parts: list[str]
) -> None:
    [statement] = statements(text)
    assert [text[a:b] for a, b in statement.parts] == parts
    assert named(text)[0][1] == "Ines Roa"


@pytest.mark.parametrize(
    "text",
    [
        # a title quoted inside the gesture's sentence, not closing it: no piece of hers
        "Ines Roa sailed for years. “We were lost,” she sighed, pointing at the “Sea Star” "
        "on the wall.",
        # the gesture runs on too long to be an aside between two pieces
        "Ines Roa sailed for years. “We were lost,” she sighed, and for a long while she "
        "looked out past the harbour wall at the grey water where the old boats used to "
        "sit, “for days.”",
        # the gesture brings in words of another's, with a verb of their own: not hers
        'Ines Roa sailed for years. "We were lost," she sighed, pointing at a sign that read, '
        '"Keep out of the channel."',
        "Ines Roa sailed for years. “We were lost,” she sighed, pointing at a sign that read, "
        "“Keep out of the channel.”",
    ],
)
def test_a_quotation_not_resumed_after_a_gesture_keeps_one_piece(text: str) -> None:
    [statement] = statements(text)
    assert text[statement.span[0] : statement.span[1]] == "We were lost"


@pytest.mark.parametrize(
    "text",
    [
        "Ines Roa sailed for years. “Safe Harbour Now” — the group Roa founded — wants the "
        "channel dredged.",
        'Ines Roa sailed for years. "Safe Harbour Now" -- the group Ines Roa founded -- wants '
        "the channel dredged.",
        "Ines Roa sailed for years. “Safe Harbour Now” — Roa founded it in 2019 — wants the "
        "channel dredged.",
        "Ines Roa sailed for years. “The Long Night at Sea” — Berg directed it — opens on Friday.",
    ],
)
def test_a_title_before_a_dashed_aside_is_nobodys_statement(text: str) -> None:
    assert named(text) == []


# -- "record" after a superlative or a singular noun, post-posed, is a noun: nobody records --


@pytest.mark.parametrize(
    "text",
    [
        "The Gulls went 12-50, their worst record in 30 years.",
        "The Gulls won 48 games, the club’s best record since 1997.",
        "The Gulls lost 50 games, a franchise record for a season.",
        # a proper noun modifying the singular noun: no subject of a bare "record"
        "The Gulls won 48 games, a Premier League record.",
        "Smith scored 61 points, an NBA record.",
    ],
)
def test_a_record_after_a_result_is_no_attribution(text: str) -> None:
    assert named(text) == []


def test_an_instrument_after_the_content_still_records_nothing() -> None:
    assert named("The temperature hit 41 C, the weather station recorded.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The levy was discussed twice, the council minutes record.",
            "the council minutes",
            "record",
        ),
        ("The levy was discussed twice, the clerk recorded.", "the clerk", "recorded"),
        (
            "The levy was discussed twice, the National Archives record.",
            "National Archives",
            "record",
        ),
        # a person's pronoun records as a name does; an "-ies" plural of a role too
        ("The levy was discussed twice, he recorded in his log.", "he", "recorded"),
        ("The levy was discussed twice, they recorded.", "they", "recorded"),
        ("The levy was discussed twice, the secretaries recorded.", "the secretaries", "recorded"),
    ],
)
def test_a_post_posed_recorder_still_reports(text: str, speaker: str, cue: str) -> None:
    assert named(text) == [("The levy was discussed twice", speaker, cue)]


# -- "Her mentor, the late Carl Berg, said": the name after "the late" is the speaker --


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mira Osk runs the mill. The mill's founder, the late Nils Lindahl, told her "
            "she would not last.",
            "Nils Lindahl",
            "founder",
        ),
        (
            "Mira Osk runs the mill. Her first boss, the late Greta Nyman, said she was stubborn.",
            "Greta Nyman",
            "boss",
        ),
        # a possessive for "the": the name is still the speaker's
        (
            "Mira Osk runs the mill. Her father, her late Anton Osk, said she was stubborn.",
            "Anton Osk",
            "father",
        ),
    ],
)
def test_a_name_after_the_late_is_the_apposed_speaker(text: str, name: str, role: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.named, role in (speaker.role or "")) == (name, True, True)


def test_the_late_before_a_role_leaves_the_description_the_speaker() -> None:
    text = "Mira Osk runs the mill. Her mentor, the late shift manager, said she was stubborn."
    [(_, speaker, _)] = attributed(text)
    # the description, its possessive resolved ("Mira Osk’s mentor"), no one named "Shift"
    assert speaker is not None and not speaker.named and speaker.name.endswith("mentor")


# -- the invented interview-led stories: the pieces an analyst checks first --

_ARTICLES = Path(__file__).parent / "data" / "speakers"

# (the opening of a statement's first part, its speaker (None: not pinned), its parts' openings)
_PIECES = {
    "pieces-ferry-captain.txt": [
        # its speaker is not pinned: "Halvik" is still a speaker apart from "Dora Halvik" there
        ("But he paid on time", None, ["But he paid on time"]),
        (
            "The waves were coming",
            "Dora Halvik",
            ["The waves were coming", "I remember thinking that"],
        ),
        ("They look at a spreadsheet", "Dora Halvik", ["They look at", "What they do not see"]),
        ("she would not last a winter", "Arvid Tonning", ["she would not last a winter"]),
        ("Well, almost everything", "Jonas Brekke", ["Well, almost", "She never taught"]),
        (
            "You know what I will miss?",
            "Dora Halvik",
            ["You know", "Not the sea", "Some of them", "Probably nothing"],
        ),
    ],
    "pieces-planning-whistleblower.txt": [
        ("[The council] knew", "Tomas Reyland", ["[The council] knew", "I briefed three"]),
        (
            "I am not saying anyone",
            "Tomas Reyland",
            ["I am not saying", "I think they", "But you cannot"],
        ),
        (
            "Somebody should lose their job",
            "Colin Ashby",
            ["Somebody should lose their job", "Somebody should lose their pension"],
        ),
        ("I don't want anyone's pension", "Priya Dunmore", ["I don't want", "I want the truth"]),
        (
            "I stood there in the rain",
            "Tomas Reyland",
            ["I stood there", "And I thought about", "I did not"],
        ),
    ],
    "pieces-coach-comeback.txt": [
        ("We did our homework", "Alana Fitch", ["We did our homework", "We talked to"]),
        ("He has every right", "Rick Kessler", ["He has every right", "Every right"]),
        ("We have put a players", "Alana Fitch", ["We have put a players"]),
        (
            "I used to think yelling",
            "Rick Kessler",
            ["I used to think", "It isn't", "That kid", "So if anybody"],
        ),
        ("We will see", "Theo Lindqvist", ["We will see", "Everybody is nice"]),
    ],
}


@pytest.mark.parametrize("name", sorted(_PIECES))
def test_each_invented_story_keeps_its_pieces_and_their_speakers(name: str) -> None:
    text = (_ARTICLES / name).read_text(encoding="utf-8")
    speakers, found = find_statements(text)
    names = {s.id: s.name for s in speakers}
    read = [
        (names.get(st.speaker or ""), [text[a:b] for a, b in st.parts or (st.span,)])
        for st in found
    ]
    for opening, speaker, parts in _PIECES[name]:
        matches = [(n, p) for n, p in read if p[0].startswith(opening)]
        assert len(matches) == 1, opening
        [(said_by, pieces)] = matches
        assert speaker is None or said_by == speaker, opening
        assert len(pieces) == len(parts) and all(
            piece.startswith(part) for piece, part in zip(pieces, parts, strict=True)
        ), opening


def test_the_invented_stories_narration_is_no_statement() -> None:
    text = (_ARTICLES / "pieces-coach-comeback.txt").read_text(encoding="utf-8")
    assert not any(
        text[st.span[0] : st.span[1]].startswith("The Harriers finished")
        for st in find_statements(text)[1]
    )
