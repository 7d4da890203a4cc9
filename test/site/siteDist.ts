/**
 * The built site the site tests read: dist/ (what `npm run build` writes and the site
 * project's globalSetup builds), or FSLAB_DIST to test a build made elsewhere (with
 * FSLAB_SKIP_BUILD=1, so nothing rebuilds dist/ meanwhile).
 */
export const siteDist = process.env.FSLAB_DIST ?? "dist";
