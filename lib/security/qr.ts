import QRCode from "qrcode";

/** The otpauth URI as an SVG QR code in a data URL: drawn on the server, no network, no script. */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
