/**
 * Per-key debouncing: `run(key)` is called once, `delay` ms after the last
 * `schedule(key)`, so a burst of keystrokes in one document is checked once
 * and other documents are not held up by it.
 *
 * @example
 *   const debounce = new Debounce(150, (uri) => check(uri))
 *   documents.onDidChangeContent(({ document }) => debounce.schedule(document.uri))
 */
export class Debounce {
  readonly #timers = new Map<string, NodeJS.Timeout>()

  constructor(
    private readonly delay: number,
    private readonly run: (key: string) => void
  ) {}

  schedule(key: string): void {
    clearTimeout(this.#timers.get(key))
    this.#timers.set(
      key,
      setTimeout(() => {
        this.#timers.delete(key)
        this.run(key)
      }, this.delay)
    )
  }

  cancel(key: string): void {
    clearTimeout(this.#timers.get(key))
    this.#timers.delete(key)
  }
}
