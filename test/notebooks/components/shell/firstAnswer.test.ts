import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {firstAnswerFeed} from "../../../../notebooks/components/shell/firstAnswer.js";

type Answer = {source: string; key: unknown; value?: number};
const records = () => (globalThis as unknown as {__fslabFirstAnswers: Record<string, {build: unknown; live: unknown; state: string}>}).__fslabFirstAnswers;

describe("firstAnswerFeed", () => {
  it("yields the built answer at once, then the first push as the live answer (its key recorded), then later pushes", async () => {
    const feed = firstAnswerFeed({key: {a: 1}, value: 0}, {id: "feed-test-order"});
    const values = feed.values as AsyncGenerator<Answer>;
    expect((await values.next()).value).toEqual({key: {a: 1}, value: 0, source: "build"});
    expect(records()["feed-test-order"]).toEqual({build: {a: 1}, live: null, state: "build"});
    const second = values.next();
    feed.push({key: {a: 1}, value: 1});
    expect((await second).value).toEqual({key: {a: 1}, value: 1, source: "live"});
    expect(records()["feed-test-order"]).toEqual({build: {a: 1}, live: {a: 1}, state: "live"});
    feed.push({key: {a: 2}, value: 2});
    expect((await values.next()).value).toEqual({key: {a: 2}, value: 2, source: "live"});
    // A later push does not overwrite the first live key the test compares with the build.
    expect(records()["feed-test-order"]!.live).toEqual({a: 1});
  });

  it("keeps only the latest of the pushes made while nobody reads", async () => {
    const feed = firstAnswerFeed({key: 0}, {id: "feed-test-latest"});
    const values = feed.values as AsyncGenerator<Answer>;
    await values.next();
    feed.push({key: 1});
    feed.push({key: 2});
    feed.push({key: 3});
    expect((await values.next()).value.key).toBe(3);
    const next = values.next();
    feed.push({key: 4});
    expect((await next).value.key).toBe(4);
  });
});
