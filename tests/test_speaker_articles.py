"""Invented news articles, read as a new user would: each statement's speaker as a careful
reader names it (people sharing a surname, a woman and a man alternating by pronouns, a company
and an outlet quoted, descriptions by role, age and party, a byline; a Canadian wire story with
its spokespeople, ministries and "Mr." second references; a European story with names in other
alphabets, particles and three words; two women and a man, a quoted audit and a newspaper)."""

from pathlib import Path

import pytest

from tui.core.statements import find_statements

DATA = Path(__file__).parent / "data" / "speakers"


def speakers_by_content(name: str) -> dict[str, tuple[str | None, str | None]]:
    """Each statement's content (its first 40 characters) -> (speaker name, kind)."""
    text = (DATA / name).read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    found = {}
    for s in statements:
        speaker = by_id.get(s.speaker or "")
        content = text[s.span[0] : s.span[1]][:40]
        found[content] = (speaker.name, speaker.kind) if speaker else (None, None)
    return found


def speaker_of(found: dict[str, tuple[str | None, str | None]], opening: str) -> tuple:
    matches = [value for content, value in found.items() if content.startswith(opening)]
    assert len(matches) == 1, f"no single statement opens with {opening!r}: {sorted(found)}"
    return matches[0]


HARBOR = [
    ("the bridge could not wait", "Maria Delgado", "person"),
    ("Every month we delay", "Maria Delgado", "person"),
    ("the plan leaned too heavily", "Robert Delgado", "person"),
    ("I am not against fixing", "Robert Delgado", "person"),
    ("That is three more months", "Maria Delgado", "person"),
    ("he had received dozens of calls", "Robert Delgado", "person"),  # "The councilman"
    ("it stood by its estimate", "Bayline Construction", "organization"),
    ("Our figures were reviewed", "Bayline Construction", "organization"),  # "the company"
    ("the state would cover", "Karen Liu", "person"),  # "A spokeswoman for ..., Karen Liu,"
    ("he had asked both council", "Thomas Whitfield", "person"),  # "The mayor"
    ("she had watched the railings", "Ellen Park", "person"),
    ("he wanted the council", "James Okafor", "person"),  # "Her neighbor, James Okafor,"
    ("It's our money", "James Okafor", "person"),
    ("he would push for more state", "Paul Hendricks", "person"),
    ("the bridge was", "Paul Hendricks", "person"),  # "The 61-year-old Republican"
]

MERGER = [
    ("the merger would let", "Linda Fairbanks", "person"),
    ("We did not rush this", "Samuel Brooks", "person"),
    ("nurses had not been consulted", "Angela Moreno", "person"),  # "Its president, ..."
    ("the union would ask", "Angela Moreno", "person"),
    ("the office would review", "Daniel Reyes", "person"),  # "A spokesman for ..., Daniel Reyes,"
    ("a deal could be announced", "The Wall Street Journal", "media"),  # "The newspaper"
    ("he would hold meetings", "Samuel Brooks", "person"),  # "The 58-year-old cardiologist"
    ("We are going to look", "Linda Fairbanks", "person"),
]

SENATE = [
    ("the drought had made water", "Carol Whitman", "person"),
    ("Whitman's record on water", "Greg Johnson", "person"),  # "The Republican nominee, ..."
    ("he would push for new storage", "Greg Johnson", "person"),  # "Johnson" before Dale
    ("both parties had failed", "Dale Johnson", "person"),
    ("I love my cousin", "Dale Johnson", "person"),
    ("Dale has always been", "Greg Johnson", "person"),  # the subject just before
    ("the ad would run", "Tara Nguyen", "person"),  # "Her spokeswoman, Tara Nguyen,"
    ("the bill Whitman passed", "Greg Johnson", "person"),  # "The 47-year-old Republican"
    ("It protected the groundwater", "Carol Whitman", "person"),
    ("the outlook would be", "Luis Ortega", "person"),  # "An agency spokesman, Luis Ortega,"
    ("the Whitman campaign had raised", "KTVN", "media"),
    ("he did not want to give", "Greg Johnson", "person"),
]


FERRY = [
    ("her members had offered", "Margaret Doucette", "person"),  # "The head of the union, ..."
    ("We came to the table", "Margaret Doucette", "person"),
    ("the government's offer", "Kevin Arsenault", "person"),
    ("Nobody wants to see", "Kevin Arsenault", "person"),
    ("contingency plans would", "Ministry of Transportation", "organization"),
    ("the province does not have", "Jean Cormier", "person"),  # "According to a spokesperson"
    ("They can put managers", "Jean Cormier", "person"),
    ("she had spoken with", "Laura Whitcombe", "person"),
    ("There is a deal", "Laura Whitcombe", "person"),  # "the premier"
    ("guests had already begun", "Bill Sutherland", "person"),  # "told The Canadian Press"
    ("a week without the ferry", "Bill Sutherland", "person"),
    ("council would ask", "Heather Lalonde", "person"),
    ("Ambulance service on", "Priya Raman", "person"),  # "said X, a spokesperson for Y"
    ("the service had plans", "Priya Raman", "person"),
    ("the federal government should", "Daniel Tremblay", "person"),  # "Conservative MP ..."
    ("he had written to", "Daniel Tremblay", "person"),
    ("the Coast Guard was", "Margaret Doucette", "person"),  # "The union leader"
    ("You cannot borrow boats", "Margaret Doucette", "person"),
    ("the province would return", "Kevin Arsenault", "person"),  # "The minister"
    ("Ferry traffic to the islands", "Ministry of Transportation", "organization"),
    ("members had been told", "Sandra Kowalczyk", "person"),
    ("They live here", "Jean Cormier", "person"),
]

QUOTAS = [
    ("the scientific advice", "Klaus Müller", "person"),
    ("The stock is not", "Klaus Müller", "person"),
    ("a deep cut would", "Élodie Durand", "person"),  # "His French counterpart, ..."
    ("We are being asked", "Élodie Durand", "person"),
    ("he had driven through", "Jean-Pierre Lefèvre", "person"),
    ("My father fished", "Jean-Pierre Lefèvre", "person"),
    ("the fleets most exposed", "the Commission's own impact study", "document"),  # "The study"
    ("Small-scale vessels", "the Commission's own impact study", "document"),  # "it states"
    ("a smaller cut", "Pieter van der Berg", "person"),  # "He", after "... tried to broker"
    ("Nobody leaves this room", "Pieter van der Berg", "person"),  # "Mr van der Berg"
    ("the Baltic had shown", "Łukasz Wiśniewski", "person"),
    ("We closed the Baltic", "Łukasz Wiśniewski", "person"),
    ("Irish boats had", "Siobhán O'Neill", "person"),
    ("Every year we are told", "Siobhán O'Neill", "person"),
    ("the federation would ask", "Siobhán O'Neill", "person"),
    ("the spawning stock", "Ana Sofia Marques", "person"),
    ("The numbers have been", "Ana Sofia Marques", "person"),  # "Dr Marques"
    ("the ministers should", "Karim al-Hassan", "person"),  # "A spokesperson for ... Oceana, ..."
    ("Every tonne above", "Karim al-Hassan", "person"),
    ("Spain and Portugal", "The Financial Times", "media"),
    ("Madrid wanted a deal", "María José Fernández", "person"),
    ("We will not sign", "María José Fernández", "person"),
    ("Work will continue", "the note", "document"),
    ("Berlin would not accept", "Klaus Müller", "person"),
    ("at least five other", "Élodie Durand", "person"),
]

AUDIT = [
    ("The district lacks", "the report", "document"),
    ("her office had found", "Denise Harper", "person"),
    ("he accepted most", "Victor Salas", "person"),  # "The district's general manager, ..."
    ("the district had already", "Victor Salas", "person"),
    ("the board had approved", "Denise Harper", "person"),
    ("board members had relied", "Rachel Kim", "person"),
    ("the summaries were prepared", "Victor Salas", "person"),
    ("the contractor, Ridgeline", "The Sacramento Bee", "media"),
    ("Kim was not among them", "The Sacramento Bee", "media"),  # "according to the Bee"
    ("the company had done", "Mark Ellison", "person"),
    ("Water bills in the district", "Public Policy Institute of California", "organization"),
    ("People were told to cut", "Alicia Romero", "person"),
    ("it would also back", "Alicia Romero", "person"),
    ("the meeting", "She", "person"),  # after "Harper and Kim": either
    ("The pipes do not care", "Victor Salas", "person"),
    ("People are angry", "Rachel Kim", "person"),
    ("she would introduce", "Teresa Vaughn", "person"),
    ("This should never have", "Teresa Vaughn", "person"),  # "told The Sacramento Bee"
    ("We will be back", "Denise Harper", "person"),
]

HOUSING = [
    ("an agreement could be", "Two senior officials familiar with the talks", "group"),
    ("she would not negotiate", "Anita Sandhu", "person"),
    ("We have made real progress", "Anita Sandhu", "person"),
    ("housing falls under", "Geneviève Tremblay-Roy", "person"),
    ("Quebec does not need", "Geneviève Tremblay-Roy", "person"),
    ("the province would accept", "Geneviève Tremblay-Roy", "person"),
    ("the minister would travel", "Olivier Gagnon", "person"),  # "Her press secretary, ..."
    ("it did not comment", "Department of Housing, Infrastructure and Communities", "organization"),
    ("his city had approved", "Luc Desjardins", "person"),
    ("Every month this drags", "Luc Desjardins", "person"),
    ("the dispute showed", "Karen O'Brien", "person"),  # "Its president, ..."
    ("Cities are the ones", "Karen O'Brien", "person"),
    ("the deal, if it goes ahead", "Mark Lindqvist", "person"),
    ("Other provinces signed", "Mark Lindqvist", "person"),
    ("the delay had hurt", "Sophie Arsenault", "person"),  # "NDP MP ..."
    ("the meeting", "She", "person"),  # after "Ms. Sandhu and Ms. Tremblay-Roy"
    ("most of those homes", "A 2024 report by the Parliamentary Budget Officer", "document"),
    ("housing starts in Quebec", "Canada Mortgage and Housing Corporation", "organization"),
    ("If there is a side deal", "Mark Lindqvist", "person"),
    ("the Prime Minister had been", "Daniel Okafor", "person"),
    ("Quebec would not sign", "Olivier Gagnon", "person"),
    ("We have learned to read", "Olivier Gagnon", "person"),
]

SOLAR = [
    ("it would cut about 900", "Helio Grid Inc", "organization"),  # "Helio Grid Inc., the ..."
    ("These are people who built", "Raymond Okoye", "person"),
    ("it expected to record", "Helio Grid Inc", "organization"),  # "The company"
    ("the whole residential solar", "Priya Natarajan", "person"),
    ("she expected other installers", "Priya Natarajan", "person"),
    ("a rival, SunCrest Energy", "Bloomberg", "media"),
    ("the city would work", "Elena Vasquez", "person"),
    ("the company had received", "Samuel Ortiz", "person"),  # "Its director, ..."
    ("the tax breaks were tied", "Jenna Marsh", "person"),
    ("the company would keep", "Raymond Okoye", "person"),  # after "Okoye and Vasquez"
]

ARTICLES = [
    ("harbor-bridge.txt", HARBOR),
    ("clinic-merger.txt", MERGER),
    ("senate-race.txt", SENATE),
    ("ferry-talks.txt", FERRY),
    ("fishing-quotas.txt", QUOTAS),
    ("water-audit.txt", AUDIT),
    ("housing-accord.txt", HOUSING),
    ("solar-layoffs.txt", SOLAR),
]


@pytest.mark.parametrize(("article", "expected"), ARTICLES)
def test_each_statement_has_the_speaker_a_careful_reader_names(article, expected):
    found = speakers_by_content(article)
    wrong = [
        (opening, speaker_of(found, opening), (name, kind))
        for opening, name, kind in expected
        if speaker_of(found, opening) != (name, kind)
    ]
    assert wrong == []


@pytest.mark.parametrize("article", [article for article, _ in ARTICLES])
def test_the_byline_and_the_contributor_line_are_no_speakers(article):
    names = {name for name, _ in speakers_by_content(article).values()}
    bylines = {"Jane Roe", "John Doe", "Associated Press", "Mark Ellis", "Alex Morrison"}
    bylines |= {"The Canadian Press", "Fiona Gallagher", "Tomasz Zieliński", "Nora Castillo"}
    bylines |= {"Dana Whitfield", "The Fresno Bee"}
    bylines |= {
        "Marie-Ève Côté",
        "Jean-François Bélanger",
        "Marie-Ève Côté and Jean-François Bélanger",
    }
    assert not (bylines | {"Paul Whitaker"}) & names
