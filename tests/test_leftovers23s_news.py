"""Session 23's leftovers on speakers: each a construction class tested on invented sentences,
with near-misses that must not change, and a floor over three invented articles."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, speakers_by_opening

from tui.core.extract import extract
from tui.core.model import Article
from tui.core.statements import find_statements


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, speaker kind) of each statement of `text`, after a headline."""
    return [
        (content, speaker.name if speaker else None, speaker.kind if speaker else None)
        for content, speaker, _ in attributed("A headline\n\n" + text)
    ]


# -- the body a spokesperson speaks for, or a document's author, is "the company" after --


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A spokesman for Dunmere Foods said the plant would reopen.\n\n"
            "The company said it had hired 30 workers.",
            "Dunmere Foods",
        ),
        (
            "A spokeswoman for Pellan Energy said crews were out all night.\n\n"
            "The utility said power would be back by Friday.",
            "Pellan Energy",
        ),
        (
            "“The line is closed,” a spokesperson for Varro Logistics Inc. told reporters.\n\n"
            "The company said repairs would take a week.",
            "Varro Logistics Inc",
        ),
        (
            "Research published by Orvane Analytics shows rents rose 9 per cent.\n\n"
            "The company said the rise was the steepest in a decade.",
            "Orvane Analytics",
        ),
    ],
)
def test_the_body_a_spokesperson_speaks_for_is_the_company_after(text: str, body: str):
    *_, (_, name, kind) = _said(text)
    assert (name, kind) == (body, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no body's name, a person's lawyer, a mayor's spokeswoman
        "A spokesman for the company said the plant would reopen.\n\nThe company said it "
        "had hired 30 workers.",
        "A lawyer for Dana Kell said the deal was fair.\n\nThe firm said it would appeal.",
        "A spokeswoman for Mayor Dana Kell said the budget was sound.\n\nThe city said "
        "taxes would rise.",
        "Ola Brandt, an analyst at Penfold Bank, said margins were thin.\n\nThe company "
        "said it would cut costs.",
    ],
)
def test_no_body_named_in_the_voice_leaves_the_description_as_before(text: str):
    *_, (_, name, _) = _said(text)
    assert name is not None and name.lower().startswith("the ")


def test_a_body_mentioned_since_the_spokesperson_still_wins():
    text = (
        "A spokesman for Dunmere Foods said the plant would reopen. Brill Dairy also "
        "commented.\n\nThe company said it had hired 30 workers."
    )
    assert _said(text)[-1][1] == "Brill Dairy"


# -- "the official" after the one named person an appositive described so --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Ruiz, a senior official, said talks had stalled.\n\n"
            "The official said the deadline would not move.",
            "Ana Ruiz",
        ),
        (
            "Tomas Gall, a senior government official, said the audit was late.\n\n"
            "The official said it would be published in May.",
            "Tomas Gall",
        ),
        (
            "Ines Varga, a police officer, said the road was closed. The officer said "
            "detours were posted.",
            "Ines Varga",
        ),
    ],
)
def test_the_official_is_the_one_named_person_described_so(text: str, name: str):
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: two described so, or another brought in between
        "Tom Bale, a senior official, said talks had stalled. Ana Ruiz, a senior official, "
        "disagreed.\n\nThe official said the deadline would not move.",
        "Ana Ruiz, a senior official, said talks had stalled. Another official was less "
        "sure.\n\nThe official said the deadline would not move.",
    ],
)
def test_the_official_stays_unnamed_when_two_may_be_meant(text: str):
    *_, (_, name, _) = _said(text)
    assert name is not None and name.lower() == "the official"


# -- a saying relayed by people there to hear it: both statements --


@pytest.mark.parametrize(
    ("text", "inner", "speaker"),
    [
        (
            "The army chief told senators an attack could come within weeks, according to "
            "two people who attended.",
            "an attack could come within weeks",
            "The army chief",
        ),
        (
            "Mayor Ann Lowe told council the budget was balanced, according to a person in "
            "the room.",
            "the budget was balanced",
            "Ann Lowe",
        ),
        (
            "The coach said the team would appeal, according to three witnesses present.",
            "the team would appeal",
            "The coach",
        ),
    ],
)
def test_a_saying_relayed_by_people_who_heard_it_is_the_speakers_too(
    text: str, inner: str, speaker: str
):
    found = _said(text)
    assert (inner, speaker) in [(content, name) for content, name, _ in found]
    assert any(content.startswith(text.split(" ")[0]) for content, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: sources not told as there; a clause of no one's saying
        "Ana Ruiz said the plant would close, according to two people familiar with the plan.",
        "Ana Ruiz told aides the plant would close, the source added.",
        "The plan would cost $40 million, according to two people who attended.",
    ],
)
def test_other_sources_still_report_the_whole_sentence(text: str):
    [_] = _said(text)


# -- "what it said was": the free relative's subject speaks --


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The ministry released a photo of what it said was a damaged bridge.",
            "was a damaged bridge",
            "The ministry",
        ),
        (
            "Acme Corp aired footage of what it said was the boat turning back.",
            "was the boat turning back",
            "Acme Corp",
        ),
        (
            "The army released video of what it said were drones over the base.",
            "were drones over the base",
            "The army",
        ),
    ],
)
def test_what_it_said_was_is_the_subjects_claim(text: str, content: str, name: str):
    [(said, speaker, _)] = _said(text)
    assert (said, speaker) == (content, name)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a pseudo-cleft, a clause after the free relative
        ("What she said was that the vote was rigged.", "the vote was rigged"),
        ("Nobody knows what Lee says his plan would do.", None),
    ],
)
def test_pseudo_clefts_read_as_before(text: str, content: str | None):
    found = [said for said, _, _ in _said(text)]
    assert found == ([content] if content else found)
    assert all("was the" not in said for said in found)


def test_an_aside_it_in_the_subject_is_not_the_subjects_body():
    text = "The median monthly fee, it claims, will reach $85."
    assert all(name is None or "monthly" not in name for _, name, _ in _said(text))


# -- a verb after the noun opening a sentence ends the subject --


@pytest.mark.parametrize(
    "text",
    [
        'Police arrested two men carrying signs that read "No new towers."',
        "The station aired footage on Monday. It said the boat turned back.",
        "Officers detained 12 protesters. They said the march was peaceful.",
    ],
)
def test_a_verb_and_its_object_are_no_part_of_the_speaker(text: str):
    for _, name, _ in _said(text):
        assert name is None or not any(w in name for w in ("arrested", "aired", "detained"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: a participle before its noun, a participle after it, a noun compound
        ("The newly elected council said the budget was sound.", "The newly elected council"),
        ("Residents affected by the flood said help was slow.", "Residents affected"),
        ("Police officers said the road was closed.", "Police officers"),
    ],
)
def test_modifiers_of_the_subject_still_are(text: str, name: str):
    [(_, speaker, _)] = _said(text)
    assert speaker is not None and speaker.startswith(name)


# -- the lede's unnamed person, named as the next paragraph's subject --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A neighbour told jurors she heard two shots.\n\nOdile Farrant, 61, testified "
            "on the second day of the trial. She said the lights went out first.",
            "Odile Farrant",
        ),
        (
            "A nurse told the inquiry the ward was short-staffed for months.\n\nMarta "
            "Osei testified on Tuesday. She said she had raised it with managers twice.",
            "Marta Osei",
        ),
    ],
)
def test_the_ledes_person_is_the_one_named_next(text: str, name: str):
    assert _said(text)[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: someone described apart, someone the news is about
        "A neighbour told jurors she heard two shots.\n\nAna Ruiz, a nurse, said she "
        "treated the victim.",
        "A neighbour told jurors she heard two shots.\n\nOdile Farrant, 61, waited 14 "
        "hours for police. She said nobody came.",
    ],
)
def test_a_person_named_next_otherwise_is_not_the_ledes(text: str):
    assert _said(text)[0][1] == "A neighbour"


# -- the post of a body that posted it --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kelby Rowing Club posted a message on Facebook. “We are heartbroken,” "
            "the post read.",
            "Kelby Rowing Club",
        ),
        (
            'Acme Foods shared a statement on X. "We will rebuild," the post read.',
            "Acme Foods",
        ),
    ],
)
def test_the_post_is_the_bodys_that_posted_it(text: str, name: str):
    [(_, speaker, kind)] = _said(text)
    assert speaker is not None and speaker.lower() == name.lower() and kind == "organization"


def test_a_persons_post_still_is_the_persons():
    text = "Ada Roy wrote on Instagram on Sunday. “Forever grateful to all of you,” the post read."
    assert _said(text)[0][1] == "Ada Roy"


# -- a document word opening the sentence with its participle and agent --


@pytest.mark.parametrize(
    "text",
    [
        "Polling released by the Harbourline Institute on Monday found 58 per cent backed it.",
        "Research published by Orvane Analytics shows rents rose 9 per cent.",
    ],
)
def test_a_document_with_its_agent_is_a_document(text: str):
    [(_, name, kind)] = _said(text)
    assert kind == "document" and name is not None and " by " in name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polling shows the Liberals ahead.", "Polling"),
        # its author kept, as "A report prepared by Deloitte" and "Polling released by ..." are
        # (one reading for a document and its agent, whatever its determiner)
        (
            "A report released by the Harbourline Institute found rents rose.",
            "A report released by the Harbourline Institute",
        ),
    ],
)
def test_other_documents_read_as_before(text: str, name: str):
    [(_, speaker, kind)] = _said(text)
    assert (speaker, kind) == (name, "document")


# -- a time word before a verb of its own is the content's subject --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said the evening raised $9,000.", "the evening raised $9,000"),
        ("He said the night went well.", "the night went well"),
        ("The coach said the morning started badly.", "the morning started badly"),
    ],
)
def test_a_time_word_with_a_verb_after_it_opens_the_content(text: str, content: str):
    [(said, _, _)] = _said(text)
    assert said == content


@pytest.mark.parametrize(
    ("text", "content", "when"),
    [
        ("She said Tuesday evening the plan was dead.", "the plan was dead", "Tuesday evening"),
        ("Lee said last week prices fell.", "prices fell", "last week"),
        ("The mayor said on Monday the deal closed.", "the deal closed", "on Monday"),
    ],
)
def test_a_time_adjunct_still_is_when(text: str, content: str, when: str):
    full = "A headline\n\n" + text
    [statement] = find_statements(full)[1]
    assert (full[slice(*statement.span)], statement.when) == (content, when)


# -- floors over the three invented articles --


def test_ferry_outage_floor():
    name = "leftovers23s-ferry-outage.txt"
    expected = [
        ("crews had replaced", "A spokeswoman for Kessel Power", "person"),
        ("it expected the last 600", "Kessel Power", "organization"),
        ("We brought in crews", "A spokeswoman for Kessel Power", "person"),
        ("the province would review", "Ana Ruiz", "person"),
        ("the review would look", "Ana Ruiz", "person"),
        ("If the lines had been cleared", "Dev Mathur", "person"),
        ("the ferry company would add", "A spokesman for Orlin Marine Services", "person"),
        ("it would not charge fares", "Orlin Marine Services", "organization"),
        ("Small shops cannot carry", "Colleen Barra", "person"),
    ]
    assert missing_speakers(name, expected) == []
    names = [n for _, n, _ in speakers_by_opening(name)]
    assert not any(n and "arrested" in n for n in names)


def test_marina_trial_floor():
    name = "leftovers23s-marina-trial.txt"
    expected = [
        ("she heard three shots", "Odile Farrant", "person"),
        ("she had been reading", "Odile Farrant", "person"),
        ("It was dark, but", "Odile Farrant", "person"),
        ("Jonah was part of our family", "the Halloway Bay Yacht Club", "organization"),
        ("the Crown would show", "Martin Oyelaran", "person"),
        ("phone records would place", "Martin Oyelaran", "person"),
        ("What you read or hear", "Helen Abara", "person"),
    ]
    assert missing_speakers(name, expected) == []
    contents = [c for c, _, _ in speakers_by_opening(name)]
    assert not any(c.startswith(("She declined", "to comment")) for c in contents)


def test_harbour_vote_floor():
    name = "leftovers23s-harbour-vote.txt"
    text = (ARTICLES / name).read_text(encoding="utf-8")
    expected = [
        ("a cyberattack on port systems", "The country's spy chief", "person"),
        ("People saw the shelves", "Ingrid Vasquez", "person"),
        ("he would move amendments", "Rowan Teague", "person"),
        ("the footage showed a routine", "The coast guard", "organization"),
    ]
    assert missing_speakers(name, expected) == []
    found = speakers_by_opening(name)
    polled = next(k for c, _, k in found if c.startswith("58 per cent"))
    assert polled == "document"
    assert any(c.startswith("The country's spy chief told") for c, _, _ in found)
    statements = extract(Article(id="t", text=text)).statements
    assert all(text[slice(*s.span)] != "raised more than $90,000" for s in statements)


# -- a subject after a fronted phrase and its copula is the sentence's subject --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for the ministry said the dinner was private.\n\nAmong the "
            "guests was Ana Ruiz. She said the evening raised $9,000.",
            "Ana Ruiz",
        ),
        (
            "A spokesperson for the ministry said the dinner was private.\n\nIn the front "
            "row was Ed Hale. He said the speech was too long.",
            "Ed Hale",
        ),
        (
            "Tom Bale said the dinner was private.\n\nBeside the stage were Ed Hale and Ana "
            "Ruiz. She said the speech was too long.",
            "Ana Ruiz",
        ),
    ],
)
def test_an_inverted_subject_is_the_one_a_pronoun_after_stands_for(text: str, name: str):
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the name inside the fronted phrase, or after a comma
        "Tom Bale said the dinner was private.\n\nWith Ed Hale was his wife. He said the "
        "speech was too long.",
        "Tom Bale said the dinner was private.\n\nAt the table, next to the mayor, was Ed "
        "Hale, who left early. He said the speech was too long.",
    ],
)
def test_names_not_inverted_subjects_read_as_before(text: str):
    assert _said(text)[-1][1] == "Tom Bale"
