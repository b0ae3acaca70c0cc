"""Word lists: organisation types, the head words that make a name an organisation's, and
the words that say a capitalised span is something else."""

from __future__ import annotations

#: The values of ``Entity.type`` this plugin uses (documented in the README).
ORGANIZATION_TYPES = (
    "government",  # a state's bodies: ministries, agencies, parliaments, courts, armed forces, police
    "international",  # intergovernmental bodies and their organs: UN, NATO, EU, SCO, FIFA
    "company",  # businesses of any size, including state-owned ones
    "armed_group",  # non-state armed groups, militias, private military companies
    "political_party",
    "media",  # news organisations, broadcasters, newspapers, agencies
    "ngo",  # charities, advocacy groups, unions, foundations
    "sports_club",  # clubs and franchises (not national teams, which are places in NER style)
    "other",  # universities, churches, leagues, research bodies, anything else
)

#: Head words ending an organisation's name, with the type they suggest (None: no type).
SUFFIX_HEADS: dict[str, str | None] = {
    **dict.fromkeys(
        ["Ministry", "Department", "Office", "Bureau", "Agency", "Authority", "Administration", "Parliament", "Assembly", "Congress", "Senate", "Court", "Tribunal", "Police", "Army", "Navy", "Force", "Forces", "Guard", "Guards", "Cabinet", "Government", "Directorate", "Secretariat", "Service", "Commission", "Board", "Reserve", "Municipality"],
        "government",
    ),
    **dict.fromkeys(
        ["Group", "Corporation", "Corp", "Corp.", "Company", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "SpA", "Holdings", "Airlines", "Airways", "Airline", "Motors", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Bank", "Bancorp", "Capital", "Partners", "Investments", "Securities", "Insurance", "Telecom", "Energy", "Entertainment", "Studios", "Records", "Labs", "Laboratories", "Enterprises", "Brands", "Logistics", "Exchange", "Communications", "Sensors", "Robotics", "Semiconductors", "Devices"],
        "company",
    ),
    **dict.fromkeys(["Party", "Democrats", "Republicans", "Conservatives"], "political_party"),
    **dict.fromkeys(
        ["Times", "Post", "News", "Herald", "Journal", "Gazette", "Tribune", "Press", "Daily", "Broadcasting", "Television", "Radio", "Magazine", "Chronicle", "Observer", "Telegraph", "Courier", "Mirror"],
        "media",
    ),
    **dict.fromkeys(["Foundation", "Trust", "Charity", "Society", "Association", "Alliance", "Coalition", "Fund", "Union"], "ngo"),
    **dict.fromkeys(["FC", "F.C.", "AFC", "CF", "SC", "Rovers", "Wanderers", "Athletic", "Hotspur", "Albion"], "sports_club"),
    **dict.fromkeys(["Brigade", "Brigades", "Regiment", "Battalion", "Militia", "Front", "Movement"], "armed_group"),
    **dict.fromkeys(
        ["Council", "Committee", "Organisation", "Organization", "Federation", "League", "Institute", "Institution", "University", "College", "Academy", "School", "Church", "Club", "Museum", "Hospital", "Conference", "Network", "Team"],
        None,
    ),
}

#: Last words of a firm's name after a founder's or a made-up name ("Brooks Brothers", "Edison
#: Research", "Harlow Associates"): a company, never a person, where no "of"/"for" comes before
#: ("Council of Economic Advisers"). Not head words for finding names: inside a longer name they
#: are ordinary words ("Media Research Center").
FIRM_LAST_WORDS = frozenset(
    ["Brothers", "Bros", "Bros.", "Associates", "Research", "Consulting", "Consultants", "Advisers", "Advisors", "Partners"]
)

#: Head words starting an organisation's name when followed by "of"/"for"/"on": "Ministry of Defence".
PREFIX_HEADS: dict[str, str | None] = {
    **dict.fromkeys(
        ["Ministry", "Department", "Office", "Bureau", "Agency", "Authority", "Municipality", "Government", "Court", "House"],
        "government",
    ),
    **dict.fromkeys(["Bank"], "company"),
    **dict.fromkeys(["Party"], "political_party"),
    **dict.fromkeys(
        ["Union", "Association", "Federation", "Society", "Council", "Committee", "Commission", "Board", "Institute"],
        None,
    ),
    **dict.fromkeys(["Foundation", "Fund", "Alliance", "Coalition", "Trust"], "ngo"),
    **dict.fromkeys(["University", "College", "Academy", "School", "Church", "Museum", "League", "Organisation", "Organization"], None),
}

#: Words that refine a type when they appear in a name (checked after the head word).
NAME_HINTS: dict[str, str] = {
    "University": "other",
    "College": "other",
    "Church": "other",
    "Museum": "other",
    "International": "international",
    "Nations": "international",
    "Police": "government",
    "Ministry": "government",
    "Army": "government",
    "Navy": "government",
    "Bank": "company",
}

#: Lowercase words allowed inside an organisation's name.
CONNECTORS = frozenset(["of", "for", "on", "and", "the", "de", "du", "des", "la", "le", "del", "della", "di", "der", "van", "von", "für", "&"])

#: Words spaCy often tags ORG that are not organisations on their own.
NOT_ORGANIZATIONS = frozenset(
    ["fatherland", "motherland", "homeland", "defence", "defense", "state", "states", "government", "parliament", "islam", "christianity", "internet", "web", "gmt", "utc", "covid", "covid-19", "coronavirus", "brexit", "twitter.com", "the", "a", "an", "ceo", "cfo", "coo", "chairman", "president", "minister", "premier", "senator", "governor", "mayor", "mp", "mps"]
)

#: Words before a name that make it a person's ("boss Yevgeny Prigozhin", "Mr Smith").
PERSON_TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "president", "vice-president", "premier", "minister", "chancellor", "secretary", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "rev.", "reverend", "boss", "chief", "founder", "ceo", "chairman", "chairwoman", "chair", "chairperson", "secretary-general", "envoy", "ambassador", "commissioner", "executive", "adviser", "advisor", "negotiator", "owner", "co-founder", "director", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "commander", "general", "gen.", "colonel", "col.", "major", "lieutenant", "captain", "capt.", "sergeant", "admiral", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "actor", "actress", "singer", "author", "journalist", "correspondent", "analyst", "professor", "economist", "lawmaker"]
)

#: Common given names (a cheap person signal for names spaCy tags ORG). Deliberately short:
#: only names that are rarely the first word of an organisation's name.
FIRST_NAMES = frozenset(
    ["aaron", "abdul", "abdullah", "abu", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alex", "alexander", "alexandra", "alexei", "alexey", "ali", "alice", "alicia", "alison", "amanda", "amir", "amy", "ana", "anatoly", "andre", "andrea", "andreas", "andrei", "andrew", "andrey", "angela", "anna", "anne", "anthony", "antonio", "arnold", "arthur", "ashley", "barack", "barbara", "ben", "benjamin", "bernard", "bill", "bob", "boris", "brandon", "brian", "bruce", "carl", "carlos", "carol", "caroline", "catherine", "charles", "charlotte", "chris", "christian", "christine", "christopher", "claire", "clara", "daniel", "david", "dean", "deborah", "dennis", "diana", "dmitry", "dmitri", "donald", "donna", "dorothy", "douglas", "edward", "elena", "elizabeth", "emily", "emma", "emmanuel", "eric", "erik", "eugene", "evgeny", "fatima", "felix", "fernando", "francis", "francisco", "frank", "fred", "gary", "george", "gerald", "gregory", "hamid", "hannah", "harold", "harry", "hassan", "helen", "henry", "hugh", "hussein", "ibrahim", "igor", "irina", "isaac", "ivan", "jack", "jacob", "james", "jane", "janet", "jason", "javier", "jean", "jeff", "jeffrey", "jennifer", "jessica", "jim", "joe", "john", "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "julia", "julian", "justin", "karen", "karl", "kate", "katherine", "keith", "kenneth", "kevin", "kim", "kurt", "larry", "laura", "lee", "leonid", "linda", "lisa", "louis", "lucas", "luis", "maria", "marie", "mark", "martin", "mary", "matthew", "maxim", "michael", "michel", "mikhail", "mohamed", "mohammad", "mohammed", "muhammad", "nadia", "nancy", "natalia", "natalya", "nathan", "nicholas", "nicolas", "nikolai", "nina", "olaf", "olga", "oleg", "oliver", "omar", "oscar", "pablo", "patricia", "patrick", "paul", "pedro", "peter", "philip", "pierre", "rachel", "ralph", "ramzan", "raymond", "rebecca", "richard", "robert", "roger", "ronald", "rose", "ryan", "sally", "samuel", "sandra", "sarah", "scott", "sean", "serge", "sergei", "sergey", "simon", "sophie", "stephen", "steven", "susan", "svetlana", "thomas", "timothy", "tom", "tony", "valentina", "valery", "victor", "viktor", "vladimir", "walter", "william", "xi", "yevgeny", "yuri", "yury", "yusuf", "zhang"]
)

#: Words whose presence (three different ones) makes an article read as sports.
SPORTS_WORDS = frozenset(
    ["goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "coach", "league", "season", "cup", "scored", "beat", "defeated", "draw", "drew", "fixture", "stadium", "penalty", "referee", "squad", "transfer", "innings", "wicket", "wickets", "batting", "bowler", "playoff", "playoffs", "quarterback", "touchdown", "pitcher", "inning", "halftime", "half-time", "derby", "relegation", "tournament", "match", "matches", "championship", "semi-final", "final", "kick-off", "victory", "points", "standings", "club", "clubs", "soccer", "football", "rugby", "cricket", "basketball", "baseball",
     "hockey", "premiership", "bundesliga", "pole", "lap", "laps", "podium", "qualifying", "racing"]
)

#: Head words that stand alone for the one body of that kind an article names ("Council approves…",
#: "the Church said" after the Church of Scientology).
STANDALONE_HEADS = frozenset(
    ["Council", "Commission", "Ministry", "Department", "Authority", "Agency", "Board", "Committee", "Assembly",
     "Parliament", "Senate", "Congress", "Court", "Tribunal", "Police", "Army", "Navy", "Regulator", "Government", "Church"]
)

#: Capitals that are not a body's acronym when they stand alone.
NOT_ACRONYMS = frozenset(
    ["CEO", "CFO", "COO", "GDP", "TV", "AM", "PM", "OK", "AI", "IT", "HIV", "AIDS", "COVID", "DNA", "PhD", "MP", "MPs",
     "VAT", "US", "UK", "USA", "EU", "UAE", "I", "A", "GMT", "UTC", "ID", "PR"]
)

#: Sports words other news rarely uses: one of them must be among an article's sports words.
STRONG_SPORTS_WORDS = frozenset(
    ["goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "coach", "league", "stadium", "penalty",
     "referee", "innings", "wicket", "wickets", "batting", "bowler", "playoff", "playoffs", "quarterback", "touchdown",
     "pitcher", "inning", "halftime", "half-time", "derby", "relegation", "tournament", "fixture", "kick-off", "club",
     "clubs", "soccer", "football", "rugby", "cricket", "basketball", "baseball", "hockey", "premiership", "bundesliga",
     "scored", "semi-final", "standings", "lap", "laps", "podium"]
)

#: A company's trade ending its name: the word before may stand alone for it ("Tata" for Tata Motors).
TRADES = frozenset(
    ["Motors", "Airlines", "Airways", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Logistics", "Sensors",
     "Robotics", "Semiconductors", "Devices", "Communications", "Brands", "Studios", "Laboratories", "Labs"]
)

#: Lower-case nouns for a document or agreement a name before them only qualifies ("the Maastricht
#: treaty", "the Maastricht criteria", "the Kyoto protocol"): the name is where it was signed, no body.
DOCUMENT_NOUNS = frozenset(
    ["treaty", "treaties", "criteria", "criterion", "accord", "accords", "agreement", "protocol", "convention", "declaration", "pact"]
)
