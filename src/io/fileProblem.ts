/**
 * What went wrong with a file, in words, from a Node fs error (its `code`); other errors
 * give the first line of their message. Never mentions a temporary file's name.
 *
 * @example
 * fileProblem(Object.assign(new Error("ENOENT: no such file or directory, open 'a.csv'"), {code: "ENOENT"})) // "no such file"
 */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const words: Record<string, string> = {
    ENOENT: "no such file", EISDIR: "it is a folder, not a file", ENOTDIR: "a part of the path is a file, not a folder", EEXIST: "a file of that name exists",
    EACCES: "permission denied", EPERM: "permission denied", EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device", EDQUOT: "disk quota exceeded", ENAMETOOLONG: "the name is too long",
    EMFILE: "too many open files", ELOOP: "too many symbolic links",
  };
  if (code && words[code]) return words[code]!;
  return String(error instanceof Error ? error.message : error).split("\n")[0]!.trim();
}
