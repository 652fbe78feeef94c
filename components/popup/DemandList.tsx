import type { MergedDemand } from '@/lib/db/queries';
import { phrase } from '@/lib/demand-phrase';
import { quoteFrom, quoteUrl } from '@/lib/page/anchor';
import { formatDay, plural } from './format';

interface Props {
  demands: MergedDemand[];
  /** Which side to name: who must act (an actor's own demands), who demands (demands of an actor), or both. */
  show: 'target' | 'actor' | 'both';
  empty: string;
  /** Shows the demand in the tab's page (This page). */
  onShow?(demand: MergedDemand): void;
  /** Links each demand to its page, opened at the passage (demands from other pages). */
  linkToPassage?: boolean;
}

/** Each demand reads as a sentence: "Vladimir Putin has demanded → Ukraine: “withdraw …”". */
export function DemandList({ demands, show, empty, onShow, linkToPassage = false }: Props) {
  if (!demands.length) return <p class="empty">{empty}</p>;
  return (
    <ul class="demands">
      {demands.map((d) => {
        const { verb, text } = phrase(d.cue, d.text, d.targetName ? [d.targetName] : []);
        return (
          <li key={`${d.actorKey}|${d.targetKey}|${d.text}`}>
            {/* the sentence apart from the actions after it, so it reads (and is read out) whole */}
            <span class="line">
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
            </span>
            {onShow && (
              <button type="button" class="inline-action" onClick={() => onShow(d)}>
                Show in page
              </button>
            )}
            {linkToPassage && d.url && (
              <a
                class="inline-action"
                href={quoteUrl(d.url, quoteFrom(d.sentence, d.text))}
                target="_blank"
                rel="noreferrer"
              >
                Open at passage
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
