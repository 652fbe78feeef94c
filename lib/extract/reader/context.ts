// The state one reading shares across its steps, each a function of it, and token access.
import type { Doc } from '../../nlp';
import type { Referents } from '../referents';
import type { Tree } from '../tree';
import type { Demand } from '../types';

/** One reading's shared state: every step of the reader looks at it and adds to its demands. */
export interface ReaderContext {
  readonly doc: Doc;
  readonly tree: Tree;
  readonly refs: Referents;
  readonly quoted: Uint8Array;
  /** Demander and text of each demand pushed, so the same one is not pushed twice. */
  readonly seen: Set<string>;
  readonly demands: Demand[];
  /**
   * Demands whose cue asks people the page names as no actor ("urged retail investors to …"):
   * the text says who must act, so no target is carried to them from elsewhere.
   */
  readonly askedUnnamed: Set<Demand>;
  /** Verbs whose subject is being resolved, so a loop through speakers ends. */
  readonly resolving: Set<number>;
}

export function tok(ctx: ReaderContext, k: number) {
  return ctx.doc.tokens[k];
}
