"""Campaign-trail news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a presidential candidate's stump speech, two campaigns trading attacks
through their spokespeople and a House challenger's rally (in tests/data/speakers/), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, contents, missing_speakers, named, speakers_by_opening


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ruiz, referring to Alvarado, told reporters the race was tied.", "the race was tied"),
        (
            "Ruiz, referring to her opponent, said the mayor had “quit on this town.”",
            "the mayor had “quit on this town",
        ),
        (
            "“He folds every time,” Ruiz said, referring to Rep. Tom Alvarado.",
            "He folds every time",
        ),
        ("“He folds every time,” Ruiz said, referring to the governor.", "He folds every time"),
        ("“He folds every time,” Ruiz said, referring to him.", "He folds every time"),
    ],
)
def test_the_person_an_adjunct_refers_to_is_no_statement(text: str, kept: str):
    assert contents(text) == [kept]


@pytest.mark.parametrize(
    ("text", "referred"),
    [
        ("“It is a giveaway,” Ruiz said, referring to the new levy.", "the new levy"),
        (
            "“It is a giveaway,” Ruiz said, referring to the Harbor Tax Credit.",
            "the Harbor Tax Credit",
        ),
        (
            "“It is a giveaway,” Ruiz said, referring to the 3 percent rebate.",
            "the 3 percent rebate",
        ),
    ],
)
def test_a_thing_an_adjunct_refers_to_stays_reported(text: str, referred: str):
    assert contents(text)[-1] == referred


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ida Brenner, who has not endorsed a candidate, said the attacks would hurt.",
        "Rep. Cole Marin, who has not backed either contender, said the race was close.",
    ],
)
def test_an_endorsement_not_given_is_no_stance(text: str):
    assert [c for c, _, cue in named(text) if cue in {"endorsed", "backed"}] == []
    assert len(contents(text)) == 1


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Sen. Ida Brenner, who endorsed Marin in May, said the attacks would hurt.",
            "Marin in May",
        ),
        ("The union has backed the transit levy.", "the transit levy"),
    ],
)
def test_an_endorsement_given_stays_a_stance(text: str, stance: str):
    assert contents(text)[0] == stance


@pytest.mark.parametrize(
    "text",
    [
        "Asked about a runoff, Marin declined to commit.",
        "Pressed on the debate schedule, Brenner refused to commit either way.",
        "An aide said polling showed her ahead but declined to release the full results.",
        "The campaign declined to provide its data.",
    ],
)
def test_a_refusal_to_commit_or_to_release_results_is_a_non_answer(text: str):
    assert not [c for c, _, cue in named(text) if cue in {"declined", "refused"}]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The premier refused to commit troops to the mission.", "to commit troops to the mission"),
        ("Brenner declined to commit to a third debate.", "to commit to a third debate"),
        ("The mayor declined to release the audit.", "to release the audit"),
    ],
)
def test_a_refusal_with_something_withheld_stays_a_stance(text: str, content: str):
    assert contents(text)[-1] == content


def test_the_stump_speech_keeps_its_speakers():
    expected = [
        ("her campaign would “outwork", "Dana Halvorsen", "person"),
        ("They told us Ohio was gone", "Dana Halvorsen", "person"),
        ("she would raise the federal minimum wage", "Dana Halvorsen", "person"),
        ("Mr. Teague of “auditioning", "Dana Halvorsen", "person"),
        ("Ms. Halvorsen was “recycling", "Luis Ferreira", "person"),
        ("the campaign’s own polling showed", "A senior adviser to the campaign", "person"),
        ("She talks a good game", "Gary Lindqvist", "person"),
        ("a Washington insider", "Bill Oakes", "person"),
    ]
    assert missing_speakers("campaign-stump-speech.txt", expected) == []
    found = [c for c, _, _ in speakers_by_opening("campaign-stump-speech.txt")]
    assert not any("request for comment" in c or "scheduled" in c for c in found)


def test_the_surrogates_attacks_keep_their_speakers():
    expected = [
        ("Halvorsen had “distorted", "Alicia Brandt", "person"),
        ("he “won’t take lectures", "Marcus Teague", "person"),
        ("the governor had “cut taxes", "Tamsin Reyes", "person"),
        ("Teague was “the only candidate", "Owen Castellano", "person"),
        ("The governor wants to talk about barns", "Devin Marsh", "person"),
        ("When the margin shrinks", "Lorraine Quist", "person"),
        ("We have one opponent", "Ruth Delacroix", "person"),
    ]
    assert missing_speakers("campaign-surrogate-attacks.txt", expected) == []
    found = [c for c, _, _ in speakers_by_opening("campaign-surrogate-attacks.txt")]
    assert "Halvorsen" not in found  # ", referring to Halvorsen,": whom, not what
    assert "a candidate" not in found  # "who has not endorsed a candidate"


def test_the_house_race_keeps_its_speakers():
    expected = [
        ("Rep. Gordon Pike had", "Nathan Wexler", "person"),
        ("Gordon Pike used to be one of us", "Nathan Wexler", "person"),
        ("Nathan Wexler has spent this entire race", "Dana Liu", "person"),
        ("I'll vote for whoever", "Nathan Wexler", "person"),
        ("he had secured $14 million", "Gordon Pike", "person"),
        ("it intended to spend", "Mara Voss", "person"),
        ("internal polling showed", "A Pike campaign official", "person"),
    ]
    assert missing_speakers("campaign-congress-district.txt", expected) == []
    found = [c for c, _, _ in speakers_by_opening("campaign-congress-district.txt")]
    assert "to commit" not in found and "to release the full results" not in found


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "A campaign aide who requested anonymity to discuss private conversations said the"
            " memo had leaked.",
            "A campaign aide",
        ),
        (
            "Two advisers who were granted anonymity to describe internal deliberations said the"
            " memo had leaked.",
            "Two advisers",
        ),
        (
            "A donor who spoke on condition of anonymity to discuss closed-door meetings said"
            " the memo had leaked.",
            "A donor",
        ),
    ],
)
def test_a_sources_anonymity_and_its_purpose_stay_with_the_source(text: str, head: str):
    [(content, speaker, _)] = named(text)
    assert content == "the memo had leaked"
    assert speaker is not None and speaker.startswith(head)


@pytest.mark.parametrize(
    "text",
    [
        "An aide, who insisted on anonymity, said the memo had leaked.",
        "A strategist, who insisted on anonymity to describe the talks, said the memo had leaked.",
    ],
)
def test_insisting_on_anonymity_is_a_sources_condition(text: str):
    assert contents(text) == ["the memo had leaked"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Brenner insisted on a recount.", "on a recount"),
        ("Brenner insisted the memo was fake.", "the memo was fake"),
        ("The aide who handled private conversations said the memo was fake.", "the memo was fake"),
    ],
)
def test_insisting_on_another_thing_stays_a_statement(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The group aired an ad this week that calls Brenner “a career insider.”", "an ad"),
        ("The campaign posted a video on Friday that accuses Marin of skipping votes.", "a video"),
        ("The party mailed a flyer last month which says Marin “raised your rent.”", "a flyer"),
    ],
)
def test_a_time_between_a_message_and_its_relative_clause_leaves_the_message_speaking(
    text: str, speaker: str
):
    [(_, found)] = [(c, s) for c, s, _ in attributed(text)]
    assert found is not None and (found.name, found.kind) == (speaker, "document")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Umber Tuesday said the count would resume.", "Umber"),
        ("The poll released Friday shows Marin ahead.", "The poll"),
        ("The campaign aired an ad that calls Marin “a tourist.”", "an ad"),
    ],
)
def test_times_before_a_cue_and_relatives_without_a_time_read_as_before(text: str, speaker: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The commercial says Brenner “forgot the valley.”",
        "A mailer claims Brenner skipped 40 votes.",
        "The pamphlets say the levy would double.",
    ],
)
def test_a_campaigns_literature_is_a_document(text: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and found.kind == "document"


def test_a_commercial_lender_stays_a_lender():
    [(_, found, _)] = attributed("A commercial lender said rates would fall.")
    assert found is not None and found.kind != "document"


@pytest.mark.parametrize(
    "text",
    [
        "The crowd booed when Brenner mentioned the governor.",
        "The hall cheered each time Brenner mentioned Marin.",
        "Supporters groaned when she mentioned her Republican opponent.",
    ],
)
def test_a_person_mentioned_is_whom_a_speech_was_about(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Brenner mentioned that Marin had skipped the debate.", "Marin had skipped the debate"),
        ("Brenner mentioned Marin as a possible running mate.", "Marin as a possible running mate"),
    ],
)
def test_a_claim_mentioned_stays_a_statement(text: str, content: str):
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Brenner did not mention Marin by name.",
        "Marin never mentioned his opponent by name.",
        "The governor did not mention Marin.",
    ],
)
def test_a_person_not_mentioned_is_no_statement(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“She won the night,” most said.", "most"),
        ('"He looked tired," some said after the debate.', "some"),
        ("“We will knock on every door,” two said.", "two"),
        ("“It was a disaster,” many said.", "many"),
    ],
)
def test_a_count_standing_for_people_after_a_quotation_is_its_speaker(text: str, speaker: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and (found.name, found.kind) == (speaker, "group")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“She won the night,” others said.", "others"),
        ("“She won the night,” Marin, 58, said.", "Marin"),
        ("Most said the debate changed nothing.", "Most"),
    ],
)
def test_other_speakers_after_a_quotation_and_counts_opening_a_sentence_read_as_before(
    text: str, speaker: str
):
    [(_, found, _)] = attributed(text)
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Send her home!” some in the crowd shouted.", "some in the crowd"),
        ("“We want Marin!” many in the audience chanted.", "many in the audience"),
        ("Some in the hall said the speech ran long.", "Some in the hall"),
    ],
)
def test_a_count_of_people_in_a_gathering_speaks_as_that_part(text: str, speaker: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and (found.name, found.kind) == (speaker, "group")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A man in the crowd said he was leaving.", "A man in the crowd"),
        ("Officials in the county said the count was over.", "Officials in the county"),
    ],
)
def test_a_person_or_a_group_in_a_place_reads_as_before(text: str, speaker: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Tom Marin spoke in Akron. “It was a rout,” said one of his advisers.",
            "one of his advisers",
            "person",
        ),
        (
            "Ann Brenner spoke in Akron. “It was a rout,” several of her aides said.",
            "several of her aides",
            "group",
        ),
        ("“It was a rout,” said two of her donors.", "two of her donors", "group"),
    ],
)
def test_a_partitive_of_someones_people_after_a_quotation_speaks(
    text: str, speaker: str, kind: str
):
    [(_, found, _)] = attributed(text)
    assert found is not None and (found.name, found.kind) == (speaker, kind)


def test_a_partitive_before_a_named_appositive_leaves_the_name_speaking():
    text = "Ann Brenner spoke. “We will win,” said one of her old friends, Ed Pratt."
    [(_, found, _)] = attributed(text)
    assert found is not None and found.name == "Ed Pratt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was a rout,” said two donors.", "two donors"),
        ("“She owns the suburbs,” said one of the canvassers.", "one of the canvassers"),
        ("“We lost the room,” a Marin surrogate said.", "a Marin surrogate"),
        ("“Best rally yet,” said two attendees.", "two attendees"),
    ],
)
def test_the_people_of_a_campaign_and_its_crowds_speak(text: str, speaker: str):
    [(_, found, _)] = attributed(text)
    assert found is not None and found.name == speaker
