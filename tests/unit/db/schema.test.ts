import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/schema';
import { words } from '../../../lib/db/words';

describe('schema upgrade', () => {
  it('fills the word index of actors stored by version 1', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      pages: '++id, &canonicalUrl, visitedAt',
      actors: '&key, name, lastSeen, pageCount, demandCount',
      appearances: '++id, pageId, actorKey, [actorKey+visitedAt]',
      demands: '++id, pageId, actorKey, targetKey, normalized, [actorKey+visitedAt], [targetKey+visitedAt]',
    });
    await v1
      .table('actors')
      .add({ key: 'person:micheal-martin', name: 'Micheál Martin', kind: 'person', aliases: ['Martin'] });
    v1.close();

    const db = openDatabase(name);
    const found = await db.actors.where('words').startsWith('michea').toArray();
    expect(found.map((a) => a.key)).toEqual(['person:micheal-martin']);
    expect(found[0].words).toEqual(['micheal', 'martin']);
    await db.delete();
  });

  it('splits names into accent-free lower-case words', () => {
    expect(words('Micheál Martin', 'Mr Martin', "Côte d'Ivoire")).toEqual([
      'micheal',
      'martin',
      'mr',
      'cote',
      'd',
      'ivoire',
    ]);
  });
});
