import type {CheckResult, ContractResult} from "./runContract.js";

/**
 * A contract run as JUnit XML, the format CI systems show as test results: one testcase
 * per check; fail → <failure>, error → <error>, warn → passes with the warning in
 * <system-out>. A run over several objects names each check's object as its classname.
 * Text is escaped and characters XML 1.0 forbids are dropped.
 *
 * @example junitReport(result, "transactions.v1.yaml").startsWith('<?xml version="1.0" encoding="UTF-8"?>') // => true
 */
export function junitReport(result: ContractResult, suite: string): string {
  const count = (status: string) => result.checks.filter((c) => c.status === status).length;
  const attrs = `tests="${result.checks.length}" failures="${count("fail")}" errors="${count("error")}" skipped="0"`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="fslab check" ${attrs}>`,
    `  <testsuite name="${xml(suite)}" ${attrs}>`,
    ...result.checks.map((c) => testcase(c, c.object ?? result.object)),
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

function testcase(c: CheckResult, object: string): string {
  const open = `    <testcase classname="${xml(object)}" name="${xml(c.id)}">`;
  const details = xml([c.message, `rule: ${c.rule}`, `sql: ${c.sql}`, ...c.samples.map((s) => `sample: ${JSON.stringify(s)}`)].join("\n"));
  if (c.status === "pass") return `    <testcase classname="${xml(object)}" name="${xml(c.id)}"/>`;
  if (c.status === "warn") return `${open}\n      <system-out>WARNING: ${details}</system-out>\n    </testcase>`;
  const tag = c.status === "fail" ? "failure" : "error";
  return `${open}\n      <${tag} type="${xml(c.rule)}" message="${xml(c.message)}">${details}</${tag}>\n    </testcase>`;
}

/**
 * Escapes text for an XML attribute or element and drops characters XML 1.0 does not allow.
 *
 * @example xml('a<b & "c"\u0001') // => "a&lt;b &amp; &quot;c&quot;"
 */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
