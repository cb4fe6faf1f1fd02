"""Civic and community news as a new analyst reads it (a bridge closed, a valley to be
flooded for a dam): constructions found by trying whosaid on invented stories, each tested
here on other invented sentences."""

import pytest
from extraction_helpers import missing_speakers, named, speaker_of

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(name, role) of each speaker of `text`."""
    return [(s.name, s.role) for s in extract(Article(id="x", text=text)).speakers]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "“We can wait,” said her neighbour, the garage owner Tom Brandt.",
            "Tom Brandt",
            "neighbour",
        ),
        ("“We can wait,” said her neighbour, garage owner Tom Brandt.", "Tom Brandt", "neighbour"),
        ("“We lost,” said the coach, the former striker Ali Musa.", "Ali Musa", "coach"),
        (
            "Ivo Rey runs the shop. His partner, the retired nurse Lena Ost, was calmer. "
            "“We will manage,” she said.",
            "Lena Ost",
            "partner of Ivo Rey",
        ),
    ],
)
def test_a_name_after_a_role_in_apposition_speaks(text: str, speaker: str, role: str) -> None:
    assert speakers(text)[-1] == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We lost,” said the team's coach, Tuesday.", "the team's coach"),
        ("“We can wait,” said her neighbour, a garage owner.", "her neighbour"),
    ],
)
def test_no_name_after_the_role_leaves_the_description(text: str, speaker: str) -> None:
    assert [name for name, _ in speakers(text)] == [speaker]


def units(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Inspectors rated 31 of the county's 212 bridges as unsafe.", ("31", "bridges")),
        ("Only 4 of the team's 11 starters were fit.", ("4", "starters")),
        ("Three of the company’s 12 directors resigned.", ("Three", "directors")),
    ],
)
def test_a_part_of_a_possessed_count_counts_the_same(text: str, part: tuple[str, str]) -> None:
    assert units(text)[0] == part


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a capitalised possessor: two figures, as "the county's" gives
        (
            "Engineers closed 14 of Kent's 300 bridges.",
            [("14", "bridges"), ("300 bridges", "bridges")],
        ),
        ("Nine of Farmco's 60 depots will shut.", [("Nine", "depots"), ("60 depots", "depots")]),
        # a possessive determiner before the possessor, or before the count
        ("He sold 20 of his uncle's 90 ewes.", [("20", "ewes"), ("90 ewes", "ewes")]),
        ("She kept 6 of her 45 hives.", [("6", "hives"), ("45 hives", "hives")]),
        # a possessor's count alone is a count; a name holding a number still is no count
        ("Farmco's 60 depots will shut.", [("60 depots", "depots")]),
        ("Two Fortune 500 firms left.", [("Two Fortune 500 firms", "firms")]),
        ("The Stoxx 600 index fell.", []),
    ],
)
def test_a_part_of_a_named_or_owned_count_counts_the_same(
    text: str, figures: list[tuple[str, str]]
) -> None:
    assert units(text) == figures


def test_a_part_of_a_possessed_noun_still_counts_it() -> None:
    text = "Some 40 of the city's schools closed."
    assert [unit for _, unit in units(text)] == ["schools"]


def test_a_share_of_a_possessed_count_has_that_subject() -> None:
    [share, _] = find_figures("It was 1 percent of the bank's 9,000 tellers.")
    assert (share.unit, share.subject) == ("percent", "tellers")


def test_a_part_of_a_rate_is_no_part() -> None:
    text = "She spoke for thousands of $12-an-hour workers."
    assert units(text)[0] == ("thousands", None)


@pytest.mark.parametrize(
    "text",
    [
        "That figure is disputed by the water company, Aquaterra, which says leaks are rare.",
        "The claim was rejected by the ministry, the main critic, on Monday.",
    ],
)
def test_a_passives_agent_with_an_appositive_is_not_cut_from_the_content(text: str) -> None:
    first = extract(Article(id="x", text=text)).statements[0]
    assert first.parts == ()
    assert text[first.span[0] :].startswith(("That figure is disputed", "The claim was rejected"))


def test_an_attribution_inside_reported_content_is_still_cut() -> None:
    text = "The plan, he said on Tuesday, is dead."
    [statement] = extract(Article(id="x", text=text)).statements
    assert [text[a:b] for a, b in statement.parts] == ["The plan", "is dead"]
    assert named(text)[0][1] == "he"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She told the health board she would leave in April.", "she would leave in April"),
        ("He told the city council the plan had failed.", "the plan had failed"),
        ("She told the party's annual conference they must unite.", "they must unite"),
        ("She told the health minister she would stay.", "she would stay"),
        ("She told the board she would leave.", "she would leave"),
    ],
)
def test_a_body_or_role_told_with_its_modifiers_is_no_content(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]


def test_an_object_that_is_no_clause_stays_the_content() -> None:
    assert [c for c, _, _ in named("She told the board the truth.")] == ["the truth"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Royal College of General Practitioners said the rota was unsafe.",
            "Royal College of General Practitioners",
        ),
        (
            "The National Association of Head Teachers said the rota was unsafe.",
            "National Association of Head Teachers",
        ),
        ("The Guild of Master Bakers said the rota was unsafe.", "Guild of Master Bakers"),
    ],
)
def test_members_by_their_role_end_a_bodys_name(text: str, body: str) -> None:
    [speaker] = extract(Article(id="x", text=text)).speakers
    assert (speaker.name, speaker.kind) == (body, "organization")


def test_a_title_and_name_after_a_bodys_name_stay_a_person() -> None:
    text = "Bank of Erewhon CEO Tom Hale said the rota was unsafe."
    assert speakers(text) == [("Tom Hale", "Bank of Erewhon CEO")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The town's only doctor said she could not go on.", "The town's only doctor"),
        ("Its only shareholder said the firm was sound.", "Its only shareholder"),
        ("The only witness said she saw nothing.", "The only witness"),
        ("Lee only said the firm was sound.", "Lee"),
        ("The minister only said that talks would go on.", "The minister"),
    ],
)
def test_only_is_an_adjective_after_a_determiner_and_an_adverb_before_a_cue(
    text: str, speaker: str
) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The head cook, a man she calls Tomas, told her she was slow.", "The head cook"),
        ("The chef, a woman they called Nan, said the soup was cold.", "The chef"),
    ],
)
def test_the_name_given_in_an_aside_is_no_speech(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


def test_calling_someone_something_stays_speech() -> None:
    assert named("Lee called Smith a liar.") == [("Smith a liar", "Lee", "called")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials there said the road was shut.", "Officials"),
        ("The manager there said the shop would close.", "The manager"),
        ("Doctors here say the ward is full.", "Doctors"),
    ],
)
def test_there_or_here_after_the_subject_places_it(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


def test_there_after_a_verb_is_no_subject() -> None:
    assert named("Is there said to be a plan?") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Lee said it was late. The head cook told her to hurry. She says it was loud.",
            "Ann Lee",
        ),
        (
            "Tom Ruiz said it was late. The head cook told him to hurry. He says it was loud.",
            "Tom Ruiz",
        ),
        (
            "Ann Lee said it was late. The head cook told us to hurry. She says it was loud.",
            "The head cook",
        ),
    ],
)
def test_the_object_of_the_last_verb_is_not_its_speaker(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The union, which has tried to organize customer support staff, called the cuts "
            "a betrayal.",
            "The union",
        ),
        ("Technical support will end in May, the firm said.", "the firm"),
    ],
)
def test_support_after_its_kind_is_a_noun(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


def test_support_after_a_subject_stays_a_stance() -> None:
    assert named("Most voters support the plan.") == [("the plan", "Most voters", "support")]


@pytest.mark.parametrize(
    "text",
    [
        "Lee's rail plan faces resistance.",
        "The senator's housing plan faces resistance from her own party.",
        "The mayor's budget request was cut.",
    ],
)
def test_a_cue_noun_after_a_possessed_modifier_is_no_verb(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee's team claim the vote was rigged.", "Lee's team"),
        ("The mayor's office plans to appeal.", "The mayor's office"),
    ],
)
def test_a_possessed_subject_before_its_verb_still_speaks(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The line was expected to cost $3 billion; its latest estimate is $9 billion.",
            "The line was expected to cost $3 billion",
        ),
        (
            "The plan was criticised by unions; the firm said it would go ahead.",
            "The plan was criticised by unions",
        ),
    ],
)
def test_a_passive_report_ends_at_a_semicolon(text: str, content: str) -> None:
    assert named(text)[0][0] == content


BRIDGE = [
    ("Six weeks we can survive", "Tom Brandt", "person"),
    ("they were already losing customers", "Business owners", "group"),
    ("the memo was genuine", "Okafor's office", "organization"),
    ("it was too early to tell", "Lena Marsh", "person"),
]
DAM = [
    ("That claim is disputed", "Aquaterra", "organization"),
    ("The numbers do not add up", "Judit Szabo", "person"),
    ("We have consulted for three years", "Paul Nemeth", "person"),
]
CLINIC = [
    ("she would leave in April", "Hannah Quist", "person"),
    ("the country is short of", "Royal College of General Practitioners", "organization"),
    ("Hannah has held this together", "Alan Pike", "person"),
]
LAYOFFS = [
    ("a betrayal of the people", "Communication Workers Union", "organization"),
    ("the company had refused", "Dev Chandra", "person"),
    ("Investors have been waiting", "Raj Patel", "person"),
]
STUDY = [
    ("people who were already in the early stages", "Sand and her colleagues", "group"),
    ("Step counts from wrist devices", "Martin Okoye", "person"),
    ("This is cheap", "Paula Lindqvist", "person"),
]
BUS = [
    ("I don't drive", "Margaret Ellery", "person"),
    ("There were eight or nine of us", "Jim Coles", "person"),
    ("We understand how difficult", "A Westshire County Council spokesman", "person"),
]
HARBOUR = [
    ("they opposed the scheme", "31", "group"),
    ("the marina will create", "Tidewell Homes", "organization"),
    ("On paper, yes", "Ewan Gray", "person"),
]
FERRY = [
    ("They found money for a new roundabout", "Kirsten", "person"),
    ("there was no choice", "Graham Platt", "person"),
    ("a community company could take it over", "Ruth Anand", "person"),
]
FOOTBALL = [
    ("This was not a decision", "Peter Vance", "person"),
    ("I've been in worse positions", "Steve Callow", "person"),
    ("the squad lacked leadership", "Danny Okoro", "person"),
]
COURT = [
    ('Doyle had "preyed on people', "James Orme", "person"),
    ("her client was", "Sarah Kaur", "person"),
    ("You targeted the most vulnerable", "Peter Haines", "person"),
]
FLOOD = [
    ("Firefighters used boats", "the county fire service", "organization"),
    ("the town had been", "Tom Ellison", "person"),
    ("a further 40mm of rain", "Met Office", "organization"),
]
CHATBOT = [
    ("separate inquiries", "Authorities in France and Italy", "group"),
    ("Age gates that ask you", "Maja Berg", "person"),
    ("safety staff had repeatedly warned", "Two former employees", "group"),
]
RAIL = [
    ("I want trains", "Mark Delgado", "person"),
    ("We can argue about the map", "Karen Holt", "person"),
    ("the administration was", "Dana Royce", "person"),
]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("bridge-closure.txt", BRIDGE),
        ("valley-dam.txt", DAM),
        ("rural-clinic.txt", CLINIC),
        ("software-layoffs.txt", LAYOFFS),
        ("rail-bill.txt", RAIL),
        ("walking-study.txt", STUDY),
        ("rural-bus.txt", BUS),
        ("harbour-plan.txt", HARBOUR),
        ("last-ferryman.txt", FERRY),
        ("manager-sacked.txt", FOOTBALL),
        ("care-home-fraud.txt", COURT),
        ("river-flood.txt", FLOOD),
        ("chatbot-probe.txt", CHATBOT),
    ],
)
def test_each_civic_story_has_the_speakers_a_careful_reader_names(
    article: str, expected: list[tuple[str, str, str]]
) -> None:
    assert missing_speakers(article, expected) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sand and her colleagues adjusted for age, but they acknowledged that walking "
            "might fall.",
            "Sand and her colleagues",
        ),
        ("Lee and his team checked the data. They said it was sound.", "Lee and his team"),
        ("The researchers adjusted for age, but they said it might fall.", "The researchers"),
    ],
)
def test_they_after_a_name_and_its_company_is_the_group(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two said they opposed the scheme.", "Two"),
        ("Thirty-one said they opposed the scheme.", "Thirty-one"),
        ("Most said the scheme was bad.", "Most"),
        ("Of the 40 fishermen, 31 said they opposed the scheme.", "31"),
        ("Among those asked, most said the scheme was bad.", "most"),
        ("To varying degrees, all agreed that the plan was bad.", "all"),
        # a thousands comma, a number word after "Of ..., "
        ("Of the 5,000 tenants, 1,400 said the rent was too high.", "1,400"),
        ("2,300 said the rent was too high.", "2,300"),
        ("Of the 30 tenants, nineteen said the rent was too high.", "nineteen"),
        ("Among those polled, twenty-two said the rent was too high.", "twenty-two"),
    ],
)
def test_a_count_alone_as_subject_is_the_group_it_counts(text: str, speaker: str) -> None:
    [found] = extract(Article(id="x", text=text)).speakers
    assert (found.name, found.kind, found.named) == (speaker, "group", False)


def test_one_alone_stays_a_person() -> None:
    [found] = extract(Article(id="x", text="One said the scheme was bad.")).speakers
    assert (found.name, found.kind) == ("One", "person")


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 1,400 said the rent was too high.",  # not after "Of"/"Among": no count
        "Tom Reed, 1,200 miles from home, said he was tired.",
        "Mayor Ann Vale, sixty, said the rent was too high.",
    ],
)
def test_a_number_after_a_comma_elsewhere_is_no_group(text: str) -> None:
    assert all(found.kind != "group" for found in extract(Article(id="x", text=text)).speakers)


def test_an_age_after_a_comma_is_no_count_of_people() -> None:
    text = (
        "Mayor Ann Vale, 58, who seeks a third term, met her rival, Tom Ruiz, at the hall. "
        "She opened by defending her record."
    )
    assert [name for _, name, _ in named(text)] == ["Ann Vale"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "The developer, Tidewell Homes, insists the marina will pay.",
            "Tidewell Homes",
            "organization",
        ),
        ("The contractor, Acme Builders, said the work was done.", "Acme Builders", "organization"),
        ("Clarion Housing said rents would rise.", "Clarion Housing", "organization"),
        ("Tom Holmes said the work was done.", "Tom Holmes", "person"),
    ],
)
def test_a_builders_trade_ends_a_companys_name(text: str, speaker: str, kind: str) -> None:
    [found] = extract(Article(id="x", text=text)).speakers
    assert (found.name, found.kind) == (speaker, kind)


def test_a_harbour_master_is_a_role_before_a_name() -> None:
    text = "The harbour master, Ewan Gray, is not convinced. “On paper, yes,” he said."
    assert speakers(text) == [("Ewan Gray", "harbour master")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We can wait,” said his daughter.", "his daughter"),
        ("“We can wait,” said her husband.", "her husband"),
        ("“We can wait,” said Holm's son.", "Holm's son"),
        ("“We can wait,” said the widow.", "the widow"),
        ("“We can wait,” said his daughter, Kirsten.", "Kirsten"),
    ],
)
def test_kin_after_an_inverted_cue_speak(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


def test_a_description_of_kin_ends_at_its_noun() -> None:
    text = "The man's daughter arrives at noon. “Is he all right?” she asks."
    [found] = extract(Article(id="x", text=text)).speakers
    assert (found.name, found.kind) == ("The man's daughter", "person")


def test_he_after_a_woman_spoke_last_is_the_man_before_her() -> None:
    text = (
        "The keeper said he planned to stay. His daughter has asked him to move north. "
        "“What would I do in a city?” he asked."
    )
    assert [name for _, name, _ in named(text)] == ["The keeper", "His daughter", "The keeper"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("His daughter has asked him to move north, but he has refused.", "to move north"),
        ("The union urged members to strike, but few did.", "members to strike"),
        ("Lee told him to leave, and he did.", "to leave"),
        (
            "Lee said the plan was good, but she would not back it.",
            "the plan was good, but she would not back it",
        ),
    ],
)
def test_what_came_of_a_request_is_the_narrators(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Arne Holm rows the ferry. Holm's daughter, Kirsten, is less calm. "
            "“They found money,” she says.",
            "Kirsten",
        ),
        ("Holm's daughter is less calm. “They found money,” she says.", "Holm's daughter"),
    ],
)
def test_a_named_persons_kin_opening_a_sentence_is_the_pronouns_person(
    text: str, speaker: str
) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She said Doyle had repaid the money and intended to sell her house.",
            "Doyle had repaid the money and intended to sell her house",
        ),
        (
            "Police say the driver was armed and declined to leave the car.",
            "the driver was armed and declined to leave the car",
        ),
    ],
)
def test_a_stance_verb_joined_to_the_contents_verb_is_the_contents(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "She said the fraud was over and intended to rebuild trust.",
        "He said the budget had grown and planned to cut it.",
    ],
)
def test_a_stance_verb_after_a_content_whose_subject_intends_nothing_is_the_speakers(
    text: str,
) -> None:
    assert len(named(text)) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dorr told the parish council it had misled the village.", "unknown"),
        ("Dorr warned the harbour board it would run out of money.", "unknown"),
        ("Dorr Holdings said it would run out of money.", "organization"),
        ("Dorr Holdings told the council that it would sell the pier.", "organization"),
    ],
)
def test_an_it_after_a_listener_is_the_listener_not_the_speaker(text: str, kind: str) -> None:
    [speaker] = extract(Article(id="t", text=text)).speakers
    assert speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The levy, a tax she called careless, was dropped.", "careless"),
        ("The plan, a scheme they called dangerous, was shelved.", "dangerous"),
        ("The rule, a measure he called unfair, stayed.", "unfair"),
        ("The raid, an action he described as lawful, left two hurt.", "lawful"),
    ],
)
def test_an_adjective_called_in_an_aside_is_what_was_said_up_to_its_comma(
    text: str, content: str
) -> None:
    assert [c for c, _, _ in named(text)] == [content]


def test_a_name_called_in_an_aside_is_still_no_statement() -> None:
    text = "The cook, a man she will only call Tomas, told her the soup was cold."
    assert [c for c, _, _ in named(text)] == ["the soup was cold"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("She said the plan had failed and warned that costs would rise.", ["said", "warned"]),
        ("Her rival accused officials of fraud and refused to concede.", ["accused", "refused"]),
        ("He proposes cutting the tax, and plans to cap rents.", ["proposes", "plans"]),
    ],
)
def test_a_cue_joined_to_the_speakers_verb_stays_the_speakers(text: str, cues: list[str]) -> None:
    assert [cue for _, _, cue in named(text)] == cues


@pytest.mark.parametrize(
    "text",
    [
        "Margaret Doyle admitted 14 counts of fraud at an earlier hearing.",
        "Doyle admitted two charges of theft.",
        "He admits all charges of assault.",
    ],
)
def test_counts_of_a_charge_admitted_are_a_plea(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Doyle admitted wrongdoing.",
        "She admitted the charges against her were true.",
        "The minister admitted that the charges were unfair.",
    ],
)
def test_a_fault_or_a_claim_admitted_stays_a_statement(text: str) -> None:
    assert [cue for _, _, cue in named(text)] == ["admitted"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Authorities in France and Italy confirmed the inquiries.",
            "Authorities in France and Italy",
        ),
        ("Residents in Leeds and York said the trains were late.", "Residents in Leeds and York"),
        ("Police in Paris and Lyon said the marches were calm.", "Police in Paris and Lyon"),
    ],
)
def test_people_in_joined_places_are_one_group(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


def test_two_people_joined_stay_joined() -> None:
    assert speaker_of("Tom Hale and Ann Lee said the deal was done.")[:2] == (
        "Tom Hale and Ann Lee",
        "group",
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Master Sgt. Rhea Dunmore said the convoy left at dawn.", "Master Sgt."),
        ("“The convoy left at dawn,” said Staff Sgt. Rhea Dunmore.", "Staff Sgt."),
        ("Army Master Sgt. Rhea Dunmore said the convoy left at dawn.", "Army Master Sgt."),
        ("Chief Master Sgt. Rhea Dunmore said the convoy left at dawn.", "Chief Master Sgt."),
        # near-misses: the master of a harbour, and a rank written out
        ("Harbour master Rhea Dunmore said the convoy left at dawn.", "Harbour master"),
        ("Master Sergeant Rhea Dunmore said the convoy left at dawn.", "Master Sergeant"),
    ],
)
def test_a_rank_opened_by_master_or_staff_is_one_role(text: str, role: str):
    assert speaker_of(text) == ("Rhea Dunmore", "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "there" after a relative clause's verb belongs to the clause
        ("Tenants who live there said the lifts were broken.", "Tenants who live there"),
        ("Drivers who park here said the lifts were broken.", "Drivers who park here"),
        ("Cleaners who work there told us the lifts were broken.", "Cleaners who work there"),
        # near-misses: "there" after the noun it places
        ("Tenants there said the lifts were broken.", "Tenants"),
        ("On Monday, cleaners here told us the lifts were broken.", "cleaners"),
        ("The caretaker there said the lifts were broken.", "The caretaker"),
    ],
)
def test_there_after_a_relative_clauses_verb_stays_in_the_subject(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Veltra told reporters it would appeal the fine.", "organization"),
        ("Veltra said Monday it would appeal the fine.", "organization"),
        ("Vale told the school board it had failed the children.", "unknown"),
    ],
)
def test_it_after_a_body_told_is_the_body_not_the_speaker(text: str, kind: str) -> None:
    assert speaker_of(text)[1] == kind


def test_a_refusal_to_comment_joined_by_and_is_the_speakers() -> None:
    text = "Lee said the company had paid the fine and declined to comment further."
    assert [c for c, _, _ in named(text)] == ["the company had paid the fine"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("In an essay for the Observer, Ann Lee, 52, said the law was unfair.", None),
        ("The hall was opened by the Governor, Ann Lee, who said it was overdue.", "Governor"),
        ("He wrote to the Registrar, Ann Lee, who said the form was late.", "Registrar"),
    ],
)
def test_an_office_after_a_preposition_is_a_role_unless_a_paper(
    text: str, role: str | None
) -> None:
    assert speakers(text)[-1] == ("Ann Lee", role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jin Park struck a note of caution. “We are not there yet,” he said.", "Jin Park"),
        ("Tariku Hill struck a note of caution. “We are not there yet,” he said.", "Tariku Hill"),
        (
            "Police said the road was shut. Kings Cross was closed for hours. "
            "“It was chaos,” he said.",
            "he",
        ),
    ],
)
def test_a_surname_like_a_place_word_is_still_a_persons(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)][-1] == speaker


def test_it_after_a_network_that_apologised_is_the_network() -> None:
    text = (
        "Halden TV aired the segment on Monday. The network apologised on Friday. "
        "It said the host had been suspended."
    )
    assert named(text)[-1][1] == "The network"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A startup called Nexo Labs raised $5 million last week.", []),
        (
            "A rival called Vale Holdings reported record sales.",
            [("record sales", "Vale Holdings", "reported")],
        ),
        (
            "A senator called Lee biased against farmers.",
            [("Lee biased against farmers", "A senator", "called")],
        ),
    ],
)
def test_a_named_things_own_verb_and_object_are_no_speech_of_call(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert named(text) == found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said the unions met and agreed to end the strike.",
            "the unions met and agreed to end the strike",
        ),
        (
            "Lee said the clubs met and agreed to share the costs.",
            "the clubs met and agreed to share the costs",
        ),
    ],
)
def test_bodies_in_a_content_agree_together(text: str, content: str) -> None:
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speakers_found"),
    [
        ("The teachers were clear: they will strike in May.", ["The teachers"]),
        ("The victims were clear: most were children.", []),
    ],
)
def test_people_may_be_clear_but_victims_are_a_finding(
    text: str, speakers_found: list[str]
) -> None:
    assert [name for _, name, _ in named(text)] == speakers_found


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("A ticket now costs 45 pounds, up from 40 pounds last year.", ["money", "money"]),
        ("The baby weighed 7 pounds, up from 6 pounds at birth.", ["measure", "measure"]),
        ("It costs 45 pounds. A bag weighs 40 pounds.", ["money", "measure"]),
    ],
)
def test_pounds_compared_with_money_are_money(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in find_figures(text)] == kinds


def test_the_lone_name_before_a_quotation_in_straight_marks_is_the_pronouns() -> None:
    text = 'Amara Kone struck a note of caution. "We are not there yet," he said.'
    assert [name for _, name, _ in named(text)] == ["Amara Kone"]
