// How highlights look: the tints of lib/kinds.ts, shared with the card and the popup. The same
// rules style the <wwa-mark> fallback.
import { DEMAND_UNDERLINE, TINT } from '../kinds';
import type { HighlightName } from './highlight-names';

const LOOKS: Readonly<Record<HighlightName, string>> = {
  'wwa-person': `background-color: ${TINT.person};`,
  'wwa-country': `background-color: ${TINT.country};`,
  'wwa-organization': `background-color: ${TINT.organization};`,
  'wwa-group': `background-color: ${TINT.group};`,
  'wwa-demand': `background-color: ${TINT.demand}; text-decoration: underline 2px ${DEMAND_UNDERLINE}; text-decoration-skip-ink: none;`,
};

export const HIGHLIGHT_CSS = Object.entries(LOOKS)
  .map(([name, look]) => `::highlight(${name}) { ${look} }\nwwa-mark[data-wwa~="${name}"] { ${look} }`)
  .join('\n')
  .concat('\nwwa-mark { display: inline; color: inherit; font: inherit; }');

const STYLE_MARKER = 'data-wwa-styles';

/** Adds the highlight stylesheet to the document's head (never its body, whose text stays as it was). */
export function injectHighlightStyles(doc: Document): () => void {
  let style = doc.head?.querySelector<HTMLStyleElement>(`style[${STYLE_MARKER}]`) ?? null;
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(STYLE_MARKER, '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  const added = style;
  return () => added.remove();
}
