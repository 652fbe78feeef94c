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

/** Combines two hashes (boost's hash_combine, on 32 bits); order matters. */
export function mix(a: number, b: number): number {
  return (a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2))) >>> 0;
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
