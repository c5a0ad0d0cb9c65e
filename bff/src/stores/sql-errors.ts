/** A unique index refused a row: MySQL's ER_DUP_ENTRY or SQLite's UNIQUE constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string; message?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  if (code === 'ER_DUP_ENTRY') return true;
  const message = e?.driverError?.message ?? e?.message ?? '';
  return /UNIQUE constraint failed/.test(message);
}
