import type { AttachmentRef } from '@keliling/sync';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { msg } from '../i18n/i18n';
import { AttachmentView } from './AttachmentView';
import { storeAttachment } from './attachmentStore';
import { downscaleImage, jpegName } from './downscale';

type Props = {
  label: string;
  value: AttachmentRef | null;
  onChange: (value: AttachmentRef | null) => void;
  /** Prefix of the field's test ids (desktop/E2E.md): `<testId>-file`, `-camera`, `-capture`, `-remove`, `-error`. */
  testId?: string;
  hint?: string;
};

const cameraMessages: Record<string, string> = {
  NotAllowedError: msg('Akses kamera ditolak. Izinkan kamera untuk aplikasi ini, atau pilih berkas foto.'),
  NotFoundError: msg('Kamera tidak ditemukan. Pilih berkas foto sebagai gantinya.'),
  NotReadableError: msg('Kamera sedang dipakai aplikasi lain. Tutup aplikasi itu, lalu coba lagi.'),
};

/** Focuses `button` centred on screen, so a form's sticky save bar cannot cover it. */
function focusCentred(button: HTMLButtonElement | null): void {
  button?.focus({ preventScroll: true });
  button?.scrollIntoView({ block: 'center' });
}

/**
 * Resolves when `video`, playing, presents its next frame. Right after the camera opens the video knows its size
 * (and may report HAVE_ENOUGH_DATA) yet draws black. Rejects if the camera delivers no frame.
 */
function nextFrame(video: HTMLVideoElement, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no frame')), timeoutMs);
    const presented = () =>
      video.requestVideoFrameCallback(() => {
        clearTimeout(timer);
        resolve();
      });
    if (video.paused) video.addEventListener('playing', presented, { once: true });
    else presented();
  });
}

async function keep(
  blob: Blob,
  name: string,
  store: (bytes: Uint8Array, name: string) => Promise<AttachmentRef>,
): Promise<AttachmentRef> {
  const jpeg = await downscaleImage(blob);
  return store(new Uint8Array(await jpeg.arrayBuffer()), jpegName(name));
}

/**
 * A photo for any form: from the laptop's camera (getUserMedia) or a file, downscaled to JPEG and kept sealed in
 * IndexedDB as a draft; the form stores the returned `{sha256, mime, size, name}` in its record. Once the record
 * is saved the photo is owed to the server and uploads with the next sync (attachments/uploader.ts).
 */
export function PhotoField({ label, value, onChange, testId = 'photo', hint }: Props) {
  const { t } = useTranslation();
  const { db, vault, now } = useServices();
  const inputId = useId();
  const video = useRef<HTMLVideoElement>(null);
  const captureButton = useRef<HTMLButtonElement>(null);
  const cameraButton = useRef<HTMLButtonElement>(null);
  // Opening and closing the camera swaps the focused button for another; the focus follows so the keyboard works.
  const refocusCamera = useRef(false);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () => () => {
      for (const track of stream?.getTracks() ?? []) track.stop();
    },
    [stream],
  );
  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
    if (stream) focusCentred(captureButton.current);
  }, [stream]);
  useEffect(() => {
    if (stream || busy || !refocusCamera.current) return;
    refocusCamera.current = false;
    focusCentred(cameraButton.current);
  }, [stream, busy]);

  const store = (bytes: Uint8Array, name: string) =>
    storeAttachment(db, vault.cipher(), { bytes, mime: 'image/jpeg', name }, now);

  const take = async (work: () => Promise<AttachmentRef>) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await work());
    } catch (e) {
      setError(
        e instanceof Error && e.message === 'not an image'
          ? t('Berkas ini bukan foto.')
          : t('Foto tidak dapat dibaca. Coba foto lain.'),
      );
    } finally {
      setBusy(false);
    }
  };

  const openCamera = async () => {
    setError(null);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 } }, audio: false }));
    } catch (e) {
      setError(
        t(
          cameraMessages[e instanceof DOMException ? e.name : ''] ??
            msg('Kamera tidak dapat dibuka. Pilih berkas foto sebagai gantinya.'),
        ),
      );
    }
  };

  const closeCamera = () => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    refocusCamera.current = true;
    setStream(null);
  };

  const capture = () =>
    take(async () => {
      const frame = video.current;
      if (!frame) throw new Error('no frame');
      await nextFrame(frame);
      const canvas = document.createElement('canvas');
      canvas.width = frame.videoWidth;
      canvas.height = frame.videoHeight;
      canvas.getContext('2d')?.drawImage(frame, 0, 0);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
      if (!blob) throw new Error('no frame');
      closeCamera();
      return keep(blob, `kamera-${new Date(now()).toISOString().slice(0, 19).replace(/[:T]/g, '')}.jpg`, store);
    });

  return (
    <fieldset className="photo-field" data-testid={testId} aria-busy={busy}>
      <legend>{label}</legend>
      {hint && <p className="hint muted small">{hint}</p>}
      {value && <AttachmentView attachment={value} label={label} />}
      {stream && <video ref={video} autoPlay playsInline muted data-testid={`${testId}-video`} />}
      <div className="actions">
        {stream ? (
          <>
            <button
              ref={captureButton}
              type="button"
              className="button primary small"
              onClick={() => void capture()}
              disabled={busy}
              data-testid={`${testId}-capture`}
            >
              {t('Ambil foto')}
            </button>
            <button type="button" className="button secondary small" onClick={closeCamera}>
              {t('Tutup kamera')}
            </button>
          </>
        ) : (
          <button
            ref={cameraButton}
            type="button"
            className="button secondary small"
            onClick={() => void openCamera()}
            disabled={busy}
            data-testid={`${testId}-camera`}
          >
            {value ? t('Ambil ulang dengan kamera') : t('Kamera')}
          </button>
        )}
        <label className="button secondary small" htmlFor={inputId}>
          {value ? t('Ganti dari berkas') : t('Pilih berkas foto')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          data-testid={`${testId}-file`}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            void take(async () => {
              if (!file.type.startsWith('image/')) throw new Error('not an image');
              return keep(file, file.name, store);
            });
          }}
        />
        {value && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => onChange(null)}
            data-testid={`${testId}-remove`}
          >
            {t('Hapus foto')}
          </button>
        )}
      </div>
      {busy && <p className="muted small">{t('Menyimpan foto…')}</p>}
      {error && (
        <p className="error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
