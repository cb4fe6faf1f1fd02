"""US political news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a funding standoff in Congress, a governor's lawsuit over an election law
and a Senate race's poll (in tests/data/speakers/), each tested here on other invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import (
    attributed,
    missing_speakers,
    named,
    speaker_of,
    speakers_by_opening,
)

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Rep. Ann Tull, a Democrat from Maple Grove who backed the bill, said it would pass.",
            "Ann Tull",
            "Democrat from Maple Grove",
        ),
        (
            "Sen. Ross Vane, a Republican from Ohio who voted against the measure, told "
            "reporters it was a mistake.",
            "Ross Vane",
            "Republican from Ohio",
        ),
        (
            "Abel Moritz, an independent from the Upper Valley who caucuses with Democrats, said "
            "the vote was rushed.",
            "Abel Moritz",
            "independent from the Upper Valley",
        ),
        (
            "State Sen. Ida Crane, a Democrat from the suburbs who chairs the panel, said the "
            "hearing would go ahead.",
            "Ida Crane",
            "State Sen.",
        ),
    ],
)
def test_who_after_a_party_members_place_stands_for_the_named_member(
    text: str, name: str, role: str
):
    found = attributed(text)
    assert found, text
    for _, speaker, _ in found:
        assert speaker is not None
        assert (speaker.name, speaker.kind, speaker.role) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the place-less party member, and a trade before the place, were read right before
        ("Ann Tull, a Democrat who backed the bill, said it would pass.", "Ann Tull", "Democrat"),
        (
            "Ann Tull, a lawyer from Maple Grove who backed the bill, said it would pass.",
            "Ann Tull",
            "lawyer from Maple Grove",
        ),
    ],
)
def test_who_after_other_descriptions_keeps_its_reading(text: str, name: str, role: str):
    for _, speaker, _ in attributed(text):
        assert speaker is not None
        assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        "A Republican in the Senate, who asked not to be named, said the bill would pass.",
        "A Democrat from the delegation, who spoke on condition of anonymity, said it would pass.",
    ],
)
def test_who_after_an_unnamed_party_members_body_stands_for_the_member(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("person", False)
    assert speaker.name.startswith("A ")


def test_a_party_member_described_by_place_alone_is_still_an_unnamed_person():
    text = "A Democrat from Maple Grove who backed the bill said it would pass."
    [*_, (content, speaker, cue)] = attributed(text)
    assert (content, cue) == ("it would pass", "said")
    assert speaker is not None and not speaker.named and speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Politico reported that the talks had collapsed, citing three people familiar with "
            "the negotiations.",
            "the talks had collapsed",
        ),
        (
            "The nominee will withdraw, CNN reported, citing two senior administration officials.",
            "The nominee will withdraw",
        ),
        (
            "The Ledger reported the vote would slip, citing aides who spoke on condition of "
            "anonymity.",
            "the vote would slip",
        ),
        (
            "The governor plans to resign, the Courier reported, citing a person briefed on her "
            "plans.",
            "The governor plans to resign",
        ),
        (
            "The deal is off, Axios reported, citing sources with knowledge of the talks.",
            "The deal is off",
        ),
    ],
)
def test_citing_the_people_a_report_came_from_is_no_statement(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials cited rising costs for the delay.", "rising costs for the delay"),
        ("Roe resigned, citing family reasons.", "family reasons"),
        (
            "The mayor cited complaints from people who lost power.",
            "complaints from people who lost power",
        ),
        ("The senator, citing a new poll, said the bill would pass.", "a new poll"),
    ],
)
def test_citing_a_reason_or_a_document_still_says(text: str, content: str):
    assert [c for c, _, cue in named(text) if cue in {"cited", "citing"}] == [content]


def test_citing_people_as_saying_still_quotes_them():
    text = "The paper cited officials in the ministry as saying the plan was dead."
    [(content, name, _)] = named(text)
    assert (content, name) == ("the plan was dead", "officials in the ministry")


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Lia Stroud said on NBC’s “Meet the Week” that the tariffs would stay.",
        "Stroud said Sunday on the network’s “State of Play” that the tariffs would stay.",
        'Stroud said on "Capitol Hour" that the tariffs would stay.',
        "Stroud told MSNBC’s “Early Desk” that the tariffs would stay.",
        'Stroud told Fox\'s "Sunday Table" program that the tariffs would stay.',
    ],
)
def test_a_shows_quoted_title_before_that_is_where_it_was_said(text: str):
    [(content, name, _)] = named(text)
    assert (content, name) == (
        "the tariffs would stay",
        "Lia Stroud" if "Sen." in text else "Stroud",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quotation after the cue is still what was said, and a name of a thing stays
        ("Stroud said on Monday “We Are Done” and left.", "We Are Done"),
        (
            "Stroud called the bill “A Disaster” that would hurt families.",
            "the bill “A Disaster” that would hurt families",
        ),
        ("Stroud said on ABC that the tariffs would stay.", "the tariffs would stay"),
    ],
)
def test_a_quotation_after_a_cue_that_is_no_shows_title_keeps_its_reading(text: str, content: str):
    assert content in [c for c, _, _ in named(text)][0]


@pytest.mark.parametrize(
    "text",
    [
        "According to a copy of the letter reviewed by KTVQ, the governor asked for aid.",
        "According to a copy of the letter reviewed by the Ledger, the governor asked for aid.",
        "The governor wants a recount, according to copies of the letter obtained by the Courier.",
    ],
)
def test_a_copy_of_a_text_obtained_by_an_outlet_speaks_as_the_text(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.kind == "document" and "letter" in speaker.name
    assert "Ledger" not in speaker.name and "KTVQ" not in speaker.name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a copy sent or sold is no text that speaks
        ("The union said it had sent a copy to the mayor.", "it had sent a copy to the mayor"),
        ("Copies of the memoir sold out, the publisher said.", "Copies of the memoir sold out"),
    ],
)
def test_a_copy_that_is_an_object_or_a_subject_keeps_its_reading(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.kind != "document"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A senior administration official said, speaking on condition of anonymity because "
            "the talks were private, that the deal was close.",
            "A senior administration official",
        ),
        (
            "An aide said, speaking on the condition of anonymity, the deal was close.",
            "An aide",
        ),
        (
            "Two officials said, speaking on condition of anonymity to describe the plans, that "
            "the deal was close.",
            "Two officials",
        ),
    ],
)
def test_the_anonymity_granted_between_cue_and_content_is_not_said(text: str, name: str):
    assert named(text) == [("the deal was close", name, "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the anonymity before the cue, and another participle after it, were read right
        ("An aide, speaking on condition of anonymity, said the deal was close.", "the deal"),
        ("Roe said, speaking to reporters in Ohio, that the deal was close.", "the deal"),
        ("Roe said, speaking slowly, the deal was close.", "speaking slowly"),
    ],
)
def test_other_participles_around_the_cue_keep_their_reading(text: str, content: str):
    [(found, _, _)] = named(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Hand counts would cost $6 million per statewide election.", "dollar per election"),
        ("The plan costs $40 per registered voter in the county.", "dollar per voter"),
        ("Each ad cost $900 per local market.", "dollar per market"),
    ],
)
def test_a_rate_per_a_modified_noun_is_per_its_head(text: str, unit: str):
    [figure] = find_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Fees rose to $12 per month.", "dollar per month"),
        ("It paid $5 per share.", "dollar per share"),
        ("The firm paid $20 per hour worked.", "dollar per hour"),
        ("Rents hit $900 per square foot.", "dollar per square foot"),
    ],
)
def test_a_rate_per_a_bare_noun_or_a_unit_keeps_it(text: str, unit: str):
    [figure] = find_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Gov. Ned Ruiz urged calm, according to a readout of the call.",
            "Gov. Ned Ruiz urged calm",
            "a readout",
        ),
        (
            "The speaker asked for patience, according to two aides.",
            "The speaker asked for patience",
            "two aides",
        ),
        (
            "Sen. Ida Penn warned of delays, per a memo.",
            "Sen. Ida Penn warned of delays",
            "a memo",
        ),
    ],
)
def test_a_source_after_a_one_word_object_reports_the_whole_sentence(
    text: str, content: str, name: str
):
    [(found, speaker, _)] = named(text)
    assert (found, speaker) == (content, name)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # a quotation's own cue keeps it, and a longer object was reported whole already
        (
            "“Nobody read the memo,” the aides said, according to the lawsuit.",
            "Nobody read the memo",
            "the aides",
        ),
        (
            "The speaker asked for more patience, according to two aides.",
            "The speaker asked for more patience",
            "two aides",
        ),
    ],
)
def test_a_source_after_its_own_cues_content_keeps_its_reading(text: str, content: str, name: str):
    [(found, speaker, _)] = named(text)
    assert (found, speaker) == (content, name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Attorney General Merrill Fox said the department would appeal.",
            "Merrill Fox",
            "Attorney General",
        ),
        (
            "Merrill Fox, the attorney general, said the department would appeal.",
            "Merrill Fox",
            "attorney general",
        ),
        (
            "Treasury Secretary Orla Times said rates would hold.",
            "Orla Times",
            "Treasury Secretary",
        ),
        ("Sen. Corin Herald said the bill was dead.", "Corin Herald", "Sen."),
    ],
)
def test_a_titled_name_ending_in_a_mastheads_word_is_a_person(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # outlets by their own names, with or without an article, stay outlets
        ("The Washington Post reported that the bill was dead.", "The Washington Post"),
        ("The Daily Post said the bill was dead.", "The Daily Post"),
        ("Fox News said the bill was dead.", "Fox News"),
    ],
)
def test_an_outlets_name_with_no_title_stays_an_outlet(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "media")


def test_the_funding_standoff_keeps_its_speakers():
    name = "uspolitics-shutdown-standoff.txt"
    expected = [
        ("We have offered them", "Harlan Voss", "person"),
        ("the Republican plan would cut", "Dolores Abernathy-Kwan", "person"),
        ("Nobody in my state", "Dolores Abernathy-Kwan", "person"),
        ("President Thurgood Ellery would veto", "Corliss Mabry", "person"),
        ("Ellery had called", "A senior administration official", "person"),
        ("the House would not take up", "Renata Colquitt", "person"),
        ("Disaster aid is fine", "Daniel Okafor-Lind", "person"),
        ("roughly 850,000 workers", "American Federation of Public Workers", "organization"),
        ("members were already canceling", "Greta Ilves", "person"),
        ("This is not a hill", "Preston Hale", "person"),
        ("a five-week shutdown", "Congressional Budget Office", "organization"),
        ("I think cooler heads", "Thurgood Ellery", "person"),
    ]
    assert missing_speakers(name, expected) == []
    found = speakers_by_opening(name)
    # the outlets that heard them never speak, nor does the office that declined to comment
    assert not {"CNN", "Fox News"} & {speaker for _, speaker, _ in found}
    assert not any("comment" in content for content, _, _ in found)


def test_the_governors_lawsuit_keeps_its_speakers():
    name = "uspolitics-governor-lawsuit.txt"
    expected = [
        ("the law violates", "The lawsuit", "document"),
        ("hand counts in the largest counties", "Lawyers for the governor", "group"),
        ("This law was written to fail", "Ariadne Pell", "person"),
        ("Voters in my district", "Trent Vandermolen", "person"),
        ("Ariadne Pell is TERRIFIED", "Cassius Drummond", "person"),
        ("She has a state to run", "Noor Haddadi", "person"),
        ("I cannot hand-count", "Marjorie Ekdahl", "person"),
        ("the hand counts would cost", "The nonpartisan Legislative Fiscal Bureau", "organization"),
        ("he still supported it", "Howard Blaylock", "person"),
        ("What we are seeing", "Celeste Mauro", "person"),
        ("she had", "Ariadne Pell", "person"),
    ]
    assert missing_speakers(name, expected) == []
    speakers = {speaker for _, speaker, _ in speakers_by_opening(name)}
    assert not {"Fond du Lac", "POLITICO", "MSNBC"} & speakers


def test_the_senate_poll_keeps_its_speakers():
    name = "uspolitics-senate-poll.txt"
    expected = [
        ("46 percent of likely voters", "a Marlow University poll", "document"),
        ("This is a coin flip", "Hollis Brandvold", "person"),
        ("Arizona doesn’t do landslides", "Graciela Montaño", "person"),
        ("the senator had “voted like a Californian”", "Boyd Tennant", "person"),
        ("Mr. Tennant and allied groups", "AdImpact", "organization"),
        ("Ms. Montaño had “outworked", "Ravi Sundqvist", "person"),
        ("their numbers showed", "Two senior Republican strategists involved in the race", "group"),
        ("I don’t feel like", "Lucinda Ortiz-Bray", "person"),
        ("the plaintiffs had “not shown", "Adele Fairweather", "person"),
        ("a win for every legal voter", "Boyd Tennant", "person"),
    ]
    assert missing_speakers(name, expected) == []
    speakers = {speaker for _, speaker, _ in speakers_by_opening(name)}
    assert "The New York Times" not in speakers
    # the contributor's line is no statement
    assert not any("Tucson" in content for content, _, _ in speakers_by_opening(name))
