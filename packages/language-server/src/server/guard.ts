import { ErrorCodes, ResponseError } from 'vscode-languageserver'

/**
 * A request handler that answers a failure with an LSP error naming it,
 * never taking the server down: one request fails, the others go on.
 *
 * @example
 *   connection.onHover(guard('hover', async (params) => hover(params)))
 */
export function guard<Params, Result>(
  name: string,
  handler: (params: Params) => Result | Promise<Result>,
  log: (text: string) => void
): (params: Params) => Promise<Result | ResponseError<undefined>> {
  return async (params) => {
    try {
      return await handler(params)
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return new ResponseError(
        ErrorCodes.InternalError,
        `roadmap-language-server: ${name} failed: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
}
