import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import { actorNames, models } from './helpers';

describe('actors', () => {
  it('joins surname and title forms to the full name, with a stable key', () => {
    const r = extract(
      'Vladimir Putin spoke on Monday. Mr Putin said Russia would not move. Putin’s aide agreed.',
      models,
    );
    const putin = r.actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.key).toBe('person:vladimir-putin');
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin', 'Putin']);
  });

  it('joins capitals and seats to their country and counts possessives', () => {
    const r = extract('Russia’s army advanced. The Kremlin said Moscow would talk to Kyiv. Ukraine refused.', models);
    const russia = r.actors.find((a) => a.key === 'country:RUS');
    expect(russia?.aliases.sort()).toEqual(['Kremlin', 'Moscow', 'Russia']);
    expect(r.actors.find((a) => a.key === 'country:UKR')?.aliases.sort()).toEqual(['Kyiv', 'Ukraine']);
  });

  it('joins an acronym defined in the text to its organization', () => {
    const r = extract(
      'The Royal College of Nursing (RCN) balloted members. The RCN said the vote was clear. The Nurses Union of Ghana (NUG) agreed.',
      models,
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

  it("keeps a possessive inside a body's name ('the Children's Society', 'the National Farmers' Union')", () => {
    expect(actorNames("The Children's Society called for free school meals for all.")).toEqual(["Children's Society"]);
    expect(actorNames("The National Farmers' Union wants the government to act.")).toEqual(["National Farmers' Union"]);
  });

  it("keeps a title's word that starts a body's name, and a body's name the recogniser split at 'and'", () => {
    expect(actorNames('The Justice Department asked the Supreme Court to reinstate the policy.')).toEqual([
      'Justice Department',
      'Supreme Court',
    ]);
    expect(actorNames('The opposition Freedom and Justice Party urged the government to form a new cabinet.')).toEqual([
      'Freedom and Justice Party',
    ]);
  });

  it('counts a long name without its particles', () => {
    expect(actorNames('Brazil’s President Luiz Inácio Lula da Silva urged leaders to act.')).toContain(
      'Luiz Inácio Lula da Silva',
    );
  });

  it('reads names joined by an ampersand as one company', () => {
    const r = extract('Legal & General Investment Management urged the board to act. Marks & Spencer agreed.', models);
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

  it('keeps a body named after "in" when the page names it elsewhere', () => {
    const shell = extract(
      'Investors holding shares in Shell filed a resolution. Shell rejected it. Shell said no.',
      models,
    ).actors[0];
    expect(shell.mentions.map((m) => m.start)).toEqual([28, 54, 73]);
  });

  it("joins a body's head word before a role to the body named in full", () => {
    const commission = extract('The European Commission said no. Commission spokesman Thomas Regnier agreed.', models)
      .actors[0];
    expect(commission.aliases).toEqual(['European Commission', 'Commission']);
  });

  it('reads "Nato Secretary General" as Nato and a title, not a portfolio', () => {
    expect(actorNames('Nato Secretary General Mark Rutte said allies must do more.')).toEqual(['Nato', 'Mark Rutte']);
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
    for (const a of extract(text, models).actors)
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('knows people news names by surname alone, first in a sentence, as the full name’s actor', () => {
    const r = extract('Putin demanded that Ukraine withdraw its troops. Trump wants Japan to buy more cars.', models);
    expect(r.actors.map((a) => [a.name, a.key, a.kind])).toEqual([
      ['Vladimir Putin', 'person:vladimir-putin', 'person'],
      ['Ukraine', 'country:UKR', 'country'],
      ['Donald Trump', 'person:donald-trump', 'person'],
      ['Japan', 'country:JPN', 'country'],
    ]);
    // another of the same surname keeps their own name; the word in lower case is no one
    expect(actorNames('Melania Trump called for calm. He played his trump card.')).toEqual(['Melania Trump']);
    // a known person's surname alone, later, is still them
    const carney = extract('Mark Carney called an election. Carney said the vote would be held in April.', models);
    expect(carney.actors.map((a) => [a.name, a.mentions.length])).toEqual([['Mark Carney', 2]]);
  });

  it('knows bodies the recogniser misses alone at a sentence’s start, and one named after its kind', () => {
    expect(actorNames('Ofgem has ordered British Gas to pay £5m in compensation.')).toEqual(['Ofgem', 'British Gas']);
    expect(actorNames('Ryanair warned the government to cut air passenger duty.')).toEqual(['Ryanair']);
    // (an unknown name after "regulator", whatever the recogniser made of it)
    expect(actorNames('The energy regulator Zentrix has ordered British Gas to pay £5m.')).toEqual([
      'Zentrix',
      'British Gas',
    ]);
  });
});
