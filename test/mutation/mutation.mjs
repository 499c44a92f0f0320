// The committed mutation results, from Stryker.NET's JSON reports (the mutation-testing-elements schema); see mutation.sh.
//   node mutation.mjs spans FIRST.json           prints, one per line, the --mutate patterns that select exactly the mutants
//                                                 the first pass left undetected (file globs with character spans)
//   node mutation.mjs part FIRST.json SECOND.json|- PART.json NAME "run" SOURCE_DIR SCOPE
//                                                 keeps one part's counts, file hashes and survivors; a mutant the first pass
//                                                 left undetected takes its status from the second pass; SCOPE lists the
//                                                 part's folders ("Documents/") and files, comma-separated
//   node mutation.mjs report PARTS_DIR OUTPUT.md SOURCE_DIR             writes the score over the parts still current
// The score is Stryker's: detected (killed, timeout) over valid mutants (detected, survived, no coverage). Compile errors
// and ignored mutants are counted apart, as Stryker counts them. A part counts only while every file it measured is
// unchanged (same SHA-256) and no file of the layer is left unmeasured.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

const statuses = ["Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "RuntimeError", "Ignored"];
const [command, ...args] = process.argv.slice(2);

const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const layerFile = (path) => path.replace(/\\/g, "/").replace(/^.*?src\/JsonApiCards\.JsonApi\//, "");
const emptyCounts = () => Object.fromEntries(statuses.map((status) => [status, 0]));
const add = (into, counts) => statuses.forEach((status) => (into[status] += counts[status] ?? 0));
const detected = (c) => c.Killed + c.Timeout;
const valid = (c) => detected(c) + c.Survived + c.NoCoverage;
const score = (c) => (valid(c) === 0 ? "-" : `${((100 * detected(c)) / valid(c)).toFixed(1)}%`);

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((path) => path.replace(/\\/g, "/"))
    .filter((path) => path.endsWith(".cs") && !/^(bin|obj)\//.test(path));
}

const inScope = (scope, file) => scope.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry));

function folderCounts(files) {
  const counts = new Map();
  files.forEach((file) => {
    const folder = file.includes("/") ? file.slice(0, file.indexOf("/") + 1) : "(root files)";
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  });
  return [...counts.entries()].map(([folder, count]) => `\`${folder}\` (${count} files)`).join(", ");
}

const undetected = (mutant) => mutant.status === "Survived" || mutant.status === "NoCoverage";
const readReport = (path) => new Map(Object.entries(JSON.parse(readFileSync(path, "utf8")).files).map(([file, entry]) => [layerFile(file), entry]));
// A mutant is the same in two runs over the same source when it changes the same text the same way.
const mutantKey = ({ location: { start, end }, mutatorName, replacement }) =>
  `${start.line}:${start.column}-${end.line}:${end.column} ${mutatorName} ${replacement ?? ""}`;

// Stryker.NET's --mutate takes character spans after the glob ("File.cs{120..180}") and mutates only the nodes a span contains.
function spans([firstPath]) {
  for (const [file, entry] of readReport(firstPath)) {
    const lineStarts = [0];
    const source = entry.source.replace(/^\uFEFF/, "");
    for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineStarts.push(i + 1);
    const offset = ({ line, column }) => lineStarts[line - 1] + column - 1;
    const ranges = entry.mutants.filter(undetected).map(({ location }) => `{${offset(location.start)}..${offset(location.end)}}`);
    if (ranges.length > 0) {
      console.log(`**/${file}${[...new Set(ranges)].join("")}`);
    }
  }
}

function part([firstPath, secondPath, partPath, name, run, sourceDir, scopeList]) {
  const reported = readReport(firstPath);
  // Only a tested mutant's status counts: one the second pass ignored (outside its spans) keeps the first pass's.
  const second = new Map();
  if (secondPath !== "-") {
    for (const [file, entry] of readReport(secondPath)) {
      entry.mutants.filter((mutant) => ["Killed", "Timeout", "Survived", "NoCoverage"].includes(mutant.status))
        .forEach((mutant) => second.set(`${file} ${mutantKey(mutant)}`, mutant.status));
    }
  }

  const scope = scopeList.split(",");
  const files = {};
  const lived = [];
  for (const file of sourceFiles(sourceDir).filter((path) => inScope(scope, path)).sort()) {
    const counts = emptyCounts();
    for (const first of reported.get(file)?.mutants ?? []) {
      const key = `${file} ${mutantKey(first)}`;
      if (undetected(first) && secondPath !== "-" && !second.has(key)) {
        console.warn(`not in the second pass, kept as the first pass left it: ${key}`);
      }

      const mutant = undetected(first) && second.has(key) ? { ...first, status: second.get(key) } : first;
      counts[mutant.status] += 1;
      if (undetected(mutant)) {
        lived.push({ file, line: mutant.location.start.line, status: mutant.status, mutator: mutant.mutatorName, replacement: mutant.replacement ?? "" });
      }
    }
    files[file] = { sha256: sha256(readFileSync(join(sourceDir, file), "utf8")), counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)) };
  }

  lived.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  // One line per file and per mutant, so that a change reads as a diff of the lines that changed.
  const entries = (items) => items.map((item) => "  " + item).join(",\n");
  writeFileSync(partPath, [
    "{",
    ` "part": ${JSON.stringify(name)},`,
    ` "run": ${JSON.stringify(run)},`,
    ` "scope": ${JSON.stringify(scope)},`,
    ` "files": {\n${entries(Object.entries(files).map(([file, entry]) => `${JSON.stringify(file)}: ${JSON.stringify(entry)}`))}\n },`,
    ` "lived": [\n${entries(lived.map((mutant) => JSON.stringify(mutant)))}\n ]`,
    "}",
    "",
  ].join("\n"));
  // A file is measured by one part only: a new part replaces those it measures again (e.g. "middleware" by "middleware+errors").
  for (const other of readdirSync(dirname(partPath)).filter((file) => file.endsWith(".json") && file !== basename(partPath))) {
    const otherFiles = Object.keys(JSON.parse(readFileSync(join(dirname(partPath), other), "utf8")).files);
    if (otherFiles.some((file) => file in files)) {
      rmSync(join(dirname(partPath), other));
      console.log(`part ${other} removed: ${name} measures its files again`);
    }
  }

  const total = emptyCounts();
  Object.values(files).forEach((file) => add(total, file.counts));
  console.log(`part ${name}: ${score(total)} (${detected(total)}/${valid(total)}) written to ${partPath}`);
}

function reportAll([partsDir, outputPath, sourceDir]) {
  const parts = readdirSync(partsDir).filter((file) => file.endsWith(".json")).sort()
    .map((file) => JSON.parse(readFileSync(join(partsDir, file), "utf8")));
  const measured = new Map();
  const total = emptyCounts();
  const rows = [];
  for (const p of parts) {
    const changed = Object.entries(p.files).filter(([file, { sha256: hash }]) => {
      try {
        return sha256(readFileSync(join(sourceDir, file), "utf8")) !== hash;
      } catch {
        return true;
      }
    }).map(([file]) => file);
    const counts = emptyCounts();
    Object.values(p.files).forEach((file) => add(counts, file.counts));
    sourceFiles(sourceDir).filter((file) => inScope(p.scope, file)).forEach((file) => measured.set(file, p.part));
    if (changed.length === 0) {
      add(total, counts);
    }

    rows.push(`| ${p.part} | ${p.run} | ${counts.Killed} | ${counts.Timeout} | ${counts.Survived} | ${counts.NoCoverage} | ${score(counts)} | ${changed.length === 0 ? "current" : `stale: ${changed.slice(0, 3).join(", ")}${changed.length > 3 ? ", ..." : ""} changed since`} |`);
  }

  const unmeasured = sourceFiles(sourceDir).filter((file) => !measured.has(file));
  const complete = unmeasured.length === 0 && !rows.some((row) => row.includes("| stale:"));
  const lived = parts.flatMap((p) => p.lived);
  const byFile = new Map();
  lived.forEach((mutant) => byFile.set(mutant.file, (byFile.get(mutant.file) ?? 0) + 1));

  const lines = [
    "# Mutation score of the JSON:API layer",
    "",
    "Written by `test/mutation/mutation.sh` (`mutation.mjs`) from Stryker.NET's JSON reports; not edited by hand. The layer is",
    "measured in parts, each a Stryker run over some of its folders or files against the layer's tests and the API's tests on",
    "SQLite; a part counts while every file it measured is unchanged. Parts whose run says \"two passes\" ran the layer's tests",
    "alone over every mutant first, then both projects' tests over the mutants that pass left.",
    "",
    complete
      ? `**Mutation score: ${score(total)}** of \`src/JsonApiCards.JsonApi\`: ${detected(total)} of ${valid(total)} mutants detected (${total.Killed} killed, ${total.Timeout} timed out); ${total.Survived} survived and ${total.NoCoverage} ran under no test. Not counted: ${total.CompileError} mutants that do not compile and ${total.Ignored} ignored by the configuration.`
      : `**Incomplete:** ${score(total)} over the current parts (${detected(total)} of ${valid(total)} detected); ${unmeasured.length} files of the layer are in no part yet${rows.some((row) => row.includes("| stale:")) ? ", and some parts are stale" : ""}.`,
    "",
    "| Part | Run | Killed | Timeout | Survived | No coverage | Score | Status |",
    "|---|---|---:|---:|---:|---:|---:|---|",
    ...rows,
    "",
    ...(unmeasured.length > 0 ? ["Not measured yet: " + folderCounts(unmeasured) + ".", ""] : []),
    "Files with the most undetected mutants (survived or not covered; each part's JSON lists them by line):",
    "",
    "| File | Undetected |",
    "|---|---:|",
    ...[...byFile.entries()].sort(([fa, a], [fb, b]) => b - a || fa.localeCompare(fb)).slice(0, 15).map(([file, count]) => `| ${file} | ${count} |`),
    "",
  ];
  writeFileSync(outputPath, lines.join("\n"));
  console.log(`${complete ? "mutation score" : "incomplete:"} ${score(total)} (${detected(total)}/${valid(total)}) written to ${relative(process.cwd(), outputPath) || outputPath}`);
}

if (command === "spans" && args.length === 1) {
  spans(args);
} else if (command === "part" && args.length === 7) {
  part(args);
} else if (command === "report" && args.length === 3) {
  reportAll(args);
} else {
  console.error("usage: node mutation.mjs spans FIRST.json | part FIRST.json SECOND.json|- PART.json NAME RUN SOURCE_DIR SCOPE | report PARTS_DIR OUTPUT.md SOURCE_DIR");
  process.exit(2);
}
