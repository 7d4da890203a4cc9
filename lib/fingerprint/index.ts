// Table fingerprints: order-independent (multiset) or ordered digests of Arrow tables
export {fingerprintTable} from "./fingerprintTable.js";
export type {Fingerprint, FingerprintOptions} from "./fingerprintTable.js";

// The hash underneath: FNV-1a-64 over canonical bytes, murmur3 fmix64 finalizer
export {fnv1a64} from "./hash64.js";
