"""Technology and platform news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a phone launch, a health app's data breach and an antitrust
suit against an app store (in tests/data/speakers/), each tested here on other invented
sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures


def speakers_said(text: str) -> list[tuple[str, str]]:
    """(speaker's name, kind) of each statement, in text order."""
    return [(s.name, s.kind) if s else ("", "") for _, s, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The app will cost $4 a month, according to The Information.", "The Information"),
        ("The app will cost $4 a month, TechCrunch reported.", "TechCrunch"),
        ("The Verge reported that the app would cost $4 a month.", "The Verge"),
        ("Ars Technica reported that the app would cost $4 a month.", "Ars Technica"),
        ("Wired reported that the app would cost $4 a month.", "Wired"),
    ],
)
def test_the_technology_press_is_media(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "media")


@pytest.mark.parametrize(
    "text",
    [
        "Ana Wired said the app would cost $4 a month.",
        "The information was wrong, Ana Wired said.",
    ],
)
def test_an_outlets_word_in_a_persons_name_or_a_sentence_is_no_outlet(text: str):
    assert speaker_of(text)[:2] == ("Ana Wired", "person")


@pytest.mark.parametrize(
    "text",
    [
        '"It broke," Kim Oyelaran wrote in a post on X. Oyelaran added that it was slow.',
        '"It broke," Kim Oyelaran wrote on X. Oyelaran added that it was slow.',
        '"It broke," Kim Oyelaran posted to X. Oyelaran added that it was slow.',
    ],
)
def test_the_platform_x_ends_its_sentence(text: str):
    assert speakers_said(text) == [("Kim Oyelaran", "person")] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A note from J. Oyelaran said the update was slow.", "J. Oyelaran"),
        ("Kim X. Oyelaran said the update was slow.", "Kim X. Oyelaran"),
    ],
)
def test_a_letter_after_no_preposition_is_still_an_initial(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"We found it," said Vexo\'s chief technology officer, Wen Li.',
            "Wen Li",
            "Vexo's chief technology officer",
        ),
        (
            '"We found it," said Nimbo Cloud\'s security chief, Rui Costa.',
            "Rui Costa",
            "Nimbo Cloud's security chief",
        ),
        ('"We found it," said Ann Lee\'s lawyer, Tom Hale.', "Tom Hale", "Ann Lee's lawyer"),
    ],
)
def test_a_name_after_a_role_owned_by_a_name_is_the_speaker(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        '"We found it," said Vexo\'s spokesperson, Tuesday.',
        '"We found it," said Vexo\'s spokesperson, who declined to be named.',
        '"We found it," said Vexo\'s spokesperson.',
    ],
)
def test_an_owned_role_without_a_name_after_it_stays_the_speaker(text: str):
    assert speaker_of(text)[:2] == ("Vexo's spokesperson", "person")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The fitness app Pulso said hackers took the data.", "Pulso", "fitness app"),
        ("The tech giant Vantor said hackers took the data.", "Vantor", "tech giant"),
        ("The research firm Castell Data said sales fell.", "Castell Data", "research firm"),
        ("Sales fell, according to the firm Norling Data.", "Norling Data", "firm"),
    ],
)
def test_a_technology_trade_before_a_name_makes_an_organization(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "organization", role)


@pytest.mark.parametrize(
    "text",
    [
        "The fitness app Pulso said hackers took the data. The company said passwords were safe.",
        "Pulso said hackers took the data. The company said passwords were safe. "
        "Pulso's shares fell.",
        "Pulso said hackers took the data. The company said passwords were safe. "
        "Pulso's chief executive resigned.",
        "Ada Kim joined the app Pulso in May. The company said passwords were safe.",
    ],
)
def test_the_company_is_the_company_the_article_names(text: str):
    assert {name for name, _ in speakers_said(text)} == {"Pulso"}


@pytest.mark.parametrize(
    "text",
    [
        "Lee said the ruling was wrong. Lee shares the view of many.",
        "Lee said the ruling was wrong. Lee's chief of staff resigned.",
    ],
)
def test_a_person_sharing_a_view_or_owning_a_staff_is_no_company(text: str):
    assert speakers_said(text)[0][1] != "organization"


def test_a_company_named_after_a_headlines_company_says_takes_the_company_after():
    text = (
        "Hackers took data from app, company says\n\n"
        "Pulso said on Friday that hackers took the data. Pulso's shares fell. "
        "The company said passwords were safe."
    )
    assert speakers_said(text)[1:] == [("Pulso", "organization")] * 2


def test_the_company_before_any_company_is_named_stays_itself():
    text = "The company said it would grow. Ann Lee said it would. The company said it was sad."
    names = [name for name, _ in speakers_said(text)]
    assert names[0] == names[2] != "Ann Lee"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Vexo will close its Dublin office, a move first reported by Axios.",
            ("Axios", "media"),
            "Vexo will close its Dublin office",
        ),
        (
            "Vexo will buy Nimbo for $2 billion, a deal reported by The Information on Monday.",
            ("The Information", "media"),
            "Vexo will buy Nimbo for $2 billion",
        ),
        (
            "Vexo will cut 300 jobs, a figure confirmed by two people familiar with the plan.",
            ("two people familiar with the plan", "group"),
            "Vexo will cut 300 jobs",
        ),
    ],
)
def test_a_noun_summing_up_a_clause_reported_by_a_source_gives_the_source(
    text: str, source: tuple[str, str], content: str
):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert ((speaker.name, speaker.kind), found) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        "In Ostria, a coalition backed by the West is blamed for the outage.",
        "Vexo will close its office, the union said.",
    ],
)
def test_a_noun_reported_by_a_source_as_a_subject_or_a_plain_cue_is_no_summary(text: str):
    assert all(cue != "reported" and cue != "backed" for _, _, cue in attributed(text))
    assert all(found != "In Ostria" for found, _, _ in attributed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Under the bloc's privacy rules, apps can be fined up to 4% of revenue.",
        "Under the new rules, apps can be fined.",
        "In the updated terms, apps can be fined.",
    ],
)
def test_a_plural_noun_after_an_opening_preposition_is_no_cue(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("After Lee says the vote was rigged, the crowd leaves.", "Lee"),
        ("In Reno, officials say the vote was rigged.", "officials"),
        ("By Tuesday, officials said the vote was rigged.", "officials"),
    ],
)
def test_a_subject_after_a_subordinator_or_an_opening_phrase_still_speaks(text: str, speaker: str):
    assert [name for name, _ in speakers_said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ng said the earlier ruling gave prosecutors a road map.",
            "the earlier ruling gave prosecutors a road map",
        ),
        ("Ng said the later version was better.", "the later version was better"),
        ("Ng said earlier that the app was slow.", "the app was slow"),
        ("Ng said Tuesday that the app was slow.", "the app was slow"),
    ],
)
def test_an_article_before_earlier_or_later_opens_the_content_not_a_time(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The app is raising money, according to a person familiar with the matter who "
            "asked not to be named because the talks are private.",
            "a person familiar with the matter",
        ),
        (
            "The app is raising money, said people briefed on the plans who were not "
            "authorized to speak.",
            "people briefed on the plans",
        ),
    ],
)
def test_an_anonymous_sources_name_ends_before_the_clause_on_them(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue rose to $4.1 billion.", 4_100_000_000),
        ("The deal was worth €2.3bn.", 2_300_000_000),
        ("Sales reached 0.7 million units.", 700_000),
    ],
)
def test_a_decimal_times_a_scale_is_the_decimal_value(text: str, value: int):
    [figure] = find_figures(text)
    assert figure.value == value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Justice Department sues Vantix, alleging it rigged app fees", "Justice Department"),
        ("Ana Ruiz sues Vantix, saying it broke the law", "Ana Ruiz"),
        ("Vexo buys Nimbo, saying the deal will close in May.", "Vexo"),
    ],
)
def test_a_present_verb_between_two_names_ends_the_subject(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It is done," said Acme subsidiary Nimbo.', "Nimbo", "Acme subsidiary"),
        ('"It is done," said Acme chief executive Tom Hale.', "Tom Hale", "Acme chief executive"),
    ],
)
def test_a_modifier_between_names_with_no_verb_stays_in_the_phrase(text: str, name: str, role: str):
    assert (speaker_of(text)[0], speaker_of(text)[2]) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        "The phone brings an assistant called Nova, built on the firm's own model.",
        "The startup released a chatbot called Orla on Monday.",
        "They founded a startup named Nimbo Labs in 2021.",
        "A lawmaker called Lee, who declined to comment.",
    ],
)
def test_a_thing_called_by_its_name_says_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A lawmaker called Lee a danger to the app store.", "Lee a danger to the app store"),
        ('A lawmaker called the plan "a disgrace."', "a disgrace"),
    ],
)
def test_calling_someone_something_still_reports(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Vexo\'s head of hardware, Tomas Brandt, pushed back. "Nobody asked," he said.',
            "Vexo's head of hardware",
        ),
        (
            'The company\'s president, Ana Ruiz, shrugged. "We are fine," she said.',
            "company's president",
        ),
    ],
)
def test_a_role_set_before_a_name_that_speaks_later_is_its_role(text: str, role: str):
    assert speaker_of(text)[2] == role


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz shrugged. "We are fine," she said.',
        'Vexo\'s phone, Vesta, sold well. Ana Ruiz shrugged. "We are fine," she said.',
    ],
)
def test_no_role_before_the_name_gives_none(text: str):
    assert speaker_of(text)[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "It discovered the intrusion on Aug. 21 and has since told police.",
        "Researchers discovered a flaw in the chip.",
    ],
)
def test_discovering_a_thing_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The firm discovered that hackers had stolen data.", "hackers had stolen data"),
        (
            "Hackers had been inside for weeks, the firm discovered.",
            "Hackers had been inside for weeks",
        ),
    ],
)
def test_discovering_that_or_after_the_content_still_reports(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "According to the lawsuit, Vexo knew about the flaw for years.",
            "the lawsuit",
            "Vexo knew about the flaw for years",
        ),
        (
            "According to the filing, engineers knew the app leaked data.",
            "the filing",
            "engineers knew the app leaked data",
        ),
    ],
)
def test_a_verb_of_knowing_after_according_to_is_inside_its_content(
    text: str, source: str, content: str
):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, found) == (source, content)


def test_a_post_posed_according_to_still_reports_the_clause_before():
    text = "Vexo plans to cut prices, according to an aide."
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, found) == ("an aide", "Vexo plans to cut prices")


@pytest.mark.parametrize(
    ("text", "aside", "main"),
    [
        # (an outlet citing a paper names its source, no claim: test_nested_news.py)
        (
            "The senator, citing a new poll, said the bill would pass.",
            "a new poll",
            "the bill would pass",
        ),
        ("Lee, citing a report, says the bill will pass.", "a report", "the bill will pass"),
    ],
)
def test_a_participles_aside_ends_before_its_subjects_own_verb(text: str, aside: str, main: str):
    found = attributed(text)
    assert [content for content, _, _ in found] == [aside, main]
    assert found[0][1] == found[1][1]


def test_a_participle_after_the_main_clause_keeps_its_clause():
    text = "Lee said the bill would pass, citing a report that showed support rising."
    assert [content for content, _, _ in attributed(text)] == [
        "the bill would pass",
        "a report that showed support rising",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The petition argues that the app broke the law.",
        "The motion argues that the evidence was tainted.",
    ],
)
def test_a_petition_or_a_motion_is_a_document(text: str):
    assert speaker_of(text)[1] == "document"


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz told employees in a memo that layoffs were coming.",
        "Ruiz told staff at a meeting that layoffs were coming.",
        "Ruiz told engineers during a call on Tuesday that layoffs were coming.",
    ],
)
def test_a_listener_and_a_venue_before_that_are_no_content(text: str):
    assert [found for found, _, _ in attributed(text)] == ["layoffs were coming"]


def test_telling_stories_in_a_memo_is_still_no_listener():
    text = "Ruiz told stories in a memo about her years at the firm."
    assert [found for found, _, _ in attributed(text)] == [
        "stories in a memo about her years at the firm"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sales fell, according to a recording reviewed by The Ledger.", "a recording"),
        ("Sales fell, according to documents seen by Reuters.", "documents"),
        ("Sales fell, according to emails obtained by The Ledger.", "emails"),
    ],
)
def test_a_document_an_outlet_had_is_the_source_of_the_clause_before(text: str, source: str):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name, speaker.kind) == ("Sales fell", source, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The tests were rushed," said a former Vexo engineer.', "a former Vexo engineer"),
        ('"It keeps crashing," said one longtime user.', "one longtime user"),
        ('"It is a bet," said a venture capitalist.', "a venture capitalist"),
        ('"The price is too high," said a subscriber.', "a subscriber"),
    ],
)
def test_the_people_of_technology_are_roles_after_an_inverted_cue(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "person")


def test_a_best_seller_is_no_role():
    text = "Lee praised Vela, her best seller, which sold well. Lee said it was her favourite."
    assert {name for name, _ in speakers_said(text)} == {"Lee"}


@pytest.mark.parametrize(
    "opening",
    [
        "The San Mateo, Calif.-based company",
        "The Austin, Texas-based company",
        "The Austin-based company",
        "The Vesta maker",
        "The social media giant",
    ],
)
def test_a_company_described_by_its_place_or_product_is_the_company_named(opening: str):
    text = f"Vexo's shares fell. Vexo said sales rose. {opening} said it would hire 500 people."
    assert speakers_said(text) == [("Vexo", "organization")] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Brill Group said it would hire.", "Brill Group"),
        ("The Pentagon said it would hire.", "Pentagon"),
    ],
)
def test_a_capitalised_head_still_names_the_body(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


# A floor on the three invented articles: statements (by their content's opening) with the
# speaker and kind a careful reader names.
ARTICLE_FLOORS = {
    "phone-launch.txt": [
        ("The Vesta 9 will cost", "Lumora", "organization"),
        ("the new K2 chip", "Priya Ranganathan", "person"),
        ("The company has been under", "Castell Data", "organization"),
        ("Lumora first announced", "Bloomberg", "media"),
        ("The company has since hired", "a person familiar with the matter", "person"),
        ("the $899 price", "Sam Ortiz", "person"),
        ("People said the same", "Tomas Beck", "person"),
        ('it "remains a proud', "Qorvant", "organization"),
    ],
    "health-app-breach.txt": [
        ("hackers had stolen", "Pulsetrack", "organization"),
        ('an "unauthorized', "Pulsetrack", "organization"),
        ("Passwords were stored", "Pulsetrack", "organization"),
        ("a hacking group", "TechCrunch", "media"),
        ("The suggestion that we", "Pulsetrack", "organization"),
        ("We're working around", "Wen Li", "person"),
    ],
    "search-antitrust.txt": [
        ("the technology giant of", "Justice Department", "organization"),
        ("it would fight the case", "Vantix", "organization"),
        ("Vantix's app store generated", "Appmetrix", "organization"),
        ("the earlier search ruling", "William Ng", "person"),
        ("Brussels has also opened", "a person familiar with the matter", "person"),
    ],
}


@pytest.mark.parametrize("article", sorted(ARTICLE_FLOORS))
def test_each_article_keeps_its_floor_of_speakers(article: str):
    text = (Path(__file__).parent / "data" / "speakers" / article).read_text(encoding="utf-8")
    found = {content[:40]: (s.name, s.kind) if s else None for content, s, _ in attributed(text)}
    wrong = [
        (opening, name, kind)
        for opening, name, kind in ARTICLE_FLOORS[article]
        if not any(k.startswith(opening) and v == (name, kind) for k, v in found.items())
    ]
    assert wrong == []


def test_no_article_has_a_spurious_speaker():
    for article in ARTICLE_FLOORS:
        text = (Path(__file__).parent / "data" / "speakers" / article).read_text(encoding="utf-8")
        names = {s.name for _, s, _ in attributed(text) if s is not None}
        assert names.isdisjoint(
            {"a move", "an assistant", "X. Ortiz", "Data Protection Commission"}
        )


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz said the company was hiring in an interview.",
        "Ruiz said the company was hiring in a blog post on Tuesday.",
        "Ruiz said the company was hiring in a LinkedIn post.",
        "Ruiz said the company was hiring in a post on Threads.",
    ],
)
def test_the_message_closing_a_sentence_is_where_it_was_said(text: str):
    assert [found for found, _, _ in attributed(text)] == ["the company was hiring"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz said the company was hiring in Texas.", "the company was hiring in Texas"),
        ("Ruiz said the tests were described in a memo.", "the tests were described in a memo"),
        ("Ruiz said the plan was written in a letter.", "the plan was written in a letter"),
    ],
)
def test_a_place_or_a_participles_message_stays_in_the_content(text: str, content: str):
    assert [found for found, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Musk replied "Exactly" to a post claiming the vote was rigged.', "Exactly"),
        ('Ruiz wrote "This is huge" to her followers on Monday.', "This is huge"),
    ],
)
def test_a_quotation_and_what_it_answered_is_only_the_quotation(text: str, content: str):
    assert attributed(text)[0][0] == content


def test_a_quotation_inside_indirect_content_keeps_the_content():
    text = 'Ruiz said the plan was "a disaster" to the crowd.'
    assert [found for found, _, _ in attributed(text)] == ['the plan was "a disaster" to the crowd']


def test_a_headlines_bare_company_is_the_company_it_names():
    text = "Hackers took data from fitness app Pulso, company says\n\nPulso said it was sorry."
    assert speakers_said(text) == [("Pulso", "organization")] * 2


def test_a_headlines_bare_company_with_no_company_named_stays_itself():
    text = "Hackers took data from Pulso, company says"
    assert speakers_said(text) == [("company", "organization")]
