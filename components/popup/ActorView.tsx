import { deleteActor, restore } from '@/lib/db/delete';
import { actorDetail } from '@/lib/db/queries';
import type { WwaDatabase } from '@/lib/db/schema';
import { KIND_LABEL } from '@/lib/kinds';
import { KindTag } from '../legend/Legend';
import { DemandList } from './DemandList';
import { ExportButton } from './ExportButton';
import { formatDay, plural } from './format';
import type { Notice } from './Messages';
import { useLiveQuery } from './useLiveQuery';

interface Props {
  db: WwaDatabase;
  actorKey: string;
  onBack(): void;
  onOpen(key: string): void;
  say(notice: Notice | null): void;
}

/** One actor across every page: where it appeared, what it demanded, what was demanded of it. */
export function ActorView({ db, actorKey, onBack, onOpen, say }: Props) {
  const detail = useLiveQuery(() => actorDetail(db, actorKey), [actorKey]);
  if (detail === undefined) return null;
  if (detail === null) return <p class="empty">This actor is no longer in your history.</p>;
  const { actor, pages, demands, demandsOf, coActors } = detail;
  return (
    <article aria-labelledby="actor-name" class="actor-view">
      <button type="button" class="back" onClick={onBack}>
        ← All actors
      </button>
      <h2 id="actor-name">{actor.name}</h2>
      <p class="meta">
        <KindTag kind={actor.kind} /> {plural(actor.pageCount, 'page')} · first seen {formatDay(actor.firstSeen)}
        {actor.aliases.length > 1 && <> · also “{actor.aliases.filter((a) => a !== actor.name).join('”, “')}”</>}
      </p>
      <h3>Demands</h3>
      <DemandList demands={demands} show="target" empty="No demands seen yet." linkToPassage />
      <h3>Demanded of {actor.name}</h3>
      <DemandList
        demands={demandsOf}
        show="actor"
        empty="Nobody was seen demanding anything of this actor."
        linkToPassage
      />
      <h3>Pages</h3>
      <ol class="timeline">
        {pages.map((p) => (
          <li key={p.id}>
            <a href={p.url} target="_blank" rel="noreferrer">
              {p.title || p.url}
            </a>
            <span class="meta">
              {' '}
              {p.site} · {formatDay(p.visitedAt)}
            </span>
          </li>
        ))}
      </ol>
      {coActors.length > 0 && (
        <>
          <h3>Appears most with</h3>
          <ul class="chips">
            {coActors.map((c) => (
              <li key={c.key}>
                <button type="button" onClick={() => onOpen(c.key)}>
                  {c.name} ({c.pages})
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="buttons">
        <ExportButton db={db} actorKey={actor.key} label={`Export ${actor.name}`} />
        <button
          type="button"
          class="quiet-button"
          onClick={async () => {
            const snapshot = await deleteActor(db, actor.key);
            onBack();
            say({
              tone: 'info',
              text: `Deleted ${actor.name} (${KIND_LABEL[actor.kind].toLowerCase()}) and what only it held.`,
              undo: () => restore(db, snapshot),
            });
          }}
        >
          Delete {actor.name}
        </button>
      </div>
    </article>
  );
}
