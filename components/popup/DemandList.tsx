import type { MergedDemand } from '@/lib/db/queries';
import { phrase } from '@/lib/demand-phrase';
import { formatDay, plural } from './format';

interface Props {
  demands: MergedDemand[];
  /** Which side to name: who must act (an actor's own demands), who demands (demands of an actor), or both. */
  show: 'target' | 'actor' | 'both';
  empty: string;
}

/** Each demand reads as a sentence: "Vladimir Putin has demanded → Ukraine: “withdraw …”". */
export function DemandList({ demands, show, empty }: Props) {
  if (!demands.length) return <p class="empty">{empty}</p>;
  return (
    <ul class="demands">
      {demands.map((d) => {
        const { verb, text } = phrase(d.cue, d.text, d.targetName ? [d.targetName] : []);
        return (
          <li key={`${d.actorKey}|${d.targetKey}|${d.text}`}>
            {show !== 'target' && <strong>{d.actorName ?? 'Someone'} </strong>}
            <span class="verb">
              {verb}
              {show !== 'actor' && d.targetName ? ` → ${d.targetName}` : ''}:{' '}
            </span>
            <q>{text}</q>
            {d.pages > 1 && (
              <span class="meta">
                {' '}
                — {plural(d.pages, 'page')} since {formatDay(d.firstSeen)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
