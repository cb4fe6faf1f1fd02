"""Consumer safety and regulators' news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a sedan airbag recall, a salmonella outbreak traced to sprouts
and a space heater recall (in tests/data/speakers/), each tested here on other invented
sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    "text",
    [
        "Pelham Foods, which on Monday recalled 9,000 pounds of turkey, said it was sorry.",
        "Arvo Motors recalled more than 40,000 pickups in March, the company said.",
        "The toy maker recalled its wooden cribs last year.",
        "Dunmore recalled the chargers on Friday.",
        "In 2019 the automaker called back about 300,000 vans over faulty wiring.",
    ],
)
def test_a_product_recall_is_no_memory_told(text: str):
    assert all(cue != "recalled" and cue != "called" for _, _, cue in named(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She recalled that the chargers ran hot.", "the chargers ran hot"),
        ("He recalled the plant closing in 1998.", None),
        ("“We had no warning,” Ivy Marsh recalled.", "We had no warning"),
    ],
)
def test_a_memory_recalled_is_still_told(text: str, content: str | None):
    found = [c for c, _, cue in named(text) if cue == "recalled"]
    assert found
    if content is not None:
        assert found[0] == content


@pytest.mark.parametrize(
    "text",
    [
        "Owners can get a refund by calling Dunmore customer care at 1-800-555-0187.",
        "Parents should call the hotline at 555-201-7788 on weekdays.",
        "Customers may call Arvo Motors at (800) 555-0110.",
    ],
)
def test_calling_a_number_is_no_speech(text: str):
    assert named(text) == []


def test_calling_something_a_name_is_still_a_stance():
    assert [cue for _, _, cue in named("The senator called the recall a cover-up.")] == ["called"]


@pytest.mark.parametrize(
    "text",
    [
        "Owners can call 1-800-555-0187 for a repair.",
        "For help, contact the company at 1-888-555-0123 or by email.",
    ],
)
def test_a_toll_free_number_with_its_long_distance_one_is_no_figure(text: str):
    assert find_figures(text) == []


def test_a_count_beside_a_toll_free_number_is_still_a_figure():
    [figure] = find_figures("About 3,000 owners called 1-800-555-0187 last week.")
    assert (figure.value, figure.unit) == (3000, "owners")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Four children were hospitalized and no deaths have been reported, "
            "the health department said in an update posted online.",
            "Four children were hospitalized and no deaths have been reported",
            "the health department",
        ),
        (
            "No injuries were reported and the plant has reopened, the company said.",
            "No injuries were reported and the plant has reopened",
            "the company",
        ),
        (
            "Two managers were charged with falsifying records, prosecutors said.",
            "Two managers were charged with falsifying records",
            "prosecutors",
        ),
    ],
)
def test_a_sourceless_passive_leaves_its_sentence_to_the_attribution_after_it(
    text: str, content: str, speaker: str
):
    assert named(text) == [(content, speaker, "said")]


@pytest.mark.parametrize(
    "text",
    ["No injuries have been reported.", "Three workers were charged with theft on Monday."],
)
def test_a_sourceless_passive_alone_is_still_no_statement(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Asked about the crash, a Dunmore spokeswoman, Ana Ruiz, said the brakes worked.",
            "Ana Ruiz",
            "Dunmore spokeswoman",
        ),
        (
            "Asked about that recall, the company's lawyer, Omar Diallo, said it was voluntary.",
            "Omar Diallo",
            "company's lawyer",
        ),
        (
            "Pressed on the delay, Ana Ruiz, a spokeswoman for the agency, said tests continued.",
            "Ana Ruiz",
            "spokeswoman for the agency",
        ),
    ],
)
def test_the_speaker_after_an_opening_question_is_not_sought_inside_it(
    text: str, name: str, role: str
):
    said = [s for _, s, cue in attributed(text) if cue == "said"]
    assert said and said[0] is not None
    assert (said[0].name, said[0].kind, said[0].role) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "According to the notice, the cribs were made by Tamsin Wood, a factory in Vermont.",
            "the cribs were made by Tamsin Wood, a factory in Vermont",
            "the notice",
        ),
        (
            "According to the complaint, the pump was designed by Ola Berg, an engineer in Oslo.",
            "the pump was designed by Ola Berg, an engineer in Oslo",
            "the complaint",
        ),
        (
            "According to the filing, the seals had failed at Dunmore, a plant near Toledo.",
            "the seals had failed at Dunmore, a plant near Toledo",
            "the filing",
        ),
    ],
)
def test_a_clause_after_according_to_is_no_appositive_of_the_source(
    text: str, content: str, source: str
):
    assert named(text) == [(content, source, "According to")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Ana Ruiz, a nurse who was on duty, the ward was full.", "Ana Ruiz"),
        ("According to Ana Ruiz, an inspector at the plant, the seals were worn.", "Ana Ruiz"),
    ],
)
def test_an_appositive_of_the_source_after_according_to_stays_one(text: str, name: str):
    [(content, speaker, _)] = named(text)
    assert speaker == name
    assert content.startswith("the ")


def _speakers(text: str) -> list[tuple[str, str]]:
    """(name, kind) of each statement's speaker, in text order."""
    return [(s.name, s.kind) if s else ("", "") for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Centers for Toy Safety said three were hurt. The agency said more may be.",
            "Centers for Toy Safety",
        ),
        (
            "The Product Safety Board said the cribs were unsafe. The agency said none are sold.",
            "Product Safety Board",
        ),
        (
            "The Food Standards Authority said the jars were recalled. "
            "The regulator said none were sold.",
            "Food Standards Authority",
        ),
        (
            "The Rail Safety Office said the brakes failed. The watchdog said tests go on.",
            "Rail Safety Office",
        ),
    ],
)
def test_the_agency_or_the_regulator_is_the_public_body_named_before(text: str, body: str):
    assert _speakers(text) == [(body, "organization")] * 2


def test_a_company_the_agency_does_not_name_stays_apart():
    speakers = _speakers("Dunmore Foods said it was sorry. The agency said tests go on.")
    assert speakers[1] != ("Dunmore Foods", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The valves were made by Tamsin Components, the filing said. "
            "Tamsin said it was sorry. The company said no one was hurt.",
            "Tamsin",
        ),
        (
            "The cribs came from Orla Appliances, the notice said. "
            "Orla said it would pay. The manufacturer said no one was hurt.",
            "Orla",
        ),
        (
            "The seals came from Tamsin Components, the filing said. Tamsin disputed the "
            "finding. The supplier said in a statement that it had done nothing wrong.",
            "Tamsin",
        ),
    ],
)
def test_a_manufacturer_named_by_its_trade_is_an_organization_found_again(text: str, name: str):
    speakers = _speakers(text)
    assert speakers[-1] == (name, "organization")
    assert (name, "organization") in speakers[:-1]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Paola Reyes, a supplier from Lima, said prices rose.", "person"),
        ("Jon Marsh, an importer, said the toys were safe.", "person"),
        ("Tamsin Foods, a supplier in Ohio, said prices rose.", "organization"),
        ("Halvern, the supplier, said prices rose.", "organization"),
    ],
)
def test_a_person_in_a_companys_trade_stays_a_person(text: str, kind: str):
    assert _speakers(text)[0][1] == kind


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "The lawsuit, brought by Ida Kern, 61, whose garage in Akron burned, alleges the "
            "charger overheated.",
            "The lawsuit",
        ),
        (
            "The complaint, filed by Omar Diallo, whom the plant fired in May, claims the "
            "valves leaked.",
            "The complaint",
        ),
    ],
)
def test_a_document_whose_author_has_a_relative_clause_stays_the_subject(text: str, document: str):
    assert _speakers(text) == [(document, "document")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Among them is Ida Kern, 61, a nurse in Akron, who said the charger melted.",
            "nurse in Akron",
        ),
        ("The victims included Omar Diallo, a welder, who said the mask failed.", "welder"),
        ("Ida Kern, a nurse in Akron who owns two heaters, said one melted.", "nurse in Akron"),
    ],
)
def test_who_after_a_name_and_its_description_between_commas_is_the_name(text: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named, speaker.role) == ("person", True, role)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Inspectors in Ohio, which has reported the most illnesses, said the well was dirty.",
            "Inspectors in Ohio",
        ),
        (
            "Officials at Dunmore, which announced the recall, said two infants were hurt.",
            "Officials at Dunmore",
        ),
        (
            "On Friday, engineers at Orla, which disclosed the flaw, said the seal was weak.",
            "engineers at Orla",
        ),
    ],
)
def test_the_verb_after_an_aside_with_a_cue_of_its_own_has_the_subject_before_it(
    text: str, subject: str
):
    assert named(text)[-1][1:] == (subject, "said")


def test_the_verb_joined_to_an_aside_by_and_keeps_its_subject():
    text = "The mayor praised Orla, which announced the recall, and said two were hurt."
    assert named(text)[-1][1:] == ("Orla", "said")


def _article(slug: str) -> str:
    return (Path(__file__).parent / "data" / "speakers" / f"{slug}.txt").read_text()


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "sedan-airbag-recall",
            {
                ("Halvern", "organization"),
                ("Dana Whitlock", "person"),
                ("Helen Castellanos", "person"),
                ("A lawsuit", "document"),
            },
        ),
        (
            "salmonella-sprouts",
            {
                ("Centers for Food Safety Surveillance", "organization"),
                ("Kendra Voss", "person"),
                ("Health officials in Minnesota", "group"),
            },
        ),
        (
            "space-heater-fires",
            {
                ("Brightwell", "organization"),
                ("Ray Tolliver", "person"),
                ("The lawsuit", "document"),
                ("Consumer Product Safety Board", "organization"),
            },
        ),
    ],
)
def test_the_invented_articles_keep_their_speakers(slug: str, expected: set[tuple[str, str]]):
    speakers, _ = find_statements(_article(slug))
    assert expected <= {(s.name, s.kind) for s in speakers}


@pytest.mark.parametrize(
    "slug", ["sedan-airbag-recall", "salmonella-sprouts", "space-heater-fires"]
)
def test_the_invented_articles_have_no_recall_or_phone_number_as_speech(slug: str):
    text = _article(slug)
    _, statements = find_statements(text)
    assert not {st.cue for st in statements} & {"recalled", "called", "calling"}
    assert all(f.value != 1 for f in find_figures(text) if f.high in (800, 888))


@pytest.mark.parametrize(
    ("text", "named_"),
    [
        ("Retailers said the cribs had been pulled.", False),
        ("Insurers said claims for fires rose.", False),
        ("Lenders said the loans were safe.", False),
        ("Northway Airlines said the seats were replaced.", True),
        ("Dunmore Services said the pumps were checked.", True),
    ],
)
def test_a_trades_plural_opening_the_sentence_names_no_company(text: str, named_: bool):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.kind, speaker.named) == ("organization", named_)


@pytest.mark.parametrize(
    "text",
    ["He recalled 20 years of work at the plant.", "She recalled three decades in the mines."],
)
def test_a_span_of_time_recalled_is_a_memory_not_a_product_recall(text: str):
    assert len(find_statements(text)[1]) == 1
