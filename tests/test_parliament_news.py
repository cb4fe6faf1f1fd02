"""Parliamentary debate reports as a new analyst reads them: constructions found by trying
whosaid on invented write-ups of a housing bill's third reading, a session of prime
minister's questions and a Senate committee's hearing (in tests/data/speakers/), each tested
here on other invented sentences."""

import pytest
from extraction_helpers import attributed, contents, speaker_of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz asked the transport secretary whether the line would reopen.",
            "whether the line would reopen",
        ),
        (
            "Ruiz asked the prime minister whether he would resign.",
            "whether he would resign",
        ),
        (
            "Ruiz asked the chief executive of the trust whether beds had been cut.",
            "whether beds had been cut",
        ),
        ("Ruiz asked the deputy speaker if the vote was valid.", "if the vote was valid"),
        ("Ruiz asked the minister if the ferry would run.", "if the ferry would run"),
        ("Ruiz asked Okafor if the ferry would run.", "if the ferry would run"),
        # near-misses: no addressee to pass
        ("Ruiz asked whether the line would reopen.", "whether the line would reopen"),
        (
            "Ruiz said the transport secretary would decide whether the line reopened.",
            "the transport secretary would decide whether the line reopened",
        ),
    ],
)
def test_the_addressee_of_a_question_is_passed_whole(text: str, content: str):
    assert contents(text) == [content]


def test_a_condition_after_a_cue_that_asks_nothing_is_no_content():
    assert contents("That is what Ruiz said when she resigned.") == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Opening the debate, the energy secretary, Rui Daltas, told MPs the grid was full.",
            "Rui Daltas",
            "energy secretary",
        ),
        (
            "Winding up the debate, the minister, Ola Penn, said the plan was costed.",
            "Ola Penn",
            "minister",
        ),
        (
            "Moving the motion, the Green MP, Ada Roe, said the river was dying.",
            "Ada Roe",
            "Green MP",
        ),
        (
            "Closing for the government, the minister, Ola Penn, said the plan was costed.",
            "Ola Penn",
            "minister",
        ),
        # near-miss: a speaker with no appositive after the opening
        ("Opening the debate, Anna Penn said the plan was costed.", "Anna Penn", None),
    ],
)
def test_a_participle_of_debate_business_opening_the_sentence_is_no_speaker(
    text: str, name: str, role: str | None
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The shadow housing secretary, Lina Okafor, said the sums were wrong.",
            "Lina Okafor",
            "shadow housing secretary",
        ),
        (
            "The shadow housing secretary said the sums were wrong.",
            "The shadow housing secretary",
            "shadow housing secretary",
        ),
        (
            "The interim nursing director said the wards were full.",
            "The interim nursing director",
            "interim nursing director",
        ),
        (
            "The shadow education secretary, Lina Okafor, said the sums were wrong.",
            "Lina Okafor",
            "shadow education secretary",
        ),
    ],
)
def test_a_portfolio_in_ing_after_shadow_or_interim_stays_in_the_role(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Conservative backbencher Iain Dorr said the bill was rushed.",
            "Iain Dorr",
            "Conservative backbencher",
        ),
        (
            "Labour peer Baroness Ruth Kell said the bill was rushed.",
            "Ruth Kell",
            "Labour peer",
        ),
        (
            "The committee's convener, Ruth Kell, said the bill was rushed.",
            "Ruth Kell",
            "committee's convener",
        ),
        (
            "A senior Labour frontbencher said the bill was rushed.",
            "A senior Labour frontbencher",
            "senior Labour frontbencher",
        ),
    ],
)
def test_offices_of_a_parliament_are_roles(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_backbenchers_in_the_plural_are_a_group():
    [(_, speaker, _)] = attributed("Rebel backbenchers said the bill was rushed.")
    assert speaker is not None and speaker.kind == "group"
