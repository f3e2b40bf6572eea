/**
 * Painting flags on a protected sheet (the official form is protected, without a password) needs
 * the protection lifted for the duration of the write. Sheets protected with a password stay as
 * they are: their flags are shown in the list only.
 */
export interface UnlockedSheet {
  sheet: Excel.Worksheet;
  options: Excel.WorksheetProtectionOptions;
}

export interface UnlockResult {
  unlocked: UnlockedSheet[];
  /** Names of sheets that stay protected (a password is set). */
  locked: Set<string>;
}

/**
 * `sheets` must have `name,protection/protected,protection/options` loaded.
 * One sync when some are protected (two when one of them has a password); none otherwise.
 */
export async function unlockSheets(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<UnlockResult> {
  const protectedSheets = sheets.filter((ws) => ws.protection.protected);
  if (protectedSheets.length === 0) return { unlocked: [], locked: new Set() };
  const remembered = protectedSheets.map((sheet) => ({ sheet, options: { ...sheet.protection.options } }));
  for (const ws of protectedSheets) ws.protection.unprotect();
  try {
    await context.sync();
    return { unlocked: remembered, locked: new Set() };
  } catch {
    // A password stopped the batch part-way: see which sheets were unprotected before it did.
    const states = protectedSheets.map((ws) => ws.protection.load('protected'));
    await context.sync();
    const unlocked = remembered.filter((_, i) => !states[i]!.protected);
    const locked = new Set(protectedSheets.filter((_, i) => states[i]!.protected).map((ws) => ws.name));
    return { unlocked, locked };
  }
}

/** Queues re-protection with the options each sheet had (no password: none was set). */
export function relockSheets(unlocked: readonly UnlockedSheet[]): void {
  for (const { sheet, options } of unlocked) sheet.protection.protect(options);
}
