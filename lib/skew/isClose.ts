/**
 * numpy's `isclose(serving, training)`: |serving − training| ≤ atol + rtol·|training|, the
 * tolerance relative to the training value (the reference), so it is not symmetric. Equal
 * values (infinities of one sign included) are close; NaN is never close (skew treats NaN
 * as missing before it gets here).
 *
 * @example isClose(100.001, 100, 1e-6, 1e-9) // => false
 * @example isClose(100.001, 100, 1e-6, 1e-2) // => true
 */
export function isClose(serving: number, training: number, rtol = 1e-6, atol = 1e-9): boolean {
  return serving === training || Math.abs(serving - training) <= atol + rtol * Math.abs(training);
}

/**
 * Throws unless rtol and atol are finite and ≥ 0, naming `caller`.
 *
 * @example checkTolerance("f", 1e-6, -1) // throws RangeError("f requires atol finite and ≥ 0, got -1")
 */
export function checkTolerance(caller: string, rtol: number, atol: number): void {
  for (const [name, x] of [["rtol", rtol], ["atol", atol]] as const) {
    if (!(x >= 0 && Number.isFinite(x))) throw new RangeError(`${caller} requires ${name} finite and ≥ 0, got ${x}`);
  }
}
