import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { asLocale } from "@/lib/i18n/config";
import { buildDocument, type DocumentMeta, type DocumentTexts, type Translate } from "./document";
import type { CommuneReportModel } from "./commune-report-types";

/** The document in the request's language (pages and downloads share it). */
export async function reportDocumentFor(model: CommuneReportModel, texts: DocumentTexts, meta: DocumentMeta) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  return buildDocument(model, texts, meta, t as unknown as Translate, asLocale(locale));
}
