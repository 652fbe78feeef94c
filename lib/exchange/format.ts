// The export file: a documented, versioned JSON format (see README "Export format"). The schema
// is the single definition: export builds values of its type, import validates against it.
import * as v from 'valibot';
import type { ActorKind } from '../extract/types';

export const FORMAT = 'who-wants-what';
export const VERSION = 1;

/**
 * How far ahead of this device's clock a date may be. Another device's clock can run a little
 * fast; a visit dated next year would win every later merge, so anything beyond this is refused.
 */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** Whether the calendar date in an ISO string exists (the ISO pattern alone accepts 30 February). */
function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const hour = Number(iso.slice(11, 13));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && !Number.isNaN(Date.parse(iso));
}

const isoDate = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO date-time'),
  v.check(isRealDate, 'must be a date that exists'),
);
/** A date something happened on this or another device: never later than now. */
const pastDate = v.pipe(
  isoDate,
  v.check((iso) => Date.parse(iso) <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future'),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** Only web pages: a `javascript:` or `data:` address would be rendered as a link. */
const webUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.check((url) => /^https?:\/\//i.test(url), 'must be an http or https address'),
);

const Page = v.object({
  id: v.pipe(v.number(), v.integer()),
  canonicalUrl: webUrl,
  url: webUrl,
  title: text(2000),
  site: text(500),
  publishedAt: v.nullable(isoDate),
  visitedAt: pastDate,
  truncated: v.boolean(),
});

/** The kinds each key prefix may name: `org:` covers organizations and groups alike. */
export const KINDS_OF_PREFIX: Readonly<Record<string, readonly ActorKind[]>> = {
  person: ['person'],
  country: ['country'],
  org: ['organization', 'group'],
};

const Actor = v.object({
  key: v.pipe(
    v.string(),
    v.regex(/^[a-z]+:\S+$/, 'must look like "kind:name"'),
    v.check((key) => key.split(':')[0] in KINDS_OF_PREFIX, 'must start with person:, country: or org:'),
  ),
  name: text(500),
  kind: v.picklist(['person', 'country', 'organization', 'group']),
  aliases: v.array(text(500)),
  firstSeen: pastDate,
  lastSeen: pastDate,
});

const Appearance = v.object({
  page: v.number(),
  actor: v.string(),
  name: text(500),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  firstOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const Demand = v.object({
  page: v.number(),
  actor: v.string(),
  target: v.nullable(v.string()),
  text: text(5000),
  cue: text(200),
  sentence: text(20000),
  /** The actor whose words these are, when the demand is here for a state or body they spoke for, or jointly. */
  via: v.optional(v.string()),
});

export const ExportFile = v.object({
  format: v.literal(FORMAT, `must be "${FORMAT}"`),
  version: v.literal(VERSION, `must be ${VERSION}: this file comes from another version of Who Wants What`),
  exportedAt: pastDate,
  pages: v.array(Page),
  actors: v.array(Actor),
  appearances: v.array(Appearance),
  demands: v.array(Demand),
});

export type ExportFile = v.InferOutput<typeof ExportFile>;

/** The first problem with a parsed file, as a sentence a reader can act on; null when valid. */
export function firstProblem(data: unknown): string | null {
  const result = v.safeParse(ExportFile, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(top level)';
    return `${path}: ${issue.message}`;
  }
  const file = result.output;
  const pages = new Set<number>();
  const urls = new Set<string>();
  for (const [i, p] of file.pages.entries()) {
    if (pages.has(p.id)) return `pages.${i}.id: ${p.id} is used twice`;
    if (urls.has(p.canonicalUrl)) return `pages.${i}.canonicalUrl: ${p.canonicalUrl} is listed twice`;
    pages.add(p.id);
    urls.add(p.canonicalUrl);
  }
  const actors = new Set<string>();
  for (const [i, a] of file.actors.entries()) {
    if (actors.has(a.key)) return `actors.${i}.key: ${a.key} is listed twice`;
    const prefix = a.key.split(':')[0];
    if (!KINDS_OF_PREFIX[prefix]?.includes(a.kind)) return `actors.${i}.kind: a ${prefix}: key cannot name a ${a.kind}`;
    actors.add(a.key);
  }
  for (const [i, a] of file.appearances.entries()) {
    if (!pages.has(a.page)) return `appearances.${i}.page: no page with id ${a.page}`;
    if (!actors.has(a.actor)) return `appearances.${i}.actor: no actor with key ${a.actor}`;
  }
  for (const [i, d] of file.demands.entries()) {
    if (!pages.has(d.page)) return `demands.${i}.page: no page with id ${d.page}`;
    if (!actors.has(d.actor)) return `demands.${i}.actor: no actor with key ${d.actor}`;
    if (d.target !== null && !actors.has(d.target)) return `demands.${i}.target: no actor with key ${d.target}`;
    if (d.via !== undefined && !actors.has(d.via)) return `demands.${i}.via: no actor with key ${d.via}`;
  }
  return null;
}
