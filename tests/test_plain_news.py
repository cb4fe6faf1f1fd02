"""Plain news in the everyday styles of US and Canadian papers (a state budget, a school
board, northern nurses in present-tense "says"): constructions found by trying whosaid on
invented stories, each tested here on other invented sentences."""

import pytest
from extraction_helpers import acts_and_contents, attributed, missing_speakers

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`."""
    return [
        (speaker.name if speaker else None, content) for content, speaker, _ in attributed(text)
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Nurses say they work double shifts, and some say they are close to quitting.",
            ("some", "they are close to quitting"),
        ),
        (
            "Tenants said the heat was off, and two said they had slept in their cars.",
            ("two", "they had slept in their cars"),
        ),
        (
            "Drivers say the route is slow, but most say they will keep using it.",
            ("most", "they will keep using it"),
        ),
        (
            "Staff said pay was late, while 12 said they had not been paid at all.",
            ("12", "they had not been paid at all"),
        ),
    ],
)
def test_a_count_opening_a_joined_clause_speaks_for_itself(
    text: str, second: tuple[str, str]
) -> None:
    first, last = said(text)
    assert last == second
    assert second[0] not in first[1]  # the first content ends before the second's subject


def test_a_count_joined_without_a_comma_stays_in_the_content() -> None:
    # no comma: "some" is no clause's subject ("said pay and some perks were cut")
    assert said("Staff said pay and some benefits were cut.") == [
        ("Staff", "pay and some benefits were cut")
    ]


def test_a_count_after_a_joined_comma_is_a_group() -> None:
    text = "Tenants said the heat was off, and two said they had slept in their cars."
    kinds = {s.name: (s.kind, s.named) for s in extract(Article(id="x", text=text)).speakers}
    assert kinds["two"] == ("group", False)


@pytest.mark.parametrize(
    "text",
    [
        "The plan cuts fees, according to a summary released by the Budget Office.",
        "A summary of the bill says it cuts fees.",
        "According to a dossier seen by the paper, the firm paid no tax.",
    ],
)
def test_a_summary_or_a_dossier_is_a_document(text: str) -> None:
    [speaker] = extract(Article(id="x", text=text)).speakers
    assert speaker.kind == "document"


def test_in_summary_is_no_source() -> None:
    text = "In summary, the mayor said the plan was sound."
    assert [s.name for s in extract(Article(id="x", text=text)).speakers] == ["the mayor"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rents will rise, Housing Minister Ann Lee said on Monday, a move that tenants "
            "called cruel.",
            "Rents will rise",
        ),
        (
            "The mill will close in May, the owner announced, a decision which stunned the town.",
            "The mill will close in May",
        ),
        (
            "Talks broke off again, an aide said, the latest sign that the deal is in trouble.",
            "Talks broke off again",
        ),
    ],
)
def test_a_phrase_summing_up_the_clause_is_the_narrators(text: str, content: str) -> None:
    assert said(text)[0][1] == content


@pytest.mark.parametrize(
    "text",
    [
        "The plan, Lee said, a scheme which cost millions, had failed.",  # an apposition inside
        "The bridge, she said, is a risk that nobody can ignore.",  # a verb resumes the clause
    ],
)
def test_a_content_resumed_after_the_attribution_is_kept(text: str) -> None:
    [(_, content)] = said(text)
    assert content.endswith(("had failed", "nobody can ignore"))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Her son has been pulled over four times since May.", ("four times", "exact")),
        ("The clinic handed over 2,400 files to the inquiry.", ("2,400 files", "exact")),
        ("The tenants turned over 40 boxes of receipts.", ("40 boxes", "exact")),
        # "over" after other verbs stays "more than"
        ("The repairs took over two years.", ("over two years", "more_than")),
        ("He was stopped over 40 times.", ("over 40 times", "more_than")),
        ("Fares rose over 5 percent.", ("over 5 percent", "more_than")),
        # verbs that take "over" as "more than" as often as a particle
        ("She signed over 300 copies at the fair.", ("over 300 copies", "more_than")),
        ("The system flagged over 90 claims.", ("over 90 claims", "more_than")),
        ("Crews hauled over 4 tonnes of scrap.", ("over 4 tonnes of scrap", "more_than")),
        ("Supporters waved over 500 banners.", ("over 500 banners", "more_than")),
    ],
)
def test_over_as_a_verbs_particle_is_no_qualifier(text: str, figure: tuple[str, str]) -> None:
    [found] = find_figures(text)
    assert (text[found.span[0] : found.span[1]], found.qualifier) == figure


def roles(text: str) -> list[tuple[str, str | None, str, bool]]:
    """(name, role, kind, named) of each speaker of `text`."""
    return [(s.name, s.role, s.kind, s.named) for s in extract(Article(id="x", text=text)).speakers]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "A spokesman for the mayor, Paul Greer, disputed that. He said the plan was sound.",
            "spokesman for the mayor",
        ),
        (
            "An aide to the governor, Ann Vale, left early. She said the vote was close.",
            "aide to the governor",
        ),
        (
            "Lee met the head of the union, Tom Reed, on Monday. He said the talks had failed.",
            "head of the union",
        ),
    ],
)
def test_a_role_serving_another_keeps_its_whole_description(text: str, role: str) -> None:
    [(_, found, _, _)] = roles(text)
    assert found == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Citizens for Clean Water said it would sue.", "Citizens for Clean Water"),
        (
            "Taxpayers for Harbor City said it would collect signatures.",
            "Taxpayers for Harbor City",
        ),
        ("Americans for Fair Fares said it would sue.", "Americans for Fair Fares"),
    ],
)
def test_a_plural_for_a_cause_in_capitals_is_one_bodys_name(text: str, name: str) -> None:
    assert roles(text) == [(name, None, "organization", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Reporters for the Herald said they were threatened.",
            ("Reporters for the Herald", "group"),
        ),
        ("Rosa Lind of the Basin Fire District said it was out.", ("Rosa Lind", "person")),
        ("Lawyers for Ann Vale said the appeal failed.", ("Lawyers for Ann Vale", "group")),
    ],
)
def test_people_described_by_whom_they_work_for_stay_people(
    text: str, speaker: tuple[str, str]
) -> None:
    [(name, _, kind, _)] = roles(text)
    assert (name, kind) == speaker


@pytest.mark.parametrize(
    "text",
    ["State worker unions welcomed the vote.", "Major lenders said rates would rise."],
)
def test_a_plural_body_capitalised_only_to_open_its_sentence_is_unnamed(text: str) -> None:
    [(_, _, kind, named)] = roles(text)
    assert (kind, named) == ("organization", False)


def test_a_bodys_name_in_capitals_stays_named() -> None:
    assert roles("Acme Holdings said the vote was a win.") == [
        ("Acme Holdings", None, "organization", True)
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Anna and Maria Kovac own the cafe. “It is mine,” Anna said. Maria said it was hers.",
            ["Anna Kovac", "Maria Kovac"],
        ),
        (
            "Tom and Ann Reyes run the farm. “We are tired,” Ann said. Tom said rent had doubled.",
            ["Ann Reyes", "Tom Reyes"],
        ),
    ],
)
def test_given_names_joined_before_one_surname_share_it(text: str, speakers: list[str]) -> None:
    assert [name for name, *_ in roles(text)] == speakers


def test_a_surname_before_and_shares_nothing() -> None:
    text = "Kovac and Maria Lee met on Monday. Maria said it went well."
    assert [name for name, *_ in roles(text)] == ["Maria Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "The audit put the cost of the repairs at $140 million.",
        "Insurers put the damage at between €20 million and €30 million.",
        "The study put the total at about £6 billion.",
    ],
)
def test_put_at_a_sum_of_money_is_an_estimate(text: str) -> None:
    [(_, content)] = said(text)
    assert " at " in content


def test_put_at_a_setting_is_no_estimate() -> None:
    assert said("She put the thermostat at $68 and left.") == []


BUDGET = [
    ("Nobody got everything they wanted", "Teresa Alcott", "person"),
    ("a spending binge", "Dale Brandt", "person"),
    ("My district has bridges", "Ruth Gallegos", "person"),
    ("sales tax receipts had fallen", "Mark Ishida", "person"),
]
SCHOOLS = [
    ("You are taking the one thing", "Keisha Monroe", "person"),
    ("These are hard decisions", "Gregory Lusk", "person"),
    ("they were considering leaving", "Some parents", "group"),
]
NURSES = [
    ("they are working double shifts most weeks", "Nurses at the hospital in Fort Calder", "group"),
    ("they are close to quitting", "some", "group"),
    ("22 of those positions", "Northern Nurses Union", "organization"),
    ("We are managing", "Samir Haddad", "person"),
]
PERMITS = [
    ("The federal government will cut", "Hélène Vautrin", "person"),
    ("provinces had been told", "A senior federal official", "person"),
    ("the repeated changes", "Canadian Colleges Council", "organization"),
]
SHOOTING = [
    ("My brother was reaching", "Keandra Harper", "person"),
    ("The public has a right", "Marcus Ellery", "person"),
    ("investigators had interviewed", "Anne Corbin", "person"),
]
STADIUM = [
    ("the best agreement", "Elena Ruiz", "person"),
    ("We found $600 million", "Devin Okoro", "person"),
    ("the projection came from", "Paul Greer", "person"),
    ("it would begin collecting", "Taxpayers for Harbor City", "organization"),
]
RECIPE = [
    # the given names share the surname they are joined before ("Lena and Mira Kovac")
    ("the notebook proves nothing", "Mira Kovac", "person"),
    ("Maybe", "Lena Kovac", "person"),  # the subject after "Asked whether ..., "
    ("the recipe is a trade secret", "Robert Haines", "person"),
    ("Courts have been very reluctant", "Alan Gruber", "person"),
]
HIKER = [
    ("Daniel knows that mountain", "Grace Okafor", "person"),
    ("He texted me a photo", "Marcus Lee", "person"),
    ("We are not giving up", "Tanya Fischer", "person"),
]
MEMO = [
    ("two of the city's four pumping stations", "Harold Benz", "person"),
    ("Harold was a brilliant engineer", "Linda Marsh", "person"),
    ("conditions at the older", "Two current employees of the utility", "group"),
    ("the cost of replacing both", "The report", "document"),
]

ADVISORY = [
    ("Every year someone from Ottawa", "Lorna Kejick", "person"),
    ("the plant could not reliably remove", "The report", "document"),
    ("We tell parents to bathe", "Ella Moonias", "person"),
    ("She remembers when we drank", "Peter Sakanee", "person"),
]
DEBATE = [
    ("Every one of those is a tragedy", "Ray Dunning", "person"),
    ("the reviews had been too narrow", "Luis Echeverria", "person"),
    ("he would end it", "Luis Echeverria", "person"),
    ("They talk about us", "Tanya Brooks", "person"),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("boil-water-advisory.txt", ADVISORY),
        ("sheriff-debate.txt", DEBATE),
        ("state-budget.txt", BUDGET),
        ("school-closures.txt", SCHOOLS),
        ("fort-calder-nurses.txt", NURSES),
        ("study-permits.txt", PERMITS),
        ("deputy-shooting.txt", SHOOTING),
        ("stadium-deal.txt", STADIUM),
        ("recipe-feud.txt", RECIPE),
        ("missing-hiker.txt", HIKER),
        ("water-memo.txt", MEMO),
    ],
)
def test_each_plain_story_has_the_speakers_a_careful_reader_names(
    article: str, expected: list[tuple[str, str, str]]
) -> None:
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rosa Diaz runs the bakery.\n\n“It has never been this quiet.”", "Rosa Diaz"),
        (
            "Rosa Diaz has run the bakery for 30 years.\n\n“It has never been this quiet.”",
            "Rosa Diaz",
        ),
        (
            "“We will reopen,” Lee said.\n\nThe mayor arrived late.\n\n“They will not.”",
            "The mayor",
        ),
    ],
)
def test_a_quotation_opening_its_paragraph_is_said_by_the_person_just_introduced(
    text: str, speaker: str
) -> None:
    assert said(text)[-1][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The bakery has been open for 30 years.\n\n“It has never been this quiet.”",  # no one
        "Rosa Diaz runs the bakery. The oven broke.\n\n“It has never been this quiet.”",
    ],
)
def test_a_quotation_after_no_person_just_introduced_takes_none(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The dam is unsafe, according to a 2021 engineering assessment commissioned by "
            "the county.",
            ("a 2021 engineering assessment", "document"),
        ),
        ("Rents rose, according to the 2020 census.", ("the 2020 census", "document")),
    ],
)
def test_a_year_before_a_documents_noun_keeps_it_a_document(
    text: str, speaker: tuple[str, str]
) -> None:
    [(name, _, kind, _)] = roles(text)
    assert (name, kind) == speaker


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“We are ready,” said the 2024 champion, Ann Vale.", "champion"),
        ("“We are ready,” said the head chef, Ann Vale.", "head chef"),
        ("“We are ready,” said the head of sales, Ann Vale, on Monday.", "head of sales"),
    ],
)
def test_a_name_after_a_description_of_unlisted_words_speaks(text: str, role: str) -> None:
    assert roles(text) == [("Ann Vale", role, "person", True)]


def test_a_description_with_no_name_after_it_stays_the_speaker() -> None:
    assert roles("“We are ready,” said the mayor, who was tired.")[0][0] == "the mayor"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("There are 31 long-term drinking water advisories.", "advisories"),
        ("Some 3,000 low-income working families were hit.", "families"),
        ("The city has 12 renovated dining halls.", "halls"),
    ],
)
def test_a_gerund_after_a_hyphened_adjective_modifies_the_counted_noun(
    text: str, unit: str
) -> None:
    [found] = find_figures(text)
    assert found.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The 40 workers marching on Friday were fired.", "workers"),
        # a hyphened plural is the counted noun itself, no adjective
        ("The poll found 200 part-timers working weekends.", "part-timers"),
        ("Doctors read 15 X-rays showing breaks.", "X-rays"),
    ],
)
def test_a_verb_in_ing_after_a_count_still_ends_its_noun(text: str, unit: str) -> None:
    [found] = find_figures(text)
    assert found.unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents rose, with many warning that prices would follow.",
            [("many", "prices would follow")],
        ),
        (
            "Rents rose, with many warning that prices would follow and others saying wages "
            "had stalled.",
            [("many", "prices would follow"), ("others", "wages had stalled")],
        ),
        (
            "Rents rose, with tenants warning that prices would follow.",
            [("tenants", "prices would follow")],
        ),
    ],
)
def test_the_subjects_of_an_absolute_with_construction_speak(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(text) == expected


def test_a_warning_noun_after_its_modifier_is_no_cue() -> None:
    assert said("Smoke rose, with health warning signs on every door.") == []


def test_two_joined_absolutes_are_two_statements() -> None:
    text = (
        "The two met on Friday, with the mayor defending her plan and her rival calling for a vote."
    )
    assert said(text) == [("the mayor", "her plan"), ("her rival", "a vote")]


def test_a_joined_object_of_one_participle_stays_its_content() -> None:
    text = "The board met, with the mayor defending the plan and its cost."
    assert said(text) == [("the mayor", "the plan and its cost")]


@pytest.mark.parametrize(
    "text",
    [
        "Under the plan, savers reporting gains held for two years would pay less.",
        "Talks held in May failed.",
        "The hostages held by the gang were freed on Monday.",
    ],
)
def test_held_as_a_participle_is_no_ruling(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The court held Monday that the ban was void.",
        "The court held on appeal that the ban was void.",
        "The court held in a 6-3 ruling that the ban was void.",
    ],
)
def test_a_ruling_held_with_words_before_its_that_stays(text: str) -> None:
    assert said(text) == [("The court", "the ban was void")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Automaker Corvane said sales fell.", ("Corvane", "Automaker", "organization")),
        ("Lawmaker Ann Vale said the bill was dead.", ("Ann Vale", "Lawmaker", "person")),
    ],
)
def test_a_maker_of_goods_before_a_name_is_its_companys_trade(
    text: str, speaker: tuple[str, str, str]
) -> None:
    assert [(name, role, kind) for name, role, kind, _ in roles(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the union, the plant shed 60 jobs, most of them in packing.",
            "the plant shed 60 jobs, most of them in packing",
        ),
        (
            "According to the audit, the office missed its deadlines, citing staff shortages.",
            "the office missed its deadlines",
        ),
        (
            "According to witnesses, the boat sank fast, driven onto the rocks by wind.",
            "the boat sank fast, driven onto the rocks by wind",
        ),
        (
            "According to firefighters, the van, driven by a delivery worker, hit the wall.",
            "the van, driven by a delivery worker, hit the wall",
        ),
        (
            "According to deputies, the hiker, a retired teacher, was found on Sunday.",
            "the hiker, a retired teacher, was found on Sunday",
        ),
    ],
)
def test_according_to_then_a_clause_going_on_is_no_apposition(text: str, content: str) -> None:
    # the words after the source's comma open the content; what follows their comma goes on
    # from it (a participle, a partitive, a verb after an apposed noun): no role for the source
    headed = "Local news\n\n" + text
    first = attributed(headed)[0]
    assert first[0] == content
    assert first[1] is not None and first[1].role is None


@pytest.mark.parametrize(
    ("text", "role", "content"),
    [
        (
            "According to Ann Vale, a spokeswoman, rising rents hurt shops.",
            "spokeswoman",
            "rising rents hurt shops",
        ),
        (
            "According to Ann Vale, the mayor, the budget is balanced.",
            "mayor",
            "the budget is balanced",
        ),
        (
            "According to Corvane, the largest maker of tiles, orders fell.",
            "largest maker of tiles",
            "orders fell",
        ),
    ],
)
def test_according_to_a_source_and_its_apposition_stays(text: str, role: str, content: str) -> None:
    [(found, speaker, _)] = attributed("Local news\n\n" + text)
    assert (found, speaker.role if speaker else None) == (content, role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Vale, who had signalled support for closing the pier, voted with the rest.",
            "closing the pier",
        ),
        ("Tom Reyes, who has called for an audit, spoke first.", "an audit"),
        ("The guild, which has pushed for higher fees, went on strike.", "higher fees"),
    ],
)
def test_a_noun_or_phrasal_cue_in_a_relative_clause_ends_at_its_closing_comma(
    text: str, content: str
) -> None:
    # the sentence's own verb after the clause's closing comma is no part of what was backed
    [(found, _, _)] = attributed("Local news\n\n" + text)
    assert found == content


def test_a_phrasal_cue_outside_a_relative_clause_keeps_its_apposition() -> None:
    text = "Local news\n\nTom Reyes has called for an audit, a review of every contract."
    [(found, _, _)] = attributed(text)
    assert found == "an audit, a review of every contract"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Rosa Diaz got the letter at noon. The mother of two said she cried.",
            "Rosa Diaz",
            "mother of two",
        ),
        (
            "Tom Hale read it twice. The father of three said he was tired.",
            "Tom Hale",
            "father of three",
        ),
        (
            "Rosa Diaz got the letter. The 61-year-old grandmother of 11 said it hurt.",
            "Rosa Diaz",
            "grandmother of 11",
        ),
    ],
)
def test_a_parent_described_by_a_count_of_children_is_the_person_just_named(
    text: str, name: str, role: str
) -> None:
    [(_, speaker, _)] = attributed("Local news\n\n" + text)
    assert speaker is not None and (speaker.name, speaker.named, speaker.role) == (name, True, role)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale read it twice. The mother of two said she cried.",  # no woman named
        "A mother of two said she cried.",  # someone new
    ],
)
def test_a_parent_by_a_count_stays_unnamed_when_no_one_fits(text: str) -> None:
    [(content, speaker, _)] = attributed("Local news\n\n" + text)
    assert content == "she cried"
    assert speaker is not None and not speaker.named and speaker.kind == "person"


def test_a_title_case_headline_lends_no_word_to_the_first_name() -> None:
    text = (
        "Parents Scramble After Daycare Closes\n\n"
        "Tom Hale, a nurse, was home. The nurse said he was angry."
    )
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Marie-Eve Roy closed the shop. “We had no choice,” he said.", "he"),
        ("Jean-Philippe Roy closed the shop. “We had no choice,” she said.", "she"),
    ],
)
def test_a_compound_given_name_tells_its_gender(text: str, pronoun: str) -> None:
    # "Marie-Eve" is a woman's name, "Jean-Philippe" a man's: the pronoun of the other
    # gender stands for no one named here
    [(_, speaker, _)] = attributed("Local news\n\n" + text)
    assert speaker is not None and (speaker.name, speaker.named) == (pronoun, False)


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Diaz found out by text message on Sunday.",
        "Tom Hale learned of the sale from a neighbour.",
        "The owners heard about the fire on the radio.",
        "Parents found out late on Friday, when the letter came.",
    ],
)
def test_coming_to_know_by_some_way_is_no_statement(text: str) -> None:
    assert attributed("Local news\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        ("Rosa Diaz found out that the shop had closed.", "thought", "the shop had closed"),
        (
            "Tom Hale found out whether the loan came through.",
            "thought",
            "whether the loan came through",
        ),
        ("Ann Vale learned that her post was cut.", "thought", "her post was cut"),
        ("The audit found errors in 40 files.", "stance", "errors in 40 files"),
    ],
)
def test_what_was_found_out_or_learned_stays_a_statement(text: str, act: str, content: str) -> None:
    assert acts_and_contents("Local news\n\n" + text) == [(act, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The utility expected to finish repairs by Friday, Ann Vale said, but some roads "
            "could take longer.",
            "Ann Vale",
        ),
        ("The firm plans to hire 40 people, Tom Hale said, and it will open in May.", "Tom Hale"),
    ],
)
def test_an_interrupting_attribution_before_a_joined_clause_reports_the_whole(
    text: str, speaker: str
) -> None:
    # the inner verb's clause ("expected to ...") is what the outer speaker said, as with a
    # sentence-final "Ann Vale said"
    [(content, found, _)] = attributed("Local news\n\n" + text)
    assert found is not None and found.name == speaker
    assert content == text.rstrip(".")


def test_an_opening_attribution_before_a_joined_clause_is_unchanged() -> None:
    text = (
        "Local news\n\nThe utility expects to finish by Friday, and Ann Vale said crews were tired."
    )
    assert [(c, s.name if s else None) for c, s, _ in attributed(text)] == [
        ("to finish by Friday", "The utility"),
        ("crews were tired", "Ann Vale"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fares will rise in May, the minister said Tuesday, prompting an outcry from riders.",
        "Fares will rise in May, Ann Vale confirmed, sparking anger among commuters.",
        "Fares will rise in May, the board said, provoking a walkout.",
    ],
)
def test_a_consequence_after_an_interrupting_attribution_is_the_writers(text: str) -> None:
    # what the announcement set off is narration, no second part of what was said
    [(content, _, _)] = attributed("Local news\n\n" + text)
    assert content == "Fares will rise in May"


def test_words_resumed_after_an_interrupting_attribution_stay_a_part() -> None:
    text = "Local news\n\nFares will rise in May, the minister said, and service will improve."
    [(content, _, _)] = attributed(text)
    assert content == "Fares will rise in May, the minister said, and service will improve"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Roy said in an email that the agency was “working hard” and expected to open "
        "bids in July.",
        "Tom Roy said the agency was behind and expected to open bids in July.",
    ],
)
def test_a_belief_cue_joined_to_the_contents_verb_stays_in_the_content(text: str) -> None:
    # the agency expects, not Tom Roy: one statement of his
    [(content, speaker, _)] = attributed("Local news\n\n" + text)
    assert speaker is not None and speaker.name == "Tom Roy"
    assert content.endswith("expected to open bids in July")


def test_a_belief_cue_of_the_speaker_after_and_stays_his() -> None:
    text = "Local news\n\nTom Roy said the plan failed and expected to resign."
    assert [c for c, _, _ in attributed(text)] == ["the plan failed", "to resign"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The tribunal struck down the bylaw, ruling that it was void.", "it was void"),
        ("The panel rejected the appeal, holding that the fee was lawful.", "the fee was lawful"),
    ],
)
def test_a_ruling_given_as_a_participle_is_the_subjects(text: str, content: str) -> None:
    found = attributed("Court news\n\n" + text)
    assert (found[-1][0], found[-1][2]) == (
        content,
        text.split(", ")[1].split(" that")[0] + " that",
    )
    assert found[-1][1] is not None and found[-1][1].name.lower().endswith(("tribunal", "panel"))


@pytest.mark.parametrize(
    "text",
    ["The ruling that the bylaw was void came on Monday.", "Gains held for a year are taxed less."],
)
def test_a_ruling_or_a_holding_as_a_noun_or_a_participle_is_no_cue(text: str) -> None:
    assert attributed("Court news\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Their children, aged four, seven and 11, were at home.", []),
        ("A woman aged sixty was hurt.", []),
        ("The two girls, ages nine and 12, and 30 other pupils were sent home.", [2.0, 30.0]),
    ],
)
def test_ages_listed_after_aged_or_ages_are_no_figures(text: str, values: list[float]) -> None:
    assert [f.value for f in find_figures(text)] == values


def test_according_to_then_a_clause_going_on_holds_before_the_next_sentence() -> None:
    # the next sentence's verb ("has") is no finite verb of the participle's words
    text = (
        "Local news\n\nAccording to the audit, the agency faces a deficit next year, driven by "
        "rising costs. Ridership has recovered since, the audit said."
    )
    assert attributed(text)[0][0] == "the agency faces a deficit next year, driven by rising costs"


@pytest.mark.parametrize(
    "text",
    [
        "The opposition said the budget was late.",
        "The Official Opposition said the budget was late.",
    ],
)
def test_the_opposition_speaks_as_a_group(text: str) -> None:
    [(_, speaker, _)] = attributed("Question period\n\n" + text)
    assert speaker is not None and speaker.kind == "group"


def test_opposition_to_a_plan_is_no_speaker() -> None:
    text = "Question period\n\nOpposition to the levy grew, the mayor said."
    assert [s.name if s else None for _, s, _ in attributed(text)] == ["the mayor"]


COUPLE = (
    "Local news\n\n"
    "Rosa Halloran learned of the closure on Friday. The mother of three said she called every "
    "centre in town.\n\n"
    "Her husband, Tom Halloran, said the couple had paid fees to the end of the month.\n\n"
    "For now, Halloran said, {possessive} sister is driving in to help."
)


@pytest.mark.parametrize(
    ("possessive", "name"), [("her", "Rosa Halloran"), ("his", "Tom Halloran")]
)
def test_a_possessive_opening_what_a_shared_surname_said_tells_which_one(
    possessive: str, name: str
) -> None:
    # two Hallorans, a woman and a man: "her" after the cue keeps the man out, "his" the woman
    last = attributed(COUPLE.format(possessive=possessive))[-1]
    assert last[1] is not None and last[1].name == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Court heard Hale had been drinking at a bar.", "Hale had been drinking at a bar"),
        ("The jury heard the victim had called 911 twice.", "the victim had called 911 twice"),
    ],
)
def test_a_hearing_body_hears_evidence_without_that(text: str, content: str) -> None:
    # what was said there, by no source named: the court is only its listener
    assert [(c, s) for c, s, _ in attributed("Court news\n\n" + text)] == [(content, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The jury heard the recording of the call.",  # a thing heard, no clause
        "Ann Vale heard the plant would close.",  # a person's learning needs "that"
    ],
)
def test_heard_without_that_is_no_cue_elsewhere(text: str) -> None:
    assert attributed("Court news\n\n" + text) == []
