/**
 * Notices single-page-app navigations. A content script cannot see the
 * page's own `history.pushState` calls (it runs in an isolated world), so it
 * listens to what it can: `popstate`, the Navigation API's `navigatesuccess`
 * where the browser has it, and a check of the address whenever the page's
 * DOM changes (an SPA swaps content when it navigates). Framework-free, so the
 * controller stays testable under jsdom.
 */

export class LocationWatch {
  private href: string;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly win: Window,
    private readonly onChange: (href: string) => void,
  ) {
    this.href = win.location.href;
  }

  start(): void {
    const check = () => this.check();
    this.win.addEventListener('popstate', check);
    this.cleanups.push(() => this.win.removeEventListener('popstate', check));
    const nav = (this.win as Window & { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      nav.addEventListener('navigatesuccess', check);
      this.cleanups.push(() => nav.removeEventListener('navigatesuccess', check));
    }
  }

  stop(): void {
    for (const c of this.cleanups.splice(0)) c();
  }

  /** Compares the address with the last one seen; the hash alone is not a new page. */
  check(): void {
    const now = this.win.location.href;
    if (stripHash(now) === stripHash(this.href)) {
      this.href = now;
      return;
    }
    this.href = now;
    this.onChange(now);
  }
}

function stripHash(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}
