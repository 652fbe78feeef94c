import { useEffect, useMemo, useState } from 'preact/hooks';
import { type BoardFilter, filterGroups, NO_FILTER, sitesOf } from '@/lib/board/filter';
import { groupDemands } from '@/lib/board/group';
import type { MapEdge } from '@/lib/board/map';
import { type BoardData, loadBoard, loadRecentBoard } from '@/lib/db/board';
import type { WwaDatabase } from '@/lib/db/schema';
import { plural } from '../popup/format';
import { useLiveQuery } from '../popup/useLiveQuery';
import { BoardExport } from './BoardExport';
import { DemandMap } from './DemandMap';
import { Filters } from './Filters';
import { GroupCard } from './GroupCard';

interface Props {
  db: WwaDatabase;
  /** The actor named in the address (board.html?actor=…), to start narrowed to. */
  actor?: string | null;
}

/** Groups rendered at first; the rest on request, so a large store opens at once. */
const PAGE = 40;

/** Every demand across the reader's pages: who demands what of whom, the map, each demand's course. */
export function Board({ db, actor = null }: Props) {
  // the latest pages first, shown until the whole store is read; that read starts after, so the
  // two do not share the first moments
  const [recent, setRecent] = useState<BoardData | null>(null);
  useEffect(() => {
    void loadRecentBoard(db).then(setRecent);
  }, []);
  const whole = useLiveQuery(async () => (recent ? loadBoard(db) : undefined), [recent !== null]);
  const data = whole ?? recent;
  const [filter, setFilter] = useState<BoardFilter>({ ...NO_FILTER, actor: actor ?? '' });
  const [shown, setShown] = useState(PAGE);
  const [edge, setEdge] = useState<MapEdge | null>(null);
  const groups = useMemo(() => (data ? groupDemands(data.sightings) : []), [data]);
  const sites = useMemo(() => sitesOf(groups), [groups]);
  const visible = useMemo(() => (data ? filterGroups(groups, data.actors, filter) : []), [groups, data, filter]);
  const change = (next: BoardFilter) => {
    setFilter(next);
    setShown(PAGE);
    setEdge(null);
  };
  if (!data) return null;
  const { actors } = data;
  const demands = visible.reduce((n, g) => n + g.demands.length, 0);
  const picked = edge && visible.find((g) => g.actorKey === edge.from && g.targetKey === edge.to);
  return (
    <>
      <header class="board-header">
        <h1>Who demands what of whom</h1>
        <BoardExport db={db} groups={visible} actors={actors} partial={data.partial} />
      </header>
      <Filters filter={filter} sites={sites} actorName={actors.get(filter.actor)?.name ?? null} onChange={change} />
      <p class="summary" role="status">
        {plural(visible.length, 'group')} · {plural(demands, 'demand')}
        {visible.length === groups.length ? '' : ` (of ${plural(groups.length, 'group')})`}
        {data.partial ? ' from your latest pages; reading the rest…' : ''}
      </p>
      {!groups.length ? (
        <p class="empty">
          No demands yet. Read a few news articles: every demand found in them is gathered here, grouped by who makes it
          of whom.
        </p>
      ) : (
        <main class="board">
          <section aria-labelledby="map-title" class="map-section">
            <h2 id="map-title">Who demands of whom</h2>
            <DemandMap groups={visible} actors={actors} selected={edge} onSelect={setEdge} />
            {picked && (
              <div class="picked" aria-live="polite">
                <GroupCard key={`${picked.actorKey}>${picked.targetKey}`} group={picked} actors={actors} open />
                <button type="button" onClick={() => setEdge(null)}>
                  Close
                </button>
              </div>
            )}
          </section>
          <section aria-labelledby="groups-title" class="groups-section">
            <h2 id="groups-title">Demands by actor and target</h2>
            {visible.length === 0 ? (
              <p class="empty">Nothing matches these filters.</p>
            ) : (
              <ul class="groups">
                {visible.slice(0, shown).map((g) => (
                  <li key={`${g.actorKey}>${g.targetKey}`}>
                    <GroupCard group={g} actors={actors} />
                  </li>
                ))}
              </ul>
            )}
            {visible.length > shown && (
              <button type="button" onClick={() => setShown(shown + PAGE * 2)}>
                Show {plural(Math.min(PAGE * 2, visible.length - shown), 'more group')}
              </button>
            )}
          </section>
        </main>
      )}
    </>
  );
}
