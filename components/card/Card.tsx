// The hover card: who an actor is on this page, what it demands and of whom, what is demanded of
// it, and what it demanded on earlier pages. Or, for demanded text, who demands it of whom.
// Everything from the page is rendered as text nodes, never as markup.
import { useState } from 'preact/hooks';
import { phrase } from '../../lib/demand-phrase';
import { TINT } from '../../lib/kinds';
import type { ActorCardModel, CardModel, DemandCardModel, DemandLine } from '../../lib/page/card-model';
import { KindTag, Legend } from '../legend/Legend';

/** Most lines of one list the card shows; the rest is counted. */
const MAX_LINES = 5;

/** "×3" for a demand the page repeats, read out as "3 times". */
function Count({ n }: { n: number }) {
  return n > 1 ? <span class="count" aria-label={`${n} times`}>{` ×${n}`}</span> : null;
}

/** An actor's own demands read "insisted → Ukraine: …"; demands made of it "Zelensky called on: …". */
function Lines({ lines, side }: { lines: DemandLine[]; side: 'target' | 'demander' }) {
  const shown = lines.slice(0, MAX_LINES);
  return (
    <ul class="lines">
      {shown.map((line, i) => (
        <li key={i}>
          <span class="verb">
            {side === 'demander' && line.other ? `${line.other} ${line.verb}` : line.verb}
            {side === 'target' && line.other ? ` → ${line.other}` : ''}:{' '}
          </span>
          <q>{line.text}</q>
          <Count n={line.count} />
        </li>
      ))}
      {lines.length > shown.length && <li class="more">and {lines.length - shown.length} more</li>}
    </ul>
  );
}

function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function History({ model }: { model: ActorCardModel }) {
  const { history } = model;
  if (!history || history.pageCount === 0) return null;
  // never a heading over nothing: without earlier demands, one plain line says where it was seen
  if (!history.recentDemands.length) {
    return <p class="quiet">Seen on {plural(history.pageCount, 'earlier page')}, demanding nothing there.</p>;
  }
  return (
    <section class="history">
      <h3>Earlier: {plural(history.pageCount, 'page')}</h3>
      <ul class="lines">
        {history.recentDemands.map((d) => {
          const { verb, text } = phrase(d.cue, d.text, d.targetName ? [d.targetName] : []);
          return (
            <li key={`${d.url}|${d.text}`}>
              <span class="verb">
                {verb}
                {d.targetName ? ` → ${d.targetName}` : ''}:{' '}
              </span>
              <q>{text}</q>{' '}
              <span class="source">
                {d.site}, {formatDate(d.visitedAt)}
                {d.pages > 1 ? ` and ${plural(d.pages - 1, 'other page')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ActorCard({ model }: { model: ActorCardModel }) {
  return (
    <>
      <header>
        <KindTag kind={model.kind} />
        <h2 class="name" id="wwa-card-name">
          {model.name}
        </h2>
      </header>
      {model.otherNames.length > 0 && <p class="aliases">Also called: {model.otherNames.join(', ')}</p>}
      {model.demands.length > 0 && (
        <section class="demands">
          <h3>Demands on this page</h3>
          <Lines lines={model.demands} side="target" />
        </section>
      )}
      {model.demandedOf.length > 0 && (
        <section class="demanded-of">
          <h3>Demanded of {model.name}</h3>
          <Lines lines={model.demandedOf} side="demander" />
        </section>
      )}
      {model.demands.length === 0 && model.demandedOf.length === 0 && (
        <p class="quiet">No demands by or of {model.name} on this page.</p>
      )}
      <History model={model} />
    </>
  );
}

function DemandCard({ model }: { model: DemandCardModel }) {
  return (
    <>
      <header>
        <span class="kind kind-demand" style={{ background: TINT.demand }}>
          Demand
        </span>
        <h2 class="name" id="wwa-card-name">
          {model.by?.name ?? 'Someone'}
        </h2>
      </header>
      <p class="demand-text">
        <span class="verb">
          {model.verb}
          {model.of ? ` → ${model.of.name}` : ''}:{' '}
        </span>
        <q>{model.text}</q>
      </p>
    </>
  );
}

export interface CardProps {
  model: CardModel;
  /** The highlighted words the card is about, so a screen reader hears what it belongs to. */
  about: string;
  /** Opened from the keyboard: a dialog that holds focus, rather than a tooltip. */
  focused?: boolean;
  /** Opens the actor's whole history in the extension's page. */
  onOpenHistory?(key: string): void;
  /** Opens the board, on this actor, in a tab. */
  onOpenBoard?(key: string): void;
}

export function Card({ model, about, focused = false, onOpenHistory, onOpenBoard }: CardProps) {
  const [legend, setLegend] = useState(false);
  return (
    <div
      class="card"
      role={focused ? 'dialog' : 'tooltip'}
      aria-labelledby="wwa-card-about wwa-card-name"
      tabIndex={focused ? -1 : undefined}
      data-type={model.type}
    >
      <p class="visually-hidden" id="wwa-card-about">
        About “{about}” in the text:
      </p>
      {model.type === 'actor' ? <ActorCard model={model} /> : <DemandCard model={model} />}
      <footer>
        <button type="button" aria-expanded={legend} aria-controls="wwa-card-legend" onClick={() => setLegend(!legend)}>
          Colour key
        </button>
        {model.type === 'actor' && onOpenHistory && (
          <button type="button" onClick={() => onOpenHistory(model.key)}>
            All about {model.name}
          </button>
        )}
        {model.type === 'actor' && onOpenBoard && (
          <button type="button" onClick={() => onOpenBoard(model.key)}>
            On the board
          </button>
        )}
      </footer>
      {legend && <Legend id="wwa-card-legend" />}
    </div>
  );
}
