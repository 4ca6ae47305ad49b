/**
 * The path of the first string holding a NUL character (U+0000) in a parsed input, keys included,
 * or null. PostgreSQL's text cannot store U+0000 and fails the whole statement (a 500), and no
 * field of ours has a use for it, so every door refuses such input before validating it, naming
 * the field the way validation errors do (`owner.name`, `limits.0`).
 */
export function nulCharacterPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(body)' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterPath(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\u0000')].join('.');
      const found = nulCharacterPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export const NUL_CHARACTER_MESSAGE = 'Must not contain the NUL character (U+0000)';
