import type { MergedDemand } from '@/lib/db/queries';
import { formatDay, plural } from './format';

interface Props {
  demands: MergedDemand[];
  /** Which side to name: who must act (for an actor's own demands) or who demands. */
  show: 'target' | 'actor' | 'both';
  empty: string;
}

export function DemandList({ demands, show, empty }: Props) {
  if (!demands.length) return <p class="empty">{empty}</p>;
  return (
    <ul class="demands">
      {demands.map((d) => (
        <li key={`${d.actorKey}|${d.targetKey}|${d.text}`}>
          {show !== 'target' && <strong>{d.actorName ?? 'Someone'}</strong>}
          {show !== 'actor' && d.targetName && (
            <span class="target">
              {show === 'both' ? ' → ' : '→ '}
              {d.targetName}:{' '}
            </span>
          )}
          {show === 'both' && !d.targetName && ': '}
          <q>{d.text}</q>
          {d.pages > 1 && (
            <span class="meta">
              {' '}
              — {plural(d.pages, 'page')} since {formatDay(d.firstSeen)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
