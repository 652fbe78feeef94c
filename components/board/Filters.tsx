import type { BoardFilter } from '@/lib/board/filter';
import type { ActorKind } from '@/lib/extract/types';
import { KIND_LABEL } from '@/lib/kinds';

interface Props {
  filter: BoardFilter;
  sites: string[];
  /** The actor the board is narrowed to, by name. */
  actorName: string | null;
  onChange(next: BoardFilter): void;
}

/**
 * `<input type=date>` speaks "YYYY-MM-DD"; the filter holds ms, the day's last ms for "to". Days
 * are the reader's own (local time), as the board prints its dates.
 */
function fromDay(value: string, end: boolean): number | null {
  if (!value) return null;
  const [y, m, d] = value.split('-').map(Number);
  return end ? new Date(y, m - 1, d + 1).getTime() - 1 : new Date(y, m - 1, d).getTime();
}
function toDay(ms: number | null): string {
  if (ms === null) return '';
  const day = new Date(ms);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

export function Filters({ filter, sites, actorName, onChange }: Props) {
  const set = (change: Partial<BoardFilter>) => onChange({ ...filter, ...change });
  return (
    <form class="filters" role="search" aria-label="Filter the board" onSubmit={(e) => e.preventDefault()}>
      <label class="wide">
        <span>Search</span>
        <input
          type="search"
          placeholder="Demands and names"
          value={filter.search}
          onInput={(e) => set({ search: e.currentTarget.value })}
        />
      </label>
      <label>
        <span>Topic words</span>
        <input
          type="text"
          placeholder="pay, ceasefire"
          value={filter.topic}
          onInput={(e) => set({ topic: e.currentTarget.value })}
        />
      </label>
      <label>
        <span>From</span>
        <input
          type="date"
          value={toDay(filter.from)}
          onInput={(e) => set({ from: fromDay(e.currentTarget.value, false) })}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="date"
          value={toDay(filter.to)}
          onInput={(e) => set({ to: fromDay(e.currentTarget.value, true) })}
        />
      </label>
      <label>
        <span>Site</span>
        <select value={filter.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select value={filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as ActorKind | 'all' })}>
          <option value="all">All kinds</option>
          {Object.entries(KIND_LABEL).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {filter.actor && (
        <p class="chip">
          Only {actorName ?? filter.actor}{' '}
          <button type="button" onClick={() => set({ actor: '' })}>
            Show everyone
          </button>
        </p>
      )}
    </form>
  );
}
