// Reads JUnit XML files the way four consumers read them, and says what each would show: which
// test cases pass, fail or are skipped, the times, the text a reader sees, and the build's or
// check's outcome. Run by ci/junit-consumers.sh, which installs the XML libraries.
//
//   node junit-consumers.mjs [--json] FILE.xml...
//
// Two of the four use the very XML library the consumer uses, with the consumer's rules restated:
//   - dorny/test-reporter, java-junit parser (src/parsers/java-junit/java-junit-parser.ts at
//     29672c52): xml2js 0.6.2 parseStringPromise;
//   - mikepenz/action-junit-report (src/testParser.ts at 305cd1f4, v5.3.0): xml-js 1.6.11,
//     xml2json(..., {compact: true}).
// Two are Java and Ruby, restated over a W3C DOM (@xmldom/xmldom):
//   - Jenkins junit plugin (hudson/tasks/junit/SuiteResult.java, CaseResult.java, TestResult.java,
//     JUnitResultArchiver.java at c64aedde);
//   - GitLab artifacts:reports:junit (lib/gitlab/ci/parsers/test/junit.rb).
// The rules each one follows are written next to its function; docs for the XML we write belong in
// the repository's docs/, with these facts.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';

const require = createRequire(join(process.env.RS_TOOLS_CACHE, 'package.json'));
const {DOMParser} = require('@xmldom/xmldom');
const {parseStringPromise} = require('xml2js');
const xmljs = require('xml-js');

const children = (el, name) =>
  [...el.childNodes].filter(n => n.nodeType === 1 && n.nodeName === name);
const child = (el, name) => children(el, name)[0];
const attr = (el, name) => (el && el.hasAttribute(name) ? el.getAttribute(name) : undefined);
const seconds = s => {
  const v = parseFloat(s);
  return Number.isFinite(v) ? v : NaN;
};
const sum = xs => xs.reduce((a, b) => a + b, 0);

// Jenkins: every <testsuite>, at any depth, that has a <testcase> (or <error>) child is a suite;
// same-named suites merge. A case FAILS when it has an <error> or <failure> child (even an empty
// one) and no <skipped> child; it is SKIPPED with a <skipped> child (message: @message, else its
// text); otherwise it PASSES. A suite's duration is its @time when present, else the sum of its
// cases' @time; the run's duration is the sum of the suites'. <system-out> of a case is kept and
// shown on the case's page (a passing case's output over 1,000 characters is cut to its first
// and last 500 unless keepLongStdio). A
// failure count above 0 makes the build UNSTABLE (unless skipMarkingBuildUnstable); no test at all
// aborts the step (build FAILURE) unless allowEmptyResults.
function jenkins(xml) {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  const suites = new Map();
  const walk = el => {
    children(el, 'testsuite').forEach(walk);
    if (!child(el, 'testcase') && !child(el, 'error')) return;
    const name = attr(el, 'name') ?? '(file)';
    const cases = children(el, 'testcase').map(tc => {
      const skipped = child(tc, 'skipped');
      const problem = child(tc, 'error') ?? child(tc, 'failure');
      return {
        className: attr(tc, 'classname') ?? name,
        name: attr(tc, 'name'),
        status: skipped ? 'SKIPPED' : problem ? 'FAILED' : 'PASSED',
        seconds: seconds(attr(tc, 'time')) || 0,
        shown: skipped
          ? attr(skipped, 'message') ?? skipped.textContent
          : problem
            ? attr(problem, 'message') ?? problem.textContent
            : undefined,
        stdout: child(tc, 'system-out')?.textContent,
      };
    });
    const time = attr(el, 'time');
    const duration = time !== undefined ? seconds(time) : sum(cases.map(c => c.seconds));
    const prev = suites.get(name);
    if (prev) {
      prev.cases.push(...cases);
      prev.seconds += duration;
    } else suites.set(name, {name, seconds: duration, cases});
  };
  walk(root);
  const cases = [...suites.values()].flatMap(s => s.cases);
  const failed = cases.filter(c => c.status === 'FAILED').length;
  return {
    consumer: 'Jenkins junit',
    tests: cases.length,
    passed: cases.filter(c => c.status === 'PASSED').length,
    failed,
    skipped: cases.filter(c => c.status === 'SKIPPED').length,
    seconds: sum([...suites.values()].map(s => s.seconds)),
    timeRule: 'sum of the suites (testsuite@time, else the sum of its cases)',
    outcome: cases.length === 0 ? 'FAILURE (no test results)' : failed > 0 ? 'UNSTABLE' : 'SUCCESS',
    suites: [...suites.values()].map(s => ({name: s.name, seconds: s.seconds, tests: s.cases.length})),
    cases,
  };
}

// dorny/test-reporter (java-junit): the root <testsuites> (or one <testsuite>); its direct
// <testsuite> children only. A case is FAILED with a <failure> or <error> child (before
// <skipped>), else SKIPPED with <skipped>, else SUCCESS. Shown: "@type: @message" of the first
// failure/error. Times: case and suite @time; the run's time is <testsuites>@time, else the sum
// of the suites. Cases are grouped by @classname unless it equals the suite's @name. The check
// run's conclusion is failure when any case failed. <system-out> is not read.
async function dorny(xml) {
  const parsed = await parseStringPromise(xml);
  const ts = parsed.testsuites ?? {$: {time: parsed.testsuite.$.time}, testsuite: [parsed.testsuite]};
  const suites = (ts.testsuite ?? []).map(s => ({
    name: s.$.name.trim(),
    seconds: seconds(s.$.time),
    cases: (s.testcase ?? []).map(tc => {
      const problem = (tc.failure ?? tc.error)?.[0];
      return {
        group: tc.$.classname === s.$.name ? '' : tc.$.classname,
        name: tc.$.name.trim(),
        status: tc.failure || tc.error ? 'failed' : tc.skipped ? 'skipped' : 'success',
        seconds: seconds(tc.$.time),
        shown:
          typeof problem === 'object'
            ? (problem.$?.type ? problem.$.type + ': ' : '') + problem.$?.message
            : problem,
      };
    }),
  }));
  const cases = suites.flatMap(s => s.cases);
  const run = seconds(ts.$?.time);
  const failed = cases.filter(c => c.status === 'failed').length;
  return {
    consumer: 'dorny/test-reporter',
    tests: cases.length,
    passed: cases.filter(c => c.status === 'success').length,
    failed,
    skipped: cases.filter(c => c.status === 'skipped').length,
    seconds: Number.isNaN(run) ? sum(suites.map(s => s.seconds)) : run,
    timeRule: Number.isNaN(run) ? 'sum of testsuite@time' : 'testsuites@time',
    outcome: failed > 0 ? 'failure' : 'success',
    suites: suites.map(s => ({name: s.name, seconds: s.seconds, tests: s.cases.length})),
    cases,
  };
}

// mikepenz/action-junit-report: the root <testsuites> or <testsuite>, then nested suites at any
// depth. A case is SKIPPED with a <skipped> child (or @status disabled/ignored), FAILED with a
// <failure> or <error> child and not skipped, else passed. Counts and time come from the cases
// only: the time is the sum of every testcase@time (no suite @time is read). The annotation of a
// failure shows its @message, else the first two lines of its text, else the case's name.
// <system-out> is not read. The check's conclusion is failure when any case failed.
function mikepenz(xml) {
  const report = JSON.parse(xmljs.xml2json(xml, {compact: true}));
  const list = v => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const cases = [];
  const walk = suite => {
    if (!suite) return;
    for (const tc of list(suite.testcase)) {
      const a = tc._attributes ?? {};
      const problems = [...list(tc.failure), ...list(tc.error)];
      const skip = Boolean(tc.skipped) || a.status === 'disabled' || a.status === 'ignored';
      const text = ((problems[0]?._cdata ?? problems[0]?._text) || '').toString().trim();
      cases.push({
        name: a.name,
        status: skip ? 'skipped' : problems.length ? 'failure' : 'success',
        seconds: a.time === undefined ? 0 : parseFloat(a.time),
        shown: problems.length
          ? (problems[0]._attributes?.message || text.split('\n').slice(0, 2).join('\n') || a.name).trim()
          : undefined,
      });
    }
    for (const s of suite.testsuite ? list(suite.testsuite) : list(suite.testsuites)) walk(s);
  };
  walk(report.testsuites ?? report.testsuite);
  const failed = cases.filter(c => c.status === 'failure').length;
  const skipped = cases.filter(c => c.status === 'skipped').length;
  return {
    consumer: 'mikepenz/action-junit-report',
    tests: cases.length,
    passed: cases.length - failed - skipped,
    failed,
    skipped,
    seconds: sum(cases.map(c => c.seconds)),
    timeRule: 'sum of every testcase@time',
    outcome: failed > 0 ? 'failure' : 'success',
    cases,
  };
}

// GitLab: one top-level <testsuites>, <testsuite> nested at any depth, their <testcase> children.
// Status: <failure> -> failed, else <error> -> error, else <skipped> -> skipped, else success.
// The text shown is the failure's, error's or skipped's content; a passing case shows nothing
// (its <system-out> is read only for a failure's attachment). Times: testcase@time; a suite's
// total is the sum of its cases. The pipeline's test report counts failed and error cases as
// failures; it never changes the job's status (the job's exit code does).
function gitlab(xml) {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  const cases = [];
  const walk = (el, top) => {
    if (!top) {
      for (const tc of children(el, 'testcase')) {
        const f = child(tc, 'failure'), e = child(tc, 'error'), s = child(tc, 'skipped');
        const shown = f ?? e ?? s;
        cases.push({
          suite: attr(el, 'name'),
          name: attr(tc, 'name'),
          status: f ? 'failed' : e ? 'error' : s ? 'skipped' : 'success',
          seconds: seconds(attr(tc, 'time')) || 0,
          shown: shown ? shown.textContent || attr(shown, 'message') : undefined,
        });
      }
    }
    children(el, 'testsuite').forEach(c => walk(c, false));
  };
  walk(root, root.nodeName === 'testsuites');
  const failed = cases.filter(c => c.status === 'failed' || c.status === 'error').length;
  return {
    consumer: 'GitLab reports:junit',
    tests: cases.length,
    passed: cases.filter(c => c.status === 'success').length,
    failed,
    skipped: cases.filter(c => c.status === 'skipped').length,
    seconds: sum(cases.map(c => c.seconds)),
    timeRule: 'sum of every testcase@time',
    outcome: failed > 0 ? `${failed} failed in the test report` : 'no failure in the test report',
    cases,
  };
}

const args = process.argv.slice(2);
const json = args[0] === '--json';
const files = json ? args.slice(1) : args;
if (files.length === 0) {
  console.error('usage: junit-consumers.mjs [--json] FILE.xml...');
  process.exit(2);
}
const all = {};
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  all[file] = [jenkins(xml), await dorny(xml), mikepenz(xml), gitlab(xml)];
}
if (json) {
  process.stdout.write(JSON.stringify(all, null, 2) + '\n');
} else {
  const one = s => (s === undefined ? '' : ' — ' + String(s).replace(/\s+/g, ' ').slice(0, 110));
  for (const [file, results] of Object.entries(all)) {
    console.log(`== ${file}`);
    for (const r of results) {
      console.log(
        `${r.consumer}: ${r.tests} tests, ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped;` +
          ` ${r.seconds.toFixed(3)} s (${r.timeRule}); outcome ${r.outcome}`,
      );
      for (const c of r.cases.filter(c => !/^(PASSED|success)$/.test(c.status) || c.stdout)) {
        const note = /^(PASSED|success)$/.test(c.status) ? ' [system-out]' + one(c.stdout) : one(c.shown);
        console.log(`    ${c.status.padEnd(8)} ${c.name}${note}`);
      }
    }
    console.log();
  }
}
