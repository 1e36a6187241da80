import { describe, expect, it } from "vitest";

describe("the job-data change epoch", () => {
  it("is one counter even when the module is instantiated twice (Next bundles instrumentation and routes apart)", async () => {
    const a = await import("@/lib/db/change-epoch");
    // @ts-expect-error a second instance of the same module, as a second bundle would load it
    const b = (await import("@/lib/db/change-epoch.ts?second-bundle")) as typeof a;
    expect(b).not.toBe(a);
    const before = a.currentEpoch();
    b.bumpEpoch();
    expect(a.currentEpoch()).toBe(before + 1);
    expect(a.isJobDataWrite("Asset", "update")).toBe(true);
    expect(a.isJobDataWrite("ApiKey", "update")).toBe(false);
    expect(a.isJobDataWrite("Job", "findFirst")).toBe(false);
  });
});
