// The container the trained models ship in: a small JSON header (labels, settings, credits)
// followed by typed arrays, so loading is a handful of views over one buffer rather than a
// JSON parse of megabytes.
//
//   "WWAM" · u32 header length · header JSON (UTF-8) · padding to 8 · array bytes …
// The header lists each array's name, type, offset (from the start of the array block) and length.

type ArrayType = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f32';
export type ModelArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array;

const CONSTRUCTORS = {
  u8: Uint8Array,
  i8: Int8Array,
  u16: Uint16Array,
  i16: Int16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
} as const;

interface ArrayEntry {
  name: string;
  type: ArrayType;
  offset: number;
  length: number;
}

export interface ModelFile<M> {
  meta: M;
  arrays: Record<string, ModelArray>;
}

const MAGIC = 0x4d415757; // "WWAM" read little-endian

function typeOf(a: ModelArray): ArrayType {
  for (const [t, C] of Object.entries(CONSTRUCTORS)) if (a instanceof C) return t as ArrayType;
  throw new Error('unsupported array type');
}

const align8 = (n: number) => (n + 7) & ~7;

export function writeModelFile<M>(meta: M, arrays: Record<string, ModelArray>): Uint8Array {
  const entries: ArrayEntry[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    entries.push({ name, type: typeOf(a), offset, length: a.length });
    offset = align8(offset + a.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ meta, arrays: entries }));
  const start = align8(8 + header.length);
  const out = new Uint8Array(start + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  out.set(header, 8);
  for (const e of entries) {
    const a = arrays[e.name];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + e.offset);
  }
  return out;
}

export function readModelFile<M>(bytes: Uint8Array): ModelFile<M> {
  if (bytes.length < 8) throw new Error('model file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a model file');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
    meta: M;
    arrays: ArrayEntry[];
  };
  const start = align8(8 + headerLength);
  // typed-array views need aligned offsets: copy once when the caller's buffer is not aligned
  const base = (bytes.byteOffset + start) % 8 === 0 ? bytes : bytes.slice();
  const arrays: Record<string, ModelArray> = {};
  for (const e of header.arrays) {
    const C = CONSTRUCTORS[e.type];
    arrays[e.name] = new C(base.buffer as ArrayBuffer, base.byteOffset + start + e.offset, e.length);
  }
  return { meta: header.meta, arrays };
}
