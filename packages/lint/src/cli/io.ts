/** Where the CLI reads and writes: the real process, or a test's fakes. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  /** `columns` is the terminal's width, when stdout is one (the `stylish` report fits it). */
  stdout: { write: (text: string) => unknown; isTTY?: boolean; columns?: number }
  stderr: { write: (text: string) => unknown; isTTY?: boolean }
}
