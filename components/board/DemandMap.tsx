import { useMemo, useRef, useState } from 'preact/hooks';
import type { ActorInfo } from '@/lib/board/filter';
import type { Group } from '@/lib/board/group';
import { buildMap, type MapEdge, recency } from '@/lib/board/map';
import { TINT } from '@/lib/kinds';
import { formatDay, plural } from '../popup/format';

interface Props {
  groups: readonly Group[];
  actors: ReadonlyMap<string, ActorInfo>;
  selected: MapEdge | null;
  onSelect(edge: MapEdge | null): void;
}

const SIZE = 640;
/** Names written on the map; the others show on hover and in each edge's label. */
const LABELLED = 40;
const LABEL_CHARS = 16;

const edgeLabel = (e: MapEdge, name: (k: string) => string) =>
  `${name(e.from)} → ${name(e.to)}: ${plural(e.weight, 'demand')}, last ${formatDay(e.last)}`;

/** A name placed outside the circle, so names at its sides do not run off the drawing. */
function Label({ x, y, text }: { x: number; y: number; text: string }) {
  const side = x < SIZE / 2 - 20 ? 'end' : x > SIZE / 2 + 20 ? 'start' : 'middle';
  const dx = side === 'end' ? -9 : side === 'start' ? 9 : 0;
  const dy = side === 'middle' ? (y < SIZE / 2 ? -12 : 22) : 4;
  // long names are cut; the full one is the node's tooltip and in every edge's label
  const shown = text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;
  return (
    <text dx={dx} dy={dy} text-anchor={side}>
      {shown}
    </text>
  );
}

/** A curve bowed to one side, so A → B and B → A are two lines, not one. */
function curve(a: { x: number; y: number }, b: { x: number; y: number }): string {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${(mx - dy * 0.15).toFixed(1)},${(my + dx * 0.15).toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
}

/**
 * Who demands of whom, as SVG we draw ourselves: one tab stop for the whole map, the arrow keys
 * move between edges (heaviest first), Enter or Space shows an edge's demands.
 */
export function DemandMap({ groups, actors, selected, onSelect }: Props) {
  const map = useMemo(() => buildMap(groups, SIZE), [groups]);
  const [chosen, setFocused] = useState(0);
  // the edges change with the filters: the roving tab stop stays on one that exists
  const focused = chosen < map.edges.length ? chosen : 0;
  const edgeRefs = useRef<(SVGPathElement | null)[]>([]);
  const name = (key: string) => actors.get(key)?.name ?? key;
  const at = new Map(map.nodes.map((n) => [n.key, n]));
  const maxWeight = Math.max(1, ...map.edges.map((e) => e.weight));

  if (!map.edges.length) {
    return <p class="empty">No demand here names whom it is made of, so there is nothing to map.</p>;
  }
  const move = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const on = edgeRefs.current.indexOf(event.target as SVGPathElement);
    const current = on >= 0 ? on : focused;
    const edge = map.edges[current];
    if (step) {
      event.preventDefault();
      const next = (current + step + map.edges.length) % map.edges.length;
      setFocused(next);
      edgeRefs.current[next]?.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && edge) {
      event.preventDefault();
      onSelect(edge);
    } else if (event.key === 'Escape') {
      onSelect(null);
    }
  };
  return (
    <figure class="map">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="group"
        aria-label={`Map: ${plural(map.nodes.length, 'actor')}, ${plural(map.edges.length, 'link')}. Arrow keys move between links, Enter shows their demands.`}
        onKeyDown={move}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="16"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
          </marker>
        </defs>
        <g class="edges">
          {map.edges.map((e, i) => {
            const a = at.get(e.from);
            const b = at.get(e.to);
            if (!a || !b) return null;
            const isSelected = selected?.from === e.from && selected?.to === e.to;
            return (
              <path
                key={`${e.from}>${e.to}`}
                ref={(el) => {
                  edgeRefs.current[i] = el;
                }}
                d={curve(a, b)}
                class={isSelected ? 'edge selected' : 'edge'}
                style={{ strokeWidth: 1 + (5 * e.weight) / maxWeight, opacity: recency(map, e.last) }}
                marker-end="url(#arrow)"
                role="button"
                // lower case: on SVG elements attribute names keep their case, and only this one makes it focusable
                tabindex={i === focused ? 0 : -1}
                aria-label={edgeLabel(e, name)}
                aria-pressed={isSelected}
                data-from={e.from}
                data-to={e.to}
                onClick={() => {
                  setFocused(i);
                  onSelect(e);
                }}
              >
                <title>{edgeLabel(e, name)}</title>
              </path>
            );
          })}
        </g>
        <g class="nodes" aria-hidden="true">
          {map.nodes.map((n, i) => {
            const actor = actors.get(n.key);
            return (
              <g key={n.key} transform={`translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`}>
                <circle
                  r={3 + Math.min(9, Math.sqrt(n.weight) * 2)}
                  style={{ fill: actor ? TINT[actor.kind] : undefined }}
                >
                  <title>{name(n.key)}</title>
                </circle>
                {i < LABELLED && <Label x={n.x} y={n.y} text={name(n.key)} />}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption class="meta">
        Line width: number of distinct demands; faded lines were seen longer ago.
        {map.hidden > 0 && ` The ${plural(map.hidden, 'lightest link')} are left off; filter to see them.`}
      </figcaption>
    </figure>
  );
}
