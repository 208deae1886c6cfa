// axe, outside requests and console errors on every built page in the light theme (see the helper).
import { checkEveryPage } from "../support/every-page.ts";

checkEveryPage("light");
