import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { SettingsFile } from '../../electron/services/settings/SettingsFile';
import { expect, expectNoAxeViolations, test } from './fixtures';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('prints one ready line whose URL opens the app; its About screen shows the app info', async ({ host, page }) => {
  expect(host.readyLine).toMatch(/^DeskID ready at http:\/\/localhost:\d+\/#k=[A-Za-z0-9_-]{43}$/);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'About this app' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About DeskID' })).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText(version);
  await expect(page.getByTestId('keychain-status')).toContainText('Available (Secret Service)');
  await expect(page.getByText(host.dataDir)).toBeVisible();
  // The launch secret does not stay in the address bar.
  expect(page.url()).not.toContain(host.secret);
  await expectNoAxeViolations(page);
});

test('serves a strict Content-Security-Policy', async ({ host, request }) => {
  const response = await request.get(`${host.origin}/`);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

/** The files index.html names, in its order: module scripts, and modulepreload links. */
function linkedScripts(html: string): { scripts: string[]; preloaded: string[] } {
  const named = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  return {
    scripts: named(/<script type="module"[^>]* src="\.\/([^"]+\.js)"/g),
    preloaded: named(/<link rel="modulepreload"[^>]* href="\.\/([^"]+\.js)"/g),
  };
}

// V8's explicit compile hint (`//# allFunctionsCalledOnLoad`) was on the start chunk until
// stop 28: bench:renderer then measured both pages about 100 ms slower to interactive with
// it (docs/benchmarks/renderer.md, "Without the compile hint"). No chunk may carry it again
// without a measurement that says otherwise.
test('no chunk asks V8 to compile all its functions while it loads', async ({ host, request }) => {
  const html = await (await request.get(`${host.origin}/`)).text();
  const { scripts, preloaded } = linkedScripts(html);
  expect(scripts).toHaveLength(2);
  expect(preloaded).toHaveLength(1);
  const files = readdirSync('dist/renderer/assets')
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  for (const file of [...scripts, ...preloaded]) expect(files).toContain(file);
  for (const file of files) {
    const response = await request.get(`${host.origin}/${file}`);
    expect(response.status(), file).toBe(200);
    expect(await response.text(), file).not.toContain('allFunctionsCalledOnLoad');
  }
});

test("the start questions leave from the page's first script, which imports nothing; the entry imports it", async ({
  host,
  page,
  request,
}) => {
  const { scripts } = linkedScripts(await (await request.get(`${host.origin}/`)).text());
  const [first = '', entry = ''] = scripts;
  const source = async (file: string) => (await request.get(`${host.origin}/${file}`)).text();
  // Nothing to fetch first: a static import would make it wait for that module's whole graph.
  expect(await source(first)).not.toMatch(/\bimport\s*[{*"'\w]|\bfrom\s*["']/);
  expect(await source(entry)).toContain(`from"./${first.replace(/^assets\//, '')}"`);
  // Its questions are the page's first requests to the bridge.
  const asked: string[] = [];
  page.on('request', (request) => {
    const call = /\/bridge\/call\/([\w.]+)$/.exec(request.url())?.[1];
    if (call !== undefined) asked.push(call);
  });
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
  expect(asked.slice(0, 2).sort()).toEqual(['settings.get', 'signIn.status']);
});

test('a bridge call without the launch secret answers 401', async ({ host, page }) => {
  await page.goto(host.url);
  const answer = await page.evaluate(async () => {
    const response = await fetch('/bridge/call/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return { status: response.status, body: (await response.json()) as unknown };
  });
  expect(answer.status).toBe(401);
  expect(answer.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
});

test('a bridge call with a wrong launch secret answers 401', async ({ host, request }) => {
  const response = await request.post(`${host.origin}/bridge/call/app.info`, {
    headers: { origin: host.origin, authorization: `Bearer ${host.secret.slice(1)}x` },
    data: {},
  });
  expect(response.status()).toBe(401);
});

test('a bridge call from another origin answers 403', async ({ host, request }) => {
  const response = await request.post(`${host.origin}/bridge/call/app.info`, {
    headers: { origin: 'http://evil.test', authorization: `Bearer ${host.secret}` },
    data: {},
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } });
});

test('a request addressed to another host name answers 403 (DNS rebinding)', async ({ host }) => {
  const answer = await rawPost(host.port, '/bridge/call/app.info', '{}', {
    host: `evil.test:${host.port}`,
    origin: host.origin,
    authorization: `Bearer ${host.secret}`,
  });
  expect(answer.status).toBe(403);
  const page = await rawPost(host.port, '/', '', { host: `evil.test:${host.port}` }, 'GET');
  expect(page.status).toBe(403);
});

test('a malformed body answers a typed invalid_request error', async ({ host, page }) => {
  await page.goto(host.url);
  const answers = await page.evaluate(async (secret) => {
    const post = async (body: string) => {
      const response = await fetch('/bridge/call/app.info', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    return { broken: await post('{"oops'), unknownField: await post('{"surprise":1}'), wrongType: await post('[1]') };
  }, host.secret);
  for (const answer of Object.values(answers)) {
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  }
  expect(JSON.stringify(answers.unknownField.body)).toContain('surprise');
});

test('an unknown bridge call answers unknown_call', async ({ host, request }) => {
  const response = await request.post(`${host.origin}/bridge/call/vault.dump`, {
    headers: { origin: host.origin, authorization: `Bearer ${host.secret}` },
    data: {},
  });
  expect(response.status()).toBe(404);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
});

test('without its launch secret the page says how to open it', async ({ host, page }) => {
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('alert')).toContainText('launch key');
  await expectNoAxeViolations(page);
});

test('works by keyboard alone and switches to Spanish', async ({ host, page }) => {
  await page.goto(host.url);
  // The start screen's heading takes focus, so the next Tab reaches its first field.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('textbox').first()).toBeFocused();
  // Back through the header, right to left, to the skip link.
  const nav = ['Set up sign-in', 'Authenticator codes', 'Settings', 'About this app'];
  await page.keyboard.press('Shift+Tab');
  // The language switch names the other language in its own words.
  const language = page.getByRole('banner').getByRole('button', { name: 'Español' });
  await expect(language).toBeFocused();
  await expect(language).toHaveAttribute('lang', 'es');
  for (const name of [...nav].reverse()) {
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name })).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  // Forward again to About, and open it with Enter.
  for (const name of nav) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name })).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'About DeskID' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(language).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Acerca de DeskID' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Focus stays on the switch, which now offers English.
  await expect(page.getByRole('banner').getByRole('button', { name: 'English' })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the first frame already has the saved language and theme, read from the settings, not from a copy in the page', async ({
  host,
  page,
}) => {
  // Saved as the CLI, IT or the settings screen save them: in the settings file.
  await new SettingsFile(host.dataDir).update({ language: 'es', theme: 'dark' });
  // What the page looked like when its first content went into the DOM (a mutation
  // observer's callback runs before the frame is painted).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const heading = document.querySelector('#root h1');
      if (heading === null) return;
      seen.disconnect();
      Object.assign(window, {
        firstContent: { theme: document.documentElement.dataset.theme, heading: heading.textContent },
      });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Inicie sesión en su cuenta de identidad' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { firstContent?: unknown }).firstContent)).toEqual({
    theme: 'dark',
    heading: 'Inicie sesión en su cuenta de identidad',
  });
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

function rawPost(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string>,
  method = 'POST',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

test('a failing bridge call is shown in words, with a way to try again', async ({ host, page }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'About this app' }).click();
  await expect(page.getByTestId('app-version')).toBeVisible();
  await host.stop();
  await page.getByRole('button', { name: 'Check again' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong');
  await expect(alert).toContainText('This DeskID window lost contact with DeskID. Close DeskID and start it again.');
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page);
});
