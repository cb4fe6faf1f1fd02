"""Food, restaurant and food-service news as a new analyst reads it: constructions found by
trying whosaid on invented stories of a chef closing her restaurant, of a county's restaurant
inspections and of a city's debate on the tipped minimum wage (in
tests/data/speakers/food-*.txt), each tested here on other invented sentences, with
near-misses that must not change."""

import pytest
from extraction_helpers import ARTICLES, attributed, contents, named, speaker_names

# --- A decision in a condition: a vote or a ruling not yet taken is no stance ---


@pytest.mark.parametrize(
    "text",
    [
        "If the board approves the plan, construction could start in May.",
        "If the council rejects the proposal, the owners will sue.",
        "The committee meets Tuesday. If it approves the ordinance, the council could act.",
        "Unless the court overrules the inspector, the diner stays closed.",
        "The union will strike if the members vote against the contract.",
    ],
)
def test_a_decision_in_a_condition_is_no_stance(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The board approved the plan on Monday.", "the plan on Monday"),
        ("The FDA is slow unless it wants to act quickly.", "to act quickly"),
    ],
)
def test_a_decision_taken_or_a_wish_in_a_condition_stays(text: str, content: str):
    assert content in contents(text)


# --- A relative clause on people, then an inverted verb and a name: the name speaks ---


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Among those who booked is Daniel Ashworth, a retired teacher who says he has "
            "eaten there every year.",
            "Daniel Ashworth",
            "retired teacher",
        ),
        (
            "Those who came included Ines Moreau, a nurse who says the soup saved her winter.",
            "Ines Moreau",
            "nurse",
        ),
        (
            "Among the cooks who lost their jobs was Dev Patel, a baker who said he had no "
            "warning.",
            "Dev Patel",
            "baker",
        ),
    ],
)
def test_a_name_after_an_inverted_verb_is_not_part_of_the_clause(text: str, name: str, role: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The nurse who treated him said he was stable.", "The nurse who treated him"),
        ("Residents who are Mennonite said the road was closed.", "Residents who are Mennonite"),
    ],
)
def test_a_relative_clause_with_its_own_verb_and_name_stays_the_speaker(text: str, name: str):
    assert speaker_names(text) == [name]


# --- A trade of the kitchen names the cook profiled, as one of the arts names a star ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marisol Okafor-Reyes counts the pots over her stove. The chef announced the "
            "closing in a letter, writing that she was tired.",
            "Marisol Okafor-Reyes",
        ),
        (
            "Bao Nguyen opened the shop in 2009. “We sell out by noon,” the baker said.",
            "Bao Nguyen",
        ),
        (
            "“We cook,” says Ilse Varga. Food critic Nadia Fern praised her bistro. Fern says "
            "the menu never changes. The restaurateur shrugs. “Why would it?” she asks.",
            "Ilse Varga",
        ),
        (
            "“We tour in May,” says Ilse Varga. Critic Nadia Fern panned the album. Fern says "
            "it is thin. The singer shrugs. “Why would I care?” she asks.",
            "Ilse Varga",
        ),
    ],
)
def test_a_kitchen_trade_names_the_person_profiled(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Park, the owner, said rent doubled. “We will stay,” the chef said.",
            "the chef",
        ),
        (
            "Ann Lee said the kitchen was clean. “It was spotless,” the inspector said.",
            "the inspector",
        ),
        (
            "Tom Park sold the building. Ann Lee, a teacher, ate there on Friday. “It was our "
            "best night,” the chef said.",
            "the chef",
        ),
        (
            "Ruth Ames, a retired nurse, came for lunch. “The soup was cold,” the baker said.",
            "the baker",
        ),
    ],
)
def test_a_trade_after_someone_of_another_role_or_a_role_noun_stays_unnamed(text: str, name: str):
    assert speaker_names(text)[-1] == name


# --- Kin of "her" or "his" named inside a sentence: the pronoun's owner stays "she" ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We cook,” says Ana Ruiz. Next spring brings a trip to Lima with her daughter, "
            "Rosa Ruiz, a nurse in Boston. She says she cannot wait.",
            "Ana Ruiz",
        ),
        (
            "“We cook,” says Tom Hale. He will travel to Iowa with his brother, Ed Hale, a "
            "farmer there. He says the farm is doing well.",
            "Tom Hale",
        ),
        (
            "“We cook,” says Ana Ruiz. The book is for her sister, Rosa Ruiz, a baker in "
            "Lima. “She taught me everything,” she says.",
            "Ana Ruiz",
        ),
    ],
)
def test_kin_named_inside_a_sentence_leaves_the_pronoun_to_its_owner(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We cook,” says Ana Ruiz. Her sister, Rosa Ruiz, a nurse in Boston, visits often. "
            "She says the visits help.",
            "Rosa Ruiz",
        ),
        (
            "“We cook,” says Tom Hale. He will travel with his sister, Ana Hale, a farmer in "
            "Iowa. She says the farm is doing well.",
            "Ana Hale",
        ),
        (
            "“We cook,” says Ana Ruiz. Last year her sister, Rosa Ruiz, moved to Lima. She "
            "says the city suits her.",
            "Rosa Ruiz",
        ),
        (
            "“We cook,” says Ana Ruiz. Later, her sister, Rosa Ruiz, moved to Lima. She says "
            "the city suits her.",
            "Rosa Ruiz",
        ),
    ],
)
def test_kin_opening_the_sentence_or_of_the_other_gender_is_she(text: str, name: str):
    assert speaker_names(text)[-1] == name


# --- "Name, a ROLE who says ..., VERB": the clause closes at the description's comma ---


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Priya Nair, a chef who says butter is overrated, opened a bakery in May.",
            "butter is overrated",
        ),
        (
            "Priya Nair, a chef who says butter, cream and lard are overrated, opened a bakery.",
            "butter, cream and lard are overrated",
        ),
        (
            "Ann Lee, the owner who argued the levy was unfair, also opened a second diner.",
            "the levy was unfair",
        ),
    ],
)
def test_a_who_clause_after_a_description_ends_at_its_comma(text: str, content: str):
    assert contents(text) == [content]


def test_a_who_clause_at_the_sentence_end_keeps_its_content():
    text = "Among them is Ann Lee, a chef who says the menu is too long."
    assert contents(text) == ["the menu is too long"]


# --- "which inspectors found on Monday with ...": the relative pronoun is what was found ---


@pytest.mark.parametrize(
    "text",
    [
        "The diner, which inspectors found on Monday with no hot water, reopened Friday.",
        "The bakery, which inspectors found in 2023 with mice in the flour, has since closed.",
        "It was a cellar that the crew found behind the walk-in cooler.",
    ],
)
def test_a_thing_found_in_a_place_or_state_is_no_finding(text: str):
    assert named(text) == []


def test_a_report_naming_what_was_found_still_speaks():
    text = (
        'The buffet, which inspectors found on Oct. 11 with what the report called "active '
        'rodent activity" in a storage room, reopened.'
    )
    assert named(text) == [("active rodent activity", "the report", "called")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The rules, which experts found were flawed, were dropped.", "were flawed"),
        (
            "Inspectors found on Monday that the diner had no hot water.",
            "the diner had no hot water",
        ),
    ],
)
def test_a_finding_of_a_clause_stays(text: str, content: str):
    assert contents(text) == [content]


def test_a_finding_of_a_clause_after_a_place_or_time_stays():
    text = "The audit, which regulators found in 2019 was flawed, is being redone."
    # the finding is kept (its span may still take the time before the clause)
    assert [(s, cue) for c, s, cue in named(text) if c.endswith("was flawed")] == [
        ("regulators", "found")
    ]


# --- A question put opens the sentence, the answer quoted after a colon: the subject's ---


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Ana Ruiz runs the kitchen. Asked what she will miss most, she does not hesitate: "
            "“The sound of the printer.”",
            "The sound of the printer",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz runs the kitchen. Asked about the rent, Ruiz is blunt: “It is a joke.”",
            "It is a joke",
            "Ana Ruiz",
        ),
        (
            "Omar Haddad runs the bakery. Asked why bread costs more, Haddad shrugs: “Flour "
            "costs what it costs.”",
            "Flour costs what it costs",
            "Omar Haddad",
        ),
    ],
)
def test_an_answer_quoted_after_a_question_put_is_the_subjects(text: str, content: str, name: str):
    assert (content, name) in [(c, n) for c, n, _ in named(text)]


def test_a_question_put_then_a_cue_keeps_its_own_attribution():
    text = "Ana Ruiz runs the kitchen. Asked about the rent, she said: “It is a joke.”"
    assert ("It is a joke", "Ana Ruiz", "said") in named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad runs the bakery. Asked about prices, he shrugs: “Flour costs what it costs.”",
        "Omar Haddad runs the bakery. Pressed on prices, he shrugs: “Flour costs what it costs.”",
        "Omar Haddad runs the bakery.\n\nPressed on prices, he shrugs: “Flour costs what it "
        "costs.”",
        "Omar Haddad runs the bakery.\n\nQuizzed on prices, Haddad shrugs: “Flour costs what it "
        "costs.”",
        "Omar Haddad runs the bakery. When pressed on prices, Haddad is blunt: “Flour costs "
        "what it costs.”",
        "Omar Haddad runs the bakery. If pressed on prices, he shrugs: “Flour costs what it "
        "costs.”",
        "Omar Haddad runs the bakery. Once asked about prices, Haddad shrugs: “Flour costs "
        "what it costs.”",
    ],
)
def test_a_question_participle_opening_a_colon_quotation_is_no_name(text: str):
    assert ("Flour costs what it costs", "Omar Haddad", None) in named(text)


# --- The three food articles: their key speakers and statements ---


def _article(slug: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, role) of each statement of the food article `slug`."""
    text = (ARTICLES / f"food-{slug}.txt").read_text(encoding="utf-8")
    found = []
    for content, speaker, _ in attributed(text):
        found.append(
            (content, speaker.name if speaker else None, speaker.role if speaker else None)
        )
    return found


def _said_by(slug: str, opening: str) -> str | None:
    """The speaker's name of the statement of `slug` whose content opens with `opening`."""
    [name] = [name for content, name, _ in _article(slug) if content.startswith(opening)]
    return name


@pytest.mark.parametrize(
    ("slug", "opening", "name"),
    [
        ("bistro-closing", "she was “tired in a way", "Marisol Okafor-Reyes"),
        ("bistro-closing", "the decision", "Marisol Okafor-Reyes"),
        ("bistro-closing", "he has eaten at Marisol’s", "Daniel Ashworth"),
        ("bistro-closing", "I’ll go on the 20th", "Daniel Ashworth"),
        ("bistro-closing", "she used to refuse on principle", "Marisol Okafor-Reyes"),
        ("bistro-closing", "These are not failures", "Kwame Mensah"),
        ("bistro-closing", "That little machine", "Marisol Okafor-Reyes"),
        ("inspection-closures", "A closure is never our first choice", "Anita Raghunathan"),
        ("inspection-closures", "active rodent activity", "the report"),
        ("inspection-closures", "You can't choose your neighbors", "Maria Kowalczyk"),
        ("inspection-closures", "the restaurant had since bought", "Nick Dimitriou"),
        ("inspection-closures", "Come and look at the kitchen", "Jian Wu"),
        ("tipping-wages", "Nobody else in this city", "Rosa Delgado-Whitfield"),
        ("tipping-wages", "In January I make half", "Keisha Washington"),
        ("tipping-wages", "The sky did not fall", "Samuel Okonkwo"),
        ("tipping-wages", "she would rather have a predictable wage", "Dana Bell"),
        ("tipping-wages", "I have heard a lot", "Victor Nakamura"),
    ],
)
def test_the_food_articles_statements_have_their_speakers(slug: str, opening: str, name: str):
    assert _said_by(slug, opening) == name


@pytest.mark.parametrize(
    ("slug", "name", "role"),
    [
        ("bistro-closing", "Daniel Ashworth", "retired high-school teacher"),
        ("bistro-closing", "Tomás Reyes", "son of Marisol Okafor-Reyes"),
        ("bistro-closing", "Kwame Mensah", "president of the city’s restaurant association"),
        ("inspection-closures", "Nick Dimitriou", "brother of Paul Dimitriou"),
        ("inspection-closures", "Leila Farouk", "sociologist"),
        ("tipping-wages", "Dana Bell", "coworker of Marcus Bell"),
        ("tipping-wages", "Samuel Okonkwo", "labor economist at Lakeshore State University"),
    ],
)
def test_the_food_articles_speakers_have_their_roles(slug: str, name: str, role: str):
    assert {r for _, n, r in _article(slug) if n == name} == {role}


@pytest.mark.parametrize(
    ("slug", "opening"),
    [
        ("tipping-wages", "the ordinance"),  # "If it approves the ordinance, ...": a condition
        ("inspection-closures", "called"),  # "which inspectors found on Oct. 11 with ..."
    ],
)
def test_the_food_articles_make_no_such_statement(slug: str, opening: str):
    assert not any(content.startswith(opening) for content, _, _ in _article(slug))
