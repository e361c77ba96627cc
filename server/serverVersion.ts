/** The protocol version this server implements (`server-info.version`). */
export const serverVersion = '1.0.0';
