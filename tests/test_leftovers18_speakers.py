"""Session 18's leftovers on speakers: given names joined before one surname, the subject after
an opening clause, one role by another name, ranks that are also adjectives, a company's trade
opening the sentence, a group's name by its cause, a residence after a name, and the body a bare
spokesperson speaks for; each construction tried on invented sentences, with near-misses that
must not change (the articles in tests/data/speakers/leftovers18-*.txt use them together)."""

import pytest
from extraction_helpers import attributed, missing_speakers, speaker_names, speaker_of

# --- given names joined by "and" before one surname (names.joined_given_name) ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Lena and Mira Kovac own the cafe. “We love it,” Lena said. Mira said rent was high.",
            ["Lena Kovac", "Mira Kovac"],
        ),
        (
            "Tavi and Oba Renner run the farm. Tavi said the rain came late. “We lost hay,” Oba "
            "said.",
            ["Tavi Renner", "Oba Renner"],
        ),
        (
            "Sisters Ysolde and Brisa Halm opened a bakery in May. Brisa said sales were good.",
            ["Brisa Halm"],
        ),
        (
            "Lena and Mira Kovac’s cafe opened in May. “We are tired,” Lena said.",
            ["Lena Kovac"],
        ),
    ],
)
def test_a_given_name_joined_before_a_surname_shares_it(text: str, names: list[str]):
    assert speaker_names(text) == names


def test_each_of_two_joined_given_names_is_its_own_person():
    text = "Tavi and Oba Renner run the farm. Tavi said hay was short. Oba said it was fine."
    found = [speaker for _, speaker, _ in attributed(text)]
    assert [(s.name, s.kind) for s in found if s] == [
        ("Tavi Renner", "person"),
        ("Oba Renner", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        # a name's word before the first: places, not two given names
        ("Fans in New York and Ohio State cheered. “We love it,” York said.", "York State"),
        # a capital after the surname: a body's name
        ("Tavi and Oba Renner Foundation gave money. “We love it,” Tavi said.", "Tavi Renner"),
        # a month, no given name
        ("Tavi spoke in May and June Vale sang. “We love it,” May said.", "May Vale"),
    ],
)
def test_no_surname_is_shared_outside_two_given_names(text: str, shared: str):
    assert shared not in speaker_names(text)


# --- the subject after an opening clause (registry: _pronoun_opens, _opening_role) ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Asked whether she would cook again, Amara Kone paused. “Maybe,” she said.",
            "Amara Kone",
        ),
        (
            "Ann Lee said the vote was close. Asked whether she would stay, Amara Kone paused. "
            "“Maybe,” she said.",
            "Amara Kone",
        ),
        (
            "Pressed on whether he would run, Tavi Ansah shrugged. “We will see,” he said.",
            "Tavi Ansah",
        ),
        # a pronoun subject after the opening clause: the name before it still stands
        (
            "Amara Kone paused. Asked whether she would cook again, she shrugged. “Maybe,” she "
            "said.",
            "Amara Kone",
        ),
        (
            "Amara Kone paused. When she came home, she shrugged. “Maybe,” she said.",
            "Amara Kone",
        ),
    ],
)
def test_the_subject_after_an_opening_clause_is_what_a_pronoun_stands_for(text: str, name: str):
    assert speaker_names(text)[-1] == name


@pytest.mark.parametrize(
    "opening",
    ["Asked about the cost, the mayor", "Speaking to reporters, the mayor", "On Monday, the mayor"],
)
def test_a_role_after_an_opening_clause_is_what_a_pronoun_stands_for(opening: str):
    text = f"Tom Hale said the vote was close. {opening} shrugged. “We will see,” he said."
    [*_, (_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name.lower(), speaker.role) == ("the mayor", "mayor")


@pytest.mark.parametrize(
    "text",
    [
        # an appositive, not an opening clause: the name before it is the subject
        "Tom Hale said the vote was close. Tom Hale, the mayor, shrugged. “We will see,” he said.",
        # the role is the object, not the subject
        "Tom Hale said the vote was close. He met the mayor on Monday. “We will see,” he said.",
    ],
)
def test_a_role_after_a_comma_that_opens_no_clause_is_no_subject(text: str):
    assert speaker_names(text)[-1] == "Tom Hale"


def test_another_name_in_the_sentence_after_an_opening_clause_still_competes():
    text = "Asked whether she would cook again, Amara Kone met Oba Tunde. “Maybe,” she said."
    [*_, (_, speaker, _)] = attributed(text)
    assert speaker is not None and not speaker.named


# --- one role by another name (lexicon.ROLE_SYNONYMS, registry._sole_holder) ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Vale family sued the city.\n\nThe family's lawyer, Marcus Ellery, said the city "
            "ignored the warnings.\n\nThe city denied it.\n\nThe suit seeks damages, their "
            "attorney said Monday.",
            "Marcus Ellery",
        ),
        (
            "Acme spokesperson Dana Whit said the plant would reopen.\n\nThe spokeswoman added "
            "that no one was hurt.",
            "Dana Whit",
        ),
        (
            "Noor Basi, an attorney for the tenants, said rents rose.\n\nThe lawyer said the "
            "landlord had ignored them.",
            "Noor Basi",
        ),
        # the description first, the name later
        (
            "The Vale family sued the city, their attorney said.\n\nThe city denied it.\n\nThe "
            "family's lawyer, Marcus Ellery, said the city ignored the warnings.",
            "Marcus Ellery",
        ),
        (
            "The plant would reopen, the spokeswoman said.\n\nAcme spokesperson Dana Whit said "
            "no one was hurt.",
            "Dana Whit",
        ),
    ],
)
def test_a_role_by_another_name_is_the_one_person_holding_it(text: str, name: str):
    assert set(speaker_names(text)) == {name}


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # two people hold the role
        (
            "The Vale family sued the city, the attorney said.\n\nThe family's lawyer, Marcus "
            "Ellery, said the city ignored the warnings. Tom Roe, the city's lawyer, said the "
            "suit was weak.",
            "The Vale family",
        ),
        (
            "Lena's lawyer, Ivo Pel, said the recipe was hers. Mira's lawyer, Dana Whit, said it "
            "was not. The suit is weak, the attorney said.",
            "The suit is weak",
        ),
        # a gender that disagrees
        (
            "Acme spokesperson Tom Whit said the plant would reopen.\n\nThe spokeswoman added "
            "that no one was hurt.",
            "no one was hurt",
        ),
        # an indefinite one is someone else
        (
            "Acme spokesperson Dana Whit said the plant would reopen.\n\nA spokeswoman for the "
            "city added that no one was hurt.",
            "no one was hurt",
        ),
        # a name owns it, and the holder's role another
        (
            "The family's lawyer, Marcus Ellery, said the city ignored the warnings.\n\nVantrex "
            "Properties said the rent was fair. Their attorney said the suit was weak.",
            "the suit was weak",
        ),
        (
            "The family's lawyer, Marcus Ellery, said the city ignored the warnings.\n\nVantrex's "
            "attorney said the suit was weak.",
            "the suit was weak",
        ),
    ],
)
def test_a_role_by_another_name_is_no_one_when_it_is_not_one_persons(text: str, opening: str):
    [speaker] = [s for content, s, _ in attributed(text) if content.startswith(opening)]
    assert speaker is not None and not speaker.named


# --- ranks that are also adjectives (registry._adjective_rank) ---


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Major Tom Reyes said the base was safe. Reyes said drills go on.", "Tom Reyes", "Major"),
        (
            "Private Dana Whit said the base was safe. Whit said drills go on.",
            "Dana Whit",
            "Private",
        ),
    ],
)
def test_a_rank_that_is_an_adjective_is_the_role_before_a_name(text: str, name: str, role: str):
    found = [speaker for _, speaker, _ in attributed(text)]
    assert [(s.name, s.role) for s in found if s] == [(name, role)] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Major League Soccer said the season would go on.", "Major League Soccer"),
        ("Private Eye said the story was true.", "Private Eye"),
        ("Major Tom said the base was safe.", "Major Tom"),  # no surname after a given name
    ],
)
def test_an_adjective_rank_in_a_name_stays_in_it(text: str, name: str):
    assert speaker_of(text)[0] == name


# --- a company's trade opening the sentence (noun_phrases._goods_maker) ---


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Drug maker Vantrex said sales rose.", "Vantrex", "Drug maker"),
        ("Steelmaker Ostrava said sales rose.", "Ostrava", "Steelmaker"),
        ("Chipmaker Lumora said sales rose.", "Lumora", "Chipmaker"),
        ("On Monday, drug maker Vantrex said sales rose.", "Vantrex", "drug maker"),
        ("Shares fell after steel maker Ostrava said sales rose.", "Ostrava", "steel maker"),
    ],
)
def test_a_maker_of_goods_before_a_name_is_a_companys_trade(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "organization", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Filmmaker Ana Ruiz said the film was done.", "Ana Ruiz", "Filmmaker"),
        ("Lawmaker Ana Ruiz said the bill would pass.", "Ana Ruiz", "Lawmaker"),
        ("Toymaker Ana Ruiz said sales rose.", "Ana Ruiz", "Toymaker"),  # a given name: hers
    ],
)
def test_a_maker_before_a_persons_name_stays_a_persons_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


# --- a group's name by its cause (names._cause_named) ---


@pytest.mark.parametrize(
    "name", ["Parents for Safer Streets", "Nurses for Fair Pay", "Neighbours for Clean Water"]
)
def test_a_plural_for_an_adjective_and_a_noun_is_a_campaigns_name(name: str):
    assert speaker_of(f"{name} said the plan was weak.")[:2] == (name, "organization")


@pytest.mark.parametrize(
    "name",
    ["Lawyers for Ann Vale", "Writers for Vogue", "Lawyers for Fair Isaac", "Lawyers for the city"],
)
def test_people_for_a_person_or_an_outlet_stay_a_group(name: str):
    assert speaker_of(f"{name} said the plan was weak.")[:2] == (name, "group")


# --- a residence after a name ---


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, of Manchester City, said the match was fixed.",
        "Jane Roe, of Port Alder, said the match was fixed.",
        "“The match was fixed,” said Jane Roe, of Manchester City.",
    ],
)
def test_a_place_after_a_names_comma_is_where_the_person_lives(text: str):
    assert speaker_of(text)[:2] == ("Jane Roe", "person")


# --- the body a bare spokesperson speaks for (registry._fill_spoken_for) ---

_DISTRICT = (
    "The Brackton School District will close two schools, the board decided Tuesday.\n\n"
    "The Brackton School District said enrollment had fallen by 14 percent.\n\n"
    "“This is our school,” said Dana Whit, a mother of three.\n\n"
    "The district will hold two more sessions in March, a spokeswoman said."
)


def test_a_bare_spokesperson_speaks_for_the_one_body_that_speaks():
    *_, (_, speaker, _) = attributed(_DISTRICT)
    assert speaker is not None
    assert speaker.role == "spokeswoman for Brackton School District"


@pytest.mark.parametrize(
    "after",
    [
        "Mayor Ivo Pel said the closures were sad.",  # an office with spokespeople of its own
        "The teachers union said the closures were sad.",  # another body speaks
    ],
)
def test_a_bare_spokesperson_speaks_for_no_body_when_another_may_have_one(after: str):
    found = attributed(f"{_DISTRICT}\n\n{after}")
    (speaker,) = [s for _, s, _ in found if s and s.name == "a spokeswoman"]
    assert speaker.role is None


# --- a relative clause opened by "that" on a name's description (statements.clauses) ---


@pytest.mark.parametrize(
    ("text", "name", "first", "second"),
    [
        (
            "Acme Foods, a firm that has lobbied for lower taxes, said sales rose.",
            "Acme Foods",
            "lower taxes",
            "sales rose",
        ),
        (
            "Parents for Safer Streets, a group that pushed for a crosswalk, said the street "
            "was dark.",
            "Parents for Safer Streets",
            "a crosswalk",
            "the street was dark",
        ),
        (
            "Tom Hale, a farmer that backed the plan, said the vote was close.",
            "Tom Hale",
            "the plan",
            "the vote was close",
        ),
    ],
)
def test_a_cue_in_a_that_clause_on_a_description_ends_at_its_comma(
    text: str, name: str, first: str, second: str
):
    assert [(content, s.name if s else None) for content, s, _ in attributed(text)] == [
        (first, name),
        (second, name),
    ]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "that" on an object, no description after a name's comma
        (
            "Acme Foods backed a plan that lobbied for lower taxes.",
            ["a plan that lobbied for lower taxes"],
        ),
        # "which": read as before
        (
            "The trust, which filed a brief backing the city, said the law was void.",
            ["the city", "the law was void"],
        ),
        # the main cue's own object goes on past a later comma
        (
            "Acme Foods, a firm that has lobbied for lower taxes, said sales rose, and said "
            "costs fell.",
            ["lower taxes", "sales rose", "costs fell"],
        ),
    ],
)
def test_other_relative_clauses_keep_their_contents(text: str, contents: list[str]):
    assert [content for content, _, _ in attributed(text)] == contents


# --- "the company" after a place or a public body named last (registry._mentioned_company) ---


@pytest.mark.parametrize(
    "text",
    [
        "Acme Foods will close its plant in Port Alder, the company said Tuesday.",
        "Acme Foods will sell its stake in the Port of Tavel, the company said.",
    ],
)
def test_the_company_is_the_last_company_named_past_a_place(text: str):
    assert speaker_of(text)[:2] == ("Acme Foods", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # another company named last: that one, as before
        ("Acme Foods sold its stake to Brill Holdings, the company said.", "Brill Holdings"),
        # no company named: the description
        ("The plant in Port Alder will close, the company said.", "the company"),
    ],
)
def test_the_company_is_still_the_last_one_named(text: str, name: str):
    assert speaker_of(text)[0] == name


# --- the invented articles ---


def test_the_cafe_article_keeps_its_speakers():
    assert (
        missing_speakers(
            "leftovers18-cafe.txt",
            [
                ("We never planned", "Lena Kovac", "person"),
                ("the rent had doubled", "Mira Kovac", "person"),
                ("Maybe", "Lena Kovac", "person"),
                ("the landlord had ignored", "Marcus Ellery", "person"),
                ("The lease is clear", "Marcus Ellery", "person"),
                ("the rent followed the market", "Vantrex Properties", "organization"),
                ("The street needs", "Ines Varga", "person"),
                ("a crosswalk near the corner", "Parents for Safer Streets", "organization"),
                ("the loss of small shops", "Parents for Safer Streets", "organization"),
            ],
        )
        == []
    )


def test_the_base_article_keeps_its_speakers():
    assert (
        missing_speakers(
            "leftovers18-base.txt",
            [
                ("the drill went as planned", "Tom Reyes", "person"),
                ("We heard the first blast", "Tom Reyes", "person"),
                ("no one was hurt", "Tom Reyes", "person"),
                ("the noise rattled windows", "Ysolde Brink", "person"),
                ("We were never told", "Ysolde Brink", "person"),
                ("the contract covered", "Ostrava", "organization"),
                ("The schools were not warned", "Oba Renner", "person"),
            ],
        )
        == []
    )
