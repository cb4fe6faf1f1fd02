"""Police and court news of Canadian and US local outlets as an analyst reads it: constructions
found by trying whosaid on invented stories of an RCMP release on rural break-ins, a
sentencing hearing for a fatal impaired-driving crash and an AP report of a shooting outside
a bar (in tests/data/speakers/police-*.txt), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    acts_and_contents,
    attributed,
    contents,
    missing_speakers,
    named,
    speaker_names,
    speaker_of,
)

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Surrey RCMP detachment said the driver fled.", "Surrey RCMP detachment"),
        ("The detachment said the driver fled.", "The detachment"),
        ("The major crime unit said the killing was targeted.", "The major crime unit"),
        ("The bomb squad said the parcel was harmless.", "The bomb squad"),
        (
            "The Integrated Homicide Investigation Team said the killing was targeted.",
            "Integrated Homicide Investigation Team",
        ),
        ("The Emergency Response Team said the house was empty.", "Emergency Response Team"),
    ],
)
def test_a_unit_of_a_police_service_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Kelso detachment commander, Staff Sgt. Ann Roy, said the driver fled.",
            "Ann Roy",
            "Kelso detachment commander",
        ),
        ("Lee, who served on the drug squad, said the raid was legal.", "Lee", None),
    ],
)
def test_an_officer_of_a_unit_is_still_a_person(text: str, name: str, role: str | None):
    assert speaker_of(text) == (name, "person", role)


def test_a_quoted_crosshead_is_no_statement():
    text = (
        "Two barns burned near Oxley on Sunday, fire officials said.\n\n"
        "The fire spread quickly, said Fire Chief Dale Moro.\n\n"
        "“We lost everything”\n\n"
        "Nadia Brandt, who keeps sheep on the farm, said the flames reached the house. "
        "“We lost everything,” she said."
    )
    assert [(c, n) for c, n, _ in named(text)] == [
        ("Two barns burned near Oxley on Sunday", "fire officials"),
        ("The fire spread quickly", "Dale Moro"),
        ("the flames reached the house", "Nadia Brandt"),
        ("We lost everything", "Nadia Brandt"),
    ]


@pytest.mark.parametrize("crosshead", ["'Nobody warned us'", "‘Nobody warned us’"])
def test_a_crosshead_in_single_quotes_is_no_statement(crosshead: str):
    text = (
        "A boil-water order was issued in Pell on Monday, the town said.\n\n"
        "The order will last a week, Mayor Ida Crane said.\n\n"
        f"{crosshead}\n\n"
        "Residents said they learned of it from a neighbour."
    )
    assert all("Nobody" not in c for c in contents(text))


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Nobody warned us,” said Ida Crane.",  # its own attribution
        "“Nobody warned us.”",  # a sentence closed: a quote of the paragraph before's speaker
    ],
)
def test_a_quoted_paragraph_with_an_attribution_or_a_full_stop_stays(paragraph: str):
    text = (
        "A boil-water order was issued in Pell on Monday, the town said.\n\n"
        "The order will last a week, Mayor Ida Crane said.\n\n"
        f"{paragraph}\n\n"
        "Residents said they learned of it from a neighbour."
    )
    assert "Nobody warned us" in contents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers found a man with gunshot wounds in the parking lot.",
        "Firefighters found two women injured inside the home.",
        "Deputies found the driver dead at the scene.",
        "Paramedics found him suffering from burns to his arms.",
        "Constables found the hiker trapped under a fallen tree.",
    ],
)
def test_finding_someone_in_a_state_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Investigators found the driver was injured before the crash.", "the driver was"),
        ("A review found patients injured in falls waited hours for care.", "patients injured"),
        ("The coroner found that the man was alive when the fire started.", "the man was alive"),
        ("The study found higher rates of injury in rural areas.", "higher rates of injury"),
    ],
)
def test_a_finding_with_a_clause_or_no_state_stays(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


def test_a_state_found_inside_what_police_said_stays_theirs():
    text = "Officers found a man lying in the street, police said."
    assert named(text) == [("Officers found a man lying in the street", "police", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Crown is asking for a sentence of eight years.", "a sentence of eight years"),
        ("Police are asking for the public's help.", "the public's help"),
        ("The families ask for a public inquiry.", "a public inquiry"),
    ],
)
def test_asking_for_in_every_tense_leaves_the_for(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue.split()[-1]) == (content, "for")


@pytest.mark.parametrize(
    "text",
    [
        "Aird said her client has been sober for a year and has shown real remorse.",
        "Lee said the city has cut staff and has warned that fees will rise.",
        "Aird argued the officers had searched the car and had found nothing.",
    ],
)
def test_a_verb_joined_with_the_contents_own_perfect_is_in_the_content(text: str):
    [(content, _, _)] = attributed(text)
    assert content.endswith(text.split(" and ", 1)[1].rstrip("."))


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # the speaker's own perfect: two statements of the speaker
        ("Lee has said the city cut staff and has warned that fees will rise.", ["said", "warned"]),
        (
            "Lee has said the city has cut staff and has warned that fees will rise.",
            ["said", "warned"],
        ),
        # a comma before "and": a new clause of the speaker's
        (
            "Lee said the council had voted, and had also told reporters that fees would rise.",
            ["said", "told"],
        ),
    ],
)
def test_a_perfect_the_cue_shares_or_after_a_comma_is_the_speakers(text: str, cues: list[str]):
    assert [cue for _, _, cue in attributed(text)] == cues


@pytest.mark.parametrize(
    "text",
    [
        "Mae Dorr died in March. Crown attorney Ruth Pym said the case was strong. "
        "Her sister, Dora Vale, said Dorr loved the lake.",
        "Tom Kell was arrested in May. Sgt. Ed Pym said the case was strong. "
        "His lawyer, Dora Vale, said Kell was innocent.",
    ],
)
def test_a_possessive_role_is_left_unowned_when_someone_who_never_spoke_may_own_it(text: str):
    speakers, _ = find_statements(text)
    vale = next(s for s in speakers if s.name == "Dora Vale")
    assert vale.role in {"sister", "lawyer"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # no one else of that gender named: the last speaker's
        (
            "Crown attorney Ruth Pym said the case was strong. Her sister, Dora Vale, said "
            "Pym was tired.",
            "Dora Vale",
            "sister of Ruth Pym",
        ),
        # a body a speaker has speaks for that speaker
        (
            "Tom Kell was arrested in May. Sgt. Ed Pym said the case was strong. His office "
            "said the report was wrong.",
            "Ed Pym’s office",
            "office of Ed Pym",
        ),
        # the other one named has spoken: the last speaker's
        (
            "Rob Dunn said fares would rise. Sgt. Ed Pym said the case was strong. His "
            "lawyer, Dora Vale, said Pym was right.",
            "Dora Vale",
            "lawyer of Ed Pym",
        ),
    ],
)
def test_a_possessive_role_without_a_silent_rival_is_the_speakers(text: str, name: str, role: str):
    speakers, _ = find_statements(text)
    assert (name, role) in {(s.name, s.role) for s in speakers}


@pytest.mark.parametrize(
    "text",
    [
        "The man is facing charges of fraud over $5,000.",
        "Police laid two new charges of theft against the teens.",
        "Ruiz was arrested on charges of arson and mischief.",
        "Ruiz pleaded guilty to charges of assault.",
        "Prosecutors filed charges of assault against the guard.",
    ],
)
def test_charges_a_court_hears_are_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rivals have leveled charges of corruption against the mayor.", "Rivals"),
        ("Critics renewed charges that the council hid the report.", "Critics"),
    ],
)
def test_charges_someone_makes_stay_statements(text: str, speaker: str):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Residents have warned for years that the bridge is unsafe.", "the bridge is unsafe"),
        ("Residents have complained for months about the noise.", "the noise"),
        ("Parents have pushed for decades for a crossing guard.", "a crossing guard"),
        ("Lee testified for two hours that the brakes failed.", "the brakes failed"),
    ],
)
def test_how_long_someone_has_said_it_is_no_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Jurors heard that the victim had been stabbed 14 times.", "the victim had been"),
        ("The trial heard the knife was never found.", "the knife was never found"),
    ],
)
def test_what_jurors_or_a_trial_heard_is_speech_of_no_one_named(text: str, content: str):
    [(found, speaker, _)] = attributed(text)
    assert found.startswith(content) and speaker is None
    assert acts_and_contents(text)[0][0] == "speech"


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Two jurors said they heard the verdict was unfair.", "Two jurors", "speech"),
        ("Lee heard that the plant would close.", "Lee", "thought"),
    ],
)
def test_jurors_who_speak_and_a_person_who_hears_keep_their_statements(
    text: str, speaker: str, act: str
):
    assert speaker_names(text) == [speaker]
    assert acts_and_contents(text)[0][0] == act


@pytest.mark.parametrize(
    "text",
    [
        "She reported the assault to police in 2019.",
        "She reported it to the local RCMP detachment.",
        "Ruiz reported the crash to RCMP on Friday.",
        "The theft was reported to police on Monday.",
    ],
)
def test_reporting_a_crime_to_police_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz reported to police that her car had been stolen.", "her car had been stolen"),
        ("The agency reported a loss to shareholders.", "a loss to shareholders"),
    ],
)
def test_a_report_with_a_clause_or_to_others_stays(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


def test_it_reported_before_another_verbs_infinitive_is_no_report():
    text = (
        "Police are asking anyone who was a victim and has not yet reported it to call "
        "the detachment."
    )
    assert [(c, n) for c, n, _ in named(text)] == [(text[len("Police are asking ") : -1], "Police")]


def test_it_reported_to_be_something_stays_a_report():
    text = "The agency reported it to be the largest loss on record."
    assert contents(text) == ["it to be the largest loss on record"]


def _text(article: str) -> str:
    return (ARTICLES / f"{article}.txt").read_text(encoding="utf-8")


def test_the_rcmp_release_keeps_its_speakers():
    expected = [
        ("officers executed a search warrant", "Tallis Lake RCMP detachment", "organization"),
        ("This was a lengthy investigation", "Maren Lisowski", "person"),
        ("officers believe most of the stolen items", "Maren Lisowski", "person"),
        ("After the second time, we stopped sleeping", "Glenda Purcell", "person"),
        ("he was relieved by the arrest", "A neighbour who did not want to be named", "person"),
        ("I just hope he doesn't end up", "A neighbour who did not want to be named", "person"),
        ("the break-ins had exposed", "Ivan Toller", "person"),
        (
            "staffing levels at individual detachments",
            "B.C. Ministry of Public Safety",
            "organization",
        ),
    ]
    assert missing_speakers("police-rcmp-break-ins.txt", expected) == []
    found = contents(_text("police-rcmp-break-ins"))
    assert "We stopped sleeping" not in found  # a crosshead
    assert not any(c.startswith("it to call") for c in found)


def test_the_sentencing_hearing_keeps_its_speakers():
    expected = [
        ("Treffen had been drinking", "an agreed statement of facts read in court", "document"),
        ("Mr. Treffen made a choice", "Nadia Ferreira", "person"),
        ("a sentence of four years", "Peter Vandenberg", "person"),
        (
            "his client has been sober for 14 months and has shown real remorse",
            "Peter Vandenberg",
            "person",
        ),
        ("Our lives stopped that night", "Terrence Kowalchuk", "person"),
        ("She did everything right", "Denise Marchetti", "person"),
        ("I am so sorry", "Brody Treffen", "person"),
        ("officers laid more than 9,000", "Ontario Provincial Police", "organization"),
    ]
    assert missing_speakers("police-sentencing-crash.txt", expected) == []
    text = _text("police-sentencing-crash")
    speakers, statements = find_statements(text)
    assert not any(
        text[s.span[0] : s.span[1]] in {"Our lives stopped", "real remorse"} for s in statements
    )
    marchetti = next(s for s in speakers if s.name == "Denise Marchetti")
    assert marchetti.role == "sister"  # whose sister the text leaves open: not the prosecutor's


def test_the_bar_shooting_keeps_its_speakers():
    expected = [
        ("officers found Pruitt at a relative's home", "Renata Holloway", "person"),
        ("Pruitt had been asked to leave", "a criminal complaint", "document"),
        ("detectives do not believe", "Lionel Marsh", "person"),
        ("the argument inside had seemed minor", "Tasha", "person"),
        ("late-night violence along Front Street", "Downtown business owners", "group"),
        ("he would propose moving closing time", "Derrick Fong", "person"),
    ]
    assert missing_speakers("police-ap-bar-shooting.txt", expected) == []
    found = contents(_text("police-ap-bar-shooting"))
    assert "three men wounded on the sidewalk" not in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The victim's mother, who the Ledger has agreed not to name to protect her son, "
            "said the school failed him.",
            "the school failed him",
        ),
        (
            "The teen, whom the Herald agreed not to identify because of his age, said he was "
            "beaten.",
            "he was beaten",
        ),
        ("A nurse, whose name the Star agreed to withhold, said shifts were long.", "shifts were"),
    ],
)
def test_an_outlets_promise_not_to_name_a_source_is_no_statement(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council agreed not to name a new chief until May.", "not to name a new chief"),
        ("The board agreed not to name Ruiz as chair.", "not to name Ruiz as chair"),
        ("The mayor agreed to withhold the grant until May.", "to withhold the grant"),
    ],
)
def test_agreeing_not_to_name_someone_or_something_stays_a_statement(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The accused is expected to appear in court on Friday.",
        "Hamill is expected to be sentenced in May.",
        "The two men are expected to stand trial next year.",
        "Mendez reserved his decision and is expected to rule in May.",
        "Justice Rhea Tam is expected to deliver her decision on March 8.",
    ],
)
def test_a_court_date_expected_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The court is expected to rule against the ban.", "thought"),  # an outcome foreseen
        ("The judge is expected to deliver a harsh sentence.", "thought"),
        ("The new ferry is expected to start in June.", "thought"),
        ("Hamill is expected to appear, his lawyer said.", "speech"),  # a source
        ("Prosecutors expect Hamill to be sentenced in May.", "thought"),
    ],
)
def test_an_outcome_expected_or_a_date_someone_expects_stays(text: str, act: str):
    assert [a for a, _ in acts_and_contents(text)] == [act]


@pytest.mark.parametrize(
    "text",
    [
        "The man threatened his neighbour with a knife.",
        "A woman threatened a clerk with what appeared to be a handgun before fleeing.",
        "Two teens are accused of threatening a driver with a bat.",
    ],
)
def test_threatening_someone_with_a_weapon_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union threatened the council with a lawsuit.", "the council with a lawsuit"),
        ("The union threatened a strike.", "a strike"),
        ("The man threatened to burn the house down, police said.", "The man threatened to"),
    ],
)
def test_a_threat_made_stays_a_statement(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The jury found Hamill not guilty.",
        "A jury found the two men guilty of manslaughter on Friday.",
        "Justice Ada Ruhl found Kerr guilty of dangerous driving.",
    ],
)
def test_a_verdict_found_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The inquiry found the officers responsible for the death.", "the officers responsible"),
        ("The judge found that Kerr was not a credible witness.", "Kerr was not a credible"),
    ],
)
def test_a_finding_of_blame_or_of_a_clause_stays(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


@pytest.mark.parametrize(
    "text",
    ["It's alleged the man stole a car.", "It’s alleged that Kerr took the money."],
)
def test_its_alleged_is_a_passive_with_no_source(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She's said the fire was set.", "She"),
        ("Police say it's alleged the man stole a car.", "Police"),
    ],
)
def test_a_contraction_of_has_or_an_allegation_someone_reports_stays(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“It was loud,” said a cook who gave only her first name, Lina.", "Lina", "cook"),
        (
            "“It was loud,” said a man who asked to be identified only by his first name, "
            "Omid, as he swept up glass.",
            "Omid",
            "man",
        ),
        ("“It was loud,” said one driver, who gave his name as Teo.", "Teo", "driver"),
    ],
)
def test_a_name_given_after_an_inverted_cue_is_the_speaker(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“It was loud,” said a neighbour, who did not give her name.", "a neighbour"),
        ("“It was loud,” said Ann Lee, a nurse who lives nearby.", "Ann Lee"),
    ],
)
def test_an_inverted_speaker_with_no_name_given_is_unchanged(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "“Stay home,” the release quoted Chief Omar Dale as saying.",
            "Omar Dale",
            "Chief",
        ),
        ("The paper quoted Mayor Ann Lee as saying the pier was safe.", "Ann Lee", "Mayor"),
    ],
)
def test_the_title_of_someone_quoted_is_not_the_quoters(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_someone_quoted_by_an_agent_in_the_passive_still_speaks():
    text = "Lee was quoted by the Ledger as saying the pier was safe."
    assert speaker_of(text)[0] == "Lee"


@pytest.mark.parametrize(
    "text",
    [
        "The family said in a statement released through police that they are devastated.",
        "The family said in a statement issued through their lawyer that they are devastated.",
    ],
)
def test_a_statement_released_through_someone_is_its_venue(text: str):
    assert contents(text) == ["they are devastated"]


def test_through_inside_the_content_stays_in_it():
    text = "The family said in a statement that through their grief they are grateful."
    assert contents(text) == ["through their grief they are grateful"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A GoFundMe page created for the family says Ruiz was kind.", "A GoFundMe page"),
        ("A fundraising page set up by friends says Ruiz was kind.", "A fundraising page"),
        ("A petition started by neighbours says the road is unsafe.", "A petition"),
    ],
)
def test_a_page_or_petition_someone_set_up_is_the_document_that_says(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "caption",
    [
        "Const. Mia Grant says officers were called at 6 a.m. (Submitted by Kelso Police)",
        "Ruiz, 34, was a father of two, his family says. (Supplied)",
    ],
)
def test_a_caption_with_a_submitted_credit_is_furniture(caption: str):
    text = f"A man was arrested in Pell on Monday, police said.\n\n{caption}\n\nMore to come."
    assert contents(text) == ["A man was arrested in Pell on Monday"]


def test_submitted_by_inside_a_sentence_is_no_credit():
    text = "Ruiz said the plan (submitted by the city) was flawed."
    assert contents(text) == ["the plan (submitted by the city) was flawed"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“Both men fled on foot,” the release reads.", "reads"),
        ("“The road will stay shut,” the notice read.", "read"),
        ("“Both men fled on foot,” the release reads in part.", "reads"),
    ],
)
def test_a_document_reading_a_quotation_before_it_has_its_cue(text: str, cue: str):
    [(_, speaker, found)] = attributed(text)
    assert speaker is not None and (speaker.kind, found) == ("document", cue)


def test_a_quotation_before_a_person_who_reads_keeps_its_speaker():
    text = "“Both men fled on foot,” Sgt. Wes Amari said, reading from the release."
    assert speaker_names(text) == ["Wes Amari"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The van police believe was used in the robbery has been found.", "police", "was used"),
        ("The woman police say was driving has not been charged.", "police", "was driving"),
        ("The car witnesses say was speeding did not stop.", "witnesses", "was speeding"),
        ("The men police say were involved, both of Pell, are held.", "police", "were involved"),
    ],
)  # fmt: skip
def test_the_source_of_a_relative_clause_without_its_pronoun_is_the_last_noun(
    text: str, source: str, content: str
):
    [(found, name, _)] = named(text)
    assert (name, found.split(" in ")[0]) == (source, content)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The transit police said the train was late.", "The transit police", "the train was late"),
        ("The man, who police say was known to her, fled.", "police", "was known to her"),
        ("The city police said the road was closed.", "The city police", "the road was closed"),
    ],
)  # fmt: skip
def test_a_source_with_its_own_clause_or_a_relative_pronoun_is_unchanged(
    text: str, source: str, content: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(content, source)]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("It's believed the fire was set.", "thought"),
        ("It’s estimated that 2,000 people fled the valley.", "thought"),
    ],
)
def test_its_before_a_participle_of_belief_is_a_passive_of_no_one(text: str, act: str):
    [(content, speaker, _)] = attributed(text)
    assert (content, speaker) == (text.rstrip("."), None)
    assert acts_and_contents(text)[0][0] == act


def test_it_is_something_someone_said_keeps_its_speaker():
    assert speaker_names("It's a shame, Lee said.") == ["Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "It is estimated that 3,000 people fled the valley.",
        "It is believed that 4,500 homes lost power.",
    ],
)
def test_a_comma_inside_a_number_does_not_close_an_attribution(text: str):
    _, [statement] = find_statements(text)
    assert statement.parts == ()  # one piece: the whole sentence


def test_a_comma_after_an_interrupting_attribution_still_closes_it():
    text = "The cost, she said, was $4,000, not more."
    _, [statement] = find_statements(text)
    assert [text[a:b] for a, b in statement.parts] == ["The cost", "was $4,000, not more"]
