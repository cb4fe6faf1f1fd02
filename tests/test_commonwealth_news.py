"""British, Irish, Indian and New Zealand news as a new analyst reads it: constructions found
by trying whosaid on three invented stories (tests/data/speakers/commonwealth-*.txt: a Leeds
planning row, Karnataka polls in a news agency's style, a flood on New Zealand's East Coast),
each tested here on other invented sentences, with near-misses that must not change."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, named, run, speaker_names, speaker_of

from tui.core.extract import extract
from tui.core.model import Article
from tui.core.text import quotes

_DATA = Path(__file__).parent / "data" / "speakers"


# An opening phrase of extent ("Across the Tasman,") is a place, never the speaker; inside a
# sentence the same preposition still names where a thing spread.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Across the Tasman, the Victorian premier, Dan Mills, offered to send crews.",
            "Dan Mills",
            "Victorian premier",
        ),
        (
            "Across town, the mayor, Ruth Okafor, said the bridge would reopen.",
            "Ruth Okafor",
            "mayor",
        ),
        (
            "Throughout the campaign, the party's leader, Anu Menon, said the tax would go.",
            "Anu Menon",
            "party's leader",
        ),
        (
            "Beyond the border, the governor, Ann Lee, said the road was shut.",
            "Ann Lee",
            "governor",
        ),
    ],
)
def test_an_opening_of_extent_is_no_speaker(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


def test_a_list_after_a_preposition_of_extent_inside_a_sentence_is_still_where() -> None:
    text = "A clip shared across TikTok, Reddit and X claims that the pier collapsed."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.name == "A clip shared across TikTok, Reddit and X"


# Initials before a given name after a capitalised role are the name's ("Leader of the
# Opposition R. Ashok Kumar").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Leader of the Opposition R. Ashok Kumar said the scheme had failed.",
            "R. Ashok Kumar",
            "Leader of the Opposition",
        ),
        (
            "Leader of the House S. R. Priya Nair said the session would be cut.",
            "S. R. Priya Nair",
            "Leader of the House",
        ),
        # near-misses: no initials, and a middle initial after the given name
        (
            "Leader of the Opposition Ashok Kumar said the scheme had failed.",
            "Ashok Kumar",
            "Leader of the Opposition",
        ),
        (
            "Secretary of State Jon Q. Husted said the vote was fair.",
            "Jon Q. Husted",
            "Secretary of State",
        ),
    ],
)
def test_initials_open_the_name_after_a_role(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


# A role with "in charge of" apposed before the name, the clause's verb, then a participle cue:
# the named person speaks, the role all of it.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Party general secretary in charge of Kerala, Anu Menon, hit back, saying the "
            "figures were wrong.",
            "Anu Menon",
            "Party general secretary in charge of Kerala",
        ),
        (
            "The minister in charge of ports, Tom Reid, disagreed, saying the harbour was safe.",
            "Tom Reid",
            "minister in charge of ports",
        ),
        (
            "The harbour was safe, said the minister in charge of ports, Tom Reid.",
            "Tom Reid",
            "minister in charge of ports",
        ),
        # near-miss: a plain complement, as before
        (
            "Party secretary for Kerala, Anu Menon, hit back on Monday, saying the figures "
            "were wrong.",
            "Anu Menon",
            "Party secretary for Kerala",
        ),
    ],
)
def test_a_role_in_charge_of_a_field_apposed_before_the_name(
    text: str, name: str, role: str
) -> None:
    assert speaker_of(text) == (name, "person", role)


# A trade that is a surname too, opening the phrase before a name of two words, is the role.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Farmer Mere Pohatu said the river came up in minutes.", "Mere Pohatu", "Farmer"),
        (
            "Baker Rawiri Tane, who runs a shop on the quay, said he lost his stock.",
            "Rawiri Tane",
            "Baker",
        ),
        ("The river came up in minutes, said Shepherd Anna Brown.", "Anna Brown", "Shepherd"),
    ],
)
def test_a_surname_trade_before_a_full_name_is_a_role(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Cook said the river came up in minutes.", "Tom Cook"),
        ("Farmer Brown said the river came up in minutes.", "Farmer Brown"),
    ],
)
def test_a_surname_trade_that_is_the_name_stays_in_it(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert speaker.name == name


# A capitalised role apposed before a name ("The Prime Minister, Rachel Tane,") links a later
# description in lower case to her, though that first mention said nothing.
@pytest.mark.parametrize(
    ("opening", "later"),
    [
        ("The Prime Minister, Rachel Tane, flew into Napier.", "the prime minister"),
        ("The Health Minister, Rachel Tane, toured the ward.", "The health minister"),
        ("The Mayor, Rachel Tane, opened the hall.", "The mayor"),
        # near-miss: the role in lower case already did
        ("The mayor, Rachel Tane, opened the hall.", "The mayor"),
    ],
)
def test_a_capitalised_apposed_role_links_its_description(opening: str, later: str) -> None:
    text = f"{opening} Asked about the delays, {later} said the work had been too slow."
    _, speaker, _ = attributed(text)[-1]
    assert speaker is not None
    assert speaker.name == "Rachel Tane"


# A plural noun before a body's noun and its verb ("the city plans panel voted") is no cue.
@pytest.mark.parametrize(
    "text",
    [
        "The city plans panel voted against the tower.",
        "The council's claims team has refused the request.",
    ],
)
def test_a_plural_noun_modifying_a_body_is_no_cue(text: str) -> None:
    assert all(cue not in {"plans", "claims"} for _, _, cue in named(text))


# near-misses: a subject's verb in -s before a body's bare noun and its verb, in a headline's
# style, still reports
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mayor says committee has failed residents", "says", "committee has failed residents"),
        (
            "Ivo Marsh claims board was misled over the sale.",
            "claims",
            "board was misled over the sale",
        ),
        ("The union warns panel will ignore the staff.", "warns", "panel will ignore the staff"),
    ],
)
def test_a_verb_in_s_before_a_bare_body_noun_is_a_cue(text: str, cue: str, content: str) -> None:
    assert (content, cue) in [(said, found) for said, _, found in named(text)]


def test_a_plan_of_a_body_with_its_object_stays_a_cue() -> None:
    text = "The city plans committee changes next year."
    assert [cue for _, _, cue in named(text)] == ["plans"]


# A party's initials with its faction's letter in brackets are one word of the role.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "JD(S) leader H. D. Kumar told reporters that his party would win.",
            "H. D. Kumar",
            "JD(S) leader",
        ),
        (
            "CPI(M) general secretary Anu Menon said the party would win.",
            "Anu Menon",
            "CPI(M) general secretary",
        ),
        (
            "BJP leader H. D. Kumar told reporters that his party would win.",
            "H. D. Kumar",
            "BJP leader",
        ),
    ],
)
def test_a_bracketed_faction_stays_in_the_party_initials(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


def test_a_bracketed_faction_names_the_party() -> None:
    assert speaker_of("The JD(S) said it would contest every seat.")[0] == "JD(S)"


# A spokesperson for a body whose name lists its fields ("Health and Social Care") is one
# unnamed person, the role all of it; a person's name after "and" is still joined.
@pytest.mark.parametrize(
    "body",
    [
        "the Department of Health and Social Care",
        "the Ministry of Housing, Communities and Local Government",
        "the Department for Environment, Food and Rural Affairs",
    ],
)
def test_a_spokesperson_for_a_body_named_by_its_fields(body: str) -> None:
    text = f"A spokesperson for {body} said it did not comment on individual cases."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.named) == (
        f"A spokesperson for {body}",
        "person",
        False,
    )
    assert speaker.role == f"spokesperson for {body}"


def test_a_person_named_after_and_is_still_joined() -> None:
    text = "A lawyer for the Board of Trade and Tom Hale said the deal was fair."
    assert speaker_of(text)[0] == "Tom Hale"


# The whole articles: a few speakers and statements each.
def _read(name: str) -> tuple[str, list[tuple[str, str | None, str | None, str]]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    doc = extract(Article(id=name, text=text))
    by_id = {s.id: s for s in doc.speakers}
    rows = []
    for st in doc.statements:
        speaker = by_id.get(st.speaker or "")
        rows.append(
            (
                text[st.span[0] : st.span[1]],
                speaker.name if speaker else None,
                speaker.role if speaker else None,
                st.kind,
            )
        )
    return text, rows


def _said_by(rows: list[tuple[str, str | None, str | None, str]], opening: str) -> str | None:
    return next(name for content, name, _, _ in rows if content.startswith(opening))


def test_leeds_planning_row() -> None:
    _, rows = _read("commonwealth-leeds-planning.txt")
    assert _said_by(rows, "We are not against new homes") == "Helen Marsden"
    assert _said_by(rows, "Leeds needs 3,000 homes") == "Anthony Greville"
    assert _said_by(rows, "People have strong feelings") == "Dan Whitcombe"
    assert _said_by(rows, "They told us this was a done deal") == "Aoife Ní Bhriain"
    assert _said_by(rows, "the junction with the A63") == "Ciarán Mac Giolla"
    assert _said_by(rows, "the council will struggle") == "Graham Marsden"
    assert not any(content.startswith("panel voted") for content, *_ in rows)
    ministry = next(r for r in rows if r[0].startswith("it did not comment"))
    assert ministry[2] == (
        "spokesperson for the Ministry of Housing, Communities and Local Government"
    )


def test_karnataka_polls() -> None:
    _, rows = _read("commonwealth-karnataka-election.txt")
    assert _said_by(rows, "his government had waived loans") == "S. Venkatesh Gowda"
    opposition = next(r for r in rows if r[0].startswith("Not even half the farmers"))
    assert opposition[1:3] == ("R. Ashok Kumar", "Leader of the Opposition")
    jds = next(r for r in rows if r[0].startswith("his party would play"))
    assert jds[1:3] == ("H. D. Revanna", "JD(S) leader")
    congress = next(r for r in rows if r[0].startswith("the BJP had"))
    assert congress[1:3] == ("Randeep Sharma", "Congress general secretary in charge of Karnataka")
    assert _said_by(rows, "1.62 crore voters") == "Manoj Kumar Meena"
    assert _said_by(rows, "Caste equations matter") == "K. Ramesh"
    assert _said_by(rows, "she was more worried") == "Lakshmamma"


def test_east_coast_flood() -> None:
    _, rows = _read("commonwealth-nz-flood.txt")
    assert _said_by(rows, "This is a devastating morning") == "Hemi Walker"
    assert _said_by(rows, "We are not out of this yet") == "Ngaio Parata"
    assert _said_by(rows, "Our whānau turned up") == "Tāmati Horomona"
    assert _said_by(rows, "she accepted that") == "Rachel Tane"
    farmer = next(r for r in rows if r[0].startswith("she had lost fencing"))
    assert farmer[1:3] == ("Mere Pohatu", "Farmer")
    premier = next(r for r in rows if r[0].startswith("to send swift-water"))
    assert premier[1:3] == ("David Kearney", "Queensland premier")
    assert _said_by(rows, "the Irish embassy in Wellington") == "Mícheál Ó Conaill"


# A ministry's second domain after "for" ("Minister of State for Home Affairs") is the role's,
# the name after it.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of State for Home Affairs Priya Menon said the scheme had failed.",
            "Priya Menon",
            "Minister of State for Home Affairs",
        ),
        (
            "Union Minister of State for Railways V. Somanna said the line would open in March.",
            "V. Somanna",
            "Union Minister of State for Railways",
        ),
        (
            "Secretary of State for Health Ann Lee said the wards would reopen.",
            "Ann Lee",
            "Secretary of State for Health",
        ),
        # near-miss: a name, then where she works
        (
            "Rosa Lind of the Basin Fire District said the fire was out.",
            "Rosa Lind",
            "Basin Fire District",
        ),
    ],
)
def test_a_second_domain_after_for_is_the_offices(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


# An office whose domain of two words ends the phrase, no name after it, is all the role's.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Minister of External Affairs said the visit was off.", "External Affairs"),
        ("The Minister of Civil Aviation said the runway was shut.", "Civil Aviation"),
        ("The Minister of Home Affairs said the border was calm.", "Home Affairs"),
    ],
)
def test_a_domain_of_two_words_ending_the_phrase_is_no_name(text: str, role: str) -> None:
    name, kind, found_role = speaker_of(text)
    assert (name, kind) == (f"The Minister of {role}", "person")
    assert found_role == f"Minister of {role}"


# A plural possessive's straight apostrophe inside a straight single quotation does not close
# it, when a straight mark after a stop does later.
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "'The residents' concerns were ignored,' said Cllr Amir Hussain.",
            ["The residents' concerns were ignored"],
        ),
        ("'The nurses' pay is low,' she said.", ["The nurses' pay is low"]),
        (
            "'The farmers' union is wrong,' Mr Khan said, 'and they know it.'",
            ["The farmers' union is wrong", "and they know it"],
        ),
    ],
)
def test_a_straight_plural_possessive_inside_a_straight_quote(text: str, pieces: list[str]) -> None:
    _, statements = run(text)
    [statement] = statements
    assert statement.kind == "direct"
    assert [text[s:e] for s, e in statement.pieces] == pieces


def test_a_straight_quote_closing_after_a_plural_still_closes() -> None:
    text = "She called the levy 'a tax on farmers' and walked out."
    [quote] = quotes(text)
    assert text[quote.content[0] : quote.content[1]] == "a tax on farmers"


# A body's unit or branch with "of" and the body after it speaks as one body, unnamed.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The state unit of the party said the rally would go ahead.",
            "The state unit of the party",
        ),
        (
            "The local branch of the union said the strike would go ahead.",
            "The local branch of the union",
        ),
        ("A unit of the army said the road was clear.", "A unit of the army"),
    ],
)
def test_a_unit_or_branch_of_a_body_speaks(text: str, name: str) -> None:
    assert speaker_of(text) == (name, "organization", None)


def test_the_head_of_a_body_is_still_a_person() -> None:
    text = "The head of the party said the rally would go ahead."
    assert speaker_of(text) == ("The head of the party", "person", "head of the party")


# A surname that is a role or title elsewhere ("King", "Bishop", "Judge") after "Ms", "Mr" or
# "Mrs" is the surname of the person named in full before.
@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("Catherine King said the plan was sound.", "Ms King", "Catherine King"),
        ("The minister, Tom Bishop, rejected the figure.", "Mr Bishop", "Tom Bishop"),
        ("Anna Judge said the plan was sound.", "Mrs. Judge", "Anna Judge"),
    ],
)
def test_a_title_word_as_surname_after_a_courtesy_title(first: str, later: str, name: str) -> None:
    text = f"{first} ‘It is clear,’ {later} said."
    _, speaker, _ = attributed(text)[-1]
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ivo Marsh chaired the sitting. Mr Speaker said the house would rise early.",
            "Mr Speaker",
        ),
        ("Talks ended at noon. Mr. President said the treaty was dead.", "Mr. President"),
        ("The board met on Friday. Ms Chair said the minutes were approved.", "Ms Chair"),
    ],
)
def test_an_office_after_a_courtesy_title_is_no_surname(text: str, name: str) -> None:
    # "Mr Speaker", "Mr President": the holder addressed by the office, no one named Speaker
    assert speaker_names(text)[-1] == name


def test_the_king_is_still_a_title() -> None:
    assert speaker_of("The King said the plan was sound.") == ("The King", "person", "King")


# Another's report set after a comma by "with", its subject and a participle ("..., with the
# shadow minister, Ann Lee, calling it a tax"): its own statement, the subject its speaker, and
# the content before it ends at the comma.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The party promised to repeal the levy, with its leader, Ann Lee, calling it a tax.",
            ("to repeal the levy", "The party", "promised"),
            ("it a tax", "Ann Lee", "calling"),
        ),
        (
            "The party promised to repeal the levy, with critics calling it a stunt.",
            ("to repeal the levy", "The party", "promised"),
            ("it a stunt", "critics", "calling"),
        ),
        (
            "Prices rose again, with the central bank's governor, Ann Lee, warning that "
            "inflation would persist.",
            None,
            ("inflation would persist", "Ann Lee", "warning"),
        ),
    ],
)
def test_an_absolute_report_after_with(
    text: str,
    first: tuple[str, str, str] | None,
    second: tuple[str, str, str],
) -> None:
    rows = named(text)
    assert rows[-1] == second
    if first is not None:
        assert rows[0] == first


def test_an_absolute_report_with_a_long_description_before_the_name() -> None:
    text = (
        "The Opposition has promised to scrap the levy, with the shadow health minister, "
        "Ruth Daly, labelling it a ‘tax on nurses’."
    )
    rows = named(text)
    assert rows[0] == ("to scrap the levy", "The Opposition", "promised")
    assert rows[-1][1:] == ("Ruth Daly", "labelling")


def test_with_and_a_subject_of_no_report_stays_in_the_content() -> None:
    text = "She said the road would reopen, with work starting on Monday."
    assert named(text) == [("the road would reopen, with work starting on Monday", "She", "said")]


def test_a_participle_after_an_apposed_subject_is_still_the_subjects() -> None:
    text = "The minister, Ann Lee, rejected the figure, saying it was wrong."
    assert speaker_names(text) == ["Ann Lee", "Ann Lee"]


def test_with_and_a_subject_seeking_something_stays_in_the_content() -> None:
    text = (
        "The aide said the sticking point remained the beds, with one side seeking 400 and "
        "the other offering 250."
    )
    [(content, name, cue)] = named(text)
    assert (name, cue) == ("The aide", "said")
    assert content.endswith("offering 250")


# An office's domain word ending the words before initials and a surname is the office's.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Union Minister of State for External Affairs V. Muraleedharan said help would come.",
            "V. Muraleedharan",
            "Union Minister of State for External Affairs",
        ),
        (
            "Minister of Civil Aviation Ram Naidu said the airport would open.",
            "Ram Naidu",
            "Minister of Civil Aviation",
        ),
    ],
)
def test_an_office_domain_before_initials_is_no_name(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


def test_an_office_alone_is_still_unnamed() -> None:
    text = "The ward is full, said the Secretary of Health."
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.named) == ("the Secretary of Health", False)


# "threatened with" a fate is no threat made; the people a participle and its bare object
# describe ("Families facing eviction") speak.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A school threatened with closure will stay open.", []),
        (
            "Workers threatened with dismissal said they would strike.",
            [("they would strike", "Workers threatened with dismissal", "said")],
        ),
        (
            "Families facing eviction said the council had lied.",
            [("the council had lied", "Families facing eviction", "said")],
        ),
        (
            "Tenants fighting demolition say the estate can be saved.",
            [("the estate can be saved", "Tenants fighting demolition", "say")],
        ),
        # near-misses: a threat made, with its object or its infinitive
        ("The union threatened to strike.", [("to strike", "The union", "threatened")]),
        (
            "He threatened the reporter with legal action.",
            [("the reporter with legal action", "He", "threatened")],
        ),
    ],
)
def test_threatened_with_and_a_participles_bare_object(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert named(text) == expected


# An ordinal naming an office after an article or a possessive stays in the role ("the first
# minister"); an adverb before the cue does not ("Lee first said").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The first minister said he would not be lectured.",
            "The first minister",
            "first minister",
        ),
        (
            "Wales's first minister, Eluned Price, said she would not be lectured.",
            "Eluned Price",
            "Wales's first minister",
        ),
    ],
)
def test_an_ordinal_of_an_office_stays_in_the_role(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


def test_a_role_with_an_ordinal_links_its_holder() -> None:
    text = (
        "The first minister, Eluned Price, said the budget was tight. The first minister "
        "added that talks would go on."
    )
    assert speaker_names(text) == ["Eluned Price", "Eluned Price"]


def test_an_ordinal_adverb_before_the_cue_is_no_role() -> None:
    [(_, speaker, _)] = attributed("Ann Lee first said the plan was sound.")
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Ann Lee", None)


# A subordinate clause of time with no subject of its own, set off between the speaker and
# the cue ("while speaking to reporters", "when asked about the delay"), is an aside; so is an
# adverb after a name and its appositive.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "BJP MP Tejasvi Rao, while speaking to mediapersons, said the Centre would help.",
            "Tejasvi Rao",
            "BJP MP",
        ),
        ("Ann Lee, when asked about the delay, said the plan was sound.", "Ann Lee", None),
        ("Ann Lee, while in Delhi, said the plan was sound.", "Ann Lee", None),
        (
            "Ann Lee, the mayor, while speaking to reporters, said the plan was sound.",
            "Ann Lee",
            "mayor",
        ),
        ("Ann Lee, the mayor, meanwhile, said the plan was sound.", "Ann Lee", "mayor"),
    ],
)
def test_an_aside_of_time_between_speaker_and_cue(text: str, name: str, role: str | None) -> None:
    assert speaker_of(text) == (name, "person", role)


def test_an_opening_place_before_a_role_and_an_aside_is_no_name() -> None:
    text = "In Reno, the mayor, meanwhile, said the plan was sound."
    assert speaker_of(text) == ("the mayor", "person", "mayor")
