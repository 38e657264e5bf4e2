import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const context = await browser.newContext({ storageState: "e2e/.auth/bithu.haivan.json", baseURL: "http://127.0.0.1:3131" });
const page = await context.newPage();
page.on("console", (m) => console.log("console", m.type(), m.text().slice(0, 300)));
page.on("pageerror", (e) => console.log("pageerror", e.message.slice(0, 300)));
for (const path of process.argv.slice(2)) {
  const t0 = Date.now();
  const r = await page.goto(path);
  console.log(path, r.status(), r.headers()["content-security-policy"]?.slice(0, 120));
  await page.waitForFunction(() => document.querySelector("next-route-announcer") !== null, undefined, { timeout: 60000 }).then(() => console.log("hydrated", Date.now() - t0), (e) => console.log("NOT hydrated", e.message.slice(0, 100)));
}
await browser.close();
