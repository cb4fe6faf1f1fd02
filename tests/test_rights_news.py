"""Protest and human-rights reporting as a new analyst reads it: constructions found by trying
whosaid on invented stories of a march broken up by police, a report on detention camps and a
vigil on a massacre's anniversary (in tests/data/speakers/rights-*.txt), each tested here on
other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One man, who asked to be identified only by his initial, R., said guards beat him.",
            "R.",
        ),
        (
            "A welder, who gave only his first name, Tomas, said the shots came from the roof.",
            "Tomas",
        ),
        ("A nurse who gave her first name, Lidia, said the ward was full.", "Lidia"),
        ("One woman, who would give only her nickname, Elena, said the gate was shut.", "Elena"),
    ],
)
def test_the_name_a_witness_gave_is_the_speaker(text: str, name: str):
    # the description is the role (q13migr's naming clause), for a nickname too
    assert speaker_of(text)[:2] == (name, "person")
    assert speaker_of(text)[2] in {None, "nurse", "welder", "woman", "man"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Another man, who gave only his nickname, Tiger, said the camp was full.", "Tiger", "man"),
        (
            "A witness, who asked to be identified only by his initial, K., said shots rang out.",
            "K.",
            "witness",
        ),
        (
            "A teacher, who gave only her first name, Dora, said classes were cancelled.",
            "Dora",
            "teacher",
        ),
    ],
)
def test_a_nickname_given_keeps_the_description_as_role_like_a_first_name(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "One man, who asked to be identified by his first name, said guards beat him.",
        "A guard, who asked to be named only as a sergeant, said the cells were full.",
        "A driver, who asked to be identified only by his initials, said the road was shut.",
    ],
)
def test_a_request_to_be_named_some_way_is_no_statement(text: str):
    [(content, _, cue)] = attributed(text)
    assert cue == "said"
    assert not content.startswith("to be")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor asked to be told by Friday whether the road would reopen.",
        "The families asked to be heard by the court.",
    ],
)
def test_a_request_to_be_told_or_heard_is_still_a_statement(text: str):
    [(content, _, cue)] = attributed(text)
    assert (content.startswith("to be"), cue) == (True, "asked")


def test_a_name_apposed_to_its_own_name_noun_keeps_the_speaker_who_said_it():
    text = "The group's new name, Open Door, was chosen last year, Welm said."
    [(content, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Welm"
    assert content.startswith("The group's new name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One of them, a former guard who now lives abroad, said he had seen the beatings.",
            "a former guard who now lives abroad",
        ),
        (
            "One of them, a driver who spoke to reporters, said the convoy was stopped.",
            "a driver who spoke to reporters",
        ),
        (
            "Two of them, students who were held overnight, said they were beaten.",
            "students who were held overnight",
        ),
        ("One of them, Joel Ruiz, 34, said the ward was short.", "Joel Ruiz"),
        ("One of them, the captain, said the ward was short.", "the captain"),
    ],
)
def test_after_a_partitive_the_described_appositive_is_the_speaker(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "The state agency, Dravpress, quoted the governor, Ana Holt, as saying that the"
            " province was calm.",
            "Ana Holt",
            "the province was calm",
        ),
        (
            "State television quoted the interior minister as saying the riots were staged.",
            "the interior minister",
            "the riots were staged",
        ),
        (
            "The daily cited a senior police officer as saying 40 people were held.",
            "a senior police officer",
            "40 people were held",
        ),
        (
            "Omar Vell spoke in Kerv on Monday. The agency quoted him as saying the camps were"
            " schools.",
            "Omar Vell",
            "the camps were schools",
        ),
    ],
)
def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet(text: str, name: str, content: str):
    [(said, speaker, cue)] = attributed(text)
    assert speaker is not None
    assert (said, speaker.name, cue) == (content, name, "as saying")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The mayor cited the budget as a reason for the cuts, saying the city was broke.",
            "cited",
        ),
        ("The report cited figures showing that arrests had risen.", "cited"),
        ("The minister was quoted as saying the region was calm.", "was quoted as saying"),
    ],
)
def test_a_citation_without_as_saying_keeps_its_own_cue(text: str, cue: str):
    assert attributed(text)[0][2] == cue


@pytest.mark.parametrize(
    "text",
    [
        "The judge cited the statute as saying nothing about drones.",
        "The court cited the constitution as saying nothing about the matter.",
        "The judge cited the law as saying nothing about drones.",
    ],
)
def test_a_text_cited_as_saying_is_a_document_without_a_role(text: str):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and cue == "as saying"
    assert (speaker.kind, speaker.role) == ("document", None)


def test_a_statute_speaks_as_a_document():
    [(_, speaker, _)] = attributed("The statute says drones are aircraft.")
    assert speaker is not None and speaker.kind == "document"


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        ("Police put the number at 9,000.", "Police", "the number at 9,000"),
        (
            "Insurers put the cost of the repairs at about 40 million.",
            "Insurers",
            "the cost of the repairs at about 40 million",
        ),
        (
            "The ministry puts the number of detainees at about 150.",
            "The ministry",
            "the number of detainees at about 150",
        ),
        (
            "The local police put the crowd at several thousand.",
            "The local police",
            "the crowd at several thousand",
        ),
        (
            "State media put the death toll at three, far below the rights group's count.",
            "State media",
            "the death toll at three, far below the rights group's count",
        ),
    ],
)
def test_a_count_put_at_a_number_is_a_statement_of_its_source(text: str, name: str, content: str):
    [(said, speaker, cue)] = attributed(text)
    assert speaker is not None
    assert (said, speaker.name, cue.split()[0] if cue else None) == (content, name, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The council put the plan on hold until May.",
        "Lee put the thermostat at 68 degrees and went to bed.",
        "The cook put the oven at 200 degrees for the roast.",
        "She put the phone down at 9 and left.",
        "The club put its stadium up for sale.",
        "Organisers put up a stage at the square.",
    ],
)
def test_put_without_a_count_at_a_number_is_no_cue(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Students chanted "Free them all" as police closed in.', "Free them all"),
        ('The crowd shouted "Shame!" outside the courthouse.', "Shame!"),
        ('Marchers sang "We shall not be moved" along the river road.', "We shall not be moved"),
        ('The mayor said "we will rebuild" in a speech on Friday.', "we will rebuild"),
        ('Crowds shouted "Shame" at the minister as he left.', "Shame"),
        ('One mother screamed "Where is my son?" and collapsed.', "Where is my son?"),
    ],
)
def test_a_quoted_slogan_before_a_circumstance_is_all_that_was_said(text: str, content: str):
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        'Lee said "the old rules" in the city no longer applied.',
        'Lee said "dozens" in the city were hurt.',
        'The envoy said "the main points are settled" and that the rest was detail.',
        'Lee told "Newsround" on Friday that the camp would close.',
        'Kim said "Cats" on Broadway would close in May.',
        'Ruiz said "Hamlet" in the park was the best show of the summer.',
    ],
)
def test_a_quoted_phrase_inside_a_longer_clause_is_not_cut_out(text: str):
    [(said, _, _)] = attributed(text)
    assert said.count(" ") >= 4


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            'A placard near the gate read "Release them now".',
            "A placard near the gate",
            "Release them now",
        ),
        ('A banner read: "Justice for Kerv."', "A banner", "Justice for Kerv."),
        ('Graffiti on the wall read "Never again".', "Graffiti on the wall", "Never again"),
        (
            'The note pinned to the door reads: "Back at noon."',
            "The note pinned to the door",
            "Back at noon.",
        ),
    ],
)
def test_a_banner_or_note_that_reads_a_quotation_is_its_document_source(
    text: str, name: str, content: str
):
    [(said, speaker, cue)] = attributed(text)
    assert speaker is not None
    assert (said.rstrip("."), speaker.name, speaker.kind, cue) == (
        content.rstrip("."),
        name,
        "document",
        text.split(name, 1)[1].split()[0].rstrip(":"),
    )


def test_a_slogan_chanted_and_a_banner_read_in_one_sentence_are_two_statements():
    text = (
        'Students chanted "Bread and work" as they marched, and a banner held up at the'
        ' front read "No to the fuel tax".'
    )
    found = [(said, s.kind if s else None) for said, s, _ in attributed(text)]
    assert found == [("Bread and work", "group"), ("No to the fuel tax", "document")]


@pytest.mark.parametrize(
    "text",
    [
        'She read "Hamlet" to the class.',
        "The minister read the statement aloud.",
        'The student who held the banner read "Justice now" aloud.',
    ],
)
def test_a_reader_is_no_text_worded(text: str):
    assert [cue for _, _, cue in attributed(text)] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz said the state had paid 12 families, but that most had refused the money.",
        "The monitor said the vote was calm, but that many had stayed away.",
    ],
)
def test_a_second_that_clause_after_but_stays_with_its_cue(text: str):
    [(said, speaker, cue)] = attributed(text)
    assert cue == "said" and speaker is not None
    assert said.endswith(text.rstrip(".").rsplit(", but that ", 1)[1])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The prosecutor's office said an inquiry was under way but gave no details.",
            "an inquiry was under way",
        ),
        (
            "The ministry said arrests had been made but offered no figures.",
            "arrests had been made",
        ),
        (
            "Police said the crowd was violent, but provided no evidence.",
            "the crowd was violent",
        ),
    ],
)
def test_details_withheld_after_but_end_what_was_said(text: str, content: str):
    assert attributed(text)[0][0] == content


def test_a_thing_given_after_but_by_the_content_s_subject_stays_in_it():
    text = "Lee said the deal gave workers a raise but gave no bonus."
    assert attributed(text)[0][0] == "the deal gave workers a raise but gave no bonus"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The families appealed in May, their lawyer, Ana Brill, said, and a ruling is due.",
            ["The families appealed in May", "and a ruling is due"],
        ),
        (
            "The men were freed, the group's spokesman, Ivo Lee, said, but two are missing.",
            ["The men were freed", "but two are missing"],
        ),
        (
            "The plan, Mayor Jane Roe said, will cost more.",
            ["The plan", "will cost more"],
        ),
    ],
)
def test_a_role_apposed_to_an_interrupting_speaker_is_no_part(text: str, parts: list[str]):
    _, [statement] = find_statements(text)
    assert [text[a:b] for a, b in statement.parts] == parts


@pytest.mark.parametrize(
    "text",
    [
        'One resident, who asked not to be named, said shots were fired. "They ran," the resident'
        " said.",
        'One nurse at the camp said the tents were full. "We had no room," the nurse said.',
        'One man said the gate was shut. "We waited all night," the man said.',
    ],
)
def test_one_unnamed_witness_is_the_same_when_named_again_with_the(text: str):
    speakers, statements = find_statements(text)
    assert len(speakers) == 1 and len(statements) == 2
    assert speakers[0].name.startswith("One ")


def test_two_different_heads_after_one_stay_apart():
    text = 'One nurse said the tents were full. "We had no room," the doctor said.'
    speakers, _ = find_statements(text)
    assert len(speakers) == 2


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            'State television showed footage of burning bins and called the marchers "thugs".',
            "called",
        ),
        ("The channel showed pictures of the march and said the crowd was small.", "said"),
        ("The broadcaster aired images of the clashes, and said calm had returned.", "said"),
    ],
)
def test_showing_pictures_is_no_claim_and_the_subject_speaks_next(text: str, cue: str):
    [(_, speaker, found_cue)] = attributed(text)
    assert found_cue == cue
    assert speaker is not None and speaker.kind == "media"


@pytest.mark.parametrize(
    "text",
    [
        "The audit shows images of the ballots were stored on an open server.",
        "The probe showed photos from the scene had been altered.",
        "A reverse image search shows the photo dates from 2016.",
        "The video shows police beating a man.",
        "The study showed that arrests rose.",
    ],
)
def test_what_a_picture_or_study_shows_is_still_a_claim(text: str):
    assert len(attributed(text)) == 1


def test_pictures_of_people_doing_something_are_still_no_claim():
    assert attributed("The station showed footage of troops who were firing on crowds.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sel said he had been questioned by police twice this year and warned to drop the case.",
        "Ana Ruiz said she was held for a week and told to sign a confession.",
        "The lawyer said his client was beaten in custody and ordered to keep quiet.",
    ],
)
def test_a_participle_sharing_a_passive_in_the_content_is_no_cue_of_the_speaker(text: str):
    [(said, _, cue)] = attributed(text)
    assert cue == "said" and said.endswith(text.rstrip(".").rsplit(" and ", 1)[1])


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The mayor said the pier was damaged in a storm and vowed to rebuild it soon.", "vowed"),
        (
            "Ruiz said the school was shut on Friday and promised to reopen it soon.",
            "promised",
        ),
        ("Lee said the depot was raided in May and pledged to help the inquiry.", "pledged"),
    ],
)
def test_the_speaker_s_own_vow_after_a_passive_is_a_second_statement(text: str, second: str):
    [(first, _, said), (vow, _, cue)] = attributed(text)
    assert (said, cue) == ("said", second) and vow.startswith("to ") and " and " not in first


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Lee said the bridge was closed and warned drivers to stay away.", "warned"),
        ("Lee said the plan was approved, and warned that costs would rise.", "warned"),
    ],
)
def test_a_cue_with_its_own_object_after_a_passive_is_still_the_speaker_s(text: str, second: str):
    assert [cue for _, _, cue in attributed(text)] == ["said", second]


def test_a_long_described_appositive_after_a_partitive_is_still_the_speaker():
    text = (
        "One of them, a former trader who now lives abroad and spoke to the Herald on"
        " condition that his name be withheld, said he still had nightmares."
    )
    name, kind, _ = speaker_of(text)
    assert name.startswith("a former trader who") and kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The legal aid network Open Door said 40 people were held.", "Open Door", "organization"),
        ("The rights network Kavra said 40 people were held.", "Kavra", "organization"),
        ("Tessa Aid, a monitoring network, said 40 people were held.", "Tessa Aid", "organization"),
        ("The television network NTV said 40 people were held.", "NTV", "media"),
        ("Arko, a cable network, said 40 people were held.", "Arko", "media"),
        ("The network said 40 people were held.", "The network", "media"),
    ],
)
def test_a_network_is_an_outlet_only_when_it_broadcasts(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


def _article(slug: str) -> tuple[str, dict[str, tuple[str, str]]]:
    """The text of an invented article and, by content, each statement's speaker and kind."""
    text = (Path(__file__).parent / "data" / "speakers" / f"{slug}.txt").read_text()
    return text, {
        content: (speaker.name, speaker.kind)
        for content, speaker, _ in attributed(text)
        if speaker is not None
    }


def test_the_march_article_keeps_its_sources_floor():
    _, found = _article("rights-march-crackdown")
    assert found["the number at 12,000"] == ("Police", "organization")
    assert found["Bread, fuel, freedom"] == ("Protesters", "group")
    assert found["We are not afraid"][1] == "document"
    assert found["Between 200 and 300 people were detained"] == ("Open Door", "organization")
    assert found["hooligans"] == ("State television", "media")
    resident = [name for name, _ in found.values() if name.startswith("One resident")]
    assert len(resident) == 2


def test_the_detention_report_article_keeps_its_sources_floor():
    _, found = _article("rights-detention-report")
    by_speaker = {name for name, _ in found.values()}
    assert {"K.", "Harun Yilt", "Human Rights Watch", "Dmitar Sel"} <= by_speaker
    assert not any(content.startswith("to drop") for content in found)
    assert not any(content.startswith("to be identified") for content in found)


def test_the_vigil_article_keeps_its_sources_floor():
    _, found = _article("rights-vigil-anniversary")
    assert found["They are trying to buy silence"] == ("Marta Quist", "person")
    dora = [content for content, (name, _) in found.items() if name == "Dora"]
    assert len(dora) == 2 and dora[0].startswith("many in the town believed")
    trader = [name for name, _ in found.values() if name.startswith("a former market trader")]
    assert len(trader) == 2
    assert "that most" not in {name for name, _ in found.values()}


@pytest.mark.parametrize(
    "text",
    [
        "One resident of the old quarter, who asked not to be named, said shots were fired.",
        "One man, who was held for a month and gave only his initial, R., said he was beaten.",
        "One nurse from the clinic said the ward was full.",
    ],
)
def test_one_witness_with_a_long_aside_counts_no_one(text: str):
    assert not any(text[f.span[0] : f.span[1]].startswith("One") for f in find_figures(text))


@pytest.mark.parametrize(
    "text",
    ["One man was killed and two were hurt.", "One man, 34, died. Police and medics said so."],
)
def test_one_person_killed_is_still_counted(text: str):
    assert any(text[f.span[0] : f.span[1]] == "One man" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A blast killed nine police officers in May.", "officers"),
        ("Two police cars burned.", "cars"),
        ("Four staff members quit.", "members"),
        ("Nine police were hurt.", "police"),
        ("Three riot police were hurt.", "police"),
    ],
)
def test_police_before_a_plural_noun_modifies_it(text: str, unit: str):
    [figure] = find_figures(text)
    assert figure.unit == unit
