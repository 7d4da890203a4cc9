// The npm registry reachable here serves only the linux-x64 builds of packages that ship
// per-platform binaries (rollup, @duckdb/node-bindings, ...), so `npm install` cannot write
// lock entries for the other platforms, and `npm ci` then refuses the lockfile ("Missing: ...
// from lock file"). This adds an optional entry, with its os and cpu, for each such package;
// npm skips them on a platform they do not match. Run it after changing dependencies:
//   npm install && node .ci/lock-platform-packages.cjs
const fs = require("node:fs");
const OS = ["darwin", "linux", "win32", "freebsd", "openbsd", "netbsd", "android", "sunos", "aix", "openharmony"];
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const parts = name.split("/").pop().split("-");
    const at = parts.findIndex((part) => OS.includes(part));
    const entry = {version: range.replace(/^[\^~=]/, ""), optional: true};
    if (at >= 0) {
      entry.os = [parts[at]];
      if (parts[at + 1]) entry.cpu = [parts[at + 1]];
    }
    packages[`node_modules/${name}`] = entry;
    added++;
  }
}
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-packages: added ${added} optional platform entries`);
