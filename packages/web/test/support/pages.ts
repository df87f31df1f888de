import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type UiServer } from './ui-server';

/** Screenshots land in `test-output/ui/` at the repository root, one per test. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../../test-output/ui/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
}

const PAGE_ERRORS = new WeakMap<Page, string[]>();

/** Uncaught exceptions in the page so far: each is a UI bug, so tests expect none. */
export function pageErrors(page: Page): string[] {
  return PAGE_ERRORS.get(page) ?? [];
}

/** A fresh browser context (its own cookies) with a page at the sign-in form. */
export async function openSignInPage(browser: Browser, server: UiServer): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  // Well below the test timeout, so a stuck step fails with its own locator in the message.
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  PAGE_ERRORS.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/sign-in`);
  return page;
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in as the bootstrap admin and waits for the home page. */
export async function signedInPage(browser: Browser, server: UiServer): Promise<Page> {
  const page = await openSignInPage(browser, server);
  await fillSignIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.getByRole('heading', { name: 'Search the catalog' }).waitFor();
  return page;
}
