"""Local news as a new analyst reads it: constructions found by trying whosaid on invented
stories of a county election, a police case and a public-health outbreak (in
tests/data/speakers/), each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, missing_speakers

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "One driver, who asked not to be named because he feared losing his license, "
            "said the brakes had failed.",
            "One driver",
            "the brakes had failed",
        ),
        (
            "A clerk, who spoke on condition of anonymity because she worried about her "
            "job, said the files were gone.",
            "A clerk",
            "the files were gone",
        ),
        (
            "Two tenants, who spoke anonymously because they feared eviction, said the heat "
            "had been off for weeks.",
            "Two tenants",
            "the heat had been off for weeks",
        ),
    ],
)
def test_why_a_source_is_unnamed_is_part_of_the_condition(text: str, speaker: str, content: str):
    found = attributed(text)
    assert [(c, s.name if s else None) for c, s, _ in found] == [(content, speaker)]


def test_a_reason_without_anonymity_is_still_reported():
    text = "Mora said she feared a recount because the margin was thin."
    assert [c for c, _, _ in attributed(text)] == [
        "she feared a recount because the margin was thin"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Rev. Ian Cole, pastor of Greater Hope Baptist Church, said the pantry was empty.",
        "Ian Cole, who leads New Promise Chapel, said the pantry was empty.",
        "Ian Cole, a deacon at First Trust Community Church, said the pantry was empty.",
    ],
)
def test_a_capitalised_cue_word_inside_an_institutions_name_is_no_cue(text: str):
    found = attributed(text)
    assert [(c, s.name if s else None, cue) for c, s, cue in found] == [
        ("the pantry was empty", "Ian Cole", "said")
    ]


def test_a_capitalised_cue_opening_a_sentence_still_speaks():
    text = 'Rain fell all day. Says Olsen: "We will stay open."'
    assert [(c, cue) for c, _, cue in attributed(text)] == [("We will stay open", "Says")]


@pytest.mark.parametrize(
    "text",
    [
        "Mendez told reporters outside the courthouse on Monday that he would appeal.",
        "Mendez said inside the packed gym that he would appeal.",
        "Mendez told supporters near the county fairgrounds that he would appeal.",
        "Mendez said following the hearing that he would appeal.",
    ],
)
def test_where_it_was_said_before_that_is_no_content(text: str):
    assert [c for c, _, _ in attributed(text)] == ["he would appeal"]


@pytest.mark.parametrize(
    "text",
    [
        "The two candidates are scheduled to debate Thursday at the high school.",
        "The county board is set to discuss the levy on Monday.",
        "Both mayors are slated to debate the transit plan next week.",
    ],
)
def test_a_scheduled_discussion_says_nothing_yet(text: str):
    assert attributed(text) == []


def test_a_meeting_to_discuss_is_still_a_purpose():
    text = "The board met on Monday to discuss the levy."
    assert [c for c, _, _ in attributed(text)] == ["the levy"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Democrat Lena Ortiz said she would cut the levy.", "Lena Ortiz", "Democrat"),
        ("Republican Craig Dunmore said he would cut the levy.", "Craig Dunmore", "Republican"),
        ("Independent Paula Reyes said she would cut the levy.", "Paula Reyes", "Independent"),
        ("Her rival, Tom Fenn, said he would cut the levy.", "Tom Fenn", "rival"),
        ("Challenger Ruth Abel said she would cut the levy.", "Ruth Abel", "Challenger"),
    ],
)
def test_a_party_or_a_contest_before_a_name_is_a_role(text: str, name: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.role) == (name, "person", role)


def test_a_party_opening_an_organizations_name_stays_in_it():
    [(_, speaker, _)] = attributed("The Republican State Committee said it would appeal.")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Republican State Committee", "organization")


def test_a_party_named_candidate_is_found_again_by_surname():
    text = "Democrat Lena Ortiz said she would cut the levy. Ortiz said the county could afford it."
    names = {speaker.name if speaker else None for _, speaker, _ in attributed(text)}
    assert names == {"Lena Ortiz"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Burglaries fell 12 percent last year, the data show.",
            "Burglaries fell 12 percent last year",
        ),
        ("The data show that burglaries fell last year.", "burglaries fell last year"),
    ],
)
def test_data_are_a_plural_source_not_a_compound(text: str, content: str):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue) == (content, "show")
    assert speaker is not None and speaker.kind == "document"


@pytest.mark.parametrize(
    "name",
    [
        "Centers for Medicare and Medicaid Services",
        "National Institutes of Health",
        "Ohio Chapter of the American Heart Association",
        "Appeals Division of the State Revenue Office",
    ],
)
def test_an_institutions_long_name_is_one_organization(name: str):
    [(_, speaker, _)] = attributed(f"The {name} said the rule would change.")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "organization")


def test_the_group_stands_for_the_organization_just_quoted():
    text = (
        "The Riverside Chapter of the Sierra Hiking Club said the trail was unsafe. "
        "The group said it would ask the county to close it."
    )
    names = [speaker.name if speaker else None for _, speaker, _ in attributed(text)]
    assert names == ["Riverside Chapter of the Sierra Hiking Club"] * 2


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ada Quist, a Democrat who opposes the levy, said the vote was rushed.", "Democrat"),
        ("Ada Quist, a nurse who fears the cuts, said the vote was rushed.", "nurse"),
        (
            "Councilwoman Ada Quist, a Republican who is not seeking re-election, declined "
            "to endorse anyone. She said the vote was rushed.",
            "Councilwoman",
        ),
    ],
)
def test_who_after_a_names_description_stands_for_the_name(text: str, role: str):
    found = attributed(text)
    assert found
    assert {(s.name, s.role) if s else None for _, s, _ in found} == {("Ada Quist", role)}


def test_who_after_a_description_opening_its_sentence_is_the_description():
    text = "In Dover, a farmer who opposes the levy said he would vote no."
    speakers = {s.name if s else None for _, s, _ in attributed(text)}
    assert "Dover" not in speakers


def test_a_description_with_its_own_plural_modifier_is_another_body():
    text = (
        "The Board of Supervisors said the levy would pass. "
        "The county elections board said turnout would be low."
    )
    names = [speaker.name if speaker else None for _, speaker, _ in attributed(text)]
    assert names[0] == "Board of Supervisors"
    assert names[1] != "Board of Supervisors"


def test_a_description_whose_words_the_name_holds_is_that_body():
    text = (
        "The Ohio Department of Parks and Recreation said the trail was closed. "
        "The parks department said it would reopen in May."
    )
    names = [speaker.name if speaker else None for _, speaker, _ in attributed(text)]
    assert names == ["Ohio Department of Parks and Recreation"] * 2


@pytest.mark.parametrize("name", ["Board of Commissioners", "Council of Ministers"])
def test_a_body_named_for_its_members_is_an_organization(name: str):
    [(_, speaker, _)] = attributed(f"The {name} said the levy would pass.")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nurses at Lakeside Hospital in Akron said the ward was full.", "group"),
        ("A surgeon at Lakeside Hospital in Akron said the ward was full.", "person"),
    ],
)
def test_a_role_at_a_named_body_in_a_place_is_the_speaker(text: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.kind == kind
    assert speaker.name.endswith("Lakeside Hospital in Akron")


def test_a_name_with_its_body_is_still_the_name():
    [(_, speaker, _)] = attributed(
        "Ivo Marek of Lakeside Hospital in Akron said the ward was full."
    )
    assert speaker is not None
    assert speaker.name == "Ivo Marek"


def figures_of(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Clinics logged 58 mumps cases in May.", ("58 mumps cases", 58, "cases")),
        ("The station hired 14 news editors.", ("14 news editors", 14, "editors")),
        ("Divers listed 9 species counts.", ("9 species counts", 9, "counts")),
    ],
)
def test_a_singular_noun_in_s_modifies_the_counted_noun(text: str, figure: tuple[str, float, str]):
    assert figure in figures_of(text)


def test_an_adjective_said_of_the_counted_noun_is_no_unit():
    text = "The blast left two guards dead and one driver hurt."
    units = [unit for _, _, unit in figures_of(text)]
    assert units == ["guards", "driver"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rents rose by nearly a third in two years.", ("nearly a third", 1 / 3, "fraction")),
        ("Ridership fell by almost a quarter.", ("almost a quarter", 0.25, "fraction")),
    ],
)
def test_a_qualified_fraction_after_by_is_the_size_of_a_change(
    text: str, figure: tuple[str, float, str]
):
    assert figures_of(text)[0] == figure


def test_a_party_before_a_name_met_in_passing_is_no_part_of_the_name():
    text = "A poll found Republican Mark Stroud ahead. Stroud said he was pleased."
    speakers = {speaker.name for _, speaker, _ in attributed(text) if speaker}
    assert "Mark Stroud" in speakers
    assert not any(name.startswith("Republican") for name in speakers)


def test_the_statement_is_the_one_its_opening_phrase_gave():
    text = (
        "Parish officials said the roof had leaked. In a statement released by the parish on "
        "Monday, the Board of Trustees said the repairs were overdue. The statement said a "
        "hearing would follow."
    )
    names = [speaker.name if speaker else None for _, speaker, _ in attributed(text)]
    assert names == ["Parish officials", "Board of Trustees", "Board of Trustees"]


DATA = Path(__file__).parent / "data" / "speakers"


COUNTY = [
    ('she was "not paying attention', "Renee Castellano", "person"),
    ("the county's $312 million budg", "Gordon Pike", "person"),
    ("the board would hold a public", "Board of Commissioners", "organization"),
    ("to endorse either candidate", "Dwight Ferrell", "person"),
    ("he was worried about the tone", "Dwight Ferrell", "person"),
    ("it expected turnout of about 5", "The county elections board", "organization"),
]
SHOOTING = [
    ('she heard "five or six pops" a', "One woman", "person"),
    ("People were screaming and fall", "One woman", "person"),
    ("Violent crime has risen about", "police data", "document"),
    ("young people in the neighborho", "Harold Simmons", "person"),
]
MEASLES = [
    (
        "it had sent a team of three ep",
        "Centers for Disease Control and Prevention",
        "organization",
    ),
    (
        "they had treated 31 of the pat",
        "Doctors at Nationwide Children's Hospital in Columbus",
        "group",
    ),
    (
        "lawmakers to reject the measur",
        "Ohio Chapter of the American Academy of Pediatrics",
        "organization",
    ),
    (
        "This is the worst possible mom",
        "Ohio Chapter of the American Academy of Pediatrics",
        "organization",
    ),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("county-executive-race.txt", COUNTY),
        ("warehouse-shooting.txt", SHOOTING),
        ("measles-outbreak.txt", MEASLES),
    ],
)
def test_each_local_story_has_the_speakers_a_careful_reader_names(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("article", "cue"),
    [("county-executive-race.txt", "debate"), ("warehouse-shooting.txt", "feared")],
)
def test_no_statement_where_nothing_was_said(article: str, cue: str):
    text = (DATA / article).read_text(encoding="utf-8")
    assert cue not in [c for _, _, c in attributed(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Akron Police Department said two men were held. Police said a third fled.",
        "The Akron Police Department said two men were held. A third fled, police said.",
    ],
)
def test_bare_police_is_the_police_force_named_before(text: str):
    names = [speaker.name if speaker else None for _, speaker, _ in attributed(text)]
    assert names == ["Akron Police Department"] * 2


def test_police_with_no_force_named_stay_police():
    [(_, speaker, _)] = attributed("Police said a third man fled.")
    assert speaker is not None
    assert speaker.name == "Police"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The driver fled, according to charging documents filed Monday.", "charging documents"),
        ("Turnout fell, according to polling data released Friday.", "polling data"),
        ("The rent rose, said housing officials in Akron.", "housing officials in Akron"),
    ],
)
def test_a_noun_in_ing_modifies_the_source_after_it(text: str, source: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.name == source


@pytest.mark.parametrize(
    "text",
    [
        "Voss pleaded guilty to two counts of fraud.",
        "Voss pleaded not guilty to all charges and was released on bond.",
        "Voss pleaded no contest and is due back in court in May.",
    ],
)
def test_a_plea_in_court_is_no_statement_whatever_follows(text: str):
    assert attributed(text) == []


def test_pleading_with_someone_still_reports():
    text = "Voss pleaded with the judge that his brother was innocent."
    assert [c for c, _, _ in attributed(text)] == ["his brother was innocent"]


def test_the_hospital_is_an_organization():
    [(_, speaker, _)] = attributed("The hospital said two patients were in serious condition.")
    assert speaker is not None
    assert speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Clerk Nadia Ferro said ballots would be counted by Friday.", "Nadia Ferro", "Clerk"),
        ("Superintendent Karl Wynn said schools would reopen.", "Karl Wynn", "Superintendent"),
        ("Comptroller Ada Benn said the audit was late.", "Ada Benn", "Comptroller"),
    ],
)
def test_local_offices_before_a_name_are_roles(text: str, name: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In a news release, the county said the dump would close.", "organization"),
        ("The city said it would appeal the ruling.", "organization"),
        ("The levy failed, according to unofficial results.", "document"),
    ],
)
def test_local_governments_and_results_are_no_persons(text: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "A clerk, who declined to be named, said the files were gone.",
        "A clerk, who declined to give her name, said the files were gone.",
        "A clerk, who did not want her name used, said the files were gone.",
    ],
)
def test_withholding_a_name_is_a_condition_not_a_statement(text: str):
    [(found, who, cue)] = attributed(text)
    assert who is not None
    assert (who.name, cue, found) == ("A clerk", "said", "the files were gone")


@pytest.mark.parametrize("verb", ["urged", "cautioned", "advised", "conceded", "predicted"])
def test_a_verb_of_urging_or_conceding_may_be_inverted_after_a_quote(verb: str):
    text = f"“Boil your water,” {verb} Dr. Ines Carver, the county health officer."
    [(found, speaker, cue)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name, cue) == ("Boil your water", "Ines Carver", verb)


def test_a_role_whose_complement_holds_another_role_keeps_the_outer_role():
    text = "A spokeswoman for the secretary of state's office, Vera Holm, said turnout rose."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (
        "Vera Holm",
        "spokeswoman for the secretary of state's office",
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Her running mate, state Rep. Ana Diaz, said the ticket was united.",
            "Ana Diaz",
            "running mate",
        ),
        ("His opponent, former Gov. Tom Reed, said the ticket was split.", "Tom Reed", "opponent"),
    ],
)
def test_a_title_after_a_lower_case_scope_opens_the_apposed_name(text: str, name: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


def test_a_title_after_including_names_a_member_not_the_speaker():
    text = "As many experts, including Mr. Hale, have said, the plan is flawed."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.name == "many experts"
