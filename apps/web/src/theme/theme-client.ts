// The theme button: switches between light and dark and remembers the choice.
// Until the learner chooses, the page follows the system (prefers-color-scheme).
// The choice is applied before the first paint by the inline script in the
// layout; this only handles the button.
import { themeStorageKey } from './theme-storage.js'

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]')) {
  const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'))
  show()
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show)
  button.addEventListener('click', () => {
    const theme = currentTheme() === 'dark' ? 'light' : 'dark'
    document.documentElement.dataset.theme = theme
    try {
      localStorage.setItem(themeStorageKey, theme)
    } catch {
      // Blocked storage: the theme holds for this page only.
    }
    show()
  })
}
