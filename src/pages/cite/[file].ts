import type { APIRoute } from "astro";
import { citationFile, siteCitationPaths } from "../../cite/files.ts";

export const getStaticPaths = siteCitationPaths;
export const GET: APIRoute = (context) => citationFile(context);
