import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { declaresArticle, findArticle } from '../../../lib/page/article';
import { buildTextMap } from '../../../lib/page/text-map';
import { fixtureDocument, htmlDocument } from './fixture-document';

const para = (text: string) => `<p>${text}</p>`;
const longParagraph = (n: number) =>
  para(`Paragraph ${n} of a long report on the negotiations, with enough words to read as prose and not as a teaser.`);

describe('findArticle', () => {
  test('on a news page, takes the article with its headline and caption, not the page around it', () => {
    const doc = fixtureDocument('ceasefire.html');
    const root = findArticle(doc);
    expect(root?.tagName).toBe('ARTICLE');
    expect(root?.classList.contains('story')).toBe(true);
    const text = buildTextMap(root as Element).text;
    expect(text).toContain('Putin demands Ukraine withdraw from four regions before talks');
    expect(text).toContain('Vladimir Putin speaking in Moscow on Tuesday.');
    expect(text).toContain('the railway union is pushing for a 9% pay rise');
  });

  test('leaves out navigation, sidebar, comments, promos, forms, banners and footers', () => {
    const text = buildTextMap(findArticle(fixtureDocument('ceasefire.html')) as Element).text;
    for (const clutter of [
      'Emmanuel Macron',
      'Xi Jinping',
      'Japan demands',
      'Keir Starmer',
      'Donald Trump',
      'Boris Johnson',
      'Angela Merkel',
      'Olaf Scholz',
      'Jane Editor',
      'Advertisement',
      'Share on social media',
      'Sign up',
      'Topics:',
      'Anna Reporter',
    ]) {
      expect(text).not.toContain(clutter);
    }
  });

  test('a section front of teasers is not an article', () => {
    expect(findArticle(fixtureDocument('front.html'))).toBeNull();
  });

  test('an undeclared page counts as an article by its prose', () => {
    const doc = htmlDocument(
      `<body><div id="nav"><a href="/">Home</a></div><div id="content"><h1>Talks</h1>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(longParagraph).join('')}</div></body>`,
    );
    expect(declaresArticle(doc)).toBe(false);
    expect(findArticle(doc)?.id).toBe('content');
  });

  test('an undeclared page with little prose is not an article', () => {
    const doc = htmlDocument(`<body><div id="app">${para('Log in to continue.')}${longParagraph(1)}</div></body>`);
    expect(findArticle(doc)).toBeNull();
  });

  test.each([
    ['og:type', '<meta property="og:type" content="article">'],
    ['JSON-LD', '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"]}]}</script>'],
    ['microdata', '<div itemscope itemtype="https://schema.org/NewsArticle"></div>'],
  ])('a page declared by %s needs less prose', (_signal, declaration) => {
    const doc = htmlDocument(
      `<head>${declaration}</head><body><article id="a">${longParagraph(1)}${longParagraph(2)}${longParagraph(3)}</article></body>`,
    );
    expect(declaresArticle(doc)).toBe(true);
    expect(findArticle(doc)?.id).toBe('a');
  });

  test('broken JSON-LD gives no signal and throws nothing', () => {
    const doc = htmlDocument(
      '<head><script type="application/ld+json">{"@type": NewsArticle</script></head><body></body>',
    );
    expect(declaresArticle(doc)).toBe(false);
    expect(findArticle(doc)).toBeNull();
  });

  test('articleBody microdata wins over a bigger container', () => {
    const doc = htmlDocument(
      `<body><div id="page">${longParagraph(0)}<div id="body" itemprop="articleBody">${longParagraph(1)}${longParagraph(2)}${longParagraph(3)}</div></div></body>`,
    );
    expect(findArticle(doc)?.id).toBe('body');
  });
});

describe('findArticle on a page without <article>', () => {
  const text = buildTextMap(findArticle(fixtureDocument('teachers-strike.html')) as Element).text;

  test('reads the articleBody: paragraphs, caption and pull quote', () => {
    expect(text.split('\n')).toEqual([
      'Teachers vote to strike over pay',
      "Members of the National Education Union have voted to strike in January, after the government refused to reopen talks on this year's pay award.",
      'The union is pushing for a 12% pay rise, arguing that salaries have fallen far behind inflation over the past decade. Its general secretary, Daniel Kebede, urged ministers to make a new offer before Christmas.',
      'Teachers on a picket line in Leeds.',
      "Education Secretary Bridget Phillipson said the award was fair and called on the union to call off the action. Parents' groups demanded that schools stay open for vulnerable children during any strike.",
      '"Our members have had enough," Kebede said.',
      "Head teachers' leaders warned that the dispute could last until the summer unless the Treasury finds extra money for schools.",
    ]);
  });

  test('leaves out menus, related links, promos, comments, trending, footer and consent banner', () => {
    for (const clutter of [
      'Rishi Sunak',
      'Wes Streeting',
      'Keir Starmer',
      'Margaret Thatcher',
      'Friedrich Merz',
      'India',
      'Alex Editor',
      'Boris Johnson',
      'Sam Writer',
      'Photo:',
    ]) {
      expect(text).not.toContain(clutter);
    }
  });
});

test('any markup gives an article inside the body or none, and its text never holds clutter text', () => {
  const clutterClass = fc.constantFrom('sidebar', 'comments', 'related-stories', 'newsletterPromo', 'ad');
  const prose = fc.constantFrom(
    'The union is pushing for a pay rise that keeps up with inflation over the coming three years of talks.',
    'Short line.',
    '',
  );
  const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      prose.map((text) => `<p>${text}</p>`),
      clutterClass.map(
        (name) =>
          `<div class="${name}"><p>CLUTTER in a long enough paragraph to count as prose if it were read.</p></div>`,
      ),
      fc
        .tuple(
          fc.constantFrom('div', 'article', 'section', 'main', 'aside', 'nav'),
          fc.array(tie('node'), { maxLength: 4 }),
        )
        .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
    ),
  })).node;
  fc.assert(
    fc.property(fc.array(node, { maxLength: 5 }), fc.boolean(), (nodes, declared) => {
      const head = declared ? '<meta property="og:type" content="article">' : '';
      const doc = htmlDocument(`<head>${head}</head><body>${nodes.join('')}</body>`);
      const root = findArticle(doc);
      if (!root) return;
      expect(doc.body.contains(root)).toBe(true);
      expect(buildTextMap(root).text).not.toContain('CLUTTER');
    }),
    { numRuns: 300 },
  );
});
