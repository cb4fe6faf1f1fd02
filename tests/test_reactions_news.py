"""Reaction round-ups as a new analyst reads them: many short statements from many people
after a verdict, a death or an election night, posts on social networks, statements of
offices, families and foreign bodies. Constructions found by trying whosaid on three
invented round-ups (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, missing_speakers, named, speaker_of, speakers_by_opening


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Coach Lia Brandt wrote on Instagram on Sunday. “We lost a friend,” the post read.",
            "Lia Brandt",
            "person",
        ),
        (
            "Captain Tomas Reyes posted to TikTok late Friday that he was sad. "
            "“Keep your heads up,” the video said.",
            "Tomas Reyes",
            "person",
        ),
        (
            "Tomas Reyes, the club’s captain, posted to TikTok late Friday that he was sad. "
            "“Keep your heads up,” the video said.",
            "Tomas Reyes",
            "person",
        ),
        (
            "The Marlow Rowing Club said on Facebook that the regatta was off. "
            "“Stay safe, everyone,” the post read.",
            "Marlow Rowing Club",
            "organization",
        ),
    ],
)
def test_the_post_read_after_a_post_on_a_network_is_the_posters(text: str, name: str, kind: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "“We lost a friend,” the post read.",
        "Ann Lee said the vote was close. “It is over now,” the post read.",
    ],
)
def test_the_post_read_with_no_poster_on_a_network_stays_a_document(text: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("the post", "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Councillor Ida Marsh shared a photo of the rink. “She taught me to skate,” "
            "Marsh’s post read.",
            "Ida Marsh",
        ),
        (
            "Senator Paul Oyelaran issued a statement late Monday. “The court has spoken,” "
            "Oyelaran’s statement said.",
            "Paul Oyelaran",
        ),
        (
            "Mayor Rui Santos said in a statement that he was saddened. “A giant has gone,” "
            "his statement read.",
            "Rui Santos",
        ),
    ],
)
def test_a_message_owned_by_someone_heard_before_is_theirs(text: str, name: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a report is the body's document, not a message of its words
        (
            "The Transit Board met on Monday. Delays are rising, the board’s report said.",
            "board’s report",
        ),
        ("“It was unsafe,” Marsh’s lawyer said.", "Marsh’s lawyer"),
    ],
)
def test_a_report_or_a_role_owned_by_someone_is_not_their_message(text: str, name: str):
    *_, (_, speaker, _) = attributed(text)
    assert speaker is not None
    assert speaker.name.endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Amy Rusk wrote on Instagram on Monday. She did not elaborate.",
        "The goalie posted on Facebook late Sunday.",
        "Deputy Mayor Kofi Bright wrote on X.",
    ],
)
def test_a_network_after_a_verb_of_writing_is_where_not_what(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Councillor Amy Rusk wrote on X on Monday that she was heartbroken.",
            "she was heartbroken",
        ),
        ("The goalie posted on Facebook: “See you next season.”", "See you next season."),
        ("Bo Lind wrote Instagram had removed his post.", "Instagram had removed his post"),
    ],
)
def test_what_was_written_after_the_network_is_still_reported(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.rstrip(".") == content.rstrip(".")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Premier-designate Ilse Marr said she would name a cabinet.",
            "Ilse Marr",
            "Premier-designate",
        ),
        ("Mayor-elect Tom Bryce told supporters the work begins now.", "Tom Bryce", "Mayor-elect"),
        (
            "Prime Minister-designate Sara Lund said the vote was a mandate.",
            "Sara Lund",
            "Prime Minister-designate",
        ),
        ("Governor-elect Nia Shaw said the budget came first.", "Nia Shaw", "Governor-elect"),
        ("Premier Ilse Marr said she would name a cabinet.", "Ilse Marr", "Premier"),
    ],
)
def test_an_office_won_and_not_yet_taken_is_a_title(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_an_office_won_alone_is_a_role():
    assert speaker_of("The mayor-elect said the transition would be smooth.") == (
        "The mayor-elect",
        "person",
        "mayor-elect",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norway's delegation to Canada said it welcomed the ruling.",
            "Norway's delegation to Canada",
        ),
        (
            "Chile's mission to the United Nations said it was concerned.",
            "Chile's mission to the United Nations",
        ),
        (
            "The Dutch embassy to the Holy See said it had no comment.",
            "Dutch embassy to the Holy See",
        ),
    ],
)
def test_the_place_an_envoy_is_sent_to_does_not_speak(text: str, name: str):
    found, kind, _ = speaker_of(text)
    assert (found.removeprefix("The "), kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The trip to Canada was cancelled, Ann Ruiz said.", "Ann Ruiz"),
        ("Norway's ambassador to Canada, Ola Berg, said the ruling was fair.", "Ola Berg"),
        ("A spokesman in Tokyo said the talks had ended.", "A spokesman"),
    ],
)
def test_other_places_after_to_or_in_keep_their_speakers(text: str, name: str):
    assert speaker_of(text)[0].startswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Nico Vance, @nicovance on X, wrote that the call was a scandal.",
        "Ina Voss, @inavoss, wrote that the call was a scandal.",
    ],
)
def test_a_handle_beside_a_name_is_no_role(text: str):
    name, _, role = speaker_of(text)
    assert (name[:3], role) in (("Nic", None), ("Ina", None))


def test_a_role_beside_a_name_is_still_read():
    assert speaker_of("Ina Voss, a lawyer, wrote that the call was a scandal.") == (
        "Ina Voss",
        "person",
        "lawyer",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Her family said in a statement that Ada Roy died at home. “Mom loved this town,” the "
        "family said.",
        "The family of Ada Roy said she died at home. “Mom loved this town,” the family said.",
        "Ada Roy’s relatives said she died at home. “She loved this town,” the relatives said.",
    ],
)
def test_the_family_again_is_the_family_heard_before(text: str):
    first, second = (speaker for _, speaker, _ in attributed(text))
    assert first is not None and second is not None
    assert first.id == second.id


def test_the_family_after_two_families_stays_apart():
    text = (
        "Ada Roy’s family said she died at home. Ben Cole’s family said he was hurt. "
        "“We are shaken,” the family said."
    )
    assert [n for _, n, _ in named(text)][-1] == "the family"


VERDICT = "reactions-verdict.txt"
DEATH = "reactions-death.txt"
ELECTION = "reactions-election.txt"


def test_the_verdict_round_up_keeps_its_reactions_and_their_speakers():
    expected = [
        ("Today the people of Dunmore", "Helena Barr", "person"),
        ("his client was disappointed", "Martin Osei", "person"),
        ("the town could finally", "Ann Kwan", "person"),
        ("This has been a painful chapter", "Ann Kwan", "person"),
        ("Nobody wins when public trust", "Theo Braga", "person"),
        ("We will look at every contract", "Rachel Dufour", "person"),
        ("a win for every ratepayer", "Dunmore Taxpayers Association", "organization"),
        ("the case had been", "Stan Okafor", "person"),
        ("Our members follow the rules", "Ontario Paving Contractors Council", "organization"),
        ("Dad, we love you", "Emma Pike", "person"),
        ("Rest assured, we are watching", "Dunmore Ratepayers Alliance", "organization"),
    ]
    assert missing_speakers(VERDICT, expected) == []
    found = speakers_by_opening(VERDICT)
    assert not any(c.startswith(("Others were", "Sentencing")) for c, _, _ in found)
    assert not any(n == "Halverton Police Service" for _, n, _ in found)


def test_the_death_round_up_keeps_its_tributes_and_their_speakers():
    expected = [
        ("Grieve died peacefully", "Walter Grieve’s family", "group"),
        ("Dad believed that politics", "Walter Grieve’s family", "group"),
        ("a builder in every sense", "Nadia Ferrante", "person"),
        ("Grieve as a fierce defender", "Daniel Aubry", "person"),
        ("Walter Grieve could argue", "Daniel Aubry", "person"),
        ("Aubry had spoken", "Prime Minister’s Office", "organization"),
        ("Grieve had been", "The three Prairie premiers", "group"),
        ("it was saddened", "Germany’s foreign ministry", "organization"),
        ("Rest easy, Walter", "The Lakeland Hockey Club", "organization"),
        ("Our condolences go", "Sarah Muskwa", "person"),
    ]
    assert missing_speakers(DEATH, expected) == []
    found = speakers_by_opening(DEATH)
    assert not any(c.startswith(("Not all the reactions", "a photo")) for c, _, _ in found)


def test_the_election_round_up_keeps_its_reactions_and_their_speakers():
    expected = [
        ("Tonight the people chose change", "Lila Moreau", "person"),
        ("The voters have spoken", "Conrad Vale", "person"),
        ("It has been the honour", "Conrad Vale", "person"),
        ("the result was", "Femi Adeyemi", "person"),
        ("Congratulations to Lila Moreau", "Daniel Aubry", "person"),
        ("Our city is ready", "Ann Kwan", "person"),
        ("it expected the new government", "Coastal Fishermen's Union", "organization"),
        ("it would", "Blue Shore", "organization"),
        ("turnout was 61.4 per cent", "Elections Office", "organization"),
        ("it congratulated", "European Union's delegation to Canada", "organization"),
        ("We deserved to lose tonight", "Omar Sayed", "person"),
    ]
    assert missing_speakers(ELECTION, expected) == []
    found = speakers_by_opening(ELECTION)
    assert not any(n in ("Canada", "Premier-designate Lila Moreau") for _, n, _ in found)
    assert not any(c.startswith(("Others were", "Vale did not")) for c, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "“See you at the rink,” he wrote, adding a photo of the two of them.",
        "“We will rebuild,” the mayor posted, adding a broken-heart emoji.",
        "She thanked the volunteers, adding the hashtag #HarbourStrong.",
    ],
)
def test_a_photo_or_a_hashtag_added_to_a_post_is_no_statement(text: str):
    assert not any(cue == "adding" for _, _, cue in named(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“We will rebuild,” he wrote, adding that the arena would reopen.", "the arena would"),
        ("“We will rebuild,” he wrote, adding the photo had been taken in May.", "the photo had"),
        ("The coach praised the team, adding two players were hurt.", "two players were"),
    ],
)
def test_what_is_added_after_a_post_is_still_reported(text: str, content: str):
    assert any(found.startswith(content) for found, _, _ in named(text))


@pytest.mark.parametrize(
    "text",
    [
        "The post, which has since been deleted, read: “Nobody is sorry.”",
        "The tweet, since removed, read: “Justice is dead in Brill County.”",
        "The caption, which ran under a photo of the pier, read: “Gone fishing, forever.”",
    ],
)
def test_a_post_with_an_aside_before_read_gives_its_words(text: str):
    [(content, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.kind == "document"
    assert cue == "read" and content[:6] in text


def test_a_reader_with_an_aside_reads_no_words():
    assert attributed("The student, who was 19, read “Hamlet” aloud.") == []


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Premier Dale Hinds paid tribute to Morrow as a man of principle.",
            "Morrow as a man of principle",
            "Dale Hinds",
        ),
        (
            "Teammates paid homage to Ruiz as a leader who never quit.",
            "Ruiz as a leader who never quit",
            "Teammates",
        ),
        (
            "The coach pays tribute to his players as “the toughest group I have had.”",
            "his players as “the toughest group I have had",
            "The coach",
        ),
    ],
)
def test_a_tribute_paid_to_someone_as_what_they_were_is_a_statement(
    text: str, content: str, name: str
):
    [(found, speaker, _)] = named(text)
    assert (found, speaker) == (content, name)


@pytest.mark.parametrize(
    "text",
    [
        "Fans paid tribute to Morrow as the hearse passed.",
        "Crowds paid tribute to the victims as the bells rang out.",
        "The premier paid tribute to Morrow as well.",
        "Leaders from across the country paid tribute to Morrow on Sunday.",
    ],
)
def test_a_tribute_paid_with_no_as_what_is_no_statement(text: str):
    assert attributed(text) == []
