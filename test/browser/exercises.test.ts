import {existsSync, readFileSync} from "node:fs";
import {chromium, type Browser, type BrowserContext, type Locator, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {configPages} from "../site/configPages.js";
import {siteDist} from "../site/siteDist.js";
import {pageProblems, pageReady} from "./pageReady.js";
import {serveStatic} from "./staticServer.js";

// Every exercise of every page (issue 12), driven through its markup as a learner would:
// the solution (exercise-reveal, then exercise-check) is accepted; each of the page's known
// mistakes (data-mistakes: [{answer, says}]) is rejected with its diagnosis; SQL that does
// not parse shows DuckDB's own message, not an error cell. Then the learner's progress: the
// map shows the solved exercises and a "continue" link, and still does after a reload.
// Same launch and skip rules as pages.test.ts.
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const ci = process.env.CI === "true";

/** The pages whose source uses the exercise component, in reading order. */
const pagesWithExercises = configPages().filter((path) => {
  const file = `notebooks/${path === "/" ? "index" : path.slice(1)}.md`;
  return existsSync(file) && readFileSync(file, "utf8").includes("components/course/exercise.js");
});

interface Mistake {
  answer: string;
  says: string;
}

describe.skipIf(!hasChromium && !ci)("exercises in Chromium", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};
  let context: BrowserContext;
  const solved: Record<string, number> = {};

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`exercises.test: CI=true requires Chromium at ${executablePath}`);
    server = await serveStatic(siteDist);
    browser = await chromium.launch({
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // One context for the whole walk: progress lives in its localStorage, as in a learner's browser.
    context = await browser.newContext({viewport: {width: 1280, height: 900}});
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("some pages have exercises", () => {
    expect(pagesWithExercises.length).toBeGreaterThan(0);
  });

  for (const path of pagesWithExercises) {
    it(`${path}: every exercise accepts its solution, diagnoses each known mistake and shows DuckDB's message for broken SQL`, {timeout: 300_000}, async () => {
      const page = await context.newPage();
      const problems = watch(page, server.url);
      try {
        await page.goto(server.url + path, {waitUntil: "load"});
        await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 180_000});
        const exercises = page.locator('[data-fslab="exercise"]');
        const count = await exercises.count();
        expect(count, "exercises on the page").toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const exercise = exercises.nth(i);
          const id = await exercise.getAttribute("data-exercise");
          const kind = await exercise.getAttribute("data-kind");
          const mistakes = JSON.parse((await exercise.getAttribute("data-mistakes")) ?? "[]") as Mistake[];
          expect(mistakes.length, `${id}: known mistakes to try`).toBeGreaterThan(0);
          for (const mistake of mistakes) {
            await fill(exercise, kind, mistake.answer);
            const verdict = await checkAnswer(page, exercise);
            expect(verdict, `${id}: the mistake ${JSON.stringify(mistake.answer)}`).toMatchObject({state: "wrong"});
            expect(verdict.message, `${id}: what it says of ${JSON.stringify(mistake.answer)}`).toContain(mistake.says);
          }
          if (kind === "sql") {
            await fill(exercise, kind, "SELEC 1");
            const broken = await checkAnswer(page, exercise);
            expect(broken.state).toBe("wrong");
            expect(broken.message).toMatch(/^DuckDB says: Parser Error: syntax error at or near "SELEC"/);
          }
          await exercise.locator('[data-fslab="exercise-reveal"]').click();
          const verdict = await checkAnswer(page, exercise);
          expect(verdict, `${id}: its solution`).toMatchObject({state: "correct"});
          solved[path] = (solved[path] ?? 0) + 1;
        }
        await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 60_000});
        const found = (await page.evaluate(pageProblems)) as {errorCells: string[]; sqlErrors: string[]; reported: string[]};
        problems.push(...found.errorCells.map((t) => `error cell: ${t}`), ...found.sqlErrors.map((t) => `sqlCell in error: ${t}`), ...found.reported.map((t) => `reported: ${t}`));
      } finally {
        await page.close();
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }

  it("the map shows the exercises solved and where to continue, also after a reload", {timeout: 120_000}, async () => {
    const page = await context.newPage();
    const problems = watch(page, server.url);
    try {
      await page.goto(server.url + "/", {waitUntil: "load"});
      for (const round of ["first", "after reload"]) {
        if (round === "after reload") await page.reload({waitUntil: "load"});
        await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 60_000});
        for (const [path, n] of Object.entries(solved)) {
          const step = page.locator(`[data-fslab="path-progress"] [data-path="${path}"]`);
          expect(await step.getAttribute("data-state"), `${round}: ${path}`).toBe("solved");
          expect(await step.textContent(), `${round}: ${path}`).toBe(`${n}/${n}`);
        }
        const last = Object.keys(solved).at(-1); // the last page this run solved exercises on, whatever -t selected
        if (last !== undefined) expect(await page.locator('[data-fslab="continue"] a').first().getAttribute("href")).toBe(`.${last}`);
      }
      // Every page visited carries its position on the path.
      await page.goto(server.url + "/drift", {waitUntil: "load"});
      expect(await page.locator('[data-fslab="path-position"]').textContent()).toMatch(/^Monitoring · step 1 of \d+/);
      await page.goto(server.url + "/", {waitUntil: "load"});
      await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 60_000});
      expect(await page.locator('[data-fslab="continue"]').textContent()).toContain("Continue where you left off: Drift");
      await page.locator('[data-fslab="progress-reset"]').click();
      await expect.poll(() => page.locator('[data-fslab="continue"]').textContent()).toContain("You have not started yet");
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message.split("\n")[0]}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) problems.push(`foreign request: ${r.url()}`);
  });
  return problems;
}

async function fill(exercise: Locator, kind: string | null, text: string): Promise<void> {
  const input = exercise.locator('[data-fslab="exercise-input"]');
  if (kind === "choice") await input.selectOption(text);
  else await input.fill(text);
}

/** Presses Check and waits for the verdict: {state, message}. */
async function checkAnswer(page: Page, exercise: Locator): Promise<{state: string | null; message: string}> {
  await exercise.locator('[data-fslab="exercise-check"]').click();
  const handle = await exercise.elementHandle();
  await page.waitForFunction((node) => node !== null && node.getAttribute("data-state") !== "checking", handle, {polling: 100, timeout: 120_000});
  return {state: await exercise.getAttribute("data-state"), message: ((await exercise.locator('[data-fslab="exercise-feedback"] .fslab-exercise__message').textContent()) ?? "").trim()};
}
