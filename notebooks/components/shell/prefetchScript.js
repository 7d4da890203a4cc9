// The inline <head> script of every page (observablehq.config.ts, issue 11): once the page is
// quiet (no cell or DuckDB work pending for a second, as the browser tests define ready), it
// asks the service worker (notebooks/sw.js) to fetch and keep what the next page on the lab's
// path needs (Framework's "Next" link in the footer): its HTML, its modules and its data
// files. A learner who reads on and clicks Next then fetches little more than that page's HTML,
// and the path ahead works offline. Nothing is asked while the page is still busy, so the
// prefetch never competes with the page's own first answers; with the browser's data saver on
// (Save-Data), nothing is prefetched. From the map, the next page is the first with DuckDB, so
// this fetches DuckDB's 34 MB wasm a page early. The page records
// globalThis.__fslabPrefetch = {url, state: "asked" | "done", files} (the bench waits for it).
// A string, as visitScript.js: it must run before any module has loaded.
export const prefetchScript =
  `<script>addEventListener("load",()=>{const sw=navigator.serviceWorker;if(!sw||navigator.connection?.saveData)return;let key="",since=0;` +
  `const tick=()=>{const s=globalThis.__fslab??{pending:0,settled:0,duckdb:"idle"};` +
  `const busy=s.pending>0||s.duckdb==="starting"||document.querySelector("observablehq-loading,[data-state=pending]")!==null;` +
  `const k=s.settled+"|"+document.body.innerHTML.length,now=performance.now();` +
  `if(busy||k!==key){key=k;since=now;return setTimeout(tick,250)}if(now-since<1000)return setTimeout(tick,250);` +
  `const next=document.querySelector('#observablehq-footer a[rel="next"]');if(!next)return;` +
  `globalThis.__fslabPrefetch={url:next.href,state:"asked",files:0};` +
  `sw.addEventListener("message",(e)=>{if(e.data?.prefetched===next.href)globalThis.__fslabPrefetch={url:next.href,state:"done",files:e.data.files}});` +
  `sw.ready.then((r)=>r.active?.postMessage({prefetch:next.href}))};setTimeout(tick,250)});</script>`;
