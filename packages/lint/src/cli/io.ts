/** Where the CLI reads and writes: the real process, or a test's fakes. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: { write: (text: string) => unknown; isTTY?: boolean }
  stderr: { write: (text: string) => unknown; isTTY?: boolean }
}
