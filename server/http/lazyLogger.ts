import type { FastifyBaseLogger, LogLevel } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';

const rank: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: 100 };

/**
 * A logger whose pino child (the one that carries its bindings, such as a request id)
 * is made only when it writes a line at an enabled level. At the usual operator level
 * (`warn`) most requests write none, and making a pino child for each of them cost about
 * a tenth of a small request's time under load (see test/bench/server.ts).
 *
 * Its own children are lazy too. Fastify is given the root of these as its
 * `loggerInstance`, so that it makes each request's logger with its default child
 * factory: a custom `childLoggerFactory` would have Fastify check every request's
 * logger for its methods, which costs about as much again.
 */
class LazyLogger implements FastifyBaseLogger {
  readonly #parent: FastifyBaseLogger | LazyLogger;
  readonly #bindings: Bindings;
  readonly #options: ChildLoggerOptions;
  #child: FastifyBaseLogger | undefined;

  constructor(parent: FastifyBaseLogger | LazyLogger, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent;
    this.#bindings = bindings;
    this.#options = options;
  }

  /** The pino logger behind this one, made on first use. */
  made(): FastifyBaseLogger {
    if (this.#child === undefined) {
      const parent = this.#parent instanceof LazyLogger ? this.#parent.made() : this.#parent;
      this.#child = parent.child(this.#bindings, this.#options);
    }
    return this.#child;
  }

  #write(level: Exclude<LogLevel, 'silent'>, args: unknown[]): void {
    if (rank[level] < rank[this.level as LogLevel]) return;
    const child = this.made();
    const write: (...line: unknown[]) => void = child[level];
    write.apply(child, args);
  }

  get level(): string {
    return (this.#child ?? this.#parent).level;
  }

  set level(level: string) {
    this.made().level = level;
  }

  fatal(...args: unknown[]): void {
    this.#write('fatal', args);
  }

  error(...args: unknown[]): void {
    this.#write('error', args);
  }

  warn(...args: unknown[]): void {
    this.#write('warn', args);
  }

  info(...args: unknown[]): void {
    this.#write('info', args);
  }

  debug(...args: unknown[]): void {
    this.#write('debug', args);
  }

  trace(...args: unknown[]): void {
    this.#write('trace', args);
  }

  silent(): void {
    // Nothing to write.
  }

  child(bindings: Bindings, options: ChildLoggerOptions = {}): FastifyBaseLogger {
    return new LazyLogger(this, bindings, options);
  }
}

/** `root`, whose children (and theirs) make their pino child only when they write. */
export function lazyChildren(root: FastifyBaseLogger): FastifyBaseLogger {
  return new LazyLogger(root, {}, {});
}
