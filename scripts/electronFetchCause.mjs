// @ts-check
// Loaded with `node --import` into Electron's own installer (node_modules/electron/install.js)
// by scripts/installElectron.mjs. The installer prints only "fetch failed" when a download
// cannot start; this passes on the network's own reason (ENOTFOUND, ECONNREFUSED, …) and the
// host it was for, one line on stderr, so `npm start` can say why in words. Never the URL:
// a mirror's address may carry credentials.

/** The marker scripts/installElectron.mjs looks for. */
const marker = 'deskid-fetch-cause ';
const originalFetch = globalThis.fetch;

/** @type {typeof fetch} */
const reportingFetch = async (input, init) => {
  try {
    return await originalFetch(input, init);
  } catch (error) {
    const cause = /** @type {{ code?: unknown; message?: unknown } | undefined} */ (
      error instanceof Error ? error.cause : undefined
    );
    const target = typeof input === 'object' && 'url' in input ? input.url : String(input);
    const report = {
      code: typeof cause?.code === 'string' ? cause.code : undefined,
      host: URL.canParse(target) ? new URL(target).hostname : undefined,
    };
    process.stderr.write(`${marker}${JSON.stringify(report)}\n`);
    throw error;
  }
};
globalThis.fetch = reportingFetch;
