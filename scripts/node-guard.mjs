// Stops with one clear line when the running Node is older than Astro needs. Plain JavaScript on purpose:
// it has to run on the old Node it is warning about.
import { pathToFileURL } from "node:url";

/**
 * Machines for which package.json lists a Node build as an optional dependency (node-<os>-<cpu>): there,
 * `npm install` puts Node 24 into node_modules/.bin, locked with its integrity hash like every other package.
 */
export const bundledPlatforms = ["linux-x64", "linux-arm64"];

/** True for a Node version (like "20.20.2") older than 22.12. */
export function isTooOld(version) {
  const [major, minor] = version.split(".").map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

export function message(version, platform = `${process.platform}-${process.arch}`) {
  const tooOld = `Node ${version} is too old (need 22.12 or newer): `;
  return bundledPlatforms.includes(platform)
    ? `${tooOld}run "npm install" first, which puts Node 24 into node_modules/.bin, then use "npm run …" or ` +
        `"npx …" so that it is used.`
    : `${tooOld}install Node 22.12 or newer yourself (https://nodejs.org/); npm brings its own Node only on ` +
        `${bundledPlatforms.join(" and ")}, and this machine is ${platform}.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && isTooOld(process.versions.node)) {
  console.error(message(process.versions.node));
  process.exit(1);
}
