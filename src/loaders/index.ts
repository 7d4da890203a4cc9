// Writing a data loader: run it, fail it in one line, never ship an empty file
export {runLoader, loaderOutput, loaderFailure} from "./runLoader.js";
export type {LoaderIo, LoaderResult} from "./runLoader.js";
export {LoaderError} from "./loaderError.js";
// What loaders read: a page's own file, or a world chosen by the route's parameters
export {tableFromFile} from "./tableFromFile.js";
export {worldParams, loaderScales, loaderScaleNames} from "./worldParams.js";
export type {LoaderScale, WorldParams} from "./worldParams.js";
// Several files from one run
export {tarArchive, tarMembers} from "./tarArchive.js";
