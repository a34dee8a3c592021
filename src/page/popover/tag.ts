/** The card host's element name: the content script needs it before the card code is loaded (to tell its own nodes). */
export const POPOVER_TAG = 'sanctions-lens-popover';
