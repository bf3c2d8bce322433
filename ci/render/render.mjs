// Renders markdown files the way GitHub shows a PR comment or a job summary, screenshots them and
// measures what a reader would trip over. Run by ci/render-markdown.sh, which installs the tools.
//
//   node render.mjs OUT_DIR FILE.md...
//   env: RS_TOOLS_CACHE (node_modules), RS_RENDER_WIDTHS ("780,1000"), RS_RENDER_THEME ("light"),
//        RS_RENDER_STRICT ("1": exit 1 when a problem is found), RS_RENDER_TILE (a height in px: also
//        cut each page into parts of that height, for viewers that shrink tall images)
//
// The pipeline, step by step:
//   1. cmark-gfm --unsafe -e table -e autolink -e strikethrough -e tasklist: GitHub's parser and
//      extensions (https://github.github.com/gfm/); raw HTML passes, as on GitHub, to be sanitised;
//   2. sanitize-html with the allowlist of html-pipeline's SanitizationFilter (elements,
//      attributes, URL schemes; HTML comments dropped): the public form of GitHub's own, which is
//      not published. <details>, <summary>, <sub>, <br> survive; style, script and the rest go;
//   3. github-markdown-css in a 14 px comment body with GitHub's 16 px padding, so a 780 px
//      viewport is a PR comment's box and 1,000 px a wide job summary;
//   4. Debian's Chromium, headless, driven by playwright-core: a full-page PNG per width, and a
//      second one with every <details> opened when there is one;
//   5. measurements, in the opened state: tables wider than the column (GitHub gives them a
//      horizontal scroll bar: the right-hand columns are cut off), short cells and inline code split
//      over lines, links whose address holds "&amp;" or a backslash, entities shown as text,
//      "@name" that GitHub would turn into a mention (html-pipeline's MentionFilter pattern, outside
//      code, pre and links), and the page height.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, join} from 'node:path';

const require = createRequire(join(process.env.RS_TOOLS_CACHE, 'package.json'));
const {chromium} = require('playwright-core');
const sanitizeHtml = require('sanitize-html');

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: render.mjs OUT_DIR FILE.md...');
  process.exit(2);
}
const widths = (process.env.RS_RENDER_WIDTHS || '780,1000').split(',').map(Number);
const theme = process.env.RS_RENDER_THEME || 'light';
const tile = Number(process.env.RS_RENDER_TILE || 0);
const css = readFileSync(require.resolve(`github-markdown-css/github-markdown-${theme}.css`), 'utf8');

// html-pipeline's SanitizationFilter allowlist (gjtorikian/html-pipeline,
// lib/html/pipeline/sanitization_filter.rb, extracted from GitHub), plus the task-list checkbox
// GitHub shows.
const ALL_ATTRIBUTES = (
  'abbr accept accept-charset accesskey action align alt axis border cellpadding cellspacing char ' +
  'charoff charset checked clear cols colspan color compact coords datetime dir disabled enctype ' +
  'for frame headers height hreflang hspace ismap label lang maxlength media method multiple name ' +
  'nohref noshade nowrap open prompt readonly rel rev rows rowspan rules scope selected shape size ' +
  'span start summary tabindex target title type usemap valign value vspace width itemprop'
).split(' ');
const SANITIZE = {
  allowedTags: (
    'h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul table ' +
    'thead tbody tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike ' +
    'summary details input'
  ).split(' '),
  allowedAttributes: {
    '*': ALL_ATTRIBUTES,
    a: ['href'],
    img: ['src', 'longdesc'],
    div: ['itemscope', 'itemtype'],
    blockquote: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    q: ['cite'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'longdesc'],
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
};

function toHtml(file) {
  const raw = execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tasklist', file],
    {encoding: 'utf8'},
  );
  const safe = sanitizeHtml(raw, SANITIZE);
  const background = theme.startsWith('dark') ? '#0d1117' : '#ffffff';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${basename(file)}</title>
<style>${css}</style>
<style>
html, body { margin: 0; background: ${background}; }
.comment { box-sizing: border-box; width: 100%; padding: 16px; }
.markdown-body { font-size: 14px; }
</style></head><body><div class="comment"><div class="markdown-body">
${safe}
</div></div></body></html>`;
}

// Runs in the page. Returns a list of problems and a few numbers.
function measure() {
  const problems = [];
  const body = document.querySelector('.markdown-body');
  const text = el => el.textContent.replace(/\s+/g, ' ').trim();
  // Lines of text an element's content takes: the distinct line boxes its text lies on.
  const lines = el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom));
    const sorted = [...new Set(tops)].sort((a, b) => a - b);
    // Rects of one line differ by a pixel or two (emoji, code spans): count gaps of 8 px or more.
    return sorted.filter((t, i) => i === 0 || t - sorted[i - 1] >= 8).length || 1;
  };
  const pageWidth = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > pageWidth) {
    problems.push(`the page scrolls sideways by ${document.documentElement.scrollWidth - pageWidth} px`);
  }
  const tables = [...body.querySelectorAll('table')].map((t, i) => {
    const over = t.scrollWidth - t.clientWidth;
    if (over > 0) {
      problems.push(`table ${i + 1} is ${over} px wider than the column: its right-hand columns are cut off behind a scroll bar`);
    }
    const heads = [...t.querySelectorAll('thead th')].map(th => text(th));
    let tallest = 0;
    for (const cell of t.querySelectorAll('td, th')) {
      const n = lines(cell);
      tallest = Math.max(tallest, n);
      const words = text(cell);
      if (n > 1 && words.length <= 24) {
        problems.push(`table ${i + 1}: the short cell "${words}" wraps onto ${n} lines`);
      }
    }
    return {table: i + 1, columns: heads, width: t.clientWidth, scrollWidth: t.scrollWidth, rows: t.rows.length, tallestCellLines: tallest};
  });
  // A check id, a key or a command split over two lines reads as two things; a long URL may wrap.
  for (const code of body.querySelectorAll('code')) {
    if (code.closest('pre') || text(code).length > 60) continue;
    const n = code.getClientRects().length;
    if (n > 1) problems.push(`inline code "${text(code)}" is split over ${n} lines`);
  }
  for (const pre of body.querySelectorAll('pre')) {
    if (pre.scrollWidth > pre.clientWidth) {
      problems.push(`a code block scrolls sideways by ${pre.scrollWidth - pre.clientWidth} px`);
    }
  }
  for (const a of body.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    if (/&amp;|%5C|\\/i.test(href)) problems.push(`link goes to a broken address: ${href}`);
  }
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const mention = /(?:^|\W)@([a-z0-9][a-z0-9-]*)(?!\/)(?=\.+[ \t]|\.+$|[^0-9a-zA-Z_.]|$)/gi;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const shown = n.nodeValue;
    const entity = shown.match(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/i);
    if (entity) problems.push(`shows the entity "${entity[0]}" as text: ...${shown.trim().slice(0, 80)}`);
    if (n.parentElement.closest('code, pre, a')) continue;
    for (const m of shown.matchAll(mention)) problems.push(`GitHub would mention @${m[1]}`);
  }
  return {
    height: document.documentElement.scrollHeight,
    tables,
    links: [...body.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
    problems,
  };
}

mkdirSync(outDir, {recursive: true});
const browser = await chromium.launch({
  executablePath: process.env.RS_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
let found = 0;
try {
  for (const file of files) {
    const name = basename(file).replace(/\.md$/, '');
    const html = toHtml(file);
    writeFileSync(join(outDir, `${name}.html`), html);
    const report = [`# ${file} (theme ${theme})`];
    for (const width of widths) {
      const page = await browser.newPage({viewport: {width, height: 100}, deviceScaleFactor: 1});
      await page.setContent(html, {waitUntil: 'load'});
      await page.evaluate(() => document.fonts.ready);
      const png = join(outDir, `${name}-${width}.png`);
      await page.screenshot({path: png, fullPage: true});
      const shots = [png];
      const hasDetails = await page.evaluate(() => {
        const all = [...document.querySelectorAll('details')];
        all.forEach(d => (d.open = true));
        return all.length > 0;
      });
      if (hasDetails) {
        const open = join(outDir, `${name}-${width}-open.png`);
        await page.screenshot({path: open, fullPage: true});
        shots.push(open);
      }
      if (tile > 0) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; y < height; y += tile, i++) {
          const part = join(outDir, `${name}-${width}${hasDetails ? '-open' : ''}-part${i}.png`);
          const clip = {x: 0, y, width, height: Math.min(tile, height - y)};
          await page.screenshot({path: part, fullPage: true, clip});
          shots.push(part);
        }
      }
      const m = await page.evaluate(measure);
      await page.close();
      found += m.problems.length;
      report.push(
        `\n## ${width} px: ${m.height} px tall${hasDetails ? ' with <details> open' : ''}`,
        ...shots.map(s => `screenshot: ${s}`),
        ...m.tables.map(
          t => `table ${t.table}: ${t.rows} rows, ${t.width} px shown of ${t.scrollWidth} px, tallest cell ${t.tallestCellLines} lines; columns: ${t.columns.join(' | ')}`,
        ),
        ...m.links.map(l => `link: ${l}`),
        ...(m.problems.length ? m.problems.map(p => `PROBLEM: ${p}`) : ['no problem found']),
      );
    }
    const text = report.join('\n') + '\n';
    writeFileSync(join(outDir, `${name}.txt`), text);
    process.stdout.write(text);
  }
} finally {
  await browser.close();
}
if (found > 0 && process.env.RS_RENDER_STRICT === '1') process.exit(1);
