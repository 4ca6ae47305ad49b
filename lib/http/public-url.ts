/**
 * The absolute URL of a page of this deployment, for links handed to payers (a 3DS challenge, a
 * checkout): built from NEXTAUTH_URL, the dashboard's public address, which every deployment sets.
 */
export function publicUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL || 'http://localhost:3000';
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}
