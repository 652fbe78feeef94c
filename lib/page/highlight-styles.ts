// How highlights look. Translucent tints over the page's own text colour, so they read on light
// and dark pages alike; demands add an underline, so a name inside a demand keeps both cues.
// The same rules style the <wwa-mark> fallback.
import type { HighlightName } from './highlight-names';

const LOOKS: Readonly<Record<HighlightName, string>> = {
  'wwa-person': 'background-color: rgb(255 190 0 / 0.4);',
  'wwa-country': 'background-color: rgb(0 160 255 / 0.32);',
  'wwa-organization': 'background-color: rgb(170 90 255 / 0.32);',
  'wwa-group': 'background-color: rgb(0 200 120 / 0.32);',
  'wwa-demand':
    'background-color: rgb(255 70 70 / 0.14); text-decoration: underline 2px rgb(235 60 60 / 0.9); text-decoration-skip-ink: none;',
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
