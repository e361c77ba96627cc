import QRCode from 'qrcode';

/**
 * What a person needs to add the authenticator to a phone app: the QR code of the
 * server's otpauth URI as an SVG, and the base32 setup key in groups of four for typing
 * in by hand (both shown on purpose, once; see docs/sessions.md).
 */
export async function authenticatorForPhone(
  otpauthUri: string,
  secret: string,
): Promise<{ qrSvg: string; setupKey: string }> {
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { qrSvg, setupKey: groupSetupKey(secret) };
}

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP` (padding dropped, upper case). */
export function groupSetupKey(secret: string): string {
  const clean = secret.replace(/[\s=-]/g, '').toUpperCase();
  return (clean.match(/.{1,4}/g) ?? []).join(' ');
}
