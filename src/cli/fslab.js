#!/usr/bin/env node
// The `fslab` executable (package.json "bin"): registers tsx so Node runs the TypeScript CLI as is.
import {register} from "tsx/esm/api";

register();
const {main} = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
