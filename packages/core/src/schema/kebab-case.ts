/** Kebab-case: lowercase letters and digits in groups joined by single hyphens. */
export const kebabCasePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
