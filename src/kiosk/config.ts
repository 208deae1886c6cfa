// Kiosk settings from the query string. Staff set them in the URL the kiosk starts with; a bad value (not a
// number, out of range, repeated) falls back to the default rather than breaking a screen in a public hall.
export interface KioskConfig {
  /** Seconds without a touch before "still there?" appears. */
  idle: number;
  /** Seconds the "still there?" countdown lasts before the kiosk resets (WCAG 2.2.1 asks for at least 20). */
  countdown: number;
  /** Seconds without a touch on the start screen before the attract loop begins. */
  attract: number;
  /** Seconds each headline figure stays in the attract loop. */
  cycle: number;
}

export const defaults: KioskConfig = { idle: 90, countdown: 20, attract: 30, cycle: 7 };

const bounds: Record<keyof KioskConfig, [number, number]> = {
  idle: [5, 3600],
  countdown: [20, 120],
  attract: [2, 3600],
  cycle: [2, 60],
};

/** Reads the settings from a query string; every value is checked on its own. */
export function parseKioskConfig(search: string): KioskConfig {
  const params = new URLSearchParams(search);
  const config = { ...defaults };
  for (const key of Object.keys(bounds) as Array<keyof KioskConfig>) {
    const values = params.getAll(key);
    if (values.length !== 1 || !/^\d+(\.\d+)?$/.test(values[0]!)) continue;
    const value = Number(values[0]);
    const [min, max] = bounds[key];
    if (value >= min && value <= max) config[key] = value;
  }
  return config;
}
