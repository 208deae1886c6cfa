// The project's CJK font for pictures: Noto Sans SC from an npm package (src/charts/text/font-file.ts says where).
// src/images/fonts.ts cuts it to the characters drawn; a missing package stops the build with a message instead
// of empty boxes.
export { fontFamily, fontPath, type FontWeight } from "../charts/text/font-file.ts";
