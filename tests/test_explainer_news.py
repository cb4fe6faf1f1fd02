"""Explainers and what-we-know pieces as a new analyst reads them: question headings, label
headings, bullet lists of facts, an expert's short quote, an agency's guidance and a link line
between sections; constructions found by trying whosaid on invented explainers of a benefit
cheque, a wildfire evacuation order and a transit fare increase (in tests/data/speakers/),
each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    speaker_of,
    speakers_by_opening,
)

from tui.core.figures import find_figures

# -- a province's agency named by its field --


@pytest.mark.parametrize(
    "text",
    [
        "The blaze grew to 900 hectares, according to Alberta Wildfire.",
        "Ontario Parks said the trail would stay closed.",
        "Yukon Public Safety said the road was open again.",
        "The Quebec Forestry office is separate; Quebec Forestry said the cut was legal.",
    ],
)
def test_a_province_and_its_agencys_field_name_an_organization(text: str):
    assert attributed(text)[-1][1].kind == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Virginia Parks said the trail would stay closed.",
        "Alberta Smith said the road was open again.",
    ],
)
def test_a_given_name_or_a_surname_after_the_place_is_no_agency(text: str):
    assert speaker_of(text)[1] != "organization"


def test_the_agency_after_a_provincial_agency_is_that_agency():
    text = (
        "The fire covered 700 hectares, according to Ontario Wildfire. It was out of control.\n\n"
        "The agency said the wind would ease by Friday."
    )
    assert [s.name for _, s, _ in attributed(text)] == ["Ontario Wildfire"] * 2


# -- a body's governing organ is not the body --


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Halvern Transit board approved the budget. Halvern Transit says fares will rise.",
            ["Halvern Transit board", "Halvern Transit"],
        ),
        (
            "The Brackley Hospital board approved the cuts. "
            "Brackley Hospital says beds will close.",
            ["Brackley Hospital board", "Brackley Hospital"],
        ),
    ],
)
def test_a_bodys_name_alone_after_its_board_is_the_body(text: str, names: list[str]):
    assert [s.name for _, s, _ in attributed(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Corrib Foods Corp. reported a loss. Corrib said sales fell.", "Corrib Foods Corp"),
        (
            "The Halvern Transit board approved the budget. The board says fares will rise.",
            "Halvern Transit board",
        ),
    ],
)
def test_a_companys_short_name_and_the_board_again_keep_their_speaker(text: str, name: str):
    assert [s.name for _, s, _ in attributed(text)][-1] == name


# -- a cue word ending an object's noun phrase --


@pytest.mark.parametrize(
    "text",
    [
        "If you received the GST credit this fall, the money should arrive on its own.",
        "People who received the tax credit in May will get more.",
        "Seniors who got the HST credit last year, and most did, need not apply.",
        "Anyone who filed the CRA claim on time is covered.",
    ],
)
def test_a_base_form_ending_a_pasts_object_is_a_noun(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Voters who elected the mayor credit her with the cleanup.", "her with the cleanup"),
        ("He said the staff credit her with the rescue.", "the staff credit her with the rescue"),
        ("Residents credit the new mayor with the cleanup.", "the new mayor with the cleanup"),
    ],
)
def test_a_base_form_with_its_own_object_or_after_a_cue_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# -- claiming a benefit --


@pytest.mark.parametrize(
    "text",
    [
        "Families who claimed the child tax credit last year will get the cheque in May.",
        "The parents claimed the child benefit last year.",
        "Seniors can claim the disability tax credit in the spring.",
        "Most renters claimed the rebate before March.",
    ],
)
def test_claiming_a_benefit_says_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Orla Bent claimed the credit was a bribe.", "the credit was a bribe"),
        ("Orla Bent claimed the rebate would go to landlords.", "the rebate would go to landlords"),
        ("Orla Bent claimed credit for the deal.", "credit for the deal"),
    ],
)
def test_a_claim_about_a_benefit_or_a_claim_of_credit_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


# -- figures: a count of one and its verb --


def counted(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.subject) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She said one cheque cannot cover the rent.", ("one cheque", "cheque")),
        ("One visit will not fix the roof.", ("One visit", "visit")),
        ("One ticket costs $3.", ("One ticket", "ticket")),
        ("One family pays $1,200 a month.", ("One family", "family")),
    ],
)
def test_a_count_of_one_ends_before_its_verb(text: str, figure: tuple[str, str]):
    assert counted(text)[0] == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two bus stops were closed.", ("Two bus stops", "bus stops")),
        ("Crews fixed two water tanks the town bought.", ("two water tanks", "water tanks")),
    ],
)
def test_a_plural_noun_after_a_count_above_one_stays_the_noun(text: str, figure: tuple[str, str]):
    assert counted(text)[0] == figure


# -- the invented explainers --

EXPECTED = {
    "explainer-benefit-cheque.txt": [
        ("A new one-time grocery rebate", "the federal government", "organization"),
        ("anyone who received", "the federal government", "organization"),
        ("people who did not file", "Canada Revenue Agency (CRA)", "organization"),
        ("The program will cost", "Finance Department", "organization"),
        ("Cheques sent by mail", "the agency’s website", "document"),
        ("Direct deposit is", "Tobias Renfrew", "person"),
        ("It’s a welcome cheque", "Lena Ostrowski", "person"),
        ("the rebate does nothing", "Lena Ostrowski", "person"),
        ("it welcomed the rebate", "Food Banks Canada", "organization"),
        ("the government had chosen", "Aurelie Caron", "person"),
        ("it will never ask", "Canada Revenue Agency (CRA)", "organization"),
    ],
    "explainer-wildfire-evacuation.txt": [
        ("As of Wednesday morning", "Alberta Wildfire", "organization"),
        ("strong winds from the southwest", "Alberta Wildfire", "organization"),
        ("The next 48 hours", "Daniel Okafor", "person"),
        ("anyone who has not yet left", "The county", "organization"),
        ("Take your pets", "Colette Brisbois", "person"),
        ("people with asthma", "Health Canada", "organization"),
        ("children and older adults", "The agency’s website", "document"),
        ("it had shut down production", "Norcap Energy", "organization"),
        ("We are seeing fires", "Jasmine Whitford", "person"),
    ],
    "explainer-transit-fares.txt": [
        ("the increase will bring in", "TTC", "organization"),
        ("Ridership has climbed", "a staff report", "document"),
        ("We have held the line", "Nadia Ferreira", "person"),
        ("the increase hits", "Transit advocates", "group"),
        ("Every time fares go up", "Gabriel Mensah", "person"),
        ("a tax on the people", "Hélène Vasquez", "person"),
        ("it will add service", "TTC", "organization"),
        ("People will pay a bit more", "Matteo Rinaldi", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_invented_explainers_keep_their_speakers(name: str):
    assert missing_speakers(name, EXPECTED[name]) == []


# Openings of what an explainer's furniture holds: headings, a link line, a credit, a dek.
NOT_STATEMENTS = (
    "Who qualifies",
    "How much",
    "What happens next",
    "Why does it matter",
    "The numbers",
    "The bottom line",
    "READ MORE",
    "Related",
    "With files from",
    "this fall, the money",
    "Millions of Canadians",
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_invented_explainers_furniture_is_no_statement(name: str):
    found = [content for content, _, _ in speakers_by_opening(name)]
    assert [c for c in found if c.startswith(NOT_STATEMENTS)] == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "explainer-wildfire-evacuation.txt",
            [("households", 4200.0), ("residents", 9800.0), ("wildfires", 1140.0)],
        ),
        ("explainer-benefit-cheque.txt", [("households", 11_000_000.0), ("payment", 1.0)]),
        ("explainer-transit-fares.txt", [("bus routes", 14.0)]),
    ],
)
def test_the_bullets_counts_have_what_they_count_and_no_date_is_a_figure(
    name: str, expected: list[tuple[str, float]]
):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    figures = find_figures(text)
    assert set(expected) <= {(f.subject, f.value) for f in figures}
    assert not {2019.0, 2025.0, 2026.0, 2027.0, 26.0, 31.0} & {f.value for f in figures}


# -- a local government named by its place's noun and "of" --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The town of Brill said the roads were closed.", "town of Brill"),
        ("In a post online, the city of Halvern said the shelter was full.", "city of Halvern"),
        ("The Town of Brill says crews are out.", "Town of Brill"),
        (
            "The Regional Municipality of Orla said the water was safe.",
            "Regional Municipality of Orla",
        ),
        ("The village of Orla said the water was safe.", "village of Orla"),
    ],
)
def test_a_place_noun_of_a_name_is_its_local_government(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_the_town_again_is_that_town():
    text = "The town of Brill said the roads were closed. The town said crews were out."
    assert [s.name for _, s, _ in attributed(text)] == ["town of Brill"] * 2


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Residents of the town of Brill said the roads were closed.", None, "group"),
        ("Ann Lee, mayor of the town of Brill, said the roads were closed.", "Ann Lee", "person"),
    ],
)
def test_people_of_the_town_or_its_mayor_keep_their_speaker(text: str, name: str | None, kind: str):
    found = speaker_of(text)
    assert found[1] == kind and (name is None or found[0] == name)


# -- section labels of what sources say, bullets and fact-sheet rows --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What the experts say: Most economists expect rates to fall.",
            [("rates to fall", "Most economists")],
        ),
        (
            'What they\'re saying: "This is overdue," said Ana Ruiz, a tenant organizer.',
            [("This is overdue", "Ana Ruiz")],
        ),
        (
            "What the data show: Rents rose 4 per cent, the agency said.",
            [("Rents rose 4 per cent", "the agency")],
        ),
        ("What the province says:", []),
    ],
)
def test_a_label_of_what_sources_say_is_no_statement_and_its_section_reports(
    text: str, expected: list[tuple[str, str]]
):
    assert [(c, s.name) for c, s, _ in attributed(text)] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("What critics say is that the cheque is too small.", "the cheque is too small"),
        ("What Ana Ruiz said was that rents rose.", "rents rose"),
    ],
)
def test_a_pseudo_cleft_with_what_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('- Health Canada: "Stay indoors when smoke is heavy."', "Health Canada", "organization"),
        ("• Lena Ostrowski: “It covers two weeks of groceries.”", "Lena Ostrowski", "person"),
    ],
)
def test_a_speaker_label_after_a_bullet_before_a_quotation_is_the_speakers(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "- Adults: $3.45",
        "• Toronto: Fares rise 15 cents.",
        "- Seniors: Fares rise by 10 cents, to $2.35.",
        "Adults: $3.45",
        "Seniors: $2.35 per ride.",
        "Turnout: 61 per cent",
    ],
)
def test_a_bullets_topic_or_a_rows_amount_after_a_label_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rule applies to all renters, the federal government's FAQ states.",
        "The city's FAQ says pets are allowed.",
        "The agency's FAQs note that late filers still qualify.",
        "According to the province's FAQ, the rebate is taxable.",
    ],
)
def test_an_faq_in_capitals_is_a_document(text: str):
    assert speaker_of(text)[1] == "document"


def test_an_acronym_of_a_body_stays_the_body():
    assert speaker_of("The CRA says the benefit is tax-free.")[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Here's what experts say you should do.",
        "Here is what the agency says you need to know.",
        "This is what critics say the plan would cost.",
    ],
)
def test_heres_what_someone_says_points_at_what_follows_and_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Experts say you should leave early.", "you should leave early"),
        ("Here is what the pilot wrote: “We are turning back.”", "We are turning back."),
    ],
)
def test_a_plain_cue_or_a_pointer_before_a_colon_still_reports(text: str, content: str):
    assert [c for c, _, _ in attributed(text)][0].startswith(content.rstrip("."))


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ('Here\'s what Mayor Ana Ruiz had to say: "We are ready."', "We are ready", "Ana Ruiz"),
        (
            "Here is what the fire chief had to say about the evacuation: “Leave now.”",
            "Leave now",
            "the fire chief",
        ),
        ("Ostra had to admit the plan had failed.", "the plan had failed", "Ostra"),
    ],
)
def test_what_someone_had_to_say_is_what_they_said(text: str, content: str, name: str):
    assert [(c, s.name) for c, s, _ in attributed(text)] == [(content, name)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister has to say whether the plan will go ahead.",
        "The board had to wait until May.",
    ],
)
def test_a_duty_still_to_meet_or_no_cue_after_had_to_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The agency is advising people to stay off the roads.", "The agency"),
        ("Police are advising drivers to avoid the area.", "Police"),
        ("Health officials were advising residents against travel.", "Health officials"),
    ],
)
def test_an_agency_advising_its_listeners_gives_advice(text: str, name: str):
    assert [s.name for _, s, _ in attributed(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("She has been advising the mayor since 2020.", []),
        ("The firm advising the board said the deal was off.", ["The firm advising the board"]),
        (
            "Ada Roos, a lawyer who has been advising the family, told reporters it was close.",
            ["Ada Roos"],
        ),
    ],
)
def test_advising_as_a_counsels_role_gives_no_advice(text: str, names: list[str]):
    assert [s.name for _, s, _ in attributed(text)] == names
