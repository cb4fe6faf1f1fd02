"""Mends of the review of the merged nested-attribution and session-21 leftover branches:
each regression's invented examples, with near-misses that must not change."""

import pytest
from extraction_helpers import named

_HEAD = "Headline\n\n"


# --- 1. A relay ends where its inner saying ends when a later cue cuts it ---


@pytest.mark.parametrize(
    ("text", "relay", "later"),
    [
        (
            "According to the indictment, Orrin Vask told investors the fund was insured, but"
            " prosecutors say it was not.",
            ("Orrin Vask told investors the fund was insured", "the indictment", "According to"),
            ("it was not", "prosecutors", "say"),
        ),
        (
            "According to the indictment, Orrin Vask told investors the fund was insured;"
            " inspectors said it was rotten.",
            ("Orrin Vask told investors the fund was insured", "the indictment", "According to"),
            ("it was rotten", "inspectors", "said"),
        ),
        (
            "According to the lawsuit, Orrin Vask told the board the pumps were worn, while"
            " regulators said they were never checked.",
            ("Orrin Vask told the board the pumps were worn", "the lawsuit", "According to"),
            ("they were never checked", "regulators", "said"),
        ),
    ],
)
def test_a_relay_ends_with_its_inner_saying_before_a_later_cue(text, relay, later):
    found = named(_HEAD + text)
    assert relay in found
    assert later in found
    assert [name for _, name, _ in found] == [relay[1], "Orrin Vask", later[1]]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        # no later cue: the relay keeps all of its content, the inner saying is Vask's
        (
            "According to the lawsuit, Orrin Vask told the board the pumps were worn.",
            ("Orrin Vask told the board the pumps were worn", "the lawsuit", "According to"),
        ),
        (
            "According to the indictment, Orrin Vask told investors the fund was insured and"
            " that regulators had approved it.",
            (
                "Orrin Vask told investors the fund was insured and that regulators had"
                " approved it",
                "the indictment",
                "According to",
            ),
        ),
    ],
)
def test_a_relay_without_a_later_cue_keeps_its_content(text, relay):
    found = named(_HEAD + text)
    assert found[0] == relay
    assert found[1][1] == "Orrin Vask"


# --- 2. A participle after a determiner and an adverb modifies a noun only before one ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another reportedly said the memo was fake.", ("the memo was fake", "said")),
        (
            "The two men each reportedly said they were innocent.",
            ("they were innocent", "said"),
        ),
        ("One loudly claimed that the vote was rigged.", ("the vote was rigged", "claimed")),
        ("Many of the elderly said they felt abandoned.", ("they felt abandoned", "said")),
        (
            "The weekly reported that the mayor had resigned.",
            ("the mayor had resigned", "reported"),
        ),
        ("The daily reported the mayor had resigned.", ("the mayor had resigned", "reported")),
        ("Each publicly denied any role in the scheme.", ("any role in the scheme", "denied")),
        ("Each publicly denied wrongdoing.", ("wrongdoing", "denied")),
    ],
)
def test_a_verb_after_a_determiner_and_an_adverb_still_reports(text, expected):
    assert [(c, cue) for c, _, cue in named(_HEAD + text)] == [expected]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("A widely cited study found that rents rose.", "study", "found"),
        (
            "His widely read column argued that the tax was unfair.",
            "His widely read column",
            "argued",
        ),
        ("This widely shared video shows the crash.", "widely shared video", "shows"),
    ],
)
def test_a_participle_modifying_a_noun_is_no_verb(text, speaker, cue):
    [(_, name, found_cue)] = named(_HEAD + text)
    assert (name, found_cue) == (speaker, cue)


# --- 5. A document's participle and its agent: how it came out, only before its verb ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report predicted by 2030 half of all new cars would be electric.",
            ("by 2030 half of all new cars would be electric", "The report", "predicted"),
        ),
        (
            "The study estimated by 2050 the sea would rise a metre.",
            ("by 2050 the sea would rise a metre", "The study", "estimated"),
        ),
        (
            "The memo argued by analogy that the tax was unfair.",
            ("the tax was unfair", "The memo", "argued"),
        ),
    ],
)
def test_a_documents_verb_before_by_still_reports(text, expected):
    assert named(_HEAD + text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Emails first reported by the Courier show the mayor knew.",
        "Emails reported by the Courier show the mayor knew.",
        "Emails first reported by the paper show the mayor knew.",
        "Records later obtained by the Ledger show the mayor knew.",
    ],
)
def test_documents_made_public_by_an_agent_are_the_speaker(text):
    [(content, name, _)] = named(_HEAD + text)
    assert (content, name) == ("the mayor knew", text.split()[0])
