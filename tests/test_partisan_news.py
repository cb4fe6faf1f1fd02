"""Openly partisan and tabloid-leaning US news as a new analyst reads it: constructions found by
trying whosaid on invented stories of a senator's feud over a loan program, a mayor's police
cuts and a governor's border boast (in tests/data/speakers/), each tested here on other
invented sentences: loaded verbs of blame and praise, their objects, the narrator's own
verdict set after what was said, and the allies a name is picked out of."""

import pytest
from extraction_helpers import attributed, missing_speakers, named, speaker_of, speakers_by_opening

# --- a stance in the subject's relative clause ends before the sentence's own verb ----------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Parents who opposed the bus cuts packed the gym on Monday.", "the bus cuts"),
        ("Donors who backed the senator will meet in Tulsa.", "the senator"),
        ("Ranchers who praised the water deal have since turned on it.", "the water deal"),
        ("Voters who opposed the transit levy turned out in force.", "the transit levy"),
    ],
)
def test_a_relative_clauses_object_ends_before_the_subjects_own_verb(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near misses: a verb inside the object, after "to", an auxiliary or "that"
        (
            "Groups who opposed the plan to have the county pay were furious.",
            "the plan to have the county pay",
        ),
        (
            "Voters who opposed the levy that was passed in March were angry.",
            "the levy that was passed in March",
        ),
        # a verb of the clause itself after "and", not the sentence's own
        (
            "He met farmers who oppose the dam and said they were right.",
            "the dam and said they were right",
        ),
        # no relative clause: the object runs on as before
        ("Lee opposed the levy that was passed in March.", "the levy that was passed in March"),
    ],
)
def test_a_verb_inside_the_object_or_the_clause_does_not_end_it(text: str, content: str):
    assert attributed(text)[0][0].rstrip(".") == content


# --- a verb of blame or praise: its object ends before a clause of time or cause ------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sen. Ivo Pratt slammed the treasurer after an audit found gaps.", "the treasurer"),
        ("Dora Vance blasted the board because its members had skipped the vote.", "the board"),
        ("Rep. Kit Moreau praised the sheriff when he closed the case.", "the sheriff"),
        ("Organizers mocked the mayor before Hal Brent spoke.", "the mayor"),
    ],
)
def test_a_judgement_verbs_object_ends_before_a_clause_of_time_or_cause(text: str, content: str):
    assert attributed(text)[0][0] == content


def test_the_finding_in_such_a_clause_is_reported_by_its_own_source():
    text = "Sen. Ivo Pratt slammed the treasurer after an audit found that the fund was short."
    assert [(c, n) for c, n, _ in named(text)] == [
        ("the treasurer", "Ivo Pratt"),
        ("the fund was short", "an audit"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time with no clause of its own stays with the object
        ("Sen. Ivo Pratt slammed the treasurer after the vote.", "the treasurer after the vote"),
        # a demand's clause of time is part of what is demanded
        (
            "Dora Vance demanded that the board resign before the audit ends.",
            "the board resign before the audit ends",
        ),
        (
            "Kit Moreau said the clinic would close when the lease ran out.",
            "the clinic would close when the lease ran out",
        ),
    ],
)
def test_other_cues_keep_their_clause_of_time(text: str, content: str):
    assert attributed(text)[0][0].rstrip(".") == content


# --- the narrator's verdict after what was said --------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Gov. Ana Ruelas boasted that wait times had halved, a claim her own agency disputes.",
            "wait times had halved",
        ),
        (
            "Hal Brent insisted the mill would reopen, an assertion workers quickly mocked.",
            "the mill would reopen",
        ),
        (
            "Ruelas said the fund was “fully repaid,” a claim that auditors have rejected.",
            "the fund was “fully repaid",
        ),
        (
            "Brent said the levy would pass, a view shared by few on the board.",
            "the levy would pass",
        ),
    ],
)
def test_the_narrators_summing_apposition_is_not_what_was_said(text: str, content: str):
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # apposed inside what was said, which resumes after it
        (
            "Brent said the levy, a move that critics called reckless, would pass in May.",
            "the levy",
        ),
        # a description with no source of its own
        (
            "Brent said the count was over, a claim that stunned the room.",
            "the count was over, a claim that stunned the room",
        ),
        # a noun of the content itself
        (
            "Brent said the town made a promise, a pledge to cut fees.",
            "the town made a promise, a pledge to cut fees",
        ),
    ],
)
def test_an_apposition_inside_the_content_or_no_verdict_is_left_as_it_was(text: str, content: str):
    assert attributed(text)[0][0].rstrip(".") == content


# --- allies, one of them named --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The sheriff's allies, including commissioner Rae Tolliver, said the jail was safe.",
            "The sheriff's allies",
        ),
        (
            "Union leaders, including president Ike Ramsey, said the cuts were reckless.",
            "Union leaders",
        ),
        (
            "Local pastors, among them the Rev. Jo Abara, said the shelter was full.",
            "Local pastors",
        ),
    ],
)
def test_the_many_before_including_speak_not_the_one_named(text: str, name: str):
    # the one named is no role of the many (review 20, finding 10)
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.role) == (name, "group", None)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Her husband, the retired welder Ned Cole, said the plant was unsafe.",
            "Ned Cole",
            "husband",
        ),
        (
            "The union's president, veteran organizer Ike Ramsey, said the cuts were reckless.",
            "Ike Ramsey",
            "union's president",
        ),
    ],
)
def test_a_role_before_a_name_in_an_appositive_still_names_the_speaker(
    text: str, name: str, role: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Allies on the county board said the vote was rigged.", "Allies on the county board"),
        ("The senator's allies said the vote was rigged.", "The senator's allies"),
        ("Allies of the mayor said the vote was rigged.", "Allies of the mayor"),
    ],
)
def test_allies_are_a_group_of_people(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "group")


def test_an_ally_described_after_a_name_is_that_persons_role():
    [(_, speaker, _)] = attributed("Mae Ortiz, a longtime ally of the mayor, said the deal died.")
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.role) == (
        "Mae Ortiz",
        "person",
        "longtime ally of the mayor",
    )


# --- a title-case headline's negated auxiliary ----------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Gov. Ana Ruelas Mocked After Bragging About Jobs Boom That Wasn’t\n\nBody text here.",
        "Sen. Hal Brent Slammed Over Tax Cut That Isn’t\n\nBody text follows here.",
    ],
)
def test_that_before_a_headlines_negated_auxiliary_is_a_relative_pronoun(headline: str):
    assert attributed(headline) == []


def test_a_headlines_negated_auxiliary_in_what_is_said_stays_in_it():
    text = "Mayor Ann Bexley Insists Budget Wasn’t Cut\n\nBody text follows here."
    assert [c for c, _, _ in attributed(text)] == ["Budget Wasn’t Cut"]


# --- the invented articles ------------------------------------------------------------------

ARTICLE_STATEMENTS = {
    "partisan-senator-tweet.txt": [
        ("Trevor Lindahl handed out", "Marla Quist", "person"),
        ("she would subpoena", "Marla Quist", "person"),
        ("The senator knows", "Trevor Lindahl", "person"),
        ("staff in the loan office", "a watchdog report", "document"),
        ("one of the firms", "the Capital Courier", "media"),
        ("There was enormous pressure", "a former loan officer", "person"),
        ("Senator Quist has taken", "Dana Whitcomb", "person"),
        ("a subpoena fight", "Colt Haverly", "person"),
        ("I have the votes", "Marla Quist", "person"),
        ("$412 million had gone", "a watchdog report", "document"),
    ],
    "partisan-mayor-budget.txt": [
        ("The mayor promised us", "Dwayne Okafor", "person"),
        ("Nobody cut anything", "Luis Ferreira", "person"),
        ("We are running shifts", "Karen Strobel", "person"),
        ("average response times", "a report by the Westbrook Sentinel", "document"),
        ("more cops have never", "Westbrook Forward", "organization"),
        ("I voted for him", "Ramona Pike", "person"),
        ("the crisis teams only began", "Ferreira's allies on the council", "group"),
        ("It's far too early", "Nadia Burke", "person"),
        ("the cuts", "Activists", "group"),
    ],
    "partisan-border-report.txt": [
        ("We did in six months", "Wade Sorensen", "person"),
        ("Maybe the governor should", "Alma Reyes", "person"),
        ("The governor was referring", "Rick Abernathy", "person"),
        ("I have looked for those numbers", "Helen Park", "person"),
        ("the unit was", "Don Pettibone", "person"),
        ("He didn’t need to exaggerate", "One GOP lawmaker", "person"),
        ("More officers, same math", "Alma Reyes", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_STATEMENTS))
def test_the_invented_partisan_articles_keep_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_STATEMENTS[name]) == []


def test_the_senators_judgement_ends_before_the_reports_finding():
    found = speakers_by_opening("partisan-senator-tweet.txt")
    slam = next(c for c, _, _ in found if c.startswith("Trevor Lindahl, who"))
    assert "watchdog" not in slam


def test_the_governors_boast_holds_no_verdict_of_the_writer():
    found = speakers_by_opening("partisan-border-report.txt")
    boast = next(c for c, n, _ in found if c.startswith("his state’s new border"))
    assert "a claim" not in boast
    assert not any(c == "Wasn’t" for c, _, _ in found)  # the headline's relative clause


def test_no_named_one_of_the_allies_is_made_a_body():
    found = speakers_by_opening("partisan-mayor-budget.txt")
    assert not any(n == "Nadia Burke" and k != "person" for _, n, k in found)
    assert not any("have not backed down" in c for c, _, _ in found)


# --- "before" or "after" a body or people opens a clause, not a document's time -------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ruelas read the memo after the board voted to raise fares.", "the board", "organization"),
        ("Brent tore up the letter before lawmakers voted to cut jobs.", "lawmakers", "group"),
        (
            "Ruelas praised the audit after the council voted to fund it.",
            "the council",
            "organization",
        ),
    ],
)
def test_a_body_after_a_documents_before_or_after_is_a_clauses_subject(
    text: str, name: str, kind: str
):
    _, speaker, _ = attributed(text)[-1]
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The poll before the primary debate found that Ruelas led.",
            "The poll before the primary debate",
        ),
        (
            "A poll after the primary debate found that Brent led.",
            "A poll after the primary debate",
        ),
    ],
)
def test_a_document_before_or_after_an_event_still_speaks(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "document")


# --- a writer's aside after a name: no role ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Quill, visibly shaken, said the count was rigged.",
        "Rosa Quill, never one to back down, said the count was rigged.",
        "Rosa Quill, not known for restraint, said the count was rigged.",
    ],
)
def test_how_a_speaker_was_is_no_role(text: str):
    assert speaker_of(text) == ("Rosa Quill", "person", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Rosa Quill, formerly the county clerk, said the count was rigged.",
            "formerly the county clerk",
        ),
        (
            "Rosa Quill, newly elected mayor of Brill, said the count was rigged.",
            "newly elected mayor of Brill",
        ),
        ("Rosa Quill, previously a lawyer, said the count was rigged.", "previously a lawyer"),
    ],
)
def test_an_adverb_before_a_role_keeps_the_role(text: str, role: str):
    assert speaker_of(text) == ("Rosa Quill", "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tad Orme, as usual, said the count was rigged.", "Tad Orme"),
        ("The county clerk, as expected, said the count was rigged.", "The county clerk"),
        ("Tad Orme, as mayor, said the count was rigged.", "Tad Orme"),
    ],
)
def test_an_aside_of_as_between_subject_and_cue_is_passed_over(text: str, name: str):
    assert speaker_of(text)[0] == name


# --- a paper named for a time of day or week -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to a report in the Evening Sentinel, the deal was worth $3 million.",
            "a report in the Evening Sentinel",
        ),
        (
            "The deal was worth $3 million, according to a report in the Sunday Courier.",
            "a report in the Sunday Courier",
        ),
    ],
)
def test_a_papers_name_opening_on_a_time_word_stays_in_the_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_a_day_after_a_name_is_still_no_part_of_the_speaker():
    assert speaker_of("Ann Vosk spoke out Tuesday, saying the deal was bad.")[0] == "Ann Vosk"


# --- a social post embedded whole, signed on the line after it -------------------------------

_POST = (
    "Sen. Vera Olund went further on Monday.\n\n"
    "{post}\n\n"
    "{signature}\n\n"
    "The mayor's office did not respond to a request for comment."
)


@pytest.mark.parametrize(
    ("post", "signature", "content", "name", "kind"),
    [
        (
            "The mayor must go. Today. pic.twitter.com/Qx7bT2",
            "— Vera Olund (@SenVeraOlund) May 2, 2025",
            "The mayor must go. Today",
            "Vera Olund",
            "person",
        ),
        (
            "Every renter in Dunmore deserves better than this. https://t.co/Zr81kP",
            "— Dunmore Renters Union (@DunmoreRenters) May 2, 2025",
            "Every renter in Dunmore deserves better than this",
            "Dunmore Renters Union",
            "organization",
        ),
        (
            "Another broken promise from city hall.",
            "A post shared by Vera Olund (@veraolund)",
            "Another broken promise from city hall",
            "Vera Olund",
            "person",
        ),
    ],
)
def test_an_embedded_post_is_what_its_signing_account_wrote(
    post: str, signature: str, content: str, name: str, kind: str
):
    text = _POST.format(post=post, signature=signature)
    [(found, speaker, cue)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name, speaker.kind, cue) == (content, name, kind, None)


@pytest.mark.parametrize(
    "signature",
    [
        "— Vera Olund",  # a pull quote's credit, no account
        "Vera Olund (@SenVeraOlund) posted it on Monday.",  # prose naming the account
    ],
)
def test_a_line_signing_no_post_takes_nothing_before_it(signature: str):
    text = _POST.format(post="The mayor must go. Today.", signature=signature)
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“Resign now. https://t.co/Ab12Cd,” Olund tweeted.", "Resign now"),
        ("Olund tweeted that the mayor must go pic.twitter.com/Qx7bT2.", "the mayor must go"),
        (
            "Sen. Vera Olund did not wait. She tweeted:\n\n"
            "The mayor must go. https://t.co/Zr81kP\n\nThe mayor did not respond.",
            "The mayor must go",
        ),
    ],
)
def test_a_link_to_the_post_ending_what_was_posted_is_no_part_of_it(text: str, content: str):
    assert attributed(text)[0][0] == content


def test_another_link_ending_what_was_said_stays():
    text = "Olund said the files are at https://example.org/files/audit."
    assert attributed(text)[0][0] == "the files are at https://example.org/files/audit"
