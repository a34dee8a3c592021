/**
 * The welcome page opens once, when the extension is installed: not on an
 * update, not on a browser update, not when the browser starts.
 */
export const WELCOME_PAGE = '/welcome.html';

export function welcomesOn(reason: string): boolean {
  return reason === 'install';
}
