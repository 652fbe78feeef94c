// The extension's own page (popup.html) opened in a tab instead of the toolbar: what it is about
// travels in its address. Firefox closes a toolbar popup when a file picker opens, so importing
// there happens in such a tab; the hover card opens an actor's history in one.
import { browser } from 'wxt/browser';

export interface PageParams {
  /** The tab "This page" describes; null for none. */
  tab: number | null;
  /** An actor whose history to open. */
  actor?: string | null;
  /** Open on the import panel. */
  importing?: boolean;
}

export function extensionPageUrl(params: PageParams): string {
  const query = new URLSearchParams();
  if (params.tab !== null) query.set('tab', String(params.tab));
  if (params.actor) query.set('actor', params.actor);
  if (params.importing) query.set('import', '');
  return `${browser.runtime.getURL('/popup.html')}?${query}`;
}

/** The parameters of a page opened by `extensionPageUrl`; null in the toolbar popup itself. */
export function pageParams(search: string): PageParams | null {
  const query = new URLSearchParams(search);
  if (![...query.keys()].length) return null;
  const tab = Number(query.get('tab'));
  return {
    tab: query.has('tab') && Number.isInteger(tab) ? tab : null,
    actor: query.get('actor'),
    importing: query.has('import'),
  };
}

/** The board (board.html), on one actor when given. */
export function boardUrl(actor: string | null = null): string {
  const query = actor ? `?${new URLSearchParams({ actor })}` : '';
  return `${browser.runtime.getURL('/board.html')}${query}`;
}
