"""Canadian immigration and international-student news as a new analyst reads it:
constructions found by trying whosaid on invented stories of a study-permit backlog, migrant
farm workers' complaints and a federal levels plan (in tests/data/speakers/), each tested here
on other invented sentences, with near-misses that keep their old reading."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mira, whose name CBC News has agreed not to publish, said the rent had doubled.",
            "Mira",
        ),
        (
            "A cook at the plant, whose name Global News has agreed to withhold because he "
            "fears losing his job, said the line never stopped.",
            "A cook at the plant",
        ),
        (
            "One caregiver, whose name the Star agreed not to print because she worries about "
            "her permit, said her employer kept her passport.",
            "One caregiver",
        ),
    ],
)
def test_an_outlets_agreement_to_keep_a_source_unnamed_is_passed_over(text: str, speaker: str):
    [(_, found, cue)] = attributed(text)
    assert found is not None and (found.name, cue) == (speaker, "said")


@pytest.mark.parametrize(
    "text",
    [
        "Global News has agreed to identify her only by her first name.",
        "The Star has agreed not to name him because he fears for his brother.",
        "CTV News agreed to use a pseudonym for the welder.",
        "The paper agreed to protect her identity because she fears deportation.",
    ],
)
def test_an_outlets_agreement_to_keep_a_source_unnamed_says_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The two sides agreed not to publish the terms of the deal.", "not to publish the terms"),
        ("The council agreed to name the arena after her.", "to name the arena after her"),
        ("The union agreed that the offer was fair.", "the offer was fair"),
    ],
)
def test_an_agreement_about_other_things_is_still_read(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dalia, whose name has been changed because she fears deportation, said the "
            "shelter was full.",
            "Dalia",
        ),
        (
            "Ravi, whose name was changed because he worries about his work permit, said the "
            "bunkhouse had no heat.",
            "Ravi",
        ),
    ],
)
def test_the_fear_behind_a_changed_name_is_no_statement(text: str, speaker: str):
    assert [(name, cue) for _, name, cue in named(text)] == [(speaker, "said")]


def test_a_fear_with_a_reason_of_its_own_is_still_a_thought():
    text = "The grocer fears for his shop because the rent rises in June."
    assert [cue for _, _, cue in attributed(text)] == ["fears for"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In an email to CBC News, Immigration, Refugees and Citizenship Canada said the "
            "queue was shrinking.",
            "Immigration, Refugees and Citizenship Canada",
        ),
        (
            "In a statement to the Star, Innovation, Science and Economic Development Canada "
            "said the review had ended.",
            "Innovation, Science and Economic Development Canada",
        ),
        (
            "Speaking to Global News, Crown-Indigenous Relations, Housing and Northern Affairs "
            "Canada said talks would resume.",
            "Crown-Indigenous Relations, Housing and Northern Affairs Canada",
        ),
    ],
)
def test_a_department_named_by_its_fields_after_an_outlet_is_named_whole(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Brandon, Ada Koss and Tim Vale said the clinic was full.", "Ada Koss and Tim Vale"),
        (
            "In a letter to the Herald, Ada Koss, Tim Vale and Rui Sato said the clinic was full.",
            "Ada Koss, Tim Vale and Rui Sato",
        ),
        ("On Monday, Ada Koss and Tim Vale said the clinic was full.", "Ada Koss and Tim Vale"),
    ],
)
def test_a_place_or_a_day_before_listed_people_stays_out(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Prairie Employers’ Roundtable said the new rules would cost jobs.",
            "Prairie Employers’ Roundtable",
        ),
        ("The Retailers' Roundtable said sales had slowed.", "Retailers' Roundtable"),
    ],
)
def test_a_roundtable_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_person_at_a_roundtable_is_still_the_person():
    assert speaker_of("At the roundtable, Ada Koss said the rules would cost jobs.")[0] == (
        "Ada Koss"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plan calls for a smaller intake of students.", "The plan"),
        ("The levels plan estimates that half the newcomers will settle in Ontario.", "plan"),
        ("The strategy also calls for more French-speaking teachers.", "The strategy"),
        ("The framework, tabled on Monday, says the cap will stay.", "The framework"),
    ],
)
def test_a_plan_a_government_tables_is_a_document(text: str, name: str):
    found, kind, _ = speaker_of(text)
    assert kind == "document" and found.endswith(name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Koss plans to run again, her aides said.", "her aides"),
        ("The plan would cut the intake, Koss said.", "Koss"),
        ("Under the plan, Koss said, tuition would rise.", "Koss"),
    ],
)
def test_a_plan_in_someone_elses_words_leaves_the_speaker(text: str, speaker: str):
    assert speaker_of(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ada Koss, a lawyer at Vale Partners, a firm that represents farm workers, said "
            "the rules were unfair.",
            "lawyer at Vale Partners",
        ),
        (
            "Tim Vale, director of the Eastside Food Bank, a charity that feeds 900 families, "
            "said demand had doubled.",
            "director of the Eastside Food Bank",
        ),
        (
            "Rui Sato, head of Terre Commune, a local group, said the permit was the problem.",
            "head of Terre Commune",
        ),
    ],
)
def test_the_bodys_own_description_ends_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ada Koss, a nurse, said demand had doubled.", "nurse"),
        ("Ada Koss, a nurse at the clinic, said demand had doubled.", "nurse at the clinic"),
    ],
)
def test_a_role_with_no_second_appositive_is_whole(text: str, role: str):
    assert speaker_of(text)[2] == role


def units(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ottawa will issue 30 new permits for the region.", "permits"),
        ("The department could issue 480,500 study permits next year.", "permits"),
        ("It expects to issue 12,500 visas this spring.", "visas"),
        ("The ministry may form 3 panels to hear appeals.", "panels"),
    ],
)
def test_an_identifier_noun_used_as_a_verb_counts_its_object(text: str, unit: str):
    assert [u for _, u in units(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Turn to page 5 of the report.",
        "The letter ran in issue 42 of the magazine.",
        "The clause is on page 1,204 of the code.",
        "Route 66 was closed for the parade.",
    ],
)
def test_an_identifier_noun_before_its_number_is_still_a_name(text: str):
    assert units(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa cuts the intake target to 380,000.",
        "Regina raised the cap to 4,000 as demand grew.",
    ],
)
def test_a_level_an_object_is_brought_to_counts_no_subject(text: str):
    assert [u for _, u in units(text)] == [None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Flu cases rose to 1,240.", "cases"),
        ("The death toll rose to 41.", "deaths"),
        ("Listings rose 38% from a year earlier to 9,870.", "listings"),
    ],
)
def test_a_subjects_count_reached_is_still_counted(text: str, unit: str):
    assert units(text)[-1][1] == unit


HEADED = (
    "Caregivers say agency kept their wages\n\n"
    "{subject} say their placement agency kept a month of their wages.\n\n"
    "The agency did not respond."
)


@pytest.mark.parametrize(
    "subject",
    ["Twelve caregivers who came to Halifax last spring", "Caregivers at a home in Truro"],
)
def test_a_headlines_unnamed_source_described_again_is_said_once(subject: str):
    text = HEADED.format(subject=subject)
    assert [(c[:25], s.name if s else None) for c, s, _ in attributed(text)] == [
        ("their placement agency ke", subject)
    ]


def test_a_headlines_source_not_described_again_keeps_its_statement():
    text = HEADED.format(subject="Their lawyers")
    assert [s.name if s else None for _, s, _ in attributed(text)][0] == "Caregivers"


BACKLOG = [
    ("Every morning I check the portal", "Priya", "person"),
    (
        "processing times had been affected",
        "Immigration, Refugees and Citizenship Canada (IRCC)",
        "organization",
    ),
    (
        "We recognize that waiting",
        "Immigration, Refugees and Citizenship Canada (IRCC)",
        "organization",
    ),  # "the department" right after the department that spoke, named for its country
    ("The minister has been clear", "Élodie Marchand", "person"),
    ("These are people who paid", "Harjit Sandhu", "person"),
    ("An officer may look", "Mireille Côté", "person"),
    ("the cap had pushed some schools", "Greg Whitfield", "person"),
    ("she had stopped sending money", "Another student at the college", "person"),
    ("I tell my mother", "Another student at the college", "person"),
    ("I’ll wait", "Priya", "person"),
]
FARM = [
    ("We worked 14 hours a day", "José", "person"),
    ("she had not been allowed", "Marisol", "person"),
    ("it had opened an inspection", "Employment and Social Development Canada", "organization"),
    ("the closed permit was the root", "Noémie Larivière", "person"),
    ("The program exists", "Stéphane Lévesque", "person"),
    ("No worker in Canada", "Samuel O'Brien", "person"),
    ("If they can leave in June", "Luc Beauchesne", "person"),
    ("I am not asking", "José", "person"),
]
LEVELS = [
    ("the number of temporary residents", "The plan", "document"),
    ("We heard Canadians", "Dominique Ferland-Ruiz", "person"),
    ("Our schools in Saskatoon", "Liane Thériault", "person"),
    ("Quebec must remain in charge", "Jean-François Bérubé", "person"),
    ("the lower target would deepen", "Canadian Employers’ Roundtable", "organization"),
    ("growth could fall to 0.4 per cent", "Anjali Menon", "person"),
    ("about 40 per cent of new permanent", "The levels plan", "document"),
    ("The people who are here", "Rosalind Achebe", "person"),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("immigration-permit-backlog.txt", BACKLOG),
        ("immigration-farm-workers.txt", FARM),
        ("immigration-levels-plan.txt", LEVELS),
    ],
)
def test_each_immigration_story_has_the_speakers_a_careful_reader_names(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("article", "cues", "speakers"),
    [
        ("immigration-permit-backlog.txt", {"agreed"}, {"name CBC News"}),
        ("immigration-farm-workers.txt", {"agreed"}, {"Global News", "Migrant farm workers"}),
        ("immigration-levels-plan.txt", set(), {"Roundtable"}),
    ],
)
def test_the_immigration_stories_keep_no_editorial_note_nor_repeated_headline(
    article: str, cues: set[str], speakers: set[str]
):
    text = (ARTICLES / article).read_text(encoding="utf-8")
    found, statements = find_statements(text)
    by_id = {s.id: s for s in found}
    assert not {st.cue for st in statements} & cues
    assert not {by_id[st.speaker].name for st in statements if st.speaker} & speakers


def test_a_coordinators_role_ends_before_her_groups_description():
    text = (ARTICLES / "immigration-farm-workers.txt").read_text(encoding="utf-8")
    found, _ = find_statements(text)
    [role] = {s.role for s in found if s.name == "Noémie Larivière"}
    assert role == "coordinator at the Centre d'appui aux travailleurs agricoles"


@pytest.mark.parametrize(
    "text",
    [
        "Asylum claims at the Lacolle crossing fell by half after the rule took effect.",
        "Refugee claims rose to 9,000 in March.",
        "Insurance claims from the flood topped $40 million.",
    ],
)
def test_claims_after_a_noun_of_what_is_claimed_are_a_noun(text: str):
    assert all(cue not in {"claims", "claim"} for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Refugees claim they were turned back at the border.", "Refugees"),
        ("The insurer claims the flood was foreseeable.", "The insurer"),
        ("Koss claims the permit was never mailed.", "Koss"),
    ],
)
def test_claim_after_its_claimant_is_still_a_cue(text: str, speaker: str):
    assert speaker_of(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“I did everything they asked of me,” said the 26-year-old, who arrived in 2022.",
        "“We lost the orchard,” said the 61-year-old.",
        "“It took two years,” said the 34-year-old, a welder from Manila.",
    ],
)
def test_an_age_alone_after_an_inverted_cue_is_the_speaker(text: str):
    name, kind, _ = speaker_of(text)
    assert name.startswith("the ") and name.endswith("-year-old") and kind == "person"


def test_an_age_before_a_noun_after_an_inverted_cue_still_modifies_it():
    assert speaker_of("“It took two years,” said the 34-year-old welder.")[:2] == (
        "the 34-year-old welder",
        "person",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The office of Immigration Minister Ada Koss said the rules would change in May.",
            "The office of Immigration Minister Ada Koss",
        ),
        (
            "The government of Premier Tim Vale said the border would reopen.",
            "The government of Premier Tim Vale",
        ),
        ("The campaign of Rui Sato said the ad was false.", "The campaign of Rui Sato"),
    ],
)
def test_the_body_of_a_named_office_holder_speaks_as_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The government of Manitoba said the border would reopen.",
            "The government of Manitoba",
            "organization",
        ),
        (
            "The Office of Health Records said the files were late.",
            "Office of Health Records",
            "organization",
        ),
        ("The family of Ada Koss said the ruling was unjust.", "The family of Ada Koss", "group"),
        ("Koss's office said the rules would change in May.", "Koss's office", "organization"),
    ],
)
def test_a_place_a_bodys_own_name_or_a_family_keeps_its_reading(text: str, name: str, kind: str):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "If the plan rejected older applicants, rural towns would suffer.",
        "If the audit finds fraud, the minister will resign.",
    ],
)
def test_a_documents_act_in_a_condition_is_hypothetical(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The audit found fraud in the program.", "The audit"),
        ("Unless the board wants to lose the grant, it must report by May.", "the board"),
    ],
)
def test_a_documents_act_or_a_bodys_wish_in_a_condition_is_still_read(text: str, speaker: str):
    assert [name for _, name, _ in named(text)][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pickers at three farms in Kingsville say their pay was docked.",
            "Pickers at three farms in Kingsville",
        ),
        (
            "Tenants in two towers in Burnaby say the heat was off for a week.",
            "Tenants in two towers in Burnaby",
        ),
        (
            "Cooks at plants in Brandon say the line never slowed.",
            "Cooks at plants in Brandon",
        ),
    ],
)
def test_people_at_sites_in_a_named_place_speak_not_the_place(text: str, speaker: str):
    assert speaker_of(text)[:2] == (speaker, "group")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials in Ottawa say the talks are close.", "Officials in Ottawa"),
        ("After two meetings in Regina, Koss said the deal was close.", "Koss"),
        ("The embassy in Lima said the visas were ready.", "The embassy in Lima"),
    ],
)
def test_a_place_after_a_body_a_role_or_an_opening_phrase_keeps_its_reading(
    text: str, speaker: str
):
    assert speaker_of(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It is a long wait,” said Jaspreet, a welding student who did not want her last "
            "name published because her permit is pending.",
            "Jaspreet",
        ),
        ("Tomás, who did not want his surname printed, said the trailer was cold.", "Tomás"),
    ],
)
def test_a_wish_that_ones_name_not_be_made_public_is_no_statement(text: str, speaker: str):
    assert [(name, cue) for _, name, cue in named(text)] == [(speaker, "said")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry published the permit figures on Monday.", "published"),
        ("Koss wanted her findings published before the vote.", "wanted"),
    ],
)
def test_publishing_other_things_is_still_read(text: str, cue: str):
    assert [c for _, _, c in attributed(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ottawa capped new study permits at 305,000 for the year.", "permits"),
        ("The province limits work permits to 12,000.", "permits"),
        ("The order restricted visas to 4,500 this spring.", "visas"),
    ],
)
def test_a_limited_plural_object_is_what_the_bare_number_counts(text: str, unit: str):
    assert [u for _, u in units(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The city capped rent increases at 2.5%.", "percent"),
        ("The board capped fees at 40.", None),
        ("Koss limited the briefing to 20 minutes.", "minute"),
    ],
)
def test_a_limit_on_a_value_a_share_or_a_time_keeps_its_unit(text: str, unit: str | None):
    assert [u for _, u in units(text)] == [unit]
