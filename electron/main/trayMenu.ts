import type { MenuItemConstructorOptions } from 'electron';
import type { HostControls } from '../services/app/DesktopShell';
import { trayWordsFor, type TrayWords } from './trayStrings';

/** What the tray's items do. */
export interface TrayActions {
  /** Brings the DeskID window forward (a person's item too: their PIN is asked there). */
  open(): void;
  lockAll(): void;
  quit(): void;
}

/** The tray menu: open, the people on this computer (the open one marked), Lock all, quit. */
export function trayMenuTemplate(
  people: Awaited<ReturnType<HostControls['people']>>,
  actions: TrayActions,
  words: TrayWords,
): MenuItemConstructorOptions[] {
  const personItems: MenuItemConstructorOptions[] =
    people.length === 0
      ? [{ label: words.nobody, enabled: false }]
      : people.map((person) => ({
          label: person.unlocked ? words.openNow(person.name) : person.name,
          click: () => actions.open(),
        }));
  return [
    { label: words.open, click: () => actions.open() },
    { type: 'separator' },
    { label: words.people, enabled: false },
    ...personItems,
    { type: 'separator' },
    { label: words.lockAll, enabled: people.some((person) => person.unlocked), click: () => actions.lockAll() },
    { label: words.quit, click: () => actions.quit() },
  ];
}

/** The parts of Electron the tray uses: the tray icon (its tooltip, menu and clicks) and the OS locale. */
export interface TrayGlue {
  setToolTip: (text: string) => void;
  /** `tray.setContextMenu(Menu.buildFromTemplate(template))`. */
  showMenu: (template: MenuItemConstructorOptions[]) => void;
  onClick: (listener: () => void) => void;
  osLocale: () => string;
}

/**
 * Keeps the tray's menu true: built now and again on each `refresh` (the main process
 * calls it after a lock and after a call that changes who is open) and on a click.
 */
export function createTrayMenu(
  glue: TrayGlue,
  host: HostControls,
  actions: Omit<TrayActions, 'lockAll'>,
  onError: (error: unknown) => void,
): { refresh(): Promise<void> } {
  const refresh = async () => {
    try {
      const [people, settings] = await Promise.all([host.people(), host.settings()]);
      const words = trayWordsFor(settings.language, glue.osLocale());
      glue.setToolTip(words.tooltip);
      const lockAll = () => void host.lockAll('user').then(refresh, onError);
      glue.showMenu(trayMenuTemplate(people, { ...actions, lockAll }, words));
    } catch (error) {
      onError(error);
    }
  };
  glue.onClick(() => void refresh());
  return { refresh };
}
