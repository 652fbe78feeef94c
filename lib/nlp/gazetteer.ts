// Names we already know (countries, capitals and seats, bodies, outlets, titles, demonyms) as
// the entity recogniser sees them: for each word, which known names cover it and where it sits
// in them. An entry is the hash of its characters with the spaces taken out, so "Agence
// France-Presse" matches however the words around its hyphen were split.

import { fmix } from './hash';
import { straighten } from './lexical';

/** Kinds of known name, as bits. */
export const GAZ = {
  country: 1,
  place: 2,
  organization: 4,
  outlet: 8,
  demonym: 16,
  title: 32,
  orgWord: 64,
  nonName: 128,
} as const;

/** Longest entry, in words. */
export const MAX_ENTRY_WORDS = 6;

const FNV_OFFSET = 0x811c9dc5;
const step = (h: number, s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
};

/** The key of a name: its straightened characters without spaces. */
export const entryKey = (name: string): number => step(FNV_OFFSET, straighten(name));

export class Gazetteer {
  private readonly slotKey: Uint32Array;
  private readonly slotBits: Uint8Array;
  private readonly mask: number;

  /** keys and bits as the model file stores them. */
  constructor(keys: Uint32Array, bits: Uint8Array) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slotKey = new Uint32Array(size);
    this.slotBits = new Uint8Array(size);
    keys.forEach((key, r) => {
      let i = fmix(key) & this.mask;
      while (this.slotBits[i] !== 0) i = (i + 1) & this.mask;
      this.slotKey[i] = key;
      this.slotBits[i] = bits[r];
    });
  }

  private bits(key: number): number {
    for (let i = fmix(key) & this.mask; this.slotBits[i] !== 0; i = (i + 1) & this.mask) {
      if (this.slotKey[i] === key) return this.slotBits[i];
    }
    return 0;
  }

  /**
   * Every known name among the words: start, end (exclusive) and kind bits. Up to
   * MAX_ENTRY_WORDS look-ups per word, so linear in the text.
   */
  matches(forms: string[]): { start: number; end: number; bits: number }[] {
    const out: { start: number; end: number; bits: number }[] = [];
    const straight = forms.map(straighten);
    for (let i = 0; i < forms.length; i++) {
      let h = FNV_OFFSET;
      for (let j = i; j < forms.length && j < i + MAX_ENTRY_WORDS; j++) {
        h = step(h, straight[j]);
        const bits = this.bits(h);
        if (bits) out.push({ start: i, end: j + 1, bits });
      }
    }
    return out;
  }
}
