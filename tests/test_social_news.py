"""Stories built on social-media posts and videos as a new analyst reads them: constructions
found by trying whosaid on invented stories of a mayor's deleted post, an airline's outage with
customers posting and a feud between two singers on video apps (in tests/data/speakers/), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, named, speaker_of

# --- an account speaks as its owner -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Bluefin Airways halted 30 flights. The airline's official account wrote that crews "
            "were clearing the road.",
            "Bluefin Airways",
            "organization",
        ),
        (
            "Bluefin Airways halted 30 flights. The airline's account responded: “We are sorry.”",
            "Bluefin Airways",
            "organization",
        ),
        (
            "Skyline Rail halted 30 trains. Skyline's customer care account told riders that "
            "buses would run.",
            "Skyline",
            "organization",
        ),
        ("The city's account on Facebook said the dam would hold.", "The city", "organization"),
        (
            "Mira Tal lost the vote. Tal's Instagram page said she would run again.",
            "Mira Tal",
            "person",
        ),
    ],
)
def test_an_owners_account_speaks_as_its_owner(text: str, name: str, kind: str):
    (*_, (_, speaker, _)) = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Brill Transit account on X said the line would reopen.", "Brill Transit"),
        ("The official Bluefin Airways account wrote that crews were coming.", "Bluefin Airways"),
    ],
)
def test_a_name_before_an_account_is_its_owner(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The city's account of the fire said it began at noon.",  # a narrative, no account
        "The account said the dam would hold.",  # no owner named
        "The Instagram account said the dam would hold.",  # a network, no owner
        "A Juno Vale fan account wrote that the album was a masterpiece.",  # not hers
        "Juno Vale's parody account wrote that the album was a masterpiece.",
    ],
)
def test_an_account_with_no_owner_or_of_events_stays_a_document(text: str):
    assert speaker_of(text)[1] == "document"


# --- a handle given as a user's name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One fan, posting under the handle @tealfox, wrote that the show was a mess.", "@tealfox"),
        ("A user, known as @dockrat, said the ferry was late.", "@dockrat"),
        ("A reader, using the username @bramble_9, wrote that the road flooded.", "@bramble_9"),
    ],
)
def test_a_handle_in_an_aside_names_the_unnamed_user(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One fan, replying to @tealfox, wrote that the show was great.", "One fan"),
        ("Ana Roy, posting as @anaroy, wrote that the show was great.", "Ana Roy"),
        ("The mayor, who was tagged by @dockrat, said the ferry was fine.", "The mayor"),
    ],
)
def test_a_handle_addressed_or_beside_a_name_names_no_one(text: str, name: str):
    assert [n for _, n, _ in named(text)][-1] == name


# --- captions and answers with no content --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Screenshot of Rhee's video, posted Sunday.",
        "A photo of the flooded road, posted Tuesday morning.",
        "The account was replying to hundreds of customers an hour.",
        "Marlowe responded the next morning with a video on Instagram.",
        "Ola Finch responded with a video on TikTok.",
        "Lee replied within the hour.",
    ],
)
def test_a_caption_or_an_answer_with_no_words_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee replied that the mayor was wrong.", "the mayor was wrong"),
        ("Lee replied to reporters that the plan was sound.", "the plan was sound"),
        ("Lee replied in a post that the plan was sound.", "the plan was sound"),
        ("Lee replied Monday that the mayor was wrong.", "the mayor was wrong"),
        ("Lee responded with a question: “Who pays?”", "Who pays?"),
        ("Lee responded to critics by saying the plan was sound.", "the plan was sound"),
    ],
)
def test_an_answer_with_words_keeps_them(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


# --- an aside naming the network, then a time, before "that" -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dana Roe wrote on X, formerly known as Twitter, late Sunday that the pier was unsafe.",
        "Dana Roe wrote on X, formerly Twitter, on Sunday that the pier was unsafe.",
        "Vale told the Gazette, a weekly paper, on Friday that the pier was unsafe.",
        "Dana Roe wrote on X, formerly known as Twitter, that the pier was unsafe.",
    ],
)
def test_an_aside_and_a_time_before_that_are_no_content(text: str):
    assert [c for c, _, _ in named(text)] == ["the pier was unsafe"]


# --- the three invented stories -------------------------------------------------------------


def test_the_mayors_deleted_post_has_its_speakers():
    assert (
        missing_speakers(
            "social-mayor-deleted-post.txt",
            [
                ("homeowners on Millrace Road", "Dana Whitfield", "person"),
                ("I chose my words badly", "Dana Whitfield", "person"),
                ("My residents are pumping", "Marcus Obi", "person"),
                ("the post showed", "@harbourwatcher", "person"),
                ("Nobody told me anything", "Tamsin Reyes", "person"),
                ("the province was", "Ontario Ministry of Municipal Affairs", "organization"),
                ("I have spent the day", "Dana Whitfield", "person"),
                ("the wording was hers", "Dana Whitfield", "person"),
            ],
        )
        == []
    )


def test_the_mayors_deleted_post_has_no_caption_or_refusal_as_a_statement():
    text = (ARTICLES / "social-mayor-deleted-post.txt").read_text(encoding="utf-8")
    found = [c for c, _, _ in attributed(text)]
    assert not any(c.startswith(("A screenshot", "formerly")) for c in found)
    assert not any("request for comment" in c for c in found)
    assert "Ont" not in {n for _, n, _ in named(text)}  # the town's province, no mayor's name


def test_the_airline_outage_has_its_speakers():
    assert (
        missing_speakers(
            "social-airline-outage.txt",
            [
                ("it was ", "Northwind Air", "organization"),
                ("We are so sorry", "Northwind Air", "organization"),
                ("This is not the experience", "Gordon Pell", "person"),
                ("Six hours on the floor", "Hana Kowalczyk", "person"),
                ("Northwind really said", "@yyzfrequentflyer", "person"),
                ("Keep your receipts", "Marc-André Lessard", "person"),
                ("I have spoken with", "Ravi Chandran", "person"),
                ("A software failure", "Tobias Wren", "person"),
            ],
        )
        == []
    )


def test_the_airline_outage_has_no_reply_count_or_listener_as_a_statement():
    text = (ARTICLES / "social-airline-outage.txt").read_text(encoding="utf-8")
    assert not any(c.startswith(("to hundreds", "one passenger")) for c, _, _ in attributed(text))


def test_the_video_feud_has_its_speakers():
    assert (
        missing_speakers(
            "social-video-feud.txt",
            [
                ("she had “stopped caring", "Juno Vale", "person"),
                ("I wrote every song", "Kiki Marlowe", "person"),
                ("Cute notebook", "Juno Vale", "person"),
                ("This isn't about Kiki", "Ola Brennan", "person"),
                ("Love you Kiki", "Juno Vale", "person"),
                ("Nominations are decided", "Meridian Music Awards", "organization"),
                ("she had “never seen Juno", "@kikismyqueen", "person"),
                ("Juno is done", "@kikismyqueen", "person"),
            ],
        )
        == []
    )


def test_the_video_feud_has_no_caption_or_reply_as_a_statement():
    text = (ARTICLES / "social-video-feud.txt").read_text(encoding="utf-8")
    found = [c for c, _, _ in attributed(text)]
    assert not any(c.startswith(("Screenshot", "the next morning")) for c in found)


# --- a statement put on a network is its poster's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Bellow Foods posted a statement on Instagram. "We are fair," the statement said.',
            "Bellow Foods",
        ),
        (
            "Bellow Foods posted a statement on its official X account. “We are fair,” the "
            "statement said.",
            "Bellow Foods",
        ),
        ("Ida Cole shared a statement on X. “I am fine,” the statement said.", "Ida Cole"),
    ],
)
def test_a_statement_posted_on_a_network_is_the_posters(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


def test_a_statement_put_on_no_network_keeps_its_old_reading():
    text = (
        "Ida Cole was on X all night. Police issued a statement. “She is fine,” the statement said."
    )
    assert [n for _, n, _ in named(text)] == ["the statement"]


# --- a town's state or province after it is no name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“It will stop,” said the mayor of Fresno, Calif., on Monday.", "the mayor of Fresno"),
        ("“It will stop,” said the mayor of Brill, Ont.", "the mayor of Brill"),
        ("“It will stop,” said a nurse from Moncton, N.B., on Monday.", "a nurse from Moncton"),
        (
            "The mayor of Kessel, Sask., apologized Tuesday. She said the road would reopen.",
            "The mayor of Kessel",
        ),
    ],
)
def test_a_towns_state_after_a_role_is_no_name(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“It will stop,” said the mayor of Brill, Ana Roy.", "Ana Roy"),
        ("“It will stop,” said the mayor of Brill, Roy.", "Roy"),
        ("“It will stop,” said a nurse from Moncton, Ana Roy, on Monday.", "Ana Roy"),
    ],
)
def test_a_name_after_a_role_of_a_town_still_speaks(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


# --- one listener told ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The airline told one passenger that the delay was out of its hands.", "the delay was"),
        ("The airline told one passenger the delay was out of its hands.", "the delay was"),
        ("Lee told one resident that the water was safe.", "the water was safe"),
        # near-misses: "one" opening the content's subject
        ("Lee warned one officer would be fired.", "one officer would"),
        ("Lee said one passenger was hurt.", "one passenger was hurt"),
    ],
)
def test_one_person_told_is_a_listener_not_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A user who goes by @dockrat posted a photo of the pier, with the caption “Closed "
            "again, of course.”",
            "@dockrat",
        ),
        (
            "A user named @dockrat shared a photo of the pier, with the caption “Closed again, "
            "of course.”",
            "@dockrat",
        ),
        # near-misses: a handle pictured, not the poster's; a named poster
        (
            "A user posted a photo of @dockrat, with the caption “Closed again, of course.”",
            "A user",
        ),
        (
            "Ana Roy posted a photo of the pier, with the caption “Closed again, of course.”",
            "Ana Roy",
        ),
    ],
)
def test_a_captioned_post_is_the_handles_that_names_its_poster(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


# --- a time told from another between the cue and its content ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt said the next day that the ferry was unsafe.",
        "Ivo Brandt wrote the following morning that the ferry was unsafe.",
        "Ivo Brandt posted hours later that the ferry was unsafe.",
        "Ivo Brandt said two days later that the ferry was unsafe.",
        "Ivo Brandt said the next day the ferry was unsafe.",
        "Ivo Brandt replied the next day that the ferry was unsafe.",
    ],
)
def test_a_time_told_from_another_is_no_content(text: str):
    assert [c for c, _, _ in named(text)] == ["the ferry was unsafe"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: the same words as the content's subject
        ("Ivo Brandt said the next day would be hard.", "the next day would be hard"),
        ("Ivo Brandt said the next week was crucial.", "the next week was crucial"),
        (
            "Ivo Brandt said the following week's vote would be close.",
            "the following week's vote would be close",
        ),
    ],
)
def test_a_time_as_the_contents_subject_stays(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


# --- a prize's body by its ceremony's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tallis Film Awards said the vote was fair.", "Tallis Film Awards"),
        (
            "The Tallis Film Awards posted a statement on Instagram. “Every vote counts,” the "
            "statement said.",
            "Tallis Film Awards",
        ),
    ],
)
def test_an_awards_body_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_winner_of_awards_still_speaks_as_herself():
    text = "Ana Lee swept the Tallis Film Awards. She said the vote was fair."
    assert speaker_of(text)[:2] == ("Ana Lee", "person")


# --- "the post read" after a later poster ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ada Roy posted on X that she was done. One fan, posting under the handle "
            "@tealfox, wrote that Roy looked tired. The post, which has since been deleted, "
            "read: “Roy is finished.”",
            "@tealfox",
        ),
        (
            "Ada Roy posted on X that she was done. Ben Hale, a fan, wrote that the vote was "
            "rigged. The post read: “Roy is finished.”",
            "Ben Hale",
        ),
        # near-miss: one who said, no poster, after the post's own venue
        (
            "Ada Roy posted on X that she was done. Ben Hale said the vote was rigged. The "
            "post read: “Roy is finished.”",
            "Ada Roy",
        ),
    ],
)
def test_the_post_read_is_the_last_posters(text: str, name: str):
    assert [n for _, n, _ in named(text)][-1] == name
