/**
 * Errors the consumer install throws. Match on `code`, which is stable;
 * messages may be reworded.
 */
export class PackConsumerError extends Error {
  readonly code: 'ERR_PACK_CONSUMER_WORKSPACE' | 'ERR_PACK_CONSUMER_LOCKFILE' | 'ERR_PACK_CONSUMER_COMMAND'

  constructor(code: PackConsumerError['code'], message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'PackConsumerError'
    this.code = code
  }
}
