// The background remembers the saves it started after answering analysePage, per page.
import { describe, expect, it } from 'vitest';
import { PendingSaves } from '../../../lib/background/pending-saves';

describe('PendingSaves', () => {
  it('finds the latest save started for a page, and nothing for another', async () => {
    const saves = new PendingSaves<string>();
    saves.start('https://a.example/1', async () => 'first');
    saves.start('https://a.example/1', async () => 'second');
    expect(await saves.find('https://a.example/1')).toBe('second');
    expect(saves.find('https://a.example/2')).toBeNull();
  });

  it('keeps a failed save for its page to see, without an unhandled rejection', async () => {
    const saves = new PendingSaves<string>();
    saves.start('https://a.example/1', async () => {
      throw new Error('disk full');
    });
    await expect(saves.find('https://a.example/1')).rejects.toThrow('disk full');
  });

  it('forgets the oldest pages beyond the last twenty', () => {
    const saves = new PendingSaves<number>();
    for (let i = 0; i < 25; i++) saves.start(`https://a.example/${i}`, async () => i);
    expect(saves.find('https://a.example/0')).toBeNull();
    expect(saves.find('https://a.example/4')).toBeNull();
    expect(saves.find('https://a.example/5')).not.toBeNull();
    expect(saves.find('https://a.example/24')).not.toBeNull();
  });
});
