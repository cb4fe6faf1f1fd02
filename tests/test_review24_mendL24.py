"""Review 24's findings on quantities after "add", rulings closing their content, legal
charges, appositives and acronyms: each construction tested on invented sentences, with
near-misses that must not change."""

import pytest
from extraction_helpers import attributed, headlined, named

HEADLINE = "Local news this week\n\n"  # a text's first paragraph is its headline


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Osei added at least 300 homes remain without power.",
            "at least 300 homes remain without power",
        ),
        (
            "She added at least three of the riders, both seniors, were hurt in the crash.",
            "at least three of the riders, both seniors, were hurt in the crash",
        ),
        (
            "Pratt claimed at least six trustees, including two from the north, backed the cut.",
            "at least six trustees, including two from the north, backed the cut",
        ),
        (
            "Pratt added under 20 per cent of parents support the change.",
            "under 20 per cent of parents support the change",
        ),
    ],
)
def test_a_clause_opened_by_a_qualified_quantity_is_said(sentence: str, content: str) -> None:
    """ "added at least 300 homes remain dark": after "at least", "under", "up to" the
    quantity is put somewhere only with its "to"; else it opens the clause said."""
    assert [c for c, _, _ in headlined(sentence)] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Osei added at least 300 homes to the list.",
        "The detour is adding up to 25 minutes to commutes.",
        "The strike added at least two hours to waits at the border.",
        "The levy added 40 dollars to bills.",
        "Osei added about 300 jobs last year.",
    ],
)
def test_a_quantity_put_somewhere_is_no_statement(sentence: str) -> None:
    """ "is adding up to 25 minutes to commutes": a quantity added to something (a bare
    plural after "to" too), whoever adds it, no words."""
    assert headlined(sentence) == []


def test_to_and_an_infinitive_after_a_quantity_is_still_said() -> None:
    """ "to discuss" is no place a quantity is put: the clause stays said."""
    [(content, _, cue)] = headlined("Osei added that up to 20 minutes to discuss fares was enough.")
    assert (content, cue) == ("up to 20 minutes to discuss fares was enough", "added")


@pytest.mark.parametrize(
    "sentence",
    [
        "For three decades, the Tories ruled.",
        "From 1960 until her death, the queen ruled.",
        "The family fled while the junta ruled.",
    ],
)
def test_a_reign_is_no_ruling(sentence: str) -> None:
    """ "For three decades, the Tories ruled": "rule" as governing reports nothing; the
    clause before has no verb, and no court rules."""
    assert headlined(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The tariff is unlawful, the justices ruled Thursday in Washington.",
            "The tariff is unlawful",
            "the justices",
        ),
        (
            "The woman can stay in Canada, an Ontario judge ruled in a written decision "
            "released Friday.",
            "The woman can stay in Canada",
            "an Ontario judge",
        ),
        ("The bylaw stands, the court ruled.", "The bylaw stands", "the court"),
        ("The man will stay in jail, a judge ruled Tuesday.", "The man will stay in jail", None),
    ],
)
def test_a_ruling_closing_its_sentence_reports_the_clause_before(
    sentence: str, content: str, speaker: str | None
) -> None:
    """ "..., the justices ruled Thursday in Washington": where or how the ruling was given
    may follow it; the clause before is its content."""
    [(found, who, cue)] = attributed(HEADLINE + sentence + "\n")
    assert (found, cue) == (content, "ruled")
    assert who is not None


def test_a_headline_ruling_reports_the_clause_before() -> None:
    """A headline "Accused arsonist to stay in jail, judge rules": no verb of its own before
    the court, but a judge rules."""
    text = "Accused burglar to stay in custody, judge rules\n\nThe hearing was short.\n"
    assert [(c, cue) for c, _, cue in named(text)] == [
        ("Accused burglar to stay in custody", "rules")
    ]


def test_a_ruling_in_someones_favour_reports_no_clause_before() -> None:
    """ "the judge ruled in his favour": what was decided, after the verb."""
    assert headlined("The man can stay, the judge ruled in his favour.") == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Union leaders charged in a news conference that the board hid the deficit.",
            "the board hid the deficit",
            "Union leaders",
        ),
        ("Tom Osei charged in court that the vote was rigged.", "the vote was rigged", "Tom Osei"),
        (
            "Prosecutors charged in district court on Monday that the bank hid losses.",
            "the bank hid losses",
            "Prosecutors",
        ),
        (
            "Tom Osei charged for months that the tender was fixed.",
            "the tender was fixed",
            "Tom Osei",
        ),
        ("Critics charged in a letter that the plan was rushed.", "the plan was rushed", "Critics"),
    ],
)
def test_the_active_charge_with_where_it_was_made_keeps_its_clause(
    sentence: str, content: str, speaker: str
) -> None:
    """ "charged in court that the vote was rigged": where or how long it charged, then
    "that" and a subject, is the active verb's claim."""
    assert headlined(sentence) == [(content, speaker, "charged")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was charged in the robbery that shocked the town.",
        "A teen charged in a shooting that left two hurt will stay in custody.",
        "A woman accused of fraud will appear in court in May.",
    ],
)
def test_a_passive_charge_says_nothing(sentence: str) -> None:
    """ "charged in the robbery that shocked the town": a relative's verb after "that"."""
    assert headlined(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("A man charged with theft told reporters he was innocent.", "A man", "told"),
        ("A woman accused of fraud told the court she was innocent.", "A woman", "told"),
        ("A teen arrested in connection with the blaze said he is sorry.", "A teen", "said"),
        (
            "A teen charged in connection with the blaze said in a statement that he is sorry.",
            "A teen",
            "said",
        ),
        (
            "A driver charged with dangerous driving said on Friday that he is sorry.",
            "A driver",
            "said",
        ),
    ],
)
def test_the_phrase_before_a_charge_speaks(sentence: str, speaker: str, cue: str) -> None:
    """ "A man charged with theft told reporters ...": the noun phrase before the participle
    is the subject of the verb after its charge."""
    [(_, who, found)] = headlined(sentence)
    assert (who, found) == (speaker, cue)


def test_a_charge_after_a_comma_is_an_aside() -> None:
    """ "The panel, charged with reviewing the law, said": the subject before the aside."""
    [(_, who, cue)] = headlined(
        "The panel, charged with reviewing the law, said it will report soon."
    )
    assert (who, cue) == ("The panel", "said")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "According to Tom Osei, the fire chief, along with two crews, the blaze is out.",
            "fire chief",
        ),
        (
            "According to Ann Pratt, the mayor, as well as two councillors, the deal is dead.",
            "mayor",
        ),
    ],
)
def test_a_role_apposed_before_an_attached_phrase_stays_the_sources(
    sentence: str, role: str
) -> None:
    """ "According to X, the mayor, as well as ...": the words between the commas describe X
    (a role), so they are X's appositive, not a clause."""
    [(_, who, _)] = attributed(HEADLINE + sentence + "\n")
    assert who is not None and who.role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the agency, the rise reflects the cost of fuel, as well as a jump in rent.",
        "According to police, the driver fled on foot, along with two passengers.",
    ],
)
def test_a_clause_before_an_attached_phrase_is_content(sentence: str) -> None:
    """A clause between the commas stays the content, the attached phrase with it."""
    [(content, _, _)] = headlined(sentence)
    assert content.startswith("the ")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Toronto DJ said the show was cancelled.", "unknown"),
        ("The Ottawa CEO said sales fell.", "person"),
        ("The Ontario NDP said the bill is flawed.", "organization"),
        ("Toronto FC said the match is off.", "organization"),
    ],
)
def test_a_place_and_a_jobs_acronym_is_no_branch(sentence: str, kind: str) -> None:
    """ "The Toronto DJ": a person's job after a place, no body's branch ("Ontario NDP")."""
    [(_, who, _)] = attributed(HEADLINE + sentence + "\n")
    assert who is not None and who.kind == kind


def test_a_relative_after_a_charge_keeps_its_own_subject() -> None:
    """ "A man charged with assault in the attack that hurt a woman who said": the
    relative's speaker, not the charged man."""
    text = "A man charged with assault in a fight that hurt a woman who said she was scared."
    assert [who for _, who, _ in headlined(text)] == ["a woman"]


def test_a_charge_then_and_is_read_as_before() -> None:
    """ "A man charged with theft and his lawyer said": no lone man before the cue."""
    found = headlined("A man charged with theft and his aunt said they agree.")
    assert [who for _, who, _ in found] == ["his aunt"]
