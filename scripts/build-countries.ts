// Reduces the `world-countries` package to the few fields the extractor needs, so the
// background bundle carries a small JSON map instead of every translation of every name.
// Run: npx tsx scripts/build-countries.ts  (writes lib/extract/data/countries.json)
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';

// Names that news uses but the package lacks, or lacks in the form news prints.
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['U.K.', 'Britain', 'Great Britain'],
  RUS: ['Russian Federation'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  COD: ['DR Congo', 'Democratic Republic of Congo'],
  CIV: ['Ivory Coast', "Côte d'Ivoire"],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Türkiye'],
  PSE: ['Palestine', 'Gaza', 'West Bank'],
  UKR: [],
  IRN: ['Iran'],
  SYR: ['Syria'],
  VEN: ['Venezuela'],
  MMR: ['Myanmar', 'Burma'],
  NLD: ['Netherlands', 'Holland'],
};
// Names that collide with common words or people ("Jordan", "Chad", "Georgia" the US state):
// they still count, but only as written and never from the lower-cased alternative spellings.
const SKIP_ALT = /^[A-Z]{2}$|[^\p{Script=Latin}\p{P}\s]/u;

// Alternative spellings that name something else first in English news ("Island" is Iceland in
// Icelandic, and the end of "Staten Island" in English).
const NOT_NAMES = new Set(['Emirates', 'Holy See', 'Vatican City State', 'Island']);

interface CountryEntry {
  key: string;
  name: string;
  names: string[];
  demonym: string | null;
}

const out: CountryEntry[] = countries
  .filter((c) => c.status === 'officially-assigned' || c.independent || c.cca3 === 'PSE' || c.cca3 === 'UNK')
  .map((c) => {
    const names = new Set<string>([c.name.common, ...(EXTRA_NAMES[c.cca3] ?? [])]);
    if (c.name.official.length <= 40 && !c.name.official.includes(' of ')) names.add(c.name.official);
    for (const alt of c.altSpellings) {
      if (!SKIP_ALT.test(alt) && !NOT_NAMES.has(alt) && alt.length > 3 && !alt.includes(' of ') && /^[A-Z]/.test(alt))
        names.add(alt);
    }
    // Two-letter alternative spellings are only kept where news really uses them.
    if (c.cca3 === 'USA') names.add('US');
    if (c.cca3 === 'GBR') names.add('UK');
    if (c.cca3 === 'ARE') names.add('UAE');
    // Territories share their sovereign's demonym ("French"): only states own one.
    const demonym =
      c.unMember || c.cca3 === 'PSE' || c.cca3 === 'TWN' ? (c.demonyms?.eng?.m?.split(',')[0] ?? null) : null;
    return { key: c.cca3, name: c.cca3 === 'USA' ? 'United States' : c.name.common, names: [...names], demonym };
  });

// The UK's nations act on their own in news ("Scotland's First Minister"); they have no ISO code
// of their own, so they get their ISO 3166-2 subdivision codes.
out.push(
  { key: 'GB-ENG', name: 'England', names: ['England'], demonym: null },
  { key: 'GB-SCT', name: 'Scotland', names: ['Scotland'], demonym: null },
  { key: 'GB-WLS', name: 'Wales', names: ['Wales'], demonym: null },
  { key: 'GB-NIR', name: 'Northern Ireland', names: ['Northern Ireland'], demonym: null },
);

writeFileSync(new URL('../lib/extract/data/countries.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${out.length} countries`);
