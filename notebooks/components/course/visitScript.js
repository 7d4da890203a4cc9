// The inline <head> script of every page (observablehq.config.ts): marks the visit in the
// same store as progress.js, before any module has loaded. The map itself is not a place
// to continue from, so it does not become the last page. A string, built from the same
// key, so the two cannot drift apart.
import {progressKey} from "./progress.js";

export const visitScript =
  `<script>try{const k=${JSON.stringify(progressKey)},p=JSON.parse(localStorage.getItem(k)||"{}"),` +
  `s=location.pathname.split("/").pop().replace(/\\.html$/,""),path=s===""||s==="index"?"/":"/"+s;` +
  `p.visited=Object.assign({},p.visited,{[path]:Date.now()});if(path!=="/")p.last=path;localStorage.setItem(k,JSON.stringify(p))}catch(e){}</script>`;
