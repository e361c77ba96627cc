import type { Store } from '../store/Store';
import type { CodeMessage, CodeSender } from './CodeSender';

/** The development outbox: "sent" codes are kept in the store for `GET /api/v1/dev/outbox`. */
export class DevOutboxSender implements CodeSender {
  readonly #store: Store;
  readonly #now: () => number;

  constructor(store: Store, now: () => number) {
    this.#store = store;
    this.#now = now;
  }

  send(message: CodeMessage): Promise<void> {
    this.#store.addOutbox({ ...message, sentAt: this.#now() });
    return Promise.resolve();
  }
}
