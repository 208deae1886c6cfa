// Where a page's share card lives and how big it is: /og/<page path>.png, the home page of a language as
// index.png; 1200×630, the size Open Graph and Twitter cards expect.
export const cardSize = { width: 1200, height: 630 } as const;

export function cardPath(pagePath: string): string {
  const bare = pagePath.replace(/\/$/, "");
  return `/og${bare === "" || bare === "/en" ? `${bare}/index` : bare}.png`;
}
