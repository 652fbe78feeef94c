import { useMemo, useState } from 'preact/hooks';
import { type ActorSort, listActors } from '@/lib/db/queries';
import type { WwaDatabase } from '@/lib/db/schema';
import type { ActorKind } from '@/lib/extract/types';
import { KIND_LABEL, TINT } from '@/lib/kinds';
import { formatDay, plural } from './format';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  db: WwaDatabase;
  onOpen(key: string): void;
}

/** Every actor met so far: search from any word of a name, filter by kind, sort. */
export function ActorList({ db, onOpen }: Props) {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ActorKind | 'all'>('all');
  const [sort, setSort] = useState<ActorSort>('recent');
  const actors = useLiveQuery(() => listActors(db, { search, kind, sort }), [search, kind, sort]);
  // The same rows until the query answers: a keystroke re-renders the box, not a hundred rows
  // (the empty message's search is the one the answer is for).
  const rows = useMemo(
    () =>
      actors === undefined ? null : actors.length === 0 ? (
        <p class="empty">{search ? `No actor matches “${search}”.` : 'No actors yet.'}</p>
      ) : (
        <ul class="actors">
          {actors.map((a) => (
            <li key={a.key}>
              <button type="button" class="actor" onClick={() => onOpen(a.key)}>
                <span class="dot" style={{ background: TINT[a.kind] }} aria-hidden="true" />
                <span class="name">{a.name}</span>
                <span class="meta">
                  {KIND_LABEL[a.kind]} · {plural(a.pageCount, 'page')} · {plural(a.demandCount, 'demand')} ·{' '}
                  {formatDay(a.lastSeen)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ),
    [actors],
  );

  return (
    <section aria-label="Actors">
      <div class="controls">
        <input
          type="search"
          placeholder="Search actors"
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
      </div>
      {rows}
    </section>
  );
}
