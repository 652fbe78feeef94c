// The export file: a documented, versioned JSON format (see README "Export format"). The schema
// is the single definition: export builds values of its type, import validates against it.
import * as v from 'valibot';

export const FORMAT = 'who-wants-what';
export const VERSION = 1;

const isoDate = v.pipe(v.string(), v.isoTimestamp('must be an ISO date-time'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const Page = v.object({
  id: v.pipe(v.number(), v.integer()),
  canonicalUrl: v.pipe(v.string(), v.url('must be a URL')),
  url: v.pipe(v.string(), v.url('must be a URL')),
  title: text(2000),
  site: text(500),
  publishedAt: v.nullable(v.string()),
  visitedAt: isoDate,
  truncated: v.boolean(),
});

const Actor = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z]+:\S+$/, 'must look like "kind:name"')),
  name: text(500),
  kind: v.picklist(['person', 'country', 'organization', 'group']),
  aliases: v.array(text(500)),
  firstSeen: isoDate,
  lastSeen: isoDate,
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
});

export const ExportFile = v.object({
  format: v.literal(FORMAT, `must be "${FORMAT}"`),
  version: v.literal(VERSION, `must be ${VERSION}: this file comes from another version of Who Wants What`),
  exportedAt: isoDate,
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
  const actors = new Set(file.actors.map((a) => a.key));
  for (const [i, a] of file.appearances.entries()) {
    if (!pages.has(a.page)) return `appearances.${i}.page: no page with id ${a.page}`;
    if (!actors.has(a.actor)) return `appearances.${i}.actor: no actor with key ${a.actor}`;
  }
  for (const [i, d] of file.demands.entries()) {
    if (!pages.has(d.page)) return `demands.${i}.page: no page with id ${d.page}`;
    if (!actors.has(d.actor)) return `demands.${i}.actor: no actor with key ${d.actor}`;
    if (d.target !== null && !actors.has(d.target)) return `demands.${i}.target: no actor with key ${d.target}`;
  }
  return null;
}
