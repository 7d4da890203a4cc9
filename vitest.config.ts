import {defineConfig} from "vitest/config";

// Two projects: "unit" (lib, src, parity: fast, no build) and "site" (the build guard and
// the browser test). The site project's globalSetup runs `npm run build` once per run,
// and vitest runs a project's globalSetup only when that project has tests selected, so
// `vitest run test/lib/...` never builds. FSLAB_SKIP_BUILD=1 reuses an existing dist/.
const site = ["test/site/buildGuard.test.ts", "test/browser/**/*.test.ts"];

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", "./test/site/summaryReporter.ts"],
    projects: [
      {extends: true, test: {name: "unit", include: ["test/**/*.test.ts"], exclude: site}},
      {extends: true, test: {name: "site", include: site, globalSetup: ["test/site/buildSite.ts"]}},
    ],
  },
});
