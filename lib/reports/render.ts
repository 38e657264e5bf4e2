import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { asLocale } from "@/lib/i18n/config";
import { buildCenterDocument } from "./center-document";
import { buildDocument, type DocumentMeta, type DocumentTexts, type Translate } from "./document";
import { buildProvinceDocument } from "./province-document";
import type { ReportModel } from "./report-model";

/** The document of any report kind in the request's language (pages and downloads share it). */
export async function reportDocumentFor(model: ReportModel, texts: DocumentTexts, meta: DocumentMeta) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const translate = t as unknown as Translate;
  switch (model.kind) {
    case "province":
      return buildProvinceDocument(model, texts, meta, translate, asLocale(locale));
    case "center":
      return buildCenterDocument(model, texts, meta, translate, asLocale(locale));
    default:
      return buildDocument(model, texts, meta, translate, asLocale(locale));
  }
}
