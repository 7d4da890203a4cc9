// A starter contract for the files picked on "Check your own data": lib/contracts
// inferContract for each file's profile, one object per file, gathered into one contract.
// Each object is named after its file, so each file maps to its object by name. It has no
// relationships: how the files join is for the reader to say.
import {parse, stringify} from "yaml";
import {inferContract} from "../../lib/contracts/inferContract.js";
import {columnProfiles} from "../../lib/contracts/profileColumns.js";
import {objectName} from "./fileObjects.js";

/**
 * The inferred contract (YAML) of `files` ({name, columns}, as loadUserFile read them),
 * `profiles[i]` the result table of profileQuery on the i-th file: for one file exactly
 * inferContract's text; for several, one object per file (a name already taken gets _2, _3…).
 */
export function inferObjects(files, profiles) {
  const texts = [];
  const names = [];
  for (const [i, file] of files.entries()) {
    let name = objectName(file.name);
    for (let n = 2; names.includes(name); n++) name = `${objectName(file.name)}_${n}`;
    names.push(name);
    texts.push(inferContract(columnProfiles(profiles[i], file.columns), {name, source: file.name}));
  }
  if (texts.length === 1) return texts[0];
  const docs = texts.map((text) => parse(text));
  const id = `inferred-${names.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "data"}`;
  return stringify({...docs[0], id, name: names.join(" + "), schema: docs.map((d) => d.schema[0])}, {lineWidth: 0});
}
