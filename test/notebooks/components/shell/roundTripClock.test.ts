import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {roundTripClock} from "../../../../notebooks/components/shell/roundTripClock.js";

describe("roundTripClock", () => {
  it("busyMs() counts a request until the worker sent its reply, not until the reply was read", () => {
    const clock = roundTripClock();
    clock.posted(1, 100);
    clock.replied(1, 104, 900);
    expect(clock.busyMs()).toBe(4);
  });

  it("busyMs() adds up the round trips of a query made of several requests, without the gaps between them", () => {
    const clock = roundTripClock();
    clock.posted(1, 0); // prepare
    clock.replied(1, 2, 500);
    clock.posted(2, 500); // run
    clock.replied(2, 530, 531);
    clock.posted(3, 531); // close
    clock.replied(3, 532, 2000);
    expect(clock.busyMs()).toBe(2 + 30 + 1);
  });

  it("a reply without a stamp counts until it was read", () => {
    const clock = roundTripClock();
    clock.posted(7, 10);
    clock.replied(7, undefined, 60);
    expect(clock.busyMs()).toBe(50);
  });

  it("a stamp outside [posted, read] (two threads' clocks) is kept inside it", () => {
    const clock = roundTripClock();
    clock.posted(1, 100);
    clock.replied(1, 99.7, 150);
    clock.posted(2, 200);
    clock.replied(2, 260, 250);
    expect(clock.busyMs()).toBe(0 + 50);
  });

  it("only the first reply to a request counts, and replies to requests never posted are ignored", () => {
    const clock = roundTripClock();
    clock.posted(1, 0);
    clock.replied(1, 5, 5);
    clock.replied(1, 50, 50);
    clock.replied(9, 70, 80);
    expect(clock.busyMs()).toBe(5);
  });
});
