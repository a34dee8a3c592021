/** Arrow keys between a search box and its result buttons, so results can be reached and read without a mouse. */
export function arrowKeysBetween(input: HTMLInputElement, list: HTMLElement, selector: string): void {
  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>(selector)];
  input.addEventListener('keydown', (e) => {
    const first = buttons()[0];
    if (e.key === 'ArrowDown' && first) {
      e.preventDefault();
      first.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = buttons();
    const i = all.indexOf(list.ownerDocument.activeElement as HTMLButtonElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i + 1 < all.length) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });
}
