import type { CDPSession, Page } from '@playwright/test';

/** One function's share of a CPU profile. */
export interface ProfiledFunction {
  /** `name file:line` (the file's last path segment; `(anonymous)` when unnamed). */
  where: string;
  selfMs: number;
}

/** Where the page's time went during an action. */
export interface PageProfile {
  /** Chromium's own counters (`Performance.getMetrics`), the difference over the action, ms. */
  scriptMs: number;
  layoutMs: number;
  recalcStyleMs: number;
  taskMs: number;
  /** The functions with the most self time (CPU profile, 100 µs sampling). */
  top: ProfiledFunction[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const counters = {
  scriptMs: 'ScriptDuration',
  layoutMs: 'LayoutDuration',
  recalcStyleMs: 'RecalcStyleDuration',
  taskMs: 'TaskDuration',
} as const;

async function readCounters(cdp: CDPSession): Promise<Record<keyof typeof counters, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    scriptMs: value(counters.scriptMs),
    layoutMs: value(counters.layoutMs),
    recalcStyleMs: value(counters.recalcStyleMs),
    taskMs: value(counters.taskMs),
  };
}

/** Self time per function of a CDP CPU profile, largest first. */
export function summariseProfile(profile: CpuProfile, count: number): ProfiledFunction[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the delta to the next sample.
  for (const [index, id] of samples.entries()) {
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) continue;
    const file = frame.url.split('/').at(-1) ?? '';
    const where =
      `${frame.functionName || '(anonymous)'} ${file}${file === '' ? '' : `:${frame.lineNumber + 1}`}`.trim();
    self.set(where, (self.get(where) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  }
  return [...self.entries()]
    .map(([where, selfMs]) => ({ where, selfMs: Math.round(selfMs * 10) / 10 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count);
}

/**
 * Runs `action` with Chromium's CPU profiler on (100 µs sampling) and its performance
 * counters read before and after: what a person would see in DevTools' Performance
 * panel, as figures. Profiling slows the page: read the shares, not the totals.
 */
export async function profilePage(page: Page, action: () => Promise<void>, count = 15): Promise<PageProfile> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const before = await readCounters(cdp);
    await cdp.send('Profiler.start');
    await action();
    const { profile } = await cdp.send('Profiler.stop');
    const after = await readCounters(cdp);
    const round1 = (value: number) => Math.round(value * 10) / 10;
    return {
      scriptMs: round1(after.scriptMs - before.scriptMs),
      layoutMs: round1(after.layoutMs - before.layoutMs),
      recalcStyleMs: round1(after.recalcStyleMs - before.recalcStyleMs),
      taskMs: round1(after.taskMs - before.taskMs),
      top: summariseProfile(profile, count),
    };
  } finally {
    await cdp.detach();
  }
}
