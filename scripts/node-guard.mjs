// Stops with one clear line when the running Node is older than Astro needs. Plain JavaScript on purpose:
// it has to run on the old Node it is warning about.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old (need 22.12 or newer): run "npm install" first, which puts Node 24 ` +
      `into node_modules/.bin, then use "npm run …" or "npx …" so that it is used.`,
  );
  process.exit(1);
}
