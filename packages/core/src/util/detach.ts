/**
 * A flat copy of `text`. Strings cut from a file's source (V8 sliced strings,
 * as the Markdown parser makes them) keep the whole text alive; a copy does
 * not. V8 copies strings shorter than 13 characters anyway.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/** `detach` for an optional string. */
export function detachOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : detach(text)
}
