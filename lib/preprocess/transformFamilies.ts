import {imputation} from "./imputation.js";
import {clipping} from "./clipping.js";
import {onehot, ordinal} from "./categoryEncoding.js";
import type {PreprocessStep, Transform} from "./preprocessSpec.js";
import {scaling} from "./scaling.js";
import {targetEncoding} from "./targetEncoding.js";
import {timeWindow} from "./timeWindow.js";
import type {TransformFamily} from "./transformFamily.js";

const families: Record<Transform["kind"], TransformFamily<never, never>> = {
  standard: scaling, minmax: scaling, robust: scaling, onehot, ordinal, target: targetEncoding, impute: imputation, clip: clipping, window: timeWindow,
} as Record<Transform["kind"], TransformFamily<never, never>>;

/** The transform kinds a spec may hold, in the order DESIGN lists them. */
export const transformKinds = Object.keys(families) as Transform["kind"][];

/**
 * The family (fit, apply, SQL) of a transform kind; an unknown kind is an error naming `who`.
 *
 * @example transformFamily("standard", "fitPreprocess") === transformFamily("minmax", "fitPreprocess") // => true
 */
export function transformFamily(kind: string, who: string): TransformFamily<PreprocessStep, Transform> {
  if (!Object.hasOwn(families, kind)) throw new TypeError(`${who}: unknown transform kind ${JSON.stringify(kind)} (known: ${transformKinds.join(", ")})`);
  return families[kind as Transform["kind"]] as unknown as TransformFamily<PreprocessStep, Transform>;
}
