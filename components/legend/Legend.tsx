// What the colours mean, drawn with the very tints the page uses (lib/kinds.ts): in the popup, and
// in the hover card on request. Each swatch is labelled in words, so colour is never the only cue.
import { DEMAND_UNDERLINE, KIND_LABEL, TINT } from '../../lib/kinds';

const LIST = { display: 'flex', flexWrap: 'wrap', gap: '4px 10px', listStyle: 'none', margin: 0, padding: 0 } as const;
const SWATCH = { padding: '0 3px', borderRadius: '3px' } as const;

export function Legend({ id }: { id?: string }) {
  return (
    <ul class="legend" id={id} aria-label="What the colours mean" style={LIST}>
      {(Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]).map((kind) => (
        <li key={kind}>
          <span class={`swatch swatch-${kind}`} style={{ ...SWATCH, background: TINT[kind] }}>
            {KIND_LABEL[kind]}
          </span>
        </li>
      ))}
      <li>
        <span
          class="swatch swatch-demand"
          style={{ ...SWATCH, background: TINT.demand, textDecoration: `underline 2px ${DEMAND_UNDERLINE}` }}
        >
          demanded text
        </span>
      </li>
    </ul>
  );
}

/** An actor's kind, in words on its tint. */
export function KindTag({ kind }: { kind: keyof typeof KIND_LABEL }) {
  return (
    <span class={`kind kind-${kind}`} style={{ background: TINT[kind] }}>
      {KIND_LABEL[kind]}
    </span>
  );
}
