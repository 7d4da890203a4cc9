/**
 * A data loader cannot produce its file: a bad parameter, a missing or malformed input, an
 * empty result. Its message is one line, which runLoader prints as the loader's only
 * words on stderr before failing the build.
 */
export class LoaderError extends Error {
  override name = "LoaderError";
}
