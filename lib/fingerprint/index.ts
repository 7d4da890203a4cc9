// Table fingerprints: order-independent (multiset) or ordered digests of Arrow tables
export {fingerprintTable} from "./fingerprintTable.js";
export type {Fingerprint, FingerprintOptions} from "./fingerprintTable.js";

// The hash underneath: FNV-1a-64 over canonical bytes, murmur3 fmix64 finalizer
export {fnv1a64} from "./hash64.js";

// Finding where two tables differ: row hashes, bucket fingerprints, narrowing down
export {rowHashes, hex64At} from "./rowHashes.js";
export type {RowHashes} from "./rowHashes.js";
export {bucketOf, bucketFingerprints, compareBucketFingerprints} from "./bucketFingerprints.js";
export type {BucketComparison, BucketFingerprints} from "./bucketFingerprints.js";
export {locateDifference} from "./locateDifference.js";
export type {LocateLevel, LocateOptions, LocatedDifference} from "./locateDifference.js";
export {positionWeightedCollision, positionWeightedSum} from "./positionWeightedSum.js";
