"""Build benchmarks/data/quotes_fresh.jsonl, a FRESH hand-annotated quote gold set.

Why a second set: ``quotes.jsonl`` (``make_quotes.py``) was used while the quote extractor was
developed, so scores on it flatter the extractor. The passages below were written afterwards,
without reading the extractor's code and without running newscore while writing them, to
estimate how the extractor generalises to held-out news. Do not tune the extractor to them: if
you do, write another fresh set.

Every passage is original news-style text written for this benchmark (no real article is
copied); people, and most organisations and places, are invented. The styles deliberately
differ from ``quotes.jsonl``: wire copy with datelines, long features with many speakers, local
news, post-match reports, court reports, earnings stories, science stories, interview prose, UK
single quotation marks, straight ASCII double quotes, quotes running over several paragraphs,
colon introductions, "according to", speakers after or inverted after the quote, pronoun
attribution several sentences after the name, alternating speakers of different genders,
organisations as speakers, anonymous sources, many reporting verbs for indirect speech, and
partial and mixed quotes.

Markup, annotation rules and span checks are exactly those of ``make_quotes.py`` (its docstring
is the reference; its ``build`` function is reused here): ``{{content|Speaker Name|kind}}``,
``-`` for a null speaker. In addition:

* Quotation marks in a headline are annotated only when the headline attributes them
  ("Minister: '...'" or "X says '...'"); unattributed scare quotes, titles and nicknames are
  not quotes.
* A pronoun-attributed quote takes the fullest name of the person the pronoun refers to.

Run ``python benchmarks/data/make_quotes_fresh.py`` to rewrite quotes_fresh.jsonl; it checks
every span (via ``make_quotes.build``) and that each passage has 100-400 words.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_quotes import check_lengths, write_gold  # noqa: E402 - reuse the original set's markup and checks

PASSAGES: list[tuple[str, str]] = []


def P(identifier: str, marked: str) -> None:  # noqa: N802 - reads like a table row
    PASSAGES.append((identifier, marked.strip("\n")))


# --- wire copy ----------------------------------------------------------------------------

P("afp-bangladesh-floods", """
SYLHET, Bangladesh (AFP) - {{Floodwaters swallowed hundreds of villages in northeastern Bangladesh on Monday, forcing more than 200,000 people from their homes|officials|indirect}}, officials said, as monsoon rains showed no sign of easing.

{{At least 14 people had drowned since Friday, most of them children|Anisur Rahman Khan|indirect}}, district administrator Anisur Rahman Khan told AFP by telephone.

"{{The water came in the night, and people had no time to take anything with them|Anisur Rahman Khan|direct}}," Khan said. "{{We are running out of boats|Anisur Rahman Khan|direct}}."

In the village of Kanairghat, Rokeya Begum, 38, sat on the roof of a school with her three children and a goat.

"{{We have had no food since yesterday morning. Nobody has come|Rokeya Begum|direct}}," she said, pointing at the brown water below. "{{My husband went to look for his brother and he has not come back|Rokeya Begum|direct}}."

The Bangladesh Meteorological Department warned that {{heavy rain would continue for at least three more days|Bangladesh Meteorological Department|indirect}}, and that {{rivers flowing down from India's Meghalaya state could rise further|Bangladesh Meteorological Department|indirect}}.

Climate scientists say {{floods in the region have become more frequent and more severe|climate scientists|indirect}}. "{{What used to be a once-in-a-generation event now happens every few years|Saleemul Hoque Mia|direct}}," said Saleemul Hoque Mia, a hydrologist at Shahjalal University of Science and Technology.

The government said {{it had released emergency funds and deployed the army to help with rescues|government|indirect}}.

"{{Rescue teams cannot reach some villages at all. The current is too strong for our boats|Anisur Rahman Khan|direct}}," Khan said later on Monday.
""")

P("reuters-retailer-earnings", """
STOCKHOLM, Jan 30 (Reuters) - Nordvik, the Swedish furniture and homeware chain, reported a smaller-than-expected fall in fourth-quarter profit on Thursday and said {{consumers were starting to spend again after two lean years|Nordvik|indirect}}, sending its shares up 6%.

Operating profit fell 9% to 2.1 billion Swedish crowns ($190 million), beating the 1.8 billion forecast by analysts in an LSEG poll.

"{{We see clear signs that the worst is behind us|Ingrid Halvorsen|direct}}," Chief Executive Ingrid Halvorsen told Reuters in an interview. "{{People who postponed buying a sofa or a kitchen in 2023 are coming back to the stores|Ingrid Halvorsen|direct}}."

Halvorsen said {{price cuts on about 600 products had helped lift the number of visitors by 11%|Ingrid Halvorsen|indirect}}, but cautioned that {{the recovery was uneven across markets|Ingrid Halvorsen|indirect}}, with Germany still weak.

"{{Germany is our biggest headache. The German consumer is very cautious right now|Ingrid Halvorsen|direct}}," she said.

Analysts at Carnegie said {{the results were "reassuring" but that margins remained under pressure from higher freight costs|Carnegie|mixed}}.

Nordvik, which has 410 stores in 27 countries, said {{it would open 15 new stores this year, mainly in Poland and Spain|Nordvik|indirect}}. It kept its dividend unchanged at 3.50 crowns per share.

Asked about possible U.S. tariffs on European goods, Halvorsen said {{it was "too early to tell" what the impact would be|Ingrid Halvorsen|mixed}}, adding that {{the company sourced most of its U.S. range from suppliers in Asia and Mexico|Ingrid Halvorsen|indirect}}.

"{{We are not going to chase volume at any price. Our job is to be the cheapest good sofa in town, not the cheapest sofa|Ingrid Halvorsen|direct}}," Halvorsen said. "{{That has not changed and it will not change|Ingrid Halvorsen|direct}}."
""")

P("ap-fraud-sentencing", """
NEWARK, N.J. (AP) — A former hedge fund manager who prosecutors said cheated retirees out of $48 million was sentenced Tuesday to 14 years in federal prison.

U.S. District Judge Marguerite Okafor told Dennis Varga, 59, that {{his crimes had "destroyed lives" and that he had shown little remorse until he was caught|Marguerite Okafor|mixed}}.

"{{You did not steal from banks. You stole from schoolteachers and bus drivers who trusted you with everything they had|Marguerite Okafor|direct}}," the judge said.

Varga, wearing a tan jail uniform, apologized to the victims in a brief statement. "{{I am ashamed. I lied to people who were my friends, and I have no excuse|Dennis Varga|direct}}," he said, his voice shaking.

His lawyer, Howard Pelletier, had asked for a sentence of six years, arguing that {{Varga had cooperated with investigators and was in poor health|Howard Pelletier|indirect}}.

Prosecutors said {{Varga ran the scheme for nearly a decade, using money from new investors to pay returns to earlier ones|prosecutors|indirect}}.

Several victims spoke in court. Loretta Simms, a retired nurse from Paterson, said {{she had lost her entire savings of $310,000 and had gone back to work at 71|Loretta Simms|indirect}}.

"{{I don't sleep. I think about it every night|Loretta Simms|direct}}," Simms said. "{{He took my retirement and he took my peace of mind|Loretta Simms|direct}}."

Outside the courthouse, U.S. Attorney Rafael Quintero said {{the sentence sent "a clear message" to anyone who preyed on older Americans|Rafael Quintero|mixed}}.
""")

P("reuters-brazil-central-bank", """
BRASILIA, March 19 (Reuters) - Brazil's central bank raised its benchmark interest rate by 100 basis points to 14.25% on Wednesday, as expected, and signalled {{its next increase would be smaller|central bank|indirect}}.

In a statement accompanying the decision, the bank's rate-setting committee, known as Copom, said {{the outlook for inflation remained "challenging"|Copom|mixed}} and that {{it would continue to monitor the effects of the government's spending plans|Copom|indirect}}.

"{{Inflation expectations remain unanchored, which demands a more contractionary monetary policy|Copom|direct}}," the committee said.

Economists had widely expected the move. "{{The message is that the tightening cycle is near the end, but not over|Juliana Ferraz|direct}}," said Juliana Ferraz, chief economist at Banco Tamandaré. She said {{she now saw the Selic peaking at 15% in May|Juliana Ferraz|indirect}}.

Finance Minister Otávio Brandão has defended the government's fiscal record. On Monday he told reporters that {{the budget would meet its primary balance target this year|Otávio Brandão|indirect}}.

Industry groups reacted angrily. The National Confederation of Industry said {{the decision would "suffocate" investment and cost jobs|National Confederation of Industry|mixed}}.

"{{The central bank is doing its job. The problem is that it is doing it alone|Marcelo Quaresma|direct}}," said Marcelo Quaresma, a former central bank director who now teaches at the Getulio Vargas Foundation. "{{Without fiscal help, rates stay high for longer, and everybody pays|Marcelo Quaresma|direct}}."
""")

P("afp-ministry-statements-protest", """
NAIROBI (AFP) - Kenyan police fired tear gas at hundreds of protesters in central Nairobi on Thursday as anger over a proposed fuel tax spilled onto the streets for a third day.

The interior ministry said in a statement that {{officers had "exercised maximum restraint"|interior ministry|mixed}} and that {{23 people had been arrested for looting|interior ministry|indirect}}.

"{{The government respects the right to peaceful protest, but it will not tolerate criminality|interior ministry|direct}}," the statement said.

Rights groups disputed that account. Amnesty International Kenya said {{at least two protesters had been shot with live ammunition|Amnesty International Kenya|indirect}}, one of them fatally.

"{{We have seen the bodies. We have spoken to the families|Wanjiru Kamau|direct}}," said Wanjiru Kamau, who heads the group's Nairobi office. "{{The police cannot say they used restraint|Wanjiru Kamau|direct}}."

A police spokesman, who spoke on condition of anonymity because he was not authorised to speak to the media, said {{the shootings were under investigation|-|indirect}}.

The finance ministry, for its part, insisted {{the tax was needed to reduce the country's debt|finance ministry|indirect}} and said {{it was open to "dialogue" on how it was applied|finance ministry|mixed}}.

Protest organisers said {{they would return on Tuesday|protest organisers|indirect}}.

Standing outside a shuttered pharmacy, 29-year-old motorcycle taxi driver Brian Otieno said {{the tax would double his fuel costs|Brian Otieno|indirect}}. "{{I pay for petrol before I pay for food|Brian Otieno|direct}}," he said. "{{If this passes, my children will eat once a day|Brian Otieno|direct}}."
""")

P("ap-wildfire-sheriff", """
PARADISE VALLEY, Ore. (AP) — {{A fast-moving wildfire destroyed at least 60 homes in southern Oregon on Sunday and forced thousands of people to flee|authorities|indirect}}, authorities said.

"{{It jumped the highway in about ten minutes. Nobody has seen anything like it here|Dale Whitcomb|direct}}," Josephine County Sheriff Dale Whitcomb said at an evening briefing. He said {{two firefighters had been treated for burns and released|Dale Whitcomb|indirect}}.

{{The fire had grown to 18,000 acres and was 5% contained|Oregon Department of Forestry|indirect}}, according to the Oregon Department of Forestry.

Incident commander Teresa Lund said {{crews were trying to build a line along Deer Creek before winds picked up again on Monday afternoon|Teresa Lund|indirect}}. "{{If the wind does what the forecast says, we are going to have a very hard day|Teresa Lund|direct}}," she said.

Marla and Jim Petty watched from an evacuation center at a high school in Grants Pass as news footage showed their street in flames.

"{{We got the dogs and the photo albums. That's it|Marla Petty|direct}}," Marla Petty said. Her husband shook his head. "{{Thirty-one years in that house|Jim Petty|direct}}," he said.

Gov. Anita Sorensen declared a state of emergency, saying {{the state would seek federal help|Anita Sorensen|indirect}}.

Lund said {{evacuation orders could widen overnight|Teresa Lund|indirect}}. "{{If you are told to go, go. Don't wait to see the flames|Teresa Lund|direct}}," she said.
""")

P("reuters-chile-mine-strike-sources", """
SANTIAGO, Aug 8 (Reuters) - {{Workers at Chile's Cerro Alto copper mine will begin an indefinite strike on Monday after rejecting the company's final wage offer|union|indirect}}, the union said on Friday, threatening output at one of the world's largest copper deposits.

{{Talks had broken down over a bonus linked to the mine's profits|-|indirect}}, two people familiar with the negotiations told Reuters, asking not to be named because the talks were private.

One of them said {{the company had offered a bonus of 18 million pesos per worker, about half what the union wanted|-|indirect}}.

"{{The company made record profits last year. The workers who produced that copper want their share|Patricio Lagos|direct}}," union president Patricio Lagos said in a video posted on social media.

Cerro Alto, which is controlled by Australia's Meridian Resources, said in a statement that {{its offer was "the best in the industry"|Cerro Alto|mixed}} and that {{it had contingency plans to keep operating|Cerro Alto|indirect}}.

{{Cerro Alto produced 612,000 tonnes of copper in 2023|Cochilco|indirect}}, according to state copper commission Cochilco.

Copper prices rose 1.2% on the London Metal Exchange after the union's announcement. "{{The market is very tight, so any disruption in Chile gets priced in quickly|Naomi Whitaker|direct}}," said Naomi Whitaker, a metals analyst at Sterling Commodities in London.

Chile's mining minister, Carolina Vidal, urged both sides to return to the table. "{{A long strike helps nobody, not the workers, not the company and not Chile|Carolina Vidal|direct}}," she told local radio. "{{The government is ready to mediate if asked|Carolina Vidal|direct}}."
""")

P("ap-county-clerk-election", """
PHOENIX (AP) — Election workers in Arizona's most populous county finished counting ballots late Friday, and the county's top election official said {{the process had gone "remarkably smoothly"|Guadalupe Reyes|mixed}}.

Maricopa County Recorder Guadalupe Reyes said {{about 2.1 million ballots had been cast, a turnout of 74%|Guadalupe Reyes|indirect}}.

"{{Every legal vote has been counted, and every step of this process has been open to observers from both parties|Guadalupe Reyes|direct}}," Reyes told reporters. "{{I'd invite anyone who has doubts to come and watch us do it next time|Guadalupe Reyes|direct}}."

A Republican candidate for the state Senate, Wade Hollister, who lost by fewer than 400 votes, said {{he would request a recount|Wade Hollister|indirect}}.

"{{This isn't about fraud. It's about a margin this close deserving a second look|Wade Hollister|direct}}," Hollister said in a statement.

State law requires an automatic recount when the margin is less than half a percentage point. {{The race fell just outside that threshold|Arizona Secretary of State's office|indirect}}, according to the Arizona Secretary of State's office.

Hollister's opponent, Democrat Rosa Villanueva, said {{she welcomed the scrutiny|Rosa Villanueva|indirect}}. "{{Check it as many times as you like. The result will be the same|Rosa Villanueva|direct}}," she said at a victory event in Tempe. "{{Now I want to get to work|Rosa Villanueva|direct}}."
""")

# --- long-form features with many speakers ------------------------------------------------

P("feature-fishing-town", """
At five in the morning, the harbour at Port Ellery is already loud with gulls. Dougie McAlister has been going to sea from here for forty-one years, and he says {{he has never known a season like this one|Dougie McAlister|indirect}}.

"{{The boats are still going out, but there's nothing in the nets. Mackerel, nothing. Crab, half what it was|Dougie McAlister|direct}}."

He lights a cigarette and looks across at the empty berths. "{{There used to be thirty boats here. There's nine now|Dougie McAlister|direct}}."

Down on the quay, Fiona Baird runs the fish auction her grandfather founded. She does not blame the weather, or not only the weather.

"{{People want to talk about quotas and about Brussels, and fine, all of that matters|Fiona Baird|direct}}," she says. "{{But the young ones won't do it any more. You can't pay a deckhand enough to live on, so nobody learns|Fiona Baird|direct}}."

The local council says {{it has applied for government money to repair the harbour wall|local council|indirect}}. Its economic development officer, Rajinder Bhamra, admits {{the bid is "a long shot"|Rajinder Bhamra|mixed}}.

Not everyone is gloomy. Kerry-Ann Doyle, 26, bought her first boat last year with a loan from her uncle.

"{{Everyone told me I was mad|Kerry-Ann Doyle|direct}}," she says, grinning. "{{Maybe I am. But I'd rather be skint out there than comfortable in an office|Kerry-Ann Doyle|direct}}."

McAlister, watching her cast off, is less certain. He predicts {{she will last two winters, maybe three|Dougie McAlister|indirect}}. Then he softens. "{{I hope I'm wrong. God knows we need her|Dougie McAlister|direct}}."
""")

P("feature-night-shift-nurses", """
It is 3 a.m. on Ward 7B of St Columba's Hospital, and Charge Nurse Abimbola Adeyemi has not sat down for six hours.

“{{Nights are when you find out what a hospital really is|Abimbola Adeyemi|direct}},” she says, checking a drip. “{{There are fewer of us, and the patients are frightened, because everything is worse in the dark|Abimbola Adeyemi|direct}}.”

She has eleven patients. The guidance, she says, is {{no more than eight|Abimbola Adeyemi|indirect}}.

Across the corridor, healthcare assistant Tomasz Wiśniewski is changing a bed. He came to Britain from Gdańsk in 2016 and has worked nights ever since. “{{I like nights. It's quieter, you can actually talk to people|Tomasz Wiśniewski|direct}},” he says. Then he laughs. “{{Tonight is not quiet|Tomasz Wiśniewski|direct}}.”

The hospital's chief nurse, Dr Helen Crowther, acknowledges that {{staffing on some night shifts falls below the recommended level|Helen Crowther|indirect}}. She says {{the trust has recruited 140 nurses this year|Helen Crowther|indirect}}. “{{We are not where we want to be. But we are closer than we were|Helen Crowther|direct}}.”

At 4.40 a.m. an alarm sounds at bed 12. Adeyemi is there in seconds, with a junior doctor, Priya Raman, close behind. When it is over, and the patient is stable, Raman leans against the wall.

“{{You don't get used to it|Priya Raman|direct}},” she says. “{{People think you do, but you don't|Priya Raman|direct}}.”

Adeyemi has already moved on to the next patient. Asked how long she will keep doing this, she shrugs. “{{Until my knees go|Abimbola Adeyemi|direct}}.”
""")

P("feature-refugee-chef", """
The restaurant has no sign yet, only a hand-lettered card in the window that reads Open soon, inshallah. Inside, Yusuf Haddad is rolling vine leaves at a steel counter, fast, without looking.

Haddad, 44, ran a restaurant in Aleppo for twelve years before the war. He arrived in Leeds in 2019 with a backpack and a phone.

“{{In Aleppo, I had forty covers and a waiting list|Yusuf Haddad|direct}},” he says. “{{Here, for three years, I washed dishes. That is fine. A kitchen is a kitchen|Yusuf Haddad|direct}}.”

His business partner is Siobhan Gallagher, a former bank manager who met him at a community supper. She says {{she knew within one mouthful that she wanted to invest|Siobhan Gallagher|indirect}}.

“{{Everybody said, 'Don't put your redundancy money into a restaurant, it's the worst business there is.' And they're right, it is|Siobhan Gallagher|direct}},” she says. “{{But I'd eaten his food|Siobhan Gallagher|direct}}.”

The pair have borrowed £60,000. The landlord, Cedric Oduya, gave them six months rent-free, and he insists {{it was not charity|Cedric Oduya|indirect}}. “{{Empty shops kill a street. Full ones save it|Cedric Oduya|direct}},” he says.

Haddad's wife, Rania, will run the front of house. {{She is nervous|Rania|indirect}}, she admits. “{{My English is good for shopping, not for complaints|Rania|direct}},” she says, and everyone laughs.

The opening is set for Friday. Haddad wipes his hands and looks around the half-painted room. He says {{he does not think about Aleppo much any more|Yusuf Haddad|indirect}}. Then he corrects himself. “{{That's not true. I think about it every time I cook|Yusuf Haddad|direct}}.”
""")

# --- local news ---------------------------------------------------------------------------

P("local-school-board-meeting", """
Parents packed the Millbrook school board meeting Tuesday night to oppose a plan to close Hawthorne Elementary, the district's oldest school.

Superintendent Dr. Keisha Montgomery told the board that {{the district faced a $3.2 million shortfall next year|Keisha Montgomery|indirect}} and that {{Hawthorne's enrollment had fallen by a third since 2015|Keisha Montgomery|indirect}}.

"{{Nobody on this staff wants to close a school. But we cannot keep heating buildings that are half empty while we cut teachers|Keisha Montgomery|direct}}," Montgomery said.

More than 40 people signed up to speak. Angela Brightwater, whose two children attend Hawthorne, said {{the closure would force young students onto buses for 40 minutes each way|Angela Brightwater|indirect}}.

"{{You're balancing the budget on the backs of six-year-olds|Angela Brightwater|direct}}," she told the board, drawing loud applause.

Retired teacher Leonard Fitch, who taught at Hawthorne for 28 years, said {{the board should sell the district's unused administration building instead|Leonard Fitch|indirect}}.

Board president Carol Nguyen said {{no vote would be taken until February|Carol Nguyen|indirect}}. "{{We have heard you, and we will look at every alternative that has been raised tonight|Carol Nguyen|direct}}," she said.

Board member Travis Kohl was less encouraging. He warned parents that {{the budget numbers "are what they are"|Travis Kohl|mixed}} and that {{any alternative would mean cuts elsewhere|Travis Kohl|indirect}}.

After the meeting, Brightwater said {{she was not giving up|Angela Brightwater|indirect}}. "{{They think we'll get tired and go away|Angela Brightwater|direct}}," she said in the parking lot. "{{We won't. We'll be back in February with twice as many people|Angela Brightwater|direct}}."
""")

P("local-bridge-closure", """
{{The Riverside Street bridge in Ashcombe will close for at least nine months from next month|county council|indirect}}, the county council has confirmed, after engineers found corrosion in its steel supports.

Councillor Margaret Oyinlola, the cabinet member for highways, said {{the decision had not been taken lightly|Margaret Oyinlola|indirect}}.

"{{We know this bridge is a lifeline for the town. But the engineers' advice was very clear, and safety has to come first|Margaret Oyinlola|direct}}," she said.

A diversion of about four miles will be in place. Traders on Riverside Street fear the worst.

Gareth Pryce, who has run the Bridge End newsagent for 19 years, said: "{{Half my customers walk over that bridge. If it shuts for nine months, I'm not sure I'll still be here when it opens|Gareth Pryce|direct}}."

Next door, café owner Lucy Tran said {{she had already noticed fewer customers since weight limits were imposed in the summer|Lucy Tran|indirect}}.

The Ashcombe Chamber of Trade has said {{affected shops should get business rate relief|Ashcombe Chamber of Trade|indirect}}. Its chair, Oliver Marsh, said: "{{The council found money for a new roundabout on the bypass. It can find money for this|Oliver Marsh|direct}}."

The council said {{it would consider the request|county council|indirect}}. A council report published on Friday said {{a temporary footbridge would cost about £400,000|-|indirect}}.

Lucy Tran said {{the council had not been in touch|Lucy Tran|indirect}}. "{{I found out from a post on Facebook|Lucy Tran|direct}}," she said. "{{Nobody from the council has come in and said, this is what we're doing, this is how we'll help you|Lucy Tran|direct}}."
""")

P("local-library-cuts-uk", """
Library campaigners stage 'read-in' against closures

Campaigners have staged a 'read-in' at Harlow Vale library in protest at council plans to close five of the borough's eleven libraries.

About 200 people, many of them children, sat on the floor with books for an hour on Saturday morning.

Organiser Bernadette Quinlan said: '{{Libraries are the last free indoor space where you can sit all day and nobody asks you to buy anything|Bernadette Quinlan|direct}}.

'{{For some people in this town, this is the only warm room they will be in all week|Bernadette Quinlan|direct}}.'

The council's leader, Cllr Ahmed Siddiqui, said {{the authority had to find £14m of savings over three years|Ahmed Siddiqui|indirect}}.

'{{I love libraries. I grew up in this one|Ahmed Siddiqui|direct}},' he said. '{{But I have to choose between libraries and social care for elderly and disabled people, and that is not a choice anyone should have to make|Ahmed Siddiqui|direct}}.'

He said {{the council was talking to community groups about running some branches with volunteers|Ahmed Siddiqui|indirect}}.

Campaigners say {{volunteer libraries rarely last|campaigners|indirect}}. Eight-year-old Maisie Collins, who came with her grandmother, was more direct. '{{If they close it, where will I get my books?|Maisie Collins|direct}}' she asked.

A public consultation closes on 14 March.
""")

# --- sport --------------------------------------------------------------------------------

P("sport-football-postmatch-uk", """
Hartley ends winless run as ten-man Town hold on

Kingsbridge Town manager Sean Donnelly praised his side's '{{character|Sean Donnelly|partial}}' after they held on with ten men to beat Ravensworth 2-1 and end a run of eight games without a win.

Captain Ellis Mbeki was sent off for a second yellow card on the hour, but goals from Jamie Hartley and Nuno Ferreira proved enough.

'{{That's as proud as I've been of a group of players|Sean Donnelly|direct}},' Donnelly told BBC Radio Kingsbridge. '{{When Ellis went off, I thought we might be in for a long half hour, but the lads dug in and defended like their lives depended on it|Sean Donnelly|direct}}.'

He admitted {{the red card had been deserved|Sean Donnelly|indirect}}. '{{He's a grown man, he knows he can't make that second tackle. I'll speak to him|Sean Donnelly|direct}}.'

Ravensworth boss Claudia Henning, whose side have now lost three in a row, felt {{her team had been "too slow" with the ball after the dismissal|Claudia Henning|mixed}}.

'{{We had the extra man for thirty minutes and we created one chance. That's not good enough, and I include myself in that|Claudia Henning|direct}},' she said.

Asked whether her job was under threat, Henning replied: '{{That's not for me to say. I'll keep working|Claudia Henning|direct}}.'

Hartley, 19, scored his first senior goal with a curling shot from the edge of the box. '{{I've dreamt about that since I was a kid in the stands|Jamie Hartley|direct}},' he said. '{{My dad's going to be unbearable|Jamie Hartley|direct}}.'
""")

P("sport-nba-postgame-ascii", """
SAN ANTONIO (AP) -- Marcus Oyelowo scored 34 points, including the go-ahead 3-pointer with 4.1 seconds left, and the San Antonio Spurs beat the Denver Nuggets 112-110 on Saturday night.

"{{I've been in that spot a lot of times in practice|Marcus Oyelowo|direct}}," Oyelowo said. "{{Tonight it just went in|Marcus Oyelowo|direct}}."

{{He had missed his previous five shots|Marcus Oyelowo|indirect}}, Oyelowo acknowledged.

"{{Coach told me to keep shooting. So I kept shooting|Marcus Oyelowo|direct}}," he said with a grin.

Spurs coach Gregg Tanaka said {{Oyelowo had earned the last shot|Gregg Tanaka|indirect}}. "{{He's our guy. Everybody in the building knew it was going to him, and he still got it off|Gregg Tanaka|direct}}," Tanaka said.

Denver's Nikola Petrović had 29 points, 14 rebounds and 11 assists for his 18th triple-double of the season.

"{{We gave up 19 offensive rebounds. You can't win on the road like that|Michael Abernathy|direct}}," Nuggets coach Michael Abernathy said. "{{That's effort, that's not talent|Michael Abernathy|direct}}."

Petrović was asked about the final possession. "{{I thought I got a piece of the ball. Maybe not|Nikola Petrović|direct}}," he said, shrugging.
""")

P("sport-cricket-test-report", """
CHRISTCHURCH — New Zealand's captain Hemi Walker said {{his side would "sleep well" tonight|Hemi Walker|mixed}} after they dismissed Sri Lanka for 164 to take a 1-0 lead in the two-match series.

Seamer Ollie Pritchard took 6-41, his best figures in Test cricket, on a green Hagley Oval pitch.

“{{When you see grass like that, you just want to get the ball in your hand|Ollie Pritchard|direct}},” said Pritchard. “{{I didn't do anything special. I just kept hitting the same spot|Ollie Pritchard|direct}}.”

Walker was more generous. “{{He's being modest. That's as good a spell as I've seen from a New Zealander in ten years|Hemi Walker|direct}},” he said.

Sri Lanka coach Dinesh Jayawardena admitted {{his batters had "no answers" to the movement off the seam|Dinesh Jayawardena|mixed}}. He argued, however, that {{the toss had decided the match|Dinesh Jayawardena|indirect}}.

“{{If we bowl first on that pitch, it's a different game|Dinesh Jayawardena|direct}},” he said. “{{I'm not making excuses. We have to be better, simple as that|Dinesh Jayawardena|direct}}.”

Opener Ravindu Senanayake, who top-scored with 58, said {{the team would regroup before the second Test in Wellington|Ravindu Senanayake|indirect}}. “{{We have a week. A week is a long time in cricket|Ravindu Senanayake|direct}}.”
""")

P("sport-marathon-interpreter", """
BERLIN (AFP) - Ethiopia's Tigist Alemu smashed the women's course record at the Berlin Marathon on Sunday, finishing in 2hr 13min 52sec, and said {{she believed the world record was within reach|Tigist Alemu|indirect}}.

Speaking through an interpreter, the 24-year-old said: "{{I felt strong from the start. At 35 kilometres I knew I could push more|Tigist Alemu|direct}}."

"{{The world record is my dream. Maybe next year, maybe in Chicago|Tigist Alemu|direct}}," she added.

Her coach, Haile Gebremariam, said {{she had trained at altitude in Bekoji for four months|Haile Gebremariam|indirect}} and had not raced since April. "{{We were patient. Patience is the secret|Haile Gebremariam|direct}}," he said.

In the men's race, Kenya's Wilson Kiprotich won a sprint finish against his compatriot Amos Cheruiyot.

"{{Amos pushed me all the way. I am very happy, but very tired|Wilson Kiprotich|direct}}," Kiprotich said. Cheruiyot complained {{the pacemakers had dropped out too early|Amos Cheruiyot|indirect}}. "{{After 30 kilometres we were alone in the wind|Amos Cheruiyot|direct}}," he said.

Race director Jürgen Kessler called the conditions "{{almost perfect|Jürgen Kessler|partial}}", with temperatures of 11C at the start.
""")

P("sport-rugby-coach-presser", """
Coach Fa'atiga Leota insists {{Samoa can still reach the knockout stages|Fa'atiga Leota|indirect}} despite a 27-13 defeat by Ireland in Bordeaux.

“{{Nobody gave us a chance tonight and we were in that game for an hour|Fa'atiga Leota|direct}},” Leota told reporters. “{{If we play like that against Japan, we will win|Fa'atiga Leota|direct}}.”

He conceded, though, that {{his side had paid for ill-discipline, conceding 14 penalties|Fa'atiga Leota|indirect}}. Two of his forwards were sin-binned in the second half.

Ireland captain Conor Fitzgibbon said {{it had been "a proper Test match"|Conor Fitzgibbon|mixed}}. “{{They hit hard. We'll feel that tomorrow morning|Conor Fitzgibbon|direct}},” he said. “{{But we found a way, and that's what good teams do|Conor Fitzgibbon|direct}}.”

Ireland's head coach, Andrea Kessler, said {{scrum-half Jamie O'Dowd had suffered a hamstring strain and would have a scan on Monday|Andrea Kessler|indirect}}.

“{{It doesn't look great, to be honest|Andrea Kessler|direct}},” she said. Kessler added that {{she would not take risks with players ahead of the quarter-finals|Andrea Kessler|indirect}}.

World Rugby said {{it would review a high tackle by Samoa's Tavita Faleolo in the 52nd minute|World Rugby|indirect}}.
""")

# --- courts -------------------------------------------------------------------------------

P("court-murder-trial-uk", """
Jury told victim was lured to car park

{{A man accused of murdering his former business partner lured him to a multi-storey car park with a promise of repayment|-|indirect}}, a jury has heard.

Prosecutor Imogen Latimer KC told Bristol Crown Court that {{Daniel Oakes, 52, owed Vikram Sethi more than £90,000|Imogen Latimer|indirect}} when Mr Sethi was found with head injuries on the top floor of the Temple Gate car park in January.

'{{The prosecution case is that the defendant had no intention of paying that money back|Imogen Latimer|direct}},' Ms Latimer said. '{{He had every intention of making sure he never had to|Imogen Latimer|direct}}.'

Mr Oakes, of Keynsham, denies murder.

The court heard that {{Mr Oakes had sent a text message to Mr Sethi that afternoon|-|indirect}} reading: '{{Got your money. Top floor, 7pm|Daniel Oakes|direct}}.'

{{CCTV showed the defendant's car entering the car park at 6.52pm|-|indirect}}, the jury was told.

Mr Sethi's widow, Anjali, gave evidence by video link. She said {{her husband had been "excited" when he left home|Anjali Sethi|mixed}} because {{he believed he was finally going to be paid|Anjali Sethi|indirect}}.

'{{He kissed me and said he would be back for dinner|Anjali Sethi|direct}},' she told the court.

Under cross-examination by Christopher Hale KC, for the defence, Mrs Sethi agreed that {{the two men had argued for months|Anjali Sethi|indirect}}.

Mrs Justice Fairbairn told jurors {{the trial was expected to last three weeks|Mrs Justice Fairbairn|indirect}}.

The trial continues.

Giving evidence, forensic pathologist Dr Neha Bhattacharya told the court that {{Mr Sethi had suffered at least three blows to the head|Neha Bhattacharya|indirect}}. '{{The injuries are not consistent with a fall|Neha Bhattacharya|direct}},' she said.
""")

P("court-appeals-ruling-us", """
RICHMOND, Va. (Reuters) - A federal appeals court on Tuesday upheld a Virginia law barring companies from selling the location data of drivers without their consent, rejecting arguments by an industry group that the law violated free speech.

{{The law served "a substantial government interest" in protecting privacy|4th U.S. Circuit Court of Appeals|mixed}}, a three-judge panel of the 4th U.S. Circuit Court of Appeals ruled.

"{{A driver's movements reveal where she worships, whom she visits and which doctors she sees|Rosalind Achebe|direct}}," Circuit Judge Rosalind Achebe wrote for the panel. "{{The Commonwealth may reasonably conclude that such information deserves protection|Rosalind Achebe|direct}}."

The Connected Mobility Alliance, which represents carmakers and data brokers, had argued that {{location data was speech protected by the First Amendment|Connected Mobility Alliance|indirect}}.

In a statement, the group said {{it was "disappointed" and reviewing its options|Connected Mobility Alliance|mixed}}, including a possible appeal to the U.S. Supreme Court.

Virginia Attorney General Leon Whitfield-Barnes welcomed the ruling. "{{Your car should not be a spy|Leon Whitfield-Barnes|direct}}," he said.

Legal scholars said {{the decision could encourage other states to pass similar laws|legal scholars|indirect}}. Professor Dana Kowalczyk of Georgetown University said {{the ruling was "carefully limited"|Dana Kowalczyk|mixed}} but would be "{{closely read|Dana Kowalczyk|partial}}" in statehouses across the country.

"{{This is a win for every Virginian who has ever wondered who else knows where they parked last night|Leon Whitfield-Barnes|direct}}," Whitfield-Barnes added. "{{We will defend this law all the way up, if we have to|Leon Whitfield-Barnes|direct}}."
""")

P("court-inquest-coroner", """
A coroner has said {{a hospital's failure to act on warning signs "more than minimally contributed" to the death of a teenager with sepsis|Rebecca Amoah|mixed}}.

Leah Drummond, 17, died at Northgate General Hospital in March 2023, nine hours after she was admitted with abdominal pain and a high temperature.

Recording a narrative conclusion at Northgate Coroner's Court, senior coroner Rebecca Amoah said {{there had been "a series of missed opportunities"|Rebecca Amoah|mixed}}, including a delay of more than four hours before antibiotics were given.

She said: "{{Leah's observations should have triggered an urgent review. They did not|Rebecca Amoah|direct}}."

The coroner said {{she would issue a prevention of future deaths report to the hospital trust|Rebecca Amoah|indirect}}.

In a statement read outside the court, Leah's mother, Joanne Drummond, said: "{{Leah was funny, stubborn and kind, and she wanted to be a vet|Joanne Drummond|direct}}.

"{{We have waited almost two years to hear what we knew from the first night. She should still be here|Joanne Drummond|direct}}."

The trust's medical director, Dr Kwame Osei, said {{the hospital had made "significant changes"|Kwame Osei|mixed}} to how it identified sepsis. "{{I want to say again to Leah's family how deeply sorry we are|Kwame Osei|direct}}," he said.

Leah's father, Neil Drummond, said {{the family would now consider legal action|Neil Drummond|indirect}}. "{{We don't want money. We want the next family not to go through this|Neil Drummond|direct}}," he said.
""")

# --- business -----------------------------------------------------------------------------

P("biz-earnings-call-tech", """
SAN FRANCISCO, July 24 (Reuters) - Cloudvault Inc forecast third-quarter revenue below Wall Street estimates on Wednesday, as corporate customers slowed spending on data storage, sending its shares down 11% in extended trading.

The company expects revenue of $1.31 billion to $1.34 billion, compared with analysts' average estimate of $1.39 billion.

"{{Deal cycles have lengthened, particularly with large enterprise customers in Europe|Priya Venkataraman|direct}}," Chief Financial Officer Priya Venkataraman said on a call with analysts. "{{We are not seeing customers leave. We are seeing them take longer to sign|Priya Venkataraman|direct}}."

Chief Executive Tobias Lindqvist said {{demand for the company's AI-related products remained strong|Tobias Lindqvist|indirect}}, with bookings in that segment more than doubling from a year earlier.

"{{AI workloads are the fastest-growing part of our business by a wide margin|Tobias Lindqvist|direct}}," Lindqvist said.

One analyst on the call, Morgan Stanley's Keith Alvarado, asked whether {{the company would cut its full-year margin target|Keith Alvarado|indirect}}.

"{{No, we are reiterating it|Priya Venkataraman|direct}}," Venkataraman replied.

Analysts were not convinced. "{{It's the second guidance cut in a row, and the explanation is the same one we heard in April|Ruth Odhiambo|direct}}," said Ruth Odhiambo, an analyst at Bernstein. She said {{investors would want evidence that the slowdown was temporary|Ruth Odhiambo|indirect}}.

Cloudvault also announced a $2 billion share buyback.

Lindqvist was asked whether the company would consider more job cuts. "{{We have no plans to do that. We are hiring in AI and cutting back hiring elsewhere|Tobias Lindqvist|direct}}," he said.
""")

P("biz-airline-merger-according-to", """
TORONTO (Reuters) - {{Canadian carrier Boreal Air is in advanced talks to buy regional rival Skyline Atlantic for about C$1.1 billion|-|indirect}}, according to three people familiar with the matter, in a deal that would create the country's third-largest airline.

{{An announcement could come as early as next week|-|indirect}}, according to one of the sources, who asked not to be identified because the talks are confidential.

{{Boreal had secured financing from a group of banks led by Royal Bank of Canada|-|indirect}}, another person said.

Boreal declined to comment. Skyline Atlantic said in an emailed statement that {{it did "not comment on market rumours"|Skyline Atlantic|mixed}}.

According to Transport Canada, {{any acquisition of that size would require a public-interest review|Transport Canada|indirect}}, which can take up to 150 days.

Consumer advocates were quick to object. "{{Every time two Canadian airlines merge, fares go up and service goes down|Gabriel Lafontaine|direct}}," said Gabriel Lafontaine, president of the Air Passenger Rights Coalition. "{{Atlantic Canada in particular cannot afford to lose competition|Gabriel Lafontaine|direct}}."

Aviation consultant Heather MacInnis saw it differently. She argued that {{Skyline was too small to survive on its own|Heather MacInnis|indirect}}. "{{The choice isn't between this deal and the status quo. It's between this deal and Skyline going bust|Heather MacInnis|direct}}," she said.

Skyline's shares jumped 24% on the news.

"{{We see this as a defensive deal. Boreal needs scale to compete with the big two on transatlantic routes|Pradeep Saini|direct}}," said Pradeep Saini, an analyst at Dominion Securities. "{{Skyline gives it the Maritimes and a fleet of newer aircraft|Pradeep Saini|direct}}."
""")

P("biz-startup-layoffs-anonymous", """
{{Fintech start-up Paylark is cutting about 30% of its workforce, or roughly 420 jobs, as it struggles to raise new money|-|indirect}}, according to an internal memo seen by this newspaper.

In the memo, Chief Executive Amara Nwosu wrote that {{the company had "grown too fast" and needed to reach profitability by the end of next year|Amara Nwosu|mixed}}.

"{{This is the hardest decision I have had to make since we founded Paylark. I take full responsibility for it|Amara Nwosu|direct}}," she wrote.

Three current employees, who spoke on condition of anonymity because they feared retaliation, said {{staff had been told about the cuts on a 15-minute video call|-|indirect}} with their cameras switched off.

"{{It was brutal. You were on the call, and then your laptop just logged you out|-|direct}}," one of them said.

Another said {{morale had collapsed after a funding round led by Osprey Ventures fell apart in March|-|indirect}}.

A Paylark spokesperson confirmed the job cuts but disputed that account. "{{Every affected employee was offered a one-to-one conversation with their manager on the same day|Paylark|direct}}," the spokesperson said.

Osprey Ventures declined to comment.

Paylark was valued at $2.4 billion in 2021. {{Its valuation in any new round would probably be less than half that|-|indirect}}, one investor estimated.

"{{Paylark's problem isn't the product. Customers love it. The problem is that it spent like a company worth ten billion dollars|Corinne Albrecht|direct}}," said Corinne Albrecht, a partner at the venture firm Lodestar, which is not an investor. "{{A lot of 2021 companies are having this conversation right now|Corinne Albrecht|direct}}."
""")

P("biz-uk-inflation-single-quotes", """
UK inflation falls to lowest level in three years

UK inflation fell to 2.3% in April, its lowest rate in almost three years, official figures show, boosting hopes of an interest rate cut this summer.

{{Lower household energy bills were the biggest driver of the fall|Office for National Statistics|indirect}}, the Office for National Statistics (ONS) said.

ONS chief economist Graeme Whitlock said: '{{Inflation fell notably in April as the drop in the energy price cap meant gas and electricity prices were much lower than this time last year|Graeme Whitlock|direct}}.'

The Chancellor, Rachel Okonjo, said {{the figures were 'a major moment for the economy'|Rachel Okonjo|mixed}}. '{{We have turned a corner. But I know families are still feeling the pressure of high prices|Rachel Okonjo|direct}},' she said.

Her opposite number, Jeremy Falconer, accused her of '{{taking credit for the Bank of England's work|Jeremy Falconer|partial}}'.

Economists warned {{the fall was largely a one-off|economists|indirect}}. Sanjay Mehta of the Resolution Trust said: '{{Services inflation, which the Bank watches most closely, is still running at nearly 6%. That is not a number that says the job is done|Sanjay Mehta|direct}}.'

{{Markets now price a roughly 50% chance of a cut in June|traders|indirect}}, according to traders.

Retailers were cautiously optimistic. '{{Shoppers are starting to feel a little better off, and we are seeing that in sales of clothing and homeware|Beatrice Onwuachi|direct}},' said Beatrice Onwuachi, chief executive of the British Retail Association. '{{Food prices remain the big worry for most families|Beatrice Onwuachi|direct}}.'
""")

# --- science ------------------------------------------------------------------------------

P("sci-exoplanet-atmosphere", """
Astronomers have detected water vapour and carbon dioxide in the atmosphere of a planet orbiting a small star 97 light-years away, in what they say is {{the strongest evidence yet of a temperate world with an atmosphere outside our solar system|astronomers|indirect}}.

The planet, known as TOI-4411 b, is about 1.6 times the size of Earth and completes an orbit every 19 days. The findings, based on observations by the James Webb Space Telescope, were published on Wednesday in the journal Nature Astronomy.

"{{We were not expecting a signal this clear. When we first saw the spectrum, we assumed it was a mistake|Ingrid Solberg|direct}}," said Dr Ingrid Solberg of the University of Bergen, who led the study.

Solberg and her colleagues spent four months ruling out instrument errors. She stressed that {{the result said nothing about whether the planet could support life|Ingrid Solberg|indirect}}.

"{{Water and carbon dioxide are not biosignatures. They are the ingredients you would expect on many rocky planets, living or dead|Ingrid Solberg|direct}}."

Other researchers were cautious. Prof Tendai Mutasa, an astrophysicist at the University of Cape Town who was not involved in the work, said {{stellar activity could mimic some of the features in the data|Tendai Mutasa|indirect}}.

"{{It's a very exciting result, and a very careful paper. But small red stars are noisy, and I'd want to see a second set of observations|Tendai Mutasa|direct}}," he said.

NASA said {{further observations of the planet were scheduled for next year|NASA|indirect}}.

Asked what would convince her that the planet had life, Solberg laughed. "{{Oxygen and methane together, in the right amounts, and a very long list of other checks. We are nowhere near that|Ingrid Solberg|direct}}," she said. "{{But for the first time, I can imagine a path to it|Ingrid Solberg|direct}}."
""")

P("sci-malaria-vaccine-trial", """
KAMPALA, Uganda (AP) — {{A new malaria vaccine cut cases among young children by 77% over two years in a large trial in four African countries|researchers|indirect}}, researchers reported Thursday.

The study, published in The Lancet, followed nearly 5,000 children aged 5 to 17 months in Uganda, Malawi, Burkina Faso and Mali.

“{{These are the best results we have ever seen for a malaria vaccine in real-world conditions|Halima Dembélé|direct}},” said Dr. Halima Dembélé of the Malaria Research and Training Centre in Bamako, one of the study's lead authors.

She cautioned that {{the vaccine required four doses|Halima Dembélé|indirect}}, which could make it difficult to deliver in remote areas.

“{{A vaccine in a fridge in the capital doesn't save anyone. We need it in the villages|Halima Dembélé|direct}},” Dembélé said.

The World Health Organization said {{it would review the data in the coming months|World Health Organization|indirect}}. A WHO spokesperson, Dr. Tariq Jasarević, described the results as “{{very encouraging|Tariq Jasarević|partial}}.”

In Mukono district, where part of the trial took place, mother of three Sarah Nakato said {{her youngest son had not had malaria since he was vaccinated|Sarah Nakato|indirect}}. “{{Before, he was sick every rainy season. Now he goes to school|Sarah Nakato|direct}},” she said.

The vaccine's manufacturer, Serum Biologics, said {{it could produce 100 million doses a year by 2027|Serum Biologics|indirect}}. Its chief executive, Anand Krishnamurthy, told reporters that {{the company would sell the vaccine at cost to African governments|Anand Krishnamurthy|indirect}}.

{{Malaria killed more than 600,000 people in 2022, most of them African children|World Health Organization|indirect}}, according to the WHO.

Uganda's health minister, Dr. Grace Atuhaire, said {{the country hoped to include the vaccine in its routine immunisation programme|Grace Atuhaire|indirect}}. "{{Malaria is the number one killer of our children. If this works at scale, it changes everything|Grace Atuhaire|direct}}," she said.
""")

P("sci-coral-reef-indirect", """
{{More than half of the world's coral reefs have been hit by bleaching during the current global heatwave|scientists|indirect}}, scientists said on Monday, making it the most extensive bleaching event on record.

{{Heat stress severe enough to cause bleaching had affected reefs in at least 62 countries and territories since early 2023|U.S. National Oceanic and Atmospheric Administration|indirect}}, the U.S. National Oceanic and Atmospheric Administration said.

Dr Mele Tupou, a marine biologist at the University of the South Pacific in Suva, told reporters that {{reefs in Fiji had bleached for the third time in five years|Mele Tupou|indirect}}.

"{{Corals can recover from one bleaching. They cannot recover from one every other year|Mele Tupou|direct}}," she said.

She warned that {{fishing communities that depend on reefs would feel the effects within a decade|Mele Tupou|indirect}}, and insisted that {{cutting emissions was the only long-term answer|Mele Tupou|indirect}}.

Some researchers have claimed that {{heat-tolerant corals bred in laboratories could be used to restore damaged reefs|some researchers|indirect}}. Prof Lars Eriksen of the Australian Institute of Marine Sciences acknowledged {{the approach had shown promise|Lars Eriksen|indirect}} but argued {{it could only ever work on a small scale|Lars Eriksen|indirect}}.

"{{We are talking about hectares, and the problem is measured in thousands of square kilometres|Lars Eriksen|direct}}," Eriksen said.

Tourism operators in Queensland say {{visitors are still coming|tourism operators|indirect}}. One dive boat owner said {{some visitors now asked whether the reef was "worth seeing any more"|-|mixed}}.

"{{What we are seeing in the water now is what the models said would happen in the 2040s|Mele Tupou|direct}}," Tupou said. "{{It is arriving twenty years early|Mele Tupou|direct}}."
""")

P("sci-ai-chips-energy", """
{{Data centres could use as much electricity as Japan by 2030, driven by the boom in artificial intelligence|International Energy Agency|indirect}}, the International Energy Agency (IEA) said in a report published on Thursday.

{{Global electricity demand from data centres would more than double from about 415 terawatt-hours last year|International Energy Agency|indirect}}, the Paris-based agency estimated.

"{{AI is one of the biggest stories in the energy world today, but until now policymakers have lacked a full picture of what it means|Fatima Al-Sayegh|direct}}," the IEA's head of technology analysis, Fatima Al-Sayegh, said at a press briefing.

The report found that {{in the United States, data centres were on course to account for almost half of the growth in electricity demand|International Energy Agency|indirect}}.

Al-Sayegh said {{fears that AI would derail climate targets were "overstated"|Fatima Al-Sayegh|mixed}}, because {{data centres still accounted for a small share of global emissions|Fatima Al-Sayegh|indirect}}.

Not everyone agrees. Jonas Weidmann, an energy researcher at ETH Zurich, said {{the IEA's figures were conservative|Jonas Weidmann|indirect}}.

"{{Every forecast of data-centre demand in the past five years has turned out to be too low. I don't see why this one would be different|Jonas Weidmann|direct}}," Weidmann told this newspaper.

Chipmakers argue {{newer processors are far more efficient|chipmakers|indirect}}. A spokeswoman for Tessera Semiconductor said {{its latest chips used 40% less energy per calculation than the previous generation|Tessera Semiconductor|indirect}}.

"{{Efficiency gains are real, but history shows that when something gets cheaper, we use more of it|Jonas Weidmann|direct}}," Weidmann said. "{{That is what I expect to happen with computing|Jonas Weidmann|direct}}."

Tessera's chief executive, Liang Wen, was more upbeat. "{{Every generation of our chips does more with less. That is the whole business|Liang Wen|direct}}," he said.
""")

# --- interviews in prose ------------------------------------------------------------------

P("interview-novelist-qa-prose", """
Dorothea Achterberg does not like talking about her books. This is awkward, because her sixth novel, The Salt Year, has just won the Meridian Prize, and everybody wants to talk about it.

Why write about a lighthouse keeper's daughter? “{{Because I was one|Dorothea Achterberg|direct}},” she says, and then, after a pause: “{{Not really. My father kept a shop. But I wanted to be one, which is almost the same thing|Dorothea Achterberg|direct}}.”

Is the book autobiographical, then? She considers the question for a long time.

“{{Everything is autobiographical and nothing is. The feelings are mine. The facts are borrowed|Dorothea Achterberg|direct}}.”

The judges called it “{{a masterpiece of restraint|Meridian Prize judges|partial}}”. Her publisher, Tomás Echeverría, says {{it has already sold more copies than her previous five novels combined|Tomás Echeverría|indirect}}.

Does success change anything? “{{I'll be able to fix the roof|Dorothea Achterberg|direct}},” she says. “{{Beyond that, I hope not|Dorothea Achterberg|direct}}.”

She writes in longhand, in the mornings, at a kitchen table in a village outside Utrecht. She says {{she has never used a computer for a first draft|Dorothea Achterberg|indirect}} and does not intend to start.

What is she working on next? She laughs. “{{If I told you, I'd never finish it|Dorothea Achterberg|direct}}.”

Her husband, the painter Joost van Rijn, brings in coffee. “{{She's been impossible since the prize|Joost van Rijn|direct}},” he says, fondly. “{{Even more impossible than usual|Joost van Rijn|direct}}.”
""")

P("interview-mayor-asked", """
Mayor Lucía Bermúdez has been in office for 100 days. She sat down with the Valley Courier on Monday to talk about housing, policing and the city's stalled streetcar project.

On housing, Bermúdez said {{the city would double the number of affordable units it required from developers|Lucía Bermúdez|indirect}}.

"{{If you build 100 apartments in this city, at least 20 of them will be affordable to a nurse or a bus driver. That's the rule from now on|Lucía Bermúdez|direct}}."

Asked whether that would scare off builders, she shook her head. "{{I've heard that argument for 20 years. The builders are still here|Lucía Bermúdez|direct}}."

On policing, she was more cautious. She acknowledged {{response times in the eastern districts were "unacceptable"|Lucía Bermúdez|mixed}} and said {{she had asked the police chief for a plan by the end of the month|Lucía Bermúdez|indirect}}.

Police Chief Raymond Okafor, reached later by phone, said {{the department was short of 85 officers|Raymond Okafor|indirect}}. "{{The mayor and I agree on the problem. We are working on the solution|Raymond Okafor|direct}}," he said.

And the streetcar? Bermúdez sighed. "{{I inherited a project that is two years late and $90 million over budget. I'm not going to pretend otherwise|Lucía Bermúdez|direct}}."

She would not say whether she would cancel it. "{{Ask me in June|Lucía Bermúdez|direct}}," she said.

City Council member Derek Voss, a frequent critic, said {{the mayor's first 100 days had been "all press releases and no progress"|Derek Voss|mixed}}.
""")

# --- UK politics and public services ------------------------------------------------------

P("uk-politics-budget-single", """
Chancellor: '{{No return to austerity|Nadia Rahman|direct}}'

The Chancellor has promised {{there will be 'no return to austerity'|Nadia Rahman|mixed}} as she prepares to set out her first Budget next week.

In a speech in Birmingham, Nadia Rahman said {{public services would get a real-terms increase in funding every year of this parliament|Nadia Rahman|indirect}}.

'{{I know what austerity did to this country, because I saw it in my own constituency: the libraries that closed, the youth clubs that shut, the waiting lists that grew|Nadia Rahman|direct}},' she said.

'{{That is not going to happen again on my watch|Nadia Rahman|direct}}.'

But she refused to rule out tax rises, saying {{she would 'not play the game' of ruling measures in or out before the Budget|Nadia Rahman|mixed}}.

The shadow chancellor, Edward Pemberton, said {{the speech was 'a trailer for the biggest tax raid in a generation'|Edward Pemberton|mixed}}.

'{{Working people should hold on to their wallets|Edward Pemberton|direct}},' he told Sky News.

The Institute for Fiscal Studies said {{the Chancellor's promises would cost about £25bn a year|Institute for Fiscal Studies|indirect}}. Its director, Prof Miriam Adebayo, said: '{{That money has to come from somewhere. Either taxes go up, or other spending comes down, or borrowing rises. There is no fourth option|Miriam Adebayo|direct}}.'

Asked on BBC Radio 4's Today programme whether she would raise income tax, Ms Rahman said: '{{I am not going to write the Budget on the radio|Nadia Rahman|direct}}.' Pressed again, she added: '{{You will have to wait until Wednesday, like everybody else|Nadia Rahman|direct}}.'
""")

P("uk-nhs-strike-single", """
{{Resident doctors in England will strike for five days next month|British Medical Association|indirect}}, the British Medical Association has announced, in a renewed dispute over pay.

The BMA said {{its members had voted by 89% to take action|British Medical Association|indirect}} on a turnout of 61%.

Dr Aisha Kamara, who co-chairs the union's resident doctors committee, said: '{{We did not want to be here again. But a doctor in their first year still earns less per hour than a barista in some parts of London|Aisha Kamara|direct}}.'

She said {{the government had 'walked away' from talks in the spring|Aisha Kamara|mixed}}.

The Department of Health and Social Care said {{the strike was 'unnecessary and unreasonable'|Department of Health and Social Care|mixed}} and pointed to a 22% rise in pay over two years.

'{{We will not reopen this year's pay award|Department of Health and Social Care|direct}},' a spokesperson said. '{{Our door remains open to talk about working conditions|Department of Health and Social Care|direct}}.'

NHS England's national medical director, Prof Stephen Lau, warned that {{thousands of operations would have to be postponed|Stephen Lau|indirect}}. He said {{emergency care would be protected|Stephen Lau|indirect}}.

Patients' groups expressed frustration. Rachel Power, of the Patients Association, said {{patients were 'caught in the middle'|Rachel Power|mixed}}.

'{{Every strike day means more people waiting in pain. Both sides need to get back round the table|Rachel Power|direct}},' she said.

Dr Kamara said {{strike dates could be called off if ministers made a credible offer|Aisha Kamara|indirect}}. '{{Nobody goes into medicine wanting to walk out on patients|Aisha Kamara|direct}},' she said. '{{Give us something real and we will put it to our members|Aisha Kamara|direct}}.'
""")

# --- attribution patterns -----------------------------------------------------------------

P("colon-intro-minister", """
ACCRA (Reuters) - Ghana's energy minister has promised an end to the power cuts that have hit the country for months, blaming a shortage of gas from Nigeria.

Speaking in parliament on Tuesday, Kofi Asante-Mensah said: "{{The load-shedding timetable will be suspended from the first of next month|Kofi Asante-Mensah|direct}}."

He went on: "{{I know people are tired. Businesses are tired. I am tired. But we have now secured enough fuel for the thermal plants to run at full capacity until the rains come|Kofi Asante-Mensah|direct}}."

The minority spokesman on energy, Efua Boateng, replied: "{{We have heard this promise four times since January|Efua Boateng|direct}}."

She added: "{{Ghanaians do not need another date. They need the lights on|Efua Boateng|direct}}."

The Association of Ghana Industries said in a statement: "{{Our members have lost an estimated 30 percent of production time this year. Many small firms will not survive another quarter of this|Association of Ghana Industries|direct}}."

The minister's spokesman, Yaw Darko, later clarified the position to reporters: {{the suspension would apply first to Accra and Kumasi, with other regions following within weeks|Yaw Darko|indirect}}.

Asked whether tariffs would rise, Asante-Mensah said only: "{{Not this year|Kofi Asante-Mensah|direct}}."
""")

P("multipara-speech-eulogy", """
Hundreds of mourners gathered at St Brigid's Cathedral on Friday for the funeral of Fr Declan Mulcahy, the priest who ran the city's largest homeless shelter for more than three decades.

His sister, Maeve Mulcahy, gave the eulogy.

“{{Declan was not a saint, and he would be furious if anyone called him one today. He was stubborn, he was untidy, and he never once in his life arrived anywhere on time|Maeve Mulcahy|direct}}.

“{{But if you were cold, or hungry, or frightened, he would find you. He would find you at two in the morning under a bridge, and he would sit down on the wet ground beside you and ask you your name|Maeve Mulcahy|direct}}.

“{{That was all he ever really did. He asked people their names, and then he remembered them|Maeve Mulcahy|direct}}.”

The shelter's current director, Olusegun Bakare, said {{more than 40,000 people had passed through its doors under Fr Mulcahy's leadership|Olusegun Bakare|indirect}}.

“{{He hired me when nobody else would, straight out of prison. I owe him everything I have|Olusegun Bakare|direct}},” Bakare said.

The Archbishop, the Most Rev Patrick Coyle, described him as “{{a priest of the streets|Patrick Coyle|partial}}”.

Outside, a man who gave his name only as Tommy said {{he had slept at the shelter on and off for ten years|Tommy|indirect}}. “{{Father Declan never once made me feel like rubbish|Tommy|direct}},” he said.
""")

P("alternating-genders-couple", """
When the bakery on Mill Lane burned down in August, Graham and Sunita Whitlock thought they had lost everything. Six months later, they are back.

“{{We stood across the road and watched it go|Sunita Whitlock|direct}},” she says. “{{Twenty-two years, gone in an hour|Sunita Whitlock|direct}}.”

He remembers it differently. “{{I didn't watch. I couldn't|Graham Whitlock|direct}},” he says. “{{I sat in the car with my head on the steering wheel|Graham Whitlock|direct}}.”

The fire started in a faulty fridge, investigators later found. Insurance covered the building but not the lost trade, and for a while Sunita thought {{they might not reopen at all|Sunita Whitlock|indirect}}.

Then the letters started arriving. Hundreds of them, from customers, from schoolchildren, from a man in Australia who had bought his wedding cake there in 1998.

“{{That's when I knew we had to do it|Sunita Whitlock|direct}},” she says.

Graham, 58, did most of the rebuilding himself. He says {{his knees will never forgive him|Graham Whitlock|indirect}}. “{{But look at it. It's better than it was|Graham Whitlock|direct}}.”

She rolls her eyes. “{{He says that about everything he builds|Sunita Whitlock|direct}}.”

The new shop has a bigger window and, at his insistence, a bench outside. “{{People need somewhere to sit and eat their sausage roll|Graham Whitlock|direct}},” he says.

She says {{the first morning queue went round the corner|Sunita Whitlock|indirect}}. He says {{it went round two corners|Graham Whitlock|indirect}}.
""")

P("pronoun-later-senator", """
WASHINGTON — Sen. Harriet Calloway spent most of Tuesday morning in closed-door meetings with Pentagon officials, emerging shortly before noon to tell reporters that {{she remained opposed to the new fighter jet contract|Harriet Calloway|indirect}}.

The Missouri Democrat, who chairs the Senate Armed Services subcommittee on procurement, has been the program's most persistent critic. Her staff have spent months going through cost reports. Last year, her subcommittee published a 90-page review of the program's delays. The Air Force disputed much of it.

“{{I have not heard a single thing today that changes my mind|Harriet Calloway|direct}},” she said. “{{The taxpayers are being asked to pay for an aircraft that is years behind schedule and cannot yet do what it was designed to do|Harriet Calloway|direct}}.”

The Air Force's acquisition chief, Lt. Gen. Marcus Ebright, was in the same meetings. He left by a side door and did not stop to speak to reporters. Later in the afternoon, his office released a short statement. It said {{the program was "on a path to recovery"|Marcus Ebright|mixed}}.

A few hours later he appeared on a cable news program. “{{Every major aircraft program in history has had problems in development. This one is no different|Marcus Ebright|direct}},” he said. He added that {{the first squadron would be operational by 2027|Marcus Ebright|indirect}}.

Calloway's Republican counterpart on the subcommittee, Sen. Bo Whitaker of Texas, has largely backed the Air Force. The jets would be assembled in his state. He has not commented publicly on the latest delay. Asked about it in a corridor, he would say only that {{he was "watching closely"|Bo Whitaker|mixed}}.

Calloway was unmoved. By evening, she had released a letter to the Air Force secretary. “{{I asked for a straight answer on cost and I got a slide show|Harriet Calloway|direct}},” it read. “{{The committee will hold a public hearing next month|Harriet Calloway|direct}}.”
""")

P("headline-scare-quotes-no-source", """
'Miracle' puppy found alive after 'nightmare' week in storm drain

A puppy that went missing during last week's floods has been found alive in a storm drain almost a mile from home.

Biscuit, a four-month-old cocker spaniel, was spotted by a council worker checking drains in Felbridge on Thursday morning. The so-called "wonder dog" was thin and cold but otherwise unharmed.

Her owner, Poppy Alexander, 11, said {{she had "cried for a week"|Poppy Alexander|mixed}}.

"{{I thought she'd been washed away. When Mum told me, I just screamed|Poppy Alexander|direct}}," Poppy said.

The council worker, Dev Mistry, said {{he had heard whimpering coming from below a grate|Dev Mistry|indirect}}. "{{I thought I was imagining it at first|Dev Mistry|direct}}," he said. "{{Then I shone my torch down and there were these two eyes looking back at me|Dev Mistry|direct}}."

Firefighters spent an hour lifting the grate. Watch manager Sandra Kovacs said {{the puppy had probably survived by drinking rainwater and sheltering on a ledge|Sandra Kovacs|indirect}}.

Vet Dr Ahmed Farouk, who checked Biscuit over, described her as a "{{tough little thing|Ahmed Farouk|partial}}".

The family's "lucky charm" is now back home, and, her owner reports, {{she is eating for two|Poppy Alexander|indirect}}.

"{{She's eaten three dinners and she won't leave the radiator|Poppy Alexander|direct}}," Poppy said on Friday.
""")

P("ascii-quotes-police-sgt", """
Police in Marlow Heights are asking for help to find a driver who struck a cyclist on Route 9 early Sunday and drove off.

The cyclist, a 34-year-old man from Eastfield, was taken to Mercy Regional Medical Center with a broken leg and head injuries. {{He was in stable condition Monday|police|indirect}}, according to police.

"{{We need the public's help on this one|Teresa Delgado|direct}}," said Sgt. Teresa Delgado of the Marlow Heights Police Department. "{{Somebody out there knows who was driving that car|Teresa Delgado|direct}}."

Delgado said {{the vehicle was probably a dark-colored pickup truck with damage to the passenger side|Teresa Delgado|indirect}}. {{Investigators recovered part of a side mirror at the scene|Teresa Delgado|indirect}}, she said.

"{{If you were on Route 9 between 5 and 6 a.m. and you have a dash camera, please check it|Teresa Delgado|direct}}," she said.

The crash happened near the Bayberry Road intersection, where residents have long complained about speeding. "{{Every week there's a near miss out here|Connor Flaherty|direct}}," said Connor Flaherty, who lives nearby. "{{It was only a matter of time|Connor Flaherty|direct}}."

Town Councilwoman Denise Park said {{she would ask the state to lower the speed limit on that stretch from 50 to 35 mph|Denise Park|indirect}}.

"{{We've asked before. This time I'm not taking no for an answer|Denise Park|direct}}," Park said.

Anyone with information is asked to call police at 555-0148.
""")

P("according-to-reports-ceasefire", """
GENEVA, Nov 3 (AFP) - {{Negotiators from the two sides had agreed on a framework for a prisoner exchange|-|indirect}}, according to a diplomat briefed on the talks, though a broader ceasefire remained out of reach.

{{Up to 300 detainees could be released in the first phase|-|indirect}}, according to a draft document seen by AFP.

According to the United Nations, {{more than 1.4 million people have been displaced by the fighting since March|United Nations|indirect}}.

"{{A prisoner swap is welcome, but it is not peace|Leyla Demirci|direct}}," the UN's special envoy, Leyla Demirci, told journalists at the Palais des Nations. "{{Both delegations know what they have to do|Leyla Demirci|direct}}."

According to Demirci, {{the next round would begin in the last week of November|Leyla Demirci|indirect}}.

The government delegation's chief negotiator, General Aurelio Santander, said {{his side had made "major concessions"|Aurelio Santander|mixed}}. The rebels' spokesman, Ismael Torrico, accused the government of "{{negotiating with one hand and bombing with the other|Ismael Torrico|partial}}."

{{Air strikes on two villages in the north had killed at least 11 civilians on Sunday|Humanitarian Medical Corps|indirect}}, according to the aid group Humanitarian Medical Corps. The army denied that {{it had carried out any strikes in the area|army|indirect}}.

"{{We have the names of the dead. We will give them to anyone who asks|Beatriz Alarcón|direct}}," said Beatriz Alarcón, the group's field coordinator.

Santander told reporters outside the talks: "{{We have shown flexibility. Now it is the other side's turn|Aurelio Santander|direct}}." Torrico responded hours later. "{{Flexibility is not what we see on the ground|Ismael Torrico|direct}}," he said.
""")

P("org-statements-recall", """
BERLIN (Reuters) - {{German baby food maker Kleinwuchs is recalling several batches of its vegetable purée jars after traces of glass were found in one of them|Kleinwuchs|indirect}}, the company said on Saturday.

"{{As a precaution, we ask customers not to feed the affected products to their children and to return them to the store where they were bought|Kleinwuchs|direct}}," Kleinwuchs said in a statement.

The company said {{no injuries had been reported|Kleinwuchs|indirect}}.

The Federal Office of Consumer Protection and Food Safety (BVL) said {{the recall covered jars sold in Germany, Austria and Luxembourg|Federal Office of Consumer Protection and Food Safety|indirect}} and listed the batch numbers on its website.

The agriculture ministry said in a separate statement that {{it was in close contact with the company and the regional authorities in Bavaria|agriculture ministry|indirect}}.

Supermarket chain Kornmarkt said {{it had removed the jars from its 1,100 stores|Kornmarkt|indirect}}. "{{Customers will receive a full refund without a receipt|Kornmarkt|direct}}," the chain said.

The consumer group Foodwatch criticised the company for waiting two days before going public. "{{When there is glass in baby food, every hour counts|Foodwatch|direct}}," the group said, calling the delay "{{irresponsible|Foodwatch|partial}}."

Kleinwuchs said {{it had needed time to identify which batches were affected|Kleinwuchs|indirect}}.

The company's shares are not listed. It is owned by the Hartmann family and employs about 900 people.

A spokesman for the Bavarian state health authority said {{the affected jars had been produced at a single plant near Augsburg|Bavarian state health authority|indirect}}. "{{Production on that line has been stopped until the cause is found|Bavarian state health authority|direct}}," the spokesman said.
""")

P("indirect-verbs-varied", """
CANBERRA (AAP) - The federal government has warned {{electricity prices could rise by up to 20% next year|federal government|indirect}} unless new gas supply comes online in the south-east, reigniting a fierce debate over the country's energy transition.

Energy Minister Bronwyn Faulkner argued that {{the problem was a shortage of gas, not an excess of renewables|Bronwyn Faulkner|indirect}}.

Opposition energy spokesman Tristan Mackay claimed {{the government's "renewables rush" had left the grid fragile|Tristan Mackay|mixed}}, and insisted {{the coalition would extend the life of two coal-fired power stations if elected|Tristan Mackay|indirect}}.

The Australian Energy Market Operator acknowledged {{the risk of shortfalls had increased|Australian Energy Market Operator|indirect}}, but stressed {{the lights would stay on this winter|Australian Energy Market Operator|indirect}}.

Its chief executive, Dr Ngaire Thompson, told reporters {{the market operator had contracts in place for emergency reserves|Ngaire Thompson|indirect}}. She noted that {{battery capacity in the national grid had tripled in two years|Ngaire Thompson|indirect}}.

Industry group Energy Users Australia complained {{manufacturers were already paying twice what they paid in 2020|Energy Users Australia|indirect}}. Its head, Craig Lindqvist, predicted {{more factories would close|Craig Lindqvist|indirect}}.

The Greens' Mehreen Saeed conceded {{gas would be needed for some years yet|Mehreen Saeed|indirect}}, but denied that {{new gas fields were the answer|Mehreen Saeed|indirect}}.

Faulkner added that {{an announcement on a new gas import terminal would be made "within weeks"|Bronwyn Faulkner|mixed}}.

Economist Hamish Reid explained that {{wholesale prices feed into household bills with a lag of about a year|Hamish Reid|indirect}}, so {{the full effect would not be felt until 2026|Hamish Reid|indirect}}.

"{{Every household is going to feel this, and the government has known it was coming for two years|Tristan Mackay|direct}}," Mackay said. Faulkner hit back in parliament. "{{The member opposite wants to keep running power stations that break down every other week|Bronwyn Faulkner|direct}}," she said.
""")

P("partial-quotes-sketch", """
It was, one backbencher said afterwards, "{{the longest hour of my political life|-|partial}}".

The prime minister, Gideon Farrow, arrived at the dispatch box to face questions about the collapse of his housing bill and immediately promised a "{{fresh start|Gideon Farrow|partial}}". By the end, he had been called "{{a man without a plan|Lorna Ashdown|partial}}" by the opposition leader, Lorna Ashdown, and a "{{disgrace|Wilfred Banks|partial}}" by one of his own MPs, Wilfred Banks.

Ashdown had clearly rehearsed. She said {{the government had "run out of road, run out of ideas and run out of excuses"|Lorna Ashdown|mixed}}, a line that drew roars from the benches behind her.

Farrow tried to laugh it off. "{{I'll take no lessons from a party that built fewer homes in ten years than we built last year|Gideon Farrow|direct}}," he said. The numbers, his own officials later admitted, were "{{not directly comparable|officials|partial}}".

Then Banks rose. He said {{he had supported the prime minister "through thick and thin"|Wilfred Banks|mixed}}, but that {{he could not do so any longer|Wilfred Banks|indirect}}. There was a gasp. Farrow stared at his papers.

Downing Street later dismissed Banks as a "{{serial rebel|Downing Street|partial}}" and insisted {{the prime minister enjoyed the "full confidence" of the party|Downing Street|mixed}}.

The Speaker, Dame Harriet Cole, twice had to call for order. "{{Members will come to order. The public are watching|Harriet Cole|direct}}," she said, to little effect.

"{{I came into this chamber loyal and I am leaving it loyal, to my constituents|Wilfred Banks|direct}}," Banks told reporters in the lobby afterwards. "{{The prime minister has lost them, and he has lost me|Wilfred Banks|direct}}."
""")

P("inverted-speaker-after", """
DUBLIN (AP) — Ireland's largest teachers' union voted Wednesday to ballot its members on industrial action over class sizes, setting up a clash with the government weeks before the new school year.

"{{Our classrooms are the most crowded in Europe, and we are done being patient|Siobhán Ní Bhriain|direct}}," said Siobhán Ní Bhriain, general secretary of the Irish National Teachers' Organisation.

"{{Thirty children in a room with one adult is not education. It's crowd control|Cathal Moran|direct}}," said Cathal Moran, a teacher in Tallaght who spoke at the conference.

"{{We are listening|Niamh Gallagher|direct}}," Education Minister Niamh Gallagher said. "{{Class sizes have fallen in each of the last three budgets, and they will fall again|Niamh Gallagher|direct}}."

"{{The minister says that every year|Siobhán Ní Bhriain|direct}}," Ní Bhriain replied. "{{The children are still waiting|Siobhán Ní Bhriain|direct}}."

{{Any strike would be a last resort|Siobhán Ní Bhriain|indirect}}, Ní Bhriain added, and {{the ballot would take place in September|Siobhán Ní Bhriain|indirect}}.

"{{Parents understand. They see it every day|Orla Keating|direct}}," says Orla Keating, chair of the National Parents Council, who attended as an observer.

"{{Nobody wins from a strike|Padraig Ó Súilleabháin|direct}}," warned Padraig Ó Súilleabháin, an opposition education spokesman. "{{The government needs to put a real offer on the table this summer|Padraig Ó Súilleabháin|direct}}."

The department said {{it would meet the union before the end of June|Department of Education|indirect}}.
""")


def main() -> None:
    check_lengths(PASSAGES, 100, 400)
    write_gold(PASSAGES, Path(__file__).with_name("quotes_fresh.jsonl"))  # checks every span (make_quotes' rules)


if __name__ == "__main__":
    main()
