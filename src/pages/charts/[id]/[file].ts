import type { APIRoute } from "astro";
import { chartFile, chartFilePaths } from "../../../downloads/routes.ts";

export const getStaticPaths = chartFilePaths;
export const GET: APIRoute = (context) => chartFile(context);
