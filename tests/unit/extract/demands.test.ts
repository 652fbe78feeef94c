import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import { demandLines, describe as linesOf } from './helpers';

describe('demands', () => {
  it('splits a coordinated list of verb phrases but keeps a coordinated object whole', () => {
    expect(
      demandLines(
        'Vladimir Putin has demanded that Ukraine recognise Russia’s annexation of four regions and the Crimean peninsula, withdraw its troops from those areas and pledge to never join Nato.',
      ),
    ).toEqual([
      'Vladimir Putin → Ukraine: recognise Russia’s annexation of four regions and the Crimean peninsula',
      'Vladimir Putin → Ukraine: withdraw its troops from those areas',
      'Vladimir Putin → Ukraine: pledge to never join Nato',
    ]);
  });

  it('splits a list of demanded things and finds who they are about', () => {
    expect(
      demandLines(
        'Russia is pushing for caps on Ukraine’s military, protections for Russian speakers in the country and fresh elections in Kyiv.',
      ),
    ).toEqual([
      'Russia → Ukraine: caps on Ukraine’s military',
      'Russia → Ukraine: protections for Russian speakers in the country',
      'Russia → Ukraine: fresh elections in Kyiv',
    ]);
  });

  it('resolves a pronoun subject to the actor of the previous sentence', () => {
    expect(demandLines('Unite said members would strike. It has demanded a 12% pay rise for all drivers.')).toEqual([
      'Unite → ∅: a 12% pay rise for all drivers',
    ]);
  });

  it('gives reported "needed to" to the speaker, with the subject as target', () => {
    expect(
      demandLines(
        'Donald Trump met reporters. Trump then said Moscow needed to agree to a pause, warning of sanctions.',
      ),
    ).toEqual(['Donald Trump → Russia: agree to a pause']);
  });

  it('takes the object of "urged … to" as the target and stops at the quote attribution', () => {
    expect(
      demandLines(
        'Health Secretary Wes Streeting urged the British Medical Association to “call off the strike”, he said.',
      ),
    ).toEqual(['Wes Streeting → British Medical Association: call off the strike']);
  });

  it('attributes an unattributed quote paragraph to the previous speaker', () => {
    expect(
      demandLines('“We have waited long enough,” Labour leader Keir Starmer said.\n“We need a general election now.”'),
    ).toEqual(['Keir Starmer → ∅: a general election now']);
  });

  it('reads an ultimatum as a demand on the one given the deadline', () => {
    const lines = demandLines('The union Unite said it was giving Ryanair two weeks to reinstate the sacked pilots.');
    expect(lines).toEqual(['Unite → Ryanair: reinstate the sacked pilots']);
  });

  it('does not take rejections or other senses of cue words as demands', () => {
    const text = [
      'Iran does not want a temporary truce, Tehran said.',
      'Arsenal threatened a big upset in a must-win game against Chelsea.',
      'The demands of the job are high, Mikel Arteta said.',
      'Germany rejected calls for a windfall tax.',
    ].join('\n');
    expect(extract(text).demands).toEqual([]);
  });

  it('keeps a quotation that closes inside the demand, and does not read a noun as the verb', () => {
    expect(
      demandLines(
        'France has insisted that the deal include binding "mirror clauses" so that imported beef meets EU standards.',
      ),
    ).toEqual(['France → ∅: include binding "mirror clauses"']);
    expect(demandLines('Germany demanded "an immediate ceasefire".')).toEqual(['Germany → ∅: an immediate ceasefire']);
  });

  it('ends a demand where another subject and verb begin, not at an adjective in -ed', () => {
    expect(
      demandLines(
        'The European Union has urged Serbia to respect the right to protest, and Amnesty International called on the authorities to investigate.',
      ),
    ).toEqual(['European Union → Serbia: respect the right to protest', 'Amnesty International → ∅: investigate']);
    expect(
      demandLines('António Guterres called for an immediate ceasefire and unhindered humanitarian access to Gaza.'),
    ).toEqual([
      'António Guterres → ∅: an immediate ceasefire',
      'António Guterres → ∅: unhindered humanitarian access to Gaza',
    ]);
  });

  it('reads gerunds after "insisted on" and objects after "lobbied" as demands', () => {
    expect(
      demandLines(
        'Benjamin Netanyahu insisted on keeping troops in the corridor. The US Chamber of Commerce lobbied the White House to exempt auto parts.',
      ),
    ).toEqual([
      'Benjamin Netanyahu → ∅: keeping troops in the corridor',
      'US Chamber of Commerce → United States: exempt auto parts',
    ]);
  });

  it('finds the speaker before an apposition and the person after a title', () => {
    expect(
      demandLines(
        'Friedrich Merz, leader of the opposition Christian Democrats, said the protesters must be prosecuted. Acting US Labor Secretary Julie Su met both sides and urged them to reach a deal.',
      ),
    ).toEqual(['Friedrich Merz → ∅: be prosecuted', 'Julie Su → ∅: reach a deal']);
  });

  it('reads the subject of a quoted modal and skips a cue word used in another sense', () => {
    expect(
      demandLines(
        'Jon Holden said Boeing "needs to come back with a better offer". The operator FBB said it would press charges and wants the activists to pay for the damage.',
      ),
    ).toEqual(['Jon Holden → Boeing: come back with a better offer', 'FBB → ∅: pay for the damage']);
  });

  it('splits a list of demanded things of three words each, and ignores a place before the subject', () => {
    expect(
      demandLines(
        'The union Boerenbond said its members want guaranteed minimum prices and less red tape. Farmers drove into central Brussels, demanding that the EU scrap the deal.',
      ),
    ).toEqual(['Boerenbond → ∅: guaranteed minimum prices', 'Boerenbond → ∅: less red tape']);
  });

  it('ends a demand at a participle or a relative clause, but not at "described as"', () => {
    expect(
      demandLines(
        'Republicans demanded deep cuts to spending, setting up a clash with Democrats. India asked Pakistan to hand over those responsible for the attack, in which 26 people died. The RMT said no. Mark Harper called on the RMT to accept what he described as a fair deal.',
      ),
    ).toEqual([
      'Republican Party → ∅: deep cuts to spending',
      'India → Pakistan: hand over those responsible for the attack',
      'Mark Harper → RMT: accept what he described as a fair deal',
    ]);
  });

  it('does not read "to" before a thing as what someone must do', () => {
    expect(demandLines('The RMT demanded amendments to the bill.')).toEqual(['RMT → ∅: amendments to the bill']);
  });

  it('gives a quoted demand of a people to the one quoting them', () => {
    expect(
      demandLines('"The American people want us to stop the reckless spending," Mike Johnson told reporters.'),
    ).toEqual(['Mike Johnson → ∅: stop the reckless spending']);
  });

  it('keeps the subject across "and", and never reads an object pronoun as the one speaking', () => {
    expect(demandLines('The European Commission fined Apple and told it to remove restrictions on payments.')).toEqual([
      'European Commission → Apple: remove restrictions on payments',
    ]);
  });

  it('does not give a state the demands of people from it', () => {
    expect(demandLines('Kenya protesters demand the president’s resignation. Kenya said no.')).toEqual([]);
  });

  it('reads listed demands, conditions and "Without …, no choice but"', () => {
    expect(
      demandLines(
        [
          'Aslef announced a ban. The union’s demands include a 7% pay rise and a guarantee that no drivers will be made redundant.',
          '“Without a serious offer on the table, we will have no choice but to escalate,” Mick Whelan said.',
          'China said it would hold talks with the United States only if Washington first removed the tariffs.',
          'Hamas said it would free the hostages only in exchange for a permanent ceasefire and a full Israeli withdrawal from Gaza. Israel said no.',
        ].join('\n'),
      ),
    ).toEqual([
      'Aslef → ∅: a 7% pay rise',
      'Aslef → ∅: a guarantee that no drivers will be made redundant',
      'Mick Whelan → ∅: a serious offer on the table',
      'China → United States: first removed the tariffs',
      'Hamas → Israel: a permanent ceasefire',
      'Hamas → Israel: a full Israeli withdrawal from Gaza',
    ]);
  });

  it('gives a verb joined to a reported clause to the reporter, and no target when unnamed people are told', () => {
    expect(
      demandLines(
        'Yair Lapid said Benjamin Netanyahu should resign, and urged coalition partners to quit. The European Union urged both countries to settle their dispute through the World Trade Organization.',
      ),
    ).toEqual([
      'Yair Lapid → ∅: quit',
      'European Union → ∅: settle their dispute through the World Trade Organization',
    ]);
  });

  it('does not give a state the demands of its people rallying', () => {
    expect(
      demandLines('Thousands of Israelis rallied, calling on Benjamin Netanyahu to agree to a deal. Israel said no.'),
    ).toEqual([]);
  });

  it('ends a quoted demand at its closing quote and keeps "not" after "must"', () => {
    expect(
      demandLines(
        '"Shareholders must not allow a raid to derail the transition," said its director, Jeanne Martin. "We are asking for justice," said Mia Mottley.',
      ),
    ).toEqual(['Jeanne Martin → ∅: not allow a raid to derail the transition', 'Mia Mottley → ∅: justice']);
  });

  it('takes the named person of an apposition as the subject, and a list after an infinitive as one demand', () => {
    expect(
      demandLines(
        'Fifa rejected the criticism. Its president, Gianni Infantino, urged the unions to work together. The Alliance of Small Island States reiterated its demand for a fund to cover loss and damage from rising seas.',
      ),
    ).toEqual([
      'Gianni Infantino → ∅: work together',
      'Alliance of Small Island States → ∅: a fund to cover loss and damage from rising seas',
    ]);
  });

  it('reaches the verb past a coordinated subject after "that"', () => {
    expect(
      demandLines('The European Union insisted that China and the Gulf states should also pay into the fund.'),
    ).toEqual(['European Union → China: pay into the fund']);
  });

  it('reads "calls from X to …" as X\'s demand, and a country after "prime minister of" as an actor', () => {
    const r = extract(
      'Washington kept its pledges, despite calls from Republicans in Congress to withdraw from the Paris Agreement. Mia Mottley, the prime minister of Barbados, spoke.',
    );
    expect(linesOf(r)).toEqual(['Republican Party → ∅: withdraw from the Paris Agreement']);
    expect(r.actors.map((a) => a.name)).toContain('Barbados');
  });

  it('reads "should" only when reported of someone named, and not a passive "needed to"', () => {
    expect(
      demandLines(
        [
          'The industry association said the Commission should scrap the draft code. Google agreed.',
          'Analysts at Goldman Sachs said prices should fall.',
          'The New York State Nurses Association is demanding ratios, which it says are needed to keep patients safe.',
        ].join('\n'),
      ),
    ).toEqual(['New York State Nurses Association → ∅: ratios']);
    expect(
      demandLines(
        'Iran’s spokesman Esmaeil Baghaei rejected the report as "biased" and said Western powers must lift sanctions.',
      ),
    ).toEqual(['Esmaeil Baghaei → ∅: lift sanctions']);
  });

  it('stops at an apposition about the demand and reads "urged lawmakers to" with any verb', () => {
    expect(
      demandLines(
        'Governor Kathy Hochul called on both sides to agree to binding arbitration, a proposal the union rejected. Digital rights group European Digital Rights urged lawmakers to withstand the pressure.',
      ),
    ).toEqual([
      'Kathy Hochul → ∅: agree to binding arbitration',
      'European Digital Rights → ∅: withstand the pressure',
    ]);
  });

  it('finds the speaker before a relative clause that holds commas', () => {
    expect(
      demandLines(
        'The Computer & Communications Industry Association, whose members include Google, Meta and Amazon, said the Commission should scrap the code. The European Commission said no.',
      ),
    ).toEqual(['Computer & Communications Industry Association → European Commission: scrap the code']);
  });

  it('skips a cue in -ing that describes a noun, a conditional "would have to", and reads one meaning per cue', () => {
    expect(
      demandLines(
        [
          'Keir Starmer faces pressure, with 50 Labour backbenchers signing a letter urging a U-turn.',
          'The World Food Programme said it would have to cut rations.',
          'The United States urged other donors, including Gulf states, to follow suit.',
          'The Teamsters union called on Amazon to recognise workers as union members and begin talks immediately.',
        ].join('\n'),
      ),
    ).toEqual([
      'United States → ∅: follow suit',
      'Teamsters → Amazon: recognise workers as union members',
      'Teamsters → Amazon: begin talks immediately',
    ]);
  });

  it('reads "until" after a refusal, "wants to see", and demands set out without a possessor', () => {
    expect(
      demandLines(
        [
          'Ukraine will not return to talks until Russia withdraws its troops.',
          'Ukraine said the talks would continue until Friday.',
          'Emmanuel Macron said he wants to see an end to the fighting.',
          'Oxfam set out demands including debt relief for poor countries.',
          'Brando Benifei said the industry’s demands were unacceptable.',
        ].join('\n'),
      ),
    ).toEqual([
      'Ukraine → Russia: withdraws its troops',
      'Emmanuel Macron → ∅: an end to the fighting',
      'Oxfam → ∅: debt relief for poor countries',
    ]);
  });

  it('keeps "not" after the object, names who must act past a relative clause, and reads finite verbs in conditions', () => {
    expect(
      demandLines(
        [
          'Khawaja Asif warned the Taliban not to test Pakistan’s patience.',
          'Steve Reed said he wanted water bosses who failed to clean up rivers to face jail.',
          'Patricio Tapia said workers would not return until BHP shares its record profits with the people who produce them.',
        ].join('\n'),
      ),
    ).toEqual([
      'Khawaja Asif → Taliban: not to test Pakistan’s patience',
      'Steve Reed → ∅: water bosses who failed to clean up rivers to face jail',
      'Patricio Tapia → BHP: shares its record profits with the people who produce them',
    ]);
  });

  it('finds who speaks through a spokesman, and the subject again after "and said"', () => {
    expect(
      demandLines(
        [
          'Keir Starmer’s spokesman said Thames Water must get its house in order.',
          'The Taliban’s chief spokesman, Zabihullah Mujahid, denied the claims and said Pakistan should stop blaming others.',
        ].join('\n'),
      ),
    ).toEqual([
      'Keir Starmer → Thames Water: get its house in order',
      'Zabihullah Mujahid → Pakistan: stop blaming others',
    ]);
  });

  it('reads a passive "was told by X to" as X\'s demand of the subject, and not a description named nowhere before', () => {
    expect(
      demandLines(
        'Google was told by Judge Amit Mehta to sell Chrome. Thames Water has been told by the industry regulator to scrap bonuses.',
      ),
    ).toEqual(['Amit Mehta → Google: sell Chrome']);
  });

  it("reads an institution told to act, and does not give a state its opposition's demands", () => {
    expect(
      demandLines(
        'Venezuela opposition demands release of prisoners. Venezuela said no. Frans Timmermans called on the cabinet to draw up a binding timetable.',
      ),
    ).toEqual(['Frans Timmermans → ∅: draw up a binding timetable']);
  });

  it('gives a body, not the leader in its apposition, and skips what should have been done', () => {
    expect(
      demandLines(
        'The Economic Freedom Fighters, led by Julius Malema, want the law to go further. Sarah Elmaleh said the Screen Actors Guild should have pushed for a ban.',
      ),
    ).toEqual(['Economic Freedom Fighters → ∅: go further']);
  });

  it('keeps the pronoun subject across "and asked", and reads "his call for" as the speaker\'s', () => {
    expect(
      demandLines(
        'Volodymyr Zelensky spoke on Tuesday. He urged the United States to approve the sale and asked Germany to send more systems. Hungary’s prime minister, Viktor Orbán, repeated his call for an immediate ceasefire.',
      ),
    ).toEqual([
      'Volodymyr Zelensky → United States: approve the sale',
      'Volodymyr Zelensky → Germany: send more systems',
      'Viktor Orbán → ∅: an immediate ceasefire',
    ]);
  });

  it('reads speakers named with a head noun, a state\'s government, and "the regulator" as a regulating body', () => {
    expect(
      demandLines(
        [
          'Emmanuel Macron spoke. The CGT and CFDT unions said the CFDT must withdraw nothing. The CFDT agreed.',
          'Japan’s Fair Trade Commission ordered Apple to allow rival app stores, under a new law. The regulator said the companies must not favour their own apps, and must let developers advertise.',
          'The Japanese government said it wanted the market to be fair. Japan agreed.',
        ].join('\n'),
      ),
    ).toEqual([
      'CFDT → ∅: withdraw nothing',
      'Fair Trade Commission → Apple: allow rival app stores',
      'Fair Trade Commission → ∅: not favour their own apps',
      'Fair Trade Commission → ∅: let developers advertise',
      'Japan → ∅: be fair',
    ]);
  });

  it('reads a statement issued by the subject, a relative clause\'s subject, and ends at "and <Name> <verb>"', () => {
    expect(
      demandLines(
        [
          'The leaders of Britain, France and Germany issued a joint statement calling on both sides to exercise restraint.',
          'Tesla said so. The vote came after a campaign in which Tesla urged investors to back the package and Musk warned of the risks.',
        ].join('\n'),
      ),
    ).toEqual(['United Kingdom → ∅: exercise restraint', 'Tesla → ∅: back the package']);
  });

  it('keeps a negated verb phrase whole, a second demand after ", and", and no owner-less "the demand was"', () => {
    expect(
      demandLines(
        [
          'The Commission said Meta must not make access to Facebook and Instagram conditional on consent.',
          'The CGT called a strike. The CGT is demanding that the government reverse cuts to pensions, and scrap a reform that it says would weaken rights.',
          'The Planters’ Association said the demand was unaffordable.',
        ].join('\n'),
      ),
    ).toEqual([
      'Commission → Meta: not make access to Facebook and Instagram conditional on consent',
      'CGT → ∅: reverse cuts to pensions',
      'CGT → ∅: scrap a reform that it says would weaken rights',
    ]);
  });

  it('stops at "and threatened", skips cues inside a condition, and keeps "the company" off a union', () => {
    expect(
      demandLines(
        [
          'Volkswagen said so. IG Metall had demanded guarantees that no plant would close and threatened strikes if management insisted on layoffs.',
          'Oliver Blume said the company needed to cut costs.',
          'Jimmy Chérizier, of the Viv Ansanm gang coalition, spoke. The Viv Ansanm gang coalition demanded that the council step down.',
        ].join('\n'),
      ),
    ).toEqual([
      'IG Metall → ∅: guarantees that no plant would close',
      'Oliver Blume → Volkswagen: cut costs',
      'Viv Ansanm → ∅: step down',
    ]);
  });

  it('gives every demand an exact substring inside its sentence', () => {
    const text =
      'The European Commission said Apple must allow rival app stores and remove its fees. Apple seeks a delay.';
    const r = extract(text);
    expect(r.demands.length).toBeGreaterThan(0);
    for (const d of r.demands) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(d.sentence.start);
      expect(d.end).toBeLessThanOrEqual(d.sentence.end);
    }
  });
});
