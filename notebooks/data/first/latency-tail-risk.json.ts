// The latency page's first answer (issue 11): the requests' mean, p50, p99 and p99.9 at the
// page's default knobs (seed 7, 90 days from 2026-01-01, 200,000 requests, tail share 0.012,
// tail shape 1.4, one incident), made by the same lib/ calls the page makes live.
import {servingLatency} from "../../../lib/synth/servingLatency.js";
import {requestLatencies} from "../../../lib/latency/index.js";
import {latencyHeadline} from "../../components/monitoring/latencyHeadline.js";

const log = servingLatency(7, {start: Date.UTC(2026, 0, 1), days: 90, requests: 200_000, tailShare: 0.012, tailAlpha: 1.4, incidents: 1});
const perRequest = requestLatencies(log.getChild("request_id")!.toArray(), log.getChild("latency_ms")!.toArray(), Float64Array.from(log.getChild("request_timestamp")!));
process.stdout.write(JSON.stringify(latencyHeadline(perRequest.latency)));
