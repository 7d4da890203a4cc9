import {createNodeWasmEngine} from "../../../src/engines/index.js";
import {engineSuite} from "./engineSuite.js";

engineSuite("createNodeWasmEngine()", createNodeWasmEngine, {extensions: "none"});
