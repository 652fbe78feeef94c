// The hover card: who an actor is on this page, what it demands and of whom, what is demanded of
// it, and what it demanded on earlier pages. Or, for demanded text, who demands it of whom.
// Everything from the page is rendered as text nodes, never as markup.
import type { ActorKind } from '../../lib/extract/types';
import type { ActorCardModel, CardModel, DemandCardModel, DemandLine } from '../../lib/page/card-model';

const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  group: 'Group',
};

/** Most lines of one list the card shows; the rest is counted. */
const MAX_LINES = 5;

function Lines({ lines, arrow }: { lines: DemandLine[]; arrow: 'to' | 'from' }) {
  const shown = lines.slice(0, MAX_LINES);
  return (
    <ul class="lines">
      {shown.map((line, i) => (
        <li key={i}>
          {line.other && <span class="other">{arrow === 'to' ? `→ ${line.other}: ` : `${line.other}: `}</span>}
          <q>{line.text}</q>
        </li>
      ))}
      {lines.length > shown.length && <li class="more">and {lines.length - shown.length} more</li>}
    </ul>
  );
}

function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function ActorCard({ model }: { model: ActorCardModel }) {
  const { history } = model;
  return (
    <>
      <header>
        <span class={`kind kind-${model.kind}`}>{KIND_LABELS[model.kind]}</span>
        <h2 class="name">{model.name}</h2>
      </header>
      {model.otherNames.length > 0 && <p class="aliases">Also called: {model.otherNames.join(', ')}</p>}
      {model.demands.length > 0 && (
        <section class="demands">
          <h3>Demands on this page</h3>
          <Lines lines={model.demands} arrow="to" />
        </section>
      )}
      {model.demandedOf.length > 0 && (
        <section class="demanded-of">
          <h3>Demanded of {model.name}</h3>
          <Lines lines={model.demandedOf} arrow="from" />
        </section>
      )}
      {model.demands.length === 0 && model.demandedOf.length === 0 && (
        <p class="quiet">No demands by or of {model.name} on this page.</p>
      )}
      {history && history.pageCount > 0 && (
        <section class="history">
          <h3>
            Earlier: {history.pageCount} {history.pageCount === 1 ? 'page' : 'pages'}
          </h3>
          <ul class="lines">
            {history.recentDemands.slice(0, MAX_LINES).map((d) => (
              <li key={`${d.url}|${d.text}`}>
                {d.targetName && <span class="other">→ {d.targetName}: </span>}
                <q>{d.text}</q>{' '}
                <span class="source">
                  {d.site}, {formatDate(d.visitedAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function DemandCard({ model }: { model: DemandCardModel }) {
  return (
    <>
      <header>
        <span class="kind kind-demand">Demand</span>
        <h2 class="name">
          {model.by?.name ?? 'Someone'}
          {model.of && <span class="of"> → {model.of.name}</span>}
        </h2>
      </header>
      <p class="demand-text">
        <span class="cue">{model.cue} </span>
        <q>{model.text}</q>
      </p>
    </>
  );
}

export function Card({ model }: { model: CardModel }) {
  return (
    <div class="card" role="tooltip" data-type={model.type}>
      {model.type === 'actor' ? <ActorCard model={model} /> : <DemandCard model={model} />}
    </div>
  );
}
