// Kiosk settings from the query string. Staff set them in the URL the kiosk starts with (`npm run kiosk --
// --idle=120` writes it); a bad value (not a number, out of range, repeated) falls back to the default rather than
// breaking a screen in a public hall.
export interface KioskConfig {
  /** Seconds without a touch before "still there?" appears. */
  idle: number;
  /** Seconds the "still there?" countdown lasts before the kiosk resets (WCAG 2.2.1 asks for at least 20). */
  countdown: number;
  /** Seconds without a touch on the start screen before the attract loop begins. */
  attract: number;
  /** Seconds each headline figure stays in the attract loop. */
  cycle: number;
  /** Minutes between looks for a new build (the kiosk also looks at every reset). */
  update: number;
  /** 1: reach mode (everything in the lower part of the screen) is on at start and after every reset. */
  reach: number;
  /** Opening hours as minutes after midnight, [open, close); outside them an idle kiosk dims its screen. */
  hours: [number, number] | undefined;
}

type NumberSetting = Exclude<keyof KioskConfig, "hours">;

export const defaults: KioskConfig = {
  idle: 90,
  countdown: 20,
  attract: 30,
  cycle: 7,
  update: 30,
  reach: 0,
  hours: undefined,
};

const bounds: Record<NumberSetting, [number, number]> = {
  idle: [5, 3600],
  countdown: [20, 120],
  attract: [2, 3600],
  cycle: [2, 60],
  update: [1, 1440],
  reach: [0, 1],
};

/** The names `npm run kiosk` passes through as --name=value. */
export const settingNames = [...Object.keys(bounds), "hours"] as const;

/** "08:30-17:30" → [510, 1050]; anything else (a closing time before opening included) → undefined. */
export function parseHours(text: string): [number, number] | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  const open = Number(match[1]) * 60 + Number(match[2]);
  const close = Number(match[3]) * 60 + Number(match[4]);
  return open < close && close <= 24 * 60 ? [open, close] : undefined;
}

/** Whether a time of day (minutes after midnight) is inside the opening hours; always true without hours. */
export function isOpen(hours: KioskConfig["hours"], minutes: number): boolean {
  return !hours || (minutes >= hours[0] && minutes < hours[1]);
}

/** Reads the settings from a query string; every value is checked on its own. */
export function parseKioskConfig(search: string): KioskConfig {
  const params = new URLSearchParams(search);
  const config = { ...defaults };
  for (const key of Object.keys(bounds) as NumberSetting[]) {
    const values = params.getAll(key);
    if (values.length !== 1 || !/^\d+(\.\d+)?$/.test(values[0]!)) continue;
    const value = Number(values[0]);
    const [min, max] = bounds[key];
    if (value >= min && value <= max) config[key] = value;
  }
  const hours = params.getAll("hours");
  if (hours.length === 1) config.hours = parseHours(hours[0]!);
  return config;
}

/** The screen to open for ?screen=<value>: a screen id, or a sequence id for its first slide; else the start. */
export function screenFor(value: string | null, ids: string[], sequences: string[]): string {
  if (!value) return "start";
  if (ids.includes(value)) return value;
  if (sequences.includes(value)) return ids.find((id) => id.startsWith(`${value}-`)) ?? "start";
  return "start";
}
