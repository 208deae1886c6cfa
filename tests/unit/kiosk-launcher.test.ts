import { describe, expect, it } from "vitest";
import { kioskBrowserArgs, kioskEngineArgs, kioskQuery } from "../../scripts/kiosk.ts";
import { parseKioskConfig } from "../../src/kiosk/config.ts";

describe("npm run kiosk's settings", () => {
  it("passes every kiosk setting through to the page, and nothing else", () => {
    const args = ["--idle=120", "--countdown=30", "--attract=45", "--cycle=9", "--update=15", "--reach=1"];
    const query = kioskQuery([...args, "--hours=08:30-17:30", "--port=9", "stray"]);
    expect(parseKioskConfig(query)).toEqual({
      idle: 120,
      countdown: 30,
      attract: 45,
      cycle: 9,
      update: 15,
      reach: 1,
      hours: [510, 1050],
    });
    expect(new URLSearchParams(query).has("port")).toBe(false);
  });

  it("starts Chromium with the engine the soak measures (no JavaScript compilers), full screen, on the kiosk", () => {
    const args = kioskBrowserArgs("http://localhost:4321/kiosk/", "/profile", 9222);
    expect(kioskEngineArgs).toEqual(["--js-flags=--jitless"]);
    expect(args).toEqual(expect.arrayContaining(["--kiosk", ...kioskEngineArgs]));
    expect(args.at(-1)).toBe("http://localhost:4321/kiosk/");
  });
});
