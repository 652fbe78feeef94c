import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildTextMap, buildTextMapInSlices } from '../../../lib/page/text-map';
import { htmlDocument } from './fixture-document';

function mapOf(html: string, options?: { maxChars?: number }) {
  const doc = htmlDocument(`<body><article id="root">${html}</article></body>`);
  return buildTextMap(doc.getElementById('root') as Element, options);
}

describe('buildTextMap', () => {
  test('blocks become lines and whitespace collapses as the page shows it', () => {
    const map = mapOf(`
      <h1>  Talks   resume </h1>
      <p>Vladimir
         <a href="#">Putin</a>   has <b>demanded</b>
         that&nbsp;Ukraine withdraw.</p>
      <ul><li>One</li><li>Two<br>lines</li></ul>`);
    expect(map.text).toBe('Talks resume\nVladimir Putin has demanded that\u00a0Ukraine withdraw.\nOne\nTwo\nlines');
  });

  test('skips code, scripts, forms, asides, editable and hidden content inside the article', () => {
    const map = mapOf(`
      <p>Kept one.</p><pre>skip pre</pre><p>Run <code>skip code</code> now.</p>
      <script>skip()</script><style>p{}</style><form><label>skip label</label><textarea>skip</textarea></form>
      <aside>skip aside</aside><div contenteditable="true">skip editable</div><p hidden>skip hidden</p>
      <div aria-hidden="true">skip aria</div><div class="related-links">skip related</div><p>Kept two.</p>`);
    expect(map.text).toBe('Kept one.\nRun now.\nKept two.');
  });

  test('maps spans that cross inline markup back to the exact DOM text', () => {
    const map = mapOf('<p>The <a href="#">European <em>Union</em></a> is pushing for a ceasefire.</p>');
    const start = map.text.indexOf('European Union');
    const range = map.range(start, start + 'European Union'.length);
    expect(range?.toString()).toBe('European Union');
    expect(range?.startContainer.textContent).toBe('European ');
    expect(range?.endContainer.textContent).toBe('Union');
  });

  test('maps a span over collapsed whitespace to the DOM text it stands for', () => {
    const map = mapOf('<p>Vladimir\n      Putin said</p>');
    expect(map.text).toBe('Vladimir Putin said');
    expect(map.range(0, 14)?.toString()).toBe('Vladimir\n      Putin');
  });

  test('spans that begin or end on a block break shrink to their text, empty spans give null', () => {
    const map = mapOf('<p>One</p><p>Two</p>');
    expect(map.text).toBe('One\nTwo');
    expect(map.range(3, 7)?.toString()).toBe('Two');
    expect(map.range(0, 4)?.toString()).toBe('One');
    expect(map.range(3, 4)).toBeNull();
    expect(map.range(2, 2)).toBeNull();
    expect(map.range(-5, 100)?.toString()).toBe('OneTwo');
  });

  test('a range whose text node left the page, or changed under it, is null', () => {
    const map = mapOf('<p id="gone">Going away</p><p>Staying</p>');
    const doc = map.root.ownerDocument;
    doc.getElementById('gone')?.remove();
    expect(map.range(0, 5)).toBeNull();
    const staying = map.text.indexOf('Staying');
    (doc.querySelector('p')?.firstChild as Text).data = 'S';
    expect(map.range(staying, staying + 7)).toBeNull();
  });

  test('cuts long articles and says so', () => {
    const long = mapOf(`<p>${'word '.repeat(100)}</p><p>tail</p>`, { maxChars: 50 });
    expect(long.text.length).toBeLessThanOrEqual(50);
    expect(long.truncated).toBe(true);
    const paragraphs = mapOf('<p>First paragraph here.</p><p>Second paragraph here.</p><p>Third one.</p>', {
      maxChars: 50,
    });
    expect(paragraphs.text).toBe('First paragraph here.\nSecond paragraph here.');
    expect(paragraphs.truncated).toBe(true);
    const exact = mapOf('<p>0123456789</p>', { maxChars: 10 });
    expect(exact.text).toBe('0123456789');
    expect(exact.truncated).toBe(false);
  });

  test('the sliced walk reads the same text as the one-go walk', async () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Paragraph <b>${i}</b> of the story.</p>`).join('');
    const doc = htmlDocument(`<body><article id="root">${html}</article></body>`);
    const root = doc.getElementById('root') as Element;
    const sliced = await buildTextMapInSlices(root, { sliceMs: 0 });
    expect(sliced.text).toBe(buildTextMap(root).text);
    expect(sliced.text.split('\n')).toHaveLength(300);
  });

  test('a long article hands over its beginning during the walk: whole blocks, a prefix of the text, mapped', async () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph <b>${i}</b> of the story.</p>`).join('');
    const doc = htmlDocument(`<body><article id="root">${html}</article></body>`);
    const root = doc.getElementById('root') as Element;
    const found: string[] = [];
    let rangeText = '';
    const whole = await buildTextMapInSlices(root, {
      sliceMs: 0,
      beginning: {
        after: 5_000,
        chars: 500,
        found: (part) => {
          found.push(part.text);
          const at = part.text.indexOf('Paragraph 3 ');
          rangeText = part.range(at, at + 'Paragraph 3'.length)?.toString() ?? '';
        },
      },
    });
    expect(found).toHaveLength(1);
    const [beginning] = found;
    expect(beginning.length).toBeLessThanOrEqual(500);
    expect(whole.text.startsWith(`${beginning}\n`)).toBe(true);
    expect(beginning.endsWith('of the story.')).toBe(true);
    expect(rangeText).toBe('Paragraph 3');
  });

  test('a short article hands over no beginning: it is read whole', async () => {
    const doc = htmlDocument('<body><article id="root"><p>Short.</p><p>Story.</p></article></body>');
    const found: string[] = [];
    await buildTextMapInSlices(doc.getElementById('root') as Element, {
      beginning: { after: 5_000, chars: 500, found: (part) => found.push(part.text) },
    });
    expect(found).toEqual([]);
  });

  test('the sliced walk stops when aborted', async () => {
    const html = Array.from({ length: 1000 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    const doc = htmlDocument(`<body><article id="root">${html}</article></body>`);
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildTextMapInSlices(doc.getElementById('root') as Element, { sliceMs: 0, signal: controller.signal }),
    ).rejects.toThrow();
  });

  test('any span maps to a Range with the same characters, whatever the markup', () => {
    const word = fc.constantFrom('Putin', 'NATO', ' ', '  \n ', 'the', 'União', '9%', '👍', '\u00a0');
    const inline = fc.constantFrom('b', 'a', 'em', 'span');
    const block = fc.constantFrom('p', 'li', 'h2', 'blockquote', 'div');
    const inlineHtml = fc.array(
      fc.oneof(
        word,
        fc.tuple(inline, fc.array(word, { maxLength: 3 })).map(([tag, w]) => `<${tag}>${w.join('')}</${tag}>`),
        fc.constant('<br>'),
      ),
      { maxLength: 6 },
    );
    const page = fc.array(
      fc.tuple(block, inlineHtml).map(([tag, parts]) => `<${tag}>${parts.join('')}</${tag}>`),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (blocks, a, b) => {
        const map = mapOf(blocks.join(''));
        const { text } = map;
        const start = text.length ? a % text.length : 0;
        const end = start + (text.length ? b % (text.length - start + 1) : 0);
        const range = map.range(start, end);
        const squeeze = (s: string) => s.replace(/[ \t\n\r\f]/g, '');
        expect(squeeze(range?.toString() ?? '')).toBe(squeeze(text.slice(start, end)));
        // CSS whitespace never leads, trails or doubles; no-break spaces are text and stay.
        expect(text).not.toMatch(/^[ \t\n\r\f]|[ \t\n\r\f]$|[ \t\r\f]{2}|\n\n| \n|\n /);
      }),
      { numRuns: 300 },
    );
  });
});

test('text only screen readers get is left out, like the rest of the clutter', () => {
  const map = mapOf(
    '<p><span class="sr-only">Image caption, </span>Putin in Moscow.<span class="visually-hidden"> (opens in new tab)</span></p>',
  );
  expect(map.text).toBe('Putin in Moscow.');
});
