/** The localStorage key of the theme the learner chose: `light` or `dark`. */
export const themeStorageKey = 'roadmap-theme:v1'
