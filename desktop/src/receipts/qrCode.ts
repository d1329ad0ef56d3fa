import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `text` as an SVG data URL (medium error correction: a creased paper receipt still scans). */
export function qrCodeDataUrl(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then(
    (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
  );
}

export function useQrCode(text: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrCodeDataUrl(text).then(
      (made) => live && setUrl(made),
      (error: unknown) => console.error('QR code failed', error),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}
