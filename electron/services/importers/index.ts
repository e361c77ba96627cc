/** Importers: accounts from other apps' exports, otpauth lists and QR code images. */
export { decodeGoogleMigrationUri, type GoogleMigrationBatch } from './decodeGoogleMigrationUri';
export { import2fas } from './import2fas';
export { importAccounts } from './importAccounts';
export { importAegis } from './importAegis';
export { importAndOtp } from './importAndOtp';
export { importFile, maxImportFileBytes } from './importFile';
export { importFreeOtpPlus } from './importFreeOtpPlus';
export { importGoogleAuthenticatorDb } from './importGoogleAuthenticatorDb';
export { importGoogleMigration } from './importGoogleMigration';
export { importOtpauthText } from './importOtpauthText';
export { importQrImage } from './importQrImage';
export { importFormats, type ImportFormat, type ImportResult, type SkippedEntry } from './ImportResult';
export { googleAuthenticatorDbLimits } from './readGoogleAuthenticatorRows';
export { readImageDimensions, type ImageDimensions } from './readImageDimensions';
export { maxImagePixels, readQrCode } from './readQrCode';
