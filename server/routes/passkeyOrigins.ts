import type { AppContext } from '../AppContext';

/** The origins a WebAuthn answer may come from: `--origin`s, else the server's own. */
export function expectedOrigins(ctx: AppContext): string[] {
  return ctx.config.origins ?? [`http://${ctx.config.rpId}:${ctx.config.port}`];
}
