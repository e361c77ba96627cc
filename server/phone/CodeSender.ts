/** One SMS or voice message carrying a one-time code. */
export interface CodeMessage {
  to: string;
  channel: 'sms' | 'voice';
  code: string;
  text: string;
}

/**
 * Sends one-time codes by SMS or voice. The development outbox is one implementation;
 * a real deployment plugs in an SMS/voice provider behind the same interface.
 */
export interface CodeSender {
  send(message: CodeMessage): Promise<void>;
}
