import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './chromium';
import { openSignInPage, pageErrors, screenshot, signedInPage } from './pages';
import { assertUiBuilt, startUiServer, type UiServer } from './ui-server';

export interface BrowserSessionOptions {
  /** Starts the server under test; a plain `startUiServer()` unless the file needs its own (e.g. a fake Slack). */
  startServer?: () => Promise<UiServer>;
  /** Data set-up through the API, once before the tests (inside the set-up hook's time budget). */
  seed?: (server: UiServer) => Promise<void>;
}

export interface BrowserSession {
  readonly server: UiServer;
  /** The page the running test opened; throws when it has opened none. */
  readonly page: Page;
  /** A fresh browser context signed in as the bootstrap admin, on the home page. */
  signIn(): Promise<Page>;
  /** A fresh browser context at the sign-in form. */
  openSignInPage(): Promise<Page>;
}

/**
 * One server and one Chromium for the enclosing `describe`, and a page per test. Registers the hooks: after
 * each test a failed test leaves a `FAILED-…` screenshot, the test's browser context is closed, and any
 * uncaught error in its page fails the test.
 */
export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let server: UiServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  // Starting a server and a browser on a loaded 2-core machine (the whole suite runs in parallel) can take
  // longer than vitest's default hook timeout.
  beforeAll(async () => {
    assertUiBuilt();
    server = await (options.startServer ?? startUiServer)();
    browser = await launchChromium();
    await options.seed?.(server);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === 'fail')
      await screenshot(page, `FAILED-${context.task.name.slice(0, 40)}`);
    const errors = page ? pageErrors(page) : [];
    await page?.context().close();
    page = undefined;
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });

  const started = () => {
    if (!server || !browser) throw new Error('the browser session is used before its beforeAll hook ran');
    return { server, browser };
  };
  return {
    get server() {
      return started().server;
    },
    get page() {
      if (!page) throw new Error('the test has not opened a page (call signIn or openSignInPage first)');
      return page;
    },
    async signIn() {
      const { server, browser } = started();
      page = await signedInPage(browser, server);
      return page;
    },
    async openSignInPage() {
      const { server, browser } = started();
      page = await openSignInPage(browser, server);
      return page;
    },
  };
}
