import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

// Messages live in lib/i18n/messages/<locale>/<feature>.json, one file per feature, so features
// add their strings without touching each other's files. Each file holds top-level namespaces.
const folder = (locale: Locale) => path.join(process.cwd(), "lib", "i18n", "messages", locale);

type Messages = Record<string, unknown>;
const loaded = new Map<Locale, Messages>();

export function loadMessages(locale: Locale, options: { fresh?: boolean } = {}): Messages {
  const cached = loaded.get(locale);
  if (cached && !options.fresh) return cached;
  const messages: Messages = {};
  for (const file of readdirSync(folder(locale))
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const content = JSON.parse(readFileSync(path.join(folder(locale), file), "utf8")) as Messages;
    for (const [namespace, value] of Object.entries(content)) {
      if (namespace in messages) throw new Error(`Message namespace "${namespace}" defined twice (${locale}/${file})`);
      messages[namespace] = value;
    }
  }
  loaded.set(locale, messages);
  return messages;
}
