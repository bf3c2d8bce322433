// Validates JSON files against a JSON Schema (draft-07) with Ajv and ajv-formats (date-time,
// uri ...). Prints one line per file: "ok FILE" or "invalid FILE: <ajv errors as JSON>".
// Exit 0 when every file is valid, 1 otherwise, 2 on bad usage.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.env.RS_TOOLS_CACHE, "node_modules", "noop.js"));
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;

const [schemaFile, ...files] = process.argv.slice(2);
if (!schemaFile || files.length === 0) {
  console.error("usage: validate-json.mjs SCHEMA FILE...");
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
let bad = 0;
for (const f of files) {
  const ok = validate(JSON.parse(readFileSync(f, "utf8")));
  if (ok) {
    console.log(`ok ${f}`);
  } else {
    bad++;
    console.log(`invalid ${f}: ${JSON.stringify(validate.errors)}`);
  }
}
process.exit(bad ? 1 : 0);
