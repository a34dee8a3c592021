/**
 * The extension's own pages (popup, options) in Firefox ESR, for the tests.
 *
 * WebDriver BiDi in Firefox hides extension documents: navigating a tab to
 * moz-extension:// is refused and no extension realm is listed, so neither
 * puppeteer's page API nor script.evaluate can reach the popup. With system
 * access (scripts/lib/firefox.ts `systemAccess`) BiDi can evaluate in the
 * browser window's chrome. From there a test opens the page in a tab, as a
 * user opening it by hand would, and talks to it through a message-manager
 * frame script loaded into that tab: the script sees the page's real DOM
 * (a click is a DOM event the page's own listeners handle) and calls the
 * page's own `browser.*` API, so a storage write or a message comes from an
 * extension context, exactly as from the popup.
 */
import type { Browser } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../../scripts/lib/firefox';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** The page's window as a frame script sees it: the page's own globals, `browser` included. */
export type ExtensionWindow = Window & typeof globalThis & { browser: ExtensionApi };
/** The slice of the WebExtension API the tests call. */
export interface ExtensionApi {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
  storage: { local: { set(v: object): Promise<void>; get(k: string | string[] | null): Promise<Record<string, unknown>>; remove(k: string | string[]): Promise<void> } };
}

function connectionOf(browser: Browser): BidiConnection {
  // puppeteer-core's BiDi browser keeps its connection public but untyped for users.
  const conn = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!conn) throw new Error('Not a WebDriver BiDi session');
  return conn;
}

/** Runs `fn(...args)` in the browser window's chrome realm; the result must be JSON. */
async function inChrome<T>(conn: BidiConnection, context: string, fn: string, args: string[]): Promise<T> {
  const { result } = await conn.send('script.callFunction', {
    functionDeclaration: `async (...a) => JSON.stringify(await (${fn})(...a))`,
    arguments: args.map((value) => ({ type: 'string', value })),
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const r = result as EvaluateResult;
  if (r.type !== 'success') throw new Error(`chrome script failed: ${r.exceptionDetails?.text ?? 'unknown'}`);
  const json = r.result?.value;
  return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
}

// Chrome-realm functions, as source (they run in browser.xhtml, where gBrowser and Services live).
const OPEN_TAB = `async (url) => {
  const tabs = (window.__slTestTabs ??= new Map());
  const key = String((window.__slTestTabSeq = (window.__slTestTabSeq ?? 0) + 1));
  const tab = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
  tabs.set(key, tab);
  // In front, as a popup is: input events and layout as the user would get them.
  gBrowser.selectedTab = tab;
  const b = tab.linkedBrowser;
  const until = Date.now() + 15000;
  while (!(b.currentURI?.spec === url && b.remoteType === 'extension' && !b.webProgress?.isLoadingDocument)) {
    if (Date.now() > until) throw new Error('the extension page did not load: ' + b.currentURI?.spec + ' ' + b.remoteType);
    await new Promise((r) => setTimeout(r, 50));
  }
  return key;
}`;

const RUN_IN_TAB = `async (key, frameScript, channel) => {
  const tab = window.__slTestTabs.get(key);
  const mm = tab.linkedBrowser.messageManager;
  return await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the extension page did not answer')), 30000);
    mm.addMessageListener(channel, function once(m) {
      mm.removeMessageListener(channel, once);
      clearTimeout(timer);
      resolve(m.data);
    });
    mm.loadFrameScript('data:application/javascript;charset=utf-8,' + encodeURIComponent(frameScript), false);
  });
}`;

const CLOSE_TAB = `async (key) => {
  const tab = window.__slTestTabs.get(key);
  if (tab) gBrowser.removeTab(tab);
  window.__slTestTabs.delete(key);
  return true;
}`;

/** What a frame script needs to work with the page: its timers, and objects copied into its compartment. */
export interface FrameTools {
  sleep(ms: number): Promise<void>;
  /** A copy of `v` owned by the page, to pass to the page's own functions (its `browser` API). */
  clone<T>(v: T): T;
  /**
   * A left click at the element's centre as input events from the browser
   * (mousedown, mouseup, then the click the page sees), hit-tested like a
   * user's: a covered or hidden element does not get it.
   */
  click(el: Element): void;
}

export interface ExtensionTab {
  /** moz-extension://…/path it was opened on. */
  url: string;
  /**
   * Runs `fn(window, arg)` with the page's own window (its `browser` API, its
   * DOM) and resolves with its JSON-serialisable result. `fn` may also be
   * given as source, for a function shared with the Chromium tests.
   */
  run<A, R>(fn: ((w: ExtensionWindow, arg: A, tools: FrameTools) => R | Promise<R>) | string, arg: A): Promise<Awaited<R>>;
  /** Resolves when `selector` matches in the page. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

let channelSeq = 0;

export class ExtensionPages {
  private constructor(
    private readonly conn: BidiConnection,
    private readonly chromeContext: string,
    readonly origin: string,
  ) {}

  /** Needs a Firefox launched with `systemAccess: true`. */
  static async attach(ff: FirefoxWithExtension): Promise<ExtensionPages> {
    const conn = connectionOf(ff.browser);
    const { result } = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = (result as { contexts: { context: string; url: string }[] }).contexts;
    const win = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error('No browser window in chrome scope: launch Firefox with systemAccess: true');
    return new ExtensionPages(conn, win.context, ff.extensionOrigin);
  }

  async open(path: string, readySelector = 'body[data-ready="1"]'): Promise<ExtensionTab> {
    const url = `${this.origin}${path}`;
    const key = await inChrome<string>(this.conn, this.chromeContext, OPEN_TAB, [url]);
    const run = async <A, R>(fn: ((w: ExtensionWindow, arg: A, tools: FrameTools) => R | Promise<R>) | string, arg: A): Promise<Awaited<R>> => {
      const channel = `sl-test:${++channelSeq}`;
      // The frame script's `content` is the page's window behind an Xray; wrappedJSObject is the page's own view of it.
      const frameScript = `(async () => {
        try {
          const w = content.wrappedJSObject;
          const arg = Cu.cloneInto(${JSON.stringify(arg ?? null)}, content);
          const tools = {
            sleep: (ms) => new Promise((r) => content.setTimeout(r, ms)),
            clone: (v) => Cu.cloneInto(v, content),
            click: (el) => {
              el.scrollIntoView({ block: 'center' });
              const r = el.getBoundingClientRect();
              const x = r.left + r.width / 2, y = r.top + r.height / 2;
              // Window.synthesizeMouseEvent is chrome-only: what Firefox's own test harnesses and BiDi input use.
              content.synthesizeMouseEvent('mousedown', x, y, { button: 0, buttons: 1, clickCount: 1 });
              content.synthesizeMouseEvent('mouseup', x, y, { button: 0, buttons: 0, clickCount: 1 });
            },
          };
          const value = await (${typeof fn === 'string' ? fn : fn.toString()})(w, arg, tools);
          sendAsyncMessage(${JSON.stringify(channel)}, { ok: true, json: JSON.stringify(value === undefined ? null : value) });
        } catch (e) {
          sendAsyncMessage(${JSON.stringify(channel)}, { ok: false, error: String(e && e.stack ? e + '\\n' + e.stack : e) });
        }
      })();`;
      const reply = await inChrome<{ ok: boolean; json?: string; error?: string }>(this.conn, this.chromeContext, RUN_IN_TAB, [key, frameScript, channel]);
      if (!reply.ok) throw new Error(`in ${path}: ${reply.error}`);
      return JSON.parse(reply.json ?? 'null') as Awaited<R>;
    };
    const waitFor = async (selector: string, timeoutMs = 15_000) => {
      const found = await run(
        async (w, a: { selector: string; timeoutMs: number }, t) => {
          const until = Date.now() + a.timeoutMs;
          while (!w.document.querySelector(a.selector)) {
            if (Date.now() > until) return false;
            await t.sleep(50);
          }
          return true;
        },
        { selector, timeoutMs },
      );
      if (!found) throw new Error(`${selector} did not appear in ${path}`);
    };
    const tab: ExtensionTab = {
      url,
      run,
      waitFor,
      close: async () => {
        await inChrome(this.conn, this.chromeContext, CLOSE_TAB, [key]);
      },
    };
    if (readySelector) await waitFor(readySelector);
    return tab;
  }
}
