// Breaking data on purpose, to watch contract checks catch it
export {injectFaults, type Fault, type FaultOptions} from "./injectFaults.js";
