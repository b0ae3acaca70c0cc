"""Build benchmarks/data/quotes.jsonl, the hand-annotated quote gold set, from inline markup.

Every passage below is original news-style text written for this benchmark (no real article
is copied). Quotes are marked inline as ``{{content|Speaker Name|kind}}``:

* ``content`` is exactly the gold span: quoted words WITHOUT their quotation marks for
  ``direct`` and ``partial`` quotes; the reported clause for ``indirect`` and ``mixed`` ones
  (a mixed clause keeps the marks of the words it quotes inside it).
* ``Speaker Name`` is the speaker's fullest name in the passage (a person, an organisation,
  a country, or a group as the text names it: "Western leaders", "officials", "protesters"),
  or ``-`` (null) for anonymous sources (“three people familiar with the matter”, “one
  resident”, “an analyst who asked not to be named”) and for documents (“according to the
  indictment”).
* ``kind`` is one of direct, indirect, partial, mixed.

Annotation choices (the gold format has one span per quote):

* A quote split around its attribution (“When I…,” she said, “it means…”) is annotated as
  one gold quote PER content piece, each with the same speaker. A system that returns one
  quote with two content spans finds both pieces.
* A quote running over several paragraphs (each paragraph reopens the mark) is annotated as
  one gold quote per paragraph, same speaker.
* Trailing punctuation that belongs to the attribution (the comma in “…,” she said) and the
  final full stop of a quoted sentence are left out; internal punctuation stays in.
* Nested quotes inside a direct quote are part of the outer quote, not gold quotes of their own.
* Scare quotes count as ``partial`` only when the text attributes the words to someone
  (“what Moscow calls its ‘special operation’”); typographic scare quotes with no source are
  not quotes.

Most people and organisations are invented; where a real public figure or body is named, the
words given to them were written for this benchmark and are not real quotations.

Run ``python benchmarks/data/make_quotes.py`` to rewrite quotes.jsonl; it checks every span.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from _markup import Mark, unmark, write_jsonl

_MARKUP = re.compile(r"\{\{(.+?)\|([^|{}]*)\|(direct|indirect|partial|mixed)\}\}", re.DOTALL)
_BRACKETS = ("{{", "}}")
_QUOTE_MARKS = "\"'“”‘’«»„‚‹›"

PASSAGES: list[tuple[str, str]] = []


def P(identifier: str, marked: str) -> None:  # noqa: N802 - reads like a table row
    PASSAGES.append((identifier, marked.strip("\n")))


# --- politics -----------------------------------------------------------------------------

P("reuters-eu-steel-tariffs", """
BRUSSELS, March 4 (Reuters) - {{The European Union will respond "firmly and proportionately" to any new U.S. tariffs on steel|Matej Sirota|mixed}}, the bloc's trade chief said on Tuesday.

"{{We have prepared our countermeasures and we are ready to use them|Matej Sirota|direct}}," said Matej Sirota, the European Commissioner for Trade. "{{Nobody wins a trade war|Matej Sirota|direct}}."

Sirota told reporters in Brussels that {{the Commission would publish a list of targeted American products within two weeks|Matej Sirota|indirect}}.
""")

P("ap-senate-budget", """
WASHINGTON (AP) — Senate Majority Leader Karen Whitfield on Wednesday rejected a Republican plan to cut food aid, calling it “{{cruel and pointless|Karen Whitfield|partial}}.”

“{{You do not balance a budget on the backs of hungry children|Karen Whitfield|direct}},” Whitfield said on the Senate floor. “{{We will not let this pass|Karen Whitfield|direct}}.”

Republicans countered that {{the program had grown by 40% in five years and needed tighter rules|Republicans|indirect}}. Senator Dale Ormsby of Kansas said {{he was open to talks but would not accept “a blank cheque”|Dale Ormsby|mixed}}.
""")

P("bbc-pm-housing-headline", """
PM says housing target '{{will be met|Helen Marsh|partial}}' despite slump

The prime minister has insisted {{the government will meet its target of 1.5 million new homes|Helen Marsh|indirect}}, even as figures showed construction fell for a third month.

Speaking during a visit to a building site in Kent, Helen Marsh said: "{{I have never pretended this would be easy. But we are clearing the blockages in the planning system, and the builders are telling me they can see the difference|Helen Marsh|direct}}."

Labour's housing spokesman, Ravi Chandran, said {{the target was "a fantasy"|Ravi Chandran|mixed}}.
""")

P("guardian-minister-resigns", """
The schools minister, Tom Hadley, has resigned after a row over funding for special educational needs, saying {{he could no longer defend cuts he believed were wrong|Tom Hadley|indirect}}.

In his resignation letter, Hadley wrote: “{{I came into politics to give every child a fair chance. I cannot in good conscience stand at the despatch box and tell parents that this settlement achieves that|Tom Hadley|direct}}.”

A Downing Street spokesperson said {{the prime minister was “disappointed” but thanked Hadley for his service|Downing Street|mixed}}.
""")

P("aljazeera-sudan-talks", """
{{Sudan’s army and the paramilitary Rapid Support Forces (RSF) have agreed to a 72-hour ceasefire|Saudi and US mediators|indirect}}, according to Saudi and US mediators in Jeddah.

The truce, which begins at midnight, is meant to allow aid to reach the capital, Khartoum. “{{We urge both sides to honour their commitments this time|Saudi Ministry of Foreign Affairs|direct}},” the Saudi Ministry of Foreign Affairs said in a statement.

Previous ceasefires have collapsed within hours. Amira Osman, a researcher at the Sudan Transparency Project, told Al Jazeera that {{neither side believed it could be defeated, which made a lasting deal unlikely|Amira Osman|indirect}}.

“{{The generals are buying time to rearm|Amira Osman|direct}},” she said.
""")

P("reuters-kremlin-peskov", """
MOSCOW, June 27 (Reuters) - The Kremlin said on Tuesday that {{it saw no threat to President Vladimir Putin's position|Kremlin|indirect}} after the short-lived mutiny, and dismissed Western talk of a power struggle as “{{hysteria|Kremlin|partial}}”.

“{{The president has always enjoyed the support of the overwhelming majority of Russians, and that has not changed|Dmitry Orlov|direct}},” Kremlin spokesman Dmitry Orlov told reporters on a conference call.

Asked whether Putin had spoken to the head of the Wagner Group since Saturday, Orlov said: “{{No|Dmitry Orlov|direct}}.”
""")

P("ap-governor-veto", """
SACRAMENTO, Calif. (AP) — Gov. Elena Ruiz vetoed a bill Friday that would have required self-driving trucks to carry a human operator, saying {{existing safety rules were already strict enough|Elena Ruiz|indirect}}.

Teamsters leaders, who had pushed for the measure, said {{the veto put thousands of jobs at risk|Teamsters leaders|indirect}}. “{{This is a gift to Silicon Valley at the expense of working families|Lorena Diaz|direct}},” said Lorena Diaz, president of the California Teamsters.

Ruiz’s office did not respond to a request for further comment.
""")

P("bbc-scotland-election", """
Scotland's first minister has said {{there will be "no backroom deals" with opposition parties|Fiona Kerr|mixed}} after the election produced a hung parliament.

Fiona Kerr told BBC Scotland: "{{People voted for a government that works together in the open, and that is what they will get|Fiona Kerr|direct}}."

She added that {{talks with the Greens would begin on Monday|Fiona Kerr|indirect}}.

The Scottish Conservatives' leader, Andrew Buchan, accused her of "{{arrogance|Andrew Buchan|partial}}".
""")

P("aljazeera-iran-china-statement", """
Iran and China have called the dispute between the two Gulf neighbours a matter to be settled “{{through dialogue and without outside interference|Iran and China|partial}}”, in a joint statement issued after talks in Beijing.

The statement said {{both countries opposed any unilateral sanctions not approved by the United Nations Security Council|Iran and China|indirect}}.

Western diplomats, speaking on condition of anonymity, said {{the wording was aimed squarely at Washington|Western diplomats|indirect}}.
""")

P("guardian-council-bankrupt", """
Council leader says city is '{{effectively bankrupt|Sarah Mbeki|partial}}' after equal pay ruling

The leader of Northfield city council has declared {{the authority is “effectively bankrupt”|Sarah Mbeki|mixed}} after a court ordered it to settle equal pay claims worth £760m.

Sarah Mbeki said {{the council had issued a section 114 notice, halting all non-essential spending|Sarah Mbeki|indirect}}. “{{We have no choice. The money simply is not there, and I will not pretend otherwise to the people of this city|Sarah Mbeki|direct}},” she said.

Unison, which brought the claims on behalf of mostly female workers, said {{the council had been warned about the problem for more than a decade|Unison|indirect}}.
""")

P("reuters-india-election", """
NEW DELHI, May 2 (Reuters) - India's opposition Congress party said on Thursday {{it would challenge the results in three constituencies where it alleged voting machines had been tampered with|Congress party|indirect}}.

The Election Commission rejected the claims. “{{The machines are standalone devices that cannot be connected to any network. There is no possibility of tampering|Election Commission|direct}},” the commission said in a statement.

Congress spokesman Vikram Nair told reporters, "{{We are not saying the whole election was rigged. We are saying these three results must be checked|Vikram Nair|direct}}."
""")

P("ap-pentagon-briefing", """
WASHINGTON (AP) — The Pentagon said Monday that {{a U.S. drone had been shot down over the Red Sea|Pentagon|indirect}}, the third such loss this year.

“{{We are assessing the incident and will respond at a time and place of our choosing|Pat Riordan|direct}},” Air Force Maj. Gen. Pat Riordan, a Pentagon spokesman, told reporters. He declined to say who was responsible.

According to two U.S. officials, {{the drone was hit by a surface-to-air missile fired from Yemen|-|indirect}}.
""")

P("france24-guillemets-strikes", """
PARIS — France’s interior minister on Thursday vowed to keep fuel depots open as strikes over pension reform entered a second week.

« {{We will not let a minority block the country|Gérald Fontaine|direct}} », Gérald Fontaine told the broadcaster BFMTV. « {{The right to strike is sacred. The right to work is sacred too|Gérald Fontaine|direct}}. »

The CGT union said {{the government was trying to “break” the movement by force|CGT|mixed}}, and called for new walkouts on Saturday.
""")

P("dw-low-high-marks-chancellor", """
BERLIN — The German chancellor has defended her government's decision to keep the last three nuclear plants running until April.

„{{This is not a U-turn. It is a sober response to an energy emergency|Katrin Albers|direct}}“, Katrin Albers told reporters after a cabinet meeting. „{{We will not leave households in the cold this winter|Katrin Albers|direct}}“, she added.

The Greens, her coalition partner, said {{the extension must not become permanent|Greens|indirect}}.
""")

P("reuters-nato-summit", """
VILNIUS, July 11 (Reuters) - NATO leaders agreed on Tuesday that {{Ukraine's future lies in the alliance|NATO leaders|indirect}}, but stopped short of offering Kyiv a timetable for membership, drawing an angry response from President Volodymyr Zelenskiy.

"{{It's unprecedented and absurd when a time frame is not set|Volodymyr Zelenskiy|direct}}," Zelenskiy wrote on Twitter before arriving in the Lithuanian capital.

NATO Secretary General Jens Stoltenberg said {{the allies had sent "a clear message" of support|Jens Stoltenberg|mixed}}.
""")

# --- business -----------------------------------------------------------------------------

P("reuters-bank-rates", """
LONDON, Feb 6 (Reuters) - The Bank of England held interest rates at 5.25% on Thursday and said {{it needed to see more evidence that inflation was coming down before it could cut|Bank of England|indirect}}.

Governor Andrew Kettering told a news conference: "{{We are not yet at the point where we can cut rates, but things are moving in the right direction|Andrew Kettering|direct}}."

Economists at Barclays said {{they now expected the first cut in June rather than May|Barclays|indirect}}.
""")

P("ap-airline-strike", """
NEW YORK (AP) — {{Pilots at Coastal Airlines voted overwhelmingly Tuesday to authorize a strike|Air Line Pilots Association|indirect}}, the union said, raising the prospect of disruption during the summer travel season.

“{{Our pilots have been flying without a new contract for four years. Enough is enough|Marcus Bell|direct}},” said Capt. Marcus Bell, chairman of the Air Line Pilots Association’s Coastal unit.

The airline said in a statement that {{it remained committed to reaching a deal|Coastal Airlines|indirect}} and that {{the vote did not mean a strike was imminent|Coastal Airlines|indirect}}. Under federal law, a strike requires approval from the National Mediation Board.
""")

P("guardian-supermarket-profits", """
Britain's biggest supermarket has reported a 12% rise in annual profits, prompting accusations of "{{greedflation|consumer groups|partial}}" from consumer groups.

Harbour Foods' chief executive, Ken Morrow, rejected the charge. "{{Our margins are below where they were before the pandemic. We have absorbed a great deal of cost inflation on behalf of our customers|Ken Morrow|direct}}," he said.

But Which?, the consumer group, said {{shoppers would be "rightly angry" to see profits rise while prices stayed high|Which?|mixed}}.
""")

P("bloomberg-style-chipmaker", """
The chipmaker's shares fell 8% in after-hours trading after it cut its revenue forecast for the year, citing weaker demand for personal computers.

“{{We’re seeing customers work through their inventory more slowly than we expected|Lisa Tan|direct}},” Chief Financial Officer Lisa Tan said on a call with analysts. “{{We think the second half will be better, but we’re being prudent|Lisa Tan|direct}}.”

One analyst, who asked not to be named, said {{the guidance was “a lot worse than the Street feared”|-|mixed}}.
""")

P("ap-car-recall", """
DETROIT (AP) — {{Horizon Motors is recalling nearly 340,000 SUVs because the rear-view camera image can fail to appear|National Highway Traffic Safety Administration|indirect}}, according to documents posted Friday by U.S. safety regulators.

The National Highway Traffic Safety Administration said {{a software error can cause the screen to go blank when the vehicle is put in reverse|National Highway Traffic Safety Administration|indirect}}. Dealers will update the software for free.

The company said {{it was not aware of any crashes or injuries caused by the problem|Horizon Motors|indirect}}.
""")

P("reuters-opec-cut", """
DUBAI, Oct 5 (Reuters) - OPEC+ agreed on Wednesday to its biggest production cut since 2020, defying pressure from Washington to pump more oil.

Saudi Energy Minister Prince Abdulaziz bin Salman said {{the group was acting to stabilise markets, not to raise prices|Abdulaziz bin Salman|indirect}}. "{{We are here to stay as a moderating force, to bring about stability|Abdulaziz bin Salman|direct}}," he told a news conference in Vienna.

The White House called the decision "{{shortsighted|White House|partial}}".
""")

P("guardian-water-company", """
Severnside Water faces fine over sewage spills

{{A water company that discharged raw sewage into rivers more than 300 times last year faces a record fine|Ofwat|indirect}}, the regulator has said.

Ofwat said {{its investigation had found "serious failings" in how the company ran its treatment works|Ofwat|mixed}}. The regulator's chief executive, David Blake, said: "{{Customers and the environment have been let down. This is not acceptable|David Blake|direct}}."

A Severnside Water spokesperson said: "{{We are sorry. We know we need to do better, and we are investing record amounts to do so|Severnside Water|direct}}."
""")

P("reuters-merger-blocked", """
LONDON, April 26 (Reuters) - Britain's competition regulator blocked the takeover of a video game maker by a U.S. software giant on Wednesday, saying {{the deal could hurt competition in the nascent cloud gaming market|Competition and Markets Authority|indirect}}.

The Competition and Markets Authority said {{the remedy offered by the buyer was "insufficient"|Competition and Markets Authority|mixed}}.

The buyer's president, Brad Holloway, said {{the company remained "fully committed" to the deal and would appeal|Brad Holloway|mixed}}. "{{This decision rejects a pragmatic path to address competition concerns|Brad Holloway|direct}}," he said.
""")

# --- sports -------------------------------------------------------------------------------

P("bbc-football-manager-sacked", """
Rovers sack manager after seven straight defeats

Northbridge Rovers have sacked manager Gary Keane with the club sitting one point above the relegation zone.

The club said in a statement that {{it had been "a difficult decision" but results had not been good enough|Northbridge Rovers|mixed}}.

Keane, 47, took charge in 2021 and led the club to promotion in his first season. Speaking after Saturday's 3-0 defeat by Ashford, he said: "{{I still believe in this group. The lads are giving everything, but at the moment the breaks are going against us|Gary Keane|direct}}."
""")

P("ap-tennis-final", """
LONDON (AP) — Carla Moreno won her first Wimbledon title on Saturday, beating the top seed 6-4, 7-6 (5) on Centre Court.

“{{I dreamed about this since I was a little girl hitting balls against the garage door|Carla Moreno|direct}},” Moreno said, her voice breaking. “{{I can’t believe it’s real|Carla Moreno|direct}}.”

Her opponent, Anya Petrova, said {{she had struggled with a shoulder problem all week|Anya Petrova|indirect}} but refused to use it as an excuse. “{{She was better today. Simple as that|Anya Petrova|direct}},” Petrova said.
""")

P("guardian-cricket-captain", """
England's captain has insisted {{his side's aggressive style is "not going anywhere"|Ben Harwood|mixed}} despite a heavy defeat in the second Test.

"{{We've said from the start that we'll take the positive option, and sometimes that will go wrong|Ben Harwood|direct}}," Ben Harwood said. "{{I'd rather lose like that than draw a game we should have tried to win|Ben Harwood|direct}}."

The former captain Michael Ashby said {{the batting had been "reckless" rather than brave|Michael Ashby|mixed}}.
""")

P("reuters-f1-crash", """
MONZA, Italy, Sept 3 (Reuters) - Team Vantage's Luca Brenner won the Italian Grand Prix on Sunday, his 10th win in a row, after a first-lap crash took out both Apex cars.

"{{It's been an incredible run and I just want to enjoy it while it lasts|Luca Brenner|direct}}," Brenner said. His team principal Paul Ashdown said {{the team had made "a near-perfect" strategy call|Paul Ashdown|mixed}}.

Apex said {{both drivers had been checked at the medical centre and were unhurt|Apex|indirect}}.
""")

P("ap-nba-trade-multipara", """
MILWAUKEE (AP) — Bucks coach Tanya Brooks said Thursday {{she was “sad but excited” about the trade that sent the team’s longest-serving player to Portland|Tanya Brooks|mixed}}.

“{{He was the heart of this locker room for eight years. You don’t replace that with a press release|Tanya Brooks|direct}}.

“{{But this is a business, and the guys we got back are going to help us win now. I told him that when we spoke this morning|Tanya Brooks|direct}}.”

Brooks said {{the new players would join the team in Chicago on Saturday|Tanya Brooks|indirect}}.
""")

P("bbc-olympics-doping", """
Athlete banned for four years after positive test

{{The world 400m silver medallist has been banned for four years after testing positive for a prohibited steroid|Athletics Integrity Unit|indirect}}, the Athletics Integrity Unit (AIU) has announced.

The AIU said {{the sample was collected out of competition in March|Athletics Integrity Unit|indirect}}. The athlete, Jordan Pike, said {{he would appeal|Jordan Pike|indirect}}. "{{I have never knowingly taken a banned substance and I will prove that|Jordan Pike|direct}}," he wrote on Instagram.
""")

P("reuters-rugby-referee", """
PARIS, Oct 15 (Reuters) - South Africa coach Jacques Nel said {{his side had "found a way" to win|Jacques Nel|mixed}} after a one-point victory over France in a bruising World Cup quarter-final on Sunday.

France coach Fabien Garnier refused to blame the referee. "{{I'm not going to talk about the refereeing. We lost, and we have to accept it|Fabien Garnier|direct}}," he said.

His captain was less restrained. {{The referee's performance was "not at the level" of a quarter-final|Antoine Duval|mixed}}, said Antoine Duval.
""")

# --- science, health, environment ---------------------------------------------------------

P("ap-climate-report", """
GENEVA (AP) — {{Last year was the hottest on record by a wide margin|World Meteorological Organization|indirect}}, the World Meteorological Organization said Friday, warning that {{the 1.5-degree Celsius threshold could be breached within the decade|World Meteorological Organization|indirect}}.

“{{The alarm bells are ringing louder than ever|Celeste Saulo|direct}},” said WMO Secretary-General Celeste Saulo. “{{This is a red alert to the world|Celeste Saulo|direct}}.”

Scientists said {{the El Niño weather pattern had added to the warming caused by greenhouse gases|Scientists|indirect}}.
""")

P("guardian-nasa-mission", """
Nasa has postponed the launch of its crewed lunar flyby until next year after engineers found problems with the capsule's heat shield.

"{{Safety is our top priority, and we will fly when we are ready|Bill Nelson|direct}}," the Nasa administrator, Bill Nelson, told a press conference. He said {{the delay would not push back the planned landing mission|Bill Nelson|indirect}}.

Engineers said {{more char than expected had come off the shield during an uncrewed test flight in 2022|engineers|indirect}}.
""")

P("bbc-new-antibiotic", """
{{Scientists have discovered a new class of antibiotic that kills one of the most dangerous drug-resistant bacteria|-|indirect}}, according to a study published in the journal Nature.

Lead researcher Dr Priya Raman, of McMaster University, said: "{{This is a very exciting finding, but it is only the first step. It will be years before anything reaches patients|Priya Raman|direct}}."

Prof Liam Doherty, who was not involved in the research, called the discovery "{{genuinely novel|Liam Doherty|partial}}".
""")

P("reuters-who-outbreak", """
GENEVA, Aug 14 (Reuters) - The World Health Organization on Wednesday declared the spread of mpox in Africa a public health emergency of international concern, its highest level of alarm.

"{{This is something that should concern us all|Tedros Adhanom Ghebreyesus|direct}}," WHO Director-General Tedros Adhanom Ghebreyesus told a news conference. The WHO chief said {{a coordinated international response was essential to stop the outbreaks|Tedros Adhanom Ghebreyesus|indirect}}.

Health officials in Congo said {{they had recorded more than 15,000 cases this year|health officials in Congo|indirect}}.
""")

P("ap-volcano-scientists", """
REYKJAVIK, Iceland (AP) — A volcano on Iceland’s Reykjanes Peninsula erupted again Monday, sending lava toward the evacuated town of Grindavik.

The Icelandic Meteorological Office said {{the eruption was smaller than one in January but that lava could still reach the town’s northern edge|Icelandic Meteorological Office|indirect}}.

“{{We are watching it minute by minute|Kristín Hallsdóttir|direct}},” said Kristín Hallsdóttir, a volcanologist at the office. “{{Right now the defensive walls are holding|Kristín Hallsdóttir|direct}}.”
""")

P("guardian-bird-flu", """
A strain of bird flu has been found in dairy cattle in a fourth US state, raising fears about the virus's spread among mammals.

The US Department of Agriculture said {{the risk to the public remained low|US Department of Agriculture|indirect}}, but experts urged closer monitoring. "{{Every time this virus gets into a new species, it gets another chance to adapt|Marion Kessler|direct}}," said Marion Kessler, a virologist at Erasmus University in Rotterdam.

She said {{farmers needed to be tested as well as their animals|Marion Kessler|indirect}}.
""")

# --- courts and crime ---------------------------------------------------------------------

P("ap-trial-verdict", """
MINNEAPOLIS (AP) — A jury on Tuesday convicted a former police officer of manslaughter in the shooting of an unarmed man during a traffic stop.

“{{Today is not a day of celebration. It is a day of accountability|Dana Hollis|direct}},” Minnesota Attorney General Dana Hollis said outside the courthouse.

The officer’s lawyer, Earl Whitman, said {{his client had made “a tragic mistake” but was not a criminal|Earl Whitman|mixed}}, and that {{he would appeal|Earl Whitman|indirect}}.

Judge Regina Park set sentencing for June.
""")

P("bbc-court-sentencing", """
Man jailed for 12 years over Manchester arson attack

A man who set fire to a block of flats in Manchester, forcing 40 people to flee, has been jailed for 12 years.

Sentencing Damien Cole, 34, at Manchester Crown Court, Judge Anne Whitworth said {{he had shown "a chilling disregard for human life"|Anne Whitworth|mixed}}.

The court heard that Cole had started the fire after a row with a neighbour. In a statement read to the court, one resident said: "{{I woke up to smoke and screaming. I still can't sleep with the door closed|-|direct}}."
""")

P("reuters-supreme-court", """
WASHINGTON, June 30 (Reuters) - The U.S. Supreme Court on Friday struck down a student debt relief plan, ruling that {{the administration had exceeded its authority|U.S. Supreme Court|indirect}}.

Writing for the 6-3 majority, Chief Justice John Roberts said {{the law did not authorize "the basic and fundamental changes" the plan would make|John Roberts|mixed}}.

In a dissent, Justice Elena Kagan wrote: "{{The Court today exceeds its proper, limited role in our Nation's governance|Elena Kagan|direct}}."
""")

P("guardian-inquest", """
A coroner has ruled that {{a teenager's death was caused by a failure to treat a common infection, after a hospital "missed repeated opportunities" to save him|Sarah Ormond|mixed}}.

The senior coroner, Sarah Ormond, said {{the boy's condition should have been recognised hours earlier|Sarah Ormond|indirect}}.

The boy's mother, Nadia Hussain, said outside the hearing: "{{We were told again and again that he was fine. He was not fine. We want no other family to go through this|Nadia Hussain|direct}}."

The hospital trust said {{it accepted the findings in full and apologised to the family|hospital trust|indirect}}.
""")

P("ap-fraud-charges", """
NEW YORK (AP) — Federal prosecutors on Thursday charged the founder of a cryptocurrency lending platform with fraud, accusing him of lying to customers about the safety of their deposits.

“{{He promised customers their money was safe. In truth, it was anything but|Damian Reyes|direct}},” U.S. Attorney Damian Reyes said in a statement.

A lawyer for the founder, Marcus Lee, said {{his client “intends to fight these charges”|Marcus Lee|mixed}}.

According to the indictment, {{customers lost more than $1 billion when the platform froze withdrawals in 2022|-|indirect}}.
""")

P("bbc-police-statement-org", """
Police in Northern Ireland have apologised after the personal details of every serving officer were released by mistake.

The Police Service of Northern Ireland (PSNI) said {{the information had been published in error in response to a freedom of information request|Police Service of Northern Ireland|indirect}}.

"{{This is an industrial scale data breach|Liam Kelly|direct}}," said Liam Kelly, chair of the Police Federation for Northern Ireland. "{{Officers are rightly angry, and many are frightened|Liam Kelly|direct}}."
""")

# --- disasters and accidents -------------------------------------------------------------

P("reuters-earthquake", """
ANKARA, Feb 7 (Reuters) - Rescuers in Turkey and Syria dug through the rubble of collapsed buildings in freezing weather on Tuesday, as the death toll from the region's worst earthquake in decades rose above 5,000.

"{{We could hear voices last night, but this morning there is only silence|Mehmet Yilmaz|direct}}," said Mehmet Yilmaz, 52, standing beside the ruins of an apartment block in Antakya where his brother's family lived.

Turkey's disaster agency AFAD said {{more than 25,000 search and rescue personnel had been deployed|AFAD|indirect}}. The World Health Organization warned {{the final toll could rise eightfold|World Health Organization|indirect}}.
""")

P("ap-wildfire-maui", """
LAHAINA, Hawaii (AP) — Residents who fled the wildfire that destroyed this historic town described a chaotic escape with little or no warning.

“{{There was no siren. Nothing. We saw the smoke and we just ran|Keoni Kahale|direct}},” said Keoni Kahale, who escaped with his two children.

Hawaii Gov. Josh Green said {{the fire was likely the largest natural disaster in the state’s history|Josh Green|indirect}}. He told reporters that {{he had ordered a review of the warning system|Josh Green|indirect}}.
""")

P("bbc-flood-pakistan", """
Pakistan floods: '{{A third of the country is under water|Sherry Rehman|direct}}'

Pakistan's climate change minister says {{a third of the country is under water|Sherry Rehman|indirect}} after the worst monsoon floods in a decade.

Sherry Rehman told the BBC: "{{It's all one big ocean, there's no dry land to pump the water out|Sherry Rehman|direct}}."

The UN has appealed for $160m in emergency aid. Its secretary general, António Guterres, said {{the world must stop "sleepwalking" towards climate catastrophe|António Guterres|mixed}}.
""")

P("aljazeera-ferry-sinking", """
{{At least 43 people have died after a ferry carrying more than 200 passengers caught fire and sank off the coast of Indonesia’s Sulawesi island|officials|indirect}}, officials said.

{{Rescue teams pulled 164 survivors from the water|national search and rescue agency|indirect}}, according to the national search and rescue agency. Its local chief, Budi Santoso, said {{the search would continue through the night|Budi Santoso|indirect}}.

“{{The fire started in the engine room and spread very fast|Budi Santoso|direct}},” he said. “{{Many passengers jumped into the sea without life jackets|Budi Santoso|direct}}.”
""")

P("reuters-train-crash-greece", """
ATHENS, March 1 (Reuters) - A passenger train collided with a freight train in central Greece late on Tuesday, killing at least 36 people, in the country's worst rail accident.

Greece's transport minister resigned on Wednesday, saying {{he was taking responsibility for "the long-standing failures" of the railway system|Kostas Karamanlis|mixed}}. "{{When something so tragic happens, it is impossible to carry on as if nothing had happened|Kostas Karamanlis|direct}}," Kostas Karamanlis said in a televised statement.

Rail unions said {{they had warned for years about the lack of safety systems on the line|rail unions|indirect}}.
""")

# --- harder and mixed cases ---------------------------------------------------------------

P("aljazeera-putin-pronouns", """
Russian President Vladimir Putin has said {{Western sanctions have failed to cripple the country’s economy|Vladimir Putin|indirect}}, in a speech to business leaders in St Petersburg.

“{{They wanted to bring us to our knees. It did not work|Vladimir Putin|direct}},” Putin said.

He told the forum that {{Russia would turn its trade towards Asia and the Middle East|Vladimir Putin|indirect}}. The Russian president added that {{the central bank had acted “competently” during the crisis|Vladimir Putin|mixed}}.

Ukraine’s foreign ministry dismissed the speech as “{{propaganda|Ukraine’s foreign ministry|partial}}”.
""")

P("guardian-she-they-pronouns", """
The head of the nurses' union has warned of the biggest walkout in the history of the NHS if talks with the government fail.

Pat Conlon said {{her members were "at the end of their tether"|Pat Conlon|mixed}}. "{{We have not taken this step lightly. Nurses are leaving the profession in their thousands|Pat Conlon|direct}}," she said.

Ministers said {{the pay award was fair and affordable|ministers|indirect}}. They added that {{the union's demands would cost £10bn a year|ministers|indirect}}.
""")

P("reuters-anonymous-sources", """
SINGAPORE, Nov 9 (Reuters) - {{The company is in talks to sell its Asian fertiliser business for about $2 billion|-|indirect}}, three people familiar with the matter said.

The sources, who declined to be named because the talks are confidential, said {{a deal could be announced before the end of the year|-|indirect}}.

The company declined to comment.
""")

P("ap-quote-before-colon-headline", """
Mayor on crime wave: ‘{{We need more officers on the street, now|Dwayne Patterson|direct}}’

CHICAGO (AP) — Chicago Mayor Dwayne Patterson on Monday asked the City Council for money to hire 500 more police officers, after a weekend in which 14 people were shot.

“{{We need more officers on the street, now|Dwayne Patterson|direct}},” Patterson said. “{{I will not apologize for asking for that|Dwayne Patterson|direct}}.”

Alderman Rosa Vega said {{more police would not solve the problem without youth programs|Rosa Vega|indirect}}.
""")

P("bbc-odd-marks-unbalanced", """
Firefighters tackle blaze at historic theatre

Firefighters spent the night tackling a fire at the Grand Theatre in Lancaster, one of the oldest working theatres in England.

Station manager Chris Doyle said: "{{The building is badly damaged but the crews have managed to save the front of house and the auditorium ceiling|Chris Doyle|direct}}.

The theatre's director, Joanna Pell, said {{she was "heartbroken"|Joanna Pell|mixed}}. "{{We have survived two world wars, and we will survive this|Joanna Pell|direct}}," she said.
""")

P("guardian-apostrophes-no-quotes", """
Britain's oldest pub reopens after £2m restoration

The 900-year-old inn, which claims to be England's oldest, has reopened its doors after an 18-month restoration that saved its crumbling timber frame.

The pub's new landlords, who also run two restaurants in the city, bought the building in 2021 after the previous owners' business collapsed during the pandemic. Builders uncovered a 17th-century fireplace and a set of coins from the 1790s and '80s of the following century behind a wall.

Rock 'n' roll nights will return in the spring, along with the pub's famous Sunday carvery.
""")

P("ap-said-not-speech", """
TULSA, Okla. (AP) — A judge on Wednesday ordered the sale of the said property, a former oil company headquarters, to pay off the firm's creditors.

The building, said to be one of the finest art deco structures in the state, has stood empty since 2015. Ships once unloaded machinery for the company at Port Said, in Egypt, and the firm's archives include letters from the port.

Having said that, preservation groups hope a buyer will restore it rather than demolish it. Restoring it is easier said than done: the roof alone needs $4 million in repairs.
""")

P("reuters-no-quotes-markets", """
TOKYO, Jan 15 (Reuters) - Asian shares rose on Monday as investors bet that major central banks would begin cutting interest rates in the first half of the year, while the yen weakened against the dollar.

MSCI's broadest index of Asia-Pacific shares outside Japan gained 0.6%, led by technology stocks in Taiwan and South Korea. Japan's Nikkei added 0.9% to its highest level since 1990.

Oil prices edged lower after a 2% jump last week, with Brent crude futures down 0.3% at $78.04 a barrel.
""")

P("bbc-no-quotes-weather", """
Heavy snow disrupts travel across northern England

Heavy snow has closed roads and cancelled flights across northern England, with more than 20cm falling overnight in parts of Cumbria and North Yorkshire.

The A66 was closed in both directions between Penrith and Scotch Corner, and several schools in the Pennines did not open. Manchester Airport suspended its runway for two hours on Saturday morning while it was cleared.

A yellow weather warning for ice remains in place until midday on Sunday.
""")

P("aljazeera-scare-quotes-context", """
Israel’s military said {{its forces had carried out a “targeted operation” against armed fighters in the Jenin refugee camp|Israel’s military|mixed}} overnight.

Palestinian health officials said {{at least seven people had been killed, including a 16-year-old boy|Palestinian health officials|indirect}}. The Palestinian Authority described the raid as a “{{massacre|Palestinian Authority|partial}}”.

What Israel calls “{{counterterrorism operations|Israel|partial}}” in the occupied West Bank have intensified over the past year.
""")

P("guardian-told-that-chain", """
The foreign secretary has told MPs that {{Britain will not recognise the result of the referendum in occupied territory|David Lowell|indirect}}.

David Lowell told the Commons foreign affairs committee that {{the vote was "a sham" held at gunpoint|David Lowell|mixed}}, and warned that {{further sanctions were being prepared|David Lowell|indirect}}.

Asked whether those sanctions would target energy exports, he said: "{{Nothing is off the table|David Lowell|direct}}."
""")

P("ap-tweeted-claimed", """
NEW YORK (AP) — The billionaire owner of the social media platform tweeted Saturday that {{advertisers who had paused spending were trying to “blackmail” him|Elias Korr|mixed}}.

“{{Advertisers can leave. We will not be held hostage|Elias Korr|direct}},” Elias Korr had said at a conference days earlier, addressing companies that left the site. He claimed {{the boycott would “kill the company”|Elias Korr|mixed}}.

Media Matters, the watchdog group whose report prompted several brands to leave, said {{it stood by its research|Media Matters|indirect}}.
""")

P("reuters-according-to-variants", """
KYIV, Aug 3 (Reuters) - {{Russian drones struck grain facilities in the Danube port of Izmail overnight|Ukrainian officials|indirect}}, according to Ukrainian officials, damaging warehouses near the border with Romania.

{{Around 40,000 tonnes of grain intended for Africa, China and Israel was damaged|Oleksandr Kubrakov|indirect}}, according to Ukraine's infrastructure minister, Oleksandr Kubrakov.

Romania's defence ministry said {{there was no direct threat to its territory|Romania's defence ministry|indirect}}.
""")

P("guardian-single-quotes-nested", """
The former adviser told the inquiry that the prime minister had said ‘{{let it run through the country|Martin Greaves|direct}}’ during a heated meeting in October 2020.

“{{I was in the room. I heard him say it, and I wrote it down that night|Dominic Carver|direct}},” Dominic Carver said. “{{He said, ‘No more lockdowns,’ and then he said the rest|Dominic Carver|direct}}.”

Martin Greaves has denied using the words, calling the claim “{{total rubbish|Martin Greaves|partial}}”.
""")

P("bbc-wrote-statement-org", """
Tech giant to cut 10,000 jobs

The software company has announced {{it will cut 10,000 jobs, about 5% of its workforce|Microsoft|indirect}}, blaming an economic slowdown.

In an email to staff, chief executive Satya Nadella wrote: "{{We are living through times of significant change. These are hard choices, but they are the right ones for our future|Satya Nadella|direct}}."

The company said {{the cuts would be completed by the end of March|Microsoft|indirect}}, and that {{Microsoft would take a $1.2bn charge|Microsoft|indirect}}.
""")

P("aljazeera-group-speakers", """
Thousands of farmers have blocked highways leading to the capital, demanding guaranteed minimum prices for their crops.

Protesters said {{they would not leave until the government put its promises in writing|protesters|indirect}}. “{{We have been lied to for three years. This time we want it on paper|Gurpreet Singh|direct}},” said Gurpreet Singh, a wheat farmer from Punjab.

Police said {{they had fired tear gas after some protesters tried to break through barricades|police|indirect}}.
""")

P("reuters-spokesperson-ministry", """
BEIJING, Sept 12 (Reuters) - China on Tuesday urged the Philippines to stop “{{provocations|China|partial}}” in the South China Sea after a standoff near a disputed shoal.

“{{China will continue to take necessary measures to safeguard its sovereignty|Mao Ning|direct}},” foreign ministry spokeswoman Mao Ning told a regular news briefing.

Manila said {{its vessels had been on a routine resupply mission|Manila|indirect}}.
""")

P("ap-insisted-warned-assured", """
WASHINGTON (AP) — The Treasury secretary assured lawmakers on Tuesday that {{the U.S. banking system was “sound”|Janet Yellen|mixed}}, despite the collapse of two regional lenders.

Janet Yellen warned, however, that {{more banks could come under pressure if depositors lost confidence|Janet Yellen|indirect}}. She insisted {{the government was not bailing out shareholders|Janet Yellen|indirect}}.

“{{The actions we took were not focused on aiding specific banks or classes of banks|Janet Yellen|direct}},” Yellen told the Senate Finance Committee.
""")

P("guardian-multipara-three", """
The actor accepted the lifetime achievement award with a speech that moved many in the audience to tears.

“{{When I started out, people told me a girl from a council estate in Hull had no business on a stage|Maxine Pryce|direct}}.

“{{I want to say to every young person who has been told that: they were wrong about me, and they are wrong about you|Maxine Pryce|direct}}.

“{{Go and make some noise|Maxine Pryce|direct}},” Maxine Pryce said.
""")

P("reuters-title-speakers", """
TEHRAN, Jan 3 (Reuters) - Iran's foreign minister said on Wednesday that {{Tehran had no interest in a wider war in the region|Hossein Rahimi|indirect}}, but warned that {{it would respond to any attack on its territory|Hossein Rahimi|indirect}}.

"{{We have shown restraint, but restraint has limits|Hossein Rahimi|direct}}," the minister told state television. Hossein Rahimi spoke hours after two explosions killed dozens of people in the southern city of Kerman.

The United States said {{it had no involvement in the blasts|United States|indirect}}.
""")

P("ap-speaker-before-quote", """
PHOENIX (AP) — Arizona election officials are preparing for a close count in the state’s closely watched Senate race.

Maricopa County Recorder Stephen Rourke said, “{{We expect most results by Tuesday night, but a race this close may take days|Stephen Rourke|direct}}.” He urged voters to be patient.

Rourke said {{his office had hired 200 more temporary workers|Stephen Rourke|indirect}}.
""")

P("bbc-curly-single-headline-partial", """
Teachers' strike '{{likely|National Education Union|partial}}' in autumn, union warns

A union has warned that {{a national strike by teachers is "likely" in the autumn|National Education Union|mixed}} if the government does not improve its pay offer.

The National Education Union's general secretary, Daniel Okafor, said {{members felt "betrayed"|Daniel Okafor|mixed}}.

The Department for Education said {{the offer was the highest for 30 years|Department for Education|indirect}}.
""")

P("aljazeera-odd-marks-mixed-styles", """
Kenya’s president has defended a new housing levy that has sparked protests, saying {{it will create jobs for young people|William Kamau|indirect}}.

William Kamau said: “{{Those who are opposing this programme should tell Kenyans what alternative they have|William Kamau|direct}}".

Opposition leader Raila Otieno called the levy "{{theft|Raila Otieno|partial}}” and urged supporters to continue demonstrating.
""")

P("reuters-inverted-said-putin", """
MOSCOW, Dec 14 (Reuters) - "{{There will be peace when we achieve our goals|Vladimir Putin|direct}}," said Putin, speaking at his annual year-end news conference, the first since the start of the war in Ukraine.

The president said {{Russia's goals had not changed: the "denazification" and "demilitarisation" of Ukraine and its neutrality|Vladimir Putin|mixed}}.

Vladimir Putin also said {{there were 617,000 Russian soldiers in the combat zone|Vladimir Putin|indirect}}.
""")

P("guardian-statement-saying", """
The band has cancelled the rest of its world tour, releasing a statement saying {{the lead singer needed time to recover from surgery|The Verve Collective|indirect}}.

"{{We are heartbroken to let our fans down, but Jamie's health has to come first|The Verve Collective|direct}}," The Verve Collective wrote on social media.

{{Ticket holders will be refunded automatically|promoter|indirect}}, the promoter said.
""")

P("ap-science-single-marks-british", """
CAMBRIDGE, England (AP) — Astronomers said Wednesday {{they had detected possible signs of a gas produced by living things in the atmosphere of a distant planet|astronomers|indirect}}, but cautioned that more observations were needed.

‘{{This is not a discovery of life. It is a strong hint that deserves a careful follow-up|Nikhil Rao|direct}},’ said Nikhil Rao, the Cambridge astrophysicist who led the study.

Other researchers called the claim ‘{{premature|other researchers|partial}}’.
""")

P("reuters-mixed-direct-same-sentence", """
BERLIN, Nov 20 (Reuters) - German Finance Minister Christian Vogt said on Monday {{the government would suspend the debt brake for a fourth year, calling it "the only responsible option"|Christian Vogt|mixed}} after a court ruling blew a 60-billion-euro hole in the budget.

"{{We are not going to make cuts in a panic|Christian Vogt|direct}}," Vogt told ARD television, adding that {{a new budget would be agreed "in the coming weeks"|Christian Vogt|mixed}}.
""")

P("bbc-quote-standalone-paragraph", """
The chief executive of the hospital trust has apologised to patients after an inspection rated its maternity services "{{inadequate|inspectors|partial}}".

Dr Rachel Ames said {{she accepted the inspectors' findings in full|Rachel Ames|indirect}} and that {{a new leadership team had been appointed|Rachel Ames|indirect}}.

"{{Families deserved better from us, and I am deeply sorry|Rachel Ames|direct}}."

"{{We have already made changes, but we know there is much more to do|Rachel Ames|direct}}."
""")

P("ap-sports-press-conference-he", """
BOSTON (AP) — Red Sox manager Alex Molina was blunt after his team’s ninth loss in 10 games.

“{{We stink right now. There’s no other way to put it|Alex Molina|direct}},” he said. “{{The pitching hasn’t been good, the hitting hasn’t been good, and I haven’t been good|Alex Molina|direct}}.”

Molina said {{he would not make lineup changes for Friday’s series opener against the Yankees|Alex Molina|indirect}}.
""")


P("guardian-feature-standalone-quotes", """
For twenty years, Margaret Oyelaran ran the only bakery in the village of Hollins End. When the energy bills arrived last winter, she did the sums three times before she believed them.

“{{It was more than the rent and the wages put together|Margaret Oyelaran|direct}}.” She laughs, a little bitterly. “{{I kept thinking there must be a zero too many.|Margaret Oyelaran|direct}}”

Her son, Tunde, who helps with deliveries, remembers the night she told him. “{{She sat at the kitchen table with all the letters spread out and said, ‘That’s it, then,’ and went to bed|Tunde Oyelaran|direct}},” he says.

The bakery closed in March. The building is now for sale.

“{{People think it’s just bread|Margaret Oyelaran|direct}},” Oyelaran says. “{{But it was where you found out who was ill, who had a new baby, who needed a lift to the hospital. That’s gone now|Margaret Oyelaran|direct}}.”
""")

P("ap-titles-nicknames-not-quotes", """
LOS ANGELES (AP) — {{“The Long Night,” a drama about a family trapped in a flooded town, topped the weekend box office with $41 million|-|indirect}}, according to studio estimates released Sunday.

The film stars Dwayne “The Hammer” Ortiz, the former wrestler, and features the song “Don’t let the water in,” which has been streamed 20 million times.

Its director, Hana Sato, thanked audiences in a post on Instagram. “{{We made this for the people who lost everything in the storms, and I’m so glad they came|Hana Sato|direct}},” she wrote.
""")

P("bbc-says-present-tense", """
Coastguard says search for missing fishermen will continue

The coastguard says {{the search for two fishermen missing off the Cornish coast will continue through the weekend|HM Coastguard|indirect}}, despite worsening weather.

The men's boat was found capsized on Thursday about six miles south of Newlyn.

"{{We have not given up hope|Mark Trevithick|direct}}," says Mark Trevithick, the coastguard's duty commander. "{{The water is cold, but these are experienced men and we know people have survived longer|Mark Trevithick|direct}}."

A friend of the missing men says {{the fishing community is "holding its breath"|-|mixed}}.
""")

P("reuters-interview-qa", """
LONDON, May 9 (Reuters) - The head of Britain's largest pension fund said on Thursday {{it would sell its remaining shares in fossil fuel producers by 2030|Claire Abbott|indirect}}, and criticised ministers for what she called "{{stop-start|Claire Abbott|partial}}" climate policy.

In an interview with Reuters, Claire Abbott, the fund's chief executive, was asked whether the decision would cost members money.

"{{No. Over the long run we think the risks of holding these assets are greater than the returns|Claire Abbott|direct}}," she said. "{{Our members are going to retire in 2050 and 2060. We have to invest for the world they will retire into|Claire Abbott|direct}}."

The oil industry body Offshore Energies UK said {{the fund was "making a mistake" that would not cut global emissions|Offshore Energies UK|mixed}}.
""")

P("aljazeera-coach-title-speaker", """
Morocco’s national team returned home to a heroes’ welcome on Tuesday after their historic run to the World Cup semi-finals.

Hundreds of thousands of fans lined the streets of Rabat as the squad paraded in an open-top bus. Walid Rahmani, who took charge only three months before the tournament, was carried shoulder-high from the airport.

“{{We have shown that an African team can compete with anyone|Walid Rahmani|direct}},” the coach told reporters. “{{The next generation will not have to dream. They will know it is possible|Walid Rahmani|direct}}.”

Fans said {{the team had united the Arab world and Africa|fans|indirect}}. “{{I have never seen the country like this, not ever|Youssef Benali|direct}},” said Youssef Benali, 63, who travelled from Fes.
""")

P("ap-he-added-separate-sentence", """
DENVER (AP) — The Colorado River’s largest reservoirs could fall to critically low levels within two years without deeper water cuts, federal officials warned Tuesday.

“{{We are in uncharted territory|Camille Dorsey|direct}},” Bureau of Reclamation Commissioner Camille Dorsey said. She added: “{{Every sector, every state, every city will have to use less|Camille Dorsey|direct}}.”

Arizona’s water director, Tom Bridger, said {{his state had already absorbed the largest cuts|Tom Bridger|indirect}}. “{{We’ve done our part. Now it’s California’s turn|Tom Bridger|direct}},” he added.
""")


def build(passages: list[tuple[str, str]]) -> list[dict]:
    """Turn marked passages into gold documents, checking every span."""
    documents = []
    for identifier, marked in passages:
        plain, marks = unmark(marked, _MARKUP, name=identifier, brackets=_BRACKETS)
        quotes = [_quote(mark) for mark in marks]
        for quote in quotes:
            _check(identifier, plain, quote)
        documents.append({"id": identifier, "text": plain, "quotes": quotes})
    return documents


def _quote(mark: Mark) -> dict:
    _, speaker, kind = mark.groups
    return {"start": mark.start, "end": mark.end, "speaker": None if speaker.strip() == "-" else speaker.strip(), "kind": kind}


def _check(identifier: str, text: str, quote: dict) -> None:
    piece = text[quote["start"] : quote["end"]]
    if not piece.strip():
        raise ValueError(f"{identifier}: empty quote")
    if piece != piece.strip():
        raise ValueError(f"{identifier}: quote {piece!r} has surrounding whitespace")
    if quote["kind"] in ("direct", "partial"):
        if piece[0] in _QUOTE_MARKS or piece[-1] in _QUOTE_MARKS or "\n" in piece:
            raise ValueError(f"{identifier}: {quote['kind']} quote {piece!r} includes quotation marks or a break")
        before = text[: quote["start"]].rstrip(" ")
        if not before or before[-1] not in _QUOTE_MARKS:
            raise ValueError(f"{identifier}: {quote['kind']} quote {piece!r} does not follow a quotation mark")


def check_lengths(passages: list[tuple[str, str]], low: int, high: int) -> None:
    """Raise unless every passage has ``low`` to ``high`` words (markup removed)."""
    for identifier, marked in passages:
        words = len(unmark(marked, _MARKUP, name=identifier, brackets=_BRACKETS)[0].split())
        if not low <= words <= high:
            raise ValueError(f"{identifier}: {words} words, expected {low}-{high}")


def write_gold(passages: list[tuple[str, str]], default_out: Path) -> None:
    """Check and build ``passages``, write them as gold JSONL (to ``sys.argv[1]`` if given), print the counts."""
    documents = build(passages)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else default_out
    write_jsonl(out, documents)
    kinds: dict[str, int] = {}
    for document in documents:
        for quote in document["quotes"]:
            kinds[quote["kind"]] = kinds.get(quote["kind"], 0) + 1
    total = sum(kinds.values())
    print(f"{len(documents)} passages, {total} quotes {dict(sorted(kinds.items()))} -> {out}")


def main() -> None:
    write_gold(PASSAGES, Path(__file__).with_name("quotes.jsonl"))


if __name__ == "__main__":
    main()
