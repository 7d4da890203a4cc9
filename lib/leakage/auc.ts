/**
 * The area under the ROC curve: the probability that a random positive scores above a
 * random negative, ties counting one half (the Mann–Whitney U statistic over P·N).
 * Rows with a NaN score are left out. NaN when either class is empty.
 * https://en.wikipedia.org/wiki/Receiver_operating_characteristic#Area_under_the_curve
 *
 * @example auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) // => 0.75
 * @example auc([0.5, 0.5], [0, 1]) // => 0.5
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  if (scores.length !== labels.length) throw new Error(`auc requires as many labels as scores, got ${labels.length} and ${scores.length}`);
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] === scores[i]) order.push(i);
  order.sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0, negatives = 0, pairs = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    let p = 0, q = 0;
    while (end < order.length && scores[order[end]!] === scores[order[start]!]) {
      if (labels[order[end]!]) p++;
      else q++;
      end++;
    }
    pairs += p * negatives + 0.5 * p * q; // positives here beat every negative below, tie with the ones here
    positives += p;
    negatives += q;
    start = end;
  }
  return positives === 0 || negatives === 0 ? NaN : pairs / (positives * negatives);
}
