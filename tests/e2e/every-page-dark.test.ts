// axe colour rules, outside requests and console errors on every built page in the dark theme (see the helper).
import { checkEveryPage } from "../support/every-page.ts";

checkEveryPage("dark");
