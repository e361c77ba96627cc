import type { ServerResponse } from 'node:http';
import { events, type EventName, type EventPayload } from '../contract/events';

/**
 * Pushes bridge events to connected browser-host pages as a server-sent event stream.
 * Payloads are validated against the contract before they leave.
 */
export class EventHub {
  private readonly streams = new Set<ServerResponse>();

  /** How many pages are listening now. */
  get size(): number {
    return this.streams.size;
  }

  /** Sends every later event down `response` until it closes. */
  attach(response: ServerResponse): void {
    this.streams.add(response);
    response.on('close', () => this.streams.delete(response));
  }

  /** Validates `payload` against the contract and sends it to every listening page. */
  publish<N extends EventName>(name: N, payload: EventPayload<N>): void {
    const data = JSON.stringify({ name, payload: events[name].parse(payload) });
    for (const stream of this.streams) stream.write(`data: ${data}\n\n`);
  }

  /** Ends every stream (the host is closing). */
  closeAll(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }
}
