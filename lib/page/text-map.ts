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

/** Whitespace that CSS `white-space: normal` collapses. */
const SPACES = /[ \t\n\r\f]+/g;

/** A cut article keeps at least this share of its allowed length when ending at a block break. */
const KEEP_WHOLE_BLOCKS = 0.8;

/** Marks a run that no DOM text produced (a block break). */
const SYNTHETIC = -1;

const NEWLINE = 10;

/**
 * Builds the text in runs, not characters: a run is a stretch of `text` copied from one text node
 * at consecutive offsets, so a 2,000-word article is a few thousand runs, and mapping an offset
 * back is a binary search. Collapsed whitespace, node boundaries and block breaks start new runs.
 */
class Builder {
  private readonly nodes: Text[] = [];
  private readonly parts: string[] = [];
  /** Where each run starts in `text`, which text node it came from, and at which offset there. */
  private readonly runStart: number[] = [];
  private readonly runNode: number[] = [];
  private readonly runOffset: number[] = [];
  private pendingSpace: { node: number; offset: number } | null = null;
  private endsInBreak = true;
  length = 0;

  /** Set once a character of the article did not fit. */
  cut = false;

  constructor(readonly maxChars: number) {}

  private append(chunk: string, node: number, offset: number): void {
    const room = this.maxChars - this.length;
    if (chunk.length > room) {
      if (node !== SYNTHETIC) this.cut = true;
      if (room <= 0) return;
      chunk = chunk.slice(0, room);
    }
    const last = this.runStart.length - 1;
    const continues =
      last >= 0 &&
      node !== SYNTHETIC &&
      this.runNode[last] === node &&
      this.runOffset[last] + (this.length - this.runStart[last]) === offset;
    if (!continues) {
      this.runStart.push(this.length);
      this.runNode.push(node);
      this.runOffset.push(offset);
    }
    this.parts.push(chunk);
    this.length += chunk.length;
    this.endsInBreak = node === SYNTHETIC;
  }

  addText(textNode: Text): void {
    const data = textNode.data;
    if (data.length === 0) return;
    const node = this.nodes.length;
    this.nodes.push(textNode);
    SPACES.lastIndex = 0;
    let from = 0;
    while (from < data.length && !this.cut) {
      const space = SPACES.exec(data);
      const to = space ? space.index : data.length;
      if (to > from) {
        if (this.pendingSpace) {
          this.append(' ', this.pendingSpace.node, this.pendingSpace.offset);
          this.pendingSpace = null;
        }
        this.append(data.slice(from, to), node, from);
      }
      if (!space) break;
      if (this.length > 0 && !this.endsInBreak && !this.pendingSpace) this.pendingSpace = { node, offset: space.index };
      from = SPACES.lastIndex;
    }
  }

  lineBreak(): void {
    this.pendingSpace = null;
    if (this.length > 0 && !this.endsInBreak) this.append('\n', SYNTHETIC, 0);
  }

  finish(root: Element, truncated: boolean): TextMap {
    let text = this.parts.join('');
    if (truncated) {
      // A cut article ends at its last whole block, unless that throws away too much.
      const lastBreak = text.lastIndexOf('\n');
      if (lastBreak >= text.length * KEEP_WHOLE_BLOCKS) text = text.slice(0, lastBreak);
    }
    // Only block breaks put "\n" in the text: whitespace read from the page became " ".
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === NEWLINE) end--;
    text = text.slice(0, end);
    const { nodes, runStart, runNode, runOffset } = this;
    /** The text node and offset that produced `text[at]`; null for a block break. */
    const source = (at: number): { node: Text; offset: number } | null => {
      let low = 0;
      let high = runStart.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (runStart[mid] <= at) low = mid;
        else high = mid - 1;
      }
      const node = runNode[low];
      return node === SYNTHETIC ? null : { node: nodes[node], offset: runOffset[low] + (at - runStart[low]) };
    };
    return {
      root,
      text,
      truncated,
      range(start, stop) {
        let from = Math.max(0, Math.floor(start));
        let to = Math.min(text.length, Math.ceil(stop));
        while (from < to && text.charCodeAt(from) === NEWLINE) from++;
        while (to > from && text.charCodeAt(to - 1) === NEWLINE) to--;
        if (from >= to) return null;
        const first = source(from);
        const last = source(to - 1);
        if (!first?.node.isConnected || !last?.node.isConnected) return null;
        try {
          const range = root.ownerDocument.createRange();
          range.setStart(first.node, first.offset);
          range.setEnd(last.node, last.offset + 1);
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
  /** The slices to walk in, when the walk continues a slice already begun (`sliceMs` then unused). */
  slices?: Slices;
  /**
   * Called once for a long article (one read past `beginning.after` characters), as soon as the
   * walk gets there, with the map of its first whole blocks up to `beginning.chars` characters:
   * a prefix of the whole text, so what is found there holds for the whole.
   */
  beginning?: { after: number; chars: number; found(map: TextMap): void };
}

/** Reads the article in slices of at most `sliceMs`, yielding to the page in between. */
export async function buildTextMapInSlices(root: Element, options: ChunkedOptions = {}): Promise<TextMap> {
  const builder = new Builder(options.maxChars ?? DEFAULT_MAX_CHARS);
  const slices = options.slices ?? new Slices(options.signal, options.sliceMs ?? SLICE_MS);
  const steps = walk(root, builder);
  let beginning = options.beginning;
  const handOver = () => {
    if (!beginning || builder.length < beginning.after) return;
    const map = builder.finish(root, false);
    const end = map.text.lastIndexOf('\n', beginning.chars);
    if (end > 0) beginning.found({ ...map, text: map.text.slice(0, end) });
    beginning = undefined;
  };
  // a slice begun before the walk may have used its time already
  if (slices.due) await slices.next();
  let step = steps.next();
  while (!step.done) {
    handOver();
    if (slices.due) await slices.next();
    step = steps.next();
  }
  // an article read in one step hands its beginning over all the same, ahead of the whole
  handOver();
  return builder.finish(root, step.value);
}
