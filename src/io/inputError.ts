/**
 * An input the user gave cannot be read or written: a missing file, an unknown
 * extension, a malformed CSV. Its message is one line the CLI prints as is (exit 2).
 */
export class InputError extends Error {
  override name = "InputError";
}
