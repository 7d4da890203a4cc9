// The Fingerprints page's first answer (issue 11): the seed notebook's weighted sum beside
// lib/fingerprint's digest for the seed's values, reversed, and a collision at the slider's
// start, made by the same components/skew/fingerprintSeed.js calls the page makes live.
import {seedCollisionStart, seedHeadline, seedLists} from "../../components/skew/fingerprintSeed.js";

process.stdout.write(JSON.stringify(seedHeadline(seedLists(seedCollisionStart))));
