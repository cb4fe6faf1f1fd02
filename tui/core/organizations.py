"""Organizations and news outlets by their names, as data: what makes a speaker's name a
company, an institution or a medium rather than a person.

A compact list of widely known outlets (the standard readers expect: "Reuters", "Fox News"),
and the words that head an organization's or an outlet's own name ("Acme Holdings",
"The Daily Herald"). All lower case; rules read these sets, they never grow from one article.
"""

from __future__ import annotations

# Widely known companies whose names read as a person's (initials and a surname, or a given
# name and a surname), as `_plain` writes them: "J.P. Morgan said" is the bank.
PERSON_NAMED_COMPANIES: frozenset[str] = frozenset(
    {
        "j.p morgan",
        "j.p morgan chase",
        "jpmorgan",
        "jpmorgan chase",
        "morgan stanley",
        "goldman sachs",
        "merrill lynch",
        "charles schwab",
        "t rowe price",
        "h&r block",
        "s.c johnson",
        "h.j heinz",
        "j.m smucker",
        "l.l bean",
        "john deere",
        "dow jones",
    }
)
# Widely known newspapers, networks, wires and websites, without a leading "the" unless the
# name is nothing without it ("the hill").
OUTLETS: frozenset[str] = frozenset(
    {
        "associated press",
        "ap",
        "reuters",
        "afp",
        "agence france-presse",
        "bloomberg",
        "bloomberg news",
        "upi",
        "united press international",
        "dpa",
        "efe",
        "ansa",
        "xinhua",
        "tass",
        "interfax",
        "ria novosti",
        "yonhap",
        "kyodo",
        "kcna",
        "cnn",
        "cnbc",
        "msnbc",
        "fox",
        "fox news",
        "fox business",
        "abc",
        "cbs",
        "nbc",
        "pbs",
        "npr",
        "bbc",
        "itv",
        "sky news",
        "al jazeera",
        "al arabiya",
        "c-span",
        "univision",
        "telemundo",
        "nhk",
        "rt",
        "sputnik",
        "new york times",
        "washington post",
        "wall street journal",
        "usa today",
        "los angeles times",
        "financial times",
        "the times",
        "the guardian",
        "the telegraph",
        "the independent",
        "the economist",
        # papers named by a nationality noun, no person just named ("The Australian reported")
        "the australian",
        "the scotsman",
        "the atlantic",
        "the new yorker",
        "the hill",
        "newsweek",
        "time magazine",
        "politico",
        "axios",
        "huffpost",
        "huffington post",
        "buzzfeed",
        "buzzfeed news",
        "vox",
        "propublica",
        "the intercept",
        "mother jones",
        "national review",
        # newsletters and sites named "... Report": outlets, not the documents a report's
        # own name is ("the Lund Report concluded")
        "cook political report",
        "drudge report",
        "daily beast",
        "daily mail",
        "new york post",
        "der spiegel",
        "le monde",
        "le figaro",
        "el país",
        "bild",
        "haaretz",
        "south china morning post",
        "canadian press",
        "globe and mail",
        "toronto star",
        "national post",
        "cbc",
        "cbc news",
        "ctv",
        "ctv news",
        "global news",
        "radio-canada",
        "la presse",
        "le devoir",
    }
    # the technology press: "told The Verge", "according to The Information"
    | set(
        """
        techcrunch wired engadget gizmodo mashable cnet zdnet semafor platformer recode
        9to5mac macrumors
        """.split()
    )
    | {"the verge", "the information", "ars technica", "404 media"}
    # the sports press: "TSN first reported", "according to Sportsnet's Ana Roy"
    | {"tsn", "sportsnet", "espn", "the athletic", "sports illustrated", "rds"}
    # ... and football's, whose transfer stories cite one another: "Sky Sports understands",
    # "according to Marca", "told Gazzetta dello Sport"
    | {
        "sky sports",
        "sky sports news",
        "bt sport",
        "tnt sports",
        "talksport",
        "marca",
        "mundo deportivo",
        "globo esporte",
        "l'equipe",
        "l’equipe",
        "l'équipe",
        "l’équipe",
        "gazzetta dello sport",
        "la gazzetta dello sport",
        "corriere dello sport",
        "tuttosport",
        "kicker magazine",
        "sport bild",
        "a bola",
        "football italia",
    }
    # the entertainment and music press: "told Variety", "Billboard reported"
    | set(
        """
        variety billboard deadline pitchfork indiewire vulture tmz stereogum exclaim!
        """.split()
    )
    | {
        "hollywood reporter",
        "rolling stone",
        "entertainment weekly",
        "vanity fair",
        "page six",
        "us weekly",
        "people magazine",
        "screen daily",
        "entertainment tonight",
        "access hollywood",
    }
)
# Words that head an outlet's name: "Fox News", "The Daily Herald", "Channel 4 Television".
MEDIA_MARKERS: frozenset[str] = frozenset(
    """
    news times post journal herald tribune radio tv television network press gazette daily
    weekly magazine chronicle telegraph courier observer examiner inquirer dispatch bulletin
    review reporter standard star mirror express broadcasting broadcaster website blog
    """.split()
)
# Words that end a newspaper's name after "The" and a place, and are common words elsewhere:
# "The Sacramento Bee", "The Boston Globe", "The Toronto Sun", "the Ottawa Citizen".
MASTHEAD_WORDS: frozenset[str] = frozenset(
    """
    bee globe sun mail record ledger register sentinel citizen guardian province banner monitor
    enquirer beacon gleaner courant statesman argus clarion bugle picayune spectator telegram
    expositor times-colonist whig-standard leader-post starphoenix chronicle-herald echo
    advertiser mercury
    """.split()
)
# Web addresses as names: "Example.com" is a website.
WEB_SUFFIXES: tuple[str, ...] = (".com", ".net", ".org", ".co.uk", ".io", ".news")
# The members a trade union is named for, ending a name of three words or more: "United
# Auto Workers", "Allied Hotel Employees" (not "Auto Workers", a sentence's opening words).
UNION_MEMBER_HEADS: frozenset[str] = frozenset(
    "workers employees teamsters steelworkers autoworkers mineworkers machinists".split()
)
COMPANY_TRADES: frozenset[str] = frozenset(
    # the trades and the families that end a company's name: "Dunmore Semiconductor",
    # "Brackley Retail", "Hobart & Sons"; farms, food and utilities: "Vale Creameries",
    # "Westfield Co-op", "Keston Water"
    """
    sons brothers bros
    semiconductor semiconductors retail stores mining minerals resources petroleum chemicals
    logistics shipping software electronics therapeutics biosciences biotech beverages
    brewing robotics automotive aerospace financial realty properties utilities railways
    electric
    freight ferries railroad railroads railway rail transit trucking haulage cruises aviation air
    unit
    meats farms poultry packing
    dairy dairies creamery creameries grain grains seeds feeds fertilisers fertilizers
    produce commodities agri agribusiness co-op coop cooperative co-operative water
    appliances components manufacturing toys devices instruments equipment supplies
    homes builders developers developments contractors construction housing estates brewers
    """.split()
)
# Words ending a company's name that are no trade ("Kelby Holdings", "Northway Airlines",
# "Vanta Labs"): a company's, never a public body's.
CORPORATE_NAME_WORDS: frozenset[str] = frozenset(
    """
    holdings group airlines airways motors capital partners labs technologies systems
    pharmaceuticals pharma energy foods industries enterprises ventures solutions services
    brands studios insurance investments securities telecom
    """.split()
)
# Words ending a utility's name that are surnames too, so no organization's alone ("Harlow
# Power", "Kessel Hydro"; "Ann Power"): a body's after the noun of one ("the utility, Harlow
# Power").
UTILITY_NAME_WORDS: frozenset[str] = frozenset({"power", "hydro"})
# Words that head or end an organization's own name: corporate suffixes and institutions
# ("Acme Holdings", "Northfield Bank", "Department of Fisheries").
ORGANIZATION_MARKERS: frozenset[str] = (
    frozenset(
        """
    inc corp corporation co llc ltd plc llp lp ag gmbh holding bank bancorp airline motor
    laboratories
    technology media associates consulting entertainment communications trust exchange club
    institute center
    centre foundation council committee commission association society league federation
    confederation coalition alliance university college school schools academy hospital clinic
    church department ministry agency office bureau administration board party caucus nations
    conference chapter division guard chamber health
    """.split()
    )
    | COMPANY_TRADES
    | CORPORATE_NAME_WORDS
    | frozenset(
        # utilities and emergency services: "Harrow Gas", "Alder Springs Fire Rescue", "Brandt
        # County EMS" (not "power": a surname too)
        "gas rescue ems".split()
        # the units of a police service: "the Integrated Homicide Investigation Team", "the
        # Emergency Response Team", "the Kelso Tactical Squad", "the Burnaby Detachment"
        + "team squad detachment precinct".split()
        # the heads of aid agencies, monitors and missions: "World Food Programme", "Human
        # Rights Watch", "Amnesty International", "the UN monitoring mission"
        + "programme program watch international mission observatory monitor".split()
        # projects and the indexes they publish: "the Missing Migrants Project", "the Drewry World
        # Container Index", "the Global Peace Index"
        + "project index".split()
        # think tanks and advocacy groups: "the nonpartisan Tax Policy Forum", "the Open Ballot
        # Initiative", "the Canadian Employers’ Roundtable"
        + "forum initiative roundtable".split()
        # pollsters and market researchers, grocery chains: "Northline Research", "Bellwether
        # Consumer Insights", "Tally Analytics", "Maple Grocers", "Lakeview Supermarkets"
        + "research insights analytics polling grocers supermarkets markets".split()
    )
)
# Small words written with a capital inside a group's or a campaign's name, a run of
# capitalised words: prepositions ("Doctors Without Borders", "Mothers Against Drunk
# Driving") and a slogan's adverbs ("Justice Now", "Families First"). Elsewhere they are
# function words or adverbs between a subject and its cue ("Lee now says").
NAME_SMALL_WORDS: frozenset[str] = frozenset(
    """
    without against for of in on with across beyond over under after behind between through
    from by now first together forward
    """.split()
)
# The adverbs among them, which may follow a person's surname too ("Lee Now said" of Ann Lee).
NAME_ADVERBS: frozenset[str] = frozenset("now first together forward".split())
# The last words of a group's or a campaign's name made of common words: "Parents United",
# "Justice Now", "Families First", "Clean Water Forward", "Farmers for Climate Action".
GROUP_NAME_ENDS: frozenset[str] = frozenset(
    "united now first forward together rising action matter matters".split()
)
# Plurals of fellowship heading an association's name before "of" and its capitalised
# complement, with or without "the": "Knights of Columbus", "Veterans of Foreign Wars",
# "Friends of the Earth" (not "Residents of Kettle Lake": the people of a place).
FELLOWSHIP_HEADS: frozenset[str] = frozenset(
    "friends sons daughters knights veterans brothers sisters".split()
)
# The causes a group's name of common words ends with after "for": "Veterans for Peace",
# "Habitat for Humanity", "Youth for Climate" (not a person: "Lawyers for Hale").
GROUP_NAME_CAUSES: frozenset[str] = frozenset(
    """
    peace humanity climate justice democracy freedom liberty life change equality truth nature
    animals children future reform choice science safety rights wildlife sanity
    """.split()
)
# Adjectives opening the cause after "for" in a group's name, before what it wants: "Parents
# for Safer Streets", "Nurses for Fair Pay", "Neighbours for Clean Water" (not "Lawyers for
# Ann Vale", "Writers for Vogue": the people of a person, of an outlet).
GROUP_CAUSE_ADJECTIVES: frozenset[str] = frozenset(
    """
    safe safer fair fairer clean cleaner better good green greener affordable responsible
    sensible smart smarter healthy healthier equal open free honest accountable sustainable
    quiet quieter livable liveable walkable
    """.split()
)
# Nouns for any body or movement: "the group", "the organization" right after a named
# organization or group spoke stand for it ("Hezbollah said ... The group added"); and those
# for a body of one sort, "the union", "the campaign", for one whose name tells no other sort
# ("Unite", "Youth for Climate", "Save the Children", "Labour"; not "Acme Corp", "the Health
# Ministry").
GENERIC_BODY_HEADS: frozenset[str] = frozenset(
    "group organization organisation movement coalition alliance militia".split()
)
SORTED_BODY_HEADS: frozenset[str] = frozenset("union campaign charity party".split())
# The verbs a campaign's name opens with, then "the" and what it is for: "Save the Children",
# "Stop the War", "Protect the Coast".
CAMPAIGN_VERBS: frozenset[str] = frozenset("save stop protect defend keep end free ban".split())
# Heads of a body named for its subject after "on": "the Committee on Public Safety", "the
# Council on Foreign Trade" (not "the Committee on Monday", a time).
SUBJECT_BODY_HEADS: frozenset[str] = frozenset(
    "committee council commission conference board forum caucus".split()
)
# A body's own governing organ, named by the body's name and one of these ("the Halvern
# Transit board", "the Acme board", "the NDP caucus"): the body alone ("Halvern Transit
# said") is the body, another speaker than its organ.
GOVERNING_ORGANS: frozenset[str] = frozenset(
    "board caucus committee council executive cabinet trustees".split()
)
# Parties and party groups named without "Party": "Labour said", "the Tories argued", and
# those whose name goes on in lower case as French writes it ("Québec solidaire said").
PARTY_NAMES: frozenset[str] = frozenset({"labour", "tories", "gop", "likud", "québec solidaire"})
# Relief movements known by their emblem, no marker in the name: "the Red Cross said", "the
# Palestinian Red Crescent said" (a surname "Cross" after a given name stays a person's).
EMBLEM_BODY_NAMES: frozenset[str] = frozenset({"red cross", "red crescent"})
# The two words ending a body's name that no marker ends: a First Nation's legal name in
# Canada ("the Osoyoos Indian Band said"; "band" alone is a music band, "Band of Brothers").
BAND_BODY_ENDS: frozenset[str] = frozenset({"indian band"})
# Armed movements, militias and cartels speak as groups, not bodies: their heads ("the Liwa
# al-Fajr militia", "the Valle cartel"; "Cártel del Norte" opening the name) and the names
# of movements known without one ("Hezbollah said", "the Houthis said").
ARMED_GROUP_HEADS: frozenset[str] = frozenset("militia militias cartel cártel cartels gang".split())
# A "front" is an armed movement only by a word of arms or liberation in its name ("the Eastern
# Liberation Front", "the Free Kessa Front"); a union's or a party's otherwise ("the
# Common Front", "the Popular Front"). "The front said" is the armed one that spoke.
ARMED_FRONT_WORDS: frozenset[str] = frozenset(
    "liberation free patriotic revolutionary armed resistance rebel insurgent jihad".split()
)
ARMED_DESCRIPTION_HEADS: frozenset[str] = ARMED_GROUP_HEADS | {"front"}
ARMED_GROUP_NAMES: frozenset[str] = frozenset(
    "hezbollah hizbollah hamas taliban houthis al-shabaab farc eln".split()
)
# Nouns a business story uses for a company, by its trade, that no person goes by: "the
# carmaker said" stands for the company named before, as "the company" does.
COMPANY_NOUNS: frozenset[str] = frozenset(
    """
    company firm lender insurer reinsurer carrier airline automaker carmaker chipmaker
    drugmaker retailer grocer supermarket manufacturer conglomerate utility startup start-up
    maker supplier subcontractor importer
    """.split()
    # the culture trades: "the studio said", "the record label Sunway"
    + "studio label distributor publisher platform".split()
    # the technology and financial trades: "the fitness app Pulso", "the search giant said",
    # "the crypto exchange Velarix", "Circle, the issuer of USDC"
    + "app giant marketplace exchange issuer".split()
)
# Bodies of a sort no company is, by the noun an appositive gives them ("KabinenVerband, the
# union representing cabin crew"): "the airline" or "the company" stands for none of them.
NONCOMMERCIAL_BODY_NOUNS: frozenset[str] = frozenset(
    """
    union association federation coalition alliance foundation charity nonprofit non-profit
    think-tank party campaign guild
    """.split()
)
# Company nouns that a person's trade is too: "Paola Reyes, a supplier from Lima" is a person
# (a given name tells), "Halvern, the supplier" a company; "letter carrier Ana Ruiz" too; and
# a medium's: "the broadcaster Desmond Hale" presents, "the broadcaster RTV" airs.
PERSON_TRADES: frozenset[str] = frozenset(
    """
    retailer grocer manufacturer supplier subcontractor importer maker publisher distributor
    carrier broadcaster
    """.split()
)
# Common nouns an appositive uses for a company or an institution: "X, the bank".
ORGANIZATION_NOUNS: frozenset[str] = COMPANY_NOUNS | frozenset(
    """
    bank fund chain brand group business employer charity nonprofit non-profit think-tank tank body
    guild ngo collective cooperative co-operative
    organization organisation agency institute party union association coalition alliance
    federation foundation campaign
    wing division subsidiary affiliate faction
    """.split()
    # institutions of the arts: "the auction house Berrin", "X, the museum, said"
    + "museum gallery festival house".split()
)
# Their plurals, bodies speaking together ("Charities in Calais say", "aid agencies across the
# region warned"); the lexicon's ORGANIZATION_PLURALS lists the plurals of public bodies.
ORGANIZATION_NOUN_PLURALS: frozenset[str] = frozenset(
    noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    for noun in ORGANIZATION_NOUNS - {"tank", "house", "business", "utility", "platform", "giant"}
) | frozenset({"ngos", "businesses"})
# The regions or the reach that end the name of a company's arm ("Canon Europe", "Marlow
# Global", "Tesco UK"), after a name's own word: not after a word that makes a place of
# them (`REGION_MODIFIERS`: "Latin America", "East Asia", "Continental Europe").
REGIONAL_ARMS: frozenset[str] = frozenset(
    "europe asia africa america americas uk usa global worldwide emea apac".split()
)
REGION_MODIFIERS: frozenset[str] = frozenset(
    """
    north south east west central latin eastern western northern southern southeast
    southeastern southwest southwestern northeast northeastern northwest northwestern
    sub-saharan pan continental mainland middle rural corporate
    """.split()
)
# The head nouns that open an organization's name in Spanish, Portuguese, French, Italian
# and German ("Fundación Aguas Vivas", "Partido Verde", "Banco do Sul", "Institut Pasteur",
# a Quebec union "Confédération des syndicats nationaux", "Centrale des syndicats").
HEAD_FIRST_MARKERS: frozenset[str] = frozenset(
    """
    fundación fundação fundacion fundacao fondation fondazione stiftung instituto institut
    istituto universidad universidade université università universität partido parti
    partei partito banco banque banca ministerio ministério ministère ministero ministerium
    asociación associação asociacion associacao sindicato confederación confederação
    federación federação consejo conselho conseil consiglio comisión comissão commissione
    comité comitê agencia agência agence agenzia compañía companhia sociedad sociedade
    société società movimiento movimento frente unión união confédération fédération
    centrale syndicat regroupement
    """.split()
)
# The heads that open a Romance body's name written in lower case after them, with one of
# `ROMANCE_NAME_LINKS`: the head-first markers, and heads French shares with English ("Office
# des eaux de Lorne", "Commission scolaire de Lorne", "Ordre des sages-femmes").
ROMANCE_BODY_HEADS: frozenset[str] = HEAD_FIRST_MARKERS | frozenset(
    """
    office commission bureau association centre alliance union ordre régie collège école
    réseau mouvement coalition
    """.split()
)
# The lower-case linking words of a Romance body's name after its head, elided ones with
# their apostrophe: "Confédération des syndicats nationaux", "Fédération autonome de
# l'enseignement", "Federación de los trabajadores".
ROMANCE_NAME_LINKS: frozenset[str] = frozenset(
    "de des du d' d’ la le les l' l’ et del della delle degli di da do dos das los las y e".split()
)
# Common nouns an appositive uses for an outlet: "X, the network".
MEDIA_NOUNS: frozenset[str] = frozenset(
    """
    newspaper paper tabloid daily weekly magazine outlet network broadcaster channel station
    website site blog podcast wire newsletter journal gazette broadsheet publication media
    television radio
    """.split()
)
# Words before a medium's capitalised name that say who runs it, its role: "the official
# Korean Central News Agency", "the state-run Central Broadcasting Service".
STATE_MEDIA_MODIFIERS: frozenset[str] = frozenset(
    "official state-run state-owned state-controlled government-run government-owned".split()
)
# Words that tell what kind of outlet a medium is, or whose, before a common word ("Iranian
# *state* media", "China *state* TV", "*Official* media said"): no name of one. Not
# "independent" nor "national", names of papers ("the Independent newspaper", "The National").
MEDIA_DESCRIPTORS: frozenset[str] = STATE_MEDIA_MODIFIERS | frozenset(
    """
    state state-backed government government-controlled pro-government local regional public
    foreign international opposition social mainstream
    """.split()
)
# A medium's common noun written in capitals: "state TV" names no outlet.
MEDIUM_ABBREVIATIONS: frozenset[str] = frozenset({"tv"})
