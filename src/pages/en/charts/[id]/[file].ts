import type { APIRoute } from "astro";
import { chartCitationPaths, citationFile, isCitationFile } from "../../../../cite/files.ts";
import { chartFile, chartFilePaths } from "../../../../downloads/routes.ts";

export const getStaticPaths = () => [...chartFilePaths(), ...chartCitationPaths()];
export const GET: APIRoute = (context) => (isCitationFile(context.props) ? citationFile(context) : chartFile(context));
