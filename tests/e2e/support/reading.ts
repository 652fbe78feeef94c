// Runs in a page of the extension (any browser's driver): what a reader could not read well.

export interface Reading {
  /** Text smaller than 13 px: the size and the text. */
  small: string[];
  /** How far the page scrolls sideways. */
  overflow: number;
}

/** Every visible element holding text, with its computed size; and how far the page scrolls sideways. */
export function reading(): Reading {
  const small: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!own || !(el as HTMLElement).offsetParent) continue;
    const size = Number.parseFloat(getComputedStyle(el).fontSize);
    if (size < 13) small.push(`${size}px: ${el.textContent?.trim().slice(0, 40)}`);
  }
  return { small, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}
