"""Investigations built on documents and leaks as a new analyst reads them: constructions
found by trying whosaid on invented stories of a port authority's leaked emails, a clinic
chain's whistleblowers and a housing agency's lawsuit and audit (in tests/data/speakers/),
each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, missing_speakers, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emails seen by the Gazette show that the mayor hid the bids.", "Emails"),
        ("Emails seen by the Gazette show the mayor hid the bids.", "Emails"),
        ("Records reviewed by the Courier reveal that the firm paid him.", "Records"),
        ("Internal documents obtained by the Sentinel show that he knew.", "Internal documents"),
        ("Text messages viewed by the Globe indicate that she was warned.", "Text messages"),
    ],
)
def test_documents_had_by_an_outlet_speak_in_the_base_form(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text",
    [
        "Fans cheered at the Gazette show on Friday.",
        "The Apple Music show drew fans.",
        "Viewers watched by the Globe show were bored.",
    ],
)
def test_a_name_before_a_base_cue_without_documents_is_still_a_compound(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The clinic billed for scans it never ran, according to two nurses and internal "
            "records seen by the Ledger.",
            "The clinic billed for scans it never ran",
            "two nurses",
        ),
        (
            "According to a former aide and court records, the mayor kept the money.",
            "the mayor kept the money",
            "a former aide",
        ),
        (
            "The deal was signed in May, according to Rita Osei and a memo.",
            "The deal was signed in May",
            "Rita Osei",
        ),
        (
            "The bridge was closed, according to police and firefighters.",
            "The bridge was closed",
            "police",
        ),
    ],
)
def test_two_sources_joined_after_according_to_are_no_content(text: str, content: str, name: str):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue is not None and cue.lower()) == (content, "according to")
    assert speaker is not None and speaker.name == name


def test_a_clause_joined_after_the_source_stays_in_the_content():
    text = "Rents rose, according to officials, and wages fell."
    [(found, _, _)] = attributed(text)
    assert found == text[:-1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the paper's review, fees rose by 12 percent in 2022, to $40 million.",
            "fees rose by 12 percent in 2022, to $40 million",
        ),
        (
            "According to Ana Reyes, sales fell by a third, from 900 units.",
            "sales fell by a third, from 900 units",
        ),
        (
            "According to the filing, payouts doubled last year, to about 7,000.",
            "payouts doubled last year, to about 7,000",
        ),
    ],
)
def test_the_level_a_change_reached_after_according_to_is_in_the_content(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.role is None


def test_a_clause_after_according_to_and_its_appositive_keeps_the_role():
    [(found, speaker, _)] = attributed("According to Ana Reyes, a spokeswoman, sales fell.")
    assert found == "sales fell"
    assert speaker is not None and speaker.role == "spokeswoman"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The report faulted the council, which it said met twice and approved bids in bulk.",
            "met twice and approved bids in bulk",
        ),
        (
            "Lee blamed the firm, which she said hid the losses and denied the claims.",
            "hid the losses and denied the claims",
        ),
        (
            "Rao named the agency, which the auditors said ignored the rules and rejected "
            "every warning.",
            "ignored the rules and rejected every warning",
        ),
    ],
)
def test_a_verb_joined_to_a_relative_predicate_after_said_is_no_cue(text: str, content: str):
    assert [found for found, _, cue in attributed(text) if cue == "said"] == [content]
    assert {cue for _, _, cue in attributed(text)} <= {"said", "faulted", "blamed", "named"}


@pytest.mark.parametrize(
    "text",
    [
        "Lee said the firm hid the losses and denied the claims.",
        "Ann Reyes, a Democrat who is seeking a third term, declined to back the plan.",
    ],
)
def test_a_joined_cue_outside_a_relative_predicate_keeps_its_statement(text: str):
    cues = [cue for _, _, cue in attributed(text)]
    assert cues[-1] in {"denied", "declined"}


@pytest.mark.parametrize(
    "text",
    [
        "Former staff say the charity paid for trips.",
        "Staff say the charity paid for trips.",
        "Senior staff said the charity paid for trips.",
        "Nursing staff said the charity paid for trips.",
        "Some staff said the charity paid for trips.",
    ],
)
def test_staff_are_a_group_of_unnamed_people(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("group", False)


def test_a_police_force_by_its_place_stays_a_named_organization():
    [(_, speaker, _)] = attributed("Dunmore police said the road was shut.")
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("organization", True)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("One, a former cashier at the store, said she was told to lie.", "former cashier"),
        ("One, who asked not to be named, said she was told to lie.", None),
        ("One said she was told to lie.", None),
    ],
)
def test_one_of_several_sources_opening_the_sentence_is_unnamed(text: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("person", False)
    assert (speaker.role or "").startswith(role or "")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "Agents questioned at least six current and former managers.",
            "at least six current and former managers",
            "managers",
        ),
        (
            "The plant has 80 full-time or part-time workers.",
            "80 full-time or part-time workers",
            "workers",
        ),
        (
            "Three officials familiar with the audit said it was late.",
            "Three officials",
            "officials",
        ),
        ("Two people close to the board said it was late.", "Two people", "people"),
    ],
)
def test_a_count_reaches_its_noun_past_paired_modifiers_not_past_a_source_adjective(
    text: str, span: str, unit: str
):
    [figure] = find_figures(text)
    assert (text[figure.span[0] : figure.span[1]], figure.unit) == (span, unit)


def test_cats_and_dogs_still_stop_at_the_first_noun():
    [figure] = find_figures("She keeps three cats and dogs.")
    assert figure.unit == "cats"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The claim was filed by a former payroll clerk, Rhea Okafor, who says she was demoted.",
            "former payroll clerk",
        ),
        (
            "It was brought by tenants and a retired nurse, Ivo Marsh, who says he was evicted.",
            "retired nurse",
        ),
        ("Her lawyer, Dana Quill, who filed the motion, said it was urgent.", "lawyer"),
    ],
)
def test_a_name_after_its_description_before_who_takes_the_description_as_role(
    text: str, role: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.named
    assert speaker.role is not None and speaker.role.endswith(role)


def test_a_name_after_an_opening_place_before_who_has_no_role():
    [(_, speaker, _)] = attributed("In Reno, Tom Hale, who saw the fire, said it spread fast.")
    assert speaker is not None and (speaker.name, speaker.role) == ("Tom Hale", None)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Records show that Ida Voss, the treasurer, asked clerks to shred the invoices.",
            "Ida Voss, the treasurer, asked clerks to shred the invoices",
        ),
        (
            "The memo shows that Ida Voss, the treasurer, told clerks to wait.",
            "Ida Voss, the treasurer, told clerks to wait",
        ),
        (
            "Auditors said Ida Voss, the treasurer, said the books were closed.",
            "Ida Voss, the treasurer, said the books were closed",
        ),
    ],
)
def test_a_reported_clause_whose_subject_has_an_appositive_is_not_cut_at_it(
    text: str, content: str
):
    [(found, _, _)] = attributed(text)
    assert found == content


def test_a_second_cue_of_the_same_apposed_speaker_is_still_joined():
    text = "Ida Voss, the treasurer, said the books were closed, and asked clerks to wait."
    assert [cue for _, _, cue in attributed(text)] == ["said", "asked"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two other former clerks said the books were cooked.", "Two other former clerks"),
        ("Several other tenants said the heat was off.", "Several other tenants"),
        ("Other tenants said the heat was off.", "Other tenants"),
        ("He and other tenants said the heat was off.", "other tenants"),
    ],
)
def test_a_number_before_other_opens_the_group(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    "text",
    [
        "In a statement to the Courier, the company said it had followed the law.",
        "In an email to Reuters, the firm said it had followed the law.",
        "The loans were first reported by the Courier. In a statement, the company said it had "
        "followed the law.",
    ],
)
def test_a_company_description_never_stands_for_the_outlet_it_spoke_to(text: str):
    speaker = attributed(text)[-1][1]
    assert speaker is not None
    assert speaker.kind == "organization" and speaker.name in {"the company", "the firm"}


def test_a_company_named_before_its_description_is_still_found():
    text = "Regulators fined Bellcrest Foods on Monday after the company said its tests were faked."
    assert speaker_of(text)[:2] == ("Bellcrest Foods", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The emails, obtained through a public records request, show that the fund paid "
        "consultants.",
        "Records of an arms deal show that prices doubled.",
        "Minutes of a trade talks session show that the envoys quarrelled.",
    ],
)
def test_a_cue_noun_after_an_article_and_a_plural_modifier_is_no_verb(text: str):
    [(_, speaker, cue)] = attributed(text)
    assert speaker is not None and (speaker.kind, cue) == ("document", "show")


def test_a_quantified_plural_after_an_article_still_speaks():
    [(content, speaker, _)] = attributed("The shelter was full, a dozen volunteers claim.")
    assert content == "The shelter was full"
    assert speaker is not None and speaker.name == "a dozen volunteers"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz denies wrongdoing, her attorney said.", "Ruiz denies wrongdoing"),
        (
            "The treasurer has not been charged and denies wrongdoing, his lawyer said.",
            "The treasurer has not been charged and denies wrongdoing",
        ),
        ("Ruiz disputes it, her attorney said.", "Ruiz disputes it"),
    ],
)
def test_a_final_attribution_reports_a_clause_whose_own_object_is_too_short(
    text: str, content: str
):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue) == (content, "said")
    assert speaker is not None and speaker.role is not None


def test_a_short_object_without_a_final_attribution_keeps_its_cue():
    assert [cue for _, _, cue in attributed("Ruiz denies wrongdoing.")] == ["denies"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The logs were altered, a few clerks said.", "a few clerks"),
        ("A few clerks said the logs were altered.", "A few clerks"),
        ("The logs were altered, few clerks said.", "few clerks"),
    ],
)
def test_a_few_opens_the_group_that_speaks(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


EMAILS = [
    ("Victor Amsel, the authority's e", "The emails", "document"),
    ("Rusk also hosted two fundraise", "the records", "document"),
    ("the revised scoring", "A 2023 memo", "document"),
    ("at least five of them went to", "The Herald", "media"),
    ("it was aware of the report", "Miles Dunn", "person"),
]
WHISTLEBLOWER = [
    ("clinic chain billed for tests", "Former staff", "group"),
    ("A national chain of urgent-car", "three former employees", "group"),
    ("managers told staff to add blo", "A former billing supervisor at Meridale Health", "person"),
    ("she raised concerns with her m", "One", "person"),
    ("federal investigators had inte", "People familiar with the matter", "group"),
    ("Meridale's revenue from labora", "the Tribune's analysis", "document"),
]
LAWSUIT = [
    ("Harlan Teague, who led the Dun", "The lawsuit", "document"),
    ("he was fired after objecting", "Kofi Mensah", "person"),
    ("the agency failed to seek comp", "The audit", "document"),
    ("they are examining whether the", "Prosecutors", "group"),
    ("met only six times a year and", "The audit", "document"),
    ("he would not comment on the gr", "Iris Fennimore", "person"),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("leaked-port-emails.txt", EMAILS),
        ("whistleblower-clinic-chain.txt", WHISTLEBLOWER),
        ("lawsuit-audit-housing.txt", LAWSUIT),
    ],
)
def test_each_investigation_has_the_sources_a_careful_reader_names(
    article: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(article, expected) == []
