/** Placeholder until the command lands; owned by the helper building it. */
export async function runCheckCommand(_args: string[]): Promise<number> {
  process.stderr.write('Lệnh này chưa được xây dựng.\n');
  return 2;
}
