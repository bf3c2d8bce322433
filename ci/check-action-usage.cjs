// Checks how the workflows use this action (run by ci/lint-workflows.sh):
//   node ci/check-action-usage.cjs action.yml WORKFLOW...
// - every `with:` key of a step that uses this action (`uses: ./` or `<owner>/release-sentinel@ref`)
//   is an input declared in action.yml (the runner only warns about unknown inputs);
// - literal values of the enum and boolean inputs are ones the action accepts (docs/github-action.md);
// - every `steps.<id>.outputs.<name>` read from such a step names a declared output;
// - every YAML file under examples/ parses.
// Exits 1 with one line per problem.
"use strict";
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

const [actionFile, ...workflows] = process.argv.slice(2);
const problems = [];

function load(file) {
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"), { prettyErrors: true });
  for (const e of doc.errors) problems.push(`${file}: YAML: ${e.message}`);
  return doc.toJS() || {};
}

const action = load(actionFile);
const inputs = Object.keys(action.inputs || {});
const outputs = Object.keys(action.outputs || {});
// Values the action accepts for its enum and boolean inputs (docs/github-action.md).
const BOOLEAN = /^(true|false)$/i;
const VALUES = {
  "fail-on": /^(blocked|critical|never)$/i,
  "pr-comment": /^(auto|always|never)$/i,
  "check-run": BOOLEAN,
  "job-summary": BOOLEAN,
  annotations: BOOLEAN,
};
for (const name of Object.keys(VALUES)) {
  if (!inputs.includes(name)) problems.push(`${actionFile}: input '${name}' is not declared (check-action-usage.cjs knows it)`);
}

function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
function didYouMean(name, known) {
  const best = known.map((k) => [distance(name, k), k]).sort((x, y) => x[0] - y[0])[0];
  return best && best[0] <= 3 ? ` (did you mean '${best[1]}'?)` : "";
}

const isThisAction = (uses) =>
  typeof uses === "string" && (/^\.\/?$/.test(uses.trim()) || /^[^/\s]+\/release-sentinel@\S+$/.test(uses.trim()));

let steps = 0;
for (const file of workflows) {
  const wf = load(file);
  for (const [jobName, job] of Object.entries(wf.jobs || {})) {
    const ids = new Set();
    for (const [i, step] of (job.steps || []).entries()) {
      if (!step || !isThisAction(step.uses)) continue;
      steps++;
      const where = `${file}: job '${jobName}' step ${step.id ? `'${step.id}'` : i + 1}`;
      if (step.id) ids.add(step.id);
      for (const [key, value] of Object.entries(step.with || {})) {
        if (!inputs.includes(key)) {
          problems.push(`${where}: input '${key}' is not declared in ${actionFile}${didYouMean(key, inputs)}`);
          continue;
        }
        const rule = VALUES[key];
        const text = String(value);
        // The action reads these in any case, surrounding whitespace ignored (docs/github-action.md).
        if (rule && !text.includes("${{") && !rule.test(text.trim())) {
          problems.push(`${where}: ${key}: '${text}' is not one of ${rule.source.replace(/^\^\(|\)\$$/g, "").split("|").join(", ")}`);
        }
      }
    }
    const text = JSON.stringify(job);
    for (const m of text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      if (ids.has(m[1]) && !outputs.includes(m[2])) {
        problems.push(`${file}: job '${jobName}': steps.${m[1]}.outputs.${m[2]} is not an output of ${actionFile}${didYouMean(m[2], outputs)}`);
      }
    }
  }
}

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.ya?ml$/.test(e.name) ? [p] : [];
  });
}
const examples = walk("examples");
for (const f of examples) load(f);

if (problems.length) {
  for (const p of problems) console.log(`FAIL ${p}`);
  process.exit(1);
}
console.log(`ok   ${steps} steps use this action with declared inputs and outputs; ${examples.length} YAML files under examples/ parse`);
