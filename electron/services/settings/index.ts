/** The settings of one OS user (`settings.json` in the data directory). */
export { SettingsFile } from './SettingsFile';
export { defaultSettings, type Settings } from './settingsSchema';
