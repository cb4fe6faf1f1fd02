"""Attributions in every place a news story puts them: inside a quoted sentence, after a long
appositive or a fronted adverbial, after a dash, before a colon, over several paragraphs, in
"as X put it", "in the words of X" and "X's words". Constructions found by trying whosaid on
invented stories (a dock strike, a fraud verdict, a museum reopening, in
tests/data/speakers/placement-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, named, speakers_by_opening

# -- a dash attribution: the name, then maybe its appositive, up to the sentence's end --


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        (
            "Pay talks failed.\n\n“Nobody wants to stand in the rain.” — Abdi Farah, a docker "
            "at Berth 4.",
            "Nobody wants to stand in the rain",
            "Abdi Farah",
            "docker at Berth 4",
        ),
        (
            'The fair opened.\n\n"I came for the pies. I stayed for the band." — Noor Haddad, '
            "41, a baker from Tulla\n\nThe fair closes on Sunday.",
            "I came for the pies. I stayed for the band",
            "Noor Haddad",
            "baker from Tulla",
        ),
        (
            "The ward reopened.\n\n“It feels like a new hospital.” — Ruth Okafor, a nurse on "
            "the night shift",
            "It feels like a new hospital",
            "Ruth Okafor",
            "nurse on the night shift",
        ),
    ],
)
def test_a_dash_attribution_takes_the_name_and_its_appositive(
    text: str, content: str, name: str, role: str
) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        "The fair opened.\n\n“I came for the pies.” — a promise the baker kept all day.",
        "The fair opened.\n\n“I came for the pies.” — the sign over the stall, in red.",
    ],
)
def test_a_dash_before_no_name_names_no_speaker(text: str) -> None:
    assert all(speaker is None for _, speaker, _ in attributed(text))


# -- "“...” were Lee's only words", "“...” — Lee's words at a rally — was painted ..." --


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Ivan Petrov was sentenced on Friday.\n\n“I regret nothing” were Petrov’s only "
            "words as he was led away.",
            "I regret nothing",
            "Ivan Petrov",
        ),
        (
            "Marta Silva leads the nurses.\n\n“Safe staffing saves lives” — Silva’s words at a "
            "march last year — is printed on every placard.",
            "Safe staffing saves lives",
            "Marta Silva",
        ),
        (
            "Marta Silva leads the nurses.\n\n“Safe staffing saves lives” — those were "
            "Silva’s words as she left.",
            "Safe staffing saves lives",
            "Marta Silva",
        ),
        (
            'Marta Silva leads the nurses.\n\n"Safe staffing saves lives" - her motto since '
            "2019 - is printed on every placard.",
            "Safe staffing saves lives",
            "Marta Silva",
        ),
    ],
)
def test_a_quotation_named_as_someones_words_is_theirs(text: str, content: str, name: str) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Marta Silva leads the nurses.\n\n“Safe staffing saves lives” — the slogan of the "
        "march — is printed on every placard.",
        "Marta Silva leads the nurses.\n\n“Safe staffing saves lives” — that was the headline.",
        "Marta Silva leads the nurses.\n\n“Safe staffing saves lives” — Silva’s placard at a "
        "march last year — was seen on the news.",
    ],
)
def test_a_quotation_set_off_by_no_noun_of_saying_has_no_speaker(text: str) -> None:
    assert attributed(text) == []


# -- "In the words of X, an appositive, the content": the content after the appositive --


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        (
            "In the words of Hana Sato, a transport analyst at Kell University, the plan is "
            "“a bridge to nowhere.”",
            "the plan is “a bridge to nowhere",
            "Hana Sato",
            "transport analyst at Kell University",
        ),
        (
            "In the words of the chief inspector, Detective Inspector Paul Greer, the raid was "
            "“textbook.”",
            "the raid was “textbook",
            "Paul Greer",
            "Detective Inspector",  # the title before the name, the role
        ),
        (
            "In the words of Omar Dane, the mayor, the budget is “a mess.”",
            "the budget is “a mess",
            "Omar Dane",
            "mayor",
        ),
    ],
)
def test_in_the_words_of_a_source_and_its_appositive(
    text: str, content: str, name: str, role: str
) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


def test_in_the_words_of_a_source_before_a_subject_and_its_aside_reads_as_before() -> None:
    [(said, speaker, _)] = attributed(
        "In the words of one aide, the plan, which failed twice, was “a disaster.”"
    )
    assert said == "the plan, which failed twice, was “a disaster"
    assert speaker is not None and speaker.name == "one aide"


# -- "..., and, in the words of X, “...”": the quotation a predicate of its own --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The gallery spent $9 million on its roof and, in the words of its director, "
            "“nearly went under.”",
            "nearly went under",
        ),
        (
            "The bridge is finished but, in Ann Lee’s words, “nobody will ever use it.”",
            "nobody will ever use it",
        ),
    ],
)
def test_a_words_aside_after_a_coordinator_gives_the_quotation_alone(
    text: str, content: str
) -> None:
    assert attributed(text)[-1][0] == content


def test_a_words_aside_inside_a_clause_still_gives_the_clause() -> None:
    [(said, _, _)] = attributed("The plan was, in Ann Lee’s words, “a disaster.”")
    assert said == "The plan was, in Ann Lee’s words, “a disaster"


# -- a clause of when it was said between a cue and its quotation --


@pytest.mark.parametrize(
    "text",
    [
        "As Kemal Aydin put it when the night shift arrived, “We can outlast them.”",
        "Kemal Aydin said as the crowd cheered, “We can outlast them.”",
        "Kemal Aydin said after the votes were counted, “We can outlast them.”",
    ],
)
def test_a_when_clause_before_the_quotation_is_no_part_of_it(text: str) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == "We can outlast them"
    assert speaker is not None and speaker.name == "Kemal Aydin"


def test_a_participle_after_before_is_another_act_with_its_own_quotation() -> None:
    found = named("“Keep the doors shut,” Aydin says before asking them, “Who has the key?”")
    assert [content for content, _, _ in found] == ["Keep the doors shut", "Who has the key?"]


# -- an appositive that tells what the speaker was doing is no role --


@pytest.mark.parametrize(
    "text",
    [
        "Leticia Moyo, giving evidence on Tuesday, said she had checked the figures.",
        "Leticia Moyo, giving testimony at the inquiry, said she had checked the figures.",
        "Leticia Moyo, testifying Tuesday, said she had checked the figures.",
    ],
)
def test_a_doing_participles_appositive_is_no_role(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Leticia Moyo" and speaker.role is None


def test_a_participle_that_modifies_a_role_keeps_it() -> None:
    [(_, speaker, _)] = attributed(
        "Leticia Moyo, opening batsman for the club, said she had checked the figures."
    )
    assert speaker is not None and speaker.role == "opening batsman for the club"


# -- "The chair, retired shipbuilder Hal Nkem," a trade by its ending before the name --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its chair, retired shipbuilder Harold Nkemelu, said the vote was close.",
            "Harold Nkemelu",
        ),
        ("Her husband, boatbuilder Tomas Reyes, said the roof would hold.", "Tomas Reyes"),
        (
            "The treasurer, veteran bookbinder Ilse Marr, laughed at the question. “We were "
            "broke,” she said.",
            "Ilse Marr",
        ),
    ],
)
def test_a_trade_before_an_apposed_name_leaves_the_name_the_speaker(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The chair, after Harold Nkemelu resigned, said the vote was close.",
        "The chair, together Harold Nkemelu and the treasurer, said the vote was close.",
    ],
)
def test_a_word_in_er_of_no_trade_before_a_name_is_no_apposition(text: str) -> None:
    assert all(speaker is None or speaker.name == "The chair" for _, speaker, _ in attributed(text))


# -- "his brother-in-law found guilty of laundering": a passive, its "was" left out --


@pytest.mark.parametrize(
    "text",
    [
        "Jury convicts Omar Rees on five counts; his business partner found guilty of laundering",
        "Former mayor found not guilty of bribery",
        "Refinery found liable for 2019 spill",
        "The baker found guilty of tax fraud will be sentenced in May.",
    ],
)
def test_found_before_a_verdict_with_no_object_is_a_passive(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Auditors found guilty pleas had risen by a third.", "guilty pleas had risen by a third"),
        ("The driver was found guilty by a jury.", "The driver was found guilty"),
    ],
)
def test_found_before_a_noun_or_with_its_agent_reads_as_before(text: str, content: str) -> None:
    assert attributed(text)[0][0] == content


# -- "“...,” as Lee put it", "“...,” in the words of Lee": the attribution after the quotation --


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The levy passed.\n\nThe new fees are “a tax on being young,” as Priya Nair put it.",
            "The new fees are “a tax on being young",
            "Priya Nair",
        ),
        (
            "The levy passed.\n\n“It is a tax on being young,” as Priya Nair said.",
            "It is a tax on being young",
            "Priya Nair",
        ),
        (
            'The levy passed.\n\nThe fees are "a tax on being young," as Priya Nair put it '
            "on Friday.",
            'The fees are "a tax on being young',
            "Priya Nair",
        ),
    ],
)
def test_as_someone_put_it_after_a_quotations_comma(text: str, content: str, name: str) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and speaker.name == name


def test_as_a_source_put_it_after_another_attribution_takes_the_quotations_clause() -> None:
    found = named(
        "Several mayors echo her worry, partly because while most towns must match the grant, "
        "the main test is a “proven local need,” as a ministry circular put it."
    )
    assert found[-1][:2] == ("the main test is a “proven local need", "a ministry circular")
    assert found[0][1:] == ("Several mayors", "echo")


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        (
            "The march was long.\n\n“We will be back every Friday,” in the words of Ines Duval, "
            "the organiser.",
            "We will be back every Friday",
            "Ines Duval",
            "organiser",
        ),
        (
            "The march was long.\n\nThe cuts are “a betrayal,” in Ines Duval’s words.",
            "The cuts are “a betrayal",
            "Ines Duval",
            None,
        ),
    ],
)
def test_in_the_words_of_someone_after_a_quotations_comma(
    text: str, content: str, name: str, role: str | None
) -> None:
    [(said, speaker, _)] = attributed(text)
    assert said == content
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


def test_in_the_words_of_no_speaker_after_a_quotation_is_nobodys() -> None:
    assert (
        attributed("The march was long.\n\nThe cuts are “a betrayal,” in the words of the song.")
        == []
    )


# -- "Said Ann Ellis, a nurse: “...”": an inverted cue opening the sentence, an appositive --


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The vote was close.\n\nSaid Tomas Berg, the board chair: “We did what we could.”",
            "Tomas Berg",
            "board chair",
        ),
        (
            "The vote was close.\n\nSays Ana Ruiz, a nurse at the clinic: “We did what we could.”",
            "Ana Ruiz",
            "nurse at the clinic",
        ),
        (
            "The vote was close.\n\nAdded Berg, the board chair: “We did what we could.”",
            "Berg",
            "board chair",
        ),
    ],
)
def test_an_opening_inverted_cue_with_an_appositive_before_a_colon(
    text: str, name: str, role: str
) -> None:
    [(said, speaker, cue)] = attributed(text)
    assert said == "We did what we could"
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)
    assert cue is not None


def test_a_label_with_its_role_before_a_colon_reads_as_before() -> None:
    [(said, speaker, _)] = attributed(
        "**Ada Vance, planner:** “Keep the pension and sell the boat.”"
    )
    assert speaker is not None and (speaker.name, speaker.role) == ("Ada Vance", "planner")


# -- "X had a blunt message for the staff: “...”": a noun of saying allows a longer clause --


@pytest.mark.parametrize(
    "text",
    [
        "The vote was close.\n\nTomas Berg had a simple message for the staff: “Thank you all "
        "very much.”",
        "The vote was close.\n\nTomas Berg, the chair, had a short answer for his critics: “Read "
        "the minutes first.”",
    ],
)
def test_a_colon_after_a_message_for_someone_gives_the_subjects_words(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Tomas Berg"


# -- "“Not today,” came the reply from Lee": whom the answer came from --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The vote was close.\n\n“Not today,” came the reply from Tomas Berg, the board chair.",
            "Tomas Berg",
        ),
        (
            "The vote was close.\n\n“Not today, and not tomorrow” was the blunt answer from the "
            "mayor.",
            "the mayor",
        ),
    ],
)
def test_a_quotation_that_came_as_someones_reply(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The vote was close.\n\n“Not today,” came the reply from the back of the hall.",
        "The vote was close.\n\n“Not today” came the letter from the bank.",
    ],
)
def test_a_reply_from_no_speaker_names_none(text: str) -> None:
    assert all(speaker is None for _, speaker, _ in attributed(text))


# -- "the union" after "the Harbour and Transport Workers Union": the name with its "and" --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kofi Mensah is branch secretary of the Harbour and Transport Workers Union. "
            "The union says pay is low.",
            "Harbour and Transport Workers Union",
        ),
        (
            "Ivo Sandor, an official of the Food and Allied Workers Union, said pay is low. "
            "The union says talks failed.",
            "Food and Allied Workers Union",
        ),
    ],
)
def test_a_body_named_with_and_is_named_whole(text: str, name: str) -> None:
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name.removeprefix("the ") == name


def test_two_bodies_joined_by_and_stay_apart() -> None:
    speaker = attributed(
        "Talks between the Army and Air Force stalled. The force said it was ready."
    )[-1][1]
    assert speaker is not None and speaker.name == "Air Force"


# -- "The deputy, Omar Saleh, agreed. “...”": a new voice by its role and name takes the turn --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lena Fischer said the count was fair. “We did it by the book.”\n\n"
            "The deputy, Omar Saleh, agreed. “Every box was sealed.”",
            "Omar Saleh",
        ),
        (
            "Lena Fischer said the count was fair. “We did it by the book.”\n\n"
            "A steward, Ruth Amadi, nodded. “Every box was sealed.”",
            "Ruth Amadi",
        ),
    ],
)
def test_a_role_and_name_opening_the_sentence_before_a_floating_quotation(
    text: str, name: str
) -> None:
    speaker = attributed(text)[-1][1]
    assert speaker is not None and speaker.name == name


def test_a_possessed_role_before_a_floating_quotation_is_not_taken() -> None:
    # "His father, Anton," may be the speaker's own father: the quotation stays unread
    found = named(
        "Walter Kessel runs the shop. He says it nearly closed.\n\n"
        "His father, Anton, sat in the car for an hour.\n\n“Dad never told anyone.”"
    )
    assert all(name != "Anton" for _, name, _ in found)


# -- the three invented stories, their key facts --


def _found(name: str) -> list[tuple[str, str | None]]:
    return [(content, speaker) for content, speaker, _ in speakers_by_opening(name)]


def _said_by(found: list[tuple[str, str | None]], opening: str) -> str | None:
    """The speaker of the first statement whose content opens with `opening`."""
    return next(speaker for content, speaker in found if content.startswith(opening))


def test_the_dock_strike_story() -> None:
    found = _found("placement-port-strike.txt")
    assert _said_by(found, "We are not asking for the moon") == "Kofi Mensah"
    assert _said_by(found, "Our door remains open") == "Helena Marsh"  # over paragraphs
    assert _said_by(found, "They said it in 2015") == "Dolores Quintero"
    assert _said_by(found, "A promise from this company") == "Tomasz Wiśniewski"  # a colon
    assert _said_by(found, "Not one job for a robot") == "Kofi Mensah"  # "Mensah's words"
    assert _said_by(found, "the strike is “a fight") == "Samuel Adeyemi"  # in the words of
    assert _said_by(found, "Nobody here wants to stand") == "Abdi Farah"  # a dash
    assert _said_by(found, "We can wait longer") == "Kofi Mensah"  # as X put it
    union = _said_by(found, "its members have had")
    assert union is not None and union.endswith("Harbour and Transport Workers Union")


def test_the_fraud_verdict_story() -> None:
    found = _found("placement-fraud-verdict.txt")
    assert not any(content.startswith("guilty of") for content, _ in found)
    assert _said_by(found, "the scheme was “simple") == "Owen Pryce"  # in the words of
    assert _said_by(found, "I have nothing to say") is not None  # "were Ferreira's words"
    assert _said_by(found, "Today’s verdict brings") == "Fiona Abernathy"  # over paragraphs
    assert _said_by(found, "the council failed the people") == "Fiona Abernathy"  # put it
    assert _said_by(found, "Somebody should have asked") == "Joseph Kowalczyk"


def test_the_museum_reopening_story() -> None:
    found = _found("placement-museum-reopening.txt")
    assert _said_by(found, "came close to breaking") == "Miriam Achterberg"  # and, in the words
    assert _said_by(found, 'The roof," Achterberg said') == "Miriam Achterberg"
    assert _said_by(found, "I may have been a bit") == "Harold Nkemelu"  # a trade's appositive
    assert _said_by(found, "For a long time maritime") == "Thomas Baptiste"  # over paragraphs
    assert _said_by(found, "I've waited four years") == "Femi Adebayo"  # a dash, an appositive
    assert _said_by(found, "My great-grandfather") == "Lucia Ferrante"


# -- "Standing on the steps, Lee read it and said: “...”": the participle opens no subject --


@pytest.mark.parametrize(
    "text",
    [
        "Standing on the steps, Lena Fischer read the result aloud and said: “It is final.”",
        "Holding a sign, Lena Fischer marched to the hall and told reporters: “It is final.”",
    ],
)
def test_an_opening_participles_phrase_is_no_subject_of_a_joined_cue(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Lena Fischer"


def test_a_surname_in_ing_before_its_verb_is_still_the_subject() -> None:
    [(_, speaker, _)] = attributed(
        "Ruth Manning chairs it. Manning read the result and said: “It is final.”"
    )
    assert speaker is not None and speaker.name == "Ruth Manning"


# -- "The count was, she insisted, “as fair as any”": a comparison resumes the predicate --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lena Fischer ran it. The count was, she insisted, “as fair as any in the country.”",
            "The count was, she insisted, “as fair as any in the country",
        ),
        (
            "Lena Fischer ran it. The ward is, she said, as clean as any in the city.",
            "The ward is, she said, as clean as any in the city",
        ),
    ],
)
def test_a_comparison_after_an_inserted_cue_goes_on_with_the_content(
    text: str, content: str
) -> None:
    assert attributed(text)[-1][0] == content


@pytest.mark.parametrize(
    "text",
    [
        "Lena Fischer ran it. The count was fair, she said, as she left the hall.",
        "Lena Fischer ran it. The count was fair, she said, as far as she knew.",
    ],
)
def test_a_clause_of_as_after_an_inserted_cue_is_still_no_content(text: str) -> None:
    assert attributed(text)[-1][0] == "The count was fair"


# -- "The count — Lee said — was fair": an attribution set off by dashes, as by commas --


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The count — Lena Fischer said — was fair.", "The count — Lena Fischer said — was fair"),
        (
            "Lena Fischer ran it. The new wards — she told the board — were ready in May.",
            "The new wards — she told the board — were ready in May",
        ),
    ],
)
def test_an_attribution_between_dashes_interrupts_its_content(text: str, content: str) -> None:
    [(said, speaker, _)] = attributed(text)[-1:]
    assert said == content
    assert speaker is not None and speaker.name == "Lena Fischer"


def test_a_dash_before_the_cue_alone_interrupts_nothing() -> None:
    [(said, _, _)] = attributed("The count was fair — Lena Fischer said.")
    assert said == "The count was fair"


@pytest.mark.parametrize(
    "text",
    [
        "The count was fair, said Lena Fischer, anyway.",
        "The count was fair. So says Lena Fischer, anyway.",
    ],
)
def test_a_connective_adverb_after_an_inverted_cue_is_no_role(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == "Lena Fischer" and speaker.role is None


@pytest.mark.parametrize(
    "text",
    [
        "Walter Kessel runs the shop.\n\nKessel's father, Anton, sat in the car for an hour.\n\n"
        "“Dad never told anyone.”",
        "The mill closed in May.\n\nThe owner's son, Anton, sat in the car for an hour.\n\n"
        "“Dad never told anyone.”",
    ],
)
def test_a_role_possessed_by_a_noun_before_a_floating_quotation_is_not_taken(text: str) -> None:
    # "Kessel's father, Anton," is kin as "His father, Anton," is: maybe the speaker's
    assert all(name != "Anton" for _, name, _ in named(text))


def test_a_surname_in_ing_before_a_preposition_with_no_subject_after_stays_the_subject() -> None:
    # "Standing on the steps, Lee ...": a participle, Lee speaks; "Browning on the bench read
    # ... and said": no comma, no other subject, the surname speaks
    found = named(
        "The jury returned.\n\nBrowning on the bench read the verdict and said: “Guilty.”"
    )
    assert [name for _, name, _ in found] == ["Browning"]
    found = named(
        "The jury returned.\n\nStanding on the bench, Lee read the verdict and said: “Guilty.”"
    )
    assert [name for _, name, _ in found] == ["Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "The gate was shut.\n\n“No entry” — Hale, and then the police, ignored the sign.",
        "The gate was shut.\n\n“No entry” — Hale, it seems, never read the sign.",
    ],
)
def test_a_dash_before_a_name_and_a_clause_names_no_speaker_of_the_quotation(text: str) -> None:
    # the appositive after a dash attribution is a description of the name, not a clause
    assert all(not (content == "No entry" and name == "Hale") for content, name, _ in named(text))
