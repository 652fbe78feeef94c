// The reader on the language core: the text analysed once (only sentences holding a cue word
// get a tree), names found and joined into actors, demands read from the trees.
import { analyse } from '../nlp';
import type { Models } from '../nlp/models';
import { findNames } from './names';
import { joinActors } from './page-actors';
import { needsTree } from './reader/cues';
import { TreeReader } from './reader/tree-reader';
import { Referents } from './referents';
import { buildTree } from './tree';
import type { Extraction } from './types';

export function readText(text: string, models: Models): Extraction {
  const doc = analyse(text, models, { parse: needsTree });
  const names = findNames(doc);
  const { actors, actorOf } = joinActors(names);
  const tree = buildTree(doc);
  const demands = new TreeReader(doc, tree, new Referents(doc, tree, names, actorOf)).read();
  return { actors, demands };
}
