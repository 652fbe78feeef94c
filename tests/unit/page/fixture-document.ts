// Opens a fixture page from tests/fixtures/pages as a happy-dom Document at a given address.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

export function fixtureDocument(name: string, url = `https://news.example.org/${name}`): Document {
  return htmlDocument(readFileSync(resolve(FIXTURE_PAGES, name), 'utf8'), url);
}

export function htmlDocument(html: string, url = 'https://news.example.org/story'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}
