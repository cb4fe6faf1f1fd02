"""Fact-check articles as an analyst who checks claims reads them: constructions found by
trying whosaid on invented fact-checks of a viral post on a dam's death toll, a senator's
crime claim and a video on fuel duty (in tests/data/speakers/), each tested here on other
invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


@pytest.mark.parametrize(
    "text",
    [
        "Verdict: Misleading. The photo was taken in 2014.",
        "Rating: Pants on Fire. No such law was passed.",
        "Ruling: False. The agency never said it.",
        "Conclusion: The figure is out of date.",
        "Fact: The bridge opened in 1998.",
    ],
)
def test_a_verdict_label_is_the_outlets_judgment_not_a_speaker(text: str):
    speakers, statements = find_statements(text)
    assert speakers == []
    assert statements == []


def test_a_speaker_label_still_names_its_speaker():
    speakers, statements = find_statements("Okafor: The bridge will reopen in May.")
    assert [s.name for s in speakers] == ["Okafor"]
    assert len(statements) == 1


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Criminologist Ada Brink said the rise was modest.", "Ada Brink", "Criminologist"),
        ("Demographer Ivo Sand said the count was plausible.", "Ivo Sand", "Demographer"),
        ("Statistician Lea Voss said the sample was small.", "Lea Voss", "Statistician"),
        ("Meteorologist Tom Reyes said the storm was rare.", "Tom Reyes", "Meteorologist"),
        (
            "Seismologist Mira Quint of Dalby University said the quake was shallow.",
            "Mira Quint",
            "Seismologist of Dalby University",
        ),
    ],
)
def test_an_experts_field_before_a_name_is_a_role(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_an_expert_unnamed_is_a_person_with_that_role():
    assert speaker_of("The statistician said the sample was too small.")[1:] == (
        "person",
        "statistician",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bill's text says the levy will stay at 12 percent.", "The bill's text"),
        ("A reverse image search shows the photo dates from 2016.", "A reverse image search"),
        ("The town had 9,000 people, according to the 2020 census.", "the 2020 census"),
        ("The clip's caption says the gates were opened on purpose.", "The clip's caption"),
        ("Other posts sharing the video say the law was never debated.", "Other posts"),
        ("Police spending rose, the city's adopted budgets show.", "the city's adopted budgets"),
    ],
)
def test_what_a_fact_check_weighs_a_claim_against_is_a_document(text: str, name: str):
    found, kind, _ = speaker_of(text)
    assert found.startswith(name)
    assert kind == "document"


def test_a_search_that_goes_on_is_no_speaker():
    [(_, speaker, _)] = attributed("The search for the hikers continued, rangers said.")
    assert speaker is not None and speaker.name == "rangers"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Data from the county sheriff show burglaries fell.", "the county sheriff"),
        ("Figures from the Home Office show arrests fell by a third.", "Home Office"),
        ("The data from the Tarsa Water Board show that use rose.", "Tarsa Water Board"),
        ("Records from the port authority show 40 ships docked.", "the port authority"),
    ],
)
def test_documents_from_a_source_report_what_the_source_says(text: str, source: str):
    [(content, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name == source
    assert cue in {"show", "shows"}
    assert not content.startswith("show")


@pytest.mark.parametrize(
    "text",
    [
        "A clip from the Lee show went viral on Monday.",
        "Fans watch the Apple Music show every week.",
    ],
)
def test_a_show_after_a_name_stays_a_noun(text: str):
    assert find_statements(text)[1] == []


def test_a_document_of_a_subject_opening_a_sentence_still_speaks():
    [(content, speaker, _)] = attributed("Video of the crash shows the van swerving left.")
    assert speaker is not None and speaker.name == "Video"
    assert content == "the van swerving left"


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        (
            "The photo was taken in 2016, the agency's spokesman, Ali Rem, said.",
            "The photo was taken in 2016",
            "Ali Rem",
            "agency's spokesman",
        ),
        (
            "The bridge is safe, a spokeswoman, Ana Lind, said on Monday.",
            "The bridge is safe",
            "Ana Lind",
            "spokeswoman",
        ),
        (
            "The clip is old, Ana Lind, the mayor's press secretary, said.",
            "The clip is old",
            "Ana Lind",
            "mayor's press secretary",
        ),
        (
            "The gates were opened in 2019 during a routine test, the plant's owner, Ivo Ruck, "
            "said in a statement.",
            "The gates were opened in 2019 during a routine test",
            "Ivo Ruck",
            "plant's owner",
        ),
    ],
)
def test_reported_speech_before_a_role_and_a_name_in_apposition(
    text: str, content: str, name: str, role: str
):
    [(found, speaker, cue)] = attributed(text)
    assert (found, cue) == (content, "said")
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


def test_a_quoted_statement_before_a_role_and_a_name_is_unchanged():
    [(found, speaker, _)] = attributed("“The bridge is safe,” her aide, Ana Lind, said.")
    assert found == "The bridge is safe"
    assert speaker is not None and (speaker.name, speaker.role) == ("Ana Lind", "aide")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The page that first shared the photo has repeatedly claimed that the count is fake.",
            "The page that first shared the photo",
        ),
        (
            "The group that organized the rally said the police were heavy-handed.",
            "The group that organized the rally",
        ),
        (
            "An account that posted the clip claimed the ballots were burned.",
            "An account that posted the clip",
        ),
        (
            "The site that ran the story has said the quote was genuine.",
            "The site that ran the story",
        ),
    ],
)
def test_a_source_with_a_relative_clause_in_that_is_the_speaker(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "The audit found that officials said the dam was weak.",
            "The audit",
            "officials said the dam was weak",
        ),
        (
            "Lee told the panel that inspectors said the dam was weak.",
            "Lee",
            "inspectors said the dam was weak",
        ),
    ],
)
def test_a_content_clause_in_that_keeps_its_speaker(text: str, name: str, content: str):
    first = attributed(text)[0]
    assert first[1] is not None and first[1].name == name
    assert first[0] == content


@pytest.mark.parametrize(
    "text",
    [
        "The page, which calls itself Real Talk, has claimed that the count is fake.",
        "A user who calls herself Mila wrote that the vote was rigged.",
        "The group, who call themselves the Watchers, said the vote was rigged.",
    ],
)
def test_a_name_its_subject_goes_by_in_a_relative_clause_reports_nothing(text: str):
    [(content, _, cue)] = attributed(text)
    assert cue != "calls" and cue != "call"
    assert "themselves" not in content and "itself" not in content


def test_a_self_description_outside_a_relative_clause_is_still_a_stance():
    [(content, _, cue)] = attributed("Lee calls himself a centrist.")
    assert (content, cue) == ("himself a centrist", "calls")


@pytest.mark.parametrize(
    "text",
    [
        "The clip's maker, who posts under the name Road King, could not be reached.",
        "The blogger, who writes under the pseudonym Kestrel, did not reply.",
        "The creator, who posts as Road King, did not respond.",
    ],
)
def test_the_name_one_posts_under_is_no_statement(text: str):
    assert attributed(text) == []


def test_writing_as_someone_that_reports_what_was_written():
    [(content, _, cue)] = attributed('Lee wrote as "Citizen K" that the vote was rigged.')
    assert cue == "wrote" and content.endswith("the vote was rigged")


@pytest.mark.parametrize(
    "text",
    [
        "Pratt did not answer a follow-up question about why the senator used the figure.",
        "The office ignored further questions about the count.",
        "Lee did not answer specific questions about the figure.",
    ],
)
def test_a_question_put_and_not_answered_is_no_statement(text: str):
    assert [cue for _, _, cue in attributed(text)] in ([], ["ignored"])


def test_questions_raised_are_still_a_stance():
    [(content, _, cue)] = attributed("Lee raised further questions about the figure.")
    assert (content, cue) == ("the figure", "questions about")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of the Interior said the toll was right. "
        "The morgues were not full, according to the health ministry.",
        "The Finance Ministry said the cost was low. The defence ministry said the cost was high.",
        "The Department of Labor said jobs rose. The justice department said arrests fell.",
    ],
)
def test_a_department_named_by_its_field_is_not_another_department(text: str):
    speakers, statements = find_statements(text)
    assert len(speakers) == 2
    assert len({st.speaker for st in statements}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Health said the toll was right. The health ministry added that it was.",
        "The Ministry of Foreign Affairs said talks went on. The foreign ministry added more.",
        "The Interior Ministry said the toll was right. The ministry added that it was final.",
    ],
)
def test_a_department_named_again_by_its_field_or_head_is_the_same(text: str):
    speakers, statements = find_statements(text)
    assert len(speakers) == 1
    assert len({st.speaker for st in statements}) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the census, the town had 9,000 people, Ana Lind said.", "Ana Lind"),
        ("According to police records, the road was closed, the mayor said.", "the mayor"),
        ("The town had 9,000 people, according to the census, Ana Lind said.", "Ana Lind"),
    ],
)
def test_a_source_cited_inside_a_speakers_words_leaves_them_the_speakers(text: str, name: str):
    [(content, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name == name
    assert cue == "said"
    assert "the town" in content.lower() or "the road" in content


def test_any_verb_of_saying_ends_the_speakers_words_after_a_cited_source():
    text = "According to police records, the road was closed, the mayor stated."
    [(content, speaker, cue)] = attributed(text)
    assert speaker is not None and speaker.name == "the mayor"
    assert cue == "stated" and content.startswith("According to police records")


def test_a_source_with_no_speaker_after_it_still_speaks():
    [(content, speaker, cue)] = attributed("According to the census, the town had 9,000 people.")
    assert speaker is not None and speaker.name == "the census"
    assert (content, cue) == ("the town had 9,000 people", "According to")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Crime rose in 40 mid-sized U.S. cities.", "40 mid-sized U.S. cities", "cities"),
        ("Prices fell in 12 U.K. regions last year.", "12 U.K. regions", "regions"),
    ],
)
def test_initials_of_a_place_inside_what_a_count_counts(text: str, span: str, unit: str):
    [figure] = find_figures(text)
    assert (text[figure.span[0] : figure.span[1]], figure.unit) == (span, unit)


def test_initials_of_a_place_after_a_count_of_something_else_are_not_counted():
    [figure] = find_figures("He lived for 40 years in the U.S. and liked it.")
    assert figure.unit == "year"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the object counts what a toll counts, not the subject's figures
        ("Official figures put the toll at about 4,100.", "deaths"),
        ("Rescuers put the number at roughly 300.", None),
    ],
)
def test_a_count_of_a_verbs_object_is_not_of_its_subject(text: str, unit: str | None):
    [figure] = find_figures(text)
    assert figure.unit == unit


def test_a_plural_subject_linked_to_its_count_still_names_the_unit():
    [figure] = find_figures("Flu cases rose to 1,240.")
    assert figure.unit == "cases"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The page, which calls itself "Real Talk", has claimed that the count is fake.',
            "The page",
        ),
        ('Ann Lee, author of "The Long Road", said the book was late.', "Ann Lee"),
        ("Ivo Perl, host of “Night Desk”, said the guest never came.", "Ivo Perl"),
    ],
)
def test_a_name_quoted_inside_an_appositive_keeps_the_attribution(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_a_quotation_before_its_speaker_is_unchanged():
    [(content, speaker, _)] = attributed('"The bridge is safe", Ann Lee said.')
    assert content == "The bridge is safe"
    assert speaker is not None and speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Priya Lennox MP said the charge was years away.", "Priya Lennox", "MP"),
        ("Committee chair Ola Brand MP said it was unlikely.", "Ola Brand", "Committee chair"),
        ("Ann Hale KC said the ruling was wrong.", "Ann Hale", "KC"),
        ("Tom Rees OBE said the award was a surprise.", "Tom Rees", "OBE"),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_the_letters_before_a_name_or_alone_stay_a_role():
    assert speaker_of("Labour MP Priya Lennox said it was unlikely.") == (
        "Priya Lennox",
        "person",
        "Labour MP",
    )
    assert speaker_of("The MP said it was unlikely.")[1:] == ("person", "MP")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A clip circulating alongside the post shows the gates wide open.",
            "A clip circulating alongside the post",
        ),
        (
            "A video spreading with the post shows a crowd at night.",
            "A video spreading with the post",
        ),
    ],
)
def test_a_document_whose_participle_has_an_object_is_the_speaker(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_a_person_before_such_a_participle_still_speaks():
    assert speaker_of("A lawyer representing the owner said the gates were shut.")[1] == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Fuel retailer Norvo warned that prices may rise.", "Norvo", "Fuel retailer"),
        ("The lender Brisk said rates rose.", "Brisk", "lender"),
        ("Budget airline Skyro said fares rose.", "Skyro", "Budget airline"),
    ],
)
def test_a_companys_trade_before_its_name_makes_an_organization(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "organization", role)


def test_a_companys_trade_alone_is_the_company_unnamed():
    assert speaker_of("The retailer said sales fell.")[:2] == ("The retailer", "organization")


_ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected", "absent"),
    [
        (
            "factcheck-dam-deaths.txt",
            {
                ("A viral Facebook post", "document"),
                ("Selim Arvani", "person"),
                ("the health ministry", "organization"),
                ("The page that first shared the claim", "document"),
                ("A reverse image search", "document"),
            },
            {"Verdict"},
        ),
        (
            "factcheck-senator-crime.txt",
            {
                ("Marta Halvorsen", "person"),
                ("Raymond Oduya", "person"),
                ("Brennick Police Department", "organization"),
                ("Julia Pratt", "person"),
            },
            {"Rating", "Data", "Criminologist Raymond Oduya"},
        ),
        (
            "factcheck-fuel-tax-video.txt",
            {
                ("The bill's text", "document"),
                ("Priya Lennox", "person"),
                ("Northway", "organization"),
                ("Other posts sharing the clip", "document"),
            },
            {"the creator of the video", "Committee chair Priya Lennox MP"},
        ),
        (
            "factcheck-ballot-video.txt",
            {
                ("Marcus Webb", "person"),
                ("Lillian Faro", "person"),
                ("Paul Imrie", "person"),
                ("Corven County Board of Elections", "organization"),
                ("Renata Villalobos", "person"),
                ("A Facebook page", "document"),
            },
            {"an account", "THE FACTS"},
        ),
        (
            "factcheck-crime-statistics.txt",
            {
                ("Gareth Mowbray", "person"),
                ("Nadia Kerr", "person"),
                ("Office for Policing Statistics", "organization"),
                ("The figures", "document"),
            },
            {"Verdict", "Our verdict"},
        ),
        (
            "factcheck-wind-birds.txt",
            {
                ("A post shared across Facebook, Instagram and X", "document"),
                ("Joost Verhagen", "person"),
                ("Coastal Wildlife Trust", "organization"),
                ("Helen Marsh", "person"),
            },
            {"Facebook, Instagram and X", "an account"},
        ),
    ],
)
def test_the_fact_check_articles_keep_their_speakers(
    article: str, expected: set[tuple[str, str]], absent: set[str]
):
    speakers, _ = find_statements((_ARTICLES / article).read_text(encoding="utf-8"))
    found = {(s.name, s.kind) for s in speakers}
    assert expected <= found
    assert absent.isdisjoint(s.name for s in speakers)


@pytest.mark.parametrize(
    "article", ["factcheck-ballot-video.txt", "factcheck-crime-statistics.txt"]
)
def test_a_fact_checks_view_counts_report_nothing(article: str):
    _, statements = find_statements((_ARTICLES / article).read_text(encoding="utf-8"))
    assert "viewed" not in {s.cue for s in statements}


@pytest.mark.parametrize(
    "text",
    [
        "The clip had been viewed more than 2 million times by Friday.",
        "The video was viewed 40,000 times before it was removed.",
        "Her post has been viewed nearly half a million times.",
    ],
)
def test_a_post_viewed_so_many_times_holds_no_view(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The newcomers were viewed as intruders.",
        "The plan is widely viewed as a gamble.",
    ],
)
def test_a_thing_viewed_as_something_is_still_a_thought(text: str):
    [(_, _, cue)] = attributed(text)
    assert cue == "viewed"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor is perceived by tenants to be aloof.", "tenants"),
        ("The levy is regarded by farmers to be unfair.", "farmers"),
        ("The merger is viewed by regulators with unease.", "regulators"),
    ],
)
def test_a_view_held_by_an_agent_without_as_is_the_agents(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The clip was viewed by 3 million people.",
        "The clip was viewed by thousands of users.",
        "The dam is viewed from the bridge.",
    ],
)
def test_a_thing_watched_by_a_count_or_from_a_place_holds_no_view(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name", "cue", "content"),
    [
        (
            "A group called Parents First said the books were unsuitable.",
            "Parents First",
            "said",
            "the books were unsuitable",
        ),
        (
            "A blog called The Daily Lantern claimed the mayor had resigned.",
            "The Daily Lantern",
            "claimed",
            "the mayor had resigned",
        ),
        (
            "An account called @RoadKing wrote that the bridge was closed.",
            "RoadKing",
            "wrote",
            "the bridge was closed",
        ),
    ],
)
def test_a_source_called_by_its_name_speaks_with_its_own_verb(
    text: str, name: str, cue: str, content: str
):
    [(found, speaker, found_cue)] = attributed(text)
    assert (found, found_cue) == (content, cue)
    assert speaker is not None and speaker.name == name


def test_a_page_called_by_its_name_shares_a_claim_not_its_name():
    text = "A page called Vale Watch shared it with the claim that the vote was rigged."
    assert [(c, cue) for c, _, cue in attributed(text)] == [("the vote was rigged", "claim")]


def test_an_account_called_by_its_handle_in_an_aside_reports_nothing():
    text = "The post, first shared by an account called @TideTruth on 3 May, was later deleted."
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A spokesman called Smith a liar.", "Smith a liar"),
        ("A senator called Orr's plan reckless.", "Orr's plan reckless"),
        ("A spokesman called it a mistake.", "it a mistake"),
    ],
)
def test_calling_someone_something_is_still_speech(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "called")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A governor called Orr unfit for office.", "Orr unfit for office"),
        ("A columnist called Dunmore misguided.", "Dunmore misguided"),
        ("An economist called Vellor overpriced.", "Vellor overpriced"),
        ("A rival called Osk obsessed with polls.", "Osk obsessed with polls"),
    ],
)
def test_calling_a_name_an_adjective_in_ed_is_still_speech(text: str, content: str):
    [(found, _, cue)] = attributed(text)
    assert (found, cue) == (content, "called")


def test_a_page_called_by_its_name_with_a_verb_and_its_object_reports_nothing_by_calling():
    text = "A page called Tide Truth shared the clip on Monday."
    assert [cue for _, _, cue in attributed(text)] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("THE FACTS: The photo is from 2017, according to the agency.", "The photo is from 2017"),
        ("UPDATE: The road has reopened, police said.", "The road has reopened"),
        ("Our verdict: The figure is out of date, the agency said.", "The figure is out of date"),
        ("The claim: Rents doubled in a year, the senator said.", "Rents doubled in a year"),
    ],
)
def test_a_label_opening_the_paragraph_is_no_part_of_what_was_said(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("In short: The photo is from 2017, the agency said.", "In short: The photo is from 2017"),
        (
            "The long story: The photo is from 2017, the agency said.",
            "The long story: The photo is from 2017",
        ),
    ],
)
def test_a_colon_after_other_words_stays_in_the_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A post shared across Facebook, Instagram and X claims that the dam burst.",
            "A post shared across Facebook, Instagram and X",
        ),
        ("A post shared on Facebook claims that the pier collapsed.", "A post shared on Facebook"),
        ("A video circulating on TikTok claims the mayor quit.", "A video circulating on TikTok"),
        (
            "A video circulating widely on TikTok claims the mayor quit.",
            "A video circulating widely on TikTok",
        ),
        ("A meme posted to Instagram says the tax doubled.", "A meme posted to Instagram"),
    ],
)
def test_a_post_shared_on_a_platform_speaks_not_the_platform(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A lawyer representing Ann Lee said the dam burst.",
            "A lawyer representing Ann Lee",
            "person",
        ),
        (
            "A nurse working quietly at the clinic said it was full.",
            "A nurse working quietly at the clinic",
            "person",
        ),
        ("The report released on Monday said the dam burst.", "The report", "document"),
    ],
)
def test_a_person_or_a_document_before_its_participle_keeps_its_kind(
    text: str, name: str, kind: str
):
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('@TideTruth posted the clip with the caption: "The levee is gone."', "TideTruth"),
        (
            'Another account, @TideTruth, shared the photo with the caption: "The levee is gone."',
            "Another account",
        ),
        ('Ann Vale posted the clip with the caption: "The levee is gone."', "Ann Vale"),
    ],
)
def test_a_caption_after_a_colon_is_the_posters(text: str, name: str):
    [(content, speaker, _)] = attributed(text)
    assert content == "The levee is gone"
    assert speaker is not None and speaker.name == name


def test_a_document_before_a_colon_still_quotes_another():
    assert (
        attributed('The account of the raid ends with a line: "Nobody came back that night."') == []
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Brackmoor's MP, Leonard Fitch, said the post was false.",
            "Leonard Fitch",
            "Brackmoor's MP",
        ),
        (
            "Reno's Opposition Leader, Ann Vale, said it was false.",
            "Ann Vale",
            "Reno's Opposition Leader",
        ),
    ],
)
def test_a_role_in_capitals_after_a_possessive_apposes_the_name(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_a_body_in_capitals_after_a_possessive_keeps_its_members_apart():
    assert speaker_of("Acme's Board, Ann Vale and Tom Hale, said it was false.")[:2] == (
        "Acme's Board",
        "organization",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Facebook said it had removed the post.",
        "TikTok said the video broke its rules.",
        "YouTube said in a statement that the channel was suspended.",
    ],
)
def test_a_social_network_speaking_is_its_company(text: str):
    assert speaker_of(text)[1] == "organization"


def test_a_post_on_a_network_is_still_the_document():
    assert speaker_of("A post on Facebook said the dam burst.")[:2] == ("A post", "document")
