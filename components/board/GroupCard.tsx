import { useState } from 'preact/hooks';
import type { ActorInfo } from '@/lib/board/filter';
import type { Group, MergedDemand } from '@/lib/board/group';
import { TINT } from '@/lib/kinds';
import { formatDay, plural } from '../popup/format';
import { Course, StrengthMeter } from './Course';

interface Props {
  group: Group;
  actors: ReadonlyMap<string, ActorInfo>;
  /** Open every demand's course at once (an edge picked on the map). */
  open?: boolean;
}

const span = (first: number, last: number) =>
  formatDay(first) === formatDay(last) ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;

function Name({ actorKey, actors }: { actorKey: string; actors: ReadonlyMap<string, ActorInfo> }) {
  const actor = actors.get(actorKey);
  if (!actorKey) return <span class="nobody">no one named</span>;
  return (
    <span class="name">
      <span class="dot" style={{ background: actor ? TINT[actor.kind] : undefined }} aria-hidden="true" />
      {actor?.name ?? actorKey}
    </span>
  );
}

function Demand({ demand, actors, open }: { demand: MergedDemand; actors: Props['actors']; open: boolean }) {
  const [expanded, setExpanded] = useState(open);
  // the picked edge's copy of a group sits beside the list's: its ids must differ
  const id = `${open ? 'picked-' : ''}course-${demand.id}`;
  return (
    <li class="merged">
      <button
        type="button"
        class="toggle"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded(!expanded)}
      >
        <span class="text">{demand.text}</span>
        <span class="meta">
          seen {demand.sightings.length === 1 ? 'once' : `${demand.sightings.length} times`}
          {demand.pages !== demand.sightings.length ? ` on ${plural(demand.pages, 'page')}` : ''} ·{' '}
          {span(demand.first, demand.last)} · {demand.sites.join(', ')}
        </span>
        <StrengthMeter strength={demand.strength} />
      </button>
      {expanded && (
        <div id={id}>
          <Course demand={demand} actors={actors} />
        </div>
      )}
    </li>
  );
}

/** One demander and target: their merged demands, each opening onto its course. */
export function GroupCard({ group, actors, open = false }: Props) {
  return (
    <article
      class="group"
      aria-label={`${actors.get(group.actorKey)?.name ?? group.actorKey} demands of ${actors.get(group.targetKey)?.name ?? 'no one named'}`}
    >
      <h3>
        <Name actorKey={group.actorKey} actors={actors} /> <span aria-hidden="true">→</span>
        <span class="visually-hidden"> of </span> <Name actorKey={group.targetKey} actors={actors} />
      </h3>
      <p class="meta">
        {plural(group.demands.length, 'demand')} · seen {plural(group.sightings, 'time')} ·{' '}
        {span(group.first, group.last)} · {group.sites.join(', ')}
      </p>
      <ul class="merged-list">
        {group.demands.map((d) => (
          <Demand key={d.id} demand={d} actors={actors} open={open} />
        ))}
      </ul>
    </article>
  );
}
