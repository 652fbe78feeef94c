// A demand often names who must act once and then goes on without repeating it: "The fund
// urged Halden Mining to replace its chairman … It also wants a seat on the board". The second
// demand is addressed to the same party; leaving it without one loses what the story says.
// So a demand with no target takes the target of its demander's other demands in the story,
// when those name exactly one: a demander who addressed two parties gives no safe guess. A
// demand whose cue asked people the page does not name ("urged retail investors to …") keeps
// no target: the text said who must act.
import type { Demand } from '../types';

export function carryTargets(demands: Demand[], askedUnnamed: ReadonlySet<Demand>): Demand[] {
  const targetsOf = new Map<string, Set<string>>();
  for (const d of demands) {
    if (d.target === null) continue;
    const set = targetsOf.get(d.actor) ?? new Set<string>();
    set.add(d.target);
    targetsOf.set(d.actor, set);
  }
  return demands.map((d) => {
    const targets = targetsOf.get(d.actor);
    if (d.target !== null || targets?.size !== 1 || askedUnnamed.has(d)) return d;
    const [target] = targets;
    return target === d.onBehalfOf ? d : { ...d, target };
  });
}
