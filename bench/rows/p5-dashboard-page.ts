import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { wallet } from '@/db/schema';
import { DEMO } from '@/lib/accounts/demo';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import type { RowContext } from '../harness/context';
import { kib, ms, ratio, type RowReport } from '../harness/report';
import { SETTINGS } from '../harness/settings';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const TARGET_JS_BYTES = 250 * 1024;
// playwright.config.ts's launch flags.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface PageLoad {
  lcpMs: number;
  ttfbMs: number;
  scripts: { url: string; encoded: number; gzip: number; raw: number }[];
}

/**
 * P5: the dashboard's payment wallet page (`/dashboard/wallets/{wallet_uuid}`, the demo store's
 * BRL wallet with its statement) in headless Chromium, signed in as the demo merchant: its Largest
 * Contentful Paint on a cold load (fresh profile, no cache), and the JavaScript that load fetched
 * (Turbopack's build prints no per-route sizes, so the browser measures them). The baseline is
 * the sign-in page, the lightest page the app serves, loaded the same way.
 */
export async function dashboardPageRow(ctx: RowContext): Promise<RowReport> {
  const [demoWallet] = await ctx.db
    .select({ walletUuid: wallet.walletUuid })
    .from(wallet)
    .where(and(eq(wallet.entityUuid, DEMO.entityUuid), eq(wallet.customerId, DEMO_ACTIVITY.paymentWallets[0].customerId)));
  if (!demoWallet) throw new Error('the demo wallet is missing');
  const pagePath = `/dashboard/wallets/${demoWallet.walletUuid}`;

  const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const signedIn = await signIn(browser, ctx.url);
    const loginLoads: PageLoad[] = [];
    const pageLoads: PageLoad[] = [];
    for (let i = 0; i < SETTINGS.pageLoads; i++) {
      loginLoads.push(await coldLoad(browser, `${ctx.url}/login`, {}));
      pageLoads.push(await coldLoad(browser, `${ctx.url}${pagePath}`, { storageState: signedIn }));
    }
    const login = summarize(loginLoads);
    const page = summarize(pageLoads);
    const first = pageLoads[0]!;
    const biggest = [...first.scripts].sort((a, b) => b.encoded - a.encoded).slice(0, 8);

    return {
      id: 'P5',
      title: 'Dashboard wallet page in headless Chromium',
      checks: [
        { measure: 'LCP, cold load, median', figure: ms(page.lcp), baseline: ms(login.lcp), ratio: ratio(page.lcp / login.lcp), target: 'reported', met: null },
        {
          measure: 'first-load JS (gzip: encoded sizes as sent)',
          figure: kib(page.encoded),
          baseline: kib(login.encoded),
          ratio: ratio(page.encoded / login.encoded),
          target: `≤ ${kib(TARGET_JS_BYTES)}`,
          met: page.encoded <= TARGET_JS_BYTES,
        },
      ],
      details: [
        `\`${pagePath.replace(demoWallet.walletUuid, '{wallet_uuid}')}\` (the demo store's BRL wallet) signed in as ${DEMO.merchantUser.email}, and \`/login\` signed out as the baseline, each loaded ${SETTINGS.pageLoads} times in a fresh browser context (empty cache, 1280×720, no CPU or network throttling) in ${executablePath ?? "Playwright's bundled Chromium"}. LCP is the last \`largest-contentful-paint\` entry once the network is idle; JS is every script response of the first load: as sent is the sum of their encoded body sizes as the browser received them (the server gzips them), the figure the target is read against; gzip recompresses each decoded body at zlib's default level (what \`next build\` used to print) as a cross-check.`,
        '',
        '| page | LCP median (each load) | TTFB median | scripts | JS raw | JS gzip | JS as sent |',
        '|---|---|---|---|---|---|---|',
        `| /login (baseline) | ${ms(login.lcp)} (${loginLoads.map((l) => l.lcpMs.toFixed(0)).join(', ')}) | ${ms(login.ttfb)} | ${login.count} | ${kib(login.raw)} | ${kib(login.gzip)} | ${kib(login.encoded)} |`,
        `| wallet page | ${ms(page.lcp)} (${pageLoads.map((l) => l.lcpMs.toFixed(0)).join(', ')}) | ${ms(page.ttfb)} | ${page.count} | ${kib(page.raw)} | ${kib(page.gzip)} | ${kib(page.encoded)} |`,
        '',
        `The wallet page's biggest scripts (as sent): ${biggest.map((s) => `\`${new URL(s.url).pathname.replace(/^\/_next\/static\//, '')}\` ${kib(s.encoded)}`).join(', ')}.`,
      ],
    };
  } finally {
    await browser.close();
  }
}

/** Signs in on the sign-in page as the demo merchant and keeps the session cookie for the loads. */
async function signIn(browser: Browser, url: string): Promise<Exclude<BrowserContextOptions['storageState'], string | undefined>> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/login`);
    await page.getByLabel('Email').fill(DEMO.merchantUser.email);
    await page.getByLabel('Password').fill(DEMO.merchantUser.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard$/, { timeout: 30_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

async function coldLoad(browser: Browser, url: string, options: BrowserContextOptions): Promise<PageLoad> {
  const context = await browser.newContext({ ...options, locale: 'en-US', viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const pending: Promise<PageLoad['scripts'][number] | null>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        (async () => {
          const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
          return { url: response.url(), raw: body.length, gzip: gzipSync(body).length, encoded: sizes.responseBodySize };
        })().catch(() => null),
      );
    });
    const answer = await page.goto(url, { waitUntil: 'networkidle' });
    if (!answer?.ok()) throw new Error(`${url} answered ${answer?.status()}`);
    if (new URL(page.url()).pathname !== new URL(url).pathname) throw new Error(`${url} led to ${page.url()}`);
    const timing = await page.evaluate(
      () =>
        new Promise<{ lcp: number; ttfb: number }>((resolve) => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const ttfb = navigation ? navigation.responseStart : 0;
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve({ lcp: entries[entries.length - 1]!.startTime, ttfb });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve({ lcp: Number.NaN, ttfb }), 5_000);
        }),
    );
    const scripts = (await Promise.all(pending)).filter((script) => script !== null);
    return { lcpMs: timing.lcp, ttfbMs: timing.ttfb, scripts };
  } finally {
    await context.close();
  }
}

function summarize(loads: PageLoad[]) {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const first = loads[0]!;
  const sum = (pick: (script: PageLoad['scripts'][number]) => number) => first.scripts.reduce((total, script) => total + pick(script), 0);
  return {
    lcp: median(loads.map((load) => load.lcpMs)),
    ttfb: median(loads.map((load) => load.ttfbMs)),
    count: first.scripts.length,
    raw: sum((s) => s.raw),
    gzip: sum((s) => s.gzip),
    encoded: sum((s) => s.encoded),
  };
}
