// The long image (长图) of every published English chapter: /en/share/<slug>.png.
import type { APIRoute } from "astro";
import { longImageFile, longImagePaths } from "../../../images/long-image-route.ts";

export const getStaticPaths = () => longImagePaths("en");
export const GET: APIRoute = (context) => longImageFile(context);
