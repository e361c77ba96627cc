import type { FastifyReply } from 'fastify';
import type { BridgeResult } from '../contract/bridge';
import { DeskIdError } from '../contract/DeskIdError';
import type { Refusal } from './requestGuards';

/** Answers a bridge-shaped failure, `{ok: false, error: {code, message}}`, with `status`. */
export function sendFailure(reply: FastifyReply, status: number, error: DeskIdError): FastifyReply {
  const result: BridgeResult = { ok: false, error: error.toJSON() };
  return reply.code(status).send(result);
}

/** Answers a guard's refusal with its status, code and reason. */
export function sendRefusal(reply: FastifyReply, { status, code, reason }: Refusal): FastifyReply {
  return sendFailure(reply, status, new DeskIdError(code, reason));
}
