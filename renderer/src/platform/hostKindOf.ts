import type { HostKind } from '../../../electron/contract/appInfo';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';

const asked = new WeakMap<GroupedBridge, Promise<HostKind>>();

/**
 * Which host answers this bridge (`app.info().hostKind`), asked once per bridge: the
 * platform interfaces pick their implementation with it. A failed question is asked
 * again next time rather than remembered.
 */
export function hostKindOf(bridge: GroupedBridge): Promise<HostKind> {
  let kind = asked.get(bridge);
  if (kind === undefined) {
    kind = bridge.app.info({}).then((info) => info.hostKind);
    kind.catch(() => asked.delete(bridge));
    asked.set(bridge, kind);
  }
  return kind;
}
