// Share cards, one PNG per page that has one (src/og/cards.ts), made with every other image of the build.
import type { APIRoute } from "astro";
import { cardSpecs, type CardSpec } from "../../og/cards.ts";
import { imageFile } from "../../images/site-images.ts";

export async function getStaticPaths() {
  const specs = await cardSpecs();
  return specs.map((spec) => ({ params: { card: spec.file.replace(/^\/og\//, "") }, props: { spec } }));
}

export const GET: APIRoute = async ({ props }) => imageFile((props as { spec: CardSpec }).spec.file);
