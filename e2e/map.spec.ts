import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// The village map: markers are asserted through the live map (window.__outreachMap, a test hook)
// and the accessible list beside it, never just "a canvas exists".

const shots = new URL("../screenshots/", import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

/**
 * The live map, drawn. This browser draws WebGL in software (no GPU), so the page shows the SVG
 * map first and starts MapLibre when the user reaches for it: the pointer over the map.
 */
async function mapReady(page: Page) {
  await expect(page.getByTestId("map-box")).toHaveAttribute("data-map-mode", /static|live/);
  await page.getByTestId("map-box").hover({ position: { x: 40, y: 120 } });
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-map-ready", "true", { timeout: 20_000 });
}

/** Names (and class, colour) of what a layer draws on screen right now. */
function rendered(page: Page, layer: string) {
  return page.evaluate((id) => {
    const map = window.__outreachMap!;
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => ({
      name: String(f.properties?.name ?? ""),
      classKey: String(f.properties?.classKey ?? ""),
      color: String(f.properties?.color ?? ""),
    }));
  }, layer);
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

// MapLibre draws with software WebGL here (no GPU), and the machine is shared: a map's first idle
// can take 15 s under load. A longer budget per test, no timing asserted.
test.describe.configure({ timeout: 60_000 });

test.describe("the Hải Vân secretary's map", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("draws every seeded village, Tà Lang and Giàn Bí marked as priority villages", async ({ page }) => {
    const problems: string[] = [];
    page.on(
      "console",
      (m) => m.type() === "error" && /Content Security Policy|Refused/i.test(m.text()) && problems.push(m.text()),
    );
    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản đồ Phường Hải Vân");
    await mapReady(page);
    const list = page.getByTestId("map-list").getByRole("link");
    const listed = await list.evaluateAll((links) =>
      links.map((a) => a.querySelector("span span")?.firstChild?.textContent ?? ""),
    );
    expect(listed.length).toBeGreaterThanOrEqual(10);
    expect(listed).toEqual(expect.arrayContaining(["Tà Lang", "Giàn Bí"]));
    const drawn = unique((await rendered(page, "points")).map((f) => f.name)).sort();
    expect(drawn).toEqual([...listed].sort());
    expect(unique((await rendered(page, "points-priority")).map((f) => f.name)).sort()).toEqual(["Giàn Bí", "Tà Lang"]);
    await expect(page.locator(".map-label-village")).toHaveText(
      ["Tà Lang", "Giàn Bí"].sort((a, b) => listed.indexOf(a) - listed.indexOf(b)),
    );
    expect((await rendered(page, "center")).length).toBe(1);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${shots}map-haivan.png` });
  });

  test("shows the SVG map first on software WebGL and starts the live map when reached for", async ({ page }) => {
    await page.goto("/map");
    const box = page.getByTestId("map-box");
    // Software WebGL here: the SVG stays, nothing of MapLibre runs until asked.
    await expect(box).toHaveAttribute("data-map-mode", "static");
    await expect(page.getByTestId("map-canvas")).toHaveCount(0);
    const svg = page.getByTestId("map-svg");
    await expect(svg).toBeVisible();
    const listed = await page.getByTestId("map-list").getByRole("link").count();
    expect(await svg.locator("g > g > title").count()).toBe(listed);
    await expect(svg.locator("title", { hasText: "Tà Lang" })).toHaveCount(1);
    // The keyboard: the button starts it.
    await page.getByTestId("map-go-live").focus();
    await page.keyboard.press("Enter");
    await expect(box).toHaveAttribute("data-map-mode", "live");
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-map-ready", "true", { timeout: 20_000 });
    await expect(page.getByTestId("map-go-live")).toHaveCount(0);
  });

  test("colours markers by the legend's classes", async ({ page }) => {
    await page.goto("/map");
    await mapReady(page);
    const legend = page.getByTestId("map-legend").locator("li[data-class]");
    const items = await legend.evaluateAll((lis) =>
      lis.map((li) => ({ key: li.getAttribute("data-class")!, color: li.getAttribute("data-color")! })),
    );
    expect(items.map((i) => i.key)).toEqual(["c0", "c1", "c2", "c3", "c4", "none"]);
    await expect(legend.first()).toContainText("0%");
    const colorOf = new Map(items.map((i) => [i.key, i.color]));
    const features = await rendered(page, "points");
    for (const f of features) expect(f.color).toBe(colorOf.get(f.classKey));
    // The list says the same class as the map.
    const taLang = features.find((f) => f.name === "Tà Lang")!;
    await expect(page.getByTestId("map-list").getByRole("link", { name: /Tà Lang/ })).toHaveAttribute(
      "data-class",
      taLang.classKey,
    );
  });

  test("layer toggles change what is drawn", async ({ page }) => {
    await page.goto("/map");
    await mapReady(page);
    expect((await rendered(page, "rings")).length).toBeGreaterThan(0);
    await page.getByTestId("toggle-rings").uncheck();
    await expect.poll(async () => (await rendered(page, "rings")).length).toBe(0);
    await page.getByTestId("toggle-priority").uncheck();
    await expect.poll(async () => (await rendered(page, "points-priority")).length).toBe(0);
    await page.getByTestId("toggle-rings").check();
    await expect.poll(async () => (await rendered(page, "rings")).length).toBeGreaterThan(0);

    // Colouring by the last mobile desk: other classes, other legend, same villages.
    await page.getByTestId("layer-switch").getByRole("link", { name: "Bàn lưu động gần nhất" }).click();
    await expect(page).toHaveURL(/indicator=lastDesk/);
    await mapReady(page);
    await expect(page.getByTestId("map-legend").locator("li[data-class]")).toHaveCount(5);
    await expect(page.getByTestId("map-legend")).toContainText("Chưa tổ chức bàn lưu động");
    const legendColors = await page
      .getByTestId("map-legend")
      .locator("li[data-class]")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-color")));
    for (const f of await rendered(page, "points")) expect(legendColors).toContain(f.color);
  });

  test("a click on a marker opens the village page", async ({ page }) => {
    await page.goto("/map");
    await mapReady(page);
    const point = await page.evaluate(() => {
      const map = window.__outreachMap!;
      const f = map.queryRenderedFeatures({ layers: ["points"] }).find((x) => x.properties?.name === "Giàn Bí")!;
      const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const p = map.project([lng, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect(page.getByTestId("map-tooltip")).toContainText("Giàn Bí");
    await expect(page.getByTestId("map-tooltip")).toContainText("Độ phủ");
    await page.mouse.click(point.x, point.y);
    await expect(page).toHaveURL(/\/villages\/\d+$/);
    await expect(page.getByTestId("village-name")).toHaveText("Tổ dân phố Giàn Bí");
    await expect(page.getByTestId("village-priority")).toContainText("Cơ Tu");
  });

  test("the keyboard reaches a village: focus shows its figures, Enter opens it", async ({ page }) => {
    await page.goto("/map");
    await mapReady(page);
    const link = page.getByTestId("map-list").getByRole("link", { name: /Tà Lang/ });
    await link.focus();
    await expect(page.getByTestId("map-tooltip")).toContainText("Tà Lang");
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(window.__outreachMap!.getFilter("points-focus"))))
      .not.toContain("-1");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/villages\/\d+$/);
    await expect(page.getByTestId("village-name")).toHaveText("Tổ dân phố Tà Lang");
    await expect(page.getByTestId("village-households")).toContainText("Tổng số hộ");
  });

  test("prints the map as a static SVG of the same points", async ({ page }) => {
    await page.goto("/map");
    await mapReady(page);
    const count = await page.getByTestId("map-list").getByRole("link").count();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("static-map")).toBeVisible();
    await expect(page.getByTestId("map-canvas")).toBeHidden();
    const circles = await page.getByTestId("static-map").locator("circle").count();
    // One per village, one extra ring per priority village, the service center.
    expect(circles).toBe(count + 2 + 1);
    await expect(page.getByTestId("static-map")).toContainText("Tà Lang");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
  });

  test("rejects bad coordinates on the village form and keeps the input", async ({ page }) => {
    await page.goto("/map");
    await page
      .getByTestId("map-list")
      .getByRole("link", { name: /Nam Yên/ })
      .click();
    await page.getByRole("link", { name: "Sửa tên, vị trí" }).click();
    await page.getByLabel("Vĩ độ").fill("48,85");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Tọa độ nằm ngoài lãnh thổ Việt Nam")).toBeVisible();
    await expect(page.getByLabel("Vĩ độ")).toHaveValue("48,85");
  });
});

test.describe("filters shared with the overview", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("a link from the overview to the map and back keeps the period", async ({ page }) => {
    await page.goto("/?period=quarter");
    await page.getByTestId("to-map").click();
    await expect(page).toHaveURL(/\/map\?.*period=quarter/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản đồ Phường Hải Vân");
    await expect(page.getByTestId("preset-quarter")).toHaveAttribute("aria-current", "true");
    // The layer survives a period change, and the period a layer change.
    await page.getByTestId("layer-switch").getByRole("link", { name: "Hộ có người thành thạo" }).click();
    await expect(page).toHaveURL(/indicator=proficient/);
    await expect(page).toHaveURL(/period=quarter/);
    await page.getByTestId("preset-week").click();
    await expect(page).toHaveURL(/period=week/);
    await expect(page).toHaveURL(/indicator=proficient/);
    await page.getByTestId("to-overview").click();
    await expect(page).toHaveURL(/\/\?period=week$/);
    await expect(page.getByTestId("preset-week")).toHaveAttribute("aria-current", "true");
  });

  test("a custom period typed on the map reaches the overview", async ({ page }) => {
    await page.goto("/map?indicator=lastDesk");
    await page.getByLabel("Từ ngày").fill("01/10/2026");
    await page.getByLabel("Đến ngày").fill("15/11/2026");
    await page.getByRole("button", { name: "Áp dụng" }).click();
    await expect(page).toHaveURL(/period=custom/);
    await expect(page).toHaveURL(/indicator=lastDesk/);
    await expect(page.getByText("từ 01/10/2026 đến 15/11/2026")).toBeVisible();
    await page.getByTestId("to-overview").click();
    await expect(page.getByLabel("Từ ngày")).toHaveValue("01/10/2026");
    await expect(page.getByLabel("Đến ngày")).toHaveValue("15/11/2026");
  });

  test("a bad custom date on the map says so, as on the overview", async ({ page }) => {
    await page.goto("/map?period=custom&from=31/02/2026&to=10/11/2026");
    await expect(page.getByTestId("period-error")).toContainText("Ngày không hợp lệ");
  });
});

test.describe("scope", () => {
  test("another commune's village and map are not found for the Hải Vân secretary", async ({ browser }) => {
    const officer = await browser.newContext({ storageState: storageStateFor("tinhdoan.danang") });
    const page = await officer.newPage();
    await page.goto("/map");
    const hoaXuanMap = await page
      .getByTestId("map-list")
      .getByRole("link", { name: /Hòa Xuân/ })
      .getAttribute("href");
    await page.goto(hoaXuanMap!);
    const villageHref = await page.getByTestId("map-list").getByRole("link").first().getAttribute("href");
    const villageName = await page
      .getByTestId("map-list")
      .getByRole("link")
      .first()
      .locator("span span")
      .first()
      .evaluate((e) => e.firstChild?.textContent ?? "");
    expect(villageHref).toMatch(/^\/villages\/\d+$/);
    await officer.close();

    const secretary = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const mine = await secretary.newPage();
    for (const href of [villageHref!, `${villageHref}/edit`, hoaXuanMap!]) {
      const response = await mine.goto(href);
      expect(response?.status(), href).toBe(404);
      await expect(mine.getByText("Không tìm thấy trang")).toBeVisible();
      await expect(mine.locator("body")).not.toContainText(villageName);
    }
    await secretary.close();
  });
});

test.describe("the Đà Nẵng officer's province map", () => {
  test.use({ storageState: storageStateFor("tinhdoan.danang") });

  test("colours the communes and drills down into Hải Vân", async ({ page }) => {
    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản đồ Thành phố Đà Nẵng");
    await mapReady(page);
    const names = unique((await rendered(page, "points")).map((f) => f.name));
    expect(names).toEqual(expect.arrayContaining(["Phường Hải Vân", "Phường Hòa Xuân", "Xã Tây Giang"]));
    await expect(page.getByTestId("map-list")).toContainText("Đặc khu Hoàng Sa");
    await page.screenshot({ path: `${shots}map-danang.png` });

    // Every village of the province is a dot of one WebGL layer: what the page sent is what is drawn.
    const sent = Number(await page.getByTestId("map-canvas").getAttribute("data-village-count"));
    expect(sent).toBeGreaterThanOrEqual(20);
    const layerTypes = await page.evaluate(() =>
      window
        .__outreachMap!.getStyle()
        .layers.filter((l) => l.id === "villages")
        .map((l) => `${l.type}:${"source" in l ? l.source : ""}`),
    );
    expect(layerTypes).toEqual(["circle:villages"]);
    // No DOM node per village: the only HTML markers are the labels (communes, the archipelagos).
    const communesListed = await page.getByTestId("map-list").getByRole("link").count();
    expect(await page.locator(".maplibregl-marker").count()).toBeLessThanOrEqual(communesListed + 2);
    const drawnVillages = await page.evaluate(async () => {
      const map = window.__outreachMap!;
      // Zoom out to the whole province (Hoàng Sa's special zone included) so every dot is on screen.
      map.fitBounds(
        [
          [107.3, 9.0],
          [113.0, 17.2],
        ],
        { animate: false },
      );
      await new Promise((resolve) => map.once("idle", resolve));
      const fs = map.queryRenderedFeatures({ layers: ["villages"] });
      return [...new Map(fs.map((f) => [Number(f.properties?.id), String(f.properties?.name)])).values()];
    });
    expect(drawnVillages.length).toBe(sent);
    expect(drawnVillages).toEqual(expect.arrayContaining(["Tà Lang", "Giàn Bí"]));
    await page
      .getByTestId("map-list")
      .getByRole("link", { name: /Hải Vân/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản đồ Phường Hải Vân");
    await mapReady(page);
    expect(unique((await rendered(page, "points")).map((f) => f.name))).toContain("Tà Lang");
  });
});

test.describe("the admin's national map", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("shows Hoàng Sa and Trường Sa as Vietnam's, labelled", async ({ page }) => {
    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản đồ toàn quốc");
    await mapReady(page);
    await expect(page.locator(".map-label-territory")).toHaveText([
      "Quần đảo Hoàng Sa (Đà Nẵng)",
      "Quần đảo Trường Sa (Khánh Hòa)",
    ]);
    const drawn = await page.evaluate(() =>
      window
        .__outreachMap!.queryRenderedFeatures({ layers: ["land", "territories"] })
        .map((f) => `${f.layer.id}:${String(f.properties?.part)}`),
    );
    expect(unique(drawn).sort()).toEqual([
      "land:hoangSa",
      "land:mainland",
      "land:truongSa",
      "territories:hoangSa",
      "territories:truongSa",
    ]);
    await page.screenshot({ path: `${shots}map-national.png` });
  });

  test("refuses a boundary outside Vietnam with a clear message", async ({ page }) => {
    await page.goto("/admin/boundaries");
    await page.getByLabel("Hoặc dán nội dung GeoJSON").fill(
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [2, 48],
            [3, 48],
            [3, 49],
            [2, 48],
          ],
        ],
      }),
    );
    await page.getByRole("button", { name: "Lưu ranh giới" }).click();
    await expect(page.getByTestId("form-message")).toContainText("ngoài lãnh thổ Việt Nam");
  });
});
