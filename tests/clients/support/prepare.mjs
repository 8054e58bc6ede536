// Used by scripts/test-clients.sh once the host is started: waits for /readyz, then creates one project (and
// key) per test file given as an argument, and prints LLMACTORS_KEYS (see gateway.mjs) as JSON on stdout.
//   node support/prepare.mjs <host pid> <seconds to wait> <test file>...
// Environment: LLMACTORS_BASE_URL, LLMACTORS_ADMIN_KEY.
const [pid, seconds, ...files] = process.argv.slice(2);
const base = process.env.LLMACTORS_BASE_URL;
const adminKey = process.env.LLMACTORS_ADMIN_KEY;

function alive() {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

async function ready() {
  try {
    return (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

const deadline = Date.now() + Number(seconds) * 1000;
while (!(await ready())) {
  if (!alive()) {
    console.error(`the host (pid ${pid}) exited before it was ready`);
    process.exit(1);
  }
  if (Date.now() > deadline) {
    console.error(`the host was not ready at ${base}/readyz within ${seconds} s`);
    process.exit(1);
  }
  await new Promise(resolve => setTimeout(resolve, 250));
}

// "openai/chat.test.mjs" -> project "clients-openai-chat": one project per file, so budgets never interfere.
const keys = {};
for (const file of files) {
  const projectId = `clients-${file.replace(/\.test\.[cm]?js$/, "").replace(/[^A-Za-z0-9._:@-]/g, "-")}`;
  const response = await fetch(`${base}/admin/projects/${encodeURIComponent(projectId)}/keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminKey}` },
  });
  if (response.status !== 201) {
    console.error(`creating a key for ${projectId} answered ${response.status}: ${await response.text()}`);
    process.exit(1);
  }
  keys[file] = { projectId, apiKey: (await response.json()).key };
}
console.log(JSON.stringify(keys));
