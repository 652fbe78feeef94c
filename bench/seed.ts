// A reader's history at scale, as an export file: what the popup benchmark imports.
import type { ExportFile } from '../lib/exchange/format';

const KINDS = ['person', 'country', 'organization', 'group'] as const;
const FIRST = ['Anna', 'Omar', 'Li', 'Maria', 'John', 'Fatima', 'Pierre', 'Yuki', 'Carlos', 'Ngozi'];
const LAST = ['Smith', 'Haddad', 'Wang', 'Garcia', 'Okafor', 'Dubois', 'Tanaka', 'Novak', 'Silva', 'Kowalski'];

export function scaleExport({ pages = 5000, actors = 500, appearances = 50_000, demands = 10_000 } = {}): ExportFile {
  const day = Date.UTC(2026, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString();
  const actorRows = Array.from({ length: actors }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const name = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${i}`;
    return {
      // organizations and groups alike are org: keys (lib/exchange/format.ts KINDS_OF_PREFIX)
      key: `${kind === 'organization' || kind === 'group' ? 'org' : kind}:bench-${i}`,
      name,
      kind,
      aliases: [name],
      firstSeen: iso(day),
      lastSeen: iso(day),
    };
  });
  const pageRows = Array.from({ length: pages }, (_, i) => ({
    id: i + 1,
    canonicalUrl: `https://site${i % 40}.example/story/${i}`,
    url: `https://site${i % 40}.example/story/${i}`,
    title: `Story number ${i} about talks, strikes and tariffs`,
    site: `site${i % 40}.example`,
    publishedAt: null,
    visitedAt: iso(day + i * 3_600_000),
    truncated: false,
  }));
  const perPage = Math.max(1, Math.round(appearances / pages));
  const appearanceRows = pageRows.flatMap((p, i) =>
    Array.from({ length: perPage }, (_, k) => {
      const a = actorRows[(i * 7 + k * 13) % actors];
      return { page: p.id, actor: a.key, name: a.name, count: 1 + (k % 4), firstOffset: k * 100 };
    }),
  );
  const demandRows = Array.from({ length: demands }, (_, i) => {
    const host = appearanceRows[(i * 5) % appearanceRows.length];
    const target = appearanceRows[(i * 5 + 1) % appearanceRows.length];
    return {
      page: host.page,
      actor: host.actor,
      target: target.page === host.page && target.actor !== host.actor ? target.actor : null,
      text: `demand number ${i % 800} about pay, ceasefires and elections`,
      cue: 'demanded',
      sentence: `Someone demanded demand number ${i % 800}.`,
    };
  });
  return {
    format: 'who-wants-what',
    version: 1,
    exportedAt: iso(day),
    pages: pageRows,
    actors: actorRows,
    appearances: appearanceRows,
    demands: demandRows,
  };
}
