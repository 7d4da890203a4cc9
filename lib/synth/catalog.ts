// The fixed vocabulary of the synthetic world: who, where, what is bought and how.

/** Milliseconds in an hour and in a day. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** customer_profile.segment values; index = code. */
export const segments = ["consumer", "smb", "enterprise"] as const;
/** Share of customers in each segment. */
export const segmentShares = [0.85, 0.12, 0.03];
/** Median credit limit (currency units) per segment. */
export const segmentCreditMedian = [3_000, 15_000, 80_000];
/** Activity multiplier per segment: businesses transact more. */
export const segmentActivity = [1, 2.5, 6];

/** customer_profile.region values and their shares. */
export const regions = ["eu-west", "eu-central", "us-east", "us-west", "apac"] as const;
export const regionShares = [0.28, 0.18, 0.26, 0.16, 0.12];

/** transactions.channel values; index = code. */
export const channels = ["web", "pos", "app"] as const;

/** One merchant category: its share of purchases, its amount distribution and channel mix. */
export interface MerchantCategory {
  name: string;
  /** Share of legitimate purchases. */
  share: number;
  /** Median amount (currency units); amounts are lognormal around it. */
  median: number;
  /** Lognormal sigma of the amount. */
  sigma: number;
  /** Probability of web, pos, app (same order as `channels`). */
  channelMix: readonly [number, number, number];
  /** Relative weight of the category among fraudulent purchases. */
  fraudWeight: number;
}

/** transactions.merchant_category values; index = code. */
export const categories: readonly MerchantCategory[] = [
  {name: "grocery", share: 0.24, median: 42, sigma: 0.55, channelMix: [0.05, 0.85, 0.1], fraudWeight: 0.3},
  {name: "restaurants", share: 0.18, median: 28, sigma: 0.5, channelMix: [0.05, 0.8, 0.15], fraudWeight: 0.3},
  {name: "fuel", share: 0.1, median: 55, sigma: 0.3, channelMix: [0, 0.95, 0.05], fraudWeight: 0.5},
  {name: "pharmacy", share: 0.06, median: 22, sigma: 0.6, channelMix: [0.1, 0.8, 0.1], fraudWeight: 0.3},
  {name: "fashion", share: 0.1, median: 65, sigma: 0.7, channelMix: [0.45, 0.35, 0.2], fraudWeight: 1},
  {name: "electronics", share: 0.07, median: 160, sigma: 0.9, channelMix: [0.55, 0.25, 0.2], fraudWeight: 3},
  {name: "travel", share: 0.07, median: 320, sigma: 0.8, channelMix: [0.65, 0.05, 0.3], fraudWeight: 2},
  {name: "digital", share: 0.18, median: 11, sigma: 0.8, channelMix: [0.5, 0, 0.5], fraudWeight: 2.5},
];

/** The category names, index = code. */
export const categoryNames = categories.map((c) => c.name);

/** The feature views the online store serves (serving_latency.feature_view). */
export const featureViews = ["customer_profile", "txn_stats", "customer_risk"] as const;
