import { getTranslations } from "next-intl/server";
import { Sidebar } from "@/components/shell/sidebar";
import { TopBar } from "@/components/shell/top-bar";
import { requireViewer } from "@/lib/auth/viewer";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Signed in is enough for the shell; each page's own requireViewer() sends an account that must
  // change its password or enrol a second factor there (allowing both here avoids a redirect loop).
  const viewer = await requireViewer({ allowPasswordChange: true, allowTotpEnrolment: true });
  const t = await getTranslations("shell");
  return (
    <div className="flex min-h-screen">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <Sidebar role={viewer.role} />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar viewer={viewer} />
        <main id="content" className="flex-1 px-6 py-5">
          {children}
        </main>
      </div>
    </div>
  );
}
