// A stand-in for the browser's highlight registry, which happy-dom lacks: the painter needs only
// a Map of names to Highlights and a Highlight class (a Set of ranges with a priority).
export type FakeRegistry = Map<string, Set<Range> & { priority: number }>;

export function withHighlightRegistry(doc: Document): FakeRegistry {
  const registry: FakeRegistry = new Map();
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  Object.defineProperty(doc.defaultView, 'CSS', { value: { highlights: registry } });
  Object.defineProperty(doc.defaultView, 'Highlight', { value: FakeHighlight });
  return registry;
}

/** Painted texts per highlight name, sorted, as the e2e tests read them. */
export function paintedTexts(registry: FakeRegistry): Record<string, string[]> {
  return Object.fromEntries(
    [...registry].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString()).sort()]),
  );
}
