// axe in both colour schemes, outside requests and console errors on the second half of the built pages (see
// the helper).
import { checkEveryPage } from "../support/every-page.ts";

checkEveryPage(1, 2);
