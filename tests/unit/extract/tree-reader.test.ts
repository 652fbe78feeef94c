// @vitest-environment node
// The reader on the language core's trees (extract with models), one construction per test, on
// sentences of our own: who demands, of whom, and what.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import { describe as linesOf, models } from './helpers';

const read = (text: string) => linesOf(extract(text, models));

describe('the tree reader: verbs with a clause or an infinitive', () => {
  it('reads "demanded that X …" with the clause subject as target', () => {
    expect(read('The RMT union has demanded that Network Rail make a new offer.')).toEqual([
      'RMT → Network Rail: make a new offer',
    ]);
  });

  it('ends the demanded clause at its own comma, before the reporting "…, X said"', () => {
    const lines = read(
      'Russian President Vladimir Putin has demanded that Moldova withdraw its police from two border towns before any new talks can begin, the Kremlin said on Thursday.',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Vladimir Putin → Moldova: withdraw its police from two border towns( before|$)/);
    expect(lines[0]).not.toMatch(/said|Kremlin|Thursday/);
  });

  it('reads "urged X to A and to B" as two demands, however the tree hangs the infinitive', () => {
    const lines = read(
      'Maria Lopez, the general secretary of the NEU, urged ministers to “stop treating teachers as an afterthought” and to return to talks this week.',
    );
    expect(lines).toEqual([
      expect.stringMatching(/^Maria Lopez → .*: stop treating teachers as an afterthought$/),
      expect.stringMatching(/^Maria Lopez → .*: return to talks this week$/),
    ]);
  });

  it('reads "insisted that X …"', () => {
    expect(read('Japan insisted that China lift the ban on seafood imports.')).toEqual([
      'Japan → China: lift the ban on seafood imports',
    ]);
  });

  it('reads "urged X to …"', () => {
    expect(read('The European Union urged Serbia to respect the right to peaceful protest.')).toEqual([
      'European Union → Serbia: respect the right to peaceful protest',
    ]);
  });

  it('reads "called on X to …"', () => {
    expect(read('Amnesty International called on Kenya to release the detained students.')).toEqual([
      'Amnesty International → Kenya: release the detained students',
    ]);
  });

  it('reads "asked X to …" and "told X to …"', () => {
    expect(read('Germany asked France to delay the vote.')).toEqual(['Germany → France: delay the vote']);
    expect(read('Britain told Iran to free the detained sailors.')).toEqual([
      'United Kingdom → Iran: free the detained sailors',
    ]);
  });

  it('reads "told X to …" in a quote whose infinitive the parser calls a clausal complement', () => {
    expect(read('“I told the clinic to call the agency,” Maria Lopez said.')).toEqual([
      'Maria Lopez → ∅: call the agency',
    ]);
  });

  it('reads "wants X to …" with seats standing for their governments', () => {
    expect(read('Berlin wants Brussels to drop the tariffs.')).toEqual(['Germany → European Union: drop the tariffs']);
  });
});

describe('the tree reader: verbs with the demanded thing as object', () => {
  it('reads demanded, seeking, called for, pushed for and insisted on', () => {
    expect(read('Germany has demanded a 12% cut in emissions.')).toEqual(['Germany → ∅: a 12% cut in emissions']);
    expect(read('Greenpeace is seeking a ban on deep-sea mining.')).toEqual([
      'Greenpeace → ∅: a ban on deep-sea mining',
    ]);
    expect(read('Oxfam called for an immediate ceasefire.')).toEqual(['Oxfam → ∅: an immediate ceasefire']);
    expect(read('Poland pushed for a cap on grain imports.')).toEqual(['Poland → ∅: a cap on grain imports']);
    expect(read('Mexico insisted on a review of the quota.')).toEqual(['Mexico → ∅: a review of the quota']);
  });

  it('reads through an adverb ("still wants")', () => {
    expect(read('Poland still wants a cap on grain imports.')).toEqual(['Poland → ∅: a cap on grain imports']);
  });
});

describe('the tree reader: nouns', () => {
  it('reads "X’s demand for …" up to the verb it hangs on', () => {
    expect(read('Oxfam’s demand for a windfall tax was rejected.')).toEqual(['Oxfam → ∅: a windfall tax']);
  });

  it('reads "called for X to …" with X as target', () => {
    expect(read('Oxfam called for Israel to open the crossings.')).toEqual(['Oxfam → Israel: open the crossings']);
  });

  it('reads "calls from X for …"', () => {
    expect(read('There were calls from Labour for an inquiry into the contract.')).toEqual([
      'Labour Party → ∅: an inquiry into the contract',
    ]);
  });

  it('splits "X’s demands include A, B and C" into one demand each', () => {
    expect(
      read('The Labour Party’s demands include a shorter working week, higher overtime pay and a pension guarantee.'),
    ).toEqual([
      'Labour Party → ∅: a shorter working week',
      'Labour Party → ∅: higher overtime pay',
      'Labour Party → ∅: a pension guarantee',
    ]);
  });
});

describe('the tree reader: modals, quotes and threats', () => {
  it('gives "X said Y must …" to the speaker with Y as target', () => {
    expect(read('Amnesty International said Egypt must release the prisoners.')).toEqual([
      'Amnesty International → Egypt: release the prisoners',
    ]);
  });

  it('gives a quoted "should" to the speaker named after the quote', () => {
    expect(read('“Israel should open the crossings,” said Antonio Guterres.')).toEqual([
      'António Guterres → Israel: open the crossings',
    ]);
  });

  it('reads a threat with "unless" as a demand of the condition', () => {
    expect(read('China threatened to retaliate unless Japan drops the new export controls.')).toEqual([
      'China → Japan: drops the new export controls',
    ]);
  });
});

describe('the tree reader: who demands', () => {
  it('reads a passive with the agent as demander and the subject as target', () => {
    expect(read('Microsoft was urged by the European Commission to unbundle its software.')).toEqual([
      'European Commission → Microsoft: unbundle its software',
    ]);
  });

  it('passes over a relative clause between subject and verb', () => {
    expect(read('Elliott, which is seeking two board seats, also wants BP to cut costs.')).toContain(
      'Elliott → BP: cut costs',
    );
  });

  it('reads coordinated verbs with their own addressees', () => {
    expect(read('Emmanuel Macron urged Iran to free the prisoners and asked Russia to end the war.')).toEqual([
      'Emmanuel Macron → Iran: free the prisoners',
      'Emmanuel Macron → Russia: end the war',
    ]);
  });

  it('keeps the state an office holder speaks for beside the speaker', () => {
    const r = extract('Ukraine’s president, Volodymyr Zelensky, demanded more air defence systems.', models);
    const name = (id: string | undefined) => r.actors.find((a) => a.id === id)?.name;
    expect(r.demands.map((d) => [name(d.actor), name(d.onBehalfOf), d.text])).toEqual([
      ['Volodymyr Zelensky', 'Ukraine', 'more air defence systems'],
    ]);
  });

  it('keeps the names joined by "and" to the demander as its co-demanders', () => {
    const joint = (text: string) => {
      const r = extract(text, models);
      const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name ?? null;
      return r.demands.map((d) => [name(d.actor), (d.alsoBy ?? []).map(name), name(d.target), d.text]);
    };
    // a name inside a hyphenated modifier ("EU-wide") is no one addressed
    expect(joint('Spain and Portugal have called for an EU-wide ban on the pesticides.')).toEqual([
      ['Spain', ['Portugal'], null, 'an EU-wide ban on the pesticides'],
    ]);
    expect(joint('The Netherlands and Belgium urged Nato to send more troops to the Baltic states.')).toEqual([
      ['Netherlands', ['Belgium'], 'Nato', 'send more troops to the Baltic states'],
    ]);
  });

  it('reads "asked X for Y" when the tree hangs the "for" phrase on X', () => {
    expect(read('Kenya has repeatedly asked Western partners for more drought relief.')).toEqual([
      'Kenya → ∅: more drought relief',
    ]);
    expect(read('Moldova asked European allies for more gas supplies this winter.')).toEqual([
      'Moldova → ∅: more gas supplies this winter',
    ]);
  });

  it('resolves a pronoun subject to the subject of the sentence before', () => {
    expect(read('Greenpeace said the talks had stalled. It has demanded a ban on new oil licences.')).toEqual([
      'Greenpeace → ∅: a ban on new oil licences',
    ]);
  });

  it('splits coordinated verb phrases, each demanded of the same party', () => {
    expect(
      read(
        'Russia has demanded that Ukraine recognise the annexation, withdraw its troops and pledge to stay neutral.',
      ),
    ).toEqual([
      'Russia → Ukraine: recognise the annexation',
      'Russia → Ukraine: withdraw its troops',
      'Russia → Ukraine: pledge to stay neutral',
    ]);
  });
});

describe('the tree reader: what is not a demand', () => {
  it('leaves out rejections, facts, own pledges, predictions and sport', () => {
    for (const text of [
      'Russia does not want a temporary ceasefire.',
      'Apple reported record profits on Thursday.',
      'Labour said it will cut taxes for working families.',
      'Analysts expect the Bank of England to cut rates.',
      'Manchester United beat Chelsea 2-1 on Saturday.',
      'Toyota said growing demand for hybrid cars lifted its profits.',
    ])
      expect(read(text), text).toEqual([]);
  });
});

describe('the tree reader: actors', () => {
  it('keeps every recognised person and organization with its exact span, titles left out', () => {
    const text = 'Transport Secretary Louise Haigh met the RMT and Network Rail. Haigh said talks would go on.';
    const r = extract(text, models);
    expect(r.actors.map((a) => [a.name, a.kind, a.mentions.map((m) => m.text)])).toEqual([
      ['Louise Haigh', 'person', ['Louise Haigh', 'Haigh']],
      ['RMT', 'organization', ['RMT']],
      ['Network Rail', 'organization', ['Network Rail']],
    ]);
  });

  it('gives countries, seats and known bodies their stable keys; a seat only named as a venue is none', () => {
    const r = extract('Moscow rejected the offer. Russia and Nato met in Brussels.', models);
    expect(r.actors.map((a) => a.key)).toEqual(['country:RUS', 'org:nato']);
    expect(r.actors[0].mentions.map((m) => m.text)).toEqual(['Moscow', 'Russia']);
  });
});

describe('the tree reader: the parser’s usual slips', () => {
  it('splits two things demanded when the second hangs on a quantity ("of 12 per cent and …")', () => {
    expect(
      read(
        'The Royal College of Nursing is pushing for a pay rise of 12 per cent and safe staffing levels on every ward.',
      ),
    ).toEqual([
      'Royal College of Nursing → ∅: a pay rise of 12 per cent',
      'Royal College of Nursing → ∅: safe staffing levels on every ward',
    ]);
  });

  it('splits a second object hung on the verb, and keeps "now" with what is demanded', () => {
    expect(
      read(
        'The Green Party leader Carla Denby said: “We need a general election now and the government out of office.”',
      ),
    ).toEqual([
      expect.stringMatching(/^Carla Denby → ∅: a general election now$/),
      expect.stringMatching(/^Carla Denby → .*: the government out of office$/),
    ]);
  });

  it('joins a person’s name the recogniser broke at "von der"', () => {
    expect(read('European Commission president Ursula von der Leyen urged China to act.')).toEqual([
      'Ursula von der Leyen → China: act',
    ]);
  });
});

describe('the tree reader: who is named', () => {
  it('leaves the clause’s acting subject out of the demanded text even when it names no actor', () => {
    expect(read('France insisted that the deal include binding safeguards for farmers.')).toEqual([
      'France → ∅: include binding safeguards for farmers',
    ]);
  });

  it('gives "the authorities" the story’s country, like "the government", and no target for a place a demand is about', () => {
    expect(
      read(
        'The European Union has urged Serbia to respect the right to protest. Amnesty International called on the authorities to investigate. The Royal College of Nursing demanded a pay rise for nurses in Wales.',
      ),
    ).toEqual([
      'European Union → Serbia: respect the right to protest',
      'Amnesty International → Serbia: investigate',
      'Royal College of Nursing → ∅: a pay rise for nurses in Wales',
    ]);
  });

  it('gives a state the demands of those who speak for it, not of its protesters or its opposition', () => {
    expect(
      read(
        'Kenyan protesters demanded the resignation of the finance minister. Britain’s opposition leaders are calling for an election. Russia sent a delegation. Russian negotiators demanded a ceasefire.',
      ),
    ).toEqual(['Russia → ∅: a ceasefire']);
  });
});

describe('the tree reader: cue words that demand nothing here', () => {
  it('reads "told X" only with an infinitive, not "told X: …"', () => {
    expect(
      read(
        'Tony Reeve told members and staff: “I know from everyone here, in the union and the branches, nothing is going to stop us.” Reeve told the operators to return to talks.',
      ),
    ).toEqual(['Tony Reeve → ∅: return to talks']);
  });

  it('leaves out a cue the subject refuses ("refused to back that change")', () => {
    expect(read('Home Secretary Ian Marsh refused to back that change.')).toEqual([]);
  });

  it('leaves out a passive participle with no one named who demands ("seen her challenged to …")', () => {
    expect(
      read('The Blue Notes star Ann Vale has struggled in contests which have seen her challenged to eat live worms.'),
    ).toEqual([]);
  });

  it('reads "they" after unnamed people as them, not as the body named before', () => {
    expect(
      read(
        'Electoral Commission chairman Sam Younger said: “Our research shows that people want to be informed and that they want politicians to be more visible.”',
      ),
    ).toEqual([]);
  });
});

describe('the tree reader: more ways of asking', () => {
  it('reads "seek X to prevent …" as seeking X, the infinitive its purpose', () => {
    expect(read('Northline Foods will also seek further legal remedies to prevent the sale of its plant.')).toEqual([
      'Northline Foods → ∅: further legal remedies to prevent the sale of its plant',
    ]);
  });

  it('reads "there should be X", said by someone named, as a demand for X', () => {
    expect(
      read('“There should be a full inquiry into the closures,” Dara Quinn of the Patients Association said.'),
    ).toEqual([expect.stringMatching(/^Dara Quinn → ∅: a full inquiry into the closures$/)]);
  });

  it('reads "X feels that Y should …" as X’s demand', () => {
    // an unnamed subject may stay in the text ("the referee should be …"): the gold reads either way
    expect(read('But coach Tom Ellery feels that the referee should be more careful.')).toEqual([
      expect.stringMatching(/^Tom Ellery → ∅: (?:the referee should )?be more careful$/),
    ]);
  });
});

describe('the tree reader: not asked of anyone', () => {
  it('leaves out a cue in a relative clause ("the answer you want is …")', () => {
    expect(read('“Whoever gives you the answer you want is going to win,” said Nadia Frost of Search Labs.')).toEqual(
      [],
    );
  });

  it('leaves out one’s own aim even when a quote mark sits before the infinitive', () => {
    expect(read('Ken Doyle said he wanted “to go back to a time when the police walked the streets”.')).toEqual([]);
  });

  it('leaves out a cue inside a negated clause ("not going to suggest people support X")', () => {
    expect(read('Bishop Paul Hart said: “We are not going to suggest people support one particular party.”')).toEqual(
      [],
    );
  });

  it('does not read "encouraged X to" as a demand', () => {
    expect(read('The Finance Ministry of Georgia is encouraging companies to pay their taxes.')).toEqual([]);
  });
});

describe('the tree reader: pronouns in reported clauses', () => {
  it('gives "X said it wants …" to the reporter, and to no one when the reporter is unnamed', () => {
    expect(
      read(
        'Poland said it wants Belarus to reopen the border. The administration has said it wants Serbia to hold fresh elections.',
      ),
    ).toEqual(['Poland → Belarus: reopen the border']);
    // ("the Biden administration" is Joe Biden, acting through his government)
    expect(read('The Biden administration has said it wants Serbia to hold fresh elections.')).toEqual([
      'Joe Biden → Serbia: hold fresh elections',
    ]);
  });

  it('reads "nobody needs …" as no demand', () => {
    expect(
      read('Yuri Ushakov met the United States envoy. “Nobody needs steps that only imitate peace,” Ushakov said.'),
    ).toEqual([]);
  });
});

describe('the tree reader: ultimatums', () => {
  it('reads "giving X two weeks to …" as a demand of X, and "gave X permission to" as none', () => {
    expect(
      read(
        'The Fire Brigades Union said it was giving Ofcom two weeks to withdraw the plan. Ofcom gave the union permission to speak.',
      ),
    ).toEqual([expect.stringMatching(/^Fire Brigades Union → Ofcom: withdraw the plan$/)]);
  });

  it('reads "gave X until Friday to …" as a demand of X', () => {
    expect(read('The GMB has given Asda until Friday to improve its pay offer.')).toEqual([
      'GMB → Asda: improve its pay offer',
    ]);
    expect(
      read('The European Commission gave Poland until the end of the month to reverse the court reforms.'),
    ).toEqual(['European Commission → Poland: reverse the court reforms']);
  });
});

describe('the tree reader: the government', () => {
  it('reads "the government" as the country the page names most, not the last one named', () => {
    const text = [
      'Portugal’s parliament met on Monday. Portugal has the highest energy prices in the region.',
      'Unions in Portugal held rallies. Farmers marched through the capital.',
      'Shops closed early. Trains ran late. Schools shut. Hospitals cancelled operations.',
      'Buses stopped. Ports closed. Markets fell. Spain sent observers.',
      'The farmers’ leader, Rui Costa, demanded that the government scrap the fuel tax.',
    ].join(' ');
    expect(read(text)).toEqual(['Rui Costa → Portugal: scrap the fuel tax']);
  });
});

describe('the tree reader: names', () => {
  it('keeps a state’s name that begins a person’s name ("Georgia Brown") as part of it', () => {
    const r = extract('Finance minister Georgia Brown said Brown would resign.', models);
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([['Georgia Brown', 'person']]);
  });
});

describe('the tree reader: conditions', () => {
  it('reads "Without X, we have no choice but to …" as a demand for X, and "no choice but" alone as none', () => {
    expect(
      read(
        '“Without a fair offer on pay, we have no option but to walk out,” said Ana Ruiz of the GMB union. Northline Foods said it had no choice but to close the plant.',
      ),
    ).toEqual([expect.stringMatching(/^Ana Ruiz → ∅: a fair offer on pay$/)]);
  });
});

describe('the tree reader: who says a modal clause', () => {
  it('gives a modal clause to its own reporter, and to no one when that reporter is unnamed', () => {
    expect(
      read(
        'Official guidance said files should only be deleted after a year, Dana Whitfield said. Whitfield said the ministry must publish the guidance.',
      ),
    ).toEqual([expect.stringMatching(/^Dana Whitfield → .*: publish the guidance$/)]);
  });
});

describe('the tree reader: passive infinitives', () => {
  it('keeps what is to be done to in the demand ("ordered all contracts to be reviewed")', () => {
    expect(read('President Ana Duarte has ordered all mining contracts with foreign firms to be reviewed.')).toEqual([
      'Ana Duarte → ∅: all mining contracts with foreign firms to be reviewed',
    ]);
  });
});

describe('the tree reader: descriptions', () => {
  it('reads no demand in a modal relative clause ("resources which must serve the nation")', () => {
    expect(
      read(
        '“We are defending our national resources, which must serve the development of the nation,” Victor Alves said.',
      ),
    ).toEqual([]);
  });
});

describe('the tree reader: what a name is', () => {
  it('reads a name after a body noun as that body ("the players’ union Fifpro"), and "it" as it', () => {
    const r = extract(
      'The global players’ union Fifpro has threatened to take Fifa to court unless the governing body changes its calendar. Fifpro said it wanted a mandatory rest period.',
      models,
    );
    expect(r.actors.find((a) => a.name === 'Fifpro')?.kind).toBe('organization');
    expect(linesOf(r)).toContain('Fifpro → ∅: a mandatory rest period');
  });
});

describe('the tree reader: wire copy', () => {
  it('reads a dateline’s place as where the story was filed, not as the one demanding', () => {
    const r = extract('LISBON (Reuters) - Portuguese farmers’ union CNA on Monday demanded lower fuel taxes.', models);
    expect(r.actors.map((a) => a.name)).not.toContain('LISBON');
    expect(linesOf(r)).toEqual(['CNA → ∅: lower fuel taxes']);
  });
});

describe('the tree reader: where the demanded text ends', () => {
  it('ends before a clause of time ("as talks began") and before an apposition about the demand', () => {
    expect(
      read(
        'Iran demanded sanctions relief as talks began in Oman. Iran wants the United States to stay in the agreement, a demand that officials in Washington have called impossible.',
      ),
    ).toEqual(['Iran → United States: sanctions relief', 'Iran → United States: stay in the agreement']);
  });
});

describe('the tree reader: gerunds', () => {
  it('reads "insisted on keeping …" with the gerund as the demand, and keeps "called for X to be …" whole', () => {
    expect(
      read(
        'Prime Minister Dan Avital said Israel would not agree, and insisted on keeping troops in the corridor. Greenpeace called for the agreement to be abandoned altogether.',
      ),
    ).toEqual([
      expect.stringMatching(/^Dan Avital → ∅: keeping troops in the corridor$/),
      'Greenpeace → ∅: the agreement to be abandoned altogether',
    ]);
  });
});

describe('the tree reader: threats', () => {
  it('reads "will strike unless X …" and "would strike if X did not …" as demands of X, and a forecast as none', () => {
    const r = extract(
      'The RMT will strike unless Network Rail improves its offer. Russia would respond if Nato did not withdraw its troops. Prices will rise unless the Bank of England acts.',
      models,
    );
    expect(linesOf(r)).toEqual(['RMT → Network Rail: improves its offer', 'Russia → Nato: withdraw its troops']);
  });

  it('finds the condition’s subject when its name begins with a word like "Department"', () => {
    expect(
      read(
        'The Royal College of Nursing said it would ballot its members if the Department of Health did not improve its offer.',
      ),
    ).toEqual(['Royal College of Nursing → Department of Health: improve its offer']);
  });
});

describe('the tree reader: trade unions', () => {
  it('knows the unions news names by a word alone ("Unite said …"), and finds "It" as the union', () => {
    expect(read('Unite said members would strike. It has demanded a 12% pay rise for all drivers.')).toEqual([
      'Unite → ∅: a 12% pay rise for all drivers',
    ]);
  });
});

describe('the tree reader: written demands', () => {
  it('gives a participle on what was written, or on the one written to, to the writer', () => {
    expect(read('The Tenants Union issued a statement urging a rent freeze.')).toEqual([
      'Tenants Union → ∅: a rent freeze',
    ]);
    expect(read('The BMA has written to the health secretary asking him to reopen talks.')).toEqual([
      expect.stringMatching(/^British Medical Association → .*: reopen talks$/),
    ]);
  });

  it('keeps a participle on someone met as theirs: unnamed people demand nothing', () => {
    expect(read('The minister met protesters demanding the closure of the mine.')).toEqual([]);
  });
});

describe('the tree reader: subjects the parser mislabels', () => {
  it('keeps the demander when the parser takes an active subject for a passive one', () => {
    expect(read("The teachers' union NASUWT has called on ministers to scrap the new inspection regime.")).toEqual([
      'NASUWT → ∅: scrap the new inspection regime',
    ]);
  });
});

describe('the tree reader: vows with a condition', () => {
  it('reads "vowed to X unless Y" as a demand of Y', () => {
    expect(read('Viktor Orban vowed to block the aid package unless the frozen funds were released.')).toEqual([
      'Viktor Orbán → ∅: the frozen funds were released',
    ]);
  });
});

describe('the tree reader: offices of a place', () => {
  it('reads "The mayor of X, Name, wants …" as the named holder, for the place', () => {
    const r = extract('The mayor of Paris, Anne Hidalgo, wants cars banned from the city centre.', models);
    expect(linesOf(r)).toEqual(['Anne Hidalgo → ∅: cars banned from the city centre']);
    expect(r.actors.find((a) => a.id === r.demands[0].onBehalfOf)?.name).toBe('France');
  });

  it('keeps a body named before an apposition with a person in it', () => {
    expect(read('Apple, the company led by Tim Cook, wants a new trial.')).toEqual(['Apple → ∅: a new trial']);
  });
});

describe('the tree reader: pressure and calls from someone', () => {
  it('makes the one under pressure the target', () => {
    expect(read('Ravi Kumar came under pressure from the Green Party to scrap the airport plan.')).toEqual([
      'Green Party → Ravi Kumar: scrap the airport plan',
    ]);
    expect(read('Ravi Kumar is under pressure from the Green Party to scrap the airport plan.')).toEqual([
      'Green Party → Ravi Kumar: scrap the airport plan',
    ]);
  });
});

describe('the tree reader: asked of an office', () => {
  it('reads "warned X to …" with the infinitive hung under the object', () => {
    expect(read('Kristalina Georgieva warned governments to rein in spending.')).toEqual([
      'Kristalina Georgieva → ∅: rein in spending',
    ]);
  });

  it('leaves out an office that must act from what is demanded, keeps a thing that must', () => {
    expect(read('Keir Starmer said the prime minister should apologise.')).toEqual(['Keir Starmer → ∅: apologise']);
    expect(read('Keir Starmer said the scandal must stop.')).toEqual(['Keir Starmer → ∅: the scandal must stop']);
  });
});

describe('the tree reader: members of a body', () => {
  it('gives what a body’s activists or members want to the body', () => {
    expect(read('Greenpeace activists want the company to stop drilling in the Arctic.')).toEqual([
      'Greenpeace → ∅: stop drilling in the Arctic',
    ]);
    expect(read('Unite said its members would strike unless the company improved its pay offer.')).toEqual([
      'Unite → ∅: improved its pay offer',
    ]);
  });

  it('never gives a country’s activists to the country', () => {
    expect(read('Kenya held elections. Kenyan activists want the president to resign.')).toEqual([]);
  });
});

describe('the tree reader: who a quote continues', () => {
  it('gives a quote that ends with its sentence to the speaker before it, not the next one', () => {
    const text =
      'Maria Lopez said the figures were worrying. "The regulator will have to publish every complaint it receives." Another MP, John Hart, said the row was a distraction.';
    expect(read(text).filter((l) => l.includes('complaint'))).toEqual([
      'Maria Lopez → ∅: publish every complaint it receives',
    ]);
  });

  it('passes over an aside between the speaker and "said"', () => {
    const text =
      'Alan Grant - who runs the panel that audits the Department of Health - said the errors were costly. "Ministers will have to answer for this."';
    expect(read(text)).toEqual(['Alan Grant → ∅: answer for this']);
  });
});

describe('names: a party before a person', () => {
  it('reads "Lib Dem Susan Kramer" as the party and the person, the person speaking', () => {
    const r = extract('On Monday Lib Dem Susan Kramer said the minister must resign.', models);
    expect(r.actors.map((a) => a.name).sort()).toEqual(['Liberal Democrats', 'Susan Kramer']);
    expect(linesOf(r)).toEqual(['Susan Kramer → ∅: resign']);
  });
});

describe('the tree reader: an inverted speaker', () => {
  it('reads "…, said Mr X" as X speaking, not the name before the quote', () => {
    expect(
      read(
        'Mr Jones "should have cancelled the contract immediately" once he knew the firm was failing, said Mr Hart.',
      ),
    ).toEqual(['Hart → Jones: cancelled the contract immediately']);
  });
});

describe('the tree reader: a passive’s agent hung elsewhere', () => {
  it('finds "by X" on the oblique before it, for a participle after the passive', () => {
    expect(
      read(
        'A petition was handed to local council officers by the Federation of Small Firms, demanding a review by the Audit Office.',
      ),
    ).toEqual([expect.stringMatching(/^Federation of Small Firms → .*: a review by the Audit Office$/)]);
  });
});

describe('the tree reader: "there should be" after a condition', () => {
  it('reads the things that should exist, one demand each', () => {
    const text =
      'Jane Ross of the Refugee Council spoke on Monday.\n"If the camp is going to be closed then there should be proper housing and schooling for every family," she said.';
    expect(read(text)).toEqual(['Jane Ross → ∅: proper housing', 'Jane Ross → ∅: schooling for every family']);
  });
});

describe('names: offices and titles', () => {
  it('names the holder of an office of a place by the office alone', () => {
    expect(read('The Archbishop of York urged the parties to avoid exploiting fears.')).toEqual([
      'Archbishop of York → ∅: avoid exploiting fears',
    ]);
  });

  it('keeps an office beside a name as that person’s title', () => {
    const r = extract('Cardinal Sean Brady, the Archbishop of Armagh, called for calm.', models);
    expect(r.actors.map((a) => a.name)).toEqual(['Sean Brady']);
  });

  it('starts a person at a courtesy title inside a recognised span', () => {
    const r = extract('A report by the Foreign Policy Centre Mr Straw said the minister must resign.', models);
    expect(r.actors.map((a) => a.name).sort()).toEqual(['Foreign Policy Centre', 'Straw']);
  });
});

describe('the tree reader: the one called on, named in commas', () => {
  it('reads "called on the Environment Secretary, Aisha Khan, to …" with her as target', () => {
    expect(
      read(
        'River Watch called on the Environment Secretary, Aisha Khan, to put the company into special administration.',
      ),
    ).toEqual(['River Watch → Aisha Khan: put the company into special administration']);
  });

  it('keeps a day before the cue from being the one addressed ("On Monday, X will seek …")', () => {
    expect(read('On Monday, Yorvik Oil will also seek further legal remedies to stop the sale.')).toEqual([
      'Yorvik Oil → ∅: further legal remedies to stop the sale',
    ]);
  });
});

describe('the tree reader: infinitives and participles the tagger misreads', () => {
  it('splits "asked X to A and to B" whatever the lemma of B ("widen")', () => {
    expect(
      read(
        'Claire Dubois asked the Commission to make the quotas permanent and to widen them to cover coated products.',
      ),
    ).toEqual([
      'Claire Dubois → Commission: make the quotas permanent',
      'Claire Dubois → Commission: widen them to cover coated products',
    ]);
  });

  it('reads "asked neighbouring Uganda to …" with Uganda addressed, not "neighbouring" demanded', () => {
    expect(read('Ruth Wanjiru asked neighbouring Uganda to coordinate border screening.')).toEqual([
      'Ruth Wanjiru → Uganda: coordinate border screening',
    ]);
  });

  it('reads what "we need to see" others do as asked of them, and what we need to do as no demand', () => {
    expect(read('“We need to see the Commission act before the summer,” said Claire Dubois.')).toEqual([
      'Claire Dubois → Commission: the Commission act before the summer',
    ]);
    expect(read('“We need to cut costs before the summer,” said Claire Dubois.')).toEqual([]);
  });
});

describe('the tree reader: a verb after a closing quote', () => {
  it('gives "… said X was “…” and called on Y to …" to the one who said it', () => {
    expect(
      read('Union leader Tom Hale said the offer was "an insult" and called on Acme Foods to return to talks.'),
    ).toEqual(['Tom Hale → Acme Foods: return to talks']);
    expect(
      read(
        'The union put the offer to its members. Health Secretary Paul Grant said the strikes were "unnecessary" and called on the union to accept the deal.',
      ),
    ).toEqual(['Paul Grant → ∅: accept the deal']);
  });
});

describe('the tree reader: the one a quoted modal asks', () => {
  it('reads \'said the company "must …"\' with the company as target, however the parser hangs it', () => {
    expect(
      read(
        'Cargovia raised its prices on Monday. Aid worker Anna Berg said the company "must treat this as an emergency".',
      ),
    ).toEqual(['Anna Berg → Cargovia: treat this as an emergency']);
  });

  it('never takes the body the speaker speaks for as the description asked', () => {
    expect(
      read(
        'The World Food Programme, the UN food agency, went further, calling on grain trader Cargovia to cut its prices. WFP director Anna Berg said the company "must treat this as an emergency, not a business opportunity".',
      ),
    ).toEqual([
      'World Food Programme → Cargovia: cut its prices',
      'Anna Berg → Cargovia: treat this as an emergency, not a business opportunity',
    ]);
  });

  it('still reads "the government" a mayor asks as the state his city stands for', () => {
    expect(read('The Mayor of London, Sadiq Khan, urged the government to fund Crossrail 2.')).toEqual([
      'Sadiq Khan → United Kingdom: fund Crossrail 2',
    ]);
  });

  it('finds the one called on named in commas when the tree loses the infinitive', () => {
    expect(
      read(
        'Shadow transport secretary Jane Cole said ministers had "serious questions to answer" and called on the Transport Secretary, Tom Hardy, to publish all letters between his department and Railco.',
      ),
    ).toEqual(['Jane Cole → Tom Hardy: publish all letters between his department and Railco']);
  });
});

describe('the tree reader: unnamed people a named one leads or includes', () => {
  it('gives the demand of "shareholders led by X" and "groups, including X," to X', () => {
    expect(read('Shareholders led by Cobalt Capital want the board to sell the chemicals unit.')).toEqual([
      'Cobalt Capital → ∅: sell the chemicals unit',
    ]);
    expect(
      read(
        'Business groups, including the National Retail Federation, pressed the administration to exempt essential goods.',
      ),
    ).toEqual(['National Retail Federation → ∅: exempt essential goods']);
    expect(read('Shareholders want the board to sell the chemicals unit.')).toEqual([]);
  });

  it('gives what a party wrote to the one who wrote it ("a motion passed by X", "a statement from X")', () => {
    expect(read('A motion passed by the Greater Manchester Assembly called on the mayor to resign.')).toEqual([
      'Greater Manchester Assembly → ∅: resign',
    ]);
    expect(read('A statement from the Kremlin called for restraint.')).toEqual(['Russia → ∅: restraint']);
    expect(read('A letter called for restraint.')).toEqual([]);
  });

  it('reads "Nato allies" as Nato, and a country’s allies as no one', () => {
    expect(read('Nato allies have been urged by Washington to spend 5% of GDP on defence.')).toEqual([
      'United States → Nato: spend 5% of GDP on defence',
    ]);
    expect(read('Ukraine’s allies must speed up deliveries of air defence, Volodymyr Zelensky said.')).toEqual([
      'Volodymyr Zelensky → ∅: Ukraine’s allies must speed up deliveries of air defence',
    ]);
    // (a state's own forces asked are the state asked)
    expect(read('Russia’s troops must withdraw from Kherson, Volodymyr Zelensky said.')).toEqual([
      'Volodymyr Zelensky → Russia: withdraw from Kherson',
    ]);
  });
});

describe('the tree reader: what those a body serves want', () => {
  it('reads "Tesco said shoppers wanted …" as no demand, while a union’s members speak through it', () => {
    expect(read('Tesco said shoppers wanted cheaper food and more choice.')).toEqual([]);
    expect(read('The BMA said doctors wanted a 29% pay rise.')).toEqual([
      'British Medical Association → ∅: a 29% pay rise',
    ]);
  });
});

describe('the tree reader: only if', () => {
  it('reads "would release the hostages only if Israel withdrew" as a demand of Israel', () => {
    expect(read('Hamas said it would release the hostages only if Israel withdrew its troops.')).toEqual([
      'Hamas → Israel: withdrew its troops',
    ]);
    // ("if" alone is a plan; a condition on no one who can act asks nothing)
    expect(read('Hamas said it would release the hostages if Israel withdrew its troops.')).toEqual([]);
    expect(read('Acme Foods said it would only raise prices if costs rose.')).toEqual([]);
  });

  it('reads "would release the hostages only in exchange for A and B" as demands of A and B', () => {
    expect(
      read(
        'Israel and Hamas met in Cairo. Hamas said it would release the hostages only in exchange for a permanent ceasefire and a full Israeli withdrawal from Gaza.',
      ),
    ).toEqual(['Hamas → Israel: a permanent ceasefire', 'Hamas → Israel: a full Israeli withdrawal from Gaza']);
    expect(read('Hamas said it would release the hostages in exchange for prisoners.')).toEqual([]);
  });

  it('gives "the deal would only succeed if …", said, to the one who says it', () => {
    expect(read('Unite said the deal would only succeed if Acme Foods guaranteed jobs.')).toEqual([
      'Unite → Acme Foods: guaranteed jobs',
    ]);
  });
});

describe('the tree reader: what follows if not', () => {
  it('keeps "or lose routes", "or face further action" out of what is demanded', () => {
    expect(read('Ryanair warned the government to cut air passenger duty or lose routes.')).toEqual([
      'Ryanair → ∅: cut air passenger duty',
    ]);
    expect(read('Unite said the companies must pay the new rate from January or face further action.')).toEqual([
      'Unite → ∅: pay the new rate from January',
    ]);
    expect(read('Unite called for a pay rise or a one-off bonus.')).toEqual([
      'Unite → ∅: a pay rise',
      'Unite → ∅: a one-off bonus',
    ]);
  });
});

describe('the tree reader: passives', () => {
  it('keeps a second participle in a demand for something to be done ("abolished and replaced")', () => {
    expect(
      read('The Liberal Democrats repeated their demand for Ofwat to be abolished and replaced by a single regulator.'),
    ).toEqual(['Liberal Democrats → Ofwat: Ofwat to be abolished and replaced by a single regulator']);
  });

  it('reads what someone unnamed tells as no one’s demand ("tired of being told they must …")', () => {
    expect(
      read('“The people of this state are tired of being told they must stay poor,” said Governor Ana Lima.'),
    ).toEqual([]);
  });
});

describe('the tree reader: a chain of pronouns', () => {
  it('follows "it" through the sentences where "it" is the subject before', () => {
    expect(
      read(
        'The Acme Group rejected the protest. In a statement, it said the Philippine boat had intruded into Chinese waters after a clash with Vietnam. It urged Manila to stop its provocations.',
      ),
    ).toEqual(['Acme Group → Philippines: stop its provocations']);
  });

  it('takes "he" after a subject named only by an office for that office’s holder, not the name before it', () => {
    const text =
      'Ann Lowe attacked the government. The prime minister dismissed claims from Ann Lowe that the deal was secret. He said: “A line should be drawn under this now.”';
    expect(read(text)).toEqual([]);
    // the office bound to its holder: the pronoun is that person
    expect(
      read(
        'The union chief wrote to Prime Minister Tom Reyes. The prime minister rejected the letter. He said the union must return to talks.',
      ),
    ).toEqual(['Tom Reyes → ∅: return to talks']);
  });

  it('takes a state’s body after its demonym for the state, so the chain starts there', () => {
    expect(
      read(
        'Manila lodged a protest with Beijing. The Chinese embassy rejected it. In a statement, it said the boat had strayed. It urged the Philippines to stop its provocations.',
      ),
    ).toEqual(['China → Philippines: stop its provocations']);
    expect(
      read('Vietnam and China clashed again. The Chinese foreign ministry urged Hanoi to withdraw its boats.'),
    ).toEqual(['China → Vietnam: withdraw its boats']);
  });
});

describe('the tree reader: small clauses and second things asked for', () => {
  it('reads "we need these crossings open" with the crossings in what is demanded', () => {
    expect(read('“We need these crossings open this week,” said Oksana Bilyk.')).toEqual([
      'Oksana Bilyk → ∅: these crossings open this week',
    ]);
  });

  it('reads "asked for A and for B" as two demands', () => {
    expect(read('“We have asked for his early release and for consular access,” said Kenji Mori.')).toEqual([
      'Kenji Mori → ∅: his early release',
      'Kenji Mori → ∅: consular access',
    ]);
  });
});

describe('the tree reader: a state’s own office or body, unnamed', () => {
  it('reads "the central bank" and "the prime minister" asked to act as the story’s state', () => {
    expect(
      read(
        'Argentina’s economy is recovering, the IMF said. Its mission chief Rodrigo Vale said the central bank needed to step up reserve purchases.',
      ),
    ).toEqual(['Rodrigo Vale → Argentina: step up reserve purchases']);
    expect(
      read(
        'Britain’s hospitals face a winter crisis. The Liberal Democrats asked the prime minister to suspend the contract.',
      ),
    ).toEqual(['Liberal Democrats → United Kingdom: suspend the contract']);
  });

  it('reads "ministers" asked to act as the story’s state', () => {
    expect(read('Britain’s hospitals face a crisis. The Royal College of Nursing urged ministers to act.')).toEqual([
      'Royal College of Nursing → United Kingdom: act',
    ]);
  });

  it('reads an unnamed prime minister who speaks as no one, not the state', () => {
    expect(
      read(
        'Sarah Cole unveiled plans for Britain’s police on Monday. The prime minister said forces should be in charge of their own budgets.',
      ),
    ).toEqual([]);
  });
});

describe('the tree reader: who a demanded thing names', () => {
  it('takes one named in what is demanded as its target, but not one named in a clause inside it', () => {
    expect(read('The GMB union called for sanctions against Acme Foods.')).toEqual([
      'GMB → Acme Foods: sanctions against Acme Foods',
    ]);
    expect(read('The GMB union called for an inquiry into claims that Acme Foods had cut safety checks.')).toEqual([
      'GMB → ∅: an inquiry into claims that Acme Foods had cut safety checks',
    ]);
  });
});

describe('the tree reader: an office named before its holder', () => {
  it('resolves "the data commissioner" to the person the story later names with that office', () => {
    const text =
      'The Greens want the data commissioner to investigate the leak.\nLast week the data commissioner Ruth Adams said she was looking into it.';
    expect(read(text)).toEqual(['Greens → Ruth Adams: investigate the leak']);
  });

  it('finds an office of two words ("the data commissioner") with its holder however far apart', () => {
    const filler =
      'The leak came from a contractor. It held records of two million patients. The firm said it had closed the gap. Its shares fell. Analysts said the damage was limited. Ministers declined to comment. The contractor’s chief resigned. Police are investigating. Patients were told to change passwords. ';
    const text = `The Greens want the data commissioner to investigate the leak. ${filler}Last week the data commissioner Ruth Adams said she was looking into it.`;
    expect(read(text)).toEqual(['Greens → Ruth Adams: investigate the leak']);
  });

  it('takes a lede’s speaker given by office alone as the person the next sentence names', () => {
    const text =
      'The schools inspector says she is urgently asking for the inspection reports of three academies. Helen Marsh said the trust had “failed its pupils”. Labour MP Dan Hart urged the schools inspector to publish the reports in full.';
    expect(read(text)).toEqual([
      'Helen Marsh → ∅: the inspection reports of three academies',
      'Dan Hart → Helen Marsh: publish the reports in full',
    ]);
  });

  it('leaves an office after the story has named people to no one (“the prime minister said”)', () => {
    const text =
      'Sarah Cole unveiled the plans on Monday. The prime minister said the police should be in charge of the changes. Ms Cole said forces would get more money.';
    expect(read(text)).toEqual([]);
  });
});

describe('the tree reader: speakers the parser hides', () => {
  it('finds a name the parser hung under a comma ("The company’s chief executive, Maria Lopez, said …")', () => {
    expect(read('The company’s chief executive, Maria Lopez, said the union should accept the offer.')).toEqual([
      'Maria Lopez → ∅: accept the offer',
    ]);
  });

  it('never takes a news outlet told for the one a description stands for', () => {
    expect(read('Hamas officials told Reuters the group wanted a permanent ceasefire.')).toEqual([
      'Hamas → ∅: a permanent ceasefire',
    ]);
  });
});

describe('the tree reader: headlines', () => {
  it('reads a headline’s demand, whose verb the tagger took for a noun', () => {
    expect(read('Macron calls on Israel to halt Gaza offensive')).toEqual([
      'Emmanuel Macron → Israel: halt Gaza offensive',
    ]);
    expect(read('Trump urges Russia to end war')).toEqual(['Donald Trump → Russia: end war']);
    expect(read('Iran demands sanctions relief as nuclear talks resume in Oman')).toEqual([
      'Iran → ∅: sanctions relief',
    ]);
  });
});

describe('the tree reader: the one a letter goes to', () => {
  it('reads "In a letter to X, Y demanded …" with X as target, named after the office or not', () => {
    expect(read('In a letter to the chancellor, Rachel Reeves, the CBI demanded a cut in business rates.')).toEqual([
      'Confederation of British Industry → Rachel Reeves: a cut in business rates',
    ]);
    expect(read('In a statement, the CBI demanded a cut in business rates.')).toEqual([
      'Confederation of British Industry → ∅: a cut in business rates',
    ]);
  });

  it('reads "wrote to the chief executive, Tom Hale, asking him …" as the writer’s, of him', () => {
    expect(read('The GMB wrote to the chief executive, Tom Hale, asking him to reopen talks.')).toEqual([
      'GMB → Tom Hale: reopen talks',
    ]);
  });
});

describe('the tree reader: the one written to', () => {
  it('makes the one written to the target of a participle’s demand', () => {
    expect(
      read(
        'Opposition leader Maria Lopez has written to Tony Blair demanding a full account of the hospital closures.',
      ),
    ).toEqual(['Maria Lopez → Tony Blair: a full account of the hospital closures']);
    expect(read('The BMA has written to Gordon Brown asking him to reopen talks.')).toEqual([
      'British Medical Association → Gordon Brown: reopen talks',
    ]);
  });
});

describe('the tree reader: a body by the kind word in its name', () => {
  it('resolves "the union" to the union whose long name holds the word', () => {
    const text =
      'Members of the National Union of Dock and Harbour Workers will strike after talks with Network Rail broke down.\nThe RMT wants a pay rise that matches inflation.\nGeneral secretary Mick Lynch said Network Rail "must come back to the table with a serious offer".\nNetwork Rail chief executive Ann Hale urged the union to call off the strike.';
    expect(read(text)).toContain('Ann Hale → National Union of Dock and Harbour Workers: call off the strike');
  });
});

describe('the tree reader: what members want', () => {
  it('reads "want" with an adjective the tagger took for a verb as the thing wanted, not an aim', () => {
    expect(read('The farmers’ union Boerenbond said its members want guaranteed minimum prices.')).toEqual([
      'Boerenbond → ∅: guaranteed minimum prices',
    ]);
  });

  it('keeps a body’s "union members" the body’s', () => {
    expect(read('Unite union members in Glasgow are pushing for a £2,000 flat-rate increase.')).toEqual([
      'Unite → ∅: a £2,000 flat-rate increase',
    ]);
  });
});

describe('names: an office after a state in one span', () => {
  it('reads "US President Donald Trump" as the state and the person', () => {
    const r = extract('US President Donald Trump threatened new tariffs.', models);
    expect(r.actors.map((a) => a.name).sort()).toEqual(['Donald Trump', 'United States']);
  });
});

describe('the tree reader: "US" is not "us"', () => {
  it('reads the US as a named demander and prefers the person of "US President X"', () => {
    expect(read('The US wants China to cut tariffs.')).toEqual(['United States → China: cut tariffs']);
    expect(
      read(
        'US President Donald Trump has threatened to impose tariffs on the European Union unless the bloc drops its levy on cars.',
      ),
    ).toEqual(['Donald Trump → European Union: drops its levy on cars']);
  });
});

describe('the tree reader: where the demanded text ends, again', () => {
  it('ends before a reporting tail at the end of the sentence', () => {
    expect(read('North Korea demanded that South Korea stop its military drills, state media reported.')).toEqual([
      'North Korea → South Korea: stop its military drills',
    ]);
  });

  it('leaves the copula out of conditions listed after "were"', () => {
    expect(read('Hamas said its conditions for a deal were a full withdrawal and an end to the war.')).toEqual([
      'Hamas → ∅: a full withdrawal',
      'Hamas → ∅: an end to the war',
    ]);
  });
});

describe('the tree reader: "have" and "need" as modals', () => {
  it('reads "have to" as a modal only with "to" right after it', () => {
    expect(read('Maria Lopez said the government has to act now.')).toEqual(['Maria Lopez → ∅: act now']);
    const roles = read(
      'Trust chairman Sam Hill said: "Volunteers clearly have a big part to play in keeping our museums open and for that they need to be properly trained."',
    );
    expect(roles.filter((l) => l.includes('play'))).toEqual([]);
  });
});

describe('the tree reader: forecasts about time', () => {
  it('reads a modal clause about a stretch of time as a forecast, not a demand', () => {
    expect(read('Rachel Reeves said the next quarter would have to be much stronger.')).toEqual([]);
  });
});

describe('the tree reader: a market’s demand', () => {
  it('reads a bare "demand for" as a market’s, however it is tagged', () => {
    expect(read('Apple said demand for the iPhone remained strong in China.')).toEqual([]);
    expect(read('Shell said demand for oil fell sharply in the spring.')).toEqual([]);
  });

  it('keeps an owned demand', () => {
    expect(read('Hamas rejected Israel’s demand for the release of all hostages.')).toEqual([
      'Israel → ∅: the release of all hostages',
    ]);
  });
});

describe('the tree reader: lists and noun phrases', () => {
  it('reads "our demands are simple: A, B and C" in a quote as the speaker’s, one each', () => {
    expect(
      read('"Our demands are simple: a fair wage, safe staffing and respect," said Unison’s Sara Gorton.'),
    ).toEqual(['Sara Gorton → ∅: a fair wage', 'Sara Gorton → ∅: safe staffing', 'Sara Gorton → ∅: respect']);
  });

  it('does not read a quote after "…, saying:" as a list of demands', () => {
    expect(
      read(
        'Nadia Berg mocked the staged call, saying: "That display was the clumsiest theatre I have watched all year."',
      ),
    ).toEqual([]);
  });

  it('ends a noun’s demanded thing before the verb its phrase is the subject of', () => {
    expect(read('Calls from Labour for an inquiry grew louder.')).toEqual(['Labour Party → ∅: an inquiry']);
    expect(
      read('The RMT’s demands include a 7% pay rise backdated to April and a guarantee of no job cuts.'),
    ).toHaveLength(2);
  });
});

describe('names with accents', () => {
  it('reads an accented name as its plain spelling would be read', () => {
    expect(read('Erdoğan demanded that Sweden extradite the suspects.')).toEqual([
      'Recep Tayyip Erdogan → Sweden: extradite the suspects',
    ]);
    expect(read('Erdoğan called for a ceasefire.')).toEqual(['Recep Tayyip Erdogan → ∅: a ceasefire']);
  });
});

describe('the tree reader: a pronoun after a described subject', () => {
  it('continues the subject a description names, not a name inside its clause', () => {
    const text =
      'The Competition and Markets Authority has fined Network Rail.\nIn its ruling, the regulator said Network Rail held a monopoly. It also told the company to publish its accounts.';
    expect(read(text)).toContain('Competition and Markets Authority → Network Rail: publish its accounts');
  });
});

describe('the tree reader: people named by what they are', () => {
  it('never makes a team’s country the one a player must act for', () => {
    expect(read('Gareth Southgate said the England captain should calm down.')).toEqual([
      'Gareth Southgate → ∅: calm down',
    ]);
  });

  it('never reads "the government" as a country that has none of its own', () => {
    expect(
      read('Resident doctors in England will strike. The BMA said the government must come to the table.'),
    ).toEqual(['British Medical Association → ∅: come to the table']);
  });
});

describe('the tree reader: doubted modals', () => {
  it('reads a modal clause under a negated belief as no demand', () => {
    expect(read('Maria Lopez said she did not think the union should strike.')).toEqual([]);
    expect(read('Maria Lopez said the union should strike.')).toEqual(['Maria Lopez → ∅: strike']);
  });
});

describe('names: a body named after its kind', () => {
  it('reads a capitalised word after a kind of body as that body', () => {
    expect(read('Shareholder group ShareAction wants HSBC to stop financing new oil fields.')).toEqual([
      'ShareAction → HSBC: stop financing new oil fields',
    ]);
  });
});

describe('names: sports bodies', () => {
  it('knows the bodies news names in sport, which the recogniser reads as events', () => {
    expect(read("Manchester United have asked the Premier League to postpone Sunday's match.")).toEqual([
      "Manchester United → Premier League: postpone Sunday's match",
    ]);
  });
});

describe('the tree reader: a caption between', () => {
  it('never takes a name in a caption with no verb for the subject "the union" continues', () => {
    const text =
      "The Royal College of Nursing has voted to strike.\nNurses outside St Mary's Hospital in Leeds.\nHealth Secretary Wes Streeting urged the union to call off the strikes.";
    expect(read(text)).toContain('Wes Streeting → Royal College of Nursing: call off the strikes');
  });
});

describe('the tree reader: slips around infinitives and relative clauses', () => {
  it('reads "wants X to …" when the parser calls the "to" a case marker', () => {
    expect(read('The BMA wants ministers to restore pay to 2008 levels.')).toEqual([
      'British Medical Association → ∅: restore pay to 2008 levels',
    ]);
  });

  it('gives ", which wants …" to the name before the comma, however the clause is hung', () => {
    expect(read('Shell is being sued by ClientEarth, which wants the board to be held personally liable.')).toEqual([
      'ClientEarth → ∅: the board to be held personally liable',
    ]);
  });
});

describe('the tree reader: threats with "if … not"', () => {
  it('reads "threatened strikes if X did not …" as a demand of X', () => {
    expect(read('The GMB threatened more walkouts if Royal Mail did not raise its offer.')).toEqual([
      'GMB → Royal Mail: raise its offer',
    ]);
  });
});

describe('the tree reader: a government named after its leader', () => {
  it('reads "the Biden administration has said it wants …" as Biden’s', () => {
    expect(
      read(
        'Joe Biden met aides on Monday. The Biden administration has said it wants Israel to allow more aid into Gaza.',
      ),
    ).toEqual(['Joe Biden → Israel: allow more aid into Gaza']);
  });
});

describe('the tree reader: protesters of a body', () => {
  it('lets "Greenpeace protesters" speak for Greenpeace', () => {
    expect(read('Greenpeace protesters demanded that HSBC stop funding coal mines.')).toEqual([
      'Greenpeace → HSBC: stop funding coal mines',
    ]);
  });

  it('knows Friends of the Earth as one body', () => {
    expect(
      read('The council is being taken to court by Friends of the Earth, which wants the permit to be withdrawn.'),
    ).toEqual(['Friends of the Earth → ∅: the permit to be withdrawn']);
  });
});

describe('the tree reader: nouns that list what is demanded', () => {
  it('splits "the release of A and the withdrawal of B" into two demands, but not "the release of A and B"', () => {
    expect(
      read("The FARC's demands include the release of political prisoners and the withdrawal of government troops."),
    ).toEqual(['FARC → ∅: the release of political prisoners', 'FARC → ∅: the withdrawal of government troops']);
    expect(read('Hamas demanded the release of the prisoners and the hostages.')).toEqual([
      'Hamas → ∅: the release of the prisoners and the hostages',
    ]);
  });

  it('reads "X’s conditions for ending the strike are A and B" as A and B, not what they are for', () => {
    expect(
      read("Unite's conditions for ending the strike are a pay rise above inflation and no compulsory redundancies."),
    ).toEqual(['Unite → ∅: a pay rise above inflation', 'Unite → ∅: no compulsory redundancies']);
  });
});

describe('the tree reader: the one addressed, however the tree marks it', () => {
  it('reads the addressee the parser calls an indirect object ("warned X not to …")', () => {
    expect(read('Britain warned Iran not to seize any more tankers in the Gulf.')).toEqual([
      'United Kingdom → Iran: not to seize any more tankers in the Gulf',
    ]);
  });

  it('reads "appealed to X to …" with the infinitive hung under X', () => {
    expect(read('The Red Cross has appealed to both sides to protect civilians.')).toEqual([
      'Red Cross → ∅: protect civilians',
    ]);
  });
});

describe('the tree reader: "it is time for X to …"', () => {
  it('reads it as the speaker’s demand of X, in a quote or reported', () => {
    expect(read('Keir Starmer said it was time for the BBC to change its leadership.')).toEqual([
      'Keir Starmer → BBC: change its leadership',
    ]);
    expect(read('“It is time for Hamas to release the hostages,” Antony Blinken said.')).toEqual([
      'Antony Blinken → Hamas: release the hostages',
    ]);
  });

  it('reads "it is time to …" with no one named as the speaker’s call on no one', () => {
    expect(read('Keir Starmer said it was time to draw a line under the row over the contracts.')).toEqual([
      'Keir Starmer → ∅: draw a line under the row over the contracts',
    ]);
  });

  it('reads nothing when it is not time, or only time to move on', () => {
    expect(read('Keir Starmer said it was not time for the BBC to change its leadership.')).toEqual([]);
    expect(read('Antony Blinken said it was time to move on.')).toEqual([]);
  });
});

describe('the tree reader: a description far from the name', () => {
  it('finds the body a description stands for as the subject of a sentence well before it', () => {
    const text =
      'The Food Standards Agency published its annual report on Monday. Inspections rose by a tenth last year. ' +
      'Most kitchens passed. Some failed twice. The figures cover England and Wales. Inspectors visited 40,000 sites. ' +
      'Many were small cafes. Others were large chains. Fines were rare. Complaints fell slightly. ' +
      'Restaurants should display hygiene ratings at the door, says the watchdog.';
    expect(read(text)).toEqual(['Food Standards Agency → ∅: display hygiene ratings at the door']);
  });
});

describe('the tree reader: a sentence that goes on with the speaker before it', () => {
  it('gives "And there should be …" to the one who spoke in the sentence before, in its paragraph only', () => {
    const first =
      'The Financial Conduct Authority published its review on Tuesday. Lenders should cut their fees, says the regulator.';
    expect(read(`${first} And there should be a cap on overdraft charges.`)).toEqual([
      'Financial Conduct Authority → ∅: cut their fees',
      'Financial Conduct Authority → ∅: a cap on overdraft charges',
    ]);
    expect(read(`${first}\nAnd there should be a cap on overdraft charges.`)).toEqual([
      'Financial Conduct Authority → ∅: cut their fees',
    ]);
  });
});

describe('the tree reader: "only have to"', () => {
  it('reads "will only have to" as how little is asked, not a demand', () => {
    expect(read('Rachel Reeves said small firms will only have to pay 5% in tax.')).toEqual([]);
    expect(read('Rachel Reeves said small firms will have to pay 5% in tax.')).toEqual([
      'Rachel Reeves → ∅: pay 5% in tax',
    ]);
  });
});

describe('the tree reader: tags the tagger gets wrong after "to", and forecasts after "insisted that"', () => {
  it('reads "called on X to <verb tagged as an adjective> …"', () => {
    expect(read('The International Energy Agency called on governments to triple renewable capacity by 2030.')).toEqual(
      ['International Energy Agency → ∅: triple renewable capacity by 2030'],
    );
  });

  it('reads "insisted that X would …" as a claim about what will happen, not a demand', () => {
    expect(read('German Chancellor Olaf Scholz insisted that Nato would not send troops to Ukraine.')).toEqual([]);
    expect(read('The Kremlin insisted that Russia would never attack a Nato member.')).toEqual([]);
  });
});

describe('the tree reader: the edges of the demanded text', () => {
  it('leaves out the comma before a closing quote', () => {
    expect(read('“I call on all parties to return to the table,” said António Guterres.')).toEqual([
      'António Guterres → ∅: return to the table',
    ]);
  });

  it('closes a quotation opened inside the text', () => {
    expect(read('Yemane Gebremeskel said Ethiopia must stop its "reckless rhetoric" at once.')).toEqual([
      'Yemane Gebremeskel → Ethiopia: stop its "reckless rhetoric"',
    ]);
  });

  it('keeps "a swift and independent inquiry" one thing, however the tagger reads "swift"', () => {
    expect(read('Canada called for a “swift and independent inquiry” into the killing.')).toEqual([
      'Canada → ∅: a “swift and independent inquiry”',
    ]);
  });
});

describe('the tree reader: a capitalised office of a place', () => {
  it('reads "The Mayor of London, Sadiq Khan, urged …" as Khan’s', () => {
    expect(read('The Mayor of London, Sadiq Khan, urged ministers to fund the new line.')).toEqual([
      'Sadiq Khan → United Kingdom: fund the new line',
    ]);
  });
});

describe('the tree reader: a person described by their team', () => {
  it('reads "the Chelsea man" as the person the story named before, not the club', () => {
    expect(
      read(
        'Chelsea manager Enzo Maresca said Nicolas Jackson had let the team down. “I know I made a mistake,” said Jackson. But Maresca feels that the Chelsea man should apologise to his team-mates.',
      ),
    ).toEqual(['Enzo Maresca → Nicolas Jackson: apologise to his team-mates']);
  });
});

describe('the tree reader: "the authorities"', () => {
  it('reads "urged the authorities to …" as a demand of the story’s country', () => {
    expect(
      read(
        'Protests spread across Peru this week. Amnesty International urged the authorities to release the detained students.',
      ),
    ).toEqual(['Amnesty International → Peru: release the detained students']);
  });
});

describe('the tree reader: when the tree misses "X to …"', () => {
  it('reads "urged the union to “…”" past the opening quote, with the union as target', () => {
    expect(
      read(
        'The Royal College of Nursing announced a strike. Wes Streeting called the walkout “totally unjustified” and urged the union to “drop their plans to strike”, while NHS managers warned strikes are “dangerous for patients”.',
      ),
    ).toEqual(['Wes Streeting → Royal College of Nursing: drop their plans to strike']);
  });

  it('reads "pushing the oil major to A and B" when the tagger reads "major" as an adjective', () => {
    expect(
      read(
        'Activist investor Elliott Management has built a stake of about 5% in BP and is pushing the oil major to abandon its renewable energy targets and sell off its wind and solar businesses, people familiar with the matter said.',
      ),
    ).toEqual([
      'Elliott Management → ∅: abandon its renewable energy targets',
      'Elliott Management → ∅: sell off its wind and solar businesses',
    ]);
  });
});

describe('the tree reader: a list of things demanded', () => {
  it('demands every item of the one the first item names', () => {
    expect(
      read('Israel demanded the disarmament of Hamas, the return of all hostages and an end to rocket fire.'),
    ).toEqual([
      'Israel → Hamas: the disarmament of Hamas',
      'Israel → Hamas: the return of all hostages',
      'Israel → Hamas: an end to rocket fire',
    ]);
  });
});

describe('the tree reader: an office given in commas after a name', () => {
  it('reads "the health secretary" as the one the story names so, before or just after', () => {
    expect(
      read(
        'The Royal College of Nursing met on Monday. Pat Cullen, the college’s general secretary, said pay had fallen. She urged the health secretary to reopen talks. Wes Streeting, the health secretary, said the offer was fair.',
      ),
    ).toEqual(['Pat Cullen → Wes Streeting: reopen talks']);
  });
});

describe('the tree reader: one’s own side', () => {
  it('reads what "his side" or "our players" must do, said by their manager, as no demand', () => {
    expect(read('Mikel Arteta said his side must learn from the defeat.')).toEqual([]);
    expect(read('“Our players have to be better,” said Mikel Arteta.')).toEqual([]);
    expect(read('Mikel Arteta said Chelsea must improve.')).toEqual(['Mikel Arteta → Chelsea: improve']);
  });
});

describe('the tree reader: a passive after an aside', () => {
  it('never gives the one asked the demand of unnamed askers', () => {
    expect(
      read(
        'Shell, which has faced protests at its annual meeting, is being urged by investors to cut emissions faster.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Shell, which has faced protests at its annual meeting, is being urged by Greenpeace to cut emissions faster.',
      ),
    ).toEqual(['Greenpeace → Shell: cut emissions faster']);
  });
});

describe('the tree reader: calls rejected, and a state’s opposition', () => {
  it('reads "rejected calls for …" as no demand of the one rejecting', () => {
    expect(
      read('Iran’s supreme leader, Ayatollah Ali Khamenei, rejected calls for talks with the United States.'),
    ).toEqual([]);
  });

  it('gives no demand of "Venezuela’s opposition" to Venezuela', () => {
    expect(read('Venezuela’s opposition demanded the release of political prisoners before any talks.')).toEqual([]);
  });
});

describe('the tree reader: "it is vital that …"', () => {
  it('reads what must happen, said by a speaker, as their demand', () => {
    expect(read('The BMA said it was crucial that ministers restored pay.')).toEqual([
      'British Medical Association → ∅: restored pay',
    ]);
    expect(read('Save the Children said it was essential for Israel to let aid trucks into Gaza.')).toEqual([
      'Save the Children → Israel: let aid trucks into Gaza',
    ]);
  });

  it('reads nothing when it is not vital, or vital for no one named', () => {
    expect(read('Unison said it was not vital that the government funded the pay rise.')).toEqual([]);
    expect(read('Unison said it was vital to keep talking.')).toEqual([]);
  });
});

describe('the tree reader: "wants to see X …"', () => {
  it('reads what one wants to see happen as a demand, and "wants to double …" as an aim', () => {
    expect(read('The CBI said it wanted to see the tax cut extended.')).toEqual([
      'Confederation of British Industry → ∅: the tax cut extended',
    ]);
    expect(read('Sadiq Khan said he wanted to see more police on the streets.')).toEqual([
      'Sadiq Khan → ∅: more police on the streets',
    ]);
    expect(read('Netflix said it wants to double its audience in India.')).toEqual([]);
    expect(read('Sadiq Khan said he did not want to see more police on the streets.')).toEqual([]);
  });
});

describe('the tree reader: "requested"', () => {
  it('reads "requested X" and "requested that Y do …", and a clause in a tense as a report', () => {
    expect(read('Germany has requested that Nato hold an emergency meeting.')).toEqual([
      'Germany → Nato: hold an emergency meeting',
    ]);
    expect(read('Germany requested that Nato held a meeting last year.')).toEqual([]);
    expect(read('Ukraine has requested more air defence systems from its allies.')).toEqual([
      expect.stringMatching(/^Ukraine → ∅: more air defence systems/),
    ]);
  });
});

describe('the tree reader: backing a call', () => {
  it('reads a call backed from its own noun, and "was backed by" as backing nothing named', () => {
    expect(read("The SNP backed the Liberal Democrats' call for a public inquiry.")).toEqual([
      'Liberal Democrats → ∅: a public inquiry',
    ]);
    expect(read("The Liberal Democrats' call for a public inquiry was backed by the SNP.")).toEqual([
      'Liberal Democrats → ∅: a public inquiry',
    ]);
    expect(read('Friedrich Merz has backed calls for a pause.')).toEqual(['Friedrich Merz → ∅: a pause']);
  });

  it('reads backing a proposal as asking for it, but not backing a party or a letter', () => {
    expect(read('Mark Oaten also backed the use of wire-tap evidence.')).toEqual([
      'Mark Oaten → ∅: the use of wire-tap evidence',
    ]);
    expect(read('Kashiwa Pharma said it would keep supporting the family.')).toEqual([]);
    expect(read('The Congress party said it backed the farmers.')).toEqual([]);
    expect(read('The Premier League said it supported the letter.')).toEqual([]);
    expect(read('Egypt backed the army.')).toEqual([]);
  });
});

describe('the tree reader: how long it has been asked', () => {
  it('keeps "for months" out of what is demanded, and out of the demands', () => {
    expect(read('Unite has been pushing for a pay rise for months.')).toEqual(['Unite → ∅: a pay rise']);
  });
});

describe('the tree reader: a cue inside what another asks', () => {
  it('reads "urged X to back the bill" as one demand of X, not also one to back it', () => {
    expect(read('House Speaker Mike Johnson urged Republicans to back the spending bill.')).toEqual([
      'Mike Johnson → Republican Party: back the spending bill',
    ]);
  });
});

describe('the tree reader: "would not … until"', () => {
  it('reads what a refusal waits for as demanded, and "would keep striking until …" as none', () => {
    expect(read('Iran said it would not resume talks until sanctions were lifted.')).toEqual([
      'Iran → ∅: sanctions were lifted',
    ]);
    expect(read('The GMB said it would not sign the deal until Asda raised its offer.')).toEqual([
      'GMB → Asda: raised its offer',
    ]);
    expect(read('The RMT said it would keep striking until Network Rail improved its offer.')).toEqual([]);
    // "until" read as a preposition on the clause's subject
    expect(read('Ukraine will not negotiate until Russia withdraws its troops, Zelensky said.')).toEqual([
      'Ukraine → Russia: withdraws its troops',
    ]);
  });
});

describe('the tree reader: one’s own plans and conditions on no one', () => {
  it('reads "X said it needed to …", reported, as X’s own plan', () => {
    expect(read('Unilever said it needed to cut 7,500 jobs to save money.')).toEqual([]);
    // quoted, "he" is someone else
    expect(read('“He must call an election,” said Pierre Poilievre.')).toEqual([
      'Pierre Poilievre → ∅: call an election',
    ]);
  });

  it('reads no threat in a condition on something that cannot act ("if sales did not improve")', () => {
    expect(read('Ford said it would have to close the plant if sales did not improve.')).toEqual([]);
  });
});

describe('the tree reader: a call that is its clause’s subject', () => {
  it('ends an infinitive demanded by a noun before the clause’s own verb and auxiliaries', () => {
    expect(read('Macron’s call on Europe to rearm was welcomed in Warsaw.')).toEqual([
      expect.stringMatching(/→ ∅: rearm$/),
    ]);
  });
});

describe('the tree reader: a lede that names its speaker later', () => {
  it('gives "…, the City watchdog has said" to the body the next sentences name as a subject', () => {
    expect(
      read(
        'Banks should cap overdraft fees, the City watchdog has said. In its annual review, the Financial Conduct Authority says lenders have been too slow.',
      ),
    ).toEqual(['Financial Conduct Authority → ∅: cap overdraft fees']);
  });

  it('never gives one asked to act a name from the sentences after it', () => {
    expect(
      read(
        'The Law Society said the police must stop using live ammunition. The International Monetary Fund said it was watching closely.',
      ),
    ).toEqual(['Law Society → ∅: stop using live ammunition']);
  });
});

describe('the tree reader: "wrote to X urging …" misparsed', () => {
  it('reads the writer as demander when the parser makes "to" the participle’s marker', () => {
    expect(read('Earlier the Archbishop of York wrote to all the parties urging them not to frighten voters.')).toEqual(
      ['Archbishop of York → ∅: not to frighten voters'],
    );
    expect(
      read(
        'Last week Amnesty International wrote to all three parties urging them to stop using asylum seekers as a political football.',
      ),
    ).toEqual(['Amnesty International → ∅: stop using asylum seekers as a political football']);
  });
});

describe('the tree reader: a market’s demand with a country’s name', () => {
  it('reads "China’s demand for iron ore fell" as a market, and "Labour’s calls … grew louder" as a demand', () => {
    expect(read('China’s demand for iron ore fell sharply in the third quarter.')).toEqual([]);
    expect(read('India’s demand for oil is expected to double by 2040.')).toEqual([]);
    expect(read('Labour’s calls for an inquiry grew louder.')).toEqual(['Labour Party → ∅: an inquiry']);
  });
});

describe('the tree reader: a name qualifying what is demanded', () => {
  it('does not take "Rwanda" of "the Rwanda flights should start" for the one who must act', () => {
    expect(read('Rishi Sunak said the Rwanda flights should start by the spring.')).toEqual([
      'Rishi Sunak → ∅: the Rwanda flights should start by the spring',
    ]);
    expect(read('Keir Starmer said the Gaza ceasefire must hold.')).toEqual([
      'Keir Starmer → ∅: the Gaza ceasefire must hold',
    ]);
    // someone who can act, named by a name, still is that one
    expect(read('Rachel Reeves said the Labour leader must apologise.')).toEqual([
      'Rachel Reeves → Labour Party: apologise',
    ]);
  });
});

describe('the tree reader: conditions listed after a colon', () => {
  it('reads "its conditions for a ceasefire: A and B" as A and B, a participle inside B kept', () => {
    expect(
      read(
        'Hamas set out its conditions for a ceasefire: a full Israeli withdrawal and the return of displaced people.',
      ),
    ).toEqual(['Hamas → ∅: a full Israeli withdrawal', 'Hamas → ∅: the return of displaced people']);
  });
});
