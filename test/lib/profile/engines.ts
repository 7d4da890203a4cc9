// Kept for the tests that import it from here (labels, leakage); the helpers live in test/lib/engines.ts.
export {camel, engineFactories, rowsOf, useEngine} from "../engines.js";
