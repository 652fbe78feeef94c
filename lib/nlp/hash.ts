// 32-bit hashes for feature keys. Features are never stored as strings: a feature is the hash of
// its template id mixed with the hashes of the values it looks at, so the same code computes the
// same key in training (Node) and at run time (the extension), and the models store integers.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines two hashes (boost's hash_combine, on 32 bits); order matters. The result is read as a
 * signed int32, for the parser's 190-odd mixes per move: where the engine does not inline the
 * call, an int32 travels as a small integer, while an unsigned result of 2^31 or more is a heap
 * number allocated (and collected) every time. Stored in a Uint32Array it is the same key.
 */
export function mix32(a: number, b: number): number {
  return a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2));
}

/** murmur3's finaliser: spreads a key's bits before it indexes a table. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
