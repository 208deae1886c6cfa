// HTML validity of the built pages (tests/build/html-validity.test.ts). The recommended preset covers the
// standard (content models, attributes, duplicate ids) and accessible markup. Disable a rule only with a line
// here saying why the site is right and the rule is not.
export default {
  root: true,
  extends: ["html-validate:recommended"],
};
