import type { FastifyBaseLogger } from 'fastify';
import type { CodeMessage, CodeSender } from './CodeSender';
import { maskPhone } from './parsePhone';

/**
 * The sender when the development outbox is off and no real sender is plugged in: the
 * code goes nowhere and is not kept. Each message logs a warning (never the code), and
 * `/api/v1/server-info` offers no phone channels then.
 */
export class NoCodeSender implements CodeSender {
  readonly #log: FastifyBaseLogger;

  constructor(log: FastifyBaseLogger) {
    this.#log = log;
  }

  send({ to, channel }: CodeMessage): Promise<void> {
    this.#log.warn(
      { to: maskPhone(to), channel },
      'code not delivered: no code sender is plugged in and the development outbox is off',
    );
    return Promise.resolve();
  }
}
