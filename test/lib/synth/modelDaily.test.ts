import {describe, expect, it} from "vitest";
import {modelDaily} from "../../../lib/synth/modelDaily.js";
import {column, start} from "./worldFixture.js";

describe("modelDaily", () => {
  const daily = modelDaily(7, {start, days: 30, dailyRequests: 10_000});
  const model = column<string>(daily, "model"), requests = column<number>(daily, "requests");

  it("modelDaily has one row per day and model, days at UTC midnight", () => {
    expect(daily.numRows).toBe(60);
    expect(model.slice(0, 2)).toEqual(["baseline", "candidate"]);
    expect(column<number>(daily, "day").every((t, i) => t === start + Math.floor(i / 2) * 86_400_000)).toBe(true);
  });
  it("the candidate's traffic ramps up and its AUC beats the baseline's on average", () => {
    expect(requests[59]! / (requests[58]! + requests[59]!)).toBeGreaterThan(4 * (requests[1]! / (requests[0]! + requests[1]!)));
    const auc = column<number>(daily, "auc");
    const mean = (m: string) => auc.filter((_, i) => model[i] === m).reduce((s, x) => s + x, 0) / 30;
    expect(mean("candidate")).toBeGreaterThan(mean("baseline"));
    expect(auc.every((x) => x > 0.5 && x < 1)).toBe(true);
  });
});
