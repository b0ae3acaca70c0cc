"""Build benchmarks/data/quotes_heldback.jsonl, a HELD-BACK hand-annotated quote gold set.

Why a third set: ``quotes.jsonl`` (``make_quotes.py``) was used while the quote extractor was
developed, and ``quotes_fresh.jsonl`` (``make_quotes_fresh.py``) is the fresh set the team
improves the extractor against. This set is kept back for ONE final, honest estimate of how the
quote extractor generalises after that work. Nobody tunes against it: the passages were written
without reading the extractor's code and without running newscore, and newscore was measured on
them only once, after every passage was written. If anyone tunes to it, write another set.

Every passage is original news-style text written for this benchmark (no real article is
copied); the people, and most organisations and some places and countries, are invented, and
no real person is given words. The passages cover many beats (national and local politics,
international affairs and conflict, courts, crime, business and markets, tech, health, science,
climate, education, sport, culture and obituaries, human interest) and several national styles:
US wire copy (AP style), UK broadsheet and tabloid (single quotation marks), Australian, Indian
English ("informed that", "termed"), Irish, Canadian and South African copy. Speakers alternate
between men and women and are referred to later by pronoun, surname, role or age ("the
47-year-old", "the coach"); organisations, governments, spokespeople, anonymous sources,
documents and groups ("residents", "protesters") speak too.

Markup, annotation rules and span checks are exactly those of ``make_quotes.py`` (its docstring
is the reference; its ``build`` function is reused here): ``{{content|Speaker Name|kind}}``,
``-`` for a null speaker. In addition (as in ``make_quotes_fresh.py``):

* Quotation marks in a headline are annotated only when the headline attributes them
  ("Minister: '...'" or "X says '...'"); unattributed scare quotes, titles and nicknames are
  not quotes.
* A pronoun-attributed quote takes the fullest name of the person the pronoun refers to.

Run ``python benchmarks/data/make_quotes_heldback.py`` to rewrite quotes_heldback.jsonl; it
checks every span (via ``make_quotes.build``) and that each passage has 120-400 words.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_quotes import check_lengths, write_gold  # noqa: E402 - reuse the original set's markup and checks

PASSAGES: list[tuple[str, str]] = []


def P(identifier: str, marked: str) -> None:  # noqa: N802 - reads like a table row
    PASSAGES.append((identifier, marked.strip("\n")))


# --- politics, national and local ---------------------------------------------------------

P("ap-statehouse-transit-funding", """
HARRISBURG, Pa. (AP) — Pennsylvania lawmakers left the Capitol early Friday without a deal to plug a $310 million hole in public transit funding, and the head of the state’s largest transit agency warned that {{service cuts of up to 20% would begin in September|Delia Ferraro|indirect}}.

“{{We have done everything we can to avoid this|Delia Ferraro|direct}},” said Delia Ferraro, general manager of the Southeastern Regional Transit Authority. “{{I am not going to pretend that cutting a fifth of our buses is anything other than a disaster for the people who depend on them|Delia Ferraro|direct}}.”

House Speaker Raymond Okafor, a Democrat from Philadelphia, blamed Senate Republicans, saying {{they had walked away from a compromise “that was sitting on the table”|Raymond Okafor|mixed}} on Thursday night.

Senate Majority Leader Gwen Hostetler disputed that account. {{There had never been a final agreement|Gwen Hostetler|indirect}}, she said, and {{her caucus would not approve new money “without real accountability” for how transit agencies spend it|Gwen Hostetler|mixed}}.

“{{Every year it’s the same story: give us more or the sky falls|Gwen Hostetler|direct}},” Hostetler told reporters outside her office. “{{Well, taxpayers in Lancaster County ride the bus too, and they want to know where the money goes|Gwen Hostetler|direct}}.”

Gov. Tom Leary, who had proposed a $280 million increase in his budget, said in a statement that {{he was “deeply disappointed”|Tom Leary|mixed}} and that {{he would call lawmakers back into session if needed|Tom Leary|indirect}}.

Riders waiting at a stop in North Philadelphia on Thursday evening said {{they had little faith in either side|riders|indirect}}.

“{{I’ve got two jobs and no car|Marisol Vega|direct}},” said Marisol Vega, 41, a home health aide. “{{If the 23 bus stops running at night, I don’t know what I do|Marisol Vega|direct}}.”
""")

P("uk-tabloid-lottery-syndicate", """
Dinner ladies who scooped £2.4m: '{{We're still going to work on Monday|dinner ladies|direct}}'

SIX dinner ladies from a Wolverhampton primary school are celebrating after their lottery syndicate scooped a £2.4million jackpot – but insist {{they will be back serving fish fingers on Monday|dinner ladies|indirect}}.

The pals, who have chipped in £2 a week each for 11 years, matched all six numbers in Saturday's draw.

Syndicate organiser Brenda Hollis, 58, said: '{{I checked the numbers on my phone in the bath and nearly dropped it in the water. I screamed the house down|Brenda Hollis|direct}}.

'{{My husband Keith came running up the stairs thinking I'd had a fall|Brenda Hollis|direct}}.'

The gran-of-four said {{she planned to pay off her daughter's mortgage and take the whole family to Florida|Brenda Hollis|indirect}}.

Colleague Janice Pryce, 61, joked that {{the head teacher had gone 'a bit pale' when she heard the news|Janice Pryce|mixed}}.

'{{We told her not to worry. We're not going anywhere – who else is going to do the custard?|Janice Pryce|direct}}' she laughed.

Youngest member Kayleigh Dunn, 34, admitted {{she had nearly left the syndicate last year to save money|Kayleigh Dunn|indirect}}.

'{{I'm so glad I didn't. I'd never have lived it down|Kayleigh Dunn|direct}},' the mum-of-two said.

Head teacher Alan Marsh described the women as '{{the heart of the school|Alan Marsh|partial}}'.

'{{The children adore them. If they'd left, we'd have had a riot at lunchtime|Alan Marsh|direct}},' he said.

A spokesman for operator Lottoline said {{the syndicate had chosen to go public to 'inspire other workplace groups'|Lottoline|mixed}}.
""")

P("pti-india-water-tanker", """
Pune, Apr 18 (PTI) Residents of several housing societies in Pune's Wagholi area staged a protest outside the municipal ward office on Thursday, alleging that {{they had not received piped water for over three weeks|residents|indirect}}.

The protesters, mostly women carrying empty pots, raised slogans against the civic body and claimed that {{private tanker operators were charging up to Rs 2,500 per trip|protesters|indirect}}.

"{{We are paying property tax on time, yet we have to buy water from tankers every second day. Who will answer for this?|Sunita Jadhav|direct}}" asked Sunita Jadhav, a resident of Ubale Nagar.

Another resident, Rajesh Kulkarni, said that {{the society had written to the Pune Municipal Corporation (PMC) at least five times since February|Rajesh Kulkarni|indirect}}. "{{Every time we go to the ward office, they say the tanker will come tomorrow. Tomorrow never comes|Rajesh Kulkarni|direct}}," he said.

PMC water supply department head Anirudh Pawar informed that {{work on a new pipeline from the Bhama Askhed dam was in its final stage|Anirudh Pawar|indirect}}.

"{{The supply will be regularised within 10 days. Till then, we have deployed 40 additional tankers free of cost|Anirudh Pawar|direct}}," Pawar told PTI.

He further stated that {{action would be taken against tanker operators found overcharging|Anirudh Pawar|indirect}}.

Local corporator Meena Shinde termed the situation "{{a complete administrative failure|Meena Shinde|partial}}".

"{{Summer has not even peaked and people are already suffering. What will happen in May?|Meena Shinde|direct}}" she said.

The residents said {{they would intensify their agitation if supply was not restored by month-end|residents|indirect}}.
""")

P("irish-housing-rent-march", """
Several thousand people marched through Dublin city centre on Saturday to demand emergency action on rents, with organisers claiming {{it was the largest housing protest in the capital in a decade|organisers|indirect}}.

The march was organised by the Homes Now Coalition, an alliance of tenants' groups, trade unions and student unions. Speaking from a platform on O'Connell Street, coalition spokeswoman Aoife Brennan told the crowd that {{rents had risen by 40 per cent in five years while wages had barely moved|Aoife Brennan|indirect}}.

“{{We are the generation that was told to work hard and everything would follow. We did the work. Where are the homes?|Aoife Brennan|direct}}” she said, to loud cheers.

Ms Brennan, a 29-year-old nurse who shares a three-bedroom house in Drumcondra with five others, said {{she had been on a council waiting list since 2017|Aoife Brennan|indirect}}.

Among the marchers was Pádraig Ó Dálaigh, a retired postman from Cabra, who said {{he had come because his three children had all emigrated|Pádraig Ó Dálaigh|indirect}}. “{{Two in Sydney and one in Toronto. I see my grandchildren on a screen|Pádraig Ó Dálaigh|direct}},” he said.

Minister for Housing Declan Furlong said in a statement that {{the Government “shares the frustration” of renters|Declan Furlong|mixed}}, and that {{more than 33,000 homes had been completed last year, the highest figure since 2008|Declan Furlong|indirect}}.

“{{Supply is the answer, and supply is coming|Declan Furlong|direct}},” the Minister said later in a radio interview.

Opposition housing spokesman Eoin Madigan dismissed that as “{{the same line we have heard for seven years|Eoin Madigan|partial}}”. “{{The Minister keeps telling renters to wait. They have been waiting their whole adult lives|Eoin Madigan|direct}},” he said.

Gardaí said {{the march had passed off peacefully|Gardaí|indirect}}.
""")

P("sa-parliament-budget-vat", """
CAPE TOWN – Finance Minister Zanele Mokoena on Wednesday defended her proposal to raise VAT by one percentage point, telling Parliament that {{the alternative was deeper cuts to health and education|Zanele Mokoena|indirect}}.

"{{No finance minister enjoys raising taxes. But I will not balance this budget by closing clinics|Zanele Mokoena|direct}}," Mokoena said during the debate in the National Assembly.

The increase, which would take VAT to 16%, has been opposed by the Progressive Alliance, the largest opposition party. Its finance spokesperson, Johan van der Merwe, said {{the hike would hit the poorest households hardest|Johan van der Merwe|indirect}}.

"{{The minister talks about clinics. What about the pensioner who now pays more for bread and paraffin?|Johan van der Merwe|direct}}" Van der Merwe asked.

The Federation of Workers' Unions said in a statement that {{the increase was "an attack on the working class"|Federation of Workers' Unions|mixed}}. Its general secretary, Thandeka Nkosi, said {{the federation would consider a national shutdown|Thandeka Nkosi|indirect}}. "{{Workers cannot carry this government's mistakes on their backs any longer|Thandeka Nkosi|direct}}," Nkosi said.

Economists were more sympathetic. "{{The fiscal numbers don't lie. Debt-service costs are now bigger than the health budget|Pieter Botha|direct}}," said Pieter Botha, chief economist at Meridian Capital in Johannesburg.

Mokoena said {{zero-rated basic foods such as maize meal, brown bread and milk would remain exempt|Zanele Mokoena|indirect}}.

"{{We have listened, and we have protected the food basket|Zanele Mokoena|direct}}," she said.

The budget vote is expected next month. According to parliamentary sources, {{the governing coalition has the votes to pass it, though narrowly|-|indirect}}.
""")

P("uk-by-election-result", """
The Liberal Democrats have overturned a 14,000 majority to win the Ashworth and Kelby by-election, in what their new MP called “{{a political earthquake in the home counties|Harriet Doyle|partial}}”.

Harriet Doyle, a 44-year-old GP, took 48 per cent of the vote on a turnout of 38 per cent. In her victory speech at the count in Kelby leisure centre shortly after 3am, Doyle said: “{{The people of Ashworth and Kelby have sent a message that will be heard in Downing Street this morning|Harriet Doyle|direct}}.

“{{They are tired of being taken for granted. They want their GP surgeries back and their rivers clean|Harriet Doyle|direct}}.”

The defeated Conservative candidate, Rupert Hale, said {{the result was “disappointing”|Rupert Hale|mixed}} but blamed low turnout.

“{{Our voters stayed at home. We have to give them a reason to come out|Rupert Hale|direct}},” he told reporters.

A senior Conservative figure, speaking on condition of anonymity, said {{the party had “sleepwalked” into defeat|-|mixed}}. “{{We treated it as a safe seat, and it was not a safe seat|-|direct}},” the source said.

The polling expert Prof Adrian Kemp, of the University of Strathclyde, said {{the swing, if repeated at a general election, would cost the government more than 100 seats|Adrian Kemp|indirect}}. He cautioned, however, that {{byelections were “notoriously poor” predictors of national results|Adrian Kemp|mixed}}.

Voters in the market square on Friday morning said {{the state of local roads and a closed hospital ward had decided their vote|voters|indirect}}.

“{{I’ve voted Tory all my life. Not this time|Graham Fenn|direct}},” said Graham Fenn, 71, a retired engineer.
""")

P("local-uk-pothole-flowers", """
Fed-up villagers in Upper Wrexley have started planting flowers in potholes to shame the council into fixing the road through the village.

Residents say {{some of the holes on Mill Lane are more than a foot deep|residents|indirect}} and {{at least three cars have burst tyres in the past month|residents|indirect}}.

"{{It's like driving on the moon|Pauline Archer|direct}}," said Pauline Archer, 67, who started the campaign. "{{We've reported it online, we've rung them, we've written. Nothing happens, so we thought we'd make it pretty at least|Pauline Archer|direct}}."

Her neighbour, Graham Tully, said {{the geraniums had done more in a week than years of complaints|Graham Tully|indirect}}.

"{{We had a man from the council out here on Tuesday taking photos. First time in living memory|Graham Tully|direct}}," the retired postman said.

Wessex County Council said {{Mill Lane was "on the programme" for resurfacing|Wessex County Council|mixed}} but could not give a date.

Cllr Nadia Hussain, cabinet member for highways, said: "{{I completely understand residents' frustration. We have a £40 million backlog of road repairs and not enough money to clear it|Nadia Hussain|direct}}."

She warned that {{planting in the road could create a hazard for cyclists|Nadia Hussain|indirect}}.

Mrs Archer was unimpressed. "{{If the council is worried about cyclists, it can fill the holes in|Pauline Archer|direct}}," she said.
""")

# --- international, conflict, climate -----------------------------------------------------

P("wire-rebel-drone-strike-depot", """
KALOGA, Tamberia, Oct 9 (Reuters) - {{Rebel drones struck a fuel depot on the outskirts of Tamberia's second city overnight, killing at least four people|-|indirect}}, two security sources told Reuters on Thursday, in the deepest strike yet into government-held territory.

The Tamberian army said {{its air defences had shot down seven of nine drones launched from the north|Tamberian army|indirect}}.

"{{The terrorists are targeting civilian infrastructure because they are losing on the battlefield|Idris Mensa|direct}}," army spokesman Colonel Idris Mensa said in a televised briefing. "{{The situation in the city is under control|Idris Mensa|direct}}," he added.

The rebel Northern Liberation Front (NLF) said in a statement on Telegram that {{the depot supplied fuel to military aircraft and was "a legitimate target"|Northern Liberation Front|mixed}}.

A woman who lives near the depot, who asked not to be named for fear of reprisals, said {{the explosions lit up the sky for more than an hour|-|indirect}}. "{{We lay on the floor with the children. Nobody slept|-|direct}}," she said.

According to an internal aid agency report seen by Reuters, {{more than 300,000 people have fled the fighting since June|-|indirect}}.

The East Sahel Community, a regional bloc that has been trying to broker talks, called the attack "{{a dangerous escalation|East Sahel Community|partial}}".

"{{There is no military solution. Both sides know that, and both sides are still fighting|Hélène Traoré|direct}}," said Hélène Traoré, the bloc's special envoy. She said {{talks could resume in Addis Ababa next month|Hélène Traoré|indirect}}, but gave no date.
""")

P("ap-security-council-ceasefire-vote", """
UNITED NATIONS (AP) — The U.N. Security Council on Friday failed to adopt a resolution calling for an immediate cease-fire in Karvelia, after the draft fell two votes short of the nine it needed.

Ireland’s ambassador, Gráinne Nic Aodha, whose delegation drafted the text, said {{the council had “failed the people of Karvelia once again”|Gráinne Nic Aodha|mixed}} and called the result “{{shameful|Gráinne Nic Aodha|partial}}.”

“{{Every day this council does nothing, children die. That is not rhetoric. It is arithmetic|Gráinne Nic Aodha|direct}},” she told the chamber.

Several members who abstained said {{the text did not do enough to address attacks by rebel forces|several members|indirect}}.

“{{We cannot support a resolution that ties the hands of a government defending its own people|Pavel Dariov|direct}},” said Pavel Dariov, Karvelia’s ambassador, who was invited to address the meeting. He insisted {{his government’s forces were targeting only armed fighters|Pavel Dariov|indirect}}. “{{Karvelia will not be lectured about civilians by countries that have never been attacked|Pavel Dariov|direct}},” he said.

Martina Solberg, the U.N.’s deputy emergency relief coordinator, told the council that {{nearly 2 million people needed food aid|Martina Solberg|indirect}} and that {{aid convoys had been turned back at checkpoints 43 times last month|Martina Solberg|indirect}}.

“{{We have the trucks. We have the food. What we do not have is access|Martina Solberg|direct}},” Solberg said.

Diplomats said {{a revised text could be put to a vote as early as next week|diplomats|indirect}}. “{{Nobody is giving up|-|direct}},” one Western diplomat said, speaking on condition of anonymity to discuss private negotiations.

Asked whether she expected the next vote to pass, Nic Aodha said {{she was “not optimistic, but not finished”|Gráinne Nic Aodha|mixed}}.
""")

P("aljazeera-aid-convoy-attacked", """
{{An aid convoy carrying food and medicine was attacked in northern Velmora on Saturday, killing two drivers and wounding a nurse|Hands Across Borders|indirect}}, the humanitarian group that organised it has said.

Hands Across Borders said {{the nine trucks were clearly marked and their route had been shared with all armed groups in the area|Hands Across Borders|indirect}}.

“{{There is no possible confusion. Our flags were on every truck|Leila Haddad|direct}},” Leila Haddad, the group’s country director, told Al Jazeera by phone from the capital, Orsa. “{{This was a deliberate attack on people trying to feed children|Leila Haddad|direct}}.”

Neither the army nor the rebel United Front has claimed responsibility, and each has blamed the other.

A military spokesman, Major Samuel Orek, said {{the area was under rebel control and “no army unit was within 20km”|Samuel Orek|mixed}}. The United Front, in a post on social media, described the accusation as “{{lies designed to distract from the regime’s crimes|United Front|partial}}”.

One of the surviving drivers, who gave only his first name, Musa, said {{the gunmen had fired from both sides of the road|Musa|indirect}}.

“{{I put my head down and drove. I did not stop until the shooting stopped|Musa|direct}},” he said.

According to aid agencies, {{at least 14 aid workers have been killed in Velmora this year|aid agencies|indirect}}.

Haddad said {{the group had suspended all convoys in the north|Leila Haddad|indirect}}. “{{I cannot send my staff into that. Not until someone guarantees their safety|Leila Haddad|direct}},” she said. “{{And the people who will pay for this are the hungry|Leila Haddad|direct}}.”
""")

P("climate-midyear-talks-finance", """
BONN, June 14 — Mid-year climate talks ended on Thursday with rich and poor countries still deeply divided over how much money should flow to nations hit by climate disasters, and who should pay.

Small island states said {{they had been “left standing at the door” yet again|small island states|mixed}}.

“{{We came here with our homes going under the sea, and we are leaving with a footnote in a draft text|Salote Fifita|direct}},” said Salote Fifita, the lead negotiator for Tuvalu. “{{I don’t know how many more meetings like this my country can survive|Salote Fifita|direct}}.”

The European Union’s delegation said {{the bloc remained the world’s largest provider of climate finance|European Union|indirect}}, and that {{emerging economies with high emissions should also contribute|European Union|indirect}}.

“{{The donor base must reflect the world of 2024, not the world of 1992|Henrik Aaltonen|direct}},” said Henrik Aaltonen, the EU’s deputy chief negotiator.

Larger developing countries rejected that argument. India’s delegate, Meera Raghunathan, told the closing plenary that {{developed countries were trying “to shift the burden” on to those who had done least to cause the problem|Meera Raghunathan|mixed}}. “{{We did not fill the atmosphere with carbon. We will not be asked to pay the bill for those who did|Meera Raghunathan|direct}},” she said.

Campaigners were scathing. “{{Two weeks, thousands of flights, and nothing to show for it|Jonas Weber|direct}},” said Jonas Weber of the Berlin-based group Climate Ledger.

The talks’ co-chair, Dr Amina Yusuf, said in her closing remarks that {{progress had been made on technical questions|Amina Yusuf|indirect}}, but acknowledged that {{the gap on money “remains wide”|Amina Yusuf|mixed}}.

“{{We have six months. We will need every day of them|Amina Yusuf|direct}},” she said.
""")

# --- courts and crime ---------------------------------------------------------------------

P("ap-jury-verdict-chemical-leak", """
HOUSTON (AP) — A Texas jury on Thursday ordered a chemical company to pay $86 million to residents of a Gulf Coast town who said {{a 2021 leak at its plant left them with lasting breathing problems|residents|indirect}}.

Jurors found Redfield Chemical negligent after a three-week trial in Harris County.

“{{This verdict tells every company along this coast that our lives are not a cost of doing business|Ana Lucía Treviño|direct}},” said Ana Lucía Treviño, 44, one of 31 plaintiffs, outside the courthouse. She wiped away tears as she spoke.

“{{My son was 9 when it happened. He still carries an inhaler everywhere|Ana Lucía Treviño|direct}},” she said.

The plaintiffs’ attorney, Marcus Delacroix, said {{the company had known about the faulty valve for at least two years before the leak|Marcus Delacroix|indirect}}. He called the evidence at trial “{{overwhelming|Marcus Delacroix|partial}}.” “{{They decided it was cheaper to pay lawyers than to fix a valve|Marcus Delacroix|direct}},” he told reporters.

Redfield said in a statement that {{it “respectfully disagrees” with the verdict and will appeal|Redfield Chemical|mixed}}.

“{{The science presented at trial simply does not support a link between the release and the conditions the plaintiffs described|Redfield Chemical|direct}},” the statement said.

State District Judge Patricia Owusu thanked the jurors, telling them {{their service had been “long and difficult” and was “deeply appreciated”|Patricia Owusu|mixed}}.

{{The company faces at least 40 similar lawsuits|-|indirect}}, according to court records.
""")

P("guardian-tribunal-whatsapp-banker", """
Banker sacked over ‘banter’ WhatsApp group loses unfair dismissal claim

A former City banker who was sacked after sexist messages he posted in a WhatsApp group were leaked has lost his claim for unfair dismissal, with an employment tribunal ruling that {{his employer had been “entitled to conclude” that his conduct amounted to gross misconduct|employment tribunal|mixed}}.

Oliver Prentice, 38, a director at the investment bank Halden Brook, had argued that {{the messages were private jokes between friends and had been taken out of context|Oliver Prentice|indirect}}.

He told the hearing in central London: “{{It was banter. Nobody in that group was offended, and nobody outside it was ever meant to see it|Oliver Prentice|direct}}.”

But employment judge Rebecca Nwosu found that {{the messages, which described female colleagues by their appearance, could not be dismissed as a joke|Rebecca Nwosu|indirect}}.

In her written judgment, she said: “{{The claimant was a senior manager with responsibility for the careers of several of the women he discussed. The fact that the group was private does not alter the effect of his words once they became known|Rebecca Nwosu|direct}}.”

One of the women, who cannot be named for legal reasons, had told the tribunal {{she felt “sick” when a colleague showed her the messages|-|mixed}}.

Halden Brook said {{it welcomed the ruling|Halden Brook|indirect}}. “{{We have zero tolerance for behaviour of this kind, regardless of seniority|Halden Brook|direct}},” a spokesperson said.

Prentice’s solicitor, Miles Ferrer, said {{his client was “considering his options”, including an appeal|Miles Ferrer|mixed}}. “{{Mr Prentice accepts that the messages were crude. He does not accept that they justified ending a 15-year career|Miles Ferrer|direct}},” Ferrer said.
""")

P("uk-tabloid-courier-fraud-jailed", """
Conman who fleeced pensioners jailed as judge tells him: '{{You preyed on the lonely|Sarah Hebden|direct}}'

A CALLOUS conman who tricked elderly victims out of £190,000 by posing as a bank fraud officer has been jailed for seven years.

Darren Cope, 36, phoned pensioners across Merseyside and told them {{their accounts had been hacked|Darren Cope|indirect}}, then sent couriers to collect their bank cards and PINs.

Prosecutor Helen Varley told Liverpool Crown Court that {{one victim, an 89-year-old widow, had handed over her life savings of £62,000|Helen Varley|indirect}}.

'{{He was charming, patient and utterly ruthless|Helen Varley|direct}},' Ms Varley said. '{{He rang back again and again until they gave in|Helen Varley|direct}}.'

In a statement read to the court, the widow's son said {{his mother had 'not been the same woman' since the scam|-|mixed}}.

'{{She used to go to bingo every Thursday. Now she won't answer the phone or open the door|-|direct}},' he said.

Cope, of Bootle, admitted fraud. His barrister, Nathan Ojo, said {{his client had been in debt to drug dealers and was 'deeply ashamed'|Nathan Ojo|mixed}}.

But Judge Sarah Hebden told him: '{{You preyed on the lonely and the trusting. You took not just their money but their confidence in the world around them|Sarah Hebden|direct}}.'

Outside court, Det Sgt Mark Lomax, of Merseyside Police, said {{banks would never ask customers to hand over their cards|Mark Lomax|indirect}}.

'{{If you get a call like this, hang up and ring your bank on a number you trust|Mark Lomax|direct}},' he said.
""")

P("cbc-cargo-theft-ring", """
Police in Ontario say {{they have dismantled a cargo theft ring that stole more than $9 million worth of goods from rail yards and truck depots over two years|Lakeshore Regional Police|indirect}}.

Lakeshore Regional Police announced Tuesday that {{11 people had been arrested and 290 charges laid|Lakeshore Regional Police|indirect}}. {{Among the goods recovered were 1,200 laptops, 40 tonnes of frozen shrimp and a shipping container full of maple syrup|Lakeshore Regional Police|indirect}}, police said.

"{{These were not opportunists. This was a sophisticated, organized operation with people inside the industry|Natalie Greer|direct}}," Det.-Sgt. Natalie Greer said at a news conference.

Greer said {{investigators believed at least two employees of a logistics firm had tipped off the group about high-value shipments|Natalie Greer|indirect}}. She would not name the company. "{{If you bought a pallet of laptops out of the back of a truck in a parking lot, we'd like to talk to you|Natalie Greer|direct}}," she added.

According to court documents, {{the group used forged bills of lading and fake trucking companies to collect loads|-|indirect}}. The documents allege that {{the ring's leader ran the operation from a car wash in Mississauga|-|indirect}}.

Daniel Kovacs, a lawyer for one of the accused, said {{his client was "a truck driver, not a mastermind"|Daniel Kovacs|mixed}} and would plead not guilty.

{{Cargo theft costs Canada's supply chain an estimated $5 billion a year|Freight Security Council|indirect}}, according to the Freight Security Council, an industry group.

"{{We've been telling governments for years this is not a victimless crime|Raj Bains|direct}}," said Raj Bains, the council's president. "{{Consumers pay for it at the checkout|Raj Bains|direct}}."
""")

# --- business, markets, tech --------------------------------------------------------------

P("reuters-asia-markets-wrap", """
SINGAPORE, Aug 14 (Reuters) - Asian shares slipped on Wednesday and the dollar firmed as traders pared bets on an early U.S. interest rate cut after a hotter-than-expected inflation reading.

"{{The market got ahead of itself|Kelvin Tan|direct}}," said Kelvin Tan, head of macro strategy at Straits Meridian Bank in Singapore. "{{One hot print and the whole rate-cut story gets repriced. I think that's an overreaction, but it's the mood right now|Kelvin Tan|direct}}."

{{The Federal Reserve would want to see at least two more months of data before it moved|Kelvin Tan|indirect}}, Tan added.

Analysts at Harcourt Securities said in a note that {{they still expected two cuts before the end of the year|Harcourt Securities|indirect}}, describing Tuesday's data as "{{noisy|Harcourt Securities|partial}}".

Brent crude rose 0.4% to $81.20 a barrel after industry data showed a larger-than-expected draw in U.S. inventories.

"{{Supply is tight, and demand from China is holding up better than people feared|Priyanka Mehra|direct}}," said Priyanka Mehra, an energy analyst at Calder Commodities in Mumbai.

In currencies, the yen weakened past 147 per dollar. Japan's vice finance minister for international affairs, Kenji Morimoto, told reporters that {{authorities were watching currency moves "with a high sense of urgency"|Kenji Morimoto|mixed}}.

Traders said {{the comments had done little to stem the yen's slide|traders|indirect}}.

"{{Unless they actually step in, the market will keep testing them|-|direct}}," said one Tokyo-based currency trader, who declined to be named because he was not authorised to speak to the media.
""")

P("afr-lithium-takeover-rejected", """
Lithium miner Kestrel Minerals has rejected a $3.1 billion takeover offer from Goldfield Resources, saying {{the bid “materially undervalues” the company and its flagship project in the Pilbara|Kestrel Minerals|mixed}}.

Goldfield offered $4.20 a share in cash, a 38 per cent premium to Kestrel’s closing price on Friday. Kestrel shares jumped 29 per cent to $3.92 on Monday, suggesting investors expect a higher offer.

“{{We are not opposed to a deal. We are opposed to this deal, at this price|Fiona Castellano|direct}},” Kestrel chair Fiona Castellano told investors on a conference call.

Ms Castellano said {{the board had received independent advice valuing the company at between $4.80 and $5.60 a share|Fiona Castellano|indirect}}. “{{Our shareholders have been patient through the downturn, and they deserve the upside|Fiona Castellano|direct}},” she said.

Goldfield managing director Brett Hanlon said {{the offer was “full and fair”|Brett Hanlon|mixed}} and that {{Goldfield would not be “drawn into a bidding war”|Brett Hanlon|mixed}}.

“{{Lithium prices have halved in 18 months. Kestrel’s shareholders should think carefully about what this company is worth without us|Brett Hanlon|direct}},” he said.

Analysts were divided. “{{Goldfield will come back. They need Kestrel’s tonnes more than Kestrel needs their cash|Sophie Wu|direct}},” said Sophie Wu, a resources analyst at Blackwattle Capital.

But analysts at Coral Sea Securities said {{the weak lithium price gave Kestrel’s board little leverage|Coral Sea Securities|indirect}}.

Kestrel’s largest shareholder, the Perth-based fund Wirra Capital, which holds 14 per cent, said {{it supported the board’s decision|Wirra Capital|indirect}}.
""")

P("ap-phone-carrier-data-breach", """
SAN FRANCISCO (AP) — {{Hackers stole the names, birthdates and partial Social Security numbers of about 9 million customers of Brightline Wireless|Brightline Wireless|indirect}}, the company said Tuesday, in one of the largest breaches ever at a U.S. phone carrier.

Brightline said {{it discovered the intrusion on May 3 and had since “contained” it|Brightline Wireless|mixed}}. It said {{no passwords or payment card numbers were taken|Brightline Wireless|indirect}}.

“{{We deeply regret this incident and the worry it causes our customers|Dana Whitcombe|direct}},” CEO Dana Whitcombe said in a letter posted on the company’s website. “{{We are offering two years of free credit monitoring to everyone affected|Dana Whitcombe|direct}}.”

Two people familiar with the investigation told The Associated Press that {{the attackers had gained access through a contractor’s stolen login|-|indirect}}. They spoke on condition of anonymity because they were not authorized to discuss it publicly.

Security researcher Omar Haddad said {{the breach followed a familiar pattern|Omar Haddad|indirect}}. “{{Companies spend millions on the front door and leave the side window open for their vendors|Omar Haddad|direct}},” he said.

Haddad described partial Social Security numbers as “{{more dangerous than people think|Omar Haddad|partial}},” because they can be combined with data from earlier breaches.

Sen. Maria Castellanos, a New Mexico Democrat, said on social media that {{Congress could not keep waiting for companies “to police themselves”|Maria Castellanos|mixed}}.

Customers flooded the company’s social media accounts with complaints. “{{I found out from a news alert, not from Brightline|Greg Ostrowski|direct}},” wrote Greg Ostrowski, of Tulsa, Oklahoma.
""")

P("eu-regulator-fines-chatbot-maker", """
BRUSSELS — A European regulator on Thursday fined the chatbot maker Lumora AI €48 million for training its models on personal data scraped from social media without consent, the first penalty of its kind in the bloc.

The European Digital Rights Authority said {{Lumora had failed to give users "any meaningful way" to object|European Digital Rights Authority|mixed}}.

"{{Innovation is not a licence to ignore the law|Katarzyna Wróbel|direct}}," said Katarzyna Wróbel, the authority's chair. "{{If your business model depends on taking people's data without asking, then you have a problem with your business model, not with us|Katarzyna Wróbel|direct}}."

Lumora, which is based in Paris and was valued at about €6 billion in its last funding round, said {{it would appeal|Lumora AI|indirect}}. "{{We are confident the courts will see this differently|Lumora AI|direct}}," the company said in a statement. Its chief executive, Julien Marchetti, wrote on LinkedIn that {{the decision would "push the most important technology of our time out of Europe"|Julien Marchetti|mixed}}.

"{{We followed the rules as they were explained to us. The rules changed after the fact|Julien Marchetti|direct}}," he wrote.

Consumer groups welcomed the fine but said {{it was too small to change behaviour|consumer groups|indirect}}. "{{Forty-eight million is a rounding error for a company like this|Inês Carvalho|direct}}," said Inês Carvalho of the consumer organisation DigiRights Europe.

Pieter Jansen, a Dutch member of the European Parliament who helped draft the bloc's artificial intelligence rules, said {{the case showed the rules "have teeth"|Pieter Jansen|mixed}}.

According to the decision, {{Lumora collected data from more than 200 million accounts in 14 countries|-|indirect}}.
""")

# --- health, science, education -----------------------------------------------------------

P("ap-measles-county-outbreak", """
BOISE, Idaho (AP) — Health officials in Marlowe County confirmed 11 new measles cases Monday, bringing the outbreak’s total to 38, nearly all of them in children who had not been vaccinated.

“{{This is exactly what we were afraid of|Karen Liu|direct}},” said Dr. Karen Liu, the county health officer. “{{Measles is one of the most contagious diseases we know. If it gets into a school with low vaccination rates, it moves fast|Karen Liu|direct}}.”

Liu said {{five children had been hospitalized, two of them in intensive care|Karen Liu|indirect}}. She said {{free vaccine clinics would open at three schools this week|Karen Liu|indirect}}. “{{We’re asking parents to check their children’s records tonight, not next week|Karen Liu|direct}},” Liu said.

The county’s kindergarten vaccination rate is 81%, well below the 95% threshold needed to stop measles from spreading.

Some parents remain wary. “{{I’m not anti-science. I just want to make my own choices for my kids|Brittany Sayer|direct}},” said Brittany Sayer, a mother of four in the town of Cold Springs, who said {{none of her children had been vaccinated|Brittany Sayer|indirect}}.

Her neighbor, Luis Carrillo, took a different view. “{{My daughter had leukemia. She can’t get the shot. She depends on everyone else|Luis Carrillo|direct}},” he said.

The state epidemiologist, Dr. Raymond Fisk, told lawmakers at a hearing that {{the outbreak could last “well into the summer”|Raymond Fisk|mixed}} unless vaccination rates rose. He called misinformation about the vaccine “{{a public health emergency in its own right|Raymond Fisk|partial}}.”

According to the state health department, {{Idaho recorded no measles cases at all between 2020 and 2023|state health department|indirect}}.
""")

P("irish-teen-anxiety-study", """
{{One in four Irish teenagers shows signs of anxiety severe enough to need professional help|-|indirect}}, according to a major study published today.

The research, carried out by the Dublin Institute for Youth Health among 6,200 secondary school students, also found that {{girls were almost twice as likely as boys to report symptoms|-|indirect}}.

Lead author Dr Clodagh Rafferty said {{the figures were “a wake-up call” for the Government|Clodagh Rafferty|mixed}}.

“{{We are seeing 14-year-olds who haven’t slept properly in months. Social media is part of it, but so is exam pressure, and so is the housing crisis landing on their families|Clodagh Rafferty|direct}},” she said.

Waiting lists for child and adolescent mental health services stand at more than 4,000.

Minister of State for Mental Health Ciarán Whelan said {{he had read the report “with real concern”|Ciarán Whelan|mixed}}. “{{We are recruiting, but I accept it is not happening fast enough|Ciarán Whelan|direct}},” he told the Dáil.

Opposition TD Majella Crowe said {{the Minister had been making the same promise for three years|Majella Crowe|indirect}}. “{{Children cannot wait three years. Three years is the whole of secondary school for some of them|Majella Crowe|direct}},” she said.

Transition year student Ella Byrne, 16, from Athlone, who took part in a focus group for the study, said {{she knew classmates who had waited more than a year for an appointment|Ella Byrne|indirect}}.

“{{By the time you get seen, you’ve either got better on your own or you’ve got a lot worse|Ella Byrne|direct}},” she said.
""")

P("sci-jurassic-pterosaur-skye", """
A flying reptile with a wingspan wider than a family car has been identified from fossils found on the Isle of Skye. Scientists say {{it is the largest pterosaur yet found from the Jurassic period|scientists|indirect}}.

“{{When we laid the wing bones out on the lab floor, we just stood there. Nobody said anything for a good minute|Eilidh MacRae|direct}},” said Dr Eilidh MacRae, a palaeontologist at the University of Inverness who led the study.

Previous Jurassic pterosaurs had wingspans of about 2.5 metres. MacRae and her colleagues say {{this one reached at least 4.5 metres|Eilidh MacRae|indirect}}.

“{{It rewrites the timeline. We thought pterosaurs only got this big much later, in the Cretaceous|Eilidh MacRae|direct}},” she said.

The fossil was spotted in 2019 by a walker, Hamish Gillies, who noticed “{{something that looked like a bit of old pipe|Hamish Gillies|partial}}” sticking out of a boulder at low tide.

“{{I nearly walked past it. I’m very glad I didn’t|Hamish Gillies|direct}},” the retired ferry engineer said.

Prof Tomás Echeverría, a pterosaur specialist at the Patagonian Natural History Museum who was not involved in the study, called it “{{a genuinely important find|Tomás Echeverría|partial}}” but cautioned that {{size estimates based on partial skeletons were often revised|Tomás Echeverría|indirect}}.

“{{We have the wing and part of the shoulder, which is wonderful, but no skull. I’d like to see more before we crown it the biggest|Tomás Echeverría|direct}},” he said.

MacRae said {{the team planned to return to the site this summer|Eilidh MacRae|indirect}}.
""")

P("india-private-rocket-orbit", """
Hyderabad-based start-up Vyom Aerospace on Tuesday became the first private Indian company to place a satellite in orbit, with its Garuda-1 rocket lifting off from Sriharikota at 9.17 am.

"{{Today is not our success alone. It belongs to every young engineer in this country who was told that rockets are only for governments|Aditi Rao|direct}}," said co-founder and CEO Aditi Rao after the launch. "{{We are not stopping here|Aditi Rao|direct}}," she said.

The company said {{the 140-kg earth observation satellite had been placed in a 520-km orbit with "textbook precision"|Vyom Aerospace|mixed}}.

Rao said {{the company planned three more launches next year|Aditi Rao|indirect}} and {{was in talks with two foreign customers|Aditi Rao|indirect}}.

Co-founder Karthik Subramanian, a former engineer with the national space agency, said {{the team had rebuilt the second stage twice after failures during testing|Karthik Subramanian|indirect}}.

"{{There were nights when I thought we would never get here. We had one test where the engine simply disintegrated|Karthik Subramanian|direct}}," he recalled. "{{You learn more from that than from ten successes|Karthik Subramanian|direct}}."

The chairman of the national space regulator, Dr Prakash Menon, termed the launch "{{a historic milestone for the private space sector|Prakash Menon|partial}}".

Industry analysts, however, said {{the company would need to bring down launch costs sharply to compete internationally|analysts|indirect}}.

"{{Getting to orbit once is the hard part technically. Getting there cheaply every month is the hard part commercially|Nandini Iyer|direct}}," said Nandini Iyer, a space policy researcher at the Bengaluru-based Centre for Orbital Studies.
""")

P("hindu-board-exam-results", """
CHENNAI: {{The pass percentage in the Class XII State Board examinations rose to 94.6% this year, the highest in a decade|K. Ravichandran|indirect}}, School Education Minister K. Ravichandran announced on Monday.

{{Girls outperformed boys by over five percentage points|K. Ravichandran|indirect}}, he said.

"{{This is the result of sustained investment in government schools, particularly in rural districts|K. Ravichandran|direct}}," the Minister told presspersons at the Secretariat.

S. Divya Dharshini, daughter of a daily-wage labourer from Perambalur, scored 594 out of 600. "{{My father never went to school. I want to become an IAS officer and make him proud|S. Divya Dharshini|direct}}," she said, adding that {{she had studied under a street lamp during power cuts|S. Divya Dharshini|indirect}}.

Teachers' associations, however, cautioned against reading too much into the figures. P. Selvaraj, general secretary of the State Graduate Teachers' Federation, alleged that {{moderation of marks had inflated the results|P. Selvaraj|indirect}}. He termed the pass percentage "{{a statistical illusion|P. Selvaraj|partial}}".

"{{Ask any college principal. Students are arriving with high marks and weak basics|P. Selvaraj|direct}}," he said.

The Minister rejected the charge, stating that {{no moderation beyond the norms followed for the last 15 years had been applied|K. Ravichandran|indirect}}. "{{Our students have earned these marks. I will not allow anyone to belittle their hard work|K. Ravichandran|direct}}," he said.

Supplementary examinations will be held from June 24. Officials said {{hall tickets would be available on the board's website from 10 am on June 10|officials|indirect}}.
""")

# --- regional: Canada, Australia, South Africa --------------------------------------------

P("cbc-first-nation-pipeline-hearing", """
A B.C. First Nation says {{it will take the federal government to court if Ottawa approves the expansion of a natural gas pipeline through its territory without its consent|Silver Lake First Nation|indirect}}.

Chief Marlene Joe of the Silver Lake First Nation told a regulatory hearing in Prince George on Tuesday that {{her community had never been properly consulted|Marlene Joe|indirect}}.

"{{They sent us a 900-page binder and gave us 30 days to respond. That is not consultation. That is a formality|Marlene Joe|direct}}," Joe said.

She said {{the pipeline would cross three salmon-bearing rivers|Marlene Joe|indirect}}.

NorthCoast Gas Transmission, the company behind the $4.2-billion project, said {{it had held more than 120 meetings with Indigenous communities along the route|NorthCoast Gas Transmission|indirect}}.

"{{We respect the Nation's concerns and remain at the table|Trevor Lindgren|direct}}," company vice-president Trevor Lindgren said in an emailed statement. "{{This project has been designed to the highest environmental standards in the country|Trevor Lindgren|direct}}."

Natural Resources Minister Anil Brar told reporters in Ottawa that {{the government would "respect the process"|Anil Brar|mixed}} and make a decision after the hearings conclude.

Many in Prince George back the project. "{{This is 600 construction jobs, and a lot of them are going to First Nations workers|Lisa Fenwick|direct}}," said Lisa Fenwick, president of the local chamber of commerce. She called the expansion "{{a lifeline for the north|Lisa Fenwick|partial}}."

Joe was unmoved. "{{Jobs for a few years, and a river that never comes back|Marlene Joe|direct}}," she said.
""")

P("abc-au-bushfire-rebuild-delays", """
Two years after fire tore through the New South Wales town of Kiandra Creek, fewer than half of the 140 homes lost have been rebuilt, and residents say {{insurers and red tape are to blame|residents|indirect}}.

Sharon Whitlam and her partner are still living in a donated caravan on the block where their weatherboard house once stood.

"{{You think the fire is the worst part. It isn't. The worst part is the waiting|Sharon Whitlam|direct}}," Ms Whitlam told the ABC.

"{{Every time we get close, the insurer wants another report, another quote, another engineer|Sharon Whitlam|direct}}."

Snowy Valleys Mayor Graeme Lindqvist said {{council had fast-tracked more than 60 development applications|Graeme Lindqvist|indirect}} but conceded {{the process was "still far too slow"|Graeme Lindqvist|mixed}}.

"{{People are exhausted, and I don't blame them for being angry|Graeme Lindqvist|direct}}," Cr Lindqvist said. "{{We have asked the state government for more planning staff three times now|Graeme Lindqvist|direct}}."

In a statement, insurer Coastline Mutual said {{it had settled 92 per cent of claims from the fires|Coastline Mutual|indirect}}, and that {{delays were often caused by "factors outside our control", including a shortage of builders|Coastline Mutual|mixed}}.

State Reconstruction Minister Priya Anand said {{an extra $12 million had been allocated to the region in last month's budget|Priya Anand|indirect}}. "{{We hear the frustration, and we are working to cut the wait times|Priya Anand|direct}}," she said.

Local builder Dean Costa described the shortage as "{{brutal|Dean Costa|partial}}".

"{{I've got a waiting list into 2026. I turn people away every week, and it kills me|Dean Costa|direct}}," the 47-year-old said.
""")

P("sa-township-electricity-cut", """
Residents of KwaNdlovu near Mbombela have vowed to keep protesting after the municipality cut electricity to the township over R180 million in unpaid bills.

Roads were barricaded with burning tyres on Monday morning, and {{police fired rubber bullets to disperse the crowds|witnesses|indirect}}, according to witnesses.

Community leader Sipho Mahlangu said {{residents were being punished for the failures of the municipality|Sipho Mahlangu|indirect}}.

"{{Most people here pay. The ones who don't pay are the businesses and the government departments, but it is us who sit in the dark|Sipho Mahlangu|direct}}," Mahlangu told reporters.

"{{My child writes matric exams next month. How must she study with a candle?|Nomvula Sithole|direct}}" asked Nomvula Sithole, a mother of three.

Municipal spokesperson Lindiwe Khoza said {{the municipality owed the national power utility more than R1.2 billion and had "no choice" but to act|Lindiwe Khoza|mixed}}.

"{{We have been engaging the community for months. Those who have registered for prepaid meters will be reconnected first|Lindiwe Khoza|direct}}," she said.

Police spokesperson Captain Thabo Ngwenya confirmed that {{12 people had been arrested for public violence|Thabo Ngwenya|indirect}}. "{{We will not allow roads to be closed and property to be destroyed|Thabo Ngwenya|direct}}," he said.

Mahlangu said {{residents would march to the municipal offices on Friday|Sipho Mahlangu|indirect}}. "{{We are not criminals. We want light, that is all|Sipho Mahlangu|direct}}," he said.

The opposition Civic Alliance described the cut as "{{collective punishment|Civic Alliance|partial}}" and said {{it would write to the minister of cooperative governance|Civic Alliance|indirect}}.
""")

# --- sport --------------------------------------------------------------------------------

P("au-womens-football-grand-final", """
Western Thunder have claimed their maiden championship, beating Harbour City 2-1 in Sunday's grand final in front of a record crowd of 14,812 in Parramatta.

Captain Jess Takahashi, who scored the winner in the 87th minute, said {{the goal was "for every girl who's ever been told football isn't for them"|Jess Takahashi|mixed}}.

"{{I didn't even see it go in. I just heard the noise|Jess Takahashi|direct}}," the 26-year-old said. "{{Honestly, I'm still shaking|Jess Takahashi|direct}}."

Thunder coach Mick Andreou said {{his side had "earned every bit" of the win after falling behind early|Mick Andreou|mixed}}.

"{{We were rubbish for 20 minutes, let's be honest|Mick Andreou|direct}}," Andreou said. "{{But this group doesn't panic. They never have|Mick Andreou|direct}}."

Harbour City coach Lena Sorensen was gracious in defeat, though she said {{her side should have had a penalty in the first half|Lena Sorensen|indirect}}.

"{{It's a clear handball. I've seen it three times now|Lena Sorensen|direct}}," Sorensen said. "{{But we don't lose because of one decision. They were better in the last half-hour|Lena Sorensen|direct}}."

The coach confirmed {{veteran defender Bec Morrissey would retire|Lena Sorensen|indirect}}, calling her "{{the best I've ever worked with|Lena Sorensen|partial}}".

League officials said {{the attendance record had been broken for the third straight season|league officials|indirect}}.
""")

P("ap-golf-rookie-playoff-win", """
PINEHURST, N.C. (AP) — Tyler Beaumont birdied the second playoff hole Sunday to win the Carolina Classic, a rookie who had never finished better than 30th on tour beating a two-time major champion.

“{{I don’t think it’s sunk in yet|Tyler Beaumont|direct}},” Beaumont said, holding the trophy. “{{Six months ago I was playing mini-tours in Florida and sleeping in my car some weeks|Tyler Beaumont|direct}}.”

The runner-up, Jae-won Park, said {{he had “no complaints” about the way he lost|Jae-won Park|mixed}}. “{{The kid hit the shots when he had to. That’s golf|Jae-won Park|direct}},” said Park, 41, who was seeking his first win in five years.

Beaumont’s caddie, his older sister Kaitlyn Beaumont, said {{the two had argued over the club on the final hole|Kaitlyn Beaumont|indirect}}. “{{I said 7-iron, he said 8. He was right, which I’ll never hear the end of|Kaitlyn Beaumont|direct}},” she said with a laugh.

The 23-year-old earns $1.6 million and a two-year exemption. He said {{he planned to use some of the money to pay off his parents’ house|Tyler Beaumont|indirect}}.

“{{They remortgaged it to get me through college golf|Tyler Beaumont|direct}},” he said. “{{So, yeah, that’s first|Tyler Beaumont|direct}}.”

Tournament director Renee Hollister called the finish “{{the best we’ve had in 30 years|Renee Hollister|partial}}.”
""")

P("irish-hurling-semi-final", """
Galway are into the All-Ireland hurling final for the first time in six years after a pulsating one-point win over Waterford at Croke Park.

Galway manager Enda Costello admitted {{his side had “ridden our luck” in a frantic finish|Enda Costello|mixed}}.

“{{I’ve aged about ten years in the last ten minutes|Enda Costello|direct}},” said Costello. “{{Waterford threw everything at us and the lads just stood up|Enda Costello|direct}}.”

Galway captain Cian Ó Murchú, whose late point proved decisive, said {{he had not looked at the scoreboard in the closing stages|Cian Ó Murchú|indirect}}. “{{You just play the next ball. That’s all we talked about all week|Cian Ó Murchú|direct}},” the 27-year-old said.

Waterford boss Liam Fennessy was furious that a late free was not awarded. “{{It was a blatant pull across the hurley. Everyone in the ground saw it except the man who matters|Liam Fennessy|direct}},” Fennessy said.

He stopped short of blaming the referee, saying {{his players had left “four or five scores” behind them in the first half|Liam Fennessy|mixed}}.

“{{We can’t be complaining about one call when we’ve been that wasteful|Liam Fennessy|direct}}.”

The GAA said {{it would not comment on individual refereeing decisions|GAA|indirect}}.

Galway will face Kilkenny in the final on July 21, but Costello insisted {{nobody in the dressing room was thinking about that yet|Enda Costello|indirect}}. “{{Tonight we enjoy it. Tomorrow we’ll start worrying|Enda Costello|direct}},” he said.
""")

P("cp-hockey-backup-goalie-shutout", """
WINNIPEG — Mathieu Lavoie was not supposed to play Saturday. The 22-year-old goaltender found out he was starting about two hours before puck drop, when the Winnipeg Blizzard's No. 1, Anders Holm, felt tightness in his groin during warmups.

He then stopped all 41 shots he faced in a 3-0 win over Calgary, the first shutout of his career.

"{{My hands were shaking when I put the pads on|Mathieu Lavoie|direct}}," Lavoie said after the game, a towel around his neck. "{{After the first save, though, it was just hockey again|Mathieu Lavoie|direct}}."

Blizzard head coach Dawn Richter said {{she had "zero doubts" about putting the rookie in|Dawn Richter|mixed}}.

"{{He's been the hardest worker in practice since September. He earned this|Dawn Richter|direct}}," Richter said.

Asked about Holm, the coach said {{the veteran was "day to day"|Dawn Richter|mixed}} and {{would be re-evaluated Monday|Dawn Richter|indirect}}.

Lavoie's parents made the drive from Trois-Rivières, Que., and arrived midway through the second period. "{{We were listening on the radio in the car, screaming|Josée Lavoie|direct}}," said his mother, Josée Lavoie.

Calgary captain Ryan Dufresne said {{his team had "run into a hot goalie"|Ryan Dufresne|mixed}}. "{{We had our chances. You have to give the kid credit|Ryan Dufresne|direct}}," he said.

Holm, speaking to reporters in the dressing room, said {{he expected to be back within a week|Anders Holm|indirect}}. "{{Nobody's happier for Mat than me. Well, maybe his mom|Anders Holm|direct}}," he said.
""")

P("sa-rugby-coach-blames-scrums", """
Rhinos coach: '{{We were robbed in the scrums|Deon Pretorius|direct}}'

Highveld Rhinos coach Deon Pretorius says {{his side were "penalised out of the game" at scrum time|Deon Pretorius|mixed}} in Saturday's 27-24 loss to the Coastal Marlins in Durban.

"{{We were robbed in the scrums. I have watched it back twice and I count at least four decisions that went the wrong way|Deon Pretorius|direct}}," Pretorius told reporters after the match.

"{{I'm not going to say the referee cost us the game. But he didn't help|Deon Pretorius|direct}}."

The 48-year-old said {{he would send clips to the match commissioner on Monday|Deon Pretorius|indirect}}.

Marlins captain Sibusiso Zulu laughed off the complaints. "{{Every coach who loses finds something. We scored three tries, they scored one|Sibusiso Zulu|direct}}," the flank said.

Marlins coach Anneke Steyn said {{her forwards had worked "all week" on the set piece|Anneke Steyn|mixed}}.

"{{Our scrum coach deserves the credit, not the referee|Anneke Steyn|direct}}," she said.

The union's referees' manager, Gert Swanepoel, said {{all decisions would be reviewed "as a matter of course"|Gert Swanepoel|mixed}}.

Rhinos flyhalf Kyle Jacobs, who missed a late penalty that would have drawn the match, said {{he took full responsibility|Kyle Jacobs|indirect}}. "{{It's on me. I've kicked that a thousand times|Kyle Jacobs|direct}}," the 22-year-old said.
""")

# --- culture, obituaries, human interest --------------------------------------------------

P("obit-folk-singer-mining-songs", """
Marguerite Olsen, the folk singer whose songs about mining towns became anthems of the 1980s labour movement, has died aged 78.

The Olsen family said in a statement that {{she died peacefully at her home in Sheffield on Sunday, surrounded by music and by the people she loved|Olsen family|indirect}}.

Born in Barnsley to a Norwegian father and a Yorkshire mother, Olsen worked in a biscuit factory before her first album, Pit Head Lullabies, sold 200,000 copies in 1983.

In a 2009 interview, she said {{she had never set out to write political songs|Marguerite Olsen|indirect}}. “{{I wrote about my neighbours. It’s not my fault my neighbours were on strike|Marguerite Olsen|direct}},” she said.

Fellow musician Tom Rayner, who toured with her for two decades, paid tribute:

“{{Marguerite could silence a room of 2,000 drunk people with one verse. I’ve never seen anyone else do it|Tom Rayner|direct}}.

“{{She was fierce, and funny, and she never once let anyone else decide what her songs meant|Tom Rayner|direct}}.

“{{I’ll miss her every day|Tom Rayner|direct}}.”

Jean Whitfield, who ran a miners’ wives support group in the Dearne Valley in 1984, said {{Olsen’s songs had “kept us going when there was nothing in the cupboards”|Jean Whitfield|mixed}}. “{{When she sang at our welfare hall, women who hadn’t smiled in months were dancing|Jean Whitfield|direct}},” she said.

Olsen was appointed MBE in 2015, an honour she described as “{{a bit daft, but lovely|Marguerite Olsen|partial}}”.

Her daughter, Kirsten Olsen, said {{the family would hold a public celebration of her life in the summer|Kirsten Olsen|indirect}}.

“{{Mum would want singing, not sadness. So there will be singing|Kirsten Olsen|direct}},” she said.

She is survived by Kirsten, a son, Erik, and four grandchildren.
""")

P("film-festival-debut-director", """
TORONTO — When Funmi Adebayo’s debut feature premiered at the Toronto International Film Festival on Friday night, the standing ovation lasted four minutes. The director said {{she had spent most of it “trying not to cry in front of 1,800 strangers”|Funmi Adebayo|mixed}}.

Eastbound, a drama about two sisters running a hair salon in Peckham, south London, was shot in six weeks on a budget of under £900,000.

“{{I wrote the first draft on the night bus, on my phone, between shifts at a call centre|Funmi Adebayo|direct}},” Adebayo, 34, said in an interview the next morning. “{{So to see it on a screen that size was a bit surreal|Funmi Adebayo|direct}}.”

The film stars newcomer Grace Mensah and veteran actor Delroy Winters, who said {{he had agreed to the role after reading only the first ten pages|Delroy Winters|indirect}}.

“{{I rang my agent and said, ‘Whatever they’re paying, I’m doing it.’ She said, ‘They’re not paying much.’ I told her that was fine|Delroy Winters|direct}},” Winters, 67, said.

Mensah, 22, who was spotted at a youth theatre in Lewisham, described the shoot as “{{the hardest and best six weeks of my life|Grace Mensah|partial}}”.

Reviews were largely warm. The trade publication Screenline called the film “{{a sharp, tender debut|Screenline|partial}}”, while the critic Hannah Gould wrote that {{its final act “loses its nerve”|Hannah Gould|mixed}}.

Adebayo said {{she had read the reviews and did not mind the criticism|Funmi Adebayo|indirect}}. “{{If everyone likes it, you probably haven’t said anything|Funmi Adebayo|direct}},” she said.

{{Several distributors were bidding for the North American rights|-|indirect}}, according to two people with knowledge of the talks.
""")

P("bbc-local-centenarian-sea-swimmer", """
A woman who took up sea swimming at the age of 70 has celebrated her 100th birthday with a dip in the North Sea at Scarborough.

Edna Pilkington, known to friends as "Ted", has swum off the town's South Bay almost every morning for three decades, whatever the weather.

"{{People think I'm mad, and they're probably right|Edna Pilkington|direct}}," she said, wrapped in a towel after her swim. "{{But the cold water makes you feel alive. At my age you need reminding|Edna Pilkington|direct}}."

Her granddaughter, Lucy Pilkington-Shaw, said {{the family had tried to talk her out of the birthday swim|Lucy Pilkington-Shaw|indirect}}.

"{{We lasted about five minutes. Nobody tells Gran what to do|Lucy Pilkington-Shaw|direct}}," she said.

About 40 members of the Scarborough Sea Dippers, a local open water group, joined her in the water. Organiser Phil Kerridge said {{she was "an inspiration to all of us who are half her age"|Phil Kerridge|mixed}}. "{{She's in before most of us have our wetsuits zipped up|Phil Kerridge|direct}}," he said.

Mrs Pilkington said {{she had received a birthday card from the King and had put it "next to the kettle, where I'll see it"|Edna Pilkington|mixed}}.

Asked for the secret of a long life, the former schoolteacher said: "{{Porridge, a bit of sherry and never retiring from anything you enjoy|Edna Pilkington|direct}}."

Coastguard volunteers watched from the beach. A coastguard spokesman said {{conditions had been calm and the swim had gone "without a hitch"|coastguard|mixed}}.
""")


def main() -> None:
    check_lengths(PASSAGES, 120, 400)
    write_gold(PASSAGES, Path(__file__).with_name("quotes_heldback.jsonl"))  # checks every span (make_quotes' rules)


if __name__ == "__main__":
    main()
