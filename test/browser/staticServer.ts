import {createServer, type Server} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize, resolve} from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".arrow": "application/vnd.apache.arrow.file",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".csv": "text/csv",
  ".yaml": "text/yaml",
};

/** Serves a built Framework site (clean URLs: /page → page.html) on a free loopback port. */
export async function serveStatic(root: string): Promise<{url: string; close: () => Promise<void>}> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    const candidates = path.endsWith("/") ? [join(file, "index.html")] : [file, `${file}.html`, join(file, "index.html")];
    for (const candidate of candidates) {
      try {
        if (!(await stat(candidate)).isFile()) continue;
        file = candidate;
        res.writeHead(200, {"content-type": types[extname(file)] ?? "application/octet-stream"});
        return void res.end(await readFile(file));
      } catch {
        // try the next candidate
      }
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("serveStatic: no port");
  return {url: `http://127.0.0.1:${address.port}`, close: () => new Promise((ok) => server.close(() => ok()))};
}
