// The lab's path in reading order (the sidebar of observablehq.config.ts) and what each page
// assumes, for the map's progress view: the same source as every page's position line.
import config from "../../observablehq.config.js";
import {assumes, coursePath} from "../components/course/pathHeader.js";

process.stdout.write(JSON.stringify({path: coursePath(config.pages), assumes}));
