"""Accuracy on articles the rules were not written from.

``tests/fixtures/unseen/`` holds articles of the genre written for this test,
each with a gold list made by hand from reading the text, in the format of
``corpus-dev/gold`` (see its README):

* u01-u06: six short articles (invented people, an invented province "Đông
  Lâm" and "Hòa Minh", other ministries, document types and date forms than the
  seed and dev articles);
* u07-u14: eight longer articles from a second held-out round (real provinces
  and bodies, foreign visitors, minority names, hyphenated dates, date lines
  with zones and labels, furniture between paragraphs, several reporters).
* u15-u20: six articles from a third round (time-first, worded and UTC date
  lines, military ranks and units, minority names, a Lao delegation, lists of
  document numbers, furniture at the top);
* u21-u32: twelve articles from a fourth and fifth round (Lao and highland
  names, international agreements, resolutions cited by subject, dotted dates,
  comment boxes after the byline, streets named after people, bylines with
  "Bài, ảnh:" or "(t/h)");
* u33-u38: six articles from a sixth round (a state visit with Portuguese
  names, school years, Khmer and Ê Đê names, unions' congresses, codes);
* u39-u50: twelve articles from a seventh and eighth round, written at the same
  time by two engineers (a ministry's hospital inspection, a police project's
  review, a city's thematic conference, a flood visit, ASEAN ministers, a Front
  congress, a visit to Japan, a budget conference, a border-guard anniversary,
  a press award, an expressway inspection: Japanese and Thai names, degree
  prefixes, committee names with commas, button rows and breadcrumbs, alt lines
  before captions, numbered headings, law names with commas);
* u51-u62: twelve articles from a ninth and tenth round (energy groups, a
  discipline decision, a foreign-ministry briefing, a defence drill, saltwater
  intrusion, a university's anniversary, a commune merger, a festival, the
  social-policy bank, Tết gifts, Điện Biên Phủ veterans, a Korean business
  forum: abbreviated bodies, boards, ordinances and charters, clock times with
  dates, alt lines that repeat their caption);
* u63-u74: twelve articles from an eleventh and twelfth round (science
  companies, a personnel announcement, social housing, a Lao province, the
  State Bank, a women's award, anti-smuggling, cooperatives, the navy, social
  insurance, forest rangers, overseas Vietnamese: company names over lower-case
  trade words, military units and ranks, amending laws, slash breadcrumbs, the
  title repeated at the foot);
* u75-u92: eighteen articles from a thirteenth, fourteenth and fifteenth round,
  written at the same time by three engineers (a school year's review, a
  province's digital plan, the anti-corruption steering committee, an
  expressway, a Front congress, rice exports, a measles campaign, a UNESCO
  inscription, a law debated in the National Assembly, a Party congress, a
  typhoon's aftermath, a Youth Union congress, a state visit, a trial, tax
  refunds, a trade-union congress, the land law, an ethnic-minority programme:
  bylines at the top, copyright and source lines, section paths with "»", "›"
  and "|", court titles and honours, lunar dates, telephone numbers);
* u93-u98 and u99-u104: twelve articles from a sixteenth and a seventeenth
  round, each scored after the fixes of the rounds before it (a national
  steering committee, Hà Nội's digital drive, a Chilean delegation, the
  Mekong's saltwater, fire prevention, a graduation; foreign chambers of
  commerce, forest fires in the highlands, a Tạp chí Cộng sản essay, a
  bridge, a foreign-ministry briefing, disciplinary conclusions: titles in
  lower case, a date line and byline inside the title's block, mastheads);
* u105-u110: six articles from an eighteenth round, scored after the fixes of
  the seventeen before it (a defence drill's review, ambassadors presenting
  credentials, wards after the two-level reform, the coffee harvest, laws in
  force from 1 July, a women's union congress: a page head and furniture
  printed inside the title's and the byline's blocks, crop years);
* u111-u116: six articles from a nineteenth round, scored after the fixes of
  the eighteen before it (a Politburo delegation, Đà Lạt's flower festival,
  public investment, offshore wind, Hồ Chí Minh's birthday at Kim Liên, state
  groups: a site's menu row at the head, companies named without their legal
  form, relic sites named after villages);
* u117-u122: six articles from a twentieth round, scored after the fixes of
  the nineteen before it (a provincial personnel review, a city council's
  questions, exchange rates, border guards in the highlands, press awards, a
  wind farm: head blocks read line by line, an outlet's mark before the lead);
* u123-u134: twelve articles from a twenty-first and twenty-second round,
  written at the same time by two engineers and scored after the fixes of the
  twenty before them (African swine fever, an appeal trial, a provincial
  council's session, the circular on extra classes, a military region's
  anniversary, customs before Tết; a metro line, the Prime Minister's dialogue
  with the young, bauxite, a Central Committee plenum, the stock market's
  upgrade, climate projects in the Mekong delta: a breadcrumb above the title,
  bylines and section names above the date line, "T.Ư" for "Trung ương",
  former holders ("cựu"), firms named in English, merged departments that
  list their fields);
* u135-u146: twelve articles from a twenty-third and twenty-fourth round,
  scored after the fixes of the twenty-two before them (an expressway, the
  Front's houses for the poor, a graduation, a provincial Party committee's
  quarter, cybercrime, a visit to Mozambique; flash floods in the mountains,
  a city's labour federation, foreign investors, a government meeting, the
  Hùng Kings' anniversary, legal aid: district military commands, village
  cells, embassies' counsellors, police departments by code, industrial
  parks in lists, a lunar year named by its cycle);
* u147-u158: twelve articles from a twenty-fifth and twenty-sixth round,
  scored after the fixes of the twenty-four before them (a buckwheat
  festival, a port city's master plan, the graduation exam, a naval ship's
  commissioning, a flood project behind schedule, a state visit to
  Kazakhstan; shrimp exports, the unions' Tết, public investment, digital
  transformation, Heroic Mothers, a Tạp chí Cộng sản essay: districts after
  their Party committee, agreements listed with "và", honorary titles, an
  essay's notes);
* u159-u170: twelve articles from a twenty-seventh and twenty-eighth round,
  scored after the fixes of the twenty-six before them (a National Assembly
  questioning session, an inspection conclusion, a border twinning with a
  Lao company, social housing, a school year's review, an ambassador
  received; a city council's session, power in the dry season, the unions'
  Tết, a disciplinary session, wards merged, a flood meeting: joint-stock
  banks, border posts, deputies, occupations with their body, dashed day
  ranges, month ranges, quoted programmes, the military's Party committee);
* u171-u182: twelve articles from a twenty-ninth and thirtieth round, scored
  after the fixes of the twenty-eight before them (a summer volunteer
  campaign, groundwater, new-style rural communes, legal aid, public
  investment, a military region's resolution; the Front's supervision, a
  coal company, a state visit to Hungary, forest protection, the grade-10
  exam, streamlining the apparatus: schools for the gifted, the Youth
  Union's provincial committees, management boards named after what they
  manage, a rank among an office's holders);
* u183-u200: eighteen articles from a thirty-first to thirty-third round,
  written at the same time by three engineers and scored after the fixes of
  the thirty before them (a police campaign, a city council's resolutions,
  drought in the Mekong delta, a women's congress, customs revenue, an
  ethnic-minority programme; commune mergers, a Japanese ambassador, the
  unions' Tết, a liberation anniversary, public investment, veterans; the
  anti-corruption committee, Project 06, the State Bank, new-style rural
  communes, the border guard, the heritage law: district lists with their
  provinces in parentheses, villages, squares, bylines under a bracketed
  date line, captions that say where people stand);
* u201-u212: twelve articles from a thirty-fourth and thirty-fifth round
  (a city Party congress, a border gate with Guangxi, a Khmer festival, a
  state audit, a corruption trial, Tết in the highlands; the army's
  year-end conference, an industrial park, a Lao delegation, a chip plant,
  the graduation exam, legal aid: congress bodies, theatres, clubs and
  palaces, trade unions, notes of birth year before titles);
* u213-u224: twelve articles from a thirty-sixth and thirty-seventh round,
  written at the same time by two engineers (a port city's council, border
  smuggling with Cambodia, social housing, a typhoon's floods, Resolution
  57, Heroic Mothers; a provincial Party conference, coffee, a Cambodian
  province, a draft law, Hạ Long's tourism, houses for the poor: mothers
  addressed as "Mẹ", dashes glued to names, dashed holiday ranges);
* u225-u236: twelve articles from a thirty-eighth and thirty-ninth round,
  written at the same time by two engineers (the Hùng Kings' anniversary,
  merging departments, a metro line, a trade fair with Yunnan, dry-season
  power, a drug ring; a Deputy Prime Minister's visit, rice exports, a
  border post's pupils, the Front's presidium, soldiers' remains from Laos,
  foreign investment: lunar days glossed by solar ones, numbered alt lines
  in lower case, border gates with their rank, the clergy's ranks, teams
  named by their task, Taiwanese investors);
* u237-u248: twelve articles from a fortieth and forty-first round, written
  at the same time by two engineers (a land inspection, mangroves and
  shrimp, dengue, a Youth Union congress, a defence exercise, a ring road;
  a tourism week, a digital-economy meeting with Singapore, Ngọc Linh
  ginseng, an elderly association, an economic zone, a provincial merger:
  pairs of places after one classifier, degrees joined by a hyphen, two
  section names above the title);
* u249-u266: eighteen articles from a forty-second to forty-fourth round,
  written at the same time by three engineers (ODA for clean water, a
  commune's new Party members, the IUU "yellow card", the draft law on
  teachers, a land inspection, coconut exports; a provincial Party
  congress, a volunteer campaign with Laos, reservoirs in the flood season,
  social housing, a procuracy's year, Phú Quốc's airport; VNeID, a military
  academy's graduation, Đà Lạt's farmland, the North-South railway, organ
  transplants, a border gate with Guangxi: the outlet's name and the
  section path one label a line, pages copied with no blank line, share
  buttons one a line, keywords one a line, alt lines glued to captions);
* u267-u284: eighteen articles from a forty-fifth to forty-seventh round,
  written at the same time by three engineers (a Central Inspection
  Commission session, cashew, river sand, a land-fraud trial, rural water,
  the Front's supervision; dry-season power, curtailed solar power, online
  fraud, a Party school, a model rural commune, textile workers; voters
  meeting deputies, dragon fruit, a border district, lotus tourism, the
  minimum wage, Chile's foreign minister: mastheads over breadcrumbs,
  font-size rows, lunar days on their own, agreements naming their
  parties);
* u285-u296: twelve articles from a forty-eighth and forty-ninth round,
  written at the same time by two engineers (lychee exports, an education
  session, a Khmer festival, bauxite, Hà Nội's congestion, the Day for the
  Poor; Phong Nha, coastal erosion, cadre rotation, FDI, workers' housing,
  plastic waste: the outlet's name alone above the title, streets named
  after people, a byline sharing the date line);
* u297-u308: twelve articles from a fiftieth and fifty-first round, written
  at the same time by two engineers (landslide relocation, a war cemetery,
  shrimp farming, Resolution 18, a metro line, teachers' standards; a
  district's Party work, Ngọc Linh ginseng, high tides in the Mekong delta,
  a drug ring, forest fires, digital transformation: authors signing with a
  degree, keywords on one line, lunar feast days, experts and researchers);
* u309-u326: eighteen articles from a fifty-second to fifty-fourth round,
  written at the same time by three engineers (a provincial standing
  committee, a city council session, private-sector resolutions, a central
  inspection, border guards at Tết, an ambassador's call; a provincial
  congress, a land-fraud trial, the Front's supervision, Programme 1719,
  social housing, the coffee harvest; Party discipline, a province merger,
  a General Secretary's visit with a photo gallery, FDI dialogue, farmers'
  union, a Mông festival: bylines beside the date on one line, lunar
  ranges, Roman-numbered heads, courts' indictments);
* u327-u344: eighteen articles from a fifty-fifth to fifty-seventh round,
  written at the same time by three engineers (a council's question time,
  flooding in Hồ Chí Minh City, a defence drill, Programme 1719, a merged
  commune's congress, a Czech speaker's visit; Kết luận 137, the State
  Audit, a typhoon, shrimp buyers, the identity law, a Lô Lô market;
  Long Thành airport, the Đà Nẵng merger, the textile union, landslides,
  a provincial plenum, a law debated in groups: captions without credit,
  the form's "Chú thích ảnh", questions as headings, one label over a title);
* u345-u362: eighteen articles from a fifty-eighth to sixtieth round,
  written at the same time by three engineers (Cái Mép port, work accidents,
  a Mường commune, the NA Standing Committee, Russian tourists, a Huế
  ceremony; a merged province's congress, youth volunteers, forest payments,
  the city Party committee, dengue, the spring rice crop; cadre rotation,
  village elders, lotus, university admissions, the NA Chairman abroad, a
  border gate: the date line over the title, tags under the share row,
  bulleted related lists, the merged outlets' names);
* u363-u380: eighteen articles from a sixty-first to sixty-third round,
  written at the same time by three engineers (Lạch Huyện port, rubber and
  cashew, a draft decree, a Cao Đài festival, an ASEAN summit, poverty in
  Ba Bể; a ward's congress, the global minimum tax, Ok Om Bok, exports
  under EVFTA, Mù Cang Chải, conscription; Party inspection, the teachers'
  law, mangroves, Dung Quất, Hà Nội's new wards, Sa Pa: religious titles,
  a print button in the share row, the online edition's masthead);
* u381-u398: eighteen articles from a sixty-fourth to sixty-sixth round,
  written at the same time by three engineers (a city Party conference,
  the Đà Nẵng merger's wards, education resolution 71, a merged province's
  council, a draft e-commerce law, IUU fishing; an anti-corruption trial,
  FDI in Bắc Ninh, a military region's drill, the 2026 elections, the
  Fatherland Front, a provincial court; private-sector resolution 68, the
  Government's law-making session, a women's congress, the procuracy on
  land cases, Ok Om Bok in Cần Thơ, the elderly's longevity ceremony: an
  outlet's tagline over the title, buttons under a date line over the
  title, a byline between the lead and the text);
* u399-u416: eighteen articles from a sixty-seventh to sixty-ninth round,
  written at the same time by three engineers (social housing, a Hmong
  new year, Party discipline, the diaspora in Prague, Long Thành airport,
  the youth month; a Central Committee plenum, a supervision team, drug
  crime, the Ninh Thuận nuclear plant, Tết for workers, ethnic policy on the
  border; Hồ Chí Minh City's council, a state visit to Poland, flood relief,
  public investment, a military region's anniversary, Christmas with the
  dioceses: baptismal names, church titles, Czech names, a wire story's
  filing day, the title numbered as alt text);
* u417-u434: eighteen articles from a seventieth to seventy-second round,
  written at the same time by three engineers (a free trade zone, a border
  commune's congress, hospital fees, coffee and gongs, question time, Sene
  Dolta; the Government with the localities, workers' housing, a land fraud
  trial, resolution 57, remains from Laos, Ring Road 4; a city plenum,
  border trade with Guangxi, the anti-corruption committee, salt and solar
  power, a navy ship abroad, laid-off workers: the online edition's
  masthead, the site's own date, a forum's tagline, foreign firms' officers,
  a ship named after a person, Tuổi Trẻ's lower-case titles);
* u435-u452: eighteen articles from a seventy-third to seventy-fifth round,
  written at the same time by three engineers (a council's land session,
  an expressway, a ward's inspection, an essay on resolution 66, shrimp in
  Cà Mau, flood donations; a Jrai cultural house, electricity prices, the
  Huế Festival, the rice crop, a fraud ring, a Thai festival; a foreign
  parliament's visit, an industrial park, the Party's anniversary, the Cao
  Đài Holy See, a land appeal, a hydropower resettlement);
* u453-u470: eighteen articles from a seventy-sixth to seventy-eighth round,
  written at the same time by three engineers (merged communes, a Tanzanian
  ambassador, the Supreme Court's year, a border patrol with China, farm
  exports, a provincial Party anniversary; flooding in Hồ Chí Minh City,
  deputies meet voters, a defence-zone exercise, ethnic and religious work,
  the workers' month, a road and bridge; the Secretariat in Điện Biên, the
  digital steering committee, an Indian warship at Cam Ranh, resolution 98,
  the Lady of the Realm festival, Korean firms at the Presidential Palace);
* u471-u488: eighteen articles from a seventy-ninth to eighty-first round,
  written at the same time by three engineers (investment in Nghi Sơn, the
  central bank's rates, a Hmong festival, a corruption trial, a cruise ship
  at Hạ Long, the Fatherland Front's plenum; Đà Nẵng's free trade zone, an
  oil-smuggling boat, Huế's Party year, an ASEAN summit, workers meet the
  chairman, a vaccination drive; a press law, Long Thành airport, an essay
  on Party building, personnel decisions, the school-leaving exam, boat
  races at Oóc Om Bóc);
* u489-u506: eighteen articles from an eighty-second to eighty-fourth
  round, written at the same time by three engineers (mass mobilisation
  work, a Latin American president, FDI in an industrial park, a drug ring,
  landslides after a storm, question time; APEC in Phú Quốc, young
  achievers, the coffee crop, semiconductors with Japan, a land trial,
  illegal fishing; candles at the Citadel, a city council session, a
  national relic, a military contest, offshore wind, a bridge and
  resettlement);
* u507-u524: eighteen articles from an eighty-fifth to eighty-seventh
  round, written at the same time by three engineers (the lychee crop, Tết
  for workers, a battle's anniversary, an inspection's conclusions, a
  senate's visit, an industrial park; mangoes for export, an online fraud
  ring, the Katê festival, growth targets, a border gate, extra classes;
  buckwheat flowers, an emulation congress, the North-South expressway, an
  embezzlement trial, a commemoration, the inspection commission), whose
  misses were fixed in part;
* u525-u542: eighteen articles from an eighty-eighth to ninetieth round,
  written at the same time by three engineers (Korean investors, a coal
  mining plan, a visit to Japan, science and technology, drought and
  salinity, a police academy; a graduation exam, a commune's Party congress
  after the merger, naval training, Tết for workers, coffee replanting,
  public investment; credit growth, the Hùng Kings, the maritime economy, a
  youth congress, a chip plant, the courts' year);
* u543-u560: eighteen articles from a ninety-first to ninety-third round,
  written at the same time by three engineers (a council's land prices, a
  Vice President's guests, a joint border patrol with Laos, Ring Road 4, a
  Cao Đài festival, an essay on law-making; a district's merger, measles
  vaccination, an Indian port call, a border gate after Tết, minimum wages,
  a Party anniversary; a cruise ship, discipline, mangroves and shrimp,
  offshore wind, the Huế Festival, a drug ring);
* u561-u578: eighteen articles from a ninety-fourth to ninety-sixth round,
  written at the same time by three engineers (a Sa Pa festival, digital
  transformation, a land trial, a defence-zone drill, power for the dry
  season, a foreign minister's visit; coffee, a city resolution, a typhoon,
  a fraud appeal, a Khmer festival, the private sector; a province's month,
  a youth campaign, border cooperation with Cambodia, a draft law, lychees,
  kidney transplants);
* u579-u596: eighteen articles from a ninety-seventh to ninety-ninth round,
  written at the same time by three engineers (Christmas greetings to a
  diocese, investment promotion, Điện Biên Phủ, a land inspection, new rural
  areas in the mountains, ambassadors' credentials; a provincial plenum, a
  graduation, illegal fishing, labour awards, a reservoir in the flood
  season, a visit to Poland; a relic site, cybercrime, coconuts, question
  time, a road and a bridge, anti-flooding works);
* u597-u614: eighteen articles from a hundredth to a hundred and second
  round, written at the same time by three engineers (a highland commune's
  congress, interest rates and gold, cave tourism, a fleet review abroad, a
  council's investment plan, saltwater intrusion; cashews, young achievers,
  bauxite, a city council's year, an industrial park, a senate's visit;
  buckwheat flowers, the Secretariat in a province, a refinery's
  maintenance, traffic safety for Tết, martyrs' remains, a court's year);
* u615-u632: eighteen articles from a hundred and third to a hundred and
  fifth round, written at the same time by three engineers (a province's
  digital transformation, a border post's drug seizure, a tax law in the
  Assembly, a Lao delegation, investment certificates, an embezzlement
  trial; customs revenue, a school year, a security conference, Hồ Chí
  Minh's birthday, a state visit to Angola, an expressway; a storm, measles,
  a city Party congress, a Mường festival, an essay on Resolution 57, new
  rural areas);
* u633-u644: twelve articles from a hundred and seventh and eighth round,
  written at the same time by two engineers (industrial parks, aid after
  floods, the State Audit Office's year, Ok Om Bok, a draft law in the
  Standing Committee, discipline of Party members; shrimp exports, the
  minimum wage, an inspection of a land project, talks with the Czech
  Prime Minister, soldiers' remains from Laos, a science award);
* u645-u650: six articles of a hundred and sixth round, written alongside
  those two and finished after them (question time in a provincial council,
  a military region's exercise, a decree on recruiting civil servants, a
  steering committee for national programmes, a coffee festival, the Youth
  Union's plenum);
* u651-u668: eighteen articles from a hundred and ninth to a hundred and
  eleventh round, written at the same time by three engineers (a port city's
  logistics, power in the dry season, a Front congress, ASEAN foreign
  ministers, law dissemination, a mountain festival; cross-border trade,
  anti-flooding works, rice exports, a military region's Party congress,
  public investment, a parliament's visit; lychees, security in the
  highlands, a Politburo conclusion, a circular on health checks, a fishing
  port, an essay on mass mobilisation);
* u669-u686: eighteen articles from a hundred and twelfth to a hundred and
  fourteenth round, written at the same time by three engineers (land
  prices in a council, landslide relocation, workers' Tết, Long Thành
  airport, streamlining the city's apparatus, a border friendship exchange;
  Ngọc Linh ginseng, a budget estimate, a provincial Party congress, traffic
  police, a free trade zone, intangible heritage; a diocese's Christmas,
  ring road 4, social insurance, climate adaptation in the delta, the
  Citadel's relic site, the elderly's congress);
* u687-u704: eighteen articles from a hundred and fifteenth to a hundred and
  seventeenth round, written at the same time by three engineers (border
  trade at a gate, Huế's heritage festival, a drug crackdown, a master plan,
  an essay on Party theory, a tourism year; an industrial park, a division's
  training review, public investment, new-style rural areas, a law being
  amended, the flood season; the graduation exam, merging provinces, coal
  and the environment, a Central Committee plenum, drought and salinity, a
  state visit to Kazakhstan);
* u705-u722: eighteen articles from a hundred and eighteenth to a hundred
  and twentieth round, written at the same time by three engineers (a
  provincial council's resolutions, the Government on law-making, university
  admissions, a naval ceremony, coffee and durian exports, an ASEAN meeting
  in Vientiane; a commune's Party congress, a hospital's new technique, a
  border guard station, the state budget, lotus tourism, a fraud trial;
  Hanoi's Party committee, a border market with a Chinese county, floods in
  the north, cashew processing, an essay on Hồ Chí Minh's thought, a
  Buddhist festival);
* u723-u740: eighteen articles from a hundred and twenty-first to a hundred
  and twenty-third round, written at the same time by three engineers (cave
  tourism, an expressway inspected, an electronics factory's union, rice
  exports, a provincial Party congress, traffic fines; a draft law debated,
  IUU fishing, an inspection conclusion, a Mông festival, credit growth, a
  foreign minister's talks; a port city's investors, shrimp and mangroves, a
  highland school, a resettlement area, a court's annual review, renewable
  energy and salt);
* u741-u758: eighteen articles from a hundred and twenty-fourth to a hundred
  and twenty-sixth round, written at the same time by three engineers
  (investment promotion, a metro line, lychee exports, border guards against
  smuggling, a refinery's maintenance, a parliamentary committee's
  supervision; a Cao Đài festival, a charity after a storm, a textile line,
  an essay on the private economy, an industrial park, fire prevention; tea
  growers, ambassadors' credentials, a border checkpoint with Cambodia, a
  fishing festival, export promotion, a landslide relocation);
* u759-u776: eighteen articles from a hundred and twenty-seventh to a
  hundred and twenty-ninth round, written at the same time by three
  engineers (a provincial committee's results, a military region's exercise,
  population policy, a dragon fruit festival, a foreign party's delegation,
  Phú Quốc's special zone; a heritage exhibition, Hanoi's ring road, a
  victory's anniversary, a smuggling case, an Oóc Om Bóc festival, a trade
  union congress; martyrs' remains from Laos, an economic forum, Long Thành
  airport, a Mường festival, administrative reform, a Khmer pagoda's
  festival);
* u777-u794: eighteen articles from a hundred and thirtieth to a hundred
  and thirty-second round, written at the same time by three engineers (a
  pancreas transplant, e-commerce tax, Sa Pa's cable car, a naval patrol, a
  summer volunteer campaign, forest rangers; exporters and the Prime
  Minister, a provincial plenum, a delegation at the UN, a floating market,
  a cybercrime ring, bauxite; Hội An's floods, workers' Tết, the Hùng Kings'
  anniversary, an essay on digital transformation, offshore wind, the
  Central Inspection Commission);
* u795-u824: thirty articles from a hundred and thirty-third to a hundred
  and thirty-seventh round, written at the same time by five engineers (mass
  mobilisation after a merger, semiconductors with Japan, border guards'
  legal outreach, a transport union, public investment, the 2027 school
  exams; a Lao party delegation, flash floods, a law in the Standing
  Committee, a crime crackdown, Oóc Om Bóc, interest rates; the Front's
  anniversary at Tân Trào, law-making, the minority-areas programme, an
  industrial park, a foreign ministry briefing, Điện Biên Phủ; a commune
  congress, metro line 2, organic cinnamon, a Mekong-Lancang summit, a
  border patrol with China, a pay decree; FDI, the Front's supervision, a
  Khmer pagoda, party congresses, salinity, old apartment blocks);
* u825-u842: eighteen articles from a hundred and thirty-eighth to a hundred
  and fortieth round, written at the same time by three engineers (a
  central delegation on the Đồng Văn plateau, personal income tax, a
  provincial plenum, workers' social housing, an expressway, Bà Chúa Xứ's
  festival; the Central Military Commission, Đà Nẵng's free trade zone,
  fishermen and IUU, universities, wind power and shrimp, a writers' prize;
  a government meeting, Tân Cương tea, Đắk Lắk after the merger, a youth
  campaign, Tràng An, ambassadors' credentials);
* u843-u872: thirty articles from a hundred and forty-first to a hundred
  and forty-fifth round, written at the same time by five engineers (a
  city's review of a resolution, two-tier local government, questions to
  the health minister, border guards twinning, durian exports, a lunar
  anniversary; public investment, union homes, a city congress, a crime
  crackdown, school exams, a visit to Central Europe; a law in the Standing
  Committee, Hà Nội's review of a directive, talks of two parliaments,
  Lâm Đồng after the merger, a defence exercise, a corruption trial; the
  private economy, Kim Liên, Resolution 98, flood relief, minority
  programmes, an inspection conclusion; energy talks, FDI in Bắc Ninh, a
  state funeral, the navy's sea year, a treatment guideline, a city
  council's session);
* u873-u902: thirty articles from a hundred and forty-sixth to a hundred
  and fiftieth round, written at the same time by five engineers (a
  government meeting on law-making, a province's mass mobilisation work,
  the supreme court's precedents, Quảng Trị citadel, the exchange rate, model
  new villages; ambassadors' credentials, a farmers' congress, youth awards,
  a draft law, a drug case, the land law; questions on education, Long Thành
  airport, peacekeepers' return, IUU fishing, a Mông festival, a city
  council's special resolutions; a summit abroad, landslides, the Front's
  supervision, a council electing officers, immunisation, a police award; a
  Central Committee plenum, Tràng An, a ministry's appointments, village
  elders, a visit to Japan, a merged province's party committee).
* u903-u932: thirty articles from a hundred and fifty-first to a hundred
  and fifty-fifth round, written at the same time by five engineers (a
  digital-economy partnership, site clearance for a metro line, African
  swine fever, a Thái new-rice festival, a land-fraud trial, questions to the
  central bank's governor; an audit of public debt, a coast-guard rescue, a
  Cambodian prime minister's visit, university autonomy, an OCOP fair, Party
  badges in a ward; a typhoon dispatch, a Party commission's press
  conference, Ring Road 4, the Katê festival, jobs for the disabled, Project
  06; public investment, rice exports, the Vietnam-Laos committee, a
  recruits' send-off, a science prize, a merged province's council; coastal
  erosion in Cà Mau, the Central Inspection Commission, ASEAN defence
  ministers, dam safety, a hero's anniversary, land given for roads).
* u933-u950: eighteen articles from a hundred and fifty-sixth to a hundred
  and fifty-eighth round, written at the same time by three engineers (a
  provincial review of a land directive, a VAT decree, the Lồng tồng
  festival, houses built by border guards, the Front's fund for the poor, a
  Philippine state visit; a procuracy conference on corruption cases, air
  pollution in Hà Nội, a dengue inspection, Chôl Chnăm Thmây, a law on the
  digital technology industry, a provincial Party anniversary; Lạch Huyện
  port, a Youth Union congress, an online gambling ring, start-ups under
  Resolution 57, the Gầu Tào festival, a Vietnam-Japan parliamentary group).
* u951-u968: eighteen articles from a hundred and fifty-ninth to a hundred
  and sixty-first round, written at the same time by three engineers (the
  Farmers' Union's plenum, power restored after a typhoon, a personal-data
  decree's appraisal, a navy delegation at Trường Sa, New Zealand's Prime
  Minister, excellent pupils; prestigious people of the minorities, the Bản
  Vẽ reservoir's discharge, Halal trade in the Middle East, a bank-loan fraud
  appeal, the Nghinh Ông festival, the General Secretary meeting voters; a
  council's extraordinary session, a general's promotion and a merger, a
  border meeting with Cambodia, a Tạp chí Cộng sản commentary, a ring road's
  inspection, peacekeeping engineers leaving for South Sudan).
* u969-u974: six articles from a hundred and sixty-second round (questions
  to a minister on vocational training, dengue in Đồng Tháp, Fukuoka's
  governor in Đà Nẵng, Trường Sơn cemetery on 27 July, the State Audit on
  public investment, Sene Dolta in Trà Vinh).
* u975-u986: twelve articles from a hundred and sixty-third and sixty-fourth
  round, written at the same time by two engineers (a province's review of
  administrative reform, online trials, a Lao Deputy Prime Minister in Hà
  Tĩnh, women's innovation prizes, new rural areas at mid-term, a
  cyber-security drill; the Central Military Commission, a pollution trial,
  a digital-economy partnership with Singapore, a summer volunteer campaign,
  African swine fever, wards merged in Cầu Giấy).
* u987-u998: twelve articles from a hundred and sixty-fifth and sixty-sixth
  round, written at the same time by two engineers (a provincial council's
  budget session, the Defence Minister in Military Region 9, a procuracy's
  indictment, Germany's Foreign Minister in Hà Nội, a bonus decree's press
  conference, programme 1719 in a Lào Cai commune; the Central Inspection
  Commission's session, the Front's congress in Cần Thơ, a drug ring broken
  up, a hearing on the digital transformation law, a power company's fifty
  years, the exam and admission calendar).
* u999-u1010: twelve articles from a hundred and sixty-seventh and
  sixty-eighth round, written at the same time by two engineers (a Standing
  Committee reviewing a Politburo conclusion, border guards of three
  countries, a flood under the Prime Minister's dispatch, a trade union
  congress, a mobile trial for embezzlement, a festival's UNESCO
  certificate; questions to two ministers, the Vice President receiving
  FRELIMO, cutting administrative procedures, investment certificates in
  Quảng Ninh, a memorial at the Quảng Trị Citadel, a TTXVN wire story).
* u1011-u1022: twelve articles from a hundred and sixty-ninth and
  seventieth round, written at the same time by two engineers (a provincial
  Party congress, the State Bank on interest rates, land cleared for an
  expressway, the President in Kon Tum, a naval zone's propaganda trip, a
  measles campaign; a Politburo member meeting voters, generals promoted,
  new rural areas in Nghệ An, Lào Cai and Yunnan, Thanh Niên's centenary, an
  appeal on river pollution).
* u1023-u1040: eighteen articles from a hundred and seventy-first to
  seventy-third round, written at the same time by three engineers (a
  border post's Tết for a village, a provincial military command's year, a
  security day in a border commune, a provincial Party congress, a
  memorial to the fallen of a front, border guards of two countries in
  talks; the government's monthly meeting, budget revenue of a quarter, a
  debate on the administrative violations law, the Health Minister and the
  WHO, the education resolution's first months, Dutch cooperation in the
  delta; the Central Inspection Commission's session, the Youth Union's
  95 years, a regulation on cadres, a women's congress, the trial of a
  former district secretary, veterans decorated).
* u1041-u1058: eighteen articles from a hundred and seventy-fourth to
  seventy-sixth round, written at the same time by three engineers (the
  Foreign Ministry's briefing, talks with Germany's Chancellor, eleven
  months of trade, an airline's order, a province courting investors,
  ambassadors presenting credentials; Hà Nội's council closing a session,
  the city Party committee of TP Hồ Chí Minh, questions to a director of
  construction, councillors meeting voters, land for a ring road, the
  capital and JICA; a dispatch before a storm, dengue, the grade-10 exam,
  pensions paid before Tết, road accidents of eleven months, a flood in
  Quảng Ngãi).
* u1059-u1076: eighteen articles from a hundred and seventy-seventh to
  seventy-ninth round, written at the same time by three engineers (a
  communal house made a special national relic, a Deputy Prime Minister
  and village elders, religious dignitaries in Lâm Đồng, bonuses after the
  Asian Games, People's Artists honoured, a Khmer festival; the police's
  quarterly press conference, a bribery trial, an amnesty, an indictment
  at a rubber company, a traffic campaign before Tết, a traffic police
  chief appointed; land for an industrial park, a coffee season, a sowing
  calendar, a chairman's conclusions, a land price table, investors in
  Hưng Yên).
* u1077-u1088: twelve articles from a hundred and eightieth and
  eighty-first round, written at the same time by two engineers (a
  committee reviewing the civil status law, the Construction Minister in
  Lào Cai, an appeal by a former director, a Party committee on personnel,
  a ministry's anniversary, an interview with a chief inspector; a
  provincial secretary in a border commune, temporary houses replaced, a
  school year at the border, a Khmer festival, border talks with Attapeu,
  a Chăm festival).
* u1089-u1096: eight articles from a hundred and eighty-second and
  eighty-third round, written at the same time by two engineers after the
  session's fixes (a council's question session, a ministry's year-end
  review, Finland's President on a state visit, a Secretariat directive on
  Tết; a ministry's Party congress, orders of merit in Ninh Bình, flood
  relief handed to the Front, an appeal in a land case).
* u1097-u1108: twelve articles from a hundred and eighty-fourth to
  eighty-sixth round, written at the same time by three engineers (a port
  city's council, a late storm in Quảng Ngãi, a land-bribery trial, rice
  exports; a Front congress, a Politburo member in Lai Châu, the Central
  Inspection Commission, Egypt's Prime Minister; a defence-zone exercise, a
  heroin ring in Điện Biên, the 2027 graduation exam, housing for the poor:
  a special zone's council, a man's name opened by "A", verdicts and
  indictments by number, share and tag lines in one closing block).
* u1109-u1116: eight articles from a hundred and eighty-seventh and
  eighty-eighth round, written at the same time by two engineers (a law
  debated in the National Assembly, a coal group's year, a province's
  personnel decisions, a pagoda named a special relic; a foreign-ministry
  briefing, saltwater in the Mekong delta, an app fraud, a hospital's
  anniversary: years before 1800, centuries, "năm ngoái", decisions to
  prosecute the accused, compound medical degrees, captions with no credit).
* u1117-u1124: eight articles from a hundred and eighty-ninth and ninetieth
  round, written at the same time by two engineers after the fixes of the
  rounds before (the Government's monthly meeting, new-style rural communes,
  flood donations to the Front, an interview with a police director; coffee
  and durian exports, heroes of the army, a ward's conclusions, a state
  audit: an interview's questions, one title over a list of names, a lunar
  day with its cycle year and number, a regulation of the EU by number).
* u1125-u1148: twenty-four articles from six rounds written at the same time
  by six engineers (a land fraud prosecuted, border guards at a highland
  festival, an appeal trial, a military region's review; an exam circular, a
  dengue dispatch, a science conference, a city council's session; a state
  visit's joint statement, an ambassador's credentials, an investment
  conference, an ASEAN meeting; a new commune's first year, storm relief, an
  expressway opened, a land-price table; a disciplinary meeting, state
  awards, a provincial review, Khmer village elders; a law debated live, a
  bank circular, a union's Tết programme, young scientists' awards: K'Ho
  names, occupations after a degree, date lines with "|" or "•", menus line
  by line).
* u1149-u1164: sixteen articles from four more rounds, written at the same
  time after the fixes of GI-GN (a traffic police campaign, a draft on
  university admissions, a naval group leaving for the islands, a joint
  coast-guard exercise; a budget estimate, legal aid, a power group's year, a
  heritage dossier; a million hectares of rice, pension payment dates, a
  Buddhist ceremony, a memorandum with a Chinese province; a metro press
  conference, a steering committee, a Front congress, a corruption verdict:
  dotted and hyphenated dates, anniversaries as pairs, monks' names and
  ranks, a graphic's credit).
* u1165-u1188: twenty-four articles from six rounds written at the same
  time after the fixes of GO-GR (a foreign ministry's briefing, a theory
  journal's essay with footnotes, a storm dispatch, a land fraud trial; an
  extra-classes circular, a vaccination campaign, a city council's session,
  a highland village's new countryside; a military region's exercise, a
  drug campaign, a border record with Cambodia, a merged commune's
  congress; a central bank's meeting, laws debated, cardamom and tea, public
  investment; a heritage festival, a state funeral, a Buddhist congress,
  young talents' awards; a chip programme, a power plan, an expressway, two
  rivers restored: lunar days with their solar day, ranges whose year is
  written once, degrees before and after names).
* u1189-u1200: twelve articles from three rounds written at the same time
  after the fixes of GS-GX (a coal mine's safety review, legal documents
  reviewed, a Khmer festival and the rice season, a state visit to Central
  Asia; year-end bonuses, land cleared for a railway, a campaign against
  domestic violence, a metro line; forest fires, customs revenue, a merged
  province's first year, veterans of a battle: miners' grades, a lunar new
  year glossed by its solar day, month-and-year anniversaries).
* u1201-u1212: twelve articles from three rounds scored on the code after
  the fixes of GS-HA and not fixed yet (investors in an industrial park, an
  inspection's conclusion on land, a vice president's guests from a
  parliament, fishermen and border guards; social housing, state prizes for
  the arts, a ring road's land, a border trade fair; a council's thematic
  session, doctors graduating, a rescue at sea, a Politburo delegation).
* u1213-u1224: twelve articles from three rounds scored on a8dc49e, the
  code after HB-HD joined unfixed (cadre appointments in a merged province,
  a traffic fines decree, a police anniversary, a journal's essay on the
  Party's resolutions; a city council's session, a Hmong and Dao commune,
  a university's memorandum, investment certificates at a port; a state
  visit to Chile, a Soviet uprising's anniversary, a winter volunteer
  campaign, a storm and the Prime Minister's dispatches: dates written with
  dots and hyphens, cycle years of 1930, stacked honours and degrees).
* u1225-u1236: twelve articles from three rounds scored on a727238, the
  code after the fixes of HB-HG, and fixed in part (a union's Tết bonuses,
  a fraud trial, a sea festival with consuls, the coffee harvest; a
  Fatherland Front congress with clergy, a stroke patient's night, a port's
  new berths, a defence-zone exercise; an investment forum, salt water in
  the delta, a national games, a tea festival: Ê Đê names in a byline, a
  menu line over the title, athletes' and clergy's titles).
* u1237-u1248: twelve articles from three rounds scored on 11506b9, the
  code after the fixes of HH-HJ began (a coal mine's safety inspection, exam
  rules for 2027, a commune's Party committee a year on, a border post at a
  harvest festival; a Chilean president's state visit, the minimum wage, a
  plateau's forests and rubber, a journal's essay on grassroots Party cells;
  a measles campaign, new rural development, a ministry's Đề án 06 review,
  a Huế palace and its festival: mine levels beside dates, footnoted quotes,
  reign years, alt lines of "Ảnh 1.").
* u1249-u1260: twelve articles from three rounds scored on a0963ec, the
  same code and one rule more (a heroin ring at the border, a city
  council's thematic session, a K'Ho coffee cooperative, a science prize;
  a navy supply voyage to Trường Sa, a central bank circular, Điện Biên
  Phủ veterans, a women's union congress; a Prime Minister with business,
  shrimp farmers and salt water, ASEAN ministers in Manila, Teachers' Day:
  a night "đêm 10 rạng sáng 11/11", anniversaries in brackets, ship numbers,
  ministers named again by a shorter title).
* u1261-u1272: twelve articles from three rounds scored on 213bca3, the
  code after HK-HP's fixes (a province after a typhoon, a land-fraud trial,
  the Standing Committee on social insurance, a Dao festival; a state visit
  to Austria, the budget's ten months, salt water in the delta, an essay on
  Party discipline; a search-and-rescue drill, a first kidney transplant, a
  Politburo member in Tuyên Quang, a relic ranked in Huế: lunar months as
  ranges, signed documents in a numbered list, footnotes under a rule,
  a Japanese name written family first).
* u1273-u1284: twelve articles from three more rounds scored on the same
  code (a university's graduation, a provincial police's eightieth year,
  durian for export, a provincial council's session; Vietnam at the UN, an
  expressway opened early, Thái weavers, Hà Nội's air; a gong festival,
  workers' housing and Tết bonuses, a Politburo resolution taught, a campaign
  against illegal fishing: dotted dates "14.11", vote counts "82/84",
  bonuses by quarter, ship numbers, a lunar day glossed by the solar one).
* u1285-u1308: twenty-four articles from six rounds scored on bdda808, the
  code after HQ-HV's fixes (a steering committee on digital transformation,
  a border post in Lai Châu, a circular on gold, a provincial Party
  conference; Cuban guests, metro clearance, a drug ring, shrimp under
  mangroves; a minister questioned, the 2027 exam, an essay on culture, the
  coffee harvest; Hà Nội's river plan, investors at Long Thành, the army's
  anniversary, a state visit to Japan; Kim Liên's festival, ASEAN ministers,
  a union's Tết programme, a voyage to Trường Sa; a land-allocation trial,
  Huế's heritage week, the Front for the poor, forests in Điện Biên: dates
  with hyphens and dots, anniversaries "22-12-1944 / 22-12-2026", bylines
  above the date line, Japanese names family first, treaties by subject).
* u1309-u1320: twelve articles from three more rounds scored on the same
  code (a provincial council's 2027 budget, a rare operation, Lao and
  Vietnamese border guards, the Youth Union's volunteers; Hạ Long's season,
  a draft decree on public assets, a Politburo member in Vĩnh Long, a Thái
  new-rice festival; a river embankment in Cần Thơ, a factory's work
  stoppage, a deputy minister in Geneva, Tân Trào in 1945: a patient named
  by one given name, a resolution numbered like a date "17/4", a lunar day
  that falls in the next year, Lao names written with hyphens).

Each later round was scored before any rule saw it; the rules that failed on
it were then made general, so those articles are regression fixtures now.

The thresholds are the ones the converter must hold on unseen text: they are
totals over the set, so one debatable item does not fail the test, but a
recognizer that breaks on a new pattern does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edition.convert import convert_file
from edition.score import Count, score_article
from edition.validate import Validator
from edition.xmlio import TEI_NS, parse_xml_bytes

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((UNSEEN / "gold").glob("*.json"))]


@pytest.fixture(scope="module")
def unseen() -> list[tuple[dict, bytes]]:
    """(gold, TEI bytes) of every unseen article, converted once."""
    return [(gold, convert_file(UNSEEN / gold["file"]).tei) for gold in _golds()]


@pytest.fixture(scope="module")
def totals(unseen) -> dict[str, Count]:
    summed: dict[str, Count] = {}
    for gold, tei in unseen:
        for category, count in score_article(tei, gold).counts.items():
            summed[category] = summed.get(category, Count()) + count
    return summed


def test_every_gold_string_is_in_its_article():
    """The gold was written by hand: guard against typos that would make misses."""
    for gold in _golds():
        text = (UNSEEN / gold["file"]).read_text(encoding="utf-8")
        strings = [p["name"] for p in gold["persons"]] + [d["text"] for d in gold["dates"]] \
            + [d["text"] for d in gold["directives"]] + gold["sections"]
        assert [s for s in strings if s not in text] == [], gold["file"]


def test_every_held_out_article_is_here():
    assert len(_golds()) == 1320


@pytest.mark.parametrize("category, precision, recall", [
    ("persons", 0.95, 0.90),
    ("person roles", 0.90, 0.85),
    ("dates", 0.90, 0.90),
    ("dateline", 0.95, 0.90),
    ("directive mentions", 0.95, 0.90),
    ("figure captions", 0.95, 0.90),
    ("sections", 0.90, 0.90),
    ("byline", 0.95, 0.90),
])
def test_thresholds(totals, category, precision, recall):
    count = totals[category]
    assert count.recall is not None and count.recall >= recall, (category, count)
    if precision is not None:
        assert count.precision is not None and count.precision >= precision, (category, count)


def test_person_in_an_unknown_province_keeps_the_family_name(unseen):
    """"Bí thư Tỉnh ủy Đông Lâm Trần Quốc Hưng": the province is in no register,
    and the grammar of an unknown place must stop before the family name "Trần"."""
    gold, tei = next((g, t) for g, t in unseen if g["file"].startswith("u01"))
    root = parse_xml_bytes(tei).getroot()
    orgs = {"".join(e.itertext()) for e in root.iter(f"{{{TEI_NS}}}orgName")}
    assert "Tỉnh ủy Đông Lâm" in orgs
    assert not [o for o in orgs if o.endswith(" Trần")]
    refs = [e.get("ref") for e in root.iter(f"{{{TEI_NS}}}persName") if e.get("ref")]
    assert refs.count("#pers-tran-quoc-hung") == 3  # lead, caption, "đồng chí Trần Quốc Hưng"
    assert "#pers-quoc-hung" not in refs


def test_outputs_are_valid(unseen, tei_all):
    validator = Validator()
    for gold, tei in unseen:
        report = validator.validate_bytes(tei, gold["file"])
        assert report.valid, (gold["file"], [str(p) for p in report.problems][:5])
        assert tei_all.validate(parse_xml_bytes(tei)), (gold["file"], tei_all.error_log.last_error)
