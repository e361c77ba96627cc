import { z } from 'zod';
import { channelSchema } from './common';

export const healthReply = z.object({ ok: z.literal(true) });

/** `GET /api/v1/server-info`. */
export const serverInfoReply = z.object({
  name: z.string(),
  version: z.string(),
  policy: z.object({
    enforceFrom: z.iso.date(),
    enforced: z.boolean(),
    methods: z.array(z.enum(['passkey', 'totp', 'phone'])),
    emailRecoveryAllowed: z.literal(false),
    recoveryCodeRequired: z.literal(true),
  }),
  webauthn: z.object({ rpId: z.string(), rpName: z.string() }),
  phone: z.object({ defaultCountry: z.string(), channels: z.array(channelSchema) }),
});
export type ServerInfo = z.infer<typeof serverInfoReply>;

/** `GET /api/v1/dev/outbox?to=` */
export const outboxQuery = z.strictObject({ to: z.string().min(1).max(32) });
export const outboxReply = z.array(
  z.object({ to: z.string(), channel: channelSchema, code: z.string(), text: z.string(), sentAt: z.iso.datetime() }),
);
