import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import { actorNames } from './helpers';

describe('actors', () => {
  it('joins surname and title forms to the full name, with a stable key', () => {
    const r = extract('Vladimir Putin spoke on Monday. Mr Putin said Russia would not move. Putin’s aide agreed.');
    const putin = r.actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.key).toBe('person:vladimir-putin');
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin', 'Putin']);
  });

  it('joins capitals and seats to their country and counts possessives', () => {
    const r = extract('Russia’s army advanced. The Kremlin said Moscow would talk to Kyiv. Ukraine refused.');
    const russia = r.actors.find((a) => a.key === 'country:RUS');
    expect(russia?.aliases.sort()).toEqual(['Kremlin', 'Moscow', 'Russia']);
    expect(r.actors.find((a) => a.key === 'country:UKR')?.aliases.sort()).toEqual(['Kyiv', 'Ukraine']);
  });

  it('joins an acronym defined in the text to its organization', () => {
    const r = extract(
      'The Royal College of Nursing (RCN) balloted members. The RCN said the vote was clear. The Nurses Union of Ghana (NUG) agreed.',
    );
    const nug = r.actors.find((a) => a.name === 'Nurses Union of Ghana');
    expect(nug?.aliases).toContain('NUG');
    expect(nug?.kind).toBe('organization');
  });

  it('finds accented, hyphenated and particle names behind titles', () => {
    const names = actorNames(
      'Irish Prime Minister Micheál Martin met Foreign Minister Mohammad-Bagher Ghalibaf and Ursula von der Leyen in Brussels.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Micheál Martin', 'Mohammad-Bagher Ghalibaf', 'Ursula von der Leyen']),
    );
  });

  it('ignores months, days, sentence-initial words and laws', () => {
    const names = actorNames(
      'Announcing the plan on Thursday, officials said the EU Digital Markets Act applies from March. Stay informed with our newsletter.',
    );
    expect(names).toEqual([]);
  });

  it('drops a country named only as a venue', () => {
    const names = actorNames('Officials from Nato met in Saudi Arabia on Friday. Nato said talks went well.');
    expect(names).toEqual(['Nato']);
  });

  it('counts a long name without its particles', () => {
    expect(actorNames('Brazil’s President Luiz Inácio Lula da Silva urged leaders to act.')).toContain(
      'Luiz Inácio Lula da Silva',
    );
  });

  it('reads names joined by an ampersand as one company', () => {
    const r = extract('Legal & General Investment Management urged the board to act. Marks & Spencer agreed.');
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([
      ['Legal & General Investment Management', 'organization'],
      ['Marks & Spencer', 'organization'],
    ]);
  });

  it('takes a lone name as a body when the text says what kind of body it is', () => {
    const names = actorNames(
      'Thousands marched, organised by the farm lobby Copa-Cogeca. Members of the Unite union walked out. ExxonMobil filed a lawsuit.',
    );
    expect(names).toEqual(['Copa-Cogeca', 'Unite', 'ExxonMobil']);
  });

  it('keeps lone surnames and ordinary sentence openers out of the bodies', () => {
    const names = actorNames('Rail union sets a deadline. Officials met McCarthy in the Amazon on Friday.');
    expect(names).toEqual([]);
  });

  it('reads a name that only ever follows "in" as a place, and a title word inside a party name as part of it', () => {
    const r = extract(
      'Thousands rallied in Novi Sad on Saturday. The opposition Freedom and Justice Party urged the government to resign.',
    );
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([['Freedom and Justice Party', 'organization']]);
  });

  it('reads bodies the text names as such, with their country apart', () => {
    const r = extract(
      'The US Justice Department sued. Consumer group Public Citizen agreed. S&P Global said so. Merz leads the opposition Christian Democrats.',
    );
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([
      ['United States', 'country'],
      ['Justice Department', 'organization'],
      ['Public Citizen', 'organization'],
      ['S&P Global', 'organization'],
      ['Christian Democrats', 'organization'],
    ]);
  });

  it('keeps a body named after "in" when the page names it elsewhere', () => {
    const shell = extract('Investors holding shares in Shell filed a resolution. Shell rejected it. Shell said no.')
      .actors[0];
    expect(shell.mentions.map((m) => m.start)).toEqual([28, 54, 73]);
  });

  it("keeps a list inside a body's name, and joins an acronym its initials hold", () => {
    const r = extract(
      'Members of the National Union of Rail, Maritime and Transport Workers walked out. The RMT said Network Rail must pay. The Ministry of Defence, Russia and Ukraine met.',
    );
    expect(r.actors.map((a) => [a.name, a.aliases])).toEqual([
      [
        'National Union of Rail, Maritime and Transport Workers',
        ['National Union of Rail, Maritime and Transport Workers', 'RMT'],
      ],
      ['Network Rail', ['Network Rail']],
      ['Ministry of Defence', ['Ministry of Defence']],
      ['Russia', ['Russia']],
      ['Ukraine', ['Ukraine']],
    ]);
  });

  it('reads branches, places inside company names, portfolios, peoples and employers', () => {
    const r = extract(
      'Amnesty International Kenya urged restraint. Prices rose on the London Metal Exchange. Labour Minister Jeannette Jara called for talks. North Korean troops moved. Analysts at Goldman Sachs said so.',
    );
    expect(r.actors.map((a) => [a.name, a.kind, a.aliases])).toEqual([
      ['Amnesty International', 'organization', ['Amnesty International Kenya']],
      ['London Metal Exchange', 'organization', ['London Metal Exchange']],
      ['Jeannette Jara', 'person', ['Jeannette Jara']],
      ['Goldman Sachs', 'organization', ['Goldman Sachs']],
    ]);
  });

  it('reads a name after a role even when its first word is usually no name', () => {
    expect(
      actorNames('Commerce ministry spokesman He Yadong told reporters. Kremlin spokesman Peskov agreed.'),
    ).toEqual(['He Yadong', 'Russia', 'Peskov']);
  });

  it('reads clubs, groups named by their kind, a company by its own word, and "and" inside a department', () => {
    const r = extract(
      'Real Madrid coach Carlo Ancelotti agreed. The G77 group said so. Activist investor Elliott pushed BP. Elliott Management declined. A spokesperson for the Department for Energy Security and Net Zero said no.',
    );
    expect(r.actors.map((a) => [a.name, a.aliases])).toEqual([
      ['Real Madrid', ['Real Madrid']],
      ['Carlo Ancelotti', ['Carlo Ancelotti']],
      ['G77', ['G77']],
      ['Elliott Management', ['Elliott', 'Elliott Management']],
      ['BP', ['BP']],
      ['Department for Energy Security and Net Zero', ['Department for Energy Security and Net Zero']],
    ]);
  });

  it("joins a body's head word before a role to the body named in full", () => {
    const commission = extract('The European Commission said no. Commission spokesman Thomas Regnier agreed.')
      .actors[0];
    expect(commission.aliases).toEqual(['European Commission', 'Commission']);
  });

  it('reads "Age UK" as a body, "Staten Island" as no country, and the singular of a party', () => {
    const r = extract(
      'Age UK called for a review. Workers at a Staten Island warehouse voted. Liberal Democrat leader Ed Davey agreed. The International Brotherhood of Teamsters said so.',
    );
    expect(r.actors.map((a) => a.name)).toEqual([
      'Age UK',
      'Liberal Democrats',
      'Ed Davey',
      'International Brotherhood of Teamsters',
    ]);
  });

  it('reads parties by their last word or the word after, and companies by capitals or a list', () => {
    const r = extract(
      'The African National Congress rejected it. The ruling Georgian Dream party agreed. Agri SA urged calm. The companies, including Activision Blizzard, said so.',
    );
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([
      ['African National Congress', 'organization'],
      ['Georgian Dream', 'organization'],
      ['Agri SA', 'organization'],
      ['Activision Blizzard', 'organization'],
    ]);
  });

  it('reads "Nato Secretary General" as Nato and a title, not a portfolio', () => {
    expect(actorNames('Nato Secretary General Mark Rutte said allies must do more.')).toEqual(['Nato', 'Mark Rutte']);
  });

  it('keeps two companies joined by "and" apart, and an institution\'s "and" inside its name', () => {
    expect(
      actorNames('Rivals such as Spotify and Epic Games welcomed it. The Competition and Markets Authority said so.'),
    ).toEqual(['Epic Games', 'Competition and Markets Authority']);
  });

  it('keeps a collective possessive inside a name, and a country after "leaders of" as an actor', () => {
    expect(
      actorNames('The Tigray People’s Liberation Front warned. The leaders of Britain and Kenya met in Nairobi.'),
    ).toEqual(['Tigray People’s Liberation Front', 'United Kingdom', 'Kenya']);
  });

  it("reads MEP as a title, a known name inside a body's name, and no acronym of a law as a body", () => {
    expect(
      actorNames(
        'German MEP Andreas Schwab spoke. The International Labour Organization agreed. Meta breached the Digital Markets Act, said the lead negotiator on the DMA, said Schwab.',
      ),
    ).toEqual(['Andreas Schwab', 'International Labour Organization', 'Meta']);
  });

  it('reports mention offsets that slice to the mention text', () => {
    const text = 'Keir Starmer said Labour’s plans were ready. Starmer urged the Conservatives to quit.';
    for (const a of extract(text).actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
