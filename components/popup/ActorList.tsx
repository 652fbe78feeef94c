import { useMemo, useState } from 'preact/hooks';
import { actorsByDemand, demandTexts, joinFound, searchActors, storedSites } from '@/lib/db/actor-search';
import type { ActorSort } from '@/lib/db/queries';
import type { WwaDatabase } from '@/lib/db/schema';
import type { ActorKind } from '@/lib/extract/types';
import { KIND_LABEL, TINT } from '@/lib/kinds';
import { formatDay, plural } from './format';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  db: WwaDatabase;
  onOpen(key: string): void;
}

const DAY_MS = 86_400_000;
const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00`) : null);

/** Every actor met so far: search names and demands, filter by kind, dates and site, sort. */
export function ActorList({ db, onOpen }: Props) {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ActorKind | 'all'>('all');
  const [sort, setSort] = useState<ActorSort>('recent');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [site, setSite] = useState('');
  const sites = useLiveQuery(async () => (filtersOpen ? storedSites(db) : []), [filtersOpen]);
  const toDay = dayStart(to);
  const query = {
    search,
    kind,
    sort,
    from: dayStart(from),
    to: toDay === null ? null : toDay + DAY_MS - 1,
    site,
  };
  const named = useLiveQuery(() => searchActors(db, query), [search, kind, sort, from, to, site]);
  // The distinct demand texts, read once the first names are shown and kept while the store stays
  // the same: read at the first keystroke instead, they shared its moment with the name search.
  const texts = useLiveQuery(async () => (named ? demandTexts(db) : null), [named !== undefined]);
  const byDemand = useLiveQuery(
    async () => (texts && search ? actorsByDemand(db, query, texts) : []),
    [texts, search, kind, from, to, site],
  );
  const actors = named && joinFound(named, byDemand ?? [], query);
  // "nothing found" only once the demands have been searched too
  const settled = byDemand !== undefined && (!search || texts !== undefined);
  // The same rows until the query answers: a keystroke re-renders the box, not a hundred rows
  // (the empty message's words are the ones the answer is for).
  const filtered = Boolean(from || to || site);
  const rows = useMemo(
    () =>
      actors === undefined || (actors.length === 0 && !settled) ? null : actors.length === 0 ? (
        <p class="empty">
          {search
            ? `No actor matches “${search}”.`
            : filtered
              ? 'No actor was seen on pages of those dates and site.'
              : 'No actors yet.'}
        </p>
      ) : (
        <ul class="actors">
          {actors.map(({ actor: a, demand }) => (
            <li key={a.key}>
              <button type="button" class="actor" onClick={() => onOpen(a.key)}>
                <span class="dot" style={{ background: TINT[a.kind] }} aria-hidden="true" />
                <span class="name">{a.name}</span>
                <span class="meta">
                  {KIND_LABEL[a.kind]} · {plural(a.pageCount, 'page')} · {plural(a.demandCount, 'demand')} ·{' '}
                  {formatDay(a.lastSeen)}
                </span>
                {demand && <span class="meta">demanded “{demand}”</span>}
              </button>
            </li>
          ))}
        </ul>
      ),
    [named, byDemand, settled],
  );

  return (
    <section aria-label="Actors">
      <div class="controls">
        <input
          type="search"
          placeholder="Search actors and demands"
          aria-label="Search actors"
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ActorKind | 'all')}>
          <option value="all">All kinds</option>
          {Object.entries(KIND_LABEL).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
        <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as ActorSort)}>
          <option value="recent">Recent</option>
          <option value="pages">Most pages</option>
          <option value="demands">Most demands</option>
        </select>
        <button
          type="button"
          aria-expanded={filtersOpen}
          aria-controls="actor-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          Filters
        </button>
      </div>
      {filtersOpen && (
        <div class="controls" id="actor-filters">
          <label>
            From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label>
            To <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
          <select aria-label="Site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">All sites</option>
            {(sites ?? []).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      )}
      {rows}
    </section>
  );
}
