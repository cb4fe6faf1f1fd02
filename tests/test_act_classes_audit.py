"""The act of a statement, audited verb class by verb class (Levin 1993's verbs of
communication, judgement, attitude and perception) on invented news sentences: speech,
thought or stance, and what is reported."""

import pytest
from extraction_helpers import acts_and_contents

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        # Verbs of communication with a that-clause, a noun object or a quotation: speech.
        (
            "Tenants complained that the lifts had failed for weeks.",
            "speech",
            "the lifts had failed for weeks",
        ),
        ("The coach boasted that his side had never lost at home.", "speech", None),
        ("The lender admitted that it had overcharged savers.", "speech", None),
        ("The brewer denied that it had misled its investors.", "speech", None),
        ("Ruiz insisted that the loan had been repaid.", "speech", None),
        ("The governor vowed to rebuild the causeway by spring.", "speech", None),
        ("Doctors urged parents to vaccinate their children.", "speech", None),
        ("Forecasters warned that the river could burst its banks.", "speech", None),
        ("The chief executive denied the allegations.", "speech", "the allegations"),
        ("“This is a disgrace,” she complained.", "speech", "This is a disgrace"),
        ("“It was my fault,” the driver admitted.", "speech", "It was my fault"),
        ("The ministry confirmed that two sailors had died.", "speech", None),
        ("The police acknowledged that mistakes were made.", "speech", None),
        ("The chairman conceded that the year had been difficult.", "speech", None),
        ("Neighbours recalled that the man kept to himself.", "speech", None),
        # Judgement verbs (Levin 33) in the active voice, their judge named: speech.
        ("The mayor praised the lifeguards for their quick response.", "speech", None),
        ("Pell accused the board of hiding the losses.", "speech", None),
        ("The union criticised the plan as a giveaway to landlords.", "speech", None),
        ("The senator condemned the bombing as cowardly.", "speech", None),
        # Naming a thing as something: speech, the object and what it is named the content.
        ("The mayor called the audit a whitewash.", "speech", "the audit a whitewash"),
        ("The lawyer characterized the deal as unfair.", "speech", "the deal as unfair"),
        ("She described him as a loyal friend.", "speech", "him as a loyal friend"),
        # Verbs of conjecture and feeling (Levin 29.5, 31): thoughts.
        ("Farmers hope the rain will come soon.", "thought", "the rain will come soon"),
        ("Parents fear that the school will close.", "thought", "the school will close"),
        ("Officials worry that the virus could spread.", "thought", None),
        ("Analysts doubt that the merger will go ahead.", "thought", None),
        ("The suspect is thought to have fled abroad.", "thought", None),
        # Wanting, rejecting, and what research finds or shows: stances.
        ("The board rejected the takeover offer.", "stance", "the takeover offer"),
        ("The inquiry found that the guards had been asleep.", "stance", None),
        ("The figures show that burglaries fell last year.", "stance", None),
        ("Most voters want the tax cut, a poll shows.", "stance", "Most voters want the tax cut"),
    ],
)
def test_the_act_of_each_verb_class(text: str, act: str, content: str | None) -> None:
    found = acts_and_contents(text)
    assert len(found) == 1
    assert found[0][0] == act
    if content is not None:
        assert found[0][1] == content


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The council characterised the protest as peaceful.", "characterised"),
        ("The lawyer characterises the ruling as a setback.", "characterises"),
        ("The ministry recognised that the rules had failed.", "recognised"),
        ("Airlines are signalling that fares will rise.", "signalling"),
        ("She was realising that the job was over.", "realising"),
    ],
)
def test_british_spellings_of_cue_verbs_are_cues(text: str, verb: str) -> None:
    _, statements = find_statements(text)
    assert [s.cue for s in statements] == [verb]


@pytest.mark.parametrize(
    "text",
    [
        "The plan has been widely criticised as too costly.",
        "The bridge has long been praised as a marvel of engineering.",
        "Nurses were praised for their courage during the outbreak.",
        "The scheme is being condemned as a tax on the poor.",
    ],
)
def test_an_agentless_passive_judgement_is_a_stance(text: str) -> None:
    """A judgement passed by no one named reports a standing view, not words said."""
    assert [act for act, _ in acts_and_contents(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        # The judge named by "by": the agent's words.
        "The plan was criticised by the union as too costly.",
        # A cause charged is a claim, not an evaluation.
        "The firm has been blamed for the spill.",
        # The active voice: the subject's words.
        "The union criticised the plan as too costly.",
    ],
)
def test_a_named_judge_or_a_charge_stays_speech(text: str) -> None:
    assert {act for act, _ in acts_and_contents(text)} == {"speech"}


def test_a_passive_inside_the_content_leaves_an_active_judgement_speech() -> None:
    text = "The mayor praised nurses who were praised last year."
    assert acts_and_contents(text) == [("speech", "nurses who were praised last year")]


@pytest.mark.parametrize(
    "text",
    [
        "It is estimated that 3,000 people fled the valley.",
        "Some 3,000 people are estimated to have fled the town.",
        "Growth is projected to slow to 1 per cent next year.",
        "Growth is predicted to slow next year.",
        "The deficit is forecast to widen again.",
    ],
)
def test_an_agentless_passive_estimate_is_a_thought(text: str) -> None:
    """An estimate held by no one named, as "is expected to" is."""
    assert [(act, content) for act, content in acts_and_contents(text)] == [
        ("thought", text.rstrip("."))
    ]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("It is hoped that the bridge will reopen in May.", "thought"),
        # The estimator named by "by": the agent's words.
        ("The cost was estimated at $4 million by the council.", "speech"),
        # The active voice: the estimator's words.
        ("The agency estimates that 4,000 homes were damaged.", "speech"),
        ("Economists predict that inflation will fall next year.", "speech"),
    ],
)
def test_fear_hope_and_estimates_in_the_passive(text: str, act: str) -> None:
    assert [found for found, _ in acts_and_contents(text)] == [act]


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        ("Officials, fearing a second wave, closed the schools.", "thought", "a second wave"),
        ("Investors, fearing a recession, sold their shares.", "thought", "a recession"),
        ("Farmers, hoping for rain, delayed the harvest.", "thought", "for rain"),
        (
            "The governor, warning that the storm could strengthen, ordered an evacuation.",
            "speech",
            "the storm could strengthen",
        ),
    ],
)
def test_a_participle_aside_ends_before_its_subjects_own_verb(
    text: str, act: str, content: str
) -> None:
    assert acts_and_contents(text) == [(act, content)]


def test_a_participle_with_its_complement_inside_the_content_does_not_end_it() -> None:
    text = "The governor, warning that the storm, located off the coast, could strengthen."
    assert acts_and_contents(text) == [
        ("speech", "the storm, located off the coast, could strengthen")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister's admission that the figures were wrong angered MPs.", None),
        ("The club's boast that it had the best ground in the league irked rivals.", None),
        ("The confirmation that two sailors had died came on Friday.", "two sailors had died"),
        ("Her warning that the river would flood went unheeded.", "the river would flood"),
    ],
)
def test_nouns_of_admitting_denying_and_boasting_report_their_that_clause(
    text: str, content: str | None
) -> None:
    found = acts_and_contents(text)
    assert [act for act, _ in found] == ["speech"]
    if content is not None:
        assert found[0][1] == content


def test_an_admission_fee_reports_nothing() -> None:
    assert acts_and_contents("The admission fee was raised to $10.") == []


def test_feared_dead_with_its_attribution_is_the_attributions():
    # "feared" is no passive cue: with one, the attribution after it lost its sentence ("Two
    # climbers are feared dead, police said" was a thought of no one's, "police said" a part)
    [statement] = find_statements("Two climbers are feared dead, police said.")[1]
    assert (statement.cue, statement.act) == ("said", "speech")
