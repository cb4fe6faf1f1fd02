"""The toxic-drug and overdose crisis as Canadian and US outlets cover it (coroners' figures,
public-health briefings, harm-reduction workers, bereaved families, police seizures, the
decriminalisation debate): constructions found by trying whosaid on three invented stories
(tests/data/speakers/drugs-*.txt), each tested here on other invented sentences and
near-misses."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named

_ARTICLES = Path(__file__).parent / "data" / "speakers"


# --- "loved ones": a compound noun, no cue -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Families who have lost loved ones to overdoses gathered at the legislature.",
        "The vigil drew dozens of people carrying photos of loved ones lost to fentanyl.",
        "Ana Ruiz joined a network of parents who lost loved ones to the drug supply.",
    ],
)
def test_loved_ones_is_no_stance(text: str):
    """ "families who lost loved ones": the bereaved's kin, nothing loved is reported."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Her loved ones said she was kind and funny.", "Her loved ones"),
        ("His loved ones told reporters he was a gifted carpenter.", "His loved ones"),
        ("The think tank said the levy was too costly.", "The think tank"),
    ],
)
def test_a_compound_opened_by_a_cue_word_speaks(text: str, speaker: str):
    """ "Her loved ones said": the compound is the subject; its first word no verb."""
    [(_, found, _)] = attributed(text)
    assert found is not None
    assert found.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics loved one scene in the film.", "one scene in the film"),
        ("Voters loved the plan.", "the plan"),
    ],
)
def test_loved_with_an_object_is_still_a_stance(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "loved")


# --- "found with": a passive of what was carried ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Under the pilot, adults found with up to 2.5 grams of opioids were not arrested.",
        "Drivers found with open containers face a fine.",
        "A man found with a loaded gun was arrested near the station.",
    ],
)
def test_found_with_what_was_carried_is_no_finding(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The audit found with some concern that staff were overworked.",
            "staff were overworked",
        ),
        ("The study found that users with naloxone survived.", "users with naloxone survived"),
    ],
)
def test_a_finding_with_that_is_still_one(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "found")


def test_the_speaker_named_after_a_found_with_subject_is_kept():
    text = "Travellers found with undeclared cash must pay a penalty, the agency said."
    assert named(text) == [
        ("Travellers found with undeclared cash must pay a penalty", "the agency", "said")
    ]


# --- a bare surname two relatives share, one of whom died ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "For Gail Morrison, the numbers are not abstract. Her son, Kyle Morrison, died in "
            "March. “He wanted to get better,” Morrison said.",
            "Gail Morrison",
        ),
        (
            "Gail Morrison knows the numbers well. Her son, Kyle Morrison, 26, was killed in "
            "March. “He wanted to get better,” Morrison said.",
            "Gail Morrison",
        ),
        (
            "Ruth Vell runs the bakery. Her husband, Tomas Vell, passed away in 2019. “He "
            "loved bread,” Vell said.",
            "Ruth Vell",
        ),
        (
            "Gail Morrison and her son, Kyle Morrison, who died in 2019, were close. “He "
            "wanted to get better,” Morrison said.",
            "Gail Morrison",
        ),
    ],
)
def test_a_shared_surname_is_the_living_relatives(text: str, name: str):
    """ "Her son, Kyle Vell, died ... Vell said": the dead say nothing later in the story."""
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Gail Morrison knows the numbers well. Her son, Kyle Morrison, lives in Kamloops. "
        "“He wanted to get better,” Morrison said.",
        "Gail Morrison knows the numbers well. Her son, Kyle Morrison, died in March. Her "
        "husband, Doug Morrison, drove home. “He wanted to get better,” Morrison said.",
    ],
)
def test_a_shared_surname_of_two_living_stays_bare(text: str):
    """Two living people of the name: no guess."""
    assert [n for _, n, _ in named(text)] == ["Morrison"]


# --- a modal of duty before a cue: nothing said ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Neither side should claim victory yet.",
        "Officials should explain why the site closed.",
        "Lee must have told them about the plan.",
    ],
)
def test_should_or_must_before_a_cue_says_nothing(text: str):
    assert attributed(text) == []


def test_a_claim_no_one_should_make_is_no_one_s_statement():
    text = (
        "The data, he said, is “genuinely mixed,” and neither side should claim it proves "
        "their case."
    )
    assert [cue for _, _, cue in attributed(text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lest you assume otherwise, I should say that my father was a doctor.",
            "my father was a doctor",
        ),
        ("We must admit the plan has flaws.", "the plan has flaws"),
        (
            "Officials should explain why the site closed, Lee said.",
            "Officials should explain why the site closed",
        ),
    ],
)
def test_the_writers_own_should_say_and_a_reported_should_are_kept(text: str, content: str):
    """ "I should say that ...": said in saying so; "should" inside what Lee said."""
    [(found, _, _)] = attributed(text)
    assert found == content


# --- "Chief" grading an abridged police title: one rank ----------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Chief Const. Adam Palmer of the Vancouver Police Department said officers "
            "support the decision.",
            "Chief Const. of the Vancouver Police Department",
        ),
        ("Chief Const. Adam Palmer said officers support it.", "Chief Const."),
        ("Deputy Chief Const. Tom Hale said the plan works.", "Deputy Chief Const."),
        ("Chief Insp. Ana Ruiz said the road was closed.", "Chief Insp."),
    ],
)
def test_chief_before_an_abridged_title_is_one_rank(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Police Chief Ana Ruiz said the road was closed.", "Police Chief"),
        ("Chief Emeka Obi said the road was closed.", "Chief"),
        ("Det. Const. Tom Hale said the man was known to police.", "Det. Const."),
    ],
)
def test_other_titles_with_chief_or_const_keep_their_roles(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.role == role


# --- a headline's "X does Y, citing Z": the subject stops before its verb in -s ---------------


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Province ends drug decriminalization pilot early, citing public disorder", "Province"),
        ("City closes overdose prevention site, citing neighbour complaints", "City"),
        ("Province ends drug pilot, saying it failed", "Province"),
    ],
)
def test_a_headlines_participle_speaker_is_the_subject_before_its_verb(headline: str, speaker: str):
    [(_, found, _)] = attributed(f"{headline}\n\nThe story starts here.\n")
    assert found is not None
    assert found.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Health Canada pauses safe supply funding, citing concerns about diversion\n\n"
            "The story starts here.\n",
            "Health Canada",
        ),
        ("The province ended the pilot early, citing public disorder.", "The province"),
    ],
)
def test_a_subject_with_no_verb_read_into_it_is_kept(text: str, speaker: str):
    [(_, found, _)] = attributed(text)
    assert found is not None
    assert found.name == speaker


# --- a relative's role owned by a bare surname given its full name later -----------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "For Gail Morrison, the loss is personal. “It hurts,” Morrison said. Her husband, "
            "Doug Morrison, said the family had waited weeks.",
            "husband of Gail Morrison",
        ),
        (
            "Ruth Obi, 64, runs the shop. Mrs Obi said trade was slow. Her niece, Ada Obi, said "
            "the rent had doubled.",
            "niece of Ruth Obi",
        ),
        (
            "Guard Marcus Reed scored 30.\n\n“It felt easy,” Reed said.\n\n“He was unreal,” "
            "said Jamal Reed, his brother.",
            "brother of Marcus Reed",
        ),
    ],
)
def test_a_relatives_role_names_the_owner_in_full(text: str, role: str):
    """ "Morrison said ... Her husband, Doug Morrison, said": Gail Morrison's husband, once
    the bare surname is hers."""
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.role == role


def test_a_relative_of_an_owner_never_named_in_full_keeps_the_surname():
    text = "“It hurts,” Morrison said. Her husband, Doug Morrison, said the wait was long."
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.role == "husband of Morrison"


# --- the invented articles: key speakers and statements ------------------------------------------


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "drugs-coroner-deaths.txt",
            {
                ("Simran Sandhu", "chief coroner"),
                ("Priya Dhillon", "Mental Health and Addictions Minister"),
                ("Tamsin Oduya", "harm-reduction worker"),
                ("Gail Morrison", None),
                ("Doug Morrison", "husband of Gail Morrison"),
            },
        ),
        (
            "drugs-decriminalization-pilot.txt",
            {
                ("Gordon Achterberg", "Premier"),
                ("Adam Palmer-Yates", "Chief Const. of the Vancouver Police Department"),
                ("Rhiannon Boyd", "Conservative Leader"),
                ("Province", None),
            },
        ),
        (
            "drugs-fentanyl-seizure.txt",
            {
                ("Dana Whitlock", "Franklin County Sheriff"),
                ("Marcus Oyelaran", "DEA Special Agent in Charge"),
                ("Luis Castillo", "son of Renee Castillo"),
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(
    article: str, expected: set[tuple[str, str | None]]
):
    text = (_ARTICLES / article).read_text(encoding="utf-8")
    found = {(s.name, s.role) for _, s, _ in attributed(text) if s is not None}
    assert expected <= found


@pytest.mark.parametrize(
    ("article", "opening", "name"),
    [
        ("drugs-coroner-deaths.txt", "nearly seven in ten", "Simran Sandhu"),
        ("drugs-coroner-deaths.txt", "He wanted to get better", "Gail Morrison"),
        ("drugs-coroner-deaths.txt", "We know those first two weeks", "Simran Sandhu"),
        ("drugs-decriminalization-pilot.txt", "This is not about going back", "Adam Palmer-Yates"),
        ("drugs-decriminalization-pilot.txt", "Nobody should hear this", "Gordon Achterberg"),
        ("drugs-fentanyl-seizure.txt", "These pills were headed", "Dana Whitlock"),
        ("drugs-fentanyl-seizure.txt", "We tell everyone we know", "Luis Castillo"),
    ],
)
def test_the_invented_articles_quotes_keep_their_speakers(article: str, opening: str, name: str):
    text = (_ARTICLES / article).read_text(encoding="utf-8")
    [speaker] = [s for content, s, _ in attributed(text) if content.startswith(opening)]
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("article", "absent"),
    [
        ("drugs-coroner-deaths.txt", "loved"),
        ("drugs-decriminalization-pilot.txt", "found"),
        ("drugs-decriminalization-pilot.txt", "claim"),
    ],
)
def test_the_invented_articles_have_no_false_cues(article: str, absent: str):
    text = (_ARTICLES / article).read_text(encoding="utf-8")
    assert absent not in {cue for _, _, cue in attributed(text)}
