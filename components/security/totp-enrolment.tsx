/** The pending secret as a QR code and as text, with the confirmation forms beside it. */
export function TotpEnrolment({
  qr,
  secret,
  labels,
  children,
}: {
  qr: string;
  secret: string;
  labels: { title: string; qrAlt: string; manual: string; confirmText: string };
  children: React.ReactNode;
}) {
  // Groups of four are easier to type into a phone.
  const grouped = secret.match(/.{1,4}/g)?.join(" ") ?? secret;
  return (
    <div className="flex flex-wrap gap-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server */}
      <img
        src={qr}
        alt={labels.qrAlt}
        width={184}
        height={184}
        className="rounded border border-slate-200"
        data-testid="totp-qr"
      />
      <div className="min-w-0 flex-1 space-y-3">
        <h2 className="text-sm font-semibold text-slate-800">{labels.title}</h2>
        <div>
          <p className="text-sm text-slate-600">{labels.manual}</p>
          <code
            className="mt-1 block break-all rounded bg-slate-50 px-2 py-1 font-mono text-sm text-slate-900"
            data-testid="totp-secret"
            data-secret={secret}
          >
            {grouped}
          </code>
        </div>
        <p className="text-sm text-slate-600">{labels.confirmText}</p>
        {children}
      </div>
    </div>
  );
}
