// The long image (长图) of every published chapter: /share/<slug>.png (src/images/layouts/long-image.ts).
import type { APIRoute } from "astro";
import { longImageFile, longImagePaths } from "../../images/long-image-route.ts";

export const getStaticPaths = () => longImagePaths("zh");
export const GET: APIRoute = (context) => longImageFile(context);
