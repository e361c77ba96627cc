import { describe, expect, it } from 'vitest';
import { FakePowerMonitor } from '../../test/fixtures/fakeElectron';
import { lockOnPresence, screenLockPollMs } from './lockOnPresence';

describe('lockOnPresence', () => {
  it.each(['darwin', 'win32'] as const)('on %s relies on the OS events and polls nothing', (platform) => {
    const polls: number[] = [];
    const powerMonitor = new FakePowerMonitor();
    lockOnPresence(
      powerMonitor as never,
      () => Promise.resolve(),
      () => undefined,
      {
        platform,
        every: (_run, ms) => void polls.push(ms),
      },
    );
    expect(polls).toEqual([]);
    expect([...powerMonitor.listeners.keys()]).toEqual(['lock-screen', 'suspend', 'user-did-resign-active']);
  });

  it('on Linux polls every few seconds, and a failing poll is logged, not thrown', () => {
    const polls: { run: () => void; ms: number }[] = [];
    const errors: unknown[] = [];
    const powerMonitor = new FakePowerMonitor();
    powerMonitor.getSystemIdleState = () => {
      throw new Error('no idle state');
    };
    lockOnPresence(
      powerMonitor as never,
      () => Promise.resolve(),
      (error) => errors.push(error),
      {
        platform: 'linux',
        every: (run, ms) => void polls.push({ run, ms }),
      },
    );
    expect(polls.map((poll) => poll.ms)).toEqual([screenLockPollMs]);
    polls[0]?.run();
    expect(errors).toEqual([new Error('no idle state')]);
  });
});
