/**
 * The add-in's FunctionFile (manifest.xml <FunctionFile resid="Commands.Url"/>): a page without UI that
 * Office loads for ribbon commands. Bieu's only ribbon button opens the task pane (ShowTaskpane), so
 * the one function here, `action`, just completes its event; it exists so that ExecuteFunction
 * commands added later have their home, and so that Office finds the page it was promised.
 */

/** Completes a ribbon command. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

interface ActionsApi {
  associate(name: string, fn: (event: Office.AddinCommands.Event) => void): void;
}

/** Registers the commands with Office; older hosts without `Office.actions` find them by global name. */
export function registerCommands(office: typeof Office, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  scope.action = action;
  const actions = (office as unknown as { actions?: Partial<ActionsApi> }).actions;
  if (typeof actions?.associate === 'function') actions.associate('action', action);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => registerCommands(Office));
}
