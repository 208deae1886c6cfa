// Stops with one clear line when the running Node is older than Astro needs. Plain JavaScript on purpose:
// it has to run on the old Node it is warning about.
import { pathToFileURL } from "node:url";

/** True for a Node version (like "20.20.2") older than 22.12. */
export function isTooOld(version) {
  const [major, minor] = version.split(".").map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

export const message = (version) =>
  `Node ${version} is too old (need 22.12 or newer): run "npm install" first, which puts Node 24 into ` +
  `node_modules/.bin, then use "npm run …" or "npx …" so that it is used.`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && isTooOld(process.versions.node)) {
  console.error(message(process.versions.node));
  process.exit(1);
}
