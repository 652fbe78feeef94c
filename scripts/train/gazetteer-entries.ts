// The known names the entity recogniser is trained with, gathered from the extractor's data
// files (countries, seats, bodies, outlets, titles and name words) and world-countries' capitals.
// They are compiled into ner.bin, so the shipped recogniser carries exactly the lists it learned with.

import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { entryKey, GAZ } from '../../lib/nlp/gazetteer';

const data = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../lib/extract/data/${name}`, import.meta.url), 'utf8'));

export function gazetteerEntries(): { keys: Uint32Array; bits: Uint8Array; count: number } {
  const byKey = new Map<number, number>();
  const add = (name: string | null | undefined, bit: number) => {
    if (!name?.trim()) return;
    const key = entryKey(name);
    byKey.set(key, (byKey.get(key) ?? 0) | bit);
  };
  for (const c of data('countries.json') as { names: string[]; demonym: string | null }[]) {
    for (const n of c.names) add(n, GAZ.country);
    add(c.demonym, GAZ.demonym);
  }
  for (const c of countries) {
    for (const capital of c.capital) add(capital, GAZ.place);
    for (const d of Object.values(c.demonyms ?? {})) add((d as { m: string }).m, GAZ.demonym);
  }
  for (const seat of Object.keys(data('seats.json').seats)) add(seat, GAZ.place);
  for (const o of data('organizations.json').organizations as { names: string[] }[]) {
    for (const n of o.names) add(n, GAZ.organization);
  }
  const lexicon = data('lexicon.json');
  for (const n of lexicon.outlets) add(n, GAZ.outlet);
  for (const n of lexicon.titles) add(n, GAZ.title);
  for (const n of [...lexicon.orgSuffixes, ...lexicon.companySuffixes]) add(n, GAZ.orgWord);
  for (const n of lexicon.nonNameWords) add(n, GAZ.nonName);
  const extra = JSON.parse(readFileSync(new URL('../../lib/nlp/data/gazetteer-extra.json', import.meta.url), 'utf8'));
  for (const n of extra.orgWords) add(n, GAZ.orgWord);
  const sorted = [...byKey].sort((a, b) => a[0] - b[0]);
  return {
    keys: Uint32Array.from(sorted.map(([k]) => k)),
    bits: Uint8Array.from(sorted.map(([, b]) => b)),
    count: sorted.length,
  };
}
