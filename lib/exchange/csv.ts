// CSV as RFC 4180 writes it: fields in double quotes when they hold a comma, a quote or a line
// break, quotes doubled, lines ended by CRLF. A field that a spreadsheet would run as a formula
// (=, +, -, @ first) gets a leading apostrophe, so an exported demand never executes.
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}
