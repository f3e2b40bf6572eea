describe('commands page (FunctionFile)', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).action;
    jest.resetModules();
  });

  it('registers `action` with Office.actions.associate once Office is ready, and completes the event', async () => {
    const associate = jest.fn();
    (globalThis as Record<string, unknown>).Office = { onReady: (fn: () => void) => Promise.resolve(fn()), actions: { associate } };
    const commands = await import('../../src/addin/commands/commands');
    expect(associate).toHaveBeenCalledWith('action', commands.action);
    const completed = jest.fn();
    commands.action({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect((globalThis as Record<string, unknown>).action).toBe(commands.action);
  });

  it('works on hosts without Office.actions (the function is found by its global name)', async () => {
    (globalThis as Record<string, unknown>).Office = { onReady: (fn: () => void) => Promise.resolve(fn()) };
    const commands = await import('../../src/addin/commands/commands');
    expect((globalThis as Record<string, unknown>).action).toBe(commands.action);
  });

  it('loads outside Office without throwing', async () => {
    await expect(import('../../src/addin/commands/commands')).resolves.toHaveProperty('registerCommands');
  });
});
