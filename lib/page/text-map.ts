// The article as one string, and the way back from string offsets to DOM Ranges.
// Text nodes are read in document order; whitespace collapses as CSS `white-space: normal`
// shows it; block boundaries and <br> become "\n". Every character of `text` remembers the
// text node and offset it came from, so a span of the text maps to a Range exactly, whatever
// inline markup (links, <b>, <span>) the span crosses. Works without layout (happy-dom, Node).

import { isClutter } from './clutter';
import { BLOCK_TAGS } from './data/dom-rules';
import { SLICE_MS, Slices } from './slices';

export interface TextMap {
  root: Element;
  /** Article text in reading order; blocks separated by a single "\n". */
  text: string;
  /** True when the article was longer than `maxChars` and `text` was cut. */
  truncated: boolean;
  /** The DOM Range for `text.slice(start, end)`; null for an empty span or when the page has changed under it. */
  range(start: number, end: number): Range | null;
}

export interface TextMapOptions {
  /** Longest text kept; the rest of the article is left out and `truncated` set. */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 200_000;

/** How many DOM nodes one uninterrupted step of the walk visits. */
const NODES_PER_STEP = 400;

const WHITESPACE = /[ \t\n\r\f]/;

/** A cut article keeps at least this share of its allowed length when ending at a block break. */
const KEEP_WHOLE_BLOCKS = 0.8;

/** Marks a character that no DOM text produced (a block break). */
const SYNTHETIC = -1;

class Builder {
  readonly nodes: Text[] = [];
  readonly parts: string[] = [];
  readonly nodeOf: number[] = [];
  readonly offsetOf: number[] = [];
  private pendingSpace: { node: number; offset: number } | null = null;
  private last = '';

  constructor(readonly maxChars: number) {}

  get length(): number {
    return this.nodeOf.length;
  }

  /** Set once a character of the article did not fit. */
  cut = false;

  private push(char: string, node: number, offset: number): void {
    if (this.length >= this.maxChars) {
      if (node !== SYNTHETIC) this.cut = true;
      return;
    }
    this.parts.push(char);
    this.nodeOf.push(node);
    this.offsetOf.push(offset);
    this.last = char;
  }

  addText(textNode: Text): void {
    const data = textNode.data;
    let node = -1;
    for (let i = 0; i < data.length && !this.cut; i++) {
      const char = data.charAt(i);
      if (node === -1) {
        node = this.nodes.length;
        this.nodes.push(textNode);
      }
      if (WHITESPACE.test(char)) {
        if (this.length > 0 && this.last !== '\n' && !this.pendingSpace) this.pendingSpace = { node, offset: i };
        continue;
      }
      if (this.pendingSpace) {
        this.push(' ', this.pendingSpace.node, this.pendingSpace.offset);
        this.pendingSpace = null;
      }
      this.push(char, node, i);
    }
  }

  lineBreak(): void {
    this.pendingSpace = null;
    if (this.length > 0 && this.last !== '\n') this.push('\n', SYNTHETIC, 0);
  }

  finish(root: Element, truncated: boolean): TextMap {
    let end = this.length;
    if (truncated) {
      // A cut article ends at its last whole block, unless that throws away too much.
      const lastBreak = this.parts.lastIndexOf('\n');
      if (lastBreak >= end * KEEP_WHOLE_BLOCKS) end = lastBreak;
    }
    while (end > 0 && this.nodeOf[end - 1] === SYNTHETIC) end--;
    const text = this.parts.slice(0, end).join('');
    const nodeOf = Int32Array.from(this.nodeOf.slice(0, end));
    const offsetOf = Int32Array.from(this.offsetOf.slice(0, end));
    const nodes = this.nodes;
    return {
      root,
      text,
      truncated,
      range(start, stop) {
        let from = Math.max(0, Math.floor(start));
        let to = Math.min(text.length, Math.ceil(stop));
        while (from < to && nodeOf[from] === SYNTHETIC) from++;
        while (to > from && nodeOf[to - 1] === SYNTHETIC) to--;
        if (from >= to) return null;
        const startNode = nodes[nodeOf[from] ?? SYNTHETIC];
        const endNode = nodes[nodeOf[to - 1] ?? SYNTHETIC];
        if (!startNode?.isConnected || !endNode?.isConnected) return null;
        try {
          const range = root.ownerDocument.createRange();
          range.setStart(startNode, offsetOf[from] ?? 0);
          range.setEnd(endNode, (offsetOf[to - 1] ?? 0) + 1);
          return range;
        } catch {
          // The page rewrote the node's text since we read it: the offsets no longer exist.
          return null;
        }
      },
    };
  }
}

/**
 * Walks `root` in document order, feeding the builder, and yields every NODES_PER_STEP nodes so a
 * caller can spread the walk over several tasks.
 */
function* walk(root: Element, builder: Builder): Generator<void, boolean> {
  // An explicit stack instead of recursion: deep news markup must not overflow the call stack.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  let visited = 0;
  while (stack.length > 0) {
    if (builder.cut) return true;
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      builder.addText(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (leaving) {
      builder.lineBreak();
      continue;
    }
    if (tag === 'BR') {
      builder.lineBreak();
      continue;
    }
    if (el !== root && isClutter(el)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      builder.lineBreak();
      stack.push({ node: el, leaving: true });
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  return builder.cut;
}

/** Reads the article under `root` in one go. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const builder = new Builder(options.maxChars ?? DEFAULT_MAX_CHARS);
  const steps = walk(root, builder);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return builder.finish(root, step.value);
}

export interface ChunkedOptions extends TextMapOptions {
  signal?: AbortSignal;
  /** Longest stretch of walking before giving the page's main thread back. */
  sliceMs?: number;
}

/** Reads the article in slices of at most `sliceMs`, yielding to the page in between. */
export async function buildTextMapInSlices(root: Element, options: ChunkedOptions = {}): Promise<TextMap> {
  const builder = new Builder(options.maxChars ?? DEFAULT_MAX_CHARS);
  const slices = new Slices(options.signal, options.sliceMs ?? SLICE_MS);
  const steps = walk(root, builder);
  let step = steps.next();
  while (!step.done) {
    if (slices.due) await slices.next();
    step = steps.next();
  }
  return builder.finish(root, step.value);
}
